package pipeline

import "testing"

// TestNewsLoc13 runs the pipeline over news texts written in the thirteenth
// session (helper on places) for the places and persons the build before
// typed wrong, each rule found on factRuEval dev's LOC errors (docs/ner.md).
func TestNewsLoc13(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-loc13-gagauzia.txt", "2025-05-05",
			[]string{
				"STATE_OR_PROVINCE Гагаузия", // was a PERSON after «территории» and «в»
				"COUNTRY Османская империя",  // was a LOCATION
			},
			nil, nil},
		{"news-loc13-summit.txt", "2025-05-05",
			[]string{
				"CITY Иерусалим", // was run into the PERSON «Нетаньяху Иерусалим»
				"COUNTRY Литва",  // was an ORGANIZATION listed with «Латвия»
			},
			nil, nil},
		{"news-loc13-tables.txt", "2025-05-05",
			[]string{
				"PERSON Гата Камский", // was a CITY and a DISTRICT
			},
			nil, nil},
		{"news-loc13-centre.txt", "2025-05-05",
			[]string{
				"ORGANIZATION Кин-Топ",       // was a CITY
				"FACILITY Галерея",           // a business centre, was an ORGANIZATION
				"ORGANIZATION БелТА",         // was a COUNTRY
				"ORGANIZATION France-Presse", // was a COUNTRY
			},
			nil, nil},
	})
}
