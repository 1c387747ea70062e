package decode

import (
	"iter"
	"strings"
)

// Browser consoles and loggers print an object's members one per line, with no braces:
//
//	paymentResult.refusalReason: "010+Not+allowed"
//	paymentResult.resultCode: "Refused"
//
// and people paste a JSON body's inner lines without its braces. kvBody reads such lines
// back into an object, so the readers see the members they know.

// kvKeys are the members whose presence makes key-value lines an error body rather than
// a list of settings: a code, a status, a refusal.
var kvKeys = [...]string{"code", "errorcode", "error_code", "returncode", "refusalreason", "refusalreasoncode",
	"resultcode", "status", "statuscode", "status_code", "httpstatus", "error", "errortype", "error_type", "l_errorcode0", "reasoncode", "debug_id", "debugid", "codigo", "http_code"}

// kvBody is the object that key-value lines in text print, nil when there are fewer than
// two or none of them names a code, a status or a refusal. A dotted key keeps its full
// name ("paymentResult.resultCode"); readers look the last part up too.
func kvBody(text string) *object {
	text = text[:min(len(text), 64<<10)]
	var ms memberList
	strong := false
	n := 0
	for line := range kvLines(text) {
		k, v, ok := kvLine(line)
		if !ok {
			continue
		}
		// Java SDKs' toString writes debug-id and information-link: the API's debug_id.
		k = strings.ReplaceAll(k, "-", "_")
		if ms.find(k) >= 0 {
			continue
		}
		ms.add(k, v)
		n++
		last := k[strings.LastIndexByte(k, '.')+1:]
		for _, s := range kvKeys {
			if strings.EqualFold(last, s) {
				strong = true
			}
		}
		// An error's type ("Type: invalid_request_error", Stripe's and others' error types).
		if t, ok := v.(string); ok && strings.EqualFold(last, "type") && strings.HasSuffix(t, "_error") {
			strong = true
		}
		if n == 64 {
			break
		}
	}
	if n < 2 || !strong {
		return nil
	}
	o := &object{}
	for _, m := range ms.members {
		key := m.key
		// The dotted prefix of a console's flattened object names the object, not the
		// member: paymentResult.resultCode is resultCode.
		if i := strings.LastIndexByte(key, '.'); i >= 0 && !o.has(key[i+1:]) {
			key = key[i+1:]
		}
		o.add(key, m.val)
	}
	return o
}

// kvLines yields text's lines, and a print_r line that holds several of an array's
// members ("[error_message] => request_not_allowed [error_code] => FORBIDDEN
// [status_code] => 403", its line breaks lost in the pasting) as one line per member.
func kvLines(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for lines, more := text, true; more; {
			var line string
			line, lines, more = strings.Cut(lines, "\n")
			// A toString that parts its fields with tabs, PayPal's Java SDK's "response-code:
			// 403\tdetails: name: PERMISSION_DENIED\tmessage: …": a field each, and the
			// details' own first field for the details.
			if strings.Count(line, "\t") >= 2 && strings.Contains(line, ": ") {
				for parts, more := line, true; more; {
					var part string
					part, parts, more = strings.Cut(parts, "\t")
					if k, rest, ok := strings.Cut(part, ": "); ok && kvName(k) {
						if k2, _, ok := strings.Cut(rest, ": "); ok && kvName(k2) {
							part = rest
						}
					}
					if !yield(part) {
						return
					}
				}
				continue
			}
			// A code and its text on one line, as an app prints an API's messages:
			// "  - Code: E00114, Text: Invalid OTS Token." (the message's own commas stay).
			// A success's pair ("Code: I00001, Text: Successful.", an earlier call's) is no
			// member: a later failure's is.
			if k, rest, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "- "), ": "); ok && (strings.EqualFold(k, "code") || strings.EqualFold(k, "error code")) {
				if v, text, ok := strings.Cut(rest, ", "); ok && !strings.ContainsAny(v, " :") && strings.ContainsAny(v, "0123456789") {
					if tk, said, ok := strings.Cut(text, ": "); ok && textKey(tk) {
						if !successWord(said) && (!yield(k+": "+v) || !yield("message: "+said)) {
							return
						}
						continue
					}
				}
			}
			// A toString that prints its fields with no brackets around them: Openpay's
			// Java exception, "category=request, description=…, httpCode=400, errorCode=1001".
			if strings.Count(line, "=") >= 3 {
				for {
					j := nextCommaMember(line)
					if j < 0 {
						break
					}
					if !yield(line[:j]) {
						return
					}
					line = line[j+2:]
				}
			}
			for strings.Count(line, "] => ") > 1 {
				i := strings.Index(line, "] => ")
				j := nextPrintRMember(line, i+len("] => "))
				if j < 0 {
					break
				}
				if !yield(line[:j]) {
					return
				}
				line = line[j:]
			}
			if !yield(line) {
				return
			}
		}
	}
}

