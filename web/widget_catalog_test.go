//go:build e2e

package web

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/web/browser"
)

// A portal's own catalog (decifra-catalog.schema.json), named by the catalog attribute,
// explains its API's errors in the widget as a built-in provider's would; a bad or
// hostile catalog costs the portal nothing but a console message.

func demoFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("demo/" + name)
	require.NoError(t, err)
	return string(b)
}

func TestExplainerPortalCatalog(t *testing.T) {
	assets := serveSite(t)
	hostile, bad := hostileCatalog, typoCatalog
	portal := servePortal(t, nil, map[string]string{
		"/": portalPage(assets, "", `<decifra-explainer id="acme" catalog="errors/acmepay.json"></decifra-explainer>`+
			`<decifra-explainer id="evil" catalog="/errors/evil.json"></decifra-explainer>`+
			`<decifra-explainer id="typo" catalog="/errors/typo.json"></decifra-explainer>`+
			`<decifra-explainer id="gone" catalog="/errors/missing.json"></decifra-explainer>`),
		"/errors/acmepay.json": demoFile(t, "acmepay.catalog.json"),
		"/errors/evil.json":    hostile,
		"/errors/typo.json":    bad,
	})
	p := openPortal(t, portal, browser.PageOptions{})

	t.Run("explained from the portal's catalog", func(t *testing.T) {
		p := p.For(t)
		got := pasteInto(p, "acme", demoFile(t, "acmepay-samples/card-declined.json"))
		require.NotNil(t, got.Detail.Provider)
		assert.Equal(t, "acmepay", got.Detail.Provider.ID)
		assert.Equal(t, "AcmePay", got.Detail.Provider.Name)
		assert.Equal(t, "card_declined", got.Detail.Code)
		assert.Equal(t, "req_7Hc2kQm9ZfA1", got.Detail.RequestID)
		assert.Contains(t, strings.Join(got.Detail.Provider.Evidence, "\n"), portal+"errors/acmepay.json", "the evidence names the catalog that answered")
		assert.Equal(t, "acmepay", p.Attr(`#acme [data-testid="provider"]`, "data-provider"))
		assert.Equal(t, "card_declined", p.Text(`#acme [data-testid="code"]`))

		got = pasteInto(p, "acme", demoFile(t, "acmepay-samples/rate-limited.txt"))
		assert.Equal(t, "rate_limited", got.Detail.Code)
		assert.Equal(t, "wait", string(got.Detail.Retry.Strategy))

		// The built-in catalogs still answer beside it.
		got = pasteInto(p, "acme", sampleText(t, "fluxiq"))
		assert.Equal(t, "fluxiq", got.Detail.Provider.ID)
	})

	t.Run("a hostile catalog's text is text", func(t *testing.T) {
		p := p.For(t)
		got := pasteInto(p, "evil", `{"error": {"code": "E1", "message": "boom", "evil": true}}`)
		require.NotNil(t, got.Detail.Provider)
		assert.Equal(t, "evilpay", got.Detail.Provider.ID)
		assert.Contains(t, p.Text(`#evil [data-testid="result"]`), `<img src=x onerror="window.pwned=3">Title`, "the title is shown as written")
		assert.Equal(t, 0, p.Count(`#evil [data-testid="result"] img, #evil [data-testid="result"] script, #evil [data-testid="result"] b, #evil [data-testid="result"] a[href^="javascript"]`),
			"no element of the catalog's making")
		p.Eval(`() => document.querySelector('#evil').shadowRoot.querySelectorAll('*').forEach((e) => e.dispatchEvent(new MouseEvent('mouseover')))`, nil, nil)
		assert.Equal(t, "undefined", evalString(p, `() => String(window.pwned)`))
	})

	t.Run("a bad or missing catalog is reported, and the built-in ones still answer", func(t *testing.T) {
		p := p.For(t)
		for _, id := range []string{"typo", "gone"} {
			got := pasteInto(p, id, sampleText(t, "onnixpay"))
			require.NotNil(t, got.Detail.Provider, id)
			assert.Equal(t, "onnixpay", got.Detail.Provider.ID, id)
		}
		var console []string
		for _, m := range p.Console() {
			if m.Type == "error" {
				console = append(console, m.Text)
			}
		}
		all := strings.Join(console, "\n")
		assert.Contains(t, all, "errors/typo.json was not loaded", "the author is told which catalog")
		assert.Contains(t, all, "/codes/0/titel", "and where the problem is")
		assert.Contains(t, all, "errors/missing.json was not loaded: HTTP 404")
	})
}
