// Package refine corrects the mentions that a statistical recognizer
// returns, with rules of Russian grammar for what a tagger trained on a few
// hundred documents misses on rare names:
//
//   - an organization's name does not end in an adjective: a span that stops
//     after «Государственного военно-промышленного» runs on to the noun the
//     adjectives agree with («… комитета»);
//   - a mention that opens a «guillemet» closes it;
//   - a name in «guillemets» after a kind of organization («завода „Купол“»)
//     that the recognizer left out is an organization, after a kind of work,
//     event or award («фильм „Цирк“», «премии „Ника“») a work of art, an
//     event or an award;
//   - a name in Latin letters after a kind of organization («компании
//     Monsanto») is an organization (added, with its other occurrences,
//     when the recognizer left it out), a name after a kind of natural place
//     («реке Эльба») a LOCATION, after a kind of region («графство
//     Эссекс») a STATE_OR_PROVINCE, and so are its other mentions in the
//     document;
//   - a name in quotes takes the kind of thing the noun before it names:
//     «комплексы малой дальности „Тор-М2“», «ЗРК „Оса-АКМ“» and «боеприпасов
//     серии „Ланцет“» are products, whatever the tagger said (see
//     productHeads);
//   - a compound adjective of two peoples («российско-белорусской»,
//     «украинско-турецких») is not a place: NEREL train tags none of its 19 as
//     one;
//   - capitalized adjectives and a kind of organization before a quoted name
//     are its full name («Ижевского электромеханического завода „Купол“»),
//     and a post that ends inside an organization's name runs on to its end;
//   - a model code («Су-35», «Т-90М») is a product, not a number or a date;
//   - a range of days is one date («9–10 сентября 2023 года»);
//   - the names of diseases are DISEASE («коронавирус», «COVID-19»);
//   - a part or clause number before a reference to a law is a longer
//     reference too («части 1 статьи 235»);
//   - a deputy's post runs over the post he is deputy to («заместитель
//     председателя правительства»);
//   - a one-word post that names a thing («экскаваторы») is no post;
//   - capitalized adjectives and a kind of organization with no quotes
//     are an organization's name («Харбинский военно-инженерный колледж»);
//   - an institution followed by a place name has the longer name too
//     («комитета» + «Республики Беларусь»);
//   - a word the dictionary knows only as a place name is not a person;
//   - a place in a domain name («кремль.рф», «в зоне .РФ») is none;
//   - a post made of an adjective and a place name («официальный Минск») is
//     the place alone;
//   - a mention does not hold the prefix «экс-» nor a date the dot of «г.»,
//     which the tokenizer keeps in the word but NEREL leaves out;
//   - «закон о …» is a law, «до трёх лет лишения свободы» one penalty,
//     «23-летний срок» a date and «110-ю» an ordinal;
//   - quoted names listed after a kind noun's quoted name take its type
//     («кинотеатрах „Звезда“, „Космос“ и „Юность“»);
//   - a person does not end in a number («Нисипяну 1:0»);
//   - a post followed by its employer is a longer post too («послом
//     Японии»);
//   - a capitalized name that opens with a kind of building («Дворец
//     Независимости», «Собор Парижской Богоматери») is a FACILITY;
//   - an organization in lower case needs a word of a body or a group
//     («высшего образования» of a minister's post is none), and one in lower
//     case up to a post noun is a post («командующим ВВС»);
//   - a person does not run two persons together («Степанова Сергея
//     Дубовицкого») nor a post's country into a name («Барбадоса Миа Моттли»);
//   - a quoted name repeated, an acronym with its place («МИД Индии»), an
//     international body («БРИКС») and a body of Moscow («Мосбиржа») are
//     organizations, a whole quoted name no place («„Россия“ и „Победа“»);
//   - a capitalized adjective and a noun of a natural place are one LOCATION
//     («Курильские острова»), and a capitalized word no mention covers after
//     such a noun is one («реки Славянки»);
//   - a person listed between countries is a country («Чили • Коста Рика •
//     Эквадор»), one «в» places before a bracketed country a city, one in the
//     nominative after a noun of a place that place («районе Тоттенхэм»);
//   - a time in digits opens no name («09:17 Куниц»), and a Latin gloss in
//     brackets after a place or a product is its name;
//   - the persons of a route of two stops after a pipeline's or route's
//     noun are cities («нефтепровода Бургас - Александруполис»);
//   - the year after a hyphen in a name is a DATE of its own («ЧМ-2018»,
//     «COVID-19»), a one-word compound of a hall or a square a FACILITY
//     («Карнеги-холле», «Таймс-Сквер»), a person after «в» and a country's
//     adjective a city («в армянском Гаваре»), a name after «земли» in
//     apposition a state («земли Гессен»), «в 24 года» an age;
//   - a person does not open with a place of the text («Гессен Фолькер
//     Буфье») nor a monarch's title («Император Акихито»), nor repeat its
//     surname («Максим Дадашев Дадашев»);
//   - the bare name of an event written with its year elsewhere is an event
//     («ЕГЭ» of «ЕГЭ-2013»), quoted names listed after a colon or «, как»
//     take the type of the plural kind noun before it («кинотеатрах городской
//     сети „Москино“: „Полёт“, „Молодёжный“»), «в отставке» is no event, a name
//     headed by a contest's noun is an event («Конкурса имени Чайковского»),
//     and an ordinal, adjectives and a crew's noun are an organization («13-й
//     долговременной экспедиции»);
//   - a crime's stage is part of the CRIME («соучастие в убийстве»), the
//     name of an article in parentheses after it a CRIME («статьи 104
//     (убийство)»), a code's acronym with its country a LAW («КоАП РФ»), a
//     fine with its amount a PENALTY («штраф в 5000 рублей»), a part of the
//     day with the date after it a TIME («утром в понедельник»), and
//     «памятник» with the person it is to a FACILITY («памятник Владимиру
//     Зворыкину»), an award with its giver an AWARD («Золотых мячей
//     ФИФА»), a direction with its place a LOCATION («юго-востоке
//     Польши»).
//
// The rules only touch mentions of the types they name and leave the others
// as they are; docs/ner.md lists them with their effect on the dev scores.
package refine

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/formcache"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// Refiner applies the rules with a morphological dictionary.
type Refiner struct {
	A *morph.Analyzer
	// forms remembers the facts of word forms (formFacts): the rules ask
	// them of the same words again and again (several dozen calls per
	// document), and the analyzer's own cache copies the parses at every
	// call.
	forms *formcache.Cache[*formFacts]
	// view is the document's view (docView) in the copy that Refine makes
	// for the rules of one document, nil in the shared Refiner.
	view *docView
}

// nounCacheMax bounds the word forms of the forms cache (two generations).
const nounCacheMax = 1 << 14

// New returns a Refiner over the embedded dictionary.
func New() (*Refiner, error) {
	a, err := morph.Default()
	if err != nil {
		return nil, err
	}
	return &Refiner{A: a, forms: formcache.New[*formFacts](nounCacheMax)}, nil
}

// maxHeadDistance bounds the words between a product noun and the quoted
// name it introduces («комплексы малой дальности „Тор-М2“»: two).
const maxHeadDistance = 3

// productHeads are the lemmas of nouns that introduce a product's name in
// quotes: weapons, vehicles, craft, devices, drugs, software. Lower case; ё
// written е.
var productHeads = map[string]bool{
	// weapons and military equipment
	"комплекс": true, "зрк": true, "зрпк": true, "зрс": true, "птрк": true, "ракета": true, "боеприпас": true,
	"танк": true, "бтр": true, "бмп": true, "бронетранспортер": true, "бронеавтомобиль": true, "гаубица": true,
	"миномет": true, "пулемет": true, "автомат": true, "винтовка": true, "пистолет": true, "снаряд": true,
	"торпеда": true, "бомба": true, "мина": true, "радиолокатор": true, "рлс": true,
	// aircraft, drones, ships, spacecraft
	"самолет": true, "вертолет": true, "истребитель": true, "бомбардировщик": true, "штурмовик": true,
	"беспилотник": true, "бпла": true, "бла": true, "дрон": true, "лайнер": true, "авиалайнер": true,
	"корабль": true, "крейсер": true, "фрегат": true, "корвет": true, "эсминец": true, "подлодка": true,
	"ледокол": true, "лодка": true, "спутник": true, "ракетоносец": true, "космоплан": true,
	// merchant ships («танкера „Марина“», read as a person; NEREL train's one
	// such name, «теплоход „Булгария“», is a PRODUCT five times of five)
	"танкер": true, "судно": true, "теплоход": true, "сухогруз": true, "траулер": true, "балкер": true,
	"газовоз": true, "контейнеровоз": true, "лесовоз": true, "буксир": true, "пароход": true, "баржа": true,
	// vehicles and devices
	"автомобиль": true, "внедорожник": true, "электромобиль": true, "седан": true, "грузовик": true,
	"трактор": true, "комбайн": true, "автобус": true, "электробус": true, "троллейбус": true, "трамвай": true,
	"вагон": true, "локомотив": true, "электровоз": true, "тепловоз": true, "электропоезд": true, "поезд": true,
	"смартфон": true, "планшет": true, "ноутбук": true, "процессор": true, "приставка": true,
	"реактор": true, "двигатель": true, "турбина": true,
	// space probes and instruments: телескопом «Спектр-РГ», зонд «Луна-25»,
	// прибор «ЛЕНД» (science22; NEREL has no name after them)
	"телескоп": true, "зонд": true, "прибор": true, "луноход": true, "марсоход": true, "спектрометр": true,
	// drugs and software; trademarks and brands («под торговыми марками
	// „Раундап“, „Глифор“»: NEREL dev tags such a list PRODUCT, train has
	// no quoted name after them)
	"препарат": true, "вакцина": true, "марка": true, "бренд": true, "лекарство": true, "антивирус": true, "браузер": true, "мессенджер": true,
}

// orgHeads are the lemmas of nouns (and legal-form acronyms) that introduce
// an organization's name in quotes: in NEREL train the name after them is an
// ORGANIZATION (партии 33 of 33, газета 12 of 13, клуба 12 of 13, …).
// «агенство» is the common misspelling of «агентство» («агенству
// France-Presse»), whose forms the dictionary guesses with that lemma.
var orgHeads = map[string]bool{
	"партия": true, "движение": true, "клуб": true, "группа": true, "компания": true, "корпорация": true,
	"холдинг": true, "концерн": true, "завод": true, "предприятие": true, "фабрика": true, "комбинат": true,
	"банк": true, "фирма": true, "агентство": true, "агенство": true, "организация": true, "объединение": true, "фонд": true,
	"газета": true, "телеканал": true, "радиостанция": true, "издательство": true, "ассоциация": true,
	// schools and orchestras: лицея «Вторая школа», оркестр «Виртуозы
	// Москвы» (NEREL v1.1 train: лицея 1 of 1, училища 1 of 1, оркестра 1
	// of 1 ORGANIZATION; not «команда», after which a Latin team name is
	// read as its city: «команды Chicago Bulls»)
	"лицей": true, "гимназия": true, "училище": true, "колледж": true, "оркестр": true,
	"оао": true, "зао": true, "пао": true, "ооо": true, "ао": true, "гуп": true, "фгуп": true, "нко": true,
}

// workHeads are the lemmas of nouns that introduce the name of a work in
// quotes: in NEREL train the quoted name right after them is a WORK_OF_ART
// in 98 of 99 cases (фильма «Список Шиндлера» 47, сериала 13, спектакле 9,
// романа 8, картина 8, песню 6, …; the other is the festival «КРОК» after
// «фильмов»).
var workHeads = map[string]bool{
	"фильм": true, "кинофильм": true, "мультфильм": true, "сериал": true, "альбом": true, "песня": true,
	"роман": true, "книга": true, "повесть": true, "рассказ": true, "спектакль": true, "картина": true,
	"трек": true, "сингл": true, "произведение": true, "опера": true, "балет": true, "пьеса": true,
	"стихотворение": true, "поэма": true, "клип": true, "симфония": true, "мюзикл": true,
	// shows, screen genres and pieces: шоу «Голос», телесериале «Моя
	// прекрасная няня», комедии «Друзья», триллер «Внутренняя империя»,
	// передачи «Вокруг смеха», киноленте «Алёнка», сочинениями «Строфы»
	// (NEREL train 13 of 13, dev 6 of 6 WORK_OF_ART)
	"шоу": true, "телешоу": true, "телесериал": true, "мультсериал": true, "телефильм": true, "кинолента": true,
	"комедия": true, "драма": true, "мелодрама": true, "триллер": true, "передача": true, "телепередача": true,
	"сочинение": true,
	// records: пластинку «…», сборник «…» (NEREL v1.1 train: сборника 1
	// of 1 WORK_OF_ART)
	"пластинка": true, "сборник": true,
	// pictures: фотографии «Поцелуй на Таймс-Сквер», снимок «…», иконы
	// «Рождество Христово» (NEREL train 1 of 1, dev 2 of 2 WORK_OF_ART;
	// «лента» stays out, a news feed's as often as a film's)
	"кинокартина": true, "фотография": true, "фотоснимок": true, "снимок": true, "икона": true,
	"полотно": true, "фреска": true,
}

