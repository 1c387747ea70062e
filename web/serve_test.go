//go:build e2e

package web

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/internal/wasmbuild"
	"github.com/decifra/decifra/web/browser"
	"github.com/decifra/decifra/web/site"
)

// siteDir is where ./build.sh site writes the site the browser tests load.
const siteDir = "../dist/site"

// serveSite serves dist/site as ./build.sh serve does, on a loopback port, and returns
// its URL. It fails when dist/site is missing or older than web/static, web/demo,
// web/site's files and index.html (which, like sw.js, names the assets' hashed copies
// there: static/assets.json).
func serveSite(t testing.TB) string {
	t.Helper()
	checkSite(t)
	srv := httptest.NewServer(site.Handler(siteDir))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}

// checkSite fails when dist/site is missing or stale (see serveSite).
func checkSite(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(siteDir, "static", "decifra.wasm")); err != nil {
		t.Fatalf("dist/site is missing: run ./build.sh site (%v)", err)
	}
	names := hashedNames(t)
	fresh := func(src, dst string) {
		a, err := os.ReadFile(src)
		require.NoError(t, err)
		if rel, _ := filepath.Rel(siteDir, dst); rel == "index.html" || rel == "sw.js" {
			a = site.Rewrite(a, rel, names)
			if rel == "sw.js" {
				a, err = site.ListChunks(siteDir, a)
				require.NoError(t, err)
			}
		}
		if rel, _ := filepath.Rel(siteDir, dst); strings.HasPrefix(rel, "static/") && (strings.HasSuffix(rel, ".js") || strings.HasSuffix(rel, ".mjs")) {
			a = site.StripLineComments(a)
		}
		b, err := os.ReadFile(dst)
		if err != nil || !bytes.Equal(a, b) {
			t.Fatalf("dist/site is stale (%s differs from %s): run ./build.sh site", dst, src)
		}
	}
	wasmFresh.Do(func() {
		wasmErr = wasmbuild.CheckFresh(context.Background(), "..", "./wasm/page", "dist/site/static/decifra.wasm", "./build.sh site")
	})
	require.NoError(t, wasmErr)
	fresh("../index.html", filepath.Join(siteDir, "index.html"))
	for _, f := range []string{"_headers", ".assetsignore", "sw.js", "manifest.webmanifest"} {
		fresh(filepath.Join("site", f), filepath.Join(siteDir, f))
	}
	for _, dir := range []string{"static", "demo"} {
		err := filepath.WalkDir(dir, func(f string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				fresh(f, filepath.Join(siteDir, f))
			}
			return err
		})
		require.NoError(t, err)
	}
}

// hashedNames is dist/site's static/assets.json: each page asset's path (from the
// site's root) to its content-hashed copy's.
func hashedNames(t testing.TB) map[string]string {
	t.Helper()
	var names map[string]string
	j, err := os.ReadFile(filepath.Join(siteDir, filepath.FromSlash(site.AssetsJSON)))
	require.NoError(t, err, "dist/site has no %s: run ./build.sh site", site.AssetsJSON)
	require.NoError(t, json.Unmarshal(j, &names))
	return names
}

// hashed is the path, from the site's root, of the content-hashed copy of the page asset
// at name ("static/decifra.wasm").
func hashed(t testing.TB, name string) string {
	t.Helper()
	h, ok := hashedNames(t)[name]
	require.True(t, ok, "%s has no hashed copy in dist/site", name)
	return h
}

// wasmFresh checks dist/site's wasm against the source once per test run.
var (
	wasmFresh sync.Once
	wasmErr   error
)

// openPage loads the page in a fresh browser context and waits until the decoder is
// ready.
func openPage(t testing.TB, url string, o browser.PageOptions) *browser.Page {
	t.Helper()
	p := browser.Launch(t).NewPage(t, o)
	p.Goto(url)
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	return p
}

// addedGlobals lists, sorted, the global names the page has that a fresh window has not:
// what its scripts defined.
func addedGlobals(p *browser.Page) []string {
	var globals []string
	p.Eval(`() => {
		const f = document.createElement('iframe');
		document.body.append(f);
		const clean = new Set(Object.getOwnPropertyNames(f.contentWindow));
		f.remove();
		return Object.getOwnPropertyNames(globalThis).filter((k) => !clean.has(k));
	}`, nil, &globals)
	slices.Sort(globals)
	return globals
}
