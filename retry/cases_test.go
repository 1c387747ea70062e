package retry

import (
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/decifra/decifra/retry/internal/retrycases"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// casesPath is the shared table every implementation is graded on.
const casesPath = "testdata/cases.json"

func loadCases(t testing.TB) *retrycases.File {
	t.Helper()
	f, err := retrycases.Load(casesPath)
	require.NoError(t, err)
	return f
}

// TestCases runs the shared table through Decide: every case's strategy, retry, stated
// wait and safety must be right.
func TestCases(t *testing.T) {
	f := loadCases(t)
	require.GreaterOrEqual(t, len(f.Cases), 60, "the issue asks for at least 60 cases")
	names := map[string]bool{}
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			require.False(t, names[c.Name], "case names are unique")
			names[c.Name] = true
			require.NotEmpty(t, c.Rule, "every case cites its rule")
			req := c.Request()
			d := DecideAt(f.Now, c.Response(req, f.Now), c.Err(), req)
			safe := d.SafeToResend
			misses := c.Misses(retrycases.Outcome{Retry: d.Retry, Wait: d.Delay, Strategy: string(d.Strategy), Safe: &safe})
			assert.Empty(t, misses, "rule: %s\nwhy: %s", c.Rule, d.Why)
			if c.Want.Wait != nil && c.Want.Retry {
				assert.True(t, d.Stated, "a wait the response states is Stated")
			}
			if c.Key != "" && d.SafeToResend && d.IdempotencyKey != "" {
				assert.Equal(t, c.Key, d.IdempotencyHeader)
				assert.Equal(t, retrycases.KeyValue, d.IdempotencyKey)
			}
		})
	}
}

// TestCasesThroughTransport runs the shared table through a Transport: it must resend
// exactly the cases that should be retried, after the stated wait, with MaxWait as long
// as MaxDelay so that only absurd waits are refused.
func TestCasesThroughTransport(t *testing.T) {
	f := loadCases(t)
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			calls := 0
			base := roundTripFunc(func(req *http.Request) (*http.Response, error) {
				if calls++; calls > 1 {
					return response(req, 200, "{}"), nil
				}
				if c.Error != "" {
					return nil, errors.New(c.Error)
				}
				return c.Response(req, f.Now), nil
			})
			var s sleeps
			tr := testTransport(&s)
			tr.Base, tr.MaxAttempts, tr.MaxWait = base, 2, MaxDelay
			tr.Now = func() time.Time { return f.Now }
			resp, err := tr.RoundTrip(c.Request())
			if err == nil {
				require.NotNil(t, resp)
				_ = resp.Body.Close()
			}
			o := retrycases.Outcome{Retry: calls == 2}
			if len(s.d) > 0 {
				o.Wait = s.d[0]
			}
			assert.Empty(t, c.Misses(o), "rule: %s; error: %v", c.Rule, err)
			switch {
			case errors.Is(err, ErrWaitTooLong):
				assert.Equal(t, "wait", c.Want.Strategy, "only a stated wait is refused")
			case !o.Retry && c.Status != 0:
				assert.NoError(t, err, "a response the Transport does not resend is returned as is")
			}
		})
	}
}
