package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
)

// BenchPutDocument stores generated documents (about 1,500 characters, 12
// entities, 4 relations, an event each), one transaction each.
func BenchPutDocument(b *testing.B, st store.Store) {
	ctx := context.Background()
	docs := 0
	for b.Loop() {
		d, m := GenDocument(1, docs)
		docs++
		if _, err := st.PutDocument(ctx, d, m); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

// BenchDocs is the size of the store the query benchmarks run on.
const BenchDocs = 5000

// BenchQueries runs the read queries (search, entity page, neighbourhood,
// document, document list) as sub-benchmarks on st, which holds documents
// 0 … BenchDocs-1 of GenDocument(1, i).
func BenchQueries(b *testing.B, st store.Store) {
	ctx := context.Background()
	res, err := st.Search(ctx, "Дмитрий Шугаев", store.SearchOptions{})
	if err != nil || len(res.Entities) == 0 {
		b.Fatalf("no entity to query: %v", err)
	}
	person := res.Entities[0].ID
	res, err = st.Search(ctx, "Ижевск", store.SearchOptions{})
	if err != nil || len(res.Entities) == 0 {
		b.Fatalf("no city to query: %v", err)
	}
	city := res.Entities[0].ID
	b.Logf("store: %d documents; person %d in %d documents, city %d in %d documents",
		BenchDocs, person, res.Entities[0].DocCount, city, res.Entities[0].DocCount)
	benches := []struct {
		name string
		fn   func() error
	}{
		{"Search/word", func() error { _, err := st.Search(ctx, "Ижевск", store.SearchOptions{Limit: 20}); return err }},
		{"Search/two-words", func() error {
			_, err := st.Search(ctx, "Шугаев Ростех", store.SearchOptions{Limit: 20})
			return err
		}},
		{"Search/rare", func() error {
			_, err := st.Search(ctx, "Выпуск 4321", store.SearchOptions{Limit: 20})
			return err
		}},
		{"Entity/person", func() error { _, err := st.Entity(ctx, person); return err }},
		{"Entity/city", func() error { _, err := st.Entity(ctx, city); return err }},
		{"Neighbourhood/depth1", func() error { _, err := st.Neighbourhood(ctx, person, 1); return err }},
		{"Neighbourhood/depth2", func() error { _, err := st.Neighbourhood(ctx, person, 2); return err }},
		{"Document", func() error { _, err := st.Document(ctx, BenchDocs/2); return err }},
		{"Documents", func() error { _, err := st.Documents(ctx, store.ListOptions{Limit: 50}); return err }},
	}
	for _, bb := range benches {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				if err := bb.fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Failpoints fails PutDocument after each step of its transaction
// ("document", "entities", "relations", "events", "commit") and checks that
// nothing of the document is left and that what was stored before is
// intact. setFailpoint installs the backend's failpoint (nil removes it);
// counts returns a summary of everything stored (row counts, counters,
// aliases, index rows) that must not change across a failed write.
func Failpoints(t *testing.T, st store.Store, setFailpoint func(func(step string) error), counts func(t *testing.T) string) {
	ctx := context.Background()
	good := NewDoc(t, "Дмитрий Шугаев в Ижевске.",
		[]Ent{{ID: "E1", Type: "PERSON", Name: "Дмитрий Шугаев", Mentions: []string{"Дмитрий Шугаев"}}}, nil, nil)
	if _, err := st.PutDocument(ctx, good, store.Meta{Title: "good"}); err != nil {
		t.Fatal(err)
	}
	before := counts(t)
	text := "Дмитрий Шугаев и Ростех подписали соглашение в Москве."
	bad := NewDoc(t, text,
		[]Ent{
			{ID: "E1", Type: "PERSON", Name: "Дмитрий Шугаев", Mentions: []string{"Дмитрий Шугаев"}},
			{ID: "E2", Type: "ORGANIZATION", Name: "Ростех", Mentions: []string{"Ростех"}},
			{ID: "E3", Type: "CITY", Name: "Москве", Mentions: []string{"Москве"}},
		},
		[]doc.Relation{{Type: "PARTNER", Head: "E1", Tail: "E2", Evidence: SpanOf(t, text, "Ростех")}},
		[]doc.Event{{ID: "V1", Type: "SIGNING", Trigger: doc.Trigger{Span: SpanOf(t, text, "подписали"), Text: "подписали"},
			Place: "E3", Participants: []string{"E1", "E2"}}})
	boom := errors.New("injected failure")
	for _, step := range []string{"document", "entities", "relations", "events", "commit"} {
		t.Run(step, func(t *testing.T) {
			setFailpoint(func(s string) error {
				if s == step {
					return boom
				}
				return nil
			})
			defer setFailpoint(nil)
			_, err := st.PutDocument(ctx, bad, store.Meta{Title: "bad"})
			if !errors.Is(err, boom) || store.ErrorCode(err) != store.EINTERNAL {
				t.Fatalf("PutDocument = %v, want the injected EINTERNAL failure", err)
			}
			if got := counts(t); got != before {
				t.Errorf("after a failure at %s: %v, want %v", step, got, before)
			}
		})
	}
	if _, err := st.PutDocument(ctx, bad, store.Meta{Title: "bad"}); err != nil {
		t.Fatalf("after the failures: %v", err)
	}
	if got := counts(t); got == before {
		t.Errorf("nothing stored without failpoint")
	}
}
