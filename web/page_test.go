//go:build e2e

package web

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web/browser"
	"github.com/decifra/decifra/web/htmltest"
)

// These tests load dist/site (./build.sh site) in headless Chromium: the real wasm, the
// real JavaScript, the real CSP. Screenshots go to test-results/page/.

const (
	pasteSel   = `[data-testid="paste"]`
	resultSel  = `[data-testid="result"]`
	cardSel    = `[data-testid="card"]`
	noErrorSel = `[data-testid="no-error"]`
	artifacts  = "../test-results/page/"
)

func tid(id string) string { return `[data-testid="` + id + `"]` }

// renders is how many cards the result pane has shown.
func renders(p *browser.Page) int {
	var n int
	p.Eval(`() => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0)`, nil, &n)
	return n
}

// pasteAndWait fills the paste area and waits until the result pane shows the answer.
func pasteAndWait(p *browser.Page, text string) {
	before := renders(p)
	p.Fill(pasteSel, text)
	p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
}

// clickAndWait clicks and waits until the result pane shows the answer.
func clickAndWait(p *browser.Page, selector string) {
	before := renders(p)
	p.Click(selector)
	p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
}

func noErrors(t *testing.T, p *browser.Page) {
	t.Helper()
	assert.Empty(t, p.Errors(), "console errors (a CSP violation shows here)")
	assert.Empty(t, p.Dialogs(), "dialogs")
}

func TestPageSamples(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	check := func(t *testing.T, id string) {
		p := p.For(t)
		want := sampleWants[id]
		assert.Equal(t, want.provider, p.Attr(tid("provider"), "data-provider"))
		assert.Equal(t, want.code, p.Text(tid("code")))
		assert.Equal(t, want.strategy, p.Attr(tid("strategy"), "data-strategy"))
		assert.Equal(t, 1, p.Count(tid(want.testid)), "%s shown", want.testid)
	}
	for _, s := range Samples {
		t.Run("gallery/"+s.ID, func(t *testing.T) {
			p := p.For(t)
			clickAndWait(p, tid("sample-"+s.ID))
			assert.Equal(t, s.Text, evalString(p, `() => document.querySelector('[data-testid="paste"]').value`))
			check(t, s.ID)
		})
	}
	// Pasted, as a user would: curl -i and the HAR are among the samples.
	for _, s := range Samples {
		t.Run("pasted/"+s.ID, func(t *testing.T) {
			p := p.For(t)
			pasteAndWait(p, "")
			pasteAndWait(p, s.Text)
			check(t, s.ID)
		})
	}
	t.Run("har masks the Authorization header", func(t *testing.T) {
		p := p.For(t)
		pasteAndWait(p, sampleText(t, "har"))
		assert.Contains(t, p.Text(tid("redacted")), "Authorization")
		assert.NotContains(t, p.Text(cardSel), "s3cr3tT0kenValue")
	})
	noErrors(t, p)
}

func TestPageExplainsAsYouType(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	p.Type(pasteSel, `{"error":{"code":"ERR_QR_EXPIRED","message":"QR is expired"}}`)
	p.WaitUntil(`() => document.querySelector('[data-testid="code"]')?.textContent === 'ERR_QR_EXPIRED'`, nil)
	assert.Equal(t, "flux", p.Attr(tid("provider"), "data-provider"))
	assert.Equal(t, "none", p.Attr(tid("strategy"), "data-strategy"))
	assert.Contains(t, p.Text(tid("status")), p.Text(tid("title")), "the result is announced")
	assert.Equal(t, "polite", p.Attr(tid("status"), "aria-live"))

	p.Click(tid("clear"))
	p.WaitGone(cardSel)
	assert.Equal(t, "", evalString(p, `() => document.querySelector('[data-testid="paste"]').value`))
	noErrors(t, p)
}

func TestPageAPIWaitsForTheWasm(t *testing.T) {
	p := browser.Launch(t).NewPage(t, browser.PageOptions{})
	p.Goto(serveSite(t), "domcontentloaded")
	var got struct {
		Code     string `json:"code"`
		Redacted []string
		Error    struct{ Name, Code, Found, Hint string }
	}
	p.Eval(`async (text) => {
		const x = await decifra.explain(text, {lang: 'en', now: Date.UTC(2026, 10, 2)});
		const r = await decifra.redact('X-API-Key: fq_live_9d2c41a7e3b8f605');
		let e = {};
		try { await decifra.explain('hello'); } catch (err) { e = {Name: err.name, Code: err.code, Found: err.found, Hint: err.hint}; }
		return {code: x.code, Redacted: r.redacted, Error: e};
	}`, sampleText(t, "curl"), &got)
	assert.Equal(t, "RATE_LIMITED", got.Code)
	assert.Equal(t, []string{"X-API-Key"}, got.Redacted)
	assert.Equal(t, "NoErrorFoundError", got.Error.Name)
	assert.Equal(t, "NO_ERROR_FOUND", got.Error.Code)
	assert.NotEmpty(t, got.Error.Found)
	assert.NotEmpty(t, got.Error.Hint)

	// wasm_exec.js defines Go, and fs, process and path when they are missing.
	assert.Equal(t, []string{"Go", "decifra", "fs", "path", "process"}, addedGlobals(p), "globals the page defines")
}

