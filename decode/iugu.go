package decode

import "github.com/decifra/decifra/catalog"

// iugu: {"errors": {field: [messages]}} or {"errors": "Unauthorized"}; direct charges
// answer {message, errors, success, LR, invoice_id}.
var iuguReader = reader{provider: catalog.Iugu, score: scoreIugu, read: readIugu}

func scoreIugu(f *facts, c *codeOwners) []signal {
	b := f.body
	if b.has("LR") && b.has("success") && b.has("invoice_id") {
		return []signal{{3, tx("LR, success and invoice_id (an iugu direct charge)", "LR, success e invoice_id (uma cobrança direta da iugu)",
			"LR, success e invoice_id (un cobro directo de iugu)")}}
	}
	return nil
}

func readIugu(f *facts, p *catalog.Provider) reading {
	b := f.body
	if lr := codeString(b.get("LR")); lr != "" && b.has("invoice_id") {
		r := reading{code: lr, message: b.str("message"), decline: true}
		if e, ok := catalog.IssuerCode(lr); ok {
			r.k = issuerKnowledge(e)
		}
		return r
	}
	if s, ok := b.get("errors").(string); ok {
		r := lookup(p, s)
		r.message = s
		return r
	}
	return reading{}
}
