package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Consumer pulls documents for a worker from the shared durable consumer.
// It is safe for concurrent use: several goroutines may call Next.
type Consumer struct {
	q        *Queue
	c        jetstream.Consumer
	maxBytes int
}

// Consumer creates the workers' durable pull consumer, or updates it to
// this queue's Config (ack wait, max ack pending), and returns a Consumer
// that refuses texts larger than maxBytes (0: no limit). Messages are
// delivered again without limit while they fail; a message that can never
// be processed must be terminated (Delivery.Term).
func (q *Queue) Consumer(ctx context.Context, maxBytes int) (*Consumer, error) {
	ctx, cancel := context.WithTimeout(ctx, q.cfg.Timeout)
	defer cancel()
	c, err := q.js.CreateOrUpdateConsumer(ctx, q.cfg.Stream, jetstream.ConsumerConfig{
		Durable:       q.cfg.Consumer,
		Description:   "factgraph workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    -1,
		MaxAckPending: q.cfg.MaxAckPending,
		FilterSubject: q.cfg.Subject,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return nil, fmt.Errorf("queue: create consumer %s: %w", q.cfg.Consumer, err)
	}
	return &Consumer{q: q, c: c, maxBytes: maxBytes}, nil
}

// Next waits up to wait for a message and returns it; (nil, nil) when none
// came. An error means the server could not be asked (it is restarting,
// the connection is down): try again after a pause.
func (c *Consumer) Next(wait time.Duration) (*Delivery, error) {
	msg, err := c.c.Next(jetstream.FetchMaxWait(wait))
	if err != nil {
		if errors.Is(err, nats.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) {
			return nil, nil
		}
		return nil, err
	}
	d := &Delivery{msg: msg}
	if md, err := msg.Metadata(); err == nil {
		d.Seq, d.NumDelivered = md.Sequence.Stream, md.NumDelivered
	}
	d.Doc, d.Err = Decode(msg.Data(), c.maxBytes)
	return d, nil
}

// Delivery is one delivered message. Exactly one of Ack, Nak and Term
// should end it; InProgress keeps it from being delivered again meanwhile.
type Delivery struct {
	msg jetstream.Msg
	// Doc is the decoded document; Err, when set, is the *PoisonError
	// saying why the message cannot be decoded (Doc is then empty).
	Doc Doc
	Err error
	// Seq is the message's sequence in the stream; NumDelivered counts
	// its deliveries, this one included.
	Seq          uint64
	NumDelivered uint64
}

// Ack acknowledges the message and waits for the server to confirm it, so
// that it is not delivered again.
func (d *Delivery) Ack(ctx context.Context) error {
	return d.msg.DoubleAck(ctx)
}

// Nak asks for the message to be delivered again after delay.
func (d *Delivery) Nak(delay time.Duration) error {
	if delay <= 0 {
		return d.msg.Nak()
	}
	return d.msg.NakWithDelay(delay)
}

// Term tells the server never to deliver the message again; the reason is
// recorded in the server's advisory.
func (d *Delivery) Term(reason string) error {
	return d.msg.TermWithReason(reason)
}

// InProgress resets the message's ack wait: the worker is still on it.
func (d *Delivery) InProgress() error {
	return d.msg.InProgress()
}

// Size returns the size of the message body in bytes.
func (d *Delivery) Size() int { return len(d.msg.Data()) }

// AckWait returns the consumer's ack wait: a worker reports progress well
// within it.
func (c *Consumer) AckWait() time.Duration { return c.q.cfg.AckWait }
