package retry

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"sync/atomic"
	"time"
)

// Defaults of Transport's zero fields.
const (
	// DefaultMaxAttempts is four attempts in all, DESIGN.md's "at most 4 attempts".
	DefaultMaxAttempts = 4
	// DefaultMaxWait is go-retryablehttp's default RetryWaitMax: a request path should not
	// hang longer on one wait; a caller that can wait longer says so.
	DefaultMaxWait = 30 * time.Second
)

// Reasons a Transport or an adapter gives up; a *GiveUp matches its reason with
// errors.Is.
var (
	// ErrWaitTooLong: the response states a wait longer than MaxWait (or MaxDelay).
	// Retrying sooner would only be refused again, so the caller learns at once when to
	// come back (GiveUp.Decision.Delay) instead of a goroutine sleeping through it.
	ErrWaitTooLong = errors.New("retry: the stated wait is longer than the caller will wait")
	// ErrDeadline: the request's context ends before the wait would.
	ErrDeadline = errors.New("retry: the context's deadline comes before the wait ends")
	// ErrAttemptsExhausted: MaxAttempts attempts failed.
	ErrAttemptsExhausted = errors.New("retry: attempts exhausted")
	// ErrUnsafe: the outcome is unknown and resending could do the operation twice (a
	// POST or PATCH without the provider's idempotency header).
	ErrUnsafe = errors.New("retry: resending could do the operation twice")
	// ErrNotRetryable: the same request cannot succeed (strategy none or fix).
	ErrNotRetryable = errors.New("retry: the same request cannot succeed")
	// ErrBodyNotRewindable: the request has a body and no GetBody to send it again.
	ErrBodyNotRewindable = errors.New("retry: the request body cannot be sent again (no GetBody)")
)

// GiveUp is the error of a call the Transport (or CheckRetry) stopped retrying without a
// response to return: a failure below HTTP, or a stated wait it will not sleep through.
// errors.As(err, &g) finds it through http.Client's *url.Error; errors.Is matches both its
// Reason and its Last error (context.Canceled, syscall.ECONNRESET …).
type GiveUp struct {
	// Decision is the decision on the last attempt, with its Explanation.
	Decision Decision
	// Attempts is how many times the request was sent; 0 when the caller does not count
	// (CheckRetry is not told).
	Attempts int
	// Last is the last attempt's transport error, or the context's error; nil when the
	// last attempt got a response (Decision.Explanation describes it).
	Last error
	// Reason is why retrying stopped: ErrWaitTooLong, ErrDeadline, ErrAttemptsExhausted,
	// ErrUnsafe, ErrNotRetryable, ErrBodyNotRewindable, or the context's error.
	Reason error
}

func (g *GiveUp) Error() string {
	s := "retry: gave up after " + strconv.Itoa(g.Attempts) + " attempt"
	if g.Attempts != 1 {
		s += "s"
	}
	if g.Attempts == 0 {
		s = "retry: gave up"
	}
	if g.Reason != nil {
		s += " (" + g.Reason.Error() + ")"
	}
	if g.Last != nil && !errors.Is(g.Reason, g.Last) {
		s += ": " + g.Last.Error()
	}
	return s + ": " + g.Decision.Why
}

// Unwrap gives errors.Is and errors.As the reason and the last error.
func (g *GiveUp) Unwrap() []error {
	var errs []error
	for _, e := range [...]error{g.Reason, g.Last} {
		if e != nil {
			errs = append(errs, e)
		}
	}
	return errs
}

// Timeout reports whether the last error was a timeout, so that net/http's
// (*url.Error).Timeout and os.IsTimeout-style checks keep working through the Transport.
func (g *GiveUp) Timeout() bool {
	var t interface{ Timeout() bool }
	return errors.As(g.Last, &t) && t.Timeout()
}

