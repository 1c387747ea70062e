package api

import (
	"github.com/decifra/decifra/internal/jsonstr"
	"strconv"
	"strings"
	"sync"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
)

// The endpoints, and the methods each takes (preflight and Allow answers list them).
const (
	explainPath  = "/explain"
	healthzPath  = "/healthz"
	codesPath    = "/codes" // and /codes/{provider}, /codes/{provider}/{code}
	explainAllow = "POST, OPTIONS"
	healthzAllow = "GET, HEAD, OPTIONS"
	codesAllow   = "GET, HEAD, OPTIONS"
)

// Request is an HTTP request as the API reads it, in plain values: the Worker's entry
// hands it over from the Fetch API (see wasm/worker), and tests build it directly.
type Request struct {
	Method string
	// Path is the URL's path, "/explain"; RawQuery its query without the "?",
	// "format=html&all=1".
	Path, RawQuery string
	// Header holds the headers by lower-case name, a repeated header's values joined by
	// ", ", as the Fetch API's Headers gives them. nil means none.
	Header map[string]string
	// Body is the body as read: all of it, or its first MaxBody+1 bytes when it is longer
	// (enough to tell), or nil when it was not read because its Content-Length is over
	// MaxBody. The handler may overwrite it.
	Body []byte
	// BodyError, when not empty, is why the body could not be read.
	BodyError string
}

// Response is the API's answer.
type Response struct {
	Status int
	// Header holds the answer's headers as name, value pairs, in the order written.
	Header [][2]string
	Body   []byte
	// NeedsProse, when not empty, says that the request was not answered: its explanation
	// needs the catalog's prose in that language, which is not loaded. A textpack build
	// (the Worker's) loads a language's prose when a request first needs it
	// (catalog.LoadPack), then serves the request again; a native build has it all.
	NeedsProse catalog.Lang
}

// Get is the value of the answer's header name (as written: canonical case), or "".
func (r *Response) Get(name string) string {
	for _, h := range r.Header {
		if h[0] == name {
			return h[1]
		}
	}
	return ""
}

func (r *Response) set(name, value string) { r.Header = append(r.Header, [2]string{name, value}) }

// Server answers the API's requests. It builds nothing up front, and Serve only computes
// (it never waits), which the Worker's entry relies on: it calls Serve from JavaScript.
type Server struct {
	// MaxBody is the largest body POST /explain takes, in bytes (ParseMaxBody reads the
	// Worker's setting); a larger one gets 413. 0 means DefaultMaxBody.
	MaxBody int
	// Now is the clock for requests that state no "now"; nil means the system's clock
	// (time.Now natively, Date.now in the Worker). decode.Clock is time.Time natively.
	Now func() decode.Clock
	// Cards renders the answers that ask for HTML; nil answers them 500.
	Cards Cards
	// Catalogs are the portals' own catalogs the Worker was deployed with (LoadCatalogs):
	// POST /explain consults them before the built-in providers (decode.Options.Catalogs)
	// and GET /codes lists them. nil means none.
	Catalogs []*catalog.Provider
	// CatalogErrors, when not empty, say why the catalogs the Worker was deployed with
	// could not be loaded (LoadCatalogs). Every request that would consult them (POST
	// /explain, GET /codes…, GET /healthz) then gets a 500 problem that lists every
	// problem: answers without them could credit a portal's errors to another provider,
	// or to none, which is worse than no answer.
	CatalogErrors []*catalog.CatalogError

	// lists are the answers of GET /codes and /codes/{provider} made so far (see list):
	// Catalogs must not change once Serve has been called.
	listsMu sync.Mutex
	lists   map[string][]byte
}

// Serve answers one request.
func (s *Server) Serve(r *Request) Response {
	var w Response
	// Any origin may call, never with credentials: a portal's page reads the answer, errors
	// included, and no cookie or auth header of the user's is ever involved.
	w.set("Access-Control-Allow-Origin", "*")
	w.set("X-Content-Type-Options", "nosniff")
	var allow string
	switch {
	case r.Path == explainPath:
		allow = explainAllow
	case r.Path == healthzPath:
		allow = healthzAllow
	case r.Path == codesPath || strings.HasPrefix(r.Path, codesPath+"/"):
		allow = codesAllow
	default:
		return w.problem(statusNotFound, "decifra's API answers POST "+explainPath+", GET "+codesPath+" (and "+codesPath+"/{provider}, "+
			codesPath+"/{provider}/{code}) and GET "+healthzPath+"; there is nothing at "+r.Path)
	}
	if r.Method == "OPTIONS" {
		return w.preflight(allow)
	}
	if !allows(allow, r.Method) {
		w.set("Allow", allow)
		path := r.Path
		if allow == codesAllow {
			path = codesPath + "…"
		}
		return w.problem(statusMethodNotAllowed, path+" takes "+strings.TrimSuffix(allow, ", OPTIONS")+", not "+r.Method)
	}
	if len(s.CatalogErrors) > 0 {
		return w.catalogProblem(s.CatalogErrors)
	}
	switch r.Path {
	case explainPath:
		return s.explain(w, r)
	case healthzPath:
		w.set("Content-Type", "application/json")
		w.set("Cache-Control", "no-store")
		w.Status = statusOK
		if r.Method == "GET" {
			w.Body = []byte(`{"status":"ok"}` + "\n")
		}
		return w
	}
	return s.codes(w, r)
}

// allows says whether method is one of allow's, a list such as "GET, HEAD, OPTIONS".
// Methods are case-sensitive (RFC 9110, 9.1).
func allows(allow, method string) bool {
	for m := range strings.SplitSeq(allow, ", ") {
		if m == method {
			return true
		}
	}
	return false
}

