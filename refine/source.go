package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// reportVerbs are the lemmas of the verbs after which a name in Latin
// letters is the news source that reports: «пишет Metro», «сообщает
// France-Presse», «цитирует The Guardian».
var reportVerbs = map[string]bool{"сообщать": true, "сообщить": true, "писать": true, "написать": true,
	"передавать": true, "передать": true, "цитировать": true, "процитировать": true, "информировать": true}

// sourcePhrases are the words that end a phrase after which a name in Latin
// letters is a news source: «по данным», «по информации», «по сообщению»,
// «со ссылкой на», «согласно», and «интервью» («в интервью „Свободной
// прессе“», «в интервью The Daily Mail»: NEREL train has 6 such names, all
// organizations).
var sourcePhrases = map[string]bool{"данным": true, "информации": true, "сообщению": true, "на": true, "согласно": true, "интервью": true}

// reportedSources makes a name in Latin letters (latinName) right after a
// verb of reporting or a phrase naming a source an ORGANIZATION: the
// recognizer's place or person there is retyped («пишет Metro» was a CITY,
// «сообщает France-Presse» a COUNTRY), and a name no mention overlaps is
// added. In NEREL v1.1 train all 95 such names the recognizer types an
// organization are organizations; a site may be a PRODUCT («По информации
// Tmz»), which stays. «на» counts only after «ссылкой». A capitalized name
// in quotes (closingQuote) there is an organization too, a work or place
// read there retyped, and one that only holds mentions added around them
// («сообщает „Новый Регион — Екатеринбург“», which had only the city): in
// NEREL train all 24 quoted names after such words are organizations.
func (r *Refiner) reportedSources(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out, added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			j := latinName(toks, i)
			quoted := false
			if j < 0 {
				if j = closingQuote(toks, i); j < 0 || !tokenize.StartsUpper(toks[i+1].Text) {
					continue
				}
				quoted = true // «сообщает „Новый Регион — Екатеринбург“»
			}
			if !r.reportedBefore(toks, i) {
				continue
			}
			run := doc.Span{Start: toks[i].Start, End: toks[j].End}
			if quoted {
				run = doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
			}
			found := false
			for k, m := range ms {
				if m.End <= run.Start || m.Start >= run.End {
					continue
				}
				if quoted && m.Start >= run.Start && m.End <= run.End && m.Span != run {
					continue // a place nested in the name («Екатеринбург»)
				}
				found = true
				if m.Span == run && (m.Type == "PERSON" || isPlaceType(m.Type) || quoted && m.Type == "WORK_OF_ART") {
					out = own(out, ms)
					out[k].Type = "ORGANIZATION"
				}
			}
			if !found {
				added = append(added, doc.Mention{Span: run, Text: string(text[run.Start:run.End]), Type: "ORGANIZATION"})
			}
			i = j
		}
	}
	if out == nil {
		out = ms
	}
	return withAdded(out, added)
}

// reportedBefore reports whether the words before toks[i] are a verb of
// reporting (reportVerbs) or end a phrase naming a source (sourcePhrases).
func (r *Refiner) reportedBefore(toks []doc.Token, i int) bool {
	w := fold(toks[i-1].Text)
	if sourcePhrases[w] {
		switch w {
		case "на":
			return i >= 2 && fold(toks[i-2].Text) == "ссылкой"
		case "согласно", "интервью":
			return true
		}
		return i >= 2 && fold(toks[i-2].Text) == "по"
	}
	for _, p := range r.parse(toks[i-1].Text) {
		if p.Tag.POS() == morph.VERB && reportVerbs[fold(p.Normal)] {
			return true
		}
	}
	return false
}

// employerPosts are lemmas of posts, besides postHeads, employerHeads and
// postLemmas, after which a quoted name is the employer («замгендиректора
// „Уральской стали“», «акционер „Фольксвагена“»).
var employerPosts = map[string]bool{"глава": true, "основатель": true, "владелец": true, "совладелец": true,
	"акционер": true, "замгендиректор": true, "гендиректор": true, "тренер": true, "игрок": true, "босс": true}

// quotedEmployers makes a capitalized quoted name right after a post noun
// its employer, an ORGANIZATION: a mention of a place or person with the
// name's span is retyped, and one of a work after a post that is no art's
// (employerNoun: «боссов „Коза Ностры“»; «продюсеры „Карточного домика“»
// stays), and a name no mention spans is added, the
// places inside staying nested («пост замгендиректора „Уральской стали“»,
// which had only a LOCATION «Уральской»). In NEREL v1.1 train all 47
// quoted names so placed are organizations («директоров „Газпрома“»,
// «главный тренер „Спартака“»).
func (r *Refiner) quotedEmployers(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out, added []doc.Mention
	eachQuote(sents, 1, func(toks []doc.Token, i, j int) {
		employer := r.employerNoun(toks[i-1].Text)
		if !tokenize.StartsUpper(toks[i+1].Text) || !employer && !r.postNoun(toks[i-1].Text) {
			return
		}
		name := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		found := false
		for k, m := range ms {
			switch {
			case m.End <= name.Start || m.Start >= name.End:
			case m.Span == name:
				found = true
				if m.Type == "PERSON" || isPlaceType(m.Type) || employer && m.Type == "WORK_OF_ART" {
					out = own(out, ms) // (a work after a post of art stays: «продюсеры „Карточного домика“»)
					out[k].Type = "ORGANIZATION"
				}
			case m.Start < name.Start || m.End > name.End:
				found = true // a longer mention («„Газпрома“» in a post)
			}
		}
		if !found {
			added = append(added, doc.Mention{Span: name, Text: string(text[name.Start:name.End]), Type: "ORGANIZATION"})
		}
	})
	if out == nil {
		out = ms
	}
	return withAdded(out, added)
}

// postNoun reports whether w is a noun of a post (postHeads, employerHeads,
// postLemmas, employerPosts) by its likeliest reading.
func (r *Refiner) postNoun(w string) bool {
	if r.likeliest(w) != morph.NOUN {
		return false
	}
	for _, l := range r.nounLemmas(w) {
		if postHeads[l] || employerHeads[l] || postLemmas[l] || employerPosts[l] {
			return true
		}
	}
	return false
}

// employerNoun reports whether w is a noun of a post held in an
// organization, not in a work (postHeads, employerHeads, employerPosts;
// not postLemmas, which hold продюсер and режиссёр), by its likeliest
// reading.
func (r *Refiner) employerNoun(w string) bool {
	if r.likeliest(w) != morph.NOUN {
		return false
	}
	for _, l := range r.nounLemmas(w) {
		if postHeads[l] || employerHeads[l] || employerPosts[l] {
			return true
		}
	}
	return false
}
