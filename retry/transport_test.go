package retry

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// script is a loopback server that answers the n-th request with the n-th handler (the
// last one again after that) and remembers what each request carried.
type script struct {
	mu       sync.Mutex
	handlers []http.HandlerFunc
	bodies   []string
	keys     []string
}

func serve(t *testing.T, handlers ...http.HandlerFunc) (*script, *httptest.Server) {
	t.Helper()
	s := &script{handlers: handlers}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		n := len(s.bodies)
		s.bodies = append(s.bodies, string(body))
		s.keys = append(s.keys, r.Header.Get("Idempotency-Key"))
		h := s.handlers[min(n, len(s.handlers)-1)]
		s.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return s, srv
}

func (s *script) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.bodies)
}

func status(code int, body string, headers ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		for _, kv := range headers {
			k, v, _ := strings.Cut(kv, ":")
			w.Header().Set(k, strings.TrimSpace(v))
		}
		w.WriteHeader(code)
		_, _ = io.WriteString(w, body)
	}
}

// hangUp reads the request and closes the connection without answering: the request was
// written, and its outcome is unknown.
func hangUp(w http.ResponseWriter, _ *http.Request) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err == nil {
		_ = conn.Close()
	}
}

// sleeps is a Transport.Sleep that records the waits instead of sleeping.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

// testTransport sleeps on s, jitters to the ceiling (so backoff is predictable) and counts
// from testNow.
func testTransport(s *sleeps) *Transport {
	return &Transport{Sleep: s.sleep, Jitter: func(max time.Duration) time.Duration { return max },
		Now: func() time.Time { return testNow }}
}

func TestTransportBacksOffAndSucceeds(t *testing.T) {
	srv, ts := serve(t, status(503, ""), status(503, ""), status(200, `{"ok":true}`))
	var s sleeps
	client := &http.Client{Transport: testTransport(&s)}
	resp, err := client.Get(ts.URL + "/v1/payments/1")
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, 3, srv.count())
	assert.Equal(t, []time.Duration{time.Second, 2 * time.Second}, s.d, "full jitter's ceiling doubles")
}

func TestTransportWaitsTheStatedTime(t *testing.T) {
	srv, ts := serve(t, status(429, `{"error":"slow down"}`, "Retry-After: 7"), status(201, `{}`))
	var s sleeps
	req := post(t, ts.URL+"/v1/payments") // a POST without key: a 429 proves it was not processed
	resp, err := (&http.Client{Transport: testTransport(&s)}).Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 201, resp.StatusCode)
	assert.Equal(t, []time.Duration{7 * time.Second}, s.d, "a stated wait is not jittered")
	assert.Equal(t, []string{`{"amount":100}`, `{"amount":100}`}, srv.bodies, "GetBody rewinds the body")
}

// A stated wait longer than MaxWait ends the call at once with a GiveUp that says when to
// come back, found through http.Client's *url.Error.
func TestTransportGivesUpOnALongWait(t *testing.T) {
	srv, ts := serve(t, status(429, `{"error":"slow down"}`, "Retry-After: 120"))
	var s sleeps
	tr := testTransport(&s)
	tr.MaxWait = 30 * time.Second
	resp, err := (&http.Client{Transport: tr}).Get(ts.URL)
	require.Error(t, err)
	assert.Nil(t, resp)
	var g *GiveUp
	require.ErrorAs(t, err, &g)
	assert.ErrorIs(t, err, ErrWaitTooLong)
	assert.Equal(t, 120*time.Second, g.Decision.Delay)
	assert.Equal(t, 1, g.Attempts)
	assert.Nil(t, g.Last)
	assert.Empty(t, s.d, "no sleep")
	assert.Equal(t, 1, srv.count())
	assert.Contains(t, err.Error(), "wait 120 s")
}

// go-retryablehttp #247: an absurd Retry-After is refused, whatever MaxWait.
func TestTransportRefusesAnAbsurdWait(t *testing.T) {
	_, ts := serve(t, status(503, "", "Retry-After: 1743440400"))
	var s sleeps
	tr := testTransport(&s)
	tr.MaxWait = 1000 * time.Hour
	_, err := (&http.Client{Transport: tr}).Get(ts.URL)
	assert.ErrorIs(t, err, ErrWaitTooLong)
	assert.Empty(t, s.d)
}

