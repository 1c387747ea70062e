//go:build linux

// Command bench measures POST /explain under `wrangler dev` (run it as
// `./build.sh bench-worker`, which builds dist/ first): decifra's Worker with its own entry
// (decifra.mjs, one Go instance per isolate) and with syumai/workers' generated worker.mjs
// (one Go instance per request), against the floor, a JavaScript Worker that reads the
// body and answers a fixed JSON (wasm/worker/floor), behind the same [assets] routing.
//
// All three servers run at once on loopback, measured with the same load generator in
// rounds. In each round, requests one at a time (latency with nothing queued) take turns
// request by request across the servers, so that whatever else the machine does slows all
// three alike; then each server takes requests eight at a time (throughput). The run is
// bounded: a fixed number of requests, and a deadline.
//
// CPU per request is the processor time of all of a server's processes (node and workerd)
// over the rounds, divided by its requests: an upper bound on the Worker's own CPU time,
// since it includes workerd's HTTP handling, which the floor's figure shows. A round in
// which a process restarted is left out of it, and the run says so.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/decifra/decifra/wasm/worker/localrun"
)

func main() {
	rounds := flag.Int("rounds", 3, "measuring rounds")
	sequential := flag.Int("sequential", 300, "requests one at a time, per server and round")
	loaded := flag.Int("loaded", 1000, "requests eight at a time, per server and round")
	fixture := flag.String("fixture", "fluxiq-curl-i-rate-limited", "the shared fixture to send, from decode/testdata/fixtures")
	flag.Parse()
	if err := run(*rounds, *sequential, *loaded, *fixture); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// target is one Worker under measure.
type target struct {
	name string
	opts localrun.Options
	srv  *localrun.Server

	seq, load []time.Duration
	rps       []float64
	requests  int
	cpu       time.Duration
	failures  int
}

func run(rounds, sequential, loaded int, fixture string) error {
	if err := localrun.CheckTools("."); err != nil {
		return err
	}
	paste, err := readFixture(fixture)
	if err != nil {
		return err
	}
	// Interrupted, the servers must still be stopped: they run in their own process groups,
	// out of the terminal's reach.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()

	floor, err := floorConfig()
	if err != nil {
		return err
	}
	defer os.RemoveAll(filepath.Dir(floor))
	targets := []*target{
		{name: "floor: JavaScript, fixed JSON", opts: localrun.Options{Config: floor}},
		{name: "decifra: decifra.mjs, Go per isolate", opts: localrun.Options{}},
		{name: "decifra: worker.mjs, Go per request", opts: localrun.Options{Script: "dist/worker/worker.mjs"}},
	}
	for _, t := range targets {
		t.srv, err = localrun.Start(ctx, t.opts)
		if err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
		defer t.srv.Stop()
	}
	fmt.Printf("POST /explain with %s (%d bytes, text/plain) under wrangler dev on 127.0.0.1\n", fixture, len(paste))
	fmt.Printf("%d rounds; per server and round: %d requests one at a time, then %d eight at a time\n\n", rounds, sequential, loaded)

	for _, t := range targets { // warm up: compile, first instance
		if _, err := measure(ctx, t, paste, 50, 1, nil); err != nil {
			return err
		}
	}
	client := localrun.NewClient(1)
	defer client.CloseIdleConnections()
	for round := range rounds {
		// One at a time, taking turns request by request: whatever else the machine does
		// then slows all three alike.
		before, err := cpuSamples(targets)
		if err != nil {
			return err
		}
		for range sequential {
			for _, t := range targets {
				res, err := measure(ctx, t, paste, 1, 1, client)
				if err != nil {
					return err
				}
				t.seq = append(t.seq, res.Latencies...)
			}
		}
		// Eight at a time, one server after the other: throughput.
		for _, t := range targets {
			load, err := measure(ctx, t, paste, loaded, 8, nil)
			if err != nil {
				return err
			}
			t.load = append(t.load, load.Latencies...)
			t.rps = append(t.rps, load.PerSecond())
			fmt.Fprintf(os.Stderr, "round %d %-38s  eight at a time: %v\n", round+1, t.name, load)
		}
		after, err := cpuSamples(targets)
		if err != nil {
			return err
		}
		for i, t := range targets {
			used, complete := after[i].Since(before[i])
			if !complete {
				fmt.Fprintf(os.Stderr, "round %d %s: a process restarted, its CPU time is left out\n", round+1, t.name)
				continue
			}
			t.requests += sequential + loaded
			t.cpu += used
		}
	}

	floorP50 := localrun.Result{Latencies: slices.Sorted(slices.Values(targets[0].seq))}.Percentile(0.5)
	fmt.Printf("%-38s  %-24s  %-34s  %s\n", "", "one at a time", "eight at a time", "")
	fmt.Printf("%-38s  %10s %10s    %10s %10s %10s   %10s  %-12s  %s\n", "worker", "p50", "p99", "p50", "p99", "req/s", "CPU/req", "p50 vs floor", "failed")
	for _, t := range targets {
		seq := localrun.Result{Latencies: slices.Sorted(slices.Values(t.seq))}
		load := localrun.Result{Latencies: slices.Sorted(slices.Values(t.load))}
		fmt.Printf("%-38s  %7.2f ms %7.2f ms    %7.2f ms %7.2f ms %10.0f   %7.2f ms  %11.2f×  %d\n", t.name,
			ms(seq.Percentile(0.5)), ms(seq.Percentile(0.99)),
			ms(load.Percentile(0.5)), ms(load.Percentile(0.99)), median(t.rps),
			ms(t.cpu)/float64(max(t.requests, 1)),
			ms(seq.Percentile(0.5))/ms(floorP50), t.failures)
	}
	fmt.Println("\nreq/s is the median over rounds; CPU/req counts every wrangler dev process (node, workerd),")
	fmt.Println("so decifra's own CPU per request is about its figure minus the floor's; p99 and req/s")
	fmt.Println("count passing requests only.")
	return nil
}

func cpuSamples(targets []*target) ([]localrun.CPUSample, error) {
	out := make([]localrun.CPUSample, len(targets))
	for i, t := range targets {
		var err error
		if out[i], err = t.srv.CPU(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func measure(ctx context.Context, t *target, paste []byte, n, concurrency int, client *http.Client) (localrun.Result, error) {
	res, err := localrun.Load{
		URL: t.srv.URL + "/explain", ContentType: "text/plain", Body: paste, N: n, Concurrency: concurrency, Client: client,
		Check: func(status int, body []byte) error {
			if status != http.StatusOK || len(body) == 0 {
				return fmt.Errorf("status %d: %s", status, body)
			}
			return nil
		},
	}.Run(ctx)
	if res.Failures > 0 {
		if t.failures == 0 {
			fmt.Fprintf(os.Stderr, "%s: a request failed: %s\n", t.name, res.FirstFailure)
		}
		t.failures += res.Failures
	}
	return res, err
}

// floorConfig copies the floor Worker to a temporary folder, where wrangler may write its
// .wrangler/ without leaving it in the repository, with its assets directory made
// absolute, and returns its configuration's path.
func floorConfig() (string, error) {
	const assetsLine = `directory = "../../../dist/site"`
	site, err := filepath.Abs("dist/site")
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "decifra-floor-")
	if err != nil {
		return "", err
	}
	for _, f := range []string{"worker.mjs", "wrangler.toml"} {
		b, err := os.ReadFile(filepath.Join("wasm/worker/floor", f))
		if err == nil && f == "wrangler.toml" {
			if !bytes.Contains(b, []byte(assetsLine)) {
				err = fmt.Errorf("wasm/worker/floor/wrangler.toml has no line %s", assetsLine)
			}
			b = bytes.Replace(b, []byte(assetsLine), []byte("directory = "+strconv.Quote(site)), 1)
		}
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, f), b, 0o644)
		}
		if err != nil {
			os.RemoveAll(dir)
			return "", err
		}
	}
	return filepath.Join(dir, "wrangler.toml"), nil
}

func readFixture(name string) ([]byte, error) {
	ar, err := txtar.ParseFile(filepath.Join("decode/testdata/fixtures", name+".txtar"))
	if err != nil {
		return nil, err
	}
	for _, f := range ar.Files {
		if f.Name == "input" {
			return f.Data, nil
		}
	}
	return nil, fmt.Errorf("fixture %s has no input", name)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
