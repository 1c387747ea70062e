package decode

import (
	"strings"
	"testing"
	"time"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRetryAfter(t *testing.T) {
	ref := time.Date(2026, 10, 21, 7, 28, 0, 0, time.UTC)
	cases := []struct {
		name, value string
		seconds     int
		ok          bool
		reason      string
	}{
		{"delta", "120", 120, true, "delta-seconds"},
		{"delta zero", "0", 0, true, "retry at once"},
		{"delta spaces", "  45 ", 45, true, "surrounding space is tolerated"},
		{"imf-fixdate", "Wed, 21 Oct 2026 07:30:00 GMT", 120, true, "RFC 9110 preferred HTTP-date"},
		{"rfc850", "Wednesday, 21-Oct-26 07:29:00 GMT", 60, true, "obsolete RFC 850 form"},
		{"asctime", "Wed Oct 21 07:28:30 2026", 30, true, "obsolete asctime form"},
		{"past date", "Wed, 21 Oct 2026 07:00:00 GMT", 0, true, "a date already past means now"},
		{"fraction rounds up", "Wed, 21 Oct 2026 07:28:00 GMT", 0, true, "same second"},
		{"negative", "-5", 0, false, "not delta-seconds"},
		{"float", "1.5", 0, false, "delta-seconds is an integer"},
		{"garbage", "soon", 0, false, "neither form"},
		{"empty", "", 0, false, "nothing"},
		{"huge", "99999999999999999999", 0, false, "overflow is garbage, not a wrap-around"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, ok := RetryAfter(c.value, clockOf(ref))
			assert.Equal(t, c.ok, ok, c.reason)
			assert.Equal(t, c.seconds, s, c.reason)
		})
	}
}

func TestRateLimitReset(t *testing.T) {
	ref := time.Unix(1706968740, 0) // 60 s before FluxiQ's documented reset example
	cases := []struct {
		name, value string
		seconds     int
		unit        string
		ok          bool
	}{
		{"epoch seconds", "1706968800", 60, "epoch seconds", true},
		{"epoch milliseconds", "1706968800000", 60, "epoch milliseconds", true},
		{"epoch ms with fraction", "1706968799500", 60, "epoch milliseconds", true},
		{"delta", "30", 30, "seconds", true},
		{"delta fraction rounds up", "2.2", 3, "seconds", true},
		{"past epoch", "1706968000", 0, "epoch seconds", true},
		{"negative", "-1", 0, "", false},
		{"garbage", "tomorrow", 0, "", false},
		{"nan", "NaN", 0, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, unit, ok := RateLimitReset(c.value, clockOf(ref))
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.seconds, s)
			assert.Equal(t, c.unit, unit)
		})
	}
}

func TestDelayInText(t *testing.T) {
	cases := []struct {
		text    string
		seconds int
		ok      bool
	}{
		{"Rate limit exceeded. Please retry after 60 seconds.", 60, true},
		{"Wait 45 seconds before making new requests", 45, true},
		{"Try again in 2 minutes", 120, true},
		{"Aguarde 30 segundos e tente novamente", 30, true},
		{"tente novamente em 10s", 10, true},
		{"Máximo de 100 requisições por minuto", 0, false},
		{"The minimum value for a boleto is R$ 1.00 (100 cents)", 0, false},
		{"expired 5 minutes ago", 0, false},
		{"", 0, false},
	}
	for _, c := range cases {
		s, ok := delayInText(c.text)
		assert.Equal(t, c.ok, ok, c.text)
		assert.Equal(t, c.seconds, s, c.text)
	}
}

