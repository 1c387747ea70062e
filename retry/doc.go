// Package retry makes decifra's retry decisions for programs at run time: whether a failed
// call should be sent again, when, and whether resending a write is safe. It reads the
// same knowledge that explains a pasted error (package decode and the catalog behind it),
// so it is right where blind retry loops are wrong: it waits what the response says
// (Retry-After as delta-seconds or an HTTP-date, the IETF RateLimit field, X-RateLimit-Reset
// in seconds, milliseconds or as a delta), refuses an absurd wait instead of sleeping
// through it, obeys the providers' own verdicts (Stripe-Should-Retry, Adyen's
// transient-error), and never resends a write whose outcome is unknown unless it carries
// the provider's idempotency header.
//
// There are three ways to use it.
//
// Ask for a decision about one call, and act on it yourself:
//
//	resp, err := http.DefaultClient.Do(req)
//	d := retry.Decide(resp, err, req) // resp.Body is left for you to read
//	if d.Retry {
//		time.Sleep(d.Wait(attempt, 30*time.Second)) // the stated wait, or a jittered backoff
//	}
//	fmt.Println(d.Strategy, d.SafeToResend, d.Why)
//
// Let a Transport follow the decisions for every request of a client:
//
//	client := &http.Client{Transport: &retry.Transport{MaxAttempts: 4, MaxWait: 30 * time.Second}}
//	resp, err := client.Do(req)
//	var g *retry.GiveUp
//	if errors.As(err, &g) {
//		fmt.Println(g.Attempts, g.Decision.Why) // errors.Is(err, retry.ErrWaitTooLong) and the like say why
//	}
//
// Keep go-retryablehttp and give it decifra's judgement (CheckRetry and Backoff have the
// signatures of its CheckRetry and Backoff types):
//
//	c := retryablehttp.NewClient()
//	c.CheckRetry = retry.CheckRetry
//	c.Backoff = retry.Backoff
//
// A failsafe-go retry policy built on the same decisions, peers.FailsafePolicy, lives in
// the module github.com/decifra/decifra/retry/peers, so that this module depends on neither
// library; that module also compares decifra with both libraries' defaults on the shared
// table of cases, testdata/cases.json (`./build.sh bench-retry`). The JavaScript module
// web/static/decifra-retry.js makes the same decisions for fetch.
//
// Decide reads a failed response's status, headers and up to 1 MiB of its body, and puts
// back a body that yields the same bytes, so the caller reads the response as if nothing
// had touched it. A response with a status below 400 is not a failure: Decide returns at
// once, without reading or allocating anything.
package retry
