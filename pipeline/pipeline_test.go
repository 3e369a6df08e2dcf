package pipeline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func TestDetectLang(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Дмитрий Шугаев посетил Ижевск.", "ru"},
		{"ZALA AERO GROUP показала «Ланцет».", "ru"},
		{"The commission met in Izhevsk.", "en"},
		{"12345 !!!", "und"},
		{"", "und"},
		{"東京都", "und"},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLetterCounts checks letterCounts, which reads ASCII and the runes
// U+0400–U+047F by their bytes, against the loop over runes with the
// unicode tables: every rune below U+0600 in three frames, and every lead
// byte followed by every byte.
func TestLetterCounts(t *testing.T) {
	ref := func(text string) (cyr, lat, all int) { // (DetectLang's loop as it was)
		for _, r := range text {
			if unicode.IsLetter(r) {
				all++
				if unicode.In(r, unicode.Cyrillic) {
					cyr++
				} else if unicode.In(r, unicode.Latin) {
					lat++
				}
			}
		}
		return cyr, lat, all
	}
	check := func(w string) {
		c, l, a := letterCounts(w)
		if wc, wl, wa := ref(w); c != wc || l != wl || a != wa {
			t.Fatalf("letterCounts(%q) = %d, %d, %d; want %d, %d, %d", w, c, l, a, wc, wl, wa)
		}
	}
	for c := rune(0); c < 0x600; c++ {
		for _, w := range []string{string(c), "Аб" + string(c) + "Zё", "q" + string(c)} {
			check(w)
		}
	}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}))
			check(string([]byte{'x', byte(a), byte(b), 0x80}))
		}
	}
}

func newTest(t testing.TB) *Pipeline {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestProcessErrors(t *testing.T) {
	p := newTest(t)
	p.MaxBytes = 10
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"too large", []byte(strings.Repeat("я", 6)), ErrTooLarge},
		{"invalid utf-8", []byte{'a', 0xc3}, ErrNotUTF8},
		{"nul", []byte{'a', 0, 'b'}, ErrNotUTF8},
	}
	for _, tt := range tests {
		if _, err := p.Process("x", tt.data); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestProcessBOM(t *testing.T) {
	p := newTest(t)
	d, err := p.Process("", []byte("\uFEFFМосква"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Москва" || len(d.Sentences) != 1 || d.Sentences[0].Start != 0 {
		t.Errorf("BOM not dropped: %+v", d)
	}
}

// FuzzProcess checks that any input either fails with an input error or
// yields mentions and sentences that lie inside the text.
func FuzzProcess(f *testing.F) {
	p := newTest(f)
	f.Add([]byte("Дмитрий Шугаев посетил ИЭМЗ «Купол» в Ижевске 12.10.2024."))
	f.Add([]byte{0xff, 0x00})
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := p.Process("", data)
		if err != nil {
			if !IsInputError(err) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		n := utf8.RuneCountInString(d.Text)
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Fatalf("sentence %v outside text of %d runes", s.Span, n)
			}
		}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > n || m.Start >= m.End {
					t.Fatalf("mention %v outside text of %d runes", m.Span, n)
				}
			}
		}
	})
}

func TestProcessRestoresCapitals(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"ДМИТРИЙ ШУГАЕВ ПОСЕТИЛ ИЖЕВСК В ОКТЯБРЕ 2024 ГОДА",
		"вчера дмитрий шугаев посетил ижевск и встретился с главой удмуртии александром бречаловым.",
	} {
		d, err := p.Process("", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(text)
		found := false
		for _, e := range d.Entities {
			if e.Type == "PERSON" && e.Name == "Дмитрий Шугаев" {
				found = true
			}
			for _, m := range e.Mentions {
				if string(runes[m.Start:m.End]) != m.Text {
					t.Errorf("%q: mention %q at %d:%d reads %q in the text", text, m.Text, m.Start, m.End, string(runes[m.Start:m.End]))
				}
			}
		}
		if !found {
			t.Errorf("%q: no PERSON Дмитрий Шугаев in %+v", text, d.Entities)
		}
	}
}

