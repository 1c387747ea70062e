package decode

import (
	"strings"
	"unicode/utf8"

	"github.com/decifra/decifra/internal/decimal"
)

// This file reads the error bodies of XML and SOAP APIs (PagSeguro, Authorize.Net,
// Worldpay, the Pix DICT, SOAP faults) and of form-encoded ones (PayPal NVP, Payflow,
// Adyen's HPP) into the same model the JSON reader builds, so the rest of the decoder
// explains them without knowing they were not JSON.
//
// It is a small forgiving scanner, not encoding/xml: what people paste is rarely a
// well-formed document (a fragment without its root, a body after `400-` in an exception
// message, a response cut off mid-way, XML escaped inside a JSON log line), and
// encoding/xml would refuse most of it while adding weight to the WebAssembly build.
// It never expands a DTD or an entity it was not born knowing, and every step moves
// forward, so time and the size of what it builds are linear in the paste.

// maxXMLBodies bounds how many documents one paste yields: a log with more is explained
// from its first ones.
const maxXMLBodies = 16

// xmlTextKey names an element's own text when the element also has attributes or
// children (`<error code="5">Card number not recognised</error>`): "#text" can never be
// an XML name, so it cannot collide with an attribute or a child.
const xmlTextKey = "#text"

// xmlIndexAfter is how many members an object holds before lookups go through a map:
// error bodies have a handful, and a paste of 100,000 distinct sibling names must not
// cost 100,000² comparisons.
const xmlIndexAfter = 8

// memberList builds an object's members in order, folding a repeated key into a []any
// (two <error> elements are a list of errors, as JSON would have written them).
type memberList struct {
	members []member
	index   map[string]int
}

func (m *memberList) find(key string) int {
	if m.index != nil {
		if i, ok := m.index[key]; ok {
			return i
		}
		return -1
	}
	for i := range m.members {
		if m.members[i].key == key {
			return i
		}
	}
	return -1
}

// maxRepeats is how many values of one repeated key a memberList keeps.
const maxRepeats = 64

// add appends key, or folds v into the list key already holds. No XML element or form
// value is itself a []any, so a []any found there was made by an earlier repetition.
func (m *memberList) add(key string, v any) {
	if i := m.find(key); i >= 0 {
		if list, ok := m.members[i].val.([]any); ok {
			if len(list) >= maxRepeats {
				return // no error names one thing this often: a log of lines, not an answer
			}
			m.members[i].val = append(list, v)
		} else {
			m.members[i].val = []any{m.members[i].val, v}
		}
		return
	}
	m.addNew(key, v)
}

// addFirst keeps the first of repeated keys: attributes may not repeat, and when a paste
// repeats one anyway the first is what the sender meant.
func (m *memberList) addFirst(key string, v any) {
	if m.find(key) < 0 {
		m.addNew(key, v)
	}
}

func (m *memberList) addNew(key string, v any) {
	m.members = append(m.members, member{key, v})
	switch {
	case m.index != nil:
		m.index[key] = len(m.members) - 1
	case len(m.members) > xmlIndexAfter:
		m.index = make(map[string]int, 2*len(m.members))
		for i, mb := range m.members {
			m.index[mb.key] = i
		}
	}
}

// xmlText gathers character data without copying when it comes in one piece (the usual
// `<code>53081</code>`), and in one growing buffer otherwise, so that text split by
// thousands of entities or comments still costs time linear in its length.
type xmlText struct {
	s    string
	b    []byte
	many bool
}

func (t *xmlText) add(piece string) {
	switch {
	case piece == "":
	case !t.many && t.s == "":
		t.s = piece
	default:
		if !t.many {
			t.b = append(t.b, t.s...)
			t.many = true
		}
		t.b = append(t.b, piece...)
	}
}

func (t *xmlText) String() string {
	if t.many {
		return string(t.b)
	}
	return t.s
}

func (t *xmlText) empty() bool { return !t.many && t.s == "" }

