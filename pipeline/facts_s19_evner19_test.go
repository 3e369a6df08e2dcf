package pipeline

import "testing"

// TestNewsS19evner19 checks the EVENT mentions of deprivation, removal from
// office and film screenings (refine/eventverb.go) and the dismissal type
// of «снят с должности» in the news texts of the nineteenth session.
func TestNewsS19evner19(t *testing.T) {
	checkNews(t, []newsCase{
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
	})
}

// TestNewsS19evner19Absent checks the mentions the rules drop.
func TestNewsS19evner19Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		// «лишил сана»: the status noun is not an EVENT of its own
		{"news-s19-evner19-bishop.txt", []string{"EVENT сан"}},
		// «акция назначена на субботу»: no one appointed
		{"news-s19-evner19-rally.txt", []string{"EVENT назначена"}},
	})
}
