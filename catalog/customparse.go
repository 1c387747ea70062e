package catalog

import (
	"bytes"
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/decifra/decifra/internal/decimal"
)

// The custom catalog format (web/static/decifra-catalog.schema.json describes the same
// thing for editors and other tools). Member names are camelCase, as in most JSON APIs a
// portal documents. A text is a JSON string (English) or an object {"en", "pt-BR", "es"}
// whose "en" is required; the other languages fall back to English.
//
//	{
//	  "$schema": "https://decifra.example/static/decifra-catalog.schema.json",
//	  "version": 1,
//	  "id": "acmepay",
//	  "name": "AcmePay",
//	  "hosts": ["api.acmepay.example"],
//	  "docsUrl": "https://docs.acmepay.example/errors",
//	  "idempotencyHeader": "Idempotency-Key",
//	  "body": {"code": "error.code", "message": "error.message", "requestId": "error.request_id",
//	           "envelope": ["error.type", "error.code"]},
//	  "codes": [
//	    {"code": "card_declined", "status": 402, "category": "business_rule", "retry": "fix",
//	     "title": "Card declined", "meaning": "…", "fix": ["…"]}
//	  ]
//	}
//
// ParseCatalog is strict: an unknown member, a value of the wrong type or outside its
// set, a code listed twice, each is a Problem with its JSON pointer, so that a typo in a
// portal's file shows at once rather than silently losing a field.

// CatalogError is ParseCatalog's error: every problem found in one catalog.
type CatalogError struct {
	Origin   string    // the file or URL the catalog came from, as given to ParseCatalog
	Problems []Problem // at least one, in the document's order
}

// Problem is one thing wrong in a catalog.
type Problem struct {
	// Path is a JSON pointer (RFC 6901) to the member at fault, "/codes/3/retry"; "" is
	// the whole document.
	Path     string
	Expected string // what the format wants there
	Found    string // what the catalog has
}

// Error lists each problem on its own line: "origin: /path: expected X, found Y".
func (e *CatalogError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.line(e.Origin))
	}
	return b.String()
}

func (p Problem) line(origin string) string {
	s := origin + ": "
	if p.Path != "" {
		s += p.Path + ": "
	}
	return s + "expected " + p.Expected + ", found " + p.Found
}

// maxProblems bounds a CatalogError: past it, one last problem says how many more there were.
const maxProblems = 1000

// maxDepth bounds the nesting of a catalog; the format itself needs six levels.
const maxDepth = 16

// The members the format accepts, per object. They are the parser's whole vocabulary: an
// object member not listed is a problem, and a test holds the schema to the same lists.
var (
	catalogMembers     = []string{"$schema", "version", "id", "name", "masculine", "hosts", "docsUrl", "idempotencyHeader", "rateLimitHeaders", "support", "bodyShape", "source", "overrides", "codesInferred", "retryHeaders", "cues", "body", "codes"}
	bodyMembers        = []string{"code", "message", "requestId", "details", "envelope"}
	codeMembers        = []string{"code", "context", "status", "category", "title", "meaning", "fix", "retry", "retryWhy", "idempotency", "match", "source"}
	retryHeaderMembers = []string{"header", "value", "strategy", "when", "why", "source"}
	cueMembers         = []string{"text", "kind", "status", "code"}
	textMembers        = []string{"en", "pt-BR", "es"}

	// The members each object must have.
	catalogRequired     = []string{"version", "id", "name", "codes"}
	codeRequired        = []string{"code", "category", "title", "retry"}
	retryHeaderRequired = []string{"header", "value", "strategy", "when"}
	cueRequired         = []string{"text", "kind"}
)

// cueKinds are the JSON names of the CueKind values, in their order.
var cueKinds = [...]string{SDKClass: "sdk_class", SDKPath: "sdk_path", Name: "name", APIMark: "api_mark", Plugin: "plugin", SDKMessage: "sdk_message"}

// FormatVersion is the catalog format's version, the value of its "version" member.
const FormatVersion = 1

// idPattern is the provider id's pattern, as the schema writes it; validID checks it by
// hand: a package-level regexp would be compiled at every start of the Worker and would
// bring the regexp package into the page's wasm.
const idPattern = `^[a-z][a-z0-9-]{1,39}$`

