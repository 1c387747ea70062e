//go:build linux

// Command bench measures decifra's Worker under `wrangler dev` (run it as
// `./build.sh bench-worker`, which builds dist/ first) against the floor, a JavaScript
// Worker that reads the body and answers a fixed JSON (wasm/worker/floor), behind the same
// [assets] routing. It prints, in order:
//
//   - size: app.wasm raw and gzip -9, and the upload `wrangler deploy --dry-run` reports;
//   - cold start: the first request on a fresh isolate, each Worker in a wrangler dev of
//     its own, started afresh for every sample and taking turns; readiness is checked on
//     a static file, which does not reach the Worker, so the first POST /explain is the
//     isolate's first request;
//   - warm: requests one at a time (taking turns request by request across the two
//     servers, so that whatever else the machine does slows both alike), then eight at a
//     time, in rounds;
//   - CPU against body size: processor time per request of every shape in
//     localrun.HostileBodies, and of the shared pastes of about 1 KB, at each size, with
//     MAX_BODY at its limit, less the floor's for a body of the same size. With
//     -paste-rounds N every shared paste is measured N times and its least figure kept:
//     the machine's noise only adds time, and one noisy round otherwise decides "most".
//
// CPU per request is the processor time of the thread that runs the Worker's isolate
// (localrun's IsolateCPU: workerd's main thread, to the nanosecond, so that other work on
// the machine does not count) over many requests, divided by their number. Since
// workerd's HTTP handling in that thread is in it, the floor's figure is subtracted where
// it says "less the floor". A measurement in which workerd restarted is refused.
//
// Everything runs on a snapshot of dist/ (localrun.Snapshot): a rebuild of dist/ during
// the run does not disturb it.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/decifra/decifra/internal/fixtures"
	"github.com/decifra/decifra/wasm/worker/localrun"
	"github.com/decifra/decifra/web/api"
)

func main() {
	cold := flag.Int("cold", 7, "fresh isolates for the cold-start figures, per Worker")
	rounds := flag.Int("rounds", 3, "warm measuring rounds")
	sequential := flag.Int("sequential", 300, "warm requests one at a time, per server and round")
	loaded := flag.Int("loaded", 1000, "warm requests eight at a time, per server and round")
	sizes := flag.String("sizes", "1024,4096,8192,16384,65536,262144,524288", "body sizes for CPU against body size, in bytes")
	memory := flag.String("memory", "8192:50,524288:50", "for Go's memory against the cap: MAX_BODY:bodies of each hostile shape, comma-separated")
	only := flag.String("only", "", "run only these parts (comma-separated: size,cold,warm,cpu,memory)")
	pasteRounds := flag.Int("paste-rounds", 1, "rounds over the shared ~1 KB pastes for CPU; a paste's figure is its least (noise only adds)")
	flag.Parse()
	var bodySizes []int
	for s := range strings.SplitSeq(*sizes, ",") {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			fmt.Fprintln(os.Stderr, "bench: -sizes: not a size:", s)
			os.Exit(2)
		}
		bodySizes = append(bodySizes, n)
	}
	var caps [][2]int
	for s := range strings.SplitSeq(*memory, ",") {
		c, n, _ := strings.Cut(s, ":")
		capBytes, err1 := strconv.Atoi(c)
		count, err2 := strconv.Atoi(n)
		if err1 != nil || err2 != nil || capBytes <= 0 || count <= 0 {
			fmt.Fprintln(os.Stderr, "bench: -memory: not MAX_BODY:bodies:", s)
			os.Exit(2)
		}
		caps = append(caps, [2]int{capBytes, count})
	}
	run := func(part string) bool { return *only == "" || slices.Contains(strings.Split(*only, ","), part) }
	if err := bench(run, *cold, *rounds, *sequential, *loaded, bodySizes, caps, *pasteRounds); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// paste1K is the paste of the cold-start and warm figures: a shared fixture of about 1 KB
// (1013 bytes), a HAR entry.
const paste1K = "cashier-card-declined-har"

