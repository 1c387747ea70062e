// PayPal's error catalog, built from PayPal's public REST API documentation (not a seed):
// API responses (https://developer.paypal.com/api/rest/responses/: the HTTP status of
// each top-level error name), the Orders v2 error reference
// (https://developer.paypal.com/api/rest/reference/orders/v2/errors/) and its common
// errors and troubleshooting pages
// (https://developer.paypal.com/api/rest/integration/orders-api/errors/,
// https://developer.paypal.com/api/rest/integration/orders-api/troubleshooting/), the
// Payments v2 error list (https://developer.paypal.com/docs/api/payments/v2/#errors), the
// idempotency guide (https://developer.paypal.com/api/rest/reference/idempotency/), the
// rate limiting guidelines (https://developer.paypal.com/api/rest/reference/rate-limiting/)
// and the funding-failure guide
// (https://developer.paypal.com/docs/checkout/standard/customize/handle-funding-failures/).
// Issue spellings and descriptions were cross-checked against PayPal's published OpenAPI
// specifications (paypal/paypal-rest-api-specifications, checkout_orders_v2.json) and the
// SDKs generated from them.
//
// The first entries are the top-level error names (error.name), each with the status the
// responses page gives it; the rest are the fine-grained issues of details[].issue in
// the Orders v2 and Payments v2 APIs, with the status of the name they are listed under.
// RATE_LIMIT_REACHED and INTERNAL_SERVER_ERROR are both a name and an issue: one entry each.

package catalog

const (
	paypalResponses   = "https://developer.paypal.com/api/rest/responses/"
	paypalOrdersErr   = "https://developer.paypal.com/api/rest/reference/orders/v2/errors/"
	paypalPaymentsErr = "https://developer.paypal.com/docs/api/payments/v2/#errors"
	paypalIdempotency = "https://developer.paypal.com/api/rest/reference/idempotency/"

	paypalIdemSameEN = "Resend with the same PayPal-Request-Id: PayPal then returns the latest status of the first request instead of running it again (Orders keeps ids for 6 hours, up to 72 on request; Payments v2 refunds, voids and reauthorizations for 45 days). Without the header PayPal processes the request again."
	paypalIdemSamePT = "Reenvie com o mesmo PayPal-Request-Id: o PayPal então devolve o status mais recente da primeira requisição em vez de executá-la de novo (Orders guarda os ids por 6 horas, até 72 mediante solicitação; reembolsos, cancelamentos e reautorizações do Payments v2 por 45 dias). Sem o cabeçalho o PayPal processa a requisição de novo."
	paypalIdemFixEN  = "A corrected request is a new request: send it with a new PayPal-Request-Id, since the old id returns the stored outcome of the first attempt."
	paypalIdemFixPT  = "Uma requisição corrigida é uma requisição nova: envie com um PayPal-Request-Id novo, pois o id antigo devolve o resultado guardado da primeira tentativa."
)

