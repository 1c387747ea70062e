package api

import (
	"encoding/json"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web/htmltest"
)

// acmepayPath is the demo portal's catalog, the one the Worker's end-to-end tests deploy
// with, at the path they give it.
const (
	acmepayFile = "../../web/demo/acmepay.catalog.json"
	acmepayPath = "/demo/acmepay.catalog.json"
)

// acmepay parses the demo portal's catalog, as the Worker does when deployed with it.
func acmepay(t *testing.T) *catalog.Provider {
	t.Helper()
	data, err := os.ReadFile(acmepayFile)
	require.NoError(t, err)
	ps, errs := LoadCatalogs([]CatalogFile{{Path: acmepayPath, Data: data, Size: len(data)}})
	require.Empty(t, errs)
	require.Len(t, ps, 1)
	return ps[0]
}

// catalogServer is serve's Server deployed with catalogs.
func catalogServer(catalogs ...*catalog.Provider) *Server {
	return &Server{MaxBody: 2 * decode.MaxInput, Now: func() time.Time { return testNow }, Cards: templCards{}, Catalogs: catalogs}
}

func get(target string, header ...string) *Request {
	r := request(http.MethodGet, target)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header[strings.ToLower(header[i])] = header[i+1]
	}
	return r
}

// The rows `decifra codes --json` prints (cmd/decifra's providerRow and codeRow), which
// GET /codes answers alike.
type providerRow struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Codes   int    `json:"codes"`
	DocsURL string `json:"docsUrl"`
	Origin  string `json:"origin,omitempty"`
}

type codeRow struct {
	Code     string           `json:"code"`
	Context  string           `json:"context,omitempty"`
	Status   int              `json:"status,omitempty"`
	Category catalog.Category `json:"category"`
	Strategy catalog.Strategy `json:"strategy"`
	Title    string           `json:"title"`
}

type providerCodes struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	DocsURL string    `json:"docsUrl"`
	Origin  string    `json:"origin,omitempty"`
	Codes   []codeRow `json:"codes"`
}

func rowsOf(p *catalog.Provider, lang catalog.Lang) []codeRow {
	rows := []codeRow{}
	for i := range p.Len() {
		e := p.Entry(i)
		rows = append(rows, codeRow{e.Code, e.Context, e.Status, e.Category, e.Retry, e.Title.In(lang)})
	}
	return rows
}

var strongETag = regexp.MustCompile(`^"[0-9a-f]{16}"$`)

// cacheableJSON checks a 200 answer of GET /codes: JSON, cacheable, with a strong ETag
// that scripts on other origins may read.
func cacheableJSON(t *testing.T, w Response) {
	t.Helper()
	require.Equal(t, http.StatusOK, w.Status, string(w.Body))
	assert.Equal(t, "application/json", w.Get("Content-Type"))
	assert.Equal(t, "public, max-age=3600", w.Get("Cache-Control"))
	assert.Regexp(t, strongETag, w.Get("ETag"))
	assert.Equal(t, "ETag", w.Get("Access-Control-Expose-Headers"))
	assert.Contains(t, w.Get("Vary"), "Accept-Language")
	assertCORS(t, w)
	assert.True(t, json.Valid(w.Body), string(w.Body))
}

func TestCodesProviders(t *testing.T) {
	var want []providerRow
	for _, p := range catalog.Providers() {
		want = append(want, providerRow{p.ID(), p.Name(catalog.English), p.Len(), p.DocsURL(), ""})
	}
	for _, target := range []string{"/codes", "/codes/"} {
		w := serve(t, get(target))
		cacheableJSON(t, w)
		assert.JSONEq(t, marshalled(t, want), string(w.Body), target)
	}

	t.Run("deployed catalog first", func(t *testing.T) {
		acme := acmepay(t)
		w := catalogServer(acme).Serve(get("/codes"))
		cacheableJSON(t, w)
		var got []providerRow
		require.NoError(t, json.Unmarshal(w.Body, &got))
		require.Len(t, got, len(want)+1)
		assert.Equal(t, providerRow{"acmepay", "AcmePay", acme.Len(), "https://docs.acmepay.example/errors", acmepayPath}, got[0])
		assert.Equal(t, want, got[1:], "then the built-in providers, as without it")
	})

	t.Run("names in the language asked for", func(t *testing.T) {
		for _, lang := range catalog.Langs {
			var want []providerRow
			for _, p := range catalog.Providers() {
				want = append(want, providerRow{p.ID(), p.Name(lang), p.Len(), p.DocsURL(), ""})
			}
			assert.JSONEq(t, marshalled(t, want), string(serve(t, get("/codes?lang="+string(lang))).Body))
		}
	})
}