// eventHeads are the lemmas of nouns that introduce the name of an event
// in quotes: in NEREL train the quoted name right after them is an EVENT
// in 34 of 39 cases (выставка 9 of 10, конкурс 9 of 10, кинофестиваль 5
// of 5, операция 3 of 4, турнир 3 of 5, …; конференция 2 of 2).
var eventHeads = map[string]bool{
	"фестиваль": true, "кинофестиваль": true, "конкурс": true, "выставка": true, "турнир": true,
	"форум": true, "акция": true, "операция": true, "конференция": true,
}

// drillForms are the plural forms of «учения», military exercises, whose
// quoted name is an EVENT («учения „Быстрый Трезубец-2017“»); the singular
// «учение» is a doctrine.
var drillForms = map[string]bool{"учения": true, "учений": true, "учениям": true, "учениями": true, "учениях": true}

// awardHeads are the lemmas of nouns that introduce the name of an award
// in quotes: in NEREL train the quoted name right after them is an AWARD in
// 49 of 52 cases (премии «Оскар» 24 of 26, ордена «За заслуги перед
// Отечеством» 19 of 19, …).
var awardHeads = map[string]bool{"премия": true, "орден": true, "медаль": true, "награда": true, "звание": true}

// facilityHeads are the lemmas of nouns that introduce the name of a
// building, a station or a ground in quotes: in NEREL train the quoted name
// right after them is a FACILITY in 25 of 26 cases (метро 10 of 10,
// стадион 6 of 7, отель 3 of 3, станция 2 of 2, …). Power plants and
// spaceports (АЭС «Аккую», космодром «Восточный») are FACILITY there too,
// and so are mines and pipelines here (рудник «Скалистый», газопровод
// «Сила Сибири»; NEREL has none quoted).
var facilityHeads = map[string]bool{"стадион": true, "станция": true, "метро": true, "отель": true, "гостиница": true,
	"кинотеатр": true, "аэропорт": true, "вокзал": true, "больница": true, "госпиталь": true, "арена": true,
	"аэс": true, "гэс": true, "тэц": true, "электростанция": true, "космодром": true,
	"рудник": true, "шахта": true, "карьер": true, "газопровод": true, "нефтепровод": true, "трубопровод": true,
	"терминал": true,
	// halls: в концертном зале «Крокус Сити Холл» (NEREL has none quoted)
	"зал": true,
	// storages and border posts: хранилища «Подлесный», на заставе
	// «Арканкерген» (NEREL dev 2 of 2), на посту "Арканкерген" (dev 1 of
	// 1; train has no quoted name after «пост»)
	"хранилище": true, "застава": true, "пост": true}

// quotedKind returns the type of a quoted name right after a noun with
// the given lemmas (workHeads, eventHeads, awardHeads, facilityHeads), or "".
func quotedKind(lemmas []string) string {
	switch {
	case anyIn(lemmas, workHeads):
		return "WORK_OF_ART"
	case anyIn(lemmas, eventHeads):
		return "EVENT"
	case anyIn(lemmas, awardHeads):
		return "AWARD"
	case anyIn(lemmas, facilityHeads):
		return "FACILITY"
	}
	return ""
}

// codeAfterProduct makes an ORGANIZATION (or a PERSON: «турбины
// ГТД-110М»; or a FACILITY: «вертолетов Ми-28НМ») that is one model code
// right after a product noun a PRODUCT («вертолеты Ми-171Ш»; modelCodes
// retypes numbers and dates only, as NEREL has organizations and
// facilities so named: ТВ-3, «станция „Салют-7“»).
//
// A one-word name listed after such a code under the one product noun is
// a PRODUCT too, as a quoted one is (listedAfterCode): «вертолетов
// Ми-8АМТШ и Ансат», the model's name read as its maker's.
func (r *Refiner) codeAfterProduct(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" && m.Type != "PERSON" && m.Type != "FACILITY" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 1 {
		return m
	}
	if modelCode(m.Text) && r.productHead(toks[first-1].Text) || first == last && r.listedAfterCode(toks, first-1) {
		m.Type = "PRODUCT"
	}
	return m
}

// chainHeads are nouns that stand between a product noun and the name
// without changing its kind (боеприпасов серии «Ланцет»).
var chainHeads = map[string]bool{"серия": true, "модель": true, "модификация": true, "семейство": true, "линейка": true, "тип": true, "марка": true}

// retypable are the types a quoted name of a product or an organization is
// wrongly given.
var retypable = map[string]bool{"ORGANIZATION": true, "WORK_OF_ART": true, "AWARD": true, "EVENT": true, "FACILITY": true, "PRODUCT": true, "PERSON": true,
	"NUMBER": true, "DATE": true}

// Refine returns the mentions with the rules applied; ms is not changed.
// Mentions that become duplicates of another (same span and type) are
// dropped. A mention whose span is empty or lies outside text (which no
// recognizer gives, but a caller may) is returned as it is, and the rules
// never see it: they may index text by any mention they are given.
func (r *Refiner) Refine(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !slices.ContainsFunc(ms, func(m doc.Mention) bool { return !m.Within(len(text)) }) {
		return r.refine(text, sents, ms)
	}
	var in, outside []doc.Mention
	for _, m := range ms {
		if m.Within(len(text)) {
			in = append(in, m)
		} else {
			outside = append(outside, m)
		}
	}
	return append(r.refine(text, sents, in), outside...)
}

