package localrun

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"
)

// Load is a bounded load run: N requests, Concurrency at a time, each a POST of Body.
type Load struct {
	// URL is where to send; it must be on the loopback interface.
	URL         string
	ContentType string
	Body        []byte
	// N is how many requests to send, Concurrency how many are in flight at once.
	N, Concurrency int
	// Check judges an answer; nil means any 200 passes.
	Check func(status int, body []byte) error
	// Client sends the requests; nil means one of the run's own, with a kept-alive
	// connection per worker. Runs that share a Client share its connections.
	Client *http.Client
}

// Result is what a load run measured.
type Result struct {
	// Latencies holds each passing request's time from sending to the end of the answer,
	// sorted.
	Latencies []time.Duration
	// Failures counts requests that errored or failed Check; FirstFailure says why the
	// first one did.
	Failures     int
	FirstFailure string
	// Elapsed is the run's wall-clock time.
	Elapsed time.Duration
}

// Percentile is the latency below which p (0 to 1) of the passing requests fell; 0 when
// none passed.
func (r Result) Percentile(p float64) time.Duration {
	if len(r.Latencies) == 0 {
		return 0
	}
	i := int(p*float64(len(r.Latencies)) + 0.5)
	return r.Latencies[min(max(i-1, 0), len(r.Latencies)-1)]
}

// PerSecond is the passing requests per second of wall-clock time.
func (r Result) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(len(r.Latencies)) / r.Elapsed.Seconds()
}

func (r Result) String() string {
	return fmt.Sprintf("p50 %6.2f ms  p99 %6.2f ms  %7.1f req/s  %d failed", ms(r.Percentile(0.5)), ms(r.Percentile(0.99)), r.PerSecond(), r.Failures)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// NewClient is an HTTP client for load runs: a 10 s timeout per request, and up to
// conns kept-alive connections per server.
func NewClient(conns int) *http.Client {
	return &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: conns, DisableCompression: true},
	}
}

// Run sends the load and measures it. It stops early, counting what was not sent as
// failed, when ctx ends; it refuses a URL off the loopback interface.
func (l Load) Run(ctx context.Context) (Result, error) {
	u, err := url.Parse(l.URL)
	if err != nil {
		return Result{}, err
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil || !ip.IsLoopback() {
		return Result{}, fmt.Errorf("load runs only against a loopback address, not %s", u.Host)
	}
	if l.N <= 0 || l.Concurrency <= 0 {
		return Result{}, fmt.Errorf("load needs N and Concurrency above 0, got %d and %d", l.N, l.Concurrency)
	}
	check := l.Check
	if check == nil {
		check = func(status int, _ []byte) error {
			if status != http.StatusOK {
				return fmt.Errorf("status %d", status)
			}
			return nil
		}
	}
	client := l.Client
	if client == nil {
		client = NewClient(l.Concurrency)
		defer client.CloseIdleConnections()
	}

	var (
		mu  sync.Mutex
		res = Result{Latencies: make([]time.Duration, 0, l.N)}
		wg  sync.WaitGroup
	)
	fail := func(why string) {
		mu.Lock()
		defer mu.Unlock()
		if res.Failures == 0 {
			res.FirstFailure = why
		}
		res.Failures++
	}
	jobs := make(chan int)
	start := time.Now()
	for range l.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.URL, bytes.NewReader(l.Body))
				if err != nil {
					fail(err.Error())
					continue
				}
				req.Header.Set("Content-Type", l.ContentType)
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					fail(err.Error())
					continue
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				took := time.Since(t0)
				if err == nil {
					err = check(resp.StatusCode, body)
				}
				if err != nil {
					fail(err.Error())
					continue
				}
				mu.Lock()
				res.Latencies = append(res.Latencies, took)
				mu.Unlock()
			}
		}()
	}
	sent := 0
send:
	for ; sent < l.N; sent++ {
		select {
		case jobs <- sent:
		case <-ctx.Done():
			break send
		}
	}
	close(jobs)
	wg.Wait()
	res.Elapsed = time.Since(start)
	if sent < l.N {
		if res.Failures == 0 {
			res.FirstFailure = "stopped: " + context.Cause(ctx).Error()
		}
		res.Failures += l.N - sent
	}
	slices.Sort(res.Latencies)
	return res, nil
}
