//go:build e2e

package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web/browser"
	"github.com/decifra/decifra/web/site"
)

// The page's #code=provider/code (issue 13) and the catalogs a visitor brings to it
// (issue 14): #catalog=URL, a dropped file, the file picker.

// seen is one request a test server answered.
type seen struct {
	Method, URI string
	Body        int // bytes of body the request carried
}

// siteServer serves dist/site as serveSite does, plus files (path → body) at its root,
// and records every request.
type siteServer struct {
	URL string
	mu  sync.Mutex
	log []seen
}

func serveSiteWith(t testing.TB, files map[string]string) *siteServer {
	t.Helper()
	checkSite(t)
	s := &siteServer{}
	h := site.Handler(siteDir)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.log = append(s.log, seen{r.Method, r.RequestURI, len(body)})
		s.mu.Unlock()
		if f, ok := files[r.URL.Path]; ok {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, f)
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	s.URL = srv.URL + "/"
	return s
}

// since returns the requests after the first n.
func (s *siteServer) since(n int) []seen {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]seen(nil), s.log[n:]...)
}

func (s *siteServer) mark() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.log)
}

// isTrue evaluates a JavaScript function in the page that returns a boolean.
func isTrue(p *browser.Page, source string) bool {
	var b bool
	p.Eval(source, nil, &b)
	return b
}

// providerShown is the provider id the result pane's card names ("" for none or no card).
func providerShown(p *browser.Page) string {
	return evalString(p, `() => document.querySelector('[data-testid="result"] [data-testid="provider"]')?.dataset.provider || ''`)
}

// nativeCode is decode.ExplainCode's answer, what the page should show.
func nativeCode(t *testing.T, provider, code string, lang catalog.Lang) *decode.Explanation {
	t.Helper()
	x, err := decode.ExplainCode(provider, code, decode.Options{Lang: lang})
	require.NoError(t, err)
	return x
}

const stripeDeclined = `{"error": {"code": "card_declined", "decline_code": "insufficient_funds", "type": "card_error", "message": "Your card was declined."}}`

