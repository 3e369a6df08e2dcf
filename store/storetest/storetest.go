// Package storetest is the test suite that every store.Store backend must
// pass. A backend's test calls Run with a function that opens a new, empty
// store:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store { … })
//	}
//
// The open function registers the store's cleanup with t.Cleanup; Run
// closes nothing itself.
package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
)

// Run runs the suite; open must return a new, empty store for each call.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, st store.Store)
	}{
		{"PutAndGet", testPutAndGet},
		{"Dedup", testDedup},
		{"Atomic", testAtomic},
		{"Invalid", testInvalid},
		{"Verbatim", testVerbatim},
		{"HostileQueries", testHostileQueries},
		{"Search", testSearch},
		{"Identity", testIdentity},
		{"EntityPage", testEntityPage},
		{"Neighbourhood", testNeighbourhood},
		{"Unmerge", testUnmerge},
		{"UnmergePartial", testUnmergePartial},
		{"NotFound", testNotFound},
		{"Concurrent", testConcurrent},
		{"Entities", testEntities},
		{"RelationList", testRelationList},
		{"EventList", testEventList},
		{"EntityPaging", testEntityPaging},
		{"EventGraph", testEventGraph},
		{"MentionContext", testMentionContext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.fn(t, open(t))
		})
	}
}

// Ent describes an entity of a test document: its mentions are found in
// the text in order.
type Ent struct {
	ID, Type, Name string
	Mentions       []string
}

// NewDoc builds a document from text and entities, locating each mention
// string in the text (the first occurrence after the previous mention of
// the same string). It fails the test when a mention is not in the text.
func NewDoc(t testing.TB, text string, ents []Ent, rels []doc.Relation, evs []doc.Event) *doc.Document {
	t.Helper()
	d := &doc.Document{Lang: "ru", Text: text, Sentences: []doc.Sentence{}, Entities: []doc.Entity{},
		Relations: rels, Events: evs}
	if n := utf8.RuneCountInString(text); n > 0 {
		d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: 0, End: n}})
	}
	from := map[string]int{}
	for _, e := range ents {
		de := doc.Entity{ID: e.ID, Type: e.Type, Name: e.Name}
		for _, m := range e.Mentions {
			i := strings.Index(text[from[m]:], m)
			if i < 0 {
				t.Fatalf("mention %q not in text %q", m, text)
			}
			i += from[m]
			from[m] = i + len(m)
			start := utf8.RuneCountInString(text[:i])
			de.Mentions = append(de.Mentions, doc.Mention{
				Span: doc.Span{Start: start, End: start + utf8.RuneCountInString(m)},
				Text: m, Type: e.Type,
			})
			if m != e.Name && !slices.Contains(de.Aliases, m) {
				de.Aliases = append(de.Aliases, m)
			}
		}
		d.Entities = append(d.Entities, de)
	}
	if d.Relations == nil {
		d.Relations = []doc.Relation{}
	}
	if d.Events == nil {
		d.Events = []doc.Event{}
	}
	return d
}

// SpanOf returns the code point span of the first occurrence of sub in
// text, failing the test when there is none.
func SpanOf(t testing.TB, text, sub string) doc.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text %q", sub, text)
	}
	start := utf8.RuneCountInString(text[:i])
	return doc.Span{Start: start, End: start + utf8.RuneCountInString(sub)}
}

func put(t *testing.T, st store.Store, d *doc.Document, m store.Meta) store.PutResult {
	t.Helper()
	r, err := st.PutDocument(context.Background(), d, m)
	if err != nil {
		t.Fatalf("PutDocument: %v", err)
	}
	return r
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := store.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
	if err != nil && store.ErrorMessage(err) == "" {
		t.Errorf("%s: error %v has no message", what, err)
	}
}

const commissionText = "Дмитрий Шугаев возглавил комиссию. Встреча прошла в Ижевске. Шугаев сказал, что Ростех готов."

func commission(t testing.TB) *doc.Document {
	return NewDoc(t, commissionText,
		[]Ent{
			{"E1", "PERSON", "Дмитрий Шугаев", []string{"Дмитрий Шугаев", "Шугаев"}},
			{"E2", "CITY", "Ижевске", []string{"Ижевске"}},
			{"E3", "ORGANIZATION", "Ростех", []string{"Ростех"}},
		},
		[]doc.Relation{{Type: "WORKPLACE", Head: "E1", Tail: "E3", Evidence: SpanOf(t, commissionText, "Шугаев сказал, что Ростех готов")}},
		[]doc.Event{{ID: "V1", Type: "MEETING", Trigger: doc.Trigger{Span: SpanOf(t, commissionText, "Встреча"), Text: "Встреча"},
			Date: "2024-10", Place: "E2", Participants: []string{"E1"}}})
}

