package tagger

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
)

// The hashes of the domains of UD Taiga and GSD (WithDomain("taiga")).
var (
	taigaDomain = domainHash("taiga")
	gsdDomain   = domainHash("gsd")
)

// emoticons makes SYM (lemma the form) the smileys of social-media text:
// an emoticon of eyes and a mouth («=)», «:(((», «;D»), in any domain, and
// in UD Taiga's domain also a closing bracket that closes nothing
// («Отдыхаем )», «Спасибо))»), which Taiga tags SYM (32 of 34 such tokens
// of its dev set; GSD, the news, has 4, all PUNCT).
func emoticons(words []string, out []Analysis, taiga bool) {
	open := 0
	for i, w := range words {
		switch {
		case w == "(":
			open++
		case isEmoticon(w):
			out[i] = Analysis{UPOS: "SYM", Lemma: w}
		case strings.Trim(w, ")") == "":
			if open > 0 {
				open--
			} else if taiga {
				out[i] = Analysis{UPOS: "SYM", Lemma: w}
			}
		}
	}
}

// isEmoticon: eyes (: ; =), an optional nose (- ^), and a mouth of brackets
// or D, P, O repeated («:)», «=)))», «;-(», «:D»).
func isEmoticon(w string) bool {
	if len(w) < 2 || !strings.ContainsRune(":;=", rune(w[0])) {
		return false
	}
	m := strings.TrimLeft(w[1:], "-^")
	if m == "" {
		return false
	}
	for _, c := range []string{")", "(", "D", "P", "O", "Р", "Д"} {
		if strings.Trim(m, c) == "" {
			return true
		}
	}
	return false
}

// digitOrdinals fixes the features of ordinals written in digits. One
// with an ending («14-го», «90-е») gets no Degree: UD GSD gives it none (23
// of 29 in its dev set) nor does Taiga (4 of 4), while the training
// corpora mark Degree=Pos on every adjective. In UD Taiga's domain a bare
// number or Roman numeral read as an ordinal («в 1925 году», «XIX век»)
// keeps only NumType (30 of 31; GSD gives case, gender and number), and an ordinal in words (первый,
// второй: NumType=Ord, which the domain's lexical additions give) no
// Degree (21 of 21; GSD, which marks no NumType, Degree=Pos on all 39).
func digitOrdinals(words []string, out []Analysis, taiga bool) {
	for i, w := range words {
		if out[i].UPOS != "ADJ" {
			continue
		}
		fs := appendFeats(nil, out[i].Feats)
		if taiga && morph.RomanLetters(w) {
			out[i].Feats = joinFeats(slices.DeleteFunc(fs, func(f string) bool { return !strings.HasPrefix(f, "NumType=") }))
			continue
		}
		if w == "" || w[0] < '0' || w[0] > '9' {
			if taiga && featValue("|"+out[i].Feats, "NumType") == "Ord" {
				out[i].Feats = joinFeats(slices.DeleteFunc(fs, func(f string) bool { return strings.HasPrefix(f, "Degree=") }))
			}
			continue
		}
		switch {
		case strings.Contains(w, "-"):
			fs = slices.DeleteFunc(fs, func(f string) bool { return strings.HasPrefix(f, "Degree=") })
		case taiga && strings.Trim(w, "0123456789") == "":
			fs = slices.DeleteFunc(fs, func(f string) bool { return !strings.HasPrefix(f, "NumType=") })
		}
		out[i].Feats = joinFeats(fs)
	}
}

// collectiveNumerals are the lemmas of the Russian collective numerals.
var collectiveNumerals = map[string]bool{
	"двое": true, "трое": true, "четверо": true, "пятеро": true, "шестеро": true,
	"семеро": true, "восьмеро": true, "девятеро": true, "десятеро": true, "оба": true, "обе": true,
}

