package decode

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/decimal"
	"github.com/decifra/decifra/internal/grams"
)

// MaxInput is how many bytes of a paste are read (4 MiB: a HAR exported from a browser
// with its scripts and images is often more than 1 MiB, and the failed call may be its
// last entry). A longer paste is explained from its first MaxInput bytes, and
// Explanation.Input says so.
const MaxInput = 4 << 20

// maxInputMiB is MaxInput in words, for the notes that say how much was read.
const maxInputMiB = "4 MiB"

// maxCandidates bounds how many '{' in a log or stack trace are tried as the start of the
// error body.
const maxCandidates = 64

// Format is how a paste was read, as reported in Explanation.Input.Format.
type Format string

// The input forms.
const (
	FormatJSON       Format = "json"       // a bare JSON body
	FormatJavaScript Format = "javascript" // a JSON-like dump: unquoted keys, single quotes, comments
	FormatCurl       Format = "curl"       // curl -i / -v output, or any raw HTTP response
	FormatHAR        Format = "har"        // a HAR file or one HAR entry
	FormatLog        Format = "log"        // a log line or stack trace with the body inside
	FormatDump       Format = "dump"       // a PHP, Ruby, Python, Java or .NET printout of the body
	FormatXML        Format = "xml"        // an XML or SOAP body
)

type header struct{ name, value string }

func headerValue(hs []header, name string) string {
	for _, h := range hs {
		if strings.EqualFold(h.name, name) {
			return h.value
		}
	}
	return ""
}

// parts is what could be read of a paste: the HTTP pieces and the body.
type parts struct {
	format     Format
	status     int
	statusText string
	headers    []header // response headers
	reqHeaders []header // request headers (curl -v, HAR)
	method     string   // request method, when the paste shows it
	hosts      []string // host names seen (request line, URLs, Host header)
	body       *object  // the error body, when it is a JSON object
	bodyText   string   // the raw body when it is not JSON (HTML error page, plain text)
	truncated  bool     // the body was cut off mid-way
	deep       bool     // nesting beyond maxDepth was skipped
	started    Clock
	harEntries int // failed entries in a HAR (more than one: the first shown is the last failed)
	// array: the body was the first error of a top-level array (Cielo's integration
	// errors).
	array bool
	// prose: the body was made from words (an exception line, a message, a bare code),
	// not read from a structure the API sent.
	prose bool
	// sdkError: the body is, or came out of, an SDK's error printed as JSON, whose class
	// names the SDK (sdkErrorBody).
	sdkError bool
}

// extract finds the HTTP parts of a paste. It never fails: what it could not find is
// absent, and Explain decides whether what is left is an error worth explaining.
func extract(text string) parts {
	if p, _, ok := jsonPaste(text); ok {
		return p
	}
	// An error's body printed under a logger's prefix on every line (kubectl's
	// --timestamps, a CI job's log, Heroku's "app[web.1]: "): read as it is read without
	// the prefix, the body and any note under it, and no log's words around it to credit;
	// a status the prefix gives is the body's when the body gives none. Read as logs, for
	// what their words say: a success first (a log of several answers), a logger's own
	// record (its level, the time in the prefix), a prefix that names a provider
	// ("PagSeguro.Session[error]: ") and an SDK's exception after the body
	// (MercadoPago\Exceptions\MPApiException).
	if opensUnderPrefix(text) {
		if stripped, cut := stripPrefixes(text); cut {
			if t := strings.TrimLeft(stripped, " \t\r\n"); t != "" && (t[0] == '{' || t[0] == '[') {
				prefix := firstPrefix(text, stripped)
				if p, rest, ok := jsonPaste(stripped); ok && p.body != nil && failureBody(unwrapBody(p.body)) && !loggerRecord(p.body) && !p.body.has("level") &&
					!namesCue(prefix, false) && !namesCue(rest, true) {
					if p.status == 0 && bodyStatus(p.body) == 0 {
						if s, ok := statusInText(prefix); ok && s >= 400 {
							p.status = s
						} else if s := numberStatus(prefix); s != 0 {
							p.status = s
						}
					}
					return p
				}
			}
		}
	}
	return httpOrLog(text)
}

// opensUnderPrefix reports whether the first line that is not blank may be a logger's
// prefix and then a brace or a bracket, a body's start: the only logs whose prefixes are
// peeled before any other reading.
func opensUnderPrefix(text string) bool {
	l := firstNonBlank(text)
	l = l[:min(len(l), 128)]
	for i := 0; ; i++ {
		j := strings.IndexAny(l[i:], "{[")
		if j < 0 {
			return false
		}
		if i += j; prefixEnd(l, i) {
			return true
		}
	}
}

// firstPrefix is what stripPrefixes took off the first line that is not blank.
func firstPrefix(text, stripped string) string {
	return strings.TrimSuffix(firstNonBlank(text), firstNonBlank(stripped))
}

// firstNonBlank is text's first line that is not blank, "" when there is none.
func firstNonBlank(text string) string {
	for lines, more := text, true; more; {
		var l string
		l, lines, more = strings.Cut(lines, "\n")
		if strings.TrimSpace(l) != "" {
			return l
		}
	}
	return ""
}

// namesCue reports whether s holds a catalogued provider's cue of four letters or more
// (its name, an SDK's class or path, an API's mark); sdk asks for an SDK's exception class
// or message only (a script's path in a browser's trace, paypalobjects.com's checkout.js
// under Braintree's answer, is no SDK's exception).
func namesCue(s string, sdk bool) bool {
	if strings.Trim(s, "0123456789-:.,/TZ+[] \t") == "" {
		return false // a time alone
	}
	lower := grams.ToLower(s)
	for _, p := range catalog.Providers() {
		for _, c := range preparedCues(p) {
			if len(c.lower) >= 4 && (!sdk || c.Kind == catalog.SDKClass || c.Kind == catalog.SDKMessage) && strings.Contains(lower, c.lower) {
				return true
			}
		}
	}
	return false
}

// jsonPaste reads a paste that is a JSON body (after a line of the paster's own at most,
// or a JSONP call), with any note under it; false when it is none.
func jsonPaste(text string) (p parts, rest string, ok bool) {
	lead := parser{b: text}
	lead.space() // whitespace and the comments docs put above a body
	trimmed := text[lead.pos:]
	leadIn := ""
	if rest := afterLeadIn(trimmed); len(rest) < len(trimmed) {
		// "I get this error when I try to pay:" above a JSON body: the body is the paste,
		// and the line may give its status ("I get HTTP 402 with this response:").
		if r := strings.TrimLeft(rest, " \t\r\n"); r != "" && (r[0] == '{' || r[0] == '[') {
			leadIn, trimmed = trimmed[:len(trimmed)-len(rest)], r
		}
	}
	trimmed = trimmed[jsonpStart(trimmed):]
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		if res, ok := parseLenient(trimmed, 0); ok {
			if o, isObj := firstErrorObject(res.value); isObj {
				if postman(o, &p) {
					p.hosts = findHosts(text, p.hosts)
					return p, "", true
				}
				if inner := bodyInString(o); inner != nil {
					o = inner
				} else if inner := loggedBodyInString(o); inner != nil {
					o = inner
				}
				if len(o.members) == 1 && o.obj("Envelope") != nil {
					o = soapFault(o) // the envelope alone, not one member of a record beside its status or error
				}
				_, p.array = res.value.([]any)
				if har(o, &p) {
					return p, "", true
				}
				p.format = FormatJSON
				if res.lenient {
					p.format = FormatJavaScript
				}
				p.setBody(o)
				p.truncated, p.deep = res.truncated, res.deep
				p.hosts = findHosts(text, p.hosts)
				// A note above or under the body may give its status when the body does not
				// ("**Status:** 403 Forbidden" under it).
				under := strings.TrimSpace(trimmed[res.end:])
				if (leadIn != "" || len(under) >= 3) && bodyStatus(o) == 0 {
					if s, ok := statusInText(leadIn); ok && leadIn != "" {
						p.status = s
					} else if s := numberStatus(leadIn); s != 0 {
						p.status = s
					} else if s, ok := statusInText(noteUnder(under)); ok && s >= 400 && under != "" {
						p.status = s
					}
				}
				return p, under, true
			}
		}
	}
	return p, "", false
}

// httpOrLog reads a paste that is no JSON body: an HTTP message, or a log, a trace, a
// dump or words with the error inside.
func httpOrLog(text string) parts {
	var p parts
	bodyStart := httpMessage(text, &p)
	if p.format == "" && strings.Contains(text, " HTTP/") {
		// curl -i's answer in a CI job's or a container's log, each line under its time:
		// the message is read without the prefix, when its status line (the only place a
		// status comes from here) is an error's: a later call's 200 in the same log would
		// end the reading there.
		if stripped, cut := stripPrefixes(text); cut {
			var q parts
			if b := httpMessage(stripped, &q); q.status >= 400 {
				text, bodyStart, p = stripped, b, q
			}
		}
	}
	region := text[bodyStart:]
	if p.format == "" {
		p.format = FormatLog
		if s, ok := statusInText(text); ok {
			p.status = s
		}
	}
	p.hosts = findHosts(text, p.hosts)
	readRegion(region, &p)
	if p.status == 0 && p.body != nil && !p.prose && failureBody(p.body) && cassetteToItsEnd(text) {
		// A cassette of one interaction whose body failed under a 2xx (GMO, STP and
		// Adyen's SOAP answer their failures with a 200, Mercado Pago a refused payment
		// with a 201): that status is the answer's.
		if _, ok := cassetteStatus(grams.ToLower(text[:min(len(text), 64<<10)])); ok != 0 {
			p.status = ok
		}
	}
	if p.status == 0 && p.bodyText != "" {
		p.status = htmlStatus(p.bodyText)
	}
	if p.status == 0 && (p.body == nil || p.prose) {
		p.status = cloudflareStatusInWords(region) // "…这个页面报cloudflare的524错误"
	}
	return p
}

// numberStatus is an error status written as a word of its own in a person's line above
// a body ("A API me retorna 422 com esse corpo:"); 0 when there is none, or more than one
// number.
func numberStatus(line string) int {
	status := 0
	for i := 0; i < len(line); {
		if line[i] < '0' || line[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] >= '0' && line[j] <= '9' {
			j++
		}
		n, _ := decimal.Atoi(line[i:j])
		// A number of its own: "422", "(422)", "422:", not "v2", "/v1/charges", "422ms" or
		// "1.422", which are skipped.
		alone := (i == 0 || strings.IndexByte(" (", line[i-1]) >= 0) && (j == len(line) || strings.IndexByte(" ,:)", line[j]) >= 0)
		if alone && (status != 0 || j-i != 3 || n < 400 || n > 599) {
			return 0 // two numbers, or one that is no error status
		}
		if alone {
			status = n
		}
		i = j
	}
	return status
}

// noteUnder is the first lines of what follows a body, where a person notes what it was
// ("**Status:** 403 Forbidden"): at most three lines that are not blank, for a status
// further down belongs to something else (a later log line, another answer).
func noteUnder(rest string) string {
	n := 0
	for i := 0; i < len(rest); i++ {
		if rest[i] == '\n' && strings.TrimSpace(rest[max(0, strings.LastIndexByte(rest[:i], '\n')):i]) != "" {
			if n++; n == 3 {
				return rest[:i]
			}
		}
	}
	return rest
}

// jsonpStart is where the object starts in a JSONP answer, the body passed to a function
// of the page's (Payeezy.callback({"status":400, …})) and nothing after the call; 0 when
// text is no such answer (a call in the paster's code above the error, ErrorResponse({…})
// in a log line with more under it).
func jsonpStart(text string) int {
	i := 0
	for i < len(text) && (asciiAlnum(text[i]) || text[i] == '_' || text[i] == '$' || text[i] == '.') {
		i++
	}
	if i == 0 || i == len(text) || text[i] != '(' {
		return 0
	}
	if name := text[:i]; name[0] >= 'A' && name[0] <= 'Z' && !strings.Contains(name, ".") && !strings.HasPrefix(name, "jQuery") {
		return 0 // a class printing itself (Kotlin's ErrorResponse({…})), not a page's callback
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] != '{' {
		return 0
	}
	res, ok := parseLenient(text, j)
	if !ok || res.truncated {
		return 0
	}
	after := strings.TrimSpace(text[res.end:])
	if after != ")" && after != ");" {
		return 0
	}
	return j
}

// readRegion finds the body in what follows the headers (or in the whole paste): the
// first object that reports a failure, whichever way it was printed (JSON, JSON under
// a log prefix on every line, an XML or language dump), else any error-like JSON, else
// an HTML page, else the error told in words.
func readRegion(region string, p *parts) {
	if strings.Contains(region, `"_postman_previewlanguage"`) {
		// A response saved in a Postman collection, its members copied without their braces.
		t := strings.TrimSpace(region)
		if rest := strings.TrimLeft(afterLeadIn(t), " \t\r\n"); len(rest) < len(t) {
			t = rest // "I get this error:" above it
		}
		t = t[:strings.LastIndexByte(t, '"')+1] // to its last member (the body's string), not a question under it
		if po, _, ok := bracelessBody(t); ok && strings.HasPrefix(t, `"`) && postman(po, p) {
			return
		}
	}
	o, res, ok := findBody(region)
	if ok && res.truncated && res.lenient && barewords(o) {
		// JSON's reader closed what it took for an object of barewords ({statusCode=401,
		// error=invalid_client, …}): a language's dump, when one reads it, says more.
		if d, format, found := printedBody(region); found && format == FormatDump {
			p.setBody(d)
			p.format = format
			return
		}
	}
	if ok && failureBody(unwrapBody(o)) {
		p.setBody(o)
		p.truncated, p.deep = res.truncated, res.deep
		if statusOnly(p.body) {
			// A body cut down to its status (a stack frame's '{"status":422,"...'): the
			// code and message the log line gives in words complete it.
			if pb := proseBody(region); pb != nil && pb.get("code") != nil {
				for _, m := range pb.members {
					if !p.body.has(m.key) {
						p.body.members = append(p.body.members, m)
					}
				}
			}
		}
		return
	}
	if joined, ok := joinInspectedString(region); ok {
		if so, sres, sok := findBody(joined); sok && failureBody(unwrapBody(so)) {
			p.setBody(so)
			p.truncated, p.deep = sres.truncated, sres.deep
			return
		}
	}
	unstripped := region
	if stripped, cut := stripPrefixes(region); cut {
		if so, sres, sok := findBody(stripped); sok && failureBody(unwrapBody(so)) {
			p.setBody(so)
			p.truncated, p.deep = sres.truncated, sres.deep
			if t := strings.TrimSpace(stripped); t[0] == '[' {
				// A list of errors the log printed whole (Cielo's [{"Code": …}]), not a
				// line's tag ("[ERROR] …") above an object.
				if res, ok := parseLenient(t, 0); ok && res.end == len(t) {
					if list, _ := res.value.([]any); len(list) > 0 {
						_, p.array = list[0].(*object)
					}
				}
			}
			return
		}
		region = stripped
	}
	d, format, found := printedBody(region)
	if region != unstripped && (!found || !failureBody(unwrapBody(d))) {
		// What looked like a prefix may be the start of each line's dump, alike line after
		// line: OrderedDict([(u'code', u'53078'), (u'message', u'item amount invalid …
		if ud, uformat, ufound := printedBody(unstripped); ufound && failureBody(unwrapBody(ud)) {
			d, format, found = ud, uformat, ufound
		}
	}
	if found && (!ok || !errorLike(o) || failureBody(unwrapBody(d))) {
		p.setBody(d)
		if p.format == FormatLog {
			p.format = format
		}
		return
	}
	switch {
	case ok && errorLike(o):
		p.setBody(o)
		p.truncated, p.deep = res.truncated, res.deep
	case p.format == FormatCurl || isHTML(region):
		p.bodyText = strings.TrimSpace(region)
	default:
		// An object that is no error (a log's context, an argument in a stack frame) says
		// less than the error line beside it.
		if ex := loneMonologException(region); ex != nil {
			p.setBody(ex)
		} else if lb := logfmtBodyOf(region, unstripped); lb != nil && failureBody(lb) {
			p.setBody(lb)
		} else if kb := kvBody(region); kb != nil && failureBody(kb) {
			p.setBody(kb)
		} else if pb := proseBody(region); pb != nil {
			p.body, p.prose = pb, true
		} else if ok {
			p.setBody(o)
			p.truncated, p.deep = res.truncated, res.deep
		}
	}
}

