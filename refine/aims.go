package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// forHeads are the lemmas of the nouns of movements, parties and unions
// whose names go on with «за» and what they stand for: «Движение за
// демократические перемены», «Союз за республику и демократию»,
// «Национальная конвенция за солидарность Африки».
var forHeads = map[string]bool{
	"движение": true, "партия": true, "союз": true, "фронт": true, "коалиция": true, "альянс": true,
	"объединение": true, "конвенция": true, "лига": true, "блок": true,
}

// againstHeads are the lemmas of the nouns of bodies whose names go on
// with «против», «в защиту» or «в поддержку» and a genitive: «Движение
// против нелегальной иммиграции», «Комитет в защиту Химкинского леса».
var againstHeads = map[string]bool{
	"движение": true, "партия": true, "союз": true, "фронт": true, "коалиция": true, "альянс": true,
	"объединение": true, "лига": true, "комитет": true, "организация": true, "фонд": true,
	"общество": true, "центр": true, "ассоциация": true,
}

// forIdioms are the lemmas of nouns that make «за» an adverbial phrase of
// time, price or reason, not part of a name: «партия за год выросла»,
// «союз за счет …», «движение за последние месяцы».
var forIdioms = map[string]bool{
	"год": true, "месяц": true, "неделя": true, "день": true, "сутки": true, "час": true, "минута": true,
	"время": true, "период": true, "срок": true, "раз": true, "счет": true, "сумма": true, "цена": true,
	"вклад": true, "заслуга": true, "участие": true, "помощь": true, "нарушение": true, "отказ": true,
	"что": true, "это": true, "рубеж": true, "исключение": true, "столом": true,
}

var accusatives = caseSet(1) << (uint(morph.Accs) % 32)

// negations are the words after which a genitive is the negated verb's
// object, not a name's dependent.
var negations = map[string]bool{"не": true, "нет": true, "ни": true}

var instrumentals = caseSet(1) << (uint(morph.Ablt) % 32)

// struggleNouns are the lemmas of the nouns that end a name before «с» and
// what is fought: «Фонд борьбы» + «с коррупцией».
var struggleNouns = map[string]bool{"борьба": true}

