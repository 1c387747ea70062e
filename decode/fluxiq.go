package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// FluxiQ NPC: {success: false, error: {code, message, details}, meta: {request_id}}.
var fluxiqReader = reader{provider: catalog.FluxiQ, score: scoreFluxiQ, read: readFluxiQ}

func scoreFluxiQ(f *facts, c *codeOwners) []signal {
	var s []signal
	if f.successFalse && f.body.obj("error") != nil {
		s = append(s, successFalseSignal)
	}
	if f.meta.has("request_id") {
		s = with(s, 2, catalog.SaidMetaRequestIdSnakeCase)
	}
	if f.meta.has("requestId") {
		s = with(s, -2, catalog.SaidMetaRequestIdCamelCaseFluxiQ)
	}
	s = append(s, c.membership(f, catalog.FluxiQ)...)
	if d := f.errObj.obj("details"); d != nil && f.code != "" {
		s = with(s, 0.5, catalog.SaidErrorDetailsObjectFieldProblems)
	}
	if f.portuguese {
		s = with(s, -1, catalog.SaidMessagePortugueseFluxiQWritesEnglish)
	}
	if countMembers(f.errObj, onnixExtras[:]) > 0 && f.errObj != f.body {
		s = with(s, -1, catalog.SaidErrorHasOnnixPaySExtra)
	}
	return s
}

// successFalseSignal is the evidence both seed envelopes with success:false share.
var successFalseSignal = signal{weight: 0.5, text: catalog.SaidSuccessFalseErrorObject}

// readFluxiQ adds, for INVALID_STATUS_TRANSITION, the transitions FluxiQ's boleto status
// machine allows from the status the message names.
func readFluxiQ(f *facts, p *catalog.Provider) reading {
	r := lookup(p, f.code)
	if f.code == "INVALID_STATUS_TRANSITION" {
		r.firstStep = transitionStep(f.errObj.str("details") + " " + f.message)
	}
	return r
}

// transitionFromTo reads FluxiQ's "Cannot change status from 'paid' to 'cancelled'":
// the words after "from" and "to", without quotes.
func transitionFromTo(text string) (from, to string, ok bool) {
	lower := strings.ToLower(text)
	i := strings.Index(lower, "from ")
	if i < 0 {
		return "", "", false
	}
	rest := strings.Fields(replacePairs(lower[i+len("from "):], "'", " ", "\"", " "))
	if len(rest) < 3 || rest[1] != "to" {
		return "", "", false
	}
	return rest[0], strings.TrimRight(rest[2], ".,;"), true
}

// transitionStep says which transitions FluxiQ allows from the status in the message; zero
// when the message names no known status.
func transitionStep(text string) catalog.Text {
	from, to, ok := transitionFromTo(text)
	if !ok {
		return catalog.Text{}
	}
	allowed, known := catalog.AllowedTransitions(from)
	switch {
	case !known:
		return catalog.Text{}
	case len(allowed) == 0:
		return fill(catalog.SaidFinalStateBoletoCannotMoveAnywhere, from, to)
	default:
		list := "'" + strings.Join(allowed, "', '") + "'"
		return fill(catalog.SaidFromBoletoMayOnlyMoveNot, from, list, to)
	}
}
