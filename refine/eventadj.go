package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// eventKindAdjectives are the lemmas of the relational adjectives that say
// what kind of event a noun names and that NEREL tags with it as one EVENT:
// «президентских выборах» (train 34 of 34), «парламентских выборов» (21 of
// 21), «массовых беспорядков» (12 of 12), «вооруженного конфликта» (7 of 7),
// «судебного процесса» (7 of 7), «военного переворота» (6 of 7),
// «торжественной церемонии» (6 of 6). Adjectives of time, order or manner
// («предстоящих», «очередные», «официальной», «досрочных») are left out:
// NEREL leaves them outside the event.
var eventKindAdjectives = map[string]bool{
	"президентский": true, "парламентский": true, "губернаторский": true, "предвыборный": true, "массовый": true,
	"вооружённый": true, "вооруженный": true, "военный": true, "террористический": true, "заказной": true,
	"политический": true, "судебный": true, "коррупционный": true, "государственный": true, "гражданский": true,
	"антиправительственный": true, "торжественный": true, "праздничный": true, "телефонный": true,
}

// kindAdjective reports whether w is a lower-case form of an adjective of
// eventKindAdjectives that agrees with noun.
func (r *Refiner) kindAdjective(w, noun string) bool {
	if !tokenize.StartsLower(w) {
		return false // (NEREL train: «Торжественная церемония» opening a sentence is «церемония»)
	}
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && eventKindAdjectives[fold(p.Normal)] {
			return r.agree(w, noun)
		}
	}
	return false
}

// eventAdjectives runs an EVENT of one lower-case noun back over the
// adjective of its kind before it (kindAdjective): «массовых беспорядков»,
// «заказное убийство», «вооруженном инциденте», as NEREL tags them. An
// EVENT the recognizer found over the noun and more (its own «президентских
// выборах» over «выборах», which NEREL nests there at times, or
// «Уфимского международного марафона») leaves the noun's as it is.
func (r *Refiner) eventAdjectives(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var events []doc.Span
	for _, m := range ms {
		if m.Type == "EVENT" {
			events = append(events, m.Span)
		}
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "EVENT" || strings.Contains(m.Text, " ") || !tokenize.StartsLower(m.Text) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 1 || last != first || r.likeliest(m.Text) != morph.NOUN || withinOther(events, m.Span) || !r.kindAdjective(toks[first-1].Text, m.Text) {
			continue
		}
		drop[m.Span] = true
		sp := doc.Span{Start: toks[first-1].Start, End: m.End}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "EVENT" && drop[m.Span] })
}

// withinOther reports whether a span of spans other than sp runs over sp.
func withinOther(spans []doc.Span, sp doc.Span) bool {
	for _, s := range spans {
		if s != sp && s.Start <= sp.Start && s.End >= sp.End {
			return true
		}
	}
	return false
}
