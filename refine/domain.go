package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// domainZones are the top-level domains news name sites in.
var domainZones = []string{".рф", ".ру", ".ru", ".com", ".org", ".net", ".su"}

// inDomainName reports whether the place mention m is part of a domain
// name: right after a dot («.РФ», «кремль.рф») or right before a domain
// zone («екатеринбург.рф»). No place of NEREL v1.1 train starts right
// after a dot, though its texts name 50 domain zones.
func inDomainName(text []rune, m doc.Mention) bool {
	if !isPlaceType(m.Type) || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		return false
	}
	if m.Start > 0 && text[m.Start-1] == '.' {
		return true
	}
	rest := lowerCase(string(text[m.End:min(len(text), m.End+5)]))
	for _, z := range domainZones {
		if after, ok := strings.CutPrefix(rest, z); ok {
			if r := []rune(after); len(r) == 0 || !tokenize.IsLetter(r[0]) {
				return true
			}
		}
	}
	return false
}

// domainEnd extends an ORGANIZATION or a PROFESSION that ends right before
// a domain zone («ДОМ» of «Генеральный директор ДОМ.РФ») over the zone:
// the organization's name is the whole domain name («ДОМ.РФ»), which the
// model cut at the dot. NEREL v1.1 train has no mention ending so.
func domainEnd(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" && m.Type != "PROFESSION" || m.End < 1 || m.End+2 >= len(text) || text[m.End] != '.' || !tokenize.IsLetter(text[m.End-1]) {
		return m
	}
	rest := lowerCase(string(text[m.End:min(len(text), m.End+5)]))
	for _, z := range domainZones {
		if after, ok := strings.CutPrefix(rest, z); ok {
			if r := []rune(after); len(r) == 0 || !tokenize.IsLetter(r[0]) {
				m.End += len([]rune(z))
				m.Text = string(text[m.Start:m.End])
				return m
			}
		}
	}
	return m
}

// domainNames adds the ORGANIZATION of a name written as a domain: a word
// of capital Cyrillic letters, a dot and «РФ» with no space between
// («ДОМ.РФ»), where no organization has that extent; a mention of
// another type inside it («ДОМ» read as a FACILITY, «РФ» as a COUNTRY)
// or an organization of its first word alone is dropped. NEREL v1.1
// train and dev write no name so (their domains are Latin or lower
// case: «Лента.ру», «kremlin.ru»).
func (r *Refiner) domainNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(nil, "рф") {
		return ms
	}
	have := spansOf(ms, "ORGANIZATION")
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+2 < len(toks); i++ {
			if toks[i+1].Text != "." || fold(toks[i+2].Text) != "рф" || toks[i].End != toks[i+1].Start || toks[i+1].End != toks[i+2].Start || !capitalWord(toks[i].Text) {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[i+2].End}
			if !have[sp] {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		for _, a := range added {
			if a.Contains(m.Span) && m.Span != a.Span {
				return true
			}
		}
		return false
	})
}

// capitalWord reports whether w is two or more Cyrillic letters, all
// capitals: «ДОМ».
func capitalWord(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.Is(unicode.Cyrillic, c) || !tokenize.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 2
}