// xmlFrame is an element whose end tag has not been read yet.
type xmlFrame struct {
	name  string // local name: `soap:Fault` is "Fault", as providers' docs name it
	attrs memberList
	kids  memberList
	run   xmlText // character data since the last child tag
	text  xmlText // the element's trimmed runs, joined by a space
	null  bool    // xsi:nil="true": the sender said null, not ""
}

// endRun closes the run of text before a child tag or the end tag; it reports whether
// the run held any text. Runs are trimmed one by one so the indentation around children
// does not become text.
func (f *xmlFrame) endRun() bool {
	r := xmlTrim(f.run.String())
	f.run = xmlText{}
	if r == "" {
		return false
	}
	if !f.text.empty() {
		f.text.add(" ")
	}
	f.text.add(r)
	return true
}

// value is what the element becomes: its text when it has nothing else (numbers stay
// strings: "053081" keeps its zero), else an object of its attributes and children, a
// child winning over an attribute of the same name.
func (f *xmlFrame) value() any {
	text := f.text.String()
	if len(f.kids.members) == 0 && len(f.attrs.members) == 0 {
		if f.null && text == "" {
			return nil
		}
		if doc := innerXML(text); doc != nil {
			return doc
		}
		return text
	}
	o := &object{members: make([]member, 0, len(f.attrs.members)+len(f.kids.members)+1)}
	for _, a := range f.attrs.members {
		if f.kids.find(a.key) < 0 {
			o.members = append(o.members, a)
		}
	}
	o.members = append(o.members, f.kids.members...)
	if text != "" {
		o.add(xmlTextKey, text)
	}
	return o
}

// innerXML is the document an element's text holds whole, escaped or in CDATA: SOAP
// services that answer with their gateway's XML as a string (Borgun's getAuthResXml,
// iVeri's ExecuteResult, PayEx's PurchaseCCResult); nil for any other text.
func innerXML(text string) *object {
	t := strings.TrimSpace(text)
	if len(t) < 16 || t[0] != '<' || t[len(t)-1] != '>' {
		return nil
	}
	if docs := xmlBodies(t); len(docs) == 1 && len(docs[0].members) == 1 {
		return docs[0]
	}
	return nil
}

// xmlScanner walks a paste once, building the document it is inside of.
type xmlScanner struct {
	s        string
	pos      int
	stack    []*xmlFrame
	skipped  int        // open elements beyond the depth bound, counted and not built
	doc      memberList // the top-level elements of the document being read
	reading  bool       // a document is being read
	declared bool       // it follows <?xml …?> or <!DOCTYPE …>: markup, even if cut short
	closed   bool       // one of its elements ended with an end tag or `/>`
	content  bool       // some text or attribute in it is not empty
	html     bool       // its root is <html>: void elements (<br>, <meta>) do not nest
	wraps    int        // stray end tags read as the root of what came before
	tallest  int        // the deepest its stack has been
	out      []*object
}

// xmlBodies returns the XML documents (or fragments) in text as objects, outermost
// element first, in the order they appear; at most 16.
//
// A document is one object whose single member is its root's local name. A fragment of
// sibling elements without their root (`<type>…</type><status>500</status>`) is one
// object with a member per sibling; an end tag that closes nothing (`…</problem>`) names
// the root the paste lost. A run of markup counts only when it looks like a body: it is
// declared, or one of its elements was closed, and it holds some text, so the
// `<anonymous>` of a stack trace and a lone `<br />` are not read as bodies.
func xmlBodies(text string) []*object {
	sc := xmlScanner{s: text}
	for sc.pos < len(sc.s) && len(sc.out) < maxXMLBodies {
		i := strings.IndexByte(sc.s[sc.pos:], '<')
		if i < 0 {
			sc.chars(sc.s[sc.pos:], true)
			sc.pos = len(sc.s)
			break
		}
		sc.chars(sc.s[sc.pos:sc.pos+i], true)
		sc.pos += i
		sc.markup()
	}
	sc.endDoc()
	return sc.out
}

