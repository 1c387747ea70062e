package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// iugu: {"errors": {field: [messages]}} or {"errors": "Unauthorized"}; direct charges
// answer {message, errors, success, LR, invoice_id}.
var iuguReader = reader{provider: catalog.Iugu, score: scoreIugu, read: readIugu}

func scoreIugu(f *facts, c *codeOwners) []signal {
	b := f.body
	if b.has("LR") && b.has("success") && b.has("invoice_id") {
		return with(nil, 3, catalog.SaidLRSuccessInvoiceIdIugu)
	}
	// Rails' {"errors": {field: [messages]}} alone, in Portuguese: iugu's validation
	// errors (Pagar.me v5 and Laravel put a message beside it).
	if errs := b.obj("errors"); errs != nil && len(b.members) == 1 && looksPortuguese(flatText(errs)) {
		return with(nil, 1.5, catalog.SaidErrorsObjectPortugueseMessagesField)
	}
	return nil
}

// flatText is every string in o, joined by spaces.
func flatText(o *object) string {
	var b strings.Builder
	for _, m := range o.members {
		for _, s := range stringsOf(m.val) {
			b.WriteString(s + " ")
		}
	}
	return b.String()
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
