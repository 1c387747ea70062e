package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/a-h/templ"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/internal/fixtures"
	"github.com/decifra/decifra/web"
	"github.com/decifra/decifra/web/htmltest"
)

// testNow is the handler's clock in these tests, the fixtures' reference time.
var testNow = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// rateLimited is a paste whose delay needs a clock: an epoch X-RateLimit-Reset 90 s after
// testNow, and no Date header or body timestamp to count from instead.
var rateLimited = "HTTP/1.1 429 Too Many Requests\nX-RateLimit-Reset: " + strconv.FormatInt(testNow.Unix()+90, 10) +
	"\n\n" + `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_1"}}`

// serve sends one request to a Server whose clock says testNow, which renders cards with
// web's templ components and takes bodies up to twice decode.MaxInput (natively, a server
// may take more than the Worker's MaxBodyLimit).
func serve(t *testing.T, r *Request) Response {
	t.Helper()
	s := &Server{MaxBody: 2 * decode.MaxInput, Now: func() time.Time { return testNow }, Cards: templCards{}}
	return s.Serve(r)
}

// request is a request for target, a path with an optional query.
func request(method, target string) *Request {
	path, query, _ := strings.Cut(target, "?")
	return &Request{Method: method, Path: path, RawQuery: query, Header: map[string]string{}}
}

func post(target, contentType, body string) *Request {
	r := request(http.MethodPost, target)
	if contentType != "" {
		r.Header["content-type"] = contentType
	}
	r.Body = []byte(body)
	return r
}

// templCards renders cards with web's templ components, as the CLI's page does: the
// Worker renders them with card.js, and its end-to-end tests compare the two.
type templCards struct{}

