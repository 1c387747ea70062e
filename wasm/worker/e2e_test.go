//go:build unix && e2e

package main

// The Worker end to end: dist/worker and dist/site under a real `wrangler dev` on a
// loopback port, compared with the CLI. `./build.sh test` builds both first.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/internal/fixtures"
	"github.com/decifra/decifra/wasm/worker/localrun"
	"github.com/decifra/decifra/web"
	"github.com/decifra/decifra/web/api"
	"github.com/decifra/decifra/web/htmltest"
)

// root is the repository, from this package's directory.
const root = "../.."

// fixtureNow is the reference time the decode tests explain fixtures at.
const fixtureNow = "2026-11-02T10:00:00Z"

// uploadBudget is the most the Worker's upload may weigh, compressed (the free plan
// takes 3 MB): issue 17's budget, which keeps a fresh isolate's start short.
const uploadBudget = 1_500_000

// goMemoryBudget is the most Go's linear memory may reach (issue 17): an isolate has 128
// MB for everything, JavaScript's heap and the request bodies included.
const goMemoryBudget = 48 << 20

// startWorker runs dist/ under wrangler dev, from a copy taken now: a rebuild of dist/
// while the test runs (wrangler dev reloads then) cannot fail it half-way.
func startWorker(t *testing.T, opts localrun.Options, tags ...string) *localrun.Server {
	t.Helper()
	require.NoError(t, localrun.CheckTools(root), "the Worker end-to-end tests need these; ./build.sh test makes them")
	dir, err := localrun.Snapshot(t.Context(), root, t.TempDir(), tags...)
	require.NoError(t, err)
	opts.Root = dir
	srv, err := localrun.Start(t.Context(), opts)
	require.NoError(t, err)
	t.Cleanup(srv.Stop)
	return srv
}

// startWorkerWith runs dist/ as startWorker does, with files added to the copy's static
// assets (paths relative to dist/site) before wrangler dev starts.
func startWorkerWith(t *testing.T, opts localrun.Options, files map[string][]byte, tags ...string) *localrun.Server {
	t.Helper()
	require.NoError(t, localrun.CheckTools(root), "the Worker end-to-end tests need these; ./build.sh test makes them")
	dir, err := localrun.Snapshot(t.Context(), root, t.TempDir(), tags...)
	require.NoError(t, err)
	for name, data := range files {
		path := filepath.Join(dir, "dist/site", filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, data, 0o644))
	}
	opts.Root = dir
	srv, err := localrun.Start(t.Context(), opts)
	require.NoError(t, err)
	t.Cleanup(srv.Stop)
	return srv
}

// startTestWorker runs dist/ with a wasm that has the test-only paths (build tag
// workertest: GET /_test/memory, POST /_test/panic, POST /_test/exhaust).
func startTestWorker(t *testing.T, opts localrun.Options) *localrun.Server {
	t.Helper()
	return startWorker(t, opts, "workertest")
}

