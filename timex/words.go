package timex

import "strings"

// monthOf returns the month (1–12) a lowercase word names, in any Russian
// case form or in English (full or abbreviated), and whether it is English.
func monthOf(w string) (m int, en bool) {
	if m, ok := ruMonths[w]; ok {
		return m, false
	}
	if m, ok := enMonths[w]; ok {
		return m, true
	}
	return 0, false
}

var ruMonths = map[string]int{}
var enMonths = map[string]int{}

// ruMonthStems are month stems; the endings below make every case form
// (январь, января, январю, январём, январе, …).
var ruMonthStems = [...]string{"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"}

func init() {
	soft := []string{"ь", "я", "ю", "ем", "е"}
	hard := []string{"", "а", "у", "ом", "е"}
	for i, s := range ruMonthStems {
		m := i + 1
		switch s {
		case "март", "август":
			for _, e := range hard {
				ruMonths[s+e] = m
			}
		case "ма":
			for _, f := range []string{"май", "мая", "маю", "маем", "мае"} {
				ruMonths[f] = m
			}
		default:
			for _, e := range soft {
				ruMonths[s+e] = m
			}
		}
	}
	// Abbreviations: «янв.», «сент.»
	for w, m := range map[string]int{"янв": 1, "фев": 2, "февр": 2, "апр": 4, "авг": 8, "сент": 9, "окт": 10, "нояб": 11, "дек": 12} {
		ruMonths[w] = m
	}
	en := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, w := range en {
		enMonths[w] = i + 1
		if len(w) > 3 {
			enMonths[w[:3]] = i + 1
		}
	}
	enMonths["sept"] = 9
}

// weekdayOf returns the weekday (1 Monday … 7 Sunday) a lowercase word names.
func weekdayOf(w string) int {
	return weekdays[w]
}

