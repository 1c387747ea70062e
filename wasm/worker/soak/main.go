//go:build linux

// Command soak sends decifra's Worker a long mixed load in one `wrangler dev` (run it as
// `./build.sh soak-worker`, which builds dist/ first): by default 50,000 requests, eight
// at a time, each drawn (in an order fixed by -seed) from every shared fixture and real
// paste (decode/testdata/fixtures and decode/testdata/real, as the JSON envelope with the
// fixture's language, time and provider, so that no answer depends on the clock; and as
// the HTML card) and from localrun.HostileBodies at the body cap.
//
// It checks that no request fails (an answer other than 200 or 422, or none), that every
// answer is byte for byte the first answer to the same request, and that Go's memory stays
// flat: it reads the program's linear memory every -every requests, through the
// test-only GET /_test/memory of a workertest build of a snapshot of dist/ (localrun's
// Snapshot), and fails when it grew in the second half of the run. Its exit status is 0
// only when all three hold.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/decifra/decifra/internal/fixtures"
	"github.com/decifra/decifra/wasm/worker/localrun"
	"github.com/decifra/decifra/web/api"
)

func main() {
	n := flag.Int("n", 50_000, "requests to send")
	concurrency := flag.Int("concurrency", 8, "requests in flight at once")
	every := flag.Int("every", 1000, "read Go's memory every this many requests")
	maxBody := flag.Int("max-body", api.MaxBodyLimit, "MAX_BODY for the run, and the size of the hostile bodies (the paid plan's largest cap by default, where memory is at its worst); 0 means wrangler.toml's")
	seed := flag.Uint64("seed", 17, "the seed of the requests' order")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ok, err := soak(ctx, *n, *concurrency, *every, *maxBody, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
	if !ok {
		os.Exit(1)
	}
}

// request is one kind of request the soak sends, again and again.
type request struct {
	name, path, contentType string
	body                    []byte
}

// answer is what a request got the first time.
type answer struct {
	status int
	body   []byte
}

func soak(ctx context.Context, n, concurrency, every, maxBody int, seed uint64) (bool, error) {
	tmp, err := os.MkdirTemp("", "decifra-soak-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(tmp)
	root, err := localrun.Snapshot(ctx, ".", filepath.Join(tmp, "decifra"), "workertest")
	if err != nil {
		return false, err
	}
	opts := localrun.Options{Root: root}
	capBytes := api.DefaultMaxBody
	if maxBody > 0 {
		opts.Vars = map[string]string{"MAX_BODY": strconv.Itoa(maxBody)}
		capBytes = maxBody
	}
	requests, err := mix(capBytes)
	if err != nil {
		return false, err
	}
	srv, err := localrun.Start(ctx, opts)
	if err != nil {
		return false, err
	}
	defer srv.Stop()
	start, err := srv.Memory(ctx)
	if err != nil {
		return false, err
	}
	fmt.Printf("soak: %d requests, %d at a time, drawn from %d kinds (%d hostile bodies of %d bytes); Go's memory every %d\n",
		n, concurrency, len(requests), len(localrun.HostileBodies(capBytes)), capBytes, every)
	fmt.Printf("  %8s %10s %9s %9s %8s %10s\n", "sent", "elapsed", "req/s", "failed", "differ", "Go memory")
	fmt.Printf("  %8d %10s %9s %9d %8d %7.1f MiB\n", 0, "0s", "", 0, 0, start.MiB())

	var (
		mu        sync.Mutex
		first     = make([]*answer, len(requests))
		failed    atomic.Int64
		differ    atomic.Int64
		firstWhy  atomic.Value
		latencies = make([]time.Duration, n)
		done      atomic.Int64
	)
	note := func(counter *atomic.Int64, why string) {
		if counter.Add(1) == 1 && firstWhy.Load() == nil {
			firstWhy.Store(why)
		}
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	order := make([]int, n)
	for i := range order {
		order[i] = rng.IntN(len(requests))
	}
	client := localrun.NewClient(concurrency)
	defer client.CloseIdleConnections()
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range concurrency {
		wg.Go(func() {
			for i := range jobs {
				r := requests[order[i]]
				t0 := time.Now()
				status, body, err := send(ctx, client, srv.URL, r)
				latencies[i] = time.Since(t0)
				done.Add(1)
				switch {
				case err != nil:
					note(&failed, r.name+": "+err.Error())
					continue
				case status != http.StatusOK && status != http.StatusUnprocessableEntity:
					note(&failed, r.name+": "+strconv.Itoa(status)+": "+string(body[:min(len(body), 300)]))
					continue
				}
				mu.Lock()
				f := first[order[i]]
				if f == nil {
					first[order[i]] = &answer{status, body}
				}
				mu.Unlock()
				if f != nil && (f.status != status || !bytes.Equal(f.body, body)) {
					note(&differ, r.name+": the answer differs from the first one")
				}
			}
		})
	}

	memory := []float64{start.MiB()}
	began := time.Now()
	var memErr error
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			close(jobs)
			wg.Wait()
			return false, ctx.Err()
		}
		if (i+1)%every == 0 || i+1 == n {
			m, err := srv.Memory(ctx)
			if err != nil {
				memErr = err
			}
			memory = append(memory, m.MiB())
			elapsed := time.Since(began)
			fmt.Printf("  %8d %10s %9.0f %9d %8d %7.1f MiB\n", i+1, elapsed.Round(time.Second), float64(done.Load())/elapsed.Seconds(),
				failed.Load(), differ.Load(), m.MiB())
		}
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(began)
	end, err := srv.Memory(ctx)
	if err == nil {
		err = memErr
	}
	if err != nil {
		return false, err
	}

	slices.Sort(latencies)
	half := memory[len(memory)/2]
	flat := slices.Max(memory[len(memory)/2:]) <= half
	fmt.Printf("\n%d requests in %s (%.0f req/s); latency p50 %.1f ms, p99 %.1f ms\n", n, elapsed.Round(time.Second),
		float64(n)/elapsed.Seconds(), ms(latencies[n/2]), ms(latencies[n*99/100]))
	fmt.Printf("failed: %d; answers that differ from the first: %d\n", failed.Load(), differ.Load())
	if why := firstWhy.Load(); why != nil {
		fmt.Printf("first: %s\n", why)
	}
	fmt.Printf("Go memory: %.1f MiB at the start, %.1f MiB half-way, %.1f MiB at most, %.1f MiB at the end; programs started: %d\n",
		start.MiB(), half, slices.Max(memory), end.MiB(), end.Instance)
	fmt.Printf("flat in the second half: %v\n", flat)
	return failed.Load() == 0 && differ.Load() == 0 && flat && end.Instance == start.Instance, nil
}

// mix is every kind of request the soak draws from.
func mix(capBytes int) ([]request, error) {
	var out []request
	for _, dir := range []string{"decode/testdata/fixtures", "decode/testdata/real"} {
		all, err := fixtures.Load(dir)
		if err != nil {
			return nil, err
		}
		for _, f := range all {
			env := map[string]string{"input": string(f.Input), "lang": f.Lang, "now": f.Time.Format(time.RFC3339)}
			if f.Provider != "" {
				env["provider"] = f.Provider
			}
			b, err := json.Marshal(env)
			if err != nil {
				return nil, err
			}
			if len(b) > capBytes {
				continue
			}
			out = append(out,
				request{f.Name, "/explain", "application/json", b},
				request{f.Name + " (html)", "/explain?format=html", "application/json", b})
		}
	}
	for _, b := range localrun.HostileBodies(capBytes) {
		out = append(out, request{b.Name, "/explain", b.ContentType, b.Data})
	}
	return out, nil
}

func send(ctx context.Context, client *http.Client, base string, r request) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+r.path, bytes.NewReader(r.body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", r.contentType)
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, nil, errors.New("reading the answer: " + err.Error())
	}
	return resp.StatusCode, body, nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
