package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// The endpoints, and the methods each takes (preflight and Allow answers list them).
const (
	explainPath  = "/explain"
	healthzPath  = "/healthz"
	explainAllow = "POST, OPTIONS"
	healthzAllow = "GET, HEAD, OPTIONS"
)

// Handler returns the API's handler. now is the clock for requests that state no "now";
// nil means time.Now. The handler builds nothing up front: the Worker may start a fresh Go
// instance for a request, and would pay for any set-up on that request.
func Handler(now func() time.Time) http.Handler {
	if now == nil {
		now = time.Now
	}
	return &handler{now: now}
}

type handler struct {
	now func() time.Time
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Any origin may call, never with credentials: a portal's page reads the answer, errors
	// included, and no cookie or auth header of the user's is ever involved.
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	var allow string
	switch r.URL.Path {
	case explainPath:
		allow = explainAllow
	case healthzPath:
		allow = healthzAllow
	default:
		writeProblem(w, http.StatusNotFound, "decifra's API answers POST "+explainPath+" and GET "+healthzPath+"; there is nothing at "+r.URL.Path)
		return
	}
	switch {
	case r.Method == http.MethodOptions:
		preflight(w, allow)
	case r.URL.Path == explainPath && r.Method == http.MethodPost:
		h.explain(w, r)
	case r.URL.Path == healthzPath && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		healthz(w, r)
	default:
		w.Header().Set("Allow", allow)
		writeProblem(w, http.StatusMethodNotAllowed, r.URL.Path+" takes "+strings.TrimSuffix(allow, ", OPTIONS")+", not "+r.Method)
	}
}

// preflight answers a CORS preflight (and a plain OPTIONS) for an endpoint.
func preflight(w http.ResponseWriter, allow string) {
	h := w.Header()
	h.Set("Allow", allow)
	h.Set("Access-Control-Allow-Methods", allow)
	h.Set("Access-Control-Allow-Headers", "Content-Type, Accept, Accept-Language")
	h.Set("Access-Control-Max-Age", "86400")
	w.WriteHeader(http.StatusNoContent)
}

func healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		w.Write([]byte(`{"status":"ok"}` + "\n"))
	}
}

// Problem is an RFC 9457 problem details object, the body of every error the API itself
// answers (as application/problem+json). Type is always "about:blank": the status says
// what kind of problem it is, Title is the status's phrase and Detail what to change.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	// MaxBytes is the body cap (MaxBody), on 413 answers only.
	MaxBytes int `json:"max_bytes,omitempty"`
}

func writeProblem(w http.ResponseWriter, status int, detail string) {
	p := Problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: detail}
	if status == http.StatusRequestEntityTooLarge {
		p.MaxBytes = MaxBody
	}
	writeJSON(w, status, "application/problem+json", p)
}

// writeJSON writes v as `decifra --json` prints it, <, > and & unescaped, but compact: the
// CLI's indentation is for people, and re-indenting took a sixth of a request's time in
// the Worker.
func writeJSON(w http.ResponseWriter, status int, contentType string, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil { // only our own types are encoded: cannot happen
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}