// markup reads what starts at the '<' under pos.
func (sc *xmlScanner) markup() {
	rest := sc.s[sc.pos:]
	switch {
	case strings.HasPrefix(rest, "<!--"):
		sc.skipPast(4, "-->")
	case strings.HasPrefix(rest, "<![CDATA["):
		sc.chars(sc.skipPast(9, "]]>"), false) // CDATA is text, entities and all
	case strings.HasPrefix(rest, "<!"):
		sc.declaration()
	case strings.HasPrefix(rest, "<?"):
		sc.instruction()
	case xmlEndTag(rest) > 0:
		sc.pos += xmlEndTag(rest)
		name := xmlLocal(sc.name())
		sc.tagEnd()
		sc.endTag(name)
	case len(rest) > 1 && xmlNameStart(rest[1]):
		sc.startTag()
	default: // "a < b", "<-- BODY", "<3": a '<' that opens nothing is text
		sc.pos++
		sc.chars("<", false)
	}
}

// xmlEndTag is the length of the `</` that opens an end tag at the start of s, or 0.
// PHP's json_encode writes `</` as `<\/`, and PagSeguro bodies are often logged that way.
func xmlEndTag(s string) int {
	switch {
	case len(s) > 2 && s[1] == '/' && xmlNameStart(s[2]):
		return 2
	case len(s) > 3 && s[1] == '\\' && s[2] == '/' && xmlNameStart(s[3]):
		return 3
	}
	return 0
}

// skipPast moves past the marker that ends the construct starting at pos, returning what
// is between; a construct the paste cut off runs to its end.
func (sc *xmlScanner) skipPast(from int, marker string) string {
	body := sc.s[min(sc.pos+from, len(sc.s)):]
	end := strings.Index(body, marker)
	if end < 0 {
		sc.pos = len(sc.s)
		return body
	}
	sc.pos += from + end + len(marker)
	return body[:end]
}

// tagEnd moves past the '>' that ends a tag, or up to a '<' that comes first: a tag cut
// off mid-way does not swallow the next one.
func (sc *xmlScanner) tagEnd() {
	i := strings.IndexAny(sc.s[sc.pos:], "<>")
	switch {
	case i < 0:
		sc.pos = len(sc.s)
	case sc.s[sc.pos+i] == '>':
		sc.pos += i + 1
	default:
		sc.pos += i
	}
}

// instruction skips a processing instruction. <?xml …?> starts a new document: two
// responses pasted one after the other are two bodies. Its encoding is not obeyed: a
// paste that says ISO-8859-1 went through a terminal and is read as it is.
func (sc *xmlScanner) instruction() {
	body := sc.skipPast(2, "?>")
	if len(body) >= 3 && strings.EqualFold(body[:3], "xml") && (len(body) == 3 || xmlSpace(body[3])) {
		sc.endDoc()
		sc.declared = true
	}
}

// declaration moves past <!DOCTYPE …> or any other <!…> without reading it. The internal
// subset between [ ] may define entities (the billion laughs); they are never expanded,
// so only quotes, brackets and comments are tracked to find the end.
func (sc *xmlScanner) declaration() {
	doctype := len(sc.s)-sc.pos >= 9 && strings.EqualFold(sc.s[sc.pos+2:sc.pos+9], "DOCTYPE")
	end, depth := len(sc.s), 0
scan:
	for i := sc.pos + 2; i < len(sc.s); i++ {
		switch c := sc.s[i]; {
		case c == '"' || c == '\'':
			j := strings.IndexByte(sc.s[i+1:], c)
			if j < 0 {
				break scan
			}
			i += j + 1
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case c == '>' && depth == 0:
			end = i + 1
			break scan
		case c == '<' && strings.HasPrefix(sc.s[i:], "<!--"):
			j := strings.Index(sc.s[i+4:], "-->")
			if j < 0 {
				break scan
			}
			i += 4 + j + 2
		}
	}
	sc.pos = end
	if doctype {
		sc.endDoc()
		sc.declared = true
	}
}

