package ui

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/catalog/glossary"
)

func TestEveryStringInEveryLanguage(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[a-z]+\}`)
	seen := map[string]bool{}
	for _, p := range phrases {
		assert.False(t, seen[p.key], "key %s twice", p.key)
		seen[p.key] = true
		want := placeholder.FindAllString(p.text.EN, -1)
		for _, l := range catalog.Langs {
			assert.True(t, p.text.Has(l), "%s has no %s", p.key, l)
			assert.ElementsMatch(t, want, placeholder.FindAllString(p.text.In(l), -1), "placeholders of %s in %s", p.key, l)
		}
	}
	for _, s := range catalog.Strategies {
		assert.True(t, seen["strategy_"+string(s)], "strategy %s has a label", s)
	}
	for _, c := range append(catalog.Categories[:], catalog.UnknownCategory) {
		assert.True(t, seen["cat_"+string(c)], "category %s has a label", c)
	}
}

func TestLookup(t *testing.T) {
	assert.Equal(t, "unknown_key", T(catalog.English, "unknown_key"))
	assert.Equal(t, "Copiar", T(catalog.Portuguese, "copy"))
	assert.Equal(t, "Reintente con espera creciente", Strategy(catalog.Spanish, catalog.Backoff))
	assert.Equal(t, "Copy", T("fr", "copy"), "a language decifra does not speak is English")
	assert.Equal(t, "Rate limit", Category(catalog.English, catalog.RateLimit))
	assert.Equal(t, "weird", Category(catalog.English, "weird"))
	assert.Equal(t, "97% sure", Fill(T(catalog.English, "confidence"), "pct", "97"))
}

// TestReattempt pins the short line the card and the CLI show under the retry badge for a
// refused card: the limits, the brand, and the earliest next attempt, in each language.
func TestReattempt(t *testing.T) {
	tests := []struct {
		name   string
		lang   catalog.Lang
		r      *catalog.Reattempt
		want   string
		reason string
	}{
		{"none", catalog.English, nil, "", "no limits to show: no line"},
		{"visa", catalog.English, &catalog.Reattempt{MaxAttempts: 20, WithinDays: 30, Brand: catalog.Visa},
			"Card networks: at most 20 more attempts in 30 days (Visa)", "the brand's rule, named"},
		{"mastercard mac", catalog.English, &catalog.Reattempt{AfterHours: 24, MaxAttempts: 34, WithinDays: 30, MaxPerDay: 7, Brand: catalog.Mastercard},
			"Card networks: at most 34 more attempts in 30 days (Mastercard); the next after 24 h", "a stated delay; the daily cap is the advice's"},
		{"days", catalog.Portuguese, &catalog.Reattempt{AfterHours: 240, MaxAttempts: 7, WithinDays: 30},
			"Bandeiras: no máximo 7 novas tentativas em 30 dias (o mais rígido: sem bandeira informada); a próxima após 10 dias",
			"ten days, not 240 h; no brand: the strictest, said so"},
		{"spanish", catalog.Spanish, &catalog.Reattempt{MaxAttempts: 15, WithinDays: 30, Brand: catalog.Elo},
			"Marcas: como máximo 15 intentos más en 30 días (Elo)", "Spanish"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Reattempt(tt.lang, tt.r), "%s: %s", tt.name, tt.reason)
	}
	assert.Equal(t, "36 h", Hours(catalog.English, 36), "a day and a half stays in hours")
	assert.Equal(t, "2 days", Hours(catalog.English, 48))
	assert.Equal(t, "1 h", Hours(catalog.English, 1))
}

// TestUIKeepsToTheGlossary: decifra's own words keep to the catalog's glossary (one
// wording per idea, no anglicisms in the Portuguese), like the catalog's.
func TestUIKeepsToTheGlossary(t *testing.T) {
	for _, p := range phrases {
		for _, l := range catalog.Langs {
			assert.Empty(t, glossary.Check(string(l), p.text.In(l)), "%s (%s)", p.key, l)
		}
	}
}
