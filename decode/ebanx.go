package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// EBANX: {"status": "ERROR", "status_code": "BP-…", "status_message"}, often with HTTP
// 200.
var ebanxReader = reader{provider: catalog.EBANX, score: scoreEBANX, read: readEBANX, failure: ebanxRefused}

// ebanxRefused: a payment EBANX answered with status SUCCESS whose
// payment.transaction_status says the acquirer refused it (code NOK).
func ebanxRefused(o *object) bool {
	return ebanxRefusal(o) != nil
}

// ebanxRefusal is the transaction_status of a refused EBANX payment, or of a card
// verification ({"card_verification": {"transaction_status": {"code": "NOK", …}}}); nil
// for anything else.
func ebanxRefusal(o *object) *object {
	for _, k := range [...]string{"payment", "card_verification"} {
		if ts := o.obj(k).obj("transaction_status"); ts.str("code") == "NOK" {
			return ts
		}
	}
	return nil
}

func scoreEBANX(f *facts, c *codeOwners) []signal {
	b := f.body
	if ebanxRefused(b) {
		return with(nil, 3, catalog.SaidTransactionStatusCodeNOKEBANX)
	}
	if !strings.EqualFold(b.str("status"), "ERROR") || !b.has("status_code") || !b.has("status_message") {
		return nil
	}
	s := with(nil, 2.5, catalog.SaidStatusERRORStatusCodeStatus)
	if code := b.str("status_code"); strings.HasPrefix(code, "BP-") || strings.HasPrefix(code, "HP-") || catalog.EBANX.Documents(code) {
		s = withf(s, 1, catalog.SaidStatusCodeEBANX, nil, code)
	}
	return s
}

func readEBANX(f *facts, p *catalog.Provider) reading {
	if ts := ebanxRefusal(f.body); ts != nil {
		return reading{code: "NOK", message: ts.str("description"), decline: true}
	}
	r := lookup(p, f.body.str("status_code"))
	r.message = f.body.str("status_message")
	return r
}
