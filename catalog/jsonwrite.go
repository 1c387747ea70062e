package catalog

import (
	"strconv"

	"github.com/decifra/decifra/internal/jsonstr"
)

// A small JSON writer for ExportCatalog, so that the catalog package (which the page's
// and the Worker's wasm link) needs neither encoding/json nor the reflection and fmt it
// brings: 130 KB of the Worker's wasm, 35 KB of its upload after gzip. It writes what
// json.Encoder writes with SetIndent("", "  ") and SetEscapeHTML(false); its strings are
// jsonstr's, as the explanations' and the Worker's are.

// jsonValue is one value to write: jsonObject, jsonArray, string, int or bool.
type jsonValue any

// jsonObject is an object's members, in order.
type jsonObject []jsonMember

type jsonMember struct {
	key string
	val jsonValue
}

// jsonArray is an array's items.
type jsonArray []jsonValue

// add appends a member.
func (o *jsonObject) add(key string, val jsonValue) { *o = append(*o, jsonMember{key, val}) }

// addString appends a string member unless s is empty (omitempty).
func (o *jsonObject) addString(key, s string) {
	if s != "" {
		o.add(key, s)
	}
}

// addStrings appends an array of strings unless it is empty (omitempty).
func (o *jsonObject) addStrings(key string, list []string) {
	if len(list) > 0 {
		o.add(key, stringsArray(list))
	}
}

// addText appends a text unless it is zero (omitzero).
func (o *jsonObject) addText(key string, t textJSON) {
	if !t.IsZero() {
		o.add(key, t.value())
	}
}

func stringsArray(list []string) jsonArray {
	a := make(jsonArray, len(list))
	for i, s := range list {
		a[i] = s
	}
	return a
}

// appendJSON appends v indented by two spaces a level, and a final newline.
func appendJSON(b []byte, v jsonValue) []byte {
	return append(appendValue(b, v, 0), '\n')
}

func appendValue(b []byte, v jsonValue, depth int) []byte {
	newline := func(b []byte, d int) []byte {
		b = append(b, '\n')
		for range d {
			b = append(b, "  "...)
		}
		return b
	}
	switch x := v.(type) {
	case jsonObject:
		if len(x) == 0 {
			return append(b, "{}"...)
		}
		sep := byte('{')
		for _, m := range x {
			b = newline(append(b, sep), depth+1)
			b = append(jsonstr.Append(b, m.key, false), ": "...)
			b = appendValue(b, m.val, depth+1)
			sep = ','
		}
		return append(newline(b, depth), '}')
	case jsonArray:
		if len(x) == 0 {
			return append(b, "[]"...)
		}
		sep := byte('[')
		for _, item := range x {
			b = appendValue(newline(append(b, sep), depth+1), item, depth+1)
			sep = ','
		}
		return append(newline(b, depth), ']')
	case string:
		return jsonstr.Append(b, x, false)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case bool:
		return strconv.AppendBool(b, x)
	}
	return append(b, "null"...)
}