// textKey reports whether k names the words beside a code on its line.
func textKey(k string) bool {
	switch strings.ToLower(k) {
	case "text", "message", "description", "reason", "error text", "error message":
		return true
	}
	return false
}

// successWord reports whether a message says only that a call succeeded.
func successWord(s string) bool {
	s = strings.TrimRight(s, ". ")
	return strings.EqualFold(s, "successful") || strings.EqualFold(s, "success") || strings.EqualFold(s, "ok")
}

// nextCommaMember is where ", name=" begins in a line of a toString's fields; -1 when no
// such separator follows a "name=" start.
func nextCommaMember(line string) int {
	eq := strings.IndexByte(line, '=')
	if eq < 1 || !kvName(line[:eq]) {
		return -1
	}
	for off := eq; ; {
		i := strings.Index(line[off:], ", ")
		if i < 0 {
			return -1
		}
		start := off + i
		rest := line[start+2:]
		if e := strings.IndexByte(rest, '='); e > 0 && kvName(rest[:e]) {
			return start
		}
		off = start + 2
	}
}

// nextPrintRMember is where the next "[name] => " starts in line, from off on; -1 when
// none does.
func nextPrintRMember(line string, off int) int {
	for off < len(line) {
		i := strings.Index(line[off:], " [")
		if i < 0 {
			return -1
		}
		start := off + i + 1
		if end := strings.IndexByte(line[start:], ']'); end > 1 && strings.HasPrefix(line[start+end:], "] => ") && kvName(line[start+1:start+end]) {
			return start
		}
		off = start + 1
	}
	return -1
}

