//go:build e2e

package web

import (
	"net/http"
	"net/http/httptest"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web/browser"
)

// These tests embed <decifra-explainer> (web/static/decifra-explainer.js) in pages of a
// made-up developer portal, served on a loopback origin of its own, while dist/site (the
// assets: ./build.sh site) is served on another: the real wasm, cross-origin. Playwright's
// CSS selectors reach into open shadow roots, so `#a [data-testid="code"]` is the code on
// explainer a's card. Screenshots go to test-results/widget/.

const widgetArtifacts = "../test-results/widget/"

// seedProviders are the samples of the providers of the seed documents.
var seedProviders = []string{"fluxiq", "onnixpay", "flux", "cashier", "gsma-mm"}

// servePortal serves pages (path → HTML), scripts and stylesheets on a loopback
// origin of their own, with headers.
func servePortal(t testing.TB, headers, files map[string]string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := files[r.URL.Path]
		if r.URL.Path == "/favicon.ico" {
			w.WriteHeader(http.StatusNoContent) // no icon, and no 404 in the console
			return
		}
		if !ok {
			http.NotFound(w, r)
			return
		}
		ct := "text/html; charset=utf-8"
		switch path.Ext(r.URL.Path) {
		case ".js":
			ct = "text/javascript; charset=utf-8"
		case ".css":
			ct = "text/css; charset=utf-8"
		}
		w.Header().Set("Content-Type", ct)
		w.Header().Set("Cache-Control", "no-store")
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}