func TestWorker(t *testing.T) {
	srv := startWorker(t, localrun.Options{})
	cli := buildCLI(t)

	t.Run("fixtures give the CLI's answers", func(t *testing.T) {
		for _, fx := range loadFixtures(t) {
			t.Run(fx.name, func(t *testing.T) {
				wantStatus, want := runCLI(t, cli, fx)
				status, got, hdr := do(t, srv, http.MethodPost, "/explain", "application/json", fx.request(t), nil)
				// The CLI is built from the source now, the Worker by ./build.sh worker: if
				// only the explanation differs, dist/worker may be older than the source.
				stale := fx.reason + " (if dist/worker predates the source, run ./build.sh worker)"
				assert.Equal(t, wantStatus, status, stale)
				assert.Equal(t, "application/json", hdr.Get("Content-Type"))
				assert.JSONEq(t, want, string(got), stale)
			})
		}
	})

	t.Run("text paste with Accept-Language", func(t *testing.T) {
		fx := fixtureNamed(t, "onnixpay-pix-already-paid-pt")
		_, want := runCLI(t, cli, fx)
		status, got, _ := do(t, srv, http.MethodPost, "/explain", "text/plain; charset=utf-8", fx.input, http.Header{"Accept-Language": {"pt-BR,pt;q=0.9,en;q=0.5"}})
		assert.Equal(t, http.StatusOK, status)
		assert.JSONEq(t, want, string(got), "the paste carries its own time, so the Worker's clock does not matter")
	})

	t.Run("HTML fragment", func(t *testing.T) {
		fx := fixtureNamed(t, "fluxiq-curl-i-rate-limited")
		for _, how := range []struct {
			path   string
			header http.Header
		}{
			{"/explain", http.Header{"Accept": {"text/html"}}},
			{"/explain?format=html", nil},
		} {
			status, got, hdr := do(t, srv, http.MethodPost, how.path, "text/plain", fx.input, how.header)
			require.Equal(t, http.StatusOK, status, string(got))
			assert.Equal(t, "text/html; charset=utf-8", hdr.Get("Content-Type"))
			doc, err := htmltest.Fragment(string(got))
			require.NoError(t, err)
			card := htmltest.ByTestID(doc, "card")
			require.Len(t, card, 1, string(got))
			assert.Equal(t, "wait", htmltest.Attr(card[0], "data-strategy"))
			if code := htmltest.ByTestID(doc, "code"); assert.Len(t, code, 1) {
				assert.Equal(t, "RATE_LIMITED", htmltest.Text(code[0]))
			}
		}
		status, got, _ := do(t, srv, http.MethodPost, "/explain?format=html", "text/plain", []byte("just some prose"), nil)
		assert.Equal(t, http.StatusUnprocessableEntity, status)
		doc, err := htmltest.Fragment(string(got))
		require.NoError(t, err)
		assert.Len(t, htmltest.ByTestID(doc, "no-error"), 1, string(got))
	})

	t.Run("HTML cards are the templ cards", func(t *testing.T) {
		// The Worker renders cards with the page's card.js (cards.mjs); the CLI's page and
		// the tests render them with web/card.templ. Both from the same explanation.
		for _, fx := range loadFixtures(t) {
			t.Run(fx.name, func(t *testing.T) {
				status, got, hdr := do(t, srv, http.MethodPost, "/explain?all=1&format=html", "application/json", fx.request(t), nil)
				require.Contains(t, []int{http.StatusOK, http.StatusUnprocessableEntity}, status, string(got))
				assert.Equal(t, "text/html; charset=utf-8", hdr.Get("Content-Type"))
				var want bytes.Buffer
				opts := decode.Options{Lang: catalog.ParseLang(fx.lang), Provider: fx.provider}
				opts.Now, _ = time.Parse(time.RFC3339, fx.now)
				xs, err := decode.ExplainAll(fx.input, opts)
				var nf *decode.NoErrorFoundError
				if errors.As(err, &nf) {
					require.NoError(t, web.NoErrorFound(opts.Lang, nf.Body()).Render(t.Context(), &want))
				} else {
					require.NoError(t, err)
					for _, x := range xs {
						require.NoError(t, web.Card(x).Render(t.Context(), &want))
					}
				}
				assert.Equal(t, outline(t, want.String()), outline(t, string(got)), "if only the explanation differs, dist/worker may predate the source")
			})
		}
		// What the paste says stays text.
		paste := `{"success":false,"error":{"code":"RATE_LIMITED","message":"<script>alert(1)</script>\" onmouseover=\"x"},"meta":{"request_id":"<b>&amp;"}}`
		_, got, _ := do(t, srv, http.MethodPost, "/explain?format=html", "text/plain", []byte(paste), nil)
		doc, err := htmltest.Fragment(string(got))
		require.NoError(t, err)
		assert.Empty(t, htmltest.All(doc, func(n *html.Node) bool { return n.Data == "script" || n.Data == "b" }), string(got))
		assert.Equal(t, `<script>alert(1)</script>" onmouseover="x`, htmltest.Text(htmltest.ByTestID(doc, "message")[0]))
		assert.Equal(t, "<b>&amp;", htmltest.Text(htmltest.ByTestID(doc, "request-id")[0]))
	})

	t.Run("CORS preflight", func(t *testing.T) {
		status, got, hdr := do(t, srv, http.MethodOptions, "/explain", "", nil, http.Header{
			"Origin":                         {"https://docs.example.com"},
			"Access-Control-Request-Method":  {"POST"},
			"Access-Control-Request-Headers": {"content-type"},
		})
		assert.Equal(t, http.StatusNoContent, status)
		assert.Empty(t, got)
		assert.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
		assert.Empty(t, hdr.Get("Access-Control-Allow-Credentials"))
		assert.Contains(t, hdr.Get("Access-Control-Allow-Methods"), "POST")
		assert.Contains(t, hdr.Get("Access-Control-Allow-Headers"), "Content-Type")
		// And the answer itself may be read cross-origin.
		_, _, hdr = do(t, srv, http.MethodPost, "/explain", "text/plain", fixtureNamed(t, "stripe-card-declined").input, http.Header{"Origin": {"https://docs.example.com"}})
		assert.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
	})

	t.Run("problems", func(t *testing.T) {
		tests := []struct {
			name, method, path, contentType string
			body                            io.Reader
			status                          int
		}{
			{"405", http.MethodGet, "/explain", "", nil, http.StatusMethodNotAllowed},
			{"405 healthz", http.MethodPost, "/healthz", "text/plain", strings.NewReader("x"), http.StatusMethodNotAllowed},
			{"415", http.MethodPost, "/explain", "application/x-www-form-urlencoded", strings.NewReader("a=b"), http.StatusUnsupportedMediaType},
			{"400", http.MethodPost, "/explain", "application/json", strings.NewReader(`{"input":`), http.StatusBadRequest},
			{"404", http.MethodGet, "/no-such-file", "", nil, http.StatusNotFound},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				req, err := http.NewRequestWithContext(t.Context(), tt.method, srv.URL+tt.path, tt.body)
				require.NoError(t, err)
				if tt.contentType != "" {
					req.Header.Set("Content-Type", tt.contentType)
				}
				// A 413 may come while the body is still being sent, and the connection is
				// then closed: no request may reuse it.
				req.Close = true
				resp, err := http.DefaultClient.Do(req)
				require.NoError(t, err)
				defer resp.Body.Close()
				got, err := io.ReadAll(resp.Body)
				require.NoError(t, err)
				require.Equal(t, tt.status, resp.StatusCode, string(got))
				assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
				assert.Equal(t, "*", resp.Header.Get("Access-Control-Allow-Origin"))
				var p api.Problem
				require.NoError(t, json.Unmarshal(got, &p), string(got))
				assert.Equal(t, tt.status, p.Status)
				if tt.status == http.StatusMethodNotAllowed {
					assert.NotEmpty(t, resp.Header.Get("Allow"))
				}
			})
		}
	})

	t.Run("healthz and the page", func(t *testing.T) {
		status, got, _ := do(t, srv, http.MethodGet, "/healthz", "", nil, nil)
		assert.Equal(t, http.StatusOK, status)
		assert.JSONEq(t, `{"status":"ok"}`, string(got))
		want, err := os.ReadFile(filepath.Join(root, "dist/site/index.html"))
		require.NoError(t, err)
		status, got, hdr := do(t, srv, http.MethodGet, "/", "", nil, nil)
		assert.Equal(t, http.StatusOK, status)
		assert.Contains(t, hdr.Get("Content-Type"), "text/html")
		assert.Equal(t, string(want), string(got), "GET / is dist/site/index.html, through [assets]")
	})

	t.Run("load", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
		defer cancel()
		res, err := localrun.Load{
			URL: srv.URL + "/explain", ContentType: "text/plain",
			Body: fixtureNamed(t, "fluxiq-curl-i-rate-limited").input,
			N:    2000, Concurrency: 8,
			Check: func(status int, body []byte) error {
				var x struct{ Code string }
				if status != http.StatusOK || json.Unmarshal(body, &x) != nil || x.Code != "RATE_LIMITED" {
					return errors.New(http.StatusText(status) + ": " + string(body))
				}
				return nil
			},
		}.Run(ctx)
		require.NoError(t, err)
		t.Log(res)
		assert.Zero(t, res.Failures, "first failure: %s", res.FirstFailure)
		assert.Len(t, res.Latencies, 2000)
	})
}

