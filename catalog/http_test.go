package catalog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTTPStatusStrategyAndCategory(t *testing.T) {
	cases := []struct {
		name     string
		status   int
		retry    Strategy
		category Category
		reason   string
	}{
		{"bad request", 400, Fix, Validation, "a malformed request fails again until it is corrected"},
		{"unauthorized", 401, Fix, Authentication, "credentials must be fixed or renewed"},
		{"payment required", 402, Fix, Business, "a declined card needs another payment method, not a resend"},
		{"forbidden", 403, Fix, Authorization, "the permission must change first"},
		{"not found", 404, Fix, NotFound, "the resource will not appear by resending"},
		{"request timeout", 408, Backoff, Timeout, "RFC 9110 15.5.9: the server did not process the request"},
		{"conflict", 409, Fix, Conflict, "the conflict must be resolved; idempotency clashes are explained in RetryWhy"},
		{"gone", 410, None, StateCategory, "removal is permanent"},
		{"unprocessable content", 422, Fix, Validation, "content breaks the API's rules"},
		{"too early", 425, Backoff, Unavailable, "not processed; accepted once the handshake completes"},
		{"too many requests", 429, Backoff, RateLimit, "RFC 6585 §4: not processed, so safe to resend; wait only when Retry-After states a delay, else back off"},
		{"legal block", 451, None, Authorization, "a legal block does not lift by resending"},
		{"internal server error", 500, CheckFirst, Internal, "a write may have been done before the failure"},
		{"not implemented", 501, None, Validation, "the server lacks the feature"},
		{"bad gateway", 502, CheckFirst, Upstream, "the server behind the gateway may have done the work"},
		{"service unavailable", 503, Backoff, Unavailable, "temporary and not processed"},
		{"gateway timeout", 504, CheckFirst, Timeout, "the work may finish after the gateway gave up"},
		{"http version", 505, Fix, Validation, "the client must change the protocol version"},
		{"network auth", 511, Fix, Authentication, "a captive portal intercepts until you log in"},
		{"cloudflare unknown error", 520, CheckFirst, Upstream, "the origin got the request and its response broke"},
		{"cloudflare origin down", 521, Backoff, Upstream, "the request never reached the origin"},
		{"cloudflare connection timeout", 522, Backoff, Upstream, "the connection to the origin was never made"},
		{"cloudflare unreachable", 523, Backoff, Upstream, "the request never reached the origin"},
		{"cloudflare timeout", 524, CheckFirst, Timeout, "the origin may have processed the request after 100 s"},
		{"cloudflare tls", 525, Backoff, Upstream, "the request was never passed on"},
		{"client class fallback", 499, Fix, Validation, "an unknown 4xx falls back to its class"},
		{"client class fallback 418", 418, Fix, Validation, "418 is not catalogued and falls back to 4xx"},
		{"server class fallback", 599, CheckFirst, Internal, "an unknown 5xx falls back to its class"},
		{"server class fallback 530", 530, CheckFirst, Internal, "530 is not catalogued and falls back to 5xx"},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		require.False(t, seen[c.name], "duplicate case name %q", c.name)
		seen[c.name] = true
		require.NotEmpty(t, c.reason, "case %q needs a reason", c.name)
		t.Run(c.name, func(t *testing.T) {
			info, ok := HTTPStatus(c.status)
			require.True(t, ok, "%d should be known: %s", c.status, c.reason)
			assert.Equal(t, c.retry, info.Retry, "%d: %s", c.status, c.reason)
			assert.Equal(t, c.category, info.Category, "%d: %s", c.status, c.reason)
		})
	}
}

func TestHTTPStatusClassFallback(t *testing.T) {
	for _, s := range []int{407, 416, 417, 418, 421, 426, 499} {
		info, ok := HTTPStatus(s)
		require.True(t, ok, "%d", s)
		assert.Equal(t, 400, info.Status, "%d falls back to the 4xx class", s)
		assert.Equal(t, Fix, info.Retry, "%d", s)
		assert.Equal(t, "RFC 9110, 15.5", info.Source, "%d", s)
	}
	for _, s := range []int{506, 509, 510, 527, 530, 599} {
		info, ok := HTTPStatus(s)
		require.True(t, ok, "%d", s)
		assert.Equal(t, 500, info.Status, "%d falls back to the 5xx class", s)
		assert.Equal(t, CheckFirst, info.Retry, "%d", s)
		assert.Equal(t, "RFC 9110, 15.6", info.Source, "%d", s)
	}
}

