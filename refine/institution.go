package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// maxAcronymWords bounds the acronyms after an institution's name («СО
// РАН»).
const maxAcronymWords = 2

// maxHonoreeWords bounds the words of the name after «имени» («имени Г. И.
// Будкера»).
const maxHonoreeWords = 4

// institutions adds the organizations named by a capitalized kind noun
// inside a sentence, after no capitalized word, and lower-case genitive
// noun phrases, when the recognizer found no organization or facility
// there: «Института химии
// твердого тела и механохимии СО РАН», which it left out, its words being
// rare in NEREL. The name runs over the phrases coordinated by «и», the name
// after «имени», a place in the genitive («Совета министров Кубы») and the
// acronyms of the institutions it belongs to, which make an organization
// of their own («СО РАН»).
func (r *Refiner) institutions(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(institutionNouns) && !r.mayHaveText(institutionAcronyms) {
		return ms // (institutionName needs a kind of institution)
	}
	var named []doc.Mention // organizations and facilities
	spans := map[doc.Span]bool{}
	orgEnd := map[int]int{} // start → end of the longest organization
	for _, m := range ms {
		spans[m.Span] = true
		if m.Type == "ORGANIZATION" || m.Type == "FACILITY" {
			named = append(named, m)
		}
		if m.Type == "ORGANIZATION" {
			orgEnd[m.Start] = max(orgEnd[m.Start], m.End)
		}
	}
	var added []doc.Mention
	cut := map[doc.Span]doc.Span{} // the recognizer's name cut short → the whole name
	add := func(sp doc.Span) {
		if !spans[sp] {
			spans[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if e, ok := orgEnd[toks[i].Start]; ok {
				// the recognizer's name cut short: «Института цитологии» of
				// «Института цитологии и генетики»
				if end, _ := r.institutionName(toks, i); end >= 0 && toks[end].End > e {
					full := doc.Span{Start: toks[i].Start, End: toks[end].End}
					add(full)
					if k := nextToken(toks, e); k >= 0 && toks[k].Text == "и" || e == toks[i].End && institutionAcronyms[toks[i].Text] {
						// (or the acronym alone: «ЦНИИ» of «ЦНИИ точного
						// машиностроения»)
						cut[doc.Span{Start: toks[i].Start, End: e}] = full
					}
				}
				continue
			}
			end, short := r.institutionName(toks, i)
			if end < 0 || overlapsAny(named, toks[i].Span) {
				continue
			}
			add(doc.Span{Start: toks[i].Start, End: toks[end].End})
			if end > short+1 {
				add(doc.Span{Start: toks[short+1].Start, End: toks[end].End})
			}
			i = end
		}
	}
	if len(cut) == 0 {
		return withAdded(ms, added)
	}
	// The pieces the recognizer cut the name into at «и» go: «НМИЦ психиатрии» and
	// «неврологии имени В. М. Бехтерева» of «НМИЦ психиатрии и неврологии
	// имени В. М. Бехтерева».
	return withReplaced(ms, added, func(m doc.Mention) bool {
		if m.Type != "ORGANIZATION" {
			return false
		}
		if _, ok := cut[m.Span]; ok {
			return true
		}
		for short, full := range cut {
			if m.Start >= short.End && m.Start < full.End && m.End <= full.End && tokenize.StartsLower(m.Text) {
				return true
			}
		}
		return false
	})
}

// institutionName reads the name of an institution that starts at token i
// with a capitalized kind noun inside a sentence and goes on with lower-case
// genitive noun phrases (institutions). It returns the name's last token
// and the last token before the acronyms after it, or -1, -1.
func (r *Refiner) institutionName(toks []doc.Token, i int) (end, short int) {
	if i == 0 && !institutionAcronyms[toks[i].Text] || !tokenize.StartsUpper(toks[i].Text) || i > 0 && (toks[i-1].Text == "«" || r.capitalizedAdjective(toks[i-1].Text)) || !r.singularKindNoun(toks[i].Text) {
		// (an acronym opens a name at a sentence's start too: «ЦНИИ
		// точного машиностроения разработал»)
		return -1, -1
	}
	end = r.complementRun(toks, i+1)
	if end < 0 {
		return -1, -1
	}
	if fold(toks[end].Text) == "имени" {
		if end = honoree(toks, end); end < 0 {
			return -1, -1
		}
	} else if end+1 < len(toks) && r.genitivePlace(toks[end+1].Text) {
		end++
	}
	short = end
	for k := end + 1; k < len(toks) && k <= short+maxAcronymWords && cyrillicAcronym(toks[k].Text); k++ {
		end = k
	}
	return end, short
}

// complementRun returns the last token of the lower-case genitive noun
// phrases starting at token k, one after another or joined by «и»
// («химии твердого тела и механохимии»), or -1 when none starts there.
func (r *Refiner) complementRun(toks []doc.Token, k int) int {
	end := r.genitiveComplement(toks, k)
	if end < 0 {
		return -1
	}
	for {
		next := end + 1
		if next < len(toks) && toks[next].Text == "и" {
			next++
		}
		k := r.genitiveComplement(toks, next)
		if k < 0 {
			return end
		}
		end = k
	}
}

// extendComplements runs an organization of capitalized adjectives and a
// noun of a union (listHeads: «ассоциация», «союз», «блок») over the
// lower-case genitive phrases after it (complementRun): «Международной
// ассоциации» + «преподавателей русского языка и литературы», the
// recognizer having cut the name at its capitals; NEREL's names of unions
// hold whom they unite. So do museums and places of learning
// (learnedHeads), over «имени» and the honoree too. Not when a quote or a
// capital other than a person's name follows («Высшего совета партии
// „Единая Россия“»: the name goes on).
func (r *Refiner) extendComplements(text []rune, toks []doc.Token, m doc.Mention, persons map[int]int) doc.Mention {
	if m.Type != "ORGANIZATION" || !tokenize.StartsUpper(m.Text) {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first || last+1 >= len(toks) {
		return m
	}
	if ls := r.nounLemmas(toks[last].Text); !institutionAcronyms[toks[last].Text] && (!anyIn(ls, listHeads) && !anyIn(ls, learnedHeads) || r.nameHead(toks, first, last+1) != last) {
		// (and a research institution's acronym after its place's
		// adjective: «Новосибирский НИИ» + «измерительных приборов»)
		return m
	}
	end := r.complementRun(toks, last+1)
	if end >= 0 && fold(toks[end].Text) == "имени" {
		end = honoree(toks, end) // «… музея истории космонавтики имени К. Э. Циолковского»
	} else if end >= 0 && end+1 < len(toks) && (quoteMark(toks[end+1].Text) || tokenize.StartsUpper(toks[end+1].Text) && persons[toks[end+1].Start] == 0) {
		return m
	}
	if end < 0 {
		return m
	}
	m.End = toks[end].End
	m.Text = string(text[m.Start:m.End])
	return m
}

// learnedHeads are the nouns of museums and places of learning, whose
// names say what they study or show as unions' say whom they unite
// («Государственного музея истории космонавтики имени К. Э. Циолковского»).
var learnedHeads = map[string]bool{"музей": true, "институт": true, "университет": true, "академия": true}

// unionNames applies extendComplements to each organization of ms.
func (r *Refiner) unionNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	persons := longestEnds(ms, "PERSON")
	var out []doc.Mention
	for i, m := range ms {
		if toks := sentenceTokens(sents, m); toks != nil && m.Type == "ORGANIZATION" {
			if e := r.extendCoordination(text, toks, r.extendComplements(text, toks, m, persons), nil); e != m {
				out = own(out, ms)
				out[i] = e
			}
		}
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// institutionNouns are the kind nouns whose names go on with genitive
// phrases («Институт химии», «Комитет защиты», «Служба безопасности»); not
// «Дума» («Думы нового созыва»), «суд», «банк».
var institutionNouns = map[string]bool{
	"институт": true, "университет": true, "академия": true, "музей": true, "училище": true, "колледж": true,
	"консерватория": true, "комитет": true, "совет": true, "служба": true, "управление": true, "агентство": true,
	"фонд": true, "общество": true, "палата": true, "театр": true,
}

// honoree returns the last token of the name after «имени» at token k
// (up to maxHonoreeWords capitalized words: «имени Г. И. Будкера»), or -1
// when no name follows.
func honoree(toks []doc.Token, k int) int {
	j := k + 1
	for j < len(toks) && j <= k+maxHonoreeWords && tokenize.StartsUpper(toks[j].Text) {
		j++
	}
	if j == k+1 {
		return -1
	}
	return j - 1
}

// institutionAcronyms are the acronyms of kinds of research institution
// whose names go on with genitive phrases as institutionNouns do («НМИЦ
// психиатрии и неврологии имени В. М. Бехтерева», «НИИ неотложной детской
// хирургии и травматологии», «ЦНИИ точного машиностроения»).
var institutionAcronyms = map[string]bool{"НИИ": true, "НМИЦ": true, "ЦНИИ": true, "ГНЦ": true, "НИЦ": true, "ФНКЦ": true, "НПО": true}

// singularKindNoun reports whether some singular noun reading of w has a
// lemma in institutionNouns («Института»; not «Университетов»), or w is
// one of institutionAcronyms.
func (r *Refiner) singularKindNoun(w string) bool {
	if institutionAcronyms[w] {
		return true
	}
	return r.singularNoun(w, institutionNouns)
}

// genitivePlace reports whether the likeliest reading of w is a place's
// name in the genitive («Кубы», «России»).
func (r *Refiner) genitivePlace(w string) bool {
	if !tokenize.StartsUpper(w) {
		return false
	}
	ps := r.parse(w)
	return len(ps) > 0 && ps[0].Tag.Is(morph.Geox) && ps[0].Tag.Case() == morph.Gent
}

// nextToken returns the index of the first token of toks that starts at
// or after pos, or -1.
func nextToken(toks []doc.Token, pos int) int {
	for k, t := range toks {
		if t.Start >= pos {
			return k
		}
	}
	return -1
}

// splitInstitutions cuts an ORGANIZATION that runs two names together over
// «и» and a capitalized kind noun into the two («Новосибирского
// государственного университета и Института ядерной физики имени Г. И.
// Будкера СО РАН», which the recognizer read as one when the second name
// ends in a name or an acronym). Neither NEREL v1.1 train nor dev has a gold
// or a predicted organization so coordinated.
func (r *Refiner) splitInstitutions(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "ORGANIZATION" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last <= first {
			continue
		}
		for k := first + 1; k+1 < last; k++ {
			if toks[k].Text != "и" || !tokenize.StartsUpper(toks[k+1].Text) || !r.singularKindNoun(toks[k+1].Text) && !r.kindNoun(toks[k+1].Text) {
				continue
			}
			drop[m.Span] = true
			for _, sp := range []doc.Span{{Start: m.Start, End: toks[k-1].End}, {Start: toks[k+1].Start, End: m.End}} {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
			break
		}
	}
	if len(drop) == 0 {
		return ms
	}
	have := spansOf(ms, "ORGANIZATION")
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || !drop[m.Span] {
			out = append(out, m)
		}
	}
	for _, a := range added {
		if !have[a.Span] {
			have[a.Span] = true
			out = append(out, a)
		}
	}
	return sortedMentions(out)
}
