package decode

import (
	"strings"
	"unicode/utf8"
)

// People paste what their language printed when a call failed: Ruby's inspect, Python's
// repr, Java's and Kotlin's toString, .NET's HttpResponseMessage. None of them is JSON, but
// each holds the provider's answer (status, code, message, request id), so langDumps turns
// them into the same ordered objects the JSON reader builds and the rest of the decoder
// can read them. Forms close to JSON (a Python dict) go through the lenient JSON parser;
// the rest is read here, by one forgiving reader whose value syntax is the union of the
// four languages.
//
// Cost: a dump, once started, is read to its end and never re-read; deciding whether one
// starts looks at most dumpPeek bytes ahead; so a paste costs a small constant times its
// length, whatever it holds.

// maxLangDumps bounds how many printed values langDumps returns: a paste with more is a
// log, and the first ones in it are the ones that explain the failure.
const maxLangDumps = 16

// dumpPeek bounds how far deciding "a dump starts here" looks ahead (a class name, a first
// key, the spaces after a comma), so that the decision costs a constant.
const dumpPeek = 256

// bareEnd says where an unquoted value stops, which differs by language: Java prints a
// map's values as raw text, so only ", key=" ends one; Ruby and Python quote their
// strings, so any comma does.
type bareEnd uint8

const (
	endComma    bareEnd = iota // Ruby, Python, Java lists: the next comma or closer
	endKeyEq                   // Java/Kotlin toString: ", key=" or the closer
	endKeyColon                // .NET: ", Key:" or the closer
	endLine                    // OpenAPI "key: value" lines: the end of the line
)

// dumpCtx is what ends a value where it is: the container's closer and the bare-text rule.
type dumpCtx struct {
	closer byte
	end    bareEnd
}

// dumpReader reads dumps out of one paste.
type dumpReader struct {
	s   string
	pos int
	out []*object
	// nested are the class-named objects met while reading the current dump, in order:
	// an SDK exception wrapping the API's error object yields both.
	nested []*object
	// noLenient is set while reading a container the JSON parser already failed on, so
	// nothing inside it is handed to the parser again (no rescans).
	noLenient bool
}

// langDumps returns the values that Ruby, Python, Java/Kotlin or .NET printed in text,
// outermost first, in the order they appear; at most 16.
func langDumps(text string) []*object {
	r := dumpReader{s: text}
	for i := 0; i < len(text) && len(r.out) < maxLangDumps; {
		i = r.scan(i)
	}
	return r.out
}

// scan tries to start a dump at s[i] and returns where scanning goes on: past the dump,
// past the word that started none, or the next byte. Ordinary JSON starts nothing: the
// decoder reads it already.
func (r *dumpReader) scan(i int) int {
	s := r.s
	switch c := s[i]; {
	case c == '#' && rubyObjectAt(s, i):
		return r.top(i, r.rubyObject)
	case c == '{':
		return r.braceAt(i)
	case (c == '"' || c == ':') && lineStartAt(s, i) && rocketAt(s, i):
		return r.top(i, r.implicitHash)
	case dumpClass[c]&dumpIdentStart != 0 && (i == 0 || dumpClass[s[i-1]]&dumpWord == 0):
		return r.wordAt(i)
	}
	return i + 1
}

// braceAt starts a dump at a '{' that opens a Ruby hash ({:code=>…, "k"=>…}), a Python
// dict ({'k': …}), a Java map ({code=125, …}) or .NET's {StatusCode: 401, …}.
func (r *dumpReader) braceAt(i int) int {
	k := skipSpacesAt(r.s, i+1)
	switch {
	case dotnetAt(r.s, k):
		return r.top(i, func(int) *object { return r.dotnet(true) })
	case rocketAt(r.s, k) || quotedKeyAt(r.s, k, "'", false) || javaKeyAt(r.s, k):
		return r.top(i, r.brace)
	}
	return i + 1
}

// dotnetAt reports whether s[k:] starts .NET's HttpResponseMessage.ToString(): its status,
// then its reason phrase ("StatusCode: 401, ReasonPhrase: 'Unauthorized'"). An AWS SDK's
// {StatusCode: 200, ExecutedVersion: …} in Node is a JavaScript object.
func dotnetAt(s string, k int) bool {
	if !strings.HasPrefix(s[k:], "StatusCode: ") || !isDumpDigit(dumpByte(s, k+12)) {
		return false
	}
	rest := s[k+12 : min(len(s), k+12+24)]
	return strings.Contains(rest, "ReasonPhrase:")
}

// wordAt starts a dump at a word: an OpenAPI model (class ApiError {), .NET's
// "StatusCode: 401, ReasonPhrase: …", a Java toString (ApiException{error=…}) or a
// Kotlin, Lombok or Python repr (ErrorResponse(code=125, …), CardError('…')). Only a
// capitalised name opens the last two, so stack frames (at foo.bar(File.java:1)) do not.
func (r *dumpReader) wordAt(i int) int {
	j := i
	for j < len(r.s) && dumpClass[r.s[j]]&dumpWord != 0 {
		j++
	}
	w := r.s[i:j]
	switch {
	case w == "OrderedDict" && strings.HasPrefix(r.s[j:], "(["):
		return r.top(i, func(d int) *object { r.pos = j; return r.orderedDict(d) })
	case w == "class" && openAPIAt(r.s, j):
		return r.top(i, func(d int) *object { r.pos = j; return r.openAPI(d) })
	case w == "StatusCode" && dotnetAt(r.s, i):
		return r.top(i, func(int) *object { return r.dotnet(false) })
	case !classLike(w):
	case dumpByte(r.s, j) == '{' && javaKeyAt(r.s, j+1):
		return r.top(i, func(d int) *object { r.pos = j; return r.javaObject(w, d) })
	case dumpByte(r.s, j) == '{' && dartKeyAt(r.s, j+1):
		// Dart's toString: ApiException{statusCode: 401, error: invalid_client, …}.
		return r.top(i, func(d int) *object { r.pos = j; return r.javaObject(w, d) })
	case dumpByte(r.s, j) == ' ' && dumpByte(r.s, j+1) == '{' && rustKeyAt(r.s, j+2):
		return r.top(i, func(d int) *object { r.pos = j + 1; return r.javaObject(w, d) })
	case dumpByte(r.s, j) == '(' && callArgsAt(r.s, j+1):
		return r.top(i, func(d int) *object { r.pos = j; return r.callRepr(w, d) })
	case dumpByte(r.s, j) == '(' && dartKeyAt(r.s, j+1):
		// A Dart class's generated toString (freezed): StripeException(error:
		// LocalizedErrorMessage(code: FailureCode.Failed, stripeErrorCode: url_invalid, …)).
		return r.top(i, func(d int) *object { r.pos = j; return r.instance(w, d, ')') })
	}
	return j
}

