package relation

import (
	"strings"
	"sync"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// capitalCountries maps the capitals of countries (and a few of their
// largest cities) to the names of their country, in the nominative; the
// keys and names are compared by lemmas (placeKey). Capitals that are also
// a country's name (Тунис, Алжир, Кувейт) or a city of another country too
// (Триполи) are left out.
var capitalCountries = map[string][]string{
	"Москва": {"Россия", "Российская Федерация", "РФ"}, "Санкт-Петербург": {"Россия", "Российская Федерация", "РФ"},
	"Минск": {"Беларусь", "Белоруссия", "Республика Беларусь", "РБ"}, "Киев": {"Украина"},
	"Вашингтон": {"США", "Соединённые Штаты", "Соединённые Штаты Америки", "Америка"}, "Нью-Йорк": {"США", "Соединённые Штаты", "Соединённые Штаты Америки", "Америка"},
	"Лондон": {"Великобритания", "Британия", "Англия", "Соединённое Королевство"}, "Париж": {"Франция"},
	"Берлин": {"Германия", "ФРГ"}, "Рим": {"Италия"}, "Мадрид": {"Испания"}, "Пекин": {"Китай", "КНР"},
	"Шанхай": {"Китай", "КНР"}, "Токио": {"Япония"}, "Сеул": {"Южная Корея", "Республика Корея"},
	"Пхеньян": {"КНДР", "Северная Корея"}, "Нью-Дели": {"Индия"}, "Анкара": {"Турция"}, "Стамбул": {"Турция"},
	"Тегеран": {"Иран"}, "Багдад": {"Ирак"}, "Дамаск": {"Сирия"}, "Бейрут": {"Ливан"}, "Каир": {"Египет"},
	"Эр-Рияд": {"Саудовская Аравия"}, "Доха": {"Катар"}, "Абу-Даби": {"ОАЭ", "Объединённые Арабские Эмираты"},
	"Кабул": {"Афганистан"}, "Исламабад": {"Пакистан"}, "Ташкент": {"Узбекистан"}, "Астана": {"Казахстан"},
	"Бишкек": {"Киргизия", "Кыргызстан"}, "Душанбе": {"Таджикистан"}, "Ашхабад": {"Туркмения", "Туркменистан"},
	"Баку": {"Азербайджан"}, "Ереван": {"Армения"}, "Тбилиси": {"Грузия"}, "Кишинёв": {"Молдавия", "Молдова"},
	"Вильнюс": {"Литва"}, "Рига": {"Латвия"}, "Таллин": {"Эстония"}, "Варшава": {"Польша"}, "Прага": {"Чехия"},
	"Братислава": {"Словакия"}, "Будапешт": {"Венгрия"}, "Бухарест": {"Румыния"}, "София": {"Болгария"},
	"Белград": {"Сербия"}, "Загреб": {"Хорватия"}, "Афины": {"Греция"}, "Вена": {"Австрия"}, "Берн": {"Швейцария"},
	"Брюссель": {"Бельгия"}, "Амстердам": {"Нидерланды", "Голландия"}, "Копенгаген": {"Дания"},
	"Стокгольм": {"Швеция"}, "Осло": {"Норвегия"}, "Хельсинки": {"Финляндия"}, "Дублин": {"Ирландия"},
	"Лиссабон": {"Португалия"}, "Оттава": {"Канада"}, "Мехико": {"Мексика"}, "Бразилиа": {"Бразилия"},
	"Буэнос-Айрес": {"Аргентина"}, "Каракас": {"Венесуэла"}, "Гавана": {"Куба"}, "Канберра": {"Австралия"},
	"Ханой": {"Вьетнам"}, "Бангкок": {"Таиланд"}, "Джакарта": {"Индонезия"}, "Манила": {"Филиппины"},
	"Претория": {"ЮАР"}, "Аддис-Абеба": {"Эфиопия"}, "Рабат": {"Марокко"}, "Улан-Батор": {"Монголия"},
	"Амман": {"Иордания"},
}

// countryOf maps placeKey(city) to the placeKeys of its country's names;
// built on first use.
var countryOf = sync.OnceValue(func() map[string]map[string]bool {
	if _, err := morph.Default(); err != nil {
		return nil // (the keys are lemmas)
	}
	out := map[string]map[string]bool{}
	for city, countries := range capitalCountries {
		set := map[string]bool{}
		for _, c := range countries {
			set[placeKey(c)] = true
		}
		out[placeKey(city)] = set
	}
	return out
})

// knownCountries is the set of placeKeys of the countries countryOf names.
var knownCountries = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, set := range countryOf() {
		for k := range set {
			out[k] = true
		}
	}
	return out
})

// placeKey is a place name's words, each by the lemma of its likeliest
// reading, lower-cased with ё as е: «Республики Беларусь» → «республика
// беларусь».
func placeKey(name string) string {
	ws := strings.Fields(name)
	for i, w := range ws {
		if ps := readings(w); len(ps) > 0 {
			w = ps[0].Normal
		}
		ws[i] = strings.ReplaceAll(strings.ToLower(w), "ё", "е")
	}
	return strings.Join(ws, " ")
}

// Capitals drops what Base finds that world knowledge contradicts: a city
// LOCATED_IN a country when the city is the capital (or a large city) of
// another country (capitalCountries): «Россия поддерживает официальный
// Минск» says nothing of Минск in Россия.
type Capitals struct {
	Base Extractor
}

// Extract runs Base and drops the contradicted relations.
func (c Capitals) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	out := c.Base.Extract(text, sents, mentions)
	cities := countryOf()
	if cities == nil {
		return out
	}
	kept := out[:0]
	for _, f := range out {
		if f.Type == "LOCATED_IN" && f.indexes(len(mentions)) &&
			mentions[f.Head].Type == "CITY" && mentions[f.Tail].Type == "COUNTRY" {
			if own := cities[placeKey(mentions[f.Head].Text)]; own != nil {
				if k := placeKey(mentions[f.Tail].Text); knownCountries()[k] && !own[k] || otherCountryAdjective(k, own) {
					continue
				}
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// otherCountryAdjective reports whether the country key k (placeKey) is an
// adjective of a known country (knownCountries) that is none of own, by
// its first four letters: «Испанская королева посетила Кишинёв» says
// nothing of Кишинёв in Испания (the queen is Spanish), while «молдавская
// столица Кишинёв» («молд», Молдавия) stays. An adjective of no known
// country («южнокорейский») stays too.
func otherCountryAdjective(k string, own map[string]bool) bool {
	if knownCountries()[k] || strings.Contains(k, " ") || !strings.HasSuffix(k, "ий") && !strings.HasSuffix(k, "ой") {
		return false
	}
	stem := []rune(k)
	if len(stem) < 6 {
		return false
	}
	prefix := string(stem[:4])
	sharing := func(names map[string]bool) bool {
		for n := range names {
			for _, w := range strings.Fields(n) {
				if strings.HasPrefix(w, prefix) {
					return true
				}
			}
		}
		return false
	}
	return !sharing(own) && sharing(knownCountries())
}
