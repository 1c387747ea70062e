package decode

import (
	"bytes"
	"slices"
	"sort"
	"strings"
)

// mask replaces a secret's value in every output. It is plain ASCII, so a masked JSON
// string stays valid JSON and a masked header line stays a header line.
const mask = "****"

// isSecretName reports whether a lower-cased header or member name holds a secret: a
// credential, card data (PAN, CVV) or a person's tax document (CPF, CNPJ), none of which an
// explanation needs and all of which a share link or a ticket must not carry. A switch,
// not a map: nothing to build at start-up, and the compiler searches it by length, then
// value.
func isSecretName(name string) bool {
	switch name {
	case "authorization", "proxy-authorization", "x-api-key", "api-key", "apikey", "api_key",
		"x-apikey", "x-auth-token", "auth-token", "auth_token", "x-access-token", "access_token",
		"accesstoken", "access-token", "refresh_token", "client_secret", "clientsecret",
		"client-secret", "password", "passwd", "secret", "token", "private_key", "privatekey",
		"cookie", "set-cookie", "x-client-secret", "pix-api-key",
		// card data
		"card_number", "cardnumber", "card-number", "pan", "cvv", "cvc", "cvv2", "cvc2",
		"security_code", "securitycode", "card_cvv", "card_cvc":
		return true
	}
	return isDocumentName(name) // Brazilian tax documents
}

// keyPrefixes are value prefixes that mark a key by itself, wherever it stands.
var keyPrefixes = [...]struct{ prefix, label string }{
	{"sk_live_", "secret key (sk_live_…)"}, {"sk_test_", "secret key (sk_test_…)"},
	{"rk_live_", "restricted key (rk_live_…)"}, {"rk_test_", "restricted key (rk_test_…)"},
	{"pk_live_", "publishable key (pk_live_…)"}, {"pk_test_", "publishable key (pk_test_…)"},
	{"whsec_", "webhook secret (whsec_…)"},
}

type span struct {
	start, end int
	keep       int    // bytes at start of the value kept visible (a key's prefix)
	wrap       string // quotes around the mask: a bare JSON number becomes a string
}

// Redact masks the secrets in text: the values of credential headers and members
// (X-API-Key, Authorization, Cookie, access_token …, in header lines, curl -H arguments,
// JSON, HAR and JavaScript dumps) and key-like tokens anywhere (sk_live_…, bearer tokens,
// JSON Web Tokens). It returns the masked text and what was masked, each name once, in
// the order first met. Text with no secret is returned unchanged (same backing array).
//
// It reads text once, a word at a time (a word is a run of letters, digits, '-' and '_').
func Redact(text []byte) ([]byte, []string) {
	r := redaction{text: text}
	inString := false // whether text[i] is inside a double-quoted string on its line
	for i := 0; i < len(text); {
		if c := text[i]; !nameBytesFold[c] {
			if c == '"' || c == '\n' || c == '\r' {
				inString = quoteState(text, i, i+1, inString)
			}
			i++
			continue
		}
		j := i
		for j < len(text) && nameBytesFold[text[j]] {
			j++
		}
		if next, ok := r.secretAt(text, i, j, &inString); ok {
			i = next
			continue
		}
		i = j
	}
	if len(r.spans) == 0 {
		return text, nil
	}
	return r.apply(text), r.names
}

// redaction is what Redact found to mask: spans of text, and the names of what they hold.
type redaction struct {
	text  []byte
	spans []span
	names []string
}

// add masks s, unless it is empty or a placeholder (placeholderValue); it reports whether
// it did.
func (r *redaction) add(s span, name string) bool {
	if s.end-s.start <= s.keep || placeholderValue(r.text[s.start+s.keep:s.end]) {
		return false
	}
	r.spans = append(r.spans, s)
	if !slices.Contains(r.names, name) {
		r.names = append(r.names, name)
	}
	return true
}

