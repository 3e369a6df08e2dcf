package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// anaphoricPosts adds WORKS_AS from a person to a post in the singular
// that no relation gives a holder and whose sentence names no person
// («Пианист отметил, что …» after «Евгений Кисин заявил …»): the post
// refers back to a person named in the sentence before (postAntecedent:
// one whose name agrees with the post's gender, the subject first). On NEREL
// v1.1 train with gold entities and relations, that person holds such a
// post in 198 of 549 cases (36 %; 32 % reaching two sentences back), above
// the 31 % at which an added relation raises a micro F1 of 62. A person
// working for an organization other than the one the post holds is left
// out (otherEmployer; train: 35 such relations, 10 right), and so is a
// post right after a preposition (afterPreposition), no subject but the object of
// another's act: «Осуждённый напал на сотрудника ДПС» after «Суд приговорил
// Андрея Соколова …», nor a post after a noun of its office
// (officeOfPost: «на сайте президента») or after a kin noun
// (relativesPost: «Брат северокорейского лидера»). Nor is a repeat of an unheld post named with the
// person (unheldRepeat): «водителя …, сообщил представитель … Горелых.
// … водитель скрылся».
// ctx gives the document's pattern context, built once for all the rule
// layers (lazyContext).
func anaphoricPosts(fs []Found, mentions []doc.Mention, ctx func() *patternContext) []Found {
	held := map[int]bool{}
	for _, f := range fs {
		if f.Type == "WORKS_AS" {
			held[f.Tail] = true
		}
	}
	out := fs
	for i, m := range mentions {
		if m.Type != "PROFESSION" || held[i] {
			continue
		}
		c := ctx()
		mt := c.tokenOf[i]
		if mt.sent < 1 || nestedIn(mentions, i) {
			continue // (no sentence before)
		}
		named := false
		for _, k := range c.bySent[mt.sent] {
			if mentions[k].Type == "PERSON" {
				named = true
				break
			}
		}
		if named || !singular(m.Text) || newHolder(c, mt) || c.afterPreposition(i) || c.officeOfPost(i) || c.relativesPost(i) {
			continue
		}
		best := postAntecedent(c, mt, m.Text)
		if best >= 0 && otherPlace(fs, mentions, best, i) { // (false when the post names no place)
			// «Путин заявил …. В среду вьетнамский лидер посетит …»: the
			// one named before who works for the post's place
			best = placeHolder(fs, mentions, c, mt.sent, i)
		}
		if best >= 0 && !otherEmployer(fs, mentions, best, i) && !otherHolder(fs, mentions, c.tokenOf, best, i) && !unheldRepeat(out, mentions, c.tokenOf, best, i) && !localHolder(fs, mentions, best, i) {
			out = append(out, Found{Type: "WORKS_AS", Head: best, Tail: i, Score: 0.5,
				Evidence: doc.Span{Start: c.sents[mt.sent-1].Start, End: c.sents[mt.sent].End}})
		}
	}
	return out
}

// nestedIn reports whether mentions[i] lies inside another mention.
func nestedIn(mentions []doc.Mention, i int) bool {
	m := mentions[i]
	for k, o := range mentions {
		if k != i && o.Start <= m.Start && m.End <= o.End && o.Span != m.Span {
			return true
		}
	}
	return false
}

// newHolderWords are the adjectives before a post that make its holder
// another person than those named before («Новый глава региона проведет
// совещание» after the sentence of a spokesman). On NEREL train (gold
// entities) anaphoricPosts gave the person before such posts in 21 cases,
// 5 of them right (24 %, below the 31 % break-even); «бывший», «прежний»
// and «очередной» were right more often and are not listed.
var newHolderWords = map[string]bool{"новый": true, "будущий": true, "следующий": true}

// newHolder reports whether a lemma of the word right before the post, or
// of its first word, is one of newHolderWords. Every reading counts: the
// oblique «нового», «новому», «новым» read first as the noun «новое»
// (train: the likeliest lemma alone let 16 relations through, 1 right).
func newHolder(c *patternContext, mt mentionTokens) bool {
	toks := c.sents[mt.sent].Tokens
	for k := max(0, mt.first-1); k <= mt.first; k++ {
		for _, p := range readings(toks[k].Text) {
			if newHolderWords[p.Normal] {
				return true
			}
		}
	}
	return false
}