// A POST without an idempotency key whose outcome is unknown is never resent; with the
// key, it is, with the same key and body.
func TestTransportResendsWritesOnlyWithAKey(t *testing.T) {
	srv, ts := serve(t, status(500, `{"error":{"message":"internal"}}`), status(201, `{}`))
	var s sleeps
	client := &http.Client{Transport: testTransport(&s)}
	resp, err := client.Do(post(t, ts.URL))
	require.NoError(t, err, "a response the Transport does not resend is returned as is")
	resp.Body.Close()
	assert.Equal(t, 500, resp.StatusCode)
	assert.Equal(t, 1, srv.count())

	srv, ts = serve(t, status(500, `{"error":{"message":"internal"}}`), status(201, `{}`))
	resp, err = client.Do(post(t, ts.URL, "Idempotency-Key: k-42"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 201, resp.StatusCode)
	assert.Equal(t, []string{"k-42", "k-42"}, srv.keys)
	assert.Equal(t, srv.bodies[0], srv.bodies[1])
}

// A body with no GetBody cannot be sent twice: the response is returned.
func TestTransportNeedsGetBody(t *testing.T) {
	srv, ts := serve(t, status(503, ""), status(200, ""))
	req := post(t, ts.URL, "Idempotency-Key: k-1")
	req.GetBody = nil
	req.Body, req.ContentLength = io.NopCloser(strings.NewReader("{}")), 2
	var s sleeps
	resp, err := (&http.Client{Transport: testTransport(&s)}).Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 503, resp.StatusCode)
	assert.Equal(t, 1, srv.count())
}

// After MaxAttempts, the last response is returned, and every discarded one was closed.
func TestTransportStopsAfterMaxAttempts(t *testing.T) {
	srv, ts := serve(t, status(503, "down"))
	var s sleeps
	closes := &closeCounter{base: http.DefaultTransport}
	tr := testTransport(&s)
	tr.Base, tr.MaxAttempts = closes, 3
	resp, err := (&http.Client{Transport: tr}).Get(ts.URL)
	require.NoError(t, err)
	assert.Equal(t, 503, resp.StatusCode)
	body, _ := io.ReadAll(resp.Body)
	assert.Equal(t, "down", string(body), "the caller reads the last body whole")
	resp.Body.Close()
	assert.Equal(t, 3, srv.count())
	assert.Equal(t, 3, closes.closed(), "two discarded, one closed by the caller")
}

// The default Sleep honours the context: a cancel during a backoff ends the call at once.
func TestTransportHonoursCancel(t *testing.T) {
	_, ts := serve(t, status(503, "", "Retry-After: 20"))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL, nil)
	require.NoError(t, err)
	start := time.Now()
	_, err = (&http.Client{Transport: &Transport{}}).Do(req)
	assert.ErrorIs(t, err, context.Canceled)
	var g *GiveUp
	assert.ErrorAs(t, err, &g)
	assert.Less(t, time.Since(start), 10*time.Second)
}

// A wait that would outlast the context's deadline is not started.
func TestTransportRespectsTheDeadline(t *testing.T) {
	_, ts := serve(t, status(429, "", "Retry-After: 5"))
	var s sleeps
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL, nil)
	require.NoError(t, err)
	tr := testTransport(&s)
	tr.Now = nil // the deadline is on the real clock
	_, err = (&http.Client{Transport: tr}).Do(req)
	assert.ErrorIs(t, err, ErrDeadline)
	assert.Empty(t, s.d)
}

// A connection that is never made sent nothing, so even a POST without a key is resent;
// after the last attempt the dial error is still there for errors.Is.
func TestTransportConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close()) // nothing listens there now
	var s sleeps
	tr := testTransport(&s)
	tr.Base = &http.Transport{}
	_, err = (&http.Client{Transport: tr}).Do(post(t, "http://"+addr+"/v1/payments"))
	var g *GiveUp
	require.ErrorAs(t, err, &g)
	assert.ErrorIs(t, err, ErrAttemptsExhausted)
	assert.ErrorIs(t, err, syscall.ECONNREFUSED)
	assert.Equal(t, DefaultMaxAttempts, g.Attempts)
	assert.True(t, g.Decision.SafeToResend)
}

