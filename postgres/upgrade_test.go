package postgres

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/factgraph/factgraph/store"
)

// upgradeText is the document of the version-1 store of TestUpgrade.
const upgradeText = "Дмитрий Шугаев, директор, приехал в Ижевск. Шугаев доволен."

// TestUpgrade opens a database written by the program of schema version 1
// (the evidence text copied into relations, merge reasons in words) and
// checks that the migrations keep it readable and writable.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	u, _ := newSchema(t)
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
		ms[0].SQL,
		"INSERT INTO schema_version (version, name) VALUES (1, '" + ms[0].Name + "')",
		`INSERT INTO documents (id, hash, title, text, chars, sentences, n_entities, n_mentions, n_relations, n_events)
			VALUES (1, '` + store.Hash(upgradeText) + `', 'Комиссия', '` + upgradeText + `', 59, '[{"start":0,"end":43}]', 3, 4, 1, 1)`,
		`INSERT INTO entities (id, type, name, key, aliases, doc_count, mention_count) VALUES
			(1, 'PERSON', 'Дмитрий Шугаев', 'PERSON:дмитрий шугаев', '{Шугаев}', 1, 2),
			(2, 'PROFESSION', 'директор', NULL, '{}', 1, 1),
			(3, 'CITY', 'Ижевск', 'CITY:ижевск', '{}', 1, 1)`,
		`INSERT INTO entity_sources (doc_id, local_id, entity_id, type, name, aliases, key, reason) VALUES
			(1, 'E1', 1, 'PERSON', 'Дмитрий Шугаев', '{Шугаев}', 'PERSON:дмитрий шугаев', 'first with identity key "PERSON:дмитрий шугаев"'),
			(1, 'E2', 2, 'PROFESSION', 'директор', '{}', '', 'stays in its document: type PROFESSION is a value or common noun, not a name'),
			(1, 'E3', 3, 'CITY', 'Ижевск', '{}', 'CITY:ижевск', 'first with identity key "CITY:ижевск"')`,
		`INSERT INTO mentions (doc_id, local_id, start, "end", text, type) VALUES
			(1, 'E1', 0, 14, 'Дмитрий Шугаев', 'PERSON'), (1, 'E2', 16, 24, 'директор', 'PROFESSION'),
			(1, 'E3', 36, 42, 'Ижевск', 'CITY'), (1, 'E1', 44, 50, 'Шугаев', 'PERSON')`,
		`INSERT INTO relations (doc_id, type, head, tail, ev_start, ev_end, ev_text) VALUES (1, 'WORKS_AS', 'E1', 'E2', 0, 24, 'Дмитрий Шугаев, директор')`,
		`INSERT INTO events (id, doc_id, local_id, type, trigger_start, trigger_end, trigger_text, date, place_local, place_text)
			VALUES (1, 1, 'V1', 'VISIT', 26, 33, 'приехал', '2024-10', 'E3', '')`,
		`INSERT INTO event_participants (event_id, doc_id, local_id, pos) VALUES (1, 1, 'E1', 0)`,
		// The identities continue after the rows given above.
		"SELECT setval(pg_get_serial_sequence('documents', 'id'), 1), setval(pg_get_serial_sequence('entities', 'id'), 3), setval(pg_get_serial_sequence('events', 'id'), 1)",
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	conn.Close(ctx)

	db := openURL(t, u)
	if v, err := db.SchemaVersion(ctx); err != nil || v != ms[len(ms)-1].Version {
		t.Fatalf("SchemaVersion = %d, %v", v, err)
	}
	var evText int
	if err := db.pool.QueryRow(ctx, `SELECT COUNT(*) FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'relations' AND column_name = 'ev_text'`).Scan(&evText); err != nil || evText != 0 {
		t.Errorf("relations.ev_text still there: %d, %v", evText, err)
	}
	p, err := db.Document(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Relations) != 1 || p.Relations[0].EvidenceText != "Дмитрий Шугаев, директор" {
		t.Errorf("relations after the upgrade: %+v", p.Relations)
	}
	e, err := db.Entity(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Sources) != 1 || e.Sources[0].Reason != `first with identity key "PERSON:дмитрий шугаев"` || len(e.Events) != 1 ||
		e.Totals != (store.Totals{Sources: 1, Mentions: 2, Relations: 1, Events: 1, Documents: 1}) {
		t.Errorf("entity after the upgrade: %+v", e)
	}
	if s, err := db.Sources(ctx, 2, store.ListOptions{}); err != nil || s.Sources[0].Reason != "stays in its document: type PROFESSION is a value or common noun, not a name" {
		t.Errorf("sources of the profession: %+v, %v", s, err)
	}
	var coded int
	if err := db.pool.QueryRow(ctx, "SELECT COUNT(*) FROM entity_sources WHERE length(reason) = 1").Scan(&coded); err != nil || coded != 3 {
		t.Errorf("%d reasons coded, want 3 (%v)", coded, err)
	}
	if l, err := db.Events(ctx, store.FactFilter{From: "2024"}); err != nil || l.Total != 1 {
		t.Errorf("Events after the upgrade: %+v, %v", l, err)
	}
}