var weekdays = map[string]int{
	"понедельник": 1, "понедельника": 1, "понедельнику": 1, "понедельником": 1, "понедельнике": 1,
	"вторник": 2, "вторника": 2, "вторнику": 2, "вторником": 2, "вторнике": 2,
	"среда": 3, "среду": 3, "среды": 3, "среде": 3, "средой": 3,
	"четверг": 4, "четверга": 4, "четвергу": 4, "четвергом": 4, "четверге": 4,
	"пятница": 5, "пятницу": 5, "пятницы": 5, "пятнице": 5, "пятницей": 5,
	"суббота": 6, "субботу": 6, "субботы": 6, "субботе": 6, "субботой": 6,
	"воскресенье": 7, "воскресенья": 7, "воскресенью": 7, "воскресеньем": 7,
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// enWeekday reports whether a weekday word is English (capitalised in text).
func enWeekday(w string) bool { return w != "" && w[0] < 0x80 }

// yearWords are the forms of «год» and its abbreviations that designate a
// preceding number as a year; plural marks the plural forms (for ranges and
// decades).
var yearWords = map[string]bool{
	"год": false, "года": false, "году": false, "годом": false, "годе": false,
	"г": false, "year": false,
	"годы": true, "годах": true, "годов": true, "годами": true, "годам": true, "гг": true, "years": true,
}

// cardinals are number words up to a hundred; compounds («двадцать пять») are
// summed by the parser. -1 stands for «несколько» (an unspecified number).
var cardinals = map[string]int{
	"один": 1, "одна": 1, "одну": 1, "одного": 1, "одной": 1, "одно": 1, "одним": 1,
	"два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
	"три": 3, "трех": 3, "трем": 3, "тремя": 3,
	"четыре": 4, "четырех": 4, "четырем": 4, "четырьмя": 4,
	"пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6,
	"семь": 7, "семи": 7, "семью": 7, "восемь": 8, "восьми": 8, "восемью": 8,
	"девять": 9, "девяти": 9, "девятью": 9, "десять": 10, "десяти": 10, "десятью": 10,
	"одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
	"тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14,
	"пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16,
	"семнадцать": 17, "семнадцати": 17, "восемнадцать": 18, "восемнадцати": 18,
	"девятнадцать": 19, "девятнадцати": 19,
	"двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
	"пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
	"семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
	"девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
	"несколько": -1, "нескольких": -1, "нескольким": -1, "несколькими": -1,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "thirty": 30, "several": -1, "a": 1,
}

// unit is a unit of time for durations and relative expressions.
type unit struct {
	iso  string // ISO 8601 designator: Y, M, W, D, or TH, TM for hours, minutes
	mult int    // multiplier: 10 for decades, 100 for centuries
}

var units = map[string]unit{}

func init() {
	add := func(u unit, ws ...string) {
		for _, w := range ws {
			units[w] = u
		}
	}
	add(unit{"D", 1}, "день", "дня", "дней", "дню", "днем", "дни", "днях", "днями", "дням",
		"сутки", "суток", "суткам", "сутками", "day", "days")
	add(unit{"W", 1}, "неделя", "неделю", "недели", "недель", "неделями", "неделях", "неделям", "неделей", "week", "weeks")
	add(unit{"M", 1}, "месяц", "месяца", "месяцев", "месяцы", "месяцам", "месяцами", "месяцах", "месяцем", "месяцу", "month", "months")
	add(unit{"Y", 1}, "год", "года", "лет", "годы", "годам", "годами", "годах", "году", "годом", "year", "years")
	add(unit{"Y", 10}, "десятилетие", "десятилетия", "десятилетий", "десятилетиями", "десятилетиях", "десятилетием", "decade", "decades")
	add(unit{"Y", 100}, "век", "века", "веков", "веками", "столетие", "столетия", "столетий", "century", "centuries")
	add(unit{"TH", 1}, "час", "часа", "часов", "часам", "часами", "hour", "hours")
	add(unit{"TM", 1}, "минута", "минуту", "минуты", "минут", "минутами", "minute", "minutes")
}

// halfUnits are the one-word halves: «полгода», «полчаса», «полвека».
var halfUnits = map[string]string{"полгода": "P6M", "полчаса": "PT30M", "полвека": "P50Y", "полдня": "PT12H", "полмесяца": "P15D", "полтора": ""}

// ordinalOf returns the number an ordinal word names (первый 1 … двадцатый
// 20), in any case and gender, or 0.
func ordinalOf(w string) int {
	for _, o := range ordinalStems {
		if strings.HasPrefix(w, o.stem) {
			rest := w[len(o.stem):]
			if len(rest) <= 8 && (rest == "" || ordEndings[rest]) {
				return o.n
			}
		}
	}
	return 0
}

var ordEndings = map[string]bool{
	"ый": true, "ий": true, "ой": true, "ого": true, "его": true, "ому": true, "ему": true,
	"ом": true, "ем": true, "ая": true, "яя": true, "ую": true, "юю": true, "ей": true,
	"ые": true, "ие": true, "ых": true, "их": true, "ым": true, "им": true, "ыми": true, "ими": true,
	"ье": true, "ья": true, "ьего": true, "ьей": true, "ьем": true, "ьему": true, "ью": true, "ьи": true, "ьих": true,
	"ое": true, "ее": true,
}

// Longest stems first, so «пятнадцат» wins over «пят».
var ordinalStems = []struct {
	stem string
	n    int
}{
	{"девятнадцат", 19}, {"восемнадцат", 18}, {"семнадцат", 17}, {"шестнадцат", 16},
	{"пятнадцат", 15}, {"четырнадцат", 14}, {"тринадцат", 13}, {"двенадцат", 12},
	{"одиннадцат", 11}, {"двадцат", 20}, {"четверт", 4}, {"десят", 10}, {"девят", 9},
	{"восьм", 8}, {"седьм", 7}, {"шест", 6}, {"перв", 1}, {"втор", 2}, {"трет", 3}, {"пят", 5},
}

// romanOf returns the value of a Roman numeral from I to XXX (Latin letters
// or their Cyrillic look-alikes Х and І), or 0.
func romanOf(s string) int {
	if s == "" || len(s) > 24 {
		return 0
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'I', 'i', 'І', 'і', 'l':
			b.WriteByte('I')
		case 'V', 'v':
			b.WriteByte('V')
		case 'X', 'x', 'Х', 'х':
			b.WriteByte('X')
		default:
			return 0
		}
	}
	return romans[b.String()]
}

var romans = map[string]int{}

func init() {
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	tens := []string{"", "X", "XX", "XXX"}
	for t := 0; t < 4; t++ {
		for o := 0; o < 10; o++ {
			if t+o > 0 {
				romans[tens[t]+ones[o]] = t*10 + o
			}
		}
	}
}

// decadeWords are the word decades: «девяностые (годы)», «в восьмидесятых».
var decadeWords = map[string]int{}

func init() {
	for stem, d := range map[string]int{"двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50,
		"шестидесят": 60, "семидесят": 70, "восьмидесят": 80, "девяност": 90, "нулев": 0} {
		for _, e := range []string{"ые", "ых", "ым", "ыми"} {
			decadeWords[stem+e] = d
		}
	}
}

// seasonOf returns the season (1 spring, 2 summer, 3 autumn, 4 winter) a word
// names.
func seasonOf(w string) int { return seasons[w] }

