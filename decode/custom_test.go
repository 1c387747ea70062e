package decode

import (
	"os"
	"strings"
	"testing"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// acmePay is the demo portal's made-up API, documented only by its own catalog.
func acmePay(t *testing.T) *catalog.Provider {
	t.Helper()
	data, err := os.ReadFile("../web/demo/acmepay.catalog.json")
	require.NoError(t, err)
	p, err := catalog.ParseCatalog(data, "acmepay.catalog.json")
	require.NoError(t, err)
	return p
}

func sample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../web/demo/acmepay-samples/" + name)
	require.NoError(t, err)
	return b
}

// A portal's catalog makes its API's errors explained like a built-in provider's: the
// provider named with evidence that shows which catalog answered, the code's meaning,
// fix and retry, the request id from where the catalog says it is.
func TestPortalCatalog(t *testing.T) {
	acme := acmePay(t)
	opts := Options{Catalogs: []*catalog.Provider{acme}, Lang: catalog.Spanish}

	x, err := Explain(sample(t, "card-declined.json"), opts)
	require.NoError(t, err)
	require.NotNil(t, x.Provider)
	assert.Equal(t, "acmepay", x.Provider.ID)
	assert.Equal(t, "card_declined", x.Code)
	assert.Equal(t, "req_7Hc2kQm9ZfA1", x.RequestID)
	assert.Equal(t, "The card was declined by the issuer.", x.Message)
	assert.Contains(t, strings.Join(x.Provider.Evidence, "\n"), "acmepay.catalog.json", "evidence names the catalog")
	e, _ := acme.Lookup("card_declined")
	assert.Equal(t, e.Title.In(catalog.Spanish), x.Title)
	assert.Equal(t, e.Retry, x.Retry.Strategy)

	x, err = Explain(sample(t, "rate-limited.txt"), opts)
	require.NoError(t, err)
	assert.Equal(t, "acmepay", x.Provider.ID)
	assert.Equal(t, "rate_limited", x.Code)
	assert.Equal(t, catalog.Wait, x.Retry.Strategy)
	require.NotNil(t, x.Retry.AfterSeconds)
	assert.Equal(t, 20, *x.Retry.AfterSeconds)

	x, err = Explain(sample(t, "acquirer-timeout.log"), opts)
	require.NoError(t, err)
	assert.Equal(t, "acmepay", x.Provider.ID)
	assert.Equal(t, "acquirer_timeout", x.Code)
	assert.Contains(t, strings.Join(x.Provider.Evidence, "\n"), "api.acmepay.example")

	// Without the catalog, the same paste is not AcmePay's: decifra does not know it.
	x, err = Explain(sample(t, "acquirer-timeout.log"), Options{})
	require.NoError(t, err)
	if x.Provider != nil {
		assert.NotEqual(t, "acmepay", x.Provider.ID)
	}

	// Built-in providers' pastes are unchanged by a portal's catalog.
	stripe := []byte(`{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds.","doc_url":"https://stripe.com/docs/error-codes/card-declined"}}`)
	x, err = Explain(stripe, opts)
	require.NoError(t, err)
	assert.Equal(t, "stripe", x.Provider.ID)

	x, err = ExplainCode("acmepay", "insufficient_balance", opts)
	require.NoError(t, err)
	assert.Equal(t, "acmepay", x.Provider.ID)
	_, err = ExplainCode("acmepay", "insufficent_balance", opts)
	var u *UnknownCodeError
	require.ErrorAs(t, err, &u)
	assert.Equal(t, []string{"insufficient_balance"}, u.Closest[:1])
}

// A catalog for a built-in id with "overrides": true puts its codes first and keeps the
// built-in reader, hosts and codes for everything else.
func TestPortalCatalogOverrides(t *testing.T) {
	data := []byte(`{"version": 1, "id": "stripe", "name": "Stripe", "overrides": true,
	  "source": "a portal's own notes on Stripe",
	  "body": {"code": "error.code", "message": "error.message"},
	  "codes": [{"code": "card_declined", "status": 402, "category": "business_rule", "retry": "fix",
	    "title": "Declined (our portal's wording)", "meaning": "The bank said no.", "fix": ["Ask for another card."]}]}`)
	p, err := catalog.ParseCatalog(data, "portal-stripe.json")
	require.NoError(t, err)
	opts := Options{Catalogs: []*catalog.Provider{p}}

	x, err := Explain([]byte(`{"error":{"type":"card_error","code":"card_declined","message":"Your card was declined."}}`), opts)
	require.NoError(t, err)
	assert.Equal(t, "stripe", x.Provider.ID)
	assert.Equal(t, "Declined (our portal's wording)", x.Title)

	x, err = Explain([]byte(`{"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such customer: 'cus_123'"}}`), opts)
	require.NoError(t, err)
	assert.Equal(t, "stripe", x.Provider.ID)
	assert.Equal(t, "resource_missing", x.Code)
	e, _ := catalog.Stripe.Lookup("resource_missing")
	assert.Equal(t, e.Title.EN, x.Title, "a code the portal does not list keeps the built-in meaning")
}

// A portal's envelope may use member names no other API does: its catalog says where the
// code is, and that is enough for decifra to read the body as an error.
func TestPortalCatalogOwnMemberNames(t *testing.T) {
	data := []byte(`{"version": 1, "id": "banco-exemplo", "name": "Banco Exemplo",
	  "source": "made up for this test",
	  "body": {"code": "falha.id", "message": "falha.texto", "requestId": "rastreio", "envelope": ["falha.id", "rastreio"]},
	  "codes": [{"code": "BX-17", "status": 409, "category": "conflict", "retry": "none",
	    "title": "Pix já devolvido", "meaning": "A devolução já foi feita.", "fix": ["Consulte a devolução existente."]}]}`)
	p, err := catalog.ParseCatalog(data, "https://portal.example/decifra.json")
	require.NoError(t, err)
	paste := []byte(`{"falha": {"id": "BX-17", "texto": "Devolução já realizada"}, "rastreio": "e2e-9f8a"}`)

	_, err = Explain(paste, Options{})
	require.ErrorIs(t, err, ErrNoErrorFound, "without the catalog nothing in it looks like an error")

	x, err := Explain(paste, Options{Catalogs: []*catalog.Provider{p}})
	require.NoError(t, err)
	assert.Equal(t, "banco-exemplo", x.Provider.ID)
	assert.Equal(t, "BX-17", x.Code)
	assert.Equal(t, 409, x.HTTPStatus)
	assert.Equal(t, "Devolução já realizada", x.Message)
	assert.Equal(t, "e2e-9f8a", x.RequestID)
	assert.Equal(t, catalog.None, x.Retry.Strategy)
}
