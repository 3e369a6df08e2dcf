package refine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// agencyType makes a one-word mention of another type named like a
// Russian federal agency or state company — «Рос» and a stem, the
// dictionary knowing no place by it (Росреестр, Роснедра, Росморречфлот)
// — an ORGANIZATION. In NEREL v1.1 train all 57 capitalized one-word mentions so
// named are organizations (Роскомнадзор, Росгвардия, Росавтодор, …); the
// recognizer reads the ones it has not seen as countries, persons or
// ideologies (Ростуризм), Росстат a city. Forms of Россия,
// Российский and Ростов, and places the dictionary knows (Рославль), stay.
func (r *Refiner) agencyType(m doc.Mention) doc.Mention {
	if m.Type == "ORGANIZATION" || m.Type == "PROFESSION" || strings.Contains(m.Text, " ") {
		return m
	}
	if strings.HasPrefix(m.Text, "Мос") {
		return r.moscowBody(m)
	}
	if strings.HasPrefix(m.Text, "Сов") {
		return r.councilBody(m)
	}
	if !strings.HasPrefix(m.Text, "Рос") {
		return m
	}
	w := fold(m.Text)
	if utf8.RuneCountInString(w) < 6 || strings.HasPrefix(w, "росси") || strings.HasPrefix(w, "ростов") || strings.HasPrefix(w, "росс") && !rossAgency(w) {
		return m
	}
	if r.properName(m.Text) {
		return m
	}
	m.Type = "ORGANIZATION"
	return m
}

// rossAgencyStems are the stems of agencies whose «Рос» is followed by a
// word that opens with «с» (Россельхознадзор, Росстат, Росстандарт,
// Россвязь); other words so written are forms of Россия, Российский or
// names (Россини, Россошь).
var rossAgencyStems = []string{"россельхоз", "росстат", "росстандарт", "россвяз"}

// rossAgency reports whether the folded w opens with one of rossAgencyStems.
func rossAgency(w string) bool {
	for _, s := range rossAgencyStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// properName reports whether the dictionary knows w as a place's, a
// surname or a first name.
func (r *Refiner) properName(w string) bool {
	return slices.ContainsFunc(r.parse(w), func(p morph.Parse) bool { return p.Method() == morph.MethodDictionary && properTag(p) })
}

// properTag reports whether p is a place's name, a surname or a first name.
func properTag(p morph.Parse) bool {
	return p.Tag.Is(morph.Geox) || p.Tag.Is(morph.Surn) || p.Tag.Is(morph.Name)
}

// moscowBody makes a one-word mention of another type named like a body of
// Moscow or of its region — «Мос», «Мосгор» or «Мособл» before a common
// noun the dictionary knows (Мосбиржа, Мосгордума, Мособлсуд, Моссовет) —
// an ORGANIZATION; the recognizer reads them as cities. NEREL v1.1 train and
// dev have 12 such mentions, all organizations; forms of Москва and names
// the dictionary knows (Мосул, Мосс) stay, and so do words whose rest is no
// noun (Мосийчук).
func (r *Refiner) moscowBody(m doc.Mention) doc.Mention {
	w := fold(m.Text)
	if strings.HasPrefix(w, "моск") {
		return m
	}
	if r.properName(m.Text) {
		return m
	}
	for _, prefix := range []string{"мосгор", "мособл", "мос"} {
		rest, ok := strings.CutPrefix(w, prefix)
		if !ok || utf8.RuneCountInString(rest) < 3 {
			continue
		}
		for _, p := range r.parse(rest) {
			if p.Method() == morph.MethodDictionary && p.Tag.POS() == morph.NOUN && !properTag(p) {
				m.Type = "ORGANIZATION"
				return m
			}
		}
	}
	return m
}

// brandServices gives each mention of one token that names a service of a
// company with a dot («Яндекс.Новостях», «Яндекс.Деньги»; the tokenizer's
// dottedBrands) the type PRODUCT, and the company's part before the dot an
// ORGANIZATION of its own, as NEREL v1.1 annotates its one such name
// (PRODUCT «Яндекс.Новостях» holding ORGANIZATION «Яндекс»).
func brandServices(text []rune, ms []doc.Mention) []doc.Mention {
	var added, out []doc.Mention
	for i, m := range ms {
		brand, _, ok := strings.Cut(m.Text, ".")
		if !ok || !tokenize.DottedBrand(brand) || strings.ContainsAny(m.Text, " ") {
			continue
		}
		if m.Type != "PRODUCT" {
			out = own(out, ms)
			out[i].Type = "PRODUCT"
		}
		sp := doc.Span{Start: m.Start, End: m.Start + utf8.RuneCountInString(brand)}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
	}
	if out == nil {
		out = ms
	}
	return withAdded(out, added)
}

// internationalBodies are the acronyms of international organizations:
// NEREL v1.1 train annotates each of those it has as an ORGANIZATION every
// time (ООН 47, НАТО 26, ОПЕК 12, ОДКБ 7, …); the recognizer reads the
// ones train lacks as places («в рамках БРИКС и ШОС»).
var internationalBodies = map[string]bool{"ООН": true, "НАТО": true, "ОПЕК": true, "ОДКБ": true, "ОБСЕ": true, "СНГ": true,
	"ЮНЕСКО": true, "АТЭС": true, "БРИКС": true, "ШОС": true, "ЕАЭС": true, "АСЕАН": true, "ВТО": true, "ВОЗ": true,
	"МАГАТЭ": true, "ЮНИСЕФ": true, "МВФ": true, "ОЭСР": true, "ПАСЕ": true, "ФАО": true, "ОИС": true}

// internationalBody retypes a mention of one of internationalBodies as an
// ORGANIZATION.
func internationalBody(m doc.Mention) doc.Mention {
	if internationalBodies[m.Text] {
		m.Type = "ORGANIZATION"
	}
	return m
}

// uncoveredBodies adds an ORGANIZATION for each token that is one of
// internationalBodies and that no mention overlaps: «базирующаяся в Риме
// ФАО», «Индекс цен ФАО», which the recognizer left out (NEREL train tags
// every one of them an organization).
func uncoveredBodies(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			if internationalBodies[t.Text] && !overlapsAny(ms, t.Span) {
				added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "ORGANIZATION"})
			}
		}
	}
	return withAdded(ms, added)
}
