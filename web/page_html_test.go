package web

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/web/htmltest"
	"github.com/decifra/decifra/web/site"
)

// TestIndexHTML reads the committed index.html (./build.sh generate writes it from
// page.templ; CI fails when it is stale).
func TestIndexHTML(t *testing.T) {
	f, err := os.Open("../index.html")
	require.NoError(t, err, "run ./build.sh generate")
	defer f.Close()
	doc, err := html.Parse(f)
	require.NoError(t, err)

	csp := htmltest.All(doc, func(n *html.Node) bool {
		return n.Data == "meta" && htmltest.Attr(n, "http-equiv") == "Content-Security-Policy"
	})
	require.Len(t, csp, 1, "the policy is in a <meta>, so any static host enforces it")
	assert.Equal(t, site.ContentSecurityPolicy, htmltest.Attr(csp[0], "content"))

	for _, s := range htmltest.All(doc, func(n *html.Node) bool { return n.Data == "script" }) {
		if htmltest.Attr(s, "type") == "application/json" {
			continue // data, never run
		}
		assert.NotEmpty(t, htmltest.Attr(s, "src"), "no inline script: %s", htmltest.Text(s))
		assert.Empty(t, htmltest.Text(s), "a script with src has no body")
	}
	for _, n := range htmltest.All(doc, func(*html.Node) bool { return true }) {
		for _, a := range n.Attr {
			assert.NotEqual(t, "style", a.Key, "no inline style on <%s>", n.Data)
			assert.NotRegexp(t, "^on", a.Key, "no inline handler on <%s>", n.Data)
		}
	}

	data := htmltest.All(doc, func(n *html.Node) bool { return htmltest.Attr(n, "id") == "decifra-data" })
	require.Len(t, data, 1)
	var d PageData
	require.NoError(t, json.Unmarshal([]byte(data[0].FirstChild.Data), &d))
	require.Len(t, d.Samples, len(Samples))
	for i, s := range Samples {
		s.Kind = catalog.Text{} // in the strings, as kind_<id>
		assert.Equal(t, s, d.Samples[i])
	}
	assert.Equal(t, Strings("pt-BR"), d.Strings["pt-BR"])
	assert.Equal(t, Strings("en"), d.Strings["en"])

	for _, s := range Samples {
		b := one(t, doc, "sample-"+s.ID)
		assert.Equal(t, "button", b.Data)
		assert.Equal(t, "button", htmltest.Attr(b, "type"))
	}
	for _, n := range htmltest.All(doc, func(n *html.Node) bool { return htmltest.Attr(n, "data-i18n") != "" }) {
		assert.Equal(t, T("en", htmltest.Attr(n, "data-i18n")), htmltest.Text(n), "the shell is English until app.js translates it")
	}
	label := htmltest.All(doc, func(n *html.Node) bool { return n.Data == "label" && htmltest.Attr(n, "for") == "paste" })
	assert.Len(t, label, 1, "the paste area has a label")
	assert.Equal(t, "polite", htmltest.Attr(one(t, doc, "status"), "aria-live"))
}

// Each example's description is written in both languages, and only the page has them.
func TestSampleKinds(t *testing.T) {
	widget := WidgetStrings(catalog.Portuguese)
	for _, s := range Samples {
		assert.NotEmpty(t, s.Kind.EN, s.ID)
		assert.NotEmpty(t, s.Kind.PT, s.ID)
		assert.Equal(t, s.Kind.PT, T("pt-BR", "kind_"+s.ID))
		assert.Equal(t, s.Kind.EN, Strings(catalog.English)["kind_"+s.ID])
		assert.NotContains(t, widget, "kind_"+s.ID)
	}
}
