package refine

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/tokenize"
)

// TestPlantLeads checks hasPlantForm against mayHaveText(plantForms), the
// test it replaced, on texts with every one of plantForms and on guards
// (a number past maxPlantNumber, lower case, a longer word), and that
// every one of plantForms opens with the byte 0xD0, which hasPlantForm
// asks.
func TestPlantLeads(t *testing.T) {
	for w := range plantForms {
		if w[0] != 0xD0 {
			t.Errorf("%q does not open with the byte 0xD0", w)
		}
	}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Пуск ГЭС намечен на май.",
		"В Курске строят АЭС-2.",
		"Якутская ГРЭС-31 встала.",   // guard: past maxPlantNumber
		"Рабочие аэс и гэс бастуют.", // guard: lower case
		"Компания ГЭСстрой и ТЭЦ22 объявили тендер.",
		"Сотрудники Михайловского ГОКа вышли на смену.",
		"Ёлки, Я, АЭСА и ЦБК-",
		"Nothing here at all.",
		"",
	}
	for w := range plantForms {
		texts = append(texts, "Сообщили о "+w+".", w)
	}
	for _, text := range texts {
		sents := tokenize.Split(text)
		d := r.forDocument(sents)
		want := d.mayHaveText(plantForms)
		d.release()
		if got := hasPlantForm(sents); got != want {
			t.Errorf("hasPlantForm(%q) = %v, mayHaveText = %v", text, got, want)
		}
	}
}

// TestRepeatAcronymsCapitalized checks what organizationRepeats relies on
// when it asks its set of acronyms only of a capitalized word: acronym and
// capitalizedLatin hold of no word whose first letter is not a capital, on
// every string of one to three of a set of pieces.
func TestRepeatAcronymsCapitalized(t *testing.T) {
	pieces := []string{"О", "о", "СК", "X", "x", "5", "12", "Arc", "elik", "é", "É", "-", "Ё", "ё", "ᲀ", " ", "ǅ"}
	var words []string
	for _, a := range pieces {
		words = append(words, a)
		for _, b := range pieces {
			words = append(words, a+b)
			for _, c := range pieces {
				words = append(words, a+b+c)
			}
		}
	}
	for _, w := range words {
		if c, _ := decodeFirst(w); !tokenize.IsUpper(c) && (acronym(w) || capitalizedLatin(w)) {
			t.Errorf("%q: acronym %v, capitalizedLatin %v, not capitalized", w, acronym(w), capitalizedLatin(w))
		}
	}
}

// TestDayPartLengths checks what dayPart relies on when it asks only words
// of the byte lengths of dayParts: every rune that fold makes a letter а–я
// is two bytes long, so a word that folds to one of dayParts has its
// length.
func TestDayPartLengths(t *testing.T) {
	for c := rune(0); c <= unicode.MaxRune; c++ {
		f := fold(string(c))
		if r, _ := utf8.DecodeRuneInString(f); utf8.RuneCountInString(f) == 1 && 'а' <= r && r <= 'я' && len(string(c)) != 2 {
			t.Errorf("%U folds to %q", c, f)
		}
	}
}

// TestViewLists checks that the view's formList and foldedList hold the
// keys of its forms and folded, once each, for a text with repeated and
// differently written words, and that a released view is empty.
func TestViewLists(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", "Утром УТРОМ утром, Ёлка и ёлка — ёлка.", "Поп-король и поп-короля; летний 5-летний."} {
		d := r.forDocument(tokenize.Split(text))
		v := d.view
		if !sameKeys(v.formList, v.forms) || !sameKeys(v.foldedList, v.folded) {
			t.Errorf("%q: lists %q %q, maps %v %v", text, v.formList, v.foldedList, v.forms, v.folded)
		}
		d.release()
		if len(v.formList) != 0 || len(v.foldedList) != 0 || len(v.forms) != 0 {
			t.Errorf("%q: released view not empty", text)
		}
	}
}

// sameKeys reports whether list holds the keys of m, each once.
func sameKeys[V any](list []string, m map[string]V) bool {
	seen := map[string]bool{}
	for _, w := range list {
		if _, ok := m[w]; !ok || seen[w] {
			return false
		}
		seen[w] = true
	}
	return len(seen) == len(m)
}

// TestFactsLast checks the view's last answer in facts: a form asked
// twice gets its own facts both times, a string with the same start and
// another length (a prefix of the token) its own, and a released view
// keeps no last answer.
func TestFactsLast(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Утром Москва и Московская область"
	d := r.forDocument(tokenize.Split(text))
	v := d.view
	for _, w := range []string{"Москва", "Москва", "Моск", "Московская", "Москва", "Утром", "Утро"} {
		want := v.forms[w]
		if want == nil {
			want = r.sharedFacts(w)
		}
		if got := d.facts(w); got != want {
			t.Errorf("facts(%q) = %p, want %p", w, got, want)
		}
	}
	w := v.formList[1] // (a token's own string, «Москва»)
	if d.facts(w) != v.forms[w] || d.facts(w[:8]) != r.sharedFacts("Моск") {
		t.Errorf("facts of %q and of its prefix %q", w, w[:8])
	}
	d.release()
	if v.lastFacts != nil || v.lastForm != "" {
		t.Error("a released view keeps its last answer")
	}
}
