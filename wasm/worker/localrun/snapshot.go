//go:build unix

package localrun

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/decifra/decifra/internal/wasmbuild"
)

// Snapshot copies the Worker as `./build.sh site` and `./build.sh worker` built it
// (wrangler.toml, dist/site, dist/worker) from root to dir, with root's node_modules
// linked in, and returns dir, an Options.Root. A run on the copy is not disturbed when
// dist/ is rebuilt under it (wrangler dev reloads then, failing requests in flight).
//
// With tags, the copy's app.wasm is built again from root's source with those build tags
// added to build.sh's: workertest gives it the test-only paths (wasm/worker/
// hooks_workertest.go), which no dist/ build has.
func Snapshot(ctx context.Context, root, dir string, tags ...string) (string, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	if err := CheckTools(root); err != nil {
		return "", err
	}
	for _, p := range []string{"wrangler.toml", "dist/site", "dist/worker"} {
		if err := copyTree(filepath.Join(root, p), filepath.Join(dir, p)); err != nil {
			return "", fmt.Errorf("snapshot of %s: %w", p, err)
		}
	}
	if err := os.Symlink(filepath.Join(root, "node_modules"), filepath.Join(dir, "node_modules")); err != nil {
		return "", err
	}
	if len(tags) > 0 {
		if err := BuildWorkerWasm(ctx, root, filepath.Join(dir, "dist/worker/app.wasm"), tags...); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// BuildWorkerWasm builds ./wasm/worker from root to out as build.sh's worker does
// (wasmbuild.Env, the textpack tag, -trimpath, -ldflags='-s -w', wasmbuild.GCFlags,
// then wasm-opt with wasmbuild.Opt and WorkerPasses), with tags added. With no tags it
// gives dist/worker/app.wasm's bytes, which the end-to-end tests check.
func BuildWorkerWasm(ctx context.Context, root, out string, tags ...string) error {
	args := append([]string{"build", "-tags", strings.Join(append([]string{"textpack"}, tags...), ","),
		"-trimpath", "-ldflags=-s -w"}, wasmbuild.GCFlags...)
	cmd := exec.CommandContext(ctx, "go", append(args, "-o", out, "./wasm/worker")...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), wasmbuild.Env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./wasm/worker (tags %v): %v\n%s", tags, err, b)
	}
	return wasmbuild.Optimize(ctx, root, out, wasmbuild.WorkerPasses...)
}

func copyTree(from, to string) error {
	return filepath.Walk(from, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		target := filepath.Join(to, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		src, err := os.Open(path)
		if err != nil {
			return err
		}
		defer src.Close()
		dst, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, src); err != nil {
			dst.Close()
			return err
		}
		return dst.Close()
	})
}

// Memory is what a workertest build's GET /_test/memory reports.
type Memory struct {
	// Bytes is the length of Go's linear memory (the instance's exported mem buffer),
	// which only grows.
	Bytes int `json:"bytes"`
	// Instance counts the Go programs the isolate has started: 1 for the first, 2 once
	// one has died and the next request started another, …
	Instance int `json:"instance"`
}

// MiB is Bytes in mebibytes.
func (m Memory) MiB() float64 { return float64(m.Bytes) / (1 << 20) }

// Memory asks a workertest build (see Snapshot) for its Go program's memory.
func (s *Server) Memory(ctx context.Context) (Memory, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+"/_test/memory", nil)
	if err != nil {
		return Memory{}, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return Memory{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return Memory{}, err
	}
	var m Memory
	if resp.StatusCode != http.StatusOK || json.Unmarshal(b, &m) != nil || m.Bytes == 0 {
		return Memory{}, errors.New("GET /_test/memory: " + resp.Status + ": " + string(b) + " (is it a workertest build? see Snapshot)")
	}
	return m, nil
}

// GzipLen is the length of b compressed with gzip -9, the compression the plans' upload
// limits count.
func GzipLen(b []byte) (int, error) {
	var n countWriter
	w, err := gzip.NewWriterLevel(&n, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := w.Write(b); err != nil {
		return 0, err
	}
	err = w.Close()
	return int(n), err
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
