package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

type found struct{ text, value string }

func checkFind(t *testing.T, name, text string, ref time.Time, want []found) {
	t.Helper()
	got := Find(text, ref)
	checkMatches(t, text, got)
	var g []found
	for _, m := range got {
		g = append(g, found{m.Text, m.Value.Value})
	}
	if len(g) != len(want) {
		t.Errorf("%s: got %d matches %v, want %d %v", name, len(g), g, len(want), want)
		return
	}
	for i := range want {
		if g[i] != want[i] {
			t.Errorf("%s: match %d = %v, want %v", name, i, g[i], want[i])
		}
	}
}

// checkMatches verifies the invariants of Find's result: offsets within the
// text, Text equal to the span, in order, no overlaps, valid values.
func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	runes := []rune(text)
	prev := 0
	for i, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(runes) {
			t.Fatalf("match %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, m.Start, m.End, prev, len(runes))
		}
		if string(runes[m.Start:m.End]) != m.Text {
			t.Fatalf("match %d text %q != span %q", i, m.Text, string(runes[m.Start:m.End]))
		}
		if err := validValue(m.Value); err != "" {
			t.Fatalf("match %d %q: %s", i, m.Text, err)
		}
		prev = m.End
	}
}

func TestFindExample(t *testing.T) {
	path := filepath.Join("..", "testdata", "ru-commission-2024.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read example: %v", err)
	}
	text := string(data)
	checkFind(t, "ru-commission-2024", text, time.Time{}, []found{{"В октябре 2024 года", "2024-10"}})
	// With a document date «На сегодняшний день» and «сегодня» resolve too.
	ref := time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC)
	checkFind(t, "ru-commission-2024 with ref", text, ref, []found{
		{"На сегодняшний день", "2024-10-25"},
		{"сегодня", "2024-10-25"},
		{"В октябре 2024 года", "2024-10"},
	})
	for _, m := range Find(text, ref) {
		if strings.Contains(m.Text, "24-е") || strings.Contains(m.Text, "Тор") {
			t.Errorf("unexpected match %q", m.Text)
		}
	}
	// Offsets count code points.
	m := Find(text, time.Time{})[0]
	if got := string([]rune(text)[m.Start:m.End]); got != "В октябре 2024 года" {
		t.Errorf("span gives %q", got)
	}
}

