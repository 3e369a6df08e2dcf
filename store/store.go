// Package store is factgraph's knowledge store seen from the domain: the
// types of what is kept across documents (documents with their metadata,
// entities with their mentions, relations and events) and the Store
// interface that backends implement (package sqlite; later postgres) and
// that ingestion and the HTTP server use.
//
// Documents are identified by the SHA-256 hash of their text, so storing a
// text twice is a no-op. Entities are identified across documents by an
// identity key (see IdentityKey): conservative, recorded for every merge, and
// reversible with Store.Unmerge. Failures carry an application error code
// (see Error and ErrorCode).
//
// Every backend must pass the shared suite in store/storetest.
package store

import (
	"context"
	"time"

	"github.com/factgraph/factgraph/doc"
)

// Store keeps documents and what was extracted from them, and answers the
// queries of the web UI and the HTTP API. Implementations are safe for
// concurrent use.
type Store interface {
	// PutDocument stores d with its metadata in one transaction: either all
	// of it is stored or none of it is. A document whose text is already
	// stored (same SHA-256) is not stored again: the result has Existing set
	// and the ID of the stored document. Input that breaks the rules of
	// Validate is refused with EINVALID.
	PutDocument(ctx context.Context, d *doc.Document, m Meta) (PutResult, error)

	// DocumentIDByHash returns the ID of the document whose text has the
	// SHA-256 hash (lower-case hex, see Hash), or ENOTFOUND. Ingestion uses
	// it to skip texts it has already processed.
	DocumentIDByHash(ctx context.Context, hash string) (int64, error)

	// Document returns a document with everything extracted from it.
	Document(ctx context.Context, id int64) (*DocumentPage, error)

	// Documents lists documents, newest first (by ID); with opt.Entity,
	// the documents the entity occurs in (an unknown one is ENOTFOUND).
	Documents(ctx context.Context, opt ListOptions) (*DocumentList, error)

	// Entity returns an entity with its sources, mentions across
	// documents, relations and events.
	Entity(ctx context.Context, id int64) (*EntityPage, error)

	// Neighbourhood returns the entities linked to the entity by relations
	// and by the events they share within depth hops (1 or 2; otherwise
	// EINVALID).
	Neighbourhood(ctx context.Context, id int64, depth int) (*Graph, error)
	// Entities lists the entities of the whole store, of one type when
	// f.Type is set, the most mentioned (or documented) first, with their
	// total.
	Entities(ctx context.Context, f EntityFilter) (*EntityList, error)
	// EntityTypes counts the entities of each type in the whole store,
	// the most frequent type first.
	EntityTypes(ctx context.Context) ([]TypeCount, error)
	// Relations lists the relations of the whole store matching f (its
	// From and To are not used), newest document first, with their total.
	// An unknown f.Entity or f.Doc is ENOTFOUND.
	Relations(ctx context.Context, f FactFilter) (*RelationList, error)
	// Events lists the events of the whole store matching f in timeline
	// order (see EventList), with their total and their documents. An
	// unknown f.Entity or f.Doc is ENOTFOUND.
	Events(ctx context.Context, f FactFilter) (*EventList, error)
	// Mentions lists the mentions of an entity with the text around them,
	// newest document first, then in text order, with their total.
	// An unknown entity is ENOTFOUND.
	Mentions(ctx context.Context, id int64, opt ListOptions) (*MentionList, error)
	// Sources lists the sources of an entity (see Source) in document
	// order, with their total. An unknown entity is ENOTFOUND.
	Sources(ctx context.Context, id int64, opt ListOptions) (*SourceList, error)

	// Search runs a full-text search over document titles and texts and
	// over entity names and aliases, each list ranked best first. The
	// query's words are matched as prefixes, all of them required;
	// operators of the backend's query language are not interpreted.
	Search(ctx context.Context, query string, opt SearchOptions) (*SearchResult, error)

	// Unmerge reverses cross-document merges of the entity. With no
	// document IDs it splits the entity completely: the oldest source stays
	// on the entity, every other source becomes an entity of its own, the
	// entity loses its identity key and the key is blocked, so that later
	// documents do not merge on it again. With document IDs it splits off
	// only the sources from those documents, each into an entity of its
	// own, and the rest stays merged. It returns the IDs of the resulting
	// entities, id first. An entity with one source is not merged:
	// ECONFLICT.
	Unmerge(ctx context.Context, id int64, docIDs ...int64) ([]int64, error)

	// Close releases the store's resources.
	Close() error
}