// acmepayAsset is where `./build.sh site` puts the demo portal's catalog among the static
// assets, and acmepayFile where it comes from.
const (
	acmepayAsset = "/demo/acmepay.catalog.json"
	acmepayFile  = "web/demo/acmepay.catalog.json"
)

// TestWorkerCatalog: GET /codes… and POST /explain of a Worker deployed with the demo
// portal's catalog (DECIFRA_CATALOGS), compared with `decifra codes --catalog` and
// `decifra --catalog`.
func TestWorkerCatalog(t *testing.T) {
	srv := startWorker(t, localrun.Options{Vars: map[string]string{api.CatalogsVar: acmepayAsset}})
	cli := buildCLI(t)
	catalogFile, err := filepath.Abs(filepath.Join(root, acmepayFile))
	require.NoError(t, err)
	// decifra runs the CLI with the catalog (its origin is the file's name; the Worker's
	// is the asset's path) and returns what it prints, with the file's name as the
	// Worker's.
	decifra := func(t *testing.T, stdin []byte, args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), cli, append(args, "--catalog", catalogFile)...)
		cmd.Stdin = bytes.NewReader(stdin)
		cmd.Env = []string{} // no LANG to steer it
		out, err := cmd.Output()
		require.NoError(t, err, "decifra %v", args)
		return strings.ReplaceAll(string(out), catalogFile, acmepayAsset)
	}
	get := func(t *testing.T, path string, header ...string) (int, []byte, http.Header) {
		t.Helper()
		h := http.Header{}
		for i := 0; i+1 < len(header); i += 2 {
			h.Set(header[i], header[i+1])
		}
		return do(t, srv, http.MethodGet, path, "", nil, h)
	}

	t.Run("GET /codes", func(t *testing.T) {
		status, got, hdr := get(t, "/codes")
		require.Equal(t, http.StatusOK, status, string(got))
		assert.Equal(t, "application/json", hdr.Get("Content-Type"))
		assert.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
		assert.Contains(t, hdr.Get("Cache-Control"), "public, max-age=")
		assert.JSONEq(t, decifra(t, nil, "codes", "--json"), string(got))
		var rows []struct{ ID, Origin string }
		require.NoError(t, json.Unmarshal(got, &rows))
		assert.Equal(t, "acmepay", rows[0].ID, "the deployed catalog first")
		assert.Equal(t, acmepayAsset, rows[0].Origin)
	})

	t.Run("GET /codes/{provider}", func(t *testing.T) {
		for _, id := range []string{"stripe", "acmepay"} {
			status, got, _ := get(t, "/codes/"+id)
			require.Equal(t, http.StatusOK, status, string(got))
			assert.JSONEq(t, decifra(t, nil, "codes", id, "--json"), string(got), id)
		}
		status, got, _ := get(t, "/codes/acmepay?lang=es")
		require.Equal(t, http.StatusOK, status, string(got))
		assert.JSONEq(t, decifra(t, nil, "codes", "acmepay", "--json", "--lang", "es"), string(got))
	})

	t.Run("a code in pt-BR", func(t *testing.T) {
		for _, code := range []string{"acmepay/card_declined", "stripe/card_declined", "fluxiq/RATE_LIMITED"} {
			provider, c, _ := strings.Cut(code, "/")
			want := decifra(t, nil, "codes", provider, c, "--json", "--lang", "pt-BR")
			status, got, hdr := get(t, "/codes/"+code, "Accept-Language", "pt-BR,pt;q=0.9,en;q=0.5")
			require.Equal(t, http.StatusOK, status, string(got))
			assert.Equal(t, "application/json", hdr.Get("Content-Type"))
			assert.JSONEq(t, want, string(got), code)
			status, byQuery, _ := get(t, "/codes/"+code+"?lang=pt-BR")
			assert.Equal(t, http.StatusOK, status)
			assert.Equal(t, string(got), string(byQuery), "?lang= as Accept-Language")
			var x decode.Explanation
			require.NoError(t, json.Unmarshal(got, &x))
			assert.Equal(t, catalog.Portuguese, x.Lang)
		}
		status, got, hdr := get(t, "/codes/acmepay/card_declined?format=html&lang=pt-BR")
		require.Equal(t, http.StatusOK, status, string(got))
		assert.Equal(t, "text/html; charset=utf-8", hdr.Get("Content-Type"))
		doc, err := htmltest.Fragment(string(got))
		require.NoError(t, err)
		require.Len(t, htmltest.ByTestID(doc, "card"), 1, string(got))
		assert.Equal(t, "card_declined", htmltest.Text(htmltest.ByTestID(doc, "code")[0]))
	})

	t.Run("404 with a suggestion", func(t *testing.T) {
		for _, tt := range []struct{ path, detail, closest string }{
			{"/codes/acmepy", `no provider "acmepy"`, "acmepay"},
			{"/codes/strpe/card_declined", `no provider "strpe"`, "stripe"},
			{"/codes/acmepay/card_declind", `no code "card_declind" in acmepay's catalog`, "card_declined"},
		} {
			status, got, hdr := get(t, tt.path)
			require.Equal(t, http.StatusNotFound, status, string(got))
			assert.Equal(t, "application/problem+json", hdr.Get("Content-Type"))
			assert.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
			var p api.Problem
			require.NoError(t, json.Unmarshal(got, &p), string(got))
			assert.Equal(t, http.StatusNotFound, p.Status)
			assert.Contains(t, p.Detail, tt.detail)
			assert.Contains(t, p.Detail, "did you mean "+tt.closest)
			require.NotEmpty(t, p.Closest, string(got))
			assert.Equal(t, tt.closest, p.Closest[0])
		}
	})

	t.Run("ETag and 304", func(t *testing.T) {
		for _, path := range []string{"/codes", "/codes/stripe", "/codes/acmepay/card_declined?lang=pt-BR"} {
			status, body, hdr := get(t, path)
			require.Equal(t, http.StatusOK, status, string(body))
			tag := hdr.Get("ETag")
			require.NotEmpty(t, tag, path)
			assert.Contains(t, hdr.Get("Access-Control-Expose-Headers"), "ETag")
			status, got, hdr := get(t, path, "If-None-Match", tag)
			assert.Equal(t, http.StatusNotModified, status, path)
			assert.Empty(t, got, path)
			assert.Equal(t, tag, hdr.Get("ETag"), path)
			status, got, _ = get(t, path, "If-None-Match", `"0000000000000000"`)
			assert.Equal(t, http.StatusOK, status, path)
			assert.Equal(t, string(body), string(got), path)

			status, got, hdr = do(t, srv, http.MethodHead, path, "", nil, nil)
			assert.Equal(t, http.StatusOK, status, path)
			assert.Empty(t, got, path)
			assert.Equal(t, tag, hdr.Get("ETag"), "HEAD: %s", path)
		}
	})

	t.Run("POST /explain answered from the catalog", func(t *testing.T) {
		for _, sample := range []string{"card-declined.json", "rate-limited.txt", "acquirer-timeout.log"} {
			paste, err := os.ReadFile(filepath.Join(root, "web/demo/acmepay-samples", sample))
			require.NoError(t, err)
			for _, lang := range []string{"en", "pt-BR"} {
				want := decifra(t, paste, "--json", "--now", fixtureNow, "--lang", lang)
				body, err := json.Marshal(map[string]string{"input": string(paste), "lang": lang, "now": fixtureNow})
				require.NoError(t, err)
				status, got, _ := do(t, srv, http.MethodPost, "/explain", "application/json", body, nil)
				require.Equal(t, http.StatusOK, status, string(got))
				assert.JSONEq(t, want, string(got), "%s in %s", sample, lang)
				var x decode.Explanation
				require.NoError(t, json.Unmarshal(got, &x))
				require.NotNil(t, x.Provider, sample)
				assert.Equal(t, "acmepay", x.Provider.ID, sample)
			}
		}
	})

	t.Run("methods and CORS", func(t *testing.T) {
		status, got, hdr := do(t, srv, http.MethodPost, "/codes/stripe", "text/plain", []byte("x"), nil)
		assert.Equal(t, http.StatusMethodNotAllowed, status, string(got))
		assert.Equal(t, "GET, HEAD, OPTIONS", hdr.Get("Allow"))
		assert.Equal(t, "application/problem+json", hdr.Get("Content-Type"))
		status, _, hdr = do(t, srv, http.MethodOptions, "/codes/stripe/card_declined", "", nil, http.Header{
			"Origin": {"https://docs.example.com"}, "Access-Control-Request-Method": {"GET"}, "Access-Control-Request-Headers": {"if-none-match"}})
		assert.Equal(t, http.StatusNoContent, status)
		assert.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
		assert.Contains(t, hdr.Get("Access-Control-Allow-Headers"), "If-None-Match")
	})
}