func (sc *xmlScanner) name() string {
	start := sc.pos
	for sc.pos < len(sc.s) && xmlNameByte(sc.s[sc.pos]) {
		sc.pos++
	}
	return sc.s[start:sc.pos]
}

// startTag reads `<name attr="v" …>` or `<name …/>`; a tag the paste cut off is opened
// as far as it goes.
func (sc *xmlScanner) startTag() {
	sc.pos++
	if sc.skipped > 0 || len(sc.stack)+sc.wraps >= maxDepth-1 {
		sc.skipTag() // open would drop it: no frame to build (8 KiB of "<a>" is 2,730 of them)
		return
	}
	f := &xmlFrame{name: xmlLocal(sc.name())}
	for sc.pos < len(sc.s) {
		switch c := sc.s[sc.pos]; {
		case c == '>':
			sc.pos++
			sc.open(f, false)
			return
		case c == '/' && sc.pos+1 < len(sc.s) && sc.s[sc.pos+1] == '>':
			sc.pos += 2
			sc.open(f, true)
			return
		case c == '<': // cut off before its '>': the next tag starts here
			sc.open(f, false)
			return
		case xmlNameStart(c):
			key := sc.name()
			sc.attribute(f, key, sc.attrValue())
		default: // junk between attributes (`@response=`, `[401]`) is passed over
			sc.pos++
		}
	}
	sc.open(f, false)
}

// skipTag passes over a tag that open would drop, as startTag reads it (a quoted
// attribute value may hold '>'), and counts it as skipped unless it closes itself.
func (sc *xmlScanner) skipTag() {
	sc.name()
	for sc.pos < len(sc.s) {
		switch c := sc.s[sc.pos]; {
		case c == '>':
			sc.pos++
			sc.skipped++
			return
		case c == '/' && sc.pos+1 < len(sc.s) && sc.s[sc.pos+1] == '>':
			sc.pos += 2
			return
		case c == '<':
			sc.skipped++
			return
		case c == '"' || c == '\'':
			if end := strings.IndexByte(sc.s[sc.pos+1:], c); end >= 0 {
				sc.pos += end + 2
			} else {
				sc.pos = len(sc.s)
			}
		default:
			sc.pos++
		}
	}
	sc.skipped++
}

// attrValue reads what follows an attribute name: a quoted value, a JSON-escaped one
// (`code=\"5\"`, XML logged inside a JSON string), a bare one, or none (HTML's
// `<hr noshade>`).
func (sc *xmlScanner) attrValue() string {
	i := sc.skipSpace(sc.pos)
	if i >= len(sc.s) || sc.s[i] != '=' {
		return ""
	}
	i = sc.skipSpace(i + 1)
	sc.pos = i
	switch {
	case i >= len(sc.s):
		return ""
	case sc.s[i] == '"' || sc.s[i] == '\'':
		return sc.skipPast(1, sc.s[i:i+1])
	case sc.s[i] == '\\' && i+1 < len(sc.s) && (sc.s[i+1] == '"' || sc.s[i+1] == '\''):
		return sc.skipPast(2, sc.s[i:i+2])
	}
	for i < len(sc.s) && !xmlSpace(sc.s[i]) && sc.s[i] != '>' && sc.s[i] != '<' {
		i++
	}
	start := sc.pos
	sc.pos = i
	return sc.s[start:i]
}

func (sc *xmlScanner) skipSpace(i int) int {
	for i < len(sc.s) && xmlSpace(sc.s[i]) {
		i++
	}
	return i
}

// attribute keeps an attribute as a member named without its prefix. Namespace
// declarations, xml:lang and the xsi: schema hints describe the document, not the error,
// and are dropped, so `<env:Text xml:lang="en">Sender Timeout</env:Text>` stays a string.
func (sc *xmlScanner) attribute(f *xmlFrame, key, raw string) {
	prefix, _, hasPrefix := strings.Cut(key, ":")
	switch {
	case key == "xmlns" || (hasPrefix && (prefix == "xmlns" || prefix == "xml")):
		return
	case hasPrefix && prefix == "xsi":
		if xmlLocal(key) == "nil" && strings.TrimSpace(raw) == "true" {
			f.null = true
		}
		return
	}
	var t xmlText
	xmlDecode(&t, raw)
	f.attrs.addFirst(xmlLocal(key), t.String())
}

