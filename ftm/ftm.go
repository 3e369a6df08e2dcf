// Package ftm maps what factgraph extracts to FollowTheMoney (FtM)
// entities, the data model of Aleph and OpenSanctions
// (followthemoney.tech): documents become Articles; persons, organizations
// and places become Person, Company / PublicBody / Organization and Address
// entities; relations become Employment, Membership, Ownership, Family,
// Associate or UnknownLink entities, or properties (position, country,
// addressEntity, birthPlace); events become Event entities. The mapping is
// documented in docs/server.md. Both `factgraph extract --format ftm` and the
// server's exports use it.
package ftm

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/store"
)

// Entity is one FollowTheMoney entity in its JSON form:
// {"id":"fg-entity-7","schema":"Person","properties":{"name":["…"]}}.
type Entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

// Schema returns the FtM schema of an entity of a NEREL type, or "" for the types
// that are values or common nouns (DATE, MONEY, PROFESSION, …), which
// become properties or are left out.
func Schema(typ, name string) string {
	switch typ {
	case "PERSON":
		return "Person"
	case "ORGANIZATION":
		return orgSchema(name)
	case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION", "FACILITY":
		return "Address"
	case "EVENT":
		return "Event"
	}
	return ""
}

// Word stems that make an ORGANIZATION a Company or a PublicBody (matched
// at the start of a word of the normalized name).
var (
	companyStems = []string{"ооо", "оао", "зао", "пао", "ао", "нпо", "нпп", "гк", "концерн", "холдинг", "завод",
		"компани", "корпораци", "банк", "групп", "фабрик", "комбинат", "предприяти", "трест", "авиакомпани",
		"ритейл", "group", "inc", "ltd", "llc", "corp", "company", "gmbh", "plc", "bank", "holding"}
	publicStems = []string{"министерств", "минобороны", "минфин", "мид", "служб", "комитет", "ведомств",
		"комисси", "администраци", "правительств", "парламент", "дума", "совет", "суд", "прокуратур",
		"мвд", "фсб", "фсин", "фас", "цик", "управлени", "агентств", "палат", "мэри", "полици",
		"вооруженн", "арми", "кремл", "ministry", "department", "agency", "government", "council", "court", "police"}
)

