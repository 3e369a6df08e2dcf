package refine

import (
	"iter"
	"maps"
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// splitPersons cuts a PERSON of three words that runs two persons together
// — a surname of another person named in the document, then a first name
// and a surname, «предшественника Степанова Сергея Дубовицкого» after
// «Сергей Степанов» — into the two persons. A third word the dictionary
// reads as a patronymic or that is an initial keeps the name whole, as
// NEREL writes surname-first names («Суркова Владислава Юрьевича»): in
// NEREL v1.1 train the eight three-word persons whose first word is the
// surname of another are all such names. names holds the last words of the
// persons of two words or more in the document. A first word that agrees
// with the first name in no case and gender is another person's surname
// too: «Заместитель
// Иванова Роман Ротенберг» (Иванова, a man's genitive or a woman's
// nominative, is no case of Роман's; NEREL v1.1 train has no person so
// written). A second word the dictionary does not know at all may be a
// foreign first name as well when the first word is another person's
// surname in another form: «Тренер Павлюченковой Кончита Мартинес» after
// «Анастасия Павлюченкова».
func (r *Refiner) splitPersons(text []rune, sents []doc.Sentence, ms []doc.Mention, names map[string]bool) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for m, ws := range persons(ms) {
		unknown := len(ws) == 3 && !r.firstName(ws[1]) && r.unknown(ws[1])
		if len(ws) != 3 || !cyrillicName(ws[0]) || !cyrillicName(ws[2]) || !r.firstName(ws[1]) && !unknown || r.patronymic(ws[2]) {
			continue
		}
		other := !unknown && r.disagree(ws[0], ws[1])
		for name := range names {
			if other {
				break // (disagree said so: no stems to make)
			}
			if name != ws[2] && (!unknown || name != ws[0]) && surnameForm(ws[0], surnameStems(map[string]bool{name: true})) {
				other = true
				break
			}
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if !other || first < 0 || last != first+2 {
			continue
		}
		drop[m.Span] = true
		for _, sp := range []doc.Span{toks[first].Span, {Start: toks[first+1].Start, End: toks[last].End}} {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PERSON"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}

// surnamePlaces cuts a PERSON of two words whose first word is the surname
// of a person named in full in the document (names) and whose second word
// the dictionary knows only as a place's name into the person and the
// place: «вместо Нетаньяху Иерусалим будет представлять …» after
// «Беньямин Нетаньяху». The place is a COUNTRY when it names a state
// (countries), else a CITY. In NEREL v1.1 train and dev no gold or
// recognized person of two words is so made («Уитни Хьюстон», «Наото
// Кан»: the first word names no other person).
func (r *Refiner) surnamePlaces(text []rune, sents []doc.Sentence, ms []doc.Mention, names map[string]bool) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for m, ws := range persons(ms) {
		if len(ws) != 2 || !names[ws[0]] || !cyrillicName(ws[1]) || !r.placeOnly(ws[1]) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last != first+1 {
			continue
		}
		typ := "CITY"
		if r.country(ws[1]) {
			typ = "COUNTRY"
		}
		drop[m.Span] = true
		person, place := toks[first].Span, toks[last].Span
		added = append(added, doc.Mention{Span: person, Text: string(text[person.Start:person.End]), Type: "PERSON"},
			doc.Mention{Span: place, Text: string(text[place.Start:place.End]), Type: typ})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}

// placeOnly reports whether the dictionary knows w, and only as a place's
// name (every reading Geox).
func (r *Refiner) placeOnly(w string) bool {
	ps := r.parse(w)
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || !p.Tag.Is(morph.Geox) {
			return false
		}
	}
	return true
}

// placePersons cuts off a place's name in the genitive that opens a PERSON
// of three words or more — the post's country run into the name,
// «премьер-министр Барбадоса Миа Моттли» — and makes it a COUNTRY: a word
// the dictionary knows only as a place's name, in the genitive, opens no
// person's name. A lower-case noun before the place is the post the place
// depends on, run into the name as well («акима Алматы Ерболата Досаева»):
// it and the place are a PROFESSION, and the place, unless a country, a
// CITY.
func (r *Refiner) placePersons(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for m, ws := range persons(ms) {
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		// (a capital opening the sentence says nothing: «Аким Алматы
		// Ерболат Досаев заявил»)
		post := len(ws) >= 4 && (tokenize.StartsLower(ws[0]) || first == 0) && r.likeliest(ws[0]) == morph.NOUN
		if post {
			ws = ws[1:]
		}
		if len(ws) < 3 || !cyrillicName(ws[0]) || !r.genitivePlaceOnly(ws[0]) || post && !r.firstName(ws[1]) || first < 0 || last <= first+1 {
			continue
		}
		drop[m.Span] = true
		typ := "COUNTRY"
		if post {
			// «акима Алматы Ерболата Досаева»: the post and its place
			// ran into the name too
			sp := doc.Span{Start: toks[first].Start, End: toks[first+1].End}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
			first++
			if !r.country(toks[first].Text) {
				typ = "CITY"
			}
		}
		place, rest := toks[first].Span, doc.Span{Start: toks[first+1].Start, End: toks[last].End}
		added = append(added, doc.Mention{Span: place, Text: string(text[place.Start:place.End]), Type: typ},
			doc.Mention{Span: rest, Text: string(text[rest.Start:rest.End]), Type: "PERSON"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}

// genitivePlaceOnly reports whether every reading the dictionary has of w
// (but a first name's plural) is a place's name, and one is in the
// genitive.
func (r *Refiner) genitivePlaceOnly(w string) bool {
	gen := false
	for _, p := range r.parse(w) {
		if p.Tag.Is(morph.Name) && p.Tag.Is(morph.Plur) {
			continue // (no part of one person's name: Алматы, «Алматы»)
		}
		if p.Method() != morph.MethodDictionary || !p.Tag.Is(morph.Geox) {
			return false
		}
		gen = gen || p.Tag.Case() == morph.Gent
	}
	return gen
}

// unknown reports whether the dictionary has no reading of w (its guesser
// reads it).
func (r *Refiner) unknown(w string) bool {
	return !slices.ContainsFunc(r.parse(w), func(p morph.Parse) bool { return p.Method() == morph.MethodDictionary })
}

// firstName reports whether the dictionary knows w as a first name.
func (r *Refiner) firstName(w string) bool {
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary && p.Tag.Is(morph.Name) {
			return true
		}
	}
	return false
}

// disagree reports whether the dictionary reads a as a surname and no
// first name (not «Луис Мария Арганья») and b as a first name, and no
// reading of a agrees with a singular one of b in case and gender.
func (r *Refiner) disagree(a, b string) bool {
	pa, pb := r.nameReadings(a, morph.Surn), r.nameReadings(b, morph.Name)
	if len(pa) == 0 || len(pb) == 0 || slices.ContainsFunc(pa, func(p morph.Parse) bool { return p.Tag.Is(morph.Name) }) {
		return false
	}
	for _, p := range pa {
		for _, q := range pb {
			if q.Tag.Is(morph.Sing) && p.Tag.Case() == q.Tag.Case() && p.Tag.Number() == q.Tag.Number() &&
				(p.Tag.Gender() == q.Tag.Gender() || p.Tag.Is(morph.MsF) || q.Tag.Is(morph.MsF)) {
				return false
			}
		}
	}
	return true
}

// nameReadings returns the dictionary's readings of w as a first name, or
// also as a surname when also is Surn.
func (r *Refiner) nameReadings(w string, also morph.Grammeme) []morph.Parse {
	var out []morph.Parse
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary && (p.Tag.Is(morph.Name) || p.Tag.Is(also)) {
			out = append(out, p)
		}
	}
	return out
}

// patronymic reports whether the dictionary reads w as a patronymic.
func (r *Refiner) patronymic(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.Is(morph.Patr) {
			return true
		}
	}
	return false
}

// surnamePairs cuts a PERSON of two words, each of them the last word
// (in that form or another case form) of a different person named by two
// words or more and otherwise in the document (not «Ван Цзюнь» again, nor
// «Клэр Ван» with «Ван Цзюнь»: the second word must be another's too),
// into the two persons: «Стармеру
// Мерц предложил» after «Киру Стармеру» and «Фридрих Мерц» (the dative of
// one and the subject run together). A first word the dictionary knows as
// a first name keeps the name whole, and so does one that opens (in a case
// form) a name of two words or more of the document, a first name the
// dictionary does not know.
func (r *Refiner) surnamePairs(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	last := map[string][]string{} // the last words of the persons of two words or more, with their names
	var firsts [][2]string        // the first words of those names, with the names
	for _, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		if first, end, many := outerFields(m.Text); many && cyrillicName(end) && !slices.Contains(last[end], m.Text) {
			last[end] = append(last[end], m.Text)
			firsts = append(firsts, [2]string{first, m.Text})
		}
	}
	if len(last) < 2 {
		return ms
	}
	// elsewhere reports whether w is, in a case form, the last word of the
	// name of a person other than m's, whose first word is no case form
	// of other (the other word of m: «Нааму Иссахар» beside «Наама
	// Иссахар» is one person), and returns that last word
	stems := map[string]map[string]bool{} // surnameStems of each word asked about, once
	formOf := func(w, name string) bool {
		st, ok := stems[name]
		if !ok {
			st = surnameStems(map[string]bool{name: true})
			stems[name] = st
		}
		return surnameForm(w, st)
	}
	names := slices.Sorted(maps.Keys(last))
	elsewhere := func(w, other string, m doc.Mention) string {
		for _, l := range names {
			if !formOf(w, l) {
				continue
			}
			for _, o := range last[l] {
				if first, _, _ := strings.Cut(o, " "); o != m.Text && !formOf(other, first) && !formOf(first, other) {
					return l
				}
			}
		}
		return ""
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for m, ws := range persons(ms) {
		if len(ws) != 2 || !cyrillicName(ws[0]) || !cyrillicName(ws[1]) || r.firstName(ws[0]) {
			continue
		}
		if slices.ContainsFunc(firsts, func(f [2]string) bool {
			return f[1] != m.Text && (formOf(ws[0], f[0]) || formOf(f[0], ws[0]))
		}) {
			continue // «Нааму Иссахар» beside «Наама Иссахар» and her mother «Яффой Иссахар»
		}
		a, b := elsewhere(ws[0], ws[1], m), elsewhere(ws[1], ws[0], m)
		if a == "" || b == "" || a == b {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, end := mentionTokens(toks, m)
		if first < 0 || end != first+1 {
			continue
		}
		drop[m.Span] = true
		for _, t := range toks[first : end+1] {
			added = append(added, doc.Mention{Span: t.Span, Text: t.Text, Type: "PERSON"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}

// persons yields each PERSON mention of ms with the words of its text.
func persons(ms []doc.Mention) iter.Seq2[doc.Mention, []string] {
	return func(yield func(doc.Mention, []string) bool) {
		for _, m := range ms {
			if m.Type == "PERSON" && !yield(m, fields(m.Text)) {
				return
			}
		}
	}
}