func validID(s string) bool {
	if len(s) < 2 || len(s) > 40 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// ParseCatalog reads a custom catalog (the JSON format described above and in
// decifra-catalog.schema.json) into a provider that decode consults beside the built-in
// ones. origin names where the catalog came from (a file name or URL); it prefixes every
// problem and is the provider's Origin. The error is a *CatalogError listing every
// problem found. ParseCatalog never panics, and refuses more than MaxCatalogBytes or
// MaxCatalogCodes outright. Texts are kept as they are written: they are plain text, shown
// as text, never as markup.
func ParseCatalog(data []byte, origin string) (*Provider, error) {
	ps := &parser{}
	p := ps.parse(data)
	if len(ps.problems) > 0 {
		if ps.root != nil {
			at := make(map[string]int, len(ps.problems))
			for _, pr := range ps.problems {
				at[pr.Path] = ps.root.offset(pr.Path)
			}
			sort.SliceStable(ps.problems, func(i, j int) bool { return at[ps.problems[i].Path] < at[ps.problems[j].Path] })
		}
		if ps.dropped > 0 {
			ps.problems = append(ps.problems, Problem{Expected: "fewer problems", Found: strconv.Itoa(ps.dropped) + " more, not listed"})
		}
		return nil, &CatalogError{Origin: origin, Problems: ps.problems}
	}
	p.origin = origin
	return p, nil
}

// parser gathers the problems of one catalog.
type parser struct {
	root     *node
	problems []Problem
	dropped  int
}

func (ps *parser) add(path, expected, found string) {
	if len(ps.problems) >= maxProblems {
		ps.dropped++
		return
	}
	ps.problems = append(ps.problems, Problem{Path: path, Expected: expected, Found: found})
}

func (ps *parser) parse(data []byte) *Provider {
	if len(data) > MaxCatalogBytes {
		ps.add("", "a catalog of at most "+strconv.Itoa(MaxCatalogBytes)+" bytes (2 MiB)", strconv.Itoa(len(data))+" bytes")
		return nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if hint := encodingHint(data); hint != "" {
		ps.add("", "a JSON document in UTF-8", hint)
		return nil
	}
	root, err := readDocument(data)
	if err != nil {
		ps.add("", "a JSON document", err.Error())
		return nil
	}
	ps.root = root
	return ps.provider(root)
}

// encodingHint says what a document that is not UTF-8 JSON probably is; "" when it is
// UTF-8.
func encodingHint(data []byte) string {
	switch {
	case len(data) >= 2 && (data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff),
		len(data) >= 4 && (data[0] == 0 && data[2] == 0 || data[1] == 0 && data[3] == 0):
		return "UTF-16 text, probably (save the file as UTF-8)"
	case !utf8.Valid(data):
		i := 0
		for i < len(data) {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		line, col := position(data, int64(i))
		return "a byte that is not UTF-8 at line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + " (Latin-1 or Windows-1252 text, probably: save the file as UTF-8)"
	}
	return ""
}

// position is the 1-based line and column (in bytes) of offset in data.
func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// node is one JSON value, with an object's members in document order (encoding/json's
// maps would lose both the order and a member written twice) and where it starts.
type node struct {
	kind    byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' boolean, 'z' null
	at      int  // the offset of its first byte
	text    string
	boolean bool
	members []member
	items   []*node
	byName  map[string]*node // members by name, built by offset for a large object
}

type member struct {
	name  string
	value *node
}

// readDocument parses data (UTF-8, RFC 8259) into a tree, or says where and why it is
// not JSON, guessing the usual mistakes of a hand-written file. It is its own small
// reader rather than encoding/json's Decoder.Token, which allocates per token and takes
// ten times as long on a catalog of 5,000 codes.
func readDocument(data []byte) (*node, error) {
	if t := bytes.TrimSpace(data); len(t) == 0 {
		return nil, errors.New("an empty file")
	} else if t[0] == '<' {
		return nil, errors.New("markup, not JSON (an HTML error page in place of the catalog?)")
	}
	r := &jsonReader{data: data}
	root := r.value(0)
	if r.err == nil {
		r.space()
		if r.pos < len(data) {
			r.fail("more JSON after the catalog's closing brace")
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	return root, nil
}

// jsonReader reads one JSON document; the first error stops it.
type jsonReader struct {
	data []byte
	pos  int
	err  error
}

func (r *jsonReader) fail(msg string) {
	if r.err != nil {
		return
	}
	if r.pos >= len(r.data) {
		r.err = errors.New("the end of the file in the middle of a value (a missing } or ], or the file was cut off)")
		return
	}
	line, col := position(r.data, int64(r.pos))
	r.err = errors.New(msg + " at line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col))
}

func (r *jsonReader) space() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// unexpected describes the byte at pos for an error.
func (r *jsonReader) unexpected(want string) {
	if r.pos >= len(r.data) {
		r.fail("")
		return
	}
	c := r.data[r.pos]
	switch {
	case c == '/' && r.pos+1 < len(r.data) && (r.data[r.pos+1] == '/' || r.data[r.pos+1] == '*'):
		r.fail("a comment, which JSON does not allow,")
	case c == '\'':
		r.fail("a single quote (JSON strings take double quotes)")
	case (c == '}' || c == ']') && want == "a value":
		r.fail("a trailing comma before " + string(c))
	default:
		ch, _ := utf8.DecodeRune(r.data[r.pos:])
		r.fail("found " + QuoteRune(ch) + " where " + want + " should be")
	}
}

func (r *jsonReader) value(depth int) *node {
	r.space()
	if r.pos >= len(r.data) {
		r.fail("")
		return nil
	}
	n := &node{at: r.pos}
	switch c := r.data[r.pos]; {
	case c == '{' || c == '[':
		if depth >= maxDepth {
			r.fail("values nested more than " + strconv.Itoa(maxDepth) + " deep")
			return nil
		}
		r.pos++
		n.kind = 'a'
		end := byte(']')
		if c == '{' {
			n.kind, end = 'o', '}'
		}
		r.space()
		if r.pos < len(r.data) && r.data[r.pos] == end {
			r.pos++
			return n
		}
		for r.err == nil {
			if n.kind == 'o' {
				r.space()
				if r.pos >= len(r.data) || r.data[r.pos] != '"' {
					if r.pos < len(r.data) && r.data[r.pos] == '}' {
						r.fail("a trailing comma before }")
					} else {
						r.unexpected("a member name in double quotes")
					}
					return nil
				}
				name := r.str()
				r.space()
				if r.pos >= len(r.data) || r.data[r.pos] != ':' {
					r.unexpected("a colon after the member name")
					return nil
				}
				r.pos++
				v := r.value(depth + 1)
				n.members = append(n.members, member{name, v})
			} else {
				n.items = append(n.items, r.value(depth+1))
			}
			r.space()
			switch {
			case r.err != nil:
			case r.pos >= len(r.data):
				r.fail("")
			case r.data[r.pos] == ',':
				r.pos++
			case r.data[r.pos] == end:
				r.pos++
				return n
			default:
				r.unexpected("a comma or " + string(end))
			}
		}
		return nil
	case c == '"':
		n.kind, n.text = 's', r.str()
	case c == '-' || c >= '0' && c <= '9':
		n.kind, n.text = 'n', r.number()
	case bytes.HasPrefix(r.data[r.pos:], []byte("true")):
		n.kind, n.boolean = 'b', true
		r.pos += 4
	case bytes.HasPrefix(r.data[r.pos:], []byte("false")):
		n.kind = 'b'
		r.pos += 5
	case bytes.HasPrefix(r.data[r.pos:], []byte("null")):
		n.kind = 'z'
		r.pos += 4
	default:
		r.unexpected("a value")
	}
	return n
}

// str reads a string at pos (its opening quote).
func (r *jsonReader) str() string {
	r.pos++
	start := r.pos
	for r.pos < len(r.data) { // the usual case: no escapes, one slice
		c := r.data[r.pos]
		if c == '"' {
			r.pos++
			return string(r.data[start : r.pos-1])
		}
		if c == '\\' || c < 0x20 {
			break
		}
		r.pos++
	}
	buf := append([]byte(nil), r.data[start:r.pos]...)
	for r.pos < len(r.data) {
		c := r.data[r.pos]
		switch {
		case c == '"':
			r.pos++
			return string(buf)
		case c < 0x20:
			r.fail("a control character inside a string (write a line break as \\n)")
			return ""
		case c != '\\':
			buf = append(buf, c)
			r.pos++
			continue
		}
		if r.pos+1 >= len(r.data) {
			break
		}
		r.pos += 2
		switch e := r.data[r.pos-1]; e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			ch, ok := r.hex4()
			if !ok {
				return ""
			}
			if utf16.IsSurrogate(ch) {
				ch2 := rune(-1)
				if bytes.HasPrefix(r.data[r.pos:], []byte("\\u")) {
					save := r.pos
					r.pos += 2
					if ch2, ok = r.hex4(); !ok {
						return ""
					}
					if utf16.DecodeRune(ch, ch2) == utf8.RuneError {
						r.pos = save
					}
				}
				ch = utf16.DecodeRune(ch, ch2)
			}
			buf = utf8.AppendRune(buf, ch)
		default:
			r.pos -= 2
			r.fail("an unknown escape \\" + string(rune(e)) + " in a string")
			return ""
		}
	}
	r.pos = len(r.data)
	r.fail("")
	return ""
}

func (r *jsonReader) hex4() (rune, bool) {
	if r.pos+4 > len(r.data) {
		r.pos = len(r.data)
		r.fail("")
		return 0, false
	}
	v, err := decimal.ParseUint(string(r.data[r.pos:r.pos+4]), 16, 16)
	if err != nil {
		r.fail("a \\u escape without four hex digits")
		return 0, false
	}
	r.pos += 4
	return rune(v), true
}

// number reads a number as RFC 8259 writes it and returns its text.
func (r *jsonReader) number() string {
	start := r.pos
	digits := func() int {
		n := 0
		for r.pos < len(r.data) && r.data[r.pos] >= '0' && r.data[r.pos] <= '9' {
			r.pos++
			n++
		}
		return n
	}
	if r.data[r.pos] == '-' {
		r.pos++
	}
	if r.pos < len(r.data) && r.data[r.pos] == '0' {
		r.pos++
	} else if digits() == 0 {
		r.unexpected("a digit")
		return ""
	}
	if r.pos < len(r.data) && r.data[r.pos] == '.' {
		r.pos++
		if digits() == 0 {
			r.unexpected("a digit after the decimal point")
			return ""
		}
	}
	if r.pos < len(r.data) && (r.data[r.pos] == 'e' || r.data[r.pos] == 'E') {
		r.pos++
		if r.pos < len(r.data) && (r.data[r.pos] == '+' || r.data[r.pos] == '-') {
			r.pos++
		}
		if digits() == 0 {
			r.unexpected("a digit in the exponent")
			return ""
		}
	}
	return string(r.data[start:r.pos])
}

// offset is where the value at a JSON pointer starts, or the nearest one that is there
// (a missing member's object): problems are listed in the document's order.
func (n *node) offset(pointer string) int {
	at := n.at
	for steps, more := strings.TrimPrefix(pointer, "/"), true; more; {
		var step string
		step, steps, more = strings.Cut(steps, "/")
		if pointer == "" || n == nil {
			break
		}
		step = strings.ReplaceAll(strings.ReplaceAll(step, "~1", "/"), "~0", "~")
		var next *node
		switch n.kind {
		case 'o':
			if len(n.members) > 16 { // a hostile object of many members costs one map, not a scan per problem
				if n.byName == nil {
					n.byName = make(map[string]*node, len(n.members))
					for _, m := range n.members {
						if _, ok := n.byName[m.name]; !ok {
							n.byName[m.name] = m.value
						}
					}
				}
				next = n.byName[step]
				break
			}
			for _, m := range n.members {
				if m.name == step {
					next = m.value
					break
				}
			}
		case 'a':
			if i, err := decimal.Atoi(step); err == nil && i >= 0 && i < len(n.items) {
				next = n.items[i]
			}
		}
		if n = next; n != nil {
			at = n.at
		}
	}
	return at
}

// describe says what a value is, for a problem's Found.
func describe(n *node) string {
	if n == nil {
		return "nothing"
	}
	switch n.kind {
	case 'o':
		return "an object"
	case 'a':
		if len(n.items) == 0 {
			return "an empty array"
		}
		return "an array"
	case 's':
		if strings.TrimSpace(n.text) == "" {
			return "an empty string"
		}
		return "the string " + quote(n.text)
	case 'n':
		return "the number " + n.text
	case 'b':
		return strconv.FormatBool(n.boolean)
	}
	return "null"
}

// quote quotes s for a problem, shortened to 60 runes.
func quote(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:57]) + "…"
	}
	return Quote(s)
}

// pointer appends a member name or index to a JSON pointer, escaped as RFC 6901 says.
func pointer(path, step string) string {
	return path + "/" + strings.ReplaceAll(strings.ReplaceAll(step, "~", "~0"), "/", "~1")
}

func index(path string, i int) string { return path + "/" + strconv.Itoa(i) }

// object checks that n is an object with only known members, each once, and returns them
// by name. what names the object for a problem ("a code").
func (ps *parser) object(path string, n *node, what string, known []string) map[string]*node {
	if n == nil || n.kind != 'o' {
		ps.add(path, what+" (a JSON object)", describe(n))
		return nil
	}
	out := make(map[string]*node, len(n.members))
	for _, m := range n.members {
		p := pointer(path, m.name)
		if !slices.Contains(known, m.name) {
			if len(ps.problems) >= maxProblems { // past the cap, count without composing
				ps.dropped++
				continue
			}
			found := "the member " + quote(m.name)
			if near := closestName(m.name, known); near != "" {
				found += " (did you mean " + Quote(near) + "?)"
			}
			ps.add(p, "a member of "+what+": "+strings.Join(known, ", "), found)
			continue
		}
		if _, dup := out[m.name]; dup {
			ps.add(p, "each member once", quote(m.name)+" a second time")
			continue
		}
		out[m.name] = m.value
	}
	return out
}

// closestName is the known member name nearest to name (a typo, another case, snake
// case for camel case), or "" when none is near.
func closestName(name string, known []string) string {
	norm := func(s string) string {
		return strings.ToLower(strings.Map(func(r rune) rune {
			if r == '_' || r == '-' {
				return -1
			}
			return r
		}, s))
	}
	best, bestD := "", 3
	for _, k := range known {
		d := editDistance(norm(name), norm(k), bestD)
		if d < bestD {
			best, bestD = k, d
		}
	}
	if len(name) <= 3 && bestD > 1 {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance of a and b, or limit when it is at least that.
// (decode.Closest does the same for ids; catalog cannot import decode.)
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}

// missing reports a required member that is absent.
func (ps *parser) missing(path, name, expected string) {
	ps.add(pointer(path, name), expected, "nothing (the member is required)")
}

// str returns n's string; a problem when n is present and not a non-empty string of
// plain text. expected describes the value ("a code").
func (ps *parser) str(path string, n *node, expected string) string {
	if n == nil {
		return ""
	}
	if n.kind != 's' || strings.TrimSpace(n.text) == "" {
		ps.add(path, expected, describe(n))
		return ""
	}
	if r, ok := controlRune(n.text); ok {
		ps.add(path, expected+" without control characters", "the string "+quote(n.text)+" with "+QuoteRuneToASCII(r))
		return ""
	}
	return n.text
}

// controlRune finds a control character other than tab and newline: a text from a
// catalog reaches terminals, and an escape sequence in it could rewrite what they show.
func controlRune(s string) (rune, bool) {
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r < 0xa0 || r == 0x2028 || r == 0x2029 {
			return r, true
		}
	}
	return 0, false
}

func (ps *parser) boolean(path string, n *node) bool {
	if n == nil {
		return false
	}
	if n.kind != 'b' {
		ps.add(path, "true or false", describe(n))
		return false
	}
	return n.boolean
}

// status returns an HTTP status from 100 to 599; 0 when n is absent or wrong.
func (ps *parser) status(path string, n *node) int {
	if n == nil {
		return 0
	}
	i, err := decimal.Atoi(n.text)
	if n.kind != 'n' || err != nil || i < 100 || i > 599 {
		ps.add(path, "an HTTP status, an integer from 100 to 599", describe(n))
		return 0
	}
	return i
}

// text returns a text: a string (English) or an object of languages, English required.
func (ps *parser) text(path string, n *node, expected string) Text {
	if n == nil {
		return Text{}
	}
	if n.kind == 's' {
		return Text{EN: ps.str(path, n, expected)}
	}
	if n.kind != 'o' {
		ps.add(path, expected+": a string (English) or an object {\"en\", \"pt-BR\", \"es\"}", describe(n))
		return Text{}
	}
	m := ps.textObject(path, n)
	var t Text
	if m["en"] == nil {
		ps.missing(path, "en", "the text in English")
	}
	t.EN = ps.str(pointer(path, "en"), m["en"], "the text in English")
	t.PT = ps.str(pointer(path, "pt-BR"), m["pt-BR"], "the text in Brazilian Portuguese")
	t.ES = ps.str(pointer(path, "es"), m["es"], "the text in Spanish")
	return t
}

// textObject is object for a text's languages, with a hint for the usual misspellings of
// the language tags.
func (ps *parser) textObject(path string, n *node) map[string]*node {
	out := make(map[string]*node, len(n.members))
	for _, m := range n.members {
		p := pointer(path, m.name)
		switch {
		case slices.Contains(textMembers, m.name):
			if out[m.name] != nil {
				ps.add(p, "each language once", quote(m.name)+" a second time")
				continue
			}
			out[m.name] = m.value
		default:
			found := "the language " + quote(m.name)
			switch l := ParseLang(m.name); {
			case l != English || strings.HasPrefix(strings.ToLower(m.name), "en"):
				found += " (did you mean " + Quote(string(l)) + "?)"
			}
			ps.add(p, "a language of the text: en, pt-BR or es", found)
		}
	}
	return out
}

// strings returns a list: an array of strings, or (when one is allowed) a single string.
func (ps *parser) list(path string, n *node, expected string, single bool, check func(path, s string)) []string {
	if n == nil {
		return nil
	}
	if single && n.kind == 's' {
		s := ps.str(path, n, expected)
		if s != "" {
			check(path, s)
			return []string{s}
		}
		return nil
	}
	if n.kind != 'a' {
		want := "an array of " + expected
		if single {
			want = expected + ", or an array of them"
		}
		ps.add(path, want, describe(n))
		return nil
	}
	out := make([]string, 0, len(n.items))
	for i, it := range n.items {
		p := index(path, i)
		s := ps.str(p, it, expected)
		if s == "" {
			continue
		}
		if slices.Contains(out, s) {
			ps.add(p, expected+" not already listed", quote(s)+" a second time")
			continue
		}
		check(p, s)
		out = append(out, s)
	}
	return out
}

func (ps *parser) provider(root *node) *Provider {
	if root.kind == 'o' { // too many codes is the one thing to say, whatever else is wrong
		for _, mem := range root.members {
			if mem.name == "codes" && mem.value.kind == 'a' && len(mem.value.items) > MaxCatalogCodes {
				ps.add("/codes", "at most "+strconv.Itoa(MaxCatalogCodes)+" codes", strconv.Itoa(len(mem.value.items))+" codes")
				return nil
			}
		}
	}
	m := ps.object("", root, "a catalog", catalogMembers)
	if m == nil {
		return nil
	}
	for _, req := range catalogRequired {
		if m[req] == nil {
			ps.missing("", req, map[string]string{"version": "the format's version, 1", "id": "the provider's id",
				"name": "the provider's name", "codes": "the provider's codes, an array"}[req])
		}
	}
	p := &Provider{}
	ps.str("/$schema", m["$schema"], "the URL of the catalog's JSON schema")
	if v := m["version"]; v != nil && (v.kind != 'n' || v.text != strconv.Itoa(FormatVersion)) {
		ps.add("/version", "1, the only version of the format", describe(v))
	}

	if id := ps.str("/id", m["id"], "the provider's id"); id != "" {
		if validID(id) {
			p.id = id
		} else {
			ps.add("/id", "an id of 2 to 40 lower-case letters, digits and hyphens, starting with a letter (like \"acmepay\" or \"acme-pix\")", describe(m["id"]))
		}
	}
	name := ps.text("/name", m["name"], "the provider's name")
	p.name = name.EN
	if name.PT != "" || name.ES != "" {
		p.localName = Text{PT: name.PT, ES: name.ES}
	}
	p.masculine = ps.boolean("/masculine", m["masculine"])
	p.hosts = ps.list("/hosts", m["hosts"], "a host name", false, ps.checkHost)
	p.docsURL = ps.str("/docsUrl", m["docsUrl"], "the URL of the provider's error reference")
	if p.docsURL != "" {
		ps.checkURL("/docsUrl", p.docsURL)
	}
	if v := m["idempotencyHeader"]; v != nil {
		if s := ps.str("/idempotencyHeader", v, "a request header name"); s != "" {
			ps.checkHeader("/idempotencyHeader", s)
			p.idempotencyHeader = s
		}
	}
	p.rateLimitHeaders = ps.list("/rateLimitHeaders", m["rateLimitHeaders"], "a response header name", false, ps.checkHeader)
	p.support = ps.text("/support", m["support"], "what to send to the provider's support")
	p.envelope = ps.text("/bodyShape", m["bodyShape"], "a description of the error body, for people")
	p.source = ps.str("/source", m["source"], "where the catalog's facts come from")
	p.overrides = ps.boolean("/overrides", m["overrides"])
	p.codesInferred = ps.boolean("/codesInferred", m["codesInferred"])
	if p.id != "" {
		switch builtin := ByID(p.id) != nil; {
		case builtin && !p.overrides:
			ps.add("/id", "an id no built-in provider has, or \"overrides\": true to put your codes first", "\""+p.id+"\", a built-in provider's id")
		case !builtin && p.overrides && m["overrides"] != nil:
			ps.add("/overrides", "false or nothing: \"overrides\" is for a catalog whose id is a built-in provider's", "true, and no built-in provider has the id \""+p.id+"\"")
		}
	}
	p.retryHeaders = ps.retryHeaders("/retryHeaders", m["retryHeaders"])
	p.cues = ps.cues("/cues", m["cues"])
	if v := m["body"]; v != nil {
		p.body = ps.body("/body", v)
	}
	p.entries = ps.codes("/codes", m["codes"])
	return p
}

// checkHost checks a host name: lower case, no scheme, port or path.
func (ps *parser) checkHost(path, h string) {
	bad := ""
	switch {
	case strings.Contains(h, "://"), strings.ContainsAny(h, "/:?#@"):
		bad = " (a host name only, without the scheme, port or path)"
	case h != strings.ToLower(h):
		bad = " (in lower case)"
	case !validHost(h):
		bad = ""
	default:
		return
	}
	ps.add(path, "a host name like api.example.com"+bad, "the string "+quote(h))
}

func validHost(h string) bool {
	if len(h) > 253 || h != "localhost" && !strings.Contains(h, ".") {
		return false
	}
	for labels, more := h, true; more; {
		var label string
		label, labels, more = strings.Cut(labels, ".")
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				return false
			}
		}
	}
	return true
}

