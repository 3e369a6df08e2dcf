// Package queue is factgraph's work queue on NATS JetStream: `factgraph
// ingest --queue` publishes documents to it and any number of `factgraph
// worker` processes, on any machine, pull them, extract and store them
// (package worker).
//
// The queue is a JetStream stream with work-queue retention kept in files
// (it survives a restart of the server) and one durable pull consumer
// shared by all workers. Each message is one document (see Encode): its
// message ID is the SHA-256 of its text, so publishing a text again within
// the stream's duplicate window is a no-op, and the store's own hash check
// covers the time after. Delivery is at least once: a worker acknowledges a
// message only after the store has committed the document, a message not
// acknowledged within the ack wait (a worker killed, a network cut) is
// delivered again, and a failed one is negatively acknowledged with a
// delay. Storing is idempotent (store.Store.PutDocument keys documents by
// hash), so every published text is stored exactly once.
package queue

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/factgraph/factgraph/internal/wait"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults of Config.
const (
	DefaultStream      = "FACTGRAPH"
	DefaultSubject     = "factgraph.documents"
	DefaultConsumer    = "workers"
	DefaultDedupWindow = 24 * time.Hour
	DefaultAckWait     = 30 * time.Second
	DefaultMaxPending  = 1000
	DefaultTimeout     = 10 * time.Second
	DefaultRetryFor    = time.Minute
)

// Config names the server, the stream and the consumer. The zero value of
// every field but URL takes the default above.
type Config struct {
	// URL is the NATS server: nats://host:4222 (several separated by
	// commas), with user:password@ or a token in it if the server asks.
	URL string
	// Name is the client's connection name, shown by the server's
	// monitoring.
	Name string
	// Stream, Subject and Consumer name the JetStream stream, the subject
	// documents are published on and the durable consumer of the workers.
	Stream   string
	Subject  string
	Consumer string
	// DedupWindow is how long the stream remembers message IDs: the same
	// text published again within it is dropped by the server.
	DedupWindow time.Duration
	// AckWait is how long the server waits for a worker's acknowledgement
	// before delivering a message again. Workers send progress while they
	// work on a document, so a long document does not reach it; a killed
	// worker's message is delivered again after it.
	AckWait time.Duration
	// MaxAckPending caps the messages delivered and not yet acknowledged,
	// across all workers.
	MaxAckPending int
	// Timeout bounds connecting and each request to the server.
	Timeout time.Duration
	// RetryFor is how long Publish keeps trying while the server does not
	// answer (restarting, JetStream not ready).
	RetryFor time.Duration
}

func (c *Config) defaults() {
	if c.Name == "" {
		c.Name = "factgraph"
	}
	if c.Stream == "" {
		c.Stream = DefaultStream
	}
	if c.Subject == "" {
		c.Subject = DefaultSubject
	}
	if c.Consumer == "" {
		c.Consumer = DefaultConsumer
	}
	if c.DedupWindow <= 0 {
		c.DedupWindow = DefaultDedupWindow
	}
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxAckPending <= 0 {
		c.MaxAckPending = DefaultMaxPending
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.RetryFor <= 0 {
		c.RetryFor = DefaultRetryFor
	}
}

// IsURL reports whether spec names a NATS server.
func IsURL(spec string) bool {
	return strings.HasPrefix(spec, "nats://") || strings.HasPrefix(spec, "tls://")
}

// Queue is a connection to the queue's stream. It is safe for concurrent
// use.
type Queue struct {
	cfg    Config
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
}

// Open connects to the server and creates the stream if it does not exist
// (or updates its duplicate window). The connection reconnects by itself,
// forever, when the server goes away.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	cfg.defaults()
	if !IsURL(strings.Split(cfg.URL, ",")[0]) {
		return nil, fmt.Errorf("queue: %q is not a NATS URL (nats://host:4222)", Redact(cfg.URL))
	}
	nc, err := nats.Connect(cfg.URL,
		nats.Name(cfg.Name),
		nats.Timeout(cfg.Timeout),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250*time.Millisecond),
		nats.ReconnectJitter(100*time.Millisecond, time.Second),
		nats.ReconnectBufSize(-1), // fail publishes while disconnected; Publish retries
	)
	if err != nil {
		return nil, fmt.Errorf("queue: connect to %s: %w", Redact(cfg.URL), err)
	}
	q := &Queue{cfg: cfg, nc: nc}
	if q.js, err = jetstream.New(nc, jetstream.WithDefaultTimeout(cfg.Timeout)); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	q.stream, err = q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        cfg.Stream,
		Description: "factgraph: documents waiting for a worker",
		Subjects:    []string{cfg.Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.DedupWindow,
		Discard:     jetstream.DiscardOld,
		Replicas:    1,
	})
	if err != nil {
		nc.Close()
		if errors.Is(err, jetstream.ErrJetStreamNotEnabled) || errors.Is(err, nats.ErrNoResponders) {
			return nil, fmt.Errorf("queue: %s does not have JetStream enabled (start nats-server with -js): %w", Redact(cfg.URL), err)
		}
		return nil, fmt.Errorf("queue: create stream %s: %w", cfg.Stream, err)
	}
	return q, nil
}

// Config returns the configuration with its defaults filled.
func (q *Queue) Config() Config { return q.cfg }

// Conn returns the NATS connection.
func (q *Queue) Conn() *nats.Conn { return q.nc }

// Close flushes what is buffered (acknowledgements) and closes the
// connection.
func (q *Queue) Close() error {
	if q.nc.IsClosed() {
		return nil
	}
	if err := q.nc.FlushTimeout(q.cfg.Timeout); err != nil && q.nc.IsConnected() {
		q.nc.Close()
		return err
	}
	q.nc.Close()
	return nil
}

