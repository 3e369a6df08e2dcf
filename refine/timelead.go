package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// relativeLeads are the relative adverbs that open the clause a DATE or
// a TIME stands in, never a part of it: «рудник, где в понедельник утром
// произошло обрушение».
var relativeLeads = map[string]bool{"где": true, "когда": true, "куда": true, "откуда": true}

// timePrepositions are the prepositions a day or a time of day opens
// with after the word timeLead cuts off.
var timePrepositions = map[string]bool{"в": true, "во": true, "около": true, "к": true}

// timeLead cuts off the first word of a DATE or a TIME that the recognizer
// ran over the word before the preposition of the time: a relative adverb
// (relativeLeads: «где в понедельник утром» → «в понедельник утром») or a
// lower-case noun in the instrumental that names no time («резервным
// бортом в субботу утром» → «в субботу утром»). Such a time got no value,
// so dated no event. NEREL v1.1 train opens its DATE and TIME mentions
// before «в», «во» with words of time only («утром в», «Вечером в»,
// «примерно в», «Ранее в», «сегодня в»: 25 of 25). toks are the tokens of
// m's sentence.
func (r *Refiner) timeLead(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "DATE" && m.Type != "TIME" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first+2 || !timePrepositions[fold(toks[first+1].Text)] || !tokenize.StartsLower(toks[first].Text) {
		return m
	}
	w := fold(toks[first].Text)
	if !relativeLeads[w] && !r.instrumentalThing(w) {
		return m
	}
	m.Start = toks[first+1].Start
	m.Text = string(text[m.Start:m.End])
	return m
}

// instrumentalThing reports whether w reads only as a noun, and as one in
// the instrumental, whose lemma names no time («бортом», «рейсом»; not
// «утром», «вечером», «днем», «ночью»).
func (r *Refiner) instrumentalThing(w string) bool {
	ps := r.parse(w)
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.Tag.POS() != morph.NOUN || p.Tag.Case() != morph.Ablt || timeNouns[p.Normal] {
			return false
		}
	}
	return true
}

// timeNouns are the lemmas of nouns of a time of day or a span whose
// instrumental opens a time: «утром в понедельник».
var timeNouns = map[string]bool{"утро": true, "вечер": true, "день": true, "ночь": true, "время": true,
	"полдень": true, "полночь": true, "рассвет": true, "закат": true, "неделя": true, "год": true, "месяц": true,
	"весна": true, "лето": true, "осень": true, "зима": true}
