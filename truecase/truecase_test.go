package truecase

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/tokenize"
)

func TestRestore(t *testing.T) {
	tc, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, want string
		changed        bool
	}{
		{"a headline in capitals",
			"ДМИТРИЙ ШУГАЕВ ПОСЕТИЛ ИЖЕВСКИЙ ЗАВОД «КУПОЛ» В ОКТЯБРЕ 2024 ГОДА",
			"Дмитрий Шугаев посетил ижевский завод «Купол» в октябре 2024 года", true},
		{"abbreviations stay in capitals, a guessed surname after a first name gets one",
			"ПРЕЗИДЕНТ США ДЖО БАЙДЕН ВСТРЕТИЛСЯ С ГЕНСЕКОМ НАТО В ЖЕНЕВЕ",
			"Президент США Джо Байден встретился с генсеком НАТО в Женеве", true},
		{"text without capitals",
			"дмитрий шугаев посетил ижевск и встретился с александром бречаловым. иван рад, что мария петровна иванова приехала.",
			"Дмитрий Шугаев посетил Ижевск и встретился с Александром Бречаловым. Иван рад, что Мария Петровна Иванова приехала.", true},
		{"only the shouted sentence changes",
			"Новости дня. ПУТИН ПРИЕХАЛ В МОСКВУ. Остальное как было в Ижевске.",
			"Новости дня. Путин приехал в Москву. Остальное как было в Ижевске.", true},
		{"a headline's words take the case the text writes them in elsewhere",
			"ЛАВРОВ ОБСУДИЛ С ГЛАВОЙ МИД ИНДИИ ПОСТАВКИ\n\nЛавров поговорил с главой МИД Индии о поставках в Индию. Мид хорошо.",
			"Лавров обсудил с главой МИД Индии поставки\n\nЛавров поговорил с главой МИД Индии о поставках в Индию. Мид хорошо.", true},
		{"latin words are kept",
			"КОМПАНИЯ ZALA AERO GROUP ВЫПУСТИЛА ДРОН",
			"Компания ZALA AERO GROUP выпустила дрон", true},
		{"ordinary text is left alone",
			"Дмитрий Шугаев посетил ИЭМЗ «Купол».", "Дмитрий Шугаев посетил ИЭМЗ «Купол».", false},
		{"a short lower-case text is left alone", "да и нет", "да и нет", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []rune(tt.in)
			got, changed := tc.Restore(in, tokenize.Split(tt.in))
			if string(got) != tt.want || changed != tt.changed {
				t.Errorf("got  %q, %v\nwant %q, %v", string(got), changed, tt.want, tt.changed)
			}
			if string(in) != tt.in {
				t.Errorf("the input was changed: %q", string(in))
			}
		})
	}
}

// FuzzRestore checks on arbitrary text that the result keeps the number of
// code points (offsets stay valid) and differs only in letter case.
func FuzzRestore(f *testing.F) {
	tc, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("ДМИТРИЙ ШУГАЕВ ПОСЕТИЛ «КУПОЛ»")
	f.Add("дмитрий шугаев посетил ижевск и встретился с главой удмуртии")
	f.Add("ǅ ǈ ß İ ﬁ")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		in := []rune(s)
		got, _ := tc.Restore(in, tokenize.Split(s))
		if len(got) != len(in) {
			t.Fatalf("%d code points, want %d", len(got), len(in))
		}
	})
}

// TestLetterCase checks letterCase and capitals against the unicode
// package's answers for every rune.
func TestLetterCase(t *testing.T) {
	upper, letters := 0, 0
	var all []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		u, l := letterCase(r)
		if u != unicode.IsUpper(r) || l != unicode.IsLower(r) {
			t.Fatalf("letterCase(%U) = %v, %v", r, u, l)
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		all = append(all, r)
	}
	if gu, gl := capitals(all); gu != upper || gl != letters {
		t.Errorf("capitals = %d, %d; want %d, %d", gu, gl, upper, letters)
	}
}
