package api

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/internal/fixtures"
)

// reference is the envelope as encoding/json reads it, which readEnvelope must match.
type reference struct {
	Input    *string `json:"input"`
	Lang     string  `json:"lang"`
	Now      string  `json:"now"`
	Provider string  `json:"provider"`
}

// readBoth reads b as the envelope both ways: with readEnvelope's reader (on a copy,
// since it decodes in place) and with encoding/json.
func readBoth(b []byte) (env envelope, detail string, ref reference, refErr error) {
	refErr = json.Unmarshal(b, &ref)
	d := jsonReader{b: append([]byte(nil), b...)}
	detail = d.object(&env)
	return env, detail, ref, refErr
}

func TestEnvelopeReadsAsEncodingJSON(t *testing.T) {
	tests := []struct{ name, body string }{
		{"plain", `{"input":"HTTP/1.1 429\n\n{\"a\":1}","lang":"pt-BR","now":"2026-11-02T10:00:00Z","provider":"fluxiq"}`},
		{"escapes", `{"input":"\"\\\/\b\f\n\r\t\u00e9\u20ac\ud83d\ude00 <&>"}`},
		{"lone surrogates", `{"input":"\ud83d x \ude00 \ud83d\u0041"}`},
		{"whitespace", " \t\r\n{ \"input\" : \"x\" , \"lang\" : \"es\" } \n"},
		{"other members", `{"x":[1,-2.5e+3,{"y":[true,false,null,{}],"z":[]}],"input":"x","w":{"a":"\u0041"}}`},
		{"case-insensitive names", `{"INPUT":"x","Lang":"es"}`},
		{"last wins", `{"input":"a","input":"b"}`},
		{"null input", `{"input":null}`},
		{"null resets input", `{"input":"a","input":null}`},
		{"null lang", `{"input":"a","lang":null}`},
		{"empty object", `{}`},
		{"escaped name", `{"inp\u0075t":"x"}`},
		{"not an object", `["x"]`},
		{"a string", `"x"`},
		{"a number", `12`},
		{"input not a string", `{"input":{"error":"x"}}`},
		{"lang a number", `{"input":"x","lang":1}`},
		{"unterminated", `{"input": "x`},
		{"trailing comma", `{"input":"x",}`},
		{"trailing value", `{"input":"x"} {}`},
		{"bad escape", `{"input":"\x"}`},
		{"short unicode escape", `{"input":"\u12"}`},
		{"control character", "{\"input\":\"a\tb\"}"},
		{"leading zero", `{"x":01,"input":"a"}`},
		{"bare minus", `{"x":-,"input":"a"}`},
		{"bad literal", `{"x":nul,"input":"a"}`},
		{"missing colon", `{"input" "x"}`},
		{"unclosed array", `{"x":[1,2,"input":"a"}`},
		{"mismatched close", `{"x":[1,2},"input":"a"}`},
		{"empty", ``},
		{"spaces only", `   `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, detail, ref, refErr := readBoth([]byte(tt.body))
			if refErr != nil {
				assert.NotEmpty(t, detail, "encoding/json refuses it: %v", refErr)
				return
			}
			require.Empty(t, detail)
			sameEnvelope(t, env, ref)
		})
	}
}

func sameEnvelope(t *testing.T, env envelope, ref reference) {
	t.Helper()
	if ref.Input == nil {
		assert.Nil(t, env.input)
	} else {
		assert.Equal(t, *ref.Input, string(env.input))
	}
	assert.Equal(t, ref.Lang, string(env.lang))
	assert.Equal(t, ref.Now, string(env.now))
	assert.Equal(t, ref.Provider, string(env.provider))
}

func TestEnvelopeNesting(t *testing.T) {
	deep := `{"x":` + strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth) + `,"input":"a"}`
	var env envelope
	assert.Contains(t, (&jsonReader{b: []byte(deep)}).object(&env), "nesting deeper than 10000")
	ok := `{"x":` + strings.Repeat("[", maxDepth-1) + strings.Repeat("]", maxDepth-1) + `,"input":"a"}`
	assert.Empty(t, (&jsonReader{b: []byte(ok)}).object(&env))
}

// TestEnvelopeDoesNotCopyThePaste: the paste is decoded in place, so reading an envelope
// holds no second copy of it, however long it is.
func TestEnvelopeDoesNotCopyThePaste(t *testing.T) {
	body := []byte(`{"input":"` + strings.Repeat(`{\"a\":\"\\u00e9\"}\n`, 1<<16) + `","lang":"es"}`)
	work := make([]byte, len(body))
	allocs := testing.AllocsPerRun(5, func() {
		copy(work, body)
		var env envelope
		var opts decode.Options
		require.Empty(t, readEnvelope(work, &env, &opts))
	})
	assert.LessOrEqual(t, allocs, 2.0, "the language's name at most, never the paste")
}

// FuzzEnvelope holds readEnvelope's reader to encoding/json: the same bodies accepted,
// the same members read (for valid UTF-8: encoding/json writes U+FFFD over invalid bytes,
// which the reader keeps). Seeded from the fixtures as envelopes.
func FuzzEnvelope(f *testing.F) {
	all, err := fixtures.Load("../../decode/testdata/fixtures")
	require.NoError(f, err)
	for _, fx := range all {
		b, err := json.Marshal(map[string]string{"input": string(fx.Input), "lang": fx.Lang})
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"input":"\ud83d\ude00","x":[{"y":null}],"Now":"2026"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		env, detail, ref, refErr := readBoth(b)
		if (refErr == nil) != (detail == "") {
			t.Fatalf("encoding/json: %v; readEnvelope: %q", refErr, detail)
		}
		if refErr == nil && utf8.Valid(b) {
			sameEnvelope(t, env, ref)
		}
	})
}
