package api

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/internal/decimal"
)

// envelope is the JSON form of a request: the paste and the options the CLI takes as
// flags.
//
//	{"input": "…", "lang": "pt-BR", "now": "2026-11-02T10:00:00Z", "provider": "fluxiq"}
type envelope struct {
	// input is nil when the envelope has none (or "input": null). Each member is a slice
	// of the body, decoded in place.
	input, lang, now, provider []byte
}

// readEnvelope decodes a JSON request into env and opts. detail, when not empty, says what
// is wrong with it.
//
// It reads the JSON itself rather than with encoding/json, whose reflection the Worker's
// wasm cannot afford, and decodes each string in place, over its own escaped form in
// body: the paste, as long as the body, is never copied. The rules are encoding/json's
// for a struct of string fields: members match the names case-insensitively, the last of
// a repeated name wins, null leaves a member unset, other members may hold any JSON, and
// nesting deeper than 10,000 is refused. Unlike encoding/json it keeps invalid UTF-8 as
// it is (decode reads bytes), rather than writing U+FFFD in its place.
func readEnvelope(body []byte, env *envelope, opts *decode.Options) (detail string) {
	d := jsonReader{b: body}
	if detail := d.object(env); detail != "" {
		return detail
	}
	if env.input == nil {
		return "the JSON envelope has no input member: send {\"input\": \"…\"}, or send the error body itself as text/plain"
	}
	if len(env.lang) > 0 {
		opts.Lang = catalog.ParseLang(string(env.lang))
	}
	if len(env.now) > 0 {
		t, ok := decode.ParseRFC3339(string(env.now))
		if !ok {
			return "now must be an RFC 3339 time such as 2026-11-02T10:00:00Z, not " + catalog.Quote(string(env.now))
		}
		opts.Now = t
	}
	if len(env.provider) > 0 {
		id := string(env.provider)
		known := catalog.ByID(id) != nil
		var custom []string // the deployed catalogs' ids (opts.Catalogs)
		for _, p := range opts.Catalogs {
			known = known || p.ID() == id
			if catalog.ByID(p.ID()) == nil {
				custom = append(custom, p.ID())
			}
		}
		if !known {
			return "unknown provider " + catalog.Quote(id) + "; known: " + strings.Join(append(custom, catalog.IDs()...), ", ")
		}
		opts.Provider = id
	}
	return ""
}

// maxDepth is how deeply the envelope's other members may nest (encoding/json's limit).
const maxDepth = 10000

// jsonReader reads one JSON text from b, at i.
type jsonReader struct {
	b []byte
	i int
}

// object reads the envelope: the body's one JSON value, which must be an object.
func (d *jsonReader) object(env *envelope) (detail string) {
	d.space()
	if c := d.peek(); c != '{' {
		if err := d.skip(0); err != "" {
			return d.syntax(err)
		}
		if d.space(); d.i < len(d.b) {
			return d.syntax(d.unexpected("the end of the body"))
		}
		return "the body must be a JSON object, the envelope {\"input\": \"…\"}, not a JSON " + kind(c)
	}
	d.i++
	if d.space(); d.peek() == '}' {
		d.i++
	} else {
		for {
			d.space()
			if d.peek() != '"' {
				return d.syntax(d.unexpected("a member name"))
			}
			name, err := d.str()
			if err == "" {
				d.space()
				err = d.expect(':')
			}
			if err != "" {
				return d.syntax(err)
			}
			d.space()
			if field := env.member(name); field == nil {
				err = d.skip(1)
			} else {
				var value []byte
				var null bool
				value, null, err, detail = d.member(string(name))
				if detail != "" {
					return detail
				}
				switch {
				case err != "":
				case !null:
					*field = value
				case field == &env.input:
					*field = nil // null resets a pointer, as encoding/json has it
				}
			}
			if err != "" {
				return d.syntax(err)
			}
			if d.space(); d.peek() != ',' {
				break
			}
			d.i++
		}
		if err := d.expect('}'); err != "" {
			return d.syntax(err)
		}
	}
	if d.space(); d.i < len(d.b) {
		return d.syntax(d.unexpected("the end of the body"))
	}
	return ""
}

