package formcache

import (
	"fmt"
	"sync"
	"testing"
)

func TestGenerations(t *testing.T) {
	c := New[int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("d", 3) // a and b are now old
	if v, ok := c.Get("a"); !ok || v != 1 {
		t.Fatalf("a from the old generation: %d %v", v, ok)
	}
	// a was promoted: the current generation holds d and a.
	c.Put("x", 4) // d and a old, b dropped
	if _, ok := c.Get("b"); ok {
		t.Error("b outlived two generations")
	}
	if v, ok := c.Get("a"); !ok || v != 1 {
		t.Error("a lost after promotion")
	}
	c.Put("a", 5)
	if v, _ := c.Get("a"); v != 5 {
		t.Errorf("a = %d after Put 5", v)
	}
	if n := c.Len(); n > 4 {
		t.Errorf("Len = %d > 2·max", n)
	}
}

func TestNilRemembersNothing(t *testing.T) {
	var c *Cache[string]
	c.Put("a", "x")
	if v, ok := c.Get("a"); ok || v != "" {
		t.Errorf("nil cache: %q %v", v, ok)
	}
	if c.Len() != 0 {
		t.Error("nil cache has a length")
	}
}

func TestBounded(t *testing.T) {
	tests := []struct{ max, puts, limit int }{
		{1, 10, 2},
		{0, 10, 2}, // max below 1 counts as 1
		{100, 1000, 200},
		{100, 50, 50},
	}
	for _, tt := range tests {
		c := New[int](tt.max)
		for i := range tt.puts {
			c.Put(fmt.Sprint(i), i)
		}
		if n := c.Len(); n > tt.limit {
			t.Errorf("max %d, %d puts: Len %d > %d", tt.max, tt.puts, n, tt.limit)
		}
		last := fmt.Sprint(tt.puts - 1)
		if v, ok := c.Get(last); !ok || v != tt.puts-1 {
			t.Errorf("max %d: the last form put is gone", tt.max)
		}
	}
}

func TestConcurrent(t *testing.T) {
	c := New[int](16)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				k := fmt.Sprint((i * (g + 1)) % 50)
				if v, ok := c.Get(k); ok && fmt.Sprint(v) != k {
					t.Errorf("%s holds %d", k, v)
					return
				}
				c.Put(k, (i*(g+1))%50)
			}
		}()
	}
	wg.Wait()
}
