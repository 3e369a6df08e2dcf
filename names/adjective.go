package names

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factgraph/factgraph/internal/formcache"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// placeTypes are the types whose adjectives NEREL tags like the place
// itself («российского» COUNTRY, «ижевского» CITY).
var placeTypes = map[string]bool{"COUNTRY": true, "CITY": true, "STATE_OR_PROVINCE": true, "DISTRICT": true, "LOCATION": true}

// adjectiveEndings are cut from a place adjective to get its stem, longest
// first.
var adjectiveEndings = []string{"ский", "цкий", "ской", "ская", "цкая", "ское", "цкое", "ские", "цкие", "ий", "ый", "ой", "ая", "ое", "ие", "ые"}

// mergePlaceAdjectives folds a group named by a one-word place adjective
// («российский», «ижевский») into the group of the same type whose name is
// the place (Россия, Ижевск), when exactly one name of the document begins
// like the adjective's stem: NEREL links such pairs as ALTERNATIVE_NAME
// (Японии … японского). Irregular pairs (белорусский, Беларусь;
// американский, США) stay apart.
func (l *Linker) mergePlaceAdjectives(groups []*group) {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return
	}
	// the one-word place names of each group (its name or, for a group that
	// merged a formal name, «Российская Федерация», its other names: «Россия»)
	// by type and first four letters
	type key struct{ typ, prefix string }
	type place struct {
		g    *group
		name string
	}
	places := map[key][]place{}
	// the names adjectiveName derives of names of two words, tried when
	// no one-word name matches («Алтайского» is Алтай's beside «Алтайский
	// край», as before)
	derived := map[key][]place{}
	named := map[key]*group{} // by type and whole name, for irregularAdjectives
	var adjectives []*group
	for _, g := range groups {
		if g.merged() || !placeTypes[g.typ] {
			continue
		}
		if name := Normalize(g.name()); placeStem(name) != "" && l.adjective(name) {
			adjectives = append(adjectives, g)
			continue
		}
		seen := map[string]bool{}
		for i, n := range g.names {
			name := Normalize(n)
			if seen[name] || i < len(g.alias) && g.alias[i] || strings.Contains(name, "\"") {
				continue
			}
			seen[name] = true
			if strings.Contains(name, " ") {
				if a := adjectiveName(n); a != "" {
					// «Нижний Тагил» for «Нижнетагильский», «Вологодская
					// область» for «Вологодский»: tried when no one-word
					// name matches
					k := key{g.typ, tokenize.Prefix(a, 4)}
					derived[k] = append(derived[k], place{g, a})
				}
				// a name of two words is otherwise an irregular
				// adjective's place only («нижегородский»: Нижний
				// Новгород; «южнокорейский»: Южная Корея), never one whose
				// stem it begins with
				if k := (key{g.typ, sameNameKey(g.typ, name)}); named[k] == nil {
					named[k] = g
				}
				continue
			}
			if l.adjective(name) {
				continue
			}
			if k := (key{g.typ, sameNameKey(g.typ, name)}); named[k] == nil {
				// a short name too: США, of «американский»
				named[k] = g
			}
			if utf8.RuneCountInString(name) < 4 {
				continue
			}
			k := key{g.typ, tokenize.Prefix(name, 4)}
			places[k] = append(places[k], place{g, name})
		}
	}
	for _, adj := range adjectives {
		stem := placeStem(Normalize(adj.name()))
		var target *group
		n := 0
		for _, from := range []map[key][]place{places, derived} {
			if n > 0 {
				break
			}
			for _, p := range from[key{adj.typ, tokenize.Prefix(stem, 4)}] {
				if p.g.merged() || p.g == target {
					continue
				}
				if c := commonPrefix(stem, p.name); c >= 4 && c >= utf8.RuneCountInString(stem)-2 {
					target = p.g
					n++
				}
			}
		}
		short := ""
		if n != 1 {
			target, n = nil, 0
			for _, name := range irregularPlace(Normalize(adj.name())) {
				if g := named[key{adj.typ, name}]; g != nil && !g.merged() {
					target, n, short = g, 1, name
					break
				}
			}
		}
		if n == 1 {
			// the adjective's forms become aliases, never the name
			for i := range adj.alias {
				adj.alias[i] = true
			}
			absorb(target, adj)
			if t := root(target); short != "" && t.short == "" && !slices.ContainsFunc(t.names, func(n string) bool { return Normalize(n) == short }) {
				// «РФ» and «российские»: Россия, the adjective's place,
				// as a group of «РФ» and «Россия» is named
				t.short = short
			}
		}
	}
	// Adjectives of one place the text does not name otherwise are one
	// entity: «российской техники», «российских предприятий» (the
	// singular and the plural lemma) are both Россия.
	byPlace := map[key]*group{}
	for _, adj := range adjectives {
		if adj.merged() {
			continue
		}
		p := l.adjectivePlace(Normalize(adj.name()))
		if p == "" {
			continue
		}
		k := key{adj.typ, p}
		if first := byPlace[k]; first != nil {
			absorb(first, adj)
			continue
		}
		byPlace[k] = adj
	}
}

