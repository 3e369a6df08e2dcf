package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// ageGroups are the folded forms of the nouns of people counted by age
// that a bound of years after them makes an age group: «детей до шести
// лет», «детям до 12 лет», «среди девушек до 20 лет», «мужчинам в
// возрасте до 50 лет».
var ageGroups = map[string]bool{
	"дети": true, "детей": true, "детям": true, "детьми": true, "ребенка": true, "ребёнка": true, "ребенку": true, "ребёнку": true,
	"девушек": true, "девушкам": true, "юношей": true, "юношам": true, "юниоров": true, "мужчин": true, "мужчинам": true,
	"женщин": true, "женщинам": true, "подростков": true, "подросткам": true, "школьников": true, "школьникам": true,
	"девочек": true, "мальчиков": true, "молодежи": true, "молодёжи": true, "пенсионеров": true, "граждан": true, "лиц": true,
	"возрасте": true,
}

// upToAge makes a DATE «до N лет» right after a noun of ageGroups (or
// «в возрасте») the AGE it is: «вход для детей до шести лет» → AGE «до
// шести лет» (timex read it as a span of six years). Not «лишения свободы
// до 15 лет», a term (NEREL's DATE).
func upToAge(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "DATE" {
		return m
	}
	ws := fields(m.Text)
	if len(ws) != 3 || lowerCase(ws[0]) != "до" || ws[2] != "лет" && ws[2] != "года" && ws[2] != "год" {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first > 0 && ageGroups[lowerCase(toks[first-1].Text)] {
		m.Type = "AGE"
	}
	return m
}
