package retry_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/decifra/decifra/retry"
)

// Decide a failed call yourself. The body is put back for the caller to read.
func ExampleDecide() {
	req, _ := http.NewRequest(http.MethodPost, "https://api.stripe.com/v1/payment_intents", strings.NewReader("amount=100"))
	req.Header.Set("Idempotency-Key", "order-1042-attempt-1")
	resp := &http.Response{
		StatusCode: 500,
		Header:     http.Header{"Stripe-Should-Retry": {"true"}, "Request-Id": {"req_8Fz2kLmN0pQr"}},
		Body:       io.NopCloser(strings.NewReader(`{"error":{"type":"api_error","message":"An unknown error occurred"}}`)),
		Request:    req,
	}

	d := retry.Decide(resp, nil, req)
	fmt.Println(d.Strategy, d.Retry, d.SafeToResend, d.Delay)
	fmt.Println(d.IdempotencyHeader, d.IdempotencyKey)
	fmt.Println(d.Explanation.Provider.ID, d.Explanation.RequestID)
	fmt.Println(d.Why)
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(len(body), "bytes left for the caller")
	// Output:
	// backoff true true 1s
	// Idempotency-Key order-1042-attempt-1
	// stripe req_8Fz2kLmN0pQr
	// A transient failure (Stripe-Should-Retry header): retry with exponential backoff; resending is safe: the request carries Idempotency-Key, so the API answers a resend with the first attempt's result.
	// 68 bytes left for the caller
}

// A Transport follows the decisions for every request of a client: here a rate limit that
// says to wait 2 s, then success.
func ExampleTransport() {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		if calls++; calls == 1 {
			w.Header().Set("Retry-After", "2")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, `{"id":"pay_1"}`)
	}))
	defer srv.Close()

	client := &http.Client{Transport: &retry.Transport{
		MaxAttempts: 4,
		MaxWait:     30 * time.Second,
		Sleep: func(_ context.Context, d time.Duration) error { // a real Transport sleeps; this one says what it would
			fmt.Println("waiting", d)
			return nil
		},
	}}
	resp, err := client.Post(srv.URL+"/v1/payments", "application/json", strings.NewReader(`{"amount":100}`))
	if err != nil {
		var g *retry.GiveUp
		if errors.As(err, &g) {
			fmt.Println("gave up:", g.Decision.Why)
		}
		return
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode, "after", calls, "attempts")
	// Output:
	// waiting 2s
	// 200 after 2 attempts
}

// CheckRetry and Backoff have go-retryablehttp's signatures:
//
//	c := retryablehttp.NewClient()
//	c.CheckRetry = retry.CheckRetry
//	c.Backoff = retry.Backoff
//
// Here they are called as retryablehttp calls them, on a 429 whose wait is in the body.
func ExampleCheckRetry() {
	resp := &http.Response{
		StatusCode: 429,
		Header:     http.Header{},
		Body: io.NopCloser(strings.NewReader(`{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Limite de requisições excedido","retryAfter":20},` +
			`"meta":{"requestId":"req_abc123","timestamp":"2025-11-14T10:30:00Z","version":"v1"}}`)),
	}
	ok, err := retry.CheckRetry(context.Background(), resp, nil)
	fmt.Println(ok, err)
	fmt.Println(retry.Backoff(time.Second, 30*time.Second, 0, resp))

	resp = &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {"1743440400"}}, Body: http.NoBody}
	ok, err = retry.CheckRetry(context.Background(), resp, nil)
	fmt.Println(ok, errors.Is(err, retry.ErrWaitTooLong))
	// Output:
	// true <nil>
	// 20s
	// false true
}
