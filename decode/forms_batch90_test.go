package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentyFourthBatch: what batches 90 to 94 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersTwentyFourthBatch(t *testing.T) {
	t.Run("an operation already under way is checked, not resent", func(t *testing.T) {
		x := explainPaste(t, `Got Http response code 400 when accessing https://api.sandbox.paypal.com/v2/payments/captures/5PY68758DD569400X/refund. {"name":"TRANSACTION_REFUSED","message":"The request was refused. Refund operation is already in progress","debug_id":"5171b5801dabe"}`)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		x = explainPaste(t, `Got Http response code 400 when accessing https://api.sandbox.paypal.com/v2/payments/captures/5PY68758DD569400X/refund. {"name":"TRANSACTION_REFUSED","message":"The request was refused.","debug_id":"5171b5801dabe"}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a TLS handshake that timed out never sent the request", func(t *testing.T) {
		x := explainPaste(t, "java.net.SocketTimeoutException: SSL handshake timed out")
		assert.Equal(t, "CONNECT_TIMEOUT", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, "java.net.SocketTimeoutException: Read timed out")
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
	})
	t.Run("a code of common words names no provider alone", func(t *testing.T) {
		x := explainPaste(t, "[2021-06-16 09:15:07] [info] Message: Response with code 401 received.\n[2021-06-16 09:15:07] [error] Message: Api error: Incorrect password format in the Authorization header. Error code: invalid_credentials. Parameter name: Authorization.")
		assert.Equal(t, "", providerOf(x), "invalid_credentials is anybody's, not dLocal's")
		assert.Equal(t, 401, x.HTTPStatus, "Response with code 401 received")
		assert.True(t, commonWordsCode("invalid_credentials"))
		assert.False(t, commonWordsCode("invalid_cpf_cnpj"))
	})
	t.Run("statuses a client's log names", func(t *testing.T) {
		x := explainPaste(t, "stripe INFO util log_info message='Stripe API response' path=https://api.stripe.com/v1/customers response_code=400\nstripe DEBUG util log_debug body='{\\n  \"error\": {\\n    \"type\": \"invalid_request_error\",\\n    \"message\": \"Received unknown parameter: quantity\"\\n  }\\n}\\n' message='API response body'")
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, "E/PayMayaSDK: Backend response deserialization problem. Backend response: 401, Unauthorized")
		assert.Equal(t, 401, x.HTTPStatus)
		x = explainPaste(t, "Transaction declined: response_code=05 message=Do not honor")
		assert.Equal(t, 0, x.HTTPStatus, "a processor's two-digit response code is no HTTP status")
	})
	t.Run("an SDK's connection exception logged by Monolog with cURL's errno", func(t *testing.T) {
		x := explainPaste(t, `[2021-06-02 14:41:53] local.ERROR: Connection timed out after 10001 milliseconds {"exception":"[object] (PayPal\\Exception\\PayPalConnectionException(code: 28): Connection timed out after 10001 milliseconds at /app/vendor/paypal/rest-api-sdk-php/lib/PayPal/Core/PayPalHttpConnection.php:186)"}`)
		assert.Equal(t, "", providerOf(x), "the network failed, not PayPal")
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, `[2021-06-02 14:41:53] local.ERROR: Got Http response code 400 {"exception":"[object] (PayPal\\Exception\\PayPalConnectionException(code: 400): Got Http response code 400 when accessing https://api.sandbox.paypal.com/v1/payments/payment. at /app/vendor/paypal/rest-api-sdk-php/lib/PayPal/Core/PayPalHttpConnection.php:207)"}`)
		assert.Equal(t, "paypal", providerOf(x), "a status in the code is PayPal's answer")
	})
	t.Run("a type in snake_case that names a failure is the code", func(t *testing.T) {
		x := explainPaste(t, `{"error":{"type":"invalid_request","message":"Requested info must specify desired customer info fields"}}`)
		assert.Equal(t, "invalid_request", x.Code)
		x = explainPaste(t, `{"type": "card_payment", "message": "Payment failed: your card was declined by the bank"}`)
		assert.NotEqual(t, "card_payment", x.Code, "a type that names what, not a failure")
	})
	t.Run("a VCR cassette's JSON: the status's code and the body's string", func(t *testing.T) {
		x := explainPaste(t, `"response": {"status": {"code": 400, "message": ""}, "headers": {"Server": ["nginx"]}, "body": {"string": "{\"errors\":[{\"code\":\"invalid_object\",\"description\":\"O valor da cobrança (R$ 2,00) menos o valor do desconto (R$ 0,00) não pode ser menor que R$ 5,00.\"}]}"}}`)
		assert.Equal(t, "asaas", providerOf(x))
		assert.Equal(t, "invalid_object", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		_, err := Explain([]byte(`{"status": {"code": 1, "message": "Transaction pending"}, "body": {"string": "ok"}}`), Options{})
		assert.Error(t, err, "a status object's code that is no HTTP status reports no failure")
	})
	t.Run("API Gateway's own answer is the gateway's, whatever host is behind it", func(t *testing.T) {
		x := explainPaste(t, "      method: POST\n      uri: https://sandbox.api.pagseguro.com/charges\n    response:\n      body: {string: '{\"message\":\"Unauthorized\"}'}\n      headers:\n        x-amzn-ErrorType: [UnauthorizedException]\n        x-amzn-RequestId: [d3d02289-2d02-4dc1-a500-1ae89efa6076]\n      status: {code: 401, message: Unauthorized}")
		assert.Equal(t, "", providerOf(x), "AWS API Gateway answered, not PagBank's API")
		assert.Equal(t, "d3d02289-2d02-4dc1-a500-1ae89efa6076", x.RequestID)
		x = explainPaste(t, "POST https://sandbox.api.pagseguro.com/charges\nHTTP/1.1 401 Unauthorized\n\n{\"error_messages\":[{\"code\":\"UNAUTHORIZED\",\"description\":\"Invalid credential. Review AUTHORIZATION header\"}]}")
		assert.Equal(t, "pagbank", providerOf(x), "PagBank's own answer")
	})
	t.Run("stripe-php's frames pass the status after the message", func(t *testing.T) {
		x := explainPaste(t, "[2022-12-07 20:38:31] local.ERROR: This value must be greater than or equal to 1. {\"exception\":\"[object] (Stripe\\\\Exception\\\\InvalidRequestException(code: 0): This value must be greater than or equal to 1. at /app/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38)\n[stacktrace]\n#0 /app/vendor/stripe/stripe-php/lib/Exception/InvalidRequestException.php(35): Stripe\\\\Exception\\\\ApiErrorException::factory('This value must...', 400, '{\\\\n  \\\"error\\\": {\\\\n...', Array)")
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("a transaction already cancelled is a final state", func(t *testing.T) {
		x := explainPaste(t, `<?xml version="1.0" encoding="ISO-8859-1"?><erro xmlns="http://ecommerce.cbmp.com.br"><codigo>041</codigo><mensagem>Transação com o Tid [10069930690A311A1001] já está cancelada.</mensagem></erro>`)
		assert.Equal(t, "none", string(x.Retry.Strategy))
	})
	t.Run("Stripe's own words for a token used twice", func(t *testing.T) {
		x := explainPaste(t, "E, [2014-04-22T20:14:03.620535 #75077] ERROR -- : Stripe error You cannot use a Stripe token more than once: tok_103u252RIWuG3aexNahtT5u2")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "token_already_used", x.Code)
	})
	t.Run("review: narrower rules", func(t *testing.T) {
		x := explainPaste(t, "Transaction declined by issuer, response_code: 116 (insufficient funds)")
		assert.Equal(t, 0, x.HTTPStatus, "a processor's response_code is its own result, not HTTP's")
		x = explainPaste(t, "POST https://api.stripe.com/v1/charges\nHTTP/1.1 429 Too Many Requests\nX-Amzn-Errortype: TooManyRequestsException\n\n{\"message\":\"Too Many Requests\"}")
		assert.Equal(t, "", providerOf(x), "Go's spelling of API Gateway's header")
		x = explainPaste(t, "Erro ao sincronizar pedido da loja em mercadolivre.com.br:\n{\"message\":\"invalid payer\",\"error\":\"bad_request\",\"status\":400,\"cause\":[{\"code\":9999,\"description\":\"invalid payer\"}]}")
		assert.Equal(t, "mercadopago", providerOf(x), "the shop's own site names no Mercado Libre API")
		_, err := Explain([]byte("HTTP/0 400 0000000000000000000000000000000000\n{\"error\":["), Options{})
		_ = err // an empty error list once indexed its first item: no panic is the test
	})
}