// TestWorkerBadCatalog: a Worker deployed with catalogs it cannot use (one with typos,
// one over the size cap, one that is not there) answers every API request 500 with a
// problem that names each and lists every problem, as ParseCatalog reports them; it
// never dies, and the page is served as ever.
func TestWorkerBadCatalog(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(root, acmepayFile))
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(good, &doc))
	first := doc["codes"].([]any)[0].(map[string]any)
	first["retyr"] = first["retry"] // a typo
	delete(first, "retry")
	first["category"] = "nope"
	broken, err := json.Marshal(doc)
	require.NoError(t, err)
	huge := append([]byte(`{"version": 1, "id": "huge", "name": "Huge", "codes": []}`), bytes.Repeat([]byte(" "), 3<<20)...)

	srv := startWorkerWith(t, localrun.Options{
		Vars:      map[string]string{api.CatalogsVar: "/errors/broken.catalog.json, /errors/huge.catalog.json /errors/missing.catalog.json"},
		ReadyPath: "/", // /healthz answers 500 too
	}, map[string][]byte{"errors/broken.catalog.json": broken, "errors/huge.catalog.json": huge})

	wantProblems := []struct{ catalog, path, expected, found string }{
		{"/errors/broken.catalog.json", "/codes/0/category", "a category", `"nope"`},
		{"/errors/broken.catalog.json", "/codes/0/retyr", "a member of a code", `the member "retyr" (did you mean "retry"?)`},
		{"/errors/broken.catalog.json", "/codes/0/retry", "retry", "nothing (the member is required)"},
		{"/errors/huge.catalog.json", "", "at most 2097152 bytes", strconv.Itoa(len(huge)) + " bytes"},
		{"/errors/missing.catalog.json", "", "static assets", "HTTP 404"},
	}
	for i, req := range []struct{ method, path, contentType string }{
		{http.MethodPost, "/explain", "text/plain"},
		{http.MethodGet, "/codes", ""},
		{http.MethodGet, "/codes/stripe/card_declined", ""},
		{http.MethodGet, "/healthz", ""},
		{http.MethodPost, "/explain", "text/plain"}, // again: the same answer, no restart
	} {
		status, got, hdr := do(t, srv, req.method, req.path, req.contentType, fixtureNamed(t, "stripe-card-declined").input, nil)
		require.Equal(t, http.StatusInternalServerError, status, "%d %s: %s", i, req.path, got)
		assert.Equal(t, "application/problem+json", hdr.Get("Content-Type"))
		assert.Equal(t, "*", hdr.Get("Access-Control-Allow-Origin"))
		var p api.Problem
		require.NoError(t, json.Unmarshal(got, &p), string(got))
		assert.Equal(t, http.StatusInternalServerError, p.Status)
		for _, name := range []string{"/errors/broken.catalog.json", "/errors/huge.catalog.json", "/errors/missing.catalog.json", "DECIFRA_CATALOGS"} {
			assert.Contains(t, p.Detail, name)
		}
		for _, w := range wantProblems {
			assert.True(t, slices.ContainsFunc(p.Problems, func(q api.CatalogProblem) bool {
				return q.Catalog == w.catalog && q.Path == w.path && strings.Contains(q.Expected, w.expected) && strings.Contains(q.Found, w.found)
			}), "%s %s: no problem like %+v in %+v", req.method, req.path, w, p.Problems)
		}
	}
	status, _, _ := do(t, srv, http.MethodGet, "/", "", nil, nil)
	assert.Equal(t, http.StatusOK, status, "the page is served")
	status, _, _ = do(t, srv, http.MethodOptions, "/explain", "", nil, nil)
	assert.Equal(t, http.StatusNoContent, status, "preflight is answered")
}

