package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersThirtyThirdBatch: what batches 139 to 144 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersThirtyThirdBatch(t *testing.T) {
	t.Run("a browser's SSL error on a provider's URL is the network's, not the provider's", func(t *testing.T) {
		x := explainPaste(t, `"SSL Error: https://api.mercadopago.com/checkout/preferences?access_token=TEST-4542114287084561-.... does not support SSL"`)
		assert.Equal(t, "", providerOf(x), "nothing reached Mercado Pago")
		assert.Equal(t, "TLS_ERROR", x.Code)
		x = explainPaste(t, `{"message":"invalid access_token","error":"bad_request","status":400,"cause":[]}`)
		assert.Equal(t, "bad_request", x.Code, "an answer with a status is no network failure")
	})
	t.Run("nginx's and Apache's 401 phrase alone", func(t *testing.T) {
		x := explainPaste(t, "401 Authorization Required")
		assert.Equal(t, 401, x.HTTPStatus)
		for _, paste := range []string{
			"Bank authorization required for this card: the payment was declined",
			`order 1234 payment state: "Authorization Required" (waiting for customer 3DS)`,
			`{"error":{"code":"AUTHORIZATION_REQUIRED","message":"Customer must approve the payment in the banking app"}}`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, 401, x.HTTPStatus, "%s: the words without their number may be a payment waiting for 3-D Secure", paste)
			}
		}
	})
	t.Run("a server error on an OAuth token request moves no money", func(t *testing.T) {
		tokenOnly := "[16-06-2015 03:25:06] PayPal\\Core\\PayPalHttpConnection: INFO\t: POST https://api.sandbox.paypal.com/v1/oauth2/token\n" +
			"[16-06-2015 03:25:08] PayPal\\Core\\PayPalHttpConnection: INFO\t: Response Status \t: 500\n" +
			"[16-06-2015 03:25:08] PayPal\\Core\\PayPalHttpConnection: ERROR\t: Got Http response code 500 when accessing https://api.sandbox.paypal.com/v1/oauth2/token. \n"
		x := explainPaste(t, tokenOnly)
		assert.Equal(t, 500, x.HTTPStatus)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		payment := "[16-06-2015 03:25:06] PayPal\\Core\\PayPalHttpConnection: INFO\t: POST https://api.sandbox.paypal.com/v1/oauth2/token\n" +
			"[16-06-2015 03:25:07] PayPal\\Core\\PayPalHttpConnection: INFO\t: POST https://api.sandbox.paypal.com/v1/payments/payment\n" +
			"[16-06-2015 03:25:08] PayPal\\Core\\PayPalHttpConnection: ERROR\t: Got Http response code 500 when accessing https://api.sandbox.paypal.com/v1/payments/payment. \n"
		x = explainPaste(t, payment)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "the payment's outcome is unknown")
		// A review's look-alikes: the payment's call shown in another way than a URL.
		for _, paste := range []string{
			"[2024-05-01 10:00:01] token ok from https://api-m.paypal.com/v1/oauth2/token\n[2024-05-01 10:00:02] capture failed: HTTP 500 {\"name\":\"INTERNAL_SERVER_ERROR\",\"message\":\"An internal server error occurred.\",\"debug_id\":\"90957fca61718\"}",
			"POST https://api-m.sandbox.paypal.com/v1/oauth2/token 200\nPOST /v2/checkout/orders/5O190127TN364715T/capture HTTP/1.1\nHost: api-m.sandbox.paypal.com\n\nHTTP/1.1 500 Internal Server Error\n{\"name\":\"INTERNAL_SERVER_ERROR\",\"message\":\"An internal server error occurred.\"}",
			"DEBUG Requesting https://api-m.paypal.com/v1/oauth2/token\nERROR 500 {\"name\":\"INTERNAL_SERVER_ERROR\",\"links\":[{\"href\":\"https:\\/\\/api-m.paypal.com\\/v2\\/checkout\\/orders\\/5O19\\/capture\"}]}",
			"POST https://www.sandbox.paypal.com/smart/api/order/5O190127TN364715T/capture 500 (Internal Server Error)\n(server) auth: POST https://api-m.sandbox.paypal.com/v1/oauth2/token 200",
		} {
			x = explainPaste(t, paste)
			assert.NotEqual(t, "backoff", string(x.Retry.Strategy), paste)
		}
	})
	t.Run("a dump copied through a code view's gutter", func(t *testing.T) {
		x := explainPaste(t, "stdClass Object\n--\n  | (\n  | [StatusId] => E\n  | [ErrorCode] => 422\n  | [ErrorText] => PaymentsNoBinRouteFound\n  | [EventId] => 2054\n  | )\n")
		assert.Equal(t, "2054", x.Code, "Viva Wallet's EventId is the outcome's code; its ErrorCode says only that the call failed")
		lines := []string{"| code | meaning |", "|---|---|", "| 10001 | failed |"}
		assert.False(t, ungutterLines(lines, 3), "a Markdown table's rows keep their bars")
		assert.Equal(t, "| code | meaning |", lines[0])
	})
	t.Run("a code and what it was about", func(t *testing.T) {
		x := explainPaste(t, `"resource_missing - intent"`)
		assert.Equal(t, "resource_missing", x.Code)
		for _, paste := range []string{"Pending - 3 days", "Success - order created", "NotFound - order", "Refused - Mercado Pago", "UNDEFINED - paypal"} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Equal(t, "", providerOf(x), "%s: a word is no code", paste)
			}
		}
		for _, paste := range []string{"resource_wanted - intent", "resource_missing - the intent was never created by the shop"} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "resource_wanted", x.Code, paste)
				assert.NotEqual(t, "resource_missing", x.Code, "%s: a sentence after the dash is more than a subject", paste)
			}
		}
	})
	t.Run("Stripe's own words", func(t *testing.T) {
		for _, paste := range []string{
			"2025-11-12 11:34:21 ❌ Signature error: Unable to extract timestamp and signatures from header",
			"StripeApiException (You cannot confirm this PaymentIntent because it's missing a payment method.",
			"The statement_descriptor parameter is not supported for the payment_method_type `card`. Please see https://support.stripe.com/questions/use-of-the-statement-descriptor-parameter-on-paymentintents-for-card-charges for additional details.",
		} {
			assert.Equal(t, "stripe", providerOf(explainPaste(t, paste)), paste)
		}
		for _, paste := range []string{"Error: no such price exists for this product", "PagarMe\\Exceptions\\PagarMeException: No such price: plan_gold",
			"paddle api error: 404 entity_not_found No such price: pri_01gsz8x8sawmvhz1pv30nge1ke"} {
			assert.NotEqual(t, "stripe", providerOf(explainPaste(t, paste)), "%s: a price of the caller's naming is nobody's mark", paste)
		}
	})
	t.Run("PayPal's v1 capture on a completed authorization", func(t *testing.T) {
		x := explainPaste(t, "ERROR: AUTHORIZATION_ALREADY_COMPLETED")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "none", string(x.Retry.Strategy))
	})
}
