package decode

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decifra/decifra/catalog"
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
		x = explainPaste(t, "**Erro sem domínio:**\nNão há nenhum domínio configurado em sua conta. Cadastre um site em Minha Conta na aba Informações.")
		assert.Equal(t, "asaas", providerOf(x))
		// "menos o valor do desconto (R$" is NF-e's and Vindi's words too: no mark.
		x = explainPaste(t, "Erro ao criar cobrança: O valor da cobrança (R$ 0,80) menos o valor do desconto (R$ 0,00) não pode ser menor que R$ 5,00.")
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
	t.Run("a review's look-alikes: names, marks and numbers that are not the sender's", func(t *testing.T) {
		for _, c := range []struct{ paste, not string }{
			{"Transaction rejected by Bradesco (issuer), customer should contact the bank.", "bradesco"},                                                                                                                   // issuer-bradesco
			{"Card declined by Banco do Brasil even though the customer has balance.", "bb"},                                                                                                                               // issuer-bb
			{"Payout to the connected account failed: the transfer was rejected by Santander (account closed).", "santander"},                                                                                              // payout-santander
			{"Error from Juno RPC: account sequence mismatch, expected 12, got 11: incorrect account sequence", "juno"},                                                                                                    // juno-cosmos
			{"Square returns CARD_DECLINED_VERIFICATION_REQUIRED for every card in production. With the same cards Stripe said everything was fine.", "stripe"},                                                            // square-stripe-said
			{"Authorize.Net error E00027: The transaction was unsuccessful. We are migrating next month; Stripe says they can import the saved cards.", "stripe"},                                                          // anet-stripe-says
			{"Braintree: Processor Declined (2046). Support from PayPal said to contact the issuing bank.", "paypal"},                                                                                                      // braintree-paypal-said
			{"Mercado Libre canceló el envío por falta de stock y Mercado Pago devolvió el dinero al comprador, pero la API de Mercado Libre me responde item.status.invalid al reactivar la publicación.", "mercadopago"}, // mp-devolvio
			{"eBay shows \"Something went wrong, please try again\" when I relist; PayPal returned the funds to the buyer yesterday.", "paypal"},                                                                           // paypal-returned-funds
			{"Checkout.com error: request_invalid card_number_invalid. (We used to get the Adyen error: Refused, before the switch.)", "adyen"},                                                                            // adyen-error-colon-wrapped
			{"Stripe checkout works, but the nightly job logs: error from stripe_sync worker: duplicate key value violates unique constraint \"orders_pkey\"", "stripe"},                                                   // stripe-sync-job
			{"Shopify checkout says \"There was a problem processing your payment\". PayPal says nothing is wrong on their side.", "paypal"},                                                                               // paypal-says-shopify
			{"Our webhook endpoint responds 200 but Adyen responds with nothing; Klarna error: BAD_VALUE purchase_country", "adyen"},                                                                                       // adyen-responds-webhook
			{"Prodigi API error while creating the order for this PaymentIntent: 400 ValidationFailed - Recipient address line 1 is required", "stripe"},                                                                   // prodigi-this-pi
			{"Payment failed via PaymentIntent flow in Airwallex: The card was declined (issuer_declined)", "stripe"},                                                                                                      // via-pi
			{"Erro Vindi: O valor da fatura menos o valor do desconto (R$ 10,00) deve ser maior que R$ 5,00", "asaas"},                                                                                                     // vindi-desconto
			{"Airwallex: cannot attach a SetupIntent-like consent: payment_consent_not_found", "stripe"},                                                                                                                   // setupintent-airwallex
			{"HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"message\": \"Amount specified is greater than charge amount\", \"data\": null}", "stripe"},                                                    // app-greater-charge-400
			{"Refund failed: Refund amount is greater than charge amount. (Razorpay payment pay_NkX4a3b2c1)", "stripe"},                                                                                                    // laravel-refund
			{"Refund #369 could not be processed on WooCommerce: refund not found.", "rede"},                                                                                                                               // rede369
			{"Stripe webhook handler failed while sending receipt: javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted.", "stripe"},                                                     // smtp-stripe
			{"Mercado Pago webhook processed, but mail failed: org.springframework.mail.MailSendException: 550 5.7.1 Relaying denied", "mercadopago"},                                                                      // mercadopago-smtp
		} {
			x, err := Explain([]byte(c.paste), Options{})
			if err == nil {
				assert.NotEqual(t, c.not, providerOf(x), c.paste)
			}
		}
	})
	t.Run("a review's look-alikes: no status, no error", func(t *testing.T) {
		for _, paste := range []string{
			"com.sun.mail.smtp.SMTPSendFailedException: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException", // smtp-send
			"java.lang.ArrayIndexOutOfBoundsException: 450 >= 450\n\tat java.util.Vector.elementAt(Vector.java:474)",   // aioobe
			"sun.net.ftp.FtpProtocolException: 550 Failed to open file.",                                               // ftp
			"Caused by: java.lang.ArrayIndexOutOfBoundsException: 404",                                                 // aioobe-end
			"java.util.concurrent.TimeoutException: 500 ms elapsed waiting for PicPay response",                        // timeout-ms
		} {
			x, err := Explain([]byte(paste), Options{})
			if err == nil {
				assert.Equal(t, 0, x.HTTPStatus, paste)
			}
		}
		for _, paste := range []string{
			"決済は完了しました（エラーなし）。ステータス 200",                                                        // jp-noerror
			"エラーは発生しませんでした。注文ID 4411 の決済は正常に完了しました。",                                            // jp-success
			"Stripe checkout fails.\n* STRIPE_API_VERSION: 2023-10-16\n* DEBUG_MODE: on",        // bullet-stripe-env
			"PayPal checkout fails.\n• CLIENT_ID: AbC123\n• MODE: sandbox",                      // bullet-config
			"{\"message\": \"Amount specified is greater than charge amount\", \"data\": null}", // app-greater-charge-json
		} {
			_, err := Explain([]byte(paste), Options{})
			assert.ErrorIs(t, err, ErrNoErrorFound, paste)
		}
		// A SEFAZ rejection is its web service's answer (batch 227's NF-e pastes): read as an
		// unknown API's error, its number no HTTP status.
		x := explainPaste(t, "Rejeição 629: Valor do item difere do valor unitário vezes a quantidade menos o valor do desconto (R$ 3,50)")
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, 0, x.HTTPStatus)
	})
	t.Run("a review's look-alikes: secrets, ids and statuses", func(t *testing.T) {
		for _, c := range []struct{ paste, secret string }{
			{"Connecting to db with user: app password: Xk9;mP2!q then timeout", "mP2!q"},
			{"config loaded: api_key: AAAAkey1secret;BBBBkey2secret", "BBBBkey2secret"},
			{"redirecting with token: https://pay.example.com/cb;jsessionid=8F3A9C0D1E2B", "8F3A9C0D1E2B"},
			{"2024-05-01 DEBUG request cookie: 9f8e7d6c5b4a; session=abcdef123456", "abcdef123456"},
			{"webhook secret: correct;horse;battery;staple", "battery"},
		} {
			red, _ := Redact([]byte(c.paste))
			assert.NotContains(t, string(red), c.secret, c.paste)
		}
		x := explainPaste(t, "Task timed out after 30.00 seconds. X-Ray ID 1-5f84c7a4-6c8e4b2f1a3d5e7f9b0c1d2e")
		assert.Empty(t, x.RequestID, "AWS's X-Ray trace is no Cloudflare ray")
		x = explainPaste(t, `Request.header={"Content-Type"=>"application/json", "PayPal-Request-Id"=>"7b92603e-77ed-4896-8e78-5dea2050476a"} Response.body={"name":"UNPROCESSABLE_ENTITY","message":"The requested action could not be performed.","details":[{"issue":"ORDER_ALREADY_CAPTURED"}]}`)
		assert.NotEqual(t, "7b92603e-77ed-4896-8e78-5dea2050476a", x.RequestID, "the caller's idempotency key")
		x = explainPaste(t, "tests/test_refund.py::test_refund FAILED\ncassette: refund.yaml\n  response:\n    body:\n      string: '{\"id\":\"re_1\",\"status\":\"succeeded\"}'\n    status:\n      code: 200\n      message: OK\nE   stripe.error.InvalidRequestError: Request req_AbCdEf123: {\"error\": {\"code\": \"charge_already_refunded\", \"message\": \"Charge ch_1 has already been refunded.\", \"type\": \"invalid_request_error\"}}")
		assert.NotEqual(t, 200, x.HTTPStatus, "a live error under a cassette is not the recording's")
		x = explainPaste(t, "interactions:\n- request:\n    method: GET\n    uri: https://api.gmo-pg.com/payment/SearchTrade.idPass\n  response:\n    body: {string: '{\"error\": {\"code\": \"E01\", \"message\": \"Order not found\"}}'}\n    headers: {}\n    status: {code: 200, message: OK}\nversion: 1\n")
		assert.Equal(t, "E01", x.Code, "vcrpy's body kept as a string")
		assert.Equal(t, 200, x.HTTPStatus)
	})
	t.Run("batches 213 and 214: Braintree's errors that name PayPal", func(t *testing.T) {
		x := explainPaste(t, "D/LOG FROM OBSERVER ERROR( 4333): ErrorWithResponse (422): PayPal account is invalid\nD/LOG FROM OBSERVER ERROR( 4333): [BraintreeError for paypalAccount: null -> [BraintreeError for base: Incomplete PayPal account information -> []]]")
		assert.NotEqual(t, "paypal", providerOf(x))
		assert.Equal(t, 422, x.HTTPStatus)
		x = explainPaste(t, "ErrorWithResponse (422): PayPal account is invalid")
		assert.Equal(t, "paypal", providerOf(x), "without Braintree's classes, the name and the status still say PayPal")
	})
	t.Run("batches 213 and 214: a SetupIntent's last_setup_error, and Stripe's words", func(t *testing.T) {
		x := explainPaste(t, `{"object": {"id": "seti_1AbC", "object": "setup_intent", "last_setup_error": {"code": "setup_intent_authentication_failure", "message": "The latest attempt to set up the payment method has failed because authentication failed.", "type": "invalid_request_error"}, "status": "requires_payment_method"}}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "setup_intent_authentication_failure", x.Code)
		x = explainPaste(t, "Stripe::SignatureVerificationError in HandleStripeWebhookJob@default\nTimestamp outside the tolerance zone (2021-09-01 18:55:19 +0000)")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "When using the express example I get the error: Timestamp outside the tolerance zone")
		assert.Equal(t, "stripe", providerOf(x), "its libraries' own words")
		x = explainPaste(t, "3. The explicit `stripe.invoices.pay()` that follows is rejected with a 400 `invalid_request_error`: \"Invoice is already paid\"")
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "Our job runner failed with a 400 ms delay and retried")
		assert.Equal(t, 0, x.HTTPStatus, "a duration")
	})
	t.Run("batches 213 and 214: PayPal's classic SDK and its words", func(t *testing.T) {
		x := explainPaste(t, "PayPal\\PayPalAPI\\DoDirectPaymentResponseType Object\n(\n    [Ack] => Failure\n    [Errors] => Array\n        (\n            [0] => PayPal\\EBLBaseComponents\\ErrorType Object\n                (\n                    [ShortMessage] => Transaction refused\n                    [ErrorCode] => 10626\n                )\n        )\n)")
		assert.Equal(t, "paypal", providerOf(x))
		x = explainPaste(t, "PayPal error (10728): The city in your shipping address is not valid. Please double-check your shipping address and try again.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy), "double-check, then try again: the data must change")
		x = explainPaste(t, "Hello everyone. I'm having a problem making my C2B request. The error is **INVALID_SHORT_CODE_USED**.")
		assert.Equal(t, "INVALID_SHORT_CODE_USED", x.Code)
	})
	t.Run("batches 213 and 214: words of failure in more languages", func(t *testing.T) {
		for _, paste := range []string{
			"درگاه بانک ملت خطای 42 برمی گردونه",                                   // Persian: "returns error 42"
			"Provést platbu se nezdařilo, API vrací chybu 400.",                    // Czech
			"Провести платеж не удалось. Магазин передает некорректные параметры.", // Russian
		} {
			_, err := Explain([]byte(paste), Options{})
			assert.NoError(t, err, paste)
		}
		x := explainPaste(t, "درگاه بانک ملت خطای 42 برمی گردونه")
		assert.Equal(t, "42", x.Code)
		x = explainPaste(t, "一直得到以下的response:\n{\nmemo: \"系统繁忙，请稍后再试\"\nresult: \"\"\nresultStatus: \"4000\"\n}")
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "busy, try later")
		_, err := Explain([]byte("決済は完了しました（エラーなし）"), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "no error, in Japanese")
	})
	t.Run("batches 213 and 214: a SOAP fault written as JSON", func(t *testing.T) {
		x := explainPaste(t, `{"Envelope":{"encodingStyle":"http://schemas.xmlsoap.org/soap/encoding/","Body":{"Fault":{"faultcode":"soap:Server","faultstring":"Execution of ServiceCallout SCO-AddURLVault failed. Reason: ResponseCode 409 is treated as error","faultactor":{}}}}}`)
		assert.Equal(t, "soap:Server", x.Code)
		_, err := Explain([]byte(`{"Envelope":{"encodingStyle":"x","Header":{"id":"1"}}}`), Options{})
		assert.Error(t, err, "an envelope with no fault")
	})
	t.Run("a second review's look-alikes", func(t *testing.T) {
		for _, c := range []struct{ paste, not string }{
			{"$ lncli payinvoice lnbc2500u1pvjluezpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypq\n[lncli] rpc error: code = Unknown desc = invoice is already paid", "stripe"}, // lnd-invoice-paid
			{"{\"error\": \"Invoice is already paid.\"}", "stripe"},                                                                                                          // app-invoice-paid-json
			{"Xendit callback arrives twice; the second time our handler logs \"Invoice is already paid\" and returns 200. Is that ok?", "stripe"},                           // xendit-invoice-paid-prose
			{"Odoo: Finalized invoices can't be updated once posted; reset to draft first.", "stripe"},                                                                       // finalized-invoices-odoo
			{"Stripe webhook handler works, but the receipt email failed with a 535 from smtp.gmail.com (5.7.8 Username and Password not accepted).", "stripe"},              // smtp-failed-with-a
			{"The PagSeguro settlement file upload was rejected with a 550 from the bank's FTP server: Permission denied.", "pagbank"},                                       // ftp-rejected-with-a
			{"Mercado Pago payment approved but our confirmation mail was rejected with a 554 from Outlook: 5.7.1 Service unavailable, client host blocked.", "mercadopago"}, // mail-rejected-mp
			{"Banco Inter recusou o boleto: \"Título já registrado\" (código 400)", "inter"},                                                                                 // issuer-inter-recusou
		} {
			if x, err := Explain([]byte(c.paste), Options{}); err == nil {
				assert.NotEqual(t, c.not, providerOf(x), c.paste)
			}
		}
		for _, paste := range []string{
			"Stripe webhook handler works, but the receipt email failed with a 535 from smtp.gmail.com (5.7.8 Username and Password not accepted).",         // smtp-failed-with-a
			"The PagSeguro settlement file upload was rejected with a 550 from the bank's FTP server: Permission denied.",                                   // ftp-rejected-with-a
			"Mercado Pago payment approved but our confirmation mail was rejected with a 554 from Outlook: 5.7.1 Service unavailable, client host blocked.", // mail-rejected-mp
			"Our Twilio voice payment IVR call failed with a 486 when the customer's phone was busy.",                                                       // sip-failed-with-a
			"The CSV export failed with a 500 row limit, Stripe says the report is fine.",                                                                   // failed-with-a-row-count
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Equal(t, 0, x.HTTPStatus, "a mail, FTP or phone server's code, or a count: %s", paste)
			}
		}
		for _, paste := range []string{
			"Płatność chyba przeszła, dostałem status 200 i zamówienie jest opłacone. Dzięki!", // polish-chyba-ok
			"Platba proběhla bez chyby, objednávka je zaplacená.",                              // czech-bez-chyby
			"تم إرسال خطاب الضمان إلى البنك بنجاح",                                             // arabic-letter
			"پرداخت بدون خطا انجام شد",                                                         // persian-nozero
			"تمت عملية الدفع بنجاح ولا يوجد أي خطأ",                                            // arabic-no-error
		} {
			_, err := Explain([]byte(paste), Options{})
			assert.ErrorIs(t, err, ErrNoErrorFound, paste)
		}
		for _, c := range []struct {
			paste, provider string
			status          int
		}{
			{"app.payments.PagarmeClientException: 401 {\"errors\":[{\"message\":\"api_key está faltando\"}]}", "pagarme", 401},                                                     // client-exception-401
			{"GatewayException: 422 {\"error\":\"amount must be greater than 0\"}", "", 422},                                                                                        // payment-exception-422
			{"Braintree::ValidationsFailed in migration script; the new gateway is Mercado Pago and it returns {\"message\":\"invalid_token\",\"status\":400}", "mercadopago", 400}, // braintree-plus-mp
			{"Error from Stripe.js: Your card number is incomplete.", "stripe", 0},                                                                                                  // stripe-js-error-from
			{"{\"status\": 500, \"Envelope\": {\"Body\": {\"Fault\": {\"faultcode\": \"soap:Server\", \"faultstring\": \"Internal failure\"}}}}", "", 500},                          // envelope-status-beside
		} {
			x := explainPaste(t, c.paste)
			assert.Equal(t, c.provider, providerOf(x), c.paste)
			assert.Equal(t, c.status, x.HTTPStatus, c.paste)
		}
		// A key-value line's escapes: JSON's are read, a Windows path and Python's bytes are kept.
		x := explainPaste(t, "status: 400\nerror_code: \"parameter_invalid\"\nmessage: \"Invalid value for \\\"amount\\\": must be greater than 0\"")
		assert.Contains(t, x.Message, "must be greater than 0", "escaped quotes do not cut the message")
		x = explainPaste(t, "code: \"FILE_NOT_FOUND\"\nstatus: 404\nmessage: \"Certificate not found at C:\\certs\\adyen\\client.p12\"")
		assert.Contains(t, x.Message, `C:\certs\adyen\client.p12`, "a Windows path is kept")
		key, v, ok := kvLine(`message: "Invalid value for \"amount\": must be greater than 0"`)
		assert.True(t, ok)
		assert.Equal(t, "message", key)
		assert.Contains(t, fmt.Sprint(v), "must be greater than 0")
		_, v, _ = kvLine(`path: "C:\\certs\\adyen\\client.p12"`)
		assert.Contains(t, fmt.Sprint(v), `C:\certs\adyen\client.p12`)
		// A PHP dump's string length past what follows it: no panic.
		for _, paste := range []string{"int(400)\nstring(9223372036854775807) \"x\"", "int(400)\nstring(9223372036854775806) \"x\"", "int(400)\nstring(99999999999999999999) \"x\""} {
			assert.NotPanics(t, func() { _, _ = Explain([]byte(paste), Options{}) }, paste)
		}
		assert.Equal(t, `"a\u009bb\u2028c\u202ed"`, catalog.Quote("a\u009bb\u2028c\u202ed"), "invisible or harmful characters escaped")
	})
}
