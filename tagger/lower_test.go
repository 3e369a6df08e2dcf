package tagger

import (
	"strings"
	"testing"
)

func TestIsLowerNoYo(t *testing.T) {
	for _, s := range []string{"", "мама", "Мама", "ёлка", "ЁЛКА", "abc", "aBc", "ǅ", "\xff", "тест-1", "ǆ", "σ", "Σ", "İ", "straße", "ﬁ"} {
		want := strings.ToLower(s) == s && !strings.Contains(s, "ё")
		if got := isLowerNoYo(s); got != want {
			t.Errorf("isLowerNoYo(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestProperLemmaHyphen(t *testing.T) {
	for _, tt := range [][3]string{
		{"Санкт-Петербурге", "санкт-петербург", "Санкт-Петербург"},
		{"Мак-Кинли", "мак-кинли", "Мак-Кинли"},
		{"Алмаз-антей", "алмаз-антей", "Алмаз-антей"},
		{"Ростов-на-Дону", "ростов-на-дону", "Ростов-на-Дону"},
		{"ДНР", "днр", "ДНР"},
		{"Ко-ко", "ко", "Ко"},
		{"Оса-АКМ", "оса-акм", "Оса-АКМ"},
		{"Тор-М1", "тор-м1", "Тор-М1"},
		{"САУ", "са", "САУ"},           // an acronym is its own lemma
		{"БМРА", "бмр", "БМРА"},        // (an ending rule cut it)
		{"МОСКВЫ", "москва", "МОСКВА"}, // guard: a word in capitals keeps its lemma
	} {
		if got := properLemma(tt[0], tt[1]); got != tt[2] {
			t.Errorf("properLemma(%q, %q) = %q, want %q", tt[0], tt[1], got, tt[2])
		}
	}
	if got := stripStress([]string{"Тюме́нь", "и"}); got[0] != "Тюмень" || got[1] != "и" {
		t.Errorf("stripStress: %q", got)
	}
}

func TestForeignTitleLemma(t *testing.T) {
	for w, want := range map[string]bool{"The": true, "McTavish": true, "ARC": false, "A": false, "the": false, "Москва": true} {
		if got := isCapitalized(w); got != want {
			t.Errorf("isCapitalized(%q) = %v", w, got)
		}
	}
	for w, want := range map[string]bool{"Records": true, "O'Neil": true, "AT&T": true, "Тор": false, "1st": false, "": false} {
		if got := isLatinWord(w); got != want {
			t.Errorf("isLatinWord(%q) = %v", w, got)
		}
	}
}

func TestRomanOrdinalLemma(t *testing.T) {
	m := &Model{}
	for _, tt := range []struct{ word, tag, lemma, want string }{
		{"XIX", "ADJ|Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", "xix", "XIX"},
		{"II", "ADJ", "", "II"},
		{"новый", "ADJ|Case=Nom|Degree=Pos|Gender=Masc|Number=Sing", "новый", "новый"},
	} {
		got := m.analysis(tt.word, strings.ToLower(tt.word), &cand{tag: -1, tagStr: tt.tag, lemma: tt.lemma})
		if got.Lemma != tt.want {
			t.Errorf("analysis(%s).Lemma = %q, want %q", tt.word, got.Lemma, tt.want)
		}
	}
}
