package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// postHolder returns the person who holds a post by the words around it:
// the PERSON mention right before it with only a comma between, in
// apposition («Валентина Матвиенко, председатель Совета Федерации»), or
// the one right after it with only spaces between («директора Олега
// Петрищева»; not across a line break, where news put a photo's caption,
// nor after a word of position, «сменила на посту главы ЦРУ Майка
// Помпео», whose post she takes); -1 if neither.
func postHolder(text []rune, post doc.Mention, mentions []doc.Mention) int {
	for i, m := range mentions {
		if m.Type != "PERSON" {
			continue
		}
		if m.End <= post.Start && gapIs(text[m.End:post.Start], " ", ",") ||
			m.Start >= post.End && gapIs(text[post.End:m.Start], " ", "") && !isAny(wordBefore(text, post.Start), positionWords...) {
			return i
		}
	}
	return -1
}

// orgHolder returns the holder of the post an organization is named in:
// that of the PROFESSION mention holding it, or, for an organization right
// after a post with no punctuation between (but quotes), at most four
// words, the person right after the organization («от директора
// строительной компании „Уралстрой“ Олега Петрищева»); -1 if none.
func orgHolder(text []rune, org doc.Mention, mentions []doc.Mention) int {
	if m, ok := postOf(org, mentions); ok {
		return postHolder(text, m, mentions)
	}
	for _, m := range mentions {
		if m.Type != "PROFESSION" || m.End > org.Start || slices.ContainsFunc(text[m.End:org.Start], func(r rune) bool { return strings.ContainsRune(",.;:—–()!?", r) }) ||
			len(strings.Fields(string(text[m.End:org.Start]))) > 4 {
			continue
		}
		for i, p := range mentions {
			if p.Type == "PERSON" && p.Start >= org.End && gapIs(text[org.End:p.Start], " »\"“”", "") &&
				!isAny(wordBefore(text, m.Start), positionWords...) {
				return i
			}
		}
	}
	return -1
}

// heldByOther reports whether the post, or the organization of the post,
// t belongs by the words around it (postHolder, orgHolder) to a person
// other than h, who comes before that person and his post with a verb
// between: «С Ириной Яровой не согласилась Валентина Матвиенко,
// председатель Совета Федерации» gives Яровая neither the post nor its
// organization; nor does «Бондаренко получил взятку от директора
// строительной компании „Уралстрой“ Олега Петрищева» give Бондаренко a
// WORKPLACE. A list («Иванов и Петров, депутаты Госдумы») may share the
// post, and a description may run on over another person («К. Фухимори -
// дочь экс-президента Перу А. Фухимори, депутат блока …»).
func heldByOther(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	var i int
	switch t.Type {
	case "PROFESSION":
		i = postHolder(text, t, mentions)
	case "ORGANIZATION":
		// (not a country or a city, which many work for: «премьер-министр
		// Петр Нечас подал заявление президенту Чехии Милошу Земану»)
		i = orgHolder(text, t, mentions)
	default:
		return false
	}
	if i < 0 {
		return false
	}
	p := mentions[i]
	first := min(p.Start, t.Start)
	if p.Span == h.Span || h.End > first {
		return false
	}
	for _, w := range strings.FieldsFunc(string(text[h.End:first]), func(r rune) bool { return !isWordRune(r) }) {
		if ps := readings(w); len(ps) > 0 && ps[0].Tag.POS() == morph.VERB {
			return true
		}
	}
	return false
}

// whoseHolder reports whether the person h, whose first word may be a
// genitive, stands between the post t, in the nominative singular (its
// first word has such a reading and no genitive one), and another person,
// with only spaces between: the genitive of whose post it is, not its
// holder («Адвокат Бондаренко Марина Литвинова», «биограф Баффета Энди
// Килпатрик»). A post in the genitive is the person's own («дочь
// президента Барака Обамы Малия»).
func whoseHolder(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.End > h.Start || !gapIs(text[t.End:h.Start], " ", "") {
		return false
	}
	if w := strings.Fields(t.Text); len(w) == 0 || slices.ContainsFunc(readings(w[0]), func(p morph.Parse) bool { return p.Tag.Case() == morph.Gent }) ||
		!slices.ContainsFunc(readings(w[0]), func(p morph.Parse) bool { return p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) }) {
		return false
	}
	if w := strings.Fields(h.Text); !slices.ContainsFunc(readings(w[0]), func(p morph.Parse) bool { return p.Tag.Case() == morph.Gent }) {
		return false // «с полпредом Александром Хлопониным Пшихачев рассказывал»
	}
	for _, m := range mentions {
		if m.Type == "PERSON" && m.Start >= h.End && gapIs(text[h.End:m.Start], " ", "") && m.Span != h.Span {
			return true
		}
	}
	return false
}