// otherEmployer reports whether the post mentions[post] holds an
// organization, or else a place (otherPlace), and the person mentions[person] works, by fs, only for
// organizations outside it: «Владелец „Царьграда“ Константин Малофеев
// заявил … . Представитель Google в суде не явился» — the representative
// of Google is not the owner of «Царьград».
func otherEmployer(fs []Found, mentions []doc.Mention, person, post int) bool {
	p := mentions[post]
	var inside []string
	for _, m := range mentions {
		if m.Type == "ORGANIZATION" && p.Start <= m.Start && m.End <= p.End {
			inside = append(inside, m.Text)
		}
	}
	if len(inside) == 0 {
		return otherPlace(fs, mentions, person, post)
	}
	other := false
	for _, f := range fs {
		if f.Type != "WORKPLACE" || f.Head != person || mentions[f.Tail].Type != "ORGANIZATION" {
			continue
		}
		t := mentions[f.Tail]
		if p.Start <= t.Start && t.End <= p.End || slices.Contains(inside, t.Text) {
			return false
		}
		other = true
	}
	return other
}

// otherPlace reports whether the post mentions[post] names a country,
// region or city and the person mentions[person] works, by fs, only for
// places of that type whose names begin otherwise (the first three
// letters: «Турции» and «турецкий» agree), by any mention of his surname
// («Владимир Путин» for «Путин»): «Фидан встретился … с
// министром иностранных дел Китая Ван И. Как отметил турецкий министр,
// …» — the Turkish minister is not the Chinese one. A nationality the
// person comes from (ORIGINS_FROM) counts as a country he works for:
// «Молдавский актёр Думитру Карачобану открыл вечер. Австрийский посол
// отметил …» — the Austrian ambassador is not the Moldovan actor.
func otherPlace(fs []Found, mentions []doc.Mention, person, post int) bool {
	inside := placesIn(mentions, post)
	if len(inside) == 0 {
		return false
	}
	other := false
	name := surname(mentions[person].Text)
	for _, f := range fs {
		if f.Type != "WORKPLACE" && (f.Type != "ORIGINS_FROM" || mentions[f.Tail].Type != "NATIONALITY") || !samePerson(mentions, f.Head, person, name) {
			continue
		}
		t := mentions[f.Tail]
		for _, m := range inside {
			if t.Type != m.Type && (t.Type != "NATIONALITY" || m.Type != "COUNTRY") {
				continue
			}
			if placeStem(t.Text) == placeStem(m.Text) {
				return false
			}
			other = true
		}
	}
	return other
}

// placesIn returns the countries, regions and cities named inside the post
// mentions[post] («турецкий» in «турецкий министр») or by an adjective
// right before it («Австрийский» of «Австрийский посол», one space apart).
func placesIn(mentions []doc.Mention, post int) []doc.Mention {
	p := mentions[post]
	var inside []doc.Mention
	for _, m := range mentions {
		if m.Type != "ORGANIZATION" && employerTypes[m.Type] && (p.Start <= m.Start && m.End <= p.End || m.End < p.Start && p.Start-m.End <= 1) {
			inside = append(inside, m)
		}
	}
	return inside
}

// samePerson reports whether the mention head is the person mentions[person],
// whose surname is name, or another person mention of that surname
// («Владимир Путин» for «Путин»).
func samePerson(mentions []doc.Mention, head, person int, name string) bool {
	return head == person || mentions[head].Type == "PERSON" && sharesWord(surname(mentions[head].Text), name)
}

// placeStem returns the first three letters of a place's name, lower-cased:
// «Турции» and «турецкий» agree.
func placeStem(s string) string {
	r := []rune(strings.ToLower(s))
	return string(r[:min(3, len(r))])
}

