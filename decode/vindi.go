package decode

import "github.com/decifra/decifra/catalog"

// Vindi: {"errors": [{"id", "parameter", "message"}]}.
var vindiReader = reader{provider: catalog.Vindi, score: scoreVindi, read: readVindi}

func scoreVindi(f *facts, c *codeOwners) []signal {
	if e := firstItem(f.body, "errors"); e.has("id") && e.has("parameter") && e.has("message") {
		return with(nil, 3, catalog.SaidErrorsIdParameterMessageVindi)
	}
	return nil
}

func readVindi(f *facts, p *catalog.Provider) reading {
	e := firstItem(f.body, "errors")
	if e == nil {
		e = f.body
	}
	r := lookup(p, e.str("id"))
	r.message = e.str("message")
	return r
}
