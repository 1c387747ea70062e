package decode

import (
	"strconv"
	"strings"

	"github.com/decifra/decifra/internal/decimal"
)

// PHP apps report a provider's error by printing the decoded response, so people paste
// print_r, var_dump, var_export or Laravel's dd() output rather than the JSON. This file
// reads those printouts back into the object model the JSON reader builds, so the rest of
// the decoder can explain them the same way.
//
// Each form is read by a small lexer that turns the text into tokens (a container opens,
// a key, a value, a container closes, the dump is over); one builder turns tokens into
// values for every form, and bounds depth and size in one place. A lexer never rereads
// what it has consumed; what it looks at without consuming is at most phpLook bytes, a
// run of blanks, or one line (checked once for a new dump before it is skipped), so
// reading stays linear in the paste whatever is pasted.

const (
	// phpMaxDumps bounds how many dumps one paste yields: a log of hundreds of dumps is
	// explained from its first few, and a hostile paste cannot make us build more.
	phpMaxDumps = 16
	// phpLook bounds every look-ahead that does not consume what it reads (a key, a class
	// name, a header): a failed match costs a constant, not a rescan of the line.
	phpLook = 256
	// printRMaxJunk is how many lines in a row that are not members a multi-line print_r
	// may hold (the rest of a multi-line string, a Markdown fence) before the dump is over.
	printRMaxJunk = 64
	// phpMaxValues bounds the values built from one paste, across its dumps: an error
	// printout has dozens, a hostile paste of `[a] => ` lines would have millions.
	phpMaxValues = 1 << 16
)

// phpDumps returns the values PHP printed in text (print_r, var_dump, var_export,
// Laravel/Symfony dd/dump), outermost first, in the order they appear; at most 16.
//
// Every dump is an *object, even a list ([0] => …) at the top: the caller looks members
// up by name. Dumps with no members are left out. Inner containers become []any when
// their keys are exactly 0..n-1 in order, else *object; integers and floats become
// number, booleans bool, NULL nil, everything else string.
func phpDumps(text string) []*object {
	var out []*object
	lexers := &phpLexers{mark: phpMemo{pat: "' (length="}}
	values := phpMaxValues
	for i := 0; i < len(text) && len(out) < phpMaxDumps && values > 0; {
		// No dump begins inside a word (but print_r's "Array" glued to a word), nor at a
		// blank: skipped here, for phpDetect is asked of every byte of a paste.
		if c := text[i]; phpClassBytes[c] && c != 'A' && i > 0 && phpClassBytes[text[i-1]] || c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		h := phpDetect(text, i)
		if h.form == phpFormNone {
			i++
			continue
		}
		o, end := phpBuild(lexers.of(text, h), len(text), &values)
		if o != nil {
			if w := gluedWord(text, i); w != "" && o.get("code") == nil {
				o.members = append([]member{{key: "code", val: w}}, o.members...)
			}
			out = append(out, o)
		}
		i = max(end, i+1)
	}
	if len(out) == 0 {
		if o := phpScalarPair(text); o != nil {
			out = append(out, o)
		}
	}
	return out
}

// phpScalarPair reads var_dump of an exception's code and message, two scalars side by
// side: `int(53041) string(38) "installment value invalid value: 50.20"`
// (var_dump($e->getCode(), $e->getMessage())), as {code, message}.
func phpScalarPair(text string) *object {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], "int(")
		if i < 0 {
			return nil
		}
		i += off
		off = i + 4
		j := strings.IndexByte(text[off:], ')')
		if j <= 0 || !isNumber(text[off:off+j]) || (i > 0 && nameBytesFold[text[i-1]]) {
			continue
		}
		code := text[off : off+j]
		rest := strings.TrimLeft(text[off+j+1:], " \t\r\n")
		if !strings.HasPrefix(rest, "string(") {
			continue
		}
		k := strings.IndexByte(rest, ')')
		if k < 0 || !isNumber(rest[7:k]) {
			continue
		}
		n, err := decimal.Atoi(rest[7:k])
		q := strings.TrimLeft(rest[k+1:], " ")
		if err != nil || len(q) < 2 || n > len(q)-2 || q[0] != '"' || q[n+1] != '"' {
			continue
		}
		return &object{members: []member{{"code", number(code)}, {"message", q[1 : n+1]}}}
	}
	return nil
}

// phpForm is which printer wrote a dump.
type phpForm uint8

const (
	phpFormNone      phpForm = iota
	phpFormPrintR            // print_r, as logs write it with print_r($x, true)
	phpFormVarDump           // var_dump, plain or Xdebug's CLI overload
	phpFormVarExport         // var_export
	phpFormXdebug            // Xdebug's HTML var_dump copied as text: `array (size=2)`
	phpFormLaravel           // Symfony VarDumper: Laravel's dd() and dump()
)

// phpHead is a dump's root as found: its form, where its first member starts and what the
// root's lexer must know from the header.
type phpHead struct {
	form     phpForm
	end      int
	setState bool // var_export's `__set_state(array(` is closed by `))`
	indent   int  // Xdebug text: the root line's indentation (children are deeper)
}

// phpLexers holds one lexer of each form, reused from dump to dump: a paste of a
// million would-be headers then costs no allocation per header.
type phpLexers struct {
	printR    printRLexer
	varDump   varDumpLexer
	varExport varExportLexer
	xdebug    xdebugLexer
	laravel   laravelLexer
	mark      phpMemo // where the next `' (length=` is, shared by Xdebug dumps
}

// of returns the lexer that reads the members of the dump h found.
func (ls *phpLexers) of(s string, h phpHead) phpLexer {
	switch h.form {
	case phpFormPrintR:
		ls.printR = printRLexer{s: s, pos: h.end}
		return &ls.printR
	case phpFormVarDump:
		ls.varDump = varDumpLexer{s: s, pos: h.end}
		return &ls.varDump
	case phpFormVarExport:
		ls.varExport = varExportLexer{s: s, pos: h.end, setState: append(ls.varExport.setState[:0], h.setState)}
		return &ls.varExport
	case phpFormXdebug:
		ls.xdebug = xdebugLexer{s: s, pos: h.end, indents: append(ls.xdebug.indents[:0], h.indent), mark: &ls.mark}
		return &ls.xdebug
	default:
		ls.laravel = laravelLexer{s: s, pos: h.end}
		return &ls.laravel
	}
}

