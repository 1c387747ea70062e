package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":          "<!doctype html><title>t</title>",
		"static/decifra.wasm": "\x00asm\x01\x00\x00\x00",
		"static/app.js":       "'use strict';",
		"static/style.css":    "body{}",
		"static/.secret":      "no",
		"static/sub/file.txt": "text",
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
	resp, err := http.DefaultClient.Do(req)
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

// _headers gives Cloudflare's static assets the same cross-origin headers.
func TestCloudflareHeaders(t *testing.T) {
	b, err := os.ReadFile("_headers")
	require.NoError(t, err)
	var got [][2]string
	path := ""
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, " "):
			path = line
		default:
			name, value, ok := strings.Cut(strings.TrimSpace(line), ": ")
			require.True(t, ok, line)
			assert.Equal(t, "/static/*", path, name)
			got = append(got, [2]string{name, value})
		}
	}
	assert.Equal(t, sharedHeaders, got)
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
	assert.Equal(t, "'none'", directives["frame-ancestors"])
	assert.NotContains(t, ContentSecurityPolicy, "frame-ancestors", "a <meta> policy may not carry frame-ancestors")
	assert.NotContains(t, HeaderPolicy, "unsafe-inline")
	assert.NotContains(t, HeaderPolicy, "'unsafe-eval'")
}
