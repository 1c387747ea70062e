package decode

import (
	"cmp"
	"slices"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/grams"
)

// requestIDMembers and requestIDHeaders are where request ids are kept, best first.
var (
	requestIDPaths = [][2]string{{"meta", "request_id"}, {"meta", "requestId"}, {"error", "requestId"}, {"error", "request_id"},
		{"", "requestId"}, {"", "request_id"}, {"", "correlationId"}, {"", "correlation_id"}, {"", "CORRELATIONID"}, {"", "log_id"}, {"", "debug_id"}, {"", "debugId"},
		{"", "traceId"}, {"", "trace_id"}, {"", "pspReference"}, {"", "psp_reference"}, {"", "paymentResult_pspReference"}, {"", "paymentResult.pspReference"}, {"", "x-request-id"}, {"error", "debug_id"},
		{"error", "debugId"}, {"error", "correlationId"}, {"error", "traceId"},
		{"Headers", "x-request-id"}, {"Headers", "X-Request-Id"}, {"headers", "x-request-id"}, {"responseHeaders", "pspReference"},
		{"Headers", "Paypal-Debug-Id"}, {"headers", "paypal-debug-id"}, {"responseHeaders", "paypal-debug-id"}, {"responseHeaders", "cko-request-id"}, {"responseHeaders", "x-request-id"}, {"responseHeaders", "request-id"}, {"headers", "request-id"}, {"responseEnvelope", "correlationId"}, {"errors", "CORRELATIONID"}, {"meta", "trace_id"},
		{"ErrorResponse", "RequestId"}, // Amazon's: <ErrorResponse><Error>…</Error><RequestId>, and as JSON
		{"meta", "calc"},               // PayPal Checkout's own API: meta.calc is its correlation id
		{"extensions", "requestId"},    // a GraphQL answer's (Braintree's)
		{"results", "correlation_id"},  // Payeezy's {"status": 400, "results": {…}}
		{"", "VPSTxId"},
		{"", "operation_id"},
		{"", "ray_id"}} // Rapyd's status object                // Sage Pay's (Opayo's) answer lines: Status=NOTAUTHED, StatusDetail=…, VPSTxId={…}
	requestIDHeaders = []string{"X-Request-Id", "X-Request-ID", "Request-Id", "X-Correlation-Id", "X-CorrelationID", "X-Amzn-RequestId", "X-Trace-Id", "Cf-Ray", "Debug-Id", "Paypal-Debug-Id",
		"X-UOW"} // dLocal's unit of work: its X-RequestId names the service
)