// member is where the envelope keeps the member name, or nil for a member it ignores.
func (env *envelope) member(name []byte) *[]byte {
	switch {
	case strings.EqualFold(string(name), "input"):
		return &env.input
	case strings.EqualFold(string(name), "lang"):
		return &env.lang
	case strings.EqualFold(string(name), "now"):
		return &env.now
	case strings.EqualFold(string(name), "provider"):
		return &env.provider
	}
	return nil
}

// member reads the value of an envelope member, which must be a string or null. err is a
// syntax error; detail, another reason to refuse it.
func (d *jsonReader) member(name string) (value []byte, null bool, err, detail string) {
	switch start := d.i; d.peek() {
	case '"':
		value, err = d.str()
		return value, false, err, ""
	case 'n':
		return nil, true, d.literal("null"), ""
	default:
		if err := d.skip(1); err != "" {
			return nil, false, err, ""
		}
		return nil, false, "", "the envelope's " + name + " must be a string, not a JSON " + kind(d.b[start])
	}
}

// syntax is the detail of a syntax error at d.i.
func (d *jsonReader) syntax(what string) string {
	return "the body is not valid JSON (" + what + " at byte " + strconv.Itoa(d.i) +
		"); to send the error body itself, use Content-Type: text/plain"
}

// kind names the JSON type of a value that starts with c.
func kind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *jsonReader) space() {
	for d.i < len(d.b) && isSpace(d.b[d.i]) {
		d.i++
	}
}

// peek is the byte at d.i, or 0 at the end.
func (d *jsonReader) peek() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

func (d *jsonReader) expect(c byte) string {
	if d.peek() != c {
		return d.unexpected("'" + string(c) + "'")
	}
	d.i++
	return ""
}

// unexpected is the error for what is at d.i when want was expected.
func (d *jsonReader) unexpected(want string) string {
	if d.i >= len(d.b) {
		return "the end of the body where " + want + " was expected"
	}
	return "the character " + catalog.QuoteRune(rune(d.b[d.i])) + " where " + want + " was expected"
}

func (d *jsonReader) literal(word string) string {
	if !strings.HasPrefix(string(d.b[d.i:min(len(d.b), d.i+len(word))]), word) {
		return d.unexpected("a JSON value")
	}
	d.i += len(word)
	return ""
}

// str reads a string at d.i and returns it decoded, written over its own escaped form in
// d.b (a decoded string is never longer than its escaped form).
func (d *jsonReader) str() ([]byte, string) {
	if err := d.expect('"'); err != "" {
		return nil, err
	}
	start, w := d.i, d.i
	b := d.b
	for {
		if d.i >= len(b) {
			return nil, "the end of the body inside a string"
		}
		c := b[d.i]
		switch {
		case c == '"':
			d.i++
			return b[start:w], ""
		case c < 0x20:
			return nil, "a control character inside a string"
		case c != '\\':
			b[w] = c
			w++
			d.i++
			continue
		}
		if d.i+1 >= len(b) {
			return nil, "the end of the body inside a string"
		}
		d.i += 2
		switch e := b[d.i-1]; e {
		case '"', '\\', '/':
			b[w] = e
		case 'b':
			b[w] = '\b'
		case 'f':
			b[w] = '\f'
		case 'n':
			b[w] = '\n'
		case 'r':
			b[w] = '\r'
		case 't':
			b[w] = '\t'
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return nil, "a \\u escape without four hex digits"
			}
			if utf16.IsSurrogate(r) {
				hi := r
				r = utf8.RuneError
				if lo, ok := d.lowSurrogate(); ok {
					r = utf16.DecodeRune(hi, lo)
				}
			}
			w += utf8.EncodeRune(b[w:], r)
			continue
		default:
			d.i--
			return nil, "an invalid escape \\" + string(e) + " inside a string"
		}
		w++
	}
}