func (templCards) Explanations(b []byte, xs []*decode.Explanation) ([]byte, error) {
	buf := bytes.NewBuffer(b)
	for _, x := range xs {
		if err := web.Card(x).Render(context.Background(), buf); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}

func (templCards) NoErrorFound(b []byte, lang catalog.Lang, body decode.ErrorBody) ([]byte, error) {
	buf := bytes.NewBuffer(b)
	err := web.NoErrorFound(lang, body).Render(context.Background(), buf)
	return buf.Bytes(), err
}

var _ templ.Component = web.Card(nil) // templ renders the cards in these tests only

// explained decodes a 200 JSON answer.
func explained(t *testing.T, w Response) *decode.Explanation {
	t.Helper()
	require.Equal(t, http.StatusOK, w.Status, string(w.Body))
	assert.Equal(t, "application/json", w.Get("Content-Type"))
	var x decode.Explanation
	require.NoError(t, json.Unmarshal(w.Body, &x), string(w.Body))
	return &x
}

// marshalled is x as encoding/json's Marshal writes it, on a line: what `decifra --json`
// prints, less its indentation and with <, > and & escaped as \u003c, \u003e, \u0026.
func marshalled(t *testing.T, x any) string {
	t.Helper()
	b, err := json.Marshal(x)
	require.NoError(t, err)
	return string(b) + "\n"
}

// problemOf checks that w is an RFC 9457 problem with the given status, and returns it.
func problemOf(t *testing.T, w Response, status int) Problem {
	t.Helper()
	require.Equal(t, status, w.Status, string(w.Body))
	assert.Equal(t, "application/problem+json", w.Get("Content-Type"))
	var p Problem
	require.NoError(t, json.Unmarshal(w.Body, &p), string(w.Body))
	assert.Equal(t, "about:blank", p.Type)
	assert.Equal(t, http.StatusText(status), p.Title)
	assert.Equal(t, status, p.Status)
	assert.NotEmpty(t, p.Detail)
	assertCORS(t, w)
	return p
}

func assertCORS(t *testing.T, w Response) {
	t.Helper()
	assert.Equal(t, "*", w.Get("Access-Control-Allow-Origin"), "every answer may be read from any origin")
	assert.Empty(t, w.Get("Access-Control-Allow-Credentials"), "never with credentials")
}

// TestExplainFixtures: every shared fixture gets what `decifra --json` prints for it, byte
// for byte as encoding/json's Marshal writes it (the explanation, or the NO_ERROR_FOUND
// object with 422).
func TestExplainFixtures(t *testing.T) {
	all, err := fixtures.Load("../../decode/testdata/fixtures")
	require.NoError(t, err)
	for _, fx := range all {
		t.Run(fx.Name, func(t *testing.T) {
			input, lang := fx.Input, fx.Lang
			body, err := json.Marshal(map[string]string{"input": string(input), "lang": lang})
			require.NoError(t, err)
			w := serve(t, post("/explain", "application/json", string(body)))

			x, err := decode.Explain(input, decode.Options{Lang: catalog.ParseLang(lang), Now: testNow})
			var nf *decode.NoErrorFoundError
			if errors.As(err, &nf) {
				assert.Equal(t, http.StatusUnprocessableEntity, w.Status)
				assert.Equal(t, marshalled(t, nf.Body()), string(w.Body))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, http.StatusOK, w.Status)
			assert.Equal(t, marshalled(t, x), string(w.Body))
		})
	}
}

func TestExplainRequests(t *testing.T) {
	ptNow := testNow.Add(-30 * time.Second) // 120 s before the reset instead of 90
	tests := []struct {
		name, reason string
		req          func() *Request
		lang         string
		afterSeconds int
	}{
		{
			name: "text", reason: "a text/plain body is the paste; no now: the handler's clock",
			req:  func() *Request { return post("/explain", "text/plain; charset=utf-8", rateLimited) },
			lang: "en", afterSeconds: 90,
		},
		{
			name: "no content type", reason: "a body with no Content-Type is taken as the paste",
			req:  func() *Request { return post("/explain", "", rateLimited) },
			lang: "en", afterSeconds: 90,
		},
		{
			name: "accept-language", reason: "the language comes from Accept-Language when the body names none",
			req: func() *Request {
				r := post("/explain", "text/plain", rateLimited)
				r.Header["accept-language"] = "pt-BR,pt;q=0.9,en;q=0.8"
				return r
			},
			lang: "pt-BR", afterSeconds: 90,
		},
		{
			name: "accept-language es", reason: "a Latin American Spanish browser gets Spanish",
			req: func() *Request {
				r := post("/explain", "text/plain", rateLimited)
				r.Header["accept-language"] = "es-MX,es;q=0.9,en;q=0.8"
				return r
			},
			lang: "es", afterSeconds: 90,
		},
		{
			name: "envelope", reason: "the envelope's lang and now are used",
			req: func() *Request {
				return post("/explain", "application/json", `{"input":`+catalog.Quote(rateLimited)+`,"lang":"pt-BR","now":"`+ptNow.Format(time.RFC3339)+`"}`)
			},
			lang: "pt-BR", afterSeconds: 120,
		},
		{
			name: "envelope lang wins", reason: "the envelope's lang beats Accept-Language",
			req: func() *Request {
				r := post("/explain", "application/json; charset=utf-8", `{"input":`+catalog.Quote(rateLimited)+`,"lang":"en"}`)
				r.Header["accept-language"] = "pt-BR"
				return r
			},
			lang: "en", afterSeconds: 90,
		},
		{
			name: "envelope without options", reason: "input alone: Accept-Language and the clock fill in",
			req: func() *Request {
				r := post("/explain", "application/json", `{"input":`+catalog.Quote(rateLimited)+`}`)
				r.Header["accept-language"] = "pt"
				return r
			},
			lang: "pt-BR", afterSeconds: 90,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, tt.req())
			x := explained(t, w)
			assertCORS(t, w)
			assert.Equal(t, "no-store", w.Get("Cache-Control"))
			assert.Equal(t, tt.lang, string(x.Lang), tt.reason)
			require.NotNil(t, x.Retry.AfterSeconds, tt.reason)
			assert.Equal(t, tt.afterSeconds, *x.Retry.AfterSeconds, tt.reason)
			require.NotNil(t, x.Provider)
			assert.Equal(t, "fluxiq", x.Provider.ID)
			assert.Equal(t, "req_1", x.RequestID)
		})
	}
}

func TestExplainEnvelopeProvider(t *testing.T) {
	// RATE_LIMITED alone is documented by more than one provider: the one asked for wins.
	paste := `{"error":{"code":"RATE_LIMITED","message":"Too many requests"}}`
	for _, id := range []string{"fluxiq", "onnixpay"} {
		w := serve(t, post("/explain", "application/json", `{"input":`+catalog.Quote(paste)+`,"provider":"`+id+`"}`))
		x, err := decode.Explain([]byte(paste), decode.Options{Now: testNow, Provider: id})
		require.NoError(t, err)
		assert.Equal(t, marshalled(t, x), string(w.Body), "provider %s", id)
	}
}

