// Stripe's error catalog, built from Stripe's public documentation (not a seed): the API
// reference's Errors section (https://docs.stripe.com/api/errors: error object, types,
// HTTP status summary), the error code list (https://docs.stripe.com/error-codes), the
// decline code list (https://docs.stripe.com/declines/codes), card declines and advice
// codes (https://docs.stripe.com/declines/card), advanced error handling
// (https://docs.stripe.com/error-low-level: idempotency, Stripe-Should-Retry) and rate
// limits (https://docs.stripe.com/rate-limits: 429, lock_timeout). The code spellings were
// checked against the ErrorCode and DeclineCode lists of stripe/stripe-go (error.go), which
// are generated from Stripe's OpenAPI specification.
//
// Entries come in three groups: the four error types (for bodies that carry a type and no
// code), the error codes of error.code, and the decline codes of error.decline_code. A
// decline code that is also an error code (expired_card, incorrect_cvc, incorrect_number,
// incorrect_zip, insufficient_funds, invalid_cvc, invalid_expiry_month,
// invalid_expiry_year, invalid_number, processing_error, authentication_required) has one
// entry covering both uses. Stripe documents HTTP statuses per class, not per code: card
// errors are 402, missing objects 404, idempotency conflicts 409, rate limits and object
// locks 429; where the docs tie no status to a code, Status is 0.

package catalog

const (
	stripeErrorCodes   = "https://docs.stripe.com/error-codes"
	stripeDeclineCodes = "https://docs.stripe.com/declines/codes"
	stripeAPIErrors    = "https://docs.stripe.com/api/errors"
	stripeAdvice       = "https://docs.stripe.com/declines/card (advice codes)"

	stripeIdemDeclineEN = "Stripe stored this declined result under the Idempotency-Key you sent and replays it for 24 hours: give the next attempt (other card, corrected data) a new Idempotency-Key; nothing was charged, so a new key cannot charge twice."
	stripeIdemDeclinePT = "A Stripe guardou este resultado recusado sob o Idempotency-Key enviado e o repete por 24 horas: use um Idempotency-Key novo na próxima tentativa (outro cartão, dados corrigidos); nada foi cobrado, então uma chave nova não cobra duas vezes."
	stripeIdemFixEN     = "Stripe replays the same error for 24 hours to a request with the same Idempotency-Key, so send the corrected request with a new key."
	stripeIdemFixPT     = "A Stripe repete o mesmo erro por 24 horas a uma requisição com o mesmo Idempotency-Key, então envie a requisição corrigida com uma chave nova."
)

