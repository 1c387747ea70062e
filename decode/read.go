package decode

import (
	"cmp"
	"github.com/decifra/decifra/internal/decimal"
	"github.com/decifra/decifra/internal/grams"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// read gathers what a paste says of one response (the facts the later steps decide
// on), or says why it holds no error worth explaining. cut says the paste was longer
// than MaxInput and only its start was read.
func read(p *parts, masked string, cut bool, custom []*catalog.Provider) (*facts, *noError) {
	f := gatherFacts(p)
	f.parts, f.masked, f.method = p, masked, p.method
	if p.prose || p.format == FormatLog {
		f.code = tidyToken(f.code) // read from words, not from a structure's value
	}
	if len(custom) > 0 {
		f.readers = readersFor(custom)
	}
	if p.deep {
		d := strconv.Itoa(maxDepth)
		f.notes = append(f.notes, fill(catalog.SaidJSONNestedDeeperThanLevelsWas, d))
	}
	if t, ok := transportFailure(p, masked); ok {
		failure := t // only a failure goes to the heap, not every paste's empty one
		f.transport = &failure
		if f.method == "" {
			f.method = methodInText(masked)
		}
	} else if e := notAnError(p, masked, cut); e != nil && !customBody(p.body, custom) {
		return nil, e
	}
	// A framework's JSON error page (Laravel's {"message", "exception", "file", "trace"})
	// is a stack trace too: its classes and paths are cues.
	// So is a JavaScript error serialized with its stack ({"message", "stack": "Error: …\n    at …"}),
	// also under an app's error member ({"error": {"type": "StripeInvalidRequestError", "stack": …}}).
	frameworkTrace := p.body != nil && (p.body.has("exception") && (p.body.has("trace") || p.body.has("file")) ||
		strings.Contains(p.body.str("stack"), "\n") || strings.Contains(p.body.obj("error").str("stack"), "\n") || p.sdkError || sdkErrorBody(p.body))
	if (p.format != FormatJSON && p.format != FormatHAR && p.format != FormatCurl || frameworkTrace || loggerRecord(p.body)) && f.transport == nil && (!isHTML(p.bodyText) || p.status == 0) { // a page with no status is read for its words
		f.lower, f.grams = grams.Lower(masked[:min(len(masked), 64<<10)])
		if f.method == "" {
			// A log's request line: `"GET /v1/collections/search HTTP/1.1" 504`. Only a
			// read is taken from words: methodInText looks for every write first, so a GET
			// is the method only when the text names no write at all, and a 5xx on it may
			// simply be sent again.
			if m := methodInText(masked[:min(len(masked), 64<<10)]); m == "GET" || m == "HEAD" {
				f.method = m
			}
		}
	}
	if f.code == "" && p.format == FormatLog {
		f.code = hashedCode(masked[:min(len(masked), 64<<10)]) // a log line's message above the context it logged
	}
	// A body that is only a reason phrase or a gateway's words ({"message": "Unauthorized"},
	// AWS API Gateway's authorizer in front of PagBank's API, which answers in
	// error_messages[]) is the gateway's own answer too: a provider's host beside it names
	// an alternative, not a claim.
	f.cdnPage = (cdnErrorPage(masked) || !p.prose && f.body != nil && len(f.body.members) == 1 && cmp.Or(reasonStatus(f.body.str("message")), gatewayStatus(strings.ToLower(f.body.str("message")))) != 0) && genericCode(f.body) == ""
	if f.cdnPage && f.code == "" {
		f.code = cloudflareErrorCode(p.bodyText) // the number Cloudflare's page asks to quote: "Error code 522"
	}
	if f.code == "" && p.body == nil && p.bodyText != "" {
		// ngrok's own page in front of a webhook's endpoint names its error in brackets:
		// "… install your authtoken. (ERR_NGROK_6022)".
		if i := strings.Index(p.bodyText, "(ERR_NGROK_"); i >= 0 {
			if c := codeToken(p.bodyText[i+1:]); strings.HasPrefix(p.bodyText[i+1+len(c):], ")") {
				f.code = c
			}
		}
	}
	if f.code == "" && (p.body == nil || p.prose) && p.status >= 520 && p.status <= 530 && strings.Contains(pasteLower(&f), "cloudflare") {
		// "Cloudflare returns Error code 520": Cloudflare's own status is the error it asks to quote.
		f.code = strconv.Itoa(p.status)
	}
	f.shownStatus = p.status
	if f.shownStatus == 0 {
		f.shownStatus = bodyStatus(f.body)
	}
	if f.shownStatus == 0 && f.cdnPage {
		// Cloudflare's page links its help with the status it answered:
		// "5xx-error-landing?utm_source=errorcode_502".
		if i := strings.Index(masked[:min(len(masked), 64<<10)], "utm_source=errorcode_"); i >= 0 {
			if c := codeToken(masked[i+len("utm_source=errorcode_"):]); isNumber(c) {
				if n, _ := decimal.Atoi(c); n >= 400 {
					f.shownStatus = validStatus(n)
				}
			}
		}
	}
	if f.shownStatus == 0 && f.body != nil && f.code == "" {
		// {"message": "Forbidden"}: the message is the status's reason phrase.
		f.shownStatus = reasonStatus(f.message)
	}
	if f.shownStatus == 0 {
		lower := grams.ToLower(f.message)
		f.shownStatus = cmp.Or(gatewayStatus(lower), keyStatus(lower))
	}
	if f.shownStatus == 0 && f.body != nil && (strings.Contains(f.message, "status code") || strings.Contains(f.message, "HTTP response")) {
		// An HTTP client's error object whose message is all it says of the status
		// ({name: 'AxiosError', message: 'Request failed with status code 502'}, Braintree's
		// "Unexpected HTTP response: 504").
		if s, ok := statusInText(f.message); ok && s >= 400 {
			f.shownStatus = s
		}
	}
	if f.shownStatus == 0 {
		// CodeIgniter's "Severity: error --> Exception: Unauthorized /app/vendor/…/Unauthorized.php
		// 62": the reason phrase, then the file that threw it.
		m := f.message
		if k := strings.LastIndex(m, "Exception: "); k >= 0 {
			m = m[k+len("Exception: "):]
		}
		if i := strings.Index(m, " /"); i > 0 {
			f.shownStatus = reasonStatus(m[:i])
		}
	}
	if f.shownStatus == 0 {
		// "Erro na requisição: Unauthorized": the reason phrase ends the message.
		if i := strings.LastIndex(f.message, ": "); i >= 0 {
			f.shownStatus = reasonStatus(f.message[i+2:])
		}
	}
	if f.shownStatus == 0 {
		// {"code": "UNAUTHORIZED"}, {"code": "NOT_FOUND"} (Square's, and many APIs' errors):
		// the code is the reason phrase in capitals.
		f.shownStatus = reasonCodeStatus(f.code)
	}
	if f.shownStatus == 0 && (p.body == nil || p.prose) {
		// An exception page whose message, on a line of its own, is the reason phrase:
		// "Exception in MoipResource.php line 157:\nUnauthorized".
		f.shownStatus = reasonLine(masked[:min(len(masked), 64<<10)])
		if f.shownStatus == 0 {
			// WooCommerce PayPal Payments' "[UNPROCESSABLE_ENTITY] The requested action could
			// not be performed…": the error's name in brackets is a reason phrase.
			f.shownStatus = bracketedReason(masked[:min(len(masked), 8<<10)])
		}
		if f.shownStatus == 0 {
			// An SDK's exception named for its status: Braintree\Exception\Authentication,
			// checkout_sdk's AuthenticationError, a NotFoundException.
			f.shownStatus = classStatus(exceptionClass(masked))
		}
		if f.shownStatus == 0 {
			// An SDK's frame that throws for the status it names:
			// Braintree_Util::throwStatusCodeException(404), OpenPayU_Http::throwHttpStatusException(401, …).
			f.shownStatus = statusThrown(masked[:min(len(masked), 64<<10)])
		}
	}
	if f.shownStatus == 0 && f.body != nil {
		// The error object below the envelope states it: {"error": {…, "paypalHttpStatus":
		// 403}}, a webhook's event that carries the failed call's {"error": {"status_code":
		// 400, "type": …}} in its payload (Zoop's).
		for _, o := range [...]*object{f.errObj, nestedError(f.body)} {
			if o == nil || o == f.body {
				continue
			}
			for _, k := range statusKeys {
				if s := validStatus(intValue(o.getFold(k))); s >= 400 && f.shownStatus == 0 {
					f.shownStatus = s
				} else if s >= 400 && s != f.shownStatus && messageTells(o.str("message"), s) && !messageTells(o.str("message"), f.shownStatus) {
					// The SDK's status the message repeats over the app's own: loopback's
					// {"status": 500, "message": "Response Status : 400", "httpStatusCode": 400}.
					f.shownStatus = s
				}
			}
		}
	}
	if f.cdnPage && f.code == "" {
		// API Gateway's own answer names its error in a header (the status read first,
		// from the message the code would have stood in for).
		f.code = amznErrorType(masked)
	}
	return &f, nil
}

// messageTells reports whether message names status after the word status ("Response
// Status : 400", "status code 400", "Status=400"; not "Promo code 404").
func messageTells(message string, status int) bool {
	n := strconv.Itoa(status)
	for off := 0; ; {
		i := strings.Index(message[off:], n)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(n)
		for i > 0 && strings.IndexByte(" :=", message[i-1]) >= 0 {
			i--
		}
		if i >= 5 && strings.EqualFold(message[i-5:i], " code") {
			i -= 5 // "status code 400"
		}
		if (off == len(message) || !isDumpDigit(message[off])) && i >= 6 && strings.EqualFold(message[i-6:i], "status") {
			return true
		}
	}
}

// sdkErrorBody reports whether o is an SDK's error object printed as JSON, which names
// its class in type or name ({"type": "IuguAPIError", "message": …, "raw": {…}}): its
// words are cues, as a stack trace's are.
func sdkErrorBody(o *object) bool {
	for _, k := range [...]string{"type", "name"} {
		v := o.str(k)
		if len(v) >= 8 && len(v) <= 48 && (strings.HasSuffix(v, "Error") || strings.HasSuffix(v, "Exception")) && v[0] >= 'A' && v[0] <= 'Z' &&
			!strings.ContainsAny(v, " _") {
			return true
		}
	}
	return false
}

// bracketedReason is the status whose reason phrase, in capitals with underscores, stands
// in square brackets in text ("[UNPROCESSABLE_ENTITY]", "[NOT_FOUND]"); 0 when none does.
func bracketedReason(text string) int {
	for off := 0; off < len(text); {
		i := strings.IndexByte(text[off:], '[')
		if i < 0 {
			return 0
		}
		i += off + 1
		j := strings.IndexByte(text[i:min(len(text), i+32)], ']')
		if j < 0 {
			off = i
			continue
		}
		if s := reasonCodeStatus(text[i : i+j]); s >= 400 {
			return s
		}
		off = i + j
	}
	return 0
}

// statusThrown is the status a stack frame passes to a method that throws for it
// (throwStatusCodeException(404), throwHttpStatusException(401, …)); 0 when none does.
func statusThrown(text string) int {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], "StatusException(")
		j := strings.Index(text[off:], "StatusCodeException(")
		n := len("StatusException(")
		if i < 0 || j >= 0 && j < i {
			i, n = j, len("StatusCodeException(")
		}
		if i < 0 {
			return 0
		}
		arg := text[off+i+n:]
		if len(arg) >= 3 && isNumber(arg[:3]) && (len(arg) == 3 || arg[3] == ')' || arg[3] == ',') {
			if s, _ := decimal.Atoi(arg[:3]); validStatus(s) >= 400 {
				return s
			}
		}
		off += i + n
	}
	return 0
}

