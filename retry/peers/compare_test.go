package peers

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/decifra/decifra/retry"
	"github.com/decifra/decifra/retry/internal/retrycases"
	"github.com/failsafe-go/failsafe-go"
	"github.com/failsafe-go/failsafe-go/failsafehttp"
	"github.com/failsafe-go/failsafe-go/retrypolicy"
	"github.com/hashicorp/go-retryablehttp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The adapters have the peers' own types: these assignments are the compile-time proof.
var (
	_ retryablehttp.CheckRetry = retry.CheckRetry
	_ retryablehttp.Backoff    = retry.Backoff
)

const casesPath = "../testdata/cases.json"

// retrier runs one case and says what the retrier decided. now is the time the case's
// relative header values are made from; the peers read the real clock, so their cases are
// made at the real now.
type retrier struct {
	name, column string
	run          func(c *retrycases.Case, now time.Time) retrycases.Outcome
	// fixedNow: the retrier takes the case's time (decifra's DecideAt); else the real one.
	fixedNow bool
}

var retriers = []retrier{
	{name: "decifra", column: "decifra", run: decifra, fixedNow: true},
	{name: "decifra's CheckRetry and Backoff in go-retryablehttp", column: "decifra→rhttp", run: decifraInRetryablehttp},
	{name: "decifra's FailsafePolicy in failsafe-go", column: "decifra→failsafe", run: decifraInFailsafe},
	{name: "go-retryablehttp " + version("github.com/hashicorp/go-retryablehttp") + " defaults", column: "go-retryablehttp", run: retryablehttpDefault},
	{name: "failsafe-go " + version("github.com/failsafe-go/failsafe-go") + " failsafehttp policy", column: "failsafe-go", run: failsafeDefault},
}

// version is the version of the module at path that go.mod pins (test binaries carry no
// module versions of their own).
func version(path string) string {
	b, err := os.ReadFile("go.mod")
	if err != nil {
		return "(unknown version)"
	}
	for line := range strings.Lines(string(b)) {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == path {
			return f[1]
		}
	}
	return "(unknown version)"
}

// TestCompare runs the shared table through decifra, decifra's adapters inside the real
// libraries, and the libraries' own default HTTP policies, and prints the comparison.
// decifra must be right on every case; the adapters may miss only what they are
// documented to give up on.
func TestCompare(t *testing.T) {
	f, err := retrycases.Load(casesPath)
	require.NoError(t, err)
	misses := make([][]string, len(retriers))
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-62s %-16s", "case", "right")
	for _, r := range retriers {
		fmt.Fprintf(&table, " %-18s", r.column)
	}
	table.WriteString("\n")
	for i := range f.Cases {
		c := &f.Cases[i]
		fmt.Fprintf(&table, "%-62s %-16s", abbreviate(c.Name, 62), want(c.Want))
		for j, r := range retriers {
			now := time.Now().Truncate(time.Second)
			if r.fixedNow {
				now = f.Now
			}
			o := r.run(c, now)
			m := c.Misses(o)
			mark := "✓"
			if len(m) > 0 {
				mark = "✗"
				misses[j] = append(misses[j], c.Name+": "+strings.Join(m, "; "))
			}
			fmt.Fprintf(&table, " %s %-16s", mark, got(o))
		}
		table.WriteString("\n")
	}
	table.WriteString("\nColumns: ")
	for _, r := range retriers {
		fmt.Fprintf(&table, "%s = %s; ", r.column, r.name)
	}
	table.WriteString("a wait is the one asked for (a jittered backoff is one draw).\n\n")
	for j, r := range retriers {
		fmt.Fprintf(&table, "%s: %d of %d right\n", r.name, len(f.Cases)-len(misses[j]), len(f.Cases))
		for _, m := range misses[j] {
			fmt.Fprintf(&table, "    ✗ %s\n", m)
		}
	}
	t.Log(table.String())

	assert.Empty(t, misses[0], "decifra is right on every case")
	for _, m := range misses[1] {
		assert.True(t, byDesign(f, m), "the retryablehttp adapter misses only what it is documented to give up on: %s", m)
	}
	assert.Empty(t, misses[2], "the failsafe-go policy, given the request, is right on every case")
}

// byDesign reports a miss retry.CheckRetry is documented to have: it gives up on stated
// waits longer than retry.DefaultMaxWait, and go-retryablehttp shows it no request after a
// failure below HTTP, so a POST's idempotency key is out of sight.
func byDesign(f *retrycases.File, miss string) bool {
	for i := range f.Cases {
		c := &f.Cases[i]
		if !strings.HasPrefix(miss, c.Name+": ") {
			continue
		}
		longWait := c.Want.Wait != nil && time.Duration(*c.Want.Wait)*time.Second > retry.DefaultMaxWait
		keyUnseen := c.Error != "" && c.Key != "" && c.Method == http.MethodPost
		return longWait || keyUnseen
	}
	return false
}