// irregularAdjectives maps the stems of place adjectives that do not begin
// like their place's name to the names (as sameNameKey writes them) they
// may refer to, likeliest first: «белорусский» is of Беларусь,
// «американский» of the США, «немецкий» of Германия.
var irregularAdjectives = map[string][]string{
	"белорусск":     {"беларусь"},
	"американск":    {"сша", "америка"},
	"британск":      {"великобритания"},
	"английск":      {"англия", "великобритания"},
	"советск":       {"ссср"},
	"немецк":        {"германия"},
	"германск":      {"германия"},
	"шведск":        {"швеция"},
	"греческ":       {"греция"},
	"турецк":        {"турция"},
	"чешск":         {"чехия"},
	"датск":         {"дания"},
	"финск":         {"финляндия"},
	"финляндск":     {"финляндия"},
	"итальянск":     {"италия"},
	"французск":     {"франция"},
	"польск":        {"польша"},
	"норвежск":      {"норвегия"},
	"голландск":     {"нидерланды", "голландия"},
	"нидерландск":   {"нидерланды"},
	"кубинск":       {"куба"},
	"венгерск":      {"венгрия"},
	"литовск":       {"литва"},
	"армянск":       {"армения"},
	"казахск":       {"казахстан"},
	"узбекск":       {"узбекистан"},
	"туркменск":     {"туркменистан", "туркмения"},
	"таджикск":      {"таджикистан"},
	"киргизск":      {"киргизия", "кыргызстан"},
	"швейцарск":     {"швейцария"},
	"бельгийск":     {"бельгия"},
	"индийск":       {"индия"},
	"китайск":       {"китай", "кнр"},
	"японск":        {"япония"},
	"израильск":     {"израиль"},
	"палестинск":    {"палестина"},
	"иранск":        {"иран"},
	"афганск":       {"афганистан"},
	"северокорейск": {"кндр"},
	"южнокорейск":   {"южная корея"},
	"саудовск":      {"саудовская аравия"},
	"эмиратск":      {"оаэ"},
	"российск":      {"россия"},
	"рф":            {"россия"},
	"московск":      {"москва"},
	// (regular, but the dictionary also knows a rarer place the stem makes:
	// Самар, Кура, Омь, Томь, Иркут, Ивановск, Кировск, Лугань)
	"самарск":     {"самара"},
	"курск":       {"курск"},
	"омск":        {"омск"},
	"томск":       {"томск"},
	"иркутск":     {"иркутск"},
	"ивановск":    {"иваново"},
	"кировск":     {"киров"},
	"луганск":     {"луганск"},
	"петербургск": {"санкт-петербург"},
	"питерск":     {"санкт-петербург"},
	"нижегородск": {"нижний новгород"},
	"подмосковн":  {"московская область"},
	"башкирск":    {"башкортостан", "башкирия"},
	"татарстанск": {"татарстан"},
	"чеченск":     {"чечня"},
	"татарск":     {"татарстан"},
	// (the stem with -ск or alone is a town or a river the dictionary
	// knows, or no ending makes the place)
	"украинск":   {"украина"},
	"грузинск":   {"грузия"},
	"черногорск": {"черногория"},
	"иорданск":   {"иордания"},
	"словацк":    {"словакия"},
	"мексиканск": {"мексика"},
	"марокканск": {"марокко"},
	"чилийск":    {"чили"},
	"перуанск":   {"перу"},
	"мальтийск":  {"мальта"},
	"филиппинск": {"филиппины"},
	"тайск":      {"таиланд"},
	"донецк":     {"донецк"},
	"запорожск":  {"запорожье"},
	"ярославск":  {"ярославль"},
	"калужск":    {"калуга"},
	// (the stem with -ск is a village the dictionary knows, the region
	// is made with -ка)
	"камчатск": {"камчатка"},
}

