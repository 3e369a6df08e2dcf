package refine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// namedFacilityHeads are the lemmas of the nouns of a building or a
// ground that a name follows in apposition («мемориальному комплексу
// Цицернакаберд», «в резиденции Чекерс») or that is named after a person
// («стадион имени Артура Эша»).
var namedFacilityHeads = map[string]bool{
	"мемориал": true, "комплекс": true, "резиденция": true, "стадион": true, "арена": true, "собор": true,
	"храм": true, "монастырь": true, "мечеть": true, "дворец": true, "замок": true, "крепость": true,
	"кладбище": true, "башня": true, "парк": true, "сквер": true, "мост": true, "вокзал": true,
}

// honoredFacilityHeads are the lemmas of namedFacilityHeads (and
// «аэропорт», «площадь») whose «имени» and a person name a facility, not
// an organization as a theatre's or a school's do.
var honoredFacilityHeads = map[string]bool{
	"стадион": true, "арена": true, "аэропорт": true, "парк": true, "сквер": true, "мост": true,
	"вокзал": true, "площадь": true,
}

// facilityHeadBefore reports whether the token before toks[i] is a
// lower-case form of a noun of heads.
func (r *Refiner) facilityHeadBefore(toks []doc.Token, i int, heads map[string]bool) bool {
	return i >= 1 && !strings.ContainsRune(toks[i-1].Text, '-') && tokenize.StartsLower(toks[i-1].Text) && anyIn(r.nounLemmas(toks[i-1].Text), heads)
}

// namedFacilities runs facilityOwnNames and honoredFacilities.
func (r *Refiner) namedFacilities(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	return r.honoredFacilities(text, sents, r.facilityOwnNames(sents, ms))
}

// stateHeads are the lemmas of the nouns of a region or a state that a
// name of it follows in apposition («независимое государство Азавад»,
// «округа Чарльз»).
var stateHeads = map[string]bool{
	"государство": true, "провинция": true, "штат": true, "округ": true, "графство": true, "кантон": true,
	"эмират": true,
}

// facilityOwnNames makes a one-word PERSON right after a lower-case noun
// of a building or a ground (namedFacilityHeads) a FACILITY, and one right
// after a noun of a region or a state (stateHeads) a STATE_OR_PROVINCE,
// when the word ends in a consonant, as an unchanged foreign name in
// apposition does, and the dictionary knows it as no name: «к
// мемориальному комплексу Цицернакаберд», «в загородной резиденции
// Чекерс» (NEREL dev: FACILITY «Чекерс»), «провозгласило независимое
// государство Азавад» (dev: STATE_OR_PROVINCE), which the recognizer reads
// as persons. A person the facility is of or named after is in the
// genitive or the dative («храма Христа», «памятнику Ленину», «аэропорту
// Кеннеди») or a name the dictionary knows («в резиденции Путин принял»,
// «главы государства Кастро»), and stays; so does a word another mention
// ends with.
func (r *Refiner) facilityOwnNames(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	ends := lazyEnds{ms: ms}
	return retyped(ms, func(m doc.Mention) string {
		if m.Type != "PERSON" || strings.ContainsAny(m.Text, " -.") || utf8.RuneCountInString(m.Text) < 4 || ends.count(m.End) > 1 {
			return ""
		}
		if last := fold(m.Text); strings.ContainsRune("аеиоуыэюяй", []rune(last)[utf8.RuneCountInString(last)-1]) {
			return ""
		}
		toks := sentenceTokens(sents, m)
		i, _ := mentionTokens(toks, m)
		if r.properName(m.Text) {
			return ""
		}
		switch {
		case r.facilityHeadBefore(toks, i, namedFacilityHeads):
			return "FACILITY"
		case r.facilityHeadBefore(toks, i, stateHeads):
			return "STATE_OR_PROVINCE"
		}
		return ""
	})
}

// honoredFacilities adds a FACILITY from a lower-case noun of a ground,
// a bridge or a station (honoredFacilityHeads) through «имени» and the
// PERSON right after it: «на стадионе имени Артура Эша», «сквер имени
// Гагарина», where the recognizer found the person alone. NEREL annotates
// «стадиона имени Эдуарда Стрельцова», «аэропорт имени Шарля де Голля»
// so; the recognizer has those, and the rule adds none where a mention
// of another type already covers the noun and the person («международный
// аэропорт имени Шарля де Голля»).
func (r *Refiner) honoredFacilities(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(nil, "имени") || !r.mayHave(honoredFacilityHeads) {
		return ms
	}
	persons := personsByStart(ms)
	if persons == nil {
		return ms
	}
	var added []doc.Mention
	r.eachHonored(sents, honoredFacilityHeads, persons, 0, func(toks []doc.Token, i int, p doc.Mention) {
		sp := doc.Span{Start: toks[i-1].Start, End: p.End}
		if slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Start <= sp.Start && m.End >= sp.End && m.Type != "PERSON" }) {
			return
		}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "FACILITY"})
	})
	return withAdded(ms, added)
}

// eachHonored calls fn for each «имени» at toks[i] after a lower-case noun
// of heads (facilityHeadBefore) with a PERSON of persons (by start) right
// after it and after up to titles honor titles (honorTitles: «имени
// академика Курчатова»).
func (r *Refiner) eachHonored(sents []doc.Sentence, heads map[string]bool, persons map[int]doc.Mention, titles int, fn func(toks []doc.Token, i int, p doc.Mention)) {
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i+1 < len(toks); i++ {
			if r.facts(toks[i].Text).folded != "имени" || !r.facilityHeadBefore(toks, i, heads) {
				continue
			}
			j := i + 1
			for j+1 < len(toks) && j <= i+titles && honorTitles[r.facts(toks[j].Text).folded] {
				j++
			}
			if p, ok := persons[toks[j].Start]; ok {
				fn(toks, i, p)
			}
		}
	}
}
