package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Mercado Pago: {message, error, status, cause: [{code, description, data}]}, a policy
// agent's {blocked_by: "PolicyAgent"}, and payments refused with status_detail.
var mercadoPagoReader = reader{provider: catalog.MercadoPago, score: scoreMercadoPago, read: readMercadoPago, failure: mercadoPagoRejected}

func scoreMercadoPago(f *facts, c *codeOwners) []signal {
	b := f.body
	_, causeIsList := b.get("cause").([]any)
	switch d := b.str("status_detail"); {
	case causeIsList && b.has("error") && b.has("message"):
		return []signal{{3, tx("message/error/status/cause envelope (Mercado Pago)", "envelope message/error/status/cause (Mercado Pago)",
			"sobre message/error/status/cause (Mercado Pago)")}}
	case b.str("blocked_by") == "PolicyAgent":
		return []signal{{3, tx("blocked_by: PolicyAgent (Mercado Pago's policy agent)", "blocked_by: PolicyAgent (agente de políticas do Mercado Pago)",
			"blocked_by: PolicyAgent (agente de políticas de Mercado Pago)")}}
	case strings.HasPrefix(d, "cc_rejected_") || d == "pending_review_manual" || d == "pending_contingency":
		return []signal{{3, tx("status_detail "+d+" (a Mercado Pago payment's result)", "status_detail "+d+" (resultado de um pagamento do Mercado Pago)",
			"status_detail "+d+" (resultado de un pago de Mercado Pago)")}}
	}
	return nil
}

// mercadoPagoRejected: a refused payment, sent as HTTP 201 with status rejected.
func mercadoPagoRejected(o *object) bool {
	return o.str("status") == "rejected" && o.has("status_detail")
}

func readMercadoPago(f *facts, p *catalog.Provider) reading {
	b := f.body
	if d := b.str("status_detail"); d != "" {
		return lookup(p, d)
	}
	code := codeString(b.get("code"))
	if code == "" {
		code = b.str("error")
	}
	r := lookup(p, code)
	cause := firstItem(b, "cause")
	c, d := codeString(cause.get("code")), cause.str("description")
	if c == "" {
		return r
	}
	// The cause is the specific code. One documented with another status than the
	// paste's does not describe this response (cause 2000 "payment not found" under a 401
	// for a bad token): the envelope's own code does.
	status := f.status
	if status == 0 {
		status = intValue(b.get("status"))
	}
	if e, ok := p.Lookup(c); ok && (e.Status == 0 || status == 0 || e.Status == status) {
		return reading{code: c, k: entryKnowledge(p, e), message: d}
	}
	if _, documented := p.Lookup(c); !documented {
		// An undocumented cause is still the code of the error; what the envelope's code
		// means explains it.
		r.code, r.undocumented = c, true
	}
	if d != "" {
		r.message = d
		r.note = tx("cause "+c+": "+d, "cause "+c+": "+d, "cause "+c+": "+d)
	}
	return r
}
