package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// naturalNameHeads are the lemmas of the nouns of kinds of natural places
// that a capitalized adjective names («Курильские острова», «Боденское
// озеро», «Воробьёвы горы»): natureHeads and a few more.
var naturalNameHeads = map[string]bool{
	"река": true, "остров": true, "озеро": true, "залив": true, "полуостров": true, "море": true,
	"гора": true, "пустыня": true, "вулкан": true, "хребет": true, "мыс": true, "архипелаг": true,
	"океан": true, "пролив": true, "долина": true, "нагорье": true, "ущелье": true,
}

// waterHeads are the lemmas of naturalNameHeads of waters, whose names
// NEREL v1.1 train never types FACILITY (LOCATION 15 times: «Средиземном
// море», «Тихого океана»): a FACILITY of an adjective and one of them
// («на набережной Онежского озера», read with the embankment) is a
// LOCATION too, where «Храмовая гора» stays a FACILITY.
var waterHeads = map[string]bool{"озеро": true, "море": true, "океан": true, "река": true, "залив": true, "пролив": true}

// naturalNameTypes are the types a recognizer gives a natural place's name
// of an adjective and a noun, or its adjective alone, besides LOCATION; not
// FACILITY, NEREL's type of «Храмовая гора» and of reservoirs.
var naturalNameTypes = map[string]bool{
	"COUNTRY": true, "STATE_OR_PROVINCE": true, "CITY": true, "DISTRICT": true,
	"PERSON": true, "ORGANIZATION": true, "EVENT": true,
}

// naturalNames makes a capitalized adjective and the lower-case noun of a
// kind of natural place that agrees with it (naturalNameHeads) one
// LOCATION: «Курильские острова», «над Боденским озером», «на склонах
// Воробьёвых гор». The recognizer tags such a name right on news text, but
// on a rarer one it types the adjective alone as a place («Курильские»,
// which NEREL leaves out as an adjective) or the pair as a person or an
// organization. A mention of the adjective alone, or of the pair with
// another type, gives way to the LOCATION; a longer mention that holds the
// pair («Движение в защиту Химкинского леса») is left alone, and so is
// the adjective of a FACILITY made of the pair.
func (r *Refiner) naturalNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	facilities := spansOf(ms, "FACILITY")
	for _, m := range ms {
		if !isPlaceType(m.Type) && !naturalNameTypes[m.Type] && m.Type != "FACILITY" || m.Start < 0 || m.End > len(text) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < first || last > first+1 {
			continue
		}
		noun := first + 1
		if last == first && !isPlaceType(m.Type) || last == noun && m.Type == "LOCATION" {
			continue // (a person or a body of one word; a LOCATION already)
		}
		if noun >= len(toks) || toks[noun].Start != toks[first].End+1 {
			continue
		}
		adj, head := toks[first].Text, toks[noun].Text
		if !tokenize.StartsUpper(adj) || !tokenize.StartsLower(head) || !anyIn(r.nounLemmas(head), naturalNameHeads) {
			continue
		}
		if (r.adjectiveReadingCases(adj)|r.surnameCases(adj))&r.nounCases(head) == 0 {
			continue
		}
		sp := doc.Span{Start: toks[first].Start, End: toks[noun].End}
		water := anyIn(r.nounLemmas(head), waterHeads)
		if m.Type == "FACILITY" && (!water || m.Span != sp) {
			continue
		}
		if facilities[sp] && !water {
			continue // «Куйбышевского водохранилища»: the city stays
		}
		drop[m] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "LOCATION"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// surnameCases returns the cases of w's plural surname readings: the
// dictionary reads a possessive adjective in -ых as one («Воробьёвых
// гор»).
func (r *Refiner) surnameCases(w string) caseSet {
	var cs caseSet
	for _, p := range r.parse(w) {
		if p.Tag.Is(morph.Surn) && p.Tag.Is(morph.Plur) {
			cs |= caseBit(p)
		}
	}
	return cs
}

// countryPersons retypes as places the PERSON mentions that a list of
// countries or a country in brackets shows to be places:
//   - a PERSON between two COUNTRY mentions with nothing but a comma or a
//     bullet between them («Чили • Коста Рика • Эквадор», «Египет, Эль
//     Сальвадор, Эфиопия») is a COUNTRY too;
//   - a PERSON right after «в» or «во» followed by a COUNTRY in brackets,
//     perhaps after a gloss in brackets of its own («в Кушадаси (Турция)»,
//     «в Аль Аин (Al Ain) (Объединённые Арабские Эмираты)»), is a CITY: a
//     person is not placed in a country so.
func countryPersons(text []rune, ms []doc.Mention) []doc.Mention {
	starts, ends := map[int]bool{}, map[int]bool{}
	persons := false
	for _, m := range ms {
		if m.Type == "COUNTRY" {
			starts[m.Start], ends[m.End] = true, true
		}
		persons = persons || m.Type == "PERSON"
	}
	if len(starts) == 0 || !persons {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		switch {
		case m.Type != "PERSON" || m.Start < 0 || m.End > len(text) || m.Start >= m.End:
		case ends[listBefore(text, m.Start)] && starts[listAfter(text, m.End)]:
			return "COUNTRY"
		case afterV(text, m.Start) && starts[bracketedAfter(text, m.End)]:
			return "CITY"
		}
		return ""
	})
}