func TestExplainBetweenMaxInputAndMaxBody(t *testing.T) {
	// A body over MaxInput but within the cap is explained from its first MaxInput
	// bytes, as the CLI explains a longer file.
	paste := rateLimited + strings.Repeat(" ", 2*decode.MaxInput-len(rateLimited))
	x := explained(t, serve(t, post("/explain", "text/plain", paste)))
	assert.Equal(t, decode.MaxInput, x.Input.BytesRead)
	assert.Equal(t, "RATE_LIMITED", x.Code)
}

func TestExplainNoErrorFound(t *testing.T) {
	w := serve(t, post("/explain", "text/plain", "hello, is this thing on?"))
	assert.Equal(t, http.StatusUnprocessableEntity, w.Status)
	assert.Equal(t, "application/json", w.Get("Content-Type"))
	assertCORS(t, w)
	var body decode.ErrorBody
	require.NoError(t, json.Unmarshal(w.Body, &body))
	assert.Equal(t, "NO_ERROR_FOUND", body.Error.Code)
	assert.NotEmpty(t, body.Error.Message)
	assert.NotEmpty(t, body.Error.Found)

	w = serve(t, post("/explain?format=html", "application/json", `{"input":"","lang":"pt-BR"}`))
	assert.Equal(t, http.StatusUnprocessableEntity, w.Status)
	assert.Equal(t, "text/html; charset=utf-8", w.Get("Content-Type"))
	doc := parseFragment(t, string(w.Body))
	none := htmltest.ByTestID(doc, "no-error")
	require.Len(t, none, 1, string(w.Body))
	assert.Equal(t, "pt-BR", htmltest.Attr(none[0], "lang"))
	assert.Len(t, htmltest.ByTestID(doc, "found"), 1)
}

func TestExplainHTML(t *testing.T) {
	tests := []struct {
		name, target, accept string
		html                 bool
	}{
		{"format=html", "/explain?format=html", "", true},
		{"accept text/html", "/explain", "text/html", true},
		{"browser navigation", "/explain", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true},
		{"html preferred", "/explain", "application/json;q=0.5, text/html", true},
		{"fetch default", "/explain", "*/*", false},
		{"no accept", "/explain", "", false},
		{"json preferred", "/explain", "application/json, text/html;q=0.5", false},
		{"html refused", "/explain", "text/html;q=0", false},
		{"format=json beats accept", "/explain?format=json", "text/html", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(tt.target, "text/plain", rateLimited)
			if tt.accept != "" {
				r.Header["accept"] = tt.accept
			}
			w := serve(t, r)
			if !tt.html {
				explained(t, w)
				return
			}
			require.Equal(t, http.StatusOK, w.Status)
			assert.Equal(t, "text/html; charset=utf-8", w.Get("Content-Type"))
			assertCORS(t, w)
			doc := parseFragment(t, string(w.Body))
			cards := htmltest.ByTestID(doc, "card")
			require.Len(t, cards, 1, string(w.Body))
			assert.Equal(t, "wait", htmltest.Attr(cards[0], "data-strategy"))
			assert.Equal(t, "RATE_LIMITED", htmltest.Text(htmltest.ByTestID(doc, "code")[0]))
			assert.Equal(t, "req_1", htmltest.Text(htmltest.ByTestID(doc, "request-id")[0]))
			assert.Equal(t, "fluxiq", htmltest.Attr(htmltest.ByTestID(doc, "provider")[0], "data-provider"))
		})
	}
}

func TestExplainHTMLEscapesThePaste(t *testing.T) {
	paste := `{"success":false,"error":{"code":"RATE_LIMITED","message":"<script>alert(1)</script>"},"meta":{"request_id":"req_1"}}`
	w := serve(t, post("/explain?format=html", "text/plain", paste))
	require.Equal(t, http.StatusOK, w.Status)
	assert.NotContains(t, string(w.Body), "<script>")
	assert.Equal(t, "<script>alert(1)</script>", htmltest.Text(htmltest.ByTestID(parseFragment(t, string(w.Body)), "message")[0]))
}

