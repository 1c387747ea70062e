package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFiftySecondBatch: what batches 234 to 236 of real pastes (PHP dumps, Latin
// American logs, bare messages and pages, open-banking APIs) asked for, each beside a
// look-alike that must not trigger it.
func TestReadersFiftySecondBatch(t *testing.T) {
	t.Run("a state the request asks for that is already so", func(t *testing.T) {
		x := explainPaste(t, `{"error": {"code": "setup_intent_unexpected_state", "message": "You cannot cancel this SetupIntent because it it already canceled.", "type": "invalid_request_error"}}`)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// PayPal's v1: the one problem its details list says it, not the message.
		x = explainPaste(t, `{"name":"BUSINESS_VALIDATION_ERROR","details":[{"field":"validation_error","issue":"Plan already in same state."}],"message":"Validation Error.","debug_id":"3c3d57fd6cde7"}`)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// Of two problems, one that says it is done does not speak for the other.
		x = explainPaste(t, `{"name":"VALIDATION_ERROR","details":[{"field":"name","issue":"Plan already in same state."},{"field":"amount","issue":"Required field is missing."}],"message":"Invalid request - see details","debug_id":"3c3d57fd6cde7"}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// Something to cancel that is not yet cancelled is no final state.
		assert.Equal(t, "", saysDone("you cannot cancel this setupintent because it is processing."))
		assert.Equal(t, "or it no longer exists", saysDone("account has been deactivated or it no longer exists."))
	})
	t.Run("Stripe's objects with any id", func(t *testing.T) {
		x := explainPaste(t, "Unable to confirm setup intent - (No such setupintent: <private_client_secret>)")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "No such payment_method_configuration: pmc_1*********")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "open failed: No such file or directory: /tmp/setupintent.json")
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("an error class as the code", func(t *testing.T) {
		x := explainPaste(t, "Client error: `GET https://www.saltedge.com/api/v4/customers/?from_id=0` resulted in a `400 Bad Request` response:\n{\"error_class\":\"AppsRestricted\",\"error_message\":\"Not available for apps.\",\"request\":{\"from_id\":\"0\"}}")
		assert.Equal(t, "AppsRestricted", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"summary":"Couldn't update account transactions","detail":"Access has expired or it has been revoked. To restore access reconnect the account.","status_code":401,"type":"AccessExpiredError"}`)
		assert.Equal(t, "AccessExpiredError", x.Code)
		assert.Equal(t, 401, x.HTTPStatus)
		// A kind of thing is no code, however many members beside it.
		assert.Equal(t, "", genericCode(parseObject(t, `{"summary":"Card","detail":"A card of the customer.","status_code":401,"type":"CreditCard"}`)))
		assert.Equal(t, "", genericCode(parseObject(t, `{"a":1,"b":2,"c":3,"summary":"x","detail":"Access has expired.","type":"AccessExpiredError"}`)), "more than five members")
	})
	t.Run("an UPPER_SNAKE type beside a list of messages", func(t *testing.T) {
		x := explainPaste(t, "03-03-2022 @ 13:43:41 - Error creating bill for order number #10150Array\n(\n    [error] => Array\n        (\n            [type] => UNPROCESSABLE_ENTITY\n            [message] => Array\n                (\n                    [0] => Name can't be blank\n                )\n\n        )\n\n)")
		assert.Equal(t, "UNPROCESSABLE_ENTITY", x.Code)
		assert.Equal(t, "", genericCode(parseObject(t, `{"type":"CREDIT_CARD","message":["Visa ending 4242"]}`)), "a kind of thing")
	})
	t.Run("Sage Pay's ABORT", func(t *testing.T) {
		x := explainPaste(t, "array (\n  'VPSProtocol' => '3.00',\n  'TxType' => 'PAYMENT',\n  'VPSTxId' => '{92371F6E-E38D-0E3B-D2AB-040338957C7A}',\n  'Status' => 'ABORT',\n  'StatusDetail' => '2008 : The Transaction timed-out.',\n)")
		assert.Equal(t, "2008", x.Code)
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("the status after an exception class, in brackets", func(t *testing.T) {
		s, ok := statusInText(`me é retornado o seguinte erro: "Request Error" no CieloRequestException (400).`)
		assert.True(t, ok)
		assert.Equal(t, 400, s)
		s, _ = statusInText("NullPointerException (404 frames omitted")
		assert.Equal(t, 0, s, "no closing bracket right after the number")
		s, _ = statusInText("IOException (1500) while reading")
		assert.Equal(t, 0, s)
	})
	t.Run("Varnish's first byte timeout", func(t *testing.T) {
		x := explainPaste(t, "<html>\n  <head>\n    <title>503 first byte timeout</title>\n  </head>\n  <body>\n    <h1>Error 503 first byte timeout</h1>\n    <p>first byte timeout</p>\n    <h3>Guru Mediation:</h3>\n    <p>Details: cache-lax1431-LAX 1469176127 1060265685</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>")
		assert.Equal(t, 503, x.HTTPStatus)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "the backend may have done the work")
		x = explainPaste(t, "<html>\n  <head>\n    <title>503 Backend fetch failed</title>\n  </head>\n  <body>\n    <h1>Error 503 Backend fetch failed</h1>\n    <p>Backend fetch failed</p>\n    <h3>Guru Meditation:</h3>\n    <p>XID: 45</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>")
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
	})
}

// TestReadersFiftyThirdBatch: what batches 237 to 239 (open-banking APIs, commerce
// platforms, SDKs' prints in other languages) asked for, each beside a look-alike.
func TestReadersFiftyThirdBatch(t *testing.T) {
	t.Run("a rate limit in words, with its delay", func(t *testing.T) {
		x := explainPaste(t, `"The rate limit for this resource is 4/day. Please try again in 85092 seconds"`)
		assert.Equal(t, "wait", string(x.Retry.Strategy))
		if assert.NotNil(t, x.Retry.AfterSeconds) {
			assert.Equal(t, 85092, *x.Retry.AfterSeconds)
		}
		x = explainPaste(t, "message: 'Request rate limit exceeded',")
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		_, err := Explain([]byte("What is the rate limit for this resource?"), Options{})
		assert.Error(t, err, "a question about a limit")
	})
	t.Run("words that say a request is not permitted", func(t *testing.T) {
		x := explainPaste(t, "You aren't permitted to perform this request")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte("[01-0[Removed. Phone #s not permitted] PayPal\\Core\\PayPalHttpConnection : INFO: POST https://api.paypal.com/v1/payments/billing-agreements/"), Options{})
		assert.Error(t, err, "a forum's redaction notice in a request's log line")
	})
	t.Run("PayPal's Adaptive Pay with a receiver's error", func(t *testing.T) {
		x := explainPaste(t, `{"responseEnvelope": {"timestamp": "2020-05-07T16:19:39.277-07:00", "ack": "Success", "correlationId": "43644d05d666", "build": "apapiserv-0.0.1_20200423071356971"}, "paymentExecStatus": "ERROR", "payErrorList": {"payError": [{"receiver": {"amount": "1100.00", "email": "x@example.com", "primary": "false"}, "error": {"errorId": "579045", "domain": "PLATFORM", "severity": "Error", "category": "Application", "message": "The amount exceeded the individual transaction limit of user 1100.00", "parameter": []}}]}}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "579045", x.Code)
		assert.Equal(t, "43644d05d666", x.RequestID)
		// Another API's envelope of the same name, without PayPal's members, is not PayPal's.
		assert.Nil(t, adaptiveError(parseObject(t, `{"payErrorList": {"payError": [{"error": {"code": "E1", "message": "x"}}]}}`)))
	})
	t.Run("Stripe.js's client-only Checkout's words", func(t *testing.T) {
		x := explainPaste(t, "Uncaught (in promise) Integration Error: No such sku: 'prod_IQ2sIKQ2ygGxBj'")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "IntegrationError: No such plan: 'price_xxxxxxxxxxxxxxx'")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "Error: No such plan: 'gold' in plans.yml")
		assert.Equal(t, "", providerOf(x), "a plan of any name is anyone's")
	})
	t.Run("a final state told in a message wrapped over lines", func(t *testing.T) {
		x := explainPaste(t, "_Spree::Core::GatewayError (You cannot cancel this PaymentIntent because it has a \nstatus of canceled. Only a PaymentIntent with one of the following statuses may be \ncanceled: requires_payment_method, requires_capture, requires_confirmation, requires_action.):_")
		assert.Equal(t, "none", string(x.Retry.Strategy))
		x = explainPaste(t, "Spree::Core::GatewayError (Your card was declined.\nYour previous order was paid.)")
		assert.Equal(t, "fix", string(x.Retry.Strategy), "no final state of this request")
	})
	t.Run("words of a final state, in the providers' own sentences", func(t *testing.T) {
		for _, m := range []string{
			"Origin already exists",
			"A cobrança [4828636] não pode ser removida: Só é possível remover cobranças pendentes ou vencidas.",
			"Não é possível alterar a forma de pagamento de cobranças recebidas ou confirmadas.",
			"Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout Session has a status of `expired`.",
			"Finalized invoices can't be updated in this way",
			"Payment approval has expired",
		} {
			assert.NotEqual(t, "", saysDone(strings.ToLower(m)), m)
		}
		for _, m := range []string{
			"Origin is invalid",
			"Só é possível alterar cobranças com valor maior que zero.",
			"This Checkout Session has a status of `open`.",
			"The invoice can't be finalized: it has no line items",
			"Approval URL has an expired certificate",
		} {
			assert.Equal(t, "", saysDone(strings.ToLower(m)), m)
		}
	})
	t.Run("open-banking APIs' bodies", func(t *testing.T) {
		x := explainPaste(t, `{"errorOccurred":"true","exceptionType":"com.yodlee.core.IllegalArgumentValueException","referenceCode":"_b9fc3eb2-da16-4f66-89ef-1aec0cbadc57","message":"Invalid argument value: Container type cannot be null"}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"errorOccurred":"false","exceptionType":"","message":"Accounts refreshed"}`), Options{})
		assert.Error(t, err, "no error occurred")
		x = explainPaste(t, `{"message": "This endpoint is deprecated. Use GET /v2/transactions with cursor pagination instead.", "code": 410, "codeDescription": "ENDPOINT_DEPRECATED", "errorId": "7baea63a-369c-45e8-a4eb-24ec8cc73053"}`)
		assert.Equal(t, "ENDPOINT_DEPRECATED", x.Code)
		assert.Equal(t, 410, x.HTTPStatus)
		assert.Equal(t, "10010", genericCode(parseObject(t, `{"code": 10010, "codeDescription": "ITEM_LOGIN_ERROR", "message": "Login failed"}`)), "a code of its own wins")
		x = explainPaste(t, "Something went wrong {\n  summary: \"Couldn't update account transactions\",\n  detail: 'Something went terribly wrong on our side - please contact support and provide error id: 521fb2f5b730f1c8322bc1fd257766a2',\n  status_code: 500\n}")
		assert.Equal(t, "521fb2f5b730f1c8322bc1fd257766a2", x.RequestID)
	})
}

