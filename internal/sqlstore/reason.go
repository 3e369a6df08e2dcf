package sqlstore

import (
	"fmt"

	"github.com/factgraph/factgraph/store"
)

// The reasons of entity sources (store.Source.Reason) are sentences that
// repeat for most sources. The backends store the common ones as a
// one-letter code, written by EncodeReason and read by DecodeReason from
// the source's type and key; any other reason is stored as it is. A
// stored reason is never a single letter otherwise: every sentence is
// longer.

// reasonTemplates gives the reason of each code for a source of type typ
// with identity key key.
var reasonTemplates = []struct {
	code string
	text func(typ, key string) string
}{
	{"F", func(_, key string) string { return fmt.Sprintf("first with identity key %q", key) }},
	{"M", func(_, key string) string {
		return fmt.Sprintf("merged: same identity key %q (type and normalized name)", key)
	}},
	{"B", func(_, key string) string {
		return fmt.Sprintf("stays in its document: identity key %q was unmerged", key)
	}},
	{"V", func(typ, _ string) string { return stays(typ, "1") }},
	{"L", func(string, string) string { return stays("ORGANIZATION", "—") }},
	{"P", func(string, string) string { return stays("PERSON", "Шугаев") }},
	{"T", func(string, string) string { return stays("ORGANIZATION", "ЕС") }},
}

// stays is the reason of a source whose entity keeps to its document
// because of the rules of store.IdentityKey, for a name of the type.
func stays(typ, name string) string {
	_, why := store.IdentityKey(typ, name)
	return "stays in its document: " + why
}

// FirstReason, MergedReason and BlockedReason are the reasons of a source
// attached to an entity by its identity key key.
func FirstReason(key string) string   { return reasonTemplates[0].text("", key) }
func MergedReason(key string) string  { return reasonTemplates[1].text("", key) }
func BlockedReason(key string) string { return reasonTemplates[2].text("", key) }

// EncodeReason returns the code of reason for a source of type typ with
// key key, or reason itself when it has none.
func EncodeReason(reason, typ, key string) string {
	for _, t := range reasonTemplates {
		if t.text(typ, key) == reason {
			return t.code
		}
	}
	return reason
}

// DecodeReason returns the reason a stored code (or reason) stands for.
func DecodeReason(stored, typ, key string) string {
	if len(stored) != 1 {
		return stored
	}
	for _, t := range reasonTemplates {
		if t.code == stored {
			return t.text(typ, key)
		}
	}
	return stored
}
