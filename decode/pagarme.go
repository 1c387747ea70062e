package decode

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Pagar.me: v5's {message, errors: {field: [messages]}, request}, v1–v4's {errors:
// [{message, parameter_name, type}], method, url}, and v5 charges that failed at the
// acquirer, answered with success.
var pagarMeReader = reader{provider: catalog.PagarMe, score: scorePagarMe, read: readPagarMe,
	failure: func(o *object) bool { return pagarMeDecline(o) != nil }}

func scorePagarMe(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	if errs := b.obj("errors"); errs != nil && b.has("message") {
		// Laravel's validation errors have the same shape ({"message": "The given data was
		// invalid.", "errors": {"email": […]}}): the shape alone does not make Pagar.me.
		s = with(s, 1.5, catalog.SaidMessageErrorsObjectFieldLists)
		if b.str("message") == "The request is invalid." {
			s = with(s, 1, catalog.SaidMessageRequestInvalidPagarMe)
		}
		if b.has("request") {
			s = with(s, 1, catalog.SaidRequestMemberEchoingRequestPagar)
		}
	}
	if pagarMeDecline(b) != nil {
		s = with(s, 3, catalog.SaidChargeWhoseLastTransactionWas)
	}
	if item := firstItem(b, "errors"); item != nil && item.has("parameter_name") && item.has("type") && b.has("method") && b.has("url") {
		s = with(s, 3, catalog.SaidErrorsMessageParameterNameType)
	}
	// One item of that list printed alone, whose type Pagar.me documents.
	if pagarMeItem(b) && catalog.PagarMe.Documents(b.str("type")) {
		typ := b.str("type")
		s = withf(s, 2.5, catalog.SaidTypeParameterNameMessageType, nil, typ)
	}
	return s
}

// pagarMeItem reports whether b is one item of Pagar.me v1–v4's errors list, alone.
func pagarMeItem(b *object) bool {
	return b.has("type") && b.has("parameter_name") && b.has("message") && len(b.members) == 3
}

// pagarMeDecline returns the last_transaction of a failed Pagar.me v5 charge: the body's
// own (a charge) or its first charge's (an order); nil when the body holds none. Its
// SDKs print the same answer with its names in camelCase (lastTransaction,
// gatewayResponse, acquirerReturnCode), read with its own marks beside them.
func pagarMeDecline(b *object) *object {
	for _, c := range []*object{b, firstItem(b, "charges")} {
		if c == nil || c.str("status") != "failed" {
			continue
		}
		if t := c.obj("last_transaction"); t != nil && (t.has("acquirer_return_code") || t.has("gateway_response") || t.has("acquirer_message")) {
			return t
		}
		// The SDKs' camelCase print: lastTransaction and gatewayResponse are any app's
		// names too, so only with Pagar.me's own marks: a tran_ id, its transactionType
		// or acquirerReturnCode, and a gateway response in its own shape ({code,
		// errors: [{message}]}), not another provider's error kept under that name.
		if t := c.obj("lastTransaction"); t != nil && (strings.HasPrefix(t.str("id"), "tran_") || t.has("transactionType") || t.has("acquirerReturnCode")) {
			if g := t.obj("gatewayResponse"); t.has("acquirerReturnCode") || g != nil && g.has("code") && firstItem(g, "errors").has("message") {
				return t
			}
		}
	}
	return nil
}

// pagarMeGateway is a transaction's gateway_response (gatewayResponse in its SDKs).
func pagarMeGateway(t *object) *object {
	if g := t.obj("gateway_response"); g != nil {
		return g
	}
	return t.obj("gatewayResponse")
}

// pagarMeGatewayType is the type of error the gateway's message begins with, in its
// "type | parameter | message" form ("action_forbidden |  | Sem ambiente configurado
// para este tipo de transação."), when Pagar.me documents it; "" otherwise.
func pagarMeGatewayType(p *catalog.Provider, message string) string {
	typ, _, ok := strings.Cut(message, " | ")
	if !ok || typ == "" || strings.ToLower(typ) != typ || strings.ContainsAny(typ, " .") || !p.Documents(typ) {
		return ""
	}
	return typ
}

func readPagarMe(f *facts, p *catalog.Provider) reading {
	if t := pagarMeDecline(f.body); t != nil {
		code := codeString(t.get("acquirer_return_code"))
		if code == "" {
			code = codeString(t.get("acquirerReturnCode"))
		}
		r := reading{code: code, message: cmp.Or(t.str("acquirer_message"), t.str("acquirerMessage")), decline: true}
		if r.message == "" {
			r.message = firstItem(pagarMeGateway(t), "errors").str("message")
			if typ := pagarMeGatewayType(p, r.message); code == "" && typ != "" {
				// The gateway refused the request, not the issuer the card: its own error.
				msg := r.message
				r = lookup(p, typ)
				r.message = msg
				return r
			}
		}
		if e, ok := catalog.IssuerCode(code); ok { // the acquirer passes the issuer's ABECS code on
			r.k = issuerKnowledge(e)
		}
		r.card = &cardDecline{issuer: code, issuerAt: "acquirer_return_code", issuerExplains: r.k != nil,
			mac: macIn(t, pagarMeGateway(t)), brand: brandIn(t.obj("card"), t)}
		st := t.str("status")
		r.note = fill(catalog.SaidFailedChargeLastTransactionStatus, st)
		return r
	}
	item := firstItem(f.body, "errors")
	if pagarMeItem(f.body) {
		item = f.body
	}
	if item.str("type") != "" {
		r := lookup(p, item.str("type"))
		r.message = item.str("message")
		return r
	}
	// A v5 message that quotes the gateway's error in its "type | parameter | message"
	// form: "The recipient could not be created : action_forbidden |  | This company it not
	// allowed to create a recipient".
	if m := f.body.str("message"); f.code == "" && strings.Contains(m, " | ") {
		if c := pipedTypeCode(strings.Join(strings.Fields(m), " ")); c != "" && p.Documents(c) {
			r := lookup(p, c)
			r.message = m
			return r
		}
	}
	// v5 bodies carry no code: Pagar.me documents its errors by status.
	status := strconv.Itoa(f.status)
	r := lookup(p, status)
	r.code, r.message = "", f.body.str("message")
	if r.k != nil {
		r.note = fill(catalog.SaidPagarMeVBodiesCarryNo, status)
	}
	return r
}
