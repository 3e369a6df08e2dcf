package refine

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// rankWords are the beginnings of the adjectives that name a rank within a
// post and belong to it («главный редактор», «генеральный консул»,
// «художественный руководитель», «федеральный судья», «старший
// исследователь», «бригадный генерал»). In NEREL v1.1 train a gold
// PROFESSION holds such an adjective in 117 of the 119 cases where one
// starts right after it («главный» 28 of 28, «генерального» 21 of 21,
// «главным» 13 of 14); evaluative and temporal adjectives («бывший»,
// «новый», «нынешний», «действующий») it leaves out, and they are not here.
// Twenty-fourth session: the adjectives of a director's field
// («финансовый директор», «исполнительный директор», «операционный
// директор», «спортивный директор»), in the gold post 18 of 18 times on
// train; the recognizer drops the capitalized one opening a sentence.
var rankWords = []string{"главн", "генеральн", "художествен", "федеральн", "старш", "бригадн", "финансов", "исполнительн", "операционн", "спортивн"}

// fieldRanks are the rankWords of a field added in the twenty-fourth
// session: before a post whose noun also opens a longer post over its
// employer («исполнительным» + «вице-президентом» and «вице-президентом
// Electronic Systems»), rankedPosts adds the long post only, not the
// adjective and the nested noun, which NEREL v1.1 train leaves out there
// (1 of 1); nor does it when a post from a word before the adjective
// already holds both («главного исполнительного директора „Роснефти“»:
// no «исполнительного директора»). For the older rankWords it adds both,
// as train's gold nests «старший научный сотрудник» in «старший научный
// сотрудник сочинского …».
var fieldRanks = []string{"финансов", "исполнительн", "операционн", "спортивн"}

// rankedPosts adds, for a PROFESSION right after a singular adjective of
// rankWords that no PROFESSION covers («генеральным» + «консулом Японии»,
// «бригадный» + «генерал США»), the post from the adjective to its end,
// keeping the shorter post, which NEREL nests in it in most such cases.
// On NEREL train the recognizer already runs 32 of them into the post;
// of the others, 3 of 5 are in the gold.
func (r *Refiner) rankedPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	have := spansOf(ms, "PROFESSION")
	starts := map[int]bool{} // where a mention starts
	ends := longestEnds(ms, "PROFESSION")
	for _, m := range ms {
		starts[m.Start] = true
	}
	for _, m := range ms {
		if m.Type != "PROFESSION" {
			continue
		}
		toks := sentenceTokens(sents, m)
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
		if k < 1 || k >= len(toks) || toks[k].Start != m.Start || toks[k-1].End+1 != m.Start {
			continue
		}
		at := r.rankBefore(toks, k, starts)
		if at < 0 || at < k-1 && ends[toks[at].Start] > m.End || hasAnyPrefix(toks[at].Text, fieldRanks) && (ends[m.Start] > m.End || postOver(ms, toks[at].Start, m.End)) {
			continue // (a post between the rank and its noun inside the recognizer's from the rank, «санитарным врачом» of «главным государственным санитарным врачом России», is nested alone)
		}
		sp := doc.Span{Start: toks[at].Start, End: m.End}
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	return withAdded(ms, added)
}

// rankBefore returns the index of the adjective of rankWords that a post
// starting at toks[k] runs back to, or -1: toks[k-1], or the first of up to
// three full adjectives right before toks[k], none of them the start of a
// mention, the others no rank's («главный санитарный врач России»,
// «главный внештатный специалист-онколог», «старший научный сотрудник»;
// not «российских» of «главных российских экспертов», a country).
// Twenty-second session: with adjectives between, the recognizer already
// runs the post from the rank on NEREL v1.1 train and dev; rankedPosts
// adds none there, where the recognizer's longer post from the rank
// leaves the nested one alone as NEREL does.
func (r *Refiner) rankBefore(toks []doc.Token, k int, starts map[int]bool) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if j < k-1 && toks[j].End+1 != toks[j+1].Start {
			return -1
		}
		if r.rankAdjective(toks[j].Text) {
			return j
		}
		if starts[toks[j].Start] || r.likeliest(toks[j].Text) != morph.ADJF {
			return -1
		}
	}
	return -1
}

