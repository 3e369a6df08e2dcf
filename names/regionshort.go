package names

import "strings"

// regionAliases maps the normalized short names of Russian regions that
// no ending derives from the formal name (regionShortRoot) to the formal
// name as sameNameKey writes it: the names news give them beside the
// formal one («В Кемеровской области завершили ремонт … министр транспорта
// Кузбасса»). Only regions whose short name names the region alone: not
// «Алтай» (the republic and the Altai krai), «Донбасс» (two regions) or
// «Зауралье» (no one region).
var regionAliases = map[string]string{
	"кузбасс":    "кемеровская область",
	"югра":       "ханты-мансийский автономный округ",
	"ямал":       "ямало-ненецкий автономный округ",
	"прикамье":   "пермский край",
	"кубань":     "краснодарский край",
	"ленобласть": "ленинградская область",
	"башкирия":   "башкортостан",
	"татария":    "татарстан",
}

// regionNounsFull are the nouns after the adjective of a region's formal
// name whose short name regionShortRoot derives: «Приморский край»,
// «Тамбовская область», «Удмуртская Республика», «Чукотский автономный
// округ».
var regionNounsFull = map[string]bool{"край": true, "область": true, "республика": true,
	"автономный округ": true, "автономная область": true}

// regionFullRoot returns the root of the adjective of a region's formal
// name norm (normalized, in the nominative): «приморский край» → «примор»,
// «забайкальский край» → «забайкал», «тамбовская область» → «тамбов»,
// «удмуртская республика» → «удмурт»; "" for another name.
func regionFullRoot(norm string) string {
	adj, noun, ok := strings.Cut(norm, " ")
	if !ok || !regionNounsFull[noun] {
		return ""
	}
	return regionRoot(adj, []string{"ский", "ская"})
}

// regionRoot returns w without the first of ends it ends with and then
// without a soft sign, when at least four letters are left before the
// ending; "" otherwise.
func regionRoot(w string, ends []string) string {
	for _, end := range ends {
		if root, ok := strings.CutSuffix(w, end); ok && len([]rune(root)) >= 4 {
			return strings.TrimSuffix(root, "ь")
		}
	}
	return ""
}

// regionShortEnds are the endings that make a region's short name of the
// root of its formal name's adjective: Приморье, Забайкалье, Ставрополье
// (-ье); Тамбовщина, Смоленщина, Белгородчина (-щина, -чина); Удмуртия,
// Чувашия (-ия); Камчатка, Чукотка (-ка).
var regionShortEnds = []string{"ье", "щина", "чина", "ия", "ка"}

// regionShortRoot returns the root that a region's one-word short name
// norm shares with its formal name (regionFullRoot): «приморье» →
// «примор», «тамбовщина» → «тамбов»; "" for another name.
func regionShortRoot(norm string) string {
	if strings.ContainsAny(norm, " \"") {
		return ""
	}
	return regionRoot(norm, regionShortEnds)
}

// regionShortKeys returns, for the STATE_OR_PROVINCE groups of one text,
// the keys (sameNameKey) of their formal names by the root regionShortRoot
// reads off a short name; a root that two formal names share is left out.
// mergeSameName files a short name under the formal name's key, so that
// «Ставрополье» joins «Ставропольский край» and is named so.
func regionShortKeys(same []*group) map[string]string {
	var roots map[string]string
	for _, g := range same {
		r := regionFullRoot(g.norm)
		if r == "" {
			continue
		}
		if roots == nil {
			roots = map[string]string{}
		}
		k := sameNameKey("STATE_OR_PROVINCE", g.norm)
		if old, ok := roots[r]; ok && old != k {
			k = ""
		}
		roots[r] = k
	}
	return roots
}

// regionKey returns the key under which mergeSameName files the short
// name norm of a region: its formal name's key when roots (regionShortKeys)
// holds its root, else "".
func regionKey(norm string, roots map[string]string) string {
	if roots == nil {
		return ""
	}
	return roots[regionShortRoot(norm)]
}