// portalPage is a portal's page that loads the explainer from assets (a URL ending in
// "/"), with head added to its <head> and body inside its <main>.
func portalPage(assets, head, body string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme docs</title>` +
		`<script type="module" src="` + assets + `static/decifra-explainer.js"></script>` + head +
		`</head><body><main><h1>Acme docs</h1>` + body + `</main></body></html>`
}

// openPortal opens url and waits until every explainer on it shows its paste area (or,
// compact, its shadow root): the module has run and the stylesheet has arrived.
func openPortal(t testing.TB, url string, o browser.PageOptions) *browser.Page {
	t.Helper()
	p := browser.Launch(t).NewPage(t, o)
	p.Goto(url)
	p.WaitUntil(`() => [...document.querySelectorAll('decifra-explainer')].every((e) =>
		e.shadowRoot && !e.shadowRoot.querySelector('.root').hidden && e.shadowRoot.adoptedStyleSheets.length === 1)`, nil)
	return p
}

// explained is what a portal's listener on document got from one decifra:explained.
type explained struct {
	Detail   decode.Explanation `json:"detail"`
	Target   string             `json:"target"` // the id of the event's target
	Bubbles  bool               `json:"bubbles"`
	Composed bool               `json:"composed"`
}

// awaitExplained makes the next decifra:explained of the explainer with id wanted; call
// the function it returns to wait for that event.
func awaitExplained(p *browser.Page, id string) func() explained {
	p.Eval(`(id) => {
		const e = document.getElementById(id);
		e.next = new Promise((resolve) => document.addEventListener('decifra:explained', function on(ev) {
			if (ev.target !== e) return;
			document.removeEventListener('decifra:explained', on);
			resolve({detail: ev.detail, target: ev.target.id, bubbles: ev.bubbles, composed: ev.composed});
		}));
	}`, id, nil)
	return func() explained {
		var got explained
		p.Eval(`(id) => document.getElementById(id).next`, id, &got)
		return got
	}
}

// pasteInto pastes text into the explainer with id and returns its decifra:explained.
func pasteInto(p *browser.Page, id, text string) explained {
	wait := awaitExplained(p, id)
	p.Fill("#"+id+" textarea", text)
	return wait()
}

// requested counts the requests whose URL ends in suffix.
func requested(rs []browser.Request, suffix string) int {
	n := 0
	for _, r := range rs {
		if strings.HasSuffix(r.URL, suffix) {
			n++
		}
	}
	return n
}

func TestExplainerCrossOrigin(t *testing.T) {
	assets := serveSite(t)
	// A cross-origin isolated portal, the strictest about what it embeds.
	isolated := map[string]string{"Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp"}
	portal := servePortal(t, isolated, map[string]string{"/": portalPage(assets, "", `<decifra-explainer id="x"></decifra-explainer>`)})
	require.NotEqual(t, assets, portal)
	p := openPortal(t, portal, browser.PageOptions{})
	assert.Equal(t, "true", evalString(p, `() => String(crossOriginIsolated)`))
	assert.Equal(t, T("en", "paste_label"), p.Text("#x label"))
	assert.Equal(t, T("en", "paste_placeholder"), p.Attr("#x textarea", "placeholder"))
	for _, f := range []string{".wasm", "wasm_exec.mjs", "card.js"} {
		assert.Zero(t, requested(p.RequestsSince(0), f), "%s loaded before the first paste", f)
	}

	for _, id := range seedProviders {
		t.Run(id, func(t *testing.T) {
			p := p.For(t)
			text := sampleText(t, id)
			got := pasteInto(p, "x", text)
			want := sampleWants[id]
			require.NotNil(t, got.Detail.Provider)
			assert.Equal(t, want.provider, got.Detail.Provider.ID)
			assert.Equal(t, want.code, got.Detail.Code)
			assert.Equal(t, want.strategy, string(got.Detail.Retry.Strategy))
			native := explain(t, text, catalog.English)
			assert.Equal(t, native.Title, got.Detail.Title, "the detail is the explanation")
			assert.Equal(t, native.Meaning, got.Detail.Meaning)
			assert.Equal(t, native.Fix, got.Detail.Fix)
			assert.Equal(t, "en", string(got.Detail.Lang))
			assert.True(t, got.Bubbles && got.Composed, "the event reaches the portal's document")
			assert.Equal(t, "x", got.Target)

			assert.Equal(t, want.provider, p.Attr(`#x [data-testid="provider"]`, "data-provider"))
			assert.Equal(t, want.code, p.Text(`#x [data-testid="code"]`))
			assert.Equal(t, want.strategy, p.Attr(`#x [data-testid="strategy"]`, "data-strategy"))
			assert.Equal(t, 1, p.Count(`#x [data-testid="`+want.testid+`"]`), "%s shown", want.testid)
			assert.Contains(t, p.Text(`#x [data-testid="status"]`), got.Detail.Title, "the result is announced")
		})
	}

	rs := p.RequestsSince(0)
	for _, r := range rs {
		if r.URL != portal {
			assert.True(t, strings.HasPrefix(r.URL, assets), "the explainer loaded %s from elsewhere than its own origin", r.URL)
		}
	}
	for _, f := range []string{"decifra.wasm", "wasm_exec.mjs", "card.js", "decifra-strings.en.js", "decifra-explainer.css"} {
		assert.Equal(t, 1, requested(rs, "/static/"+f), "requests for %s", f)
	}
	noErrors(t, p)
}

