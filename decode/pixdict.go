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
	typ := scalarText(dictProblem(f.body).getFold("type")) // "Type: …" when the problem is printed as lines
	if !strings.HasPrefix(typ, dictTypePrefix) && !strings.Contains(f.code, dictTypePrefix) {
		if f.parts.prose && strings.Contains(f.lower, "dict.pi.rsfn.net.br/api/v1/error/") {
			return with(nil, 3, catalog.SaidDICTProblemTypeURLDict)
		}
		// The DICT signs every XML message it sends (XMLDSig), problems included: a
		// <problem> carrying <Signature> and a correlationId is its answer.
		if pr := f.body.obj("problem"); pr == nil && f.parts.format == FormatXML && (f.body.has("Signature") || f.body.has("ds:Signature")) &&
			f.body.has("correlationId") && f.body.has("status") {
			return with(nil, 3, catalog.SaidXMLProblemSignedXMLDSigCorrelationId)
		}
		// Its problems list their violations as <violations><violation><reason>,
		// <property>, in English, beside a correlationId (the API Pix writes violacoes,
		// razao and propriedade, in JSON).
		if f.parts.format == FormatXML && f.body.has("correlationId") {
			if v := f.body.obj("violations"); v != nil && (v.obj("violation").has("reason") || firstItem(v, "violation").has("reason")) {
				return with(nil, 2.5, catalog.SaidXMLProblemViolationsReasonProperty)
			}
		}
		return nil
	}
	return withf(nil, 3, catalog.SaidTypeDICTProblemTypeBanco, nil, typ)
}

func readPixDict(f *facts, p *catalog.Provider) reading {
	pr := dictProblem(f.body)
	code := strings.TrimPrefix(scalarText(pr.getFold("type")), dictTypePrefix)
	if code == "" {
		code = f.code
	}
	r := lookup(p, code)
	r.message = scalarText(pr.getFold("detail"))
	return r
}
