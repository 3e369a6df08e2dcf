package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/relation"
)

// A role phrase names people by the post the document gave them earlier:
// «Сопредседатели комиссии провели встречу» after «под председательством …
// председателями комиссии - Дмитрием Шугаевым и Дмитрием Пантусом».
// Resolving one looks up the persons that WORKS_AS relations tie to a
// PROFESSION of the same head noun and the same genitive dependent.

// roleKey is a post reduced to its head noun and the noun it governs:
// «председатели комиссии» → {председатель, комиссия}; «генеральный
// директор завода «Купол»» → {директор, завод}.
type roleKey struct{ head, of string }

// coPrefixed maps a joint post to the post («сопредседатель» →
// «председатель»): the co-chairs are the chairs.
var coPrefixed = map[string]string{"сопредседатель": "председатель", "соруководитель": "руководитель"}

// leaders are the heads of posts that lead an organization, and
// leadership the collective nouns that name them all («совещание
// руководства комиссии»).
var (
	leaders    = map[string]bool{"председатель": true, "руководитель": true, "глава": true, "директор": true, "президент": true, "начальник": true}
	leadership = map[string]bool{"руководство": true}
)

// holder is a person with the post they hold.
type holder struct {
	key    roleKey
	person string
}

// roleHolders lists, in the order of the relations, the persons that
// WORKS_AS relations tie to a PROFESSION, with the key of its name.
func (x *Extractor) roleHolders(d *doc.Document, types map[string]string, orgPosts map[string]bool) []holder {
	posts := map[string]string{} // the names of the PROFESSION entities
	for _, e := range d.Entities {
		if e.Type == "PROFESSION" && !orgPosts[e.ID] {
			posts[e.ID] = e.Name
		}
	}
	var out []holder
	for _, r := range d.Relations {
		if r.Type != "WORKS_AS" || types[r.Head] != "PERSON" || posts[r.Tail] == "" {
			continue
		}
		k, ok := x.nameKey(posts[r.Tail])
		if !ok {
			continue
		}
		dup := false
		for _, h := range out {
			dup = dup || h.key == k && h.person == r.Head
		}
		if !dup {
			out = append(out, holder{k, r.Head})
		}
	}
	return out
}

// organizationPosts returns the PROFESSION entities a mention of which is
// an ORGANIZATION's name with adjectives before it, no noun of a post
// («Оппозиционный Патриотический блок заявил»: the party, which the
// recognizer read as a post and the relations gave to the person of the
// sentence before); it marks the ORGANIZATION mention inside it as no
// nested one: the organization is the subject. text is the document's
// text as runes.
func (x *Extractor) organizationPosts(text []rune, ms []mention) map[string]bool {
	out := map[string]bool{}
	for i, o := range ms {
		if o.Type != "ORGANIZATION" || !o.nested {
			continue
		}
		for _, p := range ms {
			if p.Type != "PROFESSION" || p.End != o.End || p.Start >= o.Start || o.Start > len(text) {
				continue
			}
			if _, noun := x.nameKey(string(text[p.Start:o.Start])); !noun {
				out[p.entity] = true
				ms[i].nested = false
			}
		}
	}
	return out
}

// nameKey returns the key of a post's name: its first noun and the first
// noun after it.
func (x *Extractor) nameKey(name string) (roleKey, bool) {
	var k roleKey
	for _, w := range strings.Fields(name) {
		l, pos := x.lemma(strings.Trim(w, "«»\"“”„,.()"))
		if pos != morph.NOUN {
			continue
		}
		if k.head == "" {
			k.head = unco(l)
			continue
		}
		k.of = l
		break
	}
	return k, k.head != ""
}

func unco(l string) string {
	if p, ok := coPrefixed[l]; ok {
		return p
	}
	return l
}

// rolePhrase is a role noun in the text with the noun it governs.
type rolePhrase struct {
	key    roleKey
	plural bool
	tok    int // index of the head token in its sentence
}

// rolePhrases returns the role phrases among toks[from:to] whose head
// noun is the head of a post some holder holds, or a leadership noun; with
// nominative, only those in the nominative case (a subject).
func (x *Extractor) rolePhrases(toks []doc.Token, from, to int, hs []holder, nominative bool) []rolePhrase {
	heads := map[string]bool{}
	for _, h := range hs {
		heads[h.key.head] = true
	}
	var out []rolePhrase
	for j := max(from, 0); j < min(to, len(toks)); j++ {
		ps := x.A.Parse(toks[j].Text)
		if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN {
			continue
		}
		l := unco(x.hyphenLemma(toks[j].Text, ps[0]))
		if !heads[l] && !leadership[l] && !kinHead(l, hs) {
			continue
		}
		rp := rolePhrase{key: roleKey{head: l}, tok: j}
		nom := false
		for _, p := range ps {
			if strings.ReplaceAll(p.Normal, "ё", "е") != ps[0].Normal || p.Tag.POS() != morph.NOUN {
				continue
			}
			nom = nom || p.Tag.Case() == morph.Nomn
			rp.plural = rp.plural || p.Tag.Number() == morph.Plur
		}
		if nominative && !nom {
			continue
		}
		// The governed noun: the first noun of the next three words, over
		// adjectives, if it is in the genitive («руководства
		// межправительственной комиссии»).
		for k := j + 1; k < min(len(toks), j+4); k++ {
			qs := x.A.Parse(toks[k].Text)
			if len(qs) == 0 {
				break
			}
			pos := qs[0].Tag.POS()
			if pos == morph.ADJF || pos == morph.PRTF {
				continue
			}
			if pos == morph.NOUN {
				for _, q := range qs {
					if q.Tag.POS() == morph.NOUN && q.Tag.Case() == morph.Gent {
						rp.key.of = strings.ReplaceAll(qs[0].Normal, "ё", "е")
						break
					}
				}
			}
			break
		}
		out = append(out, rp)
	}
	return out
}