func TestHTTPStatusCatalogued(t *testing.T) {
	catalogued := []int{
		400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 411, 412, 413, 414, 415,
		422, 423, 424, 425, 428, 429, 431, 451,
		500, 501, 502, 503, 504, 505, 507, 508, 511,
		520, 521, 522, 523, 524, 525, 526,
	}
	for _, s := range catalogued {
		info, ok := HTTPStatus(s)
		require.True(t, ok, "%d", s)
		assert.Equal(t, s, info.Status, "%d should have its own entry, not a class fallback", s)
		if s >= 520 && s <= 526 {
			assert.Contains(t, info.Source, "developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/", "%d", s)
		} else {
			assert.True(t, strings.HasPrefix(info.Source, "RFC "), "%d cites an RFC: %q", s, info.Source)
		}
	}
}

func TestHTTPStatusEveryErrorStatusIsComplete(t *testing.T) {
	valid := map[Strategy]bool{None: true, Fix: true, Wait: true, Backoff: true, CheckFirst: true}
	for s := 400; s <= 599; s++ {
		info, ok := HTTPStatus(s)
		require.True(t, ok, "every status in 400–599 is known at least by its class: %d", s)
		assert.NotEmpty(t, info.Category, "%d category", s)
		assert.True(t, valid[info.Retry], "%d has strategy %q", s, info.Retry)
		assert.NotEmpty(t, info.Source, "%d source", s)
		for field, txt := range map[string]Text{"Title": info.Title, "Meaning": info.Meaning, "RetryWhy": info.RetryWhy} {
			assert.NotEmpty(t, txt.EN, "%d %s EN", s, field)
			assert.NotEmpty(t, txt.PT, "%d %s PT", s, field)
		}
		if assert.NotEmpty(t, info.Fix, "%d fix steps", s) {
			assert.LessOrEqual(t, len(info.Fix), 3, "%d has 1-3 fix steps", s)
		}
		for i, f := range info.Fix {
			assert.NotEmpty(t, f.EN, "%d fix %d EN", s, i)
			assert.NotEmpty(t, f.PT, "%d fix %d PT", s, i)
		}
	}
}

func TestHTTPStatusRetryWhyNotes(t *testing.T) {
	conflict, ok := HTTPStatus(409)
	require.True(t, ok)
	assert.Contains(t, conflict.RetryWhy.EN, "idempotency key", "409 explains the idempotency-key case")
	assert.Contains(t, conflict.RetryWhy.PT, "chave de idempotência")

	unavailable, ok := HTTPStatus(503)
	require.True(t, ok)
	assert.Contains(t, unavailable.RetryWhy.EN, "Retry-After", "503 says to wait when Retry-After is given")
	assert.Contains(t, unavailable.RetryWhy.PT, "Retry-After")

	payment, ok := HTTPStatus(402)
	require.True(t, ok)
	assert.Contains(t, payment.Meaning.EN, "reserves 402 for future use")
	assert.Contains(t, payment.Source, "stripe")
}

func TestHTTPStatusOutsideErrorRange(t *testing.T) {
	for _, s := range []int{0, -1, 100, 200, 204, 302, 399, 600, 999} {
		info, ok := HTTPStatus(s)
		assert.False(t, ok, "%d is not an error status", s)
		assert.Zero(t, info, "%d returns the zero StatusInfo", s)
	}
}

// Each status stands once in the table HTTPStatus searches: a second entry would never be
// read.
func TestHTTPStatusTableUnique(t *testing.T) {
	seen := map[int]bool{}
	for _, s := range httpStatuses {
		assert.False(t, seen[s.Status], "status %d twice in httpStatuses", s.Status)
		seen[s.Status] = true
	}
	assert.Len(t, seen, 39)
	assert.Equal(t, 400, httpClasses[0].Status)
	assert.Equal(t, 500, httpClasses[1].Status)
}