func TestExplainerTwoElements(t *testing.T) {
	assets := serveSite(t)
	portal := servePortal(t, nil, map[string]string{
		"/": portalPage(assets, "", `<decifra-explainer id="a"></decifra-explainer>`+
			`<decifra-explainer id="b" lang="pt-BR"></decifra-explainer>`),
		"/compact": portalPage(assets, "", `<aside lang="pt-BR"><decifra-explainer id="c" compact value="`+
			htmlAttr(sampleText(t, "curl"))+`"></decifra-explainer></aside>`),
	})
	p := openPortal(t, portal, browser.PageOptions{})

	a := pasteInto(p, "a", sampleText(t, "fluxiq"))
	assert.Equal(t, "VALIDATION_ERROR", a.Detail.Code)
	assert.Equal(t, 0, p.Count(`#b [data-testid="card"]`), "b is untouched")
	assert.Equal(t, "", evalString(p, `() => document.querySelector('#b').shadowRoot.querySelector('textarea').value`))

	b := pasteInto(p, "b", sampleText(t, "cashier"))
	assert.Equal(t, "IDEMPOTENCY_CONFLICT", b.Detail.Code)
	assert.Equal(t, "pt-BR", string(b.Detail.Lang))
	assert.Equal(t, "pt-BR", p.Attr(`#b [data-testid="card"]`, "lang"))
	assert.Equal(t, T("pt-BR", "paste_label"), p.Text("#b label"))
	assert.Equal(t, "VALIDATION_ERROR", p.Text(`#a [data-testid="code"]`), "a keeps its own card")
	assert.Equal(t, "en", p.Attr(`#a [data-testid="card"]`, "lang"))

	rs := p.RequestsSince(0)
	assert.Equal(t, 1, requested(rs, ".wasm"), "one wasm download for two explainers")
	assert.Equal(t, 1, requested(rs, "wasm_exec.mjs"))
	assert.Equal(t, 1, requested(rs, "card.js"))
	assert.Equal(t, 1, requested(rs, "decifra-explainer.css"))

	t.Run("lang", func(t *testing.T) {
		p := p.For(t)
		next := awaitExplained(p, "b")
		p.Eval(`() => document.getElementById('b').setAttribute('lang', 'en')`, nil, nil)
		got := next()
		assert.Equal(t, "en", string(got.Detail.Lang), "explained again in the new language")
		assert.Equal(t, "en", p.Attr(`#b [data-testid="card"]`, "lang"))
		assert.Equal(t, T("en", "paste_label"), p.Text("#b label"))
		assert.Equal(t, T("en", "strategy_backoff"), p.Text(`#b [data-testid="strategy"]`))
	})
	t.Run("es", func(t *testing.T) {
		p := p.For(t)
		next := awaitExplained(p, "b")
		p.Eval(`() => document.getElementById('b').setAttribute('lang', 'es-MX')`, nil, nil)
		got := next()
		assert.Equal(t, "es", string(got.Detail.Lang), "Spanish for any Spanish tag")
		assert.Equal(t, "es", p.Attr(`#b [data-testid="card"]`, "lang"))
		assert.Equal(t, T("es", "paste_label"), p.Text("#b label"))
		assert.Equal(t, T("es", "strategy_backoff"), p.Text(`#b [data-testid="strategy"]`))
		assert.Contains(t, p.Text(`#b [data-testid="card"]`), "Reintente", "the catalog's text is Spanish too")
	})
	t.Run("provider", func(t *testing.T) {
		p := p.For(t)
		// A code both FluxiQ and OnnixPay use, in the envelope both use: the hint decides
		// which comes first, and claims nothing alone.
		shared := `{"success":false,"error":{"code":"INVALID_DOCUMENT","message":"Invalid document"}}`
		got := pasteInto(p, "a", shared)
		require.Len(t, got.Detail.Alternatives, 2)
		assert.Equal(t, got.Detail.Alternatives[0].Confidence, got.Detail.Alternatives[1].Confidence, "a tie without a hint")
		for _, id := range []string{"onnixpay", "fluxiq"} {
			next := awaitExplained(p, "a")
			p.Eval(`(id) => document.getElementById('a').setAttribute('provider', id)`, id, nil)
			got := next()
			require.NotEmpty(t, got.Detail.Alternatives)
			assert.Equal(t, id, got.Detail.Alternatives[0].ID, "the hint favours %s", id)
			assert.Greater(t, got.Detail.Alternatives[0].Confidence, got.Detail.Alternatives[1].Confidence)
		}
	})
	t.Run("value", func(t *testing.T) {
		p := p.For(t)
		next := awaitExplained(p, "a")
		p.Eval(`(text) => document.getElementById('a').setAttribute('value', text)`, sampleText(t, "flux"), nil)
		assert.Equal(t, "ERR_NETWORK_TIMEOUT", next().Detail.Code)
		assert.Equal(t, sampleText(t, "flux"), evalString(p, `() => document.querySelector('#a').shadowRoot.querySelector('textarea').value`))
		assert.Equal(t, "IDEMPOTENCY_CONFLICT", p.Text(`#b [data-testid="code"]`), "b keeps its own card")
	})
	t.Run("compact", func(t *testing.T) {
		p := p.For(t)
		p.Eval(`() => document.getElementById('a').setAttribute('compact', '')`, nil, nil)
		p.WaitGone("#a textarea")
		assert.Equal(t, "ERR_NETWORK_TIMEOUT", p.Text(`#a [data-testid="code"]`), "the card stays")
		p.Eval(`() => document.getElementById('a').removeAttribute('compact')`, nil, nil)
		p.WaitFor("#a textarea")
	})
	t.Run("compact with a value, at load", func(t *testing.T) {
		q := openPortal(t, portal+"compact", browser.PageOptions{})
		q.WaitFor(`#c [data-testid="card"]`)
		assert.Equal(t, "RATE_LIMITED", q.Text(`#c [data-testid="code"]`))
		assert.Equal(t, "pt-BR", q.Attr(`#c [data-testid="card"]`, "lang"), "the language of the closest lang")
		assert.Equal(t, 0, q.Count("#c textarea:visible"), "compact: the card only")
		assert.Equal(t, 1, requested(q.RequestsSince(0), ".wasm"))
		noErrors(t, q)
	})
	assert.Equal(t, 1, requested(p.RequestsSince(0), ".wasm"), "still one wasm download")
	noErrors(t, p)
}

