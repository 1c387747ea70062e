//go:build !textpack

// Vindi is built from public sources only: https://vindi.github.io/api-docs/dist/. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// vindi is Vindi.
var vindi = Provider{
	id:       "vindi",
	name:     "Vindi",
	docsURL:  "https://vindi.github.io/api-docs/dist/",
	hosts:    []string{"app.vindi.com.br", "sandbox-app.vindi.com.br"},
	envelope: Text{EN: "{\"errors\": [{\"id\": snake_case code, \"parameter\": field, \"message\": Portuguese sentence}]}; an unknown route answers {\"id\": \"not_found\", \"message\": …}.", PT: "{\"errors\": [{\"id\": código em snake_case, \"parameter\": campo, \"message\": frase em português}]}; uma rota desconhecida responde {\"id\": \"not_found\", \"message\": …}.", ES: "{\"errors\": [{\"id\": código en snake_case, \"parameter\": campo, \"message\": frase en portugués}]}; una ruta desconocida responde {\"id\": \"not_found\", \"message\": …}."},
	source:   "https://github.com/vindi/vindi-php/blob/e2c62b5b7028ccbc1b86618bdc1ac5a6e94d0cee/src/ApiRequester.php, src/Exceptions/RequestException.php, src/Exceptions/ValidationException.php, src/Exceptions/RateLimitException.php",
	cues: []Cue{
		{Text: "Vindi\\Exceptions", Kind: SDKClass},
		{Text: "vindi-php", Kind: SDKPath},
		{Text: "Vindi", Kind: Name},
	},
	entries: []Entry{
		{
			Code:     "invalid_parameter",
			Status:   422,
			Category: Validation,
			Title:    Text{EN: "Invalid parameter", PT: "Parâmetro inválido", ES: "Parámetro no válido"},
			Meaning:  Text{EN: "A parameter failed validation; errors[].parameter names it (card_number, registry_code, payment_company_code, phones.number…).", PT: "Um parâmetro falhou na validação; errors[].parameter indica qual (card_number, registry_code, payment_company_code, phones.number…).", ES: "Un parámetro no pasó la validación; errors[].parameter indica cuál (card_number, registry_code, payment_company_code, phones.number…)."},
			Fix: []Text{
				Text{EN: "Fix the parameter named in errors[].parameter, as its message says, and send again.", PT: "Corrija o parâmetro indicado em errors[].parameter, conforme a mensagem, e envie de novo.", ES: "Corrija el parámetro indicado en errors[].parameter, según su mensaje, y envíe de nuevo."},
			},
			Retry:  Fix,
			Source: "https://github.com/vindi/vindi-woocommerce/blob/7c47a8cfede4a4d5e66ccafda9416388f22e44e5/src/services/Api.php",
		},
		{
			Code:     "unauthorized",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Unauthorized (API key)", PT: "Não autorizado (chave da API)", ES: "No autorizado (clave de la API)"},
			Meaning:  Text{EN: "The API key is disabled, wrong or was not sent (errors[].parameter 'authorization').", PT: "A chave da API está desativada, incorreta ou não foi enviada (errors[].parameter 'authorization').", ES: "La clave de la API está desactivada, es incorrecta o no se envió (errors[].parameter 'authorization')."},
			Fix: []Text{
				Text{EN: "Send the API key as the Basic auth user (key followed by ':') for the right environment.", PT: "Envie a chave da API como usuário do Basic (chave seguida de ':') do ambiente certo.", ES: "Envíe la clave de la API como usuario de Basic (clave seguida de ':') del ambiente correcto."},
			},
			Retry:  Fix,
			Source: "https://github.com/vindi/vindi-woocommerce/blob/7c47a8cfede4a4d5e66ccafda9416388f22e44e5/src/services/Api.php",
		},
		{
			Code:     "not_found",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado", ES: "Recurso no encontrado"},
			Meaning:  Text{EN: "The resource or endpoint was not found. Recorded body for a wrong path: {\"id\":\"not_found\",\"message\":\"Recurso não encontrado: Path\"}.", PT: "O recurso ou o endpoint não foi encontrado. Corpo gravado para um caminho errado: {\"id\":\"not_found\",\"message\":\"Recurso não encontrado: Path\"}.", ES: "No se encontró el recurso o el endpoint. Cuerpo grabado para una ruta errónea: {\"id\":\"not_found\",\"message\":\"Recurso não encontrado: Path\"}."},
			Fix: []Text{
				Text{EN: "Check the path (base https://app.vindi.com.br/api/v1/) and the id.", PT: "Confira o caminho (base https://app.vindi.com.br/api/v1/) e o id.", ES: "Revise la ruta (base https://app.vindi.com.br/api/v1/) y el id."},
			},
			Retry:  Fix,
			Source: "https://github.com/vindi/vindi-ruby/blob/41217dd94b8ce7efa45ccb1ecb72f1bb1d88b454/spec/cassettes/vindi/raise_404_error.yml",
		},
	},
}