func TestPageNoRequestAfterLoad(t *testing.T) {
	base := serveSite(t)
	p := openPage(t, base, browser.PageOptions{})
	seen := map[string]bool{}
	for _, r := range p.RequestsSince(0) {
		assert.True(t, strings.HasPrefix(r.URL, base), "a request while loading went elsewhere: %s", r.URL)
		assert.False(t, seen[r.URL], "%s requested twice (a preload not used?)", r.URL)
		seen[r.URL] = true
	}
	assert.True(t, seen[base+hashed(t, "static/decifra.wasm")], "the wasm was loaded, by its content-hashed name")
	for u := range seen {
		assert.NotContains(t, u, "decifra-text", "prose is fetched when an explanation shows it, not before")
	}
	mark := p.Mark()
	for _, s := range Samples {
		clickAndWait(p, tid("sample-"+s.ID))
	}
	for _, paste := range append(xssPastes(), "not an error at all", `{"success":false,"error":{"code":"RATE_LIM`) {
		pasteAndWait(p, paste)
	}
	clickAndWait(p, tid("sample-curl"))
	p.Click(tid("copy-request-id"))
	p.Click(tid("markdown"))
	p.Click(tid("share"))
	p.WaitFor(tid("share-url"))
	p.Select(tid("lang"), "pt-BR")
	p.WaitUntil(`() => document.documentElement.lang === 'pt-BR' && document.querySelector('[data-testid="card"]')?.lang === 'pt-BR'`, nil)
	time.Sleep(1200 * time.Millisecond) // the countdown ticks at least once
	// The only requests after load: the chunks of prose the explanations showed, each
	// once, in English and then in the language switched to. Their URLs are fixed by the
	// build; nothing pasted reaches them.
	chunk := regexp.MustCompile(`^static/immutable/decifra-text\.[0-9a-f]{16}\.(en|pt-BR)\.[0-9]+\.bin$`)
	langs := map[string]int{}
	after := map[string]bool{}
	for _, r := range p.RequestsSince(mark) {
		u := strings.TrimPrefix(r.URL, base)
		if assert.Regexp(t, chunk, u, "requests after the page loaded") {
			langs[chunk.FindStringSubmatch(u)[1]]++
		}
		assert.False(t, after[u], "%s requested twice", u)
		after[u] = true
	}
	assert.Positive(t, langs["en"], "English prose was fetched for the English cards")
	assert.Positive(t, langs["pt-BR"], "Portuguese prose was fetched after the switch")
	noErrors(t, p)
}

func TestPageLanguage(t *testing.T) {
	base := serveSite(t)
	t.Run("from the browser", func(t *testing.T) {
		for _, tt := range []struct{ locale, want string }{{"pt-BR", "pt-BR"}, {"pt-PT", "pt-BR"}, {"es-MX", "es"}, {"es-419", "es"}, {"en-US", "en"}, {"de-DE", "en"}} {
			p := openPage(t, base, browser.PageOptions{Locale: tt.locale})
			assert.Equal(t, tt.want, p.Attr("html", "lang"), tt.locale)
			assert.Equal(t, tt.want, evalString(p, `() => document.querySelector('[data-testid="lang"]').value`))
			assert.Equal(t, T(catalog.Lang(tt.want), "paste_label"), p.Text("#paste-label"))
		}
	})
	t.Run("switched", func(t *testing.T) {
		p := openPage(t, base, browser.PageOptions{Locale: "en-US"})
		clickAndWait(p, tid("sample-curl"))
		assert.Equal(t, "Wait, then retry", p.Text(tid("strategy")))
		en := p.Text(tid("meaning"))

		p.Select(tid("lang"), "pt-BR")
		p.WaitUntil(`() => document.querySelector('[data-testid="card"]')?.lang === 'pt-BR'`, nil)
		assert.Equal(t, "pt-BR", p.Attr("html", "lang"))
		assert.Equal(t, "Aguarde e repita", p.Text(tid("strategy")))
		assert.NotEqual(t, en, p.Text(tid("meaning")), "the explanation itself is in Portuguese")
		assert.Equal(t, T("pt-BR", "examples"), p.Text("#examples-title"))
		assert.Equal(t, T("pt-BR", "page_title"), evalString(p, `() => document.title`))
		assert.Equal(t, T("pt-BR", "paste_placeholder"), p.Attr(pasteSel, "placeholder"))
		// Every translated element is in Portuguese, the gallery's descriptions included.
		var shown [][2]string
		p.Eval(`() => [...document.querySelectorAll('[data-i18n]')].map((e) => [e.dataset.i18n, e.textContent])`, nil, &shown)
		require.Greater(t, len(shown), len(Samples))
		for _, kv := range shown {
			assert.Equal(t, T("pt-BR", kv[0]), kv[1], kv[0])
		}
		assert.Equal(t, "409 ainda em processamento", p.Text(tid("sample-cashier")+" .sample-kind"))

		// The choice outlives a reload.
		p.Goto(base)
		p.WaitUntil(`() => document.documentElement.dataset.ready === 'true'`, nil)
		assert.Equal(t, "pt-BR", p.Attr("html", "lang"))
		noErrors(t, p)
	})
}

