package catalog

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/decifra/decifra/catalog/glossary"
)

// TestCatalogKeepsToTheGlossary: no text of the catalog, in any language, uses a wording
// the glossary says to avoid (anglicisms in the Portuguese, a masculine Idempotency-Key,
// three titles for one 429 …).
func TestCatalogKeepsToTheGlossary(t *testing.T) {
	checked := 0
	check := func(where string, x Text) {
		checked++
		for _, l := range Langs {
			if x.Has(l) {
				assert.Empty(t, glossary.Check(string(l), x.In(l)), "%s (%s)", where, l)
			}
		}
	}
	catalogTexts(check)
	for d := DeclineNever; d <= DeclineDuplicate; d++ {
		check("decline class "+strconv.Itoa(int(d)), d.Why())
	}
	assert.Greater(t, checked, 5000, "the whole catalog is checked")
}
