package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// bodyStems are stems of the words that make a name in lower case an
// organization: the body itself («правительства», «полиция», «совета
// директоров», «облспорткомитета») or a group of people («коммунисты» is
// caught by animacy instead). A word holding one of them anywhere counts.
var bodyStems = []string{
	"правительств", "полици", "милици", "парламент", "министерств", "минобр", "минздрав", "власт",
	"прокуратур", "кабинет", "кабмин", "администраци", "комитет", "палат", "совет", "арми", "коалици",
	"сенат", "ведомств", "суд", "сил", "служб", "парти", "департамент", "управлени", "центр", "сборн",
	"отдел", "дирекци", "комисси", "колони", "орган", "бюро", "войск", "академи", "театр", "собрани",
	"конгресс", "мэри", "лаборатори", "госпитал", "корпус", "школ", "коллеги", "бригад", "казначейств",
	"дум", "церк", "оппозици", "посольств", "консульств", "штаб", "руководств", "командовани",
	"клуб", "команд", "групп", "ассоциаци", "союз", "федераци", "организаци", "объединени", "движени",
	"фракци", "профсоюз", "блок", "альянс", "агентств", "издани", "редакци", "газет", "журнал", "канал",
	"радио", "фирм", "предприяти", "холдинг", "компани", "концерн", "банк", "фонд", "бирж", "трест",
	"кооператив", "завод", "фабрик", "комбинат", "университет", "институт", "училищ", "колледж",
	"консерватори", "оркестр", "трибунал", "префектур", "муниципалитет", "полк", "дивизи", "батальон",
	"флот", "гварди", "эскадрил", "пехот", "инспекци", "надзор", "секретариат", "ставк", "ассамбле",
	"съезд", "форум", "конференци", "секци", "отделени", "филиал", "представительств", "контор", "студи",
	"ансамбл", "хор", "труп", "династи", "режим", "хунт", "лиг", "цирк", "разведк", "охран", "изолятор",
	"бундестаг", "ландтаг", "вермахт", "курс", "баз", "тори", "спецназ", "ополчен",
	"постпредств", "общин", "мид", "избирком",
}

// headlessOrganization reports whether m is an ORGANIZATION written all in
// lower case (but for a place in the genitive at its end: «высшего
// образования России») with no word of a body or a group of people in it: «высшего
// образования» of «Министр науки и высшего образования», «информационных
// технологий и массовых коммуникаций», «синти-поп-синглами». In NEREL v1.1
// train 790 of the 845 gold organizations in lower case hold a word of
// bodyStems; most of the other 55 are one adjective («кремлевской»), a
// group of people («коммунисты», «битлов») or a nickname in quotes, which
// the rule keeps; a quoted phrase of three words or more is none, body
// word or not (train has no such organization).
func (r *Refiner) headlessOrganization(toks []doc.Token, m doc.Mention) bool {
	if m.Type != "ORGANIZATION" {
		return false
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first {
		return false
	}
	quoted := first > 0 && tokenize.IsOpeningQuote(firstRune(toks[first-1].Text))
	if !quoted && last > first && tokenize.StartsUpper(toks[last].Text) && r.maybeGenitivePlace(toks[last].Text) {
		last-- // «высшего образования» + «России», the tail of a ministry's name
	}
	for _, t := range toks[first : last+1] {
		if strings.IndexFunc(t.Text, func(c rune) bool {
			return tokenize.IsUpper(c) || unicode.IsDigit(c) || tokenize.IsLetter(c) && !unicode.Is(unicode.Cyrillic, c)
		}) >= 0 {
			return false
		}
	}
	if quoted {
		// a nickname in quotes, «ирисками», «битлов», not a quoted phrase
		// of three words or more, «важным шагом для лекарственной
		// безопасности» (NEREL train: no such organization)
		return last-first >= 2
	}
	words := 0
	for _, t := range toks[first : last+1] {
		w := fold(t.Text)
		if !tokenize.StartsLower(t.Text) {
			continue // punctuation
		}
		words++
		for _, s := range bodyStems {
			if strings.Contains(w, s) {
				return false
			}
		}
		for _, p := range r.parse(t.Text) {
			if p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Anim) && p.Tag.Number() == morph.Plur {
				return false
			}
		}
	}
	return words > 1 || words == 1 && r.likeliest(toks[first].Text) == morph.NOUN
}
