// Package wait pauses a goroutine for a while unless its context ends
// first: the backoff of the queue's publisher and of the worker.
package wait

import (
	"context"
	"time"
)

// Sleep waits d, or returns ctx.Err() as soon as ctx is done.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
