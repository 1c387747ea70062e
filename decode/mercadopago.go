package decode

import (
	"slices"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/grams"
)

// Mercado Pago: {message, error, status, cause: [{code, description, data}]}, a policy
// agent's {blocked_by: "PolicyAgent"}, and payments refused with status_detail.
var mercadoPagoReader = reader{provider: catalog.MercadoPago, score: scoreMercadoPago, read: readMercadoPago, failure: mercadoPagoRejected}

func scoreMercadoPago(f *facts, c *codeOwners) []signal {
	b := mercadoPagoBody(f)
	switch d := b.str("status_detail"); {
	case mercadoPagoCause(b) && b.has("error") && b.has("message"):
		if (namespacedCode(b.str("error")) || namespacedCode(b.str("message")) || namesMercadoLibre(f.masked) || mercadoLibreCause(b)) && !slices.ContainsFunc(f.hosts, mercadoPagoHost) {
			// {"message": "seller.unable_to_list", "error": "User is unable to list.",
			// "status": 403, "cause": [...]}: the same envelope, but a code namespaced by
			// the resource it validates is Mercado Libre's marketplace API, not Mercado Pago.
			return nil
		}
		w := 3.0
		if e, m := b.str("error"), b.str("message"); !mercadoPagoCauseListed(b) && (commonWordsCode(e) && (strings.EqualFold(m, e) || strings.EqualFold(m, strings.ReplaceAll(e, "_", " "))) || looksLikeCode(m) && !strings.Contains(m, "error") && !catalog.MercadoPago.Documents(m) ||
			slices.Contains(mercadoLibreErrors[:], e)) {
			// {"message": "forbidden", "error": "forbidden", "status": 403, "cause": []}: the
			// envelope every Mercado Libre API answers with too, saying nothing of its own
			// (Mercado Pago's own say what failed: "invalid access token"), nor does a message
			// that is itself a code Mercado Pago does not document, {"message": "invalid_token",
			// "error": "not_found"} (Mercado Libre's; Mercado Pago's own are "internal_error",
			// "unknown_error"). Nor are Mercado Libre's own errors (its claims API's
			// "business_logic_error", "unauthorized_request_error").
			w = 1.5
		}
		return with(nil, w, catalog.SaidMessageErrorStatusCauseEnvelope)
	case b.str("name") == "MercadoPagoError" && b.has("message"): // the Node.js SDK's error, printed as JSON
		return with(nil, 3, catalog.SaidNameMercadoPagoErrorErrorMercadoPagoNode)
	case mercadoPagoCauseItem(b) && c.has(catalog.MercadoPago):
		return with(c.membership(f, catalog.MercadoPago), 1.5, catalog.SaidCodeDescriptionDataOneMercado)
	case b.str("blocked_by") == "PolicyAgent":
		return with(nil, 3, catalog.SaidBlockedPolicyAgentMercadoPagoS)
	case strings.HasPrefix(d, "cc_rejected_") || d == "pending_review_manual" || d == "pending_contingency":
		return withf(nil, 3, catalog.SaidStatusDetailMercadoPagoPayment, nil, d)
	}
	return nil
}

// mercadoLibreCause reports whether b's first cause is Mercado Libre's validation cause
// ({"department": "items", "cause_id": 398, "type": "error", "code":
// "item.description.type.invalid", "references": […], "message": …}); Mercado Pago's
// are {code, description, data}.
func mercadoLibreCause(b *object) bool {
	c := firstItem(b, "cause")
	return c.has("cause_id") || c.has("department")
}

// mercadoLibreErrors are the error members of Mercado Libre's marketplace APIs that
// Mercado Pago's never send (its claims API's error list:
// https://developers.mercadolivre.com.br/pt_ar/erros), and its orders API's
// order_not_found (mercadolibre/php-sdk#59): Mercado Pago's Orders API sends that code in
// its own envelope (errors[]), never in this one.
var mercadoLibreErrors = [...]string{"business_logic_error", "unauthorized_request_error", "forbidden_error", "bad_request_error", "order_not_found"}

