//go:build e2e

package web

import (
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/web/browser"
	"github.com/decifra/decifra/web/site"
)

// The page benchmarks report medians in milliseconds and microseconds, not ns/op: a
// page load is one fresh browser context, an explanation one call in the page. Run them
// with ./build.sh bench-page, which builds the floor (wasm/floor), the shell and the
// plain page, and prints the sizes.

// floorDir is where ./build.sh bench-page writes the floor page, shellDir the shell
// (dist/site with the floor's wasm in the page's wasm's place), and plainDir the plain
// page (dist/site with index.html's scripts taken out: what the page's HTML and CSS
// alone cost the first paint). Each is served as dist/site is, with brotli.
const (
	floorDir = "../dist/floor"
	shellDir = "../dist/shell"
	plainDir = "../dist/plain"
)

// paste1K is a 1 KB `curl -i` paste, the size the page's speed target is stated for.
const paste1K = `$ curl -i -X POST https://api.pixconnect.com.br/api/v1/central/boletos -H 'X-API-Key: fq_live_9d2c41a7e3b8f605' -H 'Content-Type: application/json'
HTTP/1.1 429 Too Many Requests
Date: Mon, 02 Nov 2026 10:00:00 GMT
Content-Type: application/json; charset=utf-8
Content-Length: 183
Connection: keep-alive
Server: nginx
Strict-Transport-Security: max-age=31536000; includeSubDomains
X-Content-Type-Options: nosniff
X-Frame-Options: DENY
Cache-Control: no-store
Vary: Origin, Accept-Encoding
X-Request-Id: 0f8c2e9a-4b7d-4c1e-9a3f-6d2b8e1c7a50
X-RateLimit-Limit: 100
X-RateLimit-Remaining: 0
X-RateLimit-Reset: 1793613630
Retry-After: 30
Via: 1.1 gateway-br-1
Access-Control-Allow-Origin: https://app.example.com.br
Access-Control-Expose-Headers: X-Request-Id, Retry-After
Report-To: {"group":"default","max_age":31536000,"endpoints":[{"url":"https://r.example.com/r"}]}

{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded","details":"Wait 45 seconds before making new requests"},"meta":{"request_id":"req_abc123def456"}}
`