// top reads one dump from s[i] and keeps it, then the class-named objects inside it.
func (r *dumpReader) top(i int, read func(depth int) *object) int {
	r.pos, r.nested = i, r.nested[:0]
	o := read(0)
	r.keep(o)
	for _, n := range r.nested {
		if n != o && len(n.members) > 1 {
			r.keep(n)
		}
	}
	return max(r.pos, i+1)
}

// keep adds a dump worth returning: one with members, while there is room.
func (r *dumpReader) keep(o *object) {
	if o != nil && len(o.members) > 0 && len(r.out) < maxLangDumps {
		r.out = append(r.out, o)
	}
}

// classObject starts the object of a printed instance, its class as member class.
func (r *dumpReader) classObject(name string) *object {
	o := &object{members: make([]member, 1, 4)}
	o.members[0] = member{"class", name}
	if len(r.nested) < maxLangDumps {
		r.nested = append(r.nested, o)
	}
	return o
}

// value reads one value of any of the four languages. It always returns; what it cannot
// type is kept as the text it is.
func (r *dumpReader) value(depth int, c dumpCtx) any {
	r.spaces()
	if r.pos >= len(r.s) {
		return nil
	}
	if depth >= maxDepth {
		r.skipDeep(c)
		return nil
	}
	start := r.pos
	switch ch := r.s[r.pos]; {
	case ch == '"' || ch == '\'':
		return r.settle(r.quoted(), start, c)
	case ch == '{':
		return r.brace(depth)
	case ch == '%' && dumpByte(r.s, r.pos+1) == '{':
		r.pos++ // Elixir's map: %{"code" => "parameter_missing", …}
		return r.brace(depth)
	case ch == '[':
		return r.list(depth)
	case ch == '#' && rubyObjectAt(r.s, r.pos):
		return r.rubyObject(depth)
	case ch == ':' && (dumpByte(r.s, r.pos+1) == '"' || isDumpIdentStart(dumpByte(r.s, r.pos+1))):
		k, _ := r.keyText() // a Ruby symbol reads as its name
		return r.settle(k, start, c)
	case ch == '-' || isDumpDigit(ch):
		for r.pos < len(r.s) && strings.IndexByte("+-.eE0123456789", r.s[r.pos]) >= 0 {
			r.pos++
		}
		if tok := r.s[start:r.pos]; isDumpNumber(tok) {
			return r.settle(number(tok), start, c)
		}
		r.pos = start
	case isDumpIdentStart(ch):
		return r.word(depth, c)
	}
	return typedBare(r.bare(c))
}

// word reads a value that starts with a letter: a prefixed Python string (u'…', b'…'),
// a nested instance, a literal, or else unquoted text.
func (r *dumpReader) word(depth int, c dumpCtx) any {
	start := r.pos
	w := r.classPath()
	next := dumpByte(r.s, r.pos)
	switch {
	case (next == '\'' || next == '"') && isStrPrefix(w):
		return r.settle(r.quoted(), start, c)
	case w == "class" && openAPIAt(r.s, r.pos):
		return r.openAPI(depth)
	case w == "OrderedDict" && strings.HasPrefix(r.s[r.pos:], "(["):
		return r.orderedDict(depth)
	case next == '(' && classLike(w) && callArgsAt(r.s, r.pos+1):
		o := r.callRepr(w, depth)
		if w == "Some" { // Rust's Debug of an Option: Some("BAD_REQUEST") is the value itself
			if args, _ := o.get("args").([]any); len(args) == 1 && len(o.members) <= 3 {
				return args[0]
			}
		}
		return o
	case next == '{' && classLike(w) && (javaKeyAt(r.s, r.pos+1) || dartKeyAt(r.s, r.pos+1)):
		return r.javaObject(w, depth) // Dart's nested ApiError{name: …, details: […]} too
	case next == '(' && classLike(w) && dartKeyAt(r.s, r.pos+1):
		return r.instance(w, depth, ')') // Dart's freezed Name(key: value, …)
	case next == ' ' && dumpByte(r.s, r.pos+1) == '{' && classLike(w) && rustKeyAt(r.s, r.pos+2):
		r.pos++
		return r.javaObject(w, depth)
	}
	if v, ok := dumpLiteral(w); ok {
		return r.settle(v, start, c)
	}
	r.pos = start
	return typedBare(r.bare(c))
}

// settle keeps a typed scalar when the value ends after it; otherwise the value was text
// that happened to start like one (Kotlin's message=400 Bad Request) and is re-read as
// text. Only a scalar is ever re-read, so this costs its length once more.
func (r *dumpReader) settle(v any, start int, c dumpCtx) any {
	p := r.pos
	for p < len(r.s) && (r.s[p] == ' ' || r.s[p] == '\t') {
		p++
	}
	if p >= len(r.s) {
		return v
	}
	switch r.s[p] {
	case '\n', '\r':
		return v
	case ',', ')', ']', '}', '>':
		if c.end != endLine {
			return v
		}
	}
	r.pos = start
	return typedBare(r.bare(c))
}

// brace reads a {…} container. One whose first key is quoted and followed by ':' (a
// Python dict, JSON inside a dump) goes to the lenient JSON parser first; the parser is
// given the current depth so maxDepth holds across both readers. When it fails (u'…',
// b'…', nested reprs, Python's \x escapes), this reader reads the container, and nothing
// inside is handed to the parser again.
func (r *dumpReader) brace(depth int) *object {
	start := r.pos
	if !r.noLenient && quotedKeyAt(r.s, start+1, `'"`, true) {
		if o, ok := r.lenient(start, depth); ok {
			return o
		}
		r.noLenient = true
		defer func() { r.noLenient = false }()
	}
	o := &object{}
	r.pos = start + 1
	r.members(o, depth, '}')
	return o
}