// htmlAttr escapes s for a double-quoted attribute.
func htmlAttr(s string) string {
	return strings.NewReplacer(`&`, "&amp;", `"`, "&quot;", `<`, "&lt;", `>`, "&gt;").Replace(s)
}

// styled are elements inside an explainer whose computed styles the portal's CSS must
// not change: the paste area, the card's parts, its controls.
var styled = []string{".root", "label", "textarea", ".privacy", ".card", ".card-title", ".provider",
	".confidence", ".fact dt", "code", ".badge", ".block h3", ".block-fix li", ".field-name", "button.copy",
	".card-foot a", "summary"}

// computedStyles is a page function: the computed styles that matter of the elements
// matching sels inside the explainer with id, by selector.
const computedStyles = `([id, sels]) => {
	const props = ['display', 'color', 'background-color', 'font-family', 'font-size', 'font-weight',
		'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align',
		'text-indent', 'white-space', 'box-sizing', 'margin-top', 'margin-left', 'padding-top', 'padding-left',
		'border-top-width', 'border-top-style', 'border-top-color', 'border-top-left-radius', 'visibility',
		'list-style-type', 'cursor', 'opacity', 'min-height', 'outline-style'];
	const root = document.getElementById(id).shadowRoot;
	const out = {};
	for (const s of sels) {
		const e = root.querySelector(s);
		if (e) out[s] = props.map((p) => p + ': ' + getComputedStyle(e).getPropertyValue(p)).join('; ');
	}
	return out;
}`

// addStyle is a page function that adds a stylesheet to the portal's page.
const addStyle = `(css) => {
	const s = document.createElement('style');
	s.textContent = css;
	document.head.append(s);
	return new Promise((r) => requestAnimationFrame(() => r()));
}`

