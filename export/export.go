// Package export writes extracted documents in factgraph's output formats:
// JSON (the contract in docs/format.md), JSON Lines, brat standoff, CoNLL-U
// and FollowTheMoney entities.
package export

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
)

// Format names an output format.
type Format string

// The output formats.
const (
	JSON   Format = "json"   // one indented JSON object per document
	JSONL  Format = "jsonl"  // one compact JSON object per line
	Brat   Format = "brat"   // brat standoff annotations (.ann)
	CoNLLU Format = "conllu" // CoNLL-U tokens with morphology and entity tags
	FtM    Format = "ftm"    // FollowTheMoney entities, one per line
)

// Formats lists the supported formats.
var Formats = []Format{JSON, JSONL, Brat, CoNLLU, FtM}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want one of %v)", s, Formats)
}

// Options controls what is written.
type Options struct {
	// Tokens keeps the tokens of each sentence (with lemma and tags when the
	// pipeline computed them); without it sentences are bare spans.
	Tokens bool
	// Array makes the JSON format write a JSON array of documents (as for a
	// directory of inputs) instead of a single object.
	Array bool
}

// Writer writes a stream of documents in one format. Call Close after the
// last document.
type Writer struct {
	w      io.Writer
	format Format
	opt    Options
	n      int
}

// NewWriter returns a Writer of the given format.
func NewWriter(w io.Writer, f Format, opt Options) *Writer {
	return &Writer{w: w, format: f, opt: opt}
}

// Write writes one document. Without Options.Array, the JSON format takes
// only one document.
func (w *Writer) Write(d *doc.Document) error {
	if w.format == CoNLLU {
		w.n++
		return writeCoNLLU(w.w, d)
	}
	d = w.prepare(d)
	w.n++
	switch w.format {
	case JSONL:
		b, err := json.Marshal(d)
		if err != nil {
			return fmt.Errorf("encode %s: %w", d.Source, err)
		}
		_, err = w.w.Write(append(b, '\n'))
		return err
	case Brat:
		return writeBrat(w.w, d)
	case FtM:
		return writeFtM(w.w, d)
	}
	if !w.opt.Array && w.n > 1 {
		return fmt.Errorf("encode %s: JSON output holds one document; use an array or jsonl", d.Source)
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", d.Source, err)
	}
	switch {
	case !w.opt.Array:
		b = append(b, '\n')
	case w.n == 1:
		b = append([]byte("[\n"), b...)
	default:
		b = append([]byte(",\n"), b...)
	}
	_, err = w.w.Write(b)
	return err
}

// Close finishes the output: it closes the JSON array, if any.
func (w *Writer) Close() error {
	if w.format != JSON || !w.opt.Array {
		return nil
	}
	end := "\n]\n"
	if w.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(w.w, end)
	return err
}

// prepare returns the document as it should be written: without tokens
// unless asked for, and with no nil slices (JSON shows [] not null).
func (w *Writer) prepare(d *doc.Document) *doc.Document {
	c := *d
	if !w.opt.Tokens {
		c.Sentences = make([]doc.Sentence, len(d.Sentences))
		for i, s := range d.Sentences {
			c.Sentences[i] = doc.Sentence{Span: s.Span}
		}
	}
	if c.Sentences == nil {
		c.Sentences = []doc.Sentence{}
	}
	if c.Entities == nil {
		c.Entities = []doc.Entity{}
	}
	if c.Relations == nil {
		c.Relations = []doc.Relation{}
	}
	if c.Events == nil {
		c.Events = []doc.Event{}
	}
	return &c
}

// entityMention is a mention with the ID of its entity.
type entityMention struct {
	doc.Mention
	entity string
}

// textOrder returns the mentions of d's entities in text order, outer ones
// first (by start, then longest), each typed by its entity when it has no
// type of its own.
func textOrder(d *doc.Document) []entityMention {
	var ms []entityMention
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Type == "" {
				m.Type = e.Type
			}
			ms = append(ms, entityMention{m, e.ID})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	return ms
}

// writeBrat writes the mentions of d as brat T lines, numbered in text
// order, its relations as R lines between mentions, and each entity's
// canonical name as a note on its first mention.
func writeBrat(w io.Writer, d *doc.Document) error {
	ms := textOrder(d)
	bd := &brat.Document{Text: d.Text}
	first := map[string]string{}
	tids := map[string][]int{} // entity → indexes into ms
	for i, m := range ms {
		id := fmt.Sprintf("T%d", i+1)
		bd.Entities = append(bd.Entities, brat.Entity{ID: id, Type: m.Type, Spans: []doc.Span{m.Span}, Text: m.Text})
		if _, ok := first[m.entity]; !ok {
			first[m.entity] = id
		}
		tids[m.entity] = append(tids[m.entity], i)
	}
	// A relation links the mentions of its entities inside its evidence
	// (else the first mentions).
	pick := func(entity string, ev doc.Span) string {
		idx := tids[entity]
		if len(idx) == 0 {
			return ""
		}
		for _, i := range idx {
			if ev.Contains(ms[i].Span) {
				return fmt.Sprintf("T%d", i+1)
			}
		}
		return fmt.Sprintf("T%d", idx[0]+1)
	}
	for _, r := range d.Relations {
		a, b := pick(r.Head, r.Evidence), pick(r.Tail, r.Evidence)
		if a == "" || b == "" || a == b {
			continue
		}
		bd.Relations = append(bd.Relations, brat.Relation{ID: fmt.Sprintf("R%d", len(bd.Relations)+1), Type: r.Type, Arg1: a, Arg2: b})
	}
	for i, e := range d.Entities {
		if id, ok := first[e.ID]; ok {
			bd.Notes = append(bd.Notes, brat.Note{ID: fmt.Sprintf("#%d", i+1), Type: "AnnotatorNotes", Target: id, Text: e.ID + " " + e.Name})
		}
	}
	if err := brat.Write(w, bd); err != nil {
		return fmt.Errorf("write brat for %s: %w", d.Source, err)
	}
	return nil
}
