package retry

import (
	"errors"
	"io"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
)

// MaxDelay is the longest stated wait Decide passes on. A longer one (go-retryablehttp
// #247's "retrying in 484289h", an epoch timestamp sent where seconds were meant) is not a
// wait a program should sleep through: Decide caps Delay at MaxDelay and sets Retry false.
const MaxDelay = 24 * time.Hour

// BaseDelay is the first step of the backoff when the response states no wait: DESIGN.md's
// schedule is 1 s, 2 s, 4 s, 8 s, each attempt doubling the one before.
const BaseDelay = time.Second

// maxBody is how much of a failed response's body Decide reads: error bodies are small,
// and a bound keeps a misbehaving server from making a decision cost a download.
const maxBody = 1 << 20

// GenericIdempotencyHeader is the header of the IETF draft "The Idempotency-Key HTTP
// Header Field" (draft-ietf-httpapi-idempotency-key-header), which Stripe, Adyen and others
// use. Decide recognises it on a request to an API it does not know; for a known provider,
// only the provider's own header counts.
const GenericIdempotencyHeader = "Idempotency-Key"

// Decision says whether, when and how to send a failed request again.
type Decision struct {
	// Strategy is the catalog's strategy (none, fix, wait, backoff, check_first) after the
	// request is taken into account: an unknown outcome becomes backoff when a resend is
	// safe, and a transient failure becomes check_first when it is not. "" means the call
	// did not fail (a status below 400 and no error): there is nothing to retry.
	Strategy catalog.Strategy
	// Retry says to send the same request again, after Delay: the strategy is wait,
	// backoff or check_first, a resend cannot do the operation twice (SafeToResend), and a
	// stated wait is no longer than MaxDelay. It does not count attempts: that is the
	// caller's budget (Transport.MaxAttempts).
	Retry bool
	// Delay is how long to wait before resending. When Stated, it is the wait the response
	// gives (Retry-After, RateLimit, X-RateLimit-Reset, a body member or phrase), capped at
	// MaxDelay; 0 means "now" (a date already past). Otherwise it is BaseDelay for a
	// retryable failure, the first step of a backoff that Wait (and so Transport) and
	// Backoff grow per attempt with jitter, and 0 when there is nothing to retry.
	Delay time.Duration
	// Stated says that Delay is the response's own: waiting less is pointless, and a
	// caller that will not wait that long should give up rather than retry sooner.
	Stated bool
	// SafeToResend says that resending cannot do the operation twice: the method is
	// idempotent (RFC 9110 §9.2.2), the request carries an idempotency key the API honours,
	// or the failure proves the request was not processed (a 429, a 503 with Retry-After, a
	// 408, a connection that was never made). It says nothing of whether a resend can
	// succeed: that is Strategy.
	SafeToResend bool
	// Why says, in a sentence or two of English, why the decision is what it is.
	Why string
	// IdempotencyHeader is the idempotency header the request carries, as the API names
	// it (the provider's, or Idempotency-Key); "" when it carries none.
	IdempotencyHeader string
	// IdempotencyKey is that header's value: the key to reuse when resending.
	IdempotencyKey string
	// Explanation is decifra's explanation of the failure the decision rests on (provider,
	// code, meaning, fix, the retry advice in full); nil when the call did not fail.
	Explanation *decode.Explanation
}

// notFailed is the decision for a response that is not a failure. Its Why is a constant,
// so that deciding on a 2xx allocates nothing.
const notFailed = "The call did not fail (status below 400, no error): there is nothing to retry."

// Decide decides whether, when and how to resend req after it got resp or err. req may be
// nil (resp.Request is then used, or the method and URL of a *url.Error); without a
// request, a write cannot be proved safe to resend. Relative times in the response count
// from its Date header, else from the clock; DecideAt takes the time instead.
//
// A failed response's body is read (at most 1 MiB) and put back: resp.Body yields the same
// bytes afterwards and must still be closed by the caller.
func Decide(resp *http.Response, err error, req *http.Request) Decision {
	if err == nil && (resp == nil || resp.StatusCode < 400) {
		return Decision{Why: notFailed}
	}
	return decide(time.Now(), resp, err, req, sentUnknown)
}