// kvLine reads one `key: value` or `"key": value,` line; the key is a name (letters,
// digits, _ . -), the value a quoted string, a number, true, false or null, or a bare
// word run up to the line's end. Lines that open or close a structure are not members.
func kvLine(line string) (string, any, bool) {
	l := strings.TrimSpace(line)
	if rest, ok := strings.CutPrefix(l, "- **"); ok {
		// A Markdown list of bold names: "- **data.code:** FLW_ERR", "- **status**: error".
		if k, v, ok := strings.Cut(rest, ":**"); ok {
			l = k + ":" + v
		} else if k, v, ok := strings.Cut(rest, "**:"); ok {
			l = k + ":" + v
		}
	}
	l = strings.Trim(l, "`*")                                // a line pasted in Markdown's backticks or bold
	l = strings.TrimSuffix(strings.TrimSuffix(l, ","), " }") // a JavaScript dump's last member closes it: code: '001034' }
	if len(l) < 3 {
		return "", nil, false
	}
	if l[0] == '[' {
		// print_r's item lines pasted without "Array (": "[L_ERRORCODE0] => 10486", the
		// value being the rest of the line.
		end := strings.IndexByte(l, ']')
		if end < 2 || !strings.HasPrefix(l[end+1:], " => ") || !kvName(l[1:end]) {
			return "", nil, false
		}
		v := strings.TrimSpace(l[end+5:])
		switch {
		case v == "" || v == "Array" || strings.HasSuffix(v, " Object"):
			return "", nil, false
		case isNumber(v):
			return l[1:end], number(v), true
		}
		return l[1:end], v, true
	}
	if l[0] == '#' || l[0] == '+' {
		// Laravel dd()'s protected (#) and public (+) properties: #errorCode: "resource_missing".
		l = l[1:]
		if l == "" {
			return "", nil, false
		}
	}
	key, rest := "", ""
	quoted := l[0] == '"' || l[0] == '\''
	if quoted {
		end := strings.IndexByte(l[1:], l[0])
		if end <= 0 {
			return "", nil, false
		}
		key, rest = l[1:1+end], l[2+end:]
	} else {
		i, words := 0, 0
	name:
		for ; i < len(l); i++ {
			switch c := l[i]; {
			case isKeyByte(c) || c == '.' || c == '-' || c >= 0x80: // "Código: 2006"
			case c == ' ' && words < 2 && i+1 < len(l) && l[i+1] >= 'A' && l[i+1] <= 'Z' && l[0] >= 'A' && l[0] <= 'Z':
				words++ // a key of capitalised words: "Status Code: 400", "Error Message: …"
			default:
				break name
			}
		}
		key, rest = l[:i], l[i:]
		if words > 0 && !strings.HasPrefix(rest, ":") {
			return "", nil, false
		}
		key = strings.ReplaceAll(key, " ", "") // read as StatusCode, ErrorMessage
		if strings.EqualFold(key, "código") {
			key = "codigo"
		}
	}
	if !kvName(key) {
		return "", nil, false
	}
	tabbed := !quoted && strings.HasPrefix(rest, "\t") // a browser's copy of an object's properties: "code\tUNAUTHORIZED"
	rest = strings.TrimLeft(rest, " \t")
	switch {
	case tabbed && rest != "" && rest[0] != ':' && rest[0] != '=':
	case strings.HasPrefix(rest, "=> ") || !quoted && strings.HasPrefix(rest, "-> ") && key == strings.ToUpper(key):
		// A PHP array's lines pasted without the array around them, as Laravel's dd() and
		// var_export print them ("L_ERRORCODE0" => "10002"), and WHMCS's gateway log, which
		// writes them unquoted and nested by indent (response_message => O valor …);
		// PrestaShop's PayPal module prints PayPal's answer as "L_ERRORCODE0 -> 10472".
		rest = strings.TrimSpace(rest[2:])
	case rest == "" || (rest[0] != ':' && rest[0] != '=') || strings.HasPrefix(rest, "=>") || strings.HasPrefix(rest, "://"):
		return "", nil, false
	default:
		rest = strings.TrimSpace(rest[1:])
	}
	if rest == "" || rest[0] == '{' || rest[0] == '[' {
		return "", nil, false
	}
	switch {
	case rest[0] == '"' || rest[0] == '\'':
		s := strings.Trim(rest, `"'`)
		if strings.IndexByte(s, '\\') >= 0 && jsonEscapes(s) {
			p := parser{b: `"` + bareQuotesEscaped(s) + `"`}
			if u := p.string(); p.pos == len(p.b) {
				s = u // its escapes, as a JSON string's (not strconv.Unquote: 9 KB of wasm)
			}
		}
		return key, formWords(s), true
	case strings.HasPrefix(rest, "**") || strings.HasPrefix(rest, "`"):
		// A value set in Markdown's bold or code: "Código: **STATUS_ERRO_INTERNO**".
		if v := strings.Trim(rest, "*` "); v != "" && v != rest {
			return kvLine(key + ": " + v)
		}
		return "", nil, false
	case rest == "null" || rest == "None" || rest == "nil":
		return key, nil, true
	case rest == "true" || rest == "false":
		return key, rest == "true", true
	case isNumber(rest):
		return key, number(rest), true
	case strings.ContainsAny(rest, " \t") && !proseKey(key):
		return "", nil, false // prose after a label ("Error: the card was declined") is read as prose
	}
	return key, rest, true
}

// formWords undoes a query string's escaping in a value a console printed as it was
// sent back: "010+Not+allowed" is "010 Not allowed".
func formWords(s string) string {
	if !strings.Contains(s, "+") || strings.ContainsAny(s, " :/") {
		return s
	}
	for _, w := range strings.Split(s, "+") {
		if w == "" {
			return s
		}
		for i := 0; i < len(w); i++ {
			if !isKeyByte(w[i]) && w[i] != '%' && w[i] != '.' && w[i] != ',' {
				return s
			}
		}
	}
	return formUnescape(s)
}