// A connection closed after the request was written leaves the outcome unknown: a POST
// without a key is not resent, one with a key is.
func TestTransportHangUpAfterWrite(t *testing.T) {
	srv, ts := serve(t, hangUp)
	var s sleeps
	tr := testTransport(&s)
	tr.Base = &http.Transport{}
	_, err := (&http.Client{Transport: tr}).Do(post(t, ts.URL))
	var g *GiveUp
	require.ErrorAs(t, err, &g)
	assert.ErrorIs(t, err, ErrUnsafe)
	assert.Equal(t, catalog.CheckFirst, g.Decision.Strategy)
	assert.Equal(t, 1, srv.count())

	srv, ts = serve(t, hangUp, status(201, "{}"))
	resp, err := (&http.Client{Transport: tr}).Do(post(t, ts.URL, "Idempotency-Key: k-9"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 201, resp.StatusCode)
	assert.Equal(t, 2, srv.count())
}

// A Base other than *http.Transport is judged by its errors alone.
func TestTransportOtherBase(t *testing.T) {
	calls := 0
	base := roundTripFunc(func(*http.Request) (*http.Response, error) {
		calls++
		return nil, errors.New("dial tcp 203.0.113.10:443: connect: connection refused")
	})
	var s sleeps
	tr := testTransport(&s)
	tr.Base, tr.MaxAttempts = base, 2
	req, err := http.NewRequest(http.MethodPost, "https://api.example.com/v1/payments", nil)
	require.NoError(t, err)
	_, err = tr.RoundTrip(req)
	assert.ErrorIs(t, err, ErrAttemptsExhausted)
	assert.Equal(t, 2, calls)
}

func TestGiveUpTimeout(t *testing.T) {
	g := &GiveUp{Last: &net.DNSError{Err: "i/o timeout", IsTimeout: true}, Reason: ErrUnsafe}
	assert.True(t, g.Timeout())
	assert.False(t, (&GiveUp{Last: errors.New("x")}).Timeout())
}

func TestSleepContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.ErrorIs(t, sleepContext(ctx, time.Hour), context.Canceled)
	assert.NoError(t, sleepContext(context.Background(), time.Millisecond))
}

func TestBackoffCeiling(t *testing.T) {
	assert.Equal(t, time.Second, backoffCeiling(time.Second, 30*time.Second, 0))
	assert.Equal(t, 8*time.Second, backoffCeiling(time.Second, 30*time.Second, 3))
	assert.Equal(t, 30*time.Second, backoffCeiling(time.Second, 30*time.Second, 5))
	assert.Equal(t, 30*time.Second, backoffCeiling(time.Second, 30*time.Second, 500), "no overflow")
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// closeCounter counts the response bodies closed.
type closeCounter struct {
	base http.RoundTripper
	mu   sync.Mutex
	n    int
}

func (c *closeCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := c.base.RoundTrip(r)
	if resp != nil {
		orig := resp.Body
		resp.Body = closeFunc{orig, func() { c.mu.Lock(); c.n++; c.mu.Unlock(); _ = orig.Close() }}
	}
	return resp, err
}

func (c *closeCounter) closed() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func TestDecisionWait(t *testing.T) {
	stated := Decision{Stated: true, Delay: 7 * time.Second}
	assert.Equal(t, 7*time.Second, stated.Wait(3, time.Second), "a stated wait is neither jittered nor capped")
	backoff := Decision{Delay: BaseDelay}
	for attempt := 1; attempt <= 6; attempt++ {
		w := backoff.Wait(attempt, 10*time.Second)
		assert.GreaterOrEqual(t, w, time.Duration(0))
		assert.LessOrEqual(t, w, min(BaseDelay<<(attempt-1), 10*time.Second))
	}
}