// logfmtBodyOf is the logfmt body of region, the paste less its lines' shared prefix, or
// of the whole paste when only that one names a code: the prefix a log's alike lines
// share may hold the error's own words ("heroku[router]: Error H12 (Request timeout) ->
// POST …/autoprovision/5", each line's path but its last digit).
func logfmtBodyOf(region, unstripped string) *object {
	lb := logfmtBody(region)
	if region != unstripped && (lb == nil || !lb.has("code")) {
		if ub := logfmtBody(unstripped); ub != nil && ub.has("code") {
			return ub
		}
	}
	return lb
}

// statusOnly reports whether o holds nothing but an HTTP status.
func statusOnly(o *object) bool {
	for _, m := range o.members {
		if !slices.Contains(statusKeys[:], m.key) {
			return false
		}
	}
	return len(o.members) > 0
}

func isHTML(b string) bool {
	head := b[:min(len(b), 4096)]
	for i := 0; ; i++ {
		j := strings.IndexByte(head[i:], '<')
		if j < 0 {
			return false
		}
		i += j
		if tag := head[i+1:]; hasPrefixFoldString(tag, "html") || hasPrefixFoldString(tag, "title") || hasPrefixFoldString(tag, "!doctype html") {
			return true
		}
	}
}

func hasPrefixFoldString(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasSuffixFoldString reports whether s ends with suffix, in any case.
func hasSuffixFoldString(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// htmlStatus reads the status an HTML error page names in its headline: "502 Bad
// Gateway" (nginx), "api.example.com | 522: Connection timed out" (Cloudflare),
// "Error 503". 0 when it names none.
func htmlStatus(body string) int {
	for _, tag := range [...]string{"title", "h1", "h2"} {
		h := htmlTag(body, tag)
		for i := 0; i+3 <= len(h); i++ {
			if (i > 0 && h[i-1] >= '0' && h[i-1] <= '9') || (i+3 < len(h) && h[i+3] >= '0' && h[i+3] <= '9') {
				continue
			}
			if n, err := decimal.Atoi(h[i : i+3]); err == nil && n >= 400 && n <= 599 {
				return n
			}
		}
		if n := reasonStatus(h); n != 0 {
			return n // Akamai's "<TITLE>Bad Request</TITLE>"
		}
	}
	return 0
}

// htmlServer names the proxy or CDN that wrote an HTML error page, from its signature; ""
// when none is recognised.
func htmlServer(body string, headers []header) string {
	lower := strings.ToLower(body[:min(len(body), 16<<10)])
	server := strings.ToLower(headerValue(headers, "Server"))
	switch {
	case strings.Contains(server, "cloudflare") || strings.Contains(lower, "cloudflare"):
		return "Cloudflare"
	case strings.Contains(server, "awselb") || strings.Contains(lower, "awselb"):
		return "AWS Elastic Load Balancing"
	case strings.Contains(server, "cloudfront") || strings.Contains(lower, "cloudfront"):
		return "Amazon CloudFront"
	case strings.Contains(server, "akamai") || strings.Contains(lower, "akamai") || strings.Contains(lower, "reference&#32;&#35;") ||
		strings.Contains(lower, "you don't have permission to access") && strings.Contains(lower, "reference #"):
		return "Akamai"
	case strings.Contains(server, "varnish") || strings.Contains(lower, "varnish cache server"):
		return "Varnish"
	case strings.Contains(server, "envoy") || strings.Contains(lower, "upstream connect error"):
		return "Envoy"
	case strings.Contains(server, "nginx") || strings.Contains(lower, "<center>nginx"):
		return "nginx"
	case strings.Contains(server, "apache") || strings.Contains(lower, "apache/"):
		return "Apache httpd"
	}
	return ""
}

// bodyInString is the failing body a logger kept as a string in the object it printed:
// an app's [{"error": "Error: 522 {\"type\": …, \"status\": 522, …}"}], nil when o holds
// none. Only an object of a few members, whose message is that string.
func bodyInString(o *object) *object {
	most := 3
	if p := o.obj("jsonPayload"); p != nil {
		o, most = p, 12 // a Google Cloud log entry: the record its program wrote (zap's L, T, N, C, M, S and its fields)
	}
	if len(o.members) > most {
		return nil
	}
	for _, k := range [...]string{"error", "message", "errorMessage", "msg", "M"} { // M: zap's short key, as Storj logs
		s := o.str(k)
		if i := strings.Index(s, `{"`); i >= 0 && len(s)-i >= 20 {
			if inner := failingJSON(s[i:]); inner != nil && len(inner.members) >= 3 {
				return inner
			}
		}
	}
	return nil
}

// loggedBodyInString is bodyInString of what a logger's record keeps under error, err or
// response: Swish's {"location": "", "errorMessage": "[{\"errorCode\": \"PA01\", …}]"}
// logged by a JSON logger. nil for anything else.
func loggedBodyInString(o *object) *object {
	if !loggerRecord(o) || statusMember(o) {
		return nil // the record's status says more than the body it quotes
	}
	for _, k := range [...]string{"error", "err", "response"} {
		if io := o.obj(k); io != nil && !statusMember(io) {
			if inner := bodyInString(io); inner != nil {
				return inner
			}
		}
	}
	return nil
}

// statusMember reports whether o has a member that may hold an HTTP status (statusKeys).
func statusMember(o *object) bool {
	for _, k := range statusKeys {
		if o.getFold(k) != nil {
			return true
		}
	}
	return false
}

// failingJSON is the failing body s begins with, a JSON object kept as a string; nil
// when s holds none.
func failingJSON(s string) *object {
	if res, ok := parseLenient(s, 0); ok {
		if o, isObj := res.value.(*object); isObj && errorLike(o) && failureBody(unwrapBody(o)) {
			return o
		}
	}
	return nil
}

// findBody returns the first JSON object in text that reports a failure, trying at most
// maxCandidates starting points; failing that, the first error-like object (a success
// body with a status member, say), then the first object found at all. JSON
// logged as an escaped string ({\"code\":…}) is unescaped and tried again.
func findBody(text string) (*object, parseResult, bool) {
	t := strings.TrimSpace(text)
	// Members copied without the braces around them, some holding objects:
	// "brand":{…},"returnCode":"58". The whole is the body, not its first inner object.
	if strings.HasPrefix(t, `"`) && strings.ContainsRune(t, '{') && memberStart(t) {
		if o, res, ok := bracelessBody(t); ok && failureBody(o) {
			if genericCode(unwrapBody(o)) == "" {
				// The inner lines of a larger body, closed early by the brace of the object
				// they sat in ("status": "failed" of a charge in a list): an error object
				// further down (the PaymentIntent's last_payment_error) says what failed.
				if so, sres, sok := scanObjects(text); sok && genericCode(unwrapBody(so)) != "" && failureBody(unwrapBody(so)) {
					return so, sres, true
				}
			}
			return o, res, true
		}
	}
	if o, res, ok := scanObjects(text); ok {
		return o, res, true
	}
	if strings.Contains(text, `\"`) {
		unescaped := strings.ReplaceAll(text, `\"`, `"`)
		unescaped = strings.ReplaceAll(unescaped, `\\`, `\`)
		if o, res, ok := scanObjects(unescaped); ok {
			return o, res, true
		}
	}
	// JSON printed inside a language's string literal, its line breaks escaped: Python's
	// (402, '{\n  "error": {\n …'), b'{\n  "status": 504, …}' and Ruby's net/http wire
	// log (-> "{\n  \"error\": {\n …").
	if strings.Contains(text, `{\n`) {
		if o, res, ok := scanObjects(replacePairs(text, `\n`, "\n", `\r`, "", `\t`, "\t", `\"`, `"`, `\\`, `\`)); ok {
			return o, res, true
		}
	}
	// Members copied without their braces: "returnCode":"002","returnMessage":"…", under
	// a line that introduces them or not.
	if !strings.HasPrefix(t, `"`) {
		if rest := strings.TrimLeft(afterLeadIn(t), " \t\r\n"); len(rest) < len(t) && strings.HasPrefix(rest, `"`) {
			t = rest
		}
	}
	if strings.HasPrefix(t, `"`) && strings.Contains(t[:min(len(t), 200)], `":`) && !strings.ContainsRune(t, '{') {
		return bracelessBody(t)
	}
	return nil, parseResult{}, false
}

// bracelessBody reads t, members copied without the braces around them, as an object:
// ok only when it has two members or more.
func bracelessBody(t string) (*object, parseResult, bool) {
	res, ok := parseLenient("{"+strings.TrimSuffix(t, ",")+"}", 0)
	if o, isObj := res.value.(*object); ok && isObj && len(o.members) > 1 {
		return o, res, true
	}
	return nil, parseResult{}, false
}

// memberStart reports whether t starts with a JSON member's name and its colon.
func memberStart(t string) bool {
	end := strings.IndexByte(t[1:], '"')
	if end < 0 || end > 80 {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(t[end+2:], " \t"), ":")
}

func scanObjects(text string) (*object, parseResult, bool) {
	var first *object
	var firstRes parseResult
	firstLike := false // errorLike(first)
	off := 0
	for tries := 0; tries < maxCandidates; tries++ {
		i := strings.IndexByte(text[off:], '{')
		if i < 0 {
			break
		}
		i += off
		res, ok := parseLenient(text, i)
		o, isObj := res.value.(*object)
		if ok && isObj && len(o.members) > 0 {
			like := errorLike(o)
			if like && failureBody(unwrapBody(o)) {
				return o, res, true
			}
			if v := o.str("string"); len(o.members) == 1 && strings.HasPrefix(v, "{") {
				if io := failingJSON(v); io != nil {
					return io, res, true // vcrpy's flow style: body: {string: '{"error": …}'}
				}
			}
			if (first == nil || like && !firstLike) && !payloadAfterMethod(text[:i]) {
				first, firstRes, firstLike = o, res, like
			}
			off = res.end
		} else {
			off = i + 1
		}
	}
	return first, firstRes, first != nil
}

// payloadAfterMethod reports whether before, what comes before an object in a paste, ends
// with a write's method: the object is what was sent ("`PUT {status:\"cancelled\"}`
// funciona"), not what was answered.
func payloadAfterMethod(before string) bool {
	for _, m := range [...]string{"POST ", "PUT ", "PATCH "} {
		if strings.HasSuffix(before, m) && (len(before) == len(m) || !nameBytesFold[before[len(before)-len(m)-1]]) {
			return true
		}
	}
	return false
}

// wrapperPaths are where HTTP client errors keep the response body: axios's
// error.response.data, fetch wrappers' body, SDK errors' raw body.
var wrapperPaths = [][]string{{"response", "data"}, {"response", "body"}, {"body", "string"}, {"body"}, {"data"}, {"raw"},
	{"response_body"}, {"responseBody"}, {"Body"}, {"rawResponse"}, {"meta", "response"}, {"context", "response"},
	{"context", "error"},              // a logger's record (winston) keeping the API's error in its context
	{"responseAsString"},              // PagSeguro's Java SDK logs HttpResponse{responseAsString='<?xml …', status=400}
	{"rawConnectorResponse", "value"}, // Hyperswitch's connector service: the provider's body as a string
	{"content", "text"},               // a HAR entry's response, its body parsed as Polly.js records it ({"text": {"errorCode": …}})
	{"data", "object", "last_payment_error"}, {"last_payment_error"}, {"response", "last_payment_error"}, {"response"},
	// A webhook event's data printed alone: {"object": {PaymentIntent}}, or a SetupIntent.
	{"object", "last_payment_error"}, {"object", "last_setup_error"}, {"last_setup_error"}, {"data", "object", "last_setup_error"},
	{"err"},         // Node's loggers (pino, bunyan) keep the error under err
	{"json_body"},   // stripe-python's and stripe-ruby's error objects, serialized with their attributes
	{"entity"},      // JAX-RS and Jersey clients: Response{status=403, entity={…}}
	{"exception"},   // 2Checkout's {"validationErrors": null, "response": null, "exception": {"errorCode", "errorMsg", "httpStatus"}}
	{"jsonPayload"}, // Google Cloud Logging's entry: the app's structured record under jsonPayload
	{"descricao"},   // Python SDKs of Banco Inter: {"codigo": 404, "descricao": {the API's problem}}
	// .NET and PHP wrappers that keep the body as a JSON string in their message.
	{"Message"}, {"message"},
	// A string quoting the body whole: "Mercado Pago API error: HTTP 400 - {…}" under
	// error (only a string there, see errorsOwn) or error.message, and dsc-mercado-livre's
	// {"error_message": "[400] Some errors occurred: {…}"}.
	{"error"}, {"error", "message"}, {"error_message"}, {"errorMessage"}}

// loggedAnswer reports whether what a logger's record keeps under error, err or response
// holds anything of an answer: not only a client's request (axios's config, request) or a
// stack, which say nothing of what the API answered.
func loggedAnswer(o *object) bool {
	for _, m := range o.members {
		switch m.key {
		case "config", "request", "stack", "headers", "isAxiosError", "toJSON":
		default:
			return true
		}
	}
	return false
}

// monologException reads the exception Monolog (Laravel, Symfony) puts in a log line's
// context, {"exception": "[object] (Stripe\\Exception\\CardException(code: 402): Your
// card was declined. at /app/vendor/…:38)"}, as an error object: its class, its message,
// and its code as the status when it is one (HTTP clients' and SDKs' exceptions carry the
// response's status there). nil for any other object.
func monologException(o *object) *object {
	s, ok := o.get("exception").(string)
	if !ok || !strings.HasPrefix(s, "[object] (") {
		return nil
	}
	s = s[len("[object] ("):]
	class, rest, ok := strings.Cut(s, "(code: ")
	if !ok {
		return nil
	}
	code, rest, ok := strings.Cut(rest, "): ")
	if !ok {
		return nil
	}
	msg := rest
	if i := strings.LastIndex(msg, " at /"); i >= 0 {
		msg = msg[:i]
	} else if i := strings.LastIndex(msg, " at "); i >= 0 && strings.ContainsAny(msg[i:], "/\\") {
		msg = msg[:i]
	}
	ex := &object{members: []member{{"exception", strings.TrimSpace(class)}, {"message", strings.TrimSpace(msg)}}}
	if n, err := decimal.Atoi(code); err == nil && n >= 400 && n <= 599 {
		ex.add("status", number(code))
	} else if err == nil && n > 0 {
		// An SDK's own code (Rede\Exception\RedeException(code: 370)): the error's code.
		ex.add("code", code)
	} else if c := codeInText(msg); c != "" && (isUpperCode(c) || strings.Contains(c, "_")) {
		// Code 0, the code named in the message: SwagPayPal's "The error
		// \"INTERNAL_SERVER_ERROR\" occurred with the following message: …".
		ex.add("code", c)
	}
	return ex
}

// loneMonologException reads Monolog's exception line pasted without the log record
// around it: "[object] (Cielo\\API30\\…\\CieloRequestException(code: 504): Unknown status
// at /var/app/…)". nil when region holds none.
func loneMonologException(region string) *object {
	i := strings.Index(region, "[object] (")
	if i < 0 {
		return nil
	}
	line := region[i:]
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	return monologException(&object{members: []member{{"exception", line}}})
}

// joinInspectedString undoes Node's util.inspect of a long string, which prints it as
// pieces joined with +, one a line, its line breaks escaped:
//
//	stdout: 'Authorization failed, status=401, body={\n' +
//	    '  "error": {\n' +
//	    '  }\n' +
//
// The pieces are joined and unescaped; ok is false when the text has no such run.
func joinInspectedString(text string) (string, bool) {
	if !strings.Contains(text, "' +\n") {
		return text, false
	}
	var b strings.Builder
	pieces := 0
	for lines := text[:min(len(text), 64<<10)]; lines != ""; {
		line := lines
		if i := strings.IndexByte(lines, '\n'); i >= 0 {
			line = lines[:i+1]
		}
		lines = lines[len(line):]
		l, key := strings.TrimSpace(line), ""
		if i := strings.IndexByte(l, '\''); i > 0 && i < 40 && !strings.ContainsAny(l[:i], "'\"") {
			key, l = l[:i], l[i:] // a key before the first piece: "stdout: "
		}
		body, more := strings.CutSuffix(l, "' +")
		if !more {
			body, more = strings.CutSuffix(l, "',")
		}
		if len(body) < 1 || body[0] != '\'' || !more {
			b.WriteString(line)
			continue
		}
		pieces++
		b.WriteString(key)
		b.WriteString(replacePairs(body[1:], `\n`, "\n", `\'`, "'", `\\`, `\`, `\t`, "\t"))
	}
	return b.String(), pieces >= 2
}

// bareResponse reports whether a wrapper's "response" member is the API's answer itself
// (a PHP client's ['response' => ['ACK' => 'Failure', …]]) rather than an HTTP client's
// response object (axios's, with data, headers and config), whose body lies deeper.
func bareResponse(o *object) bool {
	if st := o.obj("status"); st.has("errors") && validStatus(intValue(st.get("code"))) >= 400 {
		return true // an API's own body whose data is empty beside its status object (MoneyHash's)
	}
	for _, k := range [...]string{"data", "body", "headers", "config", "request", "statusText"} {
		if o.has(k) {
			return false
		}
	}
	return failureBody(o)
}

// stringBody reads a wrapper's string member that holds the API's body: JSON, JSON quoted
// whole after words that may tell its status ("API error: HTTP 400 - {…}"; that status
// is returned too, else 0), an XML document, or a form-encoded answer (PayPal's NVP,
// printed by a PHP client as 'body' => string 'ACK=Failure&L_ERRORCODE0=…'). v is
// returned when s is none of them.
func stringBody(s string, v any) (any, int) {
	t := strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(t, "{"):
		if res, ok := parseLenient(t, 0); ok {
			return res.value, 0
		}
	case strings.HasSuffix(t, "}"):
		// A wrapper's message that tells the status and then quotes the body whole: "Mercado
		// Pago API error: HTTP 400 - {"message": …, "error": "invalid_auto_return"}".
		if i := strings.IndexByte(t, '{'); i > 0 {
			if res, ok := parseLenient(t, i); ok && !res.truncated && res.end == len(t) {
				if o, _ := res.value.(*object); errorLike(o) {
					status, _ := statusInText(t[:i])
					return o, status
				}
			}
		}
	case strings.HasPrefix(t, "<"):
		for _, o := range xmlBodies(t) {
			if o = soapFault(o); errorLike(o) {
				return o, 0
			}
		}
	case strings.Contains(t, "=") && strings.Contains(t, "&") && !strings.ContainsAny(t, " \n"):
		if o, ok := formBody(t); ok {
			return o, 0
		}
	}
	return v, 0
}

// headersListStatus is the status in a client's list of response header lines whose
// first is the status line ([0] => 'HTTP/1.1 400 Bad Request'); 0 when there is none.
func headersListStatus(v any) int {
	list, _ := v.([]any)
	if len(list) == 0 {
		return 0
	}
	line, _ := list[0].(string)
	if !strings.HasPrefix(line, "HTTP/") {
		return 0
	}
	_, rest, _ := strings.Cut(line, " ")
	code, _, _ := strings.Cut(rest, " ")
	n, _ := decimal.Atoi(code)
	return validStatus(n)
}

// unwrapBody descends from a client library's error object (an axios error dump, say) to
// the API's own body inside it, which may itself be a JSON string.
func unwrapBody(o *object) *object {
	body, _ := unwrapWithStatus(o)
	return body
}

// setBody makes the API's body inside o the paste's body; a status that only a wrapper
// carries (a log record's "status": 502 around its escaped response_body, axios's
// response.status) becomes the paste's status when it has none.
func (p *parts) setBody(o *object) {
	var status int
	p.sdkError = sdkErrorBody(o) // {"type": "IuguAPIError", "message": …, "raw": {…}}: the wrapper names the SDK
	p.body, status = unwrapWithStatus(o)
	if p.status == 0 && p.body != o {
		p.status = status
	}
	if len(p.headers) == 0 && p.body != o {
		p.headers = recordedHeaders(o)
	}
}

// recordedHeaders are the response headers a recording keeps beside the body it wraps:
// an ExVCR or VCR cassette's {"request": …, "response": {"body": "…", "headers": {…},
// "status_code": 401}}, axios's error.response {status, headers, data}, a value or a list
// of one ("X-Request-Id": ["e6a4…"]). Only a response's: a request's headers (axios's
// config.headers) say nothing of the answer.
func recordedHeaders(o *object) []header {
	r := o.obj("response")
	if r == nil {
		r = o
	}
	hs := r.obj("headers")
	if hs == nil || !r.has("body") && !r.has("data") || r.get("status_code") == nil && r.get("status") == nil {
		return nil
	}
	var out []header
	for _, m := range hs.members {
		v := m.val
		if list, ok := v.([]any); ok && len(list) == 1 {
			v = list[0]
		}
		if s, ok := v.(string); ok {
			out = append(out, header{m.key, s})
		}
	}
	return out
}

// deniedInBatch is the problem of the first charge an API Pix batch denied: GET
// /lotecobv/{id} answers 200 with each charge's status, and one NEGADA carries its
// problema ({"type": ".../CobVOperacaoInvalida", "status": 400, "violacoes": …}); nil
// when there is none.
func deniedInBatch(o *object) *object {
	list, _ := o.get("cobsv").([]any)
	for _, v := range list {
		if c, ok := v.(*object); ok && c.str("status") == "NEGADA" {
			if pr := c.obj("problema"); pr != nil {
				return pr
			}
		}
	}
	return nil
}

func unwrapWithStatus(o *object) (*object, int) {
	status := 0
	if ex := monologException(o); ex != nil {
		o = ex
	}
	for range 4 {
		if pr := deniedInBatch(o); pr != nil {
			o = pr
		}
		if status == 0 {
			// A VCR cassette's {"status": {"code": 400, "message": ""}} too.
			for _, s := range [...]any{o.get("status"), o.get("statusCode"), o.get("StatusCode"), o.obj("response").get("status"), responseStatusCode(o), o.obj("status").get("code")} {
				if st := validStatus(intValue(s)); st != 0 {
					status = st
					break
				}
			}
			// A PHP client's [response] => Array ([code] => 400 [message] => Bad Request).
			if r := o.obj("response"); status == 0 && r != nil {
				if st := validStatus(intValue(r.get("code"))); st != 0 && reasonStatus(r.str("message")) == st {
					status = st
				}
			}
			if status == 0 && o.has("response") {
				// A PHP app's log context: {"http_code": 404, "response": {…}}.
				if st := validStatus(intValue(cmp.Or(o.get("http_code"), o.get("httpCode"), o.get("http_status")))); st >= 400 {
					status = st
				}
			}
			if status == 0 {
				status = headersListStatus(o.get("headers"))
			}
			if status == 0 {
				status = loggedStatus(o)
			}
		}
		var inner *object
		for _, path := range wrapperPaths {
			var v any = o
			for _, k := range path {
				v = v.(*object).get(k)
				if _, ok := v.(*object); !ok {
					break
				}
			}
			// What a logger's record holds under "error" or "response" is what was logged,
			// whatever its members (an Adyen refusal's resultCode and refusalReason).
			logged := len(path) == 1 && (path[0] == "error" || path[0] == "err" || path[0] == "response") && loggerRecord(o)
			told := 0 // a status the wrapper's message tells before the body it quotes
			if path[0] == "content" && o.obj("content").str("mimeType") == "" {
				continue // a HAR response's content has its mimeType; a CMS's {"content": {"text": …}} does not
			}
			if s, ok := v.(string); ok {
				v, told = stringBody(s, v)
			} else if errorsOwn(path[0]) && len(path) == 1 && !logged {
				if io, ok := v.(*object); ok && path[0] == "error" && len(io.members) == 1 && io.members[0].key == "error" && errorLike(io.obj("error")) && genericCode(io.obj("error")) != "" {
					// An app's record that keeps the API's whole body, envelope and all, under
					// its own error: {"event": "public_checkout_error", "error": {"error":
					// {"code": "resource_missing", "type": "invalid_request_error", …}}}.
					inner = io
					break
				}
				continue // {"error": {…}} is the body's own envelope, not a wrapper
			}
			if io, ok := v.(*object); ok && errorsOwn(path[0]) && told == 0 && genericCode(io) == "" && !logged {
				continue // {"error": "{\"message\": …}", "statusCode": 403}: the message is the error's, not a body
			}
			if io, ok := v.(*object); ok && io != o && (errorLike(io) || logged && loggedAnswer(io)) && (len(path) > 1 || path[0] != "response" || bareResponse(io) || logged || io.obj("json_body") != nil) {
				if path[0] == "data" && len(path) == 1 && genericCode(o) != "" && genericMessage(o) != "" && genericCode(io) == "" {
					// The error's own data ({"code", "message", "data": {"status": 401}}, the
					// WordPress REST API's): no body inside.
					break
				}
				inner = io
				if status == 0 {
					status = told
				}
				if last := path[len(path)-1]; (last == "raw" || last == "last_payment_error" || last == "last_setup_error") && slices.Contains(stripeTypes[:], io.str("type")) {
					// stripe-node's error keeps the API's error object, without its
					// {"error": …} envelope, in raw; a PaymentIntent (or the
					// payment_intent.payment_failed event holding one) in
					// last_payment_error.
					inner = &object{members: []member{{key: "error", val: io}}}
				}
				break
			}
		}
		if inner == nil {
			inner = stripeChargeFailure(o)
		}
		if inner == nil {
			inner = signedAnswer(o)
		}
		if st := failingStatusObject(o); inner == nil && st != nil {
			inner = st
		}
		if inner == nil && !errorLike(o) {
			inner = quotedJSONError(o)
		}
		if inner == nil && !errorLike(o) {
			inner = soleErrorMember(o)
		}
		if inner == nil {
			return o, status
		}
		o = inner
	}
	return o, status
}

// soleErrorMember is the object a body of one member holds when that object reads as an
// error with a code and a message of its own: PagSeguro's card-brand lookup answers
// {"safeCheckoutResponse": {"status": "invalid_session", "code": "30404", "message":
// "Session not found", …}}. nil for anything else.
func soleErrorMember(o *object) *object {
	// Through a chain of them too: M-Pesa's callback {"Body": {"stkCallback": {…}}}.
	for range 3 {
		if len(o.members) != 1 {
			return nil
		}
		io, ok := o.members[0].val.(*object)
		if !ok {
			return nil
		}
		if m := genericMessage(io); errorLike(io) && genericCode(io) != "" && m != "" {
			if l := strings.ToLower(m); approvalWords(l) || successState(io.str("status")) || strings.Contains(l, "approved") {
				return nil // Payline's {"result": {"code": "00000", "shortMessage": "ACCEPTED", "longMessage": "Transaction approved"}}
			}
			return io
		}
		o = io
	}
	return nil
}

// errorsOwn reports whether a wrapper path's first key is a member an error's own
// envelope uses for its code or message: a body is taken from there only as a string
// quoting it whole, with a status told before it or a code of its own.
func errorsOwn(key string) bool {
	return key == "error" || key == "error_message" || key == "errorMessage"
}

// barewords reports whether one of o's members is a bare word, not a JSON value.
func barewords(o *object) bool {
	for i := 0; o != nil && i < len(o.members); i++ {
		if _, ok := o.members[i].val.(bareword); ok {
			return true
		}
	}
	return false
}

// printedBody is the first body in text that a language printed rather than sent as
// JSON, and that reports a failure: an XML or SOAP document, a Ruby, Python, Java or
// .NET dump, a form-encoded answer. It is tried only where no JSON body reports one.
func printedBody(text string) (*object, Format, bool) {
	if strings.IndexByte(text, '<') >= 0 {
		for _, o := range xmlBodies(text) {
			if n := exceptionElement(o); n != nil {
				return n, FormatXML, true
			}
			if o = soapFault(o); errorLike(o) && failureBody(o) {
				return o, FormatXML, true
			}
			if n := xmlFailureNode(o); n != nil {
				return n, FormatXML, true
			}
		}
	}
	for _, dumps := range [...]func(string) []*object{phpDumps, langDumps} {
		for _, o := range dumps(text) {
			e := o.obj("errors")
			if inner, ok := onlyMember(e); e != nil && ok {
				e = inner // the SDK model's [_propMap:PayPal\Common\PayPalModel:private] => Array (…)
			}
			if len(o.members) == 1 && e != nil && (genericCode(e) != "" || errorLike(e) && e.str("name") != "") {
				// One member of a larger dump, cut out: `[errors] => PayPal\Api\Error Object
				// ( … [name] => ACCOUNT_UNCONFIRMED_EMAIL … )`. The error is the object.
				o = e
			}
			// The wrapper is returned whole: setBody takes a status it alone carries.
			if u := unwrapBody(o); errorLike(u) && failureBody(u) {
				return o, FormatDump, true
			}
			// A printed list ([0] => Array (…)): an SDK's list of causes.
			if item := firstIndexedError(o); item != nil {
				return item, FormatDump, true
			}
			// A dump of one named member ([responseData] => Array (…)): the answer inside.
			if inner, ok := onlyMember(o); ok && errorLike(inner) && failureBody(inner) {
				return inner, FormatDump, true
			}
		}
	}
	if o, ok := formBody(strings.TrimSpace(text)); ok && errorLike(o) && failureBody(o) {
		return o, FormatLog, true
	}
	if o := formAtLineEnd(text); o != nil {
		return o, FormatLog, true
	}
	return nil, "", false
}

// formAtLineEnd reads a form-encoded answer that is a word of a line of words: "HTTP
// Status code 403 received, data message=Not+allowed&errorType=security&status=403&errorCode=010"
// (Adyen's PHP library), or a quoted string in a dump ("protected '_rawResponse' =>
// string 'ACK=Failure&L_ERRORCODE0=81002&…' (length=146)"). nil when no line holds one
// that reports a failure.
func formAtLineEnd(text string) *object {
	text = text[:min(len(text), 64<<10)]
	if strings.Count(text, "&") < 2 {
		return nil
	}
	for lines := text; lines != ""; {
		line := lines
		if i := strings.IndexByte(lines, '\n'); i >= 0 {
			line = lines[:i+1]
		}
		lines = lines[len(line):]
		if strings.Count(line, "&") < 2 {
			continue
		}
		line = strings.TrimSpace(line)
		for field := range strings.FieldsSeq(line) {
			field = strings.Trim(field, `'"`)
			if strings.Count(field, "&") < 2 || strings.Count(field, "=") < 3 {
				continue
			}
			if o, ok := formBody(field); ok && errorLike(o) && failureBody(o) {
				return o
			}
		}
	}
	return nil
}

// xmlFailureNode finds, below a document's root, the element that reports its failure,
// as APIs that answer every call with one envelope nest it: Authorize.Net's
// <createTransactionResponse><messages><resultCode>Error</resultCode><message><code>E00027</code>…,
// Worldpay's <paymentService><reply><error code="5">…. An element that says it failed but
// keeps its code one level down (<messages> and its <message>) yields that child. The
// walk is breadth-first, at most 6 levels and 256 elements deep into the document.
// exceptionElement reads a document whose only element is named for its exception and
// holds its message (AWS API Gateway's <MissingAuthenticationTokenException><Message>…
// </Message></…>): the element's name is the code. nil for anything else.
func exceptionElement(root *object) *object {
	if len(root.members) != 1 {
		return nil
	}
	k := root.members[0].key
	if inner, ok := root.members[0].val.(*object); ok && len(k) > len("Exception") && strings.HasSuffix(k, "Exception") &&
		k[0] >= 'A' && k[0] <= 'Z' && genericCode(inner) == "" && genericMessage(inner) != "" {
		return &object{members: append([]member{{"code", k}}, inner.members...)}
	}
	return nil
}

func xmlFailureNode(root *object) *object {
	for _, m := range root.members {
		if m.key == "Body" {
			continue // SOAP's Body (a page's is body or BODY)
		}
		switch strings.ToLower(m.key) {
		case "html", "head", "body", "div", "span", "p", "table", "center", "h1", "title", "script", "style":
			return nil // a web page: its elements' class and id attributes are no error codes
		}
	}
	queue, seen := []*object{root}, 0
	for depth := 0; depth < 6 && len(queue) > 0; depth++ {
		var next []*object
		for _, o := range queue {
			if seen++; seen > 256 {
				return nil
			}
			if r := iso20022Reason(o); r != nil {
				return r
			}
			if depth > 0 && errorLike(o) && failureBody(o) {
				if genericCode(o) == "" {
					for _, k := range [...]string{"message", "error", "errors"} {
						if c := firstObject(o.getFold(k)); c != nil && genericCode(c) != "" {
							return withScalars(c, o)
						}
					}
				}
				return o
			}
			for _, m := range o.members {
				if c := firstObject(m.val); c != nil {
					next = append(next, c)
				}
			}
		}
		queue = next
	}
	return nil
}

// iso20022Reason reads an ISO 20022 status report's reason (the Pix SPI's pacs.002, a
// bank's pain.002): <StsRsnInf><Rsn><Cd>FF08</Cd></Rsn><AddtlInf>…</AddtlInf></StsRsnInf>
// as {code, message}. nil when o holds no such reason.
func iso20022Reason(o *object) *object {
	info := o.obj("StsRsnInf")
	if info == nil {
		return nil
	}
	code := scalarText(info.obj("Rsn").get("Cd"))
	if code == "" {
		code = scalarText(info.obj("Rsn").get("Prtry"))
	}
	if code == "" {
		return nil
	}
	r := &object{members: []member{{"code", code}}}
	add := info.get("AddtlInf") // repeated when long: the first says what failed
	if list, ok := add.([]any); ok && len(list) > 0 {
		add = list[0]
	}
	if msg := scalarText(add); msg != "" {
		r.add("message", msg)
	}
	return r
}

// withScalars is c with the plain members of its parent p that c lacks: PayPal's SOAP
// <Errors> gets its response's CorrelationID and Ack.
func withScalars(c, p *object) *object {
	out := &object{members: slices.Clone(c.members)}
	for _, m := range p.members {
		if _, isObj := m.val.(*object); !isObj && !out.has(m.key) {
			if _, isList := m.val.([]any); !isList {
				out.members = append(out.members, m)
			}
		}
	}
	return out
}

// firstObject is v when it is an object, the first item of a list of objects, else nil.
func firstObject(v any) *object {
	switch x := v.(type) {
	case *object:
		return x
	case []any:
		if len(x) > 0 {
			o, _ := x[0].(*object)
			return o
		}
	}
	return nil
}

// onlyMember is the object a dump's only member holds, unless the member is an
// envelope's own (error, errors, fault), which the readers look for by name.
func onlyMember(o *object) (*object, bool) {
	if o == nil || len(o.members) != 1 {
		return nil, false
	}
	switch strings.ToLower(o.members[0].key) {
	case "error", "errors", "erro", "erros", "fault":
		return nil, false
	}
	inner, ok := o.members[0].val.(*object)
	return inner, ok
}

// firstIndexedError is the first error item of a dump that printed a list, whose
// members are its indices 0, 1, …; nil for any other dump.
func firstIndexedError(o *object) *object {
	for i, m := range o.members {
		if m.key != strconv.Itoa(i) {
			return nil
		}
	}
	for _, m := range o.members {
		if item, ok := m.val.(*object); ok && errorLike(item) && failureBody(item) {
			return item
		}
	}
	return nil
}

// soapFault descends from an XML document to what it carries: a SOAP envelope's fault
// or body content; any other document is returned whole.
func soapFault(o *object) *object {
	for _, k := range [...]string{"Envelope", "Body"} {
		if len(o.members) == 1 && o.members[0].key == k {
			if inner, ok := o.members[0].val.(*object); ok {
				o = inner
			}
		} else if inner := o.obj(k); inner != nil && (inner.obj("Body") != nil || inner.obj("Fault") != nil) {
			o = inner // beside its encodingStyle: Apigee's fault as JSON
		}
	}
	if f := o.obj("Fault"); f != nil {
		return f
	}
	if len(o.members) == 1 {
		if inner, ok := o.members[0].val.(*object); ok && errorLike(inner) {
			return inner // <problem>…</problem>, <error>…</error>
		}
	}
	return o
}

// firstErrorObject is v when it is an object, else the first error-like object of a
// top-level array (Cielo answers [{"Code": 126, "Message": "…"}]) among its first
// arrayItemsRead items.
func firstErrorObject(v any) (*object, bool) {
	switch x := v.(type) {
	case *object:
		return x, true
	case []any:
		for _, item := range x[:min(len(x), arrayItemsRead)] {
			if o, ok := item.(*object); ok && errorLike(o) {
				return o, true
			}
		}
	}
	return nil, false
}

// arrayItemsRead is how many items of a top-level array firstErrorObject asks about: an
// API's list of errors is short, and a paste of thousands of small objects (a hostile
// body the Worker must answer within its CPU budget) costs no more than its first ones.
const arrayItemsRead = 256

// errorLikeKeys are the members error bodies carry, in lower case: errorLike matches
// them without regard to case.
var errorLikeKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range [...]string{"error", "erro", "errors", "errorCode", "errorCategory", "code", "invalidFields",
		"title", "detail", "error_messages", "cause", "debug_id", "debugId", "violacoes", "success",
		"errorType", "message", "status", "statusCode", "status_code", "status_message",
		"returnCode", "returnMessage", "errorMessage", "error_message", "faultstring", "fault",
		"mensagem", "nome", "ack", "erros", "mensagens", "error_code", "http_code", "error_description",
		"exception", "L_ERRORCODE0", "L_ERRORCODE", "codigo", "response_code", "ResponseCode", "resultCode",
		"httpStatus", "http_status", "httpStatusCode", "httpCode", "error-code", "error_type", "error_codes",
		"http_status_code", "internal_message", "errorMsg", "descripcionError", "mensajeError", "failure_code", "error_code_tag"} {
		m[strings.ToLower(k)] = true
	}
	return m
}()

// errorLike reports whether a JSON object has any member that error bodies carry. It
// looks each member up once, rather than each of errorLikeKeys among the members: a
// JSON array of a thousand small objects is asked about every one.
func errorLike(o *object) bool {
	if o == nil {
		return false
	}
	var buf [32]byte
	for i := range o.members {
		m := &o.members[i]
		// Santander's gateway writes its members behind an underscore: _code, _message.
		key := strings.TrimLeft(m.key, "_") // and PHP libraries' own __error
		if m.val == nil || len(key) > len(buf) {
			continue
		}
		for j := 0; j < len(key); j++ {
			c := key[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[j] = c
		}
		if errorLikeKeys[string(buf[:len(key)])] {
			return true
		}
	}
	if c, _ := codeKeyed(o); c != "" {
		return true // {53046=credit card holder cpf invalid value: …}
	}
	if o.str("object") == "error" || firstItem(o, "details").has("code") {
		return true // Conekta's {"object": "error", "details": [{"code": …}]}
	}
	if n := o.str("error-name"); len(n) >= 6 && strings.Contains(n, "_") && isUpperCode(n) {
		return true // BlueSnap's <error-name>ENCRYPTION_PASSWORD_REQUIRED</error-name>
	}
	if st := o.obj("status"); (st.has("errors") || st.has("message")) && validStatus(intValue(st.get("code"))) >= 400 {
		return true // MoneyHash's {"status": {"code": 400, "errors": […]}, "data": {}}
	}
	if failingStatusObject(o) != nil {
		return true // Rapyd's {"status": {"error_code", "status": "ERROR", …}}
	}
	if sdkLoggedError(o) != "" || payflowResult(o, "") != nil || respMsgResult(o) != "" {
		return true // PayPal's JS SDK's log record {err: 'Error: …', sdkCorrelationID: …}; Payflow's RESULT=12&RESPMSG=Declined, and its names in other gateways' XML
	}
	// PayPal's name and details[].issue, when the paste cut off its message and debug_id;
	// a refused payment, which the API answers with success; a type that names a failure
	// beside a description (PayU's {"type": "NOT_FOUND", "description": …}).
	return refusedOrCut(o) || nestedError(o) != nil || failureMembers(o)
}

// sdkLoggedError is the first line of the error that PayPal's JS SDK logs in the
// browser's console, {err: 'Error: Expected an order id to be passed\n    at …',
// timestamp, referer: 'www.paypal.com', sdkCorrelationID, …}; "" for anything else.
func sdkLoggedError(o *object) string {
	e := o.str("err")
	if e == "" || !o.has("sdkCorrelationID") {
		return ""
	}
	line, _, _ := strings.Cut(e, "\n")
	return strings.TrimSpace(strings.TrimPrefix(line, "Error: "))
}

// decodeBase64 decodes standard, padded base64 as encoding/base64's StdEncoding does
// (line breaks ignored), for a HAR's base64 content: written here, the Worker's and the
// page's wasm carry no encoding/base64 (3 KB of their download).
func decodeBase64(s string) ([]byte, bool) {
	var q [4]byte
	out := make([]byte, 0, len(s)*3/4)
	n, pad := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var v byte
		switch {
		case c == '\r' || c == '\n':
			continue
		case pad > 0 && c != '=':
			return nil, false // nothing but padding after padding
		case c >= 'A' && c <= 'Z':
			v = c - 'A'
		case c >= 'a' && c <= 'z':
			v = c - 'a' + 26
		case c >= '0' && c <= '9':
			v = c - '0' + 52
		case c == '+':
			v = 62
		case c == '/':
			v = 63
		case c == '=' && n >= 2:
			pad++
			n++
			if pad > 2 {
				return nil, false
			}
		default:
			return nil, false
		}
		if pad == 0 {
			q[n] = v
			n++
		}
		if n == 4 {
			out = append(out, q[0]<<2|q[1]>>4)
			if pad < 2 {
				out = append(out, q[1]<<4|q[2]>>2)
			}
			if pad < 1 {
				out = append(out, q[2]<<6|q[3])
			}
			n = 0
			if pad > 0 {
				pad = 3 // the quantum is closed: only line breaks may follow
			}
		}
	}
	return out, n == 0
}

// httpMessage reads status lines and headers (curl -i, curl -v, raw HTTP) and returns where
// the body starts. With several responses (redirects, 100 Continue) the last one counts.
func httpMessage(text string, p *parts) int {
	bodyStart := 0
	inHeaders := false
	for off := 0; off < len(text); {
		start := off
		end := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if end >= 0 {
			next = off + end + 1
			end = off + end
		} else {
			end = len(text)
		}
		line := strings.TrimRight(text[off:end], "\r")
		off = next
		if p.method == "" {
			p.method = curlMethod(line)
			// A raw request line pasted above the response: "GET /api/v1/claims?… HTTP/1.1".
			if m, rest, ok := strings.Cut(line, " "); ok && p.method == "" && isMethod(m) && strings.Contains(rest, " HTTP/") {
				p.method = m
			}
		}
		switch {
		case strings.HasPrefix(line, "> "):
			reqLine(strings.TrimPrefix(line, "> "), p)
			continue
		case strings.HasPrefix(line, "* "):
			if _, host, ok := strings.Cut(line, "Connected to "); ok {
				host, _, _ = strings.Cut(host, " ")
				p.hosts = appendHost(p.hosts, host)
			}
			continue
		case strings.HasPrefix(line, "< "), line == "<":
			line = strings.TrimPrefix(strings.TrimPrefix(line, "<"), " ")
		}
		if status, reason, ok := statusLine(line); ok {
			p.format, p.status, p.statusText = FormatCurl, status, reason
			p.headers = p.headers[:0]
			inHeaders = true
			bodyStart = off
			// The message's line breaks lost in the copying, its body on the status line's
			// end: "HTTP/1.1 402 Payment Required Server: nginx … { "error": … }", a list of
			// errors ("… [ { "Code": 101, … } ]") or an XML document (not a Link header's
			// <https://…>).
			t := strings.TrimSpace(line)
			if k := strings.IndexByte("}]>", t[len(t)-1]); k >= 0 {
				i := strings.Index(t, [...]string{" {", " [", " <"}[k]) + 1
				rest := strings.TrimLeft(t[i+1:], " \t")
				if i > 0 && (k == 0 || k == 1 && strings.HasPrefix(rest, "{") || k == 2 && rest != "" && (rest[0] == '?' || isLetterByte(rest[0])) && !strings.HasPrefix(rest, "http")) {
					inHeaders = false
					bodyStart = start + strings.Index(text[start:end], t) + i
				}
			}
			continue
		}
		if !inHeaders {
			continue
		}
		if strings.TrimSpace(line) == "" {
			inHeaders = false
			bodyStart = off
			continue
		}
		if name, value, ok := strings.Cut(line, ":"); ok && !strings.ContainsAny(name, " {\"") {
			p.headers = append(p.headers, header{strings.TrimSpace(name), strings.TrimSpace(value)})
			bodyStart = off
			continue
		}
		// A line that is not a header ends the header block without a blank line
		// (some copies lose it).
		inHeaders = false
		bodyStart = off - (next - end) - len(line)
		if bodyStart < 0 {
			bodyStart = 0
		}
	}
	return bodyStart
}

// curlMethod returns the method a curl command line sends ("$ curl -X POST …"): -X or
// --request, else POST when it sends data, HEAD for -I, else GET. "" for any other line.
func curlMethod(line string) string {
	line = strings.TrimLeft(line, "$# ")
	if !strings.HasPrefix(line, "curl ") {
		return ""
	}
	fields := strings.Fields(line)
	if len(fields) < 2 {
		return ""
	}
	method := "GET"
	for i, f := range fields[1:] {
		switch {
		case f == "-X" || f == "--request":
			if i+2 < len(fields) {
				return strings.ToUpper(strings.Trim(fields[i+2], `'"`))
			}
		case strings.HasPrefix(f, "-X") && len(f) > 2 && !strings.HasPrefix(f, "--"):
			return strings.ToUpper(f[2:])
		case f == "-d" || f == "-F" || f == "--json" || f == "--form" || strings.HasPrefix(f, "--data"):
			method = "POST"
		case f == "-I" || f == "--head":
			method = "HEAD"
		}
	}
	return method
}

// reqLine reads one line of the request half of curl -v output.
func reqLine(line string, p *parts) {
	if method, rest, ok := strings.Cut(line, " "); ok && isMethod(method) && strings.Contains(rest, "HTTP/") {
		p.method = method
		return
	}
	if name, value, ok := strings.Cut(line, ":"); ok {
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		p.reqHeaders = append(p.reqHeaders, header{name, value})
		if strings.EqualFold(name, "host") {
			p.hosts = appendHost(p.hosts, value)
		}
	}
}

func isMethod(s string) bool {
	switch s {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS":
		return true
	}
	return false
}

// statusLine parses "HTTP/1.1 429 Too Many Requests", "HTTP/2 503" and "HTTP/2.0 400".
func statusLine(line string) (int, string, bool) {
	rest, ok := strings.CutPrefix(line, "HTTP/")
	if !ok {
		return 0, "", false
	}
	_, rest, ok = strings.Cut(rest, " ")
	if !ok || len(rest) < 3 {
		return 0, "", false
	}
	code, err := decimal.Atoi(rest[:3])
	if err != nil || code < 100 || code > 599 || (len(rest) > 3 && rest[3] != ' ') {
		return 0, "", false
	}
	return code, strings.TrimSpace(rest[3:]), true
}

// cassetteToItsEnd reports whether the paste ends inside a cassette: its last line is
// indented, or one of the cassette's own keys, maybe under a person's words. A live error
// pasted under a cassette ("Live run now fails with: {…}", a traceback) is not the
// recorded interaction's.
func cassetteToItsEnd(text string) bool {
	t := strings.TrimRight(text, " \t\r\n")
	for t != "" {
		k := strings.LastIndexByte(t, '\n')
		last := t[k+1:]
		if last != "" && (last[0] == ' ' || last[0] == '\t') {
			return true
		}
		for _, key := range [...]string{"recorded_with:", "version:", "recorded_at:", "- request:", "http_version:"} {
			if strings.HasPrefix(last, key) {
				return true
			}
		}
		// A person's line under it ("Any idea what is wrong?") is passed over; a body or an
		// error under it is another answer.
		if k < 0 || strings.ContainsAny(last, "{<") || strings.Contains(strings.ToLower(last), "error") {
			return false
		}
		t = strings.TrimRight(t[:k], " \t\r\n")
	}
	return false
}

// cassetteStatus reads the statuses a VCR cassette recorded: the first that failed, and
// the one that did not when the cassette holds a single interaction (0 otherwise).
func cassetteStatus(lower string) (failing, ok int) {
	recorded := 0
	for off := 0; ; {
		i := strings.Index(lower[off:], "status:")
		if i < 0 {
			break
		}
		off += i + len("status:")
		rest := strings.TrimLeft(lower[off:], " \t\r")
		if !strings.HasPrefix(rest, "\n") && !strings.HasPrefix(rest, "{code: ") { // vcrpy's flow style: "status: {code: 400, message: Bad Request}"
			continue
		}
		if rest = strings.TrimLeft(rest, " \t\r\n{"); strings.HasPrefix(rest, "code: ") && len(rest) >= 9 {
			if code, err := decimal.Atoi(rest[6:9]); err == nil && code >= 200 && code <= 599 && (len(rest) == 9 || rest[9] < '0' || rest[9] > '9') {
				if code >= 400 {
					return code, 0
				}
				recorded++
				ok = code
			}
		}
	}
	if recorded != 1 {
		ok = 0
	}
	return 0, ok
}

// arrowStatus is the error status after an arrow on a line that begins with a request
// ("POST /accounts → 403", "GET https://… -> HTTP 404"); 0 for none.
func arrowStatus(text string) int {
	if code := arrowStatusBody(text); code != 0 {
		return code
	}
	if exceptionClass(text) != "" || strings.Contains(text, "{\"") {
		return 0 // an SDK's exception or a body says what the API answered; the arrow is the app's route
	}
	for _, arrow := range [...]string{" → ", " -> ", " => "} {
		for off := 0; ; {
			i := strings.Index(text[off:], arrow)
			if i < 0 || off > 64<<10 {
				break
			}
			i += off
			off = i + len(arrow)
			start := strings.LastIndexByte(text[:i], '\n') + 1
			r := strings.TrimPrefix(strings.TrimPrefix(text[off:], "HTTP "), "http ")
			line := strings.TrimSpace(text[start:i])
			if requestLineMethod(line) == "" || strings.Contains(line, " /api/") && !strings.Contains(line, " /api/v") || strings.Contains(line, "localhost") || strings.Contains(line, "127.0.0.1") || strings.Contains(line, "0.0.0.0") ||
				len(r) < 3 || len(r) > 3 && r[3] != ' ' && r[3] != '\n' && r[3] != ':' && r[3] != ',' {
				continue
			}
			if code, err := decimal.Atoi(r[:3]); err == nil && code >= 400 && code <= 599 {
				return code
			}
		}
	}
	return 0
}

// arrowStatusBody is the error status after an arrow with the answer's body right after
// it, as a contract test's comment records a sandbox's answer ("// sandbox: get_preference
// for an unknown id → 401 {\"error\":\"invalid_caller_id\"}"); 0 for none, and none on a
// line that calls the app's own route ("POST /api/checkout → 500 {…}").
func arrowStatusBody(text string) int {
	for _, arrow := range [...]string{" → ", " -> "} {
		for off := 0; off < 64<<10; {
			i := strings.Index(text[off:], arrow)
			if i < 0 {
				break
			}
			i += off
			off = i + len(arrow)
			r := text[off:]
			if len(r) < 6 || r[3] != ' ' || r[4] != '{' {
				continue
			}
			code, err := decimal.Atoi(r[:3])
			line := strings.TrimLeft(text[strings.LastIndexByte(text[:i], '\n')+1:i], " \t/#*") // a comment's marker
			if err != nil || !registeredErrorStatus(code) || requestLineMethod(line) != "" || strings.Contains(line, "/") || strings.Contains(line, "(") {
				continue // a request's line or a call (a route, a URL, axios.post('/payments')) is the app's
			}
			if body := grams.ToLower(r[4:min(len(r), 300)]); strings.Contains(body, "erro") || strings.Contains(body, "denied") || strings.Contains(body, "invalid") || strings.Contains(body, "unauthorized") {
				return code // a body that says it failed: not "→ 451 {\"itens\": 3}", "→ 400 {\"mensagem\":\"desconto aplicado\"}"
			}
		}
	}
	return 0
}

// tickedStatus is an error status a note quotes in backticks with the API's words after
// it: "`400 — Não foi possível converter o valor`", "`401 \"IP de origem não
// autorizado\"`", "**`400`** *\"Card token was generated …\"*"; 0 for none.
func tickedStatus(text string) int {
	for off := 0; ; {
		i := strings.IndexByte(text[off:], '`')
		if i < 0 || off > 64<<10 {
			return 0
		}
		i += off
		off = i + 1
		r := text[off:]
		if len(r) < 5 || r[3] >= '0' && r[3] <= '9' {
			continue
		}
		code, err := decimal.Atoi(r[:3])
		if err != nil || !registeredErrorStatus(code) {
			continue // not Cielo's "`475 - Timeout de Cancelamento`", Getnet's 480: their codes
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(r[3:], "`"), "**")
		if c := codeToken(strings.TrimPrefix(rest, " ")); rest != "" && rest[0] == ' ' && strings.HasPrefix(rest[1+len(c):], "`") && len(c) >= 6 && strings.IndexByte(c, '_') > 0 && documentedStatus(c, code) {
			return code // and a code a provider documents with it: "`400 required_properties`", not a tally's "`500 card_declined`"
		}
		for _, lead := range [...]string{" — ", " – ", " - ", " \"", " *\""} {
			if strings.HasPrefix(rest, lead) && len(rest) > len(lead) && isDumpLetter(rest[len(lead)]) {
				return code
			}
		}
		// The status and the API's words in the same backticks: "`401 Unauthorized use of
		// live credentials` (7)", "`403 Payer email\nforbidden` (4390)".
		if in, _, ok := strings.Cut(r[3:min(len(r), 120)], "`"); ok && len(in) > 2 && in[0] == ' ' && strings.Count(strings.TrimSpace(in), " ")+strings.Count(in, "\n") >= 1 && !strings.ContainsAny(in, "{}=/") &&
			(reasonStart(in[1:]) || providersPhrase(in)) {
			return code // not a tally's "`402 Declined charges`", "`403 Pedidos recusados`"
		}
	}
}

// registeredErrorStatus reports whether n is an error status IANA's registry names (400
// to 431, 451, 500 to 511): a provider's own three-digit code often is not (Cielo's 475).
func registeredErrorStatus(n int) bool {
	return n >= 400 && n <= 418 || n >= 421 && n <= 426 || n == 428 || n == 429 || n == 431 || n == 451 || n >= 500 && n <= 508 || n == 510 || n == 511
}

// statusInText finds an HTTP status in a log line or stack trace: "status code 429"
// (axios), "status: 503", "statusCode=400", "HTTP 502", "\"status\":429".
func statusInText(text string) (int, bool) {
	lower, g := grams.Lower(text[:min(len(text), 64<<10)])
	// The status right before a mark: Python requests' "422 Client Error: Unprocessable
	// Entity for url: …"; PagSeguro's SDKs' "400-<?xml …" and a PHP client's
	// "400{"name": …}", the status glued to the body (not the end of a longer number);
	// Python's tuple of the status and the body, "(402, '{\n  \"error\": …".
	for _, m := range [...]struct {
		mark   string
		before byte // what must precede the three digits: 0 anything, 'n' no digit, or that byte
	}{{" client error", 0}, {" server error", 0}, {" status code", 'n'}, {"-<?xml", 'n'}, {"{\"", 'n'}, {", '{", '('}, {", \"{", '('}, {", b'{", '('}} {
		// Each use of the mark, for the words may come first without a status: Guzzle's
		// "…php:113 Server error: POST … resulted in a 500 Server Error response"; "I get
		// a 500 status code".
		for off := 0; ; {
			i := strings.Index(lower[off:], m.mark)
			if i < 0 {
				break
			}
			i += off
			off = i + len(m.mark)
			if i < 3 {
				continue
			}
			prev := byte(0)
			if i > 3 {
				prev = lower[i-4]
			}
			switch {
			case m.before == 'n' && prev >= '0' && prev <= '9', m.before != 0 && m.before != 'n' && prev != m.before:
				continue
			}
			if r := lower[off:]; m.mark == " status code" && (strings.HasPrefix(r, ":") || len(r) > 1 && r[1] >= '0' && r[1] <= '9') {
				continue // "port 443 status code 0", "order 512 status code: declined": another number's label
			}
			if code, err := decimal.Atoi(lower[i-3 : i]); err == nil && code >= 400 && code <= 599 {
				return code, true
			}
		}
	}
	// OkHttp's logging interceptor: "<-- 400 https://api…/charge (1586ms)", its response
	// line (OkHttp 4 writes no reason phrase).
	if code := okHTTPStatus(lower); code >= 400 {
		return code, true
	}
	// Swagger's generated PHP clients (Square's among them) begin their ApiException's
	// message with the status line in brackets: "[HTTP/1.1 400 Bad Request] {…}",
	// "[HTTP/2 400] {…}".
	for _, mark := range [...]string{"[http/1.1 ", "[http/1.0 ", "[http/2 ", "[http/2.0 "} {
		if i := strings.Index(lower, mark); i >= 0 && len(lower) >= i+len(mark)+4 {
			r := lower[i+len(mark):]
			if code, err := decimal.Atoi(r[:3]); err == nil && code >= 400 && code <= 599 && (r[3] == ']' || r[3] == ' ') {
				return code, true
			}
		}
	}
	// A VCR cassette in YAML: "status:\n      code: 404\n      message: ''" (CRLF too), or
	// vcrpy's "status: {code: 404, message: Not Found}". Of several interactions, the
	// first that failed; a cassette of one interaction whose body failed under a 2xx is
	// read by extract once its body is known (cassetteToItsEnd), and here only when
	// PayPal's NVP says so.
	if failing, ok := cassetteStatus(lower); failing != 0 {
		return failing, true
	} else if ok != 0 && strings.Contains(lower, "ack=failure") {
		return ok, true
	}
	// Spring's client exceptions begin their message with the status, then the reason in
	// the JVM's language: "HttpClientErrorException: 404 No Encontrado",
	// "HttpServerErrorException$InternalServerError: 500 : [{…}]".
	// Other clients' exceptions written the same way: a Scala client's
	// "StripeClient$InvalidRequestException: 400 The price specified …", and Python's bare
	// "Exception: 403. Response <html …".
	for _, class := range [...]string{"httpclienterrorexception", "httpservererrorexception", "webclientresponseexception", "httpstatuscodeexception", "invalidrequestexception", "apiexception", "exception"} {
		i := strings.Index(lower, class)
		if i < 0 {
			continue
		}
		rest := lower[i+len(class):]
		if strings.HasPrefix(rest, "$") {
			rest = strings.TrimLeft(rest[1:], "abcdefghijklmnopqrstuvwxyz")
		}
		if class == "exception" && i > 0 && nameBytesFold[lower[i-1]] && !(len(rest) > 6 && strings.HasPrefix(rest, ": ") && (strings.HasPrefix(rest[5:], " {") || strings.HasPrefix(rest[5:], " ["))) {
			continue // a timeout's "500 ms", SMTP's "535-5.7.8", an index: only a bare Exception's (Python's)
		}
		if strings.HasPrefix(rest, ": ") && len(rest) >= 5 && (len(rest) == 5 || rest[5] < '0' || rest[5] > '9') {
			if code, err := decimal.Atoi(rest[2:5]); err == nil && code >= 400 && code <= 599 {
				return code, true
			}
		}
	}
	if s, ok := exceptionWithStatus(lower); ok {
		return s, true
	}
	if s, ok := loggedResponseStatus(lower); ok {
		return s, true
	}
	for _, needle := range [...]string{"status code of", "status code", "statuscode", "status_code", "status http", "http status", "status of", "status", "http_response", "http response", "response-code", "response[", "http exception", "http", "response code", "response_code", "response with code", "http code", "código http", "codigo http", "<response", "invalid response", "erro", "error code", "api returns", "api returned", "responded with", "backend response", "api retornou", "api retorna", "(code: ", ".reply(",
		"obtengo un", "recibo un", "devuelve un", "me da un", "recebo um", "retorna um", "got a", "getting a", "get a", "returns a", "returned a", "rejected with a", "failed with a", "fails with a", "failed ["} { // "<response [401]>": Python requests; nock's recorded ".reply(400, {…})"; Meteor's HTTP "failed [500] {…}"
		// A log of several calls ("Response[200]: OK … Response[404]: Not Found"): the
		// failure's status, when a later one is, beats a success before it.
		success := 0
		for off := 0; g.MayHold(needle); {
			i := strings.Index(lower[off:], needle)
			if i < 0 {
				break
			}
			j := off + i + len(needle)
			off = j
			told := strings.HasSuffix(needle, " a") || strings.HasSuffix(needle, " un") || strings.HasSuffix(needle, " um")
			if k := j - len(needle); told && k > 0 && isNameByte(lower[k-1]) {
				continue // "target a 500 ms latency", "forgot a …": not the words "get a", "got a"
			}
			if needle == "status" && logrageLine(lower, j) {
				continue // the app's own answer to its own route, not the API's
			}
			if needle == "erro" && strings.HasPrefix(lower[j:], "r") {
				j++ // "error 400", "erro 400"
			}
			for j < len(lower) && j-off < 4 && strings.IndexByte(" :=\"'[]()*`", lower[j]) >= 0 { // * and `: Markdown's "**Status:** 403"
				j++
			}
			if j+3 > len(lower) {
				break
			}
			if j+3 < len(lower) && lower[j+3] >= '0' && lower[j+3] <= '9' {
				continue
			}
			low := 100
			if needle == "erro" || needle == "error code" || needle == "response_code" || strings.HasSuffix(needle, " a") || strings.HasSuffix(needle, " un") || strings.HasSuffix(needle, " um") {
				// "obtengo un 503", "I get a 404": words before a number say it is an error's status only from 400 on.
				// "error 111" is an errno, not a status; a processor's response_code is its
				// own result (NMI's 100, 200, 300; ISO 8583's 116, insufficient funds).
				low = 400
			}
			if told && !statusTold(lower[j+3:]) {
				continue // "got a 500 ms timeout": a quantity, not a status
			}
			if strings.HasSuffix(needle, " with a") && !statusToldAfterWith(lower[j+3:]) {
				continue // "rejected with a 550 from Outlook", "failed with a 486 when …": a mail, FTP or SIP server's
			}
			if code, err := decimal.Atoi(lower[j : j+3]); err == nil && code >= low && validStatus(code) != 0 {
				if code >= 400 {
					return code, true
				}
				if success == 0 {
					success = code
				}
			}
		}
		if success != 0 {
			return success, true
		}
	}
	// An Android client's callback: "onFailure createCharge, errorCode: 403, errorBody: {…}".
	if i := strings.Index(lower, ", errorbody:"); i >= 3 && strings.HasSuffix(lower[:i-3], "errorcode: ") {
		if code, err := decimal.Atoi(lower[i-3 : i]); err == nil && code >= 400 && code <= 599 {
			return code, true
		}
	}
	if s, ok := statusWithReason(lower); ok {
		return s, true
	}
	if s, ok := requestLineStatus(lower); ok {
		return s, true
	}
	if s, ok := statusBeforeError(lower); ok {
		return s, true
	}
	if s, ok := printedCodeAndReason(text[:min(len(text), 64<<10)]); ok {
		return s, true
	}
	// The status in brackets before the API's words: "Mercado Pago rechazó la solicitud
	// (401): invalid access token".
	if n, ok := parenNumberBeforeColon(text); ok && validStatus(n) >= 400 {
		return n, true
	}
	// stripe-php's frames pass the status after the message: "ApiErrorException::factory('This
	// value must...', 400, '{…", "->handleErrorResponse('{\n  \"error\"…', 400, Object(…".
	for _, call := range [...]string{"exception::factory('", "->handleerrorresponse('", "::_specificapierror('"} {
		if i := strings.Index(lower, call); i >= 0 {
			rest := lower[i+len(call) : min(len(lower), i+len(call)+200)]
			if j := strings.Index(rest, "', "); j >= 0 && j+7 <= len(rest) && rest[j+6] == ',' {
				if code, err := decimal.Atoi(rest[j+3 : j+6]); err == nil && code >= 400 && code <= 599 {
					return code, true
				}
			}
		}
	}
	// razorpay-php's frame passes the status after the decoded body: "Razorpay\Api\Request->processError(Array, 400, Object(Requests_Response))".
	if i := strings.Index(lower, "->processerror(array, "); i >= 0 && len(lower) > i+25 && lower[i+25] == ',' {
		if code, err := decimal.Atoi(lower[i+22 : i+25]); err == nil && code >= 400 && code <= 599 {
			return code, true
		}
	}
	// The status in brackets leading the message: Moip's SDK's "[401] Erro de Autenticação.".
	if t := strings.TrimSpace(lower); len(t) > 5 && t[0] == '[' && t[4] == ']' {
		if code, err := decimal.Atoi(t[1:4]); err == nil && code >= 400 && code <= 599 {
			return code, true
		}
	}
	// The status in brackets after the API's name: "Erro na API Asaas [400]:".
	if i := strings.Index(lower, "api"); i >= 0 {
		// Not a process id glued to a name ("payments-api[412]: …", syslog's).
		if j := strings.IndexByte(lower[i:min(len(lower), i+40)], '['); j > 0 && lower[i+j-1] == ' ' && i+j+5 <= len(lower) && lower[i+j+4] == ']' {
			if code, err := decimal.Atoi(lower[i+j+1 : i+j+4]); err == nil && code >= 400 && code <= 599 {
				return code, true
			}
		}
	}
	// After a Markdown link to an API's host: "[https://api.stripe.com:443/](https://api.stripe.com/) [401]".
	for off := 0; ; {
		i := strings.Index(lower[off:], "](https://api")
		if i < 0 {
			break
		}
		i += off
		off = i + 13
		if j := strings.Index(lower[i:min(len(lower), i+90)], ") ["); j >= 0 && i+j+7 <= len(lower) && lower[i+j+6] == ']' && !strings.ContainsAny(lower[i:i+j], " \n") {
			if code, err := decimal.Atoi(lower[i+j+3 : i+j+6]); err == nil && registeredErrorStatus(code) {
				return code, true
			}
		}
	}
	// A few words between the label and the status: "unexpected response code for
	// connect: 503".
	for _, needle := range [...]string{"response code", "status code"} {
		if i := strings.Index(lower, needle); i >= 0 {
			near := lower[i+len(needle) : min(len(lower), i+len(needle)+40)]
			if j := strings.Index(near, ": "); j >= 0 && j+5 <= len(near) && !strings.Contains(near[:j], "\n") {
				d := near[j+2 : j+5]
				if code, err := decimal.Atoi(d); err == nil && code >= 400 && code <= 599 && (j+5 == len(near) || near[j+5] < '0' || near[j+5] > '9') {
					return code, true
				}
			}
		}
	}
	// The status alone on its line, as API clients print it between the request and the
	// body: "POST https://…/boletos\n401\n73 ms", "API Response (raw)\n422\n{".
	if s, ok := statusAloneOnLine(text[:min(len(text), 64<<10)]); ok {
		return s, true
	}
	// The status in brackets after the message's last sentence: "… choose a different
	// method. (400) | PayPal Debug-ID: …" (PayPal's mobile SDKs).
	for off := 0; ; {
		i := strings.Index(lower[off:], ". (")
		if i < 0 {
			break
		}
		j := off + i + 3
		off = j
		if j+4 <= len(lower) && lower[j+3] == ')' && (j+4 == len(lower) || lower[j+4] == ' ' || lower[j+4] == '\n' || lower[j+4] == '|') {
			if code, err := decimal.Atoi(lower[j : j+3]); err == nil && code >= 400 && code <= 599 {
				return code, true
			}
		}
	}
	if s, ok := statusNamed(text[:min(len(text), 64<<10)], lower, g); ok {
		return s, true
	}
	// The status after a label's colon, then " - " and the body: an app's "API falhou: 403
	// - {\"error_messages\": …}". Not a time's milliseconds ("09:59:00,503 - {"), nor an
	// order's number ("Pedido 451 - {", "#404 - {").
	// The same after a dash of a book's only after words of failure: "Inter cobrança
	// falhou: 400 — {\"title\": …}", not "Valor cobrado: 450 — {…}" nor "Tentativas
	// restantes: 429 — {…}".
	for _, dash := range [...]string{" - {", " — {", " – {"} {
		if i := strings.Index(lower, dash); i >= 5 && lower[i-5:i-3] == ": " {
			if code, err := decimal.Atoi(lower[i-3 : i]); err == nil && registeredErrorStatus(code) &&
				(dash == " - {" || saysFailure(lower[max(0, i-60):i-5]) || weakFailure(lower[max(0, i-60):i-5])) {
				return code, true
			}
		}
	}
	return statusToldInProse(text, lower, g)
}

// proseStatusVerbs are how a sentence says a status was received: "após receber um 502
// do iugu", "recebemos a resposta 500", "we got a 503 from the API".
var proseStatusVerbs = [...]string{"received a ", "receiving a ", "receive a ", "got a ", "getting a ", "get a ", "returns a ", "returned a ", "returning a ", "throws a ", "threw a ",
	"receber um ", "recebi um ", "recebendo um ", "retorna um ", "retornou um ", "retornando um ", "a resposta ", "o retorno ",
	"recibir un ", "recibí un ", "recibo un ", "recibiendo un ", "devuelve un ", "devolvió un ", "received response ", "got "}

// proseStatusUnits are the words after a number that make it a quantity, not a status:
// "a 500 MB file", "a 400 ms delay".
var proseStatusUnits = [...]string{"ms", "s", "kb", "mb", "gb", "bytes", "byte", "b", "segundos", "seconds", "reais", "dólares", "points", "pontos", "puntos", "email", "e-mail"}

// statusToldInProse is the last resort of statusInText: an error status (4xx, 5xx) right
// after one of proseStatusVerbs, as a word of its own ("a 500 MB file", "a 400-byte
// header", "a 401(k)" are not statuses), in a text that names no failure below HTTP
// (a sentence about an earlier answer does not outweigh "Connection reset by peer").
func statusToldInProse(text, lower string, g *grams.Set) (int, bool) {
	for _, verb := range proseStatusVerbs {
		for off := 0; g.MayHold(verb); {
			i := strings.Index(lower[off:], verb)
			if i < 0 {
				break
			}
			i += off
			off = i + len(verb)
			if i > 0 && nameBytesFold[lower[i-1]] {
				continue // "forgot a 429 retry"
			}
			n := lower[off:min(len(lower), off+12)]
			if len(n) < 3 {
				break
			}
			code, err := decimal.Atoi(n[:3])
			if err != nil || code < 400 || code > 599 {
				continue
			}
			after := n[3:]
			if after != "" && (after[0] >= '0' && after[0] <= '9' || nameBytesFold[after[0]] || strings.IndexByte("-%(", after[0]) >= 0) {
				continue
			}
			if unit, _, _ := strings.Cut(strings.TrimLeft(after, " "), " "); slices.Contains(proseStatusUnits[:], strings.TrimRight(unit, ".,;:")) {
				continue
			}
			if verb == "got " && !statusToldAfterWith(after) {
				continue // "we got 401 http code": without an article, only a word of HTTP makes it a status ("got 500 orders")
			}
			if _, ok := catalog.TransportFailure(text); ok {
				return 0, false
			}
			return code, true
		}
	}
	if code := bareVerbStatus(lower, g); code != 0 {
		if _, ok := catalog.TransportFailure(text); !ok {
			return code, true
		}
	}
	// Last, what a note writes (not the app's own calls, "POST /api/checkout -> 500", nor
	// the provider's codes in backticks, "`475 - Timeout de Cancelamento`").
	if code := arrowStatus(text); code >= 400 {
		return code, true
	}
	if code := tickedStatus(text); code >= 400 {
		return code, true
	}
	return 0, false
}

// bareStatusVerbs say a status came back with no article before it: "Stripe returned
// 401 when …", "o Asaas responde 403 com a chave atual", "volta `401 Invalid client id
// or secret`", "Mercado Pago me devuelve 400 al crear el pago". Not "deu" nor "gave":
// they say what a sum came to; "devolveu" and "devuelve" also say what was refunded ("O
// Mercado Pago devolveu 500 ao cliente"), so a number after them is a status only before
// HTTP's words or "al crear …".
var bareStatusVerbs = [...]string{"returned", "returns", "responded", "responds", "answered", "answers", "fails", "failed",
	"retornou", "retorna", "respondeu", "responde", "volta", "voltou", "devuelve", "devolvió", "devolve", "devolveu"}

// bareStatusAfter are the words after such a number that make it a status: HTTP's words
// for it, or the call it answered ("when", "com a chave", "al crear").
var bareStatusAfter = [...]string{" error", " erro", " status", " http", " code", " código",
	" bad request", " unauthorized", " forbidden", " not found", " unprocessable", " internal server", " too many",
	" conflict", " payment required", " service unavailable", " bad gateway", " gateway timeout",
	" when", " quando", " cuando", " if ", " com ", " con ", " with "}

// countedWords after a number count errors, not name the status: "500 erros de validação".
var countedWords = [...]string{"errors", "erros", "errores", "errored", "statuses", "codes", "códigos", "codigos"}

// bareStatusHTTPWords is how many of bareStatusAfter are HTTP's own words, first.
const bareStatusHTTPWords = 18

// bareVerbStatus is the error status (400 to 599, registered) right after one of
// bareStatusVerbs, or after "with", "com" or "con" after it, or in a quote or backticks
// that opens there with words of failure; 0 for none. What follows the number must make
// it a status (bareStatusAfter, or an end of sentence), never a count ("returns 500
// rows", "retornou 500 erros de validação", "retorna 500 no máximo por página"); and
// neither a test's name ("● Asaas client › returns 404 when …") nor the app's own
// endpoint ("Our /webhooks/stripe endpoint returns 400 when …") says what an API answered.
func bareVerbStatus(lower string, g *grams.Set) int {
	for _, verb := range bareStatusVerbs {
		for off := 0; g.MayHold(verb) && off < 64<<10; {
			i := strings.Index(lower[off:], verb)
			if i < 0 {
				break
			}
			i += off
			off = i + len(verb)
			if i > 0 && nameBytesFold[lower[i-1]] || off >= len(lower) || lower[off] != ' ' && lower[off] != '\n' {
				continue // "unanswered", "returnsNull"
			}
			line := lower[strings.LastIndexByte(lower[:i], '\n')+1 : i]
			if ownCall(line) {
				continue
			}
			r := strings.TrimLeft(lower[off:], " \n\t")
			for _, w := range [...]string{"with ", "com ", "con ", "status ", "http "} {
				r = strings.TrimPrefix(r, w)
			}
			quoted := r != "" && (r[0] == '`' || r[0] == '"')
			if quoted {
				r = strings.TrimPrefix(r[1:], "`") // reStructuredText's ``409``
			}
			if len(r) < 3 || len(r) > 3 && (r[3] >= '0' && r[3] <= '9' || nameBytesFold[r[3]] || strings.IndexByte("-%.,", r[3]) >= 0 && len(r) > 4 && r[4] >= '0' && r[4] <= '9') {
				continue
			}
			code, err := decimal.Atoi(r[:3])
			if err != nil || code < 400 || !registeredErrorStatus(code) {
				continue
			}
			after := r[3:]
			if quoted {
				// "`401 Invalid client id or secret`", "`401 \"requested scope …\"`": the
				// quote's own words say it failed; not "\"500 linhas\" por página".
				in, _, _ := strings.Cut(strings.TrimLeft(after, "`\" "), "`")
				if after != "" && (after[0] == '`' || after[0] == '"') {
					// The number alone in its quote: what follows says what it is ("devolvió
					// `400`, pero …", not "returned `500` rows").
					if after = strings.TrimLeft(after, "`\""); after == "" || strings.IndexByte(".,;:!?)\n", after[0]) >= 0 {
						return code
					}
				} else if after == "" || quotedRefusal(in) {
					return code
				} else {
					continue
				}
			}
			refunds := strings.HasPrefix(verb, "dev") // devolveu, devuelve: a sum refunded, too
			if !refunds && (after == "" || strings.IndexByte(".;:!?)\n", after[0]) >= 0) {
				return code
			}
			if w, _, _ := strings.Cut(strings.TrimPrefix(after, " "), " "); slices.Contains(countedWords[:], w) {
				continue // a count of them: "retornou 500 erros de validação"
			}
			for k, w := range bareStatusAfter {
				if strings.HasPrefix(after, w) && (!refunds || k < bareStatusHTTPWords) && !countedAfter(after[len(w):]) {
					return code
				}
			}
			if d := strings.TrimLeft(after, " -—–"); len(d) < len(after)-2 && d != "" && d[0] >= 'A' && d[0] <= 'Z' {
				return code // "returned 500 - Internal Server Error", not "500 — all of them"
			}
			if q := strings.TrimPrefix(after, " "); q != "" && (q[0] == '`' || q[0] == '"') {
				if in, _, _ := strings.Cut(q[1:], q[:1]); strings.Contains(in, "_") || quotedRefusal(in) {
					return code // "returns 400 `invalid_request`", not "returned 500 \"succeeded\" charges"
				}
			}
			if a, ok := strings.CutPrefix(after, " al "); !ok {
				a, ok = strings.CutPrefix(after, " ao ")
				if ok && infinitive(a) {
					return code // "me responde 400 ao criar o pagamento"
				}
			} else if infinitive(a) {
				return code // "responde 400 al crear el pago", not "al día"
			}
		}
	}
	return 0
}

// ownCall reports whether a line (lower case, up to a verb) speaks of the app's own
// endpoint or a test's name, not of an API's answer: "our /webhooks/stripe endpoint",
// "minha api", "mi servidor", "● asaas client › ", `it "returns 402 when …"`.
func ownCall(line string) bool {
	if strings.Contains(line, "/api/") && !strings.Contains(line, "://") {
		return true // "POST /api/checkout returns 500 when …": the app's route
	}
	for _, w := range [...]string{"›", "●", "✓", "✕", `it "`, "it('", `it("`, "test(", "should "} {
		if strings.Contains(line, w) {
			return true
		}
	}
	if t := strings.TrimSpace(line); t == "it" || strings.HasSuffix(t, " it") {
		return true // "it returns 404 when the order is missing"
	}
	for _, own := range [...]string{"our", "my", "meu", "minha", "nosso", "nossa", "mi", "nuestro", "nuestra"} {
		for off := 0; ; {
			i := strings.Index(line[off:], own+" ")
			if i < 0 {
				break
			}
			i += off
			off = i + len(own)
			if i > 0 && nameBytesFold[line[i-1]] {
				continue // "your", "hour", "four"
			}
			for _, thing := range [...]string{"endpoint", "api", "server", "servidor", "route", "rota", "ruta", "webhook", "backend", "/"} {
				if strings.Contains(line[off:], thing) {
					return true
				}
			}
		}
	}
	return false
}

// quotedRefusal reports whether quoted words are an API's refusal: a reason phrase or a
// provider's own words, or words of failure in a sentence ("requested scope is not
// registered for this client"), not a tally's "failed payments".
func quotedRefusal(in string) bool {
	t := strings.TrimSpace(in)
	if c := codeToken(t); c != "" && strings.Contains(c, "_") {
		return true // a code: "`422 unprocessable_content`"
	}
	return reasonStart(t) || providersPhrase(t) || (saysFailure(t) || weakFailure(t)) && (strings.Count(t, " ") >= 3 || strings.HasPrefix(t, "{"))
}

// countedAfter reports whether words after a number's first word go on to count things:
// "500 errors", "500 erros de validação", "404 statuses", "500 (of 1,240)", "com status
// approved".
func countedAfter(rest string) bool {
	for _, w := range [...]string{"s ", "es ", "ed ", "s\n", "es\n", "status"} {
		if strings.HasPrefix(rest, w) || strings.HasPrefix(strings.TrimLeft(rest, " "), w) && w == "status" {
			return true
		}
	}
	return rest == "s" || rest == "es"
}

// infinitive reports whether s begins with a Portuguese or Spanish infinitive: "crear el
// pago", "criar a cobrança" (a word ending in -ar, -er or -ir).
func infinitive(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	w = strings.TrimRight(w, ".,;:")
	return len(w) >= 4 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir"))
}

// okHTTPStatus is the status of the last response line OkHttp's logging interceptor wrote
// ("<-- 400 https://…/charge (1586ms)", "<-- 401 Unauthorized https://…"), 0 when
// there is none: a retried call's earlier 429 or 401 is not the answer the error came in.
func okHTTPStatus(lower string) int {
	status := 0
	for rest := lower; ; {
		_, after, ok := strings.Cut(rest, "<-- ")
		if !ok {
			return status
		}
		rest = after
		if len(after) < 5 || after[3] != ' ' {
			continue
		}
		code, err := decimal.Atoi(after[:3])
		if err != nil {
			continue
		}
		if url := after[4:]; !strings.HasPrefix(url, "http") {
			// A reason phrase before the URL: "<-- 401 Unauthorized https://…".
			if reason, _, ok := strings.Cut(url, " http"); !ok || reasonStatus(reason) != code {
				continue
			}
		}
		status = validStatus(code)
	}
}

// statusAloneOnLine finds an error status written alone on a line, next to a line that says what
// it belongs to: a request line or URL before it, a response label before it, or the body
// right after it.
func statusAloneOnLine(text string) (int, bool) {
	prev := ""
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		l := strings.TrimSpace(text[off : off+end])
		off += end + 1
		if len(l) == 3 && l[0] >= '4' && l[0] <= '5' && isNumber(l) {
			code, _ := decimal.Atoi(l)
			next := text[min(off, len(text)):]
			if i := strings.IndexByte(next, '\n'); i >= 0 {
				next = next[:i]
			}
			next = strings.TrimSpace(next)
			p := strings.ToLower(prev)
			if code <= 599 && (strings.Contains(p, "http") || strings.Contains(p, "response") || strings.Contains(p, "status") ||
				strings.HasPrefix(next, "{") || strings.HasPrefix(next, "<")) {
				return code, true
			}
		}
		if len(l) > 5 && l[3] == ':' && l[4] == ' ' && l[0] >= '4' && l[0] <= '5' && isNumber(l[:3]) && isUpperCode(l[5:]) {
			// Vercel's error page: "504: GATEWAY_TIMEOUT", the status and its reason in
			// capitals, then its "Code:" line.
			next, _, _ := strings.Cut(text[min(off, len(text)):], "\n")
			if code, _ := decimal.Atoi(l[:3]); reasonStatus(strings.ReplaceAll(l[5:], "_", " ")) == code && strings.HasPrefix(strings.TrimSpace(next), "Code: ") {
				return code, true
			}
		}
		if l != "" {
			prev = l
		}
	}
	return 0, false
}

// dotnetStatus are .NET's HttpStatusCode names, as its exceptions print them
// ("HttpStatusCode: BadRequest", "StatusCode: Unauthorized").
var dotnetStatus = [...]struct {
	name   string
	status int
}{{"BadRequest", 400}, {"Unauthorized", 401}, {"PaymentRequired", 402}, {"Forbidden", 403}, {"NotFound", 404},
	{"Conflict", 409}, {"UnprocessableEntity", 422}, {"TooManyRequests", 429}, {"InternalServerError", 500},
	{"BadGateway", 502}, {"ServiceUnavailable", 503}, {"GatewayTimeout", 504}}

// statusNamed finds a status written by its name alone: .NET's "HttpStatusCode:
// BadRequest", or a reason phrase quoted as what came back ("Retorno: 'Forbidden'").
// lower is text in lower case, and g its gram set.
func statusNamed(text, lower string, g *grams.Set) (int, bool) {
	for _, label := range [...]string{"HttpStatusCode: ", "StatusCode: ", "HttpStatusCode=", "StatusCode="} {
		if i := strings.Index(text, label); i >= 0 {
			rest := text[i+len(label):]
			for _, d := range dotnetStatus {
				if strings.HasPrefix(rest, d.name) {
					return d.status, true
				}
			}
		}
	}
	for _, d := range dotnetStatus {
		// A .NET SDK's exception whose message leads with the name: Bambora's
		// "BadRequest, category: 1, code: 7: {…}". Not the names that are words of their
		// own ("Unauthorized, card not authorized by issuer" is a decline's).
		if rest, ok := strings.CutPrefix(text, d.name); ok && strings.HasPrefix(rest, ", ") && d.status != 401 && d.status != 403 && d.status != 409 {
			return d.status, true
		}
	}
	for _, r := range reasonPhrases {
		if !g.MayHold(r.phrase) {
			continue
		}
		for off := 0; ; {
			i := strings.Index(lower[off:], r.phrase)
			if i < 0 {
				break
			}
			i += off
			off = i + len(r.phrase)
			before, after := byte(0), byte(0)
			if i > 0 {
				before = lower[i-1]
			}
			if off < len(lower) {
				after = lower[off]
			}
			// 'Forbidden', "Forbidden", ": Forbidden" ending its line or the text, or an exception's
			// message that leads with it ("MollieApiException: Unprocessable Entity - …").
			if (before == '\'' || before == '"') && after == before || i >= 2 && lower[i-2:i] == ": " && (after == '\n' || off == len(lower) || strings.HasPrefix(lower[off:], " - ")) {
				return r.status, true
			}
		}
	}
	return 0, false
}

// reasonPhrases are the reason phrases HTTP clients print after an error status, lower
// case, by status.
var reasonPhrases = [...]struct {
	status int
	phrase string
}{
	{400, "bad request"}, {401, "unauthorized"}, {401, "unauthorised"}, {402, "payment required"}, {403, "forbidden"},
	{404, "not found"}, {404, "resource not found"}, {405, "method not allowed"}, {408, "request timeout"}, {409, "conflict"},
	{410, "gone"}, {412, "precondition failed"}, {413, "payload too large"},
	{413, "request entity too large"}, {415, "unsupported media type"},
	{422, "unprocessable entity"}, {422, "unprocessable content"}, {423, "locked"},
	{424, "failed dependency"}, {428, "precondition required"}, {429, "too many requests"},
	{500, "internal server error"}, {501, "not implemented"}, {502, "bad gateway"},
	{503, "service unavailable"}, {503, "service temporarily unavailable"}, {504, "gateway timeout"}, {504, "gateway time-out"},
}

// statusWithReason finds an error status written with its reason phrase, as HTTP client
// libraries put it in their exceptions: Guzzle's "resulted in a `500 Internal Server
// Error` response", Spring's "500 Internal Server Error from POST …", .NET's "does not
// indicate success: 503 (Service Unavailable)", Ktor's "409 Conflict".
func statusWithReason(lower string) (int, bool) {
	for off := 0; off+3 < len(lower); {
		i := strings.IndexAny(lower[off:], "45")
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		if i+4 > len(lower) || (i > 0 && lower[i-1] >= '0' && lower[i-1] <= '9') {
			continue
		}
		code, err := decimal.Atoi(lower[i : i+3])
		if err != nil || code < 400 || code > 599 {
			continue
		}
		// The phrase first, then its status: Shopify's "Unprocessable Entity - 422", "Not
		// Found (404)".
		before := strings.TrimRight(lower[:i], " (-:")
		if len(before) < len(lower[:i]) && (i+3 == len(lower) || lower[i+3] < '0' || lower[i+3] > '9') {
			for _, r := range reasonPhrases {
				if r.status == code && strings.HasSuffix(before, r.phrase) {
					return code, true
				}
			}
		}
		rest := lower[i+3:]
		if strings.HasSuffix(lower[:i], "` resulted in a `") && strings.HasPrefix(rest, " ") {
			// Guzzle prints the reason phrase the server sent, whatever it was: "`PUT …`
			// resulted in a `500 APIM Internal Server Error` response" (Azure's API
			// Management). Its request in backquotes comes first.
			return code, true
		}
		if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, ": ") { // "401-Unauthorized" (PagSeguro's SDKs), "(422: Unprocessable Entity)" (Mollie's)
			continue
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, ":")[1:], " "), "(")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "- "), "-") // "(429 - Too Many Requests)"
		for _, r := range reasonPhrases {
			if r.status == code && (strings.HasPrefix(rest, r.phrase) || prefixSansSpaces(rest, r.phrase)) {
				return code, true
			}
			// The paste cut off inside the phrase: Guzzle's "resulted in a `404 Not Foun".
			if line, _, _ := strings.Cut(rest, "\n"); r.status == code && len(line) >= 5 && strings.HasPrefix(r.phrase, strings.TrimRight(line, " \r")) {
				return code, true
			}
		}
		// nginx's and Apache's title for a 401, "401 Authorization Required": only after
		// its number, for the words alone may be a payment waiting for its 3-D Secure.
		if code == 401 && strings.HasPrefix(rest, "authorization required") {
			return code, true
		}
	}
	return 0, false
}

