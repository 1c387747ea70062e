package decode

import (
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Cashier by FlowPayment: RFC 7807 problems {type, title, status, detail, instance} that
// usually leave the code out, so it is inferred from status, title and detail.
var cashierReader = reader{provider: catalog.Cashier, score: scoreCashier, read: readCashier}

func scoreCashier(f *facts, c *codeOwners) []signal {
	if !f.problem {
		return nil
	}
	s := with(nil, 1, catalog.SaidRFC7807ProblemTypeTitle)
	switch typ := f.body.str("type"); {
	case typ == "about:blank":
		s = with(s, 0.5, catalog.SaidTypeAboutBlank)
	case strings.Contains(typ, "://") && !strings.Contains(typ, "flowpayment"):
		s = withf(s, -3, catalog.SaidTypeBelongsAnotherAPI, nil, typ)
	}
	// Spring's and many frameworks' default problem bodies have about:blank and an
	// /api/v1/ instance too: only Cashier's own resources are evidence.
	if inst := f.body.str("instance"); strings.HasPrefix(inst, "/api/v1/checkout") || strings.HasPrefix(inst, "/api/v1/payout") {
		s = withf(s, 1.5, catalog.SaidInstanceCashierResourceApiV1, nil, inst)
	}
	if f.body.has("violacoes") || f.body.has("correlationId") {
		s = with(s, -3, catalog.SaidViolacoesCorrelationIdAreCentralBank)
	}
	if e, ok := inferCashier(f.body); ok && f.code == "" {
		st := strconv.Itoa(e.Status)
		s = withf(s, 0.5, catalog.SaidStatusThisTitleDetailCashier, nil, st, e.Code)
	}
	return s
}

func readCashier(f *facts, p *catalog.Provider) reading {
	if f.code != "" {
		return lookup(p, f.code)
	}
	if e, ok := inferCashier(f.body); ok {
		r := reading{code: e.Code, k: entryKnowledge(p, e)}
		r.note = fill(catalog.SaidCashierBodyCarriesNoCodeWas, e.Code)
		return r
	}
	return reading{}
}

// inferCashier names the Cashier code a problem body implies: among the entries with the
// body's status, the one whose longest Match phrase occurs in the title or detail.
func inferCashier(body *object) (catalog.Entry, bool) {
	status := intValue(body.get("status"))
	text := strings.ToLower(body.str("title") + " | " + body.str("detail"))
	best, bestLen := -1, 0
	for i, e := range catalog.Cashier.AllPhrases() {
		if e.Status != status {
			continue
		}
		for _, m := range e.Match {
			if len(m) > bestLen && strings.Contains(text, m) {
				best, bestLen = i, len(m)
			}
		}
	}
	if best < 0 {
		return catalog.Entry{}, false
	}
	return catalog.Cashier.Entry(best), true
}
