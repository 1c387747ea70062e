package decode

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentySeventhBatch: what batches 104 to 106 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersTwentySeventhBatch(t *testing.T) {
	t.Run("Stripe's mobile SDKs: the API's code beside their own Failed", func(t *testing.T) {
		x := explainPaste(t, `{"code": "Failed", "declineCode": null, "localizedMessage": "The provided PaymentMethod has failed authentication.", "message": "The provided PaymentMethod has failed authentication.", "stripeErrorCode": "payment_intent_authentication_failure", "type": "invalid_request_error"}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "payment_intent_authentication_failure", x.Code)
		x = explainPaste(t, `{"code": "Failed", "declineCode": "insufficient_funds", "localizedMessage": "Your card has insufficient funds.", "message": "Your card has insufficient funds.", "stripeErrorCode": "card_declined", "type": "card_error"}`)
		assert.Equal(t, "card_declined", x.Code, "as in Stripe's own body, the issuer's reason beside it")
		assert.Contains(t, x.Message, "insufficient funds")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("Stripe's mobile SDKs when the phone never reached the API", func(t *testing.T) {
		x := explainPaste(t, `{"code": "Failed", "declineCode": null, "localizedMessage": "IOException during API request to Stripe (https://api.stripe.com/v1/payment_intents/pi_123/confirm): Unable to resolve host \"api.stripe.com\": No address associated with hostname.", "message": "IOException during API request to Stripe (https://api.stripe.com/v1/payment_intents/pi_123/confirm): Unable to resolve host \"api.stripe.com\": No address associated with hostname.", "stripeErrorCode": null, "type": null}`)
		assert.Equal(t, "", providerOf(x), "a failure below HTTP is no provider's error")
		assert.Equal(t, "fix", string(x.Retry.Strategy), "DNS: the set-up must change")
		x = explainPaste(t, `{"code": "Failed", "declineCode": null, "localizedMessage": "Your card has insufficient funds.", "message": "Your card has insufficient funds.", "stripeErrorCode": null, "type": null}`)
		assert.Equal(t, "stripe", providerOf(x), "the same shape with the API's words is Stripe's")
	})
	t.Run("flutter_stripe's exception as Dart prints it", func(t *testing.T) {
		x := explainPaste(t, "flutter: Error in makePayment: StripeException(error: LocalizedErrorMessage(code: FailureCode.Failed, localizedMessage: `secret` format does not match expected client secret formatting., message: `secret` format does not match expected client secret formatting., stripeErrorCode: null, declineCode: null, type: null))")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "flutter: Error in makePayment: PaymentException(error: LocalizedErrorMessage(code: FailureCode.Failed, localizedMessage: secret format does not match))")
		assert.Equal(t, "", providerOf(x), "another plugin's exception of the same shape")
	})
	t.Run("PayPal's Native Checkout SDKs by their module", func(t *testing.T) {
		x := explainPaste(t, "PayPalCheckout.SDKGeneralErrors error 3")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "3", x.Code)
	})
	t.Run("Flutter's PlatformException: the plugin's code first", func(t *testing.T) {
		x := explainPaste(t, "E/flutter (26185): [ERROR:flutter/lib/ui/ui_dart_state.cc(199)] Unhandled Exception: PlatformException(10, 10: , null, null)\nE/flutter (26185): #0      StandardMethodCodec.decodeEnvelope (package:flutter/src/services/message_codecs.dart:597:7)")
		assert.Equal(t, "10", x.Code)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "I/flutter ( 5789): PlatformException(Error, Error(exception=java.lang.Exception: ERROR), null, null)")
		assert.NotEqual(t, "Error", x.Code, "a plugin that says only Error gives no code")
	})
	t.Run("Authorize.Net AIM's reason code and text in a print_r", func(t *testing.T) {
		x := explainPaste(t, "2015-06-04T13:29:55+00:00 DEBUG (7): Array\n(\n    [result] => Array\n        (\n            [response_code] => 3\n            [response_subcode] => 2\n            [response_reason_code] => 33\n            [response_reason_text] => (TESTMODE) Credit card number is required.\n            [transaction_id] => 0\n        )\n\n)")
		assert.Equal(t, "33", x.Code, "the reason, not the result's 3")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("an app's log context: error_type and status_http", func(t *testing.T) {
		x := explainPaste(t, `[2026-02-20 15:45:13] [ERROR] [POST /api/create_order.php] SumUp createCheckoutCard - Falha | Context: {"error_type":"READER_BUSY","error_detail":"There is a pending checkout for the device.","status_http":422}`)
		assert.Equal(t, "READER_BUSY", x.Code)
		assert.Equal(t, 422, x.HTTPStatus)
		x = explainPaste(t, `{"error_type":"request_invalid","error_codes":["card_number_invalid"],"request_id":"0HL80RJLS76I7"}`)
		assert.Equal(t, "card_number_invalid", x.Code, "Checkout.com's list of codes comes before its type")
	})
	t.Run("Cybersource's errorInformation, its decision and its reply fields", func(t *testing.T) {
		x := explainPaste(t, `{"errorInformation":{"reason":"PROCESSOR_ERROR","message":"No such issuer"},"id":"7340154351486004804989","status":"DECLINED"}`)
		assert.Equal(t, "PROCESSOR_ERROR", x.Code)
		assert.Equal(t, "No such issuer", x.Message)
		x = explainPaste(t, `{"error":{"reason":"The card was declined by the issuer","message":"Declined"}}`)
		assert.NotEqual(t, "The card was declined by the issuer", x.Code, "a reason in words is no code")
		x = explainPaste(t, "Payment processor error This field is invalid or missing. Please contact customer support.: merchant_id \n\nccAuthReply_reasonCode=150\nrequestID=4667236970366429001015\nreasonCode=150")
		assert.Equal(t, "150", x.Code)
		assert.Equal(t, "4667236970366429001015", x.RequestID)
		x = explainPaste(t, "decision: REJECT\nreasonCode: 101\nmerchantReferenceCode: 106")
		assert.Equal(t, "101", x.Code, "REJECT is a failure")
	})
	t.Run("request ids: Circle's errId and a ray in a Java header map", func(t *testing.T) {
		x := explainPaste(t, "Status 401\nMessage: 401 Unauthorized. errId: 02371124-5fa7-2aa2-467a-2635d4eaa2d8")
		assert.Equal(t, "02371124-5fa7-2aa2-467a-2635d4eaa2d8", x.RequestID)
		x = explainPaste(t, "Status code  : 401\nStatus text  : Unauthorized\nHeaders      : {Date=[Tue, 27 Feb 2024 14:48:32 GMT], Content-Type=[application/json], CF-Ray=[85c13aad4f1a513a-CMB], CF-Cache-Status=[DYNAMIC]}")
		assert.Equal(t, "85c13aad4f1a513a-CMB", x.RequestID)
		assert.Equal(t, 401, x.HTTPStatus)
	})
	t.Run("a missing API key said in words", func(t *testing.T) {
		x := explainPaste(t, `No API Key detected. Please provide your API key in the Authorization header, using Basic auth (e.g. "Authorization: Basic YOUR_SECRET_KEY").`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("Spring's client exceptions: the status first, the reason in any language", func(t *testing.T) {
		x := explainPaste(t, "Caused by: org.springframework.web.client.HttpClientErrorException: 404 No Encontrado\n    at org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:76)")
		assert.Equal(t, 404, x.HTTPStatus)
		x = explainPaste(t, "org.springframework.web.client.HttpServerErrorException$InternalServerError: 500 : [{\"message\":\"boom\"}]")
		assert.Equal(t, 500, x.HTTPStatus)
		_, ok := statusInText("org.springframework.web.client.HttpClientErrorException: 4040 items")
		assert.False(t, ok, "a longer number is no status")
	})
	t.Run("Mercado Pago's .NET enums in Json.NET's error", func(t *testing.T) {
		x := explainPaste(t, `Error converting value "" to type 'MercadoPago.Common.PaymentTypeId'. Path 'payment_methods.excluded_payment_types[0].id', line 1, position 776.`)
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("CakePHP's debug(): short arrays and typed scalars", func(t *testing.T) {
		x := explainPaste(t, "[\n\t'code' => (int) 400,\n\t'body' => [\n\t\t'message' => 'card_id is required',\n\t\t'error' => 'bad_request',\n\t\t'status' => (int) 400,\n\t\t'cause' => []\n\t]\n]")
		assert.Equal(t, "mercadopago", providerOf(x), "Mercado Pago's body, once read")
		assert.Equal(t, "bad_request", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.NotContains(t, x.Code, "(int")
	})
	t.Run("a platform's own check names the provider without being its error", func(t *testing.T) {
		x := explainPaste(t, "bug payment mercado pago error 400 Bad Request Mercado Pago: Received data with missing reference.")
		assert.Equal(t, "", providerOf(x), "Odoo found the notification's reference missing")
		x = explainPaste(t, "mercado pago error 400 Bad Request: Mercado Pago: invalid access token")
		assert.Equal(t, "mercadopago", providerOf(x), "the name beside a status still counts")
	})
	t.Run("a refusal said with 'no es posible'", func(t *testing.T) {
		x := explainPaste(t, `"No es posible procesar el pago con su cuenta de PayPal en este momento. Regrese al sitio web del comercio e intente utilizar otra forma de pago"`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a field required, said in Spanish", func(t *testing.T) {
		x := explainPaste(t, `El parametro "shipping_lines" es requerido.`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("conekta-php's base class", func(t *testing.T) {
		x := explainPaste(t, "Could not get the id of ConektaResource instance")
		assert.Equal(t, "conekta", providerOf(x))
	})
	t.Run("a log that repeats one failure: its prefix ends before the message", func(t *testing.T) {
		line := "[21-May-2025 17:07:%02d Europe/London] Webhook signature verification failed: No signatures found matching the expected signature for payload\n"
		var log string
		for i := 40; i < 46; i++ {
			log += fmt.Sprintf(line, i)
		}
		x := explainPaste(t, log)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Contains(t, x.Message, "verification failed")
		got, ok := stripPrefixes("[2019-08-09 13:55:50] production.ERROR: a\n[2019-08-09 13:55:51] production.ERROR: b\n[2019-08-09 13:55:52] production.ERROR: c")
		assert.True(t, ok)
		assert.Equal(t, "a\nb\nc", got, "a logger's level is still its prefix")
	})
	t.Run("Stripe.js and Elements", func(t *testing.T) {
		for _, in := range []string{
			"IntegrationError: stripe.redirectToCheckout: You must provide one of lineItems, items, or sessionId",
			"Uncaught IntegrationError: Please call Stripe() with your publishable key. You used an empty string.\n    at new r (https://js.stripe.com/v3/:1:6155)",
			"Invalid token creation param: exp_month should be used in Elements instead",
		} {
			assert.Equal(t, "stripe", providerOf(explainPaste(t, in)), in)
		}
		x := explainPaste(t, "IntegrationError: checkout.redirect: You must provide one of lineItems, items, or sessionId")
		assert.Equal(t, "", providerOf(x), "another library's method")
		x = explainPaste(t, `Uncaught (in promise) {code: "incomplete_number", type: "validation_error", message: "Your card number is incomplete."}`)
		assert.Equal(t, "", providerOf(x), "Elements' words, which other card forms copy, name nobody alone")
	})
	t.Run("PayPal's JavaScript SDK", func(t *testing.T) {
		for _, in := range []string{
			"Uncaught Error: Expected an order id to be passed",
			"ppxo_unhandled_error \n\nObject {stack: \"Error: No response from window - cleaned up\", errtype: \"[object Error]\"}",
		} {
			assert.Equal(t, "paypal", providerOf(explainPaste(t, in)), in)
		}
		x := explainPaste(t, "Uncaught (in promise) Error: Missing `client-id` attribute that is required for the SDK to work")
		assert.Equal(t, "", providerOf(x), "Klarna's Web SDK throws the same words")
		x = explainPaste(t, "Fatal error in /var/www/modules/paypalcheckout.php line 12: Call to undefined function foo()")
		assert.Equal(t, "", providerOf(x), "a shop module's file named for PayPal is no PayPal SDK")
	})
	t.Run("Linux's ECONNRESET by its number", func(t *testing.T) {
		x := explainPaste(t, "[2017-05-05 14:49:58] production.ERROR: exception 'PayPal\\Exception\\PayPalConnectionException' with message 'SSL read: error:00000000:lib(0):func(0):reason(0), errno 104' in /var/www/vendor/paypal/rest-api-sdk-php/lib/PayPal/Core/PayPalHttpConnection.php:140")
		assert.Equal(t, "", providerOf(x), "the connection's failure, not PayPal's answer")
		assert.Equal(t, "ECONNRESET", x.Code)
		x = explainPaste(t, "pymysql.err.OperationalError: (1040, 'Too many connections') [Errno 1040] Too many connections")
		assert.NotEqual(t, "ECONNRESET", x.Code, "a longer number is not errno 104")
	})
	t.Run("a logger named for a failure is still a prefix", func(t *testing.T) {
		for _, name := range []string{"payment_failed.ERROR: ", "c.e.PaymentFailedListener : ", "[InvalidPaymentHandler] ", "webhook-failures-1  | "} {
			var log string
			for i, l := range []string{"Stripe error {", `  "error": {`, `    "code": "card_declined",`, `    "message": "Your card was declined.",`, `    "type": "card_error"`, "  }", "}"} {
				log += fmt.Sprintf("[2024-01-01 10:00:%02d] %s%s\n", i, name, l)
			}
			x := explainPaste(t, log)
			assert.Equal(t, "card_declined", x.Code, name)
		}
	})
	t.Run("request ids: only a field of its own name", func(t *testing.T) {
		x := explainPaste(t, `POST /v1/payments?clientRequestId=order-4711 failed with status 400: {"error":"invalid_request","message":"amount is required"}`)
		assert.NotEqual(t, "order-4711", x.RequestID, "the client's own id")
		_, err := Explain([]byte(`{"data":{"id":1},"errorInfo":{"errorCode":"0000","errorMessage":"success"}}`), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "errorInfo of a success is no error")
	})
	t.Run("var_export's short arrays on one line", func(t *testing.T) {
		x := explainPaste(t, `['code' => 400, 'message' => 'card_id is required', 'error' => 'bad_request']`)
		assert.NotContains(t, x.Code, "]")
	})
	t.Run("the Stripe CLI's answer from the Dashboard's API: message_code", func(t *testing.T) {
		x := explainPaste(t, `unexpected http status code: 400 {"error":{"message":"The livemode of the authorization key you provided does not match that of the key provided in the Stripe-Account header.","message_code":"stripe_account_livemode_mismatch"}}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "stripe_account_livemode_mismatch", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
	})
}
