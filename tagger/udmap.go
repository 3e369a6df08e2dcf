package tagger

import (
	"html"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
)

// Analysis is one candidate reading of a word in Universal Dependencies
// terms: a UPOS, the universal features (canonical "Key=Val|Key=Val" order,
// "" for none) and a lemma.
type Analysis struct {
	UPOS  string
	Feats string
	Lemma string
}

// Tag returns the analysis's tag as one string, "UPOS" or "UPOS|Feats".
func (a Analysis) Tag() string {
	if a.Feats == "" {
		return a.UPOS
	}
	return a.UPOS + "|" + a.Feats
}

// SplitTag splits a tag made by Analysis.Tag into UPOS and features.
func SplitTag(tag string) (upos, feats string) {
	upos, feats, _ = strings.Cut(tag, "|")
	return upos, feats
}

// UniversalFeatures is the set of features the CoNLL 2018 shared task scores
// as UFeats (conll18_ud_eval.py). The tagger predicts only these.
var UniversalFeatures = map[string]bool{
	"PronType": true, "NumType": true, "Poss": true, "Reflex": true, "Foreign": true,
	"Abbr": true, "Gender": true, "Animacy": true, "Number": true, "Case": true,
	"Definite": true, "Degree": true, "VerbForm": true, "Mood": true, "Tense": true,
	"Aspect": true, "Voice": true, "Evident": true, "Polarity": true, "Person": true,
	"Polite": true,
}