// lenient runs the lenient JSON parser on the container at start, at the current depth
// (parseLenient always starts at depth 0). A result cut off, or holding escapes the
// parser decodes otherwise than Python, is refused.
func (r *dumpReader) lenient(start, depth int) (*object, bool) {
	p := parser{b: r.s, pos: start}
	v := p.value(depth)
	o, isObj := v.(*object)
	if p.fail || !isObj || p.res.truncated || needsOwnUnescape(r.s[start:p.pos]) {
		return nil, false
	}
	r.pos = p.pos
	return o, true
}

// implicitHash reads pairs of a Ruby hash whose opening brace was not pasted ("message"
// => "Params Error",\n "status" => 400, …). Ruby separates them with commas; PHP's
// Laravel dump, which looks alike, does not, so fewer than two pairs is no dump.
func (r *dumpReader) implicitHash(depth int) *object {
	o := &object{}
	r.members(o, depth, 0)
	if len(o.members) < 2 {
		return nil
	}
	return o
}

// members reads key-separator-value pairs up to closer (0: pairs joined by commas, keys
// followed by =>). The separator sets the value's language: "=>" and ':' are Ruby's and
// Python's, '=' Java's and Kotlin's.
func (r *dumpReader) members(o *object, depth int, closer byte) {
	for {
		r.blank()
		if r.pos >= len(r.s) {
			return
		}
		if c := r.s[r.pos]; closer != 0 && c == closer {
			r.pos++
			return
		} else if closer != 0 && c == ',' {
			r.pos++
			continue
		}
		k, end, ok := r.key(closer == 0)
		if !ok {
			return
		}
		o.add(k, r.value(depth+1, dumpCtx{closer, end}))
		if (closer == 0 && !r.comma()) || (closer != 0 && !r.separated(closer)) {
			return
		}
	}
}

// separated says whether what follows a value is a comma or closer (after blanks), as
// all four languages print; anything else is a container the paste cut off, which then
// ends here rather than reading the log lines after it as its items.
func (r *dumpReader) separated(closer byte) bool {
	p := skipBlankAt(r.s, r.pos)
	c := dumpByte(r.s, p)
	return p >= len(r.s) || c == ',' || c == closer
}

// key reads a member name and its separator, or moves nothing.
func (r *dumpReader) key(rocketOnly bool) (string, bareEnd, bool) {
	start := r.pos
	k, ok := r.keyText()
	if ok {
		r.spaces()
		switch {
		case r.at("=>"):
			r.pos += 2
			return k, endComma, true
		case rocketOnly || r.at("=="):
		case r.at("="):
			r.pos++
			return k, endKeyEq, true
		case r.at(":") && !r.at("::"):
			r.pos++
			return k, endComma, true
		}
	}
	r.pos = start
	return "", 0, false
}

// keyText reads a name as written, without Ruby's leading ':' or '@' and without quotes.
func (r *dumpReader) keyText() (string, bool) {
	s := r.s
	switch c, n := s[r.pos], dumpByte(s, r.pos+1); {
	case c == ':' && n == '"', (c == 'u' || c == 'b') && (n == '\'' || n == '"'):
		r.pos++
		return r.quoted(), true
	case c == '"' || c == '\'':
		return r.quoted(), true
	case c == ':' || c == '@':
		r.pos++
	}
	start := r.pos
	for r.pos < len(s) && isDumpKeyByte(s[r.pos]) {
		r.pos++
	}
	return s[start:r.pos], r.pos > start
}

// list reads [a, b, …]: Ruby and Python lists, and Java's List.toString with bare items.
func (r *dumpReader) list(depth int) []any {
	r.pos++
	out := make([]any, 0, 4)
	c := dumpCtx{closer: ']', end: endComma}
	for {
		r.blank()
		if r.pos >= len(r.s) {
			return out
		}
		switch r.s[r.pos] {
		case ']':
			r.pos++
			return out
		case ',':
			r.pos++
			continue
		}
		before := r.pos
		v := r.value(depth+1, c)
		if r.pos == before {
			return out
		}
		out = append(out, v)
		if !r.separated(']') {
			return out
		}
	}
}

// rubyObject reads Ruby's inspect at "#<": an exception (#<Stripe::CardError: message>),
// a Struct or OpenStruct (#<struct Point x=1>, #<OpenStruct code="x">) or any object with
// its instance variables (#<Foo:0x… @code="x">). The class becomes member class, an
// exception's message member message, each instance variable a member without its @.
func (r *dumpReader) rubyObject(depth int) *object {
	r.pos += 2
	o := r.classObject(r.classPath())
	switch {
	case r.at(":0x"):
		r.pos += 3
		for r.pos < len(r.s) && isDumpHex(r.s[r.pos]) {
			r.pos++
		}
	case r.at(":"):
		r.pos++
		o.add("message", r.rubyMessage())
		return o
	}
	if o.members[0].val == "struct" {
		save := r.pos
		r.spaces()
		if name := r.classPath(); classLike(name) && dumpByte(r.s, r.pos) != '=' {
			o.members[0].val = name
		} else {
			r.pos = save
		}
	}
	r.rubyMembers(o, depth)
	return o
}

// rubyMembers reads "@name=value" pairs up to '>'. Text that is not a pair (Net::HTTP's
// "401 Unauthorized") becomes member message. A line that holds neither ends an object
// the paste cut off, so it does not swallow the rest of the paste.
func (r *dumpReader) rubyMembers(o *object, depth int) {
	var text []string
	c := dumpCtx{closer: '>', end: endComma}
	for r.pos < len(r.s) {
		// a nested value cut off at the end of its line leaves r.pos at the next line
		newLine := r.blank() || lineStartAt(r.s, r.pos)
		if r.pos >= len(r.s) {
			break
		}
		if ch := r.s[r.pos]; ch == '>' {
			r.pos++
			break
		} else if ch == ',' {
			r.pos++
			continue
		}
		if k, ok := r.assign(true); ok {
			o.add(k, r.value(depth+1, c))
			continue
		}
		if newLine {
			break
		}
		text = append(text, r.freeText())
	}
	if len(text) > 0 {
		// Second, after the class: slices.Insert's generic copy for members cost the wasm
		// more than these lines.
		o.members = append(o.members, member{})
		copy(o.members[2:], o.members[1:])
		o.members[1] = member{"message", strings.Join(text, " ")}
	}
}