func TestCodesProvider(t *testing.T) {
	stripe := catalog.ByID("stripe")
	require.NotNil(t, stripe)
	want := providerCodes{"stripe", stripe.Name(catalog.English), stripe.DocsURL(), "", rowsOf(stripe, catalog.English)}
	for _, target := range []string{"/codes/stripe", "/codes/stripe/", "/codes/Stripe", "/codes/%73tripe"} {
		w := serve(t, get(target))
		cacheableJSON(t, w)
		assert.JSONEq(t, marshalled(t, want), string(w.Body), target)
	}

	t.Run("Portuguese", func(t *testing.T) {
		pt := providerCodes{"stripe", stripe.Name(catalog.Portuguese), stripe.DocsURL(), "", rowsOf(stripe, catalog.Portuguese)}
		byQuery := serve(t, get("/codes/stripe?lang=pt-BR"))
		byHeader := serve(t, get("/codes/stripe", "Accept-Language", "pt-BR,pt;q=0.9,en;q=0.5"))
		assert.JSONEq(t, marshalled(t, pt), string(byQuery.Body))
		assert.Equal(t, string(byQuery.Body), string(byHeader.Body))
		assert.Equal(t, byQuery.Get("ETag"), byHeader.Get("ETag"))
		en := serve(t, get("/codes/stripe"))
		assert.NotEqual(t, en.Get("ETag"), byQuery.Get("ETag"), "another language, another tag")
		assert.Equal(t, string(byQuery.Body), string(serve(t, get("/codes/stripe?lang=pt", "Accept-Language", "es")).Body), "?lang= wins")
	})

	t.Run("deployed catalog", func(t *testing.T) {
		acme := acmepay(t)
		w := catalogServer(acme).Serve(get("/codes/acmepay?lang=es"))
		cacheableJSON(t, w)
		want := providerCodes{"acmepay", "AcmePay", "https://docs.acmepay.example/errors", acmepayPath, rowsOf(acme, catalog.Spanish)}
		assert.JSONEq(t, marshalled(t, want), string(w.Body))
		assert.Contains(t, string(w.Body), `"title":"Tarjeta rechazada"`)
	})

	t.Run("contexts", func(t *testing.T) {
		// A code documented in two contexts is listed once in each.
		for _, p := range catalog.Providers() {
			rows := rowsOf(p, catalog.English)
			var got providerCodes
			require.NoError(t, json.Unmarshal(serve(t, get("/codes/"+p.ID())).Body, &got), p.ID())
			assert.Equal(t, rows, got.Codes, p.ID())
		}
	})
}

// overriding is a deployed catalog for a built-in id: its own code, and one of the
// built-in provider's written again.
func overriding(t *testing.T, builtin *catalog.Provider) *catalog.Provider {
	t.Helper()
	first := builtin.Entry(0)
	context := ""
	if first.Context != "" {
		context = `"context": ` + quoteJSON(first.Context) + `, `
	}
	doc := `{"version": 1, "id": "` + builtin.ID() + `", "name": "Stripe (our notes)", "overrides": true, "codes": [
		{"code": "our_own_code", "category": "validation", "title": "Our own code", "retry": "fix"},
		{"code": ` + quoteJSON(first.Code) + `, ` + context + `"category": "validation", "title": "Rewritten", "retry": "fix"}]}`
	ps, errs := LoadCatalogs([]CatalogFile{{Path: "/errors/stripe.json", Data: []byte(doc)}})
	require.Empty(t, errs)
	return ps[0]
}

func quoteJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestCodesOverridingCatalog(t *testing.T) {
	stripe := catalog.ByID("stripe")
	over := overriding(t, stripe)
	s := catalogServer(over)

	var providers []providerRow
	require.NoError(t, json.Unmarshal(s.Serve(get("/codes")).Body, &providers))
	var row providerRow
	for _, r := range providers {
		if r.ID == "stripe" {
			row = r
		}
	}
	assert.Equal(t, providerRow{"stripe", stripe.Name(catalog.English), stripe.Len() + 1, stripe.DocsURL(), "/errors/stripe.json"}, row,
		"in the built-in provider's place, with its name and docs, and the merged codes")
	assert.Equal(t, len(catalog.Providers()), len(providers), "listed once")

	var got providerCodes
	require.NoError(t, json.Unmarshal(s.Serve(get("/codes/stripe")).Body, &got))
	require.Len(t, got.Codes, stripe.Len()+1)
	assert.Equal(t, "/errors/stripe.json", got.Origin)
	assert.Equal(t, "our_own_code", got.Codes[0].Code, "the catalog's codes first")
	assert.Equal(t, "Rewritten", got.Codes[1].Title)
	assert.Equal(t, rowsOf(stripe, catalog.English)[1:], got.Codes[2:], "then the built-in codes it does not replace")

	x := explained(t, s.Serve(get("/codes/stripe/our_own_code")))
	assert.Equal(t, "Our own code", x.Title)
	x = explained(t, s.Serve(get("/codes/stripe/"+stripe.Entry(1).Code)))
	assert.Equal(t, stripe.Entry(1).Title.In(catalog.English), x.Title, "a built-in code it does not replace")
}

func TestCodesExplain(t *testing.T) {
	tests := []struct {
		name, target string
		header       []string
		provider     string
		code         string
		lang         catalog.Lang
	}{
		{"english", "/codes/stripe/card_declined", nil, "stripe", "card_declined", catalog.English},
		{"query", "/codes/stripe/card_declined?lang=pt-BR", nil, "stripe", "card_declined", catalog.Portuguese},
		{"accept-language", "/codes/fluxiq/RATE_LIMITED", []string{"Accept-Language", "es-AR,es;q=0.9"}, "fluxiq", "RATE_LIMITED", catalog.Spanish},
		{"case", "/codes/Stripe/CARD_DECLINED", nil, "Stripe", "CARD_DECLINED", catalog.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, get(tt.target, tt.header...))
			cacheableJSON(t, w)
			assert.Contains(t, w.Get("Vary"), "Accept")
			want, err := decode.ExplainCode(tt.provider, tt.code, decode.Options{Lang: tt.lang})
			require.NoError(t, err)
			assert.Equal(t, marshalled(t, want), string(w.Body), "the JSON contract, as POST /explain and `decifra codes --json` write it")
			assert.Equal(t, tt.lang, explained(t, w).Lang)
		})
	}

	t.Run("deployed catalog", func(t *testing.T) {
		acme := acmepay(t)
		w := catalogServer(acme).Serve(get("/codes/acmepay/card_declined?lang=pt-BR"))
		cacheableJSON(t, w)
		want, err := decode.ExplainCode("acmepay", "card_declined", decode.Options{Lang: catalog.Portuguese, Catalogs: []*catalog.Provider{acme}})
		require.NoError(t, err)
		assert.Equal(t, marshalled(t, want), string(w.Body))
		assert.Equal(t, "acmepay", want.Provider.ID)
	})

	t.Run("escaped code", func(t *testing.T) {
		// Path segments are percent-decoded; everything after the provider is the code.
		doc := `{"version": 1, "id": "acme-odd", "name": "Odd codes", "codes": [
			{"code": "a/b c+d", "category": "validation", "title": "Slash, space and plus", "retry": "fix"},
			{"code": "não_autorizado", "category": "authentication", "title": "Not UTF-8 in URLs", "retry": "fix"}]}`
		ps, errs := LoadCatalogs([]CatalogFile{{Path: "/odd.json", Data: []byte(doc)}})
		require.Empty(t, errs)
		s := catalogServer(ps...)
		for _, target := range []string{"/codes/acme-odd/a%2Fb%20c%2Bd", "/codes/acme-odd/a/b%20c+d"} {
			assert.Equal(t, "a/b c+d", explained(t, s.Serve(get(target))).Code, target)
		}
		assert.Equal(t, "não_autorizado", explained(t, s.Serve(get("/codes/acme-odd/n%C3%A3o_autorizado"))).Code)
	})

	t.Run("html", func(t *testing.T) {
		for _, r := range []*Request{
			get("/codes/stripe/card_declined?format=html"),
			get("/codes/stripe/card_declined", "Accept", "text/html"),
		} {
			w := serve(t, r)
			require.Equal(t, http.StatusOK, w.Status, string(w.Body))
			assert.Equal(t, "text/html; charset=utf-8", w.Get("Content-Type"))
			assert.Regexp(t, strongETag, w.Get("ETag"))
			assert.Equal(t, "Accept, Accept-Language", w.Get("Vary"))
			cards := htmltest.ByTestID(parseFragment(t, string(w.Body)), "card")
			require.Len(t, cards, 1, string(w.Body))
			assert.Equal(t, "card_declined", htmltest.Text(htmltest.ByTestID(parseFragment(t, string(w.Body)), "code")[0]))
		}
		html, js := serve(t, get("/codes/stripe/card_declined?format=html")), serve(t, get("/codes/stripe/card_declined"))
		assert.NotEqual(t, html.Get("ETag"), js.Get("ETag"), "another representation, another tag")
		w := (&Server{}).Serve(get("/codes/stripe/card_declined?format=html"))
		problemOf(t, w, http.StatusInternalServerError)
	})
}

