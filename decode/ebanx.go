package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// EBANX: {"status": "ERROR", "status_code": "BP-…", "status_message"}, often with HTTP
// 200.
var ebanxReader = reader{provider: catalog.EBANX, score: scoreEBANX, read: readEBANX}

func scoreEBANX(f *facts, c *codeOwners) []signal {
	b := f.body
	if !strings.EqualFold(b.str("status"), "ERROR") || !b.has("status_code") || !b.has("status_message") {
		return nil
	}
	s := []signal{{2.5, tx("status ERROR with status_code and status_message (EBANX's envelope)",
		"status ERROR com status_code e status_message (envelope do EBANX)", "status ERROR con status_code y status_message (sobre de EBANX)")}}
	if code := b.str("status_code"); strings.HasPrefix(code, "BP-") || strings.HasPrefix(code, "HP-") || catalog.EBANX.Documents(code) {
		s = append(s, signal{1, tx("status_code "+code+" is EBANX's", "o status_code "+code+" é do EBANX", "el status_code "+code+" es de EBANX")})
	}
	return s
}

func readEBANX(f *facts, p *catalog.Provider) reading {
	r := lookup(p, f.body.str("status_code"))
	r.message = f.body.str("status_message")
	return r
}