// TestReadersFiftyThirdBatchReview: a helper's review of the readers of batches 234 to 239
// found these misfires; each is mended.
func TestReadersFiftyThirdBatchReview(t *testing.T) {
	t.Run("a final state in another line, a field's value or the reporter's words", func(t *testing.T) {
		x := explainPaste(t, "My previous invoice is already paid, so why does this fail?\nPayPal error 10527: Invalid Data - There's an error with this transaction. Please enter a valid credit card number and type.")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "2024-03-01 10:00:01 INFO order 1182 already canceled by customer, skipping\n2024-03-01 10:00:02 ERROR Stripe API error: Invalid API Key provided: sk_test_****************************1234")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, `{"name":"VALIDATION_ERROR","message":"Invalid request - see details","debug_id":"abc123def4567","details":[{"field":"/status","issue":"Invalid status 'ACTVE'. Allowed values: ACTIVE, INACTIVE."}]}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, `{"message":"The given data was invalid.","errors":{"status":["Invalid status."]}}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "I already cancelled the old subscription in the dashboard. Now creating a new one fails:\nStripe\\Exception\\CardException: Your card was declined. (card_declined)")
		assert.NotEqual(t, "none", string(x.Retry.Strategy))
	})
	t.Run("a plan's or a SKU's id of any make", func(t *testing.T) {
		for _, paste := range []string{
			"ValueError: No such plan: 'plan_pro_monthly' (check PLANS in settings.py)",
			"razorpay.errors.BadRequestError: No such plan: 'plan_HxQ8s7Jm2K'",
			"Error: No such sku: 'sku_TSHIRT_RED_M' in inventory",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "", providerOf(x), paste)
		}
	})
	t.Run("PayPal's Adaptive Pay that paid some receivers", func(t *testing.T) {
		x := explainPaste(t, `{"responseEnvelope":{"timestamp":"2020-05-07T16:19:39.277-07:00","ack":"Success","correlationId":"43644d05d666","build":"1"},"payKey":"AP-1AB23456CD789012E","paymentExecStatus":"INCOMPLETE","payErrorList":{"payError":[{"receiver":{"amount":"1100.00","email":"x@example.com","primary":"false"},"error":{"errorId":"579045","domain":"PLATFORM","severity":"Error","category":"Application","message":"The amount exceeded the individual transaction limit of user 1100.00"}}]},"paymentInfoList":{"paymentInfo":[{"transactionStatus":"COMPLETED","receiver":{"amount":"50.00","primary":"true"}}]}}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "resending would pay the paid receivers twice")
	})
	t.Run("a job's Ruby exception class and a rate limit's share", func(t *testing.T) {
		assert.NotEqual(t, "Net::ReadTimeout", genericCode(parseObject(t, `{"class":"PaymentSyncWorker","error_class":"Net::ReadTimeout","error_message":"Net::ReadTimeout with #<TCPSocket:(closed)>","retry_count":2}`)))
		_, err := Explain([]byte("2024-03-01 10:00:01 INFO PaymentSync: rate limit reached 80% of quota, slowing down"), Options{})
		assert.Error(t, err, "a calm line about a quota")
	})
}

// TestReadersFiftyFourthBatch: what batches 240 and 241 (Brazilian payment institutions,
// Spanish-speaking Latin America's gateways) asked for, each beside a look-alike.
func TestReadersFiftyFourthBatch(t *testing.T) {
	t.Run("PayU Latam's declined transaction under a call that went through", func(t *testing.T) {
		x := explainPaste(t, `{"code": "SUCCESS", "error": null, "transactionResponse": {"orderId": 7354347, "state": "DECLINED", "responseCode": "ANTIFRAUD_REJECTED", "errorCode": null, "responseMessage": null}}`)
		assert.Equal(t, "ANTIFRAUD_REJECTED", x.Code)
		assert.NotEqual(t, "APPROVED", genericCode(parseObject(t, `{"code": "SUCCESS", "transactionResponse": {"state": "APPROVED", "responseCode": "APPROVED"}}`)), "an approved transaction's response code is no error's")
	})
	t.Run("Decidir's rejected payment", func(t *testing.T) {
		x := explainPaste(t, `{"id":7719351,"site_transaction_id":"73e3ed66","payment_method_id":1,"amount":100,"currency":"ars","status":"rejected","status_details":{"ticket":"7162","card_authorization_code":"","error":{"type":"invalid_number","reason":{"id":14,"description":"TARJETA INVALIDA","additional_description":""}}}}`)
		assert.Equal(t, "invalid_number", x.Code)
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "", genericCode(parseObject(t, `{"status":"approved","status_details":{"ticket":"7162","error":{"type":"invalid_number"}}}`)), "an approved payment")
	})
	t.Run("PlacetoPay's failed status", func(t *testing.T) {
		x := explainPaste(t, `{"status":{"status":"FAILED","reason":0,"message":"No existe la sesión que busca","date":"2024-01-01T10:00:00-05:00"}}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"status":{"status":"OK","reason":"00","message":"La petición se ha procesado correctamente","date":"2024-01-01T10:00:00-05:00"}}`), Options{})
		assert.Error(t, err, "a success")
	})
	t.Run("a code in brackets leading a line of capitals", func(t *testing.T) {
		x := explainPaste(t, "(803) SISTEMA INDISPONIVEL - ERRO NO INSERT DA TABELA GCCBTB072 - FICHA")
		assert.Equal(t, "803", x.Code)
		assert.Equal(t, "803", codeInText("Error: (803) SISTEMA INDISPONIVEL - ERRO NO INSERT DA TABELA GCCBTB072 - FICHA"), "after a label")
		assert.Equal(t, "", codeInText("(12) Itens no carrinho"), "a count")
		assert.NotEqual(t, "401", codeInText("(401) Unauthorized"), "an HTTP status")
	})
	t.Run("Spanish \"no válida\"", func(t *testing.T) {
		x := explainPaste(t, "Firma no válida 6.5.0\n\nDe nuevo no funciona correctamente, siempre me da Firma no válida.")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		assert.Equal(t, "", providerOf(x))
	})
}

// TestReadersFiftyFourthBatchReview: a helper's review of the readers of batches 240 and
// 241 found these misfires; each is mended.
func TestReadersFiftyFourthBatchReview(t *testing.T) {
	t.Run("a number in brackets before words that are no failure", func(t *testing.T) {
		for _, paste := range []string{
			"(2024) Mercado Pago: novo limite de Pix",
			"(150) Adyen payouts processed",
			"(0001) Operação realizada com sucesso",
			"(000) APROVADA",
			"Pagamento via boleto\n(237) Bradesco\nStatus: Liquidado",
		} {
			_, err := Explain([]byte(paste), Options{})
			assert.Error(t, err, paste)
		}
		x := explainPaste(t, "e.Rede: transação recusada\n(260) Nu Pagamentos S.A.")
		assert.NotEqual(t, "260", x.Code, "a bank's number")
		x = explainPaste(t, "Payment failed\n(2024) Annual fees apply\n81703: Credit card type is not accepted by this merchant account.")
		assert.Equal(t, "81703", x.Code, "a year in brackets is no code")
		assert.Equal(t, "", codeInText("Error: (301) Moved Permanently"), "an HTTP status")
	})
	t.Run("\"no válid\" only as words of its own", func(t *testing.T) {
		_, err := Explain([]byte(`{"status":"approved","message":"Teléfono válido registrado"}`), Options{})
		assert.Error(t, err)
		_, err = Explain([]byte("Seu plano válido até 12/2026 foi renovado com sucesso."), Options{})
		assert.Error(t, err)
	})
	t.Run("PayU's call status SUCCESS", func(t *testing.T) {
		_, err := Explain([]byte(`{"code":"SUCCESS","error":null,"transactionResponse":{"state":"APPROVED","responseCode":"APPROVED"}}`), Options{})
		assert.Error(t, err, "an approved transaction")
		_, err = Explain([]byte(`{"code":"SUCCESS","error":null,"transactionResponse":{"state":"PENDING","responseCode":"PENDING_TRANSACTION_REVIEW"}}`), Options{})
		assert.Error(t, err, "a pending one")
		assert.Equal(t, "", genericCode(parseObject(t, `{"code":"SUCCESS","message":"Invalid signature"}`)))
	})
}
