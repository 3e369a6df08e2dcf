package event

import (
	"math"
	"strings"
	"time"

	"github.com/factgraph/factgraph/doc"
)

// switchesStory reports whether a sentence opens with words turning the
// news to another story told the same day: «Тем временем», «Между тем»
// («… выиграл Кубок Гагарина в 2022 и 2023 годах. … Между тем
// футбольный клуб „Спартак“ объявил …»: the announcement is not of 2022).
func switchesStory(toks []doc.Token) bool {
	if len(toks) < 2 {
		return false
	}
	a, b := strings.ToLower(toks[0].Text), strings.ToLower(toks[1].Text)
	return a == "тем" && b == "временем" || a == "между" && b == "тем"
}

// demandVerbs are the lemmas of the verbs of demanding, whose object is
// what is asked for.
var demandVerbs = map[string]bool{"требовать": true, "потребовать": true, "призывать": true, "призвать": true}

// demandAt returns the start of the first verb of demanding at or after
// from in toks, or math.MaxInt: who is named after it is what a protest
// asks for, no party to it («Участники пикета у здания суда требовали
// отставки губернатора Александра Беглова»).
func (x *Extractor) demandAt(toks []doc.Token, from int) int {
	for _, tk := range toks {
		if tk.Start < from {
			continue
		}
		if l, _ := x.lemma(tk.Text); demandVerbs[l] {
			return tk.Start
		}
	}
	return math.MaxInt
}

// nextDay reports whether a sentence opens with «На следующий день» or «На
// другой день».
func nextDay(toks []doc.Token) bool {
	if len(toks) < 3 || !strings.EqualFold(toks[0].Text, "на") || !strings.EqualFold(toks[2].Text, "день") {
		return false
	}
	w := strings.ToLower(toks[1].Text)
	return w == "следующий" || w == "другой"
}

// datedNextDay dates the undated events of a sentence opening with «На
// следующий день» by the day after that of the last event dated to the day
// before them: «… подписали план консультаций» (dated by the dateline) …
// «На следующий день Лавров прибыл в Бишкек, где встретился с президентом
// Киргизии». outSent gives each event's sentence.
func datedNextDay(d *doc.Document, out []doc.Event, outSent []int) {
	for i := range out {
		if out[i].Date != "" || !nextDay(d.Sentences[outSent[i]].Tokens) {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if outSent[k] == outSent[i] {
				continue
			}
			if day, err := time.Parse("2006-01-02", out[k].Date); err == nil {
				out[i].Date = day.AddDate(0, 0, 1).Format("2006-01-02")
				break
			}
			if out[k].Date != "" {
				break
			}
		}
	}
}

// opensParagraph reports whether sentence si of d begins a paragraph: a line
// break stands between it and the sentence before. text is the document's
// text.
func opensParagraph(d *doc.Document, text []rune, si int) bool {
	if si < 1 || si >= len(d.Sentences) {
		return false
	}
	from, to := d.Sentences[si-1].End, d.Sentences[si].Start
	if from < 0 || to > len(text) || from > to {
		return false
	}
	return strings.ContainsRune(string(text[from:to]), '\n')
}

// storyNames are the types of the mentions that tie one paragraph's story
// to another's.
var storyNames = map[string]bool{"PERSON": true, "ORGANIZATION": true, "CITY": true, "COUNTRY": true,
	"STATE_OR_PROVINCE": true, "DISTRICT": true, "FACILITY": true, "LOCATION": true, "EVENT": true, "PROFESSION": true}

// anotherStory reports whether sentence si, opening a paragraph of a
// digest (a title that names nothing, untitled), tells
// another story than the sentences before it: it names none of their
// persons, organizations, places, events or posts, and opens with no
// pronoun that would point back to them nor a time told from theirs
// («Накануне», «Ранее»). A digest («В Казани 1 октября
// открылся форум …» ¶ «Глава Чечни Рамзан Кадыров провел совещание …»)
// so turns to news the date before does not date. ms are the document's
// mentions, inSent the indexes of si's, firstSent the first sentence that
// names each entity.
func anotherStory(d *doc.Document, ms []mention, inSent []int, firstSent map[string]int, si int) bool {
	toks := d.Sentences[si].Tokens
	if len(toks) == 0 {
		return false
	}
	if w := strings.ToLower(toks[0].Text); pronouns[w] || relativeTimeWords[w] || sequenceWords[w] {
		return false // «Накануне в Ташкенте прошло заседание»: a time told from the story's
	}
	named := false
	for _, mi := range inSent {
		if m := ms[mi]; storyNames[m.Type] {
			if firstSent[m.entity] < si {
				return false
			}
			named = true
		}
	}
	return named
}

// pronouns open a sentence that speaks of what the one before told: «Он
// встретился с руководством», «Его провели …».
var pronouns = map[string]bool{"он": true, "она": true, "оно": true, "они": true, "его": true, "ее": true, "её": true, "их": true,
	"ему": true, "ей": true, "им": true, "этот": true, "эта": true, "это": true, "эти": true}

// untitled reports whether the title, the first sentence, tells no story:
// it names nothing of storyNames that the text names again («Главное за
// день», «Новости регионов», the rubric read as an organization), as the
// title of a digest of several stories. ms are the document's mentions.
func untitled(ms []mention) bool {
	inTitle := map[string]bool{}
	for _, m := range ms {
		if m.sent == 0 && storyNames[m.Type] {
			inTitle[m.entity] = true
		}
	}
	for _, m := range ms {
		if m.sent > 0 && inTitle[m.entity] {
			return false
		}
	}
	return true
}

// openingDay returns the day (YYYY-MM-DD) of a DATE the sentence toks (its
// mentions inSent) opens with, «в» or «во» before it at most, when it is
// the sentence's only dated one and the sentence is not told ahead: «В четверг Новосибирский университет и
// „Сбер“ заключили соглашение». A week, a month or a year («На прошлой
// неделе прокуратура потребовала …») is no day the story goes on in.
func openingDay(ms []mention, inSent []int, dates map[string]string, durations map[string]bool, toks []doc.Token) string {
	v := onlyDate(ms, inSent, dates, durations, 0, 0)
	if len(v) != len("2006-01-02") || len(toks) < 2 {
		return ""
	}
	for _, mi := range inSent {
		m := ms[mi]
		if m.Type != "DATE" && m.Type != "TIME" || dates[m.entity] != v || m.nested {
			continue
		}
		// (not «С 25 ноября Петров находится в розыске», «На 8 августа …»,
		// «22 октября в театре состоится премьера»: a state since or as of
		// a day, or a day ahead)
		w := strings.ToLower(strings.Fields(m.Text)[0])
		if (m.Start == toks[0].Start && (dayPrepositions[w] || w[0] >= '0' && w[0] <= '9') || m.Start == toks[1].Start && dayPrepositions[strings.ToLower(toks[0].Text)]) && doc.VerbTense(toks, m.Span) <= 0 {
			return v
		}
	}
	return ""
}

// dayPrepositions may stand before an opening day (openingDay).
var dayPrepositions = map[string]bool{"в": true, "во": true}