// orgSchema chooses Company, PublicBody or Organization by the words of
// an organization's name.
func orgSchema(name string) string {
	words := strings.Fields(store.NormalizeName(name))
	has := func(stems []string) bool {
		for _, w := range words {
			for _, s := range stems {
				if stemMatch(w, s) {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has(companyStems):
		return "Company"
	case has(publicStems):
		return "PublicBody"
	}
	return "Organization"
}

// countryStems maps the start of a word of a country's name (normalized:
// lower case, ё as е) to its ISO 3166-1 code, the form of FtM's country
// property.
var countryStems = []struct{ stem, code string }{
	{"росси", "ru"}, {"рф", "ru"}, {"беларус", "by"}, {"белорус", "by"}, {"украин", "ua"},
	{"сша", "us"}, {"америк", "us"}, {"китай", "cn"}, {"кита", "cn"}, {"кнр", "cn"}, {"казахстан", "kz"},
	{"германи", "de"}, {"франци", "fr"}, {"великобритани", "gb"}, {"британи", "gb"}, {"турци", "tr"},
	{"иран", "ir"}, {"инди", "in"}, {"япони", "jp"}, {"киргизи", "kg"}, {"кыргызстан", "kg"},
	{"узбекистан", "uz"}, {"армени", "am"}, {"азербайджан", "az"}, {"грузи", "ge"}, {"молдави", "md"},
	{"молдов", "md"}, {"латви", "lv"}, {"литв", "lt"}, {"эстони", "ee"}, {"польш", "pl"}, {"израил", "il"},
	{"сири", "sy"}, {"ссср", "suhh"}, {"итали", "it"}, {"испани", "es"}, {"финлянди", "fi"}, {"швеци", "se"},
	{"норвеги", "no"}, {"таджикистан", "tj"}, {"туркмени", "tm"}, {"серби", "rs"}, {"венгри", "hu"},
	{"чехи", "cz"}, {"румыни", "ro"}, {"болгари", "bg"}, {"египет", "eg"}, {"египт", "eg"}, {"канад", "ca"},
	{"бразили", "br"}, {"мексик", "mx"}, {"австрали", "au"}, {"австри", "at"}, {"швейцари", "ch"},
	{"нидерланд", "nl"}, {"голланди", "nl"}, {"бельги", "be"}, {"греци", "gr"}, {"ирак", "iq"},
	{"афганистан", "af"}, {"пакистан", "pk"}, {"вьетнам", "vn"}, {"куба", "cu"}, {"венесуэл", "ve"},
	{"russia", "ru"}, {"belarus", "by"}, {"ukrain", "ua"}, {"usa", "us"}, {"china", "cn"},
}

// CountryCode returns the ISO 3166-1 code (lower case) of a country named
// by name, or "".
func CountryCode(name string) string {
	for _, w := range strings.Fields(store.NormalizeName(name)) {
		for _, c := range countryStems {
			if stemMatch(w, c.stem) {
				return c.code
			}
		}
	}
	return ""
}

// stemMatch reports whether the word starts with the stem; a stem of
// fewer than four letters (an abbreviation: «мвд», «ооо», «сша») must be
// the whole word.
func stemMatch(word, stem string) bool {
	if utf8.RuneCountInString(stem) < 4 {
		return word == stem
	}
	return strings.HasPrefix(word, stem)
}

// legal reports whether an FtM schema is a LegalEntity (the range of
// Event.involved, Employment.employee, Membership.member, …).
func legal(schema string) bool {
	switch schema {
	case "Person", "Organization", "Company", "PublicBody":
		return true
	}
	return false
}

func organization(schema string) bool {
	return schema == "Organization" || schema == "Company" || schema == "PublicBody"
}

// Builder collects the FtM entities of some documents, merging the
// properties of an entity found in several of them.
type Builder struct {
	byID  map[string]*Entity
	order []string
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{byID: map[string]*Entity{}} }

// add adds values to a property of the entity id of the schema, creating
// the entity when needed; empty values and duplicates are skipped.
func (b *Builder) add(id, schema, prop string, values ...string) {
	e := b.byID[id]
	if e == nil {
		e = &Entity{ID: id, Schema: schema, Properties: map[string][]string{}}
		b.byID[id] = e
		b.order = append(b.order, id)
	}
	for _, v := range values {
		if v == "" {
			continue
		}
		dup := false
		for _, old := range e.Properties[prop] {
			if old == v {
				dup = true
				break
			}
		}
		if !dup {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
}

// Entities returns the entities in the order they were first added.
func (b *Builder) Entities() []Entity {
	out := make([]Entity, 0, len(b.order))
	for _, id := range b.order {
		out = append(out, *b.byID[id])
	}
	return out
}

// Article is a document as the mapping sees it; ID is its FtM ID.
type Article struct {
	ID, Title, URL, Date, Source, Lang, Text string
}

// Named is an entity as the mapping sees it: ID is its FtM ID, Type its
// NEREL type.
type Named struct {
	ID, Type, Name string
	Aliases        []string
}

// Relation is a relation between two entities; ID is its FtM ID and
// Evidence the text that supports it.
type Relation struct {
	ID, Type   string
	Head, Tail Named
	Evidence   string
}

// Event is an event; ID is its FtM ID.
type Event struct {
	ID, Type, Trigger, Date string
	// Place is the entity where it happened, or nil; PlaceText the place as
	// written when it is not an entity.
	Place        *Named
	PlaceText    string
	Participants []Named
}

// Add adds a document as an Article with its entities, relations and
// events.
func (b *Builder) Add(a Article, ents []Named, rels []Relation, evs []Event) {
	did := a.ID
	b.add(did, "Article", "title", a.Title)
	b.add(did, "Article", "sourceUrl", a.URL)
	b.add(did, "Article", "publishedAt", a.Date)
	b.add(did, "Article", "fileName", a.Source)
	b.add(did, "Article", "bodyText", a.Text)
	switch a.Lang {
	case "ru":
		b.add(did, "Article", "language", "rus")
	case "en":
		b.add(did, "Article", "language", "eng")
	}
	schema := map[string]string{}
	for _, e := range ents {
		sc := Schema(e.Type, e.Name)
		if sc == "" {
			continue
		}
		schema[e.ID] = sc
		id := e.ID
		b.add(id, sc, "proof", did)
		b.add(id, sc, "sourceUrl", a.URL)
		if sc == "Address" {
			b.add(id, sc, "full", e.Name)
			switch e.Type {
			case "CITY":
				b.add(id, sc, "city", e.Name)
			case "STATE_OR_PROVINCE", "DISTRICT":
				b.add(id, sc, "region", e.Name)
			case "COUNTRY":
				b.add(id, sc, "country", CountryCode(e.Name))
			}
			continue
		}
		b.add(id, sc, "name", e.Name)
		b.add(id, sc, "alias", e.Aliases...)
	}
	// Posts by person, for the role of Employment.
	posts := map[string][]string{}
	for _, r := range rels {
		if r.Type == "WORKS_AS" {
			posts[r.Head.ID] = append(posts[r.Head.ID], r.Tail.Name)
		}
	}
	for _, r := range rels {
		b.addRelation(r, schema, posts, did)
	}
	for _, v := range evs {
		b.addEvent(v, schema, did)
	}
}

// addRelation maps one relation; see docs/server.md.
func (b *Builder) addRelation(r Relation, schema map[string]string, posts map[string][]string, did string) {
	hs, ts := schema[r.Head.ID], schema[r.Tail.ID]
	head, tail, rid := r.Head.ID, r.Tail.ID, r.ID
	link := func(sc, from, to string, extra ...string) {
		b.add(rid, sc, from, head)
		b.add(rid, sc, to, tail)
		for i := 0; i+1 < len(extra); i += 2 {
			b.add(rid, sc, extra[i], extra[i+1])
		}
		b.add(rid, sc, "proof", did)
		b.add(rid, sc, "summary", r.Evidence)
	}
	switch {
	case r.Type == "WORKS_AS" && hs == "Person":
		b.add(head, hs, "position", r.Tail.Name)
	case r.Type == "WORKPLACE" && hs == "Person" && organization(ts):
		link("Employment", "employee", "employer", "role", strings.Join(posts[r.Head.ID], "; "))
	case r.Type == "MEMBER_OF" && legal(hs) && organization(ts):
		link("Membership", "member", "organization")
	case r.Type == "OWNER_OF" && legal(hs) && ts == "Company":
		link("Ownership", "owner", "asset")
	case (r.Type == "PARENT_OF" || r.Type == "SIBLING" || r.Type == "SPOUSE" || r.Type == "RELATIVE") &&
		hs == "Person" && ts == "Person":
		link("Family", "person", "relative", "relationship", strings.ToLower(strings.TrimSuffix(r.Type, "_OF")))
	case r.Type == "KNOWS" && hs == "Person" && ts == "Person":
		link("Associate", "person", "associate", "relationship", "knows")
	case ts == "Address" && hs != "" && hs != "Address" &&
		(r.Type == "HEADQUARTERED_IN" || r.Type == "LOCATED_IN" || r.Type == "PLACE_RESIDES_IN" ||
			r.Type == "TAKES_PLACE_IN" || r.Type == "ORIGINS_FROM" || r.Type == "WORKPLACE"):
		if c := CountryCode(r.Tail.Name); c != "" && r.Tail.Type == "COUNTRY" {
			prop := "country"
			if r.Type == "ORIGINS_FROM" && hs == "Person" {
				prop = "nationality"
			}
			b.add(head, hs, prop, c)
		} else if r.Type != "ORIGINS_FROM" && r.Type != "WORKPLACE" {
			b.add(head, hs, "addressEntity", tail)
		}
	case r.Type == "PLACE_OF_BIRTH" && hs == "Person" && ts == "Address":
		b.add(head, hs, "birthPlace", r.Tail.Name)
	case legal(hs) && legal(ts):
		link("UnknownLink", "subject", "object", "role", r.Type)
	}
}

// addEvent maps an event to an FtM Event: name, date, location, the
// participants that are legal entities as involved.
func (b *Builder) addEvent(v Event, schema map[string]string, did string) {
	id := v.ID
	b.add(id, "Event", "name", v.Trigger)
	b.add(id, "Event", "summary", v.Type)
	b.add(id, "Event", "date", v.Date)
	b.add(id, "Event", "proof", did)
	if v.Place != nil {
		b.add(id, "Event", "location", v.Place.Name)
		if schema[v.Place.ID] == "Address" {
			b.add(id, "Event", "addressEntity", v.Place.ID)
			if v.Place.Type == "COUNTRY" {
				b.add(id, "Event", "country", CountryCode(v.Place.Name))
			}
		}
	} else {
		b.add(id, "Event", "location", v.PlaceText)
	}
	var involved []string
	for _, p := range v.Participants {
		if legal(schema[p.ID]) {
			involved = append(involved, p.ID)
		}
	}
	sort.Strings(involved)
	b.add(id, "Event", "involved", involved...)
}
