package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
)

// The demo portal's made-up API, documented only by its own catalog.
const (
	acmeCatalog = "../../web/demo/acmepay.catalog.json"
	acmeSamples = "../../web/demo/acmepay-samples/"
)

func TestCodesListsProviders(t *testing.T) {
	r := runCLI(t, "", nil, "codes")
	require.Equal(t, 0, r.code, r.stderr)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	assert.Regexp(t, `^ID\s+Provider\s+Codes\s+Docs$`, lines[0])
	assert.Regexp(t, `(?m)^stripe\s+Stripe\s+`+strconv.Itoa(catalog.Stripe.Len())+`\s+https://docs.stripe.com/error-codes$`, r.stdout)
	total := 0
	for _, p := range catalog.Providers() {
		total += p.Len()
	}
	assert.Equal(t, strconv.Itoa(len(catalog.Providers()))+" providers, "+strconv.Itoa(total)+" codes", lines[len(lines)-1])

	r = runCLI(t, "", nil, "codes", "--json")
	require.Equal(t, 0, r.code)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, len(catalog.Providers()))
	assert.Equal(t, map[string]any{"id": "fluxiq", "name": "FluxiQ NPC", "codes": float64(catalog.FluxiQ.Len()), "docsUrl": ""}, rows[0])

	r = runCLI(t, "", nil, "codes", "--lang", "pt-BR")
	assert.Regexp(t, `^ID\s+Provedor\s+Códigos`, r.stdout)
	assert.Contains(t, r.stdout, "provedores, ")
}

func TestCodesListsOneProvider(t *testing.T) {
	r := runCLI(t, "", nil, "codes", "stripe")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "Stripe (stripe) · "+strconv.Itoa(catalog.Stripe.Len())+" codes\nhttps://docs.stripe.com/error-codes\n"), r.stdout[:100])
	assert.Regexp(t, `(?m)^Code\s+Status\s+Retry\s+Title$`, r.stdout)
	assert.Regexp(t, `(?m)^card_declined\s+402\s+Fix, then retry\s+Card declined$`, r.stdout)
	assert.Regexp(t, `(?m)^rate_limit\s+429\s+Retry with backoff\s+`, r.stdout)

	r = runCLI(t, "", nil, "codes", "stripe", "--json", "--lang", "es") // flags after the arguments too
	require.Equal(t, 0, r.code, r.stderr)
	var doc struct {
		ID    string `json:"id"`
		Codes []struct {
			Code, Category, Strategy, Title string
			Status                          int
		} `json:"codes"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Equal(t, "stripe", doc.ID)
	require.Len(t, doc.Codes, catalog.Stripe.Len())
	for _, c := range doc.Codes {
		if c.Code == "card_declined" {
			assert.Equal(t, 402, c.Status)
			assert.Equal(t, "fix", c.Strategy)
			assert.Equal(t, "Tarjeta rechazada", c.Title)
		}
	}

	r = runCLI(t, "", []string{"COLUMNS=110"}, "codes", "stripe", "--lang", "es")
	assert.Regexp(t, `(?m)^Código\s+Status\s+Reintento\s+Título$`, r.stdout)
	for _, l := range strings.Split(r.stdout, "\n")[3:] {
		assert.LessOrEqual(t, len([]rune(l)), 110, "titles cut to the terminal: %q", l)
	}
	assert.Contains(t, r.stdout, "…")
	assert.Regexp(t, `(?m)^payment_method_microdeposit_verification_descriptor_code_mismatch\n {40}\s+Corrija y reenvíe\s+El código`, r.stdout,
		"a code longer than its column gets a line of its own, never cut")
}

func TestCodesExplainsOneCode(t *testing.T) {
	r := runCLI(t, "", []string{"LANG=en_US.UTF-8"}, "codes", "stripe", "card_declined")
	require.Equal(t, 0, r.code, r.stderr)
	for _, want := range []string{"Stripe · card_declined · HTTP 402", "Card declined", "looked up in the catalog: stripe/card_declined", "How to fix it", "Fix, then retry"} {
		assert.Contains(t, r.stdout, want)
	}
	r = runCLI(t, "", nil, "codes", "stripe", "card_declined", "--json", "--lang", "pt-BR")
	require.Equal(t, 0, r.code, r.stderr)
	var x struct {
		Provider struct{ ID string } `json:"provider"`
		Code     string              `json:"code"`
		Status   int                 `json:"http_status"`
		Category string              `json:"category"`
		Title    string              `json:"title"`
		Lang     string              `json:"lang"`
		Retry    struct{ Strategy string }
		Input    struct{ Format string }
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &x))
	assert.Equal(t, "stripe", x.Provider.ID)
	assert.Equal(t, "card_declined", x.Code)
	assert.Equal(t, 402, x.Status)
	assert.Equal(t, "business_rule", x.Category)
	assert.Equal(t, "Cartão recusado", x.Title)
	assert.Equal(t, "pt-BR", x.Lang)
	assert.Equal(t, "fix", x.Retry.Strategy)
	assert.Equal(t, "code", x.Input.Format)
}

func TestCodesUnknown(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"code", []string{"codes", "stripe", "card_declind"}, `no code "card_declind" in stripe's catalog; did you mean card_declined?`},
		{"provider of a code", []string{"codes", "strpe", "card_declined"}, `no provider "strpe" in the catalog; did you mean stripe`},
		{"provider", []string{"codes", "mercadopag"}, `no provider "mercadopag" in the catalog; did you mean mercadopago?`},
		{"export", []string{"codes", "--export", "adyn"}, `did you mean adyen?`},
		{"nothing near", []string{"codes", "zzzzzz"}, `no provider "zzzzzz" in the catalog`},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := runCLI(t, "", nil, c.args...)
			assert.Equal(t, 1, r.code)
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, c.want)
		})
	}
	r := runCLI(t, "", nil, "codes", "a", "b", "c")
	assert.Equal(t, 2, r.code, "usage")
}

