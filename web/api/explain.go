package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web"
)

// MaxBody is the largest request body POST /explain takes, in bytes (8 MiB): twice
// decode.MaxInput, so that a paste of MaxInput bytes still fits in the JSON envelope once
// its quotes, backslashes and newlines are escaped. A paste between MaxInput and MaxBody
// is explained from its first MaxInput bytes, as the CLI explains a longer file; a longer
// body is refused with 413 and not read.
const MaxBody = 2 * decode.MaxInput

// envelope is the JSON form of a request: the paste and the options the CLI takes as flags.
type envelope struct {
	Input    *string `json:"input"`
	Lang     string  `json:"lang"`
	Now      string  `json:"now"`
	Provider string  `json:"provider"`
}

func (h *handler) explain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Vary", "Accept, Accept-Language")
	if r.ContentLength > MaxBody {
		writeProblem(w, http.StatusRequestEntityTooLarge, tooLarge)
		return
	}
	asEnvelope, detail := readsAs(r.Header.Get("Content-Type"))
	if detail != "" {
		writeProblem(w, http.StatusUnsupportedMediaType, detail)
		return
	}
	asHTML, detail := answersHTML(r)
	if detail != "" {
		writeProblem(w, http.StatusBadRequest, detail)
		return
	}
	all, detail := answersAll(r)
	if detail != "" {
		writeProblem(w, http.StatusBadRequest, detail)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxBody+1))
	if err != nil {
		writeProblem(w, http.StatusBadRequest, "the request body could not be read: "+err.Error())
		return
	}
	if len(body) > MaxBody {
		writeProblem(w, http.StatusRequestEntityTooLarge, tooLarge)
		return
	}

	input := body
	opts := decode.Options{Lang: catalog.ParseLang(strings.Join(r.Header.Values("Accept-Language"), ","))}
	if asEnvelope {
		var env envelope
		if detail := readEnvelope(body, &env, &opts); detail != "" {
			writeProblem(w, http.StatusBadRequest, detail)
			return
		}
		input = []byte(*env.Input)
	}
	if opts.Now.IsZero() {
		opts.Now = h.now()
	}

	var xs []*decode.Explanation
	if all {
		xs, err = decode.ExplainAll(input, opts)
	} else {
		var x *decode.Explanation
		if x, err = decode.Explain(input, opts); err == nil {
			xs = []*decode.Explanation{x}
		}
	}
	var nf *decode.NoErrorFoundError
	switch {
	case errors.As(err, &nf) && asHTML:
		writeHTML(w, r, http.StatusUnprocessableEntity, opts.Lang, nil, nf)
	case errors.As(err, &nf):
		writeJSON(w, http.StatusUnprocessableEntity, "application/json", nf.Body())
	case err != nil: // Explain returns no other error; answer one anyway, without the paste
		writeProblem(w, http.StatusInternalServerError, "the paste could not be explained")
	case asHTML:
		writeHTML(w, r, http.StatusOK, opts.Lang, xs, nil)
	case all:
		writeJSON(w, http.StatusOK, "application/json", xs)
	default:
		writeJSON(w, http.StatusOK, "application/json", xs[0])
	}
}

// answersAll says whether every error in the paste is explained (?all=1: a JSON array,
// or one card after another), rather than the first. detail, when not empty, is why the
// value is refused.
func answersAll(r *http.Request) (all bool, detail string) {
	switch v := r.URL.Query().Get("all"); v {
	case "", "0", "false":
		return false, ""
	case "1", "true":
		return true, ""
	default:
		return false, "all must be 1 or 0, not " + strconv.Quote(v)
	}
}

// tooLarge is the 413 answer's detail. A constant, not a variable built with strconv: a
// package variable would be built at start-up, by every Go instance the Worker starts.
const tooLarge = "the body is over 8388608 bytes (8 MiB, MaxBody); decifra reads only the first 4194304 bytes (4 MiB) of a paste: send those"

