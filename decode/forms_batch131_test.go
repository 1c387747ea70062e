package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersThirtySecondBatch: what batches 131 to 134 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersThirtySecondBatch(t *testing.T) {
	t.Run("failure words in more languages", func(t *testing.T) {
		for paste, strategy := range map[string]string{
			"No se puede realizar la operación\nEl sistema está ocupado, inténtelo más tarde": "backoff",
			"Bad value: order_amount":                                                   "fix",
			"支付失败！\n签名校验失败":                                                             "fix",
			"결제 창 호출에 실패했습니다.":                                                          "fix",
			"Donus icin isyeri URL bulunamiyor, hatali PARes mesaji veya sistem hatasi": "fix",
			"Ошибка: операция отклонена":                                                "fix",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "", providerOf(x), paste)
			assert.Equal(t, strategy, string(x.Retry.Strategy), paste)
		}
		for _, calm := range []string{"El sistema está listo, inténtelo", "支付成功", "Good value: order_amount"} {
			_, err := Explain([]byte(calm), Options{})
			assert.Error(t, err, "%q reports no failure", calm)
		}
	})
	t.Run("a result code beside its resultMessage", func(t *testing.T) {
		x := explainPaste(t, "{\n  \"resultCode\":900,\n  \"resultMessage\":\"Internal error\"\n}")
		assert.Equal(t, "900", x.Code)
		assert.Equal(t, "Internal error", x.Message)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "a server's internal error leaves a write's outcome unknown")
	})
	t.Run("a code after response_code or Problem in words", func(t *testing.T) {
		x := explainPaste(t, "i have an issue of Signature mismatch in the integration.\n\nresponse_code : 00008")
		assert.Equal(t, "00008", x.Code)
		x = explainPaste(t, "Problem: signature_invalid | Advice: > |")
		assert.Equal(t, "signature_invalid", x.Code)
		x = explainPaste(t, "Problem: the card was declined")
		assert.NotEqual(t, "the", x.Code, "a sentence after Problem is no code")
	})
	t.Run("a logged error whose context is the API's answer with no failure word", func(t *testing.T) {
		x := explainPaste(t, `[2026-01-08 13:12:34] production.ERROR: Ошибка создания платежа {"message":"Minimum amount 0.00002000 BTC","method":"v1/payment","data":{"amount":"125"}}`)
		assert.Equal(t, "Minimum amount 0.00002000 BTC", x.Message)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`[2026-01-08 13:12:34] production.INFO: Payment created {"message":"Payment created","method":"v1/payment","data":{"amount":"125"}}`), Options{})
		require.Error(t, err, "an INFO line's answer is a success")
		assert.Contains(t, err.Error(), "reports success")
	})
	t.Run("Stripe's missing resource with its id unquoted, and PayPal's Express Checkout module", func(t *testing.T) {
		x := explainPaste(t, "No such PaymentMethod: tok_1H7fkhAll20s9AXvm4QL6Xw9")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "No such PaymentMethod: the one you gave")
		assert.Equal(t, "", providerOf(x), "no Stripe id, no Stripe")
		x = explainPaste(t, "2023-06-08 02:40:21 | 1761317001pr71b Error: ACK Failure: Account is restricted\n    at /app/node_modules/paypal-express-checkout/index.js:138:13\n    at IncomingMessage.emit (node:events:524:35)")
		assert.Equal(t, "paypal", providerOf(x))
	})
	t.Run("PayPal's REST validation error without its debug_id, against a seed provider's own", func(t *testing.T) {
		x := explainPaste(t, "{\n  \"name\": \"VALIDATION_ERROR\",\n  \"details\": [{\"field\": \"transactions[0].amount\", \"issue\": \"Amount cannot be zero\"}],\n  \"message\": \"Invalid request - see details\",\n}")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "VALIDATION_ERROR", x.Code)
		x = explainPaste(t, `{"success":false,"error":{"code":"VALIDATION_ERROR","message":"Invalid request - see details","details":{"amount":["must be greater than 0"]}}}`)
		assert.Equal(t, "fluxiq", providerOf(x), "FluxiQ's envelope stays FluxiQ's")
	})
	t.Run("a code in capitals that ends the sentence reporting it", func(t *testing.T) {
		x := explainPaste(t, "Error while processing transaction. CREDIT_CARD_REFUSED")
		assert.Equal(t, "CREDIT_CARD_REFUSED", x.Code)
		x = explainPaste(t, "Error while processing transaction. PLEASE")
		assert.NotEqual(t, "PLEASE", x.Code, "a shouted word is no code")
	})
	t.Run("WooCommerce PayPal Payments' gateway and its debug id", func(t *testing.T) {
		x := explainPaste(t, `An error occurred when registering the payment method with the ID "ppcp-gateway": Error: Invalid query value forcurrency: CNY (debug id: 01246142bb264)`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "01246142bb264", x.RequestID)
		x = explainPaste(t, `An error occurred when registering the payment method with the ID "ppcp-gateway": Error: the store's database is read-only`)
		assert.Equal(t, "", providerOf(x), "the plugin's name alone is not PayPal's answer")
	})
	t.Run("Stripe's words for an object in a state the call does not take", func(t *testing.T) {
		x := explainPaste(t, "This PaymentIntent could not be captured because it has a status of requires_confirmation. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, `Handling "CancelPayment" failed: Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of `+"`expired`.")
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("a label that leads the paste, and the code at its next use", func(t *testing.T) {
		x := explainPaste(t, "Error: In the payment phase, I receive this error. `SIS0431`")
		assert.Equal(t, "SIS0431", x.Code)
		x = explainPaste(t, "Error: E00027: The transaction was unsuccessful.")
		assert.Equal(t, "E00027", x.Code, "a code right after the label is taken as before")
		x = explainPaste(t, "Error: the payment failed and nobody knows why")
		assert.Equal(t, "", x.Code)
	})
	t.Run("an error object's own id", func(t *testing.T) {
		x := explainPaste(t, `{"type": "error", "id": "46543fff-46eb-4f6f-be4c-a5c004a1d03f", "code": "invalid_credentials", "description": "Incorrect password format in the Authorization header.", "parameter": "Authorization"}`)
		assert.Equal(t, "46543fff-46eb-4f6f-be4c-a5c004a1d03f", x.RequestID)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"type": "payment", "id": "46543fff-46eb-4f6f-be4c-a5c004a1d03f", "error": {"code": "card_declined"}}`)
		assert.NotEqual(t, "46543fff-46eb-4f6f-be4c-a5c004a1d03f", x.RequestID, "a payment's id is the payment's")
	})
	t.Run("a VCR cassette's base64 body and headers", func(t *testing.T) {
		body := "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iSVNPLTg4NTktMSI/Pgo8\n        ZXJybyB4bWxucz0iaHR0cDovL2Vjb21tZXJjZS5jYm1wLmNvbS5iciI+PGNv\n        ZGlnbz4wMDI8L2NvZGlnbz48bWVuc2FnZW0+Q3JlZGVuY2lhaXMgaW524Wxp\n        ZGFzLjwvbWVuc2FnZW0+PC9lcnJvPgo="
		paste := "- request:\n    method: post\n    uri: https://qasecommerce.cielo.com.br/servicos/ecommwsec.do\n  response:\n    status:\n      code: 200\n      message: !binary |-\n        T0s=\n    headers:\n      !binary \"U2VydmVy\":\n      - Apache\n    body:\n      encoding: ASCII-8BIT\n      string: !binary |-\n        " + body + "\n    http_version: \n"
		x := explainPaste(t, paste)
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, "002", x.Code)
		assert.Equal(t, "Credenciais inválidas.", x.Message, "ISO-8859-1 read as such")
		gz := []byte("      string: !binary |-\n        H4sIAAAAAAAA/53NQQrCQAwF0KsMWRfcd+3aC4iUaKItdCZDJopSehhx4R3c\n")
		assert.Equal(t, gz, cassetteBinary(gz), "gzip stays base64")
	})
	t.Run("credentials before a URL's host", func(t *testing.T) {
		assert.Equal(t, []string{"api.pagar.me"}, findHosts("uri: https://ak_test_Xy0aB1cD2e:x@api.pagar.me/1/cards", nil))
		assert.Equal(t, []string{"api.pagar.me"}, findHosts("uri: https://api.pagar.me/1/cards?email=a@b.com", nil), "an '@' after the path is not the authority's")
	})
	t.Run("a status told as what one gets", func(t *testing.T) {
		x := explainPaste(t, "Estoy en la instancia de testing y al hacer la llamada obtengo la siguiente url.\n\nAl intentar hacer el redirect obtengo un 503.")
		assert.Equal(t, 503, x.HTTPStatus)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, "When I call the refund I get a 404 and nothing else.")
		assert.Equal(t, 404, x.HTTPStatus)
		_, err := Explain([]byte("When I call the refund I get a 200 and the money moves."), Options{})
		assert.Error(t, err, "a success told in words is no error")
	})
	t.Run("a one-line paste of a code and what it means", func(t *testing.T) {
		x := explainPaste(t, "701 Service null not present")
		assert.Equal(t, "701", x.Code)
		assert.Equal(t, "", providerOf(x), "a number alone names no provider")
		x = explainPaste(t, "404 Service not present")
		assert.NotEqual(t, "404", x.Code, "an HTTP status is no code")
		_, err := Explain([]byte("250 Service ready"), Options{})
		assert.Error(t, err, "no word of failure")
	})
	t.Run("a reason phrase, then its status", func(t *testing.T) {
		x := explainPaste(t, "Unprocessable Entity - 422 ")
		assert.Equal(t, 422, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "Request failed: Not Found (404)")
		assert.Equal(t, 404, x.HTTPStatus)
		x = explainPaste(t, "Unprocessable Entity - 500 items were rejected")
		assert.NotEqual(t, 500, x.HTTPStatus, "a number that is not the phrase's status")
	})
	t.Run("a review's look-alikes of the round's readers", func(t *testing.T) {
		for _, paste := range []string{
			"The charge request timed out: got a 500 ms timeout from the gateway",
			"we target a 500 ms latency but the payment call timed out",
			"curl: (28) Operation timed out after 30001 milliseconds. I get a 450 ms ping to the host.",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, 0, x.HTTPStatus, "a quantity told in words is no status: %s", paste)
		}
		for _, paste := range []string{"4000 ms timeout", "250 payments failed", "15000 USD refund failed",
			"Error: the payment failed. Retrying, error 1 of 3.", "Error: charge failed. Error: 2 validation errors"} {
			x := explainPaste(t, paste)
			assert.Equal(t, "", x.Code, "a count is no code: %s", paste)
		}
		for _, paste := range []string{
			"[2024-05-01 09:59:59] production.ERROR: Undefined index: foo {\"userId\":1}\n[2024-05-01 10:00:00] production.INFO: Payment response {\"message\":\"Charge created\",\"id\":\"ch_1Abc\",\"status\":\"succeeded\"} []",
			`[2024-05-01 10:00:00] production.INFO: Charge created after a timeout retry {"message":"Charge created","id":"ch_1Abc","status":"succeeded"} []`,
			`[2024-05-01 10:00:00] production.ERROR: Payment failed {"message":"Charge created","id":"ch_1Abc","status":"succeeded"} []`,
		} {
			_, err := Explain([]byte(paste), Options{})
			assert.Error(t, err, "a logged success stays one: %s", paste)
		}
	})
}
