-- 0002: a smaller store and indexes for the store-wide lists.
--
-- A relation's evidence text is cut from the document's text when read
-- (ev_start, ev_end), no longer copied.
ALTER TABLE relations DROP COLUMN ev_text;

-- Common merge reasons become one-letter codes, read back by
-- internal/sqlstore.DecodeReason from the source's type and key.
UPDATE entity_sources SET reason = CASE
	WHEN reason = 'first with identity key "' || key || '"' THEN 'F'
	WHEN reason = 'merged: same identity key "' || key || '" (type and normalized name)' THEN 'M'
	WHEN reason = 'stays in its document: identity key "' || key || '" was unmerged' THEN 'B'
	WHEN reason = 'stays in its document: type ' || type || ' is a value or common noun, not a name' THEN 'V'
	WHEN reason = 'stays in its document: the name has no letters' THEN 'L'
	WHEN reason = 'stays in its document: a person''s name needs at least two words (first and last name) to be merged' THEN 'P'
	WHEN reason = 'stays in its document: the name is shorter than three letters' THEN 'T'
	ELSE reason END
WHERE length(reason) > 1;

-- Store-wide lists: entities by mentions or documents (of a type), events
-- in timeline order, relations of a type.
CREATE INDEX entities_mentions ON entities(mention_count DESC, doc_count DESC);
CREATE INDEX entities_type_mentions ON entities(type, mention_count DESC, doc_count DESC);
CREATE INDEX entities_documents ON entities(doc_count DESC, mention_count DESC);
CREATE INDEX entities_type_documents ON entities(type, doc_count DESC, mention_count DESC);
CREATE INDEX events_timeline ON events((date = ''), date, doc_id, id);
CREATE INDEX relations_type ON relations(type, doc_id);
