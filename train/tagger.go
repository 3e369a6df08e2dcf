package train

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tagger"
)

// TaggerOptions configures the training of the morphological tagger.
type TaggerOptions struct {
	Data string // the shared data folder (holds morph/)
	Out  string // model file to write; "" writes nothing
	// Repeat is how many times the UD-style corpora (MorphoRuEval 2017,
	// GramEval 2020) are seen per epoch, against once for OpenCorpora
	// (default 2).
	Repeat int
	// WithDev also trains on all of both UD dev sets (TaggerDevFiles),
	// DevRepeat times per epoch: a model trained so has no held-out score
	// on them, which its Meta records ("dev_trained"); measure it with
	// TaggerCV instead.
	WithDev bool
	// DevRepeat is how many times per epoch the dev sentences trained on
	// (WithDev, or the other folds in TaggerCV) are seen (default 4).
	DevRepeat int
	// Domains gives each dev sentence trained on its treebank's domain
	// (TaggerDomains), so that the model learns domain-conjoined features
	// (tagger.Model.WithDomain); the other corpora have none.
	Domains bool
	// Fold, when positive, makes TaggerCV train and score fold Fold (1-based)
	// only: a quick single-fold figure for iterating, not the pooled
	// cross-validated one.
	Fold int
	// Models, when not "", is a folder where TaggerCV keeps the model of
	// each fold (fold-N.fgt): one found there is read instead of trained,
	// so that changes of decoding alone are measured without training.
	Models string
	tagger.TrainOptions
}

// TaggerDomains are the domains of the dev sets of TaggerDevFiles, in
// the same order.
var TaggerDomains = []string{"gsd", "taiga"}

// TaggerTrainFiles are the training corpora under Data/morph: OpenCorpora
// first (converted by OpenCorporaToken), then the UD-style ones (converted
// by UDToken).
var TaggerTrainFiles = []string{
	"opencorpora-unamb.conllu.gz",
	"MorphoRuEval2017-Lenta-train.conllu.gz",
	"MorphoRuEval2017-JZ-gold.conllu.gz",
	"MorphoRuEval2017-VK-gold.conllu.gz",
	"GramEval2020-Taiga-news-train.conllu.gz",
	"GramEval2020-Taiga-poetry-train.conllu.gz",
	"GramEval2020-Taiga-social-train.conllu.gz",
}

// TaggerDevFiles are the development sets, used for reporting only.
var TaggerDevFiles = []string{"ud-gsd-dev.conllu.gz", "ud-taiga-dev.conllu.gz"}