// open starts an element, or completes it at once when it closed itself (`<detail/>`).
// In an HTML page, void elements (<br>, <meta>) are never closed and are left out.
// Elements deeper than maxDepth allows are counted, not built.
func (sc *xmlScanner) open(f *xmlFrame, selfClosed bool) {
	if sc.skipped > 0 || len(sc.stack)+sc.wraps >= maxDepth-1 {
		if !selfClosed {
			sc.skipped++
		}
		return
	}
	if len(sc.stack) == 0 && !sc.reading {
		sc.reading = true
		sc.html = strings.EqualFold(f.name, "html")
	}
	if len(sc.stack) > 0 && sc.stack[len(sc.stack)-1].endRun() {
		sc.content = true
	}
	if sc.html && xmlVoid(f.name) {
		return // <br>, <hr>, <meta>: layout, never part of the error
	}
	for _, a := range f.attrs.members {
		sc.content = sc.content || a.val != ""
	}
	if selfClosed {
		sc.closed = true
		sc.attach(f)
		return
	}
	sc.stack = append(sc.stack, f)
	sc.tallest = max(sc.tallest, len(sc.stack))
}

// attach gives a finished element to its parent, or to the document at the top level.
func (sc *xmlScanner) attach(f *xmlFrame) {
	if f.endRun() {
		sc.content = true
	}
	if len(sc.stack) == 0 {
		sc.doc.add(f.name, f.value())
		return
	}
	sc.stack[len(sc.stack)-1].kids.add(f.name, f.value())
}

func (sc *xmlScanner) pop() {
	f := sc.stack[len(sc.stack)-1]
	sc.stack = sc.stack[:len(sc.stack)-1]
	sc.attach(f)
}

// endTag closes the open element it names and any left open inside it (HTML's <p>, a
// paste that lost an end tag). An end tag that closes nothing is ignored, except after
// top-level elements, where it names the root whose start the paste lost.
func (sc *xmlScanner) endTag(name string) {
	if sc.skipped > 0 {
		sc.skipped--
		return
	}
	k := sc.match(name)
	if k < 0 {
		if len(sc.stack) == 0 && sc.reading && sc.wraps+sc.tallest < maxDepth-1 {
			inner := &object{members: sc.doc.members}
			sc.doc = memberList{}
			sc.doc.add(name, inner)
			sc.wraps++
			sc.closed = true
		}
		return
	}
	for len(sc.stack) > k {
		sc.pop()
	}
	sc.closed = true
}

// match finds the innermost open element named name, exactly or else ignoring case
// (`<HTML>…</html>`); -1 when none is.
func (sc *xmlScanner) match(name string) int {
	for k := len(sc.stack) - 1; k >= 0; k-- {
		if sc.stack[k].name == name {
			return k
		}
	}
	for k := len(sc.stack) - 1; k >= 0; k-- {
		if strings.EqualFold(sc.stack[k].name, name) {
			return k
		}
	}
	return -1
}

// chars takes character data. At the top level, text that is not blank ends the
// document: the body was inside a log line or an exception message, and what follows is
// not part of it.
func (sc *xmlScanner) chars(raw string, entities bool) {
	switch {
	case raw == "" || sc.skipped > 0:
	case len(sc.stack) == 0:
		if xmlTrim(raw) != "" {
			sc.endDoc()
		}
	case entities:
		xmlDecode(&sc.stack[len(sc.stack)-1].run, raw)
	default:
		sc.stack[len(sc.stack)-1].run.add(raw)
	}
}

// endDoc closes what the paste left open and keeps the document when it looks like a
// body (see xmlBodies).
func (sc *xmlScanner) endDoc() {
	for len(sc.stack) > 0 {
		sc.pop()
	}
	keep := sc.reading && (sc.closed || sc.declared) && sc.content && len(sc.doc.members) > 0
	if keep && len(sc.out) < maxXMLBodies {
		sc.out = append(sc.out, &object{members: sc.doc.members})
	}
	*sc = xmlScanner{s: sc.s, pos: sc.pos, stack: sc.stack[:0], out: sc.out}
}

