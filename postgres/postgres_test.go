package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/store/storetest"
)

// The tests run on the server named by FACTGRAPH_POSTGRES_URL, each in a
// schema of its own, dropped at the end; they skip without it.
const urlEnv = "FACTGRAPH_POSTGRES_URL"

var admin struct {
	once sync.Once
	url  string
	pool *pgxpool.Pool
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if admin.pool != nil {
		admin.pool.Close()
	}
	os.Exit(code)
}

// adminPool returns a pool on the test server, or skips the test.
func adminPool(t testing.TB) *pgxpool.Pool {
	t.Helper()
	admin.once.Do(func() {
		admin.url = os.Getenv(urlEnv)
		if admin.url == "" {
			return
		}
		cfg, err := pgxpool.ParseConfig(admin.url)
		if err != nil {
			admin.err = err
			return
		}
		cfg.ConnConfig.ConnectTimeout = 5 * time.Second
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if admin.pool, admin.err = pgxpool.NewWithConfig(ctx, cfg); admin.err == nil {
			if admin.err = admin.pool.Ping(ctx); admin.err != nil {
				admin.pool.Close()
				admin.pool = nil
			}
		}
	})
	switch {
	case admin.url == "":
		t.Skipf("%s is not set: run `export %s=$(scripts/postgres.sh start)` to test on PostgreSQL", urlEnv, urlEnv)
	case admin.err != nil:
		t.Skipf("the PostgreSQL server of %s (%s) is unreachable: %v", urlEnv, redact(admin.url), admin.err)
	}
	return admin.pool
}

// newSchema creates an empty schema, dropped when the test ends, and
// returns the test server's URL with search_path set to it.
func newSchema(t testing.TB) (string, string) {
	t.Helper()
	pool := adminPool(t)
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	schema := "fgtest_" + hex.EncodeToString(b)
	if _, err := pool.Exec(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := pool.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return withParam(admin.url, "search_path", schema), schema
}

// withParam adds a parameter to a URL or key=value connection string.
func withParam(conn, key, value string) string {
	if u, err := url.Parse(conn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		q.Set(key, value)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return conn + " " + key + "=" + value
}

func openURL(t testing.TB, u string) *DB {
	t.Helper()
	db, err := Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return db
}

func openTest(t testing.TB) *DB {
	t.Helper()
	u, _ := newSchema(t)
	return openURL(t, u)
}

func TestStore(t *testing.T) {
	adminPool(t)
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t) })
}

// TestAtomicFailpoints runs storetest.Failpoints.
func TestAtomicFailpoints(t *testing.T) {
	db := openTest(t)
	storetest.Failpoints(t, db, func(f func(string) error) { db.failpoint = f },
		func(t *testing.T) string { return counts(t, db) })
}

