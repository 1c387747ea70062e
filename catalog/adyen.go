// Adyen's error catalog, built from Adyen's public documentation (not a seed): "Error
// codes and messages" (https://docs.adyen.com/development-resources/error-codes: the
// classic error body and the generic error codes with their causes), the newer error
// pages under https://docs.adyen.com/errors (RFC 7807 bodies and the 00_400 … 99_500
// codes), "API idempotency" (https://docs.adyen.com/development-resources/api-idempotency:
// Idempotency-Key, key validity, transient errors, error 704) and "HTTP status codes"
// (https://docs.adyen.com/development-resources/response-handling) and "Refusal reasons"
// (https://docs.adyen.com/development-resources/refusal-reasons: the refusalReasonCode
// values). The messages of the generic codes were cross-checked against lists gleaned from
// that page in public code (wikimedia SmashPig's Adyen ExceptionMapper, gpupo/adyen-sdk).
//
// Entries: the generic error codes in numeric order, then the codes of the RFC 7807
// error pages, then the refusal reasons. Adyen ties no HTTP status to most generic codes
// (the same code can come with different statuses), so Status is 0 except where the
// documentation shows one: 101 in its example response (422) and the 00_xxx/99_500 codes,
// whose pages name the status. Refused payments are not API errors: /payments answers them
// with HTTP 200 and resultCode Refused (or Cancelled, or Error) plus refusalReason and
// refusalReasonCode; the catalog keys those entries by refusalReasonCode ("2" … "46"), with
// Status 0 since 200 is not an error status. Left out: 0 (returned with Authorised, to be
// ignored), and 44 (Try another interface) and 45 (Chip downgrade mode), which appear in
// public code but could not be confirmed on Adyen's page.

package catalog

const (
	adyenErrorCodes  = "https://docs.adyen.com/development-resources/error-codes"
	adyenErrors      = "https://docs.adyen.com/errors"
	adyenIdempotency = "https://docs.adyen.com/development-resources/api-idempotency"
	adyenRefusals    = "https://docs.adyen.com/development-resources/refusal-reasons"

	adyenIdemSameEN = "Resend with the same Idempotency-Key header (at most 64 characters, a V4 UUID is recommended; keys are kept for at least 31 days per company account): if Adyen already processed the request, it returns the first response instead of charging or refunding twice. Without a key, check the payment's webhooks or pspReference before resending."
	adyenIdemSamePT = "Reenvie com o mesmo cabeçalho Idempotency-Key (no máximo 64 caracteres, recomenda-se um UUID V4; as chaves valem por pelo menos 31 dias por company account): se a Adyen já processou a requisição, ela devolve a primeira resposta em vez de cobrar ou reembolsar duas vezes. Sem chave, confira os webhooks ou o pspReference do pagamento antes de reenviar."
	adyenIdemFixEN  = "The corrected request is a new request: send it with a new Idempotency-Key, because the old key returns the stored response of the rejected one."
	adyenIdemFixPT  = "A requisição corrigida é uma requisição nova: envie com um Idempotency-Key novo, porque a chave antiga devolve a resposta guardada da rejeitada."
	adyenIdemNewEN  = "A refused payment is final: a new attempt (another card, corrected data or a later try) is a new payment and needs a new Idempotency-Key, because the old key only returns the stored refusal."
	adyenIdemNewPT  = "Um pagamento recusado é definitivo: uma nova tentativa (outro cartão, dados corrigidos ou mais tarde) é um pagamento novo e precisa de um Idempotency-Key novo, porque a chave antiga só devolve a recusa guardada."
)

