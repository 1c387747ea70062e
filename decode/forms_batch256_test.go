package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFiftySeventhBatch: what batches 256 to 261 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersFiftySeventhBatch(t *testing.T) {
	t.Run("a failed NVP call that lists no error", func(t *testing.T) {
		// omnipay-paypal's tests/Mock/ExpressVoidFailure.txt: a refused DoVoid, ACK=Failure
		// and no L_ERRORCODE0, under PayPal's own trailer.
		x := explainPaste(t, "HTTP/1.1 200 OK\r\nDate: Fri, 15 Feb 2013 19:19:21 GMT\r\nServer: Apache\r\nContent-Length: 136\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAUTHORIZATIONID=ASDFASDFASDF&TIMESTAMP=2013%2d02%2d15T19%3a19%3a21Z&CORRELATIONID=37b8b9915987c&ACK=Failure&VERSION=85%2e0&BUILD=5060305")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Empty(t, x.Code)
		assert.Equal(t, "37b8b9915987c", x.RequestID)
		// Another API's pairs with an ACK of its own, without PayPal's trailer.
		x = explainPaste(t, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nACK=Failure&MESSAGE=Invalid+merchant&REQUESTID=8842")
		assert.NotEqual(t, "paypal", providerOf(x))
	})
	t.Run("a status with its British reason phrase", func(t *testing.T) {
		// CyberSource/cybersource-rest-samples-node#54.
		x := explainPaste(t, "I am able to call process payment api. However, i received '401 Unauthorised ' response when calling void payment, capture payment, refund payment, retrieve transaction API.")
		assert.Equal(t, 401, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a status after got, with a word of HTTP", func(t *testing.T) {
		// VivaPayments/API#1522.
		x := explainPaste(t, "But we got 401 http code as response.(same thing happens using real card details)")
		assert.Equal(t, 401, x.HTTPStatus)
		// A quantity after got is no status.
		_, err := Explain([]byte("we got 500 orders yesterday"), Options{})
		assert.Error(t, err)
		_, err = Explain([]byte("I forgot 404 things"), Options{})
		assert.Error(t, err)
	})
	t.Run("an answer quoted in a code comment", func(t *testing.T) {
		// GonzaloRamosEngineer/sitio-evolucion-antoniana's src/lib/erroresPago.js: Mercado
		// Pago's envelope as the author saw it, in "//" lines, its cause's code elided.
		x := explainPaste(t, "//     {\"message\":\"...\",\"error\":\"bad_request\",\"status\":400,\n//      \"cause\":[{\"code\":\"...\",\"description\":\"guest_site_mismatch\"}]}")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "bad_request", x.Code, "an ellipsis is no cause code")
		assert.Equal(t, 400, x.HTTPStatus)
		// The run of comments may follow the reporter's words, and sit in a reply's quote.
		nvp := "            // TIMESTAMP=2011%2d11%2d14T08%3a59%3a14Z&CORRELATIONID=1542789ec0c29\n            //  &ACK=Failure&VERSION=72&BUILD=2256005&L_ERRORCODE0=10417\n            // &L_SHORTMESSAGE0=Transaction%20cannot%20complete%2e\n"
		for _, paste := range []string{nvp, "I get this error when I try to pay:\n\n" + nvp, "> " + strings.ReplaceAll(strings.TrimSuffix(nvp, "\n"), "\n", "\n> ")} {
			x = explainPaste(t, paste)
			assert.Equal(t, "paypal", providerOf(x), paste)
			assert.Equal(t, "10417", x.Code, paste)
			assert.Equal(t, "1542789ec0c29", x.RequestID, paste)
		}
		// Comments in two places are code, not a quoted answer: left as they are.
		code := "// charge the card\nconst r = await stripe.charges.create(params)\n// log it\nconsole.log(r)\n"
		assert.Equal(t, code, string(unquote([]byte(code))))
		assert.Equal(t, "{\"a\": 1,\n \"b\": 2}\n", string(unquote([]byte("// {\"a\": 1,\n//  \"b\": 2}\n"))))
	})
	t.Run("a correlation id in a URL's query", func(t *testing.T) {
		// The PagSeguro Java library's log line (already in the corpus) names its call's
		// correlationId in the URL it calls.
		assert.Equal(t, "948a3c0f-6f10-4c9e-a51d-1f1fd7927e3b", requestIDInText("Executando [POST] em [https://ws.sandbox.pagseguro.uol.com.br/v2/transactions?email=x@example.com&correlationId=948a3c0f-6f10-4c9e-a51d-1f1fd7927e3b]"))
	})
	t.Run("words of a failure, and of an unknown outcome", func(t *testing.T) {
		// TodoPago/SDK-PHP#43: a purchase that could not be processed.
		x := explainPaste(t, "ResultCode 2053 Tu compra no pudo ser procesada. Comunicate con tu vendedor.")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// bacen/pix-api#263: the receiving institution did not answer a Pix payment; and an
		// SDK that could not read the server's answer (gocardless-pro-python#80): whether
		// the write was done is unknown.
		for _, paste := range []string{"\"A instituição de destino não está respondendo\" (com um txid aleatorio)", "gocardless_pro.errors.MalformedResponseError: Malformed response received from server"} {
			x = explainPaste(t, paste)
			assert.Empty(t, providerOf(x), paste)
			assert.Equal(t, "check_first", string(x.Retry.Strategy), paste)
		}
		// piggly-dev/php-pix#28: an expired QR code, in the app of the bank it names.
		x = explainPaste(t, "[Sicoob] QR Code expirado, entre em contato com o recebedor.")
		assert.Empty(t, providerOf(x), "a bank's name in brackets is no envelope")
		// A result code of an approval is no error.
		for _, paste := range []string{"ResultCode 0 Aprobada", "Transaction approved. ResultCode 0"} {
			_, err := Explain([]byte(paste), Options{})
			assert.Error(t, err, paste)
		}
	})
}
