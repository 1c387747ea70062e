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
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/internal/fixtures"
	"github.com/decifra/decifra/wasm/worker/localrun"
	"github.com/decifra/decifra/web/api"
	"github.com/decifra/decifra/web/htmltest"
)

// root is the repository, from this package's directory.
const root = "../.."

// fixtureNow is the reference time the decode tests explain fixtures at.
const fixtureNow = "2026-11-02T10:00:00Z"

// freeBundleLimit is the free plan's Worker size limit, compressed: 3 MB.
const freeBundleLimit = 3_000_000

func startWorker(t *testing.T, opts localrun.Options) *localrun.Server {
	t.Helper()
	require.NoError(t, localrun.CheckTools(root), "the Worker end-to-end tests need these; ./build.sh test makes them")
	opts.Root = root
	srv, err := localrun.Start(t.Context(), opts)
	require.NoError(t, err)
	t.Cleanup(srv.Stop)
	return srv
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

// TestWorkerOverCap sends bodies over the cap, with a Content-Length (refused unread) and
// without one (the Worker reads MaxBody+1 bytes and cancels the upload): 413 both. An upload
// cut short makes the request fail inside wrangler dev's proxy, which then reloads the
// runtime (a dev-server behaviour: node_modules/wrangler/wrangler-dist/ProxyWorker.js answers
// a POST caught by the reload with 503 "Your worker restarted mid-request"). So each case
// runs against a server of its own, where that reload cannot reach another request.
func TestWorkerOverCap(t *testing.T) {
	big := bytes.Repeat([]byte("a"), api.MaxBody+1)
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
		})
	}
}

// TestWorkerPerRequestGlue runs the same build under syumai/workers' generated
// worker.mjs, which starts a Go instance per request; the program must serve it too.
func TestWorkerPerRequestGlue(t *testing.T) {
	srv := startWorker(t, localrun.Options{Script: "dist/worker/worker.mjs"})
	for _, name := range []string{"fluxiq-curl-i-rate-limited", "gsma-creation-error", "prose"} {
		fx := fixtureNamed(t, name)
		for range 3 { // each request a fresh instance
			status, got, _ := do(t, srv, http.MethodPost, "/explain", "text/plain", fx.input, nil)
			require.Contains(t, []int{http.StatusOK, http.StatusUnprocessableEntity}, status, string(got))
			assert.True(t, json.Valid(got), string(got))
		}
	}
}

func TestBundleSize(t *testing.T) {
	require.NoError(t, localrun.CheckTools(root), "the bundle size test needs these; ./build.sh test makes them")
	b, err := localrun.DryRun(t.Context(), root, t.TempDir())
	require.NoError(t, err)
	t.Logf("upload %.0f KiB, %.0f KiB gzip", b.KiB, b.GzipKiB)
	assert.LessOrEqual(t, b.GzipKiB*1024, float64(freeBundleLimit), "the free plan takes 3 MB compressed:\n%s", b.Output)
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
	req, err := http.NewRequestWithContext(t.Context(), method, srv.URL+path, bytes.NewReader(body))
	require.NoError(t, err)
	for k, v := range header {
		req.Header[k] = v
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, got, resp.Header
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