// checkURL checks an https URL (or http on the local machine, for a portal in development).
// It is checked by hand: net/url would bring fmt and reflect into the page's wasm.
func (ps *parser) checkURL(path, s string) {
	if host, ok := urlHost(s); ok && (strings.HasPrefix(s, "https://") || host == "localhost" || host == "127.0.0.1") {
		return
	}
	ps.add(path, "an https URL (or http://localhost)", "the string "+quote(s))
}

// urlHost is the host name of an http or https URL without user info, and whether s is
// one: a scheme, "//", a host (with a port, perhaps), then a path, query or fragment or
// nothing, and no blanks or control characters anywhere.
func urlHost(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "http://"); !ok {
			return "", false
		}
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == '\\' {
			return "", false
		}
	}
	authority := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority = rest[:i]
	}
	if strings.Contains(authority, "@") {
		return "", false
	}
	host := authority
	if i := strings.LastIndexByte(authority, ':'); i >= 0 {
		port := authority[i+1:]
		if port == "" || len(port) > 5 || strings.Trim(port, "0123456789") != "" {
			return "", false
		}
		host = authority[:i]
	}
	host = strings.ToLower(host)
	return host, host == "127.0.0.1" || validHost(host)
}

// checkHeader checks an HTTP field name (RFC 9110, 5.1: a token).
func (ps *parser) checkHeader(path, s string) {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!#$%&'*+-.^_`|~", r)) {
			ps.add(path, "an HTTP header name like Idempotency-Key", "the string "+quote(s))
			return
		}
	}
}

