package tagger

import "strings"

// Lexical features: PronType, Poss and Reflex are properties of pronominal
// lemmas, which UD Russian Taiga (and SynTagRus) mark and which none of the
// training corpora mark (nor UD GSD). They are added after tagging from
// this table, by lemma and UPOS (PRON, DET, ADV), following the UD
// Russian guidelines. PronType=Int or Rel for кто, что, где, … depends on
// the sentence: Int in a sentence ending with "?", else Rel.
var pronTypes = map[string]string{
	// personal and possessive
	"я": "Prs", "ты": "Prs", "он": "Prs", "она": "Prs", "оно": "Prs", "мы": "Prs", "вы": "Prs",
	"они": "Prs", "себя": "Prs", "мой": "Prs", "твой": "Prs", "наш": "Prs", "ваш": "Prs",
	"свой": "Prs", "его": "Prs", "ее": "Prs", "их": "Prs",
	// demonstrative
	"это": "Dem", "этот": "Dem", "тот": "Dem", "то": "Dem", "такой": "Dem", "таков": "Dem",
	"сей": "Dem", "так": "Dem", "там": "Dem", "тут": "Dem", "здесь": "Dem", "теперь": "Dem",
	"тогда": "Dem", "туда": "Dem", "сюда": "Dem", "оттуда": "Dem", "отсюда": "Dem",
	"поэтому": "Dem", "потому": "Dem", "столько": "Dem", "настолько": "Dem", "оттого": "Dem",
	"затем": "Dem", "иначе": "Dem", "тем": "Dem",
	// total
	"весь": "Tot", "все": "Tot", "всё": "Tot", "каждый": "Tot", "всякий": "Tot", "любой": "Tot",
	"всегда": "Tot", "везде": "Tot", "всюду": "Tot",
	// emphatic
	"сам": "Emp", "самый": "Emp",
	// interrogative or relative
	"кто": "Int", "что": "Int", "какой": "Int", "каков": "Int", "чей": "Int", "где": "Int",
	"куда": "Int", "откуда": "Int", "когда": "Int", "как": "Int", "почему": "Int", "зачем": "Int",
	"отчего": "Int", "сколько": "Int", "насколько": "Int", "который": "Rel",
	// negative
	"никто": "Neg", "ничто": "Neg", "никакой": "Neg", "ничей": "Neg", "нигде": "Neg",
	"никуда": "Neg", "никогда": "Neg", "ниоткуда": "Neg", "некого": "Neg", "нечего": "Neg",
	"незачем": "Neg", "негде": "Neg", "некуда": "Neg", "некогда": "Neg", "нисколько": "Neg",
	// indefinite
	"некоторый": "Ind", "некий": "Ind", "несколько": "Ind", "кое-кто": "Ind", "кое-что": "Ind",
	"кое-какой": "Ind", "кое-где": "Ind",
}

// possessive lemmas take Poss=Yes; свой and себя Reflex=Yes.
var possessive = map[string]bool{
	"мой": true, "твой": true, "наш": true, "ваш": true, "свой": true, "его": true, "ее": true, "их": true,
}

// AddLexicalFeatures adds NumType=Card to numerals (words, quantifiers
// such as много and несколько, and digits alike: GSD and Taiga agree) and
// PronType, Poss and Reflex to a pronominal analysis (see pronTypes);
// question says whether the sentence is a question (Int rather than Rel).
// It also applies conventionFeats.
func AddLexicalFeatures(a *Analysis, question bool) {
	conventionFeats(a)
	if a.UPOS == "NUM" && !strings.Contains(a.Feats, "NumType=") {
		a.Feats = joinFeats(appendFeats([]string{"NumType=Card"}, a.Feats))
	}
	switch a.UPOS {
	case "PRON", "DET", "ADV":
	default:
		return
	}
	l := strings.ToLower(a.Lemma)
	pt, ok := pronTypes[l]
	if !ok {
		for _, s := range [...]string{"-то", "-нибудь", "-либо"} {
			if b, found := strings.CutSuffix(l, s); found {
				if _, ok2 := pronTypes[b]; ok2 {
					pt, ok = "Ind", true
				}
			}
		}
	}
	if !ok {
		return
	}
	if pt == "Int" && !question {
		pt = "Rel"
	}
	if a.UPOS == "ADV" && (l == "как" || l == "когда") && !question {
		// conjunction-like uses are SCONJ; as adverbs they are relative
		pt = "Rel"
	}
	fs := []string{"PronType=" + pt}
	if possessive[l] && a.UPOS == "DET" {
		fs = append(fs, "Poss=Yes")
	}
	if l == "свой" || l == "себя" {
		fs = append(fs, "Reflex=Yes")
	}
	if a.Feats != "" {
		for f := range strings.SplitSeq(a.Feats, "|") {
			fs = append(fs, f)
		}
	}
	a.Feats = joinFeats(fs)
}

