-- 0003: per-entity counts of relations and events, so that an entity page
-- gives its totals without counting a hub's thousands of facts. PutDocument
-- adds each document's facts (internal/sqlstore.CountFactsSQL) and Unmerge
-- recounts (RecountSQL). Each relation or event counts once per entity
-- (head or tail; participant or place).
ALTER TABLE entities ADD COLUMN relation_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0;

UPDATE entities SET relation_count = c.n FROM (
	SELECT x.e, COUNT(*) AS n FROM (
		SELECT r.id, h.entity_id AS e FROM relations r
			JOIN entity_sources h ON h.doc_id = r.doc_id AND h.local_id = r.head
		UNION
		SELECT r.id, t.entity_id FROM relations r
			JOIN entity_sources t ON t.doc_id = r.doc_id AND t.local_id = r.tail) x
	GROUP BY x.e) c
WHERE entities.id = c.e;

UPDATE entities SET event_count = c.n FROM (
	SELECT x.e, COUNT(*) AS n FROM (
		SELECT p.event_id AS id, s.entity_id AS e FROM event_participants p
			JOIN entity_sources s ON s.doc_id = p.doc_id AND s.local_id = p.local_id
		UNION
		SELECT v.id, s.entity_id FROM events v
			JOIN entity_sources s ON s.doc_id = v.doc_id AND s.local_id = v.place_local) x
	GROUP BY x.e) c
WHERE entities.id = c.e;