// listSeparator reports whether c may stand between the items of a list.
func listSeparator(c rune) bool { return c == ',' || c == '•' || c == ' ' || c == '\u00a0' }

// listBefore returns where the list item before start ends: start moved
// back over one comma or bullet and spaces, or -1 when none is there.
func listBefore(text []rune, start int) int {
	i, marks := start, 0
	for i > 0 && listSeparator(text[i-1]) {
		if text[i-1] != ' ' && text[i-1] != '\u00a0' {
			marks++
		}
		i--
	}
	if marks != 1 {
		return -1
	}
	return i
}

// listAfter returns where the list item after end starts: end moved
// over one comma or bullet and spaces, or -1 when none is there.
func listAfter(text []rune, end int) int {
	i, marks := end, 0
	for i < len(text) && listSeparator(text[i]) {
		if text[i] != ' ' && text[i] != '\u00a0' {
			marks++
		}
		i++
	}
	if marks != 1 {
		return -1
	}
	return i
}

// afterV reports whether the word right before start is «в» or «во».
func afterV(text []rune, start int) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	i := start - 1
	j := i
	for j > 0 && tokenize.IsLetter(text[j-1]) {
		j--
	}
	if j > 0 && tokenize.IsLetter(text[j-1]) {
		return false
	}
	w := lowerCase(string(text[j:i]))
	return w == "в" || w == "во"
}

// bracketedAfter returns where the bracketed text after end starts
// («Кушадаси (Турция)»: at Турция), past one bracketed gloss of up to 40
// characters before it («Аль Аин (Al Ain) (…)»), or -1.
func bracketedAfter(text []rune, end int) int {
	open := func(i int) int {
		if i+1 < len(text) && text[i] == ' ' && text[i+1] == '(' {
			return i + 2
		}
		return -1
	}
	i := open(end)
	if i < 0 {
		return -1
	}
	if j := i; j < len(text) && unicode.Is(unicode.Latin, text[j]) {
		for j < len(text) && j < i+40 && text[j] != ')' && text[j] != '(' {
			j++
		}
		if j < len(text) && text[j] == ')' {
			if k := open(j + 1); k >= 0 {
				return k
			}
		}
	}
	return i
}

// apposedKinds are the lemmas of the nouns of kinds of places whose name
// follows them in apposition, with the type of such a name.
var apposedKinds = map[string]string{
	"район": "DISTRICT", "микрорайон": "DISTRICT", "квартал": "DISTRICT",
	"мыс": "LOCATION", "остров": "LOCATION", "полуостров": "LOCATION", "река": "LOCATION", "озеро": "LOCATION",
	"гора": "LOCATION", "залив": "LOCATION", "пролив": "LOCATION",
	"тюрьма": "FACILITY", "аэропорт": "FACILITY", "порт": "FACILITY", "станция": "FACILITY",
}

// apposedPlace makes a one-word PERSON right after a lower-case noun of a
// kind of place (apposedKinds) a place of that kind when the name ends in
// a consonant, so is in the nominative, not a person's genitive: «в
// лондонском районе Тоттенхэм», «на мысе Канаверал», «в тюрьме
// Абу-Грэйв». A person a street or an airport is named after stands in the
// genitive or does not decline («улице Раевского», «аэропорту Кеннеди»,
// «улице Навои»), and NEREL tags him inside the FACILITY: of the 13 one-word
// persons after a noun of a place on NEREL v1.1 train none ends in a
// consonant.
func (r *Refiner) apposedPlace(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" || strings.ContainsAny(m.Text, " .") || !consonantEnd(m.Text) {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first < 1 || toks[first-1].End+1 != toks[first].Start || !tokenize.StartsLower(toks[first-1].Text) {
		return m
	}
	for _, l := range r.nounLemmas(toks[first-1].Text) {
		if t := apposedKinds[l]; t != "" {
			m.Type = t
			return m
		}
	}
	return m
}

// consonantEnd reports whether w ends in a Cyrillic consonant letter (not
// й nor a soft or hard sign).
func consonantEnd(w string) bool {
	if w == "" {
		return false
	}
	rs := []rune(w)
	return strings.ContainsRune("бвгджзклмнпрстфхцчшщ", unicode.ToLower(rs[len(rs)-1]))
}

// unnamedNature adds a LOCATION for a capitalized Cyrillic word right after
// a lower-case noun of a kind of natural place (natureHeads) that no
// mention covers: «в загрязнении реки Славянки», the recognizer's miss of a
// small river's name. A second capitalized word after it leaves the name
// alone (its end is unsure). On NEREL v1.1 train and dev no such word is
// left uncovered.
func (r *Refiner) unnamedNature(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			t, head := toks[i], toks[i-1]
			if !tokenize.StartsUpper(t.Text) || !cyrillicName(t.Text) || head.End+1 != t.Start || !tokenize.StartsLower(head.Text) ||
				i+1 < len(toks) && tokenize.StartsUpper(toks[i+1].Text) || t.End > len(text) {
				continue
			}
			if !anyIn(r.nounLemmas(head.Text), natureHeads) || overlapsAny(ms, t.Span) {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "LOCATION"})
		}
	}
	return withAdded(ms, added)
}