// refine is Refine of mentions that all lie within text.
func (r *Refiner) refine(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	r = r.forDocument(sents)
	defer r.release()
	out := make([]doc.Mention, 0, len(ms))
	seen := make(map[doc.Mention]bool, len(ms))
	ms = r.premieres(text, sents, ms) // (before quotedOrganizations, which would type the title after the post's «премьера»)
	ms = r.quotedOrganizations(text, sents, ms)
	ms = r.latinOrganizations(text, sents, ms)
	ms = latinRuns(text, sents, ms)
	ms = latinHeadNames(text, sents, ms)
	ms = hyphenOrganizations(text, ms)
	ms = r.reportedSources(text, sents, ms)
	ms = r.quotedEmployers(text, sents, ms)
	ms = r.centreNames(text, sents, ms)
	ms = r.articleSources(text, sents, ms)
	ms = latinLists(text, ms)
	ms = brandServices(text, ms)
	ms = uncoveredBodies(text, sents, ms)
	ms = r.ordinalChannels(text, sents, ms)
	ms = boardNames(text, sents, ms)
	ms = r.legalFormNames(text, sents, ms)
	ms = r.teamNames(text, sents, ms)
	ms = r.leagueNames(text, sents, ms)
	ms = r.federationNames(text, sents, ms)
	ms = r.listedOrganizations(text, sents, ms)
	ms = r.latinKinds(text, sents, ms)
	ms = r.latinWorks(text, sents, ms)
	ms = r.latinCompanies(text, sents, ms)
	ms = r.celestialBodies(text, sents, ms)
	ms = r.naturalNames(text, sents, ms)
	ms = r.unnamedNature(text, sents, ms)
	ms = r.namedPlaces(text, sents, ms)
	ms = r.settlementRegions(text, sents, ms)
	ms = r.settlementPairs(text, sents, ms)
	ms = r.nounOpenedPersons(text, sents, ms)
	ms = r.plainAdjectiveCities(sents, ms)
	ms = r.postposedSurnames(text, sents, ms)
	ms = r.listedCountries(text, ms)
	ms = r.compoundCountries(text, sents, ms)
	ms = clockNames(text, sents, ms)
	ms = datelinePlaces(text, sents, ms)
	ms = r.datelineCountries(text, sents, ms)
	ms = r.seatRuns(text, sents, ms)
	ms = repeatedSurnames(text, sents, ms)
	ms = r.titledPersons(text, sents, ms)
	ms = r.surnames(text, sents, ms)
	ms = r.honoredCups(text, sents, ms)
	ms = r.placePersons(text, sents, ms)
	ms = particleNames(text, sents, ms)
	ms = r.quotedLists(text, sents, ms)
	ms = listedWorks(text, sents, ms)
	ms = r.colonLists(text, sents, ms)
	ms = r.retailChains(text, sents, ms)
	ms = codeDateTails(text, sents, ms)
	ms = r.verdictTails(text, sents, ms)
	ms = r.constitutionParts(text, sents, ms)
	ms = r.latinCompounds(ms)
	ms = quotedRepeats(text, sents, ms)
	ms = r.quotedTails(text, sents, ms)
	ms = r.organizationRepeats(text, sents, ms)
	ms = r.learnedAdjective(text, sents, ms) // (before kindNames reads «Ученый совет» as a name of its own)
	ms = r.kindNames(text, sents, ms)
	ms = r.quotedOpeners(text, sents, ms) // (after kindNames, which would name «Российская компания» of the name it ends)
	ms = listedAcronymEvents(text, ms)    // (after kindNames, which names the organizations of adjectives and a kind)
	ms = r.titledEvents(text, sents, ms)
	ms = r.adjectiveEvents(text, sents, ms)
	ms = r.namedWars(text, sents, ms)
	ms = r.eventAdjectives(text, sents, ms)
	ms = r.peopleEvents(text, sents, ms)
	ms = r.holidays(text, sents, ms)
	ms = r.teamSports(text, sents, ms)
	ms = r.leftAdjectives(text, sents, ms)
	ms = r.routeCities(sents, ms)
	ms = r.autonomousRegions(text, sents, ms)
	ms = r.placeAdjectives(text, ms)
	ms = r.institutions(text, sents, ms)
	ms = r.aimNames(text, sents, ms)
	ms = r.splitInstitutions(text, sents, ms)
	ms = r.academicNames(text, sents, ms)
	ms = r.nicknamedUniversities(text, sents, ms)
	ms = r.companyAcronyms(sents, ms)
	ms = r.acronymPlaces(text, sents, ms)
	ms = r.placePlants(text, sents, ms)
	ms = r.townAdjectiveOpenings(ms)
	ms = r.weaponKinds(ms)
	ms = r.procurements(ms)
	ms = modelCodes(text, sents, ms)
	ms = dayRanges(text, ms)
	ms = r.coordinatedDates(text, sents, ms)
	ms = r.sharedMonthDays(text, sents, ms)
	ms = titleDates(text, ms)
	ms = acronymNumbers(text, sents, ms)
	ms = r.diseases(text, sents, ms)
	ms = r.namedEraDiseases(sents, ms)
	ms = r.eponyms(text, sents, ms) // (after diseases, which types the disease words it knows)
	ms = r.outbreaks(text, sents, ms)
	ms = nameYears(sents, ms)
	ms = r.contestYears(text, sents, ms)
	ms = r.cityYearGames(text, sents, ms)
	ms = openTournaments(text, sents, ms)
	ms = r.namedGenocides(text, sents, ms)
	ms = yearStemEvents(text, sents, ms)
	ms = facilityWords(sents, ms)
	ms = adjectiveCities(sents, ms)
	ms = splitCities(text, ms)
	ms = articleCodes(text, sents, ms) // (before lawTitles, which runs the article over its title)
	ms = lawTitles(text, ms)           // (before lawParts, which runs the part over the title)
	ms = lawParts(text, sents, ms)
	ms = sectionOrdinals(text, sents, ms)
	ms = r.lawsAbout(text, sents, ms)
	ms = r.unnamedMinistries(text, sents, ms)
	ms = r.inspections(text, sents, ms)
	ms = r.unionPosts(text, sents, ms)
	ms = r.unionEmployers(text, sents, ms)
	ms = r.unnamedCommittees(text, sents, ms)
	ms = r.domainNames(text, sents, ms)
	ms = r.ministryShortNames(text, sents, ms)
	ms = r.electionCommissions(text, sents, ms)
	ms = r.departments(text, sents, ms)
	ms = r.treatyNames(sents, ms)
	ms = r.penaltyKinds(text, sents, ms) // (before penaltyTerms and penaltyAmounts, which run on from it)
	ms = r.penaltyTerms(text, sents, ms)
	ms = r.servedTerms(text, sents, ms)
	ms = penaltyAmounts(text, sents, ms)
	ms = r.penaltyDurations(text, sents, ms)
	ms = r.articleCrimes(text, sents, ms)
	ms = codeCountries(text, ms)
	ms = r.constitutionPlaces(text, sents, ms)
	ms = placeOrdinalTimes(text, sents, ms)
	ms = r.periodDates(text, sents, ms)
	ms = partOfDayTimes(text, sents, ms)
	ms = hourAdjectives(text, sents, ms)
	ms = r.memorialPersons(sents, ms)
	ms = r.memorials(text, sents, ms)
	ms = r.compassPlaces(text, sents, ms)
	ms = r.orderNames(text, sents, ms)
	ms = r.awardIssuers(text, ms)
	ms = r.coordinatedAwards(text, sents, ms) // (after awardIssuers, which runs the second award over its country)
	ms = r.grandPrixAwards(text, sents, ms)
	ms = r.namedDistricts(text, sents, ms)
	ms = deputyPosts(text, sents, ms)
	ms = r.hyphenPeople(text, sents, ms) // (before hyphenKindParts, which keeps the people's noun)
	ms = r.hyphenKindParts(text, ms)
	ms = r.platformParts(text, ms)
	ms = r.symptomDiseases(sents, ms)
	ms = r.organizationOpeners(text, ms)
	ms = r.lexicalMentions(text, sents, ms)
	ms = r.lexicalTypes(ms)
	ms = r.stagedCrimes(text, sents, ms) // (after lexicalMentions, which adds crime words: «подготовку» + «разбоя»)
	ms = r.chargedOffences(text, sents, ms)
	ms = r.learnedAdjective(text, sents, ms) // (again: lexicalMentions adds «учёный» as a post)
	ms = r.initialPairs(text, sents, ms)
	ms = r.headPosts(text, sents, ms)
	ms = r.managerPosts(text, sents, ms) // (before postsWithEmployer, which runs the post over its employer)
	// («Глава Нового банка развития»: headPosts's named organization;
	// «сообщила официальный представитель МИД РФ»; «Управления ООН по
	// координации гуманитарных вопросов»)
	ms = r.headOrganizations(text, sents, ms)
	ms = r.officialPosts(text, sents, ms)
	ms = r.unionTopics(text, sents, ms)
	ms = r.apposedPersons(text, ms) // (before postsWithEmployer runs a post over the employer)
	ms = r.postsWithEmployer(text, ms)
	ms = r.rankedPosts(text, sents, ms)
	ms = r.postTails(text, sents, ms)
	ms = actingPosts(text, ms)
	ms = r.definedAcronyms(sents, ms)
	ms = r.convocations(text, sents, ms)
	ms = r.mottoes(sents, ms)
	ms = r.countedThings(sents, ms)
	ms = scoreNumbers(text, ms)
	ms = r.numberedCrews(text, sents, ms)
	ms = ordinalUnits(text, sents, ms)
	ms = newPlaces(text, sents, ms)
	ms = r.cityHalls(text, sents, ms)
	ms = r.namedAfterPairs(text, sents, ms)
	ms = honoreeNames(text, sents, ms)
	ms = airportNames(text, sents, ms)
	ms = airportVillages(sents, ms)
	ms = r.namedFacilities(text, sents, ms)
	ms = r.spaceportNames(text, sents, ms)
	ms = r.productRepeats(text, sents, ms)
	ms = r.natureWordPlaces(sents, ms)
	ms = r.siteNames(sents, ms)
	ms = r.motionPlaces(sents, ms)
	ms = r.companyTradeNouns(ms)
	ms = r.ombudsmanPosts(text, sents, ms)
	ms = r.secretaryPosts(text, sents, ms)
	ms = cityRepeats(sents, ms)
	ms = r.honoredAwards(text, sents, ms) // (after honoreeNames, which runs «премии имени» over the person)
	ms = r.agencyOpenedPersons(text, sents, ms)
	ms = r.performedWorks(sents, ms)
	ms = r.coordinatedRegions(text, sents, ms)
	ms = r.buildingCentreNames(sents, ms)
	ms = nameRepeats(text, ms)
	ms = acronymRepeats(text, ms)
	ms = acronymOpenings(sents, ms)
	ms = r.bareAcronymOpenings(sents, ms)
	ms = r.actionNounHeads(sents, ms)
	ms = r.adjectiveCutEvents(sents, ms)
	ms = r.institutionPosts(text, sents, ms)
	ms = r.researchNames(text, sents, ms)
	ms = r.launchEvents(text, sents, ms)
	ms = r.definedShortNames(text, sents, ms)
	ms = firstNamePlaces(text, ms)
	ms = r.dashedNames(text, sents, ms)
	ms = r.unionNames(text, sents, ms) // (before orgs are gathered: runOver runs a post over the whole name)
	places := longestPlaces(ms)
	var orgs []doc.Span
	names := personWords(ms)
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && m.Start >= 0 && m.Start < m.End && m.End <= len(text) {
			orgs = append(orgs, m.Span)
		}
	}
	for _, m := range ms {
		if toks := sentenceTokens(sents, m); toks != nil && m.Start >= 0 && m.Start < m.End && m.End <= len(text) {
			if r.compoundAdjective(text, m) || r.placeWithAdjective(toks, m, places) || r.thingAsPost(m, toks) || r.thingAsPlace(m) || inDomainName(text, m) || termAcronym(m) || r.headlessOrganization(toks, m) || kindAcronymInside(m, orgs) || r.timeName(toks, m) || r.adverbPenalty(m) || r.organizationEvent(m) || retiredState(toks, m) || r.monumentAward(m) || quotedLetter(text, m) || r.residentNationality(m) {
				continue
			}
			if m = trimSymbols(text, m); m.Start == m.End {
				continue
			}
			m = exPrefix(text, m)
			m = r.sexPrefix(text, m)
			m = yearDot(text, m)
			m = regnalDot(text, m)
			m = gluedInitial(text, m)
			m = latinDateStart(text, m)
			m = outerQuotes(text, m)
			m = closeQuotes(text, m)
			m = domainEnd(text, m)
			m = forPlaceEnd(text, toks, m, places)
			m = r.conventionLaw(toks, m)
			m = runOver(text, m, orgs)
			m = r.acronymCompany(m)
			m = r.coordinatedAdjectives(text, toks, m)
			m = r.extendAdjectives(text, toks, m)
			m = r.extendPo(text, toks, m, places)
			m = r.poAdjectivesEnd(text, toks, m)
			m = r.danglingPreposition(text, toks, m)
			m = r.bareMinistry(text, toks, m)
			m = r.extendCoordination(text, toks, m, places)
			m = r.productType(text, toks, m)
			m = r.contestEvent(toks, m)
			m = r.conferenceEvent(toks, m)
			m = acronymType(m)
			m = riverCompound(m)
			m = percentAdjective(m)
			m = personEnd(text, toks, m)
			m = r.initialEnd(text, toks, m)
			m = r.initialsSurname(text, toks, m)
			m = letterEnd(text, toks, m)
			m = r.termAge(toks, m)
			m = ageDate(text, m)
			m = r.timeLead(text, toks, m)
			m = verbEnd(text, toks, m)
			m = togetherAge(toks, m)
			m = particlePlace(m)
			m = dativeAge(toks, m)
			m = upToAge(toks, m)
			m = ordinalNumber(m)
			m = documentNumber(text, m)
			m = numericDate(m)
			m = shortMonthDate(text, m)
			m = measureNumber(m)
			m = currencyNumber(m)
			m = r.countedMoney(toks, m)
			m = perUnitEnd(text, m)
			m = r.quantityStart(text, toks, m)
			m = r.adjectivePlace(text, toks, m)
			m = r.lowerAdjectiveStart(text, toks, m)
			m = r.quotedPlace(toks, m)
			m = r.centreName(toks, m)
			m = r.placeType(m, names)
			m = r.obliqueSurnamePlace(toks, m, names)
			m = r.prepositionCity(toks, m, names)
			m = r.placeOpenedOrganization(text, toks, m)
			m = r.regionPerson(toks, m)
			m = r.regionName(toks, m)
			m = r.countryType(m)
			m = r.townAdjectiveType(m)
			m = r.stateAdjective(toks, m)
			m = countryName(text, toks, m)
			m = cityType(m)
			m = r.islandRegion(m)
			m = r.museumName(m)
			m = r.brandProduct(toks, m)
			m = r.productNoun(toks, m)
			m = plusName(text, m)
			m = locativePlace(toks, m)
			m = r.apposedPlace(toks, m)
			m = r.settlementName(toks, m)
			m = courtName(m)
			m = r.republicType(m)
			m = r.regionType(m)
			m = r.macroRegionType(m)
			m = r.agencyType(m)
			m = internationalBody(m)
			m = r.seatType(toks, m)
			m = r.eventName(toks, m)
			m = r.sharesName(toks, m)
			m = r.postOrganization(toks, m)
			m = r.houseName(text, toks, m)
			m = r.companyPerson(m)
			m = r.buildingType(m)
			m = r.quotedKindName(text, m)
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	out = r.numberedEvents(text, sents, out) // (after contestEvent, which makes a contest read as an organization an EVENT)
	out = r.siegeEvents(text, sents, out)    // (after the places have their final types)
	out = placePairOrganizations(text, out)
	out = r.statusLossEvents(text, sents, out)
	out = r.screeningEvents(text, sents, out)
	out = r.countedDetentions(text, sents, out)
	out = r.scheduledDates(sents, out)
	out = r.outbreakNouns(text, sents, out)
	out = r.emergencyLandings(text, sents, out)
	out = r.stormNames(text, sents, out)
	out = r.bareVerbs(text, sents, out)
	out = r.unitsOfBodies(text, sents, out) // (after runOver: a post keeps the unit alone)
	// The document-wide passes below run in this order:
	// (countryPersons after countryName has made the countries of several words)
	// (roadCodes after the per-mention rules, which make a quoted name after a
	// code a product)
	// (streetNames after withPlaces, which finds the town of an adjective)
	// (rulerPosts after stateAdjective has made a country's adjective a COUNTRY)
	// (regionPosts after anchoredTypes has made «Гессен» of «земли Гессен» a state)
	// (apposedCityPersons after them: it reads the posts the rules above made)
	// (latinEmployerPosts after apposedCityPersons: the Latin names are organizations by then)
	// (cityAdjectives last: it reads the CITY mentions all the others typed)
	out = countryPersons(text, out)
	out = r.repeatedPlaces(text, sents, out)
	out = r.anchoredTypes(text, sents, out)
	out = placeOpenedPersons(text, sents, out)
	out = r.withPlaces(text, sents, out)
	out = placeGlosses(text, out)
	out = r.roadCodes(sents, out)
	out = r.quotedRoads(text, sents, out) // (after roadCodes, which types «„Нева“» after a road's code)
	out = r.riverNames(sents, out)
	out = r.metroLines(text, sents, out)
	out = r.aircraftModels(text, sents, out)
	out = r.adjectiveTowns(text, sents, out)
	out = r.monthStreets(text, sents, out)
	out = r.republicAdjectives(sents, out)
	out = r.streetNames(text, sents, out)
	out = r.streetHonorees(text, sents, out)
	out = r.rulerPosts(text, sents, out)
	out = r.localPosts(text, sents, out)
	out = r.hyphenPostHeads(text, out)
	out = r.regionPosts(text, sents, out)
	out = r.postPlacePersons(text, sents, out) // (a town's post, its town, its holder: «мэр Медельина Даниэль Кинтеро»)
	out = r.apposedCityPersons(text, sents, out)
	out = r.latinEmployerPosts(text, sents, out)
	out = r.nicknameTitles(text, sents, out)
	out = r.exPostAides(text, out)
	out = r.regionAdjectiveTowns(text, sents, out)
	out = r.cityAdjectives(text, sents, out)
	out = r.placeQuotedNames(text, sents, out) // (after cityAdjectives, which types the towns' adjectives)
	out = r.allCountryAdjectives(sents, out)
	out = finalLetterNames(text, sents, out)
	out = placeNamedPersons(out)
	out = r.personAdjectives(sents, out)
	out = r.personAges(sents, out)
	out = r.lifeYearDates(text, sents, out)
	out = r.familyOf(text, sents, out)
	out = r.clanOrganizations(text, sents, out)
	out = r.syndicateNames(text, sents, out)
	out = hanGlosses(text, out)
	out = r.macroRegionNames(text, sents, out)
	out = r.regionNouns(out)
	out = r.sportClubProfessions(out)
	out = r.numberedModels(sents, out)
	out = r.powerPlants(text, sents, out)
	out = eventStems(out) // (after numberedModels and the rules that type «МАКС-2025»)
	out = eventAcronyms(out)
	out = r.organizationPersons(out)
	out = r.boardOwners(text, out)
	out = r.organizationRepeats(text, sents, out) // (again: the rules after its first run add organizations, «директор [Малого театра]», whose name came before)
	out = r.nameAdjectivePlaces(sents, out)
	out = r.listedNames(text, sents, out, multiwordCityList)
	out = r.continentAdjectiveStates(sents, out)              // (after allCountryAdjectives, which adds the countries of adjectives)
	out = r.listedNames(text, sents, out, internationalNames) // (after continentAdjectiveStates: with «американских» gone, the name overlaps nothing)
	out = r.railwayNames(text, sents, out)
	out = r.monthDatesInNames(out)
	out = r.courtDistricts(sents, out)      // (after nameAdjectivePlaces, which may nest a CITY of a district's adjective)
	out = r.monthAdjectiveTowns(sents, out) // (after nameAdjectivePlaces, which nests the town of a place's adjective)
	return r.naturePlaces(text, sents, out)
}

// termAcronyms are acronyms of economic and other quantities and terms,
// never names of organizations: «ВВП России» is Russia's GDP, not an
// organization like «МИД России». NEREL train has none of them, so the
// recognizer reads them as organizations' acronyms.
var termAcronyms = map[string]bool{"ВВП": true, "ВНП": true, "ВРП": true, "НДС": true, "НДФЛ": true, "ИПЦ": true, "ЕГЭ": true, "ОГЭ": true,
	"МСФО": true, "РСБУ": true, "IPO": true, "SPO": true, "ESG": true,
	"ИИ": true, "AI": true, // (artificial intelligence: «рынок ИИ в России»)
	"ЧС": true, "ЧП": true} // (an emergency: «режим ЧС», read as an organization; NEREL train and dev have neither)

// termAcronym reports whether m is an ORGANIZATION that starts with one of
// termAcronyms, or a mention of a place that is one of them («по МСФО»,
// accounting standards, read as a district).
func termAcronym(m doc.Mention) bool {
	first, _, _ := strings.Cut(m.Text, " ")
	return termAcronyms[first] && (m.Type == "ORGANIZATION" || isPlaceType(m.Type) && first == m.Text)
}

// yearDot ends a DATE that ends in the abbreviation «г.» or «гг.» (год,
// годы) before its dot: «в 2008г.» → «в 2008г». The tokenizer keeps the dot
// with the abbreviation, so the recognizer's spans hold it, but NEREL train
// leaves it out of 116 of the 124 dates that end so.
func yearDot(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "DATE" || m.End-m.Start < 3 || text[m.End-1] != '.' {
		return m
	}
	i := m.End - 1
	for i > m.Start && (text[i-1] == 'г' || text[i-1] == 'Г') {
		i--
	}
	if n := m.End - 1 - i; n < 1 || n > 2 || i == m.Start || !(unicode.IsDigit(text[i-1]) || unicode.IsSpace(text[i-1]) || text[i-1] == '-') {
		return m
	}
	m.End--
	m.Text = string(text[m.Start:m.End])
	return m
}

// edgeSymbols are the characters a mention neither starts nor ends with:
// NEREL train has no entity that does, while the recognizer runs over the
// slashes of a news agency's byline («/РИА Новости/»).
const edgeSymbols = "/\\|—–:;•·"

// trimSymbols moves a mention's bounds inside the edgeSymbols and spaces at
// its edges. A mention of symbols alone comes back empty.
func trimSymbols(text []rune, m doc.Mention) doc.Mention {
	start, end := m.Start, m.End
	for start < end && (strings.ContainsRune(edgeSymbols, text[start]) || unicode.IsSpace(text[start])) {
		start++
	}
	for end > start && (strings.ContainsRune(edgeSymbols, text[end-1]) || unicode.IsSpace(text[end-1])) {
		end--
	}
	if start != m.Start || end != m.End {
		m.Start, m.End = start, end
		m.Text = string(text[start:end])
	}
	return m
}

// exPrefix starts a mention that begins with «экс-» after the prefix:
// «экс-президента» → «президента». The tokenizer keeps the word whole, so
// the recognizer's spans hold the prefix, but NEREL tags the post alone: in
// train, 66 of the 69 words «экс-…» that an entity starts in (PROFESSION,
// AWARD «экс-чемпион») have it start after the hyphen (two more at the
// hyphen, one at the word).
func exPrefix(text []rune, m doc.Mention) doc.Mention {
	// (э folds with Э alone: the first letter tells most mentions, without
	// the string)
	if m.End-m.Start > 4 && (text[m.Start] == 'э' || text[m.Start] == 'Э') && strings.EqualFold(string(text[m.Start:m.Start+4]), "экс-") {
		m.Start += 4
		m.Text = string(text[m.Start:m.End])
	}
	return m
}

// placeHeads are the lemmas of the institution nouns after which a place
// name belongs to the organization's name: those of poHeads, courts and
// prosecutors' offices.
var placeHeads = map[string]bool{"суд": true, "прокуратура": true}

// bodyPlaceHeads are the lemmas of the common nouns of a state's bodies
// that, right before a place name, make with it an organization's name
// whether or not the recognizer found the noun alone: «полицию
// Калифорнии», «парламента Словении», «правительства Ингушетии». In NEREL
// v1.1 train the noun and a place named after it make an ORGANIZATION in
// 54 of the 58 such pairs (правительство 34 of 38, парламент 12 of 12,
// полиция 8 of 8). «власти» is left out: train has «власти США» so in 11
// of 17 pairs, but none of the 5 the recognizer leaves.
var bodyPlaceHeads = map[string]bool{"полиция": true, "милиция": true, "правительство": true, "парламент": true}

// withPlaces adds, for each organization that ends in an institution noun
// (poHeads, placeHeads), or opens with one of poHeads and holds «по»
// («Агентство по охране окружающей среды» + «США»; twelfth session), and
// is followed after a space by a place name, the
// organization with the place: «Государственного военно-промышленного
// комитета» + «Республики Беларусь», «Следственный комитет» + «Белоруссии».
// NEREL tags both the organization and the longer name in 62 of the 68
// such pairs of its train set. Any organization ending in a lower-case
// word takes a capitalized place after it too (bodyBeforePlace; fifteenth
// session: «Национальной футбольной лиги» + «США», «Законодательного
// собрания» + «Кировской области»): on NEREL train the recognizer leaves 6
// such pairs apart, 4 of them one organization in gold; on dev 2 of 2. A
// body noun of bodyPlaceHeads before a place makes the organization with it
// even when the recognizer found no organization there («полицию» +
// «Калифорнии»). ms is sorted by start, longer first, and so is the
// result.
func (r *Refiner) withPlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	places := longestPlaces(ms)
	have := spansOf(ms, "ORGANIZATION")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || m.Start < 0 || m.End <= m.Start || m.End+1 >= len(text) || text[m.End] != ' ' {
			continue
		}
		p, ok := places[m.End+1]
		if !ok || doc.SentenceOf(sents, p.Span) != doc.SentenceOf(sents, m.Span) {
			continue
		}
		words := fields(string(text[m.Start:m.End]))
		po := slices.Contains(words, "по") && anyIn(r.nounLemmas(words[0]), poHeads) // «Агентство по охране окружающей среды» + «США»
		if lemmas := r.nounLemmas(words[len(words)-1]); !anyIn(lemmas, poHeads) && !anyIn(lemmas, placeHeads) && !po && !(anyIn(lemmas, bodyPlaceHeads) && tokenize.IsUpper(firstRune(p.Text))) && !r.bodyBeforePlace(words, p.Text) {
			continue
		}
		s := doc.Span{Start: m.Start, End: p.End}
		if !have[s] {
			have[s] = true
			added = append(added, doc.Mention{Span: s, Text: string(text[s.Start:s.End]), Type: "ORGANIZATION"})
		}
	}
	orgEnds := map[int]bool{} // the ends of the organizations, which the loop above extended
	for _, m := range ms {
		if m.Type == "ORGANIZATION" {
			orgEnds[m.End] = true
		}
	}
	// a body noun the recognizer did not read as a name of its own, or read
	// alone: «полицию» + «Калифорнии»
	for _, s := range sents {
		for i, t := range s.Tokens[:max(len(s.Tokens)-1, 0)] {
			p, ok := places[s.Tokens[i+1].Start]
			if !ok || orgEnds[t.End] || s.Tokens[i+1].Start != t.End+1 || !tokenize.IsUpper(firstRune(p.Text)) || !anyIn(r.nounLemmas(t.Text), bodyPlaceHeads) || !tokenize.StartsLower(t.Text) && i > 0 {
				continue
			}
			sp := doc.Span{Start: t.Start, End: p.End}
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	return sortedMentions(append(ms, added...))
}

// bodyBeforePlace reports whether words, an organization's, end in a
// lower-case word and place is a capitalized place's name that ends in no
// adjective, so that the place names where the body is: «Национальной
// футбольной лиги» + «США», «Законодательного собрания» + «Кировской
// области», «Федерации автовладельцев» + «России». A group of people in
// one word («социал-демократами» + «Дюссельдорфа») and an adjective
// («Академическом театре» + «Российской» of «Российской армии») are not.
func (r *Refiner) bodyBeforePlace(words []string, place string) bool {
	pw := fields(place)
	last := words[len(words)-1]
	if !tokenize.IsLower(firstRune(last)) || !tokenize.IsUpper(firstRune(place)) || r.likeliest(pw[len(pw)-1]) == morph.ADJF {
		return false
	}
	if len(words) == 1 {
		for _, p := range r.parse(last) {
			if p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Anim) {
				return false
			}
		}
	}
	return true
}

