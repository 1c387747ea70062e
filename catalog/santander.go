//go:build !textpack

// Santander is built from public sources only: https://developer.santander.com.br. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// santander is Santander.
var santander = Provider{
	id:        "santander",
	name:      "Santander",
	masculine: true,
	docsURL:   "https://developer.santander.com.br",
	hosts:     []string{"trust-pix.santander.com.br", "trust-pix-h.santander.com.br", "pix.santander.com.br"},
	envelope:  Text{EN: "No Santander-specific error body is documented publicly; its Pix API answers the Central Bank's API Pix problems.", PT: "Nenhum corpo de erro próprio do Santander é documentado publicamente; sua API Pix responde os problemas da API Pix do Banco Central.", ES: "No hay ningún cuerpo de error propio de Santander documentado públicamente; su API Pix responde los problemas de la API Pix del Banco Central."},
	source:    "https://github.com/frones/ACBr/blob/0b1e22e5c8cedebfb01ea5ba4b99e155fd8a0467/Fontes/ACBrPIXCD/ACBrPIXPSPSantander.pas",
	cues: []Cue{
		{Text: "Santander", Kind: Name},
	},
	entries: []Entry{},
}
