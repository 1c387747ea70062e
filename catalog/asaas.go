//go:build !textpack

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
		// Messages of Asaas's API that no code of its reference carries, each in public
		// pastes of its errors.
		{Text: "cabeçalho de autenticação 'access_token'", Kind: APIMark},
		{Text: "preencher User-Agent no cabeçalho da requisição", Kind: APIMark},
		{Text: "Para criar esta cobrança é necessário preencher o CPF ou CNPJ", Kind: APIMark},
		{Text: "O valor total do Split excede o valor a receber", Kind: APIMark},
		{Text: "A chave de API informada não pertence a este ambiente", Kind: APIMark}, // invalid_environment's words, quoted without the code
		{Text: "Cadastre um site em Minha Conta na aba Informações", Kind: APIMark},    // a payment link's answer when the account has no site
		// Its 403 for a feature the account has not been given ("Você não possui permissão
		// para utilizar este recurso. Entre em contato com seu gerente de contas."): the
		// first sentence alone is any API's.
		{Text: "para utilizar este recurso. Entre em contato com seu gerente de contas", Kind: APIMark},
		// A subaccount not yet approved for Pix, a return URL outside the account's site,
		// a personal (CPF) account creating subaccounts (each found only around Asaas).
		{Text: "totalmente aprovada para utilizar o Pix", Kind: APIMark},
		{Text: "URL que use o mesmo domínio cadastrado", Kind: APIMark},
		{Text: "(CPF) não podem criar subcontas", Kind: APIMark},
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
			Retry:    Fix,
			RetryWhy: Text{EN: declineIssuerEN, PT: declineIssuerPT, ES: declineIssuerES},
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
		{
			Code:     "invalid_environment",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key from the wrong environment", PT: "Chave de API de outro ambiente", ES: "Clave de API de otro entorno"},
			Meaning:  Text{EN: "The API key does not belong to this environment: a production key ($aact_prod_) sent to sandbox, or a sandbox key ($aact_hmlg_) to production.", PT: "A chave de API não pertence a este ambiente: chave de produção ($aact_prod_) no sandbox, ou de sandbox ($aact_hmlg_) em produção.", ES: "La clave de API no pertenece a este entorno: una clave de producción ($aact_prod_) en sandbox, o de sandbox ($aact_hmlg_) en producción."},
			Fix: []Text{
				Text{EN: "Use the $aact_prod_ key with api.asaas.com and the $aact_hmlg_ key with api-sandbox.asaas.com.", PT: "Use a chave $aact_prod_ com api.asaas.com e a chave $aact_hmlg_ com api-sandbox.asaas.com.", ES: "Use la clave $aact_prod_ con api.asaas.com y la clave $aact_hmlg_ con api-sandbox.asaas.com."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/authentication-2 ('Erros de autenticação', 401 bodies; page text read from a public copy, index file id 7393786379): {\"code\": \"invalid_environment\", \"description\": \"A chave de API informada não pertence a este ambiente\"}",
		},
		{
			Code:     "access_token_not_found",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "access_token header missing", PT: "Cabeçalho access_token ausente", ES: "Falta el encabezado access_token"},
			Meaning:  Text{EN: "The request did not carry the access_token header, which Asaas requires on every call.", PT: "A requisição não levou o cabeçalho access_token, obrigatório em toda chamada ao Asaas.", ES: "La solicitud no llevó el encabezado access_token, obligatorio en cada llamada a Asaas."},
			Fix: []Text{
				Text{EN: "Send the API key in an access_token header (not Authorization) on every request.", PT: "Envie a chave de API no cabeçalho access_token (não em Authorization) em toda requisição.", ES: "Envíe la clave de API en el encabezado access_token (no en Authorization) en cada solicitud."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/authentication-2 ('Erros de autenticação', 401 bodies; page text read from a public copy, index file id 7393786379): {\"code\": \"access_token_not_found\", \"description\": \"O cabeçalho de autenticação 'access_token' é obrigatório e não foi encontrado na requisição\"}",
		},
		{
			Code:     "invalid_access_token_format",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key in the wrong format", PT: "Chave de API em formato inválido", ES: "Clave de API con formato no válido"},
			Meaning:  Text{EN: "The value sent does not look like an Asaas API key (extra spaces or characters, or a truncated key).", PT: "O valor enviado não parece uma chave de API do Asaas (espaços ou caracteres a mais, ou chave cortada).", ES: "El valor enviado no parece una clave de API de Asaas (espacios o caracteres de más, o una clave cortada)."},
			Fix: []Text{
				Text{EN: "Copy the key again without spaces; it starts with $aact_prod_ or $aact_hmlg_ (mind shells expanding the $).", PT: "Copie a chave de novo sem espaços; ela começa com $aact_prod_ ou $aact_hmlg_ (cuidado com o $ expandido pelo shell).", ES: "Copie la clave de nuevo sin espacios; empieza con $aact_prod_ o $aact_hmlg_ (cuidado con el $ expandido por el shell)."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/authentication-2 ('Erros de autenticação', 401 bodies; page text read from a public copy, index file id 7393786379): {\"code\": \"invalid_access_token_format\", \"description\": \"O valor fornecido não parece ser uma chave de API válida do Asaas. Verifique o formato da sua chave\"}",
		},
		{
			Code:     "409",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Duplicate transfer within 15 minutes", PT: "Transferência duplicada em 15 minutos", ES: "Transferencia duplicada en 15 minutos"},
			Meaning:  Text{EN: "A transfer identical to one made in the last 15 minutes (same amount, same destination) was refused to prevent a duplicate.", PT: "Uma transferência idêntica a outra feita nos últimos 15 minutos (mesmo valor e destino) foi recusada para evitar duplicidade.", ES: "Se rechazó una transferencia idéntica a otra de los últimos 15 minutos (mismo monto y destino) para evitar un duplicado."},
			Fix: []Text{
				Text{EN: "List recent transfers: the first one probably went through; do not resend it.", PT: "Liste as transferências recentes: a primeira provavelmente foi feita; não reenvie.", ES: "Liste las transferencias recientes: la primera probablemente se hizo; no la reenvíe."},
				Text{EN: "If a second transfer is intended, wait 15 minutes or change the amount.", PT: "Se a segunda transferência for intencional, aguarde 15 minutos ou mude o valor.", ES: "Si la segunda transferencia es intencional, espere 15 minutos o cambie el monto."},
			},
			Retry:  CheckFirst,
			Source: "https://docs.asaas.com/docs/duvidas-frequentes-transferencias (HTTP 409 Conflict on transfer requests: identical transfer within 15 minutes)",
		},
		{
			Code:     "PAYMENT_OVERDUE",
			Category: Business,
			Title:    Text{EN: "Overdue: no balance at debit time", PT: "Vencida por falta de saldo", ES: "Cobro vencido por falta de saldo"},
			Meaning:  Text{EN: "The Automatic Pix charge became overdue because the payer lacked balance/limit when the debit ran.", PT: "A cobrança do Pix Automático venceu porque o pagador não tinha saldo/limite no momento do débito.", ES: "El cobro de Pix Automático venció porque el pagador no tenía saldo/límite al momento del débito."},
			Fix: []Text{
				Text{EN: "Contact the customer to pay this cycle another way.", PT: "Contate o cliente para pagar este ciclo de outra forma.", ES: "Contacte al cliente para pagar este ciclo de otra forma."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Recusa retornada pelo Asaas: PAYMENT_OVERDUE — Cobrança vencida por falta de saldo/limite no momento do débito.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "EXTERNAL_INSTITUTION_ERROR",
			Category: Upstream,
			Title:    Text{EN: "Error at the payer's institution", PT: "Erro na instituição do pagador", ES: "Error en la institución del pagador"},
			Meaning:  Text{EN: "The customer's payment institution failed while processing the Automatic Pix instruction.", PT: "A instituição de pagamento do cliente falhou ao processar a instrução do Pix Automático.", ES: "La institución de pago del cliente falló al procesar la instrucción de Pix Automático."},
			Fix: []Text{
				Text{EN: "Create the next instruction later; if it repeats, ask the customer to check with their bank.", PT: "Crie a próxima instrução mais tarde; se repetir, peça ao cliente que verifique com o banco.", ES: "Cree la siguiente instrucción más tarde; si se repite, pida al cliente que consulte a su banco."},
			},
			Retry:  Backoff,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: EXTERNAL_INSTITUTION_ERROR — Erro na instituição de pagamento do cliente.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "ACCOUNT_CLOSED",
			Category: Business,
			Title:    Text{EN: "Payer account closed", PT: "Conta do pagador encerrada", ES: "Cuenta del pagador cerrada"},
			Meaning:  Text{EN: "The customer's transactional account is closed.", PT: "A conta transacional do cliente está encerrada.", ES: "La cuenta transaccional del cliente está cerrada."},
			Fix: []Text{
				Text{EN: "Stop debiting this authorization; ask the customer for a new authorization from another account.", PT: "Pare de debitar esta autorização; peça ao cliente uma nova autorização em outra conta.", ES: "Deje de debitar esta autorización; pida al cliente una nueva desde otra cuenta."},
			},
			Retry:  None,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: ACCOUNT_CLOSED — Conta transacional do cliente encerrada.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "ACCOUNT_BLOCKED",
			Category: Business,
			Title:    Text{EN: "Payer account blocked", PT: "Conta do pagador bloqueada", ES: "Cuenta del pagador bloqueada"},
			Meaning:  Text{EN: "The customer's transactional account is blocked.", PT: "A conta transacional do cliente está bloqueada.", ES: "La cuenta transaccional del cliente está bloqueada."},
			Fix: []Text{
				Text{EN: "Contact the customer to pay this cycle another way.", PT: "Contate o cliente para pagar este ciclo de outra forma.", ES: "Contacte al cliente para pagar este ciclo de otra forma."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: ACCOUNT_BLOCKED — Conta transacional do cliente bloqueada.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "SAME_INSTITUTION_ERROR",
			Category: Business,
			Title:    Text{EN: "Same institution not allowed", PT: "Mesma instituição não permitida", ES: "Misma institución no permitida"},
			Meaning:  Text{EN: "Scheduling is not allowed between accounts of the same institution, or of institutions settled by the same SPI liquidating participant.", PT: "Não é permitido agendar entre contas da mesma instituição, ou de instituições liquidadas pelo mesmo participante liquidante no SPI.", ES: "No se permite programar entre cuentas de la misma institución, o de instituciones liquidadas por el mismo participante liquidante en el SPI."},
			Fix: []Text{
				Text{EN: "Offer another payment method; this payer account cannot use this Automatic Pix.", PT: "Ofereça outro meio de pagamento; esta conta pagadora não pode usar este Pix Automático.", ES: "Ofrezca otro medio de pago; esta cuenta pagadora no puede usar este Pix Automático."},
			},
			Retry:  None,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: SAME_INSTITUTION_ERROR — Não é possível solicitar agendamento para transferências entre contas da mesma instituição participante ou entre participantes que utilizem o serviço de liquidação do mesmo participante liquidante no SPI.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "MAXIMUM_AMOUNT_EXCEEDED",
			Category: Business,
			Title:    Text{EN: "Above the payer's maximum amount", PT: "Acima do valor máximo do pagador", ES: "Supera el monto máximo del pagador"},
			Meaning:  Text{EN: "The charge exceeds the maximum amount the customer set for this Automatic Pix.", PT: "A cobrança ultrapassa o valor máximo que o cliente definiu para este Pix Automático.", ES: "El cobro supera el monto máximo que el cliente definió para este Pix Automático."},
			Fix: []Text{
				Text{EN: "Charge within the limit, or ask the customer to raise it in their bank app.", PT: "Cobre dentro do limite, ou peça ao cliente que o aumente no app do banco.", ES: "Cobre dentro del límite, o pida al cliente que lo aumente en la app de su banco."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: MAXIMUM_AMOUNT_EXCEEDED — Valor da cobrança ultrapassa o valor máximo estabelecido pelo cliente.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "AMOUNT_MISMATCH",
			Category: Validation,
			Title:    Text{EN: "Amount differs from the recurrence", PT: "Valor diferente da recorrência", ES: "Monto distinto de la recurrencia"},
			Meaning:  Text{EN: "The charge amount does not match the amount set in the recurrence.", PT: "O valor da cobrança não corresponde ao valor definido na recorrência.", ES: "El monto del cobro no corresponde al definido en la recurrencia."},
			Fix: []Text{
				Text{EN: "Create the instruction with the recurrence's fixed amount.", PT: "Crie a instrução com o valor fixo da recorrência.", ES: "Cree la instrucción con el monto fijo de la recurrencia."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: AMOUNT_MISMATCH — Valor da cobrança não corresponde ao valor estabelecido na recorrência.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "RECEIVER_CPF_CNPJ_MISMATCH",
			Category: Validation,
			Title:    Text{EN: "Receiver CNPJ differs from the recurrence", PT: "CNPJ do recebedor diferente da recorrência", ES: "CNPJ del receptor distinto de la recurrencia"},
			Meaning:  Text{EN: "The receiver's CNPJ does not match the identification stored in the recurrence.", PT: "O CNPJ do recebedor não corresponde à identificação da recorrência.", ES: "El CNPJ del receptor no corresponde a la identificación de la recurrencia."},
			Fix: []Text{
				Text{EN: "Charge from the same Asaas account (CNPJ) that created the authorization.", PT: "Cobre pela mesma conta Asaas (CNPJ) que criou a autorização.", ES: "Cobre desde la misma cuenta Asaas (CNPJ) que creó la autorización."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: RECEIVER_CPF_CNPJ_MISMATCH — O CNPJ do recebedor informado não corresponde com o dado de identificação contido na recorrência.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "PAYER_CPF_CNPJ_MISMATCH",
			Category: Validation,
			Title:    Text{EN: "Payer CPF/CNPJ differs from the authorization", PT: "CPF/CNPJ do pagador diferente da autorização", ES: "CPF/CNPJ del pagador distinto de la autorización"},
			Meaning:  Text{EN: "The customer's CPF/CNPJ does not match the one in the recurrence/authorization.", PT: "O CPF/CNPJ do cliente não corresponde ao da recorrência/autorização.", ES: "El CPF/CNPJ del cliente no corresponde al de la recurrencia/autorización."},
			Fix: []Text{
				Text{EN: "Check the customer's cpfCnpj; it must equal the one that authorised.", PT: "Confira o cpfCnpj do cliente; deve ser o mesmo que autorizou.", ES: "Revise el cpfCnpj del cliente; debe ser el mismo que autorizó."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: PAYER_CPF_CNPJ_MISMATCH — O CPF/CNPJ do cliente não corresponde com o dado de identificação contido na recorrência/autorização.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "PARTICIPANT_NOT_REGISTERED",
			Category: Business,
			Title:    Text{EN: "Participant not registered in the SPI", PT: "Participante não cadastrado no SPI", ES: "Participante no registrado en el SPI"},
			Meaning:  Text{EN: "The payer's institution is not registered or has not started operating in the SPI.", PT: "A instituição do pagador não está cadastrada ou não iniciou a operação no SPI.", ES: "La institución del pagador no está registrada o no comenzó a operar en el SPI."},
			Fix: []Text{
				Text{EN: "Offer another payment method.", PT: "Ofereça outro meio de pagamento.", ES: "Ofrezca otro medio de pago."},
			},
			Retry:  None,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: PARTICIPANT_NOT_REGISTERED — Participante não se encontra cadastrado e/ou não iniciou a operação no SPI.); https://docs.asaas.com/docs/refusal-reasons",
		},
		{
			Code:     "DUE_DATE_MISMATCH",
			Category: Validation,
			Title:    Text{EN: "Due date out of step with the recurrence", PT: "Vencimento fora da periodicidade", ES: "Vencimiento fuera de la periodicidad"},
			Meaning:  Text{EN: "The due date does not fit the recurrence's periodicity and/or the product rules.", PT: "A data de vencimento não se encaixa na periodicidade da recorrência e/ou nas regras do produto.", ES: "La fecha de vencimiento no encaja con la periodicidad de la recurrencia y/o las reglas del producto."},
			Fix: []Text{
				Text{EN: "Use a due date that matches the recurrence cycle.", PT: "Use um vencimento que siga o ciclo da recorrência.", ES: "Use un vencimiento que siga el ciclo de la recurrencia."},
			},
			Retry:  Fix,
			Source: "https://docs.asaas.com/docs/motivos-de-recusa (Motivos de recusa retornados pelo banco pagador: DUE_DATE_MISMATCH — Divergência entre a data de vencimento informada e a periodicidade da recorrência e/ou regras do produto.); https://docs.asaas.com/docs/refusal-reasons",
		},
	},
}
