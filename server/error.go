package server

import (
	"encoding/json"
	"net/http"

	"github.com/factgraph/factgraph/store"
)

// Error codes of the HTTP layer, besides the store's (store.ECONFLICT,
// store.EINTERNAL, store.EINVALID, store.ENOTFOUND). They travel as
// *store.Error like the store's, so that one function, statusOf, maps every
// code to its HTTP status.
const (
	EUNAUTHORIZED = "unauthorized"           // no token, or a wrong one
	EFORBIDDEN    = "forbidden"              // writes are disabled on this server
	ETOOLARGE     = "too_large"              // the request body is over Options.MaxBody
	EMETHOD       = "method_not_allowed"     // the path does not take the method
	EMEDIATYPE    = "unsupported_media_type" // the body is neither JSON nor plain text
	ETIMEOUT      = "timeout"                // the request took longer than Options.Timeout
	EUNAVAILABLE  = "unavailable"            // the server is too busy to process a text now
)

// statusOf returns the HTTP status of an application error code. It is the
// only place where codes become statuses.
func statusOf(code string) int {
	switch code {
	case store.EINVALID:
		return http.StatusBadRequest
	case store.ENOTFOUND:
		return http.StatusNotFound
	case store.ECONFLICT:
		return http.StatusConflict
	case EUNAUTHORIZED:
		return http.StatusUnauthorized
	case EFORBIDDEN:
		return http.StatusForbidden
	case EMETHOD:
		return http.StatusMethodNotAllowed
	case ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case EMEDIATYPE:
		return http.StatusUnsupportedMediaType
	case ETIMEOUT, EUNAVAILABLE:
		return http.StatusServiceUnavailable
	default: // store.EINTERNAL and anything unknown
		return http.StatusInternalServerError
	}
}

// errorBody is the JSON body of every error response:
// {"error":{"code":"not_found","message":"document 7 not found"}}.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// errorJSON returns the JSON body for an error code and message.
func errorJSON(code, message string) []byte {
	b, err := json.Marshal(errorBody{errorDetail{code, message}})
	if err != nil { // cannot happen with two strings
		return []byte(`{"error":{"code":"internal","message":"Internal error."}}`)
	}
	return b
}

// writeError writes err as a JSON error response with the status of its
// code. Internal errors are logged with their cause; users see only the
// message of the application error (never SQL or file paths).
func (s *server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := store.ErrorCode(err)
	status := statusOf(code)
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "code", code, "err", err)
	}
	if code == EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="factgraph"`)
	}
	h := w.Header()
	h.Del("Content-Disposition")
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(errorJSON(code, store.ErrorMessage(err)))
	w.Write([]byte("\n"))
}
