package jsonstr

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Append writes what encoding/json writes, with and without its HTML escaping.
func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "a", "<script>&", "\u2028\u2029", "\xff", "\"\\\x00\x7f", "\b\f\n\r\t", "日本語", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{true, false} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(html)
			assert.NoError(t, enc.Encode(s))
			assert.Equal(t, string(bytes.TrimSuffix(want.Bytes(), []byte("\n"))), string(Append(nil, s, html)), "escapeHTML %v", html)
		}
	})
}
