package catalog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests below pin what an audit of the catalog against its sources found wrong
// (issue #18), so that it stays right.

// TestAdyenIdempotencyKeyValidity: Adyen keeps an idempotency key for a minimum of 7 days
// ("Key scope and validity time", https://docs.adyen.com/development-resources/api-idempotency),
// not 31: a text promising 31 days lets a retry after day 7 charge twice.
func TestAdyenIdempotencyKeyValidity(t *testing.T) {
	for i := range Adyen.Len() {
		e := Adyen.Entry(i)
		for _, x := range append([]Text{e.Idempotency, e.RetryWhy, e.Meaning}, e.Fix...) {
			for _, l := range Langs {
				s := x.In(l)
				assert.NotRegexp(t, `\b31 d`, s, "%s (%s): the key is kept a minimum of 7 days", e.Code, l)
			}
		}
	}
	want := map[Lang]string{English: "minimum of 7 days", Portuguese: "no mínimo 7 dias", Spanish: "como mínimo 7 días"}
	for _, code := range []string{"703", "704", "903", "904", "00_500", "99_500"} {
		e, ok := Adyen.Lookup(code)
		require.True(t, ok, code)
		for _, l := range Langs {
			assert.Contains(t, e.Idempotency.In(l), want[l], "%s (%s)", code, l)
		}
	}
}

// TestAdyenDocumentedStatuses: Adyen documents 703 with HTTP 503 and 704, the idempotency
// conflict, with 409 (its page names 422 as well, which the meaning says).
func TestAdyenDocumentedStatuses(t *testing.T) {
	for code, status := range map[string]int{"703": 503, "704": 409} {
		e, ok := Adyen.Lookup(code)
		require.True(t, ok, code)
		assert.Equal(t, status, e.Status, code)
	}
	e, _ := Adyen.Lookup("704")
	assert.Contains(t, e.Meaning.EN, "422", "the other status Adyen gives for 704")
}

// TestIssuerCodesPerBrand: 04 is never retried unless the card is Elo, and its fix does
// not say otherwise; 46 names the brands that send it; Visa's 06 is the current table's
// irreversible card error.
func TestIssuerCodesPerBrand(t *testing.T) {
	e, _ := IssuerCode("04")
	assert.Equal(t, None, e.Retry, "04: pick up card on Visa and Mastercard")
	for _, f := range e.Fix {
		assert.NotContains(t, f.EN, "try once more", "04: no unconditional retry in the fix")
	}
	assert.Contains(t, e.Fix[0].EN, "unless it is Elo")

	e, _ = IssuerCode("46")
	for _, l := range Langs {
		assert.Contains(t, e.Title.In(l), "(Elo, Visa)", "46 (%s): the brands that send it", l)
	}
	assert.Contains(t, e.Meaning.EN, "Mastercard sends 62")

	e, _ = IssuerCode("06")
	assert.Contains(t, e.Title.EN, "card error (Visa)")
	assert.Contains(t, e.Meaning.EN, "irreversible")
	assert.Contains(t, e.Source, "1 October 2024", "06 cites the current table")
	assert.Equal(t, Fix, e.Retry)
}

// TestStripeIdempotencyTexts: Stripe saves a result under a key only when one was sent
// and the endpoint started (a card decline); it saves nothing for a validation error
// (https://docs.stripe.com/idempotency). The catalog cannot know whether a key was sent.
func TestStripeIdempotencyTexts(t *testing.T) {
	decline, _ := Stripe.Lookup("generic_decline")
	for _, l := range Langs {
		assert.NotContains(t, decline.Idempotency.In(l), "you sent", "%s: no key may have been sent", l)
	}
	assert.True(t, strings.HasPrefix(decline.Idempotency.EN, "If the request carried an Idempotency-Key"))
	for _, code := range []string{"parameter_missing", "parameter_invalid_integer", "invalid_request_error"} {
		e, ok := Stripe.Lookup(code)
		require.True(t, ok, code)
		assert.NotContains(t, e.Idempotency.EN, "replays", "%s: a validation error is not stored", code)
		assert.Contains(t, e.Idempotency.EN, "saves no result", code)
	}
}

// TestPagBankSupportOnDeclines: a declined charge has no error_messages; support is asked
// for what it has.
func TestPagBankSupportOnDeclines(t *testing.T) {
	s := PagBank.Support()
	for _, l := range Langs {
		assert.Contains(t, s.In(l), "payment_response.code", l)
	}
	assert.Contains(t, s.EN, "for an API error, the full error_messages array")
}

// TestCashierIdempotencyHeaderInferred: Cashier's seed speaks of idempotency keys but
// never names the header.
func TestCashierIdempotencyHeaderInferred(t *testing.T) {
	assert.True(t, Cashier.IdempotencyHeaderInferred())
	assert.Equal(t, "Idempotency-Key", Cashier.IdempotencyHeader())
	assert.False(t, Stripe.IdempotencyHeaderInferred(), "Stripe documents its header")
}
