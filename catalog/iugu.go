//go:build !textpack

// iugu is built from public sources only: https://dev.iugu.com/reference. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// iugu is iugu.
var iugu = Provider{
	id:       "iugu",
	name:     "iugu",
	docsURL:  "https://dev.iugu.com/reference",
	hosts:    []string{"api.iugu.com", "iugu.com"},
	envelope: Text{EN: "Validation errors are HTTP 422 with {\"errors\": {field: [Portuguese messages]}}; other errors carry \"errors\" as a plain string.", PT: "Erros de validação são HTTP 422 com {\"errors\": {campo: [mensagens em português]}}; outros erros trazem \"errors\" como um texto simples.", ES: "Los errores de validación son HTTP 422 con {\"errors\": {campo: [mensajes en portugués]}}; otros errores traen \"errors\" como un texto simple."},
	source:   "https://github.com/iugu/iugu-php/blob/4ed4ab841c3bbb0d93f5b530bdf6a36015a9690e/lib/Iugu/APIRequest.php (errors object vs string)",
	cues: []Cue{
		{Text: "Iugu_Exception", Kind: SDKClass},
		{Text: "com.iugu.exceptions", Kind: SDKClass},
		{Text: "iugu-php", Kind: SDKPath},
		{Text: "\\Iugu\\APIRequest", Kind: SDKClass}, // iugu-php's APIRequestHasErrors (and its forks')
		{Text: "IuguAPIError", Kind: SDKClass},       // the Node.js clients forked from stripe-node
		{Text: "iugu", Kind: Name},
		{Text: "Iugu", Kind: Name},
	},
	entries: []Entry{
		{
			Code:     "Unauthorized",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Unauthorized (invalid API token)", PT: "Não autorizado (token de API inválido)", ES: "No autorizado (token de API no válido)"},
			Meaning:  Text{EN: "iugu refused the API token; the SDK surfaces it as 'Erro na requisição: Unauthorized' (the errors member is a string).", PT: "A iugu recusou o token de API; o SDK mostra 'Erro na requisição: Unauthorized' (o membro errors vem como texto).", ES: "iugu rechazó el token de API; el SDK lo muestra como 'Erro na requisição: Unauthorized' (el miembro errors llega como texto)."},
			Fix: []Text{
				Text{EN: "Use a live or test API token of this account, sent as the Basic user (token followed by ':').", PT: "Use um token de API (produção ou teste) desta conta, enviado como usuário do Basic (token seguido de ':').", ES: "Use un token de API (producción o prueba) de esta cuenta, enviado como usuario de Basic (token seguido de ':')."},
			},
			Retry:  Fix,
			Source: "https://github.com/iugu/iugu-php/issues/48",
		},
	},
}