// classStatus is the HTTP status an exception class is named for, by the last part of its
// name: …Authentication(Error|Exception) 401, …Authorization or …Permission 403,
// …NotFound 404, …RateLimit or …TooManyRequests 429; 0 for any other class.
func classStatus(class string) int {
	name := class[strings.LastIndexAny(class, `.\:`)+1:]
	if len(name) > 64 {
		return 0
	}
	name = strings.ToLower(name)
	name = strings.TrimSuffix(strings.TrimSuffix(name, "exception"), "error")
	for _, c := range [...]struct {
		suffix string
		status int
	}{{"authentication", 401}, {"unauthorized", 401}, {"authorization", 403}, {"permission", 403}, {"forbidden", 403},
		{"notfound", 404}, {"ratelimit", 429}, {"toomanyrequests", 429}} {
		if strings.HasSuffix(name, c.suffix) {
			return c.status
		}
	}
	return 0
}

// reasonCodeStatus is the status whose reason phrase code spells in capitals, with
// underscores for spaces ("NOT_FOUND", "UNAUTHORIZED"); 0 for any other code. It
// allocates nothing: it runs on every paste with no status.
func reasonCodeStatus(code string) int {
	if len(code) < 8 || len(code) > 31 || code[0] < 'A' || code[0] > 'Z' {
		return 0
	}
	for _, r := range reasonPhrases {
		if len(r.phrase) != len(code) {
			continue
		}
		same := true
		for i := 0; i < len(code) && same; i++ {
			c := code[i]
			same = c == '_' && r.phrase[i] == ' ' || c >= 'A' && c <= 'Z' && c+'a'-'A' == r.phrase[i]
		}
		if same {
			return r.status
		}
	}
	return 0
}

