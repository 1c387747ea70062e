// Asaas's error catalog, built from Asaas's public API documentation (docs.asaas.com):
// "Códigos HTTP das respostas" / "HTTP response codes" (statuses and the errors[] example),
// "Autenticação" (the access_token header, 401), "API Limits" and "Requests blocked due to
// missing rate limit control" (429, RateLimit-* headers, quotas), "Common Questions" and the
// Payments FAQ (invalid_action, invalid_billingType), the cpfCnpj validation changelog and
// "Retries e idempotência" / "Duplicate charge after retry without idempotency".

package catalog

// Asaas is the Asaas billing API (boleto, Pix, card; api.asaas.com/v3).
//
// Error bodies look like {"errors":[{"code":"invalid_value","description":"O campo value deve
// ser informado"}]}: an errors array of {code, description}, code in lower snake/camel case
// (invalid_value, invalid_dueDate, invalid_customer…), description in Portuguese by default;
// there is no message, status or request id member. A wrong or missing access_token answers
// 401 with code invalid_access_token. Statuses 403, 404, 429 and 500 are catalogued under the
// status itself ("403", "404", "429", "500") for bodies that carry no code.
var asaas = Provider{
	id:        "asaas",
	name:      "Asaas",
	masculine: true,
	docsURL:   "https://docs.asaas.com/docs/http-response-codes",
	hosts:     []string{"api.asaas.com", "api-sandbox.asaas.com", "sandbox.asaas.com"},
	envelope: Text{
		EN: "JSON body {errors:[{code, description}]}: one entry per problem, code in snake/camel case (invalid_value, invalid_dueDate, invalid_customer, invalid_access_token), description usually in Portuguese; no top-level message or request id.",
		PT: "Corpo JSON {errors:[{code, description}]}: uma entrada por problema, code em snake/camel case (invalid_value, invalid_dueDate, invalid_customer, invalid_access_token), description normalmente em português; sem message nem id de requisição no nível de cima.",
		ES: "Cuerpo JSON {errors:[{code, description}]}: una entrada por problema, code en snake/camel case (invalid_value, invalid_dueDate, invalid_customer, invalid_access_token), description normalmente en portugués; sin message ni id de solicitud en el nivel superior.",
	},
	rateLimitHeaders:  []string{"RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"},
	idempotencyHeader: "",
	support: Text{
		EN: "Give Asaas support the endpoint, the time of the request, the resource id (cus_…, pay_…), your externalReference, the response status, headers and errors[] body. Never send the API key (access_token).",
		PT: "Informe ao suporte do Asaas o endpoint, o horário da requisição, o id do recurso (cus_…, pay_…), o seu externalReference, o status, os cabeçalhos e o corpo errors[] da resposta. Nunca envie a chave de API (access_token).",
		ES: "Proporcione al soporte de Asaas el endpoint, la hora de la solicitud, el id del recurso (cus_…, pay_…), su externalReference, el estado de la respuesta, los encabezados y el cuerpo errors[]. Nunca envíe la clave de API (access_token).",
	},
	source: "https://docs.asaas.com/docs/http-response-codes; https://docs.asaas.com/docs/authentication-2; https://docs.asaas.com/docs/api-limits-1; https://docs.asaas.com/docs/retries-e-idempotência",
	cues: []Cue{
		{Text: "Asaas\\Exception", Kind: SDKClass},
		{Text: "AsaasException", Kind: SDKClass},
		{Text: "asaas-php-sdk", Kind: SDKPath},
		{Text: "Asaas", Kind: Name},
	},
	entries: []Entry{
		// HTTP response codes page: example 400 body
		{
			Code:     "invalid_value",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid or missing value", PT: "Valor inválido ou não informado", ES: "Valor inválido o faltante"},
			Meaning: Text{
				EN: "The charge's value field was not sent or is not valid (e.g. 'O campo value deve ser informado').",
				PT: "O campo value da cobrança não foi enviado ou não é válido (ex.: 'O campo value deve ser informado').",
				ES: "El campo value del cobro no se envió o no es válido (p. ej., 'O campo value deve ser informado').",
			},
			Fix: []Text{
				{EN: "Send value as a number in reais (e.g. 129.90), above the minimum for the billing type.", PT: "Envie value como número em reais (ex.: 129.90), acima do mínimo do tipo de cobrança.", ES: "Envíe value como un número en reales (p. ej., 129.90), por encima del mínimo para el tipo de cobro."},
				{EN: "Read every item of errors[]: one request can have several problems.", PT: "Leia todos os itens de errors[]: uma requisição pode ter vários problemas.", ES: "Lea cada elemento de errors[]: una misma solicitud puede tener varios problemas."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre.", ES: "El mismo valor se rechaza siempre."},
			Source:   "https://docs.asaas.com/docs/http-response-codes (400 example: invalid_value, The value field must be informed)",
		},
		{
			Code:     "invalid_dueDate",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid due date", PT: "Data de vencimento inválida", ES: "Fecha de vencimiento inválida"},
			Meaning: Text{
				EN: "The charge's dueDate is invalid, typically earlier than today.",
				PT: "O dueDate da cobrança é inválido, normalmente anterior a hoje.",
				ES: "El dueDate del cobro es inválido, normalmente anterior a hoy.",
			},
			Fix: []Text{
				{EN: "Send dueDate as YYYY-MM-DD, today or later.", PT: "Envie dueDate no formato AAAA-MM-DD, hoje ou depois.", ES: "Envíe dueDate como YYYY-MM-DD, con la fecha de hoy o posterior."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same date is refused every time.", PT: "A mesma data é recusada sempre.", ES: "La misma fecha se rechaza siempre."},
			Source:   "https://docs.asaas.com/docs/http-response-codes (400 example: invalid_dueDate, The due date cannot be earlier than today)",
		},
		{
			Code:     "invalid_billingType",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Billing type not allowed", PT: "Forma de cobrança não permitida", ES: "Tipo de cobro no permitido"},
			Meaning: Text{
				EN: "The account may not create charges with this billingType; for CREDIT_CARD, only accounts whose commercial data is 100% filled in and approved can.",
				PT: "A conta não pode criar cobranças com este billingType; em CREDIT_CARD, só contas com os dados comerciais 100% preenchidos e aprovados podem.",
				ES: "La cuenta no puede crear cobros con este billingType; para CREDIT_CARD, solo pueden hacerlo las cuentas cuyos datos comerciales estén completos al 100% y aprobados.",
			},
			Fix: []Text{
				{EN: "Fill in all commercial data (Minha Conta > Informações > Dados comerciais, including cpfCnpj) or update it via the API, and wait for approval.", PT: "Preencha todos os dados comerciais (Minha Conta > Informações > Dados comerciais, inclusive cpfCnpj) ou atualize-os pela API, e aguarde a aprovação.", ES: "Complete todos los datos comerciales (Minha Conta > Informações > Dados comerciais, incluido cpfCnpj) o actualícelos mediante la API, y espere la aprobación."},
				{EN: "Check billingType is one of BOLETO, CREDIT_CARD, PIX or UNDEFINED.", PT: "Confira se billingType é BOLETO, CREDIT_CARD, PIX ou UNDEFINED.", ES: "Verifique que billingType sea BOLETO, CREDIT_CARD, PIX o UNDEFINED."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "It keeps failing until the account is enabled for this billing type.", PT: "Continua falhando até a conta ser habilitada para esta forma de cobrança.", ES: "Sigue fallando hasta que la cuenta esté habilitada para este tipo de cobro."},
			Source:   "https://docs.asaas.com/docs/payments-1 (Error 400 invalid_billingType when creating a CREDIT_CARD charge)",
		},
		{
			Code:     "invalid_customer",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid or missing customer", PT: "Customer inválido ou não informado", ES: "Cliente inválido o faltante"},
			Meaning: Text{
				EN: "The customer id (cus_…) of the charge or subscription was not sent or does not exist in this account and environment.",
				PT: "O id do cliente (cus_…) da cobrança ou assinatura não foi enviado ou não existe nesta conta e ambiente.",
				ES: "El id del cliente (cus_…) del cobro o de la suscripción no se envió o no existe en esta cuenta y este entorno.",
			},
			Fix: []Text{
				{EN: "Create the customer first (POST /v3/customers) and send its id in customer.", PT: "Crie o cliente antes (POST /v3/customers) e envie o id dele em customer.", ES: "Cree primero el cliente (POST /v3/customers) y envíe su id en customer."},
				{EN: "Do not mix ids from Sandbox and production, or from another Asaas account.", PT: "Não misture ids do Sandbox com os de produção, nem de outra conta Asaas.", ES: "No mezcle ids de Sandbox y de producción, ni de otra cuenta de Asaas."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "It fails until the request names an existing customer of this account.", PT: "Falha até a requisição apontar um cliente existente desta conta.", ES: "Falla hasta que la solicitud indique un cliente existente de esta cuenta."},
			Source:   "https://docs.asaas.com/docs/request-errors (ids from another account or environment); code and description ('Customer inválido ou não informado') as returned by api.asaas.com",
		},
		{
			Code:     "invalid_cpfCnpj",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid CPF/CNPJ", PT: "CPF/CNPJ inválido", ES: "CPF/CNPJ inválido"},
			Meaning: Text{
				EN: "The customer's cpfCnpj is not a valid CPF or CNPJ; since 05/08/2024 Asaas accepts only valid documents there, not free text.",
				PT: "O cpfCnpj do cliente não é um CPF ou CNPJ válido; desde 05/08/2024 o Asaas só aceita documentos válidos nesse campo, não texto livre.",
				ES: "El cpfCnpj del cliente no es un CPF ni un CNPJ válido; desde el 05/08/2024, Asaas solo acepta documentos válidos en ese campo, no texto libre.",
			},
			Fix: []Text{
				{EN: "Validate the check digits and send a real CPF (11 digits) or CNPJ (14 digits).", PT: "Valide os dígitos verificadores e envie um CPF (11 dígitos) ou CNPJ (14 dígitos) real.", ES: "Valide los dígitos verificadores y envíe un CPF (11 dígitos) o CNPJ (14 dígitos) real."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same document is refused every time.", PT: "O mesmo documento é recusado sempre.", ES: "El mismo documento se rechaza siempre."},
			Source:   "https://docs.asaas.com/changelog/bloquei-de-envio-de-cpfcnpj-invalidos (only valid CPFs and CNPJs from 05/08/2024); code as returned by api.asaas.com",
		},
		{
			Code:     "invalid_creditCard",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Card transaction not authorized", PT: "Transação com cartão não autorizada", ES: "Transacción con tarjeta no autorizada"},
			Meaning: Text{
				EN: "The card charge or card tokenization was refused, usually by the issuer (description 'Transação não autorizada'); it is a decline, not an API fault.",
				PT: "A cobrança ou a tokenização do cartão foi recusada, normalmente pelo emissor (description 'Transação não autorizada'); é uma recusa, não uma falha da API.",
				ES: "El cobro con tarjeta o la tokenización de la tarjeta fue rechazado, normalmente por el emisor (description 'Transação não autorizada'); es un rechazo, no una falla de la API.",
			},
			Fix: []Text{
				{EN: "Ask the buyer to check the card data or use another card, Pix or boleto.", PT: "Peça ao comprador para conferir os dados do cartão ou usar outro cartão, Pix ou boleto.", ES: "Pida al comprador que revise los datos de la tarjeta o que use otra tarjeta, Pix o boleto."},
				{EN: "Send complete creditCardHolderInfo (name, email, cpfCnpj, postalCode, addressNumber, phone) and remoteIp.", PT: "Envie creditCardHolderInfo completo (name, email, cpfCnpj, postalCode, addressNumber, phone) e remoteIp.", ES: "Envíe creditCardHolderInfo completo (name, email, cpfCnpj, postalCode, addressNumber, phone) y remoteIp."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Repeating the same card right away is expected to be refused again; change the card or method.", PT: "Uma nova tentativa com o mesmo cartão logo em seguida tende a ser recusada de novo; troque o cartão ou o meio de pagamento.", ES: "Se espera que repetir de inmediato con la misma tarjeta vuelva a ser rechazado; cambie la tarjeta o el medio."},
			Source:   "https://docs.asaas.com/docs/payments-1 (card declines are not an API fault); code and description as returned by api.asaas.com",
		},
		{
			Code:     "invalid_action",
			Status:   400,
			Category: Authorization,
			Title:    Text{EN: "Action not allowed (critical authorization)", PT: "Ação não permitida (autorização crítica)", ES: "Acción no permitida (autorización crítica)"},
			Meaning: Text{
				EN: "The action is not allowed as requested; the documented case is transfers, bill payments or account changes on an account with critical authorization enabled, which need a confirmation code (SMS or app token).",
				PT: "A ação não é permitida como foi pedida; o caso documentado são transferências, pagamentos de contas ou alterações cadastrais numa conta com autorização crítica habilitada, que exigem um código de confirmação (token por SMS ou app).",
				ES: "La acción no está permitida tal como se solicitó; el caso documentado son transferencias, pagos de cuentas o cambios en una cuenta con la autorización crítica activada, que necesitan un código de confirmación (SMS o token de la app).",
			},
			Fix: []Text{
				{EN: "Approve the operation with the SMS/app token, or configure authorized fixed IPs plus an authentication webhook to automate it.", PT: "Aprove a operação com o token por SMS/app, ou configure IPs fixos autorizados mais um webhook de autenticação para automatizar.", ES: "Apruebe la operación con el token de SMS/app, o configure IP fijas autorizadas junto con un webhook de autenticación para automatizarla."},
				{EN: "Ask your account manager (production) or support (Sandbox) to disable critical authorization if appropriate.", PT: "Peça ao seu gerente de contas (produção) ou ao suporte (Sandbox) para desabilitar a autorização crítica, se for o caso.", ES: "Pida a su ejecutivo de cuenta (producción) o al soporte (Sandbox) que desactive la autorización crítica, si corresponde."},
				{EN: "Read description: the same code is used for other actions the resource's state does not allow.", PT: "Leia description: o mesmo código é usado em outras ações que o estado do recurso não permite.", ES: "Lea description: el mismo código se usa para otras acciones que el estado del recurso no permite."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same call is refused until the confirmation requirement or the account setting changes.", PT: "A mesma chamada é recusada até a exigência de confirmação ou a configuração da conta mudar.", ES: "La misma llamada se rechaza hasta que cambie el requisito de confirmación o la configuración de la cuenta."},
			Source:   "https://docs.asaas.com/docs/common-questions (Critical Authorization Error: invalid_action)",
		},
		{
			Code:     "invalid_access_token",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Invalid API key", PT: "Chave de API inválida", ES: "Clave de API inválida"},
			Meaning: Text{
				EN: "The API key in the access_token header is missing, invalid or belongs to the other environment (description 'A chave de API fornecida é inválida').",
				PT: "A chave de API no cabeçalho access_token está ausente, é inválida ou pertence ao outro ambiente (description 'A chave de API fornecida é inválida').",
				ES: "La clave de API del encabezado access_token falta, es inválida o pertenece al otro entorno (description 'A chave de API fornecida é inválida').",
			},
			Fix: []Text{
				{EN: "Send the key in the access_token header (Asaas does not use Authorization: Bearer).", PT: "Envie a chave no cabeçalho access_token (o Asaas não usa Authorization: Bearer).", ES: "Envíe la clave en el encabezado access_token (Asaas no usa Authorization: Bearer)."},
				{EN: "Match key and URL: $aact_hmlg_… keys with https://api-sandbox.asaas.com/v3, $aact_prod_… keys with https://api.asaas.com/v3.", PT: "Combine chave e URL: chaves $aact_hmlg_… com https://api-sandbox.asaas.com/v3, chaves $aact_prod_… com https://api.asaas.com/v3.", ES: "Haga coincidir la clave con la URL: claves $aact_hmlg_… con https://api-sandbox.asaas.com/v3, claves $aact_prod_… con https://api.asaas.com/v3."},
				{EN: "If the key was lost or regenerated, generate a new one in Integrações > Chave de API (generating a new key invalidates the old one).", PT: "Se a chave foi perdida ou regenerada, gere uma nova em Integrações > Chave de API (gerar uma nova invalida a anterior).", ES: "Si la clave se perdió o se regeneró, genere una nueva en Integrações > Chave de API (generar una clave nueva invalida la anterior)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Every request fails until a valid key for this environment is sent.", PT: "Toda requisição falha até ser enviada uma chave válida para este ambiente.", ES: "Todas las solicitudes fallan hasta que se envíe una clave válida para este entorno."},
			Source:   "https://docs.asaas.com/docs/authentication-2 (access_token header; missing, invalid or wrong-environment key returns 401); https://docs.asaas.com/docs/authentication (key prefixes and base URLs); code as returned by api.asaas.com",
		},
		// HTTP statuses without a code in the body
		{
			Code:     "403",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Request forbidden", PT: "Requisição proibida", ES: "Solicitud prohibida"},
			Meaning: Text{
				EN: "Asaas refused the request: API abuse, prohibited parameters, a feature not enabled on the account or a blocked origin country; on GET calls, a 403 from CloudFront means a body was sent with the GET.",
				PT: "O Asaas recusou a requisição: abuso da API, parâmetros não permitidos, recurso não habilitado na conta ou país de origem bloqueado; em chamadas GET, um 403 do CloudFront indica que foi enviado um body junto do GET.",
				ES: "Asaas rechazó la solicitud: abuso de la API, parámetros prohibidos, una función no habilitada en la cuenta o un país de origen bloqueado; en llamadas GET, un 403 de CloudFront significa que se envió un cuerpo con el GET.",
			},
			Fix: []Text{
				{EN: "Never send a body on GET requests.", PT: "Nunca envie body em requisições GET.", ES: "Nunca envíe un cuerpo en las solicitudes GET."},
				{EN: "Call from a server in an allowed country (e.g. Brazil or the United States) and from the authorized IPs, if you configured any.", PT: "Chame a partir de um servidor num país permitido (ex.: Brasil ou Estados Unidos) e dos IPs autorizados, se tiver configurado.", ES: "Llame desde un servidor en un país permitido (p. ej., Brasil o Estados Unidos) y desde las IP autorizadas, si configuró alguna."},
				{EN: "Remove parameters your account may not use, or ask Asaas to enable the feature.", PT: "Remova parâmetros que sua conta não pode usar, ou peça ao Asaas para habilitar o recurso.", ES: "Quite los parámetros que su cuenta no puede usar, o pida a Asaas que habilite la función."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same request from the same origin is refused every time.", PT: "A mesma requisição da mesma origem é recusada sempre.", ES: "La misma solicitud desde el mismo origen se rechaza siempre."},
			Source:   "https://docs.asaas.com/docs/http-response-codes (403 Forbidden; 403 Forbidden / Cloudfront (GET)); https://docs.asaas.com/docs/request-errors (403: blocked countries)",
		},
		{
			Code:     "404",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Endpoint or object not found", PT: "Endpoint ou objeto não encontrado", ES: "Endpoint u objeto no encontrado"},
			Meaning: Text{
				EN: "The endpoint or the object (customer, charge, subscription…) does not exist, often an id saved from Sandbox or another Asaas account.",
				PT: "O endpoint ou o objeto (cliente, cobrança, assinatura…) não existe, muitas vezes um id salvo do Sandbox ou de outra conta Asaas.",
				ES: "El endpoint o el objeto (cliente, cobro, suscripción…) no existe; a menudo es un id guardado desde Sandbox o desde otra cuenta de Asaas.",
			},
			Fix: []Text{
				{EN: "Check the path (/v3/…) and the id.", PT: "Confira o caminho (/v3/…) e o id.", ES: "Revise la ruta (/v3/…) y el id."},
				{EN: "After switching account or environment, clear the Asaas ids your system stored (e.g. cus_… linked to your customers).", PT: "Depois de trocar de conta ou de ambiente, limpe os ids do Asaas que seu sistema guardou (ex.: cus_… ligados aos seus clientes).", ES: "Después de cambiar de cuenta o de entorno, borre los ids de Asaas que guardó su sistema (p. ej., los cus_… vinculados a sus clientes)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request keeps failing until it names an existing endpoint and object.", PT: "A requisição continua falhando até apontar um endpoint e um objeto existentes.", ES: "La solicitud sigue fallando hasta que indique un endpoint y un objeto existentes."},
			Source:   "https://docs.asaas.com/docs/http-response-codes (404 Not Found); https://docs.asaas.com/docs/request-errors (404 Code)",
		},
		{
			Code:     "429",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Too many requests", PT: "Muitas requisições", ES: "Demasiadas solicitudes"},
			Meaning: Text{
				EN: "An Asaas limit was exceeded: an endpoint's rate limit (see RateLimit-Limit/Remaining/Reset), the quota of 25,000 requests per account every 12 hours, or 50 concurrent GET requests.",
				PT: "Um limite do Asaas foi excedido: o rate limit de um endpoint (veja RateLimit-Limit/Remaining/Reset), a cota de 25.000 requisições por conta a cada 12 horas, ou 50 requisições GET simultâneas.",
				ES: "Se superó un límite de Asaas: el límite de tasa de un endpoint (vea RateLimit-Limit/Remaining/Reset), la cuota de 25.000 solicitudes por cuenta cada 12 horas, o 50 solicitudes GET concurrentes.",
			},
			Fix: []Text{
				{EN: "Wait the seconds in RateLimit-Reset before sending again; do not retry immediately.", PT: "Aguarde os segundos de RateLimit-Reset antes de reenviar; não tente de novo imediatamente.", ES: "Espere los segundos indicados en RateLimit-Reset antes de volver a enviar; no reintente de inmediato."},
				{EN: "Queue requests to stay under 50 concurrent GETs and space retries out progressively.", PT: "Use uma fila para ficar abaixo de 50 GETs simultâneos e espace as novas tentativas progressivamente.", ES: "Ponga las solicitudes en cola para mantenerse por debajo de 50 GET concurrentes y espacie los reintentos de forma progresiva."},
				{EN: "Replace polling with webhooks; the 12-hour quota is not raised for polling.", PT: "Troque polling por webhooks; a cota de 12 horas não é aumentada para quem faz polling.", ES: "Reemplace el polling por webhooks; la cuota de 12 horas no se aumenta para hacer polling."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: "The request was refused for volume, not content; after RateLimit-Reset seconds (or when the 12-hour window restarts) it can succeed.", PT: "A requisição foi recusada por volume, não por conteúdo; depois dos segundos de RateLimit-Reset (ou quando a janela de 12 horas reiniciar) ela pode dar certo.", ES: "La solicitud se rechazó por volumen, no por contenido; después de los segundos de RateLimit-Reset (o cuando se reinicie la ventana de 12 horas) puede tener éxito."},
			Idempotency: Text{EN: "A 429 was not processed, so resending is safe; still keep your own operation id and externalReference so a resend cannot create a second charge.", PT: "Um 429 não foi processado, então reenviar é seguro; mesmo assim mantenha seu id de operação e o externalReference para que um reenvio não crie uma segunda cobrança.", ES: "Un 429 no se procesó, así que reenviar es seguro; aun así, conserve su propio id de operación y el externalReference para que un reenvío no pueda crear un segundo cobro."},
			Source:      "https://docs.asaas.com/docs/api-limits-1 (concurrency, 12-hour quota, RateLimit-* headers); https://docs.asaas.com/docs/requests-blocked-due-to-missing-rate-limit-control",
		},
		{
			Code:     "500",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Asaas server error", PT: "Erro no servidor do Asaas", ES: "Error del servidor de Asaas"},
			Meaning: Text{
				EN: "Something went wrong on Asaas's server; for a write (charge, transfer, customer) the outcome is unknown and the resource may have been created.",
				PT: "Algo deu errado no servidor do Asaas; numa escrita (cobrança, transferência, cliente) o resultado é desconhecido e o recurso pode ter sido criado.",
				ES: "Algo falló en el servidor de Asaas; en una escritura (cobro, transferencia, cliente), el resultado es desconocido y el recurso puede haberse creado.",
			},
			Fix: []Text{
				{EN: "Look the resource up first (e.g. GET /v3/payments?externalReference=…) before creating it again.", PT: "Consulte o recurso antes (ex.: GET /v3/payments?externalReference=…) de criá-lo de novo.", ES: "Consulte primero el recurso (p. ej., GET /v3/payments?externalReference=…) antes de volver a crearlo."},
				{EN: "If it does not exist, resend with progressive intervals; if errors persist, contact Asaas support.", PT: "Se ele não existir, reenvie com intervalos progressivos; se os erros persistirem, contate o suporte do Asaas.", ES: "Si no existe, vuelva a enviar con intervalos progresivos; si los errores persisten, comuníquese con el soporte de Asaas."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "After a 500 on a write the charge may exist; resending blindly can duplicate it.", PT: "Depois de um 500 numa escrita a cobrança pode existir; reenviar às cegas pode duplicá-la.", ES: "Después de un 500 en una escritura, el cobro puede existir; reenviar a ciegas puede duplicarlo."},
			Idempotency: Text{EN: "Asaas documents no idempotency header: give each operation a unique externalReference, look it up after a failure and reuse the existing id instead of creating again.", PT: "O Asaas não documenta cabeçalho de idempotência: dê a cada operação um externalReference único, consulte-o depois de uma falha e reaproveite o id existente em vez de criar de novo.", ES: "Asaas no documenta ningún encabezado de idempotencia: asigne a cada operación un externalReference único, consúltelo después de una falla y reutilice el id existente en lugar de volver a crear."},
			Source:      "https://docs.asaas.com/docs/http-response-codes (500 Internal Server Error); https://docs.asaas.com/docs/duplicate-charge-after-retry-without-idempotency; https://docs.asaas.com/docs/retries-e-idempotência",
		},
	},
}
