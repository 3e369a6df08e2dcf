package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// ownedPart is an organization group named by a part and its owner: the
// part's words and the owner's group.
type ownedPart struct {
	g     *group
	owner *group
	head  string
}

// mergeOwnedParts joins two organizations named by the same part of one
// owner: «Совет директоров „Уралкалия“» and «Совет директоров ПАО
// „Уралкалий“», «Совет директоров Банка России» and «совета директоров
// Центробанка». The owner is an ORGANIZATION mention nested at the end of
// the part's mention (a closing quote after it aside), and the owners'
// mentions must be one group already. The part is the mention's canonical
// name less the owner's words, quotes and legal forms (ПАО, АО), compared
// in lower case; each group counts once with the part its first such
// mention gives.
//
// The owner must be written as a proper name (a capital letter or a
// digit first): a common noun's owner is no one organization the text
// names («нижней палаты парламента» and «Нижняя палата чешского
// парламента», which NEREL train does not link). ms are sorted by start,
// with canons and groupOf giving each one's canonical name and group.
func mergeOwnedParts(ms []doc.Mention, canons []string, groupOf []*group) {
	var parts []ownedPart
	seen := map[*group]bool{}
	for i := range ms {
		j := ownerAtEnd(ms, i)
		if j < 0 || seen[root(groupOf[i])] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(ms[j].Text); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		if head := ownedHead(canons[i], len(strings.Fields(ms[j].Text))); head != "" {
			seen[root(groupOf[i])] = true
			parts = append(parts, ownedPart{g: root(groupOf[i]), owner: root(groupOf[j]), head: head})
		}
	}
	for a := range parts {
		for b := a + 1; b < len(parts); b++ {
			pa, pb := parts[a], parts[b]
			if pa.head != pb.head || root(pa.owner) != root(pb.owner) || root(pa.g) == root(pb.g) {
				continue
			}
			if better(root(pb.g).name(), root(pa.g).name()) {
				absorb(pb.g, pa.g)
			} else {
				absorb(pa.g, pb.g)
			}
		}
	}
}

// ownerAtEnd returns the index of the first ORGANIZATION mention nested
// in ms[i], itself an ORGANIZATION, that ends where it ends (a closing
// quote aside), or -1.
func ownerAtEnd(ms []doc.Mention, i int) int {
	m := ms[i]
	if m.Type != "ORGANIZATION" {
		return -1
	}
	for j := i + 1; j < len(ms) && ms[j].Start < m.End; j++ {
		o := ms[j]
		if o.Type == "ORGANIZATION" && o.Start > m.Start && o.End <= m.End && quotesOnly(m.Text[byteOffset(m.Text, o.End-m.Start):]) {
			return j
		}
	}
	return -1
}

// ownedHead returns name less its last n words, quotes and legal forms,
// in lower case: «совет директоров» of «Совет директоров ПАО „Уралкалий“»
// (n = 1), or "" when nothing is left.
func ownedHead(name string, n int) string {
	words := strings.Fields(name)
	if n >= len(words) {
		return ""
	}
	var head []string
	for _, w := range words[:len(words)-n] {
		w = strings.TrimFunc(w, tokenize.IsQuote)
		if w == "" || legalForms[strings.ToLower(w)] {
			continue
		}
		head = append(head, strings.ToLower(w))
	}
	return strings.Join(head, " ")
}

// quotesOnly reports whether s holds nothing but quotes and spaces.
func quotesOnly(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return tokenize.IsQuote(r) || unicode.IsSpace(r) }) == ""
}

// byteOffset returns the byte offset of the rune at index k of s (len(s)
// past its end).
func byteOffset(s string, k int) int {
	n := 0
	for b := range s {
		if n == k {
			return b
		}
		n++
	}
	return len(s)
}
