// Package formcache is the bounded cache of what an analyser computes for a
// word form regardless of its context: the dictionary's parses (morph), a
// word's tag candidates and feature hashes (tagger, ner). Running text
// repeats its words, so each of them keeps the recent forms' results.
package formcache

import "sync"

// Cache maps word forms to values. It keeps two generations of at most max
// forms each: when the current one is full it becomes the old one and the
// old one is dropped, and a form found in the old generation is moved to the
// current one. A form asked for at least once in every max new forms thus
// stays, and the cache never holds more than 2·max forms. A Cache is safe for
// concurrent use; a nil *Cache remembers nothing.
type Cache[V any] struct {
	mu       sync.RWMutex
	cur, old map[string]V
	max      int
}

// New returns an empty cache of generations of size forms (at least 1).
func New[V any](size int) *Cache[V] { return &Cache[V]{max: max(size, 1)} }

// Get returns the value kept for form, moving it to the current generation
// when it came from the old one.
func (c *Cache[V]) Get(form string) (v V, ok bool) {
	if c == nil {
		return v, false
	}
	c.mu.RLock()
	v, ok = c.cur[form]
	inOld := false
	if !ok {
		v, ok = c.old[form]
		inOld = ok
	}
	c.mu.RUnlock()
	if inOld {
		c.Put(form, v)
	}
	return v, ok
}

// Put keeps v for form, replacing what was kept.
func (c *Cache[V]) Put(form string, v V) {
	if c == nil {
		return
	}
	c.mu.Lock()
	if c.cur == nil || len(c.cur) >= c.max {
		c.old, c.cur = c.cur, make(map[string]V, min(c.max, 1024))
	}
	c.cur[form] = v
	c.mu.Unlock()
}

// Len reports how many forms the cache holds in both generations (a form
// promoted from the old one may be counted twice).
func (c *Cache[V]) Len() int {
	if c == nil {
		return 0
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.cur) + len(c.old)
}
