package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/internal/charset"
	"github.com/factgraph/factgraph/store"
)

// source is one thing to read: a text file, a JSON Lines file, standard
// input, or an input that failed before reading.
type source struct {
	path  string // "-" for standard input
	jsonl bool
	size  int64
	err   error
}

// plan expands the inputs into sources, listing directories, and returns
// the total size in bytes, or -1 when it is unknown (standard input).
func plan(inputs []string, opt Options) ([]source, int64) {
	var (
		out   []source
		total int64
	)
	for _, in := range inputs {
		if in == "-" {
			out = append(out, source{path: in, jsonl: opt.JSONL})
			total = -1
			continue
		}
		st, err := os.Stat(in)
		if err != nil {
			out = append(out, source{path: in, err: err})
			continue
		}
		if !st.IsDir() {
			out = append(out, source{path: in, jsonl: opt.JSONL || isJSONL(in), size: st.Size()})
			if total >= 0 {
				total += st.Size()
			}
			continue
		}
		files, err := listFiles(in, opt.Ext)
		if err != nil {
			out = append(out, source{path: in, err: err})
		}
		for _, f := range files {
			out = append(out, f)
			if total >= 0 {
				total += f.size
			}
		}
	}
	return out, total
}

func isJSONL(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".jsonl" || ext == ".ndjson"
}

// listFiles returns the regular files under dir whose names end in ext,
// sorted by path. Files that are JSON Lines by extension are read as such.
func listFiles(dir, ext string) ([]source, error) {
	var out []source
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() || !strings.HasSuffix(d.Name(), ext) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		out = append(out, source{path: path, jsonl: isJSONL(path), size: info.Size()})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	if err != nil {
		return out, fmt.Errorf("list %s: %w", dir, err)
	}
	return out, nil
}

// read emits the items of the source; it stops and returns an error when
// emit returns false (the run is cancelled).
func (s source) read(ctx context.Context, opt Options, emit func(item) bool) error {
	stop := errors.New("stopped")
	send := func(it item) error {
		if !emit(it) {
			return stop
		}
		return nil
	}
	if s.err != nil {
		return send(item{source: s.path, err: s.err})
	}
	var r io.Reader
	if s.path == "-" {
		r = opt.Stdin
	} else {
		if !s.jsonl && s.size > int64(opt.MaxBytes) {
			return send(item{source: s.path, size: s.size,
				err: fmt.Errorf("too large: %d bytes, limit %d", s.size, opt.MaxBytes)})
		}
		f, err := os.Open(s.path)
		if err != nil {
			return send(item{source: s.path, size: s.size, err: err})
		}
		defer f.Close()
		r = f
	}
	name := s.path
	if name == "-" {
		name = "stdin"
	}
	if !s.jsonl {
		data, err := io.ReadAll(io.LimitReader(r, int64(opt.MaxBytes)+1))
		switch {
		case err != nil:
			err = fmt.Errorf("read: %w", err)
		case len(data) > opt.MaxBytes:
			data, err = nil, fmt.Errorf("too large: more than %d bytes", opt.MaxBytes)
		case opt.Encoding != "":
			data, err = charset.Decode(data, opt.Encoding)
		}
		src := s.path
		if s.path == "-" {
			src = ""
		}
		return send(item{source: src, meta: store.Meta{Title: firstLine(data), Source: src}, data: data, size: s.size, err: err})
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		line, size, err := readLine(br, opt.MaxBytes)
		if err == io.EOF && size == 0 {
			return nil
		}
		where := name + ":" + strconv.Itoa(n)
		var it item
		switch {
		case errors.Is(err, errLineTooLong):
			it = item{source: where, size: size, err: err}
		case err != nil && err != io.EOF:
			return send(item{source: where, size: size, err: fmt.Errorf("read: %w", err)})
		default:
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			it = parseRecord(where, line)
			it.size = size
		}
		if err := send(it); err != nil {
			return err
		}
		if err == io.EOF {
			return nil
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its end (\n or \r\n), and the number of
// bytes it took. A line longer than max is skipped to its end and reported
// with errLineTooLong. At the end of input it returns io.EOF, with the last
// line if it has no line end.
func readLine(r *bufio.Reader, max int) ([]byte, int64, error) {
	var (
		line []byte
		size int64
		long bool
	)
	for {
		chunk, err := r.ReadSlice('\n')
		size += int64(len(chunk))
		if !long {
			if len(line)+len(chunk) > max+2 { // +2: the line end
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if long && (err == nil || err == io.EOF) {
			return nil, size, fmt.Errorf("%w: more than %d bytes", errLineTooLong, max)
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, size, err
	}
}

// record is one JSON line: "text" is required, the rest optional.
type record struct {
	Text   *string         `json:"text"`
	Title  string          `json:"title"`
	URL    string          `json:"url"`
	Date   string          `json:"date"`
	Source string          `json:"source"`
	ID     json.RawMessage `json:"id"`
}

// parseRecord reads a JSON line into an item; where (file:line) names it
// when the record has no "source" or "id".
func parseRecord(where string, line []byte) item {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return item{source: where, err: fmt.Errorf("not a JSON object with string fields: %w", err)}
	}
	if rec.Text == nil {
		return item{source: where, err: errors.New(`no "text" field`)}
	}
	src := rec.Source
	if src == "" && len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if err := json.Unmarshal(rec.ID, &s); err != nil {
			s = string(rec.ID) // a number or another JSON value, as written
		}
		src = s
	}
	if src == "" {
		src = where
	}
	title := rec.Title
	if title == "" {
		title = firstLine([]byte(*rec.Text))
	}
	return item{source: src, meta: store.Meta{Title: title, URL: rec.URL, Date: rec.Date, Source: src}, data: []byte(*rec.Text)}
}

// MaxTitleRunes caps a title taken from the first line of a text.
const MaxTitleRunes = 200

// firstLine returns the first non-blank line of a text, trimmed and cut at
// MaxTitleRunes, to serve as the title of a text that has none; "" when the
// text is not valid UTF-8 (the processor will report it).
func firstLine(data []byte) string {
	data = trimBOM(data)
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return ""
	}
	for len(data) > 0 {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte("\n"))
		s := strings.TrimSpace(string(line))
		if s == "" {
			continue
		}
		if utf8.RuneCountInString(s) > MaxTitleRunes {
			r := []rune(s)[:MaxTitleRunes]
			s = strings.TrimSpace(string(r)) + "…"
		}
		return s
	}
	return ""
}
