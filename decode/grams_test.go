package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A gram set never rules out what occurs, and rules out most of what does not.
func TestGramSet(t *testing.T) {
	text := "stripe.error.invalidrequesterror: request req_abc: no such customer"
	g := newGramSet(text)
	for i := 0; i+3 <= len(text); i++ {
		assert.True(t, g.mayHold(text[i:]), "%q", text[i:])
	}
	assert.True(t, g.mayHold("no"), "short strings may always occur")
	absent := 0
	for _, s := range []string{"pagseguro", "mercadopago", "adyen", "cielo", "zzz", "qqq", "xyz", "vindi"} {
		if !strings.Contains(text, s) && !g.mayHold(s) {
			absent++
		}
	}
	assert.GreaterOrEqual(t, absent, 6, "most absent words are ruled out")
	var nilSet *gramSet
	assert.True(t, nilSet.mayHold("anything"))
}