// xmlDecode adds raw to t with the predefined and numeric character references decoded.
// Any other reference (`&nbsp;`, `&lol9;`) stays literal text: entities a DTD defines are
// never substituted.
func xmlDecode(t *xmlText, raw string) {
	for {
		i := strings.IndexByte(raw, '&')
		if i < 0 {
			t.add(raw)
			return
		}
		t.add(raw[:i])
		r, n := xmlEntity(raw[i:])
		if n == 0 {
			r, n = "&", 1
		}
		t.add(r)
		raw = raw[i+n:]
	}
}

// xmlEntity decodes the reference at the start of s, returning its text and length, or
// length 0 when it is not one it knows.
func xmlEntity(s string) (string, int) {
	end := strings.IndexByte(s[:min(len(s), 16)], ';')
	if end < 2 {
		return "", 0
	}
	switch name := s[1:end]; name {
	case "lt":
		return "<", end + 1
	case "gt":
		return ">", end + 1
	case "amp":
		return "&", end + 1
	case "quot":
		return `"`, end + 1
	case "apos":
		return "'", end + 1
	}
	if s[1] != '#' {
		return "", 0
	}
	digits, base := s[2:end], 10
	if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
		digits, base = digits[1:], 16
	}
	n, err := decimal.ParseUint(digits, base, 32)
	if err != nil || n == 0 || !utf8.ValidRune(rune(n)) {
		return "", 0
	}
	return string(rune(n)), end + 1
}

func xmlSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// xmlTrim trims whitespace, and the `\n` and `\t` escapes left where XML was logged inside
// a JSON string, from both ends of a run of text.
func xmlTrim(s string) string {
	for len(s) > 0 {
		if xmlSpace(s[0]) {
			s = s[1:]
		} else if len(s) > 1 && s[0] == '\\' && xmlEscapedSpace(s[1]) {
			s = s[2:]
		} else {
			break
		}
	}
	for len(s) > 0 {
		n := len(s)
		if xmlSpace(s[n-1]) {
			s = s[:n-1]
		} else if n > 1 && s[n-2] == '\\' && xmlEscapedSpace(s[n-1]) {
			s = s[:n-2]
		} else {
			break
		}
	}
	return s
}

func xmlEscapedSpace(c byte) bool { return c == 'n' || c == 'r' || c == 't' }

// xmlNameStart is a byte a tag name may start with. Digits and punctuation may not, so
// "<3", "<-- BODY" and "a < b" stay text.
func xmlNameStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80
}

func xmlNameByte(c byte) bool {
	return xmlNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':'
}

// xmlLocal drops a namespace prefix: providers document `Fault` and `faultcode`, whatever
// prefix the envelope bound.
func xmlLocal(name string) string {
	if i := strings.LastIndexByte(name, ':'); i >= 0 && i < len(name)-1 {
		return name[i+1:]
	}
	return name
}

// xmlVoid reports HTML's void elements, which an HTML error page never closes.
func xmlVoid(name string) bool {
	switch strings.ToLower(name) {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"param", "source", "track", "wbr":
		return true
	}
	return false
}

// formBody reads a form-encoded response (a=1&b=two%20words, or one pair per line) as
// an object; ok is false when text is not one.
//
// PayPal NVP, Payflow and Adyen's HPP answer this way. To tell such a body from prose or a
// URL, it takes at least two pairs and keys of word characters only; keys and values are
// URL-decoded, values stay strings.
// maxFormPairs bounds the pairs formBody reads: an answer has tens, a log of lines
// that happen to hold '=' may have thousands.
const maxFormPairs = 256

