// Cashier's error catalog, built from seed 003 (/work/shared/seeds/003_a8f5b1fab9998405.txt):
// the "Error Codes" reference of Cashier by FlowPayment (cashier.flowpayment.net), an
// English document with an HTTP status table, the RFC 7807 error body, 29 error codes
// grouped by category (authentication, validation, session, payment, payout, routing),
// handling examples and a retry strategy.
//
// Cashier's problem bodies carry status, title and detail but usually not the code, so
// every entry lists Match phrases: lower-case words of the title or detail that pick the
// code among the entries with the same status (the longest matching phrase wins). The
// phrases are sized on purpose: the sub-codes of VALIDATION_ERROR use phrases shorter
// than "validation error", so a body titled "Validation Error" (as in the document's own
// example, detail "amount must be greater than 0") is read as VALIDATION_ERROR; and the
// HTTP reason phrases ("Bad Request", "Not Found") are no phrase at all, since they fit
// every entry of their status.
//
// The last four entries are not codes of the document: its status table describes 409,
// 422, 429 and 500 without a code name, so decifra names them (IDEMPOTENCY_CONFLICT,
// IDEMPOTENCY_KEY_REUSED, RATE_LIMITED, INTERNAL_SERVER_ERROR) and says so in Source.

package catalog

// Cashier is FlowPayment's hosted checkout and payout API of seed 003.
var Cashier = Provider{
	CodesInferred: true,
	ID:            "cashier",
	Name:          "Cashier by FlowPayment",
	DocsURL:       "",
	Hosts:         []string{"cashier.flowpayment.net"},
	Envelope: Text{
		EN: "RFC 7807 problem details: {type, title, status, detail, instance}, with type \"about:blank\", a short title (\"Validation Error\", \"Unauthorized\", \"Gone\", \"Too Many Requests\"), the HTTP status repeated in status, a detail specific to the occurrence and an instance under /api/v1/… (e.g. /api/v1/checkout/cs_abc123); the error code itself is usually not in the body.",
		PT: "Problem details da RFC 7807: {type, title, status, detail, instance}, com type \"about:blank\", um title curto (\"Validation Error\", \"Unauthorized\", \"Gone\", \"Too Many Requests\"), o status HTTP repetido em status, um detail específico da ocorrência e um instance sob /api/v1/… (ex.: /api/v1/checkout/cs_abc123); o código do erro em si normalmente não vem no corpo.",
	},
	RateLimitHeaders: []string{"Retry-After"},
	// The seed speaks of idempotency keys only in its 409 and 422 rows ("request still
	// processing", "key used with different request body") and never names the header.
	// Those are the semantics of the IETF draft-ietf-httpapi-idempotency-key-header, whose
	// header is Idempotency-Key, so that name is used here.
	IdempotencyHeader: "Idempotency-Key",
	Support: Text{
		EN: "The document gives no request id: send FlowPayment support the full problem body (title, status, detail and the instance URI, e.g. /api/v1/checkout/cs_abc123), the checkout session or payout id, the endpoint, and the time of the request; never send the X-API-Key value.",
		PT: "O documento não define um id de requisição: envie ao suporte da FlowPayment o corpo de erro completo (title, status, detail e o URI de instance, ex.: /api/v1/checkout/cs_abc123), o id da sessão de checkout ou do payout, o endpoint e o horário da requisição; nunca envie o valor do X-API-Key.",
	},
	Source: "seed 003 (Cashier by FlowPayment, Error Codes reference): HTTP Status Codes, Error Response Format, Error Categories, Handling Errors, Retry Strategy, Error Response Examples",
	Entries: []Entry{
		// Authentication Errors
		{
			Code:     "UNAUTHORIZED",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Missing or invalid API key", PT: "Chave de API ausente ou inválida"},
			Meaning: Text{
				EN: "Cashier could not authenticate the request: the X-API-Key header was not sent, or its value is not a key Cashier recognises.",
				PT: "A Cashier não conseguiu autenticar a requisição: o cabeçalho X-API-Key não foi enviado, ou o valor dele não é uma chave que a Cashier reconheça.",
			},
			Fix: []Text{
				{EN: "Send the key in the X-API-Key header on every call (the document's examples read it from the CASHIER_API_KEY environment variable); check that the variable is set where the code runs.", PT: "Envie a chave no cabeçalho X-API-Key em toda chamada (os exemplos do documento a leem da variável de ambiente CASHIER_API_KEY); confira se a variável está definida onde o código roda."},
				{EN: "Check the key for stray spaces, quotes or line breaks, and that it is the key issued for this merchant by FlowPayment.", PT: "Confira se a chave não tem espaços, aspas ou quebras de linha sobrando e se é a chave emitida pela FlowPayment para este merchant."},
				{EN: "If the key was rotated or revoked, ask FlowPayment for a current one and update your secrets.", PT: "Se a chave foi trocada ou revogada, peça uma chave atual à FlowPayment e atualize seus segredos."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same request keeps failing until a valid key is sent in X-API-Key.", PT: "A mesma requisição continua falhando até que uma chave válida seja enviada no X-API-Key."},
			Match:    []string{"invalid or missing api key", "missing or invalid api key", "invalid api key", "missing api key", "unauthorized", "authentication", "api key"},
			Source:   "seed 003 (Cashier Error Codes), Error Categories: Authentication Errors (401 UNAUTHORIZED); example auth-error.json",
		},
		{
			Code:     "FORBIDDEN",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "API key lacks permission", PT: "Chave de API sem permissão"},
			Meaning: Text{
				EN: "The API key is valid but is not allowed to access this resource, for example a checkout session, payout or operation that this merchant's key may not use.",
				PT: "A chave de API é válida, mas não tem permissão para acessar este recurso, por exemplo uma sessão de checkout, um payout ou uma operação que a chave deste merchant não pode usar.",
			},
			Fix: []Text{
				{EN: "Check that you are using the key of the merchant that owns the resource named in instance.", PT: "Verifique se você está usando a chave do merchant dono do recurso indicado em instance."},
				{EN: "If the operation (e.g. payouts) is not enabled for your key, ask FlowPayment to grant the permission.", PT: "Se a operação (ex.: payouts) não estiver habilitada para a sua chave, peça à FlowPayment que conceda a permissão."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Permissions do not change by retrying; send the request with a key that is allowed to do it.", PT: "As permissões não mudam ao tentar de novo; reenvie a requisição com uma chave que tenha permissão para isso."},
			Match:    []string{"lacks permission", "access denied", "not permitted", "not allowed", "permission", "forbidden"},
			Source:   "seed 003 (Cashier Error Codes), Error Categories: Authentication Errors (403 FORBIDDEN)",
		},
		{
			Code:     "MERCHANT_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Merchant not found", PT: "Merchant não encontrado"},
			Meaning: Text{
				EN: "The merchant ID sent in the request does not exist in Cashier.",
				PT: "O ID de merchant enviado na requisição não existe na Cashier.",
			},
			Fix: []Text{
				{EN: "Check the merchant ID for typos and that it is the one FlowPayment gave you.", PT: "Confira se o ID de merchant não tem erro de digitação e se é o que a FlowPayment forneceu."},
				{EN: "Make sure the merchant ID and the X-API-Key belong to the same account and environment.", PT: "Garanta que o ID de merchant e o X-API-Key pertencem à mesma conta e ao mesmo ambiente."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown merchant ID stays unknown; correct it before sending again.", PT: "Um ID de merchant desconhecido continua desconhecido; corrija-o antes de reenviar."},
			Match:    []string{"merchant not found", "merchant id", "merchant"},
			Source:   "seed 003 (Cashier Error Codes), Error Categories: Authentication Errors (404 MERCHANT_NOT_FOUND)",
		},
		{
			Code:     "MERCHANT_INACTIVE",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Merchant inactive or suspended", PT: "Merchant inativo ou suspenso"},
			Meaning: Text{
				EN: "The merchant account exists but is inactive or suspended, so Cashier refuses its checkout and payout requests.",
				PT: "A conta do merchant existe, mas está inativa ou suspensa, por isso a Cashier recusa as requisições de checkout e de payout dela.",
			},
			Fix: []Text{
				{EN: "Contact FlowPayment support to learn why the account is inactive or suspended (pending onboarding, compliance review, contract) and what is needed to reactivate it.", PT: "Fale com o suporte da FlowPayment para saber por que a conta está inativa ou suspensa (cadastro pendente, análise de compliance, contrato) e o que é preciso para reativá-la."},
				{EN: "Stop creating checkout sessions for this merchant until it is active again, and show customers a generic message.", PT: "Pare de criar sessões de checkout para este merchant até que ele volte a ficar ativo, e mostre aos clientes uma mensagem genérica."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The account state only changes when FlowPayment reactivates it; retrying before that fails the same way.", PT: "O estado da conta só muda quando a FlowPayment a reativa; tentar de novo antes disso falha do mesmo jeito."},
			Match:    []string{"merchant is suspended", "merchant is inactive", "has been suspended", "account suspended", "merchant inactive", "inactive merchant", "merchant account", "account inactive", "is suspended", "deactivated", "is inactive", "not active"},
			Source:   "seed 003 (Cashier Error Codes), Error Categories: Authentication Errors (403 MERCHANT_INACTIVE)",
		},

		// Validation Errors
		{
			Code:     "VALIDATION_ERROR",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid request parameters", PT: "Parâmetros da requisição inválidos"},
			Meaning: Text{
				EN: "One or more parameters of the request broke a validation rule; the detail names the field and the rule, as in the document's example \"amount must be greater than 0\".",
				PT: "Um ou mais parâmetros da requisição violaram uma regra de validação; o detail indica o campo e a regra, como no exemplo do documento \"amount must be greater than 0\".",
			},
			Fix: []Text{
				{EN: "Read detail: it names the field and what is wrong with it (e.g. \"amount must be greater than 0\").", PT: "Leia o detail: ele indica o campo e o que há de errado com ele (ex.: \"amount must be greater than 0\")."},
				{EN: "Correct that value in the request body and send it again.", PT: "Corrija esse valor no corpo da requisição e reenvie."},
				{EN: "Validate the same rules in your form before calling Cashier, and show the end user a generic message while logging the detail server-side, as the document recommends.", PT: "Valide as mesmas regras no seu formulário antes de chamar a Cashier e mostre ao usuário final uma mensagem genérica, registrando o detail no servidor, como o documento recomenda."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same body fails validation again; only a corrected request can succeed.", PT: "O mesmo corpo falha na validação de novo; só uma requisição corrigida pode dar certo."},
			Idempotency: Text{EN: "If you send an Idempotency-Key, use a new one with the corrected body: Cashier answers 422 when a key is reused with a different request body.", PT: "Se você envia Idempotency-Key, use uma chave nova com o corpo corrigido: a Cashier responde 422 quando uma chave é reutilizada com um corpo de requisição diferente."},
			Match:       []string{"invalid request parameters", "invalid parameter", "validation failed", "validation error"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Validation Errors (400 VALIDATION_ERROR); HTTP Status Codes 400 \"Validation error in request parameters\"; example validation-error.json",
		},
		{
			Code:     "INVALID_AMOUNT",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid amount", PT: "Valor inválido"},
			Meaning: Text{
				EN: "The amount is not a positive number: it is zero, negative, missing a numeric value, or sent in a form Cashier cannot read.",
				PT: "O amount não é um número positivo: é zero, negativo, não tem valor numérico ou foi enviado num formato que a Cashier não consegue ler.",
			},
			Fix: []Text{
				{EN: "Send amount as a JSON number greater than 0, not as a string.", PT: "Envie amount como número JSON maior que 0, não como string."},
				{EN: "Check the unit your integration uses: the document does not say whether amount is in cents or in major units, so confirm it with FlowPayment before scaling values.", PT: "Confira a unidade usada pela integração: o documento não diz se amount é em centavos ou em reais, então confirme com a FlowPayment antes de converter valores."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is refused again; send a positive amount.", PT: "O mesmo valor é recusado de novo; envie um amount positivo."},
			Idempotency: Text{EN: "Use a new Idempotency-Key with the corrected body; reusing the key with a different body returns 422.", PT: "Use uma Idempotency-Key nova com o corpo corrigido; reutilizar a chave com outro corpo retorna 422."},
			Match:       []string{"positive number", "invalid amount", "greater than 0", "amount must", "amount"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Validation Errors (400 INVALID_AMOUNT)",
		},
		{
			Code:     "INVALID_CURRENCY",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Currency not supported", PT: "Moeda não suportada"},
			Meaning: Text{
				EN: "The currency code sent is not one Cashier supports for this request.",
				PT: "O código de moeda enviado não é um dos que a Cashier aceita para esta requisição.",
			},
			Fix: []Text{
				{EN: "Send a three-letter ISO 4217 code in upper case, such as BRL, without symbols (not \"R$\").", PT: "Envie um código ISO 4217 de três letras em maiúsculas, como BRL, sem símbolos (não \"R$\")."},
				{EN: "Make sure the currency matches the country and payment method of the checkout; the document does not list the supported currencies, so ask FlowPayment which ones your merchant can use.", PT: "Garanta que a moeda combina com o país e o meio de pagamento do checkout; o documento não lista as moedas aceitas, então pergunte à FlowPayment quais o seu merchant pode usar."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "An unsupported currency stays unsupported; send a supported code.", PT: "Uma moeda não suportada continua não suportada; envie um código aceito."},
			Idempotency: Text{EN: "Use a new Idempotency-Key with the corrected body; reusing the key with a different body returns 422.", PT: "Use uma Idempotency-Key nova com o corpo corrigido; reutilizar a chave com outro corpo retorna 422."},
			Match:       []string{"currency"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Validation Errors (400 INVALID_CURRENCY)",
		},
		{
			Code:     "INVALID_COUNTRY",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Country code not supported", PT: "Código de país não suportado"},
			Meaning: Text{
				EN: "The country code sent is not one Cashier supports, or is not written the way Cashier expects.",
				PT: "O código de país enviado não é um dos que a Cashier aceita, ou não está escrito do jeito que a Cashier espera.",
			},
			Fix: []Text{
				{EN: "Send a two-letter ISO 3166-1 alpha-2 country code in upper case, such as BR, rather than a name or a three-letter code (the document does not state the format; this is the usual one).", PT: "Envie um código de país ISO 3166-1 alfa-2 de duas letras em maiúsculas, como BR, em vez de um nome ou de um código de três letras (o documento não define o formato; este é o usual)."},
				{EN: "Ask FlowPayment which countries your merchant can sell in; the document does not list them.", PT: "Pergunte à FlowPayment em quais países o seu merchant pode vender; o documento não os lista."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same country code is refused again; send a supported one.", PT: "O mesmo código de país é recusado de novo; envie um aceito."},
			Idempotency: Text{EN: "Use a new Idempotency-Key with the corrected body; reusing the key with a different body returns 422.", PT: "Use uma Idempotency-Key nova com o corpo corrigido; reutilizar a chave com outro corpo retorna 422."},
			Match:       []string{"invalid country", "country code"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Validation Errors (400 INVALID_COUNTRY)",
		},
		{
			Code:     "MISSING_REQUIRED_FIELD",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Required field missing", PT: "Campo obrigatório ausente"},
			Meaning: Text{
				EN: "A field that Cashier requires for this operation is absent from the request body (or sent as null or empty).",
				PT: "Um campo que a Cashier exige para esta operação não está no corpo da requisição (ou foi enviado como null ou vazio).",
			},
			Fix: []Text{
				{EN: "Read detail to see which field is missing.", PT: "Leia o detail para ver qual campo está faltando."},
				{EN: "Add the field with a non-empty value; check that your JSON serializer does not drop empty or null fields and that the field name is spelled exactly as Cashier expects.", PT: "Inclua o campo com um valor não vazio; confira se o serializador JSON não descarta campos vazios ou nulos e se o nome do campo está escrito exatamente como a Cashier espera."},
				{EN: "Send the body as JSON with Content-Type: application/json, as in the document's examples.", PT: "Envie o corpo como JSON com Content-Type: application/json, como nos exemplos do documento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Without the field the request fails again; add it and send again.", PT: "Sem o campo a requisição falha de novo; inclua-o e reenvie."},
			Idempotency: Text{EN: "Use a new Idempotency-Key with the completed body; reusing the key with a different body returns 422.", PT: "Use uma Idempotency-Key nova com o corpo completo; reutilizar a chave com outro corpo retorna 422."},
			Match:       []string{"required field", "missing field", "is required", "required", "missing"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Validation Errors (400 MISSING_REQUIRED_FIELD)",
		},
		{
			Code:     "INVALID_DOCUMENT",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid CPF/CNPJ", PT: "CPF/CNPJ inválido"},
			Meaning: Text{
				EN: "The customer's or beneficiary's document number is not a valid CPF or CNPJ: wrong length, wrong check digits, or a format Cashier does not accept.",
				PT: "O número de documento do cliente ou do beneficiário não é um CPF ou CNPJ válido: tamanho errado, dígitos verificadores errados ou um formato que a Cashier não aceita.",
			},
			Fix: []Text{
				{EN: "Check the length: a CPF has 11 digits and a CNPJ has 14.", PT: "Confira o tamanho: o CPF tem 11 dígitos e o CNPJ tem 14."},
				{EN: "Validate the check digits before sending (sequences like 111.111.111-11 are invalid), and send digits only if the formatted value is refused.", PT: "Valide os dígitos verificadores antes de enviar (sequências como 111.111.111-11 são inválidas) e envie só os dígitos se o valor formatado for recusado."},
				{EN: "Ask the customer to re-enter the document if it came from a form.", PT: "Peça ao cliente que digite o documento de novo se ele veio de um formulário."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same document number fails the same check; send a valid CPF or CNPJ.", PT: "O mesmo número de documento falha na mesma verificação; envie um CPF ou CNPJ válido."},
			Idempotency: Text{EN: "Use a new Idempotency-Key with the corrected body; reusing the key with a different body returns 422.", PT: "Use uma Idempotency-Key nova com o corpo corrigido; reutilizar a chave com outro corpo retorna 422."},
			Match:       []string{"document", "cnpj", "cpf"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Validation Errors (400 INVALID_DOCUMENT)",
		},
		{
			Code:     "INVALID_PIX_KEY",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid Pix key", PT: "Chave Pix inválida"},
			Meaning: Text{
				EN: "The Pix key sent does not have the format of any Pix key type (CPF, CNPJ, e-mail, phone number or random key).",
				PT: "A chave Pix enviada não tem o formato de nenhum tipo de chave Pix (CPF, CNPJ, e-mail, telefone ou chave aleatória).",
			},
			Fix: []Text{
				{EN: "Send the key in the format of its type: CPF with 11 digits, CNPJ with 14 digits, a valid e-mail, a phone number with country code (+5511999999999), or a random key (EVP) as a 36-character UUID.", PT: "Envie a chave no formato do tipo dela: CPF com 11 dígitos, CNPJ com 14 dígitos, um e-mail válido, telefone com código do país (+5511999999999) ou chave aleatória (EVP) como UUID de 36 caracteres."},
				{EN: "Trim spaces and, for phone keys, keep the leading +55.", PT: "Remova espaços e, nas chaves de telefone, mantenha o +55 no início."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A malformed key is refused every time; correct it before sending again.", PT: "Uma chave malformada é recusada sempre; corrija-a antes de reenviar."},
			Idempotency: Text{EN: "Use a new Idempotency-Key with the corrected body; reusing the key with a different body returns 422.", PT: "Use uma Idempotency-Key nova com o corpo corrigido; reutilizar a chave com outro corpo retorna 422."},
			Match:       []string{"invalid pix key", "chave pix", "pix key", "pix_key"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Validation Errors (400 INVALID_PIX_KEY)",
		},

		// Session Errors
		{
			Code:     "SESSION_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Checkout session not found", PT: "Sessão de checkout não encontrada"},
			Meaning: Text{
				EN: "No checkout session with this ID exists for this merchant (IDs look like cs_abc123).",
				PT: "Não existe sessão de checkout com este ID para este merchant (os IDs têm a forma cs_abc123).",
			},
			Fix: []Text{
				{EN: "Use the session ID exactly as returned when the session was created by POST /api/v1/checkout (cs_…), without truncation or extra characters.", PT: "Use o ID da sessão exatamente como foi retornado na criação pelo POST /api/v1/checkout (cs_…), sem cortes nem caracteres a mais."},
				{EN: "Check that the X-API-Key belongs to the merchant and environment that created the session.", PT: "Confira se o X-API-Key pertence ao merchant e ao ambiente que criaram a sessão."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown session ID stays unknown; use the right ID or create a new session.", PT: "Um ID de sessão desconhecido continua desconhecido; use o ID certo ou crie uma nova sessão."},
			Match:    []string{"checkout session", "session not found", "session"},
			Source:   "seed 003 (Cashier Error Codes), Error Categories: Session Errors (404 SESSION_NOT_FOUND)",
		},
		{
			Code:     "SESSION_EXPIRED",
			Status:   410,
			Category: StateCategory,
			Title:    Text{EN: "Checkout session expired", PT: "Sessão de checkout expirada"},
			Meaning: Text{
				EN: "The checkout session passed its lifetime (30 minutes by default) without being paid and can no longer be used, as in the example \"Checkout session cs_abc123 has expired\".",
				PT: "A sessão de checkout passou do tempo de vida (30 minutos por padrão) sem ser paga e não pode mais ser usada, como no exemplo \"Checkout session cs_abc123 has expired\".",
			},
			Fix: []Text{
				{EN: "Create a new checkout session with POST /api/v1/checkout and send the customer to it.", PT: "Crie uma nova sessão de checkout com POST /api/v1/checkout e encaminhe o cliente para ela."},
				{EN: "Create sessions only when the customer is ready to pay, so the payment fits in the session lifetime (default 30 minutes).", PT: "Crie as sessões só quando o cliente estiver pronto para pagar, para que o pagamento caiba no tempo de vida da sessão (30 minutos por padrão)."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "An expired session never becomes payable again; a new session is needed.", PT: "Uma sessão expirada nunca volta a poder ser paga; é preciso uma nova sessão."},
			Idempotency: Text{EN: "Create the replacement session with a new Idempotency-Key; the old key is tied to the old session.", PT: "Crie a sessão substituta com uma Idempotency-Key nova; a chave antiga está ligada à sessão antiga."},
			Match:       []string{"no longer available", "session expired", "has expired", "expired", "gone"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Session Errors (410 SESSION_EXPIRED, default 30 minutes); HTTP Status Codes 410; example session-expired.json",
		},
		{
			Code:     "SESSION_ALREADY_COMPLETED",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Session already paid or completed", PT: "Sessão já paga ou concluída"},
			Meaning: Text{
				EN: "The checkout session has already been paid or completed, so it cannot be paid or changed again.",
				PT: "A sessão de checkout já foi paga ou concluída, por isso não pode ser paga nem alterada de novo.",
			},
			Fix: []Text{
				{EN: "Do not charge again: treat the order as paid and check the session's final state in your records before acting.", PT: "Não cobre de novo: trate o pedido como pago e confira o estado final da sessão nos seus registros antes de agir."},
				{EN: "If the customer really wants to buy again, create a new checkout session.", PT: "Se o cliente quiser mesmo comprar de novo, crie uma nova sessão de checkout."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A completed session is final; sending the same request again cannot succeed and must not charge twice.", PT: "Uma sessão concluída é final; reenviar a mesma requisição não pode dar certo e não deve cobrar duas vezes."},
			Idempotency: Text{EN: "This usually means an earlier attempt already succeeded; resend writes with the same Idempotency-Key rather than a new one, so a retry returns the original result instead of this error.", PT: "Normalmente isso indica que uma tentativa anterior já deu certo; reenvie escritas com a mesma Idempotency-Key, e não com uma nova, para que a nova tentativa retorne o resultado original em vez deste erro."},
			Match:       []string{"already been completed", "already been paid", "already completed", "has been completed", "session completed", "already paid"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Session Errors (400 SESSION_ALREADY_COMPLETED)",
		},
		{
			Code:     "SESSION_CANCELLED",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Session cancelled", PT: "Sessão cancelada"},
			Meaning: Text{
				EN: "The customer cancelled the checkout session, so it can no longer be paid.",
				PT: "O cliente cancelou a sessão de checkout, por isso ela não pode mais ser paga.",
			},
			Fix: []Text{
				{EN: "Mark the order as abandoned or cancelled on your side.", PT: "Marque o pedido como abandonado ou cancelado do seu lado."},
				{EN: "If the customer comes back to pay, create a new checkout session.", PT: "Se o cliente voltar para pagar, crie uma nova sessão de checkout."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A cancelled session is final; only a new session can take the payment.", PT: "Uma sessão cancelada é final; só uma nova sessão pode receber o pagamento."},
			Idempotency: Text{EN: "Create the new session with a new Idempotency-Key.", PT: "Crie a nova sessão com uma Idempotency-Key nova."},
			Match:       []string{"cancelled by the user", "session was cancelled", "session cancelled", "was cancelled", "cancelled", "canceled"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Session Errors (400 SESSION_CANCELLED)",
		},

		// Payment Errors
		{
			Code:     "PAYMENT_FAILED",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Payment failed", PT: "Pagamento falhou"},
			Meaning: Text{
				EN: "The payment was refused for a reason Cashier reports only generically; the detail may say more.",
				PT: "O pagamento foi recusado por um motivo que a Cashier informa só de forma genérica; o detail pode trazer mais informações.",
			},
			Fix: []Text{
				{EN: "Read detail for the underlying reason and handle it as the matching specific error (decline, funds, card data).", PT: "Leia o detail para achar o motivo e trate-o como o erro específico correspondente (recusa, saldo, dados do cartão)."},
				{EN: "Offer the customer another card or payment method.", PT: "Ofereça ao cliente outro cartão ou outro meio de pagamento."},
				{EN: "If it keeps happening for many customers, contact FlowPayment support with the instance URI and the time.", PT: "Se continuar acontecendo com muitos clientes, fale com o suporte da FlowPayment informando o URI de instance e o horário."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The document treats 4xx as not retryable: the same payment data will most likely fail again, so change the method or the data first.", PT: "O documento trata 4xx como erro que não deve ser repetido: os mesmos dados de pagamento devem falhar de novo, então troque o meio ou os dados antes."},
			Idempotency: Text{EN: "A new attempt with other payment data is a different body: use a new Idempotency-Key for it.", PT: "Uma nova tentativa com outros dados de pagamento é um corpo diferente: use uma Idempotency-Key nova para ela."},
			Match:       []string{"payment failure", "payment failed", "payment error"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payment Errors (400 PAYMENT_FAILED)",
		},
		{
			Code:     "CARD_DECLINED",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Card declined", PT: "Cartão recusado"},
			Meaning: Text{
				EN: "The issuing bank declined the card transaction (fraud rules, limits, blocked card or a reason the issuer does not disclose).",
				PT: "O banco emissor recusou a transação com cartão (regras antifraude, limite, cartão bloqueado ou um motivo que o emissor não informa).",
			},
			Fix: []Text{
				{EN: "Ask the customer to pay with another card or another payment method (e.g. Pix).", PT: "Peça ao cliente que pague com outro cartão ou outro meio de pagamento (ex.: Pix)."},
				{EN: "Suggest the customer contact their bank to release the purchase; do not retry the same card repeatedly, which issuers may treat as fraud.", PT: "Sugira ao cliente que fale com o banco para liberar a compra; não tente o mesmo cartão várias vezes, o que os emissores podem tratar como fraude."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The issuer's decision does not change by resending; a different card or method is needed.", PT: "A decisão do emissor não muda com o reenvio; é preciso outro cartão ou outro meio."},
			Idempotency: Text{EN: "The attempt with another card is a different body: use a new Idempotency-Key for it.", PT: "A tentativa com outro cartão é um corpo diferente: use uma Idempotency-Key nova para ela."},
			Match:       []string{"card was declined", "card declined", "do not honor", "issuing bank", "declined"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payment Errors (400 CARD_DECLINED)",
		},
		{
			Code:     "INSUFFICIENT_FUNDS",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Insufficient funds", PT: "Saldo ou limite insuficiente"},
			Meaning: Text{
				EN: "The customer's card or account does not have enough funds or available limit for this amount.",
				PT: "O cartão ou a conta do cliente não tem saldo ou limite disponível suficiente para este valor.",
			},
			Fix: []Text{
				{EN: "Ask the customer to use another card or payment method.", PT: "Peça ao cliente que use outro cartão ou outro meio de pagamento."},
				{EN: "Or let the customer try again later, once funds or limit are available.", PT: "Ou deixe o cliente tentar mais tarde, quando houver saldo ou limite disponível."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Resending at once fails the same way; the customer needs another means of payment or more funds.", PT: "Reenviar na hora falha do mesmo jeito; o cliente precisa de outro meio de pagamento ou de mais saldo."},
			Idempotency: Text{EN: "An attempt with another card is a different body: use a new Idempotency-Key for it.", PT: "Uma tentativa com outro cartão é um corpo diferente: use uma Idempotency-Key nova para ela."},
			Match:       []string{"insufficient funds", "not enough funds"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payment Errors (400 INSUFFICIENT_FUNDS)",
		},
		{
			Code:     "CARD_EXPIRED",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Card expired", PT: "Cartão vencido"},
			Meaning: Text{
				EN: "The card's expiry date has passed, or the expiry month and year sent do not match the card.",
				PT: "A data de validade do cartão já passou, ou o mês e o ano de validade enviados não correspondem ao cartão.",
			},
			Fix: []Text{
				{EN: "Check that the expiry month and year are sent correctly (e.g. not swapped, four-digit year if required).", PT: "Confira se o mês e o ano de validade estão sendo enviados corretamente (ex.: não invertidos, ano com quatro dígitos se exigido)."},
				{EN: "Ask the customer to use a card that is still valid or another payment method.", PT: "Peça ao cliente que use um cartão dentro da validade ou outro meio de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "An expired card is refused every time; send a valid card.", PT: "Um cartão vencido é recusado sempre; envie um cartão válido."},
			Idempotency: Text{EN: "An attempt with another card is a different body: use a new Idempotency-Key for it.", PT: "Uma tentativa com outro cartão é um corpo diferente: use uma Idempotency-Key nova para ela."},
			Match:       []string{"card has expired", "card is expired", "expiration date", "card expired", "expired card", "expiry"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payment Errors (400 CARD_EXPIRED)",
		},
		{
			Code:     "INVALID_CVV",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Invalid security code (CVV)", PT: "Código de segurança (CVV) inválido"},
			Meaning: Text{
				EN: "The card's security code (CVV) is malformed or does not match the card.",
				PT: "O código de segurança (CVV) do cartão está malformado ou não corresponde ao cartão.",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the security code: 3 digits on the back of most cards, 4 on the front of American Express.", PT: "Peça ao cliente que digite de novo o código de segurança: 3 dígitos no verso da maioria dos cartões, 4 na frente do American Express."},
				{EN: "Send it as a string so leading zeros are kept, and never store it.", PT: "Envie-o como string para manter zeros à esquerda, e nunca o armazene."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same code is refused again; the customer must enter the right one.", PT: "O mesmo código é recusado de novo; o cliente precisa digitar o correto."},
			Idempotency: Text{EN: "The corrected attempt is a different body: use a new Idempotency-Key for it.", PT: "A tentativa corrigida é um corpo diferente: use uma Idempotency-Key nova para ela."},
			Match:       []string{"security code", "invalid cvv", "cvv", "cvc"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payment Errors (400 INVALID_CVV)",
		},
		{
			Code:     "PROVIDER_ERROR",
			Status:   502,
			Category: Upstream,
			Title:    Text{EN: "Payment provider returned an error", PT: "O provedor de pagamento retornou um erro"},
			Meaning: Text{
				EN: "The payment provider (acquirer or bank) behind Cashier answered with an error, so Cashier could not complete the operation.",
				PT: "O provedor de pagamento (adquirente ou banco) por trás da Cashier respondeu com erro, por isso a Cashier não conseguiu concluir a operação.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff as the document's Retry Strategy says for 5xx: wait 1 s, 2 s, 4 s, 8 s between attempts.", PT: "Tente de novo com backoff exponencial, como a Retry Strategy do documento manda para 5xx: espere 1 s, 2 s, 4 s, 8 s entre as tentativas."},
				{EN: "If it keeps failing, offer the customer another payment method and contact FlowPayment support with the instance URI and the time.", PT: "Se continuar falhando, ofereça ao cliente outro meio de pagamento e fale com o suporte da FlowPayment informando o URI de instance e o horário."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "An error returned by the provider behind Cashier is usually temporary, and the document says to retry 5xx with exponential backoff.", PT: "Um erro devolvido pelo provedor por trás da Cashier costuma ser temporário, e o documento manda repetir 5xx com backoff exponencial."},
			Idempotency: Text{EN: "Resend with the same Idempotency-Key and the same body, so a payment that did go through is not charged twice.", PT: "Reenvie com a mesma Idempotency-Key e o mesmo corpo, para que um pagamento que tenha sido processado não seja cobrado duas vezes."},
			Match:       []string{"provider returned an error", "payment provider", "provider error", "bad gateway", "provider"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payment Errors (502 PROVIDER_ERROR); Retry Strategy (5xx: 1s, 2s, 4s, 8s)",
		},
		{
			Code:     "TIMEOUT",
			Status:   504,
			Category: Timeout,
			Title:    Text{EN: "Timed out waiting for the provider", PT: "Tempo esgotado aguardando o provedor"},
			Meaning: Text{
				EN: "Cashier gave up waiting for the payment provider's answer; the provider may or may not have processed the payment or payout.",
				PT: "A Cashier desistiu de esperar a resposta do provedor de pagamento; o provedor pode ou não ter processado o pagamento ou o payout.",
			},
			Fix: []Text{
				{EN: "Before sending the write again, look up the checkout session or payout (the instance URI names it) to see whether it was completed.", PT: "Antes de reenviar a escrita, consulte a sessão de checkout ou o payout (o URI de instance o indica) para ver se foi concluído."},
				{EN: "If it was not, resend with the same Idempotency-Key and body, backing off 1 s, 2 s, 4 s, 8 s as the document's Retry Strategy says for 5xx.", PT: "Se não foi, reenvie com a mesma Idempotency-Key e o mesmo corpo, com backoff de 1 s, 2 s, 4 s, 8 s, como a Retry Strategy do documento manda para 5xx."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The outcome is unknown: a blind resend could pay or pay out twice.", PT: "O resultado é desconhecido: um reenvio às cegas pode pagar ou fazer o payout duas vezes."},
			Idempotency: Text{EN: "Resend only with the same Idempotency-Key and body: Cashier then returns the original result, or 409 while the first request is still processing; without the key, look the resource up first.", PT: "Reenvie só com a mesma Idempotency-Key e o mesmo corpo: a Cashier então devolve o resultado original, ou 409 enquanto a primeira requisição ainda está em processamento; sem a chave, consulte o recurso antes."},
			Match:       []string{"gateway timeout", "timed out", "timeout"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payment Errors (504 TIMEOUT); Retry Strategy (5xx: 1s, 2s, 4s, 8s)",
		},

		// Payout Errors
		{
			Code:     "PAYOUT_FAILED",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Payout failed", PT: "Payout falhou"},
			Meaning: Text{
				EN: "The payout (transfer to a beneficiary) was refused for a reason Cashier reports only generically; the detail may say more.",
				PT: "O payout (transferência para um beneficiário) foi recusado por um motivo que a Cashier informa só de forma genérica; o detail pode trazer mais informações.",
			},
			Fix: []Text{
				{EN: "Read detail and check the beneficiary data, the amount and your merchant balance.", PT: "Leia o detail e confira os dados do beneficiário, o valor e o saldo do seu merchant."},
				{EN: "Before sending the payout again, confirm it is not already pending or paid, then resend with the corrected data.", PT: "Antes de reenviar o payout, confirme que ele não está pendente nem pago e então reenvie com os dados corrigidos."},
				{EN: "If the reason is unclear, contact FlowPayment support with the instance URI and the time.", PT: "Se o motivo não estiver claro, fale com o suporte da FlowPayment informando o URI de instance e o horário."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A 400 refusal repeats with the same data; change what the detail points to before sending again.", PT: "Uma recusa 400 se repete com os mesmos dados; mude o que o detail aponta antes de reenviar."},
			Idempotency: Text{EN: "Money leaves your balance: resend an unchanged payout only with the same Idempotency-Key, and use a new key only for a corrected body.", PT: "O dinheiro sai do seu saldo: reenvie um payout sem alterações só com a mesma Idempotency-Key, e use uma chave nova só para um corpo corrigido."},
			Match:       []string{"payout operation", "payout failed", "payout"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payout Errors (400 PAYOUT_FAILED)",
		},
		{
			Code:     "INVALID_BENEFICIARY",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid or incomplete beneficiary", PT: "Beneficiário inválido ou incompleto"},
			Meaning: Text{
				EN: "The beneficiary data of the payout is invalid or incomplete, for example a missing name, document or destination account.",
				PT: "Os dados do beneficiário do payout estão inválidos ou incompletos, por exemplo nome, documento ou conta de destino ausentes.",
			},
			Fix: []Text{
				{EN: "Fill in every beneficiary field: name, CPF/CNPJ and the destination (Pix key or bank account).", PT: "Preencha todos os campos do beneficiário: nome, CPF/CNPJ e o destino (chave Pix ou conta bancária)."},
				{EN: "Check that the data is consistent, e.g. the document belongs to the holder of the Pix key or account.", PT: "Confira se os dados são coerentes, ex.: se o documento pertence ao titular da chave Pix ou da conta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same beneficiary data is refused again; complete or correct it first.", PT: "Os mesmos dados de beneficiário são recusados de novo; complete-os ou corrija-os antes."},
			Idempotency: Text{EN: "Use a new Idempotency-Key with the corrected body; reusing the key with a different body returns 422.", PT: "Use uma Idempotency-Key nova com o corpo corrigido; reutilizar a chave com outro corpo retorna 422."},
			Match:       []string{"invalid beneficiary", "beneficiary data", "bank account", "beneficiary", "incomplete"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payout Errors (400 INVALID_BENEFICIARY)",
		},
		{
			Code:     "INSUFFICIENT_BALANCE",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Insufficient merchant balance", PT: "Saldo do merchant insuficiente"},
			Meaning: Text{
				EN: "Your merchant balance at Cashier is lower than the payout amount, so the payout was not made.",
				PT: "O saldo do seu merchant na Cashier é menor que o valor do payout, por isso o payout não foi feito.",
			},
			Fix: []Text{
				{EN: "Check your available balance and add funds, or wait for pending receipts to settle.", PT: "Confira o saldo disponível e adicione fundos, ou aguarde a liquidação dos recebimentos pendentes."},
				{EN: "Or reduce the payout amount to what is available.", PT: "Ou reduza o valor do payout ao que está disponível."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The payout fails until the balance covers it; top up or lower the amount first.", PT: "O payout falha até que o saldo o cubra; adicione fundos ou reduza o valor antes."},
			Idempotency: Text{EN: "After a top-up the same body may be resent; a lower amount is a different body and needs a new Idempotency-Key.", PT: "Depois de adicionar fundos, o mesmo corpo pode ser reenviado; um valor menor é um corpo diferente e exige uma Idempotency-Key nova."},
			Match:       []string{"balance is insufficient", "insufficient balance", "not enough balance", "merchant balance", "balance"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Payout Errors (400 INSUFFICIENT_BALANCE)",
		},
		{
			Code:     "BENEFICIARY_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Beneficiary account not found", PT: "Conta do beneficiário não encontrada"},
			Meaning: Text{
				EN: "The beneficiary's destination account could not be found: the Pix key or bank account does not exist, or the beneficiary referenced is unknown.",
				PT: "A conta de destino do beneficiário não foi encontrada: a chave Pix ou a conta bancária não existe, ou o beneficiário referenciado é desconhecido.",
			},
			Fix: []Text{
				{EN: "Confirm the Pix key or bank details (bank, branch, account number) with the beneficiary.", PT: "Confirme com o beneficiário a chave Pix ou os dados bancários (banco, agência, número da conta)."},
				{EN: "If you reference a saved beneficiary by ID, check the ID and that it belongs to this merchant.", PT: "Se você referencia um beneficiário salvo por ID, confira o ID e se ele pertence a este merchant."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A non-existent account stays non-existent; correct the destination before sending again.", PT: "Uma conta inexistente continua inexistente; corrija o destino antes de reenviar."},
			Match:    []string{"beneficiary not found", "beneficiary account", "beneficiary"},
			Source:   "seed 003 (Cashier Error Codes), Error Categories: Payout Errors (404 BENEFICIARY_NOT_FOUND)",
		},

		// Routing Errors
		{
			Code:     "METHOD_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Payment method not found", PT: "Meio de pagamento não encontrado"},
			Meaning: Text{
				EN: "The payment method code in the request does not exist in Cashier.",
				PT: "O código do meio de pagamento enviado na requisição não existe na Cashier.",
			},
			Fix: []Text{
				{EN: "Check the spelling and case of the payment method code.", PT: "Confira a grafia e as maiúsculas/minúsculas do código do meio de pagamento."},
				{EN: "Use only the method codes FlowPayment enabled for your merchant; the document does not list them.", PT: "Use só os códigos de meio de pagamento que a FlowPayment habilitou para o seu merchant; o documento não os lista."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown method code stays unknown; send an existing one.", PT: "Um código de meio desconhecido continua desconhecido; envie um que exista."},
			Match:    []string{"method not found", "payment method", "method code", "method"},
			Source:   "seed 003 (Cashier Error Codes), Error Categories: Routing Errors (404 METHOD_NOT_FOUND)",
		},
		{
			Code:     "PROVIDER_UNAVAILABLE",
			Status:   503,
			Category: Unavailable,
			Title:    Text{EN: "Payment provider unavailable", PT: "Provedor de pagamento indisponível"},
			Meaning: Text{
				EN: "The payment provider Cashier routes this method to is currently unavailable, so the request was not processed.",
				PT: "O provedor de pagamento para o qual a Cashier encaminha este meio está indisponível no momento, por isso a requisição não foi processada.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff (1 s, 2 s, 4 s, 8 s), honouring a Retry-After header if the response carries one.", PT: "Tente de novo com backoff exponencial (1 s, 2 s, 4 s, 8 s), respeitando o cabeçalho Retry-After se a resposta trouxer um."},
				{EN: "Meanwhile offer the customer another payment method.", PT: "Enquanto isso, ofereça ao cliente outro meio de pagamento."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "Unavailability is temporary, and the document says to retry 5xx with exponential backoff.", PT: "A indisponibilidade é temporária, e o documento manda repetir 5xx com backoff exponencial."},
			Idempotency: Text{EN: "Resend with the same Idempotency-Key and the same body.", PT: "Reenvie com a mesma Idempotency-Key e o mesmo corpo."},
			Match:       []string{"currently unavailable", "provider unavailable", "service unavailable", "unavailable"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Routing Errors (503 PROVIDER_UNAVAILABLE); Retry Strategy (5xx: 1s, 2s, 4s, 8s)",
		},
		{
			Code:     "COUNTRY_NOT_SUPPORTED",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Country not available for this method", PT: "País não disponível para este meio"},
			Meaning: Text{
				EN: "The payment method exists but is not offered in the country of this checkout (for example, Pix outside Brazil).",
				PT: "O meio de pagamento existe, mas não é oferecido no país deste checkout (por exemplo, Pix fora do Brasil).",
			},
			Fix: []Text{
				{EN: "Offer only the payment methods available in the customer's country.", PT: "Ofereça só os meios de pagamento disponíveis no país do cliente."},
				{EN: "Check that the country sent is the customer's real country, not a default.", PT: "Confira se o país enviado é o país real do cliente, e não um valor padrão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same country and method combination is refused again; change one of them.", PT: "A mesma combinação de país e meio é recusada de novo; mude um dos dois."},
			Idempotency: Text{EN: "Use a new Idempotency-Key with the changed body; reusing the key with a different body returns 422.", PT: "Use uma Idempotency-Key nova com o corpo alterado; reutilizar a chave com outro corpo retorna 422."},
			Match:       []string{"not available for this payment method", "country is not available", "for this payment method", "country not supported", "for this method"},
			Source:      "seed 003 (Cashier Error Codes), Error Categories: Routing Errors (400 COUNTRY_NOT_SUPPORTED)",
		},

		// Statuses of the HTTP Status Codes table that have no code name in the document;
		// the codes below are decifra's names for them.
		{
			Code:     "IDEMPOTENCY_CONFLICT",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Idempotent request still processing", PT: "Requisição idempotente ainda em processamento"},
			Meaning: Text{
				EN: "A request with the same idempotency key is still being processed, so Cashier will not start it a second time. (Code named by decifra; the document gives only the status.)",
				PT: "Uma requisição com a mesma chave de idempotência ainda está em processamento, por isso a Cashier não a inicia uma segunda vez. (Código nomeado pelo decifra; o documento dá só o status.)",
			},
			Fix: []Text{
				{EN: "Wait a moment and resend the same request with the same Idempotency-Key, backing off 1 s, 2 s, 4 s, 8 s, until you get the first request's result.", PT: "Aguarde um pouco e reenvie a mesma requisição com a mesma Idempotency-Key, com backoff de 1 s, 2 s, 4 s, 8 s, até receber o resultado da primeira requisição."},
				{EN: "Do not switch to a new key: that would start a second payment or payout.", PT: "Não troque por uma chave nova: isso iniciaria um segundo pagamento ou payout."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The first request is still processing; a retry with the same key after a short backoff returns its result.", PT: "A primeira requisição ainda está em processamento; uma nova tentativa com a mesma chave após um breve backoff devolve o resultado dela."},
			Idempotency: Text{EN: "Keep the same Idempotency-Key and body on every retry; a new key would create a duplicate.", PT: "Mantenha a mesma Idempotency-Key e o mesmo corpo em toda nova tentativa; uma chave nova criaria uma duplicata."},
			Match:       []string{"still processing", "in progress", "idempotency", "conflict"},
			Source:      "seed 003, HTTP Status Codes table (status without a code name; code named by decifra): 409 Conflict \"Idempotency conflict (request still processing)\"",
		},
		{
			Code:     "IDEMPOTENCY_KEY_REUSED",
			Status:   422,
			Category: Conflict,
			Title:    Text{EN: "Idempotency key reused with a different body", PT: "Chave de idempotência reutilizada com outro corpo"},
			Meaning: Text{
				EN: "The idempotency key was already used for a request with a different body, so Cashier refuses to treat this request as a retry of that one. (Code named by decifra; the document gives only the status.)",
				PT: "A chave de idempotência já foi usada numa requisição com outro corpo, por isso a Cashier se recusa a tratar esta requisição como repetição daquela. (Código nomeado pelo decifra; o documento dá só o status.)",
			},
			Fix: []Text{
				{EN: "If this is a new operation (the body changed on purpose), send it with a new Idempotency-Key.", PT: "Se esta é uma operação nova (o corpo mudou de propósito), envie-a com uma Idempotency-Key nova."},
				{EN: "If it is meant to be a retry, resend the original body byte for byte with the original key; check that fields such as timestamps or generated IDs are not rebuilt on each attempt.", PT: "Se a intenção é repetir, reenvie o corpo original byte a byte com a chave original; confira se campos como timestamps ou IDs gerados não são recriados a cada tentativa."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Key and body must agree: either a new key for the new body or the original body for the old key.", PT: "Chave e corpo precisam combinar: ou uma chave nova para o corpo novo, ou o corpo original para a chave antiga."},
			Idempotency: Text{EN: "Generate one Idempotency-Key per operation, store it with the serialized body, and reuse both together on retries.", PT: "Gere uma Idempotency-Key por operação, guarde-a junto com o corpo serializado e reutilize os dois juntos nas novas tentativas."},
			Match:       []string{"different request body", "different body", "idempotency key", "idempotency"},
			Source:      "seed 003, HTTP Status Codes table (status without a code name; code named by decifra): 422 Unprocessable \"Idempotency key used with different request body\"",
		},
		{
			Code:     "RATE_LIMITED",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Rate limit exceeded", PT: "Limite de requisições excedido"},
			Meaning: Text{
				EN: "Too many requests were sent in a short time and Cashier rejected this one without processing it, as in the example \"Rate limit exceeded. Please retry after 60 seconds.\" (Code named by decifra; the document gives only the status.)",
				PT: "Foram enviadas requisições demais em pouco tempo e a Cashier rejeitou esta sem processá-la, como no exemplo \"Rate limit exceeded. Please retry after 60 seconds.\" (Código nomeado pelo decifra; o documento dá só o status.)",
			},
			Fix: []Text{
				{EN: "Wait the number of seconds in the Retry-After header (the document's examples fall back to 60 when it is absent), then resend.", PT: "Aguarde os segundos indicados no cabeçalho Retry-After (os exemplos do documento usam 60 quando ele não vem) e então reenvie."},
				{EN: "Reduce the request rate: queue calls, avoid polling sessions in tight loops, and spread batch payouts over time.", PT: "Reduza o ritmo de requisições: enfileire chamadas, evite consultar sessões em loops apertados e distribua payouts em lote ao longo do tempo."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: "The response states how long to wait (Retry-After); the document says to always check it for 429.", PT: "A resposta informa quanto esperar (Retry-After); o documento manda sempre verificá-lo no 429."},
			Idempotency: Text{EN: "A 429 was not processed, so resending is safe; keep the same Idempotency-Key and body anyway.", PT: "Um 429 não foi processado, então reenviar é seguro; mesmo assim mantenha a mesma Idempotency-Key e o mesmo corpo."},
			Match:       []string{"rate limit exceeded", "too many requests", "rate limit", "retry after"},
			Source:      "seed 003, HTTP Status Codes table (status without a code name; code named by decifra): 429 Too Many Requests \"Rate limit exceeded\"; Retry Strategy; example rate-limited.json",
		},
		{
			Code:     "INTERNAL_SERVER_ERROR",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Internal server error", PT: "Erro interno do servidor"},
			Meaning: Text{
				EN: "Cashier failed unexpectedly while handling the request; for a write, it is not known whether the checkout or payout was created. (Code named by decifra; the document gives only the status.)",
				PT: "A Cashier falhou inesperadamente ao tratar a requisição; numa escrita, não se sabe se o checkout ou o payout foi criado. (Código nomeado pelo decifra; o documento dá só o status.)",
			},
			Fix: []Text{
				{EN: "For a write, look up the checkout session or payout before sending it again.", PT: "Numa escrita, consulte a sessão de checkout ou o payout antes de reenviar."},
				{EN: "Retry with exponential backoff (1 s, 2 s, 4 s, 8 s) and the same Idempotency-Key, as the document's Retry Strategy says for 5xx.", PT: "Tente de novo com backoff exponencial (1 s, 2 s, 4 s, 8 s) e a mesma Idempotency-Key, como a Retry Strategy do documento manda para 5xx."},
				{EN: "If it persists, contact FlowPayment support with the problem body (instance URI) and the time, as the document asks.", PT: "Se persistir, fale com o suporte da FlowPayment informando o corpo de erro (URI de instance) e o horário, como o documento pede."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "A 500 on a write leaves the outcome unknown; check before resending so nothing is charged or paid out twice.", PT: "Um 500 numa escrita deixa o resultado desconhecido; confira antes de reenviar para nada ser cobrado ou pago duas vezes."},
			Idempotency: Text{EN: "Resend only with the same Idempotency-Key and body, which lets Cashier return the first result; without a key, look the resource up first.", PT: "Reenvie só com a mesma Idempotency-Key e o mesmo corpo, o que permite à Cashier devolver o primeiro resultado; sem a chave, consulte o recurso antes."},
			Match:       []string{"internal server error", "contact support", "internal error", "server error"},
			Source:      "seed 003, HTTP Status Codes table (status without a code name; code named by decifra): 500 Internal Server Error \"Server error - contact support if persistent\"; Retry Strategy",
		},
	},
}
