package pipeline

import "testing"

// TestNewsS19prof19 pins the posts of the nineteenth session's helper
// prof19: quoted nickname titles, fashion models, «глава» + a body, and
// the posts after «женщина-».
func TestNewsS19prof19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-prof19-legend.txt", "2026-03-14",
			[]string{
				"PROFESSION король рок-н-ролла",                 // (guard)
				"PROFESSION поп-король",                         // was no mention
				"PROFESSION пресс-секретарь экс-президента США", // (guard)
			},
			nil, nil},
		{"news-s19-prof19-model.txt", "2026-02-03",
			[]string{
				"PROFESSION модель",        // «28-летняя бразильская модель», dropped as a thing
				"PROFESSION генсек",        // was «женщина-генсек»
				"PROFESSION модель Chanel", // (guard)
			},
			nil, nil},
		{"news-s19-prof19-village.txt", "2025-10-21",
			[]string{
				"PROFESSION глава района",     // was no mention
				"PROFESSION прокурор",         // was «женщина-прокурор»
				"PROFESSION глава сельсовета", // (guard)
			},
			nil, nil},
	})
}

func TestNewsS19prof19Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s19-prof19-model.txt", []string{"PROFESSION женщина-генсек"}},
		{"news-s19-prof19-village.txt", []string{"PROFESSION женщина-прокурор"}},
	})
}