// proseKey reports whether a key's value is words: a message or a description.
func proseKey(key string) bool {
	k := strings.TrimRight(strings.ToLower(key[strings.LastIndexByte(key, '.')+1:]), "0123456789") // PayPal's NVP L_LONGMESSAGE0
	for _, suffix := range [...]string{"message", "mensagem", "mensaje", "description", "descricao", "detail", "details", "reason"} {
		if strings.HasSuffix(k, suffix) {
			return true
		}
	}
	return false
}

// kvName reports whether a key is a member name, not a word of prose or a log's field.
func kvName(k string) bool {
	if k == "" || len(k) > 64 || strings.Count(k, ".") > 3 {
		return false
	}
	c := k[0]
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isKeyByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// logfmtBody reads the first line of text written in logfmt, space-separated key=value
// pairs with quoted values where they hold spaces, as Heroku's router logs a failed
// request: `at=error code=H12 desc="Request timeout" method=POST path="/" … status=503`.
// nil when no line has four pairs or more that name a code or a status.
func logfmtBody(text string) *object {
	text = text[:min(len(text), 64<<10)]
	if strings.Count(text, "=") < 4 {
		return nil
	}
	for lines := text; lines != ""; {
		line := lines
		if i := strings.IndexByte(lines, '\n'); i >= 0 {
			line = lines[:i+1]
		}
		lines = lines[len(line):]
		if strings.Count(line, "=") < 4 {
			continue
		}
		var ms memberList
		strong := false
		for rest := line; rest != ""; {
			rest = strings.TrimLeft(rest, " \t\r\n")
			i := 0
			for i < len(rest) && (isKeyByte(rest[i]) || rest[i] == '.' || rest[i] == '-') {
				i++
			}
			if i == 0 || i >= len(rest) || rest[i] != '=' || !kvName(rest[:i]) {
				// Not a pair (a timestamp, a log's prefix): skip the word.
				if j := strings.IndexAny(rest, " \t"); j >= 0 {
					rest = rest[j:]
					continue
				}
				break
			}
			key, v := rest[:i], rest[i+1:]
			var val string
			if strings.HasPrefix(v, `"`) {
				end := strings.IndexByte(v[1:], '"')
				if end < 0 {
					break
				}
				val, rest = v[1:1+end], v[2+end:]
			} else {
				end := strings.IndexAny(v, " \t\r\n")
				if end < 0 {
					end = len(v)
				}
				val, rest = v[:end], v[end:]
			}
			if ms.find(key) < 0 {
				ms.add(key, val)
			}
			strong = strong || key == "code" || key == "status" || key == "error"
		}
		if len(ms.members) >= 4 && strong {
			if ms.find("code") < 0 {
				// Heroku's router before logfmt: "heroku[router]: Error H12 (Request timeout)
				// -> POST host/path dyno=web.1 … status=503".
				if _, after, ok := strings.Cut(line, "Error "); ok {
					if c := codeToken(after); len(c) >= 3 && len(c) <= 4 && c[0] >= 'A' && c[0] <= 'Z' && isNumber(c[1:]) && strings.HasPrefix(after[len(c):], " (") {
						if desc, _, ok := strings.Cut(after[len(c)+2:], ")"); ok {
							ms.add("code", c)
							ms.add("desc", desc)
						}
					}
				}
			}
			return &object{members: ms.members}
		}
	}
	return nil
}

// jsonEscapes reports whether every backslash in s begins one of JSON's escapes: a
// Windows path (C:\certs\x.p12) or Python's \xc3 is kept as written.
func jsonEscapes(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			continue
		}
		if i+1 >= len(s) || strings.IndexByte(`"\\/bfnrtu`, s[i+1]) < 0 {
			return false
		}
		if s[i+1] == 'u' && (i+6 > len(s) || !isDumpHex(s[i+2]) || !isDumpHex(s[i+3]) || !isDumpHex(s[i+4]) || !isDumpHex(s[i+5])) {
			return false
		}
		i++
	}
	return true
}

// bareQuotesEscaped escapes the quotes in s that no backslash escapes already.
func bareQuotesEscaped(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			b.WriteByte(s[i])
			i++
			b.WriteByte(s[i])
		case s[i] == '"':
			b.WriteString(`\"`)
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
