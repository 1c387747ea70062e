//go:build unix

// Package localrun runs Workers on this machine for decifra's end-to-end tests and its
// Worker benchmark: `wrangler dev` on a free loopback port (Start), a bounded load run
// against it (Load), and `wrangler deploy --dry-run` for the upload size (DryRun).
//
// Everything stays offline and on 127.0.0.1: wrangler is the project's pinned copy in
// node_modules, with its metrics, error reports, update check and Cloudflare fetches off.
package localrun

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Wrangler is the pinned wrangler, relative to the project's root.
const Wrangler = "node_modules/.bin/wrangler"

// offline is the environment that keeps wrangler off the network: no metrics, no error
// reports, no request.cf fetch, and no banner (printing it checks npm for a newer
// wrangler). CI=true keeps it from prompting.
var offline = []string{
	"WRANGLER_SEND_METRICS=false",
	"WRANGLER_SEND_ERROR_REPORTS=false",
	"CLOUDFLARE_CF_FETCH_ENABLED=false",
	"WRANGLER_HIDE_BANNER=true",
	"CI=true",
	"NO_COLOR=1",
}

// CheckTools says what is missing to run the Worker from root (the repository): the
// pinned wrangler and wasm-opt, and the builds wrangler.toml points at. nil means nothing.
func CheckTools(root string) error {
	var missing []string
	for _, tool := range []string{Wrangler, "node_modules/.bin/wasm-opt"} { // wasm-opt: BuildWorkerWasm's last step
		if _, err := os.Stat(filepath.Join(root, tool)); err != nil {
			missing = append(missing, tool+" (run `npm ci`)")
		}
	}
	for _, f := range []string{"dist/worker/app.wasm", "dist/worker/decifra.mjs", "dist/worker/cards.mjs", "dist/worker/decifra-text.en.bin.br"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			missing = append(missing, f+" (run `./build.sh worker`)")
		}
	}
	if _, err := os.Stat(filepath.Join(root, "dist/site")); err != nil {
		missing = append(missing, "dist/site (run `./build.sh site`)")
	}
	if len(missing) > 0 {
		return fmt.Errorf("cannot run the Worker, missing: %v", missing)
	}
	return nil
}

// Options say which Worker to start.
type Options struct {
	// Root is the project directory wrangler runs in; "" means the current one.
	Root string
	// Config is a wrangler configuration file, absolute or relative to Root; "" means
	// Root's wrangler.toml.
	Config string
	// Script is an entry point that replaces the configuration's main, absolute or
	// relative to Root; "" keeps main.
	Script string
	// ReadyPath is fetched (GET) until it answers 200; "" means /healthz.
	ReadyPath string
	// ReadyWithin bounds the wait for readiness; 0 means 60 s.
	ReadyWithin time.Duration
	// Vars override the configuration's [vars] (wrangler dev --var NAME:VALUE).
	Vars map[string]string
}

// Server is a running `wrangler dev`.
type Server struct {
	// URL is where it listens, http://127.0.0.1:PORT, without a trailing slash.
	URL string

	cmd     *exec.Cmd
	exited  chan struct{}
	out     *tailBuffer
	state   string
	stopped sync.Once
}

// Start runs `wrangler dev` for opts on free loopback ports and returns once ReadyPath
// answers 200. The server runs in its own process group; call Stop, always.
//
// A port found free may be taken by another process before wrangler binds it (other test
// packages start servers and browsers beside this one): when wrangler exits saying its
// address is in use, Start tries again on new ports, three times at most.
func Start(ctx context.Context, opts Options) (*Server, error) {
	for attempt := 1; ; attempt++ {
		s, err := start(ctx, opts)
		if err == nil || attempt == 3 || !strings.Contains(err.Error(), "Address already in use") || ctx.Err() != nil {
			return s, err
		}
	}
}