// checkPath checks a dotted member path ("error.code", "errors.0.message").
func (ps *parser) checkPath(path, s string) {
	if slices.Contains(strings.Split(s, "."), "") || strings.TrimSpace(s) != s {
		ps.add(path, "a dotted member path like error.code or errors.0.message", "the string "+quote(s))
	}
}

func (ps *parser) body(path string, n *node) *Body {
	m := ps.object(path, n, "the body", bodyMembers)
	if m == nil {
		return nil
	}
	if len(n.members) == 0 {
		ps.add(path, "at least one of "+strings.Join(bodyMembers, ", "), "an empty object")
		return nil
	}
	const what = "a dotted member path"
	return &Body{
		Code:      ps.list(pointer(path, "code"), m["code"], what, true, ps.checkPath),
		Message:   ps.list(pointer(path, "message"), m["message"], what, true, ps.checkPath),
		RequestID: ps.list(pointer(path, "requestId"), m["requestId"], what, true, ps.checkPath),
		Details:   ps.list(pointer(path, "details"), m["details"], what, true, ps.checkPath),
		Envelope:  ps.list(pointer(path, "envelope"), m["envelope"], what, true, ps.checkPath),
	}
}

// enum returns n's value when it is one of values; a problem otherwise.
func enum[T ~string](ps *parser, path string, n *node, what string, values []T) T {
	if n == nil {
		return ""
	}
	for _, v := range values {
		if n.kind == 's' && string(v) == n.text {
			return v
		}
	}
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = string(v)
	}
	found := describe(n)
	if n.kind == 's' {
		if near := closestName(n.text, names); near != "" {
			found += " (did you mean " + Quote(near) + "?)"
		}
	}
	ps.add(path, what+": one of "+strings.Join(names, ", "), found)
	return ""
}

