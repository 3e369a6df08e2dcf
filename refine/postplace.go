package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// townPosts and regionPosts name the posts whose holder's town or region
// follows them in the genitive before his name: «мэр Боготы Клаудия
// Лопес», «губернатор Антьокии Андрес Рендон».
var (
	townPosts   = map[string]bool{"мэр": true, "вице-мэр": true, "градоначальник": true}
	regionPosts = map[string]bool{"губернатор": true, "вице-губернатор": true}
)

// postPlacePersons cuts a place off the start of a PERSON of three words
// or more that follows a town's or a region's post (townPosts,
// regionPosts): «бывший мэр Медельина Даниэль Кинтеро», read as one
// person, is the post «мэр Медельина», the CITY «Медельина» and the
// PERSON «Даниэль Кинтеро». The first word must be a place name the
// dictionary knows in the genitive («Боготы»), or a word it does not know
// in -а, -я, -ы or -и followed by a first name it knows («Медельина
// Даниэль»): a foreign first name after a town is what makes the
// recognizer run the two together (a Russian one it keeps apart: «мэр
// Москвы Сергей Собянин»). The place is a CITY after a town's post and a
// STATE_OR_PROVINCE after a region's, and the post is extended over it,
// as NEREL tags «мэр Москвы».
func (r *Refiner) postPlacePersons(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(townPosts) && !r.mayHave(regionPosts) {
		return ms
	}
	posts := map[int]doc.Mention{} // PROFESSION mentions by their end
	have := map[doc.Span]bool{}
	for _, m := range ms {
		have[m.Span] = true
		if m.Type == "PROFESSION" {
			if o, ok := posts[m.End]; !ok || m.Start > o.Start {
				posts[m.End] = m // the shortest: the post noun itself
			}
		}
	}
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" || strings.Count(m.Text, " ") < 2 {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 1 || last-first < 2 {
			continue
		}
		post, ok := posts[toks[first-1].End]
		if !ok {
			continue
		}
		typ := r.placePostType(toks[first-1].Text)
		if typ == "" || !r.placeGenitive(toks[first].Text, toks[first+1].Text) {
			continue
		}
		place := toks[first]
		drop[m] = true
		person := doc.Span{Start: toks[first+1].Start, End: m.End}
		added = append(added,
			doc.Mention{Span: person, Text: string(text[person.Start:person.End]), Type: "PERSON"},
			doc.Mention{Span: place.Span, Text: place.Text, Type: typ})
		if sp := (doc.Span{Start: post.Start, End: place.End}); !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
	}
	if len(added) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// placePostType returns the type of the place the post noun w holds in the
// genitive: CITY after a town's post, STATE_OR_PROVINCE after a region's,
// "" after any other word.
func (r *Refiner) placePostType(w string) string {
	for _, p := range r.parse(lowerCase(w)) {
		if p.Tag.POS() != morph.NOUN {
			continue
		}
		switch {
		case townPosts[p.Normal]:
			return "CITY"
		case regionPosts[p.Normal]:
			return "STATE_OR_PROVINCE"
		}
	}
	return ""
}

// placeGenitive reports whether w, a capitalized Cyrillic word before
// next, is the genitive of a place: a place name whose likeliest reading is
// the genitive (genitivePlace: «Боготы»), or, before a first name the
// dictionary knows, a word with a reading of a place in the genitive
// («Лиона Грегори») or a word the dictionary does not know ending as a
// genitive does, in -а, -я, -ы or -и («Медельина Даниэль»).
func (r *Refiner) placeGenitive(w, next string) bool {
	if !cyrillicName(w) || !tokenize.IsUpper(firstRune(next)) {
		return false
	}
	if r.genitivePlace(w) {
		return true
	}
	if !r.firstName(next) {
		return false
	}
	known := false
	for _, p := range r.parse(w) {
		if p.Method() != morph.MethodDictionary {
			continue
		}
		if p.Tag.Is(morph.Geox) && p.Tag.Case() == morph.Gent {
			return true
		}
		known = true
	}
	rs := []rune(w)
	return !known && len(rs) > 3 && strings.ContainsRune("аяыи", rs[len(rs)-1])
}
