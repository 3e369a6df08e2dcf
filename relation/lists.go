package relation

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// listArg names one argument of a relation type that a list of mentions
// shares: the relation's type, whether the argument is the head (Arg1) or
// the tail (Arg2), and the argument's entity type.
type listArg struct {
	rel  string
	head bool
	typ  string
}

// listArgs are the arguments a coordinated list shares: when one mention of
// the list holds such a relation, so do the other mentions of the list.
// The table holds the (relation, side, entity type) triples for which this
// is so in at least 75 % of the cases in NEREL v1.1 train, over at least 8
// cases (gold entities and relations; TestListArgsOnTrain recounts them):
// «музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв» — each is a
// musician (WORKS_AS, 298 of 335 list neighbours in train); «Россия, Китай и
// Индия» are each a MEMBER_OF the group they are named with (506 of 520);
// «певец и композитор» — a person WORKS_AS each post of the list. Others
// are left out because lists share them less often: ALTERNATIVE_NAME
// (5 %), DATE_OF_BIRTH (0 %), ORIGINS_FROM of persons (42 %),
// HEADQUARTERED_IN (33 %), WORKPLACE of a list of posts (11 %),
// POINT_IN_TIME of a list of dates (38 of 51).
var listArgs = map[listArg]bool{
	{"AGENT", true, "ORGANIZATION"}:             true,
	{"AGENT", true, "PERSON"}:                   true,
	{"AWARDED_WITH", true, "PERSON"}:            true,
	{"AWARDED_WITH", false, "AWARD"}:            true,
	{"CONVICTED_OF", true, "PERSON"}:            true,
	{"CONVICTED_OF", false, "CRIME"}:            true,
	{"FOUNDED_BY", false, "PERSON"}:             true,
	{"HAS_CAUSE", true, "CRIME"}:                true,
	{"HAS_CAUSE", true, "EVENT"}:                true,
	{"HAS_CAUSE", false, "CRIME"}:               true,
	{"IDEOLOGY_OF", true, "PERSON"}:             true,
	{"INANIMATE_INVOLVED", true, "PRODUCT"}:     true,
	{"KNOWS", true, "PERSON"}:                   true,
	{"KNOWS", false, "PERSON"}:                  true,
	{"LOCATED_IN", true, "DISTRICT"}:            true,
	{"LOCATED_IN", true, "FACILITY"}:            true,
	{"LOCATED_IN", true, "STATE_OR_PROVINCE"}:   true,
	{"MEDICAL_CONDITION", false, "DISEASE"}:     true,
	{"MEMBER_OF", true, "COUNTRY"}:              true,
	{"MEMBER_OF", true, "PERSON"}:               true,
	{"ORIGINS_FROM", true, "PROFESSION"}:        true,
	{"ORIGINS_FROM", false, "COUNTRY"}:          true,
	{"ORIGINS_FROM", false, "NATIONALITY"}:      true,
	{"OWNER_OF", false, "ORGANIZATION"}:         true,
	{"PARENT_OF", true, "PERSON"}:               true,
	{"PARENT_OF", false, "PERSON"}:              true,
	{"PARTICIPANT_IN", true, "ORGANIZATION"}:    true,
	{"PARTICIPANT_IN", true, "PERSON"}:          true,
	{"PARTICIPANT_IN", true, "PROFESSION"}:      true,
	{"PARTICIPANT_IN", false, "WORK_OF_ART"}:    true,
	{"PLACE_RESIDES_IN", true, "PERSON"}:        true,
	{"PLACE_RESIDES_IN", false, "COUNTRY"}:      true,
	{"PRODUCES", true, "PERSON"}:                true,
	{"PRODUCES", false, "PRODUCT"}:              true,
	{"PRODUCES", false, "WORK_OF_ART"}:          true,
	{"RELATIVE", true, "PERSON"}:                true,
	{"RELATIVE", false, "PERSON"}:               true,
	{"SCHOOLS_ATTENDED", false, "ORGANIZATION"}: true,
	{"SIBLING", true, "PERSON"}:                 true,
	{"SIBLING", false, "PERSON"}:                true,
	{"SUBEVENT_OF", true, "EVENT"}:              true,
	{"SUBORDINATE_OF", true, "PERSON"}:          true,
	{"TAKES_PLACE_IN", false, "CITY"}:           true,
	{"TAKES_PLACE_IN", false, "COUNTRY"}:        true,
	{"TAKES_PLACE_IN", false, "FACILITY"}:       true,
	{"WORKPLACE", true, "PERSON"}:               true,
	{"WORKPLACE", false, "ORGANIZATION"}:        true,
	{"WORKS_AS", true, "PERSON"}:                true,
	{"WORKS_AS", false, "PROFESSION"}:           true,
}

// Lists adds to what Base finds the relations that the other members of a
// coordinated list share with the member Base related: mentions of one
// type in one sentence with nothing but commas, «и», «а также», quotes and
// short parentheses between them («Юрий Царёв (проект „Метро“), Алексей
// Борисов и Павел Шевелёв»). Only the arguments of listArgs are shared, and
// only from the relations Base found; the walk along a list stops at the
// relation's other argument.
type Lists struct {
	Base Extractor
}

// Extract runs Base and adds the relations shared along lists.
func (l Lists) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	return l.extract(text, sents, mentions, lazyContext(sents, mentions))
}

