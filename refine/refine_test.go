package refine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

func TestRefine(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		text     string
		mentions [][2]string // text, type, in order of the text
		want     string      // text/type of each refined mention
	}{
		{"a Latin name holding an organization word is one organization, after a bracket too",
			"Об этом сообщает Комитет защиты журналистов (КЗЖ) (Committee to Protect Journalists), а RCA (Radio Corporation of America) молчит.",
			[][2]string{{"Комитет защиты журналистов", "ORGANIZATION"}, {"КЗЖ", "ORGANIZATION"}, {"Committee to Protect Journalists", "PERSON"}, {"RCA", "ORGANIZATION"}, {"Radio", "PERSON"}, {"Corporation of America", "ORGANIZATION"}, {"America", "COUNTRY"}},
			"Комитет защиты журналистов/ORGANIZATION; КЗЖ/ORGANIZATION; Committee to Protect Journalists/ORGANIZATION; RCA/ORGANIZATION; Radio Corporation of America/ORGANIZATION; America/COUNTRY"},
		{"a Latin name of an event word read as an organization is an event",
			"В этом году Corus Chess Tournament состоится в январе.",
			[][2]string{{"В этом году", "DATE"}, {"Corus Chess Tournament", "ORGANIZATION"}, {"в январе", "DATE"}},
			"В этом году/DATE; Corus Chess Tournament/EVENT; в январе/DATE"},
		{"an organization runs over what it stands for, fights or deals with; a phrase of time or a negated genitive stays out",
			"Лидер Движения против нелегальной иммиграции, Национальная конвенция за солидарность Африки и Фонд борьбы с коррупцией нарушений не нашли, а Союз за год вырос.",
			[][2]string{{"Движения", "ORGANIZATION"}, {"Национальная конвенция", "ORGANIZATION"}, {"Африки", "LOCATION"}, {"Фонд борьбы", "ORGANIZATION"}, {"коррупцией", "CRIME"}, {"Союз", "ORGANIZATION"}},
			"Движения против нелегальной иммиграции/ORGANIZATION; Национальная конвенция за солидарность Африки/ORGANIZATION; Африки/LOCATION; Фонд борьбы с коррупцией/ORGANIZATION; коррупцией/CRIME; Союз/ORGANIZATION"},
		{"a one-word person of no known name joined by «и» to a capitalized organization is one; a known name stays",
			"Пробы брали сотрудники Росприроднадзора и Рыбохраны, а Газпром и Миллер молчат.",
			[][2]string{{"Росприроднадзора", "ORGANIZATION"}, {"Рыбохраны", "PERSON"}, {"Газпром", "ORGANIZATION"}, {"Миллер", "PERSON"}},
			"Росприроднадзора/ORGANIZATION; Рыбохраны/ORGANIZATION; Газпром/ORGANIZATION; Миллер/PERSON"},
		{"a convention read as an organization is a law",
			"Военнопленные находятся под защитой Женевской конвенции.",
			[][2]string{{"Военнопленные", "PROFESSION"}, {"Женевской конвенции", "ORGANIZATION"}},
			"Военнопленные/PROFESSION; Женевской конвенции/LAW"},
		{"an organization ending in «времени» is a time zone, none",
			"Концерт начался в 19 часов по Московскому времени.",
			[][2]string{{"в 19 часов", "TIME"}, {"Московскому времени", "ORGANIZATION"}},
			"в 19 часов/TIME"},
		{"a service «по» a dative runs over «в сфере» and its list; the recognizer's lower-case piece goes",
			"Пресс-секретарь Федеральной службы по надзору в сфере связи, информационных технологий и массовых коммуникаций выступил.",
			[][2]string{{"Пресс-секретарь Федеральной службы по надзору", "PROFESSION"}, {"Федеральной службы по надзору", "ORGANIZATION"}, {"информационных технологий и массовых коммуникаций", "ORGANIZATION"}},
			"Пресс-секретарь Федеральной службы по надзору в сфере связи, информационных технологий и массовых коммуникаций/PROFESSION; Федеральной службы по надзору в сфере связи, информационных технологий и массовых коммуникаций/ORGANIZATION"},
		{"a name in straight quotes after a party is an organization; after an acronym it stays",
			`Кандидата выдвинула партия "Движение за развитие Мали", а ФК "Тамбов" проиграл.`,
			[][2]string{{"Мали", "COUNTRY"}, {"Тамбов", "CITY"}},
			"Движение за развитие Мали/ORGANIZATION; Мали/COUNTRY; Тамбов/CITY"},
		{"an ordinal before «канал» is a channel; a club's name after «клуба» read as a person is the club, and the player after it a person",
			"Первый канал показал матч, где полузащитник клуба Челси Фрэнк Лэмпард и тренер клуба Леонид Слуцкий встретились.",
			[][2]string{{"Первый", "ORDINAL"}, {"Челси Фрэнк Лэмпард", "PERSON"}, {"Леонид Слуцкий", "PERSON"}},
			"Первый канал/ORGANIZATION; Челси/ORGANIZATION; Фрэнк Лэмпард/PERSON; Леонид Слуцкий/PERSON"},
		{"an international body's acronym no mention covers is an organization; a list of adjectives runs past «и»",
			"Базирующаяся в Риме ФАО и эксперты Всемирной продовольственной и сельскохозяйственной организации предупредили.",
			[][2]string{{"Риме", "CITY"}, {"Всемирной продовольственной", "ORGANIZATION"}},
			"Риме/CITY; ФАО/ORGANIZATION; Всемирной продовольственной и сельскохозяйственной организации/ORGANIZATION"},
		{"a Latin name after a verb of reporting is the source, an organization; a person after it stays",
			"Клуб продал игрока, пишет Metro, а о сделке сообщает France-Presse и сообщает Иван Петров.",
			[][2]string{{"Metro", "CITY"}, {"France-Presse", "COUNTRY"}, {"Иван Петров", "PERSON"}},
			"Metro/ORGANIZATION; France-Presse/ORGANIZATION; Иван Петров/PERSON"},
		{"a quoted name after a verb of reporting is the source, an organization, with its places nested",
			"Тем временем, сообщает «Новый Регион — Екатеринбург», памятник открыли, а он в интервью «Свободной прессе» промолчал.",
			[][2]string{{"Екатеринбург", "CITY"}},
			"Новый Регион — Екатеринбург/ORGANIZATION; Екатеринбург/CITY; Свободной прессе/ORGANIZATION"},
		{"an organization does not run over «для» and a place",
			"Он сказал, что дверь Европейского Союза для Сербии не закрыта.",
			[][2]string{{"Европейского Союза для Сербии", "ORGANIZATION"}, {"Сербии", "COUNTRY"}},
			"Европейского Союза/ORGANIZATION; Сербии/COUNTRY"},
		{"an institution and its country run over «по» and a lower-case phrase; a branch «по» a region stays out",
			"Бюро США по патентам и товарным знакам выдало патент, а Следственного комитета Армении по Гегаркуникской области нет.",
			[][2]string{{"Бюро США", "ORGANIZATION"}, {"США", "COUNTRY"}, {"Следственного комитета Армении", "ORGANIZATION"}, {"Армении", "COUNTRY"}, {"Гегаркуникской области", "STATE_OR_PROVINCE"}},
			"Бюро США по патентам и товарным знакам/ORGANIZATION; США/COUNTRY; Следственного комитета Армении/ORGANIZATION; Армении/COUNTRY; Гегаркуникской области/STATE_OR_PROVINCE"},
		{"«при» and an adjective the dictionary reads likelier as a noun before the noun",
			"Он член Экспертно-консультативного общественного совета при главном архитекторе Москвы.",
			[][2]string{{"Экспертно-консультативного общественного совета", "ORGANIZATION"}, {"Москвы", "CITY"}},
			"Экспертно-консультативного общественного совета при главном архитекторе Москвы/ORGANIZATION; Экспертно-консультативного общественного совета/ORGANIZATION; Москвы/CITY"},
		{"a council or committee «при» the body it is attached to has the longer name too; a school does not",
			"Об этом сообщил представитель Следственного комитета при прокуратуре, выпускник Йельской медицинской школы при Йельском университете.",
			[][2]string{{"представитель Следственного комитета", "PROFESSION"}, {"Следственного комитета", "ORGANIZATION"}, {"прокуратуре", "ORGANIZATION"}, {"Йельской медицинской школы", "ORGANIZATION"}, {"Йельском университете", "ORGANIZATION"}},
			"представитель Следственного комитета при прокуратуре/PROFESSION; Следственного комитета при прокуратуре/ORGANIZATION; Следственного комитета/ORGANIZATION; прокуратуре/ORGANIZATION; Йельской медицинской школы/ORGANIZATION; Йельском университете/ORGANIZATION"},
		{"a quoted name after a post noun is the employer, with its places nested; a work after a producer stays",
			"Он занимал пост замгендиректора «Уральской стали», а продюсеры «Карточного домика» и боссы «Коза Ностры» молчат.",
			[][2]string{{"Уральской", "LOCATION"}, {"Карточного домика", "WORK_OF_ART"}, {"Коза Ностры", "WORK_OF_ART"}},
			"Уральской стали/ORGANIZATION; Уральской/LOCATION; продюсеры/PROFESSION; Карточного домика/WORK_OF_ART; Коза Ностры/ORGANIZATION"},
		{"an organization in lower case needs a word of a body or a group, or quotes",
			"Министр науки и высшего образования выступил в парламенте, а Мойес ушел из «ирисок» к коммунистам.",
			[][2]string{{"Министр науки и высшего образования", "PROFESSION"}, {"высшего образования", "ORGANIZATION"}, {"парламенте", "ORGANIZATION"}, {"ирисок", "ORGANIZATION"}, {"коммунистам", "ORGANIZATION"}},
			"Министр науки и высшего образования/PROFESSION; парламенте/ORGANIZATION; ирисок/ORGANIZATION; коммунистам/ORGANIZATION"},
		{"a quoted phrase of three words in lower case is no organization; a quoted one-word nickname is",
			"Самойлова назвала запуск «важным шагом для лекарственной безопасности», а Мойес ушел из «ирисок».",
			[][2]string{{"Самойлова", "PERSON"}, {"важным шагом для лекарственной безопасности", "ORGANIZATION"}, {"ирисок", "ORGANIZATION"}},
			"Самойлова/PERSON; ирисок/ORGANIZATION"},
		{"a lower-case noun of a thing is no place; a place adjective, a people and the capital are",
			"Верфь передаст флоту лодку, сообщили в украинском ведомстве москвичи из столицы.",
			[][2]string{{"флоту", "COUNTRY"}, {"украинском", "COUNTRY"}, {"москвичи", "CITY"}, {"столицы", "CITY"}},
			"украинском/COUNTRY; москвичи/CITY; столицы/CITY"},
		{"a person's surname retypes a post of it",
			"Президент ФХР Владислав Третьяк переизбран. Третьяк руководит ФХР.",
			[][2]string{{"Президент ФХР", "PROFESSION"}, {"ФХР", "ORGANIZATION"}, {"Владислав Третьяк", "PERSON"}, {"переизбран", "EVENT"}, {"Третьяк", "PROFESSION"}, {"ФХР", "ORGANIZATION"}},
			"Президент ФХР/PROFESSION; ФХР/ORGANIZATION; Владислав Третьяк/PERSON; переизбран/EVENT; Третьяк/PERSON; ФХР/ORGANIZATION"},
		{"a body of Moscow named by a prefix is an organization; Mosul and a surname stay",
			"Акции выросли на Мосбирже, а в Мосуле Мосийчук заявил.",
			[][2]string{{"Мосбирже", "CITY"}, {"Мосуле", "CITY"}, {"Мосийчук", "PERSON"}},
			"Мосбирже/ORGANIZATION; Мосуле/CITY; Мосийчук/PERSON"},
		{"a surname of another person before a first name and a surname is a person of its own; a surname opening a sentence is a person",
			"Им стал Сергей Степанов. Потанин поблагодарил предшественника Степанова Сергея Дубовицкого и Суркова Владислава Юрьевича. Дубовицкий перейдет.",
			[][2]string{{"Сергей Степанов", "PERSON"}, {"Потанин", "PERSON"}, {"Степанова Сергея Дубовицкого", "PERSON"}, {"Суркова Владислава Юрьевича", "PERSON"}, {"Дубовицкий", "CITY"}},
			"Сергей Степанов/PERSON; Потанин/PERSON; Степанова/PERSON; Сергея Дубовицкого/PERSON; Суркова Владислава Юрьевича/PERSON; Дубовицкий/PERSON"},
		{"a research institution named by an acronym runs over its phrases; the recognizer's pieces go",
			"Препарат испытали в НМИЦ психиатрии и неврологии имени В. М. Бехтерева в Санкт-Петербурге.",
			[][2]string{{"НМИЦ психиатрии", "ORGANIZATION"}, {"неврологии имени В. М. Бехтерева", "ORGANIZATION"}, {"В. М. Бехтерева", "PERSON"}, {"Санкт-Петербурге", "CITY"}},
			"НМИЦ психиатрии и неврологии имени В. М. Бехтерева/ORGANIZATION; В. М. Бехтерева/PERSON; Санкт-Петербурге/CITY"},
		{"a location of several words that ends in a lower-case adjective runs on to its noun; a place adjective stays",
			"Порт станет звеном Северного морского пути, сказал судья Европейского суда.",
			[][2]string{{"Северного морского", "LOCATION"}, {"Европейского", "LOCATION"}},
			"Северного морского пути/LOCATION; Европейского суда/ORGANIZATION; Европейского/LOCATION"},
		{"a holding's acronym, a hyphen and a capitalized word is an organization, running on to the noun of an adjective; a pair of countries stays",
			"Двигатели выпускает ОДК-Пермские моторы, а ОДК-Кузнецов и переговоры США-Мексика продолжаются.",
			[][2]string{{"ОДК-Пермские", "CITY"}, {"ОДК-Кузнецов", "PERSON"}, {"США-Мексика", "COUNTRY"}},
			"ОДК-Пермские моторы/ORGANIZATION; ОДК-Кузнецов/ORGANIZATION; США-Мексика/COUNTRY"},
		{"an organization that opens a sentence with a post noun is a post",
			"Конкурсным управляющим назначен Олег Смирнов.",
			[][2]string{{"Конкурсным управляющим", "ORGANIZATION"}, {"Олег Смирнов", "PERSON"}},
			"Конкурсным управляющим/PROFESSION; Олег Смирнов/PERSON"},
		{"a capitalized place adjective before a plant's noun names the plant; a club stays",
			"Иркутский авиазавод является филиалом, а Ливерпульский клуб нет.",
			[][2]string{{"Иркутский", "COUNTRY"}, {"Ливерпульский", "CITY"}},
			"Иркутский авиазавод/ORGANIZATION; Иркутский/COUNTRY; Ливерпульский/CITY"},
		{"a country read as a city is a country; a city-state's name stays",
			"Он работал в Лаосе, Уругвае и Сингапуре.",
			[][2]string{{"Лаосе", "CITY"}, {"Уругвае", "CITY"}, {"Сингапуре", "CITY"}},
			"Лаосе/COUNTRY; Уругвае/COUNTRY; Сингапуре/CITY"},
		{"a ministry of two things in the genitive is one name with its place; the recognizer's second organization goes",
			"Финансирование обеспечило Министерство науки и высшего образования России, а не министра обороны и начальника штаба.",
			[][2]string{{"Министерство науки", "ORGANIZATION"}, {"высшего образования России", "ORGANIZATION"}, {"России", "COUNTRY"}},
			"Министерство науки и высшего образования России/ORGANIZATION; России/COUNTRY; начальника/PROFESSION"},
		{"a quoted number or date after a product noun is the product; a model code after one is too; a number opening a quoted title stays",
			"Спросом пользуются комплексы «Панцирь-С1» и вертолеты Ми-171Ш, а в клубе «16 тонн» читали «12 стульев».",
			[][2]string{{"Панцирь-С1", "NUMBER"}, {"Ми-171Ш", "ORGANIZATION"}, {"16 тонн", "NUMBER"}, {"12", "NUMBER"}},
			"Панцирь-С1/PRODUCT; Ми-171Ш/PRODUCT; 16 тонн/ORGANIZATION; 12/NUMBER"},
		{"a place and the capitalized word before it that make a state's name of several words are that COUNTRY",
			"Выставка проходит в Объединенных Арабских Эмиратах.",
			[][2]string{{"Арабских Эмиратах", "LOCATION"}},
			"Объединенных Арабских Эмиратах/COUNTRY"},
		{"a quoted name after military exercises or a conference is an event",
			"Стороны обсудили учения «Запад-2025» и конференцию «Наука будущего».",
			[][2]string{{"Запад-2025", "NUMBER"}, {"Наука будущего", "ORGANIZATION"}},
			"Запад-2025/EVENT; Наука будущего/EVENT"},
		{"a Latin name listed between two Latin organizations is one; a product stays",
			"Покупателями остаются Microsoft, Meta и Alphabet, а также Google, Tumblr и Apple.",
			[][2]string{{"Microsoft", "ORGANIZATION"}, {"Meta", "CITY"}, {"Alphabet", "ORGANIZATION"}, {"Google", "ORGANIZATION"}, {"Tumblr", "PRODUCT"}, {"Apple", "ORGANIZATION"}},
			"Microsoft/ORGANIZATION; Meta/ORGANIZATION; Alphabet/ORGANIZATION; Google/ORGANIZATION; Tumblr/PRODUCT; Apple/ORGANIZATION"},
		{"an amount of units of measure is a number, one of money stays",
			"Грузооборот вырастет до 25 млн тонн, выручка — до 3 млн долларов.",
			[][2]string{{"до 25 млн тонн", "MONEY"}, {"до 3 млн долларов", "MONEY"}},
			"до 25 млн тонн/NUMBER; до 3 млн долларов/MONEY"},
		{"a place of a capitalized adjective and lower-case adjectives is the first alone",
			"Он возглавлял Кольскую горно-металлургическую компанию.",
			[][2]string{{"Кольскую горно-металлургическую компанию", "ORGANIZATION"}, {"Кольскую горно-металлургическую", "CITY"}},
			"Кольскую горно-металлургическую компанию/ORGANIZATION; Кольскую/CITY"},
		{"a quoted name after «акции» read as an event is an organization; a slogan stays",
			"Акции «Северстали» выросли, а акции «За честные выборы» прошли.",
			[][2]string{{"Северстали", "EVENT"}, {"За честные выборы", "EVENT"}},
			"Северстали/ORGANIZATION; За честные выборы/EVENT"},
		{"a quoted name that is elsewhere a quoted organization is one",
			"Договор подписало ПАО «Т Плюс». «Т Плюс» входит в группу, а «Плюс» нет.",
			[][2]string{{"Т Плюс", "ORGANIZATION"}},
			"Т Плюс/ORGANIZATION; Т Плюс/ORGANIZATION"},
		{"a place that is a whole quoted name is an organization, unless after a place noun or an adjective",
			"В группу входят «Россия» и «Победа», а клуб играл в зоне «Москва» самопровозглашённой «Донецкой Народной Республики».",
			[][2]string{{"Россия", "COUNTRY"}, {"Победа", "ORGANIZATION"}, {"Москва", "CITY"}, {"Донецкой Народной Республики", "COUNTRY"}},
			"Россия/ORGANIZATION; Победа/ORGANIZATION; Москва/CITY; Донецкой Народной Республики/COUNTRY"},
		{"a capitalized participle and a kind of organization are an organization",
			"Самолеты МС-21 производства Объединенной авиастроительной корпорации поступят в 2026 году.",
			[][2]string{{"МС-21", "PRODUCT"}},
			"МС-21/PRODUCT; Объединенной авиастроительной корпорации/ORGANIZATION"},
		{"a post ending in «по» and a dative runs over «и» and one more; a genitive does not",
			"Заявила верховный представитель ЕС по иностранным делам и политике безопасности Кая Каллас, а министра обороны и начальника генштаба нет.",
			[][2]string{{"верховный представитель ЕС по иностранным делам", "PROFESSION"}, {"ЕС", "ORGANIZATION"}, {"Кая Каллас", "PERSON"}, {"министра обороны", "PROFESSION"}},
			"верховный представитель ЕС по иностранным делам и политике безопасности/PROFESSION; ЕС/ORGANIZATION; Кая Каллас/PERSON; министра обороны/PROFESSION; начальника/PROFESSION"},
		{"an organization's name opening a sentence is one when the text names it so elsewhere",
			"Большой театр представит премьеру. Партию исполнит премьер Большого театра. Новый театр откроется.",
			[][2]string{{"премьер Большого театра", "PROFESSION"}, {"Большого театра", "ORGANIZATION"}},
			"Большой театр/ORGANIZATION; премьер Большого театра/PROFESSION; Большого театра/ORGANIZATION"},
		{"a place's name in the genitive opening a person of three words is the post's country",
			"Ранее о своих планах заявила премьер-министр Барбадоса Миа Моттли.",
			[][2]string{{"премьер-министр", "PROFESSION"}, {"Барбадоса Миа Моттли", "PERSON"}},
			"премьер-министр Барбадоса/PROFESSION; премьер-министр/PROFESSION; Барбадоса/COUNTRY; Миа Моттли/PERSON"},
		{"a service named with a dot after its company is a product holding the company",
			"Сервис был основан под названием «Яндекс.Деньги».",
			[][2]string{{"Яндекс.Деньги", "ORGANIZATION"}},
			"Яндекс.Деньги/PRODUCT; Яндекс/ORGANIZATION"},
		{"an organization opening with a post noun is a post",
			"Он провел переговоры с командующим ВВС Объединенных Арабских Эмиратов и с верховным комиссаром ООН по правам человека.",
			[][2]string{{"командующим ВВС Объединенных Арабских Эмиратов", "ORGANIZATION"}, {"ВВС", "ORGANIZATION"}, {"верховным комиссаром ООН по правам человека", "ORGANIZATION"}, {"ООН", "ORGANIZATION"}},
			"командующим ВВС Объединенных Арабских Эмиратов/PROFESSION; ВВС/ORGANIZATION; верховным комиссаром ООН по правам человека/PROFESSION; ООН/ORGANIZATION"},
		{"a Latin name after an air show is an event, with the year it ends with",
			"Компании участвуют в авиасалоне Dubai Airshow 2025.",
			[][2]string{{"Dubai Airshow", "ORGANIZATION"}},
			"Dubai Airshow 2025/EVENT"},
		{"an acronym and the place in the genitive after it are an organization too, unless the name goes on with «по»",
			"Лавров встретился с главой МИД Индии, а сотрудники ФСБ России по Тюменской области молчали.",
			[][2]string{{"главой МИД Индии", "PROFESSION"}, {"МИД", "ORGANIZATION"}, {"Индии", "COUNTRY"}, {"ФСБ", "ORGANIZATION"}, {"России", "COUNTRY"}, {"Тюменской области", "STATE_OR_PROVINCE"}},
			"главой МИД Индии/PROFESSION; МИД Индии/ORGANIZATION; МИД/ORGANIZATION; Индии/COUNTRY; ФСБ/ORGANIZATION; России/COUNTRY; Тюменской области/STATE_OR_PROVINCE"},
		{"an international organization's acronym is an organization",
			"Министры обсудят сотрудничество в рамках БРИКС и ШОС.",
			[][2]string{{"БРИКС", "STATE_OR_PROVINCE"}, {"ШОС", "ORGANIZATION"}},
			"БРИКС/ORGANIZATION; ШОС/ORGANIZATION"},
		{"two institutions joined by «и» are two organizations",
			"Ученые Новосибирского государственного университета и Института ядерной физики имени Г. И. Будкера создали источник.",
			[][2]string{{"Новосибирского государственного университета и Института ядерной физики имени Г. И. Будкера", "ORGANIZATION"}, {"Г. И. Будкера", "PERSON"}},
			"Ученые Новосибирского государственного университета/PROFESSION; Ученые/PROFESSION; Новосибирского государственного университета/ORGANIZATION; Института ядерной физики имени Г. И. Будкера/ORGANIZATION; Г. И. Будкера/PERSON"},
		{"a city's kremlin read as a person is a facility",
			"Встреча прошла в Казанском Кремле в среду.",
			[][2]string{{"Казанском Кремле", "PERSON"}},
			"Казанском Кремле/FACILITY"},
		{"an acronym and the acronyms of the body it belongs to are an organization too",
			"Логачев возглавляет ИЯФ СО РАН с 2015 года.",
			[][2]string{{"Логачев", "PERSON"}, {"ИЯФ", "ORGANIZATION"}, {"РАН", "ORGANIZATION"}},
			"Логачев/PERSON; ИЯФ СО РАН/ORGANIZATION; ИЯФ/ORGANIZATION; РАН/ORGANIZATION"},
		{"a quoted name after a kind of vehicle is a product",
			"Завод выпускает тракторы «Беларус» и электробусы «Ольгерд».",
			[][2]string{{"Беларус", "ORGANIZATION"}, {"Ольгерд", "PERSON"}},
			"Беларус/PRODUCT; Ольгерд/PRODUCT"},
		{"the agency of a byline is an organization",
			"САНКТ-ПЕТЕРБУРГ, 22 октября. /Спорт-Экспресс/. Матч завершился.",
			[][2]string{{"САНКТ-ПЕТЕРБУРГ", "CITY"}, {"Спорт-Экспресс", "CITY"}},
			"САНКТ-ПЕТЕРБУРГ/CITY; Спорт-Экспресс/ORGANIZATION"},
		{"a dateline's place is a city; a byline's slash is no part of a name",
			"Новости дня\nТОЛЬЯТТИ, 20 ноября. /РИА Новости/. НИЖНИЙ НОВГОРОД, 5 мая. МОСКВА, пятница.",
			[][2]string{{"ТОЛЬЯТТИ", "ORGANIZATION"}, {"РИА Новости/", "ORGANIZATION"}, {"НИЖНИЙ", "PERSON"}, {"МОСКВА", "ORGANIZATION"}},
			"ТОЛЬЯТТИ/CITY; РИА Новости/ORGANIZATION; НИЖНИЙ НОВГОРОД/CITY; МОСКВА/ORGANIZATION"},
		{"a person's name spelling a dateline's place is that city",
			"АБУ-ДАБИ, 19 ноября. /Интерфакс/. Министры провели переговоры в Абу-Даби.",
			[][2]string{{"АБУ-ДАБИ", "PERSON"}, {"Интерфакс", "ORGANIZATION"}, {"Абу-Даби", "PERSON"}},
			"АБУ-ДАБИ/CITY; Интерфакс/ORGANIZATION; Абу-Даби/CITY"},
		{"an institution's name goes on with genitive phrases, «и», «имени» and acronyms",
			"Сотрудники Института химии твердого тела и механохимии СО РАН и Института цитологии и генетики посетили Институт ядерной физики имени Г. И. Будкера, а не Шведскую Академию наук.",
			[][2]string{{"РАН", "ORGANIZATION"}, {"Института цитологии", "ORGANIZATION"}, {"Шведскую Академию наук", "ORGANIZATION"}},
			"Института химии твердого тела и механохимии СО РАН/ORGANIZATION; СО РАН/ORGANIZATION; РАН/ORGANIZATION; Института цитологии и генетики/ORGANIZATION; Институт ядерной физики имени Г. И. Будкера/ORGANIZATION; Шведскую Академию наук/ORGANIZATION"},
		{"a quoted name after a kind of facility or a work and its author has the kind's type",
			"Показ прошел в кинотеатре «Октябрь». Новый фильм режиссера Андрея Звягинцева «Минотавр» вышел. Роман Виктора Пелевина «Круть» издан.",
			[][2]string{{"Октябрь", "DATE"}, {"Андрея Звягинцева", "PERSON"}, {"Минотавр", "ORGANIZATION"}, {"Виктора Пелевина", "PERSON"}},
			"Октябрь/FACILITY; режиссера/PROFESSION; Андрея Звягинцева/PERSON; Минотавр/WORK_OF_ART; Виктора Пелевина/PERSON; Круть/WORK_OF_ART"},
		{"a person ends at an initial before a common word that opens the next sentence",
			"Переговоры с Ван И. Встреча прошла. Письмо Н. В. Томского.",
			[][2]string{{"Ван И. Встреча", "PERSON"}, {"Н. В. Томского", "PERSON"}},
			"Ван И./PERSON; Н. В. Томского/PERSON"},
		{"the acronym of a quantity is no organization",
			"Рост ВВП России составит 1%, сообщил МИД России.",
			[][2]string{{"ВВП России", "ORGANIZATION"}, {"России", "COUNTRY"}, {"МИД России", "ORGANIZATION"}, {"России", "COUNTRY"}},
			"России/COUNTRY; МИД России/ORGANIZATION; России/COUNTRY"},
		{"a word named like a federal agency is an organization",
			"Росреестр и Роснедра выдали лицензию, Ростуризм предупредил, в Рославле тихо, роспуск отложен.",
			[][2]string{{"Росреестр", "COUNTRY"}, {"Роснедра", "PERSON"}, {"Ростуризм", "IDEOLOGY"}, {"Рославле", "CITY"}, {"роспуск", "EVENT"}},
			"Росреестр/ORGANIZATION; Роснедра/ORGANIZATION; Ростуризм/ORGANIZATION; Рославле/CITY; роспуск/EVENT"},
		{"a seat of power ends before the subject after it",
			"Президент Касым-Жомарт Токаев прибыл. В Кремле Токаев провел переговоры.",
			[][2]string{{"Касым-Жомарт Токаев", "PERSON"}, {"Кремле Токаев", "FACILITY"}},
			"Президент/PROFESSION; Касым-Жомарт Токаев/PERSON; Кремле/FACILITY; Токаев/PERSON"},
		{"a word that alone is a post, a crime, a nationality is one when no mention covers it",
			"Ректор МГУ Виктор Садовничий выступил. Канадец обвинен в мошенничестве.",
			[][2]string{{"МГУ", "ORGANIZATION"}, {"Виктор Садовничий", "PERSON"}},
			"Ректор МГУ/PROFESSION; Ректор/PROFESSION; МГУ/ORGANIZATION; Виктор Садовничий/PERSON; Канадец/NATIONALITY; мошенничестве/CRIME"},
		{"a name of capitalized adjectives and a kind noun runs over «имени» and the name after it",
			"Он окончил Московский государственный медицинский университет имени И. М. Сеченова.",
			[][2]string{{"И. М. Сеченова", "PERSON"}},
			"Московский государственный медицинский университет имени И. М. Сеченова/ORGANIZATION; И. М. Сеченова/PERSON"},
		{"a place spanning an organization that opens with its adjective is the adjective",
			"Игроки петербургского СКА победили.",
			[][2]string{{"петербургского СКА", "ORGANIZATION"}, {"петербургского СКА", "CITY"}},
			"петербургского СКА/ORGANIZATION; петербургского/CITY"},
		{"a Latin name after a kind of software or event is a product or an event",
			"На конференции AI Journey показали нейросеть GigaChat, а акции Apple выросли.",
			[][2]string{{"AI Journey", "ORGANIZATION"}, {"GigaChat", "ORGANIZATION"}, {"Apple", "ORGANIZATION"}},
			"AI Journey/EVENT; GigaChat/PRODUCT; Apple/ORGANIZATION"},
		{"capitalized adjectives and the acronym of a kind of enterprise are an organization",
			"Холдинг запустил Яковлевский ГОК.",
			[][2]string{{"Яковлевский ГОК", "EVENT"}, {"ГОК", "ORGANIZATION"}},
			"Яковлевский ГОК/ORGANIZATION"},
		{"a compound adjective opening with an adverb is no place; one of places is",
			"Корпорация передала Воздушно-космическим силам России самолеты для Саяно-Шушенской ГЭС.",
			[][2]string{{"Воздушно-космическим силам России", "ORGANIZATION"}, {"Воздушно-космическим", "CITY"}, {"России", "COUNTRY"}, {"Саяно-Шушенской", "LOCATION"}},
			"Воздушно-космическим силам России/ORGANIZATION; России/COUNTRY; Саяно-Шушенской/LOCATION"},
		{"a number that opens with a model code starts after it",
			"Корпорация увеличит выпуск Су-57 в полтора раза.",
			[][2]string{{"Су-57 в полтора раза", "NUMBER"}},
			"Су-57/PRODUCT; в полтора раза/NUMBER"},
		{"an organization runs on to its noun",
			"Прибыл глава Государственного военно-промышленного комитета Республики Беларусь.",
			[][2]string{{"Государственного военно-промышленного", "ORGANIZATION"}},
			"Государственного военно-промышленного комитета/ORGANIZATION"},
		{"an adjective that may be a noun stops nothing",
			"Директор Ижевского завода приехал.",
			[][2]string{{"Ижевского", "CITY"}},
			"Ижевского завода/ORGANIZATION; Ижевского/CITY"}, // the plant's name: kindNames
		{"a name that ends in a noun is kept",
			"Следственного комитета Армении сотрудник.",
			[][2]string{{"Следственного комитета", "ORGANIZATION"}},
			"Следственного комитета/ORGANIZATION"},
		{"products after product nouns",
			"Производятся зенитные ракетные комплексы малой дальности «Тор-М2», ремонт ЗРК «Оса-АКМ» и боеприпасов серии «Ланцет».",
			[][2]string{{"Тор-М2", "ORGANIZATION"}, {"Оса-АКМ", "AWARD"}, {"Ланцет", "ORGANIZATION"}},
			"Тор-М2/PRODUCT; Оса-АКМ/PRODUCT; Ланцет/PRODUCT"},
		{"organizations after other nouns stay",
			"Встреча с руководством холдинга «Калашников» и акции компании «Газпром» на бирже.",
			[][2]string{{"Калашников", "ORGANIZATION"}, {"Газпром", "ORGANIZATION"}},
			"Калашников/ORGANIZATION; Газпром/ORGANIZATION"},
		{"a product noun before an organization's own noun does not count",
			"Поставки ракет компании «Вектор» выросли.",
			[][2]string{{"Вектор", "ORGANIZATION"}},
			"Вектор/ORGANIZATION"},
		{"a quoted name after a kind of organization is an organization",
			"Встреча с руководством холдинга «Калашников», газета «Ведомости» и ИЭМЗ «Купол».",
			[][2]string{{"Калашников", "WORK_OF_ART"}, {"Ведомости", "PRODUCT"}, {"Купол", "WORK_OF_ART"}},
			"Калашников/ORGANIZATION; Ведомости/ORGANIZATION; Купол/ORGANIZATION"},
		{"a quoted name after a capitalized adjective and a kind of organization is its full name, and a post that ends inside it runs on",
			"Присутствовал генеральный директор Ижевского электромеханического завода «Купол» Фанил Зиятдинов, а также директор оборонного завода «Вектор».",
			[][2]string{{"генеральный директор Ижевского", "PROFESSION"}, {"Ижевского", "CITY"}, {"Купол", "ORGANIZATION"}, {"директор", "PROFESSION"}},
			"генеральный директор Ижевского электромеханического завода «Купол»/PROFESSION; Ижевского электромеханического завода «Купол»/ORGANIZATION; Ижевского/CITY; Купол/ORGANIZATION; директор/PROFESSION; Вектор/ORGANIZATION"},
		{"an institution followed by a place has a longer name with it; a company does not",
			"Прибыл глава Государственного военно-промышленного комитета Республики Беларусь и акционер компании «Вектор» России.",
			[][2]string{{"Государственного военно-промышленного комитета", "ORGANIZATION"}, {"Республики Беларусь", "COUNTRY"}, {"Вектор", "ORGANIZATION"}, {"России", "COUNTRY"}},
			"Государственного военно-промышленного комитета Республики Беларусь/ORGANIZATION; Государственного военно-промышленного комитета/ORGANIZATION; Республики Беларусь/COUNTRY; Вектор/ORGANIZATION; России/COUNTRY"},
		{"a quoted name after a kind of organization is no place; a capitalized building's name is a facility",
			"Путин посетил завод «Гродно Азот». Встреча прошла во Дворце Независимости, а не в Москве. Матч прошёл на «Газпром Арене».",
			[][2]string{{"Гродно Азот", "CITY"}, {"Встреча", "EVENT"}, {"Дворце Независимости", "EVENT"}, {"Москве", "CITY"}, {"Газпром Арене", "ORGANIZATION"}},
			"Гродно Азот/ORGANIZATION; Встреча/EVENT; Дворце Независимости/FACILITY; Москве/CITY; Газпром Арене/FACILITY"},
		{"a person in a plural locative after «в» is a city; a court read as a place is an organization",
			"Завод построят в Шушарах, а Петров обжалует решение в Мосгорсуде.",
			[][2]string{{"Шушарах", "PERSON"}, {"Петров", "PERSON"}, {"Мосгорсуде", "CITY"}},
			"Шушарах/CITY; Петров/PERSON; Мосгорсуде/ORGANIZATION"},
		{"a person's name cut at a particle is one name",
			"Глава Еврокомиссии Урсула фон дер Ляйен прибыла. Музыку Людвига ван Бетховена сыграли, а ван и де не имена.",
			[][2]string{{"Урсула фон", "PERSON"}, {"Ляйен", "PERSON"}, {"Людвига", "PERSON"}},
			"Урсула фон дер Ляйен/PERSON; Людвига ван Бетховена/PERSON"},
		{"the other names of Russia's regions are regions",
			"Губернатор Кузбасса прибыл в Подмосковье.",
			[][2]string{{"Кузбасса", "CITY"}, {"Подмосковье", "LOCATION"}},
			"Губернатор Кузбасса/PROFESSION; Губернатор/PROFESSION; Кузбасса/STATE_OR_PROVINCE; Подмосковье/STATE_OR_PROVINCE"},
		{"a date starts after the Latin words that open it, but a Roman numeral stays",
			"Компания выпустит ChatGPT летом, а в XX веке нет.",
			[][2]string{{"ChatGPT летом", "DATE"}, {"XX веке", "DATE"}},
			"летом/DATE; XX веке/DATE"},
		{"the pieces of a name in Latin letters are one organization",
			"Доля в Industrial and Commercial Bank of China и в Bank of East Asia выросла, а Google и Microsoft нет.",
			[][2]string{{"Industrial and Commercial", "ORGANIZATION"}, {"Bank of China", "ORGANIZATION"}, {"China", "COUNTRY"}, {"Bank of", "ORGANIZATION"}, {"Google", "ORGANIZATION"}, {"Microsoft", "ORGANIZATION"}},
			"Industrial and Commercial Bank of China/ORGANIZATION; China/COUNTRY; Bank of East Asia/ORGANIZATION; Google/ORGANIZATION; Microsoft/ORGANIZATION"},
		{"capitalized adjectives and a kind of organization are its name",
			"Он окончил Харбинский военно-инженерный колледж, а дело слушал Никитинский районный суд. Американская компания и Лебединский и Михайловский горно-обогатительные комбинаты. Самолёты строят на Иркутском авиационном заводе. Танки ремонтирует Омский завод транспортного машиностроения, а Уральский завод выпускает вагоны.",
			[][2]string{{"Харбинский", "CITY"}, {"Никитинский", "PERSON"}},
			"Харбинский военно-инженерный колледж/ORGANIZATION; Харбинский/CITY; Никитинский районный суд/ORGANIZATION; Иркутском авиационном заводе/ORGANIZATION; Омский завод транспортного машиностроения/ORGANIZATION; Уральский завод/ORGANIZATION"},
		{"a post or an organization runs over the list of dependents that continues it; a list of posts does not",
			"Путин назначил Ивана Сидорова министром цифрового развития, связи и массовых коммуникаций, а комитет по науке, культуре и образованию одобрил это. Он режиссёр, продюсер и сценарист.",
			[][2]string{{"министром цифрового развития", "PROFESSION"}, {"комитет по науке", "ORGANIZATION"}, {"режиссёр", "PROFESSION"}},
			"министром цифрового развития, связи и массовых коммуникаций/PROFESSION; комитет по науке, культуре и образованию/ORGANIZATION; режиссёр/PROFESSION; продюсер/PROFESSION; сценарист/PROFESSION"},
		{"a capitalized name headed by a kind of event is an EVENT; a body named after one is not",
			"Прошёл XXVII Петербургский международный экономический форум. Оргкомитет форума и Московский кинофестиваль.",
			[][2]string{{"XXVII Петербургский международный экономический форум", "ORGANIZATION"}, {"Оргкомитет форума", "ORGANIZATION"}, {"Московский кинофестиваль", "ORGANIZATION"}},
			"XXVII Петербургский международный экономический форум/EVENT; Оргкомитет форума/ORGANIZATION; Московский кинофестиваль/EVENT"},
		{"at the start of a sentence, only a place's adjective opens such a name",
			"Омский нефтеперерабатывающий завод растёт. Гражданское общество молчит. Американская компания ушла.",
			[][2]string{{"Омский", "CITY"}, {"Американская", "COUNTRY"}},
			"Омский нефтеперерабатывающий завод/ORGANIZATION; Омский/CITY; Американская/COUNTRY"},
		{"model codes are products, not numbers or dates; years are not codes",
			"Завод выпустил истребители Су-35 и танки Т-90М, ракеты С-400 и провёл ЧМ-2018.",
			[][2]string{{"Су-35", "NUMBER"}, {"Т-90М", "DATE"}, {"ЧМ-2018", "EVENT"}},
			"Су-35/PRODUCT; Т-90М/PRODUCT; С-400/PRODUCT; ЧМ-2018/EVENT"},
		{"a kind of organization that ends a compound introduces a quoted name",
			"Завод входит в Газпромбанк-холдинг «Объединённые машиностроительные заводы».",
			nil,
			"Объединённые машиностроительные заводы/ORGANIZATION"},
		{"a range of days is one date",
			"Саммит прошёл 9–10 сентября 2023 года, а форум — 3 - 5 мая; в 1990-10 сентября нет.",
			[][2]string{{"9", "NUMBER"}, {"10 сентября 2023 года", "DATE"}, {"5 мая", "DATE"}, {"10 сентября", "DATE"}},
			"9–10 сентября 2023 года/DATE; 3 - 5 мая/DATE; 10 сентября/DATE"},
		{"disease names are DISEASE, a run of them one mention",
			"Число заболевших COVID-19 выросло, от коронавирусной инфекции умер больной раком, выявлено 200 случаев ОРВИ.",
			[][2]string{{"COVID-19", "PRODUCT"}, {"ОРВИ", "ORGANIZATION"}},
			"COVID-19/DISEASE; коронавирусной инфекции/DISEASE; раком/DISEASE; ОРВИ/DISEASE"},
		{"a disease word of a longer run typed otherwise is a DISEASE nested in the run's",
			"Он заразился коронавирусом SARS-CoV-2 и гриппом.",
			[][2]string{{"коронавирусом SARS-CoV-2", "DISEASE"}, {"SARS-CoV-2", "PRODUCT"}, {"гриппом", "DISEASE"}},
			"коронавирусом SARS-CoV-2/DISEASE; SARS-CoV-2/DISEASE; гриппом/DISEASE"},
		{"a quoted name after a kind of building or ground is a facility",
			"Матч прошёл на стадионе «Лужники», гости жили в отеле «Метрополь».",
			nil,
			"Лужники/FACILITY; Метрополь/FACILITY"},
		{"a part or a clause before a reference to a law makes a longer reference",
			"Дело возбуждено по пункту 6 части 2 статьи 104 и по ч. 8 ст. 20.2 КоАП.",
			[][2]string{{"статьи 104", "LAW"}, {"ст. 20.2 КоАП", "LAW"}, {"КоАП", "LAW"}},
			"пункту 6 части 2 статьи 104/LAW; части 2 статьи 104/LAW; статьи 104/LAW; ч. 8 ст. 20.2 КоАП/LAW; ст. 20.2 КоАП/LAW; КоАП/LAW"},
		{"«N-летний» before a length of time is a DATE, before a person an AGE",
			"Он отбывал 23-летний срок, а 25-летний сын ждал.",
			[][2]string{{"23-летний", "AGE"}, {"25-летний", "AGE"}},
			"23-летний/DATE; 25-летний/AGE"},
		{"digits with a case ending are an ordinal",
			"Отметят 110-ю годовщину, 1990-х и 5-6 мест.",
			[][2]string{{"110-ю", "NUMBER"}, {"1990-х", "NUMBER"}, {"5-6", "NUMBER"}},
			"110-ю/ORDINAL; 1990-х/ORDINAL; 5-6/NUMBER"},
		{"a post followed by its employer is a longer post too",
			"Он был назначен послом Японии, стал членом Союза писателей СССР и министром финансов немецкой земли.",
			[][2]string{{"послом", "PROFESSION"}, {"Японии", "COUNTRY"}, {"Союза писателей СССР", "ORGANIZATION"}, {"писателей", "PROFESSION"}, {"СССР", "COUNTRY"}, {"министром финансов", "PROFESSION"}, {"немецкой", "COUNTRY"}},
			"послом Японии/PROFESSION; послом/PROFESSION; Японии/COUNTRY; Союза писателей СССР/ORGANIZATION; писателей/PROFESSION; СССР/COUNTRY; министром финансов/PROFESSION; немецкой/COUNTRY"},
		{"a person does not end in a number",
			"Топалов — Нисипяну 1:0, Нисипяну — Топалов 0,5:0,5 и Елизавета II.",
			[][2]string{{"Топалов", "PERSON"}, {"Нисипяну 1:0", "PERSON"}, {"Нисипяну", "PERSON"}, {"Топалов 0,5:0,5", "PERSON"}, {"Елизавета II", "PERSON"}},
			"Топалов/PERSON; Нисипяну/PERSON; Топалов/PERSON; Елизавета II/PERSON"},
		{"a person does not start with a number",
			"Счёт 1:1 — 03:54 Бернс (Рой, Грин).",
			[][2]string{{"03:54 Бернс", "PERSON"}, {"Рой", "PERSON"}},
			"Бернс/PERSON; Рой/PERSON"},
		{"a surname of a person named in full is a person in its other forms",
			"Виктор Бут арестован. Суд выдал Бута, а Буту не верят. Сериал «Бут» и семья Бутов.",
			[][2]string{{"Виктор Бут", "PERSON"}, {"Бута", "EVENT"}},
			"Виктор Бут/PERSON; Бута/PERSON; Буту/PERSON; Бут/WORK_OF_ART"},
		{"a place of the span of an organization's name made of adjectives and a kind noun goes",
			"Средства направят на модернизацию Череповецкого металлургического комбината.",
			[][2]string{{"Череповецкого металлургического комбината", "DISTRICT"}},
			"Череповецкого металлургического комбината/ORGANIZATION"},
		{"a republic of Russia is a region, not a country",
			"Шахты в Республике Коми и в Республике Беларусь.",
			[][2]string{{"Республике Коми", "COUNTRY"}, {"Республике Беларусь", "COUNTRY"}},
			"Республике Коми/STATE_OR_PROVINCE; Республике Беларусь/COUNTRY"},
		{"a seat of power is the power, unless a spatial preposition makes it the building",
			"Советники Белого дома собрались в Белом доме, а Кремль промолчал.",
			[][2]string{{"Белого дома", "FACILITY"}, {"Белом доме", "ORGANIZATION"}, {"Кремль", "FACILITY"}},
			"Белого дома/ORGANIZATION; Белом доме/FACILITY; Кремль/ORGANIZATION"},
		{"a quoted name after a model code is a product",
			"Армия получила танки Т-90М «Прорыв».",
			[][2]string{{"Т-90М", "PRODUCT"}, {"Прорыв", "WORK_OF_ART"}},
			"Т-90М/PRODUCT; Прорыв/PRODUCT"},
		{"a place in a domain name is none",
			"Заявки в зоне .РФ подали на имена «кремль.рф» и «екатеринбург.рф», а в России ждут.",
			[][2]string{{"РФ", "COUNTRY"}, {"рф", "COUNTRY"}, {"екатеринбург", "CITY"}, {"России", "COUNTRY"}},
			"России/COUNTRY"},
		{"names listed after a kind noun's quoted name have its type",
			"Показы пройдут в кинотеатрах «Звезда», «Космос» и «Юность», а фильмы «Имитатор», и «Папа» покажут. Новости «Вектор», «Тула».",
			[][2]string{{"Космос", "WORK_OF_ART"}, {"Юность", "ORGANIZATION"}, {"Имитатор", "WORK_OF_ART"}, {"Тула", "CITY"}},
			"Звезда/FACILITY; Космос/FACILITY; Юность/FACILITY; Имитатор/WORK_OF_ART; Папа/WORK_OF_ART; Тула/ORGANIZATION"}, // (a quoted place: quotedPlace),
		{"a term of punishment runs from its length to the punishment's noun",
			"Бывший президент приговорён к 20 годам тюрьмы за то, что он отдал приказ. Ему грозит до трёх лет лишения свободы, а вышел он после десяти суток ареста; через 2 года и 6 месяцев тюрьмы и «годам тюрьмы».",
			[][2]string{{"20 годам", "DATE"}, {"тюрьмы", "PENALTY"}, {"лишения свободы", "PENALTY"}, {"ареста", "EVENT"}},
			"президент/PROFESSION; 20 годам тюрьмы/PENALTY; 20 годам/DATE; тюрьмы/PENALTY; до трёх лет лишения свободы/PENALTY; лишения свободы/PENALTY; десяти суток ареста/PENALTY; ареста/EVENT; 2 года и 6 месяцев тюрьмы/PENALTY"},
		{"a law named by what it is about is a LAW, up to a verb, a date or punctuation",
			"Путин подписал закон о повышении пенсионного возраста. Госдума приняла закон о блокировке фейковых новостей в интернете 27 сентября, а законопроект об НКО внесли в июне. Закон о митингах и закон о «Об информации» известны; закон о СМИ обсуждали.",
			[][2]string{{"27 сентября", "DATE"}, {"закон о СМИ", "LAW"}},
			"закон о повышении пенсионного возраста/LAW; закон о блокировке фейковых новостей в интернете/LAW; 27 сентября/DATE; законопроект об НКО/LAW; Закон о митингах/LAW; закон о «Об информации»/LAW; закон о СМИ/LAW"},
		{"a deputy's post runs over the post he is deputy to",
			"Выступил заместитель председателя правительства РФ Марат Хуснуллин и первый заместитель министра Иван Петров.",
			[][2]string{{"председателя правительства РФ", "PROFESSION"}, {"министра", "PROFESSION"}},
			"заместитель председателя правительства РФ/PROFESSION; председателя правительства РФ/PROFESSION; первый заместитель министра/PROFESSION; министра/PROFESSION"},
		{"a one-word post that names a thing is no post",
			"Директор рассказал о выпуске новых экскаваторов.",
			[][2]string{{"Директор", "PROFESSION"}, {"экскаваторов", "PROFESSION"}},
			"Директор/PROFESSION"},
		{"a place standing for its government is not a post",
			"Россия тесно поддерживает официальный Минск, а глава Удмуртии приехал.",
			[][2]string{{"Россия", "COUNTRY"}, {"официальный Минск", "PROFESSION"}, {"Минск", "CITY"}, {"глава Удмуртии", "PROFESSION"}, {"Удмуртии", "STATE_OR_PROVINCE"}},
			"Россия/COUNTRY; Минск/CITY; глава Удмуртии/PROFESSION; Удмуртии/STATE_OR_PROVINCE"},
		{"a compound adjective of two peoples is not a place",
			"Российско-Белорусской комиссии и украинско-турецких переговоров в Санкт-Петербурге.",
			[][2]string{{"Российско-Белорусской", "COUNTRY"}, {"украинско-турецких", "COUNTRY"}, {"Санкт-Петербурге", "CITY"}},
			"Санкт-Петербурге/CITY"},
		{"a word the dictionary knows only as a place is not a person",
			"Из Мехико прилетел Дмитрий Шугаев, а Вашингтон молчит.",
			[][2]string{{"Мехико", "PERSON"}, {"Дмитрий Шугаев", "PERSON"}, {"Вашингтон", "PERSON"}},
			"Мехико/CITY; Дмитрий Шугаев/PERSON; Вашингтон/CITY"},
		{"unless it is part of a longer person's name in the text",
			"Премьер Наото Кан заявил, что Кан не уйдёт.",
			[][2]string{{"Наото Кан", "PERSON"}, {"Кан", "PERSON"}}, // (the helper finds the «Кан» of «Наото Кан»)
			"Наото Кан/PERSON; Кан/PERSON; Кан/PERSON"},             // (the other «Кан» added by surnames)
		{"an acronym is not a person",
			"Гости посетили ИЭМЗ и встретились с Путиным.",
			[][2]string{{"ИЭМЗ", "PERSON"}, {"Путиным", "PERSON"}},
			"ИЭМЗ/ORGANIZATION; Путиным/PERSON"},
		{"a mention closes the guillemets it opens (the name inside is added, as below)",
			"Участники посетили ИЭМЗ «Купол», где осмотрели цеха.",
			[][2]string{{"ИЭМЗ «Купол", "ORGANIZATION"}},
			"ИЭМЗ «Купол»/ORGANIZATION; Купол/ORGANIZATION"},
		{"a quoted name after a kind of organization or of work that nothing covers is added",
			"Директор завода «Купол» и члены клуба «Спартак» и герои романа «Идиот» пришли.",
			nil,
			"Купол/ORGANIZATION; Спартак/ORGANIZATION; Идиот/WORK_OF_ART"},
		{"a quoted name after a kind of work is a work of art, added when nothing covers it",
			"Он озвучит фильм «Цирк» и альбома «4:44» на концерте группы «Кино», а операция «Искра» прошла.",
			[][2]string{{"Цирк", "ORGANIZATION"}, {"Кино", "ORGANIZATION"}, {"Искра", "EVENT"}},
			"Цирк/WORK_OF_ART; 4:44/WORK_OF_ART; Кино/ORGANIZATION; Искра/EVENT"},
		{"a quoted name after a kind of event or award takes its type",
			"На выставке «Витамин Б» вручили премии «Ника», а орден «Мужества» и конкурс «Дебют» прошли.",
			[][2]string{{"Витамин Б", "PRODUCT"}, {"Ника", "PERSON"}, {"Дебют", "EVENT"}},
			"Витамин Б/EVENT; Ника/AWARD; Мужества/AWARD; Дебют/EVENT"},
		{"a Latin name after a kind of organization is an organization, and so are its other mentions",
			"Иск против компании Monsanto и телеканала CNN, а Monsanto в Сент-Луисе, группа Talk Talk и Apple.",
			[][2]string{{"Monsanto", "CITY"}, {"CNN", "PRODUCT"}, {"Monsanto", "CITY"}, {"Сент-Луисе", "CITY"}, {"Talk Talk", "PERSON"}, {"Apple", "PERSON"}},
			"Monsanto/ORGANIZATION; CNN/ORGANIZATION; Monsanto/ORGANIZATION; Сент-Луисе/CITY; Talk Talk/ORGANIZATION; Apple/PERSON"},
		{"a Latin name after a kind of organization that no mention covers is added, with its other occurrences",
			"Компания Oracle купила Sun, агентство Associated Press и газета Folha de Sao Paulo сообщили, что Oracle и Sun Microsystems, группе E и агентство France-Presse.",
			[][2]string{{"Sun", "ORGANIZATION"}, {"Sun Microsystems", "ORGANIZATION"}, {"France-Presse", "COUNTRY"}},
			"Oracle/ORGANIZATION; Sun/ORGANIZATION; Associated Press/ORGANIZATION; Folha de Sao Paulo/ORGANIZATION; Oracle/ORGANIZATION; Sun Microsystems/ORGANIZATION; France-Presse/ORGANIZATION"},
		{"a heavenly body capitalized inside a sentence is a LOCATION",
			"Земля вращается, корабль вернулся на Землю, полёт к Луне, Марсу и Венере и «Солнце» на экране.",
			[][2]string{{"Марсу", "PERSON"}},
			"Землю/LOCATION; Луне/LOCATION; Марсу/LOCATION; Венере/LOCATION"},
		{"a planet that is also a person's name is no place in a text without another heavenly body",
			"Встреча с Марсом и Венерой прошла.",
			[][2]string{{"Марсом", "PERSON"}},
			"Марсом/PERSON"},
		{"a name after a kind of natural place is a LOCATION, and so are its mentions in other cases",
			"Встреча на Эльбе прошла на реке Эльба, у Эльбы; остров Сахалин и город Торгау.",
			[][2]string{{"Эльбе", "CITY"}, {"Эльба", "CITY"}, {"Эльбы", "PERSON"}, {"Сахалин", "CITY"}, {"Торгау", "CITY"}},
			"Эльбе/LOCATION; Эльба/LOCATION; Эльбы/LOCATION; Сахалин/LOCATION; Торгау/CITY"},
		{"a name after a kind of region is a region, and so are its other mentions; a person's full name is not",
			"Он жил в городе Грейт-Данмоу, графство Эссекс, потом уехал из Эссекса; в префектуре Киото и штате Огайо. Дочь вице-губернатора штата Кэтлин Таунсенд и депутат провинции Индонезии.",
			[][2]string{{"Грейт-Данмоу", "CITY"}, {"Эссекс", "PERSON"}, {"Эссекса", "FACILITY"}, {"Киото", "CITY"}, {"Огайо", "STATE_OR_PROVINCE"}, {"Кэтлин Таунсенд", "PERSON"}, {"Индонезии", "COUNTRY"}},
			"Грейт-Данмоу/CITY; Эссекс/STATE_OR_PROVINCE; Эссекса/STATE_OR_PROVINCE; Киото/STATE_OR_PROVINCE; Огайо/STATE_OR_PROVINCE; вице-губернатора/PROFESSION; Кэтлин Таунсенд/PERSON; Индонезии/COUNTRY"},
		{"an institution runs on over «по» and a place",
			"Директор Федеральной службы по военно-техническому сотрудничеству Российской Федерации прибыл.",
			[][2]string{{"Федеральной службы", "ORGANIZATION"}, {"Российской Федерации", "COUNTRY"}},
			"Федеральной службы по военно-техническому сотрудничеству Российской Федерации/ORGANIZATION; Российской Федерации/COUNTRY"},
		{"«по» with no dative noun stops nothing",
			"Комитета по итогам года не было.",
			[][2]string{{"Комитета", "ORGANIZATION"}},
			"Комитета/ORGANIZATION"},
		{"a post starts after «экс-», a date ends before the dot of «г.»",
			"Экс-президент Перу прибыл в 2008г. и уехал в 1912 гг. с экс-чемпионом, а в 2010 г. Г. Иванов вернулся.",
			[][2]string{{"Экс-президент", "PROFESSION"}, {"Перу", "COUNTRY"}, {"в 2008г.", "DATE"}, {"в 1912 гг.", "DATE"}, {"экс-чемпионом", "AWARD"}, {"в 2010 г.", "DATE"}, {"Г. Иванов", "PERSON"}},
			"президент Перу/PROFESSION; президент/PROFESSION; Перу/COUNTRY; в 2008г/DATE; в 1912 гг/DATE; чемпионом/AWARD; в 2010 г/DATE; Г. Иванов/PERSON"},
		{"«экс-» alone and a dot after other words stay",
			"Приставка экс- и 12 дек. остаются.",
			[][2]string{{"экс-", "PROFESSION"}, {"12 дек.", "DATE"}},
			"экс-/PROFESSION; 12 дек./DATE"},
		{"names without quotes are left alone",
			"Самолет Boeing взлетел.",
			[][2]string{{"Boeing", "ORGANIZATION"}},
			"Boeing/ORGANIZATION"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []doc.Mention
			from := 0
			for _, m := range tt.mentions {
				i := strings.Index(tt.text[from:], m[0])
				if i < 0 {
					t.Fatalf("%q not in text", m[0])
				}
				start := len([]rune(tt.text[:from+i]))
				ms = append(ms, doc.Mention{Span: doc.Span{Start: start, End: start + len([]rune(m[0]))}, Text: m[0], Type: m[1]})
				from += i
			}
			var got []string
			for _, m := range r.Refine([]rune(tt.text), tokenize.Split(tt.text), ms) {
				got = append(got, fmt.Sprintf("%s/%s", m.Text, m.Type))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("got  %s\nwant %s", g, tt.want)
			}
		})
	}
}