// placeHolder returns the person named last before sent who works, by fs
// (any mention of his surname, samePerson), for a place of the type and
// beginning of one inside the post mentions[post] and holds a post of the
// same noun (a head of state for «лидер»); else the last in the three
// sentences before who works there; else -1: the «вьетнамский лидер» is
// «президент Вьетнама Лыонг Кыонг», not Путин named after him.
func placeHolder(fs []Found, mentions []doc.Mention, c *patternContext, sent, post int) int {
	inside := placesIn(mentions, post)
	works := func(person int) bool {
		name := surname(mentions[person].Text)
		for _, f := range fs {
			if f.Type != "WORKPLACE" || !samePerson(mentions, f.Head, person, name) {
				continue
			}
			for _, m := range inside {
				if t := mentions[f.Tail]; t.Type == m.Type && placeStem(t.Text) == placeStem(m.Text) {
					return true
				}
			}
		}
		return false
	}
	noun := postNoun(mentions[post].Text)
	holds := func(person int) bool {
		name := surname(mentions[person].Text)
		for _, f := range fs {
			if f.Type != "WORKS_AS" || !samePerson(mentions, f.Head, person, name) {
				continue
			}
			if n := postNoun(mentions[f.Tail].Text); n == noun || noun == "лидер" && stateLeaders[n] {
				return true
			}
		}
		return false
	}
	found := -1
	for s := sent - 1; s >= 0; s-- {
		for _, k := range slices.Backward(c.bySent[s]) {
			if mentions[k].Type != "PERSON" || !works(k) {
				continue
			}
			if holds(k) {
				return k // «президент Вьетнама» for «вьетнамский лидер»
			}
			if found < 0 && s >= sent-3 {
				found = k
			}
		}
	}
	return found
}

// stateLeaders are the posts a «лидер» of a country names.
var stateLeaders = map[string]bool{"президент": true, "премьер-министр": true, "премьер": true, "глава": true, "председатель": true, "канцлер": true, "король": true}

// otherHolder reports whether the person mentions[person] holds, by fs,
// posts of other nouns only (the first noun's lemma) and another person
// one that begins with the anaphoric post's words (lemmas): «Губернатор
// поблагодарил металлургов» after «Шевелев заявил …» is the «губернатор
// Вологодской области Георгий Филимонов» named before, not Шевелев, a
// company's director («главы государства» is not «главы МВД»). The
// person's posts are those of every person mention of his surname
// («Александр Шевелев» for «Шевелев», «Владимиру Зворыкину» for
// «В.Зворыкина»). The other's post must lie in one of the three sentences
// before the anaphor's (NEREL dev: «секретарь Совета безопасности» held
// by a predecessor named far before).
func otherHolder(fs []Found, mentions []doc.Mention, tokenOf []mentionTokens, person, post int) bool {
	noun := postNoun(mentions[post].Text)
	if noun == "" {
		return false
	}
	words := postLemmas(mentions[post].Text) // (a word at least: the noun's)
	name := surname(mentions[person].Text)
	sent := tokenOf[post].sent
	own, other := false, false
	for _, f := range fs {
		if f.Type != "WORKS_AS" || f.Tail == post || mentions[f.Head].Type != "PERSON" {
			continue
		}
		if samePerson(mentions, f.Head, person, name) {
			if postNoun(mentions[f.Tail].Text) == noun {
				return false
			}
			own = true
		} else if s := tokenOf[f.Tail].sent; s >= sent-3 && s < sent {
			if ws := postLemmas(mentions[f.Tail].Text); len(ws) >= len(words) && slices.Equal(ws[:len(words)], words) {
				other = true
			}
		}
	}
	return own && other
}

// surname returns the last word of a person's name, past initials
// («В.Зворыкина» → «Зворыкина»).
func surname(name string) string {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '.' })
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// postLemmas returns the lemmas of the likeliest readings of post's words,
// lower-cased.
func postLemmas(post string) []string {
	var out []string
	for _, w := range strings.Fields(post) {
		if ps := readings(w); len(ps) > 0 {
			w = ps[0].Normal
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

// postNoun returns the lemma of the first word of post that reads as a
// noun (firstNoun), or "".
func postNoun(post string) string {
	if ps := firstNoun(post); ps != nil {
		return ps[0].Normal
	}
	return ""
}

// firstNoun returns the readings of the first word of post whose likeliest
// reading is a noun, or nil.
func firstNoun(post string) []morph.Parse {
	for _, w := range strings.Fields(post) {
		if ps := readings(w); len(ps) > 0 && ps[0].Tag.POS() == morph.NOUN {
			return ps
		}
	}
	return nil
}