// printedCodeAndReason finds an HTTP client's response printed by print_r, its code and
// its reason phrase ("Response: Array ( [code] => 403 [message] => Forbidden )", the
// WooCommerce PayPal plugin's log): the status when the phrase is the code's.
func printedCodeAndReason(text string) (int, bool) {
	for off := 0; ; {
		i := strings.Index(text[off:], "[code] => ")
		if i < 0 {
			return 0, false
		}
		off += i + len("[code] => ")
		code, err := decimal.Atoi(codeToken(text[off:]))
		if err != nil || validStatus(code) < 400 {
			continue
		}
		rest := text[off:min(len(text), off+80)]
		j := strings.Index(rest, "[message] => ")
		if j < 0 {
			continue
		}
		reason, _, _ := strings.Cut(rest[j+len("[message] => "):], "\n")
		if reasonStatus(strings.TrimSpace(reason)) == code {
			return code, true
		}
	}
}

// statusBeforeError finds an error status written before the word error or response:
// "you get `400` error with message …", "a 502 error", "I receive a 400 response".
func statusBeforeError(lower string) (int, bool) {
	for _, word := range [...]string{" error", " response", " as a response", " as response", " as the response"} { // "I get 403 as a response"
		if s, ok := statusBefore(lower, word); ok {
			return s, true
		}
	}
	return 0, false
}

