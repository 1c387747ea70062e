package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

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
	// Its plugins' notice for any error of its API they do not word themselves (the
	// WooCommerce, PrestaShop and Magento plugins' default branch): "ERROR 1003. La
	// petición no pudo ser procesada.", with a code Openpay documents. The sentence
	// alone is any Spanish API's.
	if f.code != "" && strings.Contains(f.lower, "petición no pudo ser procesada") && catalog.Openpay.Documents(f.code) && strings.Contains(f.lower, "error "+f.code) {
		return with(nil, 2.5, fill(catalog.Text{EN: "\"ERROR \x00. La petición no pudo ser procesada.\" (Openpay's plugins' words for its API's error)", PT: "\"ERROR \x00. La petición no pudo ser procesada.\" (as palavras dos plugins do Openpay para um erro da sua API)", ES: "\"ERROR \x00. La petición no pudo ser procesada.\" (las palabras de los plugins de Openpay para un error de su API)"}, f.code))
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
