package grams

import (
	"strings"
	"testing"
	"unicode/utf8"

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
	// Every three-byte sequence counts, not only the first: "request" is there, these
	// are not (one of them may still pass, by a collision in a small text's set).
	ruledOut := 0
	for _, s := range []string{"requests", "req_xyz", "customers", "no such charge", "invalidrequestx"} {
		if !g.MayHold(s) {
			ruledOut++
		}
	}
	assert.GreaterOrEqual(t, ruledOut, 4)
	assert.True(t, g.MayHold("request req_abc"))
	// A long text gets more bits, so that its set stays sparse.
	assert.Len(t, New(strings.Repeat("x", 100)).bits, 1024/64)
	assert.Len(t, New(strings.Repeat("x", 1000)).bits, 8192/64)
	assert.Len(t, New(strings.Repeat("x", 100000)).bits, 65536/64)
	var nilSet *Set
	assert.True(t, nilSet.MayHold("anything"))
}

// Lower is strings.ToLower with the Set of its result, the same for every caller, and
// never another text's, even with many texts asked for at once.
func TestLower(t *testing.T) {
	texts := []string{"Stripe::CardError: Your card was declined", "HTTP/1.1 402 Payment Required", "", "ÁGUA Ç"}
	for _, text := range texts {
		lower, g := Lower(text)
		assert.Equal(t, strings.ToLower(text), lower)
		assert.Equal(t, New(lower), g)
		again, g2 := Lower(text)
		assert.Equal(t, lower, again)
		assert.Same(t, g, g2, "asked again, the kept answer")
	}
	// Same bytes' address, other length: a prefix is another text.
	full := "Request REQ_ABC failed"
	prefix, _ := Lower(full[:7])
	assert.Equal(t, "request", prefix)
	whole, _ := Lower(full)
	assert.Equal(t, "request req_abc failed", whole)
	done := make(chan bool)
	for i := range 8 {
		go func() {
			for j := range 200 {
				text := strings.Repeat("AbC", i+j%5)
				lower, _ := Lower(text)
				if lower != strings.ToLower(text) {
					done <- false
					return
				}
			}
			done <- true
		}()
	}
	for range 8 {
		assert.True(t, <-done)
	}
}

func TestToLower(t *testing.T) {
	for _, s := range []string{"", "already lower", "Não AUTORIZADO", "SÃO PAULO — ÉRRO", "İstanbul", "K (Kelvin)", "ΣΊΣΥΦΟΣ", "ends in É"} {
		assert.Equal(t, strings.ToLower(s), ToLower(s), s)
	}
	assert.Equal(t, "a\xffb", ToLower("A\xffB"), "a byte that is not UTF-8 is kept")
}

func FuzzToLower(f *testing.F) {
	f.Add("Não AUTORIZADO")
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) {
			assert.Equal(t, strings.ToLower(s), ToLower(s))
		}
	})
}
