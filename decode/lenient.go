package decode

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/decifra/decifra/internal/decimal"
)

// maxDepth bounds how deeply nested JSON is built into values; deeper containers are
// skipped (bracket counting, no recursion), so 200,000 nested brackets cost one scan.
const maxDepth = 64

// object is a JSON object whose members keep their order (evidence and field problems are
// reported in the order the provider wrote them). One slice of pairs, not two slices:
// half the allocations on the hot path.
type object struct {
	members []member
}

type member struct {
	key string
	val any
}

// get returns the value of the first member named key, or nil.
func (o *object) get(key string) any {
	if o == nil {
		return nil
	}
	for i := range o.members {
		if o.members[i].key == key {
			return o.members[i].val
		}
	}
	return nil
}

// add appends a member to o: one call where the readers' thirty sites would each write
// the append out (the wasm is smaller by their copies).
func (o *object) add(key string, val any) {
	o.members = append(o.members, member{key, val})
}

func (o *object) has(key string) bool {
	if o == nil {
		return false
	}
	for i := range o.members {
		if o.members[i].key == key {
			return true
		}
	}
	return false
}

// keys returns the member names in order.
func (o *object) keys() []string {
	out := make([]string, len(o.members))
	for i, m := range o.members {
		out[i] = m.key
	}
	return out
}

// obj returns the member named key when it is an object.
func (o *object) obj(key string) *object {
	v, _ := o.get(key).(*object)
	return v
}

// str returns the member named key when it is a string.
func (o *object) str(key string) string {
	v, _ := o.get(key).(string)
	return v
}

// number is a JSON number kept as its text, converted only when read.
type number string

func (n number) float() (float64, bool) {
	return decimal.Parse(string(n))
}

// bareword is an unquoted token that is not a JSON literal, from a JavaScript or Python
// dump (`undefined`, `[Object]`, `<ref *1>`); it reads as a string.
type bareword string

// parseResult is what the lenient reader made of some bytes.
type parseResult struct {
	value     any
	end       int  // offset just past the value
	truncated bool // input ended inside the value: containers were closed for it
	deep      bool // some containers nested deeper than maxDepth were skipped
	lenient   bool // comments, single quotes, unquoted keys or trailing commas were met
}

// parser is a forgiving JSON reader: it accepts JSON plus what people copy from docs and
// consoles (// and /* */ comments, single-quoted strings, unquoted keys, Python and
// JavaScript literals, trailing commas) and a value cut off mid-way.
type parser struct {
	b    string // the paste; values are substrings of it, not copies
	pos  int
	res  parseResult
	fail bool
	// plain: the object being read printed a string of several words with no quotes
	plain bool
	// lines: a member was taken from the next line with no comma before it. Such an
	// object is kept only if it reads to its end: a garble after it means the text was
	// never one object (Java's toString, `message: Structure of …`).
	lines bool
}

// parseLenient reads one value starting at b[start]. ok is false when what is there is not
// a value at all (the caller tries the next candidate).
func parseLenient(b string, start int) (parseResult, bool) {
	p := parser{b: b, pos: start}
	p.space()
	if p.pos >= len(b) {
		return parseResult{}, false
	}
	v := p.value(0)
	if p.fail {
		// An object garbled part-way (a Markdown link pasted over a value, a redacted
		// member): what came before the garble is kept, as a body cut off there, when it is
		// enough to be an answer (three members or more, nested ones counted).
		// A stray byte or two where the text ends is the same cut ('"No such API key:
		// Bearer">', the '>' of a Ruby inspect around the body), whatever was read.
		o, isObj := v.(*object)
		if !isObj || p.lines || memberCount(o, 3) < 3 && (len(strings.TrimSpace(b[p.pos:])) > 2 || len(o.members) == 0) {
			return parseResult{}, false
		}
		p.res.truncated, p.res.lenient = true, true
	}
	p.res.value = v
	p.res.end = p.pos
	return p.res, true
}