func TestCodesExport(t *testing.T) {
	for _, id := range []string{"stripe", "gsma-mm", "bacen-pix"} {
		r := runCLI(t, "", nil, "codes", "--export", id)
		require.Equal(t, 0, r.code, r.stderr)
		p, err := catalog.ParseCatalog([]byte(r.stdout), id+".json")
		require.NoError(t, err, "the export is a catalog decifra reads")
		assert.Equal(t, catalog.ByID(id).Len(), p.Len())
		assert.True(t, p.Overrides())

		file := filepath.Join(t.TempDir(), id+".json")
		require.NoError(t, os.WriteFile(file, []byte(r.stdout), 0o644))
		r = runCLI(t, "", nil, "catalog", "check", file)
		assert.Equal(t, 0, r.code, r.stderr)
	}
	r := runCLI(t, "", nil, "codes", "--catalog", acmeCatalog, "--export", "acmepay")
	require.Equal(t, 0, r.code, r.stderr)
	want, err := os.ReadFile(acmeCatalog)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), r.stdout, "a custom catalog exports as it was written")
}

func TestCodesWithCatalogs(t *testing.T) {
	r := runCLI(t, "", nil, "codes", "--catalog", acmeCatalog)
	require.Equal(t, 0, r.code, r.stderr)
	lines := strings.Split(r.stdout, "\n")
	assert.Regexp(t, `^acmepay\s+AcmePay \(from `+regexp.QuoteMeta(acmeCatalog)+`\)\s+14  https://docs.acmepay.example/errors$`, lines[1], "portal catalogs first")

	r = runCLI(t, "", nil, "codes", "acmepay", "--catalog", acmeCatalog)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "AcmePay (acmepay) · 14 codes · from "+acmeCatalog)
	assert.Regexp(t, `(?m)^acquirer_timeout\s+504\s+Check before retrying\s+The acquirer did not answer in time$`, r.stdout)

	r = runCLI(t, "", nil, "codes", "acmepay", "rate_limited", "--catalog", acmeCatalog, "--lang", "es")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "AcmePay · rate_limited · HTTP 429")
	assert.Contains(t, r.stdout, "Demasiadas solicitudes")

	// A catalog that overrides a built-in provider: its codes first, the built-in ones after.
	extra := writeCatalog(t, `{"version":1,"id":"stripe","name":"Stripe","overrides":true,"codes":[
		{"code":"acme_gateway_refused","status":402,"category":"upstream","title":"Refused by Acme's gateway","retry":"backoff"}]}`)
	r = runCLI(t, "", nil, "codes", "stripe", "--catalog", extra)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "Stripe (stripe) · "+strconv.Itoa(catalog.Stripe.Len()+1)+" codes · "+extra+" first, then the built-in codes")
	assert.Regexp(t, `(?m)^Code.*\nacme_gateway_refused\s+402`, r.stdout)
	assert.Regexp(t, `(?m)^card_declined\s+402`, r.stdout)
}