// reasonLine is the status of the first line of text that is nothing but an HTTP error's
// reason phrase of two words or more, or "Unauthorized" or "Forbidden" (words that
// stand for their status alone); 0 when there is none.
func reasonLine(text string) int {
	for lines := text; lines != ""; {
		line := lines
		if i := strings.IndexByte(lines, '\n'); i >= 0 {
			line = lines[:i+1]
		}
		lines = lines[len(line):]
		line = strings.TrimSpace(line)
		if len(line) < 9 || len(line) > 40 {
			continue
		}
		if s := reasonStatus(line); s >= 400 && (strings.IndexByte(line, ' ') > 0 || s == 401 || s == 403) {
			return s
		}
	}
	return 0
}

// cdnErrorPage reports whether text holds a CDN's or a gateway's own error answer, by the
// words only such an answer prints: CloudFront's "Generated by cloudfront (CloudFront)",
// Cloudflare's "Cloudflare Ray ID" and cf-error-details, API Gateway's x-amzn-ErrorType.
func cdnErrorPage(text string) bool {
	text = text[:min(len(text), 64<<10)]
	for _, sig := range [...]string{"Generated by cloudfront (CloudFront)", "Cloudflare Ray ID", "cf-error-details"} {
		if strings.Contains(text, sig) { // written so by the pages themselves
			return true
		}
	}
	// API Gateway marks the answers it writes itself, not the API behind it, with
	// x-amzn-ErrorType (UnauthorizedException, MissingAuthenticationTokenException), in
	// any case: "x-amzn-ErrorType", Go's "X-Amzn-Errortype".
	return amznErrorTypeAt(text, 0) >= 0
}

// amznErrorTypeAt is where the name x-amzn-ErrorType first begins in text at or after
// off, in any case; -1 when it does not.
func amznErrorTypeAt(text string, off int) int {
	for {
		i := strings.Index(text[off:], "mzn-")
		if i < 0 {
			return -1
		}
		start := off + i - len("x-a") // where "x-amzn-" would begin
		off += i + len("mzn-")
		if start >= 0 && start+len("x-amzn-errortype") <= len(text) && strings.EqualFold(text[start:start+len("x-amzn-errortype")], "x-amzn-errortype") {
			return start
		}
	}
}

// amznErrorType is the error API Gateway names in its x-amzn-ErrorType header
// (MissingAuthenticationTokenException), however the header was printed: a header line
// ("x-amzn-ErrorType: …", curl -v's "< x-amzn-errortype: …", a Swift dictionary's
// "x-amzn-errortype : …"), a JSON object's member, Go's map ("… X-Amzn-Errortype:[…]").
// The header must begin its line or follow a bracket, a brace, a quote or another
// header's value, and its value be an exception's name (what some services add after a
// colon, ":http://internal.amazon.com/coral/…", is left out): the header named in words
// or a value that is no name is no code. "" when text holds none.
func amznErrorType(text string) string {
	text = text[:min(len(text), 64<<10)]
	for start := amznErrorTypeAt(text, 0); start >= 0; start = amznErrorTypeAt(text, start+len("x-amzn-errortype")) {
		before := strings.TrimRight(text[:start], " \t")
		if before != "" && strings.IndexByte("\n<[]{,\"']", before[len(before)-1]) < 0 {
			continue
		}
		rest := strings.TrimLeft(text[start+len("x-amzn-errortype"):], " \t\"'")
		if !strings.HasPrefix(rest, ":") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t[\"'")
		n := 0
		for n < len(rest) && (asciiAlnum(rest[n]) || rest[n] == '_' || rest[n] == '.') {
			n++
		}
		if name := rest[:n]; n <= 80 && name != "" && name[0] >= 'A' && name[0] <= 'Z' && strings.HasSuffix(name, "Exception") && len(name) > len("Exception") {
			return name
		}
	}
	return ""
}

// cloudflareErrorCode is the error number of Cloudflare's own page, from its "Error code
// 522" line or its title ("api.example.com | 522: Connection timed out"); "" for any other
// page.
func cloudflareErrorCode(page string) string {
	page = page[:min(len(page), 64<<10)]
	if !strings.Contains(page, "Cloudflare") && !strings.Contains(page, "cf-error") {
		return ""
	}
	if i := strings.Index(page, "Error code "); i >= 0 {
		if c := codeToken(page[i+len("Error code "):]); isNumber(c) && len(c) >= 3 && len(c) <= 4 {
			return c
		}
	}
	if t := htmlTag(page, "title"); t != "" {
		if _, after, ok := strings.Cut(t, " | "); ok {
			if c := codeToken(after); isNumber(c) && len(c) >= 3 && len(c) <= 4 && strings.HasPrefix(after[len(c):], ":") {
				return c
			}
		}
	}
	return ""
}

// frontDoorWords are those of Azure Front Door's own page when the app behind it does not
// answer; its tracking reference (a long base64 string) ends the page.
const frontDoorWords = "Our services aren't available right now"