// PublishResult tells what Publish did.
type PublishResult struct {
	// Seq is the message's sequence number in the stream.
	Seq uint64
	// Duplicate is set when the stream already had a message with the same
	// hash within its duplicate window: nothing new was queued.
	Duplicate bool
}

// Publish puts d on the queue with its hash as message ID. While the
// server does not answer (a restart, a network cut) it tries again, with
// growing pauses, for Config.RetryFor; the message ID makes a retry of a
// publish that did reach the server a no-op. A document larger than the
// server's max_payload is refused.
func (q *Queue) Publish(ctx context.Context, d Doc) (PublishResult, error) {
	body := Encode(d)
	if max := q.nc.MaxPayload(); max > 0 && int64(len(body)) > max {
		return PublishResult{}, fmt.Errorf("queue: message of %d bytes is larger than the server's max_payload of %d bytes", len(body), max)
	}
	msg := &nats.Msg{Subject: q.cfg.Subject, Data: body, Header: nats.Header{}}
	deadline := time.Now().Add(q.cfg.RetryFor)
	pause := 100 * time.Millisecond
	for {
		ack, err := q.js.PublishMsg(ctx, msg, jetstream.WithMsgID(d.Hash), jetstream.WithExpectStream(q.cfg.Stream))
		if err == nil {
			return PublishResult{Seq: ack.Sequence, Duplicate: ack.Duplicate}, nil
		}
		if ctx.Err() != nil {
			return PublishResult{}, ctx.Err()
		}
		if !retryable(err) || time.Now().Add(pause).After(deadline) {
			return PublishResult{}, fmt.Errorf("queue: publish %s: %w", d.Hash[:12], err)
		}
		if err := wait.Sleep(ctx, pause); err != nil {
			return PublishResult{}, err
		}
		pause = min(2*pause, 2*time.Second)
	}
}

// retryable reports whether a publish may succeed if tried again.
func retryable(err error) bool {
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) {
		// The stream is temporarily unavailable (e.g. recovering after a
		// restart); a wrong stream or a too-large message is not retried.
		return apiErr.Code == 503 || apiErr.Code == 408
	}
	return true // timeouts, no responders, disconnected, connection closed while reconnecting
}

// Info is the state of the queue.
type Info struct {
	// Messages counts the documents in the stream: waiting or delivered and
	// not yet acknowledged.
	Messages uint64 `json:"messages"`
	// Pending counts the documents not yet delivered to any worker.
	Pending uint64 `json:"pending"`
	// AckPending counts the documents delivered and not acknowledged;
	// Redelivered those of them delivered more than once.
	AckPending  int `json:"ack_pending"`
	Redelivered int `json:"redelivered"`
}

// Info returns the state of the stream and of the workers' consumer (zero
// consumer counts when no worker has started yet).
func (q *Queue) Info(ctx context.Context) (Info, error) {
	ctx, cancel := context.WithTimeout(ctx, q.cfg.Timeout)
	defer cancel()
	si, err := q.stream.Info(ctx)
	if err != nil {
		return Info{}, fmt.Errorf("queue: stream info: %w", err)
	}
	in := Info{Messages: si.State.Msgs, Pending: si.State.Msgs}
	c, err := q.stream.Consumer(ctx, q.cfg.Consumer)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		return in, nil
	}
	if err != nil {
		return Info{}, fmt.Errorf("queue: consumer %s: %w", q.cfg.Consumer, err)
	}
	ci, err := c.Info(ctx)
	if err != nil {
		return Info{}, fmt.Errorf("queue: consumer info: %w", err)
	}
	in.Pending, in.AckPending, in.Redelivered = ci.NumPending, ci.NumAckPending, ci.NumRedelivered
	return in, nil
}

// DeleteStream removes the stream with every message in it.
func (q *Queue) DeleteStream(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, q.cfg.Timeout)
	defer cancel()
	return q.js.DeleteStream(ctx, q.cfg.Stream)
}

// Redact hides the password or token of a NATS URL in messages.
func Redact(spec string) string {
	parts := strings.Split(spec, ",")
	for i, p := range parts {
		u, err := url.Parse(p)
		if err != nil || u.User == nil {
			continue
		}
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		} else {
			u.User = url.User("xxxxx") // a token
		}
		parts[i] = u.String()
	}
	return strings.Join(parts, ",")
}

// Flags registers the flags that name the queue on fs — --queue, --stream,
// --subject, --dedup-window and, for workers, --consumer and --ack-wait —
// and returns the configuration they fill. The URL defaults to
// $FACTGRAPH_QUEUE.
func Flags(fs *flag.FlagSet, worker bool) *Config {
	c := &Config{}
	fs.StringVar(&c.URL, "queue", os.Getenv("FACTGRAPH_QUEUE"), "NATS server of the work queue, nats://host:4222 (default $FACTGRAPH_QUEUE)")
	fs.StringVar(&c.Stream, "stream", DefaultStream, "JetStream stream of the queue")
	fs.StringVar(&c.Subject, "subject", DefaultSubject, "subject documents are published on")
	fs.DurationVar(&c.DedupWindow, "dedup-window", DefaultDedupWindow, "how long the stream drops a text published again")
	if worker {
		fs.StringVar(&c.Consumer, "consumer", DefaultConsumer, "durable consumer shared by the workers")
		fs.DurationVar(&c.AckWait, "ack-wait", DefaultAckWait, "redeliver a document not acknowledged within this time (a worker died)")
	}
	return c
}
