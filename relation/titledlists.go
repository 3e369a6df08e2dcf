package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// titledArgs are the arguments two coordinated persons share when the
// second bears a post of its own between them («Алексей Миллер и глава
// „Роснефти“ Игорь Сечин выступили на сессии»): what the two did or
// underwent together. The post is the second person's alone, so WORKS_AS
// (0 of 47) and WORKPLACE (4 of 24) are not shared. Counted on NEREL v1.1
// train, gold entities and relations (TestTitledArgsOnTrain): a person's
// PARTICIPANT_IN is shared in 14 of 15 cases, AGENT in 4 of 5 (the two
// are one role in an event, which NEREL splits by the event's kind: 18 of
// 20 together), CONVICTED_OF in 8 of 9, each tail the nearest of its type
// (spreadNearest). AWARDED_WITH (0 of 3) and PARENT_OF (none) are left out.
var titledArgs = map[listArg]bool{
	{"AGENT", true, "PERSON"}:          true,
	{"CONVICTED_OF", true, "PERSON"}:   true,
	{"PARTICIPANT_IN", true, "PERSON"}: true,
}

// titledNeighbours maps a person to the next person of its sentence when
// only a comma or «и» («а также») and a post right before the second
// person lie between them: «Миллер и глава „Роснефти“ Сечин». The post is
// a PROFESSION mention that starts right after the conjunction and ends
// right before the second person, a closing quote between allowed. The
// two persons and the post's first word must read as nominative: the two
// are subjects of one verb; the rule leaves lists in other cases
// («письмо Трампу, министру обороны Джиму Мэттису»), where the model's
// errors on one member were the most of what spread on train.
func titledNeighbours(c *patternContext) map[int]int {
	next := map[int]int{}
	for si, ms := range c.bySent {
		toks := c.sents[si].Tokens
		for _, a := range ms {
			if c.ms[a].Type != "PERSON" {
				continue
			}
			ta := c.tokenOf[a]
			i := ta.last + 1
			if i >= len(toks) {
				continue
			}
			switch {
			case toks[i].Text == "," || toks[i].Text == "и":
				i++
			case toks[i].Text == "а" && i+1 < len(toks) && toks[i+1].Text == "также":
				i += 2
			default:
				continue
			}
			for _, p := range c.byStart[si][i] {
				if c.ms[p].Type != "PROFESSION" {
					continue
				}
				j := c.tokenOf[p].last + 1
				if j < len(toks) && tokenize.IsClosingQuote(firstRune(toks[j].Text)) {
					j++
				}
				if b := c.startingAt(si, j, "PERSON"); b >= 0 && nominative(c.ms[a].Text) && nominative(c.ms[b].Text) && firstNominative(c.ms[p].Text) {
					next[a] = b
				}
				break
			}
		}
	}
	return next
}

// titledArg reports whether titled lists share an argument: whether it is
// in titledArgs.
func titledArg(a listArg) bool { return titledArgs[a] }

// newTitledIndex returns the titled lists of a document's persons
// (titledNeighbours) as a listIndex.
func newTitledIndex(c *patternContext) listIndex {
	next := titledNeighbours(c)
	prev := make(map[int]int, len(next))
	for a, b := range next {
		prev[b] = a
	}
	return listIndex{mentions: c.ms, next: next, prev: prev}
}

// firstNominative reports whether the first word of s may be in the
// nominative, as it may when it has no reading at all.
func firstNominative(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return false
	}
	ps := readings(strings.Trim(ws[0], "«»\"“”„"))
	return len(ps) == 0 || slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == morph.Nomn })
}

// spreadNearest is spread along titled lists (x from newTitledIndex) of
// the arguments in titledArgs, kept only when the relation's tail is the
// nearest mention of its type on its side of the two persons: «Трамп и
// президент России Путин сделали совместное заявление к 75-летию
// исторической встречи» shares the statement, not the meeting, which the
// statement stands between.
func (x listIndex) spreadNearest(f Found) []Found {
	var out []Found
	for _, g := range x.spread(f, titledArg) {
		if x.nearestTail(g.Tail, g.Head, f.Head) {
			out = append(out, g)
		}
	}
	return out
}

// nearestTail reports whether no mention of the type of mentions[tail]
// lies between it and the two persons a and b, and it lies outside them.
func (x listIndex) nearestTail(tail, a, b int) bool {
	ms := x.mentions
	lo, hi := min(ms[a].Start, ms[b].Start), max(ms[a].End, ms[b].End)
	t := ms[tail]
	var from, to int
	switch {
	case t.Start >= hi:
		from, to = hi, t.Start
	case t.End <= lo:
		from, to = t.End, lo
	default:
		return false
	}
	for i, m := range ms {
		if i != tail && m.Type == t.Type && m.Start >= from && m.End <= to {
			return false
		}
	}
	return true
}

// otherRole returns the key of the other role of f's person in f's event
// when f is an AGENT or a PARTICIPANT_IN, and f's own key otherwise: a
// titled list adds no role to a person the model gave the other one
// («Генеральный директор госкорпорации „Росатом“ Алексей Лихачев и министр
// энергетики Узбекистана Журабек Мирзамахмудов подписали контракт», where
// it gave one PARTICIPANT_IN and the other AGENT). In NEREL v1.1 train a
// person holds both roles in one event in 5 of 2969 gold pairs.
func otherRole(f Found) Found {
	k := relKey(f)
	switch f.Type {
	case "AGENT":
		k.Type = "PARTICIPANT_IN"
	case "PARTICIPANT_IN":
		k.Type = "AGENT"
	}
	return k
}