// secretAt masks what the word text[i:j] starts, if it is a secret: a card number, the
// value of a member or header named like a credential, or a key by its own shape. It
// returns where reading goes on.
func (r *redaction) secretAt(text []byte, i, j int, inString *bool) (int, bool) {
	word := text[i:j]
	if c := word[0]; c >= '2' && c <= '6' && !(i >= 2 && text[i-1] == '.' && text[i-2] >= '0' && text[i-2] <= '9') {
		// A card number written anywhere (a message quoting it, a log line): 13 to 19
		// digits, maybe in groups, with a card network's first digit, that pass Luhn; not
		// a decimal number's fraction ("0.5007070707070").
		if end, ok := panAt(text, i); ok {
			r.add(cardSpan(text, i, end, *inString), "card number")
			return end, true
		}
	}
	if !secretFirst[word[0]] { // first letters of secret names and key prefixes
		return 0, false
	}
	// A key is longer than any name (a live Stripe key runs past 100 bytes): its first
	// bytes, lower-cased, are enough to know it.
	var buf [32]byte
	lw := buf[:min(len(word), len(buf))]
	for k := range lw {
		lw[k] = lowerByte(word[k])
	}
	// A member named just "number" is a card's number (card.number, card[number]) or a
	// document's (identification.number) only when its value is one: a PAN that passes
	// Luhn, a CPF or a CNPJ with valid check digits.
	if len(word) == 6 && string(lw) == "number" {
		if s, ok := secretValue(text, i, j, *inString); ok {
			if label := cardOrDocument(text[s.start:s.end]); label != "" {
				r.add(s, label)
				*inString = quoteState(text, j, s.end, *inString)
				return max(j, s.end), true
			}
		}
	}
	if len(word) >= 3 && len(word) <= 19 && isSecretName(string(lw)) {
		if s, ok := secretValue(text, i, j, *inString); ok && !saysWhatIsWrong(text[s.start:s.end], isDocumentName(string(lw))) && r.add(s, string(word)) {
			*inString = quoteState(text, j, s.end, *inString)
			return max(j, s.end), true
		}
	}
	if sp, label, ok := keyToken(text, i, lw); ok && r.add(sp, label) {
		return sp.end, true
	}
	return 0, false
}

// placeholderValue reports whether a value is what a program wrote for none ("Bearer
// undefined", "access_token: null"): no secret, and the cause of the error, which masking
// would hide. The whole value must be that word, after "Bearer " at most.
func placeholderValue(v []byte) bool {
	switch w := strings.Trim(string(v[:min(len(v), 24)]), "\"' "); strings.ToLower(strings.TrimPrefix(w, "Bearer ")) {
	case "null", "nil", "none", "undefined":
		return len(v) <= 24
	}
	return false
}

// saysWhatIsWrong reports whether a credential's value is words about it rather than the
// credential: "Token: Invalid token." (e.Rede), "password: required". No key, token or
// password begins that way, and masking them would hide the error itself (Banco Inter's
// "body.pagador.cpfCnpj: must not be null").
func saysWhatIsWrong(value []byte, document bool) bool {
	v := strings.ToLower(string(value[:min(len(value), 16)]))
	for _, w := range [...]string{"invalid ", "invalid.", "missing", "expired", "required", "is required", "not found",
		"not provided", "inválid", "obrigatóri", "não inform", "no válid"} {
		if strings.HasPrefix(v, w) {
			return true
		}
	}
	if !document || longRun(value) {
		return false
	}
	// A document's member only: a rule's words ("must not be null") with no number in them
	// that could be the document.
	for _, w := range [...]string{"must not ", "must be ", "cannot be ", "can't be ", "should be ", "is not ", "não pode ", "deve ser ", "no puede ", "debe ser "} {
		if strings.HasPrefix(v, w) {
			return true
		}
	}
	return false
}

// isDocumentName reports whether a secret's name is a tax document's (CPF, CNPJ).
func isDocumentName(name string) bool {
	switch name {
	case "cpf", "cnpj", "cpfcnpj", "cpf_cnpj", "tax_id", "taxid", "payer_document", "document", "document_number", "documentnumber":
		return true
	}
	return false
}

