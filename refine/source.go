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
				if m.Span == run && (m.Type == "PERSON" || placeMentionTypes[m.Type] || quoted && m.Type == "WORK_OF_ART") {
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
	for _, p := range r.A.Parse(toks[i-1].Text) {
		if p.Tag.POS() == morph.VERB && reportVerbs[fold(p.Normal)] {
			return true
		}
	}
	return false
}
