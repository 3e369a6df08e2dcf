// Package brat reads and writes brat standoff annotation: a document's text in
// X.txt and its annotations in X.ann, one annotation a line.
//
// Offsets count Unicode code points of the .txt exactly as stored (a byte
// order mark or a carriage return counts as one code point, as in brat
// itself), and spans are half-open, like every offset in package doc.
//
// Supported lines:
//
//	T1	PERSON 0 5	Путин                 text-bound annotation (entity)
//	T2	DATE 10 14;20 25	июня 2019             discontinuous: fragments joined by a space
//	R1	WORKS_AS Arg1:T1 Arg2:T3              relation (role names kept)
//	E1	MEETING:T4 Participant:T1 Place:T5    event
//	A1	Negation T1  /  A2	Confidence E1 High  attribute (M lines alike)
//	N1	Reference T1 Wikidata:Q7747	Путин   normalization
//	#1	AnnotatorNotes T1	text            note
//	*	Equiv T1 T2 T3                        equivalence
//
// Blank lines are skipped. A line whose first character is none of
// T R E A M N # * is kept verbatim in Document.Unknown instead of failing the
// parse: NEREL v1.1 train/21013_text.ann holds one such stray line.
package brat

import (
	"errors"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/corpusfile"
)

// Document is one brat document: its text and every annotation of its .ann
// file, each kind in file order.
type Document struct {
	// ID is the file's base name without extension ("21013_text").
	ID string
	// Text is the content of the .txt file, unchanged.
	Text       string
	Entities   []Entity
	Relations  []Relation
	Events     []Event
	Attributes []Attribute
	Norms      []Norm
	Notes      []Note
	Equivs     []Equiv
	// Unknown holds lines that are not brat annotations, verbatim.
	Unknown []string
}

// Entity is a text-bound annotation (a T line).
type Entity struct {
	ID   string
	Type string
	// Spans are the fragments in the order the file gives them; a
	// discontinuous annotation has more than one.
	Spans []doc.Span
	// Text is the covered text: the fragments' text joined by single spaces.
	Text string
}

// Extent reports the smallest span covering every fragment: from the first
// fragment's start to the last fragment's end when fragments are in text
// order (NEREL has a few that are not, hence min and max). It is the zero
// span when the entity has no fragments.
func (e Entity) Extent() doc.Span {
	if len(e.Spans) == 0 {
		return doc.Span{}
	}
	ext := e.Spans[0]
	for _, s := range e.Spans[1:] {
		ext.Start = min(ext.Start, s.Start)
		ext.End = max(ext.End, s.End)
	}
	return ext
}

// Mentions returns the entities of d as mentions over their extents
// (Entity.Extent), in file order, leaving out those whose extent is empty
// or outside the text; at maps the ID of each entity kept to its mention's
// index. text is d.Text as runes, which the caller converts once.
func (d *Document) Mentions(text []rune) (ms []doc.Mention, at map[string]int) {
	ms = make([]doc.Mention, 0, len(d.Entities))
	at = make(map[string]int, len(d.Entities))
	for _, e := range d.Entities {
		x := e.Extent()
		if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
			continue
		}
		at[e.ID] = len(ms)
		ms = append(ms, doc.Mention{Span: x, Type: e.Type, Text: string(text[x.Start:x.End])})
	}
	return ms, at
}

// Relation is a binary relation (an R line): "R1\tTYPE Arg1:T1 Arg2:T2".
type Relation struct {
	ID   string
	Type string
	// Arg1 and Arg2 are the IDs of the annotations the relation links.
	Arg1, Arg2 string
	// Role1 and Role2 are the argument role names when they are not the
	// usual "Arg1" and "Arg2"; empty means the usual name.
	Role1, Role2 string
}

// Arg is one role-labelled argument of an event.
type Arg struct {
	Role string
	// Ref is the ID of the argument annotation.
	Ref string
}

// Event is an event annotation (an E line): "E1\tTYPE:T4 Role:T1 …".
type Event struct {
	ID   string
	Type string
	// Trigger is the ID of the trigger's text-bound annotation.
	Trigger string
	Args    []Arg
}

// Attribute is an attribute or modification (an A or M line):
// "A1\tNegation T1" (binary, Value empty) or "A2\tConfidence E1 High".
type Attribute struct {
	ID     string
	Type   string
	Target string
	Value  string
}

// Norm is a normalization (an N line): "N1\tReference T1 Wikidata:Q42\tlabel".
type Norm struct {
	ID     string
	Type   string
	Target string
	// RefID is the reference as written, database included ("Wikidata:Q42").
	RefID string
	// Label is everything after the second tab; it may be empty.
	Label string
}

// Note is an annotator note (a # line): "#1\tAnnotatorNotes T1\ttext".
type Note struct {
	ID     string
	Type   string
	Target string
	Text   string
}

// Equiv is an equivalence set (a * line): "*\tEquiv T1 T2 T3".
type Equiv struct {
	Type string
	IDs  []string
}

// ParseError reports a problem at a line of an annotation file. Line is
// 1-based; 0 means the problem concerns the file as a whole. Its Error
// method formats it as "file:line: message".
type ParseError = corpusfile.ParseError

// ErrMalformed is matched (errors.Is) by every error about the content of an
// annotation file: syntax, offsets, text mismatches, duplicate IDs and
// dangling references. I/O failures do not match it.
var ErrMalformed = errors.New("malformed annotation")
