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
			return withf(nil, 3, catalog.SaidCategoryErrorCodeHttpCode, nil, cat)
		}
	}
	// Its plugins' notice for any error of its API they do not word themselves (the
	// WooCommerce, PrestaShop and Magento plugins' default branch): "ERROR 1003. La
	// petición no pudo ser procesada.", with a code Openpay documents. The sentence
	// alone is any Spanish API's.
	if f.code != "" && strings.Contains(f.lower, "petición no pudo ser procesada") && catalog.Openpay.Documents(f.code) && strings.Contains(f.lower, "error "+f.code) {
		return withf(nil, 2.5, catalog.SaidOpenpayPluginNotice, nil, f.code)
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
