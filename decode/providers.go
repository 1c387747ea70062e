package decode

import "github.com/decifra/decifra/catalog"

// A provider is two files: catalog/<id>.go says what its codes mean, and decode/<id>.go
// how its bodies look, as a reader. readers registers every reader, in catalog order;
// TestEveryProviderHasOneReader fails when a catalogued provider has none or a reader
// names a provider the catalog does not list.
var readers = [...]*reader{&fluxiqReader, &onnixpayReader, &fluxReader, &cashierReader, &gsmaReader,
	&bacenPixReader, &mercadoPagoReader, &pagBankReader, &asaasReader, &pagarMeReader,
	&stripeReader, &payPalReader, &adyenReader, &cieloReader, &redeReader, &getnetReader, &efiReader,
	&iuguReader, &vindiReader, &picpayReader, &ebanxReader, &dLocalReader, &conektaReader, &openpayReader,
	&pixDictReader, &bbReader, &interReader, &itauReader, &sicoobReader, &santanderReader, &bradescoReader,
	&junoReader, &stoneReader}

// reader is what decode knows of one provider's bodies.
type reader struct {
	provider *catalog.Provider
	// score returns the evidence in a paste for the provider (positive weights) and
	// against it (negative). detect adds the host of a URL in the paste for every
	// provider, so score need not.
	score func(f *facts, c *codeOwners) []signal
	// read finds the provider's code and what the catalog knows of it in a body the
	// provider is credited with; nil when the code is facts.code.
	read func(f *facts, p *catalog.Provider) reading
	// failure reports whether a body with none of the usual error members still reports
	// a failure in the provider's terms: a refused payment answered with success, a body
	// cut short. nil when there is no such body.
	failure func(o *object) bool
	// base is the built-in provider a portal's catalog overrides (see custom.go): its
	// hosts, cues and retry headers still count. nil for every other reader.
	base *catalog.Provider
	// custom is true for a portal's own catalog's reader (see custom.go).
	custom bool
}

// reading is what a reader finds in a body it is credited with.
type reading struct {
	code      string
	k         *knowledge   // nil when the provider does not document the code
	message   string       // the provider's message, when not where facts looks for it
	details   string       // more the body says, when not where facts looks for it
	note      catalog.Text // how the code was found, when the body does not carry it
	firstStep catalog.Text // a fix step the body implies, shown before the catalog's
	decline   bool         // a refused payment in a successful response, not an API error
	card      *cardDecline // what a refused card payment says besides the code (decline.go); nil: nothing
	// undocumented: the provider's reference lacks the code, though k still says
	// something (what a GSMA errorCategory implies).
	undocumented bool
}

// lookup reads code as the provider's: its knowledge when the provider documents it.
func lookup(p *catalog.Provider, code string) reading {
	r := reading{code: code}
	if e, ok := p.Lookup(code); ok {
		r.k = entryKnowledge(p, e)
	}
	return r
}

// readerOf returns the provider's built-in reader.
func readerOf(p *catalog.Provider) *reader {
	return readerIn(readers[:], p)
}

// readerIn returns the provider's reader among rs.
func readerIn(rs []*reader, p *catalog.Provider) *reader {
	for _, r := range rs {
		if r.provider == p {
			return r
		}
	}
	return nil
}

// readCode finds the code of a body the provider p is credited with.
func readCode(f *facts, p *catalog.Provider) reading {
	if r := readerIn(f.all(), p); r != nil && r.read != nil {
		return r.read(f, p)
	}
	return lookup(p, f.code)
}

// refusedOrCut reports whether some provider reads o as a failure that carries none of
// the usual error members (see reader.failure).
func refusedOrCut(o *object) bool {
	// Every such reading needs two members or a nested object (EBANX's payment): a JSON
	// array of a thousand {"a": 1} is asked about each of them.
	if o == nil || len(o.members) == 0 {
		return false
	}
	if _, nested := o.members[0].val.(*object); len(o.members) == 1 && !nested {
		return false
	}
	for _, r := range readers {
		if r.failure != nil && r.failure(o) {
			return true
		}
	}
	return false
}
