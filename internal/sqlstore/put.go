package sqlstore

import (
	"encoding/json"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
)

// MaxAliases caps the aliases kept for one entity.
const MaxAliases = 200

// AliasesOf returns a document-local entity's surface forms other than its
// name: its aliases and mention texts, deduplicated.
func AliasesOf(e doc.Entity) []string {
	out := []string{}
	seen := map[string]bool{e.Name: true}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, a := range e.Aliases {
		add(a)
	}
	for _, m := range e.Mentions {
		add(m.Text)
	}
	return out
}

// Failpoint, when set (by tests), is called at each step of PutDocument
// and fails the transaction when it returns an error.
type Failpoint func(step string) error

// Fail calls the failpoint, if any, for step.
func (f Failpoint) Fail(step string) error {
	if f == nil {
		return nil
	}
	return f(step)
}

// DocumentInsertCols are the columns of documents that DocumentValues
// gives values for, in order.
const DocumentInsertCols = `hash, title, url, date, source, lang, text, chars, sentences,
		n_entities, n_mentions, n_relations, n_events`

// DocumentValues returns the values of DocumentInsertCols for a document
// with text hash hash: the sentences as a JSON array of spans, the length
// in code points and the counts of what was extracted.
func DocumentValues(d *doc.Document, m store.Meta, hash string) ([]any, error) {
	nm := 0
	for _, e := range d.Entities {
		nm += len(e.Mentions)
	}
	sents := make([]doc.Span, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i] = s.Span
	}
	sj, err := json.Marshal(sents)
	if err != nil {
		return nil, err
	}
	return []any{hash, m.Title, m.URL, m.Date, m.Source, d.Lang, d.Text, utf8.RuneCountInString(d.Text), string(sj),
		len(d.Entities), nm, len(d.Relations), len(d.Events)}, nil
}