func TestExplainerHostCSS(t *testing.T) {
	assets := serveSite(t)
	// x's card has fields and a docs link; y's a request id with its copy button.
	portal := servePortal(t, nil, map[string]string{"/": portalPage(assets, "",
		`<decifra-explainer id="x" value="`+htmlAttr(sampleText(t, "gsma-mm"))+`"></decifra-explainer>`+
			`<decifra-explainer id="y" value="`+htmlAttr(sampleText(t, "curl"))+`"></decifra-explainer>`)})
	p := openPortal(t, portal, browser.PageOptions{})
	p.WaitFor(`#x [data-testid="card"]`)
	p.WaitFor(`#y [data-testid="card"]`)
	styles := func() map[string]string {
		m := map[string]string{}
		for _, id := range []string{"x", "y"} {
			var one map[string]string
			p.Eval(computedStyles, []any{id, styled}, &one)
			for sel, s := range one {
				m[id+" "+sel] = s
			}
		}
		return m
	}
	clean := styles()
	for _, sel := range styled {
		assert.True(t, clean["x "+sel] != "" || clean["y "+sel] != "", "%s is in x or y", sel)
	}

	hostile := []struct{ name, css string }{
		{"red and big, important", `* { color: red !important; font: italic 30px/3 serif !important;
			letter-spacing: 4px !important; text-transform: uppercase !important; margin: 40px !important;
			padding: 30px !important; border: 5px dashed red !important; box-sizing: content-box !important;
			background: yellow !important; cursor: wait !important; list-style: square !important; }`},
		{"root font size and inherited text", `html { font-size: 10px !important; } body { font-size: 2rem;
			line-height: 3; text-align: center; white-space: pre; word-spacing: 9px; text-indent: 50px;
			visibility: visible; }`},
		{"custom properties the explainer uses inside", `:root, * { --accent: red; --surface: red; --text: red;
			--u: 40px; --radius: 0; --mono: serif; }`},
		{"everything unset", `* { all: unset; } * { color: red !important; }`},
	}
	for _, h := range hostile {
		t.Run(h.name, func(t *testing.T) {
			p := p.For(t)
			p.Eval(addStyle, h.css, nil)
			assert.Equal(t, clean, styles(), "the portal's CSS changed the explainer")
		})
	}

	t.Run("theming", func(t *testing.T) {
		p := p.For(t)
		p.Eval(addStyle, `decifra-explainer { --decifra-accent: rgb(1, 2, 3); --decifra-bg: rgb(250, 240, 230);
			--decifra-fg: rgb(4, 5, 6); --decifra-font: serif; --decifra-radius: 0px; --decifra-font-size: 20px; }
			decifra-explainer::part(title) { color: rgb(7, 8, 9) !important; }`, nil)
		var got map[string]string
		p.Eval(`() => {
			const root = document.getElementById('x').shadowRoot;
			const cs = (s) => getComputedStyle(root.querySelector(s));
			return {
				link: cs('.card-foot a').color, bg: cs('.card').backgroundColor, radius: cs('.card').borderTopLeftRadius,
				fg: cs('.meaning, [data-testid="meaning"]').color, font: cs('.root').fontFamily, size: cs('.root').fontSize,
				title: cs('.card-title').color,
			};
		}`, nil, &got)
		assert.Equal(t, map[string]string{
			"link": "rgb(1, 2, 3)", "bg": "rgb(250, 240, 230)", "radius": "0px", "fg": "rgb(4, 5, 6)",
			"font": "serif", "size": "20px", "title": "rgb(7, 8, 9)",
		}, got)
	})
	noErrors(t, p)
}

// The portal's color-scheme decides light or dark: a dark portal gets the page's dark
// palette without theming anything.
func TestExplainerColorScheme(t *testing.T) {
	assets := serveSite(t)
	card := `<decifra-explainer id="x" value="` + htmlAttr(sampleText(t, "onnixpay")) + `"></decifra-explainer>`
	portal := servePortal(t, nil, map[string]string{
		"/light": portalPage(assets, "", card),
		"/dark":  portalPage(assets, `<meta name="color-scheme" content="dark">`, card),
		"/both":  portalPage(assets, `<meta name="color-scheme" content="light dark">`, card),
	})
	for _, tt := range []struct{ path, scheme, want string }{
		{"light", "dark", "rgb(255, 255, 255)"}, // a portal that says nothing is light
		{"dark", "light", "rgb(23, 26, 32)"},
		{"both", "dark", "rgb(23, 26, 32)"},
		{"both", "light", "rgb(255, 255, 255)"},
	} {
		t.Run(tt.path+"/"+tt.scheme, func(t *testing.T) {
			p := openPortal(t, portal+tt.path, browser.PageOptions{ColorScheme: tt.scheme})
			p.WaitFor(`#x [data-testid="card"]`)
			assert.Equal(t, tt.want, evalString(p, `() => getComputedStyle(document.getElementById('x').shadowRoot.querySelector('.card')).backgroundColor`))
		})
	}
}