func testPutAndGet(t *testing.T, st store.Store) {
	ctx := context.Background()
	d := commission(t)
	m := store.Meta{Title: "Комиссия", URL: "https://example.org/a", Date: "2024-10-12", Source: "a.txt"}
	r := put(t, st, d, m)
	if r.Existing || r.ID == 0 || r.Hash != store.Hash(d.Text) {
		t.Fatalf("PutDocument = %+v", r)
	}
	if id, err := st.DocumentIDByHash(ctx, r.Hash); err != nil || id != r.ID {
		t.Errorf("DocumentIDByHash = %d, %v; want %d", id, err, r.ID)
	}
	p, err := st.Document(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Meta != m || p.Text != d.Text || p.Lang != "ru" || p.Hash != r.Hash || p.Chars != utf8.RuneCountInString(d.Text) {
		t.Errorf("Document = %+v", p.Document)
	}
	if p.Stored.IsZero() {
		t.Errorf("Stored time is zero")
	}
	if want := (store.Counts{Entities: 3, Mentions: 4, Relations: 1, Events: 1}); p.Counts != want {
		t.Errorf("Counts = %+v, want %+v", p.Counts, want)
	}
	if len(p.Sentences) != 1 || len(p.Entities) != 3 || len(p.Mentions) != 4 || len(p.Relations) != 1 || len(p.Events) != 1 {
		t.Fatalf("page: %d sentences, %d entities, %d mentions, %d relations, %d events",
			len(p.Sentences), len(p.Entities), len(p.Mentions), len(p.Relations), len(p.Events))
	}
	for i := 1; i < len(p.Mentions); i++ {
		if p.Mentions[i].Start < p.Mentions[i-1].Start {
			t.Errorf("mentions not in text order: %+v", p.Mentions)
		}
	}
	byName := map[string]store.Entity{}
	for _, e := range p.Entities {
		byName[e.Name] = e
	}
	rel := p.Relations[0]
	if rel.Type != "WORKPLACE" || rel.Head.ID != byName["Дмитрий Шугаев"].ID || rel.Tail.ID != byName["Ростех"].ID ||
		rel.EvidenceText != "Шугаев сказал, что Ростех готов" || rel.DocID != r.ID {
		t.Errorf("relation = %+v", rel)
	}
	ev := p.Events[0]
	if ev.Type != "MEETING" || ev.Trigger.Text != "Встреча" || ev.Date != "2024-10" || ev.Place == nil ||
		ev.Place.ID != byName["Ижевске"].ID || len(ev.Participants) != 1 || ev.Participants[0].Name != "Дмитрий Шугаев" {
		t.Errorf("event = %+v", ev)
	}
	list, err := st.Documents(ctx, store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 1 || len(list.Documents) != 1 || list.Documents[0].ID != r.ID || list.Documents[0].Title != "Комиссия" {
		t.Errorf("Documents = %+v", list)
	}
	// The document's source is used when the metadata has none.
	d2 := NewDoc(t, "Другой текст.", nil, nil, nil)
	d2.Source = "b.txt"
	r2 := put(t, st, d2, store.Meta{})
	if p, err := st.Document(ctx, r2.ID); err != nil || p.Source != "b.txt" {
		t.Errorf("Document(%d).Source = %q, %v; want b.txt", r2.ID, p.Source, err)
	}
	list, err = st.Documents(ctx, store.ListOptions{Limit: 1})
	if err != nil || len(list.Documents) != 1 || list.Total != 2 || list.Documents[0].ID != r2.ID {
		t.Errorf("Documents(limit 1) = %+v, %v; want the newest of 2", list, err)
	}
	list, err = st.Documents(ctx, store.ListOptions{Limit: 1, Offset: 1})
	if err != nil || len(list.Documents) != 1 || list.Documents[0].ID != r.ID {
		t.Errorf("Documents(offset 1) = %+v, %v; want the oldest", list, err)
	}
}

func testDedup(t *testing.T, st store.Store) {
	ctx := context.Background()
	r1 := put(t, st, commission(t), store.Meta{Title: "first"})
	r2 := put(t, st, commission(t), store.Meta{Title: "second"})
	if !r2.Existing || r2.ID != r1.ID || r2.Hash != r1.Hash {
		t.Errorf("second PutDocument = %+v, want Existing with ID %d", r2, r1.ID)
	}
	list, err := st.Documents(ctx, store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 1 || list.Documents[0].Title != "first" {
		t.Errorf("after a duplicate: %+v", list)
	}
	p, err := st.Document(ctx, r1.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range p.Entities {
		if e.DocCount != 1 {
			t.Errorf("entity %q counted in %d documents after a duplicate", e.Name, e.DocCount)
		}
	}
	// A text differing by one character is another document.
	d := commission(t)
	d.Text = strings.Replace(d.Text, "готов.", "готов!", 1)
	if r3 := put(t, st, d, store.Meta{}); r3.Existing || r3.ID == r1.ID {
		t.Errorf("changed text: %+v", r3)
	}
}

// testAtomic checks that a document refused part-way stores nothing and
// leaves what was stored intact.
func testAtomic(t *testing.T, st store.Store) {
	ctx := context.Background()
	good := put(t, st, commission(t), store.Meta{Title: "good"})
	bad := NewDoc(t, "Анатолий Сердюков приехал в Ижевск и встретил Ростех.",
		[]Ent{{"E1", "PERSON", "Анатолий Сердюков", []string{"Анатолий Сердюков"}}, {"E2", "ORGANIZATION", "Ростех", []string{"Ростех"}}},
		[]doc.Relation{{Type: "WORKPLACE", Head: "E1", Tail: "E9"}}, nil)
	_, err := st.PutDocument(ctx, bad, store.Meta{Title: "bad"})
	wantCode(t, "relation to a missing entity", err, store.EINVALID)
	list, err := st.Documents(ctx, store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 1 || list.Documents[0].ID != good.ID {
		t.Errorf("after a refused document: %+v", list)
	}
	res, err := st.Search(ctx, "Сердюков", store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Documents) != 0 || len(res.Entities) != 0 {
		t.Errorf("refused document is searchable: %+v", res)
	}
	res, err = st.Search(ctx, "Ростех", store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 1 || res.Entities[0].DocCount != 1 || res.Entities[0].MentionCount != 1 {
		t.Errorf("refused document changed the stored entity: %+v", res.Entities)
	}
	if _, err := st.DocumentIDByHash(ctx, store.Hash(bad.Text)); store.ErrorCode(err) != store.ENOTFOUND {
		t.Errorf("refused document's hash: %v, want ENOTFOUND", err)
	}
	// The same text, fixed, is then stored.
	bad.Relations[0].Tail = "E2"
	if r := put(t, st, bad, store.Meta{}); r.Existing {
		t.Errorf("fixed document reported as existing")
	}
}

func testInvalid(t *testing.T, st store.Store) {
	ctx := context.Background()
	tests := []struct {
		name   string
		mutate func(d *doc.Document, m *store.Meta)
		want   string // in the message
	}{
		{"title not UTF-8", func(d *doc.Document, m *store.Meta) { m.Title = "Заголовок \xff\xfe" }, "title"},
		{"url with NUL", func(d *doc.Document, m *store.Meta) { m.URL = "https://example.org/\x00" }, "url"},
		{"source not UTF-8", func(d *doc.Document, m *store.Meta) { m.Source = "\xc3\x28.txt" }, "source"},
		{"huge title", func(d *doc.Document, m *store.Meta) { m.Title = strings.Repeat("я", store.MaxTitleBytes) }, "title"},
		{"huge url", func(d *doc.Document, m *store.Meta) { m.URL = strings.Repeat("a", store.MaxURLBytes+1) }, "url"},
		{"bad date", func(d *doc.Document, m *store.Meta) { m.Date = "12 октября" }, "date"},
		{"bad month", func(d *doc.Document, m *store.Meta) { m.Date = "2024-13" }, "date"},
		{"text not UTF-8", func(d *doc.Document, m *store.Meta) { d.Text = "Текст \xff" }, "text"},
		{"text with NUL", func(d *doc.Document, m *store.Meta) { d.Text = "Текст\x00" }, "text"},
		{"span past the end", func(d *doc.Document, m *store.Meta) { d.Entities[0].Mentions[0].End = 1000 }, "span"},
		{"negative span", func(d *doc.Document, m *store.Meta) { d.Entities[0].Mentions[0].Start = -1 }, "span"},
		{"reversed span", func(d *doc.Document, m *store.Meta) { d.Relations[0].Evidence = doc.Span{Start: 5, End: 2} }, "span"},
		{"duplicate entity ID", func(d *doc.Document, m *store.Meta) { d.Entities[1].ID = "E1" }, "E1"},
		{"empty entity ID", func(d *doc.Document, m *store.Meta) { d.Entities[1].ID = "" }, "ID"},
		{"empty name", func(d *doc.Document, m *store.Meta) { d.Entities[0].Name = "  " }, "name"},
		{"name with NUL", func(d *doc.Document, m *store.Meta) { d.Entities[0].Name = "Шугаев\x00" }, "name"},
		{"alias not UTF-8", func(d *doc.Document, m *store.Meta) { d.Entities[0].Aliases = []string{"\xed\xa0\x80"} }, "alias"},
		{"huge name", func(d *doc.Document, m *store.Meta) { d.Entities[0].Name = strings.Repeat("x", store.MaxNameBytes+1) }, "name"},
		{"empty type", func(d *doc.Document, m *store.Meta) { d.Entities[0].Type = "" }, "type"},
		{"missing participant", func(d *doc.Document, m *store.Meta) { d.Events[0].Participants = []string{"E7"} }, "E7"},
		{"duplicate event ID", func(d *doc.Document, m *store.Meta) { d.Events = append(d.Events, d.Events[0]) }, "V1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := commission(t)
			m := store.Meta{Title: "ok"}
			tt.mutate(d, &m)
			_, err := st.PutDocument(ctx, d, m)
			wantCode(t, tt.name, err, store.EINVALID)
			if msg := store.ErrorMessage(err); !strings.Contains(msg, tt.want) {
				t.Errorf("message %q does not name %q", msg, tt.want)
			}
			if msg := store.ErrorMessage(err); len(msg) > 500 {
				t.Errorf("message is %d bytes long", len(msg))
			}
		})
	}
	_, err := st.PutDocument(ctx, nil, store.Meta{})
	wantCode(t, "nil document", err, store.EINVALID)
	list, err := st.Documents(ctx, store.ListOptions{})
	if err != nil || list.Total != 0 {
		t.Errorf("after refused documents: %+v, %v", list, err)
	}
}

// testVerbatim stores hostile but valid strings and reads them back as they
// were.
func testVerbatim(t *testing.T, st store.Store) {
	ctx := context.Background()
	inject := []string{
		"'); DROP TABLE documents; --",
		`" OR 1=1 --`,
		"Robert'); DELETE FROM entities;--",
		"\\x00 %s %d %% _ * NEAR(a b) title:x",
		"\u202eRTL\u200b zero\ufeffwidth 😀",
	}
	for i, s := range inject {
		text := fmt.Sprintf("Текст %d: %s, Иван Петров.", i, s)
		d := NewDoc(t, text, []Ent{{"E1", "ORGANIZATION", s, []string{s}}, {"E2", "PERSON", "Иван Петров", []string{"Иван Петров"}}}, nil, nil)
		m := store.Meta{Title: s, URL: s, Source: s}
		r := put(t, st, d, m)
		p, err := st.Document(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Meta != m || p.Text != text {
			t.Errorf("stored %+v, want %+v", p.Meta, m)
		}
		found := false
		for _, e := range p.Entities {
			found = found || e.Name == s
		}
		if !found {
			t.Errorf("entity name %q not stored verbatim: %+v", s, p.Entities)
		}
	}
	// A big but valid document.
	big := strings.Repeat("Большой текст про Ижевск. ", 40000) // ~1 MB
	r := put(t, st, NewDoc(t, big, []Ent{{"E1", "CITY", "Ижевск", []string{"Ижевск"}}}, nil, nil),
		store.Meta{Title: strings.Repeat("з", store.MaxTitleBytes/2)})
	p, err := st.Document(ctx, r.ID)
	if err != nil || p.Text != big {
		t.Errorf("big document not read back: %v", err)
	}
	list, err := st.Documents(ctx, store.ListOptions{})
	if err != nil || list.Total != len(inject)+1 {
		t.Errorf("Documents = %+v, %v; want %d", list, err, len(inject)+1)
	}
}

func testHostileQueries(t *testing.T, st store.Store) {
	ctx := context.Background()
	put(t, st, commission(t), store.Meta{Title: "Комиссия"})
	tests := []struct {
		q    string
		code string
	}{
		{`"`, store.EINVALID},
		{`*`, store.EINVALID},
		{"", store.EINVALID},
		{"   ", store.EINVALID},
		{"\xff\xfe", store.EINVALID},
		{"Шугаев\x00", store.EINVALID},
		{strings.Repeat("а", store.MaxQueryBytes), store.EINVALID},
		{`Шугаев"`, ""},
		{`NEAR(Шугаев Ростех)`, ""},
		{`Шугаев OR Ростех AND NOT x`, ""},
		{`title:Комиссия`, ""},
		{`'; DROP TABLE documents; --`, ""},
		{`^Шугаев`, ""},
		{`Шугаев -Ростех`, ""},
		{`(((`, store.EINVALID},
		{strings.Repeat("слово ", 50), ""},
	}
	for _, tt := range tests {
		_, err := st.Search(ctx, tt.q, store.SearchOptions{})
		wantCode(t, fmt.Sprintf("Search(%.40q)", tt.q), err, tt.code)
	}
	res, err := st.Search(ctx, `"Шугаев" + Ростех*`, store.SearchOptions{})
	if err != nil || len(res.Documents) != 1 {
		t.Errorf("operators are not words to match literally: %+v, %v", res, err)
	}
	if list, err := st.Documents(ctx, store.ListOptions{}); err != nil || list.Total != 1 {
		t.Errorf("after hostile queries: %+v, %v", list, err)
	}
}

func testSearch(t *testing.T, st store.Store) {
	ctx := context.Background()
	dense := put(t, st, NewDoc(t, "Ижевск, Ижевск и снова Ижевск.", nil, nil, nil), store.Meta{Title: "Город"})
	sparse := put(t, st, NewDoc(t, "Длинный текст о заводах, дорогах, погоде, ценах, людях, планах, и где-то в нём упомянут Ижевск один раз, а дальше опять о другом: о науке, о школах, о спорте и о музыке.", nil, nil, nil), store.Meta{Title: "Обзор"})
	titled := put(t, st, NewDoc(t, "Новости города за неделю.", nil, nil, nil), store.Meta{Title: "Ижевск сегодня"})
	put(t, st, NewDoc(t, "Москва и Казань.", nil, nil, nil), store.Meta{})
	res, err := st.Search(ctx, "ижевск", store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, h := range res.Documents {
		ids = append(ids, h.ID)
	}
	if len(ids) != 3 {
		t.Fatalf("Search(ижевск) = %v, want 3 documents", ids)
	}
	if slices.Index(ids, dense.ID) > slices.Index(ids, sparse.ID) {
		t.Errorf("a document naming Ижевск three times in a short text ranks below one naming it once in a long text: %v", ids)
	}
	if slices.Index(ids, titled.ID) > slices.Index(ids, sparse.ID) {
		t.Errorf("a title match ranks below a passing mention: %v", ids)
	}
	for i := 1; i < len(res.Documents); i++ {
		if res.Documents[i].Score > res.Documents[i-1].Score {
			t.Errorf("scores not descending: %v", res.Documents)
		}
	}
	if h := res.Documents[slices.Index(ids, sparse.ID)]; !strings.Contains(h.Snippet, store.MarkStart+"Ижевск"+store.MarkEnd) {
		t.Errorf("snippet %q does not mark the match", h.Snippet)
	}
	tests := []struct {
		q    string
		want int
	}{
		{"ИЖЕВСК", 3},        // case
		{"Ижевс", 3},         // prefix
		{"Ижевск неделю", 1}, // every word: only the titled document has both
		{"Ижевск Казань", 0},
		{"Казань", 1},
		{"Новосибирск", 0},
	}
	for _, tt := range tests {
		res, err := st.Search(ctx, tt.q, store.SearchOptions{})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.q, err)
			continue
		}
		if len(res.Documents) != tt.want {
			t.Errorf("Search(%q) found %d documents, want %d", tt.q, len(res.Documents), tt.want)
		}
	}
	if res, err := st.Search(ctx, "ижевск", store.SearchOptions{Limit: 1}); err != nil || len(res.Documents) != 1 {
		t.Errorf("Search with limit 1: %+v, %v", res, err)
	}

	// Entities are found by name and by alias, the most documented first.
	put(t, st, commission(t), store.Meta{})
	d2 := NewDoc(t, "Дмитрий Шугаев встретился с журналистами. Дмитрием Шугаевым довольны.",
		[]Ent{{"E1", "PERSON", "Дмитрий Шугаев", []string{"Дмитрий Шугаев", "Дмитрием Шугаевым"}}}, nil, nil)
	put(t, st, d2, store.Meta{})
	put(t, st, NewDoc(t, "Шугаевский район.", []Ent{{"E1", "DISTRICT", "Шугаевский район", []string{"Шугаевский район"}}}, nil, nil), store.Meta{})
	for _, q := range []string{"Шугаев", "шугаевым", "Дмитрий Шуга"} {
		res, err := st.Search(ctx, q, store.SearchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Entities) == 0 || res.Entities[0].Name != "Дмитрий Шугаев" || res.Entities[0].DocCount != 2 {
			t.Errorf("Search(%q).Entities = %+v, want Дмитрий Шугаев (2 documents) first", q, res.Entities)
		}
	}
}

func testIdentity(t *testing.T, st store.Store) {
	ctx := context.Background()
	tests := []struct {
		typ, name1, name2 string
		merged            bool
	}{
		{"PERSON", "Дмитрий Шугаев", "Дмитрий Шугаев", true},
		{"PERSON", "Анна Каренина", "анна  КАРЕНИНА", true},
		{"PERSON", "Пётр Алексеев", "Петр Алексеев", true},
		{"PERSON", "Шугаев", "Шугаев", false},
		{"PERSON", "В. Шугаев", "В. Шугаев", false},
		{"ORGANIZATION", "Ростех", "«Ростех»", true},
		{"COUNTRY", "Киргизия", "Киргизия", true},
		{"DATE", "2024 год", "2024 год", false},
		{"PROFESSION", "министр", "министр", false},
		{"ORGANIZATION", "ЕС", "ЕС", false},
		{"ORGANIZATION", "Ижевск", "Ижевск", true},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprintf("%s %s", tt.typ, tt.name1), func(t *testing.T) {
			var ids []int64
			for j, name := range []string{tt.name1, tt.name2} {
				text := fmt.Sprintf("Случай %d, документ %d: %s.", i, j, name)
				r := put(t, st, NewDoc(t, text, []Ent{{"E1", tt.typ, name, []string{name}}}, nil, nil), store.Meta{})
				p, err := st.Document(ctx, r.ID)
				if err != nil {
					t.Fatal(err)
				}
				if len(p.Entities) != 1 {
					t.Fatalf("document has %d entities", len(p.Entities))
				}
				ids = append(ids, p.Entities[0].ID)
			}
			if got := ids[0] == ids[1]; got != tt.merged {
				t.Errorf("merged = %v, want %v", got, tt.merged)
			}
			e, err := st.Entity(ctx, ids[0])
			if err != nil {
				t.Fatal(err)
			}
			key, _ := store.IdentityKey(tt.typ, tt.name1)
			if tt.merged {
				if e.Key != key || len(e.Sources) != 2 || e.DocCount != 2 || e.MentionCount != 2 {
					t.Errorf("merged entity: %+v", e)
				}
				for _, s := range e.Sources {
					if s.Key != key || !strings.Contains(s.Reason, key) {
						t.Errorf("source %+v does not explain the merge on %q", s, key)
					}
				}
			} else {
				if e.Key != "" || len(e.Sources) != 1 || !strings.Contains(e.Sources[0].Reason, "stays in its document") {
					t.Errorf("per-document entity: %+v", e)
				}
			}
		})
	}
	// Two names of one key in one document count the document once.
	r := put(t, st, NewDoc(t, "Дмитрий Шугаев и снова ДМИТРИЙ ШУГАЕВ.",
		[]Ent{{"E1", "PERSON", "Дмитрий Шугаев", []string{"Дмитрий Шугаев"}}, {"E2", "PERSON", "ДМИТРИЙ ШУГАЕВ", []string{"ДМИТРИЙ ШУГАЕВ"}}}, nil, nil), store.Meta{})
	p, err := st.Document(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Entities) != 1 || p.Entities[0].DocCount != 3 || p.Entities[0].MentionCount != 4 {
		t.Errorf("entities of a document with one key twice: %+v", p.Entities)
	}
}

func testEntityPage(t *testing.T, st store.Store) {
	ctx := context.Background()
	r1 := put(t, st, commission(t), store.Meta{Title: "one"})
	d2 := NewDoc(t, "Дмитрий Шугаев посетил Ростех в Москве.",
		[]Ent{{"E1", "PERSON", "Дмитрий Шугаев", []string{"Дмитрий Шугаев"}}, {"E2", "ORGANIZATION", "Ростех", []string{"Ростех"}},
			{"E3", "CITY", "Москве", []string{"Москве"}}},
		[]doc.Relation{{Type: "WORKPLACE", Head: "E1", Tail: "E2", Evidence: doc.Span{Start: 0, End: 29}}},
		[]doc.Event{{ID: "V1", Type: "VISIT", Trigger: doc.Trigger{Span: doc.Span{Start: 15, End: 22}, Text: "посетил"},
			Place: "E3", Participants: []string{"E1", "E2"}}, {ID: "V2", Type: "OTHER", Trigger: doc.Trigger{Span: doc.Span{Start: 0, End: 1}, Text: "Д"}, Place: "где-то"}})
	r2 := put(t, st, d2, store.Meta{Title: "two"})
	p, err := st.Document(ctx, r2.ID)
	if err != nil {
		t.Fatal(err)
	}
	var shugaev int64
	for _, e := range p.Entities {
		if e.Type == "PERSON" {
			shugaev = e.ID
		}
	}
	e, err := st.Entity(ctx, shugaev)
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Дмитрий Шугаев" || e.DocCount != 2 || e.MentionCount != 3 || len(e.Mentions) != 3 || len(e.Sources) != 2 {
		t.Errorf("entity = %+v", e.Entity)
	}
	if !slices.Contains(e.Aliases, "Шугаев") {
		t.Errorf("aliases %q lack Шугаев", e.Aliases)
	}
	if len(e.Documents) != 2 || e.Documents[0].ID != r2.ID || e.Documents[1].ID != r1.ID {
		t.Errorf("documents = %+v", e.Documents)
	}
	for _, m := range e.Mentions {
		if m.EntityID != shugaev {
			t.Errorf("mention %+v of another entity", m)
		}
	}
	if len(e.Relations) != 2 {
		t.Errorf("relations = %+v, want 2 (one per document)", e.Relations)
	}
	if len(e.Events) != 2 {
		t.Fatalf("events = %+v, want MEETING and VISIT", e.Events)
	}
	for _, v := range e.Events {
		if v.Type == "VISIT" && (len(v.Participants) != 2 || v.Place == nil || v.Place.Name != "Москве") {
			t.Errorf("VISIT = %+v", v)
		}
	}
	if len(p.Events) != 2 || p.Events[1].PlaceText != "где-то" || p.Events[1].Place != nil {
		t.Errorf("event with a place that is no entity: %+v", p.Events)
	}
}

// chain stores A→B (doc 1), B→C (doc 2), C→D (doc 3); B and C merge across
// documents. It returns the entity IDs of A, B, C, D.
func chain(t *testing.T, st store.Store) [4]int64 {
	names := []string{"Анна Иванова", "Борис Петров", "Вера Сидорова", "Глеб Орлов"}
	var ids [4]int64
	for i := 0; i < 3; i++ {
		a, b := names[i], names[i+1]
		text := a + " работает с " + b + "."
		r := put(t, st, NewDoc(t, text, []Ent{{"E1", "PERSON", a, []string{a}}, {"E2", "PERSON", b, []string{b}}},
			[]doc.Relation{{Type: "KNOWS", Head: "E1", Tail: "E2", Evidence: doc.Span{Start: 0, End: utf8.RuneCountInString(text)}}}, nil), store.Meta{})
		p, err := st.Document(context.Background(), r.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Entities {
			ids[slices.Index(names, e.Name)] = e.ID
		}
	}
	return ids
}

func testNeighbourhood(t *testing.T, st store.Store) {
	ctx := context.Background()
	ids := chain(t, st)
	a, b, c, d := ids[0], ids[1], ids[2], ids[3]
	tests := []struct {
		root  int64
		depth int
		nodes []int64
		edges int
	}{
		{a, 1, []int64{a, b}, 1},
		{a, 2, []int64{a, b, c}, 2},
		{b, 1, []int64{a, b, c}, 2},
		{b, 2, []int64{a, b, c, d}, 3},
		{d, 1, []int64{c, d}, 1},
	}
	for _, tt := range tests {
		g, err := st.Neighbourhood(ctx, tt.root, tt.depth)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, n := range g.Nodes {
			got = append(got, n.ID)
			if n.ID == tt.root && n.Hops != 0 {
				t.Errorf("root at %d hops", n.Hops)
			}
			if n.Hops > tt.depth {
				t.Errorf("node %d at %d hops, depth %d", n.ID, n.Hops, tt.depth)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.nodes) || len(g.Edges) != tt.edges || g.Nodes[0].ID != tt.root {
			t.Errorf("Neighbourhood(%d, %d): nodes %v, %d edges; want %v, %d", tt.root, tt.depth, got, len(g.Edges), tt.nodes, tt.edges)
		}
		for _, e := range g.Edges {
			if e.Type != "KNOWS" || e.Count != 1 {
				t.Errorf("edge %+v", e)
			}
		}
	}
	for _, depth := range []int{0, 3, -1} {
		_, err := st.Neighbourhood(ctx, a, depth)
		wantCode(t, fmt.Sprintf("depth %d", depth), err, store.EINVALID)
	}
	_, err := st.Neighbourhood(ctx, 1<<40, 1)
	wantCode(t, "unknown root", err, store.ENOTFOUND)
}

func testUnmerge(t *testing.T, st store.Store) {
	ctx := context.Background()
	ids := chain(t, st)
	b := ids[1] // Борис Петров: in documents 1 and 2
	e, err := st.Entity(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Sources) != 2 || e.Key == "" {
		t.Fatalf("Борис Петров not merged: %+v", e)
	}
	out, err := st.Unmerge(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[0] != b {
		t.Fatalf("Unmerge = %v", out)
	}
	kept, err := st.Entity(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	split, err := st.Entity(ctx, out[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []*store.EntityPage{kept, split} {
		if len(x.Sources) != 1 || x.DocCount != 1 || x.MentionCount != 1 || len(x.Mentions) != 1 || len(x.Relations) != 1 || x.Key != "" ||
			x.Totals != (store.Totals{Sources: 1, Mentions: 1, Relations: 1, Documents: 1}) {
			t.Errorf("after unmerge: %+v", x)
		}
		if x.Name != "Борис Петров" {
			t.Errorf("name after unmerge %q", x.Name)
		}
	}
	if kept.Sources[0].DocID == split.Sources[0].DocID {
		t.Errorf("both halves in document %d", kept.Sources[0].DocID)
	}
	if !strings.Contains(split.Sources[0].Reason, "split") {
		t.Errorf("split source reason %q", split.Sources[0].Reason)
	}
	// The graph is cut where the merge was.
	g, err := st.Neighbourhood(ctx, ids[0], 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 2 {
		t.Errorf("after unmerge, A's 2-hop graph has %d nodes, want 2", len(g.Nodes))
	}
	// Search finds both halves.
	res, err := st.Search(ctx, "Борис Петров", store.SearchOptions{})
	if err != nil || len(res.Entities) != 2 {
		t.Errorf("Search after unmerge: %+v, %v", res, err)
	}
	// The key is blocked: a new document does not merge on it.
	r := put(t, st, NewDoc(t, "Борис Петров снова здесь.", []Ent{{"E1", "PERSON", "Борис Петров", []string{"Борис Петров"}}}, nil, nil), store.Meta{})
	p, err := st.Document(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if id := p.Entities[0].ID; id == b || id == out[1] {
		t.Errorf("new document merged into unmerged entity %d", id)
	}
	_, err = st.Unmerge(ctx, b)
	wantCode(t, "second unmerge", err, store.ECONFLICT)
	_, err = st.Unmerge(ctx, 1<<40)
	wantCode(t, "unknown entity", err, store.ENOTFOUND)
}

func testUnmergePartial(t *testing.T, st store.Store) {
	ctx := context.Background()
	var docs []int64
	for i := 0; i < 3; i++ {
		text := fmt.Sprintf("Выпуск %d. Ольга Смирнова выступила. Ольга Смирнова ушла.", i)
		docs = append(docs, put(t, st, NewDoc(t, text,
			[]Ent{{"E1", "PERSON", "Ольга Смирнова", []string{"Ольга Смирнова", "Ольга Смирнова"}}}, nil, nil), store.Meta{}).ID)
	}
	p, err := st.Document(ctx, docs[0])
	if err != nil {
		t.Fatal(err)
	}
	id := p.Entities[0].ID
	_, err = st.Unmerge(ctx, id, 1<<40)
	wantCode(t, "unmerge a document that is no source", err, store.EINVALID)
	out, err := st.Unmerge(ctx, id, docs[1])
	if err != nil {
		t.Fatal(err)
	}
	e, err := st.Entity(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || e.DocCount != 2 || e.MentionCount != 4 || e.Key == "" {
		t.Errorf("after a partial unmerge: %v, %+v", out, e.Entity)
	}
	// The rest stays merged and keeps merging.
	r := put(t, st, NewDoc(t, "Ольга Смирнова вернулась.", []Ent{{"E1", "PERSON", "Ольга Смирнова", []string{"Ольга Смирнова"}}}, nil, nil), store.Meta{})
	p, err = st.Document(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Entities[0].ID != id || p.Entities[0].DocCount != 3 {
		t.Errorf("after a partial unmerge a new document went to %+v, want entity %d", p.Entities[0], id)
	}
	// Splitting off every document is a full unmerge.
	out, err = st.Unmerge(ctx, id, docs[0], docs[2], r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 {
		t.Errorf("full unmerge by documents = %v, want 3 entities", out)
	}
}

func testNotFound(t *testing.T, st store.Store) {
	ctx := context.Background()
	_, err := st.Document(ctx, 42)
	wantCode(t, "Document", err, store.ENOTFOUND)
	_, err = st.Entity(ctx, 42)
	wantCode(t, "Entity", err, store.ENOTFOUND)
	_, err = st.DocumentIDByHash(ctx, store.Hash("nothing"))
	wantCode(t, "DocumentIDByHash", err, store.ENOTFOUND)
	_, err = st.Documents(ctx, store.ListOptions{Limit: -1})
	wantCode(t, "Documents(limit -1)", err, store.EINVALID)
	_, err = st.Documents(ctx, store.ListOptions{Offset: -1})
	wantCode(t, "Documents(offset -1)", err, store.EINVALID)
	list, err := st.Documents(ctx, store.ListOptions{Limit: store.MaxLimit + 1})
	if err != nil || list.Total != 0 || list.Documents == nil {
		t.Errorf("Documents on an empty store = %+v, %v", list, err)
	}
	res, err := st.Search(ctx, "ничего", store.SearchOptions{})
	if err != nil || len(res.Documents) != 0 || res.Documents == nil || res.Entities == nil {
		t.Errorf("Search on an empty store = %+v, %v", res, err)
	}
}

func testConcurrent(t *testing.T, st store.Store) {
	ctx := context.Background()
	const n = 16
	var wg sync.WaitGroup
	results := make([]store.PutResult, 2*n)
	errs := make([]error, 2*n)
	for i := 0; i < 2*n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := i % n // every text twice
			text := fmt.Sprintf("Новость %d: Дмитрий Шугаев в Ижевске.", k)
			d := NewDoc(t, text, []Ent{{"E1", "PERSON", "Дмитрий Шугаев", []string{"Дмитрий Шугаев"}}}, nil, nil)
			results[i], errs[i] = st.PutDocument(ctx, d, store.Meta{})
			if errs[i] == nil {
				_, errs[i] = st.Search(ctx, "Шугаев", store.SearchOptions{})
			}
		}()
	}
	wg.Wait()
	stored := 0
	for i, err := range errs {
		if err != nil {
			t.Fatalf("put %d: %v", i, err)
		}
		if !results[i].Existing {
			stored++
		}
	}
	if stored != n {
		t.Errorf("%d documents stored, want %d", stored, n)
	}
	res, err := st.Search(ctx, "Шугаев", store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 1 || res.Entities[0].DocCount != n || res.Entities[0].MentionCount != n {
		t.Errorf("entities after concurrent puts: %+v", res.Entities)
	}
}
