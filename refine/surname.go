package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// surnameEndings are the endings a surname takes in the singular cases
// («Бут» → «Бута», «Буту», «Бутом», «Буте»; «Шумов» → «Шумова», «Шумовым»;
// «Петрова» → «Петровой», «Петрову»). Plural forms (-ых, -ов after the
// stem) are left out: «семья Бекхэмов» is a FAMILY.
var surnameEndings = []string{"", "а", "у", "ом", "е", "ым", "ой", "ою", "ы", "ого", "ому", "им", "ем", "ий"}

// surnames adds a PERSON for each capitalized word inside a sentence that
// is, in one of its singular case forms, the last word of a person's name
// of two words or more found in the document («Виктор Бут» … «Бута
// экстрадировали»), when no mention overlaps it, and retypes a one-word
// mention of it typed as an event, a place, a product or (no adjective)
// an organization, at the start of a
// sentence too («Дубовицкий перейдет» read as a CITY): the recognizer
// misses surnames that are also common words (бут, брод, шумов). In NEREL
// v1.1 train such words are inside a PERSON in 6 328 of 6 340 cases (the
// rest are inside quoted names, «Клан Сопрано», or family names). A word
// opening a sentence is added only in the very form of the full name («Бут
// не признал себя виновным»): in NEREL v1.1 train 407 of the 408 words so
// placed are inside a gold PERSON (the other, «Слуцкий ответил», is
// untagged), and NEREL dev has three the recognizer left out («Дом
// отметил», «Толедо сбежал в США»). A word opening a sentence in another
// case form counts too unless it is a form of a first word of the names
// («Шумилову 47 лет» after «Алексей Шумилов»; «Кудрявцев ранее занимал»
// after «Максима Кудрявцева»; twenty-second session): in NEREL v1.1 train
// and dev 48 of the 50 such words are inside a gold PERSON (the 2 others,
// «Дэвид» of a «… Дэвида», are what firstNameForm leaves out); the
// recognizer had all of train's, and dev gains «Кравцову 39 лет», right.
func (r *Refiner) surnames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	names := map[string]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		if _, last, many := outerFields(m.Text); many && surnameWord(last) {
			names[last] = true
		}
	}
	if len(names) == 0 {
		return ms
	}
	firsts := map[string]bool{} // the first words of the names (not a surname's form at a sentence's start)
	for _, m := range ms {
		if first, _, many := outerFields(m.Text); m.Type == "PERSON" && many {
			firsts[first] = true
		}
	}
	ms = r.splitPersons(text, sents, ms, names)
	ms = r.kinPairs(text, sents, ms, names)
	ms = r.surnamePlaces(text, sents, ms, names)
	ms = r.surnamePairs(text, sents, ms)
	stems := surnameStems(names)
	retype := map[doc.Span]bool{}
	var added []doc.Mention
	for _, s := range sents {
		for i, t := range s.Tokens {
			if !surnameWord(t.Text) || !surnameForm(t.Text, stems) || quotedSurname(s.Tokens, i) {
				continue
			}
			kind := ""
			for _, m := range ms {
				if m.Overlaps(t.Span) {
					kind = m.Type
					if m.Span == t.Span && retypableAsPerson[m.Type] && (m.Type != "ORGANIZATION" || r.adjectiveReadingCases(t.Text) == 0) {
						retype[t.Span] = true
					}
					break
				}
			}
			// (a capital opening a sentence proves little: there the word
			// must be the surname as the full name writes it, «Бут не
			// признал», «Брод напомнил»)
			if kind == "" && (i > 0 || names[t.Text] || !firstNameForm(t.Text, firsts)) && (t.Start == 0 || unicode.IsSpace(text[t.Start-1]) || i > 0 && text[t.Start-1] != '.') { // (not «Коми» of «Дж.Коми»: the initial is the name's)
				added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "PERSON"})
			}
		}
	}
	if len(retype) > 0 {
		out := make([]doc.Mention, len(ms))
		for i, m := range ms {
			if retype[m.Span] && retypableAsPerson[m.Type] {
				m.Type = "PERSON"
			}
			out[i] = m
		}
		ms = out
	}
	return withAdded(ms, added)
}