// Tagger trains the morphological tagger on the corpora of
// TaggerTrainFiles (and, with opt.WithDev, of TaggerDevFiles), logs dev
// UPOS accuracy on UD GSD dev after each epoch unless it is trained on,
// and writes the model to opt.Out.
func Tagger(opt TaggerOptions, log io.Writer) (*tagger.Model, error) {
	if log == nil {
		log = io.Discard
	}
	base, devs, err := taggerData(&opt, log)
	if err != nil {
		return nil, err
	}
	var extra []devSentence
	if opt.WithDev {
		for d, ss := range devs {
			extra = append(extra, devSentences(ss, d, nil, -1, opt.Domains)...)
		}
	} else {
		opt.Dev = TaggerSentences(devs[0], UDToken)
	}
	m, err := trainTaggerWith(opt, base, extra, log)
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(log, m)
	if opt.Out != "" {
		if err := writeTagger(m, opt.Out); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// taggerCorpora reads and converts the corpora of TaggerTrainFiles, each
// repeated as many times as it is seen per epoch, and sets opt's defaults.
// Sentences whose words are those of a dev sentence (dev, see devOverlap)
// are dropped, and their number logged per corpus.
func taggerCorpora(opt *TaggerOptions, dev *devOverlap, log io.Writer) ([][]tagger.Token, error) {
	if opt.Repeat <= 0 {
		opt.Repeat = 2
	}
	if opt.DevRepeat <= 0 {
		opt.DevRepeat = 4
	}
	var sents [][]tagger.Token
	for i, f := range TaggerTrainFiles {
		ss, err := conllu.ReadFile(filepath.Join(opt.Data, "morph", f))
		if err != nil {
			return nil, fmt.Errorf("train tagger: %w", err)
		}
		ss, c := dev.filter(ss)
		if c.exactSents+c.looseSents+c.innerSents > 0 {
			fmt.Fprintf(log, "%s: dropped as dev text %d sentences, %d words (exact %d / %d, up to case or punctuation %d / %d, holding a dev sentence %d / %d)\n",
				f, c.exactSents+c.looseSents+c.innerSents, c.exactWords+c.looseWords+c.innerWords,
				c.exactSents, c.exactWords, c.looseSents, c.looseWords, c.innerSents, c.innerWords)
		}
		conv := UDToken
		rep := opt.Repeat
		if i == 0 {
			conv, rep = OpenCorporaToken, 1
		}
		ts := TaggerSentences(ss, conv)
		k := 0 // ss[k] is the sentence ts's s was converted from
		for _, s := range ts {
			for len(ss[k].Words) == 0 {
				k++
			}
			if i == 0 {
				unknownAdjectives(s, ss[k].Words)
				dateOrdinals(s)
				romanOrdinals(s)
				demonstrativePronouns(s)
			}
			SocialTokens(s)
			k++
		}
		n := 0
		for _, s := range ts {
			n += len(s)
		}
		fmt.Fprintf(log, "%s: %d sentences, %d tokens (×%d)\n", f, len(ts), n, rep)
		for range rep {
			sents = append(sents, ts...)
		}
	}
	return sents, nil
}

// taggerData reads the dev sets of TaggerDevFiles and the training
// corpora (taggerCorpora, which sets opt's defaults), less the training
// sentences that repeat a dev sentence (devOverlap): with or without
// WithDev and in TaggerCV, no model is trained on a copy of dev text under
// another corpus's annotation.
func taggerData(opt *TaggerOptions, log io.Writer) ([][]tagger.Token, [][]*conllu.Sentence, error) {
	devs := make([][]*conllu.Sentence, len(TaggerDevFiles))
	for d, f := range TaggerDevFiles {
		ss, err := conllu.ReadFile(filepath.Join(opt.Data, "morph", f))
		if err != nil {
			return nil, nil, fmt.Errorf("train tagger: %w", err)
		}
		devs[d] = ss
	}
	base, err := taggerCorpora(opt, newDevOverlap(devs), log)
	if err != nil {
		return nil, nil, err
	}
	return base, devs, nil
}

// devSentence is a dev sentence converted for training, with its domain.
type devSentence struct {
	toks   []tagger.Token
	domain string
}

// devSentences converts the sentences of dev set d (TaggerDevFiles[d])
// for training: all of them if folds is nil, else those whose fold is not
// held; with domains, each carries TaggerDomains[d].
func devSentences(ss []*conllu.Sentence, d int, folds []int, held int, domains bool) []devSentence {
	dom := ""
	if domains {
		dom = TaggerDomains[d]
	}
	var out []devSentence
	for k, s := range ss {
		if len(s.Words) == 0 || folds != nil && folds[k] == held {
			continue
		}
		ts := TaggerSentences(ss[k:k+1], UDToken)[0]
		SocialTokens(ts)
		out = append(out, devSentence{ts, dom})
	}
	return out
}

// trainTaggerWith trains on the sentences of base and, opt.DevRepeat
// times, those of extra, and records the training data in the model's
// Meta.
func trainTaggerWith(opt TaggerOptions, base [][]tagger.Token, extra []devSentence, log io.Writer) (*tagger.Model, error) {
	sents := slices.Clip(base)
	doms := make([]string, len(base), len(base)+len(extra)*opt.DevRepeat)
	for range opt.DevRepeat {
		for _, s := range extra {
			sents = append(sents, s.toks)
			doms = append(doms, s.domain)
		}
	}
	if !opt.Domains {
		doms = nil
	}
	o := opt.TrainOptions
	o.Domains = doms
	o.Log = log
	m, err := tagger.Train(sents, o)
	if err != nil {
		return nil, err
	}
	m.Meta["corpus"] = strings.Join(TaggerTrainFiles, " ")
	m.Meta["repeat"] = fmt.Sprint(opt.Repeat)
	if opt.WithDev {
		m.Meta["dev_trained"] = strings.Join(TaggerDevFiles, " ")
		m.Meta["dev_repeat"] = fmt.Sprint(opt.DevRepeat)
	}
	return m, nil
}

// writeTagger writes a model file.
func writeTagger(m *tagger.Model, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("train tagger: %w", err)
	}
	if err := m.Encode(f); err != nil {
		f.Close()
		return fmt.Errorf("train tagger: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("train tagger: %w", err)
	}
	return nil
}

// TaggerSentences converts CoNLL-U sentences to tagger training sentences,
// one token per syntactic word, with conv mapping each word.
func TaggerSentences(ss []*conllu.Sentence, conv func(conllu.Word) tagger.Token) [][]tagger.Token {
	out := make([][]tagger.Token, 0, len(ss))
	for _, s := range ss {
		if len(s.Words) == 0 {
			continue
		}
		ts := make([]tagger.Token, len(s.Words))
		for i, w := range s.Words {
			ts[i] = conv(w)
		}
		out = append(out, ts)
	}
	return out
}

// UDToken converts a word of a UD-style corpus (UD Russian, MorphoRuEval
// 2017, GramEval 2020): universal features only, lemma spelled with е for ё
// and lower-cased except for proper nouns.
//
// Both UD dev sets agree on a few points where some training corpora
// differ: не and ни are PART with Polarity=Neg (GramEval and MorphoRuEval
// often leave it out), NUM has no Degree, the lemma всё keeps its ё,
// digits in groups (7,5, 25:7) are NUM (GramEval has X for some) and a
// verb's lemma keeps its prefix (prefixedVerbLemma).
func UDToken(w conllu.Word) tagger.Token {
	t := tagger.Token{Form: w.Form, UPOS: w.UPOS, Feats: learned(w.Feats), Lemma: w.Lemma, Lexical: lexicalOnly(w.Feats)}
	if t.UPOS != "PROPN" && t.UPOS != "X" {
		t.Lemma = strings.ToLower(t.Lemma)
	}
	t.Lemma = lemmaSpelling(t.Lemma)
	switch t.UPOS {
	case "PART":
		if l := strings.ToLower(w.Form); (l == "не" || l == "ни") && !strings.Contains(t.Feats, "Polarity=") {
			t.Feats = learned(joinNonEmpty(t.Feats, "Polarity=Neg"))
		}
	case "NUM":
		t.Feats = dropKey(t.Feats, "Degree")
	case "VERB":
		t.Feats = dropKey(t.Feats, "Degree")
		t.Lemma = prefixedVerbLemma(w.Form, t.Lemma)
	case "ADV":
		if tagger.IsPredicativeVerb(t.Lemma) {
			t.UPOS, t.Feats = "VERB", ""
		}
	case "X", "SYM":
		if tagger.IsDigitGroup(w.Form) {
			t.UPOS, t.Feats, t.Lemma = "NUM", "", w.Form
		}
	}
	return t
}

// prefixedVerbLemma returns the dictionary's lemma of a verb form whose
// gold lemma is that lemma less a prefix (GramEval's social set: увидим →
// видеть, попробовать → пробовать, 36 of its 2 780 verbs; neither UD dev
// set does so), else lemma. A lemma some verb reading of the form has is
// kept.
func prefixedVerbLemma(form, lemma string) string {
	a, err := morph.Default()
	if err != nil || lemma == "" {
		return lemma
	}
	ps := a.Parse(strings.ToLower(form))
	longer := ""
	for _, p := range ps {
		switch p.Tag.POS() {
		case morph.VERB, morph.INFN, morph.GRND, morph.PRTF, morph.PRTS:
		default:
			continue
		}
		l := lemmaSpelling(strings.ToLower(p.Normal))
		if l == lemma {
			return lemma
		}
		if longer == "" && len(l) > len(lemma) && strings.HasSuffix(l, lemma) {
			longer = l
		}
	}
	if longer != "" {
		return longer
	}
	return lemma
}

// lemmaSpelling spells ё as е in a lemma, as UD Russian GSD and Taiga do,
// except in всё (the pronoun and the adverb), which both spell with ё.
func lemmaSpelling(l string) string {
	if l == "всё" || !strings.Contains(l, "ё") {
		return l
	}
	if l == "Всё" {
		return "всё"
	}
	return strings.ReplaceAll(l, "ё", "е")
}

func joinNonEmpty(a, b string) string {
	if a == "" {
		return b
	}
	return a + "|" + b
}

// dropKey removes feature key from a "K=V|K=V" string.
func dropKey(feats, key string) string {
	if !strings.Contains(feats, key+"=") {
		return feats
	}
	var out []string
	for _, f := range strings.Split(feats, "|") {
		if !strings.HasPrefix(f, key+"=") {
			out = append(out, f)
		}
	}
	return strings.Join(out, "|")
}

// SocialTokens applies UD Taiga's conventions for social-media tokens,
// which the GramEval and MorphoRuEval social sets follow only in part:
// a user mention (@name) is PROPN with no features; a hashtag next to
// another hashtag (a list of tags) is X with no features; both keep the
// form as lemma. A hashtag inside the text (#Вьетнаму) keeps its analysis.
func SocialTokens(ts []tagger.Token) {
	for i := range ts {
		if a, ok := tagger.SocialToken(forms(ts), i); ok {
			ts[i].UPOS, ts[i].Feats, ts[i].Lemma = a.UPOS, a.Feats, a.Lemma
		}
	}
}

func forms(ts []tagger.Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Form
	}
	return out
}

// OpenCorporaToken converts a word of opencorpora-unamb (MorphoRuEval 2017
// release) to the UD Russian conventions of GSD and Taiga; the rules are
// listed in docs/tagger.md.
func OpenCorporaToken(w conllu.Word) tagger.Token {
	lemma := strings.ReplaceAll(strings.ToLower(w.Lemma), "ё", "е")
	upos := w.UPOS
	feats := map[string]string{}
	if w.Feats != "_" && w.Feats != "" {
		for _, kv := range strings.Split(w.Feats, "|") {
			k, v, _ := strings.Cut(kv, "=")
			feats[k] = v
		}
	}
	short := feats["Variant"] == "Short"
	delete(feats, "Form")
	delete(feats, "Variant")
	if upos == "ADP" || upos == "CONJ" || upos == "PART" || upos == "INTJ" {
		lemma = strings.ReplaceAll(strings.ToLower(w.Form), "ё", "е")
	}
	switch upos {
	case "CONJ":
		upos = "SCONJ"
		if tagger.Coordinating(lemma) {
			upos = "CCONJ"
		}
		if tagger.IsAdverbialConj(lemma) {
			upos, feats = "ADV", map[string]string{"Degree": "Pos"}
		}
	case "X":
		switch {
		case morph.RomanLetters(w.Form):
			upos = "NUM"
			lemma = w.Form
		case tagger.IsDigitGroup(w.Form):
			upos, feats = "NUM", map[string]string{}
			lemma = w.Form
		case !hasLetter(w.Form):
			upos = "SYM"
			lemma = w.Form
		case isLatin(w.Form):
			feats["Foreign"] = "Yes"
			lemma = w.Form
		default:
			// Cyrillic words OpenCorpora could not analyse (Юнайтед,
			// Дискавери, 1970-х) are never X in UD: a capitalized one is
			// a PROPN, with the case, gender and number of the
			// dictionary's noun guess; the rest teach nothing (context
			// only).
			return unknownName(w.Form)
		}
	case "ADJ":
		if a, ok := participle(w.Form, lemma, feats, short); ok {
			return tagger.Token{Form: w.Form, UPOS: a.UPOS, Feats: learned(a.Feats), Lemma: a.Lemma}
		}
		if feats["Degree"] == "" {
			feats["Degree"] = "Pos"
		}
	case "ADV":
		if feats["Degree"] == "" {
			feats["Degree"] = "Pos"
		}
		if tagger.IsPredicativeVerb(lemma) {
			upos, feats = "VERB", map[string]string{}
		}
		if lemma == "все" && strings.EqualFold(strings.ReplaceAll(w.Form, "Ё", "ё"), "всё") {
			lemma = "всё"
		}
	case "VERB":
		if lemma == "быть" {
			upos = "AUX"
		}
		if feats["Tense"] == "Notpast" {
			if feats["Aspect"] == "Perf" {
				feats["Tense"] = "Fut"
			} else {
				feats["Tense"] = "Pres"
			}
		}
		if feats["Voice"] == "" {
			lf := strings.ToLower(w.Form)
			if feats["VerbForm"] == "Part" && tagger.IsPassiveParticiple(lf) {
				feats["Voice"] = "Pass"
			} else if strings.HasSuffix(lf, "ся") || strings.HasSuffix(lf, "сь") {
				feats["Voice"] = "Mid"
			} else {
				feats["Voice"] = "Act"
			}
		}
	case "DET":
		if lemma == "который" {
			upos = "PRON"
		}
		if tagger.AdjectiveDeterminer(lemma) {
			upos, feats["Degree"] = "ADJ", "Pos"
		}
	case "PRON":
		if lemma == "весь" {
			lemma = "все"
			if feats["Number"] == "Sing" {
				lemma = "всё"
			}
		}
	case "PART":
		switch lemma {
		case "не", "ни":
			feats["Polarity"] = "Neg"
		case "бы", "б":
			feats["Mood"] = "Cnd"
		}
	case "PUNCT", "NUM":
		if upos == "PUNCT" || !hasLetter(w.Form) {
			lemma = w.Form // a numeral in words keeps its lemma: трёх → три
		}
		if w.Form == "%" || w.Form == "/" {
			upos = "SYM" // as in UD GSD and Taiga (and the UD-style corpora)
		}
	}
	var fs []string
	for k, v := range feats {
		fs = append(fs, k+"="+v)
	}
	t := tagger.Token{Form: w.Form, UPOS: upos, Feats: learned(strings.Join(fs, "|")), Lemma: lemma}
	if upos == "PROPN" {
		t.Lemma = tagger.ProperLemma(w.Form, lemma)
	}
	return t
}

// yearAbbreviations are the abbreviations of «год» after which, as after
// its forms (tagger.YearNoun), a number in digits is an ordinal.
var yearAbbreviations = map[string]bool{"г": true, "г.": true, "гг": true, "гг.": true}

// dateOrdinals re-tags, in a converted OpenCorpora sentence (which tags
// them NUM), numbers in digits that UD Russian GSD and SynTagRus (and the
// MorphoRuEval Lenta set) tag as ordinal ADJ:
//   - before a form of «год», agreeing with it in case, number and (in the
//     singular) gender: «в 1980 году»;
//   - before a month name in the genitive, neuter singular (the day,
//     «число»), in the genitive unless a preposition before it takes
//     the accusative (на, по, за, через) or the dative (к): «12 мая».
func dateOrdinals(ts []tagger.Token) {
	for i := 0; i+1 < len(ts); i++ {
		t, next := &ts[i], ts[i+1]
		if t.UPOS != "NUM" || !allDigits(t.Form) || next.UPOS != "NOUN" {
			continue
		}
		nf := strings.ToLower(next.Form)
		var fs []string
		switch {
		case tagger.YearNoun(nf) || yearAbbreviations[nf]:
			for _, f := range strings.Split(next.Feats, "|") {
				k, v, _ := strings.Cut(f, "=")
				if k == "Case" || k == "Number" || k == "Gender" && !strings.Contains(next.Feats, "Number=Plur") {
					fs = append(fs, k+"="+v)
				}
			}
		case tagger.GenitiveMonth(nf):
			c := "Gen"
			if i > 0 {
				switch strings.ToLower(ts[i-1].Form) {
				case "на", "по", "за", "через":
					c = "Acc"
				case "к":
					c = "Dat"
				}
			}
			fs = []string{"Case=" + c, "Gender=Neut", "Number=Sing"}
		default:
			continue
		}
		t.UPOS = "ADJ"
		t.Feats = learned(strings.Join(append(fs, "Degree=Pos"), "|"))
		t.Lemma = t.Form
	}
}

// romanOrdinals re-tags, in a converted OpenCorpora sentence (which tags
// them NUM), Roman numerals as the ordinal ADJ both UD dev sets have
// («XIX века», «Карла V»): before a noun, in its case and gender (number
// singular: «в XI–XII веках»), after a proper noun, in the name's case and
// gender; elsewhere the token teaches nothing (context only). Lemma: the
// form.
func romanOrdinals(ts []tagger.Token) {
	for i := range ts {
		t := &ts[i]
		if t.UPOS != "NUM" || !morph.RomanLetters(t.Form) || len(t.Form) == 1 && !strings.ContainsAny(t.Form, "IVX") {
			continue
		}
		var ref *tagger.Token
		switch {
		case i+1 < len(ts) && ts[i+1].UPOS == "NOUN":
			ref = &ts[i+1]
		case i > 0 && ts[i-1].UPOS == "PROPN":
			ref = &ts[i-1]
		}
		if ref == nil {
			*t = tagger.Token{Form: t.Form}
			continue
		}
		fs := []string{"Degree=Pos", "Number=Sing"}
		for _, f := range strings.Split(ref.Feats, "|") {
			if k, _, _ := strings.Cut(f, "="); k == "Case" || k == "Gender" {
				fs = append(fs, f)
			}
		}
		t.UPOS, t.Feats, t.Lemma = "ADJ", learned(strings.Join(fs, "|")), t.Form
	}
}

// demonstrativePronouns re-tags, in a converted OpenCorpora sentence, the
// singular neuter forms of тот (DET there) that stand alone before
// punctuation, a subordinating conjunction or the end of the sentence
// («кроме того,», «о том, что») as the pronoun то (PRON, lemma то), as
// both UD dev sets do (GSD 9 of 11, Taiga 10 of 10 such tokens).
func demonstrativePronouns(ts []tagger.Token) {
	for i := range ts {
		t := &ts[i]
		if t.UPOS != "DET" || t.Lemma != "тот" || !strings.Contains(t.Feats, "Number=Sing") {
			continue
		}
		if i+1 < len(ts) && ts[i+1].UPOS != "PUNCT" && ts[i+1].UPOS != "SCONJ" {
			continue
		}
		c := ""
		for _, f := range strings.Split(t.Feats, "|") {
			if strings.HasPrefix(f, "Case=") {
				c = f
			}
		}
		neut := strings.Contains(t.Feats, "Gender=Neut")
		switch c {
		case "Case=Gen", "Case=Dat", "Case=Ins", "Case=Loc":
			neut = neut || strings.Contains(t.Feats, "Gender=Masc")
		}
		if !neut || c == "" {
			continue
		}
		t.UPOS, t.Lemma = "PRON", "то"
		t.Feats = learned("Animacy=Inan|" + c + "|Gender=Neut|Number=Sing")
	}
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// unknownAdjectives re-tags, in a converted OpenCorpora sentence ts of
// the words ws, a capitalized word OpenCorpora left unanalysed (X, which
// unknownName makes PROPN) and ending like an adjective as the ADJ of the
// dictionary's adjective guess when the next word is a common noun
// agreeing with that guess in case, number and, in the singular, gender:
// «Сулакского района», «Ливерморской лаборатории» (133 words). UD GSD and
// Taiga tag such words ADJ (105 of 116 capitalized words in -ский and the
// like not first in a sentence); a surname before an agreeing common noun
// is rare.
func unknownAdjectives(ts []tagger.Token, ws []conllu.Word) {
	a, err := morph.Default()
	if err != nil {
		return
	}
	for i := 0; i+1 < len(ts) && i < len(ws); i++ {
		t, next := &ts[i], ts[i+1]
		if ws[i].UPOS != "X" || t.UPOS != "PROPN" || next.UPOS != "NOUN" || !adjectiveEnding(t.Form) {
			continue
		}
		for _, p := range a.Parse(t.Form) {
			if p.Tag.POS() != morph.ADJF {
				continue
			}
			an := tagger.FromOpenCorpora(t.Form, p)[0]
			if an.UPOS == "ADJ" && agrees(an.Feats, next.Feats) {
				t.UPOS, t.Feats, t.Lemma = "ADJ", learned(an.Feats), strings.ToLower(an.Lemma)
				break
			}
		}
	}
}

// adjectiveEndings are the endings of the long forms of adjectives.
var adjectiveEndings = strings.Fields("ый ий ой ая яя ое ее ого его ому ему ым им ом ем ей ую юю ые ие ых их ыми ими")

// adjectiveEnding reports whether a word ends like a long adjective
// (Сулакского, Ливерморской; not Дейв or Фабьен, which the guesser may
// also read as adjectives).
func adjectiveEnding(w string) bool {
	w = strings.ToLower(w)
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// agrees reports whether two feature strings ("K=V|K=V") have the same
// case and number and, in the singular, the same gender.
func agrees(a, b string) bool {
	for _, k := range [...]string{"Case", "Number", "Gender"} {
		va, vb := featOf(a, k), featOf(b, k)
		if va != vb && !(k == "Gender" && featOf(a, "Number") == "Plur") || va == "" && k != "Gender" {
			return false
		}
	}
	return true
}

// featOf returns the value of key in a feature string, or "".
func featOf(feats, key string) string {
	for _, f := range strings.Split(feats, "|") {
		if k, v, ok := strings.Cut(f, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// unknownName reads a capitalized Cyrillic word OpenCorpora left
// unanalysed as a UD PROPN with the features of the dictionary's likeliest
// noun guess; other words get no gold analysis (empty UPOS).
func unknownName(form string) tagger.Token {
	r, _ := utf8.DecodeRuneInString(form)
	a, err := morph.Default()
	if err != nil || !unicode.Is(unicode.Cyrillic, r) || !unicode.IsUpper(r) {
		return tagger.Token{Form: form}
	}
	for _, p := range a.Parse(form) {
		if p.Tag.POS() != morph.NOUN {
			continue
		}
		an := tagger.FromOpenCorpora(form, p)[0]
		return tagger.Token{Form: form, UPOS: "PROPN", Feats: learned(an.Feats), Lemma: tagger.ProperLemma(form, an.Lemma)}
	}
	return tagger.Token{Form: form}
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// learned keeps the universal features the tagger learns: all but the
// lexical PronType, NumType, Poss and Reflex (tagger.LexicalKeys), which
// tagger.AddLexicalFeatures adds after tagging.
func learned(feats string) string {
	l, _ := splitLexical(feats)
	return l
}

// lexicalOnly keeps the universal features learned leaves out.
func lexicalOnly(feats string) string {
	_, lex := splitLexical(feats)
	return lex
}

// splitLexical splits the universal features of feats into those the
// tagger learns and the lexical ones (tagger.LexicalKeys).
func splitLexical(feats string) (learned, lexical string) {
	var ls, xs []string
	for _, f := range strings.Split(tagger.UniversalFeats(feats), "|") {
		k, _, _ := strings.Cut(f, "=")
		switch {
		case k == "":
		case slices.Contains(tagger.LexicalKeys, k):
			xs = append(xs, f)
		default:
			ls = append(ls, f)
		}
	}
	return strings.Join(ls, "|"), strings.Join(xs, "|")
}

// participle reads an OpenCorpora ADJ token as a UD participle (VERB,
// VerbForm=Part, lemma the infinitive) when the dictionary has a
// participle reading of the form that agrees with the gold case, number
// and gender, and no adjective reading with the gold lemma. A short form
// (short) needs only a short participle reading: UD Russian tags
// «расположен», «назначена» VERB even where the dictionary also has the
// adjective (расположенный «inclined»).
func participle(form, lemma string, feats map[string]string, short bool) (tagger.Analysis, bool) {
	a, err := morph.Default()
	if err != nil {
		return tagger.Analysis{}, false
	}
	ps := a.Parse(strings.ToLower(form))
	for _, p := range ps {
		if pos := p.Tag.POS(); !short && (pos == morph.ADJF || pos == morph.ADJS) && strings.ReplaceAll(p.Normal, "ё", "е") == lemma {
			return tagger.Analysis{}, false
		}
	}
	for _, p := range ps {
		if pos := p.Tag.POS(); pos != morph.PRTF && pos != morph.PRTS || short && pos != morph.PRTS {
			continue
		}
		an := tagger.FromOpenCorpora(form, p)[0]
		ok := true
		for _, k := range [...]string{"Case", "Number", "Gender"} {
			if k == "Case" && short {
				continue // short forms have no case in UD
			}
			if v := feats[k]; v != "" && !strings.Contains("|"+an.Feats+"|", "|"+k+"="+v+"|") {
				ok = false
			}
		}
		if ok {
			return an, true
		}
	}
	return tagger.Analysis{}, false
}
