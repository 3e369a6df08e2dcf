package pipeline

import "testing"

// TestNewsS20place20 checks that a place adjective before the noun it
// agrees with is named as an adjective or by its place, never as a town
// the dictionary reads in the adjective's form (names.attributiveAdjective):
// «в Камчатском представительстве» was Камчатск (the village's
// instrumental), «Тверской районный суд» had Тверская (the street), «в
// Нижегородском и Советском районах» Советск. Lines marked (guard) held
// before.
func TestNewsS20place20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-place20-districts.txt", "2026-10-14",
			[]string{
				"CITY Камчатка",                 // was Камчатск; «Камчатском» merges as an adjective of Камчатка
				"CITY Калининград",              // (guard)
				"CITY Петропавловск-Камчатский", // (guard) the compound keeps its adjective
			},
			[]string{"Камчатское представительство компании-поставщика HEADQUARTERED_IN Камчатка"}, // was … Камчатск
			[]string{
				"Камчатское представительство компании-поставщика HEADQUARTERED_IN Камчатск",
				"задержали TAKES_PLACE_IN Советск",
			}},
		{"news-s20-crime20-arrest-fraud.txt", "2025-10-21",
			[]string{"CITY Тверской"}, // was Тверская, the street
			[]string{"Тверской районный суд Москвы HEADQUARTERED_IN Москва"}, // (guard)
			[]string{"Тверской районный суд Москвы HEADQUARTERED_IN Тверская", "Тверской районный суд Москвы HEADQUARTERED_IN Тверь"}},
		{"news-s20-crime20-police.txt", "2026-02-25",
			nil, nil,
			[]string{"Lexus HEADQUARTERED_IN Советск"}}, // was there (a COUNTRY «Советском» named Советск)
		{"news-s20-crime20-quake.txt", "2025-07-17",
			[]string{"CITY Камчатка", "STATE_OR_PROVINCE Камчатский край"}, // «Камчатском филиале» joins Камчатка; the region (guard)
			nil, nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s20-crime20-quake.txt", []string{"CITY Камчатск"}},
		{"news-s20-crime20-police.txt", []string{"COUNTRY Советск"}},
		{"news-s20-crime20-arrest-fraud.txt", []string{"CITY Тверская"}},
		{"news-s20-place20-districts.txt", []string{"CITY Камчатск", "COUNTRY Советск"}},
	})
}
