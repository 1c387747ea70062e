package grams

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A gram set never rules out what occurs, and rules out most of what does not.
func TestSet(t *testing.T) {
	text := "stripe.error.invalidrequesterror: request req_abc: no such customer"
	g := New(text)
	for i := 0; i+3 <= len(text); i++ {
		assert.True(t, g.MayHold(text[i:]), "%q", text[i:])
	}
	assert.True(t, g.MayHold("no"), "short strings may always occur")
	absent := 0
	for _, s := range []string{"pagseguro", "mercadopago", "adyen", "cielo", "zzz", "qqq", "xyz", "vindi"} {
		if !strings.Contains(text, s) && !g.MayHold(s) {
			absent++
		}
	}
	assert.Equal(t, 8, absent, "absent words are ruled out")
	// Every three-byte sequence counts, not only the first: "request" is there,
	// "requests" and "req_xyz" are not.
	assert.False(t, g.MayHold("requests"))
	assert.False(t, g.MayHold("req_xyz"))
	assert.True(t, g.MayHold("request req_abc"))
	var nilSet *Set
	assert.True(t, nilSet.MayHold("anything"))
}