// longestPlaces maps each start offset to the longest place mention
// (placeTypes) that starts there.
func longestPlaces(ms []doc.Mention) map[int]doc.Mention {
	places := map[int]doc.Mention{}
	for _, m := range ms {
		if placeTypes[m.Type] && m.End-m.Start > places[m.Start].End-places[m.Start].Start {
			places[m.Start] = m
		}
	}
	return places
}

// own returns out, or a copy of ms when out is nil: a rule that changes
// some mentions copies ms at its first change and edits the copy, leaving
// the caller's slice as it was (TestRefineLeavesInput).
func own(out, ms []doc.Mention) []doc.Mention {
	if out == nil {
		return append([]doc.Mention(nil), ms...)
	}
	return out
}

// firstRune returns the first rune of s, a word or a mention's text (never
// empty where it is asked), without converting the rest.
func firstRune(s string) rune {
	c, _ := decodeFirst(s)
	return c
}

// retyped returns ms with each mention that typ gives a type other than ""
// retyped to it, in a copy; ms itself when typ gives none. typ is asked of
// the mentions of ms as they were.
func retyped(ms []doc.Mention, typ func(m doc.Mention) string) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		if t := typ(m); t != "" {
			out = own(out, ms)
			out[i].Type = t
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// withAdded returns ms with the added mentions, sorted as sortedMentions
// sorts; ms itself when there are none. ms is not changed.
func withAdded(ms, added []doc.Mention) []doc.Mention {
	if len(added) == 0 {
		return ms
	}
	return sortedMentions(append(append([]doc.Mention(nil), ms...), added...))
}

// withReplaced returns ms without the mentions drop reports, with the
// added ones, sorted as sortedMentions sorts; ms itself when none are
// added. ms is not changed.
func withReplaced(ms, added []doc.Mention, drop func(doc.Mention) bool) []doc.Mention {
	if len(added) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if !drop(m) {
			out = append(out, m)
		}
	}
	return sortedMentions(append(out, added...))
}

// swapped returns ms without the mentions of drop, with the added ones,
// sorted as sortedMentions sorts; ms itself when drop and added are both
// empty. ms is not changed.
func swapped(ms []doc.Mention, drop map[doc.Mention]bool, added []doc.Mention) []doc.Mention {
	if len(drop) == 0 && len(added) == 0 {
		return ms
	}
	out := slices.DeleteFunc(slices.Clone(ms), func(m doc.Mention) bool { return drop[m] })
	return sortedMentions(append(out, added...))
}