// isQuestion reports whether the last non-empty word is "?".
func isQuestion(words []string) bool {
	for i := len(words) - 1; i >= 0; i-- {
		if strings.TrimSpace(words[i]) == "" {
			continue
		}
		return strings.Contains(words[i], "?")
	}
	return false
}

// questions reports for each word whether it is in a question: whether
// the first sentence-ending mark after it (a word of . ! ? … alone) has a
// question mark, or, with none after it, whether the sentence ends with
// one (isQuestion). «— Где ты видишь рога? — кричу я.» is thus a
// question at где (UD Taiga: PronType=Int), not at я.
func questions(words []string) []bool {
	q := make([]bool, len(words))
	state := isQuestion(words)
	for i := len(words) - 1; i >= 0; i-- {
		q[i] = state
		if w := strings.TrimSpace(words[i]); w != "" && strings.Trim(w, ".!?…") == "" {
			state = strings.Contains(w, "?")
		}
	}
	return q
}

// SocialToken returns the fixed analysis UD Taiga gives social-media
// tokens, whatever their context: a user mention (@name) is PROPN with no
// features; a hashtag next to another hashtag (a list of tags closing a
// post) is X with no features; both have the form as lemma. A hashtag in
// running text (#Вьетнаму) is analysed as its word.
func SocialToken(words []string, i int) (Analysis, bool) {
	w := words[i]
	switch {
	case isMention(w):
		return Analysis{UPOS: "PROPN", Lemma: w}, true
	case isHashtag(w) && (i > 0 && isHashtag(words[i-1]) || i+1 < len(words) && isHashtag(words[i+1])):
		return Analysis{UPOS: "X", Lemma: w}, true
	}
	return Analysis{}, false
}

func isMention(w string) bool { return len(w) > 1 && w[0] == '@' && hasLetter(w[1:]) }

func isHashtag(w string) bool { return len(w) > 1 && w[0] == '#' && hasLetter(w[1:]) }

// pronounFeats are the gender, number and animacy UD Russian (GSD and
// Taiga alike) gives the nominal pronouns что, кто, это, то, всё and their
// compounds, which the dictionary and the training corpora leave out.
var pronounFeats = map[string][]string{
	"что": inanNeut, "ничто": inanNeut, "нечто": inanNeut, "это": inanNeut, "то": inanNeut, "всё": inanNeut,
	"кто": animMasc, "никто": animMasc, "некто": animMasc,
}

var (
	inanNeut = []string{"Animacy=Inan", "Gender=Neut", "Number=Sing"}
	animMasc = []string{"Animacy=Anim", "Gender=Masc", "Number=Sing"}
)

// pronounFeatsOf returns pronounFeats of a PRON lemma, compounds (что-то,
// кое-кто, кто-нибудь) included.
func pronounFeatsOf(l string) []string {
	if fs, ok := pronounFeats[l]; ok {
		return fs
	}
	b := strings.TrimPrefix(l, "кое-")
	for _, s := range [...]string{"-то", "-нибудь", "-либо"} {
		b = strings.TrimSuffix(b, s)
	}
	if b != l && (b == "что" || b == "кто") {
		return pronounFeats[b]
	}
	return nil
}

// conventionFeats brings the features of a tagged word to the points on
// which UD Russian GSD and Taiga agree and which the training corpora do
// not always mark: не and ни are Polarity=Neg; NUM has no Degree and no
// PronType; более, менее, ранее, далее, скорее, позднее are comparative
// adverbs (Degree=Cmp), наиболее and наименее superlative; the nominal pronouns of pronounFeats carry their gender,
// number and animacy (the plural все: Animacy=Anim).
func conventionFeats(a *Analysis) {
	l := strings.ToLower(a.Lemma)
	var set []string
	drop := map[string]bool{}
	switch a.UPOS {
	case "PART":
		if l == "не" || l == "ни" {
			set = []string{"Polarity=Neg"}
		}
	case "NUM":
		drop["Degree"], drop["PronType"] = true, true
	case "ADV":
		if strings.Contains(a.Feats, "Abbr=") {
			break // т. д.: no degree
		}
		switch l {
		case "более", "менее", "ранее", "далее", "скорее", "позднее":
			set = []string{"Degree=Cmp"}
		case "наиболее", "наименее":
			set = []string{"Degree=Sup"}
		}
	case "PRON":
		set = pronounFeatsOf(l)
		if l == "все" && strings.Contains(a.Feats, "Number=Plur") {
			set = []string{"Animacy=Anim"}
		}
	}
	if len(set) == 0 && len(drop) == 0 {
		return
	}
	for _, f := range set {
		k, _, _ := strings.Cut(f, "=")
		drop[k] = true
	}
	fs := append([]string(nil), set...)
	if a.Feats != "" {
		for f := range strings.SplitSeq(a.Feats, "|") {
			if k, _, _ := strings.Cut(f, "="); !drop[k] {
				fs = append(fs, f)
			}
		}
	}
	a.Feats = joinFeats(fs)
}