// counts returns the number of rows of every table, the sum of the entity
// counters and every entity's aliases and search vector.
func counts(t *testing.T, db *DB) string {
	t.Helper()
	var out []string
	for _, q := range []string{
		"SELECT COUNT(*)::text FROM documents", "SELECT COUNT(*)::text FROM entities",
		"SELECT COUNT(*)::text FROM entity_sources", "SELECT COUNT(*)::text FROM mentions",
		"SELECT COUNT(*)::text FROM relations", "SELECT COUNT(*)::text FROM events", "SELECT COUNT(*)::text FROM event_participants",
		"SELECT (COALESCE(SUM(doc_count), 0) + COALESCE(SUM(mention_count), 0))::text FROM entities",
		"SELECT COALESCE(string_agg(aliases::text || tsv::text, ',' ORDER BY id), '') FROM entities",
	} {
		var s string
		if err := db.pool.QueryRow(context.Background(), q).Scan(&s); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// TestConcurrentWriters stores documents naming the same people from
// several stores (as several ingesters would) and goroutines at once, each
// document naming them in another order: every identity key ends with one
// entity counting every document, and no writer fails on a deadlock.
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	u, _ := newSchema(t)
	const stores, writers, docs = 3, 6, 48
	var dbs []*DB
	for i := 0; i < stores; i++ {
		dbs = append(dbs, openURL(t, u))
	}
	names := []storetest.Ent{
		{ID: "E1", Type: "PERSON", Name: "Дмитрий Шугаев"},
		{ID: "E2", Type: "PERSON", Name: "Анна Иванова"},
		{ID: "E3", Type: "ORGANIZATION", Name: "Ростех"},
		{ID: "E4", Type: "CITY", Name: "Ижевск"},
	}
	errs := make(chan error, docs)
	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < docs; i += writers {
				var ents []storetest.Ent
				var parts []string
				for k := range names {
					e := names[(k+i)%len(names)] // another order in each document
					e.Mentions = []string{e.Name}
					ents = append(ents, e)
					parts = append(parts, e.Name)
				}
				text := fmt.Sprintf("Новость %d: %s.", i, strings.Join(parts, ", "))
				d := storetest.NewDoc(t, text, ents, []doc.Relation{{Type: "WORKPLACE", Head: "E1", Tail: "E3",
					Evidence: storetest.SpanOf(t, text, "Ростех")}}, nil)
				if _, err := dbs[i%stores].PutDocument(ctx, d, store.Meta{}); err != nil {
					errs <- fmt.Errorf("document %d: %w", i, err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	rows, err := dbs[0].pool.Query(ctx, "SELECT key, COUNT(*), MIN(doc_count), MIN(mention_count) FROM entities GROUP BY key ORDER BY key")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var (
			key                 string
			count, dcs, mention int
		)
		if err := rows.Scan(&key, &count, &dcs, &mention); err != nil {
			t.Fatal(err)
		}
		n++
		if count != 1 || dcs != docs || mention != docs {
			t.Errorf("key %q: %d entities, %d documents, %d mentions; want 1, %d, %d", key, count, dcs, mention, docs, docs)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n != len(names) {
		t.Errorf("%d keys, want %d", n, len(names))
	}
	g, err := dbs[1].Neighbourhood(ctx, firstEntity(t, dbs[1], "Дмитрий Шугаев"), 1)
	if err != nil || len(g.Edges) != 1 || g.Edges[0].Count != docs {
		t.Errorf("graph after concurrent writes: %+v, %v", g, err)
	}
}

func firstEntity(t *testing.T, db *DB, q string) int64 {
	t.Helper()
	res, err := db.Search(context.Background(), q, store.SearchOptions{})
	if err != nil || len(res.Entities) == 0 {
		t.Fatalf("Search(%q) = %+v, %v", q, res, err)
	}
	return res.Entities[0].ID
}

// TestUnmergeWhileWriting unmerges an entity while other stores write
// documents with its key: when it is over, the key is blocked and no
// entity holds it, and every document is attached to an entity.
func TestUnmergeWhileWriting(t *testing.T) {
	ctx := context.Background()
	u, _ := newSchema(t)
	dbs := []*DB{openURL(t, u), openURL(t, u), openURL(t, u)}
	put := func(db *DB, i int) error {
		text := fmt.Sprintf("Сообщение %d: Ольга Смирнова выступила.", i)
		_, err := db.PutDocument(ctx, storetest.NewDoc(t, text,
			[]storetest.Ent{{ID: "E1", Type: "PERSON", Name: "Ольга Смирнова", Mentions: []string{"Ольга Смирнова"}}}, nil, nil), store.Meta{})
		return err
	}
	for i := 0; i < 3; i++ {
		if err := put(dbs[0], i); err != nil {
			t.Fatal(err)
		}
	}
	id := firstEntity(t, dbs[0], "Ольга Смирнова")
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 15; i++ {
				if err := put(dbs[w], 100*w+i); err != nil {
					errs <- err
				}
			}
		}()
	}
	time.Sleep(5 * time.Millisecond)
	if _, err := dbs[0].Unmerge(ctx, id); err != nil {
		t.Errorf("Unmerge: %v", err)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var keyed, blocked, sources, docs int
	err := dbs[0].pool.QueryRow(ctx, `SELECT (SELECT COUNT(*) FROM entities WHERE key IS NOT NULL),
		(SELECT COUNT(*) FROM blocked_keys), (SELECT COUNT(*) FROM entity_sources), (SELECT COUNT(*) FROM documents)`).
		Scan(&keyed, &blocked, &sources, &docs)
	if err != nil {
		t.Fatal(err)
	}
	if keyed != 0 || blocked != 1 || sources != docs || docs != 33 {
		t.Errorf("after unmerging while writing: %d keyed entities, %d blocked keys, %d sources of %d documents; want 0, 1, 33, 33",
			keyed, blocked, sources, docs)
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	u, schema := newSchema(t)
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	// Stores opened at once on a new schema apply each migration once.
	dbs := make([]*DB, 4)
	errs := make([]error, len(dbs))
	var wg sync.WaitGroup
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = Open(ctx, u)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		dbs[i].Close()
	}
	db := openURL(t, u)
	if v, err := db.SchemaVersion(ctx); err != nil || v != ms[len(ms)-1].Version {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, ms[len(ms)-1].Version)
	}
	var n int
	if err := db.pool.QueryRow(ctx, "SELECT COUNT(*) FROM schema_version").Scan(&n); err != nil || n != len(ms) {
		t.Errorf("schema_version rows = %d, %v; want %d", n, err, len(ms))
	}
	var where string
	if err := db.pool.QueryRow(ctx, "SELECT table_schema FROM information_schema.tables WHERE table_name = 'documents' AND table_schema = $1",
		schema).Scan(&where); err != nil {
		t.Errorf("documents not in schema %s: %v", schema, err)
	}
	d := storetest.NewDoc(t, "Текст.", nil, nil, nil)
	if _, err := db.PutDocument(ctx, d, store.Meta{}); err != nil {
		t.Fatal(err)
	}
	// Reopening keeps the data and applies nothing twice.
	db2 := openURL(t, u)
	if r, err := db2.PutDocument(ctx, d, store.Meta{}); err != nil || !r.Existing {
		t.Errorf("after reopening: %+v, %v", r, err)
	}
	// A database from a newer program is refused.
	if _, err := db.pool.Exec(ctx, "INSERT INTO schema_version (version, name) VALUES (9999, 'future')"); err != nil {
		t.Fatal(err)
	}
	if db3, err := Open(ctx, u); err == nil || !strings.Contains(err.Error(), "newer") {
		if db3 != nil {
			db3.Close()
		}
		t.Errorf("Open of a newer schema: %v", err)
	}
}

// TestOpenErrors needs no server.
func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		url, code string
	}{
		{"postgres://factgraph:s3cret@127.0.0.1:1/factgraph?sslmode=disable&connect_timeout=2", store.EINTERNAL},
		{"host=127.0.0.1 port=1 user=factgraph password=s3cret dbname=x sslmode=disable connect_timeout=2", store.EINTERNAL},
		{"postgres://factgraph:s3cret@127.0.0.1:notaport/x", store.EINVALID},
		{"postgres://127.0.0.1/x?sslmode=bogus", store.EINVALID},
	}
	for _, tt := range tests {
		db, err := Open(ctx, tt.url)
		if err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded", redact(tt.url))
			continue
		}
		if got := store.ErrorCode(err); got != tt.code {
			t.Errorf("Open(%q): code %q (%v), want %q", redact(tt.url), got, err, tt.code)
		}
		if strings.Contains(err.Error(), "s3cret") {
			t.Errorf("Open(%q): the error shows the password: %v", redact(tt.url), err)
		}
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:pw@h:5432/db?sslmode=disable", "postgres://u:xxxxx@h:5432/db?sslmode=disable"},
		{"postgres://u@h/db?password=pw", "postgres://u@h/db?password=xxxxx"},
		{"host=h password=pw user=u", "host=h password=xxxxx user=u"},
		{"host=h password='p w' user=u", "host=h password=xxxxx user=u"},
	}
	for _, tt := range tests {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLocale refuses a database whose locale does not know Cyrillic.
func TestLocale(t *testing.T) {
	ctx := context.Background()
	pool := adminPool(t)
	name := fmt.Sprintf("fgtest_c_%d", time.Now().UnixNano())
	if _, err := pool.Exec(ctx, "CREATE DATABASE "+name+" LOCALE 'C' ENCODING 'UTF8' TEMPLATE template0"); err != nil {
		t.Skipf("cannot create a database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := pool.Exec(ctx, "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database: %v", err)
		}
	})
	u, err := url.Parse(admin.url)
	if err != nil || u.Scheme == "" {
		t.Skip("the test URL is not a URL")
	}
	u.Path = "/" + name
	db, err := Open(ctx, u.String())
	if err == nil {
		db.Close()
		t.Fatal("Open of a C-locale database succeeded")
	}
	if store.ErrorCode(err) != store.EINVALID || !strings.Contains(err.Error(), "LC_CTYPE") {
		t.Errorf("Open of a C-locale database: %v", err)
	}
}

// TestSearchForms checks what PostgreSQL's search adds to the suite:
// stems match other forms of a word, and stop words are still words.
func TestSearchForms(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	text := "Завод в Ижевске и Пётр Алексеев."
	r, err := db.PutDocument(ctx, storetest.NewDoc(t, text,
		[]storetest.Ent{{ID: "E1", Type: "PERSON", Name: "Пётр Алексеев", Mentions: []string{"Пётр Алексеев"}}}, nil, nil), store.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutDocument(ctx, storetest.NewDoc(t, "Другое.", nil, nil, nil), store.Meta{}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q, mark string
		docs    int
	}{
		{"Ижевск", "Ижевске", 1}, // a stem: Ижевске → ижевск
		{"Ижевска", "Ижевске", 1},
		{"ижевске", "Ижевске", 1},
		{"и", "и", 1}, // a stop word of 'russian', a word of 'simple'
		{"петр", "Пётр", 1},
		{"пётр алексеева", "Пётр", 1},
		{"завод ижевск москва", "", 0},
	}
	for _, tt := range tests {
		res, err := db.Search(ctx, tt.q, store.SearchOptions{})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.q, err)
			continue
		}
		if len(res.Documents) != tt.docs {
			t.Errorf("Search(%q) = %d documents, want %d", tt.q, len(res.Documents), tt.docs)
			continue
		}
		if tt.docs > 0 && (res.Documents[0].ID != r.ID || !strings.Contains(res.Documents[0].Snippet, store.MarkStart+tt.mark+store.MarkEnd)) {
			t.Errorf("Search(%q): %+v, want document %d with %q marked", tt.q, res.Documents[0], r.ID, tt.mark)
		}
	}
	if _, err := db.DocumentIDByHash(ctx, "\x00"); store.ErrorCode(err) != store.ENOTFOUND {
		t.Errorf("DocumentIDByHash(NUL) = %v, want ENOTFOUND", err)
	}
}