// rubyMessage reads an exception's message up to its closing '>' (one followed by the end
// of the line, a space or a closer), or to the end of the line when the paste cut it off.
func (r *dumpReader) rubyMessage() string {
	r.spaces()
	if dumpByte(r.s, r.pos) == '"' { // Ruby 3.4 quotes a message with newlines
		save := r.pos
		if m := r.quoted(); dumpByte(r.s, r.pos) == '>' {
			r.pos++
			return m
		}
		r.pos = save
	}
	start := r.pos
	for ; r.pos < len(r.s) && r.s[r.pos] != '\n'; r.pos++ {
		if r.s[r.pos] == '>' && !arrowBefore(r.s, r.pos) && rubyCloses(dumpByte(r.s, r.pos+1)) {
			m := r.s[start:r.pos]
			r.pos++
			return strings.TrimSpace(m)
		}
	}
	return strings.TrimSpace(r.s[start:r.pos])
}

// rubyCloses: what may follow the '>' that closes an exception's inspect.
func rubyCloses(c byte) bool {
	return c == 0 || strings.IndexByte(" \t\r\n]},)`'\"", c) >= 0
}

// freeText reads an object's words up to '>', the end of the line or the next name=.
// The next name= is looked for only where a run of spaces starts, so a long run is
// crossed once.
func (r *dumpReader) freeText() string {
	start := r.pos
	for r.pos < len(r.s) {
		c := r.s[r.pos]
		if c == '\n' || c == '\r' || (c == '>' && !arrowBefore(r.s, r.pos)) {
			break
		}
		if (c == ' ' || c == ',') && r.pos > start && r.s[r.pos-1] != ' ' && r.s[r.pos-1] != ',' &&
			assignEnd(r.s, skipSpacesAt(r.s, r.pos+1), true) >= 0 {
			break
		}
		r.pos++
	}
	return strings.TrimRight(r.s[start:r.pos], " ,\t")
}

// callRepr reads Name(…): Kotlin data classes and Lombok (code=125, message=Some text),
// Python reprs with keywords (code='x') or positional arguments (CardError('declined',)).
// Positional arguments become member args; the first string literal among them is the
// message (an unquoted one is another object's repr, <Foo object at 0x…>).
func (r *dumpReader) callRepr(name string, depth int) *object {
	o := r.classObject(name)
	r.pos++
	var args []any
	var message any
	for {
		r.blank()
		if r.pos >= len(r.s) {
			break
		}
		if c := r.s[r.pos]; c == ')' {
			r.pos++
			break
		} else if c == ',' {
			r.pos++
			continue
		}
		if k, ok := r.assign(false); ok {
			o.add(k, r.value(depth+1, dumpCtx{')', endKeyEq}))
		} else {
			before := r.pos
			v := r.value(depth+1, dumpCtx{')', endComma})
			if r.pos == before {
				break
			}
			if _, isStr := v.(string); isStr && message == nil && stringLiteralAt(r.s, before) {
				message = v
			}
			args = append(args, v)
		}
		if !r.separated(')') {
			break
		}
	}
	if message != nil {
		o.add("message", message)
	}
	if len(args) > 0 {
		o.add("args", args)
	}
	return o
}

// orderedDict reads Python's repr of an OrderedDict at "([", its (key, value) pairs as
// members: OrderedDict([('code', 'amount_too_small'), ('type', 'invalid_request_error')])
// (stripe-python's error bodies before 2.0), and Python 2's (u'code', u'53078') pairs
// (xmltodict's reading of PagSeguro's XML). It stops at the first item that is no pair.
func (r *dumpReader) orderedDict(depth int) *object {
	o := &object{}
	r.pos += 2 // ([
	for {
		r.blank()
		if r.pos >= len(r.s) {
			return o
		}
		switch r.s[r.pos] {
		case ',':
			r.pos++
			continue
		case ']':
			r.pos++
			if dumpByte(r.s, r.pos) == ')' {
				r.pos++
			}
			return o
		case '(':
		default:
			return o
		}
		r.pos++
		r.blank()
		if !stringLiteralAt(r.s, r.pos) {
			return o
		}
		for c := dumpByte(r.s, r.pos); c != '\'' && c != '"'; c = dumpByte(r.s, r.pos) {
			r.pos++ // Python 2's u'code'
		}
		key := r.quoted()
		r.blank()
		if dumpByte(r.s, r.pos) != ',' {
			return o
		}
		r.pos++
		v := r.value(depth+1, dumpCtx{')', endComma})
		r.blank()
		if dumpByte(r.s, r.pos) != ')' {
			return o
		}
		r.pos++
		o.add(key, v)
	}
}

// stringLiteralAt: a quote at p, after at most a two-letter u/b/r prefix.
func stringLiteralAt(s string, p int) bool {
	for i := 0; i < 3; i++ {
		switch c := dumpByte(s, p+i); {
		case c == '\'' || c == '"':
			return true
		case i == 2 || strings.IndexByte("ubrUBR", c) < 0 || c == 0:
			return false
		}
	}
	return false
}

// javaObject reads a Java toString such as ApiException{error=…, statusCode=400} or
// OkHttp's Response{protocol=http/1.1, code=403, …}.
func (r *dumpReader) javaObject(name string, depth int) *object {
	return r.instance(name, depth, '}')
}

// instance reads a printed instance's members at its opening bracket, up to close:
// Java's and Dart's Name{…}, Dart's freezed Name(…).
func (r *dumpReader) instance(name string, depth int, close byte) *object {
	o := r.classObject(name)
	r.pos++
	r.members(o, depth, close)
	return o
}

// openAPI reads the toString of an OpenAPI-generated model, one "key: value" a line:
//
//	class ApiError {
//	    status: 0
//	    errorCode: null
//	}
//
// A line that is neither a member nor the closing brace ends a model the paste cut off.
func (r *dumpReader) openAPI(depth int) *object {
	r.spaces()
	o := r.classObject(r.classPath())
	r.skipLine()
	for r.pos < len(r.s) {
		lineStart := r.pos
		r.spaces()
		if r.pos >= len(r.s) {
			break
		}
		switch r.s[r.pos] {
		case '}':
			r.pos++
			return o
		case '\n', '\r':
			r.skipLine()
			continue
		}
		k, ok := r.lineKey()
		if !ok {
			r.pos = lineStart
			return o
		}
		o.add(k, r.value(depth+1, dumpCtx{end: endLine}))
		if !lineStartAt(r.s, r.pos) { // a nested model cut off gave its line back
			r.skipLine()
		}
	}
	return o
}

