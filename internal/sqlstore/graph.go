package sqlstore

import (
	"context"
	"fmt"

	"github.com/factgraph/factgraph/store"
)

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

// eventEdges selects the edges entity $1 takes from the events it shares
// with other entities (head, tail, type, count), the most frequent first,
// at most $2 of them: from each participant to the event's place, and
// between the participants of one event, from the one listed first. The
// type of an edge is the event's type.
const eventEdges = `WITH mine AS (
		SELECT entity_id, doc_id, local_id FROM entity_sources WHERE entity_id = $1),
	part AS (
		SELECT mine.entity_id, p.event_id, p.%[1]s AS o FROM mine
		JOIN event_participants p ON p.doc_id = mine.doc_id AND p.local_id = mine.local_id),
	x AS (
		SELECT part.entity_id AS head, ps.entity_id AS tail, v.type FROM part
		JOIN events v ON v.id = part.event_id
		JOIN entity_sources ps ON ps.doc_id = v.doc_id AND ps.local_id = v.place_local
		UNION ALL
		SELECT s.entity_id, mine.entity_id, v.type FROM mine
		JOIN events v ON v.doc_id = mine.doc_id AND v.place_local = mine.local_id
		JOIN event_participants p ON p.event_id = v.id
		JOIN entity_sources s ON s.doc_id = p.doc_id AND s.local_id = p.local_id
		UNION ALL
		SELECT CASE WHEN part.o < p.%[1]s THEN part.entity_id ELSE s.entity_id END,
			CASE WHEN part.o < p.%[1]s THEN s.entity_id ELSE part.entity_id END, v.type FROM part
		JOIN events v ON v.id = part.event_id
		JOIN event_participants p ON p.event_id = part.event_id
		JOIN entity_sources s ON s.doc_id = p.doc_id AND s.local_id = p.local_id)
	SELECT head, tail, type, COUNT(*) FROM x WHERE head <> tail
	GROUP BY head, tail, type ORDER BY 4 DESC, 1, 2, 3 LIMIT $2`

// MaxEventHub is the most events an entity may have for the graph to
// follow its shared events: grouping the co-participants and places of a
// hub's thousands of events («Россия») would cost more than the rest of a
// graph, and its most frequent event links say little.
const MaxEventHub = 300

// EventEdges returns the edges that entity id takes from shared events
// (see store.Edge), the most frequent first: at most store.MaxNodeEdges,
// and whether some were left out (more than that, or none followed since
// the entity has more than MaxEventHub events).
func EventEdges(ctx context.Context, q Querier, d Dialect, id int64) ([]store.Edge, bool, error) {
	var n int
	if err := q.QueryRow(ctx, d.SQL("SELECT event_count FROM entities WHERE id = $1"), id).Scan(&n); err != nil && !d.noRows(err) {
		return nil, false, err
	}
	if n > MaxEventHub {
		return nil, true, nil
	}
	edges, err := Collect(ctx, q, func(s Scanner, e *store.Edge) error {
		e.Event = true
		return s.Scan(&e.Head, &e.Tail, &e.Type, &e.Count)
	}, d.SQL(fmt.Sprintf(eventEdges, d.ParticipantOrder)), id, store.MaxNodeEdges+1)
	if err != nil {
		return nil, false, err
	}
	if len(edges) > store.MaxNodeEdges {
		return edges[:store.MaxNodeEdges], true, nil
	}
	return edges, false, nil
}