func formBody(text string) (*object, bool) {
	var body memberList
	pairs := 0
	for rest := strings.TrimSpace(text); rest != "" && pairs < maxFormPairs; {
		seg := rest
		if i := strings.IndexAny(rest, "&\r\n"); i >= 0 {
			seg, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		k, v, ok := strings.Cut(seg, "=")
		key := formUnescape(k)
		if !ok && pairs >= 2 && !strings.Contains(rest, "=") {
			break // words under the answer's lines: a question after it ("Any idea what is wrong?")
		}
		if !ok || !formKey(key) {
			return nil, false
		}
		if strings.HasPrefix(v, `"`) {
			// A quoted value, as Ruby and loggers print pairs: name="RISK_DECLINE",
			// message="Transaction was declined", information_link="…". What follows its
			// closing quote is the next pair.
			v = v[1:]
			if end := strings.IndexByte(v, '"'); end >= 0 {
				if next := strings.TrimLeft(v[end+1:], " ,"); next != "" {
					rest = next + "\n" + rest
				}
				v = v[:end]
			}
			body.add(key, v)
			pairs++
			continue
		}
		if spacedPairs(v) {
			return nil, false // logfmt's pairs on one line (error_code=None error_message='…'): the log reader's
		}
		body.add(key, formUnescape(v))
		pairs++
	}
	if pairs < 2 {
		return nil, false
	}
	return adaptiveEnvelope(&object{members: body.members}), true
}

// adaptiveEnvelope nests the flat pairs of PayPal's Adaptive Payments NVP answer
// (responseEnvelope.ack=Failure&…&error(0).errorId=550001&error(0).message=…) the way
// its JSON answer has them: {"responseEnvelope": {"ack"}, "error": [{"errorId"}]}, the
// first error only (the one read); error(1).… pairs stay as they are. Any other form
// body is returned as it is.
func adaptiveEnvelope(o *object) *object {
	if o.get("responseEnvelope.ack") == nil {
		return o
	}
	env, first := &object{}, &object{}
	out := &object{members: []member{{key: "responseEnvelope", val: env}}}
	for _, m := range o.members {
		switch {
		case strings.HasPrefix(m.key, "responseEnvelope."):
			env.add(m.key[len("responseEnvelope."):], m.val)
		case strings.HasPrefix(m.key, "error(0)."):
			first.add(m.key[len("error(0)."):], m.val)
		default:
			out.members = append(out.members, m)
		}
	}
	if len(first.members) > 0 {
		out.add("error", []any{first})
	}
	return out
}

func formKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c != '_' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && (c != '.' || i == 0) &&
			!(c == '(' || c == ')') || (c == '(' || c == ')') && !strings.HasPrefix(k, "error(") {
			return false // a dotted name stands: Adyen's paymentResult.resultCode; PayPal's error(0).errorId
		}
	}
	return true
}

// formUnescape decodes %XX and '+'; a '%' that starts no escape stays as it is, since a
// Payflow RESPMSG is sent raw and may hold one.
func formUnescape(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		hi, okHi := formHex(s, i+1)
		lo, okLo := formHex(s, i+2)
		switch {
		case s[i] == '+':
			b = append(b, ' ')
		case s[i] == '%' && okHi && okLo:
			b = append(b, hi<<4|lo)
			i += 2
		default:
			b = append(b, s[i])
		}
	}
	return string(b)
}

func formHex(s string, i int) (byte, bool) {
	if i >= len(s) {
		return 0, false
	}
	switch c := s[i]; {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// spacedPairs reports whether a form value holds more pairs after a space, as logfmt
// writes them on one line ("None error_message='Invalid API Key' error_param=None").
func spacedPairs(v string) bool {
	for i := strings.IndexByte(v, ' '); i >= 0; {
		j := i + 1
		for j < len(v) && (v[j] == '_' || v[j] >= 'a' && v[j] <= 'z' || v[j] >= 'A' && v[j] <= 'Z' || v[j] >= '0' && v[j] <= '9' && j > i+1) {
			j++
		}
		if j > i+1 && j < len(v) && v[j] == '=' {
			return true
		}
		k := strings.IndexByte(v[i+1:], ' ')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
