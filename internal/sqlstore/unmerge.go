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

// RecountSQL recomputes the document and mention counts of the entity $1.
const RecountSQL = `UPDATE entities SET
		doc_count = (SELECT COUNT(DISTINCT doc_id) FROM entity_sources WHERE entity_id = $1),
		mention_count = (SELECT COUNT(*) FROM entity_sources s JOIN mentions m ON m.doc_id = s.doc_id AND m.local_id = s.local_id
			WHERE s.entity_id = $1)
		WHERE id = $1`