// adjectivePlace returns the name of the place that the one-word place
// adjective adj (normalized) stands for, in lower case but for acronyms,
// or "": the place of irregularAdjectives («американский»: США), or the
// place name the dictionary knows that the adjective's stem makes with one
// of the endings place names take (омский: Омск, сибирский: Сибирь,
// уральский: Урал, московский: Москва, японский: Япония, сирийский:
// Сирия, кемеровский: Кемерово).
func (l *Linker) adjectivePlace(adj string) string {
	if l == nil || l.Canon == nil {
		return AdjectivePlace(nil, adj)
	}
	return AdjectivePlace(l.Canon.A, adj)
}

// AdjectivePlace is Linker.adjectivePlace with the analyzer a (nil: the
// irregular adjectives alone), for the rule layer, which reads compound
// adjectives of two countries («российско-британской»).
func AdjectivePlace(a *morph.Analyzer, adj string) string {
	if ns := irregularPlace(adj); len(ns) > 0 {
		return shortName(ns[0])
	}
	if a == nil {
		return ""
	}
	c, _ := adjectivePlaces.Load(a)
	if c == nil {
		c, _ = adjectivePlaces.LoadOrStore(a, formcache.New[string](adjectivePlaceCacheMax))
	}
	cache := c.(*formcache.Cache[string])
	if place, ok := cache.Get(adj); ok {
		return place
	}
	place := adjectivePlace(a, adj)
	cache.Put(adj, place)
	return place
}

// adjectivePlaces holds, for each analyzer AdjectivePlace was given, a
// cache of its answers by adjective (*formcache.Cache[string]): the rule
// layer asks of the same adjectives in every document, and each answer
// parses up to a dozen candidate names.
var adjectivePlaces sync.Map

// adjectivePlaceCacheMax bounds a generation of an analyzer's cache of
// AdjectivePlace's answers (formcache.Cache).
const adjectivePlaceCacheMax = 4096

// adjectivePlace is AdjectivePlace for an adjective of no irregular place,
// with the analyzer a.
func adjectivePlace(a *morph.Analyzer, adj string) string {
	for _, p := range a.Parse(adj) {
		if p.Tag.POS() != morph.ADJF {
			continue
		}
		n := Normalize(p.Normal)
		base, ok := strings.CutSuffix(n, "ский")
		if !ok {
			base, ok = strings.CutSuffix(n, "ской") // тверской, донской
		}
		if !ok || utf8.RuneCountInString(base) < 2 {
			continue
		}
		stems := []string{base}
		if b, ok := strings.CutSuffix(base, "ь"); ok {
			stems = []string{b, base} // уральский: Урал; тульский: Тула
		}
		var cands []string
		for _, b := range stems {
			// the stem itself first (уральский: Урал, not Уральск), then
			// with -ск (курский: Курск, not the river Кура)
			cands = append(cands, b, b+"ск", b+"ь", b+"а", b+"я", b+"ия", b+"о")
		}
		if b, ok := strings.CutSuffix(base, "й"); ok {
			cands = append(cands, b+"я") // сирийский: Сирия
		}
		if strings.HasSuffix(base, "с") {
			cands = append(cands, base+"са") // одесский: Одесса (the doubled с is written once before -ский)
		}
		for _, c := range cands {
			for _, q := range a.Parse(c) {
				if q.Tag.POS() == morph.NOUN && q.Tag.Is(morph.Geox) && q.Method() == morph.MethodDictionary && Normalize(q.Normal) == c {
					return c
				}
			}
		}
	}
	return ""
}

// irregularPlace returns the place names irregularAdjectives gives the
// adjective adj (normalized), by its longest listed stem.
func irregularPlace(adj string) []string {
	for i := min(len(adj), irregularStems.maxLen); i >= irregularStems.minLen; i-- {
		// (every stem ends in a Cyrillic letter, two bytes led by D0 or
		// D1: a prefix that does not is asked of no map; TestIrregularStems)
		if adj[i-2]&0xFE != 0xD0 {
			continue
		}
		if names, ok := irregularAdjectives[adj[:i]]; ok {
			return names
		}
	}
	return nil
}

