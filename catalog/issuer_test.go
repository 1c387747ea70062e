package catalog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIssuerCodesAreComplete(t *testing.T) {
	categories := []Category{Authentication, Authorization, Validation, NotFound, Conflict,
		StateCategory, Business, RateLimit, Upstream, Timeout, Unavailable, Internal}
	seen := map[string]bool{}
	for _, e := range issuerCodes.entries {
		require.NotEmpty(t, e.Code)
		assert.False(t, seen[e.Code], "%s twice", e.Code)
		seen[e.Code] = true
		assert.True(t, len(e.Code) == 2, "%s: ABECS codes have two characters", e.Code)
		assert.Equal(t, strings.ToUpper(e.Code), e.Code, "%s: as sent, upper case", e.Code)
		assert.Zero(t, e.Status, "%s: issuer codes have no HTTP status", e.Code)
		assert.Contains(t, categories, e.Category, e.Code)
		assert.Contains(t, []Strategy{None, Fix, Wait, Backoff, CheckFirst}, e.Retry, e.Code)
		assert.NotEmpty(t, e.Fix, e.Code)
		assert.True(t, strings.HasPrefix(e.Source, abecsSource), "%s: cites the normative", e.Code)
		assert.True(t, strings.HasSuffix(e.Source, "("+e.Code+")"), "%s: source names the code", e.Code)
		texts := append([]Text{e.Title, e.Meaning, e.RetryWhy}, e.Fix...)
		if !e.Idempotency.IsZero() {
			texts = append(texts, e.Idempotency)
		}
		for i, x := range texts {
			assert.NotEmpty(t, x.EN, "%s text %d", e.Code, i)
			assert.NotEmpty(t, x.PT, "%s text %d", e.Code, i)
			assert.NotEqual(t, x.EN, x.PT, "%s text %d: Portuguese is not English", e.Code, i)
		}
		assert.Empty(t, e.Match, "%s: the code always comes with the decline", e.Code)
	}
	assert.GreaterOrEqual(t, len(issuerCodes.entries), 30)
}

func TestIssuerCode(t *testing.T) {
	e, ok := IssuerCode("51")
	require.True(t, ok)
	assert.Equal(t, "51", e.Code)
	assert.Contains(t, e.Title.EN, "Insufficient funds")
	assert.Contains(t, e.Title.PT, "Saldo/limite insuficiente")
	assert.Equal(t, Business, e.Category)
	assert.Equal(t, Fix, e.Retry, "51 is reversible")

	e, ok = IssuerCode("5")
	require.True(t, ok, "a stripped leading zero")
	assert.Equal(t, "05", e.Code)
	e2, _ := IssuerCode("05")
	assert.Equal(t, e, e2)

	// Irreversible codes that name the card or the account: never retry this card.
	for _, code := range []string{"41", "43", "46", "57", "R1"} {
		e, ok := IssuerCode(code)
		if assert.True(t, ok, code) {
			assert.Equal(t, None, e.Retry, "%s is irreversible for the card itself", code)
			assert.Contains(t, e.RetryWhy.EN, "rreversible", code)
		}
	}
	// Irreversible codes that name the data sent: the same data never, corrected data is
	// a new payment.
	for _, code := range []string{"01", "14", "54", "56", "63", "N7"} {
		e, ok := IssuerCode(code)
		if assert.True(t, ok, code) {
			assert.Equal(t, Fix, e.Retry, "%s: wrong card data is corrected, not abandoned", code)
			assert.Contains(t, e.RetryWhy.EN, "data", code)
		}
	}
	// Temporary on the issuer's side: later, never a backoff in seconds.
	for _, code := range []string{"91", "96"} {
		e, ok := IssuerCode(code)
		if assert.True(t, ok, code) {
			assert.Equal(t, Wait, e.Retry, code)
			assert.Equal(t, Upstream, e.Category, code)
			for _, f := range e.Fix {
				assert.NotContains(t, f.EN, "backoff", "%s: a decline is retried in hours, not seconds", code)
			}
		}
	}
	e, ok = IssuerCode("N7")
	require.True(t, ok)
	assert.Equal(t, "N7", e.Code)

	for _, code := range []string{"XX", "", "n7", "051", "00", " 51"} {
		_, ok := IssuerCode(code)
		assert.False(t, ok, "%q", code)
	}
}
