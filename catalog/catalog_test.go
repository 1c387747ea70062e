package catalog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedCodes pins every code the seed documents give, per provider, in the documents'
// order (../shared/seeds; its README maps files to providers). A code dropped from or
// misspelt in the catalog fails here.
var seedCodes = []struct {
	provider string
	seed     string
	codes    []string
}{
	{"fluxiq", "000 FluxiQ NPC error codes", []string{
		"MISSING_API_KEY", "INVALID_API_KEY", "API_KEY_REVOKED", "FORBIDDEN", "IP_NOT_ALLOWED",
		"VALIDATION_ERROR", "INVALID_DOCUMENT", "INVALID_DUE_DATE", "AMOUNT_TOO_LOW", "NOT_FOUND",
		"BOLETO_NOT_FOUND", "DUPLICATE_BOLETO", "INVALID_STATUS_TRANSITION", "RATE_LIMITED",
		"INTERNAL_ERROR", "PCR_UNAVAILABLE", "FTP_UNAVAILABLE"}},
	{"onnixpay", "001 OnnixPay códigos de erro", []string{
		"UNAUTHORIZED", "INSUFFICIENT_PERMISSIONS", "API_KEY_EXPIRED", "API_KEY_REVOKED",
		"INVALID_REQUEST", "INVALID_AMOUNT", "INVALID_DOCUMENT", "INVALID_PIX_KEY", "INVALID_DATE",
		"RESOURCE_NOT_FOUND", "TRANSACTION_NOT_FOUND", "DUPLICATE_TRANSACTION", "DUPLICATE_CUSTOMER",
		"INSUFFICIENT_BALANCE", "RATE_LIMIT_EXCEEDED", "AMOUNT_LIMIT_EXCEEDED", "PIX_EXPIRED",
		"PIX_ALREADY_PAID", "PIX_KEY_NOT_FOUND", "BOLETO_EXPIRED", "BOLETO_ALREADY_PAID",
		"BOLETO_CANCELED", "PROVIDER_ERROR", "PROVIDER_TIMEOUT", "PROVIDER_UNAVAILABLE", "INTERNAL_ERROR"}},
	{"flux", "002 Flux error codes", []string{
		"ERR_QR_UNKNOWN", "ERR_QR_DISABLED", "ERR_QR_EXPIRED", "ERR_QR_MALFORMED",
		"ERR_INSUFFICIENT_BALANCE", "ERR_BANK_REFUSAL", "ERR_ISSUER_ACCOUNT_VIOLATION",
		"ERR_FORBIDDEN_COMMERCE", "ERR_MAX_AMOUNT_EXCEEDED", "ERR_MIN_AMOUNT_SUBCEED",
		"ERR_REFERENCE_ALREADY_EXISTS", "ERR_BAD_REQUEST", "ERR_UNAUTHORIZED", "ERR_FORBIDDEN",
		"ERR_NOT_FOUND", "ERR_NETWORK_TIMEOUT", "ERR_SERVER"}},
	{"cashier", "003 Cashier error codes", []string{
		"UNAUTHORIZED", "FORBIDDEN", "MERCHANT_NOT_FOUND", "MERCHANT_INACTIVE", "VALIDATION_ERROR",
		"INVALID_AMOUNT", "INVALID_CURRENCY", "INVALID_COUNTRY", "MISSING_REQUIRED_FIELD",
		"INVALID_DOCUMENT", "INVALID_PIX_KEY", "SESSION_NOT_FOUND", "SESSION_EXPIRED",
		"SESSION_ALREADY_COMPLETED", "SESSION_CANCELLED", "PAYMENT_FAILED", "CARD_DECLINED",
		"INSUFFICIENT_FUNDS", "CARD_EXPIRED", "INVALID_CVV", "PROVIDER_ERROR", "TIMEOUT",
		"PAYOUT_FAILED", "INVALID_BENEFICIARY", "INSUFFICIENT_BALANCE", "BENEFICIARY_NOT_FOUND",
		"METHOD_NOT_FOUND", "PROVIDER_UNAVAILABLE", "COUNTRY_NOT_SUPPORTED"}},
	{"gsma-mm", "004 mobile-money handling errors", []string{"SV_INSUFFICIENT_FUNDS", "PAYMENT_METHOD_NOT_FOUND"}},
	{"gsma-mm", "GSMA Mobile Money API v1.1.2 errorObject.errorCode enum", []string{
		"genericError", "dailyVolumeLimitExceeded", "dailyValueLimitExceeded",
		"weeklyVolumeLimitExceeded", "weeklyValueLimitExceeded", "monthlyVolumeLimitExceeded",
		"monthlyValueLimitExceeded", "accountMaxTotalVolumeExceeded", "accountMaxTotalValueExceeded",
		"lessThanTransactionMinValue", "greaterThanTransactionMaxValue", "maxBalanceExceeded",
		"samePartiesError", "duplicateRequest", "insufficientFunds", "incorrectState",
		"underPaymentNotAllowed", "overPaymentNotAllowed", "rateLimitError", "transactionTypeError",
		"noMandateAuthority", "linkViolation", "countryofOriginNotPermitted", "nationalityNotPermitted",
		"idDocumentNotSupported", "issuingCountryNotSupported", "quoteHasExpired", "identifierError",
		"lengthError", "formatError", "negativeValue", "currencyNotSupported",
		"mandatoryValueNotSupplied", "invalidOffset", "clientAuthorisationError", "requestDeclined",
		"servicingPartyAuthorisationError", "requestingPartyAuthorisationError"}},
}