// lineKey reads an OpenAPI member name and its ": ".
func (r *dumpReader) lineKey() (string, bool) {
	e := r.pos
	for e < len(r.s) && isDumpIdentByte(r.s[e]) {
		e++
	}
	if e == r.pos || dumpByte(r.s, e) != ':' {
		return "", false
	}
	if n := dumpByte(r.s, e+1); n != ' ' && n != '\t' && n != '\n' && n != '\r' && n != 0 {
		return "", false
	}
	k := r.s[r.pos:e]
	r.pos = e + 1
	return k, true
}

// dotnet reads HttpResponseMessage.ToString(): "StatusCode: 401, ReasonPhrase:
// 'Unauthorized', Version: 1.1, Content: …, Headers:\n{\n  Date: …\n}", braced when the
// debugger printed it. Headers becomes an object of header name to value.
func (r *dumpReader) dotnet(braced bool) *object {
	o := &object{}
	if braced {
		r.pos++
	}
	for {
		r.spaces()
		e := dotnetKeyEnd(r.s, r.pos)
		if e < 0 {
			break
		}
		k := r.s[r.pos : e-1]
		r.pos = e
		o.add(k, r.dotnetValue())
		r.spaces()
		if dumpByte(r.s, r.pos) != ',' {
			break
		}
		r.pos++
	}
	if braced {
		r.blank()
		if dumpByte(r.s, r.pos) == '}' {
			r.pos++
		}
	}
	return o
}

// dotnetValue reads one .NET member's value: a header block, a quoted reason phrase, or
// text up to the next ", Name:".
func (r *dumpReader) dotnetValue() any {
	r.spaces()
	if p := skipBlankAt(r.s, r.pos); dumpByte(r.s, p) == '{' {
		r.pos = p
		return r.headerBlock()
	}
	c := dumpCtx{closer: '}', end: endKeyColon}
	if start := r.pos; dumpByte(r.s, start) == '\'' {
		return r.settle(r.quoted(), start, c)
	}
	return typedBare(r.bare(c))
}

// headerBlock reads .NET's headers: one "Name: value" a line up to a line "}", or all on
// one line ("{ X-Request-Id: abc Date: Thu, 12 Jan 2023 … }") where each "Name:" word
// starts the next header.
func (r *dumpReader) headerBlock() *object {
	h := &object{}
	r.pos++
	r.spaces()
	if c := dumpByte(r.s, r.pos); r.pos < len(r.s) && c != '\n' && c != '\r' {
		end := r.pos
		for end < len(r.s) && r.s[end] != '}' && r.s[end] != '\n' {
			end++
		}
		h.members = splitHeaders(r.s[r.pos:end])
		r.pos = end
		if dumpByte(r.s, end) == '}' {
			r.pos++
		}
		return h
	}
	for {
		r.skipLine()
		lineStart := r.pos
		r.spaces()
		if r.pos >= len(r.s) {
			return h
		}
		if c := r.s[r.pos]; c == '}' {
			r.pos++
			return h
		} else if c == '\n' || c == '\r' {
			continue
		}
		end := r.pos + strings.IndexByte(r.s[r.pos:], '\n')
		if end < r.pos {
			end = len(r.s)
		}
		name, val, ok := strings.Cut(r.s[r.pos:end], ":")
		if !ok || !isHeaderName(name) {
			r.pos = lineStart
			return h
		}
		h.add(name, typedBare(strings.TrimSpace(val)))
		r.pos = end
	}
}

// splitHeaders splits "X-Ca-Err: 201 Date: Thu, 12 Jan 2023 12:41:28 GMT" at each word
// that is a header name and a colon.
func splitHeaders(text string) []member {
	var names, vals []string
	for _, f := range strings.Fields(text) {
		if name, ok := strings.CutSuffix(f, ":"); ok && isHeaderName(name) {
			names, vals = append(names, name), append(vals, "")
		} else if n := len(vals); n > 0 {
			vals[n-1] = strings.TrimSpace(vals[n-1] + " " + f)
		}
	}
	out := make([]member, len(names))
	for i := range names {
		out[i] = member{names[i], typedBare(vals[i])}
	}
	return out
}

// isHeaderName: an HTTP header name (letters, digits, '-' and '_').
func isHeaderName(s string) bool {
	if s == "" || len(s) > 64 || !isDumpLetter(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDumpIdentByte(s[i]) && s[i] != '-' {
			return false
		}
	}
	return true
}

// bare reads unquoted text up to where c says it ends, never past the end of the line.
// Brackets opened inside it are matched, so "Call foo(a=1, b=2) failed" stays whole.
func (r *dumpReader) bare(c dumpCtx) string {
	start, depth := r.pos, 0
	for ; r.pos < len(r.s); r.pos++ {
		ch := r.s[r.pos]
		if ch == '\n' || ch == '\r' {
			break
		}
		if c.end == endLine {
			continue
		}
		switch {
		case ch == '(' || ch == '[' || ch == '{':
			depth++
		case ch == ')' || ch == ']' || ch == '}':
			if depth == 0 {
				return strings.TrimSpace(r.s[start:r.pos])
			}
			depth--
		case ch == '>' && c.closer == '>' && depth == 0 && !arrowBefore(r.s, r.pos):
			return strings.TrimSpace(r.s[start:r.pos])
		case ch == ',' && depth == 0 && r.bareStops(c, start):
			return strings.TrimSpace(r.s[start:r.pos])
		}
	}
	return strings.TrimSpace(r.s[start:r.pos])
}

// bareStops says whether the comma at r.pos ends bare text that began at start.
func (r *dumpReader) bareStops(c dumpCtx, start int) bool {
	switch c.end {
	case endComma: // Java prints an HTTP date inside a header list: [Wed, 13 May 2020 …]
		return !isWeekday(strings.TrimSpace(r.s[start:r.pos])) || !isDumpDigit(dumpByte(r.s, r.pos+2))
	case endKeyEq:
		return assignEnd(r.s, skipSpacesAt(r.s, r.pos+1), true) >= 0
	case endKeyColon:
		return dotnetKeyEnd(r.s, skipSpacesAt(r.s, r.pos+1)) >= 0
	}
	return false
}