// phpDetect says whether a dump starts at s[i], and which. Headers are recognised at word
// starts only (so a long word is not rescanned from each of its letters); a paste that
// starts mid-way (`[key] => value` lines, a lone `(`) is recognised at a line's first
// non-blank byte.
func phpDetect(s string, i int) phpHead {
	c := s[i]
	if !phpBlank(c) && c != '\n' && phpAtLineStart(s, i) {
		if h := phpHeaderless(s, i); h.form != phpFormNone {
			return h
		}
	}
	switch {
	case c == '(':
		if e, ok := phpMatch(s, i, "(object) array ("); ok {
			return phpHead{form: phpFormVarExport, end: e}
		}
	case c == '{':
		if _, ok := phpMatch(s, i, "{#D"); ok {
			return phpHead{form: phpFormLaravel, end: laravelHeadTail(s, i+1)}
		}
	case phpClassByte(c) && (i == 0 || !phpClassByte(s[i-1])):
		return phpWordHead(s, i)
	case c == 'A' && strings.HasPrefix(s[i:], "Array") && phpLowerByte(s[i-1]):
		// print_r's output glued to what was echoed before it: Efí's PHP SDK prints the
		// error's code, then print_r of its description ("property_does_not_existsArray (").
		return phpWordHead(s, i)
	}
	return phpHead{}
}

// gluedWord is the snake_case code printed right before the dump at i, with no space
// ("property_does_not_existsArray ("), or "".
func gluedWord(text string, i int) string {
	j := i
	for j > 0 && j > i-64 && phpLowerByte(text[j-1]) {
		j--
	}
	if w := text[j:i]; looksLikeCode(w) {
		return w
	}
	return ""
}

func phpLowerByte(c byte) bool { return c >= 'a' && c <= 'z' || c == '_' }

// phpWordHead recognises a header that begins with a word: `array(2) {`, `Array (`,
// `stdClass Object (`, `array (size=2)`, `array:2 [`, `array (`, `object(Foo)#1 (2) {`,
// `\Foo::__set_state(array(`. The word is read once and decides which shapes to try, so
// ordinary prose costs one scan of each word.
func phpWordHead(s string, i int) phpHead {
	q := i
	for q < len(s) && q-i < phpLook && phpClassByte(s[q]) {
		q++
	}
	switch word := s[i:q]; {
	case word == "array":
		return phpArrayHead(s, i)
	case word == "object":
		if e, ok := varDumpObjectHead(s, i); ok {
			return phpHead{form: phpFormVarDump, end: e}
		}
		if e, ok := phpMatch(s, i, "object(C)[D]"); ok {
			return phpHead{form: phpFormXdebug, end: e, indent: phpIndent(s, i)}
		}
	case word == "class":
		if e, ok := varDumpObjectHead(s, i); ok {
			return phpHead{form: phpFormVarDump, end: e}
		}
	case strings.HasPrefix(s[q:], "::"):
		if e, ok := phpMatch(s, i, "C::__set_state(array ("); ok {
			return phpHead{form: phpFormVarExport, end: e, setState: true}
		}
	case word == "Array" || strings.HasPrefix(s[q:], " Object"):
		if e, _, ok := printRHeader(s, i); ok {
			return phpHead{form: phpFormPrintR, end: e}
		}
	}
	return phpHead{}
}

// phpArrayHead tells apart the headers that start with `array`, most specific first.
func phpArrayHead(s string, i int) phpHead {
	if e, ok := phpMatch(s, i, "array(D) {"); ok {
		return phpHead{form: phpFormVarDump, end: e}
	}
	if e, ok := phpMatch(s, i, "array (size=D)"); ok {
		return phpHead{form: phpFormXdebug, end: e, indent: phpIndent(s, i)}
	}
	if e, ok := phpMatch(s, i, "array:D ["); ok {
		return phpHead{form: phpFormLaravel, end: laravelHeadTail(s, e)}
	}
	if e, ok := phpMatch(s, i, "array ("); ok {
		return phpHead{form: phpFormVarExport, end: e}
	}
	return phpHead{}
}

// phpHeaderless recognises a paste that starts inside a dump, at the first non-blank byte
// of a line: print_r's `[key] => value` or a lone `(`, var_dump's `["key"]=>`, var_export's
// `'key' => value`, Xdebug's `'key' => string 'v' (length=1)`, or print_r's header with
// its first letter lost (`rray`). The root then opens implicitly.
func phpHeaderless(s string, i int) phpHead {
	switch s[i] {
	case '[':
		if _, e, ok := varDumpKey(s, i); ok && varDumpTyped(s, phpSkipSpace(s, e)) {
			return phpHead{form: phpFormVarDump, end: i}
		}
		if _, _, ok := printRKey(s, i); ok {
			return phpHead{form: phpFormPrintR, end: i}
		}
	case '\'':
		if _, e, ok := varExportKey(s, i); ok {
			if varDumpTyped(s, phpSkipSpace(s, e)) {
				return phpHead{form: phpFormVarDump, end: i}
			}
			if xdebugTyped(s, phpSkipSpace(s, e)) {
				ls := phpLineStart(s, i)
				return phpHead{form: phpFormXdebug, end: ls, indent: i - ls - 1}
			}
			return phpHead{form: phpFormVarExport, end: i}
		}
	case '(':
		if e := phpSkipBlank(s, i+1); e == len(s) || s[e] == '\n' {
			if q := phpSkipSpace(s, e); q < len(s) && s[q] == '[' {
				return phpHead{form: phpFormPrintR, end: i + 1}
			}
		}
	case '+', '#', '-':
		// Symfony VarDumper's members copied without their object's header: `+responseJSON:
		// …`, `-statusCode: 400`, `#message: ""`, two such lines at least.
		if _, e, ok := laravelKey(s, i); ok {
			if strings.HasPrefix(strings.TrimLeft(s[e:], " "), `"""`) {
				return phpHead{form: phpFormLaravel, end: i} // one member holding a body: `+responseJSON: """`
			}
			if nl := strings.IndexByte(s[e:], '\n'); nl >= 0 {
				if q := phpSkipSpace(s, e+nl+1); q < len(s) && strings.IndexByte("+#-", s[q]) >= 0 {
					if _, _, ok := laravelKey(s, q); ok {
						return phpHead{form: phpFormLaravel, end: i}
					}
				}
			}
		}
	case 'r':
		if e, ok := phpMatch(s, i, "rray"); ok && (e == len(s) || !phpClassByte(s[e])) {
			if q := phpSkipSpace(s, e); q < len(s) && s[q] == '(' {
				return phpHead{form: phpFormPrintR, end: q + 1}
			}
		}
	}
	return phpHead{}
}

// phpTokKind is what a lexer read.
type phpTokKind uint8

const (
	phpEnd   phpTokKind = iota // the dump is over: the input ended, or what follows is not part of it
	phpOpen                    // a container begins; obj says it is a PHP object
	phpClose                   // the innermost open container ends
	phpKey                     // a member's key; its value comes next
	phpValue                   // a scalar value
)

// phpTok is one token of a dump.
type phpTok struct {
	kind phpTokKind
	key  string
	val  any
	obj  bool
}

// phpLexer reads one form's members; the root container is already open when it starts.
type phpLexer interface {
	next() phpTok
	offset() int // how far the text was consumed
}

// phpFrame is a container being built.
type phpFrame struct {
	members []member
	key     string
	keyed   bool // key waits for its value
	obj     bool
}