func writeCatalog(t *testing.T, body string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "my.catalog.json")
	require.NoError(t, os.WriteFile(f, []byte(body), 0o644))
	return f
}

// TestExplainWithCatalog: the demo API's made-up errors, explained through --catalog.
func TestExplainWithCatalog(t *testing.T) {
	for _, c := range []struct {
		file, code, strategy string
		status               int
		afterSeconds         float64
	}{
		{"card-declined.json", "card_declined", "none", 402, 0},
		{"rate-limited.txt", "rate_limited", "wait", 429, 20},
		{"acquirer-timeout.log", "acquirer_timeout", "check_first", 504, 0},
	} {
		t.Run(c.file, func(t *testing.T) {
			r := runCLI(t, "", nil, "--json", "--catalog", acmeCatalog, "--now", "2025-10-14T12:00:00Z", acmeSamples+c.file)
			require.Equal(t, 0, r.code, r.stderr)
			var x struct {
				Provider *struct {
					ID       string
					Evidence []string
				}
				Code      string
				Status    int `json:"http_status"`
				RequestID string
				Retry     struct {
					Strategy     string
					AfterSeconds float64 `json:"after_seconds"`
				}
			}
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &x))
			require.NotNil(t, x.Provider, r.stdout)
			assert.Equal(t, "acmepay", x.Provider.ID)
			assert.Contains(t, strings.Join(x.Provider.Evidence, "; "), acmeCatalog, "evidence names the catalog that answered")
			assert.Equal(t, c.code, x.Code)
			assert.Equal(t, c.status, x.Status)
			assert.Equal(t, c.strategy, x.Retry.Strategy)
			assert.Equal(t, c.afterSeconds, x.Retry.AfterSeconds)
		})
	}
	// Without the catalog, the same paste is not AcmePay's: decifra doesn't know it.
	r := runCLI(t, "", nil, "--json", acmeSamples+"acquirer-timeout.log")
	assert.NotContains(t, r.stdout, `"acmepay"`)
}

func TestCatalogFlagProblems(t *testing.T) {
	bad := writeCatalog(t, `{"version":1,"id":"acme","name":"Acme","codes":[{"code":"x","category":"auth","title":"X","retry":"fix","titel":"y"}]}`)
	r := runCLI(t, curlRateLimited, nil, "--catalog", bad)
	assert.Equal(t, 2, r.code, "a bad catalog is a usage error")
	assert.Empty(t, r.stdout)
	assert.Contains(t, r.stderr, "the catalog "+bad+" has 2 problems")
	assert.Contains(t, r.stderr, bad+`: /codes/0/category: expected a category: one of authentication`)
	assert.Contains(t, r.stderr, `(did you mean "title"?)`)

	escape := writeCatalog(t, `{"version":1,"id":"acme","name":"Acme","codes":[{"code":"x","category":"internal","title":"\u001b[2J gone","retry":"fix"}]}`)
	r = runCLI(t, "", nil, "codes", "--catalog", escape)
	assert.Equal(t, 2, r.code, "terminal escapes in a catalog are refused")
	assert.NotContains(t, r.stderr, "\x1b")

	r = runCLI(t, "", nil, "codes", "--catalog", acmeCatalog, "--catalog", acmeCatalog)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `the id "acmepay" is `+acmeCatalog+`'s already`)

	r = runCLI(t, "", nil, "--catalog", "no-such-file.json")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "cannot read the catalog no-such-file.json")

	r = runCLI(t, curlRateLimited, nil, "--catalog", acmeCatalog, "--provider", "acmepay")
	assert.Equal(t, 0, r.code, "a catalog's id is a --provider: %s", r.stderr)
}

