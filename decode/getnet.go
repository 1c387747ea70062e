package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Getnet: {"message", "name": "…ServiceError", "status_code", "details": [{"status",
// "error_code": "AREA-NNN", "description", "description_detail"}]}.
var getnetReader = reader{provider: catalog.Getnet, score: scoreGetnet, read: readGetnet}

func scoreGetnet(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	if strings.HasSuffix(b.str("name"), "ServiceError") && b.has("status_code") {
		name := b.str("name")
		s = withf(s, 3, catalog.SaidNameStatusCodeGetnetEnvelope, nil, name)
	}
	if d := firstItem(b, "details"); d.has("error_code") && d.has("description_detail") {
		s = with(s, 2, catalog.SaidDetailsErrorCodeDescriptionDescription)
	}
	if ec := firstItem(b, "details").str("error_code"); strings.Count(ec, "-") >= 1 && ec == strings.ToUpper(ec) && ec != "" {
		s = withf(s, 1, catalog.SaidDetailsErrorCodeGetnetAREA, nil, ec)
	}
	return s
}

func readGetnet(f *facts, p *catalog.Provider) reading {
	d := firstItem(f.body, "details")
	code := d.str("error_code")
	if code == "" {
		code = d.obj("antifraud").str("code") // {"antifraud": {"code": "DENY", "description": "Transacao Negada!"}}
		if code != "" && d.obj("antifraud").str("description") != "" {
			d = d.obj("antifraud")
		}
	}
	r := lookup(p, code)
	for _, k := range [...]string{"description_detail", "description"} {
		if r.message = d.str(k); r.message != "" {
			break
		}
	}
	if r.message == "" {
		r.message = f.body.str("message")
	}
	return r
}