func TestCatalogHasEverySeedCode(t *testing.T) {
	for _, sc := range seedCodes {
		p := ByID(sc.provider)
		require.NotNil(t, p, sc.provider)
		for _, code := range sc.codes {
			e, ok := p.Lookup(code)
			if !assert.True(t, ok, "%s (%s) lacks %s", sc.provider, sc.seed, code) {
				continue
			}
			assert.NotEmpty(t, e.Title.EN, code)
			assert.NotEmpty(t, e.Title.PT, code)
			assert.NotEmpty(t, e.Meaning.EN, code)
			assert.NotEmpty(t, e.Meaning.PT, code)
			assert.NotEmpty(t, e.Fix, code)
			assert.Contains(t, []Strategy{None, Fix, Wait, Backoff, CheckFirst}, e.Retry, code)
			assert.NotEmpty(t, e.RetryWhy.EN, code)
			assert.NotEmpty(t, e.RetryWhy.PT, code)
			assert.NotEmpty(t, e.Source, code)
		}
	}
}

func TestSeedCodeCounts(t *testing.T) {
	// The counts issue #2 gives: about 17 FluxiQ, 26 OnnixPay, 17 Flux, 29 Cashier,
	// 2 from the mobile-money seed, plus 38 harmonised GSMA codes.
	want := map[string]int{"fluxiq": 17, "onnixpay": 26, "flux": 17, "cashier": 29, "gsma-mm": 40}
	got := map[string]int{}
	for _, sc := range seedCodes {
		got[sc.provider] += len(sc.codes)
	}
	assert.Equal(t, want, got)
}

func TestEveryEntryIsComplete(t *testing.T) {
	categories := []Category{Authentication, Authorization, Validation, NotFound, Conflict,
		StateCategory, Business, RateLimit, Upstream, Timeout, Unavailable, Internal}
	for _, p := range Providers() {
		assert.NotEmpty(t, p.name, p.id)
		assert.NotEmpty(t, p.source, p.id)
		assert.NotEmpty(t, p.envelope.EN, p.id)
		assert.NotEmpty(t, p.envelope.PT, p.id)
		seen := map[string]bool{}
		for _, e := range p.entries {
			key := e.Code + " in " + e.Context
			assert.False(t, seen[key], "%s: %s twice", p.id, key)
			seen[key] = true
			assert.Contains(t, categories, e.Category, "%s %s", p.id, e.Code)
			// 2xx only for refusals that arrive in a successful response (Mercado Pago's
			// rejected payments are HTTP 201 with status_detail).
			assert.True(t, e.Status == 0 || (e.Status >= 200 && e.Status <= 299) || (e.Status >= 400 && e.Status <= 599), "%s %s status %d", p.id, e.Code, e.Status)
			for i, f := range e.Fix {
				assert.NotEmpty(t, f.EN, "%s %s fix %d", p.id, e.Code, i)
				assert.NotEmpty(t, f.PT, "%s %s fix %d", p.id, e.Code, i)
			}
			if !e.Idempotency.IsZero() {
				assert.NotEmpty(t, e.Idempotency.EN, "%s %s", p.id, e.Code)
				assert.NotEmpty(t, e.Idempotency.PT, "%s %s", p.id, e.Code)
			}
			for _, m := range e.Match {
				assert.Equal(t, strings.ToLower(m), m, "%s %s: match phrases are lower case", p.id, e.Code)
			}
		}
	}
}