func requestID(f *facts) string {
	p, body := f.parts, f.body
	for _, path := range requestIDPaths {
		o := body
		if path[0] != "" {
			o, _ = body.getFold(path[0]).(*object)
		}
		if s := idValue(o.getFold(path[1])); s != "" {
			return s
		}
	}
	if n := adyenNotification(body); n != nil {
		return idValue(n.get("pspReference")) // a webhook's item, inside its list
	}
	if s := firstItem(body, "erros").str("ocorrencia"); s != "" {
		return s // Banco do Brasil's {"erros": [{"codigo", "mensagem", "ocorrencia": "CHOM…"}]}
	}
	if s := body.str("errorId"); opaqueID(s) {
		return s // Ingenico's and Worldline's {"errorId": "5ec27db4…", "errors": […]}
	}
	if strings.EqualFold(body.str("type"), "error") {
		if s := body.str("id"); opaqueID(s) {
			return s // an error object's own id: YooKassa's {"type": "error", "id": "46543fff-…", "code": …}
		}
	}
	// PayPal's SOAP API: <SOAP-ENV:Body><DoDirectPaymentResponse><CorrelationID>.
	if body != nil {
		for _, m := range body.members {
			if o, ok := m.val.(*object); ok && strings.HasSuffix(m.key, "Response") {
				if s := idValue(o.getFold("CorrelationID")); s != "" {
					return s
				}
			}
		}
	}
	for _, h := range requestIDHeaders {
		// A header that names the service instead of the request ("X-RequestId:
		// api-middleware", dLocal's) holds no id: an id has a digit.
		if v := headerValue(p.headers, h); v != "" && strings.ContainsAny(v, "0123456789") {
			return v
		}
	}
	// Cloudflare's error pages print the Ray ID, which Cloudflare support asks for, in the
	// page itself: "Cloudflare Ray ID: <strong>8c1f2e3d4a5b6c7d</strong>".
	if id := rayIDInPage(p.bodyText); id != "" {
		return id
	}
	if f.cdnPage {
		if id := rayIDInPage(f.masked); id != "" {
			return id // the page's end, cut from what was pasted around it
		}
	}
	if id := frontDoorReference(cmp.Or(p.bodyText, f.masked)); id != "" {
		return id
	}
	// Mercado Pago's cause[].data is "11-03-2025T18:20:01UTC;5b1c…": the time, then the
	// request's id.
	if d := firstItem(body, "cause").str("data"); strings.Contains(d, "UTC;") {
		if _, id, _ := strings.Cut(d, ";"); strings.TrimSpace(id) != "" {
			return strings.TrimSpace(id)
		}
	}
	// Stripe's error.request_log_url names the request: …/logs/req_123?t=…, and in the
	// Workbench's links …/workbench/logs?object=req_123.
	if u := body.obj("error").str("request_log_url"); u != "" {
		for _, mark := range [...]string{"/logs/req_", "object=req_"} {
			if i := strings.Index(u, mark); i >= 0 {
				id := u[i+len(mark)-len("req_"):]
				if j := strings.IndexAny(id, "?#/&"); j >= 0 {
					id = id[:j]
				}
				return id
			}
		}
	}
	if id := requestIDInText(f.masked); id != "" {
		return id
	}
	if l := f.masked[:min(len(f.masked), 8<<10)]; strings.Contains(l, "ACK=") || strings.Contains(l, "pagseguro.uol.com.br") {
		// PayPal's NVP answer that is no form body of its own (a lead-in line above it), and
		// the correlationId PagSeguro's Java library sends in its URL; any other URL's is the
		// merchant's own.
		if id := idAfterLabels(l, []string{"&correlationid="}); id != "" {
			return id
		}
	}
	if id := debugIDInBrackets(f.masked); id != "" {
		return id
	}
	if id := stripeRequestToken(f.masked); id != "" {
		return id
	}
	if id := vercelID(f.masked); id != "" {
		return id
	}
	if id := payPalDebugIDInWords(f.masked); id != "" {
		return id // "my debug id is c9a84d2635339": in words, only in PayPal's shape
	}
	// CloudFront's id and W3C's traceparent, last: an API behind it that sends no id of
	// its own (Asaas, Banco Inter) leaves only these for support to trace, and any id of
	// the API's own comes first.
	for _, h := range [...]string{"X-Amz-Cf-Id", "Traceparent"} {
		if v := headerValue(p.headers, h); v != "" {
			return v
		}
	}
	if id := idAfterLabels(f.masked, cloudFrontLabels[:]); id != "" {
		return id
	}
	return receivedTraceparent(f.masked)
}

// vercelID is the ID line of Vercel's error page, its regions and its id around "::":
// "504: GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\nID: sin1::xvkft-1702434374787-…".
func vercelID(text string) string {
	_, rest, ok := strings.Cut(text[:min(len(text), 16<<10)], "\nID: ")
	id, _, _ := strings.Cut(rest, "\n")
	id = strings.TrimSpace(id)
	if !ok || len(id) > 80 {
		return ""
	}
	t := id
	for len(t) > 6 && t[4:6] == "::" && strings.Trim(t[:3], "abcdefghijklmnopqrstuvwxyz") == "" && t[3] >= '0' && t[3] <= '9' {
		t = t[6:] // a region: "sin1::", "iad1::"
	}
	parts := strings.Split(t, "-")
	if t == id || len(parts) != 3 || len(parts[1]) != 13 || !isNumber(parts[1]) || parts[0] == "" || strings.Trim(parts[0], "abcdefghijklmnopqrstuvwxyz0123456789") != "" || parts[2] == "" || strings.Trim(parts[2], "0123456789abcdef") != "" {
		return ""
	}
	return id
}

// receivedTraceparent is the traceparent of the headers a client printed as the ones it
// got: "Response headers: Headers { traceparent: '00-…-…-00', … }", the words "response
// headers" nearer before it than request or config (a logged map may be the request's own
// headers).
func receivedTraceparent(text string) string {
	text = text[:min(len(text), 64<<10)]
	lower := grams.ASCIILower(text)
	i := strings.Index(lower, "traceparent")
	if i < 0 {
		return ""
	}
	before := lower[max(0, i-300):i]
	if r := strings.LastIndex(before, "response headers"); r < 0 || strings.LastIndex(before, "request") > r || strings.LastIndex(before, "config") > r {
		return "" // a fetch's own headers under a variable named response, axios's config.headers
	}
	return idAfterLabels(text[i:], traceparentLabels[:])
}

