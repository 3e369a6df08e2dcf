package pipeline

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/factgraph/factgraph/doc"
)

// ReadFile reads a file of at most max bytes (no limit when max <= 0),
// refusing larger ones before reading them.
func ReadFile(path string, max int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s is a directory", path)
	}
	if max > 0 && st.Size() > int64(max) {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, st.Size(), max)
	}
	return ReadAll(f, max)
}

// ReadAll reads r to the end, failing with ErrTooLarge past max bytes (no
// limit when max <= 0).
func ReadAll(r io.Reader, max int) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return b, nil
}

// Result is the outcome of processing one input file.
type Result struct {
	Path string
	Doc  *doc.Document
	Err  error
}

// ProcessFiles reads and processes the files with the given number of
// workers and calls emit with the results in the order of paths. It stops
// early, returning emit's error, when emit fails; errors of single files go
// to emit in their Result and do not stop the run.
func (p *Pipeline) ProcessFiles(paths []string, workers int, emit func(Result) error) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		i   int
		out chan Result
	}
	jobs := make(chan job)
	pending := make(chan chan Result, workers*2)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				path := paths[j.i]
				r := Result{Path: path}
				data, err := ReadFile(path, p.MaxBytes)
				if err == nil {
					r.Doc, err = p.Process(path, data)
				}
				if err != nil {
					r.Err = fmt.Errorf("%s: %w", path, err)
				}
				j.out <- r
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for i := range paths {
			out := make(chan Result, 1)
			select {
			case pending <- out:
			case <-done:
				return
			}
			select {
			case jobs <- job{i, out}:
			case <-done:
				return
			}
		}
	}()
	var err error
	for out := range pending {
		if err != nil {
			continue // drain; results (buffered) are dropped
		}
		if err = emit(<-out); err != nil {
			close(done)
		}
	}
	wg.Wait()
	return err
}

// IsInputError reports whether err is about the input itself (too large, not
// UTF-8) rather than about reading it.
func IsInputError(err error) bool {
	return errors.Is(err, ErrTooLarge) || errors.Is(err, ErrNotUTF8)
}
