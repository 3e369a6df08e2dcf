package tokenize

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

func texts(toks []doc.Token) string {
	p := make([]string, len(toks))
	for i, t := range toks {
		p[i] = t.Text
	}
	return strings.Join(p, " | ")
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Привет, мир!", "Привет | , | мир | !"},
		{"т.е. так", "т. | е. | так"},
		{"и т.д.", "и | т. | д | ."}, // the dot of a final abbreviation is split off
		{"и т.д., и пр.", "и | т. | д. | , | и | пр | ."},
		{"в 2024 г. в г. Москве", "в | 2024 | г. | в | г. | Москве"},
		{"90 тыс.рублей", "90 | тыс. | рублей"},
		{"им. Ленина, ул. Мира, д. 5, стр. 2", "им. | Ленина | , | ул. | Мира | , | д. | 5 | , | стр. | 2"},
		{"Д. А. Шугаев и Д.А. Шугаев", "Д. | А. | Шугаев | и | Д. | А. | Шугаев"},
		{"Дж.Коми", "Дж. | Коми"},
		{"24-е заседание 12.10.2024 в 10:30, рост 3,5 % и 15%", "24-е | заседание | 12.10.2024 | в | 10:30 | , | рост | 3,5 | % | и | 15 | %"},
		{"1 000 000 руб.", "1 | 000 | 000 | руб | ."},
		{"«Тор-М2», „Оса-АКМ“ и \"Алмаз-Антей\"", "« | Тор-М2 | » | , | „ | Оса-АКМ | “ | и | \" | Алмаз-Антей | \""},
		{"‘да’ из-за кто-то Ростов-на-Дону", "‘ | да | ’ | из-за | кто-то | Ростов-на-Дону"},
		{"см. https://example.com/a?b=1. Или www.lenta.ru, mail@mail.ru", "см. | https://example.com/a?b=1 | . | Или | www.lenta.ru | , | mail@mail.ru"},
		{"(см. http://x.org/a_(b))", "( | см. | http://x.org/a_(b) | )"},
		{"@user-1 и #Топ100 #hotel_grafit", "@user-1 | и | #Топ100 | #hotel_grafit"},
		{"Ставь ❤️ 🏄🏾‍♀️ и 😍😍😍!", "Ставь | ❤️ | 🏄🏾‍♀️ | и | 😍😍😍 | !"},
		{"Ну… и... что?! Да!!! Нет?..", "Ну | … | и | ... | что | ?! | Да | !!! | Нет | ?.."},
		{"цвет -- цвет – цвет — цвет - цвет", "цвет | -- | цвет | – | цвет | — | цвет | - | цвет"},
		{"спасибо))) (правда)", "спасибо | ))) | ( | правда | )"},
		{"((а))", "( | ( | а | ) | )"},
		{"``отцом&#39;&#39;.", "`` | отцом | &#39;&#39; | ."},
		{"e.g. Mr. Smith, i.e. U.S. etc.", "e.g. | Mr. | Smith | , | i.e. | U.S. | etc | ."},
		{"O'Brien и д’Артаньян", "O'Brien | и | д’Артаньян"},
		{"раке́тный", "раке́тный"},
		{"lenta.ru сообщила. Потом", "lenta.ru | сообщила | . | Потом"},
		{"сообщает Gzt.Ru и Газета.Ru, а Mail.Ru Group. Конец.Начало", "сообщает | Gzt.Ru | и | Газета.Ru | , | а | Mail.Ru | Group | . | Конец | . | Начало"},
		{"в Яндекс.Новостях и Yandex.Taxi. Москва.Президент", "в | Яндекс.Новостях | и | Yandex.Taxi | . | Москва | . | Президент"},
		{"Москва.Rus и Яндекс.Russia", "Москва | . | Rus | и | Яндекс | . | Russia"},
		{"2011/12 и 1960-х", "2011/12 | и | 1960-х"},
		{"в 1904-1905 гг. и 5-6 лет, Бук-М1-2", "в | 1904 | - | 1905 | гг. | и | 5 | - | 6 | лет | , | Бук-М1-2"},
		{"одно- и двузначные", "одно- | и | двузначные"},
		{"звоните +7_978_784 или 8_800, dmitriy_chigarev =) :D :-( ~~~~ 3кг км2 3D", "звоните | +7_978_784 | или | 8_800 | , | dmitriy_chigarev | =) | :D | :-( | ~~~~ | 3 | кг | км2 | 3D"},
		{"Вау!!!...так #ростов-на-дону +", "Вау | !!! | ... | так | #ростов-на-дону | +"},
		{"вернулся!😄 @user спасибо", "вернулся | ! | 😄 | @user | спасибо"},
		{"", ""},
		{" \n\t ", ""},
	}
	for _, tt := range tests {
		if got := texts(Tokens(tt.in)); got != tt.want {
			t.Errorf("Tokens(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func sentTexts(text string) []string {
	var out []string
	rs := []rune(text)
	for _, s := range Split(text) {
		out = append(out, string(rs[s.Start:s.End]))
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Он пришёл. Она ушла.", []string{"Он пришёл.", "Она ушла."}},
		{"Финал шоу «Голос. Дети» прошёл. Он сказал: «Мы готовы. Ждём».", []string{"Финал шоу «Голос. Дети» прошёл.", "Он сказал: «Мы готовы.", "Ждём»."}},
		{"«Мы готовы. Ждём», — сказал он. Итог в шоу «Голос». Дети пели.", []string{"«Мы готовы.", "Ждём», — сказал он.", "Итог в шоу «Голос».", "Дети пели."}},
		{"Встреча Д. А. Шугаева и Д.А. Пантуса прошла в Ижевске.", []string{"Встреча Д. А. Шугаева и Д.А. Пантуса прошла в Ижевске."}},
		{"Сенат утвердит Дж.Коми, а Дж. Буш промолчал.", []string{"Сенат утвердит Дж.Коми, а Дж. Буш промолчал."}},
		{"Он встретился с Ван И. Он заявил. Работы И. В. Сталина.", []string{"Он встретился с Ван И.", "Он заявил.", "Работы И. В. Сталина."}},
		{"Это было в 2024 г. Потом всё изменилось.", []string{"Это было в 2024 г.", "Потом всё изменилось."}},
		{"Он живёт в г. Москва на ул. Ленина.", []string{"Он живёт в г. Москва на ул. Ленина."}},
		{"Яблоки, груши и т. д. Потом пришли.", []string{"Яблоки, груши и т. д.", "Потом пришли."}},
		{"Он сказал: «Идём!» Мы пошли.", []string{"Он сказал: «Идём!»", "Мы пошли."}},
		{"«Идём!» — сказал он.", []string{"«Идём!» — сказал он."}},
		{"Что?! Не может быть… Правда?", []string{"Что?!", "Не может быть…", "Правда?"}},
		{"Ну... и что. А потом (в 2020 г.) всё.", []string{"Ну... и что.", "А потом (в 2020 г.) всё."}},
		{"Первая строка\nвторая строка", []string{"Первая строка", "вторая строка"}},
		{"Абзац один.\n\nАбзац два", []string{"Абзац один.", "Абзац два"}},
		{"Mr. Smith met Dr. Brown. They talked.", []string{"Mr. Smith met Dr. Brown.", "They talked."}},
		{"Он (т.е. я) пришёл.", []string{"Он (т.е. я) пришёл."}},
		{"Было 5 млн. руб. Стало больше.", []string{"Было 5 млн. руб.", "Стало больше."}},
		{"1. Первый пункт.", []string{"1. Первый пункт."}},
		{"Это ул. Мира, д. 5. Он там.", []string{"Это ул. Мира, д. 5.", "Он там."}},
		{"Спасибо вам!🙈 Отлично 😉 Наш маршрут 🏞 и дух", []string{"Спасибо вам!🙈", "Отлично 😉", "Наш маршрут 🏞 и дух"}},
		{"Сказал: ``...Прибыл тайша''.", []string{"Сказал: ``...Прибыл тайша''."}},
		{`Она назвала пакет "самым жестким". Председатель Еврокомиссии заявила.`, []string{`Она назвала пакет "самым жестким".`, "Председатель Еврокомиссии заявила."}},
		{`Он сказал: "...Прибыл".`, []string{`Он сказал: "...Прибыл".`}},
		{"Лавров провел переговоры с Ван И. Стороны обсудили визит.", []string{"Лавров провел переговоры с Ван И.", "Стороны обсудили визит."}},
		{"Документ подписал А. С. Иванов.", []string{"Документ подписал А. С. Иванов."}},
		{"Он написал «Как это делалось...» (1992) и ушёл.", []string{"Он написал «Как это делалось...» (1992) и ушёл."}},
		{"Плотность 13 чел. / км2. Далее.", []string{"Плотность 13 чел. / км2.", "Далее."}},
		{"Длина 80 км. Во время", []string{"Длина 80 км.", "Во время"}},
		{"Сказал он. «Нет», — ответили ему.", []string{"Сказал он.", "«Нет», — ответили ему."}},
	}
	for _, tt := range tests {
		got := sentTexts(tt.in)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestInvalidUTF8Offsets(t *testing.T) {
	in := "a\xffб\xe2\x80 «x»"
	rs := []rune(in)
	toks := Tokens(in)
	for _, tk := range toks {
		if string([]rune(tk.Text)) != string(rs[tk.Start:tk.End]) {
			t.Errorf("token %q at %d..%d, runes %q", tk.Text, tk.Start, tk.End, string(rs[tk.Start:tk.End]))
		}
	}
	if last := toks[len(toks)-1]; last.End != len(rs) {
		t.Errorf("last token ends at %d, want %d", last.End, len(rs))
	}
}

func TestDebug(t *testing.T) {
	in := os.Getenv("TOKENIZE_DEBUG")
	if in == "" {
		t.Skip("set TOKENIZE_DEBUG to a text to print its segmentation")
	}
	for _, s := range Split(in) {
		t.Log(texts(s.Tokens))
	}
}

// checkInvariants verifies the structural guarantees of Split on text.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	rs := []rune(text)
	sents := Split(text)
	all := Tokens(text)
	n := 0
	prevEnd := 0
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", si)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d span %v does not match its tokens", si, s.Span)
		}
		for _, tk := range s.Tokens {
			if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > len(rs) {
				t.Fatalf("token %q at %v out of order or range (prev end %d, len %d)", tk.Text, tk.Span, prevEnd, len(rs))
			}
			prevEnd = tk.End
			if string([]rune(tk.Text)) != string(rs[tk.Start:tk.End]) {
				t.Fatalf("token text %q != runes %q", tk.Text, string(rs[tk.Start:tk.End]))
			}
			for _, r := range tk.Text {
				if unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF {
					t.Fatalf("token %q contains space", tk.Text)
				}
			}
			if n >= len(all) || all[n] != tk {
				t.Fatalf("Split and Tokens disagree at token %d", n)
			}
			n++
		}
	}
	if n != len(all) {
		t.Fatalf("Split has %d tokens, Tokens %d", n, len(all))
	}
	// Every non-space code point is covered by a token.
	covered := 0
	for _, tk := range all {
		covered += tk.End - tk.Start
	}
	spaces := 0
	for _, r := range rs {
		if isSpace(r) {
			spaces++
		}
	}
	if covered+spaces != len(rs) {
		t.Fatalf("tokens cover %d code points, spaces %d, text %d", covered, spaces, len(rs))
	}
	_ = utf8.RuneError
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Он пришёл. Она ушла.", "Д.А. Шугаев, т.е. 3,5 млн. руб.!", "https://x.y/(a)). «Да»?!",
		"a\xffb\xe2\x80 c", "😍😍‍❤️ #тег @user-1 mail@mail.ru", "&#39;&#39; `` (((", "\n\n.\u200b.",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("testdata/news.txt"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text)
	})
}

// TestLetterCase checks IsUpper and IsLower, with their fast paths,
// against the unicode functions they stand for, over every rune.
func TestLetterCase(t *testing.T) {
	for c := rune(0); c <= unicode.MaxRune+1; c++ {
		if IsUpper(c) != unicode.IsUpper(c) || IsLower(c) != unicode.IsLower(c) {
			t.Fatalf("rune %U: upper %v lower %v", c, IsUpper(c), IsLower(c))
		}
		if isUpper(c) != (unicode.IsUpper(c) || unicode.IsTitle(c)) {
			t.Fatalf("rune %U: isUpper %v", c, isUpper(c))
		}
	}
}

// TestDomainDot checks that the dot of a domain name glued to a zone
// (ДОМ.РФ) ends no sentence, and that a dot before a space still does.
func TestDomainDot(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"Генеральный директор ДОМ.РФ Виталий Мутко выступил.", 1},
		{"Сайт кремль.рф обновлен. Он работает.", 2},
		{"Контракт получил ДОМ. РФ выделит средства.", 2}, // (guard) a space after the dot
	} {
		if got := len(Split(tt.in)); got != tt.want {
			t.Errorf("%q: %d sentences, want %d", tt.in, got, tt.want)
		}
	}
}