// stripeRequestToken is a Stripe request id standing alone in the text, with no label
// before it: the Dashboard's log copied as text ("ID\nreq_TRKaOWERd1HreD\nTime …").
// Its shape is Stripe's: req_ and at least 12 letters and digits.
func stripeRequestToken(text string) string {
	text = text[:min(len(text), 64<<10)]
	for off := 0; ; {
		i := strings.Index(text[off:], "req_")
		if i < 0 {
			return ""
		}
		i += off
		end := i + 4
		for end < len(text) && (isDumpDigit(text[end]) || text[end]|0x20 >= 'a' && text[end]|0x20 <= 'z') {
			end++
		}
		off = end
		if end-i-4 >= 12 && (i == 0 || !isNameByte(text[i-1]|0x20) && text[i-1] != '_') && (end == len(text) || text[end] != '_') {
			return text[i:end]
		}
	}
}

// idValue is a request id member's value: a string, a number, or a list of one (Java's
// responseHeaders={pspReference=[8815…]}).
func idValue(v any) string {
	if l, ok := v.([]any); ok && len(l) == 1 {
		v = l[0]
	}
	s := scalarText(v)
	if len(s) > 128 || strings.ContainsAny(s, " \t\n") || placeholderID(s) {
		return ""
	}
	return s
}

// placeholderID reports whether an id is what a person or a logger wrote instead of one:
// "<redacted>", "[FILTERED]", "****", "null".
func placeholderID(s string) bool {
	if s == "" || strings.Trim(s, "*xX.-_#") == "" {
		return true
	}
	// A word in brackets: <redacted>, [FILTERED], {{request_id}}.
	for _, b := range [...]string{"<>", "[]", "{}"} {
		if len(s) > 2 && s[0] == b[0] && s[len(s)-1] == b[1] && strings.Trim(strings.ToLower(s[1:len(s)-1]), "abcdefghijklmnopqrstuvwxyz_- {}") == "" {
			return true
		}
	}
	switch strings.ToLower(s) {
	case "null", "nil", "none", "undefined", "redacted", "filtered", "hidden", "removed":
		return true
	}
	return false
}

// requestIDLabels are how logs and exception messages name a request id, lower case.
// ("Your support ID is: 1643…" is F5's web application firewall's page.)
var requestIDLabels = [...]string{"(request req_", "request req_", "request 'req_", "request \"req_", "request id:", "request-id:", "requestid:", "request id ",
	"x-request-id:", "debug_id:", "debug_id\":\"", "debug_id\": \"", "\"debugid\":\"", "debug_id =", "debug_id=", "debug-id:", "debugid:", "debug id:", "debug id =", "debug id=", "correlation id:", "correlationid:", "correlation-id:", "correlation-id :", "correlation id :",
	"trace id:", "traceid:", "reference #", "support id is: ", "pspreference:", "pspreference=[", "psp reference:", ":correlationid ", "(corr id: ", "ray id: ", " ray id ", "\nray id ", // not AWS's "X-Ray ID 1-5f84…"
	"\"paypal-debug-id\"=>", "\"x-request-id\"=>", "\"request-id\"=>", // a Ruby hash of headers: "paypal-debug-id"=>["f819bc1f4999c"]
	"\"paypal-debug-id\" =>",            // a PHP array of headers (Laravel's dd): "paypal-debug-id" => "d79e7f9cb3a33"
	"'paypal-debug-id': '",              // Node's print of the headers an SDK's error keeps: headers: { …, 'paypal-debug-id': 'f7202117d46dd', … }
	"your support id is: ",              // F5 BIG-IP's "Request Rejected" page
	"correlation id ",                   // PayPal's PHP SDK: "…, correlation id c65b24ae6a16b"
	"debug-id` values:", "debug id(s):", // PayPal SDKs' issue forms: "* `PayPal-Debug-ID` values: 3526557536df0"
	"debug-id(s) (from any logs):",          // and "- PayPal-Debug-ID(s) (from any logs): 299d992febcb6"
	"correlation-id \n", "correlation-id\n", // an issue form's "Correlation-Id" field, its ids on the lines below
	"\nrequestid=", " requestid=", // Cybersource's reply fields, one a line: requestID=4667236970366429001015 (not clientRequestId=)
	"errid: ",            // Circle's "401 Unauthorized. errId: 02371124-…"
	"provide error id: ", // GoCardless Bank Account Data's "… please contact support and provide error id: 521fb2f5…"
	"x-trace-id:",        // an API's own trace header (Wise's), a cassette's too: before Cloudflare's ray in front of it
	"intuit_tid:",        // Intuit's (QuickBooks Payments') transaction id header
	"cf-ray=[",           // Cloudflare's ray in a Java client's header map: {…, CF-Ray=[85c13aad4f1a513a-CMB], …}
	"cf-ray:"}            // and as a header line, a cassette's too, when nothing names the request better