func statusBefore(lower, word string) (int, bool) {
	for off := 0; ; {
		i := strings.Index(lower[off:], word)
		if i < 0 {
			return 0, false
		}
		i += off
		off = i + len(word)
		j := i
		if j > 0 && (lower[j-1] == '`' || lower[j-1] == '"' || lower[j-1] == '\'') {
			j--
		}
		if j < 3 || j > 3 && lower[j-4] != ' ' && lower[j-4] != lower[j] {
			continue // "1404 errors", "v1.400 error": not a status alone
		}
		if code, err := decimal.Atoi(lower[j-3 : j]); err == nil && code >= 400 && code <= 599 {
			return code, true
		}
	}
}

// prefixSansSpaces reports whether s starts with phrase written without its spaces, as
// .NET names its HttpStatusCode values ("400: BadRequest", lowered "badrequest"), and then
// ends a word.
func prefixSansSpaces(s, phrase string) bool {
	if strings.IndexByte(phrase, ' ') < 0 {
		return false // the same as the phrase itself
	}
	i := 0
	for j := 0; j < len(phrase); j++ {
		if phrase[j] == ' ' {
			continue
		}
		if i >= len(s) || s[i] != phrase[j] {
			return false
		}
		i++
	}
	return i == len(s) || !isWordByte(s[i])
}

