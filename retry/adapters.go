package retry

import (
	"context"
	"math/rand/v2"
	"net/http"
	"time"
)

// CheckRetry has the signature of go-retryablehttp's CheckRetry type, so that
// `client.CheckRetry = retry.CheckRetry` gives a retryablehttp.Client decifra's decisions
// without this module depending on it. It retries what Decide says to retry, and stops
// with a *GiveUp (ErrWaitTooLong) when the response states a wait longer than
// DefaultMaxWait, go-retryablehttp's default RetryWaitMax: sleeping hours inside a request
// is its issue #247. On a context that is done it returns the context's error, as
// retryablehttp's DefaultRetryPolicy does.
//
// retryablehttp gives CheckRetry no request when the call failed below HTTP: the method
// then comes from the *url.Error, and a POST's idempotency key cannot be seen, so a POST
// whose outcome is unknown is not resent. Transport sees the request and does better.
func CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	var req *http.Request
	if resp != nil {
		req = resp.Request
	}
	d := Decide(resp, err, req)
	if d.Stated && retryable(d.Strategy) && d.SafeToResend && (d.Delay > DefaultMaxWait || d.tooFar()) {
		return false, &GiveUp{Decision: d, Reason: ErrWaitTooLong}
	}
	return d.Retry, nil
}

// Backoff has the signature of go-retryablehttp's Backoff type: the wait before the
// resend that follows attempt attemptNum (0 for the first). It is the wait the response
// states, even when that is longer than max (retrying sooner would only be refused again;
// CheckRetry has already given up on waits longer than DefaultMaxWait), or else a
// jittered exponential backoff between min and min·2^attemptNum, capped at max.
//
// retryablehttp calls Backoff after it has drained the body, so Backoff uses the decision
// CheckRetry made on the same response when there is one, and the headers alone otherwise.
func Backoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	var d Decision
	if resp != nil {
		d = Decide(resp, nil, resp.Request)
	}
	if d.Stated {
		return d.Delay
	}
	ceiling := backoffCeiling(min, max, attemptNum)
	if ceiling <= min {
		return ceiling
	}
	return min + rand.N(ceiling-min+1)
}
