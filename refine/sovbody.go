package refine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// councilBody makes a one-word mention of another type named like a
// clipped compound of «Сов» (совет) and the clipped stem of a second
// word — «Сов» before a consonant, the dictionary knowing no word by it
// (Совфед, Совбез, Совмин, Совнарком, Совкомбанк) — an ORGANIZATION, as
// NEREL v1.1 annotates all of its (Совфеда, Совбеза); the recognizer reads
// an unknown one as a surname («внесен членом Совфеда» PERSON). Words the
// dictionary knows (Совет, Совесть, Советск) and names with a vowel after
// «Сов» (Совенко, Совин) stay.
func (r *Refiner) councilBody(m doc.Mention) doc.Mention {
	w := fold(m.Text)
	rest, ok := strings.CutPrefix(w, "сов")
	if !ok || utf8.RuneCountInString(rest) < 3 || strings.ContainsRune("аеёиоуыэюяь", []rune(rest)[0]) {
		return m
	}
	if slices.ContainsFunc(r.parse(m.Text), func(p morph.Parse) bool { return p.Method() == morph.MethodDictionary }) {
		return m
	}
	m.Type = "ORGANIZATION"
	return m
}

// agencyOpenedPersons cuts the first word off a PERSON of three words or
// more that opens with a word named like a state body (agencyType:
// Совфед, Росгвардия, Мосгордума) and goes on with capitalized words,
// making that word an ORGANIZATION: «член Совфеда Андрей Клишас» was the
// person «Совфеда Андрей Клишас»; NEREL's person is «Андрей Клишас» and
// the body an organization of its own.
func (r *Refiner) agencyOpenedPersons(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	cut := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if i < 0 || j-i < 2 || !tokenize.StartsUpper(toks[i+1].Text) || !tokenize.StartsUpper(toks[j].Text) {
			continue
		}
		body := doc.Mention{Span: toks[i].Span, Text: toks[i].Text, Type: "PERSON"}
		if r.agencyType(body).Type != "ORGANIZATION" {
			continue
		}
		cut[m.Span] = true
		body.Type = "ORGANIZATION"
		rest := doc.Span{Start: toks[i+1].Start, End: m.End}
		added = append(added, body, doc.Mention{Span: rest, Text: string(text[rest.Start:rest.End]), Type: "PERSON"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "PERSON" && cut[m.Span] })
}