// without returns ms without the mentions of type typ that drop reports;
// ms itself when there are none. ms is not changed.
func without(ms []doc.Mention, typ string, drop func(doc.Mention) bool) []doc.Mention {
	var out []doc.Mention
	for k, m := range ms {
		switch {
		case m.Type == typ && drop(m):
			if out == nil {
				out = append(make([]doc.Mention, 0, len(ms)), ms[:k]...)
			}
		case out != nil:
			out = append(out, m)
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// sortedMentions sorts mentions by start, longer first, keeping the order
// of equal spans.
func sortedMentions(ms []doc.Mention) []doc.Mention {
	sort.SliceStable(ms, func(a, b int) bool {
		if ms[a].Start != ms[b].Start {
			return ms[a].Start < ms[b].Start
		}
		return ms[a].End > ms[b].End
	})
	return ms
}

// closeQuotes runs a mention that opens more «guillemets» than it closes
// on over the closing ones right after it: «ИЭМЗ „Купол» → «ИЭМЗ „Купол“».
// A post, an event or an award that ends in the quoted name of its
// employer or its kind is left open, as NEREL writes it («главный тренер
// „Спартака», «конкурса талантов „ДС-Фактор»; see openQuoteTypes).
func closeQuotes(text []rune, m doc.Mention) doc.Mention {
	if openQuoteTypes[m.Type] && m.Start < len(text) && text[m.Start] != '«' {
		return m
	}
	depth := 0
	for _, c := range text[m.Start:m.End] {
		switch c {
		case '«':
			depth++
		case '»':
			depth--
		}
	}
	for ; depth > 0 && m.End < len(text) && text[m.End] == '»'; depth-- {
		m.End++
		m.Text = string(text[m.Start:m.End])
	}
	return m
}

// openQuoteTypes are the types whose mentions NEREL ends without the
// closing guillemet of a quoted name they end in, when the mention opens
// with a word before it: train has 73 posts so written against 44 closed
// (the model finds them open and closeQuotes closed them), events 9
// against 6, awards 8 against 3; organizations are closed (16 of 24).
var openQuoteTypes = map[string]bool{"PROFESSION": true, "EVENT": true, "AWARD": true}

// maxQuotedTokens bounds the length of a quoted name quotedOrganizations
// reads.
const maxQuotedTokens = 6

// quotedOrganizations adds an ORGANIZATION for each name in «guillemets»
// right after a noun naming a kind of organization (завода «Купол»,
// холдинга «Калашников»; see orgHeads) or an acronym (ИЭМЗ «Купол») that
// no mention covers: the recognizer sometimes leaves such names out, and
// the names of an organization are what the linker merges. A name after a
// noun naming a kind of work, event or award (фильм «Цирк», выставка
// «Витамин Б», премии «Ника»; see quotedKind) is added with that type.
func (r *Refiner) quotedOrganizations(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var covered map[doc.Span]bool // (the mentions' spans, gathered at the first name: most documents have none)
	cover := func() {
		if covered == nil {
			covered = make(map[doc.Span]bool, len(ms))
			for _, m := range ms {
				covered[m.Span] = true
			}
		}
	}
	var added []doc.Mention
	kindOf := map[doc.Span]string{} // quoted names (with and without the quotes) → their kind's type
	r.eachKindQuote(sents, func(toks []doc.Token, i, j int, typ string) {
		cover()
		name := doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}
		quoted := doc.Span{Start: toks[i].Start, End: toks[j].End}
		kindOf[name], kindOf[quoted] = typ, typ
		add := func(s doc.Span) {
			if !covered[s] {
				covered[s] = true
				added = append(added, doc.Mention{Span: s, Text: string(text[s.Start:s.End]), Type: typ})
			}
		}
		if first := r.properAdjectives(text, toks, i-1); first >= 0 && typ == "ORGANIZATION" {
			add(doc.Span{Start: toks[first].Start, End: quoted.End})
		}
		if !covered[quoted] {
			add(name)
		}
	})
	for sp, named := range r.authoredWorks(sents) {
		if _, ok := kindOf[sp]; !ok {
			kindOf[sp] = "WORK_OF_ART"
			cover()
			if !named.quoted && !covered[sp] && !covered[named.other] {
				covered[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "WORK_OF_ART"})
			}
		}
	}
	ms = slices.Clone(ms) // retyped below; the caller's stay as they are
	for i, m := range ms {
		typ, ok := kindOf[m.Span]
		if !ok || m.Type == typ {
			continue
		}
		if isPlaceType(m.Type) || m.Type == "PERSON" || m.Type == "DATE" || typ != "ORGANIZATION" && m.Type == "ORGANIZATION" ||
			typ == "WORK_OF_ART" && m.Type == "FACILITY" || thingKindRetypable(typ, m.Type) {
			// «завод „Гродно Азот“», «агентству „Москва“»: in NEREL train
			// the quoted name after a kind of organization is an
			// ORGANIZATION in 175 of 180 cases, never a place or a person;
			// after a kind of work, award, event or facility it has the
			// kind's type in 182 of 195 («кинотеатре „Октябрь“», not a
			// DATE), an ORGANIZATION in 5, never a place, person or date;
			// a work's title read as a facility («в фильмах Эльдара
			// Рязанова „Гараж“») is the work's (cult21: no case on
			// NEREL train or dev, where the recognizer never so reads
			// one)
			ms[i].Type = typ
		}
	}
	return withAdded(ms, added)
}

// eachKindQuote calls fn for each name in «guillemets» right after a kind
// noun (kindBefore) in sents, with the tokens of its sentence, the indexes
// of its opening and closing quote marks and the kind's type.
func (r *Refiner) eachKindQuote(sents []doc.Sentence, fn func(toks []doc.Token, i, j int, typ string)) {
	eachQuote(sents, 1, func(toks []doc.Token, i, j int) {
		if toks[i].Text == "\"" && cyrillicAcronym(toks[i-1].Text) {
			return // «ФК "Тамбов"», «ЛЭП "Хандангер"»: NEREL has such names whole
		}
		if i >= 2 && r.upperStage(toks[i-2].Text, toks[i-1].Text) {
			fn(toks, i, j, "PRODUCT") // «с разгонным блоком „Фрегат“»
			return
		}
		typ := r.kindBefore(toks[i-1].Text)
		if typ == "" && r.outletNoun(toks, i-1) {
			typ = "ORGANIZATION" // журнала «Огонёк»
		}
		if typ != "" && !(typ == "AWARD" && tokenize.StartsLower(toks[i+1].Text)) {
			// (a quote in lower case after «награду» is what it is
			// called: «назвал награду «признанием вклада…»»)
			fn(toks, i, j, typ)
		}
	})
}

// upperStage reports whether adj and noun are a form of «разгонный
// блок», a rocket's upper stage, whose quoted name is a PRODUCT («с
// разгонным блоком „Фрегат“»; «блок „…“» alone is most often a political
// bloc).
func (r *Refiner) upperStage(adj, noun string) bool {
	return strings.HasPrefix(fold(adj), "разгонн") && slices.Contains(r.nounLemmas(noun), "блок")
}

// eachQuote calls fn for each name in «guillemets» (closingQuote) in
// sents whose opening quote is at least the from-th token of its sentence,
// with the tokens of the sentence and the indexes of the quote marks.
func eachQuote(sents []doc.Sentence, from int, fn func(toks []doc.Token, i, j int)) {
	for _, s := range sents {
		toks := s.Tokens
		for i := from; i+2 < len(toks); i++ {
			if j := closingQuote(toks, i); j >= 0 {
				fn(toks, i, j)
			}
		}
	}
}

// closingQuote returns the index of the quote mark that closes the one at
// toks[i] within maxQuotedTokens, with a name between, or -1: «»» after «««»
// and «“» after «„», and a straight «"» after another that opens a name (a
// space or nothing before it, the name's first word right after it) when it
// closes one (right after the name's last word): news sites write «партия
// "Движение за развитие Мали"» as often as «партия „…“».
func closingQuote(toks []doc.Token, i int) int {
	var closing string
	switch toks[i].Text {
	case "«":
		closing = "»"
	case "\"":
		if i+1 >= len(toks) || toks[i+1].Start != toks[i].End || i > 0 && toks[i-1].End == toks[i].Start || !tokenize.StartsUpper(toks[i+1].Text) {
			return -1
		}
		closing = "\""
	default:
		return -1
	}
	j := i + 1
	for j < len(toks) && j-i <= maxQuotedTokens && toks[j].Text != closing && toks[j].Text != toks[i].Text {
		j++
	}
	if j >= len(toks) || toks[j].Text != closing || j == i+1 || closing == "\"" && toks[j-1].End != toks[j].Start {
		return -1
	}
	return j
}

// kindBefore returns the type of a quoted name right after the word w: that
// of a kind of work, event, award or facility (quotedKind), ORGANIZATION
// after a kind of organization or an acronym, or "".
func (r *Refiner) kindBefore(w string) string {
	if first, _, ok := strings.Cut(w, "-"); ok && tokenize.IsWord(first) && r.productHead(first) {
		return "PRODUCT" // «Ракета-носитель „Союз-2.1а“»
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
		w = w[k+1:] // «Газпромбанк-холдинг „…“»: the kind is the last part
	}
	if !tokenize.IsWord(w) {
		return ""
	}
	lemmas := r.nounLemmas(w)
	if t := quotedKind(lemmas); t != "" {
		return t
	}
	if orgHeads[fold(w)] || anyIn(lemmas, orgHeads) || cyrillicAcronym(w) {
		return "ORGANIZATION"
	}
	if productHeads[fold(w)] || anyIn(lemmas, productHeads) {
		// «крейсера „Князь Пожарский“», read as a post and a person
		// (NEREL dev: «истребителей „Спитфайр“», read as an organization)
		return "PRODUCT"
	}
	return ""
}

// quotedLists gives the names in «guillemets» that follow, joined by
// commas or «и», a quoted name right after a kind noun (kindBefore) the
// kind's type: «в кинотеатрах „Звезда“, „Космос“ и „Юность“», «фильмы
// „Имитатор“, „Кавказская пленница“». A mention of such a name of another
// retypable type is retyped, and a name no mention covers is added. In
// NEREL train the names listed after the first have its type in 31 of 31
// cases (WORK_OF_ART 19, ORGANIZATION 12). Prompted by dev errors (a list
// of cinemas). The titles listed after an authored one (authoredWorks:
// «в фильмах Эльдара Рязанова „Гараж“ и „Вокзал для двоих“») are works
// too: NEREL train's one such list («роман Роберта Хайнлайна „Луна-суровая
// хозяйка“ и „Фауст“») has both WORK_OF_ART.
func (r *Refiner) quotedLists(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	types := map[doc.Span]string{}
	r.eachKindQuote(sents, func(toks []doc.Token, _, j int, typ string) {
		eachListedAfter(toks, j, func(sp doc.Span) { types[sp] = typ })
	})
	r.eachAuthoredQuote(sents, func(toks []doc.Token, _, j int) {
		eachListedAfter(toks, j, func(sp doc.Span) { types[sp] = "WORK_OF_ART" })
	})
	return withListTypes(text, ms, types)
}

// withListTypes returns ms with each mention of a retypable type whose span
// types gives retyped so, and a mention added for each span of types that
// no mention has; ms itself when types is empty. types is emptied of the
// spans retyped.
func withListTypes(text []rune, ms []doc.Mention, types map[doc.Span]string) []doc.Mention {
	if len(types) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(types))
	for _, m := range ms {
		if t, ok := types[m.Span]; ok && retypable[m.Type] {
			m.Type = t // (every mention of the span: two may have it)
		}
		out = append(out, m)
	}
	for sp, t := range types {
		if !coveredBy(ms, sp) {
			out = append(out, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: t})
		}
	}
	return sortedMentions(out)
}

// coveredBy reports whether a mention of ms has exactly the span sp.
func coveredBy(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Span == sp {
			return true
		}
	}
	return false
}

// runOver runs a post that ends inside the name of an organization on to
// the name's end: «генеральный директор Ижевского» over «Ижевского
// электромеханического завода „Купол“» (NEREL's posts hold the whole
// employer: «генеральным директором Афипского нефтеперерабатывающего
// завода»).
func runOver(text []rune, m doc.Mention, orgs []doc.Span) doc.Mention {
	if m.Type != "PROFESSION" {
		return m
	}
	for _, o := range orgs {
		if m.Start < o.Start && o.Start < m.End && m.End < o.End {
			m.End = o.End
			m.Text = string(text[m.Start:m.End])
		}
	}
	return m
}

// maxNameAdjectives bounds the adjectives properAdjectives reads.
const maxNameAdjectives = 4

