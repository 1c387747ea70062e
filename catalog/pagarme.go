// Pagar.me's error catalog, built from Pagar.me's public API documentation: "Erros" of the
// v5 Core API (docs.pagar.me/reference/erros-1: HTTP status table, possible errors and the
// per-endpoint rate limit table), "Idempotência" (docs.pagar.me/docs/o-que-é) and "Erros"
// of the legacy API (docs.pagar.me/v1.0.0/reference/erros: the error types).

package catalog

// PagarMe is Pagar.me's payments API (api.pagar.me): the v5 Core API and the legacy v1–v4 API.
//
// v5 error bodies carry no code: {"message":"The request is invalid.","errors":{"order.customer.name":
// ["The name field is required."]},"request":{…}} or just {"message":"Customer not found."}; the
// errors object maps a field path to a list of messages. v5 entries are therefore named by the
// HTTP status as a string ("400", "401", "403", "404", "412", "422", "429", "500") and looked up
// by the response status. Legacy v1–v4 bodies are {"errors":[{"message","parameter_name","type"}],
// "method","url"}; their type (invalid_parameter, action_forbidden, internal_error, not_found) is
// the code.
var pagarMe = Provider{
	id:      "pagarme",
	name:    "Pagar.me",
	docsURL: "https://docs.pagar.me/reference/erros-1",
	hosts:   []string{"api.pagar.me"},
	envelope: Text{
		EN: "v5: JSON body {message, errors:{'<field path>':['<message>', …]}, request} with no code member, so the HTTP status identifies the error (entries '400'…'500'). v1–v4: {errors:[{message, parameter_name, type}], method, url}, where type is the code (invalid_parameter, action_forbidden, internal_error, not_found).",
		PT: "v5: corpo JSON {message, errors:{'<caminho do campo>':['<mensagem>', …]}, request} sem membro de código, então o status HTTP identifica o erro (entradas '400'…'500'). v1–v4: {errors:[{message, parameter_name, type}], method, url}, em que type é o código (invalid_parameter, action_forbidden, internal_error, not_found).",
		ES: "v5: cuerpo JSON {message, errors:{'<ruta del campo>':['<mensaje>', …]}, request} sin miembro code, así que el estado HTTP identifica el error (entradas '400'…'500'). v1–v4: {errors:[{message, parameter_name, type}], method, url}, donde type es el código (invalid_parameter, action_forbidden, internal_error, not_found).",
	},
	rateLimitHeaders:  nil,
	idempotencyHeader: "Idempotency-key",
	support: Text{
		EN: "Give Pagar.me support the order id (or_…) or charge id (ch_…), your order code, the endpoint, the time of the request, the Idempotency-key used and the full response body (message and errors). Never send the secret key.",
		PT: "Informe ao suporte do Pagar.me o id do pedido (or_…) ou da cobrança (ch_…), o code do seu pedido, o endpoint, o horário da requisição, a Idempotency-key usada e o corpo completo da resposta (message e errors). Nunca envie a chave secreta.",
		ES: "Proporcione al soporte de Pagar.me el id de la orden (or_…) o del cobro (ch_…), el code de su orden, el endpoint, la hora de la solicitud, el Idempotency-key usado y el cuerpo completo de la respuesta (message y errors). Nunca envíe la clave secreta.",
	},
	source: "https://docs.pagar.me/reference/erros-1; https://docs.pagar.me/docs/o-que-é (Idempotência); https://docs.pagar.me/v1.0.0/reference/erros",
	cues: []Cue{
		{Text: "PagarMe::ValidationError", Kind: SDKClass},
		{Text: "PagarMe::PagarMeError", Kind: SDKClass},
		{Text: "PagarMe::RequestError", Kind: SDKClass},
		{Text: "PagarMe\\Sdk\\PagarMeException", Kind: SDKClass},
		{Text: "PagarMe_Exception", Kind: SDKClass},
		{Text: "PagarMeException", Kind: SDKClass},
		{Text: "pagarme-php", Kind: SDKPath},
		{Text: "pagarme-ruby", Kind: SDKPath},
		{Text: "pagarme-python", Kind: SDKPath},
		{Text: "pagarme/pagarme", Kind: SDKPath},
		{Text: "Pagar.me", Kind: Name},
		{Text: "Pagarme", Kind: Name},
	},
	entries: []Entry{
		// v5 Core API: HTTP status table
		{
			Code:     "400",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid request", PT: "Requisição inválida", ES: "Solicitud inválida"},
			Meaning: Text{
				EN: "Pagar.me could not accept the request as sent, e.g. malformed JSON, a wrong content type or a missing body.",
				PT: "O Pagar.me não conseguiu aceitar a requisição como foi enviada, por exemplo, JSON malformado, content type errado ou corpo ausente.",
				ES: "Pagar.me no pudo aceptar la solicitud tal como se envió; p. ej., JSON mal formado, un tipo de contenido incorrecto o un cuerpo faltante.",
			},
			Fix: []Text{
				{EN: "Validate the JSON and send Content-Type: application/json.", PT: "Valide o JSON e envie Content-Type: application/json.", ES: "Valide el JSON y envíe Content-Type: application/json."},
				{EN: "Read message and errors in the response and compare the body with the endpoint's reference.", PT: "Leia message e errors na resposta e compare o corpo com a referência do endpoint.", ES: "Lea message y errors en la respuesta y compare el cuerpo con la referencia del endpoint."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same request is refused every time.", PT: "A mesma requisição é recusada sempre.", ES: "La misma solicitud se rechaza siempre."},
			Source:   "https://docs.pagar.me/reference/erros-1 (400 Bad Request: Requisição inválida)",
		},
		{
			Code:     "401",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Invalid API key", PT: "Chave de API inválida", ES: "Clave de API inválida"},
			Meaning: Text{
				EN: "The secret key sent is missing or invalid for this account and environment.",
				PT: "A chave secreta enviada está ausente ou é inválida para esta conta e ambiente.",
				ES: "La clave secreta enviada falta o es inválida para esta cuenta y este entorno.",
			},
			Fix: []Text{
				{EN: "Authenticate with HTTP Basic using the secret key (sk_…) as the user name and an empty password.", PT: "Autentique com HTTP Basic usando a chave secreta (sk_…) como usuário e senha vazia.", ES: "Autentíquese con HTTP Basic usando la clave secreta (sk_…) como nombre de usuario y una contraseña vacía."},
				{EN: "Use the test key (sk_test_…) in test and the production key in production; never the public key (pk_…).", PT: "Use a chave de teste (sk_test_…) em teste e a de produção em produção; nunca a chave pública (pk_…).", ES: "Use la clave de prueba (sk_test_…) en pruebas y la clave de producción en producción; nunca la clave pública (pk_…)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Every request fails until a valid key is sent.", PT: "Toda requisição falha até uma chave válida ser enviada.", ES: "Todas las solicitudes fallan hasta que se envíe una clave válida."},
			Source:   "https://docs.pagar.me/reference/erros-1 (401 Unauthorized: Chave de API inválida)",
		},
		{
			Code:     "403",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Blocked by IP or domain", PT: "Bloqueio por IP/domínio", ES: "Bloqueado por IP o dominio"},
			Meaning: Text{
				EN: "The request was blocked because it came from an IP address or domain the account does not allow.",
				PT: "A requisição foi bloqueada porque veio de um IP ou domínio que a conta não permite.",
				ES: "La solicitud fue bloqueada porque provino de una dirección IP o un dominio que la cuenta no permite.",
			},
			Fix: []Text{
				{EN: "Add your server's IP (or your domain) to the allowed list in the Pagar.me dashboard, or call from an allowed one.", PT: "Inclua o IP do seu servidor (ou o seu domínio) na lista de permitidos do painel do Pagar.me, ou chame a partir de um permitido.", ES: "Agregue la IP de su servidor (o su dominio) a la lista de permitidos en el dashboard de Pagar.me, o llame desde uno permitido."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Requests from the same origin are blocked every time.", PT: "Requisições da mesma origem são bloqueadas sempre.", ES: "Las solicitudes desde el mismo origen se bloquean siempre."},
			Source:   "https://docs.pagar.me/reference/erros-1 (403 Forbidden: Bloqueio por IP/Domínio)",
		},
		{
			Code:     "404",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado", ES: "Recurso no encontrado"},
			Meaning: Text{
				EN: "The requested resource does not exist, e.g. {'message':'Customer not found.'} when the order's customer or customer_id cannot be identified.",
				PT: "O recurso solicitado não existe, ex.: {'message':'Customer not found.'} quando o customer ou customer_id do pedido não é identificado.",
				ES: "El recurso solicitado no existe; p. ej., {'message':'Customer not found.'} cuando no se puede identificar el customer o el customer_id de la orden.",
			},
			Fix: []Text{
				{EN: "Check the id in the URL or body (customer_id, card_id, order id) and that it belongs to this account and environment.", PT: "Confira o id na URL ou no corpo (customer_id, card_id, id do pedido) e se ele pertence a esta conta e ambiente.", ES: "Revise el id de la URL o del cuerpo (customer_id, card_id, id de la orden) y que pertenezca a esta cuenta y a este entorno."},
				{EN: "When creating an order, send either a customer object or an existing customer_id.", PT: "Ao criar um pedido, envie um objeto customer ou um customer_id existente.", ES: "Al crear una orden, envíe un objeto customer o un customer_id existente."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "It fails until the request names an existing resource.", PT: "Falha até a requisição apontar um recurso existente.", ES: "Falla hasta que la solicitud indique un recurso existente."},
			Source:   "https://docs.pagar.me/reference/erros-1 (404 Not Found; Possíveis erros: Customer not found.)",
		},
		{
			Code:     "412",
			Status:   412,
			Category: Business,
			Title:    Text{EN: "Valid parameters, but the request failed", PT: "Parâmetros válidos, mas a requisição falhou", ES: "Parámetros válidos, pero la solicitud falló"},
			Meaning: Text{
				EN: "The parameters were valid but Pagar.me could not carry out the operation, e.g. the resource's state or a business rule prevented it.",
				PT: "Os parâmetros eram válidos, mas o Pagar.me não conseguiu executar a operação, por exemplo, o estado do recurso ou uma regra de negócio impediu.",
				ES: "Los parámetros eran válidos, pero Pagar.me no pudo realizar la operación; p. ej., el estado del recurso o una regla de negocio lo impidió.",
			},
			Fix: []Text{
				{EN: "Read message to see which condition failed.", PT: "Leia message para ver qual condição falhou.", ES: "Lea message para ver qué condición falló."},
				{EN: "GET the order or charge and check its status before repeating the operation.", PT: "Faça GET do pedido ou da cobrança e confira o status antes de repetir a operação.", ES: "Haga un GET de la orden o del cobro y revise su status antes de repetir la operación."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Repeating the same request hits the same condition; change the request or wait until the resource's state allows it.", PT: "Repetir a mesma requisição esbarra na mesma condição; mude a requisição ou espere o estado do recurso permitir.", ES: "Repetir la misma solicitud choca con la misma condición; cambie la solicitud o espere a que el estado del recurso lo permita."},
			Source:   "https://docs.pagar.me/reference/erros-1 (412 Precondition Failed: Parâmetros válidos mas a requisição falhou)",
		},
		{
			Code:     "422",
			Status:   422,
			Category: Validation,
			Title:    Text{EN: "Invalid parameters", PT: "Parâmetros inválidos", ES: "Parámetros inválidos"},
			Meaning: Text{
				EN: "One or more parameters are invalid: message is 'The request is invalid.' and errors maps each field path to its problems, e.g. order.customer.name: 'The name field is required.' or order.payments[0].credit_card.card: 'The number field is not a valid card number'.",
				PT: "Um ou mais parâmetros são inválidos: message é 'The request is invalid.' e errors liga cada caminho de campo aos seus problemas, ex.: order.customer.name: 'The name field is required.' ou order.payments[0].credit_card.card: 'The number field is not a valid card number'.",
				ES: "Uno o más parámetros son inválidos: message es 'The request is invalid.' y errors asocia cada ruta de campo a sus problemas, p. ej., order.customer.name: 'The name field is required.' u order.payments[0].credit_card.card: 'The number field is not a valid card number'.",
			},
			Fix: []Text{
				{EN: "Fix every field listed in errors; the keys are paths into your request body.", PT: "Corrija cada campo listado em errors; as chaves são caminhos no corpo da sua requisição.", ES: "Corrija cada campo listado en errors; las claves son rutas dentro del cuerpo de su solicitud."},
				{EN: "Compare the request echoed in request with what you meant to send.", PT: "Compare a requisição ecoada em request com o que você pretendia enviar.", ES: "Compare la solicitud que se devuelve en request con lo que quería enviar."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same parameters are refused every time.", PT: "Os mesmos parâmetros são recusados sempre.", ES: "Los mismos parámetros se rechazan siempre."},
			Source:   "https://docs.pagar.me/reference/erros-1 (422 Unprocessable Entity: Parâmetros inválidos; Possíveis erros)",
		},
		{
			Code:     "429",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Too many requests from this IP", PT: "Excesso de requisições deste IP", ES: "Demasiadas solicitudes desde esta IP"},
			Meaning: Text{
				EN: "More requests came from the IP than Pagar.me allows; limits are per minute and per endpoint (e.g. GET /orders and GET /charges 200 per minute, GET /hooks 50, and a Pix charge cancel only once every 15 minutes after the 10th attempt).",
				PT: "Chegaram mais requisições do IP do que o Pagar.me permite; os limites são por minuto e por endpoint (ex.: GET /orders e GET /charges 200 por minuto, GET /hooks 50, e cancelamento de cobrança Pix só uma vez a cada 15 minutos depois da 10ª tentativa).",
				ES: "Llegaron desde la IP más solicitudes de las que Pagar.me permite; los límites son por minuto y por endpoint (p. ej., GET /orders y GET /charges 200 por minuto, GET /hooks 50, y la cancelación de un cobro Pix solo una vez cada 15 minutos después del 10.º intento).",
			},
			Fix: []Text{
				{EN: "Wait for the minute window to pass (or the Retry-After delay, if sent) before retrying.", PT: "Aguarde a janela de um minuto passar (ou o tempo de Retry-After, se vier) antes de tentar de novo.", ES: "Espere a que pase la ventana de un minuto (o el tiempo de Retry-After, si se envía) antes de reintentar."},
				{EN: "Spread GET calls, cache results and use webhooks instead of polling orders and charges.", PT: "Distribua as chamadas GET, faça cache dos resultados e use webhooks em vez de consultar pedidos e cobranças repetidamente.", ES: "Distribuya las llamadas GET, guarde los resultados en caché y use webhooks en lugar de hacer polling de órdenes y cobros."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: "The limits are per minute, so the same request can succeed once the window rolls over.", PT: "Os limites são por minuto, então a mesma requisição pode dar certo quando a janela virar.", ES: "Los límites son por minuto, así que la misma solicitud puede tener éxito cuando se renueve la ventana."},
			Idempotency: Text{EN: "A throttled request was not processed; resend writes with the same Idempotency-key anyway.", PT: "Uma requisição barrada pelo limite não foi processada; mesmo assim reenvie escritas com a mesma Idempotency-key.", ES: "Una solicitud limitada no se procesó; aun así, reenvíe las escrituras con el mismo Idempotency-key."},
			Source:      "https://docs.pagar.me/reference/erros-1 (429 Too Many Requests; Rate Limit table per endpoint per minute)",
		},
		{
			Code:     "500",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Pagar.me internal error", PT: "Erro interno do Pagar.me", ES: "Error interno de Pagar.me"},
			Meaning: Text{
				EN: "An internal error happened at Pagar.me; for an order or charge creation the outcome is unknown and the transaction may exist.",
				PT: "Ocorreu um erro interno no Pagar.me; numa criação de pedido ou cobrança o resultado é desconhecido e a transação pode existir.",
				ES: "Ocurrió un error interno en Pagar.me; en la creación de una orden o de un cobro, el resultado es desconocido y la transacción puede existir.",
			},
			Fix: []Text{
				{EN: "Look the order up (GET /orders?code=…) before creating it again.", PT: "Consulte o pedido (GET /orders?code=…) antes de criá-lo de novo.", ES: "Consulte la orden (GET /orders?code=…) antes de volver a crearla."},
				{EN: "Resend with the same Idempotency-key, within its 24 hours, backing off between attempts.", PT: "Reenvie com a mesma Idempotency-key, dentro das 24 horas dela, aumentando o intervalo entre tentativas.", ES: "Vuelva a enviar con el mismo Idempotency-key, dentro de sus 24 horas, con backoff entre intentos."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "After a 500 on a write the order may exist; check before resending.", PT: "Depois de um 500 numa escrita o pedido pode existir; verifique antes de reenviar.", ES: "Después de un 500 en una escritura, la orden puede existir; verifique antes de reenviar."},
			Idempotency: Text{EN: "Send order creation with an Idempotency-key header (case-sensitive, expires 24 hours after the first request) and reuse it on resends: Pagar.me answers with the stored result instead of creating a second transaction.", PT: "Envie a criação de pedido com o cabeçalho Idempotency-key (diferencia maiúsculas de minúsculas, expira 24 horas após a primeira requisição) e reutilize-o nos reenvios: o Pagar.me responde com o resultado guardado em vez de criar uma segunda transação.", ES: "Envíe la creación de órdenes con un encabezado Idempotency-key (distingue mayúsculas de minúsculas, vence 24 horas después de la primera solicitud) y reutilícelo en los reenvíos: Pagar.me responde con el resultado guardado en lugar de crear una segunda transacción."},
			Source:      "https://docs.pagar.me/reference/erros-1 (500 Internal Server Error: Ocorreu um erro interno); https://docs.pagar.me/docs/o-que-é (Idempotência: Idempotency-key, 24 h)",
		},
		// Legacy API (v1–v4): error types
		{
			Code:     "invalid_parameter",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid or missing parameter", PT: "Parâmetro inválido ou ausente", ES: "Parámetro inválido o faltante"},
			Meaning: Text{
				EN: "A parameter of the legacy API call is wrong or missing; parameter_name says which (e.g. 'api_key está faltando' for api_key).",
				PT: "Um parâmetro da chamada à API legada está incorreto ou faltando; parameter_name diz qual (ex.: 'api_key está faltando' para api_key).",
				ES: "Un parámetro de la llamada a la API legacy es incorrecto o falta; parameter_name indica cuál (p. ej., 'api_key está faltando' para api_key).",
			},
			Fix: []Text{
				{EN: "Correct or add the parameter named in parameter_name, as described in that endpoint's legacy reference.", PT: "Corrija ou inclua o parâmetro indicado em parameter_name, como descrito na referência legada do endpoint.", ES: "Corrija o agregue el parámetro indicado en parameter_name, según la referencia legacy de ese endpoint."},
				{EN: "For api_key errors, send the account's api_key (ak_test_… / ak_live_…).", PT: "Em erros de api_key, envie a api_key da conta (ak_test_… / ak_live_…).", ES: "Para errores de api_key, envíe la api_key de la cuenta (ak_test_… / ak_live_…)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same parameters are refused every time.", PT: "Os mesmos parâmetros são recusados sempre.", ES: "Los mismos parámetros se rechazan siempre."},
			Source:   "https://docs.pagar.me/v1.0.0/reference/erros (invalid_parameter: Quando algum parâmetro passado está incorreto/faltando)",
		},
		{
			Code:     "action_forbidden",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Action forbidden", PT: "Ação proibida", ES: "Acción prohibida"},
			Meaning: Text{
				EN: "The user or key has no permission to perform this action in the legacy API.",
				PT: "O usuário ou a chave não tem permissão para realizar esta ação na API legada.",
				ES: "El usuario o la clave no tiene permiso para realizar esta acción en la API legacy.",
			},
			Fix: []Text{
				{EN: "Use a key or user with permission for this action (check roles in the dashboard).", PT: "Use uma chave ou usuário com permissão para esta ação (confira os perfis no painel).", ES: "Use una clave o un usuario con permiso para esta acción (revise los roles en el dashboard)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Permissions do not change by retrying.", PT: "Permissões não mudam ao tentar de novo.", ES: "Los permisos no cambian por reintentar."},
			Source:   "https://docs.pagar.me/v1.0.0/reference/erros (action_forbidden: Quando o usuário não tem permissão para fazer determinada ação)",
		},
		{
			Code:     "internal_error",
			Status:   0,
			Category: Internal,
			Title:    Text{EN: "Internal error", PT: "Erro interno", ES: "Error interno"},
			Meaning: Text{
				EN: "An internal error happened on Pagar.me's server while handling the legacy API call; for a transaction the outcome is unknown.",
				PT: "Ocorreu um erro interno no servidor do Pagar.me ao tratar a chamada da API legada; numa transação o resultado é desconhecido.",
				ES: "Ocurrió un error interno en el servidor de Pagar.me al procesar la llamada a la API legacy; para una transacción, el resultado es desconocido.",
			},
			Fix: []Text{
				{EN: "Look the transaction up (GET /transactions filtered by your metadata or reference) before sending it again.", PT: "Consulte a transação (GET /transactions filtrando pelos seus metadados ou referência) antes de enviá-la de novo.", ES: "Consulte la transacción (GET /transactions filtrado por su metadata o su referencia) antes de volver a enviarla."},
				{EN: "If nothing was created, resend with backoff; if it persists, contact support with method and url from the body.", PT: "Se nada foi criado, reenvie com intervalos crescentes; se persistir, contate o suporte com method e url do corpo.", ES: "Si no se creó nada, vuelva a enviar con backoff; si persiste, comuníquese con soporte indicando method y url del cuerpo."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "An internal error on a write leaves the outcome unknown.", PT: "Um erro interno numa escrita deixa o resultado desconhecido.", ES: "Un error interno en una escritura deja el resultado desconocido."},
			Idempotency: Text{EN: "The legacy API's error document names no idempotency mechanism: look the transaction up by your own reference before resending.", PT: "O documento de erros da API legada não cita mecanismo de idempotência: consulte a transação pela sua própria referência antes de reenviar.", ES: "El documento de errores de la API legacy no menciona ningún mecanismo de idempotencia: consulte la transacción por su propia referencia antes de reenviar."},
			Source:      "https://docs.pagar.me/v1.0.0/reference/erros (internal_error: Quando algum erro interno em nosso servidor ocorreu)",
		},
		{
			Code:     "not_found",
			Status:   0,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado", ES: "Recurso no encontrado"},
			Meaning: Text{
				EN: "The resource looked up in the legacy API was not found or does not exist.",
				PT: "O recurso procurado na API legada não foi encontrado ou não existe.",
				ES: "El recurso consultado en la API legacy no se encontró o no existe.",
			},
			Fix: []Text{
				{EN: "Check the id in the url of the response and that it belongs to the api_key's account.", PT: "Confira o id na url da resposta e se ele pertence à conta da api_key.", ES: "Revise el id en la url de la respuesta y que pertenezca a la cuenta de la api_key."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "It fails until the request names an existing resource.", PT: "Falha até a requisição apontar um recurso existente.", ES: "Falla hasta que la solicitud indique un recurso existente."},
			Source:   "https://docs.pagar.me/v1.0.0/reference/erros (not_found: Quando o recurso procurado não foi encontrado/não existe)",
		},
	},
}
