//go:build js

// Command worker is decifra's Cloudflare Worker: web/api's handler, built to wasm and run
// with github.com/syumai/workers. It is the only code that imports syumai/workers, and it
// holds no logic of its own: everything it serves is web/api's, which tests natively.
//
// `./build.sh worker` writes dist/worker/: this program as app.wasm, the glue syumai's
// workers-assets-gen generates (wasm_exec.js, runtime.mjs, worker.mjs), and decifra.mjs,
// the entry wrangler.toml names (copied from wasm/worker/decifra.mjs). The program serves
// either entry:
//
//   - syumai's worker.mjs starts a new Go instance for every request and calls the
//     library's handleRequest, which streams the request and the answer through the
//     library and ends the program once the answer is sent. Starting Go dominates: eight
//     to ten times the floor's latency, and more CPU than the free plan's 10 ms.
//   - decifra.mjs starts one instance per isolate and calls serve (below) for every
//     request, with the body already read and plain values across: the library's
//     streaming conversion of each request and answer cost more than decifra's own work.
//     Nothing calls handleRequest, so the program keeps running.
//
// `./build.sh bench-worker` measures both against a JavaScript floor.
package main

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/syumai/workers"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/web/api"
)

func main() {
	h := api.Handler(nil)
	workers.ServeNonBlock(h) // for syumai's worker.mjs
	binding := js.Global().Get("context").Get("binding")
	uint8Array := js.Global().Get("Uint8Array")
	binding.Set("serve", js.FuncOf(func(_ js.Value, args []js.Value) any { return serve(h, uint8Array, args) }))
	binding.Set("maxBody", api.MaxBody)
	binding.Set("loadText", js.FuncOf(loadText))
	workers.Ready()
	<-workers.Done() // closed after handleRequest's answer; never under decifra.mjs
}

// serve answers one request for decifra.mjs, synchronously:
//
//	serve(method, url, headers, body, readError) → [status, headers, body]
//
// headers are "name: value" lines; body is a Uint8Array of at most maxBody+1 bytes (null
// when the glue left it unread because Content-Length was already over maxBody), and
// readError says why the glue could not read it, if it could not. The answer's body is a
// Uint8Array.
//
// It runs inside a JavaScript call, so nothing it does may wait on JavaScript: a blocked
// callback would deadlock the instance. web/api's handler only computes.
func serve(h http.Handler, uint8Array js.Value, args []js.Value) any {
	method, rawURL, headers, body, readError := args[0].String(), args[1].String(), args[2].String(), args[3], args[4].String()
	u, err := url.ParseRequestURI(rawURL)
	if err != nil { // the runtime hands over only valid URLs; a bad one finds no endpoint
		u = &url.URL{}
	}
	r := &http.Request{Method: method, URL: u, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{}, ContentLength: -1, Host: u.Host, RequestURI: u.RequestURI()}
	for line := range strings.Lines(headers) {
		if name, value, ok := strings.Cut(strings.TrimSuffix(line, "\n"), ": "); ok {
			r.Header.Add(name, value)
		}
	}
	if n, err := strconv.ParseInt(r.Header.Get("Content-Length"), 10, 64); err == nil {
		r.ContentLength = n
	}
	switch {
	case readError != "":
		r.Body = readFailure{errors.New(readError)}
	case body.IsNull():
		r.Body = http.NoBody
	default:
		b := make([]byte, body.Get("byteLength").Int())
		js.CopyBytesToGo(b, body)
		r.Body = io.NopCloser(bytes.NewReader(b))
	}

	w := &answer{header: http.Header{}, status: http.StatusOK}
	h.ServeHTTP(w, r)
	var lines strings.Builder
	for name, values := range w.header {
		for _, v := range values {
			lines.WriteString(name + ": " + v + "\n")
		}
	}
	out := uint8Array.New(w.body.Len())
	js.CopyBytesToJS(out, w.body.Bytes())
	return js.ValueOf([]any{w.status, lines.String(), out})
}

// loadText(lang, pack) loads a language's prose, decifra-text.<lang>.bin from the static
// assets (the tables of this textpack build hold none); it returns "" or what is wrong.
func loadText(_ js.Value, args []js.Value) any {
	b := make([]byte, args[1].Get("byteLength").Int())
	js.CopyBytesToGo(b, args[1])
	if err := catalog.LoadPack(catalog.ParseLang(args[0].String()), b); err != nil {
		return err.Error()
	}
	return ""
}

// answer is an http.ResponseWriter that keeps everything for serve to hand back.
type answer struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

func (a *answer) Header() http.Header { return a.header }

func (a *answer) WriteHeader(status int) {
	if !a.wrote {
		a.status, a.wrote = status, true
	}
}

func (a *answer) Write(p []byte) (int, error) {
	a.WriteHeader(http.StatusOK)
	return a.body.Write(p)
}

// readFailure is a body the glue could not read: every read fails as that read did.
type readFailure struct{ err error }

func (f readFailure) Read([]byte) (int, error) { return 0, f.err }
func (readFailure) Close() error               { return nil }
