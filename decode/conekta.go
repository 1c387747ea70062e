package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Conekta: {"object": "error", "type", "log_id", "details": [{"code": "conekta.errors.…",
// "param", "message", "debug_message"}]}.
var conektaReader = reader{provider: catalog.Conekta, score: scoreConekta, read: readConekta}

func scoreConekta(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	if b.str("object") == "error" && b.has("details") && (b.has("log_id") || b.has("type")) {
		s = with(s, 2.5, catalog.SaidObjectErrorDetailsLogId)
	}
	if b.str("object") == "error" && (b.has("message_to_purchaser") || firstItem(b, "details").has("message_to_purchaser")) {
		// The API before v2 answered a flat {"object": "error", "message",
		// "message_to_purchaser", "param", "code"}: the message for the buyer is Conekta's own.
		s = with(s, 3, catalog.SaidObjectErrorMessagePurchaserConekta)
	}
	if b.str("object") == "error" && b.has("message") && !b.has("details") && !b.has("merchant_message") && !b.has("user_message") &&
		conektaFlatType(b.str("type")) {
		// The flat error of the API before v2 without message_to_purchaser:
		// {"object": "error", "type": "resource_not_found", "message": "Token '…' could not be
		// found."}. Culqi's flat error, the one look-alike, carries merchant_message.
		s = with(s, 2.5, catalog.SaidObjectErrorOneConektaS)
	}
	if strings.HasPrefix(firstItem(b, "details").str("code"), "conekta.errors.") {
		s = with(s, 1.5, catalog.SaidConektaErrorsCode)
	}
	return s
}

func readConekta(f *facts, p *catalog.Provider) reading {
	d := firstItem(f.body, "details")
	if d == nil {
		d = f.body // the flat error of the API before v2
	}
	r := lookup(p, d.str("code"))
	if r.k == nil && d.str("code") == "" {
		// No code: the type says the class of error ("resource_not_found" in the old API).
		if t := f.body.str("type"); t != "" {
			if !strings.HasSuffix(t, "_error") {
				t += "_error"
			}
			if c := lookup(p, t); c.k != nil {
				r, r.code = c, f.body.str("type") // the type as the paste writes it: what to search for
			}
		}
	}
	for _, k := range [...]string{"debug_message", "message"} {
		if r.message = d.str(k); r.message != "" {
			break
		}
	}
	return r
}

// conektaFlatType reports whether t is an error type of Conekta's API before v2 (the
// v2 names, and resource_not_found without its suffix as the old API wrote it).
func conektaFlatType(t string) bool {
	switch t {
	case "resource_not_found", "resource_not_found_error", "parameter_validation_error", "processing_error",
		"authentication_error", "malformed_request_error", "conflict_error", "precondition_required_error", "api_error":
		return true
	}
	return false
}
