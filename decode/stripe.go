package decode

import (
	"slices"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Stripe: {"error": {type, code, decline_code, doc_url, request_log_url, …}}.
var stripeReader = reader{provider: catalog.Stripe, score: scoreStripe, read: readStripe}

var stripeTypes = [...]string{"api_error", "card_error", "idempotency_error", "invalid_request_error"}

func scoreStripe(f *facts, c *codeOwners) []signal {
	e := f.body.obj("error")
	if e == nil {
		return nil
	}
	var s []signal
	if typ := e.str("type"); slices.Contains(stripeTypes[:], typ) {
		s = append(s, signal{2.5, tx("error.type "+typ+" is one of Stripe's four error types",
			"error.type "+typ+" é um dos quatro tipos de erro da Stripe",
			"error.type "+typ+" es uno de los cuatro tipos de error de Stripe")})
	}
	if e.has("decline_code") {
		s = append(s, signal{1, tx("error.decline_code (Stripe's issuer decline reason)",
			"error.decline_code (motivo da recusa do emissor, na Stripe)",
			"error.decline_code (motivo del rechazo del emisor, en Stripe)")})
	}
	if strings.Contains(e.str("doc_url"), "stripe.com") {
		s = append(s, signal{1.5, tx("doc_url points to stripe.com", "doc_url aponta para stripe.com", "doc_url apunta a stripe.com")})
	}
	if e.has("request_log_url") {
		s = append(s, signal{1, tx("request_log_url (Stripe Dashboard log)", "request_log_url (log do Dashboard da Stripe)",
			"request_log_url (registro del Dashboard de Stripe)")})
	}
	if ec := e.str("code"); ec != "" && len(f.body.members) == 1 && ec == strings.ToLower(ec) && catalog.Stripe.Documents(ec) {
		s = append(s, signal{2, tx("a lone error object whose code "+ec+" is Stripe's",
			"um objeto error sozinho cujo código "+ec+" é da Stripe",
			"un objeto error solo cuyo código "+ec+" es de Stripe")})
	}
	if headerValue(f.headers, "Stripe-Should-Retry") != "" {
		s = append(s, signal{2, tx("Stripe-Should-Retry header", "cabeçalho Stripe-Should-Retry", "encabezado Stripe-Should-Retry")})
	}
	return s
}

// readStripe explains by the most specific code: the issuer's decline_code, then the
// error code, then the error type.
func readStripe(f *facts, p *catalog.Provider) reading {
	e := f.body.obj("error")
	code := e.str("code")
	if code == "" {
		code = e.str("type")
	}
	r := reading{code: code, message: e.str("message")}
	for _, c := range [...]string{e.str("decline_code"), e.str("code"), e.str("type")} {
		if entry, ok := p.Lookup(c); ok {
			r.k = entryKnowledge(p, entry)
			break
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
		r.note = tx("Stripe says: "+said, "A Stripe informa: "+said, "Stripe indica: "+said)
	}
	return r
}
