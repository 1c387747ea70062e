//go:build js

// Command page is the WebAssembly of the page and of the embeddable explainer: it gives
// web/static/decifra.js, or decifra-explainer.js, the decoder (explain, explainAll and
// redact). It is the only code of the page that touches syscall/js; everything it calls
// is tested natively. Size matters here (the budget is 0.9 MB after brotli): it imports
// neither templ (whose runtime pulls in net/http; the card is built in JavaScript) nor
// encoding/json (explainjson writes the same bytes).
package main

import (
	"strings"
	"syscall/js"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/wasm/explainjson"
)

func main() {
	// The global object is the page's for decifra.js; decifra-explainer.js runs Go's
	// loader with a scope of its own, whose decifra is private to the module.
	decifra := js.Global().Get("decifra")
	if decifra.Type() != js.TypeObject {
		panic("decifra.wasm: load it through decifra.js, which defines globalThis.decifra")
	}
	// The functions live as long as the page, so they are never released.
	decifra.Call("_attach", js.FuncOf(explain), js.FuncOf(redact), js.FuncOf(explainAll), js.FuncOf(loadText),
		js.FuncOf(addCatalog), js.FuncOf(explainCode), js.FuncOf(textFiles))
	select {}
}

// explain(text, lang, nowMillis[, provider]) returns the explanation, or the
// NO_ERROR_FOUND body, as JSON: one string across the boundary costs less than building
// the object member by member. nowMillis 0 means "unknown" (decode.Options.Now's zero
// value); provider is decode.Options.Provider, the hint of a provider's own docs portal,
// and "" or missing means none.
//
// When the answer's language's prose is loaded in chunks (decifra.js loads only those an
// answer shows), an answer that read texts of chunks not loaded yet is
// {"needText": [file, …]} instead: the caller loads those chunks (loadText) and asks
// again. explainAll and explainCode answer the same way.
func explain(_ js.Value, args []js.Value) any {
	opts := options(args)
	return withText(opts.Lang, func() string {
		x, err := decode.Explain([]byte(args[0].String()), opts)
		if err != nil {
			return string(explainjson.AppendError(nil, noErrorFound(err).Body()))
		}
		return string(explainjson.Append(make([]byte, 0, 4096), x))
	})
}

// withText returns answer's JSON, or {"needText": [file, …]} when it read texts of
// lang's that are not loaded (catalog.Missing).
func withText(lang catalog.Lang, answer func() string) string {
	catalog.ForgetMissing(lang)
	out := answer()
	missing := catalog.Missing()
	if len(missing) == 0 {
		return out
	}
	return `{"needText":["` + strings.Join(missing, `","`) + `"]}` // the names need no escaping
}

// textFiles(lang) returns the files of every chunk of lang's prose, one per line, for
// loading them all at once (decifra.load: offline use, a language switch).
func textFiles(_ js.Value, args []js.Value) any {
	return strings.Join(catalog.ChunkFiles(catalog.ParseLang(args[0].String())), "\n")
}

// explainAll(text, lang, nowMillis[, provider]) is explain for every error in the paste
// (decode.ExplainAll): a JSON array of explanations, in the order the paste holds them,
// or the NO_ERROR_FOUND body.
func explainAll(_ js.Value, args []js.Value) any {
	opts := options(args)
	return withText(opts.Lang, func() string {
		xs, err := decode.ExplainAll([]byte(args[0].String()), opts)
		if err != nil {
			return string(explainjson.AppendError(nil, noErrorFound(err).Body()))
		}
		return string(explainjson.AppendAll(make([]byte, 0, 4096*len(xs)), xs))
	})
}

// noErrorFound is the error Explain and ExplainAll return, a *decode.NoErrorFoundError
// and never wrapped. A type assertion, not errors.As, whose reflection would add 28 KB of
// code to compile before the page works.
func noErrorFound(err error) *decode.NoErrorFoundError {
	if nf, ok := err.(*decode.NoErrorFoundError); ok {
		return nf
	}
	return &decode.NoErrorFoundError{Found: err.Error()}
}

// options reads explain's and explainAll's arguments after the text.
func options(args []js.Value) decode.Options {
	opts := decode.Options{Lang: catalog.ParseLang(args[1].String())}
	if ms := args[2].Float(); ms > 0 {
		opts.Now = decode.ClockAtUnixMilli(int64(ms))
	}
	if len(args) > 3 && args[3].Type() == js.TypeString {
		opts.Provider = args[3].String()
	}
	if len(args) > 4 && args[4].Type() == js.TypeString {
		opts.Catalogs = catalogsFor(args[4].String())
	}
	return opts
}

// catalogs are the portals' own catalogs addCatalog read, by where they came from.
var catalogs = map[string]*catalog.Provider{}

// addCatalog(json, origin) reads a portal's catalog (catalog.ParseCatalog) and keeps it
// under origin, its URL, for the calls that name it. It returns "" or every problem found,
// one per line; a catalog with problems is not kept.
func addCatalog(_ js.Value, args []js.Value) any {
	origin := args[1].String()
	p, err := catalog.ParseCatalog([]byte(args[0].String()), origin)
	if err != nil {
		return err.Error()
	}
	catalogs[origin] = p
	return ""
}

// catalogsFor returns the kept catalogs of origins, one per line; unknown ones are left
// out (a catalog that failed to load was already reported).
func catalogsFor(origins string) []*catalog.Provider {
	var out []*catalog.Provider
	for _, o := range strings.Split(origins, "\n") {
		if p := catalogs[o]; p != nil {
			out = append(out, p)
		}
	}
	return out
}

// explainCode(provider, code, lang, nowMillis, provider hint, catalogs) explains one
// catalogued code with no paste (decode.ExplainCode), for the page's #code=provider/code:
// the explanation as JSON, or {"error": {"code": "UNKNOWN_CODE", "message": …}} with the
// closest ids in the message.
func explainCode(_ js.Value, args []js.Value) any {
	opts := options(args[1:])
	return withText(opts.Lang, func() string {
		x, err := decode.ExplainCode(args[0].String(), args[1].String(), opts)
		if err != nil {
			return string(explainjson.AppendError(nil, decode.ErrorBody{Error: decode.ErrorDetail{Code: "UNKNOWN_CODE", Message: err.Error()}}))
		}
		return string(explainjson.Append(make([]byte, 0, 4096), x))
	})
}

// loadText(lang, pack) loads a language's prose (catalog.LoadPack: a textpack build's
// tables hold none): pack is the Uint8Array of decifra-text.<lang>.bin, or of one of its
// chunks (textFiles, needText). It returns "" or what is wrong with the pack.
func loadText(_ js.Value, args []js.Value) any {
	b := make([]byte, args[1].Get("byteLength").Int())
	js.CopyBytesToGo(b, args[1])
	if err := catalog.LoadPack(catalog.ParseLang(args[0].String()), b); err != nil {
		return err.Error()
	}
	return ""
}

// redact(text) returns [maskedText, [name, …]]: what decode.Redact masked, each name once.
func redact(_ js.Value, args []js.Value) any {
	masked, names := decode.Redact([]byte(args[0].String()))
	list := make([]any, len(names))
	for i, n := range names {
		list[i] = n
	}
	return []any{string(masked), list}
}
