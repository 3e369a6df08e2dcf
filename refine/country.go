package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// countries are the short names, lower-cased, of the world's states that
// are written as one word, but for those whose name is also their
// capital's (Алжир, Тунис, Кувейт, Люксембург, Сингапур, …), and Мексика
// and Бразилия, whose name a city shares too.
var countries = map[string]bool{
	"австралия": true, "австрия": true, "азербайджан": true, "албания": true, "ангола": true,
	"аргентина": true, "армения": true, "афганистан": true, "багамы": true, "бангладеш": true,
	"барбадос": true, "бахрейн": true, "беларусь": true, "белиз": true, "белоруссия": true,
	"бельгия": true, "бенин": true, "болгария": true, "боливия": true, "ботсвана": true,
	"бруней": true, "буркина-фасо": true, "бурунди": true, "бутан": true, "вануату": true,
	"великобритания": true, "венгрия": true, "венесуэла": true, "вьетнам": true, "габон": true,
	"гаити": true, "гайана": true, "гамбия": true, "гана": true, "гвинея": true, "гвинея-бисау": true,
	"германия": true, "гондурас": true, "гренада": true, "греция": true, "грузия": true,
	"дания": true, "доминика": true, "египет": true, "замбия": true, "зимбабве": true,
	"израиль": true, "индия": true, "индонезия": true, "иордания": true, "ирак": true, "иран": true,
	"ирландия": true, "исландия": true, "испания": true, "италия": true, "йемен": true, "кндр": true,
	"кнр": true, "кабо-верде": true, "казахстан": true, "камбоджа": true, "камерун": true,
	"канада": true, "катар": true, "кения": true, "кипр": true, "киргизия": true, "кирибати": true,
	"китай": true, "колумбия": true, "коморы": true, "конго": true, "корея": true, "коста-рика": true,
	"кот-д'ивуар": true, "куба": true, "кыргызстан": true, "лаос": true, "латвия": true,
	"лесото": true, "либерия": true, "ливан": true, "ливия": true, "литва": true, "лихтенштейн": true,
	"маврикий": true, "мавритания": true, "мадагаскар": true, "малави": true, "малайзия": true,
	"мали": true, "мальдивы": true, "мальта": true, "марокко": true, "мозамбик": true,
	"молдавия": true, "молдова": true, "монголия": true, "мьянма": true, "намибия": true,
	"науру": true, "непал": true, "нигер": true, "нигерия": true, "нидерланды": true,
	"никарагуа": true, "норвегия": true, "оаэ": true, "оман": true, "пакистан": true, "палау": true,
	"палестина": true, "парагвай": true, "перу": true, "польша": true, "португалия": true,
	"россия": true, "руанда": true, "румыния": true, "сша": true, "ссср": true, "самоа": true, "сейшелы": true,
	"сенегал": true, "сербия": true, "сирия": true, "словакия": true, "словения": true,
	"сомали": true, "судан": true, "суринам": true, "сьерра-леоне": true, "таджикистан": true,
	"таиланд": true, "танзания": true, "того": true, "тонга": true, "тувалу": true,
	"туркменистан": true, "туркмения": true, "турция": true, "уганда": true, "узбекистан": true,
	"украина": true, "уругвай": true, "фиджи": true, "филиппины": true, "финляндия": true,
	"франция": true, "хорватия": true, "цар": true, "чад": true, "черногория": true, "чехия": true,
	"чили": true, "швейцария": true, "швеция": true, "шри-ланка": true, "эквадор": true,
	"эритрея": true, "эсватини": true, "эстония": true, "эфиопия": true, "юар": true, "ямайка": true,
	"япония": true,
}

// country reports whether the dictionary reads w as a form of a country's
// name (countries).
func (r *Refiner) country(w string) bool {
	if countries[fold(w)] {
		return true
	}
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary && p.Tag.Is(morph.Geox) && countries[fold(p.Normal)] {
			return true
		}
	}
	return false
}

// countryAdjectiveName reports whether a reading of w is a full adjective
// made from a country's name (countries): «Польское», «Российская».
func (r *Refiner) countryAdjectiveName(w string) bool {
	_, ok := r.placeAdjectiveOf(w, func(s string) bool { return countries[s] })
	return ok
}

// countryType makes a CITY or STATE_OR_PROVINCE mention of one word that
// names a country (countries, by the dictionary's lemma of a place's name:
// «в Лаосе», «в Уругвае», «в Чаде») a COUNTRY; the recognizer read such
// countries, which it had not seen, as cities. NEREL v1.1 dev has three.
// So is a capitalized adjective of a country's name (placeAdjectiveOf):
// «Польское радио» gave the CITY «Польское», where NEREL nests the
// country of such a name («Российская газета», train 2 of 2).
func (r *Refiner) countryType(m doc.Mention) doc.Mention {
	if m.Type != "CITY" && m.Type != "STATE_OR_PROVINCE" || strings.Contains(m.Text, " ") {
		return m
	}
	if r.country(m.Text) || tokenize.StartsUpper(m.Text) && r.countryAdjectiveName(m.Text) {
		m.Type = "COUNTRY"
	}
	return m
}