// logrageLine reports whether the line around lower[at] is a Rails request summary in
// lograge's key=value form ("method=GET path=/payments … status=500 error='…'"): its status
// is the app's answer to its own route, not the API's.
func logrageLine(lower string, at int) bool {
	start := strings.LastIndexByte(lower[:at], '\n') + 1
	end := strings.IndexByte(lower[at:], '\n')
	if end < 0 {
		end = len(lower) - at
	}
	line := lower[start : at+end]
	return strings.Contains(line, "status=") && strings.Contains(line, " path=/") &&
		(strings.Contains(line, "controller=") || strings.Contains(line, "method="))
}

// requestLineStatus finds the status an HTTP client's log line gives after the method
// and path it called: "[Braintree] [24/Nov/2014 17:53:17 UTC] GET /customers/42 503",
// "POST /v1/charges 402 (312ms)".
func requestLineStatus(lower string) (int, bool) {
	// Go's clients print "POST https://api…/v2/checkout/orders: 401 Authentication failed…".
	for _, method := range [...]string{"get /", "post /", "put /", "patch /", "delete /", "get http", "post http", "put http", "patch http", "delete http"} {
		for off := 0; ; {
			i := strings.Index(lower[off:], method)
			if i < 0 {
				break
			}
			i += off
			off = i + len(method)
			line := lower[i:]
			if j := strings.IndexByte(line, '\n'); j >= 0 {
				line = line[:j]
			}
			f := strings.Fields(line)
			if len(f) < 3 || len(f[2]) != 3 {
				continue
			}
			// morgan's "POST /checkout 400 806.257 ms - 549" is the app's own answer to
			// its own route: what the API said is not in it.
			if len(f) >= 5 && f[4] == "ms" {
				if _, ok := decimal.Parse(f[3]); ok {
					continue
				}
			}
			if code, err := decimal.Atoi(f[2]); err == nil && code >= 400 && code <= 599 {
				return code, true
			}
		}
	}
	return 0, false
}

