package tagger

import "strings"

// Lexical features: PronType, Poss and Reflex are properties of pronominal
// lemmas, which UD Russian Taiga (and SynTagRus) mark and which none of the
// training corpora mark (nor UD GSD). They are added after tagging from
// this table, by lemma and UPOS (PRON, DET, ADV, NUM), following the UD
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

// quantifiers are NUM lemmas without NumType=Card.
var quantifiers = map[string]bool{
	"много": true, "мало": true, "немного": true, "немало": true, "несколько": true,
	"сколько": true, "столько": true, "множество": true,
}

// AddLexicalFeatures adds NumType=Card to inflected cardinal numerals
// and PronType, Poss and Reflex to a pronominal
// analysis (see pronTypes); question says whether the sentence is a
// question (Int rather than Rel).
func AddLexicalFeatures(a *Analysis, question bool) {
	if a.UPOS == "NUM" && strings.Contains(a.Feats, "Case=") && !quantifiers[strings.ToLower(a.Lemma)] {
		a.Feats = joinFeats(append(strings.Split(a.Feats, "|"), "NumType=Card"))
	}
	switch a.UPOS {
	case "PRON", "DET", "ADV", "NUM":
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
	if a.UPOS == "NUM" && pt != "Int" && pt != "Dem" && pt != "Ind" {
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