func TestPageShareLink(t *testing.T) {
	base := serveSite(t)
	p := openPage(t, base, browser.PageOptions{})
	secret := "fq_live_9d2c41a7e3b8f605"
	paste := sampleText(t, "curl") + "\nAuthorization: Bearer sk_live_abcdefghijklmnop\nCookie: session=topsecretcookie\n" +
		"request body: card_number=4111111111111111&cvv=987&cpf=12345678909\n"
	pasteAndWait(p, paste)
	p.Click(tid("share"))
	p.WaitFor(tid("share-url"))
	link := evalString(p, `() => document.querySelector('[data-testid="share-url"]').value`)
	assert.Equal(t, link, evalString(p, `() => navigator.clipboard.readText()`), "the link is on the clipboard")

	u, err := url.Parse(link)
	require.NoError(t, err)
	assert.Empty(t, u.RawQuery, "the paste is never in the query")
	assert.Equal(t, strings.TrimSuffix(base, "/"), u.Scheme+"://"+u.Host)
	require.True(t, strings.HasPrefix(u.Fragment, "z="), u.Fragment)
	for _, s := range []string{secret, "sk_live_abcdefghijklmnop", "topsecretcookie", "4111111111111111", "12345678909"} {
		assert.NotContains(t, link, s)
	}
	carried := inflate(t, strings.TrimPrefix(u.Fragment, "z="))
	for _, s := range []string{secret, "abcdefghijklmnop", "topsecretcookie", "4111111111111111", "cvv=987", "12345678909"} {
		assert.NotContains(t, carried, s, "the fragment carries the masked paste")
	}
	assert.Contains(t, carried, "X-API-Key: ****")
	assert.Contains(t, carried, `"code":"RATE_LIMITED"`)

	// Opened elsewhere (a fresh context), the link restores the masked paste.
	q := openPage(t, link, browser.PageOptions{})
	assert.Equal(t, carried, evalString(q, `() => document.querySelector('[data-testid="paste"]').value`))
	q.WaitFor(cardSel)
	assert.Equal(t, "RATE_LIMITED", q.Text(tid("code")))
	assert.Equal(t, "fluxiq", q.Attr(tid("provider"), "data-provider"))
	noErrors(t, p)
	noErrors(t, q)

	// A link cut short (a chat app, a typo) says that nothing could be restored from it.
	r := openPage(t, base+"#z="+strings.TrimPrefix(u.Fragment, "z=")[:12]+"!", browser.PageOptions{})
	r.WaitFor(tid("share-broken"))
	assert.Contains(t, r.Text(tid("share-broken")), "damaged or incomplete")
	assert.Empty(t, evalString(r, `() => document.querySelector('[data-testid="paste"]').value`))
	noErrors(t, r)
}

// inflate decodes a share link's fragment: base64url, then raw deflate.
func inflate(t *testing.T, s string) string {
	t.Helper()
	b, err := base64.RawURLEncoding.DecodeString(s)
	require.NoError(t, err)
	out, err := io.ReadAll(flate.NewReader(bytes.NewReader(b)))
	require.NoError(t, err)
	return string(out)
}

func TestPageCopy(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	clickAndWait(p, tid("sample-curl"))
	clipboard := func() string { return evalString(p, `() => navigator.clipboard.readText()`) }

	p.Click(tid("copy-request-id"))
	p.WaitUntil(`() => document.querySelector('[data-testid="copy-request-id"]').textContent === 'Copied'`, nil)
	assert.Equal(t, "req_abc123def456", clipboard())

	// The button's "copied" lasts 1.5 s, which a loaded machine can sleep through: what it
	// showed is recorded as it changes.
	p.Eval(`() => {
		const b = document.querySelector('[data-testid="markdown"]');
		window.markdownLabels = [];
		new MutationObserver(() => window.markdownLabels.push(b.textContent)).observe(b, {childList: true, characterData: true, subtree: true});
	}`, nil, nil)
	p.Click(tid("markdown"))
	// The status may still hold the request id's copy: wait for the button itself to change.
	p.WaitUntil(`() => window.markdownLabels.length > 0`, nil)
	var labels []string
	p.Eval(`() => window.markdownLabels`, nil, &labels)
	assert.Contains(t, append(labels, p.Text(tid("markdown"))), T("en", "markdown_copied"), "the button shows the copy too")
	p.WaitUntil(`() => document.querySelector('[data-testid="markdown"]').textContent === 'Copy as Markdown'`, nil)
	md := clipboard()
	for _, want := range []string{
		"### Request limit exceeded",
		"FluxiQ NPC · `RATE_LIMITED` · HTTP 429",
		"**What it means**: ",
		"**How to fix it**\n\n1. ",
		"**Retry**: Wait, then retry (30 s). Wait 30 s",
		"**Idempotency**: ",
		"**Request id**: `req_abc123def456`",
		"Masked in every output: X-API-Key",
	} {
		assert.Contains(t, md, want)
	}
	assert.NotContains(t, md, "fq_live_9d2c41a7e3b8f605")

	// Clear leaves no stale "Markdown copied." for a screen reader to find.
	p.Click(tid("clear"))
	p.WaitUntil(`() => document.querySelector('[data-testid="status"]').textContent === ''`, nil)
	noErrors(t, p)
}