// FuzzRefine runs the rules over arbitrary text and spans: they must never
// panic, and every mention they return lies within the text.
func FuzzRefine(f *testing.F) {
	r, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Глава Государственного военно-промышленного комитета и комплексы «Тор-М2».", 6, 43, 67, 73, uint8(0))
	f.Add("", 0, 0, 0, 0, uint8(1))
	f.Add("Виктор Бут арестован, Бута выдали. Компания Oracle и полёт к Луне, Марсу; в Белом доме.", 0, 10, 22, 26, uint8(1))
	f.Add(" \t Бут", 0, 3, 4, 7, uint8(1))
	f.Add("ОМСК, 1 мая. /ТАСС/ —", 0, 4, 13, 19, uint8(2))
	types := []string{"ORGANIZATION", "PERSON", "COUNTRY", "FACILITY", "PROFESSION", "EVENT"}
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1 int, typ uint8) {
		runes := []rune(text)
		ms := []doc.Mention{
			{Span: doc.Span{Start: a0, End: a1}, Type: types[int(typ)%len(types)]},
			{Span: doc.Span{Start: b0, End: b1}, Type: "ORGANIZATION"},
		}
		for i, m := range ms {
			if m.Start >= 0 && m.Start <= m.End && m.End <= len(runes) {
				ms[i].Text = string(runes[m.Start:m.End])
			}
		}
		for _, m := range r.Refine(runes, tokenize.Split(text), ms) {
			if m.Span != ms[0].Span && m.Span != ms[1].Span && (m.Start < 0 || m.End > len(runes) || m.Start > m.End) {
				t.Fatalf("mention %+v out of the text (%d runes)", m, len(runes))
			}
		}
	})
}

