// Package peers holds what of decifra's retry decisions needs other modules: a failsafe-go
// retry policy built on retry.Decide, and (in its tests) the comparison of decifra with
// go-retryablehttp's and failsafe-go's default HTTP policies on the shared table of cases,
// retry/testdata/cases.json. It is a module of its own so that the main module does not
// depend on either library: `./build.sh bench-retry` runs the comparison.
package peers

import (
	"context"
	"net/http"
	"time"

	"github.com/decifra/decifra/retry"
	"github.com/failsafe-go/failsafe-go"
	"github.com/failsafe-go/failsafe-go/retrypolicy"
)

// FailsafePolicy returns a failsafe-go retry policy builder that follows retry.Decide: it
// retries what decifra would resend, waits what the response states (or backs off with
// full jitter from retry.BaseDelay, capped at maxWait), aborts when the stated wait is
// longer than maxWait (returning that response), makes retry.DefaultMaxAttempts attempts
// and returns the last failure rather than an ExceededError. maxWait 0 means
// retry.DefaultMaxWait.
//
// failsafe-go's HTTP round tripper shows a policy the response (whose Request names the
// request) but, for a failure below HTTP, only the error: pass the request, as
// failsafehttp.NewRequest does per request, so that a GET or a POST with its idempotency
// key is resent after a connection reset. With req nil such failures are resent only when
// nothing was sent.
//
//	policy := peers.FailsafePolicy(req, 30*time.Second).Build()
//	resp, err := failsafehttp.NewRequest(req, client, policy).Do()
func FailsafePolicy(req *http.Request, maxWait time.Duration) retrypolicy.Builder[*http.Response] {
	if maxWait <= 0 {
		maxWait = retry.DefaultMaxWait
	}
	decide := func(resp *http.Response, err error) retry.Decision {
		r := req
		if r == nil && resp != nil {
			r = resp.Request
		}
		return retry.Decide(resp, err, r)
	}
	return retrypolicy.NewBuilder[*http.Response]().
		HandleIf(func(resp *http.Response, err error) bool { return decide(resp, err).Retry }).
		AbortIf(func(resp *http.Response, err error) bool {
			d := decide(resp, err)
			return d.Stated && d.Delay > maxWait
		}).
		AbortOnErrors(context.Canceled).
		WithMaxAttempts(retry.DefaultMaxAttempts).
		ReturnLastFailure().
		WithDelayFunc(func(exec failsafe.ExecutionAttempt[*http.Response]) time.Duration {
			return decide(exec.LastResult(), exec.LastError()).Wait(exec.Attempts(), maxWait)
		})
}
