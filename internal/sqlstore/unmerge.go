package sqlstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/factgraph/factgraph/store"
)

// ReadUnmerge reads the sources of entity id and plans an Unmerge of
// docIDs (PlanUnmerge); a failure to read them is an *OpError "read entity
// sources".
func ReadUnmerge(ctx context.Context, q Querier, d Dialect, id int64, docIDs []int64) (moved []store.Source, full bool, err error) {
	srcs, err := Sources(ctx, q, d, id)
	if err != nil {
		return nil, false, opErr("read entity sources", err)
	}
	return PlanUnmerge(id, srcs, docIDs)
}

// PlanUnmerge decides which sources of entity id an Unmerge of docIDs
// moves to entities of their own: those of docIDs, or, when docIDs is
// empty or names every source (a full unmerge), all but the first. srcs
// are the entity's sources in document order. An entity with a single
// source is ECONFLICT; a document that is not a source is EINVALID.
func PlanUnmerge(id int64, srcs []store.Source, docIDs []int64) (moved []store.Source, full bool, err error) {
	if len(srcs) < 2 {
		return nil, false, store.Errorf(store.ECONFLICT, "entity %d is not merged: it has a single source", id)
	}
	split := map[int64]bool{}
	for _, d := range docIDs {
		split[d] = true
	}
	for d := range split {
		if !slices.ContainsFunc(srcs, func(s store.Source) bool { return s.DocID == d }) {
			return nil, false, store.Errorf(store.EINVALID, "document %d is not a source of entity %d", d, id)
		}
	}
	full = len(split) == 0
	if !full {
		// Splitting off every source is a full unmerge.
		full = true
		for _, s := range srcs {
			full = full && split[s.DocID]
		}
	}
	for i, s := range srcs {
		if (full && i > 0) || (!full && split[s.DocID]) {
			moved = append(moved, s)
		}
	}
	return moved, full, nil
}

// UnmergedReason is the reason of the sources left with an entity by a
// full unmerge at time at.
func UnmergedReason(at string) string {
	return fmt.Sprintf("stays in its document: unmerged at %s", at)
}

// SplitReason is the reason of source s once split from entity id at time
// at.
func SplitReason(id int64, at string, s store.Source) string {
	return fmt.Sprintf("split from entity %d at %s (it had been attached: %s)", id, at, s.Reason)
}

// RecountSQL recomputes the document, mention, relation and event counts
// of the entity $1.
const RecountSQL = `UPDATE entities SET
		doc_count = (SELECT COUNT(DISTINCT doc_id) FROM entity_sources WHERE entity_id = $1),
		mention_count = (SELECT COUNT(*) FROM entity_sources s JOIN mentions m ON m.doc_id = s.doc_id AND m.local_id = s.local_id
			WHERE s.entity_id = $1),
		relation_count = (SELECT COUNT(*) FROM (` + entityRelationIDs + `) r),
		event_count = (SELECT COUNT(*) FROM (` + EntityEventsQuery + `) v)
		WHERE id = $1`

// CountFactsSQL adds the relations and the events of document $1 to the
// relation_count and event_count of the entities they involve: each
// relation or event once per entity (head or tail; participant or place).
var CountFactsSQL = []string{
	`UPDATE entities SET relation_count = relation_count + c.n FROM (
		SELECT x.e, COUNT(*) AS n FROM (` + docRelationEntities + `) x GROUP BY x.e) c
	WHERE entities.id = c.e`,
	`UPDATE entities SET event_count = event_count + c.n FROM (
		SELECT x.e, COUNT(*) AS n FROM (` + docEventEntities + `) x GROUP BY x.e) c
	WHERE entities.id = c.e`,
}

// docRelationEntities selects the relations of document $1 with each
// store entity they involve; docEventEntities does so for events.
const (
	docRelationEntities = `SELECT r.id, h.entity_id AS e FROM relations r
			JOIN entity_sources h ON h.doc_id = r.doc_id AND h.local_id = r.head WHERE r.doc_id = $1
		UNION
		SELECT r.id, t.entity_id FROM relations r
			JOIN entity_sources t ON t.doc_id = r.doc_id AND t.local_id = r.tail WHERE r.doc_id = $1`
	docEventEntities = `SELECT p.event_id AS id, s.entity_id AS e FROM event_participants p
			JOIN entity_sources s ON s.doc_id = p.doc_id AND s.local_id = p.local_id WHERE p.doc_id = $1
		UNION
		SELECT v.id, s.entity_id FROM events v
			JOIN entity_sources s ON s.doc_id = v.doc_id AND s.local_id = v.place_local WHERE v.doc_id = $1`
)
