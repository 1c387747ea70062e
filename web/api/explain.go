package api

import (
	"errors"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/internal/decimal"
	"github.com/decifra/decifra/wasm/explainjson"
)

// DefaultMaxBody is the largest body POST /explain takes when nothing else is set, in
// bytes: 8 KiB, what keeps the costliest body of that size within the free plan's 10 ms
// of CPU a request (about 6 ms in workerd for the worst of localrun.HostileBodies, 1 to 5
// ms for a real paste), and more than all but 14 of the 5,588 real pastes in
// decode/testdata/real (recorded cassettes and dumps of 8 to 18 KB). On the paid plan
// set MAX_BODY to MaxBodyLimit, so that a HAR or a long log is read through the Worker as
// through the CLI; the README's Worker section has the line of CPU against body size.
const DefaultMaxBody = 8 << 10

// MaxBodyLimit is the largest MaxBody that ParseMaxBody accepts (512 KiB), the value for
// the paid plan. Memory sets it, not CPU (the costliest body of this size takes about
// 0.3 s): decode holds up to about 30 times a paste while it reads it (a JSON array of
// small objects, form pairs), and wasm memory never shrinks. At this cap Go's memory
// peaks at 29 MiB after 50 bodies of every hostile shape, within the 48 MiB the Worker
// keeps for Go out of an isolate's 128 MB; at 1 MiB it reached 52 MiB. A longer paste gets
// 413; the CLI reads up to decode.MaxInput (4 MiB).
const MaxBodyLimit = 512 << 10

// ParseMaxBody reads a body cap, the Worker's MAX_BODY setting: a whole number of bytes
// from 1 to MaxBodyLimit. "" means DefaultMaxBody.
func ParseMaxBody(s string) (int, error) {
	if s == "" {
		return DefaultMaxBody, nil
	}
	n, err := decimal.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > MaxBodyLimit {
		return 0, errors.New("MAX_BODY must be a whole number of bytes from 1 to " + strconv.Itoa(MaxBodyLimit) + ", not " + catalog.Quote(s))
	}
	return n, nil
}

// Cards renders explanation cards as HTML fragments, for the answers that ask for
// text/html. The Worker's renders them with the page's own web/static/card.js, so that
// the Worker carries no HTML templates; web's templ components (web.Card,
// web.NoErrorFound) write the same markup natively, which the tests compare.
type Cards interface {
	// Explanations appends the cards of xs, one after another, to b.
	Explanations(b []byte, xs []*decode.Explanation) ([]byte, error)
	// NoErrorFound appends the "couldn't read this" card of a paste explained in lang.
	NoErrorFound(b []byte, lang catalog.Lang, body decode.ErrorBody) ([]byte, error)
}

func (s *Server) explain(w Response, r *Request) Response {
	w.set("Vary", "Accept, Accept-Language")
	maxBody := s.maxBody()
	if n, err := decimal.ParseInt(r.Header["content-length"], 10, 64); err == nil && n > int64(maxBody) {
		return w.tooLarge(maxBody)
	}
	asEnvelope, detail := readsAs(r.Header["content-type"])
	if detail != "" {
		return w.problem(statusUnsupportedMedia, detail)
	}
	query := r.RawQuery
	asHTML, detail := answersHTML(queryValue(query, "format"), r.Header["accept"])
	if detail != "" {
		return w.problem(statusBadRequest, detail)
	}
	all, detail := answersAll(queryValue(query, "all"))
	if detail != "" {
		return w.problem(statusBadRequest, detail)
	}
	if r.BodyError != "" {
		return w.problem(statusBadRequest, "the request body could not be read: "+r.BodyError)
	}
	if len(r.Body) > maxBody {
		return w.tooLarge(maxBody)
	}

	input := r.Body
	opts := decode.Options{Lang: catalog.ParseLang(r.Header["accept-language"]), Catalogs: s.Catalogs}
	if asEnvelope {
		var env envelope
		if detail := readEnvelope(r.Body, &env, &opts); detail != "" {
			return w.problem(statusBadRequest, detail)
		}
		input = env.input
	}
	if opts.Now.IsZero() {
		opts.Now = s.now()
	}
	if !catalog.PackLoaded(opts.Lang) {
		return Response{NeedsProse: opts.Lang}
	}

	var xs []*decode.Explanation
	var err error
	if all {
		xs, err = decode.ExplainAll(input, opts)
	} else {
		var x *decode.Explanation
		if x, err = decode.Explain(input, opts); err == nil {
			xs = []*decode.Explanation{x}
		}
	}
	// Explain and ExplainAll return a *decode.NoErrorFoundError, never wrapped: a type
	// assertion rather than errors.As, whose reflection the Worker would carry.
	nf, _ := err.(*decode.NoErrorFoundError)
	switch {
	case err != nil && nf == nil: // Explain returns no other error; answer one anyway, without the paste
		return w.problem(statusInternalServerError, "the paste could not be explained")
	case asHTML:
		return s.html(w, opts.Lang, xs, nf)
	case nf != nil:
		return w.answer(statusUnprocessable, "application/json", append(explainjson.AppendError(nil, nf.Body()), '\n'))
	case all:
		return w.answer(statusOK, "application/json", append(explainjson.AppendAll(make([]byte, 0, 4096*len(xs)), xs), '\n'))
	}
	return w.answer(statusOK, "application/json", append(explainjson.Append(make([]byte, 0, 4096), xs[0]), '\n'))
}