// PayPal's error body is {"name", "message", "debug_id", "details": [{"field", "value",
// "location", "issue", "description"}], "links": [{"href", "rel", "method"}]}: name is the
// error class (INVALID_REQUEST, UNPROCESSABLE_ENTITY …, matching the HTTP status), and the
// specific code lives in details[].issue (INSTRUMENT_DECLINED, ORDER_NOT_APPROVED …), with
// field as a JSON pointer and location body, path or query; links usually holds an
// information_link to developer.paypal.com/docs/api/…/#error-<ISSUE>. Unique to PayPal:
// debug_id, details[].issue, the information_link, upper-case names. OAuth token errors
// from /v1/oauth2/token have another shape ({"error", "error_description"}).
var PayPal = Provider{
	ID:        "paypal",
	Name:      "PayPal",
	Masculine: true,
	DocsURL:   paypalOrdersErr,
	Hosts:     []string{"api-m.paypal.com", "api-m.sandbox.paypal.com", "api.paypal.com", "api.sandbox.paypal.com"},
	Envelope: Text{
		EN: "JSON body {name, message, debug_id, details:[{field, value, location, issue, description}], links:[{href, rel, method}]}: name is the error class for the HTTP status (e.g. UNPROCESSABLE_ENTITY) and details[].issue the specific code (e.g. INSTRUMENT_DECLINED); debug_id identifies the call for PayPal support. OAuth token errors use {error, error_description} instead.",
		PT: "Corpo JSON {name, message, debug_id, details:[{field, value, location, issue, description}], links:[{href, rel, method}]}: name é a classe do erro para o status HTTP (ex.: UNPROCESSABLE_ENTITY) e details[].issue o código específico (ex.: INSTRUMENT_DECLINED); debug_id identifica a chamada para o suporte do PayPal. Erros de token OAuth usam {error, error_description}.",
	},
	RateLimitHeaders:  nil,
	IdempotencyHeader: "PayPal-Request-Id",
	Support: Text{
		EN: "Give PayPal Merchant Technical Support the debug_id of the failed response (also in the Paypal-Debug-Id header), the order or capture id, the PayPal-Request-Id you sent, the environment (sandbox or live) and the time; never send the client secret or access token.",
		PT: "Informe ao suporte técnico de merchants do PayPal o debug_id da resposta com erro (também no cabeçalho Paypal-Debug-Id), o id do pedido ou da captura, o PayPal-Request-Id enviado, o ambiente (sandbox ou produção) e o horário; nunca envie o client secret nem o access token.",
	},
	Source: "PayPal REST API documentation: " + paypalResponses + ", " + paypalOrdersErr + ", https://developer.paypal.com/api/rest/integration/orders-api/errors/, " + paypalPaymentsErr + ", " + paypalIdempotency + ", https://developer.paypal.com/api/rest/reference/rate-limiting/",
	Entries: []Entry{
		// Top-level error names (error.name), in the order of the API responses page, with
		// RESOURCE_CONFLICT (409, Payments v2) placed by its status.
		{
			Code:     "INVALID_REQUEST",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Malformed or invalid request", PT: "Requisição malformada ou inválida"},
			Meaning: Text{
				EN: "The request is not well-formed, is syntactically incorrect or violates the schema: the payload could not be converted, a field has the wrong format, a required field is missing or a simple validation failed; details[] names the field and issue.",
				PT: "A requisição não está bem formada, tem erro de sintaxe ou viola o schema: o payload não pôde ser convertido, um campo tem formato errado, falta um campo obrigatório ou uma validação simples falhou; details[] indica o campo e o issue.",
			},
			Fix: []Text{
				{EN: "Read details[].field (a JSON pointer such as /purchase_units/0/amount/value) and details[].issue, and correct that field.", PT: "Leia details[].field (um JSON pointer como /purchase_units/0/amount/value) e details[].issue, e corrija esse campo."},
				{EN: "Validate the body against the endpoint's schema (types, lengths, enums) before sending.", PT: "Valide o corpo contra o schema do endpoint (tipos, tamanhos, enums) antes de enviar."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "PayPal rejects the same payload every time; only a corrected request can succeed.", PT: "O PayPal rejeita o mesmo payload sempre; só uma requisição corrigida pode dar certo."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalResponses + " (400 INVALID_REQUEST)",
		},
		{
			Code:     "AUTHENTICATION_FAILURE",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Authentication failed", PT: "Falha de autenticação"},
			Meaning: Text{
				EN: "The Authorization header is missing or the credentials are invalid: usually an expired or wrong OAuth 2.0 access token, or one from the other environment (sandbox vs live).",
				PT: "O cabeçalho Authorization está ausente ou as credenciais são inválidas: normalmente um access token OAuth 2.0 expirado ou errado, ou de outro ambiente (sandbox x produção).",
			},
			Fix: []Text{
				{EN: "Get a new access token from POST /v1/oauth2/token with the client id and secret of the same environment, and send it as Authorization: Bearer ACCESS_TOKEN.", PT: "Obtenha um novo access token em POST /v1/oauth2/token com o client id e o secret do mesmo ambiente, e envie como Authorization: Bearer ACCESS_TOKEN."},
				{EN: "Cache the token and renew it before expires_in runs out rather than requesting one per call.", PT: "Guarde o token em cache e renove-o antes de acabar o expires_in, em vez de pedir um por chamada."},
				{EN: "Check you call api-m.sandbox.paypal.com with sandbox credentials and api-m.paypal.com with live ones.", PT: "Confira se você chama api-m.sandbox.paypal.com com credenciais de sandbox e api-m.paypal.com com as de produção."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request fails until it carries a valid access token for this environment.", PT: "A requisição falha até levar um access token válido para este ambiente."},
			Source:   paypalResponses + " (401 AUTHENTICATION_FAILURE); " + paypalOrdersErr,
		},
		{
			Code:     "NOT_AUTHORIZED",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Not authorized for this operation", PT: "Sem autorização para esta operação"},
			Meaning: Text{
				EN: "Authentication worked but the app or account lacks the permission for this call, e.g. a feature not enabled for the app, or acting on behalf of a merchant who has not granted consent; details[].issue (PERMISSION_DENIED …) says which.",
				PT: "A autenticação funcionou, mas o app ou a conta não tem permissão para esta chamada, por exemplo um recurso não habilitado no app, ou agir em nome de um merchant que não deu consentimento; details[].issue (PERMISSION_DENIED …) diz qual.",
			},
			Fix: []Text{
				{EN: "Check in the Developer Dashboard that the app has the feature this call needs (e.g. advanced card processing, vault, payouts).", PT: "Confira no Developer Dashboard se o app tem o recurso que esta chamada exige (ex.: processamento avançado de cartão, vault, payouts)."},
				{EN: "For partner calls, make sure the merchant granted the permission and send PayPal-Auth-Assertion for that merchant.", PT: "Em chamadas de parceiro, verifique se o merchant concedeu a permissão e envie o PayPal-Auth-Assertion desse merchant."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Permissions do not change by retrying; the call fails until they are granted.", PT: "As permissões não mudam ao tentar de novo; a chamada falha até elas serem concedidas."},
			Source:   paypalResponses + " (403 NOT_AUTHORIZED); https://developer.paypal.com/api/rest/troubleshooting/rest_not_authorized/",
		},
		{
			Code:     "RESOURCE_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado"},
			Meaning: Text{
				EN: "Nothing matches the request URI: the id in the path (order, capture, authorization …) does not exist for this account and environment, or the URI is wrong; details[].issue is often INVALID_RESOURCE_ID.",
				PT: "Nada corresponde ao URI da requisição: o id no caminho (pedido, captura, autorização …) não existe para esta conta e ambiente, ou o URI está errado; details[].issue costuma ser INVALID_RESOURCE_ID.",
			},
			Fix: []Text{
				{EN: "Check the id in the path and the endpoint version (/v2/checkout/orders/{id}, /v2/payments/captures/{id}).", PT: "Confira o id no caminho e a versão do endpoint (/v2/checkout/orders/{id}, /v2/payments/captures/{id})."},
				{EN: "Make sure the resource was created with the same app and environment you are calling now.", PT: "Verifique se o recurso foi criado com o mesmo app e ambiente que você está chamando agora."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup keeps failing until it names an existing resource.", PT: "A consulta continua falhando até apontar um recurso existente."},
			Source:   paypalResponses + " (404 RESOURCE_NOT_FOUND)",
		},
		{
			Code:     "METHOD_NOT_SUPPORTED",
			Status:   405,
			Category: Validation,
			Title:    Text{EN: "HTTP method not supported", PT: "Método HTTP não suportado"},
			Meaning: Text{
				EN: "The endpoint does not implement the HTTP method used, e.g. a PATCH or PUT where only POST or GET exist.",
				PT: "O endpoint não implementa o método HTTP usado, por exemplo um PATCH ou PUT onde só existem POST ou GET.",
			},
			Fix: []Text{
				{EN: "Use the method the API reference gives for this path (e.g. POST /v2/checkout/orders/{id}/capture, PATCH /v2/checkout/orders/{id}).", PT: "Use o método indicado na referência da API para este caminho (ex.: POST /v2/checkout/orders/{id}/capture, PATCH /v2/checkout/orders/{id})."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The method is never accepted on this path.", PT: "O método nunca é aceito neste caminho."},
			Source:   paypalResponses + " (405 METHOD_NOT_SUPPORTED)",
		},
		{
			Code:     "MEDIA_TYPE_NOT_ACCEPTABLE",
			Status:   406,
			Category: Validation,
			Title:    Text{EN: "Response media type not acceptable", PT: "Tipo de mídia da resposta não aceitável"},
			Meaning: Text{
				EN: "The Accept header asks for a media type the server does not implement for this resource.",
				PT: "O cabeçalho Accept pede um tipo de mídia que o servidor não implementa para este recurso.",
			},
			Fix: []Text{
				{EN: "Send Accept: application/json (or omit Accept).", PT: "Envie Accept: application/json (ou omita o Accept)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same Accept header is refused every time.", PT: "O mesmo cabeçalho Accept é recusado sempre."},
			Source:   paypalResponses + " (406 MEDIA_TYPE_NOT_ACCEPTABLE)",
		},
		{
			Code:     "UNSUPPORTED_MEDIA_TYPE",
			Status:   415,
			Category: Validation,
			Title:    Text{EN: "Request media type not supported", PT: "Tipo de mídia da requisição não suportado"},
			Meaning: Text{
				EN: "The server does not support the media type of the request payload, usually a missing or wrong Content-Type.",
				PT: "O servidor não aceita o tipo de mídia do payload da requisição, normalmente um Content-Type ausente ou errado.",
			},
			Fix: []Text{
				{EN: "Send JSON bodies with Content-Type: application/json (the token call uses application/x-www-form-urlencoded).", PT: "Envie corpos JSON com Content-Type: application/json (a chamada de token usa application/x-www-form-urlencoded)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same Content-Type is refused every time.", PT: "O mesmo Content-Type é recusado sempre."},
			Source:   paypalResponses + " (415 UNSUPPORTED_MEDIA_TYPE)",
		},
		{
			Code:     "RESOURCE_CONFLICT",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Conflict with a request in progress", PT: "Conflito com uma requisição em andamento"},
			Meaning: Text{
				EN: "The server detected a conflict while processing the request: in the Payments v2 API, a previous call on the same capture or authorization is still in progress (issue PREVIOUS_REQUEST_IN_PROGRESS).",
				PT: "O servidor detectou um conflito ao processar a requisição: na API Payments v2, uma chamada anterior sobre a mesma captura ou autorização ainda está em andamento (issue PREVIOUS_REQUEST_IN_PROGRESS).",
			},
			Fix: []Text{
				{EN: "Wait a little and resend with the same PayPal-Request-Id.", PT: "Espere um pouco e reenvie com o mesmo PayPal-Request-Id."},
				{EN: "Space out calls on the same resource instead of firing them back to back.", PT: "Espace as chamadas sobre o mesmo recurso em vez de dispará-las em sequência."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The conflict ends when the earlier call finishes, so a delayed retry succeeds.", PT: "O conflito termina quando a chamada anterior acaba, então uma nova tentativa depois de um intervalo dá certo."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT},
			Source:      paypalPaymentsErr + " (409: a previous call for the given resource is in progress; name RESOURCE_CONFLICT as in PayPal's OpenAPI error_409 schema)",
		},
		{
			Code:     "UNPROCESSABLE_ENTITY",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Request failed business validation", PT: "Requisição reprovada na validação de negócio"},
			Meaning: Text{
				EN: "The request is well-formed but the action could not be performed: it is semantically incorrect or failed a business rule (declined instrument, order not approved, already captured …); details[].issue gives the precise reason.",
				PT: "A requisição está bem formada, mas a ação não pôde ser feita: ela está semanticamente incorreta ou falhou numa regra de negócio (instrumento recusado, pedido não aprovado, já capturado …); details[].issue dá o motivo exato.",
			},
			Fix: []Text{
				{EN: "Look up details[].issue (and details[].description) for the specific cause and its fix.", PT: "Consulte details[].issue (e details[].description) para a causa específica e a correção."},
				{EN: "Follow the information_link in links[] to the issue's documentation.", PT: "Siga o information_link em links[] até a documentação do issue."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same request fails the same rule again; what to change depends on the issue.", PT: "A mesma requisição falha na mesma regra de novo; o que mudar depende do issue."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalResponses + " (422 UNPROCESSABLE_ENTITY); https://developer.paypal.com/api/rest/troubleshooting/rest_unprocessable_entity/",
		},
		{
			Code:     "RATE_LIMIT_REACHED",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Too many requests", PT: "Requisições demais"},
			Meaning: Text{
				EN: "Too many requests were sent and PayPal blocked them; PayPal publishes no fixed limits and rate-limits traffic that looks anomalous, such as polling or a new OAuth token per call.",
				PT: "Requisições demais foram enviadas e o PayPal as bloqueou; o PayPal não publica limites fixos e limita o tráfego que parece anômalo, como polling ou um token OAuth novo a cada chamada.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff (PayPal documents no Retry-After; honour one if present).", PT: "Tente de novo com backoff exponencial (o PayPal não documenta Retry-After; respeite-o se vier)."},
				{EN: "Use webhooks instead of polling order status, and cache the access token until it expires.", PT: "Use webhooks em vez de consultar o status do pedido em polling, e guarde o access token até ele expirar."},
				{EN: "If the limiting hurts your integration, contact PayPal Merchant Technical Support.", PT: "Se a limitação prejudicar sua integração, fale com o suporte técnico de merchants do PayPal."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The block is temporary and PayPal states no delay, so back off and retry.", PT: "O bloqueio é temporário e o PayPal não informa um prazo, então faça backoff e tente de novo."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT},
			Source:      paypalResponses + " (429 RATE_LIMIT_REACHED); https://developer.paypal.com/api/rest/reference/rate-limiting/; " + paypalPaymentsErr + " (issue RATE_LIMIT_REACHED)",
		},
		{
			Code:     "INTERNAL_SERVER_ERROR",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "PayPal internal error", PT: "Erro interno do PayPal"},
			Meaning: Text{
				EN: "A system or application error occurred on PayPal's side; for a write such as a capture or refund the outcome is unknown: the money may have moved.",
				PT: "Houve um erro de sistema ou de aplicação do lado do PayPal; numa escrita como captura ou reembolso o resultado é incerto: o dinheiro pode ter sido movimentado.",
			},
			Fix: []Text{
				{EN: "Resend the same call with the same PayPal-Request-Id: PayPal returns the result of the first attempt if it went through.", PT: "Reenvie a mesma chamada com o mesmo PayPal-Request-Id: o PayPal devolve o resultado da primeira tentativa se ela foi feita."},
				{EN: "If you sent no PayPal-Request-Id, first GET the order (/v2/checkout/orders/{id}) or capture and check its status.", PT: "Se você não enviou PayPal-Request-Id, consulte antes o pedido (GET /v2/checkout/orders/{id}) ou a captura e confira o status."},
				{EN: "Check PayPal's status page; if it persists, contact support with the debug_id.", PT: "Veja a página de status do PayPal; se persistir, fale com o suporte informando o debug_id."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The write may have completed, so resend only with the same PayPal-Request-Id or after looking the resource up.", PT: "A escrita pode ter sido concluída, então reenvie só com o mesmo PayPal-Request-Id ou depois de consultar o recurso."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT},
			Source:      paypalResponses + " (500 INTERNAL_SERVER_ERROR); " + paypalIdempotency + "; " + paypalPaymentsErr + " (issue INTERNAL_SERVER_ERROR: try your request again later)",
		},
		{
			Code:     "SERVICE_UNAVAILABLE",
			Status:   503,
			Category: Unavailable,
			Title:    Text{EN: "Service unavailable", PT: "Serviço indisponível"},
			Meaning: Text{
				EN: "The server is temporarily unable to handle the request, for example because of planned maintenance or downtime.",
				PT: "O servidor está temporariamente incapaz de atender a requisição, por exemplo por manutenção programada ou indisponibilidade.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff, honouring Retry-After if present.", PT: "Tente de novo com backoff exponencial, respeitando o Retry-After se vier."},
				{EN: "Check PayPal's status page for maintenance windows.", PT: "Veja na página de status do PayPal se há janela de manutenção."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The outage is temporary; a later attempt can succeed.", PT: "A indisponibilidade é temporária; uma tentativa mais tarde pode dar certo."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT},
			Source:      paypalResponses + " (503 SERVICE_UNAVAILABLE); https://developer.paypal.com/api/tracking/v1/definitions/error_503",
		},

		// details[].issue values of the Orders v2 and Payments v2 APIs, grouped by the
		// status of the name they come under.
		{
			Code:     "INVALID_PARAMETER_VALUE",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid field value", PT: "Valor de campo inválido"},
			Meaning: Text{
				EN: "The value of a field is not one of the allowed values (e.g. an intent other than CAPTURE or AUTHORIZE, an unknown landing_page); details[].field points at it.",
				PT: "O valor de um campo não está entre os permitidos (ex.: um intent diferente de CAPTURE ou AUTHORIZE, um landing_page desconhecido); details[].field aponta o campo.",
			},
			Fix: []Text{
				{EN: "Check the allowed values of the field named in details[].field in the API reference and send one of them.", PT: "Confira os valores permitidos do campo indicado em details[].field na referência da API e envie um deles."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: INVALID_PARAMETER_VALUE); " + paypalPaymentsErr,
		},
		{
			Code:     "INVALID_PARAMETER_SYNTAX",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Field does not match the expected format", PT: "Campo fora do formato esperado"},
			Meaning: Text{
				EN: "The value of a field does not conform to the expected pattern, e.g. an amount value like \"10,00\" instead of \"10.00\" or a malformed date or id.",
				PT: "O valor de um campo não segue o padrão esperado, por exemplo um amount value como \"10,00\" em vez de \"10.00\" ou uma data ou id malformado.",
			},
			Fix: []Text{
				{EN: "Check the pattern of the field in details[].field; send amounts as strings with a dot and at most two decimals (\"10.00\").", PT: "Confira o padrão do campo em details[].field; envie valores como string com ponto e no máximo duas casas (\"10.00\")."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: INVALID_PARAMETER_SYNTAX); " + paypalPaymentsErr,
		},
		{
			Code:     "INVALID_STRING_LENGTH",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Field too short or too long", PT: "Campo curto ou longo demais"},
			Meaning: Text{
				EN: "The value of a field is shorter or longer than allowed (e.g. invoice_id or custom_id over 127 characters, a description over its limit).",
				PT: "O valor de um campo é mais curto ou mais longo que o permitido (ex.: invoice_id ou custom_id com mais de 127 caracteres, uma descrição acima do limite).",
			},
			Fix: []Text{
				{EN: "Check the minimum and maximum length of the field in details[].field and trim or pad the value.", PT: "Confira o tamanho mínimo e máximo do campo em details[].field e encurte ou complete o valor."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: INVALID_STRING_LENGTH); " + paypalPaymentsErr,
		},
		{
			Code:     "MISSING_REQUIRED_PARAMETER",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Required field missing", PT: "Campo obrigatório ausente"},
			Meaning: Text{
				EN: "A required field or parameter is missing, e.g. intent, purchase_units or amount.currency_code; details[].field names it.",
				PT: "Falta um campo ou parâmetro obrigatório, por exemplo intent, purchase_units ou amount.currency_code; details[].field o indica.",
			},
			Fix: []Text{
				{EN: "Add the field named in details[].field and compare the body with the endpoint's required fields.", PT: "Inclua o campo indicado em details[].field e compare o corpo com os campos obrigatórios do endpoint."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request fails until the field is sent.", PT: "A requisição falha até o campo ser enviado."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: MISSING_REQUIRED_PARAMETER); " + paypalPaymentsErr,
		},
		{
			Code:     "MALFORMED_REQUEST_JSON",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Request JSON is malformed", PT: "JSON da requisição malformado"},
			Meaning: Text{
				EN: "The request body is not well-formed JSON (a missing bracket or comma, a trailing comma, unescaped quotes).",
				PT: "O corpo da requisição não é um JSON bem formado (falta de chave ou vírgula, vírgula sobrando, aspas sem escape).",
			},
			Fix: []Text{
				{EN: "Serialize the body with a JSON library instead of concatenating strings, and validate it before sending.", PT: "Serialize o corpo com uma biblioteca de JSON em vez de concatenar strings, e valide-o antes de enviar."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same body can never be parsed.", PT: "O mesmo corpo nunca vai ser interpretado."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: MALFORMED_REQUEST_JSON); " + paypalPaymentsErr,
		},
		{
			Code:     "PAYPAL_REQUEST_ID_REQUIRED",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "PayPal-Request-Id header required", PT: "Cabeçalho PayPal-Request-Id obrigatório"},
			Meaning: Text{
				EN: "The order creation carries a payment_source (card, vault id, billing agreement …), which processes the payment in one step, and such calls must send a PayPal-Request-Id.",
				PT: "A criação do pedido traz um payment_source (cartão, vault id, billing agreement …), que processa o pagamento numa etapa só, e essas chamadas precisam enviar um PayPal-Request-Id.",
			},
			Fix: []Text{
				{EN: "Send a PayPal-Request-Id header (e.g. a UUID per order attempt, at most 108 characters) on the create order call.", PT: "Envie o cabeçalho PayPal-Request-Id (ex.: um UUID por tentativa de pedido, no máximo 108 caracteres) na criação do pedido."},
				{EN: "Or create the order without payment_source and let the payer approve it.", PT: "Ou crie o pedido sem payment_source e deixe o pagador aprovar."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The call is refused until the header is present.", PT: "A chamada é recusada até o cabeçalho estar presente."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT},
			Source:      paypalOrdersErr + " (create order, INVALID_REQUEST: PAYPAL_REQUEST_ID_REQUIRED); PayPal-Request-Id parameter of orders.create in checkout_orders_v2.json",
		},
		{
			Code:     "PERMISSION_DENIED",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Permission denied on this resource", PT: "Permissão negada neste recurso"},
			Meaning: Text{
				EN: "You do not have permission to access or act on this resource, e.g. an order created by another app or merchant, or a call on behalf of a merchant without the granted permission.",
				PT: "Você não tem permissão para acessar ou operar este recurso, por exemplo um pedido criado por outro app ou merchant, ou uma chamada em nome de um merchant sem a permissão concedida.",
			},
			Fix: []Text{
				{EN: "Use the credentials of the app that created the resource.", PT: "Use as credenciais do app que criou o recurso."},
				{EN: "When acting for a merchant, make sure they granted the permission and identify them with PayPal-Auth-Assertion.", PT: "Ao agir por um merchant, verifique se ele concedeu a permissão e identifique-o com o PayPal-Auth-Assertion."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The permission is missing; retrying the same call is refused again.", PT: "Falta a permissão; a mesma chamada, se repetida, é recusada de novo."},
			Source:   paypalOrdersErr + " (NOT_AUTHORIZED: PERMISSION_DENIED); " + paypalPaymentsErr,
		},
		{
			Code:     "INVALID_RESOURCE_ID",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource id does not exist", PT: "Id do recurso não existe"},
			Meaning: Text{
				EN: "The resource id in the request (order, capture, authorization) does not exist, often a typo, an id from the other environment, or an order that has expired and been purged.",
				PT: "O id do recurso na requisição (pedido, captura, autorização) não existe, muitas vezes um erro de digitação, um id do outro ambiente, ou um pedido que expirou e foi removido.",
			},
			Fix: []Text{
				{EN: "Check the id and that you call the environment (sandbox or live) where it was created.", PT: "Confira o id e se você chama o ambiente (sandbox ou produção) onde ele foi criado."},
				{EN: "If the order expired, create a new one.", PT: "Se o pedido expirou, crie um novo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The id will not start existing; use a valid one.", PT: "O id não vai passar a existir; use um válido."},
			Source:   paypalOrdersErr + " (RESOURCE_NOT_FOUND: INVALID_RESOURCE_ID); " + paypalPaymentsErr,
		},
		{
			Code:     "PREVIOUS_REQUEST_IN_PROGRESS",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Previous request on this resource in progress", PT: "Requisição anterior neste recurso em andamento"},
			Meaning: Text{
				EN: "Another request on the same resource (a capture, refund or void of the same authorization or capture) is still being processed; it happens when calls on one resource are made within a very short time.",
				PT: "Outra requisição sobre o mesmo recurso (captura, reembolso ou cancelamento da mesma autorização ou captura) ainda está sendo processada; acontece quando as chamadas sobre um recurso são feitas num intervalo muito curto.",
			},
			Fix: []Text{
				{EN: "Wait some time and try again, with the same PayPal-Request-Id.", PT: "Espere um tempo e tente de novo, com o mesmo PayPal-Request-Id."},
				{EN: "Space out the first and the following requests on the same resource.", PT: "Espace a primeira requisição e as seguintes sobre o mesmo recurso."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "PayPal asks to wait and try again; once the first call finishes the retry gets its outcome.", PT: "O PayPal pede para esperar e tentar de novo; quando a primeira chamada terminar, a nova tentativa recebe o resultado."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT},
			Source:      paypalPaymentsErr + " (PREVIOUS_REQUEST_IN_PROGRESS; 409)",
		},
		{
			Code:     "INSTRUMENT_DECLINED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Funding source declined", PT: "Fonte de pagamento recusada"},
			Meaning: Text{
				EN: "The payer's funding source (card or bank) was declined by the processor or bank, or cannot be used for this payment: e.g. the billing address could not be confirmed, the card limit was exceeded or the issuer refused.",
				PT: "A fonte de pagamento do pagador (cartão ou banco) foi recusada pelo processador ou pelo banco, ou não pode ser usada neste pagamento: ex.: o endereço de cobrança não foi confirmado, o limite do cartão foi excedido ou o emissor recusou.",
			},
			Fix: []Text{
				{EN: "Restart the payment so the payer can pick another funding source: in the JS SDK's onApprove, call actions.restart() when your server reports INSTRUMENT_DECLINED.", PT: "Reinicie o pagamento para o pagador escolher outra fonte: no onApprove do JS SDK, chame actions.restart() quando o seu servidor informar INSTRUMENT_DECLINED."},
				{EN: "Then capture the same order again after the payer approves with the new source.", PT: "Depois capture o mesmo pedido de novo, quando o pagador aprovar com a nova fonte."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same funding source is refused again; only another source chosen by the payer can succeed.", PT: "A mesma fonte é recusada de novo; só outra fonte escolhida pelo pagador pode dar certo."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: INSTRUMENT_DECLINED); https://developer.paypal.com/docs/checkout/standard/customize/handle-funding-failures/",
		},
		{
			Code:     "PAYER_ACTION_REQUIRED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Payer action required", PT: "Ação do pagador necessária"},
			Meaning: Text{
				EN: "The payer must do something before the payment can proceed (typically 3D Secure authentication or returning to PayPal to approve); the response links hold the payer-action URL.",
				PT: "O pagador precisa fazer algo antes de o pagamento prosseguir (normalmente a autenticação 3D Secure ou voltar ao PayPal para aprovar); os links da resposta trazem a URL de payer-action.",
			},
			Fix: []Text{
				{EN: "Redirect the payer to the link with rel payer-action (or let the JS SDK/card fields handle the challenge).", PT: "Redirecione o pagador ao link com rel payer-action (ou deixe o JS SDK/card fields tratar o desafio)."},
				{EN: "After the payer returns, capture or authorize the order again.", PT: "Depois que o pagador voltar, capture ou autorize o pedido de novo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Nothing changes until the payer completes the action; retry after they do.", PT: "Nada muda até o pagador concluir a ação; tente de novo depois disso."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: PAYER_ACTION_REQUIRED)",
		},
		{
			Code:     "ORDER_NOT_APPROVED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Order not approved by the payer", PT: "Pedido não aprovado pelo pagador"},
			Meaning: Text{
				EN: "You tried to capture or authorize an order the payer has not approved yet.",
				PT: "Você tentou capturar ou autorizar um pedido que o pagador ainda não aprovou.",
			},
			Fix: []Text{
				{EN: "Redirect the payer to the rel approve URL from the create order response, and capture only after they return (onApprove).", PT: "Redirecione o pagador à URL rel approve da resposta de criação do pedido, e capture só depois que ele voltar (onApprove)."},
				{EN: "Or create the order with a valid payment_source so no approval is needed.", PT: "Ou crie o pedido com um payment_source válido, para que não seja preciso aprovação."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The capture keeps failing until the payer approves the order.", PT: "A captura continua falhando até o pagador aprovar o pedido."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: ORDER_NOT_APPROVED)",
		},
		{
			Code:     "ORDER_ALREADY_CAPTURED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Order already captured", PT: "Pedido já capturado"},
			Meaning: Text{
				EN: "The order was already captured; with intent=CAPTURE only one capture per order is allowed.",
				PT: "O pedido já foi capturado; com intent=CAPTURE só é permitida uma captura por pedido.",
			},
			Fix: []Text{
				{EN: "Treat the payment as done: GET the order and record the capture in purchase_units[].payments.captures.", PT: "Considere o pagamento feito: consulte o pedido (GET) e registre a captura em purchase_units[].payments.captures."},
				{EN: "Guard your capture call against double submits (one PayPal-Request-Id per order).", PT: "Proteja a chamada de captura contra envios duplicados (um PayPal-Request-Id por pedido)."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An order is captured once; capturing it again can never succeed.", PT: "Um pedido é capturado uma vez só; capturá-lo de novo nunca vai dar certo."},
			Idempotency: Text{
				EN: "Send the capture with a PayPal-Request-Id derived from the order: a retry then returns the first capture's result instead of this error.",
				PT: "Envie a captura com um PayPal-Request-Id derivado do pedido: uma nova tentativa então devolve o resultado da primeira captura em vez deste erro.",
			},
			Source: paypalOrdersErr + " (UNPROCESSABLE_ENTITY: ORDER_ALREADY_CAPTURED)",
		},
		{
			Code:     "ORDER_ALREADY_AUTHORIZED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Order already authorized", PT: "Pedido já autorizado"},
			Meaning: Text{
				EN: "The order was already authorized; with intent=AUTHORIZE only one authorization per order is allowed.",
				PT: "O pedido já foi autorizado; com intent=AUTHORIZE só é permitida uma autorização por pedido.",
			},
			Fix: []Text{
				{EN: "GET the order and use the existing authorization in purchase_units[].payments.authorizations to capture.", PT: "Consulte o pedido (GET) e use a autorização existente em purchase_units[].payments.authorizations para capturar."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A second authorization of the same order can never succeed.", PT: "Uma segunda autorização do mesmo pedido nunca vai dar certo."},
			Source:   paypalOrdersErr + " (UNPROCESSABLE_ENTITY: ORDER_ALREADY_AUTHORIZED)",
		},
		{
			Code:     "ORDER_EXPIRED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Order expired", PT: "Pedido expirado"},
			Meaning: Text{
				EN: "The order has expired and can no longer be authorized or captured.",
				PT: "O pedido expirou e não pode mais ser autorizado nem capturado.",
			},
			Fix: []Text{
				{EN: "Create a new order and have the payer approve it.", PT: "Crie um novo pedido e peça ao pagador que o aprove."},
				{EN: "If you need a longer order validity, ask PayPal Customer Support.", PT: "Se precisar de validade maior para os pedidos, fale com o suporte do PayPal."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An expired order cannot be revived; only a new order can be paid.", PT: "Um pedido expirado não pode ser reativado; só um novo pedido pode ser pago."},
			Source:   paypalOrdersErr + " (UNPROCESSABLE_ENTITY: ORDER_EXPIRED)",
		},
		{
			Code:     "DUPLICATE_INVOICE_ID",
			Status:   422,
			Category: Conflict,
			Title:    Text{EN: "Duplicate invoice id", PT: "invoice_id duplicado"},
			Meaning: Text{
				EN: "A payment with this invoice_id was already captured, and the account is set to require a unique invoice id per transaction, so PayPal refused a possible duplicate.",
				PT: "Um pagamento com este invoice_id já foi capturado, e a conta está configurada para exigir invoice id único por transação, então o PayPal recusou um possível duplicado.",
			},
			Fix: []Text{
				{EN: "Check whether the earlier payment for this invoice succeeded before charging again.", PT: "Verifique se o pagamento anterior desta fatura foi concluído antes de cobrar de novo."},
				{EN: "If this really is a new transaction, send a new, unique invoice_id.", PT: "Se for mesmo uma transação nova, envie um invoice_id novo e único."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "This invoice was already paid; the same request can never succeed and resending risks a double charge.", PT: "Esta fatura já foi paga; a mesma requisição nunca vai dar certo e reenviar arrisca cobrança em dobro."},
			Idempotency: Text{
				EN: "Use PayPal-Request-Id for retries of the same call and a unique invoice_id per order; the invoice check is PayPal's second line against duplicates.",
				PT: "Use PayPal-Request-Id nas novas tentativas da mesma chamada e um invoice_id único por pedido; a checagem de fatura é a segunda barreira do PayPal contra duplicados.",
			},
			Source: paypalOrdersErr + " (UNPROCESSABLE_ENTITY: DUPLICATE_INVOICE_ID); " + paypalPaymentsErr,
		},
		{
			Code:     "PAYEE_ACCOUNT_RESTRICTED",
			Status:   422,
			Category: Authorization,
			Title:    Text{EN: "Merchant account restricted", PT: "Conta do recebedor com restrição"},
			Meaning: Text{
				EN: "The payee's (merchant's) PayPal account is restricted, so it cannot receive this payment.",
				PT: "A conta PayPal do recebedor (merchant) está com restrição, então não pode receber este pagamento.",
			},
			Fix: []Text{
				{EN: "The merchant must log in to PayPal, resolve the limitation (documents, verification) or call PayPal Customer Support.", PT: "O merchant precisa entrar no PayPal e resolver a limitação (documentos, verificação) ou ligar para o suporte do PayPal."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Payments keep failing until PayPal lifts the restriction on the account.", PT: "Os pagamentos continuam falhando até o PayPal retirar a restrição da conta."},
			Source:   paypalOrdersErr + " (UNPROCESSABLE_ENTITY: PAYEE_ACCOUNT_RESTRICTED); " + paypalPaymentsErr,
		},
		{
			Code:     "PAYER_CANNOT_PAY",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Payer cannot pay for this transaction", PT: "Pagador não pode pagar esta transação"},
			Meaning: Text{
				EN: "The combination of payer and payee settings means this payer cannot pay this merchant for this transaction.",
				PT: "A combinação das configurações do pagador e do recebedor faz com que este pagador não possa pagar este merchant nesta transação.",
			},
			Fix: []Text{
				{EN: "Tell the payer to use another way to pay (another PayPal account, card or payment method).", PT: "Oriente o pagador a usar outra forma de pagamento (outra conta PayPal, cartão ou meio de pagamento)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same payer is refused again; another payment method is needed.", PT: "O mesmo pagador é recusado de novo; é preciso outro meio de pagamento."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: PAYER_CANNOT_PAY); " + paypalPaymentsErr,
		},
		{
			Code:     "TRANSACTION_REFUSED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Transaction refused", PT: "Transação recusada"},
			Meaning: Text{
				EN: "PayPal refused the transaction, typically by its risk checks, without a more specific reason.",
				PT: "O PayPal recusou a transação, normalmente pelas verificações de risco, sem um motivo mais específico.",
			},
			Fix: []Text{
				{EN: "Ask the payer to use another payment method.", PT: "Peça ao pagador que use outra forma de pagamento."},
				{EN: "If many payments are refused, contact PayPal with the debug_id.", PT: "Se muitos pagamentos forem recusados, fale com o PayPal informando o debug_id."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same transaction is refused again; change the payment method.", PT: "A mesma transação é recusada de novo; troque a forma de pagamento."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: TRANSACTION_REFUSED)",
		},
		{
			Code:     "MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Too many payment attempts", PT: "Tentativas de pagamento demais"},
			Meaning: Text{
				EN: "The maximum number of payment attempts was exceeded for this payment.",
				PT: "O número máximo de tentativas de pagamento foi excedido para este pagamento.",
			},
			Fix: []Text{
				{EN: "Stop retrying this order; ask the payer for another payment method on a new order.", PT: "Pare de tentar este pedido; peça ao pagador outro meio de pagamento num pedido novo."},
				{EN: "To review the allowed number of attempts, call PayPal Customer Support.", PT: "Para rever o número de tentativas permitido, ligue para o suporte do PayPal."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "Further attempts on this order are refused.", PT: "Novas tentativas neste pedido são recusadas."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED)",
		},
		{
			Code:     "REDIRECT_PAYER_FOR_ALTERNATE_FUNDING",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Payer must choose another funding source", PT: "Pagador deve escolher outra fonte de pagamento"},
			Meaning: Text{
				EN: "The transaction failed with the current funding source; PayPal asks you to send the payer back to choose another one.",
				PT: "A transação falhou com a fonte de pagamento atual; o PayPal pede que você leve o pagador de volta para escolher outra.",
			},
			Fix: []Text{
				{EN: "Redirect the payer to PayPal (actions.restart() in the JS SDK) to select another funding source, then capture again.", PT: "Redirecione o pagador ao PayPal (actions.restart() no JS SDK) para escolher outra fonte, e capture de novo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same funding source fails again; the payer must choose another.", PT: "A mesma fonte falha de novo; o pagador precisa escolher outra."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: REDIRECT_PAYER_FOR_ALTERNATE_FUNDING)",
		},
		{
			Code:     "AMOUNT_MISMATCH",
			Status:   422,
			Category: Validation,
			Title:    Text{EN: "Amount does not match its breakdown", PT: "Valor não bate com o detalhamento"},
			Meaning: Text{
				EN: "amount.value must equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount of amount.breakdown, and it does not.",
				PT: "amount.value precisa ser igual a item_total + tax_total + shipping + handling + insurance - shipping_discount - discount de amount.breakdown, e não é.",
			},
			Fix: []Text{
				{EN: "Recompute the total from the breakdown (and item_total from unit_amount × quantity of the items) with exact decimal arithmetic.", PT: "Recalcule o total a partir do breakdown (e o item_total a partir de unit_amount × quantity dos itens) com aritmética decimal exata."},
				{EN: "Reflect discounts and sale prices in the breakdown too.", PT: "Reflita descontos e preços promocionais também no breakdown."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same totals are refused every time.", PT: "Os mesmos totais são recusados sempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: AMOUNT_MISMATCH); https://developer.paypal.com/api/rest/integration/orders-api/troubleshooting/",
		},
		{
			Code:     "CURRENCY_NOT_SUPPORTED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Currency not supported", PT: "Moeda não suportada"},
			Meaning: Text{
				EN: "The currency of the order is not supported by PayPal for this transaction or is not enabled on the receiving account.",
				PT: "A moeda do pedido não é suportada pelo PayPal nesta transação ou não está habilitada na conta recebedora.",
			},
			Fix: []Text{
				{EN: "Use a currency from PayPal's currency codes list (e.g. BRL, USD, EUR) and check the receiving account is configured to accept it.", PT: "Use uma moeda da lista de códigos de moeda do PayPal (ex.: BRL, USD, EUR) e verifique se a conta recebedora está configurada para aceitá-la."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same currency is refused until it is supported or enabled.", PT: "A mesma moeda é recusada até ser suportada ou habilitada."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      "https://developer.paypal.com/api/rest/integration/orders-api/troubleshooting/ (CURRENCY_NOT_SUPPORTED); https://developer.paypal.com/api/handle-payment-failures",
		},
		{
			Code:     "CARD_EXPIRED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Card expired", PT: "Cartão expirado"},
			Meaning: Text{
				EN: "The card used is past its expiry date and cannot be charged.",
				PT: "O cartão usado passou da data de validade e não pode ser cobrado.",
			},
			Fix: []Text{
				{EN: "Show the payer the error and ask for another card.", PT: "Mostre o erro ao pagador e peça outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "An expired card is refused every time.", PT: "Um cartão expirado é recusado sempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalPaymentsErr + " (CARD_EXPIRED); https://developer.paypal.com/api/rest/integration/orders-api/troubleshooting/",
		},
		{
			Code:     "COMPLIANCE_VIOLATION",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Declined for a compliance violation", PT: "Recusado por violação de compliance"},
			Meaning: Text{
				EN: "The transaction was declined because of a possible compliance violation.",
				PT: "A transação foi recusada por uma possível violação de compliance.",
			},
			Fix: []Text{
				{EN: "Do not retry; contact PayPal Customer Support for details about the transaction.", PT: "Não tente de novo; fale com o suporte do PayPal para detalhes sobre a transação."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A compliance decline is not lifted by retrying.", PT: "Uma recusa por compliance não é desfeita tentando de novo."},
			Source:   paypalPaymentsErr + " (COMPLIANCE_VIOLATION); " + paypalOrdersErr,
		},
		{
			Code:     "AUTHORIZATION_EXPIRED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Authorization expired", PT: "Autorização expirada"},
			Meaning: Text{
				EN: "You tried to capture an authorized payment that has expired (PayPal authorizations have a 3-day honor period and last up to 29 days).",
				PT: "Você tentou capturar um pagamento autorizado que expirou (autorizações do PayPal têm período de garantia de 3 dias e duram até 29 dias).",
			},
			Fix: []Text{
				{EN: "Create a new order and have it approved again; capture future authorizations in time, or reauthorize between day 4 and day 29.", PT: "Crie um novo pedido e peça nova aprovação; capture as próximas autorizações a tempo, ou reautorize entre o 4º e o 29º dia."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An expired authorization cannot be captured; only a new payment can collect the money.", PT: "Uma autorização expirada não pode ser capturada; só um novo pagamento pode receber o dinheiro."},
			Source:   paypalPaymentsErr + " (AUTHORIZATION_EXPIRED; reauthorize authorized payment)",
		},
		{
			Code:     "REFUND_AMOUNT_EXCEEDED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Refund larger than what is left", PT: "Reembolso maior que o saldo restante"},
			Meaning: Text{
				EN: "The refund amount is larger than the part of the capture that has not been refunded yet.",
				PT: "O valor do reembolso é maior que a parte da captura que ainda não foi reembolsada.",
			},
			Fix: []Text{
				{EN: "GET the capture and its refunds, and refund at most the remaining amount, in the capture's currency.", PT: "Consulte a captura e os reembolsos dela, e reembolse no máximo o valor restante, na moeda da captura."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is refused every time.", PT: "O mesmo valor é recusado sempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT},
			Source:      paypalPaymentsErr + " (REFUND_AMOUNT_EXCEEDED)",
		},
	},
}