func (s *Server) maxBody() int {
	if s.MaxBody <= 0 {
		return DefaultMaxBody
	}
	return s.MaxBody
}

// preflight answers a CORS preflight (and a plain OPTIONS) for an endpoint.
func (w Response) preflight(allow string) Response {
	w.set("Allow", allow)
	w.set("Access-Control-Allow-Methods", allow)
	w.set("Access-Control-Allow-Headers", "Content-Type, Accept, Accept-Language, If-None-Match")
	w.set("Access-Control-Max-Age", "86400")
	w.Status = statusNoContent
	return w
}

// The statuses the API answers with (RFC 9110, section 15).
const (
	statusOK                  = 200 // RFC 9110, 15.3.1
	statusNoContent           = 204 // RFC 9110, 15.3.5
	statusNotModified         = 304 // RFC 9110, 15.4.5
	statusBadRequest          = 400 // RFC 9110, 15.5.1
	statusNotFound            = 404 // RFC 9110, 15.5.5
	statusMethodNotAllowed    = 405 // RFC 9110, 15.5.6
	statusContentTooLarge     = 413 // RFC 9110, 15.5.14
	statusUnsupportedMedia    = 415 // RFC 9110, 15.5.16
	statusUnprocessable       = 422 // RFC 9110, 15.5.21
	statusInternalServerError = 500 // RFC 9110, 15.6.1
)

// statusTitle is a status's reason phrase, a problem's title: net/http's StatusText for
// the statuses the API answers with.
func statusTitle(status int) string {
	switch status {
	case statusBadRequest:
		return "Bad Request"
	case statusNotFound:
		return "Not Found"
	case statusMethodNotAllowed:
		return "Method Not Allowed"
	case statusContentTooLarge:
		return "Request Entity Too Large"
	case statusUnsupportedMedia:
		return "Unsupported Media Type"
	case statusUnprocessable:
		return "Unprocessable Entity"
	}
	return "Internal Server Error"
}

// Problem is an RFC 9457 problem details object, the body of every error the API itself
// answers (as application/problem+json). Type is always "about:blank": the status says
// what kind of problem it is, Title is the status's phrase and Detail what to change.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	// MaxBytes is the body cap (Server.MaxBody), on 413 answers only.
	MaxBytes int `json:"max_bytes,omitempty"`
	// Closest are the nearest known ids, best first, on the 404 answers of GET
	// /codes/{provider} and /codes/{provider}/{code} for an unknown provider (provider
	// ids) or code (that provider's codes): the "did you mean" that Detail also words.
	Closest []string `json:"closest,omitempty"`
	// Problems are what is wrong with the catalogs the Worker was deployed with, on the
	// 500 answers that Server.CatalogErrors causes.
	Problems []CatalogProblem `json:"problems,omitempty"`
}

// CatalogProblem is one thing wrong with a catalog the Worker was deployed with: a
// catalog.Problem, and the catalog it is in.
type CatalogProblem struct {
	// Catalog is the catalog's path in the static assets, as DECIFRA_CATALOGS names it
	// ("DECIFRA_CATALOGS" itself for a problem with the setting).
	Catalog string `json:"catalog"`
	// Path is a JSON pointer (RFC 6901) to the member at fault; "" is the whole file.
	Path     string `json:"path"`
	Expected string `json:"expected"`
	Found    string `json:"found"`
}

// problem answers a Problem with status and detail.
func (w Response) problem(status int, detail string) Response {
	return w.problemWith(Problem{Type: "about:blank", Title: statusTitle(status), Status: status, Detail: detail})
}

func (w Response) problemWith(p Problem) Response {
	b := make([]byte, 0, 128+len(p.Detail)+200*len(p.Problems))
	b = appendField(b, '{', "type", p.Type)
	b = appendField(b, ',', "title", p.Title)
	b = appendInt(b, "status", p.Status)
	b = appendField(b, ',', "detail", p.Detail)
	if p.MaxBytes != 0 {
		b = appendInt(b, "max_bytes", p.MaxBytes)
	}
	if len(p.Closest) > 0 {
		b = append(b, `,"closest":`...)
		for i, id := range p.Closest {
			b = append(b, "[,"[min(i, 1)])
			b = appendJSONString(b, id)
		}
		b = append(b, ']')
	}
	if len(p.Problems) > 0 {
		b = append(b, `,"problems":`...)
		for i, q := range p.Problems {
			b = append(b, "[,"[min(i, 1)])
			b = appendField(b, '{', "catalog", q.Catalog)
			b = appendField(b, ',', "path", q.Path)
			b = appendField(b, ',', "expected", q.Expected)
			b = appendField(b, ',', "found", q.Found)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return w.answer(p.Status, "application/problem+json", append(b, "}\n"...))
}

// appendField appends a JSON object's string member, after sep ('{' for the first
// member, ',' for the others).
func appendField(b []byte, sep byte, name, value string) []byte {
	b = append(b, sep, '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return appendJSONString(b, value)
}

// appendInt appends a JSON object's number member, after the first.
func appendInt(b []byte, name string, value int) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return strconv.AppendInt(b, int64(value), 10)
}

// answer is w with status, a body of contentType, and no caching.
func (w Response) answer(status int, contentType string, body []byte) Response {
	w.set("Content-Type", contentType)
	w.set("Cache-Control", "no-store")
	w.Status, w.Body = status, body
	return w
}

// appendJSONString appends s as a JSON string, escaped as encoding/json escapes it. A
// problem's strings hold what the request said (its path, its Content-Type), so they
// are escaped, not trusted.
func appendJSONString(b []byte, s string) []byte { return jsonstr.Append(b, s, false) }