// phpBuild turns a lexer's tokens into the root object (nil when it has no members) and
// says where the dump ended. Containers nested deeper than maxDepth are counted, not
// built, so depth costs nothing; a dump cut off mid-way keeps what was read. values is
// what is left of the paste's value budget; steps bounds the tokens read, a guard
// against a lexer that would stop consuming.
func phpBuild(lx phpLexer, steps int, values *int) (*object, int) {
	var base [8]phpFrame
	stack := append(base[:0], phpFrame{obj: true})
	skip := 0
	for n := 0; n <= 3*steps+16 && *values > 0; n++ {
		t := lx.next()
		top := &stack[len(stack)-1]
		switch {
		case t.kind == phpOpen && (skip > 0 || len(stack) >= maxDepth):
			skip++
			top.keyed = false
		case t.kind == phpOpen:
			stack = append(stack, phpFrame{obj: t.obj})
		case t.kind == phpClose && skip > 0:
			skip--
		case t.kind == phpClose && len(stack) > 1:
			stack = phpPop(stack, values)
		case t.kind == phpKey && skip == 0:
			top.key, top.keyed = t.key, true
		case t.kind == phpValue && skip == 0 && top.keyed:
			top.members = append(top.members, member{top.key, t.val})
			top.keyed = false
			*values--
		case t.kind == phpClose || t.kind == phpEnd:
			return phpRoot(stack, values), lx.offset()
		}
	}
	return phpRoot(stack, values), lx.offset()
}

// phpRoot closes what is still open and returns the root, or nil when it has no members.
func phpRoot(stack []phpFrame, values *int) *object {
	for len(stack) > 1 {
		stack = phpPop(stack, values)
	}
	if len(stack[0].members) == 0 {
		return nil
	}
	return &object{members: stack[0].members}
}

// phpPop closes the innermost container and makes it its parent's pending member.
func phpPop(stack []phpFrame, values *int) []phpFrame {
	f, parent := &stack[len(stack)-1], &stack[len(stack)-2]
	if !parent.keyed && len(f.members) > 0 {
		// array(array('errorId' => …)): PHP source and some loggers write a list's items
		// without their keys; each is the next index.
		if _, isList := phpList(parent.members); isList {
			parent.key, parent.keyed = strconv.Itoa(len(parent.members)), true
		}
	}
	if parent.keyed {
		var v any = &object{members: f.members}
		if l, ok := phpList(f.members); ok && !f.obj {
			v = l
		}
		parent.members = append(parent.members, member{parent.key, v})
		parent.keyed = false
		*values--
	}
	return stack[:len(stack)-1]
}

// phpList returns members as a list when their keys are 0, 1, … n-1 in order: that is how
// PHP prints what JSON would have written as an array.
func phpList(ms []member) ([]any, bool) {
	for i, m := range ms {
		if !phpIsIndex(m.key, i) {
			return nil, false
		}
	}
	out := make([]any, len(ms))
	for i, m := range ms {
		out[i] = m.val
	}
	return out, true
}

func phpIsIndex(k string, i int) bool {
	if k == "" || len(k) > 18 || (len(k) > 1 && k[0] == '0') {
		return false
	}
	n := 0
	for j := 0; j < len(k); j++ {
		if !phpDigit(k[j]) {
			return false
		}
		n = n*10 + int(k[j]-'0')
	}
	return n == i
}

// printRLexer reads print_r: `[key] => value` members between `(` and `)`, either one a
// line or all on one line (`stdClass Object ( [a] => 1 [b] => 2 )`).
type printRLexer struct {
	s       string
	pos     int
	want    bool // a key was read; its value comes next
	oneLine bool // the key was not first on its line: its value stops at the next key or `)`
	junk    int  // lines in a row that were not members
}

func (l *printRLexer) offset() int { return l.pos }

func (l *printRLexer) next() phpTok {
	if l.want {
		l.want = false
		return l.value()
	}
	return l.member()
}

// member reads what follows a value: the next key, a `)`, or the end of the dump. In a
// dump laid out one member a line, lines that are neither (the rest of a multi-line
// string, a Markdown fence around part of the paste) are skipped, unless they start
// another dump.
func (l *printRLexer) member() phpTok {
	s := l.s
	for {
		p := phpSkipSpace(s, l.pos)
		if p >= len(s) {
			l.pos = p
			return phpTok{}
		}
		if s[p] == ')' && (p+1 == len(s) || phpSpaceOrClose(s[p+1])) {
			l.pos, l.junk = p+1, 0
			return phpTok{kind: phpClose}
		}
		if k, end, ok := printRKey(s, p); ok {
			l.pos, l.want, l.junk = end, true, 0
			// A key first on its line is one member a line, unless more keys follow on
			// it: a dump whose line breaks were lost in the pasting.
			l.oneLine = !phpAtLineStart(s, p) || strings.Contains(s[end:phpLineEnd(s, end)], "] =>")
			return phpTok{kind: phpKey, key: k}
		}
		if !phpAtLineStart(s, p) || l.junk >= printRMaxJunk {
			l.pos = p
			return phpTok{}
		}
		le := phpLineEnd(s, p)
		if phpLineStartsDump(s, p, le) {
			l.pos = p
			return phpTok{}
		}
		l.junk++
		l.pos = le
	}
}

// value reads a member's value: a nested `Array (` / `Foo Object (`, or text running to
// the end of the line (one member a line) or to the next ` [key] =>` or ` )` (one line).
func (l *printRLexer) value() phpTok {
	s := l.s
	p := phpSkipBlank(s, l.pos)
	if end, obj, ok := printRHeader(s, p); ok {
		l.pos = end
		return phpTok{kind: phpOpen, obj: obj}
	}
	var end int
	if l.oneLine {
		end = printROneLineEnd(s, p)
	} else {
		end = phpLineEnd(s, p)
	}
	l.pos = end
	return phpTok{kind: phpValue, val: printedScalar(strings.TrimRight(s[p:end], " \t\r"))}
}

// printRHeader reads `Array (` or `Foo\Bar Object (` at s[p], the `(` possibly on a later
// line, and returns where the members start.
func printRHeader(s string, p int) (end int, obj, ok bool) {
	q := p
	for q < len(s) && q-p < phpLook && phpClassByte(s[q]) {
		q++
	}
	switch {
	case q > p && strings.HasPrefix(s[q:], " Object"):
		q, obj = q+len(" Object"), true
	case q == p+len("Array") && strings.HasPrefix(s[p:], "Array"):
	default:
		return 0, false, false
	}
	if q < len(s) && phpClassByte(s[q]) {
		return 0, false, false
	}
	q = phpSkipSpace(s, q)
	if q < len(s) && s[q] == '(' {
		return q + 1, obj, true
	}
	return 0, false, false
}

