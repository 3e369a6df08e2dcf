package factru

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrMalformed is matched (errors.Is) by every error about the content of a
// corpus file; I/O failures do not match it.
var ErrMalformed = errors.New("malformed factRuEval data")

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

// eachLine calls fn for every line of r with its 1-based number, without the
// line end (LF or CRLF) and, on the first line, without a byte order mark.
// A *ParseError from fn is returned as is; other errors are wrapped into one.
func eachLine(r io.Reader, file string, fn func(n int, line string) error) error {
	br := bufio.NewReader(r)
	n := 0
	for {
		line, err := br.ReadString('\n')
		if line != "" || err == nil {
			n++
			line = strings.TrimRight(strings.TrimSuffix(line, "\n"), "\r")
			if n == 1 {
				line = strings.TrimPrefix(line, "\ufeff")
			}
			if ferr := fn(n, line); ferr != nil {
				var pe *ParseError
				if errors.As(ferr, &pe) {
					return ferr
				}
				return &ParseError{File: file, Line: n, Err: ferr}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return &ParseError{File: file, Line: n + 1, Err: fmt.Errorf("read: %w", err)}
		}
	}
}

func atoi(what, s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, malformed("%s %q is not a non-negative integer", what, s)
	}
	return n, nil
}

// parseToken parses a .tokens line: "id start length text".
func parseToken(line string) (Token, error) {
	f := strings.SplitN(line, " ", 4)
	if len(f) != 4 || f[0] == "" || f[3] == "" {
		return Token{}, malformed("token: want \"id start length text\", got %q", line)
	}
	start, err := atoi("token start", f[1])
	if err != nil {
		return Token{}, err
	}
	n, err := atoi("token length", f[2])
	if err != nil {
		return Token{}, err
	}
	return Token{ID: f[0], Start: start, Len: n, Text: f[3]}, nil
}

// parseSpan parses a .spans line: "id type start length token_id n_tokens # …".
func parseSpan(line string) (Span, error) {
	head, _, _ := strings.Cut(line, "#")
	f := strings.Fields(head)
	if len(f) != 6 {
		return Span{}, malformed("span: want \"id type start length token_id n_tokens\", got %q", head)
	}
	s := Span{ID: f[0], Type: f[1], TokenID: f[4]}
	var err error
	if s.Start, err = atoi("span start", f[2]); err != nil {
		return Span{}, err
	}
	if s.Len, err = atoi("span length", f[3]); err != nil {
		return Span{}, err
	}
	if s.NTokens, err = atoi("span token count", f[5]); err != nil {
		return Span{}, err
	}
	return s, nil
}

// parseObject parses an .objects line: "id Type span_id… # text".
func parseObject(line string) (Object, error) {
	head, _, _ := strings.Cut(line, "#")
	f := strings.Fields(head)
	if len(f) < 3 {
		return Object{}, malformed("object: want \"id Type span_id…\", got %q", head)
	}
	return Object{ID: f[0], Type: f[1], SpanIDs: f[2:]}, nil
}

// parseCorefHead parses the first line of a .coref record: "id object_id…".
func parseCorefHead(line string) (CorefGroup, error) {
	f := strings.Fields(line)
	if len(f) < 2 {
		return CorefGroup{}, malformed("coreference group: want \"id object_id…\", got %q", line)
	}
	return CorefGroup{ID: f[0], ObjectIDs: f[1:]}, nil
}

// parseKV parses a .coref attribute line: "key value"; the value may hold
// spaces or be empty ("wikidata ").
func parseKV(line string) (KV, error) {
	key, value, _ := strings.Cut(line, " ")
	if key == "" {
		return KV{}, malformed("attribute: want \"key value\", got %q", line)
	}
	return KV{Key: key, Value: strings.TrimSpace(value)}, nil
}

// parseFactHead parses the first line of a .facts record: "id Type".
func parseFactHead(line string) (Fact, error) {
	f := strings.Fields(line)
	if len(f) != 2 {
		return Fact{}, malformed("fact: want \"id Type\", got %q", line)
	}
	return Fact{ID: f[0], Type: f[1]}, nil
}

// parseFactArg parses a .facts argument line: "Role value | value …",
// where each value is "objN text", "spanN text" or a literal.
func parseFactArg(line string) (FactArg, error) {
	role, rest, _ := strings.Cut(line, " ")
	if role == "" || strings.TrimSpace(rest) == "" {
		return FactArg{}, malformed("fact argument: want \"Role value\", got %q", line)
	}
	a := FactArg{Role: role}
	for _, v := range strings.Split(rest, " | ") {
		v = strings.TrimSpace(v)
		if v == "" {
			return FactArg{}, malformed("fact argument %s: empty value in %q", role, line)
		}
		first, text, _ := strings.Cut(v, " ")
		if isRef(first) {
			a.Values = append(a.Values, FactValue{Ref: first, Text: strings.TrimSpace(text)})
		} else {
			a.Values = append(a.Values, FactValue{Text: v})
		}
	}
	return a, nil
}

// isRef reports whether s is "obj" or "span" followed by decimal digits.
func isRef(s string) bool {
	num, ok := strings.CutPrefix(s, "obj")
	if !ok {
		num, ok = strings.CutPrefix(s, "span")
	}
	if !ok || num == "" {
		return false
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parseBlocks reads a file of records separated by blank lines, calling head
// for the first line of each record and body for the others.
func parseBlocks(r io.Reader, file string, head func(n int, line string) error, body func(n int, line string) error) error {
	inRecord := false
	return eachLine(r, file, func(n int, line string) error {
		if strings.TrimSpace(line) == "" {
			inRecord = false
			return nil
		}
		if !inRecord {
			inRecord = true
			return head(n, line)
		}
		return body(n, line)
	})
}
