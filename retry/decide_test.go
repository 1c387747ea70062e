package retry

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testNow = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// response builds a response to req with the given status, headers ("Name: value") and
// body.
func response(req *http.Request, status int, body string, headers ...string) *http.Response {
	h := http.Header{}
	for _, kv := range headers {
		k, v, _ := strings.Cut(kv, ":")
		h.Add(k, strings.TrimSpace(v))
	}
	return &http.Response{StatusCode: status, Header: h, Body: io.NopCloser(strings.NewReader(body)),
		ContentLength: int64(len(body)), Request: req}
}

func post(t testing.TB, rawURL string, headers ...string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, rawURL, strings.NewReader(`{"amount":100}`))
	require.NoError(t, err)
	for _, kv := range headers {
		k, v, _ := strings.Cut(kv, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	return req
}

// The caller reads the body Decide read, byte for byte, and closing it closes the original.
func TestDecideLeavesTheBody(t *testing.T) {
	body := `{"error":{"code":"rate_limited","message":"slow down"}}`
	closed := false
	resp := response(nil, 429, "", "Retry-After: 3")
	resp.Body = closeFunc{strings.NewReader(body), func() { closed = true }}

	d := DecideAt(testNow, resp, nil, nil)
	assert.Equal(t, catalog.Wait, d.Strategy)
	assert.Equal(t, 3*time.Second, d.Delay)

	got, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, body, string(got))
	require.NoError(t, resp.Body.Close())
	assert.True(t, closed, "Close reaches the original body")
}

// A body longer than the bound is read in part for the decision and given back whole.
func TestDecideBoundsWhatItReads(t *testing.T) {
	long := `{"error":{"code":"x","message":"` + strings.Repeat("a", maxBody+100) + `"}}`
	counting := &countingReader{r: strings.NewReader(long)}
	resp := response(nil, 500, "")
	resp.Body = io.NopCloser(counting)
	resp.ContentLength = -1

	DecideAt(testNow, resp, nil, nil)
	assert.LessOrEqual(t, counting.n, maxBody, "Decide reads at most maxBody bytes")

	got, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, long, string(got))
}

// Deciding twice on one response (CheckRetry, then Backoff after retryablehttp drained the
// body) reads the same bytes both times.
func TestDecideTwice(t *testing.T) {
	resp := response(nil, 429, `{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Limite","retryAfter":20},"meta":{"requestId":"r1","timestamp":"2025-11-14T10:30:00Z","version":"v1"}}`)
	first := DecideAt(testNow, resp, nil, nil)
	_, _ = io.Copy(io.Discard, resp.Body)
	require.NoError(t, resp.Body.Close())
	second := DecideAt(testNow, resp, nil, nil)
	assert.Equal(t, 20*time.Second, first.Delay)
	assert.Equal(t, first.Delay, second.Delay)
	assert.True(t, second.Stated)
}

// A 2xx costs nothing: no read, no allocation.
func TestDecideSuccessAllocatesNothing(t *testing.T) {
	req, err := http.NewRequest(http.MethodPost, "https://api.stripe.com/v1/charges", nil)
	require.NoError(t, err)
	resp := response(req, 200, `{"id":"ch_1"}`)
	body := resp.Body
	allocs := testing.AllocsPerRun(100, func() {
		d := Decide(resp, nil, req)
		if d.Retry || d.Strategy != "" {
			t.Fatal("a 2xx is not a failure")
		}
	})
	assert.Zero(t, allocs)
	assert.True(t, body == resp.Body, "a 2xx body is not touched")
}

// Without a request, a transport error's *url.Error still names the method and URL, which
// is all a go-retryablehttp CheckRetry sees.
func TestDecideMethodFromURLError(t *testing.T) {
	reset := errors.New("read tcp 10.0.0.2:5000->203.0.113.10:443: read: connection reset by peer")
	get := DecideAt(testNow, nil, &url.Error{Op: "Get", URL: "https://api.example.com/v1/x", Err: reset}, nil)
	assert.True(t, get.Retry, get.Why)
	assert.Equal(t, catalog.Backoff, get.Strategy)

	postErr := DecideAt(testNow, nil, &url.Error{Op: "Post", URL: "https://api.example.com/v1/x", Err: reset}, nil)
	assert.False(t, postErr.Retry, postErr.Why)
	assert.Equal(t, catalog.CheckFirst, postErr.Strategy)

	bare := DecideAt(testNow, nil, reset, nil)
	assert.False(t, bare.Retry, "an unknown method may be a write")
	assert.Contains(t, bare.Why, "unknown method")
}

