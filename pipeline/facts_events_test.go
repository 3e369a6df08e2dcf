package pipeline

import (
	"testing"
	"time"
)

// TestNewsEvents checks the events and dates of news texts
// (testdata/news-*.txt; made up, in the style of Russian wire reports),
// read with a document date some days after their datelines: each event's
// type, trigger, date, place and participants. Lines marked (guard) held
// before the rule they pin.
func TestNewsEvents(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-protest.txt", "2025-11-20",
			[]string{"DATE в четверг = 2025-11-13"}, // the dateline's Thursday, 13 November
			[]string{
				"PROTEST(акцию протеста) date=2025-11-13 place=Брюссель",
				"PROTEST(аналогичная акция) date=2025-11-12 place=Париж", // «Накануне»: the day before
			},
			nil},
		{"news-hearing.txt", "2025-11-20",
			[]string{"DATE на 4 декабря = 2025-12-04"}, // «отложил на 4 декабря»: a day set, not past
			[]string{
				"SESSION(Заседание) date=2025-12-04",
				"OTHER(арест) date=2025-11-06 time=6 ноября", // «наложил арест на имущество»: property
			},
			[]string{"ARREST(арест) date=2025-11-06 time=6 ноября"}},
		{"news-state-visit.txt", "2025-11-20",
			[]string{
				"DATE с 16 по 18 ноября = 2025-11-16/2025-11-18", // begun on the dateline's day, not yet ended
				"DATE Во вторник = 2025-11-18",                   // the Tuesday after 17 November
			},
			[]string{
				// «По итогам переговоров лидеры подписали совместное
				// заявление» puts the story in the talks' day, not the
				// visit's first
				"SIGNING(подписали) date=2025-11-17 agent=Сергей Цивилев agent=Чойжилсурэн Батсайхан",
				// «В этот день» is the story's day, not another
				"OTHER(возложил венок) date=2025-11-17 agent=Ухнаагийн Хурэлсух place=Могила Неизвестного Солдата time=В этот день",
				// «Во вторник монгольский лидер посетит Санкт-Петербург»:
				// ahead, not the visit the headline told past
				"VISIT(посетит) date=2025-11-18 time=Во вторник place=Санкт-Петербург",
			},
			[]string{"STATEMENT(заявление) date=2025-11-17"}}, // a paper signed
		{"news-commission-uz.txt", "2025-11-20",
			nil,
			[]string{
				// «Накануне …» left the story undated; «По итогам
				// заседания» brings it back to the session's day
				"SIGNING(подписали) date=2025-11-14 agent=Антон Алиханов agent=Жамшид Ходжаев",
				"VISIT(посетила) date=2025-11-14 place=Ташкентский тракторный завод",
				// «Двадцать шестое заседание … прошло в пятницу»: the
				// verb of happening dates the headline's session; the
				// relations' Узбекистан («Межправкомиссия России и
				// Узбекистана») gives way to «в Ташкенте»
				"SESSION(заседание) date=2025-11-14 place=Ташкент",
				// whom the relations made an agent is met; «Накануне»
				// alone is the day before the session's
				"MEETING(встретился) date=2025-11-13 agent=Антон Алиханов participant=Шавкат Мирзиёев",
			},
			nil},
		{"news-working-trip.txt", "2025-11-20",
			nil,
			// «В ходе поездки Минниханов также вручил»: the subject ends
			// the opening circumstance
			[]string{"AWARD(вручил) date=2025-11-19 agent=Рустам Минниханов"},
			nil},
		{"news-bus-crash.txt", "2025-11-20",
			[]string{"DATE в субботу = 2025-11-15", "CITY Урман"},
			// «Авария произошла в субботу около 06:40 по местному времени
			// у села Урман»: near a village, and «по» of a time opens no
			// topic
			[]string{"ACCIDENT(Авария) date=2025-11-15 time=в субботу place=Урман"},
			nil},
		{"news-ministers-talks.txt", "2025-11-20",
			[]string{"CITY Абу-Даби", "DATE в минувший вторник = 2025-11-18"}, // the dateline's city, not a PERSON
			// (the lead's ministers are the meeting's sides: partyless, ev19)
			[]string{"MEETING(переговоры) date=2025-11-18 place=Абу-Даби agent=Арарат Мирзоян agent=Джейхун Байрамов"},
			nil},
		{"news-summit-plan.txt", "2025-11-20",
			[]string{"DATE весной следующего года = 2026-SP"},
			[]string{
				"SESSION(заседание) date=2025-12-04 time=4 декабря",
				// «Первый саммит Россия — Африка прошел в Сочи»: not the
				// relations' Африка, named as no place
				"SESSION(саммит) date=2019-10 participant=Россия time=в октябре 2019 года place=Сочи",
			},
			// «подготовкой саммита займется комитет, заседание которого
			// состоится 4 декабря»: the date is the committee's
			[]string{"SESSION(саммита) date=2025-12-04 time=4 декабря"}},
		{"news-phone-call.txt", "2025-11-20",
			[]string{"DATE на следующей неделе = 2025-W48"},
			// «Эрдоган пригласил Путина посетить Турцию»: the invited
			// visits
			[]string{
				"VISIT(посетить) date=2026 agent=Владимир Путин time=в начале следующего года place=Турция",
				// «…, сообщили в Кремле»: where it was told from (a MEETING since the twelfth session)
				"MEETING(телефонный разговор) date=2025-11-18 agent=Владимир Путин agent=Реджеп Тайип Эрдоган time=во вторник",
			},
			nil},
		{"news-regional-election.txt", "2025-11-20",
			[]string{"DATE 2 октября = 2025-10-02"}, // after the dateline's 16 September, not after 20 November
			[]string{"SESSION(заседание) date=2025-10-02 organizer=Законодательное собрание time=2 октября"},
			nil},
		{"news-airshow.txt", "2025-11-20",
			[]string{"DATE с 17 по 21 ноября = 2025-11-17/2025-11-21"},
			// «Документ подписали во вторник …» dates the contract the
			// headline and the lead tell
			[]string{"SIGNING(подписал контракт) date=2025-11-18 agent=Рособоронэкспорт place=Дубай"},
			nil},
		{"news-s14-ev14-trip.txt", "2025-11-19",
			nil,
			[]string{
				// «Накануне в Ташкенте прошло заседание … Его провели …»: was undated, with no one
				"SESSION(заседание) date=2025-11-18 place=Ташкент organizer=Алексей Оверчук organizer=Жамшид Ходжаев",
				"SIGNING(подписали) date=2025-11-19 agent=Владимир Путин agent=Шавкат Мирзиёев",      // (guard)
				"VISIT(визит) date=2025-11-18 agent=Владимир Путин place=Узбекистан time=во вторник", // (guard; time: namedAgain, ev20)
			},
			nil},
		{"news-s14-ev14-court.txt", "2025-11-18",
			nil,
			[]string{
				"ARREST(задержали) date=2024-03-14 participant=Иван Кляйн time=14 марта 2024 года",                     // (guard)
				"DISMISSAL(уволен по собственному желанию) date=2025-11-10 participant=Алексей Светлов time=10 ноября", // (guard)
			},
			// the governor's appointment, told in a new paragraph, is not of
			// the day of the arrest the paragraph before told
			[]string{"APPOINTMENT(назначил) date=2024-03-14 agent=Владимир Мазур participant=Дмитрий Махиню"}},
		{"news-s14-ev14-strike.txt", "2025-12-04",
			nil,
			[]string{"ATTACK(атаковали) date=2025-12-04 agent=Вооруженные силы Украины place=Белгородская область"}, // «атаковали Белгородскую область»
			nil},
		{"news-s14-ev14-contract.txt", "2025-12-10",
			nil,
			[]string{
				"DELIVERY(передал) date=2025-12-09 time=во вторник agent=Калашников object=Министерство внутренних дел",   // «передал … партию автоматов»
				"SIGNING(подписали) date=2025-W49 agent=Уралвагонзавод agent=Қазақстан темір жолы time=на прошлой неделе", // (guard)
			},
			nil},
		{"news-s14-ev14-regions.txt", "2025-10-03",
			nil,
			[]string{
				"MEETING(совещание) date=2025-10-03 agent=Рамзан Кадыров", // another story of the digest: was the forum's 1 October
				"ARREST(задержала) date=2025-10-03 agent=полиция",
				"SESSION(Россия — исламский мир) date=2025-10-01 place=Казань time=1 октября", // (guard)
				"MEETING(встретился) date=2025-10-02 agent=Андрей Травников",                  // (guard) «Он встретился»: the same story
			},
			nil},
		{"news-s14-ev14-science.txt", "2025-12-06",
			nil,
			[]string{
				// «В четверг … заключили соглашение. Документ подписали …»:
				// one signing, told by «заключили соглашение» since ev22b
				// (was «подписали» with the two signers alone)
				"SIGNING(заключили соглашение) date=2025-12-04 time=В четверг agent=Новосибирский государственный университет agent=Сбер agent=Михаил Федорук agent=Александр Ведяхин",
				"SESSION(пленарном заседании) date=2025-12-03 participant=Геннадий Красников", // (guard) no digest: the conference's days
			},
			nil},
		{"news-s15-ev15-meeting.txt", "2025-11-12",
			nil,
			[]string{
				"MEETING(встречался) date=2025-11-11 agent=Сергей Лавров participant=Реджеп Тайип Эрдоган",     // the imperfective «встречаться»
				"MEETING(встретился) date=2025-11-12 agent=Сергей Лавров place=Анкара participant=Хакан Фидан", // (guard) the headline's and the lead's, one event
			},
			nil},
		{"news-s15-ev15-visit.txt", "2025-11-05",
			nil,
			[]string{
				// «Визит завершится 7 ноября» no longer cancels the dateline's day
				"VISIT(прибыл) date=2025-11-05 agent=Прабово Субианто place=Москва",
			},
			// the visit ending on 7 November is the one told before
			[]string{"VISIT(Визит) date=2025-11-07 time=7 ноября"}},
		{"news-s15-ev15-visit.txt", "2025-11-20", // read later in the month: the dateline's day is the reference
			[]string{"DATE 7 ноября = 2025-11-07"}, // (guard) a future day after 5 November, not of 2026
			[]string{"VISIT(прибыл) date=2025-11-05 agent=Прабово Субианто place=Москва"},
			nil},
		{"news-s15-ev15-talks.txt", "2025-11-20",
			nil,
			[]string{
				// the lead's «встретился … с премьер-министром Казахстана
				// Олжасом Бектеновым» is the headline's «Переговоры»
				"MEETING(Переговоры) date=2025-11-20 participant=Михаил Мишустин place=Москва participant=Олжас Бектенов",
				"SIGNING(подписали) date=2025-11-20 agent=Михаил Мишустин agent=Олжас Бектенов", // (guard)
			},
			[]string{"MEETING(встретился) date=2025-11-20 agent=Михаил Мишустин time=в четверг place=Дом правительства"}},
		{"news-s15-ev15-signing.txt", "2025-09-02",
			nil,
			[]string{
				// the lead's signers join the headline's signing by states
				"SIGNING(подписали) date=2025-09-02 agent=Россия agent=Китай place=Пекин agent=Алексей Миллер agent=Дай Хоулян",
			},
			[]string{"VISIT(Визит) date=2025-09-03 time=3 сентября"}}, // «Визит завершится 3 сентября»: the visit told before
		{"news-s15-ev15-drones.txt", "2025-11-20",
			nil,
			[]string{
				// «В ночь на среду», a TIME, opens the lead: the story's day (were undated)
				"ATTACK(атаке) date=2025-11-19 place=Курская область", // (s16: the headline's «подверглась атаке», undergone)
				"DEATH(погиб) date=2025-11-19",
			},
			nil},
		{"news-s15-ev15-attack.txt", "2025-11-19",
			nil,
			[]string{
				"VISIT(посещал) date=2025-11-18 time=Во вторник agent=Александр Хинштейн",
				"MEETING(встречался) date=2025-11-18 time=Во вторник agent=Александр Хинштейн",
			},
			nil},
		{"news-s16-ev16-meeting.txt", "2025-12-05",
			nil,
			[]string{
				"MEETING(совещание) date=2025-12-03 place=Дальний Восток agent=Владимир Путин", // was dated 2020 by the earlier meeting; the topic «по развитию Дальнего Востока» (a LOCATION since org16) is its place as NEREL train relates such topics (dropping them cost 12 right places there)
				"MEETING(совещание) date=2020 time=В 2020 году participant=Владимир Путин place=Хабаровск",
				"STATEMENT(заявил) date=2025-12-03 agent=Дмитрий Песков", // «заявил журналистам, что … будут»: the story's day
			},
			[]string{"MEETING(совещание) date=2020 agent=Владимир Путин"}},
		{"news-s16-ev16-court.txt", "2025-12-05",
			nil,
			[]string{"ARREST(арестовал) date=2025-11-24 agent=Басманный суд Москвы participant=Сергей Петров"}, // (guard; the lead's agent since s17 ev17)
			// «Рассмотрение жалобы на арест назначено на 10 декабря»: the
			// hearing's day, no arrest of its own
			[]string{"ARREST(арест) date=2025-12-10 time=10 декабря"}},
		{"news-s16-ev16-moldova.txt", "2025-12-05",
			nil,
			// «Оппозиционный Патриотический блок заявил»: the party (read
			// as a post), not Санду
			[]string{"STATEMENT(заявил) date=2025-11-11 agent=Патриотический блок"},
			nil},
		{"news-s16-ev16-kursk.txt", "2025-12-05",
			nil,
			[]string{
				// a lead with no headline nor dateline dates the story by
				// its «в ночь на среду»; «подверглась атаке» is the attack
				"ATTACK(атаке) date=2025-12-03 time=в ночь на среду place=Курская область",
				"DEATH(погиб) date=2025-12-03",
			},
			nil},
		{"news-s16-ev16-election.txt", "2025-11-20",
			nil,
			// «победил на выборах губернатора … Об этом в понедельник
			// сообщила избирательная комиссия»: the count's report, not
			// the vote's day
			[]string{"ELECTION(выборах) date= participant=Илья Середюк"},
			[]string{"ELECTION(выборах) date=2025-09-15 participant=Илья Середюк"}},
		{"news-s16-ev16-visit.txt", "2025-11-20",
			nil,
			[]string{"VISIT(прибыл) date=2025-11-14 agent=Сергей Лавров place=Пхеньян"}, // (guard)
			nil},
		{"news-s16-ev16-resign.txt", "2026-02-05",
			nil,
			[]string{
				// the headline's «назначен» (a short past passive) is dated
				// by the dateline, as a verb in the past
				"APPOINTMENT(назначен) date=2026-02-04 participant=Росстат participant=Сергей Галкин",
				// «В конце января стало известно, что свой пост покинет
				// Павел Малков, возглавлявший ведомство с 2018 года»: a
				// dismissal (the recognizer missed it), dated neither by
				// the knowing nor by the participle's clause
				"DISMISSAL(пост покинет) date= agent=Павел Малков",
			},
			nil},
		{"news-working-trip.txt", "2025-11-20",
			nil,
			// «совершил рабочую поездку в Елабужский район»: a visit
			[]string{"VISIT(поездку) date=2025-11-19 participant=Рустам Минниханов time=в среду place=Елабужский район"},
			nil},
		{"news-s15-ev15-election.txt", "2025-09-29",
			nil,
			[]string{"STATEMENT(заявил) date=2025-09-28 agent=Патриотический блок"},
			[]string{"STATEMENT(заявил) date=2025-09-28 agent=Майя Санду"}},
		{"news-s17-ev17-arrest.txt", "2026-01-14", nil,
			[]string{
				"INSPECTION(обыски) date=2026-01-13 time=В тот же день",  // (guard; OTHER before ev22) the day just named, «во вторник»
				"STATEMENT(заявил) date=2026-01-14 agent=Андрей Борисов", // (guard) the lawyer speaks on the story's day, not the detention's
			},
			nil},
		{"news-s17-ev17-attack.txt", "2026-01-10", nil,
			[]string{
				// both regions; the lead's agent (names23b: «Курскую
				// области» was named as written, sharedRegion)
				"ATTACK(атаковали) date=2026-01-10 place=Брянская область place=Курская область agent=Вооруженные силы Украины",
				"DEATH(погиб) date=2026-01-10", // the lead tells the headline's death again in the story's time
			},
			nil},
		{"news-s17-ev17-appointment.txt", "2026-02-03", nil,
			[]string{
				"APPOINTMENT(назначил) date=2026-02-03 agent=Владимир Путин participant=Игорь Руденя",                                          // (guard)
				"APPOINTMENT(назначен) date=2026-02-03 place=Тверская область participant=Виталий Королев",                                     // not the governor Беглов the story names later (date: staffChain, ev20; was none)
				"MEETING(встретился) date=2026-02-03 agent=Игорь Руденя place=Санкт-Петербург participant=Александр Беглов time=В тот же день", // (guard)
			},
			nil},
		{"news-s17-ev17-protest.txt", "2025-03-15", nil,
			[]string{
				"PROTEST(Митинг) date=2025-03-15 place=площадь Славия",                          // (guard)
				"DISMISSAL(отставку подал) date=2025-01-28 time=28 января agent=Милош Вучевич",  // (guard)
				"PROTEST(многотысячная акция протеста студентов) date=2025-03-15 place=Белград", // (guard)
			},
			nil},
		{"news-s17-ev17-death.txt", "2024-03-15", nil,
			[]string{
				"DEATH(Умер) date=2024-03-15 participant=Александр Ширвиндт place=Москва time=15 марта 2024 года", // (guard; the lead's place and time: namedAgain, ev20)
				"OTHER(Прощание) date=2024-03-19 place=Театр сатиры time=19 марта participant=Александр Ширвиндт", // (guard)
			},
			nil},
		{"news-s17-evner17-veteran.txt", "2026-05-09",
			[]string{
				"EVENT Второй мировой",              // «Ветеран Второй мировой»: was the ORDINAL alone
				"EVENT Великая Отечественная война", // (guard)
			},
			[]string{"Иван Петрович Соколов PARTICIPANT_IN Второй мировой"},
			nil},
		{"news-s17-evner17-worldcup.txt", "2026-06-02",
			[]string{
				"EVENT ЧМ-2026", // (guard)
				"EVENT ЧМ",      // (guard) «на ЧМ 16 июня», now nested in «ЧМ-2026» too
			},
			[]string{"Сборная Аргентины PARTICIPANT_IN ЧМ"}, // «состав на ЧМ-2026»: the contest nested
			nil},
		{"news-s17-evner17-history.txt", "2026-03-14",
			[]string{
				"EVENT Культурная революция",  // (guard) as a mention in the headline only
				"EVENT Великий поход",         // «участникам Великого похода»: was a CITY Великий
				"EVENT Октябрьская революция", // (guard)
			},
			[]string{"Культурная революция POINT_IN_TIME 1966—1976 годов"}, // the body's mention, added
			nil},
		{"news-s17-evner17-olympics.txt", "2026-01-20",
			[]string{"EVENT Олимпиада"}, // nested in «Олимпиаде-2026»
			[]string{"Анна Щербакова PARTICIPANT_IN Олимпиада"},
			nil},
		{"news-s17-ev17b-posts.txt", "2026-03-16",
			nil,
			[]string{
				// «выдвинул на пост вице-губернатора»: the EVENT verb and
				// its post, an appointment (was OTHER(выдвинул))
				"APPOINTMENT(выдвинул на пост) date=2026-03-12 participant=Андрей Соколов",
				// «заступила на пост»: no EVENT mention, the verb and its post
				"APPOINTMENT(заступила на пост) date=2026-03-09 agent=Мария Лебедева time=в понедельник",
			},
			[]string{"OTHER(выдвинул) date=2026-03-12 participant=Андрей Соколов"}},
		{"news-s17-ev17c-shooting.txt", "2026-03-20",
			[]string{"PERSON Артем Кузнецов"}, // (guard)
			[]string{
				// «Личность нападавшего установлена. Это 24-летний Артем
				// Кузнецов»: the attacker the body names (namedAttacker)
				"ATTACK(Стрельба) date=2026-03-13 place=Казань time=в пятницу agent=Артем Кузнецов",
			},
			nil},
		{"news-s17-ev17c-visit.txt", "2026-02-20",
			[]string{"COUNTRY Россия"}, // (guard)
			[]string{
				// «Президент Египта прибыл в Россию»: the visit's place is
				// Россия, not the state of the visitor's post (postNamedOnly)
				"VISIT(прибыл) date=2026-02-10 agent=Абдель Фаттах ас-Сиси place=Россия",
			},
			[]string{"VISIT(прибыл) date=2026-02-10 agent=Абдель Фаттах ас-Сиси place=Египет"}},
		{"news-s18-ev18-visit.txt", "2026-03-14",
			nil,
			[]string{
				// «Казань с рабочим визитом посетил президент»: one visit
				// (not «визитом» apart), Казань visited, dated by the
				// dateline «КАЗАНЬ, 12 марта 2026.»
				"VISIT(посетил) date=2026-03-12 agent=Касым-Жомарт Токаев place=Казань",
				"MEETING(переговоры) date=2026-03-12 agent=Касым-Жомарт Токаев time=В четверг agent=Рустам Минниханов", // (guard)
			},
			[]string{"VISIT(визитом) date=2026-03-12 participant=Касым-Жомарт Токаев"}},
		{"news-s18-ev18-obituary.txt", "2026-02-06",
			nil,
			[]string{
				"DEATH(умер) date=2026-02-04 place=Пекин participant=Чжан Вэйго", // (guard)
			},
			// «генерал, замначальника штаба ВМС в Южно-Китайском море,
			// умер»: where the brother served, not where he died
			[]string{"DEATH(умер) date=2014 place=Южно-Китайское море time=в 2014 году participant=Чжан Вэйго"}},
		{"news-s18-ev18-shooting.txt", "2026-02-05",
			nil,
			[]string{
				// the headline's «Стрельба …: погибли два человека»: the dateline's day (ev18b)
				"ATTACK(Стрельба) date=2026-02-03 place=центр Хьюстона agent=Джейсон Миллер",
				// «Полиция задержала стрелка … Им оказался … Джейсон
				// Миллер»: the one arrested; «через час после нападения»,
				// the story's own attack: its day (ev18b)
				"ARREST(задержала стрелка) date=2026-02-03 agent=полиция time=через час participant=Джейсон Миллер",
			},
			nil},
		{"news-s18-ev18-veteran.txt", "2026-05-10",
			[]string{"EVENT Вторая мировая война"}, // (guard)
			[]string{
				// the dateline «ТУЛА, 8 мая 2026.» dates the lead
				"AWARD(вручил) date=2026-05-08 agent=Дмитрий Миляев",
			},
			nil},
		{"news-s18-ev18-race.txt", "2026-03-03",
			[]string{
				"PERSON Кими Райкконен", // «преследователей — Кими Райкконена»: a Finnish surname in -нен
				"PERSON Ландо Норрис",   // (guard)
			},
			nil,
			nil},
		{"news-s18-evner18-veteran.txt", "2026-03-20",
			[]string{
				"EVENT форсирование Днепра",                // was no mention
				"EVENT освобождение Киева",                 // was no mention
				"EVENT штурм Кёнигсберга",                  // was «штурме» alone
				"AWARD За оборону Москвы",                  // (guard) a medal, no EVENT inside
				"EVENT Всесоюзная учительская конференция", // (guard)
			},
			nil, nil},
		{"news-s18-evner18-contest.txt", "2026-06-05",
			[]string{
				"EVENT XVIII Международный конкурс имени Чайковского",  // was the contest without its number
				"EVENT Международный конкурс имени Чайковского",        // (guard) nested, as NEREL dev
				"EVENT XVII Международного конкурса имени Чайковского", // (guard)
				"ORDINAL XVIII", // (guard)
			},
			nil, nil},
		{"news-s18-evner18-tennis.txt", "2025-09-08",
			[]string{
				"EVENT U.S. Open",       // was «U.S.» alone, a COUNTRY
				"EVENT Australian Open", // (guard)
				"EVENT Сочи-2014",       // was the DATE «2014» alone
				"CITY Сочи",             // the host town inside
			},
			nil, nil},
		{"news-s18-evner18-memory.txt", "2026-04-25",
			[]string{"EVENT Геноцид армян"}, // (guard) «о Геноциде армян» joins it now
			nil, nil},
		{"news-s18-evner18-forum.txt", "2025-11-20",
			[]string{
				"EVENT II Всероссийская научная конференция", // was the conference without its number
				"EVENT оборона Сталинграда",                  // was no mention
				"EVENT блокада Ленинграда",                   // was no mention
			},
			nil, nil},
		{"news-s18-ev18b-visit.txt", "2026-05-15",
			nil,
			[]string{
				// «16 мая Ярославль посетит министр»: the place put first, after the date, is visited
				"VISIT(посетит) date=2026-05-16 time=16 мая agent=Ирек Файзуллин place=Ярославль",
			},
			nil},
		{"news-s18-ev18b-school.txt", "2026-03-12",
			nil,
			[]string{
				// «Нападение на школу в Перми: пострадали четыре ученика»: dated by the dateline
				"ATTACK(Нападение) date=2026-03-11 place=Пермь",
				// «задержала нападавшего через 20 минут после нападения»: the story's day
				"ARREST(задержала нападавшего) date=2026-03-11 agent=полиция time=через 20 минут",
			},
			nil},
		{"news-s18-ev18b-committee.txt", "2026-03-13",
			nil,
			[]string{
				// «Соколов сменит Ивана Петрова, который вступил в эту должность за месяц до прошлых выборов»
				"APPOINTMENT(выдвинул на пост) date=2026-03-12 agent=Владимир Путин participant=Андрей Соколов", // (guard)
			},
			[]string{
				// dated by the elections, not by the dateline's day
				"APPOINTMENT(вступил в эту должность) date=2026-03-12 agent=Иван Петров",
			}},
		{"news-s19-ev19-talks.txt", "2026-09-01",
			nil,
			[]string{
				// «ТАШКЕНТ, 14 апреля 2026.» … «во вторник провел переговоры»
				"MEETING(переговоры) date=2026-04-14 agent=Михаил Мишустин time=во вторник agent=Абдулла Арипов place=Ташкент", // the headline's «обсудили в Ташкенте» (discussedIn, ev20; was unplaced)
				// «В среду Мишустин посетит Самарканд»
				"VISIT(посетит) date=2026-04-15 time=В среду agent=Михаил Мишустин place=Самарканд",
			},
			nil},
		{"news-s19-ev19-governor.txt", "2026-09-01",
			nil,
			[]string{
				"APPOINTMENT(назначил) date=2026-02-05 agent=Владимир Путин participant=Александр Хинштейн",
				"MEETING(встретился) date=2026-02-05 agent=Владимир Путин participant=Александр Хинштейн place=Кремль",
			},
			nil},
		{"news-s19-ev19-arrest.txt", "2026-09-01",
			nil,
			[]string{
				// «ЕКАТЕРИНБУРГ, 11 ноября 2025.» … «в понедельник задержали»
				"ARREST(задержан) date=2025-11-10 place=Екатеринбург time=в понедельник participant=Игорь Волков", // (time: namedAgain, ev20)
				"ARREST(арестовал) date=2025-11-11 participant=Игорь Волков agent=Ленинский районный суд Екатеринбурга time=во вторник",
			},
			nil},
		{"news-s19-ev19-attack.txt", "2026-09-01",
			nil,
			[]string{
				// «в ночь на воскресенье»: 8 March 2026
				"ATTACK(атаковали) date=2026-03-08 place=Белгород agent=Вооруженные силы Украины",
			},
			nil},
		{"news-s19-ev19-election.txt", "2026-09-01",
			nil,
			[]string{
				"ELECTION(избрана) date=2025-09-23 participant=Ирина Волкова",
			},
			nil},
		{"news-s19-ev19-vote.txt", "2026-12-01",
			nil,
			[]string{
				// «назначил выборы … на 20 сентября»: an election set, no
				// appointment (setsEvent)
				"OTHER(назначил выборы) date=2026-06-08 participant=Законодательное собрание Приморья agent=Олег Кожемяко time=в понедельник", // (time: namedAgain, ev20)
				"APPOINTMENT(назначил) date=2026-06-08 agent=Олег Кожемяко participant=Иван Сидоров time=В тот же день",
			},
			[]string{"APPOINTMENT(назначил выборы) date=2026-06-08 participant=Законодательное собрание Приморья agent=Олег Кожемяко"}},
		{"news-s18-org18-murom.txt", "2025-07-22",
			nil,
			[]string{
				// the headline's «посетят» told again by «31 июля Муром
				// посетят журналисты»: the body's place (visitAhead)
				"VISIT(посетят) date=2025-07-31 place=Муром",
			},
			nil},
		{"news-s19-evner19-bishop.txt", "2026-03-20",
			[]string{
				"EVENT лишил духовного сана", // was no mention
				"EVENT лишил сана",           // was «сана» alone
				"EVENT снят с должности",     // was no mention
			},
			[]string{
				// «снят» is the short adjective «снятой» to the dictionary:
				// a verb of removal with the post, not an appointment
				"DISMISSAL(снят с должности) date=2024 participant=Осорно Хуан Баррос time=В 2024 году",
			},
			[]string{"APPOINTMENT(снят с должности) date=2024 participant=Осорно Хуан Баррос time=В 2024 году"}},
		{"news-s19-evner19-mayor.txt", "2026-01-25",
			[]string{
				"EVENT лишил полномочий",        // was no mention
				"EVENT лишили полномочий",       // (guard)
				"EVENT освобожден от должности", // (guard)
				"EVENT лишился своего поста",    // was no mention
			},
			nil, nil},
		{"news-s19-evner19-cinema.txt", "2026-04-05",
			[]string{
				"EVENT покажут фильмы",  // was no mention
				"EVENT показ фильма",    // was no mention
				"EVENT показали фильмы", // was no mention
				"EVENT показы фильмов",  // (guard)
			},
			nil, nil},
		{"news-s19-evner19-rally.txt", "2026-02-10",
			[]string{"EVENT задержали более 200 человек"}, // was «задержали» alone
			[]string{"ARREST(задержали более 200 человек) date=2026-02-08 place=Тбилиси"},
			// «Новая акция назначена на субботу»: a day set, no appointment
			[]string{"APPOINTMENT(назначена) date=2026-02-07 time=на субботу"}},
		// twentieth session (helper ev20)
		{"news-s20-ev20-talks.txt", "2026-09-01",
			nil,
			[]string{
				// «обсудили в Астане» in the headline (discussedIn): was unplaced
				"MEETING(переговоры) date=2026-03-12 agent=Касым-Жомарт Токаев time=в четверг agent=кабинет министров Киргизии agent=Адылбек Касымалиев place=Астана",
				// «Документ подписали министры …» (retoldSigning): the ministers join the one signing
				"SIGNING(подписали) date=2026-03-12 agent=Касым-Жомарт Токаев agent=кабинет министров Киргизии agent=Адылбек Касымалиев agent=Нуржан Нуржигитов agent=Мелис Турганбаев",
				"VISIT(посетит) date=2026-03-13 time=В пятницу agent=Адылбек Касымалиев place=Алма-Ата", // (guard)
			},
			[]string{
				// was a second, separate SIGNING of the same paper
				"SIGNING(подписали) date=2026-03-12 agent=Нуржан Нуржигитов agent=Мелис Турганбаев",
			}},
		{"news-s20-ev20-governor.txt", "2026-09-01",
			nil,
			[]string{
				"APPOINTMENT(назначил) date=2026-03-05 agent=Владимир Путин participant=Андрей Смирнов", // (guard)
				// «Временно исполняющим обязанности … назначен» after the lead's
				// appointment (staffChain): was undated («с 2019 года» before)
				"APPOINTMENT(назначен) date=2026-03-05 participant=Олег Кравченко",
				// «Ранее Кравченко был назначен …»: an earlier post, undated (guard)
				"APPOINTMENT(назначен) date= participant=Олег Кравченко",
			},
			nil},
		{"news-s20-ev20-surrender.txt", "2026-09-01",
			nil,
			[]string{
				// «сдался полиции»: an ARREST (was OTHER)
				"ARREST(сдался) date=2026-04-09 place=Екатеринбург participant=полиция",
			},
			[]string{
				// «предложили ему сдаться»: a call, no event
				"ARREST(сдаться) date=2026-04-09",
				"ARREST(сдаться) date=",
			}},
		{"news-s20-ev20-death.txt", "2026-02-15",
			nil,
			[]string{
				// «Умер …» / «Скончался 14 февраля 2026 года … в Санкт-Петербурге»,
				// ALTERNATIVE_NAME (namedAgain): the lead's time and place (were none)
				"DEATH(Умер) date=2026-02-14 participant=Виктор Соколов time=14 февраля 2026 года place=Санкт-Петербург",
			},
			nil},
		// twentieth session (helper ev20b)
		{"news-s20-ev20b-retail.txt", "2025-10-14",
			[]string{"ORGANIZATION Магнит", "ORGANIZATION Дикси"},
			[]string{
				"ACQUISITION(купила) date=2025-10-13 agent=Магнит object=Дикси", // before: no event
			},
			[]string{
				// the seller after «у» is no company bought
				"ACQUISITION(купила) date=2025-10-13 agent=Магнит object=Дикси object=Меркурий",
			}},
		{"news-s20-ev20b-stake.txt", "2025-03-03",
			[]string{"ORGANIZATION Северсталь", "ORGANIZATION Карельский окатыш", "ORGANIZATION ВТБ"},
			[]string{
				"ACQUISITION(приобрела) date=2025-03-02 agent=Северсталь object=Карельский окатыш",    // before: no event
				"ACQUISITION(продал) date= agent=ВТБ object=Карельский окатыш participant=Северсталь", // before: no event; «Ранее»: no date; the buyer was an object (ev21, soldTo)
				"STATEMENT(заявил) date=2025-03-02 agent=Алексей Мордашов",                            // guard: the chairman's word on the deal stays a statement, not an acquisition
			},
			nil},
		// twentieth session (helper ev20c)
		{"news-s20-ev20c-witness.txt", "2026-04-15",
			[]string{"PERSON Касым-Жомарт Токаев", "PERSON Шавкат Хамраев"}, // (guard)
			[]string{
				// was … agent=Касым-Жомарт Токаев (witness)
				"SIGNING(подписали) date=2026-04-14 agent=Нуржан Нуржигитов agent=Шавкат Хамраев",
				"SIGNING(подписали) date=2026-04-14 agent=Казахстан agent=Узбекистан", // (guard)
			},
			nil},
		{"news-s20-ev20c-nextvisit.txt", "2026-10-10",
			[]string{"PERSON Виктор Орбан", "PERSON Петер Сийярто"}, // (guard)
			[]string{
				// was date=2026-10-09 (nextOne)
				"SESSION(заседание) date= place=Будапешт",
				"MEETING(переговоры) date=2026-10-09 agent=Петер Сийярто time=В пятницу agent=Сергей Лавров", // (guard)
			},
			[]string{
				// was the arrival's participant (preparedOf)
				"VISIT(прибыл) date=2026-10-08 agent=МИД Венгрии place=Москва participant=Виктор Орбан participant=Петер Сийярто participant=Сергей Лавров",
			}},
		{"news-s20-pol20-memorandum.txt", "2026-05-16", nil,
			[]string{"SIGNING(подписали) date=2026-05-15 agent=Алексей Лихачев agent=Нгуен Хонг Зиен"}, // was … agent=Фам Минь Тиня
			nil},
		{"news-s20-pol20-visit.txt", "2026-03-14", nil,
			[]string{
				// was … participant=Реджеп Тайип Эрдоган
				"VISIT(прибыл) date=2026-03-12 agent=Сергей Лавров place=Анкара",
				"VISIT(визита) date= participant=Реджеп Тайип Эрдоган place=Москва",
			},
			nil},
		{"news-s20-pol20-summit.txt", "2026-08-29", nil,
			[]string{"SESSION(саммит) date= organizer=Шанхайская организация сотрудничества place=Душанбе"}, // was date=2026-08-28
			nil},
		{"news-summit-plan.txt", "2025-11-20", nil, nil,
			// (guard) «подготовкой саммита» with no one named stays the
			// headline's summit
			[]string{"SESSION(саммита) date="}},
		// twenty-first session (helper ev21)
		{"news-s21-ev21-takeover.txt", "2025-10-05",
			[]string{"ORGANIZATION Акрон", "ORGANIZATION Дорогобуж", "ORGANIZATION Газпромбанк"},
			[]string{
				// before: no event (closedDeal); the headline's and the lead's «завершил поглощение» are one, «в пятницу» the 3rd
				"ACQUISITION(завершил поглощение) date=2025-10-03 agent=Акрон object=Дорогобуж",
				// before: object=Акрон (soldTo: the dative after «продал» is the buyer)
				"ACQUISITION(продал) date= agent=Газпромбанк participant=Акрон object=Дорогобуж",
				// before: no event (closedDeal); «холдинг» alone is no mention, so no agent
				"ACQUISITION(закрыл сделку по покупке) date=2025-09 time=В сентябре object=Северные удобрения",
				// (guard) the chairman's word stays a statement
				"STATEMENT(заявил) date= agent=Владимир Котов",
			},
			[]string{
				"ACQUISITION(продал) date= agent=Газпромбанк object=Акрон object=Дорогобуж",
			}},
		{"news-s21-ev21-visit.txt", "2025-11-12",
			[]string{"PERSON Андрей Ветров", "PERSON Игорь Соколов", "PERSON Олег Миронов", "ORGANIZATION Россети"},
			[]string{
				// before: without Соколов and Миронов (accompanied: «Министра сопровождали …»);
				// «Сургутская ГРЭС-2» was a PERSON of the recognizer and a participant
				// (energy22: powerPlants makes it a FACILITY, «посетил TAKES_PLACE_IN» it)
				"VISIT(посетил) date=2025-11-11 place=Сургут participant=Андрей Ветров participant=Игорь Соколов participant=Олег Миронов",
				"посетил TAKES_PLACE_IN Сургутская ГРЭС-2",
				// before: no participant (tookPartIn: «В нем приняли участие представители …»)
				"MEETING(совещание) date=2025-11-11 participant=Россети",
			},
			nil},
		{"news-s20-ex20-plant.txt", "2025-02-13",
			[]string{"ORGANIZATION Минпромторг России"},
			[]string{
				// before: no participant (tookPartIn: «В них приняли участие представители
				// Минпромторга России и …»: «них» is the plural «переговоры»)
				"MEETING(переговоры) date=2025-02-12 place=Дом правительства Удмуртии agent=Александр Бречалов participant=Минпромторг России participant=Федеральная служба по военно-техническому сотрудничеству",
			},
			[]string{
				// the state nested in the ministry's name is no party of its own
				"MEETING(переговоры) date=2025-02-12 place=Дом правительства Удмуртии agent=Александр Бречалов participant=Минпромторг России participant=Россия participant=Федеральная служба по военно-техническому сотрудничеству",
			}},
		{"news-s20-ev20c-nextvisit.txt", "2026-10-10", nil,
			[]string{
				// before: participant=Петер Сийярто participant=Сергей Лавров too, whom
				// the role phrase «Министры обсудят подготовку визита …» named
				"VISIT(визита) date= participant=Виктор Орбан place=Россия",
			},
			nil},
		{"news-s14-names14-diplomacy.txt", "2025-11-20", nil,
			[]string{
				// before: participant=Сергей Лавров too (preparedOf, role phrase)
				"VISIT(визита) date= participant=Си Цзиньпин",
			},
			nil},
		// twenty-second session (helper ev22)
		{"news-s22-ev22-awards.txt", "2026-06-12",
			[]string{"PERSON Владимир Путин", "PERSON Иван Громов"},
			[]string{
				// «В Кремле вручили государственные награды» … «Путин
				// вручил …»: the lead's agent acts in the headline's
				// award (was no agent)
				"AWARD(вручили государственные награды) date=2026-06-12 place=Кремль agent=Владимир Путин participant=Иван Громов",
			},
			nil},
		{"news-s22-ev22-match.txt", "2026-03-09",
			nil,
			[]string{
				// a match (was OTHER, undated)
				"COMPETITION(матче 21-го тура Российской премьер-лиги) date=2026-03-09 participant=Зенит participant=Спартак participant=Российская премьер-лига participant=Вильмар Барриос",
				// «Встреча прошла на «Газпром Арене»» in a story of
				// goals is the match (was MEETING)
				"COMPETITION(Встреча) date=2026-03-09 place=Газпром Арена",
				"COMPETITION(матч) date=2026-03-15 time=15 марта place=Казань participant=Рубин",
			},
			[]string{"MEETING(Встреча) date=2026-03-09 place=Газпром Арена"}},
		{"news-s22-ev22-searches.txt", "2026-10-18",
			nil,
			[]string{"INSPECTION(обыски) date=2026-10-18"}, // was OTHER, undated
			nil},
		{"news-s22-ev22-plant.txt", "2026-04-03",
			nil,
			[]string{
				"MEETING(переговоры) date=2026-04-03 agent=Антон Алиханов agent=Рустам Минниханов place=Казань", // a guard
				"OPENING(Церемонию открытия) date=2026-04-03 participant=Ильсур Метшин",                         // was OTHER, undated
			},
			nil},
		// twenty-second session (helper ev22b)
		{"news-s22-ev22b-contract.txt", "2026-09-11",
			[]string{"ORGANIZATION Уралвагонзавод", "PERSON Олег Тони"},
			[]string{
				// was no event; «в 2027 году», the deliveries' year, dates it not
				"SIGNING(заключили контракт) date=2026-09-11 agent=Уралвагонзавод agent=Российские железные дороги",
				"SIGNING(подписали) date=2026-09-11 agent=Александр Потапов agent=Олег Тони", // a guard
			},
			[]string{
				"SIGNING(заключили контракт) date=2027 agent=Уралвагонзавод agent=Российские железные дороги",
				"ACCIDENT(столкнулось) date=2026-09-11", // «столкнулось с нехваткой сварщиков»: no accident
			}},
		{"news-s22-ev22b-crash.txt", "2026-03-04",
			nil,
			[]string{"ACCIDENT(столкнулся) date=2026-03-04 place=Калуга"}, // was no accident; unplaced before ev25b («Под Калугой», underCity)
			nil},
		{"news-s22-ev22b-order.txt", "2026-04-16",
			[]string{"PERSON Владимир Мазур"},
			[]string{
				"STATEMENT(заявил) date=2026-04-15 agent=Владимир Мазур",                // «Об этом он заявил»: was no agent
				"SIGNING(подписал) date= agent=Олег Скуфинский",                         // a guard: the signer after the verb, the agent
				"MEETING(встретился) date=2026-04-15 agent=Владимир Мазур time=в среду", // a guard
			},
			nil},
		{"news-s22-ev22b-awards.txt", "2026-05-22",
			[]string{"PERSON Игорь Белых", "PERSON Виктор Жуков"},
			[]string{
				"AWARD(вручил) date=2026-05-22 agent=Владимир Путин place=Кремль participant=Андрей Соколов", // a guard
				// «глава государства вручил также капитану буксира Игорю
				// Белых»: was object=Игорь Белых, no agent
				"AWARD(вручил) date=2026-05-22 participant=Игорь Белых agent=Владимир Путин",
				// an honorary title conferred: was no event (left undated)
				"AWARD(присвоено) date= participant=Виктор Жуков",
			},
			nil},
		// twenty-third session (helper ev23)
		{"news-s23-ev23-forum.txt", "2024-08-13",
			[]string{"PERSON Андрей Белоусов", "PERSON Тимур Иванов"},
			[]string{
				// «вручил награды на форуме „Армия-2024“» … «Белоусов во
				// вторник вручил …»: the lead's day (was date=2024
				// time=2024, the year of the forum's name)
				"AWARD(вручил награды) date=2024-08-13 agent=Андрей Белоусов time=во вторник",
				// «был задержан … Тимур Иванов. Его задержали сотрудники
				// ФСБ»: one arrest (the relations name the two mentions one
				// event; was a second ARREST «задержали» with no one)
				"ARREST(задержан) date=2024-08-12 place=Москва participant=Тимур Иванов",
				// (guard) the signing of the forum keeps its signers
				"SIGNING(подписано соглашение) date=2024-08-13 participant=Минобороны participant=Калашников agent=Алексей Криворучко agent=Алан Лушников",
			},
			[]string{
				"ARREST(задержали) date=2024-08-12",
				"AWARD(вручил награды) date=2024 time=2024 agent=Андрей Белоусов",
			}},
		{"news-s23-ev23-plant.txt", "2024-10-21",
			[]string{"PERSON Глеб Никитин", "PERSON Андрей Иванов"},
			[]string{
				// «Соглашение, подписанное губернатором Глебом Никитиным и
				// генеральным директором компании Андреем Ивановым, …»: the
				// signers of the headline's signing (were not in it)
				"SIGNING(подписали) date=2024-10-21 place=Нижний Новгород agent=правительство Нижегородской области agent=Русские машины agent=Глеб Никитин agent=Андрей Иванов",
				// «В Дзержинске накануне умер …»: the day before the
				// dateline's (was undated: «накануне» counted only at the
				// sentence's head)
				"DEATH(умер) date=2024-10-20 place=Дзержинск participant=Виктор Соколов",
				// (guard) the meeting of the Wednesday before, its organizer
				"MEETING(совещание) date=2024-10-16 participant=Нижегородский машиностроительный завод time=В среду organizer=Максим Черкасов",
			},
			nil},
		// twenty-third session (helper ev23b)
		{"news-s23-ev23b-fire.txt", "2024-03-14",
			[]string{"FACILITY улица Генерала Тюленева"},
			[]string{
				// «на улице Генерала Тюленева»: the street's general takes
				// no part (was participant=Тюленева)
				"ACCIDENT(Пожар) date=2024-03-14 time=в ночь на четверг place=улица Генерала Тюленева",
				// (guard) «Накануне вечером … на бульваре Тараса
				// Шевченко»: placed, dated the day before, no person
				"ACCIDENT(возгорание) date=2024-03-13 place=бульвар Тараса Шевченко",
			},
			[]string{
				"ACCIDENT(Пожар) date=2024-03-14 time=в ночь на четверг place=улица Генерала Тюленева participant=Тюленева",
			}},
		{"news-s23-ev23b-expo.txt", "2025-07-08",
			[]string{"EVENT Иннопром-2025"},
			[]string{
				// «На выставке „Иннопром-2025“ подписали …» with the
				// dateline 8 July: the dateline's day (was date=2025, the
				// name's year; its time stays the name's year)
				"OTHER(Иннопром-2025) date=2025-07-08 time=2025 place=Екатеринбург",
				"SIGNING(подписали) date=2025-07-08",
				// «В первый день выставки подписали …» after «Выставка
				// проходила с 7 по 10 июля»: its first day (was undated);
				// the contract of the next sentence is told as the same
				// signing
				"SIGNING(подписали) date=2025-07-07 agent=Минпромторг agent=Ростех",
				// (guard) the range of «Выставка проходила с 7 по 10 июля»
				"OTHER(Выставка) date=2025-07-07 time=с 7 по 10 июля",
			},
			[]string{
				"SIGNING(подписали) date=2025",
			}},
		{"news-s23-ev23b-quote.txt", "2025-09-03",
			[]string{"PERSON Оксана Лут"},
			[]string{
				// «„… в этом году урожай пшеницы превысит 90 млн тонн“, —
				// заявила министр»: the story's day (was date=2025, the
				// quotation's year)
				"STATEMENT(заявила) date=2025-09-03 agent=Оксана Лут",
			},
			[]string{
				"STATEMENT(заявила) date=2025 agent=Оксана Лут",
			}},
		// twenty-fourth session (helper ev24)
		{"news-s24-ev24-arrests.txt", "2026-11-05",
			[]string{"CITY Сызрань"},
			[]string{
				// (guard) the lead's «Сотрудники ФСБ задержали …» tells
				// the headline's arrest again
				"ARREST(задержали) date=2026-11-05 place=Самара participant=Игорь Петров",
				// «В тот же день полицейские задержали в Сызрани двух
				// подозреваемых»: another arrest in another city (was
				// taken into the headline's arrest in Самара)
				"ARREST(задержали) date=2026-11-05 place=Сызрань time=В тот же день",
			},
			nil},
		{"news-s24-ev24-talks.txt", "2026-02-12",
			[]string{"CITY Будапешт"},
			[]string{
				"MEETING(переговоры) date=2026-02-12 place=Вена participant=Кристиан Штокер agent=Роберт Фицо",
				// «Накануне переговоры в Будапеште …»: other talks, the
				// day before (were the talks in Вена); Орбан, whom «с»
				// names, is the relation model's agent (Фицо is not in
				// the sentence)
				"MEETING(переговоры) date=2026-02-11 place=Будапешт agent=Виктор Орбан",
			},
			nil},
		{"news-s24-ev24-board.txt", "2026-11-03",
			[]string{"PERSON Андрей Волков"},
			[]string{
				// «Совет директоров … на заседании во вторник избрал
				// своим председателем Андрея Волкова» tells the headline's
				// election: its object joins it (was agent only)
				// (names25b: the headline's board is the lead's one, named so)
				"ELECTION(избрал) date=2026-11-03 agent=Совет директоров ПАО «Уралкалий» object=Андрей Волков",
				// «Министерство природных ресурсов одобрило кандидатуру,
				// говорится в заявлении ведомства»: the ministry (was no
				// agent)
				"STATEMENT(заявлении) date=2026-11-03 agent=Министерство природных ресурсов",
				// (guard) the session keeps its people
				"SESSION(заседании) date=2026-11-03 participant=Совет директоров ПАО «Уралкалий» time=во вторник participant=Андрей Волков",
			},
			nil},
		// twenty-fourth session (helper ev24b)
		{"news-s24-ev24b-resign.txt", "2026-03-12",
			[]string{"PERSON Тимур Магинов"},
			[]string{
				// «Краевой парламент во вторник одобрил назначение Аркадия
				// Ткаченко первым вице-губернатором»: an approved
				// appointment (was OTHER; approvedKind)
				"APPOINTMENT(одобрил) date=2026-03-10 agent=Краевой парламент time=во вторник participant=Аркадий Ткаченко",
				// «сложил с себя полномочия»: a resignation (was OTHER;
				// powersLaid)
				"DISMISSAL(сложил с себя полномочия) date=2026-03-12 agent=Тимур Магинов",
			},
			nil},
		{"news-s24-ev24b-court.txt", "2026-11-18",
			[]string{"PERSON Виктор Седов"},
			[]string{
				// a court's sentence and a sentence overturned: VERDICT
				// (both were OTHER)
				"VERDICT(приговорил) date=2026-11-18 agent=Октябрьский районный суд Краснодара participant=Виктор Седов",
				"VERDICT(отменил приговор) date= agent=Краснодарский краевой суд participant=Игорь Лаптев",
			},
			nil},
		{"news-s24-ev24b-ban.txt", "2026-06-16",
			[]string{"PERSON Кая Каллас"},
			[]string{
				// «Кроме того, ЕС запретил импорт …» after a sentence
				// about Кая Каллас: the EU alone (was also agent=Кая
				// Каллас, the relation model's; agentElsewhere)
				"BAN(запретил) date=2026-06-16 agent=Евросоюз",
				// (guard) the meeting keeps her
				"MEETING(встречу) date=2026-06-16 agent=Кая Каллас place=Брюссель",
			},
			nil},
		{"news-s24-ev24b-vote.txt", "2026-09-15",
			nil,
			[]string{
				// (guard) the elections keep their own days
				"OTHER(выборов) date=2026-09-12 time=12–14 сентября",
				// «итоги выборов …, прошедших 12–14 сентября. Об этом на
				// заседании облизбиркома сообщил …»: the report's day
				// (both were 2026-09-12; participleDated)
				"SESSION(заседании) date=2026-09-15 participant=облизбирком participant=Алексей Бурков",
				"STATEMENT(заявил) date=2026-09-15 agent=Алексей Бурков",
			},
			nil},
		// twenty-fifth session (helper ev25)
		{"news-s25-ev25-accidents.txt", "2026-10-14",
			[]string{"PRODUCT Ми-8", "STATE_OR_PROVINCE Амурская область"},
			[]string{
				"ACCIDENT(жесткую посадку) date=2026-10-13 place=Хабаровский край",          // was no event (a crash landing: landing.go, mishap)
				"ACCIDENT(сошли) date=2026-10-14 place=Амурская область",                    // was no event (derailed, after «Кроме того»)
				"OTHER(возбудил уголовное дело) date=2026-10-14 agent=Следственный комитет", // was undated
			},
			[]string{
				"OTHER(возбудил уголовное дело) date=2026-10-13 agent=Следственный комитет", // the relative clause's day is the landing's only
			}},
		{"news-s25-ev25-resign.txt", "2026-03-03",
			[]string{"PERSON Анна Карпова", "PERSON Олег Смирнов"},
			[]string{
				"DISMISSAL(пост покинула) date=2026-03-03 participant=Анна Карпова", // was OTHER(покинула)
			},
			[]string{
				"DISMISSAL(ушел в отставку) date=2026-03-03 agent=Волга", // (guard) the employer is no agent
			}},
		{"news-s25-ev25-launch.txt", "2026-12-05",
			[]string{"FACILITY Плесецк"},
			[]string{
				"OTHER(стартовала) date=2026-12-03 time=в четверг place=Плесецк", // (guard) the lead's Thursday
			},
			nil},
		{"news-s25-ev25-shooting.txt", "2026-03-22",
			[]string{"CITY Финикс"},
			[]string{
				"ATTACK(стрельбе) date=2026-03-21 place=Финикс", // was no place (struck: the lead places the headline's attack)
			},
			nil},
		{"news-s24-space24-soyuz.txt", "2025-03-14",
			nil,
			[]string{
				"OTHER(стартовала) date=2025-03-14 place=Байконур time=в пятницу",
			},
			[]string{
				"OTHER(Пуск) date=2025-03-14 time=в 19:41 по московскому времени", // was a second launch (families: запуск, пуск, стартовать)
			}},
		{"news-s24-space24-spacex.txt", "2026-02-06",
			nil,
			[]string{
				"OTHER(стартовала) date=2026-02-05 place=Флорида", // was undated (withinWeek: «в четверг» of the lead)
			},
			nil},
		{"news-s24-space24-crash.txt", "2025-05-05",
			nil,
			[]string{
				"ACCIDENT(жесткой посадки) date=2025-05-05 place=Хабаровский край", // was no event
			},
			nil},
		{"news-s22-transport22-mak.txt", "2026-02-18",
			nil,
			[]string{
				"ACCIDENT(жесткой посадки) date=2026-02-16 place=Якутск",                    // was no event
				"OTHER(возбудил уголовное дело) date=2026-02-18 agent=Следственный комитет", // was undated
			},
			[]string{
				"OTHER(возбудил уголовное дело) date=2026-02-16 agent=Следственный комитет", // «, который 16 февраля совершил»: the landing's day only
			}},
		{"news-s24-media24-bbc.txt", "2025-11-10",
			nil,
			[]string{
				"DISMISSAL(пост покинула) date=2025-11-09 participant=Дебора Тернесс", // was OTHER(покинула); undated before ev25b (sourceClauseEnd)
				"DISMISSAL(ушел в отставку) date=2025-11-09 participant=Би-би-си",     // was agent=Би-би-си (postOrgOnly); undated before ev25b
			},
			nil},
		// twenty-fifth session (helper ev25b)
		{"news-s25-ev25b-collapse.txt", "2026-01-14",
			[]string{"CITY Саратов", "CITY Хабаровск", "AGE до шести лет"}, // «до шести лет» was a DATE (upToAge)
			[]string{
				"ACCIDENT(обрушилась) date=2026-01-13 place=Саратов",    // was no event (fellIn: «Часть кровли обрушилась»)
				"ACCIDENT(столкнулись) date=2026-01-13 place=Хабаровск", // was unplaced («под Хабаровском», underCity)
			},
			[]string{
				"DATE до шести лет",
			}},
		{"news-s25-ev25b-decree.txt", "2026-03-20",
			[]string{"PERSON Дмитрий Демешин", "PERSON Олег Петров"},
			[]string{
				"DISMISSAL(подписал указ) date=2026-03-19 agent=Дмитрий Демешин time=в четверг object=Олег Петров", // was participant=Олег Петров (decreeObject)
			},
			[]string{
				"DISMISSAL(подписал указ) date=2026-03-19 agent=Дмитрий Демешин time=в четверг participant=Олег Петров",
			}},
		{"news-s24-media24-bbc.txt", "2025-11-10",
			nil,
			[]string{
				"DISMISSAL(ушел в отставку) date=2025-11-09 participant=Би-би-си",     // was undated: «Как пишет газета The Guardian, решение было принято в воскресенье» (sourceClauseEnd)
				"DISMISSAL(пост покинула) date=2025-11-09 participant=Дебора Тернесс", // was undated
			},
			nil},
		{"news-s20-crime20-fire.txt", "2026-01-09",
			nil,
			[]string{
				"DEATH(погибли двое детей) date=2026-01-08 place=Саратов", // was undated: «Как сообщили в ГУ МЧС …, возгорание произошло ночью в четверг»
			},
			nil},
		{"news-s25-house25-collapse.txt", "2025-01-11",
			nil,
			[]string{
				"ACCIDENT(обрушилась) date=2025-01-11 place=Воронеж", // was no event («Часть перекрытия обрушилась», fellIn)
			},
			nil},
		{"news-s22-ev22b-crash.txt", "2027-03-04",
			nil,
			[]string{
				"ACCIDENT(столкнулся) date=2027-03-04 place=Калуга", // was unplaced («Под Калугой»)
			},
			nil},
	})
}

// TestBirthDateNotCarried checks that a birthday dates no later event of
// the text («Смирнов родился 3 апреля 1970 года в Казани. Его
// предшественник … был снят с должности»: the dismissal is undated, not
// of 1970).
func TestBirthDateNotCarried(t *testing.T) {
	p := newTest(t)
	d := processNews(t, p, "news-s19-lead-biography.txt", time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC))
	found := false
	for _, ev := range d.Events {
		switch ev.Trigger.Text {
		case "родился":
			if ev.Date != "1970-04-03" {
				t.Errorf("birth dated %q, want 1970-04-03", ev.Date)
			}
		case "снят с должности":
			found = true
			if ev.Date != "" {
				t.Errorf("dismissal dated %q, want no date", ev.Date)
			}
		}
	}
	if !found {
		t.Error("no event «снят с должности»")
	}
}
