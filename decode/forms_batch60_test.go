package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentiethBatch: what batches 60 to 63 of real pastes asked for, each beside
// a look-alike that must not trigger it.
func TestReadersTwentiethBatch(t *testing.T) {
	t.Run("an error tracker's issue number before the error is no PHP frame", func(t *testing.T) {
		x := explainPaste(t, "#2071 Excon::Error::Timeout: read timeout reached")
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		assert.False(t, stackFrame("#2071 Excon::Error::Timeout: read timeout reached"))
		for _, frame := range []string{"#0 /var/www/app/Payment.php(34): Gateway->charge()", "#1 [internal function]: Foo->bar()", "#7 {main}",
			`#2 C:\xampp\htdocs\shop\vendor\stripe\lib\ApiRequestor.php(210): Stripe\ApiRequestor->_interpretResponse()`, "#12"} {
			assert.True(t, stackFrame(frame), frame)
		}
	})
	t.Run("a code member behind a prefix, and a code the words call an error", func(t *testing.T) {
		assert.Equal(t, "SIS0051", codeInText("Ds_ErrorCode:SIS0051;"))
		assert.Equal(t, "", codeInText("Ds_Response:0190;"), "a response code is no error code")
		assert.Equal(t, "PERMISSION_DENIED", codeInText("payments/v1/authorizations/${authToken}/order is showing PERMISSION_DENIED error"))
		assert.Equal(t, "", codeInText("we set the PERMISSION_DENIED flag on the order"), "not called an error")
	})
	t.Run("a provider's words on a line under the app's own", func(t *testing.T) {
		x := explainPaste(t, "Payment Error Response:\nError: You can only make test charges right now. If you are the site owner, please activate your account at https://dashboard.example.com to remove this limitation.")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "The creation of the payment intent failed.\nThe provider gave us the following info about the problem:\n'Your card has insufficient funds.'")
		assert.Equal(t, "stripe", providerOf(x))
		// Words every API writes, on a line of their own, are still no one's.
		x = explainPaste(t, "Payment failed:\nTransaction not found")
		assert.Nil(t, x.Provider)
	})
	t.Run("Whoops spaces a class's namespaces", func(t *testing.T) {
		x := explainPaste(t, "Stripe \\ Error \\ Card\nYour card was declined.")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "Shop \\ Error \\ Card\nThe card could not be charged.")
		assert.NotEqual(t, "stripe", providerOf(x), "another namespace's card error, in words anyone writes")
	})
	t.Run("PayPal's debug_id named in text, and its REST envelope with the link cut off", func(t *testing.T) {
		x := explainPaste(t, "debug_id = c3aaf17b85f5e\nError name: INTERNAL_SERVICE_ERROR")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "INTERNAL_SERVICE_ERROR", x.Code)
		assert.Equal(t, "c3aaf17b85f5e", x.RequestID)
		x = explainPaste(t, "debug_id = c3aaf17b85f5e\nError name: SOMETHING_ELSE_ENTIRELY")
		assert.Nil(t, x.Provider, "an id's name alone does not make the error PayPal's")
		x = explainPaste(t, `ResourceNotFound: Failed. Response status: 404. Response message: Not Found. Error message: {"name":"INVALID_RESOURCE_ID","message":"Requested resource ID was not found.","information_link":"https://d`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "INVALID_RESOURCE_ID", x.Code)
		x = explainPaste(t, `{"name":"NOT_A_PAYPAL_NAME","message":"Requested resource ID was not found.","information_link":"https://docs.example.com","status":404}`)
		assert.NotEqual(t, "paypal", providerOf(x))
	})
	t.Run("words that say the request can never succeed as sent", func(t *testing.T) {
		for _, m := range []string{"Gateway Rejected: duplicate", "Invalid paymentInit request: authorized trx for merchantId 123 and orderNo 456 already exists",
			"You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed."} {
			assert.Equal(t, "none", string(guessStrategy(m)), m)
		}
		assert.Equal(t, "fix", string(guessStrategy("Gateway Rejected: cvv")))
	})
	t.Run("a response cut off by the server is a write of unknown outcome", func(t *testing.T) {
		x := explainPaste(t, "Error Type: System.IO\nError Message: The response ended prematurely.")
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		assert.Nil(t, x.Provider)
	})
	t.Run("words that say something is missing or switched off", func(t *testing.T) {
		x := explainPaste(t, "Stripe Tax has not been activated on your account. Please visit https://stripe.com/docs/tax/set-up to get started.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "stripe_tax_inactive", x.Code)
		x = explainPaste(t, "Amount must convert to at least 50 cents. ¥5 converts to approximately $0.03.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "amount_too_small", x.Code)
		x = explainPaste(t, "Unable to decrypt data")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "174", x.Code)
	})
	t.Run("Python 2's OrderedDict pairs, line after line alike", func(t *testing.T) {
		x := explainPaste(t, "OrderedDict([(u'code', u'53078'), (u'message', u'item amount invalid pattern: 354,2. Must fit the patern: \\\\d+.\\\\d{2}')])\n"+
			"OrderedDict([(u'code', u'53078'), (u'message', u'item amount invalid pattern: 50,0. Must fit the patern: \\\\d+.\\\\d{2}')])")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "53078", x.Code)
		// A log whose lines share a prefix is still peeled.
		x = explainPaste(t, "2024-05-11 20:35:22 pagseguro: Array\n2024-05-11 20:35:22 pagseguro: (\n2024-05-11 20:35:22 pagseguro:     [code] => 53078\n"+
			"2024-05-11 20:35:22 pagseguro:     [message] => item amount invalid pattern: 50,0.\n2024-05-11 20:35:22 pagseguro: )")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "53078", x.Code)
	})
	t.Run("a logger's record keeping the API's error in its context", func(t *testing.T) {
		x := explainPaste(t, `{"timestamp":"2025-10-31T14:25:17.101Z","level":"warn","service":"billing","message":"Erro ao criar cobrança PIX imediata",`+
			`"context":{"error":{"status":400,"type":"https://pix.bcb.gov.br/api/v2/error/CobOperacaoInvalida","title":"Operação inválida","detail":"O CPF do devedor é inválido","correlationId":"c2dad105"}}}`)
		assert.Equal(t, "bacen-pix", providerOf(x))
		assert.Equal(t, "CobOperacaoInvalida", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, `{"level":"error","message":"Erro ao criar cobrança","context":{"orderId":"42","attempt":2},"error":{"code":"card_declined","message":"Your card was declined.","type":"card_error"}}`)
		assert.Equal(t, "card_declined", x.Code, "a context without an error leaves the record's own error")
	})
	t.Run("a paste that is only a code of letters and digits", func(t *testing.T) {
		x := explainPaste(t, "E0024")
		assert.Equal(t, "E0024", x.Code)
		assert.Nil(t, x.Provider)
		for _, word := range []string{"HTTP2", "UTF8", "hello", "v2"} {
			_, err := Explain([]byte(word), Options{})
			assert.Error(t, err, word)
		}
	})
	t.Run("a problem's type URL names its code", func(t *testing.T) {
		x := explainPaste(t, `<?xml version="1.0" encoding="UTF-8"?><problem xmlns="urn:ietf:rfc:7807"><type>https://icom.pi.rsfn.net.br/api/v1/error/notFound</type><title>Não encontrado</title></problem>`)
		assert.Equal(t, "notFound", x.Code)
		assert.Nil(t, x.Provider, "the SPI's ICOM is not catalogued")
		assert.Equal(t, "", problemTypeCode(&object{members: []member{{"type", "https://example.com/docs/payments"}, {"title", "Bad"}}}), "no error path")
		assert.Equal(t, "", problemTypeCode(&object{members: []member{{"type", "about:blank"}, {"title", "Not Found"}}}))
	})
	t.Run("the DICT's XML problem with violations and no type", func(t *testing.T) {
		x := explainPaste(t, "<problem>\n\t<title>Bad Request</title>\n\t<status>400</status>\n\t<detail>Invalid parameters</detail>\n\t<correlationId>46E891E0FD0D49C8B426C082A6F33D3B</correlationId>\n"+
			"\t<violations>\n\t\t<violation>\n\t\t\t<reason>must not be null</reason>\n\t\t\t<property>syncVerification.participantSyncVerifier</property>\n\t\t</violation>\n\t</violations>\n</problem>")
		assert.Equal(t, "pix-dict", providerOf(x))
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, "<problem>\n\t<title>Bad Request</title>\n\t<status>400</status>\n\t<detail>Invalid parameters</detail>\n\t<correlationId>46E891E0FD0D49C8B426C082A6F33D3B</correlationId>\n</problem>")
		assert.Nil(t, x.Provider, "without its violations, anyone's problem")
	})
	t.Run("logcat's tags, old Android Studio's small colon included", func(t *testing.T) {
		x := explainPaste(t, "E/RequestError\uFE55 The requested resource ID was not found, field:, issue:\nE/PayPalService\uFE55 INVALID_RESOURCE_ID\nE/ViewRootImpl\uFE55 sendUserActionEvent() mView == null")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "INVALID_RESOURCE_ID", x.Code)
		assert.Equal(t, "bar", afterLogcatTag("E/flutter (20755): bar"))
		assert.Equal(t, "foo", afterLogcatTag("W/System.err: foo"))
		for _, l := range []string{"E/ is not a tag", "X/Tag: not a priority", "https://example.com: a URL", "E/a b: words"} {
			assert.Equal(t, l, afterLogcatTag(l))
		}
	})
	t.Run("a code after the Portuguese abbreviation", func(t *testing.T) {
		assert.Equal(t, "171", codeInText(`Desta maneira não consigo tratar o retorno da rede que neste caso é "cod: 171 - Operation not allowed for this transaction."`))
		assert.Equal(t, "", codeInText("o arquivo foi salvo com encod: utf-8"))
	})
	t.Run("a provider's message quoted whole in a question about it", func(t *testing.T) {
		x := explainPaste(t, `estamos simulando o erro de "Unauthorized. Contact issuer.", enviando como amount com 80, porém retorna erro de "NullReferenceException"`)
		assert.Equal(t, "rede", providerOf(x))
		x = explainPaste(t, "Eu to com algumas duvidas. Primeiro, ao setar a opção de enviar transação, to recebendo a mensagem \"credit card token is invalid\".")
		assert.Equal(t, "pagbank", providerOf(x))
		// The same words inside other words stay anyone's.
		x = explainPaste(t, "our checkout says the credit card token is invalid for this order and fails")
		assert.Nil(t, x.Provider)
		assert.True(t, quotedWhole("he got `unauthorized. contact issuer.` twice", "unauthorized. contact issuer."))
		assert.False(t, quotedWhole("he got unauthorized. contact issuer. twice", "unauthorized. contact issuer."))
	})
	t.Run("Mercado Pago's messages that no code carries", func(t *testing.T) {
		x := explainPaste(t, "[2019-09-09 22:54:09] [ERROR]: API get_payment_methods error: neither a public key nor caller id were provided")
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, "[2019-09-09 22:54:09] [ERROR]: API get_payment_methods error: no public key was provided")
		assert.Nil(t, x.Provider)
	})
	t.Run("a PayPal issue in brackets after its name, in Shopware's log", func(t *testing.T) {
		x := explainPaste(t, `[2026-07-27T05:41:00.456717+00:00] app.ERROR: An error occurred during processing the payment {"orderTransactionId":"X","exceptionMessage":"The error \"UNPROCESSABLE_ENTITY\" occurred with the following message: The requested action could not be performed, semantically incorrect, or failed business validation. | [PAYER_ACTION_REQUIRED] Payer needs to perform the following action before proceeding with payment.","exceptionTrace":"#0 /srv/vendor/store.shopware.com/swagpaypal/src/RestApi/RequestService.php(31): Swag\\PayPal\\RestApi\\Exception\\PayPalApiException::from()"}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PAYER_ACTION_REQUIRED", x.Code)
		assert.Equal(t, "", bracketedIssue("[2024-01-01 10:00:00] [ERROR] Payment failed"), "a time and a level")
		assert.Equal(t, "", bracketedIssue("see [SOME_FLAG] for details"), "no sentence after it")
	})
	t.Run("a log's prefix taken from its second line, and a body whose end is garbled", func(t *testing.T) {
		x := explainPaste(t, "ERROR -- omniauth: (stripe_connect) Authentication failure! invalid_credentials: OAuth2::Error, <invalid_client: No such API key: Bearer\n"+
			"2015-08-14T07:37:34.345409+00:00 app[web.1]: {\n2015-08-14T07:37:34.345425+00:00 app[web.1]:   \"error\": \"invalid_client\",\n"+
			"2015-08-14T07:37:34.345427+00:00 app[web.1]:   \"error_description\": \"No such API key: Bearer\">")
		assert.Equal(t, "invalid_client", x.Code, "OAuth2:: is Ruby's namespace, not a code")
		_, ok := parseLenient(`{"error": "invalid_client", "error_description": "No such API key: Bearer"> and more words after it`, 0)
		assert.False(t, ok, "a garble followed by more text is no cut")
		// A console's line that only shares its file's name with the next is no prefix.
		x = explainPaste(t, "Falha ao obter o token do cartao.\npagseguro.js:93 Object {10000: \"invalid creditcard brand\"}\npagseguro.js:92 Falha ao obter o token do cartao.\npagseguro.js:93 Object {10000: \"invalid creditcard brand\"}")
		assert.Equal(t, "10000", x.Code)
	})
	t.Run("Adyen's hosted pages' result with dotted names, and a code after the word code", func(t *testing.T) {
		x := explainPaste(t, "paymentResult.resultCode=Refused&paymentResult.refusalReason=905+Payment+details+are+not+supported&paymentResult.pspReference=8515024086621606")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "905", x.Code)
		assert.Equal(t, "8515024086621606", x.RequestID)
		assert.Equal(t, "901", codeInText("AdyenException: status 403, type:security Invalid Merchant Account code 901."))
		assert.Equal(t, "", codeInText("Command failed with exit code 1."))
		assert.Equal(t, "", codeInText("the request failed with status code 403"))
		_, ok := formBody(".hidden=1&x=2")
		assert.False(t, ok, "a name does not begin with a dot")
	})
	t.Run("a status as a response, in words", func(t *testing.T) {
		s, ok := statusInText("When I'm trying to pay with one of the test CCs I get 403 as a response.")
		assert.True(t, ok)
		assert.Equal(t, 403, s)
		_, ok = statusInText("We served 1403 as a response count yesterday.")
		assert.False(t, ok)
	})
	t.Run("PayPal Checkout's contingency with its meta.calc, and its Node SDK's response wrapper", func(t *testing.T) {
		x := explainPaste(t, `{"ack":"contingency","contingency":"PERMISSION_DENIED","meta":{"calc":"714ba485c8f6f","rlog":"bV%2FSt2LJ"}}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PERMISSION_DENIED", x.Code)
		x = explainPaste(t, `{"ack":"contingency","contingency":"PERMISSION_DENIED"}`)
		assert.Nil(t, x.Provider, "without meta.calc, a word anyone may send")
		x = explainPaste(t, `{"response": {"name": "THIRD_PARTY_CALLS_FORBIDDEN", "message": "An internal service error has occurred.", "information_link": "https://developer.paypal.com/webapps/developer/docs/api/#THIRD_PARTY_CALLS_FORBIDDEN", "httpStatusCode": 403}, "httpStatusCode": 403}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "THIRD_PARTY_CALLS_FORBIDDEN", x.Code)
	})
	t.Run("a request id header that names the service holds no id", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nX-RequestId: api-middleware\r\nX-UOW: 1-63ce8d29-5c8f5f6862cc765e69503bbb\r\n\r\n{\"code\":4000,\"message\":\"Payment not found\"}")
		assert.Equal(t, "1-63ce8d29-5c8f5f6862cc765e69503bbb", x.RequestID)
		x = explainPaste(t, "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nX-Request-Id: 7f3a9c\r\n\r\n{\"code\":\"bad\",\"message\":\"Invalid amount\"}")
		assert.Equal(t, "7f3a9c", x.RequestID)
	})
	t.Run("words of a refund or capture done before, a token used before, and the API's words after a plugin's advice", func(t *testing.T) {
		for _, m := range []string{"Transaction already fully refunded", "The charge is already captured.", "You are over the time limit to perform a refund on this transaction"} {
			assert.Equal(t, "none", string(guessStrategy(m)), m)
		}
		assert.Equal(t, "fix", string(guessStrategy("The provided source has already been used to make another payment.")))
		assert.Equal(t, "fix", string(guessStrategy("There was an error processing your payment [0]. Please try again later. Message: No such customer: 'cus_123'.")))
		assert.Equal(t, "backoff", string(guessStrategy("Please try again later. Message: the service is unavailable")))
	})
	t.Run("Adyen's invalidFields, and a Mercado Pago cause whose code is a sentence", func(t *testing.T) {
		x := explainPaste(t, `{"invalidFields": [{"errorCode": 91, "errorDescription": "The return url specified is invalid", "fieldType": {"field": "returnUrl"}}], "pspReference": "8816163576602761", "resultCode": "Failed"}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "91", x.Code)
		x = explainPaste(t, `{"status": 422, "invalidFields": [{"errorCode": 91, "errorDescription": "The return url specified is invalid"}]}`)
		assert.Nil(t, x.Provider, "without its pspReference, anyone's list of fields")
		x = explainPaste(t, `{"message":"Method not allowed","error":"method_not_allowed","status":405,"cause":[{"code":"Method not allowed","description":"Method not allowed","data":null}]}`)
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "method_not_allowed", x.Code)
	})
	t.Run("a code after a label in Markdown bold", func(t *testing.T) {
		assert.Equal(t, "invalid_access_token_format", codeInText("**Erro:** `invalid_access_token_format`"))
	})
	t.Run("Cloudflare's error number, a Mercado Pago cause in its own words under another status, a number glued to its sentence", func(t *testing.T) {
		assert.Equal(t, "522", cloudflareErrorCode(`<title>api.example.com | 522: Connection timed out</title><span class="cf-error-code">522</span> Cloudflare`))
		assert.Equal(t, "520", cloudflareErrorCode(`<span>Error code 520</span> Cloudflare Ray ID: 8c1f`))
		assert.Equal(t, "", cloudflareErrorCode(`<title>shop | 404: Not found</title>`), "not Cloudflare's page")
		x := explainPaste(t, `{"code": 401, "body": {"message": "Must provide your access_token to proceed", "error": "unauthorized", "status": 401, "cause": [{"code": 5, "description": "Must provide your access_token to proceed", "data": null}]}}`)
		assert.Equal(t, "5", x.Code)
		assert.Equal(t, "1003", codeInText("ERROR 1003La petición no pudo ser procesada."))
		assert.Equal(t, "E00027", codeInText("Error: E00027 The transaction was unsuccessful."))
	})
	t.Run("Stripe's and PayPal's own sentences, bare", func(t *testing.T) {
		for msg, want := range map[string][2]string{
			`Error: "The zip code you supplied failed validation."`:                           {"stripe", "incorrect_zip"},
			"(Status 400) Amount must be at least 50 cents":                                   {"stripe", "amount_too_small"},
			"`Payer has not yet approved the Order for payment`":                              {"paypal", "ORDER_NOT_APPROVED"},
			"Request is not well-formed, syntactically incorrect, or violates schema.":        {"paypal", "INVALID_REQUEST"},
			"Error: The Source src_XXX does not belong to the Customer you supplied cus_YYY.": {"stripe", ""},
		} {
			x := explainPaste(t, msg)
			assert.Equal(t, want[0], providerOf(x), msg)
			if want[1] != "" {
				assert.Equal(t, want[1], x.Code, msg)
			}
		}
		x := explainPaste(t, "Error: the amount must be at least 1 unit")
		assert.Nil(t, x.Provider)
	})
	t.Run("Adyen's messages that no code carries", func(t *testing.T) {
		x := explainPaste(t, "Invalid client key or unknown origin")
		assert.Equal(t, "adyen", providerOf(x))
		x = explainPaste(t, `"Field value incorrect. Fields affected: [threeDSRequestorAppURL]"`)
		assert.Equal(t, "adyen", providerOf(x))
		x = explainPaste(t, "Invalid client key")
		assert.Nil(t, x.Provider, "a shorter saying is anyone's")
	})
	t.Run("Asaas's, Pagar.me's and Conekta's own words, and a documented code in lower case before its words", func(t *testing.T) {
		x := explainPaste(t, "access_token_not_found: O cabeçalho de autenticação 'access_token' é obrigatório e não foi encontrado")
		assert.Equal(t, "asaas", providerOf(x))
		assert.Equal(t, "access_token_not_found", x.Code)
		x = explainPaste(t, `"É obrigatório preencher User-Agent no cabeçalho da requisição"`)
		assert.Equal(t, "asaas", providerOf(x))
		x = explainPaste(t, "api_key inválida")
		assert.Equal(t, "pagarme", providerOf(x))
		x = explainPaste(t, `"conekta.errors.processing.undefined method `+"`credit_commission'"+` for nil:NilClass"`)
		assert.Equal(t, "conekta", providerOf(x))
		assert.Equal(t, "", codeInText("error_description: The client credentials are invalid"), "a member's name is no code")
	})
}
