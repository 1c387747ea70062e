package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Owners answers as asking every provider's Documents would.
func TestOwners(t *testing.T) {
	codes := map[string]bool{"": true, "no-such-code": true}
	for _, p := range Providers() {
		for i := 0; i < p.Len(); i++ {
			codes[p.Entry(i).Code] = true
		}
	}
	for code := range codes {
		var want []*Provider
		for _, p := range Providers() {
			if p.Documents(code) {
				want = append(want, p)
			}
		}
		assert.Equal(t, want, Owners(code), code)
	}
	assert.Equal(t, []*Provider{Cielo, Adyen}, filter(Owners("184"), Cielo, Adyen))
}

func filter(ps []*Provider, keep ...*Provider) []*Provider {
	var out []*Provider
	for _, k := range keep {
		for _, p := range ps {
			if p == k {
				out = append(out, p)
			}
		}
	}
	return out
}
