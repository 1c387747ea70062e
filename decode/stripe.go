package decode

import (
	"cmp"
	"slices"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Stripe: {"error": {type, code, decline_code, doc_url, request_log_url, …}}.
var stripeReader = reader{provider: catalog.Stripe, score: scoreStripe, read: readStripe}

var stripeTypes = [...]string{"api_error", "card_error", "idempotency_error", "invalid_request_error"}

// stripeError is Stripe's error object: the body's error member, or the body itself when
// a dump printed the SDK's error without its envelope ([type] => invalid_request_error,
// [doc_url] => https://stripe.com/docs/…); nil for anything else.
func stripeError(b *object) *object {
	if e := b.obj("error"); e != nil {
		if e.has("localizedMessage") && e.str("stripeErrorCode") != "" {
			return stripeError(e) // flutter_stripe's StripeException(error: LocalizedErrorMessage(…))
		}
		for i := range e.members {
			// Dart prints the SDK's own code as its enum: FailureCode.Failed is "Failed".
			if c, ok := e.members[i].val.(string); ok && e.members[i].key == "code" && strings.HasPrefix(c, "FailureCode.") {
				e.members[i].val = c[len("FailureCode."):]
			}
		}
		if stripeClone(e) {
			return nil
		}
		return e
	}
	// Stripe's React Native and Flutter SDKs keep their own code ("Failed") and the
	// API's error beside it: {"code": "Failed", "stripeErrorCode": "payment_intent_…",
	// "declineCode": …, "type": "invalid_request_error", "localizedMessage": …}.
	if sec := b.str("stripeErrorCode"); sec != "" && b.has("localizedMessage") {
		e := &object{members: []member{{"code", sec}}}
		for _, k := range [...][2]string{{"declineCode", "decline_code"}, {"type", "type"}, {"message", "message"}} {
			if v, ok := b.get(k[0]).(string); ok && v != "" {
				e.add(k[1], v)
			}
		}
		return e
	}
	// Stripe's error always says what went wrong in message: Culqi's look-alike
	// {"object": "error", "type": "card_error", "code": "card_declined", "merchant_message",
	// "user_message"} has none.
	// The error object printed alone names the parameter at fault beside its message:
	// {type: "invalid_request_error", message: "Amount must be at least 50 cents", param: "amount"}.
	if slices.Contains(stripeTypes[:], b.str("type")) && (strings.Contains(b.str("doc_url"), "stripe.com") || catalog.Stripe.Documents(b.str("code")) && b.has("message") ||
		b.has("message") && b.has("param") && !b.has("object")) {
		return b
	}
	// A card error logged without its type ({"charge": "ch_…", "code": "card_declined",
	// "decline_code": …}): not Culqi's, which speaks to the merchant and the user.
	if b.has("decline_code") && catalog.Stripe.Documents(b.str("code")) && !b.has("merchant_message") && !b.has("user_message") {
		return b
	}
	return nil
}

func scoreStripe(f *facts, c *codeOwners) []signal {
	if b := f.body; b.has("stripeErrorCode") && b.has("declineCode") && b.has("localizedMessage") {
		return with(nil, 3, catalog.SaidStripeMobileSDKErrorFields)
	}
	e := stripeError(f.body)
	if e == nil || llmAPIError(f, e) {
		return nil
	}
	var s []signal
	if typ := e.str("type"); slices.Contains(stripeTypes[:], typ) {
		s = withf(s, 2.5, catalog.SaidErrorTypeOneStripeFour, nil, typ)
	}
	if e.has("decline_code") {
		s = with(s, 1, catalog.SaidErrorDeclineCodeStripeS)
	}
	if ch := e.str("charge"); strings.HasPrefix(ch, "ch_") || strings.HasPrefix(ch, "py_") {
		// A card error names the charge it refused ("charge": "ch_…").
		s = withf(s, 1.5, catalog.SaidErrorChargeStripeChargeId, nil, ch)
	}
	if strings.Contains(e.str("doc_url"), "stripe.com") {
		s = with(s, 1.5, catalog.SaidDocUrlPointsStripeCom)
	}
	if e.has("request_log_url") {
		s = with(s, 1, catalog.SaidRequestLogUrlStripeDashboard)
	}
	if ec := e.str("code"); ec != "" && len(f.body.members) == 1 && ec == strings.ToLower(ec) && catalog.Stripe.Documents(ec) {
		w := 2.0
		if entry, ok := catalog.Stripe.Lookup(ec); ok && len(s) == 0 && appsCopy(e) && len(longestMatch(entry, e.str("message"))) >= 20 {
			// An app's copy of the error ({"code", "message", "field"}), nothing else of
			// Stripe's beside it, that keeps Stripe's words for that code: "Amount must be
			// at least 50 cents".
			w = 2.5
		}
		s = withf(s, w, catalog.SaidLoneErrorObjectWhoseCode, nil, ec)
	}
	if headerValue(f.headers, "Stripe-Should-Retry") != "" {
		s = with(s, 2, catalog.SaidStripeShouldRetryHeader)
	}
	return s
}

// readStripe explains by the most specific code: the issuer's decline_code, then the
// error code, then the error type.
func readStripe(f *facts, p *catalog.Provider) reading {
	e := stripeError(f.body)
	code := e.str("code")
	if code == "" {
		code = e.str("message_code") // the Dashboard's API, as the Stripe CLI prints its answer
	}
	if code == "" && e.has("decline_code") {
		code = "card_declined" // a decline code comes only with card_declined (its code cut off)
	}
	if code == "" {
		code = e.str("type")
	}
	r := reading{code: code, message: e.str("message")}
	explainedBy := ""
	for _, c := range [...]string{e.str("decline_code"), e.str("code"), e.str("type")} {
		if entry, ok := p.Lookup(c); ok {
			r.k, explainedBy = entryKnowledge(p, entry), c
			break
		}
	}
	// A card error carries the issuer's reason besides Stripe's: advice_code, the
	// network's raw code and advice, the card's brand (decline.go's policy).
	if e.str("type") == "card_error" || e.has("decline_code") || e.has("advice_code") || e.obj("raw").has("advice_code") {
		pm := e.obj("payment_method")
		// stripe-node's error keeps the API's whole error in raw, advice_code too.
		advice := cmp.Or(e.str("advice_code"), e.obj("raw").str("advice_code"))
		r.card = &cardDecline{code: explainedBy, advice: advice, issuer: e.str("network_decline_code"),
			issuerAt: "network_decline_code", iso: true, brand: brandIn(pm.obj("card"), e.obj("source"))}
		// network_advice_code is Mastercard's Merchant Advice Code; Visa's are not MACs.
		if r.card.brand != catalog.Visa {
			r.card.mac = e.str("network_advice_code")
		}
		if r.k != nil {
			r.k.idempotency = stripeKeyAdvice(f, r.k.idempotency)
		}
	}
	var notes []string
	for _, k := range [...]string{"decline_code", "advice_code", "param"} {
		if v := e.str(k); v != "" {
			notes = append(notes, k+" "+v)
		}
	}
	if len(notes) > 0 {
		said := strings.Join(notes, "; ")
		r.note = fill(catalog.SaidStripeSays, said)
	}
	return r
}

// stripeKeyRefusal is the knowledge of Stripe's invalid_request_error whose words are a
// 401's: a key Stripe does not know ("Invalid API Key provided: sk_test_…"), or none ("You
// did not provide an API key", or a key that is a program's word for none: "Invalid API
// Key provided: undefined"); nil for any other, and for Commerce.js's copy of the words
// ("… in the X-Authorization header").
func stripeKeyRefusal(p *catalog.Provider, message string) *knowledge {
	m := strings.ToLower(message)
	context := "no api key"
	if i := strings.Index(m, "invalid api key provided"); i >= 0 {
		if !placeholderValue([]byte(strings.TrimSpace(strings.TrimPrefix(m[i+len("invalid api key provided"):], ":")))) {
			context = "invalid api key"
		}
	} else if !strings.Contains(m, "did not provide an api key") || strings.Contains(m, "x-authorization") {
		return nil
	}
	entry, _ := p.LookupIn(context, "invalid_request_error")
	return entryKnowledge(p, entry)
}

// stripeKeyAdvice makes a card error's idempotency advice say what the paste shows: Stripe
// saves a card error's result under the Idempotency-Key only when the request carried one.
// The catalog's text is conditional ("if the request carried an Idempotency-Key"); a curl
// -v or HAR paste shows the request's headers, and then decifra says which.
func stripeKeyAdvice(f *facts, catalogText catalog.Text) catalog.Text {
	if len(f.parts.reqHeaders) == 0 {
		return catalogText
	}
	if headerValue(f.parts.reqHeaders, "Idempotency-Key") != "" {
		return catalog.SaidStripeDeclineUnderIdempotencyKey
	}
	return catalog.SaidStripeDeclineWithoutIdempotencyKey
}

// appsCopy reports whether e holds nothing but an error's code, message and the field it
// is about: an app's copy of an API's error, not another gateway's own envelope.
func appsCopy(e *object) bool {
	for _, m := range e.members {
		if m.key != "code" && m.key != "message" && m.key != "field" && m.key != "param" {
			return false
		}
	}
	return true
}

// stripeChargeFailure is the error a Stripe Charge, or a PaymentIntent holding one in its
// charges, carries when printed whole after its charge failed (a dashboard's or a
// webhook's object, a forum's paste of a charge.failed event): the charge's failure_code
// and failure_message, and the issuer's own reason as decline_code, in Stripe's error
// envelope; nil for anything else, a paid charge among them.
func stripeChargeFailure(o *object) *object {
	if st := o.str("status"); o.str("object") == "payment_intent" && o.obj("last_payment_error") == nil && stripeID(o.str("id"), "pi_") &&
		(st == "requires_payment_method" || st == "canceled") {
		// A PaymentIntent that succeeded, or is still under way, is none; its
		// last_payment_error is read where it is (wrapperPaths). Stripe lists its charges
		// newest first.
		if list, _ := o.obj("charges").get("data").([]any); len(list) > 0 {
			o, _ = list[0].(*object)
		}
	}
	code := o.str("failure_code")
	if o.str("object") != "charge" || code == "" || o.get("paid") == true || !stripeID(o.str("id"), "ch_") && !stripeID(o.str("id"), "py_") {
		return nil // Omise's (chrg_…), Conekta's and PAY.JP's charges carry the same members
	}
	e := &object{members: []member{{"code", code}, {"charge", o.str("id")}, {"message", o.str("failure_message")}}}
	if r := o.obj("outcome").str("reason"); r != "" && r != code {
		e.add("decline_code", r)
	}
	return &object{members: []member{{"error", e}}}
}

// stripeErrorKeys are the members of Stripe's error object (its API reference's "Errors"),
// the only ones its API writes there, and those its libraries add beside them.
var stripeErrorKeys = [...]string{"type", "code", "decline_code", "message", "param", "doc_url", "charge", "payment_intent",
	"payment_method", "payment_method_type", "setup_intent", "source", "request_log_url", "advice_code",
	"network_advice_code", "network_decline_code", "message_code",
	// What Stripe's libraries add to the API's object they keep (stripe-node's raw).
	"statusCode", "requestId", "headers", "http_status", "request_id"}

// llmAPIError reports whether a Stripe-shaped error is a language-model API's, which
// copied Stripe's envelope and its types: Anthropic's {"type": "error", "error":
// {"type": "invalid_request_error", …}, "request_id": "req_…"}, OpenAI's and the servers
// that speak its API ({"error": {"message", "type", "param", "code"}}, a code that
// repeats the type, words and links of OpenAI's).
func llmAPIError(f *facts, e *object) bool {
	if f.body.str("type") == "error" {
		return true // Stripe's answers have no type of their own around the error
	}
	code, typ := e.str("code"), e.str("type")
	if code != "" && code == typ {
		return true // Stripe's code never repeats its type
	}
	for _, m := range e.members {
		if m.val == nil && (m.key == "param" || m.key == "code") {
			return true // OpenAI's "param": null, "code": null; Stripe leaves out what it has not
		}
	}
	m := strings.ToLower(e.str("message"))
	if code != "" && m != "" && typ != "card_error" && !catalog.Stripe.Documents(code) && !strings.Contains(m, "stripe") && !strings.Contains(e.str("doc_url"), "stripe.com") && !e.has("request_log_url") {
		return true // a code Stripe does not document, in words that do not name it: "invalid_api_key" (Groq's, OpenAI's), "model_not_found"; a card_error is Stripe's alone
	}
	return strings.Contains(m, "openai.com") || strings.Contains(m, "max_tokens") || holdsAny(f.lower, llmMarks[:])
}

// llmMarks are what a paste around a language-model API's error says of it, lower case:
// OpenAI's SDK classes (openai.BadRequestError) and links, a compatible server's words.
var llmMarks = [...]string{"openai.", "openai compatible", "openai-compatible", "anthropic"}

// stripeClone reports whether e, an error object in Stripe's shape (one of its types), is
// another gateway's that copied it: it holds a member Stripe's never has (SecurionPay's chargeId, WebPay's
// caused_by) and nothing that only Stripe writes (a doc_url on stripe.com, a
// request_log_url, a charge id ch_…).
func stripeClone(e *object) bool {
	if !slices.Contains(stripeTypes[:], e.str("type")) || strings.Contains(e.str("doc_url"), "stripe.com") || e.has("request_log_url") || strings.HasPrefix(e.str("charge"), "ch_") || strings.HasPrefix(e.str("charge"), "py_") {
		return false
	}
	for _, m := range e.members {
		if !slices.Contains(stripeErrorKeys[:], m.key) {
			return true
		}
	}
	return false
}

// stripeID reports whether id is one of Stripe's object ids with prefix: base62 after
// it, capitals among them (ch_1GkzsRBaliC5Ig8c…), where PAY.JP's copies of Stripe's
// charges have lower-case hex (ch_fa990a4c10672a93…).
func stripeID(id, prefix string) bool {
	rest, ok := strings.CutPrefix(id, prefix)
	return ok && len(rest) >= 14 && strings.ToLower(rest) != rest
}

// stripeRequestForm reports whether id has the form of Stripe's request ids: req_ and 14
// letters and digits, both cases among them.
func stripeRequestForm(id string) bool {
	if len(id) != 18 {
		return false
	}
	upper, lower := false, false
	for i := 4; i < len(id); i++ {
		c := id[i]
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
	}
	return upper && lower
}
