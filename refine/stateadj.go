package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// stateRoles are the lemmas of the nouns of a state's office holders and
// agents: a head of state, a diplomat, a soldier, a spy.
var stateRoles = map[string]bool{
	"президент": true, "премьер": true, "премьер-министр": true, "канцлер": true, "лидер": true,
	"монарх": true, "король": true, "королева": true, "император": true, "императрица": true,
	"принц": true, "принцесса": true, "царь": true, "султан": true, "дипломат": true, "посол": true,
	"консул": true, "солдат": true, "военный": true, "военнослужащий": true, "шпион": true,
	"разведчик": true, "агент": true, "пограничник": true, "спецслужба": true,
}

// countryAdjective reports whether w is an adjective of the suffix -ск-/-цк-
// (британский, немецкой), the one of a country's name, not a word of colour
// or look such as «чернокожий».
func countryAdjective(w string) bool {
	w = fold(w)
	for _, end := range []string{"ск", "цк"} {
		if i := strings.LastIndex(w, end); i > 0 && len(w)-i-len(end) <= 2*len("ого") {
			return true
		}
	}
	return false
}

// stateAdjective makes a lower-case adjective of a country that the
// recognizer read as a NATIONALITY (capitalized only at the start of a
// sentence) a COUNTRY when a noun of stateRoles
// follows it: «британский премьер», «японский дипломат», «испанская
// королева». The adjective names the state the person serves, not a
// people; NEREL v1.1 train tags such an adjective a COUNTRY 53 times out
// of 54 (премьер 11, лидер 11, военные 14, дипломат 5, шпион 4 …), where
// before «актёр», «писатель» or «режиссёр» it is mostly a NATIONALITY.
// The adjective has the suffix -ск-: «чернокожий президент» stays.
func (r *Refiner) stateAdjective(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "NATIONALITY" || strings.ContainsAny(m.Text, " -") {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || first != last || last+1 >= len(toks) || first > 0 && !tokenize.StartsLower(m.Text) {
		return m
	}
	if !countryAdjective(m.Text) {
		return m
	}
	for _, p := range r.parse(toks[last+1].Text) {
		if stateRoles[fold(p.Normal)] {
			m.Type = "COUNTRY"
			return m
		}
	}
	return m
}

// tokenAfterWord returns the token right after m, a one-word mention, one
// space between; false when m spans more tokens or none follows so.
func tokenAfterWord(sents []doc.Sentence, m doc.Mention) (doc.Token, bool) {
	toks := sentenceTokens(sents, m)
	first, last := mentionTokens(toks, m)
	if first < 0 || first != last || last+1 >= len(toks) || toks[last+1].Start != m.End+1 {
		return doc.Token{}, false
	}
	return toks[last+1], true
}

// rulerLemmas are the lemmas of the nouns of a state's head or ruler, the
// part of stateRoles (and «правитель») that NEREL tags together with the
// country's adjective before it as one post.
var rulerLemmas = map[string]bool{
	"президент": true, "премьер": true, "премьер-министр": true, "канцлер": true, "лидер": true,
	"монарх": true, "король": true, "королева": true, "император": true, "императрица": true,
	"принц": true, "принцесса": true, "царь": true, "султан": true, "правитель": true,
}

// rulerPosts adds, for a one-word COUNTRY adjective of the suffix -ск-
// right before a noun of rulerLemmas it agrees with, and with no other
// noun (not «российская премьера» nor «российские премьеры», first
// nights), the PROFESSION of both («британский
// премьер», «японского монарха», «австрийского императора»), and the noun's
// own PROFESSION when no mention covers it («японским правителем»). The
// adjective names the state the ruler heads: NEREL v1.1 train tags the
// pair a PROFESSION in 33 of its 34 uses so found (премьер, президент,
// лидер, королева, монарх; not once «британского принца»), dev in 10 of 11,
// where before a minister, a senator or an astronaut it leaves the
// adjective out.
func (r *Refiner) rulerPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	posts := spansOf(ms, "PROFESSION")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "COUNTRY" || strings.ContainsAny(m.Text, " -") || !countryAdjective(m.Text) {
			continue
		}
		noun, ok := tokenAfterWord(sents, m)
		if !ok {
			continue
		}
		ruler, other := false, false // (agreeing readings: «российские премьеры» may be first nights)
		for _, n := range r.parse(noun.Text) {
			if n.Tag.POS() == morph.NOUN && r.agreesWith(m.Text, n) {
				ruler = ruler || rulerLemmas[fold(n.Normal)]
				other = other || !rulerLemmas[fold(n.Normal)]
			}
		}
		if !ruler || other {
			continue
		}
		if sp := (doc.Span{Start: m.Start, End: noun.End}); !posts[sp] {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
		if !overlapsAny(ms, noun.Span) {
			added = append(added, doc.Mention{Span: noun.Span, Text: noun.Text, Type: "PROFESSION"})
		}
	}
	return withAdded(ms, added)
}
