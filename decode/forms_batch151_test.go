package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersThirtyFifthBatch: what batches 151 to 153 of real pastes and the corpus's
// misses asked for, each beside a look-alike that must not trigger it.
func TestReadersThirtyFifthBatch(t *testing.T) {
	t.Run("Asaas's field codes with Portuguese that has no accent", func(t *testing.T) {
		for _, paste := range []string{
			`{"errors":[{"code":"invalid_installmentValue","description":"O valor da parcela deve ser informado."}]}`,
			`{"errors":[{"code":"invalid_object","description":"Informe o número máximo de parcelas."}]}`,
		} {
			assert.Equal(t, "asaas", providerOf(explainPaste(t, paste)), paste)
		}
		for _, paste := range []string{
			`{"errors":[{"code":"invalid_amount","description":"El monto debe ser informado."}]}`,
			`{"errors":[{"code":"invalid_object","description":"Informe el número máximo de cuotas."}]}`,
			`{"errors":[{"code":"invalid_request","description":"The value must be informed."}]}`,
		} {
			assert.Equal(t, "", providerOf(explainPaste(t, paste)), "%s: Spanish or English, not Asaas's Portuguese", paste)
		}
	})
	t.Run("an app's copy of a Stripe error that keeps Stripe's words for its code", func(t *testing.T) {
		x := explainPaste(t, `{"error": {"code": "amount_too_small", "message": "Amount must be at least 50 cents", "field": "amount"}}`)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, `{"error": {"code": "amount_too_small", "message": "El importe es demasiado bajo", "field": "amount"}}`)
		assert.Equal(t, "", providerOf(x), "the code alone, in an app's own envelope, with its own words")
	})
	t.Run("the debug id of PayPal's SDK issue forms", func(t *testing.T) {
		form := "* SDK/Library version: paypal/rest-api-sdk-php 1.13.0\n* Environment: Sandbox\n* `PayPal-Debug-ID` values: 3526557536df0\n* Language, language version, and OS: PHP 7.1.7\n\n" +
			"When i make a payout payment i getting this error Got Http response code 400 when accessing https://api.sandbox.paypal.com/v1/payments/payouts?"
		x := explainPaste(t, form)
		assert.Equal(t, "3526557536df0", x.RequestID)
		assert.Equal(t, "paypal", providerOf(x))
		x = explainPaste(t, "- PHP Version: 7.0\n- PayPal-PHP-SDK Version: 1.7.4\n- Debug ID(s): 8a7c3e5b2f1d0\n\nGot Http response code 400 when accessing https://api.paypal.com/v1/payments/payment.")
		assert.Equal(t, "8a7c3e5b2f1d0", x.RequestID)
		x = explainPaste(t, "* SDK/Library version: 1.2\n* Environment: Sandbox\n* `PayPal-Debug-ID` values:\n* Language, language version, and OS: Python\n\nGot Http response code 400 when accessing https://api.sandbox.paypal.com/v1/payments/payment.")
		assert.Equal(t, "", x.RequestID, "the form's field left empty")
	})
	t.Run("a log whose first line is the app's, another line Stripe's words", func(t *testing.T) {
		log := "ERROR 2019-09-14 09:10:20,861 log 14583 139995647129664 Internal Server Error: /stripe/webhook/\n\n" +
			"InvalidRequestError at /stripe/webhook/\nRequest req_W0cVSRzwZGpqOE: No such payment_method: card_XXXXXX\n\nTraceback:\n\n" +
			"File \"/opt/apps/x/.venv/lib/python3.7/site-packages/django/core/handlers/exception.py\" in inner\n  34.             response = get_response(request)\n"
		x := explainPaste(t, log)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "resource_missing", x.Code, "the line with Stripe's words names the code")
		assert.Equal(t, "Request req_W0cVSRzwZGpqOE: No such payment_method: card_XXXXXX", x.Message)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "ERROR Internal Server Error: /orders/12/\n\nKeyError at /orders/12/\n'amount'\n")
		assert.Equal(t, "", x.Code, "no provider's words: nothing to name")
	})
	t.Run("ASP.NET Web API's 404 on a provider's host", func(t *testing.T) {
		x := explainPaste(t, `{"Message": "No HTTP resource was found that matches the request URI 'https://apiquerysandbox.cieloecommerce.cielo.com.br/1/sales/'."}`)
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"Message": "Resource was found at 'https://apiquerysandbox.cieloecommerce.cielo.com.br/1/sales/'."}`), Options{})
		assert.Error(t, err, "a message that reports no failure")
	})
	t.Run("Stone's card SDKs", func(t *testing.T) {
		x := explainPaste(t, `Optional(Error Domain=br.com.stone.StoneSDK Code=306 "Error reading response from server." UserInfo={NSLocalizedDescription=Error reading response from server.})`)
		assert.Equal(t, "stone", providerOf(x))
		assert.Equal(t, "306", x.Code)
		x = explainPaste(t, `Optional(Error Domain=br.com.example.PaySDK Code=306 "Error reading response from server.")`)
		assert.Equal(t, "", providerOf(x), "another company's domain")
	})
	t.Run("a lead-in that quotes the error, above the request that caused it", func(t *testing.T) {
		paste := "Hi, thank you that was the problem. I'm getting error \"Invalid Merchant Account\". This is what I send in request: \n\n" +
			"2023-11-02T10:54:33Z [AdyenNetworking] ---- Request (/paymentMethods) ----\n2023-11-02T10:54:33Z [AdyenNetworking] {\n  \"countryCode\" : \"NL\",\n  \"merchantAccount\" : \"Shop_NL\"\n}\n"
		x := explainPaste(t, paste)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "901", x.Code)
		_, err := Explain([]byte("I'm getting this when I send the request:\n{\n  \"countryCode\" : \"NL\",\n  \"merchantAccount\" : \"Shop_NL\"\n}\n"), Options{})
		assert.Error(t, err, "a lead-in that quotes nothing, above a request: no error")
	})
	t.Run("messages that say the request can never succeed", func(t *testing.T) {
		for _, paste := range []string{
			`{"name":"STATUS_INVALID","message":"Invalid profile status for cancel action; profile should be active or suspended","debug_id":"1a2b3c4d5e6f7"}`,
			"PayPal error 10009: You are over the time limit to perform a refund on this transaction",
		} {
			assert.Equal(t, "none", string(explainPaste(t, paste).Retry.Strategy), paste)
		}
		x := explainPaste(t, `{"error": {"type": "invalid_request_error", "message": "The time limit field must be a number"}}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy), "words about a field, not a final state")
	})
	t.Run("Mercado Pago's status_detail named in a log or a sentence", func(t *testing.T) {
		for paste, want := range map[string]string{
			"[2025-11-24 21:35:01] local.WARNING: Pagamento não está aprovado: status=rejected, status_detail=cc_rejected_insufficient_amount": "cc_rejected_insufficient_amount",
			`Cuando en la api call a Payments viene "status": "rejected", "status_detail": "cc_rejected_call_for_authorize"`:                   "cc_rejected_call_for_authorize",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, want, x.Code, paste)
			assert.Equal(t, "mercadopago", providerOf(x), paste)
		}
		_, err := Explain([]byte("[2025-11-24 21:35:01] local.INFO: status=approved, status_detail=accredited"), Options{})
		assert.Error(t, err, "an approved payment is no error")
	})
	t.Run("an SDK's path written with Windows's backslashes", func(t *testing.T) {
		for _, paste := range []string{
			"Error: No such customer: 'cus_X'\n    at Constructor._Error (C:\\app\\node_modules\\stripe\\lib\\Error.js:12:16)",
			`"stack": "Error: No such customer: 'cus_X'\\n    at Constructor._Error (C:\\\\app\\\\node_modules\\\\stripe\\\\lib\\\\Error.js:12:16)\\n"`,
		} {
			x := explainPaste(t, paste)
			assert.True(t, providerOf(x) == "stripe" || slicesContainsAlt(x, "stripe"), "%s: Stripe's SDK in the stack", paste)
		}
		x := explainPaste(t, "Error: Invalid array\n    at Constructor._Error (C:\\app\\node_modules\\stripey\\lib\\Error.js:12:16)")
		assert.False(t, slicesContainsAlt(x, "stripe"), "another package's path")
	})
	t.Run("stripe-python's error object serialized with its attributes", func(t *testing.T) {
		wrapper := `{"_message": "Your card was declined.", "code": "card_declined", "headers": {"Request-Id": "req_N1"}, "http_status": 402,` +
			` "json_body": {"error": {"code": "card_declined", "decline_code": "lost_card", "message": "Your card was declined.", "type": "card_error"}}, "request_id": "req_N1"}`
		for _, paste := range []string{wrapper, `[2024-03-01 10:00:00] production.ERROR: Payment failed {"response":` + wrapper + `} []`} {
			x := explainPaste(t, paste)
			assert.Equal(t, "stripe", providerOf(x), paste)
			assert.Equal(t, "none", string(x.Retry.Strategy), "%s: the issuer's lost_card, read inside json_body", paste)
		}
	})
	t.Run("a VCR cassette's body as a YAML quoted scalar over several lines", func(t *testing.T) {
		vcrpy := "  response:\n    body: {string: \"{\\n  \\\"error\\\": {\\n    \\\"code\\\": \\\"resource_missing\\\",\\n    \\\"\\\n" +
			"        message\\\": \\\"No such destination: 'acct_invalid'\\\",\\n    \\\"type\\\": \\\"invalid_request_error\\\"\\n  }\\n}\\n\"}\n" +
			"    headers:\n      Request-Id: [req_b8hlCWA3Eao0T1]\n    status: {code: 400, message: Bad Request}\n"
		x := explainPaste(t, vcrpy)
		assert.Equal(t, "resource_missing", x.Code)
		assert.Equal(t, 400, x.HTTPStatus, "vcrpy's status in flow style")
		assert.Equal(t, "req_b8hlCWA3Eao0T1", x.RequestID)
		ruby := "    body:\n      encoding: US-ASCII\n      string: ! \"{\\n  \\\"error\\\": {\\n    \\\"message\\\": \\\"Your card was declined.\\\",\\n\n" +
			"        \\   \\\"type\\\": \\\"card_error\\\",\\n    \\\"code\\\": \\\"card_declined\\\"\\n  }\\n}\\n\"\n    http_version: \n"
		x = explainPaste(t, ruby)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		value, _, ok := yamlQuoted([]byte("'it''s\n  folded'"), 0)
		assert.True(t, ok)
		assert.Equal(t, "it's folded", string(value))
		_, _, ok = yamlQuoted([]byte(`"one line"`), 0)
		assert.False(t, ok, "a scalar on one line is read as it is")
	})
	t.Run("a logger's record whose error is the API's words", func(t *testing.T) {
		x := explainPaste(t, `{"amount":75.5,"error":"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'k1' if you meant to execute a different request.","level":"error","message":"Stripe payment processing error:","service":"payment-service","timestamp":"2025-04-27 18:46:18"}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "idempotency_error", x.Code)
		x = explainPaste(t, `{"error":"db","level":"error","message":"Could not save the order: the connection was refused","timestamp":"2025-04-27 18:46:18"}`)
		assert.Equal(t, "Could not save the order: the connection was refused", x.Message, "a shorter error string is not the message")
	})
	t.Run("flutter_stripe's Dart frames", func(t *testing.T) {
		log := "E/flutter ( 1124): Unhandled Exception: PlatformException(Failed, , null, null)\n" +
			"E/flutter ( 1124): #2      MethodChannelStripe.presentPaymentSheet (package:stripe_platform_interface/src/method_channel_stripe.dart:181:5)\n" +
			"E/flutter ( 1124): #3      Stripe.presentPaymentSheet (package:flutter_stripe/src/stripe.dart:268:5)\n"
		assert.Equal(t, "stripe", providerOf(explainPaste(t, log)))
	})
	t.Run("a review's look-alikes", func(t *testing.T) {
		// A winston record whose error is the stack under the same message.
		x := explainPaste(t, `{"level":"error","message":"Your card was declined.","error":"StripeCardError: Your card was declined.\n    at Function.generate (/app/node_modules/stripe/lib/Error.js:40:16)","timestamp":"2025-04-27 18:46:18"}`)
		assert.Equal(t, "Your card was declined.", x.Message)
		// Text that says "string:" and is no cassette.
		x = explainPaste(t, "Could not parse response string: \"{\n  \"error\": {\"message\": \"Your card was declined.\", \"type\": \"card_error\", \"code\": \"card_declined\"}\n}\"")
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, "stripe", providerOf(x))
		// Mercado Pago's status_detail of a payment still pending, or refunded.
		for _, paste := range []string{
			"Pix payment created: id 123456789, status: pending, status_detail: pending_waiting_transfer",
			"Payment 123 status_detail=partially_refunded",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotContains(t, x.Code, "pending", paste)
				assert.NotEqual(t, "partially_refunded", x.Code, paste)
			}
		}
		assert.Equal(t, "4020", explainPaste(t, "Payment failed. status_detail: pending_review_manual, error code: 4020").Code)
		// A line with a provider's short phrase in another sense.
		x = explainPaste(t, "Stripe payment failed for order 1234\nTraceback (most recent call last):\n  File \"/app/lib/python3.9/site-packages/stripe/http_client.py\", line 10, in request\nOSError: [Errno 2] No such file or directory: '/app/stripe/data/ca-certificates.crt'")
		assert.NotEqual(t, "resource_missing", x.Code)
		// Another gateway's error, or another sense of Stripe's words.
		for _, paste := range []string{
			`{"error": {"code": "resource_missing", "message": "No such file or directory", "field": "path"}}`,
			`{"error": {"code": "card_declined", "message": "Your card was declined by Adyen", "provider": "adyen"}}`,
		} {
			assert.Equal(t, "", providerOf(explainPaste(t, paste)), paste)
		}
		// Spanish and Italian are not Asaas's Portuguese.
		for _, paste := range []string{
			`{"errors":[{"code":"invalid_card","description":"Tarjeta rechazada. Informe a su banco."}]}`,
			`{"errors":[{"code":"invalid_amount","description":"L'importo deve essere maggiore di zero"}]}`,
		} {
			assert.Equal(t, "", providerOf(explainPaste(t, paste)), paste)
		}
		// A lead-in with an apostrophe quotes no error.
		_, err := Explain([]byte("I'm getting the error 'cause I don't know what's wrong. Here is what I send:\n{\"amount\": 100, \"currency\": \"BRL\"}"), Options{})
		assert.Error(t, err)
		// A Node frame in Windows's backslashes is the SDK's first frame, as with slashes.
		assert.Equal(t, "cielo", providerOf(explainPaste(t, "Error: request failed\n    at C:\\app\\node_modules\\cielo\\lib\\index.js:10:5")))
		// YAML's escapes past the BMP.
		value, _, ok := yamlQuoted([]byte("\"{\\U0001F600\n \\uD83D\\uDE00}\""), 0)
		assert.True(t, ok)
		assert.Equal(t, "{😀 😀}", string(value))
	})
	t.Run("words that say to try later, in English and Spanish", func(t *testing.T) {
		for _, paste := range []string{
			"A system error has occurred. Try later.",
			"[Error] Ha habido un error. Por favor inténtelo de nuevo. Error 1016",
		} {
			assert.Equal(t, "backoff", string(explainPaste(t, paste).Retry.Strategy), paste)
		}
		assert.Equal(t, "fix", string(explainPaste(t, "Error: invalid card number, please try a later expiry date").Retry.Strategy), "words about a date")
	})
}

// slicesContainsAlt reports whether id is among x's alternatives.
func slicesContainsAlt(x *Explanation, id string) bool {
	for _, a := range x.Alternatives {
		if a.ID == id {
			return true
		}
	}
	return false
}