// array returns n's items, a problem when n is present and not an array.
func (ps *parser) array(path string, n *node, what string) []*node {
	if n == nil {
		return nil
	}
	if n.kind != 'a' {
		ps.add(path, "an array of "+what, describe(n))
		return nil
	}
	return n.items
}

func (ps *parser) retryHeaders(path string, n *node) []HeaderRule {
	var out []HeaderRule
	for i, it := range ps.array(path, n, "retry headers") {
		p := index(path, i)
		m := ps.object(p, it, "a retry header", retryHeaderMembers)
		if m == nil {
			continue
		}
		for _, req := range retryHeaderRequired {
			if m[req] == nil {
				ps.missing(p, req, "the retry header's "+req)
			}
		}
		h := HeaderRule{
			Header:   ps.str(pointer(p, "header"), m["header"], "a response header name"),
			Value:    ps.str(pointer(p, "value"), m["value"], "the header's value"),
			Strategy: enum(ps, pointer(p, "strategy"), m["strategy"], "a retry strategy", Strategies[:]),
			Why:      ps.text(pointer(p, "why"), m["why"], "the reason shown for the strategy"),
			Source:   ps.text(pointer(p, "source"), m["source"], "where the strategy comes from"),
		}
		if h.Header != "" {
			ps.checkHeader(pointer(p, "header"), h.Header)
		}
		for j, w := range ps.array(pointer(p, "when"), m["when"], "retry strategies") {
			if s := enum(ps, index(pointer(p, "when"), j), w, "a retry strategy", Strategies[:]); s != "" {
				h.When = append(h.When, s)
			}
		}
		if m["when"] != nil && m["when"].kind == 'a' && len(m["when"].items) == 0 {
			ps.add(pointer(p, "when"), "at least one retry strategy the header overrides", "an empty array")
		}
		out = append(out, h)
	}
	return out
}

