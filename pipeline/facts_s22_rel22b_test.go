package pipeline

import "testing"

// TestNewsS22rel22b pins the relations of the twenty-second session's
// second relation helper (rel22b) on news texts written for it
// (testdata/news-s22-rel22b-*.txt).
func TestNewsS22rel22b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-rel22b-summit.txt", "2025-12-04",
			[]string{"PERSON Владимир Путин", "PERSON Си Цзиньпин", "COUNTRY Китай", "ORGANIZATION Роснефть", "PERSON Тимченко"},
			[]string{
				"Владимир Путин WORKS_AS президенты России", // a guard: the first name keeps the first post
				"Владимир Путин WORKPLACE Россия",
				// «президентов России и Китая Владимира Путина и Си
				// Цзиньпина»: the second name's country is the second (was
				// Россия; pairedPlace)
				"Си Цзиньпин WORKPLACE Китай",
				// «„Роснефть“ и китайская Sinopec …, рассказал главный
				// исполнительный директор российской компании Игорь Сечин»
				// (was none; nationalCompany)
				"Игорь Сечин WORKPLACE Роснефть",
				// «Тимченко, совладелец „Новатэка“» (was WORKPLACE;
				// ownersOrganization)
				"Тимченко OWNER_OF Новатэк",
			},
			[]string{
				"Си Цзиньпин WORKS_AS президенты России", // was given (pairedPlace)
				"Си Цзиньпин WORKPLACE Россия",           // was given (pairedPlace)
				"Тимченко WORKPLACE Новатэк",             // was given (ownersOrganization)
				"Игорь Сечин WORKPLACE Sinopec",          // a guard: the other country's company
			}},
		{"news-s22-rel22b-aircraft.txt", "2025-11-20",
			[]string{"ORGANIZATION Иркут", "ORGANIZATION Иркутский авиационный завод", "PRODUCT МС-21-310", "PERSON Антон Алиханов"},
			[]string{
				// «Самолет произведен корпорацией „Иркут“» after «самолет
				// МС-21-310» two sentences before (was none; madeBy)
				"Иркут PRODUCES МС-21-310",
				"Иркут PART_OF Объединенная авиастроительная корпорация",
				// «Алиханов возглавляет министерство» (was none; heads)
				"Антон Алиханов WORKPLACE министерство",
				"Антон Алиханов WORKS_AS министр промышленности и торговли",
			},
			[]string{
				// the plant is not another name of the corporation (was
				// given by the model; plantOfOther)
				"Иркутский авиационный завод ALTERNATIVE_NAME Иркут",
				"Россия PRODUCES МС-21-310", // a guard: the airline gets the aircraft
			}},
		{"news-s22-rel22b-court.txt", "2025-10-02",
			[]string{"ORGANIZATION Кировский районный суд Екатеринбурга", "PERSON Павел Громов"},
			[]string{
				"Кировский районный суд Екатеринбурга HEADQUARTERED_IN Екатеринбург",
				"Ленинский районный суд Новосибирска HEADQUARTERED_IN Новосибирск",
				"Павел Громов CONVICTED_OF мошенничество в особо крупном размере",
			},
			[]string{
				// «Кировский» names the district (after Киров the man), not
				// the city (was given; districtAdjective)
				"Кировский районный суд Екатеринбурга HEADQUARTERED_IN Киров",
			}},
	})
}