func TestRetryHeadersPrecedence(t *testing.T) {
	now := time.Date(2024, 2, 3, 13, 59, 0, 0, time.UTC)
	base := "HTTP/1.1 429 Too Many Requests\n%s\n{\"success\":false,\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Request limit exceeded\",\"details\":\"Wait 45 seconds\"},\"meta\":{\"request_id\":\"r\"}}"
	cases := []struct {
		name, headers string
		seconds       int
		source        string
		reason        string
	}{
		{"retry-after wins", "Retry-After: 10\nX-RateLimit-Reset: 1706968800\n", 10, "Retry-After header", "RFC 9110: Retry-After over rate-limit headers"},
		{"reset epoch ms", "X-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1706968800000\n", 60, "X-RateLimit-Reset header (epoch milliseconds)", "ms told apart by size"},
		{"ietf ratelimit", "RateLimit: \"default\";r=0;t=17\n", 17, "RateLimit header", "draft-ietf-httpapi-ratelimit-headers t is delta"},
		{"garbage retry-after falls through", "Retry-After: soon\n", 45, "message text", "an unreadable header is ignored, not taken as 0"},
		{"date header is the reference", "Date: Sat, 03 Feb 2024 13:58:00 GMT\nRetry-After: Sat, 03 Feb 2024 13:58:30 GMT\n", 30, "Retry-After header", "relative to the paste's Date, not now"},
		{"past retry-after", "Retry-After: Sat, 03 Feb 2024 13:00:00 GMT\n", 0, "Retry-After header", "past: retry now"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := []byte(strings.Replace(base, "%s", c.headers, 1))
			x, err := Explain(in, Options{Now: clockOf(now)})
			if !assert.NoError(t, err) {
				return
			}
			assert.Equal(t, catalog.Strategy("wait"), x.Retry.Strategy, c.reason)
			if assert.NotNil(t, x.Retry.AfterSeconds, c.reason) {
				assert.Equal(t, c.seconds, *x.Retry.AfterSeconds, c.reason)
			}
			assert.Equal(t, c.source, x.Retry.Source, c.reason)
		})
	}
}

func TestNoClockNoEpochGuess(t *testing.T) {
	in := []byte("HTTP/1.1 429 Too Many Requests\nX-RateLimit-Reset: 1706968800\n\n{\"success\":false,\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Request limit exceeded\"},\"meta\":{\"request_id\":\"r\"}}")
	x, err := Explain(in, Options{}) // no now, no Date header
	assert.NoError(t, err)
	assert.Equal(t, catalog.Strategy("wait"), x.Retry.Strategy)
	assert.Nil(t, x.Retry.AfterSeconds, "an epoch reset needs a clock; without one it is left out, not guessed")
}

func TestPostWithoutKeyAfterRateLimitIsSafe(t *testing.T) {
	in := []byte("HTTP/1.1 429 Too Many Requests\nRetry-After: 5\n\n{\"title\":\"Too Many Requests\",\"status\":429}")
	x, err := Explain(in, Options{})
	assert.NoError(t, err)
	assert.Contains(t, x.Retry.Idempotency, "resending is safe even for a POST")
}

func TestServiceUnavailableIsNotProvablyUnprocessed(t *testing.T) {
	// A 503 with Retry-After says when to come back, but a proxy's 503 cannot prove the
	// API behind it did nothing: no promise that a POST without a key is safe.
	in := []byte("HTTP/1.1 503 Service Unavailable\nRetry-After: 20\n\n{\"title\":\"Service Unavailable\",\"status\":503}")
	x, err := Explain(in, Options{})
	assert.NoError(t, err)
	assert.Equal(t, catalog.Strategy("wait"), x.Retry.Strategy)
	assert.NotContains(t, x.Retry.Idempotency, "safe even for a POST")
}

func TestPastRetryAfterYieldsToFutureRecovery(t *testing.T) {
	in := []byte("HTTP/1.1 503 Service Unavailable\nDate: Sun, 22 Nov 2026 10:00:00 GMT\nRetry-After: Sun, 22 Nov 2026 09:59:00 GMT\n\n" +
		`{"success":false,"error":{"code":"PROVIDER_UNAVAILABLE","message":"Provider unavailable","estimatedRecovery":"2026-11-22T10:10:00Z"},"meta":{"requestId":"r1"}}`)
	x, err := Explain(in, Options{})
	require.NoError(t, err)
	assert.Equal(t, catalog.Strategy("wait"), x.Retry.Strategy)
	if assert.NotNil(t, x.Retry.AfterSeconds) {
		assert.Equal(t, 600, *x.Retry.AfterSeconds, "the recovery time still ahead, not the past Retry-After")
	}
	assert.Equal(t, "estimatedRecovery member", x.Retry.Source)
}