func (ps *parser) cues(path string, n *node) []Cue {
	var out []Cue
	for i, it := range ps.array(path, n, "cues") {
		p := index(path, i)
		m := ps.object(p, it, "a cue", cueMembers)
		if m == nil {
			continue
		}
		for _, req := range cueRequired {
			if m[req] == nil {
				ps.missing(p, req, "the cue's "+req)
			}
		}
		c := Cue{
			Text:   ps.str(pointer(p, "text"), m["text"], "the text that points to the provider"),
			Status: ps.status(pointer(p, "status"), m["status"]),
			Code:   ps.str(pointer(p, "code"), m["code"], "the code the cue stands for"),
		}
		kind := enum(ps, pointer(p, "kind"), m["kind"], "a cue kind", cueKinds[:])
		c.Kind = CueKind(slices.Index(cueKinds[:], kind))
		out = append(out, c)
	}
	return out
}

func (ps *parser) codes(path string, n *node) []Entry {
	items := ps.array(path, n, "codes")
	out := make([]Entry, 0, len(items))
	seen := make(map[[2]string]int, len(items))
	for i, it := range items {
		p := index(path, i)
		m := ps.object(p, it, "a code", codeMembers)
		if m == nil {
			continue
		}
		for _, req := range codeRequired {
			if m[req] == nil {
				ps.missing(p, req, "the code's "+req)
			}
		}
		e := Entry{
			Code:        ps.str(pointer(p, "code"), m["code"], "the code as the provider's responses carry it"),
			Context:     ps.str(pointer(p, "context"), m["context"], "where the code is found (a member or an API)"),
			Status:      ps.status(pointer(p, "status"), m["status"]),
			Category:    enum(ps, pointer(p, "category"), m["category"], "a category", Categories[:]),
			Title:       ps.text(pointer(p, "title"), m["title"], "a short title"),
			Meaning:     ps.text(pointer(p, "meaning"), m["meaning"], "what the error means"),
			Retry:       enum(ps, pointer(p, "retry"), m["retry"], "a retry strategy", Strategies[:]),
			RetryWhy:    ps.text(pointer(p, "retryWhy"), m["retryWhy"], "the reason for the retry strategy"),
			Idempotency: ps.text(pointer(p, "idempotency"), m["idempotency"], "advice on resending writes"),
			Source:      ps.str(pointer(p, "source"), m["source"], "where the code's facts come from"),
		}
		if e.Code != "" && strings.TrimSpace(e.Code) != e.Code {
			ps.add(pointer(p, "code"), "a code without spaces around it", describe(m["code"]))
		}
		for j, f := range ps.array(pointer(p, "fix"), m["fix"], "fix steps") {
			if t := ps.text(index(pointer(p, "fix"), j), f, "a fix step"); !t.IsZero() {
				e.Fix = append(e.Fix, t)
			}
		}
		e.Match = ps.list(pointer(p, "match"), m["match"], "a lower-case phrase", false, func(path, s string) {
			if strings.ToLower(s) != s {
				ps.add(path, "a lower-case phrase (it is matched in the lower-cased title and detail)", "the string "+quote(s))
			}
		})
		if e.Code != "" {
			k := [2]string{e.Code, e.Context}
			if j, dup := seen[k]; dup {
				ps.add(pointer(p, "code"), "each code once (per context)", quote(e.Code)+", listed already at "+index(path, j))
			} else {
				seen[k] = i
			}
		}
		out = append(out, e)
	}
	return out
}