// UniversalFeats keeps the universal features of a CoNLL-U FEATS value and
// returns them sorted by key (case-insensitively, as CoNLL-U wants), "" for
// none or "_".
func UniversalFeats(feats string) string {
	if feats == "" || feats == "_" {
		return ""
	}
	parts := strings.Split(feats, "|")
	out := parts[:0]
	for _, p := range parts {
		k, _, ok := strings.Cut(p, "=")
		if ok && UniversalFeatures[k] {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return strings.Join(out, "|")
}

// posMap maps an OpenCorpora part of speech to its UD UPOS and the features
// every form of that part of speech carries. Lexical and grammeme-dependent
// refinements (PROPN, DET, AUX, CCONJ/SCONJ, ADV comparatives, SYM) are made
// in FromOpenCorpora.
var posMap = map[morph.Grammeme]struct {
	upos  string
	feats []string
}{
	morph.NOUN: {"NOUN", nil},
	morph.ADJF: {"ADJ", []string{"Degree=Pos"}},
	morph.ADJS: {"ADJ", []string{"Degree=Pos"}},
	morph.COMP: {"ADJ", []string{"Degree=Cmp"}},
	morph.VERB: {"VERB", []string{"VerbForm=Fin"}},
	morph.INFN: {"VERB", []string{"VerbForm=Inf"}},
	morph.PRTF: {"VERB", []string{"VerbForm=Part"}},
	morph.PRTS: {"VERB", []string{"VerbForm=Part"}},
	morph.GRND: {"VERB", []string{"VerbForm=Conv"}},
	morph.NUMR: {"NUM", nil},
	morph.ADVB: {"ADV", []string{"Degree=Pos"}},
	morph.NPRO: {"PRON", nil},
	morph.PRED: {"ADV", []string{"Degree=Pos"}},
	morph.PREP: {"ADP", nil},
	morph.CONJ: {"SCONJ", nil},
	morph.PRCL: {"PART", nil},
	morph.INTJ: {"INTJ", nil},
	morph.NUMB: {"NUM", nil},
	morph.ROMN: {"NUM", nil},
	morph.LATN: {"X", []string{"Foreign=Yes"}},
	morph.PNCT: {"PUNCT", nil},
	morph.UNKN: {"X", nil},
}

// featMap maps OpenCorpora grammemes to UD features. Grammemes not listed
// (Qual, Sgtm, Fixd, tran/intr, Ms-f, Infr, …) have no UD counterpart.
var featMap = map[morph.Grammeme]string{
	morph.Nomn: "Case=Nom", morph.Gent: "Case=Gen", morph.Gen1: "Case=Gen", morph.Gen2: "Case=Gen",
	morph.Datv: "Case=Dat", morph.Accs: "Case=Acc", morph.Acc2: "Case=Acc", morph.Ablt: "Case=Ins",
	morph.Loct: "Case=Loc", morph.Loc1: "Case=Loc", morph.Loc2: "Case=Loc", morph.Voct: "Case=Voc",
	morph.Sing: "Number=Sing", morph.Plur: "Number=Plur",
	morph.Masc: "Gender=Masc", morph.Femn: "Gender=Fem", morph.Neut: "Gender=Neut",
	morph.Anim: "Animacy=Anim", morph.Inan: "Animacy=Inan",
	morph.Perf: "Aspect=Perf", morph.Impf: "Aspect=Imp",
	morph.Pres: "Tense=Pres", morph.Past: "Tense=Past", morph.Futr: "Tense=Fut",
	morph.Indc: "Mood=Ind", morph.Impr: "Mood=Imp",
	morph.Per1: "Person=1", morph.Per2: "Person=2", morph.Per3: "Person=3",
	morph.Supr: "Degree=Sup",
}

// coordinating lists the OpenCorpora CONJ lemmas UD Russian tags CCONJ; all
// other conjunctions are SCONJ.
var coordinating = map[string]bool{
	"и": true, "а": true, "но": true, "или": true, "либо": true, "да": true, "ни": true,
	"зато": true, "однако": true, "то": true, "иль": true, "али": true, "причем": true,
	"притом": true, "тоже": true, "также": true, "не": true, "ан": true, "иначе": true,
}

// adverbialConj are OpenCorpora CONJ lemmas that UD Russian GSD and Taiga
// tag ADV (parenthetical words).
var adverbialConj = map[string]bool{"например": true, "впрочем": true, "по-видимому": true}

// predicativeVerbs are the predicatives (OpenCorpora PRED or ADVB) that UD
// Russian GSD and Taiga tag VERB with no features.
var predicativeVerbs = map[string]bool{"можно": true, "надо": true}

// IsPredicativeVerb reports whether UD Russian tags the lemma VERB with no
// features (можно, надо).
func IsPredicativeVerb(lemma string) bool { return predicativeVerbs[lemma] }

// IsAdverbialConj reports whether UD Russian tags the OpenCorpora
// conjunction lemma ADV (например).
func IsAdverbialConj(lemma string) bool { return adverbialConj[lemma] }

// nameMarks are the OpenCorpora grammemes that make a noun a UD PROPN.
var nameMarks = []morph.Grammeme{morph.Name, morph.Surn, morph.Patr, morph.Geox, morph.Orgn, morph.Trad}

// FromOpenCorpora maps one OpenCorpora analysis to its UD readings (one or
// two: быть is AUX or VERB, comparatives ADJ or ADV, Latin words X or PROPN,
// non-letter tokens PUNCT or SYM). Lemmas are lower-cased with ё → е, as in
// UD Russian GSD and Taiga; proper-noun lemmas are capitalised as the word.
// The table is documented in docs/tagger.md.
func FromOpenCorpora(word string, p morph.Parse) []Analysis {
	return appendFromOpenCorpora(nil, word, p)
}

// appendFromOpenCorpora is FromOpenCorpora appending to dst.
func appendFromOpenCorpora(dst []Analysis, word string, p morph.Parse) []Analysis {
	t := p.Tag
	ud := udOfTag(t, p.Word)
	pos := ud.pos
	lemma := normLemma(p.Normal)
	upos, feats := ud.upos, ud.feats
	switch pos {
	case morph.ADJF:
		if upos == "DET" && lemma == "который" {
			upos = "PRON"
		}
		if upos == "DET" && AdjectiveDeterminer(lemma) {
			upos, feats = "ADJ", joinFeats(append(appendFeats(nil, feats), "Degree=Pos"))
		}
	case morph.NPRO:
		if lemma == "весь" {
			lemma = "все"
			if t.Is(morph.Sing) {
				lemma = "всё"
			}
		}
	case morph.PREP, morph.INTJ:
		lemma = normLemma(word)
	case morph.PRCL:
		lemma = normLemma(word)
		switch lemma {
		case "не", "ни":
			feats = joinFeats(appendFeats([]string{"Polarity=Neg"}, feats))
		case "бы", "б":
			feats = joinFeats(appendFeats([]string{"Mood=Cnd"}, feats))
		}
	case morph.CONJ:
		lemma = normLemma(word)
		if coordinating[lemma] {
			upos = "CCONJ"
		}
		if adverbialConj[lemma] {
			upos, feats = "ADV", "Degree=Pos"
		}
	case morph.PRED, morph.ADVB:
		if predicativeVerbs[lemma] {
			upos, feats = "VERB", ""
		}
	}
	a := Analysis{UPOS: upos, Feats: feats, Lemma: lemma}
	start := len(dst)
	dst = append(dst, a)
	switch {
	case (pos == morph.VERB || pos == morph.INFN || pos == morph.GRND) && lemma == "быть":
		dst = append(dst, a)
		dst[start].UPOS = "AUX"
	case pos == morph.COMP:
		b := a
		b.UPOS = "ADV"
		dst = append(dst, b)
	case pos == morph.LATN:
		a.Lemma = strings.ToLower(word)
		dst = append(dst[:start], a, Analysis{UPOS: "PROPN", Feats: "Foreign=Yes", Lemma: word}, Analysis{UPOS: "X", Lemma: a.Lemma})
	case t.Is(morph.Init):
		dst[start].Lemma = word
	case t.Is(morph.Patr):
		dst[start].Lemma = patronymicLemma(normLemma(word), t.Is(morph.Femn), lemma)
	case pos == morph.PNCT || pos == morph.UNKN:
		dst[start].Lemma = word
		if IsDigitGroup(word) {
			dst[start].UPOS = "NUM"
		} else if !hasLetter(word) {
			sym := Analysis{UPOS: "SYM", Lemma: word}
			punct := Analysis{UPOS: "PUNCT", Lemma: word}
			switch {
			case isQuoteMarks(word) || isPlainPunct(word):
				dst = append(dst[:start], punct)
			case pos == morph.PNCT:
				dst = append(dst, sym)
			case isPunct(word):
				dst = append(dst[:start], punct, sym)
			default:
				dst = append(dst[:start], sym, punct)
			}
		}
	case pos == morph.NUMB || pos == morph.ROMN:
		dst[start].Lemma = word
		if pos == morph.ROMN {
			dst = append(dst, Analysis{UPOS: "ADJ", Lemma: word}, Analysis{UPOS: "X", Lemma: word})
		}
	}
	for i := start; i < len(dst); i++ {
		if dst[i].UPOS == "PROPN" {
			dst[i].Lemma = properLemma(word, dst[i].Lemma)
		}
	}
	return dst
}

func appendFeats(fs []string, feats string) []string {
	if feats != "" {
		fs = append(fs, strings.Split(feats, "|")...)
	}
	return fs
}

// patronymicLemma is the lemma of a patronymic in UD GSD and Taiga (and
// opencorpora-unamb): the patronymic itself in the nominative singular of
// its gender (Николаевичем → николаевич, Алексеевны → алексеевна),
// where the dictionary gives the father's name (николай, алексей). w is
// the lower-cased form; normal, the dictionary's lemma, is kept for a
// form with no patronymic suffix.
func patronymicLemma(w string, femn bool, normal string) string {
	if !femn {
		if i := strings.LastIndex(w, "ич"); i > 0 {
			return w[:i+len("ич")]
		}
		return normal
	}
	i := max(strings.LastIndex(w, "вн"), strings.LastIndex(w, "чн"))
	if i <= 0 {
		return normal
	}
	return w[:i+len("вн")] + "а"
}

// tagUD is the part of an OpenCorpora tag's UD reading that depends on the
// tag alone (and, for verb forms, on whether the form ends in -ся/-сь): the
// UPOS before lexical refinements and the features.
type tagUD struct {
	pos         morph.Grammeme
	upos, feats string
}

type tagKey struct {
	tag string
	mid bool
}

// tagUDMemo caches udOfTag: a few thousand distinct tags occur, and
// building and sorting the feature string is most of the mapping's cost.
var tagUDMemo sync.Map // tagKey → tagUD

// udOfTag maps the grammemes of t (form the analysed word) to UD.
func udOfTag(t morph.Tag, form string) tagUD {
	pos := t.POS()
	k := tagKey{tag: t.String()}
	switch pos {
	case morph.VERB, morph.INFN, morph.GRND, morph.PRTF, morph.PRTS:
		k.mid = strings.HasSuffix(form, "ся") || strings.HasSuffix(form, "сь")
	}
	if k.tag != "" {
		if v, ok := tagUDMemo.Load(k); ok {
			return v.(tagUD)
		}
	}
	v := computeUDOfTag(t, pos, k.mid)
	if k.tag != "" {
		tagUDMemo.Store(k, v)
	}
	return v
}

func computeUDOfTag(t morph.Tag, pos morph.Grammeme, mid bool) tagUD {
	base, ok := posMap[pos]
	if !ok {
		base = posMap[morph.UNKN]
	}
	upos := base.upos
	feats := make([]string, 0, 8)
	feats = append(feats, base.feats...)
	for _, g := range t.Grammemes() {
		if f, ok := featMap[g]; ok {
			feats = append(feats, f)
		}
	}
	voice := func(passive bool) string {
		switch {
		case passive:
			return "Voice=Pass"
		case mid:
			return "Voice=Mid"
		}
		return "Voice=Act"
	}
	switch pos {
	case morph.NOUN:
		for _, g := range nameMarks {
			if t.Is(g) {
				upos = "PROPN"
				break
			}
		}
	case morph.ADJF:
		if t.Is(morph.Apro) {
			upos = "DET"
			feats = without(feats, "Degree=Pos")
		}
		if t.Is(morph.Supr) {
			feats = without(feats, "Degree=Pos")
		}
		if !t.Is(morph.Accs) {
			feats = withoutKey(feats, "Animacy")
		}
	case morph.ADJS:
		feats = withoutKey(feats, "Case")
	case morph.VERB, morph.INFN, morph.GRND:
		feats = append(feats, voice(false))
		if pos == morph.VERB && !t.Is(morph.Impr) && !t.Is(morph.Indc) {
			feats = append(feats, "Mood=Ind")
		}
		if pos == morph.VERB && t.Is(morph.Past) {
			feats = withoutKey(feats, "Person")
		}
		if pos == morph.GRND && !t.Is(morph.Past) && !t.Is(morph.Pres) {
			if t.Is(morph.Perf) {
				feats = append(feats, "Tense=Past")
			} else {
				feats = append(feats, "Tense=Pres")
			}
		}
	case morph.PRTF, morph.PRTS:
		feats = append(feats, voice(t.Is(morph.Pssv)))
		if pos == morph.PRTS {
			feats = withoutKey(feats, "Case")
		}
		if !t.Is(morph.Accs) {
			feats = withoutKey(feats, "Animacy")
		}
	case morph.PRED:
		feats = withoutKey(feats, "Tense")
	case morph.NUMR:
		if !t.Is(morph.Accs) {
			feats = withoutKey(feats, "Animacy")
		}
	}
	return tagUD{pos: pos, upos: upos, feats: joinFeats(feats)}
}

func without(fs []string, f string) []string {
	return slices.DeleteFunc(fs, func(x string) bool { return x == f })
}

func withoutKey(fs []string, key string) []string {
	return slices.DeleteFunc(fs, func(x string) bool { return strings.HasPrefix(x, key+"=") })
}

// joinFeats sorts and deduplicates features (one value per key, the first)
// and joins them with "|".
func joinFeats(fs []string) string {
	if len(fs) == 0 {
		return ""
	}
	slices.SortStableFunc(fs, func(a, b string) int {
		ka, _, _ := strings.Cut(a, "=")
		kb, _, _ := strings.Cut(b, "=")
		return strings.Compare(strings.ToLower(ka), strings.ToLower(kb))
	})
	out := fs[:1]
	for _, f := range fs[1:] {
		k, _, _ := strings.Cut(f, "=")
		pk, _, _ := strings.Cut(out[len(out)-1], "=")
		if k != pk {
			out = append(out, f)
		}
	}
	return strings.Join(out, "|")
}

// normLemma lower-cases a lemma and spells ё as е, as UD Russian lemmas do.
func normLemma(s string) string {
	if isLowerNoYo(s) {
		return s
	}
	s = strings.ToLower(s)
	if strings.Contains(s, "ё") {
		s = strings.ReplaceAll(s, "ё", "е")
	}
	return s
}

// properLemma capitalises a proper-noun lemma like its word: all capitals
// for an all-capital word of two or more letters, else the first letter.
//
// An initial's lemma is its letter: «А.» → «А» (UD Taiga).
func properLemma(word, lemma string) string {
	if r, n := utf8.DecodeRuneInString(word); n > 0 && word[n:] == "." && unicode.IsUpper(r) {
		return word[:n]
	}
	if lemma == "" {
		return lemma
	}
	if isUpperWord(word) {
		if utf8.RuneCountInString(word) <= 4 && !strings.ContainsAny(word, "-.") {
			// an acronym (САУ, БМРА, ТЭЦ) is its own lemma: an ending
			// rule would cut it (СА, БМР); UD GSD and Taiga keep it
			return word
		}
		return strings.ToUpper(lemma)
	}
	r := []rune(lemma)
	r[0] = toUpperRune(r[0])
	if strings.Contains(word, "-") && strings.Count(word, "-") == strings.Count(lemma, "-") {
		// hyphenated names: each part capitalised as in the word
		// (Санкт-Петербурге → Санкт-Петербург, Мак-Кинли, Оса-АКМ)
		wp, lp := strings.Split(word, "-"), strings.Split(string(r), "-")
		for k := 1; k < len(lp); k++ {
			switch {
			case isUpperWord(wp[k]):
				lp[k] = strings.ToUpper(lp[k])
			case lp[k] != "" && wp[k] != "":
				if w0, _ := utf8.DecodeRuneInString(wp[k]); unicode.IsUpper(w0) {
					lr := []rune(lp[k])
					lr[0] = toUpperRune(lr[0])
					lp[k] = string(lr)
				}
			}
		}
		return strings.Join(lp, "-")
	}
	return string(r)
}

func toUpperRune(r rune) rune {
	return []rune(strings.ToUpper(string(r)))[0]
}

func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if isLetter(r) {
			if strings.ToUpper(string(r)) != string(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func isLetter(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= 'а' && r <= 'я') || (r >= 'А' && r <= 'Я') || r == 'ё' || r == 'Ё' || (r > 0x7f && r >= 0xc0 && r < 0x2000)
}

func hasLetter(w string) bool {
	for _, r := range w {
		if isLetter(r) {
			return true
		}
	}
	return false
}

// Coordinating reports whether UD Russian tags the conjunction lemma CCONJ
// (и, а, но, или, …) rather than SCONJ.
func Coordinating(lemma string) bool { return coordinating[lemma] }

// ProperLemma capitalises a proper-noun lemma like its word form: all
// capitals for an all-capital word of two or more letters (ДНР), else the
// first letter (Алиса).
func ProperLemma(word, lemma string) string { return properLemma(word, lemma) }

// IsPassiveParticiple reports whether the dictionary reads the lower-cased
// word as a passive participle (full or short).
func IsPassiveParticiple(word string) bool {
	a, err := morph.Default()
	if err != nil {
		return false
	}
	for _, p := range a.Parse(word) {
		if pos := p.Tag.POS(); (pos == morph.PRTF || pos == morph.PRTS) && p.Tag.Is(morph.Pssv) {
			return true
		}
	}
	return false
}

// AdjectiveDeterminer reports a lemma that the dictionary marks as a
// pronominal adjective (Apro, mapped to DET) and that UD GSD and Taiga
// both tag ADJ with Degree=Pos: данный (10 of 10; OpenCorpora has DET 37
// times, ADJ 15).
func AdjectiveDeterminer(lemma string) bool { return lemma == "данный" }

// IsDigitGroup reports whether w is a number written as groups of digits
// joined by . , : / or a hyphen or minus sign (7,5, 3.0, 25:7, 12.03.2005,
// 2007/08, 4-6): NUM in UD GSD and Taiga (36 of 37 such words), where
// OpenCorpora has X and the dictionary SYM for some.
func IsDigitGroup(w string) bool {
	digits, groups := 0, 0 // digits of the current group; groups closed
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(".,:/-−", r) && digits > 0:
			digits, groups = 0, groups+1
		default:
			return false
		}
	}
	return digits > 0 && groups > 0
}

// isQuoteMarks reports whether w is made of quotation marks only, typed
// as two backquotes or two apostrophes, or written as HTML character references
// (&#39;&#39;, &quot;): always PUNCT in UD.
func isQuoteMarks(w string) bool {
	if strings.Contains(w, "&") {
		w = html.UnescapeString(w)
	}
	for _, r := range w {
		if r != '`' && r != '\'' && r != '"' {
			return false
		}
	}
	return w != ""
}

// isPlainPunct reports whether w is made of sentence punctuation that UD
// Russian never tags SYM: commas, stops, colons, question and exclamation
// marks, dashes, guillemets and double quotes (brackets, which Taiga tags
// SYM in smileys such as «)))», and %, / are not).
func isPlainPunct(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune(",.:;!?…—–-«»„“”\"", r) {
			return false
		}
	}
	return w != ""
}

// isPunct reports whether w consists of punctuation marks only (quotes
// written as “ and ” included).
//
// HTML character references are read first: UD GSD writes a closing
// quote as «&#39;&#39;», which is punctuation, not a symbol.
func isPunct(w string) bool {
	if strings.Contains(w, "&") {
		w = html.UnescapeString(w)
	}
	for _, r := range w {
		if !unicode.IsPunct(r) && r != '`' && r != '\'' {
			return false
		}
	}
	return w != ""
}