func TestPageStates(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	t.Run("empty", func(t *testing.T) {
		p := p.For(t)
		assert.Equal(t, T("en", "empty"), p.Text(resultSel))
		assert.Equal(t, "", p.Attr(tid("share"), "disabled"), "nothing to share yet")
	})
	t.Run("couldn't read this", func(t *testing.T) {
		p := p.For(t)
		pasteAndWait(p, "The payment failed yesterday, any idea why?")
		p.WaitFor(noErrorSel)
		assert.Equal(t, T("en", "none_title"), p.Text(noErrorSel+" "+tid("title")))
		assert.Equal(t, T("en", "none_expected_text"), p.Text(tid("expected")))
		assert.Contains(t, p.Text(tid("found")), "text with no JSON object")
		assert.NotEmpty(t, p.Text(tid("hint")))
		assert.Equal(t, T("en", "none_title"), p.Text(tid("status")))
	})
	t.Run("cut off", func(t *testing.T) {
		p := p.For(t)
		pasteAndWait(p, `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_abc`)
		assert.Equal(t, T("en", "truncated"), p.Text(tid("truncated")))
		assert.Equal(t, "RATE_LIMITED", p.Text(tid("code")))
	})
	t.Run("too large", func(t *testing.T) {
		p := p.For(t)
		pasteAndWait(p, sampleText(t, "fluxiq")+strings.Repeat(" ", decode.MaxInput))
		assert.Contains(t, p.Text(tid("too-large")), strconv.Itoa(decode.MaxInput))
		assert.Equal(t, "VALIDATION_ERROR", p.Text(tid("code")))
	})
	t.Run("countdown", func(t *testing.T) {
		p := p.For(t)
		clickAndWait(p, tid("sample-curl"))
		// The sample's Retry-After is 30 s; a busy machine may read it a tick late.
		first := p.Text(tid("countdown") + " .countdown-value")
		n, err := strconv.Atoi(strings.TrimSuffix(first, " s"))
		require.NoError(t, err, first)
		assert.True(t, n <= 30 && n >= 25, "the countdown starts from the stated 30 s: %q", first)
		p.WaitUntil(`() => document.querySelector('[data-testid="countdown"] .countdown-value').textContent === '`+strconv.Itoa(n-1)+` s'`, nil)
	})
	noErrors(t, p)
}

func TestPageXSS(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	allowed := map[string]bool{}
	for _, s := range Samples {
		for _, n := range htmltest.All(renderNodes(t, Card(explain(t, s.Text, catalog.English))), func(*html.Node) bool { return true }) {
			allowed[n.Data] = true
		}
	}
	for i, paste := range xssPastes() {
		pasteAndWait(p, paste)
		var found struct {
			Tags     []string `json:"tags"`
			Handlers []string `json:"handlers"`
			XSS      bool     `json:"xss"`
			Text     string   `json:"text"`
		}
		p.Eval(`() => {
			const els = [...document.querySelectorAll('[data-testid="result"] *')];
			return {
				tags: els.map((e) => e.localName),
				handlers: els.flatMap((e) => [...e.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))),
				xss: window.__xss !== undefined,
				text: document.querySelector('[data-testid="result"]').textContent,
			};
		}`, nil, &found)
		assert.False(t, found.XSS, "payload %d ran: %s", i, xssPayloads[i])
		assert.Empty(t, found.Handlers, "payload %d", i)
		for _, tag := range found.Tags {
			assert.True(t, allowed[tag], "payload %d became a <%s>: %s", i, tag, xssPayloads[i])
		}
		assert.Contains(t, found.Text, xssPayloads[i], "payload %d shows as text", i)
	}
	noErrors(t, p)
}

// TestCardParity builds the card in the browser (card.js) and natively (card.templ) from
// the same explanation and compares them element by element: tags, attributes, text.
func TestCardParity(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	pastes := map[string]string{
		"unknown provider": "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n\r\n<html>bad gateway</html>",
		"cut off":          `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_abc`,
		"fluxiq 503":       "HTTP/1.1 503 Service Unavailable\n\n" + `{"success":false,"error":{"code":"PCR_UNAVAILABLE","message":"PCR unavailable"},"meta":{"request_id":"req_1"}}`,
		"generic 503":      "HTTP/1.1 503 Service Unavailable\nRetry-After: 120\nContent-Type: application/problem+json\n\n{\"title\":\"Down\",\"status\":503,\"detail\":\"maintenance\"}",
	}
	for _, s := range Samples {
		pastes["sample "+s.ID] = s.Text
	}
	for i, x := range xssPastes() {
		pastes["xss "+string(rune('a'+i))] = x
	}
	for name, paste := range pastes {
		for _, lang := range catalog.Langs {
			t.Run(name+"/"+string(lang), func(t *testing.T) {
				p := p.For(t)
				var got struct {
					JSON string `json:"json"`
					HTML string `json:"html"`
				}
				p.Eval(`async ([text, lang]) => {
					const S = JSON.parse(document.getElementById('decifra-data').textContent).strings[lang];
					const x = await decifra.explain(text, {lang, now: Date.UTC(2026, 10, 2, 10)});
					return {json: JSON.stringify(x), html: decifra.card(x, S).outerHTML};
				}`, []string{paste, string(lang)}, &got)
				var x decode.Explanation
				require.NoError(t, json.Unmarshal([]byte(got.JSON), &x))
				want := renderNodes(t, Card(&x))
				sameMarkup(t, want, parseFragment(t, got.HTML), "")
			})
		}
	}
	t.Run("couldn't read this", func(t *testing.T) {
		for _, lang := range catalog.Langs {
			var got struct {
				Body decode.ErrorBody `json:"body"`
				HTML string           `json:"html"`
			}
			p.Eval(`async (lang) => {
				const S = JSON.parse(document.getElementById('decifra-data').textContent).strings[lang];
				try { await decifra.explain('just words', {lang}); } catch (e) {
					return {body: e.body, html: decifra.noErrorCard(e, S, lang).outerHTML};
				}
			}`, lang, &got)
			sameMarkup(t, renderNodes(t, NoErrorFound(lang, got.Body)), parseFragment(t, got.HTML), "")
		}
	})
}

