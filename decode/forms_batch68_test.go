package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentyFirstBatch: what batches 68 to 72 of real pastes asked for, each beside
// a look-alike that must not trigger it.
func TestReadersTwentyFirstBatch(t *testing.T) {
	t.Run("a provider's code in backticks in an issue's prose", func(t *testing.T) {
		x := explainPaste(t, "When an admin refunds the order, the Stripe API returns `charge_already_refunded` and the gateway adds a note.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "charge_already_refunded", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		assert.Equal(t, "", codeInText("the webhook sets `customer_id` and `transactionResponse` on the order"), "fields in backticks are no one's codes")
	})
	t.Run("Dart's Map.toString: strings of several words with no quotes", func(t *testing.T) {
		x := explainPaste(t, "{message: Card not found, error: bad_request, status: 400, cause: [{code: 2010, description: Card not found, data: null}]}")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "2010", x.Code)
		x = explainPaste(t, "I/flutter (20307): ApiException{statusCode: 401, error: invalid_client, errorDescription: Client Authentication failed, apiError: null}")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "invalid_client", x.Code)
		assert.Equal(t, 401, x.HTTPStatus)
		// A colon inside the words is another shape: the words are read as text.
		x = explainPaste(t, "{53046=credit card holder cpf invalid value: 12345678000195}")
		assert.Equal(t, "53046", x.Code)
		// A JavaScript dump's barewords stay what they are: no string of words follows them.
		res, _ := parseLenient("{ data: { errors: [Array] }, status: undefined }", 0)
		o, ok := res.value.(*object)
		assert.True(t, ok)
		_, bare := o.obj("data").get("errors").([]any)
		assert.True(t, bare)
	})
	t.Run("a connection .NET could not make was never sent", func(t *testing.T) {
		for _, m := range []string{"Unable to connect to the remote server",
			"System.Net.Sockets.SocketException: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond 10.0.0.1:443"} {
			x := explainPaste(t, m)
			assert.Equal(t, "backoff", string(x.Retry.Strategy), m)
		}
		x := explainPaste(t, "Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.")
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "a reset after sending is no connect failure")
	})
	t.Run("an API's instruction after please is no one asking for help", func(t *testing.T) {
		x := explainPaste(t, "Card nonce already used; please request new nonce.")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		assert.Equal(t, "", errorLine("Hello, please help me set up the already working plugin"))
	})
	t.Run("Amazon's RequestId beside its Error", func(t *testing.T) {
		x := explainPaste(t, `{"ErrorResponse": {"Error": {"Type": "Sender", "Code": "AccessDenied", "Message": "Access to OffAmazonPayments_Sandbox.ConfirmBillingAgreement is denied"}, "RequestID": "f3449e85-c415-4177-b4e7-e7d4628ed4d4"}}`)
		assert.Equal(t, "AccessDenied", x.Code)
		assert.Equal(t, "f3449e85-c415-4177-b4e7-e7d4628ed4d4", x.RequestID)
	})
	t.Run("a code of a capital and digits before its sentence", func(t *testing.T) {
		assert.Equal(t, "E00059", codeInText("E00059 The authentication type is not allowed for this method call."))
		assert.Equal(t, "", codeInText("HTTP2 The server closed the stream."), "two digits or fewer is no code")
		assert.Equal(t, "", codeInText("In 2023 The shop moved to the new API."), "a year leads no sentence as a code")
	})
	t.Run("members left out with three dots", func(t *testing.T) {
		res, _ := parseLenient(`{ "code" : "card_declined", ... , "message" : "Your card was declined." }`, 0)
		o, ok := res.value.(*object)
		assert.True(t, ok)
		assert.Equal(t, "Your card was declined.", o.str("message"))
	})
	t.Run("error codes in brackets, and the code in brackets under a class", func(t *testing.T) {
		assert.Equal(t, "processing_channel_id_required", codeInText("The API response status code (422) does not indicate success. A validation error of type request_invalid occurred with error codes [processing_channel_id_required]"))
		assert.Equal(t, "107", codeInText("ProtoneMedia \\ LaravelPaddle \\ Api \\ PaddleApiException\n[107] You don't have permission to access this resource"))
		assert.Equal(t, "", codeInText("Payment failed\n[2024] The year the shop opened"), "a year in brackets")
	})
	t.Run("Cloudflare's status named in words is its error code", func(t *testing.T) {
		x := explainPaste(t, "I tried to pay via creditcard today but when payment is processed, Cloudflare returns Error code 520.")
		assert.Equal(t, "520", x.Code)
		x = explainPaste(t, "I tried to pay via creditcard today but when payment is processed, the server returns Error code 520.")
		assert.Equal(t, "", x.Code, "no Cloudflare named")
	})
	t.Run("lines of name and value: Error names the code, debug_id its id", func(t *testing.T) {
		x := explainPaste(t, "Error: PAYMENT_CREATION_ERROR\nstatusCode: 422 , exception:Unprocessable Entity\ndebug_id\":\"625400e03bb39\"\nmessage: checkout-session not created")
		assert.Equal(t, "PAYMENT_CREATION_ERROR", x.Code)
		assert.Equal(t, 422, x.HTTPStatus)
		assert.Equal(t, "625400e03bb39", x.RequestID)
		x = explainPaste(t, "Error: Payment could not be created\nstatusCode: 422\nmessage: checkout-session not created")
		assert.Equal(t, "", x.Code, "words are no code")
	})
	t.Run("a code in brackets after the word error", func(t *testing.T) {
		assert.Equal(t, "589009", codeInText("We're Sorry. System error (589009). Please try again later."))
		assert.Equal(t, "", codeInText("The remote server returned an error: (401) Unauthorized."), "a status")
	})
	t.Run("Stripe's messages that name no code", func(t *testing.T) {
		for _, m := range []string{"Stripe: Cannot charge a customer that has no active card", "Sending credit card numbers directly to the Stripe API is generally unsafe",
			"Gateway Error\nmessage: You must supply either a card or a customer id\nsuccess: false"} {
			x := explainPaste(t, m)
			assert.Equal(t, "stripe", providerOf(x), m)
			assert.Equal(t, "fix", string(x.Retry.Strategy), m)
		}
	})
	t.Run("a code its reference lacks, with another code's words, stays the paste's code", func(t *testing.T) {
		x := explainPaste(t, `<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><errors><error><code>53148</code><message>no interest installment quantity out of range: {0}. The value must be greater than 1.</message></error></errors>`)
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "53148", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A wrapper's number is no code of the provider's: the words name the code.
		x = explainPaste(t, "{\"title\": \"GuzzleHttp\\\\Exception\\\\ClientException\", \"code\": 400, \"message\": \"Client error: `POST https://api-pix.gerencianet.com.br/v2/cob` resulted in a `400 Bad Request` response:\\n{\\\"nome\\\":\\\"chave_invalida\\\",\\\"mensagem\\\":\\\"A chave informada não faz referência à conta Gerencianet autenticada\\\"}\"}")
		assert.Equal(t, "chave_invalida", x.Code)
	})
	t.Run("a log's prefix ends before the code each record begins with", func(t *testing.T) {
		in := "[2019-08-09 13:55:50] AdyenLoggerTest.ERROR: 010: Not allowed {\"is_exception\":false} []\n" +
			"[2019-08-09 13:55:50] AdyenLoggerTest.ERROR: The getConnectedTerminals response is empty. {\"is_exception\":false} []\n" +
			"[2019-08-09 13:56:19] AdyenLoggerTest.ERROR: 901: Invalid Merchant Account {\"is_exception\":false} []\n"
		x := explainPaste(t, in)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "010", x.Code)
		s, cut := stripPrefixes("2024-05-11T20:35:22+00:00 app[web.1]: line one\n2024-05-11T20:35:23+00:00 app[web.1]: line two\n")
		assert.True(t, cut)
		assert.Equal(t, "line one\nline two\n", s, "a prefix with no code before its colon is peeled whole")
	})
	t.Run("a certificate for another host is a TLS failure", func(t *testing.T) {
		x := explainPaste(t, "CURL can't connect: SSL: no alternative certificate subject name matches target host name 'ws.pagseguro.uol.com.br'")
		assert.Equal(t, "TLS_ERROR", x.Code)
	})
	t.Run("Rails' errors by field in Portuguese are no one API's alone", func(t *testing.T) {
		// iugu answers so, and so do BoletoSimples and other Brazilian Rails APIs.
		x := explainPaste(t, `{"errors":{"customer_person_name":["não pode ficar em branco"],"customer_cnpj_cpf":["não é um CNPJ ou CPF válido"]}}`)
		assert.Nil(t, x.Provider)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "POST https://api.iugu.com/v1/customers\n422\n"+`{"errors":{"email":["não pode ficar em branco"]}}`)
		assert.Equal(t, "iugu", providerOf(x), "with iugu's host beside it")
	})
	t.Run("an ISO 20022 rejection's reason code", func(t *testing.T) {
		x := explainPaste(t, "<Rjct>\n  <RjctRsn>UNPR</RjctRsn>\n  <AddtlInf>A internal server error ocurred getting activation dataset</AddtlInf>\n  <MsgInErr/>\n</Rjct>")
		assert.Equal(t, "UNPR", x.Code)
		assert.Equal(t, "A internal server error ocurred getting activation dataset", x.Message)
	})
	t.Run("Cloudflare's status in any language's words", func(t *testing.T) {
		x := explainPaste(t, "调试工具网络列表内显示https://www.example.com/user/payment/purchase这个页面报cloudflare的524错误")
		assert.Equal(t, 524, x.HTTPStatus)
		assert.Equal(t, "524", x.Code)
		assert.Equal(t, 0, cloudflareStatusInWords("Cloudflare Ray ID: 7a524bcd1e2f3a4b"), "digits inside an id")
		assert.Equal(t, 0, cloudflareStatusInWords("the shop returned 524 errors"), "no Cloudflare named")
	})
	t.Run("the Mercado Libre platform's envelope with a code for a message is no proof of Mercado Pago", func(t *testing.T) {
		x := explainPaste(t, `{"message":"invalid_token","cause":[],"error":"not_found","status":401}`)
		assert.Nil(t, x.Provider, "Mercado Libre's APIs answer so")
		assert.Equal(t, 401, x.HTTPStatus)
		assert.Equal(t, "invalid_token", x.Code, "the error names only the HTTP reason; the message is the code")
		for _, in := range []string{`{"message": "internal_error", "error": null, "status": 500, "cause": []}`,
			`{"message": "invalid access token", "error": "not_found", "status": 401, "cause": []}`} {
			x = explainPaste(t, in)
			assert.Equal(t, "mercadopago", providerOf(x), in)
		}
	})
	t.Run("later, in Portuguese and Spanish, with or without the accent", func(t *testing.T) {
		for _, m := range []string{"Ocurrió un error al intentar conectar con WebPay Plus. Por favor intenta mas tarde.", "Erro de comunicação, tente mais tarde", "Servicio no disponible, intente más tarde"} {
			assert.Equal(t, "backoff", string(guessStrategy(m)), m)
		}
		assert.Equal(t, "fix", string(guessStrategy("Dados inválidos. Verifique os dados e tente mais tarde")), "the data must change first")
	})
	t.Run("Mercado Pago's messages that name no code, and ids under an issue form's field", func(t *testing.T) {
		for _, m := range []string{`"Unauthorized use of live credentials"`, "Failed to create PIX payment: At least one policy returned UNAUTHORIZED"} {
			x := explainPaste(t, m)
			assert.Equal(t, "mercadopago", providerOf(x), m)
			assert.Equal(t, "fix", string(x.Retry.Strategy), m)
		}
		assert.Equal(t, "9eef3cec98f86bd0450fa455736ebce1", requestIDInText("**Identificador do Problema**\nCorrelation-Id \n9eef3cec98f86bd0450fa455736ebce1 \n964a94d4f21307cc26c05d84d7318a13\n"))
	})
	t.Run("a JSON body wrapped at the paste's width is joined back", func(t *testing.T) {
		x := explainPaste(t, "{\"name\":\"INVALID_REQUEST\",\"message\":\"Request is not well-formed, syntactically incorrect, or violates schema.\",\"d\nebug_id\":\"5e7ab43c9f81d\",\"details\":[{\"field\":\"/purchase_units/0/items/1/name\",\"location\":\"body\",\"issue\":\"INVALI\nD_STRING_LENGTH\",\"description\":\"The value of a field is either too short or too long.\"}]}")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "INVALID_STRING_LENGTH", x.Code)
		assert.Equal(t, "5e7ab43c9f81d", x.RequestID)
		assert.Equal(t, FormatJSON, x.Input.Format, "no JavaScript in it")
	})
	t.Run("a number glued to a word by a dash, and Adyen's pspReference in a Java header map", func(t *testing.T) {
		assert.Equal(t, "10481", codeInText("Generic processor error: 10481-PaymentAction of Authorization is not allowed with Unilateral and Non-Credentialed authentication"))
		assert.Equal(t, "8816891855700555", requestIDInText("}, statusCode=422, message=HTTP Exception, responseHeaders={Transfer-Encoding=[chunked], pspReference=[8816891855700555], Date=[Wed, 12 Jul 2023]}"))
	})
	t.Run("PayPal's digital goods refusal", func(t *testing.T) {
		x := explainPaste(t, `"You are not signed up to accept payment for digitally delivered goods."`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a payment not captured is a failure told in words", func(t *testing.T) {
		x := explainPaste(t, "Aparece como não capturado, resposta da operadora 1000")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a provider's words before its code's labelled brackets, and not available as a failure", func(t *testing.T) {
		x := explainPaste(t, "**Error:** `Card Token not found` (Código 2006)")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "2006", x.Code)
		x = explainPaste(t, `dan un 400 con el mensaje "Preapprovals are not available for this country yet"`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a message only a provider writes is read though it has no word of failure", func(t *testing.T) {
		x := explainPaste(t, "Una de las partes con la que intentas hacer el pago es de prueba.")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte("Una de las partes con la que intentas hacer el pago llegó."), Options{})
		assert.Error(t, err, "no provider's mark, no word of failure")
	})
}
