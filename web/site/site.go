// Package site serves the static site (./build.sh site writes it to dist/site) with the
// headers the page relies on: its Content-Security-Policy, application/wasm for the wasm,
// and cross-origin isolation so that performance.now() is precise; the assets under
// /static/ may be loaded from other origins, for the embeddable explainer. cmd/serve and
// the browser tests serve the site through this one handler.
package site

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ContentSecurityPolicy is the page's policy. index.html carries it in a <meta
// http-equiv> so that any static host enforces it; Handler sends it as a header too,
// with HeaderPolicy's addition. No inline script and no eval: 'wasm-unsafe-eval' lets the
// page compile its own wasm and nothing more; connect-src 'self' is for fetching that
// wasm. Trusted Types are required and no policy may be made, so a string can never reach
// innerHTML or another HTML sink: pasted text can only ever become text.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
	"require-trusted-types-for 'script'; trusted-types 'none'"

// HeaderPolicy is ContentSecurityPolicy plus what only a header may carry (a <meta>
// policy with it makes browsers log an error): no framing by other sites.
const HeaderPolicy = ContentSecurityPolicy + "; frame-ancestors 'none'"

// headers are sent with every answer.
var headers = [][2]string{
	{"Content-Security-Policy", HeaderPolicy},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	// Cross-origin isolation: the page loads nothing from elsewhere, and gets
	// performance.now() at full precision for ./build.sh bench-page.
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Embedder-Policy", "require-corp"},
	{"Cross-Origin-Resource-Policy", "same-origin"},
	{"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"},
	// A development server: always revalidate, so a rebuilt site shows at once.
	{"Cache-Control", "no-cache"},
}

// contentTypes are set explicitly rather than taken from the system's MIME tables,
// which may lack .wasm or call .js something old.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".txt":  "text/plain; charset=utf-8",
}

// sharedHeaders are sent with the files under /static/ besides headers: developer
// portals on other origins load the embeddable explainer from there (a module script and
// fetch, both in CORS mode), and a cross-origin isolated portal may embed them.
var sharedHeaders = [][2]string{
	{"Access-Control-Allow-Origin", "*"},
	{"Cross-Origin-Resource-Policy", "cross-origin"},
}

// Handler serves the files under root: GET and HEAD only, index.html for a directory
// that has one, and 404 for anything else (no directory listings, no dot files). The
// files under /static/ may be used from any origin.
func Handler(root string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for _, kv := range headers {
			h.Set(kv[0], kv[1])
		}
		name := path.Clean("/" + r.URL.Path)
		if strings.HasPrefix(name, "/static/") {
			for _, kv := range sharedHeaders {
				h.Set(kv[0], kv[1])
			}
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if strings.Contains(name, "/.") {
			http.NotFound(w, r)
			return
		}
		file := filepath.Join(root, filepath.FromSlash(name))
		st, err := os.Stat(file)
		if err == nil && st.IsDir() {
			file = filepath.Join(file, "index.html")
			st, err = os.Stat(file)
		}
		if err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		f, err := os.Open(file)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		if ct, ok := contentTypes[strings.ToLower(filepath.Ext(file))]; ok {
			h.Set("Content-Type", ct)
		}
		http.ServeContent(w, r, "", st.ModTime(), f)
	})
}