func TestCodesNotFound(t *testing.T) {
	tests := []struct {
		name, target  string
		detail        []string
		closest       []string
		catalogServer bool
	}{
		{"provider", "/codes/strpe", []string{`no provider "strpe"`, "did you mean stripe", "GET /codes lists"}, []string{"stripe"}, false},
		{"provider of a code", "/codes/strpe/card_declined", []string{`no provider "strpe"`, "did you mean stripe"}, []string{"stripe"}, false},
		{"code", "/codes/stripe/card_declind", []string{`no code "card_declind" in stripe's catalog`, "card_declined", "GET /codes/stripe lists"}, []string{"card_declined"}, false},
		{"nothing near", "/codes/zzzzzzzzzzzz", []string{`no provider "zzzzzzzzzzzz"`}, nil, false},
		{"deployed provider", "/codes/acmepy", []string{"did you mean acmepay?"}, []string{"acmepay"}, true},
		{"deployed code", "/codes/acmepay/card_decline", []string{"card_declined"}, []string{"card_declined"}, true},
		{"empty provider", "/codes//card_declined", []string{`no provider ""`}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := catalogServer()
			if tt.catalogServer {
				s = catalogServer(acmepay(t))
			}
			w := s.Serve(get(tt.target))
			p := problemOf(t, w, http.StatusNotFound)
			for _, d := range tt.detail {
				assert.Contains(t, p.Detail, d)
			}
			if tt.closest == nil {
				assert.Empty(t, p.Closest)
			} else {
				assert.Equal(t, tt.closest, p.Closest[:min(len(p.Closest), len(tt.closest))])
			}
			assert.Equal(t, "no-store", w.Get("Cache-Control"))
		})
	}
	t.Run("unknown without a catalog", func(t *testing.T) {
		p := problemOf(t, serve(t, get("/codes/acmepay")), http.StatusNotFound)
		assert.Contains(t, p.Detail, `no provider "acmepay"`)
	})
}