// Meta is what is known about a document besides its text.
type Meta struct {
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	// Date is the publication date in ISO 8601: 2024, 2024-10, 2024-10-12,
	// or a date and time (2024-10-12T09:30:00Z, 2024-10-12 09:30).
	Date string `json:"date,omitempty"`
	// Source names where the text came from: a path, a JSONL line, an ID.
	// When empty, the document's own Source is used.
	Source string `json:"source,omitempty"`
}

// PutResult tells what PutDocument did.
type PutResult struct {
	// ID is the document's ID, new or already stored.
	ID int64 `json:"id"`
	// Hash is the SHA-256 of the text, lower-case hex.
	Hash string `json:"hash"`
	// Existing is set when the text was already stored and nothing was
	// written.
	Existing bool `json:"existing"`
}

// Document is a stored document's metadata and counts, without its text.
type Document struct {
	ID   int64  `json:"id"`
	Hash string `json:"hash"`
	Meta
	Lang string `json:"lang"`
	// Chars is the length of the text in code points.
	Chars  int       `json:"chars"`
	Counts Counts    `json:"counts"`
	Stored time.Time `json:"stored"`
}

// Counts counts what was extracted from a document.
type Counts struct {
	Entities  int `json:"entities"`
	Mentions  int `json:"mentions"`
	Relations int `json:"relations"`
	Events    int `json:"events"`
}

