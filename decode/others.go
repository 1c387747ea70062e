package decode

import "github.com/decifra/decifra/catalog"

// Providers known by their host and envelope, whose codes no public source lists.
var (
	picpayReader = reader{provider: catalog.PicPay, score: noEnvelope}
	junoReader   = reader{provider: catalog.Juno, score: scoreJuno, read: readJuno}
	stoneReader  = reader{provider: catalog.Stone, score: scoreStone}
)

// noEnvelope scores nothing beyond what detect adds for every provider (host, cues,
// codes alone): the provider's error body is not confirmed by a public source.
func noEnvelope(f *facts, c *codeOwners) []signal { return nil }

func scoreJuno(f *facts, c *codeOwners) []signal {
	b := f.body
	if d := firstItem(b, "details"); d.has("errorCode") && b.has("timestamp") && b.has("path") {
		return with(nil, 2.5, catalog.SaidDetailsErrorCodeBesideTimestampPath)
	}
	return nil
}

func readJuno(f *facts, p *catalog.Provider) reading {
	d := firstItem(f.body, "details")
	r := lookup(p, codeString(d.get("errorCode")))
	r.code, r.message = codeString(d.get("errorCode")), d.str("message")
	return r
}

func scoreStone(f *facts, c *codeOwners) []signal {
	b := f.body
	if b.has("request_id") && b.has("type") && (b.has("validation_errors") || b.has("reason")) {
		return with(nil, 2.5, catalog.SaidTypeRequestIdValidationErrors)
	}
	return nil
}