// properAdjectives returns the index of the first of the full adjectives
// that stand right before the noun toks[head] and agree with it in case,
// when the first is capitalized («Ижевского электромеханического завода»:
// the full name of an organization, as NEREL tags it); -1 when there are
// none or the first is in lower case («оборонного завода»).
func (r *Refiner) properAdjectives(text []rune, toks []doc.Token, head int) int {
	cases := r.nounCases(toks[head].Text)
	first := -1
	for k := head - 1; k >= 0 && head-k <= maxNameAdjectives && cases != 0; k-- {
		if toks[k].End == toks[k+1].Start || !tokenize.Blank(text[toks[k].End:toks[k+1].Start]) {
			break
		}
		c := r.adjectiveCases(toks[k].Text) & cases
		if c == 0 {
			break
		}
		cases, first = c, k
	}
	if first < 0 || !tokenize.IsUpper(firstRune(toks[first].Text)) {
		return -1
	}
	return first
}

// sentenceTokens returns the tokens of the sentence that holds m, or nil.
func sentenceTokens(sents []doc.Sentence, m doc.Mention) []doc.Token {
	if i := doc.SentenceOf(sents, m.Span); i >= 0 {
		return sents[i].Tokens
	}
	return nil
}

// mentionTokens returns the indexes in toks of the first and the last token
// of m, each -1 when no token starts (ends) where m does. toks are in the
// order of the text, as a sentence's (its starts and ends grow), which
// it searches by halves: the rules ask it of every mention.
func mentionTokens(toks []doc.Token, m doc.Mention) (first, last int) {
	first, last = -1, -1
	if k := sort.Search(len(toks), func(i int) bool { return toks[i].Start > m.Start }) - 1; k >= 0 && toks[k].Start == m.Start {
		first = k
	}
	if k := sort.Search(len(toks), func(i int) bool { return toks[i].End > m.End }) - 1; k >= 0 && toks[k].End == m.End {
		last = k
	}
	return first, last
}

// spansOf returns the spans of the mentions of type typ.
func spansOf(ms []doc.Mention, typ string) map[doc.Span]bool {
	have := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type == typ {
			have[m.Span] = true
		}
	}
	return have
}

// extendAdjectives runs an organization mention that ends in an adjective
// on over the adjectives and the noun that agree with it, past one «и»
// («Всемирной продовольственной» + «и сельскохозяйственной организации»;
// it stopped at «и», which the dictionary has as a noun too), and a location or
// facility of several words that ends in a lower-case one («Северного
// морского» + «пути»; one-word ones are place adjectives nested in names,
// «Европейский» of «Европейский суд»).
func (r *Refiner) extendAdjectives(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	switch m.Type {
	case "ORGANIZATION":
	case "LOCATION", "FACILITY":
		if i := strings.LastIndexByte(m.Text, ' '); i < 0 || !tokenize.StartsLower(m.Text[i+1:]) {
			return m
		}
	default:
		return m
	}
	last, w := hyphenTail(toks, m)
	if last < 0 {
		return m
	}
	cases := r.adjectiveCases(w)
	if cases == 0 && m.Type == "ORGANIZATION" && tokenize.StartsLower(w) && last > 0 && toks[last-1].Start >= m.Start && r.likeliest(toks[last-1].Text) == morph.NOUN {
		// a last adjective after the head noun that may be a noun too,
		// «прямых» (прямая, a line) of «Российский фонд прямых» +
		// «инвестиций»
		cases = r.adjectiveReadingCases(w)
	}
	and := 0 // a list of adjectives: «Всемирной продовольственной» + «и сельскохозяйственной организации»
	for k := last + 1; k < len(toks) && k <= last+3+and && cases != 0; k++ {
		if toks[k].Start == toks[k-1].End || !tokenize.Blank(text[toks[k-1].End:toks[k].Start]) {
			return m
		}
		w := toks[k].Text
		if w == "и" && and == 0 {
			and = 1 // («и» is a noun too, the letter's name)
			continue
		}
		if c := r.nounCases(w) & cases; c != 0 {
			m.End = toks[k].End
			m.Text = string(text[m.Start:m.End])
			return m
		}
		cases &= r.adjectiveCases(w)
	}
	return m
}

// poHeads are the lemmas of the institution nouns whose names go on with
// «по» and what the institution deals with: «Федеральная служба по
// военно-техническому сотрудничеству», «комитет по обороне», «Американское
// бюро по сельскому хозяйству». (отдел, трибунал, ассоциация, организация
// and федерация cost NEREL train 3 right mentions: their «по» and place
// belong to the organization less often.)
var poHeads = map[string]bool{
	"служба": true, "комитет": true, "комиссия": true, "агентство": true, "министерство": true,
	"управление": true, "совет": true, "центр": true, "департамент": true, "инспекция": true,
	"надзор": true, "палата": true, "фонд": true, "ведомство": true, "штаб": true,
	"бюро": true,
}

// poIdioms are the lemmas of nouns that make «по» an adverbial phrase, not
// part of a name: «комитет по итогам года», «совет по просьбе …», «комитетом
// по части 4 статьи 159».
var poIdioms = map[string]bool{
	"итог": true, "результат": true, "слово": true, "мнение": true, "сравнение": true, "случай": true,
	"причина": true, "повод": true, "приглашение": true, "инициатива": true, "просьба": true,
	"требование": true, "решение": true, "указание": true, "информация": true, "сообщение": true,
	"оценка": true, "прогноз": true, "подсчет": true, "данные": true, "мера": true, "время": true,
	"пенальти": true, "очко": true, "сумма": true,
	// the grounds of a case: «возбуждено Следственным комитетом по части 4
	// статьи 159», «по подозрению в …», «по иску», «по факту гибели»
	"часть": true, "статья": true, "пункт": true, "подозрение": true, "обвинение": true, "факт": true,
	"иск": true, "заявление": true, "поручение": true, "материал": true, "приговор": true,
}

// placeTypes are the types of the place names an organization's name may
// end in («… Российской Федерации»).
var placeTypes = map[string]bool{"COUNTRY": true, "STATE_OR_PROVINCE": true, "CITY": true}

// maxPoWords bounds the adjectives between «по» and its noun.
const maxPoWords = 3

// extendPo runs an organization mention that ends in an institution noun
// (poHeads) on over a following «по» + adjectives + noun in the dative, and
// then over a place name right after it (places, by start): «Федеральной
// службы» → «Федеральной службы по военно-техническому сотрудничеству
// Российской Федерации».
func (r *Refiner) extendPo(text []rune, toks []doc.Token, m doc.Mention, places map[int]doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" {
		return m
	}
	last := sort.Search(len(toks), func(i int) bool { return toks[i].End >= m.End })
	if last+2 >= len(toks) || toks[last].End != m.End || !anyIn(r.nounLemmas(toks[last].Text), poHeads) {
		return m
	}
	k := r.poPhraseEnd(toks, last+1)
	if k < 0 {
		return m
	}
	m.End = toks[k].End
	if p, ok := places[nextStart(text, m.End)]; ok {
		m.End = p.End
	}
	m.Text = string(text[m.Start:m.End])
	return m
}

// poPhraseEnd returns the index of the noun in the dative that ends the
// phrase «по» + adjectives + noun opening at toks[po] («по
// военно-техническому сотрудничеству», «по хоккею»), or -1 when no such
// phrase opens there or it is an adverbial idiom («по итогам»).
func (r *Refiner) poPhraseEnd(toks []doc.Token, po int) int {
	if po < 0 || po+1 >= len(toks) || fold(toks[po].Text) != "по" {
		return -1
	}
	for k := po + 1; k < len(toks) && k <= po+1+maxPoWords; k++ {
		w := toks[k].Text
		if anyIn(r.nounLemmas(w), poIdioms) {
			return -1
		}
		if r.nounCases(w)&datives != 0 {
			return k
		}
		if r.adjectiveCases(w)&datives == 0 {
			return -1
		}
	}
	return -1
}

// nextStart returns the position of the first non-space character at or
// after i.
func nextStart(text []rune, i int) int {
	for i < len(text) && unicode.IsSpace(text[i]) {
		i++
	}
	return i
}

// caseSet is a set of grammatical cases, one bit per morph case grammeme.
type caseSet uint32

func caseBit(p morph.Parse) caseSet {
	c := p.Tag.Case()
	if c == 0 {
		return 0
	}
	return 1 << (uint(c) % 32)
}

// adjectiveCases returns the cases of w's readings when every reading is a
// full adjective or participle (a word that may be a noun does not count),
// or 0.
func (r *Refiner) adjectiveCases(w string) caseSet {
	if !tokenize.IsWord(w) {
		return 0
	}
	var cs caseSet
	ps := r.parse(w)
	for _, p := range ps {
		if pos := p.Tag.POS(); pos != morph.ADJF && pos != morph.PRTF {
			return 0
		}
		cs |= caseBit(p)
	}
	return cs
}

// placeWithAdjective reports whether m is a PROFESSION made of one
// adjective and a place name («официальный Минск», «официального
// Мадрида»): the place standing for its government, which NEREL tags as the
// place alone.
func (r *Refiner) placeWithAdjective(toks []doc.Token, m doc.Mention, places map[int]doc.Mention) bool {
	if m.Type != "PROFESSION" {
		return false
	}
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
	if first+1 >= len(toks) || toks[first].Start != m.Start || toks[first+1].End != m.End {
		return false
	}
	p, ok := places[toks[first+1].Start]
	return ok && p.End == m.End && r.adjectiveCases(toks[first].Text) != 0
}

// compoundAdjective reports whether m is a place or NATIONALITY mention
// that is one compound adjective of two peoples or countries, a first part in -ско/-цко
// («российско», «немецко») or another people's (peopleParts: «румыно»,
// «англо») joined by a hyphen to a full adjective, or of a
// first part in -но that the dictionary has as an adverb, or that is the
// stem of an adjective in -ный («ракетно»: ракетный), and that is no
// direction («Воздушно-космическим» of «Воздушно-космическим силам России»
// was a CITY, «Ракетно-космической» of «Ракетно-космической корпорацией» a
// LOCATION; «российско-британской певицы» a NATIONALITY, which NEREL v1.1
// train never tags whole: 9 of its 10 are two COUNTRY parts).
func (r *Refiner) compoundAdjective(text []rune, m doc.Mention) bool {
	if !isPlaceType(m.Type) && m.Type != "NATIONALITY" {
		return false
	}
	w := lowerCase(string(text[m.Start:m.End]))
	first, second, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(second, "-") || !tokenize.IsWord(first) {
		return false
	}
	if !strings.HasSuffix(first, "ско") && !strings.HasSuffix(first, "цко") && !peopleParts[first] && (!strings.HasSuffix(first, "но") || directionParts[first] || !r.adverb(first) && r.adjectiveCases(strings.TrimSuffix(first, "о")+"ый") == 0) {
		return false
	}
	return r.adjectiveCases(second) != 0
}

// adverb reports whether the dictionary has w as an adverb («воздушно»; not
// «саяно» of «Саяно-Шушенской», «американо»).
func (r *Refiner) adverb(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADVB && p.Method() == morph.MethodDictionary {
			return true
		}
	}
	return false
}

// peopleParts are the first parts of compound adjectives of two peoples
// that do not end in -ско («румыно-молдавской», «англо-американских»); not
// those of one state's adjective («австро-венгерской», «чехословацкой»)
// nor of a region's («индо-тихоокеанский»).
var peopleParts = map[string]bool{"англо": true, "франко": true, "германо": true, "итало": true, "испано": true,
	"греко": true, "румыно": true, "американо": true, "сербо": true, "болгаро": true, "арабо": true, "ирано": true}

// directionParts open compound adjectives of places («Южно-Сахалинский»,
// «Восточно-Казахстанская»), unlike the other parts in -но
// («Воздушно-космические силы», «военно-морской»).
var directionParts = map[string]bool{"южно": true, "западно": true, "восточно": true, "северно": true, "центрально": true}

// nounCases returns the cases of w's noun readings.
func (r *Refiner) nounCases(w string) caseSet {
	if !tokenize.IsWord(w) {
		return 0
	}
	var cs caseSet
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN {
			cs |= caseBit(p)
		}
	}
	return cs
}