// clockTypes are the types of names that clockNames cuts a time off.
var clockTypes = map[string]bool{"FACILITY": true, "ORGANIZATION": true, "PERSON": true,
	"COUNTRY": true, "STATE_OR_PROVINCE": true, "CITY": true, "LOCATION": true, "DISTRICT": true}

// clockNames cuts off a time or a score in digits («09:17», «4:2») that
// opens a name's mention: a sports report's line «2:1 — 09:17 Куниц» read
// «09:17 Куниц» as a FACILITY. What is left takes the type of a mention of
// the same span (the person «Куниц»), else, when it is one word, the type
// most of the names after the document's other times have (the scorers of
// a table of goals: «01:23 Сёмин», «03:54 Бернс», persons), else keeps its
// own. NEREL v1.1 train and dev have no name so opened.
func clockNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	afterClock, counted := "", false // (clockedType, asked at the first name so opened)
	for i, m := range ms {
		if !clockTypes[m.Type] || m.Start < 0 || m.End > len(text) || m.Start >= m.End || !unicode.IsDigit(text[m.Start]) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last <= first || !clock(toks[first].Text) || !tokenize.StartsUpper(toks[first+1].Text) {
			continue
		}
		if !counted {
			afterClock, counted = clockedType(text, sents, ms), true
		}
		out = own(out, ms)
		out[i].Start = toks[first+1].Start
		out[i].Text = string(text[out[i].Start:out[i].End])
		same := false
		for _, o := range ms {
			if o.Span == out[i].Span {
				out[i].Type, same = o.Type, true
				break
			}
		}
		if !same && afterClock != "" && !strings.ContainsRune(out[i].Text, ' ') {
			out[i].Type = afterClock
		}
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// clockedType returns the type that more than half, and at least two, of
// the mentions right after a time or score in digits («09:17 Сёмин») have,
// or "". Mentions that themselves open with the time are not counted.
func clockedType(text []rune, sents []doc.Sentence, ms []doc.Mention) string {
	count := map[string]int{}
	n := 0
	for _, m := range ms {
		if !clockTypes[m.Type] || m.Start < 1 || m.End > len(text) || m.Start >= m.End || text[m.Start-1] != ' ' {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, _ := mentionTokens(toks, m)
		if first < 1 || !clock(toks[first-1].Text) || toks[first-1].End+1 != m.Start {
			continue
		}
		count[m.Type]++
		n++
	}
	for typ, c := range count {
		if c >= 2 && 2*c > n {
			return typ
		}
	}
	return ""
}

// clock reports whether w is two numbers joined by a colon («09:17»).
func clock(w string) bool {
	a, b, ok := strings.Cut(w, ":")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// placeGlosses gives a name in Latin letters in brackets right after a
// place's mention the place's type when it has as many words (parts of a
// hyphenated name counted) and is no acronym: it is the place's own name
// in its language, «Понте-Сан-Пьетро (Ponte San Pietro)», «в Аль Аин (Al
// Ain)», which the recognizer reads as a person or a work. An acronym or a
// longer name glosses a longer phrase that ends in the place («Моравии
// (KSCM)», «Университета Барселоны (Universidad de Barcelona)»). On NEREL
// v1.1 dev it retypes 2 glosses, both right («Hochheim am Main», a
// PERSON); train has none. A product's gloss takes its type too
// («„Шкода Октавия“ (Skoda Octavia)», read as a person). It runs last,
// after the rules that type Latin names.
func placeGlosses(text []rune, ms []doc.Mention) []doc.Mention {
	var places map[int]doc.Mention // place and product mentions by their end
	return retyped(ms, func(g doc.Mention) string {
		if g.Start < 2 || g.End >= len(text) || g.Start >= g.End || text[g.Start-1] != '(' || text[g.Start-2] != ' ' || text[g.End] != ')' ||
			!latinCapital(text[g.Start]) || strings.ToUpper(g.Text) == g.Text {
			return ""
		}
		if places == nil {
			places = map[int]doc.Mention{}
			for _, p := range ms {
				if isPlaceType(p.Type) || p.Type == "PRODUCT" {
					places[p.End] = p
				}
			}
		}
		p, ok := places[g.Start-2]
		if !ok && g.Start >= 3 && tokenize.IsQuote(text[g.Start-3]) {
			p, ok = places[g.Start-3] // «Шкода Октавия» (Skoda Octavia)
		}
		if !ok || p.Type == g.Type || nameWords(p.Text) != nameWords(g.Text) {
			return ""
		}
		return p.Type
	})
}

// nameWords counts the words of a name, the parts of a hyphenated word
// each one.
func nameWords(s string) int {
	return len(strings.FieldsFunc(s, func(c rune) bool { return c == ' ' || c == '-' }))
}
