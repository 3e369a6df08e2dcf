package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// placeAdjectives cuts a place mention that spans the same words as an
// organization and opens with a lower-case adjective down to that
// adjective: «петербургского СКА» was both a CITY and the ORGANIZATION,
// where the city is «петербургского» alone.
func (r *Refiner) placeAdjectives(text []rune, ms []doc.Mention) []doc.Mention {
	orgs := spansOf(ms, "ORGANIZATION")
	var out []doc.Mention
	for i, m := range ms {
		if !isPlaceType(m.Type) || !orgs[m.Span] || !strings.Contains(m.Text, " ") {
			continue
		}
		first, _, _ := strings.Cut(m.Text, " ")
		if !tokenize.StartsLower(first) || r.likeliest(first) != morph.ADJF {
			continue
		}
		out = own(out, ms)
		out[i].End = m.Start + len([]rune(first))
		out[i].Text = string(text[m.Start:out[i].End])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// adjectivePlace cuts a CITY, COUNTRY, STATE_OR_PROVINCE or DISTRICT mention
// made of a capitalized adjective and lower-case adjectives to the first
// («Кольскую горно-металлургическую» of «Кольскую горно-металлургическую
// компанию»): the place is the adjective of the name it opens. No gold
// place in NEREL v1.1 train or dev ends in a lower-case adjective.
func (r *Refiner) adjectivePlace(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if !placeTypes[m.Type] && m.Type != "DISTRICT" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first || !tokenize.StartsUpper(toks[first].Text) {
		return m
	}
	for _, t := range toks[first+1 : last+1] {
		if !tokenize.StartsLower(t.Text) || r.likeliest(t.Text) != morph.ADJF {
			return m
		}
	}
	m.End = toks[first].End
	m.Text = string(text[m.Start:m.End])
	return m
}

// placeKinds are the lemmas of the nouns after which a quoted name is a
// place's («зоны „Москва“», «промышленной зоне „Хасия“»).
var placeKinds = map[string]bool{"зона": true, "республика": true, "район": true, "территория": true, "регион": true,
	"область": true, "провинция": true, "край": true, "округ": true, "поселок": true, "село": true, "деревня": true,
	"город": true, "микрорайон": true, "квартал": true, "остров": true, "улица": true}

// quotedPlace retypes as an ORGANIZATION a capitalized place mention that
// is a whole name in «guillemets» («входят также „Россия“ и „Победа“»,
// «авиалиний „Волга-Днепр“», «акций „Фольксвагена“»): a place's name is
// not quoted. On NEREL v1.1 train the recognizer makes 10 such place
// mentions: 7 are organizations, and the 3 places follow a place noun
// («зоны „Москва“») or an adjective («самопровозглашённой „Донецкой
// Народной Республики“»), which keep the type.
func (r *Refiner) quotedPlace(toks []doc.Token, m doc.Mention) doc.Mention {
	if !isPlaceType(m.Type) || !tokenize.StartsUpper(m.Text) {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 1 || last < first || last+1 >= len(toks) || toks[first-1].Text != "«" || toks[last+1].Text != "»" {
		return m
	}
	if first >= 2 {
		before := toks[first-2].Text
		if pos := r.likeliest(before); pos == morph.ADJF || pos == morph.PRTF || anyIn(r.nounLemmas(before), placeKinds) {
			return m
		}
	}
	m.Type = "ORGANIZATION"
	return m
}

// postposedSurnames makes a one-word place mention of a capitalized noun
// and the mention right after it of a capitalized adjective in -ский or
// -цкий in the masculine nominative, with no word after it, one PERSON:
// «играет в супертурнире Гата Камский.», «• Гата Камский (США, …)», read
// as a CITY and a DISTRICT. A postposed adjective that agrees with no noun
// after it is a surname (Камский, Жириновский); a place's adjective comes
// before its noun («Камский район»). In NEREL v1.1 train and dev no place
// is so followed.
func (r *Refiner) postposedSurnames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, a := range ms {
		if !isPlaceType(a.Type) || !cyrillicName(a.Text) || r.likeliest(a.Text) != morph.NOUN {
			continue
		}
		toks := sentenceTokens(sents, a)
		first, last := mentionTokens(toks, a)
		if first < 0 || last != first || first+1 >= len(toks) {
			continue
		}
		adj := toks[first+1]
		if adj.Start != a.End+1 || !cyrillicName(adj.Text) || !strings.HasSuffix(adj.Text, "ский") && !strings.HasSuffix(adj.Text, "цкий") ||
			first+2 < len(toks) && tokenize.IsWord(toks[first+2].Text) || !r.masculineNominative(adj.Text) {
			continue
		}
		var b doc.Mention
		for _, m := range ms {
			if m.Span == adj.Span {
				b = m
			}
		}
		if b.Type == "" || b.Type != "PERSON" && !isPlaceType(b.Type) {
			continue
		}
		drop[a], drop[b] = true, true
		sp := doc.Span{Start: a.Start, End: adj.End}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PERSON"})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// masculineNominative reports whether some reading of w is a full adjective
// in the masculine singular nominative.
func (r *Refiner) masculineNominative(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && p.Tag.Is(morph.Masc) && p.Tag.Is(morph.Sing) && p.Tag.Case() == morph.Nomn {
			return true
		}
	}
	return false
}

// shopAdjectives are the lemmas of the adjectives that make a «центр» a
// building (торговый центр), not an institution.
var shopAdjectives = map[string]bool{"торговый": true, "развлекательный": true, "торгово-развлекательный": true,
	"спортивный": true, "выставочный": true, "офисный": true, "деловой": true, "культурно-развлекательный": true,
	"торгово-офисный": true, "спортивно-развлекательный": true}

// centreName types a whole name in «guillemets» right after «центр»: after
// a business, shopping or sports centre («бизнес-центра „Демидов“»,
// «торговом центре „Зимняя вишня“», «спортивном центре „Минск-арена“»;
// shopAdjectives) a FACILITY, after another centre an ORGANIZATION
// («развивающего центра „Кин-Топ“», read as a FACILITY and, three times
// more, a CITY; «аналитического центра „Атлантический совет“»). In NEREL
// v1.1 train and dev the four names so quoted have these types. Only a
// place, facility or organization mention is retyped.
func (r *Refiner) centreName(toks []doc.Token, m doc.Mention) doc.Mention {
	if !isPlaceType(m.Type) && m.Type != "FACILITY" && m.Type != "ORGANIZATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 2 || last < first || last+1 >= len(toks) || toks[first-1].Text != "«" || toks[last+1].Text != "»" {
		return m
	}
	lemmas := r.nounLemmas(toks[first-2].Text)
	switch {
	case slices.Contains(lemmas, "бизнес-центр"):
		m.Type = "FACILITY"
	case slices.Contains(lemmas, "центр"):
		m.Type = "ORGANIZATION"
		if first >= 3 {
			for _, p := range r.parse(toks[first-3].Text) {
				if adjectival(p) && shopAdjectives[fold(p.Normal)] {
					m.Type = "FACILITY"
				}
			}
		}
	}
	return m
}

// lowerAdjectiveStart starts a CITY, COUNTRY, STATE_OR_PROVINCE or
// DISTRICT mention that opens with a lower-case adjective before a
// capitalized name at the name: «в подмосковном Сколково», read as one
// STATE_OR_PROVINCE, is the place «Сколково», a CITY (the one word after
// «подмосковный» is a town of the region); the adjective is a place of
// its own or none. NEREL v1.1 train's gold places that open with a
// lower-case adjective are regions, LOCATION («южной Германии»,
// «восточной Европе»), which keep it.
func (r *Refiner) lowerAdjectiveStart(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if !isPlaceType(m.Type) || m.Type == "LOCATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first || !tokenize.StartsLower(toks[first].Text) || !tokenize.StartsUpper(toks[first+1].Text) || r.likeliest(toks[first].Text) != morph.ADJF {
		return m
	}
	if m.Type == "STATE_OR_PROVINCE" && last == first+1 && strings.HasPrefix(fold(toks[first].Text), "подмосковн") {
		// «в подмосковной Кубинке»: a town of the region the adjective
		// names (NEREL v1.1 train's names after «подмосковный»: CITY 2
		// of 2, Ступино, Наро-Фоминск)
		m.Type = "CITY"
	}
	m.Start = toks[first+1].Start
	m.Text = string(text[m.Start:m.End])
	return m
}
