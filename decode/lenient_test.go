package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLenient(t *testing.T) {
	cases := []struct {
		name, in       string
		lenient, trunc bool
		check          func(t *testing.T, o *object)
	}{
		{"strict", `{"a":1,"b":"x","c":[true,false,null],"d":{"e":"\u00e7\ud83d\ude00"}}`, false, false, func(t *testing.T, o *object) {
			assert.Equal(t, "x", o.str("b"))
			assert.Equal(t, "ç😀", o.obj("d").str("e"))
		}},
		{"comments and trailing comma", "{\n// c\n\"a\": 1, /* x */ \"b\": 2,\n}", true, false, func(t *testing.T, o *object) {
			assert.Equal(t, []string{"a", "b"}, o.keys())
		}},
		{"javascript dump", `{ code: 'X', nested: { list: [ 'a', [Object] ] }, n: undefined }`, true, false, func(t *testing.T, o *object) {
			assert.Equal(t, "X", o.str("code"))
			assert.Nil(t, o.get("n"))
		}},
		{"python repr", `{'success': False, 'error': {'code': 'X'}, 'meta': None}`, true, false, func(t *testing.T, o *object) {
			assert.Equal(t, false, o.get("success"))
		}},
		{"truncated in string", `{"error":{"code":"BOLETO_NOT_FOUND","message":"Bol`, false, true, func(t *testing.T, o *object) {
			assert.Equal(t, "Bol", o.obj("error").str("message"))
		}},
		{"truncated after key", `{"error":{"code":"X","message"`, false, true, func(t *testing.T, o *object) {
			assert.Equal(t, "X", o.obj("error").str("code"))
		}},
		{"escaped quotes", `{"m":"say \"hi\"\n"}`, false, false, func(t *testing.T, o *object) {
			assert.Equal(t, "say \"hi\"\n", o.str("m"))
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, ok := parseLenient(c.in, 0)
			require.True(t, ok)
			o, isObj := res.value.(*object)
			require.True(t, isObj)
			assert.Equal(t, c.lenient, res.lenient, "lenient")
			assert.Equal(t, c.trunc, res.truncated, "truncated")
			c.check(t, o)
		})
	}
}

func TestParseLenientRejectsNonValues(t *testing.T) {
	for _, in := range []string{"", "   ", "}", ":x", "{\"a\" 1}", "{\"a\":1 \"b\":2}"} {
		_, ok := parseLenient(in, 0)
		assert.False(t, ok, "%q", in)
	}
}

func TestParseLenientDeepNesting(t *testing.T) {
	in := strings.Repeat("[", 200000) + strings.Repeat("]", 200000)
	res, ok := parseLenient(in, 0)
	require.True(t, ok)
	assert.True(t, res.deep)
	assert.False(t, res.truncated)
	assert.Equal(t, len(in), res.end)
}