// longRun reports whether v holds three digits or more in a row, or a run of 16 letters
// and digits: a document's or a key's value after the words.
func longRun(v []byte) bool {
	digits, word := 0, 0
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9':
			digits++
			word++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-':
			digits = 0
			word++
		case c == '.' || c == '/':
			word = 0 // 529.982.247-25 keeps its digits' count
		default:
			digits, word = 0, 0
		}
		if digits >= 3 || word >= 16 {
			return true
		}
	}
	return false
}

// cardSpan is the span of a card number at text[i:end]; a bare JSON number ("pan":
// 4111…) is masked as a string, so the JSON stays valid.
func cardSpan(text []byte, i, end int, inString bool) span {
	sp := span{start: i, end: end}
	if inString {
		return sp
	}
	k := i - 1
	for k >= 0 && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r') {
		k--
	}
	if k < 0 || text[k] == ':' || text[k] == '[' || text[k] == ',' {
		sp.wrap = `"`
	}
	return sp
}

// apply writes text with every span masked; overlapping spans mask once.
func (r *redaction) apply(text []byte) []byte {
	// The spans' starts are distinct (reading goes on past each span found), so any sort
	// orders them alike: sort.SliceStable, the one sorting routine the wasm links already
	// (codes.go), not a generic copy of pdqsort for spans.
	sort.SliceStable(r.spans, func(i, j int) bool { return r.spans[i].start < r.spans[j].start })
	out := make([]byte, 0, len(text))
	last := 0
	for _, s := range r.spans {
		if s.start < last { // overlapping: the earlier span already masked this
			last = max(last, s.end)
			continue
		}
		out = append(out, text[last:s.start+s.keep]...)
		out = append(out, s.wrap...)
		out = append(out, mask...)
		out = append(out, s.wrap...)
		last = s.end
	}
	return append(out, text[last:]...)
}

// keyToken recognises a credential by its own shape at text[i:], whose first word,
// lower-cased, is lw: a prefixed key (sk_live_…), a JSON Web Token, or the credentials
// after "Bearer " or "Basic ".
func keyToken(text []byte, i int, lw []byte) (span, string, bool) {
	tokenEnd := func(from int) int {
		for from < len(text) && isTokenByte(text[from]) {
			from++
		}
		return from
	}
	switch {
	case len(lw) > 6 && (lw[2] == '_' || lw[5] == '_'): // sk_live_…, whsec_…
		for _, kp := range keyPrefixes {
			if bytes.HasPrefix(lw, []byte(kp.prefix)) {
				if end := tokenEnd(i); end-i-len(kp.prefix) >= 8 {
					return span{start: i, end: end, keep: len(kp.prefix)}, kp.label, true
				}
			}
		}
	case bytes.HasPrefix(lw, []byte("eyj")):
		// A JSON Web Token has three dot-separated parts; "eyJ" alone is not one.
		if end := tokenEnd(i); end-i >= 20 && bytes.Count(text[i:end], []byte(".")) >= 2 {
			return span{start: i, end: end}, "JSON Web Token", true
		}
	case string(lw) == "bearer" || string(lw) == "basic":
		start := i + len(lw)
		if start < len(text) && text[start] == ' ' {
			// Too short to be a credential: "bearer token", "basic auth".
			if end := tokenEnd(start + 1); end-start-1 >= 8 {
				label := "bearer token"
				if string(lw) == "basic" {
					label = "basic credentials"
				}
				return span{start: start + 1, end: end}, label, true
			}
		}
	}
	return span{}, "", false
}

// cardOrDocument names what a value is when it is a card number (13 to 19 digits that
// pass the Luhn check) or a Brazilian tax document (a CPF or CNPJ whose check digits are
// right), ignoring spaces, dots, dashes and slashes; "" otherwise.
func cardOrDocument(v []byte) string {
	var d [19]byte
	n := 0
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9':
			if n == len(d) {
				return ""
			}
			d[n] = c - '0'
			n++
		case c == ' ' || c == '.' || c == '-' || c == '/':
		default:
			return ""
		}
	}
	digits := d[:n]
	switch {
	case n == 11 && checkDigits(digits, 9, []int{10, 9, 8, 7, 6, 5, 4, 3, 2}) && checkDigits(digits, 10, []int{11, 10, 9, 8, 7, 6, 5, 4, 3, 2}):
		return "CPF"
	case n == 14 && checkDigits(digits, 12, []int{5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}) && checkDigits(digits, 13, []int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}):
		return "CNPJ"
	case n >= 13 && luhn(digits):
		return "card number"
	}
	return ""
}

