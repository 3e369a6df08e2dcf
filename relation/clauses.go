package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// wordSpan is a word's rune span in the text.
type wordSpan struct{ start, end int }

// wordsBack returns up to n words before position p, nearest first,
// stopping at the end of the sentence before (a full stop, «!», «?», «;»
// or a line break).
func wordsBack(text []rune, p, n int) []wordSpan {
	var out []wordSpan
	for i := p; i > 0 && len(out) < n; {
		for i > 0 && !isWordRune(text[i-1]) {
			if strings.ContainsRune(".!?;\n", text[i-1]) {
				return out
			}
			i--
		}
		j := i
		for j > 0 && isWordRune(text[j-1]) {
			j--
		}
		if j == i {
			break
		}
		out = append(out, wordSpan{j, i})
		i = j
	}
	return out
}

// givingVerbs are the lemmas of the verbs whose subject gives an award to
// the person in the dative or accusative after them.
var givingVerbs = map[string]bool{"вручить": true, "вручать": true, "наградить": true, "награждать": true, "присвоить": true, "присваивать": true, "удостоить": true, "присудить": true}

// awardGiver reports whether the award t follows a giving verb in its
// clause («Он вручил Третьяку орден», «наградил Иванова медалью»), a
// person other than h stands between the verb and t (the recipient), and
// h is not between them: h gives the award, he is not awarded.
func awardGiver(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	verb := -1
	for _, w := range wordsBack(text, t.Start, 8) {
		if ps := readings(string(text[w.start:w.end])); len(ps) > 0 && ps[0].Tag.POS() == morph.VERB && givingVerbs[ps[0].Normal] {
			verb = w.end
			break
		}
	}
	if verb < 0 || h.Start >= verb && h.End <= t.Start {
		return false
	}
	return slices.ContainsFunc(mentions, func(m doc.Mention) bool {
		return m.Type == "PERSON" && m.Start >= verb && m.End <= t.Start && m.Span != h.Span
	})
}

// reported reports whether t lies in a clause «, что …» that reports the
// words of h: h, a speech verb (any finite verb) within four words after
// it, then «, что» and a noun in the nominative that is the clause's own
// subject, t after it («Адвокат Ирина Лебедева заявила, что защита
// обжалует приговор в Московском городском суде»; «Посол заявил, что
// товарооборот двух стран превысил 1,5 млрд долларов»). What the clause
// tells is its subject's, not the speaker's.
func reported(text []rune, h, t doc.Mention) bool {
	clause, ok := speechClause(text, h, t, likeliestVerb)
	if !ok {
		return false
	}
	if strings.ContainsAny(clause, ",:—–()") {
		return false // t is past the clause («…, что Гордон был у него в подчинении, когда он сам служил майором ФСБ»)
	}
	rest := strings.Fields(clause)
	if len(rest) == 0 {
		return false // t is the first word of the clause
	}
	return slices.ContainsFunc(readings(strings.Trim(rest[0], ",«»\"„“")), func(p morph.Parse) bool {
		return p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Nomn
	})
}

// speechClause returns the words between «, что» and t when h is followed,
// in t's sentence, by up to four words of which one is a speech verb
// (speech), then «, что »: the clause that reports h's words.
func speechClause(text []rune, h, t doc.Mention, speech func(string) bool) (string, bool) {
	if h.End > t.Start || t.Start > len(text) {
		return "", false
	}
	between := string(text[h.End:t.Start])
	if strings.ContainsAny(between, ".!?;") {
		return "", false
	}
	k := strings.Index(between, ", что ")
	if k < 0 {
		return "", false
	}
	if ws := strings.Fields(between[:k]); len(ws) == 0 || len(ws) > 4 || !slices.ContainsFunc(ws, speech) {
		return "", false
	}
	return between[k+len(", что "):], true
}