// DecideAt is Decide with now as the time, for a response without a Date header: tests,
// replays, and callers with a clock of their own.
func DecideAt(now time.Time, resp *http.Response, err error, req *http.Request) Decision {
	if err == nil && (resp == nil || resp.StatusCode < 400) {
		return Decision{Why: notFailed}
	}
	return decide(now, resp, err, req, sentUnknown)
}

// sent is what the caller knows of whether any of the request reached the network.
type sent uint8

const (
	sentUnknown sent = iota // only the error tells
	sentNothing             // the Transport saw no byte of the request written
	sentSome                // the Transport saw the request (or part of it) written
)

// decide is Decide for a failed call, with what the caller knows of the request's fate.
func decide(now time.Time, resp *http.Response, err error, req *http.Request, st sent) Decision {
	call := describe(resp, err, req)
	x := explain(now, resp, err, &call)
	d := Decision{Explanation: x, Strategy: x.Retry.Strategy}
	d.IdempotencyHeader, d.IdempotencyKey = idempotencyKey(call.req, providerOf(x, call.host))
	idempotent := isIdempotent(call.method)
	unprocessed := notProcessed(resp, err, x, st)
	d.SafeToResend = idempotent || d.IdempotencyKey != "" || unprocessed != ""
	d.setDelay(x)
	d.settle()
	d.Why = why(&d, call, idempotent, unprocessed)
	if call.req != nil && call.req.Context().Err() != nil {
		d.Retry = false
		d.Why = "The request's context is done (" + call.req.Context().Err().Error() + "): there is no one left to retry for. " + d.Why
	}
	return d
}

// setDelay fills Delay and Stated from the explanation's retry advice.
func (d *Decision) setDelay(x *decode.Explanation) {
	switch {
	case x.Retry.Strategy == catalog.Wait && x.Retry.AfterSeconds != nil:
		d.Stated = true
		d.Delay = MaxDelay
		if s := *x.Retry.AfterSeconds; s >= 0 && time.Duration(s) <= MaxDelay/time.Second {
			d.Delay = time.Duration(s) * time.Second
		}
	case retryable(x.Retry.Strategy):
		d.Delay = BaseDelay
	}
}

// settle adjusts the strategy to the request and decides Retry. An unknown outcome that
// may safely be resent is a plain transient failure (backoff), as decode already does for
// idempotent methods; a transient failure that may not is one whose outcome must be
// checked first.
func (d *Decision) settle() {
	switch {
	case d.Strategy == catalog.CheckFirst && d.SafeToResend:
		d.Strategy = catalog.Backoff
	case (d.Strategy == catalog.Backoff || d.Strategy == catalog.Wait) && !d.SafeToResend:
		d.Strategy = catalog.CheckFirst
	}
	d.Retry = retryable(d.Strategy) && d.SafeToResend && !d.tooFar()
	if !retryable(d.Strategy) {
		d.Delay, d.Stated = 0, false
	}
}

// tooFar reports a stated wait beyond MaxDelay (Delay holds it capped).
func (d *Decision) tooFar() bool {
	if !d.Stated || d.Delay < MaxDelay {
		return false
	}
	s := d.Explanation.Retry.AfterSeconds
	return s == nil || *s < 0 || time.Duration(*s) > MaxDelay/time.Second
}

func retryable(s catalog.Strategy) bool {
	return s == catalog.Wait || s == catalog.Backoff || s == catalog.CheckFirst
}

// isIdempotent reports the methods RFC 9110 §9.2.2 defines as idempotent (PATCH is not,
// RFC 5789 §2; POST is not).
func isIdempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace, http.MethodPut, http.MethodDelete:
		return true
	}
	return false
}

// idempotencyKey finds the idempotency header req carries. For a known provider it is the
// provider's own (Stripe's Idempotency-Key, PayPal's PayPal-Request-Id, Mercado Pago's
// X-Idempotency-Key …), and only that: the API ignores any other, so another proves
// nothing, and a provider that documents none has none. For an API decifra does not know,
// it is the IETF draft's Idempotency-Key.
func idempotencyKey(req *http.Request, p *catalog.Provider) (header, key string) {
	if req == nil {
		return "", ""
	}
	header = GenericIdempotencyHeader
	if p != nil {
		header = p.IdempotencyHeader()
	}
	if header == "" {
		return "", ""
	}
	if key = req.Header.Get(header); key == "" {
		return "", ""
	}
	return header, key
}

