package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// chargeLemmas are the lemmas of the words of a charge that name the
// offence after «в»: «обвиняют в …», «по обвинению в …», «подозреваемый
// в …», «признан виновным в …».
var chargeLemmas = map[string]bool{"обвинение": true, "обвинять": true, "обвиняться": true, "обвиняемый": true, "обвинить": true,
	"обвинённый": true, "уличить": true, "уличённый": true, "заподозрить": true,
	"подозрение": true, "подозревать": true, "подозреваться": true, "подозреваемый": true, "виновный": true}

// lightOffenceNouns are the lemmas of the nouns after a charge's «в» that
// name no offence of their own: «в совершении преступления», «в отношении
// него», «в соответствии со статьёй», «в адрес».
var lightOffenceNouns = map[string]bool{"совершение": true, "отношение": true, "соответствие": true, "адрес": true,
	"связь": true, "рамка": true, "ход": true, "результат": true, "случай": true, "обсуждение": true, "причастность": true,
	"редакция": true,
	// incidents a case at law is about, EVENTs in NEREL: «дело о гибели
	// людей», «по делу об аварии»
	"гибель": true, "смерть": true, "авария": true, "катастрофа": true, "крушение": true, "пожар": true,
	"взрыв": true, "обрушение": true, "экстрадиция": true}

// offencePrepositions open the complement of an offence's noun that NEREL
// keeps inside the CRIME: «участии в массовых беспорядках», «сексе с
// несовершеннолетней», «насилии над подростками».
var offencePrepositions = map[string]bool{"в": true, "на": true, "с": true, "над": true, "против": true}

// offenceFollowers are the tokens after which an offence ends for sure:
// punctuation, a conjunction or a preposition opening a circumstance («в
// подготовке покушения» + «на Анатолия Чубайса», «в организации терактов»
// + «в Бостоне»). Another word (a quote, a name, an infinitive:
// «попытке» + «организовать вооружённый мятеж») may run the offence on.
var offenceFollowers = map[string]bool{",": true, ".": true, ";": true, ":": true, "(": true, ")": true, "!": true, "?": true, "—": true, "–": true,
	"а": true, "но": true, "в": true, "во": true, "на": true, "за": true, "от": true, "из": true, "до": true,
	"при": true, "после": true, "у": true, "со": true, "с": true}

// maxOffenceGenitives bounds the genitive nouns chargedOffences reads after
// the offence's noun.
const maxOffenceGenitives = 3

// chargedOffences adds a CRIME for the offence a charge names after «в»
// (or a case at law after «о»: «уголовное дело о препятствовании
// деятельности избиркома»)
// where no mention starts: adjectives and a noun in the prepositional
// («обвиняли в изготовлении детской порнографии», «по подозрению в
// подготовке покушения на …», «по обвинению в участии в массовых
// беспорядках»), with the genitives after it or, when none follows, the
// noun's complement with a preposition (offencePrepositions). The offence
// ends at a comma, a verb, another preposition or the end of the sentence;
// one followed by another word (offenceFollowers: a name or an infinitive
// the phrase may run over, «нападении на Charlie Hebdo», «попытке
// организовать вооружённый мятеж») is left, as is one of
// lightOffenceNouns and one a CRIME overlaps. NEREL train tags the offence after such a charge
// as a CRIME in 87 of its 100 such phrases (the rest mostly political
// blame: «обвиняют в эскалации насилия»), the recognizer leaving 6 of
// them out.
func (r *Refiner) chargedOffences(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(chargeLemmas, "дело") {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i+1 < len(toks); i++ {
			if !(toks[i].Text == "в" && r.chargeWord(toks[i-1].Text) || (toks[i].Text == "о" || toks[i].Text == "об") && r.caseWord(toks[i-1].Text)) {
				continue
			}
			end := r.offenceEnd(toks, i+1)
			if end < 0 {
				continue
			}
			sp := doc.Span{Start: toks[i+1].Start, End: toks[end].End}
			if !nestsOnly(ms, sp) || overlapsType(ms, sp, "CRIME") {
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "CRIME"})
		}
	}
	return withAdded(ms, added)
}

// caseWord reports whether w is a form of «дело», a case at law: «по делу
// о побоях».
func (r *Refiner) caseWord(w string) bool {
	return tokenize.StartsLower(w) && slices.Contains(r.nounLemmas(w), "дело")
}

// chargeWord reports whether w has a reading of chargeLemmas.
func (r *Refiner) chargeWord(w string) bool {
	if !tokenize.StartsLower(w) && !tokenize.StartsUpper(w) {
		return false
	}
	for _, p := range r.parse(w) {
		if chargeLemmas[fold(p.Normal)] {
			return true
		}
	}
	return false
}

// offenceEnd returns the index of the last token of the offence that
// opens at toks[k] (see chargedOffences), or -1.
func (r *Refiner) offenceEnd(toks []doc.Token, k int) int {
	for k < len(toks) && lowerWord(toks[k].Text) && r.adjectiveCases(toks[k].Text)&prepositionals != 0 {
		if r.pronounAdjective(toks[k].Text) {
			return -1 // «в своей причастности»
		}
		k++
	}
	if k >= len(toks) || !lowerWord(toks[k].Text) || r.nounCases(toks[k].Text)&prepositionals == 0 || anyIn(r.nounLemmas(toks[k].Text), lightOffenceNouns) {
		return -1
	}
	end := k
	for n := 0; n < maxOffenceGenitives; n++ {
		j := r.genitivePhrase(toks, end+1)
		if j < 0 || !lowerWord(toks[j].Text) {
			break
		}
		end = j
	}
	if end == k && end+1 < len(toks) && offencePrepositions[toks[end+1].Text] {
		// the noun's complement: adjectives and a noun, or adjectives
		// alone («сексе с несовершеннолетней»); another object (a name, a
		// pronoun: «нападении на Charlie Hebdo») leaves the extent unsure
		j := end + 2
		for j < len(toks) && lowerWord(toks[j].Text) && r.adjectiveCases(toks[j].Text) != 0 && !r.pronounAdjective(toks[j].Text) {
			j++
		}
		switch {
		case j < len(toks) && lowerWord(toks[j].Text) && r.nounCases(toks[j].Text) != 0:
			end = j
		case j > end+2:
			end = j - 1
		default:
			return -1
		}
	}
	if end+1 < len(toks) && !offenceFollowers[lowerCase(toks[end+1].Text)] {
		return -1
	}
	return end
}

// pronounAdjective reports whether w has a reading of a pronoun's
// adjective («своей», «этом»).
func (r *Refiner) pronounAdjective(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.Is(morph.Apro) {
			return true
		}
	}
	return false
}

// lowerWord reports whether w is a word of lower-case Cyrillic letters.
func lowerWord(w string) bool {
	return tokenize.IsWord(w) && tokenize.StartsLower(w) && firstRune(w) >= 0x400 && !strings.ContainsRune(w, '.')
}

// nestsOnly reports whether every mention of ms that overlaps sp lies
// inside it without starting where it does: sp is no mention's yet.
func nestsOnly(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Overlaps(sp) && (m.Start <= sp.Start || m.End > sp.End) {
			return false
		}
	}
	return true
}

// overlapsType reports whether a mention of ms of type typ overlaps sp.
func overlapsType(ms []doc.Mention, sp doc.Span, typ string) bool {
	for _, m := range ms {
		if m.Type == typ && m.Overlaps(sp) {
			return true
		}
	}
	return false
}