func bench(run func(string) bool, cold, rounds, sequential, loaded int, sizes []int, caps [][2]int, pasteRounds int) error {
	// Interrupted, the servers must still be stopped: they run in their own process groups,
	// out of the terminal's reach.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 45*time.Minute)
	defer cancel()

	tmp, err := os.MkdirTemp("", "decifra-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	root, err := localrun.Snapshot(ctx, ".", filepath.Join(tmp, "decifra"))
	if err != nil {
		return err
	}
	floor, err := floorConfig(filepath.Join(root, "dist/site"), filepath.Join(tmp, "floor"))
	if err != nil {
		return err
	}
	pastes, err := loadPastes()
	if err != nil {
		return err
	}
	paste, ok := pastes[paste1K]
	if !ok {
		return errors.New("no shared fixture " + paste1K)
	}
	decifra := localrun.Options{Root: root}
	floorOpts := localrun.Options{Root: root, Config: floor}

	if run("size") {
		if err := size(ctx, root, tmp); err != nil {
			return err
		}
	}
	if run("cold") {
		if err := coldStart(ctx, cold, paste, decifra, floorOpts); err != nil {
			return err
		}
	}
	if run("warm") {
		if err := warm(ctx, rounds, sequential, loaded, paste, decifra, floorOpts); err != nil {
			return err
		}
	}
	if run("cpu") {
		if err := cpuBySize(ctx, sizes, pastes, decifra, floorOpts, pasteRounds); err != nil {
			return err
		}
	}
	if run("memory") {
		testRoot, err := localrun.Snapshot(ctx, ".", filepath.Join(tmp, "decifra-workertest"), "workertest")
		if err != nil {
			return err
		}
		if err := memoryByCap(ctx, caps, localrun.Options{Root: testRoot}); err != nil {
			return err
		}
	}
	return nil
}

// memoryByCap prints Go's linear memory, read through a workertest build's
// /_test/memory, after n bodies of each hostile shape at each cap, all in one isolate per
// cap, and the CPU the costliest shape took per request.
func memoryByCap(ctx context.Context, caps [][2]int, opts localrun.Options) error {
	fmt.Println("Go's memory against the cap: linear memory (MiB) after the bodies of each hostile shape, in order, one isolate per MAX_BODY")
	for _, c := range caps {
		capBytes, n := c[0], c[1]
		opts.Vars = map[string]string{"MAX_BODY": strconv.Itoa(capBytes)}
		srv, err := localrun.Start(ctx, opts)
		if err != nil {
			return err
		}
		start, err := srv.Memory(ctx)
		if err != nil {
			srv.Stop()
			return err
		}
		fmt.Printf("  MAX_BODY %d, %d bodies of each shape; %.1f MiB at the start\n", capBytes, n, start.MiB())
		var m localrun.Memory
		for _, b := range localrun.HostileBodies(capBytes) {
			res, err := localrun.Load{URL: srv.URL + "/explain", ContentType: b.ContentType, Body: b.Data, N: n, Concurrency: 1, Check: anyAnswer}.Run(ctx)
			if err == nil && res.Failures > 0 {
				err = errors.New(res.FirstFailure)
			}
			if err == nil {
				m, err = srv.Memory(ctx)
			}
			if err != nil {
				srv.Stop()
				return fmt.Errorf("%s at %d bytes: %w", b.Name, capBytes, err)
			}
			fmt.Printf("    %-26s %6.1f MiB\n", b.Name, m.MiB())
		}
		if m.Instance != start.Instance {
			fmt.Printf("    the program restarted: %d programs\n", m.Instance)
		}
		srv.Stop()
	}
	fmt.Println()
	return nil
}

func size(ctx context.Context, root, tmp string) error {
	wasm, err := os.ReadFile(filepath.Join(root, "dist/worker/app.wasm"))
	if err != nil {
		return err
	}
	b, err := localrun.DryRun(ctx, root, filepath.Join(tmp, "dry-run"))
	if err != nil {
		return err
	}
	fmt.Printf("size\n  app.wasm %.2f MB raw, %.2f MB gzip -9; upload (wrangler deploy --dry-run) %.0f KiB, %.0f KiB gzip (%.2f MB)\n\n",
		float64(len(wasm))/1e6, float64(gzipLen(wasm))/1e6, b.KiB, b.GzipKiB, b.GzipKiB*1024/1e6)
	return nil
}

// coldStart times the first POST /explain on a fresh isolate, n times for each Worker.
func coldStart(ctx context.Context, n int, paste []byte, decifra, floor localrun.Options) error {
	fmt.Printf("cold start: POST /explain with %s (%d bytes), the first request on a fresh isolate; %d fresh isolates each\n", paste1K, len(paste), n)
	names := []string{"floor: JavaScript, fixed JSON", "decifra"}
	first := make([][]time.Duration, 2)
	second := make([][]time.Duration, 2)
	cpu := make([]time.Duration, 2)
	for i := range n {
		for j, opts := range []localrun.Options{floor, decifra} {
			opts.ReadyPath = "/" // a static file: the Worker stays untouched
			srv, err := localrun.Start(ctx, opts)
			if err != nil {
				return fmt.Errorf("%s: %w", names[j], err)
			}
			time.Sleep(2 * time.Second) // let wrangler settle after start-up
			before, err := srv.IsolateCPU()
			if err == nil {
				var d time.Duration
				for k := range 2 {
					if d, err = once(ctx, srv.URL, paste); err != nil {
						break
					}
					if k == 0 {
						first[j] = append(first[j], d)
						var after localrun.CPUReading
						if after, err = srv.IsolateCPU(); err == nil {
							var used time.Duration
							used, err = after.Since(before)
							cpu[j] += used
						}
					} else {
						second[j] = append(second[j], d)
					}
				}
			}
			srv.Stop()
			if err != nil {
				return fmt.Errorf("%s, isolate %d: %w", names[j], i+1, err)
			}
		}
	}
	fmt.Printf("  %-32s %10s %10s %10s   %-16s %s\n", "", "first p50", "min", "max", "CPU (first, mean)", "second p50")
	for j, name := range names {
		f := localrun.Result{Latencies: slices.Sorted(slices.Values(first[j]))}
		s := localrun.Result{Latencies: slices.Sorted(slices.Values(second[j]))}
		fmt.Printf("  %-32s %7.1f ms %7.1f ms %7.1f ms   %10.1f ms     %7.1f ms\n", name,
			ms(f.Percentile(0.5)), ms(f.Latencies[0]), ms(f.Latencies[len(f.Latencies)-1]),
			ms(cpu[j])/float64(n), ms(s.Percentile(0.5)))
	}
	fmt.Println("  (CPU: the isolate's thread, over the first request: localrun's IsolateCPU)")
	fmt.Println()
	return nil
}

// once sends one request and times it; anything but 200 is an error.
func once(ctx context.Context, url string, paste []byte) (time.Duration, error) {
	res, err := localrun.Load{URL: url + "/explain", ContentType: "text/plain", Body: paste, N: 1, Concurrency: 1}.Run(ctx)
	if err != nil {
		return 0, err
	}
	if res.Failures > 0 {
		return 0, errors.New(res.FirstFailure)
	}
	return res.Latencies[0], nil
}

// target is one Worker under measure in the warm rounds.
type target struct {
	name string
	srv  *localrun.Server

	seq, load []time.Duration
	rps       []float64
	requests  int
	cpu       time.Duration
	failures  int
}

func warm(ctx context.Context, rounds, sequential, loaded int, paste []byte, decifra, floor localrun.Options) error {
	targets := []*target{{name: "floor: JavaScript, fixed JSON"}, {name: "decifra"}}
	for i, opts := range []localrun.Options{floor, decifra} {
		srv, err := localrun.Start(ctx, opts)
		if err != nil {
			return fmt.Errorf("%s: %w", targets[i].name, err)
		}
		defer srv.Stop()
		targets[i].srv = srv
	}
	fmt.Printf("warm: POST /explain with %s (%d bytes, text/plain)\n", paste1K, len(paste))
	fmt.Printf("%d rounds; per server and round: %d requests one at a time, then %d eight at a time\n", rounds, sequential, loaded)
	for _, t := range targets { // warm up: compile, first instance
		if _, err := measure(ctx, t, paste, 50, 1, nil); err != nil {
			return err
		}
	}
	client := localrun.NewClient(1)
	defer client.CloseIdleConnections()
	for round := range rounds {
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
		for _, t := range targets {
			load, err := measure(ctx, t, paste, loaded, 8, nil)
			if err != nil {
				return err
			}
			t.load = append(t.load, load.Latencies...)
			t.rps = append(t.rps, load.PerSecond())
		}
		after, err := cpuSamples(targets)
		if err != nil {
			return err
		}
		for i, t := range targets {
			used, err := after[i].Since(before[i])
			if err != nil {
				fmt.Fprintf(os.Stderr, "round %d %s: %v: its CPU time is left out\n", round+1, t.name, err)
				continue
			}
			t.requests += sequential + loaded
			t.cpu += used
		}
	}
	floorP50 := localrun.Result{Latencies: slices.Sorted(slices.Values(targets[0].seq))}.Percentile(0.5)
	fmt.Printf("  %-32s  %-24s  %-34s\n", "", "one at a time", "eight at a time")
	fmt.Printf("  %-32s  %10s %10s    %10s %10s %10s   %10s  %-12s  %s\n", "worker", "p50", "p99", "p50", "p99", "req/s", "CPU/req", "p50 vs floor", "failed")
	for _, t := range targets {
		seq := localrun.Result{Latencies: slices.Sorted(slices.Values(t.seq))}
		load := localrun.Result{Latencies: slices.Sorted(slices.Values(t.load))}
		fmt.Printf("  %-32s  %7.2f ms %7.2f ms    %7.2f ms %7.2f ms %10.0f   %7.2f ms  %11.2f×  %d\n", t.name,
			ms(seq.Percentile(0.5)), ms(seq.Percentile(0.99)),
			ms(load.Percentile(0.5)), ms(load.Percentile(0.99)), median(t.rps),
			ms(t.cpu)/float64(max(t.requests, 1)),
			ms(seq.Percentile(0.5))/ms(floorP50), t.failures)
	}
	fmt.Println("  req/s is the median over rounds; p99 and req/s count passing requests only.")
	fmt.Println()
	return nil
}

func cpuSamples(targets []*target) ([]localrun.CPUReading, error) {
	out := make([]localrun.CPUReading, len(targets))
	for i, t := range targets {
		var err error
		if out[i], err = t.srv.IsolateCPU(); err != nil {
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

// cpuBySize prints CPU per request against body size: the floor's, and decifra's for every
// hostile shape and for the shared pastes of 0.9 to 1.2 KB, less the floor's.
func cpuBySize(ctx context.Context, sizes []int, pastes map[string][]byte, decifra, floor localrun.Options, pasteRounds int) error {
	decifra.Vars = map[string]string{"MAX_BODY": strconv.Itoa(api.MaxBodyLimit)}
	fs, err := localrun.Start(ctx, floor)
	if err != nil {
		return err
	}
	defer fs.Stop()
	ds, err := localrun.Start(ctx, decifra)
	if err != nil {
		return err
	}
	defer ds.Stop()

	fmt.Println("CPU against body size: ms of CPU per request, less the floor's for a body of that size (MAX_BODY at its limit)")
	var names []string
	rows := map[string][]float64{}
	floorRow := make([]float64, len(sizes))
	for i, n := range sizes {
		floorRow[i], err = cpuPerRequest(ctx, fs, localrun.Body{ContentType: "text/plain", Data: bytes.Repeat([]byte("a"), n)}, nil)
		if err != nil {
			return fmt.Errorf("floor, %d bytes: %w", n, err)
		}
		for _, b := range localrun.HostileBodies(n) {
			c, err := cpuPerRequest(ctx, ds, b, anyAnswer)
			if err != nil {
				return fmt.Errorf("%s, %d bytes: %w", b.Name, n, err)
			}
			if _, ok := rows[b.Name]; !ok {
				names = append(names, b.Name)
				rows[b.Name] = make([]float64, len(sizes))
			}
			rows[b.Name][i] = c - floorRow[i]
		}
	}
	fmt.Printf("  %-26s", "body bytes")
	for _, n := range sizes {
		fmt.Printf(" %9d", n)
	}
	fmt.Printf("\n  %-26s", "floor (not subtracted)")
	for _, c := range floorRow {
		fmt.Printf(" %9.2f", c)
	}
	fmt.Println()
	worst := make([]float64, len(sizes))
	for _, name := range names {
		fmt.Printf("  %-26s", name)
		for i, c := range rows[name] {
			fmt.Printf(" %9.2f", c)
			worst[i] = max(worst[i], c)
		}
		fmt.Println()
	}
	fmt.Printf("  %-26s", "worst")
	for _, c := range worst {
		fmt.Printf(" %9.2f", c)
	}
	fmt.Println()
	if k := len(sizes) - 1; k > 0 {
		slope := (worst[k] - worst[0]) / (float64(sizes[k]-sizes[0]) / 1024)
		fmt.Printf("  worst ≈ %.2f ms + %.3f ms per KiB over the first %d bytes\n", worst[0], slope, sizes[0])
	}

	floor1K := floorRow[0]
	var names1K []string
	for name, p := range pastes {
		if len(p) >= 900 && len(p) <= 1200 {
			names1K = append(names1K, name)
		}
	}
	slices.Sort(names1K)
	// Each round measures every paste; a paste's figure is its least over the rounds, for
	// the machine's noise (another process, the CPU's clock) only ever adds time.
	least := map[string]float64{}
	for range max(pasteRounds, 1) {
		for _, name := range names1K {
			c, err := cpuPerRequest(ctx, ds, localrun.Body{ContentType: "text/plain", Data: pastes[name]}, anyAnswer)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if old, ok := least[name]; !ok || c-floor1K < old {
				least[name] = c - floor1K
			}
		}
	}
	var costs []float64
	worstName := ""
	for _, name := range names1K {
		if len(costs) == 0 || least[name] > slices.Max(costs) {
			worstName = name
		}
		costs = append(costs, least[name])
	}
	if len(costs) > 0 {
		slices.Sort(costs)
		fmt.Printf("  the %d shared pastes of 0.9 to 1.2 KB (the least of %d rounds each): median %.2f ms, most %.2f ms (%s), less the floor's at %d bytes\n",
			len(costs), max(pasteRounds, 1), costs[len(costs)/2], costs[len(costs)-1], worstName, sizes[0])
	}
	fmt.Println()
	return nil
}

// anyAnswer passes the answers of a paste the decoder may or may not explain (200 or
// 422), and fails everything else.
func anyAnswer(status int, body []byte) error {
	if status != http.StatusOK && status != http.StatusUnprocessableEntity {
		return fmt.Errorf("status %d: %.300s", status, body)
	}
	return nil
}

// cpuPerRequest sends b, one request at a time, until at least two seconds of wall-clock
// time and three requests have passed, and divides the server's CPU time by the requests.
func cpuPerRequest(ctx context.Context, srv *localrun.Server, b localrun.Body, check func(int, []byte) error) (float64, error) {
	if _, err := (localrun.Load{URL: srv.URL + "/explain", ContentType: b.ContentType, Body: b.Data, N: 1, Concurrency: 1, Check: check}).Run(ctx); err != nil {
		return 0, err // warm up
	}
	before, err := srv.IsolateCPU()
	if err != nil {
		return 0, err
	}
	start := time.Now()
	n := 0
	for n < 3 || time.Since(start) < 2*time.Second {
		res, err := localrun.Load{URL: srv.URL + "/explain", ContentType: b.ContentType, Body: b.Data, N: 10, Concurrency: 1, Check: check}.Run(ctx)
		if err != nil {
			return 0, err
		}
		if res.Failures > 0 {
			return 0, errors.New(res.FirstFailure)
		}
		n += 10
	}
	after, err := srv.IsolateCPU()
	if err != nil {
		return 0, err
	}
	used, err := after.Since(before)
	return ms(used) / float64(n), err
}

// loadPastes reads the inputs of the shared fixtures and real pastes, by name.
func loadPastes() (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, dir := range []string{"decode/testdata/fixtures", "decode/testdata/real"} {
		all, err := fixtures.Load(dir)
		if err != nil {
			return nil, err
		}
		for _, f := range all {
			out[f.Name] = f.Input
		}
	}
	return out, nil
}

// floorConfig copies the floor Worker to dir, where wrangler may write its .wrangler/
// without leaving it in the repository, with its assets directory made site, and returns
// its configuration's path.
func floorConfig(site, dir string) (string, error) {
	const assetsLine = `directory = "../../../dist/site"`
	if err := os.MkdirAll(dir, 0o755); err != nil {
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
			return "", err
		}
	}
	return filepath.Join(dir, "wrangler.toml"), nil
}

func gzipLen(b []byte) int {
	n, err := localrun.GzipLen(b)
	if err != nil {
		return 0
	}
	return n
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