// likeliestVerb reports whether the likeliest reading of w is a verb.
func likeliestVerb(w string) bool {
	ps := readings(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.VERB
}

// sayingVerb reports whether w opens as a verb of saying does
// (reportingVerbStems).
func sayingVerb(w string) bool {
	return slices.ContainsFunc(reportingVerbStems, func(s string) bool { return strings.HasPrefix(strings.ToLower(w), s) })
}

// reportedMoney reports whether the sum t lies in a clause «, что …» that
// reports the words of h (a verb of saying, reportingVerbStems, within
// four words after h; not «подозревается в том, что передал $38 млн»)
// whatever opens the clause, with no personal pronoun in it by
// which the speaker would tell of himself: «Министр финансов Ольга Ярина
// уточнила, что на ремонт дорог предусмотрено 18 млрд рублей» tells of a
// budget's expenditure, not hers.
func reportedMoney(text []rune, h, t doc.Mention) bool {
	clause, ok := speechClause(text, h, t, sayingVerb)
	if !ok {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(clause)) {
		if w = strings.Trim(w, ",«»\"()"); isAny(w, "я", "мы", "мне", "нам", "меня", "нас", "мной", "нами") || isAny(w, sourcePronouns...) {
			return false
		}
	}
	return true
}

// nounNumber returns the number of the first noun of a post («космонавты
// Роскосмоса»: plural) when all its noun readings agree on it, else 0
// («главы» is a genitive singular or a nominative plural).
func nounNumber(post string) morph.Grammeme {
	ps := firstNoun(post)
	if ps == nil {
		return 0
	}
	n := ps[0].Tag.Number()
	for _, p := range ps {
		if p.Tag.POS() == morph.NOUN && p.Tag.Number() != n {
			return 0
		}
	}
	return n
}

// otherNumber reports whether two posts that share a word of four letters
// or more (the employer they name, «Роскосмоса») are of different numbers
// («космонавты Роскосмоса», «генеральный директор Роскосмоса»): no other
// name of one another. (Posts that share no word are left alone: NEREL
// train has «ирландскими лидерами» for «премьер-министром Ирландии».)
func otherNumber(h, t doc.Mention) bool {
	if h.Type != "PROFESSION" || t.Type != "PROFESSION" {
		return false
	}
	shared := false
	for _, a := range strings.Fields(strings.ToLower(h.Text)) {
		for _, b := range strings.Fields(strings.ToLower(t.Text)) {
			shared = shared || a == b && len([]rune(a)) >= 4
		}
	}
	if !shared {
		return false
	}
	a, b := nounNumber(h.Text), nounNumber(t.Text)
	return a != 0 && b != 0 && a != b
}

// attributive reports whether the place or nationality h is an adjective
// after a preposition and before a noun («переговоры с египетским
// коллегой»): it qualifies the noun, which is the party; the adjective
// itself acts in nothing. Not when the noun is the event t itself
// («израильская оккупация», NEREL train's AGENT), nor without the
// preposition («две русские женщины женились»: NEREL's AGENT).
func attributive(text []rune, h, t doc.Mention) bool {
	if h.Type != "COUNTRY" && h.Type != "NATIONALITY" && h.Type != "STATE_OR_PROVINCE" && h.Type != "CITY" || strings.Contains(h.Text, " ") || !unicode.IsLower(firstRune(h.Text)) {
		return false
	}
	if !isAny(wordBefore(text, h.Start), "с", "со", "к", "ко", "у", "от", "для", "при", "между") {
		return false
	}
	if ps := readings(h.Text); len(ps) == 0 || ps[0].Tag.POS() != morph.ADJF {
		return false
	}
	i := h.End
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) && isWordRune(text[j]) {
		j++
	}
	return j > i && t.Start != i && slices.ContainsFunc(readings(string(text[i:j])), func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN })
}

// copulaLemmas are the lemmas of the verbs that give a role in the
// instrumental to the subject after them («Генеральным подрядчиком
// выступит компания „Мостострой-12“»).
var copulaLemmas = []string{"выступить", "выступать", "стать", "становиться", "являться"}

// organizationsRole reports whether the post t, opening its clause, has a
// noun in the instrumental and is followed by a verb of copulaLemmas and then, within
// two words, by an organization: the role is the organization's, not that
// of a person (WORKS_AS) named before.
func organizationsRole(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if h.End > t.Start || t.End >= len(text) {
		return false
	}
	before := strings.TrimRight(string(text[:t.Start]), " «\"")
	if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?,;:\n") {
		return false
	}
	if !slices.ContainsFunc(strings.Fields(string(text[t.Start:t.End])), func(w string) bool {
		return slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Ablt })
	}) {
		return false
	}
	rest := strings.Fields(string(text[t.End:min(len(text), t.End+80)]))
	if len(rest) < 2 || !slices.ContainsFunc(readings(rest[0]), func(p morph.Parse) bool { return isAny(p.Normal, copulaLemmas...) }) {
		return false
	}
	verbEnd := t.End + strings.Index(string(text[t.End:]), rest[0]) + len([]rune(rest[0]))
	return slices.ContainsFunc(mentions, func(m doc.Mention) bool {
		if m.Type != "ORGANIZATION" || m.Start < verbEnd {
			return false
		}
		gap := strings.Fields(string(text[verbEnd:m.Start]))
		return len(gap) <= 2 && !strings.ContainsAny(string(text[verbEnd:m.Start]), ".,;!?")
	})
}
