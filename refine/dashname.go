package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// dashedNames runs an ORGANIZATION that opens a quotation and ends before a
// dash on to the end of the quotation, when the quotation closes within
// five words after the dash and holds nothing but words: a party's name of
// two parts («„Справедливой России — За правду“», «партии „Грузинская
// мечта — демократическая Грузия“»), which the recognizer cuts at the
// dash. A PROFESSION that ends with the name («лидер „Справедливой
// России“») is run on with it. The part after the dash must open with a
// capital, or the quotation follow «партия», and be no place alone:
// «программы „Гражданское общество — модернизация России“» (factRuEval
// dev) and «программы „Новая жизнь — Россия“» name programmes, which the
// recognizer cut to an ORGANIZATION. A quotation a mention spans already
// is left: «„Союзмультфильм — сказки и были“», a WORK_OF_ART with the
// studio nested (train 106106), «ООО „Транснефть — Порт Приморск“» with
// «Транснефть» nested. NEREL v1.1 train: 1 of 1 such
// quotations holding an ORGANIZATION is one name with its post running
// over it («депутатов от правящей партии „Грузинская мечта —
// демократическая Грузия“»); the other quotations with a dash hold no
// ORGANIZATION (a road «Калязин — Сергиев Посад», a film's title).
func (r *Refiner) dashedNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveText(dashes) {
		return ms
	}
	ends := map[int]int{} // old end → new end
	for _, m := range ms {
		if m.Type != "ORGANIZATION" {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if i < 1 || j < 0 || j+3 >= len(toks) || toks[i-1].Text != "«" || !dashes[toks[j+1].Text] {
			continue
		}
		if !tokenize.StartsUpper(toks[j+2].Text) && (i < 2 || !slices.Contains(r.nounLemmas(toks[i-2].Text), "партия")) {
			continue
		}
		for k := j + 2; k < len(toks) && k <= j+7; k++ {
			if toks[k].Text == "»" {
				if k > j+2 && !spansQuote(ms, m.Start, toks[k-1].End) && !placeTail(ms, toks[j+2].Start, toks[k-1].End) && (k > j+3 || !r.geoName(toks[j+2].Text)) {
					ends[m.End] = toks[k-1].End
				}
				break
			}
			if !tokenize.IsWord(toks[k].Text) {
				break
			}
		}
	}
	if len(ends) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms))
	seen := map[doc.Mention]bool{}
	for _, m := range ms {
		if e, ok := ends[m.End]; ok && (m.Type == "ORGANIZATION" || m.Type == "PROFESSION") {
			m.End = e
			m.Text = string(text[m.Start:e])
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return sortedMentions(out)
}

// spansQuote reports whether a mention spans start to end.
func spansQuote(ms []doc.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start == start && m.End == end {
			return true
		}
	}
	return false
}

// placeTail reports whether a place mention (placeTypes, DISTRICT) spans
// start to end.
func placeTail(ms []doc.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start == start && m.End == end && (placeTypes[m.Type] || m.Type == "DISTRICT") {
			return true
		}
	}
	return false
}

// geoName reports whether the dictionary reads w as a place name.
func (r *Refiner) geoName(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.Is(morph.Geox) {
			return true
		}
	}
	return false
}
