package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/queue"
)

// fakeQueue records what is published; it reports a text published twice
// as a duplicate, as JetStream does within its window.
type fakeQueue struct {
	docs []queue.Doc
	seen map[string]bool
	fail error
}

func (q *fakeQueue) Publish(_ context.Context, d queue.Doc) (queue.PublishResult, error) {
	if q.fail != nil {
		return queue.PublishResult{}, q.fail
	}
	if q.seen == nil {
		q.seen = map[string]bool{}
	}
	if q.seen[d.Hash] {
		return queue.PublishResult{Duplicate: true}, nil
	}
	q.seen[d.Hash] = true
	q.docs = append(q.docs, d)
	return queue.PublishResult{Seq: uint64(len(q.docs))}, nil
}

func TestPublish(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "\uFEFFПервый текст.\nВторая строка.")
	write("b.txt", "Второй текст.")
	write("c.txt", "Первый текст.\nВторая строка.") // a's text without the BOM
	write("bad.txt", "не UTF-8 \xff")
	write("empty.txt", "")
	write("d.jsonl", `{"text":"Из JSON.","title":"Заголовок","url":"https://example.org/1","date":"2024-10-12","source":"feed/1"}`+"\n{}\n")
	var q fakeQueue
	var log strings.Builder
	// The directory gives its .txt files; the JSON Lines file is named.
	stats, err := Publish(context.Background(), &q, []string{dir, filepath.Join(dir, "d.jsonl")}, Options{Progress: &log})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Read != 7 || stats.Stored != 3 || stats.Duplicates != 1 || stats.Failed != 3 {
		t.Errorf("stats %+v, want 7 read, 3 published, 1 duplicate, 3 failed\n%s", stats, log.String())
	}
	if len(q.docs) != 3 || strings.HasPrefix(string(q.docs[0].Text), "\uFEFF") || q.docs[0].Meta.Title != "Первый текст." {
		t.Fatalf("published %+v", q.docs)
	}
	j := q.docs[2]
	if j.Meta.Title != "Заголовок" || j.Meta.Source != "feed/1" || j.Meta.Date != "2024-10-12" || string(j.Text) != "Из JSON." {
		t.Errorf("JSON Lines document: %+v", j)
	}
	for _, want := range []string{"bad.txt: text is not valid UTF-8", "empty text", `no "text" field`, "published"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
	for _, d := range q.docs {
		if _, err := queue.Decode(queue.Encode(d), 0); err != nil {
			t.Errorf("published document does not decode: %v", err)
		}
	}

	// A failing queue stops the run with an error.
	_, err = Publish(context.Background(), &fakeQueue{fail: errors.New("down")}, []string{dir}, Options{})
	if err == nil || !strings.Contains(err.Error(), "down") {
		t.Errorf("failing queue: %v", err)
	}
}