// productType gives a quoted name the type PRODUCT when a product noun
// or a model code («Т-90М „Прорыв“») introduces it, the type WORK_OF_ART, EVENT or AWARD when the noun just
// before the quotes names a kind of work, event or award (quotedKind), and
// the type ORGANIZATION when it names a kind of organization or is an
// acronym (ИЭМЗ «Купол»: the acronym of the organization, or of its legal
// form).
func (r *Refiner) productType(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if !retypable[m.Type] {
		return m
	}
	open := m.Start
	if open > 0 && !tokenize.IsQuote(text[open]) && tokenize.IsQuote(text[open-1]) {
		open--
	}
	if open >= len(text) || !tokenize.IsQuote(text[open]) {
		return r.codeAfterProduct(toks, m)
	}
	if (m.Type == "NUMBER" || m.Type == "DATE") && !(m.End < len(text) && tokenize.IsQuote(text[m.End]) || tokenize.IsQuote(text[m.End-1])) {
		return m // a number that opens a quoted name («12 стульев») stays
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End > open }) - 1
	last := k
	if last >= 0 && modelCode(toks[last].Text) || r.listedAfterCode(toks, last) {
		// танков Т-90М «Прорыв»: the model's name; вертолеты Ми-38 и
		// «Ансат»: listed with a model
		m.Type = "PRODUCT"
		return m
	}
	if j := r.quotedListHead(text, toks, k); j != k && wholeQuoted(text, m) {
		k, last = j, j
	}
	if r.housingComplex(toks, k) {
		m.Type = "FACILITY" // ЖК «Остафьево», жилого комплекса «Остафьево»
		return m
	}
	// Read back from the quotes: [product noun] [chain noun | adjective*
	// genitive modifier]… «name».
	for stop := k - maxHeadDistance; k >= 0 && k >= stop; k-- {
		w := toks[k].Text
		if !tokenize.IsWord(w) {
			return m
		}
		lemmas := r.nounLemmas(w)
		if r.productHead(w) {
			m.Type = "PRODUCT"
			return m
		}
		if k == last && drillForms[fold(w)] {
			m.Type = "EVENT" // учения «Запад-2025»
			return m
		}
		if k == last && k > 0 && deviceStation(toks[k-1].Text) && slices.Contains(lemmas, "станция") {
			// радиолокационной станции «Ниобий-М»: a device, not a
			// facility (станция «Мир», метро)
			m.Type = "PRODUCT"
			return m
		}
		if t := quotedKind(lemmas); k == last && t != "" {
			// фильма «Цирк», альбома «4:44»
			m.Type = t
			return m
		}
		if k == last && m.Type != "ORGANIZATION" && (orgHeads[fold(w)] || anyIn(lemmas, orgHeads) || r.outletNoun(toks, k) || cyrillicAcronym(w)) {
			// холдинга «Калашников», ОАО «Уралкалий», ИЭМЗ «Купол»
			m.Type = "ORGANIZATION"
			return m
		}
		switch {
		case k == last && k > 0 && tokenize.StartsLower(w) && r.genitive(w) && r.kindBefore(w) == "" && !anyIn(lemmas, outletHeads) && !anyIn(lemmas, namedProjects) && quotedKind(r.nounLemmas(toks[k-1].Text)) == "EVENT":
			// фестиваль журналистики «Медиа-Юг», конкурс красоты «…»: the
			// event noun before its genitive complement (not a noun that
			// names a thing of its own: «на фестивале группы „АукцЫон“»,
			// «форум программы „Новая жизнь“»)
			last = k - 1
		case anyIn(lemmas, chainHeads):
			// боеприпасов серии «Ланцет»
		case k > 0 && r.genitive(w) && r.productHead(toks[k-1].Text):
			// спутник связи «Экспресс-АМУ4»: the product noun's genitive
			// complement
		case r.genitive(w) && k > 0 && r.adjectiveCases(toks[k-1].Text) != 0:
			// комплексы малой дальности «Тор-М2»: skip the modifier
			for k--; k > 0 && r.adjectiveCases(toks[k-1].Text) != 0; k-- {
			}
		default:
			return m
		}
	}
	return m
}

// deviceStationPrefixes open the adjectives that make a «станция» a
// device, a product of the defence or the shipbuilding industry: a
// radar (радиолокационная станция, the РЛС of productHeads), a sonar
// (гидроакустическая, гидролокационная). Folded.
var deviceStationPrefixes = []string{"радиолокационн", "гидроакустическ", "гидролокационн"}