func TestModelCode(t *testing.T) {
	for w, want := range map[string]bool{
		"Су-35": true, "Т-90М": true, "С-400": true, "ЭКГ-18": true, "F-35": true, "МиГ-29": true, "Як-18Т": true,
		"ЧМ-2018": false, "Сочи-2014": false, "35": false, "Су": false, "-35": false, "су-35": false,
		"Санкт-Петербург": false, "Су-35-й": false, "Abcdef-1": false,
		"МС-21-310": true, "Ту-204-100": true, "Д-03-6468": false, "ВВЭР-1200": true, "ГАЗ-3307": true, "ЧМ-1998": false,
	} {
		if got := modelCode(w); got != want {
			t.Errorf("modelCode(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestThingAsPost(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Mention{Span: doc.Span{Start: 0, End: 8}, Text: "Премьера", Type: "PROFESSION"}
	tagged := []doc.Token{{Span: m.Span, Text: "Премьера", Lemma: "премьера", POS: "NOUN", Feats: "Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing"}}
	tests := []struct {
		name string
		m    doc.Mention
		toks []doc.Token
		want bool
	}{
		{"the tagger reads the premiere", m, tagged, true},
		{"untagged: the premier's is a reading", m, []doc.Token{{Span: m.Span, Text: "Премьера"}}, false},
		{"the tagger errs on a person, the dictionary knows better",
			doc.Mention{Span: m.Span, Text: "балерины", Type: "PROFESSION"},
			[]doc.Token{{Span: m.Span, Text: "балерины", Lemma: "балерина", POS: "NOUN", Feats: "Animacy=Inan|Case=Gen"}}, false},
		{"a thing by the dictionary alone", doc.Mention{Span: m.Span, Text: "экскаваторы", Type: "PROFESSION"}, nil, true},
	}
	for _, tt := range tests {
		if got := r.thingAsPost(tt.m, tt.toks); got != tt.want {
			t.Errorf("%s: thingAsPost = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestFoldPrefix checks what disease relies on: the first three letters of
// a folded word are the folded first three letters.
func TestFoldPrefix(t *testing.T) {
	for _, w := range []string{"", "Ё", "ЁЛКА", "Коронавирус", "COVID-19", "İstanbul", "ΣΑΣ", "a\xffБв", "\xff\xfe\xfdЁ", "ёж", "Гепатит С"} {
		if got, want := fold(tokenize.Prefix(w, 3)), tokenize.Prefix(fold(w), 3); got != want {
			t.Errorf("%q: fold(Prefix) %q, Prefix(fold) %q", w, got, want)
		}
	}
}

// TestRefineLeavesInput checks that Refine returns new mentions and leaves
// those it was given as they were, a retyped one included.
func TestRefineLeavesInput(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Путин посетил завод «Гродно Азот»."
	runes := []rune(text)
	in := []doc.Mention{{Span: doc.Span{Start: 21, End: 32}, Text: string(runes[21:32]), Type: "CITY"}}
	out := r.Refine(runes, tokenize.Split(text), in)
	if in[0].Type != "CITY" {
		t.Errorf("the input mention became %s", in[0].Type)
	}
	if len(out) == 0 || out[0].Type != "ORGANIZATION" {
		t.Errorf("got %v, want the quoted name an ORGANIZATION", out)
	}
}