// TestWorkerLargeCatalog: a catalog at the size cap (2 MiB) is parsed on an isolate's
// first request, within Go's memory budget, and then consulted like the demo's.
func TestWorkerLargeCatalog(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(root, acmepayFile))
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(good, &doc))
	base := doc["codes"].([]any)
	var codes []any
	var data []byte
	for i := 0; ; i++ {
		c := maps.Clone(base[i%len(base)].(map[string]any))
		c["code"] = c["code"].(string) + "_" + strconv.Itoa(i)
		doc["codes"] = append(codes, c)
		next, err := json.Marshal(doc)
		require.NoError(t, err)
		if len(next) > catalog.MaxCatalogBytes {
			break
		}
		codes, data = append(codes, c), next
	}
	t.Logf("a catalog of %d codes, %d bytes", len(codes), len(data))

	srv := startWorkerWith(t, localrun.Options{Vars: map[string]string{api.CatalogsVar: "/errors/large.catalog.json"}, ReadyPath: "/"},
		map[string][]byte{"errors/large.catalog.json": data}, "workertest")
	// The isolate's first request starts Go, which parses the catalog: about a second of
	// CPU in workerd for 2 MiB (the README's Worker section has the figures).
	start := time.Now()
	status, got, _ := do(t, srv, http.MethodGet, "/codes/acmepay/"+codes[0].(map[string]any)["code"].(string), "", nil, nil)
	t.Logf("first request, the catalog parsed: %v", time.Since(start))
	require.Equal(t, http.StatusOK, status, string(got))
	m := memoryOf(t, srv)
	t.Logf("Go memory %.1f MiB", m.MiB())
	assert.LessOrEqual(t, m.Bytes, goMemoryBudget)
	paste, err := os.ReadFile(filepath.Join(root, "web/demo/acmepay-samples/card-declined.json"))
	require.NoError(t, err)
	status, got, _ = do(t, srv, http.MethodPost, "/explain", "text/plain", paste, nil)
	require.Equal(t, http.StatusOK, status, string(got))
	var x decode.Explanation
	require.NoError(t, json.Unmarshal(got, &x))
	require.NotNil(t, x.Provider)
	assert.Equal(t, "acmepay", x.Provider.ID)
	status, got, _ = do(t, srv, http.MethodGet, "/codes/acmepay", "", nil, nil)
	require.Equal(t, http.StatusOK, status)
	var list struct{ Codes []struct{ Code string } }
	require.NoError(t, json.Unmarshal(got, &list))
	assert.Len(t, list.Codes, len(codes))
}

