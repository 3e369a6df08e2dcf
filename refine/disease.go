package refine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// diseaseLemmas are the lemmas of disease names (lower case, ё written е).
// In NEREL train the ones it has are DISEASE in 98 of their 100
// occurrences (рак 27 of 27, инсульт 11 of 11, пневмония 9 of 9, …;
// аллергия, 0 of 2, is not listed). Train predates COVID-19, so the
// recognizer never saw the pandemic's names (коронавирус, COVID-19,
// SARS-CoV-2), which it read as products and numbers or missed.
var diseaseLemmas = map[string]bool{
	"грипп": true, "рак": true, "инсульт": true, "инфаркт": true, "туберкулез": true, "вич": true,
	"спид": true, "малярия": true, "холера": true, "чума": true, "оспа": true, "корь": true,
	"пневмония": true, "диабет": true, "гепатит": true, "лейкемия": true, "лейкоз": true,
	"астма": true, "бронхит": true, "менингит": true, "инфекция": true, "цирроз": true, "эбола": true,
	"лихорадка": true, "аутизм": true, "депрессия": true, "шизофрения": true, "альцгеймер": true,
	"паркинсон": true, "ожирение": true, "гипертония": true, "орви": true, "полиомиелит": true,
	"краснуха": true, "бешенство": true, "сифилис": true, "дифтерия": true, "столбняк": true,
	"коронавирус": true, "коронавирусный": true, "covid-19": true, "covid": true, "ковид": true,
	"sars-cov-2": true, "омикрон": true,
	// conditions of injury and acute states, which NEREL dev tags as
	// DISEASE («удалив субдуральную гематому», «сильное кровотечение», «упал
	// в обморок», «диагностировали одышку»); train has them once
	// («кровотечение», DISEASE), so the recognizer does not know them
	"гематома": true, "кровотечение": true, "обморок": true, "одышка": true, "аневризма": true,
}

// diseases makes DISEASE mentions of the words whose likeliest lemma is a
// disease name (diseaseLemmas), a run of them one mention («коронавирусной
// инфекции», «коронавирус SARS-CoV-2»; an adjective alone too, as NEREL
// tags the adjectives of places as the places), unless a DISEASE mention
// already covers them. A mention of another type with exactly that span («COVID-19»
// as a PRODUCT or a NUMBER) is replaced, and so is one of a single word of
// a longer run («SARS-CoV-2» in «коронавирусом SARS-CoV-2» as a PRODUCT),
// which NEREL tags as a DISEASE nested in the run's.
func (r *Refiner) diseases(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var runs []doc.Span
	words := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if !r.disease(toks[i].Text) {
				continue
			}
			j := i
			for j+1 < len(toks) && r.disease(toks[j+1].Text) {
				j++
			}
			runs = append(runs, doc.Span{Start: toks[i].Start, End: toks[j].End})
			for _, t := range toks[i : j+1] {
				words[t.Span] = true
			}
			i = j
		}
	}
	if len(runs) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(runs))
	replaced := map[doc.Span]bool{}
	for _, sp := range runs {
		covered := false
		for _, m := range ms {
			if m.Type == "DISEASE" && m.Start <= sp.Start && sp.End <= m.End {
				covered = true
			}
		}
		if !covered {
			replaced[sp] = true
			out = append(out, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "DISEASE"})
		}
	}
	for _, m := range ms {
		switch {
		case replaced[m.Span]:
		case words[m.Span] && m.Type != "DISEASE":
			m.Type = "DISEASE"
			out = append(out, m)
		default:
			out = append(out, m)
		}
	}
	return sortedMentions(out) // Refine drops the duplicates
}

// diseaseStarts holds the first three letters of each disease lemma (the
// whole lemma when shorter): a word starting otherwise is not parsed.
var diseaseStarts = func() map[string]bool {
	m := map[string]bool{}
	for l := range diseaseLemmas {
		m[tokenize.Prefix(l, 3)] = true
	}
	return m
}()