// isWeekday: the day that starts an HTTP date.
func isWeekday(s string) bool {
	switch s {
	case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
		return true
	}
	return false
}

// skipDeep passes over a value nested deeper than maxDepth without building it: brackets
// are counted and nothing recurses, so any nesting costs one scan.
func (r *dumpReader) skipDeep(c dumpCtx) {
	if o := dumpByte(r.s, r.pos); o != '{' && o != '[' && o != '(' && !rubyObjectAt(r.s, r.pos) {
		r.bare(c)
		return
	}
	depth := 0
	for ; r.pos < len(r.s); r.pos++ {
		switch ch := r.s[r.pos]; {
		case ch == '{' || ch == '[' || ch == '(' || (ch == '<' && r.pos > 0 && r.s[r.pos-1] == '#'):
			depth++
		case ch == '}' || ch == ']' || ch == ')' || (ch == '>' && !arrowBefore(r.s, r.pos)):
			if depth--; depth <= 0 {
				r.pos++
				return
			}
		}
	}
}

// quoted reads a Ruby or Python string literal at r.pos (either quote, after any u/b
// prefix), decoding the escapes both print. Neither prints a raw newline inside a
// literal, so one ends it: a paste cut inside a string costs a line, not the rest.
func (r *dumpReader) quoted() string {
	for i := 0; i < 2 && r.pos < len(r.s) && r.s[r.pos] != '\'' && r.s[r.pos] != '"'; i++ {
		r.pos++ // a u, b or r prefix
	}
	if r.pos >= len(r.s) || (r.s[r.pos] != '\'' && r.s[r.pos] != '"') {
		return ""
	}
	q := r.s[r.pos]
	r.pos++
	start := r.pos
	for r.pos < len(r.s) && r.s[r.pos] != '\\' && r.s[r.pos] != '\n' {
		if r.s[r.pos] == q {
			r.pos++
			return r.s[start : r.pos-1]
		}
		r.pos++
	}
	buf := []byte(r.s[start:r.pos])
	for r.pos < len(r.s) && r.s[r.pos] != '\n' {
		switch c := r.s[r.pos]; {
		case c == q:
			r.pos++
			return dumpText(buf)
		case c == '\\' && r.pos+1 < len(r.s):
			buf = r.escape(buf)
		default:
			buf = append(buf, c)
			r.pos++
		}
	}
	return dumpText(buf)
}

// escape decodes the escape at r.pos: C's letters, Python's \xNN (a byte, so bytes
// literals holding UTF-8 JSON come out as text), \uNNNN, \UNNNNNNNN and Ruby's \u{…}.
func (r *dumpReader) escape(buf []byte) []byte {
	e := r.s[r.pos+1]
	r.pos += 2
	switch e {
	case 'n':
		return append(buf, '\n')
	case 't':
		return append(buf, '\t')
	case 'r':
		return append(buf, '\r')
	case '0':
		return append(buf, 0)
	case 'e':
		return append(buf, 0x1b)
	case 'x':
		if v, ok := r.hex(2); ok {
			return append(buf, byte(v))
		}
	case 'u':
		if dumpByte(r.s, r.pos) == '{' {
			return r.rubyUnicode(buf)
		}
		if v, ok := r.hex(4); ok {
			return utf8.AppendRune(buf, rune(v))
		}
	case 'U':
		if v, ok := r.hex(8); ok {
			return utf8.AppendRune(buf, rune(v))
		}
	}
	return append(buf, e)
}

// rubyUnicode decodes Ruby's \u{1F600} once "\u" is read.
func (r *dumpReader) rubyUnicode(buf []byte) []byte {
	end := strings.IndexByte(r.s[r.pos:min(len(r.s), r.pos+10)], '}')
	if end < 2 {
		return append(buf, 'u')
	}
	r.pos++
	v, ok := r.hex(end - 1)
	if !ok {
		r.pos--
		return append(buf, 'u')
	}
	r.pos++
	return utf8.AppendRune(buf, rune(v))
}

// hex reads n hex digits; a code point past Unicode's last becomes U+FFFD when appended.
func (r *dumpReader) hex(n int) (uint32, bool) {
	if r.pos+n > len(r.s) {
		return 0, false
	}
	var v uint32
	for _, c := range []byte(r.s[r.pos : r.pos+n]) {
		if !isDumpHex(c) {
			return 0, false
		}
		v = v<<4 | uint32(strings.IndexByte("0123456789abcdef", c|0x20))
	}
	r.pos += n
	return min(v, utf8.MaxRune+1), true
}

// dumpText turns decoded string bytes into text: UTF-8 when they are (a bytes literal, a
// UTF-8 body Python printed as \xc3\xa3), each stray byte read as Latin-1 otherwise
// (Python's '\xe9' is é).
func dumpText(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		c, n := utf8.DecodeRune(b)
		if c == utf8.RuneError && n == 1 {
			c = rune(b[0])
		}
		out = utf8.AppendRune(out, c)
		b = b[n:]
	}
	return string(out)
}