func TestCodesConditional(t *testing.T) {
	for _, target := range []string{"/codes", "/codes/stripe", "/codes/stripe/card_declined"} {
		t.Run(target, func(t *testing.T) {
			first := serve(t, get(target))
			cacheableJSON(t, first)
			tag := first.Get("ETag")
			again := serve(t, get(target))
			assert.Equal(t, tag, again.Get("ETag"), "the same answer, the same tag")
			for _, inm := range []string{tag, "W/" + tag, `"0000000000000000", ` + tag, "*", ` ` + tag + ` `} {
				w := serve(t, get(target, "If-None-Match", inm))
				assert.Equal(t, http.StatusNotModified, w.Status, inm)
				assert.Empty(t, w.Body, inm)
				assert.Equal(t, tag, w.Get("ETag"), inm)
				assert.Equal(t, "public, max-age=3600", w.Get("Cache-Control"), inm)
				assert.NotEmpty(t, w.Get("Vary"), inm)
				assertCORS(t, w)
			}
			for _, inm := range []string{`"0000000000000000"`, strings.Trim(tag, `"`), ""} {
				w := serve(t, get(target, "If-None-Match", inm))
				assert.Equal(t, http.StatusOK, w.Status, inm)
				assert.Equal(t, first.Body, w.Body, inm)
			}
		})
	}
}

func TestCodesHead(t *testing.T) {
	for _, target := range []string{"/codes", "/codes/stripe", "/codes/stripe/card_declined"} {
		g := serve(t, get(target))
		h := serve(t, request(http.MethodHead, target))
		require.Equal(t, http.StatusOK, h.Status, target)
		assert.Empty(t, h.Body, target)
		assert.Equal(t, g.Header, h.Header, "HEAD answers GET's headers: %s", target)
		inm := request(http.MethodHead, target)
		inm.Header["if-none-match"] = g.Get("ETag")
		assert.Equal(t, http.StatusNotModified, serve(t, inm).Status)
	}
	assert.Equal(t, http.StatusNotFound, serve(t, request(http.MethodHead, "/codes/strpe")).Status)

}

func TestCodesBadRequests(t *testing.T) {
	tests := []struct{ name, target, detail string }{
		{"lang", "/codes?lang=fr", "lang must be en, pt-BR or es"},
		{"lang of a code", "/codes/stripe/card_declined?lang=klingon", "lang must be"},
		{"format of a list", "/codes/stripe?format=html", "format must be json"},
		{"format of a code", "/codes/stripe/card_declined?format=xml", "format must be json or html"},
		{"escape", "/codes/stripe/card%zzdeclined", "% that is not followed by two hex digits"},
		{"escape in provider", "/codes/str%ipe", "% that is not followed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := problemOf(t, serve(t, get(tt.target)), http.StatusBadRequest)
			assert.Contains(t, p.Detail, tt.detail)
		})
	}
	for _, ok := range []string{"en", "EN-gb", "pt", "pt_BR", "es-419", "es-MX"} {
		assert.Equal(t, http.StatusOK, serve(t, get("/codes?lang="+ok)).Status, ok)
	}
	assert.Equal(t, http.StatusOK, serve(t, get("/codes?format=json")).Status)
}

func TestCodesMethods(t *testing.T) {
	for _, target := range []string{"/codes", "/codes/stripe", "/codes/stripe/card_declined"} {
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, "get"} {
			w := serve(t, request(method, target))
			p := problemOf(t, w, http.StatusMethodNotAllowed)
			assert.Equal(t, "GET, HEAD, OPTIONS", w.Get("Allow"), method+" "+target)
			assert.Contains(t, p.Detail, "takes GET, HEAD, not "+method)
		}
		r := request(http.MethodOptions, target)
		r.Header["origin"] = "https://docs.example.com"
		r.Header["access-control-request-method"] = "GET"
		r.Header["access-control-request-headers"] = "if-none-match"
		w := serve(t, r)
		assert.Equal(t, http.StatusNoContent, w.Status)
		assertCORS(t, w)
		assert.Equal(t, "GET, HEAD, OPTIONS", w.Get("Access-Control-Allow-Methods"))
		assert.Contains(t, w.Get("Access-Control-Allow-Headers"), "If-None-Match")
	}
	p := problemOf(t, serve(t, get("/codesx")), http.StatusNotFound)
	assert.Contains(t, p.Detail, "GET /codes")
}