// DocumentPage is a document with its text and everything extracted from it.
// Mentions are in text order; each names the store entity it belongs to.
type DocumentPage struct {
	Document
	Text      string     `json:"text"`
	Sentences []doc.Span `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Mentions  []Mention  `json:"mentions"`
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
}

// DocumentList is one page of Documents.
type DocumentList struct {
	Documents []Document `json:"documents"`
	// Total is the number of stored documents.
	Total int `json:"total"`
}

// ListOptions pages through a list. A Limit of 0 means DefaultLimit; it is
// capped at MaxLimit. A negative Limit or Offset is EINVALID.
type ListOptions struct {
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	// Entity, when not 0, keeps the documents the entity occurs in
	// (Store.Documents); other lists ignore it.
	Entity int64 `json:"entity,omitempty"`
}

// Orders of EntityFilter.
const (
	// OrderMentions lists the most mentioned entities first (the default).
	OrderMentions = "mentions"
	// OrderDocuments lists the entities of the most documents first.
	OrderDocuments = "documents"
)

// EntityFilter selects and orders entities for Store.Entities.
type EntityFilter struct {
	// Type keeps the entities of this type (exact, upper case) when set.
	Type string `json:"type,omitempty"`
	// Order is OrderMentions (also for "") or OrderDocuments; ties go by
	// the other count, then by ID. Another order is EINVALID.
	Order string `json:"order,omitempty"`
	ListOptions
}

// EntityList is one page of Store.Entities.
type EntityList struct {
	Entities []Entity `json:"entities"`
	// Total counts the entities matching the filter.
	Total int `json:"total"`
}

// TypeCount is the number of entities of a type (Store.EntityTypes).
type TypeCount struct {
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// FactFilter selects relations (Store.Relations) and events
// (Store.Events). Zero fields select everything.
type FactFilter struct {
	// Entity keeps the facts the entity takes part in: as the head or tail
	// of a relation, as a participant or the place of an event.
	Entity int64 `json:"entity,omitempty"`
	// Doc keeps the facts found in the document.
	Doc int64 `json:"doc,omitempty"`
	// Type keeps the facts of this type (exact, upper case).
	Type string `json:"type,omitempty"`
	// From and To bound event dates, both inclusive: ISO 8601 dates of a
	// year, a month or a day (2024, 2024-10, 2024-10-12; otherwise
	// EINVALID). Dates of different precision compare on their common
	// prefix, so the month 2024-10 lies in a range from 2024-10-15 and in
	// a range to 2024. An event without such a date lies in no bounded
	// range.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	ListOptions
}

// RelationList is one page of Store.Relations.
type RelationList struct {
	Relations []Relation `json:"relations"`
	// Total counts the relations matching the filter.
	Total int `json:"total"`
}

// EventList is one page of Store.Events, in timeline order: by date,
// coarser dates before finer ones of the same period (2024 before 2024-10
// before 2024-10-12), undated events last, then by document and ID.
type EventList struct {
	Events []Event `json:"events"`
	// Documents are the documents the listed events come from, newest
	// first.
	Documents []Document `json:"documents"`
	// Total counts the events matching the filter.
	Total int `json:"total"`
}

// MentionInContext is a mention with up to ContextChars code points of the
// text on each side, cut at word boundaries, "…" where the text goes on,
// line breaks read as spaces.
type MentionInContext struct {
	Mention
	Before string `json:"before"`
	After  string `json:"after"`
}

// ContextChars is how many code points of text a MentionInContext shows on
// each side of the mention.
const ContextChars = 80

// MentionList is one page of Store.Mentions.
type MentionList struct {
	Mentions []MentionInContext `json:"mentions"`
	// Total counts the entity's mentions.
	Total int `json:"total"`
	// Documents are the documents the listed mentions come from, newest
	// first.
	Documents []Document `json:"documents"`
}

// SourceList is one page of Store.Sources.
type SourceList struct {
	Sources []Source `json:"sources"`
	// Total counts the entity's sources.
	Total int `json:"total"`
}

// Limits of lists.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
	// MaxPageMentions caps the mentions listed on an EntityPage; the
	// rest are paged with Store.Mentions.
	MaxPageMentions = 30
	// MaxPageFacts caps the relations and the events listed on a
	// DocumentPage.
	MaxPageFacts = 500
	// MaxEntityFacts caps the relations and the events listed on an
	// EntityPage; the rest are paged with Store.Relations and
	// Store.Events.
	MaxEntityFacts = 30
	// MaxPageDocuments caps the documents listed on an EntityPage; the
	// rest are paged with Store.Documents.
	MaxPageDocuments = 30
	// MaxPageSources caps the sources listed on an EntityPage; the rest
	// are paged with Store.Sources.
	MaxPageSources = 30
	// MaxGraphNodes caps the nodes of a Graph.
	MaxGraphNodes = 500
	// MaxNodeEdges caps the edges a Graph takes from one entity: the
	// most frequent ones.
	MaxNodeEdges = 100
)

// Entity is one referent across documents: the merge of document-local
// entities with the same identity key, or one document-local entity.
type Entity struct {
	ID   int64  `json:"id"`
	Type string `json:"type"`
	// Name is the canonical name: that of the first source.
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Key is the identity key on which documents merge into this entity;
	// empty for an entity that stays in its document (see IdentityKey).
	Key string `json:"key,omitempty"`
	// DocCount and MentionCount count the documents and the mentions of
	// the entity.
	DocCount     int `json:"doc_count"`
	MentionCount int `json:"mention_count"`
}

// EntityRef names an entity in relations, events and graphs.
type EntityRef struct {
	ID   int64  `json:"id"`
	Type string `json:"type"`
	Name string `json:"name"`
}

// Source is one document-local entity that makes up a store entity, and why
// it was attached to it: the record that makes merges explainable.
type Source struct {
	DocID int64 `json:"doc_id"`
	// LocalID is the entity's ID within its document (E1, E2, …).
	LocalID string `json:"local_id"`
	// Name is the entity's canonical name within its document.
	Name string `json:"name"`
	// Key is the identity key the source had when stored ("" when none).
	Key string `json:"key,omitempty"`
	// Reason says in words why the source belongs to this entity.
	Reason string `json:"reason"`
}

// Mention is one occurrence of an entity in a document.
type Mention struct {
	DocID    int64 `json:"doc_id"`
	EntityID int64 `json:"entity_id"`
	doc.Span
	Text string `json:"text"`
	Type string `json:"type"`
}

// Relation is a typed, directed link between two entities, found in one
// document.
type Relation struct {
	ID    int64     `json:"id"`
	DocID int64     `json:"doc_id"`
	Type  string    `json:"type"`
	Head  EntityRef `json:"head"`
	Tail  EntityRef `json:"tail"`
	// Evidence is the span of the document's text supporting the relation,
	// and EvidenceText its text.
	Evidence     doc.Span `json:"evidence"`
	EvidenceText string   `json:"evidence_text"`
}

// Event is something that happened, found in one document.
type Event struct {
	ID      int64       `json:"id"`
	DocID   int64       `json:"doc_id"`
	LocalID string      `json:"local_id"`
	Type    string      `json:"type"`
	Trigger doc.Trigger `json:"trigger"`
	Date    string      `json:"date,omitempty"`
	// Place is the entity where it happened, when the document names one;
	// PlaceText is the place as written when it is not an entity.
	Place        *EntityRef  `json:"place,omitempty"`
	PlaceText    string      `json:"place_text,omitempty"`
	Participants []EntityRef `json:"participants,omitempty"`
}

// EntityPage is an entity with the first page of what the store knows
// about it; Totals counts all of it, and the Store's lists page through
// the rest.
type EntityPage struct {
	Entity
	// Sources are the first MaxPageSources sources, in document order.
	Sources []Source `json:"sources"`
	// Mentions are the first MaxPageMentions mentions in context, newest
	// document first, then in text order.
	Mentions []MentionInContext `json:"mentions"`
	// Relations and Events hold at most MaxEntityFacts each, from the
	// newest documents.
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
	// Documents are the documents the entity occurs in, newest first, at
	// most MaxPageDocuments of them.
	Documents []Document `json:"documents"`
	Totals    Totals     `json:"totals"`
}

// Totals counts everything an EntityPage lists a page of.
type Totals struct {
	Sources   int `json:"sources"`
	Mentions  int `json:"mentions"`
	Relations int `json:"relations"`
	Events    int `json:"events"`
	Documents int `json:"documents"`
}

// Graph is an entity's neighbourhood: entities linked by relations and by
// the events they share.
type Graph struct {
	// Root is the entity the graph is centred on.
	Root  int64       `json:"root"`
	Depth int         `json:"depth"`
	Nodes []GraphNode `json:"nodes"`
	Edges []Edge      `json:"edges"`
	// Truncated is set when the graph was cut at MaxGraphNodes or an
	// entity had more than MaxNodeEdges edges.
	Truncated bool `json:"truncated"`
}

// GraphNode is an entity of a Graph and its distance from the root.
type GraphNode struct {
	EntityRef
	Hops int `json:"hops"`
}

// Edge is the set of relations of one type from Head to Tail; Count says
// how many were found (in how many places). Entities that share an event
// are linked too: a participant to the event's place with the event's
// type (VISIT, MEETING, …) and Event set, and two participants of one
// event with the type EventCoParticipant and Event set.
type Edge struct {
	Head  int64  `json:"head"`
	Tail  int64  `json:"tail"`
	Type  string `json:"type"`
	Count int    `json:"count"`
	// Event is set on an edge that comes from shared events rather than
	// from relations.
	Event bool `json:"event,omitempty"`
}

// EventCoParticipant is the Type of the edges between two participants of
// the same event.
const EventCoParticipant = "EVENT_PARTICIPANTS"

// SearchOptions bounds a search. A Limit of 0 means DefaultLimit; it is
// capped at MaxLimit and applies to each list.
type SearchOptions struct {
	Limit int `json:"limit"`
}

// SearchResult holds the documents and the entities matching a query, each
// ranked best first.
type SearchResult struct {
	Query     string        `json:"query"`
	Documents []DocumentHit `json:"documents"`
	Entities  []EntityHit   `json:"entities"`
}

// DocumentHit is a document matching a search. Snippet is a stretch of its
// text with the matches between MarkStart and MarkEnd.
type DocumentHit struct {
	Document
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

// EntityHit is an entity matching a search.
type EntityHit struct {
	Entity
	Score float64 `json:"score"`
}

// Markers around matched words in DocumentHit.Snippet. They are control
// characters, which cannot clash with markup: escape the snippet first, then
// replace them.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)