// needsOwnUnescape says whether a span the JSON parser read holds escapes it decodes
// differently from Python and Ruby (\x, \U, \N, octal, \u{…}); then this reader reads it.
func needsOwnUnescape(span string) bool {
	for i := strings.IndexByte(span, '\\'); i >= 0 && i+1 < len(span); {
		if e := span[i+1]; strings.IndexByte("xUN01234567", e) >= 0 || (e == 'u' && dumpByte(span, i+2) == '{') {
			return true
		}
		j := strings.IndexByte(span[i+2:], '\\')
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// typedBare types unquoted text: null, nil and None are nil, true and false booleans,
// JSON-shaped numbers numbers, anything else the text.
func typedBare(t string) any {
	if v, ok := dumpLiteral(t); ok {
		return v
	}
	if isDumpNumber(t) {
		return number(t)
	}
	return t
}

// dumpLiteral types the languages' literals: nil, None, null, true/True, false/False.
func dumpLiteral(w string) (any, bool) {
	switch w {
	case "nil", "None", "null":
		return nil, true
	case "true", "True":
		return true, true
	case "false", "False":
		return false, true
	}
	return nil, false
}

// isDumpNumber says whether t is a JSON number: "001" (a code) and "1.1.1" stay text.
func isDumpNumber(t string) bool {
	i := 0
	if i < len(t) && t[i] == '-' {
		i++
	}
	d := dumpDigits(t, i)
	if d == i || (t[i] == '0' && d > i+1) {
		return false
	}
	i = d
	if i < len(t) && t[i] == '.' {
		if d = dumpDigits(t, i+1); d == i+1 {
			return false
		}
		i = d
	}
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		if d = dumpDigits(t, i); d == i {
			return false
		}
		i = d
	}
	return i == len(t)
}

func dumpDigits(t string, i int) int {
	for i < len(t) && isDumpDigit(t[i]) {
		i++
	}
	return i
}

// classPath reads a class name as the languages print it: dotted (java.io.IOException),
// with $ (Outer$Inner) or with Ruby's :: (Stripe::CardError).
func (r *dumpReader) classPath() string {
	start := r.pos
	for r.pos < len(r.s) {
		if isDumpWordByte(r.s[r.pos]) {
			r.pos++
		} else if r.at("::") && isDumpIdentStart(dumpByte(r.s, r.pos+2)) {
			r.pos += 2
		} else {
			break
		}
	}
	return r.s[start:r.pos]
}

// assign reads "name=" (with Ruby's @ when allowAt) and returns the name.
func (r *dumpReader) assign(allowAt bool) (string, bool) {
	e := assignEnd(r.s, r.pos, allowAt)
	if e < 0 {
		return "", false
	}
	k := strings.TrimPrefix(r.s[r.pos:e-1], "@")
	r.pos = e
	return k, true
}

// assignEnd returns the offset just past "name=" at p (not "==" nor "=>"), or -1.
func assignEnd(s string, p int, allowAt bool) int {
	if allowAt && dumpByte(s, p) == '@' {
		p++
	}
	if !isDumpIdentStart(dumpByte(s, p)) {
		return -1
	}
	e := p
	for e < len(s) && isDumpIdentByte(s[e]) {
		e++
	}
	if dumpByte(s, e) != '=' {
		return -1
	}
	if n := dumpByte(s, e+1); n == '=' || n == '>' || n == '~' {
		return -1
	}
	return e + 1
}

// dotnetKeyEnd returns the offset just past a .NET member name and its colon at p
// ("StatusCode:", "Trailing Headers:"), or -1.
func dotnetKeyEnd(s string, p int) int {
	if !isDumpLetter(dumpByte(s, p)) {
		return -1
	}
	for e := p; e < len(s) && e-p <= 40; e++ {
		switch c := s[e]; {
		case c == ':':
			if dumpByte(s, e+1) == ':' || s[e-1] == ' ' {
				return -1
			}
			return e + 1
		case c == ' ' && s[e-1] == ' ', c != ' ' && !isDumpIdentByte(c):
			return -1
		}
	}
	return -1
}

// rubyObjectAt: "#<" and a letter.
func rubyObjectAt(s string, i int) bool {
	return strings.HasPrefix(s[i:], "#<") && isDumpLetter(dumpByte(s, i+2))
}

// rocketAt: a Ruby hash key at k (:sym, :"sym" or "string") followed by =>.
func rocketAt(s string, k int) bool {
	end := -1
	switch c, n := dumpByte(s, k), dumpByte(s, k+1); {
	case c == '"':
		end = quotedEnd(s, k)
	case c == ':' && n == '"':
		end = quotedEnd(s, k+1)
	case c == ':' && isDumpIdentStart(n):
		end = k + 1
		for end < len(s) && end-k < dumpPeek && isDumpKeyByte(s[end]) {
			end++
		}
	}
	return end >= 0 && strings.HasPrefix(s[skipSpacesAt(s, end):], "=>")
}

// quotedKeyAt: a quoted key (quotes lists the quote bytes allowed; an u or b prefix is
// allowed) followed by ':' at k, after blank lines too when blank is set.
func quotedKeyAt(s string, k int, quotes string, blank bool) bool {
	if blank {
		k = skipBlankAt(s, k)
	}
	if c := dumpByte(s, k); (c == 'u' || c == 'b') && strings.IndexByte(quotes, dumpByte(s, k+1)) >= 0 {
		k++
	}
	if c := dumpByte(s, k); c == 0 || strings.IndexByte(quotes, c) < 0 {
		return false
	}
	end := quotedEnd(s, k)
	if end < 0 {
		return false
	}
	p := skipSpacesAt(s, end)
	return dumpByte(s, p) == ':' && dumpByte(s, p+1) != ':'
}

// javaKeyAt: a Java map key followed by '=' (not "==" nor "=>") at k.
func javaKeyAt(s string, k int) bool {
	e := k
	for e < len(s) && e-k < dumpPeek && isDumpKeyByte(s[e]) {
		e++
	}
	if e == k || dumpByte(s, e) != '=' {
		return false
	}
	n := dumpByte(s, e+1)
	return n != '=' && n != '>'
}

// dartKeyAt: right after "Name{", a camelCase field and ": " (Dart's and Flutter's
// toString: ApiException{statusCode: 401, …}).
func dartKeyAt(s string, k int) bool {
	e := k
	for e < len(s) && e-k < dumpPeek && (s[e] >= 'a' && s[e] <= 'z' || e > k && (s[e] >= 'A' && s[e] <= 'Z' || s[e] >= '0' && s[e] <= '9' || s[e] == '_')) {
		e++
	}
	return e > k && dumpByte(s, e) == ':' && dumpByte(s, e+1) == ' '
}

// rustKeyAt: after "Name {", what Rust's Debug of a struct holds: " field: " (Name {
// errors: [Detail { code: Some("BAD_REQUEST") }] }).
func rustKeyAt(s string, k int) bool {
	if dumpByte(s, k) != ' ' {
		return false
	}
	k++
	e := k
	for e < len(s) && e-k < dumpPeek && (s[e] >= 'a' && s[e] <= 'z' || s[e] == '_' || e > k && s[e] >= '0' && s[e] <= '9') {
		e++
	}
	return e > k && dumpByte(s, e) == ':' && dumpByte(s, e+1) == ' '
}

// callArgsAt: after "Name(", what a repr holds: a string, "name=", another Name( or
// Python's <module.Class object at 0x…>. Stack frames (Foo.bar(File.java:12),
// Method(Int32 id)) hold none of these.
func callArgsAt(s string, k int) bool {
	k = skipSpacesAt(s, k)
	c, n := dumpByte(s, k), dumpByte(s, k+1)
	switch {
	case c == '\'' || c == '"' || (c == '<' && isDumpLetter(n)):
		return true
	case (c == 'u' || c == 'b' || c == 'r') && (n == '\'' || n == '"'):
		return true
	case !isDumpIdentStart(c):
		return false
	}
	e := k
	for e < len(s) && e-k < dumpPeek && isDumpIdentByte(s[e]) {
		e++
	}
	if dumpByte(s, e) == '(' {
		return classLike(s[k:e])
	}
	return assignEnd(s, k, false) >= 0
}

// openAPIAt: after the word "class", " Name {" and the end of the line.
func openAPIAt(s string, j int) bool {
	if dumpByte(s, j) != ' ' {
		return false
	}
	k := j + 1
	for k < len(s) && k-j < dumpPeek && isDumpWordByte(s[k]) {
		k++
	}
	if k == j+1 || !isDumpLetter(s[j+1]) {
		return false
	}
	k = skipSpacesAt(s, k)
	if dumpByte(s, k) != '{' {
		return false
	}
	k = skipSpacesAt(s, k+1)
	return k >= len(s) || s[k] == '\n' || s[k] == '\r'
}

// quotedEnd returns the offset just past the string literal at k, or -1 when it does not
// close on its line within dumpPeek bytes.
func quotedEnd(s string, k int) int {
	q := s[k]
	for i := k + 1; i < len(s) && i-k < dumpPeek; i++ {
		switch s[i] {
		case q:
			return i + 1
		case '\\':
			i++
		case '\n':
			return -1
		}
	}
	return -1
}

// lineStartAt: only spaces before s[i] on its line.
func lineStartAt(s string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch s[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			if i-j > dumpPeek {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// classLike: the last dotted part starts with a capital, as class names do and method
// names in stack frames do not.
func classLike(w string) bool {
	if i := strings.LastIndexByte(w, '.'); i >= 0 {
		w = w[i+1:]
	}
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// isStrPrefix: Python's string prefixes: u, b, r and the pairs br and rb, either case.
func isStrPrefix(w string) bool {
	switch w {
	case "u", "b", "r", "U", "B", "R", "br", "rb", "Br", "bR", "BR", "RB", "Rb", "rB":
		return true
	}
	return false
}

// arrowBefore: the '>' at i is part of => or ->, not a closer.
func arrowBefore(s string, i int) bool {
	return i > 0 && (s[i-1] == '=' || s[i-1] == '-')
}

func (r *dumpReader) at(p string) bool { return strings.HasPrefix(r.s[r.pos:], p) }

// spaces skips spaces and tabs, not newlines.
func (r *dumpReader) spaces() {
	for r.pos < len(r.s) && (r.s[r.pos] == ' ' || r.s[r.pos] == '\t') {
		r.pos++
	}
}

// blank skips all white space and says whether it crossed a newline.
func (r *dumpReader) blank() bool {
	nl := false
	for r.pos < len(r.s) {
		switch r.s[r.pos] {
		case '\n':
			nl = true
		case ' ', '\t', '\r':
		default:
			return nl
		}
		r.pos++
	}
	return nl
}

// comma consumes a comma after spaces, for pairs that need one.
func (r *dumpReader) comma() bool {
	r.spaces()
	if dumpByte(r.s, r.pos) == ',' {
		r.pos++
		return true
	}
	return false
}

// skipLine moves past the end of the current line.
func (r *dumpReader) skipLine() {
	if i := strings.IndexByte(r.s[r.pos:], '\n'); i >= 0 {
		r.pos += i + 1
	} else {
		r.pos = len(r.s)
	}
}

// skipSpacesAt and skipBlankAt look past spaces (and newlines) at most dumpPeek bytes.
func skipSpacesAt(s string, k int) int {
	for e := k; e < len(s) && e-k < dumpPeek; e++ {
		if s[e] != ' ' && s[e] != '\t' {
			return e
		}
	}
	return min(len(s), k+dumpPeek)
}

func skipBlankAt(s string, k int) int {
	for e := k; e < len(s) && e-k < dumpPeek; e++ {
		if c := s[e]; c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return e
		}
	}
	return min(len(s), k+dumpPeek)
}

func dumpByte(s string, i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

// The dump readers ask these of every byte of a paste, and the Worker's build inlines no
// call: each is one look in dumpClass rather than calls within calls.
func isDumpDigit(c byte) bool      { return dumpClass[c]&dumpDigit != 0 }
func isDumpLetter(c byte) bool     { return dumpClass[c]&dumpLetter != 0 }
func isDumpHex(c byte) bool        { return dumpClass[c]&dumpHex != 0 }
func isDumpIdentStart(c byte) bool { return dumpClass[c]&dumpIdentStart != 0 }
func isDumpIdentByte(c byte) bool  { return dumpClass[c]&dumpIdent != 0 }

// isDumpWordByte: what a class path is made of (dots, Java's $).
func isDumpWordByte(c byte) bool { return dumpClass[c]&dumpWord != 0 }

func isDumpKeyByte(c byte) bool { return dumpClass[c]&dumpKey != 0 }

// What a byte can be in a dump: dumpClass's bits.
const (
	dumpDigit      = 1 << iota // 0-9
	dumpLetter                 // ASCII letters
	dumpHex                    // 0-9, a-f, A-F
	dumpIdentStart             // a letter or '_'
	dumpIdent                  // an identifier's byte: a letter, '_' or a digit
	dumpWord                   // an identifier's byte, '.' or '$'
	dumpKey                    // a word's byte, '-', '?', '!' or any byte of a non-ASCII letter
)

var dumpClass = func() (t [256]uint8) {
	for i := range 256 {
		c := byte(i)
		digit, letter := c >= '0' && c <= '9', c|0x20 >= 'a' && c|0x20 <= 'z'
		ident := letter || c == '_' || digit
		word := ident || c == '.' || c == '$'
		for _, b := range [...]struct {
			on  bool
			bit uint8
		}{{digit, dumpDigit}, {letter, dumpLetter}, {digit || c|0x20 >= 'a' && c|0x20 <= 'f', dumpHex},
			{letter || c == '_', dumpIdentStart}, {ident, dumpIdent}, {word, dumpWord},
			{word || c == '-' || c == '?' || c == '!' || c >= 0x80, dumpKey}} {
			if b.on {
				t[i] |= b.bit
			}
		}
	}
	return t
}()