// aimNames runs an organization's name over the phrase that says what it
// stands for or deals with, which the recognizer left out:
//   - after a capitalized name ending in a noun of forHeads, «за» and a
//     noun phrase in the accusative («Национальная конвенция» + «за
//     солидарность Африки»);
//   - after one ending in a noun of againstHeads, «против», «в защиту» or
//     «в поддержку» and a noun phrase in the genitive («Движения» + «против
//     нелегальной иммиграции»);
//   - after one ending in «борьбы», «с» and a noun phrase in the
//     instrumental («Фонда борьбы» + «с коррупцией»);
//   - after a name opening with an institution noun of poHeads, or ending
//     in one and a one-word place, that ends in a one-word place, «по» and
//     a lower-case noun phrase in the dative («Бюро США» + «по патентам и
//     товарным знакам», «Совета при Президенте РФ» + «по развитию
//     информационного общества»);
//   - after one ending in «по» and a noun in the dative, the lower-case
//     genitive phrases that depend on that noun («Международное агентство
//     по изучению» + «рака») and «в сфере» or «в области» with a list of
//     genitive phrases («Федеральной службы по надзору» + «в сфере связи,
//     информационных технологий и массовых коммуникаций»).
//
// Each phrase takes the lower-case genitive phrases after it, one
// capitalized name in the genitive that a place mention or a one-word
// person of no name the dictionary knows starts («за развитие» + «Мали»,
// «за освобождение» + «Азавада»), «и» and a phrase in the same case («за
// республику и демократию»), and after «за» a phrase with «против»
// («Объединённого фронта за демократию против диктатуры»). An
// organization ending in a noun of poHeads and followed by «при» and the
// body it is attached to has the longer name too (underPhrase). Organizations
// in lower case that the recognizer found inside such a phrase go. A
// capitalized noun of those kinds inside a sentence that no mention covers
// and such a phrase after it are an organization too («Движение в защиту
// Химкинского леса», which the recognizer left out).
func (r *Refiner) aimNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	named := map[int]int{} // place mentions and one-word persons of no known name: start → end
	for _, m := range ms {
		unknown := m.Type == "PERSON" && !strings.Contains(m.Text, " ") && !r.personalName(m.Text) // «Азавада»
		if (isPlaceType(m.Type) || unknown) && m.End > named[m.Start] {
			named[m.Start] = m.End
		}
	}
	places := longestPlaces(ms)
	var out, under []doc.Mention
	var phrases []doc.Span // the phrases the names were run over
	for k, m := range ms {
		if m.Type != "ORGANIZATION" || m.Start < 0 || m.End > len(text) || m.Start >= m.End || !tokenize.StartsUpper(m.Text) {
			continue
		}
		toks := sentenceTokens(sents, m)
		// (extendPo, which runs later, first: «Федеральной службы» + «по
		// надзору», and then «в сфере связи»)
		m = r.extendPo(text, toks, m, places)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < first || last+2 >= len(toks) {
			continue
		}
		if end := r.underPhrase(toks, last, named); end > last {
			// «Нобелевским комитетом» + «при Каролинском медицинском
			// институте»: the longer name too
			sp := doc.Span{Start: m.Start, End: toks[end].End}
			under = append(under, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
		end := r.aimPhrase(toks, first, last, named)
		if end <= last {
			continue
		}
		out = own(out, ms)
		phrases = append(phrases, doc.Span{Start: toks[last+1].Start, End: toks[end].End})
		out[k].End = toks[end].End
		out[k].Text = string(text[out[k].Start:out[k].End])
	}
	var added []doc.Mention
	var notPosts []doc.Mention // (a post may end inside the name: «глава оппозиционного "Движения»; gathered at the first head)
	hasNotPosts := false
	heads := r.mayHave(forHeads) || r.mayHave(againstHeads) || r.mayHave(poHeads) // (aimHead needs one)
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; heads && i+2 < len(toks); i++ {
			po := r.aimHead(toks, i)
			if po < 0 {
				continue
			}
			if !hasNotPosts {
				for _, m := range ms {
					if m.Type != "PROFESSION" {
						notPosts = append(notPosts, m)
					}
				}
				hasNotPosts = true
			}
			if overlapsAny(notPosts, toks[i].Span) {
				continue
			}
			end := i
			if po > 0 {
				// «Агентство» + «по охране» + «окружающей среды»
				head := doc.Mention{Span: toks[i].Span, Text: toks[i].Text, Type: "ORGANIZATION"}
				if m := r.extendPo(text, toks, head, places); m.End > head.End {
					_, last := mentionTokens(toks, m)
					end = max(last, r.aimPhrase(toks, i, last, named))
				}
			} else {
				end = r.aimPhrase(toks, i, i, named)
			}
			if q := toks[i-1].Text; q == "«" || q == "\"" {
				// a quoted name ends at the quote: «"Союза за республику и демократию"»
				if end+1 >= len(toks) || toks[end+1].Text != closingOf[q] {
					continue
				}
			}
			if end > i {
				sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
				phrases = append(phrases, doc.Span{Start: toks[i+1].Start, End: sp.End})
				i = end
			}
		}
	}
	if out == nil && added == nil && under == nil {
		return ms
	}
	out = append(append(own(out, ms), added...), under...)
	// the recognizer's lower-case pieces of a phrase go («информационных
	// технологий и массовых коммуникаций» of «в сфере связи, …»)
	kept := out[:0]
	for _, m := range out {
		piece := false
		for _, p := range phrases {
			piece = piece || m.Type == "ORGANIZATION" && tokenize.StartsLower(m.Text) && m.Start >= p.Start && m.End <= p.End
		}
		if !piece {
			kept = append(kept, m)
		}
	}
	return sortedMentions(kept)
}

