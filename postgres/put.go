package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/sqlstore"
	"github.com/factgraph/factgraph/store"
)

// MaxAliases caps the aliases kept for one entity.
const MaxAliases = sqlstore.MaxAliases

// PutDocument stores d and what was extracted from it in one transaction.
// See store.Store.
func (db *DB) PutDocument(ctx context.Context, d *doc.Document, m store.Meta) (store.PutResult, error) {
	if err := store.Validate(d, m); err != nil {
		return store.PutResult{}, err
	}
	if m.Source == "" {
		m.Source = d.Source
	}
	res := store.PutResult{Hash: store.Hash(d.Text)}
	// A stored text is not sent to the server again.
	err := db.pool.QueryRow(ctx, "SELECT id FROM documents WHERE hash = $1", res.Hash).Scan(&res.ID)
	switch {
	case err == nil:
		res.Existing = true
		return res, nil
	case !errors.Is(err, pgx.ErrNoRows):
		return store.PutResult{}, dbErr("look up document hash", err)
	}
	p := &putter{db: db, d: d}
	err = db.inTx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		p.tx, p.ctx = tx, ctx
		var err error
		res.ID, res.Existing, err = p.put(m, res.Hash)
		if err == nil {
			err = db.fail("commit")
		}
		return err
	})
	if err != nil {
		return store.PutResult{}, dbErr("store document", err)
	}
	return res, nil
}

// fail calls the test failpoint.
func (db *DB) fail(step string) error { return db.failpoint.Fail(step) }

// putter writes one document inside a transaction.
type putter struct {
	db    *DB
	tx    pgx.Tx
	ctx   context.Context
	d     *doc.Document
	docID int64
}

// put stores the document unless a concurrent writer stored the same text
// first, in which case it returns that document's ID and existing set.
func (p *putter) put(m store.Meta, hash string) (id int64, existing bool, err error) {
	vals, err := sqlstore.DocumentValues(p.d, m, hash)
	if err != nil {
		return 0, false, err
	}
	// A concurrent writer of the same text holds its row of the unique
	// index: this insert waits for it, then does nothing if it committed.
	err = p.tx.QueryRow(p.ctx, `INSERT INTO documents (`+sqlstore.DocumentInsertCols+`)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, $11, $12, $13)
		ON CONFLICT (hash) DO NOTHING RETURNING id`, vals...).Scan(&p.docID)
	if errors.Is(err, pgx.ErrNoRows) {
		if err := p.tx.QueryRow(p.ctx, "SELECT id FROM documents WHERE hash = $1", hash).Scan(&id); err != nil {
			return 0, false, fmt.Errorf("look up document hash: %w", err)
		}
		return id, true, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("insert document: %w", err)
	}
	steps := []struct {
		name string
		fn   func() error
	}{
		{"document", nil},
		{"entities", p.entities},
		{"relations", p.relations},
		{"events", p.events},
		{"counts", p.counts},
	}
	for _, s := range steps {
		if s.fn != nil {
			if err := s.fn(); err != nil {
				return 0, false, err
			}
		}
		if err := p.db.fail(s.name); err != nil {
			return 0, false, err
		}
	}
	return p.docID, false, nil
}

// attachment is the store entity a document-local entity goes to.
type attachment struct {
	key    string // the identity key, "" when none
	reason string
	id     int64 // the store entity; 0 until created
	create int   // when the entity is new: its index in the creation batch, else -1
	keyed  bool  // a new entity carries the key
}