// printRKey reads `[key] =>` at s[p]. A property's `:protected` or `:Class:private` suffix
// is dropped: callers look members up by their name.
func printRKey(s string, p int) (key string, end int, ok bool) {
	if p >= len(s) || s[p] != '[' {
		return "", 0, false
	}
	w := s[p+1 : min(len(s), p+1+phpLook)]
	q := strings.IndexByte(w, ']')
	if q < 0 || strings.IndexByte(w[:q], '\n') >= 0 {
		return "", 0, false
	}
	end = p + q + 2
	if !strings.HasPrefix(s[end:], " =>") {
		return "", 0, false
	}
	end += len(" =>")
	if end < len(s) && !phpBlank(s[end]) && s[end] != '\n' {
		return "", 0, false
	}
	return phpPropName(w[:q]), end, true
}

// phpPropName strips the visibility print_r appends to a property's name.
func phpPropName(k string) string {
	if n, ok := strings.CutSuffix(k, ":protected"); ok {
		return n
	}
	if n, ok := strings.CutSuffix(k, ":private"); ok {
		if i := strings.IndexByte(n, ':'); i >= 0 {
			return n[:i]
		}
		return n
	}
	return k
}

// printROneLineEnd returns where a value of a one-line print_r ends: before the ` [key] =>`
// of the next member, before a ` )` that closes its container, or at the end of the line.
func printROneLineEnd(s string, p int) int {
	for i := p; i < len(s); {
		j := strings.IndexAny(s[i:], "[)\n")
		if j < 0 {
			return len(s)
		}
		j += i
		switch {
		case s[j] == '\n':
			return j
		case j == 0 || !phpBlank(s[j-1]):
		case s[j] == '[':
			if _, _, ok := printRKey(s, j); ok {
				return j
			}
		case j+1 == len(s) || phpSpaceOrClose(s[j+1]):
			return j
		}
		i = j + 1
	}
	return len(s)
}

// phpLineStartsDump says whether another dump starts in s[p:le], so a junk line inside a
// cut-off print_r does not swallow the next dump.
func phpLineStartsDump(s string, p, le int) bool {
	for j := p; j < le; j++ {
		if phpDetect(s, j).form != phpFormNone {
			return true
		}
	}
	return false
}

// printedScalar types a value print_r wrote as bare text. Only what PHP itself prints for
// a number becomes a number: "403" does, "010" and "72.0" do not (PHP never prints an int
// with a leading zero or a float with a trailing one), so codes keep their zeros.
func printedScalar(v string) any {
	if phpCanonicalNumber(v) {
		return number(v)
	}
	return v
}

// phpCanonicalNumber says whether v is how PHP prints an int or a float.
func phpCanonicalNumber(v string) bool {
	t := strings.TrimPrefix(v, "-")
	mant, exp, hasExp := strings.Cut(t, "E")
	ip, frac, hasFrac := strings.Cut(mant, ".")
	if !phpDigits(ip) || (len(ip) > 1 && ip[0] == '0') {
		return false
	}
	switch {
	case hasExp:
		return hasFrac && phpDigits(frac) && len(exp) > 1 && (exp[0] == '+' || exp[0] == '-') && phpDigits(exp[1:])
	case hasFrac:
		return phpDigits(frac) && frac[len(frac)-1] != '0'
	}
	return len(ip) <= 19
}

// phpNumberLiteral says whether v is a numeric literal as a typed dump writes one
// (int(401), float(1.4), 1.0E+25); INF and NAN are not.
func phpNumberLiteral(v string) bool {
	t := strings.TrimPrefix(v, "-")
	mant, exp, hasExp := strings.Cut(strings.ReplaceAll(t, "e", "E"), "E")
	ip, frac, hasFrac := strings.Cut(mant, ".")
	if !phpDigits(ip) || (hasFrac && !phpDigits(frac)) {
		return false
	}
	if hasExp {
		return phpDigits(strings.TrimLeft(exp, "+-")) && len(exp)-len(strings.TrimLeft(exp, "+-")) <= 1
	}
	return true
}

// varDumpLexer reads var_dump: `["key"]=>` then a typed value (`string(5) "abc"`,
// `int(1)`, `array(2) {…}`), one a line or all on one line; Xdebug's CLI overload writes
// `'key' =>`, `public $key =>` and `class Foo#1 (2) {` instead.
type varDumpLexer struct {
	s    string
	pos  int
	want bool
}

func (l *varDumpLexer) offset() int { return l.pos }

func (l *varDumpLexer) next() phpTok {
	s := l.s
	p := phpSkipSpace(s, l.pos)
	if p >= len(s) {
		l.pos = p
		return phpTok{}
	}
	if l.want {
		l.want = false
		if e, ok := varDumpHeader(s, p); ok {
			l.pos = e
			return phpTok{kind: phpOpen, obj: s[p] != 'a'}
		}
		v, e := varDumpScalar(s, p)
		l.pos = e
		return phpTok{kind: phpValue, val: v}
	}
	if s[p] == '}' {
		l.pos = p + 1
		return phpTok{kind: phpClose}
	}
	if k, e, ok := varDumpKey(s, p); ok {
		l.pos, l.want = e, true
		return phpTok{kind: phpKey, key: k}
	}
	l.pos = p
	return phpTok{}
}

// varDumpHeader reads a container's header at s[p] and returns where its members start.
func varDumpHeader(s string, p int) (int, bool) {
	if e, ok := phpMatch(s, p, "array(D) {"); ok {
		return e, true
	}
	return varDumpObjectHead(s, p)
}

// varDumpObjectHead reads `object(Foo)#12 (3) {`, or Xdebug's `class Foo#12 (3) {`.
func varDumpObjectHead(s string, p int) (int, bool) {
	if e, ok := phpMatch(s, p, "object(C)#D (D) {"); ok {
		return e, true
	}
	return phpMatch(s, p, "class C#D (D) {")
}

// varDumpKey reads a member's key at s[p]: `["name"]=>`, `["name":protected]=>`,
// `["name":"Class":private]=>`, `[0]=>`, and Xdebug's `'name' =>` and `public $name =>`.
func varDumpKey(s string, p int) (key string, end int, ok bool) {
	w := s[p:min(len(s), p+phpLook)]
	q := 0
	switch {
	case strings.HasPrefix(w, `["`):
		key, q = varDumpQuotedKey(w)
	case w[0] == '[':
		if r := strings.IndexByte(w, ']'); r > 1 && phpInteger(w[1:r]) {
			key, q = w[1:r], r+1
		}
	case w[0] == '\'':
		if r := strings.IndexByte(w[1:], '\''); r >= 0 {
			key, q = w[1:r+1], r+2
		}
	default:
		key, q = xdebugPropKey(w)
	}
	if q == 0 {
		return "", 0, false
	}
	q = phpSkipBlank(w, q)
	if !strings.HasPrefix(w[q:], "=>") {
		return "", 0, false
	}
	return key, p + q + 2, true
}