// TestWorkerOverCap sends bodies over the cap (wrangler.toml's MAX_BODY), with a
// Content-Length (refused unread) and without one (the Worker reads MAX_BODY+1 bytes and
// cancels the upload): 413 both. An upload cut short makes the request fail inside
// wrangler dev's proxy, which then reloads the runtime (a dev-server behaviour:
// node_modules/wrangler/wrangler-dist/ProxyWorker.js answers a POST caught by the reload
// with 503 "Your worker restarted mid-request"). So each case runs against a server of
// its own, where that reload cannot reach another request.
func TestWorkerOverCap(t *testing.T) {
	big := bytes.Repeat([]byte("a"), api.DefaultMaxBody+1)
	for _, tt := range []struct {
		name string
		body func() io.Reader
	}{
		{"declared", func() io.Reader { return bytes.NewReader(big) }},
		// io.MultiReader hides the length, so net/http sends the body chunked.
		{"chunked", func() io.Reader { return io.MultiReader(bytes.NewReader(big)) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := startWorker(t, localrun.Options{})
			req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, srv.URL+"/explain", tt.body())
			require.NoError(t, err)
			req.Header.Set("Content-Type", "text/plain")
			req.Close = true // a 413 may come while the body is still being sent
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			got, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			require.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode, string(got))
			assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
			assert.Equal(t, "*", resp.Header.Get("Access-Control-Allow-Origin"))
			var p api.Problem
			require.NoError(t, json.Unmarshal(got, &p), string(got))
			assert.Equal(t, http.StatusRequestEntityTooLarge, p.Status)
			assert.Equal(t, api.DefaultMaxBody, p.MaxBytes, "wrangler.toml's MAX_BODY is the default")
		})
	}
}

