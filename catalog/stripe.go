//go:build !textpack

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

	// Stripe saves a request's result under its Idempotency-Key only once the endpoint has
	// started executing, and keeps keys for at least 24 hours; a request whose parameters
	// fail validation saves nothing (https://docs.stripe.com/idempotency). A card decline
	// is saved; a validation error is not. Neither text may assume a key was sent: decode
	// says which when the paste shows the request's headers.
	stripeIdemDeclineEN = "If the request carried an Idempotency-Key, Stripe saved this declined result under it and returns it to any retry with that key (keys are kept at least 24 hours): give the next attempt (another card, corrected data) a new Idempotency-Key; nothing was charged, so a new key cannot charge twice."
	stripeIdemDeclinePT = "Se a requisição levou uma Idempotency-Key, a Stripe guardou este resultado recusado sob ela e o devolve a qualquer nova tentativa com essa chave (as chaves são mantidas por pelo menos 24 horas): use uma Idempotency-Key nova na próxima tentativa (outro cartão, dados corrigidos); nada foi cobrado, então uma chave nova não cobra duas vezes."
	stripeIdemDeclineES = "Si la solicitud llevaba un Idempotency-Key, Stripe guardó este resultado rechazado bajo esa clave y lo devuelve a cualquier reintento con ella (las claves se conservan al menos 24 horas): use un Idempotency-Key nuevo en el próximo intento (otra tarjeta, datos corregidos); no se cobró nada, así que una clave nueva no puede cobrar dos veces."
	stripeIdemFixEN     = "Stripe saves no result for a request whose parameters fail validation, so there is nothing to replay; still, send the corrected request with a new Idempotency-Key, since a key stands for one request."
	stripeIdemFixPT     = "A Stripe não guarda resultado para uma requisição cujos parâmetros falham na validação, então não há nada a repetir; mesmo assim, envie a requisição corrigida com uma Idempotency-Key nova, pois cada chave representa uma requisição."
	stripeIdemFixES     = "Stripe no guarda ningún resultado para una solicitud cuyos parámetros no pasan la validación, así que no hay nada que repetir; aun así, envíe la solicitud corregida con un Idempotency-Key nuevo, ya que cada clave representa una solicitud."
	stripeIdemSavedEN   = "If the request carried an Idempotency-Key, Stripe saved this error under it (it saves a result once the endpoint has started) and returns it to any retry with that key for at least 24 hours: send the new attempt with a new key."
	stripeIdemSavedPT   = "Se a requisição levou uma Idempotency-Key, a Stripe guardou este erro sob ela (ela guarda o resultado assim que o endpoint começa a executar) e o devolve a qualquer nova tentativa com essa chave por pelo menos 24 horas: envie a nova tentativa com uma chave nova."
	stripeIdemSavedES   = "Si la solicitud llevaba un Idempotency-Key, Stripe guardó este error bajo esa clave (guarda el resultado en cuanto el endpoint empieza a ejecutarse) y lo devuelve a cualquier reintento con ella durante al menos 24 horas: envíe el nuevo intento con una clave nueva."
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
var stripe = Provider{
	id:      "stripe",
	name:    "Stripe",
	docsURL: stripeErrorCodes,
	hosts:   []string{"api.stripe.com", "files.stripe.com"},
	envelope: Text{
		EN: "JSON body {\"error\": {type, code, decline_code, advice_code, message, param, doc_url, request_log_url, plus the charge, payment_intent, payment_method or setup_intent involved}}; type is api_error, card_error, idempotency_error or invalid_request_error; the request id (req_…) comes in the Request-Id header, and the Stripe-Should-Retry header (true/false), when present, overrides what the status suggests about retrying.",
		PT: "Corpo JSON {\"error\": {type, code, decline_code, advice_code, message, param, doc_url, request_log_url, mais o charge, payment_intent, payment_method ou setup_intent envolvido}}; type é api_error, card_error, idempotency_error ou invalid_request_error; o id da requisição (req_…) vem no cabeçalho Request-Id, e o cabeçalho Stripe-Should-Retry (true/false), quando presente, prevalece sobre o que o status sugere quanto a tentar de novo.",
		ES: "Cuerpo JSON {\"error\": {type, code, decline_code, advice_code, message, param, doc_url, request_log_url, además del charge, payment_intent, payment_method o setup_intent involucrado}}; type es api_error, card_error, idempotency_error o invalid_request_error; el id de la solicitud (req_…) viene en el encabezado Request-Id, y el encabezado Stripe-Should-Retry (true/false), cuando está presente, prevalece sobre lo que el estado sugiere acerca de reintentar.",
	},
	rateLimitHeaders:  []string{"Stripe-Rate-Limited-Reason"},
	idempotencyHeader: "Idempotency-Key",
	// https://docs.stripe.com/error-low-level#server-errors: "Stripe-Should-Retry" says
	// whether Stripe believes a retry can succeed, and wins over what the status suggests.
	retryHeaders: []HeaderRule{
		{Header: "Stripe-Should-Retry", Value: "true", Strategy: Backoff, When: []Strategy{None, Fix, Backoff, CheckFirst},
			Why:    Text{EN: "Stripe says this request may be retried (Stripe-Should-Retry: true); reuse the same Idempotency-Key.", PT: "A Stripe informa que esta requisição pode ser repetida (Stripe-Should-Retry: true); reutilize a mesma Idempotency-Key.", ES: "Stripe indica que esta solicitud puede reintentarse (Stripe-Should-Retry: true); reutilice el mismo Idempotency-Key."},
			Source: Text{EN: "Stripe-Should-Retry header", PT: "cabeçalho Stripe-Should-Retry", ES: "encabezado Stripe-Should-Retry"}},
		{Header: "Stripe-Should-Retry", Value: "false", Strategy: None, When: []Strategy{Wait, Backoff, CheckFirst},
			Why:    Text{EN: "Stripe says retrying this request will not succeed (Stripe-Should-Retry: false).", PT: "A Stripe informa que repetir esta requisição não vai dar certo (Stripe-Should-Retry: false).", ES: "Stripe indica que reintentar esta solicitud no tendrá éxito (Stripe-Should-Retry: false)."},
			Source: Text{EN: "Stripe-Should-Retry header", PT: "cabeçalho Stripe-Should-Retry", ES: "encabezado Stripe-Should-Retry"}},
	},
	support: Text{
		EN: "Give Stripe support the Request-Id of the failed call (req_…, also the last part of request_log_url, which opens the request in the Dashboard logs), the object id (pi_…, ch_…), the mode (test or live) and the time; never send the secret key.",
		PT: "Informe ao suporte da Stripe o Request-Id da chamada com erro (req_…, também a última parte do request_log_url, que abre a requisição nos logs do Dashboard), o id do objeto (pi_…, ch_…), o modo (teste ou produção) e o horário; nunca envie a chave secreta.",
		ES: "Proporcione al soporte de Stripe el Request-Id de la llamada fallida (req_…, que también es la última parte de request_log_url, que abre la solicitud en los logs del Dashboard), el id del objeto (pi_…, ch_…), el modo (test o live) y la hora; nunca envíe la clave secreta.",
	},
	source: "Stripe documentation: " + stripeAPIErrors + ", " + stripeErrorCodes + ", " + stripeDeclineCodes + ", https://docs.stripe.com/declines/card, https://docs.stripe.com/error-low-level, https://docs.stripe.com/rate-limits; code spellings checked against stripe/stripe-go error.go",
	cues: []Cue{
		{Text: "Stripe::CardError", Kind: SDKClass, Status: 402, Code: "card_error"},
		{Text: "Stripe::InvalidRequestError", Kind: SDKClass, Code: "invalid_request_error"},
		{Text: "Stripe::AuthenticationError", Kind: SDKClass, Status: 401},
		{Text: "Stripe::PermissionError", Kind: SDKClass, Status: 403},
		{Text: "Stripe::RateLimitError", Kind: SDKClass, Status: 429, Code: "rate_limit"},
		{Text: "Stripe::IdempotencyError", Kind: SDKClass, Code: "idempotency_error"},
		{Text: "Stripe::APIConnectionError", Kind: SDKClass},
		{Text: "Stripe::APIError", Kind: SDKClass, Code: "api_error"},
		{Text: "Stripe::StripeError", Kind: SDKClass},
		{Text: "stripe.error.CardError", Kind: SDKClass, Status: 402, Code: "card_error"},
		{Text: "stripe.error.InvalidRequestError", Kind: SDKClass, Code: "invalid_request_error"},
		{Text: "stripe.error.AuthenticationError", Kind: SDKClass, Status: 401},
		{Text: "stripe.error.PermissionError", Kind: SDKClass, Status: 403},
		{Text: "stripe.error.RateLimitError", Kind: SDKClass, Status: 429, Code: "rate_limit"},
		{Text: "stripe.error.IdempotencyError", Kind: SDKClass, Code: "idempotency_error"},
		{Text: "stripe.error.APIConnectionError", Kind: SDKClass},
		{Text: "stripe.error.APIError", Kind: SDKClass, Code: "api_error"},
		{Text: "stripe.error.StripeError", Kind: SDKClass},
		{Text: "stripe.error.SignatureVerificationError", Kind: SDKClass},
		{Text: "stripe._error.", Kind: SDKClass},
		// stripe-python before 2.0 also named them at the package's top level.
		{Text: "stripe.CardError", Kind: SDKClass, Status: 402, Code: "card_error"},
		{Text: "stripe.InvalidRequestError", Kind: SDKClass, Code: "invalid_request_error"},
		{Text: "stripe.AuthenticationError", Kind: SDKClass, Status: 401},
		{Text: "stripe.APIError", Kind: SDKClass, Code: "api_error"},
		{Text: "Stripe\\Exception\\CardException", Kind: SDKClass, Status: 402, Code: "card_error"},
		{Text: "Stripe\\Exception\\InvalidRequestException", Kind: SDKClass, Code: "invalid_request_error"},
		{Text: "Stripe\\Exception\\AuthenticationException", Kind: SDKClass, Status: 401},
		{Text: "Stripe\\Exception\\PermissionException", Kind: SDKClass, Status: 403},
		{Text: "Stripe\\Exception\\RateLimitException", Kind: SDKClass, Status: 429, Code: "rate_limit"},
		{Text: "Stripe\\Exception\\IdempotencyException", Kind: SDKClass, Code: "idempotency_error"},
		{Text: "Stripe\\Exception\\ApiConnectionException", Kind: SDKClass},
		{Text: "Stripe\\Exception\\", Kind: SDKClass},
		{Text: "Stripe\\Error\\Card", Kind: SDKClass, Status: 402, Code: "card_error"},
		{Text: "Stripe\\Error\\InvalidRequest", Kind: SDKClass, Code: "invalid_request_error"},
		{Text: "Stripe\\Error\\Authentication", Kind: SDKClass, Status: 401},
		{Text: "Stripe\\Error\\RateLimit", Kind: SDKClass, Status: 429, Code: "rate_limit"},
		{Text: "Stripe\\Error\\", Kind: SDKClass},
		{Text: "StripeCardError", Kind: SDKClass, Status: 402, Code: "card_error"},
		{Text: "StripeInvalidRequestError", Kind: SDKClass, Code: "invalid_request_error"},
		{Text: "StripeAuthenticationError", Kind: SDKClass, Status: 401},
		{Text: "StripePermissionError", Kind: SDKClass, Status: 403},
		{Text: "StripeRateLimitError", Kind: SDKClass, Status: 429, Code: "rate_limit"},
		{Text: "StripeIdempotencyError", Kind: SDKClass, Code: "idempotency_error"},
		{Text: "StripeAPIError", Kind: SDKClass, Code: "api_error"},
		{Text: "StripeConnectionError", Kind: SDKClass},
		{Text: "StripeSignatureVerificationError", Kind: SDKClass}, // stripe-node's webhook signature check
		{Text: "com.stripe.exception.CardException", Kind: SDKClass, Status: 402, Code: "card_error"},
		{Text: "com.stripe.exception.InvalidRequestException", Kind: SDKClass, Code: "invalid_request_error"},
		{Text: "com.stripe.exception.AuthenticationException", Kind: SDKClass, Status: 401},
		{Text: "com.stripe.exception.RateLimitException", Kind: SDKClass, Status: 429, Code: "rate_limit"},
		{Text: "com.stripe.exception.", Kind: SDKClass},
		{Text: "Stripe.StripeException", Kind: SDKClass},
		{Text: "Stripe_CardError", Kind: SDKClass, Status: 402, Code: "card_error"},
		{Text: "Stripe_InvalidRequestError", Kind: SDKClass, Code: "invalid_request_error"},
		{Text: "Stripe_AuthenticationError", Kind: SDKClass, Status: 401},
		{Text: "Stripe_RateLimitError", Kind: SDKClass, Code: "rate_limit"},
		{Text: "Stripe_ApiConnectionError", Kind: SDKClass},
		{Text: "Stripe_ApiError", Kind: SDKClass, Code: "api_error"},
		{Text: "Stripe_Error", Kind: SDKClass},
		{Text: "com.stripe.lib", Kind: SDKClass},
		{Text: "StripeException(error: LocalizedErrorMessage(", Kind: SDKClass}, // flutter_stripe's exception, printed by Dart
		{Text: "com.stripe.android.exception.", Kind: SDKClass},                 // stripe-android's APIException, CardException …
		{Text: "com.stripe.android.core.exception.", Kind: SDKClass},            // the same since stripe-android 19
		// Whoops, Laravel's error page, spaces a class's namespaces: "Stripe \ Error \ Card".
		{Text: "Stripe \\ Error \\ ", Kind: SDKClass},
		{Text: "Stripe \\ Exception \\ ", Kind: SDKClass},
		// Stripe's resource_missing names the object and quotes its id: "No such
		// payment_intent: 'pi_…'", whatever the SDK or the platform channel around it.
		{Text: "No such payment_intent: '", Kind: APIMark},
		// Messages of Stripe's API that name no code of its own in its reference, each in
		// public pastes of its errors.
		{Text: "does not belong to the Customer you supplied", Kind: APIMark},
		{Text: "parameter is not supported for the payment_method_type", Kind: APIMark}, // statement_descriptor on card PaymentIntents (pretix, Kill Bill, V2Board)
		{Text: "date has to be at least 2 days in the future", Kind: APIMark},           // Checkout's subscription_data[trial_end]
		{Text: "An account link cannot be created for this account", Kind: APIMark},     // a Connect account rejected (Gumroad's Sentry)
		{Text: "This card doesn't appear to support payouts", Kind: APIMark},            // a debit card as a Connect external account
		{Text: "Your destination account needs to have at least one of the following capabilities enabled", Kind: APIMark},
		{Text: "because it is on your block list", Kind: APIMark}, // an external account the platform blocked
		{Text: "We couldn't find the bank for that BIC", Kind: APIMark},
		{Text: "to attempt to fulfill this PaymentIntent again", Kind: APIMark}, // payment_intent_authentication_failure's words
		{Text: "The card_present source type", Kind: APIMark},                   // Terminal's PaymentIntent in a currency the account does not take
		{Text: "source_redirect_slug", Kind: APIMark},                           // its 3-D Secure redirect links' parameter
		{Text: "Must provide destination or recipient", Kind: APIMark},          // a legacy transfer with neither
		{Text: "is currently the only supported value for the currency parameter", Kind: APIMark},
		{Text: "You cannot combine currencies on a single customer", Kind: APIMark},
		{Text: "does not match the currency on the source", Kind: APIMark},
		{Text: "cannot be used with Managed Payments", Kind: APIMark},
		{Text: "source type can only be used in testmode", Kind: APIMark},
		{Text: "No such customer: '", Kind: APIMark},
		// stripe-php's and stripe-ruby's words for a resource with no id, before any call:
		// "Could not determine which URL to request: Stripe\Customer instance has invalid ID".
		{Text: "Could not determine which URL to request: Stripe", Kind: APIMark},
		{Text: "No such token: '", Kind: APIMark},
		{Text: "No such PaymentMethod: '", Kind: APIMark},
		{Text: "No such price: '", Kind: APIMark},
		{Text: "No such charge: '", Kind: APIMark},
		{Text: "No such subscription: '", Kind: APIMark},
		{Text: "No such setupintent: '", Kind: APIMark},
		// The same for more of its objects, with the prefix of its ids: other programs
		// write "No such source: 'yahoo'" too. (A plan's or a coupon's id may be anything.)
		{Text: "No such source: 'src_", Kind: APIMark},
		{Text: "No such source: 'card_", Kind: APIMark},
		{Text: "No such source: 'pm_", Kind: APIMark},
		{Text: "No such source: 'tok_", Kind: APIMark},
		{Text: "No such product: 'prod_", Kind: APIMark},
		{Text: "No such invoice: 'in_", Kind: APIMark},
		{Text: "No such payment_method: 'pm_", Kind: APIMark},
		{Text: "No such payment_method: 'tok_", Kind: APIMark},
		{Text: "No such payment_method: 'card_", Kind: APIMark},
		{Text: "No such payment_method: pm_", Kind: APIMark}, // unquoted: "No such payment_method: tok_1Fo8…"
		{Text: "No such payment_method: tok_", Kind: APIMark},
		{Text: "No such payment_method: card_", Kind: APIMark},
		// Connect's OAuth refusing a platform whose Standard OAuth is off or held back.
		{Text: "Standard OAuth is disabled for this", Kind: APIMark},
		{Text: "restricted Standard OAuth for this", Kind: APIMark},
		{Text: "does not have a linked source with ID", Kind: APIMark},
		{Text: "Cannot charge a customer that has no active card", Kind: APIMark},
		{Text: "You must supply either a card or a customer id", Kind: APIMark},
		{Text: "Sending credit card numbers directly to the Stripe API is generally unsafe", Kind: APIMark},
		// The same with the id unquoted, as the .NET library prints it.
		{Text: "No such customer: cus_", Kind: APIMark},
		{Text: "No such customer cus_", Kind: APIMark}, // quoted without its colon ("No such customer cus_xxxx" error)
		// The mobile SDKs' own message for an error they could not read (stripe-ios's
		// stp_unexpectedErrorMessage: "Unexpected error, such as a 500 from Stripe or a JSON
		// parse error"), beside their own code "Failed": it asks for a retry in seconds.
		{Text: "There was an unexpected error -- try again in a few seconds", Kind: SDKMessage},
		{Text: "No such payment_intent: '", Kind: APIMark},
		{Text: "No such payment_intent: \"", Kind: APIMark}, // the id in double quotes, as stripe-android prints it
		// A PaymentIntent's client secret that is not its own (a Connect account's, another
		// intent's): Stripe's words, which the mobile SDKs pass on without a code.
		{Text: "The client_secret provided does not match the client_secret associated with", Kind: APIMark},
		{Text: "No such payment_intent: pi_", Kind: APIMark},
		// Any id at all, as apps print it with the id hidden ("No such payment_intent: <SECRET>"):
		// payment_intent is Stripe's name for the object.
		{Text: "No such payment_intent: ", Kind: APIMark},
		// Stripe's own sentences for a live card in test mode and for Connect transfers an
		// account connected to another platform cannot make.
		{Text: "Your request was in test mode, but used a non test (live) card", Kind: APIMark},
		{Text: "Cannot create transfers on behalf of a Standard connected account", Kind: APIMark},
		// Checkout Sessions' words for a recurring price in a one-time payment's session.
		{Text: "mode but passed a recurring price", Kind: APIMark},
		{Text: "No such token: tok_", Kind: APIMark},
		{Text: "No such PaymentMethod: pm_", Kind: APIMark},
		// An object in a state the call does not take, in the words of Stripe's
		// payment_intent_unexpected_state and of a Checkout Session's expiry.
		{Text: "because it has a status of requires_", Kind: APIMark},
		{Text: "This Checkout Session has a status of", Kind: APIMark},
		{Text: "Only Checkout Sessions with a status in", Kind: APIMark},
		{Text: "No such PaymentMethod: tok_", Kind: APIMark}, // Laravel Cashier's message for a token passed as a payment method
		{Text: "No such price: price_", Kind: APIMark},
		{Text: "No such charge: ch_", Kind: APIMark},
		{Text: "No such subscription: sub_", Kind: APIMark},
		{Text: "No such invoice: in_", Kind: APIMark},
		{Text: "No such setupintent: seti_", Kind: APIMark},
		// Objects only Stripe's API names so, with any id (hidden by the app or the
		// reporter): "No such setupintent: <private_client_secret>", "No such
		// payment_method_configuration: pmc_1…".
		{Text: "No such setupintent: ", Kind: APIMark},
		{Text: "No such payment_method_configuration: ", Kind: APIMark},
		// Stripe.js's client-only Checkout: "No such sku: 'prod_…'", "No such plan: 'price_…'"
		// (a price's id where its plan's was expected).
		{Text: "No such sku: 'prod_", Kind: APIMark},
		{Text: "No such plan: 'price_", Kind: APIMark},
		{Text: "stripe/stripe-php", Kind: SDKPath},
		{Text: "cartalyst\\stripe", Kind: SDKPath}, // Cartalyst's Stripe library for Laravel, in a Windows path
		{Text: "cartalyst/stripe", Kind: SDKPath},
		// Stripe's SDKs begin an error's message with its request id: "Request
		// req_LUEtpFa5SWJj8s: No such price: 'price_…'".
		{Text: "Request req_", Kind: APIMark},
		// Its messages link to its reference ("… See API docs at https://stripe.com/docs'",
		// "(for more details, see stripe.com/docs/api#balance)") and into the Dashboard's
		// settings ("… activated in your dashboard (https://dashboard.stripe.com/account/…)").
		{Text: "See API docs at https://stripe.com/docs", Kind: APIMark},
		{Text: "https://stripe.com/docs/", Kind: APIMark},
		{Text: "see stripe.com/docs/", Kind: APIMark},
		{Text: "You can generate API keys from the Stripe web interface", Kind: APIMark}, // the SDKs' "No API key provided"
		{Text: "https://dashboard.stripe.com/", Kind: APIMark},
		// A payment method type the account has not turned on: "The payment method type
		// provided: pix is invalid. Please ensure the provided type is activated in your
		// dashboard (…) and your account is enabled for any preview features that you are
		// trying to use.", often quoted without its link or wrapped over lines.
		{Text: "provided type is activated in your dashboard", Kind: APIMark},
		// Its refusal of a second refund names the charge ("Charge ch_3U3zYY… has already
		// been refunded."): the words alone are any shop's ("This sale has already been
		// refunded").
		{Text: "Charge ch_", Kind: APIMark},
		{Text: "enabled for any preview features that you are trying to use", Kind: APIMark},
		{Text: "has no attached payment source", Kind: APIMark},
		{Text: "You cannot use a PaymentMethod as a source for Customers", Kind: APIMark},
		{Text: "was previously used without being attached to a Customer", Kind: APIMark},
		{Text: "does not have the required permissions for this endpoint on account", Kind: APIMark}, // a restricted or OAuth key
		{Text: "The specified Checkout Session could not be found", Kind: APIMark},                   // Stripe.js's redirectToCheckout
		// Stripe.js: its methods name themselves in its IntegrationError, and some of its
		// messages are its own. (Elements' "Your card number is incomplete." is not: card
		// forms of other makes copy its words.)
		{Text: "stripe.redirectToCheckout", Kind: SDKClass},
		{Text: "stripe.confirmPayment(", Kind: SDKClass},
		{Text: "stripe.invoices.pay(", Kind: SDKClass}, // stripe-node's call, named in a report of its refusal
		{Text: "stripe.confirmCardPayment", Kind: SDKClass},
		{Text: "stripe.confirmCardSetup", Kind: SDKClass},
		{Text: "stripe.createPaymentMethod", Kind: SDKClass},
		{Text: "stripe.handleCardAction", Kind: SDKClass},
		{Text: "js.stripe.com/v3", Kind: SDKPath},
		{Text: "Please call Stripe() with your publishable key", Kind: APIMark},
		{Text: "Publishable key sent, but only secret keys can be used", Kind: APIMark}, // its OAuth endpoint (connect.stripe.com/oauth/token)
		// Its lock_timeout's words, which name it.
		{Text: "because another API request or Stripe process is currently", Kind: APIMark},
		// Its card_declined for a card of the wrong mode, word for word.
		{Text: "Your request was in live mode, but used a known test card", Kind: APIMark},
		{Text: "Your request was in test mode, but used a non test card", Kind: APIMark},
		{Text: "You must provide a Stripe Element", Kind: APIMark},
		{Text: "should be used in Elements instead", Kind: APIMark},
		// The webhook signature check of its SDKs (stripe-node, stripe-python, stripe-php).
		{Text: "No signatures found matching the expected signature for payload", Kind: APIMark},
		{Text: "Unable to extract timestamp and signatures from header", Kind: APIMark},
		// Its words for a PaymentIntent confirmed without a payment method, and its
		// messages' links into its support pages.
		{Text: "You cannot confirm this PaymentIntent because", Kind: APIMark},
		{Text: "This PaymentIntent could not be captured because", Kind: APIMark},
		// Inactive prices and products, in its Checkout's and Billing's words.
		{Text: "This field only accepts active prices", Kind: APIMark},
		{Text: "is marked as inactive, and thus no new subscriptions", Kind: APIMark},
		// Its names for its own objects in its messages ("You cannot modify customer on a
		// PaymentIntent once …", "… used in a previous PaymentIntent or SetupIntent"), in
		// its sentences' words: a caller names its PaymentIntents too. Not "No such price:
		// <id>" alone: Paddle writes it too, and a caller names its ids.
		{Text: "on a PaymentIntent once", Kind: APIMark},
		{Text: "cancel this PaymentIntent and create", Kind: APIMark},
		{Text: "previously used with a PaymentIntent", Kind: APIMark},
		{Text: "used in a previous PaymentIntent or SetupIntent", Kind: APIMark},
		{Text: "Only a PaymentIntent with one of the following statuses", Kind: APIMark},
		{Text: "A PaymentIntent object can be canceled when it is in one of these statuses", Kind: APIMark}, // its older words
		{Text: "on PaymentIntents created by Checkout", Kind: APIMark},
		{Text: "A token may not be passed in as a PaymentMethod", Kind: APIMark},
		{Text: "You cannot create a charge with a PaymentMethod", Kind: APIMark},
		{Text: "Invalid payment_method_data[type]: must be one of", Kind: APIMark},
		{Text: "You may only update the amount of a PaymentIntent", Kind: APIMark},
		{Text: "The provided PaymentMethod", Kind: APIMark},
		{Text: "You cannot reuse PaymentMethods", Kind: APIMark},
		// Its test and live modes, and a few of its sentences found in public pastes.
		{Text: "a similar object exists in test mode", Kind: APIMark},
		{Text: "a similar object exists in live mode", Kind: APIMark},
		{Text: "ToS acceptance date is not valid", Kind: APIMark},
		{Text: ") is greater than charge amount (", Kind: APIMark},
		{Text: ") is greater than unrefunded amount on charge (", Kind: APIMark},
		{Text: "The price specified supports currencies of", Kind: APIMark},
		{Text: "Finalized invoices can't be updated in this way", Kind: APIMark},
		{Text: "your test mode default configuration has not been created", Kind: APIMark},
		{Text: "your live mode default configuration has not been created", Kind: APIMark},
		{Text: "The customer's location isn't recognized", Kind: APIMark},
		{Text: "on behalf of a connected account must use card tokens from Stripe.js", Kind: APIMark},
		{Text: "cannot be created by platforms in", Kind: APIMark},
		{Text: "This promotion code cannot be redeemed", Kind: APIMark},
		{Text: "You cannot add cards or bank accounts for payouts", Kind: APIMark},
		{Text: "Instant payouts are not available for platforms", Kind: APIMark},
		{Text: "Invalid billing_cycle_anchor", Kind: APIMark},
		{Text: "You can not pass `payment_intent_data` in", Kind: APIMark},
		{Text: "You can only enable invoice creation when mode is set to payment", Kind: APIMark},
		// More of its sentences in public pastes: Connect's OAuth and capabilities, its
		// payouts' countries, a source used twice.
		{Text: "There is no OAuth Connection between your platform and", Kind: APIMark},
		{Text: "without the `card_payments` capability", Kind: APIMark},
		{Text: "without the card_payments capability", Kind: APIMark},
		{Text: "Funds can't be sent to accounts located in", Kind: APIMark},
		{Text: "You cannot reuse sources without attaching them", Kind: APIMark},
		{Text: "Automatic tax calculation in Checkout requires a valid address", Kind: APIMark},
		{Text: "should not be specified where usage_type is", Kind: APIMark},
		{Text: "is not on the legacy metered billing system", Kind: APIMark},
		{Text: "You cannot set the quantity for metered plans", Kind: APIMark},
		{Text: "but this field only accepts prices with", Kind: APIMark},
		{Text: "but the required permissions are not available for use by restricted keys", Kind: APIMark},
		{Text: "Having the 'rak_", Kind: APIMark}, // a restricted key's permission ("Having the 'rak_plan_write' permission would allow this request to continue")
		{Text: "Please include the Customer in the `customer` parameter", Kind: APIMark},
		{Text: "Please include the Customer in the customer parameter", Kind: APIMark},
		{Text: "does not belong to a Customer, but you supplied Customer", Kind: APIMark},
		{Text: "ConnectionToken has already been redeemed", Kind: APIMark},
		{Text: "has been charged back; cannot issue a refund", Kind: APIMark},
		// Checkout's prices in subscription mode, an id of the wrong shape, and an account's
		// currencies, word for word (not "Your account currently supports these currencies",
		// which any gateway could write).
		{Text: "You must provide at least one recurring price in", Kind: APIMark},
		{Text: "Invalid checkout.session id: ", Kind: APIMark},
		{Text: "Stripe accounts in", Kind: APIMark}, // "Invalid currency: tnd. Stripe accounts in US do not support tnd."
		{Text: "You cannot update a subscription that is `canceled` or `incomplete_expired`", Kind: APIMark},
		{Text: "You cannot update a subscription that is `canceled or incomplete_expired`", Kind: APIMark},
		{Text: "has been deleted, so we can't complete this action", Kind: APIMark},  // an account's or an object's
		{Text: "Insufficient funds in your Stripe balance to refund", Kind: APIMark}, // a refund the balance cannot cover
		{Text: "Received unknown parameter: ", Kind: APIMark},
		{Text: "You may only specify one of these parameters: ", Kind: APIMark},
		{Text: "Can only apply an application_fee when the request is made on behalf of another account", Kind: APIMark},
		{Text: "which is not an Express account", Kind: APIMark},
		{Text: "has been onboarded on Stripe Issuing", Kind: APIMark},
		{Text: "Cannot onboard via express oauth", Kind: APIMark},
		// Its words for an account with no payment method type turned on for the currency
		// ("No valid payment method types for this Payment Intent.", "… for this Checkout
		// Session."), and for an account not signed up for Connect.
		{Text: "No valid payment method types for this", Kind: APIMark},
		{Text: "we currently require your account to have a bank account in one of the following currencies", Kind: APIMark}, // SEPA Debit's
		{Text: "You can only create new accounts if you've signed up for Connect", Kind: APIMark},
		{Text: "This application is not authorized to delete this account", Kind: APIMark},
		{Text: "No application matches the supplied client identifier", Kind: APIMark},                                                             // Connect's OAuth
		{Text: "Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later", Kind: APIMark}, // both sentences: others quote the first in their own TLS notices
		{Text: "In order to use Checkout, you must set an account or business name", Kind: APIMark},                                                // Checkout on an account with no name
		// A decline's message for authentication_required, and a Setup or Payment Intent's
		// refusal without a return_url: only Stripe and the plugins quoting it write them.
		{Text: "This transaction requires authentication.", Kind: APIMark},
		{Text: "automatic_payment_methods[allow_redirects]", Kind: APIMark},
		// stripe-node's check of a path's arguments ("Stripe: Argument \"intent\" must be a
		// string, but got: undefined (on API request to `POST /v1/payment_intents/{intent}/cancel`)"),
		// and stripe-java's of a null id: by their own names, for Telnyx's, MagicBell's and
		// Atlan's SDKs, forks of them, write the same words under theirs. (Its webhook
		// samples' "⚠️  Webhook signature verification failed." is copied into others'
		// handlers too: no sign.)
		{Text: "Stripe: Argument \"", Kind: SDKMessage},
		{Text: "ID field in your stripe object instance", Kind: SDKMessage},
		{Text: "StripeApiException", Kind: SDKClass}, // the Dart stripe-sdk's
		// Its libraries' webhook check, in every language.
		{Text: "Timestamp outside the tolerance zone", Kind: SDKMessage},
		{Text: "Stripe::SignatureVerificationError", Kind: SDKClass},
		{Text: "https://support.stripe.com/", Kind: APIMark},
		// Stripe Terminal's iOS SDK: its errors' domain and classes.
		{Text: "com.stripe-terminal", Kind: SDKClass},
		{Text: "SCPConfirmPaymentIntentError", Kind: SDKClass},
		{Text: "stripe-php/lib", Kind: SDKPath},
		{Text: "gems/stripe-", Kind: SDKPath},
		{Text: "node_modules/stripe/", Kind: SDKPath},
		{Text: "/stripe-node/lib/", Kind: SDKPath},
		{Text: "site-packages/stripe/", Kind: SDKPath},
		{Text: "stripe-java", Kind: SDKPath},
		{Text: "stripe-dotnet", Kind: SDKPath},
		{Text: "stripe-go/", Kind: SDKPath},
		{Text: "package:flutter_stripe/", Kind: SDKPath}, // flutter_stripe's Dart frames
		{Text: "package:stripe_platform_interface/", Kind: SDKPath},
		{Text: "com.stripe.", Kind: SDKPath},
		{Text: "WC_Gateway_Stripe", Kind: SDKPath},
		{Text: "woocommerce-gateway-stripe", Kind: SDKPath},
		{Text: "Stripe", Kind: Name},
	},
	entries: []Entry{
		// Error types (error.type), for bodies without a code.
		{
			Code:     "api_error",
			Status:   0,
			Category: Internal,
			Title:    Text{EN: "Stripe server error", PT: "Erro nos servidores da Stripe", ES: "Error del servidor de Stripe"},
			Meaning: Text{
				EN: "A problem on Stripe's side, not in your request; these come with a 500-range status and are rare, and for a write the outcome is unknown: the charge or PaymentIntent may or may not have been created.",
				PT: "Um problema do lado da Stripe, não na sua requisição; vem com status da faixa 500 e é raro, e numa escrita o resultado é incerto: a cobrança ou o PaymentIntent pode ou não ter sido criado.",
				ES: "Un problema del lado de Stripe, no de su solicitud; vienen con un estado del rango 500 y son raros, y en una operación de escritura el resultado es desconocido: el cobro o el PaymentIntent puede haberse creado o no.",
			},
			Fix: []Text{
				{EN: "Read the Stripe-Should-Retry response header: true means retrying is safe and may work, false means it will not.", PT: "Leia o cabeçalho de resposta Stripe-Should-Retry: true indica que tentar de novo é seguro e pode funcionar, false indica que não vai.", ES: "Lea el encabezado de respuesta Stripe-Should-Retry: true significa que reintentar es seguro y puede funcionar; false, que no funcionará."},
				{EN: "Resend the same request with the same Idempotency-Key, with exponential backoff.", PT: "Reenvie a mesma requisição com a mesma Idempotency-Key, com backoff exponencial.", ES: "Vuelva a enviar la misma solicitud con el mismo Idempotency-Key, con backoff exponencial."},
				{EN: "If it keeps failing, look the object up (e.g. list PaymentIntents by customer or search by your metadata) before creating it again with a new key, and check status.stripe.com.", PT: "Se continuar falhando, consulte o objeto (ex.: liste os PaymentIntents do cliente ou busque pelo seu metadata) antes de criá-lo de novo com uma chave nova, e veja o status.stripe.com.", ES: "Si sigue fallando, consulte el objeto (p. ej., liste los PaymentIntents por cliente o busque por su metadata) antes de volver a crearlo con una clave nueva, y revise status.stripe.com."},
			},
			Retry: CheckFirst,
			RetryWhy: Text{
				EN: "Stripe calls the result of a server error indeterminate, so a write may have gone through: retry only with the same Idempotency-Key (following Stripe-Should-Retry) or after checking the object.",
				PT: "A Stripe considera indeterminado o resultado de um erro de servidor, então a escrita pode ter sido feita: tente de novo só com a mesma Idempotency-Key (seguindo o Stripe-Should-Retry) ou depois de consultar o objeto.",
				ES: "Stripe considera indeterminado el resultado de un error del servidor, así que una escritura puede haberse procesado: reintente solo con el mismo Idempotency-Key (siguiendo Stripe-Should-Retry) o después de verificar el objeto.",
			},
			Idempotency: Text{
				EN: "Resend with the same Idempotency-Key (kept for 24 hours): if the first attempt completed, Stripe returns its result instead of running it again. Without a key, look the object up first.",
				PT: "Reenvie com a mesma Idempotency-Key (guardado por 24 horas): se a primeira tentativa foi concluída, a Stripe devolve o resultado dela em vez de executar de novo. Sem chave, consulte o objeto antes.",
				ES: "Vuelva a enviar con el mismo Idempotency-Key (se conserva 24 horas): si el primer intento se completó, Stripe devuelve su resultado en lugar de ejecutarlo de nuevo. Sin clave, consulte primero el objeto.",
			},
			Match:  []string{"while talking to one of our backends", "while talking with one of our backends"},
			Source: stripeAPIErrors + " (type api_error); https://docs.stripe.com/error-low-level (server errors, Stripe-Should-Retry)",
		},
		{
			Code:     "card_error",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card could not be charged", PT: "Cartão não pôde ser cobrado", ES: "No se pudo cobrar la tarjeta"},
			Meaning: Text{
				EN: "The most common error type: the request was valid but the card was refused, by the issuer or by Stripe; code, decline_code and the message (safe to show the customer) say why.",
				PT: "O tipo de erro mais comum: a requisição era válida, mas o cartão foi recusado, pelo emissor ou pela Stripe; code, decline_code e a message (que pode ser mostrada ao cliente) dizem o motivo.",
				ES: "El tipo de error más común: la solicitud era válida pero la tarjeta fue rechazada, por el emisor o por Stripe; code, decline_code y el mensaje (que puede mostrarse al cliente sin riesgo) indican el motivo.",
			},
			Fix: []Text{
				{EN: "Look up error.code and error.decline_code for the precise reason and the next step.", PT: "Consulte error.code e error.decline_code para o motivo exato e o próximo passo.", ES: "Consulte error.code y error.decline_code para conocer el motivo exacto y el siguiente paso."},
				{EN: "Show the customer the error message and ask for corrected card details or another payment method.", PT: "Mostre ao cliente a message do erro e peça dados do cartão corrigidos ou outra forma de pagamento.", ES: "Muestre al cliente el mensaje de error y pídale datos de tarjeta corregidos u otro medio de pago."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "The same card with the same data will be refused again; retry only after the customer corrects the data or picks another method, and never when advice_code is do_not_try_again.",
				PT: "O mesmo cartão com os mesmos dados será recusado de novo; tente outra vez só depois que o cliente corrigir os dados ou escolher outro meio, e nunca quando advice_code for do_not_try_again.",
				ES: "La misma tarjeta con los mismos datos volverá a ser rechazada; reintente solo después de que el cliente corrija los datos o elija otro medio, y nunca cuando advice_code sea do_not_try_again.",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeAPIErrors + " (type card_error; 402 Request Failed)",
		},
		{
			Code:     "idempotency_error",
			Status:   0,
			Category: Conflict,
			Title:    Text{EN: "Idempotency key reused for a different request", PT: "Chave de idempotência reutilizada em outra requisição", ES: "Clave de idempotencia reutilizada en otra solicitud"},
			Meaning: Text{
				EN: "An Idempotency-Key was sent again with a request that does not match the first one that used it (another endpoint or other parameters), so Stripe refused it rather than replay the wrong result.",
				PT: "Uma Idempotency-Key foi enviada de novo com uma requisição diferente da primeira que a usou (outro endpoint ou outros parâmetros), então a Stripe a recusou em vez de repetir o resultado errado.",
				ES: "Se volvió a enviar un Idempotency-Key con una solicitud que no coincide con la primera que lo usó (otro endpoint u otros parámetros), así que Stripe la rechazó en lugar de devolver un resultado equivocado.",
			},
			Fix: []Text{
				{EN: "If this is a retry of the original request, send exactly the same endpoint and parameters with that key.", PT: "Se for uma nova tentativa da requisição original, envie exatamente o mesmo endpoint e os mesmos parâmetros com essa chave.", ES: "Si se trata de un reintento de la solicitud original, envíe exactamente el mismo endpoint y los mismos parámetros con esa clave."},
				{EN: "If it is a different request (changed amount, customer, metadata), generate a new key, e.g. a V4 UUID per logical operation.", PT: "Se for uma requisição diferente (valor, cliente ou metadata alterados), gere uma chave nova, por exemplo um UUID V4 por operação lógica.", ES: "Si es una solicitud distinta (monto, cliente o metadata modificados), genere una clave nueva, p. ej., un UUID V4 por operación lógica."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "The key stays bound to the first request's parameters for 24 hours; only a matching request or a new key can succeed.",
				PT: "A chave fica presa aos parâmetros da primeira requisição por 24 horas; só uma requisição idêntica ou uma chave nova pode dar certo.",
				ES: "La clave queda vinculada a los parámetros de la primera solicitud durante 24 horas; solo una solicitud idéntica o una clave nueva puede tener éxito.",
			},
			Idempotency: Text{
				EN: "Derive the key from the operation (order id + attempt) and create a new one whenever the parameters change; reusing it is only for resending the identical request.",
				PT: "Derive a chave da operação (id do pedido + tentativa) e crie uma nova sempre que os parâmetros mudarem; reutilizá-la serve só para reenviar a requisição idêntica.",
				ES: "Derive la clave de la operación (id del pedido + intento) y cree una nueva cada vez que cambien los parámetros; reutilizarla sirve solo para reenviar la solicitud idéntica.",
			},
			Match:  []string{"keys for idempotent requests can only be used with the same parameters"},
			Source: stripeAPIErrors + " (type idempotency_error); https://docs.stripe.com/error-low-level (idempotency)",
		},
		{
			Code:     "invalid_request_error",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid request", PT: "Requisição inválida", ES: "Solicitud inválida"},
			Meaning: Text{
				EN: "The request has invalid parameters or refers to something that does not exist or is in the wrong state; the status is usually 400 (404 for a missing object) and param names the parameter at fault.",
				PT: "A requisição tem parâmetros inválidos ou se refere a algo que não existe ou está no estado errado; o status costuma ser 400 (404 para objeto inexistente) e param indica o parâmetro com problema.",
				ES: "La solicitud tiene parámetros inválidos o se refiere a algo que no existe o está en un estado incorrecto; el estado suele ser 400 (404 si falta un objeto) y param indica el parámetro que falla.",
			},
			Fix: []Text{
				{EN: "Read error.code, error.param and error.message, and correct that parameter.", PT: "Leia error.code, error.param e error.message e corrija esse parâmetro.", ES: "Lea error.code, error.param y error.message, y corrija ese parámetro."},
				{EN: "Compare the request with the API reference of the endpoint for your API version.", PT: "Compare a requisição com a referência da API do endpoint na sua versão da API.", ES: "Compare la solicitud con la referencia de la API del endpoint para su versión de la API."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same parameters are refused every time; only a corrected request can succeed.", PT: "Os mesmos parâmetros são recusados sempre; só uma requisição corrigida pode dar certo.", ES: "Los mismos parámetros se rechazan siempre; solo una solicitud corregida puede tener éxito."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT, ES: stripeIdemFixES},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"unrecognized request url"},
			Source: stripeAPIErrors + " (type invalid_request_error)",
		},
		// The same type with a 401: a key Stripe does not know, or none. Its libraries raise
		// both as AuthenticationError.
		{
			Code:     "invalid_request_error",
			Context:  "invalid api key",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Invalid API key", PT: "Chave de API inválida", ES: "Clave de API inválida"},
			Meaning: Text{
				EN: "Stripe does not know the key in the Authorization header: mistyped or cut short, deleted or rolled in the Dashboard, or another account's. The message may show its ends (sk_test_…1234).",
				PT: "A Stripe não conhece a chave do cabeçalho Authorization: digitada errada ou cortada, excluída ou trocada (roll) no Dashboard, ou de outra conta. A mensagem pode mostrar suas pontas (sk_test_…1234).",
				ES: "Stripe no conoce la clave del encabezado Authorization: mal escrita o cortada, eliminada o rotada en el Dashboard, o de otra cuenta. El mensaje puede mostrar sus extremos (sk_test_…1234).",
			},
			Fix: []Text{
				{EN: "Compare the key you send with the secret key on the Dashboard (Developers > API keys), in the same mode (test or live).", PT: "Compare a chave que você envia com a chave secreta no Dashboard (Desenvolvedores > Chaves de API), no mesmo modo (teste ou produção).", ES: "Compare la clave que envía con la clave secreta del Dashboard (Developers > API keys), en el mismo modo (test o live)."},
				{EN: "Check that the setting holding it has the whole key, without quotes, spaces or a line break, and restart what caches an old one.", PT: "Confira se a configuração que a guarda tem a chave inteira, sem aspas, espaços nem quebra de linha, e reinicie o que guarda uma antiga em cache.", ES: "Verifique que la configuración que la guarda tenga la clave entera, sin comillas, espacios ni saltos de línea, y reinicie lo que guarde una antigua en caché."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same key is refused every time; retry only with a valid one.", PT: "A mesma chave é recusada sempre; tente de novo só com uma válida.", ES: "La misma clave se rechaza siempre; reintente solo con una válida."},
			Match:    []string{"invalid api key provided"},
			Source:   stripeAPIErrors + " (401 Unauthorized: No valid API key provided)",
		},
		{
			Code:     "invalid_request_error",
			Context:  "no api key",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "No API key sent", PT: "Nenhuma chave de API enviada", ES: "No se envió clave de API"},
			Meaning: Text{
				EN: "The request reached Stripe without a real key: no Authorization header, an empty one, or undefined or null in its place (the library's key was never set, or the variable holding it is empty where the code runs).",
				PT: "A requisição chegou à Stripe sem uma chave de verdade: sem cabeçalho Authorization, com ele vazio, ou com undefined ou null no lugar (a chave da biblioteca nunca foi definida, ou a variável que a guarda está vazia onde o código roda).",
				ES: "La solicitud llegó a Stripe sin una clave real: sin encabezado Authorization, con él vacío, o con undefined o null en su lugar (la clave de la biblioteca nunca se definió, o la variable que la guarda está vacía donde corre el código).",
			},
			Fix: []Text{
				{EN: "Set the secret key before the first call (Stripe.api_key, \\Stripe\\Stripe::setApiKey, new Stripe(key)), from a variable set where the code runs.", PT: "Defina a chave secreta antes da primeira chamada (Stripe.api_key, \\Stripe\\Stripe::setApiKey, new Stripe(key)), a partir de uma variável definida onde o código roda.", ES: "Defina la clave secreta antes de la primera llamada (Stripe.api_key, \\Stripe\\Stripe::setApiKey, new Stripe(key)), desde una variable definida donde corre el código."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Without a key every request is refused; retry once it is sent.", PT: "Sem chave toda requisição é recusada; tente de novo quando ela for enviada.", ES: "Sin clave se rechaza toda solicitud; reintente cuando se envíe."},
			// Its "You did not provide an API key" goes on with its own header (Commerce.js
			// copies the sentence with "in the X-Authorization header").
			Match: []string{"invalid api key provided: undefined", "invalid api key provided: null",
				"you did not provide an api key. you need to provide your api key in the authorization header",
				"you did not provide an api key, though you did set your authorization header",
				"you did not provide an api key'"},
			Source: stripeAPIErrors + " (401 Unauthorized: No valid API key provided)",
		},

		// Error codes (error.code), in the order of the error code list.
		{
			Code:     "account_invalid",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid Stripe-Account header", PT: "Cabeçalho Stripe-Account inválido", ES: "Encabezado Stripe-Account inválido"},
			Meaning: Text{
				EN: "The connected account id sent in the Stripe-Account header is not valid, so Stripe cannot act on behalf of that account.",
				PT: "O id de conta conectada enviado no cabeçalho Stripe-Account não é válido, então a Stripe não consegue agir em nome dessa conta.",
				ES: "El id de cuenta conectada enviado en el encabezado Stripe-Account no es válido, así que Stripe no puede actuar en nombre de esa cuenta.",
			},
			Fix: []Text{
				{EN: "Check the Stripe-Account value: it must be the id of a connected account of your platform (acct_…), without spaces or quotes.", PT: "Confira o valor do Stripe-Account: deve ser o id de uma conta conectada da sua plataforma (acct_…), sem espaços nem aspas.", ES: "Revise el valor de Stripe-Account: debe ser el id de una cuenta conectada de su plataforma (acct_…), sin espacios ni comillas."},
				{EN: "Make sure the account is still connected to your platform and that you use the key of the same mode (test or live).", PT: "Verifique se a conta continua conectada à sua plataforma e se você usa a chave do mesmo modo (teste ou produção).", ES: "Asegúrese de que la cuenta siga conectada a su plataforma y de usar la clave del mismo modo (test o live)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The header names an account Stripe does not accept; only a valid account id can succeed.", PT: "O cabeçalho aponta uma conta que a Stripe não aceita; só um id de conta válido pode dar certo.", ES: "El encabezado indica una cuenta que Stripe no acepta; solo un id de cuenta válido puede tener éxito."},
			Source:   stripeErrorCodes + "/account-invalid",
		},
		{
			Code:     "amount_too_large",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Amount above the maximum", PT: "Valor acima do máximo", ES: "Monto por encima del máximo"},
			Meaning: Text{
				EN: "The amount is greater than the maximum Stripe allows for this charge, payout or transfer.",
				PT: "O valor é maior que o máximo permitido pela Stripe para esta cobrança, payout ou transferência.",
				ES: "El monto es mayor que el máximo que Stripe permite para este cobro, payout o transferencia.",
			},
			Fix: []Text{
				{EN: "Check that amount is in the smallest currency unit (cents: 1000 means 10.00) and not multiplied twice.", PT: "Confira se amount está na menor unidade da moeda (centavos: 1000 significa 10,00) e não foi multiplicado duas vezes.", ES: "Verifique que amount esté en la unidad más pequeña de la moneda (centavos: 1000 equivale a 10.00) y que no se haya multiplicado dos veces."},
				{EN: "Use a lower amount, or split the payment.", PT: "Use um valor menor ou divida o pagamento.", ES: "Use un monto menor, o divida el pago."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is refused every time; send a lower one.", PT: "O mesmo valor é recusado sempre; envie um menor.", ES: "El mismo monto se rechaza siempre; envíe uno menor."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT, ES: stripeIdemFixES},
			Source:      stripeErrorCodes + "/amount-too-large; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "amount_too_small",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Amount below the minimum", PT: "Valor abaixo do mínimo", ES: "Monto por debajo del mínimo"},
			Meaning: Text{
				EN: "The amount is less than the minimum Stripe accepts for this currency and operation.",
				PT: "O valor é menor que o mínimo aceito pela Stripe para esta moeda e operação.",
				ES: "El monto es menor que el mínimo que Stripe acepta para esta moneda y esta operación.",
			},
			Fix: []Text{
				{EN: "Check that amount is in the smallest currency unit (cents), not in whole units.", PT: "Confira se amount está na menor unidade da moeda (centavos), e não em unidades inteiras.", ES: "Verifique que amount esté en la unidad más pequeña de la moneda (centavos), no en unidades enteras."},
				{EN: "Charge at least the minimum listed for the currency in Stripe's docs (minimum and maximum charge amounts), e.g. by grouping small charges.", PT: "Cobre pelo menos o mínimo indicado para a moeda na documentação da Stripe (valores mínimo e máximo de cobrança), por exemplo agrupando cobranças pequenas.", ES: "Cobre al menos el mínimo indicado para la moneda en la documentación de Stripe (montos mínimos y máximos de cobro), p. ej., agrupando cobros pequeños."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount is refused every time; send a higher one.", PT: "O mesmo valor é recusado sempre; envie um maior.", ES: "El mismo monto se rechaza siempre; envíe uno mayor."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT, ES: stripeIdemFixES},
			Match:       []string{"amount must convert to at least", "amount must be at least 50 cents"},
			Source:      stripeErrorCodes + "/amount-too-small; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "api_key_expired",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key expired", PT: "Chave de API expirada", ES: "Clave de API vencida"},
			Meaning: Text{
				EN: "The secret or restricted key in the Authorization header has expired, typically after it was rolled in the Dashboard.",
				PT: "A chave secreta ou restrita do cabeçalho Authorization expirou, normalmente depois de ter sido trocada (roll) no Dashboard.",
				ES: "La clave secreta o restringida del encabezado Authorization venció, normalmente después de rotarla en el Dashboard.",
			},
			Fix: []Text{
				{EN: "Get the current key from the Dashboard (Developers > API keys) and update the secret your integration reads.", PT: "Pegue a chave atual no Dashboard (Desenvolvedores > Chaves de API) e atualize o segredo que a integração lê.", ES: "Obtenga la clave actual en el Dashboard (Developers > API keys) y actualice el secreto que lee su integración."},
				{EN: "Redeploy or restart the services that cache the old key.", PT: "Faça novo deploy ou reinicie os serviços que guardam a chave antiga em cache.", ES: "Vuelva a desplegar o reinicie los servicios que guardan en caché la clave anterior."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An expired key never works again; retry only with the current key.", PT: "Uma chave expirada não volta a funcionar; tente de novo só com a chave atual.", ES: "Una clave vencida nunca vuelve a funcionar; reintente solo con la clave actual."},
			Match:    []string{"expired api key provided"},
			Source:   stripeErrorCodes + "/api-key-expired; status 401 (No valid API key provided) from " + stripeAPIErrors,
		},
		{
			Code:     "authentication_required",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Payment needs customer authentication (3D Secure)", PT: "Pagamento exige autenticação do cliente (3D Secure)", ES: "El pago requiere autenticación del cliente (3D Secure)"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the issuer requires authentication such as 3D Secure, which could not happen because the payment ran off-session or with error_on_requires_action.",
				PT: "Como código de erro e como decline code: o emissor exige autenticação, como 3D Secure, que não pôde acontecer porque o pagamento rodou fora da sessão (off-session) ou com error_on_requires_action.",
				ES: "Como código de error y como código de rechazo: el emisor exige una autenticación como 3D Secure, que no pudo realizarse porque el pago se hizo fuera de sesión o con error_on_requires_action.",
			},
			Fix: []Text{
				{EN: "If the customer is off-session, notify them to come back and confirm the PaymentIntent on-session so they can authenticate.", PT: "Se o cliente estiver fora da sessão, avise-o para voltar e confirmar o PaymentIntent na sessão, para que possa se autenticar.", ES: "Si el cliente está fuera de sesión, avísele para que vuelva y confirme el PaymentIntent en sesión, de modo que pueda autenticarse."},
				{EN: "If you set error_on_requires_action, ask for a card that does not require authentication or drop that flag.", PT: "Se você usou error_on_requires_action, peça um cartão que não exija autenticação ou deixe de usar essa opção.", ES: "Si usa error_on_requires_action, pida una tarjeta que no requiera autenticación o quite esa opción."},
				{EN: "If the decline came after authentication succeeded, the customer must contact the card issuer.", PT: "Se a recusa veio depois de a autenticação dar certo, o cliente precisa falar com o emissor do cartão.", ES: "Si el rechazo llegó después de una autenticación exitosa, el cliente debe comunicarse con el emisor de la tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Without the customer authenticating, the issuer refuses the same payment again.", PT: "Sem o cliente se autenticar, o emissor recusa o mesmo pagamento de novo.", ES: "Sin que el cliente se autentique, el emisor vuelve a rechazar el mismo pago."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeErrorCodes + "/authentication-required; " + stripeDeclineCodes + " (authentication_required)",
		},
		{
			Code:     "balance_insufficient",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Stripe balance too low for the transfer or payout", PT: "Saldo Stripe insuficiente para a transferência ou payout", ES: "Saldo de Stripe insuficiente para la transferencia o el payout"},
			Meaning: Text{
				EN: "The transfer or payout could not be made because the account's available balance is lower than the amount requested.",
				PT: "A transferência ou o payout não pôde ser feito porque o saldo disponível da conta é menor que o valor pedido.",
				ES: "No se pudo realizar la transferencia o el payout porque el saldo disponible de la cuenta es menor que el monto solicitado.",
			},
			Fix: []Text{
				{EN: "Check the available balance (GET /v1/balance) and send an amount less than or equal to it.", PT: "Consulte o saldo disponível (GET /v1/balance) e envie um valor menor ou igual a ele.", ES: "Consulte el saldo disponible (GET /v1/balance) y envíe un monto menor o igual a él."},
				{EN: "Wait for pending funds to become available, or add funds to the balance, then create a new transfer or payout.", PT: "Espere os fundos pendentes ficarem disponíveis, ou adicione fundos ao saldo, e crie uma nova transferência ou payout.", ES: "Espere a que los fondos pendientes queden disponibles, o agregue fondos al saldo, y luego cree una nueva transferencia o un nuevo payout."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount fails until the available balance covers it.", PT: "O mesmo valor falha até o saldo disponível cobri-lo.", ES: "El mismo monto falla hasta que el saldo disponible lo cubra."},
			Idempotency: Text{EN: stripeIdemSavedEN, PT: stripeIdemSavedPT, ES: stripeIdemSavedES},
			Source:      stripeErrorCodes + "/balance-insufficient; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "card_decline_rate_limit_exceeded",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card declined too many times", PT: "Cartão recusado vezes demais", ES: "Tarjeta rechazada demasiadas veces"},
			Meaning: Text{
				EN: "This card has been declined too many times, so Stripe blocks further attempts on it for 24 hours.",
				PT: "Este cartão foi recusado vezes demais, então a Stripe bloqueia novas tentativas com ele por 24 horas.",
				ES: "Esta tarjeta fue rechazada demasiadas veces, así que Stripe bloquea nuevos intentos con ella durante 24 horas.",
			},
			Fix: []Text{
				{EN: "Do not retry the card now; try it again only after 24 hours.", PT: "Não tente o cartão agora; tente de novo só depois de 24 horas.", ES: "No reintente con la tarjeta ahora; vuelva a intentarlo solo después de 24 horas."},
				{EN: "Ask the customer to check the card details and, if there is a problem with the card, to use another payment method.", PT: "Peça ao cliente que confira os dados do cartão e, se houver problema com ele, use outra forma de pagamento.", ES: "Pida al cliente que revise los datos de la tarjeta y, si hay algún problema con ella, que use otro medio de pago."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: "Stripe states the block lasts 24 hours; any attempt before that is refused.", PT: "A Stripe informa que o bloqueio dura 24 horas; qualquer tentativa antes disso é recusada.", ES: "Stripe indica que el bloqueo dura 24 horas; cualquier intento antes de ese plazo se rechaza."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeErrorCodes + "/card-decline-rate-limit-exceeded",
		},
		{
			Code:     "card_declined",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card declined", PT: "Cartão recusado", ES: "Tarjeta rechazada"},
			Meaning: Text{
				EN: "The card was declined; decline_code gives the issuer's reason (generic_decline, insufficient_funds, do_not_honor …) and advice_code, when present, the issuer's retry advice.",
				PT: "O cartão foi recusado; decline_code traz o motivo do emissor (generic_decline, insufficient_funds, do_not_honor …) e advice_code, quando presente, a orientação do emissor sobre nova tentativa.",
				ES: "La tarjeta fue rechazada; decline_code da el motivo del emisor (generic_decline, insufficient_funds, do_not_honor …) y advice_code, cuando está presente, la recomendación del emisor sobre reintentar.",
			},
			Fix: []Text{
				{EN: "Look up decline_code for the specific reason and its next step.", PT: "Consulte o decline_code para o motivo específico e o próximo passo.", ES: "Consulte decline_code para conocer el motivo específico y el siguiente paso."},
				{EN: "Show the customer the message and ask for another card or payment method, or for them to contact the issuer.", PT: "Mostre a message ao cliente e peça outro cartão ou forma de pagamento, ou que ele fale com o emissor.", ES: "Muestre el mensaje al cliente y pídale otra tarjeta u otro medio de pago, o que se comunique con el emisor."},
				{EN: "Do not hammer the same card: after 15 retries of a Visa payment in 30 days Stripe blocks further attempts.", PT: "Não insista no mesmo cartão: depois de 15 tentativas de um pagamento Visa em 30 dias, a Stripe bloqueia as seguintes.", ES: "No insista con la misma tarjeta: después de 15 reintentos de un pago con Visa en 30 días, Stripe bloquea nuevos intentos."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "A decline repeats with the same card unless something changes; advice_code do_not_try_again means never retry it, try_again_later that a later retry may pass, confirm_card_data that the customer must re-enter the card details.",
				PT: "A recusa se repete com o mesmo cartão se nada mudar; advice_code do_not_try_again significa nunca tentar de novo, try_again_later que uma tentativa mais tarde pode passar, confirm_card_data que o cliente precisa digitar os dados do cartão de novo.",
				ES: "Un rechazo se repite con la misma tarjeta a menos que algo cambie; advice_code do_not_try_again significa no reintentar nunca, try_again_later que un reintento posterior puede pasar, confirm_card_data que el cliente debe volver a ingresar los datos de la tarjeta.",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"your card was declined"},
			Source: stripeErrorCodes + "/card-declined; " + stripeAdvice + "; https://support.stripe.com/questions/payment-blocked-due-to-excessive-retries",
		},
		{
			Code:     "charge_already_captured",
			Status:   400,
			Category: StateCategory,
			Match:    []string{"has already been captured"},
			Title:    Text{EN: "Charge already captured", PT: "Cobrança já capturada", ES: "Cobro ya capturado"},
			Meaning: Text{
				EN: "The charge you tried to capture has already been captured, so there is nothing left to capture.",
				PT: "A cobrança que você tentou capturar já foi capturada, então não há mais nada a capturar.",
				ES: "El cobro que intentó capturar ya fue capturado, así que no queda nada por capturar.",
			},
			Fix: []Text{
				{EN: "Treat the capture as done: retrieve the charge and record its captured state.", PT: "Considere a captura feita: consulte a cobrança e registre o estado capturado.", ES: "Considere la captura como hecha: recupere el cobro y registre su estado capturado."},
				{EN: "If you meant another charge, send the id of one that is not captured yet.", PT: "Se a intenção era outra cobrança, envie o id de uma que ainda não foi capturada.", ES: "Si se refería a otro cobro, envíe el id de uno que todavía no esté capturado."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A charge is captured only once; repeating the capture can never succeed.", PT: "Uma cobrança é capturada uma vez só; repetir a captura nunca vai dar certo.", ES: "Un cobro se captura una sola vez; repetir la captura nunca puede tener éxito."},
			Source:   stripeErrorCodes + "/charge-already-captured; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "charge_already_refunded",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Charge already refunded", PT: "Cobrança já reembolsada", ES: "Cobro ya reembolsado"},
			Meaning: Text{
				EN: "The charge you tried to refund has already been refunded in full.",
				PT: "A cobrança que você tentou reembolsar já foi totalmente reembolsada.",
				ES: "El cobro que intentó reembolsar ya fue reembolsado por completo.",
			},
			Fix: []Text{
				{EN: "Treat the refund as done: list the charge's refunds and record them.", PT: "Considere o reembolso feito: liste os reembolsos da cobrança e registre-os.", ES: "Considere el reembolso como hecho: liste los reembolsos del cobro y regístrelos."},
				{EN: "If you meant another charge, use the id of one that has not been refunded.", PT: "Se a intenção era outra cobrança, use o id de uma que não foi reembolsada.", ES: "Si se refería a otro cobro, use el id de uno que no haya sido reembolsado."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Nothing is left to refund on this charge; repeating the refund can never succeed.", PT: "Não sobra nada a reembolsar nesta cobrança; repetir o reembolso nunca vai dar certo.", ES: "No queda nada por reembolsar en este cobro; repetir el reembolso nunca puede tener éxito."},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"has already been refunded"},
			Source: stripeErrorCodes + "/charge-already-refunded; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "charge_expired_for_capture",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Authorization expired before capture", PT: "Autorização expirou antes da captura", ES: "La autorización venció antes de la captura"},
			Meaning: Text{
				EN: "The charge can no longer be captured because its authorization expired: separately authorized charges must be captured within a set number of days (7 by default for cards).",
				PT: "A cobrança não pode mais ser capturada porque a autorização expirou: cobranças autorizadas separadamente precisam ser capturadas dentro de um prazo (7 dias, por padrão, para cartões).",
				ES: "El cobro ya no puede capturarse porque su autorización venció: los cobros autorizados por separado deben capturarse dentro de una cantidad determinada de días (7 por defecto para tarjetas).",
			},
			Fix: []Text{
				{EN: "Create a new payment (a new PaymentIntent) for the amount and have it authorized again.", PT: "Crie um novo pagamento (um novo PaymentIntent) para o valor e faça-o ser autorizado de novo.", ES: "Cree un nuevo pago (un nuevo PaymentIntent) por el monto y haga que se autorice de nuevo."},
				{EN: "Capture future authorizations within the window, or capture automatically.", PT: "Capture as próximas autorizações dentro do prazo, ou use captura automática.", ES: "Capture las próximas autorizaciones dentro del plazo, o capture automáticamente."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An expired authorization cannot be revived; only a new payment can collect the money.", PT: "Uma autorização expirada não pode ser reativada; só um novo pagamento pode receber o dinheiro.", ES: "Una autorización vencida no puede reactivarse; solo un pago nuevo puede cobrar el dinero."},
			Source:   stripeErrorCodes + "/charge-expired-for-capture; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "country_unsupported",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Country not supported", PT: "País não suportado", ES: "País no soportado"},
			Meaning: Text{
				EN: "Your platform tried to create a connected account in a country that Stripe does not support for that kind of account.",
				PT: "Sua plataforma tentou criar uma conta conectada em um país que a Stripe não suporta para esse tipo de conta.",
				ES: "Su plataforma intentó crear una cuenta conectada en un país que Stripe no soporta para ese tipo de cuenta.",
			},
			Fix: []Text{
				{EN: "Let users sign up only from countries supported for the account type you create.", PT: "Permita o cadastro só de países suportados para o tipo de conta que você cria.", ES: "Permita el registro de usuarios solo desde países soportados para el tipo de cuenta que crea."},
				{EN: "Check the country parameter (two-letter ISO code) sent when creating the account.", PT: "Confira o parâmetro country (código ISO de duas letras) enviado ao criar a conta.", ES: "Revise el parámetro country (código ISO de dos letras) enviado al crear la cuenta."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same country is refused every time; only a supported country can succeed.", PT: "O mesmo país é recusado sempre; só um país suportado pode dar certo.", ES: "El mismo país se rechaza siempre; solo un país soportado puede tener éxito."},
			Source:   stripeErrorCodes + "/country-unsupported; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "email_invalid",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid e-mail address", PT: "E-mail inválido", ES: "Dirección de correo electrónico inválida"},
			Meaning: Text{
				EN: "An e-mail address in the request (e.g. the customer's or receipt_email) is not properly formatted or has characters that are not allowed.",
				PT: "Um e-mail da requisição (ex.: o do cliente ou receipt_email) não está bem formatado ou tem caracteres não permitidos.",
				ES: "Una dirección de correo electrónico de la solicitud (p. ej., la del cliente o receipt_email) no tiene el formato correcto o contiene caracteres no permitidos.",
			},
			Fix: []Text{
				{EN: "Validate the address before sending (one @, a domain, no spaces) and trim it.", PT: "Valide o endereço antes de enviar (um @, um domínio, sem espaços) e remova espaços nas pontas.", ES: "Valide la dirección antes de enviarla (una @, un dominio, sin espacios) y quite los espacios de los extremos."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same address is refused every time; send a valid one.", PT: "O mesmo endereço é recusado sempre; envie um válido.", ES: "La misma dirección se rechaza siempre; envíe una válida."},
			Source:   stripeErrorCodes + "/email-invalid; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "expired_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card expired", PT: "Cartão expirado", ES: "Tarjeta vencida"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card is past its expiry date, so it cannot be charged.",
				PT: "Como código de erro e como decline code: o cartão passou da data de validade, então não pode ser cobrado.",
				ES: "Como código de error y como código de rechazo: la tarjeta pasó su fecha de vencimiento, así que no se le puede cobrar.",
			},
			Fix: []Text{
				{EN: "Ask the customer to check the expiry date entered, or to use another card.", PT: "Peça ao cliente que confira a data de validade digitada ou use outro cartão.", ES: "Pida al cliente que revise la fecha de vencimiento ingresada, o que use otra tarjeta."},
				{EN: "For saved cards, ask the customer to update the payment method.", PT: "Para cartões salvos, peça ao cliente que atualize a forma de pagamento.", ES: "Para tarjetas guardadas, pida al cliente que actualice el medio de pago."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "An expired card is refused every time; only another card or a corrected date can succeed.", PT: "Um cartão expirado é recusado sempre; só outro cartão ou uma data corrigida pode dar certo.", ES: "Una tarjeta vencida se rechaza siempre; solo otra tarjeta o una fecha corregida puede tener éxito."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"your card has expired"},
			Source: stripeErrorCodes + "/expired-card; " + stripeDeclineCodes + " (expired_card)",
		},
		{
			Code:     "idempotency_key_in_use",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Idempotency key in use by a concurrent request", PT: "Chave de idempotência em uso por uma requisição simultânea", ES: "Clave de idempotencia en uso por una solicitud concurrente"},
			Meaning: Text{
				EN: "Another request with the same Idempotency-Key is still being processed, which happens when your integration sends duplicate requests at the same time.",
				PT: "Outra requisição com a mesma Idempotency-Key ainda está sendo processada, o que acontece quando a integração envia requisições duplicadas ao mesmo tempo.",
				ES: "Otra solicitud con el mismo Idempotency-Key todavía se está procesando, lo que ocurre cuando su integración envía solicitudes duplicadas al mismo tiempo.",
			},
			Fix: []Text{
				{EN: "Wait a moment and resend with the same key: once the first request finishes, Stripe returns its result.", PT: "Espere um pouco e reenvie com a mesma chave: quando a primeira requisição terminar, a Stripe devolve o resultado dela.", ES: "Espere un momento y vuelva a enviar con la misma clave: cuando termine la primera solicitud, Stripe devuelve su resultado."},
				{EN: "Stop sending the same operation in parallel (double clicks, concurrent workers).", PT: "Pare de enviar a mesma operação em paralelo (clique duplo, workers concorrentes).", ES: "Deje de enviar la misma operación en paralelo (doble clic, workers concurrentes)."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The conflict ends when the first request finishes; a short backoff with the same key then gets its result.", PT: "O conflito termina quando a primeira requisição acaba; um backoff curto com a mesma chave então obtém o resultado dela.", ES: "El conflicto termina cuando finaliza la primera solicitud; un backoff breve con la misma clave obtiene entonces su resultado."},
			Idempotency: Text{
				EN: "Keep the same Idempotency-Key: the conflicting request was not run, so nothing was stored for it, and the retry will return the first request's result instead of charging twice.",
				PT: "Mantenha a mesma Idempotency-Key: a requisição em conflito não foi executada, então nada foi guardado para ela, e a nova tentativa vai devolver o resultado da primeira em vez de cobrar duas vezes.",
				ES: "Mantenga el mismo Idempotency-Key: la solicitud en conflicto no se ejecutó, así que no se guardó nada para ella, y el reintento devolverá el resultado de la primera solicitud en lugar de cobrar dos veces.",
			},
			Match:  []string{"another in-progress request using this idempotent key"},
			Source: stripeErrorCodes + "/idempotency-key-in-use; 409 Conflict from " + stripeAPIErrors,
		},
		{
			Code:     "incorrect_cvc",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Incorrect security code (CVC)", PT: "Código de segurança (CVC) incorreto", ES: "Código de seguridad (CVC) incorrecto"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the CVC entered does not match the card's, according to the issuer.",
				PT: "Como código de erro e como decline code: o CVC digitado não confere com o do cartão, segundo o emissor.",
				ES: "Como código de error y como código de rechazo: el CVC ingresado no coincide con el de la tarjeta, según el emisor.",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the security code (3 digits, 4 for American Express) or use another card.", PT: "Peça ao cliente que digite de novo o código de segurança (3 dígitos, 4 no American Express) ou use outro cartão.", ES: "Pida al cliente que vuelva a ingresar el código de seguridad (3 dígitos, 4 en American Express) o que use otra tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same CVC is refused again; retry only with the corrected code.", PT: "O mesmo CVC é recusado de novo; tente só com o código corrigido.", ES: "El mismo CVC vuelve a ser rechazado; reintente solo con el código corregido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"your card's security code is incorrect"},
			Source: stripeErrorCodes + "/incorrect-cvc; " + stripeDeclineCodes + " (incorrect_cvc)",
		},
		{
			Code:     "incorrect_number",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Incorrect card number", PT: "Número do cartão incorreto", ES: "Número de tarjeta incorrecto"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card number is incorrect.",
				PT: "Como código de erro e como decline code: o número do cartão está incorreto.",
				ES: "Como código de error y como código de rechazo: el número de tarjeta es incorrecto.",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the card number or use another card; collect card data with Stripe Elements to catch typos early.", PT: "Peça ao cliente que digite de novo o número ou use outro cartão; colete os dados com o Stripe Elements para pegar erros de digitação cedo.", ES: "Pida al cliente que vuelva a ingresar el número de tarjeta o que use otra tarjeta; capture los datos de tarjeta con Stripe Elements para detectar errores de tipeo a tiempo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same number is refused again; retry only with the corrected number.", PT: "O mesmo número é recusado de novo; tente só com o número corrigido.", ES: "El mismo número vuelve a ser rechazado; reintente solo con el número corregido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"your card number is incorrect"},
			Source: stripeErrorCodes + "/incorrect-number; " + stripeDeclineCodes + " (incorrect_number)",
		},
		{
			Code:     "incorrect_zip",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Postal code failed validation", PT: "CEP/código postal não conferiu", ES: "El código postal no pasó la validación"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the billing postal code does not match the issuer's records.",
				PT: "Como código de erro e como decline code: o código postal de cobrança não confere com o cadastro do emissor.",
				ES: "Como código de error y como código de rechazo: el código postal de facturación no coincide con los registros del emisor.",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the billing postal code exactly as registered with the bank, or use another card.", PT: "Peça ao cliente que digite de novo o código postal de cobrança exatamente como cadastrado no banco, ou use outro cartão.", ES: "Pida al cliente que vuelva a ingresar el código postal de facturación exactamente como está registrado en el banco, o que use otra tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same postal code is refused again; retry only with the corrected one.", PT: "O mesmo código postal é recusado de novo; tente só com o corrigido.", ES: "El mismo código postal vuelve a ser rechazado; reintente solo con el corregido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Match:       []string{"the zip code you supplied failed validation"},
			Source:      stripeErrorCodes + "/incorrect-zip; " + stripeDeclineCodes + " (incorrect_zip)",
		},
		{
			Code:     "insufficient_funds",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Insufficient funds", PT: "Saldo insuficiente", ES: "Saldo insuficiente"},
			Meaning: Text{
				EN: "As a decline code: the card has insufficient funds for the purchase; as an error code: the customer's account (e.g. the bank account of a debit) cannot cover the payment.",
				PT: "Como decline code: o cartão não tem saldo para a compra; como código de erro: a conta do cliente (ex.: a conta bancária de um débito) não cobre o pagamento.",
				ES: "Como código de rechazo: la tarjeta no tiene fondos suficientes para la compra; como código de error: la cuenta del cliente (p. ej., la cuenta bancaria de un débito) no puede cubrir el pago.",
			},
			Fix: []Text{
				{EN: "Ask the customer to use another payment method.", PT: "Peça ao cliente que use outra forma de pagamento.", ES: "Pida al cliente que use otro medio de pago."},
				{EN: "For subscriptions, let Stripe's retry schedule (Smart Retries) try again later instead of retrying at once.", PT: "Em assinaturas, deixe a programação de novas tentativas da Stripe (Smart Retries) tentar mais tarde, em vez de repetir na hora.", ES: "Para suscripciones, deje que el calendario de reintentos de Stripe (Smart Retries) vuelva a intentar más tarde en lugar de reintentar de inmediato."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "An immediate retry is refused again; a later one may pass once funds arrive, unless advice_code is do_not_try_again.",
				PT: "Uma nova tentativa imediata é recusada de novo; uma mais tarde pode passar quando houver saldo, a não ser que advice_code seja do_not_try_again.",
				ES: "Un reintento inmediato vuelve a ser rechazado; uno posterior puede pasar cuando lleguen los fondos, a menos que advice_code sea do_not_try_again.",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"your card has insufficient funds"},
			Source: stripeErrorCodes + "/insufficient-funds; " + stripeDeclineCodes + " (insufficient_funds); " + stripeAdvice,
		},
		{
			Code:     "invalid_cvc",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid security code (CVC)", PT: "Código de segurança (CVC) inválido", ES: "Código de seguridad (CVC) inválido"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the CVC is not valid for the card, e.g. the wrong number of digits or not numeric.",
				PT: "Como código de erro e como decline code: o CVC não é válido para o cartão, por exemplo quantidade errada de dígitos ou não numérico.",
				ES: "Como código de error y como código de rechazo: el CVC no es válido para la tarjeta, p. ej., tiene una cantidad incorrecta de dígitos o no es numérico.",
			},
			Fix: []Text{
				{EN: "Ask the customer to check the security code (3 digits, 4 for American Express) or use another card.", PT: "Peça ao cliente que confira o código de segurança (3 dígitos, 4 no American Express) ou use outro cartão.", ES: "Pida al cliente que revise el código de seguridad (3 dígitos, 4 en American Express) o que use otra tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same CVC is refused again; retry only with a valid one.", PT: "O mesmo CVC é recusado de novo; tente só com um válido.", ES: "El mismo CVC vuelve a ser rechazado; reintente solo con uno válido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Match:       []string{"your card's security code is invalid"},
			Source:      stripeErrorCodes + "/invalid-cvc; " + stripeDeclineCodes + " (invalid_cvc)",
		},
		{
			Code:     "invalid_expiry_month",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid expiry month", PT: "Mês de validade inválido", ES: "Mes de vencimiento inválido"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card's expiration month is incorrect.",
				PT: "Como código de erro e como decline code: o mês de validade do cartão está incorreto.",
				ES: "Como código de error y como código de rechazo: el mes de vencimiento de la tarjeta es incorrecto.",
			},
			Fix: []Text{
				{EN: "Send exp_month as a number from 1 to 12 and ask the customer to check the date on the card.", PT: "Envie exp_month como número de 1 a 12 e peça ao cliente que confira a data no cartão.", ES: "Envíe exp_month como un número del 1 al 12 y pida al cliente que revise la fecha en la tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same month is refused again; retry only with the corrected date.", PT: "O mesmo mês é recusado de novo; tente só com a data corrigida.", ES: "El mismo mes vuelve a ser rechazado; reintente solo con la fecha corregida."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Match:       []string{"your card's expiration month is invalid"},
			Source:      stripeErrorCodes + "/invalid-expiry-month; " + stripeDeclineCodes + " (invalid_expiry_month)",
		},
		{
			Code:     "invalid_expiry_year",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid expiry year", PT: "Ano de validade inválido", ES: "Año de vencimiento inválido"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card's expiration year is incorrect.",
				PT: "Como código de erro e como decline code: o ano de validade do cartão está incorreto.",
				ES: "Como código de error y como código de rechazo: el año de vencimiento de la tarjeta es incorrecto.",
			},
			Fix: []Text{
				{EN: "Send exp_year with four digits (e.g. 2030) and ask the customer to check the date on the card.", PT: "Envie exp_year com quatro dígitos (ex.: 2030) e peça ao cliente que confira a data no cartão.", ES: "Envíe exp_year con cuatro dígitos (p. ej., 2030) y pida al cliente que revise la fecha en la tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same year is refused again; retry only with the corrected date.", PT: "O mesmo ano é recusado de novo; tente só com a data corrigida.", ES: "El mismo año vuelve a ser rechazado; reintente solo con la fecha corregida."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Match:       []string{"your card's expiration year is invalid"},
			Source:      stripeErrorCodes + "/invalid-expiry-year; " + stripeDeclineCodes + " (invalid_expiry_year)",
		},
		{
			Code:     "invalid_number",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid card number", PT: "Número do cartão inválido", ES: "Número de tarjeta inválido"},
			Meaning: Text{
				EN: "As an error code and as a decline code: the card number is not a valid card number (wrong length or check digit).",
				PT: "Como código de erro e como decline code: o número informado não é um número de cartão válido (tamanho ou dígito verificador errado).",
				ES: "Como código de error y como código de rechazo: el número de tarjeta no es un número de tarjeta válido (longitud o dígito verificador incorrectos).",
			},
			Fix: []Text{
				{EN: "Ask the customer to re-enter the number or use another card; validate it in the form with Stripe Elements.", PT: "Peça ao cliente que digite o número de novo ou use outro cartão; valide no formulário com o Stripe Elements.", ES: "Pida al cliente que vuelva a ingresar el número o que use otra tarjeta; valídelo en el formulario con Stripe Elements."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same number is refused again; retry only with a valid one.", PT: "O mesmo número é recusado de novo; tente só com um válido.", ES: "El mismo número vuelve a ser rechazado; reintente solo con uno válido."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Match:       []string{"the card object must have a value for 'number'"}, // its message when the number is empty (the corpus's Vue Elements and Spree pastes)
			Source:      stripeErrorCodes + "/invalid-number; " + stripeDeclineCodes + " (invalid_number)",
		},
		{
			Code:     "livemode_mismatch",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Test and live mode mixed", PT: "Modo de teste e produção misturados", ES: "Modos test y live mezclados"},
			Meaning: Text{
				EN: "Keys, requests and objects only exist in the mode they were made in: a test key was used on a live object, or a live key on a test object.",
				PT: "Chaves, requisições e objetos só existem no modo em que foram criados: uma chave de teste foi usada num objeto de produção, ou uma chave de produção num objeto de teste.",
				ES: "Las claves, las solicitudes y los objetos solo existen en el modo en que se crearon: se usó una clave de test con un objeto live, o una clave live con un objeto de test.",
			},
			Fix: []Text{
				{EN: "Use sk_test_… keys only with test objects and sk_live_… keys only with live objects.", PT: "Use chaves sk_test_… só com objetos de teste e sk_live_… só com objetos de produção.", ES: "Use claves sk_test_… solo con objetos de test y claves sk_live_… solo con objetos live."},
				{EN: "Check that the ids stored in your database come from the same mode as the key in use.", PT: "Verifique se os ids guardados no seu banco vêm do mesmo modo da chave em uso.", ES: "Verifique que los ids guardados en su base de datos provengan del mismo modo que la clave en uso."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The object will never be visible to a key of the other mode; fix the key or the id.", PT: "O objeto nunca será visível para uma chave do outro modo; corrija a chave ou o id.", ES: "El objeto nunca será visible para una clave del otro modo; corrija la clave o el id."},
			Source:   stripeErrorCodes + "/livemode-mismatch; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "lock_timeout",
			Status:   429,
			Category: Conflict,
			Title:    Text{EN: "Object locked by another request", PT: "Objeto bloqueado por outra requisição", ES: "Objeto bloqueado por otra solicitud"},
			Meaning: Text{
				EN: "The object cannot be accessed right now because another API request or a Stripe process holds its lock, and the wait for the lock timed out; it is not a rate limit, though it also answers 429.",
				PT: "O objeto não pode ser acessado agora porque outra requisição ou um processo da Stripe está com o bloqueio dele, e o tempo de espera pelo bloqueio se esgotou; não é limite de requisições, embora também responda 429.",
				ES: "No se puede acceder al objeto en este momento porque otra solicitud a la API o un proceso de Stripe tiene su bloqueo, y se agotó el tiempo de espera del bloqueo; no es un límite de tasa, aunque también responde 429.",
			},
			Fix: []Text{
				{EN: "If it happens now and then, retry the request after a short backoff.", PT: "Se acontece de vez em quando, tente de novo depois de um backoff curto.", ES: "Si ocurre de vez en cuando, reintente la solicitud tras un backoff breve."},
				{EN: "If it happens often, stop sending concurrent requests to the same object (e.g. updates to one customer or subscription): send them one after another or at a lower rate.", PT: "Se acontece com frequência, pare de enviar requisições simultâneas ao mesmo objeto (ex.: atualizações de um cliente ou assinatura): envie uma depois da outra ou em ritmo menor.", ES: "Si ocurre con frecuencia, deje de enviar solicitudes concurrentes al mismo objeto (p. ej., actualizaciones de un mismo cliente o suscripción): envíelas una tras otra o a un ritmo menor."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The lock is released when the other request finishes, so a retry after a short backoff usually succeeds.", PT: "O bloqueio é liberado quando a outra requisição termina, então uma nova tentativa depois de um backoff curto costuma dar certo.", ES: "El bloqueo se libera cuando termina la otra solicitud, así que un reintento tras un backoff breve suele tener éxito."},
			Idempotency: Text{
				EN: "Resend with the same Idempotency-Key: the request did not run, and the key keeps a later duplicate from running twice.",
				PT: "Reenvie com a mesma Idempotency-Key: a requisição não foi executada, e a chave impede que uma duplicata posterior rode duas vezes.",
				ES: "Vuelva a enviar con el mismo Idempotency-Key: la solicitud no se ejecutó, y la clave evita que un duplicado posterior se ejecute dos veces.",
			},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"cannot be accessed right now because another api request or stripe process is currently"}, // "… accessing it", cut or not
			Source: stripeErrorCodes + "/lock-timeout; https://docs.stripe.com/rate-limits (object lock timeouts: 429, lock_timeout)",
		},
		{
			Code:     "parameter_invalid_empty",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Required value empty", PT: "Valor obrigatório vazio", ES: "Valor obligatorio vacío"},
			Meaning: Text{
				EN: "One or more required values were sent empty; param names the first one.",
				PT: "Um ou mais valores obrigatórios foram enviados vazios; param indica o primeiro.",
				ES: "Se enviaron vacíos uno o más valores obligatorios; param indica el primero.",
			},
			Fix: []Text{
				{EN: "Fill the parameter named in error.param; to unset an optional field, omit it or follow the endpoint's documented way of clearing it.", PT: "Preencha o parâmetro indicado em error.param; para limpar um campo opcional, omita-o ou siga a forma documentada do endpoint para apagá-lo.", ES: "Complete el parámetro indicado en error.param; para quitar el valor de un campo opcional, omítalo o siga la forma documentada por el endpoint para vaciarlo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The empty value is refused every time; send a value.", PT: "O valor vazio é recusado sempre; envie um valor.", ES: "El valor vacío se rechaza siempre; envíe un valor."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT, ES: stripeIdemFixES},
			Match:       []string{"you passed an empty string for", "we assume empty values are an attempt to unset a parameter"},
			Source:      stripeErrorCodes + "/parameter-invalid-empty; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "parameter_invalid_integer",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Parameter must be an integer", PT: "Parâmetro precisa ser inteiro", ES: "El parámetro debe ser un entero"},
			Meaning: Text{
				EN: "A parameter that takes an integer received another type, typically an amount sent with decimals (10.50 instead of 1050).",
				PT: "Um parâmetro que aceita inteiro recebeu outro tipo, normalmente um valor com casas decimais (10.50 em vez de 1050).",
				ES: "Un parámetro que acepta un entero recibió otro tipo, normalmente un monto enviado con decimales (10.50 en lugar de 1050).",
			},
			Fix: []Text{
				{EN: "Send amounts as integers in the smallest currency unit (1050 for 10.50) and check the type of the parameter in error.param.", PT: "Envie valores como inteiros na menor unidade da moeda (1050 para 10,50) e confira o tipo do parâmetro em error.param.", ES: "Envíe los montos como enteros en la unidad más pequeña de la moneda (1050 para 10.50) y revise el tipo del parámetro indicado en error.param."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same value is refused every time; send an integer.", PT: "O mesmo valor é recusado sempre; envie um inteiro.", ES: "El mismo valor se rechaza siempre; envíe un entero."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT, ES: stripeIdemFixES},
			Source:      stripeErrorCodes + "/parameter-invalid-integer; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "parameter_invalid_string_empty",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "String parameter empty", PT: "Parâmetro de texto vazio", ES: "Parámetro de texto vacío"},
			Meaning: Text{
				EN: "A required string value was sent as an empty string; it must have at least one character.",
				PT: "Um valor de texto obrigatório foi enviado como string vazia; ele precisa ter pelo menos um caractere.",
				ES: "Se envió un valor de texto obligatorio como cadena vacía; debe tener al menos un carácter.",
			},
			Fix: []Text{
				{EN: "Fill the parameter named in error.param, or leave it out when it is optional.", PT: "Preencha o parâmetro indicado em error.param, ou omita-o quando for opcional.", ES: "Complete el parámetro indicado en error.param, u omítalo cuando sea opcional."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The empty string is refused every time; send a value.", PT: "A string vazia é recusada sempre; envie um valor.", ES: "La cadena vacía se rechaza siempre; envíe un valor."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT, ES: stripeIdemFixES},
			Source:      stripeErrorCodes + "/parameter-invalid-string-empty; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "parameter_missing",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Required parameter missing", PT: "Parâmetro obrigatório ausente", ES: "Falta un parámetro obligatorio"},
			Meaning: Text{
				EN: "One or more values required to create or change the object are missing; param names the first one.",
				PT: "Um ou mais valores obrigatórios para criar ou alterar o objeto estão ausentes; param indica o primeiro.",
				ES: "Faltan uno o más valores necesarios para crear o modificar el objeto; param indica el primero.",
			},
			Fix: []Text{
				{EN: "Add the parameter named in error.param (e.g. amount and currency on a PaymentIntent).", PT: "Inclua o parâmetro indicado em error.param (ex.: amount e currency num PaymentIntent).", ES: "Agregue el parámetro indicado en error.param (p. ej., amount y currency en un PaymentIntent)."},
				{EN: "Check the endpoint's required parameters in the API reference.", PT: "Confira os parâmetros obrigatórios do endpoint na referência da API.", ES: "Revise los parámetros obligatorios del endpoint en la referencia de la API."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request fails until the parameter is sent.", PT: "A requisição falha até o parâmetro ser enviado.", ES: "La solicitud falla hasta que se envíe el parámetro."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT, ES: stripeIdemFixES},
			// Stripe's own message, for a paste that quotes it without the code: "Missing
			// required param: amount." (not an app's "Missing required parameters").
			// A charge with neither a source nor a customer: "Must provide source or
			// customer." (with this code in the corpus's gringotts paste; older API
			// versions sent the type alone).
			Match:  []string{"missing required param:", "must provide source or customer"},
			Source: stripeErrorCodes + "/parameter-missing; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "parameter_unknown",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Unknown parameter", PT: "Parâmetro desconhecido", ES: "Parámetro desconocido"},
			Meaning: Text{
				EN: "The request contains a parameter Stripe does not expect, often a typo, a field of another API version, or data that belongs in metadata.",
				PT: "A requisição tem um parâmetro que a Stripe não espera, muitas vezes um erro de digitação, um campo de outra versão da API ou um dado que deveria ir em metadata.",
				ES: "La solicitud contiene un parámetro que Stripe no espera; a menudo un error de tipeo, un campo de otra versión de la API o datos que deberían ir en metadata.",
			},
			Fix: []Text{
				{EN: "Remove or rename the parameter in error.param; put your own data under metadata[…].", PT: "Remova ou renomeie o parâmetro em error.param; coloque dados próprios em metadata[…].", ES: "Quite o renombre el parámetro indicado en error.param; ponga sus propios datos en metadata[…]."},
				{EN: "Check which API version your account or Stripe-Version header uses.", PT: "Confira qual versão da API sua conta ou o cabeçalho Stripe-Version usa.", ES: "Verifique qué versión de la API usa su cuenta o su encabezado Stripe-Version."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The unknown parameter is refused every time; remove it.", PT: "O parâmetro desconhecido é recusado sempre; remova-o.", ES: "El parámetro desconocido se rechaza siempre; quítelo."},
			Idempotency: Text{EN: stripeIdemFixEN, PT: stripeIdemFixPT, ES: stripeIdemFixES},
			Match:       []string{"received unknown parameter"},
			Source:      stripeErrorCodes + "/parameter-unknown; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "payment_intent_authentication_failure",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Payment method failed authentication", PT: "Forma de pagamento falhou na autenticação", ES: "Falló la autenticación del medio de pago"},
			Meaning: Text{
				EN: "The payment method attached to the PaymentIntent failed authentication (e.g. the customer failed or abandoned 3D Secure), so the PaymentIntent needs a new payment method.",
				PT: "A forma de pagamento ligada ao PaymentIntent falhou na autenticação (ex.: o cliente não passou ou abandonou o 3D Secure), então o PaymentIntent precisa de uma nova forma de pagamento.",
				ES: "El medio de pago asociado al PaymentIntent no pasó la autenticación (p. ej., el cliente falló o abandonó 3D Secure), así que el PaymentIntent necesita un nuevo medio de pago.",
			},
			Fix: []Text{
				{EN: "Ask the customer for a new payment method and confirm the same PaymentIntent with it.", PT: "Peça ao cliente uma nova forma de pagamento e confirme o mesmo PaymentIntent com ela.", ES: "Pida al cliente un nuevo medio de pago y confirme con él el mismo PaymentIntent."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The failed authentication is final for that payment method; only a new one can complete the payment.", PT: "A falha de autenticação é definitiva para essa forma de pagamento; só uma nova pode concluir o pagamento.", ES: "La autenticación fallida es definitiva para ese medio de pago; solo uno nuevo puede completar el pago."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Match:       []string{"we are unable to authenticate your payment method"},
			Source:      stripeErrorCodes + "/payment-intent-authentication-failure",
		},
		{
			Code:     "payment_intent_unexpected_state",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "PaymentIntent in the wrong state", PT: "PaymentIntent no estado errado", ES: "PaymentIntent en un estado incorrecto"},
			Meaning: Text{
				EN: "The PaymentIntent's status does not allow the operation, e.g. confirming or updating one that already succeeded or was canceled, or capturing one that is not requires_capture.",
				PT: "O status do PaymentIntent não permite a operação, por exemplo confirmar ou alterar um que já foi concluído (succeeded) ou cancelado, ou capturar um que não está em requires_capture.",
				ES: "El estado del PaymentIntent no permite la operación, p. ej., confirmar o actualizar uno que ya se completó o se canceló, o capturar uno que no está en requires_capture.",
			},
			Fix: []Text{
				{EN: "Retrieve the PaymentIntent and read its status before acting.", PT: "Consulte o PaymentIntent e leia o status antes de agir.", ES: "Recupere el PaymentIntent y lea su status antes de actuar."},
				{EN: "If it already succeeded, record the payment and do not confirm it again; if it was canceled, create a new PaymentIntent.", PT: "Se ele já foi concluído, registre o pagamento e não confirme de novo; se foi cancelado, crie um novo PaymentIntent.", ES: "Si ya se completó, registre el pago y no lo vuelva a confirmar; si se canceló, cree un nuevo PaymentIntent."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The state decides what to do: often the payment already went through (a duplicate confirm), so look it up rather than resend.", PT: "O estado decide o que fazer: muitas vezes o pagamento já foi feito (confirmação duplicada), então consulte em vez de reenviar.", ES: "El estado determina qué hacer: a menudo el pago ya se procesó (una confirmación duplicada), así que consúltelo en lugar de reenviar."},
			Idempotency: Text{
				EN: "Send confirms and captures with an Idempotency-Key derived from the order so that a double submit replays the first result instead of hitting this error.",
				PT: "Envie confirmações e capturas com uma Idempotency-Key derivada do pedido, para que um envio duplicado repita o primeiro resultado em vez de cair neste erro.",
				ES: "Envíe las confirmaciones y capturas con un Idempotency-Key derivado del pedido, para que un doble envío devuelva el primer resultado en lugar de provocar este error.",
			},
			Source: stripeErrorCodes + "/payment-intent-unexpected-state; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "payment_method_not_available",
			Status:   0,
			Category: Upstream,
			Title:    Text{EN: "Payment method processor unavailable", PT: "Processador da forma de pagamento indisponível", ES: "Procesador del medio de pago no disponible"},
			Meaning: Text{
				EN: "The processor behind the chosen payment method is temporarily unavailable, so the payment could not be attempted.",
				PT: "O processador por trás da forma de pagamento escolhida está temporariamente indisponível, então o pagamento não pôde ser tentado.",
				ES: "El procesador detrás del medio de pago elegido no está disponible temporalmente, así que no se pudo intentar el pago.",
			},
			Fix: []Text{
				{EN: "Retry later with the same payment method, with backoff.", PT: "Tente mais tarde com a mesma forma de pagamento, com backoff.", ES: "Reintente más tarde con el mismo medio de pago, con backoff."},
				{EN: "Or offer the customer another payment method now.", PT: "Ou ofereça agora outra forma de pagamento ao cliente.", ES: "O bien ofrezca ahora al cliente otro medio de pago."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The outage is temporary; a later attempt can succeed.", PT: "A indisponibilidade é temporária; uma tentativa mais tarde pode dar certo.", ES: "La interrupción es temporal; un intento posterior puede tener éxito."},
			Idempotency: Text{
				EN: "Stripe stores this failure under the Idempotency-Key if the request ran, so check the PaymentIntent's status and retry the confirmation with a new key only while it still requires a payment method or confirmation.",
				PT: "A Stripe guarda esta falha sob a Idempotency-Key se a requisição foi executada, então confira o status do PaymentIntent e tente a confirmação com uma chave nova só enquanto ele ainda exigir forma de pagamento ou confirmação.",
				ES: "Stripe guarda esta falla bajo el Idempotency-Key si la solicitud se ejecutó, así que consulte el estado del PaymentIntent y reintente la confirmación con una clave nueva solo mientras siga requiriendo un medio de pago o una confirmación.",
			},
			Source: stripeErrorCodes + "/payment-method-not-available",
		},
		{
			Code:     "processing_error",
			Status:   402,
			Category: Upstream,
			Title:    Text{EN: "Error while processing the card", PT: "Erro ao processar o cartão", ES: "Error al procesar la tarjeta"},
			Meaning: Text{
				EN: "As an error code and as a decline code: an error occurred while the card was being processed, not a refusal by the customer's bank.",
				PT: "Como código de erro e como decline code: houve um erro durante o processamento do cartão, não uma recusa do banco do cliente.",
				ES: "Como código de error y como código de rechazo: ocurrió un error mientras se procesaba la tarjeta; no es un rechazo del banco del cliente.",
			},
			Fix: []Text{
				{EN: "Attempt the payment again later, not within seconds.", PT: "Tente o pagamento de novo mais tarde, não em segundos.", ES: "Intente el pago de nuevo más tarde, no en segundos."},
				{EN: "If it keeps failing, ask the customer for another payment method.", PT: "Se continuar falhando, peça ao cliente outra forma de pagamento.", ES: "Si sigue fallando, pida al cliente otro medio de pago."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: declineLaterEN, PT: declineLaterPT, ES: declineLaterES},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"an error occurred while processing your card"},
			Source: stripeErrorCodes + "/processing-error; " + stripeDeclineCodes + " (processing_error)",
		},
		{
			Code:     "rate_limit",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Too many requests", PT: "Muitas requisições", ES: "Demasiadas solicitudes"},
			Meaning: Text{
				EN: "Too many requests hit the API too quickly: Stripe's limits are about 100 operations per second in live mode and 25 in a sandbox, with stricter per-endpoint limits; the Stripe-Rate-Limited-Reason header says which limiter fired.",
				PT: "Muitas requisições chegaram à API rápido demais: os limites da Stripe são de cerca de 100 operações por segundo em produção e 25 em sandbox, com limites mais rígidos por endpoint; o cabeçalho Stripe-Rate-Limited-Reason diz qual limitador disparou.",
				ES: "Llegaron demasiadas solicitudes a la API demasiado rápido: los límites de Stripe son de unas 100 operaciones por segundo en modo live y 25 en un sandbox, con límites más estrictos por endpoint; el encabezado Stripe-Rate-Limited-Reason indica qué limitador se activó.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff and jitter; Stripe documents no Retry-After, so honour one only if present.", PT: "Tente de novo com backoff exponencial e jitter; a Stripe não documenta Retry-After, então respeite-o só se vier.", ES: "Reintente con backoff exponencial y jitter; Stripe no documenta ningún Retry-After, así que respételo solo si está presente."},
				{EN: "Throttle on your side (e.g. a token bucket shared by all workers) and avoid polling; use webhooks instead.", PT: "Limite o ritmo do seu lado (ex.: um token bucket compartilhado por todos os workers) e evite polling; use webhooks.", ES: "Limite el ritmo de su lado (p. ej., un token bucket compartido por todos los workers) y evite el polling; use webhooks en su lugar."},
				{EN: "If the rise is unexpected or you need more throughput, contact Stripe support (weeks ahead for large increases).", PT: "Se o aumento for inesperado ou você precisar de mais vazão, fale com o suporte da Stripe (semanas antes, para aumentos grandes).", ES: "Si el aumento es inesperado o necesita más capacidad, comuníquese con el soporte de Stripe (con semanas de anticipación para aumentos grandes)."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "Stripe recommends exponential backoff and states no delay; the request was not executed, so it is safe to resend later.", PT: "A Stripe recomenda backoff exponencial e não informa um prazo; a requisição não foi executada, então é seguro reenviá-la depois.", ES: "Stripe recomienda backoff exponencial y no indica ningún tiempo de espera; la solicitud no se ejecutó, así que es seguro reenviarla más tarde."},
			Idempotency: Text{
				EN: "A rate-limited request was not run: resend it with the same Idempotency-Key.",
				PT: "Uma requisição barrada pelo limite não foi executada: reenvie com a mesma Idempotency-Key.",
				ES: "Una solicitud limitada por tasa no se ejecutó: vuelva a enviarla con el mismo Idempotency-Key.",
			},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"too many requests hit the api too quickly"},
			Source: stripeErrorCodes + "/rate-limit; https://docs.stripe.com/rate-limits",
		},
		{
			Code:     "resource_already_exists",
			Status:   400,
			Category: Conflict,
			Title:    Text{EN: "Resource with this id already exists", PT: "Já existe um recurso com este id", ES: "Ya existe un recurso con este id"},
			Meaning: Text{
				EN: "You chose the id of the object yourself (e.g. a coupon or plan) and an object with that id already exists.",
				PT: "Você mesmo escolheu o id do objeto (ex.: um cupom ou plano) e já existe um objeto com esse id.",
				ES: "Usted eligió el id del objeto (p. ej., un cupón o un plan) y ya existe un objeto con ese id.",
			},
			Fix: []Text{
				{EN: "If the existing object is the one you meant to create, retrieve and use it.", PT: "Se o objeto existente é o que você queria criar, consulte-o e use-o.", ES: "Si el objeto existente es el que quería crear, recupérelo y úselo."},
				{EN: "Otherwise send a different, unique id.", PT: "Caso contrário, envie um id diferente e único.", ES: "Si no, envíe un id diferente y único."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The id is taken; the same request can only succeed with another id.", PT: "O id já está em uso; a mesma requisição só dá certo com outro id.", ES: "El id ya está ocupado; la misma solicitud solo puede tener éxito con otro id."},
			Source:   stripeErrorCodes + "/resource-already-exists; status 400 from " + stripeAPIErrors,
		},
		{
			Code:     "resource_missing",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "No such object", PT: "Objeto não encontrado", ES: "El objeto no existe"},
			Meaning: Text{
				EN: "The id given does not exist for this key: the object was never created, belongs to the other mode (test/live) or another account, or the id is of a different kind of object.",
				PT: "O id informado não existe para esta chave: o objeto nunca foi criado, pertence ao outro modo (teste/produção) ou a outra conta, ou o id é de outro tipo de objeto.",
				ES: "El id indicado no existe para esta clave: el objeto nunca se creó, pertenece al otro modo (test/live) o a otra cuenta, o el id es de otro tipo de objeto.",
			},
			Fix: []Text{
				{EN: "Check the id in error.param/message and that its prefix matches the endpoint (pi_ for PaymentIntents, cus_ for customers …).", PT: "Confira o id em error.param/message e se o prefixo bate com o endpoint (pi_ para PaymentIntents, cus_ para clientes …).", ES: "Revise el id en error.param/message y que su prefijo corresponda al endpoint (pi_ para PaymentIntents, cus_ para clientes …)."},
				{EN: "Make sure the key is of the same mode and account as the object; for connected accounts send the Stripe-Account header.", PT: "Verifique se a chave é do mesmo modo e conta do objeto; para contas conectadas, envie o cabeçalho Stripe-Account.", ES: "Asegúrese de que la clave sea del mismo modo y de la misma cuenta que el objeto; para cuentas conectadas, envíe el encabezado Stripe-Account."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup keeps failing until it names an object this key can see.", PT: "A consulta continua falhando até apontar um objeto que esta chave enxerga.", ES: "La consulta sigue fallando hasta que indique un objeto que esta clave pueda ver."},
			// Stripe's own message, for a paste that quotes it without the code.
			Match:  []string{"no such ", "a similar object exists in test mode", "a similar object exists in live mode"},
			Source: stripeErrorCodes + "/resource-missing; 404 Not Found from " + stripeAPIErrors,
		},
		{
			Code:     "secret_key_required",
			Status:   0,
			Category: Authentication,
			Title:    Text{EN: "Secret key required", PT: "Chave secreta necessária", ES: "Se requiere una clave secreta"},
			Meaning: Text{
				EN: "The call was made with a publishable key (pk_…), but this operation needs a secret key (sk_…) or restricted key.",
				PT: "A chamada foi feita com uma chave publicável (pk_…), mas esta operação exige uma chave secreta (sk_…) ou restrita.",
				ES: "La llamada se hizo con una clave publicable (pk_…), pero esta operación necesita una clave secreta (sk_…) o una clave restringida.",
			},
			Fix: []Text{
				{EN: "Make this call from your server with the secret key; keep the publishable key for Stripe.js and the mobile SDKs.", PT: "Faça esta chamada do seu servidor com a chave secreta; deixe a chave publicável para o Stripe.js e os SDKs móveis.", ES: "Haga esta llamada desde su servidor con la clave secreta; reserve la clave publicable para Stripe.js y los SDK móviles."},
				{EN: "Never put the secret key in browser or app code.", PT: "Nunca coloque a chave secreta em código de navegador ou de app.", ES: "Nunca ponga la clave secreta en el código del navegador o de la app."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A publishable key is never accepted here; retry only with a secret key.", PT: "Uma chave publicável nunca é aceita aqui; tente de novo só com uma chave secreta.", ES: "Aquí nunca se acepta una clave publicable; reintente solo con una clave secreta."},
			Match:    []string{"cannot be made with a publishable api key", "publishable key sent, but only secret keys can be used"},
			Source:   stripeErrorCodes + "/secret-key-required",
		},
		{
			Code:     "testmode_charges_only",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Account not activated for live charges", PT: "Conta não ativada para cobranças reais", ES: "Cuenta no activada para cobros live"},
			Meaning: Text{
				EN: "Your Stripe account has not been activated, so it can only make test charges.",
				PT: "Sua conta Stripe ainda não foi ativada, então só pode fazer cobranças de teste.",
				ES: "Su cuenta de Stripe no ha sido activada, así que solo puede hacer cobros de test.",
			},
			Fix: []Text{
				{EN: "Activate the account in the Dashboard (business details, bank account, verification), then use the live keys.", PT: "Ative a conta no Dashboard (dados da empresa, conta bancária, verificação) e depois use as chaves de produção.", ES: "Active la cuenta en el Dashboard (datos del negocio, cuenta bancaria, verificación) y luego use las claves live."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Live charges stay refused until the account is activated.", PT: "As cobranças reais continuam recusadas até a conta ser ativada.", ES: "Los cobros live seguirán rechazándose hasta que se active la cuenta."},
			Match:    []string{"your account cannot currently make live charges", "account cannot currently make live charges", "you can only make test charges right now"},
			Source:   stripeErrorCodes + "/testmode-charges-only",
		},
		{
			Code:     "tls_version_unsupported",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "TLS version not supported", PT: "Versão de TLS não suportada", ES: "Versión de TLS no soportada"},
			Meaning: Text{
				EN: "Your integration connects to Stripe with an old TLS version; Stripe requires TLS 1.2 or above.",
				PT: "Sua integração se conecta à Stripe com uma versão antiga de TLS; a Stripe exige TLS 1.2 ou superior.",
				ES: "Su integración se conecta a Stripe con una versión antigua de TLS; Stripe exige TLS 1.2 o posterior.",
			},
			Fix: []Text{
				{EN: "Upgrade the HTTP client, language runtime or OpenSSL so that connections use TLS 1.2 or later.", PT: "Atualize o cliente HTTP, o runtime da linguagem ou o OpenSSL para que as conexões usem TLS 1.2 ou superior.", ES: "Actualice el cliente HTTP, el runtime del lenguaje u OpenSSL para que las conexiones usen TLS 1.2 o posterior."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Every request over the old TLS version is refused until the client is upgraded.", PT: "Toda requisição pela versão antiga de TLS é recusada até o cliente ser atualizado.", ES: "Toda solicitud con la versión antigua de TLS se rechaza hasta que se actualice el cliente."},
			Source:   stripeErrorCodes + "/tls-version-unsupported",
		},
		{
			Code:     "token_already_used",
			Status:   400,
			Category: Conflict,
			Title:    Text{EN: "Token already used", PT: "Token já utilizado", ES: "Token ya utilizado"},
			Meaning: Text{
				EN: "The card or bank token (tok_…) was already used once; tokens are single-use.",
				PT: "O token de cartão ou de banco (tok_…) já foi usado uma vez; tokens são de uso único.",
				ES: "El token de tarjeta o de cuenta bancaria (tok_…) ya se usó una vez; los tokens son de un solo uso.",
			},
			Fix: []Text{
				{EN: "Create a new token (or, better, save a PaymentMethod to the customer and reuse that) before retrying.", PT: "Crie um token novo (ou, melhor, salve um PaymentMethod no cliente e reutilize-o) antes de tentar de novo.", ES: "Cree un token nuevo (o, mejor, guarde un PaymentMethod en el cliente y reutilícelo) antes de reintentar."},
				{EN: "Check whether the first use already created the charge you wanted.", PT: "Verifique se o primeiro uso já criou a cobrança que você queria.", ES: "Verifique si el primer uso ya creó el cobro que quería."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A used token can never be used again; a new token is needed.", PT: "Um token usado nunca pode ser usado de novo; é preciso um token novo.", ES: "Un token usado nunca puede volver a usarse; se necesita un token nuevo."},
			Match:    []string{"you cannot use a stripe token more than once"}, // the message it answers with, in public pastes
			Source:   stripeErrorCodes + "/token-already-used; status 400 from " + stripeAPIErrors,
		},

		// Decline codes (error.decline_code) not already covered above, in the order of
		// the decline code list.
		{
			Code:     "approve_with_id",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Payment could not be authorized", PT: "Pagamento não pôde ser autorizado", ES: "No se pudo autorizar el pago"},
			Meaning: Text{
				EN: "Decline code: the issuer could not authorize the payment this time.",
				PT: "Código de recusa (decline code): o emissor não conseguiu autorizar o pagamento desta vez.",
				ES: "Código de rechazo: el emisor no pudo autorizar el pago esta vez.",
			},
			Fix: []Text{
				{EN: "Attempt the payment again later, not within seconds.", PT: "Tente o pagamento de novo mais tarde, não em segundos.", ES: "Intente el pago de nuevo más tarde, no en segundos."},
				{EN: "If it is still declined, the customer needs to contact the card issuer.", PT: "Se continuar recusado, o cliente precisa falar com o emissor do cartão.", ES: "Si sigue siendo rechazado, el cliente debe comunicarse con el emisor de la tarjeta."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: declineLaterEN, PT: declineLaterPT, ES: declineLaterES},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (approve_with_id)",
		},
		{
			Code:     "call_issuer",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined: customer must call the issuer", PT: "Recusado: cliente deve ligar para o emissor", ES: "Rechazada: el cliente debe llamar al emisor"},
			Meaning: Text{
				EN: "Decline code: the card was declined for a reason the issuer did not share.",
				PT: "Código de recusa (decline code): o cartão foi recusado por um motivo que o emissor não informou.",
				ES: "Código de rechazo: la tarjeta fue rechazada por un motivo que el emisor no informó.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the card issuer for details, or to use another payment method.", PT: "Peça ao cliente que fale com o emissor do cartão para saber o motivo, ou use outra forma de pagamento.", ES: "Pida al cliente que se comunique con el emisor de la tarjeta para obtener detalles, o que use otro medio de pago."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Only the issuer can lift the refusal; retrying before the customer talks to them is refused again.", PT: "Só o emissor pode desfazer a recusa; uma nova tentativa antes de o cliente falar com ele é recusada de novo.", ES: "Solo el emisor puede levantar el rechazo; reintentar antes de que el cliente hable con él vuelve a ser rechazado."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (call_issuer)",
		},
		{
			Code:     "card_not_supported",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card does not support this purchase", PT: "Cartão não aceita este tipo de compra", ES: "La tarjeta no admite esta compra"},
			Meaning: Text{
				EN: "Decline code: the card does not support this type of purchase (e.g. online, international or recurring payments).",
				PT: "Código de recusa (decline code): o cartão não aceita este tipo de compra (ex.: compras online, internacionais ou recorrentes).",
				ES: "Código de rechazo: la tarjeta no admite este tipo de compra (p. ej., pagos en línea, internacionales o recurrentes).",
			},
			Fix: []Text{
				{EN: "Ask the customer to check with the issuer that the card can be used for this purchase, or to use another card.", PT: "Peça ao cliente que confirme com o emissor se o cartão pode ser usado para esta compra, ou use outro cartão.", ES: "Pida al cliente que confirme con el emisor que la tarjeta puede usarse para esta compra, o que use otra tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The card will refuse the same kind of purchase again.", PT: "O cartão vai recusar o mesmo tipo de compra de novo.", ES: "La tarjeta volverá a rechazar el mismo tipo de compra."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Match:       []string{"your card does not support this type of purchase"}, // its decline message, as the SDKs raise it
			Source:      stripeDeclineCodes + " (card_not_supported)",
		},
		{
			Code:     "card_velocity_exceeded",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card limit exceeded", PT: "Limite do cartão excedido", ES: "Límite de la tarjeta excedido"},
			Meaning: Text{
				EN: "Decline code: the customer exceeded the balance, credit limit or transaction amount limit available on the card.",
				PT: "Código de recusa (decline code): o cliente excedeu o saldo, o limite de crédito ou o limite por transação disponível no cartão.",
				ES: "Código de rechazo: el cliente excedió el saldo, el límite de crédito o el límite de monto por transacción disponible en la tarjeta.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the issuer or to use another payment method.", PT: "Peça ao cliente que fale com o emissor ou use outra forma de pagamento.", ES: "Pida al cliente que se comunique con el emisor o que use otro medio de pago."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The limit stays exceeded until the issuer raises it or it resets.", PT: "O limite continua excedido até o emissor aumentá-lo ou ele ser renovado.", ES: "El límite sigue excedido hasta que el emisor lo aumente o se restablezca."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (card_velocity_exceeded)",
		},
		{
			Code:     "currency_not_supported",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card does not support the currency", PT: "Cartão não aceita a moeda", ES: "La tarjeta no admite la moneda"},
			Meaning: Text{
				EN: "Decline code: the card does not support the currency of the payment.",
				PT: "Código de recusa (decline code): o cartão não aceita a moeda do pagamento.",
				ES: "Código de rechazo: la tarjeta no admite la moneda del pago.",
			},
			Fix: []Text{
				{EN: "Ask the customer to check with the issuer whether the card can be used in this currency, or to use another card.", PT: "Peça ao cliente que confirme com o emissor se o cartão pode ser usado nesta moeda, ou use outro cartão.", ES: "Pida al cliente que consulte con el emisor si la tarjeta puede usarse en esta moneda, o que use otra tarjeta."},
				{EN: "If you can, offer the price in another currency.", PT: "Se possível, ofereça o preço em outra moeda.", ES: "Si puede, ofrezca el precio en otra moneda."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same card is refused again in this currency.", PT: "O mesmo cartão é recusado de novo nesta moeda.", ES: "La misma tarjeta vuelve a ser rechazada en esta moneda."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (currency_not_supported)",
		},
		{
			Code:     "do_not_honor",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined by the issuer (do not honor)", PT: "Recusado pelo emissor (do not honor)", ES: "Rechazada por el emisor (do not honor)"},
			Meaning: Text{
				EN: "Decline code: the issuer declined the card without giving a reason.",
				PT: "Código de recusa (decline code): o emissor recusou o cartão sem informar o motivo.",
				ES: "Código de rechazo: el emisor rechazó la tarjeta sin indicar el motivo.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the card issuer (with amount, date and your business name) or to use another payment method.", PT: "Peça ao cliente que fale com o emissor (informando valor, data e o nome da sua empresa) ou use outra forma de pagamento.", ES: "Pida al cliente que se comunique con el emisor de la tarjeta (con el monto, la fecha y el nombre de su negocio) o que use otro medio de pago."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "Repeating the same card right away is usually refused again; follow advice_code when present (do_not_try_again: never retry; try_again_later: a later retry may pass).",
				PT: "Uma nova tentativa imediata com o mesmo cartão costuma ser recusada de novo; siga o advice_code quando vier (do_not_try_again: nunca tentar de novo; try_again_later: uma tentativa mais tarde pode passar).",
				ES: "Repetir de inmediato con la misma tarjeta suele volver a ser rechazado; siga advice_code cuando esté presente (do_not_try_again: no reintentar nunca; try_again_later: un reintento posterior puede pasar).",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (do_not_honor); " + stripeAdvice,
		},
		{
			Code:     "do_not_try_again",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined: do not try again", PT: "Recusado: não tente de novo", ES: "Rechazada: no vuelva a intentar"},
			Meaning: Text{
				EN: "As a decline code, a refusal for an unknown reason that the issuer says not to retry; as an advice_code, the issuer's instruction that this payment must not be attempted again.",
				PT: "Como decline code, uma recusa por motivo desconhecido que o emissor diz para não repetir; como advice_code, a instrução do emissor de que este pagamento não deve ser tentado de novo.",
				ES: "Como código de rechazo, un rechazo por un motivo desconocido que el emisor indica no reintentar; como advice_code, la instrucción del emisor de que este pago no debe intentarse de nuevo.",
			},
			Fix: []Text{
				{EN: "Stop retrying this card; ask the customer for another payment method or to contact the issuer.", PT: "Pare de tentar este cartão; peça ao cliente outra forma de pagamento ou que fale com o emissor.", ES: "Deje de reintentar con esta tarjeta; pida al cliente otro medio de pago o que se comunique con el emisor."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The issuer will not approve it, and card networks may charge fees for repeated attempts on such declines.", PT: "O emissor não vai aprovar, e as bandeiras podem cobrar tarifas por tentativas repetidas nessas recusas.", ES: "El emisor no lo aprobará, y las redes de tarjetas pueden cobrar tarifas por intentos repetidos ante este tipo de rechazos."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (do_not_try_again); " + stripeAdvice,
		},
		{
			Code:     "duplicate_transaction",
			Status:   402,
			Category: Conflict,
			Title:    Text{EN: "Duplicate transaction", PT: "Transação duplicada", ES: "Transacción duplicada"},
			Meaning: Text{
				EN: "Decline code: a transaction with the same amount and card was submitted very recently, so the issuer refused this one as a duplicate.",
				PT: "Código de recusa (decline code): uma transação com o mesmo valor e o mesmo cartão foi enviada há pouquíssimo tempo, então o emissor recusou esta como duplicada.",
				ES: "Código de rechazo: se envió muy recientemente una transacción con el mismo monto y la misma tarjeta, así que el emisor rechazó esta como duplicada.",
			},
			Fix: []Text{
				{EN: "Check whether a recent payment for this order already succeeded before asking the customer to pay again.", PT: "Verifique se um pagamento recente deste pedido já foi aprovado antes de pedir ao cliente que pague de novo.", ES: "Verifique si un pago reciente de este pedido ya se completó antes de pedir al cliente que pague de nuevo."},
				{EN: "Prevent double submits (disable the pay button, use an Idempotency-Key per order).", PT: "Evite envios duplicados (desabilite o botão de pagar, use uma Idempotency-Key por pedido).", ES: "Evite los envíos dobles (desactive el botón de pago, use un Idempotency-Key por pedido)."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The customer has probably already paid; look the earlier payment up before trying again.", PT: "O cliente provavelmente já pagou; consulte o pagamento anterior antes de tentar de novo.", ES: "Probablemente el cliente ya pagó; consulte el pago anterior antes de volver a intentar."},
			Idempotency: Text{
				EN: "Use one Idempotency-Key per order attempt so that a resubmission replays the first result instead of reaching the issuer twice.",
				PT: "Use uma Idempotency-Key por tentativa de pedido, para que um reenvio repita o primeiro resultado em vez de chegar duas vezes ao emissor.",
				ES: "Use un Idempotency-Key por intento de pedido, para que un reenvío devuelva el primer resultado en lugar de llegar dos veces al emisor.",
			},
			Source: stripeDeclineCodes + " (duplicate_transaction)",
		},
		{
			Code:     "fraudulent",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined as suspected fraud", PT: "Recusado por suspeita de fraude", ES: "Rechazada por sospecha de fraude"},
			Meaning: Text{
				EN: "Decline code: the payment was declined because Stripe or the issuer suspects fraud.",
				PT: "Código de recusa (decline code): o pagamento foi recusado porque a Stripe ou o emissor suspeita de fraude.",
				ES: "Código de rechazo: el pago fue rechazado porque Stripe o el emisor sospechan de fraude.",
			},
			Fix: []Text{
				{EN: "Do not tell the customer the specific reason; show the generic decline message instead.", PT: "Não informe ao cliente o motivo específico; mostre a mensagem genérica de recusa.", ES: "No le diga al cliente el motivo específico; muestre en su lugar el mensaje genérico de rechazo."},
				{EN: "Review the payment (Radar) before accepting another attempt from this customer.", PT: "Revise o pagamento (Radar) antes de aceitar outra tentativa deste cliente.", ES: "Revise el pago (Radar) antes de aceptar otro intento de este cliente."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A payment flagged as fraudulent will not be approved by retrying it.", PT: "Um pagamento marcado como fraude não será aprovado tentando de novo.", ES: "Un pago marcado como fraudulento no se aprobará por reintentarlo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (fraudulent)",
		},
		{
			Code:     "generic_decline",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card declined (no reason given)", PT: "Cartão recusado (sem motivo informado)", ES: "Tarjeta rechazada (sin motivo indicado)"},
			Meaning: Text{
				EN: "Decline code: the card was declined for an unknown reason, or the payment matched a blocking rule (e.g. Radar, or Stripe stopping excessive retries).",
				PT: "Código de recusa (decline code): o cartão foi recusado por motivo desconhecido, ou o pagamento caiu numa regra de bloqueio (ex.: Radar, ou a Stripe barrando tentativas em excesso).",
				ES: "Código de rechazo: la tarjeta fue rechazada por un motivo desconocido, o el pago coincidió con una regla de bloqueo (p. ej., Radar, o Stripe frenando reintentos excesivos).",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the card issuer or to use another payment method.", PT: "Peça ao cliente que fale com o emissor do cartão ou use outra forma de pagamento.", ES: "Pida al cliente que se comunique con el emisor de la tarjeta o que use otro medio de pago."},
				{EN: "Check your Radar rules in the Dashboard if many payments fail this way.", PT: "Confira suas regras do Radar no Dashboard se muitos pagamentos falharem assim.", ES: "Revise sus reglas de Radar en el Dashboard si muchos pagos fallan de esta forma."},
			},
			Retry: Fix,
			RetryWhy: Text{
				EN: "The same card is usually refused again; follow advice_code when present (do_not_try_again: stop; try_again_later: retry later; confirm_card_data: have the card details re-entered).",
				PT: "O mesmo cartão costuma ser recusado de novo; siga o advice_code quando vier (do_not_try_again: pare; try_again_later: tente mais tarde; confirm_card_data: peça os dados do cartão de novo).",
				ES: "La misma tarjeta suele volver a ser rechazada; siga advice_code cuando esté presente (do_not_try_again: deténgase; try_again_later: reintente más tarde; confirm_card_data: haga que se vuelvan a ingresar los datos de la tarjeta).",
			},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (generic_decline); " + stripeAdvice,
		},
		{
			Code:     "invalid_account",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card or account invalid", PT: "Cartão ou conta inválida", ES: "Tarjeta o cuenta inválida"},
			Meaning: Text{
				EN: "Decline code: the card, or the account the card is connected to, is invalid (e.g. closed).",
				PT: "Código de recusa (decline code): o cartão, ou a conta à qual ele está ligado, é inválido (ex.: encerrado).",
				ES: "Código de rechazo: la tarjeta, o la cuenta a la que está asociada, es inválida (p. ej., está cerrada).",
			},
			Fix: []Text{
				{EN: "Ask the customer to check with the issuer that the card works, or to use another card.", PT: "Peça ao cliente que confirme com o emissor se o cartão está funcionando, ou use outro cartão.", ES: "Pida al cliente que confirme con el emisor que la tarjeta funciona, o que use otra tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "An invalid card or account keeps being refused; another card is needed.", PT: "Um cartão ou conta inválida continua sendo recusado; é preciso outro cartão.", ES: "Una tarjeta o cuenta inválida se sigue rechazando; se necesita otra tarjeta."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (invalid_account)",
		},
		{
			Code:     "invalid_amount",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Amount refused by the issuer", PT: "Valor recusado pelo emissor", ES: "Monto rechazado por el emisor"},
			Meaning: Text{
				EN: "Decline code: the payment amount is invalid or exceeds what the issuer allows for this card.",
				PT: "Código de recusa (decline code): o valor do pagamento é inválido ou excede o permitido pelo emissor para este cartão.",
				ES: "Código de rechazo: el monto del pago es inválido o supera lo que el emisor permite para esta tarjeta.",
			},
			Fix: []Text{
				{EN: "Check the amount you sent; if it is right, the customer must ask the issuer whether they can make purchases of that amount.", PT: "Confira o valor enviado; se estiver certo, o cliente precisa perguntar ao emissor se pode fazer compras desse valor.", ES: "Revise el monto que envió; si es correcto, el cliente debe preguntar al emisor si puede hacer compras por ese monto."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount on the same card is refused again.", PT: "O mesmo valor no mesmo cartão é recusado de novo.", ES: "El mismo monto con la misma tarjeta vuelve a ser rechazado."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (invalid_amount)",
		},
		{
			Code:     "issuer_not_available",
			Status:   402,
			Category: Upstream,
			Title:    Text{EN: "Card issuer unreachable", PT: "Emissor do cartão indisponível", ES: "Emisor de la tarjeta inalcanzable"},
			Meaning: Text{
				EN: "Decline code: the card issuer could not be reached, so the payment could not be authorized.",
				PT: "Código de recusa (decline code): não foi possível falar com o emissor do cartão, então o pagamento não pôde ser autorizado.",
				ES: "Código de rechazo: no se pudo contactar al emisor de la tarjeta, así que no se pudo autorizar el pago.",
			},
			Fix: []Text{
				{EN: "Attempt the payment again later: hours, not seconds.", PT: "Tente o pagamento de novo mais tarde: em horas, não em segundos.", ES: "Intente el pago de nuevo más tarde: en horas, no en segundos."},
				{EN: "If it still cannot be processed, the customer should contact the issuer or use another method.", PT: "Se ainda não for processado, o cliente deve falar com o emissor ou usar outra forma de pagamento.", ES: "Si todavía no puede procesarse, el cliente debe comunicarse con el emisor o usar otro medio."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: declineLaterEN, PT: declineLaterPT, ES: declineLaterES},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (issuer_not_available)",
		},
		{
			Code:     "lost_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card reported lost", PT: "Cartão com perda comunicada", ES: "Tarjeta reportada como extraviada"},
			Meaning: Text{
				EN: "Decline code: the payment was declined because the card was reported lost.",
				PT: "Código de recusa (decline code): o pagamento foi recusado porque o cartão foi comunicado como perdido.",
				ES: "Código de rechazo: el pago fue rechazado porque la tarjeta se reportó como extraviada.",
			},
			Fix: []Text{
				{EN: "Show the customer the generic decline message (not the specific reason) and ask for another payment method.", PT: "Mostre ao cliente a mensagem genérica de recusa (não o motivo específico) e peça outra forma de pagamento.", ES: "Muestre al cliente el mensaje genérico de rechazo (no el motivo específico) y pídale otro medio de pago."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A card reported lost will never be approved; retrying only adds risk.", PT: "Um cartão comunicado como perdido nunca será aprovado; tentar de novo só aumenta o risco.", ES: "Una tarjeta reportada como extraviada nunca será aprobada; reintentar solo agrega riesgo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (lost_card)",
		},
		{
			Code:     "merchant_blacklist",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Blocked by your block list", PT: "Bloqueado pela sua lista de bloqueio", ES: "Bloqueado por su lista de bloqueo"},
			Meaning: Text{
				EN: "Decline code: the payment matches a value on your own Stripe block list (Radar).",
				PT: "Código de recusa (decline code): o pagamento corresponde a um valor da sua própria lista de bloqueio na Stripe (Radar).",
				ES: "Código de rechazo: el pago coincide con un valor de su propia lista de bloqueo de Stripe (Radar).",
			},
			Fix: []Text{
				{EN: "Show the customer the generic decline message; if the block is a mistake, remove the entry from the Radar list first.", PT: "Mostre ao cliente a mensagem genérica de recusa; se o bloqueio for engano, remova antes a entrada da lista do Radar.", ES: "Muestre al cliente el mensaje genérico de rechazo; si el bloqueo es un error, primero quite la entrada de la lista de Radar."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The block list refuses the same payment every time.", PT: "A lista de bloqueio recusa o mesmo pagamento sempre.", ES: "La lista de bloqueo rechaza el mismo pago siempre."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (merchant_blacklist)",
		},
		{
			Code:     "pickup_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card must not be used (pick up card)", PT: "Cartão não pode ser usado (reter cartão)", ES: "La tarjeta no debe usarse (retener la tarjeta)"},
			Meaning: Text{
				EN: "Decline code: the customer cannot use this card for this payment; it may have been reported lost or stolen.",
				PT: "Código de recusa (decline code): o cliente não pode usar este cartão neste pagamento; ele pode ter sido comunicado como perdido ou roubado.",
				ES: "Código de rechazo: el cliente no puede usar esta tarjeta para este pago; puede haberse reportado como extraviada o robada.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the issuer and to use another payment method.", PT: "Peça ao cliente que fale com o emissor e use outra forma de pagamento.", ES: "Pida al cliente que se comunique con el emisor y que use otro medio de pago."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The issuer has taken the card out of use; it will not be approved again.", PT: "O emissor tirou o cartão de uso; ele não será aprovado de novo.", ES: "El emisor dejó la tarjeta fuera de uso; no volverá a ser aprobada."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (pickup_card)",
		},
		{
			Code:     "reenter_transaction",
			Status:   402,
			Category: Upstream,
			Title:    Text{EN: "Issuer asks to re-enter the transaction", PT: "Emissor pede para refazer a transação", ES: "El emisor pide volver a ingresar la transacción"},
			Meaning: Text{
				EN: "Decline code: the issuer could not process the payment for an unknown reason.",
				PT: "Código de recusa (decline code): o emissor não conseguiu processar o pagamento por motivo desconhecido.",
				ES: "Código de rechazo: el emisor no pudo procesar el pago por un motivo desconocido.",
			},
			Fix: []Text{
				{EN: "Attempt the payment again later; if it still fails, the customer should contact the issuer.", PT: "Tente o pagamento de novo mais tarde; se ainda falhar, o cliente deve falar com o emissor.", ES: "Intente el pago de nuevo más tarde; si sigue fallando, el cliente debe comunicarse con el emisor."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: declineLaterEN, PT: declineLaterPT, ES: declineLaterES},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (reenter_transaction)",
		},
		{
			Code:     "restricted_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card restricted", PT: "Cartão com restrição", ES: "Tarjeta restringida"},
			Meaning: Text{
				EN: "Decline code: the customer cannot use this card for this payment; it may have been reported lost or stolen.",
				PT: "Código de recusa (decline code): o cliente não pode usar este cartão neste pagamento; ele pode ter sido comunicado como perdido ou roubado.",
				ES: "Código de rechazo: el cliente no puede usar esta tarjeta para este pago; puede haberse reportado como extraviada o robada.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the issuer and to use another payment method.", PT: "Peça ao cliente que fale com o emissor e use outra forma de pagamento.", ES: "Pida al cliente que se comunique con el emisor y que use otro medio de pago."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The restriction is on the card; retrying it will be refused again.", PT: "A restrição está no cartão; uma nova tentativa será recusada outra vez.", ES: "La restricción está en la tarjeta; reintentar con ella volverá a ser rechazado."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (restricted_card)",
		},
		{
			Code:     "stolen_card",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card reported stolen", PT: "Cartão com roubo comunicado", ES: "Tarjeta reportada como robada"},
			Meaning: Text{
				EN: "Decline code: the payment was declined because the card was reported stolen.",
				PT: "Código de recusa (decline code): o pagamento foi recusado porque o cartão foi comunicado como roubado.",
				ES: "Código de rechazo: el pago fue rechazado porque la tarjeta se reportó como robada.",
			},
			Fix: []Text{
				{EN: "Show the customer the generic decline message (not the specific reason) and ask for another payment method.", PT: "Mostre ao cliente a mensagem genérica de recusa (não o motivo específico) e peça outra forma de pagamento.", ES: "Muestre al cliente el mensaje genérico de rechazo (no el motivo específico) y pídale otro medio de pago."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A card reported stolen will never be approved; retrying only adds risk.", PT: "Um cartão comunicado como roubado nunca será aprovado; tentar de novo só aumenta o risco.", ES: "Una tarjeta reportada como robada nunca será aprobada; reintentar solo agrega riesgo."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (stolen_card)",
		},
		{
			Code:     "transaction_not_allowed",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Transaction not allowed on this card", PT: "Transação não permitida neste cartão", ES: "Transacción no permitida con esta tarjeta"},
			Meaning: Text{
				EN: "Decline code: the card was declined for an unknown reason, often because the card blocks this category of purchase or online use.",
				PT: "Código de recusa (decline code): o cartão foi recusado por motivo desconhecido, muitas vezes porque bloqueia esta categoria de compra ou o uso online.",
				ES: "Código de rechazo: la tarjeta fue rechazada por un motivo desconocido, a menudo porque la tarjeta bloquea esta categoría de compra o el uso en línea.",
			},
			Fix: []Text{
				{EN: "Ask the customer to contact the issuer (or enable online/international purchases in the bank's app) or to use another card.", PT: "Peça ao cliente que fale com o emissor (ou libere compras online/internacionais no app do banco) ou use outro cartão.", ES: "Pida al cliente que se comunique con el emisor (o que habilite las compras en línea/internacionales en la app del banco) o que use otra tarjeta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The card keeps refusing this transaction until the customer changes its settings with the issuer.", PT: "O cartão continua recusando esta transação até o cliente mudar a configuração com o emissor.", ES: "La tarjeta sigue rechazando esta transacción hasta que el cliente cambie su configuración con el emisor."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (transaction_not_allowed)",
		},
		{
			Code:     "try_again_later",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined: try again later", PT: "Recusado: tente mais tarde", ES: "Rechazada: intente más tarde"},
			Meaning: Text{
				EN: "As a decline code, a refusal for an unknown reason that may pass on a later attempt; as an advice_code, the issuer's hint that retrying later can succeed.",
				PT: "Como decline code, uma recusa por motivo desconhecido que pode passar numa tentativa posterior; como advice_code, a indicação do emissor de que tentar mais tarde pode dar certo.",
				ES: "Como código de rechazo, un rechazo por un motivo desconocido que puede pasar en un intento posterior; como advice_code, la indicación del emisor de que reintentar más tarde puede tener éxito.",
			},
			Fix: []Text{
				{EN: "Ask the customer to attempt the payment again later.", PT: "Peça ao cliente que tente o pagamento mais tarde.", ES: "Pida al cliente que intente el pago de nuevo más tarde."},
				{EN: "If later attempts are declined too, the customer should contact the issuer.", PT: "Se as tentativas seguintes também forem recusadas, o cliente deve falar com o emissor.", ES: "Si los intentos posteriores también son rechazados, el cliente debe comunicarse con el emisor."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: declineLaterEN, PT: declineLaterPT, ES: declineLaterES},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (try_again_later); " + stripeAdvice,
		},
		{
			Code:     "withdrawal_count_limit_exceeded",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card withdrawal limit reached", PT: "Limite de saques do cartão atingido", ES: "Límite de retiro de la tarjeta alcanzado"},
			Meaning: Text{
				EN: "Decline code: the customer has exceeded the balance or credit limit available on the card.",
				PT: "Código de recusa (decline code): o cliente excedeu o saldo ou o limite de crédito disponível no cartão.",
				ES: "Código de rechazo: el cliente excedió el saldo o el límite de crédito disponible en la tarjeta.",
			},
			Fix: []Text{
				{EN: "Ask the customer to use another payment method.", PT: "Peça ao cliente que use outra forma de pagamento.", ES: "Pida al cliente que use otro medio de pago."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The card stays over its limit for now; another method is needed.", PT: "O cartão continua acima do limite por enquanto; é preciso outra forma de pagamento.", ES: "Por ahora la tarjeta sigue por encima de su límite; se necesita otro medio."},
			Idempotency: Text{EN: stripeIdemDeclineEN, PT: stripeIdemDeclinePT, ES: stripeIdemDeclineES},
			Source:      stripeDeclineCodes + " (withdrawal_count_limit_exceeded)",
		},
		{
			Code:     "account_already_exists",
			Category: Conflict,
			Title:    Text{EN: "Email already has a Stripe account", PT: "E-mail já tem conta na Stripe", ES: "El correo ya tiene una cuenta de Stripe"},
			Meaning:  Text{EN: "The email given to create a deferred account already has a Stripe account associated with it.", PT: "O e-mail informado para criar uma conta diferida já tem uma conta Stripe associada.", ES: "El correo indicado para crear una cuenta diferida ya tiene una cuenta de Stripe asociada."},
			Fix: []Text{
				Text{EN: "Connect the existing account to your platform with the OAuth flow instead of creating a new one.", PT: "Conecte a conta existente à sua plataforma pelo fluxo OAuth em vez de criar outra.", ES: "Conecte la cuenta existente a su plataforma con el flujo OAuth en lugar de crear una nueva."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/16139b51bd89542f920f214c85e0dc06a191563f/error.go (ErrorCode enum at that commit; later removed from the spec); description as quoted from docs.stripe.com/error-codes in https://gist.github.com/Ladinstar/4655e57bd25099c553956280270b3c83",
		},
		{
			Code:     "account_closed",
			Category: Business,
			Title:    Text{EN: "Customer's bank account is closed", PT: "Conta bancária do cliente encerrada", ES: "Cuenta bancaria del cliente cerrada"},
			Meaning:  Text{EN: "The customer's bank account has been closed, so it cannot be debited.", PT: "A conta bancária do cliente foi encerrada e não pode ser debitada.", ES: "La cuenta bancaria del cliente fue cerrada y no se puede debitar."},
			Fix: []Text{
				Text{EN: "Ask the customer for another bank account or payment method.", PT: "Peça ao cliente outra conta bancária ou outra forma de pagamento.", ES: "Pida al cliente otra cuenta bancaria u otro medio de pago."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "account_country_invalid_address",
			Category: Validation,
			Title:    Text{EN: "Business address country differs from account", PT: "País do endereço difere do país da conta", ES: "País de la dirección distinto al de la cuenta"},
			Meaning:  Text{EN: "The country of the business address does not match the country of the account; businesses must be located in the same country as the account.", PT: "O país do endereço comercial não corresponde ao país da conta; a empresa precisa estar no mesmo país da conta.", ES: "El país de la dirección comercial no coincide con el de la cuenta; la empresa debe estar en el mismo país que la cuenta."},
			Fix: []Text{
				Text{EN: "Send a business address in the account's country, or create the account in the business's country.", PT: "Envie um endereço comercial no país da conta ou crie a conta no país da empresa.", ES: "Envíe una dirección comercial en el país de la cuenta o cree la cuenta en el país de la empresa."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "account_error_country_change_requires_additional_steps",
			Category: Business,
			Title:    Text{EN: "Country change needs extra steps", PT: "Troca de país exige etapas adicionais", ES: "El cambio de país requiere pasos adicionales"},
			Meaning:  Text{EN: "The account has already onboarded as a Connect platform, so changing its country requires additional steps.", PT: "A conta já foi ativada como plataforma Connect, então mudar o país exige etapas adicionais.", ES: "La cuenta ya se activó como plataforma Connect, así que cambiar su país requiere pasos adicionales."},
			Fix: []Text{
				Text{EN: "Contact Stripe support to change the country of the account.", PT: "Fale com o suporte da Stripe para mudar o país da conta.", ES: "Comuníquese con el soporte de Stripe para cambiar el país de la cuenta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "account_information_mismatch",
			Category: Validation,
			Title:    Text{EN: "Account information does not match", PT: "Informações da conta não conferem", ES: "La información de la cuenta no coincide"},
			Meaning:  Text{EN: "Some account information does not match; for example, some banks require business_profile.name to match the account holder name.", PT: "Algumas informações da conta não batem entre si; por exemplo, alguns bancos exigem que business_profile.name seja igual ao nome do titular.", ES: "Parte de la información de la cuenta no coincide; por ejemplo, algunos bancos exigen que business_profile.name coincida con el nombre del titular."},
			Fix: []Text{
				Text{EN: "Make the account details consistent (e.g. business name equal to the bank account holder name) and resend.", PT: "Deixe os dados da conta coerentes (ex.: nome da empresa igual ao do titular da conta bancária) e reenvie.", ES: "Haga coherentes los datos de la cuenta (p. ej., nombre comercial igual al del titular bancario) y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "account_number_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid bank account number", PT: "Número de conta bancária inválido", ES: "Número de cuenta bancaria no válido"},
			Meaning:  Text{EN: "The bank account number provided is invalid (e.g. missing digits); bank account formats vary from country to country.", PT: "O número de conta bancária informado é inválido (ex.: faltam dígitos); o formato varia de país para país.", ES: "El número de cuenta bancaria no es válido (p. ej., faltan dígitos); el formato varía según el país."},
			Fix: []Text{
				Text{EN: "Validate the number against the country's bank account format before sending it.", PT: "Valide o número conforme o formato de conta bancária do país antes de enviar.", ES: "Valide el número según el formato de cuenta bancaria del país antes de enviarlo."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "account_token_required_for_v2_account",
			Category: Validation,
			Title:    Text{EN: "Account token required for v2 account", PT: "Token de conta exigido para conta v2", ES: "Se requiere token de cuenta para cuenta v2"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says an account token is required for an account created through the v2 Accounts API.", PT: "A Stripe lista este código sem descrição; o nome indica que é preciso um token de conta para uma conta criada pela API v2 de Accounts.", ES: "Stripe lista este código sin descripción; su nombre indica que se requiere un token de cuenta para una cuenta creada con la API v2 de Accounts."},
			Fix: []Text{
				Text{EN: "Read error.message and send the account data as an account token for v2 accounts.", PT: "Leia error.message e envie os dados da conta como token de conta para contas v2.", ES: "Lea error.message y envíe los datos de la cuenta como token de cuenta para cuentas v2."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "acss_debit_session_incomplete",
			Category: StateCategory,
			Title:    Text{EN: "ACSS debit session not ready yet", PT: "Sessão de débito ACSS ainda não concluída", ES: "Sesión de débito ACSS aún no lista"},
			Meaning:  Text{EN: "The ACSS debit session is not ready to transition to complete status yet.", PT: "A sessão de débito ACSS ainda não está pronta para passar ao status concluído.", ES: "La sesión de débito ACSS todavía no está lista para pasar al estado completado."},
			Fix: []Text{
				Text{EN: "Retry the request later, with backoff.", PT: "Tente a requisição novamente mais tarde, com backoff.", ES: "Reintente la solicitud más tarde, con backoff."},
			},
			Retry:  Backoff,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "action_blocked",
			Category: Authorization,
			Title:    Text{EN: "Action blocked", PT: "Ação bloqueada", ES: "Acción bloqueada"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the requested action was blocked for this account or object.", PT: "A Stripe lista este código sem descrição; o nome indica que a ação pedida foi bloqueada para esta conta ou objeto.", ES: "Stripe lista este código sin descripción; su nombre indica que la acción solicitada se bloqueó para esta cuenta u objeto."},
			Fix: []Text{
				Text{EN: "Read error.message for the reason; if it is unclear, contact Stripe support with the request id.", PT: "Leia error.message para saber o motivo; se não ficar claro, fale com o suporte da Stripe informando o id da requisição.", ES: "Lea error.message para conocer el motivo; si no queda claro, contacte al soporte de Stripe con el id de la solicitud."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "alipay_upgrade_required",
			Category: Business,
			Title:    Text{EN: "Legacy Alipay integration no longer supported", PT: "Integração antiga com Alipay não é mais aceita", ES: "Integración antigua de Alipay ya no admitida"},
			Meaning:  Text{EN: "This method of creating Alipay payments is no longer supported.", PT: "Este método de criar pagamentos Alipay não é mais aceito.", ES: "Este método para crear pagos con Alipay ya no se admite."},
			Fix: []Text{
				Text{EN: "Upgrade the integration to create Alipay payments with Sources or PaymentIntents.", PT: "Atualize a integração para criar pagamentos Alipay com Sources ou PaymentIntents.", ES: "Actualice la integración para crear pagos con Alipay mediante Sources o PaymentIntents."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "anomalous_money_movement_request",
			Category: Business,
			Title:    Text{EN: "Money movement blocked for regulatory reasons", PT: "Movimentação bloqueada por motivo regulatório", ES: "Movimiento de dinero bloqueado por regulación"},
			Meaning:  Text{EN: "The proposed money movement could not be completed due to regulatory reasons.", PT: "A movimentação de dinheiro proposta não pôde ser concluída por motivos regulatórios.", ES: "El movimiento de dinero propuesto no pudo completarse por motivos regulatorios."},
			Fix: []Text{
				Text{EN: "Do not retry the same movement; contact Stripe support if you believe it is legitimate.", PT: "Não repita a mesma movimentação; fale com o suporte da Stripe se considerar que ela é legítima.", ES: "No repita el mismo movimiento; contacte al soporte de Stripe si considera que es legítimo."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes (description matched to this code by content: the copy lists it between api_key_expired and authentication_required)",
		},
		{
			Code:     "application_fees_not_allowed",
			Category: Business,
			Title:    Text{EN: "Application fees not allowed", PT: "Tarifas de aplicação não permitidas", ES: "Comisiones de aplicación no permitidas"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says application fees are not allowed on this request.", PT: "A Stripe lista este código sem descrição; o nome indica que application fees não são permitidas nesta requisição.", ES: "Stripe lista este código sin descripción; su nombre indica que no se permiten application fees en esta solicitud."},
			Fix: []Text{
				Text{EN: "Remove application_fee_amount/application_fee_percent from the request or check the Connect charge type.", PT: "Remova application_fee_amount/application_fee_percent da requisição ou revise o tipo de cobrança Connect.", ES: "Quite application_fee_amount/application_fee_percent de la solicitud o revise el tipo de cobro de Connect."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "approval_required",
			Category: Authorization,
			Title:    Text{EN: "Approval required", PT: "Aprovação necessária", ES: "Se requiere aprobación"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the operation needs an approval before it can proceed.", PT: "A Stripe lista este código sem descrição; o nome indica que a operação precisa de uma aprovação antes de prosseguir.", ES: "Stripe lista este código sin descripción; su nombre indica que la operación necesita una aprobación para continuar."},
			Fix: []Text{
				Text{EN: "Read error.message to see which approval is missing, obtain it and resend.", PT: "Leia error.message para ver qual aprovação falta, obtenha-a e reenvie.", ES: "Lea error.message para ver qué aprobación falta, obténgala y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "balance_invalid_parameter",
			Category: Validation,
			Title:    Text{EN: "Invalid parameter in balance object", PT: "Parâmetro inválido no objeto de saldo", ES: "Parámetro no válido en el objeto de saldo"},
			Meaning:  Text{EN: "An invalid parameter was provided in the balance method object.", PT: "Um parâmetro inválido foi enviado no objeto do método de saldo.", ES: "Se envió un parámetro no válido en el objeto del método de saldo."},
			Fix: []Text{
				Text{EN: "Check error.message and error.param and correct that parameter.", PT: "Veja error.message e error.param e corrija esse parâmetro.", ES: "Revise error.message y error.param y corrija ese parámetro."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "bank_account_bad_routing_numbers",
			Category: Validation,
			Title:    Text{EN: "Bank account does not support this currency", PT: "Conta bancária não aceita esta moeda", ES: "La cuenta bancaria no admite esta moneda"},
			Meaning:  Text{EN: "The bank account is known not to support the currency in question.", PT: "Sabe-se que a conta bancária não aceita a moeda em questão.", ES: "Se sabe que la cuenta bancaria no admite la moneda en cuestión."},
			Fix: []Text{
				Text{EN: "Use a bank account that supports the currency, or change the currency.", PT: "Use uma conta bancária que aceite a moeda ou mude a moeda.", ES: "Use una cuenta bancaria que admita la moneda o cambie la moneda."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "bank_account_declined",
			Category: Business,
			Title:    Text{EN: "Bank account cannot be charged", PT: "Conta bancária não pode ser cobrada", ES: "No se puede cobrar a la cuenta bancaria"},
			Meaning:  Text{EN: "The bank account cannot be used to charge, either because it is not verified yet or because it is not supported.", PT: "A conta bancária não pode ser usada para cobrança, porque ainda não foi verificada ou não é aceita.", ES: "La cuenta bancaria no se puede usar para cobrar, porque aún no está verificada o no es compatible."},
			Fix: []Text{
				Text{EN: "Verify the bank account, or ask the customer for another payment method.", PT: "Verifique a conta bancária ou peça ao cliente outra forma de pagamento.", ES: "Verifique la cuenta bancaria o pida al cliente otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "bank_account_exists",
			Category: Conflict,
			Title:    Text{EN: "Bank account already on customer", PT: "Conta bancária já cadastrada no cliente", ES: "Cuenta bancaria ya registrada en el cliente"},
			Meaning:  Text{EN: "The bank account already exists on the specified Customer object.", PT: "A conta bancária já existe no objeto Customer indicado.", ES: "La cuenta bancaria ya existe en el objeto Customer indicado."},
			Fix: []Text{
				Text{EN: "Use the existing bank account, or send the request with the correct customer ID if it belongs to another customer.", PT: "Use a conta bancária existente ou envie com o ID de cliente correto se ela for de outro cliente.", ES: "Use la cuenta existente o envíe la solicitud con el ID de cliente correcto si pertenece a otro cliente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "bank_account_restricted",
			Category: Business,
			Title:    Text{EN: "Customer account cannot use this method", PT: "Conta do cliente não pode usar este meio", ES: "La cuenta del cliente no puede usar este medio"},
			Meaning:  Text{EN: "The customer's account cannot be used with the payment method.", PT: "A conta do cliente não pode ser usada com este meio de pagamento.", ES: "La cuenta del cliente no se puede usar con este medio de pago."},
			Fix: []Text{
				Text{EN: "Ask the customer for another account or payment method.", PT: "Peça ao cliente outra conta ou outra forma de pagamento.", ES: "Pida al cliente otra cuenta u otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "bank_account_unusable",
			Category: Business,
			Title:    Text{EN: "Bank account cannot be used", PT: "Conta bancária não pode ser usada", ES: "La cuenta bancaria no se puede usar"},
			Meaning:  Text{EN: "The bank account provided cannot be used; a different bank account must be used.", PT: "A conta bancária informada não pode ser usada; é preciso usar outra conta.", ES: "La cuenta bancaria indicada no se puede usar; se debe usar otra cuenta."},
			Fix: []Text{
				Text{EN: "Provide a different bank account.", PT: "Informe outra conta bancária.", ES: "Indique otra cuenta bancaria."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "bank_account_unverified",
			Category: StateCategory,
			Title:    Text{EN: "Sharing an unverified bank account", PT: "Compartilhando conta bancária não verificada", ES: "Se comparte una cuenta bancaria no verificada"},
			Meaning:  Text{EN: "The Connect platform is trying to share an unverified bank account with a connected account.", PT: "A plataforma Connect está tentando compartilhar uma conta bancária não verificada com uma conta conectada.", ES: "La plataforma Connect intenta compartir una cuenta bancaria no verificada con una cuenta conectada."},
			Fix: []Text{
				Text{EN: "Verify the bank account before sharing it with the connected account.", PT: "Verifique a conta bancária antes de compartilhá-la com a conta conectada.", ES: "Verifique la cuenta bancaria antes de compartirla con la cuenta conectada."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "bank_account_verification_failed",
			Category: Business,
			Title:    Text{EN: "Bank account verification failed", PT: "Falha na verificação da conta bancária", ES: "Falló la verificación de la cuenta bancaria"},
			Meaning:  Text{EN: "The bank account cannot be verified: the microdeposit amounts do not match the amounts sent, or verification failed too many times.", PT: "A conta bancária não pôde ser verificada: os microdepósitos não conferem com os enviados ou a verificação falhou vezes demais.", ES: "No se pudo verificar la cuenta: los microdepósitos no coinciden con los enviados o la verificación falló demasiadas veces."},
			Fix: []Text{
				Text{EN: "Have the customer check the microdeposit amounts, or add the bank account again or use another method.", PT: "Peça ao cliente que confira os valores dos microdepósitos, ou cadastre a conta de novo ou use outro meio.", ES: "Pida al cliente revisar los montos de los microdepósitos, o registre la cuenta de nuevo o use otro medio."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "billing_invalid_mandate",
			Category: StateCategory,
			Title:    Text{EN: "No active mandate for this payment method", PT: "Sem mandato ativo para este meio de pagamento", ES: "Sin mandato activo para este medio de pago"},
			Meaning:  Text{EN: "The Subscription or Invoice tried to pay with a PaymentMethod that has no active mandate.", PT: "A Subscription ou Invoice tentou cobrar com um PaymentMethod sem mandato ativo.", ES: "La Subscription o Invoice intentó cobrar con un PaymentMethod sin mandato activo."},
			Fix: []Text{
				Text{EN: "Confirm the PaymentMethod on-session with a PaymentIntent or SetupIntent first, then retry the invoice payment.", PT: "Confirme antes o PaymentMethod com o cliente presente, via PaymentIntent ou SetupIntent, e tente cobrar a fatura de novo.", ES: "Confirme primero el PaymentMethod con el cliente presente, vía PaymentIntent o SetupIntent, y reintente el cobro."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "billing_meter_event_session_expired",
			Category: StateCategory,
			Title:    Text{EN: "Meter event session expired", PT: "Sessão de eventos de medição expirou", ES: "Sesión de eventos de medición expirada"},
			Meaning:  Text{EN: "Stripe listed this code without a description; its name says the billing meter event session has expired.", PT: "A Stripe listou este código sem descrição; o nome indica que a sessão de eventos de medição de cobrança expirou.", ES: "Stripe listó este código sin descripción; su nombre indica que la sesión de eventos de medición de facturación expiró."},
			Fix: []Text{
				Text{EN: "Create a new meter event session and send the events with it.", PT: "Crie uma nova sessão de eventos de medição e envie os eventos com ela.", ES: "Cree una nueva sesión de eventos de medición y envíe los eventos con ella."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/d77d17f07b0b90efff9a7cf4c299e45e618f74cf/error.go (ErrorCode enum at that commit; later removed from the spec); no description found",
		},
		{
			Code:     "billing_policy_remote_function_response_invalid",
			Category: Upstream,
			Title:    Text{EN: "Billing policy function returned invalid data", PT: "Função de política de cobrança devolveu dados inválidos", ES: "La función de política devolvió datos no válidos"},
			Meaning:  Text{EN: "A billing policy remote function endpoint response returned invalid data.", PT: "A resposta do endpoint da função remota de política de cobrança trouxe dados inválidos.", ES: "La respuesta del endpoint de la función remota de política de facturación trajo datos no válidos."},
			Fix: []Text{
				Text{EN: "Fix your remote function so it returns the response format Stripe expects.", PT: "Corrija sua função remota para que devolva o formato de resposta esperado pela Stripe.", ES: "Corrija su función remota para que devuelva el formato de respuesta que espera Stripe."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "billing_policy_remote_function_timeout",
			Category: Timeout,
			Title:    Text{EN: "Billing policy function timed out", PT: "Função de política de cobrança excedeu o tempo", ES: "La función de política agotó el tiempo"},
			Meaning:  Text{EN: "A billing policy remote function timed out.", PT: "Uma função remota de política de cobrança excedeu o tempo limite.", ES: "Una función remota de política de facturación agotó el tiempo de espera."},
			Fix: []Text{
				Text{EN: "Make the remote function answer faster, then retry with backoff.", PT: "Faça a função remota responder mais rápido e tente de novo com backoff.", ES: "Haga que la función remota responda más rápido y reintente con backoff."},
			},
			Retry:  Backoff,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "billing_policy_remote_function_unexpected_status_code",
			Category: Upstream,
			Title:    Text{EN: "Billing policy function returned bad status", PT: "Função de política devolveu status inválido", ES: "La función de política devolvió un estado no válido"},
			Meaning:  Text{EN: "A billing policy remote function returned an invalid status code.", PT: "Uma função remota de política de cobrança devolveu um código de status inválido.", ES: "Una función remota de política de facturación devolvió un código de estado no válido."},
			Fix: []Text{
				Text{EN: "Make the remote function return a success status for valid calls.", PT: "Faça a função remota devolver status de sucesso nas chamadas válidas.", ES: "Haga que la función remota devuelva un estado de éxito en las llamadas válidas."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "billing_policy_remote_function_unreachable",
			Category: Upstream,
			Title:    Text{EN: "Billing policy function failed", PT: "Falha na função de política de cobrança", ES: "Falló la función de política de facturación"},
			Meaning:  Text{EN: "There was an error while executing a billing policy remote function.", PT: "Ocorreu um erro ao executar uma função remota de política de cobrança.", ES: "Ocurrió un error al ejecutar una función remota de política de facturación."},
			Fix: []Text{
				Text{EN: "Check that the remote function endpoint is reachable and healthy, then retry with backoff.", PT: "Verifique se o endpoint da função remota está acessível e saudável e tente de novo com backoff.", ES: "Verifique que el endpoint de la función remota esté accesible y funcione, y reintente con backoff."},
			},
			Retry:  Backoff,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "bitcoin_upgrade_required",
			Category: Business,
			Title:    Text{EN: "Legacy Bitcoin integration no longer supported", PT: "Integração antiga com Bitcoin não é mais aceita", ES: "Integración antigua de Bitcoin ya no admitida"},
			Meaning:  Text{EN: "This method of creating Bitcoin payments is no longer supported.", PT: "Este método de criar pagamentos em Bitcoin não é mais aceito.", ES: "Este método para crear pagos con Bitcoin ya no se admite."},
			Fix: []Text{
				Text{EN: "Remove the legacy Bitcoin flow; Stripe's docs point to Sources instead.", PT: "Remova o fluxo antigo de Bitcoin; a documentação da Stripe indica usar Sources.", ES: "Elimine el flujo antiguo de Bitcoin; la documentación de Stripe indica usar Sources."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "capture_charge_authorization_expired",
			Category: StateCategory,
			Title:    Text{EN: "Authorization expired before capture", PT: "Autorização expirou antes da captura", ES: "La autorización expiró antes de la captura"},
			Meaning:  Text{EN: "The charge cannot be captured because the authorization has expired.", PT: "A cobrança não pode ser capturada porque a autorização expirou.", ES: "El cargo no se puede capturar porque la autorización expiró."},
			Fix: []Text{
				Text{EN: "Create a new payment for the amount; see the payment method's capture window in Stripe's docs.", PT: "Crie um novo pagamento pelo valor; veja o prazo de captura do meio de pagamento na documentação da Stripe.", ES: "Cree un nuevo pago por el monto; consulte el plazo de captura del medio de pago en la documentación de Stripe."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "capture_unauthorized_payment",
			Category: StateCategory,
			Title:    Text{EN: "Payment not authorized for capture", PT: "Pagamento não autorizado para captura", ES: "Pago no autorizado para captura"},
			Meaning:  Text{EN: "The charge being captured has not been authorized for capturing payment.", PT: "A cobrança que você tenta capturar não foi autorizada para captura.", ES: "El cargo que intenta capturar no fue autorizado para captura."},
			Fix: []Text{
				Text{EN: "Capture only charges or PaymentIntents whose authorization succeeded (status requires_capture).", PT: "Capture apenas cobranças ou PaymentIntents com autorização aprovada (status requires_capture).", ES: "Capture solo cargos o PaymentIntents con autorización aprobada (estado requires_capture)."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "cardholder_phone_number_required",
			Category: Validation,
			Title:    Text{EN: "Cardholder phone number required", PT: "Telefone do titular obrigatório", ES: "Se requiere el teléfono del titular"},
			Meaning:  Text{EN: "Issuing cardholders who will create EU cards must have a phone_number on file; EU cards cannot be created without it.", PT: "Titulares do Issuing que vão criar cartões da UE precisam ter phone_number cadastrado; sem ele não é possível criar o cartão.", ES: "Los titulares de Issuing que crearán tarjetas de la UE deben tener phone_number registrado; sin él no se puede crear la tarjeta."},
			Fix: []Text{
				Text{EN: "Add phone_number to the cardholder, then create the card.", PT: "Adicione phone_number ao titular e então crie o cartão.", ES: "Agregue phone_number al titular y luego cree la tarjeta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "charge_disputed",
			Category: StateCategory,
			Title:    Text{EN: "Charge was disputed", PT: "Cobrança contestada", ES: "Cargo disputado"},
			Meaning:  Text{EN: "The charge being refunded has been charged back (disputed).", PT: "A cobrança que você tenta reembolsar sofreu chargeback (foi contestada).", ES: "El cargo que intenta reembolsar tuvo un contracargo (fue disputado)."},
			Fix: []Text{
				Text{EN: "Do not refund it; respond to the dispute instead.", PT: "Não faça o reembolso; responda à contestação.", ES: "No lo reembolse; responda a la disputa."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "charge_exceeds_source_limit",
			Category: RateLimit,
			Title:    Text{EN: "Processing limit for this source type exceeded", PT: "Limite de processamento do tipo de fonte excedido", ES: "Límite de procesamiento del tipo de fuente excedido"},
			Meaning:  Text{EN: "The charge would exceed your rolling-window processing limit for this source type.", PT: "A cobrança ultrapassaria seu limite de processamento em janela móvel para este tipo de fonte.", ES: "El cargo superaría su límite de procesamiento en ventana móvil para este tipo de fuente."},
			Fix: []Text{
				Text{EN: "Retry the charge later.", PT: "Tente a cobrança de novo mais tarde.", ES: "Reintente el cargo más tarde."},
				Text{EN: "Or ask Stripe for a higher processing limit.", PT: "Ou peça à Stripe um limite de processamento maior.", ES: "O pida a Stripe un límite de procesamiento mayor."},
			},
			Retry:  Backoff,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "charge_exceeds_transaction_limit",
			Category: Business,
			Title:    Text{EN: "Charge exceeds transaction limit", PT: "Cobrança excede o limite por transação", ES: "El cargo supera el límite por transacción"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the charge amount exceeds a per-transaction limit.", PT: "A Stripe lista este código sem descrição; o nome indica que o valor excede um limite por transação.", ES: "Stripe lista este código sin descripción; su nombre indica que el monto supera un límite por transacción."},
			Fix: []Text{
				Text{EN: "Use a lower amount or another payment method; read error.message for the limit.", PT: "Use um valor menor ou outro meio de pagamento; veja o limite em error.message.", ES: "Use un monto menor u otro medio de pago; vea el límite en error.message."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "charge_invalid_parameter",
			Category: Validation,
			Title:    Text{EN: "Parameter not allowed for this charge", PT: "Parâmetro não permitido nesta cobrança", ES: "Parámetro no permitido en este cargo"},
			Meaning:  Text{EN: "One or more parameters were not allowed for the operation on the Charge.", PT: "Um ou mais parâmetros não são permitidos para a operação na Charge.", ES: "Uno o más parámetros no se permiten en la operación sobre el Charge."},
			Fix: []Text{
				Text{EN: "Check error.message and the Charges API reference and correct those values.", PT: "Veja error.message e a referência da API de Charges e corrija esses valores.", ES: "Revise error.message y la referencia de la API de Charges y corrija esos valores."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "charge_not_refundable",
			Category: StateCategory,
			Title:    Text{EN: "Charge can no longer be refunded", PT: "Cobrança não pode mais ser reembolsada", ES: "El cargo ya no se puede reembolsar"},
			Meaning:  Text{EN: "The refund failed because the charge is no longer refundable.", PT: "O reembolso falhou porque a cobrança não é mais reembolsável.", ES: "El reembolso falló porque el cargo ya no es reembolsable."},
			Fix: []Text{
				Text{EN: "Return the money to the customer another way (e.g. a transfer or credit).", PT: "Devolva o dinheiro ao cliente de outra forma (ex.: transferência ou crédito).", ES: "Devuelva el dinero al cliente de otra forma (p. ej., transferencia o crédito)."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "clearing_code_unsupported",
			Category: Validation,
			Title:    Text{EN: "Clearing code not supported", PT: "Código de compensação não aceito", ES: "Código de compensación no admitido"},
			Meaning:  Text{EN: "The clearing code provided is not supported.", PT: "O código de compensação informado não é aceito.", ES: "El código de compensación indicado no se admite."},
			Fix: []Text{
				Text{EN: "Send a clearing code supported for the bank account's country.", PT: "Envie um código de compensação aceito no país da conta bancária.", ES: "Envíe un código de compensación admitido en el país de la cuenta bancaria."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "country_code_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid country code", PT: "Código de país inválido", ES: "Código de país no válido"},
			Meaning:  Text{EN: "The country code provided was invalid.", PT: "O código de país informado é inválido.", ES: "El código de país indicado no es válido."},
			Fix: []Text{
				Text{EN: "Send a valid two-letter ISO 3166-1 country code.", PT: "Envie um código de país ISO 3166-1 de duas letras válido.", ES: "Envíe un código de país ISO 3166-1 de dos letras válido."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "coupon_expired",
			Category: StateCategory,
			Title:    Text{EN: "Coupon expired", PT: "Cupom expirado", ES: "Cupón vencido"},
			Meaning:  Text{EN: "The coupon provided for a subscription or order has expired.", PT: "O cupom informado para a assinatura ou pedido expirou.", ES: "El cupón indicado para la suscripción o el pedido venció."},
			Fix: []Text{
				Text{EN: "Create a new coupon or use an existing valid one.", PT: "Crie um novo cupom ou use um válido que já exista.", ES: "Cree un nuevo cupón o use uno válido existente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "customer_max_payment_methods",
			Category: Business,
			Title:    Text{EN: "Customer reached max payment methods", PT: "Cliente atingiu o máximo de meios de pagamento", ES: "El cliente alcanzó el máximo de medios de pago"},
			Meaning:  Text{EN: "The maximum number of PaymentMethods for this Customer has been reached.", PT: "O número máximo de PaymentMethods deste Customer foi atingido.", ES: "Se alcanzó el número máximo de PaymentMethods de este Customer."},
			Fix: []Text{
				Text{EN: "Detach some PaymentMethods from the Customer or use a different Customer.", PT: "Desvincule alguns PaymentMethods do Customer ou use outro Customer.", ES: "Desvincule algunos PaymentMethods del Customer o use otro Customer."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "customer_max_subscriptions",
			Category: Business,
			Title:    Text{EN: "Customer reached max subscriptions", PT: "Cliente atingiu o máximo de assinaturas", ES: "El cliente alcanzó el máximo de suscripciones"},
			Meaning:  Text{EN: "The maximum number of subscriptions for a customer has been reached.", PT: "O número máximo de assinaturas de um cliente foi atingido.", ES: "Se alcanzó el número máximo de suscripciones de un cliente."},
			Fix: []Text{
				Text{EN: "Cancel unused subscriptions, or contact Stripe if you need more.", PT: "Cancele assinaturas não usadas ou fale com a Stripe se precisar de mais.", ES: "Cancele suscripciones sin uso o contacte a Stripe si necesita más."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "customer_session_expired",
			Category: StateCategory,
			Title:    Text{EN: "Customer session expired", PT: "Sessão do cliente expirou", ES: "La sesión del cliente expiró"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the CustomerSession used has expired.", PT: "A Stripe lista este código sem descrição; o nome indica que a CustomerSession usada expirou.", ES: "Stripe lista este código sin descripción; su nombre indica que la CustomerSession usada expiró."},
			Fix: []Text{
				Text{EN: "Create a new CustomerSession and pass its client secret again.", PT: "Crie uma nova CustomerSession e envie o client secret dela de novo.", ES: "Cree una nueva CustomerSession y vuelva a pasar su client secret."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "customer_tax_location_invalid",
			Category: Validation,
			Title:    Text{EN: "Customer tax location invalid", PT: "Localização fiscal do cliente inválida", ES: "Ubicación fiscal del cliente no válida"},
			Meaning:  Text{EN: "The customer location information cannot be used to accurately determine tax rates.", PT: "As informações de localização do cliente não permitem determinar as alíquotas de imposto com precisão.", ES: "La ubicación del cliente no permite determinar con precisión las tasas de impuestos."},
			Fix: []Text{
				Text{EN: "Check that country, state and postal code are filled in correctly, in a supported address format.", PT: "Confira se país, estado e CEP estão corretos e num formato de endereço aceito.", ES: "Verifique que país, estado y código postal estén correctos y en un formato de dirección admitido."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "debit_not_authorized",
			Category: Business,
			Title:    Text{EN: "Customer reported the debit as unauthorized", PT: "Cliente informou débito não autorizado", ES: "El cliente reportó el débito como no autorizado"},
			Meaning:  Text{EN: "The customer has notified their bank that this payment was unauthorized.", PT: "O cliente avisou o banco que este pagamento não foi autorizado.", ES: "El cliente notificó a su banco que este pago no fue autorizado."},
			Fix: []Text{
				Text{EN: "Do not debit again; contact the customer and get a new authorization or another payment method.", PT: "Não debite de novo; fale com o cliente e obtenha nova autorização ou outro meio de pagamento.", ES: "No vuelva a debitar; contacte al cliente y obtenga una nueva autorización u otro medio de pago."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "failed_tax_calculation",
			Category: Upstream,
			Title:    Text{EN: "Tax calculation failed", PT: "Falha no cálculo de impostos", ES: "Falló el cálculo de impuestos"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the tax calculation for the object failed.", PT: "A Stripe lista este código sem descrição; o nome indica que o cálculo de impostos do objeto falhou.", ES: "Stripe lista este código sin descripción; su nombre indica que falló el cálculo de impuestos del objeto."},
			Fix: []Text{
				Text{EN: "Check the customer's address and tax settings, then retry.", PT: "Confira o endereço do cliente e as configurações de impostos e tente de novo.", ES: "Revise la dirección del cliente y la configuración de impuestos y reintente."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "financial_account_balance_does_not_support_currency",
			Category: Validation,
			Title:    Text{EN: "Financial account does not support currency", PT: "Conta financeira não aceita a moeda", ES: "La cuenta financiera no admite la moneda"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the financial account balance does not support the requested currency.", PT: "A Stripe lista este código sem descrição; o nome indica que o saldo da conta financeira não aceita a moeda pedida.", ES: "Stripe lista este código sin descripción; su nombre indica que el saldo de la cuenta financiera no admite la moneda pedida."},
			Fix: []Text{
				Text{EN: "Use a currency supported by the financial account.", PT: "Use uma moeda aceita pela conta financeira.", ES: "Use una moneda admitida por la cuenta financiera."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "financial_account_capability_not_enabled",
			Category: Business,
			Title:    Text{EN: "Financial account capability not enabled", PT: "Capacidade da conta financeira não ativada", ES: "Capacidad de la cuenta financiera no habilitada"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the financial account lacks the capability needed for this operation.", PT: "A Stripe lista este código sem descrição; o nome indica que a conta financeira não tem a capacidade necessária para a operação.", ES: "Stripe lista este código sin descripción; su nombre indica que a la cuenta financiera le falta la capacidad necesaria."},
			Fix: []Text{
				Text{EN: "Request or enable the needed capability on the financial account.", PT: "Solicite ou ative a capacidade necessária na conta financeira.", ES: "Solicite o habilite la capacidad necesaria en la cuenta financiera."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "financial_account_capability_restricted",
			Category: Business,
			Title:    Text{EN: "Financial account capability restricted", PT: "Capacidade da conta financeira restrita", ES: "Capacidad de la cuenta financiera restringida"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the needed financial account capability is restricted.", PT: "A Stripe lista este código sem descrição; o nome indica que a capacidade necessária da conta financeira está restrita.", ES: "Stripe lista este código sin descripción; su nombre indica que la capacidad necesaria de la cuenta financiera está restringida."},
			Fix: []Text{
				Text{EN: "Check the capability's requirements and resolve them before retrying.", PT: "Veja os requisitos pendentes da capacidade e resolva-os antes de tentar de novo.", ES: "Revise los requisitos pendientes de la capacidad y resuélvalos antes de reintentar."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "financial_connections_account_inactive",
			Category: StateCategory,
			Title:    Text{EN: "Financial Connections account inactive", PT: "Conta do Financial Connections inativa", ES: "Cuenta de Financial Connections inactiva"},
			Meaning:  Text{EN: "Data cannot be refreshed on inactive Financial Connections accounts.", PT: "Não é possível atualizar dados de contas inativas do Financial Connections.", ES: "No se pueden actualizar datos de cuentas inactivas de Financial Connections."},
			Fix: []Text{
				Text{EN: "Have the customer reconnect the account before refreshing.", PT: "Peça ao cliente que reconecte a conta antes de atualizar.", ES: "Pida al cliente que vuelva a conectar la cuenta antes de actualizar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "financial_connections_account_pending_account_numbers",
			Category: StateCategory,
			Title:    Text{EN: "Account numbers still pending", PT: "Números da conta ainda pendentes", ES: "Números de cuenta aún pendientes"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the Financial Connections account numbers are still pending.", PT: "A Stripe lista este código sem descrição; o nome indica que os números da conta do Financial Connections ainda estão pendentes.", ES: "Stripe lista este código sin descripción; su nombre indica que los números de la cuenta de Financial Connections siguen pendientes."},
			Fix: []Text{
				Text{EN: "Retry later, once the account numbers are available.", PT: "Tente de novo mais tarde, quando os números estiverem disponíveis.", ES: "Reintente más tarde, cuando los números estén disponibles."},
			},
			Retry:  Backoff,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "financial_connections_account_unavailable_account_numbers",
			Category: Business,
			Title:    Text{EN: "Account numbers unavailable", PT: "Números da conta indisponíveis", ES: "Números de cuenta no disponibles"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says account numbers are unavailable for this Financial Connections account.", PT: "A Stripe lista este código sem descrição; o nome indica que os números da conta não estão disponíveis para esta conta do Financial Connections.", ES: "Stripe lista este código sin descripción; su nombre indica que los números de cuenta no están disponibles para esta cuenta."},
			Fix: []Text{
				Text{EN: "Ask the customer to link another account or enter the details manually.", PT: "Peça ao cliente para vincular outra conta ou digitar os dados manualmente.", ES: "Pida al cliente vincular otra cuenta o ingresar los datos manualmente."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "financial_connections_no_successful_transaction_refresh",
			Category: StateCategory,
			Title:    Text{EN: "No successful transaction refresh yet", PT: "Nenhuma atualização de transações concluída", ES: "Aún no hay actualización de transacciones"},
			Meaning:  Text{EN: "Transaction data can only be retrieved for accounts with at least one successful transaction refresh.", PT: "Os dados de transações só podem ser obtidos de contas com pelo menos uma atualização de transações bem-sucedida.", ES: "Los datos de transacciones solo se obtienen de cuentas con al menos una actualización de transacciones exitosa."},
			Fix: []Text{
				Text{EN: "Start a transaction refresh and wait for it to succeed before listing transactions.", PT: "Inicie uma atualização de transações e aguarde o sucesso antes de listá-las.", ES: "Inicie una actualización de transacciones y espere a que termine bien antes de listarlas."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "forwarding_api_inactive",
			Category: Authorization,
			Title:    Text{EN: "Vault and Forward API not enabled", PT: "API Vault and Forward não habilitada", ES: "API Vault and Forward no habilitada"},
			Meaning:  Text{EN: "The vault and forward API is not accessible with this account and/or configuration.", PT: "A API vault and forward não está acessível com esta conta e/ou configuração.", ES: "La API vault and forward no está accesible con esta cuenta o configuración."},
			Fix: []Text{
				Text{EN: "Contact Stripe to enable the Forwarding API for the account.", PT: "Fale com a Stripe para habilitar a Forwarding API na conta.", ES: "Contacte a Stripe para habilitar la Forwarding API en la cuenta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "forwarding_api_invalid_parameter",
			Category: Validation,
			Title:    Text{EN: "Invalid parameter in Forwarding API request", PT: "Parâmetro inválido na Forwarding API", ES: "Parámetro no válido en la Forwarding API"},
			Meaning:  Text{EN: "An invalid parameter was provided to the vault and forward API.", PT: "Um parâmetro inválido foi enviado à API vault and forward.", ES: "Se envió un parámetro no válido a la API vault and forward."},
			Fix: []Text{
				Text{EN: "Check error.message and error.param and correct the request.", PT: "Veja error.message e error.param e corrija a requisição.", ES: "Revise error.message y error.param y corrija la solicitud."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "forwarding_api_retryable_upstream_error",
			Category: Upstream,
			Title:    Text{EN: "Destination error, retryable", PT: "Erro no destino, pode repetir", ES: "Error en el destino, reintentable"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the forwarding destination returned an error that can be retried.", PT: "A Stripe lista este código sem descrição; o nome indica que o destino do encaminhamento devolveu um erro que pode ser repetido.", ES: "Stripe lista este código sin descripción; su nombre indica que el destino devolvió un error que se puede reintentar."},
			Fix: []Text{
				Text{EN: "Retry the forward request with backoff.", PT: "Repita a requisição de encaminhamento com backoff.", ES: "Reintente la solicitud de reenvío con backoff."},
			},
			Retry:  Backoff,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "forwarding_api_upstream_connection_error",
			Category: Upstream,
			Title:    Text{EN: "No response from destination endpoint", PT: "Sem resposta do endpoint de destino", ES: "Sin respuesta del endpoint de destino"},
			Meaning:  Text{EN: "Stripe did not receive a response from the destination endpoint.", PT: "A Stripe não recebeu resposta do endpoint de destino.", ES: "Stripe no recibió respuesta del endpoint de destino."},
			Fix: []Text{
				Text{EN: "Check with the destination whether the request arrived before forwarding it again.", PT: "Confirme com o destino se a requisição chegou antes de encaminhá-la de novo.", ES: "Verifique con el destino si la solicitud llegó antes de reenviarla."},
			},
			Retry:  CheckFirst,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "forwarding_api_upstream_connection_timeout",
			Category: Timeout,
			Title:    Text{EN: "Destination endpoint timed out", PT: "Endpoint de destino excedeu o tempo", ES: "El endpoint de destino agotó el tiempo"},
			Meaning:  Text{EN: "The request to the destination endpoint timed out.", PT: "A requisição ao endpoint de destino excedeu o tempo limite.", ES: "La solicitud al endpoint de destino agotó el tiempo de espera."},
			Fix: []Text{
				Text{EN: "Check with the destination whether it processed the request before forwarding it again.", PT: "Confirme com o destino se ele processou a requisição antes de encaminhá-la de novo.", ES: "Verifique con el destino si procesó la solicitud antes de reenviarla."},
			},
			Retry:  CheckFirst,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "forwarding_api_upstream_error",
			Category: Upstream,
			Title:    Text{EN: "Destination endpoint returned an error", PT: "Endpoint de destino devolveu erro", ES: "El endpoint de destino devolvió un error"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the forwarding destination returned an error.", PT: "A Stripe lista este código sem descrição; o nome indica que o destino do encaminhamento devolveu um erro.", ES: "Stripe lista este código sin descripción; su nombre indica que el destino del reenvío devolvió un error."},
			Fix: []Text{
				Text{EN: "Inspect the destination's response and fix the forwarded request.", PT: "Analise a resposta do destino e corrija a requisição encaminhada.", ES: "Revise la respuesta del destino y corrija la solicitud reenviada."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "incorrect_address",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Card address incorrect", PT: "Endereço do cartão incorreto", ES: "Dirección de la tarjeta incorrecta"},
			Meaning:  Text{EN: "The card's address is incorrect; as a decline code, the address entered by the customer is incorrect.", PT: "O endereço do cartão está incorreto; como decline code, o endereço digitado pelo cliente está errado.", ES: "La dirección de la tarjeta es incorrecta; como decline code, la dirección ingresada por el cliente es incorrecta."},
			Fix: []Text{
				Text{EN: "Ask the customer to check the card's billing address or use a different card.", PT: "Peça ao cliente que confira o endereço de cobrança do cartão ou use outro cartão.", ES: "Pida al cliente revisar la dirección de facturación de la tarjeta o usar otra."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes; https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "india_recurring_payment_mandate_canceled",
			Category: StateCategory,
			Title:    Text{EN: "India recurring mandate canceled", PT: "Mandato recorrente da Índia cancelado", ES: "Mandato recurrente de India cancelado"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the India recurring-payment mandate was canceled.", PT: "A Stripe lista este código sem descrição; o nome indica que o mandato de pagamento recorrente na Índia foi cancelado.", ES: "Stripe lista este código sin descripción; su nombre indica que el mandato de pago recurrente en India fue cancelado."},
			Fix: []Text{
				Text{EN: "Do not charge with that mandate again; have the customer set up a new one.", PT: "Não cobre de novo com esse mandato; peça ao cliente para configurar um novo.", ES: "No cobre de nuevo con ese mandato; pida al cliente configurar uno nuevo."},
			},
			Retry:  None,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "instant_payouts_config_disabled",
			Category: Business,
			Title:    Text{EN: "Instant Payouts not enabled for account", PT: "Instant Payouts não ativado na conta", ES: "Instant Payouts no habilitado en la cuenta"},
			Meaning:  Text{EN: "This connected account is not eligible for Instant Payouts.", PT: "Esta conta conectada não está habilitada para Instant Payouts.", ES: "Esta cuenta conectada no es elegible para Instant Payouts."},
			Fix: []Text{
				Text{EN: "Ask the platform to enable Instant Payouts for the account.", PT: "Peça à plataforma para ativar Instant Payouts na conta.", ES: "Pida a la plataforma habilitar Instant Payouts en la cuenta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "instant_payouts_currency_disabled",
			Category: Business,
			Title:    Text{EN: "Instant Payouts disabled for this currency", PT: "Instant Payouts desativado nesta moeda", ES: "Instant Payouts deshabilitado en esta moneda"},
			Meaning:  Text{EN: "This connected account is not eligible for Instant Payouts in this currency.", PT: "Esta conta conectada não está habilitada para Instant Payouts nesta moeda.", ES: "Esta cuenta conectada no es elegible para Instant Payouts en esta moneda."},
			Fix: []Text{
				Text{EN: "Ask the platform to enable Instant Payouts in this currency, or use a standard payout.", PT: "Peça à plataforma para ativar Instant Payouts nesta moeda ou use um repasse padrão.", ES: "Pida a la plataforma habilitar Instant Payouts en esta moneda o use un pago estándar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "instant_payouts_limit_exceeded",
			Category: RateLimit,
			Title:    Text{EN: "Daily Instant Payouts limit reached", PT: "Limite diário de Instant Payouts atingido", ES: "Límite diario de Instant Payouts alcanzado"},
			Meaning:  Text{EN: "The daily processing limit for Instant Payouts has been reached.", PT: "O limite diário de processamento de Instant Payouts foi atingido.", ES: "Se alcanzó el límite diario de procesamiento de Instant Payouts."},
			Fix: []Text{
				Text{EN: "Use a standard payout, or wait for the next day.", PT: "Use um repasse padrão ou aguarde o dia seguinte.", ES: "Use un pago estándar o espere al día siguiente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "instant_payouts_unsupported",
			Category: Business,
			Title:    Text{EN: "Card not eligible for Instant Payouts", PT: "Cartão não elegível para Instant Payouts", ES: "Tarjeta no elegible para Instant Payouts"},
			Meaning:  Text{EN: "This card is not eligible for Instant Payouts.", PT: "Este cartão não é elegível para Instant Payouts.", ES: "Esta tarjeta no es elegible para Instant Payouts."},
			Fix: []Text{
				Text{EN: "Try a debit card from a supported bank.", PT: "Tente um cartão de débito de um banco compatível.", ES: "Pruebe una tarjeta de débito de un banco compatible."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "intent_invalid_state",
			Category: StateCategory,
			Title:    Text{EN: "Intent in wrong state for operation", PT: "Intent em estado inválido para a operação", ES: "Intent en estado no válido para la operación"},
			Meaning:  Text{EN: "The intent is not in the state required to perform the operation.", PT: "O intent não está no estado exigido para a operação.", ES: "El intent no está en el estado requerido para la operación."},
			Fix: []Text{
				Text{EN: "Retrieve the intent, check its status and call the operation that status allows.", PT: "Consulte o intent, veja o status e chame a operação que esse status permite.", ES: "Consulte el intent, revise su estado y llame la operación que ese estado permite."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "intent_verification_method_missing",
			Category: Validation,
			Title:    Text{EN: "Intent has no verification method", PT: "Intent sem método de verificação", ES: "Intent sin método de verificación"},
			Meaning:  Text{EN: "The intent does not have a verification method specified in its PaymentMethodOptions object.", PT: "O intent não tem método de verificação definido no objeto PaymentMethodOptions.", ES: "El intent no tiene método de verificación definido en su objeto PaymentMethodOptions."},
			Fix: []Text{
				Text{EN: "Set the verification method in payment_method_options and resend.", PT: "Defina o método de verificação em payment_method_options e reenvie.", ES: "Defina el método de verificación en payment_method_options y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invalid_card_type",
			Category: Validation,
			Title:    Text{EN: "Card type not supported for payouts", PT: "Tipo de cartão não aceito para repasses", ES: "Tipo de tarjeta no admitido para pagos"},
			Meaning:  Text{EN: "The card provided as an external account is not supported for payouts.", PT: "O cartão informado como conta externa não é aceito para repasses.", ES: "La tarjeta indicada como cuenta externa no se admite para pagos."},
			Fix: []Text{
				Text{EN: "Provide a non-prepaid debit card instead.", PT: "Informe um cartão de débito que não seja pré-pago.", ES: "Indique una tarjeta de débito que no sea prepaga."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invalid_characters",
			Category: Validation,
			Title:    Text{EN: "Field contains unsupported characters", PT: "Campo com caracteres não aceitos", ES: "El campo tiene caracteres no admitidos"},
			Meaning:  Text{EN: "The value provided contains characters that are unsupported by the field.", PT: "O valor informado contém caracteres que o campo não aceita.", ES: "El valor indicado contiene caracteres que el campo no admite."},
			Fix: []Text{
				Text{EN: "Remove the unsupported characters (see error.param) and resend.", PT: "Remova os caracteres não aceitos (veja error.param) e reenvie.", ES: "Quite los caracteres no admitidos (vea error.param) y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invalid_charge_amount",
			Category: Validation,
			Title:    Text{EN: "Invalid charge amount", PT: "Valor da cobrança inválido", ES: "Monto del cargo no válido"},
			Meaning:  Text{EN: "The amount must be a positive integer in the smallest currency unit and within the minimum and maximum amounts.", PT: "O valor precisa ser um inteiro positivo na menor unidade da moeda e ficar entre o mínimo e o máximo.", ES: "El monto debe ser un entero positivo en la unidad mínima de la moneda y estar entre el mínimo y el máximo."},
			Fix: []Text{
				Text{EN: "Send the amount in the smallest unit (e.g. cents) within the currency's limits.", PT: "Envie o valor na menor unidade (ex.: centavos) dentro dos limites da moeda.", ES: "Envíe el monto en la unidad mínima (p. ej., centavos) dentro de los límites de la moneda."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invalid_mandate_reference_prefix_format",
			Category: Validation,
			Title:    Text{EN: "Invalid mandate reference prefix", PT: "Prefixo de referência do mandato inválido", ES: "Prefijo de referencia del mandato no válido"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the mandate reference prefix has an invalid format.", PT: "A Stripe lista este código sem descrição; o nome indica que o prefixo de referência do mandato tem formato inválido.", ES: "Stripe lista este código sin descripción; su nombre indica que el prefijo de referencia del mandato tiene formato no válido."},
			Fix: []Text{
				Text{EN: "Correct the mandate reference prefix to the format Stripe documents and resend.", PT: "Corrija o prefixo de referência do mandato no formato documentado pela Stripe e reenvie.", ES: "Corrija el prefijo de referencia del mandato al formato que documenta Stripe y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "invalid_source_usage",
			Category: StateCategory,
			Title:    Text{EN: "Source not in a usable state", PT: "Source em estado que não permite uso", ES: "Source en un estado no utilizable"},
			Meaning:  Text{EN: "The source cannot be used because it is not in the correct state (e.g. pending, failed or already consumed).", PT: "A source não pode ser usada porque não está no estado correto (ex.: pendente, com falha ou já consumida).", ES: "La source no se puede usar porque no está en el estado correcto (p. ej., pendiente, fallida o ya consumida)."},
			Fix: []Text{
				Text{EN: "Check the source's status and use a chargeable source.", PT: "Confira o status da source e use uma que esteja chargeable.", ES: "Revise el estado de la source y use una que esté chargeable."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invalid_swipe_data",
			Category: Validation,
			Title:    Text{EN: "Invalid card swipe data", PT: "Dados de leitura do cartão inválidos", ES: "Datos de lectura de la tarjeta no válidos"},
			Meaning:  Text{EN: "Stripe listed this code without a description; its name says the swiped card data was invalid.", PT: "A Stripe listou este código sem descrição; o nome indica que os dados da tarja lidos eram inválidos.", ES: "Stripe listó este código sin descripción; su nombre indica que los datos de la banda leídos no eran válidos."},
			Fix: []Text{
				Text{EN: "Swipe the card again or insert/tap it instead.", PT: "Passe o cartão de novo ou use chip/aproximação.", ES: "Deslice la tarjeta otra vez o use chip o contactless."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/fdd38c44139edc5fdffee81b15b792f74d01acb1/error.go (ErrorCode enum at that commit; later removed from the spec); no description found",
		},
		{
			Code:     "invalid_tax_location",
			Category: Validation,
			Title:    Text{EN: "Invalid tax location", PT: "Local para imposto inválido", ES: "Ubicación fiscal no válida"},
			Meaning:  Text{EN: "The specified location is invalid for calculating tax.", PT: "O local informado é inválido para o cálculo de impostos.", ES: "La ubicación indicada no es válida para calcular impuestos."},
			Fix: []Text{
				Text{EN: "Send the address in one of Stripe Tax's supported address formats.", PT: "Envie o endereço num dos formatos aceitos pelo Stripe Tax.", ES: "Envíe la dirección en uno de los formatos que admite Stripe Tax."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invoice_no_customer_line_items",
			Category: StateCategory,
			Title:    Text{EN: "No pending invoice items for customer", PT: "Cliente sem itens de fatura pendentes", ES: "El cliente no tiene ítems de factura pendientes"},
			Meaning:  Text{EN: "An invoice cannot be generated for the customer because there are no pending invoice items.", PT: "Não é possível gerar fatura para o cliente porque não há itens de fatura pendentes.", ES: "No se puede generar la factura del cliente porque no hay ítems de factura pendientes."},
			Fix: []Text{
				Text{EN: "Check the customer ID, or create the invoice items first.", PT: "Confira o ID do cliente ou crie os itens de fatura antes.", ES: "Revise el ID del cliente o cree primero los ítems de factura."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invoice_no_payment_method_types",
			Category: Business,
			Title:    Text{EN: "No payment method types for invoice", PT: "Nenhum meio de pagamento para a fatura", ES: "Sin tipos de medio de pago para la factura"},
			Meaning:  Text{EN: "The invoice cannot be finalized because no payment method types are available to process the payment.", PT: "A fatura não pode ser finalizada porque não há tipos de meio de pagamento disponíveis.", ES: "La factura no se puede finalizar porque no hay tipos de medio de pago disponibles."},
			Fix: []Text{
				Text{EN: "Review the invoice's payment_settings and template settings, or activate more payment methods in the Dashboard.", PT: "Revise payment_settings e o modelo da fatura, ou ative mais meios de pagamento no Dashboard.", ES: "Revise payment_settings y la plantilla de la factura, o active más medios de pago en el Dashboard."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invoice_no_subscription_line_items",
			Category: StateCategory,
			Title:    Text{EN: "No pending items for subscription", PT: "Assinatura sem itens pendentes", ES: "La suscripción no tiene ítems pendientes"},
			Meaning:  Text{EN: "An invoice cannot be generated for the subscription because there are no pending invoice items.", PT: "Não é possível gerar fatura para a assinatura porque não há itens pendentes.", ES: "No se puede generar la factura de la suscripción porque no hay ítems pendientes."},
			Fix: []Text{
				Text{EN: "Check the subscription ID, or create the invoice items first.", PT: "Confira o ID da assinatura ou crie os itens de fatura antes.", ES: "Revise el ID de la suscripción o cree primero los ítems de factura."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invoice_not_editable",
			Category: StateCategory,
			Title:    Text{EN: "Invoice can no longer be edited", PT: "Fatura não pode mais ser editada", ES: "La factura ya no se puede editar"},
			Meaning:  Text{EN: "The specified invoice can no longer be edited.", PT: "A fatura indicada não pode mais ser editada.", ES: "La factura indicada ya no se puede editar."},
			Fix: []Text{
				Text{EN: "Create invoice items for the next invoice instead, and generate it manually or wait for the billing cycle.", PT: "Crie itens para a próxima fatura e gere-a manualmente ou aguarde o ciclo de cobrança.", ES: "Cree ítems para la próxima factura y genérela manualmente o espere el ciclo de facturación."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invoice_on_behalf_of_not_editable",
			Category: StateCategory,
			Title:    Text{EN: "on_behalf_of cannot change after numbering", PT: "on_behalf_of não muda após numeração", ES: "on_behalf_of no cambia tras numerar"},
			Meaning:  Text{EN: "The on_behalf_of property of an invoice cannot be updated after the invoice has been assigned a number.", PT: "A propriedade on_behalf_of da fatura não pode ser alterada depois que a fatura recebe um número.", ES: "La propiedad on_behalf_of de la factura no se puede cambiar después de que recibe un número."},
			Fix: []Text{
				Text{EN: "Leave on_behalf_of as is, or void the invoice and create a new one.", PT: "Mantenha on_behalf_of como está ou anule a fatura e crie outra.", ES: "Deje on_behalf_of como está o anule la factura y cree otra."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invoice_payment_intent_requires_action",
			Category: StateCategory,
			Title:    Text{EN: "Invoice payment needs customer action", PT: "Pagamento da fatura requer ação do cliente", ES: "El pago de la factura requiere acción del cliente"},
			Meaning:  Text{EN: "The payment needs additional customer action before it can complete; it can be completed through the invoice's PaymentIntent.", PT: "O pagamento precisa de uma ação adicional do cliente; pode ser concluído pelo PaymentIntent da fatura.", ES: "El pago necesita una acción adicional del cliente; se puede completar mediante el PaymentIntent de la factura."},
			Fix: []Text{
				Text{EN: "Bring the customer back to complete the invoice's PaymentIntent (e.g. 3D Secure).", PT: "Traga o cliente de volta para concluir o PaymentIntent da fatura (ex.: 3D Secure).", ES: "Haga que el cliente vuelva para completar el PaymentIntent de la factura (p. ej., 3D Secure)."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "invoice_upcoming_none",
			Category: NotFound,
			Title:    Text{EN: "No upcoming invoice to preview", PT: "Nenhuma próxima fatura para prévia", ES: "No hay próxima factura para previsualizar"},
			Meaning:  Text{EN: "There is no upcoming invoice on the customer to preview; only customers with active subscriptions or pending invoice items have one.", PT: "Não há próxima fatura do cliente para prévia; só clientes com assinaturas ativas ou itens pendentes têm uma.", ES: "No hay próxima factura del cliente para previsualizar; solo la tienen clientes con suscripciones activas o ítems pendientes."},
			Fix: []Text{
				Text{EN: "Preview only for customers with an active subscription or pending invoice items.", PT: "Peça a prévia só para clientes com assinatura ativa ou itens pendentes.", ES: "Pida la vista previa solo para clientes con suscripción activa o ítems pendientes."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "missing",
			Category: Validation,
			Title:    Text{EN: "Source not attached to customer", PT: "Source não vinculada ao cliente", ES: "Source no vinculada al cliente"},
			Meaning:  Text{EN: "Both a customer and a source ID were provided, but the source has not been saved to the customer.", PT: "Foram enviados cliente e ID de source, mas a source não foi salva no cliente.", ES: "Se enviaron cliente e ID de source, pero la source no se guardó en el cliente."},
			Fix: []Text{
				Text{EN: "Save (attach) the card to the customer first, then charge it.", PT: "Salve (vincule) o cartão ao cliente antes e depois cobre.", ES: "Guarde (vincule) primero la tarjeta al cliente y luego cóbrela."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "no_account",
			Category: NotFound,
			Title:    Text{EN: "Bank account not found", PT: "Conta bancária não localizada", ES: "Cuenta bancaria no encontrada"},
			Meaning:  Text{EN: "The bank account could not be located.", PT: "A conta bancária não pôde ser localizada.", ES: "No se pudo localizar la cuenta bancaria."},
			Fix: []Text{
				Text{EN: "Check the account details with the customer or use another account.", PT: "Confira os dados da conta com o cliente ou use outra conta.", ES: "Revise los datos de la cuenta con el cliente o use otra cuenta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "not_allowed_on_standard_account",
			Category: Authorization,
			Title:    Text{EN: "Not allowed on Standard accounts", PT: "Não permitido em contas Standard", ES: "No permitido en cuentas Standard"},
			Meaning:  Text{EN: "Transfers and payouts on behalf of a Standard connected account are not allowed.", PT: "Transferências e repasses em nome de uma conta conectada Standard não são permitidos.", ES: "No se permiten transferencias ni pagos en nombre de una cuenta conectada Standard."},
			Fix: []Text{
				Text{EN: "Do not move funds on behalf of Standard accounts; use Express/Custom accounts for that flow.", PT: "Não movimente fundos em nome de contas Standard; use contas Express/Custom nesse fluxo.", ES: "No mueva fondos en nombre de cuentas Standard; use cuentas Express/Custom para ese flujo."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "order_creation_failed",
			Category: Upstream,
			Title:    Text{EN: "Order could not be created", PT: "Pedido não pôde ser criado", ES: "No se pudo crear el pedido"},
			Meaning:  Text{EN: "The order could not be created (legacy Orders API).", PT: "O pedido não pôde ser criado (API Orders antiga).", ES: "No se pudo crear el pedido (API Orders antigua)."},
			Fix: []Text{
				Text{EN: "Check the order's items and settings and try again.", PT: "Confira itens e configurações do pedido e tente de novo.", ES: "Revise los ítems y la configuración del pedido y reintente."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/16139b51bd89542f920f214c85e0dc06a191563f/error.go (ErrorCode enum at that commit; later removed from the spec) (legacy Orders API code; message as quoted from the old docs in a public copy)",
		},
		{
			Code:     "order_required_settings",
			Category: Validation,
			Title:    Text{EN: "Order missing required information", PT: "Pedido sem informação obrigatória", ES: "Al pedido le falta información obligatoria"},
			Meaning:  Text{EN: "The order could not be processed because it is missing required information (legacy Orders API).", PT: "O pedido não pôde ser processado porque falta informação obrigatória (API Orders antiga).", ES: "No se pudo procesar el pedido porque le falta información obligatoria (API Orders antigua)."},
			Fix: []Text{
				Text{EN: "Add the missing order information named in error.message.", PT: "Adicione a informação que falta indicada em error.message.", ES: "Agregue la información faltante indicada en error.message."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/16139b51bd89542f920f214c85e0dc06a191563f/error.go (ErrorCode enum at that commit; later removed from the spec) (legacy Orders API code; message as quoted from the old docs in a public copy)",
		},
		{
			Code:     "order_status_invalid",
			Category: StateCategory,
			Title:    Text{EN: "Invalid order status transition", PT: "Transição de status de pedido inválida", ES: "Transición de estado de pedido no válida"},
			Meaning:  Text{EN: "The order cannot be updated because the status is invalid or does not follow the order lifecycle.", PT: "O pedido não pode ser atualizado porque o status é inválido ou não segue o ciclo de vida do pedido.", ES: "El pedido no se puede actualizar porque el estado no es válido o no sigue el ciclo de vida."},
			Fix: []Text{
				Text{EN: "Send a status allowed from the order's current status.", PT: "Envie um status permitido a partir do status atual do pedido.", ES: "Envíe un estado permitido desde el estado actual del pedido."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/16139b51bd89542f920f214c85e0dc06a191563f/error.go (ErrorCode enum at that commit; later removed from the spec) (legacy Orders API code; message as quoted from the old docs in a public copy)",
		},
		{
			Code:     "order_upstream_timeout",
			Category: Timeout,
			Title:    Text{EN: "Order request timed out", PT: "Requisição do pedido excedeu o tempo", ES: "La solicitud del pedido agotó el tiempo"},
			Meaning:  Text{EN: "The request timed out (legacy Orders API).", PT: "A requisição excedeu o tempo limite (API Orders antiga).", ES: "La solicitud agotó el tiempo de espera (API Orders antigua)."},
			Fix: []Text{
				Text{EN: "Retrieve the order to see whether it changed before sending again.", PT: "Consulte o pedido para ver se mudou antes de reenviar.", ES: "Consulte el pedido para ver si cambió antes de reenviar."},
			},
			Retry:  CheckFirst,
			Source: "https://github.com/stripe/stripe-go/blob/16139b51bd89542f920f214c85e0dc06a191563f/error.go (ErrorCode enum at that commit; later removed from the spec) (legacy Orders API code; message as quoted from the old docs in a public copy)",
		},
		{
			Code:     "out_of_inventory",
			Category: Business,
			Title:    Text{EN: "Item out of stock", PT: "Item sem estoque", ES: "Artículo sin existencias"},
			Meaning:  Text{EN: "One or more line items are out of stock.", PT: "Um ou mais itens estão sem estoque.", ES: "Uno o más ítems no tienen existencias."},
			Fix: []Text{
				Text{EN: "If more stock is available, update the inventory's orderable quantity and try again.", PT: "Se houver mais estoque, atualize a quantidade disponível no inventário e tente de novo.", ES: "Si hay más existencias, actualice la cantidad disponible del inventario y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "ownership_declaration_not_allowed",
			Category: Validation,
			Title:    Text{EN: "Ownership declaration not allowed here", PT: "Declaração de propriedade não permitida aqui", ES: "Declaración de titularidad no permitida aquí"},
			Meaning:  Text{EN: "The company ownership declaration is allowed only during account updates and for accounts created with account tokens.", PT: "A declaração de propriedade da empresa só é permitida em atualizações de conta e em contas criadas com account tokens.", ES: "La declaración de titularidad de la empresa solo se permite al actualizar la cuenta y en cuentas creadas con account tokens."},
			Fix: []Text{
				Text{EN: "Send the ownership declaration in an account update (or via an account token).", PT: "Envie a declaração de propriedade numa atualização da conta (ou via account token).", ES: "Envíe la declaración de titularidad en una actualización de la cuenta (o con un account token)."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "parameter_invalid_string_blank",
			Category: Validation,
			Title:    Text{EN: "Value contains only whitespace", PT: "Valor contém só espaços", ES: "El valor solo contiene espacios"},
			Meaning:  Text{EN: "One or more values provided contained only whitespace.", PT: "Um ou mais valores enviados continham apenas espaços em branco.", ES: "Uno o más valores enviados solo tenían espacios en blanco."},
			Fix: []Text{
				Text{EN: "Fill in or remove the whitespace-only values (see error.param).", PT: "Preencha ou remova os valores só com espaços (veja error.param).", ES: "Complete o quite los valores con solo espacios (vea error.param)."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "parameters_exclusive",
			Category: Validation,
			Title:    Text{EN: "Mutually exclusive parameters sent", PT: "Parâmetros mutuamente exclusivos", ES: "Parámetros mutuamente excluyentes"},
			Meaning:  Text{EN: "Two or more mutually exclusive parameters were provided.", PT: "Foram enviados dois ou mais parâmetros mutuamente exclusivos.", ES: "Se enviaron dos o más parámetros mutuamente excluyentes."},
			Fix: []Text{
				Text{EN: "Keep only one of the conflicting parameters named in error.message.", PT: "Mantenha apenas um dos parâmetros conflitantes citados em error.message.", ES: "Deje solo uno de los parámetros en conflicto indicados en error.message."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_intent_action_required",
			Category: StateCategory,
			Title:    Text{EN: "Payment method needs customer action", PT: "Meio de pagamento exige ação do cliente", ES: "El medio de pago requiere acción del cliente"},
			Meaning:  Text{EN: "The payment method requires customer action to complete, but error_on_requires_action was set.", PT: "O meio de pagamento exige ação do cliente, mas error_on_requires_action foi definido.", ES: "El medio de pago requiere una acción del cliente, pero se definió error_on_requires_action."},
			Fix: []Text{
				Text{EN: "Upgrade the integration to handle actions (e.g. 3D Secure), or ask for a card that needs no authentication.", PT: "Adapte a integração para tratar ações (ex.: 3D Secure) ou peça um cartão que não exija autenticação.", ES: "Adapte la integración para manejar acciones (p. ej., 3D Secure) o pida una tarjeta sin autenticación."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_intent_fx_quote_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid FX quote", PT: "Cotação de câmbio inválida", ES: "Cotización de cambio no válida"},
			Meaning:  Text{EN: "Stripe listed this code without a description; its name says the FX quote given to the PaymentIntent is invalid.", PT: "A Stripe listou este código sem descrição; o nome indica que a cotação de câmbio enviada ao PaymentIntent é inválida.", ES: "Stripe listó este código sin descripción; su nombre indica que la cotización de cambio del PaymentIntent no es válida."},
			Fix: []Text{
				Text{EN: "Create a fresh FX quote and use it before it expires.", PT: "Crie uma nova cotação de câmbio e use-a antes de expirar.", ES: "Cree una nueva cotización de cambio y úsela antes de que venza."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/d875110d8b0aaa0fd2e0b0fabe9ea556b6b5b5d1/error.go (ErrorCode enum at that commit; later removed from the spec); no description found",
		},
		{
			Code:     "payment_intent_incompatible_payment_method",
			Category: Validation,
			Title:    Text{EN: "Payment method incompatible with PaymentIntent", PT: "Meio de pagamento incompatível", ES: "Medio de pago incompatible con el PaymentIntent"},
			Meaning:  Text{EN: "The PaymentIntent expected a payment method with different properties than the one provided.", PT: "O PaymentIntent esperava um meio de pagamento com propriedades diferentes do enviado.", ES: "El PaymentIntent esperaba un medio de pago con propiedades distintas al enviado."},
			Fix: []Text{
				Text{EN: "Send a payment method whose type matches payment_method_types of the PaymentIntent.", PT: "Envie um meio de pagamento cujo tipo esteja em payment_method_types do PaymentIntent.", ES: "Envíe un medio de pago cuyo tipo esté en payment_method_types del PaymentIntent."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_intent_invalid_parameter",
			Category: Validation,
			Title:    Text{EN: "Parameter not allowed for this PaymentIntent", PT: "Parâmetro não permitido no PaymentIntent", ES: "Parámetro no permitido en el PaymentIntent"},
			Meaning:  Text{EN: "One or more parameters were not allowed for the operation on the PaymentIntent.", PT: "Um ou mais parâmetros não são permitidos para a operação no PaymentIntent.", ES: "Uno o más parámetros no se permiten en la operación sobre el PaymentIntent."},
			Fix: []Text{
				Text{EN: "Check error.message and the PaymentIntents API reference and correct those values.", PT: "Veja error.message e a referência da API de PaymentIntents e corrija esses valores.", ES: "Revise error.message y la referencia de la API de PaymentIntents y corrija esos valores."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_intent_konbini_rejected_confirmation_number",
			Category: Validation,
			Title:    Text{EN: "Konbini confirmation number rejected", PT: "Número de confirmação Konbini recusado", ES: "Número de confirmación Konbini rechazado"},
			Meaning:  Text{EN: "The confirmation_number in payment_method_options[konbini] was rejected by the processing partner at confirmation.", PT: "O confirmation_number em payment_method_options[konbini] foi recusado pelo parceiro de processamento na confirmação.", ES: "El confirmation_number de payment_method_options[konbini] fue rechazado por el socio de procesamiento al confirmar."},
			Fix: []Text{
				Text{EN: "Send a different confirmation number, or omit it so one is generated.", PT: "Envie outro número de confirmação ou omita-o para que seja gerado.", ES: "Envíe otro número de confirmación u omítalo para que se genere uno."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_intent_mandate_invalid",
			Category: Validation,
			Title:    Text{EN: "Mandate invalid for PaymentIntent", PT: "Mandato inválido para o PaymentIntent", ES: "Mandato no válido para el PaymentIntent"},
			Meaning:  Text{EN: "The mandate provided is invalid and cannot be used for the payment intent.", PT: "O mandato informado é inválido e não pode ser usado no PaymentIntent.", ES: "El mandato indicado no es válido y no se puede usar en el PaymentIntent."},
			Fix: []Text{
				Text{EN: "Use a valid, active mandate for this payment method, or collect a new one.", PT: "Use um mandato válido e ativo deste meio de pagamento ou colete um novo.", ES: "Use un mandato válido y activo de este medio de pago o recopile uno nuevo."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_intent_payment_attempt_expired",
			Category: StateCategory,
			Title:    Text{EN: "Payment attempt expired", PT: "Tentativa de pagamento expirou", ES: "El intento de pago expiró"},
			Meaning:  Text{EN: "The latest payment attempt for the PaymentIntent has expired.", PT: "A última tentativa de pagamento do PaymentIntent expirou.", ES: "El último intento de pago del PaymentIntent expiró."},
			Fix: []Text{
				Text{EN: "Check last_payment_error and provide a new payment method to try again.", PT: "Veja last_payment_error e informe um novo meio de pagamento para tentar de novo.", ES: "Revise last_payment_error e indique un nuevo medio de pago para reintentar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_intent_payment_attempt_failed",
			Category: Business,
			Title:    Text{EN: "Payment attempt failed", PT: "Tentativa de pagamento falhou", ES: "El intento de pago falló"},
			Meaning:  Text{EN: "The latest payment attempt for the PaymentIntent has failed.", PT: "A última tentativa de pagamento do PaymentIntent falhou.", ES: "El último intento de pago del PaymentIntent falló."},
			Fix: []Text{
				Text{EN: "Check last_payment_error and provide a new payment method to try again.", PT: "Veja last_payment_error e informe um novo meio de pagamento para tentar de novo.", ES: "Revise last_payment_error e indique un nuevo medio de pago para reintentar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_intent_rate_limit_exceeded",
			Category: RateLimit,
			Title:    Text{EN: "Too many attempts on this PaymentIntent", PT: "Tentativas demais neste PaymentIntent", ES: "Demasiados intentos en este PaymentIntent"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says a rate limit on PaymentIntent operations was exceeded.", PT: "A Stripe lista este código sem descrição; o nome indica que um limite de frequência de operações de PaymentIntent foi excedido.", ES: "Stripe lista este código sin descripción; su nombre indica que se superó un límite de frecuencia de operaciones de PaymentIntent."},
			Fix: []Text{
				Text{EN: "Slow down and retry later with exponential backoff.", PT: "Diminua o ritmo e tente mais tarde com backoff exponencial.", ES: "Baje el ritmo y reintente más tarde con backoff exponencial."},
			},
			Retry:  Backoff,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "payment_method_bank_account_already_verified",
			Category: StateCategory,
			Title:    Text{EN: "Bank account already verified", PT: "Conta bancária já verificada", ES: "Cuenta bancaria ya verificada"},
			Meaning:  Text{EN: "This bank account has already been verified.", PT: "Esta conta bancária já foi verificada.", ES: "Esta cuenta bancaria ya fue verificada."},
			Fix: []Text{
				Text{EN: "Skip the verification step; the payment method is ready to use.", PT: "Pule a verificação; o meio de pagamento já pode ser usado.", ES: "Omita la verificación; el medio de pago ya se puede usar."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_bank_account_blocked",
			Category: Business,
			Title:    Text{EN: "Bank account blocked", PT: "Conta bancária bloqueada", ES: "Cuenta bancaria bloqueada"},
			Meaning:  Text{EN: "This bank account has failed verification in the past and cannot be used.", PT: "Esta conta bancária já falhou na verificação e não pode ser usada.", ES: "Esta cuenta bancaria falló la verificación antes y no se puede usar."},
			Fix: []Text{
				Text{EN: "Use another bank account, or contact Stripe to use these credentials.", PT: "Use outra conta bancária ou fale com a Stripe para usar esses dados.", ES: "Use otra cuenta bancaria o contacte a Stripe para usar esos datos."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_billing_details_address_missing",
			Category: Validation,
			Title:    Text{EN: "Billing address missing", PT: "Endereço de cobrança ausente", ES: "Falta la dirección de facturación"},
			Meaning:  Text{EN: "The PaymentMethod's billing details are missing address details.", PT: "Os dados de cobrança do PaymentMethod estão sem endereço.", ES: "Los datos de facturación del PaymentMethod no tienen dirección."},
			Fix: []Text{
				Text{EN: "Fill in the missing billing_details.address fields and try again.", PT: "Preencha os campos ausentes de billing_details.address e tente de novo.", ES: "Complete los campos faltantes de billing_details.address y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_configuration_failures",
			Category: Validation,
			Title:    Text{EN: "Payment method configuration failed", PT: "Falha na configuração de meios de pagamento", ES: "Falló la configuración de medios de pago"},
			Meaning:  Text{EN: "The attempt to create or modify the Payment Method Configuration was unsuccessful.", PT: "A tentativa de criar ou alterar a Payment Method Configuration não deu certo.", ES: "No se pudo crear ni modificar la Payment Method Configuration."},
			Fix: []Text{
				Text{EN: "Read error.message, correct the configuration and resend.", PT: "Leia error.message, corrija a configuração e reenvie.", ES: "Lea error.message, corrija la configuración y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_currency_mismatch",
			Category: Validation,
			Title:    Text{EN: "Currency differs from payment method's", PT: "Moeda diferente da do meio de pagamento", ES: "Moneda distinta a la del medio de pago"},
			Meaning:  Text{EN: "The currency specified does not match the currency of the attached payment method; a payment must use the payment method's currency.", PT: "A moeda informada não corresponde à do meio de pagamento vinculado; o pagamento precisa usar a moeda dele.", ES: "La moneda indicada no coincide con la del medio de pago vinculado; el pago debe usar su moneda."},
			Fix: []Text{
				Text{EN: "Create the payment in the payment method's currency.", PT: "Crie o pagamento na moeda do meio de pagamento.", ES: "Cree el pago en la moneda del medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_customer_decline",
			Category: Business,
			Title:    Text{EN: "Customer did not approve the payment", PT: "Cliente não aprovou o pagamento", ES: "El cliente no aprobó el pago"},
			Meaning:  Text{EN: "The customer did not approve the payment.", PT: "O cliente não aprovou o pagamento.", ES: "El cliente no aprobó el pago."},
			Fix: []Text{
				Text{EN: "Provide a new payment method to try the intent again.", PT: "Informe um novo meio de pagamento para tentar o intent de novo.", ES: "Indique un nuevo medio de pago para reintentar el intent."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_invalid_parameter",
			Category: Validation,
			Title:    Text{EN: "Invalid parameter in payment method", PT: "Parâmetro inválido no meio de pagamento", ES: "Parámetro no válido en el medio de pago"},
			Meaning:  Text{EN: "An invalid parameter was provided in the payment method object.", PT: "Um parâmetro inválido foi enviado no objeto do meio de pagamento.", ES: "Se envió un parámetro no válido en el objeto del medio de pago."},
			Fix: []Text{
				Text{EN: "Check error.message and error.param and correct the payment method data.", PT: "Veja error.message e error.param e corrija os dados do meio de pagamento.", ES: "Revise error.message y error.param y corrija los datos del medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_invalid_parameter_testmode",
			Category: Validation,
			Title:    Text{EN: "Parameter not allowed in test mode", PT: "Parâmetro não permitido em modo de teste", ES: "Parámetro no permitido en modo de prueba"},
			Meaning:  Text{EN: "The payment method parameter provided is not allowed in test mode.", PT: "O parâmetro do meio de pagamento informado não é permitido em modo de teste.", ES: "El parámetro del medio de pago indicado no se permite en modo de prueba."},
			Fix: []Text{
				Text{EN: "Use Stripe's test values for that parameter, or run it in live mode.", PT: "Use os valores de teste da Stripe nesse parâmetro ou execute em produção.", ES: "Use los valores de prueba de Stripe en ese parámetro o ejecútelo en modo real."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_microdeposit_failed",
			Category: Business,
			Title:    Text{EN: "Microdeposits could not be sent", PT: "Microdepósitos não puderam ser enviados", ES: "No se pudieron enviar los microdepósitos"},
			Meaning:  Text{EN: "Microdeposits could not be deposited into the customer's bank account.", PT: "Os microdepósitos não puderam ser creditados na conta bancária do cliente.", ES: "No se pudieron depositar los microdepósitos en la cuenta bancaria del cliente."},
			Fix: []Text{
				Text{EN: "Check the account, institution and transit numbers and the currency, then try again.", PT: "Confira os números da conta, da instituição e de trânsito e a moeda, e tente de novo.", ES: "Revise los números de cuenta, institución y tránsito y la moneda, y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_microdeposit_processing_error",
			Category: Upstream,
			Title:    Text{EN: "Microdeposit processing error", PT: "Erro ao processar microdepósitos", ES: "Error al procesar microdepósitos"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says an error occurred while processing microdeposits.", PT: "A Stripe lista este código sem descrição; o nome indica um erro no processamento dos microdepósitos.", ES: "Stripe lista este código sin descripción; su nombre indica un error al procesar los microdepósitos."},
			Fix: []Text{
				Text{EN: "Retry later; if it persists, contact Stripe support.", PT: "Tente de novo mais tarde; se persistir, fale com o suporte da Stripe.", ES: "Reintente más tarde; si persiste, contacte al soporte de Stripe."},
			},
			Retry:  Backoff,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "payment_method_microdeposit_verification_amounts_invalid",
			Category: Validation,
			Title:    Text{EN: "Exactly two microdeposit amounts required", PT: "São exigidos exatamente dois valores", ES: "Se requieren exactamente dos montos"},
			Meaning:  Text{EN: "Exactly two microdeposit amounts must be provided.", PT: "É preciso informar exatamente dois valores de microdepósito.", ES: "Se deben indicar exactamente dos montos de microdepósito."},
			Fix: []Text{
				Text{EN: "Send both microdeposit amounts.", PT: "Envie os dois valores de microdepósito.", ES: "Envíe los dos montos de microdepósito."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_microdeposit_verification_amounts_mismatch",
			Category: Validation,
			Title:    Text{EN: "Microdeposit amounts do not match", PT: "Valores de microdepósito não conferem", ES: "Los montos de microdepósito no coinciden"},
			Meaning:  Text{EN: "The amounts provided do not match the amounts sent to the bank account.", PT: "Os valores informados não conferem com os enviados à conta bancária.", ES: "Los montos indicados no coinciden con los enviados a la cuenta bancaria."},
			Fix: []Text{
				Text{EN: "Have the customer check the bank statement and enter the exact amounts.", PT: "Peça ao cliente que confira o extrato e digite os valores exatos.", ES: "Pida al cliente revisar el extracto e ingresar los montos exactos."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_microdeposit_verification_attempts_exceeded",
			Category: Business,
			Title:    Text{EN: "Too many verification attempts", PT: "Tentativas de verificação esgotadas", ES: "Se agotaron los intentos de verificación"},
			Meaning:  Text{EN: "The number of allowed verification attempts has been exceeded.", PT: "O número permitido de tentativas de verificação foi excedido.", ES: "Se superó el número permitido de intentos de verificación."},
			Fix: []Text{
				Text{EN: "Add the bank account again or use another payment method.", PT: "Cadastre a conta bancária de novo ou use outro meio de pagamento.", ES: "Registre de nuevo la cuenta bancaria o use otro medio de pago."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_microdeposit_verification_descriptor_code_mismatch",
			Category: Validation,
			Title:    Text{EN: "Verification code does not match", PT: "Código de verificação não confere", ES: "El código de verificación no coincide"},
			Meaning:  Text{EN: "The verification code provided does not match the one sent to the bank account.", PT: "O código de verificação informado não confere com o enviado à conta bancária.", ES: "El código de verificación indicado no coincide con el enviado a la cuenta bancaria."},
			Fix: []Text{
				Text{EN: "Have the customer enter the code exactly as shown on the bank statement.", PT: "Peça ao cliente que digite o código exatamente como aparece no extrato.", ES: "Pida al cliente ingresar el código tal como aparece en el extracto."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_microdeposit_verification_timeout",
			Category: StateCategory,
			Title:    Text{EN: "Microdeposit verification window expired", PT: "Prazo de verificação expirou", ES: "Venció el plazo de verificación"},
			Meaning:  Text{EN: "The payment method was not verified with microdeposits within the required period.", PT: "O meio de pagamento não foi verificado com microdepósitos dentro do prazo exigido.", ES: "El medio de pago no se verificó con microdepósitos dentro del plazo requerido."},
			Fix: []Text{
				Text{EN: "Start the bank account setup again to get new microdeposits.", PT: "Refaça o cadastro da conta bancária para receber novos microdepósitos.", ES: "Vuelva a registrar la cuenta bancaria para recibir nuevos microdepósitos."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_provider_decline",
			Category: Business,
			Title:    Text{EN: "Declined by issuer or customer", PT: "Recusado pelo emissor ou pelo cliente", ES: "Rechazado por el emisor o el cliente"},
			Meaning:  Text{EN: "The payment or setup attempt was declined by the issuer or the customer.", PT: "A tentativa de pagamento ou configuração foi recusada pelo emissor ou pelo cliente.", ES: "El intento de pago o configuración fue rechazado por el emisor o el cliente."},
			Fix: []Text{
				Text{EN: "Check last_payment_error/last_setup_error and provide a new payment method.", PT: "Veja last_payment_error/last_setup_error e informe um novo meio de pagamento.", ES: "Revise last_payment_error/last_setup_error e indique un nuevo medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_provider_timeout",
			Category: Timeout,
			Title:    Text{EN: "Payment method timed out", PT: "Meio de pagamento excedeu o tempo", ES: "El medio de pago agotó el tiempo"},
			Meaning:  Text{EN: "The payment method failed due to a timeout.", PT: "O meio de pagamento falhou por excesso de tempo.", ES: "El medio de pago falló por tiempo de espera agotado."},
			Fix: []Text{
				Text{EN: "Check last_payment_error/last_setup_error and provide a new payment method to try again.", PT: "Veja last_payment_error/last_setup_error e informe um novo meio de pagamento para tentar de novo.", ES: "Revise last_payment_error/last_setup_error e indique un nuevo medio de pago para reintentar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_unactivated",
			Category: Business,
			Title:    Text{EN: "Payment method not activated", PT: "Meio de pagamento não ativado", ES: "Medio de pago no activado"},
			Meaning:  Text{EN: "The operation cannot be performed because the payment method used has not been activated.", PT: "A operação não pode ser feita porque o meio de pagamento não foi ativado.", ES: "La operación no se puede realizar porque el medio de pago no está activado."},
			Fix: []Text{
				Text{EN: "Activate the payment method in the Dashboard, then try again.", PT: "Ative o meio de pagamento no Dashboard e tente de novo.", ES: "Active el medio de pago en el Dashboard y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_unexpected_state",
			Category: StateCategory,
			Title:    Text{EN: "Payment method in unexpected state", PT: "Meio de pagamento em estado inesperado", ES: "Medio de pago en estado inesperado"},
			Meaning:  Text{EN: "The payment method's state was incompatible with the operation.", PT: "O estado do meio de pagamento era incompatível com a operação.", ES: "El estado del medio de pago era incompatible con la operación."},
			Fix: []Text{
				Text{EN: "Check that the payment method is in a state allowed for the operation before retrying.", PT: "Confirme que o meio de pagamento está num estado permitido para a operação antes de repetir.", ES: "Confirme que el medio de pago esté en un estado permitido antes de reintentar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payment_method_unsupported_type",
			Category: Validation,
			Title:    Text{EN: "Payment method type not supported", PT: "Tipo de meio de pagamento não aceito", ES: "Tipo de medio de pago no admitido"},
			Meaning:  Text{EN: "The API only supports payment methods of certain types.", PT: "A API só aceita meios de pagamento de certos tipos.", ES: "La API solo admite medios de pago de ciertos tipos."},
			Fix: []Text{
				Text{EN: "Use a payment method type supported by this endpoint.", PT: "Use um tipo de meio de pagamento aceito por este endpoint.", ES: "Use un tipo de medio de pago admitido por este endpoint."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payout_reconciliation_not_ready",
			Category: StateCategory,
			Title:    Text{EN: "Payout reconciliation in progress", PT: "Conciliação do repasse em andamento", ES: "Conciliación del pago en curso"},
			Meaning:  Text{EN: "Reconciliation for this payout is still in progress.", PT: "A conciliação deste repasse ainda está em andamento.", ES: "La conciliación de este pago aún está en curso."},
			Fix: []Text{
				Text{EN: "Retry later, once reconciliation finishes.", PT: "Tente de novo quando a conciliação terminar.", ES: "Reintente cuando termine la conciliación."},
			},
			Retry:  Backoff,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payouts_limit_exceeded",
			Category: RateLimit,
			Title:    Text{EN: "Daily payout limit reached", PT: "Limite diário de repasses atingido", ES: "Límite diario de pagos alcanzado"},
			Meaning:  Text{EN: "The daily processing limit for this payout type has been reached.", PT: "O limite diário de processamento deste tipo de repasse foi atingido.", ES: "Se alcanzó el límite diario de procesamiento de este tipo de pago."},
			Fix: []Text{
				Text{EN: "Use another payout type or wait until the next day.", PT: "Use outro tipo de repasse ou aguarde o dia seguinte.", ES: "Use otro tipo de pago o espere al día siguiente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "payouts_not_allowed",
			Category: Business,
			Title:    Text{EN: "Payouts disabled on account", PT: "Repasses desativados na conta", ES: "Pagos deshabilitados en la cuenta"},
			Meaning:  Text{EN: "Payouts have been disabled on the connected account.", PT: "Os repasses foram desativados na conta conectada.", ES: "Los pagos se deshabilitaron en la cuenta conectada."},
			Fix: []Text{
				Text{EN: "Check the connected account's requirements and status and provide any missing information.", PT: "Confira os requisitos e o status da conta conectada e envie as informações pendentes.", ES: "Revise los requisitos y el estado de la cuenta conectada y envíe la información pendiente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "platform_account_required",
			Category: Authorization,
			Title:    Text{EN: "Only Connect platforms can do this", PT: "Só plataformas Connect podem fazer isso", ES: "Solo plataformas Connect pueden hacerlo"},
			Meaning:  Text{EN: "Only Stripe Connect platforms can work with other accounts.", PT: "Só plataformas Stripe Connect podem operar com outras contas.", ES: "Solo las plataformas Stripe Connect pueden operar con otras cuentas."},
			Fix: []Text{
				Text{EN: "Set up a Connect platform in the Dashboard, or drop the Stripe-Account header.", PT: "Configure uma plataforma Connect no Dashboard ou remova o cabeçalho Stripe-Account.", ES: "Configure una plataforma Connect en el Dashboard o quite el encabezado Stripe-Account."},
			},
			Retry:  Fix,
			Match:  []string{"only stripe connect platforms can work with other accounts"},
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "platform_api_key_expired",
			Category: Authentication,
			Title:    Text{EN: "Platform API key expired", PT: "Chave de API da plataforma expirou", ES: "La clave de API de la plataforma expiró"},
			Meaning:  Text{EN: "The API key of your Connect platform has expired: the platform generated a new key or the connected account was disconnected.", PT: "A chave de API da plataforma Connect expirou: a plataforma gerou outra chave ou a conta conectada foi desconectada.", ES: "La clave de API de su plataforma Connect expiró: se generó otra clave o la cuenta conectada se desconectó."},
			Fix: []Text{
				Text{EN: "Use the current API keys from the Dashboard, or reconnect the account.", PT: "Use as chaves de API atuais do Dashboard ou reconecte a conta.", ES: "Use las claves de API actuales del Dashboard o vuelva a conectar la cuenta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "postal_code_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid postal code", PT: "CEP inválido", ES: "Código postal no válido"},
			Meaning:  Text{EN: "The postal code provided was incorrect.", PT: "O CEP (código postal) informado está incorreto.", ES: "El código postal indicado es incorrecto."},
			Fix: []Text{
				Text{EN: "Correct the postal code and resend.", PT: "Corrija o CEP e reenvie.", ES: "Corrija el código postal y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "product_inactive",
			Category: StateCategory,
			Title:    Text{EN: "Product no longer available", PT: "Produto não está mais disponível", ES: "El producto ya no está disponible"},
			Meaning:  Text{EN: "The product this SKU belongs to is no longer available for purchase.", PT: "O produto ao qual este SKU pertence não está mais disponível para compra.", ES: "El producto al que pertenece este SKU ya no está disponible."},
			Fix: []Text{
				Text{EN: "Use an active product or reactivate this one.", PT: "Use um produto ativo ou reative este.", ES: "Use un producto activo o reactive este."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "progressive_onboarding_limit_exceeded",
			Category: Business,
			Title:    Text{EN: "Progressive onboarding limit reached", PT: "Limite do onboarding progressivo atingido", ES: "Límite del onboarding progresivo alcanzado"},
			Meaning:  Text{EN: "The progressive onboarding limit has been reached for the platform.", PT: "O limite do onboarding progressivo da plataforma foi atingido.", ES: "Se alcanzó el límite del onboarding progresivo de la plataforma."},
			Fix: []Text{
				Text{EN: "Collect the remaining account requirements to lift the limit.", PT: "Colete os requisitos pendentes da conta para liberar o limite.", ES: "Recopile los requisitos pendientes de la cuenta para levantar el límite."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "refer_to_customer",
			Category: Business,
			Title:    Text{EN: "Customer stopped the payment", PT: "Cliente sustou o pagamento", ES: "El cliente detuvo el pago"},
			Meaning:  Text{EN: "The customer has stopped the payment with their bank.", PT: "O cliente sustou o pagamento junto ao banco.", ES: "El cliente detuvo el pago con su banco."},
			Fix: []Text{
				Text{EN: "Contact the customer for details and to arrange payment another way.", PT: "Fale com o cliente para entender e combinar outra forma de pagamento.", ES: "Contacte al cliente para conocer detalles y acordar otra forma de pago."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "refund_disputed_payment",
			Category: StateCategory,
			Title:    Text{EN: "Disputed payment cannot be refunded", PT: "Pagamento contestado não pode ser reembolsado", ES: "No se puede reembolsar un pago disputado"},
			Meaning:  Text{EN: "A disputed payment cannot be refunded.", PT: "Um pagamento contestado não pode ser reembolsado.", ES: "Un pago disputado no se puede reembolsar."},
			Fix: []Text{
				Text{EN: "Handle the dispute instead of refunding.", PT: "Trate a contestação em vez de reembolsar.", ES: "Gestione la disputa en lugar de reembolsar."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "request_blocked",
			Category: Authorization,
			Title:    Text{EN: "Request blocked", PT: "Requisição bloqueada", ES: "Solicitud bloqueada"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says Stripe blocked the request.", PT: "A Stripe lista este código sem descrição; o nome indica que a Stripe bloqueou a requisição.", ES: "Stripe lista este código sin descripción; su nombre indica que Stripe bloqueó la solicitud."},
			Fix: []Text{
				Text{EN: "Read error.message; if the reason is unclear, contact Stripe support with the request id.", PT: "Leia error.message; se o motivo não ficar claro, fale com o suporte da Stripe informando o id da requisição.", ES: "Lea error.message; si el motivo no es claro, contacte al soporte de Stripe con el id de la solicitud."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "return_intent_already_processed",
			Category: StateCategory,
			Title:    Text{EN: "Refund already processed", PT: "Reembolso já processado", ES: "Reembolso ya procesado"},
			Meaning:  Text{EN: "The refund cannot be confirmed because it has already been processed.", PT: "O reembolso não pode ser confirmado porque já foi processado.", ES: "El reembolso no se puede confirmar porque ya se procesó."},
			Fix: []Text{
				Text{EN: "Retrieve the refund to see its final status; do not confirm again.", PT: "Consulte o reembolso para ver o status final; não confirme de novo.", ES: "Consulte el reembolso para ver su estado final; no lo confirme de nuevo."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "routing_number_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid bank routing number", PT: "Código do banco inválido", ES: "Número de ruta bancaria no válido"},
			Meaning:  Text{EN: "The bank routing number provided is invalid.", PT: "O número de roteamento (código do banco) informado é inválido.", ES: "El número de ruta bancaria indicado no es válido."},
			Fix: []Text{
				Text{EN: "Correct the routing number for the bank account's country.", PT: "Corrija o número de roteamento conforme o país da conta.", ES: "Corrija el número de ruta según el país de la cuenta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "sepa_unsupported_account",
			Category: Business,
			Title:    Text{EN: "Account does not support SEPA", PT: "Conta não aceita SEPA", ES: "La cuenta no admite SEPA"},
			Meaning:  Text{EN: "Your account does not support SEPA payments.", PT: "Sua conta não aceita pagamentos SEPA.", ES: "Su cuenta no admite pagos SEPA."},
			Fix: []Text{
				Text{EN: "Use another payment method or ask Stripe about SEPA availability.", PT: "Use outro meio de pagamento ou consulte a Stripe sobre o SEPA.", ES: "Use otro medio de pago o consulte a Stripe sobre SEPA."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "service_period_coupon_with_metered_tiered_item_unsupported",
			Category: Validation,
			Title:    Text{EN: "Coupon unsupported with metered tiered item", PT: "Cupom incompatível com item medido por faixas", ES: "Cupón incompatible con ítem medido escalonado"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says a service-period coupon is not supported with a metered, tiered item.", PT: "A Stripe lista este código sem descrição; o nome indica que cupom por período de serviço não é aceito com item medido por faixas.", ES: "Stripe lista este código sin descripción; su nombre indica que un cupón por período de servicio no se admite con un ítem medido escalonado."},
			Fix: []Text{
				Text{EN: "Remove the coupon from that item or use a different pricing model.", PT: "Remova o cupom desse item ou use outro modelo de preço.", ES: "Quite el cupón de ese ítem o use otro modelo de precio."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "setup_attempt_failed",
			Category: Business,
			Title:    Text{EN: "Setup attempt failed", PT: "Tentativa de configuração falhou", ES: "Falló el intento de configuración"},
			Meaning:  Text{EN: "The latest setup attempt for the SetupIntent has failed.", PT: "A última tentativa de configuração do SetupIntent falhou.", ES: "El último intento de configuración del SetupIntent falló."},
			Fix: []Text{
				Text{EN: "Check last_setup_error and provide a new payment method to set it up again.", PT: "Veja last_setup_error e informe um novo meio de pagamento para configurar de novo.", ES: "Revise last_setup_error e indique un nuevo medio de pago para volver a configurar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "setup_intent_authentication_failure",
			Category: Business,
			Title:    Text{EN: "SetupIntent authentication failed", PT: "Autenticação do SetupIntent falhou", ES: "Falló la autenticación del SetupIntent"},
			Meaning:  Text{EN: "The payment method failed authentication.", PT: "O meio de pagamento falhou na autenticação.", ES: "El medio de pago falló la autenticación."},
			Fix: []Text{
				Text{EN: "Provide a new payment method to try the SetupIntent again.", PT: "Informe um novo meio de pagamento para tentar o SetupIntent de novo.", ES: "Indique un nuevo medio de pago para reintentar el SetupIntent."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "setup_intent_invalid_parameter",
			Category: Validation,
			Title:    Text{EN: "Parameter not allowed for this SetupIntent", PT: "Parâmetro não permitido no SetupIntent", ES: "Parámetro no permitido en el SetupIntent"},
			Meaning:  Text{EN: "One or more parameters were not allowed for the operation on the SetupIntent.", PT: "Um ou mais parâmetros não são permitidos para a operação no SetupIntent.", ES: "Uno o más parámetros no se permiten en la operación sobre el SetupIntent."},
			Fix: []Text{
				Text{EN: "Check error.message and the SetupIntents API reference and correct those values.", PT: "Veja error.message e a referência da API de SetupIntents e corrija esses valores.", ES: "Revise error.message y la referencia de la API de SetupIntents y corrija esos valores."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "setup_intent_mandate_invalid",
			Category: Validation,
			Title:    Text{EN: "Mandate invalid for SetupIntent", PT: "Mandato inválido para o SetupIntent", ES: "Mandato no válido para el SetupIntent"},
			Meaning:  Text{EN: "The mandate provided is invalid and cannot be used for the setup intent.", PT: "O mandato informado é inválido e não pode ser usado no SetupIntent.", ES: "El mandato indicado no es válido y no se puede usar en el SetupIntent."},
			Fix: []Text{
				Text{EN: "Use a valid, active mandate or collect a new one.", PT: "Use um mandato válido e ativo ou colete um novo.", ES: "Use un mandato válido y activo o recopile uno nuevo."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "setup_intent_mobile_wallet_unsupported",
			Category: Validation,
			Title:    Text{EN: "Mobile wallet not supported for setup", PT: "Carteira digital não aceita na configuração", ES: "Billetera móvil no admitida en la configuración"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the mobile wallet is not supported for this SetupIntent.", PT: "A Stripe lista este código sem descrição; o nome indica que a carteira digital não é aceita neste SetupIntent.", ES: "Stripe lista este código sin descripción; su nombre indica que la billetera móvil no se admite en este SetupIntent."},
			Fix: []Text{
				Text{EN: "Save a different payment method type, or use the wallet in a PaymentIntent instead.", PT: "Salve outro tipo de meio de pagamento ou use a carteira num PaymentIntent.", ES: "Guarde otro tipo de medio de pago o use la billetera en un PaymentIntent."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "setup_intent_setup_attempt_expired",
			Category: StateCategory,
			Title:    Text{EN: "Setup attempt expired", PT: "Tentativa de configuração expirou", ES: "El intento de configuración expiró"},
			Meaning:  Text{EN: "The latest setup attempt for the SetupIntent has expired.", PT: "A última tentativa de configuração do SetupIntent expirou.", ES: "El último intento de configuración del SetupIntent expiró."},
			Fix: []Text{
				Text{EN: "Check last_setup_error and provide a new payment method to complete the SetupIntent.", PT: "Veja last_setup_error e informe um novo meio de pagamento para concluir o SetupIntent.", ES: "Revise last_setup_error e indique un nuevo medio de pago para completar el SetupIntent."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "setup_intent_unexpected_state",
			Category: StateCategory,
			Title:    Text{EN: "SetupIntent in wrong state", PT: "SetupIntent em estado inválido", ES: "SetupIntent en estado no válido"},
			Meaning:  Text{EN: "The SetupIntent's state was incompatible with the operation.", PT: "O estado do SetupIntent era incompatível com a operação.", ES: "El estado del SetupIntent era incompatible con la operación."},
			Fix: []Text{
				Text{EN: "Retrieve the SetupIntent, check its status and call an operation that status allows.", PT: "Consulte o SetupIntent, veja o status e chame uma operação que esse status permita.", ES: "Consulte el SetupIntent, revise su estado y llame una operación que ese estado permita."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "shipping_address_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid shipping address", PT: "Endereço de entrega inválido", ES: "Dirección de envío no válida"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the shipping address is invalid.", PT: "A Stripe lista este código sem descrição; o nome indica que o endereço de entrega é inválido.", ES: "Stripe lista este código sin descripción; su nombre indica que la dirección de envío no es válida."},
			Fix: []Text{
				Text{EN: "Correct the shipping address fields named in error.param and resend.", PT: "Corrija os campos do endereço de entrega indicados em error.param e reenvie.", ES: "Corrija los campos de la dirección de envío indicados en error.param y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "shipping_calculation_failed",
			Category: Validation,
			Title:    Text{EN: "Shipping calculation failed", PT: "Falha no cálculo do frete", ES: "Falló el cálculo del envío"},
			Meaning:  Text{EN: "The shipping calculation failed because the information provided was incorrect or could not be verified.", PT: "O cálculo do frete falhou porque as informações estavam incorretas ou não puderam ser verificadas.", ES: "El cálculo del envío falló porque la información era incorrecta o no se pudo verificar."},
			Fix: []Text{
				Text{EN: "Check the shipping address and items and try again.", PT: "Confira o endereço de entrega e os itens e tente de novo.", ES: "Revise la dirección de envío y los ítems y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "siret_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid SIRET number", PT: "Número SIRET inválido", ES: "Número SIRET no válido"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the SIRET (French business identifier) is invalid.", PT: "A Stripe lista este código sem descrição; o nome indica que o SIRET (identificador de empresas francês) é inválido.", ES: "Stripe lista este código sin descripción; su nombre indica que el SIRET (identificador de empresas francés) no es válido."},
			Fix: []Text{
				Text{EN: "Send a valid 14-digit SIRET.", PT: "Envie um SIRET válido de 14 dígitos.", ES: "Envíe un SIRET válido de 14 dígitos."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "sku_inactive",
			Category: StateCategory,
			Title:    Text{EN: "SKU inactive", PT: "SKU inativo", ES: "SKU inactivo"},
			Meaning:  Text{EN: "The SKU is inactive and no longer available for purchase.", PT: "O SKU está inativo e não está mais disponível para compra.", ES: "El SKU está inactivo y ya no está disponible para la compra."},
			Fix: []Text{
				Text{EN: "Use a different SKU, or make this SKU active again.", PT: "Use outro SKU ou reative este.", ES: "Use otro SKU o vuelva a activar este."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "state_unsupported",
			Category: Validation,
			Title:    Text{EN: "US state not supported", PT: "Estado dos EUA não aceito", ES: "Estado de EE. UU. no admitido"},
			Meaning:  Text{EN: "The state given in legal_entity for a US custom account is not supported (mostly associated states and territories).", PT: "O estado informado em legal_entity para conta custom dos EUA não é aceito (em geral estados associados e territórios).", ES: "El estado indicado en legal_entity para una cuenta custom de EE. UU. no se admite (sobre todo estados asociados y territorios)."},
			Fix: []Text{
				Text{EN: "Use a supported US state for the account.", PT: "Use um estado dos EUA aceito para a conta.", ES: "Use un estado de EE. UU. admitido para la cuenta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "status_transition_invalid",
			Category: StateCategory,
			Title:    Text{EN: "Invalid status transition", PT: "Transição de status inválida", ES: "Transición de estado no válida"},
			Meaning:  Text{EN: "The requested status transition is not valid.", PT: "A transição de status pedida não é válida.", ES: "La transición de estado solicitada no es válida."},
			Fix: []Text{
				Text{EN: "Check the object's current status and request a transition it allows.", PT: "Confira o status atual do objeto e peça uma transição permitida.", ES: "Revise el estado actual del objeto y pida una transición permitida."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "storer_capability_missing",
			Category: Business,
			Title:    Text{EN: "Storer capability missing", PT: "Capacidade storer ausente", ES: "Falta la capacidad storer"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the account lacks the storer capability this operation needs.", PT: "A Stripe lista este código sem descrição; o nome indica que a conta não tem a capacidade storer exigida pela operação.", ES: "Stripe lista este código sin descripción; su nombre indica que a la cuenta le falta la capacidad storer necesaria."},
			Fix: []Text{
				Text{EN: "Request the storer capability for the account, then retry.", PT: "Solicite a capacidade storer para a conta e tente de novo.", ES: "Solicite la capacidad storer para la cuenta y reintente."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "storer_capability_not_active",
			Category: Business,
			Title:    Text{EN: "Storer capability not active", PT: "Capacidade storer não ativa", ES: "La capacidad storer no está activa"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the account's storer capability is not active yet.", PT: "A Stripe lista este código sem descrição; o nome indica que a capacidade storer da conta ainda não está ativa.", ES: "Stripe lista este código sin descripción; su nombre indica que la capacidad storer de la cuenta aún no está activa."},
			Fix: []Text{
				Text{EN: "Resolve the capability's pending requirements, then retry.", PT: "Resolva os requisitos pendentes da capacidade e tente de novo.", ES: "Resuelva los requisitos pendientes de la capacidad y reintente."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "stripe_tax_inactive",
			Category: Business,
			Title:    Text{EN: "Stripe Tax not activated", PT: "Stripe Tax não ativado", ES: "Stripe Tax no activado"},
			Meaning:  Text{EN: "Stripe Tax has not been activated on your account.", PT: "O Stripe Tax não foi ativado na sua conta.", ES: "Stripe Tax no se activó en su cuenta."},
			Fix: []Text{
				Text{EN: "Activate Stripe Tax following the setup documentation.", PT: "Ative o Stripe Tax seguindo a documentação de configuração.", ES: "Active Stripe Tax siguiendo la documentación de configuración."},
			},
			Retry:  Fix,
			Match:  []string{"stripe tax has not been activated on your account"},
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "tax_id_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid tax ID", PT: "ID fiscal inválido", ES: "Identificación fiscal no válida"},
			Meaning:  Text{EN: "The tax ID number provided is invalid (e.g. missing digits).", PT: "O número de identificação fiscal informado é inválido (ex.: faltam dígitos).", ES: "El número de identificación fiscal indicado no es válido (p. ej., faltan dígitos)."},
			Fix: []Text{
				Text{EN: "Correct the tax ID for the country's format and resend.", PT: "Corrija o ID fiscal no formato do país e reenvie.", ES: "Corrija la identificación fiscal según el formato del país y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "tax_id_prohibited",
			Category: Validation,
			Title:    Text{EN: "Tax ID not allowed", PT: "ID fiscal não permitido", ES: "Identificación fiscal no permitida"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says this tax ID is not allowed here.", PT: "A Stripe lista este código sem descrição; o nome indica que este ID fiscal não é permitido aqui.", ES: "Stripe lista este código sin descripción; su nombre indica que esta identificación fiscal no se permite aquí."},
			Fix: []Text{
				Text{EN: "Read error.message and remove or replace the tax ID.", PT: "Leia error.message e remova ou troque o ID fiscal.", ES: "Lea error.message y quite o reemplace la identificación fiscal."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "taxes_calculation_failed",
			Category: Upstream,
			Title:    Text{EN: "Tax calculation for order failed", PT: "Cálculo de impostos do pedido falhou", ES: "Falló el cálculo de impuestos del pedido"},
			Meaning:  Text{EN: "Tax calculation for the order failed.", PT: "O cálculo de impostos do pedido falhou.", ES: "Falló el cálculo de impuestos del pedido."},
			Fix: []Text{
				Text{EN: "Check the order's address and tax settings and try again.", PT: "Confira o endereço e a configuração de impostos do pedido e tente de novo.", ES: "Revise la dirección y la configuración de impuestos del pedido y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "terminal_location_country_unsupported",
			Category: Business,
			Title:    Text{EN: "Terminal not available in this country", PT: "Terminal indisponível neste país", ES: "Terminal no disponible en este país"},
			Meaning:  Text{EN: "Terminal is only available in some countries; locations in your country cannot be created in live mode.", PT: "O Terminal só está disponível em alguns países; locais no seu país não podem ser criados em produção.", ES: "Terminal solo está disponible en algunos países; no se pueden crear ubicaciones de su país en modo real."},
			Fix: []Text{
				Text{EN: "Create locations only in countries where Terminal is available.", PT: "Crie locais apenas em países onde o Terminal está disponível.", ES: "Cree ubicaciones solo en países donde Terminal esté disponible."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "terminal_reader_busy",
			Category: Conflict,
			Title:    Text{EN: "Reader busy", PT: "Leitor ocupado", ES: "Lector ocupado"},
			Meaning:  Text{EN: "The reader is busy processing another request.", PT: "O leitor está ocupado processando outra requisição.", ES: "El lector está ocupado procesando otra solicitud."},
			Fix: []Text{
				Text{EN: "Wait for the current action to finish (or cancel it), then retry.", PT: "Aguarde a ação atual terminar (ou cancele-a) e tente de novo.", ES: "Espere a que termine la acción actual (o cancélela) y reintente."},
			},
			Retry:  Backoff,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "terminal_reader_hardware_fault",
			Category: Internal,
			Title:    Text{EN: "Reader hardware fault", PT: "Falha de hardware no leitor", ES: "Falla de hardware del lector"},
			Meaning:  Text{EN: "The reader can no longer accept payments because an unrecoverable hardware fault was detected.", PT: "O leitor não aceita mais pagamentos porque foi detectada uma falha de hardware irrecuperável.", ES: "El lector ya no acepta pagos porque se detectó una falla de hardware irrecuperable."},
			Fix: []Text{
				Text{EN: "Contact Stripe support with the reader's serial number for a replacement.", PT: "Fale com o suporte da Stripe informando o número de série do leitor para substituição.", ES: "Contacte al soporte de Stripe con el número de serie del lector para reemplazarlo."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "terminal_reader_invalid_location_for_activation",
			Category: Validation,
			Title:    Text{EN: "Invalid location to activate reader", PT: "Local inválido para ativar leitor", ES: "Ubicación no válida para activar el lector"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the location given is not valid for activating the reader.", PT: "A Stripe lista este código sem descrição; o nome indica que o local informado não é válido para ativar o leitor.", ES: "Stripe lista este código sin descripción; su nombre indica que la ubicación no es válida para activar el lector."},
			Fix: []Text{
				Text{EN: "Register the reader to a valid location for its country.", PT: "Registre o leitor num local válido para o país dele.", ES: "Registre el lector en una ubicación válida para su país."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "terminal_reader_invalid_location_for_payment",
			Category: Validation,
			Title:    Text{EN: "Reader location invalid for payment", PT: "Local do leitor inválido para pagamento", ES: "Ubicación del lector no válida para el pago"},
			Meaning:  Text{EN: "Stripe lists this code without a description; its name says the reader's location is not valid for this payment.", PT: "A Stripe lista este código sem descrição; o nome indica que o local do leitor não é válido para este pagamento.", ES: "Stripe lista este código sin descripción; su nombre indica que la ubicación del lector no es válida para este pago."},
			Fix: []Text{
				Text{EN: "Check the reader's location against the payment (country, currency) and fix it.", PT: "Confira o local do leitor em relação ao pagamento (país, moeda) e corrija.", ES: "Revise la ubicación del lector frente al pago (país, moneda) y corríjala."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (ErrorCode enum generated from Stripe's OpenAPI spec; the copy of docs.stripe.com/error-codes we could read has no description for it)",
		},
		{
			Code:     "terminal_reader_offline",
			Category: Unavailable,
			Title:    Text{EN: "Reader offline", PT: "Leitor offline", ES: "Lector sin conexión"},
			Meaning:  Text{EN: "The reader is offline.", PT: "O leitor está offline.", ES: "El lector está sin conexión."},
			Fix: []Text{
				Text{EN: "Make sure the reader is powered on and connected to the internet, then retry.", PT: "Verifique se o leitor está ligado e conectado à internet e tente de novo.", ES: "Verifique que el lector esté encendido y conectado a internet y reintente."},
			},
			Retry:  Backoff,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "terminal_reader_timeout",
			Category: Timeout,
			Title:    Text{EN: "Reader command timed out", PT: "Comando ao leitor excedeu o tempo", ES: "El comando al lector agotó el tiempo"},
			Meaning:  Text{EN: "There was a timeout when sending the command to the reader.", PT: "Houve timeout ao enviar o comando ao leitor.", ES: "Hubo un tiempo de espera agotado al enviar el comando al lector."},
			Fix: []Text{
				Text{EN: "Retrieve the reader's action status before sending the command again.", PT: "Consulte o status da ação do leitor antes de reenviar o comando.", ES: "Consulte el estado de la acción del lector antes de reenviar el comando."},
			},
			Retry:  CheckFirst,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "token_card_network_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid card network in token", PT: "Bandeira inválida no token", ES: "Red de tarjeta no válida en el token"},
			Meaning:  Text{EN: "An invalid card network parameter was provided in the card token object.", PT: "Um parâmetro de bandeira inválido foi enviado no objeto de token do cartão.", ES: "Se envió un parámetro de red de tarjeta no válido en el token de la tarjeta."},
			Fix: []Text{
				Text{EN: "Send a network the card supports, or omit the parameter.", PT: "Envie uma bandeira que o cartão aceite ou omita o parâmetro.", ES: "Envíe una red que la tarjeta admita u omita el parámetro."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "token_in_use",
			Category: Conflict,
			Title:    Text{EN: "Token in use by another request", PT: "Token em uso por outra requisição", ES: "Token en uso por otra solicitud"},
			Meaning:  Text{EN: "The token is being used in another request at the same time, which happens when duplicate requests are made simultaneously.", PT: "O token está sendo usado em outra requisição ao mesmo tempo, o que ocorre com requisições duplicadas simultâneas.", ES: "El token se está usando en otra solicitud a la vez, algo que ocurre con solicitudes duplicadas simultáneas."},
			Fix: []Text{
				Text{EN: "Avoid sending duplicate requests concurrently; let the first finish.", PT: "Evite enviar requisições duplicadas em paralelo; deixe a primeira terminar.", ES: "Evite enviar solicitudes duplicadas en paralelo; deje que la primera termine."},
			},
			Retry:  Backoff,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "transfer_source_balance_parameters_mismatch",
			Category: Validation,
			Title:    Text{EN: "source_balance parameters mismatch", PT: "Parâmetros de source_balance incompatíveis", ES: "Parámetros de source_balance incompatibles"},
			Meaning:  Text{EN: "When creating a Transfer, source_balance payments must not be passed when the balance type is issuing.", PT: "Ao criar uma Transfer, payments em source_balance não deve ser enviado quando o tipo de saldo é issuing.", ES: "Al crear un Transfer, no se debe enviar payments en source_balance cuando el tipo de saldo es issuing."},
			Fix: []Text{
				Text{EN: "Remove the payments parameter from source_balance for issuing balances.", PT: "Remova o parâmetro payments de source_balance em saldos issuing.", ES: "Quite el parámetro payments de source_balance en saldos issuing."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "transfers_not_allowed",
			Category: Business,
			Title:    Text{EN: "Transfer cannot be created", PT: "Transferência não pode ser criada", ES: "No se puede crear la transferencia"},
			Meaning:  Text{EN: "The requested transfer cannot be created.", PT: "A transferência pedida não pode ser criada.", ES: "La transferencia solicitada no se puede crear."},
			Fix: []Text{
				Text{EN: "Contact Stripe support if you receive this error.", PT: "Fale com o suporte da Stripe se receber este erro.", ES: "Contacte al soporte de Stripe si recibe este error."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "upstream_order_creation_failed",
			Category: Upstream,
			Title:    Text{EN: "Upstream order creation failed", PT: "Falha ao criar o pedido no parceiro", ES: "Falló la creación del pedido en el proveedor"},
			Meaning:  Text{EN: "Stripe listed this code (legacy Orders API) without a description; its name says creating the order upstream failed.", PT: "A Stripe listou este código (API Orders antiga) sem descrição; o nome indica falha ao criar o pedido no parceiro.", ES: "Stripe listó este código (API Orders antigua) sin descripción; su nombre indica que falló la creación del pedido en el proveedor."},
			Fix: []Text{
				Text{EN: "Check the order details and try again.", PT: "Confira os dados do pedido e tente de novo.", ES: "Revise los datos del pedido y reintente."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/16139b51bd89542f920f214c85e0dc06a191563f/error.go (ErrorCode enum at that commit; later removed from the spec); no description found",
		},
		{
			Code:     "url_invalid",
			Category: Validation,
			Title:    Text{EN: "Invalid URL", PT: "URL inválida", ES: "URL no válida"},
			Meaning:  Text{EN: "The URL provided is invalid.", PT: "A URL informada é inválida.", ES: "La URL indicada no es válida."},
			Fix: []Text{
				Text{EN: "Send a complete, valid URL (with https://).", PT: "Envie uma URL completa e válida (com https://).", ES: "Envíe una URL completa y válida (con https://)."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/error-codes",
		},
		{
			Code:     "authentication_not_handled",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Required authentication was not performed", PT: "Autenticação exigida não foi feita", ES: "No se realizó la autenticación requerida"},
			Meaning:  Text{EN: "Related to authentication_required: the payment proceeded without performing the required authentication, so the issuer declined again.", PT: "Ligado a authentication_required: o pagamento seguiu sem a autenticação exigida, então o emissor recusou de novo.", ES: "Relacionado con authentication_required: el pago siguió sin la autenticación requerida y el emisor volvió a rechazarlo."},
			Fix: []Text{
				Text{EN: "Run the authentication flow (e.g. 3D Secure) with the customer before retrying.", PT: "Faça o fluxo de autenticação (ex.: 3D Secure) com o cliente antes de tentar de novo.", ES: "Realice el flujo de autenticación (p. ej., 3D Secure) con el cliente antes de reintentar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes (as quoted in a public copy of the page)",
		},
		{
			Code:     "incorrect_pin",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Incorrect PIN", PT: "PIN incorreto", ES: "PIN incorrecto"},
			Meaning:  Text{EN: "The PIN entered is incorrect; this decline code only applies to payments made with a card reader.", PT: "O PIN digitado está incorreto; este código só ocorre em pagamentos com leitor de cartão.", ES: "El PIN ingresado es incorrecto; este código solo aplica a pagos con lector de tarjetas."},
			Fix: []Text{
				Text{EN: "Have the customer try again with the correct PIN.", PT: "Peça ao cliente que tente de novo com o PIN correto.", ES: "Pida al cliente que reintente con el PIN correcto."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "invalid_pin",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid PIN", PT: "PIN inválido", ES: "PIN no válido"},
			Meaning:  Text{EN: "The PIN entered is incorrect.", PT: "O PIN digitado está incorreto.", ES: "El PIN ingresado es incorrecto."},
			Fix: []Text{
				Text{EN: "Have the customer try again with the correct PIN.", PT: "Peça ao cliente que tente de novo com o PIN correto.", ES: "Pida al cliente que reintente con el PIN correcto."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "mobile_device_authentication_required",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Mobile device authentication required", PT: "Autenticação no celular exigida", ES: "Se requiere autenticación en el móvil"},
			Meaning:  Text{EN: "The card was declined because the transaction requires authentication (tap-to-pay).", PT: "O cartão foi recusado porque a transação exige autenticação (pagamento por aproximação).", ES: "La tarjeta fue rechazada porque la transacción requiere autenticación (pago contactless)."},
			Fix: []Text{
				Text{EN: "Retry by having the customer tap their mobile device again.", PT: "Tente de novo pedindo ao cliente que aproxime o celular outra vez.", ES: "Reintente pidiendo al cliente que acerque de nuevo su dispositivo móvil."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "new_account_information_available",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Card or account invalid, new details exist", PT: "Cartão ou conta inválidos, há dados novos", ES: "Tarjeta o cuenta no válida, hay datos nuevos"},
			Meaning:  Text{EN: "The card, or the account the card is connected to, is invalid.", PT: "O cartão, ou a conta ligada a ele, é inválido.", ES: "La tarjeta, o la cuenta asociada a ella, no es válida."},
			Fix: []Text{
				Text{EN: "The customer needs to contact their card issuer for more information.", PT: "O cliente precisa falar com o emissor do cartão para saber mais.", ES: "El cliente debe comunicarse con el emisor de la tarjeta para obtener más información."},
				Text{EN: "Or ask for updated card details.", PT: "Ou peça os dados atualizados do cartão.", ES: "O pida los datos actualizados de la tarjeta."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "no_action_taken",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined, no action taken", PT: "Recusado, nenhuma ação tomada", ES: "Rechazado, no se tomó ninguna acción"},
			Meaning:  Text{EN: "The card was declined for an unknown reason (Stripe's description); the issuer gives no detail.", PT: "O cartão foi recusado por motivo desconhecido (descrição da Stripe); o emissor não dá detalhes.", ES: "La tarjeta fue rechazada por un motivo desconocido (descripción de Stripe); el emisor no da detalles."},
			Fix: []Text{
				Text{EN: "The customer needs to contact their card issuer for more information.", PT: "O cliente precisa falar com o emissor do cartão para saber mais.", ES: "El cliente debe comunicarse con el emisor de la tarjeta para obtener más información."},
				Text{EN: "Or ask for another card or payment method.", PT: "Ou peça outro cartão ou outra forma de pagamento.", ES: "O pida otra tarjeta u otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "not_permitted",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Payment not permitted", PT: "Pagamento não permitido", ES: "Pago no permitido"},
			Meaning:  Text{EN: "The payment is not permitted by the issuer.", PT: "O pagamento não é permitido pelo emissor.", ES: "El emisor no permite el pago."},
			Fix: []Text{
				Text{EN: "The customer needs to contact their card issuer for more information.", PT: "O cliente precisa falar com o emissor do cartão para saber mais.", ES: "El cliente debe comunicarse con el emisor de la tarjeta para obtener más información."},
				Text{EN: "Or ask for another card or payment method.", PT: "Ou peça outro cartão ou outra forma de pagamento.", ES: "O pida otra tarjeta u otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "offline_pin_required",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "PIN required (insert card)", PT: "PIN exigido (insira o cartão)", ES: "Se requiere PIN (inserte la tarjeta)"},
			Meaning:  Text{EN: "The card was declined because it requires a PIN.", PT: "O cartão foi recusado porque exige PIN.", ES: "La tarjeta fue rechazada porque requiere PIN."},
			Fix: []Text{
				Text{EN: "Have the customer insert the card and enter the PIN.", PT: "Peça ao cliente que insira o cartão e digite o PIN.", ES: "Pida al cliente que inserte la tarjeta e ingrese el PIN."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "online_or_offline_pin_required",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "PIN required", PT: "PIN exigido", ES: "Se requiere PIN"},
			Meaning:  Text{EN: "The card was declined because it requires a PIN.", PT: "O cartão foi recusado porque exige PIN.", ES: "La tarjeta fue rechazada porque requiere PIN."},
			Fix: []Text{
				Text{EN: "If the reader supports Online PIN, prompt for the PIN without a new transaction; otherwise have the customer insert the card and enter the PIN.", PT: "Se o leitor aceitar PIN online, peça o PIN sem nova transação; senão, peça que o cliente insira o cartão e digite o PIN.", ES: "Si el lector admite PIN en línea, pida el PIN sin nueva transacción; si no, pida insertar la tarjeta e ingresar el PIN."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "pin_try_exceeded",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "PIN tries exceeded", PT: "Tentativas de PIN esgotadas", ES: "Se agotaron los intentos de PIN"},
			Meaning:  Text{EN: "The allowable number of PIN tries was exceeded.", PT: "O número permitido de tentativas de PIN foi excedido.", ES: "Se superó el número permitido de intentos de PIN."},
			Fix: []Text{
				Text{EN: "The customer must use another card or payment method.", PT: "O cliente precisa usar outro cartão ou outra forma de pagamento.", ES: "El cliente debe usar otra tarjeta u otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "revocation_of_all_authorizations",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "All authorizations revoked", PT: "Todas as autorizações revogadas", ES: "Todas las autorizaciones revocadas"},
			Meaning:  Text{EN: "The card was declined for an unknown reason (Stripe's description); the issuer gives no detail.", PT: "O cartão foi recusado por motivo desconhecido (descrição da Stripe); o emissor não dá detalhes.", ES: "La tarjeta fue rechazada por un motivo desconocido (descripción de Stripe); el emisor no da detalles."},
			Fix: []Text{
				Text{EN: "The customer needs to contact their card issuer for more information.", PT: "O cliente precisa falar com o emissor do cartão para saber mais.", ES: "El cliente debe comunicarse con el emisor de la tarjeta para obtener más información."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "revocation_of_authorization",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Authorization revoked", PT: "Autorização revogada", ES: "Autorización revocada"},
			Meaning:  Text{EN: "The card was declined for an unknown reason (Stripe's description); the issuer gives no detail.", PT: "O cartão foi recusado por motivo desconhecido (descrição da Stripe); o emissor não dá detalhes.", ES: "La tarjeta fue rechazada por un motivo desconocido (descripción de Stripe); el emisor no da detalles."},
			Fix: []Text{
				Text{EN: "The customer needs to contact their card issuer for more information.", PT: "O cliente precisa falar com o emissor do cartão para saber mais.", ES: "El cliente debe comunicarse con el emisor de la tarjeta para obtener más información."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "security_violation",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined: security violation", PT: "Recusado: violação de segurança", ES: "Rechazado: violación de seguridad"},
			Meaning:  Text{EN: "The card was declined for an unknown reason (Stripe's description); the issuer gives no detail.", PT: "O cartão foi recusado por motivo desconhecido (descrição da Stripe); o emissor não dá detalhes.", ES: "La tarjeta fue rechazada por un motivo desconocido (descripción de Stripe); el emisor no da detalles."},
			Fix: []Text{
				Text{EN: "The customer needs to contact their card issuer for more information.", PT: "O cliente precisa falar com o emissor do cartão para saber mais.", ES: "El cliente debe comunicarse con el emisor de la tarjeta para obtener más información."},
				Text{EN: "Or ask for another card or payment method.", PT: "Ou peça outro cartão ou outra forma de pagamento.", ES: "O pida otra tarjeta u otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "service_not_allowed",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Declined: service not allowed", PT: "Recusado: serviço não permitido", ES: "Rechazado: servicio no permitido"},
			Meaning:  Text{EN: "The card was declined for an unknown reason (Stripe's description); the issuer gives no detail.", PT: "O cartão foi recusado por motivo desconhecido (descrição da Stripe); o emissor não dá detalhes.", ES: "La tarjeta fue rechazada por un motivo desconocido (descripción de Stripe); el emisor no da detalles."},
			Fix: []Text{
				Text{EN: "The customer needs to contact their card issuer for more information.", PT: "O cliente precisa falar com o emissor do cartão para saber mais.", ES: "El cliente debe comunicarse con el emisor de la tarjeta para obtener más información."},
				Text{EN: "Or ask for another card or payment method.", PT: "Ou peça outro cartão ou outra forma de pagamento.", ES: "O pida otra tarjeta u otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "stop_payment_order",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Stop payment order", PT: "Ordem de sustação de pagamento", ES: "Orden de suspensión de pago"},
			Meaning:  Text{EN: "The card was declined for an unknown reason (Stripe's description); the issuer gives no detail.", PT: "O cartão foi recusado por motivo desconhecido (descrição da Stripe); o emissor não dá detalhes.", ES: "La tarjeta fue rechazada por un motivo desconocido (descripción de Stripe); el emisor no da detalles."},
			Fix: []Text{
				Text{EN: "The customer needs to contact their card issuer for more information.", PT: "O cliente precisa falar com o emissor do cartão para saber mais.", ES: "El cliente debe comunicarse con el emisor de la tarjeta para obtener más información."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "testmode_decline",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Test card used in live mode", PT: "Cartão de teste usado em produção", ES: "Tarjeta de prueba usada en modo real"},
			Meaning:  Text{EN: "A Stripe test card number was used.", PT: "Foi usado um número de cartão de teste da Stripe.", ES: "Se usó un número de tarjeta de prueba de Stripe."},
			Fix: []Text{
				Text{EN: "A genuine card must be used to make a payment.", PT: "É preciso usar um cartão real para pagar.", ES: "Se debe usar una tarjeta real para pagar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes",
		},
		{
			Code:     "partner_generic_decline",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Payment provider declined", PT: "Provedor de pagamento recusou", ES: "El proveedor de pago rechazó"},
			Meaning:  Text{EN: "The payment provider (local payment method) has declined the payment.", PT: "O provedor do meio de pagamento local recusou o pagamento.", ES: "El proveedor del medio de pago local rechazó el pago."},
			Fix: []Text{
				Text{EN: "Ask the customer to use another payment method.", PT: "Peça ao cliente para usar outra forma de pagamento.", ES: "Pida al cliente usar otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "invalid_customer_account",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Customer account cannot be charged", PT: "Conta do cliente não pode ser cobrada", ES: "No se puede cobrar a la cuenta del cliente"},
			Meaning:  Text{EN: "The customer's account cannot be charged; retries might succeed after the customer resolves the issue with their account.", PT: "A conta do cliente não pode ser cobrada; novas tentativas podem passar depois que ele resolver o problema da conta.", ES: "No se puede cobrar a la cuenta del cliente; reintentar puede funcionar tras resolver el problema de la cuenta."},
			Fix: []Text{
				Text{EN: "Ask the customer to fix their account with the provider, then retry.", PT: "Peça ao cliente que regularize a conta com o provedor e tente de novo.", ES: "Pida al cliente regularizar su cuenta con el proveedor y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "payment_limit_exceeded",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Order exceeds customer account limit", PT: "Pedido excede limite da conta do cliente", ES: "El pedido supera el límite de la cuenta"},
			Meaning:  Text{EN: "The order exceeds a limit on the customer's account; retries might succeed after the customer takes action.", PT: "O pedido excede um limite da conta do cliente; novas tentativas podem passar depois que ele agir.", ES: "El pedido supera un límite de la cuenta del cliente; reintentar puede funcionar tras una acción del cliente."},
			Fix: []Text{
				Text{EN: "Ask the customer to raise the limit with the provider, or use another payment method.", PT: "Peça ao cliente que aumente o limite com o provedor ou use outra forma de pagamento.", ES: "Pida al cliente aumentar el límite con el proveedor o usar otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "invalid_billing_agreement",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Billing agreement invalid", PT: "Acordo de cobrança inválido", ES: "Acuerdo de facturación no válido"},
			Meaning:  Text{EN: "The customer's payment method is invalid due to an invalid billing agreement; retries won't succeed.", PT: "O meio de pagamento do cliente é inválido por causa de um acordo de cobrança inválido; novas tentativas não vão passar.", ES: "El medio de pago del cliente no es válido por un acuerdo de facturación no válido; reintentar no funcionará."},
			Fix: []Text{
				Text{EN: "Collect a new billing agreement or another payment method.", PT: "Obtenha um novo acordo de cobrança ou outro meio de pagamento.", ES: "Obtenga un nuevo acuerdo de facturación u otro medio de pago."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "invalid_business_account",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Business account deactivated", PT: "Conta comercial desativada", ES: "Cuenta comercial desactivada"},
			Meaning:  Text{EN: "The business account used to process the payment or refund is deactivated and cannot send or receive funds; if it is reactivated, retries might succeed.", PT: "A conta comercial usada no pagamento ou reembolso está desativada e não envia nem recebe fundos; se for reativada, novas tentativas podem passar.", ES: "La cuenta comercial usada está desactivada y no puede enviar ni recibir fondos; si se reactiva, reintentar puede funcionar."},
			Fix: []Text{
				Text{EN: "Reactivate the business account with the provider, then retry.", PT: "Reative a conta comercial junto ao provedor e tente de novo.", ES: "Reactive la cuenta comercial con el proveedor y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "partner_high_risk_customer",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Provider flagged customer as high risk", PT: "Provedor marcou cliente como alto risco", ES: "El proveedor marcó al cliente como de alto riesgo"},
			Meaning:  Text{EN: "The payment provider labelled this customer as high risk.", PT: "O provedor de pagamento classificou este cliente como de alto risco.", ES: "El proveedor de pago clasificó a este cliente como de alto riesgo."},
			Fix: []Text{
				Text{EN: "Do not retry with this provider; offer another payment method.", PT: "Não repita com este provedor; ofereça outra forma de pagamento.", ES: "No reintente con este proveedor; ofrezca otro medio de pago."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "compliance_violation",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Payment violates terms or law", PT: "Pagamento viola termos ou leis", ES: "El pago infringe términos o leyes"},
			Meaning:  Text{EN: "The payment violates terms of service, program rules or applicable laws; retries won't succeed.", PT: "O pagamento viola termos de serviço, regras do programa ou leis aplicáveis; novas tentativas não vão passar.", ES: "El pago infringe términos del servicio, reglas del programa o leyes aplicables; reintentar no funcionará."},
			Fix: []Text{
				Text{EN: "Do not retry; review the transaction against the provider's rules.", PT: "Não repita; revise a transação frente às regras do provedor.", ES: "No reintente; revise la transacción frente a las reglas del proveedor."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "payment_disputed",
			Status:   402,
			Category: StateCategory,
			Title:    Text{EN: "Payment under dispute", PT: "Pagamento em disputa", ES: "Pago en disputa"},
			Meaning:  Text{EN: "There is a dispute over the payment; if it resolves in the business's favour, retries might succeed.", PT: "Há uma disputa sobre o pagamento; se for resolvida a favor da empresa, novas tentativas podem passar.", ES: "Hay una disputa sobre el pago; si se resuelve a favor de la empresa, reintentar puede funcionar."},
			Fix: []Text{
				Text{EN: "Wait for the dispute outcome before retrying.", PT: "Aguarde o resultado da disputa antes de tentar de novo.", ES: "Espere el resultado de la disputa antes de reintentar."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "invalid_authorization",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Authorization invalid or revoked", PT: "Autorização inválida ou revogada", ES: "Autorización no válida o revocada"},
			Meaning:  Text{EN: "The payment did not receive authorization or the authorization was revoked; retries won't succeed.", PT: "O pagamento não recebeu autorização ou ela foi revogada; novas tentativas não vão passar.", ES: "El pago no recibió autorización o esta fue revocada; reintentar no funcionará."},
			Fix: []Text{
				Text{EN: "Get a new authorization from the customer or use another payment method.", PT: "Obtenha nova autorização do cliente ou use outra forma de pagamento.", ES: "Obtenga una nueva autorización del cliente o use otro medio de pago."},
			},
			Retry:  None,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "invalid_payment_information",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Invalid payment information", PT: "Informações de pagamento inválidas", ES: "Información de pago no válida"},
			Meaning:  Text{EN: "The payment has invalid information; retries with the same data won't succeed.", PT: "O pagamento tem informações inválidas; novas tentativas com os mesmos dados não vão passar.", ES: "El pago tiene información no válida; reintentar con los mismos datos no funcionará."},
			Fix: []Text{
				Text{EN: "Collect corrected payment details or another payment method.", PT: "Obtenha dados de pagamento corrigidos ou outro meio de pagamento.", ES: "Obtenga datos de pago corregidos u otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "partner_payment_not_found",
			Status:   402,
			Category: Upstream,
			Title:    Text{EN: "Provider cannot find the payment", PT: "Provedor não localiza o pagamento", ES: "El proveedor no encuentra el pago"},
			Meaning:  Text{EN: "The payment provider can't find this payment.", PT: "O provedor de pagamento não localiza este pagamento.", ES: "El proveedor de pago no encuentra este pago."},
			Fix: []Text{
				Text{EN: "Check the payment's status before creating a new attempt.", PT: "Confira o status do pagamento antes de criar nova tentativa.", ES: "Revise el estado del pago antes de crear un nuevo intento."},
			},
			Retry:  CheckFirst,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "expired_payment_information",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Payment instrument expired", PT: "Instrumento de pagamento expirado", ES: "Instrumento de pago vencido"},
			Meaning:  Text{EN: "The underlying payment instrument is expired; retries may succeed after the customer updates their payment information.", PT: "O instrumento de pagamento subjacente expirou; novas tentativas podem passar após o cliente atualizar os dados.", ES: "El instrumento de pago subyacente venció; reintentar puede funcionar cuando el cliente actualice sus datos."},
			Fix: []Text{
				Text{EN: "Ask the customer to update their payment information.", PT: "Peça ao cliente que atualize os dados de pagamento.", ES: "Pida al cliente actualizar sus datos de pago."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/codes (Local payment method decline codes table)",
		},
		{
			Code:     "recurring_not_supported_by_bank",
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Bank does not support recurring payments", PT: "Banco não aceita pagamentos recorrentes", ES: "El banco no admite pagos recurrentes"},
			Meaning:  Text{EN: "The customer's bank doesn't support recurring payments.", PT: "O banco do cliente não aceita pagamentos recorrentes.", ES: "El banco del cliente no admite pagos recurrentes."},
			Fix: []Text{
				Text{EN: "Ask the customer for another bank or payment method.", PT: "Peça ao cliente outro banco ou outra forma de pagamento.", ES: "Pida al cliente otro banco u otro medio de pago."},
			},
			Retry:  Fix,
			Source: "Listed in third-party copies of https://docs.stripe.com/declines/codes (e.g. the Soenneker.Stripe.Enums StripeDeclineCode list); not seen in the page copy we read",
		},
		{
			Code:     "confirm_card_data",
			Status:   402,
			Category: Validation,
			Title:    Text{EN: "Issuer advice: confirm card details", PT: "Orientação do emissor: confirmar dados", ES: "Aviso del emisor: confirmar datos de la tarjeta"},
			Meaning:  Text{EN: "An advice_code value: the issuer advises that the card data be confirmed, so the customer must re-enter the card details before a retry.", PT: "Valor de advice_code: o emissor orienta confirmar os dados do cartão, então o cliente precisa digitá-los de novo antes de repetir.", ES: "Valor de advice_code: el emisor indica confirmar los datos de la tarjeta; el cliente debe reingresarlos antes de reintentar."},
			Fix: []Text{
				Text{EN: "Ask the customer to re-enter the card details, then retry.", PT: "Peça ao cliente que digite de novo os dados do cartão e tente outra vez.", ES: "Pida al cliente reingresar los datos de la tarjeta y reintente."},
			},
			Retry:  Fix,
			Source: "https://docs.stripe.com/declines/card (advice codes); https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/charge.go (ChargeOutcomeAdviceCode)",
		},
		{
			Code:     "temporary_session_expired",
			Category: Authentication,
			Title:    Text{EN: "Temporary session expired (v2)", PT: "Sessão temporária expirou (v2)", ES: "Sesión temporal expirada (v2)"},
			Meaning:  Text{EN: "A v2 API error type: the temporary session used by the request has expired.", PT: "Tipo de erro da API v2: a sessão temporária usada pela requisição expirou.", ES: "Tipo de error de la API v2: la sesión temporal usada por la solicitud expiró."},
			Fix: []Text{
				Text{EN: "Create a new session and resend the request.", PT: "Crie uma nova sessão e reenvie a requisição.", ES: "Cree una nueva sesión y reenvíe la solicitud."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go (V2 error types); https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts",
		},
		{
			Code:     "invalid_fields",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Missing or invalid fields (v2)", PT: "Campos ausentes ou inválidos (v2)", ES: "Campos faltantes o no válidos (v2)"},
			Meaning:  Text{EN: "In v2 APIs, a request with missing required fields is answered with code invalid_fields; the SDKs raise it as an invalid-request error.", PT: "Nas APIs v2, uma requisição sem campos obrigatórios recebe o código invalid_fields; os SDKs a tratam como erro de requisição inválida.", ES: "En las APIs v2, una solicitud sin campos obligatorios recibe el código invalid_fields; los SDK la tratan como error de solicitud no válida."},
			Fix: []Text{
				Text{EN: "Add or correct the fields listed in the error and resend.", PT: "Adicione ou corrija os campos listados no erro e reenvie.", ES: "Agregue o corrija los campos indicados en el error y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts (generateV2Error)",
		},
		{
			Code:     "invalid_grant",
			Status:   400,
			Category: Authentication,
			Title:    Text{EN: "Connect OAuth: invalid grant", PT: "OAuth do Connect: concessão inválida", ES: "OAuth de Connect: concesión no válida"},
			Meaning:  Text{EN: "A Connect OAuth error (body {error, error_description}): the authorization code or refresh token is invalid, expired or already used.", PT: "Erro OAuth do Connect (corpo {error, error_description}): o código de autorização ou refresh token é inválido, expirou ou já foi usado.", ES: "Error OAuth de Connect (cuerpo {error, error_description}): el código de autorización o refresh token no es válido, venció o ya se usó."},
			Fix: []Text{
				Text{EN: "Restart the OAuth flow to get a new authorization code.", PT: "Refaça o fluxo OAuth para obter um novo código de autorização.", ES: "Reinicie el flujo OAuth para obtener un nuevo código de autorización."},
			},
			Retry: Fix,
			// Its words for a code used twice, as stripe-node's tests record them.
			Match:  []string{"all tokens issued with this code have been revoked"},
			Source: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts (generateOAuthError); stripe-php OAuth exceptions; stripe-node test/RequestSender.spec.ts (the error_description)",
		},
		{
			Code:     "invalid_client",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Connect OAuth: invalid client", PT: "OAuth do Connect: cliente inválido", ES: "OAuth de Connect: cliente no válido"},
			Meaning:  Text{EN: "A Connect OAuth error: the client (platform client_id or secret key) could not be authenticated.", PT: "Erro OAuth do Connect: o cliente (client_id da plataforma ou chave secreta) não pôde ser autenticado.", ES: "Error OAuth de Connect: no se pudo autenticar al cliente (client_id de la plataforma o clave secreta)."},
			Fix: []Text{
				Text{EN: "Check the platform's client_id and the secret key used for the token call.", PT: "Confira o client_id da plataforma e a chave secreta usada na chamada de token.", ES: "Revise el client_id de la plataforma y la clave secreta usada en la llamada de token."},
			},
			Retry: Fix,
			// Its words when no key came, as stripe-php's tests record them.
			Match:  []string{"no authentication was provided. send your secret api key using the authorization header"},
			Source: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts (generateOAuthError); stripe-php tests/Stripe/ApiRequestorTest.php (the error_description)",
		},
		{
			Code:     "invalid_request",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Connect OAuth: invalid request", PT: "OAuth do Connect: requisição inválida", ES: "OAuth de Connect: solicitud no válida"},
			Meaning:  Text{EN: "A Connect OAuth error: the OAuth request is missing a parameter or is otherwise malformed; error_description says which.", PT: "Erro OAuth do Connect: falta um parâmetro na requisição OAuth ou ela está malformada; error_description diz qual.", ES: "Error OAuth de Connect: a la solicitud OAuth le falta un parámetro o está mal formada; error_description indica cuál."},
			Fix: []Text{
				Text{EN: "Fix the OAuth request as described in error_description.", PT: "Corrija a requisição OAuth conforme error_description.", ES: "Corrija la solicitud OAuth según error_description."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts (generateOAuthError)",
		},
		{
			Code:     "invalid_scope",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Connect OAuth: invalid scope", PT: "OAuth do Connect: escopo inválido", ES: "OAuth de Connect: alcance no válido"},
			Meaning:  Text{EN: "A Connect OAuth error: the requested scope is invalid.", PT: "Erro OAuth do Connect: o escopo solicitado é inválido.", ES: "Error OAuth de Connect: el alcance (scope) solicitado no es válido."},
			Fix: []Text{
				Text{EN: "Request a valid scope (read_only or read_write).", PT: "Solicite um escopo válido (read_only ou read_write).", ES: "Solicite un alcance válido (read_only o read_write)."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts (generateOAuthError)",
		},
		{
			Code:     "unsupported_grant_type",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Connect OAuth: unsupported grant type", PT: "OAuth do Connect: grant_type não aceito", ES: "OAuth de Connect: grant_type no admitido"},
			Meaning:  Text{EN: "A Connect OAuth error: the grant_type sent is not supported.", PT: "Erro OAuth do Connect: o grant_type enviado não é aceito.", ES: "Error OAuth de Connect: el grant_type enviado no se admite."},
			Fix: []Text{
				Text{EN: "Use grant_type authorization_code or refresh_token.", PT: "Use grant_type authorization_code ou refresh_token.", ES: "Use grant_type authorization_code o refresh_token."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts (generateOAuthError)",
		},
		{
			Code:     "unsupported_response_type",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Connect OAuth: unsupported response type", PT: "OAuth do Connect: response_type não aceito", ES: "OAuth de Connect: response_type no admitido"},
			Meaning:  Text{EN: "A Connect OAuth error: the response_type sent in the authorize request is not supported.", PT: "Erro OAuth do Connect: o response_type enviado na autorização não é aceito.", ES: "Error OAuth de Connect: el response_type enviado en la autorización no se admite."},
			Fix: []Text{
				Text{EN: "Use response_type=code in the authorize URL.", PT: "Use response_type=code na URL de autorização.", ES: "Use response_type=code en la URL de autorización."},
			},
			Retry:  Fix,
			Source: "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts (generateOAuthError)",
		},
	},
}
