package tokenize

// abbrevs holds lowercase abbreviations that are written with a dot; the dot
// stays in the token (UD convention: "г.", "тыс."). The value says how the
// abbreviation behaves at a possible sentence end.
var abbrevs = map[string]abbrevClass{
	// Usually followed by a name or a number: never end a sentence.
	"им": abNever, "ул": abNever, "св": abNever, "пер": abNever, "просп": abNever,
	"пл": abNever, "наб": abNever, "бул": abNever, "обл": abNever, "респ": abNever,
	"акад": abNever, "проф": abNever, "доц": abNever, "ген": abNever, "тов": abNever,
	"гр": abNever, "напр": abNever, "см": abNever, "ср": abNever, "рис": abNever,
	"табл": abNever, "гл": abNever, "стр": abNever, "ст": abNever, "п": abNever,
	"пп": abNever, "ч": abNever, "т": abNever, "с": abNever, "тт": abNever,
	"р": abNever, "оз": abNever, "пос": abNever, "дер": abNever, "пгт": abNever,
	"род": abNever, "ум": abNever, "букв": abNever, "сокр": abNever, "англ": abNever,
	"фр": abNever, "нем": abNever, "лат": abNever, "греч": abNever, "итал": abNever,
	"исп": abNever, "реж": abNever, "ок": abNever, "вкл": abNever, "зам": abNever,
	"нач": abNever, "пред": abNever, "мин": abNever, "сек": abNever,
	"янв": abNever, "фев": abNever, "февр": abNever, "мар": abNever, "апр": abNever,
	"авг": abNever, "сен": abNever, "сент": abNever, "окт": abNever, "ноя": abNever,
	"нояб": abNever, "дек": abNever, "тел": abNever,
	"дж": abNever, // (a given name's initial of two letters: «Дж.Коми», «Дж. Буш»)
	"mr": abNever, "mrs": abNever, "ms": abNever, "dr": abNever, "prof": abNever,
	"st": abNever, "vs": abNever, "no": abNever, "jr": abNever, "sr": abNever,
	"e.g": abNever, "p.s": abNever, "i.e": abNever, "cf": abNever, "fig": abNever,
	// May end a sentence: break if a capitalized word follows.
	"д": abEnd, "др": abEnd, "пр": abEnd, "тыс": abEnd, "млн": abEnd, "млрд": abEnd,
	"трлн": abEnd, "руб": abEnd, "коп": abEnd, "долл": abEnd, "гг": abEnd, "вв": abEnd,
	"в": abEnd, "е": abEnd, "чел": abEnd, "кв": abEnd, "км": abEnd, "сут": abEnd,
	"etc": abEnd, "inc": abEnd, "ltd": abEnd, "co": abEnd, "corp": abEnd, "spp": abEnd,
	"н": abEnd, "э": abEnd, "к": abEnd,
	// "г." ends a sentence only after a number (a year), not before a name (г. Москва).
	"г": abYear,
}

// sentenceOpeners are capitalized pronouns, prepositions, conjunctions
// and adverbs that open sentences and are no names, and nouns that open
// the sentences of reports of talks: after one, a single capital with a
// dot ends a sentence («Ван И. Он заявил») instead of being an initial.
var sentenceOpeners = map[string]bool{
	"Он": true, "Она": true, "Оно": true, "Они": true, "Это": true, "Этот": true, "Эта": true, "Эти": true,
	"Мы": true, "Я": true, "Вы": true, "В": true, "Во": true, "На": true, "По": true, "С": true, "Со": true,
	"К": true, "О": true, "Об": true, "У": true, "За": true, "Из": true, "От": true, "До": true, "При": true,
	"Для": true, "После": true, "Перед": true, "Но": true, "А": true, "И": true, "Однако": true, "Тогда": true,
	"Также": true, "Кроме": true, "Когда": true, "Если": true, "Как": true, "Так": true, "Затем": true,
	"Ранее": true, "Позже": true, "Сейчас": true, "Теперь": true, "Там": true, "Здесь": true,
	// the openers of diplomatic reports after a one-letter Chinese or
	// Korean name: «… с министром иностранных дел КНР Ван И. Стороны
	// обсудили …»
	"Накануне": true, "Вчера": true, "Сегодня": true, "Завтра": true, "Его": true, "Ее": true, "Её": true, "Их": true,
	"Стороны": true, "Встреча": true, "Переговоры": true, "Визит": true, "Документ": true,
}

type abbrevClass uint8

const (
	abNone  abbrevClass = iota
	abNever             // never ends a sentence
	abEnd               // ends a sentence before a capitalized word
	abYear              // like abEnd after a number, like abNever otherwise
)

// lookupAbbrev folds word to lower case (ASCII and Russian letters) and looks
// it up without allocating.
func lookupAbbrev(word string) abbrevClass {
	if len(word) > 16 {
		return abNone
	}
	var buf [16]byte
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xD0 && i+1 < len(word):
			// Cyrillic А..Я (D0 90..D0 AF) → а..я, Ё (D0 81) → ё (D1 91).
			d := word[i+1]
			switch {
			case 0x90 <= d && d <= 0x9F:
				buf[n], buf[n+1] = 0xD0, d+0x20
				n += 2
				i++
				continue
			case 0xA0 <= d && d <= 0xAF:
				buf[n], buf[n+1] = 0xD1, d-0x20
				n += 2
				i++
				continue
			case d == 0x81:
				buf[n], buf[n+1] = 0xD1, 0x91
				n += 2
				i++
				continue
			}
		}
		buf[n] = c
		n++
	}
	return abbrevs[string(buf[:n])]
}
