package export

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/ftm"
)

// writeFtM writes d as FollowTheMoney entities, one JSON object per line
// (package ftm): an Article for the document, then its entities, relations
// and events. IDs start with fg-, then the first 12 hex digits of the
// SHA-256 of the text, so that the entities of different documents of one
// output never share an ID: fg-0123456789ab (the Article), fg-0123456789ab-E1,
// fg-0123456789ab-R1, fg-0123456789ab-V1.
func writeFtM(w io.Writer, d *doc.Document) error {
	sum := sha256.Sum256([]byte(d.Text))
	base := "fg-" + hex.EncodeToString(sum[:6])
	id := func(local string) string { return base + "-" + local }
	named := map[string]ftm.Named{}
	ents := make([]ftm.Named, 0, len(d.Entities))
	for _, e := range d.Entities {
		n := ftm.Named{ID: id(e.ID), Type: e.Type, Name: e.Name, Aliases: e.Aliases}
		named[e.ID] = n
		ents = append(ents, n)
	}
	text := []rune(d.Text)
	rels := make([]ftm.Relation, 0, len(d.Relations))
	for i, r := range d.Relations {
		h, ok1 := named[r.Head]
		t, ok2 := named[r.Tail]
		if !ok1 || !ok2 {
			continue
		}
		rels = append(rels, ftm.Relation{ID: id(fmt.Sprintf("R%d", i+1)), Type: r.Type, Head: h, Tail: t,
			Evidence: slice(text, r.Evidence.Start, r.Evidence.End)})
	}
	evs := make([]ftm.Event, 0, len(d.Events))
	for _, v := range d.Events {
		e := ftm.Event{ID: id(v.ID), Type: v.Type, Trigger: v.Trigger.Text, Date: v.Date}
		if p, ok := named[v.Place]; ok {
			e.Place = &p
		}
		for _, x := range v.Participants {
			if p, ok := named[x]; ok {
				e.Participants = append(e.Participants, p)
			}
		}
		evs = append(evs, e)
	}
	b := ftm.NewBuilder()
	b.Add(ftm.Article{ID: base, Source: d.Source, Lang: d.Lang, Text: d.Text}, ents, rels, evs)
	enc := json.NewEncoder(w)
	for _, e := range b.Entities() {
		if err := enc.Encode(e); err != nil {
			return fmt.Errorf("encode %s: %w", d.Source, err)
		}
	}
	return nil
}
