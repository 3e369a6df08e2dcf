// Package conllu reads treebanks in the CoNLL-U format
// (https://universaldependencies.org/format.html) as a stream of sentences,
// the way encoding/csv reads records.
//
// A Reader returns one *Sentence per call to Read and io.EOF after the last
// one. Word lines (integer IDs), multiword token lines (ranges such as 1-2)
// and empty nodes (decimal IDs such as 8.1) are kept in separate slices.
// Malformed input yields a *ParseError naming the file, line and column; the
// reader never panics, and lines of any length are accepted.
package conllu

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// NoHead is the Head of a word whose HEAD column is "_" (no syntax given).
const NoHead = -1

// Word is one syntactic word: a line whose ID is a positive integer.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // NoHead when the column is "_"
	Deprel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether the word is followed by a space in the raw
// text, that is whether its MISC column lacks SpaceAfter=No.
func (w *Word) SpaceAfter() bool { return spaceAfter(w.Misc) }

// MultiwordToken is a surface token that spans several words: a line whose ID
// is a range such as 1-2. Only Form and Misc are meaningful in such lines.
type MultiwordToken struct {
	Start, End int // the range of word IDs, inclusive
	Form       string
	Misc       string
}

// SpaceAfter reports whether the token is followed by a space in the raw text.
func (m *MultiwordToken) SpaceAfter() bool { return spaceAfter(m.Misc) }

// EmptyNode is an empty node of the enhanced graph: a line whose ID is
// decimal, such as 8.1 (After = 8, Index = 1).
type EmptyNode struct {
	After, Index int
	Form         string
	Lemma        string
	UPOS         string
	XPOS         string
	Feats        string
	Deps         string
	Misc         string
}

// Comment is one comment line. For a line "# key = value" Key and Value are
// set (keys may contain spaces, as in "newdoc id"); for a single word such as
// "# newpar" Key is the word and Value is empty; for other comments Key is
// empty and Value holds the trimmed text after "#".
type Comment struct {
	Key   string
	Value string
}

// Sentence is one sentence of a CoNLL-U file.
type Sentence struct {
	// Line is the 1-based line number of the sentence's first line.
	Line       int
	Comments   []Comment
	Words      []Word
	Multiwords []MultiwordToken
	EmptyNodes []EmptyNode
}

// Comment returns the value of the first "# key = value" comment with the
// given key, and whether there was one.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		if c.Key == key {
			return c.Value, true
		}
	}
	return "", false
}

// ID returns the sent_id comment, or "".
func (s *Sentence) ID() string { v, _ := s.Comment("sent_id"); return v }

// Text returns the text comment, or "".
func (s *Sentence) Text() string { v, _ := s.Comment("text"); return v }

// SurfaceToken is a token of the raw text: either a multiword token or a word
// not covered by one.
type SurfaceToken struct {
	Form       string
	SpaceAfter bool
}

// SurfaceTokens returns the sentence's surface tokens in order: each
// multiword token counts once and the words it covers are skipped.
func (s *Sentence) SurfaceTokens() []SurfaceToken {
	out := make([]SurfaceToken, 0, len(s.Words))
	m := 0
	for i := 0; i < len(s.Words); i++ {
		w := &s.Words[i]
		for m < len(s.Multiwords) && s.Multiwords[m].End < w.ID {
			m++
		}
		if m < len(s.Multiwords) && s.Multiwords[m].Start == w.ID {
			mw := &s.Multiwords[m]
			out = append(out, SurfaceToken{Form: mw.Form, SpaceAfter: mw.SpaceAfter()})
			for i+1 < len(s.Words) && s.Words[i+1].ID <= mw.End {
				i++
			}
			m++
			continue
		}
		out = append(out, SurfaceToken{Form: w.Form, SpaceAfter: w.SpaceAfter()})
	}
	return out
}

func spaceAfter(misc string) bool {
	for misc != "" {
		var f string
		f, misc, _ = strings.Cut(misc, "|")
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// ParseError reports malformed input. Column is 1-based and counts
// tab-separated fields (0 when the error concerns the whole line).
type ParseError struct {
	File   string
	Line   int
	Column int
	Err    error
}

// Error returns "file:line: field N: message" (without the field when the
// column is unknown).
func (e *ParseError) Error() string {
	name := e.File
	if name == "" {
		name = "<input>"
	}
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d: field %d: %v", name, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", name, e.Line, e.Err)
}

// Unwrap returns the underlying error, one of the Err* values.
func (e *ParseError) Unwrap() error { return e.Err }

// Errors wrapped by ParseError.
var (
	ErrFieldCount = errors.New("wrong number of fields")
	ErrBadID      = errors.New("bad ID")
	ErrBadHead    = errors.New("bad HEAD")
	ErrEmptyField = errors.New("empty field")
)

// Reader reads sentences from a CoNLL-U stream.
type Reader struct {
	r    *bufio.Reader
	name string
	line int
	buf  []byte
	err  error // sticky error
}

// NewReader returns a Reader reading from r; name (usually the file path) is
// used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 64<<10), name: name}
}