// readsAs says how a body of the given Content-Type is read: as the JSON envelope, or as
// the raw paste (text/plain, or no Content-Type at all). detail, when not empty, is why
// the media type is refused.
func readsAs(contentType string) (envelope bool, detail string) {
	if contentType == "" {
		return false, ""
	}
	mediaType, _, err := mime.ParseMediaType(contentType)
	switch {
	case err != nil:
		return false, "the Content-Type " + strconv.Quote(contentType) + " cannot be read (" + err.Error() + "); " + mediaTypes
	case mediaType == "text/plain":
		return false, ""
	case mediaType == "application/json":
		return true, ""
	case mediaType == "application/x-www-form-urlencoded":
		return false, "a form body (application/x-www-form-urlencoded) is not taken: `curl -d` sends one unless told otherwise; " +
			"send the paste with `curl --data-binary @error.txt -H 'Content-Type: text/plain'`"
	}
	return false, mediaType + " is not taken; " + mediaTypes
}

const mediaTypes = "send the paste as text/plain, or the JSON envelope {\"input\": \"…\", \"lang\": \"pt-BR\", \"now\": \"2026-11-02T10:00:00Z\"} as application/json"

// readEnvelope decodes a JSON request into env and opts. detail, when not empty, says what
// is wrong with it.
func readEnvelope(body []byte, env *envelope, opts *decode.Options) (detail string) {
	if err := json.Unmarshal(body, env); err != nil {
		var syntax *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syntax):
			return "the body is not valid JSON (" + syntax.Error() + " at byte " + strconv.FormatInt(syntax.Offset, 10) +
				"); to send the error body itself, use Content-Type: text/plain"
		case errors.As(err, &typ) && typ.Field != "":
			return "the envelope's " + typ.Field + " must be a string, not a JSON " + typ.Value
		default:
			return "the body must be a JSON object, the envelope {\"input\": \"…\"} (" + err.Error() + ")"
		}
	}
	if env.Input == nil {
		return "the JSON envelope has no input member: send {\"input\": \"…\"}, or send the error body itself as text/plain"
	}
	if env.Lang != "" {
		opts.Lang = catalog.ParseLang(env.Lang)
	}
	if env.Now != "" {
		t, err := time.Parse(time.RFC3339, env.Now)
		if err != nil {
			return "now must be an RFC 3339 time such as 2026-11-02T10:00:00Z, not " + strconv.Quote(env.Now)
		}
		opts.Now = t
	}
	if env.Provider != "" {
		if catalog.ByID(env.Provider) == nil {
			return "unknown provider " + strconv.Quote(env.Provider) + "; known: " + providerIDs()
		}
		opts.Provider = env.Provider
	}
	return ""
}

func providerIDs() string { return strings.Join(catalog.IDs(), ", ") }

// answersHTML says whether the answer is the HTML card: ?format=html, or (with no format)
// an Accept header that ranks text/html above application/json. A browser's navigation
// asks for HTML; fetch's default */* and API clients get JSON. detail, when not empty, is
// why the format asked for is refused.
func answersHTML(r *http.Request) (html bool, detail string) {
	switch f := r.URL.Query().Get("format"); f {
	case "html":
		return true, ""
	case "json":
		return false, ""
	case "":
	default:
		return false, "format must be json or html, not " + strconv.Quote(f)
	}
	// syumai/workers splits header values at commas: join them back.
	qHTML, qJSON := 0.0, 0.0
	for _, part := range strings.Split(strings.Join(r.Header.Values("Accept"), ","), ",") {
		mediaType, params, err := mime.ParseMediaType(part)
		if err != nil {
			continue
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if v, err := strconv.ParseFloat(s, 64); err == nil {
				q = v
			}
		}
		switch mediaType {
		case "text/html":
			qHTML = max(qHTML, q)
		case "application/json":
			qJSON = max(qJSON, q)
		}
	}
	return qHTML > qJSON, ""
}

// writeHTML answers the explanation card (x), or the "couldn't read this" card (nf), as
// an HTML fragment for a page to insert.
func writeHTML(w http.ResponseWriter, r *http.Request, status int, lang catalog.Lang, xs []*decode.Explanation, nf *decode.NoErrorFoundError) {
	var buf bytes.Buffer
	var err error
	if nf != nil {
		err = web.NoErrorFound(lang, nf.Body()).Render(r.Context(), &buf)
	}
	for _, x := range xs {
		if err == nil {
			err = web.Card(x).Render(r.Context(), &buf)
		}
	}
	if err != nil {
		writeProblem(w, http.StatusInternalServerError, "the card could not be rendered")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}
