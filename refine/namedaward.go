package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// honoredAwardHeads are the lemmas of the nouns of an award that «имени»
// and a person's name follow («премия имени Ландау», «медаль имени
// С. П. Королёва», «приз имени Валерия Харламова»).
var honoredAwardHeads = map[string]bool{"премия": true, "медаль": true, "приз": true}

// metalAdjectives are the folded adjectives of a medal that belong to its
// name («золотой медали имени М. В. Ломоносова»).
var metalAdjectives = map[string]bool{
	"золотая": true, "золотой": true, "золотую": true, "золотою": true,
	"большая": true, "большой": true, "большую": true,
}

// honoredAwards makes an AWARD of a lower-case noun of an award
// (honoredAwardHeads), «имени», its titles (honorTitles) and the PERSON
// right after them: «лауреатом премии имени И. Я. Померанчука»,
// «получил премию имени Ландау», «удостоен золотой медали имени
// Ломоносова». The recognizer reads such a name as an ORGANIZATION, as it
// reads «театр имени …» (honoreeNames runs it over the person), or finds
// the person alone; the mention of another type the award covers from its
// noun to the person's end is dropped, the PERSON stays nested. An
// upper-case adjective before the noun («Государственной премии имени») and
// a metal's one (metalAdjectives) are part of the name. NEREL train and dev
// have no «премии имени», «медали имени» nor «приза имени»; their awards
// named by an adjective or a quoted name (awardHeads) are AWARD.
func (r *Refiner) honoredAwards(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(nil, "имени") || !r.mayHave(honoredAwardHeads) {
		return ms
	}
	persons := personsByStart(ms)
	if persons == nil {
		return ms
	}
	var added []doc.Mention
	r.eachHonored(sents, honoredAwardHeads, persons, maxHonorTitles, func(toks []doc.Token, i int, p doc.Mention) {
		from := i - 1
		for from > 0 && r.awardAdjective(toks, from-1) {
			from--
		}
		added = append(added, doc.Mention{Span: doc.Span{Start: toks[from].Start, End: p.End},
			Text: string(text[toks[from].Start:p.End]), Type: "AWARD"})
	})
	if len(added) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		if m.Type == "PERSON" || m.Type == "AWARD" {
			return false
		}
		for _, a := range added {
			if m.Start >= a.Start && m.End == a.End && m.Start < a.End && strings.Contains(m.Text, "имени") {
				return true
			}
		}
		return false
	})
}

// awardAdjective reports whether toks[k] is an adjective that belongs to
// the name of the award after it: an upper-case one not first in the
// sentence («Государственной премии») or a medal's metal or size
// (metalAdjectives).
func (r *Refiner) awardAdjective(toks []doc.Token, k int) bool {
	w := toks[k].Text
	if metalAdjectives[fold(w)] {
		return true
	}
	return k > 0 && !tokenize.StartsLower(w) && r.likeliest(w) == morph.ADJF
}
