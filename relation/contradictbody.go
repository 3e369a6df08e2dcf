package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// territoryNouns are the lemmas of the common nouns of a territory whose
// head a post can name: «глава республики», «президент страны».
var territoryNouns = map[string]bool{
	"республика": true, "область": true, "край": true, "регион": true, "страна": true,
	"государство": true, "город": true, "район": true, "губерния": true, "округ": true,
}

// territorysPost reports whether the post m is two words, a noun of a post
// and a territory noun in the genitive after it, with no name inside:
// «глава республики», «президента страны».
func territorysPost(m doc.Mention, mentions []doc.Mention) bool {
	words := strings.Fields(m.Text)
	if len(words) != 2 || nestsType(m, mentions, "") {
		return false
	}
	for _, p := range readings(strings.ToLower(words[1])) {
		if territoryNouns[p.Normal] && (p.Tag.Case() == morph.Gent || p.Tag.Case() == morph.Gen1) {
			return true
		}
	}
	return false
}

// nestsType reports whether a mention of type typ (of any type when typ
// is empty) lies inside m.
func nestsType(m doc.Mention, mentions []doc.Mention, typ string) bool {
	for _, o := range mentions {
		if o.Start >= m.Start && o.End <= m.End && o.Span != m.Span && (typ == "" || o.Type == typ) {
			return true
		}
	}
	return false
}

// otherBodysPost reports whether one of the posts h and t holds a named
// organization and the other the head of a territory: «глава Минпромторга
// России» and «глава республики» are two persons' posts, no
// ALTERNATIVE_NAME; so are «начальник Московского метрополитена» and «мэр
// Москвы», a named place's head (placeHeadsPost, namedBodysPost; NEREL v1.1
// train's gold links no such pair). NEREL v1.1 train links such a pair once in 242
// («главы военного ведомства Венесуэлы» — «министром обороны страны», a
// body between the post and the territory, which the two-word form leaves
// out).
func otherBodysPost(h, t doc.Mention, mentions []doc.Mention) bool {
	return nestsType(h, mentions, "ORGANIZATION") && territorysPost(t, mentions) ||
		nestsType(t, mentions, "ORGANIZATION") && territorysPost(h, mentions) ||
		namedBodysPost(h, mentions) && placeHeadsPost(t, mentions) || namedBodysPost(t, mentions) && placeHeadsPost(h, mentions)
}

// placeHeads are the lemmas of the posts of a named place's head that
// placeHeadsPost reads: «мэр Москвы», «губернатор Тверской области»,
// «президент России». Not «глава» («Глава Киева» is the head of the city's
// administration in NEREL) nor a premier (who heads a government).
var placeHeads = map[string]bool{"мэр": true, "губернатор": true, "президент": true}

// placeHeadsPost reports whether the post m is a place's head (placeHeads)
// and the named place after it, with no organization inside: «мэр
// Москвы».
func placeHeadsPost(m doc.Mention, mentions []doc.Mention) bool {
	words := strings.Fields(m.Text)
	if len(words) < 2 || nestsType(m, mentions, "ORGANIZATION") || !nestsType(m, mentions, "CITY") && !nestsType(m, mentions, "COUNTRY") && !nestsType(m, mentions, "STATE_OR_PROVINCE") {
		return false
	}
	for _, p := range readings(strings.ToLower(words[0])) {
		if p.Tag.POS() == morph.NOUN && placeHeads[p.Normal] {
			return true
		}
	}
	return false
}

// namedBodysPost reports whether the post m holds a named organization
// other than a place's government («начальник Московского
// метрополитена»; not «Глава Киевской городской государственной
// администрации», «Председатель правительства»).
func namedBodysPost(m doc.Mention, mentions []doc.Mention) bool {
	for _, o := range mentions {
		if o.Type == "ORGANIZATION" && o.Start >= m.Start && o.End <= m.End && o.Span != m.Span && !governmentBody(o.Text) {
			return true
		}
	}
	return false
}

// governmentBody reports whether an organization's name is a place's
// government or administration, which its head heads too.
func governmentBody(name string) bool {
	l := strings.ToLower(name)
	for _, w := range []string{"правительств", "администрац", "мэри", "кабинет", "президент"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