// memberCount counts o's members and its nested objects' members, up to limit.
func memberCount(o *object, limit int) int {
	n := 0
	for _, m := range o.members {
		if n >= limit {
			break
		}
		n++
		if inner, ok := m.val.(*object); ok {
			n += memberCount(inner, limit-n)
		}
	}
	return n
}

func (p *parser) space() {
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.pos++
		case c == '/' && p.pos+1 < len(p.b) && p.b[p.pos+1] == '/':
			p.res.lenient = true
			for p.pos < len(p.b) && p.b[p.pos] != '\n' {
				p.pos++
			}
		case c == '/' && p.pos+1 < len(p.b) && p.b[p.pos+1] == '*':
			p.res.lenient = true
			p.pos += 2
			for p.pos < len(p.b) && !(p.b[p.pos] == '*' && p.pos+1 < len(p.b) && p.b[p.pos+1] == '/') {
				p.pos++
			}
			p.pos += 2
			if p.pos > len(p.b) {
				p.pos = len(p.b)
			}
		default:
			return
		}
	}
}

func (p *parser) eof() bool {
	if p.pos >= len(p.b) {
		p.res.truncated = true
		return true
	}
	return false
}

func (p *parser) value(depth int) any {
	if p.eof() {
		return nil
	}
	switch c := p.b[p.pos]; {
	case c == '{' || c == '[':
		if depth >= maxDepth {
			p.skipContainer()
			p.res.deep = true
			return nil
		}
		if c == '{' {
			return p.object(depth)
		}
		return p.array(depth)
	case c == '"' || c == '\'':
		v := p.string()
		// Node's util.inspect splits a long string into pieces joined by +, one a line:
		// stack: '\n' +\n    '⮑ at …'.
		for !p.fail {
			save := p.pos
			p.space()
			if p.eof() || p.b[p.pos] != '+' {
				p.pos = save
				break
			}
			p.pos++
			p.space()
			if p.eof() || p.b[p.pos] != '\'' && p.b[p.pos] != '"' {
				p.pos = save
				break
			}
			p.res.lenient = true
			v += p.string()
		}
		return v
	case c == '-' || c == '+' || (c >= '0' && c <= '9') || c == '.':
		start := p.pos
		n := p.number()
		if p.pos < len(p.b) && p.pos > start && p.b[p.pos] == 'T' && p.pos-start >= 10 && isDate(p.b[start:start+10]) {
			// An ISO 8601 instant printed with no quotes (Java's toString:
			// created_date=2018-12-06T20:22:40.000+0000): text up to the next member.
			p.skipTo(",}]\r\n\"' ")
			p.res.lenient = true
			return p.b[start:p.pos]
		}
		if p.pos < len(p.b) && p.pos > start && (p.b[p.pos] == '_' || p.b[p.pos] >= 'a' && p.b[p.pos] <= 'z' || p.b[p.pos] >= 'A' && p.b[p.pos] <= 'Z') {
			// An id printed with no quotes that starts with digits (Java's toString:
			// debug_id=6c185bf29fb7, id=37226ca5-aef2-…): a word, not a number.
			p.pos = start
			p.res.lenient = true
			return bareword(p.word())
		}
		if tok := p.b[start:p.pos]; len(tok) >= 8 && isDate(tok) || p.pos > start && p.pos+1 < len(p.b) && strings.IndexByte(":/", p.b[p.pos]) >= 0 && p.b[p.pos+1] >= '0' && p.b[p.pos+1] <= '9' {
			// A date or a time printed with no quotes (Java's toString: ReceivedDate=2025-04-14
			// 20:17:32): text up to the next member, not a number and garbage after it.
			p.skipTo(",}]\r\n\"'")
			p.res.lenient = true
			return strings.TrimRight(p.b[start:p.pos], " ")
		}
		return n
	case isWordByte(c):
		start := p.pos
		w := p.word()
		if strings.HasPrefix(p.b[p.pos:], "://") {
			// A URL printed with no quotes (Java's toString: information_link=https://…).
			for p.pos < len(p.b) && strings.IndexByte(" \t\r\n,}]'\"", p.b[p.pos]) < 0 {
				p.pos++
			}
			p.res.lenient = true
			return bareword(p.b[start:p.pos])
		}
		switch w {
		case "true", "True":
			return true
		case "false", "False":
			return false
		case "null", "None", "nil", "undefined":
			return nil
		}
		p.res.lenient = true
		// A browser console names an object's class before it: Object {…}, Array […].
		if rest := p.pos; rest+1 < len(p.b) && p.b[rest] == ' ' && (p.b[rest+1] == '{' || p.b[rest+1] == '[') {
			p.pos++
			return p.value(depth)
		}
		// Dart's and Java's toString glue it: ApiError{name: …}.
		if rest := p.pos; rest < len(p.b) && p.b[rest] == '{' && w[0] >= 'A' && w[0] <= 'Z' {
			return p.value(depth)
		}
		return bareword(w)
	default:
		p.fail = true
		return nil
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c == '-' || c == '.' || c == '*' ||
		(c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80
}

func (p *parser) word() string {
	start := p.pos
	for p.pos < len(p.b) && isWordByte(p.b[p.pos]) {
		p.pos++
	}
	return p.b[start:p.pos]
}

// statusBeforePhrase reports whether num is an HTTP status that rest begins with the
// reason phrase of, as Spring's HttpStatus prints itself in Java's Map.toString:
// httpStatus=502 BAD_GATEWAY, status=500 Internal Server Error. It stays a number.
func statusBeforePhrase(num, rest string) bool {
	n, err := decimal.Atoi(num)
	if err != nil || n < 100 || n > 599 {
		return false
	}
	end := strings.IndexAny(rest, ",}]\n")
	if end < 0 {
		end = len(rest)
	}
	return reasonStatus(strings.ReplaceAll(rest[:end], "_", " ")) == n
}

// skipTo moves past the bytes that are none of stops: an unquoted value's text.
func (p *parser) skipTo(stops string) {
	for p.pos < len(p.b) && strings.IndexByte(stops, p.b[p.pos]) < 0 {
		p.pos++
	}
}

// isDate reports whether tok, read as a number, is a date: 2025-04-14.
func isDate(tok string) bool {
	return len(tok) >= 10 && tok[4] == '-' && tok[7] == '-' && strings.Trim(tok[:4]+tok[5:7]+tok[8:10], "0123456789") == ""
}

func (p *parser) number() any {
	start := p.pos
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		if (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			p.pos++
			continue
		}
		break
	}
	return number(p.b[start:p.pos])
}

// skipContainer moves past a container without building it: brackets are counted, strings
// skipped, so nesting of any depth costs one linear scan.
func (p *parser) skipContainer() {
	depth := 0
	for p.pos < len(p.b) {
		switch c := p.b[p.pos]; c {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				p.pos++
				return
			}
		case '"', '\'':
			p.string()
			continue
		}
		p.pos++
	}
	p.res.truncated = true
}

