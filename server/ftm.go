package server

// FollowTheMoney (FtM) export: the store's documents in the terms of package
// ftm, with store-wide IDs (fg-document-N, fg-entity-N, fg-relation-N,
// fg-event-N) so that an entity found in several documents is one FtM
// entity.

import (
	"fmt"

	"github.com/factgraph/factgraph/ftm"
	"github.com/factgraph/factgraph/store"
)

func ftmDocID(id int64) string    { return fmt.Sprintf("fg-document-%d", id) }
func ftmEntityID(id int64) string { return fmt.Sprintf("fg-entity-%d", id) }

// addFtM adds a stored document and what was extracted from it to b.
func addFtM(b *ftm.Builder, p *store.DocumentPage) {
	ref := func(e store.EntityRef) ftm.Named {
		return ftm.Named{ID: ftmEntityID(e.ID), Type: e.Type, Name: e.Name}
	}
	ents := make([]ftm.Named, 0, len(p.Entities))
	for _, e := range p.Entities {
		ents = append(ents, ftm.Named{ID: ftmEntityID(e.ID), Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	rels := make([]ftm.Relation, 0, len(p.Relations))
	for _, r := range p.Relations {
		rels = append(rels, ftm.Relation{ID: fmt.Sprintf("fg-relation-%d", r.ID), Type: r.Type,
			Head: ref(r.Head), Tail: ref(r.Tail), Evidence: r.EvidenceText})
	}
	evs := make([]ftm.Event, 0, len(p.Events))
	for _, v := range p.Events {
		e := ftm.Event{ID: fmt.Sprintf("fg-event-%d", v.ID), Type: v.Type, Trigger: v.Trigger.Text, Date: v.Date, PlaceText: v.PlaceText}
		if v.Place != nil {
			pl := ref(*v.Place)
			e.Place = &pl
		}
		for _, x := range v.Participants {
			e.Participants = append(e.Participants, ref(x))
		}
		evs = append(evs, e)
	}
	b.Add(ftm.Article{ID: ftmDocID(p.ID), Title: p.Title, URL: p.URL, Date: p.Date, Source: p.Source, Lang: p.Lang, Text: p.Text},
		ents, rels, evs)
}
