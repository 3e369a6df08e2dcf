-- 0001: documents, entities across documents with their sources (the record
-- of every merge), mentions, relations, events, and FTS5 indexes.

CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	hash        TEXT    NOT NULL UNIQUE,  -- SHA-256 of text, lower-case hex
	title       TEXT    NOT NULL DEFAULT '',
	url         TEXT    NOT NULL DEFAULT '',
	date        TEXT    NOT NULL DEFAULT '',
	source      TEXT    NOT NULL DEFAULT '',
	lang        TEXT    NOT NULL DEFAULT '',
	text        TEXT    NOT NULL,
	chars       INTEGER NOT NULL,
	sentences   TEXT    NOT NULL DEFAULT '[]', -- JSON array of {start,end}
	n_entities  INTEGER NOT NULL DEFAULT 0,
	n_mentions  INTEGER NOT NULL DEFAULT 0,
	n_relations INTEGER NOT NULL DEFAULT 0,
	n_events    INTEGER NOT NULL DEFAULT 0,
	stored_at   TEXT    NOT NULL
);

-- A store entity: one referent across documents.
CREATE TABLE entities (
	id            INTEGER PRIMARY KEY,
	type          TEXT    NOT NULL,
	name          TEXT    NOT NULL,
	key           TEXT    UNIQUE,          -- identity key; NULL: stays in its document
	aliases       TEXT    NOT NULL DEFAULT '[]', -- JSON array: other names of its sources
	doc_count     INTEGER NOT NULL DEFAULT 0,
	mention_count INTEGER NOT NULL DEFAULT 0,
	created_at    TEXT    NOT NULL
);

-- Each document-local entity (E1, E2, … of one document) and the store
-- entity it belongs to, with the key it had and why it was attached.
-- Mentions, relations and events refer to document-local entities, so an
-- unmerge only changes entity_id here.
CREATE TABLE entity_sources (
	doc_id    INTEGER NOT NULL REFERENCES documents(id),
	local_id  TEXT    NOT NULL,
	entity_id INTEGER NOT NULL REFERENCES entities(id),
	type      TEXT    NOT NULL,
	name      TEXT    NOT NULL,
	aliases   TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings
	key       TEXT    NOT NULL DEFAULT '',
	reason    TEXT    NOT NULL,
	PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX entity_sources_entity ON entity_sources(entity_id, doc_id);

-- Identity keys split with Unmerge: documents do not merge on them again.
CREATE TABLE blocked_keys (
	key        TEXT PRIMARY KEY,
	entity_id  INTEGER NOT NULL,
	blocked_at TEXT NOT NULL
);

CREATE TABLE mentions (
	id       INTEGER PRIMARY KEY,
	doc_id   INTEGER NOT NULL,
	local_id TEXT    NOT NULL,
	start    INTEGER NOT NULL,
	"end"    INTEGER NOT NULL,
	text     TEXT    NOT NULL,
	type     TEXT    NOT NULL,
	FOREIGN KEY (doc_id, local_id) REFERENCES entity_sources(doc_id, local_id)
);
CREATE INDEX mentions_source ON mentions(doc_id, local_id, start);

CREATE TABLE relations (
	id         INTEGER PRIMARY KEY,
	doc_id     INTEGER NOT NULL,
	type       TEXT    NOT NULL,
	head       TEXT    NOT NULL,
	tail       TEXT    NOT NULL,
	ev_start   INTEGER NOT NULL,
	ev_end     INTEGER NOT NULL,
	ev_text    TEXT    NOT NULL,
	FOREIGN KEY (doc_id, head) REFERENCES entity_sources(doc_id, local_id),
	FOREIGN KEY (doc_id, tail) REFERENCES entity_sources(doc_id, local_id)
);
CREATE INDEX relations_head ON relations(doc_id, head);
CREATE INDEX relations_tail ON relations(doc_id, tail);

CREATE TABLE events (
	id            INTEGER PRIMARY KEY,
	doc_id        INTEGER NOT NULL REFERENCES documents(id),
	local_id      TEXT    NOT NULL,
	type          TEXT    NOT NULL,
	trigger_start INTEGER NOT NULL,
	trigger_end   INTEGER NOT NULL,
	trigger_text  TEXT    NOT NULL,
	date          TEXT    NOT NULL DEFAULT '',
	place_local   TEXT,                 -- a document-local entity, or NULL
	place_text    TEXT    NOT NULL DEFAULT '',
	UNIQUE (doc_id, local_id),
	FOREIGN KEY (doc_id, place_local) REFERENCES entity_sources(doc_id, local_id)
);
CREATE INDEX events_place ON events(doc_id, place_local);

CREATE TABLE event_participants (
	event_id INTEGER NOT NULL REFERENCES events(id),
	doc_id   INTEGER NOT NULL,
	local_id TEXT    NOT NULL,
	PRIMARY KEY (event_id, local_id),
	FOREIGN KEY (doc_id, local_id) REFERENCES entity_sources(doc_id, local_id)
);
CREATE INDEX event_participants_source ON event_participants(doc_id, local_id);

-- Full-text indexes. documents_fts reads its columns from documents
-- (external content); entities_fts holds name and aliases itself.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text,
	content = 'documents', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE entities_fts USING fts5(
	name, aliases,
	tokenize = 'unicode61 remove_diacritics 2'
);