// taigaCollectives gives the collective numerals (двое, троих, оба)
// NumType=Sets, as UD Taiga does (10 of 10 in its dev set; GSD and the
// lexical table say Card), and makes the relative который DET, as UD Taiga
// tags it (35 of 35; GSD PRON, 52 of 52, as the training data are
// converted), features unchanged.
func taigaCollectives(out []Analysis) {
	for i := range out {
		if out[i].UPOS == "PRON" && strings.ToLower(out[i].Lemma) == "который" {
			out[i].UPOS = "DET"
		}
		if out[i].UPOS == "NUM" && collectiveNumerals[strings.ToLower(out[i].Lemma)] && strings.Contains(out[i].Feats, "NumType=Card") {
			out[i].Feats = strings.Replace(out[i].Feats, "NumType=Card", "NumType=Sets", 1)
		}
	}
}

// initials makes an initial — one capital Cyrillic letter and a full stop
// («М. Горький», «А. С. Пушкин») — PROPN with Abbr=Yes and the letter as
// its lemma, as UD Taiga marks all 44 of its dev set; the tagger read some
// as the abbreviations of common words (М. метр, П. подобный).
func initials(words []string, out []Analysis) {
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if w[n:] == "." && unicode.IsUpper(r) && unicode.Is(unicode.Cyrillic, r) {
			out[i] = Analysis{UPOS: "PROPN", Feats: "Abbr=Yes", Lemma: w[:n]}
		}
	}
}

// futureBe are the future forms of быть.
var futureBe = map[string]bool{
	"буду": true, "будешь": true, "будет": true, "будем": true, "будете": true, "будут": true,
}

// futureOfBe makes the future forms of быть (буду … будут) Tense=Fut where
// the tagger said Pres: OpenCorpora marks them «non-past» like every
// imperfective present, and the training conversion turned that into Pres
// (UD GSD and Taiga dev: Fut, 23 of 23 AUX). In domain taiga they also lose
// Aspect (UD Taiga: none on its 20 future AUX; GSD Imp on its 3).
func futureOfBe(words []string, out []Analysis, taiga bool) {
	for i, w := range words {
		a := &out[i]
		if a.UPOS != "AUX" && a.UPOS != "VERB" || a.Lemma != "быть" || !futureBe[lowerWord(w)] {
			continue
		}
		fs := appendFeats(nil, a.Feats)
		if featValue("|"+a.Feats, "Tense") == "Pres" {
			fs = append(withoutKey(fs, "Tense"), "Tense=Fut")
		}
		if taiga && a.UPOS == "AUX" {
			fs = withoutKey(fs, "Aspect")
		}
		a.Feats = joinFeats(fs)
	}
}

// reflexiveParticiples gives the participles in -ся/-сь Voice=Act, not Mid
// as the dictionary map and the OpenCorpora conversion give every verb
// form in -ся: UD GSD dev has 15 Act and 1 Pass of 16, the MorphoRuEval
// 2017 sets (Lenta, JZ, VK) 32 Act of 32. Not in domain taiga: UD Taiga dev
// is split (5 Act, 5 Mid, these in its social and poetry texts, as in
// GramEval's), and its domain keeps the model's choice.
func reflexiveParticiples(words []string, out []Analysis) {
	for i, w := range words {
		a := &out[i]
		if a.UPOS != "VERB" || !strings.Contains(a.Feats, "VerbForm=Part") || !strings.Contains(a.Feats, "Voice=Mid") {
			continue
		}
		if lw := lowerWord(w); strings.HasSuffix(lw, "ся") || strings.HasSuffix(lw, "сь") {
			a.Feats = strings.Replace(a.Feats, "Voice=Mid", "Voice=Act", 1)
		}
	}
}

// imperativePerson gives an imperative with no Person Person=2, as every
// UD-style set marks it (UD GSD dev 4 of 4, UD Taiga dev 89 of 95, the
// others Person=1 of the inclusive «засушим»; MorphoRuEval and GramEval
// alike); OpenCorpora marks no person on imperatives, so the dictionary
// map and the OpenCorpora conversion give none.
func imperativePerson(out []Analysis) {
	for i := range out {
		a := &out[i]
		if (a.UPOS == "VERB" || a.UPOS == "AUX") && strings.Contains(a.Feats, "Mood=Imp") && !strings.Contains(a.Feats, "Person=") {
			a.Feats = joinFeats(append(appendFeats(nil, a.Feats), "Person=2"))
		}
	}
}
