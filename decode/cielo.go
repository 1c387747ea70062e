package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Cielo (API E-commerce 3.0): integration errors as a top-level array of {"Code":
// number, "Message"}; a refused sale answered 201 with Payment.ReturnCode/ReturnMessage
// (the acquirer's or the issuer's code) and Payment.ReasonCode/ReasonMessage.
var cieloReader = reader{provider: catalog.Cielo, score: scoreCielo, read: readCielo, failure: cieloRefusal}

func scoreCielo(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	if f.parts.array && b.has("Code") && b.has("Message") && len(b.members) <= 3 {
		s = append(s, signal{2.5, tx("a top-level array of {Code, Message} in PascalCase (Cielo's integration errors)",
			"uma lista no topo de {Code, Message} em PascalCase (erros de integração da Cielo)",
			"una lista en el nivel superior de {Code, Message} en PascalCase (errores de integración de Cielo)")})
	}
	if pay := b.obj("Payment"); pay.has("ReturnCode") || pay.has("ReasonCode") {
		s = append(s, signal{3, tx("Payment.ReturnCode/ReasonCode (a Cielo sale)", "Payment.ReturnCode/ReasonCode (uma venda da Cielo)",
			"Payment.ReturnCode/ReasonCode (una venta de Cielo)")})
	} else if b.has("ReturnCode") && b.has("ReturnMessage") {
		s = append(s, signal{2.5, tx("ReturnCode and ReturnMessage in PascalCase (Cielo)", "ReturnCode e ReturnMessage em PascalCase (Cielo)",
			"ReturnCode y ReturnMessage en PascalCase (Cielo)")})
	}
	if b.has("MerchantOrderId") {
		s = append(s, signal{0.5, tx("MerchantOrderId (Cielo's order reference)", "MerchantOrderId (referência do pedido na Cielo)",
			"MerchantOrderId (referencia del pedido en Cielo)")})
	}
	return s
}

// cieloPayment is the sale's Payment, or the body itself for Zero Auth's flat answer.
func cieloPayment(b *object) *object {
	if p := b.obj("Payment"); p != nil {
		return p
	}
	return b
}

// cieloRefusal: a sale answered with success whose payment was denied or aborted
// (Payment.Status 3 or 13), or a Zero Auth with Valid false.
func cieloRefusal(b *object) bool {
	p := b.obj("Payment")
	if p != nil && p.has("ReturnCode") {
		switch codeString(p.get("Status")) {
		case "3", "13":
			return true
		}
	}
	// The PHP SDK's Payment object printed alone: [returnCode:…:private] => 05, [status:…] => 3.
	if p == nil && b.getFold("ReturnCode") != nil && b.getFold("ReturnMessage") != nil {
		switch codeString(b.getFold("Status")) {
		case "3", "13":
			return true
		}
	}
	v, ok := b.get("Valid").(bool)
	return ok && !v && b.has("ReturnCode")
}

func readCielo(f *facts, p *catalog.Provider) reading {
	if !cieloRefusal(f.body) && !f.body.obj("Payment").has("ReasonCode") {
		r := lookup(p, codeString(f.body.get("Code")))
		r.message = f.body.str("Message")
		return r
	}
	pay := cieloPayment(f.body)
	rc := strings.TrimSpace(codeString(pay.getFold("ReturnCode")))
	r := reading{code: rc, message: scalarText(pay.getFold("ReturnMessage")), decline: cieloRefusal(f.body)}
	r.card = &cardDecline{mac: macIn(pay), brand: brandIn(pay.obj("CreditCard"), pay.obj("DebitCard"), pay)}
	if e, ok := p.LookupIn("ReturnCode", rc); ok {
		r.k = entryKnowledge(p, e)
	} else if e, ok := catalog.IssuerCode(rc); ok {
		r.k = issuerKnowledge(e) // a numeric ReturnCode is the issuer's ABECS code
		r.card.issuer, r.card.issuerAt, r.card.issuerExplains = rc, "Payment.ReturnCode", true
	} else if e, ok := p.LookupIn("ReasonCode", codeString(pay.get("ReasonCode"))); ok {
		r.code, r.k = e.Code, entryKnowledge(p, e)
	}
	if reason := pay.str("ReasonMessage"); reason != "" {
		r.note = tx("ReasonCode "+codeString(pay.get("ReasonCode"))+" ("+reason+")", "ReasonCode "+codeString(pay.get("ReasonCode"))+" ("+reason+")",
			"ReasonCode "+codeString(pay.get("ReasonCode"))+" ("+reason+")")
	}
	return r
}