// rankAdjective reports whether w opens like one of rankWords and has a
// reading of a full adjective in the singular («старшим», not «старших»).
func (r *Refiner) rankAdjective(w string) bool {
	if !hasAnyPrefix(w, rankWords) {
		return false
	}
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && p.Tag.Number() == morph.Sing {
			return true
		}
	}
	return false
}

// orderDegrees are the words that may give an order's class before
// «степени» («I степени», «первой степени»).
var orderDegrees = map[string]bool{"i": true, "ii": true, "iii": true, "iv": true, "первой": true, "второй": true, "третьей": true, "четвертой": true}

// orderNames adds an AWARD for a form of «орден» followed by an order's
// name that opens with a capital and is not quoted («орденов Мужества»,
// «орден Отечественной войны I степени», «ордена Красной Звезды»): the name
// runs over capitalized words and then one lower-case genitive noun
// («Дружбы народов»), and over the class «I степени» after it.
// A mention of another type that starts at «орден» and ends in the name
// starts at the name instead (the EVENT «орден Отечественной войны» is
// «Отечественной войны», which NEREL nests in the award), and an
// ORGANIZATION inside the name («Красной Звезды») is dropped. NEREL v1.1 train tags all its 11 orders so written
// as one AWARD from «орден» and nests no organization in them (persons,
// countries, another award: «Орденом Александра Невского», «Ордена Канады»,
// «ордена Почётного легиона»); quoted names («орденом „За заслуги перед
// Отечеством“») it tags without «орден» and the rule leaves.
func (r *Refiner) orderNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	have := spansOf(ms, "AWARD")
	for _, s := range sents {
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			// (foldPrefix first: most words are no «орден», and need no
			// lower-cased copy; fold also reads «ордён» as «орден»)
			if !foldPrefix(toks[k].Text, "орд") || !strings.HasPrefix(fold(toks[k].Text), "орден") || !r.orderNoun(toks[k].Text) {
				continue
			}
			end := r.orderNameEnd(toks, k+1)
			if end < 0 {
				continue
			}
			sp := doc.Span{Start: toks[k].Start, End: toks[end].End}
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "AWARD"})
			}
			name := toks[k+1].Start
			for _, m := range ms {
				switch {
				case m.Type == "ORGANIZATION" && m.Start >= name && m.End <= sp.End:
					drop[m] = true
				case m.Type != "AWARD" && m.Start == sp.Start && m.End > name && m.End <= sp.End:
					drop[m] = true // (the name's words keep their type: «Отечественной войны», an EVENT)
					moved := doc.Mention{Span: doc.Span{Start: name, End: m.End}, Text: string(text[name:m.End]), Type: m.Type}
					added = append(added, moved)
				}
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// orderNoun reports whether w is a form of the noun «орден» (not
// «орденоносец», not «ордера»).
func (r *Refiner) orderNoun(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && fold(p.Normal) == "орден" {
			return true
		}
	}
	return false
}

// orderNameEnd returns the index of the last token of an order's name that
// starts at toks[k] with a capitalized Cyrillic word, or -1: capitalized
// words, then one lower-case genitive noun, then «I степени» or the like.
func (r *Refiner) orderNameEnd(toks []doc.Token, k int) int {
	if k >= len(toks) || !cyrillicName(toks[k].Text) {
		return -1
	}
	end := k
	for end+1 < len(toks) && cyrillicName(toks[end+1].Text) && adjacent(toks[end], toks[end+1]) {
		end++
	}
	if end+1 < len(toks) && adjacent(toks[end], toks[end+1]) && tokenize.StartsLower(toks[end+1].Text) && tokenize.IsWord(toks[end+1].Text) && r.likeliest(toks[end+1].Text) == morph.NOUN && r.genitive(toks[end+1].Text) && !orderDegrees[fold(toks[end+1].Text)] {
		end++ // (one lower-case genitive noun: «Дружбы народов», «Отечественной войны»)
	}
	if end+2 < len(toks) && orderDegrees[fold(toks[end+1].Text)] && fold(toks[end+2].Text) == "степени" {
		end += 2
	}
	return end
}

// adjacent reports whether token b follows token a after one space.
func adjacent(a, b doc.Token) bool { return b.Start == a.End+1 }

// postOver reports whether a PROFESSION of ms starts before start and
// ends at end or after it.
func postOver(ms []doc.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Type == "PROFESSION" && m.Start < start && m.End >= end {
			return true
		}
	}
	return false
}