// resolve returns the persons a role phrase names: the holders of a post
// with its head and governed noun (either may lack the governed noun) —
// all of them for a plural phrase, the only one for a singular phrase; a
// leadership noun names the holders of every leading post of the
// organization it governs.
func resolve(rp rolePhrase, hs []holder) []string {
	var out []string
	for _, h := range hs {
		var ok bool
		if leadership[rp.key.head] {
			ok = rp.key.of != "" && leaders[h.key.head] && h.key.of == rp.key.of
		} else {
			ok = h.key.head == rp.key.head && (h.key.of == rp.key.of || h.key.of == "" || rp.key.of == "")
		}
		if ok {
			out = appendNew(out, h.person)
		}
	}
	if len(out) > 1 && !rp.plural && !leadership[rp.key.head] {
		return nil
	}
	return out
}

// subjectStretch returns the tokens [a, b) of the sentence toks where the
// subject of the verb at v stands: its clause before it, from the first
// token at or after the rune offset lo. When the verb opens its clause
// right after a comma («…, посетили производственные цеха») it shares the
// subject of the predicate before it («Сопредседатели комиссии провели
// встречу с …, посетили …»): the stretch is then the previous clause up to
// its verb; so does a verb right after «, где» («прибыл в Уссурийск, где
// провел совещание»). walked tells which.
func (x *Extractor) subjectStretch(toks []doc.Token, v, lo int) (a, b int, walked bool) {
	a = v
	for a > 0 && toks[a-1].Start >= lo {
		a--
	}
	if a+1 < v && relation.ReportOpener(strings.ToLower(toks[a].Text), strings.ToLower(toks[a+1].Text)) {
		// «Как сообщил пресс-секретарь Кремля Дмитрий Песков, Путин
		// встретился …»: the source of the report is no subject
		for j := a + 2; j < v; j++ {
			if toks[j].Text == "," {
				a = j + 1
				break
			}
		}
	}
	opens := a == v || a == v-1 && strings.EqualFold(toks[a].Text, "где")
	if !opens || a == 0 || toks[a-1].Text != "," {
		return a, v, false
	}
	b = a - 1
	start := 0
	for j := b - 1; j >= 0; j-- {
		if t := toks[j].Text; t == "," || t == ";" || t == ":" || t == "—" || t == "–" {
			start = j + 1
			break
		}
	}
	for j := start; j < b; j++ {
		if ps := x.A.Parse(toks[j].Text); len(ps) > 0 && ps[0].Tag.POS() == morph.VERB {
			return start, j, true
		}
	}
	return a, v, false
}

// partiesSubject reports whether toks[a:b], the words before a verb, hold a
// noun of partyNouns in the nominative plural: the parties of an event
// just told («Стороны подписали соглашение», «По итогам переговоров
// лидеры подписали совместное заявление», «… министры подписали план»).
//
// partyNouns are those nouns: «стороны», «лидеры», and the posts of the
// parties of talks, «министры», «президенты», «премьеры», «главы».
func (x *Extractor) partiesSubject(toks []doc.Token, a, b int) bool {
	for j := max(a, 0); j < min(b, len(toks)); j++ {
		for _, p := range x.A.Parse(toks[j].Text) {
			if p.Tag.POS() == morph.NOUN && partyNouns[p.Normal] && p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Plur) {
				return true
			}
		}
	}
	return false
}

// postHolder returns a function that maps a PROFESSION entity to the one
// person WORKS_AS relations tie to it, a post that no one or more than one
// person holds to "" (an unnamed «президент Перу», «полицейские» is no
// participant: the contract names persons, organizations and states), and
// any other entity to itself: «заявил музыкант в ходе брифинга» takes part
// as Евгений Кисин when the document said «пианист и музыкант Евгений
// Кисин».
func postHolder(d *doc.Document, types map[string]string) func(id string) string {
	holders := map[string][]string{}
	for _, r := range d.Relations {
		if r.Type == "WORKS_AS" && types[r.Head] == "PERSON" && types[r.Tail] == "PROFESSION" {
			holders[r.Tail] = appendNew(holders[r.Tail], r.Head)
		}
	}
	return func(id string) string {
		if hs := holders[id]; len(hs) == 1 {
			return hs[0]
		}
		if types[id] == "PROFESSION" {
			return ""
		}
		return id
	}
}

// partyNouns: see partiesSubject.
var partyNouns = map[string]bool{"сторона": true, "лидер": true, "министр": true, "президент": true, "премьер": true, "премьер-министр": true, "глава": true}
