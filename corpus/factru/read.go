package factru

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/internal/corpusfile"
)

// ReadDocument reads the document whose files share the path prefix base
// ("devset/book_100" → devset/book_100.txt, .tokens, .spans, .objects,
// .coref and, if present, .facts).
//
// It checks that every token lies in the text and equals the text at its
// offsets (see the package doc for the text forms tried), that every span
// lies in the text and names a known token, that objects name known spans,
// coreference groups known objects, and facts known groups ("obj48" names
// group 48) and spans, and that token, object and group IDs are unique.
// Span IDs may repeat: the dev set has four IDs given twice with the same
// offsets and different types (book_100 span 22783 is surname and nickname);
// Document.SpanByID resolves such an ID to its last line, as corus (which
// naeval reads factRuEval with) does. It stops at
// the first problem, reported as a *ParseError naming the file and line.
func ReadDocument(base string) (*Document, error) {
	raw, err := os.ReadFile(base + ".txt")
	if err != nil {
		return nil, fmt.Errorf("read %s.txt: %w", base, err)
	}
	d := &Document{ID: filepath.Base(base)}

	// Tokens, with sentence breaks at blank lines.
	var tokLines []int
	newSentence := true
	err = readFile(base+".tokens", func(file string, f *os.File) error {
		return eachLine(f, file, func(n int, line string) error {
			if strings.TrimSpace(line) == "" {
				newSentence = true
				return nil
			}
			t, err := parseToken(line)
			if err != nil {
				return err
			}
			if newSentence {
				d.Sentences = append(d.Sentences, len(d.Tokens))
				newSentence = false
			}
			d.Tokens = append(d.Tokens, t)
			tokLines = append(tokLines, n)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	text, offsets, err := chooseText(string(raw), d.Tokens, tokLines, base+".tokens")
	if err != nil {
		return nil, err
	}
	d.Text = text
	nrunes := len(offsets) - 1
	tokens := make(map[string]bool, len(d.Tokens))
	for i, t := range d.Tokens {
		if tokens[t.ID] {
			return nil, &ParseError{File: base + ".tokens", Line: tokLines[i], Err: malformed("duplicate token ID %q", t.ID)}
		}
		tokens[t.ID] = true
	}

	spans := make(map[string]bool)
	err = readFile(base+".spans", func(file string, f *os.File) error {
		return eachLine(f, file, func(n int, line string) error {
			if strings.TrimSpace(line) == "" {
				return nil
			}
			s, err := parseSpan(line)
			switch {
			case err != nil:
				return err
			case s.Start > nrunes || s.Len > nrunes-s.Start:
				return malformed("span %s: %d+%d past the end of the text (%d code points)", s.ID, s.Start, s.Len, nrunes)
			case !tokens[s.TokenID]:
				return malformed("span %s: unknown token %q", s.ID, s.TokenID)
			}
			spans[s.ID] = true
			d.Spans = append(d.Spans, s)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}

	objects := make(map[string]bool)
	err = readFile(base+".objects", func(file string, f *os.File) error {
		return eachLine(f, file, func(n int, line string) error {
			if strings.TrimSpace(line) == "" {
				return nil
			}
			o, err := parseObject(line)
			if err != nil {
				return err
			}
			if objects[o.ID] {
				return malformed("duplicate object ID %q", o.ID)
			}
			for _, id := range o.SpanIDs {
				if !spans[id] {
					return malformed("object %s: unknown span %q", o.ID, id)
				}
			}
			objects[o.ID] = true
			d.Objects = append(d.Objects, o)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}

	groups := make(map[string]bool)
	err = readFile(base+".coref", func(file string, f *os.File) error {
		return parseBlocks(f, file, func(n int, line string) error {
			g, err := parseCorefHead(line)
			if err != nil {
				return err
			}
			if groups[g.ID] {
				return malformed("duplicate coreference group ID %q", g.ID)
			}
			for _, id := range g.ObjectIDs {
				if !objects[id] {
					return malformed("coreference group %s: unknown object %q", g.ID, id)
				}
			}
			groups[g.ID] = true
			d.Coref = append(d.Coref, g)
			return nil
		}, func(n int, line string) error {
			kv, err := parseKV(line)
			if err != nil {
				return err
			}
			g := &d.Coref[len(d.Coref)-1]
			g.Attrs = append(g.Attrs, kv)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}

	err = readFile(base+".facts", func(file string, f *os.File) error {
		d.Facts = []Fact{}
		return parseBlocks(f, file, func(n int, line string) error {
			fact, err := parseFactHead(line)
			if err != nil {
				return err
			}
			d.Facts = append(d.Facts, fact)
			return nil
		}, func(n int, line string) error {
			a, err := parseFactArg(line)
			if err != nil {
				return err
			}
			for _, v := range a.Values {
				if id, ok := strings.CutPrefix(v.Ref, "obj"); ok && !groups[id] {
					return malformed("fact argument %s: unknown coreference group %q", a.Role, id)
				}
				if id, ok := strings.CutPrefix(v.Ref, "span"); ok && !spans[id] {
					return malformed("fact argument %s: unknown span %q", a.Role, id)
				}
			}
			f := &d.Facts[len(d.Facts)-1]
			f.Args = append(f.Args, a)
			return nil
		})
	})
	if errors.Is(err, fs.ErrNotExist) {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return d, nil
}

// SpanByID returns the spans by ID; for an ID given on several lines, the
// last one.
func (d *Document) SpanByID() map[string]Span {
	m := make(map[string]Span, len(d.Spans))
	for _, s := range d.Spans {
		m[s.ID] = s
	}
	return m
}

// readFile opens path and passes it to fn, wrapping an open failure.
func readFile(path string, fn func(file string, f *os.File) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	return fn(path, f)
}

// chooseText returns the first form of raw (as is; without a byte order mark;
// without it and with CRLF turned into LF) under which every token lies in
// the text and equals it, with the byte offset of every code point. If none
// fits, the error names the first token that does not fit raw as is.
func chooseText(raw string, tokens []Token, lines []int, file string) (string, []int, error) {
	forms := []string{raw}
	noBOM := strings.TrimPrefix(raw, "\ufeff")
	if noBOM != raw {
		forms = append(forms, noBOM)
	}
	if lf := strings.ReplaceAll(noBOM, "\r\n", "\n"); lf != noBOM {
		forms = append(forms, lf)
	}
	var firstErr error
	for _, text := range forms {
		offsets := runeOffsets(text)
		err := checkTokens(text, offsets, tokens, lines, file)
		if err == nil {
			return text, offsets, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return "", nil, firstErr
}

func checkTokens(text string, offsets []int, tokens []Token, lines []int, file string) error {
	n := len(offsets) - 1
	for i, t := range tokens {
		if t.Start > n || t.Len > n-t.Start {
			return &ParseError{File: file, Line: lines[i], Err: malformed("token %s: %d+%d past the end of the text (%d code points)", t.ID, t.Start, t.Len, n)}
		}
		if got := text[offsets[t.Start]:offsets[t.Start+t.Len]]; got != t.Text {
			return &ParseError{File: file, Line: lines[i], Err: malformed("token %s %q does not match the text %q at %d+%d", t.ID, t.Text, got, t.Start, t.Len)}
		}
	}
	return nil
}

// runeOffsets returns the byte offset of every code point of s, followed by
// len(s).
func runeOffsets(s string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// ReadDir reads every document of dir (one per .txt file), sorted by ID.
func ReadDir(dir string) ([]*Document, error) {
	return corpusfile.ReadDir(dir, ".txt", ReadDocument, func(d *Document) string { return d.ID })
}