func TestFindParagraphs(t *testing.T) {
	ref := refDate // Tuesday 2024-10-15
	checkFind(t, "news", "Во вторник, 15 октября 2024 года, в 10:30 по московскому времени в Москве "+
		"открылась выставка. Она продлится до 20 октября. В прошлом году её посетили 2024 человека, "+
		"а в 2019–2021 годы выставка не проводилась из-за пандемии Covid-19.", ref, []found{
		{"Во вторник, 15 октября 2024 года, в 10:30 по московскому времени", "2024-10-15T10:30+03:00"},
		{"до 20 октября", "2024-10-20"},
		{"В прошлом году", "2023"},
		{"в 2019–2021 годы", "2019/2021"},
	})
	checkFind(t, "history", "Завод основан в 1931 году, в 1990-х годах его приватизировали, "+
		"а в начале XXI века цены выросли в 10 раз. Телефон: 8-800-555-35-35, цена 2024 рубля.", time.Time{}, []found{
		{"в 1931 году", "1931"},
		{"в 1990-х годах", "199"},
		{"в начале XXI века", "20"},
	})
	checkFind(t, "relative", "Три дня назад министр заявил, что через две недели проект будет готов. "+
		"В понедельник он встретился с коллегами, а весной 2022 года подписал указ.", ref, []found{
		{"Три дня назад", "2024-10-12"},
		{"через две недели", "2024-W44"},
		{"В понедельник", "2024-10-14"},
		{"весной 2022 года", "2022-SP"},
	})
	// Tense picks the weekday: future tense → the next Monday.
	checkFind(t, "future weekday", "В понедельник состоится заседание.", time.Date(2024, 10, 17, 0, 0, 0, 0, time.UTC),
		[]found{{"В понедельник", "2024-10-21"}})
	checkFind(t, "weekends and nights", "В минувшие выходные прошли митинги, в ночь с пятницы на субботу задержали 20 человек. "+
		"Минувшей ночью горел склад. На выходных состоится матч.", time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC),
		[]found{{"В минувшие выходные", "2025-11-15/2025-11-16"}, {"в ночь с пятницы на субботу", "2025-11-14/2025-11-15"},
			{"Минувшей ночью", "2025-11-20TNI"}, {"На выходных", "2025-11-22/2025-11-23"}})
	checkFind(t, "past weekday", "В понедельник прошло заседание.", time.Date(2024, 10, 17, 0, 0, 0, 0, time.UTC),
		[]found{{"В понедельник", "2024-10-14"}})
	checkFind(t, "english", "On October 12, 2024, the company said that revenue in 2023 grew. Last week it hired 2024 people.", ref, []found{
		{"On October 12, 2024", "2024-10-12"},
		{"in 2023", "2023"},
		{"Last week", "2024-W41"},
	})
	checkFind(t, "relative without ref", "Вчера, 9 мая 2019 года, прошёл парад. Вчера шёл дождь.", time.Time{}, []found{
		{"Вчера, 9 мая 2019 года", "2019-05-09"},
	})
	// «на» hours: a clock time after a verb of scheduling, else how long
	checkFind(t, "hours after на", "Совещание перенесли на 15 часов. Рейс задержали на три часа.", ref, []found{
		{"на 15 часов", "T15:00"},
		{"на три часа", "PT3H"},
	})
	checkFind(t, "no dates", "24-е заседание, «Тор-М2», 2024 раза, в 10 раз, 1 500 рублей, +7 (495) 123-45-67.", ref, nil)
	checkFind(t, "empty", "", ref, nil)
}

func TestFindInvalidUTF8(t *testing.T) {
	text := "в 2024 году \xff\xfe 12.10.2024"
	ms := Find(text, time.Time{})
	checkMatches(t, text, ms)
	if len(ms) != 2 {
		t.Errorf("got %d matches, want 2", len(ms))
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"В октябре 2024 года было организовано 24-е заседание",
		"с 10 по 12 октября 2024 года", "12.10.24", "2024-10-12T10:30", "в 10:30 по московскому времени",
		"XIX—XX веков", "в ночь с 18 на 19 апреля", "вчера, 9 мая 2019 года", "Q1 2024", "1,5 дням",
		"8-800-555-35-35", "через несколько недель", "\xff\xfe2024", "с 31 по 1 февраля", "10–12",
	} {
		f.Add(s, int64(0))
		f.Add(s, refDate.Unix())
	}
	f.Fuzz(func(t *testing.T, text string, refUnix int64) {
		var ref time.Time
		if refUnix != 0 {
			ref = time.Unix(refUnix%(1<<36), 0).UTC()
		}
		ms := Find(text, ref)
		checkMatches(t, text, ms)
		if n := utf8.RuneCountInString(text); len(ms) > n {
			t.Fatalf("%d matches in %d code points", len(ms), n)
		}
		if v, ok := Normalize(text, ref); ok {
			if err := validValue(v); err != "" {
				t.Fatalf("Normalize(%q): %s", text, err)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "ru-commission-2024.txt"))
	if err != nil {
		b.Fatalf("read example: %v", err)
	}
	text := string(data) + " Во вторник, 15 октября 2024 года, в 10:30 по московскому времени; в 2019–2021 годы; три дня назад."
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, refDate)
	}
	b.ReportMetric(float64(b.N)*float64(utf8.RuneCountInString(text))/b.Elapsed().Seconds(), "chars/s")
}

func BenchmarkNormalize(b *testing.B) {
	for b.Loop() {
		Normalize("в среду, 29 апреля 2020 года", refDate)
	}
}
