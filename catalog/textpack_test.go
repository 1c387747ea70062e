package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A pack of another build, of another language or malformed is refused; the page then
// says the decoder failed to load rather than showing empty cards.
func TestLoadPackRefusesWhatIsNotItsPack(t *testing.T) {
	for _, c := range []struct{ name, lang, pack, reason string }{
		{"other build", "en", "decifra-text 0123456789abcdef en\n", "a pack of another build numbers its texts otherwise"},
		{"other language", "en", "decifra-text " + packVersion + " es\n", "Spanish prose shown as English"},
		{"no header", "en", "", "an empty file"},
		{"unknown language", "fr", "decifra-text " + packVersion + " fr\n", "decifra does not speak French"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := LoadPack(Lang(c.lang), []byte(c.pack))
			require.Error(t, err, c.reason)
			assert.ErrorIs(t, err, ErrPack)
		})
	}
}

// Texts from a table line read as their references say.
func TestTableEntry(t *testing.T) {
	e := tableEntry("card_declined\x1f\x1f402\x1fbusiness_rule\x1ffix\x1f1\x1f2\x1f3\x1f0\x1f4,5\x1fyour card was declined\x1ehas been declined\x1f0")
	assert.Equal(t, "card_declined", e.Code)
	assert.Equal(t, 402, e.Status)
	assert.Equal(t, Business, e.Category)
	assert.Equal(t, Fix, e.Retry)
	assert.Equal(t, Text{ref: 1}, e.Title)
	assert.True(t, e.Idempotency.IsZero())
	assert.Equal(t, []Text{{ref: 4}, {ref: 5}}, e.Fix)
	assert.Equal(t, []string{"your card was declined", "has been declined"}, e.Match)
	assert.Empty(t, e.Cite(), "no source reference")

	table := "a\x1f\x1f400\x1fvalidation\x1ffix\x1f1\x1f1\x1f1\x1f0\x1f\x1f\x1fs\n" +
		"b\x1fxml\x1f400\x1fvalidation\x1ffix\x1f1\x1f1\x1f1\x1f0\x1f\x1f\x1fs\n" +
		"b\x1f\x1f402\x1fbusiness_rule\x1fnone\x1f1\x1f1\x1f1\x1f0\x1f\x1f\x1fs\n"
	p := &Provider{table: table}
	assert.Equal(t, 3, p.Len())
	got, ok := p.Lookup("b")
	require.True(t, ok)
	assert.Equal(t, "xml", got.Context, "Lookup finds the first entry of a code")
	got, ok = p.LookupIn("", "b")
	require.True(t, ok)
	assert.Equal(t, 402, got.Status)
	assert.True(t, p.Documents("a"))
	assert.False(t, p.Documents("ab"), "a code is matched whole")
	assert.False(t, p.Documents(""))
	assert.Equal(t, "b", p.Entry(2).Code)
}
