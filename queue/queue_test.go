package queue_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/factgraph/queue"
	"github.com/factgraph/factgraph/queue/queuetest"
	"github.com/factgraph/factgraph/store"
)

// next pulls a message, failing the test when none comes within 10 s.
func next(t *testing.T, c *queue.Consumer) *queue.Delivery {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		d, err := c.Next(time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if d != nil {
			return d
		}
	}
	t.Fatal("no message within 10 s")
	return nil
}

func waitInfo(t *testing.T, q *queue.Queue, ok func(queue.Info) bool) queue.Info {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		in, err := q.Info(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if ok(in) {
			return in
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue state %+v not reached within 10 s", in)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestPublishConsume(t *testing.T) {
	cfg := queuetest.Config(t, queuetest.URL(t))
	cfg.AckWait = 2 * time.Second
	q := queuetest.Open(t, cfg)
	ctx := context.Background()

	a := queue.NewDoc([]byte("Первый текст."), store.Meta{Title: "Первый", Source: "a"})
	b := queue.NewDoc([]byte("Второй текст."), store.Meta{Source: "b"})
	for i, c := range []struct {
		d   queue.Doc
		dup bool
	}{{a, false}, {b, false}, {a, true}} {
		res, err := q.Publish(ctx, c.d)
		if err != nil || res.Duplicate != c.dup {
			t.Fatalf("publish %d: %+v, %v; want duplicate %v", i, res, err, c.dup)
		}
	}
	if in, err := q.Info(ctx); err != nil || in.Messages != 2 {
		t.Fatalf("info: %+v, %v; want 2 messages", in, err)
	}
	// A second Open of the same stream keeps its messages.
	q2 := queuetest.Open(t, cfg)
	c, err := q2.Consumer(ctx, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	d1 := next(t, c)
	if d1.Err != nil || string(d1.Doc.Text) != string(a.Text) || d1.Doc.Meta != a.Meta || d1.NumDelivered != 1 {
		t.Fatalf("first delivery: %+v", d1)
	}
	if err := d1.Ack(ctx); err != nil {
		t.Fatal(err)
	}
	d2 := next(t, c)
	if d2.Doc.Hash != b.Hash {
		t.Fatalf("second delivery: %+v", d2)
	}
	// A negative acknowledgement brings it back.
	if err := d2.Nak(0); err != nil {
		t.Fatal(err)
	}
	d3 := next(t, c)
	if d3.Doc.Hash != b.Hash || d3.NumDelivered != 2 {
		t.Fatalf("redelivery: hash %s, delivered %d", d3.Doc.Hash, d3.NumDelivered)
	}
	// Not acknowledged within the ack wait: delivered again.
	d4 := next(t, c)
	if d4.Doc.Hash != b.Hash || d4.NumDelivered != 3 {
		t.Fatalf("redelivery after the ack wait: hash %s, delivered %d", d4.Doc.Hash, d4.NumDelivered)
	}
	if err := d4.Ack(ctx); err != nil {
		t.Fatal(err)
	}
	waitInfo(t, q, func(in queue.Info) bool { return in.Messages == 0 && in.AckPending == 0 })
	// Within the duplicate window, a text already consumed is not queued again.
	if res, err := q.Publish(ctx, a); err != nil || !res.Duplicate {
		t.Fatalf("republish after ack: %+v, %v", res, err)
	}
}

func TestPoisonAndTerm(t *testing.T) {
	cfg := queuetest.Config(t, queuetest.URL(t))
	q := queuetest.Open(t, cfg)
	ctx := context.Background()
	bad := queue.Doc{Text: []byte("abc\xff"), Hash: store.Hash("abc\xff")}
	big := queue.NewDoc([]byte(strings.Repeat("слово ", 100)), store.Meta{})
	for _, d := range []queue.Doc{bad, big} {
		if _, err := q.Publish(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	c, err := q.Consumer(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"not valid UTF-8", "too large"} {
		d := next(t, c)
		if !queue.IsPoison(d.Err) || !strings.Contains(d.Err.Error(), want) {
			t.Fatalf("delivery: %v, want poison %q", d.Err, want)
		}
		if err := d.Term(d.Err.Error()); err != nil {
			t.Fatal(err)
		}
	}
	waitInfo(t, q, func(in queue.Info) bool { return in.Messages == 0 && in.AckPending == 0 })
	if d, err := c.Next(300 * time.Millisecond); d != nil || err != nil {
		t.Fatalf("after Term: %+v, %v", d, err)
	}
}

func TestOpenErrors(t *testing.T) {
	if _, err := queue.Open(context.Background(), queue.Config{URL: "postgres://x"}); err == nil || !strings.Contains(err.Error(), "not a NATS URL") {
		t.Errorf("postgres URL: %v", err)
	}
	_, err := queue.Open(context.Background(), queue.Config{URL: "nats://u:pw@127.0.0.1:1", Timeout: time.Second})
	if err == nil || strings.Contains(err.Error(), "pw") {
		t.Errorf("unreachable server: %v", err)
	}
}

func TestMaxPayload(t *testing.T) {
	q := queuetest.Open(t, queuetest.Config(t, queuetest.URL(t)))
	max := q.Conn().MaxPayload()
	d := queue.NewDoc([]byte(strings.Repeat("a", int(max))), store.Meta{})
	if _, err := q.Publish(context.Background(), d); err == nil || !strings.Contains(err.Error(), "max_payload") {
		t.Errorf("publish of %d bytes: %v", max, err)
	}
}