// namesMercadoLibre reports whether the paste names Mercado Libre's marketplace API,
// whose answers share Mercado Pago's envelope: its SDKs' paths and classes
// (dsc/mercado-livre's MeliException, the meli SDKs). Its API host is not enough, for
// Mercado Pago's older libraries called it too; nor is the shop's own site.
func namesMercadoLibre(text string) bool {
	lower := grams.ASCIILower(text[:min(len(text), 64<<10)])
	for _, w := range [...]string{"dsc/mercado-livre", "meliexception", "meli-php-sdk", "mercadolibre/php-sdk", "mercadolibre-1.0"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// mercadoPagoHost reports whether h is one of Mercado Pago's API hosts.
func mercadoPagoHost(h string) bool { return strings.Contains(h, "mercadopago.com") }

// namespacedCode reports whether s is a code namespaced with dots, lowercase words joined by
// '.' and '_' (item.attributes.missing_required, body.invalid), as Mercado Libre writes
// its validation codes; Mercado Pago's are words joined by '_' or numbers.
func namespacedCode(s string) bool {
	if len(s) < 3 || len(s) > 80 || !strings.Contains(s, ".") || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// mercadoPagoCause reports whether b has Mercado Pago's cause member (or causes): a list
// of {code, description}, one such object (Ruby and PHP SDKs' dumps), an empty one
// (print_r prints an empty list as nothing, `[cause] => `), or null beside a status.
func mercadoPagoCause(b *object) bool {
	for _, k := range [...]string{"cause", "causes"} { // causes: the QR and stores APIs
		switch c := b.get(k).(type) {
		case []any:
			return true
		case *object:
			return c.has("code") || c.has("description")
		case string:
			return c == "" && b.has("status")
		case nil:
			if b.has(k) && b.has("status") { // "cause": null
				return true
			}
		}
	}
	return false
}

// mercadoPagoCauseListed reports whether b's cause list holds an item.
func mercadoPagoCauseListed(b *object) bool {
	for _, k := range [...]string{"cause", "causes"} {
		switch c := b.get(k).(type) {
		case []any:
			return len(c) > 0
		case *object:
			return true
		}
	}
	return false
}

// mercadoPagoCauseItem reports whether b is one item of Mercado Pago's cause list,
// printed alone: {code, description, data} and nothing else.
func mercadoPagoCauseItem(b *object) bool {
	if b == nil || len(b.members) < 2 || len(b.members) > 3 || !b.has("code") || !b.has("description") {
		return false
	}
	return len(b.members) == 2 || b.has("data")
}

// mercadoPagoRejected: a refused payment, sent as HTTP 201 with status rejected, or an
// advanced payment refused with it ({"status": "rejected", "payments": [{"status":
// "rejected", "status_detail": "cc_rejected_high_risk", …}], "disbursements": […]}).
func mercadoPagoRejected(o *object) bool {
	return o.str("status") == "rejected" && (o.has("status_detail") || advancedRefusal(o) != nil)
}

// advancedRefusal is the refused payment of an advanced payment o (the first of its
// payments with status rejected and a status_detail), or nil.
func advancedRefusal(o *object) *object {
	if o.str("status") != "rejected" || o.has("status_detail") {
		return nil
	}
	l, _ := o.get("payments").([]any)
	for _, v := range l {
		if p, ok := v.(*object); ok && p.str("status") == "rejected" && p.has("status_detail") {
			return p
		}
	}
	return nil
}

// mercadoPagoBody is Mercado Pago's answer in b: b itself, or the policy agent's answer
// an app passed on under details ({"error": "MercadoPago API error", "status": 403,
// "details": {"code": "PA_UNAUTHORIZED_RESULT_FROM_POLICIES", "blocked_by": "PolicyAgent"}}).
func mercadoPagoBody(f *facts) *object {
	b := f.body
	if d := b.obj("details"); d.str("blocked_by") == "PolicyAgent" && b.str("blocked_by") == "" &&
		(!namesMercadoLibre(f.masked) || slices.ContainsFunc(f.hosts, mercadoPagoHost)) { // Mercado Libre's marketplace has the same agent
		return d
	}
	if p := advancedRefusal(b); p != nil {
		return p
	}
	return b
}

func readMercadoPago(f *facts, p *catalog.Provider) reading {
	b := mercadoPagoBody(f)
	if d := b.str("status_detail"); d != "" {
		r := lookup(p, d)
		if mercadoPagoRejected(b) { // a refused card: the brand is payment_method_id (decline.go)
			r.card = &cardDecline{brand: brandIn(b)}
		}
		return r
	}
	code := codeString(b.get("code"))
	if code == "" {
		code = b.str("error")
		if n, ok := b.get("error").(number); ok && codeString(b.get("status")) != string(n) && !(len(n) == 3 && validStatus(intValue(n)) >= 400) {
			code = string(n) // a number once a dump drops its quotes (Java's {error=104, …}), not a status again
		}
	}
	r := lookup(p, code)
	cause := firstItem(b, "cause")
	if l, ok := b.get("cause").([]any); cause == nil && ok && len(l) > 0 {
		cause = firstObject(l[0]) // [[{code, description}]]
	}
	if cause == nil {
		cause = b.obj("cause") // a dump of the SDK's exception keeps one cause as an object
	}
	c, d := codeString(cause.get("code")), cause.str("description")
	if c == "" || strings.Contains(c, " ") || strings.Trim(c, ".…") == "" {
		return r // a sentence in the code's place ("Method not allowed") is no code, nor an ellipsis
	}
	// The cause is the specific code. One documented with another status than the
	// paste's does not describe this response (cause 2000 "payment not found" under a 401
	// for a bad token): the envelope's own code does.
	status := f.status
	if status == 0 {
		status = intValue(b.get("status"))
	}
	// A cause in the entry's own words is that entry whatever the status (cause 5, "Must
	// provide your access_token to proceed", comes with a 401 as often as a 400).
	if e, ok := p.Lookup(c); ok && (e.Status == 0 || status == 0 || e.Status == status || longestMatch(e, d) != "") {
		return reading{code: c, k: entryKnowledge(p, e), message: d}
	}
	if _, documented := p.Lookup(c); !documented {
		// An undocumented cause is still the code of the error; what the envelope's code
		// means explains it.
		r.code, r.undocumented = c, true
	}
	if d != "" {
		r.message = d
		r.note = same("cause " + c + ": " + d)
	}
	return r
}
