package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSixtyEighthBatch: readers for the real pastes of batch 280 and the corpus's
// misses looked at with it.
func TestReadersSixtyEighthBatch(t *testing.T) {
	t.Run("a brand written in lower case, as a word of its own", func(t *testing.T) {
		// decode/testdata/real/adyen-bare-message-killbill-security-010-not-allowed, whole.
		x := explainPaste(t, `When I have tried to make a payment, adyen returns "security 010 Not allowed" and adyen killbill plugin responses: "RESPONSE_ABOUT_INVALID_REQUEST".`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "010", x.Code)
		// A host's, a path's or a file's part is no name: Akamai's page about PayPal's
		// address, Braintree's client calling its own paypal_hermes endpoint.
		for _, paste := range []string{
			"Access Denied\nYou don't have permission to access \"http://www.paypal.com/cgi-bin/webscr?\" on this server.\nReference #18.ef231c78.1558939287.4b545bca",
			"POST https://api.sandbox.braintreegateway.com/merchants/kcsnqyw983ggxndr/client_api/v1/paypal_hermes/setup_billing_agreement 422 (Unprocessable Entity)\nr.createPayment @ paypal-checkout.min.js:1",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "paypal", providerOf(x), paste)
			}
		}
	})
	t.Run("an orchestrator's answer that names its connector", func(t *testing.T) {
		// Shaped after decode/testdata/real/adyen-json-hyperswitch-ucs-v2-error-24-cvc-declined,
		// cut short (the payment's other members).
		x := explainPaste(t, `{"id": "12345_pay_0197ac52cee5796099a0ae352092a707", "status": "failed", "connector": "adyen", "payment_method_type": "card", "connector_transaction_id": "G4QT66CH8WCFHJ75", "merchant_connector_id": "mca_YUhrsoeHfh0EQJE6Zqut", "error": {"code": "24", "message": "CVC Declined", "unified_code": null}}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "24", x.Code)
		// The orchestrator's own code names no connector's error, nor does a connector
		// member without the orchestrator's other ones.
		for _, paste := range []string{
			`{"id": "pay_1", "status": "failed", "connector": "adyen", "connector_transaction_id": null, "error": {"code": "IR_19", "message": "Invalid request"}}`,
			`{"status": "failed", "connector": "adyen", "error": {"code": "24", "message": "Payment failed"}}`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "adyen", providerOf(x), paste)
			}
		}
	})
	t.Run("batch 281: a provider's message quoted in a longer note", func(t *testing.T) {
		// decode/testdata/real/asaas-raw-http-ldg-courses-accounts-403-pessoa-fisica-nao-cria-subconta, whole.
		x := explainPaste(t, "Conta pessoa física **não cria subconta**:\n\n```\nPOST /accounts → 403\n\"Contas de pessoa física (CPF) não podem criar subcontas no Asaas.\n Apenas contas de pessoa jurídica (CNPJ) podem acessar essa funcionalidade.\"\n```")
		assert.Equal(t, "asaas", providerOf(x))
		assert.Equal(t, 403, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// decode/testdata/real/pagarme-bare-message-cookbook-recipient-split-settings-not-enabled, whole.
		x = explainPaste(t, "#### Enable split payment\n\n```log\nThe account must have split settings enabled, in order to create a recipient\n```\n\n1. Configurações -> Funcionalidades\n2. Funcionalidades -> Split -> Editar\n3. Status: Ativo -> Salvar alterações")
		assert.Equal(t, "pagarme", providerOf(x))
		// A note with none of a provider's own words stays unread; an arrow after no
		// request names no status.
		_, err := Explain([]byte("#### Enable split payment\n\n1. Configurações -> Funcionalidades\n2. Funcionalidades -> Split -> Editar\n3. Status: Ativo -> Salvar alterações"), Options{})
		assert.Error(t, err)
		if x, err := Explain([]byte("Pagar.me: the migration step 12 -> 404 rows moved, then the charge failed."), Options{}); err == nil {
			assert.Zero(t, x.HTTPStatus)
		}
	})
	t.Run("batch 281: Pagar.me's gateway error in its type | parameter | message form", func(t *testing.T) {
		// decode/testdata/real/pagarme-bare-message-audere-tasks-recipient-action-forbidden-company-not-allowed, whole.
		x := explainPaste(t, "- ⏳ **P0** **Recebedores/split não liberados na conta** —\n  `action_forbidden | This company is not allowed to create a recipient`.\n  Não é self-service: exige chamado à Pagar.me pedindo modelo marketplace com\n  split por transação. Bloqueia o onboarding de recebimento e a comissão de 2,5%.")
		assert.Equal(t, "pagarme", providerOf(x))
		assert.Equal(t, "action_forbidden", x.Code)
		// decode/testdata/real/pagarme-raw-http-ldg-courses-recipients-412-action-forbidden-company-not-allowed, whole.
		x = explainPaste(t, "```\nHTTP 412\n{\"message\": \"The recipient could not be created : action_forbidden |  |\n             This company it not allowed to create a recipient\"}\n```")
		assert.Equal(t, "pagarme", providerOf(x))
		assert.Equal(t, "action_forbidden", x.Code)
		assert.Equal(t, 412, x.HTTPStatus)
		// A Markdown table's cell is no gateway message, nor is a type no provider documents.
		assert.Equal(t, "action_forbidden", pipedTypeCode("a charge é reprovada com `action_forbidden | Sem ambiente configurado`"))
		assert.Empty(t, pipedTypeCode("| action_forbidden | Conta sem permissão |"))
		assert.Empty(t, pipedTypeCode("job_runner_state | Waiting for the queue"))
	})
	t.Run("batch 281: what apps' notes and logs keep around Stripe's and PayPal's errors", func(t *testing.T) {
		// decode/testdata/real/network-log-prefixed-amari-checkout-500-stripe-connection-retried, whole:
		// the browser's 500 is the app's own, the failure stripe-node's connection.
		x := explainPaste(t, "Failed to load resource: the server responded with a status of 500 ()\nError: An error occurred with our connection to Stripe. Request was retried 2 times.")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		// The browser's 500 beside no connection failure stays the paste's status.
		x = explainPaste(t, "Failed to load resource: the server responded with a status of 500 ()\nError: Something went wrong while creating the order.")
		assert.Equal(t, 500, x.HTTPStatus)
		// decode/testdata/real/paypal-prose-status-agencyproject-orders-422-compliance-violation-debug-id, whole.
		x = explainPaste(t, "- **Error**: 422 Unprocessable Entity\n- **Issue**: `COMPLIANCE_VIOLATION`\n- **Description**: \"Transaction cannot be processed due to a possible compliance violation\"\n- **Debug ID**: `9e436dd049c54`")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "COMPLIANCE_VIOLATION", x.Code)
		assert.Equal(t, "9e436dd049c54", x.RequestID)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// An issue tracker's own list is no PayPal issue.
		if x, err := Explain([]byte("- **Issue**: crash on login\n- **Description**: the app closes after the payment step"), Options{}); err == nil {
			assert.Empty(t, x.Code)
		}
		// decode/testdata/real/stripe-json-advocatemcp-worker-checkout-no-such-price-live-object-test-key,
		// cut short (the error's doc_url and param).
		x = explainPaste(t, `{"onboarding": true, "event": "public_checkout_error", "slug": "moreland-property-group", "error": {"error": {"code": "resource_missing", "message": "No such price: 'price_1TKTqXPrvMJQiRJhIsiSewQB'; a similar object exists in live mode, but a test mode key was used to make this request.", "request_log_url": "https://dashboard.stripe.com/acct_1TKTSmPrvMJQiRJh/test/workbench/logs?object=req_vTUo9o44WtkjEB", "type": "invalid_request_error"}}}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "resource_missing", x.Code)
		assert.Equal(t, "req_vTUo9o44WtkjEB", x.RequestID)
		// decode/testdata/real/stripe-bare-message-kinara-checkout-session-account-business-name-missing, whole.
		x = explainPaste(t, `"In order to use Checkout, you must set an account or business name"`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("batch 282: a note's status in backticks before the API's words", func(t *testing.T) {
		// decode/testdata/real/mercadopago-prose-status-hospeda-preapproval-400-amount-lower-than-15, whole.
		x := explainPaste(t, "- **`PC-2` piso de ARS 15**: un monto de `1` da `400 \"Cannot pay an amount lower than $ 15.00\"`.")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, 400, x.HTTPStatus)
		// decode/testdata/real/mercadopago-prose-status-hospeda-preapproval-400-cannot-modify-cancelled,
		// whole: the object after PUT is what was sent, and the answer says the
		// subscription is cancelled for good.
		x = explainPaste(t, "- **`PA-5` cancelación** — `PUT {status:\"cancelled\"}` funciona y es **irreversible**:\n  reintentar da `400 \"You can not modify a cancelled preapproval.\"`, y sobre una autorizada")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// Numbers in backticks that are no status before words.
		for _, paste := range []string{
			"Mercado Pago sync: `4000 items` were read, then `500 - 600 ms` per page; the job failed.",
			"Mercado Pago: the docs page `404` is missing, and the payment failed with no answer.",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Zero(t, x.HTTPStatus, paste)
			}
		}
		assert.False(t, payloadAfterMethod("the webhook `"))
		assert.True(t, payloadAfterMethod("reintentar `PUT "))
		assert.False(t, payloadAfterMethod("OUTPUT "))
	})
	t.Run("the review's look-alikes of this batch's readers", func(t *testing.T) {
		checkLookAlikes(t, []readerLookAlike{
			// A code of everyday words is any API's, and a table's name is no provider's.
			{"GoCardless payments can fail after being paid out.\nWebhook resource type: payments, action: failed, cause: insufficient_funds, origin: bank\n(we handle this for Stripe already)", "", "", 0},
			{"Migration 0042 adding an index on stripe_customers hangs, then fails. We set lock_timeout to 5s:\nERROR:  canceling statement due to lock timeout", "", "", 0},
			// "stripe" in lower case is a word and an attribute (Element UI's striped table).
			{"<el-table v-loading=\"loading\" :data=\"orders\" border stripe size=\"small\"></el-table>\n\nGET http://localhost:8080/api/orders/list?page=1 500 (Internal Server Error)\nUncaught (in promise) AxiosError: Request failed with status code 500", "", "", 500},
			// The app's own route's status after an arrow is not the provider's.
			{"POST /api/checkout -> 500\nStripeCardError: Your card was declined.\n    at StripeError.generate (node_modules/stripe/cjs/Error.js:10:20)", "stripe", "card_declined", 402},
			{"POST /api/pay → 502\nMercadoPago error: {\"message\":\"Cannot pay an amount lower than $ 15.00\",\"error\":\"bad_request\",\"status\":400}", "mercadopago", "bad_request", 400},
			// A provider's three-digit code in backticks is no HTTP status.
			{"A Cielo devolveu `475 - Timeout de Cancelamento` ao cancelar a venda pela API 3.0.", "", "", 0},
			// Another client's reset beside the browser's 500 does not hide Stripe's error.
			{"POST http://localhost:3000/api/checkout 500 (Internal Server Error)\ncheckout:1 Failed to load resource: the server responded with a status of 500 (Internal Server Error)\n\nterminal:\n[ioredis] Unhandled error event: Error: read ECONNRESET\nStripeInvalidRequestError: No such price: 'price_1NqXyzAbCdEf'\n    at /app/node_modules/stripe/cjs/Error.js:10:20", "stripe", "", 500},
			// A Markdown table of codes is no error.
			{"Code | Meaning\n--- | ---\ncard_declined | The card was declined", "", "", 0},
		})
	})
	t.Run("batch 283: a long note's own NOT_ label, Mercado Pago's subscriptions' refusals", func(t *testing.T) {
		// decode/testdata/real/mercadopago-prose-status-hospeda-preapproval-plan-400-free-trial-property-must-be-sent,
		// whole: the note's "invented" NOT_SUPPORTED is no PayPal code.
		x, err := Explain([]byte("**Y casi se registra un `NOT_SUPPORTED` inventado**: el primer intento devolvió `400`, pero el mensaje era *\"The free trial property must be sent\"* — si el plan tiene free trial, **todo `PUT` que toque `frequency` tiene que reenviarlo**, y el rechazo no tenía nada que ver con el ciclo."), Options{})
		if err == nil {
			assert.NotEqual(t, "paypal", providerOf(x))
		}
		// A short paste's NOT_ code with its status is still the error's.
		x = explainPaste(t, "**Error:** `403 NOT_AUTHORIZED - Authorization failed due to insufficient permissions`")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "NOT_AUTHORIZED", x.Code)
		// decode/testdata/real/mercadopago-prose-status-hospeda-preapproval-400-card-token-was-used, whole.
		x = explainPaste(t, "**Un solo uso.** Del segundo en adelante: `400 \"Card token was used, please generate new\"`.")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, 400, x.HTTPStatus)
		// A test report's response headers keep PayPal's debug id (shaped after
		// decode/testdata/real/paypal-json-hyperswitch-prism-report-giropay-order-403-permission-denied,
		// cut short).
		x = explainPaste(t, `{"error": {"connectorDetails": {"code": "PERMISSION_DENIED", "message": "You do not have permission to access or perform operations on this resource."}}, "statusCode": 403, "responseHeaders": {"content-type": "application/json", "paypal-debug-id": "f40084247cce7", "server": "nginx"}}`)
		assert.Equal(t, "f40084247cce7", x.RequestID)
		// decode/testdata/real/mercadopago-prose-status-hospeda-preapproval-400-not-valid-for-callerid, whole.
		x = explainPaste(t, "(3) **un id de otra cuenta se distingue**: `GET /preapproval/{id}` devuelve `400 \"not valid for callerId\"`, no un `404`.")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, 400, x.HTTPStatus)
		// Other apps' words for a balance are not Mercado Pago's ceiling.
		if x, err := Explain([]byte("Error: Cannot pay an amount greater than the total balance. Please try again."), Options{}); err == nil {
			assert.Empty(t, providerOf(x))
		}
	})
	t.Run("the second review's look-alikes", func(t *testing.T) {
		checkLookAlikes(t, []readerLookAlike{
			// A backticked number before a body is no status, nor is a provider's code
			// that IANA does not register.
			{"Cobrei `450` {\"transaction_amount\":450,\"status\":\"rejected\",\"status_detail\":\"cc_rejected_other_reason\"}", "mercadopago", "cc_rejected_other_reason", 201},
			{"A Cielo devolveu `475 — Timeout de Cancelamento` ao cancelar a venda pela API 3.0.", "", "", 0},
			// An app's route after an arrow, beside an SDK's exception, is the app's.
			{"POST /create-payment-intent -> 500\nStripeCardError: Your card was declined.\n    at StripeError.generate (node_modules/stripe/cjs/Error.js:10:20)", "stripe", "card_declined", 402},
			// A table whose separator has colons is still a table.
			{"Code | Meaning\n---: | :---\ncard_declined | The card was declined", "", "", 0},
		})
		// "`401 - invalid access token`" is a status again, and an API's versioned path
		// after /api/ is the provider's.
		x := explainPaste(t, "Mercado Pago devolvió `401 - invalid access token` al crear la preferencia.")
		assert.Equal(t, 401, x.HTTPStatus)
		x = explainPaste(t, "Asaas sandbox:\nPOST /api/v3/payments → 400\nO valor da cobrança deve ser maior que R$ 5,00.")
		assert.Equal(t, 400, x.HTTPStatus)
		// A key naming the provider is no name: YAML's, Python's, JSON's with a space.
		for _, paste := range []string{
			"paypal:\n  mode: sandbox\n{\"message\":\"Unauthorized\",\"code\":\"invalid_token\"} status 401",
			"{'paypal': {'mode': 'live'}}\n{\"message\":\"Unauthorized\",\"code\":\"invalid_token\"} status 401",
			"{ \"paypal\" : {\"mode\": \"live\"} }\n{\"message\":\"Unauthorized\",\"code\":\"invalid_token\"} status 401",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "paypal", providerOf(x), paste)
			}
		}
		// A long note's NOT_ code with its status stays the provider's.
		x = explainPaste(t, "When our platform tries to capture an order created for a connected merchant we always get back NOT_AUTHORIZED with HTTP 403. The merchant granted the permissions in the onboarding flow and the partner referral finished, yet every capture is refused the same way.")
		assert.Equal(t, "paypal", providerOf(x))
	})
}

// readerLookAlike is a paste and what decifra must say of it: its provider ("" for none), its
// code (checked when set, or when no provider is), its HTTP status (0 for none).
type readerLookAlike struct {
	paste, provider, code string
	status                int
}

// checkLookAlikes explains each paste and checks its answer; a paste decifra cannot read
// must be one with no provider.
func checkLookAlikes(t *testing.T, cases []readerLookAlike) {
	t.Helper()
	for _, c := range cases {
		x, err := Explain([]byte(c.paste), Options{})
		if err != nil {
			assert.Empty(t, c.provider, c.paste)
			continue
		}
		assert.Equal(t, c.provider, providerOf(x), c.paste)
		if c.code != "" || c.provider == "" {
			assert.Equal(t, c.code, x.Code, c.paste)
		}
		assert.Equal(t, c.status, x.HTTPStatus, c.paste)
	}
}
