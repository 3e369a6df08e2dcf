package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// otherHoldersPosts reports whether the posts h and t each hold an
// organization, the two organizations share no word, and each post is
// followed by its holder, two persons of different surnames: «Глава
// „Газпрома“ Алексей Миллер … Глава „Роснефти“ Игорь Сечин» names two
// offices, no ALTERNATIVE_NAME of one. NEREL's posts under two names are
// one office held by one person («глава МАГАТЭ Юкия Амано» —
// «генеральный директор МАГАТЭ Юкия Амано») or one organization under two
// names («глава ФТС» — «главой Федеральной таможенной службы РФ»), which
// the two conditions leave.
func otherHoldersPosts(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	oh, ot := nestedOrganization(h, mentions), nestedOrganization(t, mentions)
	if oh < 0 || ot < 0 || sharesWord(mentions[oh].Text, mentions[ot].Text) {
		return false
	}
	ph, pt := holderAfter(text, h, mentions), holderAfter(text, t, mentions)
	return ph >= 0 && pt >= 0 && !sharesWord(surname(mentions[ph].Text), surname(mentions[pt].Text))
}

// nestedOrganization returns the index of the first ORGANIZATION mention
// inside the post m, or -1.
func nestedOrganization(m doc.Mention, mentions []doc.Mention) int {
	for i, o := range mentions {
		if o.Type == "ORGANIZATION" && o.Start >= m.Start && o.End <= m.End && o.Span != m.Span {
			return i
		}
	}
	return -1
}

// holderAfter returns the index of the PERSON mention that starts right
// after the post m, past spaces and closing quotes («глава „Роснефти“
// Игорь Сечин»), or -1.
func holderAfter(text []rune, m doc.Mention, mentions []doc.Mention) int {
	for i, p := range mentions {
		if p.Type == "PERSON" && p.Start >= m.End && p.Start-m.End <= 3 && strings.TrimFunc(string(text[m.End:p.Start]), func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("»\"“", r)
		}) == "" {
			return i
		}
	}
	return -1
}
