package decode

import (
	"cmp"
	"slices"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// PayPal: {name, message, debug_id, details: [{issue, description}], links}.
var payPalReader = reader{provider: catalog.PayPal, score: scorePayPal, read: readPayPal,
	failure: func(o *object) bool { return payPalCutShort(o) || payPalDeclinedCapture(o) != nil }}

// payPalDeclinedCapture returns the capture of an Orders v2 answer that the card's
// processor DECLINED (or its authorization, DENIED): the order may still say COMPLETED
// while purchase_units[].payments.captures[] says DECLINED with its processor_response.
// nil when the body holds none, or when a later capture of the same unit went through.
func payPalDeclinedCapture(b *object) *object {
	if b == nil {
		return nil
	}
	units, _ := b.get("purchase_units").([]any)
	for _, u := range units {
		uo, _ := u.(*object)
		pays := uo.obj("payments")
		var refused *object
	scan:
		for _, kind := range [...]struct{ list, refused string }{{"captures", "DECLINED"}, {"authorizations", "DENIED"}} {
			list, _ := pays.get(kind.list).([]any)
			for _, v := range list {
				c, _ := v.(*object)
				switch st := c.str("status"); {
				case strings.EqualFold(st, "COMPLETED"):
					refused = nil // retried, and it went through
					break scan
				case strings.EqualFold(st, kind.refused) && c.obj("processor_response").str("response_code") != "" && refused == nil:
					refused = c
				}
			}
		}
		if refused != nil {
			return refused
		}
	}
	return nil
}

func scorePayPal(f *facts, c *codeOwners) []signal {
	var s []signal
	if ns := foreignNamespace(f.masked); ns != "" {
		// TPISoft's SmartPayments and Global Payments' gateways answer in Payflow's own
		// names, codes and words (<Result>12</Result><RespMSG>Declined</RespMSG><PNRef>),
		// in a namespace of their own.
		s = withf(s, -3, catalog.SaidXMLNamespaceNotPayPal, nil, ns)
	}
	if nvpError(nvpBody(f.body)) {
		s = with(s, 3, catalog.SaidACKFailureLERRORCODE0PayPal)
	}
	if payflowPairs(f.body) || payflowResult(f.body, f.masked) != nil {
		s = with(s, 2.5, catalog.SaidRESULTRESPMSGPayPalPayflowS)
	}
	if env := f.body.obj("responseEnvelope"); env.has("ack") && env.has("correlationId") && adaptiveError(f.body) != nil {
		s = with(s, 3, catalog.SaidResponseEnvelopeAckErrorErrorIdPayPal)
	}
	if f.body.getFold("ErrorID") != nil && f.body.getFold("Domain") != nil && f.body.getFold("Subdomain") != nil && f.body.getFold("Severity") != nil {
		// One of the Adaptive APIs' errors without its envelope (a PHP library's print_r of
		// its error list): errorId, domain, subdomain, severity, category.
		s = with(s, 2.5, catalog.SaidErrorIdDomainSubdomainSeverityError)
	}
	if f.body != nil && len(f.body.members) == 2 && f.body.str("error") == "invalid_client" && f.body.str("error_description") == "Client Authentication failed" {
		// PayPal's token endpoint, in its own capitals and nothing more: League's OAuth 2.0
		// server (Laravel Passport) writes "Client authentication failed" beside message and hint.
		s = with(s, 2.5, catalog.SaidInvalidClientClientAuthenticationFailed)
	}
	if h := headerValue(f.headers, "Paypal-Debug-Id"); h != "" {
		s = with(s, 2.5, catalog.SaidPaypalDebugIdHeaderPayPal)
	}
	if strings.EqualFold(f.body.str("ack"), "error") && f.body.obj("meta").str("calc") != "" {
		s = with(s, 2.5, catalog.SaidAckErrorMetaCalcPayPal)
	}
	if payPalContingency(f.body) {
		w := 1.5
		if f.body.obj("meta").str("calc") != "" {
			w = 2.5 // with its meta.calc, as its ack error has
		}
		s = with(s, w, catalog.SaidAckContingencyPayPalCheckoutS)
	}
	if payPalDeclinedCapture(f.body) != nil {
		s = with(s, 2.5, catalog.SaidPurchaseUnitsPaymentsCaptureDECLINED)
	}
	b := payPalError(f.body)
	if b.has("debug_id") || b.has("debugId") && b.has("name") { // debugId: PayPal's older SDKs
		s = with(s, 2, catalog.SaidDebugIdPayPalSCorrelation)
	} else if f.lower != "" && !holdsAny(f.lower, braintreeAnswers[:]) && (strings.Contains(f.lower, "debug_id") || strings.Contains(f.lower, "paypal-debug-id") || strings.Contains(f.lower, "(debug id: ") || payPalDebugIDInWords(f.lower) != "") {
		// Text that names its id as PayPal does: "debug_id = c3aaf17b85f5e", and WooCommerce
		// PayPal Payments' "… (debug id: 01246142bb264)".
		s = with(s, 1.5, catalog.SaidDebugIdNamedTextPayPal)
		// What a reader that finds nothing of its envelope is credited with still counts.
		s = append(append(s, c.alone(f, catalog.PayPal)...), ownWordsSignal(f, catalog.PayPal)...)
	}
	if n := b.str("name"); n != "" && n == strings.ToUpper(n) && catalog.PayPal.Documents(n) {
		s = withf(s, 1, catalog.SaidNameOnePayPalErrorNames, nil, n)
	}
	if n := b.str("name"); n != "" && n == strings.ToUpper(n) && strings.Contains(n, "_") {
		if b.has("information_link") && b.has("message") {
			// The REST envelope whole, its link cut off or elsewhere: {name, message, information_link}.
			s = with(s, 1.5, catalog.SaidNameMessageInformationLinkEnvelope)
		}
	}
	if item := firstItem(b, "details"); item != nil && item.has("issue") {
		if item.has("field") && strings.HasPrefix(b.str("message"), "Invalid request - see details") {
			// The v1 REST APIs' VALIDATION_ERROR, pasted without its debug_id and link:
			// {"name": "VALIDATION_ERROR", "details": [{"field", "issue"}], "message":
			// "Invalid request - see details"}.
			s = with(s, 1.5, catalog.SaidInvalidRequestSeeDetailsOver)
		}
		s = with(s, 1, catalog.SaidDetailsIssuePayPalSError)
		if issue := item.str("issue"); catalog.PayPal.Documents(issue) {
			s = withf(s, 1.5, catalog.SaidIssuePayPal, nil, issue)
		}
	}
	if link := firstItem(b, "links"); link.str("rel") == "information_link" && strings.Contains(link.str("href"), "developer.paypal.com") ||
		strings.Contains(b.str("informationLink"), "developer.paypal.com") || strings.Contains(b.str("information_link"), "developer.paypal.com") {
		// The error's own link to PayPal's reference, as its REST APIs write it (its token
		// endpoint too, beside an OAuth error that other providers also answer).
		s = with(s, 2.5, catalog.SaidInformationLinkDeveloperPaypalCom)
	} else if strings.Contains(firstItem(b, "links").str("href"), "developer.paypal.com") {
		s = with(s, 0.5, catalog.SaidLinksDeveloperPaypalCom)
	} else if f.lower != "" && payPalLinkedCode(f.masked) != "" {
		// A plugin's message that links the error in PayPal's reference:
		// "… https://developer.paypal.com/docs/api/orders/v2/#error-DUPLICATE_INVOICE_ID".
		s = with(s, 2.5, catalog.SaidLinkErrorPayPalSAPI)
	}
	return s
}

// payPalContingency reports whether b is an answer of PayPal Checkout's own web API
// (checkout.js calls /webapps/hermes/…): {"ack": "contingency", "contingency": CODE}.
func payPalContingency(b *object) bool {
	return strings.EqualFold(b.str("ack"), "contingency") && b.str("contingency") != ""
}

// nvpError reports whether b is a failed answer of PayPal's classic NVP API: ACK
// Failure (or FailureWithWarning) and its first error's code, or PayPal's trailer.
func nvpError(b *object) bool {
	ack := strings.ToLower(scalarText(b.getFold("ACK")))
	code0 := b.getFold("L_ERRORCODE0")
	build := isNumber(scalarText(b.getFold("BUILD"))) // PayPal's trailer: eBay's APIs send "E1271_CORE_API6_…"
	// SuccessWithWarning carries its warning as an error (11452: "Merchant not enabled for
	// reference transactions"), which the integration then fails on.
	return (strings.HasPrefix(ack, "failure") || strings.HasSuffix(ack, "withwarning")) && code0 != nil ||
		b.getFold("L_ERRORCODE") != nil && b.getFold("L_SHORTMESSAGE") != nil ||
		// The error's lines cut from the answer, without ACK: its severity says Error.
		code0 != nil && b.getFold("L_SHORTMESSAGE0") != nil && strings.EqualFold(scalarText(b.getFold("L_SEVERITYCODE0")), "error") ||
		// A PHP module's own copy (Shopp's stdClass): the keys lower-cased, without L_, and
		// each L_ list gathered into an array ([errorcode] => Array ( [0] => 10413 )),
		// beside ack and correlationid.
		strings.HasPrefix(ack, "failure") && nvpListed(b, "ERRORCODE") != "" && b.getFold("CORRELATIONID") != nil ||
		// A failure that lists no error (Omnipay's mock of a refused DoVoid): PayPal's own
		// trailer, CORRELATIONID and a BUILD of digits, beside the ACK.
		strings.HasPrefix(ack, "fail") && build && b.getFold("CORRELATIONID") != nil ||
		// Payum's payment details: its calls' answers merged, a later call's error beside an
		// earlier one's ACK Success, beside the Express Checkout token.
		build && strings.Trim(scalarText(code0), "0") != "" && b.getFold("TOKEN") != nil
}

// nvpListed is the first item of the NVP list that a module gathered under key k.
func nvpListed(b *object, k string) string {
	if l, ok := b.getFold(k).([]any); ok && len(l) > 0 {
		return scalarText(l[0])
	}
	return ""
}

// nvpBody is the NVP answer in b: b itself, or the one member a PHP module printed it
// under (Array ( [errors] => Array ( [ACK] => Failure [L_ERRORCODE0] => 10413 … ))).
func nvpBody(b *object) *object {
	if b != nil && len(b.members) == 1 {
		if inner, ok := b.members[0].val.(*object); ok && nvpError(inner) {
			return inner
		}
	}
	return b
}

// payPalError is PayPal's error object: the body, or the error member an SDK wraps it in
// ({"error": {"name", "details"}}).
func payPalError(b *object) *object {
	// The Dart SDK's ApiException{statusCode: 404, error: RESOURCE_NOT_FOUND, apiError:
	// ApiError{name, debugId, details: […]}} holds the body under apiError.
	// PayPal's Node SDK keeps it under response ({"response": {"name", "message",
	// "information_link", "httpStatusCode"}, "httpStatusCode"}).
	// A payout item's {"transaction_status": "RETURNED", "errors": {"name":
	// "RECEIVER_UNREGISTERED", "message", "information_link"}}: its errors is one object.
	// An app's own error may keep the Node SDK's whole error under its error member:
	// {"error": {"name": "Error", "status": 500, "message": "Response Status : 400",
	// "response": {"name": "MALFORMED_REQUEST", "debug_id", …}}}.
	for depth, o := range [...]*object{b, b.obj("error")} {
		for _, k := range [...]string{"error", "apiError", "response", "errors"} {
			if e := o.obj(k); e != nil && e.has("name") && (e.has("details") || e.has("debug_id") || e.has("debugId") || e.has("information_link")) {
				if k == "errors" && !strings.Contains(e.str("information_link"), "paypal.com") || depth == 1 && !(e.has("debug_id") && e.has("information_link")) {
					continue // another API's {"errors": {"name": "INTERNAL_SERVER_ERROR", …}}
				}
				return e
			}
		}
	}
	return b
}

// payPalDebugIDInWords is the debug id text names the way PayPal writes them, 12 or 13
// hexadecimal digits ("" when none): "my debug id is c9a84d2635339", "Debug ID
// 5bd2ad60a3718", "PayPal-Debug-ID(s) (from any logs): 299d992febcb6".
func payPalDebugIDInWords(text string) string {
	if !strings.Contains(text, "ebug") && !strings.Contains(text, "EBUG") {
		return ""
	}
	id := idAfterLabels(text, payPalDebugLabels[:])
	if (len(id) == 12 || len(id) == 13) && strings.Trim(strings.ToLower(id), "0123456789abcdef") == "" && hasLetter(id) {
		return id
	}
	return ""
}

// payPalDebugLabels name a debug id in words, lower case.
var payPalDebugLabels = [...]string{"debug-id(s) (from any logs):", "debug id(s):", "debug id is ", "debug id:", "debug-id:", "debugid:", "debug id "}

// payflowResult is the object of Payflow's answer that holds a failing RESULT: its
// name-value pairs ({"RESULT": "12", "RESPMSG": "Declined", "PNREF": …}) or XMLPay's
// <ResponseData> (<Result>12</Result><Message>Declined</Message><Partner>verisign</Partner>,
// or under <TransactionResults><TransactionResult>). The result must be a number other
// than 0, beside a message and a sign of Payflow (its RESPMSG, PNREF, its partner, XMLPay's envelope);
// nil for any other body.
func payflowResult(o *object, text string) *object {
	if o.getFold("RESULT") == nil && !o.has("XMLPayResponse") && !o.has("ResponseData") && !o.has("TransactionResults") {
		return nil // most bodies: neither Payflow's pairs nor XMLPay's elements
	}
	if x := o.obj("XMLPayResponse"); x != nil {
		o = x
	}
	xmlPay := o != nil && o.has("ResponseData")
	if d := o.obj("ResponseData"); d != nil {
		o = d
	}
	if t := o.obj("TransactionResults").obj("TransactionResult"); t != nil {
		o = t
	}
	if o == nil {
		return nil
	}
	r := scalarText(o.getFold("RESULT"))
	if r == "" || r == "0" || !isNumber(r) || len(r) > 4 || o.getFold("RESPMSG") == nil && o.getFold("Message") == nil {
		return nil
	}
	partner := strings.ToLower(scalarText(o.getFold("Partner")))
	// The reader may have unwrapped XMLPay's envelope: the paste still names it.
	xmlPay = xmlPay || strings.Contains(text, "<XMLPayResponse") || strings.Contains(text, "<Partner>verisign</Partner>")
	if xmlPay || payflowPairs(o) || o.getFold("PNREF") != nil || partner == "verisign" || partner == "paypal" {
		return o
	}
	return nil
}

// payflowPairs reports whether o has Payflow's RESULT and RESPMSG, as Payflow writes them
// or lower-cased (Magento 1's log: [result] => 1, [respmsg] => …); not a gateway's
// camel-case respMsg.
func payflowPairs(o *object) bool {
	return o.get("RESULT") != nil && o.get("RESPMSG") != nil || o.get("result") != nil && o.get("respmsg") != nil
}

// readPayPal explains by the first detail's issue when PayPal documents it, else the name.
func readPayPal(f *facts, p *catalog.Provider) reading {
	if pf := payflowResult(f.body, f.masked); pf != nil {
		// Payflow's RESULT values are a list of their own (1 user authentication failed,
		// 12 declined …), apart from the NVP API's error codes.
		code := scalarText(pf.getFold("RESULT"))
		r := reading{code: code}
		if e, ok := p.LookupIn("payflow", code); ok {
			r.k = entryKnowledge(p, e)
		}
		if r.message = scalarText(pf.getFold("RESPMSG")); r.message == "" {
			r.message = scalarText(pf.getFold("Message"))
		}
		return r
	}
	if nv := nvpBody(f.body); nvpError(nv) {
		get := func(k string) string {
			if v := scalarText(nv.getFold(k + "0")); v != "" {
				return v
			}
			if v := scalarText(nv.getFold(k)); v != "" {
				return v
			}
			return nvpListed(nv, strings.TrimPrefix(k, "L_"))
		}
		r := lookup(p, get("L_ERRORCODE"))
		if r.message = get("L_LONGMESSAGE"); r.message == "" {
			r.message = get("L_SHORTMESSAGE")
		}
		return r
	}
	if item := adaptiveError(f.body); item != nil && f.body.has("responseEnvelope") {
		// The Adaptive APIs (Adaptive Payments, Adaptive Accounts): error[].errorId.
		r := lookup(p, scalarText(item.get("errorId")))
		r.message = item.str("message")
		return r
	}
	if c := payPalDeclinedCapture(f.body); c != nil {
		// The processor's own code (PayPal's processor response codes, which decifra does
		// not list one by one): the entry for a source its processor declined explains it.
		rc := c.obj("processor_response").str("response_code")
		r := lookup(p, "PAYMENT_SOURCE_DECLINED_BY_PROCESSOR")
		r.code, r.decline = rc, true
		r.note = fill(catalog.SaidCaptureDECLINEDProcessorResponseResponseCode, rc)
		return r
	}
	if payPalContingency(f.body) {
		r := lookup(p, f.body.str("contingency"))
		r.details = "meta.calc " + f.body.obj("meta").str("calc")
		return r
	}
	b := payPalError(f.body)
	if item := firstItem(b, "details"); item != nil {
		if e, ok := p.Lookup(item.str("issue")); ok {
			// details[].description says what went wrong with this request; the top-level
			// message only restates the name ("The requested action could not be performed…").
			name := b.str("name")
			return reading{code: e.Code, k: entryKnowledge(p, e), message: item.str("description"),
				note: payPalNameNote(name)}
		}
		// The older APIs (v1 billing agreements, payouts) name the detail instead:
		// {"name": "BUSINESS_ERROR", "details": [{"name": "TOKEN_NOT_FOUND", "message": …}]}.
		if n := item.str("name"); !item.has("issue") && looksLikeCode(n) {
			r := lookup(p, n)
			r.message = cmp.Or(item.str("message"), b.str("message"))
			r.note = payPalNameNote(b.str("name"))
			return r
		}
		// An issue PayPal's lists don't name is still this error's code: the name (the
		// HTTP status's, as UNPROCESSABLE_ENTITY) explains it.
		if issue := item.str("issue"); looksLikeCode(issue) {
			name := b.str("name")
			r := lookup(p, name)
			r.code, r.undocumented = issue, true
			if d := item.str("description"); d != "" {
				r.message = d
			}
			r.note = payPalNameNote(name)
			return r
		}
	}
	r := lookup(p, scalarText(b.getFold("name"))) // the .NET SDK's {"Name": "INVALID_RESOURCE_ID", …}
	if c := payPalLinkedCode(b.str("information_link")); r.code == "" && c != "" {
		// The v1 API's {"error": "validation", "information_link": "…/api/#VALIDATION_ERROR"}:
		// the link names the error.
		r = lookup(p, c)
	}
	if r.code == "" {
		r.code = b.str("error") // OAuth's {"error": "invalid_client", "error_description"}
		if e, ok := p.Lookup(r.code); ok {
			r.k = entryKnowledge(p, e)
		}
	}
	if r.code == "" && !p.Documents(f.code) {
		// A wrapper's own number ("#code: 1001", a shop library's) beside a message that
		// leads with PayPal's name: "VALIDATION_ERROR: Invalid request. See details.".
		msg := f.errObj.str("message")
		if c := codeToken(msg); (p.Documents(c) || isUpperCode(c) && strings.Contains(c, "_")) && strings.HasPrefix(msg[len(c):], ":") {
			r = lookup(p, c)
		}
	}
	if r.code == "" && (p.Documents(f.code) || isUpperCode(f.code) && strings.Contains(f.code, "_")) {
		// The code the words name (a link to PayPal's reference, …/#error-PAYMENT_DENIED)
		// stays the paste's code, though the message quoted is its name's
		// (UNPROCESSABLE_ENTITY's), which then explains it.
		r = lookup(p, f.code)
	}
	if f.lower != "" && slices.Contains(payPalStatusNames[:], r.code) {
		// Text that gives the name and then one of its issues (SwagPayPal's 'The error
		// "UNPROCESSABLE_ENTITY" occurred with the following message: … The provided
		// payment source is declined by the processor. …
		// PAYMENT_SOURCE_DECLINED_BY_PROCESSOR'): the issue says what went wrong, as
		// details[].issue does in the body.
		if issue := payPalIssueAfter(f.masked, r.code); issue != "" {
			ri := lookup(p, issue)
			ri.message = r.message
			ri.note = payPalNameNote(r.code)
			return ri
		}
	}
	return r
}

// payPalStatusNames are PayPal's names that an HTTP status gives, which its issues
// refine.
var payPalStatusNames = [...]string{"UNPROCESSABLE_ENTITY", "INVALID_REQUEST", "RESOURCE_NOT_FOUND", "NOT_AUTHORIZED"}

// payPalIssueAfter is the first code in capitals after name on its line that PayPal
// documents ("" when none, or when another status's name comes first): an issue of the
// name's, not a code of another error or of the reporter's words below it.
func payPalIssueAfter(text, name string) string {
	_, rest, _ := strings.Cut(text, name)
	line, _, _ := strings.Cut(rest, "\n")
	for _, w := range strings.FieldsFunc(line[:min(len(line), 4<<10)], notCodeByte) {
		if slices.Contains(payPalStatusNames[:], w) || w == "INTERNAL_SERVER_ERROR" || w == "RATE_LIMIT_REACHED" {
			return ""
		}
		if len(w) >= 8 && strings.Contains(w, "_") && catalog.PayPal.Documents(w) {
			return w
		}
	}
	return ""
}

// notCodeByte reports whether r cannot be part of a code in capitals.
func notCodeByte(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') }

// payPalNameNote is the note that names PayPal's name beside the issue that explains it.
func payPalNameNote(name string) catalog.Text {
	return fill(catalog.SaidPayPalName, name)
}

// payPalCutShort: PayPal's name and details[].issue, when the paste cut off its message and
// debug_id.
func payPalCutShort(o *object) bool {
	if !o.has("name") {
		return false
	}
	// Its name and message, with no debug_id: a name PayPal documents, or a link to its
	// reference in links ({"name": "AUTHENTICATION_FAILURE", "message": …, "links": […]}).
	// A name PayPal documents before its information_link, the rest cut off (an issue's
	// title: {"name":"INTERNAL_SERVICE_ERROR","information_link":"https://api.sandbox.pa).
	return firstItem(o, "details").has("issue") || (o.str("message") != "" || o.has("information_link")) &&
		(strings.Contains(firstItem(o, "links").str("href"), "developer.paypal.com") || catalog.PayPal.Documents(o.str("name")))
}

// adaptiveError is the first error of an answer of PayPal's Adaptive APIs: error[] with
// its errorId, or, of a Pay call whose envelope says Success but whose payment failed
// ({"paymentExecStatus": "ERROR", "payErrorList": {"payError": [{"receiver", "error":
// {"errorId": "579045", …}}]}}), the first receiver's error. nil when there is none.
func adaptiveError(b *object) *object {
	if item := firstItem(b, "error"); item.has("errorId") {
		return item
	}
	if item := firstItem(b.obj("payErrorList"), "payError").obj("error"); item.has("errorId") {
		return item
	}
	return nil
}

// foreignNamespace is the first default namespace an XML text declares (xmlns="…")
// when none of those it declares is PayPal's (XMLPay's, its SOAP APIs' urn:ebay:…) or a
// standard's (XHTML, SOAP); "" otherwise.
func foreignNamespace(text string) string {
	foreign := ""
	for off := 0; ; {
		i := strings.Index(text[off:min(len(text), 64<<10)], `xmlns=`)
		if i < 0 {
			return foreign
		}
		off += i + len(`xmlns=`)
		// Its quotes as written, escaped in a JSON string (\"), or curled by an editor;
		// xmlns="" is none.
		ns := strings.TrimPrefix(text[off:], `\`)
		for _, q := range [...]string{`"`, `'`, "“"} {
			ns = strings.TrimPrefix(ns, q)
		}
		if end := strings.IndexAny(ns, `\"'”`); end >= 0 {
			ns = ns[:end]
		}
		l := strings.ToLower(ns)
		if strings.Contains(l, "paypal") || strings.Contains(l, "ebay") || strings.Contains(l, "verisign") { // Payflow's XMLPay was VeriSign's
			return ""
		}
		if foreign == "" && !strings.Contains(l, "w3.org") && !strings.Contains(l, "xmlsoap.org") {
			foreign = ns[:min(len(ns), 80)]
		}
	}
}