// hex4 reads the four hex digits of a \u escape.
func (d *jsonReader) hex4() (rune, bool) {
	if d.i+4 > len(d.b) {
		return 0, false
	}
	n, err := decimal.ParseUint(string(d.b[d.i:d.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	d.i += 4
	return rune(n), true
}

// lowSurrogate reads a \u escape of a low surrogate at d.i, if there is one.
func (d *jsonReader) lowSurrogate() (rune, bool) {
	if d.i+6 > len(d.b) || d.b[d.i] != '\\' || d.b[d.i+1] != 'u' {
		return 0, false
	}
	at := d.i
	d.i += 2
	r, ok := d.hex4()
	if !ok || r < 0xDC00 || r > 0xDFFF {
		d.i = at
		return 0, false
	}
	return r, true
}

// skip reads one JSON value of any kind at d.i, checking its syntax, without recursion:
// nesting is counted, and refused beyond maxDepth counting the depth values already open
// around it.
func (d *jsonReader) skip(depth int) string {
	var open []byte // the brackets still open, innermost last
	for {
		// A value.
		d.space()
		switch c := d.peek(); {
		case c == '{' || c == '[':
			if depth+len(open) == maxDepth {
				return "nesting deeper than " + strconv.Itoa(maxDepth)
			}
			open = append(open, c)
			d.i++
			d.space()
			if close := d.peek(); close == c+2 { // '}' is '{'+2, ']' is '['+2
				d.i++
				open = open[:len(open)-1]
				break
			}
			if c == '{' {
				if err := d.key(); err != "" {
					return err
				}
			}
			continue
		case c == '"':
			if err := d.skipString(); err != "" {
				return err
			}
		case c == 't':
			if err := d.literal("true"); err != "" {
				return err
			}
		case c == 'f':
			if err := d.literal("false"); err != "" {
				return err
			}
		case c == 'n':
			if err := d.literal("null"); err != "" {
				return err
			}
		default:
			if err := d.number(); err != "" {
				return err
			}
		}
		// After a value: the end, the next element or member, or a closing bracket.
		for {
			if len(open) == 0 {
				return ""
			}
			d.space()
			c, inner := d.peek(), open[len(open)-1]
			if c == ',' {
				d.i++
				if inner == '{' {
					d.space()
					if err := d.key(); err != "" {
						return err
					}
				}
				break
			}
			if c != inner+2 {
				return d.unexpected("',' or '" + string(inner+2) + "'")
			}
			d.i++
			open = open[:len(open)-1]
		}
	}
}

// key reads an object member's name and its colon.
func (d *jsonReader) key() string {
	if d.peek() != '"' {
		return d.unexpected("a member name")
	}
	if err := d.skipString(); err != "" {
		return err
	}
	d.space()
	return d.expect(':')
}

// skipString reads a string at d.i, checking it, without decoding it.
func (d *jsonReader) skipString() string {
	d.i++ // the opening quote
	for d.i < len(d.b) {
		switch c := d.b[d.i]; {
		case c == '"':
			d.i++
			return ""
		case c < 0x20:
			return "a control character inside a string"
		case c == '\\':
			d.i++
			switch d.peek() {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				d.i++
			case 'u':
				d.i++
				if _, ok := d.hex4(); !ok {
					return "a \\u escape without four hex digits"
				}
			default:
				return "an invalid escape inside a string"
			}
		default:
			d.i++
		}
	}
	return "the end of the body inside a string"
}

// number reads a JSON number at d.i (RFC 8259, 6).
func (d *jsonReader) number() string {
	start := d.i
	if d.peek() == '-' {
		d.i++
	}
	switch c := d.peek(); {
	case c == '0':
		d.i++
	case '1' <= c && c <= '9':
		d.digits()
	default:
		d.i = start
		return d.unexpected("a JSON value")
	}
	if d.peek() == '.' {
		d.i++
		if !d.digits() {
			return d.unexpected("a digit")
		}
	}
	if c := d.peek(); c == 'e' || c == 'E' {
		d.i++
		if c := d.peek(); c == '+' || c == '-' {
			d.i++
		}
		if !d.digits() {
			return d.unexpected("a digit")
		}
	}
	return ""
}

// digits reads one or more decimal digits; false when there are none.
func (d *jsonReader) digits() bool {
	start := d.i
	for d.i < len(d.b) && '0' <= d.b[d.i] && d.b[d.i] <= '9' {
		d.i++
	}
	return d.i > start
}