// varDumpQuotedKey reads `["name"…]` at the start of w: the name ends at the first quote
// followed by `]` or by the `:` of a visibility.
func varDumpQuotedKey(w string) (string, int) {
	for i := 2; i+1 < len(w); i++ {
		if w[i] == '\n' {
			return "", 0
		}
		if w[i] != '"' {
			continue
		}
		switch w[i+1] {
		case ']':
			return w[2:i], i + 2
		case ':':
			if r := strings.IndexByte(w[i:], ']'); r >= 0 {
				return w[2:i], i + r + 1
			}
			return "", 0
		}
	}
	return "", 0
}

// xdebugPropKey reads Xdebug's `public $name`, `protected $name`, `private static $name`.
func xdebugPropKey(w string) (string, int) {
	for _, vis := range [...]string{"public ", "protected ", "private "} {
		if !strings.HasPrefix(w, vis) {
			continue
		}
		i := len(vis)
		if strings.HasPrefix(w[i:], "static ") {
			i += len("static ")
		}
		if i >= len(w) || w[i] != '$' {
			return "", 0
		}
		j := i + 1
		for j < len(w) && phpClassByte(w[j]) && w[j] != '\\' {
			j++
		}
		return w[i+1 : j], j
	}
	return "", 0
}

// varDumpTyped says whether a var_dump value starts at s[p]: it tells a var_dump pasted
// from mid-way (`[0]=> int(1)`) from a print_r one (`[0] => 1`).
func varDumpTyped(s string, p int) bool {
	for _, t := range [...]string{"string(", "int(", "float(", "double(", "bool(", "NULL", "enum(", "resource("} {
		if strings.HasPrefix(s[p:], t) {
			return true
		}
	}
	_, ok := varDumpHeader(s, p) // not var_export's `array(`
	return ok
}

// varDumpScalar reads a scalar value at s[p] and returns it and where it ends.
func varDumpScalar(s string, p int) (any, int) {
	w := s[p:min(len(s), p+phpLook)]
	switch {
	case strings.HasPrefix(w, "string("):
		return varDumpString(s, p)
	case strings.HasPrefix(w, "NULL"):
		return nil, p + len("NULL")
	case strings.HasPrefix(w, "bool(true)"):
		return true, p + len("bool(true)")
	case strings.HasPrefix(w, "bool(false)"):
		return false, p + len("bool(false)")
	}
	if e, ok := phpMatch(s, p, "resource(D) of type ("); ok {
		if r := strings.IndexByte(s[e:min(len(s), e+phpLook)], ')'); r >= 0 {
			return s[p : e+r+1], e + r + 1
		}
	}
	for _, t := range [...]string{"int(", "float(", "double(", "enum(", "uninitialized("} {
		if !strings.HasPrefix(w, t) {
			continue
		}
		r := strings.IndexByte(w, ')')
		if r < 0 {
			break
		}
		inner := w[len(t):r]
		switch {
		case t == "uninitialized(":
			return nil, p + r + 1
		case t != "enum(" && phpNumberLiteral(inner):
			return number(inner), p + r + 1
		}
		return inner, p + r + 1
	}
	e := p
	for e < len(s) && !phpBlank(s[e]) && s[e] != '\n' && s[e] != '}' {
		e++
	}
	return s[p:e], e
}

// varDumpString reads `string(N) "…"` at s[p]. N counts the bytes PHP printed, but a paste
// rarely keeps them (mojibake, HTML escaping, editing), so N is trusted only when a quote
// that can end the value sits there; otherwise the value ends at the first quote followed
// by the end of the dump's line, a `}` or the next key.
func varDumpString(s string, p int) (any, int) {
	start, ok := phpMatch(s, p, `string(D) "`)
	if !ok {
		e := p + len("string(")
		return s[p:e], e
	}
	digits := s[p+len("string(") : strings.IndexByte(s[p:], ')')+p]
	if n, err := decimal.Atoi(digits); err == nil && n <= len(s)-start-1 &&
		s[start+n] == '"' && varDumpQuoteEnds(s, start+n+1, true) {
		return s[start : start+n], start + n + 1
	}
	for i := start; i < len(s); {
		j := strings.IndexByte(s[i:], '"')
		if j < 0 {
			break
		}
		j += i
		if varDumpQuoteEnds(s, j+1, false) {
			return s[start:j], j + 1
		}
		i = j + 1
	}
	return strings.TrimRight(s[start:], "\r\n"), len(s)
}

// varDumpQuoteEnds says whether the quote just before s[i] closes a string: what follows
// on its line is nothing, a `}` or the next key. Unless trusted (N pointed there), the
// next line must start a key or a `}` too: a JSON text inside the string has quotes at
// its line ends as well.
func varDumpQuoteEnds(s string, i int, trusted bool) bool {
	j := phpSkipBlank(s, i)
	if j < len(s) && s[j] == '\n' && !trusted {
		j = phpSkipSpace(s, j)
	}
	if j >= len(s) || (trusted && s[j] == '\n') {
		return true
	}
	switch s[j] {
	case '}':
		return j+1 == len(s) || phpSpaceOrClose(s[j+1])
	case '[', '\'', 'p':
		_, _, ok := varDumpKey(s, j)
		return ok
	}
	return false
}

// varExportLexer reads var_export: `'key' => value,` members between `array (` and `)`;
// objects are `(object) array(…)` or `\Foo::__set_state(array(…))`.
type varExportLexer struct {
	s        string
	pos      int
	want     bool
	setState []bool // per open container: it was `__set_state(array(`, closed by `))`
}

func (l *varExportLexer) offset() int { return l.pos }

func (l *varExportLexer) next() phpTok {
	s := l.s
	p := phpSkipSpace(s, l.pos)
	for !l.want && p < len(s) && s[p] == ',' {
		p = phpSkipSpace(s, p+1)
	}
	if p >= len(s) {
		l.pos = p
		return phpTok{}
	}
	if l.want {
		l.want = false
		return l.value(p)
	}
	if s[p] == ')' || s[p] == ']' {
		l.pos = l.closeAt(p)
		return phpTok{kind: phpClose}
	}
	if k, e, ok := varExportKey(s, p); ok {
		l.pos, l.want = e, true
		return phpTok{kind: phpKey, key: k}
	}
	if _, ok := phpMatch(s, p, "array ("); ok {
		return l.value(p) // an item written without its key: array(array('errorId' => …))
	}
	l.pos = p
	return phpTok{}
}

// closeAt consumes the `)` at s[p] that closes the innermost container, and the second
// `)` of a `__set_state(array(…))`, so it does not close the parent too.
func (l *varExportLexer) closeAt(p int) int {
	end := p + 1
	if n := len(l.setState); n > 0 {
		if l.setState[n-1] {
			if q := phpSkipSpace(l.s, end); q < len(l.s) && l.s[q] == ')' {
				end = q + 1
			}
		}
		l.setState = l.setState[:n-1]
	}
	return end
}

