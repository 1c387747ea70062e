package ui

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/decifra/decifra/catalog"
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
