package brat

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

const bom = "\ufeff"

// Parse reads the annotations of one document from r, an .ann stream, and
// checks them against text, the document's text. name is the file name used in
// errors; the Document's ID is its base name without extension.
//
// Parse reads line by line and stops at the first problem, which it reports as
// a *ParseError naming the file and line and matching ErrMalformed (unless it
// is an I/O error). It checks that
//   - every line of a known kind is well formed;
//   - every fragment satisfies 0 <= start <= end <= len(text) in code points;
//   - the text field of a T line, when present, equals the covered text, the
//     fragments joined by one space (how brat and NEREL write discontinuous
//     annotations), where a newline in the covered text may appear as a space
//     and trailing carriage returns are ignored;
//   - IDs are unique and every referenced ID is defined in the file.
//
// A leading byte order mark and trailing carriage returns are stripped from
// every .ann line. Entity.Text is always set to the covered text, also when
// the T line has no text field.
func Parse(r io.Reader, name string, text string) (*Document, error) {
	p := parser{
		file:    name,
		text:    text,
		offsets: runeOffsets(text),
		defined: make(map[string]int),
	}
	d := &Document{ID: docID(name), Text: text}
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			p.line++
			if perr := p.parseLine(d, line); perr != nil {
				return nil, perr
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, &ParseError{File: name, Line: p.line + 1, Err: fmt.Errorf("read: %w", err)}
		}
	}
	for _, ref := range p.refs {
		if _, ok := p.defined[ref.id]; !ok {
			return nil, p.errAt(ref.line, "reference to undefined annotation %q", ref.id)
		}
	}
	return d, nil
}

