// Package doc holds factgraph's document model: the text of one document and
// what the pipeline found in it (sentences, tokens, entity mentions, entities,
// relations and events).
//
// Every offset in this package counts Unicode code points (runes) from the start
// of Document.Text, and every span is half-open: [Start, End). This is the brat
// standoff convention and the convention of factgraph's JSON output.
package doc

import "sort"

// Span is a half-open range [Start, End) of code points in a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Within reports whether s is not empty and lies within a text of n runes.
func (s Span) Within(n int) bool { return 0 <= s.Start && s.Start < s.End && s.End <= n }

// Token is one word, number or punctuation mark.
type Token struct {
	Span
	Text string `json:"text"`
	// Optional morphology, filled by a tagger when asked for.
	Lemma string `json:"lemma,omitempty"`
	POS   string `json:"pos,omitempty"`
	Feats string `json:"feats,omitempty"`
}

// Sentence is a run of tokens; its span runs from the first token's start to
// the last token's end.
type Sentence struct {
	Span
	Tokens []Token `json:"tokens,omitempty"`
}

// SentenceOf returns the index of the sentence of sents (in text order)
// that covers span s, or -1 when none does.
func SentenceOf(sents []Sentence, s Span) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End >= s.End })
	if i == len(sents) || sents[i].Start > s.Start {
		return -1
	}
	return i
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Span
	Text string `json:"text"`
	Type string `json:"type"`
}

// Entity is one referent (a person, an organization, a place, a date, …) with
// all its mentions in the document.
type Entity struct {
	ID string `json:"id"`
	// Type is a NEREL entity type: PERSON, ORGANIZATION, CITY, …
	Type string `json:"type"`
	// Name is the canonical name.
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases,omitempty"`
	Mentions []Mention `json:"mentions"`
	// Value is the normalized value of a DATE or TIME entity: ISO 8601 with
	// the precision the text gives ("2024-10"), or TimeML where ISO has no
	// form (see docs/format.md).
	Value string `json:"value,omitempty"`
	// ValueMod qualifies Value as TimeML's mod does: START, MID or END
	// («в начале 2024 года»: 2024, START), BEFORE, AFTER, ON_OR_AFTER,
	// ON_OR_BEFORE («до 2025 года»), MORE_THAN, LESS_THAN, EQUAL_OR_LESS;
	// empty when Value is the time itself.
	ValueMod string `json:"value_mod,omitempty"`
	// ValueApprox marks a vague Value («около 2000 года», «на днях»).
	ValueApprox bool `json:"value_approx,omitempty"`
}

// Relation is a typed, directed link between two entities of the document.
type Relation struct {
	// Type is a NEREL relation type: WORKS_AS, WORKPLACE, PART_OF, …
	Type string `json:"type"`
	// Head and Tail are entity IDs.
	Head string `json:"head"`
	Tail string `json:"tail"`
	// Evidence is the stretch of text that supports the relation.
	Evidence Span `json:"evidence"`
}

// Trigger is the word or phrase that names an event.
type Trigger struct {
	Span
	Text string `json:"text"`
}

// Event is something that happened: a meeting, a visit, a signing.
type Event struct {
	ID      string  `json:"id"`
	Type    string  `json:"type"`
	Trigger Trigger `json:"trigger"`
	// Date is an ISO 8601 date with the precision the text gives (2024, 2024-10, 2024-10-12).
	Date string `json:"date,omitempty"`
	// Place is the ID of the entity where the event took place.
	Place string `json:"place,omitempty"`
	// Participants are the IDs of the entities taking part, in order of
	// mention; Arguments gives each one's role.
	Participants []string   `json:"participants,omitempty"`
	Arguments    []Argument `json:"arguments,omitempty"`
	// Entity is the ID of the EVENT entity that names the event, if any.
	Entity string `json:"entity,omitempty"`
	// Evidence is the sentence that states the event.
	Evidence Span `json:"evidence"`
}

// Argument is an entity's role in an event.
type Argument struct {
	// Role is agent, participant, organizer, object, place or time.
	Role   string `json:"role"`
	Entity string `json:"entity"`
}

// Document is one input text and everything extracted from it.
type Document struct {
	// Source is the input path as given; empty for standard input.
	Source    string     `json:"source,omitempty"`
	Lang      string     `json:"lang"`
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
}

// EntityNames maps the ID of each entity of d to its canonical name.
func (d *Document) EntityNames() map[string]string {
	names := make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	return names
}
