package pipeline

import "testing"

// TestNewsNerel13c runs the pipeline over a news text written in the
// thirteenth session (third NEREL helper) for the names the build before
// bounded or typed otherwise than NEREL does, each rule found on NEREL dev
// errors and checked on NEREL train (docs/ner.md).
func TestNewsNerel13c(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-nerel13c-court.txt", "2025-11-20",
			[]string{
				"DISTRICT Затон", // «в микрорайоне Затон»: was a CITY there
				"LAW часть 2 статьи 213 «Хулиганство»", // was without the article's quoted title
				"LAW статья 20.1 КоАП РФ",              // (guard) the title in parentheses stays out
				"CITY Уфа",                             // (guard)
			},
			nil, nil},
	})
}

// TestNewsNerel13cAbsent lists what the build before found in the text of
// TestNewsNerel13c and should not have.
func TestNewsNerel13cAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-nerel13c-court.txt", []string{
			"CITY Затон",
			"LAW часть 2 статьи 213",
			"LAW статья 213",
		}},
	})
}
