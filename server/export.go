package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/factgraph/factgraph/ftm"

	"github.com/factgraph/factgraph/store"
)

// maxExportDocuments caps the documents of an entity export.
const maxExportDocuments = 100

// Export formats.
const (
	formatJSON  = "json"  // one JSON value
	formatJSONL = "jsonl" // one document per line
	formatFtM   = "ftm"   // FollowTheMoney entities, one per line
)

// exportFormat reads the format parameter: json (the default), jsonl or
// ftm.
func exportFormat(r *http.Request) (string, error) {
	switch f := r.URL.Query().Get("format"); f {
	case "", formatJSON:
		return formatJSON, nil
	case formatJSONL, formatFtM:
		return f, nil
	default:
		return "", store.Errorf(store.EINVALID, "format %.40q: it must be json, jsonl or ftm", f)
	}
}

// entityExport is the JSON export of an entity: the entity and the
// documents it occurs in (at most maxExportDocuments, newest first).
type entityExport struct {
	Entity    store.Entity          `json:"entity"`
	Documents []*store.DocumentPage `json:"documents"`
	// Truncated is set when the entity occurs in more documents.
	Truncated bool `json:"truncated"`
}

func (s *server) exportDocument(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	format, err := exportFormat(r)
	if err != nil {
		return err
	}
	p, err := s.st.Document(r.Context(), id)
	if err != nil {
		return err
	}
	name := fmt.Sprintf("factgraph-document-%d", id)
	if format == formatJSON {
		return writeExport(w, name, format, p)
	}
	return writeLines(w, name, format, []*store.DocumentPage{p})
}

func (s *server) exportEntity(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	format, err := exportFormat(r)
	if err != nil {
		return err
	}
	e, docs, truncated, err := entityDocuments(r.Context(), s.st, id)
	if err != nil {
		return err
	}
	name := fmt.Sprintf("factgraph-entity-%d", id)
	if format == formatJSON {
		return writeExport(w, name, format, entityExport{e, docs, truncated})
	}
	return writeLines(w, name, format, docs)
}

// entityDocuments reads an entity and the pages of the documents it
// occurs in, newest first, at most maxExportDocuments of them.
func entityDocuments(ctx context.Context, st store.Store, id int64) (store.Entity, []*store.DocumentPage, bool, error) {
	e, err := st.Entity(ctx, id)
	if err != nil {
		return store.Entity{}, nil, false, err
	}
	l, err := st.Documents(ctx, store.ListOptions{Entity: id, Limit: maxExportDocuments})
	if err != nil {
		return store.Entity{}, nil, false, err
	}
	docs := []*store.DocumentPage{}
	for _, d := range l.Documents {
		p, err := st.Document(ctx, d.ID)
		if store.ErrorCode(err) == store.ENOTFOUND {
			continue
		}
		if err != nil {
			return store.Entity{}, nil, false, err
		}
		docs = append(docs, p)
	}
	return e.Entity, docs, l.Total > len(l.Documents), nil
}

// writeExport writes one JSON value as a download.
func writeExport(w http.ResponseWriter, name, format string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return store.Internal("encode export", err)
	}
	download(w, name, format)
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeLines writes documents as JSON Lines: one document page per line,
// or the FtM entities of the documents, one per line.
func writeLines(w http.ResponseWriter, name, format string, docs []*store.DocumentPage) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	if format == formatFtM {
		b := ftm.NewBuilder()
		for _, d := range docs {
			addFtM(b, d)
		}
		for _, e := range b.Entities() {
			if err := enc.Encode(e); err != nil {
				return store.Internal("encode export", err)
			}
		}
	} else {
		for _, d := range docs {
			if err := enc.Encode(d); err != nil {
				return store.Internal("encode export", err)
			}
		}
	}
	download(w, name, format)
	_, err := w.Write(buf.Bytes())
	return err
}

// download sets the headers of an export: its media type and a file name.
func download(w http.ResponseWriter, name, format string) {
	ct, ext := "application/json; charset=utf-8", ".json"
	switch format {
	case formatJSONL:
		ct, ext = "application/x-ndjson; charset=utf-8", ".jsonl"
	case formatFtM:
		ct, ext = "application/x-ndjson; charset=utf-8", ".ftm.json"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+ext+`"`)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
}
