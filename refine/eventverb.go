package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// deprivedForms are the past forms and short participles of «лишить» and
// «лишиться» (folded: «лишён» is «лишен»), a done deprivation; not the
// future («лишится поста», a hypothesis there), the infinitive or the noun
// («лишения свободы», a penalty).
var deprivedForms = map[string]bool{
	"лишил": true, "лишила": true, "лишило": true, "лишили": true,
	"лишился": true, "лишилась": true, "лишилось": true, "лишились": true,
	"лишен": true, "лишена": true, "лишено": true, "лишены": true,
}

// statusNouns are the lemmas of the nouns of a status, a right of office, a
// title or an award that a person is deprived of: «лишили гражданства»,
// «лишил духовного сана», «лишена награды», «лишился своего поста».
// «права» (a right of any kind: «лишил президента права назначения») and
// «свобода» (a penalty) are not in it.
var statusNouns = map[string]bool{
	"гражданство": true, "полномочие": true, "сан": true, "звание": true, "титул": true,
	"награда": true, "премия": true, "мандат": true, "лицензия": true, "аккредитация": true,
	"опекунство": true, "членство": true, "пост": true, "должность": true, "победа": true,
	"погон": true, "погоны": true, "медаль": true, "статус": true, "привилегия": true,
	"иммунитет": true, "неприкосновенность": true, "регалия": true,
}

// officeLossForms are the past forms and short participles of the verbs of
// a removal from office that NEREL tags with «с должности», «от должности»,
// «с поста» as one EVENT: «снят с должности», «освобожден от должности».
var officeLossForms = map[string]bool{
	"снят": true, "снята": true, "сняты": true, "снял": true, "сняла": true, "сняли": true,
	"освобожден": true, "освобождена": true, "освобождены": true,
	"освободил": true, "освободила": true, "освободили": true,
	"отстранен": true, "отстранена": true, "отстранены": true,
	"отстранил": true, "отстранила": true, "отстранили": true,
	"уволен": true, "уволена": true, "уволены": true,
}

// officeWords are the forms of the office a person is removed from.
var officeWords = map[string]bool{"должности": true, "поста": true, "обязанностей": true}

// statusModifiers are the pronouns that may stand between the verb and the
// status («лишился своего поста», «лишили всех побед»).
var statusModifiers = map[string]bool{
	"своего": true, "своей": true, "своих": true, "его": true, "ее": true, "их": true,
	"всех": true, "всего": true, "занимаемой": true,
}

// maxStatusModifiers bounds the adjectives and pronouns before the status.
const maxStatusModifiers = 2

// statusLossEvents adds the EVENT of a deprivation or a removal from office
// written as a past verb (or a short participle) and its object, as NEREL
// tags it: a form of «лишить»/«лишиться» (deprivedForms), at most two
// genitive adjectives or pronouns and a status noun in the genitive
// (statusNouns), with the person deprived maybe between them: «Папа Римский
// лишил духовного сана кардинала» → «лишил духовного сана», «суд лишил
// Кэтрин опекунства» → «лишил Кэтрин опекунства»; and a verb of removal
// (officeLossForms) with «с»/«от» and the office: «он был снят с
// должности» (train: all 9 such past phrases are one EVENT; the infinitive,
// the future and the noun — «лишения свободы», «снять с поста», «будет
// отстранена от должности» — are not events there). An EVENT of the
// verb alone or of the status noun alone («сана») is dropped; a mention
// that starts at the verb and runs further
// («освободил Павла Астахова от должности») stays.
func (r *Refiner) statusLossEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(deprivedForms) && !r.mayHaveWord(officeLossForms) {
		return ms
	}
	drop := map[doc.Span]bool{} // the verb's and the status noun's own EVENTs
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+2 < len(toks); i++ {
			w, end := fold(toks[i].Text), -1
			switch {
			case deprivedForms[w]:
				end = r.deprivedStatus(toks, i+1, ms)
			case officeLossForms[w]:
				end = officeLoss(toks, i+1)
			}
			if end < 0 || i > 0 && futureAuxiliary[fold(toks[i-1].Text)] {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
			if startsOver(ms, sp, "") {
				continue
			}
			drop[doc.Span{Start: toks[i].Start, End: toks[i].End}] = true
			drop[doc.Span{Start: toks[end].Start, End: toks[end].End}] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "EVENT" && drop[m.Span] })
}

// futureAuxiliary are the words that make a participle after them a
// future or a possibility («будет отстранена», «может быть снят»).
var futureAuxiliary = map[string]bool{"будет": true, "будут": true, "быть": true}