// Transport is an http.RoundTripper that follows Decide's decisions: it resends what is
// safe to resend, waits what the response says (or backs off with full jitter when it
// says nothing), and stops with a *GiveUp rather than sleep past MaxWait or the context's
// deadline. A response it does not resend (a 400, a 503 after the last attempt, a POST's
// 500 without an idempotency key) is returned as is: Decide(resp, nil, req) says why.
//
// A request with a body is resent only when it has GetBody (http.NewRequest sets it for
// bytes, strings and bytes.Buffer bodies). The zero Transport is ready to use.
type Transport struct {
	// Base sends each attempt; nil means http.DefaultTransport.
	Base http.RoundTripper
	// MaxAttempts is how many times a request is sent at most, the first included; 0
	// means DefaultMaxAttempts, and 1 never resends.
	MaxAttempts int
	// MaxWait is the longest the Transport sleeps before one resend; 0 means
	// DefaultMaxWait. Backoff is capped at it; a stated wait longer than it ends the call
	// at once with ErrWaitTooLong.
	MaxWait time.Duration
	// Now is the clock for responses without a Date header; nil means time.Now.
	Now func() time.Time
	// Sleep waits d or until ctx is done, whichever comes first, and returns ctx's error
	// in the second case; nil means a timer that does that.
	Sleep func(ctx context.Context, d time.Duration) error
	// Jitter picks the backoff before a resend from [0, max] ("full jitter": spread
	// clients out instead of having them retry in step); nil means uniformly at random.
	// Stated waits are never jittered: the response's time is the earliest that works.
	Jitter func(max time.Duration) time.Duration
}

// RoundTrip sends req, and sends it again while the decisions say to.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	try := req
	for attempt := 1; ; attempt++ {
		resp, err, st := t.send(try)
		if err == nil && (resp == nil || resp.StatusCode < 400) {
			return resp, err
		}
		d := decide(t.now(), resp, err, try, st)
		reason := t.stop(ctx, &d, attempt, req)
		var wait time.Duration
		if reason == nil {
			wait = t.wait(&d, attempt)
			if dl, ok := ctx.Deadline(); ok && t.now().Add(wait).After(dl) {
				reason = ErrDeadline
			}
		}
		if reason != nil {
			return t.giveUp(resp, err, d, attempt, reason)
		}
		discard(resp)
		if serr := t.sleep(ctx, wait); serr != nil {
			return nil, &GiveUp{Decision: d, Attempts: attempt, Last: serr, Reason: serr}
		}
		if try, err = rewind(req); err != nil {
			return nil, &GiveUp{Decision: d, Attempts: attempt, Last: err, Reason: ErrBodyNotRewindable}
		}
	}
}

// stop says why the request must not be sent again after attempt, or nil to resend it.
func (t *Transport) stop(ctx context.Context, d *Decision, attempt int, req *http.Request) error {
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case !retryable(d.Strategy):
		return ErrNotRetryable
	case !d.SafeToResend:
		return ErrUnsafe
	case attempt >= t.maxAttempts():
		return ErrAttemptsExhausted
	case d.Stated && (d.Delay > t.maxWait() || d.tooFar()):
		return ErrWaitTooLong
	case !d.Retry:
		return ErrNotRetryable
	case req.Body != nil && req.Body != http.NoBody && req.GetBody == nil:
		return ErrBodyNotRewindable
	}
	return nil
}

