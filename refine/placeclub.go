package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// placeQuotedTypes are the types a quoted name after a place's adjective
// is wrongly given; a PRODUCT stays («советский „Буран“»).
var placeQuotedTypes = map[string]bool{"WORK_OF_ART": true, "EVENT": true, "FACILITY": true, "PERSON": true, "AWARD": true,
	"CITY": true, "COUNTRY": true, "LOCATION": true}

// placeQuotedNames makes a name in «guillemets» opening with a capital
// right after an adjective that a place mention covers an ORGANIZATION:
// «омский „Авангард“», «мадридского „Реала“», «британская „Би-би-си“». A
// mention of the name with another type of placeQuotedTypes is retyped,
// the name is added when no mention has it (a PRODUCT stays alone), and
// the other quoted mentions of the same text are retyped too (a
// headline's «„Авангард“ обыграл СКА»). In NEREL v1.1 train each of the
// 23 quoted names after a place's adjective (a CITY or a COUNTRY there) is
// an ORGANIZATION, mostly clubs and theatres. A quoted name after
// «против» in a sentence on a match (matchOpponent) is read so too.
func (r *Refiner) placeQuotedNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveText(nil, "«") {
		return ms
	}
	places := map[doc.Span]bool{}
	for _, m := range ms {
		if isPlaceType(m.Type) {
			places[m.Span] = true
		}
	}
	if len(places) == 0 && !r.mayHaveWord(nil, "против") && !r.mayHave(beatVerbs) {
		return ms
	}
	named := map[string]bool{} // the names' texts
	var spans []doc.Span
	eachQuote(sents, 1, func(toks []doc.Token, i, j int) {
		if toks[i].Text != "«" || !tokenize.StartsUpper(toks[i+1].Text) {
			return
		}
		if !(places[toks[i-1].Span] && r.anyAdjective(toks[i-1].Text)) && !r.matchOpponent(toks, i) {
			return
		}
		sp := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		named[string(text[sp.Start:sp.End])] = true
		spans = append(spans, sp)
	})
	if len(spans) == 0 {
		return ms
	}
	var out []doc.Mention
	for k, m := range ms {
		if placeQuotedTypes[m.Type] && named[m.Text] && m.Start > 0 && m.End < len(text) && text[m.Start-1] == '«' && text[m.End] == '»' && !hasType(ms, m.Span, "ORGANIZATION") {
			out = own(out, ms)
			out[k].Type = "ORGANIZATION"
		}
	}
	if out == nil {
		out = ms
	}
	var added []doc.Mention
	for _, sp := range spans {
		if !slices.ContainsFunc(out, func(m doc.Mention) bool { return m.Span == sp }) {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	return withAdded(out, added)
}

// matchLemmas are the lemmas of the words of a sentence on a game whose
// opponent follows «против»: «сыграет против „Динамо“», «в матче … против
// „Зенита“».
var matchLemmas = map[string]bool{"матч": true, "игра": true, "играть": true, "сыграть": true, "поединок": true, "встреча": true}

// beatVerbs are the lemmas of the verbs whose object is the opponent a
// team beat: «обыграв „Челси“» (NEREL v1.1 train: 1 of 1 an ORGANIZATION;
// «уступить» is left out, «уступив „Удивительным гонкам“» is a show).
var beatVerbs = map[string]bool{"обыграть": true, "переиграть": true, "разгромить": true}

// matchOpponent reports whether the quote that opens at toks[i] follows a
// verb of beatVerbs, or «против» that a word of matchLemmas comes before
// in the sentence: the opponent of a game, a club. NEREL v1.1 train has 2 quoted names after
// «против», both clubs after «матч» («матч против „Рязани“», «в матче …
// против „Зенита“»), both ORGANIZATION.
func (r *Refiner) matchOpponent(toks []doc.Token, i int) bool {
	if i >= 1 && slices.ContainsFunc(r.facts(toks[i-1].Text).lemmas, func(l string) bool { return beatVerbs[l] }) {
		return true
	}
	if i < 2 || fold(toks[i-1].Text) != "против" {
		return false
	}
	for _, t := range toks[:i-1] {
		if slices.ContainsFunc(r.facts(t.Text).lemmas, func(l string) bool { return matchLemmas[l] }) {
			return true
		}
	}
	return false
}
