package names

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// udGrammemes maps the UD feature values a hint uses to morph grammemes.
var udGrammemes = map[string]morph.Grammeme{
	"Case=Nom": morph.Nomn, "Case=Gen": morph.Gent, "Case=Dat": morph.Datv, "Case=Acc": morph.Accs,
	"Case=Ins": morph.Ablt, "Case=Loc": morph.Loct, "Case=Voc": morph.Voct,
	"Gender=Masc": morph.Masc, "Gender=Fem": morph.Femn, "Gender=Neut": morph.Neut,
	"Number=Sing": morph.Sing, "Number=Plur": morph.Plur,
}

// Hints turns tokens a contextual tagger has read (UD features, as
// tagger.Model.Tag fills them) into one Hint each; nil when the tokens carry
// no tags. Only nouns, proper nouns and adjectives give a lemma.
func Hints(toks []doc.Token) []Hint {
	if len(toks) == 0 || toks[0].POS == "" {
		return nil
	}
	out := make([]Hint, len(toks))
	for i, t := range toks {
		h := &out[i]
		for _, f := range strings.Split(t.Feats, "|") {
			g := udGrammemes[f]
			switch {
			case g == 0:
			case strings.HasPrefix(f, "Case="):
				h.Case = g
			case strings.HasPrefix(f, "Gender="):
				h.Gender = g
			default:
				h.Number = g
			}
		}
		if t.POS == "NOUN" || t.POS == "PROPN" || t.POS == "ADJ" {
			h.Lemma = t.Lemma
		}
		h.Proper = t.POS == "PROPN"
	}
	return out
}

// appositionHints gives a person's name right after a post («сообщила
// председатель Мосгоризбиркома Юлия Рудакова») the case the tagger read
// for the post's first word: a name in apposition shares the post's case,
// while the tagger, reading left to right, carries the genitive of the
// post's dependent over to the name (Юлия Рудакова read as Юлий Рудаков).
// The gender the tagger gave the name goes with its case, so it is dropped
// where the case changes. A name of one word, or one another person's name
// follows, is whose post it is as often and keeps the tagger's reading.
// A nationality's noun right before the name («канадцу Уэйну Гретцки»)
// counts as its post. A post's word that does not decline (indeclinable;
// «замглавы Минстроя Никиты Стасишина», where the tagger reads «замглавы»
// as a nominative) has no case to share: the tagger's reading stands.
// hints are the tagger's for m's tokens; toks the document's tokens, ms
// its mentions; indeclinable may be nil.
func appositionHints(hints []Hint, toks []doc.Token, ms []doc.Mention, m doc.Mention, indeclinable func(string) bool) []Hint {
	if len(hints) < 2 {
		// a surname alone after a post is as often whose post it is
		// («пресс-секретарь Путина»)
		return hints
	}
	for _, q := range ms {
		if q.Type == "PERSON" && q.Start >= m.End && q.Start-m.End <= 1 {
			return hints // «пресс-секретарь Владимира Путина Дмитрий Песков»
		}
	}
	for _, p := range ms {
		if p.Type != "PROFESSION" && p.Type != "NATIONALITY" || p.End > m.Start || m.Start-p.End > 1 {
			continue
		}
		head := tokensIn(toks, p.Span)
		if len(head) == 0 || p.Type == "NATIONALITY" && head[0].POS != "NOUN" {
			// (a nationality's noun is as much the name's post:
			// «принадлежал канадцу Уэйну Гретцки» is Уэйн's dative)
			continue
		}
		h := Hints(head[postWord(head) : postWord(head)+1])
		if len(h) == 0 || h[0].Case == 0 || indeclinable != nil && indeclinable(head[postWord(head)].Text) || p.Type == "NATIONALITY" && h[0].Case != morph.Nomn && h[0].Case != morph.Datv {
			// (a nationality in the genitive or another oblique case
			// is left to the tagger's reading of the name, whose
			// gender it would drop: «бразильца Жана-Шарля де
			// Менезиша»)
			continue
		}
		out := append([]Hint(nil), hints...)
		for i := range out {
			if out[i].Case != h[0].Case {
				out[i].Case, out[i].Gender = h[0].Case, 0
			}
			out[i].Apposed = true
		}
		return out
	}
	return hints
}

