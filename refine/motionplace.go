package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// motionVerbs are the lemmas of the verbs of arriving at or leaving for a
// place, whose «в» + a name is the place («прибыла в Мумбаи»).
var motionVerbs = map[string]bool{
	"прибыть": true, "прибывать": true, "приехать": true, "приезжать": true, "прилететь": true, "прилетать": true,
	"отправиться": true, "отправляться": true, "вылететь": true, "вылетать": true, "переехать": true,
	"направиться": true, "поехать": true, "съездить": true, "слетать": true, "уехать": true, "улететь": true,
	"вернуться": true, "возвращаться": true,
}

// motionPlaces makes a one-word PERSON right after «в» or «во» after a
// verb of arriving or leaving (motionVerbs) a CITY, and so the document's
// other one-word PERSON mentions of that word: «Делегация прибыла в
// Мумбаи … В Мумбаи прошли переговоры», an indeclinable name the
// recognizer reads as a person. In NEREL v1.1 train such a verb, «в» and a
// capitalized word are never a PERSON (86 times: 30 COUNTRY, 25 CITY, 24
// EVENT, a few other places); the recognizer types none of them a person,
// so the rule changes no mention there. A guessed adjective stays («поедет
// в Стэнфордский»: a longer name's first word, as prepositionCity leaves
// it).
func (r *Refiner) motionPlaces(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(motionVerbs) {
		return ms
	}
	places := map[string]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" || strings.ContainsAny(m.Text, " -") {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if i < 2 || j != i {
			continue
		}
		if p := fold(toks[i-1].Text); p != "в" && p != "во" || !anyIn(r.facts(toks[i-2].Text).lemmas, motionVerbs) || r.guessedAdjective(m.Text) {
			continue
		}
		places[m.Text] = true
	}
	if len(places) == 0 {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if m.Type == "PERSON" && places[m.Text] {
			return "CITY"
		}
		return ""
	})
}