// panAt reports whether a card number starts at text[i] and where it ends: 13 to 19
// digits, in one run or in groups split by single spaces or dashes, not part of a longer
// number or word, passing the Luhn check.
func panAt(text []byte, i int) (int, bool) {
	var d [19]byte
	var groups [5]int // digits per group, when the number is written in groups
	n, g, end := 0, 0, i
	for k := i; k < len(text); k++ {
		c := text[k]
		switch {
		case c >= '0' && c <= '9':
			if n == len(d) {
				return 0, false
			}
			d[n] = c - '0'
			n++
			groups[g]++
			end = k + 1
		case (c == ' ' || c == '-') && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9' && k > i && text[k-1] >= '0' && text[k-1] <= '9':
			// Only the way cards are printed: 4-4-4-4(-3) or Amex's 4-6-5.
			if g == len(groups)-1 || (groups[g] != 4 && !(g == 1 && groups[1] == 6)) {
				k = len(text)
				continue
			}
			g++
		default:
			if nameBytesFold[c] || c == '.' && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9' {
				return 0, false // a word or a decimal, not a card number
			}
			k = len(text)
		}
	}
	if n < 13 || !luhn(d[:n]) {
		return 0, false
	}
	return end, true
}

// checkDigits reports whether d[at] is the modulo-11 check digit of d[:at] with weights
// w, as CPF and CNPJ compute it. All-equal digits (000.000.000-00) are not a document.
func checkDigits(d []byte, at int, w []int) bool {
	same := true
	sum := 0
	for k := range at {
		sum += int(d[k]) * w[k]
		same = same && d[k] == d[0]
	}
	r := sum % 11
	want := 0
	if r >= 2 {
		want = 11 - r
	}
	return !same && int(d[at]) == want
}

