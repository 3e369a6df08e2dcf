package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// topicOf reports whether the later of a and b follows the earlier with
// only a word of topic between, a form of «посвящённый» (after a comma or
// not) or the preposition «о», «об», «про»: «выставка, посвящённая
// Культурной революции», «выставка о Культурной революции» — the second
// is what the first is about (NEREL: HAS_CAUSE), never another name of it
// (ALTERNATIVE_NAME).
func topicOf(text []rune, a, b doc.Mention) bool {
	if b.Start < a.End {
		a, b = b, a
	}
	if a.End > b.Start {
		return false
	}
	ws := strings.Fields(strings.Trim(string(text[a.End:b.Start]), " ,«\"„“\n"))
	if len(ws) != 1 {
		return false
	}
	w := strings.ToLower(ws[0])
	return strings.HasPrefix(w, "посвящ") || isAny(w, "о", "об", "про")
}

// workKinds groups the stems of the nouns that name a kind of work
// before its name: an album, a song, a video, a film, a book, a show on
// stage, a broadcast.
var workKinds = [][]string{
	{"альбом", "пластинк", "мини-альбом"},
	{"сингл", "трек", "песн", "композици", "хит"},
	{"клип", "видеоклип"},
	{"фильм", "кинофильм", "сериал", "мультфильм", "кинолент"},
	{"книг", "роман", "повест", "сборник", "поэм"},
	{"спектакл", "постановк", "опер", "балет", "мюзикл"},
	{"передач", "телепередач", "телешоу"},
}

// workKind returns the group of workKinds of the word before the mention
// m (its quotes aside), or -1.
func workKind(text []rune, m doc.Mention) int {
	w := wordBefore(text, m.Start)
	for i, g := range workKinds {
		for _, s := range g {
			if strings.HasPrefix(w, s) {
				return i
			}
		}
	}
	return -1
}

// otherWorkKind reports whether the works h and t are each named after a
// noun of another kind of work: «новый альбом Northern Lights» and «трек
// Lighthouse» are two works, the single of the album, not two names of one
// (ALTERNATIVE_NAME).
func otherWorkKind(text []rune, h, t doc.Mention) bool {
	if h.Type != "WORK_OF_ART" || t.Type != "WORK_OF_ART" {
		return false
	}
	a, b := workKind(text, h), workKind(text, t)
	return a >= 0 && b >= 0 && a != b
}
