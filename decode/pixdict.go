package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// The Central Bank's DICT API: RFC 7807 problems, in XML, typed under dictTypePrefix.
var pixDictReader = reader{provider: catalog.PixDICT, score: scorePixDict, read: readPixDict}

// dictTypePrefix starts every problem type of the DICT API.
const dictTypePrefix = "https://dict.pi.rsfn.net.br/api/v1/error/"

// dictProblem is the problem of a DICT answer: the body, or its <problem> element.
func dictProblem(b *object) *object {
	if p := b.obj("problem"); p != nil {
		return p
	}
	return b
}

func scorePixDict(f *facts, c *codeOwners) []signal {
	typ := dictProblem(f.body).str("type")
	if !strings.HasPrefix(typ, dictTypePrefix) && !strings.Contains(f.code, dictTypePrefix) {
		if f.parts.prose && strings.Contains(f.lower, "dict.pi.rsfn.net.br/api/v1/error/") {
			return []signal{{3, tx("a DICT problem type URL (dict.pi.rsfn.net.br)", "uma URL de tipo de problema do DICT (dict.pi.rsfn.net.br)",
				"una URL de tipo de problema del DICT (dict.pi.rsfn.net.br)")}}
		}
		return nil
	}
	return []signal{{3, tx("type "+typ+" is a DICT problem type (Banco Central do Brasil)", "type "+typ+" é um tipo de problema do DICT (Banco Central do Brasil)",
		"type "+typ+" es un tipo de problema del DICT (Banco Central do Brasil)")}}
}

func readPixDict(f *facts, p *catalog.Provider) reading {
	pr := dictProblem(f.body)
	code := strings.TrimPrefix(pr.str("type"), dictTypePrefix)
	if code == "" {
		code = f.code
	}
	r := lookup(p, code)
	r.message = pr.str("detail")
	return r
}
