//go:build !textpack

// Itaú is built from public sources only: https://devportal.itau.com.br. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// itau is Itaú.
var itau = Provider{
	id:        "itau",
	name:      "Itaú",
	masculine: true,
	docsURL:   "https://devportal.itau.com.br",
	hosts:     []string{"secure.api.itau", "sts.itau.com.br", "devportal.itau.com.br", "api.itau.com.br"},
	envelope:  Text{EN: "The gateway answers {\"message\": …} (\"… filter failed\"); Pix endpoints answer the Central Bank's API Pix problems.", PT: "O gateway responde {\"message\": …} (\"… filter failed\"); os endpoints de Pix respondem os problemas da API Pix do Banco Central.", ES: "El gateway responde {\"message\": …} (\"… filter failed\"); los endpoints de Pix responden los problemas de la API Pix del Banco Central."},
	source:    "GitHub code index file id 2515110180 = frones/ACBr Fontes/ACBrPIXCD/ACBrPIXPSPItau.pas (current version; older version id 5801341759 used https://api.itau.com.br/sandbox)",
	cues: []Cue{
		{Text: "Itaú", Kind: Name},
	},
	entries: []Entry{
		{
			Code:     "Falha ao Extrair TokenInfo filter failed",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Token info could not be extracted", PT: "Falha ao extrair dados do token", ES: "No se pudo extraer el token"},
			Meaning:  Text{EN: "Itaú's gateway answered HTTP 401 {\"message\" : \"Falha ao Extrair TokenInfo filter failed\"}: it could not read a valid token from the call (seen from PHP cURL in production).", PT: "O gateway do Itaú respondeu HTTP 401 {\"message\" : \"Falha ao Extrair TokenInfo filter failed\"}: não conseguiu ler um token válido da chamada (visto com cURL PHP em produção).", ES: "El gateway de Itaú respondió HTTP 401 {\"message\" : \"Falha ao Extrair TokenInfo filter failed\"}: no pudo leer un token válido de la llamada (visto con cURL PHP en producción)."},
			Fix: []Text{
				Text{EN: "Send Authorization: Bearer <access_token> from sts.itau.com.br and the mTLS certificate and key on every call.", PT: "Envie Authorization: Bearer <access_token> do sts.itau.com.br e o certificado mTLS com a chave em toda chamada.", ES: "Envíe Authorization: Bearer <access_token> de sts.itau.com.br y el certificado mTLS con su clave en cada llamada."},
				Text{EN: "Compare your cURL options with a working Postman call (headers, cert, key).", PT: "Compare as opções do cURL com uma chamada que funciona no Postman (cabeçalhos, certificado, chave).", ES: "Compare las opciones de cURL con una llamada que funcione en Postman (cabeceras, certificado, clave)."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-api/issues/531",
		},
		{
			Code:     "Connect to URL filter failed",
			Category: Validation,
			Title:    Text{EN: "Gateway filter could not route the call", PT: "Filtro do gateway não encaminhou", ES: "El filtro del gateway no enrutó la llamada"},
			Meaning:  Text{EN: "Itaú sandbox answer reported for PUT /sandbox/pix_recebimentos/v1/cob/{txid}; the thread only suggested checking the base URL.", PT: "Resposta do sandbox do Itaú relatada para PUT /sandbox/pix_recebimentos/v1/cob/{txid}; a discussão só sugeriu conferir a URL base.", ES: "Respuesta del sandbox de Itaú reportada para PUT /sandbox/pix_recebimentos/v1/cob/{txid}; el hilo solo sugirió revisar la URL base."},
			Fix: []Text{
				Text{EN: "Check the base URL and API version for the environment (the current sandbox path is /pix_recebimentos_ext_v2/v2).", PT: "Confira a URL base e a versão da API do ambiente (o caminho atual do sandbox é /pix_recebimentos_ext_v2/v2).", ES: "Verifique la URL base y la versión de la API del entorno (la ruta actual del sandbox es /pix_recebimentos_ext_v2/v2)."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-api/issues/399 ; GitHub code index file id 2515110180 = frones/ACBr Fontes/ACBrPIXCD/ACBrPIXPSPItau.pas (current version; older version id 5801341759 used https://api.itau.com.br/sandbox)",
		},
	},
}
