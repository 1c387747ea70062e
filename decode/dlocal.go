package decode

import "github.com/decifra/decifra/catalog"

// dLocal: {"code": 3000–7000, "message", "param"}; a refused payment is the payment with
// status REJECTED and status_code 300–326.
var dLocalReader = reader{provider: catalog.DLocal, score: scoreDLocal, read: readDLocal}

func scoreDLocal(f *facts, c *codeOwners) []signal {
	b := f.body
	if b.str("status") == "REJECTED" && b.has("status_code") && b.has("status_detail") && b.has("payment_method_id") {
		return with(nil, 3, catalog.SaidPaymentREJECTEDStatusCodePayment)
	}
	if n := intValue(b.get("code")); n >= 3000 && n <= 7000 && b.has("message") && len(b.members) <= 3 {
		c := codeString(b.get("code"))
		return withf(nil, 1.5, catalog.SaidNumericCodeMessageDLocalErrors, nil, c)
	}
	return nil
}

func readDLocal(f *facts, p *catalog.Provider) reading {
	b := f.body
	if b.str("status") == "REJECTED" {
		r := lookup(p, codeString(b.get("status_code")))
		r.message, r.decline = b.str("status_detail"), true
		return r
	}
	r := lookup(p, codeString(b.get("code")))
	r.message = b.str("message")
	return r
}
