package tagger

import "github.com/factgraph/factgraph/internal/formcache"

// newWordCache returns the cache of the wordInfo of recent word forms: a
// word's candidates (dictionary parses mapped to UD, lexicon and ending
// tags) and own feature hashes do not depend on its context. Two
// generations of 32 768 forms.
func newWordCache() *formcache.Cache[*wordInfo] { return formcache.New[*wordInfo](1 << 15) }
