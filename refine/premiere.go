package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// premiereForms are the forms of «премьера», a first showing, in the
// singular. All but «премьерой» are forms of «премьер», a prime minister,
// too (its genitive, dative, locative, and the plural «премьеры»), which
// the recognizer reads them as.
var premiereForms = map[string]bool{
	"премьера": true, "премьеры": true, "премьере": true, "премьеру": true, "премьерой": true,
}

// premiereWorks are the lemmas, beside workHeads, of the nouns whose
// genitive after «премьера» makes it a showing: «премьера сезона»,
// «премьера ленты», «премьера постановки».
var premiereWorks = map[string]bool{"сезон": true, "лента": true, "постановка": true, "программа": true}

// premieres retypes a PROFESSION that opens with a form of «премьера»
// read as a showing, not as the prime minister's: a form of the first
// showing alone («премьерой»), one after an adjective in the feminine
// singular («мировая премьера», «российская премьера»), or one before a
// title in quotes or the genitive of a kind of work («премьера «Лебединого
// озера»», «премьера ленты», «премьере документального фильма»). It becomes an
// EVENT up to the quote, and the quoted title a WORK_OF_ART (an
// organization's or another type's reading of it retyped, or added when
// no mention has it). A post nested in it is dropped. In NEREL train and
// dev «премьера» so placed is an EVENT in 7 of the 9 cases (the title
// after one a WORK_OF_ART), untagged in 2 («Премьера нового шоу», which
// adjectiveOnly leaves out, and «премьера документального фильма»); after a
// masculine adjective or before another noun (нового премьера, премьера
// Италии, пост премьера после выборов) it is a PROFESSION in all its 30.
// The rule fires on no train text (the recognizer reads them all right)
// and on 2 of dev: «Широкая премьера», an EVENT there, and «премьера
// документального фильма», untagged.
func (r *Refiner) premieres(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(premiereForms) {
		return ms
	}
	type showing struct {
		word  doc.Span // the form of «премьера»
		title doc.Span // the quoted title after it, if any
	}
	var found []showing
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if !premiereForms[fold(t.Text)] || !r.premiereReading(toks, i) {
				continue
			}
			sh := showing{word: t.Span}
			if j := i + 1; j < len(toks) {
				if k := closingQuote(toks, j); k > j+1 {
					sh.title = doc.Span{Start: toks[j+1].Start, End: toks[k-1].End}
				}
			}
			found = append(found, sh)
		}
	}
	if len(found) == 0 {
		return ms
	}
	var added []doc.Mention
	titles := map[doc.Span]bool{}
	for _, sh := range found {
		if sh.title.End > sh.title.Start && !slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Span == sh.title && !retypable[m.Type] }) {
			titles[sh.title] = true
			added = append(added, doc.Mention{Span: sh.title, Text: string(text[sh.title.Start:sh.title.End]), Type: "WORK_OF_ART"})
		}
		end := -1
		for _, m := range ms {
			if m.Type == "PROFESSION" && m.Start == sh.word.Start {
				end = max(end, m.End)
			}
		}
		if end < 0 {
			continue // (no post: the recognizer's reading stays)
		}
		if sh.title.End > sh.title.Start && sh.title.Start < end {
			end = sh.word.End // the post ran over the title: the event stops before it
		}
		ev := doc.Span{Start: sh.word.Start, End: end}
		added = append(added, doc.Mention{Span: ev, Text: string(text[ev.Start:ev.End]), Type: "EVENT"})
	}
	if len(added) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if m.Type == "PROFESSION" && slices.ContainsFunc(found, func(sh showing) bool { return m.Start == sh.word.Start }) {
			continue // the post that was the showing, and the posts inside it
		}
		if titles[m.Span] && m.Type != "WORK_OF_ART" {
			continue // the title's other reading
		}
		out = append(out, m)
	}
	return withAdded(out, added)
}

// premiereReading reports whether toks[i], a form of premiereForms, is a
// first showing by its form or its neighbours (premieres).
func (r *Refiner) premiereReading(toks []doc.Token, i int) bool {
	if fold(toks[i].Text) == "премьерой" {
		return true
	}
	if i > 0 && r.feminineAdjective(toks[i-1].Text) {
		return true
	}
	j := i + 1
	if j >= len(toks) {
		return false
	}
	if closingQuote(toks, j) > j+1 {
		return true
	}
	if r.adjectiveOnly(toks[j].Text) && j+1 < len(toks) {
		j++ // «премьере нового спектакля»
	}
	lemmas := r.nounLemmas(toks[j].Text)
	return r.genitive(toks[j].Text) && (anyIn(lemmas, workHeads) || anyIn(lemmas, premiereWorks))
}

// feminineAdjective reports whether w is an adjective whose every reading
// is in the feminine singular: «мировая», «российскую», which no
// prime minister's post agrees with (not «нового», «российского»).
func (r *Refiner) feminineAdjective(w string) bool {
	return r.everyReading(w, func(p morph.Parse) bool {
		return p.Tag.POS() == morph.ADJF && p.Tag.Is(morph.Femn) && !p.Tag.Is(morph.Plur)
	})
}

// adjectiveOnly reports whether every reading of w is a full adjective
// («документального»; not «нового», which the dictionary also reads as a
// noun: NEREL train leaves «Премьера нового шоу» untagged).
func (r *Refiner) adjectiveOnly(w string) bool {
	return r.everyReading(w, func(p morph.Parse) bool { return p.Tag.POS() == morph.ADJF })
}

// everyReading reports whether the dictionary (or the guesser) reads w
// and every reading satisfies pred.
func (r *Refiner) everyReading(w string, pred func(morph.Parse) bool) bool {
	ps := r.parse(w)
	return len(ps) > 0 && !slices.ContainsFunc(ps, func(p morph.Parse) bool { return !pred(p) })
}
