// Mercado Pago's error catalog, built from Mercado Pago's public developer documentation:
// the Payments API reference "Criar pagamento" (POST /v1/payments, its 400/401/403 error
// list of cause codes), the older edition of the same reference (2001, and 404 2000 Payment
// not found), the Checkout API "Response handling" guide (status_detail values of a created
// payment) and the error envelope {message, error, status, cause[]} its APIs answer with.

package catalog

// MercadoPago is Mercado Pago's online payments API (api.mercadopago.com).
//
// Error bodies look like {"message":"…","error":"bad_request","status":400,
// "cause":[{"code":4020,"description":"…","data":"…"}]}: the numeric cause[].code is the
// precise code (looked up here as a string, e.g. "4020"), error is a lower-case snake_case
// class (bad_request, unauthorized, not_found, internal_error) used when cause is empty.
// The policy agent answers 403 with {"message","code":"PA_UNAUTHORIZED_RESULT_FROM_POLICIES",
// "status":403,"blocked_by":"PolicyAgent"}. A refused card payment is not an error body:
// it is a 201 payment with status "rejected" (or "in_process") and the reason in
// status_detail (e.g. cc_rejected_insufficient_amount). Mercado Libre's APIs share the
// {message,error,status,cause} envelope, so the host matters for attribution.
var MercadoPago = Provider{
	ID:        "mercadopago",
	Name:      "Mercado Pago",
	Masculine: true,
	DocsURL:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post",
	Hosts:     []string{"api.mercadopago.com"},
	Envelope: Text{
		EN: "JSON body {message, error, status, cause:[{code, description, data}]}: cause[].code is a number (e.g. 2034, 4020) naming the precise problem, error is a snake_case class (bad_request, unauthorized, not_found, internal_error), status repeats the HTTP status; the policy agent's 403 carries {message, code, status, blocked_by:'PolicyAgent'} instead. Card refusals come as a 201 payment with status rejected or in_process and the reason in status_detail.",
		PT: "Corpo JSON {message, error, status, cause:[{code, description, data}]}: cause[].code é um número (ex.: 2034, 4020) que identifica o problema exato, error é uma classe em snake_case (bad_request, unauthorized, not_found, internal_error) e status repete o status HTTP; o 403 do policy agent traz {message, code, status, blocked_by:'PolicyAgent'} em vez disso. Recusas de cartão chegam como um pagamento 201 com status rejected ou in_process e o motivo em status_detail.",
	},
	RateLimitHeaders:  nil,
	IdempotencyHeader: "X-Idempotency-Key",
	Support: Text{
		EN: "Send Mercado Pago support the payment id (if one was created), the endpoint, the time of the request, the X-Idempotency-Key you used and the cause[].data value of the error (it carries a timestamp and a request id, e.g. 30-01-2026T12:28:24UTC;849024d3-…). Never send the access token.",
		PT: "Envie ao suporte do Mercado Pago o id do pagamento (se algum foi criado), o endpoint, o horário da requisição, o X-Idempotency-Key usado e o valor de cause[].data do erro (ele traz um timestamp e um id de requisição, ex.: 30-01-2026T12:28:24UTC;849024d3-…). Nunca envie o access token.",
	},
	Source: "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (Criar pagamento: X-Idempotency-Key obrigatório, erros 400/401/403); https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (status_detail); https://www.mercadopago.com.br/developers/pt/docs/wallet-connect/payment-flow/idempotency (X-Idempotency-Key)",
	Entries: []Entry{
		// Payments API reference, POST /v1/payments: 400 Error
		{
			Code:     "1",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Parameter error", PT: "Erro de parâmetros"},
			Meaning: Text{
				EN: "Mercado Pago rejected the parameters of the payment request as a whole (Params Error): a field is missing, misnamed or has the wrong type.",
				PT: "O Mercado Pago rejeitou os parâmetros da requisição de pagamento como um todo (Params Error): falta um campo, algum nome está errado ou o tipo não confere.",
			},
			Fix: []Text{
				{EN: "Compare the body with the POST /v1/payments reference: field names, types and nesting (e.g. payer.identification.number).", PT: "Compare o corpo com a referência do POST /v1/payments: nomes, tipos e aninhamento dos campos (ex.: payer.identification.number)."},
				{EN: "Read every cause[] entry of the response; each one names a field.", PT: "Leia todas as entradas de cause[] da resposta; cada uma aponta um campo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same parameters are rejected every time; only a corrected request can succeed.", PT: "Os mesmos parâmetros são rejeitados sempre; só uma requisição corrigida pode dar certo."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 1 Params Error)",
		},
		{
			Code:     "2001",
			Status:   400,
			Category: Conflict,
			Title:    Text{EN: "Same request already posted in the last minute", PT: "Mesma requisição já enviada no último minuto"},
			Meaning: Text{
				EN: "An identical payment request reached Mercado Pago less than a minute ago, so this one was refused as a probable duplicate; the first one may well have created a payment.",
				PT: "Uma requisição de pagamento idêntica chegou ao Mercado Pago há menos de um minuto, então esta foi recusada como provável duplicidade; a primeira pode muito bem ter criado um pagamento.",
			},
			Fix: []Text{
				{EN: "Look the earlier attempt up (GET /v1/payments/search by external_reference) before sending anything else.", PT: "Consulte a tentativa anterior (GET /v1/payments/search por external_reference) antes de enviar qualquer outra coisa."},
				{EN: "Stop double submissions in your checkout (disable the pay button while the request is in flight).", PT: "Evite envios duplos no seu checkout (desabilite o botão de pagar enquanto a requisição está em andamento)."},
				{EN: "If no payment exists, send it again after a minute with the same X-Idempotency-Key.", PT: "Se nenhum pagamento existir, reenvie depois de um minuto com o mesmo X-Idempotency-Key."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The earlier identical request may have created the payment; check before resending or the buyer may pay twice.", PT: "A requisição idêntica anterior pode ter criado o pagamento; verifique antes de reenviar ou o comprador pode pagar duas vezes."},
			Idempotency: Text{EN: "Send every payment creation with an X-Idempotency-Key (a UUID per purchase attempt) and reuse it on resends: Mercado Pago then returns the existing payment instead of creating another.", PT: "Envie toda criação de pagamento com um X-Idempotency-Key (um UUID por tentativa de compra) e reutilize-o nos reenvios: o Mercado Pago devolve o pagamento existente em vez de criar outro."},
			Source:      "https://www.mercadopago.cl/developers/en/reference/payments/_payments/post (earlier edition of the reference: 2001 Already posted the same request in the last minute); https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (801, same message: try again in a few minutes)",
		},
		{
			Code:     "2002",
			Status:   400,
			Category: NotFound,
			Title:    Text{EN: "Customer not found", PT: "Cliente não encontrado"},
			Meaning: Text{
				EN: "The payer.id (a customer saved in Mercado Pago's Customers API) does not exist for this account and environment.",
				PT: "O payer.id (um cliente salvo na API de Customers do Mercado Pago) não existe para esta conta e ambiente.",
			},
			Fix: []Text{
				{EN: "Check the customer id, or search it with GET /v1/customers/search?email=… .", PT: "Confira o id do cliente, ou busque-o com GET /v1/customers/search?email=… ."},
				{EN: "Make sure the customer was created with the same credentials (test or production) you use now.", PT: "Garanta que o cliente foi criado com as mesmas credenciais (teste ou produção) que você usa agora."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The payment will keep failing until it names an existing customer of this account.", PT: "O pagamento vai continuar falhando até apontar um cliente existente desta conta."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2002 Customer not found)",
		},
		{
			Code:     "2004",
			Status:   400,
			Category: Upstream,
			Title:    Text{EN: "Gateway transactions call failed", PT: "Falha na chamada ao gateway de transações"},
			Meaning: Text{
				EN: "Mercado Pago's own call to its Gateway Transactions API failed while processing the payment (POST to Gateway Transactions API fail); the request itself may be fine.",
				PT: "A chamada interna do Mercado Pago à sua API de Gateway Transactions falhou ao processar o pagamento (POST to Gateway Transactions API fail); a requisição em si pode estar correta.",
			},
			Fix: []Text{
				{EN: "Wait a few seconds and resend with the same X-Idempotency-Key, backing off (1 s, 2 s, 4 s, 8 s).", PT: "Aguarde alguns segundos e reenvie com o mesmo X-Idempotency-Key, aumentando o intervalo (1 s, 2 s, 4 s, 8 s)."},
				{EN: "If it persists, check the Mercado Pago status page and contact support with the cause[].data value.", PT: "Se persistir, verifique a página de status do Mercado Pago e contate o suporte com o valor de cause[].data."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "A failure between Mercado Pago's internal services is usually transient; the same request can succeed shortly.", PT: "Uma falha entre serviços internos do Mercado Pago costuma ser passageira; a mesma requisição pode dar certo em instantes."},
			Idempotency: Text{EN: "Resend only with the same X-Idempotency-Key, so that a payment the gateway did register is returned instead of created twice.", PT: "Reenvie só com o mesmo X-Idempotency-Key, para que um pagamento que o gateway tenha registrado seja devolvido em vez de criado duas vezes."},
			Source:      "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2004 POST to Gateway Transactions API fail)",
		},
		{
			Code:     "2006",
			Status:   400,
			Category: NotFound,
			Title:    Text{EN: "Card token not found", PT: "Token do cartão não encontrado"},
			Meaning: Text{
				EN: "The token sent in the payment does not match any card token Mercado Pago knows, e.g. it was created with another public key or environment, or it expired.",
				PT: "O token enviado no pagamento não corresponde a nenhum card token conhecido pelo Mercado Pago, por exemplo foi criado com outra public key ou outro ambiente, ou expirou.",
			},
			Fix: []Text{
				{EN: "Create a new card token in the browser (MercadoPago.js / Card Payment Brick) right before creating the payment.", PT: "Crie um novo card token no navegador (MercadoPago.js / Card Payment Brick) logo antes de criar o pagamento."},
				{EN: "Use the public key and the access token of the same application and environment.", PT: "Use a public key e o access token da mesma aplicação e do mesmo ambiente."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown token stays unknown; the payment needs a freshly created one.", PT: "Um token desconhecido continua desconhecido; o pagamento precisa de um token recém-criado."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2006 Card Token not found)",
		},
		{
			Code:     "2034",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid users involved", PT: "Usuários envolvidos inválidos"},
			Meaning: Text{
				EN: "The payment mixes test and real users (e.g. a production collector with a test payer, or test credentials with a real e-mail), or the sponsor_id is wrong.",
				PT: "O pagamento mistura usuários de teste e reais (ex.: coletor de produção com pagador de teste, ou credenciais de teste com e-mail real), ou o sponsor_id está errado.",
			},
			Fix: []Text{
				{EN: "Use only test users with test credentials, or only real users with production credentials.", PT: "Use só usuários de teste com credenciais de teste, ou só usuários reais com credenciais de produção."},
				{EN: "Check the payer.email and, if you send it, the sponsor_id.", PT: "Confira o payer.email e, se enviar, o sponsor_id."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same combination of users is refused every time.", PT: "A mesma combinação de usuários é recusada sempre."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2034 Invalid users involved)",
		},
		{
			Code:     "2062",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid card token", PT: "Card token inválido"},
			Meaning: Text{
				EN: "The card token exists but cannot be used for this payment, typically because it was already used once: card tokens are single-use.",
				PT: "O card token existe, mas não pode ser usado neste pagamento, normalmente porque já foi usado uma vez: card tokens são de uso único.",
			},
			Fix: []Text{
				{EN: "Generate a new card token for every payment attempt, including retries after a rejection.", PT: "Gere um novo card token a cada tentativa de pagamento, inclusive nas novas tentativas após uma recusa."},
				{EN: "Check that the token is the one returned for this buyer's card data.", PT: "Confira se o token é o retornado para os dados do cartão deste comprador."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A spent or invalid token never becomes valid again; only a new token can succeed.", PT: "Um token já usado ou inválido nunca volta a valer; só um token novo pode dar certo."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2062 Invalid card token)",
		},
		{
			Code:     "2067",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid identification number", PT: "Número de identificação inválido"},
			Meaning: Text{
				EN: "The payer's document number (payer.identification.number, a CPF or CNPJ in Brazil) is not valid for the identification type sent.",
				PT: "O número do documento do pagador (payer.identification.number, um CPF ou CNPJ no Brasil) não é válido para o tipo de identificação enviado.",
			},
			Fix: []Text{
				{EN: "Send digits only and check the CPF/CNPJ check digits.", PT: "Envie só números e confira os dígitos verificadores do CPF/CNPJ."},
				{EN: "Make payer.identification.type match the number (CPF with 11 digits, CNPJ with 14).", PT: "Faça payer.identification.type corresponder ao número (CPF com 11 dígitos, CNPJ com 14)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same document number is rejected every time.", PT: "O mesmo número de documento é rejeitado sempre."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2067 Invalid user identification number)",
		},
		{
			Code:     "2072",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid transaction_amount", PT: "transaction_amount inválido"},
			Meaning: Text{
				EN: "The transaction_amount is not an acceptable value for this payment: zero, negative, too many decimals or outside the limits of the payment method.",
				PT: "O transaction_amount não é um valor aceitável para este pagamento: zero, negativo, com casas decimais demais ou fora dos limites do meio de pagamento.",
			},
			Fix: []Text{
				{EN: "Send a positive number in reais with at most two decimals (e.g. 58.8).", PT: "Envie um número positivo em reais com no máximo duas casas decimais (ex.: 58.8)."},
				{EN: "Check the minimum and maximum amount of the payment method (GET /v1/payment_methods).", PT: "Confira o valor mínimo e máximo do meio de pagamento (GET /v1/payment_methods)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same amount is rejected every time.", PT: "O mesmo valor é rejeitado sempre."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2072 Invalid value for transaction_amount)",
		},
		{
			Code:     "2077",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Deferred capture not supported", PT: "Captura posterior não suportada"},
			Meaning: Text{
				EN: "The payment asked to authorize now and capture later (capture: false), but this card or payment method does not support deferred capture (often debit cards).",
				PT: "O pagamento pediu para autorizar agora e capturar depois (capture: false), mas este cartão ou meio de pagamento não suporta captura posterior (frequentemente cartões de débito).",
			},
			Fix: []Text{
				{EN: "Send capture: true for this payment method, or ask the buyer for a credit card.", PT: "Envie capture: true para este meio de pagamento, ou peça ao comprador um cartão de crédito."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The payment method will not allow deferred capture; change the request.", PT: "O meio de pagamento não vai permitir captura posterior; mude a requisição."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2077 Deferred capture not supported)",
		},
		{
			Code:     "2131",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Cannot infer payment method", PT: "Não foi possível inferir o meio de pagamento"},
			Meaning: Text{
				EN: "Mercado Pago could not work out the payment method from the request: payment_method_id is missing or does not match the card token, or the installments do not fit it.",
				PT: "O Mercado Pago não conseguiu deduzir o meio de pagamento a partir da requisição: payment_method_id ausente ou incompatível com o card token, ou parcelas (installments) incompatíveis.",
			},
			Fix: []Text{
				{EN: "Send the payment_method_id returned for the card's BIN (e.g. master, visa, pix, bolbradesco).", PT: "Envie o payment_method_id retornado para o BIN do cartão (ex.: master, visa, pix, bolbradesco)."},
				{EN: "Check that installments is allowed for that method.", PT: "Confira se o número de parcelas (installments) é permitido para esse meio."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Without a consistent payment method the request fails every time.", PT: "Sem um meio de pagamento coerente a requisição falha sempre."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 2131 Cannot infer Payment Method)",
		},
		{
			Code:     "3001",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Card issuer missing", PT: "Emissor do cartão não informado"},
			Meaning: Text{
				EN: "This card payment needs the card issuer (issuer_id / cardissuer_id) and it was not sent.",
				PT: "Este pagamento com cartão precisa do emissor do cartão (issuer_id / cardissuer_id) e ele não foi enviado.",
			},
			Fix: []Text{
				{EN: "Send issuer_id as returned by the issuers lookup for the card's BIN (MercadoPago.js getIssuers / the Brick's form data).", PT: "Envie o issuer_id retornado pela consulta de emissores para o BIN do cartão (getIssuers do MercadoPago.js / dados do formulário do Brick)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The payment cannot go through without the issuer; add it and resend.", PT: "O pagamento não passa sem o emissor; inclua-o e reenvie."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 3001 You must provide your cardissuer_id with your card data)",
		},
		{
			Code:     "3003",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid card_token_id", PT: "card_token_id inválido"},
			Meaning: Text{
				EN: "The card token id is not valid for this payment, most often because it was already used by an earlier attempt.",
				PT: "O id do card token não é válido para este pagamento, na maioria das vezes porque já foi usado por uma tentativa anterior.",
			},
			Fix: []Text{
				{EN: "Create a new card token and send the payment with it.", PT: "Crie um novo card token e envie o pagamento com ele."},
				{EN: "Do not reuse tokens between attempts, even after a rejection.", PT: "Não reutilize tokens entre tentativas, nem depois de uma recusa."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A used or invalid token is refused every time.", PT: "Um token usado ou inválido é recusado sempre."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 3003 Invalid card_token_id)",
		},
		{
			Code:     "3005",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Action not valid in the resource's state", PT: "Ação inválida no estado do recurso"},
			Meaning: Text{
				EN: "The payment (or other resource) is in a state that does not allow this operation, e.g. capturing, cancelling or refunding a payment that is already cancelled, refunded or still pending.",
				PT: "O pagamento (ou outro recurso) está num estado que não permite esta operação, por exemplo capturar, cancelar ou reembolsar um pagamento já cancelado, reembolsado ou ainda pendente.",
			},
			Fix: []Text{
				{EN: "GET the payment and read status and status_detail before acting on it.", PT: "Faça GET do pagamento e leia status e status_detail antes de agir sobre ele."},
				{EN: "Only refund approved payments and only cancel pending or in_process ones.", PT: "Só reembolse pagamentos aprovados e só cancele pagamentos pending ou in_process."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "While the resource stays in that state the same operation keeps failing; decide the next step from its current status.", PT: "Enquanto o recurso estiver nesse estado, a mesma operação continua falhando; decida o próximo passo pelo status atual."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 3005 Not valid action, the resource is in a state that does not allow this operation)",
		},
		{
			Code:     "3034",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Card number failed validation", PT: "Número do cartão não passou na validação"},
			Meaning: Text{
				EN: "The card number inside the token does not pass Mercado Pago's validation for the card brand (typically a mistyped digit); the token was accepted but the payment is not.",
				PT: "O número do cartão dentro do token não passa na validação do Mercado Pago para a bandeira (normalmente um dígito digitado errado); o token foi aceito, mas o pagamento não.",
			},
			Fix: []Text{
				{EN: "Ask the buyer to re-enter the card number, then create a new card token.", PT: "Peça ao comprador para digitar de novo o número do cartão e crie um novo card token."},
				{EN: "Show a clear message such as 'check the card number' instead of the raw text.", PT: "Mostre uma mensagem clara como 'confira o número do cartão' em vez do texto cru."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same card data fails every time; it must be corrected and tokenized again.", PT: "Os mesmos dados de cartão falham sempre; precisam ser corrigidos e tokenizados de novo."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 3034 Invalid card_number_validation)",
		},
		{
			Code:     "4020",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid notification_url", PT: "notification_url inválida"},
			Meaning: Text{
				EN: "The notification_url sent with the payment is not a valid URL (the API's own text spells it notificaction_url); webhooks could not be delivered to it.",
				PT: "A notification_url enviada com o pagamento não é uma URL válida (o próprio texto da API escreve notificaction_url); os webhooks não poderiam ser entregues nela.",
			},
			Fix: []Text{
				{EN: "Send a public https:// URL (not localhost), shorter than 500 characters (longer ones give 4021).", PT: "Envie uma URL pública https:// (não localhost), com menos de 500 caracteres (mais longas dão 4021)."},
				{EN: "Or remove notification_url and configure webhooks in Your integrations.", PT: "Ou remova a notification_url e configure os webhooks em Suas integrações."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The URL is rejected every time until it is corrected.", PT: "A URL é rejeitada sempre até ser corrigida."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 4020 notification_url must be a valid URL starting with https://; 4021 shorter than 500 characters)",
		},
		{
			Code:     "4292",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "X-Idempotency-Key header missing", PT: "Cabeçalho X-Idempotency-Key ausente"},
			Meaning: Text{
				EN: "Creating a payment requires the X-Idempotency-Key header and the request came without it (or with it empty).",
				PT: "A criação de pagamento exige o cabeçalho X-Idempotency-Key e a requisição veio sem ele (ou com ele vazio).",
			},
			Fix: []Text{
				{EN: "Generate a unique key (e.g. a UUID) per purchase attempt and send it in X-Idempotency-Key.", PT: "Gere uma chave única (ex.: um UUID) por tentativa de compra e envie-a em X-Idempotency-Key."},
				{EN: "With the SDKs, pass it in the request options (idempotencyKey / custom headers) or update to a version that sends it.", PT: "Com os SDKs, passe-a nas opções da requisição (idempotencyKey / custom headers) ou atualize para uma versão que a envie."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request is refused before processing until the header is present.", PT: "A requisição é recusada antes do processamento até o cabeçalho estar presente."},
			Idempotency: Text{EN: "Nothing was created; add the header and keep the same key for every resend of this purchase attempt.", PT: "Nada foi criado; inclua o cabeçalho e mantenha a mesma chave em todos os reenvios desta tentativa de compra."},
			Source:      "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 4292 Header X-Idempotency-Key can't be null)",
		},
		{
			Code:     "7523",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid expiration date", PT: "Data de validade inválida"},
			Meaning: Text{
				EN: "The card's expiration date is invalid or already past.",
				PT: "A data de validade do cartão é inválida ou já passou.",
			},
			Fix: []Text{
				{EN: "Ask the buyer to check the month and year on the card and tokenize it again.", PT: "Peça ao comprador para conferir o mês e o ano no cartão e tokenize de novo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same expiration date is rejected every time.", PT: "A mesma data de validade é rejeitada sempre."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400: 7523 Invalid expiration date)",
		},
		// Payments API reference: 403 Error
		{
			Code:     "4",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Caller not authorized to access the resource", PT: "Caller não autorizado a acessar o recurso"},
			Meaning: Text{
				EN: "The access token is valid but its owner may not access this resource, e.g. a payment of another collector or an application without the needed permission.",
				PT: "O access token é válido, mas o dono dele não pode acessar este recurso, por exemplo um pagamento de outro coletor ou uma aplicação sem a permissão necessária.",
			},
			Fix: []Text{
				{EN: "Use the access token of the account that owns the resource (for marketplaces, the seller's OAuth token).", PT: "Use o access token da conta dona do recurso (em marketplaces, o token OAuth do vendedor)."},
				{EN: "Check the application's permissions in Your integrations.", PT: "Confira as permissões da aplicação em Suas integrações."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Permissions do not change by retrying; use the right credentials.", PT: "Permissões não mudam ao tentar de novo; use as credenciais certas."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (403: 4 The caller is not authorized to access this resource)",
		},
		{
			Code:     "3002",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Caller not authorized to perform the action", PT: "Caller não autorizado a realizar a ação"},
			Meaning: Text{
				EN: "The credentials may read the resource but not perform this action on it (e.g. refund or cancel on behalf of another account).",
				PT: "As credenciais podem ler o recurso, mas não executar esta ação sobre ele (ex.: reembolsar ou cancelar em nome de outra conta).",
			},
			Fix: []Text{
				{EN: "Perform the action with the collector's own access token.", PT: "Execute a ação com o access token do próprio coletor."},
				{EN: "Check that the OAuth authorization grants the scope this action needs.", PT: "Confira se a autorização OAuth concede o escopo de que esta ação precisa."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same credentials are refused every time.", PT: "As mesmas credenciais são recusadas sempre."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (403: 3002 The caller is not authorized to perform this action)",
		},
		{
			Code:     "PA_UNAUTHORIZED_RESULT_FROM_POLICIES",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Blocked by the policy agent", PT: "Bloqueado pelo policy agent"},
			Meaning: Text{
				EN: "Mercado Pago's PolicyAgent refused the request because at least one policy returned unauthorized, e.g. the Authorization header was dropped on the way or no access token was sent, or the account or application is not allowed to use this API.",
				PT: "O PolicyAgent do Mercado Pago recusou a requisição porque pelo menos uma política retornou unauthorized, por exemplo o cabeçalho Authorization se perdeu no caminho ou nenhum access token foi enviado, ou a conta ou aplicação não pode usar esta API.",
			},
			Fix: []Text{
				{EN: "Send Authorization: Bearer <access token> on every call, from your backend, and check no proxy strips it.", PT: "Envie Authorization: Bearer <access token> em toda chamada, a partir do seu backend, e verifique se nenhum proxy o remove."},
				{EN: "Check the credentials are the right ones (test vs production) for this application.", PT: "Confira se as credenciais são as certas (teste ou produção) para esta aplicação."},
				{EN: "If it persists with correct credentials, contact Mercado Pago support: the block is on their side.", PT: "Se persistir com as credenciais corretas, contate o suporte do Mercado Pago: o bloqueio é do lado deles."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A policy refusal repeats until the credentials or the account's permissions change.", PT: "Uma recusa de política se repete até as credenciais ou as permissões da conta mudarem."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (403: pa_unauthorized_result_from_policies, blocked_by PolicyAgent; responses spell the code in upper case)",
		},
		// Payments API reference (GET /v1/payments/{id}): 404
		{
			Code:     "2000",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Payment not found", PT: "Pagamento não encontrado"},
			Meaning: Text{
				EN: "No payment with this id exists for these credentials: the id is wrong, belongs to another account, or was created in the other environment (test vs production).",
				PT: "Não existe pagamento com este id para estas credenciais: o id está errado, pertence a outra conta ou foi criado no outro ambiente (teste ou produção).",
			},
			Fix: []Text{
				{EN: "Check the payment id (e.g. the data.id of the webhook) and use the collector's access token.", PT: "Confira o id do pagamento (ex.: o data.id do webhook) e use o access token do coletor."},
				{EN: "Query with the credentials of the environment where the payment was created.", PT: "Consulte com as credenciais do ambiente em que o pagamento foi criado."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup keeps failing until it names a payment these credentials can see.", PT: "A consulta continua falhando até apontar um pagamento visível para estas credenciais."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments_id/get (payments reference errors: 404 NOT FOUND, 2000 Payment not found)",
		},
		// Top-level error classes (used when cause[] is empty)
		{
			Code:     "bad_request",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Bad request", PT: "Requisição inválida"},
			Meaning: Text{
				EN: "Mercado Pago refused the request's content; message says what is wrong and cause[], when present, gives the precise numeric code.",
				PT: "O Mercado Pago recusou o conteúdo da requisição; message diz o que está errado e cause[], quando presente, traz o código numérico exato.",
			},
			Fix: []Text{
				{EN: "Read message and every cause[].code/description, and correct those fields.", PT: "Leia message e cada cause[].code/description e corrija esses campos."},
				{EN: "Check the request against the endpoint's reference (names, types, required headers such as X-Idempotency-Key).", PT: "Confira a requisição com a referência do endpoint (nomes, tipos, cabeçalhos obrigatórios como X-Idempotency-Key)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same content is refused every time.", PT: "O mesmo conteúdo é recusado sempre."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (400 errors); envelope as answered by the API, e.g. https://github.com/mercadopago/sdk-php/issues/148",
		},
		{
			Code:     "unauthorized",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Invalid access token", PT: "Access token inválido"},
			Meaning: Text{
				EN: "Mercado Pago could not authenticate the request: the access token is missing, wrong, revoked or lacks the payment scope (the reference's 'Unauthorized use of live credentials').",
				PT: "O Mercado Pago não conseguiu autenticar a requisição: o access token está ausente, errado, revogado ou sem o escopo payment (o 'Unauthorized use of live credentials' da referência).",
			},
			Fix: []Text{
				{EN: "Send Authorization: Bearer <access token> with the token from Your integrations > Credentials.", PT: "Envie Authorization: Bearer <access token> com o token de Suas integrações > Credenciais."},
				{EN: "Use test credentials with test users and production credentials (APP_USR-…) in production.", PT: "Use credenciais de teste com usuários de teste e credenciais de produção (APP_USR-…) em produção."},
				{EN: "For OAuth tokens, refresh the token if it expired.", PT: "Para tokens OAuth, renove o token se ele expirou."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Without a valid token every request is refused.", PT: "Sem um token válido toda requisição é recusada."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post (401: Unauthorized use of live credentials); body {message:'invalid access token', error:'unauthorized', status:401}",
		},
		{
			Code:     "not_found",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado"},
			Meaning: Text{
				EN: "The resource in the URL (payment, customer, refund, …) does not exist for these credentials, or the path itself is wrong.",
				PT: "O recurso da URL (pagamento, cliente, reembolso, …) não existe para estas credenciais, ou o próprio caminho está errado.",
			},
			Fix: []Text{
				{EN: "Check the id and the path against the API reference.", PT: "Confira o id e o caminho na referência da API."},
				{EN: "Query with the credentials (and environment) that created the resource.", PT: "Consulte com as credenciais (e o ambiente) que criaram o recurso."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup keeps failing until it names an existing resource.", PT: "A consulta continua falhando até apontar um recurso existente."},
			Source:   "https://www.mercadopago.com.br/developers/pt/reference/payments/_payments_id/get (404 NOT FOUND); body {message:'Payment not found', error:'not_found', status:404, cause:[{code:2000,…}]}",
		},
		{
			Code:     "internal_error",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Mercado Pago internal error", PT: "Erro interno do Mercado Pago"},
			Meaning: Text{
				EN: "Mercado Pago failed while processing the request; for a payment creation the outcome is unknown, the payment may or may not exist.",
				PT: "O Mercado Pago falhou ao processar a requisição; numa criação de pagamento o resultado é desconhecido, o pagamento pode ou não existir.",
			},
			Fix: []Text{
				{EN: "Look the payment up (GET /v1/payments/search?external_reference=…) before doing anything else.", PT: "Consulte o pagamento (GET /v1/payments/search?external_reference=…) antes de qualquer outra coisa."},
				{EN: "If it does not exist, resend with the same X-Idempotency-Key, backing off between attempts.", PT: "Se ele não existir, reenvie com o mesmo X-Idempotency-Key, aumentando o intervalo entre tentativas."},
				{EN: "If it persists, send support the cause[] data and the time of the request.", PT: "Se persistir, envie ao suporte os dados de cause[] e o horário da requisição."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "A 500 on a write leaves the outcome unknown; check whether the payment exists before resending.", PT: "Um 500 numa escrita deixa o resultado desconhecido; verifique se o pagamento existe antes de reenviar."},
			Idempotency: Text{EN: "Resend only with the same X-Idempotency-Key: if the first attempt created the payment, Mercado Pago returns it instead of charging again.", PT: "Reenvie só com o mesmo X-Idempotency-Key: se a primeira tentativa criou o pagamento, o Mercado Pago o devolve em vez de cobrar de novo."},
			Source:      "https://www.mercadopago.com.br/developers/pt/docs/wallet-connect/payment-flow/idempotency (resending after failures with X-Idempotency-Key); body {message, error:'internal_error', status:500, cause:[…]} as answered by the API",
		},
		// Checkout API response handling: status_detail of a created payment (HTTP 201)
		{
			Code:     "cc_rejected_bad_filled_card_number",
			Status:   201,
			Category: Validation,
			Title:    Text{EN: "Rejected: check the card number", PT: "Recusado: confira o número do cartão"},
			Meaning: Text{
				EN: "The payment was created and rejected because the card number is wrong.",
				PT: "O pagamento foi criado e recusado porque o número do cartão está errado.",
			},
			Fix: []Text{
				{EN: "Ask the buyer to check the card number, tokenize again and create a new payment.", PT: "Peça ao comprador para conferir o número do cartão, tokenize de novo e crie um novo pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The rejected payment is final; a new attempt with corrected data can be approved.", PT: "O pagamento recusado é definitivo; uma nova tentativa com dados corrigidos pode ser aprovada."},
			Idempotency: Text{EN: "A rejection is a finished payment: the new attempt needs a new card token and a new X-Idempotency-Key (reusing the old key returns the same rejected payment).", PT: "Uma recusa é um pagamento concluído: a nova tentativa precisa de um novo card token e de um novo X-Idempotency-Key (reutilizar a chave antiga devolve o mesmo pagamento recusado)."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_bad_filled_card_number)",
		},
		{
			Code:     "cc_rejected_bad_filled_date",
			Status:   201,
			Category: Validation,
			Title:    Text{EN: "Rejected: check the expiration date", PT: "Recusado: confira a data de validade"},
			Meaning: Text{
				EN: "The payment was rejected because the card's expiration date is wrong.",
				PT: "O pagamento foi recusado porque a data de validade do cartão está errada.",
			},
			Fix: []Text{
				{EN: "Ask the buyer to check the expiration month and year, tokenize again and create a new payment.", PT: "Peça ao comprador para conferir o mês e o ano de validade, tokenize de novo e crie um novo pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The rejected payment is final; a new attempt with the right date can be approved.", PT: "O pagamento recusado é definitivo; uma nova tentativa com a data certa pode ser aprovada."},
			Idempotency: Text{EN: "Create the new attempt with a new card token and a new X-Idempotency-Key.", PT: "Crie a nova tentativa com um novo card token e um novo X-Idempotency-Key."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_bad_filled_date)",
		},
		{
			Code:     "cc_rejected_bad_filled_other",
			Status:   201,
			Category: Validation,
			Title:    Text{EN: "Rejected: check the card data", PT: "Recusado: confira os dados do cartão"},
			Meaning: Text{
				EN: "The payment was rejected because some card or holder data is wrong (e.g. holder name or document).",
				PT: "O pagamento foi recusado porque algum dado do cartão ou do titular está errado (ex.: nome do titular ou documento).",
			},
			Fix: []Text{
				{EN: "Ask the buyer to review all card and holder data, tokenize again and create a new payment.", PT: "Peça ao comprador para revisar todos os dados do cartão e do titular, tokenize de novo e crie um novo pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The rejected payment is final; a new attempt with corrected data can be approved.", PT: "O pagamento recusado é definitivo; uma nova tentativa com dados corrigidos pode ser aprovada."},
			Idempotency: Text{EN: "Create the new attempt with a new card token and a new X-Idempotency-Key.", PT: "Crie a nova tentativa com um novo card token e um novo X-Idempotency-Key."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_bad_filled_other)",
		},
		{
			Code:     "cc_rejected_bad_filled_security_code",
			Status:   201,
			Category: Validation,
			Title:    Text{EN: "Rejected: check the security code", PT: "Recusado: confira o código de segurança"},
			Meaning: Text{
				EN: "The payment was rejected because the card's security code (CVV) is wrong.",
				PT: "O pagamento foi recusado porque o código de segurança (CVV) do cartão está errado.",
			},
			Fix: []Text{
				{EN: "Ask the buyer to re-enter the security code, tokenize again and create a new payment.", PT: "Peça ao comprador para digitar de novo o código de segurança, tokenize de novo e crie um novo pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The rejected payment is final; a new attempt with the right code can be approved.", PT: "O pagamento recusado é definitivo; uma nova tentativa com o código certo pode ser aprovada."},
			Idempotency: Text{EN: "Create the new attempt with a new card token and a new X-Idempotency-Key.", PT: "Crie a nova tentativa com um novo card token e um novo X-Idempotency-Key."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_bad_filled_security_code)",
		},
		{
			Code:     "cc_rejected_blacklist",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected: card on a block list", PT: "Recusado: cartão em lista de bloqueio"},
			Meaning: Text{
				EN: "The payment was rejected because the card or buyer is on a block list; the buyer is only told the payment could not be processed.",
				PT: "O pagamento foi recusado porque o cartão ou o comprador está em uma lista de bloqueio; ao comprador se diz apenas que o pagamento não pôde ser processado.",
			},
			Fix: []Text{
				{EN: "Do not retry with this card; offer another payment method such as Pix or boleto.", PT: "Não tente de novo com este cartão; ofereça outro meio de pagamento, como Pix ou boleto."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The block does not lift by retrying; the same card will be rejected again.", PT: "O bloqueio não cai ao tentar de novo; o mesmo cartão será recusado de novo."},
			Source:   "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_blacklist)",
		},
		{
			Code:     "cc_rejected_call_for_authorize",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected: buyer must authorize with the issuer", PT: "Recusado: comprador precisa autorizar com o emissor"},
			Meaning: Text{
				EN: "The issuer requires the cardholder to authorize this amount (payment_method_id) with them before it can be approved.",
				PT: "O emissor exige que o titular autorize este valor (payment_method_id) junto a ele antes de aprovar.",
			},
			Fix: []Text{
				{EN: "Tell the buyer to call the card issuer and authorize the payment to Mercado Pago.", PT: "Oriente o comprador a ligar para o emissor do cartão e autorizar o pagamento ao Mercado Pago."},
				{EN: "Then create a new payment, or offer another payment method.", PT: "Depois crie um novo pagamento, ou ofereça outro meio de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "After the buyer authorizes with the issuer a new attempt can be approved; an immediate retry will not.", PT: "Depois que o comprador autorizar com o emissor, uma nova tentativa pode ser aprovada; uma nova tentativa imediata não."},
			Idempotency: Text{EN: "Create the new attempt with a new card token and a new X-Idempotency-Key.", PT: "Crie a nova tentativa com um novo card token e um novo X-Idempotency-Key."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_call_for_authorize)",
		},
		{
			Code:     "cc_rejected_card_disabled",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected: card not activated", PT: "Recusado: cartão não ativado"},
			Meaning: Text{
				EN: "The card is disabled or not yet activated by the issuer.",
				PT: "O cartão está desabilitado ou ainda não foi ativado pelo emissor.",
			},
			Fix: []Text{
				{EN: "Tell the buyer to call the issuer (phone on the back of the card) to activate it, or to use another card or method.", PT: "Oriente o comprador a ligar para o emissor (telefone no verso do cartão) para ativá-lo, ou a usar outro cartão ou meio."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Only after the card is activated, or with another card, can a new attempt be approved.", PT: "Só depois de o cartão ser ativado, ou com outro cartão, uma nova tentativa pode ser aprovada."},
			Idempotency: Text{EN: "Create the new attempt with a new card token and a new X-Idempotency-Key.", PT: "Crie a nova tentativa com um novo card token e um novo X-Idempotency-Key."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_card_disabled)",
		},
		{
			Code:     "cc_rejected_card_error",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected: card could not be processed", PT: "Recusado: não foi possível processar o cartão"},
			Meaning: Text{
				EN: "The card could not be processed and the payment was rejected without a more specific reason.",
				PT: "O cartão não pôde ser processado e o pagamento foi recusado sem um motivo mais específico.",
			},
			Fix: []Text{
				{EN: "Offer the buyer another card or payment method.", PT: "Ofereça ao comprador outro cartão ou meio de pagamento."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The payment is rejected and final; resending the same card is not expected to change the result.", PT: "O pagamento está recusado e é definitivo; reenviar o mesmo cartão não deve mudar o resultado."},
			Source:   "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_card_error)",
		},
		{
			Code:     "cc_rejected_duplicated_payment",
			Status:   201,
			Category: Conflict,
			Title:    Text{EN: "Rejected: duplicated payment", PT: "Recusado: pagamento duplicado"},
			Meaning: Text{
				EN: "The buyer already made a payment of this amount, so this one was rejected as a duplicate.",
				PT: "O comprador já fez um pagamento deste valor, então este foi recusado como duplicado.",
			},
			Fix: []Text{
				{EN: "Check whether the earlier payment was approved and fulfil the order with it.", PT: "Verifique se o pagamento anterior foi aprovado e atenda o pedido com ele."},
				{EN: "If the buyer really needs to pay again, use another card or payment method.", PT: "Se o comprador realmente precisar pagar de novo, use outro cartão ou meio de pagamento."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The earlier payment already exists; resending would be refused again or charge twice.", PT: "O pagamento anterior já existe; reenviar seria recusado de novo ou cobraria duas vezes."},
			Idempotency: Text{EN: "Duplicates like this are what X-Idempotency-Key prevents: reuse the same key when resending the same purchase attempt.", PT: "Duplicidades assim são o que o X-Idempotency-Key evita: reutilize a mesma chave ao reenviar a mesma tentativa de compra."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_duplicated_payment)",
		},
		{
			Code:     "cc_rejected_high_risk",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected: high fraud risk", PT: "Recusado: alto risco de fraude"},
			Meaning: Text{
				EN: "Mercado Pago's fraud prevention rejected the payment as high risk.",
				PT: "A prevenção a fraudes do Mercado Pago recusou o pagamento por alto risco.",
			},
			Fix: []Text{
				{EN: "Offer another payment method (the guide suggests cash methods such as boleto, or Pix).", PT: "Ofereça outro meio de pagamento (o guia sugere meios em dinheiro como boleto, ou Pix)."},
				{EN: "Send complete payer and additional_info data (items, phone, address) in future payments to improve approval.", PT: "Envie dados completos do pagador e additional_info (itens, telefone, endereço) nos próximos pagamentos para melhorar a aprovação."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Retrying the same card and data is expected to be rejected again.", PT: "Tentar de novo com o mesmo cartão e os mesmos dados deve ser recusado de novo."},
			Source:   "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_high_risk)",
		},
		{
			Code:     "cc_rejected_insufficient_amount",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected: insufficient funds", PT: "Recusado: saldo insuficiente"},
			Meaning: Text{
				EN: "The card does not have enough limit or balance for this amount.",
				PT: "O cartão não tem limite ou saldo suficiente para este valor.",
			},
			Fix: []Text{
				{EN: "Suggest another card, fewer items or another payment method (Pix, boleto).", PT: "Sugira outro cartão, menos itens ou outro meio de pagamento (Pix, boleto)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same card and amount will be rejected again; change the card, the amount or the method.", PT: "O mesmo cartão com o mesmo valor será recusado de novo; mude o cartão, o valor ou o meio."},
			Idempotency: Text{EN: "Create the new attempt with a new card token and a new X-Idempotency-Key.", PT: "Crie a nova tentativa com um novo card token e um novo X-Idempotency-Key."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_insufficient_amount)",
		},
		{
			Code:     "cc_rejected_invalid_installments",
			Status:   201,
			Category: Validation,
			Title:    Text{EN: "Rejected: installments not accepted", PT: "Recusado: parcelamento não aceito"},
			Meaning: Text{
				EN: "The card (payment_method_id) does not process payments in the number of installments requested.",
				PT: "O cartão (payment_method_id) não processa pagamentos no número de parcelas pedido.",
			},
			Fix: []Text{
				{EN: "Offer only the installment options returned for this card's BIN and amount, then create a new payment.", PT: "Ofereça só as opções de parcelamento retornadas para o BIN e o valor deste cartão e crie um novo pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A new attempt with an allowed number of installments can be approved.", PT: "Uma nova tentativa com um número de parcelas permitido pode ser aprovada."},
			Idempotency: Text{EN: "Create the new attempt with a new card token and a new X-Idempotency-Key.", PT: "Crie a nova tentativa com um novo card token e um novo X-Idempotency-Key."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_invalid_installments)",
		},
		{
			Code:     "cc_rejected_max_attempts",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected: attempt limit reached", PT: "Recusado: limite de tentativas atingido"},
			Meaning: Text{
				EN: "The buyer reached the allowed number of attempts with this card.",
				PT: "O comprador atingiu o número permitido de tentativas com este cartão.",
			},
			Fix: []Text{
				{EN: "Stop retrying this card; ask for another card or payment method.", PT: "Pare de tentar com este cartão; peça outro cartão ou meio de pagamento."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "More attempts with the same card are refused by design.", PT: "Mais tentativas com o mesmo cartão são recusadas por regra."},
			Source:   "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_max_attempts)",
		},
		{
			Code:     "cc_rejected_other_reason",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected by the issuer", PT: "Recusado pelo emissor"},
			Meaning: Text{
				EN: "The card issuer (payment_method_id) did not process the payment and gave no more specific reason.",
				PT: "O emissor do cartão (payment_method_id) não processou o pagamento e não deu motivo mais específico.",
			},
			Fix: []Text{
				{EN: "Offer the buyer another card or payment method.", PT: "Ofereça ao comprador outro cartão ou meio de pagamento."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An issuer refusal of this card is not expected to change on an immediate retry.", PT: "Uma recusa do emissor para este cartão não deve mudar numa nova tentativa imediata."},
			Source:   "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_other_reason)",
		},
		{
			Code:     "cc_rejected_card_type_not_allowed",
			Status:   201,
			Category: Business,
			Title:    Text{EN: "Rejected: credit function not enabled", PT: "Recusado: função crédito não habilitada"},
			Meaning: Text{
				EN: "In Brazil, the buyer's multiple (debit and credit) card does not have the credit function enabled, so the credit payment was rejected.",
				PT: "No Brasil, o cartão múltiplo (débito e crédito) do comprador não tem a função crédito habilitada, então o pagamento no crédito foi recusado.",
			},
			Fix: []Text{
				{EN: "Ask the buyer to enable the credit function with the issuer, or to pay with debit, another card or Pix.", PT: "Peça ao comprador para habilitar a função crédito com o emissor, ou para pagar no débito, com outro cartão ou com Pix."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A new attempt succeeds only with another payment type or after the credit function is enabled.", PT: "Uma nova tentativa só dá certo com outro tipo de pagamento ou depois de habilitada a função crédito."},
			Idempotency: Text{EN: "Create the new attempt with a new card token and a new X-Idempotency-Key.", PT: "Crie a nova tentativa com um novo card token e um novo X-Idempotency-Key."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (rejected / cc_rejected_card_type_not_allowed, MLB only)",
		},
		{
			Code:     "pending_contingency",
			Status:   201,
			Category: StateCategory,
			Title:    Text{EN: "In process: pending contingency", PT: "Em processamento: contingência"},
			Meaning: Text{
				EN: "The payment was created with status in_process and is still being processed; the result is not known yet (the guide tells the buyer within 2 business days by e-mail).",
				PT: "O pagamento foi criado com status in_process e ainda está em processamento; o resultado ainda não é conhecido (o guia avisa o comprador em até 2 dias úteis por e-mail).",
			},
			Fix: []Text{
				{EN: "Do not create another payment; wait for the payment webhook or GET /v1/payments/{id} later.", PT: "Não crie outro pagamento; aguarde o webhook de pagamento ou faça GET /v1/payments/{id} mais tarde."},
				{EN: "Tell the buyer the payment is being processed.", PT: "Avise o comprador que o pagamento está sendo processado."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The payment exists and may still be approved; sending another could charge twice.", PT: "O pagamento existe e ainda pode ser aprovado; enviar outro pode cobrar duas vezes."},
			Idempotency: Text{EN: "Track this payment id; if you must resend the creation, reuse the same X-Idempotency-Key so Mercado Pago returns this payment.", PT: "Acompanhe este id de pagamento; se precisar reenviar a criação, reutilize o mesmo X-Idempotency-Key para o Mercado Pago devolver este pagamento."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (in_process / pending_contingency)",
		},
		{
			Code:     "pending_review_manual",
			Status:   201,
			Category: StateCategory,
			Title:    Text{EN: "In process: manual review", PT: "Em processamento: revisão manual"},
			Meaning: Text{
				EN: "The payment is in_process under manual review; within 2 business days it is approved or more information is requested.",
				PT: "O pagamento está in_process em revisão manual; em até 2 dias úteis ele é aprovado ou mais informações são pedidas.",
			},
			Fix: []Text{
				{EN: "Do not create another payment; wait for the webhook or look the payment up later.", PT: "Não crie outro pagamento; aguarde o webhook ou consulte o pagamento mais tarde."},
				{EN: "Hold the order until the payment is approved; use binary_mode: true if you need an immediate approved/rejected answer.", PT: "Segure o pedido até o pagamento ser aprovado; use binary_mode: true se precisar de resposta imediata aprovado/recusado."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The payment exists and its result is pending; look it up instead of sending a new one.", PT: "O pagamento existe e o resultado está pendente; consulte-o em vez de enviar um novo."},
			Idempotency: Text{EN: "Track this payment id; if you must resend the creation, reuse the same X-Idempotency-Key so Mercado Pago returns this payment.", PT: "Acompanhe este id de pagamento; se precisar reenviar a criação, reutilize o mesmo X-Idempotency-Key para o Mercado Pago devolver este pagamento."},
			Source:      "https://www.mercadopago.com.br/developers/en/guides/online-payments/checkout-api/handling-responses (in_process / pending_review_manual); binary_mode per https://www.mercadopago.com.br/developers/pt/reference/payments/_payments/post",
		},
	},
}