func (p *parser) object(depth int) any {
	outer := p.plain
	p.plain = false
	o := p.objectMembers(depth)
	if p.plain {
		// Printed with no quotes at all (Dart's Map.toString): its single words are
		// strings too ({error: invalid_client, errorDescription: Client Authentication failed}).
		for i := range o.members {
			if w, ok := o.members[i].val.(bareword); ok {
				o.members[i].val = string(w)
			}
		}
	}
	p.plain = p.plain || outer
	return o
}

func (p *parser) objectMembers(depth int) *object {
	o := &object{members: make([]member, 0, 4)} // most error objects have 3-6 members
	p.pos++                                     // {
	for {
		p.space()
		if p.eof() {
			return o
		}
		c := p.b[p.pos]
		if c == '}' {
			p.pos++
			return o
		}
		if c == ',' {
			p.res.lenient = true // a trailing or doubled comma
			p.pos++
			continue
		}
		if strings.HasPrefix(p.b[p.pos:], "...") {
			// Members someone left out when pasting: { "processorResponseCode" : 2001, ... }.
			// (A console's own "…" is its preview of an object it prints whole below.)
			p.res.lenient = true
			p.pos += len("...")
			for p.pos < len(p.b) && p.b[p.pos] == '.' {
				p.pos++
			}
			continue
		}
		var key string
		switch {
		case c == '"' || c == '\'':
			key = p.string()
			if key != "" && (key[0] <= ' ' || key[len(key)-1] <= ' ') {
				p.res.lenient = true // `","\ndebug_id":` : a line break typed into the quotes
				key = strings.TrimSpace(key)
			}
		case isWordByte(c):
			p.res.lenient = true
			key = p.word()
		default:
			p.fail = true
			return o
		}
		p.space()
		if p.eof() {
			return o
		}
		if p.b[p.pos] != ':' && p.b[p.pos] != '=' {
			p.fail = true
			return o
		}
		eq := p.b[p.pos] == '='
		p.pos++
		p.space()
		if !p.eof() && (p.b[p.pos] == ',' || p.b[p.pos] == '}') {
			// "details":, : a value someone deleted before pasting.
			p.res.lenient = true
			o.add(key, nil)
			continue
		}
		vstart := p.pos
		v := p.value(depth + 1)
		if _, isNum := v.(number); isNum && eq && !p.fail && p.pos+1 < len(p.b) && p.b[p.pos] == ' ' && isLetterByte(p.b[p.pos+1]) && !statusBeforePhrase(p.b[vstart:p.pos], p.b[p.pos+1:]) {
			// Words that start with a number, in Java's Map.toString: Street=123 Main St.
			v = bareword(p.b[vstart:p.pos])
		}
		if w, ok := v.(bareword); ok && !p.fail {
			v = p.unquotedText(w, eq)
			if w, ok := v.(bareword); ok && eq && w != "null" {
				v = string(w) // Java's Map.toString quotes no string: {code=PARAM_ERROR}
			}
		}
		if p.fail {
			if inner, ok := v.(*object); ok && len(inner.members) > 0 {
				o.add(key, inner) // what was read of it
			}
			return o
		}
		o.add(key, v)
		before := p.pos
		p.space()
		if p.eof() {
			return o
		}
		switch c := p.b[p.pos]; {
		case c == ',':
			p.pos++
		case c == '}':
		case (c == '"' || isWordByte(c)) && strings.IndexByte(p.b[before:p.pos], '\n') >= 0:
			// A member on the next line with no comma before it: an object copied from a
			// dashboard or a console that prints one member per line (`type: "…"\n message: "…"`).
			p.res.lenient, p.lines = true, true
		default:
			p.fail = true
			return o
		}
	}
}

