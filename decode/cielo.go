package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Cielo (API E-commerce 3.0): integration errors as a top-level array of {"Code":
// number, "Message"}; a refused sale answered 201 with Payment.ReturnCode/ReturnMessage
// (the acquirer's or the issuer's code) and Payment.ReasonCode/ReasonMessage. The legacy
// Webservice 1.5 (XML) answers <erro xmlns="http://ecommerce.cbmp.com.br"><codigo>001</codigo>
// <mensagem>…</mensagem></erro>, which SDKs print as {"erro": {"codigo", "mensagem"}}.
var cieloReader = reader{provider: catalog.Cielo, score: scoreCielo, read: readCielo, failure: cieloRefusal}

func scoreCielo(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	// Its codes are numbers of three digits at most (245, Split's, is in no table we
	// cite): a PascalCase list of {"Code": "InvalidSubscription"} or 1001 is another
	// .NET API's.
	if f.parts.array && b.has("Code") && b.has("Message") && len(b.members) <= 3 && (isNumber(f.code) && len(f.code) <= 3 || catalog.Cielo.Documents(f.code)) {
		s = with(s, 2.5, catalog.SaidTopLevelArrayCodeMessage)
	}
	if pay := b.obj("Payment"); pay.has("ReturnCode") || pay.has("ReasonCode") {
		s = with(s, 3, catalog.SaidPaymentReturnCodeReasonCodeCieloSale)
	} else if b.has("ReturnCode") && b.has("ReturnMessage") {
		s = with(s, 2.5, catalog.SaidReturnCodeReturnMessagePascalCaseCielo)
	}
	if b.has("MerchantOrderId") {
		s = with(s, 0.5, catalog.SaidMerchantOrderIdCieloSOrderReference)
	}
	return append(s, scoreCieloErro(f)...)
}

// cieloNamespace is the XML namespace of every Webservice 1.5 answer (and the host of its
// old production endpoint): no other API writes it.
const cieloNamespace = "ecommerce.cbmp.com.br"

// cieloErroContext is the catalog context of Webservice 1.5's <erro> codes.
const cieloErroContext = "erro"

// cieloErro is Webservice 1.5's error in a body: {"erro": {"codigo", "mensagem"}} as an
// SDK prints it (wrapped true), or {codigo, mensagem} alone, as the XML reader or a PHP
// dump of the SimpleXMLElement gives it (wrapped true only when the paste shows the
// <erro> element). nil when the body is neither.
func cieloErro(f *facts) (e *object, wrapped bool) {
	b := f.body
	if o := b.obj("erro"); o.has("codigo") && o.has("mensagem") && len(b.members) <= 2 && len(o.members) <= 3 {
		return o, true
	}
	if b.has("codigo") && b.has("mensagem") && len(b.members) <= 3 {
		return b, hasErroElement(f.masked)
	}
	return nil, false
}

// hasErroElement reports whether text holds an <erro> element (the XML reader keeps only
// what is inside it).
func hasErroElement(text string) bool {
	text = text[:min(len(text), 64<<10)]
	return strings.Contains(text, "<erro>") || strings.Contains(text, "<erro ")
}

// cieloErroCode is the <codigo> as the catalog keys it: three digits, zero-padded (an
// SDK that converted it to a number prints 1 for 001); padded says it was.
func cieloErroCode(v any) (code string, padded bool) {
	code = strings.TrimSpace(codeString(v))
	if isNumber(code) && len(code) < 3 {
		return strings.Repeat("0", 3-len(code)) + code, true
	}
	return code, false
}

// scoreCieloErro is the evidence of a Webservice 1.5 error. The wrapper alone is
// moderate (Bradesco, Sicoob and others also say codigo and mensagem); a code of the
// manual's table in it makes it strong; the namespace is decisive. A paste in words
// counts a code of the table beside Cielo's own message for it ("O XML informado não é
// valido").
func scoreCieloErro(f *facts) []signal {
	var s []signal
	// ".cbmp." first: a rarer first byte than the namespace's "e" makes the scan quick.
	if head := f.masked[:min(len(f.masked), 64<<10)]; strings.Contains(head, ".cbmp.") && strings.Contains(head, cieloNamespace) {
		s = withf(s, 3, catalog.SaidXMLNamespaceOldHostCielo, nil, cieloNamespace)
	}
	e, wrapped := cieloErro(f)
	code, text := f.code, f.lower
	if e != nil {
		var padded bool
		code, padded = cieloErroCode(e.get("codigo"))
		text = strings.ToLower(e.str("mensagem"))
		if wrapped {
			s = with(s, 1.5, catalog.SaidErroCodigoMensagemErroCielo)
		}
		if _, ok := catalog.Cielo.LookupIn(cieloErroContext, code); ok {
			w := 0.5
			if wrapped && !padded {
				w = 1.5
			}
			s = withf(s, w, catalog.SaidCodigoErrorTableCieloWebservice, nil, code)
		}
	}
	if e == nil && (text == "" || !catalog.Cielo.Documents(code)) {
		return s // words without a code of Cielo's are not looked through
	}
	if m, ok := cieloErroMatch(code, text); ok {
		w, en, pt, es := 1.0, "the message is Cielo Webservice 1.5's own text", "a mensagem é o texto próprio do Webservice 1.5 da Cielo", "el mensaje es el texto propio del Webservice 1.5 de Cielo"
		if m.Code == code {
			w, en, pt, es = 2.5, en+" for code "+code, pt+" para o código "+code, es+" para el código "+code
		}
		s = with(s, w, catalog.Text{EN: en, PT: pt, ES: es})
	}
	return s
}

// cieloErroMatch finds the Webservice 1.5 entry whose Match phrase text holds: code's own
// first, else any of the table's.
func cieloErroMatch(code, text string) (catalog.Entry, bool) {
	if text == "" {
		return catalog.Entry{}, false
	}
	if e, ok := catalog.Cielo.LookupIn(cieloErroContext, code); ok && longestMatch(e, text) != "" {
		return e, true
	}
	lower := strings.ToLower(text)
	for _, m := range matchPhrases(catalog.Cielo) {
		if m.context == cieloErroContext && strings.Contains(lower, m.phrase) {
			return catalog.Cielo.Entry(m.entry), true
		}
	}
	return catalog.Entry{}, false
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
		case "0":
			// NotFinished, with a return code that is no approval: the sale never
			// finished (the Simulado provider's ReturnCode 99, "Timeout").
			rc := strings.TrimSpace(codeString(p.get("ReturnCode")))
			return rc != "" && rc != "4" && rc != "6" && rc != "00" && rc != "0"
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
	if e, _ := cieloErro(f); e != nil {
		return readCieloErro(f, p, e)
	}
	if !cieloRefusal(f.body) && !f.body.obj("Payment").has("ReasonCode") {
		r := lookup(p, codeString(f.body.get("Code")))
		r.message = f.body.str("Message")
		return r
	}
	pay := cieloPayment(f.body)
	rc := strings.TrimSpace(codeString(pay.getFold("ReturnCode")))
	// A sale that never finished (Status 0) is no refusal: its outcome is not known.
	r := reading{code: rc, message: scalarText(pay.getFold("ReturnMessage")), decline: cieloRefusal(f.body) && codeString(pay.get("Status")) != "0"}
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
		rc := codeString(pay.get("ReasonCode"))
		r.note = same("ReasonCode " + rc + " (" + reason + ")")
	}
	return r
}

// readCieloErro reads a Webservice 1.5 <erro>: the code is its codigo, the message its
// mensagem, the knowledge the manual's error table's (context "erro"). A codigo an SDK
// turned into a number (1) is read as the table writes it (001).
func readCieloErro(f *facts, p *catalog.Provider, e *object) reading {
	raw := strings.TrimSpace(codeString(e.get("codigo")))
	code, padded := cieloErroCode(e.get("codigo"))
	r := reading{code: raw, message: strings.TrimSpace(e.str("mensagem"))}
	if entry, ok := p.LookupIn(cieloErroContext, code); ok {
		r.code, r.k = code, entryKnowledge(p, entry)
		if padded {
			r.note = fill(catalog.SaidCodigoReadCieloManualWrites, raw, code)
		}
	} else if m, ok := cieloErroMatch(code, strings.ToLower(r.message)); ok && raw == "" {
		r.code, r.k = m.Code, entryKnowledge(p, m)
	}
	return r
}
