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

	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/web/browser"
	"github.com/decifra/decifra/web/site"
)

// The page benchmarks report medians in milliseconds and microseconds, not ns/op: a
// page load is one fresh browser context, an explanation one call in the page. Run them
// with ./build.sh bench-page, which builds the floor (wasm/floor) and prints the sizes.

// floorDir is where ./build.sh bench-page writes the floor page, and shellDir the shell:
// dist/site with the floor's wasm as decifra.wasm.
const (
	floorDir = "../dist/floor"
	shellDir = "../dist/shell"
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

// servePageAndFloor serves dist/site at /, dist/floor at /floor/ and dist/shell at /shell/.
func servePageAndFloor(b *testing.B) string {
	b.Helper()
	serveSite(b) // checks dist/site
	for _, f := range []string{floorDir + "/floor.wasm", shellDir + "/static/decifra.wasm"} {
		if _, err := os.Stat(f); err != nil {
			b.Fatalf("%s is missing: run ./build.sh bench-page (%v)", f, err)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/", site.Handler(siteDir))
	mux.Handle("/floor/", http.StripPrefix("/floor", site.Handler(floorDir)))
	mux.Handle("/shell/", http.StripPrefix("/shell", site.Handler(shellDir)))
	srv := httptest.NewServer(mux)
	b.Cleanup(srv.Close)
	return srv.URL + "/"
}

// loadTimes are the moments of one page load, in milliseconds after navigation start.
type loadTimes struct {
	Fetched      float64 // the wasm's last byte arrived
	Instantiated float64 // the wasm compiled and instantiated
	Ready        float64 // the Go program registered its function(s): the page works
	Isolated     bool    // crossOriginIsolated: performance.now() is precise
}

// load loads url in a fresh context and returns when each step ended.
func load(b *testing.B, url string) loadTimes {
	p := browser.Launch(b).NewPage(b, browser.PageOptions{})
	defer p.Close()
	p.Goto(url)
	p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
	var lt loadTimes
	p.Eval(`() => ({
		Fetched: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')).responseEnd,
		Instantiated: performance.getEntriesByName('decifra-instantiated')[0].startTime,
		Ready: performance.getEntriesByName('decifra-ready')[0].startTime,
		Isolated: crossOriginIsolated,
	})`, nil, &lt)
	require.True(b, lt.Isolated, "the page is cross-origin isolated, so performance.now() is precise")
	return lt
}

// BenchmarkPageLoad loads the page, the floor and the shell in turn, each in a fresh
// browser context (no HTTP cache, no compiled-code cache), and reports the median time
// from navigation to ready of each. The target is the page within 1.2x the floor. The
// shell, the page's own HTML, CSS and JavaScript with the floor's wasm, splits the
// difference: shell/floor is what the page costs as a page, page/shell what the decoder
// costs on top of the smallest Go wasm.
func BenchmarkPageLoad(b *testing.B) {
	base := servePageAndFloor(b)
	kinds := []struct{ name, url string }{{"page", base}, {"floor", base + "floor/"}, {"shell", base + "shell/"}}
	loads := make([][]loadTimes, len(kinds))
	for i := range b.N {
		for k := range kinds { // the order turns each round, so no kind always goes first
			k = (k + i) % len(kinds)
			loads[k] = append(loads[k], load(b, kinds[k].url))
		}
	}
	step := func(lts []loadTimes, f func(loadTimes) float64) []float64 {
		out := make([]float64, len(lts))
		for i, lt := range lts {
			out[i] = f(lt)
		}
		return out
	}
	ready := func(lt loadTimes) float64 { return lt.Ready }
	pageReady, floorReady, shellReady := median(step(loads[0], ready)), median(step(loads[1], ready)), median(step(loads[2], ready))
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(pageReady, "page-ready-ms")
	b.ReportMetric(floorReady, "floor-ready-ms")
	b.ReportMetric(shellReady, "shell-ready-ms")
	b.ReportMetric(pageReady/floorReady, "ratio")
	b.ReportMetric(shellReady/floorReady, "shell/floor")
	b.ReportMetric(pageReady/shellReady, "page/shell")
	for k, kind := range kinds {
		lts := loads[k]
		b.Logf("%s, %d loads, medians: wasm fetched %.1f ms, instantiated %.1f ms, ready %.1f ms; ready each: %s", kind.name, len(lts),
			median(step(lts, func(lt loadTimes) float64 { return lt.Fetched })),
			median(step(lts, func(lt loadTimes) float64 { return lt.Instantiated })),
			median(step(lts, ready)), rounded(step(lts, ready)))
	}
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