// irregularStems holds the least and greatest byte lengths of the keys of
// irregularAdjectives, for irregularPlace.
var irregularStems = func() (s struct{ minLen, maxLen int }) {
	s.minLen = 1 << 30
	for k := range irregularAdjectives {
		s.minLen, s.maxLen = min(s.minLen, len(k)), max(s.maxLen, len(k))
	}
	s.minLen = max(s.minLen, 2)
	return s
}()

// placeStem returns a one-word adjective without its ending, or "".
func placeStem(name string) string {
	if strings.ContainsAny(name, " \"") {
		return ""
	}
	for _, e := range adjectiveEndings {
		if s, ok := strings.CutSuffix(name, e); ok && utf8.RuneCountInString(s) >= 3 {
			return s
		}
	}
	return ""
}

// adjective reports whether the most probable reading of w is a full
// adjective.
func (l *Linker) adjective(w string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	ps := l.Canon.A.Parse(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.ADJF
}

// commonPrefix returns the number of leading runes a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}

// mergeAdjectiveTypes folds a group of one-word place adjectives that the
// recognizer typed as a COUNTRY into the group of the place the text names
// otherwise («Иркутском авиационном заводе» read with a COUNTRY, «в
// Иркутске» a CITY: one Иркутск), when exactly one place group of another
// type has the adjective's place as its name. (Adjectives of other types
// stay: «нью-йоркского отеля» is of the city, though the text names the
// state; «Брянской» of a region, though it names the city.)
func (l *Linker) mergeAdjectiveTypes(groups []*group) {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return
	}
	byName := map[string][]*group{}
	var adjectives []*group
	for _, g := range groups {
		if g.merged() || !placeTypes[g.typ] {
			continue
		}
		name := Normalize(g.name())
		if strings.Contains(name, " ") {
			continue
		}
		if g.typ == "COUNTRY" && l.adjectiveMentions(g) {
			adjectives = append(adjectives, g)
			continue
		}
		byName[name] = append(byName[name], g)
	}
	for _, adj := range adjectives {
		name := Normalize(adj.name())
		if l.adjective(name) {
			name = l.adjectivePlace(name)
		}
		var target *group
		n := 0
		for _, g := range byName[name] {
			if g.typ != adj.typ && !g.merged() {
				target = g
				n++
			}
		}
		if n == 1 {
			for i := range adj.alias {
				adj.alias[i] = true
			}
			absorb(target, adj)
		}
	}
}

// adjectiveMentions reports whether every mention of g is one word that
// may be a full adjective («Иркутском», also Иркутск's instrumental).
func (l *Linker) adjectiveMentions(g *group) bool {
	for _, m := range g.mentions {
		if strings.Contains(m.Text, " ") || !slices.ContainsFunc(l.Canon.A.Parse(m.Text), func(p morph.Parse) bool { return p.Tag.POS() == morph.ADJF }) {
			return false
		}
	}
	return len(g.mentions) > 0
}

// townOfRegion reports whether p, the place an adjective of a LOCATION
// stands for, is a town's name in -ск: a LOCATION is a region, and its
// adjective keeps its own lemma as the name — «руководителя Приволжского
// межрегионального совета» is the Volga federal district (NEREL's
// Wikidata: «Приволжский федеральный округ»), not the town Приволжск;
// «Уральского» stays Урал, «Сибирского» Сибирь.
func townOfRegion(typ, p string) bool {
	return typ == "LOCATION" && strings.HasSuffix(p, "ск")
}

// regionAdjectiveName returns, for a LOCATION group named by a town in -ск
// whose mentions also read as the adjective of that town, the adjective:
// «в Приволжском федеральном округе» — the nested «Приволжском» read as
// the instrumental of Приволжск — and «Приволжского» are Приволжский
// (townOfRegion); name otherwise.
func (l *Linker) regionAdjectiveName(g *group, name string) string {
	if g.typ != "LOCATION" || strings.Contains(name, " ") || l.adjective(name) || !townOfRegion(g.typ, Normalize(name)) {
		return name
	}
	for _, n := range g.names {
		if capitalized(n) && l.adjective(n) && l.adjectivePlace(Normalize(n)) == Normalize(name) {
			return n
		}
	}
	return name
}