// Stripe's error body is {"error": {"type", "code", "decline_code", "advice_code",
// "message", "param", "doc_url", "request_log_url", "charge", "payment_intent",
// "payment_method", "setup_intent", "source"}}: one top-level member, error, whose type is
// api_error, card_error, idempotency_error or invalid_request_error. The code lives in
// error.code, the issuer's reason in error.decline_code, the issuer's retry advice in
// error.advice_code; doc_url points at https://stripe.com/docs/error-codes/<code>
// (docs.stripe.com), request_log_url at dashboard.stripe.com/.../logs/req_…; the request id
// is in the Request-Id response header (req_…). Unique to Stripe: error.type with those
// four values, decline_code, doc_url under stripe.com/docs, request_log_url.
var Stripe = Provider{
	ID:      "stripe",
	Name:    "Stripe",
	DocsURL: stripeErrorCodes,
	Hosts:   []string{"api.stripe.com", "files.stripe.com"},
	Envelope: Text{
		EN: "JSON body {\"error\": {type, code, decline_code, advice_code, message, param, doc_url, request_log_url, plus the charge, payment_intent, payment_method or setup_intent involved}}; type is api_error, card_error, idempotency_error or invalid_request_error; the request id (req_…) comes in the Request-Id header, and the Stripe-Should-Retry header (true/false), when present, overrides what the status suggests about retrying.",
		PT: "Corpo JSON {\"error\": {type, code, decline_code, advice_code, message, param, doc_url, request_log_url, mais o charge, payment_intent, payment_method ou setup_intent envolvido}}; type é api_error, card_error, idempotency_error ou invalid_request_error; o id da requisição (req_…) vem no cabeçalho Request-Id, e o cabeçalho Stripe-Should-Retry (true/false), quando presente, prevalece sobre o que o status sugere quanto a tentar de novo.",
	},
	RateLimitHeaders:  []string{"Stripe-Rate-Limited-Reason"},
	IdempotencyHeader: "Idempotency-Key",
	Support: Text{
		EN: "Give Stripe support the Request-Id of the failed call (req_…, also the last part of request_log_url, which opens the request in the Dashboard logs), the object id (pi_…, ch_…), the mode (test or live) and the time; never send the secret key.",
		PT: "Informe ao suporte da Stripe o Request-Id da chamada com erro (req_…, também a última parte do request_log_url, que abre a requisição nos logs do Dashboard), o id do objeto (pi_…, ch_…), o modo (teste ou produção) e o horário; nunca envie a chave secreta.",
	},
	Source: "Stripe documentation: " + stripeAPIErrors + ", " + stripeErrorCodes + ", " + stripeDeclineCodes + ", https://docs.stripe.com/declines/card, https://docs.stripe.com/error-low-level, https://docs.stripe.com/rate-limits; code spellings checked against stripe/stripe-go error.go",
	Entries: []Entry{
		// Error types (error.type), for bodies without a code.
		{
			Code:     "api_error",
			Status:   0,
			Category: Internal,
			Title:    Text{EN: "Stripe server error", PT: "Erro nos servidores da Stripe"},
			Meaning: Text{
				EN: "A problem on Stripe's side, not in your request; these come with a 500-range status and are rare, and for a write the outcome is unknown: the charge or PaymentIntent may or may not have been created.",
				PT: "Um problema do lado da Stripe, não na sua requisição; vem com status da faixa 500 e é raro, e numa escrita o resultado é incerto: a cobrança ou o PaymentIntent pode ou não ter sido criado.",
			},
			Fix: []Text{
				{EN: "Read the Stripe-Should-Retry response header: true means retrying is safe and may work, false means it will not.", PT: "Leia o cabeçalho de resposta Stripe-Should-Retry: true indica que tentar de novo é seguro e pode funcionar, false indica que não vai."},
				{EN: "Resend the same request with the same Idempotency-Key, with exponential backoff.", PT: "Reenvie a mesma requisição com o mesmo Idempotency-Key, com backoff exponencial."},
				{EN: "If it keeps failing, look the object up (e.g. list PaymentIntents by customer or search by your metadata) before creating it again with a new key, and check status.stripe.com.", PT: "Se continuar falhando, consulte o objeto (ex.: liste os PaymentIntents do cliente ou busque pelo seu metadata) antes de criá-lo de novo com uma chave nova, e veja o status.stripe.com."},
			},
			Retry: CheckFirst,
			RetryWhy: Text{
				EN: "Stripe calls the result of a server error indeterminate, so a write may have gone through: retry only with the same Idempotency-Key (following Stripe-Should-Retry) or after checking the object.",
				PT: "A Stripe considera indeterminado o resultado de um erro de servidor, então a escrita pode ter sido feita: tente de novo só com o mesmo Idempotency-Key (seguindo o Stripe-Should-Retry) ou depois de consultar o objeto.",
			},
			Idempotency: Text{
				EN: "Resend with the same Idempotency-Key (kept for 24 hours): if the first attempt completed, Stripe returns its result instead of running it again. Without a key, look the object up first.",
				PT: "Reenvie com o mesmo Idempotency-Key (guardado por 24 horas): se a primeira tentativa foi concluída, a Stripe devolve o resultado dela em vez de executar de novo. Sem chave, consulte o objeto antes.",
			},
			Source: stripeAPIErrors + " (type api_error); https://docs.stripe.com/error-low-level (server errors, Stripe-Should-Retry)",
		},
		{
			Code:     "card_error",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card could not be charged", PT: "Cartão não pôde ser cobrado"},
			Meaning: Text{
				EN: "The most common error type: the request was valid but the card was refused, by the issuer or by Stripe; code, decline_code and the message (safe to show the customer) say why.",
				PT: "O tipo de erro mais comum: a requisição era válida, mas o cartão foi recusado, pelo emissor ou pela Stripe; code, decline_code e a message (que pode ser mostrada ao cliente) dizem o motivo.",
			},
			Fix: []Text{
				{EN: "Look up error.code and error.decline_code for the precise reason and the next step.", PT: "Consulte error.code e error.decline_code para o motivo exato e o próximo passo."},
				{EN: "Show the customer the error message and ask for corrected card details or another payment method.", PT: "Mostre ao cliente a message do erro e peça dados do cartão corrigidos ou outra forma de pagamento."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "The same card with the same data will be refused again; retry only after the customer corrects the data or picks another method, and never when advice_code is do_not_try_again.",
				PT: "O mesmo cartão com os mesmos dados será recusado de novo; tente outra vez só depois que o cliente corrigir os dados ou escolher outro meio, e nunca quando advice_code for do_not_try_again.",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeAPIErrors + " (type card_error; 402 Request Failed)",
		},
		{
			Code:     "idempotency_error",
			Status:   0,
			Category: Conflict,
			Title:    Text{EN: "Idempotency key reused for a different request", PT: "Chave de idempotência reutilizada em outra requisição"},
			Meaning: Text{
				EN: "An Idempotency-Key was sent again with a request that does not match the first one that used it (another endpoint or other parameters), so Stripe refused it rather than replay the wrong result.",
				PT: "Um Idempotency-Key foi enviado de novo com uma requisição diferente da primeira que o usou (outro endpoint ou outros parâmetros), então a Stripe a recusou em vez de repetir o resultado errado.",
			},
			Fix: []Text{
				{EN: "If this is a retry of the original request, send exactly the same endpoint and parameters with that key.", PT: "Se for uma nova tentativa da requisição original, envie exatamente o mesmo endpoint e os mesmos parâmetros com essa chave."},
				{EN: "If it is a different request (changed amount, customer, metadata), generate a new key, e.g. a V4 UUID per logical operation.", PT: "Se for uma requisição diferente (valor, cliente ou metadata alterados), gere uma chave nova, por exemplo um UUID V4 por operação lógica."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "The key stays bound to the first request's parameters for 24 hours; only a matching request or a new key can succeed.",
				PT: "A chave fica presa aos parâmetros da primeira requisição por 24 horas; só uma requisição idêntica ou uma chave nova pode dar certo.",
			},
			Idempotency: Text{
				EN: "Derive the key from the operation (order id + attempt) and create a new one whenever the parameters change; reusing it is only for resending the identical request.",
				PT: "Derive a chave da operação (id do pedido + tentativa) e crie uma nova sempre que os parâmetros mudarem; reutilizá-la serve só para reenviar a requisição idêntica.",
			},
			Source: stripeAPIErrors + " (type idempotency_error); https://docs.stripe.com/error-low-level (idempotency)",
		},
		{
			Code:     "invalid_request_error",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid request", PT: "Requisição inválida"},
			Meaning: Text{
				EN: "The request has invalid parameters or refers to something that does not exist or is in the wrong state; the status is usually 400 (404 for a missing object) and param names the parameter at fault.",
				PT: "A requisição tem parâmetros inválidos ou se refere a algo que não existe ou está no estado errado; o status costuma ser 400 (404 para objeto inexistente) e param indica o parâmetro com problema.",
			},
			Fix: []Text{
				{EN: "Read error.code, error.param and error.message, and correct that parameter.", PT: "Leia error.code, error.param e error.message e corrija esse parâmetro."},
				{EN: "Compare the request with the API reference of the endpoint for your API version.", PT: "Compare a requisição com a referência da API do endpoint na sua versão da API."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same parameters are refused every time; only a corrected request can succeed.", PT: "Os mesmos parâmetros são recusados sempre; só uma requisição corrigida pode dar certo."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeAPIErrors + " (type invalid_request_error)",
		},

		// Error codes (error.code), in the order of the error code list.
		{
			Code:     "account_invalid",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid Stripe-Account header", PT: "Cabeçalho Stripe-Account inválido"},
			Meaning: Text{
				EN: "The connected account id sent in the Stripe-Account header is not valid, so Stripe cannot act on behalf of that account.",
				PT: "O id de conta conectada enviado no cabeçalho Stripe-Account não é válido, então a Stripe não consegue agir em nome dessa conta.",
			},
			Fix: []Text{
				{EN: "Check the Stripe-Account value: it must be the id of a connected account of your platform (acct_…), without spaces or quotes.", PT: "Confira o valor do Stripe-Account: deve ser o id de uma conta conectada da sua plataforma (acct_…), sem espaços nem aspas."},
				{EN: "Make sure the account is still connected to your platform and that you use the key of the same mode (test or live).", PT: "Verifique se a conta continua conectada à sua plataforma e se você usa a chave do mesmo modo (teste ou produção)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The header names an account Stripe does not accept; only a valid account id can succeed.", PT: "O cabeçalho aponta uma conta que a Stripe não aceita; só um id de conta válido pode dar certo."},
			Source:   stripeErrorCodes + "/account-invalid",
		},
		{
			Code:     "amount_too_large",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Amount above the maximum", PT: "Valor acima do máximo"},
			Meaning: Text{
				EN: "The amount is greater than the maximum Stripe allows for this charge, payout or transfer.",
				PT: "O valor é maior que o máximo permitido pela Stripe para esta cobrança, payout ou transferência.",
			},
			Fix: []Text{
				{EN: "Check that amount is in the smallest currency unit (cents: 1000 means 10.00) and not multiplied twice.", PT: "Confira se amount está na menor unidade da moeda (centavos: 1000 significa 10,00) e não foi multiplicado duas vezes."},
				{EN: "Use a lower amount, or split the payment.", PT: "Use um valor menor ou divida o pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is refused every time; send a lower one.", PT: "O mesmo valor é recusado sempre; envie um menor."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeErrorCodes + "/amount-too-large; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "amount_too_small",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Amount below the minimum", PT: "Valor abaixo do mínimo"},
			Meaning: Text{
				EN: "The amount is less than the minimum Stripe accepts for this currency and operation.",
				PT: "O valor é menor que o mínimo aceito pela Stripe para esta moeda e operação.",
			},
			Fix: []Text{
				{EN: "Check that amount is in the smallest currency unit (cents), not in whole units.", PT: "Confira se amount está na menor unidade da moeda (centavos), e não em unidades inteiras."},
				{EN: "Charge at least the minimum listed for the currency in Stripe's docs (minimum and maximum charge amounts), e.g. by grouping small charges.", PT: "Cobre pelo menos o mínimo indicado para a moeda na documentação da Stripe (valores mínimo e máximo de cobrança), por exemplo agrupando cobranças pequenas."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is refused every time; send a higher one.", PT: "O mesmo valor é recusado sempre; envie um maior."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeErrorCodes + "/amount-too-small; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "api_key_expired",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key expired", PT: "Chave de API expirada"},
			Meaning: Text{
				EN: "The secret or restricted key in the Authorization header has expired, typically after it was rolled in the Dashboard.",
				PT: "A chave secreta ou restrita do cabeçalho Authorization expirou, normalmente depois de ter sido trocada (roll) no Dashboard.",
			},
			Fix: []Text{
				{EN: "Get the current key from the Dashboard (Developers > API keys) and update the secret your integration reads.", PT: "Pegue a chave atual no Dashboard (Desenvolvedores > Chaves de API) e atualize o segredo que a integração lê."},
				{EN: "Redeploy or restart the services that cache the old key.", PT: "Faça novo deploy ou reinicie os serviços que guardam a chave antiga em cache."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An expired key never works again; retry only with the current key.", PT: "Uma chave expirada não volta a funcionar; tente de novo só com a chave atual."},
			Source:   stripeErrorCodes + "/api-key-expired; status 401 (No valid API key provided) from " + stripeAPIErrors,
		},
		{
			Code:     "authentication_required",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Payment needs customer authentication (3D Secure)", PT: "Pagamento exige autenticação do cliente (3D Secure)"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the issuer requires authentication such as 3D Secure, which could not happen because the payment ran off-session or with error_on_requires_action.",
				PT: "Como código de erro e como decline code: o emissor exige autenticação, como 3D Secure, que não pôde acontecer porque o pagamento rodou fora da sessão (off-session) ou com error_on_requires_action.",
			},
			Fix: []Text{
				{EN: "If the customer is off-session, notify them to come back and confirm the PaymentIntent on-session so they can authenticate.", PT: "Se o cliente estiver fora da sessão, avise-o para voltar e confirmar o PaymentIntent na sessão, para que possa se autenticar."},
				{EN: "If you set error_on_requires_action, ask for a card that does not require authentication or drop that flag.", PT: "Se você usou error_on_requires_action, peça um cartão que não exija autenticação ou deixe de usar essa opção."},
				{EN: "If the decline came after authentication succeeded, the customer must contact the card issuer.", PT: "Se a recusa veio depois de a autenticação dar certo, o cliente precisa falar com o emissor do cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Without the customer authenticating, the issuer refuses the same payment again.", PT: "Sem o cliente se autenticar, o emissor recusa o mesmo pagamento de novo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/authentication-required; " + stripeDeclineCodes + " (authentication_required)",
		},
		{
			Code:     "balance_insufficient",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Stripe balance too low for the transfer or payout", PT: "Saldo Stripe insuficiente para a transferência ou payout"},
			Meaning: Text{
				EN: "The transfer or payout could not be made because the account's available balance is lower than the amount requested.",
				PT: "A transferência ou o payout não pôde ser feito porque o saldo disponível da conta é menor que o valor pedido.",
			},
			Fix: []Text{
				{EN: "Check the available balance (GET /v1/balance) and send an amount less than or equal to it.", PT: "Consulte o saldo disponível (GET /v1/balance) e envie um valor menor ou igual a ele."},
				{EN: "Wait for pending funds to become available, or add funds to the balance, then create a new transfer or payout.", PT: "Espere os fundos pendentes ficarem disponíveis, ou adicione fundos ao saldo, e crie uma nova transferência ou payout."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount fails until the available balance covers it.", PT: "O mesmo valor falha até o saldo disponível cobri-lo."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeErrorCodes + "/balance-insufficient; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "card_decline_rate_limit_exceeded",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card declined too many times", PT: "Cartão recusado vezes demais"},
			Meaning: Text{
				EN: "This card has been declined too many times, so Stripe blocks further attempts on it for 24 hours.",
				PT: "Este cartão foi recusado vezes demais, então a Stripe bloqueia novas tentativas com ele por 24 horas.",
			},
			Fix: []Text{
				{EN: "Do not retry the card now; try it again only after 24 hours.", PT: "Não tente o cartão agora; tente de novo só depois de 24 horas."},
				{EN: "Ask the customer to check the card details and, if there is a problem with the card, to use another payment method.", PT: "Peça ao cliente que confira os dados do cartão e, se houver problema com ele, use outra forma de pagamento."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: "Stripe states the block lasts 24 hours; any attempt before that is refused.", PT: "A Stripe informa que o bloqueio dura 24 horas; qualquer tentativa antes disso é recusada."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/card-decline-rate-limit-exceeded",
		},
		{
			Code:     "card_declined",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card declined", PT: "Cartão recusado"},
			Meaning: Text{
				EN: "The card was declined; decline_code gives the issuer's reason (generic_decline, insufficient_funds, do_not_honor …) and advice_code, when present, the issuer's retry advice.",
				PT: "O cartão foi recusado; decline_code traz o motivo do emissor (generic_decline, insufficient_funds, do_not_honor …) e advice_code, quando presente, a orientação do emissor sobre nova tentativa.",
			},
			Fix: []Text{
				{EN: "Look up decline_code for the specific reason and its next step.", PT: "Consulte o decline_code para o motivo específico e o próximo passo."},
				{EN: "Show the customer the message and ask for another card or payment method, or for them to contact the issuer.", PT: "Mostre a message ao cliente e peça outro cartão ou forma de pagamento, ou que ele fale com o emissor."},
				{EN: "Do not hammer the same card: after 15 retries of a Visa payment in 30 days Stripe blocks further attempts.", PT: "Não insista no mesmo cartão: depois de 15 tentativas de um pagamento Visa em 30 dias, a Stripe bloqueia as seguintes."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "A decline repeats with the same card unless something changes; advice_code do_not_try_again means never retry it, try_again_later that a later retry may pass, confirm_card_data that the customer must re-enter the card details.",
				PT: "A recusa se repete com o mesmo cartão se nada mudar; advice_code do_not_try_again significa nunca tentar de novo, try_again_later que uma tentativa mais tarde pode passar, confirm_card_data que o cliente precisa digitar os dados do cartão de novo.",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/card-declined; " + stripeAdvice + "; https://support.stripe.com/questions/payment-blocked-due-to-excessive-retries",
		},
		{
			Code:     "charge_already_captured",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Charge already captured", PT: "Cobrança já capturada"},
			Meaning: Text{
				EN: "The charge you tried to capture has already been captured, so there is nothing left to capture.",
				PT: "A cobrança que você tentou capturar já foi capturada, então não há mais nada a capturar.",
			},
			Fix: []Text{
				{EN: "Treat the capture as done: retrieve the charge and record its captured state.", PT: "Considere a captura feita: consulte a cobrança e registre o estado capturado."},
				{EN: "If you meant another charge, send the id of one that is not captured yet.", PT: "Se a intenção era outra cobrança, envie o id de uma que ainda não foi capturada."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A charge is captured only once; repeating the capture can never succeed.", PT: "Uma cobrança é capturada uma vez só; repetir a captura nunca vai dar certo."},
			Source:   stripeErrorCodes + "/charge-already-captured; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "charge_already_refunded",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Charge already refunded", PT: "Cobrança já reembolsada"},
			Meaning: Text{
				EN: "The charge you tried to refund has already been refunded in full.",
				PT: "A cobrança que você tentou reembolsar já foi totalmente reembolsada.",
			},
			Fix: []Text{
				{EN: "Treat the refund as done: list the charge's refunds and record them.", PT: "Considere o reembolso feito: liste os reembolsos da cobrança e registre-os."},
				{EN: "If you meant another charge, use the id of one that has not been refunded.", PT: "Se a intenção era outra cobrança, use o id de uma que não foi reembolsada."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Nothing is left to refund on this charge; repeating the refund can never succeed.", PT: "Não sobra nada a reembolsar nesta cobrança; repetir o reembolso nunca vai dar certo."},
			Source:   stripeErrorCodes + "/charge-already-refunded; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "charge_expired_for_capture",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Authorization expired before capture", PT: "Autorização expirou antes da captura"},
			Meaning: Text{
				EN: "The charge can no longer be captured because its authorization expired: separately authorized charges must be captured within a set number of days (7 by default for cards).",
				PT: "A cobrança não pode mais ser capturada porque a autorização expirou: cobranças autorizadas separadamente precisam ser capturadas dentro de um prazo (7 dias, por padrão, para cartões).",
			},
			Fix: []Text{
				{EN: "Create a new payment (a new PaymentIntent) for the amount and have it authorized again.", PT: "Crie um novo pagamento (um novo PaymentIntent) para o valor e faça-o ser autorizado de novo."},
				{EN: "Capture future authorizations within the window, or capture automatically.", PT: "Capture as próximas autorizações dentro do prazo, ou use captura automática."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An expired authorization cannot be revived; only a new payment can collect the money.", PT: "Uma autorização expirada não pode ser reativada; só um novo pagamento pode receber o dinheiro."},
			Source:   stripeErrorCodes + "/charge-expired-for-capture; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "country_unsupported",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Country not supported", PT: "País não suportado"},
			Meaning: Text{
				EN: "Your platform tried to create a connected account in a country that Stripe does not support for that kind of account.",
				PT: "Sua plataforma tentou criar uma conta conectada em um país que a Stripe não suporta para esse tipo de conta.",
			},
			Fix: []Text{
				{EN: "Let users sign up only from countries supported for the account type you create.", PT: "Permita o cadastro só de países suportados para o tipo de conta que você cria."},
				{EN: "Check the country parameter (two-letter ISO code) sent when creating the account.", PT: "Confira o parâmetro country (código ISO de duas letras) enviado ao criar a conta."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same country is refused every time; only a supported country can succeed.", PT: "O mesmo país é recusado sempre; só um país suportado pode dar certo."},
			Source:   stripeErrorCodes + "/country-unsupported; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "email_invalid",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid e-mail address", PT: "E-mail inválido"},
			Meaning: Text{
				EN: "An e-mail address in the request (e.g. the customer's or receipt_email) is not properly formatted or has characters that are not allowed.",
				PT: "Um e-mail da requisição (ex.: o do cliente ou receipt_email) não está bem formatado ou tem caracteres não permitidos.",
			},
			Fix: []Text{
				{EN: "Validate the address before sending (one @, a domain, no spaces) and trim it.", PT: "Valide o endereço antes de enviar (um @, um domínio, sem espaços) e remova espaços nas pontas."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same address is refused every time; send a valid one.", PT: "O mesmo endereço é recusado sempre; envie um válido."},
			Source:   stripeErrorCodes + "/email-invalid; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "expired_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card expired", PT: "Cartão expirado"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card is past its expiry date, so it cannot be charged.",
				PT: "Como código de erro e como decline code: o cartão passou da data de validade, então não pode ser cobrado.",
			},
			Fix: []Text{
				{EN: "Ask the customer to check the expiry date entered, or to use another card.", PT: "Peça ao cliente que confira a data de validade digitada ou use outro cartão."},
				{EN: "For saved cards, ask the customer to update the payment method.", PT: "Para cartões salvos, peça ao cliente que atualize a forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "An expired card is refused every time; only another card or a corrected date can succeed.", PT: "Um cartão expirado é recusado sempre; só outro cartão ou uma data corrigida pode dar certo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/expired-card; " + stripeDeclineCodes + " (expired_card)",
		},
		{
			Code:     "idempotency_key_in_use",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Idempotency key in use by a concurrent request", PT: "Chave de idempotência em uso por uma requisição simultânea"},
			Meaning: Text{
				EN: "Another request with the same Idempotency-Key is still being processed, which happens when your integration sends duplicate requests at the same time.",
				PT: "Outra requisição com o mesmo Idempotency-Key ainda está sendo processada, o que acontece quando a integração envia requisições duplicadas ao mesmo tempo.",
			},
			Fix: []Text{
				{EN: "Wait a moment and resend with the same key: once the first request finishes, Stripe returns its result.", PT: "Espere um pouco e reenvie com a mesma chave: quando a primeira requisição terminar, a Stripe devolve o resultado dela."},
				{EN: "Stop sending the same operation in parallel (double clicks, concurrent workers).", PT: "Pare de enviar a mesma operação em paralelo (clique duplo, workers concorrentes)."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The conflict ends when the first request finishes; a short backoff with the same key then gets its result.", PT: "O conflito termina quando a primeira requisição acaba; um backoff curto com a mesma chave então obtém o resultado dela."},
			Idempotency: Text{
				EN: "Keep the same Idempotency-Key: the conflicting request was not run, so nothing was stored for it, and the retry will return the first request's result instead of charging twice.",
				PT: "Mantenha o mesmo Idempotency-Key: a requisição em conflito não foi executada, então nada foi guardado para ela, e a nova tentativa vai devolver o resultado da primeira em vez de cobrar duas vezes.",
			},
			Source: stripeErrorCodes + "/idempotency-key-in-use; 409 Conflict from " + stripeAPIErrors,
		},
		{
			Code:     "incorrect_cvc",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Incorrect security code (CVC)", PT: "Código de segurança (CVC) incorreto"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the CVC entered does not match the card's, according to the issuer.",
				PT: "Como código de erro e como decline code: o CVC digitado não confere com o do cartão, segundo o emissor.",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the security code (3 digits, 4 for American Express) or use another card.", PT: "Peça ao cliente que digite de novo o código de segurança (3 dígitos, 4 no American Express) ou use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same CVC is refused again; retry only with the corrected code.", PT: "O mesmo CVC é recusado de novo; tente só com o código corrigido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/incorrect-cvc; " + stripeDeclineCodes + " (incorrect_cvc)",
		},
		{
			Code:     "incorrect_number",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Incorrect card number", PT: "Número do cartão incorreto"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card number is incorrect.",
				PT: "Como código de erro e como decline code: o número do cartão está incorreto.",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the card number or use another card; collect card data with Stripe Elements to catch typos early.", PT: "Peça ao cliente que digite de novo o número ou use outro cartão; colete os dados com o Stripe Elements para pegar erros de digitação cedo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same number is refused again; retry only with the corrected number.", PT: "O mesmo número é recusado de novo; tente só com o número corrigido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/incorrect-number; " + stripeDeclineCodes + " (incorrect_number)",
		},
		{
			Code:     "incorrect_zip",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Postal code failed validation", PT: "CEP/código postal não conferiu"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the billing postal code does not match the issuer's records.",
				PT: "Como código de erro e como decline code: o código postal de cobrança não confere com o cadastro do emissor.",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the billing postal code exactly as registered with the bank, or use another card.", PT: "Peça ao cliente que digite de novo o código postal de cobrança exatamente como cadastrado no banco, ou use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same postal code is refused again; retry only with the corrected one.", PT: "O mesmo código postal é recusado de novo; tente só com o corrigido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/incorrect-zip; " + stripeDeclineCodes + " (incorrect_zip)",
		},
		{
			Code:     "insufficient_funds",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Insufficient funds", PT: "Saldo insuficiente"},
			Meaning: Text{
				EN: "As a decline code: the card has insufficient funds for the purchase; as an error code: the customer's account (e.g. the bank account of a debit) cannot cover the payment.",
				PT: "Como decline code: o cartão não tem saldo para a compra; como código de erro: a conta do cliente (ex.: a conta bancária de um débito) não cobre o pagamento.",
			},
			Fix: []Text{
				{EN: "Ask the customer to use another payment method.", PT: "Peça ao cliente que use outra forma de pagamento."},
				{EN: "For subscriptions, let Stripe's retry schedule (Smart Retries) try again later instead of retrying at once.", PT: "Em assinaturas, deixe a programação de novas tentativas da Stripe (Smart Retries) tentar mais tarde, em vez de repetir na hora."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "An immediate retry is refused again; a later one may pass once funds arrive, unless advice_code is do_not_try_again.",
				PT: "Uma nova tentativa imediata é recusada de novo; uma mais tarde pode passar quando houver saldo, a não ser que advice_code seja do_not_try_again.",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/insufficient-funds; " + stripeDeclineCodes + " (insufficient_funds); " + stripeAdvice,
		},
		{
			Code:     "invalid_cvc",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid security code (CVC)", PT: "Código de segurança (CVC) inválido"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the CVC is not valid for the card, e.g. the wrong number of digits or not numeric.",
				PT: "Como código de erro e como decline code: o CVC não é válido para o cartão, por exemplo quantidade errada de dígitos ou não numérico.",
			},
			Fix: []Text{
				{EN: "Ask the customer to check the security code (3 digits, 4 for American Express) or use another card.", PT: "Peça ao cliente que confira o código de segurança (3 dígitos, 4 no American Express) ou use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same CVC is refused again; retry only with a valid one.", PT: "O mesmo CVC é recusado de novo; tente só com um válido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/invalid-cvc; " + stripeDeclineCodes + " (invalid_cvc)",
		},
		{
			Code:     "invalid_expiry_month",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid expiry month", PT: "Mês de validade inválido"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card's expiration month is incorrect.",
				PT: "Como código de erro e como decline code: o mês de validade do cartão está incorreto.",
			},
			Fix: []Text{
				{EN: "Send exp_month as a number from 1 to 12 and ask the customer to check the date on the card.", PT: "Envie exp_month como número de 1 a 12 e peça ao cliente que confira a data no cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same month is refused again; retry only with the corrected date.", PT: "O mesmo mês é recusado de novo; tente só com a data corrigida."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/invalid-expiry-month; " + stripeDeclineCodes + " (invalid_expiry_month)",
		},
		{
			Code:     "invalid_expiry_year",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid expiry year", PT: "Ano de validade inválido"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card's expiration year is incorrect.",
				PT: "Como código de erro e como decline code: o ano de validade do cartão está incorreto.",
			},
			Fix: []Text{
				{EN: "Send exp_year with four digits (e.g. 2030) and ask the customer to check the date on the card.", PT: "Envie exp_year com quatro dígitos (ex.: 2030) e peça ao cliente que confira a data no cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same year is refused again; retry only with the corrected date.", PT: "O mesmo ano é recusado de novo; tente só com a data corrigida."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/invalid-expiry-year; " + stripeDeclineCodes + " (invalid_expiry_year)",
		},
		{
			Code:     "invalid_number",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid card number", PT: "Número do cartão inválido"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card number is not a valid card number (wrong length or check digit).",
				PT: "Como código de erro e como decline code: o número informado não é um número de cartão válido (tamanho ou dígito verificador errado).",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the number or use another card; validate it in the form with Stripe Elements.", PT: "Peça ao cliente que digite o número de novo ou use outro cartão; valide no formulário com o Stripe Elements."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same number is refused again; retry only with a valid one.", PT: "O mesmo número é recusado de novo; tente só com um válido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/invalid-number; " + stripeDeclineCodes + " (invalid_number)",
		},
		{
			Code:     "livemode_mismatch",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Test and live mode mixed", PT: "Modo de teste e produção misturados"},
			Meaning: Text{
				EN: "Keys, requests and objects only exist in the mode they were made in: a test key was used on a live object, or a live key on a test object.",
				PT: "Chaves, requisições e objetos só existem no modo em que foram criados: uma chave de teste foi usada num objeto de produção, ou uma chave de produção num objeto de teste.",
			},
			Fix: []Text{
				{EN: "Use sk_test_… keys only with test objects and sk_live_… keys only with live objects.", PT: "Use chaves sk_test_… só com objetos de teste e sk_live_… só com objetos de produção."},
				{EN: "Check that the ids stored in your database come from the same mode as the key in use.", PT: "Verifique se os ids guardados no seu banco vêm do mesmo modo da chave em uso."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The object will never be visible to a key of the other mode; fix the key or the id.", PT: "O objeto nunca será visível para uma chave do outro modo; corrija a chave ou o id."},
			Source:   stripeErrorCodes + "/livemode-mismatch; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "lock_timeout",
			Status:   429,
			Category: Conflict,
			Title:    Text{EN: "Object locked by another request", PT: "Objeto bloqueado por outra requisição"},
			Meaning: Text{
				EN: "The object cannot be accessed right now because another API request or a Stripe process holds its lock, and the wait for the lock timed out; it is not a rate limit, though it also answers 429.",
				PT: "O objeto não pode ser acessado agora porque outra requisição ou um processo da Stripe está com o bloqueio dele, e o tempo de espera pelo bloqueio se esgotou; não é limite de requisições, embora também responda 429.",
			},
			Fix: []Text{
				{EN: "If it happens now and then, retry the request after a short backoff.", PT: "Se acontece de vez em quando, tente de novo depois de um backoff curto."},
				{EN: "If it happens often, stop sending concurrent requests to the same object (e.g. updates to one customer or subscription): send them one after another or at a lower rate.", PT: "Se acontece com frequência, pare de enviar requisições simultâneas ao mesmo objeto (ex.: atualizações de um cliente ou assinatura): envie uma depois da outra ou em ritmo menor."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The lock is released when the other request finishes, so a retry after a short backoff usually succeeds.", PT: "O bloqueio é liberado quando a outra requisição termina, então uma nova tentativa depois de um backoff curto costuma dar certo."},
			Idempotency: Text{
				EN: "Resend with the same Idempotency-Key: the request did not run, and the key keeps a later duplicate from running twice.",
				PT: "Reenvie com o mesmo Idempotency-Key: a requisição não foi executada, e a chave impede que uma duplicata posterior rode duas vezes.",
			},
			Source: stripeErrorCodes + "/lock-timeout; https://docs.stripe.com/rate-limits (object lock timeouts: 429, lock_timeout)",
		},
		{
			Code:     "parameter_invalid_empty",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Required value empty", PT: "Valor obrigatório vazio"},
			Meaning: Text{
				EN: "One or more required values were sent empty; param names the first one.",
				PT: "Um ou mais valores obrigatórios foram enviados vazios; param indica o primeiro.",
			},
			Fix: []Text{
				{EN: "Fill the parameter named in error.param; to unset an optional field, omit it or follow the endpoint's documented way of clearing it.", PT: "Preencha o parâmetro indicado em error.param; para limpar um campo opcional, omita-o ou siga a forma documentada do endpoint para apagá-lo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The empty value is refused every time; send a value.", PT: "O valor vazio é recusado sempre; envie um valor."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeErrorCodes + "/parameter-invalid-empty; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "parameter_invalid_integer",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Parameter must be an integer", PT: "Parâmetro precisa ser inteiro"},
			Meaning: Text{
				EN: "A parameter that takes an integer received another type, typically an amount sent with decimals (10.50 instead of 1050).",
				PT: "Um parâmetro que aceita inteiro recebeu outro tipo, normalmente um valor com casas decimais (10.50 em vez de 1050).",
			},
			Fix: []Text{
				{EN: "Send amounts as integers in the smallest currency unit (1050 for 10.50) and check the type of the parameter in error.param.", PT: "Envie valores como inteiros na menor unidade da moeda (1050 para 10,50) e confira o tipo do parâmetro em error.param."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same value is refused every time; send an integer.", PT: "O mesmo valor é recusado sempre; envie um inteiro."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeErrorCodes + "/parameter-invalid-integer; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "parameter_invalid_string_empty",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "String parameter empty", PT: "Parâmetro de texto vazio"},
			Meaning: Text{
				EN: "A required string value was sent as an empty string; it must have at least one character.",
				PT: "Um valor de texto obrigatório foi enviado como string vazia; ele precisa ter pelo menos um caractere.",
			},
			Fix: []Text{
				{EN: "Fill the parameter named in error.param, or leave it out when it is optional.", PT: "Preencha o parâmetro indicado em error.param, ou omita-o quando for opcional."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The empty string is refused every time; send a value.", PT: "A string vazia é recusada sempre; envie um valor."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeErrorCodes + "/parameter-invalid-string-empty; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "parameter_missing",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Required parameter missing", PT: "Parâmetro obrigatório ausente"},
			Meaning: Text{
				EN: "One or more values required to create or change the object are missing; param names the first one.",
				PT: "Um ou mais valores obrigatórios para criar ou alterar o objeto estão ausentes; param indica o primeiro.",
			},
			Fix: []Text{
				{EN: "Add the parameter named in error.param (e.g. amount and currency on a PaymentIntent).", PT: "Inclua o parâmetro indicado em error.param (ex.: amount e currency num PaymentIntent)."},
				{EN: "Check the endpoint's required parameters in the API reference.", PT: "Confira os parâmetros obrigatórios do endpoint na referência da API."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request fails until the parameter is sent.", PT: "A requisição falha até o parâmetro ser enviado."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeErrorCodes + "/parameter-missing; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "parameter_unknown",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Unknown parameter", PT: "Parâmetro desconhecido"},
			Meaning: Text{
				EN: "The request contains a parameter Stripe does not expect, often a typo, a field of another API version, or data that belongs in metadata.",
				PT: "A requisição tem um parâmetro que a Stripe não espera, muitas vezes um erro de digitação, um campo de outra versão da API ou um dado que deveria ir em metadata.",
			},
			Fix: []Text{
				{EN: "Remove or rename the parameter in error.param; put your own data under metadata[…].", PT: "Remova ou renomeie o parâmetro em error.param; coloque dados próprios em metadata[…]."},
				{EN: "Check which API version your account or Stripe-Version header uses.", PT: "Confira qual versão da API sua conta ou o cabeçalho Stripe-Version usa."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The unknown parameter is refused every time; remove it.", PT: "O parâmetro desconhecido é recusado sempre; remova-o."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT},
			Source:      stripeErrorCodes + "/parameter-unknown; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "payment_intent_authentication_failure",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Payment method failed authentication", PT: "Forma de pagamento falhou na autenticação"},
			Meaning: Text{
				EN: "The payment method attached to the PaymentIntent failed authentication (e.g. the customer failed or abandoned 3D Secure), so the PaymentIntent needs a new payment method.",
				PT: "A forma de pagamento ligada ao PaymentIntent falhou na autenticação (ex.: o cliente não passou ou abandonou o 3D Secure), então o PaymentIntent precisa de uma nova forma de pagamento.",
			},
			Fix: []Text{
				{EN: "Ask the customer for a new payment method and confirm the same PaymentIntent with it.", PT: "Peça ao cliente uma nova forma de pagamento e confirme o mesmo PaymentIntent com ela."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The failed authentication is final for that payment method; only a new one can complete the payment.", PT: "A falha de autenticação é definitiva para essa forma de pagamento; só uma nova pode concluir o pagamento."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeErrorCodes + "/payment-intent-authentication-failure",
		},
		{
			Code:     "payment_intent_unexpected_state",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "PaymentIntent in the wrong state", PT: "PaymentIntent no estado errado"},
			Meaning: Text{
				EN: "The PaymentIntent's status does not allow the operation, e.g. confirming or updating one that already succeeded or was canceled, or capturing one that is not requires_capture.",
				PT: "O status do PaymentIntent não permite a operação, por exemplo confirmar ou alterar um que já foi concluído (succeeded) ou cancelado, ou capturar um que não está em requires_capture.",
			},
			Fix: []Text{
				{EN: "Retrieve the PaymentIntent and read its status before acting.", PT: "Consulte o PaymentIntent e leia o status antes de agir."},
				{EN: "If it already succeeded, record the payment and do not confirm it again; if it was canceled, create a new PaymentIntent.", PT: "Se ele já foi concluído, registre o pagamento e não confirme de novo; se foi cancelado, crie um novo PaymentIntent."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The state decides what to do: often the payment already went through (a duplicate confirm), so look it up rather than resend.", PT: "O estado decide o que fazer: muitas vezes o pagamento já foi feito (confirmação duplicada), então consulte em vez de reenviar."},
			Idempotency: Text{
				EN: "Send confirms and captures with an Idempotency-Key derived from the order so that a double submit replays the first result instead of hitting this error.",
				PT: "Envie confirmações e capturas com um Idempotency-Key derivado do pedido, para que um envio duplicado repita o primeiro resultado em vez de cair neste erro.",
			},
			Source: stripeErrorCodes + "/payment-intent-unexpected-state; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "payment_method_not_available",
			Status:   0,
			Category: Upstream,
			Title:    Text{EN: "Payment method processor unavailable", PT: "Processador da forma de pagamento indisponível"},
			Meaning: Text{
				EN: "The processor behind the chosen payment method is temporarily unavailable, so the payment could not be attempted.",
				PT: "O processador por trás da forma de pagamento escolhida está temporariamente indisponível, então o pagamento não pôde ser tentado.",
			},
			Fix: []Text{
				{EN: "Retry later with the same payment method, with backoff.", PT: "Tente mais tarde com a mesma forma de pagamento, com backoff."},
				{EN: "Or offer the customer another payment method now.", PT: "Ou ofereça agora outra forma de pagamento ao cliente."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The outage is temporary; a later attempt can succeed.", PT: "A indisponibilidade é temporária; uma tentativa mais tarde pode dar certo."},
			Idempotency: Text{
				EN: "Stripe stores this failure under the Idempotency-Key if the request ran, so check the PaymentIntent's status and retry the confirmation with a new key only while it still requires a payment method or confirmation.",
				PT: "A Stripe guarda esta falha sob o Idempotency-Key se a requisição foi executada, então confira o status do PaymentIntent e tente a confirmação com uma chave nova só enquanto ele ainda exigir forma de pagamento ou confirmação.",
			},
			Source: stripeErrorCodes + "/payment-method-not-available",
		},
		{
			Code:     "processing_error",
			Status:   402,
			Category: Upstream,
			Title:    Text{EN: "Error while processing the card", PT: "Erro ao processar o cartão"},
			Meaning: Text{
				EN: "As an error code and as a decline code: an error occurred while the card was being processed, not a refusal by the customer's bank.",
				PT: "Como código de erro e como decline code: houve um erro durante o processamento do cartão, não uma recusa do banco do cliente.",
			},
			Fix: []Text{
				{EN: "Attempt the payment again; if it still fails, try again later.", PT: "Tente o pagamento de novo; se ainda falhar, tente mais tarde."},
				{EN: "If it keeps failing, ask the customer for another payment method.", PT: "Se continuar falhando, peça ao cliente outra forma de pagamento."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The failure is technical and usually transient, so a retry after a short wait often succeeds.", PT: "A falha é técnica e normalmente passageira, então uma nova tentativa depois de uma espera curta costuma dar certo."},
			Idempotency: Text{
				EN: "The failed attempt is stored under its Idempotency-Key (the same key replays the error for 24 hours), and nothing was charged: retry with a new key.",
				PT: "A tentativa com falha fica guardada sob o Idempotency-Key (a mesma chave repete o erro por 24 horas), e nada foi cobrado: tente de novo com uma chave nova.",
			},
			Source: stripeErrorCodes + "/processing-error; " + stripeDeclineCodes + " (processing_error)",
		},
		{
			Code:     "rate_limit",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Too many requests", PT: "Requisições demais"},
			Meaning: Text{
				EN: "Too many requests hit the API too quickly: Stripe's limits are about 100 operations per second in live mode and 25 in a sandbox, with stricter per-endpoint limits; the Stripe-Rate-Limited-Reason header says which limiter fired.",
				PT: "Requisições demais chegaram à API rápido demais: os limites da Stripe são de cerca de 100 operações por segundo em produção e 25 em sandbox, com limites mais rígidos por endpoint; o cabeçalho Stripe-Rate-Limited-Reason diz qual limitador disparou.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff and jitter; Stripe documents no Retry-After, so honour one only if present.", PT: "Tente de novo com backoff exponencial e jitter; a Stripe não documenta Retry-After, então respeite-o só se vier."},
				{EN: "Throttle on your side (e.g. a token bucket shared by all workers) and avoid polling; use webhooks instead.", PT: "Limite o ritmo do seu lado (ex.: um token bucket compartilhado por todos os workers) e evite polling; use webhooks."},
				{EN: "If the rise is unexpected or you need more throughput, contact Stripe support (weeks ahead for large increases).", PT: "Se o aumento for inesperado ou você precisar de mais vazão, fale com o suporte da Stripe (semanas antes, para aumentos grandes)."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "Stripe recommends exponential backoff and states no delay; the request was not executed, so it is safe to resend later.", PT: "A Stripe recomenda backoff exponencial e não informa um prazo; a requisição não foi executada, então é seguro reenviá-la depois."},
			Idempotency: Text{
				EN: "A rate-limited request was not run: resend it with the same Idempotency-Key.",
				PT: "Uma requisição barrada pelo limite não foi executada: reenvie com o mesmo Idempotency-Key.",
			},
			Source: stripeErrorCodes + "/rate-limit; https://docs.stripe.com/rate-limits",
		},
		{
			Code:     "resource_already_exists",
			Status:   400,
			Category: Conflict,
			Title:    Text{EN: "Resource with this id already exists", PT: "Já existe um recurso com este id"},
			Meaning: Text{
				EN: "You chose the id of the object yourself (e.g. a coupon or plan) and an object with that id already exists.",
				PT: "Você mesmo escolheu o id do objeto (ex.: um cupom ou plano) e já existe um objeto com esse id.",
			},
			Fix: []Text{
				{EN: "If the existing object is the one you meant to create, retrieve and use it.", PT: "Se o objeto existente é o que você queria criar, consulte-o e use-o."},
				{EN: "Otherwise send a different, unique id.", PT: "Caso contrário, envie um id diferente e único."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The id is taken; the same request can only succeed with another id.", PT: "O id já está em uso; a mesma requisição só dá certo com outro id."},
			Source:   stripeErrorCodes + "/resource-already-exists; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "resource_missing",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "No such object", PT: "Objeto não encontrado"},
			Meaning: Text{
				EN: "The id given does not exist for this key: the object was never created, belongs to the other mode (test/live) or another account, or the id is of a different kind of object.",
				PT: "O id informado não existe para esta chave: o objeto nunca foi criado, pertence ao outro modo (teste/produção) ou a outra conta, ou o id é de outro tipo de objeto.",
			},
			Fix: []Text{
				{EN: "Check the id in error.param/message and that its prefix matches the endpoint (pi_ for PaymentIntents, cus_ for customers …).", PT: "Confira o id em error.param/message e se o prefixo bate com o endpoint (pi_ para PaymentIntents, cus_ para clientes …)."},
				{EN: "Make sure the key is of the same mode and account as the object; for connected accounts send the Stripe-Account header.", PT: "Verifique se a chave é do mesmo modo e conta do objeto; para contas conectadas, envie o cabeçalho Stripe-Account."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup keeps failing until it names an object this key can see.", PT: "A consulta continua falhando até apontar um objeto que esta chave enxerga."},
			Source:   stripeErrorCodes + "/resource-missing; 404 Not Found from " + stripeAPIErrors,
		},
		{
			Code:     "secret_key_required",
			Status:   0,
			Category: Authentication,
			Title:    Text{EN: "Secret key required", PT: "Chave secreta necessária"},
			Meaning: Text{
				EN: "The call was made with a publishable key (pk_…), but this operation needs a secret key (sk_…) or restricted key.",
				PT: "A chamada foi feita com uma chave publicável (pk_…), mas esta operação exige uma chave secreta (sk_…) ou restrita.",
			},
			Fix: []Text{
				{EN: "Make this call from your server with the secret key; keep the publishable key for Stripe.js and the mobile SDKs.", PT: "Faça esta chamada do seu servidor com a chave secreta; deixe a chave publicável para o Stripe.js e os SDKs móveis."},
				{EN: "Never put the secret key in browser or app code.", PT: "Nunca coloque a chave secreta em código de navegador ou de app."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A publishable key is never accepted here; retry only with a secret key.", PT: "Uma chave publicável nunca é aceita aqui; tente de novo só com uma chave secreta."},
			Source:   stripeErrorCodes + "/secret-key-required",
		},
		{
			Code:     "testmode_charges_only",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Account not activated for live charges", PT: "Conta não ativada para cobranças reais"},
			Meaning: Text{
				EN: "Your Stripe account has not been activated, so it can only make test charges.",
				PT: "Sua conta Stripe ainda não foi ativada, então só pode fazer cobranças de teste.",
			},
			Fix: []Text{
				{EN: "Activate the account in the Dashboard (business details, bank account, verification), then use the live keys.", PT: "Ative a conta no Dashboard (dados da empresa, conta bancária, verificação) e depois use as chaves de produção."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Live charges stay refused until the account is activated.", PT: "As cobranças reais continuam recusadas até a conta ser ativada."},
			Source:   stripeErrorCodes + "/testmode-charges-only",
		},
		{
			Code:     "tls_version_unsupported",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "TLS version not supported", PT: "Versão de TLS não suportada"},
			Meaning: Text{
				EN: "Your integration connects to Stripe with an old TLS version; Stripe requires TLS 1.2 or above.",
				PT: "Sua integração se conecta à Stripe com uma versão antiga de TLS; a Stripe exige TLS 1.2 ou superior.",
			},
			Fix: []Text{
				{EN: "Upgrade the HTTP client, language runtime or OpenSSL so that connections use TLS 1.2 or later.", PT: "Atualize o cliente HTTP, o runtime da linguagem ou o OpenSSL para que as conexões usem TLS 1.2 ou superior."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Every request over the old TLS version is refused until the client is upgraded.", PT: "Toda requisição pela versão antiga de TLS é recusada até o cliente ser atualizado."},
			Source:   stripeErrorCodes + "/tls-version-unsupported",
		},
		{
			Code:     "token_already_used",
			Status:   400,
			Category: Conflict,
			Title:    Text{EN: "Token already used", PT: "Token já utilizado"},
			Meaning: Text{
				EN: "The card or bank token (tok_…) was already used once; tokens are single-use.",
				PT: "O token de cartão ou de banco (tok_…) já foi usado uma vez; tokens são de uso único.",
			},
			Fix: []Text{
				{EN: "Create a new token (or, better, save a PaymentMethod to the customer and reuse that) before retrying.", PT: "Crie um token novo (ou, melhor, salve um PaymentMethod no cliente e reutilize-o) antes de tentar de novo."},
				{EN: "Check whether the first use already created the charge you wanted.", PT: "Verifique se o primeiro uso já criou a cobrança que você queria."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A used token can never be used again; a new token is needed.", PT: "Um token usado nunca pode ser usado de novo; é preciso um token novo."},
			Source:   stripeErrorCodes + "/token-already-used; status 400 from " + stripeAPIErrors,
		},

		// Decline codes (error.decline_code) not already covered above, in the order of
		// the decline code list.
		{
			Code:     "approve_with_id",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Payment could not be authorized", PT: "Pagamento não pôde ser autorizado"},
			Meaning: Text{
				EN: "Decline code: the issuer could not authorize the payment this time.",
				PT: "Código de recusa (decline code): o emissor não conseguiu autorizar o pagamento desta vez.",
			},
			Fix: []Text{
				{EN: "Attempt the payment again.", PT: "Tente o pagamento de novo."},
				{EN: "If it is still declined, the customer needs to contact the card issuer.", PT: "Se continuar recusado, o cliente precisa falar com o emissor do cartão."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "Stripe's next step is to attempt the payment again, so one more try after a short wait may pass.", PT: "O próximo passo indicado pela Stripe é tentar o pagamento de novo, então mais uma tentativa depois de uma espera curta pode passar."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (approve_with_id)",
		},
		{
			Code:     "call_issuer",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined: customer must call the issuer", PT: "Recusado: cliente deve ligar para o emissor"},
			Meaning: Text{
				EN: "Decline code: the card was declined for a reason the issuer did not share.",
				PT: "Código de recusa (decline code): o cartão foi recusado por um motivo que o emissor não informou.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the card issuer for details, or to use another payment method.", PT: "Peça ao cliente que fale com o emissor do cartão para saber o motivo, ou use outra forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Only the issuer can lift the refusal; retrying before the customer talks to them is refused again.", PT: "Só o emissor pode desfazer a recusa; uma nova tentativa antes de o cliente falar com ele é recusada de novo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (call_issuer)",
		},
		{
			Code:     "card_not_supported",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card does not support this purchase", PT: "Cartão não aceita este tipo de compra"},
			Meaning: Text{
				EN: "Decline code: the card does not support this type of purchase (e.g. online, international or recurring payments).",
				PT: "Código de recusa (decline code): o cartão não aceita este tipo de compra (ex.: compras online, internacionais ou recorrentes).",
			},
			Fix: []Text{
				{EN: "Ask the customer to check with the issuer that the card can be used for this purchase, or to use another card.", PT: "Peça ao cliente que confirme com o emissor se o cartão pode ser usado para esta compra, ou use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The card will refuse the same kind of purchase again.", PT: "O cartão vai recusar o mesmo tipo de compra de novo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (card_not_supported)",
		},
		{
			Code:     "card_velocity_exceeded",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card limit exceeded", PT: "Limite do cartão excedido"},
			Meaning: Text{
				EN: "Decline code: the customer exceeded the balance, credit limit or transaction amount limit available on the card.",
				PT: "Código de recusa (decline code): o cliente excedeu o saldo, o limite de crédito ou o limite por transação disponível no cartão.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the issuer or to use another payment method.", PT: "Peça ao cliente que fale com o emissor ou use outra forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The limit stays exceeded until the issuer raises it or it resets.", PT: "O limite continua excedido até o emissor aumentá-lo ou ele ser renovado."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (card_velocity_exceeded)",
		},
		{
			Code:     "currency_not_supported",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card does not support the currency", PT: "Cartão não aceita a moeda"},
			Meaning: Text{
				EN: "Decline code: the card does not support the currency of the payment.",
				PT: "Código de recusa (decline code): o cartão não aceita a moeda do pagamento.",
			},
			Fix: []Text{
				{EN: "Ask the customer to check with the issuer whether the card can be used in this currency, or to use another card.", PT: "Peça ao cliente que confirme com o emissor se o cartão pode ser usado nesta moeda, ou use outro cartão."},
				{EN: "If you can, offer the price in another currency.", PT: "Se possível, ofereça o preço em outra moeda."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same card is refused again in this currency.", PT: "O mesmo cartão é recusado de novo nesta moeda."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (currency_not_supported)",
		},
		{
			Code:     "do_not_honor",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined by the issuer (do not honor)", PT: "Recusado pelo emissor (do not honor)"},
			Meaning: Text{
				EN: "Decline code: the issuer declined the card without giving a reason.",
				PT: "Código de recusa (decline code): o emissor recusou o cartão sem informar o motivo.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the card issuer (with amount, date and your business name) or to use another payment method.", PT: "Peça ao cliente que fale com o emissor (informando valor, data e o nome da sua empresa) ou use outra forma de pagamento."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "Repeating the same card right away is usually refused again; follow advice_code when present (do_not_try_again: never retry; try_again_later: a later retry may pass).",
				PT: "Uma nova tentativa imediata com o mesmo cartão costuma ser recusada de novo; siga o advice_code quando vier (do_not_try_again: nunca tentar de novo; try_again_later: uma tentativa mais tarde pode passar).",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (do_not_honor); " + stripeAdvice,
		},
		{
			Code:     "do_not_try_again",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined: do not try again", PT: "Recusado: não tente de novo"},
			Meaning: Text{
				EN: "As a decline code, a refusal for an unknown reason that the issuer says not to retry; as an advice_code, the issuer's instruction that this payment must not be attempted again.",
				PT: "Como decline code, uma recusa por motivo desconhecido que o emissor diz para não repetir; como advice_code, a instrução do emissor de que este pagamento não deve ser tentado de novo.",
			},
			Fix: []Text{
				{EN: "Stop retrying this card; ask the customer for another payment method or to contact the issuer.", PT: "Pare de tentar este cartão; peça ao cliente outra forma de pagamento ou que fale com o emissor."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The issuer will not approve it, and card networks may charge fees for repeated attempts on such declines.", PT: "O emissor não vai aprovar, e as bandeiras podem cobrar tarifas por tentativas repetidas nessas recusas."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (do_not_try_again); " + stripeAdvice,
		},
		{
			Code:     "duplicate_transaction",
			Status:   402,
			Category: Conflict,
			Title:    Text{EN: "Duplicate transaction", PT: "Transação duplicada"},
			Meaning: Text{
				EN: "Decline code: a transaction with the same amount and card was submitted very recently, so the issuer refused this one as a duplicate.",
				PT: "Código de recusa (decline code): uma transação com o mesmo valor e o mesmo cartão foi enviada há pouquíssimo tempo, então o emissor recusou esta como duplicada.",
			},
			Fix: []Text{
				{EN: "Check whether a recent payment for this order already succeeded before asking the customer to pay again.", PT: "Verifique se um pagamento recente deste pedido já foi aprovado antes de pedir ao cliente que pague de novo."},
				{EN: "Prevent double submits (disable the pay button, use an Idempotency-Key per order).", PT: "Evite envios duplicados (desabilite o botão de pagar, use um Idempotency-Key por pedido)."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The customer has probably already paid; look the earlier payment up before trying again.", PT: "O cliente provavelmente já pagou; consulte o pagamento anterior antes de tentar de novo."},
			Idempotency: Text{
				EN: "Use one Idempotency-Key per order attempt so that a resubmission replays the first result instead of reaching the issuer twice.",
				PT: "Use um Idempotency-Key por tentativa de pedido, para que um reenvio repita o primeiro resultado em vez de chegar duas vezes ao emissor.",
			},
			Source: stripeDeclineCodes + " (duplicate_transaction)",
		},
		{
			Code:     "fraudulent",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined as suspected fraud", PT: "Recusado por suspeita de fraude"},
			Meaning: Text{
				EN: "Decline code: the payment was declined because Stripe or the issuer suspects fraud.",
				PT: "Código de recusa (decline code): o pagamento foi recusado porque a Stripe ou o emissor suspeita de fraude.",
			},
			Fix: []Text{
				{EN: "Do not tell the customer the specific reason; show the generic decline message instead.", PT: "Não informe ao cliente o motivo específico; mostre a mensagem genérica de recusa."},
				{EN: "Review the payment (Radar) before accepting another attempt from this customer.", PT: "Revise o pagamento (Radar) antes de aceitar outra tentativa deste cliente."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A payment flagged as fraudulent will not be approved by retrying it.", PT: "Um pagamento marcado como fraude não será aprovado tentando de novo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (fraudulent)",
		},
		{
			Code:     "generic_decline",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card declined (no reason given)", PT: "Cartão recusado (sem motivo informado)"},
			Meaning: Text{
				EN: "Decline code: the card was declined for an unknown reason, or the payment matched a blocking rule (e.g. Radar, or Stripe stopping excessive retries).",
				PT: "Código de recusa (decline code): o cartão foi recusado por motivo desconhecido, ou o pagamento caiu numa regra de bloqueio (ex.: Radar, ou a Stripe barrando tentativas em excesso).",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the card issuer or to use another payment method.", PT: "Peça ao cliente que fale com o emissor do cartão ou use outra forma de pagamento."},
				{EN: "Check your Radar rules in the Dashboard if many payments fail this way.", PT: "Confira suas regras do Radar no Dashboard se muitos pagamentos falharem assim."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "The same card is usually refused again; follow advice_code when present (do_not_try_again: stop; try_again_later: retry later; confirm_card_data: have the card details re-entered).",
				PT: "O mesmo cartão costuma ser recusado de novo; siga o advice_code quando vier (do_not_try_again: pare; try_again_later: tente mais tarde; confirm_card_data: peça os dados do cartão de novo).",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (generic_decline); " + stripeAdvice,
		},
		{
			Code:     "invalid_account",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card or account invalid", PT: "Cartão ou conta inválida"},
			Meaning: Text{
				EN: "Decline code: the card, or the account the card is connected to, is invalid (e.g. closed).",
				PT: "Código de recusa (decline code): o cartão, ou a conta à qual ele está ligado, é inválido (ex.: encerrado).",
			},
			Fix: []Text{
				{EN: "Ask the customer to check with the issuer that the card works, or to use another card.", PT: "Peça ao cliente que confirme com o emissor se o cartão está funcionando, ou use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "An invalid card or account keeps being refused; another card is needed.", PT: "Um cartão ou conta inválida continua sendo recusado; é preciso outro cartão."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (invalid_account)",
		},
		{
			Code:     "invalid_amount",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Amount refused by the issuer", PT: "Valor recusado pelo emissor"},
			Meaning: Text{
				EN: "Decline code: the payment amount is invalid or exceeds what the issuer allows for this card.",
				PT: "Código de recusa (decline code): o valor do pagamento é inválido ou excede o permitido pelo emissor para este cartão.",
			},
			Fix: []Text{
				{EN: "Check the amount you sent; if it is right, the customer must ask the issuer whether they can make purchases of that amount.", PT: "Confira o valor enviado; se estiver certo, o cliente precisa perguntar ao emissor se pode fazer compras desse valor."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount on the same card is refused again.", PT: "O mesmo valor no mesmo cartão é recusado de novo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (invalid_amount)",
		},
		{
			Code:     "issuer_not_available",
			Status:   402,
			Category: Upstream,
			Title:    Text{EN: "Card issuer unreachable", PT: "Emissor do cartão indisponível"},
			Meaning: Text{
				EN: "Decline code: the card issuer could not be reached, so the payment could not be authorized.",
				PT: "Código de recusa (decline code): não foi possível falar com o emissor do cartão, então o pagamento não pôde ser autorizado.",
			},
			Fix: []Text{
				{EN: "Attempt the payment again after a short wait.", PT: "Tente o pagamento de novo depois de uma espera curta."},
				{EN: "If it still cannot be processed, the customer should contact the issuer or use another method.", PT: "Se ainda não for processado, o cliente deve falar com o emissor ou usar outra forma de pagamento."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The issuer outage is usually temporary, so a retry after backoff can succeed.", PT: "A indisponibilidade do emissor costuma ser passageira, então uma nova tentativa com backoff pode dar certo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (issuer_not_available)",
		},
		{
			Code:     "lost_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card reported lost", PT: "Cartão com perda comunicada"},
			Meaning: Text{
				EN: "Decline code: the payment was declined because the card was reported lost.",
				PT: "Código de recusa (decline code): o pagamento foi recusado porque o cartão foi comunicado como perdido.",
			},
			Fix: []Text{
				{EN: "Show the customer the generic decline message (not the specific reason) and ask for another payment method.", PT: "Mostre ao cliente a mensagem genérica de recusa (não o motivo específico) e peça outra forma de pagamento."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A card reported lost will never be approved; retrying only adds risk.", PT: "Um cartão comunicado como perdido nunca será aprovado; tentar de novo só aumenta o risco."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (lost_card)",
		},
		{
			Code:     "merchant_blacklist",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Blocked by your block list", PT: "Bloqueado pela sua lista de bloqueio"},
			Meaning: Text{
				EN: "Decline code: the payment matches a value on your own Stripe block list (Radar).",
				PT: "Código de recusa (decline code): o pagamento corresponde a um valor da sua própria lista de bloqueio na Stripe (Radar).",
			},
			Fix: []Text{
				{EN: "Show the customer the generic decline message; if the block is a mistake, remove the entry from the Radar list first.", PT: "Mostre ao cliente a mensagem genérica de recusa; se o bloqueio for engano, remova antes a entrada da lista do Radar."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The block list refuses the same payment every time.", PT: "A lista de bloqueio recusa o mesmo pagamento sempre."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (merchant_blacklist)",
		},
		{
			Code:     "pickup_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card must not be used (pick up card)", PT: "Cartão não pode ser usado (reter cartão)"},
			Meaning: Text{
				EN: "Decline code: the customer cannot use this card for this payment; it may have been reported lost or stolen.",
				PT: "Código de recusa (decline code): o cliente não pode usar este cartão neste pagamento; ele pode ter sido comunicado como perdido ou roubado.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the issuer and to use another payment method.", PT: "Peça ao cliente que fale com o emissor e use outra forma de pagamento."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The issuer has taken the card out of use; it will not be approved again.", PT: "O emissor tirou o cartão de uso; ele não será aprovado de novo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (pickup_card)",
		},
		{
			Code:     "reenter_transaction",
			Status:   402,
			Category: Upstream,
			Title:    Text{EN: "Issuer asks to re-enter the transaction", PT: "Emissor pede para refazer a transação"},
			Meaning: Text{
				EN: "Decline code: the issuer could not process the payment for an unknown reason.",
				PT: "Código de recusa (decline code): o emissor não conseguiu processar o pagamento por motivo desconhecido.",
			},
			Fix: []Text{
				{EN: "Attempt the payment again; if it still fails, the customer should contact the issuer.", PT: "Tente o pagamento de novo; se ainda falhar, o cliente deve falar com o emissor."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "Stripe's next step is to attempt the payment again; a retry after a short wait may pass.", PT: "O próximo passo indicado pela Stripe é tentar o pagamento de novo; uma nova tentativa depois de uma espera curta pode passar."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (reenter_transaction)",
		},
		{
			Code:     "restricted_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card restricted", PT: "Cartão com restrição"},
			Meaning: Text{
				EN: "Decline code: the customer cannot use this card for this payment; it may have been reported lost or stolen.",
				PT: "Código de recusa (decline code): o cliente não pode usar este cartão neste pagamento; ele pode ter sido comunicado como perdido ou roubado.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the issuer and to use another payment method.", PT: "Peça ao cliente que fale com o emissor e use outra forma de pagamento."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The restriction is on the card; retrying it will be refused again.", PT: "A restrição está no cartão; uma nova tentativa será recusada outra vez."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (restricted_card)",
		},
		{
			Code:     "stolen_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card reported stolen", PT: "Cartão com roubo comunicado"},
			Meaning: Text{
				EN: "Decline code: the payment was declined because the card was reported stolen.",
				PT: "Código de recusa (decline code): o pagamento foi recusado porque o cartão foi comunicado como roubado.",
			},
			Fix: []Text{
				{EN: "Show the customer the generic decline message (not the specific reason) and ask for another payment method.", PT: "Mostre ao cliente a mensagem genérica de recusa (não o motivo específico) e peça outra forma de pagamento."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A card reported stolen will never be approved; retrying only adds risk.", PT: "Um cartão comunicado como roubado nunca será aprovado; tentar de novo só aumenta o risco."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (stolen_card)",
		},
		{
			Code:     "transaction_not_allowed",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Transaction not allowed on this card", PT: "Transação não permitida neste cartão"},
			Meaning: Text{
				EN: "Decline code: the card was declined for an unknown reason, often because the card blocks this category of purchase or online use.",
				PT: "Código de recusa (decline code): o cartão foi recusado por motivo desconhecido, muitas vezes porque bloqueia esta categoria de compra ou o uso online.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the issuer (or enable online/international purchases in the bank's app) or to use another card.", PT: "Peça ao cliente que fale com o emissor (ou libere compras online/internacionais no app do banco) ou use outro cartão."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The card keeps refusing this transaction until the customer changes its settings with the issuer.", PT: "O cartão continua recusando esta transação até o cliente mudar a configuração com o emissor."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (transaction_not_allowed)",
		},
		{
			Code:     "try_again_later",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined: try again later", PT: "Recusado: tente mais tarde"},
			Meaning: Text{
				EN: "As a decline code, a refusal for an unknown reason that may pass on a later attempt; as an advice_code, the issuer's hint that retrying later can succeed.",
				PT: "Como decline code, uma recusa por motivo desconhecido que pode passar numa tentativa posterior; como advice_code, a indicação do emissor de que tentar mais tarde pode dar certo.",
			},
			Fix: []Text{
				{EN: "Ask the customer to attempt the payment again later.", PT: "Peça ao cliente que tente o pagamento mais tarde."},
				{EN: "If later attempts are declined too, the customer should contact the issuer.", PT: "Se as tentativas seguintes também forem recusadas, o cliente deve falar com o emissor."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The issuer signals a temporary refusal; a spaced-out retry may be approved, while immediate repeats are not.", PT: "O emissor sinaliza uma recusa temporária; uma nova tentativa espaçada pode ser aprovada, repetições imediatas não."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (try_again_later); " + stripeAdvice,
		},
		{
			Code:     "withdrawal_count_limit_exceeded",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card withdrawal limit reached", PT: "Limite de saques do cartão atingido"},
			Meaning: Text{
				EN: "Decline code: the customer has exceeded the balance or credit limit available on the card.",
				PT: "Código de recusa (decline code): o cliente excedeu o saldo ou o limite de crédito disponível no cartão.",
			},
			Fix: []Text{
				{EN: "Ask the customer to use another payment method.", PT: "Peça ao cliente que use outra forma de pagamento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The card stays over its limit for now; another method is needed.", PT: "O cartão continua acima do limite por enquanto; é preciso outra forma de pagamento."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT},
			Source:      stripeDeclineCodes + " (withdrawal_count_limit_exceeded)",
		},
	},
}