// docID returns the base name of a path without its extension.
func docID(name string) string {
	base := filepath.Base(name)
	if name == "" || base == "." || base == string(filepath.Separator) {
		return ""
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// runeOffsets returns the byte offset of every code point of s, followed by
// len(s). Invalid UTF-8 bytes count as one code point each, as when ranging
// over the string.
func runeOffsets(s string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

type reference struct {
	line int
	id   string
}

type parser struct {
	file    string
	line    int
	text    string
	offsets []int
	defined map[string]int // ID → line defining it
	refs    []reference
}

func (p *parser) errAt(line int, format string, args ...any) *ParseError {
	return &ParseError{File: p.file, Line: line, Err: fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))}
}

func (p *parser) errf(format string, args ...any) *ParseError {
	return p.errAt(p.line, format, args...)
}

func (p *parser) define(id string) *ParseError {
	if id == "" || strings.ContainsFunc(id, unicode.IsSpace) {
		return p.errf("bad annotation ID %q", id)
	}
	if prev, ok := p.defined[id]; ok {
		return p.errf("duplicate annotation ID %q (first defined on line %d)", id, prev)
	}
	p.defined[id] = p.line
	return nil
}

func (p *parser) refer(id string) {
	p.refs = append(p.refs, reference{line: p.line, id: id})
}

func (p *parser) parseLine(d *Document, line string) *ParseError {
	line = strings.TrimSuffix(line, "\n")
	line = strings.TrimRight(line, "\r")
	line = strings.TrimLeft(line, bom)
	if strings.TrimSpace(line) == "" {
		return nil
	}
	switch line[0] {
	case 'T', 'R', 'E', 'A', 'M', 'N', '#', '*':
	default:
		d.Unknown = append(d.Unknown, line)
		return nil
	}
	id, rest, ok := strings.Cut(line, "\t")
	if !ok {
		return p.errf("no tab after annotation ID in %q", line)
	}
	switch line[0] {
	case 'T':
		return p.parseEntity(d, id, rest)
	case 'R':
		return p.parseRelation(d, id, rest)
	case 'E':
		return p.parseEvent(d, id, rest)
	case 'A', 'M':
		return p.parseAttribute(d, id, rest)
	case 'N':
		return p.parseNorm(d, id, rest)
	case '#':
		return p.parseNote(d, id, rest)
	default: // '*'
		return p.parseEquiv(d, id, rest)
	}
}

func (p *parser) parseEntity(d *Document, id, rest string) *ParseError {
	if err := p.define(id); err != nil {
		return err
	}
	head, field, hasText := strings.Cut(rest, "\t")
	typ, offs, ok := strings.Cut(head, " ")
	if !ok || typ == "" || strings.ContainsFunc(typ, unicode.IsSpace) {
		return p.errf("entity %s: want \"TYPE start end\", got %q", id, head)
	}
	frags := strings.Split(offs, ";")
	e := Entity{ID: id, Type: typ, Spans: make([]doc.Span, 0, len(frags))}
	n := len(p.offsets) - 1
	var covered strings.Builder
	for i, f := range frags {
		nums := strings.Fields(f)
		if len(nums) != 2 {
			return p.errf("entity %s: fragment %q: want \"start end\"", id, f)
		}
		start, err1 := strconv.Atoi(nums[0])
		end, err2 := strconv.Atoi(nums[1])
		if err1 != nil || err2 != nil {
			return p.errf("entity %s: fragment %q: offsets are not integers", id, f)
		}
		if start < 0 || start > end || end > n {
			return p.errf("entity %s: fragment %d %d out of range (text has %d code points)", id, start, end, n)
		}
		if i > 0 {
			covered.WriteByte(' ')
		}
		covered.WriteString(p.text[p.offsets[start]:p.offsets[end]])
		e.Spans = append(e.Spans, doc.Span{Start: start, End: end})
	}
	e.Text = covered.String()
	if hasText && field != textField(e.Text) {
		return p.errf("entity %s: text %q does not match %q at %s", id, field, e.Text, offs)
	}
	d.Entities = append(d.Entities, e)
	return nil
}

// textField returns how covered text appears in a T line's text field:
// newlines become spaces (a line cannot hold them), and trailing carriage
// returns are dropped (they are indistinguishable from CRLF line ends).
func textField(covered string) string {
	return strings.TrimRight(strings.ReplaceAll(covered, "\n", " "), "\r")
}

// roleRef splits "Role:ID".
func roleRef(s string) (role, ref string, ok bool) {
	role, ref, ok = strings.Cut(s, ":")
	return role, ref, ok && role != "" && ref != ""
}

func (p *parser) parseRelation(d *Document, id, rest string) *ParseError {
	if err := p.define(id); err != nil {
		return err
	}
	head, _, _ := strings.Cut(rest, "\t")
	f := strings.Fields(head)
	if len(f) != 3 {
		return p.errf("relation %s: want \"TYPE Arg1:ID Arg2:ID\", got %q", id, head)
	}
	role1, arg1, ok1 := roleRef(f[1])
	role2, arg2, ok2 := roleRef(f[2])
	if !ok1 || !ok2 {
		return p.errf("relation %s: want \"Role:ID\" arguments, got %q", id, head)
	}
	if role1 == "Arg1" {
		role1 = ""
	}
	if role2 == "Arg2" {
		role2 = ""
	}
	p.refer(arg1)
	p.refer(arg2)
	d.Relations = append(d.Relations, Relation{ID: id, Type: f[0], Arg1: arg1, Arg2: arg2, Role1: role1, Role2: role2})
	return nil
}

func (p *parser) parseEvent(d *Document, id, rest string) *ParseError {
	if err := p.define(id); err != nil {
		return err
	}
	head, _, _ := strings.Cut(rest, "\t")
	f := strings.Fields(head)
	if len(f) == 0 {
		return p.errf("event %s: empty", id)
	}
	typ, trigger, ok := roleRef(f[0])
	if !ok {
		return p.errf("event %s: want \"TYPE:TRIGGER\", got %q", id, f[0])
	}
	p.refer(trigger)
	ev := Event{ID: id, Type: typ, Trigger: trigger}
	for _, a := range f[1:] {
		role, ref, ok := roleRef(a)
		if !ok {
			return p.errf("event %s: want \"Role:ID\" argument, got %q", id, a)
		}
		p.refer(ref)
		ev.Args = append(ev.Args, Arg{Role: role, Ref: ref})
	}
	d.Events = append(d.Events, ev)
	return nil
}

func (p *parser) parseAttribute(d *Document, id, rest string) *ParseError {
	if err := p.define(id); err != nil {
		return err
	}
	head, _, _ := strings.Cut(rest, "\t")
	f := strings.Fields(head)
	if len(f) != 2 && len(f) != 3 {
		return p.errf("attribute %s: want \"TYPE ID [VALUE]\", got %q", id, head)
	}
	a := Attribute{ID: id, Type: f[0], Target: f[1]}
	if len(f) == 3 {
		a.Value = f[2]
	}
	p.refer(a.Target)
	d.Attributes = append(d.Attributes, a)
	return nil
}

func (p *parser) parseNorm(d *Document, id, rest string) *ParseError {
	if err := p.define(id); err != nil {
		return err
	}
	head, label, _ := strings.Cut(rest, "\t")
	f := strings.Fields(head)
	if len(f) != 3 {
		return p.errf("normalization %s: want \"TYPE ID DB:REF\", got %q", id, head)
	}
	p.refer(f[1])
	d.Norms = append(d.Norms, Norm{ID: id, Type: f[0], Target: f[1], RefID: f[2], Label: label})
	return nil
}

func (p *parser) parseNote(d *Document, id, rest string) *ParseError {
	if err := p.define(id); err != nil {
		return err
	}
	head, text, _ := strings.Cut(rest, "\t")
	f := strings.Fields(head)
	if len(f) != 2 {
		return p.errf("note %s: want \"TYPE ID\", got %q", id, head)
	}
	p.refer(f[1])
	d.Notes = append(d.Notes, Note{ID: id, Type: f[0], Target: f[1], Text: text})
	return nil
}

func (p *parser) parseEquiv(d *Document, id, rest string) *ParseError {
	if id != "*" {
		return p.errf("equivalence: want ID \"*\", got %q", id)
	}
	head, _, _ := strings.Cut(rest, "\t")
	f := strings.Fields(head)
	if len(f) < 2 {
		return p.errf("equivalence: want \"TYPE ID ID…\", got %q", head)
	}
	for _, ref := range f[1:] {
		p.refer(ref)
	}
	d.Equivs = append(d.Equivs, Equiv{Type: f[0], IDs: f[1:]})
	return nil
}