func TestExplainerGlobalsAndRequests(t *testing.T) {
	assets := serveSite(t)
	// A portal whose bundler left a process global behind, as many do.
	portal := servePortal(t, nil, map[string]string{
		"/":        portalPage(assets, `<script src="/host.js"></script>`, `<decifra-explainer id="x"></decifra-explainer>`),
		"/host.js": `window.process = {env: {NODE_ENV: 'production'}};`,
	})
	p := openPortal(t, portal, browser.PageOptions{})
	p.Fill("#x textarea", sampleText(t, "curl"))
	p.WaitFor(`#x [data-testid="card"]`) // the wasm is loaded and running

	assert.Equal(t, []string{"decifra", "process"}, addedGlobals(p), "globals besides the portal's own process")
	assert.Equal(t, `{"env":{"NODE_ENV":"production"}}`, evalString(p, `() => JSON.stringify(process)`), "the portal's process is untouched")
	var api []string
	p.Eval(`() => Object.keys(decifra).sort()`, nil, &api)
	assert.Equal(t, []string{"card", "countdown", "explain", "load", "markdown", "noErrorCard", "redact", "strings"}, api)

	mark := p.Mark()
	for _, s := range Samples {
		pasteInto(p, "x", s.Text)
	}
	for _, paste := range append(xssPastes(), "not an error at all", `{"success":false,"error":{"code":"RATE_LIM`) {
		p.Fill("#x textarea", paste)
		p.WaitUntil(`(text) => {
			const r = document.getElementById('x').shadowRoot;
			return r.querySelector('textarea').value === text && r.querySelector('article') && !r.querySelector('.empty');
		}`, paste)
	}
	pasteInto(p, "x", sampleText(t, "curl"))
	p.Click(`#x [data-testid="copy-request-id"]`)
	p.WaitUntil(`() => document.getElementById('x').shadowRoot.querySelector('[data-testid="copy-request-id"]').textContent === 'Copied'`, nil)
	assert.Equal(t, "req_abc123def456", evalString(p, `() => navigator.clipboard.readText()`))
	for _, attr := range [][2]string{{"lang", "pt-BR"}, {"provider", "fluxiq"}, {"compact", ""}} {
		next := awaitExplained(p, "x")
		p.Eval(`([k, v]) => document.getElementById('x').setAttribute(k, v)`, attr, nil)
		if attr[0] != "compact" {
			next()
		}
	}
	var x struct {
		Code  string `json:"code"`
		Names []string
	}
	p.Eval(`async () => {
		const x = await decifra.explain('X-API-Key: fq_live_9d2c41a7e3b8f605\n{"success":false,"error":{"code":"RATE_LIMITED","message":"slow down"},"meta":{"request_id":"r1"}}', {lang: 'en', provider: 'fluxiq'});
		const r = await decifra.redact('X-API-Key: fq_live_9d2c41a7e3b8f605');
		return {code: x.code, Names: r.redacted};
	}`, nil, &x)
	assert.Equal(t, "RATE_LIMITED", x.Code, "the API, for portals that render themselves")
	assert.Equal(t, []string{"X-API-Key"}, x.Names)
	time.Sleep(1200 * time.Millisecond) // the countdown ticks at least once
	// The requests after load: Portuguese's UI text and prose, when the element first
	// speaks it (a language switch may fetch that language's text; nothing carries the
	// paste).
	var after []string
	for _, r := range p.RequestsSince(mark) {
		after = append(after, strings.TrimPrefix(r.URL, strings.TrimSuffix(assets, "/")))
	}
	assert.ElementsMatch(t, []string{"/static/decifra-strings.pt-BR.js", "/static/decifra-text.pt-BR.bin"}, after, "requests after the explainer loaded")
	assert.Empty(t, evalString(p, `() => typeof Go + typeof fs + typeof path === 'undefinedundefinedundefined' ? '' : 'leaked'`))
	noErrors(t, p)
}

