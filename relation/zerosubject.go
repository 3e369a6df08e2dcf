package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// zeroSubjects returns the sentences whose subject is left out, a person
// named before: a sentence that names no person, holds no pronoun subject
// and opens with a finite verb in the past singular («Родился 4 января
// 1955 года», «Окончил военную академию, служил в армии»), each with the
// verb's token as its tok and the antecedent a pronoun of the verb's
// gender would have (pronounAntecedent).
func zeroSubjects(c *patternContext) []pronounSubject {
	var out []pronounSubject
	chain := map[int]pronounSubject{} // a sentence → its subject, told by a pronoun or left out
	for _, s := range pronounSubjects(c) {
		chain[s.sent] = s
	}
	for si := 1; si < len(c.sents); si++ {
		if !zeroSubject(c, si) {
			continue
		}
		g := readings(c.sents[si].Tokens[0].Text)[0].Tag.Gender()
		if g != morph.Masc && g != morph.Femn {
			continue
		}
		if s, ok := chain[si-1]; ok && nameGenders(c.ms[s.ante].Text)[g] {
			// «Окончил академию. Работал в газете»: the same subject
			z := pronounSubject{si, 0, s.ante, s.anteSent}
			chain[si] = z
			out = append(out, z)
			continue
		}
		if k, ks := pronounAntecedent(c, si, g); k >= 0 {
			z := pronounSubject{si, 0, k, ks}
			chain[si] = z
			out = append(out, z)
		}
	}
	return out
}

// zeroPronouns are the pronouns that stand in for a left-out subject.
var zeroPronouns = map[morph.Grammeme]string{morph.Masc: "Он", morph.Femn: "Она"}

// zeroSubjectPass runs base once more over the sentences with a left-out
// subject (zeroSubjects), each with the pronoun of its verb's gender put
// before the verb as a PERSON mention, and gives what base relates to it
// to the antecedent (standIn), as Pronouns does for «он» and «она»: «Марк
// Холлис умер … . Родился 4 января 1955 года в Тоттенеме» gives Холлис
// the birth. The text handed to base has the pronouns inserted and every
// span after them shifted; the mentions keep their indexes.
func zeroSubjectPass(base Extractor, text []rune, sents []doc.Sentence, mentions []doc.Mention, c *patternContext, out []Found, have map[Found]bool) []Found {
	zs := zeroSubjects(c)
	if len(zs) == 0 {
		return out
	}
	type insertion struct {
		at   int    // the verb's start in text
		pron []rune // the pronoun and a space
	}
	ins := make([]insertion, len(zs))
	for i, z := range zs {
		g := readings(sents[z.sent].Tokens[0].Text)[0].Tag.Gender()
		ins[i] = insertion{sents[z.sent].Tokens[0].Start, []rune(zeroPronouns[g] + " ")}
	}
	// shift maps a position of text to the new text: past every insertion
	// at or before it (start) or before it (end)
	shift := func(x int, start bool) int {
		d := 0
		for _, in := range ins {
			if in.at < x || start && in.at == x {
				d += len(in.pron)
			}
		}
		return x + d
	}
	var nt []rune
	last := 0
	for _, in := range ins {
		nt = append(nt, text[last:in.at]...)
		nt = append(nt, in.pron...)
		last = in.at
	}
	nt = append(nt, text[last:]...)
	ms := make([]doc.Mention, len(mentions), len(mentions)+len(zs))
	for i, m := range mentions {
		ms[i] = m
		ms[i].Span = doc.Span{Start: shift(m.Start, true), End: shift(m.End, false)}
	}
	stand := map[int]pronounSubject{}
	ss := make([]doc.Sentence, len(zs))
	for i, z := range zs {
		s := sents[z.sent]
		p := shift(ins[i].at, false) // where the pronoun stands
		pron := strings.TrimSpace(string(ins[i].pron))
		toks := []doc.Token{{Span: doc.Span{Start: p, End: p + len(ins[i].pron) - 1}, Text: pron}}
		for k, t := range s.Tokens {
			t.Span = doc.Span{Start: shift(t.Start, true), End: shift(t.End, false)}
			if k == 0 { // the verb no longer opens the sentence
				r := []rune(t.Text)
				r[0] = unicode.ToLower(r[0])
				t.Text = string(r)
				nt[t.Start] = r[0]
			}
			toks = append(toks, t)
		}
		ss[i] = doc.Sentence{Span: doc.Span{Start: shift(s.Start, false), End: shift(s.End, false)}, Tokens: toks}
		stand[len(ms)] = z
		ms = append(ms, doc.Mention{Span: toks[0].Span, Text: toks[0].Text, Type: "PERSON"})
	}
	return standIn(base.Extract(nt, ss, ms), stand, mentions, sents, out, have)
}

// zeroSubject reports whether sentence si names no person and opens with
// a finite verb in the past singular, its subject left out: «Окончил
// военную академию.» after «Ас-Сиси родился в Каире.».
func zeroSubject(c *patternContext, si int) bool {
	for _, k := range c.bySent[si] {
		if c.ms[k].Type == "PERSON" {
			return false
		}
	}
	toks := c.sents[si].Tokens
	if len(toks) == 0 {
		return false
	}
	ps := readings(toks[0].Text)
	if len(ps) == 0 || ps[0].Tag.POS() != morph.VERB || !ps[0].Tag.Is(morph.Past) || !ps[0].Tag.Is(morph.Sing) {
		return false
	}
	return !ps[0].Tag.Is(morph.Intr) || !subjectAfter(toks, ps[0].Tag.Gender())
}

// subjectAfter reports whether a noun that may be a nominative singular
// of gender g follows the verb opening toks before any punctuation, no
// preposition nor «как» right before it: «Шёл дождь», «Дул сильный ветер»
// — the subject stands after an intransitive verb.
func subjectAfter(toks []doc.Token, g morph.Grammeme) bool {
	for k := 1; k < len(toks); k++ {
		if !isWordRune(firstRune(toks[k].Text)) {
			return false
		}
		ps := readings(toks[k].Text)
		if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN {
			continue
		}
		for _, p := range ps {
			if p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) && p.Tag.Gender() == g {
				if ps := readings(toks[k-1].Text); len(ps) > 0 && ps[0].Tag.POS() == morph.PREP || strings.EqualFold(toks[k-1].Text, "как") {
					break // «Родился в Москве», «Дебютировал как писатель»
				}
				return true
			}
		}
	}
	return false
}
