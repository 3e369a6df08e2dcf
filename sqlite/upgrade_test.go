package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/store/storetest"
)

// upgradeText is the document of the version-1 store of TestUpgrade.
const upgradeText = "Дмитрий Шугаев, директор, приехал в Ижевск. Шугаев доволен."

// version1Rows is what the program of schema version 1 wrote for
// upgradeText: the evidence text copied into relations, merge reasons in
// words, entity names and aliases copied into entities_fts.
var version1Rows = []string{
	`INSERT INTO documents (id, hash, title, text, chars, sentences, n_entities, n_mentions, n_relations, n_events, stored_at)
		VALUES (1, '` + store.Hash(upgradeText) + `', 'Комиссия', '` + upgradeText + `', 59, '[{"start":0,"end":43}]', 3, 4, 1, 1, '2024-10-20T00:00:00Z')`,
	`INSERT INTO documents_fts (rowid, title, text) VALUES (1, 'Комиссия', '` + upgradeText + `')`,
	`INSERT INTO entities (id, type, name, key, aliases, doc_count, mention_count, created_at) VALUES
		(1, 'PERSON', 'Дмитрий Шугаев', 'PERSON:дмитрий шугаев', '["Шугаев"]', 1, 2, ''),
		(2, 'PROFESSION', 'директор', NULL, '[]', 1, 1, ''),
		(3, 'CITY', 'Ижевск', 'CITY:ижевск', '[]', 1, 1, '')`,
	`INSERT INTO entities_fts (rowid, name, aliases) VALUES (1, 'Дмитрий Шугаев', 'Шугаев' || char(10)), (2, 'директор', ''), (3, 'Ижевск', '')`,
	`INSERT INTO entity_sources (doc_id, local_id, entity_id, type, name, aliases, key, reason) VALUES
		(1, 'E1', 1, 'PERSON', 'Дмитрий Шугаев', '["Шугаев"]', 'PERSON:дмитрий шугаев', 'first with identity key "PERSON:дмитрий шугаев"'),
		(1, 'E2', 2, 'PROFESSION', 'директор', '[]', '', 'stays in its document: type PROFESSION is a value or common noun, not a name'),
		(1, 'E3', 3, 'CITY', 'Ижевск', '[]', 'CITY:ижевск', 'first with identity key "CITY:ижевск"')`,
	`INSERT INTO mentions (doc_id, local_id, start, "end", text, type) VALUES
		(1, 'E1', 0, 14, 'Дмитрий Шугаев', 'PERSON'), (1, 'E2', 16, 24, 'директор', 'PROFESSION'),
		(1, 'E3', 36, 42, 'Ижевск', 'CITY'), (1, 'E1', 44, 50, 'Шугаев', 'PERSON')`,
	`INSERT INTO relations (doc_id, type, head, tail, ev_start, ev_end, ev_text) VALUES (1, 'WORKS_AS', 'E1', 'E2', 0, 24, 'Дмитрий Шугаев, директор')`,
	`INSERT INTO events (id, doc_id, local_id, type, trigger_start, trigger_end, trigger_text, date, place_local, place_text)
		VALUES (1, 1, 'V1', 'VISIT', 26, 33, 'приехал', '2024-10', 'E3', '')`,
	`INSERT INTO event_participants (event_id, doc_id, local_id) VALUES (1, 1, 'E1')`,
}

// TestUpgrade opens a store written by the program of schema version 1
// and checks that the migrations keep everything readable and writable.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	v1 := append([]string{
		"CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
		ms[0].SQL,
		"INSERT INTO schema_version VALUES (1, '" + ms[0].Name + "', '')",
	}, version1Rows...)
	for _, q := range v1 {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	raw.Close()

	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.SchemaVersion(ctx); err != nil || v != ms[len(ms)-1].Version {
		t.Fatalf("SchemaVersion = %d, %v", v, err)
	}
	var evText int
	if err := db.r.QueryRow("SELECT COUNT(*) FROM pragma_table_info('relations') WHERE name = 'ev_text'").Scan(&evText); err != nil || evText != 0 {
		t.Errorf("relations.ev_text still there: %d, %v", evText, err)
	}
	p, err := db.Document(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Relations) != 1 || p.Relations[0].EvidenceText != "Дмитрий Шугаев, директор" || len(p.Events) != 1 || p.Events[0].Place.Name != "Ижевск" {
		t.Errorf("document after the upgrade: %+v %+v", p.Relations, p.Events)
	}
	e, err := db.Entity(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Sources) != 1 || e.Sources[0].Reason != `first with identity key "PERSON:дмитрий шугаев"` || len(e.Mentions) != 2 || e.Mentions[1].Before == "" ||
		e.Totals != (store.Totals{Sources: 1, Mentions: 2, Relations: 1, Events: 1, Documents: 1}) {
		t.Errorf("entity after the upgrade: %+v", e)
	}
	s, err := db.Sources(ctx, 2, store.ListOptions{})
	if err != nil || s.Sources[0].Reason != "stays in its document: type PROFESSION is a value or common noun, not a name" {
		t.Errorf("sources of the profession: %+v, %v", s, err)
	}
	var coded int
	if err := db.r.QueryRow("SELECT COUNT(*) FROM entity_sources WHERE length(reason) = 1").Scan(&coded); err != nil || coded != 3 {
		t.Errorf("%d reasons coded, want 3 (%v)", coded, err)
	}
	for _, q := range []string{"Шугаев", "Дмитрий Шуга", "ижевск"} {
		res, err := db.Search(ctx, q, store.SearchOptions{})
		if err != nil || len(res.Entities) != 1 || len(res.Documents) != 1 {
			t.Errorf("Search(%q) after the upgrade = %+v, %v", q, res, err)
		}
	}
	// Writes go on: a new document merges into the upgraded entity, which
	// then unmerges.
	d := storetest.NewDoc(t, "Дмитрий Шугаев снова в Ижевске.",
		[]storetest.Ent{{ID: "E1", Type: "PERSON", Name: "Дмитрий Шугаев", Mentions: []string{"Дмитрий Шугаев"}}}, nil, nil)
	if _, err := db.PutDocument(ctx, d, store.Meta{}); err != nil {
		t.Fatal(err)
	}
	if l, err := db.Entities(ctx, store.EntityFilter{Type: "PERSON"}); err != nil || l.Total != 1 || l.Entities[0].DocCount != 2 {
		t.Errorf("Entities after a new document: %+v, %v", l, err)
	}
	if out, err := db.Unmerge(ctx, 1); err != nil || len(out) != 2 {
		t.Errorf("Unmerge after the upgrade: %v, %v", out, err)
	}
	if res, err := db.Search(ctx, "Шугаев", store.SearchOptions{}); err != nil || len(res.Entities) != 2 {
		t.Errorf("Search after unmerging: %+v, %v", res, err)
	}
}
