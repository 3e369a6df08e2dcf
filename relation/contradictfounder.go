package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// founderNouns are the stems of the nouns of one who founds an
// organization.
var founderNouns = []string{"основател", "сооснователь", "сооснователя", "сооснователе", "создател"}

// founderOnly reports whether the person h is named right after the
// organization t as its founder and nothing more: a founder noun before
// t, a kind noun between them at most («основатель группы Talk Talk Марк
// Холлис», «один из основателей НТВ Игорь Малашенко», «основателем
// Microsoft Б.Гейтсом»), no other post joined to the founder noun by «и»
// («гитарист и сооснователь группы „Ляпис Трубецкой“ Руслан Владыко»
// stays). NEREL gives the founder FOUNDED_BY, not WORKPLACE (train: 2 of
// 2 such WORKPLACE wrong; dev 4 of 4).
func founderOnly(text []rune, h, t doc.Mention) bool {
	if t.End > h.Start || strings.Trim(string(text[t.End:h.Start]), " »\"“") != "" {
		return false
	}
	w, at := previousWord(text, t.Start)
	if w != "" && !isFounder(w) {
		w, at = previousWord(text, at) // «основатель группы»
	}
	if !isFounder(w) {
		return false
	}
	before, _ := previousWord(text, at)
	return before != "и"
}

// isFounder reports whether the lower-case word w is a founder noun.
func isFounder(w string) bool {
	for _, s := range founderNouns {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
