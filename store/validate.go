package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// Limits on what PutDocument accepts; larger input is refused with EINVALID.
const (
	MaxTextBytes   = 64 << 20 // a document's text
	MaxTitleBytes  = 4096
	MaxURLBytes    = 8192
	MaxDateBytes   = 64
	MaxSourceBytes = 4096
	MaxNameBytes   = 4096 // an entity name, alias or mention text
	MaxTypeBytes   = 64   // an entity, relation or event type, a local ID
	MaxQueryBytes  = 1024 // a search query
)

// Hash returns the identity of a document's text: its SHA-256 in lower-case
// hex.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// dateLayouts are the accepted forms of Meta.Date.
var dateLayouts = []string{
	"2006", "2006-01", "2006-01-02",
	time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05Z07:00",
}

// ValidDate reports whether s is an accepted Meta.Date: empty, or ISO 8601
// in one of the forms 2024, 2024-10, 2024-10-12, 2024-10-12T09:30[:00][Z],
// 2024-10-12 09:30[:00].
func ValidDate(s string) bool {
	if s == "" {
		return true
	}
	for _, l := range dateLayouts {
		if _, err := time.Parse(l, s); err == nil {
			return true
		}
	}
	return false
}

// Validate checks a document and its metadata before they are stored:
// strings are valid UTF-8 without NUL bytes and within the size limits,
// spans lie within the text, entity and event IDs are unique and every
// relation and event refers to entities of the document. It returns an
// EINVALID *Error naming the first problem found.
func Validate(d *doc.Document, m Meta) error {
	if d == nil {
		return Errorf(EINVALID, "no document")
	}
	for _, f := range []struct {
		name, value string
		max         int
	}{
		{"title", m.Title, MaxTitleBytes},
		{"url", m.URL, MaxURLBytes},
		{"date", m.Date, MaxDateBytes},
		{"source", m.Source, MaxSourceBytes},
		{"document source", d.Source, MaxSourceBytes},
		{"lang", d.Lang, MaxTypeBytes},
	} {
		if err := checkString(f.name, f.value, f.max); err != nil {
			return err
		}
	}
	if !ValidDate(m.Date) {
		return Errorf(EINVALID, "date %q is not ISO 8601 (2024, 2024-10, 2024-10-12 or a date and time)", m.Date)
	}
	if err := checkString("text", d.Text, MaxTextBytes); err != nil {
		return err
	}
	n := utf8.RuneCountInString(d.Text)
	span := func(what string, s doc.Span) error {
		if s.Start < 0 || s.End < s.Start || s.End > n {
			return Errorf(EINVALID, "%s: span [%d, %d) is outside the text of %d characters", what, s.Start, s.End, n)
		}
		return nil
	}
	for i, s := range d.Sentences {
		if err := span("sentence "+strconv.Itoa(i+1), s.Span); err != nil {
			return err
		}
	}
	ids := make(map[string]bool, len(d.Entities))
	for i, e := range d.Entities {
		what := "entity " + strconv.Itoa(i+1)
		if err := checkID(what+" ID", e.ID); err != nil {
			return err
		}
		if ids[e.ID] {
			return Errorf(EINVALID, "%s: ID %q is used twice", what, e.ID)
		}
		ids[e.ID] = true
		if err := checkID(what+" type", e.Type); err != nil {
			return err
		}
		if err := checkString(what+" name", e.Name, MaxNameBytes); err != nil {
			return err
		}
		if strings.TrimSpace(e.Name) == "" {
			return Errorf(EINVALID, "%s: empty name", what)
		}
		for _, a := range e.Aliases {
			if err := checkString(what+" alias", a, MaxNameBytes); err != nil {
				return err
			}
		}
		for j, mt := range e.Mentions {
			w := what + " mention " + strconv.Itoa(j+1)
			if err := span(w, mt.Span); err != nil {
				return err
			}
			if err := checkString(w+" text", mt.Text, MaxNameBytes); err != nil {
				return err
			}
			if err := checkID(w+" type", mt.Type); err != nil {
				return err
			}
		}
	}
	for i, r := range d.Relations {
		what := "relation " + strconv.Itoa(i+1)
		if err := checkID(what+" type", r.Type); err != nil {
			return err
		}
		if !ids[r.Head] || !ids[r.Tail] {
			return Errorf(EINVALID, "%s: head %q or tail %q is not an entity of the document", what, r.Head, r.Tail)
		}
		if err := span(what+" evidence", r.Evidence); err != nil {
			return err
		}
	}
	evs := make(map[string]bool, len(d.Events))
	for i, e := range d.Events {
		what := "event " + strconv.Itoa(i+1)
		if err := checkID(what+" ID", e.ID); err != nil {
			return err
		}
		if evs[e.ID] {
			return Errorf(EINVALID, "%s: ID %q is used twice", what, e.ID)
		}
		evs[e.ID] = true
		if err := checkID(what+" type", e.Type); err != nil {
			return err
		}
		if err := span(what+" trigger", e.Trigger.Span); err != nil {
			return err
		}
		if err := checkString(what+" trigger text", e.Trigger.Text, MaxNameBytes); err != nil {
			return err
		}
		if err := checkString(what+" date", e.Date, MaxDateBytes); err != nil {
			return err
		}
		if err := checkString(what+" place", e.Place, MaxNameBytes); err != nil {
			return err
		}
		seen := make(map[string]bool, len(e.Participants))
		for _, p := range e.Participants {
			if !ids[p] {
				return Errorf(EINVALID, "%s: participant %q is not an entity of the document", what, p)
			}
			if seen[p] {
				return Errorf(EINVALID, "%s: participant %q is listed twice", what, p)
			}
			seen[p] = true
		}
	}
	return nil
}

// checkString refuses invalid UTF-8, NUL bytes and strings over max bytes.
func checkString(what, s string, max int) error {
	if len(s) > max {
		return Errorf(EINVALID, "%s is too long: %d bytes, limit %d", what, len(s), max)
	}
	if !utf8.ValidString(s) {
		return Errorf(EINVALID, "%s is not valid UTF-8", what)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return Errorf(EINVALID, "%s contains a NUL byte", what)
	}
	return nil
}

// checkID checks a non-empty short identifier or type name.
func checkID(what, s string) error {
	if s == "" {
		return Errorf(EINVALID, "%s is empty", what)
	}
	return checkString(what, s, MaxTypeBytes)
}