// deprivedStatus returns the token of the status noun that ends a
// deprivation whose object starts at token k (see statusLossEvents), or -1.
func (r *Refiner) deprivedStatus(toks []doc.Token, k int, ms []doc.Mention) int {
	if k < len(toks) {
		// the person deprived, a PERSON mention right after the verb
		for _, m := range ms {
			if m.Type == "PERSON" && m.Start == toks[k].Start {
				if _, last := mentionTokens(toks, m); last >= k {
					k = last + 1
				}
				break
			}
		}
	}
	for j := k; j < len(toks) && j-k <= maxStatusModifiers; j++ {
		w := toks[j].Text
		if r.genitive(w) && anyIn(r.nounLemmas(w), statusNouns) {
			return j
		}
		if !statusModifiers[fold(w)] && !r.genitiveAdjective(w) {
			return -1
		}
	}
	return -1
}

// officeLoss returns the token of the office that ends a removal from
// office whose preposition is token k («с должности», «от занимаемой
// должности»), or -1.
func officeLoss(toks []doc.Token, k int) int {
	if p := fold(toks[k].Text); p != "с" && p != "со" && p != "от" {
		return -1
	}
	j := k + 1
	if j < len(toks) && fold(toks[j].Text) == "занимаемой" {
		j++
	}
	if j < len(toks) && officeWords[fold(toks[j].Text)] {
		return j
	}
	return -1
}

// screeningWords are the forms of the noun «показ» and the active past and
// future forms of «показать» that open the screening of a film.
var screeningWords = map[string]bool{
	"показ": true, "показа": true, "показу": true, "показом": true, "показе": true,
	"показы": true, "показов": true, "показам": true, "показами": true, "показах": true,
	"показал": true, "показала": true, "показали": true, "покажет": true, "покажут": true,
}

// filmForms are the forms of «фильм».
var filmForms = map[string]bool{
	"фильм": true, "фильма": true, "фильму": true, "фильмом": true, "фильме": true,
	"фильмы": true, "фильмов": true, "фильмам": true, "фильмами": true, "фильмах": true,
}