func TestPageCode(t *testing.T) {
	base := serveSite(t)

	t.Run("a built-in code, in English", func(t *testing.T) {
		p := openPage(t, base+"#code=stripe/card_declined", browser.PageOptions{Locale: "en-US"})
		p.WaitFor(cardSel)
		want := nativeCode(t, "stripe", "card_declined", catalog.English)
		assert.Equal(t, "stripe", p.Attr(tid("provider"), "data-provider"))
		assert.Equal(t, "card_declined", p.Text(tid("code")))
		assert.Equal(t, want.Title, p.Text(tid("title")))
		assert.Equal(t, want.Meaning, p.Text(tid("meaning")))
		assert.Equal(t, "fix", p.Attr(tid("strategy"), "data-strategy"))
		assert.Contains(t, p.Text(tid("evidence")), "looked up in the catalog: stripe/card_declined")
		assert.Equal(t, T("en", "format_code"), strings.TrimSpace(evalString(p, `() => document.querySelector('[data-testid="format"]').textContent`)))
		assert.Equal(t, "", evalString(p, `() => document.querySelector('[data-testid="paste"]').value`), "no paste")
		assert.Equal(t, "#code=stripe/card_declined", p.Attr(tid("code-link"), "href"), "the card links to its fragment")
		assert.Equal(t, T("en", "code_link"), p.Text(tid("code-link")))
		assert.True(t, isTrue(p, `() => document.querySelector('[data-testid="share"]').disabled`), "the link is the code's share link")
		assert.Contains(t, p.Text(tid("status")), want.Title, "announced")
		noErrors(t, p)
	})

	t.Run("a built-in code, in Portuguese, then Spanish", func(t *testing.T) {
		p := openPage(t, base+"#code=stripe/card_declined", browser.PageOptions{Locale: "pt-BR"})
		p.WaitFor(cardSel)
		want := nativeCode(t, "stripe", "card_declined", catalog.Portuguese)
		assert.Equal(t, "pt-BR", p.Attr(cardSel, "lang"))
		assert.Equal(t, want.Title, p.Text(tid("title")))
		assert.Equal(t, want.Meaning, p.Text(tid("meaning")))
		assert.Equal(t, "Corrija e reenvie", p.Text(tid("strategy")))
		assert.Equal(t, T("pt-BR", "code_link"), p.Text(tid("code-link")))

		p.Select(tid("lang"), "es")
		p.WaitUntil(`() => document.querySelector('[data-testid="card"]')?.lang === 'es'`, nil)
		assert.Equal(t, nativeCode(t, "stripe", "card_declined", catalog.Spanish).Title, p.Text(tid("title")), "the code, explained again in the language chosen")
		assert.Equal(t, "card_declined", p.Text(tid("code")))
		noErrors(t, p)
	})

	t.Run("a card links to its code, and the link opens it", func(t *testing.T) {
		p := openPage(t, base, browser.PageOptions{})
		pasteAndWait(p, stripeDeclined)
		p.WaitFor(tid("code-link"))
		href := p.Attr(tid("code-link"), "href")
		assert.Equal(t, "#code=stripe/card_declined", href)
		assert.Equal(t, "Link to this code: stripe/card_declined", p.Attr(tid("code-link"), "aria-label"))

		// Followed: the code's own card, with no paste behind it.
		before := renders(p)
		p.Click(tid("code-link"))
		p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
		p.WaitUntil(`() => location.hash === '#code=stripe/card_declined'`, nil)
		assert.Contains(t, p.Text(tid("evidence")), "looked up in the catalog: stripe/card_declined")
		assert.Equal(t, "card_declined", p.Text(tid("code")))

		// Opened in another visit: the same card.
		q := openPage(t, base+href, browser.PageOptions{})
		q.WaitFor(cardSel)
		assert.Equal(t, p.Text(tid("title")), q.Text(tid("title")))
		assert.Equal(t, "stripe", q.Attr(tid("provider"), "data-provider"))

		// Typing again explains the paste; the link of the same code still shows it.
		pasteAndWait(p, stripeDeclined)
		p.WaitFor(tid("code-link"))
		assert.Contains(t, p.Text(tid("evidence")), "card_declined is Stripe's")
		before = renders(p)
		p.Click(tid("code-link"))
		p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
		assert.Contains(t, p.Text(tid("evidence")), "looked up in the catalog")
		noErrors(t, p)
		noErrors(t, q)
	})

	t.Run("no link for a code the catalog lacks", func(t *testing.T) {
		p := openPage(t, base, browser.PageOptions{})
		pasteAndWait(p, `{"error": {"code": "card_zzz_unheard_of", "type": "card_error", "message": "Declined."}}`)
		assert.Equal(t, "stripe", p.Attr(tid("provider"), "data-provider"))
		// The page's own check went first; once this answers, it has answered too.
		var has [2]bool
		p.Eval(`async () => [await decifra.hasCode('stripe', 'card_zzz_unheard_of'), await decifra.hasCode('stripe', 'card_declined')]`, nil, &has)
		assert.Equal(t, [2]bool{false, true}, has)
		assert.Zero(t, p.Count(tid("code-link")))
		noErrors(t, p)
	})

	t.Run("an unknown code: the closest ones", func(t *testing.T) {
		p := openPage(t, base+"#code=stripe/card_decline", browser.PageOptions{})
		p.WaitFor(tid("unknown-code"))
		box := tid("unknown-code")
		assert.Equal(t, "code", p.Attr(box, "data-unknown"))
		assert.Contains(t, p.Text(box), "The catalog of stripe has no code “card_decline”.")
		assert.Contains(t, p.Text(box), T("en", "code_did_you_mean"))
		var near []struct{ Text, Href string }
		p.Eval(`() => [...document.querySelectorAll('[data-testid="did-you-mean"]')].map((a) => ({Text: a.textContent, Href: a.getAttribute('href')}))`, nil, &near)
		require.NotEmpty(t, near)
		assert.Contains(t, near, struct{ Text, Href string }{"stripe/card_declined", "#code=stripe/card_declined"})
		assert.Equal(t, "alert", p.Attr(box, "role"))
		assert.Zero(t, p.Count(cardSel))

		p.Click(`[data-testid="did-you-mean"][href="#code=stripe/card_declined"]`)
		p.WaitFor(cardSel)
		assert.Equal(t, "card_declined", p.Text(tid("code")))
		noErrors(t, p)
	})

	t.Run("an unknown provider, in Portuguese", func(t *testing.T) {
		p := openPage(t, base+"#code=strip/card_declined", browser.PageOptions{Locale: "pt-BR"})
		p.WaitFor(tid("unknown-code"))
		assert.Equal(t, "provider", p.Attr(tid("unknown-code"), "data-unknown"))
		assert.Contains(t, p.Text(tid("unknown-code")), "O decifra não tem o provedor “strip”.")
		assert.Contains(t, p.Text(tid("unknown-code")), T("pt-BR", "code_did_you_mean"))
		assert.Equal(t, "#code=stripe/card_declined", p.Attr(tid("did-you-mean"), "href"))
		assert.Equal(t, "stripe/card_declined", p.Text(tid("did-you-mean")))
		noErrors(t, p)
	})

	t.Run("nothing close", func(t *testing.T) {
		p := openPage(t, base+"#code=qqqqqqqqqqqq/x", browser.PageOptions{})
		p.WaitFor(tid("unknown-code"))
		assert.Contains(t, p.Text(tid("unknown-code")), T("en", "code_none_near"))
		assert.Zero(t, p.Count(tid("did-you-mean")))
		noErrors(t, p)
	})

	t.Run("markup in the fragment is text", func(t *testing.T) {
		payload := `<img src=x onerror="window.__xss=1">`
		p := openPage(t, base+"#code=stripe/"+payload, browser.PageOptions{})
		p.WaitFor(tid("unknown-code"))
		assert.Contains(t, p.Text(tid("unknown-code")), payload)
		assert.Zero(t, p.Count(resultSel+" img"))
		assert.Equal(t, "undefined", evalString(p, `() => String(window.__xss)`))
		noErrors(t, p)
	})

	t.Run("the JavaScript API", func(t *testing.T) {
		p := openPage(t, base, browser.PageOptions{})
		var got struct {
			Code    string
			Unknown struct {
				Name, Code, Unknown string
				Closest             []string
			}
			Provider struct {
				Unknown string
				Closest []string
			}
			Catalog struct {
				Name     string
				Problems []string
			}
			FromCustom string
		}
		p.Eval(`async (acme) => {
			const fail = (p) => p.then(() => ({}), (e) => e);
			const x = await decifra.explainCode('stripe', 'card_declined', {lang: 'es'});
			const unknown = await fail(decifra.explainCode('stripe', 'card_decline'));
			const provider = await fail(decifra.explainCode('strip', 'card_declined'));
			const bad = await fail(decifra.addCatalog('{"version": 1}', 'bad.json'));
			await decifra.addCatalog(acme, 'acme.json');
			const y = await decifra.explainCode('acmepay', 'card_declined', {catalog: 'acme.json'});
			return {Code: x.code + '/' + x.lang,
				Unknown: {Name: unknown.name, Code: unknown.code, Unknown: unknown.unknown, Closest: unknown.closest},
				Provider: {Unknown: provider.unknown, Closest: provider.closest},
				Catalog: {Name: bad.name, Problems: bad.problems},
				FromCustom: y.provider.id + '/' + y.code};
		}`, demoFile(t, "acmepay.catalog.json"), &got)
		assert.Equal(t, "card_declined/es", got.Code)
		assert.Equal(t, "UnknownCodeError", got.Unknown.Name)
		assert.Equal(t, "UNKNOWN_CODE", got.Unknown.Code)
		assert.Equal(t, "code", got.Unknown.Unknown)
		assert.Contains(t, got.Unknown.Closest, "card_declined")
		assert.Equal(t, "provider", got.Provider.Unknown)
		assert.Equal(t, []string{"stripe"}, got.Provider.Closest)
		assert.Equal(t, "CatalogError", got.Catalog.Name)
		assert.NotEmpty(t, got.Catalog.Problems)
		for _, line := range got.Catalog.Problems {
			assert.True(t, strings.HasPrefix(line, "bad.json: "), "one problem a line, with its origin: %q", line)
		}
		assert.Equal(t, "acmepay/card_declined", got.FromCustom)
		noErrors(t, p)
	})

	t.Run("accessible", func(t *testing.T) {
		for _, u := range []string{"#code=stripe/card_declined", "#code=stripe/card_decline"} {
			p := openPage(t, base+u, browser.PageOptions{Width: 375, Height: 800})
			p.WaitFor(tid("code") + ", " + tid("unknown-code"))
			for _, v := range p.Axe() {
				t.Errorf("axe %s: %s", u, v)
			}
		}
	})
}