// deviceStation reports whether w is an adjective of
// deviceStationPrefixes.
func deviceStation(w string) bool {
	f := fold(w)
	for _, p := range deviceStationPrefixes {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// productHead reports whether w is a noun of productHeads.
func (r *Refiner) productHead(w string) bool {
	return productHeads[fold(w)] || anyIn(r.nounLemmas(w), productHeads)
}

// natureHeads are the lemmas of nouns naming a kind of natural place, after
// which a name is a LOCATION («на реке Эльба», «остров Сахалин»): in NEREL
// train the entity right after them is a LOCATION in 26 of 30 cases (two
// persons, «острова Цай», and a country in the genitive, «горы
// Пакистана»).
var natureHeads = map[string]bool{
	"река": true, "остров": true, "озеро": true, "залив": true, "полуостров": true, "море": true,
	"гора": true, "пустыня": true, "вулкан": true, "хребет": true,
}

// regionHeads are the lemmas of the nouns of kinds of regions after which a
// name is a STATE_OR_PROVINCE («штата Джорджия», «провинции Феррара»,
// «графство Эссекс», «префектуре Киото»): in NEREL train the entity that
// starts at the capitalized word right after them is a STATE_OR_PROVINCE in
// 91 of 93 cases (штат 69 of 70, провинция 15 of 16, графство 5 of 5,
// префектура 2 of 2; the other two are countries in the genitive, «штатов
// Венесуэлы», «провинции Индонезии», which the recognizer types COUNTRY and
// the rule leaves alone). A person's name of more words after them is
// the post's holder («вице-губернатора штата Кэтлин Кеннеди Таунсенд»), a
// one-word one («графство Эссекс») the region. Not listed: округ (DISTRICT, CITY or a person
// after it), область and край (a person: «края Алмаз Закиев»).
var regionHeads = map[string]bool{"штат": true, "провинция": true, "графство": true, "префектура": true}

// naturalTypes are the types a recognizer gives the names natureHeads
// introduce.
var naturalTypes = map[string]bool{"CITY": true, "STATE_OR_PROVINCE": true, "DISTRICT": true, "FACILITY": true, "ORGANIZATION": true, "LOCATION": true}

// anchorable are the types of proper-name mentions that anchoredTypes
// retypes (a COUNTRY only as a name in Latin letters after a kind of
// organization: «агентство France-Presse»).
var anchorable = map[string]bool{
	"PERSON": true, "ORGANIZATION": true, "LOCATION": true, "CITY": true, "STATE_OR_PROVINCE": true,
	"DISTRICT": true, "FACILITY": true, "PRODUCT": true, "WORK_OF_ART": true, "COUNTRY": true,
}

// anchoredTypes gives every mention of a name the type that a noun of its
// kind right before one of its mentions says it has:
//   - a place name right after a kind of natural place (natureHeads: «на
//     реке Эльба») is a LOCATION;
//   - a name that starts with a capitalized Latin word right after a kind
//     of organization (orgHeads: «компании Monsanto», «телеканала CNN») is
//     an ORGANIZATION, whatever the recognizer typed it: in NEREL train the
//     entity there is an ORGANIZATION in 136 of 140 cases (3 are no entity:
//     «группе H»);
//   - a name in «guillemets» right after a kind of organization or a legal
//     form (orgHeads: «АО „Адмиралтейские верфи“»), or an ORGANIZATION so
//     quoted after «центр» («развивающего центра „Кин-Топ“»), is an
//     ORGANIZATION, and so are its mentions elsewhere typed as a work, a
//     product, a facility or a person (a headline's «„Адмиралтейские
//     верфи“ спустили …»; the types of anchorable), not those typed as
//     places («банк „Россия“») unless the dictionary knows no word of the
//     name as a place's («в центре Кин-Топ», «из Кин-Топа», cities);
//   - a place mention of one word in Cyrillic with two capitals or more
//     right after a kind of organization («агентства БелТА», a COUNTRY)
//     that the dictionary knows as no place is an ORGANIZATION (in NEREL
//     v1.1 train the places so placed are places the dictionary knows:
//     «банка РФ», «издательства ФРГ», «агентство США»);
//   - a name right after a kind of region (regionHeads: «графство Эссекс»,
//     «штата Огайо») typed as a place, an organization or a one-word person
//     is a STATE_OR_PROVINCE, and so is one after «земля» in apposition
//     (landName: «министр финансов земли Гессен»);
//   - a name in the nominative right after «район» or «микрорайон» that
//     the dictionary knows as no place is a DISTRICT (districtName: «в
//     микрорайоне Затон»).
//
// The other mentions of the name in the document (the same words, or for a
// one-word name the same lemma: «Эльбе», «Эльбы») take that type too, as
// NEREL train's do (12 of 13 for the places, 95 of 95 for the
// organizations); the linker's vote by majority (names.consistentTypes)
// would otherwise turn the anchored mentions back («встрече на Эльбе» CITY
// seven times against two).
func (r *Refiner) anchoredTypes(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	anchors := map[string]string{}
	whole := map[string]bool{} // the quoted anchors that are a whole name in guillemets
	quotedForms := false       // a whole quoted anchor of several words, keyed by its words' lemmas too
	for _, m := range ms {
		if !anchorable[m.Type] || m.Start < 1 || m.Start >= m.End || m.End > len(text) {
			continue
		}
		quoted := text[m.Start-1] == '«'
		if text[m.Start-1] != ' ' && !quoted {
			continue
		}
		toks := sentenceTokens(sents, m)
		if toks == nil {
			continue
		}
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
		if k == len(toks) || toks[k].Start != m.Start {
			continue
		}
		if quoted {
			k-- // АО «Адмиралтейские верфи»: the word before the quote
		}
		if k < 1 || toks[k-1].End+1 != toks[k].Start || !tokenize.IsWord(toks[k-1].Text) {
			continue
		}
		lemmas := r.nounLemmas(toks[k-1].Text)
		var typ string
		switch {
		case quoted:
			post := (anyIn(lemmas, postHeads) || anyIn(lemmas, employerHeads)) && r.likeliest(toks[k-1].Text) == morph.NOUN // not «после», a preposition
			// «развивающего центра „Кин-Топ“», made an organization by centreName
			centre := m.Type == "ORGANIZATION" && slices.Contains(lemmas, "центр")
			// (or a business's noun: авиакомпании «Уральские авиалинии»,
			// туроператор «Пегас Туристик»; companyHeads)
			if !orgHeads[fold(toks[k-1].Text)] && !anyIn(lemmas, orgHeads) && !post && !centre && !anyIn(lemmas, companyHeads) && !companyHead(fold(toks[k-1].Text)) {
				continue
			}
			typ = "ORGANIZATION"
		case naturalTypes[m.Type] && anyIn(lemmas, natureHeads):
			typ = "LOCATION"
		case (latinCapital(text[m.Start]) || mixedAcronym(m.Text)) && anyIn(lemmas, orgHeads):
			typ = "ORGANIZATION"
		case isPlaceType(m.Type) && twoCapitals(m.Text) && anyIn(lemmas, orgHeads) && !r.placeWord(m.Text):
			typ = "ORGANIZATION" // «агентства БелТА», read as a COUNTRY
		case (naturalTypes[m.Type] || m.Type == "PERSON" && !strings.ContainsRune(m.Text, ' ')) && anyIn(lemmas, regionHeads):
			typ = "STATE_OR_PROVINCE"
		case (naturalTypes[m.Type] || m.Type == "PERSON") && landName(lemmas, m.Text):
			typ = "STATE_OR_PROVINCE" // «земли Гессен»
		case (naturalTypes[m.Type] || m.Type == "PERSON") && r.districtName(lemmas, m.Text):
			typ = "DISTRICT" // «в микрорайоне Затон»
		default:
			continue
		}
		key := r.nameKey(m.Text)
		if quoted {
			key = "«" + key
			whole[key] = whole[key] || m.End < len(text) && text[m.End] == '»' // (not «Российские» of «„Российские железные дороги“»)
			if strings.ContainsRune(m.Text, ' ') && whole[key] {
				// the name's other cases too: «Уральских авиалиний» of
				// авиакомпании «Уральские авиалинии» (quotedForms)
				lk := "«" + r.wordsKey(m.Text)
				if t, ok := anchors[lk]; ok && t != typ {
					anchors[lk] = ""
				} else {
					anchors[lk] = typ
				}
				quotedForms = true
			}
		}
		if t, ok := anchors[key]; ok && t != typ {
			typ = "" // anchored both ways: left alone
		}
		anchors[key] = typ
	}
	if len(anchors) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms))
	seen := map[doc.Mention]bool{}
	for _, m := range ms {
		if anchorable[m.Type] {
			key := r.nameKey(m.Text)
			t := anchors[key]
			if t == "" && (retypable[m.Type] || isPlaceType(m.Type) && whole["«"+key] && !r.placeWord(m.Text)) {
				t = anchors["«"+key] // not a place: «банк „Россия“»; but «из Кин-Топа», a CITY
			}
			if t == "" && quotedForms && retypable[m.Type] && strings.ContainsRune(m.Text, ' ') && m.Start > 0 && text[m.Start-1] == '«' {
				t = anchors["«"+r.wordsKey(m.Text)] // «Уральских авиалиний», quoted too
			}
			if t != "" {
				m.Type = t
			}
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// employerHeads are the lemmas of posts, besides postHeads, whose quoted
// genitive is the employer («президент „Зенита“»; see anchoredTypes).
var employerHeads = map[string]bool{"президент": true, "председатель": true}

// latinCapital reports whether c is a capital Latin letter.
func latinCapital(c rune) bool { return isLatin(c) && tokenize.IsUpper(c) }

// nameKey is the lemma of a one-word name (Эльбе → эльба), or the name
// itself, lower-cased.
func (r *Refiner) nameKey(name string) string {
	if strings.ContainsAny(name, " ") {
		return fold(name)
	}
	if ps := r.parse(name); len(ps) > 0 {
		return fold(ps[0].Normal)
	}
	return fold(name)
}

// wordsKey is the lemmas of the words of a name of several words, each
// as nameKey gives it, joined by spaces: «Уральских авиалиний» and
// «Уральские авиалинии» have one.
func (r *Refiner) wordsKey(name string) string {
	ws := fields(name)
	for i, w := range ws {
		ws[i] = r.nameKey(w)
	}
	return strings.Join(ws, " ")
}

// fold lower-cases w and writes ё as е.
func fold(w string) string {
	for i := 0; i < len(w); {
		// (the common cases by their bytes, without decoding: ASCII but
		// capitals, а–п as D0 B0–BF and р–я as D1 80–8F in UTF-8)
		switch b := w[i]; {
		case b < utf8.RuneSelf && (b < 'A' || b > 'Z'):
			i++
			continue
		case i+1 < len(w) && (b == 0xD0 && 0xB0 <= w[i+1] && w[i+1] <= 0xBF || b == 0xD1 && 0x80 <= w[i+1] && w[i+1] <= 0x8F):
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if l, ok := basicLower(r); ok && l == r && r != 'ё' {
			i += size
			continue
		} else if ok || r == utf8.RuneError || unicode.ToLower(r) != r {
			return lowerFold(w, true)
		}
		i += size
	}
	return w // (most calls fold a dictionary's lemma, already folded)
}

// parse returns the analyses of w (the analyzer's Parse), shared by the rules that
// ask of w: they read them and never change them.
func (r *Refiner) parse(w string) []morph.Parse { return r.facts(w).parses }

// nounLemmas returns the lemmas of w's noun readings, lower case, ё as е.
// The slice is shared (cached): callers read it, never change it.
func (r *Refiner) nounLemmas(w string) []string { return r.facts(w).nouns }

// genitive reports whether w has a genitive noun reading (малой дальности,
// a modifier between the head noun and the name).
func (r *Refiner) genitive(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && (p.Tag.Case() == morph.Gent || p.Tag.Is(morph.Gen2)) {
			return true
		}
	}
	return false
}

func anyIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// acronymType makes a PERSON that is one word of two to six capital
// Cyrillic letters (ИЭМЗ) an ORGANIZATION: NEREL has no person written so,
// and organizations are the commonest acronyms (819 of 1 565 in train);
// and a place that is a declined acronym (declinedAcronym: «во ВГИКе»).
func acronymType(m doc.Mention) doc.Mention {
	if m.Type == "PERSON" && cyrillicAcronym(m.Text) || isPlaceType(m.Type) && declinedAcronym(m.Text) {
		m.Type = "ORGANIZATION"
	}
	return m
}

// acronymEndings are the case endings an acronym read as a word takes
// («во ВГИКе», «ВГИКа», «МХАТом»).
var acronymEndings = map[string]bool{"а": true, "у": true, "е": true, "ом": true, "ой": true, "ах": true, "ам": true, "ами": true, "ов": true}

// declinedAcronym reports whether w is an acronym of two to six capital
// Cyrillic letters with a case ending in lower case («ВГИКе»). NEREL v1.1
// train and dev tag every such word an ORGANIZATION (6; one DISEASE), never
// a place, so a place mention so written («во ВГИКе» read as a CITY) is an
// organization; «СПб» has no case ending.
func declinedAcronym(w string) bool {
	i := strings.IndexFunc(w, tokenize.IsLower)
	return i > 0 && cyrillicAcronym(w[:i]) && acronymEndings[w[i:]]
}

// placeType makes a PERSON of one word that the dictionary knows only as
// a place name (every reading Geox: «Мехико», «Бахрейн», «Гаити») a place:
// a CITY, which the dictionary cannot tell from a country (CITY and COUNTRY
// gave the same NEREL dev score; the recognizer knows the common countries).
// A word that is part of a longer person's name in the document (names,
// from personWords) stays a person: «Наото Кан» … «Кан».
func (r *Refiner) placeType(m doc.Mention, names []string) doc.Mention {
	if m.Type != "PERSON" || strings.ContainsAny(m.Text, " -") {
		return m
	}
	w := []rune(lowerCase(m.Text))
	if len(w) > 4 {
		w = w[:len(w)-1] // «Кана», «Кану»: compare without the ending
	}
	for _, n := range names {
		if strings.HasPrefix(n, string(w)) {
			return m
		}
	}
	ps := r.parse(m.Text)
	if len(ps) == 0 {
		return m
	}
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || !p.Tag.Is(morph.Geox) {
			return m
		}
	}
	m.Type = "CITY"
	return m
}

// personWords returns the lower-cased words of the person mentions of more
// than one word.
func personWords(ms []doc.Mention) []string {
	var out []string
	for _, m := range ms {
		if m.Type == "PERSON" {
			if ws := fields(lowerCase(m.Text)); len(ws) > 1 {
				out = append(out, ws...)
			}
		}
	}
	return out
}

// cyrillicAcronym reports whether w is two to six capital Cyrillic letters.
func cyrillicAcronym(w string) bool {
	n := 0
	for _, c := range w {
		if !isCyrillic(c) || !tokenize.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// personEnd ends a PERSON before the numbers at its end («Нисипяну 1:0»,
// «Топалов 0,5:0,5» in a table of games) and starts it after the numbers
// at its start («03:54 Бернс» in a table of goals): none of NEREL train's
// 7 780 persons starts or ends in a token that starts with a digit. toks
// are the tokens of m's sentence.
func personEnd(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" {
		return m
	}
	digit := func(t doc.Token) bool { return unicode.IsDigit(firstRune(t.Text)) }
	start, end := m.Start, m.End
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if t.Start < m.Start || t.Start >= end {
			continue
		}
		if !digit(t) {
			break
		}
		end = t.Start
	}
	for _, t := range toks {
		if t.Start < start || t.End > end {
			continue
		}
		if !digit(t) && t.Text != "—" && t.Text != "-" {
			break
		}
		start = t.End
	}
	for end > start && unicode.IsSpace(text[end-1]) {
		end--
	}
	for start < end && unicode.IsSpace(text[start]) {
		start++
	}
	if start == m.Start && end == m.End || start >= end {
		return m
	}
	m.Start, m.End = start, end
	m.Text = string(text[m.Start:m.End])
	return m
}

// termNouns are the lemmas of the nouns of a length of time that an
// adjective «N-летний» measures: «23-летний срок» is a term, not an age.
var termNouns = map[string]bool{"срок": true, "стаж": true, "опыт": true, "контракт": true, "период": true}

// termAge makes an AGE that is one adjective in «-летний» right before a
// noun of a length of time (termNouns) a DATE: «отбывал 23-летний срок».
// In NEREL train such an adjective is a DATE in 18 of 20 cases (срок 9 of
// 11: one NUMBER, one untagged; опыт, стаж, контракт, период all). toks
// are the tokens of m's sentence.
func (r *Refiner) termAge(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "AGE" || !strings.Contains(m.Text, "летн") || strings.ContainsRune(m.Text, ' ') {
		return m
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	if k < len(toks) && anyIn(r.nounLemmas(toks[k].Text), termNouns) {
		m.Type = "DATE"
	}
	return m
}

// ordinalEndings are the case endings written after the digits of an
// ordinal number («110-ю годовщину», «21-й», «1-го»).
var ordinalEndings = map[string]bool{
	"й": true, "я": true, "ю": true, "е": true, "м": true, "х": true, "го": true, "му": true, "ом": true, "ой": true,
	"ая": true, "ое": true, "ый": true, "ий": true, "ые": true, "ых": true, "ым": true, "ей": true, "ого": true, "его": true,
	"ому": true, "ыми": true,
}

// ordinalNumber makes a NUMBER written as digits, a hyphen and a case
// ending («110-ю») an ORDINAL: NEREL train types 63 of the 66 such words it
// tags alone ORDINAL (3 NUMBER).
func ordinalNumber(m doc.Mention) doc.Mention {
	if m.Type != "NUMBER" {
		return m
	}
	digits, ending, ok := strings.Cut(m.Text, "-")
	if !ok || digits == "" || strings.TrimLeft(digits, "0123456789") != "" || !ordinalEndings[ending] {
		return m
	}
	m.Type = "ORDINAL"
	return m
}

// measureUnits are stems of units of measure; currencies are not among them.
var measureUnits = []string{"тонн", "баррел", "кубометр", "гектар", "километр", "литр", "киловатт", "мегаватт", "гигаватт", "метр"}

// currencies are stems of currency names and signs.
var currencies = []string{"рубл", "доллар", "евро", "юан", "фунт", "иен", "йен", "франк", "гривн", "тенге", "рупи", "лир", "$", "€", "₽", "£"}

// measureNumber makes a MONEY that counts units of measure and names no
// currency («до 25 млн тонн») a NUMBER: NEREL train types all four such
// amounts NUMBER («8-10 тыс. тонн», «63 миллиарда кубометров»), and a
// unit written short too («2,5 кВт», see abbreviatedMeasure).
func measureNumber(m doc.Mention) doc.Mention {
	if m.Type != "MONEY" {
		return m
	}
	w := lowerCase(m.Text)
	for _, c := range currencies {
		if strings.Contains(w, c) {
			return m
		}
	}
	for _, u := range measureUnits {
		if strings.Contains(w, u) {
			m.Type = "NUMBER"
			return m
		}
	}
	if abbreviatedMeasure(w) {
		m.Type = "NUMBER"
	}
	return m
}

// approximators are nouns that open an amount as a part of it («порядка
// 400 тыс.»; NEREL train starts its amounts there).
var approximators = map[string]bool{"порядка": true, "максимум": true, "минимум": true}

// quantityStart starts a MONEY, NUMBER or PERCENT mention that opens with
// a lower-case noun (no currency: «шиллинг», «биткоины» count) right before
// a digit at the digit: «в инфраструктуру Тулы и области 3 млрд рублей»
// is no amount of «области».
func (r *Refiner) quantityStart(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "MONEY" && m.Type != "NUMBER" && m.Type != "PERCENT" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first {
		return m
	}
	w, next := toks[first].Text, toks[first+1].Text
	if !tokenize.StartsLower(w) || next == "" || !unicode.IsDigit(firstRune(next)) || r.likeliest(w) != morph.NOUN {
		return m
	}
	lw := lowerCase(w)
	if approximators[lw] {
		return m
	}
	for _, c := range currencies {
		if strings.Contains(lw, c) {
			return m
		}
	}
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.NOUN || p.Tag.Is(morph.Abbr) {
			return m // a word that may be a numeral, a preposition or a unit
		}
	}
	m.Start = toks[first+1].Start
	m.Text = string(text[m.Start:m.End])
	return m
}

// kindAcronymInside reports whether m is an ORGANIZATION that is only the
// acronym of a kind of enterprise (kindAcronyms) at the end of a longer
// organization («ГМК» of «Кольская ГМК»): the kind, not another
// organization. NEREL v1.1 train tags none of these acronyms alone.
func kindAcronymInside(m doc.Mention, orgs []doc.Span) bool {
	if m.Type != "ORGANIZATION" || !kindAcronyms[m.Text] {
		return false
	}
	for _, o := range orgs {
		if o.Start < m.Start && o.End == m.End {
			return true
		}
	}
	return false
}