// traceparentLabels name W3C's traceparent in a client's print of the headers it got
// (Node's "Headers { traceparent: '00-…-…-00', … }", a JSON log's), lower case.
var traceparentLabels = [...]string{"traceparent: '", "\"traceparent\": \"", "traceparent: "}

// cloudFrontLabels name CloudFront's request id, in a header or a cassette's list of them.
var cloudFrontLabels = [...]string{"x-amz-cf-id:", "x-amz-cf-id\": ["}

// numericEntities decodes HTML's numeric character references of printable ASCII (&#46;
// &#x2E;) in s, with the XML reader's xmlEntity; any other stays as written.
func numericEntities(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, "&#")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		if r, n := xmlEntity(s[i:]); n > 0 && len(r) == 1 && r[0] >= 32 && r[0] < 127 {
			b.WriteString(r)
			s = s[i+n:]
			continue
		}
		b.WriteString("&#")
		s = s[i+2:]
	}
}

// debugIDInBrackets is a PayPal debug id, 13 lower-case hexadecimal digits, in brackets
// at the end of a line (PayPal's mobile SDKs: "… expected format. (f296268bc8160)").
func debugIDInBrackets(text string) string {
	for lines, more := text[:min(len(text), 8<<10)], true; more; {
		var line string
		line, lines, more = strings.Cut(lines, "\n")
		l := strings.TrimRight(line, " \r.")
		if len(l) < 15 || l[len(l)-1] != ')' || l[len(l)-15] != '(' {
			continue
		}
		id := l[len(l)-14 : len(l)-1]
		if strings.Trim(id, "0123456789abcdef") == "" && strings.Trim(id, "0123456789") != "" && strings.Trim(id, "abcdef") != "" {
			return id
		}
	}
	return ""
}

// requestIDInText finds a request id a log line or exception message names: Stripe's
// "(Request req_…)", "x-request-id: …", PayPal's "debug_id: …", Akamai's "Reference #…".
func requestIDInText(text string) string { return idAfterLabels(text, requestIDLabels[:]) }

// idAfterLabels is the id that follows the first of labels (lower case) found in text.
func idAfterLabels(text string, labels []string) string {
	if text == "" {
		return ""
	}
	text = text[:min(len(text), 64<<10)]
	if strings.Contains(text, "&#") {
		// Akamai's pages write their reference with character references:
		// "Reference&#32;&#35;7&#46;55eb7068&#46;1568863332&#46;44f5696c".
		text = numericEntities(text)
	}
	lower, g := lowerAligned(text)
	for _, label := range labels {
		i := -1
		if g.MayHold(label) {
			i = strings.Index(lower, label)
		}
		for i >= 3 && label == "request-id:" && lower[i-3:i] == "cf-" {
			// Cloudflare's short-lived Cf-Request-Id is no id anyone is asked for: its Ray is
			// (the "cf-ray:" label, last).
			j := strings.Index(lower[i+len(label):], label)
			if j < 0 {
				i = -1
				break
			}
			i += len(label) + j
		}
		if i < 0 {
			continue
		}
		start := i + len(label)
		if strings.HasSuffix(label, "req_") {
			start -= len("req_")
		}
		rest := text[start:]
		if y := strings.TrimLeft(rest, " \t\r\n"); strings.HasPrefix(y, "- ") && strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n") {
			rest = y[2:] // a YAML cassette's header list: "X-Request-Id:\n      - 6cda57a2-…"
		}
		if strings.HasSuffix(label, "[") {
			rest = strings.TrimLeft(rest, " \t\r\n") // a JSON cassette's header list: "X-Amz-Cf-Id": [\n  "jd6J…"
		}
		rest = strings.TrimLeft(rest, " \t'\"=`[*") // "with debug_id: `3aabae6f248c`", a cassette's "x-amzn-RequestId: [d3d0…]", Markdown's "**x-request-id:** `1d0e…`"
		end := 0
		for end < len(rest) && end < 128 && (nameBytesFold[rest[end]] || strings.IndexByte(".=/+", rest[end]) >= 0) {
			end++
		}
		// Stripe's ids are req_ and letters and digits; a placeholder (req_xxxxxxxx) still
		// names the field, and is what the paste shows.
		if id := strings.TrimRight(rest[:end], "."); len(id) >= 6 && (hasDigit(id) || strings.HasPrefix(id, "req_") && len(id) >= 8) {
			return id
		}
	}
	return ""
}