// providerOf is the provider the explanation names, else the one whose API host the
// request went to (a CDN's 503 page names no provider, but the host does).
func providerOf(x *decode.Explanation, host string) *catalog.Provider {
	if x.Provider != nil {
		if p := catalog.ByID(x.Provider.ID); p != nil {
			return p
		}
	}
	if host == "" {
		return nil
	}
	for _, p := range catalog.Providers() {
		if _, ok := p.OwnsHost(host); ok {
			return p
		}
	}
	return nil
}

// sentNothingStatuses are statuses that prove the request was not processed: 408 (RFC
// 9110 §15.5.9: the server did not receive a complete request) and Cloudflare's 521, 522,
// 523, 525 and 526 (the connection to the origin was refused, never made, or failed its
// TLS handshake, so the origin never saw the request).
var sentNothingStatuses = [...]int{408, 521, 522, 523, 525, 526}

// notProcessed says how the failure proves the request was not processed, so that
// resending even a POST without an idempotency key cannot do it twice; "" when it does not.
func notProcessed(resp *http.Response, err error, x *decode.Explanation, st sent) string {
	if resp != nil {
		switch {
		case resp.StatusCode == http.StatusTooManyRequests || x.Category == catalog.RateLimit:
			return "a rate limit turns the request away before any processing (RFC 6585 §4)"
		case resp.StatusCode == http.StatusServiceUnavailable && x.Retry.AfterSeconds != nil && x.Retry.Strategy == catalog.Wait:
			return "a 503 that says when to come back turned the request away (DESIGN.md)"
		case resp.StatusCode == http.StatusRequestTimeout:
			return "the server did not receive the whole request (RFC 9110 §15.5.9)"
		case slices.Contains(sentNothingStatuses[:], resp.StatusCode):
			return "Cloudflare never reached the origin"
		}
		// A proxy's own 5xx answer (Envoy's "upstream connect error … reset reason:
		// connection failure") tells whether the request reached the service behind it.
		if resp.StatusCode < 500 || x.Provider != nil {
			return ""
		}
		if t, ok := catalog.TransportFailure(x.Message + " " + x.Details); ok && t.Status == resp.StatusCode && !t.Sent {
			return "the proxy never reached the service behind it"
		}
		return ""
	}
	switch {
	case st == sentNothing:
		return "no byte of the request was written"
	case st == sentSome:
		return ""
	case dialFailed(err):
		return "the connection was never made"
	}
	if t, ok := catalog.TransportFailure(err.Error()); ok && !t.Sent {
		return "nothing was sent (" + t.Code + ")"
	}
	return ""
}

// call is what Decide knows of the request: from req, else from resp.Request, else from
// the *url.Error that http.Client wraps transport errors in.
type call struct {
	req          *http.Request
	method, host string
	path         string
}

func describe(resp *http.Response, err error, req *http.Request) call {
	if req == nil && resp != nil {
		req = resp.Request
	}
	if req != nil {
		c := call{req: req, method: req.Method, path: "/"}
		if c.method == "" {
			c.method = http.MethodGet // net/http: "" means GET
		}
		if req.URL != nil {
			c.host = req.URL.Hostname()
			if p := req.URL.EscapedPath(); p != "" {
				c.path = p
			}
		}
		return c
	}
	return callFromURLError(err)
}

// explain asks decode for the explanation behind the failure. What it cannot read (a
// compressed body, a message no runtime prints) still gets an answer: the status alone, or
// an unknown outcome.
func explain(now time.Time, resp *http.Response, err error, c *call) *decode.Explanation {
	opts := decode.Options{Now: now}
	if resp == nil {
		if x, xerr := decode.Explain([]byte(err.Error()), opts); xerr == nil {
			return x
		}
		return unrecognised(err)
	}
	body := readBody(resp)
	if x, xerr := decode.Explain(paste(resp, c, body), opts); xerr == nil {
		return x
	}
	if x, xerr := decode.Explain(paste(resp, c, nil), opts); xerr == nil {
		return x
	}
	return unrecognised(errors.New("HTTP " + strconv.Itoa(resp.StatusCode)))
}

