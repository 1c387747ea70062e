package catalog

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The catalog's JSON writer writes what json.Encoder writes with SetIndent("", "  ") and
// SetEscapeHTML(false), which the exports were written with before it.
func TestWriteJSONIsEncodingJSON(t *testing.T) {
	encode := func(v any) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		assert.NoError(t, enc.Encode(v))
		return b.String()
	}
	write := func(v jsonValue) string { return string(appendJSON(nil, v)) }
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "amount < 0 && x > 1", "tab\tnew\nline\rcr",
		"\x00\x01\x1f\x7f", "Atenção: não é válido", "line\u2028sep\u2029para", "bad \xff utf-8 \xc3", "emoji 💳"} {
		assert.Equal(t, encode(s), write(s), "%q", s)
	}
	type inner struct {
		A []string `json:"a"`
		B []string `json:"b"`
		C []string `json:"c"`
	}
	assert.Equal(t, encode(map[string]any{"k": inner{A: []string{"x", "y"}, B: []string{}}}),
		write(jsonObject{{"k", jsonObject{{"a", jsonArray{"x", "y"}}, {"b", jsonArray{}}, {"c", nil}}}}))
	assert.Equal(t, encode(map[string]any{"n": 42, "t": true, "o": map[string]any{}}),
		write(jsonObject{{"n", 42}, {"o", jsonObject{}}, {"t", true}}))
}
