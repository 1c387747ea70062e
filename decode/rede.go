package decode

import "github.com/decifra/decifra/catalog"

// Rede (e.Rede): a flat camelCase {"returnCode", "returnMessage"} for failures and
// successes alike; issuer refusals use Rede's own codes 101–124.
var redeReader = reader{provider: catalog.Rede, score: scoreRede, read: readRede, failure: redeRefusal}

func scoreRede(f *facts, c *codeOwners) []signal {
	b := f.body
	if !b.has("returnCode") || !b.has("returnMessage") {
		return nil
	}
	s := with(nil, 2, catalog.SaidReturnCodeReturnMessageCamelCaseRedeS)
	if b.has("tid") || b.has("nsu") || b.has("reference") {
		s = with(s, 1, catalog.SaidTidNsuReferenceRedeS)
	}
	if catalog.Rede.Documents(codeString(b.get("returnCode"))) {
		rc := codeString(b.get("returnCode"))
		s = withf(s, 0.5, catalog.SaidReturnCodeRede, nil, rc)
	}
	return s
}

// redeRefusal: a Rede answer whose returnCode is not "00" (approved).
func redeRefusal(b *object) bool {
	rc := codeString(b.get("returnCode"))
	return b.has("returnMessage") && rc != "" && rc != "00" && rc != "0"
}

func readRede(f *facts, p *catalog.Provider) reading {
	r := lookup(p, codeString(f.body.get("returnCode")))
	r.message = f.body.str("returnMessage")
	// With Transaction-Response: brand-return-opened, e.Rede adds the brand's own answer,
	// {"brand": {"name", "returnCode", "returnMessage"}}: the issuer's ABECS code, which
	// wins over Rede's (decline.go's policy).
	if b := f.body.obj("brand"); b != nil {
		r.card = &cardDecline{mac: macIn(b, f.body), brand: catalog.CardBrand(b.str("name"))}
		if rc := codeString(b.get("returnCode")); rc != "" && rc != "00" {
			if e, ok := catalog.IssuerCode(rc); ok {
				r.k = issuerKnowledge(e)
				r.card.issuer, r.card.issuerAt, r.card.issuerExplains = rc, "brand.returnCode", true
				r.note = fill(catalog.SaidRedeReturnCodeBrandBrandReturnCodeABECS, r.code, rc)
			}
		}
	}
	return r
}
