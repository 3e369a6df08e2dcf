package pipeline

import "testing"

// TestNewsS16Prof16 checks the news texts written in the sixteenth session
// by the helper prof16 (testdata/news-s16-prof16-*.txt): occupations the
// recognizer leaves out, a ruler's post with the country's adjective, and
// incident and ceremony nouns. Lines marked (guard) held before.
func TestNewsS16Prof16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-prof16-blogger.txt", "2026-03-12",
			[]string{
				"PROFESSION егерь",    // «местного егеря»: an occupation noun, was none
				"PROFESSION блогер",   // (guard)
				"PROFESSION психолог", // (guard) «Детский психолог»
			},
			[]string{
				"Николай Фомин WORKS_AS егерь",  // the post found, the person has it
				"Анна Белова WORKS_AS психолог", // (guard)
			},
			nil},
		{"news-s16-prof16-summit.txt", "2026-05-15",
			[]string{
				"PROFESSION японский монарх",    // «японский монарх Нарухито»: was «монарх» alone
				"PROFESSION японский правитель", // «с японским правителем»: was none
				"PROFESSION японский премьер",   // was «премьер» alone
				"PROFESSION британский премьер", // (guard)
				"EVENT пресс-конференция",       // (guard)
			},
			[]string{
				"Нарухито WORKS_AS японский монарх",
				"Санаэ Такаити WORKS_AS японский премьер",
				"японский монарх WORKPLACE Япония",
			},
			[]string{"монарх ORIGINS_FROM Япония"}}, // the emperor does not come from his country: he heads it
		{"news-s16-prof16-shooting.txt", "2026-02-03",
			[]string{
				"PROFESSION раввин",        // «раввин местной синагоги»: was none
				"PROFESSION реаниматологи", // a specialist in -лог: was none
				"PROFESSION стоматолог",    // (guard)
				"EVENT госпитализация",     // (guard)
				"EVENT перестрелка",        // (guard)
			},
			[]string{"Михаил Левин WORKS_AS стоматолог"}, // (guard)
			nil},
	})
}

// TestNewsS16Prof16Absent lists what must not stand as an entity of its
// own in prof16's texts.
func TestNewsS16Prof16Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		// (guard) first nights, not rulers: «японские премьеры двух фильмов»
		{"news-s16-prof16-summit.txt", []string{"PROFESSION японские премьеры", "PROFESSION премьеры"}},
	})
}
