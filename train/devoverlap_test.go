package train

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/corpus/conllu"
)

// sentence makes a conllu sentence of the space-separated forms.
func sentence(forms string) *conllu.Sentence {
	s := &conllu.Sentence{}
	for i, f := range strings.Fields(forms) {
		s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: f})
	}
	return s
}

func TestDevOverlap(t *testing.T) {
	dev := newDevOverlap([][]*conllu.Sentence{
		{sentence("Благодарим всех , кто пришёл !")},
		{sentence("Клааааас !!!"), sentence("Мороз и солнце ; день чудесный !"), sentence("Да ."), sentence("( Болотная площадь ) .")},
	})
	for _, c := range []struct {
		train string
		want  overlapKind
	}{
		// the same words: dropped, whichever dev set
		{"Благодарим всех , кто пришёл !", exactOverlap},
		{"Мороз и солнце ; день чудесный !", exactOverlap},
		{"Да .", exactOverlap},
		// up to case, ё/е, stress marks and punctuation tokens
		{"благодарим всех кто пришел", looseOverlap},
		{"Клааааас ! ! !", looseOverlap},
		{"— Да !", looseOverlap},
		{"Моро́з и со́лнце , день чуде́сный .", looseOverlap},
		{"Болотная площадь", looseOverlap},
		// one training sentence holding a whole dev sentence of five words or more
		{"Пушкин писал : « Мороз и солнце ; день чудесный ! »", innerOverlap},
		{"Клааааас !!! Мороз и солнце ; день чудесный !", innerOverlap},
		// kept: other words, a part of a dev sentence, a short dev sentence inside a longer one
		{"Благодарим всех , кто ушёл !", noOverlap},
		{"Мороз и солнце", noOverlap},
		{"Да , конечно .", noOverlap},
		{"Болотная площадь полна", noOverlap},
		{"Мороз и солнце ; день", noOverlap},
		// a sentence of punctuation only matches only exactly
		{"!!!", noOverlap},
	} {
		if got := dev.match(sentence(c.train).Words); got != c.want {
			t.Errorf("%q: %v, want %v", c.train, got, c.want)
		}
	}

	ss := []*conllu.Sentence{sentence("Да ."), sentence("Нет ."), sentence("да"), sentence("Пушкин : Мороз и солнце ; день чудесный !")}
	kept, n := dev.filter(ss)
	if len(kept) != 1 || kept[0] != ss[1] {
		t.Errorf("filter kept %d sentences, want only «Нет .»", len(kept))
	}
	if want := (overlapCount{exactSents: 1, exactWords: 2, looseSents: 1, looseWords: 1, innerSents: 1, innerWords: 9}); n != want {
		t.Errorf("filter counted %+v, want %+v", n, want)
	}
	if kept, _ := (*devOverlap)(nil).filter(ss); len(kept) != len(ss) {
		t.Errorf("nil filter dropped sentences")
	}
}
