package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":                             "<!doctype html><title>t</title>",
		"static/decifra.wasm":                    "\x00asm\x01\x00\x00\x00",
		"static/app.js":                          "'use strict';",
		"static/style.css":                       "body{}",
		"static/.secret":                         "no",
		"static/sub/file.txt":                    "text",
		"index.html.br":                          "br of index",
		"sw.js":                                  "'use strict';",
		"static/decifra-explainer.js":            "export {};",
		"static/immutable/app.0123abcd.js":       "'use strict'; // app",
		"static/immutable/app.0123abcd.js.br":    "br of app",
		"static/immutable/app.0123abcd.js.gz":    "gz of app",
		"static/immutable/decifra.0123abcd.wasm": "\x00asm\x01\x00\x00\x00",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	srv := httptest.NewServer(Handler(dir))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, method, url string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	require.NoError(t, err)
	resp, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, string(b)
}

func TestHandler(t *testing.T) {
	srv := testSite(t)
	tests := []struct {
		name, method, path string
		status             int
		contentType        string
		reason             string
	}{
		{"index", "GET", "/", 200, "text/html; charset=utf-8", "the directory's index.html"},
		{"index by name", "GET", "/index.html", 200, "text/html; charset=utf-8", ""},
		{"wasm", "GET", "/static/decifra.wasm", 200, "application/wasm", "instantiateStreaming needs application/wasm"},
		{"script", "GET", "/static/app.js", 200, "text/javascript; charset=utf-8", ""},
		{"style", "GET", "/static/style.css", 200, "text/css; charset=utf-8", ""},
		{"head", "HEAD", "/static/decifra.wasm", 200, "application/wasm", ""},
		{"no listing", "GET", "/static/", 404, "", "a directory without index.html is not listed"},
		{"no dot files", "GET", "/static/.secret", 404, "", ""},
		{"missing", "GET", "/nope.js", 404, "", ""},
		{"escape", "GET", "/../../etc/passwd", 404, "", "the path is cleaned to the root"},
		{"post", "POST", "/", 405, "", "a static site takes no writes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, _ := get(t, tt.method, srv.URL+tt.path)
			assert.Equal(t, tt.status, resp.StatusCode, tt.reason)
			if tt.contentType != "" {
				assert.Equal(t, tt.contentType, resp.Header.Get("Content-Type"))
			}
			// Every answer carries the security headers, errors included.
			assert.Equal(t, HeaderPolicy, resp.Header.Get("Content-Security-Policy"))
			assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
			assert.Equal(t, "same-origin", resp.Header.Get("Cross-Origin-Opener-Policy"))
			assert.Equal(t, "require-corp", resp.Header.Get("Cross-Origin-Embedder-Policy"))
		})
	}
	resp, _ := get(t, "POST", srv.URL+"/")
	assert.Equal(t, "GET, HEAD", resp.Header.Get("Allow"))
}

// The assets may be used by a portal on another origin (the embeddable explainer); the
// page itself may not.
func TestHandlerCrossOrigin(t *testing.T) {
	srv := testSite(t)
	for _, p := range []string{"/static/app.js", "/static/decifra.wasm", "/static/style.css", "/static/nope.js"} {
		resp, _ := get(t, "GET", srv.URL+p)
		assert.Equal(t, "*", resp.Header.Get("Access-Control-Allow-Origin"), p)
		assert.Equal(t, "cross-origin", resp.Header.Get("Cross-Origin-Resource-Policy"), p)
	}
	for _, p := range []string{"/", "/index.html", "/static/../index.html"} {
		resp, _ := get(t, "GET", srv.URL+p)
		assert.Empty(t, resp.Header.Get("Access-Control-Allow-Origin"), p)
		assert.Equal(t, "same-origin", resp.Header.Get("Cross-Origin-Resource-Policy"), p)
	}
}

// headerRules parses _headers as Cloudflare does: a path pattern (one * matching
// anything, slashes included), then its indented "Name: value" lines.
func headerRules(t *testing.T) map[string][][2]string {
	b, err := os.ReadFile("_headers")
	require.NoError(t, err)
	rules := map[string][][2]string{}
	path := ""
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, " "):
			path = line
			require.LessOrEqual(t, strings.Count(path, "*"), 1, "Cloudflare drops a rule with two splats: %s", path)
		default:
			name, value, ok := strings.Cut(strings.TrimSpace(line), ": ")
			require.True(t, ok, line)
			rules[path] = append(rules[path], [2]string{name, value})
		}
	}
	return rules
}