func TestETag(t *testing.T) {
	a, b := etag([]byte("a")), etag([]byte("b"))
	assert.Regexp(t, strongETag, a)
	assert.NotEqual(t, a, b)
	assert.Equal(t, `"af63dc4c8601ec8c"`, a, "64-bit FNV-1a")
	assert.Equal(t, `"cbf29ce484222325"`, etag(nil))
	for header, want := range map[string]bool{
		"": false, "*": true, a: true, "W/" + a: true, b: false, b + "," + a: true, b + " ,\t" + a + " ": true,
		strings.Trim(a, `"`): false, "W/" + b: false,
	} {
		assert.Equal(t, want, noneMatch(header, a), "%q", header)
	}
}

// TestExplainWithDeployedCatalog: POST /explain consults the deployed catalogs, as
// `decifra --catalog` does.
func TestExplainWithDeployedCatalog(t *testing.T) {
	acme := acmepay(t)
	s := catalogServer(acme)
	for _, sample := range []string{"card-declined.json", "rate-limited.txt", "acquirer-timeout.log"} {
		t.Run(sample, func(t *testing.T) {
			paste, err := os.ReadFile("../../web/demo/acmepay-samples/" + sample)
			require.NoError(t, err)
			for _, lang := range catalog.Langs {
				r := post("/explain", "text/plain", string(paste))
				r.Header["accept-language"] = string(lang)
				w := s.Serve(r)
				want, err := decode.Explain(paste, decode.Options{Lang: lang, Now: testNow, Catalogs: []*catalog.Provider{acme}})
				require.NoError(t, err)
				assert.Equal(t, marshalled(t, want), string(w.Body))
				x := explained(t, w)
				require.NotNil(t, x.Provider, "AcmePay is claimed")
				assert.Equal(t, "acmepay", x.Provider.ID)
				assert.Contains(t, strings.Join(x.Provider.Evidence, "\n"), acmepayPath, "the evidence names the catalog")
			}
			x := explained(t, serve(t, post("/explain", "text/plain", string(paste))))
			if x.Provider != nil {
				assert.NotEqual(t, "acmepay", x.Provider.ID, "without the catalog, no AcmePay")
			}
		})
	}

	t.Run("envelope provider", func(t *testing.T) {
		paste := `{"error":{"code":"card_declined","message":"Declined"}}`
		w := s.Serve(post("/explain", "application/json", `{"input":`+quoteJSON(paste)+`,"provider":"acmepay"}`))
		want, err := decode.Explain([]byte(paste), decode.Options{Now: testNow, Provider: "acmepay", Catalogs: []*catalog.Provider{acme}})
		require.NoError(t, err)
		assert.Equal(t, marshalled(t, want), string(w.Body))

		p := problemOf(t, serve(t, post("/explain", "application/json", `{"input":"x","provider":"acmepay"}`)), http.StatusBadRequest)
		assert.Contains(t, p.Detail, `unknown provider "acmepay"`, "not without the catalog")
		p = problemOf(t, s.Serve(post("/explain", "application/json", `{"input":"x","provider":"acmepy"}`)), http.StatusBadRequest)
		assert.Contains(t, p.Detail, "known: acmepay, ", "the deployed catalogs' ids first")
	})
}

// TestCodesListsKept: a list is made once per Server, and each language's apart.
func TestCodesListsKept(t *testing.T) {
	s := catalogServer()
	first := s.Serve(get("/codes/stripe"))
	again := s.Serve(get("/codes/Stripe"))
	require.Equal(t, http.StatusOK, again.Status)
	assert.Same(t, &first.Body[0], &again.Body[0], "the same bytes, made once")
	pt := s.Serve(get("/codes/stripe?lang=pt-BR"))
	assert.NotEqual(t, string(first.Body), string(pt.Body))
	assert.Equal(t, string(serve(t, get("/codes/stripe?lang=pt-BR")).Body), string(pt.Body))
	assert.Len(t, s.lists, 2)
}