// multiwordCountries are the names of states of several words.
var multiwordCountries = []string{
	"Объединенные Арабские Эмираты", "Соединенные Штаты Америки", "Соединенное Королевство",
	"Саудовская Аравия", "Южная Корея", "Северная Корея", "Новая Зеландия", "Северная Македония",
	"Южно-Африканская Республика", "Центральноафриканская Республика", "Доминиканская Республика",
	"Демократическая Республика Конго", "Экваториальная Гвинея", "Южный Судан", "Коста-Рика",
	"Российская Федерация", "Китайская Народная Республика", "Республика Корея", "Советский Союз",
}

// countryKeys holds the stemKey of each of multiwordCountries.
var countryKeys = stemKeys(multiwordCountries)

// stemKeys returns the set of the stemKey of each of names (stemKey folds
// ё to е).
func stemKeys(names []string) map[string]bool {
	m := map[string]bool{}
	for _, c := range names {
		m[stemKey(fields(c))] = true
	}
	return m
}

// countryName runs a place mention over the capitalized word right before
// it when the two make a state's name of several words, and makes the
// mention a COUNTRY: «Арабских Эмиратах», a LOCATION, after «Объединенных»;
// an ORGANIZATION too («Объединённые» + «Арабские Эмираты», read as a body).
// It runs one over the capitalized word right after it too, and makes a
// mention that is such a name a COUNTRY: «в бывшем Советском Союзе», read
// as the COUNTRY «Советском», and «Советский Союз», read as an
// ORGANIZATION, are one COUNTRY (NEREL v1.1 train tags all 6 «Советского
// Союза» so).
func countryName(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if !isPlaceType(m.Type) && m.Type != "ORGANIZATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first {
		return m
	}
	words := make([]string, 0, last-first+2)
	for _, t := range toks[first : last+1] {
		words = append(words, t.Text)
	}
	switch {
	case first > 0 && tokenize.StartsUpper(toks[first-1].Text) && toks[first-1].End+1 == m.Start && countryKeys[stemKey(append([]string{toks[first-1].Text}, words...))]:
		m.Start = toks[first-1].Start
	case last+1 < len(toks) && tokenize.StartsUpper(toks[last+1].Text) && toks[last+1].Start == m.End+1 && countryKeys[stemKey(append(words, toks[last+1].Text))]:
		m.End = toks[last+1].End
	case len(words) > 1 && countryKeys[stemKey(words)]:
	default:
		return m
	}
	m.Text = string(text[m.Start:m.End])
	m.Type = "COUNTRY"
	return m
}

// multiwordCities are the names of cities of several words, which the
// recognizer reads as regions or other places («в Нижнем Новгороде» as a
// STATE_OR_PROVINCE, after Новгородская область; NEREL v1.1 train tags its
// one mention a CITY).
var multiwordCities = []string{
	"Нижний Новгород", "Великий Новгород", "Нижний Тагил", "Старый Оскол", "Набережные Челны",
	"Великие Луки", "Минеральные Воды", "Сергиев Посад", "Павловский Посад", "Новый Уренгой",
	"Старая Русса", "Вышний Волочёк", "Кривой Рог", "Белая Церковь",
}

// cityKeys holds the stemKey of each of multiwordCities.
var cityKeys = stemKeys(multiwordCities)

// cityType makes a place or facility mention that is a city's name of
// several words (multiwordCities) a CITY («в Набережных Челнах» read as a
// facility).
func cityType(m doc.Mention) doc.Mention {
	if (isPlaceType(m.Type) || m.Type == "FACILITY") && m.Type != "CITY" && strings.Contains(m.Text, " ") && tokenize.StartsUpper(m.Text) &&
		cityKeys[stemKey(fields(m.Text))] {
		m.Type = "CITY"
	}
	return m
}

// listedCountries makes a one-word ORGANIZATION or PERSON that names a
// state (countries) a COUNTRY when «и» or a comma joins it to a COUNTRY
// mention: «Латвия и Литва», Литва read as an ORGANIZATION. In NEREL v1.1
// train and dev no gold or recognized organization or person so listed
// names a state.
func (r *Refiner) listedCountries(text []rune, ms []doc.Mention) []doc.Mention {
	return retyped(ms, func(m doc.Mention) string {
		if m.Type != "ORGANIZATION" && m.Type != "PERSON" || !cyrillicName(m.Text) || !r.country(m.Text) {
			return ""
		}
		for _, o := range ms {
			if o.Type == "COUNTRY" && (o.End < m.Start && listJoint(text[o.End:m.Start]) || m.End < o.Start && listJoint(text[m.End:o.Start])) {
				return "COUNTRY"
			}
		}
		return ""
	})
}

// listJoint reports whether between is what joins two items of a list:
// « и » or a comma.
func listJoint(between []rune) bool {
	if len(between) > 3 { // (no string of a long gap)
		return false
	}
	switch string(between) {
	case " и ", ", ", " , ":
		return true
	}
	return false
}