// wwwAuthenticateStep reads an OAuth 2.0 Bearer challenge (RFC 6750 §3): the error it
// names, and for insufficient_scope the scope the call needs (the API Pix's cob.write …).
func wwwAuthenticateStep(v string) catalog.Text {
	param := func(name string) string {
		i := strings.Index(v, name+`="`)
		if i < 0 {
			return ""
		}
		rest := v[i+len(name)+2:]
		if j := strings.IndexByte(rest, '"'); j >= 0 {
			return rest[:j]
		}
		return ""
	}
	switch param("error") {
	case "insufficient_scope":
		if scope := param("scope"); scope != "" {
			return fill(catalog.SaidTokenLacksScopeCallNeedsWWW, scope)
		}
		return catalog.SaidTokenLacksScopeCallNeeds
	case "invalid_token":
		return catalog.SaidTokenWasRefusedInvalidToken
	}
	return catalog.Text{}
}

// rayIDInPage returns the Ray ID an HTML error page from Cloudflare shows, or "".
func rayIDInPage(page string) string {
	i := strings.Index(grams.ASCIILower(page[:min(len(page), 64<<10)]), "ray id")
	if i < 0 {
		return ""
	}
	rest := page[i+len("ray id"):]
	// Skip the colon, spaces and tags between the label and the id.
	for k := 0; k < len(rest) && k < 80; k++ {
		if c := rest[k]; c == '<' {
			if j := strings.IndexByte(rest[k:], '>'); j > 0 {
				k += j
			}
			continue
		} else if (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') {
			end := k
			for end < len(rest) && ((rest[end] >= '0' && rest[end] <= '9') || (rest[end] >= 'a' && rest[end] <= 'f')) {
				end++
			}
			if end-k >= 16 {
				return rest[k:end]
			}
			return ""
		} else if c != ':' && c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return ""
		}
	}
	return ""
}

// Field problems live in many shapes; one reader takes them all:
//   - an object of field → message(s): FluxiQ's error.details, Pagar.me's errors;
//   - a list of objects naming a field and a problem: GSMA's errorParameters,
//     RFC 9457 invalid-params, the Central Bank's violacoes, PagBank's error_messages;
//   - OnnixPay's error.field with its details.
var (
	fieldNameKeys    = []string{"field", "name", "propriedade", "parameter_name", "param", "parameter", "path", "pointer", "key", "campo"}
	fieldProblemKeys = []string{"message", "reason", "razao", "description", "issue", "detail", "value", "descricao", "mensagem"}
	fieldListKeys    = []string{"details", "errors", "errorParameters", "invalid-params", "invalid_params", "violacoes", "error_messages", "invalidFields", "cause"}
)

func fieldProblems(body *object) []Field {
	var out []Field
	for _, o := range []*object{body.obj("error"), body} {
		if o == nil {
			continue
		}
		for _, k := range fieldListKeys {
			switch v := o.get(k).(type) {
			case *object:
				out = slices.Grow(out, len(v.members))
				for _, m := range v.members {
					if probs := stringsOf(m.val); len(probs) > 0 {
						out = append(out, Field{Name: m.key, Problems: probs})
					}
				}
			case []any:
				out = slices.Grow(out, len(v))
				for _, item := range v {
					io, _ := item.(*object)
					if io == nil {
						continue
					}
					name := firstString(io, fieldNameKeys)
					prob := fieldProblem(io)
					if name != "" && prob != "" {
						out = append(out, Field{Name: name, Problems: []string{prob}})
					}
				}
			}
		}
		if name := o.str("field"); name != "" && len(out) == 0 {
			prob := o.str("details")
			if prob == "" {
				prob = o.str("message")
			}
			out = append(out, Field{Name: name, Problems: []string{prob}})
		}
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// fieldProblem reads what is wrong with a field from one item of a list: the first
// sentence among its members, else the first word-like value. PagBank's error_messages put
// a code-like description (invalid_parameter) next to the sentence in error.
func fieldProblem(io *object) string {
	first := ""
	for _, k := range fieldProblemKeys {
		s := firstString(io, []string{k})
		if strings.Contains(s, " ") {
			return s
		}
		if first == "" {
			first = s
		}
	}
	if s := io.str("error"); strings.Contains(s, " ") {
		return s
	}
	return first
}

func firstString(o *object, keys []string) string {
	for _, k := range keys {
		switch v := o.get(k).(type) {
		case string:
			if v != "" {
				return v
			}
		case number:
			return string(v)
		}
	}
	return ""
}

func stringsOf(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
