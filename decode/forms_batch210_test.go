package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortySeventhBatch: what this round's reading of the corpus's misses and
// batches 210 to 212 of real pastes asked for, each beside a look-alike that must not
// trigger it.
func TestReadersFortySeventhBatch(t *testing.T) {
	t.Run("a provider's name as the one that answered", func(t *testing.T) {
		x := explainPaste(t, "The payment is REFUSED by Adyen.")
		assert.Equal(t, "adyen", providerOf(x))
		x = explainPaste(t, "Mercado Pago rechazaba preferencias con `auto_return` en URLs HTTP: invalid_auto_return")
		assert.Equal(t, "mercadopago", providerOf(x))
		// The name beside a failure, but not as its sender: a name alone stays too weak.
		x = explainPaste(t, "The payment is REFUSED. We moved from Adyen last year.")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "Card declined by the issuer; we use Stripe for subscriptions")
		assert.Equal(t, "", providerOf(x))
		// An envelope of its own still outweighs the name.
		x = explainPaste(t, `Response from Stripe proxy: {"name":"INSTRUMENT_DECLINED","message":"The instrument presented was either declined by the processor or bank.","debug_id":"f2a1c3b4d5e6f","details":[{"issue":"INSTRUMENT_DECLINED"}]}`)
		assert.Equal(t, "paypal", providerOf(x))
	})
	t.Run("a cassette's status line that did not fail is no error body", func(t *testing.T) {
		x := explainPaste(t, "  response:\n    body: {string: !!python/unicode TIMESTAMP=2016%2d10%2d06T11%3a57%3a10Z&CORRELATIONID=190fbb0bbe305&ACK=Failure&VERSION=116%2e0&BUILD=000000&L_ERRORCODE0=10527&L_SHORTMESSAGE0=Invalid%20Data&L_LONGMESSAGE0=This%20transaction%20cannot%20be%20processed.&L_SEVERITYCODE0=Error}\n    headers:\n      paypal-debug-id: [190fbb0bbe305]\n    status: {code: 200, message: OK}\n")
		assert.Equal(t, "10527", x.Code)
		assert.Equal(t, 200, x.HTTPStatus)
		// A failing one still is.
		x = explainPaste(t, "  response:\n    body: {string: ''}\n    status: {code: 503, message: Service Unavailable}\n")
		assert.Equal(t, 503, x.HTTPStatus)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
	})
	t.Run("a cassette of one interaction whose body failed under a 2xx", func(t *testing.T) {
		one := "- request:\n    method: put\n    uri: https://demo.stpmex.com:7024/speiws/rest/ordenPago/registra\n  response:\n    body:\n      string: '{\"resultado\":{\"descripcionError\":\"Institucion no valida\",\"id\":-31}}'\n    status:\n      code: 200\n      message: OK\nversion: 1\n"
		x := explainPaste(t, one)
		assert.Equal(t, 200, x.HTTPStatus)
		// Two interactions that did not fail: which one answered is not known.
		two := strings.Replace(one, "version: 1", "- request:\n    method: get\n    uri: https://demo.stpmex.com:7024/speiws/rest/ordenPago/consulta\n  response:\n    body:\n      string: '{}'\n    status:\n      code: 200\n      message: OK\nversion: 1", 1)
		x = explainPaste(t, two)
		assert.Equal(t, 0, x.HTTPStatus)
		// A cassette that recorded a success has no status to give.
		_, ok := statusInText("  response:\n    status:\n      code: 200\n      message: OK\n")
		assert.False(t, ok)
	})
	t.Run("Stripe's names for its objects, and its sentences", func(t *testing.T) {
		x := explainPaste(t, "Error: You cannot modify customer on a PaymentIntent once it already has been set. To fulfill a payment with a different Customer, cancel this PaymentIntent and create a new one.")
		assert.Equal(t, "stripe", providerOf(x))
		paste := "And, when I try to add that same card, I get this error: No such token: tok_1AbCdEfGhIjK; a similar object exists in test mode, but a live mode key was used to make this request."
		x = explainPaste(t, paste)
		assert.Equal(t, "stripe", providerOf(x))
		// The token is masked up to its clause's end, not the words after it.
		red, _ := Redact([]byte(paste))
		assert.NotContains(t, string(red), "tok_1AbCdEfGhIjK")
		assert.Contains(t, string(red), "; a similar object exists in test mode")
		red, _ = Redact([]byte("curl -H 'cookie: session=abc123; csrftoken=def456' https://api.example.com"))
		assert.NotContains(t, string(red), "def456", "a cookie's pairs go on past a semicolon")
		// A caller's id after "No such …" is no mark: Paddle writes the same words.
		x = explainPaste(t, "[2024-03-01 10:00:00] local.ERROR: No such plan: 'gold'")
		assert.Equal(t, "", providerOf(x))
		// Nor is a payment intent in another API's snake_case.
		x = explainPaste(t, `{"error": {"type": "invalid_request", "message": "payment_intent not found", "code": "IR_19"}}`)
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("Asaas's sentences quoted without their code", func(t *testing.T) {
		x := explainPaste(t, `- Dava erro: "A chave de API informada não pertence a este ambiente"`)
		assert.Equal(t, "asaas", providerOf(x))
		x = explainPaste(t, "Erro ao criar cobrança: O valor da cobrança (R$ 0,80) menos o valor do desconto (R$ 0,00) não pode ser menor que R$ 5,00.")
		assert.Equal(t, "asaas", providerOf(x))
		x = explainPaste(t, "Erro ao criar cobrança: o valor informado não pode ser menor que R$ 5,00.")
		assert.Equal(t, "", providerOf(x), "a minimum in anybody's words")
	})
	t.Run("pagarme-php's namespace", func(t *testing.T) {
		x := explainPaste(t, "PagarMe\\Sdk\\ClientException: \n{\"errors\": [{\"parameter_name\": \"amount\", \"type\": \"invalid_parameter\", \"message\": \"valor não permitido\"}]}")
		assert.Equal(t, "pagarme", providerOf(x))
		x = explainPaste(t, "Acme\\Sdk\\ClientException: \n{\"errors\": [{\"parameter_name\": \"amount\", \"type\": \"invalid_parameter\", \"message\": \"valor não permitido\"}]}")
		assert.NotEqual(t, "pagarme", providerOf(x))
	})
	t.Run("a number beside its owner's words for it", func(t *testing.T) {
		x := explainPaste(t, "Out[52]:\nOrderedDict([(u'code', u'11029'),\n             (u'message',\n              u'Item amount invalid pattern: 354. Must fit the patern: \\\\d+.\\\\d{2}')])")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "11029", x.Code)
		x = explainPaste(t, "Out[52]:\nOrderedDict([(u'code', u'11029'),\n             (u'message',\n              u'Quantity invalid: 354')])")
		assert.Equal(t, "", providerOf(x), "the number alone is anybody's")
	})
	t.Run("request ids in a Ruby hash, a Cloudflare body and prose", func(t *testing.T) {
		x := explainPaste(t, `Response.body={"name":"UNAUTHORIZED_PAYMENT","message":"Unauthorized"}	Response.header={"date"=>["Tue, 30 Aug 2016 08:13:18 GMT"], "paypal-debug-id"=>["f819bc1f4999c", "f819bc1f4999c"]}`)
		assert.Equal(t, "f819bc1f4999c", x.RequestID)
		x = explainPaste(t, "Access denied, error 1020\nray id 72e5a811be61b324\n")
		assert.Equal(t, "72e5a811be61b324", x.RequestID)
	})
	t.Run("a failing body an app kept as a string", func(t *testing.T) {
		x := explainPaste(t, `[{"error":"Error: 522 {\"type\":\"https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/\",\"title\":\"Error 522: Connection timed out\",\"status\":522,\"detail\":\"Cloudflare could not establish a TCP connection to the origin server.\",\"error_code\":522,\"ray_id\":\"a33b33122e36ea89\",\"retryable\":true,\"retry_after\":120}\n    at generate (/root/chunk.js:11:14153)`)
		assert.Equal(t, "522", x.Code)
		assert.Equal(t, 522, x.HTTPStatus)
		assert.Equal(t, "a33b33122e36ea89", x.RequestID)
		assert.Equal(t, "wait", string(x.Retry.Strategy))
		// A message that only mentions braces is the message.
		x = explainPaste(t, `{"error": "invalid_request", "message": "Field {\"a\": 1} is not allowed here, see docs"}`)
		assert.Equal(t, "invalid_request", x.Code)
	})
	t.Run("an exception's message that begins with the status", func(t *testing.T) {
		x := explainPaste(t, "Jun 29 06:27:48 ocean lila[39241]: lila.plan.StripeClient$InvalidRequestException: 400 The price specified supports currencies of `gbp` which doesn't include the expected currency of `usd`.")
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "java.lang.IllegalStateException: 4000 payments could not be exported: invalid state")
		assert.Equal(t, 0, x.HTTPStatus, "a count")
	})
	t.Run("an error in Japanese, and a list's bullet", func(t *testing.T) {
		x := explainPaste(t, "エラー内容\n> The provided PaymentMethod was previously used with a PaymentIntent without Customer attachment. It may not be used again.")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "I get this error when I try to pay:\n\n• CANNOT_BE_NEGATIVE Must be greater than or equal to 0.")
		assert.Equal(t, "CANNOT_BE_NEGATIVE", x.Code)
		assert.Equal(t, "paypal", providerOf(x))
	})
}