// TestNewRecognizer checks that the recognizer-only pipeline finds the
// mentions New finds, each its own entity, with nothing past recognition.
func TestNewRecognizer(t *testing.T) {
	r, err := NewRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("Дмитрий Шугаев посетил Ижевск. Шугаев встретился с главой Удмуртии.")
	got, err := r.Process("", text)
	if err != nil {
		t.Fatal(err)
	}
	full, err := newTest(t).Process("", text)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range full.Entities {
		for _, m := range e.Mentions {
			want = append(want, m.Type+" "+m.Text)
		}
	}
	var mentions []string
	for i, e := range got.Entities {
		if len(e.Mentions) != 1 || e.Name != e.Mentions[0].Text || e.Type != e.Mentions[0].Type || e.ID != "E"+strconv.Itoa(i+1) {
			t.Errorf("entity %+v is not its one mention", e)
		}
		mentions = append(mentions, e.Mentions[0].Type+" "+e.Mentions[0].Text)
	}
	slices.Sort(want)
	slices.Sort(mentions)
	if !slices.Equal(mentions, want) {
		t.Errorf("mentions %q, want those of New: %q", mentions, want)
	}
	if len(got.Relations) != 0 || len(got.Events) != 0 {
		t.Errorf("relations %v, events %v: want none", got.Relations, got.Events)
	}
}

func TestOtherLanguage(t *testing.T) {
	p := newTest(t)
	p.Date = time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	d, err := p.Process("", []byte("Sergei Lavrov met Antony Blinken in Geneva on January 21, 2022, and again in May 2023."))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Entities {
		got = append(got, e.Type+" "+e.Name+" "+e.Value)
	}
	want := []string{"DATE on January 21, 2022 2022-01-21", "DATE in May 2023 2023-05"}
	if d.Lang != "en" || !slices.Equal(got, want) || len(d.Relations) != 0 || len(d.Events) != 0 {
		t.Errorf("lang %q, entities %q, relations %v, events %v; want en, %q and nothing else", d.Lang, got, d.Relations, d.Events, want)
	}
}

func TestDateValueQualifiers(t *testing.T) {
	p := newTest(t)
	p.Date = time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC)
	d, err := p.Process("", []byte("В начале 2024 года холдинг увеличит выпуск. Завод построили около 2000 года, а модернизируют до 2025 года."))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Entities {
		if e.Type == "DATE" {
			got = append(got, fmt.Sprintf("%s=%s %s %v", e.Name, e.Value, e.ValueMod, e.ValueApprox))
		}
	}
	want := []string{"В начале 2024 года=2024 START false", "около 2000 года=2000  true", "до 2025 года=2025 BEFORE false"}
	if !slices.Equal(got, want) {
		t.Errorf("dates %q, want %q", got, want)
	}
}

func TestProcessEncoding(t *testing.T) {
	p := newTest(t)
	const text = "Дмитрий Шугаев посетил Ижевск."
	want, err := p.Process("", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cp1251 := []byte("\xc4\xec\xe8\xf2\xf0\xe8\xe9 \xd8\xf3\xe3\xe0\xe5\xe2 \xef\xee\xf1\xe5\xf2\xe8\xeb \xc8\xe6\xe5\xe2\xf1\xea.")
	if _, err := p.Process("", cp1251); !errors.Is(err, ErrNotUTF8) || !strings.Contains(err.Error(), "windows-1251") {
		t.Errorf("undeclared windows-1251: %v, want ErrNotUTF8 naming windows-1251", err)
	}
	for _, enc := range []string{"windows-1251", "cp1251", "auto"} {
		p.Encoding = enc
		got, err := p.Process("", cp1251)
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		if got.Text != text || len(got.Entities) != len(want.Entities) {
			t.Errorf("%s: text %q, %d entities; want %q, %d", enc, got.Text, len(got.Entities), text, len(want.Entities))
		}
	}
	p.Encoding = "ebcdic"
	if _, err := p.Process("", []byte(text)); err == nil {
		t.Error("an unknown encoding was accepted")
	}
}

func TestDateTense(t *testing.T) {
	p := newTest(t)
	p.Date = time.Date(2023, 11, 12, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, want string }{
		{"Заседание комиссии прошло 3 марта.", "2023-03-03"},
		{"Заседание комиссии пройдёт 3 марта.", "2024-03-03"},
		{"Министр заявил в понедельник, что завод откроют.", "2023-11-06"},
		// the verb of the date's clause, not the report verb after it
		{"Аэрофлот с 10 октября возобновит рейсы, сообщил директор.", "2024-10-10"},
		{"Как сообщил директор, 10 января завод был открыт.", "2023-01-10"},
	} {
		d, err := p.Process("", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Entities {
			if e.Type == "DATE" {
				got = append(got, e.Value)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: date values %q, want %s", tt.text, got, tt.want)
		}
	}
}