// value reads a member's value at s[p].
func (l *varExportLexer) value(p int) phpTok {
	s := l.s
	for _, h := range [...]struct {
		pat      string
		obj, set bool
	}{{"array (", false, false}, {"(object) array (", true, false}, {"C::__set_state(array (", true, true}} {
		if e, ok := phpMatch(s, p, h.pat); ok {
			l.setState = append(l.setState, h.set)
			l.pos = e
			return phpTok{kind: phpOpen, obj: h.obj}
		}
	}
	if s[p] == '[' {
		// The short syntax that CakePHP's debug() and others print: 'body' => [ … ].
		l.setState = append(l.setState, false)
		l.pos = p + 1
		return phpTok{kind: phpOpen}
	}
	for _, typ := range [...]string{"(int) ", "(float) ", "(bool) "} {
		if strings.HasPrefix(s[p:], typ) {
			p += len(typ) // CakePHP's debug() types its scalars: 'code' => (int) 400
			break
		}
	}
	if p >= len(s) {
		l.pos = p
		return phpTok{}
	}
	if s[p] == '\'' {
		v, e := varExportString(s, p)
		l.pos = e
		return phpTok{kind: phpValue, val: v}
	}
	e := p
	for e < len(s) && !strings.ContainsRune(", )]\t\r\n", rune(s[e])) {
		e++
	}
	l.pos = e
	return phpTok{kind: phpValue, val: phpWordValue(s[p:e])}
}

// phpWordValue types an unquoted value: NULL, true/false, a number, else its text (an
// enum case, INF).
func phpWordValue(v string) any {
	switch strings.ToLower(v) {
	case "null":
		return nil
	case "true":
		return true
	case "false":
		return false
	}
	if phpNumberLiteral(v) {
		return number(v)
	}
	return v
}

// varExportKey reads `'key' =>` or `0 =>` at s[p].
func varExportKey(s string, p int) (key string, end int, ok bool) {
	q := p
	switch c := s[p]; {
	case c == '\'':
		var closed bool
		key, q, closed = phpSingleQuoted(s, p, phpLook)
		if !closed {
			return "", 0, false
		}
	case c == '-' || phpDigit(c):
		q++
		for q < len(s) && q-p < phpLook && phpDigit(s[q]) {
			q++
		}
		key = s[p:q]
		if !phpInteger(key) {
			return "", 0, false
		}
	default:
		return "", 0, false
	}
	q = phpSkipBlank(s, q)
	if !strings.HasPrefix(s[q:], "=>") {
		return "", 0, false
	}
	return key, q + 2, true
}

// varExportString reads a quoted value and the pieces var_export glues to it for bytes it
// cannot put between single quotes (`'a' . "\0" . 'b'`).
func varExportString(s string, p int) (string, int) {
	v, e, _ := phpSingleQuoted(s, p, 0)
	for {
		q := phpSkipSpace(s, e)
		if q >= len(s) || s[q] != '.' {
			return v, e
		}
		q = phpSkipSpace(s, q+1)
		switch {
		case strings.HasPrefix(s[q:], `"\0"`):
			v, e = v+"\x00", q+4
		case q < len(s) && s[q] == '\'':
			var piece string
			piece, e, _ = phpSingleQuoted(s, q, 0)
			v += piece
		default:
			return v, e
		}
	}
}