// sameMarkup compares two trees: element names, attributes, and each element's own
// text with whitespace collapsed (templ writes spaces between inline elements that
// card.js leaves out; the CSS spaces them alike).
func sameMarkup(t *testing.T, want, got *html.Node, path string) bool {
	t.Helper()
	if want.Type == html.ElementNode {
		path += "/" + want.Data
		if !assert.Equal(t, want.Data, got.Data, "element at %s", path) {
			return false
		}
		if !assert.Equal(t, attrMap(want), attrMap(got), "attributes of %s", path) {
			return false
		}
	}
	if !assert.Equal(t, ownText(want), ownText(got), "text of %s", path) {
		return false
	}
	wk, gk := children(want), children(got)
	if !assert.Equal(t, names(wk), names(gk), "children of %s", path) {
		return false
	}
	for i := range wk {
		if !sameMarkup(t, wk[i], gk[i], path) {
			return false
		}
	}
	return true
}

func attrMap(n *html.Node) map[string]string {
	m := map[string]string{}
	for _, a := range n.Attr {
		m[a.Key] = a.Val
	}
	return m
}

func ownText(n *html.Node) string {
	var parts []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			parts = append(parts, strings.Fields(c.Data)...)
		}
	}
	return strings.Join(parts, " ")
}

func names(ns []*html.Node) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Data
	}
	return out
}

func TestPageKeyboard(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	active := func() string {
		return evalString(p, `() => document.activeElement.dataset.testid || document.activeElement.id || document.activeElement.localName`)
	}
	p.Press("", "Tab")
	assert.Equal(t, "a", active(), "the skip link comes first")
	p.Press("", "Enter")
	p.WaitUntil(`() => location.hash === '#paste'`, nil)

	// From the paste area, Tab reaches the gallery; Enter loads a sample.
	p.Eval(`() => document.querySelector('[data-testid="paste"]').focus()`, nil, nil)
	reached := false
	for range 15 {
		p.Press("", "Tab")
		if active() == "sample-flux" {
			reached = true
			break
		}
	}
	require.True(t, reached, "Tab never reached the Flux sample")
	before := renders(p)
	p.Press("", "Enter")
	p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
	assert.Equal(t, "ERR_NETWORK_TIMEOUT", p.Text(tid("code")))
	assert.Equal(t, 1, p.Count(tid("check-first")))

	// The card's controls are reachable too: the copy button of a request id.
	clickAndWait(p, tid("sample-curl"))
	p.Eval(`() => document.querySelector('[data-testid="paste"]').focus()`, nil, nil)
	reached = false
	for range 40 {
		p.Press("", "Tab")
		if active() == "copy-request-id" {
			reached = true
			break
		}
	}
	require.True(t, reached, "Tab never reached the request id's copy button")
	p.Press("", "Enter")
	p.WaitUntil(`() => document.querySelector('[data-testid="copy-request-id"]').textContent === 'Copied'`, nil)
	var visible bool
	p.Eval(`() => getComputedStyle(document.activeElement).outlineStyle !== 'none'`, nil, &visible)
	assert.True(t, visible, "the focused control shows a focus ring")
	noErrors(t, p)
}

