package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Flux (QR payments): error.code with the ERR_ prefix.
var fluxReader = reader{provider: catalog.Flux, score: scoreFlux}

func scoreFlux(f *facts, c *codeOwners) []signal {
	var s []signal
	if strings.HasPrefix(f.code, "ERR_") {
		if c.has(catalog.Flux) {
			s = withf(s, 3, catalog.SaidCodeFluxERRPrefix, nil, f.code)
		} else {
			s = withf(s, 1, catalog.SaidCodeHasFluxERRPrefix, nil, f.code)
		}
	}
	// Stripe's errors carry type, decline_code, doc_url: not Flux's.
	if f.errObj.has("type") || f.errObj.has("decline_code") || f.errObj.has("doc_url") {
		s = with(s, -3, catalog.SaidErrorHasTypeDeclineCode)
	}
	// axios names its own errors ERR_BAD_REQUEST, ERR_BAD_RESPONSE, ERR_NETWORK …
	// A snippet of one ({code: 'ERR_BAD_REQUEST', message: 'Request failed with status
	// code 400'}, or under "AxiosError: …" and a frame in node_modules/axios) says so in
	// its words, with the code beside the message as axios puts it (not under an API's
	// "error" envelope).
	if f.body.has("config") || f.body.has("isAxiosError") || f.body.has("request") || f.body.str("name") == "AxiosError" || axiosCode(f.code) && axiosWords(f.masked) && f.body.obj("error") == nil {
		s = with(s, -3, catalog.SaidHTTPClientSOwnError)
	}
	return s
}