// diseasePairs holds, in row a and bit b, the pairs of letters а–я
// (numbered 0–31, ё as е) that begin a key of diseaseStarts, and
// diseaseASCII the ASCII bytes that begin one: a word whose first two
// letters, folded, are not such a pair (or whose first byte is ASCII and
// not such a byte) folds to no key. disease asks it before it folds.
var diseasePairs, diseaseASCII = func() (p [32]uint32, a [128]bool) {
	for k := range diseaseStarts {
		if k != "" && k[0] < utf8.RuneSelf {
			a[k[0]] = true
			continue
		}
		x, ok1 := basicLetter(k, 0)
		y, ok2 := basicLetter(k, 2)
		switch {
		case ok1 && ok2:
			p[x] |= 1 << y
		case ok1: // (a key of one letter, or of another second rune: any second letter)
			p[x] = ^uint32(0)
		}
		// (a key of another first rune: mayStartDisease says true of every
		// word of such a first rune)
	}
	return p, a
}()

// basicLetter returns the number (0–31, ё as е) of the letter А–Я, а–я,
// Ё or ё at byte i of w, folded; ok is false for any other rune there.
func basicLetter(w string, i int) (n uint, ok bool) {
	if i+1 >= len(w) {
		return 0, false
	}
	switch b, c := w[i], w[i+1]; {
	case b == 0xD0 && 0x90 <= c && c <= 0xBF: // А–Я, а–п
		return uint(c-0x90) & 31, true
	case b == 0xD1 && 0x80 <= c && c <= 0x8F: // р–я
		return uint(c-0x80) + 16, true
	case b == 0xD0 && c == 0x81, b == 0xD1 && c == 0x91: // Ё, ё
		return 5, true
	}
	return 0, false
}

// mayStartDisease reports whether w may begin as a key of diseaseStarts
// once folded: false only when it cannot (diseasePairs).
func mayStartDisease(w string) bool {
	if w == "" {
		return true
	}
	if b := w[0]; b < utf8.RuneSelf {
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		return diseaseASCII[b]
	}
	x, ok1 := basicLetter(w, 0)
	y, ok2 := basicLetter(w, 2)
	return !ok1 || !ok2 || diseasePairs[x]&(1<<y) != 0
}

// disease reports whether the likeliest lemma of w is a disease name.
func (r *Refiner) disease(w string) bool {
	if !mayStartDisease(w) {
		return false
	}
	// fold maps rune to rune, so the first three letters folded are
	// those of the folded word, without folding all of it.
	if !diseaseStarts[fold(tokenize.Prefix(w, 3))] {
		return false
	}
	folded := r.facts(w).folded // (fold(w))
	l := folded
	if ps := r.parse(w); len(ps) > 0 {
		l = fold(ps[0].Normal)
	}
	// (the word itself too: the guesser declines an acronym, «ОРВИ»)
	return diseaseLemmas[l] || diseaseLemmas[strings.TrimSuffix(l, ".")] || diseaseLemmas[folded]
}

// namedEraDiseases drops a DISEASE mention of one word after a capitalized
// adjective inside the sentence («во время Золотой лихорадки», «после
// времён Великой депрессии», «„Золотая лихорадка“»): the capital makes the
// two words the name of an era, an event or a work, not an illness. NEREL
// never tags a DISEASE after such an adjective (train and dev: 0 of the 1
// after a sentence's first word, «Тяжелое ранение»), and the recognizer and
// diseases gave 2 such DISEASEs on train and 2 on dev, none NEREL's. The
// sentence's first word, or the first after an opening quote, is
// capitalized whatever it is and is not asked.
func (r *Refiner) namedEraDiseases(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "DISEASE" || strings.Contains(m.Text, " ") {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, _ := mentionTokens(toks, m)
		adj := first - 1 // the word before the mention
		if adj < 1 || adj == 1 && tokenize.IsQuote([]rune(toks[0].Text)[0]) {
			continue // (the sentence's first word, or a quote's that opens it)
		}
		if rs := []rune(toks[adj].Text); len(rs) >= 3 && tokenize.IsUpper(rs[0]) && r.likeliest(toks[adj].Text) == morph.ADJF {
			drop[m] = true
		}
	}
	if len(drop) == 0 {
		return ms
	}
	return slices.DeleteFunc(slices.Clone(ms), func(m doc.Mention) bool { return drop[m] })
}