// postWord returns the index in a post's tokens of the word whose case
// the name after the post shares: the first, unless it is an adjective
// the tagger read as an inanimate accusative, which a post naming a person
// cannot be («стала старший научный сотрудник музея Анна Кузнецова»,
// where the tagger read «старший» as the accusative after the verb and the
// name as the animate accusative of Анн Кузнецов): then the post's first
// noun.
func postWord(post []doc.Token) int {
	if post[0].POS != "ADJ" || !strings.Contains(post[0].Feats, "Case=Acc") || !strings.Contains(post[0].Feats, "Animacy=Inan") {
		return 0
	}
	for i, t := range post {
		if t.POS == "NOUN" {
			return i
		}
	}
	return 0
}

// subjectHints gives a person's name of two words or more that a finite
// verb in the past singular follows right away («Кая Каллас заявила») the
// nominative and the verb's gender: the subject agrees with its verb,
// where the tagger, reading the name alone, may take an unknown woman's
// name for a man's in another case (Кая as the accusative of Кай). Only a
// name that opens its sentence or follows punctuation is taken for the
// subject («университет имени Петра Великого поднялся» has another), or
// one after a proper noun each of whose words may be a nominative of the
// verb's gender (nominative, when not nil: «Жительница Новосибирска
// Анастасия Кравченко стала победительницей»; not «мать Анны Петровой
// заявила»).
func subjectHints(hints []Hint, toks []doc.Token, m doc.Mention, nominative func(string, morph.Grammeme) bool) []Hint {
	if len(hints) < 2 {
		return hints
	}
	gender := subjectGender(toks, m, nominative)
	if gender == 0 {
		return hints
	}
	out := append([]Hint(nil), hints...)
	for k := range out {
		out[k].Case, out[k].Gender, out[k].Apposed = morph.Nomn, gender, true
	}
	return out
}

// subjectGender returns the gender of the verb in the past singular whose
// subject the mention m is, by subjectHints' tests; 0 when it is none.
func subjectGender(toks []doc.Token, m doc.Mention, nominative func(string, morph.Grammeme) bool) morph.Grammeme {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	if i >= len(toks) || i == 0 {
		return 0
	}
	gender := pastGender(toks[i])
	if gender == 0 {
		return 0
	}
	if j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= m.Start }); j > 0 && toks[j-1].POS != "PUNCT" {
		// the name must open its clause: «университет имени Петра
		// Великого поднялся» is no subject; unless it reads as one
		if genitiveHead(toks[j-1], toks[j], gender) {
			return gender
		}
		if nominative == nil || toks[j-1].POS != "PROPN" {
			// only after a proper noun that ends a phrase before it:
			// «адвокат Александра Кокорина заявила», «кроме Александра
			// Кокорина была», «под руководством Вячеслава Быкова
			// встретилась» depend on the word before
			return 0
		}
		for _, t := range toks[j:i] {
			if !nominative(t.Text, gender) {
				return 0
			}
		}
	}
	return gender
}

// genitiveHead reports whether prev, the word before a name whose first
// word is first, is a common noun in the genitive that ends a phrase
// before the name, which the tagger reads as a nominative of the verb's
// gender: «Кандидат от … партии Экрем Имамоглу заявил» (the genitive
// «партии» put the name in an oblique case, and the guesser's
// instrumental of «экрь» named it). A name the tagger reads in the
// genitive after it depends on it («жительница Новосибирска Анастасия
// Кравченко», «мать Анны Петровой заявила»).
func genitiveHead(prev, first doc.Token, gender morph.Grammeme) bool {
	if prev.POS != "NOUN" || !strings.Contains(prev.Feats, "Case=Gen") || !strings.Contains(first.Feats, "Case=Nom") {
		return false
	}
	switch gender {
	case morph.Masc:
		return strings.Contains(first.Feats, "Gender=Masc")
	case morph.Femn:
		return strings.Contains(first.Feats, "Gender=Fem")
	}
	return false
}

// pastGender returns the gender of a finite verb in the past singular
// («заявила»: feminine), or 0 for any other token.
func pastGender(v doc.Token) morph.Grammeme {
	if v.POS != "VERB" && v.POS != "AUX" || !strings.Contains(v.Feats, "VerbForm=Fin") || !strings.Contains(v.Feats, "Tense=Past") ||
		!strings.Contains(v.Feats, "Number=Sing") {
		return 0
	}
	switch {
	case strings.Contains(v.Feats, "Gender=Fem"):
		return morph.Femn
	case strings.Contains(v.Feats, "Gender=Masc"):
		return morph.Masc
	}
	return 0
}

