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
	paypalIdemSameES = "Vuelva a enviar con el mismo PayPal-Request-Id: PayPal devuelve entonces el estado más reciente de la primera solicitud en lugar de ejecutarla de nuevo (Orders conserva los ids durante 6 horas, hasta 72 a pedido; los reembolsos, anulaciones y reautorizaciones de Payments v2, durante 45 días). Sin el encabezado, PayPal procesa la solicitud de nuevo."
	paypalIdemFixEN  = "A corrected request is a new request: send it with a new PayPal-Request-Id, since the old id returns the stored outcome of the first attempt."
	paypalIdemFixPT  = "Uma requisição corrigida é uma requisição nova: envie com um PayPal-Request-Id novo, pois o id antigo devolve o resultado guardado da primeira tentativa."
	paypalIdemFixES  = "Una solicitud corregida es una solicitud nueva: envíela con un PayPal-Request-Id nuevo, ya que el id anterior devuelve el resultado guardado del primer intento."
)

// PayPal's error body is {"name", "message", "debug_id", "details": [{"field", "value",
// "location", "issue", "description"}], "links": [{"href", "rel", "method"}]}: name is the
// error class (INVALID_REQUEST, UNPROCESSABLE_ENTITY …, matching the HTTP status), and the
// specific code lives in details[].issue (INSTRUMENT_DECLINED, ORDER_NOT_APPROVED …), with
// field as a JSON pointer and location body, path or query; links usually holds an
// information_link to developer.paypal.com/docs/api/…/#error-<ISSUE>. Unique to PayPal:
// debug_id, details[].issue, the information_link, upper-case names. OAuth token errors
// from /v1/oauth2/token have another shape ({"error", "error_description"}).
var payPal = Provider{
	id:        "paypal",
	name:      "PayPal",
	masculine: true,
	docsURL:   paypalOrdersErr,
	hosts:     []string{"api-m.paypal.com", "api-m.sandbox.paypal.com", "api.paypal.com", "api.sandbox.paypal.com"},
	envelope: Text{
		EN: "JSON body {name, message, debug_id, details:[{field, value, location, issue, description}], links:[{href, rel, method}]}: name is the error class for the HTTP status (e.g. UNPROCESSABLE_ENTITY) and details[].issue the specific code (e.g. INSTRUMENT_DECLINED); debug_id identifies the call for PayPal support. OAuth token errors use {error, error_description} instead.",
		PT: "Corpo JSON {name, message, debug_id, details:[{field, value, location, issue, description}], links:[{href, rel, method}]}: name é a classe do erro para o status HTTP (ex.: UNPROCESSABLE_ENTITY) e details[].issue o código específico (ex.: INSTRUMENT_DECLINED); debug_id identifica a chamada para o suporte do PayPal. Erros de token OAuth usam {error, error_description}.",
		ES: "Cuerpo JSON {name, message, debug_id, details:[{field, value, location, issue, description}], links:[{href, rel, method}]}: name es la clase de error del estado HTTP (p. ej., UNPROCESSABLE_ENTITY) y details[].issue el código específico (p. ej., INSTRUMENT_DECLINED); debug_id identifica la llamada ante el soporte de PayPal. Los errores del token OAuth usan en cambio {error, error_description}.",
	},
	rateLimitHeaders:  nil,
	idempotencyHeader: "PayPal-Request-Id",
	support: Text{
		EN: "Give PayPal Merchant Technical Support the debug_id of the failed response (also in the Paypal-Debug-Id header), the order or capture id, the PayPal-Request-Id you sent, the environment (sandbox or live) and the time; never send the client secret or access token.",
		PT: "Informe ao suporte técnico de merchants do PayPal o debug_id da resposta com erro (também no cabeçalho Paypal-Debug-Id), o id do pedido ou da captura, o PayPal-Request-Id enviado, o ambiente (sandbox ou produção) e o horário; nunca envie o client secret nem o access token.",
		ES: "Proporcione al Merchant Technical Support de PayPal el debug_id de la respuesta fallida (también en el encabezado Paypal-Debug-Id), el id de la orden o de la captura, el PayPal-Request-Id que envió, el entorno (sandbox o live) y la hora; nunca envíe el client secret ni el access token.",
	},
	source: "PayPal REST API documentation: " + paypalResponses + ", " + paypalOrdersErr + ", https://developer.paypal.com/api/rest/integration/orders-api/errors/, " + paypalPaymentsErr + ", " + paypalIdempotency + ", https://developer.paypal.com/api/rest/reference/rate-limiting/",
	cues: []Cue{
		{Text: "PayPalHttp\\HttpException", Kind: SDKClass},
		{Text: "PayPalHttp.HttpException", Kind: SDKClass},
		{Text: "paypalhttp.http_error.HttpError", Kind: SDKClass},
		{Text: "com.paypal.http.exceptions.HttpException", Kind: SDKClass},
		{Text: "PayPal\\Exception\\PayPalConnectionException", Kind: SDKClass},
		{Text: "PayPal\\Exception\\PayPalInvalidCredentialException", Kind: SDKClass, Status: 401},
		{Text: "PayPal\\Exception\\", Kind: SDKClass},
		{Text: "paypalrestsdk.exceptions.UnauthorizedAccess", Kind: SDKClass, Status: 401},
		{Text: "paypalrestsdk.exceptions.BadRequest", Kind: SDKClass, Status: 400},
		{Text: "paypalrestsdk.exceptions.ResourceNotFound", Kind: SDKClass, Status: 404},
		{Text: "paypalrestsdk.exceptions.ServerError", Kind: SDKClass, Status: 500},
		{Text: "paypalrestsdk.exceptions.", Kind: SDKClass},
		{Text: "PayPal::SDK::Core::Exceptions::UnauthorizedAccess", Kind: SDKClass, Status: 401},
		{Text: "PayPal::SDK::Core::Exceptions::BadRequest", Kind: SDKClass, Status: 400},
		{Text: "PayPal::SDK::Core::Exceptions::ResourceNotFound", Kind: SDKClass, Status: 404},
		{Text: "PayPal::SDK::Core::Exceptions::ServerError", Kind: SDKClass, Status: 500},
		{Text: "PayPal::SDK::Core::Exceptions::", Kind: SDKClass},
		{Text: "com.paypal.base.rest.PayPalRESTException", Kind: SDKClass},
		{Text: "PayPalRESTException", Kind: SDKClass},
		{Text: "com.paypal.core", Kind: SDKClass},
		{Text: "PayPalClientError", Kind: SDKClass},
		{Text: "paypal-checkout-sdk", Kind: SDKPath},
		{Text: "paypal/rest-api-sdk-php", Kind: SDKPath},
		{Text: "paypalrestsdk", Kind: SDKPath},
		{Text: "@paypal/", Kind: SDKPath},
		{Text: "paypal-rest-sdk", Kind: SDKPath},
		{Text: "PayPal-PHP-SDK", Kind: SDKPath},
		{Text: "PayPal", Kind: Name},
	},
	entries: []Entry{
		// Top-level error names (error.name), in the order of the API responses page, with
		// RESOURCE_CONFLICT (409, Payments v2) placed by its status.
		{
			Code:     "INVALID_REQUEST",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Malformed or invalid request", PT: "Requisição malformada ou inválida", ES: "Solicitud mal formada o inválida"},
			Meaning: Text{
				EN: "The request is not well-formed, is syntactically incorrect or violates the schema: the payload could not be converted, a field has the wrong format, a required field is missing or a simple validation failed; details[] names the field and issue.",
				PT: "A requisição não está bem formada, tem erro de sintaxe ou viola o schema: o payload não pôde ser convertido, um campo tem formato errado, falta um campo obrigatório ou uma validação simples falhou; details[] indica o campo e o issue.",
				ES: "La solicitud no está bien formada, tiene errores de sintaxis o infringe el esquema: el payload no pudo convertirse, un campo tiene el formato incorrecto, falta un campo obligatorio o falló una validación simple; details[] indica el campo y el problema.",
			},
			Fix: []Text{
				{EN: "Read details[].field (a JSON pointer such as /purchase_units/0/amount/value) and details[].issue, and correct that field.", PT: "Leia details[].field (um JSON pointer como /purchase_units/0/amount/value) e details[].issue, e corrija esse campo.", ES: "Lea details[].field (un JSON pointer como /purchase_units/0/amount/value) y details[].issue, y corrija ese campo."},
				{EN: "Validate the body against the endpoint's schema (types, lengths, enums) before sending.", PT: "Valide o corpo contra o schema do endpoint (tipos, tamanhos, enums) antes de enviar.", ES: "Valide el cuerpo contra el esquema del endpoint (tipos, longitudes, enums) antes de enviarlo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "PayPal rejects the same payload every time; only a corrected request can succeed.", PT: "O PayPal rejeita o mesmo payload sempre; só uma requisição corrigida pode dar certo.", ES: "PayPal rechaza el mismo payload siempre; solo una solicitud corregida puede tener éxito."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalResponses + " (400 INVALID_REQUEST)",
		},
		{
			Code:     "AUTHENTICATION_FAILURE",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Authentication failed", PT: "Falha de autenticação", ES: "Falló la autenticación"},
			Meaning: Text{
				EN: "The Authorization header is missing or the credentials are invalid: usually an expired or wrong OAuth 2.0 access token, or one from the other environment (sandbox vs live).",
				PT: "O cabeçalho Authorization está ausente ou as credenciais são inválidas: normalmente um access token OAuth 2.0 expirado ou errado, ou de outro ambiente (sandbox x produção).",
				ES: "Falta el encabezado Authorization o las credenciales son inválidas: normalmente un access token de OAuth 2.0 vencido o incorrecto, o uno del otro entorno (sandbox frente a live).",
			},
			Fix: []Text{
				{EN: "Get a new access token from POST /v1/oauth2/token with the client id and secret of the same environment, and send it as Authorization: Bearer ACCESS_TOKEN.", PT: "Obtenha um novo access token em POST /v1/oauth2/token com o client id e o secret do mesmo ambiente, e envie como Authorization: Bearer ACCESS_TOKEN.", ES: "Obtenga un nuevo access token en POST /v1/oauth2/token con el client id y el secret del mismo entorno, y envíelo como Authorization: Bearer ACCESS_TOKEN."},
				{EN: "Cache the token and renew it before expires_in runs out rather than requesting one per call.", PT: "Guarde o token em cache e renove-o antes de acabar o expires_in, em vez de pedir um por chamada.", ES: "Guarde el token en caché y renuévelo antes de que se cumpla expires_in, en lugar de pedir uno por llamada."},
				{EN: "Check you call api-m.sandbox.paypal.com with sandbox credentials and api-m.paypal.com with live ones.", PT: "Confira se você chama api-m.sandbox.paypal.com com credenciais de sandbox e api-m.paypal.com com as de produção.", ES: "Verifique que llama a api-m.sandbox.paypal.com con credenciales de sandbox y a api-m.paypal.com con credenciales live."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request fails until it carries a valid access token for this environment.", PT: "A requisição falha até levar um access token válido para este ambiente.", ES: "La solicitud falla hasta que incluya un access token válido para este entorno."},
			Source:   paypalResponses + " (401 AUTHENTICATION_FAILURE); " + paypalOrdersErr,
		},
		{
			Code:     "NOT_AUTHORIZED",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Not authorized for this operation", PT: "Sem autorização para esta operação", ES: "Sin autorización para esta operación"},
			Meaning: Text{
				EN: "Authentication worked but the app or account lacks the permission for this call, e.g. a feature not enabled for the app, or acting on behalf of a merchant who has not granted consent; details[].issue (PERMISSION_DENIED …) says which.",
				PT: "A autenticação funcionou, mas o app ou a conta não tem permissão para esta chamada, por exemplo um recurso não habilitado no app, ou agir em nome de um merchant que não deu consentimento; details[].issue (PERMISSION_DENIED …) diz qual.",
				ES: "La autenticación funcionó, pero a la app o a la cuenta le falta el permiso para esta llamada, p. ej., una función no habilitada para la app, o actuar en nombre de un comercio que no dio su consentimiento; details[].issue (PERMISSION_DENIED …) indica cuál.",
			},
			Fix: []Text{
				{EN: "Check in the Developer Dashboard that the app has the feature this call needs (e.g. advanced card processing, vault, payouts).", PT: "Confira no Developer Dashboard se o app tem o recurso que esta chamada exige (ex.: processamento avançado de cartão, vault, payouts).", ES: "Verifique en el Developer Dashboard que la app tenga la función que necesita esta llamada (p. ej., advanced card processing, vault, payouts)."},
				{EN: "For partner calls, make sure the merchant granted the permission and send PayPal-Auth-Assertion for that merchant.", PT: "Em chamadas de parceiro, verifique se o merchant concedeu a permissão e envie o PayPal-Auth-Assertion desse merchant.", ES: "Para llamadas de partner, asegúrese de que el comercio haya otorgado el permiso y envíe PayPal-Auth-Assertion para ese comercio."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Permissions do not change by retrying; the call fails until they are granted.", PT: "As permissões não mudam ao tentar de novo; a chamada falha até elas serem concedidas.", ES: "Los permisos no cambian por reintentar; la llamada falla hasta que se otorguen."},
			Source:   paypalResponses + " (403 NOT_AUTHORIZED); https://developer.paypal.com/api/rest/troubleshooting/rest_not_authorized/",
		},
		{
			Code:     "RESOURCE_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado", ES: "Recurso no encontrado"},
			Meaning: Text{
				EN: "Nothing matches the request URI: the id in the path (order, capture, authorization …) does not exist for this account and environment, or the URI is wrong; details[].issue is often INVALID_RESOURCE_ID.",
				PT: "Nada corresponde ao URI da requisição: o id no caminho (pedido, captura, autorização …) não existe para esta conta e ambiente, ou o URI está errado; details[].issue costuma ser INVALID_RESOURCE_ID.",
				ES: "Nada coincide con la URI de la solicitud: el id de la ruta (orden, captura, autorización …) no existe para esta cuenta y este entorno, o la URI es incorrecta; details[].issue suele ser INVALID_RESOURCE_ID.",
			},
			Fix: []Text{
				{EN: "Check the id in the path and the endpoint version (/v2/checkout/orders/{id}, /v2/payments/captures/{id}).", PT: "Confira o id no caminho e a versão do endpoint (/v2/checkout/orders/{id}, /v2/payments/captures/{id}).", ES: "Revise el id de la ruta y la versión del endpoint (/v2/checkout/orders/{id}, /v2/payments/captures/{id})."},
				{EN: "Make sure the resource was created with the same app and environment you are calling now.", PT: "Verifique se o recurso foi criado com o mesmo app e ambiente que você está chamando agora.", ES: "Asegúrese de que el recurso se haya creado con la misma app y en el mismo entorno al que llama ahora."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup keeps failing until it names an existing resource.", PT: "A consulta continua falhando até apontar um recurso existente.", ES: "La consulta sigue fallando hasta que indique un recurso existente."},
			Source:   paypalResponses + " (404 RESOURCE_NOT_FOUND)",
		},
		{
			Code:     "METHOD_NOT_SUPPORTED",
			Status:   405,
			Category: Validation,
			Title:    Text{EN: "HTTP method not supported", PT: "Método HTTP não suportado", ES: "Método HTTP no soportado"},
			Meaning: Text{
				EN: "The endpoint does not implement the HTTP method used, e.g. a PATCH or PUT where only POST or GET exist.",
				PT: "O endpoint não implementa o método HTTP usado, por exemplo um PATCH ou PUT onde só existem POST ou GET.",
				ES: "El endpoint no implementa el método HTTP usado, p. ej., un PATCH o PUT donde solo existen POST o GET.",
			},
			Fix: []Text{
				{EN: "Use the method the API reference gives for this path (e.g. POST /v2/checkout/orders/{id}/capture, PATCH /v2/checkout/orders/{id}).", PT: "Use o método indicado na referência da API para este caminho (ex.: POST /v2/checkout/orders/{id}/capture, PATCH /v2/checkout/orders/{id}).", ES: "Use el método que indica la referencia de la API para esta ruta (p. ej., POST /v2/checkout/orders/{id}/capture, PATCH /v2/checkout/orders/{id})."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The method is never accepted on this path.", PT: "O método nunca é aceito neste caminho.", ES: "El método nunca se acepta en esta ruta."},
			Source:   paypalResponses + " (405 METHOD_NOT_SUPPORTED)",
		},
		{
			Code:     "MEDIA_TYPE_NOT_ACCEPTABLE",
			Status:   406,
			Category: Validation,
			Title:    Text{EN: "Response media type not acceptable", PT: "Tipo de mídia da resposta não aceitável", ES: "Tipo de medio de la respuesta no aceptable"},
			Meaning: Text{
				EN: "The Accept header asks for a media type the server does not implement for this resource.",
				PT: "O cabeçalho Accept pede um tipo de mídia que o servidor não implementa para este recurso.",
				ES: "El encabezado Accept pide un tipo de medio que el servidor no implementa para este recurso.",
			},
			Fix: []Text{
				{EN: "Send Accept: application/json (or omit Accept).", PT: "Envie Accept: application/json (ou omita o Accept).", ES: "Envíe Accept: application/json (u omita Accept)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same Accept header is refused every time.", PT: "O mesmo cabeçalho Accept é recusado sempre.", ES: "El mismo encabezado Accept se rechaza siempre."},
			Source:   paypalResponses + " (406 MEDIA_TYPE_NOT_ACCEPTABLE)",
		},
		{
			Code:     "UNSUPPORTED_MEDIA_TYPE",
			Status:   415,
			Category: Validation,
			Title:    Text{EN: "Request media type not supported", PT: "Tipo de mídia da requisição não suportado", ES: "Tipo de medio de la solicitud no soportado"},
			Meaning: Text{
				EN: "The server does not support the media type of the request payload, usually a missing or wrong Content-Type.",
				PT: "O servidor não aceita o tipo de mídia do payload da requisição, normalmente um Content-Type ausente ou errado.",
				ES: "El servidor no soporta el tipo de medio del payload de la solicitud; normalmente falta el Content-Type o es incorrecto.",
			},
			Fix: []Text{
				{EN: "Send JSON bodies with Content-Type: application/json (the token call uses application/x-www-form-urlencoded).", PT: "Envie corpos JSON com Content-Type: application/json (a chamada de token usa application/x-www-form-urlencoded).", ES: "Envíe los cuerpos JSON con Content-Type: application/json (la llamada del token usa application/x-www-form-urlencoded)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same Content-Type is refused every time.", PT: "O mesmo Content-Type é recusado sempre.", ES: "El mismo Content-Type se rechaza siempre."},
			Source:   paypalResponses + " (415 UNSUPPORTED_MEDIA_TYPE)",
		},
		{
			Code:     "RESOURCE_CONFLICT",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Conflict with a request in progress", PT: "Conflito com uma requisição em andamento", ES: "Conflicto con una solicitud en curso"},
			Meaning: Text{
				EN: "The server detected a conflict while processing the request: in the Payments v2 API, a previous call on the same capture or authorization is still in progress (issue PREVIOUS_REQUEST_IN_PROGRESS).",
				PT: "O servidor detectou um conflito ao processar a requisição: na API Payments v2, uma chamada anterior sobre a mesma captura ou autorização ainda está em andamento (issue PREVIOUS_REQUEST_IN_PROGRESS).",
				ES: "El servidor detectó un conflicto al procesar la solicitud: en la API Payments v2, una llamada anterior sobre la misma captura o autorización todavía está en curso (issue PREVIOUS_REQUEST_IN_PROGRESS).",
			},
			Fix: []Text{
				{EN: "Wait a little and resend with the same PayPal-Request-Id.", PT: "Espere um pouco e reenvie com o mesmo PayPal-Request-Id.", ES: "Espere un poco y vuelva a enviar con el mismo PayPal-Request-Id."},
				{EN: "Space out calls on the same resource instead of firing them back to back.", PT: "Espace as chamadas sobre o mesmo recurso em vez de dispará-las em sequência.", ES: "Espacie las llamadas sobre el mismo recurso en lugar de enviarlas una tras otra sin pausa."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The conflict ends when the earlier call finishes, so a delayed retry succeeds.", PT: "O conflito termina quando a chamada anterior acaba, então uma nova tentativa depois de um intervalo dá certo.", ES: "El conflicto termina cuando finaliza la llamada anterior, así que un reintento diferido tiene éxito."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT, ES: paypalIdemSameES},
			Source:      paypalPaymentsErr + " (409: a previous call for the given resource is in progress; name RESOURCE_CONFLICT as in PayPal's OpenAPI error_409 schema)",
		},
		{
			Code:     "UNPROCESSABLE_ENTITY",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Request failed business validation", PT: "Requisição reprovada na validação de negócio", ES: "La solicitud no pasó la validación de negocio"},
			Meaning: Text{
				EN: "The request is well-formed but the action could not be performed: it is semantically incorrect or failed a business rule (declined instrument, order not approved, already captured …); details[].issue gives the precise reason.",
				PT: "A requisição está bem formada, mas a ação não pôde ser feita: ela está semanticamente incorreta ou falhou numa regra de negócio (instrumento recusado, pedido não aprovado, já capturado …); details[].issue dá o motivo exato.",
				ES: "La solicitud está bien formada, pero la acción no pudo realizarse: es semánticamente incorrecta o no cumplió una regla de negocio (instrumento rechazado, orden no aprobada, ya capturada …); details[].issue da el motivo exacto.",
			},
			Fix: []Text{
				{EN: "Look up details[].issue (and details[].description) for the specific cause and its fix.", PT: "Consulte details[].issue (e details[].description) para a causa específica e a correção.", ES: "Consulte details[].issue (y details[].description) para conocer la causa específica y su solución."},
				{EN: "Follow the information_link in links[] to the issue's documentation.", PT: "Siga o information_link em links[] até a documentação do issue.", ES: "Siga el information_link de links[] hasta la documentación del issue."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same request fails the same rule again; what to change depends on the issue.", PT: "A mesma requisição falha na mesma regra de novo; o que mudar depende do issue.", ES: "La misma solicitud vuelve a fallar la misma regla; qué cambiar depende del issue."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalResponses + " (422 UNPROCESSABLE_ENTITY); https://developer.paypal.com/api/rest/troubleshooting/rest_unprocessable_entity/",
		},
		{
			Code:     "RATE_LIMIT_REACHED",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Too many requests", PT: "Requisições demais", ES: "Demasiadas solicitudes"},
			Meaning: Text{
				EN: "Too many requests were sent and PayPal blocked them; PayPal publishes no fixed limits and rate-limits traffic that looks anomalous, such as polling or a new OAuth token per call.",
				PT: "Requisições demais foram enviadas e o PayPal as bloqueou; o PayPal não publica limites fixos e limita o tráfego que parece anômalo, como polling ou um token OAuth novo a cada chamada.",
				ES: "Se enviaron demasiadas solicitudes y PayPal las bloqueó; PayPal no publica límites fijos y limita el tráfico que parece anómalo, como el polling o un nuevo token OAuth por llamada.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff (PayPal documents no Retry-After; honour one if present).", PT: "Tente de novo com backoff exponencial (o PayPal não documenta Retry-After; respeite-o se vier).", ES: "Reintente con backoff exponencial (PayPal no documenta Retry-After; respételo si está presente)."},
				{EN: "Use webhooks instead of polling order status, and cache the access token until it expires.", PT: "Use webhooks em vez de consultar o status do pedido em polling, e guarde o access token até ele expirar.", ES: "Use webhooks en lugar de hacer polling del estado de la orden, y guarde en caché el access token hasta que venza."},
				{EN: "If the limiting hurts your integration, contact PayPal Merchant Technical Support.", PT: "Se a limitação prejudicar sua integração, fale com o suporte técnico de merchants do PayPal.", ES: "Si la limitación perjudica su integración, comuníquese con el Merchant Technical Support de PayPal."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The block is temporary and PayPal states no delay, so back off and retry.", PT: "O bloqueio é temporário e o PayPal não informa um prazo, então faça backoff e tente de novo.", ES: "El bloqueo es temporal y PayPal no indica ningún tiempo de espera, así que aplique backoff y reintente."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT, ES: paypalIdemSameES},
			Source:      paypalResponses + " (429 RATE_LIMIT_REACHED); https://developer.paypal.com/api/rest/reference/rate-limiting/; " + paypalPaymentsErr + " (issue RATE_LIMIT_REACHED)",
		},
		{
			Code:     "INTERNAL_SERVER_ERROR",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "PayPal internal error", PT: "Erro interno do PayPal", ES: "Error interno de PayPal"},
			Meaning: Text{
				EN: "A system or application error occurred on PayPal's side; for a write such as a capture or refund the outcome is unknown: the money may have moved.",
				PT: "Houve um erro de sistema ou de aplicação do lado do PayPal; numa escrita como captura ou reembolso o resultado é incerto: o dinheiro pode ter sido movimentado.",
				ES: "Ocurrió un error de sistema o de aplicación del lado de PayPal; en una escritura como una captura o un reembolso, el resultado es desconocido: el dinero puede haberse movido.",
			},
			Fix: []Text{
				{EN: "Resend the same call with the same PayPal-Request-Id: PayPal returns the result of the first attempt if it went through.", PT: "Reenvie a mesma chamada com o mesmo PayPal-Request-Id: o PayPal devolve o resultado da primeira tentativa se ela foi feita.", ES: "Vuelva a enviar la misma llamada con el mismo PayPal-Request-Id: PayPal devuelve el resultado del primer intento si se procesó."},
				{EN: "If you sent no PayPal-Request-Id, first GET the order (/v2/checkout/orders/{id}) or capture and check its status.", PT: "Se você não enviou PayPal-Request-Id, consulte antes o pedido (GET /v2/checkout/orders/{id}) ou a captura e confira o status.", ES: "Si no envió PayPal-Request-Id, haga primero un GET de la orden (/v2/checkout/orders/{id}) o de la captura y revise su estado."},
				{EN: "Check PayPal's status page; if it persists, contact support with the debug_id.", PT: "Veja a página de status do PayPal; se persistir, fale com o suporte informando o debug_id.", ES: "Consulte la página de estado de PayPal; si persiste, comuníquese con soporte indicando el debug_id."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The write may have completed, so resend only with the same PayPal-Request-Id or after looking the resource up.", PT: "A escrita pode ter sido concluída, então reenvie só com o mesmo PayPal-Request-Id ou depois de consultar o recurso.", ES: "La escritura puede haberse completado, así que reenvíe solo con el mismo PayPal-Request-Id o después de consultar el recurso."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT, ES: paypalIdemSameES},
			Source:      paypalResponses + " (500 INTERNAL_SERVER_ERROR); " + paypalIdempotency + "; " + paypalPaymentsErr + " (issue INTERNAL_SERVER_ERROR: try your request again later)",
		},
		{
			Code:     "SERVICE_UNAVAILABLE",
			Status:   503,
			Category: Unavailable,
			Title:    Text{EN: "Service unavailable", PT: "Serviço indisponível", ES: "Servicio no disponible"},
			Meaning: Text{
				EN: "The server is temporarily unable to handle the request, for example because of planned maintenance or downtime.",
				PT: "O servidor está temporariamente incapaz de atender a requisição, por exemplo por manutenção programada ou indisponibilidade.",
				ES: "El servidor no puede atender la solicitud temporalmente, por ejemplo por mantenimiento programado o una caída.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff, honouring Retry-After if present.", PT: "Tente de novo com backoff exponencial, respeitando o Retry-After se vier.", ES: "Reintente con backoff exponencial, respetando Retry-After si está presente."},
				{EN: "Check PayPal's status page for maintenance windows.", PT: "Veja na página de status do PayPal se há janela de manutenção.", ES: "Consulte la página de estado de PayPal para ver las ventanas de mantenimiento."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The outage is temporary; a later attempt can succeed.", PT: "A indisponibilidade é temporária; uma tentativa mais tarde pode dar certo.", ES: "La interrupción es temporal; un intento posterior puede tener éxito."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT, ES: paypalIdemSameES},
			Source:      paypalResponses + " (503 SERVICE_UNAVAILABLE); https://developer.paypal.com/api/tracking/v1/definitions/error_503",
		},

		// details[].issue values of the Orders v2 and Payments v2 APIs, grouped by the
		// status of the name they come under.
		{
			Code:     "INVALID_PARAMETER_VALUE",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid field value", PT: "Valor de campo inválido", ES: "Valor de campo inválido"},
			Meaning: Text{
				EN: "The value of a field is not one of the allowed values (e.g. an intent other than CAPTURE or AUTHORIZE, an unknown landing_page); details[].field points at it.",
				PT: "O valor de um campo não está entre os permitidos (ex.: um intent diferente de CAPTURE ou AUTHORIZE, um landing_page desconhecido); details[].field aponta o campo.",
				ES: "El valor de un campo no es uno de los valores permitidos (p. ej., un intent distinto de CAPTURE o AUTHORIZE, un landing_page desconocido); details[].field lo indica.",
			},
			Fix: []Text{
				{EN: "Check the allowed values of the field named in details[].field in the API reference and send one of them.", PT: "Confira os valores permitidos do campo indicado em details[].field na referência da API e envie um deles.", ES: "Consulte en la referencia de la API los valores permitidos del campo indicado en details[].field y envíe uno de ellos."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre.", ES: "El mismo valor se rechaza siempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: INVALID_PARAMETER_VALUE); " + paypalPaymentsErr,
		},
		{
			Code:     "INVALID_PARAMETER_SYNTAX",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Field does not match the expected format", PT: "Campo fora do formato esperado", ES: "El campo no coincide con el formato esperado"},
			Meaning: Text{
				EN: "The value of a field does not conform to the expected pattern, e.g. an amount value like \"10,00\" instead of \"10.00\" or a malformed date or id.",
				PT: "O valor de um campo não segue o padrão esperado, por exemplo um amount value como \"10,00\" em vez de \"10.00\" ou uma data ou id malformado.",
				ES: "El valor de un campo no cumple el patrón esperado, p. ej., un valor de monto como \"10,00\" en lugar de \"10.00\" o una fecha o un id mal formados.",
			},
			Fix: []Text{
				{EN: "Check the pattern of the field in details[].field; send amounts as strings with a dot and at most two decimals (\"10.00\").", PT: "Confira o padrão do campo em details[].field; envie valores como string com ponto e no máximo duas casas (\"10.00\").", ES: "Revise el patrón del campo en details[].field; envíe los montos como cadenas con punto y como máximo dos decimales (\"10.00\")."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre.", ES: "El mismo valor se rechaza siempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: INVALID_PARAMETER_SYNTAX); " + paypalPaymentsErr,
		},
		{
			Code:     "INVALID_STRING_LENGTH",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Field too short or too long", PT: "Campo curto ou longo demais", ES: "Campo demasiado corto o demasiado largo"},
			Meaning: Text{
				EN: "The value of a field is shorter or longer than allowed (e.g. invoice_id or custom_id over 127 characters, a description over its limit).",
				PT: "O valor de um campo é mais curto ou mais longo que o permitido (ex.: invoice_id ou custom_id com mais de 127 caracteres, uma descrição acima do limite).",
				ES: "El valor de un campo es más corto o más largo de lo permitido (p. ej., invoice_id o custom_id de más de 127 caracteres, una descripción por encima de su límite).",
			},
			Fix: []Text{
				{EN: "Check the minimum and maximum length of the field in details[].field and trim or pad the value.", PT: "Confira o tamanho mínimo e máximo do campo em details[].field e encurte ou complete o valor.", ES: "Revise la longitud mínima y máxima del campo en details[].field y recorte o complete el valor."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre.", ES: "El mismo valor se rechaza siempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: INVALID_STRING_LENGTH); " + paypalPaymentsErr,
		},
		{
			Code:     "MISSING_REQUIRED_PARAMETER",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Required field missing", PT: "Campo obrigatório ausente", ES: "Falta un campo obligatorio"},
			Meaning: Text{
				EN: "A required field or parameter is missing, e.g. intent, purchase_units or amount.currency_code; details[].field names it.",
				PT: "Falta um campo ou parâmetro obrigatório, por exemplo intent, purchase_units ou amount.currency_code; details[].field o indica.",
				ES: "Falta un campo o parámetro obligatorio, p. ej., intent, purchase_units o amount.currency_code; details[].field lo indica.",
			},
			Fix: []Text{
				{EN: "Add the field named in details[].field and compare the body with the endpoint's required fields.", PT: "Inclua o campo indicado em details[].field e compare o corpo com os campos obrigatórios do endpoint.", ES: "Agregue el campo indicado en details[].field y compare el cuerpo con los campos obligatorios del endpoint."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request fails until the field is sent.", PT: "A requisição falha até o campo ser enviado.", ES: "La solicitud falla hasta que se envíe el campo."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: MISSING_REQUIRED_PARAMETER); " + paypalPaymentsErr,
		},
		{
			Code:     "MALFORMED_REQUEST_JSON",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Request JSON is malformed", PT: "JSON da requisição malformado", ES: "El JSON de la solicitud está mal formado"},
			Meaning: Text{
				EN: "The request body is not well-formed JSON (a missing bracket or comma, a trailing comma, unescaped quotes).",
				PT: "O corpo da requisição não é um JSON bem formado (falta de chave ou vírgula, vírgula sobrando, aspas sem escape).",
				ES: "El cuerpo de la solicitud no es JSON bien formado (falta una llave o una coma, sobra una coma al final, comillas sin escapar).",
			},
			Fix: []Text{
				{EN: "Serialize the body with a JSON library instead of concatenating strings, and validate it before sending.", PT: "Serialize o corpo com uma biblioteca de JSON em vez de concatenar strings, e valide-o antes de enviar.", ES: "Serialice el cuerpo con una biblioteca JSON en lugar de concatenar cadenas, y valídelo antes de enviarlo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same body can never be parsed.", PT: "O mesmo corpo nunca vai ser interpretado.", ES: "El mismo cuerpo nunca podrá parsearse."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (INVALID_REQUEST: MALFORMED_REQUEST_JSON); " + paypalPaymentsErr,
		},
		{
			Code:     "PAYPAL_REQUEST_ID_REQUIRED",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "PayPal-Request-Id header required", PT: "Cabeçalho PayPal-Request-Id obrigatório", ES: "Se requiere el encabezado PayPal-Request-Id"},
			Meaning: Text{
				EN: "The order creation carries a payment_source (card, vault id, billing agreement …), which processes the payment in one step, and such calls must send a PayPal-Request-Id.",
				PT: "A criação do pedido traz um payment_source (cartão, vault id, billing agreement …), que processa o pagamento numa etapa só, e essas chamadas precisam enviar um PayPal-Request-Id.",
				ES: "La creación de la orden incluye un payment_source (tarjeta, id de vault, billing agreement …), que procesa el pago en un solo paso, y esas llamadas deben enviar un PayPal-Request-Id.",
			},
			Fix: []Text{
				{EN: "Send a PayPal-Request-Id header (e.g. a UUID per order attempt, at most 108 characters) on the create order call.", PT: "Envie o cabeçalho PayPal-Request-Id (ex.: um UUID por tentativa de pedido, no máximo 108 caracteres) na criação do pedido.", ES: "Envíe un encabezado PayPal-Request-Id (p. ej., un UUID por intento de orden, de 108 caracteres como máximo) en la llamada de creación de la orden."},
				{EN: "Or create the order without payment_source and let the payer approve it.", PT: "Ou crie o pedido sem payment_source e deixe o pagador aprovar.", ES: "O bien cree la orden sin payment_source y deje que el pagador la apruebe."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The call is refused until the header is present.", PT: "A chamada é recusada até o cabeçalho estar presente.", ES: "La llamada se rechaza hasta que el encabezado esté presente."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT, ES: paypalIdemSameES},
			Source:      paypalOrdersErr + " (create order, INVALID_REQUEST: PAYPAL_REQUEST_ID_REQUIRED); PayPal-Request-Id parameter of orders.create in checkout_orders_v2.json",
		},
		{
			Code:     "PERMISSION_DENIED",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Permission denied on this resource", PT: "Permissão negada neste recurso", ES: "Permiso denegado sobre este recurso"},
			Meaning: Text{
				EN: "You do not have permission to access or act on this resource, e.g. an order created by another app or merchant, or a call on behalf of a merchant without the granted permission.",
				PT: "Você não tem permissão para acessar ou operar este recurso, por exemplo um pedido criado por outro app ou merchant, ou uma chamada em nome de um merchant sem a permissão concedida.",
				ES: "No tiene permiso para acceder a este recurso o actuar sobre él, p. ej., una orden creada por otra app u otro comercio, o una llamada en nombre de un comercio sin el permiso otorgado.",
			},
			Fix: []Text{
				{EN: "Use the credentials of the app that created the resource.", PT: "Use as credenciais do app que criou o recurso.", ES: "Use las credenciales de la app que creó el recurso."},
				{EN: "When acting for a merchant, make sure they granted the permission and identify them with PayPal-Auth-Assertion.", PT: "Ao agir por um merchant, verifique se ele concedeu a permissão e identifique-o com o PayPal-Auth-Assertion.", ES: "Cuando actúe en nombre de un comercio, asegúrese de que haya otorgado el permiso e identifíquelo con PayPal-Auth-Assertion."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The permission is missing; retrying the same call is refused again.", PT: "Falta a permissão; a mesma chamada, se repetida, é recusada de novo.", ES: "Falta el permiso; reintentar la misma llamada vuelve a ser rechazado."},
			Source:   paypalOrdersErr + " (NOT_AUTHORIZED: PERMISSION_DENIED); " + paypalPaymentsErr,
		},
		{
			Code:     "INVALID_RESOURCE_ID",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource id does not exist", PT: "Id do recurso não existe", ES: "El id del recurso no existe"},
			Meaning: Text{
				EN: "The resource id in the request (order, capture, authorization) does not exist, often a typo, an id from the other environment, or an order that has expired and been purged.",
				PT: "O id do recurso na requisição (pedido, captura, autorização) não existe, muitas vezes um erro de digitação, um id do outro ambiente, ou um pedido que expirou e foi removido.",
				ES: "El id del recurso de la solicitud (orden, captura, autorización) no existe; a menudo es un error de tipeo, un id del otro entorno o una orden que venció y se eliminó.",
			},
			Fix: []Text{
				{EN: "Check the id and that you call the environment (sandbox or live) where it was created.", PT: "Confira o id e se você chama o ambiente (sandbox ou produção) onde ele foi criado.", ES: "Revise el id y que esté llamando al entorno (sandbox o live) donde se creó."},
				{EN: "If the order expired, create a new one.", PT: "Se o pedido expirou, crie um novo.", ES: "Si la orden venció, cree una nueva."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The id will not start existing; use a valid one.", PT: "O id não vai passar a existir; use um válido.", ES: "El id no va a empezar a existir; use uno válido."},
			Source:   paypalOrdersErr + " (RESOURCE_NOT_FOUND: INVALID_RESOURCE_ID); " + paypalPaymentsErr,
		},
		{
			Code:     "PREVIOUS_REQUEST_IN_PROGRESS",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Previous request on this resource in progress", PT: "Requisição anterior neste recurso em andamento", ES: "Solicitud anterior sobre este recurso en curso"},
			Meaning: Text{
				EN: "Another request on the same resource (a capture, refund or void of the same authorization or capture) is still being processed; it happens when calls on one resource are made within a very short time.",
				PT: "Outra requisição sobre o mesmo recurso (captura, reembolso ou cancelamento da mesma autorização ou captura) ainda está sendo processada; acontece quando as chamadas sobre um recurso são feitas num intervalo muito curto.",
				ES: "Otra solicitud sobre el mismo recurso (una captura, un reembolso o una anulación de la misma autorización o captura) todavía se está procesando; ocurre cuando se hacen llamadas sobre un mismo recurso en muy poco tiempo.",
			},
			Fix: []Text{
				{EN: "Wait some time and try again, with the same PayPal-Request-Id.", PT: "Espere um tempo e tente de novo, com o mesmo PayPal-Request-Id.", ES: "Espere un tiempo e intente de nuevo, con el mismo PayPal-Request-Id."},
				{EN: "Space out the first and the following requests on the same resource.", PT: "Espace a primeira requisição e as seguintes sobre o mesmo recurso.", ES: "Espacie la primera solicitud y las siguientes sobre el mismo recurso."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "PayPal asks to wait and try again; once the first call finishes the retry gets its outcome.", PT: "O PayPal pede para esperar e tentar de novo; quando a primeira chamada terminar, a nova tentativa recebe o resultado.", ES: "PayPal pide esperar e intentar de nuevo; cuando termina la primera llamada, el reintento obtiene su resultado."},
			Idempotency: Text{EN: paypalIdemSameEN, PT: paypalIdemSamePT, ES: paypalIdemSameES},
			Source:      paypalPaymentsErr + " (PREVIOUS_REQUEST_IN_PROGRESS; 409)",
		},
		{
			Code:     "INSTRUMENT_DECLINED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Funding source declined", PT: "Fonte de pagamento recusada", ES: "Fuente de fondos rechazada"},
			Meaning: Text{
				EN: "The payer's funding source (card or bank) was declined by the processor or bank, or cannot be used for this payment: e.g. the billing address could not be confirmed, the card limit was exceeded or the issuer refused.",
				PT: "A fonte de pagamento do pagador (cartão ou banco) foi recusada pelo processador ou pelo banco, ou não pode ser usada neste pagamento: ex.: o endereço de cobrança não foi confirmado, o limite do cartão foi excedido ou o emissor recusou.",
				ES: "La fuente de fondos del pagador (tarjeta o banco) fue rechazada por el procesador o el banco, o no puede usarse para este pago: p. ej., no se pudo confirmar la dirección de facturación, se excedió el límite de la tarjeta o el emisor la rechazó.",
			},
			Fix: []Text{
				{EN: "Restart the payment so the payer can pick another funding source: in the JS SDK's onApprove, call actions.restart() when your server reports INSTRUMENT_DECLINED.", PT: "Reinicie o pagamento para o pagador escolher outra fonte: no onApprove do JS SDK, chame actions.restart() quando o seu servidor informar INSTRUMENT_DECLINED.", ES: "Reinicie el pago para que el pagador pueda elegir otra fuente de fondos: en el onApprove del JS SDK, llame a actions.restart() cuando su servidor informe INSTRUMENT_DECLINED."},
				{EN: "Then capture the same order again after the payer approves with the new source.", PT: "Depois capture o mesmo pedido de novo, quando o pagador aprovar com a nova fonte.", ES: "Luego vuelva a capturar la misma orden cuando el pagador la apruebe con la nueva fuente."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same funding source is refused again; only another source chosen by the payer can succeed.", PT: "A mesma fonte é recusada de novo; só outra fonte escolhida pelo pagador pode dar certo.", ES: "La misma fuente de fondos vuelve a ser rechazada; solo otra fuente elegida por el pagador puede tener éxito."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: INSTRUMENT_DECLINED); https://developer.paypal.com/docs/checkout/standard/customize/handle-funding-failures/",
		},
		{
			Code:     "PAYER_ACTION_REQUIRED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Payer action required", PT: "Ação do pagador necessária", ES: "Se requiere una acción del pagador"},
			Meaning: Text{
				EN: "The payer must do something before the payment can proceed (typically 3D Secure authentication or returning to PayPal to approve); the response links hold the payer-action URL.",
				PT: "O pagador precisa fazer algo antes de o pagamento prosseguir (normalmente a autenticação 3D Secure ou voltar ao PayPal para aprovar); os links da resposta trazem a URL de payer-action.",
				ES: "El pagador debe hacer algo antes de que el pago pueda continuar (normalmente autenticarse con 3D Secure o volver a PayPal para aprobar); los links de la respuesta contienen la URL de payer-action.",
			},
			Fix: []Text{
				{EN: "Redirect the payer to the link with rel payer-action (or let the JS SDK/card fields handle the challenge).", PT: "Redirecione o pagador ao link com rel payer-action (ou deixe o JS SDK/card fields tratar o desafio).", ES: "Redirija al pagador al link con rel payer-action (o deje que el JS SDK/los card fields manejen el challenge)."},
				{EN: "After the payer returns, capture or authorize the order again.", PT: "Depois que o pagador voltar, capture ou autorize o pedido de novo.", ES: "Cuando el pagador regrese, vuelva a capturar o autorizar la orden."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Nothing changes until the payer completes the action; retry after they do.", PT: "Nada muda até o pagador concluir a ação; tente de novo depois disso.", ES: "Nada cambia hasta que el pagador complete la acción; reintente cuando lo haga."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: PAYER_ACTION_REQUIRED)",
		},
		{
			Code:     "ORDER_NOT_APPROVED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Order not approved by the payer", PT: "Pedido não aprovado pelo pagador", ES: "Orden no aprobada por el pagador"},
			Meaning: Text{
				EN: "You tried to capture or authorize an order the payer has not approved yet.",
				PT: "Você tentou capturar ou autorizar um pedido que o pagador ainda não aprovou.",
				ES: "Intentó capturar o autorizar una orden que el pagador todavía no aprobó.",
			},
			Fix: []Text{
				{EN: "Redirect the payer to the rel approve URL from the create order response, and capture only after they return (onApprove).", PT: "Redirecione o pagador à URL rel approve da resposta de criação do pedido, e capture só depois que ele voltar (onApprove).", ES: "Redirija al pagador a la URL con rel approve de la respuesta de creación de la orden, y capture solo después de que regrese (onApprove)."},
				{EN: "Or create the order with a valid payment_source so no approval is needed.", PT: "Ou crie o pedido com um payment_source válido, para que não seja preciso aprovação.", ES: "O bien cree la orden con un payment_source válido para que no se necesite aprobación."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The capture keeps failing until the payer approves the order.", PT: "A captura continua falhando até o pagador aprovar o pedido.", ES: "La captura sigue fallando hasta que el pagador apruebe la orden."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: ORDER_NOT_APPROVED)",
		},
		{
			Code:     "ORDER_ALREADY_CAPTURED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Order already captured", PT: "Pedido já capturado", ES: "Orden ya capturada"},
			Meaning: Text{
				EN: "The order was already captured; with intent=CAPTURE only one capture per order is allowed.",
				PT: "O pedido já foi capturado; com intent=CAPTURE só é permitida uma captura por pedido.",
				ES: "La orden ya fue capturada; con intent=CAPTURE solo se permite una captura por orden.",
			},
			Fix: []Text{
				{EN: "Treat the payment as done: GET the order and record the capture in purchase_units[].payments.captures.", PT: "Considere o pagamento feito: consulte o pedido (GET) e registre a captura em purchase_units[].payments.captures.", ES: "Considere el pago como hecho: haga un GET de la orden y registre la captura que figura en purchase_units[].payments.captures."},
				{EN: "Guard your capture call against double submits (one PayPal-Request-Id per order).", PT: "Proteja a chamada de captura contra envios duplicados (um PayPal-Request-Id por pedido).", ES: "Proteja su llamada de captura contra envíos dobles (un PayPal-Request-Id por orden)."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An order is captured once; capturing it again can never succeed.", PT: "Um pedido é capturado uma vez só; capturá-lo de novo nunca vai dar certo.", ES: "Una orden se captura una sola vez; volver a capturarla nunca puede tener éxito."},
			Idempotency: Text{
				EN: "Send the capture with a PayPal-Request-Id derived from the order: a retry then returns the first capture's result instead of this error.",
				PT: "Envie a captura com um PayPal-Request-Id derivado do pedido: uma nova tentativa então devolve o resultado da primeira captura em vez deste erro.",
				ES: "Envíe la captura con un PayPal-Request-Id derivado de la orden: así un reintento devuelve el resultado de la primera captura en lugar de este error.",
			},
			Source: paypalOrdersErr + " (UNPROCESSABLE_ENTITY: ORDER_ALREADY_CAPTURED)",
		},
		{
			Code:     "ORDER_ALREADY_AUTHORIZED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Order already authorized", PT: "Pedido já autorizado", ES: "Orden ya autorizada"},
			Meaning: Text{
				EN: "The order was already authorized; with intent=AUTHORIZE only one authorization per order is allowed.",
				PT: "O pedido já foi autorizado; com intent=AUTHORIZE só é permitida uma autorização por pedido.",
				ES: "La orden ya fue autorizada; con intent=AUTHORIZE solo se permite una autorización por orden.",
			},
			Fix: []Text{
				{EN: "GET the order and use the existing authorization in purchase_units[].payments.authorizations to capture.", PT: "Consulte o pedido (GET) e use a autorização existente em purchase_units[].payments.authorizations para capturar.", ES: "Haga un GET de la orden y use para capturar la autorización existente en purchase_units[].payments.authorizations."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A second authorization of the same order can never succeed.", PT: "Uma segunda autorização do mesmo pedido nunca vai dar certo.", ES: "Una segunda autorización de la misma orden nunca puede tener éxito."},
			Source:   paypalOrdersErr + " (UNPROCESSABLE_ENTITY: ORDER_ALREADY_AUTHORIZED)",
		},
		{
			Code:     "ORDER_EXPIRED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Order expired", PT: "Pedido expirado", ES: "Orden vencida"},
			Meaning: Text{
				EN: "The order has expired and can no longer be authorized or captured.",
				PT: "O pedido expirou e não pode mais ser autorizado nem capturado.",
				ES: "La orden venció y ya no puede autorizarse ni capturarse.",
			},
			Fix: []Text{
				{EN: "Create a new order and have the payer approve it.", PT: "Crie um novo pedido e peça ao pagador que o aprove.", ES: "Cree una nueva orden y haga que el pagador la apruebe."},
				{EN: "If you need a longer order validity, ask PayPal Customer Support.", PT: "Se precisar de validade maior para os pedidos, fale com o suporte do PayPal.", ES: "Si necesita que las órdenes tengan una validez mayor, pídalo al Customer Support de PayPal."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An expired order cannot be revived; only a new order can be paid.", PT: "Um pedido expirado não pode ser reativado; só um novo pedido pode ser pago.", ES: "Una orden vencida no puede reactivarse; solo una orden nueva puede pagarse."},
			Source:   paypalOrdersErr + " (UNPROCESSABLE_ENTITY: ORDER_EXPIRED)",
		},
		{
			Code:     "DUPLICATE_INVOICE_ID",
			Status:   422,
			Category: Conflict,
			Title:    Text{EN: "Duplicate invoice id", PT: "invoice_id duplicado", ES: "invoice_id duplicado"},
			Meaning: Text{
				EN: "A payment with this invoice_id was already captured, and the account is set to require a unique invoice id per transaction, so PayPal refused a possible duplicate.",
				PT: "Um pagamento com este invoice_id já foi capturado, e a conta está configurada para exigir invoice id único por transação, então o PayPal recusou um possível duplicado.",
				ES: "Ya se capturó un pago con este invoice_id, y la cuenta está configurada para exigir un invoice id único por transacción, así que PayPal rechazó un posible duplicado.",
			},
			Fix: []Text{
				{EN: "Check whether the earlier payment for this invoice succeeded before charging again.", PT: "Verifique se o pagamento anterior desta fatura foi concluído antes de cobrar de novo.", ES: "Verifique si el pago anterior de esta factura se completó antes de volver a cobrar."},
				{EN: "If this really is a new transaction, send a new, unique invoice_id.", PT: "Se for mesmo uma transação nova, envie um invoice_id novo e único.", ES: "Si realmente es una transacción nueva, envíe un invoice_id nuevo y único."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "This invoice was already paid; the same request can never succeed and resending risks a double charge.", PT: "Esta fatura já foi paga; a mesma requisição nunca vai dar certo e reenviar arrisca cobrança em dobro.", ES: "Esta factura ya se pagó; la misma solicitud nunca puede tener éxito y reenviarla arriesga un cobro doble."},
			Idempotency: Text{
				EN: "Use PayPal-Request-Id for retries of the same call and a unique invoice_id per order; the invoice check is PayPal's second line against duplicates.",
				PT: "Use PayPal-Request-Id nas novas tentativas da mesma chamada e um invoice_id único por pedido; a checagem de fatura é a segunda barreira do PayPal contra duplicados.",
				ES: "Use PayPal-Request-Id para los reintentos de la misma llamada y un invoice_id único por orden; la verificación del invoice es la segunda barrera de PayPal contra duplicados.",
			},
			Source: paypalOrdersErr + " (UNPROCESSABLE_ENTITY: DUPLICATE_INVOICE_ID); " + paypalPaymentsErr,
		},
		{
			Code:     "PAYEE_ACCOUNT_RESTRICTED",
			Status:   422,
			Category: Authorization,
			Title:    Text{EN: "Merchant account restricted", PT: "Conta do recebedor com restrição", ES: "Cuenta del comercio restringida"},
			Meaning: Text{
				EN: "The payee's (merchant's) PayPal account is restricted, so it cannot receive this payment.",
				PT: "A conta PayPal do recebedor (merchant) está com restrição, então não pode receber este pagamento.",
				ES: "La cuenta de PayPal del beneficiario (el comercio) está restringida, así que no puede recibir este pago.",
			},
			Fix: []Text{
				{EN: "The merchant must log in to PayPal, resolve the limitation (documents, verification) or call PayPal Customer Support.", PT: "O merchant precisa entrar no PayPal e resolver a limitação (documentos, verificação) ou ligar para o suporte do PayPal.", ES: "El comercio debe iniciar sesión en PayPal y resolver la limitación (documentos, verificación) o llamar al Customer Support de PayPal."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Payments keep failing until PayPal lifts the restriction on the account.", PT: "Os pagamentos continuam falhando até o PayPal retirar a restrição da conta.", ES: "Los pagos siguen fallando hasta que PayPal levante la restricción de la cuenta."},
			Source:   paypalOrdersErr + " (UNPROCESSABLE_ENTITY: PAYEE_ACCOUNT_RESTRICTED); " + paypalPaymentsErr,
		},
		{
			Code:     "PAYER_CANNOT_PAY",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Payer cannot pay for this transaction", PT: "Pagador não pode pagar esta transação", ES: "El pagador no puede pagar esta transacción"},
			Meaning: Text{
				EN: "The combination of payer and payee settings means this payer cannot pay this merchant for this transaction.",
				PT: "A combinação das configurações do pagador e do recebedor faz com que este pagador não possa pagar este merchant nesta transação.",
				ES: "La combinación de la configuración del pagador y del beneficiario hace que este pagador no pueda pagar a este comercio en esta transacción.",
			},
			Fix: []Text{
				{EN: "Tell the payer to use another way to pay (another PayPal account, card or payment method).", PT: "Oriente o pagador a usar outra forma de pagamento (outra conta PayPal, cartão ou meio de pagamento).", ES: "Indique al pagador que use otra forma de pago (otra cuenta de PayPal, una tarjeta u otro medio de pago)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same payer is refused again; another payment method is needed.", PT: "O mesmo pagador é recusado de novo; é preciso outro meio de pagamento.", ES: "El mismo pagador vuelve a ser rechazado; se necesita otro medio de pago."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: PAYER_CANNOT_PAY); " + paypalPaymentsErr,
		},
		{
			Code:     "TRANSACTION_REFUSED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Transaction refused", PT: "Transação recusada", ES: "Transacción rechazada"},
			Meaning: Text{
				EN: "PayPal refused the transaction, typically by its risk checks, without a more specific reason.",
				PT: "O PayPal recusou a transação, normalmente pelas verificações de risco, sem um motivo mais específico.",
				ES: "PayPal rechazó la transacción, normalmente por sus verificaciones de riesgo, sin un motivo más específico.",
			},
			Fix: []Text{
				{EN: "Ask the payer to use another payment method.", PT: "Peça ao pagador que use outra forma de pagamento.", ES: "Pida al pagador que use otro medio de pago."},
				{EN: "If many payments are refused, contact PayPal with the debug_id.", PT: "Se muitos pagamentos forem recusados, fale com o PayPal informando o debug_id.", ES: "Si se rechazan muchos pagos, comuníquese con PayPal indicando el debug_id."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same transaction is refused again; change the payment method.", PT: "A mesma transação é recusada de novo; troque a forma de pagamento.", ES: "La misma transacción vuelve a ser rechazada; cambie el medio de pago."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: TRANSACTION_REFUSED)",
		},
		{
			Code:     "MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Too many payment attempts", PT: "Tentativas de pagamento demais", ES: "Demasiados intentos de pago"},
			Meaning: Text{
				EN: "The maximum number of payment attempts was exceeded for this payment.",
				PT: "O número máximo de tentativas de pagamento foi excedido para este pagamento.",
				ES: "Se superó la cantidad máxima de intentos de pago para este pago.",
			},
			Fix: []Text{
				{EN: "Stop retrying this order; ask the payer for another payment method on a new order.", PT: "Pare de tentar este pedido; peça ao pagador outro meio de pagamento num pedido novo.", ES: "Deje de reintentar esta orden; pida al pagador otro medio de pago en una orden nueva."},
				{EN: "To review the allowed number of attempts, call PayPal Customer Support.", PT: "Para rever o número de tentativas permitido, ligue para o suporte do PayPal.", ES: "Para revisar la cantidad de intentos permitidos, llame al Customer Support de PayPal."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "Further attempts on this order are refused.", PT: "Novas tentativas neste pedido são recusadas.", ES: "Los intentos adicionales sobre esta orden se rechazan."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED)",
		},
		{
			Code:     "REDIRECT_PAYER_FOR_ALTERNATE_FUNDING",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Payer must choose another funding source", PT: "Pagador deve escolher outra fonte de pagamento", ES: "El pagador debe elegir otra fuente de fondos"},
			Meaning: Text{
				EN: "The transaction failed with the current funding source; PayPal asks you to send the payer back to choose another one.",
				PT: "A transação falhou com a fonte de pagamento atual; o PayPal pede que você leve o pagador de volta para escolher outra.",
				ES: "La transacción falló con la fuente de fondos actual; PayPal le pide que envíe al pagador de vuelta para que elija otra.",
			},
			Fix: []Text{
				{EN: "Redirect the payer to PayPal (actions.restart() in the JS SDK) to select another funding source, then capture again.", PT: "Redirecione o pagador ao PayPal (actions.restart() no JS SDK) para escolher outra fonte, e capture de novo.", ES: "Redirija al pagador a PayPal (actions.restart() en el JS SDK) para que seleccione otra fuente de fondos, y luego vuelva a capturar."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same funding source fails again; the payer must choose another.", PT: "A mesma fonte falha de novo; o pagador precisa escolher outra.", ES: "La misma fuente de fondos vuelve a fallar; el pagador debe elegir otra."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: REDIRECT_PAYER_FOR_ALTERNATE_FUNDING)",
		},
		{
			Code:     "AMOUNT_MISMATCH",
			Status:   422,
			Category: Validation,
			Title:    Text{EN: "Amount does not match its breakdown", PT: "Valor não bate com o detalhamento", ES: "El monto no coincide con su desglose"},
			Meaning: Text{
				EN: "amount.value must equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount of amount.breakdown, and it does not.",
				PT: "amount.value precisa ser igual a item_total + tax_total + shipping + handling + insurance - shipping_discount - discount de amount.breakdown, e não é.",
				ES: "amount.value debe ser igual a item_total + tax_total + shipping + handling + insurance - shipping_discount - discount de amount.breakdown, y no lo es.",
			},
			Fix: []Text{
				{EN: "Recompute the total from the breakdown (and item_total from unit_amount × quantity of the items) with exact decimal arithmetic.", PT: "Recalcule o total a partir do breakdown (e o item_total a partir de unit_amount × quantity dos itens) com aritmética decimal exata.", ES: "Vuelva a calcular el total a partir del desglose (e item_total a partir de unit_amount × quantity de los ítems) con aritmética decimal exacta."},
				{EN: "Reflect discounts and sale prices in the breakdown too.", PT: "Reflita descontos e preços promocionais também no breakdown.", ES: "Refleje también los descuentos y los precios de oferta en el desglose."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same totals are refused every time.", PT: "Os mesmos totais são recusados sempre.", ES: "Los mismos totales se rechazan siempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalOrdersErr + " (UNPROCESSABLE_ENTITY: AMOUNT_MISMATCH); https://developer.paypal.com/api/rest/integration/orders-api/troubleshooting/",
		},
		{
			Code:     "CURRENCY_NOT_SUPPORTED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Currency not supported", PT: "Moeda não suportada", ES: "Moneda no soportada"},
			Meaning: Text{
				EN: "The currency of the order is not supported by PayPal for this transaction or is not enabled on the receiving account.",
				PT: "A moeda do pedido não é suportada pelo PayPal nesta transação ou não está habilitada na conta recebedora.",
				ES: "PayPal no soporta la moneda de la orden para esta transacción, o no está habilitada en la cuenta receptora.",
			},
			Fix: []Text{
				{EN: "Use a currency from PayPal's currency codes list (e.g. BRL, USD, EUR) and check the receiving account is configured to accept it.", PT: "Use uma moeda da lista de códigos de moeda do PayPal (ex.: BRL, USD, EUR) e verifique se a conta recebedora está configurada para aceitá-la.", ES: "Use una moneda de la lista de códigos de moneda de PayPal (p. ej., BRL, USD, EUR) y verifique que la cuenta receptora esté configurada para aceptarla."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same currency is refused until it is supported or enabled.", PT: "A mesma moeda é recusada até ser suportada ou habilitada.", ES: "La misma moneda se rechaza hasta que esté soportada o habilitada."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      "https://developer.paypal.com/api/rest/integration/orders-api/troubleshooting/ (CURRENCY_NOT_SUPPORTED); https://developer.paypal.com/api/handle-payment-failures",
		},
		{
			Code:     "CARD_EXPIRED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Card expired", PT: "Cartão expirado", ES: "Tarjeta vencida"},
			Meaning: Text{
				EN: "The card used is past its expiry date and cannot be charged.",
				PT: "O cartão usado passou da data de validade e não pode ser cobrado.",
				ES: "La tarjeta usada pasó su fecha de vencimiento y no se le puede cobrar.",
			},
			Fix: []Text{
				{EN: "Show the payer the error and ask for another card.", PT: "Mostre o erro ao pagador e peça outro cartão.", ES: "Muestre el error al pagador y pídale otra tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "An expired card is refused every time.", PT: "Um cartão expirado é recusado sempre.", ES: "Una tarjeta vencida se rechaza siempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalPaymentsErr + " (CARD_EXPIRED); https://developer.paypal.com/api/rest/integration/orders-api/troubleshooting/",
		},
		{
			Code:     "COMPLIANCE_VIOLATION",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Declined for a compliance violation", PT: "Recusado por violação de compliance", ES: "Rechazada por una infracción de cumplimiento normativo"},
			Meaning: Text{
				EN: "The transaction was declined because of a possible compliance violation.",
				PT: "A transação foi recusada por uma possível violação de compliance.",
				ES: "La transacción fue rechazada por una posible infracción de cumplimiento normativo.",
			},
			Fix: []Text{
				{EN: "Do not retry; contact PayPal Customer Support for details about the transaction.", PT: "Não tente de novo; fale com o suporte do PayPal para detalhes sobre a transação.", ES: "No reintente; comuníquese con el Customer Support de PayPal para obtener detalles sobre la transacción."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A compliance decline is not lifted by retrying.", PT: "Uma recusa por compliance não é desfeita tentando de novo.", ES: "Un rechazo por cumplimiento normativo no se levanta por reintentar."},
			Source:   paypalPaymentsErr + " (COMPLIANCE_VIOLATION); " + paypalOrdersErr,
		},
		{
			Code:     "AUTHORIZATION_EXPIRED",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Authorization expired", PT: "Autorização expirada", ES: "Autorización vencida"},
			Meaning: Text{
				EN: "You tried to capture an authorized payment that has expired (PayPal authorizations have a 3-day honor period and last up to 29 days).",
				PT: "Você tentou capturar um pagamento autorizado que expirou (autorizações do PayPal têm período de garantia de 3 dias e duram até 29 dias).",
				ES: "Intentó capturar un pago autorizado que ya venció (las autorizaciones de PayPal tienen un período de validez garantizada de 3 días y duran hasta 29 días).",
			},
			Fix: []Text{
				{EN: "Create a new order and have it approved again; capture future authorizations in time, or reauthorize between day 4 and day 29.", PT: "Crie um novo pedido e peça nova aprovação; capture as próximas autorizações a tempo, ou reautorize entre o 4º e o 29º dia.", ES: "Cree una nueva orden y haga que se apruebe de nuevo; capture las próximas autorizaciones a tiempo, o reautorice entre el día 4 y el día 29."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An expired authorization cannot be captured; only a new payment can collect the money.", PT: "Uma autorização expirada não pode ser capturada; só um novo pagamento pode receber o dinheiro.", ES: "Una autorización vencida no puede capturarse; solo un pago nuevo puede cobrar el dinero."},
			Source:   paypalPaymentsErr + " (AUTHORIZATION_EXPIRED; reauthorize authorized payment)",
		},
		{
			Code:     "REFUND_AMOUNT_EXCEEDED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Refund larger than what is left", PT: "Reembolso maior que o saldo restante", ES: "Reembolso mayor que el saldo restante"},
			Meaning: Text{
				EN: "The refund amount is larger than the part of the capture that has not been refunded yet.",
				PT: "O valor do reembolso é maior que a parte da captura que ainda não foi reembolsada.",
				ES: "El monto del reembolso es mayor que la parte de la captura que todavía no se reembolsó.",
			},
			Fix: []Text{
				{EN: "GET the capture and its refunds, and refund at most the remaining amount, in the capture's currency.", PT: "Consulte a captura e os reembolsos dela, e reembolse no máximo o valor restante, na moeda da captura.", ES: "Haga un GET de la captura y de sus reembolsos, y reembolse como máximo el monto restante, en la moneda de la captura."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is refused every time.", PT: "O mesmo valor é recusado sempre.", ES: "El mismo monto se rechaza siempre."},
			Idempotency: Text{EN: paypalIdemFixEN, PT: paypalIdemFixPT, ES: paypalIdemFixES},
			Source:      paypalPaymentsErr + " (REFUND_AMOUNT_EXCEEDED)",
		},
	},
}
