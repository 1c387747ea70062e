package catalog

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestQuoteAsStrconv: Quote, QuoteRune and QuoteRuneToASCII write what strconv writes for
// everything but printable-or-not Unicode beyond ASCII, which they leave as it is.
func TestQuoteAsStrconv(t *testing.T) {
	for _, s := range []string{"", "card_declined", `say "hi" \ bye`, "tab\tnl\ncr\rbell\a\b\f\v", "nul\x00 del\x7f esc\x1b", "bad utf8 \xff\xfe end",
		"ação não é válida", "日本語のエラー", "emoji 💳 ok", "'single'"} {
		assert.Equal(t, strconv.Quote(s), Quote(s), "%q", s)
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', '\x00', '\x7f', 'é', '日', '💳', -1, 0x110000} {
		assert.Equal(t, strconv.QuoteRune(r), QuoteRune(r), "%U", r)
		assert.Equal(t, strconv.QuoteRuneToASCII(r), QuoteRuneToASCII(r), "%U", r)
	}
	// Where they differ, on purpose: a character Unicode calls unprintable stays as it is.
	assert.Equal(t, "\"a\u200bb\"", Quote("a\u200bb"))
	assert.Equal(t, `"a\u200bb"`, strconv.Quote("a\u200bb"))
}
