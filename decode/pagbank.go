package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// PagBank (PagSeguro): {error_messages: [{code, description, parameter_name, error}]}, and
// charges DECLINED in a successful response, with payment_response.
var pagBankReader = reader{provider: catalog.PagBank, score: scorePagBank, read: readPagBank,
	failure: func(o *object) bool { return pagBankDecline(o) != nil }}

func scorePagBank(f *facts, c *codeOwners) []signal {
	var s []signal
	if firstItem(f.body, "error_messages") != nil {
		s = append(s, signal{3, tx("error_messages array (PagBank's envelope)", "lista error_messages (envelope do PagBank)",
			"lista error_messages (sobre de PagBank)")})
	}
	if pagBankDecline(f.body) != nil {
		s = append(s, signal{3, tx("charge with status DECLINED and a payment_response (PagBank's declined charge)",
			"cobrança com status DECLINED e payment_response (cobrança negada no PagBank)",
			"cobro con status DECLINED y payment_response (cobro rechazado en PagBank)")})
	}
	return s
}

// pagBankDecline returns the payment_response of a declined PagBank charge: the body's
// own (a charge) or its first charge's (an order); nil when the body holds none.
func pagBankDecline(b *object) *object {
	for _, c := range []*object{b, firstItem(b, "charges")} {
		if c != nil && strings.EqualFold(c.str("status"), "DECLINED") && c.obj("payment_response") != nil {
			return c.obj("payment_response")
		}
	}
	return nil
}

func readPagBank(f *facts, p *catalog.Provider) reading {
	if pr := pagBankDecline(f.body); pr != nil {
		code := codeString(pr.get("code"))
		r := lookup(p, code)
		r.message, r.decline = pr.str("message"), true
		if r.k != nil {
			return r
		}
		// A code PagBank does not list: the issuer's own ABECS code in raw_data may.
		if rc := codeString(pr.obj("raw_data").get("reason_code")); rc != "" {
			if e, ok := catalog.IssuerCode(rc); ok {
				r.k = issuerKnowledge(e)
				r.note = tx("raw_data.reason_code "+rc+" (ABECS)", "raw_data.reason_code "+rc+" (ABECS)", "raw_data.reason_code "+rc+" (ABECS)")
			}
		}
		return r
	}
	item := firstItem(f.body, "error_messages")
	code := item.str("code")
	if code == "" {
		code = item.str("error") // Checkout, Recurring and Transfers name it error
	}
	r := lookup(p, code)
	r.message = item.str("description")
	return r
}
