package pipeline

import "testing"

// TestNewsS15Rel15 checks the news texts written in the fifteenth session
// by the relation helper (testdata/news-s15-rel15-*.txt). Lines marked
// (guard) held before.
func TestNewsS15Rel15(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-rel15-optics.txt", "2026-01-14",
			[]string{"ORGANIZATION Швабе", "ORGANIZATION Ростех"}, // (guard)
			[]string{
				"Швабе PART_OF Ростех", // «Холдинг «Швабе» госкорпорации «Ростех»»: parentOf
				"Новосибирский приборостроительный завод PART_OF Швабе",  // «входящий в состав холдинга»: wholeByKind
				"Алексей Гладышев WORKS_AS генеральный директор «Швабе»", // (guard)
			},
			nil},
		{"news-s15-rel15-football.txt", "2026-03-08",
			nil,
			[]string{
				"Педро ORIGINS_FROM бразилец",                     // (guard)
				"Эсекьель Барко WORKPLACE Спартак",                // (guard)
				"Эсекьель Барко ORIGINS_FROM аргентинец",          // (guard)
				"Валерий Карпин WORKS_AS главный тренер «Динамо»", // (guard)
			},
			[]string{
				"Александр Соболев ORIGINS_FROM бразилец", // «бразилец Педро и Александр Соболев»: othersNationality
				"Педро WORKPLACE Спартак",                 // «…, у «Спартака» отличился аргентинец Эсекьель Барко»: laterClauseTeam
				"Александр Соболев WORKPLACE Спартак",
			}},
		{"news-s15-rel15-factory.txt", "2026-03-05",
			[]string{"PRODUCT Як-152"}, // (guard)
			[]string{
				"Нижегородский авиастроительный завод «Сокол» PART_OF МиГ",     // «, филиал корпорации «МиГ»,»: branch
				"Нижегородский авиастроительный завод «Сокол» PRODUCES Як-152", // «приступил к серийной сборке … Як-152»: startedProduction
				"Илья Тарасенко WORKPLACE МиГ",                                 // (guard)
			},
			[]string{"МиГ PRODUCES Як-152"}}, // (guard) the organization inside the apposition is no subject
		{"news-s15-rel15-merger.txt", "2026-02-03",
			nil,
			[]string{
				"Ютэйр OWNER_OF Азимут",    // «находилась в собственности группы «Ютэйр»»: property
				"Аэрофлот OWNER_OF Азимут", // (guard)
				"Аэрофлот OWNER_OF Победа", // (guard) «дочерняя компания «Аэрофлота»»
				"Сергей Александровский WORKS_AS генеральный директор «Аэрофлота»", // (guard)
			},
			nil},
		{"news-s15-rel15-summit.txt", "2026-05-21",
			nil,
			[]string{"Юрий Ушаков WORKS_AS помощник президента России"}, // (guard)
			nil},
		{"news-s15-rel15-cinema.txt", "2026-07-09",
			nil,
			[]string{
				"Павел Лунгин WORKS_AS председатель жюри",                  // «Председателем жюри стал режиссер Павел Лунгин»: becamePost, predicatePost
				"Павел Лунгин WORKS_AS режиссер",                           // (guard)
				"Наталья Мещанинова PRODUCES Один маленький ночной секрет", // (guard)
			},
			nil},
		{"news-s15-rel15-appoint.txt", "2026-02-12",
			nil,
			[]string{
				"Касым-Жомарт Токаев WORKS_AS президент Казахстана", // (guard)
				"КазМунайГаз PART_OF Самрук-Казына",                 // (guard) «входящую в фонд»
			},
			nil},
	})
}
