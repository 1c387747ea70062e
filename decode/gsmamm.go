package decode

import "github.com/decifra/decifra/catalog"

// The GSMA-style mobile-money API: {errorCategory, errorCode, errorDescription,
// errorDateTime, errorParameters}, bare or under "error" of a transaction whose
// transactionStatus is "error".
var gsmaReader = reader{provider: catalog.GSMAMobileMoney, score: scoreGSMA, read: readGSMA}

// gsmaError is the GSMA error object: the body itself, or a transaction's error member.
func gsmaError(body *object) *object {
	if e := body.obj("error"); e != nil && e.has("errorCategory") {
		return e
	}
	return body
}

func scoreGSMA(f *facts, c *codeOwners) []signal {
	o := gsmaError(f.body)
	if !o.has("errorCategory") || !o.has("errorCode") {
		return nil
	}
	cat := o.str("errorCategory")
	if !isGSMACategory(cat) && !o.has("errorDescription") {
		// errorCategory and errorCode are other APIs' words too: Microsoft Graph's
		// provisioning statusDetails ({"errorCode": "BoxEntryConflict", "errorCategory":
		// "NonServiceFailure", "reason": …}). Its category or its errorDescription says it.
		return nil
	}
	s := with(nil, 3, catalog.SaidErrorCategoryErrorCodeGSMAMobileMoney)
	if isGSMACategory(cat) {
		s = withf(s, 0.5, catalog.SaidErrorCategoryGSMACategory, nil, cat)
	}
	if o.has("errorDateTime") || o.has("errorParameters") {
		s = with(s, 0.5, catalog.SaidErrorDateTimeErrorParametersMembers)
	}
	if f.body.str("transactionStatus") == "error" {
		s = with(s, 1, catalog.SaidTransactionTransactionStatusError)
	}
	return s
}

func isGSMACategory(name string) bool {
	_, ok := catalog.MobileMoneyCategoryByName(name)
	return ok
}

// readGSMA explains by the code; the catch-all genericError, or a code the API does not
// document, takes its kind and its retry from errorCategory.
func readGSMA(f *facts, p *catalog.Provider) reading {
	o := gsmaError(f.body)
	r := lookup(p, o.str("errorCode"))
	r.message = o.str("errorDescription")
	cat, ok := catalog.MobileMoneyCategoryByName(o.str("errorCategory"))
	switch {
	case !ok:
	case r.k == nil:
		r.undocumented = true
		r.k = &knowledge{category: cat.Category, title: cat.Title, meaning: cat.Meaning, strategy: cat.Retry, why: cat.RetryWhy,
			retrySource: gsmaCategorySource(cat), source: same(p.Source()), status: cat.Status}
	case r.code == "genericError":
		r.k.category, r.k.strategy, r.k.why, r.k.retrySource = cat.Category, cat.Retry, cat.RetryWhy, gsmaCategorySource(cat)
		if r.k.status == 0 {
			r.k.status = cat.Status
		}
	}
	return r
}

func gsmaCategorySource(c catalog.MobileMoneyCategory) catalog.Text {
	return fill(catalog.SaidGSMAErrorCategory, c.Name)
}