func TestBundleSize(t *testing.T) {
	require.NoError(t, localrun.CheckTools(root), "the bundle size test needs these; ./build.sh test makes them")
	b, err := localrun.DryRun(t.Context(), root, t.TempDir())
	require.NoError(t, err)
	t.Logf("upload %.0f KiB, %.2f KiB gzip", b.KiB, b.GzipKiB)
	assert.LessOrEqual(t, b.GzipKiB*1024, float64(uploadBudget), "the upload's budget is 1.5 MB compressed:\n%s", b.Output)
}

// TestWorkerBuildIsFresh: dist/worker/app.wasm is what the source builds to now, so that
// these tests never pass on an old build; and the test-only builds differ from it by
// their build tag alone.
func TestWorkerBuildIsFresh(t *testing.T) {
	require.NoError(t, localrun.CheckTools(root), "./build.sh test makes these")
	out := filepath.Join(t.TempDir(), "app.wasm")
	require.NoError(t, localrun.BuildWorkerWasm(t.Context(), root, out))
	want, err := os.ReadFile(out)
	require.NoError(t, err)
	have, err := os.ReadFile(filepath.Join(root, "dist/worker/app.wasm"))
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, have), "dist/worker/app.wasm is older than the source: run ./build.sh worker")
}

// TestWorkerHostileMemory sends 50 bodies of every hostile shape at the body cap to one
// isolate, and reads Go's memory after each shape: it must stay within goMemoryBudget,
// every answer must come (200, 413 or 422), and the program must not have restarted.
func TestWorkerHostileMemory(t *testing.T) {
	// At the largest cap MAX_BODY takes (the paid plan's), where memory is at its worst.
	srv := startTestWorker(t, localrun.Options{Vars: map[string]string{"MAX_BODY": strconv.Itoa(api.MaxBodyLimit)}})
	before := memoryOf(t, srv)
	client := localrun.NewClient(1)
	defer client.CloseIdleConnections()
	for _, b := range localrun.HostileBodies(api.MaxBodyLimit) {
		res, err := localrun.Load{URL: srv.URL + "/explain", ContentType: b.ContentType, Body: b.Data, N: 50, Concurrency: 1, Client: client,
			Check: func(status int, body []byte) error {
				if status != http.StatusOK && status != http.StatusUnprocessableEntity {
					return errors.New(strconv.Itoa(status) + ": " + string(body))
				}
				return nil
			}}.Run(t.Context())
		require.NoError(t, err)
		assert.Zero(t, res.Failures, "%s: %s", b.Name, res.FirstFailure)
		m := memoryOf(t, srv)
		t.Logf("%-26s Go memory %.1f MiB", b.Name, m.MiB())
		assert.LessOrEqual(t, m.Bytes, goMemoryBudget, b.Name)
		assert.Equal(t, before.Instance, m.Instance, "%s: the program restarted", b.Name)
	}
}

// TestWorkerProgramDies: when Go's program dies serving a request (a panic; memory
// exhausted), that request gets a 500 problem and the next one a new program.
func TestWorkerProgramDies(t *testing.T) {
	srv := startTestWorker(t, localrun.Options{})
	fx := fixtureNamed(t, "fluxiq-curl-i-rate-limited")
	first := memoryOf(t, srv)
	for i, path := range []string{"/_test/panic", "/_test/exhaust"} {
		t.Run(path, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute) // never a hung connection
			defer cancel()
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+path, nil)
			require.NoError(t, err)
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			got, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			require.NoError(t, err)
			require.Equal(t, http.StatusInternalServerError, resp.StatusCode, string(got))
			assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
			assert.Equal(t, "*", resp.Header.Get("Access-Control-Allow-Origin"))
			var p api.Problem
			require.NoError(t, json.Unmarshal(got, &p), string(got))
			assert.Equal(t, http.StatusInternalServerError, p.Status)
			assert.Contains(t, p.Detail, "next request")

			status, body, _ := do(t, srv, http.MethodPost, "/explain", "text/plain", fx.input, nil)
			assert.Equal(t, http.StatusOK, status, string(body))
			m := memoryOf(t, srv)
			assert.Equal(t, first.Instance+i+1, m.Instance, "a new program")
			assert.LessOrEqual(t, m.Bytes, goMemoryBudget, "a fresh program's memory")
		})
	}
}

// outline writes an HTML fragment's elements one a line, indented by depth: the name,
// the attributes sorted, and the element's own text with whitespace collapsed (templ
// writes spaces between inline elements that card.js leaves out; CSS spaces them alike).
func outline(t *testing.T, markup string) string {
	t.Helper()
	doc, err := htmltest.Fragment(markup)
	require.NoError(t, err)
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := range n.ChildNodes() {
			if c.Type != html.ElementNode {
				continue
			}
			attrs := make([]string, 0, len(c.Attr))
			for _, a := range c.Attr {
				attrs = append(attrs, a.Key+"="+strconv.Quote(a.Val))
			}
			slices.Sort(attrs)
			var text []string
			for k := range c.ChildNodes() {
				if k.Type == html.TextNode {
					text = append(text, strings.Fields(k.Data)...)
				}
			}
			b.WriteString(strings.Repeat("  ", depth) + "<" + c.Data + " " + strings.Join(attrs, " ") + "> " + strings.Join(text, " ") + "\n")
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return b.String()
}

func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "decifra")
	cmd := exec.CommandContext(t.Context(), "go", "build", "-o", bin, "./cmd/decifra")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "building the CLI: %s", out)
	return bin
}

