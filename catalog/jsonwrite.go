package catalog

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A small JSON writer for ExportCatalog, so that the catalog package (which the page's
// and the Worker's wasm link) needs neither encoding/json nor the reflection and fmt it
// brings: 130 KB of the Worker's wasm, 35 KB of its upload after gzip. It writes what
// json.Encoder writes with SetIndent("", "  ") and SetEscapeHTML(false).

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

// writeJSON writes v indented by two spaces a level, and a final newline.
func writeJSON(b *strings.Builder, v jsonValue) {
	writeValue(b, v, 0)
	b.WriteByte('\n')
}

func writeValue(b *strings.Builder, v jsonValue, depth int) {
	newline := func(d int) {
		b.WriteByte('\n')
		for range d {
			b.WriteString("  ")
		}
	}
	switch x := v.(type) {
	case jsonObject:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteByte('{')
		for i, m := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			newline(depth + 1)
			writeString(b, m.key)
			b.WriteString(": ")
			writeValue(b, m.val, depth+1)
		}
		newline(depth)
		b.WriteByte('}')
	case jsonArray:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, item := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			newline(depth + 1)
			writeValue(b, item, depth+1)
		}
		newline(depth)
		b.WriteByte(']')
	case string:
		writeString(b, x)
	case int:
		b.WriteString(strconv.Itoa(x))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case nil:
		b.WriteString("null")
	}
}

// writeString writes s as encoding/json does without HTML escaping: quotes, backslashes
// and control characters escaped, U+2028 and U+2029 too (JavaScript reads them as line
// ends), and invalid UTF-8 as U+FFFD.
func writeString(b *strings.Builder, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20:
				b.WriteString(`\u00`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xF])
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\ufffd`)
		case r == '\u2028' || r == '\u2029':
			b.WriteString(`\u202`)
			b.WriteByte(hex[r&0xF])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
}