func (s *Server) now() decode.Clock {
	if s.Now == nil {
		return systemNow()
	}
	return s.Now()
}

// html answers the explanation cards (xs), or the "couldn't read this" card (nf), as an
// HTML fragment for a page to insert.
func (s *Server) html(w Response, lang catalog.Lang, xs []*decode.Explanation, nf *decode.NoErrorFoundError) Response {
	var b []byte
	err := errors.New("no card renderer")
	status := statusOK
	switch {
	case s.Cards == nil:
	case nf != nil:
		status = statusUnprocessable
		b, err = s.Cards.NoErrorFound(nil, lang, nf.Body())
	default:
		b, err = s.Cards.Explanations(make([]byte, 0, 8192*len(xs)), xs)
	}
	if err != nil {
		return w.problem(statusInternalServerError, "the card could not be rendered")
	}
	return w.answer(status, "text/html; charset=utf-8", b)
}

// tooLarge answers 413 for a body over maxBody bytes.
func (w Response) tooLarge(maxBody int) Response {
	return w.problemWith(Problem{Type: "about:blank", Title: statusTitle(statusContentTooLarge), Status: statusContentTooLarge,
		Detail: "the body is over " + strconv.Itoa(maxBody) + " bytes, the most this server takes; send the part of the paste " +
			"that holds the error (the status line, the headers and the error body)",
		MaxBytes: maxBody})
}

// answersAll says whether every error in the paste is explained (?all=1: a JSON array,
// or one card after another), rather than the first. detail, when not empty, is why the
// value is refused.
func answersAll(v string) (all bool, detail string) {
	switch v {
	case "", "0", "false":
		return false, ""
	case "1", "true":
		return true, ""
	}
	return false, "all must be 1 or 0, not " + catalog.Quote(v)
}

// readsAs says how a body of the given Content-Type is read: as the JSON envelope, or as
// the raw paste (text/plain, or no Content-Type at all). detail, when not empty, is why
// the media type is refused.
func readsAs(contentType string) (envelope bool, detail string) {
	if contentType == "" {
		return false, ""
	}
	mediaType, _, err := parseMediaType(contentType)
	switch {
	case err != "":
		return false, "the Content-Type " + catalog.Quote(contentType) + " cannot be read (" + err + "); " + mediaTypes
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

// answersHTML says whether the answer is the HTML card: format "html" (?format=html), or
// (with no format) an Accept header that ranks text/html above application/json. A
// browser's navigation asks for HTML; fetch's default */* and API clients get JSON.
// detail, when not empty, is why the format asked for is refused.
func answersHTML(format, accept string) (html bool, detail string) {
	switch format {
	case "html":
		return true, ""
	case "json":
		return false, ""
	case "":
	default:
		return false, "format must be json or html, not " + catalog.Quote(format)
	}
	qHTML, qJSON := 0.0, 0.0
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, q, err := parseMediaType(part)
		if err != "" {
			continue
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