// TestPageAccessibility scans the page with axe-core in the states people see, light and
// dark, wide and narrow, and keeps a screenshot of each in test-results/page/.
func TestPageAccessibility(t *testing.T) {
	base := serveSite(t)
	tests := []struct {
		name   string
		opts   browser.PageOptions
		sample string // "" for the empty page; "none" for "couldn't read this"; "many" for a HAR with three errors
	}{
		{"1280-light-empty", browser.PageOptions{Width: 1280}, ""},
		{"1280-light-wait", browser.PageOptions{Width: 1280}, "curl"},
		{"1280-dark-backoff", browser.PageOptions{Width: 1280, ColorScheme: "dark"}, "cashier"},
		{"1280-light-pt-BR-none", browser.PageOptions{Width: 1280, Locale: "pt-BR"}, "onnixpay"},
		{"375-light-check-first", browser.PageOptions{Width: 375, Height: 800}, "flux"},
		{"375-dark-fields", browser.PageOptions{Width: 375, Height: 800, ColorScheme: "dark"}, "gsma-mm"},
		{"375-light-couldnt-read", browser.PageOptions{Width: 375, Height: 800}, "none"},
		{"360-light-har", browser.PageOptions{Width: 360, Height: 740}, "har"},
		{"1280-light-many", browser.PageOptions{Width: 1280}, "many"},
		{"375-light-many", browser.PageOptions{Width: 375, Height: 800}, "many"},
		{"375-dark-many", browser.PageOptions{Width: 375, Height: 800, ColorScheme: "dark"}, "many"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := openPage(t, base, tt.opts)
			switch tt.sample {
			case "":
			case "none":
				pasteAndWait(p, "Hello, I tried to pay and it did not work. Can you help?")
			case "many":
				pasteAndWait(p, manyErrors(t)[0].paste)
				require.Equal(t, 3, p.Count(cardSel))
			default:
				clickAndWait(p, tid("sample-"+tt.sample))
			}
			// Let the countdown's bar start, and the layout settle, before the picture.
			p.Eval(`() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`, nil, nil)
			p.Screenshot(artifacts + tt.name + ".png")
			if tt.sample != "" {
				p.ScreenshotElement(resultSel, artifacts+tt.name+"-result.png")
			}
			var overflow int
			p.Eval(`() => document.documentElement.scrollWidth - document.documentElement.clientWidth`, nil, &overflow)
			assert.LessOrEqual(t, overflow, 0, "the page scrolls sideways")
			for _, v := range p.Axe() {
				t.Errorf("axe: %s", v)
			}
			noErrors(t, p)
		})
	}
}

func evalString(p *browser.Page, source string) string {
	var s string
	p.Eval(source, nil, &s)
	return s
}

// harResponse is one entry of a HAR made by harOf: the answer's status and body.
type harResponse struct {
	status int
	body   string
}

// harOf is a HAR file of POSTs to FluxiQ, each sent with an API key, that got the
// responses, in order.
func harOf(t testing.TB, responses ...harResponse) string {
	t.Helper()
	var entries []any
	for _, r := range responses {
		entries = append(entries, map[string]any{
			"startedDateTime": "2026-11-02T10:00:00.000Z",
			"request": map[string]any{"method": "POST", "url": "https://api.pixconnect.com.br/api/v1/central/boletos",
				"headers": []any{map[string]any{"name": "X-API-Key", "value": "fq_live_9d2c41a7e3b8f605"}}},
			"response": map[string]any{"status": r.status, "headers": []any{}, "content": map[string]any{"text": r.body}},
		})
	}
	b, err := json.Marshal(map[string]any{"log": map[string]any{"version": "1.2", "entries": entries}})
	require.NoError(t, err)
	return string(b)
}

// manyErrors are pastes with several errors, each with the codes of its cards, in order.
func manyErrors(t testing.TB) []struct {
	name, paste string
	codes       []string
	reason      string
} {
	return []struct {
		name, paste string
		codes       []string
		reason      string
	}{
		{"har", harOf(t,
			harResponse{422, `{"success":false,"error":{"code":"INVALID_DUE_DATE","message":"Invalid due date"},"meta":{"request_id":"req_a1"}}`},
			harResponse{201, `{"success":true,"data":{"id":"bol_1"}}`},
			harResponse{429, `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_a2"}}`},
			harResponse{503, `{"success":false,"error":{"code":"PCR_UNAVAILABLE","message":"PCR service unavailable"},"meta":{"request_id":"req_a3"}}`},
		), []string{"INVALID_DUE_DATE", "RATE_LIMITED", "PCR_UNAVAILABLE"}, "each failed entry of the HAR; the 201 is skipped"},
		{"log", `10:00:01 WARN status=409 body={"success":false,"error":{"code":"DUPLICATE_BOLETO","message":"Duplicate boleto"},"meta":{"request_id":"req_b1"}}
10:00:02 INFO boleto created {"success":true,"data":{"id":"bol_2"}}
10:00:03 ERROR status=503 body={"success":false,"error":{"code":"PCR_UNAVAILABLE","message":"PCR service unavailable"},"meta":{"request_id":"req_b2"}}
`, []string{"DUPLICATE_BOLETO", "PCR_UNAVAILABLE"}, "each error body of the log excerpt; the success line is skipped"},
		{"curl -v", `> POST /api/v1/central/boletos HTTP/1.1
> Host: api.pixconnect.com.br
>
< HTTP/1.1 429 Too Many Requests
< Retry-After: 5
<
{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_c1"}}
> POST /api/v1/central/boletos HTTP/1.1
> Host: api.pixconnect.com.br
>
< HTTP/1.1 429 Too Many Requests
< Retry-After: 9
<
{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_c2"}}
`, []string{"RATE_LIMITED", "RATE_LIMITED"}, "each response of the session, each with its own Retry-After"},
	}
}

// shownCards is what the result pane shows: the heading over several cards ("" for
// one), and each card's place ("" for one), code and request id, in order.
type shownCards struct {
	Heading  string   `json:"heading"`
	Counts   []string `json:"counts"`
	Codes    []string `json:"codes"`
	Titles   []string `json:"titles"` // without the place
	Requests []string `json:"requests"`
	// InList: every card is an item of the ordered list the heading names.
	InList bool `json:"inList"`
	// Children are the result pane's children, as tag.data-testid.
	Children []string `json:"children"`
}

