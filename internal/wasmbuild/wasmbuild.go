// Package wasmbuild builds decifra's WebAssembly the way ./build.sh does, for the
// end-to-end tests: they test dist/, and a dist/ older than the source must be caught,
// never silently tested.
package wasmbuild

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
)

// GCFlags are the -gcflags of ./build.sh's wasm_build: no inlining in decifra's packages,
// nor in the standard library's text packages, the runtime and its atomics (a smaller
// download, no slower). The two lists must agree: CheckFresh fails when dist/ was built
// otherwise.
var GCFlags = func() []string {
	out := []string{"-gcflags=github.com/decifra/decifra/...=-l"}
	for _, p := range []string{"strings", "bytes", "strconv", "internal/strconv", "slices", "maps", "sort", "time", "unicode", "unicode/utf8", "internal/bytealg", "internal/runtime/atomic", "internal/stringslite", "syscall/js", "runtime"} {
		out = append(out, "-gcflags="+p+"=-l")
	}
	return out
}()

// Env is the environment of ./build.sh's wasm_build, beside the caller's: GOWASM asks for
// WebAssembly 2.0's sign-extension and saturating float-to-int instructions (every
// browser and workerd since 2021) in place of Go's longer sequences, and
// GOEXPERIMENT=nogreenteagc Go 1.25's garbage collector (build.sh says why).
var Env = []string{"GOOS=js", "GOARCH=wasm", "GOWASM=satconv,signext", "GOEXPERIMENT=nogreenteagc", "GOFLAGS=-buildvcs=false"}

// Opt are the arguments ./build.sh's wasm_opt gives Binaryen's wasm-opt
// (node_modules/.bin/wasm-opt, npm binaryen as package-lock.json pins it) over the page's
// and the Worker's wasm, before the file names: -O1, --low-memory-unused (nothing of Go's
// is below address 1024; build.sh says why), and the features Go's wasm uses.
var Opt = []string{"-O1", "--low-memory-unused", "--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int"}

// WorkerPasses are the passes the Worker's wasm takes after Opt's -O1: a second round,
// which takes a little off its gzip (the page's takes none: it leaves its brotli larger).
var WorkerPasses = []string{"-O1"}

// Optimize runs wasm-opt with Opt, and passes after its first argument (-O1), over the
// wasm at path, in place, as ./build.sh's wasm_opt does. root is the repository, whose node_modules holds it.
func Optimize(ctx context.Context, root, path string, passes ...string) error {
	root, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	args := slices.Concat(Opt[:1], passes, Opt[1:], []string{path, "-o", path})
	cmd := exec.CommandContext(ctx, filepath.Join(root, "node_modules/.bin/wasm-opt"), args...)
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("wasm-opt %s (run `npm ci` if it is missing): %v\n%s", path, err, b)
	}
	return nil
}

// Build compiles pkg (e.g. "./wasm/page") in the repository root to out with the flags
// ./build.sh's wasm_build uses: Env, the textpack tag, -trimpath,
// -ldflags='-s -w', GCFlags. The output is the same bytes for the same source.
func Build(ctx context.Context, root, pkg, out string) error {
	args := append([]string{"build", "-tags", "textpack", "-trimpath", "-ldflags=-s -w"}, GCFlags...)
	cmd := exec.CommandContext(ctx, "go", append(args, "-o", out, pkg)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), Env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
	}
	return nil
}

// CheckFresh reports an error when dist (a wasm ./build.sh wrote, relative to root, and
// went through wasm-opt) is missing or differs from what pkg builds and optimizes to now,
// naming the command that rebuilds it.
func CheckFresh(ctx context.Context, root, pkg, dist, rebuild string) error {
	have, err := os.ReadFile(filepath.Join(root, dist))
	if err != nil {
		return fmt.Errorf("%s is missing: run %s (%v)", dist, rebuild, err)
	}
	tmp, err := os.MkdirTemp("", "wasmbuild")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "out.wasm")
	if err := Build(ctx, root, pkg, out); err != nil {
		return err
	}
	if err := Optimize(ctx, root, out); err != nil {
		return err
	}
	want, err := os.ReadFile(out)
	if err != nil {
		return err
	}
	if !bytes.Equal(have, want) {
		return fmt.Errorf("%s is older than the source (it differs from a fresh build of %s): run %s", dist, pkg, rebuild)
	}
	return nil
}
