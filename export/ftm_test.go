package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/ftm"
)

func TestFtM(t *testing.T) {
	text := "Дмитрий Шугаев, директор ФСВТС, посетил Ижевск."
	d := &doc.Document{Source: "a.txt", Lang: "ru", Text: text,
		Entities: []doc.Entity{
			{ID: "E1", Type: "PERSON", Name: "Дмитрий Шугаев"},
			{ID: "E2", Type: "PROFESSION", Name: "директор ФСВТС"},
			{ID: "E3", Type: "ORGANIZATION", Name: "ФСВТС", Aliases: []string{"Федеральная служба по военно-техническому сотрудничеству"}},
			{ID: "E4", Type: "CITY", Name: "Ижевск"},
		},
		Relations: []doc.Relation{
			{Type: "WORKS_AS", Head: "E1", Tail: "E2", Evidence: doc.Span{Start: 0, End: 47}},
			{Type: "WORKPLACE", Head: "E1", Tail: "E3", Evidence: doc.Span{Start: 0, End: 47}},
			{Type: "WORKPLACE", Head: "E1", Tail: "E99"},
		},
		Events: []doc.Event{{ID: "V1", Type: "VISIT", Trigger: doc.Trigger{Text: "посетил"}, Date: "2024-10", Place: "E4", Participants: []string{"E1", "E9"}}},
	}
	var buf bytes.Buffer
	w := NewWriter(&buf, FtM, Options{})
	for range 2 {
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	byID := map[string]ftm.Entity{}
	lines := 0
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		var e ftm.Entity
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		if !strings.HasPrefix(e.ID, "fg-") || e.Schema == "" {
			t.Errorf("bad entity %+v", e)
		}
		byID[e.ID] = e
		lines++
	}
	// the same document twice: the same IDs twice
	if lines != 2*len(byID) {
		t.Errorf("%d lines, %d distinct IDs", lines, len(byID))
	}
	schemas := map[string]ftm.Entity{}
	for _, e := range byID {
		schemas[e.Schema] = e
	}
	person, ok := schemas["Person"]
	if !ok || person.Properties["name"][0] != "Дмитрий Шугаев" || person.Properties["position"][0] != "директор ФСВТС" {
		t.Errorf("person %+v", person)
	}
	job, ok := schemas["Employment"]
	if !ok || job.Properties["employee"][0] != person.ID || job.Properties["summary"][0] != text {
		t.Errorf("employment %+v", job)
	}
	ev, ok := schemas["Event"]
	if !ok || ev.Properties["date"][0] != "2024-10" || len(ev.Properties["involved"]) != 1 || ev.Properties["location"][0] != "Ижевск" {
		t.Errorf("event %+v", ev)
	}
	if a, ok := schemas["Article"]; !ok || a.Properties["bodyText"][0] != text {
		t.Errorf("article %+v", a)
	}
}