// _headers gives Cloudflare's static assets what Handler sends locally: the
// cross-origin headers under /static/, and the hashed assets' Cache-Control (Cloudflare's
// default for the rest, max-age=0, must-revalidate, is Handler's no-cache). No two rules
// set one header for a path, which Cloudflare would join into one value.
func TestCloudflareHeaders(t *testing.T) {
	srv := testSite(t)
	rules := headerRules(t)
	for _, p := range []string{"/", "/index.html", "/sw.js", "/static/app.js", "/static/decifra-explainer.js", "/static/immutable/app.0123abcd.js", "/static/immutable/decifra.0123abcd.wasm"} {
		want := map[string]string{"Cache-Control": CacheRevalidate}
		for pattern, headers := range rules {
			prefix, suffix, splat := strings.Cut(pattern, "*")
			match := p == pattern || splat && strings.HasPrefix(p, prefix) && strings.HasSuffix(p[len(prefix):], suffix)
			if !match {
				continue
			}
			for _, h := range headers {
				if h[0] == "Cache-Control" {
					require.Equal(t, CacheRevalidate, want[h[0]], "two rules set Cache-Control for %s", p)
				}
				want[h[0]] = h[1]
			}
		}
		resp, _ := get(t, "GET", srv.URL+p)
		for name, value := range want {
			assert.Equal(t, value, resp.Header.Get(name), "%s %s", p, name)
		}
		if want["Access-Control-Allow-Origin"] == "" {
			assert.Empty(t, resp.Header.Get("Access-Control-Allow-Origin"), p)
		}
	}
}

// Content-hashed assets are kept a year; everything else is asked for again on every use.
func TestHandlerCaching(t *testing.T) {
	srv := testSite(t)
	for p, want := range map[string]string{
		"/":                                  CacheRevalidate,
		"/index.html":                        CacheRevalidate,
		"/sw.js":                             CacheRevalidate,
		"/static/app.js":                     CacheRevalidate,
		"/static/immutable/app.0123abcd.js":  CacheImmutable,
		"/static/immutable/nope.0123abcd.js": CacheImmutable,
	} {
		resp, _ := get(t, "GET", srv.URL+p)
		assert.Equal(t, want, resp.Header.Get("Cache-Control"), p)
	}
}

// A file with precompressed siblings is answered with the best one the request's
// Accept-Encoding takes, with its own Content-Type and Vary: Accept-Encoding.
func TestHandlerPrecompressed(t *testing.T) {
	srv := testSite(t)
	tests := []struct {
		name, path, accept string
		encoding, body     string
	}{
		{"brotli first", "/static/immutable/app.0123abcd.js", "gzip, deflate, br, zstd", "br", "br of app"},
		{"gzip when no brotli", "/static/immutable/app.0123abcd.js", "gzip", "gzip", "gz of app"},
		{"brotli refused", "/static/immutable/app.0123abcd.js", "br;q=0, gzip;q=0.5", "gzip", "gz of app"},
		{"any", "/static/immutable/app.0123abcd.js", "*", "br", "br of app"},
		{"identity", "/static/immutable/app.0123abcd.js", "", "", "'use strict'; // app"},
		{"none refused", "/static/immutable/app.0123abcd.js", "br;q=0, gzip;q=0", "", "'use strict'; // app"},
		{"the page", "/", "br", "br", "br of index"},
		{"no sibling", "/static/style.css", "br, gzip", "", "body{}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest("GET", srv.URL+tt.path, nil)
			require.NoError(t, err)
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			resp, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, 200, resp.StatusCode)
			assert.Equal(t, tt.encoding, resp.Header.Get("Content-Encoding"))
			assert.Equal(t, tt.body, string(b))
			assert.Equal(t, strconv.Itoa(len(tt.body)), resp.Header.Get("Content-Length"))
			assert.NotContains(t, resp.Header.Get("Content-Type"), "octet", "the file's own type, not its sibling's")
			if tt.path != "/static/style.css" {
				assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"))
			}
		})
	}
	// The siblings are not files of their own: Cloudflare has none of them.
	resp, _ := get(t, "GET", srv.URL+"/static/immutable/app.0123abcd.js.br")
	assert.Equal(t, 404, resp.StatusCode)
}

func TestContentSecurityPolicy(t *testing.T) {
	directives := map[string]string{}
	for _, d := range strings.Split(HeaderPolicy, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		directives[name] = value
	}
	assert.Equal(t, "'none'", directives["default-src"])
	assert.Equal(t, "'self' 'wasm-unsafe-eval'", directives["script-src"], "no inline script, no eval; wasm compiles")
	assert.Equal(t, "'self'", directives["connect-src"], "the page fetches only its own wasm")
	assert.Equal(t, "'self'", directives["style-src"], "no inline style")
	assert.Equal(t, "'script'", directives["require-trusted-types-for"], "strings can never reach innerHTML")
	assert.Equal(t, TrustedTypesPolicy, directives["trusted-types"], "one policy, made once (no 'allow-duplicates'): the service worker's URL")
	assert.Equal(t, "'self'", directives["worker-src"], "the service worker, from the page's origin")
	assert.Equal(t, "'self'", directives["manifest-src"])
	assert.Equal(t, "'none'", directives["frame-ancestors"])
	assert.NotContains(t, ContentSecurityPolicy, "frame-ancestors", "a <meta> policy may not carry frame-ancestors")
	assert.NotContains(t, HeaderPolicy, "unsafe-inline")
	assert.NotContains(t, HeaderPolicy, "'unsafe-eval'")
}
