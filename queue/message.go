package queue

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/factgraph/factgraph/store"
)

// Doc is one document on the queue: its text and what is known about it.
type Doc struct {
	// Text is the document's text, UTF-8 without a byte order mark.
	Text []byte
	Meta store.Meta
	// Hash is the SHA-256 of Text (store.Hash): the JetStream message ID
	// and the store's key.
	Hash string
}

// Version is the format version written in the header line of a message.
const Version = 1

// MaxHeaderBytes caps the header line of a message.
const MaxHeaderBytes = 64 << 10

// header is the first line of a message, JSON on one line.
type header struct {
	V      int    `json:"v"`
	Hash   string `json:"hash"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
}

// NewDoc returns the Doc for a text and its metadata: the byte order mark
// removed and the hash computed.
func NewDoc(text []byte, m store.Meta) Doc {
	text = bytes.TrimPrefix(text, []byte("\uFEFF"))
	return Doc{Text: text, Meta: m, Hash: store.Hash(string(text))}
}

// Encode returns the message body of d: a header line of JSON (version,
// hash and metadata), a line feed, then the text's bytes as they are. The
// text travels as raw bytes, not as a JSON string, so that what the worker
// checks (valid UTF-8, no NUL, its hash) is what was published.
func Encode(d Doc) []byte {
	h, err := json.Marshal(header{V: Version, Hash: d.Hash, Title: d.Meta.Title, URL: d.Meta.URL,
		Date: d.Meta.Date, Source: d.Meta.Source})
	if err != nil {
		panic(err) // strings only: cannot fail
	}
	b := make([]byte, 0, len(h)+1+len(d.Text))
	b = append(b, h...)
	b = append(b, '\n')
	return append(b, d.Text...)
}

// PoisonError is a message that can never be processed: malformed,
// too large, not UTF-8 text, or whose text does not match its hash. A
// worker terminates such a message instead of retrying it.
type PoisonError struct {
	Reason string
	Err    error
}

func (e *PoisonError) Error() string {
	if e.Err != nil {
		return e.Reason + ": " + e.Err.Error()
	}
	return e.Reason
}

func (e *PoisonError) Unwrap() error { return e.Err }

// IsPoison reports whether err (or an error it wraps) is a *PoisonError.
func IsPoison(err error) bool {
	var pe *PoisonError
	return errors.As(err, &pe)
}

func poison(format string, args ...any) error {
	return &PoisonError{Reason: fmt.Sprintf(format, args...)}
}

// Decode reads a message body written by Encode. Its text must be at most
// maxText bytes (0: no limit), non-empty, valid UTF-8 without NUL bytes,
// and hash to the hash of the header. Every error is a *PoisonError: the
// same bytes will never decode.
func Decode(b []byte, maxText int) (Doc, error) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		if len(b) > MaxHeaderBytes {
			return Doc{}, poison("no header line in the first %d bytes", MaxHeaderBytes)
		}
		return Doc{}, poison("no header line")
	}
	if i > MaxHeaderBytes {
		return Doc{}, poison("header line of %d bytes, limit %d", i, MaxHeaderBytes)
	}
	var h header
	if err := json.Unmarshal(b[:i], &h); err != nil {
		return Doc{}, &PoisonError{Reason: "header is not a JSON object", Err: err}
	}
	if h.V != Version {
		return Doc{}, poison("format version %d, want %d", h.V, Version)
	}
	if !isHash(h.Hash) {
		return Doc{}, poison("header hash %q is not a SHA-256 in lower-case hex", truncate(h.Hash, 80))
	}
	d := Doc{Text: b[i+1:], Hash: h.Hash, Meta: store.Meta{Title: h.Title, URL: h.URL, Date: h.Date, Source: h.Source}}
	if err := d.Check(maxText); err != nil {
		return Doc{}, err
	}
	return d, nil
}

// Check reports, as a *PoisonError, why d can never be processed: a text
// larger than maxText bytes (0: no limit), empty, not valid UTF-8, holding
// NUL bytes or a byte order mark, or not hashing to d.Hash.
func (d Doc) Check(maxText int) error {
	text := d.Text
	switch {
	case maxText > 0 && len(text) > maxText:
		return poison("text too large: %d bytes, limit %d", len(text), maxText)
	case len(text) == 0:
		return poison("empty text")
	case !utf8.Valid(text):
		return poison("text is not valid UTF-8")
	case bytes.IndexByte(text, 0) >= 0:
		return poison("text contains NUL bytes")
	case bytes.HasPrefix(text, []byte("\uFEFF")):
		return poison("text starts with a byte order mark")
	}
	if got := store.Hash(string(text)); got != d.Hash {
		return poison("text hashes to %s, not %s", got, truncate(d.Hash, 80))
	}
	return nil
}

func isHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