func TestCatalogCheck(t *testing.T) {
	r := runCLI(t, "", nil, "catalog", "check", acmeCatalog)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, acmeCatalog+": ok: acmepay (AcmePay), 14 codes\n", r.stdout)

	bad := writeCatalog(t, `{"version":2,"id":"stripe","name":"","codes":[{"code":"x","category":"validation","title":"X","retry":"fix","status":700}]}`)
	r = runCLI(t, "", nil, "catalog", "check", acmeCatalog, bad)
	assert.Equal(t, 1, r.code)
	assert.Equal(t, acmeCatalog+": ok: acmepay (AcmePay), 14 codes\n", r.stdout, "the good one still checks")
	for _, want := range []string{bad + ": /version: expected 1", bad + ": /id: expected an id no built-in provider has, or \"overrides\": true", bad + ": /name: expected the provider's name, found an empty string", bad + ": /codes/0/status: expected an HTTP status"} {
		assert.Contains(t, r.stderr, want)
	}

	r = runCLI(t, `{"version":1}`, nil, "catalog", "check", "-")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "-: /id: expected the provider's id, found nothing (the member is required)")

	r = runCLI(t, "", nil, "catalog", "check")
	assert.Equal(t, 2, r.code)
	r = runCLI(t, "", nil, "catalog", "validate", acmeCatalog)
	assert.Equal(t, 2, r.code)
}

func TestCatalogImport(t *testing.T) {
	for _, c := range []struct {
		doc, id string
		codes   int
		sample  string // one code it must have
	}{
		{"../../internal/catimport/testdata/bacen-pix-api-openapi.yaml", "api-pix", 44, "https://pix.bcb.gov.br/api/v2/error/CobNaoEncontrado"},
		{"../../internal/catimport/testdata/gsma-mobile-money-api-v1.1.2.yaml", "mobile-money-api", 38, "insufficientFunds"},
	} {
		t.Run(c.id, func(t *testing.T) {
			r := runCLI(t, "", nil, "catalog", "import", c.doc)
			require.Equal(t, 0, r.code, r.stderr)
			p, err := catalog.ParseCatalog([]byte(r.stdout), "imported.json")
			require.NoError(t, err, "stdout is the catalog alone")
			assert.Equal(t, c.id, p.ID())
			assert.Equal(t, c.codes, p.Len())
			_, ok := p.Lookup(c.sample)
			assert.True(t, ok, c.sample)
			assert.Contains(t, r.stderr, strconv.Itoa(c.codes)+" codes from "+c.doc)
			assert.Contains(t, r.stderr, "Fill these in before publishing the catalog:")
			assert.Contains(t, r.stderr, "  - fix: the document does not say")

			file := filepath.Join(t.TempDir(), "imported.json")
			require.NoError(t, os.WriteFile(file, []byte(r.stdout), 0o644))
			r = runCLI(t, "", nil, "codes", c.id, "--catalog", file)
			assert.Equal(t, 0, r.code, r.stderr)
		})
	}
	r := runCLI(t, "", nil, "catalog", "import", "--id", "acme-mm", "--doc-lang", "en", "../../internal/catimport/testdata/gsma-mobile-money-api-v1.1.2.yaml")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"id": "acme-mm"`)

	r = runCLI(t, "openapi: 3.0.0\ninfo: {title: Empty}\npaths: {}\n", nil, "catalog", "import", "-")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "no error codes found")
	assert.Empty(t, r.stdout)
}