// positionWords are the nouns of a position a post in the genitive may
// follow («на посту главы ЦРУ»).
var positionWords = []string{"пост", "поста", "посту", "постом", "посте", "должность", "должности", "должностью", "кресло", "кресла", "кресле"}

// objectBeforeSubject reports whether the person h, whose last word has no
// nominative reading, stands before a finite verb whose subject is the post
// t after it, in the nominative (its first word reads so and not as an
// instrumental): «Антониу Гутерришу позвонил президент США» gives
// Гутерриш no post. A post in the instrumental after the verb is the
// object's («Иванова назначили директором»).
func objectBeforeSubject(text []rune, h, t doc.Mention) bool {
	if h.End > t.Start || strings.ContainsAny(string(text[h.End:t.Start]), ",.;:—–()!?«»\"") {
		return false
	}
	hw, tw := strings.Fields(h.Text), strings.Fields(t.Text)
	if len(hw) == 0 || len(tw) == 0 {
		return false
	}
	hr, tr := readings(hw[len(hw)-1]), readings(tw[0])
	if len(hr) == 0 || slices.ContainsFunc(hr, func(p morph.Parse) bool { return p.Tag.Case() == morph.Nomn }) ||
		!slices.ContainsFunc(tr, func(p morph.Parse) bool { return p.Tag.Case() == morph.Nomn }) ||
		slices.ContainsFunc(tr, func(p morph.Parse) bool { return p.Tag.Case() == morph.Ablt }) {
		return false
	}
	for _, w := range strings.Fields(string(text[h.End:t.Start])) {
		if finiteActive(w) {
			return true
		}
	}
	return false
}

// postOf returns the PROFESSION mention that holds t and starts before it,
// and whether there is one («президент США» for «США»).
func postOf(t doc.Mention, mentions []doc.Mention) (doc.Mention, bool) {
	for _, m := range mentions {
		if m.Type == "PROFESSION" && m.Start < t.Start && t.End <= m.End {
			return m, true
		}
	}
	return doc.Mention{}, false
}

// postPlace reports whether the place t follows «в» or «во» right after a
// post that ends before it and holds a place of its own («посол Индии в
// России»): where the post of another country is held, not where the
// person comes from («актер в Великобритании», whose post holds no place,
// may tell it: NEREL train has it so).
func postPlace(text []rune, t doc.Mention, mentions []doc.Mention) bool {
	if !isAny(wordBefore(text, t.Start), "в", "во") {
		return false
	}
	for _, m := range mentions {
		if m.Type != "PROFESSION" || m.End >= t.Start || !isAny(strings.ToLower(strings.TrimSpace(string(text[m.End:t.Start]))), "в", "во") {
			continue
		}
		for _, p := range mentions {
			if (p.Type == "COUNTRY" || p.Type == "CITY" || p.Type == "STATE_OR_PROVINCE") && m.Start < p.Start && p.End <= m.End {
				return true
			}
		}
	}
	return false
}

// gapIs reports whether gap, the text between two mentions, is want once
// the runes of cutset are trimmed from both its ends: strings.Trim(string(gap),
// cutset) == want, without making a string of a long gap (the rules ask it
// of every person mention before or after a post).
func gapIs(gap []rune, cutset, want string) bool {
	for len(gap) > 0 && strings.ContainsRune(cutset, gap[0]) {
		gap = gap[1:]
	}
	for len(gap) > 0 && strings.ContainsRune(cutset, gap[len(gap)-1]) {
		gap = gap[:len(gap)-1]
	}
	for _, r := range want {
		if len(gap) == 0 || gap[0] != r {
			return false
		}
		gap = gap[1:]
	}
	return len(gap) == 0
}
