// Package api is decifra's HTTP API, the one the Cloudflare Worker serves (see
// wasm/worker):
//
//	POST /explain                 the explanation of a paste, as the JSON contract (v1) or an HTML card
//	GET  /codes                   the catalog's providers, with their code counts
//	GET  /codes/{provider}        a provider's codes, with title, status, category and strategy
//	GET  /codes/{provider}/{code} the explanation of one code, as POST /explain answers (codes.go)
//	GET  /healthz                 {"status":"ok"}
//
// A Worker may be deployed with portals' own catalogs (catalogs.go: DECIFRA_CATALOGS,
// LoadCatalogs), which POST /explain consults and GET /codes lists beside the built-in
// providers.
//
// Requests and answers are plain values (Request, Response), which the Worker's entry
// hands over from the Fetch API and tests build directly. The package imports neither
// net/http nor anything that pulls in fmt or reflection (encoding/json, mime, net/url):
// what they would cost the Worker's wasm, measured, is in the README's Worker section.
// It reads the little it needs itself: media types, the query, the JSON envelope (held
// to encoding/json's behaviour by a fuzz test). Explanations are written by
// wasm/explainjson, byte for byte as encoding/json's Marshal writes them; HTML cards by
// the Cards the Server is given.
//
// The static page is not served here: the Worker's [assets] serve it before a request
// reaches Go.
//
// # Requests to POST /explain
//
// The body is the raw paste (Content-Type text/plain, or none at all), or the JSON
// envelope (application/json)
//
//	{"input": "…", "lang": "pt-BR", "now": "2026-11-02T10:00:00Z", "provider": "fluxiq"}
//
// where only input is required. The language comes from lang, else from Accept-Language;
// now (the reference time for dates in the paste) from now, else the current time. The
// body is at most Server.MaxBody bytes (the Worker's MAX_BODY); the envelope is decoded
// in place, so that a request holds no second copy of its paste.
//
// # Answers
//
//   - 200: the explanation, application/json, what `decifra --json` prints (on one line,
//     with <, > and & escaped as encoding/json escapes them: the CLI indents for people);
//     or the explanation card as an HTML fragment when the request asks for text/html
//     (Accept, or ?format=html). ?all=1 explains every error in the paste: a JSON array,
//     or one card after another.
//   - 422: nothing recognisable in the paste. The body is the contract's error object,
//     {"error": {"code": "NO_ERROR_FOUND", "message": "…"}}, as `decifra --json` prints it
//     (the CLI exits 1). 422 rather than 200 so that a client cannot mistake the error
//     object for an explanation; the request itself was well formed, hence not 400.
//   - The API's own errors are RFC 9457 problem details (application/problem+json): 400 an
//     unreadable body or a malformed envelope, 404 no such endpoint (or, under /codes, no
//     such provider or code, with the closest ids in closest), 405 a method the endpoint
//     does not take (with Allow), 413 a body over MaxBody bytes (with max_bytes), 415 a
//     media type other than text/plain and application/json, and 500 for every request
//     when a catalog the Worker was deployed with cannot be used (with every problem in
//     problems).
//
// GET /codes's answers are cacheable (Cache-Control: public, with a strong ETag;
// If-None-Match gets 304); every other answer is Cache-Control: no-store.
//
// Every answer allows any origin (Access-Control-Allow-Origin: *) and never credentials,
// so developer portals can call the API from the browser; OPTIONS answers CORS preflight.
// Nothing here logs or keeps a request body: pastes hold API keys and customer documents.
package api
