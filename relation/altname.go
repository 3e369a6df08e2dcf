package relation

import (
	"sort"
	"sync"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/names"
)

// altNameTypes are the entity types between whose mentions AltNames adds
// ALTERNATIVE_NAME. On NEREL v1.1 train (gold entities) the pairs AltNames
// would add for organizations are right in 4 % of cases (14 of 329; 18 of
// 191 on held-out documents, see AltNames), for posts in 3 % (1 of 37), for
// laws in 4 % (1 of 23): the linker groups their inflected repeats and
// common nouns, which NEREL does not link.
var altNameTypes = map[string]bool{"PERSON": true, "COUNTRY": true, "CITY": true}

// altNameReach bounds, in runes, how far before a mention its earlier name
// may start: on NEREL v1.1 train the countries named again farther away
// are linked in 0 of 15 cases.
const altNameReach = 1000

// Grouper groups the mentions of a document into entities (names.Linker
// does).
type Grouper interface {
	Link(text []rune, sents []doc.Sentence, mentions []doc.Mention) []doc.Entity
}

// defaultGrouper is the linker over the embedded dictionary, made on first
// use; nil when it cannot be made.
var defaultGrouper = sync.OnceValue(func() Grouper {
	l, err := names.NewLinker()
	if err != nil {
		return nil
	}
	return l
})

// AltNames adds to what Base finds ALTERNATIVE_NAME between two mentions of
// one person, country or city under different names, as NEREL annotates
// it: the linker (Grouper; names.Linker when nil) groups the mentions, and
// within a group each mention whose name (its words' lemmas, placeKey) is
// new gets for head the nearest mention before it under another name
// («Нельсон Мандела» → «Манделы», «России» → «РФ», «Италии» →
// «итальянский»), unless Base already gives it an ALTERNATIVE_NAME head or
// it is a person named inside another mention («фонд Нельсона Манделы»:
// NEREL links 3 of 20 such pairs on train, 2 of 12 held out).
// A name repeated, inflected or not, is not linked again («Николас Мадуро»
// → «Николасу Мадуро»: NEREL links 87 of the 613 pairs of persons' texts
// with as many words, 14 %).
//
// On NEREL v1.1 train with gold entities and relations, 3,702 ALTERNATIVE_NAME
// relations, 98 % run from the earlier mention to the later, 99 % join
// mentions of one type, 99 % have for head the nearest mention with the
// head's text, and 89 % have for tail the first mention with the tail's
// text; under 1 % join two mentions of one text. Of the pairs this rule
// makes (within altNameReach), NEREL links 829 of 1,197 for persons (69 %),
// 188 of 379 for countries (50 %) and 41 of 96 for cities (43 %); of those
// the shipped model does not give, 56 of 241, 134 of 317 and 31 of 85
// (23 %, 42 %, 36 %), but the model has seen train. With a linear model
// trained on every other train document, on the documents left out: 68 of
// 158 persons (43 %), 95 of 182 countries (52 %), 20 of 51 cities (39 %),
// above the 31 % at which an added relation raises a micro F1 of 62.
type AltNames struct {
	Base    Extractor
	Grouper Grouper
}

// Extract runs Base and adds the ALTERNATIVE_NAME relations it lacks.
func (a AltNames) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	out := deathAliases(sents, mentions, a.Base.Extract(text, sents, mentions))
	g := a.Grouper
	if g == nil {
		g = defaultGrouper()
	}
	if g == nil {
		return out
	}
	headed := map[int]bool{} // mentions Base gives an ALTERNATIVE_NAME head
	for _, f := range out {
		if f.Type == "ALTERNATIVE_NAME" {
			headed[f.Tail] = true
		}
	}
	for _, grp := range altGroups(g, text, sents, mentions) {
		keys := make([]string, len(grp))
		for i, k := range grp {
			keys[i] = placeKey(mentions[k].Text)
		}
	next:
		for i, t := range grp {
			if headed[t] || mentions[t].Type == "PERSON" && nestedIn(mentions, t) {
				continue
			}
			for j, k := range keys[:i] {
				if k == keys[i] || sameForms(mentions, grp[j], t) {
					continue next // (a name seen before)
				}
			}
			for j := i - 1; j >= 0; j-- {
				h := grp[j]
				if keys[j] == keys[i] || mentions[h].Span == mentions[t].Span || sameForms(mentions, h, t) {
					continue
				}
				if mentions[t].Start-mentions[h].Start < altNameReach && !farPlaceName(sents, mentions[h], mentions[t]) {
					out = append(out, Found{Type: "ALTERNATIVE_NAME", Head: h, Tail: t, Score: 0.5,
						Evidence: spanOfSentences(sents, mentions[h].Span, mentions[t].Span)})
				}
				break
			}
		}
	}
	return out
}

// altGroups returns the mentions of altNameTypes that g puts in one entity,
// as groups of two or more indexes into mentions, each in text order.
// Mentions with a span outside text are left out.
func altGroups(g Grouper, text []rune, sents []doc.Sentence, mentions []doc.Mention) [][]int {
	var ms []doc.Mention
	bySpan := map[doc.Span][]int{}
	for i, m := range mentions {
		if !altNameTypes[m.Type] || m.Start < 0 || m.Start >= m.End || m.End > len(text) {
			continue
		}
		ms = append(ms, m)
		bySpan[m.Span] = append(bySpan[m.Span], i)
	}
	if len(ms) < 2 {
		return nil
	}
	var out [][]int
	used := map[int]bool{}
	for _, e := range g.Link(text, sents, ms) {
		var grp []int
		for _, m := range e.Mentions {
			for _, i := range bySpan[m.Span] {
				if !used[i] && mentions[i].Type == e.Type {
					used[i] = true
					grp = append(grp, i)
					break
				}
			}
		}
		if len(grp) < 2 {
			continue
		}
		sort.SliceStable(grp, func(a, b int) bool { return mentions[grp[a]].Start < mentions[grp[b]].Start })
		out = append(out, grp)
	}
	return out
}

// spanOfSentences returns the run of sentences from the one holding a to
// the one holding b, or a and b themselves when no sentence holds them.
func spanOfSentences(sents []doc.Sentence, a, b doc.Span) doc.Span {
	i, j := doc.SentenceOf(sents, a), doc.SentenceOf(sents, b)
	if i < 0 || j < 0 {
		return doc.Span{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
	}
	return doc.Span{Start: sents[min(i, j)].Start, End: sents[max(i, j)].End}
}

// sameForms reports whether two mentions of one type are one name in two
// cases (sameNameForms), which placeKey may miss when the guesser gives a
// foreign or rare name's forms lemmas of their own («Байдена» —
// «Байден»; for countries and cities NEREL v1.1 train: 4 wrong pairs fewer).
func sameForms(mentions []doc.Mention, a, b int) bool {
	return mentions[a].Type == mentions[b].Type && sameNameForms(mentions[a].Text, mentions[b].Text)
}