// hostileCatalog has markup and script wherever a catalog has text.
const hostileCatalog = `{"version": 1, "id": "evilpay", "name": "<img src=x onerror=\"window.pwned=1\">EvilPay",
  "source": "<script>window.pwned=2</script>",
  "body": {"code": "error.code", "message": "error.message", "envelope": ["error.code", "error.evil"]},
  "codes": [{"code": "E1", "status": 400, "category": "validation", "retry": "fix",
    "title": "<img src=x onerror=\"window.pwned=3\">Title",
    "meaning": "<b onmouseover=\"window.pwned=4\">bold</b> &lt;meaning&gt;",
    "fix": ["<a href=\"javascript:window.pwned=5\">click</a>"]}]}`

// typoCatalog misspells a member: a problem with its path.
const typoCatalog = `{"version": 1, "id": "typo", "name": "Typo", "source": "s",
  "codes": [{"code": "X", "category": "validation", "retry": "fix", "titel": "X", "meaning": "m", "fix": []}]}`

// dropFiles drops files (name → content) onto the paste area, as a file manager would.
func dropFiles(p *browser.Page, files map[string]string) {
	p.Eval(`(files) => {
		const dt = new DataTransfer();
		for (const [name, text] of Object.entries(files)) dt.items.add(new File([text], name, {type: 'application/json'}));
		const target = document.querySelector('[data-testid="paste"]');
		for (const type of ['dragenter', 'dragover', 'drop']) {
			target.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));
		}
	}`, files, nil)
}

