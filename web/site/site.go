// Package site serves the static site (./build.sh site writes it to dist/site) as a
// static host should: with the headers the page relies on (its Content-Security-Policy,
// application/wasm for the wasm, cross-origin isolation so that performance.now() is
// precise), each file's precompressed sibling when the browser takes it, and the
// content-hashed assets (Fingerprint) cached for good while everything else is asked
// for again on every use. The assets under /static/ may be loaded from other origins,
// for the embeddable explainer. cmd/serve and the browser tests serve the site through
// this one handler.
package site

import (
	"bytes"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// ContentSecurityPolicy is the page's policy. index.html carries it in a <meta
// http-equiv> so that any static host enforces it; Handler sends it as a header too,
// with HeaderPolicy's addition. No inline script and no eval: 'wasm-unsafe-eval' lets the
// page compile its own wasm and nothing more; connect-src 'self' is for fetching that
// wasm. Trusted Types are required and no policy may be made, so a string can never reach
// innerHTML or another HTML sink: pasted text can only ever become text.
//
// The service worker (sw.js, which keeps the page's assets for offline use) needs
// worker-src 'self', and one Trusted Types policy, TrustedTypesPolicy, because
// navigator.serviceWorker.register takes a TrustedScriptURL when Trusted Types are
// required; app.js makes it, and it answers that one URL and throws for any other. No
// policy can make HTML. The web app manifest needs manifest-src 'self'.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"base-uri 'none'; form-action 'none'; " +
	"require-trusted-types-for 'script'; trusted-types " + TrustedTypesPolicy

// TrustedTypesPolicy is the one Trusted Types policy the page may make (web/static/app.js):
// it turns the service worker's URL, and nothing else, into a TrustedScriptURL.
const TrustedTypesPolicy = "decifra-sw"

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
}

// Cache-Control: a file under Immutable never changes, so it is kept a year and never
// asked for again; anything else (index.html, sw.js, the explainer's entry module and
// the files it imports by fixed names) is asked for again on every use, answered 304
// when unchanged, so that a deploy is seen at once. _headers says the same to
// Cloudflare, whose default for the rest is max-age=0, must-revalidate.
const (
	CacheImmutable  = "public, max-age=31536000, immutable"
	CacheRevalidate = "no-cache"
)

// contentTypes are set explicitly rather than taken from the system's MIME tables,
// which may lack .wasm or call .js something old.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".bin":         "application/octet-stream",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".txt":         "text/plain; charset=utf-8",
}

// sharedHeaders are sent with the files under /static/ besides headers: developer
// portals on other origins load the embeddable explainer from there (a module script and
// fetch, both in CORS mode), and a cross-origin isolated portal may embed them.
var sharedHeaders = [][2]string{
	{"Access-Control-Allow-Origin", "*"},
	{"Cross-Origin-Resource-Policy", "cross-origin"},
}

// Handler serves the files under root: GET and HEAD only, index.html for a directory
// that has one, and 404 for anything else (no directory listings, no dot files, and no
// precompressed siblings by their own names: Cloudflare has none of them). A file with
// a precompressed sibling (NAME.br, NAME.gz) is answered with it when the request's
// Accept-Encoding takes its encoding, with Vary: Accept-Encoding either way. The files
// under /static/ may be used from any origin.
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
		if strings.Contains(name, "/.") || isPrecompressed(name) {
			http.NotFound(w, r)
			return
		}
		if strings.HasPrefix(name, "/"+Immutable) {
			h.Set("Cache-Control", CacheImmutable)
		} else {
			h.Set("Cache-Control", CacheRevalidate)
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
		ct, ok := contentTypes[strings.ToLower(filepath.Ext(file))]
		if !ok {
			ct = "application/octet-stream"
		}
		h.Set("Content-Type", ct)
		for _, p := range Precompressed {
			zst, err := os.Stat(file + p.Ext)
			if err != nil || zst.IsDir() {
				continue
			}
			h.Set("Vary", "Accept-Encoding")
			if accepts(r.Header.Get("Accept-Encoding"), p.Encoding) {
				h.Set("Content-Encoding", p.Encoding)
				file, st = file+p.Ext, zst
				break
			}
		}
		f, err := os.Open(file)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, "", st.ModTime(), f)
	})
}

func isPrecompressed(name string) bool {
	for _, p := range Precompressed {
		if strings.HasSuffix(name, p.Ext) {
			return true
		}
	}
	return false
}

// accepts reports whether an Accept-Encoding header takes encoding: named, or by "*",
// with a q-value above zero (RFC 9110, 12.5.3).
func accepts(header, encoding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != encoding && coding != "*" {
			continue
		}
		ok := true
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(k, "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				ok = err == nil && q > 0
			}
		}
		if coding == encoding {
			return ok
		}
		star = ok
	}
	return star
}

// StripLineComments is a script less its whole-line comments, as ./build.sh site serves
// web/static's scripts (its sed deletes each line whose first characters past any
// spaces are "//"); the tests check the built site against their sources with it.
func StripLineComments(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line = b[:i+1]
		}
		b = b[len(line):]
		if !bytes.HasPrefix(bytes.TrimLeft(line, " \t\r\v\f"), []byte("//")) {
			out = append(out, line...)
		}
	}
	return out
}
