package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// readTSV reads the tab-separated lines of a gold file, skipping blank
// lines, lines starting with # and the header line, and calls row with each
// line's number and its fields, which must be exactly n. name names the
// input in errors, which give the line.
func readTSV(r io.Reader, name, header string, n int, row func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") || s == header {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, line, n, len(f))
		}
		if err := row(line, f); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// readGoldFile opens path and reads it with read, which names the input by
// path in its errors.
func readGoldFile[T any](path string, read func(io.Reader, string) ([]T, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return read(f, path)
}
