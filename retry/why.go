package retry

import (
	"crypto/tls"
	"errors"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/decifra/decifra/catalog"
)

// why says in a sentence why d is what it is: what the failure calls for and where that
// comes from, then, for every strategy that would resend, whether a resend is safe.
func why(d *Decision, c call, idempotent bool, unprocessed string) string {
	x := d.Explanation
	src := x.Retry.Source
	if src == "" {
		src = "HTTP " + strconv.Itoa(x.HTTPStatus)
	}
	if x.HTTPStatus == 0 && x.Code != "" {
		src = x.Code + ", " + src // the runtime's name for a failure below HTTP
	}
	method := c.method
	if method == "" {
		method = "request of unknown method"
	}
	var s string
	switch d.Strategy {
	case catalog.Wait:
		switch {
		case d.tooFar():
			s = "The response asks to wait " + strconv.Itoa(*x.Retry.AfterSeconds) + " s (" + src + "), beyond MaxDelay (" +
				MaxDelay.String() + "): no program should sleep that long, so treat the service as unavailable and give up"
		case d.Stated && d.Delay == 0:
			s = "The stated wait has already passed (" + src + "): retry now"
		case d.Stated:
			s = "The response says to wait " + strconv.FormatInt(int64(d.Delay/time.Second), 10) + " s (" + src + ")"
		default:
			s = "Rate limited with no stated wait (" + src + "): back off before retrying"
		}
	case catalog.Backoff:
		s = "A transient failure (" + src + "): retry with exponential backoff"
	case catalog.CheckFirst:
		if x.Retry.Strategy != catalog.CheckFirst { // a transient failure, turned by the method
			return "A transient failure (" + src + "), but a " + method + " without an idempotency key may have been processed: " +
				"look the resource up before sending it again."
		}
		s = "The outcome is unknown (" + src + "): look the resource up before sending it again"
	case catalog.None:
		s = "The same request can never succeed (" + src + "): do something else"
	default:
		s = "The request must be corrected before it is sent again (" + src + ")"
	}
	if !retryable(d.Strategy) {
		return s + "."
	}
	switch {
	case d.IdempotencyKey != "":
		s += "; resending is safe: the request carries " + d.IdempotencyHeader + ", so the API answers a resend with the first attempt's result"
	case idempotent:
		s += "; resending is safe: " + method + " is idempotent (RFC 9110 §9.2.2)"
	case unprocessed != "":
		s += "; resending is safe: " + unprocessed
	default:
		s += "; a " + method + " without an idempotency key may have been processed, so it is not resent"
	}
	return s + "."
}

// dialFailed reports an error from before any byte of the request could be written: the
// connection or its TLS handshake failed, or the host name did not resolve.
func dialFailed(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	var rec tls.RecordHeaderError
	return errors.As(err, &dns) || errors.As(err, &cert) || errors.As(err, &rec)
}

// callFromURLError recovers the method and URL of a failed call from the *url.Error that
// http.Client wraps transport errors in: its Op is the method ("Post"), its URL the URL.
// That is all a go-retryablehttp CheckRetry sees of the request when there is no response.
func callFromURLError(err error) call {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return call{}
	}
	c := call{method: strings.ToUpper(ue.Op), path: "/"}
	if u, perr := url.Parse(ue.URL); perr == nil {
		c.host = u.Hostname()
		if p := u.EscapedPath(); p != "" {
			c.path = p
		}
	}
	return c
}