// giveUp ends the call. A response is returned as is, except when the Transport refuses
// to wait as long as it asks, or the context ended: then the caller gets a *GiveUp whose
// Decision says when to come back, and the response is closed.
func (t *Transport) giveUp(resp *http.Response, err error, d Decision, attempt int, reason error) (*http.Response, error) {
	if resp != nil && reason != ErrWaitTooLong && reason != ErrDeadline && !isContextErr(reason) {
		return resp, nil
	}
	discard(resp)
	last := err
	if last == nil && isContextErr(reason) {
		last = reason
	}
	return nil, &GiveUp{Decision: d, Attempts: attempt, Last: last, Reason: reason}
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// wait is Decision.Wait with the Transport's jitter.
func (t *Transport) wait(d *Decision, attempt int) time.Duration {
	return d.wait(attempt, t.maxWait(), t.Jitter)
}

// Wait is how long to wait before resending after the attempt-th attempt (from 1) failed:
// the stated wait, else a backoff with full jitter, drawn uniformly from [0, BaseDelay ·
// 2^(attempt−1)] with the ceiling capped at limit. Full jitter spreads clients out instead
// of having them retry in step; a stated wait is never jittered, because the response's
// time is the earliest that works.
func (d Decision) Wait(attempt int, limit time.Duration) time.Duration {
	return d.wait(attempt, limit, nil)
}

// wait is Wait with jitter drawing from [0, max]; nil draws uniformly at random.
func (d *Decision) wait(attempt int, limit time.Duration, jitter func(max time.Duration) time.Duration) time.Duration {
	if d.Stated {
		return d.Delay
	}
	ceiling := backoffCeiling(BaseDelay, limit, attempt-1)
	if jitter != nil {
		return min(max(jitter(ceiling), 0), ceiling)
	}
	return rand.N(ceiling + 1)
}

// backoffCeiling is base·2^n, capped at limit (and safe from overflow).
func backoffCeiling(base, limit time.Duration, n int) time.Duration {
	if n < 0 {
		n = 0
	}
	if base <= 0 {
		return 0
	}
	if n >= 62 || base > limit>>n {
		return limit
	}
	return base << n
}

// send sends one attempt and reports whether any of it was written, when the Base is a
// *http.Transport (whose httptrace hooks say so); other RoundTrippers may not call the
// hooks, so silence from them proves nothing.
func (t *Transport) send(req *http.Request) (*http.Response, error, sent) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	if _, traced := base.(*http.Transport); !traced {
		resp, err := base.RoundTrip(req)
		return resp, err, sentUnknown
	}
	var wrote atomic.Bool
	trace := &httptrace.ClientTrace{
		WroteHeaderField: func(string, []string) { wrote.Store(true) },
		WroteHeaders:     func() { wrote.Store(true) },
		WroteRequest:     func(httptrace.WroteRequestInfo) { wrote.Store(true) },
	}
	resp, err := base.RoundTrip(req.WithContext(httptrace.WithClientTrace(req.Context(), trace)))
	if resp != nil {
		resp.Request = req // as without the trace: the caller's request, not its traced copy
	}
	st := sentSome
	if !wrote.Load() {
		st = sentNothing
	}
	return resp, err, st
}

// rewind makes the next attempt of req: a clone with a fresh body from GetBody.
func rewind(req *http.Request) (*http.Request, error) {
	next := req.Clone(req.Context())
	if req.Body == nil || req.Body == http.NoBody {
		return next, nil
	}
	if req.GetBody == nil {
		return nil, ErrBodyNotRewindable
	}
	body, err := req.GetBody()
	if err != nil {
		return nil, err
	}
	next.Body = body
	return next, nil
}

// discard reads a little of a response the caller will never see, so its connection can be
// reused, and closes it.
func discard(resp *http.Response) {
	if resp == nil || resp.Body == nil {
		return
	}
	_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
	_ = resp.Body.Close()
}

func (t *Transport) now() time.Time {
	if t.Now != nil {
		return t.Now()
	}
	return time.Now()
}

func (t *Transport) maxAttempts() int {
	if t.MaxAttempts > 0 {
		return t.MaxAttempts
	}
	return DefaultMaxAttempts
}

func (t *Transport) maxWait() time.Duration {
	if t.MaxWait > 0 {
		return min(t.MaxWait, MaxDelay)
	}
	return DefaultMaxWait
}

func (t *Transport) sleep(ctx context.Context, d time.Duration) error {
	if t.Sleep != nil {
		return t.Sleep(ctx, d)
	}
	return sleepContext(ctx, d)
}

// sleepContext waits d, or until ctx is done.
func sleepContext(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
