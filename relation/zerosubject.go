package relation

import (
	"slices"
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
// gender would have (pronounAntecedent). subs are the document's
// pronoun subjects (pronounSubjects).
func zeroSubjects(c *patternContext, subs []pronounSubject) []pronounSubject {
	var out []pronounSubject
	chain := map[int]pronounSubject{} // a sentence → its subject, told by a pronoun or left out
	for _, s := range subs {
		chain[s.sent] = s
	}
	for si := 1; si < len(c.sents); si++ {
		verb := zeroVerb(c, si)
		if verb < 0 {
			continue
		}
		g := readings(c.sents[si].Tokens[verb].Text)[0].Tag.Gender()
		if g != morph.Masc && g != morph.Femn {
			continue
		}
		if s, ok := chain[si-1]; ok && nameGenders(c.ms[s.ante].Text)[g] {
			// «Окончил академию. Работал в газете»: the same subject
			z := pronounSubject{si, verb, s.ante, s.anteSent}
			chain[si] = z
			out = append(out, z)
			continue
		}
		if k, ks := pronounAntecedent(c, si, g); k >= 0 {
			z := pronounSubject{si, verb, k, ks}
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
func zeroSubjectPass(base Extractor, text []rune, sents []doc.Sentence, mentions []doc.Mention, c *patternContext, subs []pronounSubject, out []Found, have map[Found]bool) []Found {
	zs := zeroSubjects(c, subs)
	if len(zs) == 0 {
		return out
	}
	type insertion struct {
		at   int    // the verb's start in text
		pron []rune // the pronoun and a space
	}
	ins := make([]insertion, len(zs))
	for i, z := range zs {
		verb := sents[z.sent].Tokens[z.tok]
		g := readings(verb.Text)[0].Tag.Gender()
		pron := zeroPronouns[g]
		if z.tok > 0 {
			pron = strings.ToLower(pron)
		}
		ins[i] = insertion{verb.Start, []rune(pron + " ")}
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
		pron := doc.Token{Span: doc.Span{Start: p, End: p + len(ins[i].pron) - 1}, Text: strings.TrimSpace(string(ins[i].pron))}
		var toks []doc.Token
		for k, t := range s.Tokens {
			t.Span = doc.Span{Start: shift(t.Start, true), End: shift(t.End, false)}
			if k == z.tok {
				toks = append(toks, pron)
			}
			if k == 0 && z.tok == 0 { // the verb no longer opens the sentence
				r := []rune(t.Text)
				r[0] = unicode.ToLower(r[0])
				t.Text = string(r)
				nt[t.Start] = r[0]
			}
			toks = append(toks, t)
		}
		ss[i] = doc.Sentence{Span: doc.Span{Start: shift(s.Start, false), End: shift(s.End, false)}, Tokens: toks}
		stand[len(ms)] = z
		ms = append(ms, doc.Mention{Span: pron.Span, Text: pron.Text, Type: "PERSON"})
	}
	return standIn(standInPairs(base, nt, ss, ms, len(mentions)), stand, mentions, sents, out, have)
}

// zeroSubject reports whether sentence si has its subject left out
// (zeroVerb).
func zeroSubject(c *patternContext, si int) bool { return zeroVerb(c, si) >= 0 }

// zeroVerb returns the token of the finite verb in the past singular of
// sentence si whose subject is left out, or -1: the sentence names no
// person and the verb opens it («Окончил военную академию.» after
// «Ас-Сиси родился в Каире.»), or follows only prepositional phrases,
// adverbs, numbers and punctuation («В 1927 году вступил в партию», «До
// этого занимал пост …»). A capitalized word inside the sentence before
// the verb and outside a prepositional phrase, which may be a name, and «Как» right before it («Как сообщил
// один из ректоров, …») stop the rule.
func zeroVerb(c *patternContext, si int) int {
	for _, k := range c.bySent[si] {
		if c.ms[k].Type == "PERSON" {
			return -1
		}
	}
	toks := c.sents[si].Tokens
	inPhrase := false // after a preposition, before its noun
	for k, t := range toks {
		ps := readings(t.Text)
		if len(ps) == 0 {
			if isWordRune(firstRune(t.Text)) && !unicode.IsDigit(firstRune(t.Text)) {
				return -1 // an unknown word may be a name
			}
			continue
		}
		if k > 0 && !inPhrase && unicode.IsUpper(firstRune(t.Text)) {
			return -1 // a name the mentions miss («На все вопросы Ливанов отвечал»)
		}
		switch tag := ps[0].Tag; tag.POS() {
		case morph.VERB:
			if k > 0 && strings.EqualFold(toks[k-1].Text, "как") {
				return -1 // «Как сообщил один из ректоров, …»: the source follows
			}
			if !tag.Is(morph.Past) || !tag.Is(morph.Sing) || subjectAfter(toks[k:], tag.Gender(), !tag.Is(morph.Intr)) {
				return -1
			}
			return k
		case morph.PREP:
			inPhrase = true
		case morph.NOUN, morph.NPRO:
			if !inPhrase && slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == morph.Nomn }) {
				return -1 // a subject may stand here
			}
			inPhrase = false
		case morph.ADJF, morph.ADVB, morph.NUMR, morph.NUMB, morph.PNCT, morph.CONJ, morph.PRCL, morph.INTJ:
		default:
			return -1
		}
	}
	return -1
}

// subjectAfter reports whether a noun that may be a nominative singular
// of gender g follows the verb opening toks before any punctuation, no
// preposition nor «как» right before it: «Шёл дождь», «Дул сильный ветер»,
// «В тот же день прошла акция протеста» — the subject stands after the
// verb. After a transitive verb the noun must not read as an accusative.
func subjectAfter(toks []doc.Token, g morph.Grammeme, transitive bool) bool {
	for k := 1; k < len(toks); k++ {
		if !isWordRune(firstRune(toks[k].Text)) {
			return false
		}
		ps := readings(toks[k].Text)
		if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN || transitive && slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == morph.Accs }) {
			continue // («Окончил институт»: the object may read so)
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