// The Portuguese text is Portuguese: a cheap guard against English pasted into PT.
func TestPortugueseTextIsNotEnglish(t *testing.T) {
	for _, p := range Providers() {
		for _, e := range p.entries {
			assert.NotEqual(t, e.Meaning.EN, e.Meaning.PT, "%s %s meaning", p.id, e.Code)
			assert.NotEqual(t, e.Title.EN, e.Title.PT, "%s %s title", p.id, e.Code)
		}
	}
}

func TestSeedStatusesWhereDocumented(t *testing.T) {
	cases := []struct {
		name, provider, code string
		status               int
		reason               string
	}{
		{"fluxiq auth", "fluxiq", "MISSING_API_KEY", 401, "Authentication Errors (401)"},
		{"fluxiq forbidden", "fluxiq", "IP_NOT_ALLOWED", 403, "Authorization Errors (403)"},
		{"fluxiq rate", "fluxiq", "RATE_LIMITED", 429, "Rate Limit Errors (429)"},
		{"onnix rate", "onnixpay", "RATE_LIMIT_EXCEEDED", 429, "Limites e Restrições (422, 429)"},
		{"onnix pix", "onnixpay", "PIX_EXPIRED", 0, "PIX Específicos gives no status: not documented"},
		{"cashier gone", "cashier", "SESSION_EXPIRED", 410, "listed as 410"},
		{"cashier timeout", "cashier", "TIMEOUT", 504, "listed as 504"},
		{"cashier provider", "cashier", "PROVIDER_UNAVAILABLE", 503, "listed as 503"},
		{"flux qr", "flux", "ERR_QR_EXPIRED", 0, "Flux gives no per-code status"},
		{"gsma seed", "gsma-mm", "SV_INSUFFICIENT_FUNDS", 0, "the seed ties no status to it"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, ok := Lookup(c.provider, c.code)
			require.True(t, ok)
			assert.Equal(t, c.status, e.Status, c.reason)
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	_, ok := Lookup("fluxiq", "card_declined")
	assert.False(t, ok)
	_, ok = Lookup("nobody", "RATE_LIMITED")
	assert.False(t, ok)
	assert.True(t, ByID("square") == nil, "an unknown provider id")
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"pt-BR": Portuguese, "pt_BR.UTF-8": Portuguese, "pt": Portuguese,
		"PT-br,en;q=0.5": Portuguese, "en-US": English, "": English, "C.UTF-8": English, "fr": English} {
		assert.Equal(t, want, ParseLang(in), in)
	}
	assert.Equal(t, "Olá", Text{EN: "Hello", PT: "Olá"}.In(Portuguese))
	assert.Equal(t, "Hello", Text{EN: "Hello"}.In(Portuguese), "falls back to English")
}

// TestLookupReturnsCopies: what a caller gets back is its own; writing over it changes
// no later lookup (one Worker instance serves many requests).
func TestLookupReturnsCopies(t *testing.T) {
	e, ok := Stripe.Lookup("card_declined")
	require.True(t, ok)
	before := e.Fix[0]
	e.Fix[0] = Text{EN: "scribbled"}
	e.Retry = None
	again, _ := Stripe.Lookup("card_declined")
	assert.Equal(t, before, again.Fix[0])
	assert.NotEqual(t, None, again.Retry)

	hosts := Stripe.Hosts()
	hosts[0] = "evil.example"
	_, ok = Stripe.OwnsHost("api.stripe.com")
	assert.True(t, ok)

	ps := Providers()
	ps[0] = nil
	assert.NotNil(t, Providers()[0])

	issuer, _ := IssuerCode("51")
	issuer.Fix[0] = Text{EN: "scribbled"}
	again, _ = IssuerCode("51")
	assert.NotEqual(t, "scribbled", again.Fix[0].EN)
}

// Entries yields what Entry(i) returns, in order, for every provider.
func TestEntriesIterator(t *testing.T) {
	for _, p := range Providers() {
		i := 0
		for e := range p.Entries() {
			require.Equal(t, p.Entry(i), e, "%s entry %d", p.ID(), i)
			i++
		}
		assert.Equal(t, p.Len(), i, p.ID())
	}
}

// AllPhrases yields each entry's code, context, status and Match phrases, as Entry(i) has them.
func TestAllPhrases(t *testing.T) {
	for _, p := range Providers() {
		n := 0
		for i, ph := range p.AllPhrases() {
			e := p.Entry(i)
			require.Equal(t, Phrases{Code: e.Code, Context: e.Context, Status: e.Status, Match: e.Match}, ph, "%s entry %d", p.ID(), i)
			n++
		}
		assert.Equal(t, p.Len(), n, p.ID())
	}
}
