package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// departmentStems are the clipped fields that follow «Деп-» in the short
// names of city departments: «Дептранс» (транспорт), «Депздрав»
// (здравоохранение), «Депобр», «Депобразования», «Депкульт», «Депстрой», «Депимущество»,
// «Депинформ», «Депспорт», «Дептруд», «Депсоцзащиты», «Депприроды».
var departmentStems = []string{"транс", "здрав", "обр", "культ", "строй", "образовани", "имуществ", "информ", "спорт", "труд", "соцзащит", "природ", "жкх", "тур"}

// departments makes a capitalized word of «Деп», a stem of
// departmentStems and a case ending of up to two letters an ORGANIZATION,
// dropping a mention of another type over the same word: «Дептранс Москвы
// сообщил …» (the recognizer read «Депздраве» a CITY, «Дептранс» a PERSON
// in some wordings). NEREL v1.1 train and dev hold no such word (0 of 0;
// the 16 capitalized words of «Деп» there are «Депутат», «Депардье»,
// «Департамент», which the stems leave).
func (r *Refiner) departments(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWordLike(departmentWord) {
		return ms
	}
	return wordOrganizations(text, sents, ms, func(w string) bool {
		return tokenize.StartsUpper(w) && departmentWord(fold(w))
	})
}

// departmentWord reports whether f, folded, is «деп», a stem of
// departmentStems and at most two letters more.
func departmentWord(f string) bool {
	rest, ok := strings.CutPrefix(f, "деп")
	if !ok {
		return false
	}
	for _, s := range departmentStems {
		if tail, ok := strings.CutPrefix(rest, s); ok && utf8.RuneCountInString(tail) <= 2 {
			return true
		}
	}
	return false
}