var seasons = map[string]int{
	"весна": 1, "весной": 1, "весну": 1, "весны": 1, "весне": 1,
	"лето": 2, "летом": 2, "лета": 2, "лету": 2, "лете": 2,
	"осень": 3, "осенью": 3, "осени": 3,
	"зима": 4, "зимой": 4, "зиму": 4, "зимы": 4, "зиме": 4,
	"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4,
}

// partsOfDay map words to TimeML part-of-day codes.
var partsOfDay = map[string]string{
	"утром": "MO", "утра": "MO", "днем": "AF", "дня": "AF", "вечером": "EV", "вечера": "EV",
	"ночью": "NI", "ночи": "NI", "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

// relWords are the adjectives of relative periods: «прошлый год», «этот
// месяц», «следующая неделя», with the offset they give.
var relWords = map[string]int{}

func init() {
	for stem, off := range map[string]int{"прошл": -1, "минувш": -1, "позапрошл": -2, "эт": 0, "текущ": 0,
		"нынешн": 0, "следующ": 1, "будущ": 1, "наступающ": 1, "предыдущ": -1, "сего": 0,
		"прошедш": -1, "уходящ": 0, "предстоящ": 1} {
		for _, e := range []string{"ий", "ый", "ого", "его", "ому", "ему", "ом", "ем", "ая", "ую", "юю", "ой", "ей", "ую", "от", "у", "а", "им", "ым", "ие", "ые", "их", "ых", ""} {
			relWords[stem+e] = off
		}
	}
	delete(relWords, "эт")
	relWords["эти"], relWords["этих"] = 0, 0 // «в эти выходные», «на этих выходных»
	relWords["last"] = -1
	relWords["this"] = 0
	relWords["next"] = 1
	relWords["past"] = -1
}

// deicticDays are the day words resolved against the reference date.
var deicticDays = map[string]int{
	"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2,
	"today": 0, "yesterday": -1, "tomorrow": 1,
}

// timezones map the words after «по … времени» (or abbreviations) to offsets.
var timezones = map[string]string{
	"московскому": "+03:00", "мск": "+03:00", "москве": "+03:00", "пекинскому": "+08:00",
	"гринвичу": "Z", "utc": "Z", "gmt": "Z", "msk": "+03:00",
	"токийскому": "+09:00", "минскому": "+03:00", "киевскому": "", "местному": "",
}

// nextWordOK lists words after which «в 2014» can still be a year: pronouns,
// conjunctions, particles and auxiliaries.
var nextWordOK = map[string]bool{
	"он": true, "она": true, "оно": true, "они": true, "мы": true, "я": true, "вы": true, "ты": true,
	"и": true, "а": true, "но": true, "или": true, "же": true, "уже": true, "еще": true, "только": true,
	"был": true, "была": true, "было": true, "были": true, "будет": true, "будут": true,
	"его": true, "ее": true, "их": true, "там": true, "здесь": true, "тогда": true, "этот": true,
	"впервые": true, "снова": true, "также": true, "в": true, "на": true, "по": true, "с": true,
	"во": true, "из": true, "при": true, "после": true, "до": true,
	"the": true, "and": true, "he": true, "she": true, "it": true, "they": true, "we": true, "was": true,
	"were": true, "in": true, "on": true, "at": true, "after": true, "to": true, "by": true,
}

// pastVerb reports whether a lowercase word looks like a Russian past-tense
// verb (ставил, прошла, состоялись, началось).
func pastVerb(w string) bool {
	if len([]rune(w)) < 5 {
		return false
	}
	for _, e := range pastEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

var pastEndings = []string{"лся", "лась", "лось", "лись", "ил", "ила", "ило", "или", "ал", "ала", "ало", "али",
	"ял", "яла", "яло", "яли", "ел", "ела", "ело", "ели", "ыл", "ыла", "ыло", "ыли", "ул", "ула", "ули", "ошел", "ошла", "ошли", "ошло"}

// futureWords mark a clause in the future tense.
var futureWords = map[string]bool{
	"будет": true, "будут": true, "состоится": true, "состоятся": true, "пройдет": true, "пройдут": true,
	"начнется": true, "начнутся": true, "планируется": true, "запланирован": true, "запланирована": true,
	"запланировано": true, "намечен": true, "намечена": true, "намечено": true, "откроется": true,
	// plural forms and more verbs of what is scheduled (tenth session)
	"запланированы": true, "намечены": true, "планируются": true, "откроются": true, "завершится": true,
	"завершатся": true, "продлится": true, "продлятся": true, "стартует": true, "стартуют": true,
	"will": true, "shall": true,
}

// Runs after the init functions above (same file, later position), so the
// vocabularies it reads are complete.
func init() { buildStarters() }
