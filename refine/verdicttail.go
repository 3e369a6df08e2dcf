package refine

import "github.com/factgraph/factgraph/doc"

// verdictWords are the forms of «виновный» and «невиновный» that follow
// the one found so in «признать … виновным»: never part of a name or a
// post.
var verdictWords = map[string]bool{"виновным": true, "виновной": true, "виновными": true,
	"невиновным": true, "невиновной": true, "невиновными": true}

// verdictTails ends a mention of two tokens or more, not an EVENT, before
// its last token when that token is a form of verdictWords (NEREL's EVENT
// mentions take the verdict word, «признали виновным»): the recognizer reads «признал
// бывшего главу города виновным» as the PROFESSION «главу города
// виновным» → «главу города». When the shorter span is a mention of the
// same type already, the longer one is only dropped.
func (r *Refiner) verdictTails(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(verdictWords) {
		return ms
	}
	have := map[doc.Span]string{}
	for _, m := range ms {
		have[m.Span] = m.Type
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		f := fields(m.Text)
		if m.Type == "EVENT" || len(f) < 2 || !verdictWords[lowerCase(f[len(f)-1])] {
			continue
		}
		toks, first, last := tokensOf(sents, m)
		if first < 0 || last <= first {
			continue
		}
		drop[m.Span] = true
		sp := doc.Span{Start: m.Start, End: toks[last-1].End}
		if have[sp] != m.Type {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: m.Type})
		}
	}
	if len(drop) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if !drop[m.Span] || m.Type == "EVENT" || !verdictWords[lowerCase(lastField(m.Text))] {
			out = append(out, m)
		}
	}
	return sortedMentions(append(out, added...))
}

// lastField returns the last space-separated word of s, or "".
func lastField(s string) string {
	f := fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
