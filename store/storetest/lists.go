package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
)

// The store-wide lists (Entities, Relations, Events, Mentions, Sources,
// Documents of an entity) and the paging of the entity page.

func testEntities(t *testing.T, st store.Store) {
	ctx := context.Background()
	put(t, st, commission(t), store.Meta{})
	put(t, st, NewDoc(t, "Дмитрий Шугаев и Ростех. Ростех, Ростех и Дмитрий Шугаев.",
		[]Ent{{"E1", "PERSON", "Дмитрий Шугаев", []string{"Дмитрий Шугаев", "Дмитрий Шугаев"}},
			{"E2", "ORGANIZATION", "Ростех", []string{"Ростех", "Ростех", "Ростех"}}}, nil, nil), store.Meta{})
	put(t, st, NewDoc(t, "Анна Каренина.", []Ent{{"E1", "PERSON", "Анна Каренина", []string{"Анна Каренина"}}}, nil, nil), store.Meta{})
	l, err := st.Entities(ctx, store.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	names := func(es []store.Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	// Шугаев: 2 documents, 4 mentions; Ростех: 2 documents, 4 mentions
	// (ties go by ID: Шугаев first); Ижевске and Каренина: 1 and 1.
	if want := []string{"Дмитрий Шугаев", "Ростех", "Ижевске", "Анна Каренина"}; l.Total != 4 || !slices.Equal(names(l.Entities), want) {
		t.Errorf("Entities = %d %v, want 4 %v", l.Total, names(l.Entities), want)
	}
	l, err = st.Entities(ctx, store.EntityFilter{Type: "PERSON", ListOptions: store.ListOptions{Limit: 1, Offset: 1}})
	if err != nil || l.Total != 2 || !slices.Equal(names(l.Entities), []string{"Анна Каренина"}) {
		t.Errorf("Entities(PERSON, page 2 of 1) = %+v, %v", l, err)
	}
	l, err = st.Entities(ctx, store.EntityFilter{Order: store.OrderDocuments, ListOptions: store.ListOptions{Limit: 2}})
	if err != nil || l.Total != 4 || len(l.Entities) != 2 || l.Entities[0].DocCount != 2 || l.Entities[1].DocCount != 2 {
		t.Errorf("Entities(by documents) = %+v, %v", l, err)
	}
	types, err := st.EntityTypes(ctx)
	if want := []store.TypeCount{{Type: "PERSON", Count: 2}, {Type: "CITY", Count: 1}, {Type: "ORGANIZATION", Count: 1}}; err != nil || !slices.Equal(types, want) {
		t.Errorf("EntityTypes = %v, %v; want %v", types, err, want)
	}
	l, err = st.Entities(ctx, store.EntityFilter{Type: "NOTHING"})
	if err != nil || l.Total != 0 || l.Entities == nil {
		t.Errorf("Entities(NOTHING) = %+v, %v", l, err)
	}
	for _, f := range []store.EntityFilter{{Order: "name"}, {ListOptions: store.ListOptions{Limit: -1}},
		{ListOptions: store.ListOptions{Offset: -1}}, {Type: strings.Repeat("X", 100)}, {Type: "A\x00"}} {
		_, err := st.Entities(ctx, f)
		wantCode(t, fmt.Sprintf("Entities(%+v)", f), err, store.EINVALID)
	}
}

func testRelationList(t *testing.T, st store.Store) {
	ctx := context.Background()
	r1 := put(t, st, commission(t), store.Meta{})
	text := "Анна Каренина знает Дмитрия Шугаева. Анна Каренина работает в Ростехе."
	r2 := put(t, st, NewDoc(t, text,
		[]Ent{{"E1", "PERSON", "Анна Каренина", []string{"Анна Каренина", "Анна Каренина"}},
			{"E2", "PERSON", "Дмитрий Шугаев", []string{"Дмитрия Шугаева"}}, {"E3", "ORGANIZATION", "Ростех", []string{"Ростехе"}}},
		[]doc.Relation{{Type: "KNOWS", Head: "E1", Tail: "E2", Evidence: SpanOf(t, text, "Анна Каренина знает Дмитрия Шугаева")},
			{Type: "WORKPLACE", Head: "E1", Tail: "E3", Evidence: SpanOf(t, text, "работает в Ростехе")}}, nil), store.Meta{})
	shugaev := entityNamed(t, st, r1.ID, "Дмитрий Шугаев")
	all, err := st.Relations(ctx, store.FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != 3 || len(all.Relations) != 3 || all.Relations[0].DocID != r2.ID || all.Relations[2].DocID != r1.ID {
		t.Fatalf("Relations = %+v, want 3, newest document first", all)
	}
	if ev := all.Relations[0].EvidenceText; ev != "Анна Каренина знает Дмитрия Шугаева" {
		t.Errorf("evidence %q, want the text of its span", ev)
	}
	tests := []struct {
		f     store.FactFilter
		total int
		types []string
	}{
		{store.FactFilter{Entity: shugaev}, 2, []string{"KNOWS", "WORKPLACE"}},
		{store.FactFilter{Entity: shugaev, ListOptions: store.ListOptions{Limit: 1, Offset: 1}}, 2, []string{"WORKPLACE"}},
		{store.FactFilter{Doc: r2.ID}, 2, []string{"KNOWS", "WORKPLACE"}},
		{store.FactFilter{Type: "WORKPLACE"}, 2, []string{"WORKPLACE", "WORKPLACE"}},
		{store.FactFilter{Type: "WORKPLACE", Doc: r1.ID}, 1, []string{"WORKPLACE"}},
		{store.FactFilter{Entity: shugaev, Type: "KNOWS"}, 1, []string{"KNOWS"}},
		{store.FactFilter{Type: "NONE"}, 0, nil},
	}
	for _, tt := range tests {
		l, err := st.Relations(ctx, tt.f)
		if err != nil {
			t.Errorf("Relations(%+v): %v", tt.f, err)
			continue
		}
		var types []string
		for _, r := range l.Relations {
			types = append(types, r.Type)
		}
		if l.Total != tt.total || !slices.Equal(types, tt.types) || l.Relations == nil {
			t.Errorf("Relations(%+v) = %d %v, want %d %v", tt.f, l.Total, types, tt.total, tt.types)
		}
	}
	_, err = st.Relations(ctx, store.FactFilter{Entity: 1 << 40})
	wantCode(t, "Relations of an unknown entity", err, store.ENOTFOUND)
	_, err = st.Relations(ctx, store.FactFilter{Doc: 1 << 40})
	wantCode(t, "Relations of an unknown document", err, store.ENOTFOUND)
	_, err = st.Relations(ctx, store.FactFilter{ListOptions: store.ListOptions{Offset: -1}})
	wantCode(t, "Relations(offset -1)", err, store.EINVALID)
}

// entityNamed returns the store ID of the entity of the document with the
// name.
func entityNamed(t *testing.T, st store.Store, docID int64, name string) int64 {
	t.Helper()
	p, err := st.Document(context.Background(), docID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range p.Entities {
		if e.Name == name {
			return e.ID
		}
	}
	t.Fatalf("document %d has no entity %q: %+v", docID, name, p.Entities)
	return 0
}

func testEventList(t *testing.T, st store.Store) {
	ctx := context.Background()
	dates := []string{"2024-10", "", "2024-10-12", "2023", "XXXX-10-12", "2024"}
	text := "Дмитрий Шугаев приехал в Ижевск."
	var ids []int64
	for i, date := range dates {
		d := NewDoc(t, fmt.Sprintf("%s Выпуск %d.", text, i),
			[]Ent{{"E1", "PERSON", "Дмитрий Шугаев", []string{"Дмитрий Шугаев"}}, {"E2", "CITY", "Ижевск", []string{"Ижевск"}}}, nil,
			[]doc.Event{{ID: "V1", Type: []string{"VISIT", "MEETING"}[i%2], Trigger: doc.Trigger{Span: SpanOf(t, text, "приехал"), Text: "приехал"},
				Date: date, Place: "E2", Participants: []string{"E1"}}})
		ids = append(ids, put(t, st, d, store.Meta{Title: fmt.Sprint(i)}).ID)
	}
	l, err := st.Events(ctx, store.FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range l.Events {
		got = append(got, v.Date)
	}
	// Timeline order: by date, coarser first, undated last.
	if want := []string{"2023", "2024", "2024-10", "2024-10-12", "XXXX-10-12", ""}; l.Total != 6 || !slices.Equal(got, want) {
		t.Errorf("Events dates %v (total %d), want %v", got, l.Total, want)
	}
	if len(l.Documents) != 6 || l.Documents[0].ID != ids[5] || l.Events[0].Place == nil || len(l.Events[0].Participants) != 1 {
		t.Errorf("Events: documents %+v, first event %+v", l.Documents, l.Events[0])
	}
	shugaev := entityNamed(t, st, ids[0], "Дмитрий Шугаев")
	city := entityNamed(t, st, ids[0], "Ижевск")
	tests := []struct {
		f     store.FactFilter
		dates []string
	}{
		{store.FactFilter{From: "2024-10-15"}, []string{"2024", "2024-10"}},
		{store.FactFilter{From: "2024", To: "2024"}, []string{"2024", "2024-10", "2024-10-12"}},
		{store.FactFilter{From: "2024-11"}, []string{"2024"}},
		{store.FactFilter{To: "2024-09"}, []string{"2023", "2024"}},
		{store.FactFilter{From: "2024-10-13"}, []string{"2024", "2024-10"}},
		{store.FactFilter{From: "2024-01-01", To: "2024-12-31", Type: "MEETING"}, []string{"2024"}},
		{store.FactFilter{Doc: ids[2]}, []string{"2024-10-12"}},
		{store.FactFilter{Entity: city, ListOptions: store.ListOptions{Limit: 2, Offset: 3}}, []string{"2024-10-12", "XXXX-10-12"}},
		{store.FactFilter{Entity: shugaev, From: "2023", To: "2023"}, []string{"2023"}},
	}
	for _, tt := range tests {
		l, err := st.Events(ctx, tt.f)
		if err != nil {
			t.Errorf("Events(%+v): %v", tt.f, err)
			continue
		}
		var got []string
		for _, v := range l.Events {
			got = append(got, v.Date)
		}
		if !slices.Equal(got, tt.dates) {
			t.Errorf("Events(%+v) = %v, want %v", tt.f, got, tt.dates)
		}
	}
	for _, f := range []store.FactFilter{{From: "12 октября"}, {To: "2024-1"}, {From: "2024-10-12T10:00"}} {
		_, err := st.Events(ctx, f)
		wantCode(t, fmt.Sprintf("Events(%+v)", f), err, store.EINVALID)
	}
	_, err = st.Events(ctx, store.FactFilter{Entity: 1 << 40})
	wantCode(t, "Events of an unknown entity", err, store.ENOTFOUND)
}

// testEntityPaging stores more of one entity than an entity page shows and
// pages through the rest.
func testEntityPaging(t *testing.T, st store.Store) {
	ctx := context.Background()
	const n = store.MaxEntityFacts + 5
	var docs []int64
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Выпуск %d.\nОльга Смирнова работает в Ростехе и говорит о заводе.", i)
		d := NewDoc(t, text,
			[]Ent{{"E1", "PERSON", "Ольга Смирнова", []string{"Ольга Смирнова"}}, {"E2", "ORGANIZATION", "Ростех", []string{"Ростехе"}}},
			[]doc.Relation{{Type: "WORKPLACE", Head: "E1", Tail: "E2", Evidence: SpanOf(t, text, "Ольга Смирнова работает в Ростехе")}},
			[]doc.Event{{ID: "V1", Type: "STATEMENT", Trigger: doc.Trigger{Span: SpanOf(t, text, "говорит"), Text: "говорит"},
				Participants: []string{"E1"}}})
		docs = append(docs, put(t, st, d, store.Meta{}).ID)
	}
	id := entityNamed(t, st, docs[0], "Ольга Смирнова")
	p, err := st.Entity(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := store.Totals{Sources: n, Mentions: n, Relations: n, Events: n, Documents: n}
	if p.Totals != want || len(p.Sources) != store.MaxPageSources || len(p.Mentions) != store.MaxPageMentions ||
		len(p.Relations) != store.MaxEntityFacts || len(p.Events) != store.MaxEntityFacts || len(p.Documents) != store.MaxPageDocuments {
		t.Fatalf("entity page: totals %+v, %d sources, %d mentions, %d relations, %d events, %d documents", p.Totals,
			len(p.Sources), len(p.Mentions), len(p.Relations), len(p.Events), len(p.Documents))
	}
	if p.Relations[0].DocID != docs[n-1] || p.Events[0].DocID != docs[n-1] || p.Mentions[0].DocID != docs[n-1] || p.Sources[0].DocID != docs[0] {
		t.Errorf("entity page order: relation of %d, event of %d, mention of %d, source of %d",
			p.Relations[0].DocID, p.Events[0].DocID, p.Mentions[0].DocID, p.Sources[0].DocID)
	}
	m := p.Mentions[0]
	if m.Text != "Ольга Смирнова" || m.Before != fmt.Sprintf("Выпуск %d. ", n-1) || m.After != " работает в Ростехе и говорит о заводе." {
		t.Errorf("mention in context: %+v", m)
	}
	// The rest, page by page.
	ml, err := st.Mentions(ctx, id, store.ListOptions{Limit: 10, Offset: n - 3})
	if err != nil || ml.Total != n || len(ml.Mentions) != 3 || ml.Mentions[2].DocID != docs[0] || len(ml.Documents) != 3 {
		t.Errorf("Mentions(last page) = %+v, %v", ml, err)
	}
	sl, err := st.Sources(ctx, id, store.ListOptions{Limit: 10, Offset: n - 1})
	if err != nil || sl.Total != n || len(sl.Sources) != 1 || sl.Sources[0].DocID != docs[n-1] || !strings.Contains(sl.Sources[0].Reason, "merged") {
		t.Errorf("Sources(last page) = %+v, %v", sl, err)
	}
	rl, err := st.Relations(ctx, store.FactFilter{Entity: id, ListOptions: store.ListOptions{Offset: store.MaxEntityFacts}})
	if err != nil || rl.Total != n || len(rl.Relations) != n-store.MaxEntityFacts || rl.Relations[len(rl.Relations)-1].DocID != docs[0] {
		t.Errorf("Relations(entity, second page) = %d of %d, %v", len(rl.Relations), rl.Total, err)
	}
	el, err := st.Events(ctx, store.FactFilter{Entity: id, ListOptions: store.ListOptions{Limit: store.MaxLimit}})
	if err != nil || el.Total != n || len(el.Events) != n {
		t.Errorf("Events(entity) = %d of %d, %v", len(el.Events), el.Total, err)
	}
	dl, err := st.Documents(ctx, store.ListOptions{Entity: id, Limit: 2, Offset: n - 2})
	if err != nil || dl.Total != n || len(dl.Documents) != 2 || dl.Documents[1].ID != docs[0] {
		t.Errorf("Documents(entity, last page) = %+v, %v", dl, err)
	}
	for what, err := range map[string]error{
		"Mentions": func() error { _, err := st.Mentions(ctx, 1<<40, store.ListOptions{}); return err }(),
		"Sources":  func() error { _, err := st.Sources(ctx, 1<<40, store.ListOptions{}); return err }(),
		"Documents": func() error {
			_, err := st.Documents(ctx, store.ListOptions{Entity: 1 << 40})
			return err
		}(),
	} {
		wantCode(t, what+" of an unknown entity", err, store.ENOTFOUND)
	}
	_, err = st.Mentions(ctx, id, store.ListOptions{Limit: -1})
	wantCode(t, "Mentions(limit -1)", err, store.EINVALID)
}

// testEventGraph checks that entities sharing an event are linked in the
// graph: participants to the place, and participants with one another.
func testEventGraph(t *testing.T, st store.Store) {
	ctx := context.Background()
	text := "Дмитрий Шугаев и Фанил Зиятдинов посетили Купол в Ижевске."
	r := put(t, st, NewDoc(t, text,
		[]Ent{{"E1", "PERSON", "Дмитрий Шугаев", []string{"Дмитрий Шугаев"}}, {"E2", "PERSON", "Фанил Зиятдинов", []string{"Фанил Зиятдинов"}},
			{"E3", "ORGANIZATION", "Купол", []string{"Купол"}}, {"E4", "CITY", "Ижевск", []string{"Ижевске"}}},
		[]doc.Relation{{Type: "LOCATED_IN", Head: "E3", Tail: "E4", Evidence: SpanOf(t, text, "Купол в Ижевске")}},
		[]doc.Event{{ID: "V1", Type: "VISIT", Trigger: doc.Trigger{Span: SpanOf(t, text, "посетили"), Text: "посетили"},
			Place: "E3", Participants: []string{"E1", "E2"}}}), store.Meta{})
	shugaev, ziyatdinov := entityNamed(t, st, r.ID, "Дмитрий Шугаев"), entityNamed(t, st, r.ID, "Фанил Зиятдинов")
	kupol, city := entityNamed(t, st, r.ID, "Купол"), entityNamed(t, st, r.ID, "Ижевск")
	g, err := st.Neighbourhood(ctx, shugaev, 1)
	if err != nil {
		t.Fatal(err)
	}
	var edges []string
	for _, e := range g.Edges {
		edges = append(edges, fmt.Sprintf("%d-%s-%d %v", e.Head, e.Type, e.Tail, e.Event))
	}
	slices.Sort(edges)
	want := []string{fmt.Sprintf("%d-VISIT-%d true", shugaev, kupol), fmt.Sprintf("%d-VISIT-%d true", shugaev, ziyatdinov)}
	slices.Sort(want)
	if !slices.Equal(edges, want) || len(g.Nodes) != 3 {
		t.Errorf("depth 1 from Шугаев: nodes %+v, edges %v; want %v", g.Nodes, edges, want)
	}
	// From the place, every participant; the relation goes on to the city.
	g, err = st.Neighbourhood(ctx, shugaev, 2)
	if err != nil {
		t.Fatal(err)
	}
	hops := map[int64]int{}
	for _, n := range g.Nodes {
		hops[n.ID] = n.Hops
	}
	if hops[kupol] != 1 || hops[ziyatdinov] != 1 || hops[city] != 2 || len(hops) != 4 {
		t.Errorf("depth 2 from Шугаев: hops %v", hops)
	}
	for _, e := range g.Edges {
		if e.Type == "LOCATED_IN" && e.Event {
			t.Errorf("relation edge marked as an event edge: %+v", e)
		}
	}
}

// contextText is long enough for mentions in context to be cut on both
// sides.
var contextText = strings.Repeat("слово ", 30) + "Ижевск" + strings.Repeat(" слово", 30)

func testMentionContext(t *testing.T, st store.Store) {
	ctx := context.Background()
	r := put(t, st, NewDoc(t, contextText, []Ent{{"E1", "CITY", "Ижевск", []string{"Ижевск"}}}, nil, nil), store.Meta{})
	l, err := st.Mentions(ctx, entityNamed(t, st, r.ID, "Ижевск"), store.ListOptions{})
	if err != nil || len(l.Mentions) != 1 {
		t.Fatalf("Mentions = %+v, %v", l, err)
	}
	m := l.Mentions[0]
	if !strings.HasPrefix(m.Before, "…слово") || !strings.HasSuffix(m.Before, "слово ") || utf8.RuneCountInString(m.Before) > store.ContextChars+1 ||
		!strings.HasPrefix(m.After, " слово") || !strings.HasSuffix(m.After, "слово…") || utf8.RuneCountInString(m.After) > store.ContextChars+1 {
		t.Errorf("context %q | %q", m.Before, m.After)
	}
}
