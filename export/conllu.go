package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// writeCoNLLU writes d in CoNLL-U (universaldependencies.org/format.html):
// a "# newdoc id" comment, then per sentence "# sent_id" and "# text"
// comments and one line per token with FORM, LEMMA, UPOS and FEATS as the
// tagger gave them ("_" where it did not run). HEAD, DEPREL and DEPS are "_":
// factgraph does not parse. MISC holds, in this order: SpaceAfter=No when the
// next token follows without a space; TokenRange=START:END, the token's
// offsets in code points; NE=B-TYPE or NE=I-TYPE for the outermost mention
// the token is in, NE2=… NE3=… for the mentions nested in it; Entity=ID,
// the entity of the outermost mention.
func writeCoNLLU(w io.Writer, d *doc.Document) error {
	text := []rune(d.Text)
	ms := textOrder(d) // outer mentions first
	var b strings.Builder
	id := d.Source
	if id == "" {
		id = "-"
	}
	fmt.Fprintf(&b, "# newdoc id = %s\n", oneLine(id))
	first := 0 // mentions ending before the current token are done
	for si, s := range d.Sentences {
		if len(s.Tokens) == 0 {
			continue
		}
		fmt.Fprintf(&b, "# sent_id = %d\n", si+1)
		fmt.Fprintf(&b, "# text = %s\n", oneLine(slice(text, s.Start, s.End)))
		for ti, t := range s.Tokens {
			var misc []string
			if ti+1 < len(s.Tokens) && s.Tokens[ti+1].Start == t.End {
				misc = append(misc, "SpaceAfter=No")
			}
			misc = append(misc, fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End))
			for first < len(ms) && ms[first].End <= t.Start {
				first++
			}
			depth := 0
			for _, m := range ms[first:] {
				if m.Start >= t.End {
					break
				}
				if m.End <= t.Start {
					continue
				}
				depth++
				key := "NE"
				if depth > 1 {
					key = fmt.Sprintf("NE%d", depth)
				}
				bio := "I-"
				if m.Start >= t.Start {
					bio = "B-"
				}
				misc = append(misc, key+"="+bio+m.Type)
				if depth == 1 {
					misc = append(misc, "Entity="+m.entity)
				}
			}
			fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t_\t%s\t_\t_\t_\t%s\n", ti+1,
				field(t.Text), field(t.Lemma), field(t.POS), field(t.Feats), strings.Join(misc, "|"))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// slice returns text[start:end] clipped to the text.
func slice(text []rune, start, end int) string {
	start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
	if start >= end {
		return ""
	}
	return string(text[start:end])
}

// oneLine folds line breaks and tabs into spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, s)
}

// field is a CoNLL-U field value: "_" when empty, no tabs or line breaks.
func field(s string) string {
	if s = strings.TrimSpace(oneLine(s)); s == "" {
		return "_"
	}
	return s
}
