package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// The Central Bank's API Pix: RFC 7807 problems typed under bacenTypePrefix, with
// violacoes and correlationId, served by every PSP that implements the API.
var bacenPixReader = reader{provider: catalog.BacenPix, score: scoreBacenPix, read: readBacenPix}

// bacenTypePrefix starts every problem type of the Central Bank's API Pix.
const bacenTypePrefix = "https://pix.bcb.gov.br/api/v2/error/"

func scoreBacenPix(f *facts, c *codeOwners) []signal {
	typ := f.body.str("type")
	if !strings.HasPrefix(typ, bacenTypePrefix) {
		// PSPs that implement the API Pix (Inter, Sicoob …) often answer its problem
		// bodies with their own type, or none: violacoes[{razao, propriedade}] is the
		// specification's own shape.
		if v := firstItem(f.body, "violacoes"); v.has("razao") && v.has("propriedade") {
			return with(nil, 2.5, catalog.SaidViolacoesRazaoPropriedadeAPIPix)
		}
		return nil
	}
	s := withf(nil, 3, catalog.SaidTypeAPIPixProblemType, nil, typ)
	if code := strings.TrimPrefix(typ, bacenTypePrefix); catalog.BacenPix.Documents(code) {
		s = withf(s, 1, catalog.SaidDocumentedAPIPixProblem, nil, code)
	} else if f.body.has("error_messages") {
		// PagBank's Orders API types its own Pix errors under the namespace, beside its
		// error_messages (PagamentoPixNoOrderSemChavePixDefault, APIX-20164): its answer.
		return nil
	}
	if f.body.has("violacoes") {
		s = with(s, 1, catalog.SaidViolacoesMemberAPIPixField)
	}
	if f.body.has("correlationId") {
		s = with(s, 0.5, catalog.SaidCorrelationIdMember)
	}
	return s
}

func readBacenPix(f *facts, p *catalog.Provider) reading {
	r := lookup(p, strings.TrimPrefix(f.body.str("type"), bacenTypePrefix))
	r.message = f.body.str("detail")
	return r
}