// htmlHeadline is the text of an HTML error page's <title>, else its first <h1>: what
// a proxy or CDN says went wrong ("502 Bad Gateway"). Empty when there is neither.
func htmlHeadline(body string) string {
	for _, tag := range [...]string{"title", "h1"} {
		if s := htmlTag(body, tag); s != "" {
			return s
		}
	}
	return visibleText(body, 120)
}

// htmlTag is the text of the first <tag> element of an HTML page, "" when there is none.
func htmlTag(body, tag string) string {
	lower := grams.ASCIILower(body[:min(len(body), 64<<10)]) // offsets in lower are offsets in body
	i := strings.Index(lower, "<"+tag)
	if i < 0 {
		return ""
	}
	start := strings.IndexByte(lower[i:], '>')
	end := strings.Index(lower[i:], "</"+tag)
	if start < 0 || end < start {
		return ""
	}
	return strings.Join(strings.Fields(body[i+start+1:i+end]), " ")
}

// visibleText is the start of an HTML page's text with its tags removed, at most max
// bytes on one line: the headline of a page with neither title nor h1.
func visibleText(body string, max int) string {
	var b strings.Builder
	inTag := false
	for i := 0; i < len(body) && b.Len() < max; i++ {
		switch c := body[i]; {
		case c == '<':
			inTag = true
			b.WriteByte(' ')
		case c == '>':
			inTag = false
		case !inTag:
			b.WriteByte(c)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// statusTold reports whether what follows a number told in words ("I get a 404", "obtengo
// un 503") leaves it a status: the end of the text or a sentence, or a word that names it
// so, not a unit or a count ("a 500 ms timeout", "a 450 character limit").
func statusTold(rest string) bool {
	if rest == "" || strings.IndexByte(".,;:!?)\n", rest[0]) >= 0 {
		return true
	}
	for _, w := range [...]string{" error", " status", " response", " from", " http", " when", " on ", " in ", " and ", " back", " code",
		" erro", " al ", " en ", " y ", " ao ", " e ", " no ", " com ", " `"} { // "rejected with a 400 `invalid_request_error`"
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// statusToldAfterWith reports whether what follows "failed with a 400" makes it an HTTP
// status: punctuation (not an SMTP server's "550 5.1.1" after it), or a word of HTTP.
func statusToldAfterWith(rest string) bool {
	if rest == "" || strings.IndexByte(".,;!?)\n", rest[0]) >= 0 {
		return true
	}
	if r, ok := strings.CutPrefix(rest, ":"); ok {
		r = strings.TrimLeft(r, " ")
		return !(len(r) >= 5 && r[0] >= '2' && r[0] <= '5' && r[1] == '.' && r[2] >= '0' && r[2] <= '9') // "550: 5.1.1 …"
	}
	for _, w := range [...]string{" error", " status", " response", " http", " code", " `", " (", " bad request", " unauthorized", " forbidden", " not found", " unprocessable", " internal server", " too many"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// findHosts adds the host names of URLs in text ("https://host/…"), at most 8.
func findHosts(text string, hosts []string) []string {
	for off := 0; len(hosts) < 8; {
		i := strings.Index(text[off:], "://")
		if i < 0 {
			break
		}
		start := off + i + 3
		// Credentials before the host ("https://ak_test_…:x@api.pagar.me/1/cards", an SDK's
		// recorded URI): the host follows the last '@' of the authority.
		auth := start
		for auth < len(text) && auth-start < 256 && strings.IndexByte("/ \t\n\"'?#<>", text[auth]) < 0 {
			auth++
		}
		if at := strings.LastIndexByte(text[start:auth], '@'); at >= 0 {
			start += at + 1
		}
		end := start
		for end < len(text) && (isNameByte(text[end]|0x20) || text[end] == '.') {
			end++
		}
		off = end
		if end > start && strings.IndexByte(text[start:end], '.') > 0 {
			hosts = appendHost(hosts, text[start:end])
		}
	}
	return hosts
}

func appendHost(hosts []string, h string) []string {
	h = strings.ToLower(strings.TrimSpace(h))
	if i := strings.IndexByte(h, ':'); i >= 0 {
		h = h[:i]
	}
	if h == "" {
		return hosts
	}
	for _, x := range hosts {
		if x == h {
			return hosts
		}
	}
	return append(hosts, h)
}

// harEntries returns the entries of a HAR file ({"log":{"entries":[…]}}), or the object
// itself when it is one entry ({"request","response"}); ok is false for anything else.
func harEntries(o *object) (entries []*object, ok bool) {
	if log := o.obj("log"); log != nil && log.has("entries") {
		list, _ := log.get("entries").([]any)
		for _, e := range list {
			if eo, _ := e.(*object); eo != nil {
				entries = append(entries, eo)
			}
		}
		return entries, true
	}
	if req, resp := o.obj("request"), o.obj("response"); (req.has("method") || req.has("url")) && resp.has("status") {
		return []*object{o}, true
	}
	return nil, false
}

// harFailed reports whether a HAR entry is a failed call: an error status, or a
// successful one whose small JSON body is a refused payment (Adyen's resultCode Refused,
// a PagBank charge DECLINED).
func harFailed(entry *object) bool {
	status := harStatus(entry)
	if status >= 400 {
		return true
	}
	content := entry.obj("response").obj("content")
	text := content.str("text")
	if status < 200 || status > 299 || len(text) > 64<<10 || content.str("encoding") == "base64" ||
		!strings.Contains(content.str("mimeType"), "json") ||
		!(strings.Contains(text, "resultCode") || strings.Contains(text, "DECLINED") || strings.Contains(text, `"failed"`)) {
		return false
	}
	res, ok := parseLenient(text, 0)
	if !ok {
		return false
	}
	o, _ := res.value.(*object)
	return o != nil && refusedOrCut(unwrapBody(o))
}

// harStatus is an entry's response status, 0 when it is not a real HTTP status (HAR
// writers use 0 for a request that got no answer).
func harStatus(entry *object) int {
	return validStatus(intValue(entry.obj("response").get("status")))
}

// exceptionWithStatus is the status of a PHP exception rendered with its code at the end
// of its line, "App\Worldpay\Lib\WorldpayException (400)", "GuzzleHttp\Exception\ClientException
// (422): …": only an HTTP status with a name of its own (not SQL Server's "SqlException
// (515)", nor "TimeoutException (500) attempts exhausted").
func exceptionWithStatus(lower string) (int, bool) {
	for off := 0; ; {
		i := strings.Index(lower[off:], "exception (")
		if i < 0 {
			return 0, false
		}
		rest := lower[off+i+len("exception ("):]
		off += i + len("exception (")
		if len(rest) < 4 || rest[3] != ')' || !endsAt(rest[4:]) && !(strings.HasPrefix(rest[4:], ".") && endsAt(rest[5:])) {
			continue // a sentence's end counts too: "\"Request Error\" no CieloRequestException (400)."
		}
		code, err := decimal.Atoi(rest[:3])
		if err != nil || code < 400 || code > 599 {
			continue
		}
		if info, _ := catalog.HTTPStatus(code); info.Status == code && !strings.Contains(lower[max(0, off-40):off], "sql") {
			return code, true
		}
	}
}

// endsAt reports whether s starts where a line or a clause ends: nothing, a line break, a
// colon, a closing backtick or quote.
func endsAt(s string) bool {
	return s == "" || strings.IndexByte("\r\n:`'\"", s[0]) >= 0
}

// loggedResponseStatus is the status of a logger's "< Response 401" line (a request and
// its answer printed with "> Request" and "< Response" markers): the number ends the line.
func loggedResponseStatus(lower string) (int, bool) {
	for off := 0; ; {
		i := strings.Index(lower[off:], "< response ")
		if i < 0 {
			return 0, false
		}
		rest := strings.TrimRight(lower[off+i+len("< response "):], " ")
		off += i + len("< response ")
		if len(rest) < 3 || len(rest) > 3 && rest[3] != '\n' && rest[3] != '\r' {
			continue
		}
		if code, err := decimal.Atoi(rest[:3]); err == nil && validStatus(code) >= 400 {
			return code, true
		}
	}
}

// validStatus returns s when it is an HTTP status (100-599), else 0.
func validStatus(s int) int {
	// 104–199 and 309–399 are unassigned, and no server answers with them: a "Status:395"
	// is SEFAZ's rejection code, not HTTP's.
	if s < 100 || s > 599 || s > 103 && s < 200 || s > 308 && s < 400 {
		return 0
	}
	return s
}

// har reads a HAR file or entry into p: of several entries, the last failed one (status
// 400 or more), else the last one.
func har(o *object, p *parts) bool {
	entries, ok := harEntries(o)
	if !ok {
		return false
	}
	p.format = FormatHAR
	var pick *object
	for _, e := range entries {
		if harFailed(e) {
			pick = e
			p.harEntries++
		} else if p.harEntries == 0 {
			pick = e
		}
	}
	if pick != nil {
		harEntry(pick, p)
	}
	return true
}

// harEntry reads one HAR entry: request method, URL and headers, response status,
// headers and body (base64 when content.encoding says so).
func harEntry(entry *object, p *parts) {
	p.format = FormatHAR
	if t, ok := parseRFC3339(entry.str("startedDateTime")); ok {
		p.started = t
	}
	if req := entry.obj("request"); req != nil {
		p.method = req.str("method")
		p.hosts = findHosts(req.str("url"), p.hosts)
		p.reqHeaders = harHeaders(req)
	}
	resp := entry.obj("response")
	p.status = harStatus(entry)
	p.statusText = resp.str("statusText")
	p.headers = harHeaders(resp)
	content := resp.obj("content")
	body := content.str("text")
	if content.str("encoding") == "base64" {
		if raw, ok := decodeBase64(body); ok {
			body = string(raw)
		}
	}
	if o, res, ok := findBody(body); ok {
		p.setBody(o)
		p.truncated, p.deep = res.truncated, res.deep
	} else {
		p.bodyText = strings.TrimSpace(body)
	}
}

// maxErrors bounds how many errors ExplainAll reads from one paste.
const maxErrors = 50

// extractAll reads every response in a paste that holds several: each failed HAR entry,
// each status line's response (curl -v with several requests, a log of curl -i
// outputs), or each error body of a log excerpt with the text before it (where its
// status is). A paste with one response gives what extract gives.
func extractAll(text string) []parts {
	lead := parser{b: text}
	lead.space()
	if res, ok := parseLenient(text, lead.pos); ok {
		if o, isObj := res.value.(*object); isObj {
			if entries, isHAR := harEntries(o); isHAR {
				var out []parts
				for _, e := range entries {
					if harFailed(e) && len(out) < maxErrors {
						var p parts
						harEntry(e, &p)
						out = append(out, p)
					}
				}
				if len(out) > 0 {
					return out
				}
			}
			return []parts{extract(text)}
		}
	}
	if starts := statusLineStarts(text); len(starts) > 1 {
		return extractSegments(text, starts)
	}
	if ends := errorBodyEnds(text); len(ends) > 1 {
		out := make([]parts, 0, len(ends))
		from := 0
		for _, end := range ends {
			out = append(out, extract(text[from:end]))
			from = end
		}
		return out
	}
	return []parts{extract(text)}
}

// statusLineStarts finds where each response of a multi-response paste begins: its
// status line, moved back over the curl -v request lines ("> ", "* ") just before it.
func statusLineStarts(text string) []int {
	var starts []int
	reqStart := -1 // start of the run of request lines before the current line
	for off := 0; off < len(text) && len(starts) < maxErrors; {
		end := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if end >= 0 {
			next = off + end + 1
		}
		line := strings.TrimRight(text[off:next], "\r\n")
		switch {
		case strings.HasPrefix(line, "> ") || line == ">" || strings.HasPrefix(line, "* "):
			if reqStart < 0 {
				reqStart = off
			}
		default:
			if _, _, ok := statusLine(strings.TrimPrefix(line, "< ")); ok {
				start := off
				if reqStart >= 0 {
					start = reqStart
				}
				starts = append(starts, start)
			}
			if !strings.HasPrefix(line, "< ") && line != "<" {
				reqStart = -1
			}
		}
		off = next
	}
	return starts
}

func extractSegments(text string, starts []int) []parts {
	out := make([]parts, 0, len(starts))
	for i, start := range starts {
		end := len(text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		if i == 0 {
			start = 0 // a curl command line before the first response names the host
		}
		p := extract(text[start:end])
		if p.status >= 400 || (p.body != nil && failureBody(p.body)) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []parts{extract(text)}
	}
	return out
}

// errorBodyEnds finds where each error body of a log excerpt ends, at most maxErrors.
func errorBodyEnds(text string) []int {
	var ends []int
	off := 0
	for tries := 0; tries < maxCandidates*4 && len(ends) < maxErrors; tries++ {
		i := strings.IndexByte(text[off:], '{')
		if i < 0 {
			break
		}
		i += off
		res, ok := parseLenient(text, i)
		if o, isObj := res.value.(*object); ok && isObj && errorLike(o) && failureBody(unwrapBody(o)) {
			ends = append(ends, res.end)
			off = res.end
			continue
		}
		off = i + 1
	}
	return ends
}

// postman reads a response saved in a Postman collection ({"name", "originalRequest",
// "status": "Unauthorized", "code": 401, "_postman_previewlanguage": "json", "header":
// [{"key", "value"}], "body": "…"}): its status, headers and the body its string holds.
func postman(o *object, p *parts) bool {
	body, isText := o.get("body").(string)
	status := validStatus(intValue(o.get("code")))
	if !isText || status == 0 || !o.has("_postman_previewlanguage") {
		return false
	}
	b, res, found := findBody(body)
	format := FormatJSON
	if !found || !failureBody(unwrapBody(b)) {
		// XML (PagSeguro's v2, a SOAP fault, Authorize.Net's answer under a 200).
		if d, f, ok := printedBody(body); ok {
			b, res, found, format = d, parseResult{}, true, f
		}
	}
	if status < 400 && (!found || !failureBody(unwrapBody(b))) {
		return false // a success saved beside others, or words only: read as any text
	}
	p.format = format
	p.status, p.statusText = status, o.str("status")
	p.headers = headerList(o.get("header"), "key")
	if req := o.obj("originalRequest"); req != nil {
		p.method = req.str("method")
	}
	if found {
		p.setBody(b)
		p.truncated, p.deep = res.truncated, res.deep
	} else {
		p.bodyText = strings.TrimSpace(body)
	}
	return true
}

func harHeaders(o *object) []header {
	return headerList(o.get("headers"), "name")
}

// headerList reads a list of header objects, each its name under nameKey (HAR's "name",
// Postman's "key") and its value under "value".
func headerList(v any, nameKey string) []header {
	list, _ := v.([]any)
	hs := make([]header, 0, len(list))
	for _, h := range list {
		if ho, _ := h.(*object); ho != nil {
			hs = append(hs, header{ho.str(nameKey), ho.str("value")})
		}
	}
	return hs
}

// intValue reads an integer from a JSON number or a numeric string; 0 when it is neither.
func intValue(v any) int {
	switch x := v.(type) {
	case number:
		if f, ok := x.float(); ok {
			return int(f)
		}
	case string:
		if n, err := decimal.Atoi(strings.TrimSpace(x)); err == nil {
			return n
		}
	case bareword:
		if n, err := decimal.Atoi(string(x)); err == nil {
			return n
		}
	}
	return 0
}

// normalize makes text UTF-8 without a byte-order mark: UTF-16 (what PowerShell's `>`
// writes) is converted. It reports NUL bytes left after that, the sign of binary data.
func normalize(text []byte) (out []byte, utf16In bool, binaryAt int) {
	binaryAt = -1
	switch {
	case bytes.HasPrefix(text, []byte{0xEF, 0xBB, 0xBF}):
		text = text[3:]
	case bytes.HasPrefix(text, []byte{0xFF, 0xFE}), bytes.HasPrefix(text, []byte{0xFE, 0xFF}):
		be := text[0] == 0xFE
		text = text[2:]
		u := make([]uint16, len(text)/2)
		for i := range u {
			if be {
				u[i] = uint16(text[2*i])<<8 | uint16(text[2*i+1])
			} else {
				u[i] = uint16(text[2*i+1])<<8 | uint16(text[2*i])
			}
		}
		text = []byte(string(utf16.Decode(u)))
		utf16In = true
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		binaryAt = i
	} else if !utf8.Valid(text[:min(len(text), 4096)]) {
		// Latin-1 text is common in Brazilian logs; only many invalid bytes mean binary.
		bad := 0
		for i, r := range string(text[:min(len(text), 4096)]) {
			if r == utf8.RuneError {
				bad++
				if bad > 16 {
					binaryAt = i
					break
				}
			}
		}
	}
	return text, utf16In, binaryAt
}

// cloudflareStatusInWords is a status of Cloudflare's own (520 to 530) that a text naming
// Cloudflare gives in any language, the number standing apart from other digits
// ("cloudflare的524错误"); 0 when there is none.
func cloudflareStatusInWords(text string) int {
	text = text[:min(len(text), 8<<10)]
	i := strings.Index(grams.ASCIILower(text), "cloudflare")
	if i < 0 {
		return 0
	}
	for j := 0; j+3 <= len(text); j++ {
		if text[j] != '5' || text[j+1] < '2' || text[j+1] > '3' || text[j+2] < '0' || text[j+2] > '9' {
			continue
		}
		if j > 0 && asciiAlnum(text[j-1]) || j+3 < len(text) && asciiAlnum(text[j+3]) {
			continue // part of a longer number or of an id (a Ray ID's 7a524bcd…)
		}
		if n := int(text[j+1]-'0')*10 + int(text[j+2]-'0'); n >= 20 && n <= 30 {
			return 500 + n
		}
	}
	return 0
}

func asciiAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// signedAnswer is the failing answer an API wraps in one member named for its method,
// beside nothing but its signature: Alipay's {"alipay_trade_query_response": {"code":
// "40002", "msg", "sub_code"}, "sign": "…"}, as its Node SDK also keeps it under info
// ({message, info: {alipay_trade_precreate_response: {…}, sign}}); PagHiper's
// {"status_request": {"result": "reject", "response_message", …}}. nil when o is none.
func signedAnswer(o *object) *object {
	for _, w := range [...]*object{o, o.obj("info")} {
		var found *object
		for i := 0; w != nil && i < len(w.members); i++ {
			m := &w.members[i]
			io, ok := m.val.(*object)
			switch {
			case ok && found == nil && (strings.HasSuffix(m.key, "_response") || strings.HasSuffix(m.key, "_request")):
				found = io
			case strings.HasPrefix(m.key, "sign") || m.key == "alipay_cert_sn":
			default:
				found, w = nil, nil
			}
		}
		if found != nil && errorLike(found) && failureBody(found) {
			return found
		}
	}
	return nil
}

// failingStatusObject is the status object an answer keeps its error in, when that object
// says it failed and names its code: Rapyd's {"status": {"error_code", "status": "ERROR",
// "message", "operation_id"}, "data": …}. nil for any other answer.
func failingStatusObject(o *object) *object {
	if st := o.obj("status"); st != nil && st.str("error_code") != "" && failureWord(st.str("status")) {
		return st
	}
	return nil
}

// quotedJSONError is the error an answer that reports none itself keeps whole as JSON in
// a string, one or two members down: Cybersource's {"response": {"rmsg":
// "{\"error\":\"UNAUTHORIZED_USER\",\"error_description\":…}"}}. nil when there is none.
func quotedJSONError(o *object) *object {
	for i := 0; o != nil && i < len(o.members) && i < 16; i++ {
		switch v := o.members[i].val.(type) {
		case string:
			if io := jsonErrorIn(v); io != nil {
				return io
			}
		case *object:
			for j := 0; j < len(v.members) && j < 16; j++ {
				if s, ok := v.members[j].val.(string); ok {
					if io := jsonErrorIn(s); io != nil {
						return io
					}
				}
			}
		}
	}
	return nil
}

// jsonErrorIn is the failing error object a string holds as JSON, whole; nil otherwise.
func jsonErrorIn(s string) *object {
	t := strings.TrimSpace(s)
	if len(t) < 8 || t[0] != '{' || t[len(t)-1] != '}' {
		return nil
	}
	res, ok := parseLenient(t, 0)
	if io, _ := res.value.(*object); ok && !res.truncated && errorLike(io) && failureBody(io) {
		return io
	}
	return nil
}

// responseStatusCode is the statusCode of what a logger kept as a response, when that is
// the API's answer itself ({"response": {"level", "message", "statusCode": 400, "data"}});
// nil beside a body of its own, the answer of another call (a webhook delivery's
// {"response": {"statusCode": 500, "body": …}} is the merchant's endpoint's).
func responseStatusCode(o *object) any {
	r := o.obj("response")
	if r.has("body") {
		return nil
	}
	return r.get("statusCode")
}

// documentedStatus reports whether a provider documents code with status n.
func documentedStatus(code string, n int) bool {
	for _, p := range catalog.Owners(code) {
		if e, ok := p.Lookup(code); ok && e.Status == n {
			return true
		}
	}
	return false
}

// reasonStart reports whether s begins with HTTP's reason phrase or the way APIs' messages
// of refusal begin: "Unauthorized use of live credentials", "Invalid client id", "Not
// Found", "Bad Request", "Too Many Requests"; not a tally's "Not delivered", "Payment
// failures", "Request timeouts".
func reasonStart(s string) bool {
	for _, r := range [...]string{"Unauthorized", "Unauthorised", "Forbidden", "Invalid ", "Not Found", "Not Allowed", "Not Acceptable", "Bad Request", "Bad Gateway",
		"Internal Server Error", "Internal error", "Too Many", "Unprocessable", "Payment Required", "Conflict", "Service Unavailable", "Gateway Timeout",
		"Method Not Allowed", "Precondition", "Locked", "Access denied", "Access Denied", "Cannot ", "Can't "} {
		if strings.HasPrefix(s, r) {
			return true
		}
	}
	return false
}
