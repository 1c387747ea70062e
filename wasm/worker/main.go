//go:build js

// Command worker is decifra's Cloudflare Worker: web/api's Server, built to wasm and run
// by decifra.mjs, the entry wrangler.toml names (copied from wasm/worker/decifra.mjs by
// `./build.sh worker`, with Go's own wasm_exec.js). It holds no logic of its own:
// everything it serves is web/api's, which tests natively.
//
// decifra.mjs starts one Go instance per isolate and calls serve (below) for every
// request, synchronously, with the body already read and plain values across. The
// program imports neither net/http nor github.com/syumai/workers: its requests arrive as
// plain values, and net/http's weight (TLS, x509, mime, reflection through fmt) was more
// than half of the Worker's wasm. The HTML cards are rendered by the page's own card.js
// (wasm/worker/cards.mjs), so templ is not linked either.
//
// The program's settings come through its environment (decifra.mjs sets Go's env):
// MAX_BODY, wrangler.toml's body cap (api.ParseMaxBody); DECIFRA_CATALOGS, the portal
// catalogs it is deployed with (api.CatalogPaths: paths of the static assets, which
// decifra.mjs fetches and hands to loadCatalogs before the first request); and
// GOMEMLIMIT.
package main

import (
	"strings"
	"syscall"
	"syscall/js"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/wasm/explainjson"
	"github.com/decifra/decifra/web/api"
)

// testHook, when set (by a build with the workertest tag, never deployed), sees every
// request first; it answers the test-only paths and returns nil for the others.
var testHook func(binding js.Value, r *api.Request) *api.Response

func main() {
	// decifra.mjs makes a new binding object for each program it starts.
	binding := js.Global().Get("decifraGo")
	maxBody, err := api.ParseMaxBody(getenv("MAX_BODY"))
	if err != nil {
		binding.Set("error", err.Error())
		return // decifra.mjs answers every request 500 with the error
	}
	s := &api.Server{MaxBody: maxBody, Cards: cards{binding.Get("cards")}}
	// A DECIFRA_CATALOGS that cannot be read is answered like a catalog that cannot: every
	// request gets a 500 problem saying what is wrong (api.Server.CatalogErrors).
	paths, pathsErr := api.CatalogPaths(getenv(api.CatalogsVar))
	if pathsErr != nil {
		s.CatalogErrors = append(s.CatalogErrors, pathsErr)
	}
	catalogPaths := make([]any, len(paths))
	for i, p := range paths {
		catalogPaths[i] = p
	}
	uint8Array := js.Global().Get("Uint8Array")
	// The functions live as long as the program, so they are never released.
	binding.Set("maxBody", maxBody)
	binding.Set("catalogPaths", catalogPaths)
	binding.Set("maxCatalogBytes", catalog.MaxCatalogBytes)
	binding.Set("loadText", js.FuncOf(loadText))
	binding.Set("loadCatalogs", js.FuncOf(func(_ js.Value, args []js.Value) any {
		loadCatalogs(s, args[0])
		return nil
	}))
	binding.Set("serve", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return serve(s, binding, uint8Array, args)
	}))
	select {}
}

func getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// serve answers one request for decifra.mjs, synchronously:
//
//	serve(method, path, query, headers, body, readError) → [status, headers, body]
//
// path is the URL's path and query its search without the "?"; headers are
// "name: value\n" lines, names in lower case (the Fetch API's Headers); body is a
// Uint8Array of at most maxBody+1 bytes (null when decifra.mjs left it unread because
// Content-Length was already over maxBody), and readError says why it could not be read,
// if it could not. The answer's headers are a flat array of names and values; its body a
// Uint8Array. When the answer needs the catalog's prose in a language not loaded yet,
// serve answers {needsProse: lang} instead: decifra.mjs loads it (loadText) and calls
// serve again with the same arguments.
//
// It runs inside a JavaScript call, so nothing it does may wait on JavaScript: a blocked
// callback would deadlock the instance. web/api's Server only computes.
func serve(s *api.Server, binding, uint8Array js.Value, args []js.Value) any {
	r := &api.Request{Method: args[0].String(), Path: args[1].String(), RawQuery: args[2].String(),
		Header: map[string]string{}, BodyError: args[5].String()}
	for line := range strings.Lines(args[3].String()) {
		if name, value, ok := strings.Cut(strings.TrimSuffix(line, "\n"), ": "); ok {
			r.Header[name] = value
		}
	}
	if body := args[4]; !body.IsNull() {
		r.Body = make([]byte, body.Get("byteLength").Int())
		js.CopyBytesToGo(r.Body, body)
	}

	var w api.Response
	if testHook != nil {
		if hooked := testHook(binding, r); hooked != nil {
			w = *hooked
		}
	}
	if w.Status == 0 {
		w = s.Serve(r)
	}
	if w.NeedsProse != "" {
		return js.ValueOf(map[string]any{"needsProse": string(w.NeedsProse)})
	}
	headers := make([]any, 0, 2*len(w.Header))
	for _, h := range w.Header {
		headers = append(headers, h[0], h[1])
	}
	out := uint8Array.New(len(w.Body))
	js.CopyBytesToJS(out, w.Body)
	return js.ValueOf([]any{w.Status, headers, out})
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

// loadCatalogs(files) parses the catalogs of DECIFRA_CATALOGS, which decifra.mjs fetched
// from the static assets, once, before the program serves: files is an array of
// {path, data, size, error}, in catalogPaths' order, where data is the file as a
// Uint8Array (null when it could not be fetched, error saying why, or when its size is
// over maxCatalogBytes: it is refused by its size alone, unread).
func loadCatalogs(s *api.Server, files js.Value) {
	list := make([]api.CatalogFile, files.Length())
	for i := range list {
		f := files.Index(i)
		list[i] = api.CatalogFile{Path: f.Get("path").String(), Size: f.Get("size").Int()}
		if e := f.Get("error"); e.Truthy() {
			list[i].Err = e.String()
		}
		if data := f.Get("data"); data.Truthy() {
			list[i].Data = make([]byte, data.Get("byteLength").Int())
			js.CopyBytesToGo(list[i].Data, data)
		}
	}
	var errs []*catalog.CatalogError
	s.Catalogs, errs = api.LoadCatalogs(list)
	s.CatalogErrors = append(s.CatalogErrors, errs...)
}

// cards renders HTML answers with cards.mjs, which builds them with the page's card.js
// from the explanations as JSON (the JSON contract the page's card.js reads).
type cards struct{ js js.Value }

func (c cards) Explanations(b []byte, xs []*decode.Explanation) ([]byte, error) {
	html := c.js.Call("explanations", string(explainjson.AppendAll(nil, xs)))
	return append(b, html.String()...), nil
}

func (c cards) NoErrorFound(b []byte, lang catalog.Lang, body decode.ErrorBody) ([]byte, error) {
	html := c.js.Call("noErrorFound", string(lang), string(explainjson.AppendError(nil, body)))
	return append(b, html.String()...), nil
}
