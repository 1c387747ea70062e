package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// PagBank (PagSeguro): {error_messages: [{code, description, parameter_name, error}]}, and
// charges DECLINED in a successful response, with payment_response, and the v2/v3 APIs'
// transactions cancelled (status 7, with cancellationSource).
var pagBankReader = reader{provider: catalog.PagBank, score: scorePagBank, read: readPagBank,
	failure: func(o *object) bool { return pagBankDecline(o) != nil || pagSeguroCancelled(o) != "" }}

func scorePagBank(f *facts, c *codeOwners) []signal {
	var s []signal
	if pagBankErrorItem(firstItem(f.body, "error_messages")) {
		s = with(s, 3, catalog.SaidErrorMessagesArrayPagBankS)
	}
	if e := pagSeguroXMLError(f.body); e != nil {
		s = with(s, 2.5, catalog.SaidErrorsErrorCodeMessagePagSeguro)
		if code := codeString(e.get("code")); catalog.PagBank.Documents(code) {
			s = withf(s, 1, catalog.SaidCodePagSeguro, nil, code)
		}
	}
	if pagBankDecline(f.body) != nil {
		s = with(s, 3, catalog.SaidChargeStatusDECLINEDPaymentResponse)
	}
	if pagSeguroCancelled(f.body) != "" {
		// Two members only PagSeguro writes together: enough alone, short of a host's
		// weight or another provider's error beside them.
		s = with(s, claimThreshold, catalog.SaidTransactionStatus7CancellationSource)
	}
	return s
}

// pagSeguroCancelled returns the cancellationSource of a PagSeguro v2/v3 transaction in
// status 7 (Cancelada), as its notification and query APIs answer
// (<transaction><status>7</status><cancellationSource>INTERNAL</cancellationSource>…):
// INTERNAL when PagSeguro cancelled it, EXTERNAL when the financial institution did; ""
// when the body is not one.
func pagSeguroCancelled(b *object) string {
	if t := b.obj("transaction"); t != nil {
		b = t
	}
	if s := b.str("cancellationSource"); (s == "INTERNAL" || s == "EXTERNAL") && scalarText(b.get("status")) == "7" {
		return s
	}
	return ""
}

// pagBankErrorItem reports whether an item of error_messages is PagBank's: it has a code,
// description or parameter_name, not another API's error_code and error_key (Aria's
// Direct Post handler's error_messages list).
func pagBankErrorItem(item *object) bool {
	return item.has("code") || item.has("description") || item.has("parameter_name")
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

// pagSeguroXMLError is the first <error> of PagSeguro's v2/v3 XML answer
// (<errors><error><code>…</code><message>…</message></error></errors>), read as
// {"error": {"code", "message"}} or {"errors": {"error": …}}; nil when the body is not
// one. XML gives text: the code is a string of five digits, never a JSON number.
func pagSeguroXMLError(b *object) *object {
	for _, o := range []*object{b, b.obj("errors")} {
		var e *object
		switch v := o.get("error").(type) {
		case *object:
			e = v
		case []any:
			if len(v) > 0 { // "error": [] (a cut-off or hostile paste) holds none
				e, _ = v[0].(*object)
			}
		}
		// XML's text, or a dump's number (print_r's [code] => 13021).
		if code := scalarText(e.get("code")); len(code) == 5 && isNumber(code) && len(o.members) == 1 {
			return e
		}
	}
	return nil
}

func readPagBank(f *facts, p *catalog.Provider) reading {
	if e := pagSeguroXMLError(f.body); e != nil {
		code := codeString(e.get("code"))
		r := reading{code: code, message: e.str("message")}
		if entry, ok := p.LookupIn("xml", code); ok {
			r.k = entryKnowledge(p, entry)
		} else if entry, ok := p.Lookup(code); ok {
			r.k = entryKnowledge(p, entry)
		}
		return r
	}
	if s := pagSeguroCancelled(f.body); s != "" {
		r := reading{code: "7"}
		if entry, ok := p.LookupIn(s, "7"); ok {
			r.k = entryKnowledge(p, entry)
		}
		return r
	}
	if pr := pagBankDecline(f.body); pr != nil {
		code := codeString(pr.get("code"))
		r := lookup(p, code)
		r.message, r.decline = pr.str("message"), true
		raw := pr.obj("raw_data")
		r.card = &cardDecline{mac: macIn(raw, pr), brand: brandIn(firstItem(f.body, "charges").obj("payment_method").obj("card"),
			f.body.obj("payment_method").obj("card"))}
		// The issuer's own ABECS code in raw_data is the reason: it wins over PagBank's
		// code, listed or not (decline.go's policy).
		if rc := codeString(raw.get("reason_code")); rc != "" {
			if e, ok := catalog.IssuerCode(rc); ok {
				r.k = issuerKnowledge(e)
				r.card.issuer, r.card.issuerAt, r.card.issuerExplains = rc, "raw_data.reason_code", true
				r.note = fill(catalog.SaidPagBankCodeIssuerRawDataReason, code, rc)
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
