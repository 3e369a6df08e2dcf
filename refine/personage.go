package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// ageNumberStems are the stems of the numerals that open a spelled
// adjective of years («двадцатилетний», «сорокалетнего», «семидесятилетний»).
var ageNumberStems = []string{"одно", "двух", "трех", "трёх", "четырех", "четырёх", "пяти", "шести", "семи", "восьми", "девяти",
	"десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати", "шестнадцати", "семнадцати",
	"восемнадцати", "девятнадцати", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти",
	"восьмидесяти", "девяноста", "сто"}

// ageSkips are the words that may stand between an adjective of years and
// the person it measures («двадцатилетний на тот момент пианист», «уже
// сорокалетний»).
var ageSkips = map[string]bool{"на": true, "тот": true, "момент": true, "тогда": true, "уже": true, "ещё": true, "еще": true}

// yearsAdjective reports whether w is an adjective of a number of years
// («31-летний», «сорокалетнего»), not of a vague span («многолетний»).
func yearsAdjective(w string) bool {
	w = lowerCase(w)
	k := strings.Index(w, "летн")
	if k <= 0 {
		return false
	}
	head := w[:k]
	if strings.HasSuffix(head, "-") {
		return strings.Trim(head[:len(head)-1], "0123456789") == "" && len(head) > 1
	}
	for _, s := range ageNumberStems {
		if strings.HasPrefix(head, s) {
			return true
		}
	}
	return false
}

// personAges makes an adjective of a number of years («-летний») right
// before a person an AGE: a DATE or NUMBER of it becomes one, and an
// untagged one is added. The person is an animate noun or a PERSON after
// the adjective, past other adjectives and «на тот момент»: «двадцатилетний
// на тот момент пианист», «по инициативе сорокалетнего владельца
// мастерской», «31-летний Иван Муравьев». NEREL tags such an adjective AGE
// (train all 490), while before a thing it is a DATE («пятилетний срок»,
// see termAge), which this leaves alone.
func (r *Refiner) personAges(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveYears() {
		return ms
	}
	persons := map[int]bool{}
	at := map[doc.Span]int{}
	for i, m := range ms {
		if m.Type == "PERSON" {
			persons[m.Start] = true
		}
		at[m.Span] = i
	}
	var out []doc.Mention
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if !yearsAdjective(t.Text) || r.likeliest(t.Text) != morph.ADJF {
				continue
			}
			if !r.beforePerson(toks[i+1:], persons) {
				continue
			}
			if k, ok := at[t.Span]; ok {
				if m := ms[k]; m.Type == "DATE" || m.Type == "NUMBER" {
					if out == nil {
						out = append([]doc.Mention(nil), ms...)
					}
					out[k].Type = "AGE"
				}
				continue
			}
			if !overlapsAny(ms, t.Span) {
				added = append(added, doc.Mention{Span: t.Span, Type: "AGE", Text: t.Text})
			}
		}
	}
	if out == nil {
		out = ms
	}
	return withAdded(out, added)
}

// beforePerson reports whether toks, the tokens after an adjective of
// years, open with a person: an animate noun or a PERSON mention, past
// adjectives and ageSkips.
func (r *Refiner) beforePerson(toks []doc.Token, persons map[int]bool) bool {
	for j, t := range toks {
		if j > 4 {
			return false
		}
		if persons[t.Start] {
			return true
		}
		w := lowerCase(t.Text)
		if ageSkips[w] {
			continue
		}
		switch r.likeliest(t.Text) {
		case morph.ADJF, morph.PRTF:
			continue
		case morph.NOUN:
			return tokenize.IsLower([]rune(t.Text)[0]) && r.animateNoun(t.Text)
		}
		return false
	}
	return false
}

// animateNoun reports whether every noun reading of w is animate.
func (r *Refiner) animateNoun(w string) bool {
	found := false
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.NOUN {
			continue
		}
		if !p.Tag.Is(morph.Anim) {
			return false
		}
		found = true
	}
	return found
}

// mayHaveYears reports whether some word of the document may be an
// adjective of years; always true without a view.
func (r *Refiner) mayHaveYears() bool {
	if r.view == nil {
		return true
	}
	for _, w := range r.view.formList {
		if strings.Contains(w, "летн") {
			return true
		}
	}
	return false
}