// explainerCSP is what a portal's Content-Security-Policy needs for the explainer served
// from assets (its origin): the module and what it imports, compiling the wasm, and
// fetching the wasm and the stylesheet. The rest of the policy is the portal's; style-src
// needs nothing, because the stylesheet is a constructed one.
func explainerCSP(assets string) []string {
	origin := strings.TrimSuffix(assets, "/")
	return []string{"script-src " + origin + " 'wasm-unsafe-eval'", "connect-src " + origin}
}

// recordViolations is an init script: securitypolicyviolation events, kept on document.
const recordViolations = `() => {
	document.violations = [];
	document.addEventListener('securitypolicyviolation', (e) =>
		document.violations.push(e.effectiveDirective + ' ' + e.blockedURI), true);
}`

func TestExplainerStrictCSP(t *testing.T) {
	assets := serveSite(t)
	strict := "default-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'"
	body := `<decifra-explainer id="x"></decifra-explainer>`
	portal := servePortal(t, map[string]string{"Content-Security-Policy": strict + "; " + strings.Join(explainerCSP(assets), "; ")}, map[string]string{"/": portalPage(assets, "", body)})
	p := browser.Launch(t).NewPage(t, browser.PageOptions{})
	p.InitScript(recordViolations)
	resp := p.Goto(portal)
	require.Contains(t, resp.Headers["content-security-policy"], "default-src 'none'")
	p.WaitUntil(`() => document.getElementById('x').shadowRoot?.adoptedStyleSheets.length === 1`, nil)
	got := pasteInto(p, "x", sampleText(t, "gsma-mm"))
	assert.Equal(t, "SV_INSUFFICIENT_FUNDS", got.Detail.Code)
	assert.Equal(t, "rgb(255, 255, 255)", evalString(p, `() => getComputedStyle(document.getElementById('x').shadowRoot.querySelector('.card')).backgroundColor`), "styled")
	var violations []string
	p.Eval(`() => document.violations`, nil, &violations)
	assert.Empty(t, violations)
	noErrors(t, p)

	// Each directive is needed: without it, the browser reports what it blocked.
	for i, d := range explainerCSP(assets) {
		t.Run("without "+d, func(t *testing.T) {
			rest := slices.Delete(slices.Clone(explainerCSP(assets)), i, i+1)
			portal := servePortal(t, map[string]string{"Content-Security-Policy": strict + "; " + strings.Join(rest, "; ")}, map[string]string{"/": portalPage(assets, "", body)})
			p := browser.Launch(t).NewPage(t, browser.PageOptions{})
			p.InitScript(recordViolations)
			p.Goto(portal)
			if strings.HasPrefix(d, "connect-src") {
				p.WaitFor("#x textarea")
				p.Fill("#x textarea", sampleText(t, "flux"))
			}
			p.WaitUntil(`() => document.violations.length > 0`, nil)
			var violations []string
			p.Eval(`() => document.violations`, nil, &violations)
			assert.Contains(t, violations[0], strings.Fields(d)[0])
		})
	}
}