// phpSingleQuoted reads a single-quoted PHP string at s[p], whose only escapes are `\'`
// and `\\`. limit > 0 bounds how far the closing quote is looked for; closed is false when
// it was not found (the string runs to the limit or the end of the input).
func phpSingleQuoted(s string, p, limit int) (v string, end int, closed bool) {
	stop := len(s)
	if limit > 0 {
		stop = min(stop, p+limit)
	}
	var b strings.Builder
	escaped := false
	i := p + 1
	for i < stop {
		j := strings.IndexAny(s[i:stop], `'\`)
		if j < 0 {
			break
		}
		j += i
		b.WriteString(s[i:j])
		if s[j] == '\'' {
			if !escaped {
				return s[p+1 : j], j + 1, true
			}
			return b.String(), j + 1, true
		}
		escaped = true
		if j+1 < stop && (s[j+1] == '\'' || s[j+1] == '\\') {
			b.WriteByte(s[j+1])
			i = j + 2
			continue
		}
		b.WriteByte('\\')
		i = j + 1
	}
	b.WriteString(s[min(i, stop):stop])
	return b.String(), stop, false
}

// xdebugLexer reads Xdebug's HTML var_dump as it reads once copied out of the browser:
// `'key' => string 'v' (length=1)` members under `array (size=2)`, nested by indentation
// only (children are indented deeper than their container's header line).
type xdebugLexer struct {
	s       string
	pos     int
	want    bool
	indents []int    // the header line's indentation of each open container
	mark    *phpMemo // where the next `' (length=` is
}

func (l *xdebugLexer) offset() int { return l.pos }

func (l *xdebugLexer) next() phpTok {
	if l.want {
		l.want = false
		return l.value()
	}
	return l.member()
}

// member reads the next line: a member deeper than the innermost open container, or a
// line at or above its indentation, which closes it.
func (l *xdebugLexer) member() phpTok {
	s := l.s
	for {
		ls := phpNextLine(s, l.pos)
		if ls >= len(s) {
			l.pos = ls
			return phpTok{}
		}
		p := phpSkipBlank(s, ls)
		if n := len(l.indents); n > 0 && p-ls <= l.indents[n-1] {
			l.indents = l.indents[:n-1]
			l.pos = ls
			return phpTok{kind: phpClose}
		}
		if k, e, ok := xdebugKey(s, p); ok {
			l.pos, l.want = e, true
			return phpTok{kind: phpKey, key: k}
		}
		le := phpLineEnd(s, p)
		switch strings.TrimSpace(s[p:le]) {
		case "empty", "more elements...", "...":
			l.pos = le
		default:
			l.pos = ls
			return phpTok{}
		}
	}
}

// value reads a member's value: a nested header, or a typed scalar (`int 5`, `float 1.5`,
// `boolean false`, `null`, `string 'v' (length=1)`).
func (l *xdebugLexer) value() phpTok {
	s := l.s
	p := phpSkipSpace(s, l.pos)
	if p >= len(s) {
		l.pos = p
		return phpTok{}
	}
	for _, h := range [...]struct {
		pat string
		obj bool
	}{{"array (size=D)", false}, {"object(C)[D]", true}} {
		if e, ok := phpMatch(s, p, h.pat); ok {
			l.indents = append(l.indents, phpIndent(s, p))
			l.pos = e
			return phpTok{kind: phpOpen, obj: h.obj}
		}
	}
	if strings.HasPrefix(s[p:], "string '") {
		v, e := l.str(p + len("string '"))
		l.pos = e
		return phpTok{kind: phpValue, val: v}
	}
	le := phpLineEnd(s, p)
	l.pos = le
	return phpTok{kind: phpValue, val: xdebugWord(strings.TrimSpace(s[p:le]))}
}

// str reads a string's text from s[start] to the `' (length=N)` that ends it, which may
// be lines later; a string with no end mark runs to the end of its line.
func (l *xdebugLexer) str(start int) (string, int) {
	s := l.s
	q := l.mark.index(s, start)
	if q >= len(s) {
		le := phpLineEnd(s, start)
		return strings.TrimRight(s[start:le], " \t\r'"), le
	}
	if e, ok := phpMatch(s, q, "' (length=D)"); ok {
		return s[start:q], e
	}
	return s[start:q], q + len(l.mark.pat)
}

// xdebugWord types an Xdebug scalar written as `type value`.
func xdebugWord(v string) any {
	typ, val, _ := strings.Cut(v, " ")
	switch {
	case v == "null":
		return nil
	case typ == "boolean" && (val == "true" || val == "false"):
		return val == "true"
	case (typ == "int" || typ == "float") && phpNumberLiteral(val):
		return number(val)
	}
	return v
}

// xdebugKey reads `'key' =>`, `0 =>` or `public 'key' =>` at s[p].
func xdebugKey(s string, p int) (key string, end int, ok bool) {
	w := s[p:min(len(s), p+phpLook)]
	for _, vis := range [...]string{"public ", "protected ", "private "} {
		if strings.HasPrefix(w, vis) {
			w, p = w[len(vis):], p+len(vis)
			break
		}
	}
	if w == "" {
		return "", 0, false
	}
	q := 0
	switch {
	case w[0] == '\'':
		r := strings.Index(w, "' =>")
		if r < 1 || strings.IndexByte(w[:r], '\n') >= 0 {
			return "", 0, false
		}
		key, q = w[1:r], r+1
	case w[0] == '-' || phpDigit(w[0]):
		q = 1
		for q < len(w) && phpDigit(w[q]) {
			q++
		}
		if key = w[:q]; !phpInteger(key) {
			return "", 0, false
		}
	default:
		return "", 0, false
	}
	if !strings.HasPrefix(w[q:], " =>") {
		return "", 0, false
	}
	return key, p + q + len(" =>"), true
}

// xdebugTyped says whether an Xdebug text value starts at s[p]: it tells Xdebug's
// `'key' => int 1` from var_export's `'key' => 1`.
func xdebugTyped(s string, p int) bool {
	for _, t := range [...]string{"string '", "int ", "float ", "boolean ", "null", "array (size=", "object("} {
		if strings.HasPrefix(s[p:], t) {
			return true
		}
	}
	return false
}

// laravelLexer reads Symfony's VarDumper (Laravel's dd() and dump()): `"key" => value` in
// `array:2 [▼ … ]`, `+public: …`, `#protected: …`, `-private: …` in `Foo {#12 ▼ … }`.
type laravelLexer struct {
	s       string
	pos     int
	want    bool
	oneLine bool // the key was not first on its line: its value stops at a blank
}

func (l *laravelLexer) offset() int { return l.pos }

func (l *laravelLexer) next() phpTok {
	if l.want {
		l.want = false
		return l.value()
	}
	s := l.s
	p := phpSkipSpace(s, l.pos)
	for strings.HasPrefix(s[p:], "…") { // `…3`: members the dump left out
		p += len("…")
		for p < len(s) && phpDigit(s[p]) {
			p++
		}
		p = phpSkipSpace(s, p)
	}
	l.pos = p
	switch {
	case p >= len(s):
		return phpTok{}
	case s[p] == ']' || s[p] == '}':
		l.pos = p + 1
		return phpTok{kind: phpClose}
	}
	if k, e, ok := laravelKey(s, p); ok {
		l.pos, l.want, l.oneLine = e, true, !phpAtLineStart(s, p)
		return phpTok{kind: phpKey, key: k}
	}
	return phpTok{}
}

// laravelKey reads `"key" =>`, `0 =>`, `+"key":`, `+key:`, `#key:` or `-key:` at s[p].
func laravelKey(s string, p int) (key string, end int, ok bool) {
	w := s[p:min(len(s), p+phpLook)]
	q, sep := 0, " =>"
	switch c := w[0]; {
	case c == '"':
		if r := strings.IndexByte(w[1:], '"'); r >= 0 {
			key, q = w[1:r+1], r+2
		}
	case phpDigit(c) || (c == '-' && len(w) > 1 && phpDigit(w[1])):
		q = 1
		for q < len(w) && phpDigit(w[q]) {
			q++
		}
		key = w[:q]
	case c == '+' || c == '#' || c == '-':
		sep = ":"
		if len(w) > 1 && w[1] == '"' {
			if r := strings.IndexByte(w[2:], '"'); r >= 0 {
				key, q = w[2:r+2], r+3
			}
			break
		}
		r := 1
		for r < len(w) && phpClassByte(w[r]) && w[r] != '\\' {
			r++
		}
		if r > 1 {
			key, q = w[1:r], r
		}
	}
	if q == 0 || !strings.HasPrefix(w[q:], sep) {
		return "", 0, false
	}
	q += len(sep)
	if q < len(w) && !phpBlank(w[q]) && w[q] != '\n' {
		return "", 0, false
	}
	return key, p + q, true
}

// value reads a member's value: a nested `array:2 [` or `Foo {#12`, a quoted or `"""`
// string, or a bare word typed as null, a boolean or a number.
func (l *laravelLexer) value() phpTok {
	s := l.s
	p := phpSkipBlank(s, l.pos)
	if p >= len(s) {
		l.pos = p
		return phpTok{}
	}
	if e, obj, ok := laravelHeader(s, p); ok {
		l.pos = e
		return phpTok{kind: phpOpen, obj: obj}
	}
	var v any
	var e int
	switch {
	case strings.HasPrefix(s[p:], `"""`):
		v, e = laravelBlock(s, p)
	case s[p] == '"':
		v, e = laravelString(s, p+1, l.oneLine)
	case strings.HasPrefix(s[p:], `b"`):
		v, e = laravelString(s, p+2, l.oneLine)
	case strings.HasPrefix(s[p:], "[]"):
		v, e = []any{}, p+2
	case l.oneLine:
		for e = p; e < len(s) && !phpBlank(s[e]) && !strings.ContainsRune("\n]}", rune(s[e])); e++ {
		}
		v = phpWordValue(s[p:e])
	default:
		e = phpLineEnd(s, p)
		v = phpWordValue(strings.TrimSpace(s[p:e]))
	}
	l.pos = e
	return phpTok{kind: phpValue, val: v}
}

// laravelHeader reads a container's header at s[p]: `array:2 [▼`, `Foo\Bar {#12 ▼`,
// `Carbon @1600000000 {#12`, `{▶}`; it returns where the members start.
func laravelHeader(s string, p int) (end int, obj, ok bool) {
	if e, ok := phpMatch(s, p, "array:D ["); ok {
		return laravelHeadTail(s, e), false, true
	}
	w := s[p:min(len(s), p+phpLook)]
	w = w[:phpLineEnd(w, 0)]
	i := strings.IndexByte(w, '{')
	if i < 0 || (i > 0 && w[i-1] != ' ') || strings.ContainsAny(w[:i], "\":=#[]}") {
		return 0, false, false
	}
	rest := strings.TrimLeft(w[i+1:], " \t\r")
	if rest != "" && rest[0] != '#' && rest[0] != '}' && !strings.HasPrefix(rest, "▼") && !strings.HasPrefix(rest, "▶") {
		return 0, false, false
	}
	return laravelHeadTail(s, p+i+1), true, true
}

// laravelHeadTail skips what follows a header's bracket: an object id (#12), the fold
// arrow (▼ or ▶) and the `// file.php:12` newer versions append.
func laravelHeadTail(s string, p int) int {
	if p < len(s) && s[p] == '#' {
		p++
		for p < len(s) && phpDigit(s[p]) {
			p++
		}
	}
	p = phpSkipBlank(s, p)
	for _, arrow := range [...]string{"▼", "▶"} {
		if strings.HasPrefix(s[p:], arrow) {
			p = phpSkipBlank(s, p+len(arrow))
		}
	}
	if strings.HasPrefix(s[p:], "//") {
		p = phpLineEnd(s, p)
	}
	return p
}

// laravelString reads a quoted string whose text starts at s[q]. Symfony does not escape
// quotes inside, so on a line of its own the string runs to the line's last quote; in a
// one-line dump it ends at the first quote followed by a blank or a bracket.
func laravelString(s string, q int, oneLine bool) (string, int) {
	if !oneLine {
		le := phpLineEnd(s, q)
		r := strings.LastIndexByte(s[q:le], '"')
		if r < 0 {
			return strings.TrimRight(s[q:le], " \t\r"), le
		}
		return s[q : q+r], q + r + 1
	}
	for i := q; ; {
		j := strings.IndexByte(s[i:], '"')
		if j < 0 {
			return s[q:], len(s)
		}
		j += i
		if j+1 == len(s) || phpSpaceOrClose(s[j+1]) {
			return s[q:j], j + 1
		}
		i = j + 1
	}
}

// laravelBlock reads a multi-line string: `"""`, its lines (each ending in a literal \n),
// and a closing `"""` line.
func laravelBlock(s string, p int) (string, int) {
	var b strings.Builder
	lines := 0
	for i := phpLineEnd(s, p) + 1; i < len(s); {
		le := phpLineEnd(s, i)
		line := strings.TrimSpace(s[i:le])
		if line == `"""` {
			return b.String(), le
		}
		if lines > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.TrimSuffix(line, `\n`))
		lines++
		i = le + 1
	}
	return b.String(), len(s)
}

// phpMemo remembers where a pattern next occurs, so looking for it again from a later
// point (the next string of an Xdebug dump, or of the next dump) does not search again.
type phpMemo struct {
	pat      string
	from, at int // no occurrence in [from, at); at is one, or len(s) for none
	set      bool
}

func (m *phpMemo) index(s string, p int) int {
	if m.set && p >= m.from && p <= m.at {
		return m.at
	}
	m.from, m.set = p, true
	if i := strings.Index(s[p:], m.pat); i >= 0 {
		m.at = p + i
	} else {
		m.at = len(s)
	}
	return m.at
}

// phpMatch matches pat at s[p]: in pat, 'D' is one or more digits, 'C' one or more bytes
// of a class name, ' ' zero or more blanks, anything else itself. Runs are bounded by
// phpLook. It returns where the match ends.
func phpMatch(s string, p int, pat string) (int, bool) {
	for k := 0; k < len(pat); k++ {
		c := pat[k]
		if c != ' ' && c != 'D' && c != 'C' {
			if p >= len(s) || s[p] != c {
				return 0, false
			}
			p++
			continue
		}
		q := p
		for q < len(s) && q-p < phpLook && (c == ' ' && phpBlank(s[q]) || c == 'D' && phpDigit(s[q]) || c == 'C' && phpClassByte(s[q])) {
			q++
		}
		if q == p && c != ' ' {
			return 0, false
		}
		p = q
	}
	return p, true
}

func phpBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

func phpDigit(c byte) bool { return c >= '0' && c <= '9' }

// phpClassByte says whether c can be part of a class name (namespaced) or a word.
func phpClassByte(c byte) bool { return phpClassBytes[c] }

// phpClassBytes is phpClassByte's table: '_', '\\', digits, ASCII letters and every byte of
// a multi-byte character.
var phpClassBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c == '_' || c == '\\' || c >= 0x80 || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return t
}()

