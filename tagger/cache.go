package tagger

import "sync"

// wordCache remembers the wordInfo of recent word forms: running text
// repeats its words, and a word's candidates (dictionary parses mapped to
// UD, lexicon and ending tags) and own feature hashes do not depend on its
// context. It holds at most max forms and starts afresh when full. A nil
// cache remembers nothing.
type wordCache struct {
	mu  sync.RWMutex
	m   map[string]*wordInfo
	max int
}

func newWordCache(max int) *wordCache { return &wordCache{max: max} }

func (c *wordCache) get(w string) *wordInfo {
	if c == nil {
		return nil
	}
	c.mu.RLock()
	wi := c.m[w]
	c.mu.RUnlock()
	return wi
}

func (c *wordCache) put(w string, wi *wordInfo) {
	if c == nil {
		return
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= c.max {
		c.m = make(map[string]*wordInfo, 1024)
	}
	c.m[w] = wi
	c.mu.Unlock()
}