// pickFile chooses a file with the page's file picker.
func pickFile(p *browser.Page, name, text string) {
	p.Eval(`([name, text]) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], name, {type: 'application/json'}));
		const input = document.querySelector('[data-testid="catalog-file"]');
		input.files = dt.files;
		input.dispatchEvent(new Event('change', {bubbles: true}));
	}`, []string{name, text}, nil)
}

// consoleErrors are the console's errors but the browser's own line for a failed
// request, which a test that asks for a missing file expects.
func consoleErrors(p *browser.Page) []string {
	var out []string
	for _, e := range p.Errors() {
		if !strings.Contains(e, "Failed to load resource") {
			out = append(out, e)
		}
	}
	return out
}

func TestPageCatalog(t *testing.T) {
	srv := serveSiteWith(t, map[string]string{
		"/errors/typo.json":   typoCatalog,
		"/errors/evil.json":   hostileCatalog,
		"/errors/broken.json": `{"version": 1, "id": "broken", `,
	})
	base := srv.URL
	acme := demoFile(t, "acmepay.catalog.json")
	acmeDeclined := demoFile(t, "acmepay-samples/card-declined.json")

	t.Run("#catalog= with the demo catalog, then an AcmePay paste", func(t *testing.T) {
		mark := srv.mark()
		p := openPage(t, base+"#catalog=demo/acmepay.catalog.json", browser.PageOptions{})
		p.WaitFor(tid("catalog"))
		assert.Equal(t, "acmepay", p.Attr(tid("catalog"), "data-id"))
		assert.Contains(t, p.Text(tid("catalog")), "AcmePay (acmepay)")
		assert.Contains(t, p.Text(tid("catalog")), base+"demo/acmepay.catalog.json")
		assert.Zero(t, p.Count(tid("catalog-problem")))
		fetched := 0
		for _, r := range srv.since(mark) {
			if strings.Contains(r.URI, "acmepay") {
				fetched++
				assert.Equal(t, "GET", r.Method)
				assert.Equal(t, "/demo/acmepay.catalog.json", r.URI, "nothing but the catalog's own URL")
			}
		}
		assert.Equal(t, 1, fetched, "the catalog was fetched once")

		pasteAndWait(p, acmeDeclined)
		assert.Equal(t, "acmepay", p.Attr(tid("provider"), "data-provider"))
		assert.Equal(t, "AcmePay", p.Text(tid("provider")))
		assert.Equal(t, "card_declined", p.Text(tid("code")))
		assert.Contains(t, p.Text(tid("evidence")), base+"demo/acmepay.catalog.json", "the evidence names the catalog that answered")
		p.WaitFor(tid("code-link"))
		href := p.Attr(tid("code-link"), "href")
		assert.Equal(t, "#catalog=/demo/acmepay.catalog.json&code=acmepay/card_declined", href, "the link names the catalog too")

		// The built-in catalogs answer beside it.
		clickAndWait(p, tid("sample-fluxiq"))
		assert.Equal(t, "fluxiq", p.Attr(tid("provider"), "data-provider"))

		// The code's link works in another visit: it loads the catalog first.
		q := openPage(t, base+href, browser.PageOptions{Locale: "pt-BR"})
		q.WaitFor(cardSel)
		assert.Equal(t, "acmepay", q.Attr(tid("provider"), "data-provider"))
		assert.Equal(t, "card_declined", q.Text(tid("code")))
		assert.Equal(t, "pt-BR", q.Attr(cardSel, "lang"))
		noErrors(t, p)
		noErrors(t, q)
	})

	t.Run("a #catalog= fetch carries nothing pasted", func(t *testing.T) {
		p := openPage(t, base, browser.PageOptions{})
		secret := "sk_live_PASTEDSECRET0123456789"
		pasteAndWait(p, "Authorization: Bearer "+secret+"\n"+acmeDeclined)
		assert.NotEqual(t, "acmepay", providerShown(p), "not known before its catalog")
		mark, browserMark := srv.mark(), p.Mark()
		before := renders(p)
		p.Eval(`() => { location.hash = '#catalog=demo/acmepay.catalog.json'; }`, nil, nil)
		p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
		assert.Equal(t, "acmepay", p.Attr(tid("provider"), "data-provider"), "the paste is explained again with the catalog")
		for _, r := range srv.since(mark) {
			assert.Equal(t, "GET", r.Method, r.URI)
			assert.Zero(t, r.Body, r.URI)
			assert.NotContains(t, r.URI, "PASTEDSECRET")
			assert.NotContains(t, r.URI, "req_7Hc2kQm9ZfA1")
		}
		for _, r := range p.RequestsSince(browserMark) {
			assert.True(t, strings.HasPrefix(r.URL, base), "a request went elsewhere: %s", r.URL)
			assert.NotContains(t, r.URL, "PASTEDSECRET")
		}
		noErrors(t, p)
	})

	t.Run("a missing catalog is reported; the built-in ones still answer", func(t *testing.T) {
		p := openPage(t, base+"#catalog=demo/missing.json", browser.PageOptions{})
		p.WaitFor(tid("catalog-problem"))
		problem := p.Text(tid("catalog-problem"))
		assert.Contains(t, problem, "The catalog "+base+"demo/missing.json was not loaded:")
		assert.Contains(t, problem, "HTTP 404")
		assert.Contains(t, problem, T("en", "catalog_still"))
		assert.Equal(t, "alert", p.Attr("#catalog-problems", "role"))
		assert.Zero(t, p.Count(tid("catalog")))
		clickAndWait(p, tid("sample-onnixpay"))
		assert.Equal(t, "onnixpay", p.Attr(tid("provider"), "data-provider"))
		assert.Empty(t, consoleErrors(p))
	})

	t.Run("an invalid catalog: each problem, as text", func(t *testing.T) {
		p := openPage(t, base+"#catalog=errors/typo.json&code=stripe/card_declined", browser.PageOptions{})
		p.WaitFor(tid("catalog-problem"))
		problem := p.Text(tid("catalog-problem"))
		assert.Contains(t, problem, "errors/typo.json was not loaded")
		assert.Contains(t, problem, "/codes/0/titel", "where the problem is")
		assert.Contains(t, problem, T("en", "catalog_still"))
		p.WaitFor(cardSel)
		assert.Equal(t, "card_declined", p.Text(tid("code")), "the code of the link is shown all the same")
		pasteAndWait(p, sampleText(t, "fluxiq"))
		assert.Equal(t, "fluxiq", p.Attr(tid("provider"), "data-provider"))

		q := openPage(t, base+"#catalog=errors/broken.json", browser.PageOptions{})
		q.WaitFor(tid("catalog-problem"))
		assert.Contains(t, q.Text(tid("catalog-problem")), "errors/broken.json was not loaded")
		assert.Positive(t, q.Count(tid("catalog-problem")+" li"), "the parser's problem")
		noErrors(t, p)
		noErrors(t, q)
	})

	t.Run("a catalog on another site is not fetched", func(t *testing.T) {
		other := serveSiteWith(t, map[string]string{"/acmepay.json": acme})
		p := openPage(t, base+"#catalog="+other.URL+"acmepay.json", browser.PageOptions{})
		p.WaitFor(tid("catalog-problem"))
		assert.Contains(t, p.Text(tid("catalog-problem")), "a link may load only a catalog from this site ("+strings.TrimSuffix(base, "/")+")")
		assert.Empty(t, other.since(0), "the other site heard nothing")
		noErrors(t, p)
	})

	t.Run("a dropped file", func(t *testing.T) {
		p := openPage(t, base, browser.PageOptions{})
		dropFiles(p, map[string]string{"acmepay.catalog.json": acme})
		p.WaitFor(tid("catalog"))
		assert.Contains(t, p.Text(tid("catalog")), "AcmePay (acmepay)")
		assert.Contains(t, p.Text(tid("catalog")), "acmepay.catalog.json")
		p.WaitUntil(`(want) => document.querySelector('[data-testid="status"]').textContent === want`, strings.Replace(T("en", "catalog_added"), "{name}", "AcmePay", 1))
		pasteAndWait(p, acmeDeclined)
		assert.Equal(t, "acmepay", p.Attr(tid("provider"), "data-provider"))
		p.WaitFor(tid("code-link"))
		assert.Equal(t, "#code=acmepay/card_declined", p.Attr(tid("code-link"), "href"), "a dropped file has no URL: the link holds for this visit")
		before := renders(p)
		p.Click(tid("code-link"))
		p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
		assert.Equal(t, "acmepay", p.Attr(tid("provider"), "data-provider"))
		assert.Contains(t, p.Text(tid("evidence")), "looked up in the catalog: acmepay/card_declined")

		// Removed, the catalog no longer answers.
		pasteAndWait(p, acmeDeclined)
		before = renders(p)
		p.Click(tid("catalog-remove"))
		p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
		assert.NotEqual(t, "acmepay", providerShown(p))
		assert.Zero(t, p.Count(tid("catalog")))

		// A dropped file that is no catalog is reported, and a dropped HAR is explained.
		dropFiles(p, map[string]string{"notes.json": "hello"})
		p.WaitFor(tid("catalog-problem"))
		assert.Contains(t, p.Text(tid("catalog-problem")), "The catalog notes.json was not loaded:")
		before = renders(p)
		dropFiles(p, map[string]string{"session.har": harOf(t, harResponse{429, `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_h1"}}`})})
		p.WaitUntil(`(n) => Number(document.querySelector('[data-testid="result"]').dataset.renders || 0) > n`, before)
		assert.Equal(t, "RATE_LIMITED", p.Text(tid("code")))
		noErrors(t, p)
	})

	t.Run("the file picker, with a hostile catalog", func(t *testing.T) {
		p := openPage(t, base, browser.PageOptions{})
		assert.Equal(t, T("en", "catalog_pick"), p.Text(tid("catalog-pick")))
		pickFile(p, `<img src=x onerror="window.pwned=6">.json`, hostileCatalog)
		p.WaitFor(tid("catalog"))
		assert.Contains(t, p.Text(tid("catalog")), `<img src=x onerror="window.pwned=1">EvilPay (evilpay)`, "the name as written")
		pasteAndWait(p, `{"error": {"code": "E1", "message": "boom", "evil": true}}`)
		assert.Equal(t, "evilpay", p.Attr(tid("provider"), "data-provider"))
		assert.Equal(t, `<img src=x onerror="window.pwned=3">Title`, p.Text(tid("title")))
		assert.Contains(t, p.Text(tid("meaning")), `<b onmouseover="window.pwned=4">bold</b> &lt;meaning&gt;`)

		// As a code too, and the same hostile text in the pt-BR page.
		p.Eval(`() => { location.hash = '#code=evilpay/E1'; }`, nil, nil)
		p.WaitUntil(`() => document.querySelector('[data-testid="evidence"]')?.textContent.includes('looked up in the catalog: evilpay/E1')`, nil)
		p.Select(tid("lang"), "pt-BR")
		p.WaitUntil(`() => document.querySelector('[data-testid="card"]')?.lang === 'pt-BR'`, nil)
		assert.Equal(t, `<img src=x onerror="window.pwned=3">Title`, p.Text(tid("title")))

		var found struct {
			Elements int `json:"elements"`
			Handlers int `json:"handlers"`
		}
		p.Eval(`() => {
			const scope = [...document.querySelectorAll('[data-testid="result"] *, [data-testid="catalogs"] *')];
			scope.forEach((e) => e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})));
			return {
				elements: scope.filter((e) => ['img', 'script', 'b'].includes(e.localName) || (e.localName === 'a' && /^javascript:/i.test(e.getAttribute('href') || ''))).length,
				handlers: scope.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on'))).length,
			};
		}`, nil, &found)
		assert.Zero(t, found.Elements, "no element of the catalog's making")
		assert.Zero(t, found.Handlers)
		assert.Equal(t, "undefined", evalString(p, `() => String(window.pwned)`))
		noErrors(t, p)
	})

	t.Run("accessible, with a catalog and a problem", func(t *testing.T) {
		for name, o := range map[string]browser.PageOptions{"1280-light": {Width: 1280}, "375-dark": {Width: 375, Height: 800, ColorScheme: "dark"}} {
			p := openPage(t, base+"#catalog=demo/acmepay.catalog.json&code=acmepay/card_declined", o)
			p.WaitFor(cardSel)
			dropFiles(p, map[string]string{"typo.json": typoCatalog})
			p.WaitFor(tid("catalog-problem"))
			var overflow int
			p.Eval(`() => document.documentElement.scrollWidth - document.documentElement.clientWidth`, nil, &overflow)
			assert.LessOrEqual(t, overflow, 0, "the page scrolls sideways")
			p.Screenshot(artifacts + "catalog-" + name + ".png")
			for _, v := range p.Axe() {
				t.Errorf("axe %s: %s", name, v)
			}
			noErrors(t, p)
		}
	})
}