// frontDoorReference is the tracking reference Azure Front Door's page ends with, which
// Azure support asks for; "" for any other page.
func frontDoorReference(page string) string {
	if !strings.Contains(page, frontDoorWords) {
		return ""
	}
	page = strings.TrimSpace(page)
	if i := strings.LastIndexByte(page, '>'); i >= 0 {
		page = strings.TrimSpace(page[i+1:])
	}
	page, _, _ = strings.Cut(page, "\n") // what the person wrote below it is not the reference
	page = strings.TrimSpace(page)
	if len(page) < 40 || len(page) > 200 || strings.Trim(page, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") != "" ||
		!strings.ContainsAny(page, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || !strings.ContainsAny(page, "abcdefghijklmnopqrstuvwxyz") {
		return "" // base64 of mixed case: not a commit's hash written below the page
	}
	return page
}

// htmlReportsFailure reports whether a page with no status still reports a failure: the
// log line it follows says error ("PagSeguro.Transactions.Search[error]: <!DOCTYPE
// html>…"), or its title says the service failed ("Não foi possível exibir a página",
// "Service Unavailable", "Em manutenção").
func htmlReportsFailure(text string) bool {
	text = text[:min(len(text), 64<<10)]
	before := strings.ToLower(text[:max(strings.IndexByte(text, '<'), 0)])
	if strings.Contains(before, "error") || strings.Contains(before, "erro") || strings.Contains(before, "exception") {
		return true
	}
	if strings.Contains(text, "(ERR_NGROK_") {
		return true // ngrok's own page in front of a webhook's endpoint: "… (ERR_NGROK_6022)"
	}
	if strings.Contains(text, frontDoorWords) {
		return true
	}
	lower := strings.ToLower(text)
	i := strings.Index(lower, "<title>")
	j := strings.Index(lower, "</title>")
	if i < 0 || j < i {
		return false
	}
	title := lower[i+len("<title>") : j]
	for _, w := range [...]string{"não foi possível", "nao foi possivel", "no fue posible", "error", "erro", "unavailable", "indisponível",
		"maintenance", "manutenção", "mantenimiento", "forbidden", "denied", "bloquead", "request rejected"} { // F5's firewall: "Request Rejected"
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

// tidyToken is a code or an id read from words without the punctuation a sentence or
// Markdown left on it ("processor_declined.", "010`", "E00007:"); the token itself when
// nothing else is left. A structure's value is never tidied: it is what the API sent.
func tidyToken(s string) string {
	if t := strings.TrimRight(s, ".,:`"); t != "" && !strings.ContainsAny(t, " \n") {
		return t
	}
	return s
}

// logMembers are members a logger writes in a JSON log record (Python's logging and
// python-json-logger, Monolog's JsonFormatter, pino, bunyan, logstash, Serilog) and an API's
// error body doesn't.
var logMembers = [...]string{"levelname", "level_name", "levelName", "severity", "logger", "logger_name", "loggerName", "lineno",
	"pathname", "threadName", "thread_name", "channel", "hostname", "pid", "funcName", "module", "@timestamp", "@version", "v"}

// logRecord reports whether body is a logger's record of the error rather than an API's
// answer: {"message": "…", "levelname": "ERROR", "lineno": 168, "error": "Request req_…"}.
// Its text is then read as a log's: the classes, names and marks in it are cues.
func logRecord(body *object) bool {
	return body != nil && countMembers(body, logMembers[:]) >= 2
}

// loggerRecord reports whether o is a logger's record, by logRecord's members or by
// winston's few ({"level": "error", "message": "…", "timestamp": "…"}): under it, an
// "error" member holds what was logged (logger.error("payment failed", {error:
// response.data})), not the record's own error.
func loggerRecord(o *object) bool {
	return logRecord(o) || o.has("level") && (o.has("timestamp") || o.has("time")) && (o.has("message") || o.has("msg")) ||
		// An app's event record: {"timestamp", "event": "flutterwave.verify.failed", "response": {…}}.
		(o.has("timestamp") || o.has("time")) && strings.ContainsAny(o.str("event"), "._") && !strings.Contains(o.str("event"), " ")
}

// noError is a "couldn't read this" answer, in every language: what the paste looked
// like, and what to try.
type noError struct{ found, hint catalog.Text }

// in is the answer in lang.
func (e *noError) in(lang catalog.Lang) *NoErrorFoundError {
	return &NoErrorFoundError{Found: e.found.In(lang), Hint: e.hint.In(lang), Lang: lang}
}

// wpRequestFailed reports whether o, or an object right inside it, is WordPress's
// WP_Error for a request its HTTP API could not make: {"errors": {"http_request_failed":
// ["cURL error 28: …"]}}, as WooCommerce's gateways log it under their own context.
func wpRequestFailed(o *object) bool {
	failed := func(o *object) bool {
		list, _ := o.obj("errors").get("http_request_failed").([]any)
		return len(list) > 0 // an empty list reports nothing
	}
	if failed(o) {
		return true
	}
	for _, m := range o.members {
		if in, ok := m.val.(*object); ok && failed(in) {
			return true
		}
	}
	return false
}

// transportFailure returns the failure below HTTP a paste reports when it holds no HTTP
// response: a log line or stack trace with a runtime's network error, or an HTTP client's
// error object (axios's toJSON, a fetch error) with an errno-like code and no status.
func transportFailure(p *parts, text string) (catalog.Transport, bool) {
	if p.status != 0 && p.prose && strings.Contains(text, "Failed to load resource: the server responded with a status of") {
		// The browser's console line about the page's own call to its server, beside what
		// the server logged: stripe-node's "An error occurred with our connection to
		// Stripe. Request was retried 2 times." is the failure, the 500 only the app's.
		// Only an SDK's own connection failure: another client's reset (Redis's
		// ECONNRESET) beside the provider's error says nothing of that error.
		if t, ok := catalog.TransportFailure(text); ok && t.Code == "CONNECTION_ERROR" {
			return t, true
		}
	}
	if p.status != 0 || p.format == FormatHAR {
		return catalog.Transport{}, false
	}
	if p.body == nil || p.prose {
		if p.bodyText != "" && isHTML(p.bodyText) {
			return catalog.Transport{}, false
		}
		return catalog.TransportFailure(text)
	}
	b := p.body
	if wpRequestFailed(b) {
		return catalog.TransportFailure(text)
	}
	if intValue(b.get("status")) != 0 || intValue(b.get("statusCode")) != 0 || b.obj("response") != nil {
		return catalog.Transport{}, false
	}
	code := b.str("code")
	if code == "" {
		// stripe-node's StripeConnectionError keeps Node's code in detail: {"detail":
		// {"code": "ECONNRESET"}, "type": "StripeConnectionError"}.
		code = b.obj("detail").str("code")
	}
	for i := 0; code == "" && i < len(b.members); i++ {
		// An SDK's error that keeps the HTTP client's below it: Midtrans' {"name":
		// "MidtransError", "rawHttpClientData": {"code": "EAI_AGAIN", …}}.
		if inner, ok := b.members[i].val.(*object); ok {
			if c := inner.str("code"); len(c) >= 5 && nodeErrno(c) && !strings.ContainsAny(c, " .") {
				code = c
			}
		}
	}
	if b.has("localizedMessage") && b.str("stripeErrorCode") == "" && (code == "" || code == "Failed") {
		// Stripe's mobile SDKs' error with no API error in it: their own "Failed" around
		// the phone's failure to reach the API ("IOException during API request to
		// Stripe (…): Unable to resolve host …").
		if t, ok := catalog.TransportFailure(genericMessage(b)); ok {
			return t, true
		}
	}
	_, monolog := b.get("exception").(string)
	if (p.format == FormatDump || monolog) && code == "" || p.format == FormatDump && isNumber(scalarText(b.get("code"))) && b.has("file") ||
		monolog && isNumber(code) && len(code) <= 2 && strings.Contains(strings.ToLower(b.str("exception")), "connect") { // PayPalConnectionException(code: 28): cURL's errno
		// Every string of: a dump of an HTTP client's error array ([error] => "cURL error
		// 60: …", WordPress's WP_Error with [errors][http_request_failed][0]); an SDK's
		// connection exception whose code is cURL's errno (#code: 35); Monolog's context,
		// its exception's class and message (GuzzleHttp\Exception\ConnectException,
		// "cURL error 28: …").
		return catalog.TransportFailure(strings.Join(appendStrings(nil, b, 8), " "))
	}
	if code == "" && (len(b.members) <= 3 || !failureBody(b)) {
		// A small object that only carries the runtime's message: {type: "error", message:
		// "cURL error 35: Unsupported SSL protocol version …"}; an app's log record that
		// says nothing else failed ({"timestamp", "message": "Order creation error: Failed
		// to connect to api.sandbox.paypal.com port 443 …", "context": {…}}); WordPress's
		// WP_Error as JSON ({"errors": {"http_request_failed": ["cURL error 28: …"]}}).
		if _, ok := catalog.TransportFailure(genericMessage(b) + " " + strings.Join(appendStrings(nil, b.obj("errors").get("http_request_failed"), 1), " ")); ok {
			// The whole paste may name the step more precisely (stripe-node's "connection
			// to Stripe" message around Node's getaddrinfo EAI_AGAIN).
			return catalog.TransportFailure(text[:min(len(text), 64<<10)])
		}
	}
	switch name := b.str("name"); {
	case strings.Contains(text[:min(len(text), 64<<10)], "ConnectionError"):
		// An SDK's connection error, whatever its body holds (stripe-node's
		// StripeConnectionError keeps the message in raw, and no Node code in detail).
		return catalog.TransportFailure(text[:min(len(text), 64<<10)])
	case nodeErrno(code),
		strings.HasPrefix(code, "UND_ERR_"),
		name == "AxiosError", name == "FetchError", name == "TimeoutError", name == "AbortError", name == "RequestError":
		// Node's errors name the step that failed: syscall connect means nothing was sent.
		return catalog.TransportFailure(b.str("syscall") + " " + code + " " + b.str("message") + " " + name)
	}
	return catalog.Transport{}, false
}

// nodeErrno reports whether code is a Node runtime error's name (ECONNRESET, EAI_AGAIN),
// not one of Node's own ERR_ codes.
func nodeErrno(code string) bool {
	return strings.HasPrefix(code, "E") && code == strings.ToUpper(code) && !strings.HasPrefix(code, "ERR_")
}

// appendStrings appends the strings o holds, its members' and its lists' items, at most
// depth levels down and 64 in all.
func appendStrings(out []string, v any, depth int) []string {
	if depth < 0 || len(out) >= 64 {
		return out
	}
	switch x := v.(type) {
	case string:
		return append(out, x)
	case *object:
		for _, m := range x.members {
			out = appendStrings(out, m.val, depth-1)
		}
	case []any:
		for _, item := range x {
			out = appendStrings(out, item, depth-1)
		}
	}
	return out
}

// lineWith returns the line of text that states the failure: the first holding one of
// phrases (lower-case) that is not a line of code or a stack frame ("raise
// ConnectTimeout(…)", "at …", "File …"), trimmed and at most 300 bytes.
func lineWith(text string, phrases []string) string {
	found := ""
	for lines, more := text, true; more; {
		var line string
		line, lines, more = strings.Cut(lines, "\n")
		lower := strings.ToLower(line)
		for _, m := range phrases {
			if !strings.Contains(lower, m) {
				continue
			}
			line = strings.TrimSpace(line)
			if len(line) > 300 {
				line = strings.ToValidUTF8(line[:300], "") + "…"
			}
			code := false
			for _, p := range [...]string{"raise ", "at ", "file ", "return ", "self.", "^"} {
				code = code || strings.HasPrefix(strings.ToLower(line), p)
			}
			if !code {
				return line
			}
			if found == "" {
				found = line
			}
			break
		}
	}
	return found
}

// methodInText finds the method of a request a log line names: "POST https://…" or
// "POST /v1/…".
func methodInText(text string) string {
	// A client library's log line names it as a field: stripe-python's "message='Request
	// to Stripe api' method=get path=https://api.stripe.com/v1/charges". A write in any
	// of its lines, or in a request line below, comes before a read.
	read := ""
	for rest := text; ; {
		i := strings.Index(rest, " method=")
		if i < 0 {
			break
		}
		rest = rest[i+len(" method="):]
		for _, m := range [...]string{"post", "put", "patch", "delete", "get", "head"} {
			if len(rest) > len(m) && strings.EqualFold(rest[:len(m)], m) && rest[len(m)] == ' ' {
				if m != "get" && m != "head" {
					return strings.ToUpper(m)
				}
				read = cmp.Or(read, strings.ToUpper(m))
			}
		}
	}
	if m := requestLineMethod(text); m != "" && (read == "" || m != "GET" && m != "HEAD") {
		return m
	}
	return read
}

// requestLineMethod is the method of a request line in text ("POST https://…", "POST
// /v1/…", Spring's "POST request for \"https://…\""), a write before a read.
func requestLineMethod(text string) string {
	for _, m := range [...]string{"POST", "PUT", "PATCH", "DELETE", "GET", "HEAD"} {
		for i := 0; ; {
			j := strings.Index(text[i:], m+" ")
			if j < 0 {
				break
			}
			j += i
			rest := text[j+len(m)+1:]
			// Spring's RestTemplate: "I/O error on GET request for \"https://…\"".
			if (j == 0 || !nameBytesFold[text[j-1]]) && (strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "request for \"")) {
				return m
			}
			i = j + len(m)
		}
	}
	return ""
}

// notAnError decides whether what extract found is an error worth explaining. cut says
// the paste was longer than MaxInput and only its start was read.
func notAnError(p *parts, text string, cut bool) *noError {
	nf := func(found, hint catalog.Text) *noError {
		if cut {
			hint = fill(catalog.SaidOnlyFirstPasteWereReadError, maxInputMiB)
		}
		return &noError{found, hint}
	}
	status := strconv.Itoa(p.status)
	switch {
	case p.prose:
		return nil // words were made a body only when they report a failure
	case p.status >= 100 && p.status < 400 && (p.body == nil || !failureBody(p.body)):
		return nf(fill(catalog.SaidHTTPResponseWhichReportsSuccess, status),
			catalog.SaidDecifraExplainsFailedCallsIf)
	case p.body != nil && (errorLike(p.body) || p.status >= 400):
		if !failureBody(p.body) && p.status < 400 && !sentenceOfFailure(p.body) && !(p.format == FormatLog && loggedAsFailure(text) && !successState(p.body.str("status"))) && !errorRecord(p.body) {
			return nf(cat(catalog.SaidJSONReportsSuccess, describeKeys(p.body), same(")")),
				catalog.SaidPasteResponseCallFailed)
		}
		return nil
	case p.status >= 400:
		return nil
	case p.bodyText != "" && isHTML(p.bodyText) && htmlReportsFailure(text):
		return nil // an error page with no status: its words say what failed
	case p.bodyText != "" && isHTML(p.bodyText):
		ex := excerpt(text)
		return nf(fill(catalog.SaidHTMLPageNamesNoHTTPError, ex),
			catalog.SaidIfProxyCDNAnsweredInclude)
	case p.body != nil:
		return nf(cat(catalog.SaidJSONErrorMember, describeKeys(p.body), same(")")),
			catalog.SaidDecifraLooksMembersErrorCode)
	case p.format == FormatHAR:
		return nf(catalog.SaidHARFileEntries,
			catalog.SaidExportHARAgainFailedRequest)
	}
	ex := excerpt(text)
	return nf(fill(catalog.SaidTextNoJSONObjectNoHTTP, ex),
		catalog.SaidIncludeResponseBodyStatusLine)
}

// loggedAsFailure reports whether the first log line that holds a JSON object logs it at
// an error's level (or as an exception's message), and no later one at a calm level: Monolog's "production.ERROR: Ошибка создания платежа {"message":
// "Minimum amount 0.00002000 BTC", …}" logs the API's answer as the context of an error,
// though the answer itself names no failure. A line at INFO, DEBUG, NOTICE or WARNING
// beside it, or a first line with no level, leaves the answer what it says.
func loggedAsFailure(text string) bool {
	text = text[:min(len(text), 64<<10)]
	seen := false
	for rest, more := text, true; more; {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
		k := strings.IndexByte(line, '{')
		if k < 0 {
			continue
		}
		prefix := line[:k]
		for _, calm := range [...]string{"INFO", "DEBUG", "NOTICE", "WARNING", ".info:", ".debug:", ".notice:", ".warning:", "[info]", "[debug]"} {
			if strings.Contains(prefix, calm) {
				return false
			}
		}
		// An exception thrown with the answer as its message: "Adyen\\AdyenException: {…}".
		leveled := strings.HasSuffix(strings.TrimSpace(prefix), "Exception:")
		for _, level := range [...]string{".ERROR:", ".CRITICAL:", ".ALERT:", ".EMERGENCY:", " ERROR ", " ERROR:", "[ERROR]", "[error]", " FATAL ", " CRITICAL "} {
			if strings.Contains(prefix, level) {
				leveled = true
				break
			}
		}
		if !leveled && !seen {
			return false // the first object's line names no error
		}
		seen = true
	}
	return seen
}

// errorRecord reports whether o is a logger's record of an error, with the error's stack,
// at the error level, whose message says what failed: Winston's {"level": "error",
// "message": "Insufficient funds in your Stripe balance to refund this amount.", "stack":
// …}. An app's own record with no stack ("Login failed for user admin") is not the API's.
func errorRecord(o *object) bool {
	if ln := o.str("level_name"); o.has("channel") && o.str("message") != "" && (ln == "ERROR" || ln == "CRITICAL" || ln == "ALERT" || ln == "EMERGENCY") {
		// Monolog's JSON record at an error's level, {"message", "context", "level": 400,
		// "level_name": "ERROR", "channel", …}, whose words say what failed or whose context
		// holds an error ("stripeErrorCode", Laravel's "exception"): not every record an app
		// writes at ERROR ("Webhook received") is an API's error.
		if saysFailure(grams.ToLower(o.str("message"))) {
			return true
		}
		for _, m := range o.obj("context").members {
			if k := grams.ToLower(m.key); strings.Contains(k, "error") || strings.Contains(k, "exception") {
				return true
			}
		}
		return false
	}
	lv := o.str("level")
	return o.has("stack") && (strings.EqualFold(lv, "error") || strings.EqualFold(lv, "fatal")) && saysFailure(grams.ToLower(o.str("message")))
}

// sentenceOfFailure reports whether a body is only a sentence saying what went wrong, in
// any of the words prose is read by: Asaas's {"message": "Você não possui permissão para
// utilizar este recurso. …"}. Such a body is not taken over a dump around it (its status
// is the dump's), only read when it is all there is.
func sentenceOfFailure(o *object) bool {
	if len(o.members) != 1 {
		return false
	}
	m := grams.ToLower(genericMessage(o))
	return len(m) > 20 && weakFailure(m)
}

// failureBody reports whether a JSON body says the call failed (a successful body may
// still have a "status" or "message" member).
func failureBody(o *object) bool {
	if okStatusLine(o) {
		return false
	}
	if v, ok := o.get("success").(bool); ok {
		return !v
	}
	if v, ok := o.get("sucesso").(bool); ok {
		return !v // Brazilian APIs' own word: {"sucesso": false, "mensagem": "E1235: Falha no esquema XML do DF-e."}
	}
	if v, ok := o.get("status").(bool); ok && !v && (o.str("mensagem") != "" || o.str("message") != "") {
		return true // a PHP library's {"status": false, "mensagem": "Rejeicao: Consumo Indevido …"}
	}
	if sdkLoggedError(o) != "" {
		return true // what PayPal's JS SDK logged as its error
	}
	// A resource in a successful state (a Pagar.me order "paid", whose code member is the
	// order's own) is not an error for its "code" alone; nor is Tinkoff's new payment,
	// {"Success": true, "ErrorCode": "0", "Status": "NEW"} (its GetState's "REJECTED" with
	// the same Success and ErrorCode is a failed payment).
	zeroCode := o.get("Success") == true && o.str("ErrorCode") == "0" && o.str("Status") == "NEW"
	succeeded := successState(o.str("status")) || strings.EqualFold(o.str("msg"), "success") || zeroCode // Alipay's {"code": "10000", "msg": "Success"}
	if tr := o.obj("transactionResponse"); tr != nil && strings.EqualFold(o.str("code"), "SUCCESS") {
		// PayU Latam's call went through; its transaction says whether the payment did.
		return payUDeclined(tr)
	}
	for _, k := range [...]string{"error", "erro", "errors", "errorCode", "errorCategory", "error_messages", "violacoes", "cause", "debug_id", "debugId", "errorType", "title", "detail", "code", "error_code", "erros", "mensagens", "error_description", "exception", "codigo", "L_ERRORCODE0", "L_ERRORCODE", "error-code", "error_codes", "error_type", "RjctRsn", "errorInformation", "invalidFields", "failure_code", "error_code_tag"} {
		if (k == "code" || k == "errorInformation" || zeroCode) && succeeded {
			continue // Cybersource's AUTHORIZED beside an errorInformation is a success
		}
		if v := o.getFold(k); v != nil && v != false {
			// {"error": false, "data": …} says nothing failed.
			if a, isArr := v.([]any); isArr && len(a) == 0 {
				continue
			}
			if inner, isObj := v.(*object); isObj && len(inner.members) == 0 && k == "errorInformation" {
				continue
			}
			return true
		}
	}
	if n := o.str("name"); len(n) > 5 && (strings.HasSuffix(n, "Error") || strings.HasSuffix(n, "Exception")) && o.str("message") != "" {
		return true // a JavaScript error serialised: {"name": "MidtransError", "message": …}
	}
	if n := o.str("name"); len(n) >= 6 && strings.Contains(n, "_") && isUpperCode(n) && o.str("message") != "" && failingName(n) {
		return true // PayPal's REST error with its debug_id cut off: {"name": "MALFORMED_REQUEST", "message": …}
	}
	if payUStatus(o) != nil {
		return true
	}
	if st := o.obj("status"); st != nil && failureWord(st.str("status")) && strings.Contains(st.str("message"), " ") {
		return true // PlacetoPay's {"status": {"status": "FAILED", "reason": 0, "message": "No existe la sesión que busca", "date": …}}
	}
	if rc := o.str("reasonCode"); rc != "" && !isNumber(rc) && failingName(strings.ToUpper(rc)) && o.str("message") != "" {
		return true // Amazon Pay's {"reasonCode": "InvalidRequestSignature", "message": …} (Cybersource's reasonCode is a number, 100 when it went through)
	}
	if soapFaultLike(o) || soapFaultLike(o.obj("fault")) {
		return true // a SOAP fault, however its words read (AFIP's "Certificado no emitido por AC de confianza")
	}
	if v := o.get("errorOccurred"); v == true || v == "true" {
		return true // Yodlee's {"errorOccurred": "true", "exceptionType": …, "referenceCode": …, "message": …}
	}
	if aspNetError(o) || payflowResult(o, "") != nil || respMsgResult(o) != "" {
		return true // ASP.NET Web API's error with its detail; Payflow's answer with a RESULT other than 0
	}
	if bodyStatus(o) >= 400 || o.str("object") == "error" || strings.HasSuffix(scalarText(o.getFold("type")), "_error") ||
		idCode(o) != "" {
		return true
	}
	return refusedOrCut(o) || strings.EqualFold(o.str("transactionStatus"), "error") || failureMembers(o) || nestedError(o) != nil
}

// soapFaultLike reports whether o is a SOAP fault's content, as XML gives it or a
// client printed it ({fault: {faultcode: …, faultstring: …}}): a faultstring, or a
// faultcode, that says something.
//
// A fault that says nothing failed is none: an acknowledgement's faultcode 0 with its
// faultstring "OK" ({"faultcode": "0", "faultstring": "OK", "faultactor": …}).
func soapFaultLike(o *object) bool {
	if o == nil {
		return false
	}
	code, text := scalarText(o.getFold("faultcode")), scalarText(o.getFold("faultstring"))
	if code == "" && text == "" {
		return false
	}
	if code != "" && strings.Trim(code, "0") == "" {
		return false
	}
	return !approvalWords(strings.ToLower(text)) // "OK", "Success"
}

// aspNetError reports whether o is ASP.NET Web API's error with its detail: {"Message":
// "An error has occurred.", "ExceptionMessage": …, "ExceptionType": …, "StackTrace": …},
// its Message in the server's language. A logger's record or a success body that names an
// exception has no such four members.
func aspNetError(o *object) bool {
	return o.str("ExceptionMessage") != "" && o.str("ExceptionType") != "" && o.has("Message") && o.has("StackTrace") && o.get("Success") != true
}

// okStatusLine reports whether o is a status line that did not fail, written as an
// object: a VCR cassette's {code: 200, message: OK} beside a body that says whether the
// call failed (PayPal's NVP and GMO's answers fail under a 200).
func okStatusLine(o *object) bool {
	c, isNum := o.get("code").(number)
	m := o.str("message")
	n := intValue(c)
	return len(o.members) == 2 && isNum && o.has("message") && n >= 100 && n < 400 && (m == "" || strings.EqualFold(m, "OK") || strings.EqualFold(m, "Created") || strings.EqualFold(m, "Accepted"))
}

// payUStatus is the failing status object of PayU's answers, {"status": {"statusCode":
// "ERROR_INCONSISTENT_CURRENCIES", "statusDesc": …}}; nil for any other body.
func payUStatus(o *object) *object {
	if st := o.obj("status"); st != nil && strings.HasPrefix(st.str("statusCode"), "ERROR_") {
		return st
	}
	return nil
}

// successState reports whether a resource's status names a success: paid, captured,
// authorized, approved, succeeded …
func successState(s string) bool {
	switch strings.ToLower(s) {
	case "paid", "captured", "authorized", "authorised", "approved", "succeeded", "success", "active", "completed", "concluida":
		return true
	}
	return false
}

// describeKeys names the first members of a body, for "JSON with no error member (…)".
func describeKeys(o *object) catalog.Text {
	if len(o.members) == 0 {
		return catalog.SaidEmptyObject
	}
	keys := o.keys()
	more := ""
	if len(keys) > 6 {
		keys, more = keys[:6], ", …"
	}
	list := strings.Join(keys, ", ") + more
	return fill(catalog.SaidMembers, list)
}

// excerpt quotes the start of text, shortened, on one line.
func excerpt(text string) string {
	s := strings.TrimSpace(text)
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	s = s[:min(len(s), 4*61)] // 61 runes at most: enough to tell whether there are more than 60
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return catalog.Quote(s)
}

// guessStrategy reads a message for the kind of failure when nothing else tells.
func guessStrategy(msg string) catalog.Strategy {
	m := grams.ToLower(msg)
	var g *grams.Set // nil: every word may be there
	if len(m) > 512 {
		g = grams.New(m) // a long text (a paste's first 2 KB): skip the words it cannot hold
	}
	// Adyen's test-only detail says what the error would be on LIVE ("[This error message
	// is only provided on TEST, this error will be a 500 Internal Error on LIVE.]"), not
	// what this one is.
	if i := strings.Index(m, "[this error message is only provided on test"); i > 0 {
		m = m[:i]
	}
	// A plugin's "Please try again later. Reason: Cannot use a payment_method_nonce more
	// than once.": the reason is what says whether trying again helps.
	if i := strings.LastIndex(m, "reason: "); i >= 0 && i+8 < len(m) {
		m = m[i+8:] // g, the whole text's, still says which words may be there
	} else if i := strings.LastIndex(m, "message: "); i >= 0 && i+9 < len(m) && strings.Contains(m[:i], "try again") {
		// "There was an error processing your payment [0]. Please try again later. Message:
		// No such customer: 'cus_…'.": the plugin's advice, then the API's words.
		m = m[i+9:]
	}
	// "… o intenta nuevamente con otra tarjeta": trying again with other data (another
	// card, a different payment method) is no advice to resend this request, so its "try
	// again" says nothing; what else the message says (an outage, a timeout) still does,
	// and a refusal alone is a fix.
	for _, w := range [...]string{"nuevamente con otr", "novamente com outr", "de nuevo con otr", "de novo com outr", "again with a", "again using a"} {
		if g.MayHold(w) {
			m = strings.ReplaceAll(m, w, "")
		}
	}
	for _, rule := range strategyWords {
		for _, w := range rule.words {
			if g.MayHold(w) && strings.Contains(m, w) {
				return rule.strategy
			}
		}
	}
	return catalog.Fix
}

// strategyWords are what a message's words say of retrying, first match winning.
var strategyWords = [...]struct {
	strategy catalog.Strategy
	words    []string
}{
	// A token or source used once already: a new one, or one attached to a customer, goes
	// through (Stripe's token_already_used is fix).
	{catalog.Fix, []string{"already been used", "already used", "token has already been redeemed", "nonce has already been redeemed", "authorization code has already been redeemed"}}, // a Terminal ConnectionToken too (not a gift card or a license key)
	// It was done before: the same request can never succeed.
	{catalog.None, []string{"duplicate transaction", "duplicate record", "submitted a duplicate", "already made", "transação duplicada", "transacción duplicada", "duplicidade de", "has already been",
		"already been processed", "já foi", "ya fue", "already exists", "rejected: duplicate", "has already succeeded",
		"já cadastrad", " ja cadastrad", "already refunded", "is already paid", "was already paid", "already fully", "already captured", "already cancelled", "already canceled", "already rollbacked", "already reversed", "over the time limit",
		// A card reported lost or stolen: the networks forbid any new attempt with it (not
		// "lost cardholder session", "lost card reader").
		"lost or stolen", "reported lost", "reported stolen", "lost card, pick up", "stolen card", "tarjeta perdida", "tarjeta robada",
		"cartão perdido", "cartão roubado"}},
	// Data the API refused, however politely it adds "try again" ("Dados inválidos.
	// Verifique se os dados … e tente novamente"): the data must change first.
	{catalog.Backoff, []string{"double-check your internet", "double-check your connection", "double-check your network", "double check your internet", "double check your connection", "double check your network"}},
	{catalog.Fix, []string{"dados inválidos", "datos inválidos", "invalid data", "verifique se os dados", "verifique os dados", "verifique los datos", "double-check your", "double check your",
		"must be less than", "must be greater than"}}, // Global Payments' "… must be less than or equal to the original amount authorized. Please retry."
	{catalog.Backoff, []string{"dns server not responding", "servidor dns não está respondendo", "servidor dns no está respondiendo"}}, // the request never left
	{catalog.CheckFirst, []string{"timeout", "timed out", "tempo esgotado", "did not receive a response", "not responding", "não está respondendo", "no está respondiendo", "malformed response", "sale::populate() must be an instance of stdclass", "sale::populate(): argument #1 ($data) must be of type stdclass", "稍后查询", "请查询"}}, // Adyen's terminal: "Did not receive a response from the POI"; an SDK's "Malformed response received from server", Cielo's (and Braspag's) PHP SDK failing to read an approved sale's answer ("Sale::populate() must be an instance of stdClass", PHP 8's "Sale::populate(): Argument #1 ($data) must be of type stdClass"): the outcome is as unknown
	// A delay stated in words makes it wait (textDelays).
	{catalog.Backoff, []string{"rate limit", "too many", "muitas requisi", "consumo indevido"}}, // SEFAZ's 656: "Rejeicao: Consumo Indevido (… Tente apos 1 hora)"
	{catalog.Backoff, []string{"unavailable", "indispon", "servicio no disponible", "emisor no disponible", "temporalmente no disponible", "try again", "maintenance", "manutenção", "mantenimiento", "tente novamente",
		"intente de nuevo", "intente nuevamente", "intenta nuevamente", "intenta de nuevo", "please retry", "retry your request", "retry later",
		"mais tarde", "más tarde", "mas tarde", "try later", "en unos minutos", "in a few minutes", "em alguns minutos", "inténtelo de nuevo", "intentelo de nuevo", "aren't available right now", "check back soon",
		"currently experiencing", "technical error", "technicalerror", "稍后再试", "请稍后"}}, // Xendit's CHANNEL_UNAVAILABLE: "The payment channel requested is currently experiencing unexpected issues."; Mangopay's 009199 "PSP technical error"
	// The server failed: a write's outcome is unknown.
	{catalog.CheckFirst, []string{"server error", "server_error", "server encountered an error", "erro interno", "error interno", "internal error",
		"unknown error", "erro desconhecido", "error desconocido", "runtime error", "engineers have been notified", "nil:nilclass",
		"team has been notified"}}, // Xendit's SERVER_ERROR: "An unexpected error occurred, our team has been notified …"
}

// failingName reports whether a name in capitals names a failure: a documented code, or
// one whose words say so (MALFORMED_REQUEST), not an event's (ORDER_CREATED).
func failingName(n string) bool {
	if len(catalog.Owners(n)) > 0 {
		return true
	}
	for _, w := range [...]string{"ERROR", "INVALID", "MALFORMED", "DENIED", "FAIL", "MISSING", "NOT_FOUND", "DUPLICATE", "REQUIRED", "REFUSED", "DECLINED", "RESTRICTED", "UNAUTHORIZED", "EXCEEDED", "UNSUPPORTED", "FORBIDDEN"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
