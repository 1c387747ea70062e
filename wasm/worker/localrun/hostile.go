package localrun

import (
	"bytes"
	"strconv"
	"strings"
)

// Body is a request body with its media type.
type Body struct {
	Name, ContentType string
	Data              []byte
}

// HostileBodies are bodies of size bytes built to cost decifra the most: the shapes that
// were found to take the most CPU or memory per byte in decode (natively and in workerd;
// the README's Worker section has the figures), the three of issue 17 (a body of '{', of
// '"', of small JSON objects) among them, as pastes and inside the JSON envelope.
func HostileBodies(size int) []Body {
	fill := func(unit string) []byte {
		return bytes.Repeat([]byte(unit), (size+len(unit)-1)/len(unit))[:size]
	}
	objects := make([]byte, 0, size)
	objects = append(objects, '[')
	for len(objects)+len(`{"a":1},`)+1 <= size {
		objects = append(objects, `{"a":1},`...)
	}
	objects[len(objects)-1] = ']'
	envelope := func(paste []byte) []byte {
		quoted := strconv.Quote(string(paste)) // the same escapes as JSON for these ASCII pastes
		quoted = quoted[:min(len(quoted)-1, size-len(`{"input":"}`))]
		if n := len(quoted) - len(strings.TrimRight(quoted, `\`)); n%2 == 1 {
			quoted = quoted[:len(quoted)-1] // cut mid-escape
		}
		return []byte(`{"input":` + quoted + `"}`)
	}
	return []Body{
		{"braces", "text/plain", fill("{")},
		{"quotes", "text/plain", fill(`"`)},
		{"json objects", "text/plain", fill(`{"a":1}`)},
		{"json array of objects", "text/plain", objects},
		{"form pairs", "text/plain", fill("a=1&")},
		{"html tags", "text/plain", fill("<a>")},
		{"json members", "text/plain", fill(`"a":`)},
		{"log lines", "text/plain", fill("status=500 x\n")},
		{"envelope of braces", "application/json", envelope(fill("{"))},
		{"envelope of a json array", "application/json", envelope(objects)},
	}
}