// aimPhrase returns the index of the last token of the phrase of aimNames
// that follows the organization toks[first..last], or last.
func (r *Refiner) aimPhrase(toks []doc.Token, first, last int, named map[int]int) int {
	head := r.nounLemmas(toks[last].Text)
	next := fold(toks[last+1].Text)
	switch {
	case next == "за" && anyIn(head, forHeads):
		return r.aimTail(toks, last+2, accusatives, true, named, last)
	case next == "против" && anyIn(head, againstHeads):
		return r.aimTail(toks, last+2, genitives, false, named, last)
	case next == "с" && anyIn(head, struggleNouns):
		return r.aimTail(toks, last+2, instrumentals, false, named, last)
	case next == "в" && anyIn(head, againstHeads) && last+3 < len(toks) && (fold(toks[last+2].Text) == "защиту" || fold(toks[last+2].Text) == "поддержку"):
		return r.aimTail(toks, last+3, genitives, false, named, last)
	case next == "по" && last > first && last+2 < len(toks) && tokenize.StartsLower(toks[last+2].Text) &&
		named[toks[last].Start] == toks[last].End && (anyIn(r.nounLemmas(toks[last-1].Text), poHeads) || anyIn(r.nounLemmas(toks[first].Text), poHeads)):
		// «Бюро США» + «по патентам и товарным знакам» (not «по Республике
		// Крым», «по Гегаркуникской области», a branch: the phrase opens in
		// lower case)
		return r.aimTail(toks, last+2, datives, false, named, last)
	}
	po := false
	for k := first + 1; k < last; k++ {
		po = po || fold(toks[k].Text) == "по"
	}
	if !po || fold(toks[last-1].Text) != "по" && r.adjectiveCases(toks[last-1].Text)&datives == 0 ||
		!tokenize.StartsLower(toks[last].Text) || r.nounCases(toks[last].Text)&datives == 0 {
		return last
	}
	if next == "в" && last+3 < len(toks) && (fold(toks[last+2].Text) == "сфере" || fold(toks[last+2].Text) == "области") {
		return r.aimTail(toks, last+3, genitives, false, named, last)
	}
	return r.genitiveTail(toks, last, nil) // (a place after it is extendPo's)
}

// aimTail reads from toks[k] a noun phrase in one of the cases cas and what
// may follow it (see aimNames), returning the index of its last token, or
// fail when there is no such phrase.
func (r *Refiner) aimTail(toks []doc.Token, k int, cas caseSet, against bool, named map[int]int, fail int) int {
	end, ok := r.aimPhraseAt(toks, k, cas, true)
	if !ok {
		return fail
	}
	for _, l := range r.nounLemmas(toks[end].Text) {
		if forIdioms[l] || poIdioms[l] {
			return fail
		}
	}
	end = r.genitiveTail(toks, end, named)
	if end+2 < len(toks) && toks[end+1].Text == "и" {
		if e, ok := r.aimPhraseAt(toks, end+2, cas, false); ok {
			end = r.genitiveTail(toks, e, named)
		}
	}
	if end+1 < len(toks) && toks[end+1].Text == "," && cas == genitives {
		if e, ok := r.coordRun(toks, end+1, cas); ok {
			end = e
		}
	}
	if against && end+2 < len(toks) && fold(toks[end+1].Text) == "против" {
		end = r.aimTail(toks, end+2, genitives, false, named, end)
	}
	return end
}

// aimPhraseAt reads from toks[k] adjectives and participles (capitalized or
// not when capitals is set, else lower-case) and a lower-case noun, all
// with a reading in one of the cases cas, and returns the index of the
// noun.
func (r *Refiner) aimPhraseAt(toks []doc.Token, k int, cas caseSet, capitals bool) (int, bool) {
	for j := k; j < len(toks) && j < k+4; j++ {
		w := toks[j].Text
		if !tokenize.IsWord(w) || !capitals && !tokenize.StartsLower(w) {
			return 0, false
		}
		if tokenize.StartsLower(w) && r.nounCases(w)&cas != 0 && r.likeliest(w) == morph.NOUN {
			return j, true
		}
		if r.attributeCases(w)&cas == 0 {
			return 0, false
		}
	}
	return 0, false
}