// readLine returns the next line without its line ending; the slice is only
// valid until the next call.
func (r *Reader) readLine() ([]byte, error) {
	r.buf = r.buf[:0]
	for {
		chunk, err := r.r.ReadSlice('\n')
		r.buf = append(r.buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && (err != io.EOF || len(r.buf) == 0) {
			return nil, err
		}
		r.line++
		line := r.buf
		line = bytes.TrimSuffix(line, []byte{'\n'})
		line = bytes.TrimSuffix(line, []byte{'\r'})
		return line, nil
	}
}

// Read returns the next sentence, or io.EOF when there are no more. Errors
// in the input are returned as *ParseError; an I/O error is returned wrapped.
// After an error, Read keeps returning it.
func (r *Reader) Read() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	s, err := r.read()
	if err != nil {
		r.err = err
	}
	return s, err
}

func (r *Reader) read() (*Sentence, error) {
	var s *Sentence
	for {
		line, err := r.readLine()
		if err == io.EOF {
			if s != nil {
				return s, nil
			}
			return nil, io.EOF
		}
		if err != nil {
			return nil, fmt.Errorf("conllu: reading %s: %w", r.name, err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if line[0] == '#' {
			s.Comments = append(s.Comments, parseComment(string(line[1:])))
			continue
		}
		if err := r.parseTokenLine(s, string(line)); err != nil {
			return nil, err
		}
	}
}

func parseComment(c string) Comment {
	c = strings.TrimSpace(c)
	if k, v, ok := strings.Cut(c, "="); ok {
		k = strings.TrimSpace(k)
		if k != "" && !strings.Contains(k, "\t") {
			return Comment{Key: k, Value: strings.TrimSpace(v)}
		}
	} else if c != "" && !strings.ContainsAny(c, " \t") {
		return Comment{Key: c} // a flag such as "newdoc" or "newpar"
	}
	return Comment{Value: c}
}

func (r *Reader) errorf(col int, base error, format string, args ...any) error {
	return &ParseError{File: r.name, Line: r.line, Column: col,
		Err: fmt.Errorf("%w: "+format, append([]any{base}, args...)...)}
}

func (r *Reader) parseTokenLine(s *Sentence, line string) error {
	var f [10]string
	n := 0
	rest := line
	for n < 10 {
		var field string
		var ok bool
		field, rest, ok = strings.Cut(rest, "\t")
		f[n] = field
		n++
		if !ok {
			break
		}
		if n == 10 {
			return r.errorf(0, ErrFieldCount, "more than 10")
		}
	}
	if n != 10 {
		return r.errorf(0, ErrFieldCount, "got %d, want 10", n)
	}
	for i, v := range f {
		if v == "" {
			return r.errorf(i+1, ErrEmptyField, "use _ for an empty value")
		}
	}
	id := f[0]
	switch {
	case strings.Contains(id, "-"):
		a, b, _ := strings.Cut(id, "-")
		start, err1 := atoiPos(a)
		end, err2 := atoiPos(b)
		if err1 != nil || err2 != nil || end < start {
			return r.errorf(1, ErrBadID, "bad range %q", id)
		}
		s.Multiwords = append(s.Multiwords, MultiwordToken{Start: start, End: end, Form: f[1], Misc: f[9]})
	case strings.Contains(id, "."):
		a, b, _ := strings.Cut(id, ".")
		after, err1 := strconv.Atoi(a)
		idx, err2 := atoiPos(b)
		if err1 != nil || err2 != nil || after < 0 {
			return r.errorf(1, ErrBadID, "bad empty node ID %q", id)
		}
		s.EmptyNodes = append(s.EmptyNodes, EmptyNode{After: after, Index: idx, Form: f[1], Lemma: f[2],
			UPOS: f[3], XPOS: f[4], Feats: f[5], Deps: f[8], Misc: f[9]})
	default:
		n, err := atoiPos(id)
		if err != nil {
			return r.errorf(1, ErrBadID, "%q", id)
		}
		head := NoHead
		if f[6] != "_" {
			h, err := strconv.Atoi(f[6])
			if err != nil || h < 0 {
				return r.errorf(7, ErrBadHead, "%q", f[6])
			}
			head = h
		}
		s.Words = append(s.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
			Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	}
	return nil
}

func atoiPos(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n <= 0 {
		return 0, errors.New("not positive")
	}
	return n, nil
}

// ReadAll reads all remaining sentences.
func (r *Reader) ReadAll() ([]*Sentence, error) {
	var out []*Sentence
	for {
		s, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// ReadFile reads every sentence of the CoNLL-U file at path. Files that are
// gzip-compressed (detected by their magic bytes, whatever their name, e.g.
// .conllu.gz) are decompressed on the fly.
func ReadFile(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("conllu: %s: %w", path, err)
		}
		defer zr.Close()
		src = zr
	}
	return NewReader(src, path).ReadAll()
}
