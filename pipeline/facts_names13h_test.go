package pipeline

import "testing"

// TestNewsNames13h checks the news texts written by the thirteenth
// session's helper on foreign names (testdata/news-names13h-*.txt): full
// names in an oblique case that the text never gives in the nominative.
// Lines marked (guard) held before.
func TestNewsNames13h(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-names13h-calls.txt", "2025-11-20",
			[]string{
				"PERSON Кир Стармер",      // «премьер-министру Великобритании Киру Стармеру»: was «Кира Стармера»
				"PERSON Джорджа Мелони",   // «с премьер-министром Италии Джорджей Мелони»: was as written
				"PERSON Фридрих Мерц",     // «позвонил Фридриху Мерцу»: was «Мерец»
				"PERSON Эммануэль Макрон", // (guard)
			},
			nil, nil},
		{"news-names13h-officials.txt", "2025-11-20",
			[]string{
				"PERSON Элла Памфилова",      // «направлено Элле Памфиловой»: was «Элле Памфилова»
				"PERSON Анна Попова",         // «позвонил Анне Поповой»: was «Анне Попова»
				"PERSON Касым-Жомарт Токаев", // «поздравил Касым-Жомарта Токаева»: was as written
				"PERSON Криштиану Роналду",   // «приветствовали Криштиану Роналду»: was «Роналда»
			},
			nil, nil},
		{"news-names13h-world.txt", "2025-11-20",
			[]string{
				"PERSON Кая Каллас",    // «к Кае Каллас», «Слова Каи Каллас»: were «Кай Каллас», «Каи Каллас»
				"PERSON Хавьер Милей",  // «с Хавьером Милеем»: was «Хавьер Милеем»
				"PERSON Дональд Трамп", // (guard)
			},
			nil, nil},
	})
}

// TestNewsNames13hAbsent checks that the wrong names of those texts are
// gone.
func TestNewsNames13hAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-names13h-calls.txt", []string{"PERSON Кира Стармера", "PERSON Джорджей Мелони", "PERSON Фридрих Мерец"}},
		{"news-names13h-world.txt", []string{"PERSON Кай Каллас", "PERSON Каи Каллас", "PERSON Хавьер Милеем"}},
		{"news-names13h-officials.txt", []string{"PERSON Элле Памфилова", "PERSON Анне Попова", "PERSON Касым-Жомарта Токаева", "PERSON Криштиану Роналда"}},
	})
}