// attributeCases returns the cases of w's adjective and participle
// readings when its likeliest reading is one («окружающей», which the
// dictionary has as a comparative too), or 0.
func (r *Refiner) attributeCases(w string) caseSet {
	if pos := r.likeliest(w); pos != morph.ADJF && pos != morph.PRTF {
		return 0
	}
	return r.adjectiveReadingCases(w)
}

// genitiveTail runs on from the noun at toks[end] over up to three
// lower-case genitive phrases and then one capitalized name in the genitive
// that a place mention starts (named), returning the index of the last
// token.
func (r *Refiner) genitiveTail(toks []doc.Token, end int, named map[int]int) int {
	for n := 0; n < 3 && end+1 < len(toks); n++ {
		e, ok := r.aimPhraseAt(toks, end+1, genitives, false)
		if !ok || !r.genitive(toks[e].Text) || e+1 < len(toks) && negations[fold(toks[e+1].Text)] {
			break // (not the genitive of a negation: «с коррупцией» + «нарушений не нашли»)
		}
		end = e
	}
	if end+1 < len(toks) && tokenize.StartsUpper(toks[end+1].Text) {
		if e, ok := named[toks[end+1].Start]; ok && r.maybeGenitive(toks[end+1].Text) {
			for k := end + 1; k < len(toks) && toks[k].End <= e; k++ {
				end = k
			}
		}
	}
	return end
}

// maybeGenitive reports whether w has a genitive reading or none the
// dictionary knows («Мали», «Азавада»).
func (r *Refiner) maybeGenitive(w string) bool {
	ps := r.parse(w)
	for _, p := range ps {
		if p.Tag.Case() == morph.Gent || p.Tag.Case() == 0 || p.Method() != morph.MethodDictionary {
			return true
		}
	}
	return len(ps) == 0
}

// aimHead tells whether toks[i] is a capitalized noun in the singular
// inside a sentence, after no capitalized word (but a common noun opening
// the sentence) nor the end of one, that may
// head a name of aimNames: 0 for a noun of forHeads or againstHeads
// («Движение» of «…, Движение в защиту Химкинского леса»), 1 for one of
// poHeads («Агентство» of «Агентство по охране окружающей среды»), -1 for
// none.
func (r *Refiner) aimHead(toks []doc.Token, i int) int {
	w, prev := toks[i].Text, toks[i-1].Text
	if !tokenize.StartsUpper(w) || !tokenize.IsWord(w) {
		return -1
	}
	if tokenize.StartsUpper(prev) && (i > 1 || r.personalName(prev) || r.likeliest(prev) != morph.NOUN) {
		return -1 // (a common noun opening the sentence may come before: «Лидер Движения против …»)
	}
	if p := prev; p == "„" || p == "." || p == "!" || p == "?" || p == "—" || p == ":" {
		return -1
	}
	kind := -1
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.NOUN || p.Tag.Number() != morph.Sing {
			continue
		}
		switch l := fold(p.Normal); {
		case forHeads[l] || againstHeads[l]:
			return 0
		case poHeads[l]:
			kind = 1
		}
	}
	return kind
}

// closingOf maps an opening quote mark to the one that closes it.
var closingOf = map[string]string{"«": "»", "\"": "\""}