// runCLI is `decifra --json` on a fixture: the status the Worker must answer with (200
// for exit 0, 422 for exit 1) and the JSON it prints.
func runCLI(t *testing.T, cli string, fx fixture) (int, string) {
	t.Helper()
	args := []string{"--json", "--now", fx.now, "--lang", fx.lang}
	if fx.provider != "" {
		args = append(args, "--provider", fx.provider)
	}
	cmd := exec.CommandContext(t.Context(), cli, args...)
	cmd.Stdin = bytes.NewReader(fx.input)
	cmd.Env = []string{} // no LANG or NO_COLOR to steer it
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return http.StatusOK, stdout.String()
	case errors.As(err, &exit) && exit.ExitCode() == 1:
		return http.StatusUnprocessableEntity, stdout.String()
	}
	t.Fatalf("decifra --json on %s: %v: %s", fx.name, err, stderr.String())
	return 0, ""
}

func do(t *testing.T, srv *localrun.Server, method, path, contentType string, body []byte, header http.Header) (int, []byte, http.Header) {
	t.Helper()
	var status int
	var got []byte
	var h http.Header
	answered(t, method, path, func(ctx context.Context) (err error) {
		status, got, h, err = doOnce(ctx, srv, method, path, contentType, body, header)
		return err
	})
	return status, got, h
}

// answerWait is how long a test waits for wrangler dev to answer one request: a request
// its proxy loses (it can, while it reloads the runtime under load: see TestWorkerOverCap)
// would otherwise hang the test until go test's timeout.
const answerWait = 2 * time.Minute

func doOnce(ctx context.Context, srv *localrun.Server, method, path, contentType string, body []byte, header http.Header) (int, []byte, http.Header, error) {
	req, err := http.NewRequestWithContext(ctx, method, srv.URL+path, bytes.NewReader(body))
	if err != nil {
		return 0, nil, nil, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	return resp.StatusCode, got, resp.Header, err
}

// answered runs call with answerWait to get its answer. A request that got none in
// time is sent again when it is a GET (it reads only), once, and the test log says so;
// anything else fails the test.
func answered(t *testing.T, method, path string, call func(ctx context.Context) error) {
	t.Helper()
	for attempt := 1; ; attempt++ {
		ctx, cancel := context.WithTimeout(t.Context(), answerWait)
		err := call(ctx)
		cancel()
		if err != nil && method == http.MethodGet && attempt == 1 && errors.Is(err, context.DeadlineExceeded) && t.Context().Err() == nil {
			t.Logf("GET %s: no answer in %v (%v); sending it once more", path, answerWait, err)
			continue
		}
		require.NoError(t, err)
		return
	}
}

// memoryOf is srv.Memory (a GET of the workertest build's /_test/memory) with do's wait
// and its one retry.
func memoryOf(t *testing.T, srv *localrun.Server) localrun.Memory {
	t.Helper()
	var m localrun.Memory
	answered(t, http.MethodGet, "/_test/memory", func(ctx context.Context) (err error) {
		m, err = srv.Memory(ctx)
		return err
	})
	return m
}

// fixture is a shared decode fixture: its input and the options it is explained with.
type fixture struct {
	name, reason        string
	lang, now, provider string
	input               []byte
}

// request is the fixture as the Worker's JSON envelope.
func (fx fixture) request(t *testing.T) []byte {
	t.Helper()
	env := map[string]string{"input": string(fx.input), "lang": fx.lang, "now": fx.now}
	if fx.provider != "" {
		env["provider"] = fx.provider
	}
	b, err := json.Marshal(env)
	require.NoError(t, err)
	return b
}

func loadFixtures(t *testing.T) []fixture {
	t.Helper()
	all, err := fixtures.Load(filepath.Join(root, "decode/testdata/fixtures"))
	require.NoError(t, err)
	out := make([]fixture, 0, len(all))
	for _, f := range all {
		lang := f.Lang
		if lang == "" {
			lang = "en"
		}
		out = append(out, fixture{name: f.Name, reason: f.Reason, input: f.Input, lang: lang,
			now: f.Time.Format(time.RFC3339), provider: f.Provider})
	}
	return out
}

func fixtureNamed(t *testing.T, name string) fixture {
	t.Helper()
	for _, fx := range loadFixtures(t) {
		if fx.name == name {
			return fx
		}
	}
	t.Fatalf("no fixture %s", name)
	return fixture{}
}
