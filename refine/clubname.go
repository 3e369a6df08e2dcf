package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// teamHeads are the lemmas of the nouns of clubs, teams and unions whose
// name follows them with no quotes: «клуба Тоттенхэм Хотспур», «команды
// МакЛарен-Мерседес», «профсоюза Юнайт».
var teamHeads = map[string]bool{"клуб": true, "команда": true, "профсоюз": true}

// teamNames retypes a PERSON right after a noun of teamHeads whose first
// word the dictionary knows as no first name, patronymic or surname and
// that has no initials: the club's name, which the recognizer, reading
// unknown capitalized words as a name, made a person («капитан клуба
// Тоттенхэм Хотспур», «из команды МакЛарен-Мерседес»). When a first name
// follows inside the mention, the words before it are the club and the
// rest its player («клуба Челси Фрэнк Лэмпард»: «Челси» and «Фрэнк
// Лэмпард»). The players and owners named after these nouns («клуба
// Леонид Федун», «команды Дмитрия Аленичева») start with a first name and
// stay. A PERSON of three words or more opening with an acronym in
// Cyrillic capitals is split so too: the acronym an organization, the rest
// the person («Экономист ФАО Абдолреза Аббассиан»; NEREL has no person's
// name written so, and acronyms are organizations' names).
func (r *Refiner) teamNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	var added []doc.Mention
	for k, m := range ms {
		if m.Type != "PERSON" || strings.Contains(m.Text, ".") || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first >= 0 && last > first+1 && cyrillicAcronym(toks[first].Text) && !cyrillicAcronym(toks[first+1].Text) {
			// «Экономист ФАО Абдолреза Аббассиан»: the acronym is the employer
			out = own(out, ms)
			out[k].End = toks[first].End
			out[k].Text, out[k].Type = toks[first].Text, "ORGANIZATION"
			added = append(added, doc.Mention{Span: doc.Span{Start: toks[first+1].Start, End: m.End}, Text: string(text[toks[first+1].Start:m.End]), Type: "PERSON"})
			continue
		}
		if first < 1 || last < first || !anyIn(r.nounLemmas(toks[first-1].Text), teamHeads) || r.personalName(toks[first].Text) {
			continue
		}
		split := -1
		for j := first + 1; j <= last; j++ {
			if r.firstName(toks[j].Text) {
				split = j
				break
			}
		}
		out = own(out, ms)
		out[k].Type = "ORGANIZATION"
		if split > 0 {
			out[k].End = toks[split-1].End
			out[k].Text = string(text[m.Start:out[k].End])
			added = append(added, doc.Mention{Span: doc.Span{Start: toks[split].Start, End: m.End}, Text: string(text[toks[split].Start:m.End]), Type: "PERSON"})
		}
	}
	if out == nil {
		return ms
	}
	return sortedMentions(append(out, added...))
}

// personalName reports whether the dictionary knows w as a first name, a
// patronymic or a surname (not a guess from its ending: «Тоттенхэм»).
func (r *Refiner) personalName(w string) bool {
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary && (p.Tag.Is(morph.Name) || p.Tag.Is(morph.Patr) || p.Tag.Is(morph.Surn)) {
			return true
		}
	}
	return false
}