// unrecognised is the explanation of a failure decifra cannot read: nothing says whether
// the request was processed, so its outcome is unknown.
func unrecognised(err error) *decode.Explanation {
	return &decode.Explanation{
		Category: catalog.UnknownCategory,
		Title:    "Unrecognised failure",
		Meaning:  "decifra does not recognise this failure (" + err.Error() + "), so whether the request was processed is unknown.",
		Retry: decode.Retry{Strategy: catalog.CheckFirst, Source: "an unrecognised failure",
			Advice: "The outcome is unknown: look the resource up before sending a write again."},
		Lang: catalog.English,
	}
}

// paste writes the call as `curl -v` prints it, so that decode reads the method and host
// (which name the provider) as well as the status, the headers and the body:
//
//	> POST /v1/charges HTTP/1.1
//	> Host: api.stripe.com
//	>
//	< HTTP/1.1 402 Payment Required
//	< Request-Id: req_123
//	<
//	{"error": …}
//
// Request headers other than Host are left out: they hold credentials, and decode needs
// none of them. So are response headers no retry decision reads (unread).
func paste(resp *http.Response, c *call, body []byte) []byte {
	var keys [32]string
	names := keys[:0]
	size := 64 + len(c.method) + len(c.path) + len(c.host) + len(body)
	for k, vs := range resp.Header {
		if unread(k) {
			continue
		}
		names = append(names, k)
		for _, v := range vs {
			size += len(k) + len(v) + 6
		}
	}
	slices.Sort(names) // a map's order is random; an explanation should not be
	b := make([]byte, 0, size)
	if c.method != "" {
		b = append(b, "> "...)
		b = append(b, c.method...)
		b = append(b, ' ')
		b = append(b, c.path...)
		b = append(b, " HTTP/1.1\r\n> Host: "...)
		b = append(b, c.host...)
		b = append(b, "\r\n>\r\n"...)
	}
	b = append(b, "< HTTP/1.1 "...)
	b = strconv.AppendInt(b, int64(resp.StatusCode), 10)
	b = append(b, ' ')
	b = append(b, http.StatusText(resp.StatusCode)...)
	b = append(b, "\r\n"...)
	for _, k := range names {
		for _, v := range resp.Header[k] {
			b = append(b, "< "...)
			b = append(b, k...)
			b = append(b, ": "...)
			b = append(b, v...)
			b = append(b, "\r\n"...)
		}
	}
	b = append(b, "<\r\n"...)
	return append(b, body...)
}

// unread reports response headers that no decision reads: cookies (which hold sessions)
// and the bulky security and caching policies every response carries. Leaving them out
// keeps them out of the explanation and spares decode reading them.
func unread(canonical string) bool {
	switch canonical {
	case "Set-Cookie", "Content-Security-Policy", "Content-Security-Policy-Report-Only", "Strict-Transport-Security",
		"Report-To", "Nel", "Alt-Svc", "Permissions-Policy", "Cache-Control", "Expires", "Pragma", "Vary", "Etag", "Last-Modified":
		return true
	}
	return false
}

// readBody reads at most maxBody bytes of resp's body and puts back a body that yields
// them, then whatever the original has left, and closes the original when closed.
func readBody(resp *http.Response) []byte {
	if resp.Body == nil || resp.Body == http.NoBody {
		return nil
	}
	if r, ok := resp.Body.(*replayBody); ok {
		return r.read // decided before (CheckRetry, then Backoff after the drain): the same bytes
	}
	size := 512
	if resp.ContentLength >= 0 && resp.ContentLength < maxBody {
		size = int(resp.ContentLength) + 1 // +1: EOF is seen without growing
	}
	buf := make([]byte, 0, size)
	lr := io.LimitedReader{R: resp.Body, N: maxBody}
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, cap(buf))
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err != nil {
			break
		}
	}
	resp.Body = &replayBody{read: buf, orig: resp.Body}
	return buf
}

// replayBody is a response body Decide has read: it yields the bytes read, then the rest
// of the original, which Close closes.
type replayBody struct {
	read []byte
	off  int
	orig io.ReadCloser
}

func (r *replayBody) Read(p []byte) (int, error) {
	if r.off < len(r.read) {
		n := copy(p, r.read[r.off:])
		r.off += n
		return n, nil
	}
	return r.orig.Read(p)
}

func (r *replayBody) Close() error { return r.orig.Close() }
