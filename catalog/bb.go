//go:build !textpack

// Banco do Brasil is built from public sources only: https://developers.bb.com.br. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// bb is Banco do Brasil.
var bb = Provider{
	id:        "bb",
	name:      "Banco do Brasil",
	masculine: true,
	docsURL:   "https://developers.bb.com.br",
	hosts:     []string{"bb.com.br"},
	envelope:  Text{EN: "Besides the API Pix problems: the gateway's {\"statusCode\", \"error\", \"message\", \"attributes\"} and Banco do Brasil's own {\"erros\": [{\"codigo\", \"versao\", \"mensagem\", \"ocorrencia\"}]}.", PT: "Além dos problemas da API Pix: o {\"statusCode\", \"error\", \"message\", \"attributes\"} do gateway e o {\"erros\": [{\"codigo\", \"versao\", \"mensagem\", \"ocorrencia\"}]} próprio do Banco do Brasil.", ES: "Además de los problemas de la API Pix: el {\"statusCode\", \"error\", \"message\", \"attributes\"} del gateway y el {\"erros\": [{\"codigo\", \"versao\", \"mensagem\", \"ocorrencia\"}]} propio del Banco do Brasil."},
	source:    "https://github.com/frones/ACBr/blob/04f5bf3113b761b97d78a02732aae1f78a58ce4e/Fontes/ACBrPIXCD/ACBrPIXPSPBancoDoBrasil.pas",
	cues: []Cue{
		{Text: "Banco do Brasil", Kind: Name},
	},
	entries: []Entry{
		{
			Code:     "4769515",
			Category: NotFound,
			Title:    Text{EN: "No information for the data sent", PT: "Não há informações para os dados", ES: "No hay información para los datos"},
			Meaning:  Text{EN: "BB's own error format (erros[]): \"Não há informações para os dados informados.\"; ocorrencia carries BB's occurrence id.", PT: "Formato próprio do BB (erros[]): \"Não há informações para os dados informados.\"; ocorrencia traz o identificador da ocorrência no BB.", ES: "Formato propio del BB (erros[]): \"Não há informações para os dados informados.\"; ocorrencia trae el identificador de la ocurrencia en el BB."},
			Fix: []Text{
				Text{EN: "Check the identifiers and period in the query; keep ocorrencia for BB support.", PT: "Confira os identificadores e o período da consulta; guarde ocorrencia para o suporte do BB.", ES: "Verifique los identificadores y el período de la consulta; guarde ocorrencia para el soporte del BB."},
			},
			Retry:  Fix,
			Source: "https://github.com/frones/ACBr/blob/04f5bf3113b761b97d78a02732aae1f78a58ce4e/Fontes/ACBrPIXCD/ACBrPIXPSPBancoDoBrasil.pas",
		},
		{
			Code:     "Bad Credentials",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Bad credentials (BB gateway)", PT: "Credenciais inválidas (gateway do BB)", ES: "Credenciales no válidas (gateway del BB)"},
			Meaning:  Text{EN: "BB's API gateway rejected the credentials or token: {\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Bad Credentials\",\"attributes\":{\"error\":\"Bad Credentials\"}}.", PT: "O gateway de APIs do BB recusou as credenciais ou o token: {\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Bad Credentials\",…}.", ES: "El gateway de APIs del BB rechazó las credenciales o el token: {\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Bad Credentials\",…}."},
			Fix: []Text{
				Text{EN: "Get a new token from the oauth host of the same environment (oauth.hm.bb.com.br vs oauth.bb.com.br).", PT: "Obtenha novo token no host oauth do mesmo ambiente (oauth.hm.bb.com.br ou oauth.bb.com.br).", ES: "Obtenga un nuevo token en el host oauth del mismo entorno (oauth.hm.bb.com.br u oauth.bb.com.br)."},
				Text{EN: "Send gw-dev-app-key (developer application key) as a query parameter on every API call.", PT: "Envie gw-dev-app-key (developer application key) como parâmetro de consulta em toda chamada.", ES: "Envíe gw-dev-app-key (developer application key) como parámetro de consulta en cada llamada."},
			},
			Retry:  Fix,
			Source: "https://github.com/frones/ACBr/blob/04f5bf3113b761b97d78a02732aae1f78a58ce4e/Fontes/ACBrPIXCD/ACBrPIXPSPBancoDoBrasil.pas",
		},
		{
			Code:     "invalid_request",
			Status:   400,
			Category: Authentication,
			Title:    Text{EN: "Client software not identified (OAuth)", PT: "Software cliente não identificado (OAuth)", ES: "Software cliente no identificado (OAuth)"},
			Meaning:  Text{EN: "oauth.bb.com.br answered {'error': 'invalid_request', 'error_description': 'Software cliente não identificado.'}: the token request did not identify your application.", PT: "oauth.bb.com.br respondeu {'error': 'invalid_request', 'error_description': 'Software cliente não identificado.'}: o pedido de token não identificou sua aplicação.", ES: "oauth.bb.com.br respondió {'error': 'invalid_request', 'error_description': 'Software cliente não identificado.'}: la solicitud de token no identificó su aplicación."},
			Fix: []Text{
				Text{EN: "Send Authorization: Basic base64(client_id:client_secret) of the app registered for this environment, with grant_type=client_credentials.", PT: "Envie Authorization: Basic base64(client_id:client_secret) do app cadastrado neste ambiente, com grant_type=client_credentials.", ES: "Envíe Authorization: Basic base64(client_id:client_secret) de la app registrada en este entorno, con grant_type=client_credentials."},
			},
			Retry:  Fix,
			Source: "https://github.com/imobanco/bb-wrapper/issues/78",
		},
	},
}
