package refine

import (
	"testing"

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