// forPlaceEnd cuts an organization that runs over «для» and a place at its
// end before «для»: «дверь Европейского Союза для Сербии не закрыта» gave
// «Европейского Союза для Сербии». NEREL train's names with «для» go on in
// lower case («Фонд для новых американцев») or are quoted titles, which
// stay («Альтернатива для Германии»).
func forPlaceEnd(text []rune, toks []doc.Token, m doc.Mention, places map[int]doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first > 0 && quoteMark(toks[first-1].Text) {
		return m // a quoted name: «Альтернатива для Германии»
	}
	for k := first + 1; first >= 0 && k < last; k++ {
		if toks[k].Text != "для" {
			continue
		}
		if p, ok := places[toks[k+1].Start]; ok && p.End == m.End && tokenize.StartsUpper(m.Text) {
			m.End = toks[k-1].End
			m.Text = string(text[m.Start:m.End])
		}
		break
	}
	return m
}

var prepositionals = caseSet(1) << (uint(morph.Loct) % 32)

// underPhrase reads, after an organization ending at toks[last] in a noun
// of poHeads, «при» and the body it is attached to: adjectives and a noun
// in the prepositional, capitalized or not, then lower-case genitive
// phrases and a place («Совета» + «при Президенте РФ», «Следственного
// комитета» + «при прокуратуре», «Экспертно-консультативного общественного
// совета» + «при главном архитекторе Москвы»); it returns the index of the
// phrase's last token, or last. In NEREL v1.1 train both names such an
// organization is cut after the noun of poHeads are longer names (one with
// the shorter nested); with other nouns («Йельской медицинской школы при
// Йельском университете») the name is the shorter in 3 of 3.
func (r *Refiner) underPhrase(toks []doc.Token, last int, named map[int]int) int {
	if last+2 >= len(toks) || fold(toks[last+1].Text) != "при" || !anyIn(r.nounLemmas(toks[last].Text), poHeads) {
		return last
	}
	for j := last + 2; j < len(toks) && j < last+6; j++ {
		w := toks[j].Text
		if !tokenize.IsWord(w) {
			return last
		}
		adjective := r.adjectiveReadingCases(w)&prepositionals != 0 && j+1 < len(toks) && r.nounCases(toks[j+1].Text)&prepositionals != 0
		if !adjective && r.nounCases(w)&prepositionals != 0 && r.likeliest(w) == morph.NOUN {
			// («главном» reads likeliest as a noun, «главное»: an adjective
			// before a noun it may agree with)
			return r.genitiveTail(toks, j, named)
		}
		if !adjective && r.attributeCases(w)&prepositionals == 0 {
			return last
		}
	}
	return last
}

// adjectiveReadingCases returns the cases of w's adjective and participle
// readings, however likely.
func (r *Refiner) adjectiveReadingCases(w string) caseSet {
	var cs caseSet
	for _, p := range r.parse(w) {
		if pos := p.Tag.POS(); pos == morph.ADJF || pos == morph.PRTF {
			cs |= caseBit(p)
		}
	}
	return cs
}

// conventionLaw makes an ORGANIZATION ending in a form of «конвенция» a
// LAW («под защитой Женевской конвенции»): NEREL train tags every
// convention it names a LAW («Европейской конвенции о правах человека»);
// a party named so stands for something with «за» («Национальная
// конвенция за солидарность Африки») and stays.
func (r *Refiner) conventionLaw(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first || !anyIn(r.nounLemmas(toks[last].Text), map[string]bool{"конвенция": true}) {
		return m
	}
	for k := first; k <= last; k++ {
		if toks[k].Text == "за" {
			return m
		}
	}
	m.Type = "LAW"
	return m
}

// timeName reports whether m is an ORGANIZATION ending in a lower-case form
// of «время» («по Московскому времени»): a time zone, which no
// organization's name ends in (NEREL train has none).
func (r *Refiner) timeName(toks []doc.Token, m doc.Mention) bool {
	if m.Type != "ORGANIZATION" {
		return false
	}
	_, last := mentionTokens(toks, m)
	return last >= 0 && tokenize.StartsLower(toks[last].Text) && anyIn(r.nounLemmas(toks[last].Text), map[string]bool{"время": true})
}

// quoteMark reports whether w is one opening quote mark.
func quoteMark(w string) bool {
	r, size := decodeFirst(w)
	return size == len(w) && tokenize.IsOpeningQuote(r)
}