// luhn reports whether digits pass the Luhn check that every card number carries.
func luhn(digits []byte) bool {
	sum := 0
	for k := range digits {
		c := int(digits[len(digits)-1-k])
		if k%2 == 1 {
			c *= 2
			if c > 9 {
				c -= 9
			}
		}
		sum += c
	}
	return sum%10 == 0
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// nameBytes marks the bytes of a header or member name: lower-case letters, digits, '-'
// and '_'. A table, because Redact asks for every byte of the paste.
var nameBytes = [256]bool{'-': true, '_': true,
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true,
	'j': true, 'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true,
	's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true}

func isNameByte(c byte) bool { return nameBytes[c] }

// nameBytesFold is nameBytes in either case, isNameByte(lowerByte(c)) in one look, for the
// loops that ask it of every byte of a paste (the Worker's build inlines no call).
var nameBytesFold = [256]bool{'-': true, '_': true,
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true,
	'j': true, 'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true,
	's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true,
	'J': true, 'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true,
	'S': true, 'T': true, 'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true}

// secretFirst marks the first letters of secret names and key prefixes, in either case.
var secretFirst = [256]bool{'a': true, 'b': true, 'c': true, 'd': true, 'n': true, 'p': true, 'r': true, 's': true,
	'w': true, 'e': true, 't': true, 'x': true, 'A': true, 'B': true, 'C': true, 'D': true, 'N': true, 'P': true,
	'R': true, 'S': true, 'W': true, 'E': true, 'T': true, 'X': true}

// isTokenByte reports whether c may be part of a key or token value.
func isTokenByte(c byte) bool {
	return c == '-' || c == '_' || c == '.' || c == '+' || c == '/' || c == '=' || c == '~' ||
		(c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// secretValue finds the value that follows a secret name ending at i: `Name: value` (a
// header line, to the end of the line or the closing quote of a curl -H argument),
// `"name": "value"` or `name='value'` (JSON, JavaScript), `name=value` (query strings, form
// bodies, log lines), JSON escaped inside a JSON string (`\"name\":\"value\"`, as in a
// HAR's postData or a log line), and HAR's `{"name": "X-API-Key", "value": "…"}`.
//
// The span never takes the quote or the backslash that closes a value, and a value that is
// an array or an object is left to its own members' names, so that masked JSON stays JSON.
//
// inString says whether the name stands inside a double-quoted string (a JSON string
// holding "token=…"): a quote right after its separator then closes that string, and
// there is no value to mask.
func secretValue(text []byte, name, i int, inString bool) (span, bool) {
	j := i
	closing := "" // the quote that closed the name, if any
	if q, n := quoteAt(text, j); n > 0 {
		closing = q
		j += n
	}
	bracket := j < len(text) && text[j] == ']' // a form field such as card[cvc]=…, print_r's [key], var_dump's ["key"]
	if bracket {
		j++
	}
	j = skipBlanks(text, j)
	if j >= len(text) {
		return span{}, false
	}
	sep := text[j]
	arrow := false
	switch sep {
	case ':', '=':
		j = skipBlanks(text, j+1)
		if arrow = sep == '=' && j < len(text) && text[j] == '>'; arrow {
			// PHP's and Ruby's "key => value" (print_r, var_export, a hash); var_dump puts
			// the value on the next line, as string(11) "…" or int(123).
			j = skipBlanks(text, j+1)
			if next := skipSpace(text, j); next > j && (hasPrefixFold(text[next:], "string(") || hasPrefixFold(text[next:], "int(")) {
				j = next // var_dump's value on the line below; print_r's empty value is none
			}
			if k := bytes.IndexByte(text[j:min(len(text), j+16)], ')'); k > 0 && hasPrefixFold(text[j:], "string(") {
				j = skipBlanks(text, j+k+1)
			} else if hasPrefixFold(text[j:], "int(") {
				j += len("int(") // the number inside the parentheses
			}
		}
	case ',':
		// HAR header object: the name's value member follows, maybe on the next line.
		k := skipSpace(text, j+1)
		if !hasPrefixFold(text[k:], `"value"`) {
			return span{}, false
		}
		k = skipSpace(text, k+len(`"value"`))
		if k >= len(text) || text[k] != ':' {
			return span{}, false
		}
		j = skipSpace(text, k+1)
	default:
		return span{}, false
	}
	if j >= len(text) {
		return span{}, false
	}
	if q, n := quoteAt(text, j); n > 0 {
		if q == `"` && inString && closing != `"` {
			return span{}, false // the quote that closes the JSON string the name sits in
		}
		start := j + n
		end := closeQuote(text, start, q)
		if inString && q != `"` {
			// Inside a JSON string ("… token: 'abc' …"): the value ends no later than the
			// quote that closes the string it sits in.
			if k := unescapedQuote(text[start:end]); k >= 0 {
				end = start + k
			}
		}
		if end == start {
			return span{}, false
		}
		return span{start: start, end: end}, true
	}
	if (closing == `"` || closing == `\"`) && !arrow {
		// A bare JSON value. An array or an object is left alone (its members are masked by
		// their own names), and so are true, false and null; a number is masked as a string.
		end := j
		for end < len(text) && (text[end] >= '0' && text[end] <= '9' || text[end] == '.' || text[end] == '-' ||
			text[end] == '+' || text[end] == 'e' || text[end] == 'E') {
			end++
		}
		if end == j {
			return span{}, false
		}
		wrap := `"`
		if closing == `\"` {
			wrap = `\"`
		}
		return span{start: j, end: end, wrap: wrap}, true
	}
	if text[j] == '[' || text[j] == '{' {
		return span{}, false
	}
	if arrow {
		// A nested array or object (print_r's "Array", "stdClass Object", var_dump's
		// "array(2) {", var_export's "array ("): its members are masked by their own names.
		line := text[j:min(len(text), j+200)]
		if k := bytes.IndexByte(line, '\n'); k >= 0 {
			line = line[:k]
		}
		if hasPrefixFold(line, "array") || bytes.Contains(line, []byte(" Object")) {
			return span{}, false
		}
	}
	// print_r's "[key] => value" runs to the line's end; Ruby's and var_export's inline
	// "key => value, …" to a comma or a brace.
	headerLine := sep == ':' && closing == "" && atLineStart(text, name) || arrow && bracket && closing == ""
	end := j
	for end < len(text) && !endsBareValue(text, end, sep, headerLine) {
		if text[end] == ';' && sep == ':' && !headerLine && end+1 < len(text) && text[end+1] == ' ' && !hasPrefixFold(text[name:], "cookie") && clauseEnd(text[j:end]) {
			break // the id ends the sentence's clause: "No such token: tok_…; a similar object exists …" (a cookie's pairs go on)
		}
		end++
	}
	for end > j && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	if end == j {
		return span{}, false
	}
	return span{start: j, end: end}, true
}

// clauseEnd reports whether a value so far is one word of no pairs, which a "; " after it
// ends: "tok_1AbC; a similar object …" (not "a=b; c=d", nor a passphrase's words).
func clauseEnd(v []byte) bool {
	for _, c := range v {
		if c == '=' || c == ' ' || c == '\t' {
			return false
		}
	}
	return true
}

// endsBareValue reports whether text[k] ends an unquoted secret value that followed the
// separator sep: ':' for a header (a header line runs to its end, whatever it holds; a
// header inside a curl -H argument or a JSON string, to the quote that closes it), '='
// for a query string, a form body or a log line (to the first byte no token holds).
func endsBareValue(text []byte, k int, sep byte, headerLine bool) bool {
	c := text[k]
	if c == '\n' || c == '\r' {
		return true
	}
	if headerLine {
		return false
	}
	switch c {
	case '&', ',', '}', '\\', '\'', '"':
		return true
	case ' ', '\t', ';', ']', ')', '<', '>':
		return sep == '='
	}
	return false
}

// atLineStart reports whether the name at text[i] starts its line, as a header does in
// curl -i or -v output (after "> " or "< ") and in a pasted request.
func atLineStart(text []byte, i int) bool {
	for i > 0 {
		switch text[i-1] {
		case '\n', '\r':
			return true
		case ' ', '\t', '>', '<':
			i--
		default:
			return false
		}
	}
	return true
}

// quoteState returns whether text[to] is inside a double-quoted string, given whether
// text[from] is: it follows the unescaped quotes in between, and a line break ends any
// string (JSON strings hold none).
func quoteState(text []byte, from, to int, inString bool) bool {
	for k := from; k < to; k++ {
		switch text[k] {
		case '\n', '\r':
			inString = false
		case '"':
			backslashes := 0
			for b := k - 1; b >= 0 && text[b] == '\\'; b-- {
				backslashes++
			}
			if backslashes%2 == 0 {
				inString = !inString
			}
		}
	}
	return inString
}

// quoteAt returns the quote that opens at text[i] and its length: `"`, `'`, or `\"` (a
// JSON string escaped inside another); n is 0 when there is none.
func quoteAt(text []byte, i int) (q string, n int) {
	switch {
	case i < len(text) && text[i] == '"':
		return `"`, 1
	case i < len(text) && text[i] == '\'':
		return `'`, 1
	case i+1 < len(text) && text[i] == '\\' && text[i+1] == '"':
		return `\"`, 2
	}
	return "", 0
}

// closeQuote returns where the string opened by quote q and starting at text[start] ends:
// the index of its closing quote, past escaped characters, or len(text) for a string that
// the paste cuts off.
func closeQuote(text []byte, start int, q string) int {
	for k := start; k < len(text); k++ {
		switch c := text[k]; {
		case c == '\\' && q == `\"`:
			if k+1 < len(text) && text[k+1] == '"' {
				return k
			}
			k++ // a doubly escaped character: \\ or \n
		case c == '\\':
			k++
		case c == q[0]:
			return k
		}
	}
	return len(text)
}

// unescapedQuote is the index of the first '"' in b that no backslash escapes, or -1.
func unescapedQuote(b []byte) int {
	for k := 0; k < len(b); k++ {
		switch b[k] {
		case '\\':
			k++
		case '"':
			return k
		}
	}
	return -1
}

func skipBlanks(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func hasPrefixFold(b []byte, prefix string) bool {
	return hasPrefixFoldString(string(b[:min(len(b), len(prefix))]), prefix)
}
