package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// russianRepublics are the lower-cased name words of the republics of
// Russia, as they follow «Республика» («Республика Коми», «Республике
// Татарстан», «Республики Саха (Якутия)»).
var russianRepublics = map[string]bool{
	"адыгея": true, "алтай": true, "башкортостан": true, "бурятия": true, "дагестан": true, "ингушетия": true,
	"калмыкия": true, "карелия": true, "коми": true, "крым": true, "марий": true, "мордовия": true, "саха": true,
	"татарстан": true, "тыва": true, "хакасия": true, "северная": true,
}

// republicType makes a COUNTRY that is «Республика» and the name of a
// republic of Russia («Республике Коми», read as a country like «Республика
// Беларусь») a STATE_OR_PROVINCE, as NEREL train has them (73 of the 106
// mentions of Russia's republics; the others are mostly organizations
// named after them).
func (r *Refiner) republicType(m doc.Mention) doc.Mention {
	if m.Type != "COUNTRY" {
		return m
	}
	first, rest, ok := strings.Cut(m.Text, " ")
	if !ok || !strings.HasPrefix(fold(first), "республик") {
		return m
	}
	if next, _, _ := strings.Cut(rest, " "); r.named(next, russianRepublics) {
		m.Type = "STATE_OR_PROVINCE"
	}
	return m
}

// named reports whether a noun lemma of w, or w itself folded, is in set.
func (r *Refiner) named(w string, set map[string]bool) bool {
	return anyIn(r.nounLemmas(w), set) || set[fold(w)]
}

// regionNames are the lemmas of the other names of Russia's regions
// («Подмосковье» for the Moscow region, «Кузбасс» for the Kemerovo one):
// NEREL v1.1 train and dev tag all nine of their mentions
// STATE_OR_PROVINCE (Приморье, Подмосковье, Забайкалье).
var regionNames = map[string]bool{"подмосковье": true, "приморье": true, "забайкалье": true, "кузбасс": true,
	"кубань": true, "ямал": true, "югра": true, "ставрополье": true, "прикамье": true, "ленобласть": true,
	"оренбуржье": true}

// regionType makes a place mention that is one of regionNames or
// republicNames a STATE_OR_PROVINCE («Кузбасса» read as a city, «Югры» or
// «в Бурятии» as a country, «(Якутия)» as a city).
func (r *Refiner) regionType(m doc.Mention) doc.Mention {
	if m.Type != "CITY" && m.Type != "LOCATION" && m.Type != "DISTRICT" && m.Type != "COUNTRY" || strings.Contains(m.Text, " ") {
		return m
	}
	if r.named(m.Text, regionNames) || r.named(m.Text, republicNames) {
		m.Type = "STATE_OR_PROVINCE"
	}
	return m
}

// republicNames are the lemmas of the one-word names of Russia's
// republics without «Республика» («в Бурятии», «Татарстана»), which the
// recognizer reads as a city or a country now and then («после обрушения
// на руднике в Бурятии» CITY beside «Окинском районе Бурятии»
// STATE_OR_PROVINCE: two entities for one). NEREL v1.1 train tags their
// one-word mentions STATE_OR_PROVINCE (Чечня 13, Татарстан 6, Чувашия 6,
// Башкирия 4, Дагестан 4, Удмуртия 3, …: 48 of 49, the other an
// organization named after one, which regionType never retypes). Алтай
// (also the mountains), Крым (a LOCATION 3 times, a peninsula), Коми
// (mostly an organization's) and Осетия (North or South) stay out.
var republicNames = map[string]bool{"бурятия": true, "татарстан": true, "башкирия": true, "башкортостан": true,
	"дагестан": true, "чечня": true, "ингушетия": true, "карелия": true, "якутия": true, "мордовия": true,
	"хакасия": true, "калмыкия": true, "адыгея": true, "тыва": true, "тува": true, "удмуртия": true, "чувашия": true,
	"кабардино-балкария": true, "карачаево-черкесия": true}

// macroRegions are the lemmas of the names of regions larger or other than
// a state, a province or a city — parts of the world and historical lands
// («в Донбассе», «на Балканах») — and macroRegionKeys the stemKey of those
// of two words («стран Латинской Америки»): NEREL v1.1 train tags all
// their mentions LOCATION (Европа 52, Африка 7, Сибирь 6, Кавказ 5,
// Латинская Америка 2, Донбасс …; an ORGANIZATION where a name holds
// them).
var macroRegions = map[string]bool{"донбасс": true, "прибалтика": true, "закавказье": true, "кавказ": true, "балканы": true,
	"скандинавия": true, "сибирь": true, "европа": true, "азия": true, "африка": true}

var macroRegionKeys = stemKeys([]string{"Латинская Америка", "Ближний Восток", "Дальний Восток"})

// macroRegionType makes a capitalized CITY, COUNTRY or STATE_OR_PROVINCE
// mention that is one of macroRegions, or of their adjectives
// (macroRegionAdjective), a LOCATION: «в Донбассе», read as a city;
// «Латинской Америки», read as a country after «Америки» (NEREL dev has
// both).
func (r *Refiner) macroRegionType(m doc.Mention) doc.Mention {
	if m.Type != "CITY" && m.Type != "COUNTRY" && m.Type != "STATE_OR_PROVINCE" || !tokenize.StartsUpper(m.Text) {
		return m
	}
	switch ws := fields(m.Text); len(ws) {
	case 1:
		if r.named(ws[0], macroRegions) || r.macroRegionAdjective(ws[0]) {
			m.Type = "LOCATION"
		}
	case 2:
		if macroRegionKeys[stemKey(ws)] {
			m.Type = "LOCATION"
		}
	}
	return m
}

// autonomousRegions makes a capitalized adjective and «автономный округ»
// or «автономная область» after it one STATE_OR_PROVINCE («в
// Ханты-Мансийском автономном округе», «Чукотского автономного округа»),
// in place of a place mention of the adjective alone, which the linker
// would merge with the city it is named after (Ханты-Мансийск): these are
// regions of Russia, as its republics and oblasts. A place mention the
// recognizer made of the whole name keeps its type (NEREL v1.1 train's
// one such name is a DISTRICT).
func (r *Refiner) autonomousRegions(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !foldPrefix(toks[i+1].Text, "автономн") || !tokenize.StartsUpper(toks[i].Text) {
				continue
			}
			if n := fold(toks[i+2].Text); !strings.HasPrefix(n, "округ") && !strings.HasPrefix(n, "област") || !r.agree(toks[i].Text, toks[i+2].Text) {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[i+2].End}
			if hasPlace(ms, sp) {
				continue // the recognizer's type stands («Чукотского автономного округа», a DISTRICT in NEREL train)
			}
			for _, m := range ms {
				if m.Span == toks[i].Span && isPlaceType(m.Type) {
					drop[m.Span] = true
				}
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "STATE_OR_PROVINCE"})
			i += 2
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && isPlaceType(m.Type) })
}