// surnameGenders returns the gender of each surname (a person's mention's
// last word, folded) that a mention opening its clause has as the subject
// of a verb in the past singular («Свириденко сменила»: feminine); a
// surname whose mentions' verbs disagree, or that follows two first names
// (a husband and a wife), is left out (0). toks are the document's tokens,
// ms its mentions.
func surnameGenders(toks []doc.Token, ms []doc.Mention) map[string]morph.Grammeme {
	out := map[string]morph.Grammeme{}
	firsts := map[string]string{} // a first name's first three letters, by surname
	for _, m := range ms {
		ws := strings.Fields(m.Text)
		if m.Type != "PERSON" || len(ws) < 2 {
			continue
		}
		k, f := fold(ws[len(ws)-1]), tokenize.Prefix(fold(ws[0]), 3)
		if g, ok := firsts[k]; ok && g != f {
			out[k] = 0 // «Джон Нэш» and «Алисия Нэш»: whose is the verb?
		}
		firsts[k] = f
	}
	for _, m := range ms {
		ws := strings.Fields(m.Text)
		if m.Type != "PERSON" || len(ws) == 0 {
			continue
		}
		i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
		j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= m.Start })
		if i >= len(toks) || j > 0 && toks[j-1].POS != "PUNCT" {
			continue
		}
		g := pastGender(toks[i])
		if g == 0 {
			continue
		}
		k := fold(ws[len(ws)-1])
		if h, ok := out[k]; ok && h != g {
			// (or two people share the surname)
			g = morph.Grammeme(0)
		}
		out[k] = g
	}
	return out
}

// womanSurnameEndings are the endings of a woman's surname in -ова, -ева,
// -ина in the genitive, dative, instrumental or locative: no case of a
// man's surname ends so.
var womanSurnameEndings = []string{"овой", "евой", "ёвой", "иной", "ыной"}

// womanSurnames adds to genders (surnameGenders) the feminine for the
// surname of a person named in full whose surname alone stands elsewhere
// in a woman's oblique case: «Евгения Григорьева … По словам Григорьевой»
// is a woman, not the genitive of Евгений Григорьев, when the first name
// may be a woman's (womanFirst). A surname two first names share, or one a
// verb gives another gender, is left as it is.
func womanSurnames(ms []doc.Mention, genders map[string]morph.Grammeme, womanFirst func(string) bool) {
	firsts := map[string]string{} // the first word of the full names, by surname
	for _, m := range ms {
		ws := strings.Fields(m.Text)
		if m.Type != "PERSON" || len(ws) != 2 {
			continue
		}
		k := fold(ws[1])
		if f, ok := firsts[k]; ok && f != fold(ws[0]) {
			firsts[k] = ""
			continue
		}
		firsts[k] = fold(ws[0])
	}
	for _, m := range ms {
		w := fold(m.Text)
		if m.Type != "PERSON" || strings.Contains(w, " ") {
			continue
		}
		for _, e := range womanSurnameEndings {
			stem, ok := strings.CutSuffix(w, e)
			if !ok {
				continue
			}
			k := stem + string([]rune(e)[:2]) + "а"
			if g, seen := genders[k]; seen && g != morph.Femn || firsts[k] == "" || !womanFirst(firsts[k]) {
				break
			}
			genders[k] = morph.Femn
		}
	}
}

// genderHints gives the words of a person's name of two words or more the
// gender the document gives its surname (surnameGenders) where the tagger
// read another: «назначила Юлию Свириденко» read as the dative of Юлий,
// when «Свириденко сменила» follows. The case the tagger read goes with
// its gender and is dropped too.
func genderHints(hints []Hint, m doc.Mention, genders map[string]morph.Grammeme) []Hint {
	ws := strings.Fields(m.Text)
	if len(hints) < 2 || len(ws) != len(hints) {
		return hints
	}
	g := genders[fold(ws[len(ws)-1])]
	if g == 0 {
		return hints
	}
	var out []Hint
	for k, h := range hints {
		if h.Gender != 0 && h.Gender != g && !h.Apposed {
			if out == nil {
				out = append([]Hint(nil), hints...)
			}
			out[k].Gender, out[k].Case = g, 0
		}
	}
	if out == nil {
		return hints
	}
	return out
}
