package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// awardHolderHeads are the lemmas of the nouns that head an award's name or
// its holder's title (ё written е): «Государственных премий», «ордена
// Дружбы», «шестикратная чемпионка Европы», «призёр чемпионатов мира»,
// «кавалер ордена», «народный артист».
var awardHolderHeads = map[string]bool{"премия": true, "орден": true, "медаль": true, "награда": true, "звание": true,
	"приз": true, "титул": true, "кубок": true, "чемпион": true, "чемпионка": true, "вице-чемпион": true,
	"вице-чемпионка": true, "призер": true, "призерка": true, "лауреат": true, "кавалер": true, "победитель": true,
	"победительница": true, "обладатель": true, "обладательница": true, "герой": true, "артист": true,
	"артистка": true, "деятель": true, "мастер": true, "рекордсмен": true, "рекордсменка": true}

// coordinatedAwards splits an AWARD that runs two awards joined by «и»
// together: the first conjunct, up to the noun before «и», is an AWARD of
// its own, and so is the second when it has a head noun of an award or a
// title (awardHolderHeads) after its adjectives, without the numeral before
// it: «Ленинской премии и двух Государственных премий СССР» → «Ленинской
// премии» + «Государственных премий СССР», «чемпионка мира и шестикратная
// чемпионка Европы по художественной гимнастике» → «чемпионка мира» +
// «шестикратная чемпионка Европы по художественной гимнастике»,
// «чемпион мира и Европы» → «чемпион мира». NEREL tags each award apart
// (the shared head of «чемпион мира и Европы» as a broken span, which the
// first conjunct gets), never the whole: the recognizer joined 4 such pairs
// on train and 4 on dev, none NEREL's. Not an «и» after «по» («Нобелевской
// премии по физиологии и медицине», «чемпиона мира по самбо и смешанным
// единоборствам» are one award), nor in quotes, nor after an adjective
// («лучшую мужскую и женскую роль»).
func (r *Refiner) coordinatedAwards(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	have := spansOf(ms, "AWARD")
	var added []doc.Mention
	add := func(sp doc.Span) {
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "AWARD"})
		}
	}
	for _, m := range ms {
		if m.Type != "AWARD" || !strings.Contains(m.Text, " и ") || strings.ContainsAny(m.Text, "«»\"“„") {
			continue
		}
		toks, first, last := tokensOf(sents, m)
		if first < 0 || last < 0 {
			continue
		}
		and := -1
		for k := first + 1; k < last && toks[k].Text != "по"; k++ {
			if toks[k].Text == "и" {
				and = k
				break
			}
		}
		if and < 0 || r.likeliest(toks[and-1].Text) != morph.NOUN {
			continue
		}
		add(doc.Span{Start: m.Start, End: toks[and-1].End})
		j := and + 1
		for j < last && (r.likeliest(toks[j].Text) == morph.NUMR || allDigits(toks[j].Text)) {
			j++
		}
		for h := j; h <= last; h++ {
			if p := r.likeliest(toks[h].Text); p == morph.ADJF || p == morph.PRTF {
				continue
			}
			if anyIn(r.nounLemmas(toks[h].Text), awardHolderHeads) {
				add(doc.Span{Start: toks[j].Start, End: m.End})
			}
			break
		}
	}
	return withAdded(ms, added)
}

// grandPrixAwards makes «Гран-при» and the contest or festival it is given
// at (a noun of eventHeads in the genitive with the name after it, as far
// as the longest mention that starts at the noun or the closing quote of a
// name in quotes right after it) one AWARD, retyping a mention of that span:
// «Гран-при Конкурса имени Чайковского» read as an ORGANIZATION,
// «Гран-при фестиваля «Кинотавр»» left untagged. NEREL tags every such
// prize an AWARD (train «гран-при Эдинбургского международного театрального
// фестиваля», «гран-при фестиваля Российской культуры в Ницце», dev
// «Гран-при Конкурса имени Чайковского»); «Гран-при» alone, a series of
// races or skating contests, is left to the recognizer.
func (r *Refiner) grandPrixAwards(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(nil, "гран-при") {
		return ms
	}
	ends := map[int]int{}
	for _, m := range ms {
		ends[m.Start] = max(ends[m.Start], m.End)
	}
	have := spansOf(ms, "AWARD")
	retype := map[doc.Span]bool{}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !strings.EqualFold(toks[i].Text, "гран-при") || !r.genitive(toks[i+1].Text) || !anyIn(r.nounLemmas(toks[i+1].Text), eventHeads) {
				continue
			}
			end := ends[toks[i+1].Start]
			if i+2 < len(toks) && toks[i+2].Text == "«" {
				if c := slices.Index(text[toks[i+2].Start:s.End], '»'); c > 0 {
					end = max(end, toks[i+2].Start+c+1)
				}
			}
			if end <= toks[i+1].End {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: end}
			retype[sp] = true
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "AWARD"})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		return retype[m.Span] && (m.Type == "ORGANIZATION" || m.Type == "EVENT")
	})
}
