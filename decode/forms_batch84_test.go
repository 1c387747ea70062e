package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentyThirdBatch: what batches 84 to 89 of real pastes, and a second look at
// the corpus's misses, asked for, each beside a look-alike that must not trigger it.
func TestReadersTwentyThirdBatch(t *testing.T) {
	t.Run("a wrapper's message that tells the status and quotes the body", func(t *testing.T) {
		x := explainPaste(t, `{"ts":"2025-10-03 02:50:41","accion":"checkout_mp_preference_fail","data":{"error":"Mercado Pago API error: HTTP 400 - {\"message\":\"auto_return invalid. back_url.success must be defined\",\"error\":\"invalid_auto_return\",\"status\":400,\"cause\":null}"}}`)
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "invalid_auto_return", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, `{"error": {"type": "RuntimeException", "message": "Gateway said HTTP 402 - {\"code\": \"E42\", \"text\": \"declined\"}", "code": "0"}}`)
		assert.Equal(t, "E42", x.Code)
		assert.Equal(t, 402, x.HTTPStatus, "the status told before the quoted body")
		// An error's own message that happens to be JSON is no body to descend into.
		x = explainPaste(t, "Array\n(\n    [error] => {\"message\":\"Faltando escopos necessários.\"}\n    [response] => Forbidden\n    [statusCode] => 403\n)")
		assert.Equal(t, 403, x.HTTPStatus)
	})
	t.Run("a log record whose message is a connection that failed", func(t *testing.T) {
		x := explainPaste(t, `{"timestamp":"2025-06-04 23:53:38","environment":"sandbox","message":"Order creation error: PayPal API error: Failed to connect to api.sandbox.paypal.com port 443 after 21169 ms: Couldn't connect to server","context":{"exception_type":"PayPalHttp\\IOException"}}`)
		assert.Equal(t, "", providerOf(x), "the network failed, not PayPal")
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, `{"timestamp":"2025-06-08 00:30:55","message":"Order creation error: SSL certificate problem: self-signed certificate in certificate chain","context":{}}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A record with an error code of its own is that error, whatever its message says.
		x = explainPaste(t, `{"timestamp":"2025-06-08 00:30:55","message":"Order creation error: timed out waiting for approval","code":"ORDER_NOT_APPROVED","status":422}`)
		assert.Equal(t, "ORDER_NOT_APPROVED", x.Code)
	})
	t.Run("a body that is only a sentence of failure", func(t *testing.T) {
		x := explainPaste(t, `{"message":"Você não possui permissão para utilizar este recurso. Entre em contato com seu gerente de contas."}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"message":"Cobrança criada com sucesso para o cliente informado."}`), Options{})
		assert.Error(t, err, "a sentence that reports success is no error")
	})
	t.Run("Mercado Libre's namespaced codes in the shared envelope", func(t *testing.T) {
		x := explainPaste(t, `{"message":"seller.unable_to_list","error":"User is unable to list.","status":403,"cause":["address_pending","phone_pending"]}`)
		assert.Equal(t, "", providerOf(x), "Mercado Libre's marketplace API, not Mercado Pago")
		assert.Equal(t, "seller.unable_to_list", x.Code)
		x = explainPaste(t, `{"message":"Couldn't obtain a valid item condition mapping from ITEM_CONDITION attribute.","error":"item.attributes.condition.invalid","status":400,"cause":[]}`)
		assert.Equal(t, "item.attributes.condition.invalid", x.Code)
		x = explainPaste(t, `{"message":"invalid_token","cause":[],"error":"not_found","status":401}`)
		assert.Equal(t, "invalid_token", x.Code, "the message is the more specific code")
		x = explainPaste(t, `{"error_message": "[400] Some errors occurred: {\"message\":\"Error validating grant.\",\"error\":\"invalid_grant\",\"status\":400,\"cause\":[]}", "error_file": "/var/www/vendor/dsc/mercado-livre/src/MeliException.php"}`)
		assert.Equal(t, "", providerOf(x), "the paste names Mercado Libre's SDK")
		assert.Equal(t, "invalid_grant", x.Code)
		assert.Equal(t, 400, x.HTTPStatus, "the status told before the quoted body")
		x = explainPaste(t, `{"message":"invalid access token","error":"unauthorized","status":401,"cause":[{"code":2,"description":"invalid access token"}]}`)
		assert.Equal(t, "mercadopago", providerOf(x), "Mercado Pago's own envelope stays Mercado Pago's")
	})
	t.Run("Chromium's net errors are failures below HTTP", func(t *testing.T) {
		x := explainPaste(t, "GET https://api.mercadolibre.com/items/validate?x=1 net::ERR_EMPTY_RESPONSE\nSroc.load @ mercadolibre-1.0.4.js:1365")
		assert.Equal(t, "ECONNRESET", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "a read: safe to send again")
		x = explainPaste(t, "POST https://api.example.com/v1/payments net::ERR_NAME_NOT_RESOLVED")
		assert.Equal(t, "ENOTFOUND", x.Code)
	})
	t.Run("PayPal Adaptive Payments' NVP answer", func(t *testing.T) {
		x := explainPaste(t, "responseEnvelope.timestamp=2017-05-26T07%3A27%3A03.530-07%3A00&responseEnvelope.ack=Failure&responseEnvelope.correlationId=ba84809c175f6&responseEnvelope.build=32250686&error(0).errorId=550001&error(0).domain=PLATFORM&error(0).severity=Error&error(0).message=This+payment+request+must+be+authorized+by+the+sender")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "550001", x.Code)
		assert.Equal(t, "ba84809c175f6", x.RequestID)
		assert.False(t, formKey("item(0).name"), "only error(N) keys hold parentheses")
	})
	t.Run("one member of a larger print_r, an SDK model inside", func(t *testing.T) {
		x := explainPaste(t, "[errors] => PayPal\\Api\\Error Object\n        (\n            [_propMap:PayPal\\Common\\PayPalModel:private] => Array\n                (\n                    [name] => ACCOUNT_UNCONFIRMED_EMAIL \n                    [message] => Sender's email is not confirmed\n                )\n\n        )")
		assert.Equal(t, "ACCOUNT_UNCONFIRMED_EMAIL", x.Code)
		// iugu's errors keyed by field hold no code of their own: the dump stays whole.
		x = explainPaste(t, "Array\n(\n    [errors] => Array\n        (\n            [email] => não é válido\n        )\n\n)")
		assert.Equal(t, "", x.Code)
	})
	t.Run("Stripe's own sentences", func(t *testing.T) {
		for _, s := range []string{
			"This PaymentMethod was previously used without being attached to a Customer or was detached from a Customer, and may not be used again",
			"The provided key 'rk_test_***' does not have the required permissions for this endpoint on account 'acct_***'. Having the 'rak_charge_write' permission would allow this request to continue.",
			"Error: Insufficient funds in Stripe account. You can use the the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).",
			"No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?",
		} {
			assert.Equal(t, "stripe", providerOf(explainPaste(t, s)), s)
		}
	})
}
