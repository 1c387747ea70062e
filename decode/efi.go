package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Efí (Gerencianet): Pix and the newer APIs answer {"nome", "mensagem"}; Cobranças
// answers {"code": number, "error", "error_description": {property, message}}; Pix may
// also answer the Central Bank's problems, which only the host tells apart.
var efiReader = reader{provider: catalog.Efi, score: scoreEfi, read: readEfi,
	failure: func(o *object) bool { return o.has("nome") && o.has("mensagem") }}

func scoreEfi(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	if b.has("nome") && b.has("mensagem") {
		s = with(s, 3, catalog.SaidNomeMensagemEfSEnvelope)
	}
	if efiCode(b.get("code")) && b.has("error") && b.has("error_description") {
		s = with(s, 2.5, catalog.SaidNumericCodeErrorErrorDescription)
		if catalog.Efi.Documents(codeString(b.get("code"))) {
			c := codeString(b.get("code"))
			s = withf(s, 1, catalog.SaidCodeEfi, nil, c)
		}
	}
	return append(s, implementsAPIPix(f, catalog.Efi)...)
}

// efiCode says whether v is a Cobranças code: a number, or seven digits in a string as
// some of its answers quote it ({"code": "4600009", "error": "server_error"}), one Efí
// documents or of its families (350…, 460…, 469…).
func efiCode(v any) bool {
	if n, isNum := v.(number); isNum {
		// Not an HTTP status: {"code": 401, "error": "invalid_token", "error_description":
		// …} is any OAuth server's (GovStack's spec); Efí's codes are its own numbers.
		return validStatus(intValue(n)) == 0
	}
	c, _ := v.(string)
	return len(c) == 7 && isNumber(c) &&
		(catalog.Efi.Documents(c) || strings.HasPrefix(c, "350") || strings.HasPrefix(c, "460") || strings.HasPrefix(c, "469"))
}

func readEfi(f *facts, p *catalog.Provider) reading {
	b := f.body
	if r, ok := apiPixReading(f); ok {
		return r
	}
	if b.has("nome") {
		r := lookup(p, b.str("nome"))
		r.message = b.str("mensagem")
		return r
	}
	r := lookup(p, codeString(b.get("code")))
	if r.k == nil {
		r.details = b.str("error") // validation_error, server_error: what an unknown code's strategy is guessed from
	}
	r.message = b.obj("error_description").str("message")
	if r.message == "" {
		r.message = b.str("error_description")
	}
	return r
}

// implementsAPIPix is the evidence that a bank or PSP on whose host the paste was
// answered sent an API Pix problem: the sender is the bank, the explanation the
// Central Bank's problem type.
func implementsAPIPix(f *facts, p *catalog.Provider) []signal {
	if !hasAPIPixType(f.body) || hostSignal(f, p) == nil {
		return nil
	}
	return withf(nil, 1.5, catalog.SaidImplementsAPIPixAnswersProblems, p)
}

func hasAPIPixType(b *object) bool {
	return len(b.str("type")) > len(bacenTypePrefix) && b.str("type")[:len(bacenTypePrefix)] == bacenTypePrefix
}

// apiPixReading explains a bank's or PSP's API Pix problem by the Central Bank's type.
func apiPixReading(f *facts) (reading, bool) {
	if !hasAPIPixType(f.body) {
		return reading{}, false
	}
	return readBacenPix(f, catalog.BacenPix), true
}
