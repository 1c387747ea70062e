package retry

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// FuzzDecide: whatever the response, Decide does not panic, gives the body back whole,
// keeps Delay within [0, MaxDelay], and resends only what is retryable and safe.
func FuzzDecide(f *testing.F) {
	cases := loadCases(f)
	for _, c := range cases.Cases {
		var h strings.Builder
		for _, kv := range c.Headers {
			h.WriteString(kv[0] + ": " + kv[1] + "\n")
		}
		f.Add(c.Status, h.String(), c.Body, c.Method, c.Error)
	}
	f.Fuzz(func(t *testing.T, status int, headers, body, method, errText string) {
		if status < 100 || status > 999 {
			status = 500
		}
		req, err := http.NewRequest(http.MethodGet, "https://api.example.com/v1/x", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Method = method
		h := http.Header{}
		for line := range strings.Lines(headers) {
			if k, v, ok := strings.Cut(line, ":"); ok && k != "" {
				h.Add(k, strings.TrimSpace(v))
			}
		}
		resp := &http.Response{StatusCode: status, Header: h, Body: io.NopCloser(strings.NewReader(body)), Request: req}
		var callErr error
		if errText != "" && status >= 500 {
			resp, callErr = nil, &fuzzError{errText}
		}
		d := DecideAt(time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC), resp, callErr, req)
		if d.Delay < 0 || d.Delay > MaxDelay {
			t.Fatalf("Delay %v out of range", d.Delay)
		}
		if d.Retry && (!d.SafeToResend || !retryable(d.Strategy)) {
			t.Fatalf("Retry on %q, safe %v", d.Strategy, d.SafeToResend)
		}
		if resp != nil {
			got, err := io.ReadAll(resp.Body)
			if err != nil || string(got) != body {
				t.Fatalf("body changed: %q, %v", got, err)
			}
		}
	})
}

type fuzzError struct{ s string }

func (e *fuzzError) Error() string { return e.s }
