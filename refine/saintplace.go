package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// placeParticles are the capitalized parts of hyphenated Romance place
// names: a saint's title or a common geographic word («Сан-Диего»,
// «Санта-Крус», «Сен-Мало», «Понте-Сан-Пьетро», «Порт-Толбот»).
var placeParticles = map[string]bool{"Сан": true, "Санта": true, "Сен": true, "Сент": true, "Понте": true, "Порт": true}

// notNameTypes are the types of numbers and times, which a name of a
// place never is.
var notNameTypes = map[string]bool{"DATE": true, "TIME": true, "AGE": true, "NUMBER": true, "ORDINAL": true, "EVENT": true}

// particlePlace makes a DATE or EVENT that is one hyphenated word of a
// place name's particle and capitalized parts the CITY it is: a caption
// line «Понте-Сан-Пьетро» (read as a DATE) or «Сан-Ладзаро-ди-Савена»
// (an EVENT). NEREL types such words places (train 27 of 27 tagged ones,
// 22 CITY).
func particlePlace(m doc.Mention) doc.Mention {
	if !notNameTypes[m.Type] || strings.ContainsAny(m.Text, " \n") {
		return m
	}
	parts := strings.Split(m.Text, "-")
	if len(parts) < 2 || !placeParticles[parts[0]] && !placeParticles[parts[1]] {
		return m
	}
	for _, p := range parts {
		if p == "" {
			return m
		}
	}
	if last := parts[len(parts)-1]; !tokenize.IsUpper(firstRune(last)) || strings.ToUpper(last) == last {
		return m
	}
	m.Type = "CITY"
	return m
}
