package names

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// invertedSubjectHints gives a person's name of two words or more that
// follows a finite verb in the past singular right away and ends its
// clause (punctuation or the text's end after it) the nominative and the
// verb's gender, when the verb cannot take the name as its object: the
// dictionary reads it as intransitive and it governs no dative
// (dativeVerbs: «позвонила Камилю Шаймиеву»), or a dash opens it, as it
// opens the attribution of a quote («…», — заявила Кая Каллас). Russian
// news puts the subject after its verb («В совет директоров вошла Камиля
// Шаймиева, внучка …»: Камиля Шаймиева, not the tagger's genitive Камиль
// Шаймиев), and the subject agrees with its verb. hints are the tagger's
// for m's tokens; toks the document's tokens; transitive tells a
// transitive verb's form (Canonicalizer.transitive).
func invertedSubjectHints(hints []Hint, toks []doc.Token, m doc.Mention, transitive func(string) bool) []Hint {
	if len(hints) < 2 || hints[0].Apposed || transitive == nil {
		return hints
	}
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= m.Start })
	if j == 0 || j >= len(toks) || toks[j].Start != m.Start {
		return hints
	}
	v := toks[j-1]
	gender, lemma := pastGender(v), strings.ToLower(v.Lemma)
	if gender == 0 || dativeVerbs[lemma] || eitherVerbs[lemma] {
		return hints
	}
	if e := sort.Search(len(toks), func(e int) bool { return toks[e].Start >= m.End }); e < len(toks) && toks[e].POS != "PUNCT" {
		return hints // «вошла Камиля Шаймиева в совет» may go on with the object's own words
	}
	dash := j >= 2 && isDash(toks[j-2].Text)
	if transitive(v.Text) && !dash {
		return hints // «поздравила Камиля Шаймиева»: the verb's object
	}
	out := append([]Hint(nil), hints...)
	for k := range out {
		if out[k].Case != morph.Nomn || out[k].Gender != gender {
			out[k].Lemma = "" // the tagger's lemma went with its case
		}
		out[k].Case, out[k].Gender, out[k].Apposed = morph.Nomn, gender, true
	}
	return out
}

// isDash reports whether s is a dash or a hyphen standing alone.
func isDash(s string) bool {
	return s == "—" || s == "–" || s == "-" || s == "‑"
}