// A *net.OpError from dialing proves nothing was sent, whatever its text says.
func TestDecideDialErrorIsNotSent(t *testing.T) {
	dial := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("something odd")}
	d := DecideAt(testNow, nil, dial, post(t, "https://api.example.com/v1/x"))
	assert.True(t, d.SafeToResend)
	assert.Contains(t, d.Why, "the connection was never made")
}

// A failure decifra cannot read is an unknown outcome: a GET is retried, a POST is not.
func TestDecideUnrecognisedError(t *testing.T) {
	odd := errors.New("flux capacitor discharged")
	d := DecideAt(testNow, nil, odd, post(t, "https://api.example.com/v1/x"))
	assert.Equal(t, catalog.CheckFirst, d.Strategy)
	assert.False(t, d.Retry)
	require.NotNil(t, d.Explanation)

	get, err := http.NewRequest(http.MethodGet, "https://api.example.com/v1/x", nil)
	require.NoError(t, err)
	assert.True(t, DecideAt(testNow, nil, odd, get).Retry)
}

// A body decode cannot read (gzip the caller asked for itself) still gets the status's
// decision.
func TestDecideUnreadableBody(t *testing.T) {
	gz := string([]byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x01, 0x02})
	req, err := http.NewRequest(http.MethodGet, "https://api.example.com/v1/x", nil)
	require.NoError(t, err)
	d := DecideAt(testNow, response(req, 503, gz, "Content-Encoding: gzip"), nil, req)
	assert.Equal(t, catalog.Backoff, d.Strategy)
	assert.True(t, d.Retry)
}

// A request whose context is done is not retried, whatever the failure.
func TestDecideContextDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.example.com/v1/x", nil)
	require.NoError(t, err)
	d := DecideAt(testNow, nil, context.Canceled, req)
	assert.False(t, d.Retry)
	assert.Contains(t, d.Why, "context is done")
}

// The provider's idempotency header comes from the request's host when the response
// names no provider (a CDN's page in front of PayPal).
func TestDecideIdempotencyHeaderFromHost(t *testing.T) {
	req := post(t, "https://api-m.paypal.com/v2/checkout/orders", "PayPal-Request-Id: 7b92603e")
	d := DecideAt(testNow, response(req, 503, "<html><body>Service Unavailable</body></html>"), nil, req)
	assert.Equal(t, "PayPal-Request-Id", d.IdempotencyHeader)
	assert.Equal(t, "7b92603e", d.IdempotencyKey)
	assert.True(t, d.Retry, d.Why)

	generic := post(t, "https://api-m.paypal.com/v2/checkout/orders", "Idempotency-Key: 7b92603e")
	d = DecideAt(testNow, response(generic, 503, "<html><body>Service Unavailable</body></html>"), nil, generic)
	assert.Empty(t, d.IdempotencyKey, "PayPal ignores Idempotency-Key")
	assert.False(t, d.Retry, d.Why)
}

// Decide counts relative times from the clock when the response has no Date header, and
// from its Date header when it has one.
func TestDecideClock(t *testing.T) {
	at := testNow.Add(-time.Minute)
	date := testNow.Add(2 * time.Minute).Format(http.TimeFormat)
	without := response(nil, 429, "", "Retry-After: "+date)
	assert.Equal(t, 3*time.Minute, DecideAt(at, without, nil, nil).Delay, "from the clock")
	with := response(nil, 429, "", "Retry-After: "+date, "Date: "+testNow.Format(http.TimeFormat))
	assert.Equal(t, 2*time.Minute, DecideAt(at, with, nil, nil).Delay, "from the Date header")
}

type closeFunc struct {
	io.Reader
	close func()
}

func (c closeFunc) Close() error { c.close(); return nil }

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}