func start(ctx context.Context, opts Options) (*Server, error) {
	if opts.ReadyPath == "" {
		opts.ReadyPath = "/healthz"
	}
	if opts.ReadyWithin == 0 {
		opts.ReadyWithin = 60 * time.Second
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	inspector, err := freePort()
	if err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(opts.Root)
	if err != nil {
		return nil, err
	}
	// Persisted state apart per server: two servers must not share .wrangler/state.
	state, err := os.MkdirTemp("", "decifra-wrangler-state-")
	if err != nil {
		return nil, err
	}
	args := []string{"dev", "--ip", "127.0.0.1", "--port", strconv.Itoa(port),
		"--inspector-port", strconv.Itoa(inspector), "--persist-to", state,
		"--show-interactive-dev-session=false", "--log-level", "warn"}
	if opts.Config != "" {
		args = append(args, "--config", opts.Config)
	}
	for name, value := range opts.Vars {
		args = append(args, "--var", name+":"+value)
	}
	if opts.Script != "" {
		args = append(args, opts.Script)
	}
	s := &Server{URL: "http://127.0.0.1:" + strconv.Itoa(port), exited: make(chan struct{}), out: &tailBuffer{max: 64 << 10}, state: state}
	s.cmd = exec.Command(filepath.Join(dir, Wrangler), args...)
	s.cmd.Dir = dir
	s.cmd.Env = append(os.Environ(), offline...)
	s.cmd.Stdout, s.cmd.Stderr = s.out, s.out
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := s.cmd.Start(); err != nil {
		os.RemoveAll(state)
		return nil, fmt.Errorf("starting wrangler dev: %w", err)
	}
	go func() {
		s.cmd.Wait()
		close(s.exited)
	}()
	if err := s.waitReady(ctx, opts.ReadyPath, opts.ReadyWithin); err != nil {
		s.Stop()
		return nil, fmt.Errorf("%w\nwrangler's output:\n%s", err, s.Output())
	}
	return s, nil
}

func (s *Server) waitReady(ctx context.Context, path string, within time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, within)
	defer cancel()
	client := &http.Client{Timeout: 2 * time.Second}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+path, nil)
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-s.exited:
			return fmt.Errorf("wrangler dev exited before %s answered", s.URL+path)
		case <-ctx.Done():
			return fmt.Errorf("wrangler dev: %s did not answer 200 within %v", s.URL+path, within)
		case <-tick.C:
		}
	}
}

// Stop ends the server's whole process group (wrangler, its node processes and workerd):
// SIGTERM, then SIGKILL after 5 s. It is safe to call more than once.
func (s *Server) Stop() {
	s.stopped.Do(func() {
		pgid := s.cmd.Process.Pid
		syscall.Kill(-pgid, syscall.SIGTERM)
		select {
		case <-s.exited:
		case <-time.After(5 * time.Second):
		}
		// Children may outlive the leader: whatever is left of the group goes too.
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-s.exited
		os.RemoveAll(s.state)
	})
}

// Output is the end of what wrangler printed (at most 64 KiB), for failure messages.
func (s *Server) Output() string { return s.out.String() }

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > t.max {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// uploadSize reads wrangler's "Total Upload: 7640.32 KiB / gzip: 2132.67 KiB".
var uploadSize = regexp.MustCompile(`Total Upload: ([0-9.]+) KiB / gzip: ([0-9.]+) KiB`)

// Bundle is the size of a Worker's upload, as `wrangler deploy --dry-run` reports it.
type Bundle struct {
	// KiB is the total upload and GzipKiB the same compressed: the plans' limits (3 MB
	// on the free plan) count the compressed size.
	KiB, GzipKiB float64
	// Output is what wrangler printed.
	Output string
}

// DryRun runs `wrangler deploy --dry-run --outdir outdir` in root (offline: nothing is
// uploaded) and reads the upload size it prints.
func DryRun(ctx context.Context, root, outdir string) (Bundle, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	dir, err := filepath.Abs(root)
	if err != nil {
		return Bundle{}, err
	}
	cmd := exec.CommandContext(ctx, filepath.Join(dir, Wrangler), "deploy", "--dry-run", "--outdir", outdir)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), offline...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	b := Bundle{Output: out.String()}
	if err != nil {
		return b, fmt.Errorf("wrangler deploy --dry-run: %w\n%s", err, b.Output)
	}
	m := uploadSize.FindStringSubmatch(b.Output)
	if m == nil {
		return b, errors.New("wrangler deploy --dry-run printed no \"Total Upload: … KiB / gzip: … KiB\" line:\n" + b.Output)
	}
	b.KiB, _ = strconv.ParseFloat(m[1], 64)
	b.GzipKiB, _ = strconv.ParseFloat(m[2], 64)
	return b, nil
}