func TestBadRequests(t *testing.T) {
	tests := []struct {
		name, reason string
		req          *Request
		detail       string // a part of the problem's detail
	}{
		{"unreadable body", "a body that fails mid-way", unreadable(), "could not be read"},
		{"invalid json", "application/json that is not JSON", post("/explain", "application/json", `{"input": "x`), "not valid JSON"},
		{"not an object", "JSON, but not the envelope", post("/explain", "application/json", `["x"]`), "JSON object"},
		{"no input", "a JSON error body sent as application/json instead of text/plain", post("/explain", "application/json", `{"error":{"code":"RATE_LIMITED"}}`), "no input member"},
		{"input not a string", "", post("/explain", "application/json", `{"input":{"error":"x"}}`), "input must be a string"},
		{"bad now", "", post("/explain", "application/json", `{"input":"x","now":"yesterday"}`), "RFC 3339"},
		{"unknown provider", "", post("/explain", "application/json", `{"input":"x","provider":"no-such-provider"}`), "fluxiq"},
		{"unknown format", "", post("/explain?format=xml", "text/plain", "x"), "format must be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := problemOf(t, serve(t, tt.req), http.StatusBadRequest)
			assert.Contains(t, p.Detail, tt.detail, tt.reason)
		})
	}
}

// unreadable is a request whose body failed mid-way.
func unreadable() *Request {
	r := post("/explain", "text/plain", "")
	r.Body, r.BodyError = nil, "connection reset"
	return r
}

func TestTooLarge(t *testing.T) {
	s := &Server{MaxBody: 1000, Cards: templCards{}}
	t.Run("declared", func(t *testing.T) {
		// Refused on Content-Length: the Worker's entry does not read the body.
		r := post("/explain", "text/plain", "")
		r.Header["content-length"] = "1001"
		r.Body = nil
		p := problemOf(t, s.Serve(r), http.StatusRequestEntityTooLarge)
		assert.Equal(t, 1000, p.MaxBytes)
		assert.Contains(t, p.Detail, "1000 bytes")
	})
	t.Run("streamed", func(t *testing.T) {
		// No Content-Length (chunked): the entry reads MaxBody+1 bytes, enough to tell.
		p := problemOf(t, s.Serve(post("/explain", "application/json", `{"input":"`+strings.Repeat("a", 1000))), http.StatusRequestEntityTooLarge)
		assert.Equal(t, 1000, p.MaxBytes)
	})
	t.Run("at the cap", func(t *testing.T) {
		w := s.Serve(post("/explain", "text/plain", rateLimited+strings.Repeat(" ", 1000-len(rateLimited))))
		assert.Equal(t, http.StatusOK, w.Status, string(w.Body))
	})
	t.Run("default", func(t *testing.T) {
		p := problemOf(t, (&Server{}).Serve(post("/explain", "text/plain", strings.Repeat("a", DefaultMaxBody+1))), http.StatusRequestEntityTooLarge)
		assert.Equal(t, DefaultMaxBody, p.MaxBytes, "a zero MaxBody is DefaultMaxBody")
	})
}

func TestParseMaxBody(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"", DefaultMaxBody, true},
		{"65536", 65536, true},
		{" 8192 ", 8 << 10, true},
		{strconv.Itoa(MaxBodyLimit), MaxBodyLimit, true},
		{strconv.Itoa(MaxBodyLimit + 1), 0, false},
		{"0", 0, false},
		{"-1", 0, false},
		{"64KiB", 0, false},
	}
	for _, tt := range tests {
		n, err := ParseMaxBody(tt.in)
		if !tt.ok {
			assert.ErrorContains(t, err, "MAX_BODY must be", "%q", tt.in)
			continue
		}
		require.NoError(t, err, "%q", tt.in)
		assert.Equal(t, tt.want, n, "%q", tt.in)
	}
}

