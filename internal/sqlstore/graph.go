package sqlstore

import "github.com/factgraph/factgraph/store"

// GraphBuilder assembles a neighbourhood graph hop by hop from the edges
// the backend reads, keeping store.MaxGraphNodes nodes at most and each
// edge once.
type GraphBuilder struct {
	G *store.Graph
	// Hops is the hop at which each node was reached; Order lists the
	// nodes in the order reached, the root first.
	Hops  map[int64]int
	Order []int64
	seen  map[edgeKey]bool
}

type edgeKey struct {
	head, tail int64
	typ        string
}

// NewGraphBuilder starts the graph of root within depth hops.
func NewGraphBuilder(root int64, depth int) *GraphBuilder {
	return &GraphBuilder{
		G:     &store.Graph{Root: root, Depth: depth, Nodes: []store.GraphNode{}, Edges: []store.Edge{}},
		Hops:  map[int64]int{root: 0},
		Order: []int64{root},
		seen:  map[edgeKey]bool{},
	}
}

// AddEdge adds an edge read at hop and returns next with the nodes it
// reached first appended. When a node does not fit, the graph is marked
// truncated and the edge is left out.
func (b *GraphBuilder) AddEdge(hop int, e store.Edge, next []int64) []int64 {
	ok := true
	for _, m := range []int64{e.Head, e.Tail} {
		if _, in := b.Hops[m]; in {
			continue
		}
		if len(b.Order) >= store.MaxGraphNodes {
			b.G.Truncated, ok = true, false
			continue
		}
		b.Hops[m] = hop
		b.Order = append(b.Order, m)
		next = append(next, m)
	}
	k := edgeKey{e.Head, e.Tail, e.Type}
	if ok && !b.seen[k] {
		b.seen[k] = true
		b.G.Edges = append(b.G.Edges, e)
	}
	return next
}

// AddNode appends node n of Order, with its hop, to the graph as r.
func (b *GraphBuilder) AddNode(n int64, r store.EntityRef) {
	b.G.Nodes = append(b.G.Nodes, store.GraphNode{EntityRef: r, Hops: b.Hops[n]})
}
