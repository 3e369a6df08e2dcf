package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRobustness checks the recognizer on the inputs NER issues list as
// hard: Latin-script names, quotes inside names, text in capitals or in
// lower case, mixed Russian and English, and a long document.
func TestRobustness(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	type ent struct{ typ, name string }
	tests := []struct {
		name, text string
		want       []ent
	}{
		{"latin name", "Компания ZALA AERO GROUP представила новый беспилотник на выставке в Москве.",
			[]ent{{"ORGANIZATION", "ZALA AERO GROUP"}, {"CITY", "Москва"}}},
		{"quotes in names", "Концерн «Алмаз-Антей» и ИЭМЗ «Купол» подписали контракт с Минобороны России.",
			[]ent{{"ORGANIZATION", "Алмаз-Антей"}, {"ORGANIZATION", "Купол"}, {"COUNTRY", "Россия"}}},
		{"mixed scripts", "Microsoft и Google объявили о партнёрстве с «Яндексом» в Санкт-Петербурге.",
			[]ent{{"ORGANIZATION", "Microsoft"}, {"ORGANIZATION", "Google"}, {"ORGANIZATION", "Яндекс"}, {"CITY", "Санкт-Петербург"}}},
		{"capitals", "ГЛАВА РОСТЕХА СЕРГЕЙ ЧЕМЕЗОВ ПОСЕТИЛ ИЖЕВСК.",
			[]ent{{"PERSON", "Сергей Чемезов"}, {"CITY", "Ижевск"}}},
		{"lower case", "президент франции эммануэль макрон прибыл в берлин, где встретился с канцлером германии.",
			[]ent{{"COUNTRY", "Франция"}, {"CITY", "Берлин"}, {"COUNTRY", "Германия"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := p.Process("", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				found := false
				for _, e := range d.Entities {
					if e.Type == w.typ && strings.Contains(e.Name, w.name) {
						found = true
					}
				}
				if !found {
					var got []string
					for _, e := range d.Entities {
						got = append(got, e.Type+" "+e.Name)
					}
					t.Errorf("no %s «%s» among %q", w.typ, w.name, got)
				}
			}
		})
	}
}

// TestLongDocument runs the pipeline on a 100 KB text (the example article
// 18 times over): every mention must read its text at its offsets, and the
// article's people are found in every copy.
func TestLongDocument(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("..", "testdata", "ru-commission-2024.txt"))
	if err != nil {
		t.Fatal(err)
	}
	const copies = 18
	text := strings.Repeat(string(article)+"\n\n", copies)
	if len(text) < 100_000 {
		t.Fatalf("text of %d bytes, want ≥ 100 KB", len(text))
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Process("", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	shugaev := 0
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || string(runes[m.Start:m.End]) != m.Text {
				t.Fatalf("mention %q at %d:%d does not read its text", m.Text, m.Start, m.End)
			}
		}
		if e.Type == "PERSON" && e.Name == "Дмитрий Шугаев" {
			shugaev += len(e.Mentions)
		}
	}
	if shugaev < copies {
		t.Errorf("Дмитрий Шугаев has %d mentions in %d copies of the article", shugaev, copies)
	}
}