func TestUnsupportedMediaType(t *testing.T) {
	tests := []struct{ contentType, detail string }{
		{"application/xml", "application/xml is not taken"},
		{"application/x-www-form-urlencoded", "--data-binary"},
		{"multipart/form-data; boundary=x", "text/plain"},
		{"text/plain; charset", "cannot be read"},
	}
	for _, tt := range tests {
		t.Run(tt.contentType, func(t *testing.T) {
			p := problemOf(t, serve(t, post("/explain", tt.contentType, rateLimited)), http.StatusUnsupportedMediaType)
			assert.Contains(t, p.Detail, tt.detail)
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	tests := []struct{ method, target, allow string }{
		{http.MethodGet, "/explain", "POST, OPTIONS"},
		{http.MethodPut, "/explain", "POST, OPTIONS"},
		{http.MethodDelete, "/explain", "POST, OPTIONS"},
		{http.MethodPost, "/healthz", "GET, HEAD, OPTIONS"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			w := serve(t, request(tt.method, tt.target))
			problemOf(t, w, http.StatusMethodNotAllowed)
			assert.Equal(t, tt.allow, w.Get("Allow"))
		})
	}
}

func TestNotFound(t *testing.T) {
	for _, target := range []string{"/", "/explain/", "/favicon.ico"} {
		p := problemOf(t, serve(t, request(http.MethodGet, target)), http.StatusNotFound)
		assert.Contains(t, p.Detail, "POST /explain")
	}
}

func TestPreflight(t *testing.T) {
	tests := []struct{ target, methods string }{
		{"/explain", "POST, OPTIONS"},
		{"/healthz", "GET, HEAD, OPTIONS"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			r := request(http.MethodOptions, tt.target)
			r.Header["origin"] = "https://docs.example.com"
			r.Header["access-control-request-method"] = "POST"
			r.Header["access-control-request-headers"] = "content-type, accept-language"
			w := serve(t, r)
			assert.Equal(t, http.StatusNoContent, w.Status)
			assert.Empty(t, string(w.Body))
			assertCORS(t, w)
			assert.Equal(t, tt.methods, w.Get("Access-Control-Allow-Methods"))
			for _, h := range []string{"Content-Type", "Accept", "Accept-Language"} {
				assert.Contains(t, w.Get("Access-Control-Allow-Headers"), h)
			}
			assert.NotEmpty(t, w.Get("Access-Control-Max-Age"))
		})
	}
}

func TestHealthz(t *testing.T) {
	w := serve(t, request(http.MethodGet, "/healthz"))
	assert.Equal(t, http.StatusOK, w.Status)
	assert.JSONEq(t, `{"status":"ok"}`, string(w.Body))
	assertCORS(t, w)

	w = serve(t, request(http.MethodHead, "/healthz"))
	assert.Equal(t, http.StatusOK, w.Status)
	assert.Empty(t, string(w.Body))
}

func TestHandlerDefaultClock(t *testing.T) {
	// nil clock: the current time, so a reset 90 s from now is about 90 s away.
	paste := strings.Replace(rateLimited, strconv.FormatInt(testNow.Unix()+90, 10), strconv.FormatInt(time.Now().Unix()+90, 10), 1)
	w := (&Server{}).Serve(post("/explain", "text/plain", paste))
	x := explained(t, w)
	require.NotNil(t, x.Retry.AfterSeconds)
	assert.InDelta(t, 90, *x.Retry.AfterSeconds, 5)
}

// parseFragment parses an HTML fragment as the children of a <div>.
func parseFragment(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := htmltest.Fragment(s)
	require.NoError(t, err)
	return doc
}

// TestExplainAll: ?all=1 explains every error in the paste, as the CLI's --all does: a
// JSON array, or one card after another.
func TestExplainAll(t *testing.T) {
	log := `status=409 {"success":false,"error":{"code":"DUPLICATE_BOLETO","message":"Duplicate boleto"},"meta":{"request_id":"a"}}
status=503 {"success":false,"error":{"code":"PCR_UNAVAILABLE","message":"PCR service unavailable"},"meta":{"request_id":"b"}}`

	w := serve(t, post("/explain?all=1", "text/plain", log))
	require.Equal(t, http.StatusOK, w.Status, string(w.Body))
	var xs []decode.Explanation
	require.NoError(t, json.Unmarshal(w.Body, &xs), string(w.Body))
	require.Len(t, xs, 2)
	assert.Equal(t, "DUPLICATE_BOLETO", xs[0].Code)
	assert.Equal(t, "PCR_UNAVAILABLE", xs[1].Code)
	want, err := decode.ExplainAll([]byte(log), decode.Options{Now: testNow})
	require.NoError(t, err)
	assert.JSONEq(t, marshalled(t, want), string(w.Body), "the same array as decifra --all --json")

	x := explained(t, serve(t, post("/explain?all=0", "text/plain", log)))
	assert.Equal(t, "DUPLICATE_BOLETO", x.Code, "without all, the first error as one object")

	w = serve(t, post("/explain?all=1&format=html", "text/plain", log))
	require.Equal(t, http.StatusOK, w.Status)
	cards := htmltest.ByTestID(parseFragment(t, string(w.Body)), "card")
	require.Len(t, cards, 2, "one card per error")

	w = serve(t, post("/explain?all=1", "text/plain", "nothing here"))
	assert.Equal(t, http.StatusUnprocessableEntity, w.Status)
	assert.Contains(t, string(w.Body), "NO_ERROR_FOUND")

	p := problemOf(t, serve(t, post("/explain?all=yes", "text/plain", log)), http.StatusBadRequest)
	assert.Contains(t, p.Detail, "all must be 1 or 0")
}