// retypableAsPerson are the types of one-word mentions of a surname that
// surnames makes persons: an organization only when the word has no
// adjective reading («Визбора» read as an ORGANIZATION after «Юрий Визбор»;
// not «солисты Большого», the theatre, in a text naming a «… Большой»).
var retypableAsPerson = map[string]bool{"ORGANIZATION": true, "EVENT": true, "CITY": true, "PRODUCT": true, "DISEASE": true, "CRIME": true, "LOCATION": true, "PROFESSION": true}

// surnameWord reports whether w is a cyrillicName or two joined by a
// hyphen, a double surname («Римского-Корсакова»).
func surnameWord(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return cyrillicName(w) || ok && cyrillicName(a) && cyrillicName(b)
}

// cyrillicName reports whether w is a capitalized Cyrillic word of three
// letters or more with no capital after the first.
func cyrillicName(w string) bool {
	n := 0
	for i := 0; i < len(w); n++ {
		// (А–Я and Ё first, а–я and ё after, by their bytes)
		if i+1 < len(w) {
			b, c := w[i], w[i+1]
			if i == 0 && b == 0xD0 && (0x90 <= c && c <= 0xAF || c == 0x81) ||
				i > 0 && (b == 0xD0 && 0xB0 <= c && c <= 0xBF || b == 0xD1 && (0x80 <= c && c <= 0x8F || c == 0x91)) {
				i += 2
				continue
			}
		}
		c, size := nextRune(w, i)
		if !isCyrillic(c) || i == 0 && !tokenize.IsUpper(c) || i > 0 && !tokenize.IsLower(c) {
			return false
		}
		i += size
	}
	return n >= 3
}

// surnameStems returns the stems of names whose case forms surnameForm
// reads: each name, and it without a final «а», «я», «ий», «ой», «ая»,
// «ого» or «ому» («Дубовицкого» gives «Дубовицкий»).
func surnameStems(names map[string]bool) map[string]bool {
	stems := map[string]bool{}
	for name := range names {
		stems[name] = true
		for _, end := range []string{"ого", "ому", "ая", "ий", "ой", "а", "я"} {
			if s, ok := strings.CutSuffix(name, end); ok && len([]rune(s)) >= 3 {
				stems[s] = true
			}
		}
	}
	return stems
}

// surnameForm reports whether w is a singular case form of a name: a stem
// of surnameStems and an ending of surnameEndings (the name itself with
// the empty one).
func surnameForm(w string, stems map[string]bool) bool {
	for stem := range stems {
		if rest, ok := strings.CutPrefix(w, stem); ok && slices.Contains(surnameEndings, rest) {
			return true
		}
	}
	return false
}

// firstNameForm reports whether w opens with one of firsts, the first
// words of the document's names, less a last letter («Дэвида» of «Дэвид»,
// «Анне» of «Анна»): a form of a first name, no surname.
func firstNameForm(w string, firsts map[string]bool) bool {
	for f := range firsts {
		rs := []rune(f)
		if len(rs) >= 3 && strings.HasPrefix(w, string(rs[:len(rs)-1])) {
			return true
		}
	}
	return false
}

// quoted reports whether toks[i] follows an opening guillemet with no
// closing one between.
func quoted(toks []doc.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].Text {
		case "«":
			return true
		case "»":
			return false
		}
	}
	return false
}

// surnameQuoteSpan bounds how far before a word quotedSurname looks for the
// opening quote of a name.
const surnameQuoteSpan = 6

// quotedSurname reports whether the token at toks[i] stands in a quoted name
// («Клан Сопрано»): after an opening quote not closed before it, at most
// surnameQuoteSpan tokens back with no comma between. A word further in
// quotes is in quoted speech («Суд … избрал в отношении Хотина меру
// пресечения», — говорится в сообщении; twenty-third session), where a
// surname is a person's as anywhere.
func quotedSurname(toks []doc.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-surnameQuoteSpan; k-- {
		switch toks[k].Text {
		case "«":
			return true
		case "»", ",":
			return false
		}
	}
	return false
}
