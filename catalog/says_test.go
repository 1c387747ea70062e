package catalog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSays(t *testing.T) {
	assert.True(t, Cielo.Says("184", "Request could not be empty"))
	assert.True(t, Cielo.Says("184", "request COULD not be empty."), "case and punctuation do not count")
	assert.False(t, Adyen.Says("184", "Request could not be empty"), "Adyen's 184 is another error")
	assert.False(t, Cielo.Says("185", "Request could not be empty"))
	assert.False(t, Cielo.Says("184", ""))
	assert.False(t, Cielo.Says("", "Request could not be empty"))

	assert.Equal(t, SaysKey("Amount exceeded"), SaysKey("  amount -- EXCEEDED!"))
	assert.NotEqual(t, SaysKey("Amount exceeded"), SaysKey("Amount exceed"))
	assert.Empty(t, SaysKey(" .,;"))
	assert.Len(t, SaysKey("Não autorizado"), 3)
}

// A textpack build's tables carry the English title's key as the line's last field:
// Says answers from it as a native build does from the title.
func TestSaysFromTable(t *testing.T) {
	key := SaysKey("Request could not be empty")
	line := func(code, says string) string {
		return code + "\x1f\x1f400\x1fvalidation\x1ffix\x1f1\x1f2\x1f3\x1f0\x1f\x1f\x1f0\x1f" + says + "\n"
	}
	p := &Provider{id: "t", table: line("183", SaysKey("Other")) + line("184", key) + line("1840", key)}
	assert.Equal(t, key, tableSays(strings.TrimSuffix(line("184", key), "\n")))
	assert.True(t, p.Says("184", "request could not be empty!"))
	assert.False(t, p.Says("183", "Request could not be empty"))
	assert.True(t, p.Says("1840", "Request could not be empty"))
	assert.False(t, p.Says("18", "Request could not be empty"))
	e, ok := p.Lookup("184")
	assert.True(t, ok)
	assert.Equal(t, Text{ref: 1}, e.Title, "the line is read whole")
	assert.Empty(t, e.Cite(), "the source's reference is 0: none")
}