func decifra(c *retrycases.Case, now time.Time) retrycases.Outcome {
	req := c.Request()
	d := retry.DecideAt(now, c.Response(req, now), c.Err(), req)
	safe := d.SafeToResend
	return retrycases.Outcome{Retry: d.Retry, Wait: d.Delay, Strategy: string(d.Strategy), Safe: &safe}
}

// retryablehttpDefault is go-retryablehttp's Client with its defaults: DefaultRetryPolicy
// decides, DefaultBackoff(RetryWaitMin 1 s, RetryWaitMax 30 s) says how long to wait.
func retryablehttpDefault(c *retrycases.Case, now time.Time) retrycases.Outcome {
	return runRetryablehttp(c, now, retryablehttp.DefaultRetryPolicy, retryablehttp.DefaultBackoff)
}

func decifraInRetryablehttp(c *retrycases.Case, now time.Time) retrycases.Outcome {
	return runRetryablehttp(c, now, retry.CheckRetry, retry.Backoff)
}

// runRetryablehttp sends the case through a real retryablehttp.Client whose transport
// answers with the case, then with a 200; a resend is the retry, and the Backoff it asked
// for (recorded, not slept) is the wait.
func runRetryablehttp(c *retrycases.Case, now time.Time, check retryablehttp.CheckRetry, backoff retryablehttp.Backoff) retrycases.Outcome {
	stub := &caseTransport{c: c, now: now}
	var wait time.Duration
	client := retryablehttp.NewClient()
	client.Logger = nil
	client.HTTPClient = &http.Client{Transport: stub}
	client.RetryMax = 1
	client.CheckRetry = check
	client.Backoff = func(min, max time.Duration, n int, resp *http.Response) time.Duration {
		wait = backoff(min, max, n+c.Attempt-1, resp) // the case's attempt, as if the earlier ones had failed too
		return 0
	}
	req, err := retryablehttp.FromRequest(c.Request())
	if err != nil {
		panic(err)
	}
	if resp, err := client.Do(req); err == nil {
		_ = resp.Body.Close()
	}
	return retrycases.Outcome{Retry: stub.calls() > 1, Wait: wait}
}

// failsafeDefault is failsafe-go's HTTP retry policy as failsafehttp builds it.
func failsafeDefault(c *retrycases.Case, now time.Time) retrycases.Outcome {
	return runFailsafe(c, c.Request(), now, failsafehttp.NewRetryPolicyBuilder())
}

func decifraInFailsafe(c *retrycases.Case, now time.Time) retrycases.Outcome {
	req := c.Request()
	return runFailsafe(c, req, now, FailsafePolicy(req, retry.MaxDelay))
}

// runFailsafe sends the case through failsafehttp with the policy; the first scheduled
// retry is the decision, and the call is cancelled there rather than sleeping.
func runFailsafe(c *retrycases.Case, req *http.Request, now time.Time, b retrypolicy.Builder[*http.Response]) retrycases.Outcome {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var o retrycases.Outcome
	policy := b.OnRetryScheduled(func(e failsafe.ExecutionScheduledEvent[*http.Response]) {
		o.Retry, o.Wait = true, e.Delay
		cancel()
	}).Build()
	client := &http.Client{Transport: &caseTransport{c: c, now: now}}
	if resp, err := failsafehttp.NewRequest(req.WithContext(ctx), client, policy).Do(); err == nil {
		_ = resp.Body.Close()
	}
	return o
}

// caseTransport answers the first request with the case's response or error, and any
// later one with a 200.
type caseTransport struct {
	c   *retrycases.Case
	now time.Time
	mu  sync.Mutex
	n   int
}

func (s *caseTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	s.mu.Lock()
	s.n++
	first := s.n == 1
	s.mu.Unlock()
	if !first {
		return &http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(strings.NewReader("{}")), Request: req}, nil
	}
	if s.c.Error != "" {
		return nil, errors.New(s.c.Error) // http.Client wraps it in a *url.Error, as for a real failure
	}
	return s.c.Response(req, s.now), nil
}

func (s *caseTransport) calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}

func want(w retrycases.Want) string {
	switch {
	case !w.Retry:
		return "stop"
	case w.Wait != nil:
		return "retry " + seconds(time.Duration(*w.Wait)*time.Second)
	}
	return "retry (backoff)"
}

func got(o retrycases.Outcome) string {
	if !o.Retry {
		return "stop"
	}
	return "retry " + seconds(o.Wait)
}

// seconds writes a wait short enough for a column: 45s, 1.8s, 484289h.
func seconds(d time.Duration) string {
	switch {
	case d >= time.Hour:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d >= 10*time.Second || d%time.Second == 0:
		return fmt.Sprintf("%ds", d.Round(time.Second)/time.Second)
	}
	return fmt.Sprintf("%.1fs", d.Seconds())
}

func abbreviate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
