package catimport

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
)

// The real documents of record: public OpenAPI specifications kept beside the seeds.
const (
	pixSpec  = "testdata/bacen-pix-api-openapi.yaml"
	gsmaSpec = "testdata/gsma-mobile-money-api-v1.1.2.yaml"
)

func importFile(t *testing.T, name string, opts Options) *Result {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err, "the reference documents live in testdata")
	if opts.Origin == "" {
		opts.Origin = name[strings.LastIndexByte(name, '/')+1:]
	}
	r, err := Import(data, opts)
	require.NoError(t, err)
	// What the import writes is a catalog decifra reads, as it is.
	p, err := catalog.ParseCatalog(r.Catalog, opts.Origin)
	require.NoError(t, err)
	assert.Equal(t, r.Provider.Len(), p.Len())
	return r
}

func gapFor(r *Result, field, note string) *Gap {
	for i, g := range r.Gaps {
		if g.Field == field && strings.Contains(g.Note, note) {
			return &r.Gaps[i]
		}
	}
	return nil
}

func TestImportPix(t *testing.T) {
	r := importFile(t, pixSpec, Options{})
	p := r.Provider
	assert.Equal(t, "api-pix", p.ID())
	assert.Equal(t, "API Pix", p.Name(catalog.English))
	t.Logf("API Pix: %d codes, found %v", p.Len(), r.Found)
	assert.GreaterOrEqual(t, p.Len(), 40, "the general problem types and those of every tag")
	const prefix = "https://pix.bcb.gov.br/api/v2/error/"
	for _, c := range []struct {
		code     string
		status   int
		category catalog.Category
		meaning  string
	}{
		{"RequisicaoInvalida", 400, catalog.Validation, "Requisição inválida."},
		{"AcessoNegado", 403, catalog.Authorization, "viola alguma regra de autorização"},
		{"PermanentementeRemovido", 410, catalog.NotFound, "permanentemente removida"},
		{"ServicoIndisponivel", 503, catalog.Unavailable, "manutenção"},
		{"IndisponibilidadePorTempoEsgotado", 504, catalog.Timeout, "demorou além do esperado"},
		{"CobNaoEncontrado", 404, catalog.NotFound, ""},
		{"CobVOperacaoInvalida", 400, catalog.Validation, ""},
		{"RecPayloadNaoEncontrado", 404, catalog.NotFound, ""},
	} {
		e, ok := p.Lookup(prefix + c.code)
		if !assert.True(t, ok, "%s: the code is the problem type as bodies carry it", c.code) {
			continue
		}
		assert.Equal(t, c.status, e.Status, c.code)
		assert.Equal(t, c.category, e.Category, c.code)
		assert.Contains(t, e.Meaning.In(catalog.Portuguese), c.meaning, c.code)
		assert.Contains(t, e.Source, "bacen-pix-api-openapi.yaml", c.code)
	}
	e, _ := p.Lookup(prefix + "AcessoNegado")
	assert.Equal(t, catalog.Fix, e.Retry)
	e, _ = p.Lookup(prefix + "IndisponibilidadePorTempoEsgotado")
	assert.Equal(t, catalog.CheckFirst, e.Retry, "a timeout leaves the outcome unknown")
	assert.Equal(t, &catalog.Body{Code: []string{"type"}, Message: []string{"detail"}, RequestID: []string{"correlationId"}, Details: []string{"violacoes"}},
		p.Body(), "read from the Problema schema")
	assert.Empty(t, p.Body().Envelope, "RFC 9457's members are every problem's: no envelope claimed")
	assert.Empty(t, p.Hosts(), "pix.example.com is an example host")
	assert.Positive(t, r.Found[fromDescription])
	assert.Positive(t, r.Found[fromExample])
	require.NotNil(t, gapFor(r, "texts", "Portuguese"), "the document is in Portuguese: say the English needs writing")
	require.NotNil(t, gapFor(r, "fix", "does not say"))
	assert.Len(t, gapFor(r, "fix", "does not say").Codes, p.Len())
	assert.NotNil(t, gapFor(r, "hosts", ""))
	assert.NotNil(t, gapFor(r, "body.envelope", ""))
}

