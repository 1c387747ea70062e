//go:build !textpack

// Sicoob is built from public sources only: https://developers.sicoob.com.br. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// sicoob is Sicoob.
var sicoob = Provider{
	id:        "sicoob",
	name:      "Sicoob",
	masculine: true,
	docsURL:   "https://developers.sicoob.com.br",
	hosts:     []string{"api.sicoob.com.br", "auth.sicoob.com.br", "sandbox.sicoob.com.br", "pix.sicoob.com.br"},
	envelope:  Text{EN: "Sicoob's own APIs answer {\"mensagens\": [{\"mensagem\", \"codigo\"}]}; Pix endpoints answer the Central Bank's API Pix problems.", PT: "As APIs próprias do Sicoob respondem {\"mensagens\": [{\"mensagem\", \"codigo\"}]}; os endpoints de Pix respondem os problemas da API Pix do Banco Central.", ES: "Las API propias de Sicoob responden {\"mensagens\": [{\"mensagem\", \"codigo\"}]}; los endpoints de Pix responden los problemas de la API Pix del Banco Central."},
	source:    "https://github.com/frones/ACBr/blob/29885f773f88e20c58bcd47a2e72286402c9a705/Fontes/ACBrPIXCD/ACBrPIXPSPSicoob.pas",
	cues: []Cue{
		{Text: "Sicoob", Kind: Name},
	},
	entries: []Entry{
		{
			Code:     "5004",
			Category: StateCategory,
			Title:    Text{EN: "Request still being processed", PT: "Solicitação ainda em processamento", ES: "Solicitud aún en proceso"},
			Meaning:  Text{EN: "Sicoob's own format: {\"mensagens\":[{\"mensagem\":\"Solicitação ainda em processamento.\",\"codigo\":\"5004\"}]}; seen on the Cobrança (boleto) API when a requested movement file is not ready.", PT: "Formato próprio do Sicoob: {\"mensagens\":[{\"mensagem\":\"Solicitação ainda em processamento.\",\"codigo\":\"5004\"}]}; visto na API de Cobrança (boleto) quando o arquivo de movimentação pedido ainda não está pronto.", ES: "Formato propio de Sicoob: {\"mensagens\":[{\"mensagem\":\"Solicitação ainda em processamento.\",\"codigo\":\"5004\"}]}; visto en la API de Cobranza (boleto) cuando el archivo de movimientos pedido aún no está listo."},
			Fix: []Text{
				Text{EN: "Query again later with increasing intervals; do not create a new request.", PT: "Consulte de novo mais tarde, com intervalos crescentes; não crie nova solicitação.", ES: "Consulte de nuevo más tarde, con intervalos crecientes; no cree una nueva solicitud."},
			},
			Retry:  Backoff,
			Source: "https://github.com/SharpSistemas/SicoobAPI/blob/ea3858cb6daf6676c2bfdcc80e2f4432bd76c1b8/Sicoob.Cobranca/SicoobCobrancaV3.cs ; https://github.com/SharpSistemas/SicoobAPI/blob/ea3858cb6daf6676c2bfdcc80e2f4432bd76c1b8/Sicoob.Cobranca/SicoobCobrancaV2.cs",
		},
	},
}
