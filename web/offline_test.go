//go:build e2e

package web

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/web/browser"
	"github.com/decifra/decifra/web/site"
)

// These tests let the page register its service worker (sw.js), which the other tests
// block: the page must work with no network after one visit, take a new deploy's assets
// when it has one, and be installable.

// waitAsync waits until cond, the source of an async JavaScript function, resolves to a
// truthy value when called with arg in the page (30 s at most). WaitUntil would take
// the Promise itself for truthy.
func waitAsync(p *browser.Page, cond string, arg any) {
	p.Eval(`async (arg) => {
		const cond = `+cond+`;
		const end = Date.now() + 30000;
		while (!(await cond(arg))) {
			if (Date.now() > end) throw new Error('timed out waiting for ' + cond);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}`, arg, nil)
}

// cachedPaths lists the paths the service worker keeps, once it controls the page.
func cachedPaths(p *browser.Page) []string {
	waitAsync(p, `async () => navigator.serviceWorker.controller !== null &&
		(await caches.keys()).includes('decifra')`, nil)
	var paths []string
	p.Eval(`async () => (await (await caches.open('decifra')).keys()).map((r) => new URL(r.url).pathname)`, nil, &paths)
	return paths
}

// offline cuts the page off the network: the browser's emulation, and the server gone.
func offline(p *browser.Page, srv *httptest.Server) {
	p.CDP("Network.emulateNetworkConditions", map[string]any{
		"offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1,
	}, nil)
	srv.Close()
}

// After one visit the page works offline: reloaded with the network off and the server
// gone, it explains a paste. What the worker keeps is the page and its hashed assets,
// never a paste: a share link's paste (after the #) is not stored.
func TestPageOffline(t *testing.T) {
	checkSite(t)
	srv := httptest.NewServer(site.Handler(siteDir))
	defer srv.Close()
	url := srv.URL + "/"
	p := browser.Launch(t).NewPage(t, browser.PageOptions{ServiceWorkers: true})
	p.Goto(url)
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)

	want := []string{"/"}
	for _, h := range hashedNames(t) {
		want = append(want, "/"+h)
	}
	chunks, err := filepath.Glob(filepath.Join(siteDir, filepath.FromSlash(site.TextChunks)))
	require.NoError(t, err)
	require.NotEmpty(t, chunks, "the prose's chunks")
	for _, c := range chunks {
		want = append(want, "/"+site.Immutable+filepath.Base(c))
	}
	waitAsync(p, `async (n) => navigator.serviceWorker.controller !== null &&
		(await (await caches.open('decifra')).keys()).length === n`, len(want))
	assert.ElementsMatch(t, want, cachedPaths(p), "the page, every hashed asset and every chunk of prose, nothing else")

	// A share link opened in a new navigation: the worker answers it, and keeps the page
	// under its own key, without the fragment.
	const marker = "req_offline_never_stored_5e1f"
	pasteAndWait(p, `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"`+marker+`"}}`)
	p.Click(tid("share"))
	p.WaitFor(tid("share-url"))
	link := evalString(p, `() => document.querySelector('[data-testid="share-url"]').value`)
	require.Contains(t, link, "#z=")
	p.Goto("about:blank")
	p.Goto(link)
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	p.WaitFor(cardSel)
	assert.Equal(t, marker, p.Text(tid("request-id")))
	var stored []string
	p.Eval(`async () => {
		const out = [];
		for (const name of await caches.keys()) {
			const c = await caches.open(name);
			for (const r of await c.keys()) out.push(r.url + '\n' + await (await c.match(r)).text());
		}
		return out;
	}`, nil, &stored)
	for _, s := range stored {
		assert.NotContains(t, s, marker, "a paste is never stored")
		assert.NotContains(t, strings.SplitN(s, "\n", 2)[0], "#", "a fragment is never part of a key")
	}

	offline(p, srv)
	p.Goto(url)
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	pasteAndWait(p, sampleText(t, "curl"))
	assert.Equal(t, "RATE_LIMITED", p.Text(tid("code")))
	// Another language's prose was kept too.
	p.Select(tid("lang"), "es")
	p.WaitUntil(`() => document.querySelector('[data-testid="card"]')?.lang === 'es'`, nil)
	p.Screenshot(artifacts + "offline.png")
}

