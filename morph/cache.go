package morph

import "sync"

// parseCache remembers the parses of recent word forms: news text repeats
// its words, and several stages (NER features, canonical names, events) ask
// about the same ones. It holds at most max forms and starts afresh when
// full.
type parseCache struct {
	mu  sync.RWMutex
	m   map[string][]Parse
	max int
}

func (c *parseCache) get(word string) ([]Parse, bool) {
	c.mu.RLock()
	ps, ok := c.m[word]
	c.mu.RUnlock()
	return ps, ok
}

func (c *parseCache) put(word string, ps []Parse) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= c.max {
		c.m = make(map[string][]Parse, 1024)
	}
	c.m[word] = append([]Parse(nil), ps...)
	c.mu.Unlock()
}