// extract is Extract with the document's pattern context from ctx, which
// Base shares when it takes one.
func (l Lists) extract(text []rune, sents []doc.Sentence, mentions []doc.Mention, ctx func() *patternContext) []Found {
	out := extractWith(l.Base, text, sents, mentions, ctx)
	lists, titled := newListIndex(ctx()), newTitledIndex(ctx())
	if len(lists.next) == 0 && len(titled.next) == 0 {
		return out
	}
	have := make(map[Found]bool, len(out))
	for _, f := range out {
		have[relKey(f)] = true
	}
	add := func(gs []Found) {
		for _, g := range gs {
			if !have[relKey(g)] {
				have[relKey(g)] = true
				out = append(out, g)
			}
		}
	}
	n := len(out)
	for _, f := range out[:n] {
		add(lists.spread(f, sharedArg))
	}
	if len(titled.next) > 0 {
		for _, f := range out {
			for _, g := range titled.spreadNearest(f) {
				if !have[otherRole(g)] {
					add([]Found{g})
				}
			}
		}
	}
	return out
}

// relKey is f without its score and evidence.
func relKey(f Found) Found { return Found{Type: f.Type, Head: f.Head, Tail: f.Tail} }

// listIndex holds the lists of a document's mentions.
type listIndex struct {
	mentions   []doc.Mention
	next, prev map[int]int // a mention → the next (previous) member of its list
}

func newListIndex(c *patternContext) listIndex {
	mentions := c.ms
	next := listNeighbours(c)
	// prev inverts next; of two mentions followed by the same one (an
	// organization and one nested in it), the later-starting one precedes it.
	prev := make(map[int]int, len(next))
	for a, b := range next {
		if p, ok := prev[b]; !ok || mentions[a].Start > mentions[p].Start || mentions[a].Start == mentions[p].Start && a < p {
			prev[b] = a
		}
	}
	return listIndex{mentions: mentions, next: next, prev: prev}
}

// sharedArg reports whether lists share an argument: whether it is in
// listArgs.
func sharedArg(a listArg) bool { return listArgs[a] }

// spread returns the relations f implies for the other members of the
// lists of those of its arguments that share says lists share, f itself
// left out.
func (x listIndex) spread(f Found, share func(listArg) bool) []Found {
	ms := x.mentions
	if !f.indexes(len(ms)) {
		return nil
	}
	var out []Found
	for _, head := range []bool{true, false} {
		arg, other := f.Head, f.Tail
		if !head {
			arg, other = f.Tail, f.Head
		}
		if !share(listArg{f.Type, head, ms[arg].Type}) || x.singularTitle(other, arg) {
			continue
		}
		for _, step := range []map[int]int{x.next, x.prev} {
			for cur, ok := step[arg]; ok; cur, ok = step[cur] {
				if cur == other || ms[cur].Overlaps(ms[other].Span) {
					break
				}
				g := Found{Type: f.Type, Head: cur, Tail: other, Score: f.Score, Evidence: f.Evidence}
				if !head {
					g.Head, g.Tail = other, cur
				}
				out = append(out, g)
			}
		}
	}
	return out
}

// singularTitle reports whether mentions[post] is a post in the singular
// standing right before mentions[member] («бразильский нападающий Луис
// Энрике и Максим Глушенков»): the title of that member alone, unlike the
// plural one of a list («музыканты Юрий Царёв, Алексей Борисов и …»).
func (x listIndex) singularTitle(post, member int) bool {
	p, m := x.mentions[post], x.mentions[member]
	if p.Type != "PROFESSION" || p.End > m.Start || m.Start-p.End > 1 {
		return false
	}
	return singular(p.Text)
}

// singular reports whether the likeliest reading of the head of a post,
// its first noun, is singular («членами правительства» is plural, though
// its last word is not); a post with no noun is read by its last word.
// Without the dictionary it reports false.
func singular(post string) bool {
	for _, w := range strings.Fields(post) {
		if ps := readings(w); len(ps) > 0 && ps[0].Tag.POS() == morph.NOUN {
			return ps[0].Tag.Number() == morph.Sing
		}
	}
	ps := lastReadings(post)
	return len(ps) > 0 && ps[0].Tag.Number() == morph.Sing
}

// listNeighbours maps a mention to the next mention of its list: the next
// mention of the same type in its sentence that starts after it ends, when
// only list separators lie between them (listGap).
func listNeighbours(c *patternContext) map[int]int {
	sents, mentions := c.sents, c.ms
	next := map[int]int{}
	for si, ms := range c.bySent {
		ms = append([]int(nil), ms...)
		sort.SliceStable(ms, func(a, b int) bool { return mentions[ms[a]].Start < mentions[ms[b]].Start })
		for k, a := range ms {
			// the next mention of a's type that starts after a ends
			for _, b := range ms[k+1:] {
				if mentions[b].Type != mentions[a].Type || mentions[b].Start < mentions[a].End {
					continue
				}
				if from, to := c.tokenOf[a].last+1, c.tokenOf[b].first; from <= to && listGap(sents[si].Tokens[from:to]) {
					next[a] = b
				}
				break
			}
		}
	}
	return next
}

// listGap reports whether the tokens between two list members only join
// them: at least one comma or conjunction («и», «а также»), quotes, and
// parentheses of at most eight tokens.
func listGap(toks []doc.Token) bool {
	joined := false
	for i := 0; i < len(toks); i++ {
		switch toks[i].Text {
		case ",", "и":
			joined = true
		case "«", "»", "\"", "“", "”", "„":
		case "а":
			if i+1 >= len(toks) || toks[i+1].Text != "также" {
				return false
			}
			i++
			joined = true
		case "(":
			end := i + 1
			for end < len(toks) && toks[end].Text != ")" && toks[end].Text != "(" {
				end++
			}
			if end >= len(toks) || toks[end].Text != ")" || end-i-1 > 8 {
				return false
			}
			i = end
		default:
			return false
		}
	}
	return joined
}