func cardsShown(p *browser.Page) shownCards {
	var s shownCards
	p.Eval(`() => {
		const result = document.querySelector('[data-testid="result"]');
		const cards = [...result.querySelectorAll('[data-testid="card"]')];
		const list = result.querySelector('ol[data-testid="many"]');
		const heading = result.querySelector('h2[data-testid="many-title"]');
		const of = (c, id) => c.querySelector('[data-testid="' + id + '"]')?.textContent || '';
		return {
			heading: heading ? heading.textContent : '',
			counts: cards.map((c) => of(c, 'many-count')),
			codes: cards.map((c) => of(c, 'code')),
			titles: cards.map((c) => c.querySelector('[data-testid="title"]').lastChild.textContent),
			requests: cards.map((c) => of(c, 'request-id')),
			inList: !!list && !!heading && list.getAttribute('aria-labelledby') === heading.id &&
				cards.every((c) => c.parentElement.localName === 'li' && c.parentElement.parentElement === list),
			children: [...result.children].map((e) => e.localName + '.' + (e.dataset.testid || '')),
		};
	}`, nil, &s)
	return s
}

// TestPageManyErrors: a paste with several errors shows one card per error, in order,
// under a heading that counts them, each card numbered; a paste with one looks as it
// always did.
func TestPageManyErrors(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	for _, tt := range manyErrors(t) {
		t.Run(tt.name, func(t *testing.T) {
			p := p.For(t)
			pasteAndWait(p, tt.paste)
			n := len(tt.codes)
			got := cardsShown(p)
			assert.Equal(t, tt.codes, got.Codes, tt.reason)
			assert.Equal(t, strconv.Itoa(n)+" errors in this paste", got.Heading)
			var counts []string
			for i := range n {
				counts = append(counts, strconv.Itoa(i+1)+" of "+strconv.Itoa(n))
			}
			assert.Equal(t, counts, got.Counts, "each card is numbered in its title")
			assert.True(t, got.InList, "the cards are the items of an ordered list named by the heading")
			assert.Equal(t, []string{"h2.many-title", "ol.many"}, got.Children)
			// What a screen reader is told: the count, a list it names, and each card's
			// place in its heading, so that moving from heading to heading says it.
			tree := p.AriaSnapshot(resultSel)
			assert.Contains(t, tree, `heading "`+got.Heading+`" [level=2]`, tree)
			assert.Contains(t, tree, `list "`+got.Heading+`"`, tree)
			for i, title := range got.Titles {
				assert.Contains(t, tree, `heading "`+counts[i]+" "+title+`" [level=2]`, tree)
			}
			p.WaitUntil(`(want) => document.querySelector('[data-testid="status"]').textContent === want`, got.Heading)

			md := copyMarkdown(p)
			assert.True(t, strings.HasPrefix(md, "## "+got.Heading+"\n\n### 1 of "+strconv.Itoa(n)+" · "), md)
			at := 0
			for i, code := range tt.codes {
				j := strings.Index(md[at:], "`"+code+"`")
				require.GreaterOrEqual(t, j, 0, "the Markdown has %s after the card before it:\n%s", code, md)
				at += j + len(code)
				assert.Contains(t, md, "### "+counts[i]+" · ")
				assert.Contains(t, md, "`"+got.Requests[i]+"`")
			}
			assert.NotContains(t, md, "fq_live_9d2c41a7e3b8f605")
		})
	}
	t.Run("countdowns", func(t *testing.T) {
		p := p.For(t)
		pasteAndWait(p, manyErrors(t)[2].paste)
		var values []string
		p.Eval(`() => [...document.querySelectorAll('[data-testid="countdown"] .countdown-value')].map((e) => e.textContent)`, nil, &values)
		assert.Equal(t, []string{"5 s", "9 s"}, values, "each card counts down its own Retry-After")
		p.WaitUntil(`() => [...document.querySelectorAll('[data-testid="countdown"] .countdown-value')].map((e) => e.textContent).join() === '4 s,8 s'`, nil)
	})
	t.Run("in Portuguese", func(t *testing.T) {
		p := p.For(t)
		pasteAndWait(p, manyErrors(t)[0].paste)
		p.Select(tid("lang"), "pt-BR")
		p.WaitUntil(`() => document.querySelector('[data-testid="card"]')?.lang === 'pt-BR'`, nil)
		got := cardsShown(p)
		assert.Equal(t, "3 erros neste texto", got.Heading)
		assert.Equal(t, []string{"1 de 3", "2 de 3", "3 de 3"}, got.Counts)
		assert.Equal(t, manyErrors(t)[0].codes, got.Codes)
		p.Select(tid("lang"), "en")
		p.WaitUntil(`() => document.querySelector('[data-testid="card"]')?.lang === 'en'`, nil)
	})
	t.Run("one error", func(t *testing.T) {
		p := p.For(t)
		pasteAndWait(p, sampleText(t, "curl"))
		got := cardsShown(p)
		assert.Equal(t, []string{"RATE_LIMITED"}, got.Codes)
		assert.Equal(t, []string{"article.card"}, got.Children, "the card alone, as before: no heading, no list")
		assert.Equal(t, []string{""}, got.Counts, "no number")
		assert.True(t, strings.HasPrefix(copyMarkdown(p), "### Request limit exceeded\n"), "the card's Markdown, unnumbered")
	})
	t.Run("share link", func(t *testing.T) {
		p := p.For(t)
		har := manyErrors(t)[0]
		pasteAndWait(p, har.paste)
		p.Click(tid("share"))
		p.WaitFor(tid("share-url"))
		link := evalString(p, `() => document.querySelector('[data-testid="share-url"]').value`)
		u, err := url.Parse(link)
		require.NoError(t, err)
		carried := inflate(t, strings.TrimPrefix(u.Fragment, "z="))
		assert.Equal(t, strings.ReplaceAll(har.paste, "fq_live_9d2c41a7e3b8f605", "****"), carried, "the link carries the masked paste")
		q := openPage(t, link, browser.PageOptions{})
		q.WaitFor(cardSel)
		assert.Equal(t, har.codes, cardsShown(q).Codes, "the link opens the same cards")
		noErrors(t, q)
	})
	noErrors(t, p)
}

