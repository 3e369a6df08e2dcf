package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/factgraph/factgraph/queue"
)

// Publisher puts documents on a work queue; *queue.Queue is one.
type Publisher interface {
	Publish(ctx context.Context, d queue.Doc) (queue.PublishResult, error)
}

// Publish reads the inputs as Run does (files, directories, JSON Lines,
// "-") and publishes each text with its metadata to q instead of processing
// it: workers (package worker) pull, process and store them. In the stats,
// Stored counts the documents queued and Duplicates those the queue already
// held (same text within its duplicate window). Texts that can never be
// processed (unreadable, too large, empty, not UTF-8, holding NUL bytes)
// are reported and counted as Failed, and not published. Publish stops
// with an error when ctx is done or the queue fails.
func Publish(ctx context.Context, q Publisher, inputs []string, opt Options) (Stats, error) {
	opt.defaults()
	srcs, total := plan(inputs, opt)
	prog := newProgress(opt, total)
	prog.verb = "published"
	var (
		stats Stats
		fatal error
	)
	start := time.Now()
	for _, s := range srcs {
		err := s.read(ctx, opt, func(it item) bool {
			stats.Read++
			defer func() {
				stats.Elapsed = time.Since(start)
				prog.update(stats, it.size)
			}()
			if it.err != nil {
				stats.Failed++
				prog.fail(it.source, it.err)
				return true
			}
			d := queue.NewDoc(it.data, it.meta)
			if err := d.Check(opt.MaxBytes); err != nil {
				stats.Failed++
				prog.fail(it.source, err)
				return true
			}
			res, err := q.Publish(ctx, d)
			switch {
			case err != nil:
				stats.Failed++
				fatal = fmt.Errorf("publish %s: %w", sourceName(it.source), err)
				return false
			case res.Duplicate:
				stats.Duplicates++
			default:
				stats.Stored++
			}
			return true
		})
		if err != nil || fatal != nil {
			break
		}
	}
	stats.Elapsed = time.Since(start)
	if fatal == nil && ctx.Err() != nil {
		fatal = ctx.Err()
	}
	prog.finish(stats)
	return stats, fatal
}

func sourceName(s string) string {
	if s == "" {
		return "stdin"
	}
	return s
}
