//go:build e2e

package web

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/web/browser"
	"github.com/decifra/decifra/web/site"
)

// These tests load the page while its decoder is slow to come or never comes: the wasm
// held back, cut off mid-way, answered with the wrong thing, or a browser without
// WebAssembly. The page must say what is happening and what to do, never stay blank or
// "loading" for good.

// serveWasmAs serves dist/site, answering the page's wasm (its content-hashed copy)
// with wasm instead; wasm gets the real file's path.
func serveWasmAs(t *testing.T, wasm func(w http.ResponseWriter, r *http.Request, file string)) string {
	t.Helper()
	checkSite(t)
	name := "/" + hashed(t, "static/decifra.wasm")
	file := filepath.Join(siteDir, filepath.FromSlash(name))
	files := site.Handler(siteDir)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == name {
			wasm(w, r, file)
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}

// A paste made while the decoder loads is explained once it has loaded; meanwhile the
// result pane says that the decoder is loading, that the paste will be explained, and,
// when it takes long, that the connection may be slow.
func TestPageLoadingState(t *testing.T) {
	release := make(chan struct{})
	url := serveWasmAs(t, func(w http.ResponseWriter, r *http.Request, file string) {
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "application/wasm")
		http.ServeFile(w, r, file)
	})
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	p := browser.Launch(t).NewPage(t, browser.PageOptions{})
	p.Goto(url, "domcontentloaded")
	p.WaitFor(tid("loading"))
	assert.Equal(t, T("en", "loading_decoder"), p.Text(tid("loading")))
	assert.Zero(t, p.Count(tid("loading-pending")), "nothing pasted yet")

	p.Fill(pasteSel, sampleText(t, "curl"))
	p.WaitFor(tid("loading-pending"))
	assert.Equal(t, T("en", "loading_pending"), p.Text(tid("loading-pending")))
	p.WaitFor(tid("loading-slow")) // after 10 s
	assert.Contains(t, p.Text(tid("loading")), "go install github.com/decifra/decifra/cmd/decifra@", "the CLI, another way")
	p.Screenshot(artifacts + "loading-slow.png")

	close(release)
	p.WaitFor(cardSel)
	assert.Equal(t, "RATE_LIMITED", p.Text(tid("code")), "the paste made while loading is explained")
	assert.Zero(t, p.Count(tid("loading")))
	assert.Equal(t, "true", p.Attr("html", "data-ready"))
	noErrors(t, p)
}

// When the decoder cannot load, the result pane says why and what to do, offers the
// command-line tool, and a button that reloads the page.
func TestPageLoadFailures(t *testing.T) {
	tests := []struct {
		name   string
		wasm   func(w http.ResponseWriter, r *http.Request, file string)
		init   string // a script run before the page's own
		reason string // the load-error's data-reason
		says   string // in the message
	}{
		{
			name: "connection cut mid-way",
			wasm: func(w http.ResponseWriter, r *http.Request, file string) {
				b, err := os.ReadFile(file)
				if err != nil {
					panic(err)
				}
				w.Header().Set("Content-Type", "application/wasm")
				w.Header().Set("Content-Length", strconv.Itoa(len(b)))
				_, _ = w.Write(b[:len(b)/3])
				http.NewResponseController(w).Flush()
				panic(http.ErrAbortHandler) // the server drops the connection
			},
			reason: "network",
			says:   "connection",
		},
		{
			name: "not found",
			wasm: func(w http.ResponseWriter, r *http.Request, file string) {
				http.NotFound(w, r)
			},
			reason: "http",
			says:   "HTTP 404",
		},
		{
			name: "HTML in its place",
			wasm: func(w http.ResponseWriter, r *http.Request, file string) {
				// A host that answers every path with its index.html.
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				http.ServeFile(w, r, filepath.Join(siteDir, "index.html"))
			},
			reason: "not_wasm",
			says:   "text/html",
		},
		{
			name: "not WebAssembly, as application/wasm",
			wasm: func(w http.ResponseWriter, r *http.Request, file string) {
				w.Header().Set("Content-Type", "application/wasm")
				_, _ = w.Write([]byte("\x00asm\x01\x00\x00\x00\xff\xff\xff"))
			},
			reason: "compile",
			says:   "compile",
		},
		{
			name:   "no WebAssembly in the browser",
			init:   `() => { delete globalThis.WebAssembly; }`,
			reason: "no_wasm",
			says:   "WebAssembly",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wasm := tt.wasm
			if wasm == nil {
				wasm = func(w http.ResponseWriter, r *http.Request, file string) {
					w.Header().Set("Content-Type", "application/wasm")
					http.ServeFile(w, r, file)
				}
			}
			p := browser.Launch(t).NewPage(t, browser.PageOptions{})
			if tt.init != "" {
				p.InitScript(tt.init)
			}
			p.Goto(serveWasmAs(t, wasm), "domcontentloaded")
			p.Fill(pasteSel, sampleText(t, "curl")) // pasted before the failure: it stays
			p.WaitFor(tid("load-error"))
			assert.Equal(t, tt.reason, p.Attr(tid("load-error"), "data-reason"))
			assert.Equal(t, "alert", p.Attr(tid("load-error"), "role"), "said at once to a screen reader")
			msg := p.Text(tid("load-error"))
			assert.Contains(t, msg, T("en", "load_error_title"))
			assert.Contains(t, msg, tt.says)
			assert.Contains(t, p.Text(tid("cli")), "go install github.com/decifra/decifra/cmd/decifra@")
			assert.Equal(t, T("en", "reload"), p.Text(tid("reload")))
			assert.Equal(t, "failed", p.Attr("html", "data-ready"))
			assert.Equal(t, sampleText(t, "curl"), evalString(p, `() => document.querySelector('[data-testid="paste"]').value`))

			// Another language, the same message in it.
			p.Select(tid("lang"), "pt-BR")
			p.WaitUntil(`() => document.querySelector('[data-testid="load-error"]')?.textContent.includes(`+
				strconv.Quote(T("pt-BR", "load_error_title"))+`)`, nil)
			p.ScreenshotElement(resultSel, artifacts+"load-error-"+tt.reason+".png")
			if tt.reason == "http" { // the message is built alike for every reason
				assert.Empty(t, p.Axe(), "accessibility of the message")
			}
		})
	}
}

// A host that sends the wasm with another type than application/wasm defeats streaming
// compilation, but the page still works: it compiles the bytes once they are in, and
// tells the site's owner in the console.
func TestPageWasmWrongType(t *testing.T) {
	url := serveWasmAs(t, func(w http.ResponseWriter, r *http.Request, file string) {
		w.Header().Set("Content-Type", "application/octet-stream")
		http.ServeFile(w, r, file)
	})
	p := openPage(t, url, browser.PageOptions{})
	pasteAndWait(p, sampleText(t, "curl"))
	assert.Equal(t, "RATE_LIMITED", p.Text(tid("code")))
	warned := false
	for _, m := range p.Console() {
		warned = warned || m.Type == "warning" &&
			strings.Contains(m.Text, "application/octet-stream") && strings.Contains(m.Text, "application/wasm")
	}
	assert.True(t, warned, "the console tells the site's owner to serve application/wasm")
	require.Empty(t, p.Errors())
}