func TestImportGSMA(t *testing.T) {
	r := importFile(t, gsmaSpec, Options{ID: "my-mm", Name: "My Mobile Money"})
	p := r.Provider
	assert.Equal(t, "my-mm", p.ID())
	assert.Equal(t, "My Mobile Money", p.Name(catalog.English))
	t.Logf("GSMA Mobile Money: %d codes, found %v", p.Len(), r.Found)
	assert.Equal(t, 38, p.Len(), "errorObject.errorCode's enum")
	assert.Equal(t, 38, r.Found[fromEnum])
	for _, c := range []struct {
		code     string
		title    string
		category catalog.Category
		retry    catalog.Strategy
	}{
		{"genericError", "Generic error", catalog.Internal, catalog.CheckFirst},
		{"dailyVolumeLimitExceeded", "Daily volume limit exceeded", catalog.Business, catalog.Fix},
		{"insufficientFunds", "Insufficient funds", catalog.Business, catalog.Fix},
		{"duplicateRequest", "Duplicate request", catalog.Conflict, catalog.None},
		{"rateLimitError", "Rate limit error", catalog.RateLimit, catalog.Wait},
		{"formatError", "Format error", catalog.Validation, catalog.Fix},
		{"quoteHasExpired", "Quote has expired", catalog.StateCategory, catalog.None},
		{"requestingPartyAuthorisationError", "Requesting party authorisation error", catalog.Authorization, catalog.Fix},
	} {
		e, ok := p.Lookup(c.code)
		if !assert.True(t, ok, c.code) {
			continue
		}
		assert.Equal(t, c.title, e.Title.EN, c.code)
		assert.Equal(t, c.category, e.Category, c.code)
		assert.Equal(t, c.retry, e.Retry, c.code)
		assert.Zero(t, e.Status, "%s: errorObject answers 400, 401, 404, 500 and 503; no one status is the code's", c.code)
	}
	assert.Equal(t, &catalog.Body{Code: []string{"errorCode"}, Message: []string{"errordescription"}, Details: []string{"errorParameters"},
		Envelope: []string{"errorCategory", "errorCode"}}, p.Body(), "errorObject's required members are its envelope")
	assert.Equal(t, []string{"sandbox.mobilemoneyapi.io"}, p.Hosts())
	assert.Nil(t, gapFor(r, "texts", ""), "the document is in English")
	for _, f := range []string{"title", "meaning", "fix", "status", "category", "retry"} {
		assert.NotNil(t, gapFor(r, f, ""), "a gap for %s", f)
	}
	assert.Len(t, gapFor(r, "status", "several statuses").Codes, 38)
}

// A document that states its codes in extensions and examples, as many portals' do.
const extensionSpec = `
openapi: 3.0.3
info: {title: Acme Payments, version: "2"}
servers: [{url: "https://api.acme-payments.com.br/v2"}, {url: "https://{env}.acme.example"}]
externalDocs: {url: "https://docs.acme-payments.com.br/errors"}
x-error-codes:
  - code: CARD_DECLINED
    status: 402
    title: Card declined
    description: The issuer refused the payment.
    fix: [Ask for another card.]
  - code: RATE_LIMITED
    status: 429
paths:
  /charges:
    post:
      responses:
        "201": {description: created}
        "422":
          description: invalid
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
              examples:
                amount:
                  value: {error: {code: INVALID_AMOUNT, message: "amount must be positive", request_id: req_1}}
        default:
          description: error
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
      x-errors:
        ACCOUNT_BLOCKED: The account is blocked for new charges.
components:
  schemas:
    Error:
      type: object
      required: [error]
      properties:
        error:
          type: object
          required: [code, message, request_id]
          properties:
            code: {type: string, enum: [INVALID_AMOUNT, CARD_DECLINED, INTERNAL]}
            message: {type: string}
            request_id: {type: string}
`

func TestImportExtensionsAndExamples(t *testing.T) {
	r, err := Import([]byte(extensionSpec), Options{Origin: "acme.yaml"})
	require.NoError(t, err)
	p := r.Provider
	var codes []string
	for i := range p.Len() {
		codes = append(codes, p.Entry(i).Code)
	}
	assert.Equal(t, []string{"ACCOUNT_BLOCKED", "CARD_DECLINED", "RATE_LIMITED", "INVALID_AMOUNT", "INTERNAL"}, codes,
		"the extensions (in the document's order of keys), then the responses, each code once")
	e, _ := p.Lookup("CARD_DECLINED")
	assert.Equal(t, 402, e.Status)
	assert.Equal(t, "Card declined", e.Title.EN)
	assert.Equal(t, "The issuer refused the payment.", e.Meaning.EN)
	assert.Equal(t, []catalog.Text{{EN: "Ask for another card."}}, e.Fix)
	assert.Equal(t, catalog.Business, e.Category)
	e, _ = p.Lookup("RATE_LIMITED")
	assert.Equal(t, catalog.Wait, e.Retry)
	e, _ = p.Lookup("INVALID_AMOUNT")
	assert.Equal(t, 422, e.Status, "from the example's response")
	assert.Equal(t, "amount must be positive", e.Meaning.EN)
	assert.Equal(t, "Invalid amount", e.Title.EN)
	e, _ = p.Lookup("ACCOUNT_BLOCKED")
	assert.Equal(t, "The account is blocked for new charges.", e.Meaning.EN)
	assert.Equal(t, catalog.Authorization, e.Category, "guessed from the name")
	assert.Equal(t, &catalog.Body{Code: []string{"error.code"}, Message: []string{"error.message"}, RequestID: []string{"error.request_id"},
		Envelope: []string{"error.code", "error.message", "error.request_id"}}, p.Body())
	assert.Equal(t, []string{"api.acme-payments.com.br"}, p.Hosts(), "templated and example hosts left out")
	assert.Equal(t, "https://docs.acme-payments.com.br/errors", p.DocsURL())
	assert.Equal(t, "acme-payments", p.ID())
	g := gapFor(r, "meaning", "example")
	require.NotNil(t, g)
	assert.Equal(t, []string{"INVALID_AMOUNT"}, g.Codes)
	assert.Equal(t, 3, r.Found[fromExtension])
	assert.Equal(t, 3, r.Found[fromEnum])
	assert.Equal(t, 1, r.Found[fromExample])
}

