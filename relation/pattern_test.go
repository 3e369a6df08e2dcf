package relation

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// mentionsIn finds each (text, type) in order in text and returns the
// mentions, offsets in code points.
func mentionsIn(t *testing.T, text string, spec ...[2]string) []doc.Mention {
	t.Helper()
	var out []doc.Mention
	from := 0
	for _, s := range spec {
		i := strings.Index(text[from:], s[0])
		if i < 0 {
			t.Fatalf("%q not in %q after byte %d", s[0], text, from)
		}
		start := len([]rune(text[:from+i]))
		out = append(out, doc.Mention{Span: doc.Span{Start: start, End: start + len([]rune(s[0]))}, Text: s[0], Type: s[1]})
		from += i
	}
	return out
}

// facts renders relations as "head TYPE tail" over the mentions' texts,
// sorted.
func facts(fs []Found, ms []doc.Mention) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %s", ms[f.Head].Text, f.Type, ms[f.Tail].Text))
	}
	slices.Sort(out)
	return out
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		want     []string
	}{
		{"a parent named after the child's genitive name after «мать» or «отец»; a single name gives nothing",
			"Мать скончавшегося в 2009 году «короля поп-музыки» Майкла Джексона Кэтрин подала иск. Отец актрисы Анны Смит, Роберт Смит, ответил. Мать Магнитского заявила о давлении.",
			[][2]string{{"короля поп-музыки", "PROFESSION"}, {"Майкла Джексона", "PERSON"}, {"Кэтрин", "PERSON"}, {"актрисы", "PROFESSION"}, {"Анны Смит", "PERSON"}, {"Роберт Смит", "PERSON"}, {"Магнитского", "PERSON"}},
			[]string{"Кэтрин PARENT_OF Майкла Джексона", "Роберт Смит PARENT_OF Анны Смит"}},
		{"the owner named after «владелец компании» (twenty-fourth session)",
			"Компания «Эльгауголь» отгрузила уголь, сообщил владелец компании Альберт Авдолян.",
			[][2]string{{"Эльгауголь", "ORGANIZATION"}, {"Альберт Авдолян", "PERSON"}},
			[]string{"Альберт Авдолян OWNER_OF Эльгауголь"}},
		{"«Компания» is no exchange nor ministry named before it (twenty-fourth session)",
			"Британия ввела санкции против «Евраза», акции компании исключены из торгов на Лондонской фондовой бирже. Компания также владеет Нижнетагильским комбинатом.",
			[][2]string{{"Британия", "COUNTRY"}, {"Евраза", "ORGANIZATION"}, {"Лондонской фондовой бирже", "ORGANIZATION"}, {"Нижнетагильским комбинатом", "ORGANIZATION"}},
			[]string{"Евраза OWNER_OF Нижнетагильским комбинатом"}},
		{"a post in the instrumental before a verb of becoming is the post of its subject after it",
			"Председателем жюри стал режиссер Павел Лунгин. Главным чекистом страны стал близкий друг Лукашенко экс-пограничник Вадим Зайцев.",
			[][2]string{{"Председателем жюри", "PROFESSION"}, {"режиссер", "PROFESSION"}, {"Павел Лунгин", "PERSON"}, {"Главным чекистом страны", "PROFESSION"}, {"Лукашенко", "PERSON"}, {"экс-пограничник", "PROFESSION"}, {"Вадим Зайцев", "PERSON"}},
			[]string{"Вадим Зайцев WORKS_AS Главным чекистом страны", "Павел Лунгин WORKS_AS Председателем жюри"}},
		{"the post may stand before «был» or a genitive noun before the verb, and «выступил» ties it too; a post with a mention of its own after it is no predicate",
			"Продюсером фильма выступил актер Форест Уитакер. Спикером был избран экономист Эстебан Ласо. Операторами выступили Михаил Агранович и Михаил Хасая. Директором завода «Купол» стал Фанил Зиятдинов.",
			[][2]string{{"Продюсером", "PROFESSION"}, {"актер", "PROFESSION"}, {"Форест Уитакер", "PERSON"}, {"Спикером", "PROFESSION"}, {"экономист", "PROFESSION"}, {"Эстебан Ласо", "PERSON"},
				{"Операторами", "PROFESSION"}, {"Михаил Агранович", "PERSON"}, {"Михаил Хасая", "PERSON"}, {"Директором", "PROFESSION"}, {"Купол", "ORGANIZATION"}, {"Фанил Зиятдинов", "PERSON"}},
			[]string{"Михаил Агранович WORKS_AS Операторами", "Форест Уитакер WORKS_AS Продюсером", "Эстебан Ласо WORKS_AS Спикером"}},
		{"«остается» ties a post in the instrumental to its subject as a verb of becoming does (twenty-second session); a noun in the instrumental that is no post ties nothing",
			"Президентом фестиваля остается продюсер Александр Роднянский. Неизвестной остается судьба пассажира Ивана Петрова.",
			[][2]string{{"Президентом фестиваля", "PROFESSION"}, {"продюсер", "PROFESSION"}, {"Александр Роднянский", "PERSON"}, {"пассажира", "PROFESSION"}, {"Ивана Петрова", "PERSON"}},
			[]string{"Александр Роднянский WORKS_AS Президентом фестиваля"}},
		{"the owner after «в собственности»: of what a verb of staying ties to it, before or after",
			"Кроме того, в собственности МНКТ находится ООО «ТНГК». Авиакомпания «Азимут» находилась в собственности группы «Ютэйр». Офис «Газпрома» в собственности города.",
			[][2]string{{"МНКТ", "ORGANIZATION"}, {"ООО «ТНГК»", "ORGANIZATION"}, {"Азимут", "ORGANIZATION"}, {"Ютэйр", "ORGANIZATION"}, {"Газпрома", "ORGANIZATION"}},
			[]string{"МНКТ OWNER_OF ООО «ТНГК»", "Ютэйр OWNER_OF Азимут"}},
		{"a branch in apposition is part of its parent and the subject of the verb after the apposition",
			"Завод «Сокол», филиал корпорации «МиГ», приступил к серийной сборке самолета Як-152. «Лукойл», филиал в Москве «Газпрома», выпустил отчет.",
			[][2]string{{"Сокол", "ORGANIZATION"}, {"МиГ", "ORGANIZATION"}, {"Як-152", "PRODUCT"}, {"Лукойл", "ORGANIZATION"}, {"Газпрома", "ORGANIZATION"}},
			[]string{"Сокол PART_OF МиГ", "Сокол PRODUCES Як-152"}},
		{"the subject of a verb of starting makes the products after a noun of making",
			"«АвтоВАЗ» начал выпуск Lada Iskra и Lada Vesta. «Сбербанк» начал проверку «Мегафона».",
			[][2]string{{"АвтоВАЗ", "ORGANIZATION"}, {"Lada Iskra", "PRODUCT"}, {"Lada Vesta", "PRODUCT"}, {"Сбербанк", "ORGANIZATION"}, {"Мегафона", "ORGANIZATION"}},
			[]string{"АвтоВАЗ PRODUCES Lada Iskra", "АвтоВАЗ PRODUCES Lada Vesta"}},
		{"so does the subject of a verb that raises the making; not of one that raises another thing (defense22)",
			"Ульяновский механический завод увеличил выпуск зенитных ракетных комплексов «Бук-М3». «Ростех» увеличил закупки комплексов «Тор-М2».",
			[][2]string{{"Ульяновский механический завод", "ORGANIZATION"}, {"Бук-М3", "PRODUCT"}, {"Ростех", "ORGANIZATION"}, {"Тор-М2", "PRODUCT"}},
			[]string{"Ульяновский механический завод PRODUCES Бук-М3"}},
		{"a unit named after its kind is part of the parent named after a genitive kind noun",
			"Холдинг «Швабе» госкорпорации «Ростех» представил прицел. Акции «Аэрофлота» группы «ВТБ» выросли. BP утвердил продажу акций компании ТНК-BP корпорации «Роснефть».",
			[][2]string{{"Швабе", "ORGANIZATION"}, {"Ростех", "ORGANIZATION"}, {"Аэрофлота", "ORGANIZATION"}, {"ВТБ", "ORGANIZATION"}, {"BP", "ORGANIZATION"}, {"ТНК-BP", "ORGANIZATION"}, {"Роснефть", "ORGANIZATION"}},
			[]string{"Швабе PART_OF Ростех"}},
		{"part of a holding named by its kind alone: the one of that kind named before",
			"Холдинг «Швабе» представил прицел. Его выпускает Новосибирский приборостроительный завод, входящий в состав холдинга. Завод «Купол» входит в холдинг крупнейших заводов.",
			[][2]string{{"Швабе", "ORGANIZATION"}, {"Новосибирский приборостроительный завод", "ORGANIZATION"}, {"Купол", "ORGANIZATION"}},
			[]string{"Новосибирский приборостроительный завод PART_OF Швабе"}},
		{"part of, with an anaphoric subject in the next sentence",
			"На «Куполе» работают. Не случайно это оборонное предприятие входит в российский Концерн «Алмаз-Антей».",
			[][2]string{{"Куполе", "ORGANIZATION"}, {"Алмаз-Антей", "ORGANIZATION"}},
			[]string{"Куполе PART_OF Алмаз-Антей"}},
		{"an anaphoric subject is the organization of its kind, not the last one named",
			"Министр посетил Казанский вертолётный завод, входящий в холдинг «Вертолёты России». Завод производит вертолёты «Ансат».",
			[][2]string{{"Казанский вертолётный завод", "ORGANIZATION"}, {"Вертолёты России", "ORGANIZATION"}, {"Ансат", "PRODUCT"}},
			[]string{"Казанский вертолётный завод PART_OF Вертолёты России", "Казанский вертолётный завод PRODUCES Ансат"}},
		{"an organization's income is the amount a verb gives it; «прибыли», the verb, gives none",
			"Чистая прибыль «Сбербанка» по МСФО выросла на 8% и составила 1,3 трлн рублей. Делегации «Газпрома» прибыли в Москву с 5 млн рублей.",
			[][2]string{{"Сбербанка", "ORGANIZATION"}, {"8%", "PERCENT"}, {"1,3 трлн рублей", "MONEY"}, {"Газпрома", "ORGANIZATION"}, {"5 млн рублей", "MONEY"}},
			[]string{"Сбербанка INCOME 1,3 трлн рублей"}},
		{"a kind noun by a verb of heading refers back to its organization",
			"Компания «Лукойл» продала активы. Сейчас компанию возглавляет Вадим Воробьев. Михаил Карисалов руководит холдингом «Сибур», а Петров возглавил отдел.",
			[][2]string{{"Лукойл", "ORGANIZATION"}, {"Вадим Воробьев", "PERSON"}, {"Михаил Карисалов", "PERSON"}, {"Сибур", "ORGANIZATION"}, {"Петров", "PERSON"}},
			[]string{"Вадим Воробьев WORKPLACE Лукойл", "Михаил Карисалов WORKPLACE Сибур"}},
		{"a subsidiary is owned by its parent",
			"«Газпром нефть» является дочерней компанией «Газпрома». Он работал в дочерних предприятиях «Лукойла» («Варьеганнефть», «Когалымнефтегаз»).",
			[][2]string{{"Газпром нефть", "ORGANIZATION"}, {"Газпрома", "ORGANIZATION"}, {"Лукойла", "ORGANIZATION"}, {"Варьеганнефть", "ORGANIZATION"}, {"Когалымнефтегаз", "ORGANIZATION"}},
			[]string{"Газпрома OWNER_OF Газпром нефть", "Лукойла OWNER_OF Варьеганнефть", "Лукойла OWNER_OF Когалымнефтегаз"}},
		{"a subsidiary after «через» is the subject's child, not its parent",
			"Месторождением владеет госкорпорация «Росатом» через свою дочернюю структуру «Атомредметзолото».",
			[][2]string{{"Росатом", "ORGANIZATION"}, {"Атомредметзолото", "ORGANIZATION"}},
			[]string{"Росатом OWNER_OF Атомредметзолото"}},
		{"a sale: the buyer in the dative owns what is sold",
			"«Highland Gold» продала свою долю в «Быстринском ГОКе» компании «Интергеопроект». «Ростех» продал долю в концерне «Калашников» бизнесмену Алану Лушникову.",
			[][2]string{{"Highland Gold", "ORGANIZATION"}, {"Быстринском ГОКе", "ORGANIZATION"}, {"Интергеопроект", "ORGANIZATION"}, {"Ростех", "ORGANIZATION"}, {"Калашников", "ORGANIZATION"}, {"Алану Лушникову", "PERSON"}},
			[]string{"Алану Лушникову OWNER_OF Калашников", "Интергеопроект OWNER_OF Быстринском ГОКе"}},
		{"a sale with no share sold, or the buyer after a comma: nothing",
			"«Ростех» продал концерн «Калашников» компании «Альфа». «Ростех» продал долю в «Калашникове», компании «Альфа».",
			[][2]string{{"Ростех", "ORGANIZATION"}, {"Калашников", "ORGANIZATION"}, {"Альфа", "ORGANIZATION"}, {"Ростех", "ORGANIZATION"}, {"Калашникове", "ORGANIZATION"}, {"Альфа", "ORGANIZATION"}},
			nil},
		{"«Предприятие» refers back to the plant, not to the holding named after it",
			"Министр посетил Минский тракторный завод, входящий в холдинг «МТЗ-Холдинг». Предприятие выпускает тракторы «Беларус».",
			[][2]string{{"Минский тракторный завод", "ORGANIZATION"}, {"МТЗ-Холдинг", "ORGANIZATION"}, {"Беларус", "PRODUCT"}},
			[]string{"Минский тракторный завод PART_OF МТЗ-Холдинг", "Минский тракторный завод PRODUCES Беларус"}},
		{"spouses: «X с женой Y», «его супругой Y», «Вдова X, Y»; not the wife of a post, nor a subject after «своей женой»",
			"Барак Обама с женой Мишель купили дом. Вдова Солженицына, Наталья Дмитриевна, ознакомилась. Туда поедет супруга экс-президента Чехии Ливия Клаусова, сказал Земан. Вместе со своей женой Дэйзи Сорос П.Сорос основал фонд.",
			[][2]string{{"Барак Обама", "PERSON"}, {"Мишель", "PERSON"}, {"Солженицына", "PERSON"}, {"Наталья Дмитриевна", "PERSON"},
				{"экс-президента Чехии", "PROFESSION"}, {"Ливия Клаусова", "PERSON"}, {"Земан", "PERSON"}, {"Дэйзи Сорос", "PERSON"}, {"П.Сорос", "PERSON"}},
			[]string{"Барак Обама SPOUSE Мишель", "Солженицына SPOUSE Наталья Дмитриевна"}},
		{"parents: «сын X Y», «Дочь X, Y», «X и её сын Y», «Y — дочь X и Z»",
			"Императора сменит сын Акихито Нарухито. Мейв Кеннеди и её восьмилетний сын Гидеон поплыли. Микелла Абрамова — дочь предпринимателя Яна Абрамова и певицы Алсу.",
			[][2]string{{"Акихито", "PERSON"}, {"Нарухито", "PERSON"}, {"Мейв Кеннеди", "PERSON"}, {"Гидеон", "PERSON"},
				{"Микелла Абрамова", "PERSON"}, {"предпринимателя", "PROFESSION"}, {"Яна Абрамова", "PERSON"}, {"певицы", "PROFESSION"}, {"Алсу", "PERSON"}},
			[]string{"Акихито PARENT_OF Нарухито", "Алсу PARENT_OF Микелла Абрамова", "Мейв Кеннеди PARENT_OF Гидеон", "Яна Абрамова PARENT_OF Микелла Абрамова"}},
		{"lawmakers: «X подписал закон …», «закон … одобрил Y»",
			"Президент Владимир Путин подписал закон о повышении пенсионного возраста. Ранее закон о пенсионной реформе одобрил Совет Федерации.",
			[][2]string{{"Президент", "PROFESSION"}, {"Владимир Путин", "PERSON"}, {"закон о повышении пенсионного возраста", "LAW"}, {"закон о пенсионной реформе", "LAW"}, {"Совет Федерации", "ORGANIZATION"}},
			[]string{"Владимир Путин PRODUCES закон о повышении пенсионного возраста", "Совет Федерации PRODUCES закон о пенсионной реформе"}},
		{"acquaintances: «X знакомится с A, B и C»",
			"В это время Холлис знакомится с Саймоном Бреннером, Ли Харрисом и Полом Уэббом.",
			[][2]string{{"Холлис", "PERSON"}, {"Саймоном Бреннером", "PERSON"}, {"Ли Харрисом", "PERSON"}, {"Полом Уэббом", "PERSON"}},
			[]string{"Ли Харрисом KNOWS Полом Уэббом", "Саймоном Бреннером KNOWS Ли Харрисом", "Холлис KNOWS Ли Харрисом", "Холлис KNOWS Полом Уэббом", "Холлис KNOWS Саймоном Бреннером"}},
		{"an owner named after «Владелец X»",
			"Владелец «Царьграда» Константин Малофеев заявил о решении. Владелец клуба «Спартак» Леонид Федун провел переговоры.",
			[][2]string{{"Царьграда", "ORGANIZATION"}, {"Константин Малофеев", "PERSON"}, {"Спартак", "ORGANIZATION"}, {"Леонид Федун", "PERSON"}},
			[]string{"Константин Малофеев OWNER_OF Царьграда", "Леонид Федун OWNER_OF Спартак"}},
		{"a deal to buy: «X завершил сделку по приобретению … Y»",
			"Сбербанк завершил сделку по приобретению 100% акций платежного сервиса «ЮMoney» у банка ВТБ. Сбербанк объявил о приобретении «Ростелекома».",
			[][2]string{{"Сбербанк", "ORGANIZATION"}, {"ЮMoney", "ORGANIZATION"}, {"ВТБ", "ORGANIZATION"}, {"Сбербанк", "ORGANIZATION"}, {"Ростелекома", "ORGANIZATION"}},
			[]string{"Сбербанк OWNER_OF ЮMoney"}},
		{"founders: «основатель X Y», «Y, основатель X», «один из основателей X Y»; not a person in another case",
			"Основатель «Промомеда» Петр Белый выступил. Выступил Леонид Федун, основатель компании «Лукойл». Умер один из основателей НТВ Игорь Малашенко. Пришел адвокат основателя WikiLeaks Марк Стивенс.",
			[][2]string{{"Промомеда", "ORGANIZATION"}, {"Петр Белый", "PERSON"}, {"Леонид Федун", "PERSON"}, {"Лукойл", "ORGANIZATION"}, {"НТВ", "ORGANIZATION"}, {"Игорь Малашенко", "PERSON"}, {"WikiLeaks", "ORGANIZATION"}, {"Марк Стивенс", "PERSON"}},
			[]string{"Лукойл FOUNDED_BY Леонид Федун", "НТВ FOUNDED_BY Игорь Малашенко", "Промомеда FOUNDED_BY Петр Белый"}},
		{"a passive founding verb dates the founding by the date «в …» right after it; a date further on does not (defense22)",
			"Ульяновский механический завод основан в 1966 году. Завод «Купол» основан Петровым и переименован в 1990 году.",
			[][2]string{{"Ульяновский механический завод", "ORGANIZATION"}, {"в 1966 году", "DATE"}, {"Купол", "ORGANIZATION"}, {"Петровым", "PERSON"}, {"в 1990 году", "DATE"}},
			[]string{"Купол FOUNDED_BY Петровым", "Ульяновский механический завод DATE_FOUNDED_IN в 1966 году"}},
		{"founding verbs: «X основал Y», «Y, основанный X-ом»; not an organization the subject left",
			"Стив Джобс основал Apple. Агрохолдинг «Эконива», основанный немецким предпринимателем Штефаном Дюрром, растет. С. Джобс ушел из Apple и основал компанию NeXT.",
			[][2]string{{"Стив Джобс", "PERSON"}, {"Apple", "ORGANIZATION"}, {"Эконива", "ORGANIZATION"}, {"Штефаном Дюрром", "PERSON"}, {"С. Джобс", "PERSON"}, {"Apple", "ORGANIZATION"}, {"NeXT", "ORGANIZATION"}},
			[]string{"Apple FOUNDED_BY Стив Джобс", "Эконива FOUNDED_BY Штефаном Дюрром"}},
		{"the maker before a participle clause that names another organization",
			"Воткинский завод, входящий в корпорацию «Московский институт теплотехники», выпускает ракеты «Ярс» и «Булава».",
			[][2]string{{"Воткинский завод", "ORGANIZATION"}, {"Московский институт теплотехники", "ORGANIZATION"}, {"Ярс", "PRODUCT"}, {"Булава", "PRODUCT"}},
			[]string{"Воткинский завод PART_OF Московский институт теплотехники", "Воткинский завод PRODUCES Булава", "Воткинский завод PRODUCES Ярс"}},
		{"a sentence opening with the verb of place (no word before it)",
			"Находится в Москве завод «Салют».",
			[][2]string{{"Москве", "CITY"}, {"Салют", "ORGANIZATION"}},
			nil},
		{"a product before «компании» and its maker after it (health22); not a thing of another type, nor a maker further on",
			"Минздрав зарегистрировал препарат «Дивозилимаб» компании «Биокад». Акции «Сбера» компании «Альфа» не нужны. Вакцину «Гам-Флю» компании из Москвы «Генериум» испытали.",
			[][2]string{{"Минздрав", "ORGANIZATION"}, {"Дивозилимаб", "PRODUCT"}, {"Биокад", "ORGANIZATION"}, {"Сбера", "ORGANIZATION"}, {"Альфа", "ORGANIZATION"}, {"Гам-Флю", "PRODUCT"}, {"Москвы", "CITY"}, {"Генериум", "ORGANIZATION"}},
			[]string{"Биокад PRODUCES Дивозилимаб"}},
		{"a product «производства» its maker",
			"Установлены двигатели ПД-14 производства ОДК-Пермские моторы.",
			[][2]string{{"ПД-14", "PRODUCT"}, {"ОДК-Пермские моторы", "ORGANIZATION"}},
			[]string{"ОДК-Пермские моторы PRODUCES ПД-14"}},
		{"headquarters: «штаб-квартира которого находится в Y», «Штаб-квартира X расположена в Y»",
			"Концерн «Калашников», штаб-квартира которого находится в Ижевске, выпускает автоматы. Штаб-квартира «Норникеля» расположена в Москве. Флаг в штаб-квартире МАГАТЭ в Вене приспущен.",
			[][2]string{{"Калашников", "ORGANIZATION"}, {"Ижевске", "CITY"}, {"Норникеля", "ORGANIZATION"}, {"Москве", "CITY"}, {"МАГАТЭ", "ORGANIZATION"}, {"Вене", "CITY"}},
			[]string{"Калашников HEADQUARTERED_IN Ижевске", "Норникеля HEADQUARTERED_IN Москве"}},
		{"the subject before a «который» clause",
			"Компания «Норникель», штаб-квартира которой находится в Москве, владеет Кольской горно-металлургической компанией.",
			[][2]string{{"Норникель", "ORGANIZATION"}, {"Москве", "CITY"}, {"Кольской горно-металлургической компанией", "ORGANIZATION"}},
			[]string{"Норникель HEADQUARTERED_IN Москве", "Норникель OWNER_OF Кольской горно-металлургической компанией"}},
		{"members of an organization named after its kind",
			"В состав холдинга «Ростех» входит также корпорация «Вертолеты России».",
			[][2]string{{"Ростех", "ORGANIZATION"}, {"Вертолеты России", "ORGANIZATION"}},
			[]string{"Вертолеты России PART_OF Ростех"}},
		{"part of, participle",
			"Международное агентство по изучению рака, входящее в структуру Всемирной организации здравоохранения, сообщило.",
			[][2]string{{"Международное агентство по изучению рака", "ORGANIZATION"}, {"Всемирной организации здравоохранения", "ORGANIZATION"}},
			[]string{"Международное агентство по изучению рака PART_OF Всемирной организации здравоохранения"}},
		{"owner of: владеет, with a share between",
			"Компания «Ростех» владеет 25% акций авиастроительной корпорации «Иркут».",
			[][2]string{{"Ростех", "ORGANIZATION"}, {"25%", "PERCENT"}, {"Иркут", "ORGANIZATION"}},
			[]string{"Ростех OWNER_OF Иркут"}},
		{"owner of: «подконтрольная», the owner after it (rel25b); none named after it",
			"Конкурент ЛСР — группа «Эталон», подконтрольная АФК «Система», объявила о проекте. Хотин вывел средства банка «Югра» на подконтрольные компании.",
			[][2]string{{"ЛСР", "ORGANIZATION"}, {"Эталон", "ORGANIZATION"}, {"Система", "ORGANIZATION"}, {"Югра", "ORGANIZATION"}},
			[]string{"Система OWNER_OF Эталон"}},
		{"owner of: «принадлежащий холдингу», the kind noun for the holding named before (rel25b); a kind noun of no organization named",
			"Холдинг «Уральская сталь» увеличил выпуск. Новотроицкий комбинат, принадлежащий холдингу, выплавил сталь. Завод «Звезда», принадлежащий концерну, остановлен.",
			[][2]string{{"Уральская сталь", "ORGANIZATION"}, {"Новотроицкий комбинат", "ORGANIZATION"}, {"Звезда", "ORGANIZATION"}},
			[]string{"Уральская сталь OWNER_OF Новотроицкий комбинат"}},
		{"owner of: «принадлежащий X холдинг „Y“», the one named after the kind noun (rel25b)",
			"Холдинг «Уральская сталь» увеличил выпуск. Принадлежащий Алишеру Усманову холдинг «Металлоинвест» сообщил о росте.",
			[][2]string{{"Уральская сталь", "ORGANIZATION"}, {"Алишеру Усманову", "PERSON"}, {"Металлоинвест", "ORGANIZATION"}},
			[]string{"Алишеру Усманову OWNER_OF Металлоинвест"}},
		{"owner of: «контролирует» a company named right after it or after its kind noun (rel25b); not another object",
			"Группа «Эталон» контролирует девелопера «Бизнес-Центр». Керимов контролирует финансово-промышленную группу «Нафта Москва». Партия контролирует большинство мест в парламенте Малави.",
			[][2]string{{"Эталон", "ORGANIZATION"}, {"Бизнес-Центр", "ORGANIZATION"}, {"Керимов", "PERSON"}, {"Нафта Москва", "ORGANIZATION"}, {"Партия", "ORGANIZATION"}, {"парламенте Малави", "ORGANIZATION"}},
			[]string{"Керимов OWNER_OF Нафта Москва", "Эталон OWNER_OF Бизнес-Центр"}},
		{"owner of: принадлежит, the owner after the verb; купил",
			"Клуб «Челси» принадлежит Роману Абрамовичу. Roche Holding купил Genentech.",
			[][2]string{{"Челси", "ORGANIZATION"}, {"Роману Абрамовичу", "PERSON"}, {"Roche Holding", "ORGANIZATION"}, {"Genentech", "ORGANIZATION"}},
			[]string{"Roche Holding OWNER_OF Genentech", "Роману Абрамовичу OWNER_OF Челси"}},
		{"owner of: the owner in the dative before принадлежит, named or referred back to",
			"Ранее «Ростех» приобрел компанию «Вертолеты России». Холдингу принадлежит Казанский вертолетный завод. Фонду «Самрук-Казына», которому принадлежит «Казмунайгаз», сто лет. Компания «Газпром нефть», владеющая СКА, выделила деньги.",
			[][2]string{{"Ростех", "ORGANIZATION"}, {"Вертолеты России", "ORGANIZATION"}, {"Казанский вертолетный завод", "ORGANIZATION"}, {"Самрук-Казына", "ORGANIZATION"}, {"Казмунайгаз", "ORGANIZATION"},
				{"Газпром нефть", "ORGANIZATION"}, {"СКА", "ORGANIZATION"}},
			[]string{"Вертолеты России OWNER_OF Казанский вертолетный завод", "Газпром нефть OWNER_OF СКА", "Ростех OWNER_OF Вертолеты России", "Самрук-Казына OWNER_OF Казмунайгаз"}},
		{"owner of: «также» between the subject and the verb, the same for every pattern; each owner and each owned listed",
			"Ранее «Ростех» приобрел компанию «Вертолеты России». Холдингу также принадлежит Казанский вертолетный завод. Компания «Лукойл» открыла офис. Компания теперь также владеет заводом «Кронштадт». «Аэрофлоту» принадлежат авиакомпании «Россия» и «Победа». Крупнейшими акционерами «Сибура» являются Леонид Михельсон и Геннадий Тимченко.",
			[][2]string{{"Ростех", "ORGANIZATION"}, {"Вертолеты России", "ORGANIZATION"}, {"Казанский вертолетный завод", "ORGANIZATION"}, {"Лукойл", "ORGANIZATION"}, {"Кронштадт", "ORGANIZATION"},
				{"Аэрофлоту", "ORGANIZATION"}, {"Россия", "ORGANIZATION"}, {"Победа", "ORGANIZATION"}, {"Сибура", "ORGANIZATION"}, {"Леонид Михельсон", "PERSON"}, {"Геннадий Тимченко", "PERSON"}},
			[]string{"Аэрофлоту OWNER_OF Победа", "Аэрофлоту OWNER_OF Россия", "Вертолеты России OWNER_OF Казанский вертолетный завод", "Геннадий Тимченко OWNER_OF Сибура",
				"Леонид Михельсон OWNER_OF Сибура", "Лукойл OWNER_OF Кронштадт", "Ростех OWNER_OF Вертолеты России"}},
		{"owner of: shareholders",
			"Основным акционером Сбербанка является Министерство финансов. Банк «ГПБ-Ипотека», одним из главных акционеров которого является Газпромбанк, закрыт. Обвинили ключевого акционера ОАО «Уралкалий» Сулеймана Керимова. Фонд «Вектор» является акционером «Роснано». Владельцем «Спартака» является компания «Лукойл».",
			[][2]string{{"Сбербанка", "ORGANIZATION"}, {"Министерство финансов", "ORGANIZATION"}, {"ГПБ-Ипотека", "ORGANIZATION"}, {"Газпромбанк", "ORGANIZATION"},
				{"Уралкалий", "ORGANIZATION"}, {"Сулеймана Керимова", "PERSON"}, {"Вектор", "ORGANIZATION"}, {"Роснано", "ORGANIZATION"}, {"Спартака", "ORGANIZATION"}, {"Лукойл", "ORGANIZATION"}},
			[]string{"Вектор OWNER_OF Роснано", "Газпромбанк OWNER_OF ГПБ-Ипотека", "Лукойл OWNER_OF Спартака", "Министерство финансов OWNER_OF Сбербанка", "Сулеймана Керимова OWNER_OF Уралкалий"}},
		{"part of: в состав Y входят X1 и X2; в состав которого входит X",
			"В состав «Уралвагонзавода» входят Омский завод транспортного машиностроения и «Уралтрансмаш». Работает холдинг «Швабе», в состав которого входит Лыткаринский завод.",
			[][2]string{{"Уралвагонзавода", "ORGANIZATION"}, {"Омский завод транспортного машиностроения", "ORGANIZATION"}, {"Уралтрансмаш", "ORGANIZATION"}, {"Швабе", "ORGANIZATION"}, {"Лыткаринский завод", "ORGANIZATION"}},
			[]string{"Лыткаринский завод PART_OF Швабе", "Омский завод транспортного машиностроения PART_OF Уралвагонзавода", "Уралтрансмаш PART_OF Уралвагонзавода"}},
		{"part of: в состав with an anaphoric whole",
			"«Уралвагонзавод» выпускает танки. В состав корпорации входит Уральское конструкторское бюро.",
			[][2]string{{"Уралвагонзавод", "ORGANIZATION"}, {"Уральское конструкторское бюро", "ORGANIZATION"}},
			[]string{"Уральское конструкторское бюро PART_OF Уралвагонзавод"}},
		{"a finite verb after a comma has another subject",
			"Он работал в корпорации Lockheed Martin, входит в совет директоров банка HSBC.",
			[][2]string{{"Lockheed Martin", "ORGANIZATION"}, {"совет директоров банка HSBC", "ORGANIZATION"}},
			nil},
		{"a person between the organization and the verb is the subject",
			"Сотрудник «Газпрома» Иван Петров входит в совет директоров «Роснефти».",
			[][2]string{{"Газпрома", "ORGANIZATION"}, {"Иван Петров", "PERSON"}, {"Роснефти", "ORGANIZATION"}},
			nil},
		{"produces, with coordinated products",
			"Именно здесь, на «Куполе», производятся зенитные ракетные комплексы «Тор-М2», «Тор-М1» и «Оса», а также ведется ремонт ЗРК «Бук».",
			[][2]string{{"Куполе", "ORGANIZATION"}, {"Тор-М2", "PRODUCT"}, {"Тор-М1", "PRODUCT"}, {"Оса", "PRODUCT"}, {"Бук", "PRODUCT"}},
			[]string{"Куполе PRODUCES Оса", "Куполе PRODUCES Тор-М1", "Куполе PRODUCES Тор-М2"}},
		{"produces: the maker before a participle clause; a model's quoted name is the product too",
			"«Уралвагонзавод», расположенный в Нижнем Тагиле, выпускает танки Т-90М «Прорыв» и Т-72Б3.",
			[][2]string{{"Уралвагонзавод", "ORGANIZATION"}, {"Нижнем Тагиле", "CITY"}, {"Т-90М", "PRODUCT"}, {"Прорыв", "PRODUCT"}, {"Т-72Б3", "PRODUCT"}},
			[]string{"Уралвагонзавод HEADQUARTERED_IN Нижнем Тагиле", "Уралвагонзавод PRODUCES Прорыв", "Уралвагонзавод PRODUCES Т-72Б3", "Уралвагонзавод PRODUCES Т-90М"}},
		{"produces: the product first, the maker after the verb",
			"Ракеты «Союз» производит самарский центр «Прогресс». Комплексы «Тор» производятся в Ижевске заводом «Купол».",
			[][2]string{{"Союз", "PRODUCT"}, {"Прогресс", "ORGANIZATION"}, {"Тор", "PRODUCT"}, {"Купол", "ORGANIZATION"}},
			[]string{"Прогресс PRODUCES Союз"}},
		{"no producer, no relation",
			"Теперь производятся комплексы «Тор-М2».",
			[][2]string{{"Тор-М2", "PRODUCT"}},
			nil},
		{"a kin word after a possessive opening its sentence is the kin of the person before",
			"Беспалов окончил университет. Его жена Светлана работает учителем. Её сын Андрей учится.",
			[][2]string{{"Беспалов", "PERSON"}, {"Светлана", "PERSON"}, {"Андрей", "PERSON"}},
			[]string{"Беспалов SPOUSE Светлана", "Светлана PARENT_OF Андрей"}},
		{"a relative sharing a surname is the kin of its bearer, not of the subject",
			"Кравцов получил деньги от Виктора Пахомова. Его сестра Елена Пахомова проходит свидетелем. Виталий Кличко и его брат Владимир поддержали его.",
			[][2]string{{"Кравцов", "PERSON"}, {"Виктора Пахомова", "PERSON"}, {"Елена Пахомова", "PERSON"}, {"Виталий Кличко", "PERSON"}, {"Владимир", "PERSON"}},
			[]string{"Виктора Пахомова SIBLING Елена Пахомова", "Виталий Кличко SIBLING Владимир"}},
		{"a kin word in an oblique case names the kin of someone of its own sentence",
			"Умер писатель Юрий Бондарев. По словам его супруги Валентины Бондаревой, он болел. Тело нашла его дочь, а не сын Андрей.",
			[][2]string{{"Юрий Бондарев", "PERSON"}, {"Валентины Бондаревой", "PERSON"}, {"Андрей", "PERSON"}},
			nil},
		{"the company after a noun of a share is owned, before the verb or after it",
			"News Corp. принадлежит 39% акций BSkyB. Остальными 30 % акций Колмара владеет Volga Group.",
			[][2]string{{"News Corp", "ORGANIZATION"}, {"BSkyB", "ORGANIZATION"}, {"Колмара", "ORGANIZATION"}, {"Volga Group", "ORGANIZATION"}},
			[]string{"News Corp OWNER_OF BSkyB", "Volga Group OWNER_OF Колмара"}},
		{"a kind noun refers back to a plant a preposition governed in a sentence before",
			"«Металлоинвест» завершил сделку по покупке Калужского завода. Сумма не раскрывается. Завод, расположенный в Людинове, выпускает опоры.",
			[][2]string{{"Металлоинвест", "ORGANIZATION"}, {"Калужского завода", "ORGANIZATION"}, {"Людинове", "CITY"}},
			[]string{"Калужского завода HEADQUARTERED_IN Людинове"}},
		{"a phrase of a seat between the subject and its verb",
			"«Металлоинвест» со штаб-квартирой в Москве входит в холдинг USM.",
			[][2]string{{"Металлоинвест", "ORGANIZATION"}, {"Москве", "CITY"}, {"USM", "ORGANIZATION"}},
			[]string{"Металлоинвест PART_OF USM"}},
		{"a sentence opening with «Уроженец» and naming no one speaks of the person before",
			"Комри сыграл в 268 играх. Уроженец карибского острова Мартиника был любимцем публики. Уроженец Сочи Олег Топалов сбежал.",
			[][2]string{{"Комри", "PERSON"}, {"карибского", "LOCATION"}, {"Мартиника", "LOCATION"}, {"Сочи", "CITY"}, {"Олег Топалов", "PERSON"}},
			[]string{"Комри PLACE_OF_BIRTH Мартиника"}},
		// twenty-first session (helper rel21): «уроженец» in apposition
		{"a person before «, уроженец» or after the place of «уроженец» was born there; no person, no relation",
			"Олег Тиньков, уроженец Кемерова, владел пивоварней. Умер писатель, уроженец города Орска Юрий Бондарев. Задержан уроженец Сочи.",
			[][2]string{{"Олег Тиньков", "PERSON"}, {"Кемерова", "CITY"}, {"Орска", "CITY"}, {"Юрий Бондарев", "PERSON"}, {"Сочи", "CITY"}},
			[]string{"Олег Тиньков PLACE_OF_BIRTH Кемерова", "Юрий Бондарев PLACE_OF_BIRTH Орска"}},
		{"the enterprises of a holding: a list after a dash, an organization before a comma",
			"«Металлоинвест» — один из крупнейших горно-металлургических холдингов России. Принадлежит USM Holdings. Крупнейшие предприятия холдинга — Лебединский ГОК, предприятия «Уральская сталь» и «УралМетКом». Михайловский ГОК, одно из предприятий компании «Альфа», работает.",
			[][2]string{{"Металлоинвест", "ORGANIZATION"}, {"России", "COUNTRY"}, {"USM Holdings", "ORGANIZATION"}, {"Лебединский ГОК", "ORGANIZATION"}, {"Уральская сталь", "ORGANIZATION"}, {"УралМетКом", "ORGANIZATION"}, {"Михайловский ГОК", "ORGANIZATION"}, {"Альфа", "ORGANIZATION"}},
			[]string{"USM Holdings OWNER_OF Металлоинвест", "Альфа OWNER_OF Михайловский ГОК", "Металлоинвест OWNER_OF Лебединский ГОК", "Металлоинвест OWNER_OF УралМетКом", "Металлоинвест OWNER_OF Уральская сталь"}},
		{"the noun «выпуск» is not a trigger",
			"Компания «Вектор» объявила о начале выпуска «Орион».",
			[][2]string{{"Вектор", "ORGANIZATION"}, {"Орион", "PRODUCT"}},
			nil},
		// business news of the twentieth session (helper biz20; docs/relation.md)
		{"a dative kind noun before a singular «принадлежит» owns what follows",
			"«Фармстандарт» выпускает лекарства. Компании принадлежит также завод «Биолек» в Харькове.",
			[][2]string{{"Фармстандарт", "ORGANIZATION"}, {"Биолек", "ORGANIZATION"}, {"Харькове", "CITY"}},
			[]string{"Фармстандарт OWNER_OF Биолек"}},
		{"guard: before a plural verb «компании» stays the subject, owned",
			"«Фармстандарт» выпускает лекарства. Компании принадлежат фонду «Север».",
			[][2]string{{"Фармстандарт", "ORGANIZATION"}, {"Север", "ORGANIZATION"}},
			[]string{"Север OWNER_OF Фармстандарт"}},
		{"an airline's headquarters named by its kind",
			"Авиакомпания «Ютэйр» заказала самолеты. Штаб-квартира авиакомпании находится в Сургуте.",
			[][2]string{{"Ютэйр", "ORGANIZATION"}, {"Сургуте", "CITY"}},
			[]string{"Ютэйр HEADQUARTERED_IN Сургуте"}},
		{"a possessive headquarters with a future verb",
			"Объединенная компания получит название «Евразия Телеком». Ее штаб-квартира разместится в Екатеринбурге.",
			[][2]string{{"Евразия Телеком", "ORGANIZATION"}, {"Екатеринбурге", "CITY"}},
			[]string{"Евразия Телеком HEADQUARTERED_IN Екатеринбурге"}},
		{"a company registered in a city; guard: offences registered in a city",
			"Банк «Восход» вырос. Банк зарегистрирован в Новосибирске. Больше всего правонарушений зарегистрировано в Москве.",
			[][2]string{{"Восход", "ORGANIZATION"}, {"Новосибирске", "CITY"}, {"Москве", "CITY"}},
			[]string{"Восход HEADQUARTERED_IN Новосибирске"}},
		{"the founder of a kind noun, a being verb, a post and the person",
			"Штаб-квартира «Уралстали» находится в Магнитогорске. Основателем компании является предприниматель Виктор Рашников.",
			[][2]string{{"Уралстали", "ORGANIZATION"}, {"Магнитогорске", "CITY"}, {"предприниматель", "PROFESSION"}, {"Виктор Рашников", "PERSON"}},
			[]string{"Уралстали FOUNDED_BY Виктор Рашников", "Уралстали HEADQUARTERED_IN Магнитогорске"}},
		{"a named organization's founder after a being verb and a post (agro23); guard: the founder noun in the nominative",
			"Основателем «Русагро» является бывший сенатор Вадим Мошкович. Основатель «Вектора» является акционером, сообщил Петр Белый.",
			[][2]string{{"Русагро", "ORGANIZATION"}, {"сенатор", "PROFESSION"}, {"Вадим Мошкович", "PERSON"}, {"Вектора", "ORGANIZATION"}, {"Петр Белый", "PERSON"}},
			[]string{"Русагро FOUNDED_BY Вадим Мошкович"}},
		{"guard: the founder noun with no being verb",
			"Компания «Вектор» растет. Основатель компании уехал в Москву.",
			[][2]string{{"Вектор", "ORGANIZATION"}, {"Москву", "CITY"}},
			nil},
		{"the income of a kind noun, not of the standard after it",
			"Банк «Восход» входит в группу. Чистая прибыль банка по МСФО составила 7,1 млрд рублей.",
			[][2]string{{"Восход", "ORGANIZATION"}, {"МСФО", "ORGANIZATION"}, {"7,1 млрд рублей", "MONEY"}},
			[]string{"Восход INCOME 7,1 млрд рублей"}},
		{"the income of a possessive and of the subject of a change verb",
			"Завод «Купол» выпускает трубы, а его выручка выросла до 38 млрд рублей. «Фармстандарт» увеличил выручку на 9%, до 41,7 млрд рублей.",
			[][2]string{{"Купол", "ORGANIZATION"}, {"38 млрд рублей", "MONEY"}, {"Фармстандарт", "ORGANIZATION"}, {"41,7 млрд рублей", "MONEY"}},
			[]string{"Купол INCOME 38 млрд рублей", "Фармстандарт INCOME 41,7 млрд рублей"}},
		// stake and unitSubject (twenty-second session, helper energy22)
		{"a holder's share in a company: the holder owns it",
			"Доля французской TotalEnergies в «Новатэке» составляет 19,4%.",
			[][2]string{{"TotalEnergies", "ORGANIZATION"}, {"Новатэке", "ORGANIZATION"}},
			[]string{"TotalEnergies OWNER_OF Новатэке"}},
		{"guard: a share of a market is none",
			"Доля России в мировом экспорте выросла.",
			[][2]string{{"России", "COUNTRY"}},
			nil},
		{"guard: nor is a share with no holder named",
			"Компания увеличила долю в «Новатэке».",
			[][2]string{{"Новатэке", "ORGANIZATION"}},
			nil},
		{"a facility before «входит в» is part of the organization",
			"Курская АЭС входит в концерн «Росэнергоатом».",
			[][2]string{{"Курская АЭС", "FACILITY"}, {"Росэнергоатом", "ORGANIZATION"}},
			[]string{"Курская АЭС PART_OF Росэнергоатом"}},
		{"so is the facility a relative clause follows",
			"Блок строится рядом с Курской атомной электростанцией, которая входит в концерн «Росэнергоатом».",
			[][2]string{{"Курской атомной электростанцией", "FACILITY"}, {"Росэнергоатом", "ORGANIZATION"}},
			[]string{"Курской атомной электростанцией PART_OF Росэнергоатом"}},
		{"guard: a person a relative clause follows is none",
			"Его поддержал Иван Петров, который входит в совет «Роснефти».",
			[][2]string{{"Иван Петров", "PERSON"}, {"Роснефти", "ORGANIZATION"}},
			nil},
		{"an organization named right after a verb of heading is the subject's workplace (rel22b); no organization there, a person after a preposition or a government gives nothing",
			"Алиханов возглавляет министерство с 2024 года. Зюганов бессменно руководит КПРФ. Петров возглавлял сборную России. Кокрел при Килпатрике возглавлял городской совет. Борисов возглавил правительство.",
			[][2]string{{"Алиханов", "PERSON"}, {"министерство", "ORGANIZATION"}, {"Зюганов", "PERSON"}, {"КПРФ", "ORGANIZATION"}, {"Петров", "PERSON"}, {"России", "COUNTRY"},
				{"Кокрел", "PERSON"}, {"Килпатрике", "PERSON"}, {"городской совет", "ORGANIZATION"}, {"Борисов", "PERSON"}, {"правительство", "ORGANIZATION"}},
			// not «Килпатрике», after «при», nor a government's head
			// (NEREL: MEMBER_OF as often as WORKPLACE)
			[]string{"Алиханов WORKPLACE министерство"}},
		{"the maker after a passive of making, with the product before it or in the sentences before (rel22b); a passive with no organization gives nothing",
			"Самолет МС-21 произведен корпорацией «Иркут». Первый лайнер Суперджет передан авиакомпании. Самолет был изготовлен компанией «Сухой». Самолет произведен в Иркутске.",
			[][2]string{{"МС-21", "PRODUCT"}, {"Иркут", "ORGANIZATION"}, {"Суперджет", "PRODUCT"}, {"Сухой", "ORGANIZATION"}, {"Иркутске", "CITY"}},
			[]string{"Иркут PRODUCES МС-21", "Сухой PRODUCES Суперджет"}},
		{"the maker in a participle clause after the product, past a kind of company and its complement (rel23); no organization, or no comma, gives nothing",
			"Военные получили комплексы «Бук-М3», разработанные концерном воздушно-космической обороны «Алмаз-Антей». Беспилотник «Орион», созданный компанией «Кронштадт», испытан. Самолет Ту-214, выпущенный в 2010 году в Казани, передан «Аэрофлоту». Беспилотник «Форпост» созданный «Уралвагонзаводом» показан.",
			[][2]string{{"Бук-М3", "PRODUCT"}, {"Алмаз-Антей", "ORGANIZATION"}, {"Орион", "PRODUCT"}, {"Кронштадт", "ORGANIZATION"}, {"Ту-214", "PRODUCT"}, {"2010 году", "DATE"}, {"Казани", "CITY"}, {"Аэрофлоту", "ORGANIZATION"}, {"Форпост", "PRODUCT"}, {"Уралвагонзаводом", "ORGANIZATION"}},
			[]string{"Алмаз-Антей PRODUCES Бук-М3", "Кронштадт PRODUCES Орион"}},
		{"a bare noun opening the passive names the product named after a noun of its kind up to three sentences before (rel23); two such products give nothing",
			"Ракета «Союз-2.1а» с пилотируемым кораблем «Союз МС-27» стартовала. На борту трое. Экипаж проведет там год. Корабль изготовлен Ракетно-космической корпорацией «Энергия». Ракета «Ангара» и ракета «Протон» стоят рядом. Ракета произведена компанией «Хруничев».",
			[][2]string{{"Союз-2.1а", "PRODUCT"}, {"Союз МС-27", "PRODUCT"}, {"Ракетно-космической корпорацией «Энергия»", "ORGANIZATION"}, {"Ангара", "PRODUCT"}, {"Протон", "PRODUCT"}, {"Хруничев", "ORGANIZATION"}},
			[]string{"Ракетно-космической корпорацией «Энергия» PRODUCES Союз МС-27"}},
		{"the subject of «принадлежит» past an apposition of a kind of company (rel23); a clause opening with the noun alone is left",
			"Антипинский НПЗ, единственный крупный нефтеперерабатывающий завод на юге области, принадлежит группе «Сафмар». Ильский НПЗ, завод в крае, принадлежит компании «КНГК».",
			[][2]string{{"Антипинский НПЗ", "ORGANIZATION"}, {"Сафмар", "ORGANIZATION"}, {"Ильский НПЗ", "ORGANIZATION"}, {"КНГК", "ORGANIZATION"}},
			[]string{"Сафмар OWNER_OF Антипинский НПЗ"}},
		// twenty-fourth session (helper rel24)
		{"«являлся» ties a post before it, a date between, to the person after it; a post after the verb gives nothing",
			"Председателем правления банка с 2021 года являлся Виктор Ложкин. Иван Петров является председателем совета директоров.",
			[][2]string{{"Председателем правления", "PROFESSION"}, {"с 2021 года", "DATE"}, {"Виктор Ложкин", "PERSON"}, {"Иван Петров", "PERSON"}, {"председателем совета директоров", "PROFESSION"}},
			[]string{"Виктор Ложкин WORKS_AS Председателем правления"}},
		{"the founder of a kind of company named before, the person right after the kind; not in another case",
			"Компания «Микрон» нарастила выпуск. Основатель компании Юрий Максимов доволен. Адвокат основателя компании Марк Стивенс возразил.",
			[][2]string{{"Микрон", "ORGANIZATION"}, {"Юрий Максимов", "PERSON"}, {"Адвокат", "PROFESSION"}, {"Марк Стивенс", "PERSON"}},
			[]string{"Микрон FOUNDED_BY Юрий Максимов"}},
		{"guard: a possessive after a person's pronoun is his",
			"Он завел канал в 2010 году. По данным Forbes, его доход составил 15 млн долларов.",
			[][2]string{{"Forbes", "ORGANIZATION"}, {"15 млн долларов", "MONEY"}},
			nil},
		// twenty-fourth session (helper rel24b): a facility named before
		// by the noun that opens the owning sentence; a unit named with its
		// abbreviation in parentheses before its parent in the genitive
		{"the owned facility the opening noun refers back to",
			"Авария произошла на шахте «Северная» в Кузбассе. Шахта принадлежит компании «Воркутауголь».",
			[][2]string{{"Северная", "FACILITY"}, {"Кузбассе", "STATE_OR_PROVINCE"}, {"Воркутауголь", "ORGANIZATION"}},
			[]string{"Воркутауголь OWNER_OF Северная"}},
		{"(guard) an opening noun no facility was named with",
			"Авария произошла на шахте «Северная» в Кузбассе. Земля принадлежит компании «Воркутауголь».",
			[][2]string{{"Северная", "FACILITY"}, {"Кузбассе", "STATE_OR_PROVINCE"}, {"Воркутауголь", "ORGANIZATION"}},
			nil},
		{"a unit with its abbreviation in parentheses is part of the body in the genitive after it",
			"Управление по контролю за иностранными активами (OFAC) Министерства финансов США ввело санкции.",
			[][2]string{{"Управление по контролю за иностранными активами", "ORGANIZATION"}, {"OFAC", "ORGANIZATION"}, {"Министерства финансов США", "ORGANIZATION"}, {"США", "COUNTRY"}},
			[]string{"Управление по контролю за иностранными активами PART_OF Министерства финансов США"}},
		{"a branch after a copula is part of its parent, a legal form between (twenty-fifth session)",
			"Иркутский авиазавод является филиалом ПАО «Яковлев». Завод «Авангард» стал подразделением холдинга «Алмаз».",
			[][2]string{{"Иркутский авиазавод", "ORGANIZATION"}, {"Яковлев", "ORGANIZATION"}, {"Авангард", "ORGANIZATION"}, {"Алмаз", "ORGANIZATION"}},
			[]string{"Авангард PART_OF Алмаз", "Иркутский авиазавод PART_OF Яковлев"}},
		{"(guard) a branch noun after a copula not in the instrumental, or a place between",
			"Иркутский авиазавод является филиал. «Лукойл» является филиалом в Москве «Газпрома».",
			[][2]string{{"Иркутский авиазавод", "ORGANIZATION"}, {"Лукойл", "ORGANIZATION"}, {"Москве", "CITY"}, {"Газпрома", "ORGANIZATION"}},
			nil},
		{"a founder whose first name the dictionary reads only as a plural agrees by the surname (twenty-fifth session)",
			"Основатель SpaceX Илон Маск заявил о планах.",
			[][2]string{{"SpaceX", "ORGANIZATION"}, {"Илон Маск", "PERSON"}},
			[]string{"SpaceX FOUNDED_BY Илон Маск"}},
		{"(guard) a founder in the genitive and a person in the nominative after: the founder's lawyer",
			"Адвокат основателя WikiLeaks Марк Стивенс заявил о планах.",
			[][2]string{{"WikiLeaks", "ORGANIZATION"}, {"Марк Стивенс", "PERSON"}},
			nil},
		{"a list of owned companies ends before a reporting verb: the source is not owned (twenty-fifth session)",
			"Суд признал банкротом Олега Тинькова, которому принадлежал банк «Тинькофф», сообщает ТАСС. Холдингу принадлежат «Азимут», «Победа» и «Россия».",
			[][2]string{{"Олега Тинькова", "PERSON"}, {"Тинькофф", "ORGANIZATION"}, {"ТАСС", "ORGANIZATION"}, {"Холдингу", "ORGANIZATION"}, {"Азимут", "ORGANIZATION"}, {"Победа", "ORGANIZATION"}, {"Россия", "ORGANIZATION"}},
			[]string{"Олега Тинькова OWNER_OF Тинькофф", "Холдингу OWNER_OF Азимут", "Холдингу OWNER_OF Победа", "Холдингу OWNER_OF Россия"}},
		{"a person before «, являющийся» holds the post after it, and works for the organization right after the post (twenty-fifth session)",
			"Руководитель полета Владимир Соловьев, являющийся генеральным конструктором РКК «Энергия», назвал выход успешным.",
			[][2]string{{"Руководитель полета", "PROFESSION"}, {"Владимир Соловьев", "PERSON"}, {"генеральным конструктором", "PROFESSION"}, {"Энергия", "ORGANIZATION"}},
			[]string{"Владимир Соловьев WORKPLACE Энергия", "Владимир Соловьев WORKS_AS генеральным конструктором"}},
		{"(guard) «являющийся» after no person, or with no post after it",
			"Завод «Купол», являющийся директором, выпустил машины. Иван Петров, являющийся владельцем «Купола», уехал.",
			[][2]string{{"Купол", "ORGANIZATION"}, {"директором", "PROFESSION"}, {"Иван Петров", "PERSON"}, {"Купола", "ORGANIZATION"}},
			nil},
		{"(guard) no unit noun heads the name before the parentheses",
			"Компания «Северсталь» (CHMF) Алексея Мордашова выплатит дивиденды. Банк ВТБ (VTBR) Правительства России вырос.",
			[][2]string{{"Северсталь", "ORGANIZATION"}, {"CHMF", "ORGANIZATION"}, {"Алексея Мордашова", "PERSON"}, {"Банк ВТБ", "ORGANIZATION"}, {"VTBR", "ORGANIZATION"}, {"Правительства России", "ORGANIZATION"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			got := facts(Patterns{}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// fixed is an Extractor that returns the same relations for every document.
type fixed []Found

func (f fixed) Extract([]rune, []doc.Sentence, []doc.Mention) []Found { return slices.Clone(f) }

func TestUnionKeepsFirst(t *testing.T) {
	a := fixed{{Type: "WORKPLACE", Head: 0, Tail: 1, Score: 0.5}}
	b := fixed{{Type: "WORKPLACE", Head: 0, Tail: 1, Score: 1}, {Type: "PART_OF", Head: 0, Tail: 1, Score: 1}}
	got := Union{a, b}.Extract(nil, nil, nil)
	if len(got) != 2 || got[0].Score != 0.5 || got[1].Type != "PART_OF" {
		t.Errorf("got %+v", got)
	}
}

func TestEmployers(t *testing.T) {
	text := "Дмитрий Пантус, глава Государственного военно-промышленного комитета Республики Беларусь, и глава Управления делами президента Беларуси приехали."
	ms := mentionsIn(t, text,
		[2]string{"Дмитрий Пантус", "PERSON"},
		[2]string{"глава Государственного военно-промышленного комитета Республики Беларусь", "PROFESSION"},
		[2]string{"Государственного военно-промышленного комитета", "ORGANIZATION"},
		[2]string{"Республики Беларусь", "COUNTRY"},
		[2]string{"глава Управления делами президента Беларуси", "PROFESSION"},
		[2]string{"Управления делами президента Беларуси", "ORGANIZATION"},
		[2]string{"Беларуси", "COUNTRY"},
	)
	base := fixed{{Type: "WORKS_AS", Head: 0, Tail: 1}, {Type: "WORKPLACE", Head: 0, Tail: 3}}
	got := facts(Employers{Base: base}.Extract([]rune(text), tokenize.Split(text), ms), ms)
	want := []string{
		"Дмитрий Пантус WORKPLACE Государственного военно-промышленного комитета",
		"Дмитрий Пантус WORKPLACE Республики Беларусь",
		"Дмитрий Пантус WORKS_AS глава Государственного военно-промышленного комитета Республики Беларусь",
		"глава Государственного военно-промышленного комитета Республики Беларусь WORKPLACE Государственного военно-промышленного комитета",
		"глава Государственного военно-промышленного комитета Республики Беларусь WORKPLACE Республики Беларусь",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// A post held by nobody in the relations yields nothing; a country
	// inside an organization inside a post is not the employer.
	base = fixed{{Type: "WORKS_AS", Head: 0, Tail: 4}}
	got = facts(Employers{Base: base}.Extract([]rune(text), tokenize.Split(text), ms), ms)
	want = []string{
		"Дмитрий Пантус WORKPLACE Управления делами президента Беларуси",
		"Дмитрий Пантус WORKS_AS глава Управления делами президента Беларуси",
		"глава Управления делами президента Беларуси WORKPLACE Управления делами президента Беларуси",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestAnaphoricEmployer(t *testing.T) {
	tests := []struct {
		name, text string
		ms         [][2]string
		want       []string
	}{
		{"a kind noun after the name", "Концерн «Калашников» начал выпуск. Об этом сообщил генеральный директор концерна Алан Лушников.",
			[][2]string{{"Калашников", "ORGANIZATION"}, {"генеральный директор концерна", "PROFESSION"}, {"Алан Лушников", "PERSON"}},
			[]string{"Алан Лушников WORKPLACE Калашников", "Алан Лушников WORKS_AS генеральный директор концерна",
				"генеральный директор концерна WORKPLACE Калашников"}},
		{"a kind noun in the name", "Казанский вертолётный завод выпустил машину. Директор завода Иван Петров доволен.",
			[][2]string{{"Казанский вертолётный завод", "ORGANIZATION"}, {"Директор завода", "PROFESSION"}, {"Иван Петров", "PERSON"}},
			[]string{"Директор завода WORKPLACE Казанский вертолётный завод",
				"Иван Петров WORKPLACE Казанский вертолётный завод", "Иван Петров WORKS_AS Директор завода"}},
		{"a compound name ending in the kind", "Сбербанк заработал триллион. Об этом сообщил заместитель председателя правления банка Иван Петров.",
			[][2]string{{"Сбербанк", "ORGANIZATION"}, {"заместитель председателя правления банка", "PROFESSION"}, {"Иван Петров", "PERSON"}},
			[]string{"Иван Петров WORKPLACE Сбербанк", "Иван Петров WORKS_AS заместитель председателя правления банка",
				"заместитель председателя правления банка WORKPLACE Сбербанк"}},
		{"a company named with its legal form (twentieth session)", "АО «Рособоронэкспорт» подписало контракты. Соглашения подписал генеральный директор компании Александр Михеев.",
			[][2]string{{"Рособоронэкспорт", "ORGANIZATION"}, {"генеральный директор компании", "PROFESSION"}, {"Александр Михеев", "PERSON"}},
			[]string{"Александр Михеев WORKPLACE Рособоронэкспорт", "Александр Михеев WORKS_AS генеральный директор компании",
				"генеральный директор компании WORKPLACE Рособоронэкспорт"}},
		{"(guard) no legal form: no company", "Холдинг «Швабе» подписал контракты. Соглашения подписал генеральный директор компании Александр Михеев.",
			[][2]string{{"Швабе", "ORGANIZATION"}, {"генеральный директор компании", "PROFESSION"}, {"Александр Михеев", "PERSON"}},
			[]string{"Александр Михеев WORKS_AS генеральный директор компании"}},
		{"a company named by its trade in the lead (twenty-fourth session)", "Крупнейший золотодобытчик «Полюс» получил лицензию. Запасы оценены. Добыча выросла. Генеральный директор компании Алексей Вострокнутов доволен.",
			[][2]string{{"Полюс", "ORGANIZATION"}, {"Генеральный директор компании", "PROFESSION"}, {"Алексей Вострокнутов", "PERSON"}},
			[]string{"Алексей Вострокнутов WORKPLACE Полюс", "Алексей Вострокнутов WORKS_AS Генеральный директор компании", "Генеральный директор компании WORKPLACE Полюс"}},
		{"(guard) a company named by no trade", "Крупнейший игрок «Полюс» получил лицензию. Запасы оценены. Добыча выросла. Генеральный директор компании Алексей Вострокнутов доволен.",
			[][2]string{{"Полюс", "ORGANIZATION"}, {"Генеральный директор компании", "PROFESSION"}, {"Алексей Вострокнутов", "PERSON"}},
			[]string{"Алексей Вострокнутов WORKS_AS Генеральный директор компании"}},
		{"a post's trade noun: the company named by the same trade (twenty-fifth session)", "Ритейлер «Магнит» открыл магазины. По словам финансового директора ритейлера Алексея Махнева, рост продолжится.",
			[][2]string{{"Магнит", "ORGANIZATION"}, {"финансового директора ритейлера", "PROFESSION"}, {"Алексея Махнева", "PERSON"}},
			[]string{"Алексея Махнева WORKPLACE Магнит", "Алексея Махнева WORKS_AS финансового директора ритейлера", "финансового директора ритейлера WORKPLACE Магнит"}},
		{"a post's trade noun: the company of the sentence before (twenty-fifth session)", "Авиакомпания «Победа» перевезла 1,8 млн пассажиров. Об этом сообщил генеральный директор перевозчика Андрей Калмыков.",
			[][2]string{{"Победа", "ORGANIZATION"}, {"генеральный директор перевозчика", "PROFESSION"}, {"Андрей Калмыков", "PERSON"}},
			[]string{"Андрей Калмыков WORKPLACE Победа", "Андрей Калмыков WORKS_AS генеральный директор перевозчика", "генеральный директор перевозчика WORKPLACE Победа"}},
		{"a post's trade noun: the same trade before an acronym (twenty-fifth session)", "Застройщик ГК «Самолет» сдал дом, рассказал генеральный директор застройщика Антон Елистратов.",
			[][2]string{{"Самолет", "ORGANIZATION"}, {"генеральный директор застройщика", "PROFESSION"}, {"Антон Елистратов", "PERSON"}},
			[]string{"Антон Елистратов WORKPLACE Самолет", "Антон Елистратов WORKS_AS генеральный директор застройщика", "генеральный директор застройщика WORKPLACE Самолет"}},
		{"(guard) a trade noun with no company named as one: a ministry", "Минтранс ужесточил правила. Об этом сообщил генеральный директор перевозчика Андрей Калмыков.",
			[][2]string{{"Минтранс", "ORGANIZATION"}, {"генеральный директор перевозчика", "PROFESSION"}, {"Андрей Калмыков", "PERSON"}},
			[]string{"Андрей Калмыков WORKS_AS генеральный директор перевозчика"}},
		{"(guard) a company named two sentences before by another noun", "Компания «Лента» выросла. Продажи растут. Об этом сообщил генеральный директор перевозчика Андрей Калмыков.",
			[][2]string{{"Лента", "ORGANIZATION"}, {"генеральный директор перевозчика", "PROFESSION"}, {"Андрей Калмыков", "PERSON"}},
			[]string{"Андрей Калмыков WORKS_AS генеральный директор перевозчика"}},
		{"a club (twenty-first session)", "Футбольный клуб «Ротор» сменил тренера. Об этом сообщил президент клуба Андрей Дорогов.",
			[][2]string{{"Ротор", "ORGANIZATION"}, {"президент клуба", "PROFESSION"}, {"Андрей Дорогов", "PERSON"}},
			[]string{"Андрей Дорогов WORKPLACE Ротор", "Андрей Дорогов WORKS_AS президент клуба", "президент клуба WORKPLACE Ротор"}},
		{"(guard) a club not named as one", "«Ротор» сменил тренера. Об этом сообщил президент клуба Андрей Дорогов.",
			[][2]string{{"Ротор", "ORGANIZATION"}, {"президент клуба", "PROFESSION"}, {"Андрей Дорогов", "PERSON"}},
			[]string{"Андрей Дорогов WORKS_AS президент клуба"}},
		// «групп», «центр» in orgNouns (twenty-third session, helper rel23b)
		{"a group named with the kind", "Группа «Сафмар» купила актив. Об этом сообщил президент группы Михаил Гуцериев.",
			[][2]string{{"Сафмар", "ORGANIZATION"}, {"президент группы", "PROFESSION"}, {"Михаил Гуцериев", "PERSON"}},
			[]string{"Михаил Гуцериев WORKPLACE Сафмар", "Михаил Гуцериев WORKS_AS президент группы", "президент группы WORKPLACE Сафмар"}},
		{"a centre whose name holds the kind", "Центр имени Гамалеи разработал вакцину. Директор центра Александр Гинцбург сообщил об испытаниях.",
			[][2]string{{"Центр имени Гамалеи", "ORGANIZATION"}, {"Директор центра", "PROFESSION"}, {"Александр Гинцбург", "PERSON"}},
			[]string{"Александр Гинцбург WORKPLACE Центр имени Гамалеи", "Александр Гинцбург WORKS_AS Директор центра",
				"Директор центра WORKPLACE Центр имени Гамалеи"}},
		{"(guard) a group not named as one", "«Сафмар» купила актив. Об этом сообщил руководитель группы Иван Петров.",
			[][2]string{{"Сафмар", "ORGANIZATION"}, {"руководитель группы", "PROFESSION"}, {"Иван Петров", "PERSON"}},
			[]string{"Иван Петров WORKS_AS руководитель группы"}},
		{"no organization of that kind", "Банк «Россия» вырос. Директор завода Иван Петров доволен.",
			[][2]string{{"Россия", "ORGANIZATION"}, {"Директор завода", "PROFESSION"}, {"Иван Петров", "PERSON"}},
			[]string{"Иван Петров WORKS_AS Директор завода"}},
		// openingOrg (twenty-third session, helper tech23): the company
		// that opens the post's sentence
		{"the company opening the post's sentence", "«Ростелеком» построит центр в Новосибирске, сообщил президент компании Михаил Осеевский.",
			[][2]string{{"Ростелеком", "ORGANIZATION"}, {"президент компании", "PROFESSION"}, {"Михаил Осеевский", "PERSON"}},
			[]string{"Михаил Осеевский WORKPLACE Ростелеком", "Михаил Осеевский WORKS_AS президент компании", "президент компании WORKPLACE Ростелеком"}},
		{"(guard) a company inside the sentence", "Центр построят для «Ростелекома», сообщил президент компании Михаил Осеевский.",
			[][2]string{{"Ростелекома", "ORGANIZATION"}, {"президент компании", "PROFESSION"}, {"Михаил Осеевский", "PERSON"}},
			[]string{"Михаил Осеевский WORKS_AS президент компании"}},
		// twenty-fifth session (helper rel25b): the company after its kind
		// noun opening the sentence; a region's minister
		{"the company after its kind noun opening the post's sentence", "Группа ЛСР приобрела участок, сообщил генеральный директор компании Андрей Молчанов.",
			[][2]string{{"ЛСР", "ORGANIZATION"}, {"генеральный директор компании", "PROFESSION"}, {"Андрей Молчанов", "PERSON"}},
			[]string{"Андрей Молчанов WORKPLACE ЛСР", "Андрей Молчанов WORKS_AS генеральный директор компании", "генеральный директор компании WORKPLACE ЛСР"}},
		{"(guard) an organization after another noun opening the sentence", "Аналитики «Циан» оценили участок, сообщил генеральный директор компании Андрей Молчанов.",
			[][2]string{{"Циан", "ORGANIZATION"}, {"генеральный директор компании", "PROFESSION"}, {"Андрей Молчанов", "PERSON"}},
			[]string{"Андрей Молчанов WORKS_AS генеральный директор компании"}},
		{"a region's minister, the region after the post", "Власти Пермского края расселят людей, заявил министр строительства региона Игорь Шевчук.",
			[][2]string{{"Пермского края", "STATE_OR_PROVINCE"}, {"министр строительства", "PROFESSION"}, {"Игорь Шевчук", "PERSON"}},
			[]string{"Игорь Шевчук WORKPLACE Пермского края", "Игорь Шевчук WORKS_AS министр строительства", "министр строительства WORKPLACE Пермского края"}},
		{"a region's prosecutor, the region in the post", "В Самарской области возбуждено дело, сообщил заместитель прокурора области Иван Петров.",
			[][2]string{{"Самарской области", "STATE_OR_PROVINCE"}, {"заместитель прокурора области", "PROFESSION"}, {"Иван Петров", "PERSON"}},
			[]string{"Иван Петров WORKPLACE Самарской области", "Иван Петров WORKS_AS заместитель прокурора области", "заместитель прокурора области WORKPLACE Самарской области"}},
		{"(guard) a region's head", "Власти Пермского края расселят людей, заявил глава региона Дмитрий Махонин.",
			[][2]string{{"Пермского края", "STATE_OR_PROVINCE"}, {"глава региона", "PROFESSION"}, {"Дмитрий Махонин", "PERSON"}},
			[]string{"Дмитрий Махонин WORKS_AS глава региона"}},
		{"(guard) another kind of region", "В Пермском крае возбуждено дело, сообщил министр юстиции республики Иван Петров.",
			[][2]string{{"Пермском крае", "STATE_OR_PROVINCE"}, {"министр юстиции республики", "PROFESSION"}, {"Иван Петров", "PERSON"}},
			[]string{"Иван Петров WORKS_AS министр юстиции республики"}},
		// farEmployer (twentieth session, helper biz20): the company named
		// with the kind in the lead, not one named with it later, nor for a
		// new holder
		{"the lead's company, four sentences before",
			"Фармацевтическая компания «Фармстандарт» увеличила выручку. Прибыль снизилась. Заводы работают. Акционеры довольны. Генеральный директор компании Григорий Потапов доволен.",
			[][2]string{{"Фармстандарт", "ORGANIZATION"}, {"Генеральный директор компании", "PROFESSION"}, {"Григорий Потапов", "PERSON"}},
			[]string{"Генеральный директор компании WORKPLACE Фармстандарт", "Григорий Потапов WORKPLACE Фармстандарт",
				"Григорий Потапов WORKS_AS Генеральный директор компании"}},
		{"a company named with the kind after the lead",
			"Сеть выросла. Продажи растут. Магазины открыты. Позже компания «Альфа» купила сеть. Рынок рос. Цены росли. Генеральный директор компании Иван Петров доволен.",
			[][2]string{{"Альфа", "ORGANIZATION"}, {"Генеральный директор компании", "PROFESSION"}, {"Иван Петров", "PERSON"}},
			[]string{"Иван Петров WORKS_AS Генеральный директор компании"}},
		// twenty-fourth session (helper rel24): the kind noun right after
		// the post, which the recognizer left out of it; «предприятие» for
		// a company named as one when no plant is named
		{"a kind noun right after the post", "Банк «Восток» лишился лицензии. Полиция задержала бывшего председателя правления банка Сергея Пахомова.",
			[][2]string{{"Восток", "ORGANIZATION"}, {"председателя правления", "PROFESSION"}, {"Сергея Пахомова", "PERSON"}},
			[]string{"Сергея Пахомова WORKPLACE Восток", "Сергея Пахомова WORKS_AS председателя правления", "председателя правления WORKPLACE Восток"}},
		{"(guard) a band is no employer", "Группа «Кино» выпустила альбом. На обложке барабанщик группы Георгий Гурьянов.",
			[][2]string{{"Кино", "ORGANIZATION"}, {"барабанщик", "PROFESSION"}, {"Георгий Гурьянов", "PERSON"}},
			[]string{"Георгий Гурьянов WORKS_AS барабанщик"}},
		{"a company for «предприятие»", "Компания «Микрон» нарастила выпуск. Об этом сообщила генеральный директор предприятия Гульнара Хасьянова.",
			[][2]string{{"Микрон", "ORGANIZATION"}, {"генеральный директор предприятия", "PROFESSION"}, {"Гульнара Хасьянова", "PERSON"}},
			[]string{"Гульнара Хасьянова WORKPLACE Микрон", "Гульнара Хасьянова WORKS_AS генеральный директор предприятия", "генеральный директор предприятия WORKPLACE Микрон"}},
		{"(guard) a company by its legal form only, for «предприятие»", "В собственности МНКТ находится ООО «ТНГК». Пост генерального директора предприятия занимал Раис Ханнанов.",
			[][2]string{{"ТНГК", "ORGANIZATION"}, {"генерального директора предприятия", "PROFESSION"}, {"Раис Ханнанов", "PERSON"}},
			[]string{"Раис Ханнанов WORKS_AS генерального директора предприятия"}},
		// twenty-fourth session (helper rel24b): «группы» in a business post
		// for the company when no group is named
		{"a company's group for a business post",
			"Новолипецкий металлургический комбинат увеличил выплавку. Продажи группы выросли. Президент группы Григорий Федоришин доволен.",
			[][2]string{{"Новолипецкий металлургический комбинат", "ORGANIZATION"}, {"Президент группы", "PROFESSION"}, {"Григорий Федоришин", "PERSON"}},
			[]string{"Григорий Федоришин WORKPLACE Новолипецкий металлургический комбинат", "Григорий Федоришин WORKS_AS Президент группы",
				"Президент группы WORKPLACE Новолипецкий металлургический комбинат"}},
		{"(guard) a band's member is no business post",
			"Новолипецкий металлургический комбинат увеличил выплавку. Вокалист группы Иван Петров доволен.",
			[][2]string{{"Новолипецкий металлургический комбинат", "ORGANIZATION"}, {"Вокалист группы", "PROFESSION"}, {"Иван Петров", "PERSON"}},
			[]string{"Иван Петров WORKS_AS Вокалист группы"}},
		{"(guard) no business named",
			"Фонд «Вера» помог детям. Президент группы Олег Сидоров доволен.",
			[][2]string{{"Вера", "ORGANIZATION"}, {"Президент группы", "PROFESSION"}, {"Олег Сидоров", "PERSON"}},
			[]string{"Олег Сидоров WORKS_AS Президент группы"}},
		{"a new holder's post",
			"Компания «Альфа» выросла. Продажи растут. Магазины открыты. Рынок рос. Нового директора компании Ивана Петрова представят.",
			[][2]string{{"Альфа", "ORGANIZATION"}, {"директора компании", "PROFESSION"}, {"Ивана Петрова", "PERSON"}},
			[]string{"Ивана Петрова WORKS_AS директора компании"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.ms...)
			base := fixed{{Type: "WORKS_AS", Head: 2, Tail: 1}}
			got := facts(Employers{Base: base}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestFarPosts(t *testing.T) {
	text := "На встрече с главой Удмуртии присутствовал генеральный директор Фанил Зиятдинов, глава Удмуртии Иван Петров. Председателем жюри стал режиссер Павел Лунгин."
	ms := mentionsIn(t, text,
		[2]string{"главой Удмуртии", "PROFESSION"},
		[2]string{"генеральный директор", "PROFESSION"},
		[2]string{"Фанил Зиятдинов", "PERSON"},
		[2]string{"глава Удмуртии", "PROFESSION"},
		[2]string{"Иван Петров", "PERSON"},
		[2]string{"Председателем жюри", "PROFESSION"},
		[2]string{"режиссер", "PROFESSION"},
		[2]string{"Павел Лунгин", "PERSON"},
	)
	base := fixed{{Type: "WORKS_AS", Head: 2, Tail: 0}, {Type: "WORKS_AS", Head: 2, Tail: 1}, {Type: "WORKS_AS", Head: 4, Tail: 3}, {Type: "WORKS_AS", Head: 7, Tail: 5}, {Type: "WORKS_AS", Head: 7, Tail: 6}}
	sents := tokenize.Split(text)
	got := facts(farPosts(base, ms, func() *patternContext { return newPatternContext(sents, ms) }), ms)
	// the predicate of «стал» is the subject's post, his own before him too
	want := []string{"Иван Петров WORKS_AS глава Удмуртии", "Павел Лунгин WORKS_AS Председателем жюри", "Павел Лунгин WORKS_AS режиссер", "Фанил Зиятдинов WORKS_AS генеральный директор"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestNestedPosts(t *testing.T) {
	text := "Суд арестовал заместителя министра обороны Тимура Иванова."
	ms := mentionsIn(t, text,
		[2]string{"заместителя министра обороны", "PROFESSION"},
		[2]string{"министра обороны", "PROFESSION"},
		[2]string{"Тимура Иванова", "PERSON"},
	)
	base := fixed{{Type: "WORKS_AS", Head: 2, Tail: 0}, {Type: "WORKS_AS", Head: 2, Tail: 1}, {Type: "SUBORDINATE_OF", Head: 0, Tail: 1}}
	got := facts(Employers{Base: base}.Extract([]rune(text), tokenize.Split(text), ms), ms)
	want := []string{"Тимура Иванова WORKS_AS заместителя министра обороны", "заместителя министра обороны SUBORDINATE_OF министра обороны"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// a post at the start of the longer one
	text = "Документ подписал генеральный директор «Рособоронэкспорта» Александр Михеев."
	ms = mentionsIn(t, text,
		[2]string{"генеральный директор «Рособоронэкспорта»", "PROFESSION"},
		[2]string{"генеральный директор", "PROFESSION"},
		[2]string{"Александр Михеев", "PERSON"},
	)
	base = fixed{{Type: "WORKS_AS", Head: 2, Tail: 0}, {Type: "WORKS_AS", Head: 2, Tail: 1}}
	got = facts(nestedPosts(base, ms), ms)
	want = []string{"Александр Михеев WORKS_AS генеральный директор «Рособоронэкспорта»"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// FuzzPatterns runs the rules over arbitrary text and mention spans: they
// must never panic nor return indexes out of range.
func FuzzPatterns(f *testing.F) {
	f.Add("На «Куполе» производятся комплексы «Тор-М2». Это предприятие входит в концерн «Алмаз-Антей».", 3, 9, 35, 41, 80, 91)
	f.Add("", 0, 0, 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1, c0, c1 int) {
		ms := []doc.Mention{
			{Span: doc.Span{Start: a0, End: a1}, Type: "ORGANIZATION"},
			{Span: doc.Span{Start: b0, End: b1}, Type: "PRODUCT"},
			{Span: doc.Span{Start: c0, End: c1}, Type: "ORGANIZATION"},
		}
		x := Employers{Base: Union{Patterns{}, fixed{{Type: "WORKS_AS", Head: 0, Tail: 2}}}}
		for _, r := range x.Extract([]rune(text), tokenize.Split(text), ms) {
			if r.Head < 0 || r.Head >= len(ms) || r.Tail < 0 || r.Tail >= len(ms) {
				t.Fatalf("relation %+v out of range", r)
			}
		}
	})
}

func TestNationalCompany(t *testing.T) {
	tests := []struct {
		name, text string
		ms         [][2]string
		post, who  int
		want       []string
	}{
		{"«российской компании» is the company before with no other country's adjective (rel22b)",
			"«Газпром» и китайская CNPC подписали меморандум, сообщил председатель правления российской компании Алексей Миллер.",
			[][2]string{{"Газпром", "ORGANIZATION"}, {"китайская", "COUNTRY"}, {"китайская CNPC", "ORGANIZATION"}, {"председатель правления российской компании", "PROFESSION"}, {"российской", "COUNTRY"}, {"Алексей Миллер", "PERSON"}},
			3, 5,
			[]string{"Алексей Миллер WORKPLACE Газпром", "Алексей Миллер WORKS_AS председатель правления российской компании",
				"председатель правления российской компании WORKPLACE Газпром"}},
		{"(guard) the only company is of another country: the post's country stays the employer",
			"Китайская CNPC подписала меморандум, сообщил председатель правления российской компании Алексей Миллер.",
			[][2]string{{"Китайская", "COUNTRY"}, {"CNPC", "ORGANIZATION"}, {"председатель правления российской компании", "PROFESSION"}, {"российской", "COUNTRY"}, {"Алексей Миллер", "PERSON"}},
			2, 4,
			[]string{"Алексей Миллер WORKPLACE российской", "Алексей Миллер WORKS_AS председатель правления российской компании",
				"председатель правления российской компании WORKPLACE российской"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.ms...)
			base := fixed{{Type: "WORKS_AS", Head: tt.who, Tail: tt.post}}
			got := facts(Employers{Base: base}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestFarEmployerDateline: a post's kind noun refers to the organization
// the lead names with that kind before its genitive complement, the lead
// being the sentence after a dateline of its own (rel23); with a verb
// between the kind and the name («Компании принадлежит также завод
// „Биолек“»), the name is not the kind's.
func TestFarEmployerDateline(t *testing.T) {
	for _, tc := range []struct {
		text string
		ms   [][2]string
		want []string
	}{
		{"Комплексы получены. МОСКВА, 14 марта. Армия получила комплексы, разработанные концерном воздушно-космической обороны «Алмаз-Антей». Об этом сообщили военные. Они довольны. Генеральный директор концерна Ян Новиков выступил.",
			[][2]string{{"Алмаз-Антей", "ORGANIZATION"}, {"Генеральный директор концерна", "PROFESSION"}, {"Ян Новиков", "PERSON"}},
			[]string{"Ян Новиков WORKPLACE Алмаз-Антей", "Ян Новиков WORKS_AS Генеральный директор концерна", "Генеральный директор концерна WORKPLACE Алмаз-Антей"}},
		{"Компании принадлежит также завод «Биолек». Он работает. Продажи растут. Цены тоже. Генеральный директор компании Григорий Потапов выступил.",
			[][2]string{{"Биолек", "ORGANIZATION"}, {"Генеральный директор компании", "PROFESSION"}, {"Григорий Потапов", "PERSON"}},
			[]string{"Григорий Потапов WORKS_AS Генеральный директор компании"}},
	} {
		ms := mentionsIn(t, tc.text, tc.ms...)
		base := fixed{{Type: "WORKS_AS", Head: 2, Tail: 1}}
		got := facts(Employers{Base: base}.Extract([]rune(tc.text), tokenize.Split(tc.text), ms), ms)
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.text[:40], got, want)
		}
	}
}

// TestKindAfterStateBank: a post whose kind noun follows it goes to the
// bank named with that kind, not to a state's bank named after it (the
// regulator: a country inside its name), which it takes only when it is
// the one bank named (twenty-fourth session, helper rel24).
func TestKindAfterStateBank(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Лицензия АО «Сибирский банк» отозвана Банком России. Задержан бывший председатель правления банка Сергей Гурьев.", "Сергей Гурьев WORKPLACE Сибирский банк"},
		{"Банк России повысил ставку. Об этом сообщил первый заместитель председателя банка Сергей Гурьев.", "Сергей Гурьев WORKPLACE Банком России"},
	} {
		var ms []doc.Mention
		if strings.Contains(tt.text, "Сибирский") {
			ms = mentionsIn(t, tt.text, [2]string{"Сибирский банк", "ORGANIZATION"}, [2]string{"Банком России", "ORGANIZATION"}, [2]string{"России", "COUNTRY"},
				[2]string{"председатель правления", "PROFESSION"}, [2]string{"Сергей Гурьев", "PERSON"})
		} else {
			ms = mentionsIn(t, tt.text, [2]string{"Банк России", "ORGANIZATION"}, [2]string{"России", "COUNTRY"},
				[2]string{"первый заместитель председателя", "PROFESSION"}, [2]string{"Сергей Гурьев", "PERSON"})
			tt.want = strings.Replace(tt.want, "Банком России", "Банк России", 1)
		}
		base := fixed{{Type: "WORKS_AS", Head: len(ms) - 1, Tail: len(ms) - 2}}
		got := facts(Employers{Base: base}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