// screeningEvents adds the EVENT of a film's screening: a form of «показ»
// right before a form of «фильм», or a past or future form of «показать»
// before it with at most one adjective between: «организуют бесплатный
// показ фильмов» → «показ фильмов», «В Москве покажут фильмы Чарли
// Чаплина» → «покажут фильмы», «показали новый фильм». NEREL train tags
// all three such phrases so (dev 3 of 3); a noun with an adjective
// between («закрытый показ нового фильма») has «закрытый показ» there, and
// a passive («были показаны документальные фильмы») is none: both left.
func (r *Refiner) screeningEvents(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(filmForms) || !r.mayHaveWord(screeningWords) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			w := fold(toks[i].Text)
			if !screeningWords[w] {
				continue
			}
			end := i + 1
			if !filmForms[fold(toks[end].Text)] && r.likeliest(w) == morph.VERB && end+1 < len(toks) && r.likeliest(toks[end].Text) == morph.ADJF {
				end++
			}
			if !filmForms[fold(toks[end].Text)] {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
			if startsOver(ms, sp, "") || coveredByName(ms, sp) {
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withAdded(ms, added)
}

// detentionForms are the past forms and short participles of «задержать»
// and «арестовать».
var detentionForms = map[string]bool{
	"задержал": true, "задержала": true, "задержали": true, "задержаны": true, "задержано": true,
	"арестовал": true, "арестовала": true, "арестовали": true, "арестованы": true, "арестовано": true,
}

// countApproximations are the words that may stand before the number of
// people detained («задержали более 500 человек», «ещё трое»).
var countApproximations = map[string]bool{
	"ещё": true, "еще": true, "более": true, "около": true, "свыше": true, "порядка": true, "почти": true,
}

// countedPeople are the forms of «человек» after a number.
var countedPeople = map[string]bool{"человек": true, "человека": true, "людей": true}

// countedDetentions adds the EVENT of a detention told with the number of
// people detained: a past form or a short participle of «задержать» or
// «арестовать» (detentionForms), maybe «более», «около» (countApproximations),
// a number and «человек» (countedPeople): «Полицейские
// задержали более 500 человек», «на данный момент задержаны 5 человек».
// NEREL train tags such a phrase whole («задержали 208 человек»; its
// verbs of death and injury with their counts likewise, 19 of 21, which the
// recognizer finds). Where the recognizer already has an EVENT starting at
// the verb («задержали» alone, as NEREL has it in train twice) it stays.
// Other nouns of people are left: «задержаны две девушки» is untagged
// in train.
func (r *Refiner) countedDetentions(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(detentionForms) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !detentionForms[fold(toks[i].Text)] {
				continue
			}
			j := i + 1
			if countApproximations[fold(toks[j].Text)] {
				j++
			}
			if j+1 >= len(toks) || !allDigits(toks[j].Text) && r.likeliest(toks[j].Text) != morph.NUMR {
				continue
			}
			if !countedPeople[fold(toks[j+1].Text)] {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[j+1].End}
			if startsOver(ms, doc.Span{Start: sp.Start, End: toks[i].End}, "EVENT") {
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withAdded(ms, added)
}

// appointForms are the past forms and short participles of «назначить».
var appointForms = map[string]bool{
	"назначен": true, "назначена": true, "назначено": true, "назначены": true,
	"назначил": true, "назначила": true, "назначили": true,
}

// scheduledDates drops an EVENT of a form of «назначить» (appointForms)
// followed by «на» and a DATE: «Новая акция назначена на субботу»,
// «Рассмотрение ходатайства назначено на пятницу» set a day for something,
// no one is appointed; NEREL train leaves all three such uses untagged.
func (r *Refiner) scheduledDates(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(appointForms) {
		return ms
	}
	dates := map[int]bool{}
	for _, m := range ms {
		if m.Type == "DATE" {
			dates[m.Start] = true
		}
	}
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "EVENT" || !appointForms[fold(m.Text)] {
			continue
		}
		toks := sentenceTokens(sents, m)
		_, last := mentionTokens(toks, m)
		if last < 0 || last+2 >= len(toks) || fold(toks[last+1].Text) != "на" {
			continue
		}
		if dates[toks[last+1].Start] || dates[toks[last+2].Start] {
			drop[m.Span] = true
		}
	}
	return without(ms, "EVENT", func(m doc.Mention) bool { return drop[m.Span] })
}

// outbreakVerbs are the past forms of the verbs an event breaks out with
// («разгорелся скандал», «вспыхнула драка»).
var outbreakVerbs = map[string]bool{
	"разгорелся": true, "разгорелась": true, "разгорелось": true, "разгорелись": true,
	"разразился": true, "разразилась": true, "разразилось": true, "разразились": true,
	"вспыхнул": true, "вспыхнула": true, "вспыхнуло": true, "вспыхнули": true,
}

// outbreakNouns cuts the verb of an outbreak (outbreakVerbs) off an EVENT
// that opens with it and goes on with lower-case words: «разгорелся
// скандал» → «скандал», as NEREL tags the event (train «вспыхнула драка»:
// «драка»; dev «разгорелся скандал»: «скандал»).
func (r *Refiner) outbreakNouns(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(outbreakVerbs) {
		return ms
	}
	return cutEvents(text, sents, ms, func(toks []doc.Token, first, last int) (doc.Span, bool) {
		ok := outbreakVerbs[fold(toks[first].Text)] && tokenize.StartsLower(toks[first+1].Text)
		return doc.Span{Start: toks[first+1].Start, End: toks[last].End}, ok
	})
}

// cutEvents replaces each EVENT of two tokens or more for which cut
// returns a span (and true) by an EVENT of that span, unless there is one.
func cutEvents(text []rune, sents []doc.Sentence, ms []doc.Mention, cut func(toks []doc.Token, first, last int) (doc.Span, bool)) []doc.Mention {
	have := spansOf(ms, "EVENT")
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "EVENT" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last <= first {
			continue
		}
		sp, ok := cut(toks, first, last)
		if !ok {
			continue
		}
		drop[m.Span] = true
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withAdded(without(ms, "EVENT", func(m doc.Mention) bool { return drop[m.Span] }), added)
}

// bareVerbLemmas are the lemmas of the verbs NEREL tags alone as an EVENT,
// without the place, cause or term after them: train tags «скончался» (33
// of 33 before a preposition), «родился» (25 of 25), «госпитализирован»
// (17 of 17), «переехал» (15 of 15), «арестован» (14 of 14), «приговорил»
// (10 of 10), «погиб» (8 of 8), «прибыл» (6 of 6) and «умерла» (4 of 4) so.
var bareVerbLemmas = map[string]bool{
	"скончаться": true, "родиться": true, "госпитализировать": true, "переехать": true,
	"арестовать": true, "приговорить": true, "погибнуть": true, "прибыть": true, "умереть": true,
}

// movePrepositions open the place, the cause or the term after such a verb.
var movePrepositions = map[string]bool{"в": true, "во": true, "на": true, "из": true, "к": true, "с": true, "со": true, "от": true}

// bareVerbs cuts an EVENT that opens with a verb of bareVerbLemmas and a
// preposition (movePrepositions) down to the verb: «переехала в дом
// матери» → «переехала», «скончался в больнице» → «скончался», the place
// being a mention of its own; a direct object («переехала своего мужа»,
// run over by a car) is inside in train and stays.
func (r *Refiner) bareVerbs(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(bareVerbLemmas) {
		return ms
	}
	return cutEvents(text, sents, ms, func(toks []doc.Token, first, _ int) (doc.Span, bool) {
		return toks[first].Span, movePrepositions[fold(toks[first+1].Text)] && r.bareVerb(toks[first].Text)
	})
}

// bareVerb reports whether some verb or participle reading of w has a
// lemma of bareVerbLemmas.
func (r *Refiner) bareVerb(w string) bool {
	for _, p := range r.parse(w) {
		switch p.Tag.POS() {
		case morph.VERB, morph.PRTS, morph.PRTF, morph.GRND:
			if bareVerbLemmas[fold(p.Normal)] {
				return true
			}
		}
	}
	return false
}