// entities attaches each document-local entity to a store entity (merging
// on the identity key when it may), stores its mentions and updates the
// counts and aliases of the store entities.
func (p *putter) entities() error {
	ents := p.d.Entities
	if len(ents) == 0 {
		return nil
	}
	att := make([]attachment, len(ents))
	var keys []string
	for i, e := range ents {
		key, why := store.IdentityKey(e.Type, e.Name)
		att[i] = attachment{key: key, create: -1}
		if key == "" {
			att[i].reason = "stays in its document: " + why
		} else {
			keys = append(keys, key)
		}
	}
	// Hold the keys until commit, then read what is stored under them:
	// nobody else can create, merge into or unmerge them meanwhile.
	found := map[string]int64{}
	blocked := map[string]bool{}
	if len(keys) > 0 {
		if err := lockKeys(p.ctx, p.tx, keys); err != nil {
			return err
		}
		rows, err := p.tx.Query(p.ctx, `SELECT k, e.id, EXISTS (SELECT 1 FROM blocked_keys b WHERE b.key = k)
			FROM unnest($1::text[]) AS k LEFT JOIN entities e ON e.key = k`, keys)
		if err != nil {
			return fmt.Errorf("look up entity keys: %w", err)
		}
		for rows.Next() {
			var (
				k   string
				id  *int64
				blk bool
			)
			if err := rows.Scan(&k, &id, &blk); err != nil {
				rows.Close()
				return fmt.Errorf("look up entity keys: %w", err)
			}
			if id != nil {
				found[k] = *id
			}
			blocked[k] = blk
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("look up entity keys: %w", err)
		}
	}
	// Decide, in document order, which entities are new: the first source
	// of an unknown key creates its entity and later ones merge into it.
	created := &pgx.Batch{}
	first := map[string]int{} // key → index of the source that creates its entity
	for i, e := range ents {
		a := &att[i]
		switch k := a.key; {
		case k == "":
		case blocked[k]:
			a.reason = fmt.Sprintf("stays in its document: identity key %q was unmerged", k)
		case found[k] != 0:
			a.id = found[k]
			a.reason = fmt.Sprintf("merged: same identity key %q (type and normalized name)", k)
		default:
			if j, ok := first[k]; ok {
				a.create = att[j].create
				a.reason = fmt.Sprintf("merged: same identity key %q (type and normalized name)", k)
				continue
			}
			first[k] = i
			a.keyed = true
			a.reason = fmt.Sprintf("first with identity key %q", k)
		}
		if a.id == 0 {
			var key any // NULL: the entity stays in its document
			if a.keyed {
				key = a.key
			}
			a.create = created.Len()
			created.Queue("INSERT INTO entities (type, name, key) VALUES ($1, $2, $3) RETURNING id", e.Type, e.Name, key)
		}
	}
	newIDs := make([]int64, created.Len())
	if created.Len() > 0 {
		br := p.tx.SendBatch(p.ctx, created)
		for i := range newIDs {
			if err := br.QueryRow().Scan(&newIDs[i]); err != nil {
				br.Close()
				return fmt.Errorf("insert entity: %w", err)
			}
		}
		if err := br.Close(); err != nil {
			return fmt.Errorf("insert entity: %w", err)
		}
	}
	// Sources, mentions, counts and aliases: three statements, one round
	// trip.
	type update struct {
		docs, mentions int32
	}
	updates := map[int64]*update{}
	var (
		sLocal, sType, sName, sAliases, sKey, sReason []string
		sEntity                                       []int64
		mLocal, mText, mType                          []string
		mStart, mEnd                                  []int32
		uID, nID                                      []int64
		uDocs, uMentions                              []int32
		nName                                         []string
	)
	for i, e := range ents {
		a := &att[i]
		if a.id == 0 {
			a.id = newIDs[a.create]
		}
		names := sqlstore.AliasesOf(e)
		aj, err := json.Marshal(names)
		if err != nil {
			return err
		}
		sLocal = append(sLocal, e.ID)
		sEntity = append(sEntity, a.id)
		sType = append(sType, e.Type)
		sName = append(sName, e.Name)
		sAliases = append(sAliases, string(aj))
		sKey = append(sKey, a.key)
		sReason = append(sReason, sqlstore.EncodeReason(a.reason, e.Type, a.key))
		for _, mt := range e.Mentions {
			mLocal = append(mLocal, e.ID)
			mStart = append(mStart, int32(mt.Start))
			mEnd = append(mEnd, int32(mt.End))
			mText = append(mText, mt.Text)
			mType = append(mType, mt.Type)
		}
		u := updates[a.id]
		if u == nil {
			u = &update{docs: 1}
			updates[a.id] = u
			uID = append(uID, a.id)
		}
		u.mentions += int32(len(e.Mentions))
		for _, n := range append(names, e.Name) {
			nID = append(nID, a.id)
			nName = append(nName, n)
		}
	}
	for _, id := range uID {
		uDocs = append(uDocs, updates[id].docs)
		uMentions = append(uMentions, updates[id].mentions)
	}
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO entity_sources (doc_id, local_id, entity_id, type, name, aliases, key, reason)
		SELECT $1, l, e, t, n, ARRAY(SELECT x FROM jsonb_array_elements_text(a::jsonb) WITH ORDINALITY AS j(x, o) ORDER BY o), k, r
		FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS s(l, e, t, n, a, k, r)`,
		p.docID, sLocal, sEntity, sType, sName, sAliases, sKey, sReason)
	if len(mLocal) > 0 {
		b.Queue(`INSERT INTO mentions (doc_id, local_id, start, "end", text, type)
			SELECT $1, l, s, e, t, y FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[]) AS m(l, s, e, t, y)`,
			p.docID, mLocal, mStart, mEnd, mText, mType)
	}
	// The names of the sources are appended to the aliases of their
	// entities, in order, without duplicates or the entity's own name, up
	// to MaxAliases.
	b.Queue(`UPDATE entities e SET doc_count = e.doc_count + u.docs, mention_count = e.mention_count + u.mentions,
		aliases = CASE WHEN cardinality(e.aliases) >= $6 THEN e.aliases ELSE ARRAY(
			SELECT a FROM (SELECT a, min(o) AS o FROM (
					SELECT x.a, x.o FROM unnest(e.aliases) WITH ORDINALITY AS x(a, o)
					UNION ALL
					SELECT n.a, $6 + n.o FROM unnest($4::bigint[], $5::text[]) WITH ORDINALITY AS n(id, a, o) WHERE n.id = e.id) y
				WHERE a <> e.name GROUP BY a) s
			ORDER BY o LIMIT $6) END
		FROM unnest($1::bigint[], $2::int[], $3::int[]) AS u(id, docs, mentions) WHERE e.id = u.id`,
		uID, uDocs, uMentions, nID, nName, MaxAliases)
	if err := execBatch(p.ctx, p.tx, b); err != nil {
		return fmt.Errorf("store entities: %w", err)
	}
	return nil
}

func (p *putter) relations() error {
	rs := p.d.Relations
	if len(rs) == 0 {
		return nil
	}
	var (
		typ, head, tail []string
		start, end      []int32
	)
	for _, r := range rs {
		typ = append(typ, r.Type)
		head = append(head, r.Head)
		tail = append(tail, r.Tail)
		start = append(start, int32(r.Evidence.Start))
		end = append(end, int32(r.Evidence.End))
	}
	_, err := p.tx.Exec(p.ctx, `INSERT INTO relations (doc_id, type, head, tail, ev_start, ev_end)
		SELECT $1, y, h, t, s, e FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[])
			WITH ORDINALITY AS r(y, h, t, s, e, o) ORDER BY o`,
		p.docID, typ, head, tail, start, end)
	if err != nil {
		return fmt.Errorf("insert relations: %w", err)
	}
	return nil
}

// counts adds the document's relations and events to the counts of the
// entities they involve.
func (p *putter) counts() error {
	for _, q := range sqlstore.CountFactsSQL {
		if _, err := p.tx.Exec(p.ctx, q, p.docID); err != nil {
			return fmt.Errorf("count relations and events: %w", err)
		}
	}
	return nil
}

func (p *putter) events() error {
	if len(p.d.Events) == 0 {
		return nil
	}
	local := make(map[string]bool, len(p.d.Entities))
	for _, e := range p.d.Entities {
		local[e.ID] = true
	}
	b := &pgx.Batch{}
	var (
		pEvent, pLocal []string
		pPos           []int32
	)
	for _, e := range p.d.Events {
		var place any
		placeText := e.Place
		if local[e.Place] {
			place, placeText = e.Place, ""
		}
		b.Queue(`INSERT INTO events (doc_id, local_id, type, trigger_start, trigger_end, trigger_text, date, place_local, place_text)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			p.docID, e.ID, e.Type, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, e.Date, place, placeText)
		for i, pt := range e.Participants {
			pEvent = append(pEvent, e.ID)
			pLocal = append(pLocal, pt)
			pPos = append(pPos, int32(i))
		}
	}
	if len(pEvent) > 0 {
		b.Queue(`INSERT INTO event_participants (event_id, doc_id, local_id, pos)
			SELECT v.id, $1, p.l, p.o FROM unnest($2::text[], $3::text[], $4::int[]) AS p(ev, l, o)
			JOIN events v ON v.doc_id = $1 AND v.local_id = p.ev`, p.docID, pEvent, pLocal, pPos)
	}
	if err := execBatch(p.ctx, p.tx, b); err != nil {
		return fmt.Errorf("insert events: %w", err)
	}
	return nil
}
