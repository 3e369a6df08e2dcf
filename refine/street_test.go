package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// mentionOf returns the mention of the first occurrence of sub in text,
// typed typ.
func mentionOf(t *testing.T, text, sub, typ string) doc.Mention {
	t.Helper()
	rs, ss := []rune(text), []rune(sub)
	for i := 0; i+len(ss) <= len(rs); i++ {
		if string(rs[i:i+len(ss)]) == sub {
			return doc.Mention{Span: doc.Span{Start: i, End: i + len(ss)}, Text: sub, Type: typ}
		}
	}
	t.Fatalf("%q not in %q", sub, text)
	return doc.Mention{}
}

func TestStreetNames(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Пожар произошел на улице Лесной.", [][2]string{{"Лесной", "CITY"}},
			[]string{"FACILITY улице Лесной"}, []string{"CITY Лесной"}},
		{"ДТП случилось на проспекте Мира.", nil, []string{"FACILITY проспекте Мира"}, nil},
		{"Кафе открыли на набережной Обводного канала.", nil, []string{"FACILITY набережной Обводного канала"}, nil},
		{"Магазин на бульваре Дмитрия Донского.", [][2]string{{"Дмитрия Донского", "PERSON"}},
			[]string{"FACILITY бульваре Дмитрия Донского", "PERSON Дмитрия Донского"}, nil},
		{"Авария на улице Московской в Туле.", [][2]string{{"улице Московской", "FACILITY"}, {"Московской", "CITY"}},
			[]string{"FACILITY улице Московской"}, []string{"CITY Московской"}},
		{"Монтаж идет на площади Победы-Софийской.", [][2]string{{"Победы-Софийской", "LOCATION"}},
			[]string{"FACILITY площади Победы-Софийской"}, []string{"LOCATION Победы-Софийской"}},
		// a noun of its own, which NEREL tags alone
		{"Митинг на площади Тахрир.", [][2]string{{"Тахрир", "FACILITY"}}, []string{"FACILITY Тахрир"}, []string{"FACILITY площади Тахрир"}},
		// the town the street is in, or streets in the plural
		{"На главной улице Москвы прошел парад.", [][2]string{{"Москвы", "CITY"}}, []string{"CITY Москвы"}, []string{"FACILITY улице Москвы"}},
		{"Люди вышли на улицах Каира.", [][2]string{{"Каира", "CITY"}}, []string{"CITY Каира"}, []string{"FACILITY улицах Каира"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, r.streetNames)
	}
}
