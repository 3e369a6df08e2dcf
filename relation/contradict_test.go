package relation

import (
	"slices"
	"testing"
)

func TestContradictions(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		base     []Found
		want     []string
	}{
		{"a route's origin is not in its destination",
			"Самолет вылетел из Шереметьево на Пхукет.",
			[][2]string{{"Шереметьево", "FACILITY"}, {"Пхукет", "CITY"}},
			[]Found{{Type: "LOCATED_IN", Head: 0, Tail: 1}},
			nil},
		{"«из X на юге Y» with no journey in the sentence is kept",
			"Подросток из Брикстона на юге Лондона заболел. Мальчик из Брикстона на Ямайке.",
			[][2]string{{"Брикстона", "DISTRICT"}, {"юге Лондона", "LOCATION"}, {"Брикстона", "DISTRICT"}, {"Ямайке", "COUNTRY"}},
			[]Found{{Type: "LOCATED_IN", Head: 0, Tail: 1}, {Type: "LOCATED_IN", Head: 2, Tail: 3}},
			[]string{"Брикстона LOCATED_IN Ямайке", "Брикстона LOCATED_IN юге Лондона"}},
		{"two places after one preposition repeated are a list, not one in the other",
			"Израиль нанес удары по сектору Газа и по территории Сирии. Он жил в Москве и в Подмосковье. Он жил в Химках, в Подмосковье.",
			[][2]string{{"сектору Газа", "LOCATION"}, {"Сирии", "COUNTRY"}, {"Москве", "CITY"}, {"Подмосковье", "STATE_OR_PROVINCE"}, {"Химках", "CITY"}, {"Подмосковье", "STATE_OR_PROVINCE"}},
			[]Found{{Type: "LOCATED_IN", Head: 0, Tail: 1}, {Type: "LOCATED_IN", Head: 2, Tail: 3}, {Type: "LOCATED_IN", Head: 4, Tail: 5}},
			[]string{"Химках LOCATED_IN Подмосковье"}},
		{"the buyer of a share is owned by neither the seller nor what is sold",
			"Компания «Highland Gold» продала свою долю в «Быстринском ГОКе» компании «Интергеопроект».",
			[][2]string{{"Highland Gold", "ORGANIZATION"}, {"Быстринском ГОКе", "ORGANIZATION"}, {"Интергеопроект", "ORGANIZATION"}},
			[]Found{{Type: "OWNER_OF", Head: 0, Tail: 2}, {Type: "OWNER_OF", Head: 1, Tail: 2}, {Type: "OWNER_OF", Head: 0, Tail: 1}, {Type: "OWNER_OF", Head: 2, Tail: 1}},
			[]string{"Highland Gold OWNER_OF Быстринском ГОКе", "Интергеопроект OWNER_OF Быстринском ГОКе"}},
		{"persons whose names disagree in gender are not one person",
			"Сын Александры Завьяловой Пётр Завьялов. Иван Петров, он же Петров.",
			[][2]string{{"Александры Завьяловой", "PERSON"}, {"Пётр Завьялов", "PERSON"}, {"Иван Петров", "PERSON"}, {"Петров", "PERSON"}},
			[]Found{{Type: "ALTERNATIVE_NAME", Head: 0, Tail: 1}, {Type: "ALTERNATIVE_NAME", Head: 2, Tail: 3}},
			[]string{"Иван Петров ALTERNATIVE_NAME Петров"}},
		{"an acronym is not another name of an organization that spells it worse than another",
			"Институт цитологии и генетики Сибирского отделения РАН (ИЦиГ) входит в структуру Сибирского отделения РАН. Совет МХАТа имени Чехова, во МХАТе.",
			[][2]string{{"Институт цитологии и генетики Сибирского отделения РАН", "ORGANIZATION"}, {"ИЦиГ", "ORGANIZATION"}, {"Сибирского отделения РАН", "ORGANIZATION"}, {"РАН", "ORGANIZATION"}, {"МХАТа имени Чехова", "ORGANIZATION"}, {"МХАТе", "ORGANIZATION"}},
			[]Found{{Type: "ALTERNATIVE_NAME", Head: 0, Tail: 1}, {Type: "ABBREVIATION", Head: 2, Tail: 1}, {Type: "ALTERNATIVE_NAME", Head: 3, Tail: 1}, {Type: "ALTERNATIVE_NAME", Head: 4, Tail: 5}},
			[]string{"Институт цитологии и генетики Сибирского отделения РАН ALTERNATIVE_NAME ИЦиГ", "МХАТа имени Чехова ALTERNATIVE_NAME МХАТе"}},
		{"a person an organization is named after is not its other name",
			"АО «Информационные спутниковые системы» имени академика М. Ф. Решетнёва изготовило спутник.",
			[][2]string{{"Информационные спутниковые системы", "ORGANIZATION"}, {"М. Ф. Решетнёва", "PERSON"}},
			[]Found{{Type: "ALTERNATIVE_NAME", Head: 1, Tail: 0}},
			nil},
		{"a post in apposition to one person is not another’s the verb parts from him",
			"С Ириной Яровой не согласилась Валентина Матвиенко, председатель Совета Федерации. Иванов и Петров, депутаты Думы.",
			[][2]string{{"Ириной Яровой", "PERSON"}, {"Валентина Матвиенко", "PERSON"}, {"председатель Совета Федерации", "PROFESSION"}, {"Совета Федерации", "ORGANIZATION"}, {"Иванов", "PERSON"}, {"Петров", "PERSON"}, {"депутаты Думы", "PROFESSION"}},
			[]Found{{Type: "WORKS_AS", Head: 0, Tail: 2}, {Type: "WORKPLACE", Head: 0, Tail: 3}, {Type: "WORKS_AS", Head: 1, Tail: 2}, {Type: "WORKPLACE", Head: 1, Tail: 3}, {Type: "WORKS_AS", Head: 4, Tail: 6}, {Type: "WORKS_AS", Head: 5, Tail: 6}},
			[]string{"Валентина Матвиенко WORKPLACE Совета Федерации", "Валентина Матвиенко WORKS_AS председатель Совета Федерации", "Иванов WORKS_AS депутаты Думы", "Петров WORKS_AS депутаты Думы"}},
		{"a post and its organization before the person they name are not an earlier person's",
			"Бондаренко получил взятку от директора компании «Уралстрой» Олега Петрищева. Джина Хаспел сменила на посту главы ЦРУ Майка Помпео.",
			[][2]string{{"Бондаренко", "PERSON"}, {"директора", "PROFESSION"}, {"Уралстрой", "ORGANIZATION"}, {"Олега Петрищева", "PERSON"}, {"Джина Хаспел", "PERSON"}, {"главы ЦРУ", "PROFESSION"}, {"ЦРУ", "ORGANIZATION"}, {"Майка Помпео", "PERSON"}},
			[]Found{{Type: "WORKPLACE", Head: 0, Tail: 2}, {Type: "WORKPLACE", Head: 3, Tail: 2}, {Type: "WORKS_AS", Head: 4, Tail: 5}, {Type: "WORKPLACE", Head: 4, Tail: 6}},
			[]string{"Джина Хаспел WORKPLACE ЦРУ", "Джина Хаспел WORKS_AS главы ЦРУ", "Олега Петрищева WORKPLACE Уралстрой"}},
		{"a person between a post in the nominative and another person is whose post it is",
			"Адвокат Бондаренко Марина Литвинова заявила. Дочь президента Барака Обамы Малия приехала. Встреча с полпредом Александром Хлопониным Пшихачев хвалил.",
			[][2]string{{"Адвокат", "PROFESSION"}, {"Бондаренко", "PERSON"}, {"Марина Литвинова", "PERSON"}, {"президента", "PROFESSION"}, {"Барака Обамы", "PERSON"}, {"Малия", "PERSON"}, {"полпредом", "PROFESSION"}, {"Александром Хлопониным", "PERSON"}, {"Пшихачев", "PERSON"}},
			[]Found{{Type: "WORKS_AS", Head: 1, Tail: 0}, {Type: "WORKS_AS", Head: 2, Tail: 0}, {Type: "WORKS_AS", Head: 4, Tail: 3}, {Type: "WORKS_AS", Head: 7, Tail: 6}},
			[]string{"Александром Хлопониным WORKS_AS полпредом", "Барака Обамы WORKS_AS президента", "Марина Литвинова WORKS_AS Адвокат"}},
		{"a person in an oblique case before the verb has not the post of its subject",
			"Накануне Антониу Гутерришу позвонил президент США. Иванова назначили директором завода.",
			[][2]string{{"Антониу Гутерришу", "PERSON"}, {"президент США", "PROFESSION"}, {"США", "COUNTRY"}, {"Иванова", "PERSON"}, {"директором завода", "PROFESSION"}},
			[]Found{{Type: "WORKS_AS", Head: 0, Tail: 1}, {Type: "WORKPLACE", Head: 0, Tail: 2}, {Type: "WORKS_AS", Head: 3, Tail: 4}},
			[]string{"Иванова WORKS_AS директором завода"}},
		{"a post is not his who follows its holder with «и» and a post of his own",
			"Договор подписали генеральный директор СГК Степан Солженицын и член правления «Интер РАО» Александр Панин. Министры России и Китая Сергей Лавров и Ван И.",
			[][2]string{{"генеральный директор СГК", "PROFESSION"}, {"СГК", "ORGANIZATION"}, {"Степан Солженицын", "PERSON"}, {"Интер РАО", "ORGANIZATION"}, {"Александр Панин", "PERSON"}, {"Министры России и Китая", "PROFESSION"}, {"Сергей Лавров", "PERSON"}, {"Ван И", "PERSON"}},
			[]Found{{Type: "WORKS_AS", Head: 4, Tail: 0}, {Type: "WORKPLACE", Head: 4, Tail: 1}, {Type: "WORKS_AS", Head: 2, Tail: 0}, {Type: "WORKS_AS", Head: 7, Tail: 5}},
			[]string{"Ван И WORKS_AS Министры России и Китая", "Степан Солженицын WORKS_AS генеральный директор СГК"}},
		{"places coordinated each after a preposition of place are a list",
			"Станции находятся в Кузбассе и на Алтае.",
			[][2]string{{"Кузбассе", "STATE_OR_PROVINCE"}, {"Алтае", "CITY"}},
			[]Found{{Type: "LOCATED_IN", Head: 1, Tail: 0}},
			nil},
		{"a place inside the subject of a verb acting on another place holds it not",
			"Вооруженные силы Украины атаковали беспилотниками Белгород. В среду вьетнамский лидер посетит Санкт-Петербург. Служба Украины подтвердила лишение губернатора Одесской области.",
			[][2]string{{"Вооруженные силы Украины", "ORGANIZATION"}, {"Украины", "COUNTRY"}, {"Белгород", "CITY"}, {"вьетнамский лидер", "PROFESSION"}, {"вьетнамский", "COUNTRY"}, {"Санкт-Петербург", "CITY"}, {"Служба Украины", "ORGANIZATION"}, {"Украины", "COUNTRY"}, {"Одесской области", "STATE_OR_PROVINCE"}},
			[]Found{{Type: "LOCATED_IN", Head: 2, Tail: 1}, {Type: "LOCATED_IN", Head: 5, Tail: 4}, {Type: "LOCATED_IN", Head: 8, Tail: 7}},
			[]string{"Одесской области LOCATED_IN Украины"}},
		{"a board electing a person to a post not its own is not his workplace",
			"Совет директоров ПАО «Ростелеком» избрал Михаила Осеевского президентом компании. Совет директоров избрал Ивана Петрова председателем совета директоров.",
			[][2]string{{"Совет директоров ПАО «Ростелеком»", "ORGANIZATION"}, {"Михаила Осеевского", "PERSON"}, {"Совет директоров", "ORGANIZATION"}, {"Ивана Петрова", "PERSON"}},
			[]Found{{Type: "WORKPLACE", Head: 1, Tail: 0}, {Type: "WORKPLACE", Head: 3, Tail: 2}},
			[]string{"Ивана Петрова WORKPLACE Совет директоров"}},
		{"a board naming a person to a post told before him is not his workplace either; a board's own post is",
			"Совет директоров «Аэрофлота» назначил генеральным директором компании Сергея Александровского. Совет директоров назначил председателем совета директоров Ивана Петрова.",
			[][2]string{{"Совет директоров «Аэрофлота»", "ORGANIZATION"}, {"Сергея Александровского", "PERSON"}, {"Совет директоров", "ORGANIZATION"}, {"Ивана Петрова", "PERSON"}},
			[]Found{{Type: "WORKPLACE", Head: 1, Tail: 0}, {Type: "WORKPLACE", Head: 3, Tail: 2}},
			[]string{"Ивана Петрова WORKPLACE Совет директоров"}},
		{"the country a post of another country is held in is no origin",
			"Приехал посол Индии в России Винай Кумар. Алан Рикман — известный актер в Великобритании.",
			[][2]string{{"посол Индии", "PROFESSION"}, {"Индии", "COUNTRY"}, {"России", "COUNTRY"}, {"Винай Кумар", "PERSON"}, {"Алан Рикман", "PERSON"}, {"актер", "PROFESSION"}, {"Великобритании", "COUNTRY"}},
			[]Found{{Type: "ORIGINS_FROM", Head: 3, Tail: 2}, {Type: "ORIGINS_FROM", Head: 3, Tail: 1}, {Type: "ORIGINS_FROM", Head: 4, Tail: 6}},
			[]string{"Алан Рикман ORIGINS_FROM Великобритании", "Винай Кумар ORIGINS_FROM Индии"}},
		{"a dative with no sale of a share is kept",
			"«Ростех» передал управление компании «Альфа».",
			[][2]string{{"Ростех", "ORGANIZATION"}, {"Альфа", "ORGANIZATION"}},
			[]Found{{Type: "OWNER_OF", Head: 0, Tail: 1}},
			[]string{"Ростех OWNER_OF Альфа"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(Contradictions{Base: fixed(tt.base)}.Extract([]rune(tt.text), nil, ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