// An errors file in API Evangelist's style, written here (not copied): decline codes with
// meaning and action, error types as {name: meaning}, and status-only problems.
const errorsFile = `
generated: '2026-01-01'
source: https://docs.acme-payments.com.br/declines
envelope_field: error.decline_code   # when error.code is card_declined
error_types:
  - card_error: The card could not be charged.
  - api_error: Something failed on our side.
decline_codes:
  - {code: do_not_honor, meaning: The issuer declined without a reason, action: The customer calls the bank.}
  - {code: '0051', meaning: INSUFFICIENT_FUNDS, action: Use another card.}
problems:
  - {status: 400, title: Bad Request, meaning: The request was malformed.}
`

func TestImportErrorsFile(t *testing.T) {
	r, err := Import([]byte(errorsFile), Options{Origin: "acme-decline-codes.yml", ID: "acme"})
	require.NoError(t, err)
	p := r.Provider
	assert.Equal(t, 4, p.Len())
	e, ok := p.Lookup("do_not_honor")
	require.True(t, ok)
	assert.Equal(t, "The issuer declined without a reason", e.Meaning.EN)
	assert.Equal(t, []catalog.Text{{EN: "The customer calls the bank."}}, e.Fix)
	e, ok = p.Lookup("0051")
	require.True(t, ok, "a quoted numeric code stays a string")
	assert.Equal(t, "Insufficient funds", e.Title.EN, "a meaning that is a constant's name is a title")
	assert.Empty(t, e.Meaning.EN)
	e, ok = p.LookupIn("type", "card_error")
	require.True(t, ok)
	assert.Equal(t, "The card could not be charged.", e.Meaning.EN)
	assert.Equal(t, []string{"error.decline_code"}, p.Body().Code)
	assert.Equal(t, "https://docs.acme-payments.com.br/declines", p.DocsURL())
	assert.NotNil(t, gapFor(r, "codes", "1 entries name an HTTP status and no code"))
	assert.NotNil(t, gapFor(r, "name", "no title"))
}

func TestImportRefuses(t *testing.T) {
	for _, c := range []struct{ name, doc, want string }{
		{"not YAML", "{{{", "neither YAML nor JSON"},
		{"a list", "- a\n- b", "not a mapping"},
		{"swagger 2", "swagger: '2.0'\ninfo: {title: x}", "Swagger 2.0"},
		{"no codes", "openapi: 3.0.0\ninfo: {title: Empty}\npaths: {}", "no error codes found"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Import([]byte(c.doc), Options{Origin: "x"})
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestImportJSONDocument(t *testing.T) {
	doc := `{"openapi":"3.1.0","info":{"title":"Tiny"},"paths":{"/x":{"get":{"responses":{"404":{"description":"no","content":{"application/json":{"schema":{"type":"object","properties":{"errorCode":{"type":"string","enum":["NOT_FOUND"]}}}}}}}}}}}`
	r, err := Import([]byte(doc), Options{Origin: "tiny.json"})
	require.NoError(t, err)
	e, ok := r.Provider.Lookup("NOT_FOUND")
	require.True(t, ok)
	assert.Equal(t, 404, e.Status)
	assert.Equal(t, catalog.NotFound, e.Category)
}

func TestHumanizeAndSlug(t *testing.T) {
	for in, want := range map[string]string{
		"dailyVolumeLimitExceeded": "Daily volume limit exceeded",
		"SV_INSUFFICIENT_FUNDS":    "Sv insufficient funds",
		"card-declined":            "Card declined",
		"HTTPTimeout":              "Http timeout",
		"https://pix.bcb.gov.br/api/v2/error/CobNaoEncontrado": "Cob nao encontrado",
	} {
		assert.Equal(t, want, humanize(in), in)
	}
	for in, want := range map[string]string{"API Pix": "api-pix", "Mobile Money API": "mobile-money-api", "2Checkout": "api-2checkout", "X": "api-x"} {
		assert.Equal(t, want, slug(in), in)
	}
}
