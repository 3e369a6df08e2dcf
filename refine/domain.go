package refine

import (
	"strings"

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
	if !placeMentionTypes[m.Type] || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
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