// Adyen has two error bodies. Classic (Checkout and classic APIs):
// {"status": 422, "errorCode": "101", "message": "Invalid card number", "errorType":
// "validation", "pspReference": "…"} — errorType is internal, validation, security or
// configuration. Newer APIs (Management, Balance Platform, parts of Checkout) use RFC 7807:
// {"type": "https://docs.adyen.com/errors/…", "title", "status", "detail", "requestId",
// "errorCode": "00_422", "invalidFields": [{"name", "value", "message"}]}. The code lives in
// errorCode (a string: "101", "704", "14_006", "00_401"). Unique to Adyen: errorType with
// those four values plus pspReference (classic), a type URL under docs.adyen.com/errors
// plus requestId and invalidFields (RFC 7807), and the transient-error response header.
var Adyen = Provider{
	ID:      "adyen",
	Name:    "Adyen",
	DocsURL: adyenErrorCodes,
	Hosts: []string{
		"checkout-test.adyen.com", "pal-test.adyen.com", "management-test.adyen.com",
		"management-live.adyen.com", "balanceplatform-api-test.adyen.com",
		"balanceplatform-api-live.adyen.com", "adyenpayments.com",
	},
	Envelope: Text{
		EN: "Classic JSON body {status, errorCode, message, errorType, pspReference}, errorType being validation, security, configuration or internal; newer APIs answer RFC 7807 problems {type (a docs.adyen.com/errors URL), title, status, detail, requestId, errorCode, invalidFields:[{name, value, message}]}. A transient-error: true response header marks a failure that may be retried with the same Idempotency-Key. Refused payments are not errors: they come with HTTP 200, resultCode Refused and refusalReason/refusalReasonCode.",
		PT: "Corpo JSON clássico {status, errorCode, message, errorType, pspReference}, com errorType validation, security, configuration ou internal; as APIs mais novas respondem problemas RFC 7807 {type (uma URL docs.adyen.com/errors), title, status, detail, requestId, errorCode, invalidFields:[{name, value, message}]}. O cabeçalho de resposta transient-error: true marca uma falha que pode ser repetida com o mesmo Idempotency-Key. Pagamentos recusados não são erros: vêm com HTTP 200, resultCode Refused e refusalReason/refusalReasonCode.",
	},
	RateLimitHeaders:  nil,
	IdempotencyHeader: "Idempotency-Key",
	Support: Text{
		EN: "Give Adyen support the pspReference of the error (classic bodies) or the requestId (RFC 7807 bodies), the merchant account, the endpoint and API version, the Idempotency-Key used and the time; never send the API key or the client key's credentials.",
		PT: "Informe ao suporte da Adyen o pspReference do erro (corpos clássicos) ou o requestId (corpos RFC 7807), a merchant account, o endpoint e a versão da API, o Idempotency-Key usado e o horário; nunca envie a chave de API nem as credenciais da client key.",
	},
	Source: "Adyen documentation: " + adyenErrorCodes + ", " + adyenErrors + ", " + adyenIdempotency + ", https://docs.adyen.com/development-resources/response-handling, " + adyenRefusals,
	Entries: []Entry{
		// Generic error codes.
		{
			Code:     "000",
			Status:   0,
			Category: Authentication,
			Title:    Text{EN: "Unknown error (several possible messages)", PT: "Erro desconhecido (várias mensagens possíveis)"},
			Meaning: Text{
				EN: "A generic code whose message tells the cause: most often \"Unauthorised\", when the API key or basic-auth credentials are wrong, or \"Unable to parse message\", when the body cannot be read.",
				PT: "Um código genérico cuja message indica a causa: na maioria das vezes \"Unauthorised\", quando a chave de API ou as credenciais de basic auth estão erradas, ou \"Unable to parse message\", quando o corpo não pode ser lido.",
			},
			Fix: []Text{
				{EN: "Read message: for Unauthorised, check the X-API-Key header (or the ws@Company user and password) and that it belongs to the environment you call (test or live).", PT: "Leia a message: para Unauthorised, confira o cabeçalho X-API-Key (ou o usuário ws@Company e a senha) e se ele é do ambiente chamado (teste ou produção)."},
				{EN: "For a parse error, send valid JSON with Content-Type: application/json.", PT: "Para erro de leitura, envie JSON válido com Content-Type: application/json."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Both causes repeat until the credentials or the body are corrected.", PT: "As duas causas se repetem até as credenciais ou o corpo serem corrigidos."},
			Source:   adyenErrorCodes + " (000 - Multiple messages)",
		},
		{
			Code:     "010",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Not allowed", PT: "Não permitido"},
			Meaning: Text{
				EN: "The API credential lacks a role this request needs (e.g. the Checkout webservice role), the API user is wrong, or a third-party payment or card acquisition request was sent to your terminals.",
				PT: "A credencial de API não tem um papel (role) que esta requisição exige (ex.: o Checkout webservice role), o usuário de API está errado, ou uma requisição de pagamento de terceiro ou de card acquisition foi enviada aos seus terminais.",
			},
			Fix: []Text{
				{EN: "Check in the Customer Area (Developers > API credentials) which roles the credential has and add the missing one, or ask Adyen support to.", PT: "Confira na Customer Area (Developers > API credentials) quais roles a credencial tem e adicione a que falta, ou peça ao suporte da Adyen."},
				{EN: "Make sure you use the credential meant for this merchant account and API.", PT: "Verifique se você usa a credencial destinada a esta merchant account e API."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The credential stays unauthorised until its roles change.", PT: "A credencial continua sem autorização até os roles mudarem."},
			Source:   adyenErrorCodes + " (010 - Not allowed)",
		},
		{
			Code:     "100",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Amount not provided", PT: "Valor não informado"},
			Meaning: Text{
				EN: "A required parameter is missing: the message names it, usually \"Required object 'amount' is not provided\" (or originalReference on a modification).",
				PT: "Falta um parâmetro obrigatório: a message o indica, normalmente \"Required object 'amount' is not provided\" (ou originalReference numa modificação).",
			},
			Fix: []Text{
				{EN: "Add the missing amount object {value (minor units), currency} or originalReference.", PT: "Inclua o objeto amount {value (em unidades menores), currency} ou o originalReference que falta."},
				{EN: "Compare your request with a standard request for the endpoint to spot other missing parameters.", PT: "Compare sua requisição com uma requisição padrão do endpoint para achar outros parâmetros faltando."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request fails until the parameter is sent.", PT: "A requisição falha até o parâmetro ser enviado."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (100 - Required object 'amount' is not provided)",
		},
		{
			Code:     "101",
			Status:   422,
			Category: Validation,
			Title:    Text{EN: "Invalid card number", PT: "Número do cartão inválido"},
			Meaning: Text{
				EN: "The card number is incorrect or has the wrong length (or, in 3D Secure 1 flows, PaRes was sent with the wrong capitalisation).",
				PT: "O número do cartão está incorreto ou tem tamanho errado (ou, em fluxos 3D Secure 1, o PaRes foi enviado com maiúsculas/minúsculas erradas).",
			},
			Fix: []Text{
				{EN: "Ask the shopper to re-enter the card number; collect it with Adyen's Drop-in/Components so it is validated and encrypted.", PT: "Peça ao comprador que digite o número de novo; colete-o com o Drop-in/Components da Adyen, que validam e criptografam o dado."},
				{EN: "Pass PaRes exactly as received.", PT: "Repasse o PaRes exatamente como recebido."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same number is rejected every time.", PT: "O mesmo número é rejeitado sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (101 - Invalid card number; status 422 in the page's example response)",
		},
		{
			Code:     "103",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "CVC is not the right length", PT: "CVC com tamanho errado"},
			Meaning: Text{
				EN: "The card verification code is not valid: not numeric, more than three digits, or more than four for American Express.",
				PT: "O código de verificação do cartão não é válido: não numérico, com mais de três dígitos, ou mais de quatro no American Express.",
			},
			Fix: []Text{
				{EN: "Ask the shopper to re-enter the CVC: 3 digits, 4 for American Express, digits only.", PT: "Peça ao comprador que digite o CVC de novo: 3 dígitos, 4 no American Express, só números."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same CVC is rejected every time.", PT: "O mesmo CVC é rejeitado sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (103 - CVC is not the right length)",
		},
		{
			Code:     "104",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Billing address problem", PT: "Problema no endereço de cobrança"},
			Meaning: Text{
				EN: "The billingAddress is missing a required field or has an invalid one (street, houseNumberOrName, city, postalCode, stateOrProvince or country).",
				PT: "O billingAddress está sem um campo obrigatório ou tem um campo inválido (street, houseNumberOrName, city, postalCode, stateOrProvince ou country).",
			},
			Fix: []Text{
				{EN: "Send every billingAddress field the payment method requires, with country as a two-letter ISO code.", PT: "Envie todos os campos de billingAddress que a forma de pagamento exige, com country como código ISO de duas letras."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same address is rejected until it is completed or corrected.", PT: "O mesmo endereço é rejeitado até ser completado ou corrigido."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (104 - Billing address problem)",
		},
		{
			Code:     "105",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid paRes from issuer", PT: "paRes inválido do emissor"},
			Meaning: Text{
				EN: "The 3D Secure result (PaRes) sent back is not valid, typically because it was altered, truncated or URL-decoded twice on its way from the issuer.",
				PT: "O resultado do 3D Secure (PaRes) enviado de volta não é válido, normalmente porque foi alterado, cortado ou decodificado (URL decode) duas vezes no caminho desde o emissor.",
			},
			Fix: []Text{
				{EN: "Forward PaRes and MD exactly as the issuer posted them; with Checkout, send the redirect result in /payments/details unchanged.", PT: "Repasse o PaRes e o MD exatamente como o emissor os enviou; no Checkout, envie o resultado do redirecionamento em /payments/details sem alterações."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same PaRes is rejected again; restart authentication if it cannot be recovered.", PT: "O mesmo PaRes é rejeitado de novo; reinicie a autenticação se ele não puder ser recuperado."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (105 - Invalid paRes from issuer)",
		},
		{
			Code:     "107",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Recurring is not enabled", PT: "Recorrência não habilitada"},
			Meaning: Text{
				EN: "The request asks to store or use a card for recurring or one-click payments, but recurring is not enabled on the merchant account.",
				PT: "A requisição pede para guardar ou usar um cartão em pagamentos recorrentes ou one-click, mas a recorrência não está habilitada na merchant account.",
			},
			Fix: []Text{
				{EN: "Ask Adyen support to enable recurring (tokenization) for the merchant account, or send the payment without recurring fields.", PT: "Peça ao suporte da Adyen que habilite a recorrência (tokenização) na merchant account, ou envie o pagamento sem os campos de recorrência."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The feature stays off until Adyen enables it.", PT: "O recurso continua desligado até a Adyen habilitá-lo."},
			Source:   adyenErrorCodes + " (107 - Recurring is not enabled)",
		},
		{
			Code:     "125",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid recurring contract", PT: "Contrato de recorrência inválido"},
			Meaning: Text{
				EN: "The recurring contract type given (recurring.contract, e.g. ONECLICK, RECURRING) is not valid for this request.",
				PT: "O tipo de contrato de recorrência informado (recurring.contract, ex.: ONECLICK, RECURRING) não é válido para esta requisição.",
			},
			Fix: []Text{
				{EN: "Send one of the documented contract values that matches the shopper interaction (e.g. RECURRING with shopperInteraction ContAuth).", PT: "Envie um dos valores de contrato documentados que combine com a shopperInteraction (ex.: RECURRING com shopperInteraction ContAuth)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same contract value is rejected every time.", PT: "O mesmo valor de contrato é rejeitado sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (125 - Invalid recurring contract specified)",
		},
		{
			Code:     "129",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Expiry date invalid", PT: "Data de validade inválida"},
			Meaning: Text{
				EN: "The card's expiry date is not valid.",
				PT: "A data de validade do cartão não é válida.",
			},
			Fix: []Text{
				{EN: "Ask the shopper to check the expiry date; send expiryMonth as two digits (03) and expiryYear as four (2030).", PT: "Peça ao comprador que confira a validade; envie expiryMonth com dois dígitos (03) e expiryYear com quatro (2030)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same date is rejected every time.", PT: "A mesma data é rejeitada sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (129 - Expiry Date Invalid)",
		},
		{
			Code:     "130",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Reference missing", PT: "Referência ausente"},
			Meaning: Text{
				EN: "The request has no reference, your own identifier of the payment or modification, which Adyen requires.",
				PT: "A requisição não tem reference, o seu identificador do pagamento ou da modificação, que a Adyen exige.",
			},
			Fix: []Text{
				{EN: "Send a reference, unique per payment (e.g. your order id), within the maximum length the endpoint documents.", PT: "Envie um reference único por pagamento (ex.: o id do pedido), dentro do tamanho máximo documentado pelo endpoint."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request fails until it carries a reference.", PT: "A requisição falha até levar um reference."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (130 - Reference Missing)",
		},
		{
			Code:     "137",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid amount", PT: "Valor inválido"},
			Meaning: Text{
				EN: "The amount is not valid, e.g. negative, not an integer in minor units, or with more decimals than the currency has.",
				PT: "O valor não é válido, por exemplo negativo, não inteiro em unidades menores, ou com mais casas do que a moeda permite.",
			},
			Fix: []Text{
				{EN: "Send amount.value as an integer in the currency's minor units (1000 for 10.00 EUR; 1000 for 1000 JPY, which has no decimals).", PT: "Envie amount.value como inteiro nas unidades menores da moeda (1000 para 10,00 EUR; 1000 para 1000 JPY, que não tem casas decimais)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is rejected every time.", PT: "O mesmo valor é rejeitado sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (137 - Invalid amount specified)",
		},
		{
			Code:     "138",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Unsupported currency", PT: "Moeda não suportada"},
			Meaning: Text{
				EN: "The currency code is not supported for this payment method or merchant account.",
				PT: "O código de moeda não é suportado para esta forma de pagamento ou merchant account.",
			},
			Fix: []Text{
				{EN: "Send a three-letter ISO 4217 code (BRL, EUR, USD) the payment method supports, and ask Adyen to enable it on the account if needed.", PT: "Envie um código ISO 4217 de três letras (BRL, EUR, USD) aceito pela forma de pagamento, e peça à Adyen que o habilite na conta se preciso."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same currency is rejected until it is supported or enabled.", PT: "A mesma moeda é rejeitada até ser suportada ou habilitada."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (138 - Unsupported currency specified)",
		},
		{
			Code:     "140",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid or past expiry month/year", PT: "Mês/ano de validade inválido ou vencido"},
			Meaning: Text{
				EN: "expiryMonth is not between 1 and 12, expiryYear is not after 2000, or the date is already in the past.",
				PT: "expiryMonth não está entre 1 e 12, expiryYear não é posterior a 2000, ou a data já passou.",
			},
			Fix: []Text{
				{EN: "Validate the expiry date before sending and ask the shopper for a card that has not expired.", PT: "Valide a data de validade antes de enviar e peça ao comprador um cartão que não esteja vencido."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same date is rejected every time.", PT: "A mesma data é rejeitada sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (140 - Invalid expiryMonth[1..12] / expiryYear[>2000], or before now)",
		},
		{
			Code:     "153",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid CVC", PT: "CVC inválido"},
			Meaning: Text{
				EN: "The card verification code sent is not valid.",
				PT: "O código de verificação do cartão enviado não é válido.",
			},
			Fix: []Text{
				{EN: "Ask the shopper to re-enter the CVC (3 digits, 4 for American Express).", PT: "Peça ao comprador que digite o CVC de novo (3 dígitos, 4 no American Express)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same CVC is rejected every time.", PT: "O mesmo CVC é rejeitado sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (153 - Invalid CVC)",
		},
		{
			Code:     "167",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Original pspReference required", PT: "pspReference original obrigatório"},
			Meaning: Text{
				EN: "A modification (capture, refund, cancel) was sent without the pspReference of the payment it applies to.",
				PT: "Uma modificação (captura, reembolso, cancelamento) foi enviada sem o pspReference do pagamento ao qual se aplica.",
			},
			Fix: []Text{
				{EN: "Put the payment's pspReference in the path (/payments/{paymentPspReference}/captures …) or in originalReference on classic endpoints.", PT: "Coloque o pspReference do pagamento no caminho (/payments/{paymentPspReference}/captures …) ou em originalReference nos endpoints clássicos."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The modification fails until it names the payment.", PT: "A modificação falha até indicar o pagamento."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (167 - Original pspReference required for this operation)",
		},
		{
			Code:     "172",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Encrypted data expired", PT: "Dados criptografados expirados"},
			Meaning: Text{
				EN: "The card data was encrypted too long before it was submitted (or with a wrong clock), so its generation time falls outside the validity period.",
				PT: "Os dados do cartão foram criptografados muito antes do envio (ou com relógio errado), então o horário de geração ficou fora do período de validade.",
			},
			Fix: []Text{
				{EN: "Encrypt the card details right before submitting the payment; do not store or reuse encrypted blobs.", PT: "Criptografe os dados do cartão logo antes de enviar o pagamento; não guarde nem reutilize os dados criptografados."},
				{EN: "Check the clock of the device or server that encrypts.", PT: "Confira o relógio do dispositivo ou servidor que criptografa."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same encrypted data stays expired; collect and encrypt it again.", PT: "Os mesmos dados criptografados continuam expirados; colete e criptografe de novo."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (172 - Encrypted data used outside of valid time period)",
		},
		{
			Code:     "174",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Unable to decrypt data", PT: "Não foi possível descriptografar os dados"},
			Meaning: Text{
				EN: "Adyen could not decrypt the encrypted card fields, usually because they were encrypted with a key of another environment or account, or altered after encryption.",
				PT: "A Adyen não conseguiu descriptografar os campos de cartão criptografados, normalmente porque foram criptografados com uma chave de outro ambiente ou conta, ou alterados depois da criptografia.",
			},
			Fix: []Text{
				{EN: "Use the client key (and environment: test or live) of the same merchant account as the API key that submits the payment.", PT: "Use a client key (e o ambiente: teste ou produção) da mesma merchant account da chave de API que envia o pagamento."},
				{EN: "Send the encrypted values exactly as the Components produced them.", PT: "Envie os valores criptografados exatamente como os Components os produziram."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same data can never be decrypted; encrypt it again with the right key.", PT: "Os mesmos dados nunca vão ser descriptografados; criptografe de novo com a chave certa."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (174 - Unable to decrypt data)",
		},
		{
			Code:     "702",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Problem parsing request", PT: "Problema ao interpretar a requisição"},
			Meaning: Text{
				EN: "Adyen could not parse the request: the JSON is malformed, a value has the wrong type, or the body is empty.",
				PT: "A Adyen não conseguiu interpretar a requisição: o JSON está malformado, um valor tem tipo errado, ou o corpo está vazio.",
			},
			Fix: []Text{
				{EN: "Serialize the body with a JSON library and check the types against the API reference (e.g. amount.value is a number, not a string).", PT: "Serialize o corpo com uma biblioteca de JSON e confira os tipos na referência da API (ex.: amount.value é número, não string)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same body can never be parsed.", PT: "O mesmo corpo nunca vai ser interpretado."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (702)",
		},
		{
			Code:     "703",
			Status:   0,
			Category: Unavailable,
			Title:    Text{EN: "Required resource temporarily unavailable", PT: "Recurso necessário temporariamente indisponível"},
			Meaning: Text{
				EN: "A resource Adyen needs to process the request is temporarily unavailable, so the request was not completed.",
				PT: "Um recurso de que a Adyen precisa para processar a requisição está temporariamente indisponível, então ela não foi concluída.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff, with the same Idempotency-Key.", PT: "Tente de novo com backoff exponencial, com o mesmo Idempotency-Key."},
				{EN: "If it persists, check Adyen's status page and contact support with the pspReference.", PT: "Se persistir, veja a página de status da Adyen e fale com o suporte informando o pspReference."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The unavailability is temporary; a later attempt can succeed.", PT: "A indisponibilidade é temporária; uma tentativa mais tarde pode dar certo."},
			Idempotency: Text{EN: adyenIdemSameEN, PT: adyenIdemSamePT},
			Source:      adyenErrorCodes + " (703 - Required resource temporarily unavailable)",
		},
		{
			Code:     "704",
			Status:   0,
			Category: Conflict,
			Title:    Text{EN: "Request already processed or in progress", PT: "Requisição já processada ou em andamento"},
			Meaning: Text{
				EN: "A request with the same Idempotency-Key is still being processed (or was processed) when this duplicate arrived; Adyen answers it with HTTP 409 or 422 instead of running it twice.",
				PT: "Uma requisição com o mesmo Idempotency-Key ainda estava sendo processada (ou já foi) quando esta duplicata chegou; a Adyen responde com HTTP 409 ou 422 em vez de executá-la duas vezes.",
			},
			Fix: []Text{
				{EN: "Wait briefly and resend with the same Idempotency-Key to get the first request's response.", PT: "Espere um pouco e reenvie com o mesmo Idempotency-Key para obter a resposta da primeira requisição."},
				{EN: "Avoid sending the same operation concurrently (double clicks, parallel workers); rely on webhooks for the final result.", PT: "Evite enviar a mesma operação em paralelo (clique duplo, workers simultâneos); use os webhooks para o resultado final."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "Once the first request finishes, a retry with the same key returns its result.", PT: "Quando a primeira requisição terminar, uma nova tentativa com a mesma chave devolve o resultado dela."},
			Idempotency: Text{EN: adyenIdemSameEN, PT: adyenIdemSamePT},
			Source:      adyenIdempotency + " (error handling: 704 request already processed or in progress); " + adyenErrorCodes,
		},
		{
			Code:     "800",
			Status:   0,
			Category: NotFound,
			Title:    Text{EN: "Contract not found", PT: "Contrato não encontrado"},
			Meaning: Text{
				EN: "No stored recurring contract exists for this shopperReference (and merchant account), so there is no stored card or token to use.",
				PT: "Não existe contrato de recorrência guardado para este shopperReference (e merchant account), então não há cartão ou token guardado para usar.",
			},
			Fix: []Text{
				{EN: "Check shopperReference is exactly the one used when the payment method was stored, on the same merchant account.", PT: "Confira se o shopperReference é exatamente o usado quando a forma de pagamento foi guardada, na mesma merchant account."},
				{EN: "If nothing was stored, make an initial payment with storePaymentMethod (or the recurring contract) first.", PT: "Se nada foi guardado, faça antes um pagamento inicial com storePaymentMethod (ou o contrato de recorrência)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup fails until it names a shopper with a stored contract.", PT: "A consulta falha até apontar um comprador com contrato guardado."},
			Source:   adyenErrorCodes + " (800 - Contract not found)",
		},
		{
			Code:     "803",
			Status:   0,
			Category: NotFound,
			Title:    Text{EN: "Payment detail not found", PT: "Dado de pagamento não encontrado"},
			Meaning: Text{
				EN: "The stored payment method referenced (storedPaymentMethodId or recurringDetailReference) does not exist for this shopper, or was disabled.",
				PT: "A forma de pagamento guardada indicada (storedPaymentMethodId ou recurringDetailReference) não existe para este comprador, ou foi desativada.",
			},
			Fix: []Text{
				{EN: "List the shopper's stored payment methods and use an existing id, together with the same shopperReference.", PT: "Liste as formas de pagamento guardadas do comprador e use um id existente, junto com o mesmo shopperReference."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The reference will not start existing; use a valid one or ask for new card details.", PT: "A referência não vai passar a existir; use uma válida ou peça novos dados de cartão."},
			Source:   adyenErrorCodes + " (803 - PaymentDetail not found)",
		},
		{
			Code:     "805",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Stored detail not valid for this recurring contract", PT: "Dado guardado não vale para este contrato de recorrência"},
			Meaning: Text{
				EN: "The recurringDetailReference exists, but not for the recurring contract type in the request (e.g. stored for ONECLICK, used as RECURRING).",
				PT: "O recurringDetailReference existe, mas não para o tipo de contrato de recorrência da requisição (ex.: guardado como ONECLICK, usado como RECURRING).",
			},
			Fix: []Text{
				{EN: "Use the contract and shopperInteraction the detail was stored for, or store it again with the contract you need.", PT: "Use o contrato e a shopperInteraction para os quais o dado foi guardado, ou guarde-o de novo com o contrato necessário."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same combination is rejected every time.", PT: "A mesma combinação é rejeitada sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (805 - RecurringDetailReference not available for provided recurring-contract)",
		},
		{
			Code:     "901",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Invalid merchant account", PT: "Merchant account inválida"},
			Meaning: Text{
				EN: "The merchantAccount in the request does not exist, is misspelt, belongs to the other environment, or is not one the API credential may use.",
				PT: "A merchantAccount da requisição não existe, está escrita errado, é do outro ambiente, ou não é uma que a credencial de API possa usar.",
			},
			Fix: []Text{
				{EN: "Copy the merchant account name exactly from the Customer Area (it is case-sensitive).", PT: "Copie o nome da merchant account exatamente da Customer Area (diferencia maiúsculas de minúsculas)."},
				{EN: "Check the API credential is linked to that merchant account in the same environment.", PT: "Verifique se a credencial de API está associada a essa merchant account no mesmo ambiente."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same merchant account is refused every time.", PT: "A mesma merchant account é recusada sempre."},
			Source:   adyenErrorCodes + " (901 - Invalid Merchant Account)",
		},
		{
			Code:     "902",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid or empty request data", PT: "Dados da requisição inválidos ou vazios"},
			Meaning: Text{
				EN: "The request body is empty or does not contain valid data for the endpoint.",
				PT: "O corpo da requisição está vazio ou não contém dados válidos para o endpoint.",
			},
			Fix: []Text{
				{EN: "Check the body is sent (POST with Content-Type: application/json) and matches the endpoint and API version.", PT: "Confira se o corpo é enviado (POST com Content-Type: application/json) e se corresponde ao endpoint e à versão da API."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same body is rejected every time.", PT: "O mesmo corpo é rejeitado sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (902 - Invalid or empty request data)",
		},
		{
			Code:     "903",
			Status:   0,
			Category: Internal,
			Title:    Text{EN: "Adyen internal error", PT: "Erro interno da Adyen"},
			Meaning: Text{
				EN: "An internal error occurred at Adyen; for a payment or modification the outcome is unknown.",
				PT: "Houve um erro interno na Adyen; para um pagamento ou modificação o resultado é incerto.",
			},
			Fix: []Text{
				{EN: "Resend with the same Idempotency-Key, or first check the webhook (AUTHORISATION, CAPTURE, REFUND …) for the pspReference.", PT: "Reenvie com o mesmo Idempotency-Key, ou antes confira o webhook (AUTHORISATION, CAPTURE, REFUND …) do pspReference."},
				{EN: "If it persists, contact Adyen support with the pspReference.", PT: "Se persistir, fale com o suporte da Adyen informando o pspReference."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The operation may have gone through; resend only with the same key or after checking its outcome.", PT: "A operação pode ter sido feita; reenvie só com a mesma chave ou depois de conferir o resultado."},
			Idempotency: Text{EN: adyenIdemSameEN, PT: adyenIdemSamePT},
			Source:      adyenErrorCodes + " (903 - Internal error)",
		},
		{
			Code:     "904",
			Status:   0,
			Category: Internal,
			Title:    Text{EN: "Unable to process", PT: "Não foi possível processar"},
			Meaning: Text{
				EN: "Adyen could not process the request, for instance because a system behind it did not respond in time; the outcome of a write is unknown.",
				PT: "A Adyen não conseguiu processar a requisição, por exemplo porque um sistema por trás dela não respondeu a tempo; o resultado de uma escrita é incerto.",
			},
			Fix: []Text{
				{EN: "Resend with the same Idempotency-Key after a short wait, or check the webhooks for the outcome first.", PT: "Reenvie com o mesmo Idempotency-Key depois de uma espera curta, ou confira antes o resultado nos webhooks."},
				{EN: "If it keeps happening, contact Adyen support with the pspReference.", PT: "Se continuar acontecendo, fale com o suporte da Adyen informando o pspReference."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The request may have been partly processed; retry only idempotently or after checking.", PT: "A requisição pode ter sido parcialmente processada; tente de novo só de forma idempotente ou depois de conferir."},
			Idempotency: Text{EN: adyenIdemSameEN, PT: adyenIdemSamePT},
			Source:      adyenErrorCodes + " (904 - Unable To Process)",
		},
		{
			Code:     "905",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Payment details not supported", PT: "Dados de pagamento não suportados"},
			Meaning: Text{
				EN: "The payment method (or card brand) in the request is not configured for the merchant account, so there is no acquirer set up to process it.",
				PT: "A forma de pagamento (ou bandeira de cartão) da requisição não está configurada na merchant account, então não há adquirente configurado para processá-la.",
			},
			Fix: []Text{
				{EN: "Offer only the methods returned by /paymentMethods for this merchant account and country.", PT: "Ofereça só as formas retornadas por /paymentMethods para esta merchant account e país."},
				{EN: "Add the payment method to the merchant account in the Customer Area, or ask Adyen to enable it.", PT: "Adicione a forma de pagamento à merchant account na Customer Area, ou peça à Adyen que a habilite."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The method stays unsupported until it is configured.", PT: "A forma continua sem suporte até ser configurada."},
			Source:   adyenErrorCodes + " (905 - Payment details are not supported)",
		},
		{
			Code:     "906",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "pspReference from another environment", PT: "pspReference de outro ambiente"},
			Meaning: Text{
				EN: "The original pspReference of a modification is not valid for this environment: a test pspReference sent to live, or the other way round.",
				PT: "O pspReference original de uma modificação não é válido para este ambiente: um pspReference de teste enviado à produção, ou o contrário.",
			},
			Fix: []Text{
				{EN: "Send the modification to the environment (and endpoint prefix) where the payment was made.", PT: "Envie a modificação ao ambiente (e prefixo de endpoint) onde o pagamento foi feito."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The reference is never valid in this environment.", PT: "A referência nunca é válida neste ambiente."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrorCodes + " (906 - Invalid Request: Original pspReference is invalid for this environment)",
		},
		{
			Code:     "907",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Payment method not supported for this country/MCC", PT: "Forma de pagamento não suportada para este país/MCC"},
			Meaning: Text{
				EN: "The payment details are not supported for the combination of country and merchant category code (MCC) of the merchant account.",
				PT: "Os dados de pagamento não são suportados para a combinação de país e merchant category code (MCC) da merchant account.",
			},
			Fix: []Text{
				{EN: "Offer another payment method, or ask Adyen whether it can be enabled for your country and MCC.", PT: "Ofereça outra forma de pagamento, ou pergunte à Adyen se ela pode ser habilitada para seu país e MCC."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The combination is refused every time.", PT: "A combinação é recusada sempre."},
			Source:   adyenErrorCodes + " (907 - Payment details are not supported for this country/ MCC combination)",
		},

		// Error codes of the RFC 7807 error pages (https://docs.adyen.com/errors).
		{
			Code:     "00_400",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Bad request", PT: "Requisição inválida"},
			Meaning: Text{
				EN: "Generic error for a malformed request or one not in the expected format; detail and invalidFields say what is wrong.",
				PT: "Erro genérico para requisição malformada ou fora do formato esperado; detail e invalidFields dizem o que está errado.",
			},
			Fix: []Text{
				{EN: "Check the request syntax and fix each field listed in invalidFields[] (name, value, message).", PT: "Confira a sintaxe da requisição e corrija cada campo listado em invalidFields[] (name, value, message)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same request is rejected every time.", PT: "A mesma requisição é rejeitada sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrors + "/bad-request (00_400)",
		},
		{
			Code:     "00_401",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Unauthorized", PT: "Não autorizado"},
			Meaning: Text{
				EN: "The API credential used is invalid (wrong API key or basic-auth username and password) or lacks permissions.",
				PT: "A credencial de API usada é inválida (chave de API ou usuário e senha de basic auth errados) ou não tem permissões.",
			},
			Fix: []Text{
				{EN: "Check and update the X-API-Key (or basic-auth credentials) for this environment.", PT: "Confira e atualize o X-API-Key (ou as credenciais de basic auth) deste ambiente."},
				{EN: "For the Management API ask your admin user to check the API permissions; for other APIs ask Adyen support.", PT: "Na Management API, peça ao seu usuário admin que confira as permissões da API; nas outras APIs, peça ao suporte da Adyen."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request fails until valid credentials are sent.", PT: "A requisição falha até credenciais válidas serem enviadas."},
			Source:   adyenErrors + "/unauthorized (00_401)",
		},
		{
			Code:     "00_403",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Forbidden", PT: "Proibido"},
			Meaning: Text{
				EN: "The API credential has insufficient rights for the requested operation.",
				PT: "A credencial de API não tem direitos suficientes para a operação pedida.",
			},
			Fix: []Text{
				{EN: "Use a credential with the needed role, or ask your admin user (Management API) or Adyen support to grant it.", PT: "Use uma credencial com o role necessário, ou peça ao seu usuário admin (Management API) ou ao suporte da Adyen que o conceda."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Permissions do not change by retrying.", PT: "As permissões não mudam ao tentar de novo."},
			Source:   adyenErrors + "/forbidden (00_403)",
		},
		{
			Code:     "00_404",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Not found", PT: "Não encontrado"},
			Meaning: Text{
				EN: "The resource the request operates on, or an id in a POST body, does not exist.",
				PT: "O recurso sobre o qual a requisição opera, ou um id no corpo de um POST, não existe.",
			},
			Fix: []Text{
				{EN: "Check you use an existing resource id of this environment and account.", PT: "Confira se você usa um id de recurso existente neste ambiente e conta."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup keeps failing until it names an existing resource.", PT: "A consulta continua falhando até apontar um recurso existente."},
			Source:   adyenErrors + "/not-found (00_404)",
		},
		{
			Code:     "00_422",
			Status:   422,
			Category: Validation,
			Title:    Text{EN: "Unprocessable entity", PT: "Entidade não processável"},
			Meaning: Text{
				EN: "The server can read the request but cannot process the information in it; detail gives the specific message.",
				PT: "O servidor consegue ler a requisição, mas não consegue processar as informações dela; detail traz a mensagem específica.",
			},
			Fix: []Text{
				{EN: "Read detail (and invalidFields) and update the request accordingly.", PT: "Leia o detail (e o invalidFields) e ajuste a requisição."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same information is rejected again.", PT: "As mesmas informações são rejeitadas de novo."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenErrors + "/unprocessable-entity (00_422)",
		},
		{
			Code:     "00_500",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Internal error", PT: "Erro interno"},
			Meaning: Text{
				EN: "Generic internal error: an unrecoverable error happened while performing the request; if detail says \"too many requests\", a rate limit is in place instead.",
				PT: "Erro interno genérico: um erro irrecuperável aconteceu ao executar a requisição; se o detail disser \"too many requests\", trata-se de limite de requisições.",
			},
			Fix: []Text{
				{EN: "Read detail: for too many requests, slow down and retry once the current rate-limit window ends.", PT: "Leia o detail: para too many requests, reduza o ritmo e tente de novo quando a janela atual do limite acabar."},
				{EN: "Otherwise check whether the operation took effect before resending (same Idempotency-Key), and contact Adyen with the requestId if it persists.", PT: "Caso contrário, confira se a operação teve efeito antes de reenviar (mesmo Idempotency-Key), e fale com a Adyen informando o requestId se persistir."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "A write may have taken effect; retry idempotently after checking (or after the rate-limit window when detail says so).", PT: "Uma escrita pode ter tido efeito; tente de novo de forma idempotente depois de conferir (ou depois da janela de limite, quando o detail indicar)."},
			Idempotency: Text{EN: adyenIdemSameEN, PT: adyenIdemSamePT},
			Source:      adyenErrors + "/internal (00_500)",
		},
		{
			Code:     "99_500",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Error processing request", PT: "Erro ao processar a requisição"},
			Meaning: Text{
				EN: "Generic catch-all error: Adyen's servers could not process the request.",
				PT: "Erro genérico de último recurso: os servidores da Adyen não conseguiram processar a requisição.",
			},
			Fix: []Text{
				{EN: "Check whether the operation took effect, resend with the same Idempotency-Key, and contact your Adyen contact with the requestId if it persists.", PT: "Confira se a operação teve efeito, reenvie com o mesmo Idempotency-Key e fale com seu contato na Adyen informando o requestId se persistir."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The outcome of a write is unknown; retry only idempotently or after checking.", PT: "O resultado de uma escrita é incerto; tente de novo só de forma idempotente ou depois de conferir."},
			Idempotency: Text{EN: adyenIdemSameEN, PT: adyenIdemSamePT},
			Source:      adyenErrors + "/processing-error (99_500)",
		},

		// Refusal reasons: resultCode Refused/Cancelled/Error with refusalReasonCode (https://docs.adyen.com/development-resources/refusal-reasons).
		{
			Code:     "2",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Refused", PT: "Recusado"},
			Meaning: Text{
				EN: "The issuer refused the payment without a more specific reason. Adyen answers with HTTP 200 and resultCode Refused: the request was valid, the payment was not.",
				PT: "O emissor recusou o pagamento sem um motivo mais específico. A Adyen responde HTTP 200 com resultCode Refused: a requisição era válida, o pagamento é que não passou.",
			},
			Fix: []Text{
				{EN: "Show the shopper a generic \"payment refused\" message (Adyen asks you not to expose the refusal reason) and ask for another card or payment method.", PT: "Mostre ao comprador uma mensagem genérica de \"pagamento recusado\" (a Adyen pede para não expor o motivo da recusa) e peça outro cartão ou outra forma de pagamento."},
				{EN: "The shopper may also contact their bank and try the same card again later.", PT: "O comprador também pode falar com o banco e tentar o mesmo cartão mais tarde."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The issuer refuses the same payment again; a new attempt needs another card or the shopper's action.", PT: "O emissor recusa o mesmo pagamento de novo; uma nova tentativa precisa de outro cartão ou de uma ação do comprador."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (2 - Refused)",
		},
		{
			Code:     "3",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Referral", PT: "Referral (consultar o emissor)"},
			Meaning: Text{
				EN: "The issuer did not approve the payment and refers the shopper to the bank (a \"call issuer\" response), for example to confirm the purchase.",
				PT: "O emissor não aprovou o pagamento e encaminha o comprador ao banco (uma resposta \"consulte o emissor\"), por exemplo para confirmar a compra.",
			},
			Fix: []Text{
				{EN: "Ask the shopper to contact their bank and then try again, or to pay with another card or payment method.", PT: "Peça ao comprador que fale com o banco e tente de novo depois, ou que pague com outro cartão ou outra forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Nothing changes until the shopper settles it with the issuer or uses another card.", PT: "Nada muda até o comprador resolver com o emissor ou usar outro cartão."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (3 - Referral)",
		},
		{
			Code:     "4",
			Status:   0,
			Category: Upstream,
			Title:    Text{EN: "Acquirer Error", PT: "Erro no adquirente"},
			Meaning: Text{
				EN: "The payment did not go through because of an error on the acquirer's side, not because of the card. It usually comes with resultCode Error rather than Refused.",
				PT: "O pagamento não foi concluído por um erro do lado do adquirente, não por causa do cartão. Costuma vir com resultCode Error em vez de Refused.",
			},
			Fix: []Text{
				{EN: "Try the payment again after a short wait, as a new payment attempt.", PT: "Tente o pagamento de novo depois de uma breve espera, como uma nova tentativa de pagamento."},
				{EN: "If it keeps failing, offer another payment method and contact Adyen support with the pspReference.", PT: "Se continuar falhando, ofereça outra forma de pagamento e fale com o suporte da Adyen informando o pspReference."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "An acquirer failure is usually transient; a later attempt can succeed.", PT: "Uma falha do adquirente costuma ser passageira; uma tentativa posterior pode dar certo."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (4 - Acquirer Error)",
		},
		{
			Code:     "5",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Blocked Card", PT: "Cartão bloqueado"},
			Meaning: Text{
				EN: "The card is blocked and cannot be used for payments.",
				PT: "O cartão está bloqueado e não pode ser usado para pagamentos.",
			},
			Fix: []Text{
				{EN: "Ask the shopper for another card or payment method; do not retry this card.", PT: "Peça ao comprador outro cartão ou outra forma de pagamento; não tente este cartão de novo."},
				{EN: "If the card is stored for recurring payments, stop charging it and ask the shopper to update the payment details.", PT: "Se o cartão estiver salvo para pagamentos recorrentes, pare de cobrá-lo e peça ao comprador que atualize os dados de pagamento."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A blocked card is refused every time; retrying only adds declines.", PT: "Um cartão bloqueado é recusado sempre; tentar de novo só acumula recusas."},
			Source:   adyenRefusals + " (5 - Blocked Card)",
		},
		{
			Code:     "6",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Expired Card", PT: "Cartão vencido"},
			Meaning: Text{
				EN: "The card has expired and can no longer be used, or the expiry date sent does not match the card's.",
				PT: "O cartão venceu e não pode mais ser usado, ou a data de validade enviada não confere com a do cartão.",
			},
			Fix: []Text{
				{EN: "Ask the shopper to check the expiry date or to use another card.", PT: "Peça ao comprador que confira a data de validade ou use outro cartão."},
				{EN: "For stored cards, ask the shopper to update the card (or use Adyen's Account Updater, if you have it).", PT: "Para cartões salvos, peça ao comprador que atualize o cartão (ou use o Account Updater da Adyen, se você tiver)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same card details are refused until they are updated.", PT: "Os mesmos dados de cartão são recusados até serem atualizados."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (6 - Expired Card)",
		},
		{
			Code:     "7",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid Amount", PT: "Valor inválido"},
			Meaning: Text{
				EN: "An amount mismatch occurred while processing the payment: the amount is not valid for the card or payment method, or does not match the amount of an earlier step.",
				PT: "Houve divergência de valor no processamento do pagamento: o valor não é válido para o cartão ou a forma de pagamento, ou não confere com o valor de uma etapa anterior.",
			},
			Fix: []Text{
				{EN: "Check amount.value is in minor units for the currency (1000 is 10.00 BRL; some currencies have 0 or 3 decimals) and that amount.currency is right.", PT: "Confira se amount.value está em unidades menores da moeda (1000 é R$ 10,00; algumas moedas têm 0 ou 3 casas decimais) e se amount.currency está correto."},
				{EN: "Make sure the amount is the same in every call of the payment flow (session, /payments, /payments/details).", PT: "Garanta que o valor seja o mesmo em todas as chamadas do fluxo de pagamento (session, /payments, /payments/details)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is refused again; correct it first.", PT: "O mesmo valor é recusado de novo; corrija antes."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenRefusals + " (7 - Invalid Amount)",
		},
		{
			Code:     "8",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid Card Number", PT: "Número do cartão inválido"},
			Meaning: Text{
				EN: "The card number is incorrect or invalid: the issuer does not know it.",
				PT: "O número do cartão está incorreto ou é inválido: o emissor não o reconhece.",
			},
			Fix: []Text{
				{EN: "Ask the shopper to re-enter the card number or use another card.", PT: "Peça ao comprador que digite o número do cartão de novo ou use outro cartão."},
				{EN: "In live, make sure you are not sending a test card number.", PT: "Em produção, garanta que você não está enviando um número de cartão de teste."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same number is refused every time.", PT: "O mesmo número é recusado sempre."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenRefusals + " (8 - Invalid Card Number)",
		},
		{
			Code:     "9",
			Status:   0,
			Category: Upstream,
			Title:    Text{EN: "Issuer Unavailable", PT: "Emissor indisponível"},
			Meaning: Text{
				EN: "It was not possible to contact the shopper's bank to authorise the payment.",
				PT: "Não foi possível contatar o banco do comprador para autorizar o pagamento.",
			},
			Fix: []Text{
				{EN: "Try again after a short wait, as a new payment attempt.", PT: "Tente de novo depois de uma breve espera, como uma nova tentativa de pagamento."},
				{EN: "If the issuer stays unreachable, offer another card or payment method.", PT: "Se o emissor continuar fora do ar, ofereça outro cartão ou outra forma de pagamento."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The issuer's outage is usually temporary; a later attempt can be authorised.", PT: "A indisponibilidade do emissor costuma ser temporária; uma tentativa posterior pode ser autorizada."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (9 - Issuer Unavailable)",
		},
		{
			Code:     "10",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Not supported", PT: "Não suportado"},
			Meaning: Text{
				EN: "The shopper's bank does not support or does not allow this type of transaction (for example online, international or this kind of recurring payment).",
				PT: "O banco do comprador não suporta ou não permite este tipo de transação (por exemplo, online, internacional ou este tipo de pagamento recorrente).",
			},
			Fix: []Text{
				{EN: "Ask the shopper to use another card or payment method, or to ask their bank to enable this type of transaction.", PT: "Peça ao comprador que use outro cartão ou outra forma de pagamento, ou que peça ao banco para liberar este tipo de transação."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The issuer refuses this type of transaction on this card every time.", PT: "O emissor recusa este tipo de transação neste cartão sempre."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (10 - Not supported)",
		},
		{
			Code:     "11",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "3D Not Authenticated", PT: "3D Secure não autenticado"},
			Meaning: Text{
				EN: "3D Secure authentication was not performed or did not succeed, so the issuer refused the payment.",
				PT: "A autenticação 3DS não foi feita ou não teve sucesso, então o emissor recusou o pagamento.",
			},
			Fix: []Text{
				{EN: "Run the 3D Secure flow: handle the action in the /payments response (redirect or challenge) and send its result to /payments/details.", PT: "Execute o fluxo 3D Secure: trate o action da resposta de /payments (redirecionamento ou desafio) e envie o resultado para /payments/details."},
				{EN: "If the shopper failed the challenge, let them try again or use another card.", PT: "Se o comprador falhou no desafio, deixe-o tentar de novo ou usar outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The payment is refused until the shopper completes 3D Secure authentication.", PT: "O pagamento é recusado até o comprador concluir a autenticação 3DS."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (11 - 3D Not Authenticated)",
		},
		{
			Code:     "12",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Not enough balance", PT: "Saldo insuficiente"},
			Meaning: Text{
				EN: "The card does not have enough balance or credit limit to cover the amount.",
				PT: "O cartão não tem saldo ou limite suficiente para cobrir o valor.",
			},
			Fix: []Text{
				{EN: "Ask the shopper for another card or payment method.", PT: "Peça ao comprador outro cartão ou outra forma de pagamento."},
				{EN: "For recurring charges, retry later (for example after the shopper's payday), not in a tight loop.", PT: "Em cobranças recorrentes, tente de novo mais tarde (por exemplo, depois do dia de pagamento do comprador), não em sequência."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The balance does not change in seconds; a new attempt needs another card or more funds.", PT: "O saldo não muda em segundos; uma nova tentativa precisa de outro cartão ou de mais saldo."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (12 - Not enough balance)",
		},
		{
			Code:     "14",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Acquirer Fraud", PT: "Fraude (adquirente)"},
			Meaning: Text{
				EN: "The acquirer or issuer flagged the payment as possible fraud.",
				PT: "O adquirente ou o emissor marcou o pagamento como possível fraude.",
			},
			Fix: []Text{
				{EN: "Do not retry the card. Show the shopper only a generic \"payment refused\" message: Adyen asks you not to expose fraud refusal reasons.", PT: "Não tente o cartão de novo. Mostre ao comprador só uma mensagem genérica de \"pagamento recusado\": a Adyen pede para não expor motivos de recusa por fraude."},
				{EN: "Offer another payment method; the shopper can contact their bank if the purchase is genuine.", PT: "Ofereça outra forma de pagamento; o comprador pode falar com o banco se a compra for legítima."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A payment flagged as fraud must not be retried with the same card.", PT: "Um pagamento marcado como fraude não deve ser repetido com o mesmo cartão."},
			Source:   adyenRefusals + " (14 - Acquirer Fraud)",
		},
		{
			Code:     "15",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "Cancelled", PT: "Cancelado"},
			Meaning: Text{
				EN: "The payment was cancelled before it completed; it usually comes with resultCode Cancelled.",
				PT: "O pagamento foi cancelado antes de ser concluído; costuma vir com resultCode Cancelled.",
			},
			Fix: []Text{
				{EN: "If the order still has to be paid, start a new payment.", PT: "Se o pedido ainda precisa ser pago, inicie um novo pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A cancelled payment stays cancelled; only a new payment can succeed.", PT: "Um pagamento cancelado continua cancelado; só um pagamento novo pode dar certo."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (15 - Cancelled)",
		},
		{
			Code:     "16",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "Shopper Cancelled", PT: "Cancelado pelo comprador"},
			Meaning: Text{
				EN: "The shopper cancelled the payment before completing it (for example in the bank's page, the 3D Secure challenge or on the terminal).",
				PT: "O comprador cancelou o pagamento antes de concluí-lo (por exemplo, na página do banco, no desafio 3DS ou no terminal).",
			},
			Fix: []Text{
				{EN: "Bring the shopper back to checkout and let them start a new payment if they want to.", PT: "Leve o comprador de volta ao checkout e deixe-o iniciar um novo pagamento, se quiser."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The shopper chose to stop; do not resend on their behalf.", PT: "O comprador decidiu parar; não reenvie em nome dele."},
			Source:   adyenRefusals + " (16 - Shopper Cancelled)",
		},
		{
			Code:     "17",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Invalid Pin", PT: "PIN inválido"},
			Meaning: Text{
				EN: "The PIN the shopper entered is incorrect or invalid.",
				PT: "O PIN digitado pelo comprador está incorreto ou é inválido.",
			},
			Fix: []Text{
				{EN: "Let the shopper try again and enter the correct PIN, or use another card.", PT: "Deixe o comprador tentar de novo digitando o PIN correto, ou usar outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "It works once the right PIN is entered; too many wrong PINs lock the card.", PT: "Funciona quando o PIN certo é digitado; PINs errados demais bloqueiam o cartão."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (17 - Invalid Pin)",
		},
		{
			Code:     "18",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Pin tries exceeded", PT: "Tentativas de PIN esgotadas"},
			Meaning: Text{
				EN: "The shopper entered a wrong PIN more than three times in a row, so the card's PIN is blocked.",
				PT: "O comprador digitou o PIN errado mais de três vezes seguidas, então o PIN do cartão está bloqueado.",
			},
			Fix: []Text{
				{EN: "Ask for another card or payment method; the shopper must contact their bank to unblock the PIN.", PT: "Peça outro cartão ou outra forma de pagamento; o comprador precisa falar com o banco para desbloquear o PIN."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The card is refused until the issuer unblocks the PIN.", PT: "O cartão é recusado até o emissor desbloquear o PIN."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (18 - Pin tries exceeded)",
		},
		{
			Code:     "19",
			Status:   0,
			Category: Upstream,
			Title:    Text{EN: "Pin validation not possible", PT: "Não foi possível validar o PIN"},
			Meaning: Text{
				EN: "The PIN could not be validated, so the payment was not authorised.",
				PT: "Não foi possível validar o PIN, então o pagamento não foi autorizado.",
			},
			Fix: []Text{
				{EN: "Let the shopper try again, or pay with another card or payment method.", PT: "Deixe o comprador tentar de novo, ou pagar com outro cartão ou outra forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A new attempt needs the shopper to enter the PIN again or use another card.", PT: "Uma nova tentativa exige que o comprador digite o PIN de novo ou use outro cartão."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (19 - Pin validation not possible)",
		},
		{
			Code:     "20",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "FRAUD", PT: "Fraude (análise de risco)"},
			Meaning: Text{
				EN: "Adyen's pre-authorisation risk checks gave the payment a fraud score of 100 or more, so it was flagged as fraud and refused before reaching the issuer.",
				PT: "As verificações de risco da Adyen antes da autorização deram ao pagamento um score de fraude de 100 ou mais, então ele foi marcado como fraude e recusado antes de chegar ao emissor.",
			},
			Fix: []Text{
				{EN: "Do not retry. Show the shopper only a generic \"payment refused\" message: Adyen asks you not to expose that risk rules refused the payment.", PT: "Não tente de novo. Mostre ao comprador só uma mensagem genérica de \"pagamento recusado\": a Adyen pede para não expor que as regras de risco recusaram o pagamento."},
				{EN: "If genuine payments are being blocked, review the risk rules and the risk score of the payment in the Customer Area (Risk).", PT: "Se pagamentos legítimos estão sendo bloqueados, revise as regras de risco e o score de risco do pagamento na Customer Area (Risk)."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The same payment scores as fraud again; retrying looks like an attack.", PT: "O mesmo pagamento recebe score de fraude de novo; insistir parece um ataque."},
			Source:   adyenRefusals + " (20 - FRAUD)",
		},
		{
			Code:     "21",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Not Submitted", PT: "Não enviado"},
			Meaning: Text{
				EN: "The payment was not submitted correctly for processing, so it never reached authorisation.",
				PT: "O pagamento não foi enviado corretamente para processamento, então nunca chegou à autorização.",
			},
			Fix: []Text{
				{EN: "Check the payment request (payment method data, required fields for this method) against Adyen's documentation for the payment method.", PT: "Confira a requisição de pagamento (dados da forma de pagamento, campos obrigatórios dela) com a documentação da Adyen para essa forma de pagamento."},
				{EN: "If the request looks right, contact Adyen support with the pspReference.", PT: "Se a requisição parecer correta, fale com o suporte da Adyen informando o pspReference."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same submission fails again until the cause is found.", PT: "O mesmo envio falha de novo até a causa ser encontrada."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenRefusals + " (21 - Not Submitted)",
		},
		{
			Code:     "22",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "FRAUD-CANCELLED", PT: "Cancelado por fraude"},
			Meaning: Text{
				EN: "The pre-authorisation and post-authorisation risk checks together gave a fraud score of 100 or more, so Adyen flagged the payment as fraud and cancelled it (even if the issuer had authorised it).",
				PT: "As verificações de risco antes e depois da autorização, somadas, deram score de fraude de 100 ou mais, então a Adyen marcou o pagamento como fraude e o cancelou (mesmo que o emissor o tivesse autorizado).",
			},
			Fix: []Text{
				{EN: "Do not retry or ship the order. Show the shopper only a generic message, without the refusal reason.", PT: "Não tente de novo nem envie o pedido. Mostre ao comprador só uma mensagem genérica, sem o motivo da recusa."},
				{EN: "If genuine payments are being cancelled, review your risk rules in the Customer Area.", PT: "Se pagamentos legítimos estão sendo cancelados, revise suas regras de risco na Customer Area."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The payment was cancelled as fraud; the same attempt scores the same.", PT: "O pagamento foi cancelado como fraude; a mesma tentativa recebe o mesmo score."},
			Source:   adyenRefusals + " (22 - FRAUD-CANCELLED)",
		},
		{
			Code:     "23",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Transaction Not Permitted", PT: "Transação não permitida"},
			Meaning: Text{
				EN: "The issuer does not permit this transaction on this card (for example the card is not enabled for this kind of purchase or merchant).",
				PT: "O emissor não permite esta transação neste cartão (por exemplo, o cartão não está habilitado para este tipo de compra ou de estabelecimento).",
			},
			Fix: []Text{
				{EN: "Ask the shopper for another card or payment method, or to ask their bank to allow the transaction.", PT: "Peça ao comprador outro cartão ou outra forma de pagamento, ou que peça ao banco para liberar a transação."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The issuer refuses the same transaction every time.", PT: "O emissor recusa a mesma transação sempre."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (23 - Transaction Not Permitted)",
		},
		{
			Code:     "24",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "CVC Declined", PT: "CVC recusado"},
			Meaning: Text{
				EN: "The card security code (CVC/CVV) is invalid.",
				PT: "O código de segurança do cartão (CVC/CVV) é inválido.",
			},
			Fix: []Text{
				{EN: "Ask the shopper to re-enter the security code on the back of the card (four digits on the front for Amex), or to use another card.", PT: "Peça ao comprador que digite de novo o código de segurança do verso do cartão (quatro dígitos na frente, no Amex), ou que use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same code is refused again; a corrected CVC can succeed.", PT: "O mesmo código é recusado de novo; um CVC corrigido pode passar."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (24 - CVC Declined)",
		},
		{
			Code:     "25",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Restricted Card", PT: "Cartão com restrição"},
			Meaning: Text{
				EN: "The card is restricted: it cannot be used for this type of transaction or in this country.",
				PT: "O cartão tem restrição: não pode ser usado para este tipo de transação ou neste país.",
			},
			Fix: []Text{
				{EN: "Ask the shopper for another card or payment method.", PT: "Peça ao comprador outro cartão ou outra forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The restriction applies to every attempt with this card.", PT: "A restrição vale para toda tentativa com este cartão."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (25 - Restricted Card)",
		},
		{
			Code:     "26",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Revocation Of Auth", PT: "Autorização revogada"},
			Meaning: Text{
				EN: "The shopper revoked the authorisation for this merchant's payments with the issuer (a stop-payment order), typically on recurring or card-on-file charges.",
				PT: "O comprador revogou junto ao emissor a autorização para os pagamentos deste estabelecimento (uma ordem de suspensão), normalmente em cobranças recorrentes ou com cartão salvo.",
			},
			Fix: []Text{
				{EN: "Stop charging this stored card and disable its recurring token.", PT: "Pare de cobrar este cartão salvo e desative o token recorrente dele."},
				{EN: "Ask the shopper for a new consent and payment method if the subscription should continue.", PT: "Peça ao comprador um novo consentimento e uma nova forma de pagamento, se a assinatura deve continuar."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Retrying a revoked authorisation is refused every time and can bring scheme fees.", PT: "Repetir uma autorização revogada é recusado sempre e pode gerar taxas da bandeira."},
			Source:   adyenRefusals + " (26 - Revocation Of Auth)",
		},
		{
			Code:     "27",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Declined Non Generic", PT: "Recusa não genérica"},
			Meaning: Text{
				EN: "The issuer declined with a response code that Adyen cannot reliably map to a specific reason; it is kept apart from generic declines such as \"Do not honor\".",
				PT: "O emissor recusou com um código de resposta que a Adyen não consegue mapear com segurança para um motivo específico; ele fica separado das recusas genéricas como \"Do not honor\".",
			},
			Fix: []Text{
				{EN: "Ask the shopper for another card or payment method, or to contact their bank.", PT: "Peça ao comprador outro cartão ou outra forma de pagamento, ou que fale com o banco."},
				{EN: "To see the issuer's own answer, enable the raw acquirer result (refusalReasonRaw) in the Customer Area, but do not build logic on it.", PT: "Para ver a resposta original do emissor, habilite o raw acquirer result (refusalReasonRaw) na Customer Area, mas não baseie sua lógica nele."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The issuer declines the same payment again.", PT: "O emissor recusa o mesmo pagamento de novo."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (27 - Declined Non Generic)",
		},
		{
			Code:     "28",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Withdrawal amount exceeded", PT: "Limite de valor excedido"},
			Meaning: Text{
				EN: "The payment exceeds the amount the card is allowed to spend or withdraw (for example its daily or per-transaction limit).",
				PT: "O pagamento ultrapassa o valor que o cartão pode gastar ou sacar (por exemplo, o limite diário ou por transação).",
			},
			Fix: []Text{
				{EN: "Ask the shopper for another card or payment method, or to raise the limit with their bank.", PT: "Peça ao comprador outro cartão ou outra forma de pagamento, ou que aumente o limite com o banco."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The limit stays exceeded until it resets or is raised.", PT: "O limite continua excedido até ser renovado ou aumentado."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (28 - Withdrawal amount exceeded)",
		},
		{
			Code:     "29",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Withdrawal count exceeded", PT: "Limite de transações excedido"},
			Meaning: Text{
				EN: "The card has reached the number of transactions it is allowed in a period.",
				PT: "O cartão atingiu o número de transações permitido no período.",
			},
			Fix: []Text{
				{EN: "Ask the shopper for another card or payment method, or to try again after the limit resets.", PT: "Peça ao comprador outro cartão ou outra forma de pagamento, ou que tente de novo depois que o limite for renovado."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Each new attempt counts against the same exhausted limit.", PT: "Cada nova tentativa conta contra o mesmo limite já esgotado."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (29 - Withdrawal count exceeded)",
		},
		{
			Code:     "31",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Issuer Suspected Fraud", PT: "Suspeita de fraude pelo emissor"},
			Meaning: Text{
				EN: "The issuer suspects the payment is fraudulent and refused it.",
				PT: "O emissor suspeita que o pagamento é fraudulento e o recusou.",
			},
			Fix: []Text{
				{EN: "Do not retry the card. Show the shopper a generic \"payment refused\" message, without the refusal reason.", PT: "Não tente o cartão de novo. Mostre ao comprador uma mensagem genérica de \"pagamento recusado\", sem o motivo da recusa."},
				{EN: "Offer another payment method; the shopper can confirm the purchase with their bank.", PT: "Ofereça outra forma de pagamento; o comprador pode confirmar a compra com o banco."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Retrying a payment the issuer flagged as fraud is refused again and hurts your standing with the schemes.", PT: "Repetir um pagamento que o emissor marcou como fraude é recusado de novo e prejudica sua reputação com as bandeiras."},
			Source:   adyenRefusals + " (31 - Issuer Suspected Fraud)",
		},
		{
			Code:     "32",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "AVS Declined", PT: "Recusado pelo AVS"},
			Meaning: Text{
				EN: "The address verification (AVS) failed: the billing address sent does not match the one the issuer has for the card.",
				PT: "A verificação de endereço (AVS) falhou: o endereço de cobrança enviado não confere com o que o emissor tem para o cartão.",
			},
			Fix: []Text{
				{EN: "Ask the shopper to check the billing address (street, house number, postal code) and send it correctly in billingAddress.", PT: "Peça ao comprador que confira o endereço de cobrança (rua, número, CEP) e envie-o corretamente em billingAddress."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same address fails the check again.", PT: "O mesmo endereço falha na verificação de novo."},
			Idempotency: Text{EN: adyenIdemFixEN, PT: adyenIdemFixPT},
			Source:      adyenRefusals + " (32 - AVS Declined)",
		},
		{
			Code:     "33",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Card requires online pin", PT: "Cartão exige PIN online"},
			Meaning: Text{
				EN: "The card requires the shopper to enter an online PIN (usually at a point-of-sale terminal).",
				PT: "O cartão exige que o comprador digite um PIN online (normalmente num terminal de ponto de venda).",
			},
			Fix: []Text{
				{EN: "Start the payment again and let the shopper enter the PIN (insert the card instead of tapping), or use another card.", PT: "Inicie o pagamento de novo e deixe o comprador digitar o PIN (inserindo o cartão em vez de aproximar), ou use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "It succeeds once the payment is made with the PIN.", PT: "Passa quando o pagamento é feito com o PIN."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (33 - Card requires online pin)",
		},
		{
			Code:     "34",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "No checking account available on Card", PT: "Cartão sem conta corrente"},
			Meaning: Text{
				EN: "The shopper chose the checking account, but the card has no checking account linked.",
				PT: "O comprador escolheu a conta corrente, mas o cartão não tem conta corrente vinculada.",
			},
			Fix: []Text{
				{EN: "Let the shopper pay again choosing another account type (savings or credit), or use another card.", PT: "Deixe o comprador pagar de novo escolhendo outro tipo de conta (poupança ou crédito), ou usar outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same account type is refused every time.", PT: "O mesmo tipo de conta é recusado sempre."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (34 - No checking account available on Card)",
		},
		{
			Code:     "35",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "No savings account available on Card", PT: "Cartão sem conta poupança"},
			Meaning: Text{
				EN: "The shopper chose the savings account, but the card has no savings account linked.",
				PT: "O comprador escolheu a conta poupança, mas o cartão não tem conta poupança vinculada.",
			},
			Fix: []Text{
				{EN: "Let the shopper pay again choosing another account type (checking or credit), or use another card.", PT: "Deixe o comprador pagar de novo escolhendo outro tipo de conta (corrente ou crédito), ou usar outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same account type is refused every time.", PT: "O mesmo tipo de conta é recusado sempre."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (35 - No savings account available on Card)",
		},
		{
			Code:     "36",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Mobile pin required", PT: "PIN no celular exigido"},
			Meaning: Text{
				EN: "The issuer requires the shopper to verify the payment with a PIN on their mobile device (for a contactless mobile-wallet payment).",
				PT: "O emissor exige que o comprador confirme o pagamento com um PIN no próprio celular (num pagamento por aproximação com carteira digital).",
			},
			Fix: []Text{
				{EN: "Ask the shopper to unlock or verify on their phone and tap again, or to use another card.", PT: "Peça ao comprador que desbloqueie ou confirme no celular e aproxime de novo, ou que use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "It succeeds once the shopper verifies on the device.", PT: "Passa quando o comprador confirma no aparelho."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (36 - Mobile pin required)",
		},
		{
			Code:     "37",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Contactless fallback", PT: "Fallback do pagamento por aproximação"},
			Meaning: Text{
				EN: "After a contactless attempt the shopper was asked to use another entry method (insert the card and enter the PIN, or swipe) and abandoned the payment.",
				PT: "Depois de uma tentativa por aproximação, o comprador foi orientado a usar outro modo de leitura (inserir o cartão e digitar o PIN, ou passar a tarja) e abandonou o pagamento.",
			},
			Fix: []Text{
				{EN: "Start the payment again and ask the shopper to insert the card (chip and PIN), or to use another card.", PT: "Inicie o pagamento de novo e peça ao comprador que insira o cartão (chip e PIN), ou que use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Another contactless tap is refused the same way; the card must be inserted.", PT: "Outra aproximação é recusada do mesmo jeito; o cartão precisa ser inserido."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (37 - Contactless fallback)",
		},
		{
			Code:     "38",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Authentication required", PT: "Autenticação exigida"},
			Meaning: Text{
				EN: "The issuer declined the request to exempt the payment from strong customer authentication and requires 3D Secure authentication.",
				PT: "O emissor recusou o pedido de isenção da autenticação forte do cliente (SCA) e exige a autenticação 3DS.",
			},
			Fix: []Text{
				{EN: "Make a new payment with 3D Secure: do not request the exemption, and handle the challenge action in your checkout.", PT: "Faça um novo pagamento com 3D Secure: não peça a isenção e trate o action de desafio no seu checkout."},
				{EN: "For payments without the shopper present, bring the shopper back to authenticate.", PT: "Em pagamentos sem o comprador presente, traga o comprador de volta para autenticar."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Adyen says to retry with 3D Secure; without authentication the issuer refuses again.", PT: "A Adyen orienta tentar de novo com 3D Secure; sem autenticação o emissor recusa de novo."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (38 - Authentication required)",
		},
		{
			Code:     "39",
			Status:   0,
			Category: Upstream,
			Title:    Text{EN: "RReq not received from DS", PT: "RReq não recebido do DS"},
			Meaning: Text{
				EN: "In a 3D Secure 2 challenge, the issuer's result (the RReq) did not arrive from the card scheme's directory server, so the authentication outcome is missing and the payment was refused.",
				PT: "Num desafio 3DS 2, o resultado do emissor (o RReq) não chegou pelo directory server da bandeira, então falta o resultado da autenticação e o pagamento foi recusado.",
			},
			Fix: []Text{
				{EN: "Let the shopper try again after a moment with a new payment and a new 3D Secure authentication.", PT: "Deixe o comprador tentar de novo depois de um momento, com um novo pagamento e uma nova autenticação 3DS."},
				{EN: "If it repeats, offer another card or payment method.", PT: "Se repetir, ofereça outro cartão ou outra forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The failure is between issuer and scheme and often temporary, but a new attempt needs the shopper to authenticate again.", PT: "A falha é entre emissor e bandeira e muitas vezes temporária, mas uma nova tentativa exige que o comprador autentique de novo."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (39 - RReq not received from DS)",
		},
		{
			Code:     "40",
			Status:   0,
			Category: Upstream,
			Title:    Text{EN: "Current AID is in Penalty Box", PT: "AID atual em penalidade (penalty box)"},
			Meaning: Text{
				EN: "The terminal has temporarily set aside the card's payment application (AID) because the payment network behind it could not be reached.",
				PT: "O terminal deixou temporariamente de lado a aplicação de pagamento do cartão (AID) porque a rede de pagamento por trás dela não pôde ser alcançada.",
			},
			Fix: []Text{
				{EN: "Ask the shopper for another card (of another scheme) or payment method.", PT: "Peça ao comprador outro cartão (de outra bandeira) ou outra forma de pagamento."},
				{EN: "Try this card again later, once the network is reachable.", PT: "Tente este cartão de novo mais tarde, quando a rede voltar."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same card application is refused until the terminal releases it; another card works now.", PT: "A mesma aplicação do cartão é recusada até o terminal liberá-la; outro cartão funciona agora."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (40 - Current AID is in Penalty Box)",
		},
		{
			Code:     "41",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "CVM Required Restart Payment", PT: "CVM exigido, reinicie o pagamento"},
			Meaning: Text{
				EN: "The card requires a cardholder verification method (CVM), such as a PIN or signature, that was not performed; the payment must be restarted.",
				PT: "O cartão exige um método de verificação do portador (CVM), como PIN ou assinatura, que não foi feito; o pagamento precisa ser reiniciado.",
			},
			Fix: []Text{
				{EN: "Restart the payment on the terminal and let the shopper complete the verification (for example insert the card and enter the PIN).", PT: "Reinicie o pagamento no terminal e deixe o comprador concluir a verificação (por exemplo, inserir o cartão e digitar o PIN)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "It succeeds when the restarted payment includes the verification.", PT: "Passa quando o pagamento reiniciado inclui a verificação."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (41 - CVM Required Restart Payment)",
		},
		{
			Code:     "42",
			Status:   0,
			Category: Upstream,
			Title:    Text{EN: "3DS Authentication Error", PT: "Erro na autenticação 3DS"},
			Meaning: Text{
				EN: "3D Secure authentication failed because of a problem at the card network or the issuer, not because of the shopper.",
				PT: "A autenticação 3DS falhou por um problema na bandeira ou no emissor, não por causa do comprador.",
			},
			Fix: []Text{
				{EN: "Let the shopper try again later with a new payment that runs the 3D Secure flow again.", PT: "Deixe o comprador tentar de novo mais tarde, com um novo pagamento que execute o fluxo 3DS de novo."},
				{EN: "Offer another card or payment method meanwhile.", PT: "Enquanto isso, ofereça outro cartão ou outra forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Authenticating again right away usually hits the same problem; a new attempt needs a new authentication or another card.", PT: "Autenticar de novo na hora costuma esbarrar no mesmo problema; uma nova tentativa precisa de nova autenticação ou de outro cartão."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (42 - 3DS Authentication Error)",
		},
		{
			Code:     "43",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Online PIN required", PT: "PIN online exigido"},
			Meaning: Text{
				EN: "The issuer requires the shopper to enter an online PIN for this payment (at a point-of-sale terminal).",
				PT: "O emissor exige que o comprador digite um PIN online neste pagamento (num terminal de ponto de venda).",
			},
			Fix: []Text{
				{EN: "Start the payment again and let the shopper enter the PIN, or use another card.", PT: "Inicie o pagamento de novo e deixe o comprador digitar o PIN, ou use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "It succeeds once the payment is made with the PIN.", PT: "Passa quando o pagamento é feito com o PIN."},
			Idempotency: Text{EN: adyenIdemNewEN, PT: adyenIdemNewPT},
			Source:      adyenRefusals + " (43 - Online PIN required)",
		},
		{
			Code:     "46",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Transaction blocked by Adyen to prevent excessive retry fees", PT: "Transação bloqueada pela Adyen para evitar taxas por excesso de retentativas"},
			Meaning: Text{
				EN: "Adyen blocked the payment itself, without sending it to the issuer, because another attempt on this card would break the card schemes' retry rules and incur excessive-retry fees (too many refused attempts, or an earlier decline that must not be retried).",
				PT: "A própria Adyen bloqueou o pagamento, sem enviá-lo ao emissor, porque mais uma tentativa neste cartão violaria as regras de retentativa das bandeiras e geraria taxas por excesso de retentativas (tentativas recusadas demais, ou uma recusa anterior que não pode ser repetida).",
			},
			Fix: []Text{
				{EN: "Stop retrying this card: fix the retry logic (no automatic loops, no retries after \"do not retry\" declines).", PT: "Pare de tentar este cartão: corrija a lógica de retentativa (sem loops automáticos, sem repetir depois de recusas do tipo \"não tente de novo\")."},
				{EN: "Ask the shopper for another card or payment method.", PT: "Peça ao comprador outro cartão ou outra forma de pagamento."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Every further attempt on this card is blocked and counts against the scheme limits.", PT: "Toda nova tentativa neste cartão é bloqueada e conta contra os limites das bandeiras."},
			Source:   adyenRefusals + " (46 - Transaction blocked by Adyen to prevent excessive retry fees)",
		},
	},
}