// copyMarkdown clicks "Copy as Markdown" and returns what it put on the clipboard.
func copyMarkdown(p *browser.Page) string {
	p.Eval(`() => { document.querySelector('[data-testid="status"]').textContent = ''; }`, nil, nil)
	p.Click(tid("markdown"))
	p.WaitUntil(`() => document.querySelector('[data-testid="status"]').textContent === 'Markdown copied.'`, nil)
	return evalString(p, `() => navigator.clipboard.readText()`)
}

// TestPageExplainAll: decifra.explainAll answers what decode.ExplainAll does, and rejects
// a paste with no error as explain does.
func TestPageExplainAll(t *testing.T) {
	p := openPage(t, serveSite(t), browser.PageOptions{})
	pastes := map[string]string{"one error": sampleText(t, "curl")}
	for _, tt := range manyErrors(t) {
		pastes[tt.name] = tt.paste
	}
	for name, paste := range pastes {
		for _, lang := range catalog.Langs {
			t.Run(name+"/"+string(lang), func(t *testing.T) {
				p := p.For(t)
				var got []decode.Explanation
				p.Eval(`([text, lang]) => decifra.explainAll(text, {lang, now: Date.UTC(2026, 10, 2, 10), provider: 'fluxiq'})`,
					[]string{paste, string(lang)}, &got)
				xs, err := decode.ExplainAll([]byte(paste), decode.Options{Lang: lang, Now: sampleNow, Provider: "fluxiq"})
				require.NoError(t, err)
				b, err := json.Marshal(xs)
				require.NoError(t, err)
				var want []decode.Explanation
				require.NoError(t, json.Unmarshal(b, &want))
				assert.Equal(t, want, got)
			})
		}
	}
	t.Run("no error", func(t *testing.T) {
		var e struct{ Name, Code, Found, Hint string }
		p.Eval(`() => decifra.explainAll('hello').then(() => ({}), (err) => ({Name: err.name, Code: err.code, Found: err.found, Hint: err.hint}))`, nil, &e)
		assert.Equal(t, "NoErrorFoundError", e.Name)
		assert.Equal(t, "NO_ERROR_FOUND", e.Code)
		assert.NotEmpty(t, e.Found)
		assert.NotEmpty(t, e.Hint)
	})
	noErrors(t, p)
}

// pageBudget is the most the page may transfer, compressed as dist/site serves it
// (brotli), up to its first explanation: the HTML, the scripts and stylesheet, the wasm
// and the prose the explanation shows.
const pageBudget = 1_000_000

// The page stays within its budget as the catalog grows: the wasm holds the tables, and
// each explanation fetches only the chunks of prose it shows.
func TestPageBudget(t *testing.T) {
	base := serveSite(t)
	for _, s := range Samples {
		t.Run(s.ID, func(t *testing.T) {
			p := openPage(t, base, browser.PageOptions{})
			clickAndWait(p, tid("sample-"+s.ID))
			total, parts := 0, map[string]int{}
			for _, r := range p.RequestsSince(0) {
				u, err := url.Parse(r.URL)
				require.NoError(t, err)
				file := filepath.Join(siteDir, filepath.FromSlash(strings.TrimPrefix(u.Path, "/")))
				if u.Path == "/" {
					file = filepath.Join(siteDir, "index.html")
				}
				fi, err := os.Stat(file + ".br")
				if err != nil {
					fi, err = os.Stat(file)
				}
				require.NoError(t, err, "a request for a file the site does not have: %s", r.URL)
				total += int(fi.Size())
				kind := path.Ext(u.Path)
				if strings.Contains(u.Path, "decifra-text") {
					kind = "prose"
				}
				parts[kind] += int(fi.Size())
			}
			t.Logf("%s: %d bytes brotli to the first explanation %v", s.ID, total, parts)
			assert.LessOrEqual(t, total, pageBudget, "the page's bytes to its first explanation, brotli: %v", parts)
		})
	}
}
