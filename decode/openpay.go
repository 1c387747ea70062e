package decode

import "github.com/decifra/decifra/catalog"

// Openpay: {"category": request|internal|gateway, "description", "http_code",
// "error_code", "request_id"}.
var openpayReader = reader{provider: catalog.Openpay, score: scoreOpenpay, read: readOpenpay}

func scoreOpenpay(f *facts, c *codeOwners) []signal {
	b := f.body
	switch b.str("category") {
	case "request", "internal", "gateway":
		// The Java SDK's exception prints the members camel-cased: errorCode, httpCode.
		if (b.has("error_code") || b.has("errorCode")) && (b.has("http_code") || b.has("httpCode") || b.has("description")) {
			cat := b.str("category")
			return with(nil, 3, fill(catalog.Text{EN: "category \x00 with error_code and http_code (Openpay's envelope)", PT: "category \x00 com error_code e http_code (envelope do Openpay)", ES: "category \x00 con error_code y http_code (sobre de Openpay)"}, cat))
		}
	}
	return nil
}

func readOpenpay(f *facts, p *catalog.Provider) reading {
	code := f.body.get("error_code")
	if code == nil {
		code = f.body.get("errorCode")
	}
	r := lookup(p, codeString(code))
	r.message = f.body.str("description")
	return r
}