func phpDigits(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !phpDigit(v[i]) {
			return false
		}
	}
	return true
}

// phpInteger says whether v is an integer key (`0`, `-1`).
func phpInteger(v string) bool { return phpDigits(strings.TrimPrefix(v, "-")) }

// phpSpaceOrClose says whether c may follow a value's end: a blank, a newline or a
// closing bracket.
func phpSpaceOrClose(c byte) bool {
	return phpBlank(c) || c == '\n' || c == ')' || c == ']' || c == '}'
}

func phpSkipBlank(s string, p int) int {
	for p < len(s) && phpBlank(s[p]) {
		p++
	}
	return p
}

func phpSkipSpace(s string, p int) int {
	for p < len(s) && (phpBlank(s[p]) || s[p] == '\n') {
		p++
	}
	return p
}

// phpLineEnd returns the index of the newline ending the line s[p] is on, or len(s).
func phpLineEnd(s string, p int) int {
	if i := strings.IndexByte(s[p:], '\n'); i >= 0 {
		return p + i
	}
	return len(s)
}

// phpLineStart returns where the line s[p] is on starts.
func phpLineStart(s string, p int) int { return strings.LastIndexByte(s[:p], '\n') + 1 }

// phpAtLineStart says whether only blanks precede s[p] on its line.
func phpAtLineStart(s string, p int) bool {
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
		p--
	}
	return p == 0 || s[p-1] == '\n'
}

// phpIndent returns the indentation of the line s[p] is on.
func phpIndent(s string, p int) int {
	ls := phpLineStart(s, p)
	return phpSkipBlank(s, ls) - ls
}

// phpNextLine returns the start of the first non-blank line at or after p; a p inside a
// line moves to the next one.
func phpNextLine(s string, p int) int {
	if p > 0 && p < len(s) && s[p-1] != '\n' {
		p = phpLineEnd(s, p) + 1
	}
	for p < len(s) {
		q := phpSkipBlank(s, p)
		if q < len(s) && s[q] != '\n' {
			return p
		}
		p = q + 1
	}
	return len(s)
}
