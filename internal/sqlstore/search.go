package sqlstore

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/store"
)

// Snippets show SnippetWords words from the first SnippetScan code points
// of a document.
const (
	SnippetWords = 30
	SnippetScan  = 100_000
)

// maxTerms caps the terms of a query that are searched for.
const maxTerms = 32

// SearchTerms checks a search query and returns its terms
// (store.QueryTerms), the first maxTerms of them: a query too long, not
// valid UTF-8, holding NUL or without words is EINVALID.
func SearchTerms(query string) ([]string, error) {
	if len(query) > store.MaxQueryBytes {
		return nil, store.Errorf(store.EINVALID, "the query is too long: %d bytes, limit %d", len(query), store.MaxQueryBytes)
	}
	if !utf8.ValidString(query) || strings.IndexByte(query, 0) >= 0 {
		return nil, store.Errorf(store.EINVALID, "the query is not valid UTF-8 text")
	}
	terms := store.QueryTerms(query)
	if len(terms) == 0 {
		return nil, store.Errorf(store.EINVALID, "the query has no words to search for")
	}
	if len(terms) > maxTerms {
		terms = terms[:maxTerms]
	}
	return terms, nil
}

// SearchRequest checks a search: its terms (SearchTerms) and the number of
// hits of each kind to return (Limit).
func SearchRequest(query string, opt store.SearchOptions) (terms []string, limit int, err error) {
	if terms, err = SearchTerms(query); err != nil {
		return nil, 0, err
	}
	if limit, err = Limit(opt.Limit); err != nil {
		return nil, 0, err
	}
	return terms, limit, nil
}

// ListRequest checks a document listing and returns its limit (Limit); a
// negative offset is EINVALID.
func ListRequest(opt store.ListOptions) (limit int, err error) {
	if limit, err = Limit(opt.Limit); err != nil {
		return 0, err
	}
	if opt.Offset < 0 {
		return 0, store.Errorf(store.EINVALID, "offset %d is negative", opt.Offset)
	}
	return limit, nil
}

// Limit returns the number of rows a list or search with limit n returns:
// store.DefaultLimit for 0, at most store.MaxLimit; a negative n is
// EINVALID.
func Limit(n int) (int, error) {
	switch {
	case n < 0:
		return 0, store.Errorf(store.EINVALID, "limit %d is negative", n)
	case n == 0:
		return store.DefaultLimit, nil
	case n > store.MaxLimit:
		return store.MaxLimit, nil
	}
	return n, nil
}