// unquotedText is a member's value printed with no quotes that goes on past its first
// word, as Dart's Map.toString and Java's toString print strings ({message: Card not
// found, error: bad_request}, {message=Card not found, status=404}): the words up to
// the next ", name:" or ", name=", or the closing bracket, on the same line. w, the
// first word, alone when no words follow it.
//
// After an '=' (Java's Map.toString, {message=No such customer: cus_123, param=id}) a
// colon is a word's: only after a ':' does one mean the line is no plain words.
func (p *parser) unquotedText(w bareword, eq bool) any {
	if p.pos+1 >= len(p.b) {
		return w
	}
	switch next := p.b[p.pos+1]; {
	case p.b[p.pos] == ' ' && (isWordByte(next) || next == '('):
	case eq && (p.b[p.pos] == ' ' && (next == '\'' || next == '[') || p.b[p.pos] == ':' && next == ' ' || p.b[p.pos] == '@' && isWordByte(next)):
		// After '=': "Field 'amount' is not valid.", "incorrect_number: Your card …",
		// an e-mail address (Email=john.doe@example.com).
	default:
		return w
	}
	start := p.pos - len(w)
	depth := 0 // brackets opened inside the words ("LIMITE PARA PARCELAMENTO [ECOM - 23]")
	for i := p.pos; i < len(p.b); i++ {
		switch p.b[i] {
		case ':':
			if !eq && !strings.HasPrefix(p.b[i+1:], " '") {
				// Not a line of plain words: leave it to the other readers. Stripe's "No
				// such customer: 'cus_…'" is one, its id in quotes after the colon.
				return w
			}
		case '{', '[':
			if !eq {
				return w
			}
			depth++
		case '\n', '\r', '"', '=':
			return w
		case '}', ']':
			if depth > 0 {
				depth--
				continue
			}
			p.pos = i
			p.plain = true
			return strings.TrimRight(p.b[start:i], " ")
		case ',':
			if depth > 0 {
				continue
			}
			rest := strings.TrimLeft(p.b[i+1:], " ")
			j := 0
			for j < len(rest) && j < 64 && (isWordByte(rest[j]) && rest[j] != '.' && rest[j] != '*') {
				j++
			}
			if j > 0 && j < len(rest) && (rest[j] == ':' || rest[j] == '=') {
				p.pos = i
				p.plain = true
				return p.b[start:i]
			}
		}
	}
	return w
}

