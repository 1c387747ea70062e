//go:build !textpack

// Bradesco is built from public sources only: https://developers.bradesco.com.br. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// bradesco is Bradesco.
var bradesco = Provider{
	id:        "bradesco",
	name:      "Bradesco",
	masculine: true,
	docsURL:   "https://developers.bradesco.com.br",
	// Its Pix APIs, its boleto registration web service's namespace
	// (ws.registrotitulo.ibpj.web.bradesco.com.br), its APIs' gateway and their sandbox
	// (proxy.api.prebanco.com.br); not its website.
	hosts:    []string{"qrpix.bradesco.com.br", "qrpix-h.bradesco.com.br", "apipix.net.bradesco.com.br", "ibpj.web.bradesco.com.br", "openapi.bradesco.com.br", "prebanco.com.br"},
	envelope: Text{EN: "No Bradesco-specific error body is documented publicly; its Pix API answers the Central Bank's API Pix problems.", PT: "Nenhum corpo de erro próprio do Bradesco é documentado publicamente; sua API Pix responde os problemas da API Pix do Banco Central.", ES: "No hay ningún cuerpo de error propio de Bradesco documentado públicamente; su API Pix responde los problemas de la API Pix del Banco Central."},
	source:   "https://github.com/frones/ACBr/blob/39a1a016a2657c7e0ae1bb457c92b9231e210842/Fontes/ACBrPIXCD/ACBrPIXPSPBradesco.pas",
	cues: []Cue{
		{Text: "Bradesco", Kind: Name},
		// Its boleto registration's answers (registro online), as recorded in
		// https://github.com/BoletoNet/boletonet/issues/306 ("(ERRO DE CONSISTENCIA:   TITULO JA
		// CADASTRADO (69))") and https://github.com/vitorccs/bradesco-api-php/issues/16: the
		// label in capitals with its three spaces, and the members cdErro and msgErro.
		{Text: "ERRO DE CONSISTENCIA:   ", Kind: APIMark},
		{Text: `"cdErro":`, Kind: APIMark},
	},
	entries: []Entry{},
}