// servePageAndFloor serves dist/site at /, dist/floor at /floor/, dist/shell at /shell/
// and dist/plain at /plain/.
func servePageAndFloor(b *testing.B) string {
	b.Helper()
	serveSite(b) // checks dist/site
	for _, f := range []string{floorDir + "/floor.wasm", shellDir + "/index.html", plainDir + "/index.html"} {
		if _, err := os.Stat(f); err != nil {
			b.Fatalf("%s is missing: run ./build.sh bench-page (%v)", f, err)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/", site.Handler(siteDir))
	mux.Handle("/floor/", http.StripPrefix("/floor", site.Handler(floorDir)))
	mux.Handle("/shell/", http.StripPrefix("/shell", site.Handler(shellDir)))
	mux.Handle("/plain/", http.StripPrefix("/plain", site.Handler(plainDir)))
	srv := httptest.NewServer(mux)
	b.Cleanup(srv.Close)
	return srv.URL + "/"
}

// network is what the loads run on: the loopback as it is, or the browser's emulation
// of a slower one (Network.emulateNetworkConditions).
type network struct {
	name     string
	latency  float64 // milliseconds added to each round trip
	down, up float64 // bytes per second
}

// fourG is a 4G-like network: 9 Mbit/s down, 3 Mbit/s up, 150 ms round trips.
var fourG = &network{name: "4G", latency: 150, down: 9e6 / 8, up: 3e6 / 8}

// loadTimes are the moments of one page load, in milliseconds after navigation start,
// and what it downloaded.
type loadTimes struct {
	Fetched      float64 // the wasm's last byte arrived
	Instantiated float64 // the wasm compiled and instantiated
	Ready        float64 // the page works: the Go program registered its function(s), and the page's prose is in
	FCP          float64 // first contentful paint
	Usable       float64 // the paste area is painted and the page reads it (app.js's decifra-usable mark)
	Transfer     float64 // bytes over the network until then (headers included; 0 from a cache)
	Isolated     bool    // crossOriginIsolated: performance.now() is precise
}

// kind is one of the pages the load benchmarks compare, at path under the server; until
// is when its load is done (JavaScript source).
type kind struct{ name, path, until string }

const (
	untilReady = `() => document.documentElement.dataset.ready === 'true'`
	untilPaint = `() => performance.getEntriesByName('first-contentful-paint').length > 0`
)

var (
	pageKind  = kind{"page", "", untilReady}
	floorKind = kind{"floor", "floor/", untilReady}
	shellKind = kind{"shell", "shell/", untilReady}
	plainKind = kind{"plain", "plain/", untilPaint}
)

// measure reads the moments of the load that p is showing.
func measure(b *testing.B, p *browser.Page) loadTimes {
	var lt loadTimes
	p.Eval(`() => {
		const nav = performance.getEntriesByType('navigation')[0];
		const res = performance.getEntriesByType('resource');
		const wasm = res.find((r) => r.name.endsWith('.wasm'));
		const mark = (name) => (performance.getEntriesByName(name)[0] || {startTime: 0}).startTime;
		const fcp = mark('first-contentful-paint');
		return {
			Fetched: wasm ? wasm.responseEnd : 0,
			Instantiated: mark('decifra-instantiated'),
			Ready: mark('decifra-ready'),
			FCP: fcp,
			Usable: Math.max(fcp, mark('decifra-usable')),
			Transfer: nav.transferSize + res.reduce((n, r) => n + r.transferSize, 0),
			Isolated: crossOriginIsolated,
		};
	}`, nil, &lt)
	require.True(b, lt.Isolated, "the page is cross-origin isolated, so performance.now() is precise")
	return lt
}

// load loads url in a fresh context, on net when it is not nil, and returns when each
// step ended.
func load(b *testing.B, url string, k kind, net *network) loadTimes {
	p := browser.Launch(b).NewPage(b, browser.PageOptions{})
	defer p.Close()
	if net != nil {
		p.CDP("Network.emulateNetworkConditions", map[string]any{
			"offline": false, "latency": net.latency, "downloadThroughput": net.down, "uploadThroughput": net.up,
		}, nil)
	}
	p.Goto(url + k.path)
	p.WaitUntil(k.until, nil)
	return measure(b, p)
}

// loads loads each kind b.N times, the order turning each round so that no kind always
// goes first, and returns each kind's loads.
func loads(b *testing.B, base string, kinds []kind, one func(url string, k kind) loadTimes) [][]loadTimes {
	out := make([][]loadTimes, len(kinds))
	for i := range b.N {
		for k := range kinds {
			k = (k + i) % len(kinds)
			out[k] = append(out[k], one(base, kinds[k]))
		}
	}
	return out
}

// step is one moment of each load.
func step(lts []loadTimes, f func(loadTimes) float64) []float64 {
	out := make([]float64, len(lts))
	for i, lt := range lts {
		out[i] = f(lt)
	}
	return out
}

func ready(lt loadTimes) float64 { return lt.Ready }

// logLoads logs each kind's medians, and every load's ready.
func logLoads(b *testing.B, kinds []kind, lts [][]loadTimes) {
	for k, kind := range kinds {
		l := lts[k]
		b.Logf("%s, %d loads, medians: FCP %.1f ms, usable %.1f ms, wasm fetched %.1f ms, instantiated %.1f ms, ready %.1f ms, %.0f bytes transferred; ready each: %s",
			kind.name, len(l),
			median(step(l, func(lt loadTimes) float64 { return lt.FCP })),
			median(step(l, func(lt loadTimes) float64 { return lt.Usable })),
			median(step(l, func(lt loadTimes) float64 { return lt.Fetched })),
			median(step(l, func(lt loadTimes) float64 { return lt.Instantiated })),
			median(step(l, ready)),
			median(step(l, func(lt loadTimes) float64 { return lt.Transfer })),
			rounded(step(l, ready)))
	}
}

// BenchmarkPageLoad loads the page, the floor and the shell in turn, each in a fresh
// browser context (no HTTP cache, no compiled-code cache) on the loopback, and reports
// the median time from navigation to ready of each. The target is the page within 1.3x
// the floor. The shell, the page's own HTML, CSS and JavaScript with the floor's wasm,
// splits the difference: shell/floor is what the page costs as a page, page/shell what
// the decoder costs on top of the smallest Go wasm.
func BenchmarkPageLoad(b *testing.B) {
	base := servePageAndFloor(b)
	kinds := []kind{pageKind, floorKind, shellKind}
	lts := loads(b, base, kinds, func(url string, k kind) loadTimes { return load(b, url, k, nil) })
	pageReady, floorReady, shellReady := median(step(lts[0], ready)), median(step(lts[1], ready)), median(step(lts[2], ready))
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(pageReady, "page-ready-ms")
	b.ReportMetric(floorReady, "floor-ready-ms")
	b.ReportMetric(shellReady, "shell-ready-ms")
	b.ReportMetric(pageReady/floorReady, "ratio")
	b.ReportMetric(shellReady/floorReady, "shell/floor")
	b.ReportMetric(pageReady/shellReady, "page/shell")
	logLoads(b, kinds, lts)
}

// BenchmarkPageLoad4G is BenchmarkPageLoad on a 4G-like network (fourG), where the bytes
// decide: it reports the page's and the floor's ready, their ratio (target 1.3x), and
// what the page downloads until it is ready.
func BenchmarkPageLoad4G(b *testing.B) {
	base := servePageAndFloor(b)
	kinds := []kind{pageKind, floorKind, shellKind}
	lts := loads(b, base, kinds, func(url string, k kind) loadTimes { return load(b, url, k, fourG) })
	pageReady, floorReady, shellReady := median(step(lts[0], ready)), median(step(lts[1], ready)), median(step(lts[2], ready))
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(pageReady, "page-ready-ms")
	b.ReportMetric(floorReady, "floor-ready-ms")
	b.ReportMetric(shellReady, "shell-ready-ms")
	b.ReportMetric(pageReady/floorReady, "ratio")
	b.ReportMetric(median(step(lts[0], func(lt loadTimes) float64 { return lt.Transfer }))/1000, "page-transfer-kB")
	b.ReportMetric(median(step(lts[1], func(lt loadTimes) float64 { return lt.Transfer }))/1000, "floor-transfer-kB")
	logLoads(b, kinds, lts)
}

// BenchmarkPageRepeat loads the page and the floor twice in one browser context, as a
// returning visitor: the second load has the HTTP cache, V8's cache of the compiled wasm
// and, for the page, its service worker (waited for after the first load, with a pause
// for V8 to write its cache). It reports the second loads' ready (target: the page
// within 1.1x the floor's, and under 150 ms).
func BenchmarkPageRepeat(b *testing.B) {
	base := servePageAndFloor(b)
	kinds := []kind{pageKind, floorKind}
	lts := loads(b, base, kinds, func(url string, k kind) loadTimes {
		p := browser.Launch(b).NewPage(b, browser.PageOptions{ServiceWorkers: true})
		defer p.Close()
		p.Goto(url + k.path)
		p.WaitUntil(k.until, nil)
		if k == pageKind {
			p.Eval(`async () => {
				const r = await navigator.serviceWorker.ready;
				while (!navigator.serviceWorker.controller) await new Promise((resolve) => setTimeout(resolve, 20));
				return r.active.state;
			}`, nil, nil)
		}
		time.Sleep(3 * time.Second) // V8 writes the compiled wasm to its cache
		p.Goto(url + k.path)
		p.WaitUntil(k.until, nil)
		return measure(b, p)
	})
	pageReady, floorReady := median(step(lts[0], ready)), median(step(lts[1], ready))
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(pageReady, "page-ready-ms")
	b.ReportMetric(floorReady, "floor-ready-ms")
	b.ReportMetric(pageReady/floorReady, "ratio")
	logLoads(b, kinds, lts)
}

// BenchmarkPagePaint reports when the page first paints and when its paste area is
// usable (painted, and read by app.js), against the plain page: the same HTML and CSS
// with no script, which a static page would be. Cold loads on the loopback and on the
// 4G-like network.
func BenchmarkPagePaint(b *testing.B) {
	base := servePageAndFloor(b)
	kinds := []kind{pageKind, plainKind}
	fcp := func(lt loadTimes) float64 { return lt.FCP }
	usable := func(lt loadTimes) float64 { return lt.Usable }
	for _, net := range []*network{nil, fourG} {
		lts := loads(b, base, kinds, func(url string, k kind) loadTimes { return load(b, url, k, net) })
		name := "loopback"
		if net != nil {
			name = net.name
		}
		b.ReportMetric(median(step(lts[0], fcp)), name+"-page-fcp-ms")
		b.ReportMetric(median(step(lts[0], usable)), name+"-page-usable-ms")
		b.ReportMetric(median(step(lts[1], fcp)), name+"-plain-fcp-ms")
		b.Logf("%s:", name)
		logLoads(b, kinds, lts)
	}
	b.ReportMetric(0, "ns/op")
}

// BenchmarkPageExplainRender explains a 1 KB paste and renders its card into the page,
// as app.js does (explainAll, which for a paste with one error answers with one
// explanation), 200 times per iteration. It reports percentiles of explain alone (the
// wasm call, JSON included) and of explain + render (the card built and in the
// document). The browser's style and layout of the card come after, in their own
// benchmark, BenchmarkPageCardLayout.
func BenchmarkPageExplainRender(b *testing.B) {
	require.InDelta(b, 1024, len(paste1K), 64, "the paste is about 1 KB")
	p := openBenchPage(b)
	var explain, render []float64
	for range b.N {
		var r struct{ Explain, Render []float64 }
		p.Eval(`async (text) => {
			const S = JSON.parse(document.getElementById('decifra-data').textContent).strings.en;
			const result = document.querySelector('[data-testid="result"]');
			const r = {Explain: [], Render: []};
			for (let i = 0; i < 200; i++) {
				const t0 = performance.now();
				const [x] = await decifra.explainAll(text, {lang: 'en', now: Date.now()});
				const t1 = performance.now();
				result.replaceChildren(decifra.card(x, S));
				const t2 = performance.now();
				r.Explain.push((t1 - t0) * 1000);
				r.Render.push((t2 - t0) * 1000);
			}
			return r;
		}`, paste1K, &r)
		explain = append(explain, r.Explain...)
		render = append(render, r.Render...)
	}
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(percentile(explain, 50), "explain-p50-µs")
	b.ReportMetric(percentile(render, 50), "explain+render-p50-µs")
	b.ReportMetric(percentile(render, 90), "explain+render-p90-µs")
}

// BenchmarkPageCardLayout measures what the browser does with a new card before it can
// paint it: style and layout, forced at once, 100 times per iteration.
func BenchmarkPageCardLayout(b *testing.B) {
	p := openBenchPage(b)
	var layout []float64
	for range b.N {
		var r []float64
		p.Eval(`async (text) => {
			const S = JSON.parse(document.getElementById('decifra-data').textContent).strings.en;
			const result = document.querySelector('[data-testid="result"]');
			const x = await decifra.explain(text, {lang: 'en', now: Date.now()});
			const r = [];
			for (let i = 0; i < 100; i++) {
				const card = decifra.card(x, S);
				result.replaceChildren(card);
				const t0 = performance.now();
				card.getBoundingClientRect();
				r.push((performance.now() - t0) * 1000);
			}
			return r;
		}`, paste1K, &r)
		layout = append(layout, r...)
	}
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(percentile(layout, 50), "style+layout-p50-µs")
}

func openBenchPage(b *testing.B) *browser.Page {
	p := browser.Launch(b).NewPage(b, browser.PageOptions{})
	p.Goto(servePageAndFloor(b))
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	return p
}

func median(v []float64) float64 { return percentile(v, 50) }

// percentile is the nearest-rank percentile of v.
func percentile(v []float64, pct int) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	i := (len(s)*pct + 99) / 100
	if i < 1 {
		i = 1
	}
	return s[i-1]
}

func rounded(v []float64) string {
	parts := make([]string, len(v))
	for i, f := range v {
		parts[i] = strconv.FormatFloat(f, 'f', 1, 64)
	}
	return strings.Join(parts, " ")
}