func (p *parser) array(depth int) any {
	a := make([]any, 0, 4)
	p.pos++ // [
	for {
		p.space()
		if p.eof() {
			return a
		}
		switch p.b[p.pos] {
		case ']':
			p.pos++
			return a
		case ',':
			p.pos++
			continue
		}
		v := p.value(depth + 1)
		if p.fail {
			return a
		}
		a = append(a, v)
		p.space()
		if p.eof() {
			return a
		}
		switch p.b[p.pos] {
		case ',':
			p.pos++
		case ']':
		default:
			p.fail = true
			return a
		}
	}
}

// string reads a quoted string (either quote), decoding JSON escapes. A string the input
// ends inside is returned as far as it goes.
func (p *parser) string() string {
	q := p.b[p.pos]
	if q == '\'' {
		p.res.lenient = true
	}
	p.pos++
	start := p.pos
	// Fast path: no escapes.
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		if c == q {
			s := p.b[start:p.pos]
			p.pos++
			return s
		}
		if c == '\\' || c == '\n' && q == '"' {
			break
		}
		p.pos++
	}
	buf := append([]byte(nil), p.b[start:p.pos]...)
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		switch {
		case c == q:
			p.pos++
			return string(buf)
		case c == '\\' && p.pos+1 < len(p.b):
			e := p.b[p.pos+1]
			p.pos += 2
			switch e {
			case 'n':
				buf = append(buf, '\n')
			case 't':
				buf = append(buf, '\t')
			case 'r':
				buf = append(buf, '\r')
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'u':
				r, ok := p.hex4()
				if ok && utf16.IsSurrogate(r) && p.pos+1 < len(p.b) && p.b[p.pos] == '\\' && p.b[p.pos+1] == 'u' {
					p.pos += 2
					r2, _ := p.hex4()
					r = utf16.DecodeRune(r, r2)
				}
				if !ok {
					r = utf8.RuneError
				}
				buf = utf8.AppendRune(buf, r)
			default:
				buf = append(buf, e)
			}
		case (c == '\n' || c == '\r') && q == '"':
			// JSON has no raw line break in a string: a paste wrapped at its width
			// ("INVALI\nD_STRING_LENGTH", "d\nebug_id") is joined back, and a body cut
			// inside a string loses the line break the paste ended with.
			p.pos++
		default:
			buf = append(buf, c)
			p.pos++
		}
	}
	p.res.truncated = true
	return string(buf)
}

func (p *parser) hex4() (rune, bool) {
	if p.pos+4 > len(p.b) {
		p.pos = len(p.b)
		return 0, false
	}
	n, err := decimal.ParseUint(p.b[p.pos:p.pos+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.pos += 4
	return rune(n), true
}
