package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// nameParticles are the small words inside foreign persons' names: «Людвиг
// ван Бетховен», «Кристиан фон Беттихер», «Урсула фон дер Ляйен», «Усама бин
// Ладен», «Висенте дель Боске».
var nameParticles = map[string]bool{"фон": true, "дер": true, "ван": true, "де": true, "ла": true, "да": true,
	"ди": true, "дель": true, "дос": true, "ду": true, "дю": true, "ибн": true, "бин": true, "ле": true}

// particleNames joins a person's name that the recognizer cut at a
// particle: a PERSON followed by particles and a capitalized word, or
// ending in a particle before one, is one PERSON up to that word (or up to
// the end of the PERSON that starts there): «Урсула фон» + «Ляйен» →
// «Урсула фон дер Ляйен». NEREL train and dev write all such names as one
// PERSON (ибн Салман, фон Беттихер, де Голль, …).
func particleNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var joined []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" || drop[m.Span] {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < first {
			continue
		}
		j := last + 1
		particles := 0
		if nameParticles[lowerCase(toks[last].Text)] && last > first {
			particles = 1
		}
		for j < len(toks) && nameParticles[toks[j].Text] {
			j++
			particles++
		}
		if particles == 0 || j >= len(toks) {
			continue
		}
		if c, _ := decodeFirst(toks[j].Text); !tokenize.IsUpper(c) || !wordish(toks[j].Text) {
			continue
		}
		end := toks[j].End
		for _, o := range ms {
			if o.Type == "PERSON" && o.Start == toks[j].Start && o.End > end {
				end = o.End
			}
		}
		for _, o := range ms {
			if o.Type == "PERSON" && o.Start >= m.Start && o.End <= end && o.Span != m.Span {
				drop[o.Span] = true
			}
		}
		drop[m.Span] = true
		sp := doc.Span{Start: m.Start, End: end}
		joined = append(joined, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PERSON"})
	}
	return withReplaced(ms, joined, func(m doc.Mention) bool { return m.Type == "PERSON" && drop[m.Span] })
}

// wordish reports whether w is made of letters and hyphens.
func wordish(w string) bool {
	for _, r := range w {
		if !tokenize.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// locativePlace makes a one-word PERSON in a plural locative form after
// «в» («в Шушарах», «в Чебоксарах») a CITY: NEREL train has no person so
// placed and 7 places (Чебоксарах, Нидерландах, Афинах, …).
func locativePlace(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" || strings.Contains(m.Text, " ") || !(strings.HasSuffix(m.Text, "ах") || strings.HasSuffix(m.Text, "ях")) {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first < 1 {
		return m
	}
	if p := lowerCase(toks[first-1].Text); p == "в" || p == "во" {
		m.Type = "CITY"
	}
	return m
}

// courtName makes a one-word place that names a court («в Мосгорсуде»,
// «Мособлсуд») an ORGANIZATION, as NEREL train and dev tag both of theirs.
// Persons are left alone («Мехсуд», a surname, is a PERSON there).
func courtName(m doc.Mention) doc.Mention {
	if m.Type != "CITY" && m.Type != "LOCATION" && m.Type != "DISTRICT" && m.Type != "STATE_OR_PROVINCE" || strings.Contains(m.Text, " ") {
		return m
	}
	w := lowerCase(m.Text)
	for _, end := range []string{"суд", "суда", "суду", "судом", "суде"} {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > utf8.RuneCountInString(end)+1 {
			m.Type = "ORGANIZATION"
			return m
		}
	}
	return m
}
