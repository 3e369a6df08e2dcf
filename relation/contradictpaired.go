package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// pairedRun returns the indexes of the mentions of a run joined by «и» or
// a comma that holds mentions[at] («Владимира Путина и Си Цзиньпина»), in
// text order: each mention of the run has one of types and ends where the
// next one's joiner starts.
func pairedRun(text []rune, at int, mentions []doc.Mention, types ...string) []int {
	run := []int{at}
	for {
		first := mentions[run[0]]
		i := joinedWith(text, mentions, func(m doc.Mention) bool { return m.End <= first.Start && isJoiner(text[m.End:first.Start]) }, types)
		if i < 0 {
			break
		}
		run = append([]int{i}, run...)
	}
	for {
		last := mentions[run[len(run)-1]]
		i := joinedWith(text, mentions, func(m doc.Mention) bool { return last.End <= m.Start && isJoiner(text[last.End:m.Start]) }, types)
		if i < 0 {
			break
		}
		run = append(run, i)
	}
	return run
}

// joinedWith returns the index of the longest mention of one of types
// that ok accepts, -1 when there is none.
func joinedWith(text []rune, mentions []doc.Mention, ok func(doc.Mention) bool, types []string) int {
	best := -1
	for i, m := range mentions {
		if isAny(m.Type, types...) && m.End-m.Start < 200 && ok(m) &&
			(best < 0 || m.End-m.Start > mentions[best].End-mentions[best].Start) {
			best = i
		}
	}
	return best
}

// pairedPlace reports, for the person mentions[h] of a run of names right
// after a run of as many places in the genitive, whether mentions[t] is
// (or holds, when a post) a place of the run other than the person's own,
// and returns the index of the person's own place (the one of the same
// rank): «президентов России и Китая Владимира Путина и Си Цзиньпина» —
// Си is the president of Китай, not of Россия. The posts and names of
// such a phrase pair in order; the model and the rules gave both
// persons the first country and the post that holds it. NEREL v1.1 train
// and dev hold no such pair of runs.
func pairedPlace(text []rune, h, t int, mentions []doc.Mention) (bool, int) {
	p := mentions[h]
	if p.Type != "PERSON" || !joinedAround(text, p) {
		return false, -1
	}
	persons := pairedRun(text, h, mentions, "PERSON")
	if len(persons) < 2 {
		return false, -1
	}
	first := mentions[persons[0]]
	last := joinedWith(text, mentions, func(m doc.Mention) bool {
		return m.End <= first.Start && strings.TrimSpace(string(text[m.End:first.Start])) == ""
	}, []string{"COUNTRY", "CITY", "STATE_OR_PROVINCE", "ORGANIZATION"})
	if last < 0 {
		return false, -1
	}
	places := pairedRun(text, last, mentions, mentions[last].Type)
	if len(places) != len(persons) || mentions[places[len(places)-1]].End != mentions[last].End {
		return false, -1
	}
	k := 0
	for k < len(persons) && persons[k] != h {
		k++
	}
	own := mentions[places[k]]
	tm := mentions[t]
	for j, i := range places {
		if j == k {
			continue
		}
		o := mentions[i]
		if t == i || tm.Type == "PROFESSION" && tm.Start <= o.Start && o.End <= tm.End && !(tm.Start <= own.Start && own.End <= tm.End) {
			return true, places[k]
		}
	}
	return false, -1
}

// joinedAround reports whether a joiner («и», a comma) stands right before
// or right after m: the cheap test that m may be in a run of names.
func joinedAround(text []rune, m doc.Mention) bool {
	if w := wordBefore(text, m.Start); w == "и" {
		return true
	}
	i := m.Start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i > 0 && text[i-1] == ',' {
		return true
	}
	j := m.End
	for j < len(text) && text[j] == ' ' {
		j++
	}
	return j < len(text) && (text[j] == ',' || text[j] == 'и' && j+1 < len(text) && text[j+1] == ' ')
}

// pairedOther reports whether f's tail is a place of another's rank in
// paired runs of places and names (pairedPlace).
func pairedOther(text []rune, f Found, mentions []doc.Mention) bool {
	other, _ := pairedPlace(text, f.Head, f.Tail, mentions)
	return other
}