// A deploy that changes an asset changes its hashed name, and so sw.js: on the next
// visit the browser installs the new worker, which keeps the new names and drops the
// old ones; offline, the page then runs the new deploy.
func TestPageNewDeploy(t *testing.T) {
	checkSite(t)
	old := hashedNames(t)["static/app.js"]
	next := newDeploy(t)
	fresh := next["static/app.js"]
	require.NotEqual(t, old, fresh)

	var dir atomic.Pointer[http.Handler]
	serve := func(root string) {
		h := site.Handler(root)
		dir.Store(&h)
	}
	serve(siteDir)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		(*dir.Load()).ServeHTTP(w, r)
	}))
	defer srv.Close()
	url := srv.URL + "/"

	p := browser.Launch(t).NewPage(t, browser.PageOptions{ServiceWorkers: true})
	p.Goto(url)
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	assert.Contains(t, cachedPaths(p), "/"+old)

	serve(next.root())
	p.Goto(url) // a deploy is seen at once: the page comes from the network first
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	assert.Equal(t, 1, p.Count(`script[src="`+fresh+`"]`), "the new deploy's page")
	waitAsync(p, `async ([fresh, old]) => {
		const paths = (await (await caches.open('decifra')).keys()).map((r) => new URL(r.url).pathname);
		return paths.includes(fresh) && !paths.includes(old);
	}`, []string{"/" + fresh, "/" + old})
	paths := cachedPaths(p)
	for name, h := range hashedNames(t) {
		if next[name] != h {
			assert.NotContains(t, paths, "/"+h, "the old deploy's %s is dropped", name)
		}
	}
	for name, h := range next {
		if name != "root" {
			assert.Contains(t, paths, "/"+h, "the new deploy's %s is kept", name)
		}
	}

	offline(p, srv)
	p.Goto(url)
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	assert.Equal(t, 1, p.Count(`script[src="`+fresh+`"]`), "offline, the new deploy runs")
	pasteAndWait(p, sampleText(t, "fluxiq"))
	assert.Equal(t, "VALIDATION_ERROR", p.Text(tid("code")))
}

// deploy is a copy of dist/site rebuilt by newDeploy; "root" holds its folder.
type deploy map[string]string

func (d deploy) root() string { return d["root"] }

// newDeploy copies dist/site with app.js changed, fingerprinted again as ./build.sh site
// does (without the precompressed files), and returns its mapping of hashed names.
func newDeploy(t *testing.T) deploy {
	root := t.TempDir()
	err := filepath.WalkDir(siteDir, func(file string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(siteDir, file)
		dst := filepath.Join(root, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(dst, 0o755)
		case strings.HasSuffix(file, ".br") || strings.HasSuffix(file, ".gz"):
			return nil
		case strings.HasPrefix(filepath.ToSlash(rel), site.Immutable) && !strings.HasPrefix(filepath.Base(rel), "decifra-text."):
			return nil // the old deploy's hashed copies; the prose's chunks are the build's, and kept
		}
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	require.NoError(t, err)
	// The sources of the files Fingerprint rewrites in place, then the change.
	for src, dst := range map[string]string{"../index.html": "index.html", "site/sw.js": "sw.js"} {
		b, err := os.ReadFile(src)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(root, dst), b, 0o644))
	}
	app := filepath.Join(root, "static", "app.js")
	b, err := os.ReadFile(app)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(app, append(b, "// the next deploy\n"...), 0o644))
	names, err := site.Fingerprint(root)
	require.NoError(t, err)
	d := deploy{"root": root}
	for k, v := range names {
		d[k] = v
	}
	return d
}

// Chromium's own check: the page can be installed as an app (web app manifest, icons,
// display standalone, a service worker).
func TestPageInstallable(t *testing.T) {
	url := serveSite(t)
	p := browser.Launch(t).NewPage(t, browser.PageOptions{ServiceWorkers: true, Persistent: true})
	p.Goto(url)
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	cachedPaths(p)
	var manifest struct {
		URL    string `json:"url"`
		Errors []struct {
			Message  string `json:"message"`
			Critical int    `json:"critical"`
		} `json:"errors"`
	}
	p.CDP("Page.getAppManifest", nil, &manifest)
	assert.Equal(t, url+"manifest.webmanifest", manifest.URL)
	assert.Empty(t, manifest.Errors, "the manifest parses")
	var got struct {
		InstallabilityErrors []struct {
			ErrorID string `json:"errorId"`
		} `json:"installabilityErrors"`
	}
	p.CDP("Page.getInstallabilityErrors", nil, &got)
	assert.Empty(t, got.InstallabilityErrors)
	noErrors(t, p)
}