// TestExplainerAccessibility scans portals with explainers in the states people see,
// light and dark, wide and narrow, and keeps a screenshot of each.
func TestExplainerAccessibility(t *testing.T) {
	assets := serveSite(t)
	body := `<h2>Explain an error</h2><decifra-explainer id="empty"></decifra-explainer>` +
		`<decifra-explainer id="fields" provider="fluxiq" value="` + htmlAttr(sampleText(t, "fluxiq")) + `"></decifra-explainer>` +
		`<aside aria-label="Last failed call" lang="pt-BR"><decifra-explainer id="backoff" compact value="` + htmlAttr(sampleText(t, "cashier")) + `"></decifra-explainer>` +
		`<decifra-explainer id="wait" compact value="` + htmlAttr(sampleText(t, "curl")) + `"></decifra-explainer></aside>` +
		`<decifra-explainer id="none" value="Hello, the payment failed. Any idea?"></decifra-explainer>` +
		`<decifra-explainer id="check" lang="pt-BR" value="` + htmlAttr(sampleText(t, "flux")) + `"></decifra-explainer>`
	portal := servePortal(t, nil, map[string]string{
		"/light":    portalPage(assets, "", body),
		"/dark":     portalPage(assets, `<meta name="color-scheme" content="dark"><link rel="stylesheet" href="/dark.css">`, body),
		"/dark.css": "html { background: #0e1014; color: #e7e9ee; }",
	})
	for _, tt := range []struct {
		name, path string
		opts       browser.PageOptions
	}{
		{"1280-light", "light", browser.PageOptions{Width: 1280}},
		{"1280-dark", "dark", browser.PageOptions{Width: 1280, ColorScheme: "dark"}},
		{"375-light", "light", browser.PageOptions{Width: 375, Height: 800}},
		{"375-dark", "dark", browser.PageOptions{Width: 375, Height: 800, ColorScheme: "dark"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := openPortal(t, portal+tt.path, tt.opts)
			for _, id := range []string{"fields", "backoff", "wait", "check"} {
				p.WaitFor("#" + id + ` [data-testid="card"]`)
			}
			p.WaitFor(`#none [data-testid="no-error"]`)
			p.Eval(`() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`, nil, nil)
			p.Screenshot(widgetArtifacts + "states-" + tt.name + ".png")
			var overflow int
			p.Eval(`() => document.documentElement.scrollWidth - document.documentElement.clientWidth`, nil, &overflow)
			assert.LessOrEqual(t, overflow, 0, "the portal scrolls sideways")
			for _, v := range p.Axe() {
				t.Errorf("axe: %s", v)
			}
			noErrors(t, p)
		})
	}
}

// TestExplainerDemo opens the demo portal (dist/site/demo/) as a portal author would,
// under the site's own strict CSP, and keeps screenshots of it, wide and narrow.
func TestExplainerDemo(t *testing.T) {
	base := serveSite(t)
	for _, width := range []int{1280, 375} {
		t.Run(strconv.Itoa(width), func(t *testing.T) {
			p := openPortal(t, base+"demo/", browser.PageOptions{Width: width, Height: 900})
			p.WaitFor(`.rail decifra-explainer [data-testid="card"]`)
			assert.Equal(t, "RATE_LIMIT_EXCEEDED", p.Text(`.rail decifra-explainer [data-testid="code"]`))
			assert.Equal(t, "pt-BR", p.Attr(`.rail decifra-explainer [data-testid="card"]`, "lang"))

			wait := awaitExplained(p, "explainer")
			p.Click(`button[data-explain="sample-paid"]`)
			got := wait()
			assert.Equal(t, "PIX_ALREADY_PAID", got.Detail.Code)
			assert.Equal(t, "onnixpay", got.Detail.Provider.ID)
			p.WaitUntil(`() => document.getElementById('tracked').textContent.includes('PIX_ALREADY_PAID')`, nil)

			p.Eval(`() => { window.scrollTo(0, 0); return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); }`, nil, nil)
			p.Screenshot(widgetArtifacts + "demo-" + strconv.Itoa(width) + ".png")
			var overflow int
			p.Eval(`() => document.documentElement.scrollWidth - document.documentElement.clientWidth`, nil, &overflow)
			assert.LessOrEqual(t, overflow, 0, "the demo scrolls sideways")
			for _, v := range p.Axe() {
				t.Errorf("axe: %s", v)
			}
			assert.Equal(t, 1, requested(p.RequestsSince(0), ".wasm"))
			noErrors(t, p)
		})
	}
}
