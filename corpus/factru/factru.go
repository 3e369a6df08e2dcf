// Package factru reads the factRuEval-2016 corpus: for each document X, the
// text X.txt and the annotation layers X.tokens (tokens and sentences),
// X.spans (typed spans), X.objects (object mentions made of spans), X.coref
// (coreference groups of mentions with name attributes) and, when present,
// X.facts (facts with role-labelled arguments).
//
// Offsets. Token and span offsets count Unicode code points of X.txt from its
// start, as stored: in the 122 documents of the dev set every one of the
// 30 940 tokens equals the text at its offset taken that way, and no .txt
// has a byte order mark or a carriage return. ReadDocument checks every token
// against the text; should a text carry a byte order mark or CRLF line ends
// the offsets do not count (as texts re-saved on Windows may), it retries
// without the mark and with LF line ends and keeps the first form under which
// every token matches, so Document.Text is always the text the offsets index.
//
// A span's Start and Len are authoritative; its TokenID and NTokens are kept
// as given. They can disagree with the token layer: in book_367, span 34924
// ("Жан-Мари Ле Пен", 15 code points) says 3 tokens, while 5 tokens lie in it,
// two of them with IDs added out of sequence.
package factru

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/corpusfile"
)

// Document is one factRuEval document with all its annotation layers.
type Document struct {
	// ID is the base name ("book_100").
	ID string
	// Text is the document text the offsets index (see the package doc).
	Text   string
	Tokens []Token
	// Sentences holds the index in Tokens of each sentence's first token;
	// a sentence runs to the next one's first token or to the end.
	Sentences []int
	Spans     []Span
	Objects   []Object
	Coref     []CorefGroup
	// Facts is nil when the document has no .facts file.
	Facts []Fact
}

// Token is one line of a .tokens file: "id start length text".
type Token struct {
	ID    string
	Start int
	Len   int
	Text  string
}

// Span reports the code points the token covers.
func (t Token) Span() doc.Span { return doc.Span{Start: t.Start, End: t.Start + t.Len} }

// Span is one line of a .spans file:
// "id type start length token_id n_tokens # …" (the part after # is a
// reminder of token IDs and texts and is not kept).
type Span struct {
	ID string
	// Type is the span type: name, surname, org_name, loc_name, …
	Type    string
	Start   int
	Len     int
	TokenID string
	NTokens int
}

// Extent reports the code points the span covers.
func (s Span) Extent() doc.Span { return doc.Span{Start: s.Start, End: s.Start + s.Len} }

// Object is one line of an .objects file: a mention of an object,
// "id Type span_id… # text".
type Object struct {
	ID string
	// Type is Person, Org, Location, LocOrg, Project or Facility.
	Type    string
	SpanIDs []string
}

// KV is one attribute line of a coreference group: "key value".
type KV struct {
	Key   string
	Value string
}

// CorefGroup is one record of a .coref file: an object made of mentions,
// "id object_id…" followed by attribute lines (name, firstname, lastname,
// patronymic, nickname, descriptor, wikidata, …).
type CorefGroup struct {
	ID        string
	ObjectIDs []string
	Attrs     []KV
}

// FactArg is one argument line of a fact: "Role value | value …". Most
// lines give one value; alternatives are separated by " | ".
type FactArg struct {
	Role   string
	Values []FactValue
}

// FactValue is one value of a fact argument. When it starts with a reference
// to a coreference group ("obj48") or a span ("span22777"), Ref holds the
// reference and Text the rest; otherwise Ref is empty and Text is the literal
// value ("купля/продажа").
type FactValue struct {
	Ref  string
	Text string
}

// Fact is one record of a .facts file: "id Type" followed by argument lines.
type Fact struct {
	ID   string
	Type string
	Args []FactArg
}

// ParseError reports a problem at a line of one of a document's files.
// Line is 1-based; 0 means the problem concerns the file as a whole. Its
// Error method formats it as "file:line: message".
type ParseError = corpusfile.ParseError
