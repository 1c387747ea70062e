package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersFiftySixthBatch: what batches 249 to 252 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersFiftySixthBatch(t *testing.T) {
	t.Run("Payflow's RESULT and RESPMSG, without PNREF", func(t *testing.T) {
		// omnipay-payflow's mocks (tests/Mock/PurchaseFailure.txt, PurchaseDecline.txt):
		// Payflow answers a failure under a 200, in name-value pairs.
		x := explainPaste(t, "HTTP/1.1 200 OK\r\nConnection: close\r\nServer: VPS-3.033.00\r\nContent-type: text/namevalue\r\nContent-length: 43\r\n\r\nRESULT=1&RESPMSG=User authentication failed")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "1", x.Code)
		assert.Equal(t, 200, x.HTTPStatus)
		x = explainPaste(t, "RESULT=12&PNREF=A10AA63244D1&RESPMSG=Declined")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "12", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// An approval is no error, and pairs without RESPMSG are not Payflow's.
		_, err := Explain([]byte("HTTP/1.1 200 OK\r\nContent-type: text/namevalue\r\n\r\nRESULT=0&PNREF=A10AA63244D1&RESPMSG=Approved"), Options{})
		assert.Error(t, err)
		x = explainPaste(t, "RESULT=12&MESSAGE=Declined")
		assert.NotEqual(t, "paypal", providerOf(x))
	})
	t.Run("a status of false beside a message", func(t *testing.T) {
		// sped-common's DistDFe log (nfephp-org/sped-common#316): SEFAZ's 656 says when to
		// come back, in hours.
		x := explainPaste(t, "2025-07-25 01:48:03.000\n{\"status\":false,\"mensagem\":\"Rejeicao: Consumo Indevido (Deve ser utilizado o ultNSU nas solicitacoes subsequentes. Tente apos 1 hora)\",\"nsu_atual\":\"000000000505344\"}")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "wait", string(x.Retry.Strategy))
		require.NotNil(t, x.Retry.AfterSeconds)
		assert.Equal(t, 3600, *x.Retry.AfterSeconds)
		// A status of true is no failure.
		_, err := Explain([]byte(`{"status": true, "mensagem": "Documento localizado"}`), Options{})
		assert.Error(t, err)
	})
	t.Run("a delay in hours", func(t *testing.T) {
		s, ok := delayInText("Too many requests: try again after 2 hours")
		assert.True(t, ok)
		assert.Equal(t, 7200, s)
		s, ok = delayInText("Limite atingido, tente novamente em 1 hora")
		assert.True(t, ok)
		assert.Equal(t, 3600, s)
		// An hour that is not a delay: no word about waiting before it.
		_, ok = delayInText("Saldo insuficiente: o relatório cobre as últimas 24 horas")
		assert.False(t, ok)
	})
	t.Run("Google Pay's sheet code under its words", func(t *testing.T) {
		// flutter-stripe/flutter_stripe#1915: the title as published.
		x := explainPaste(t, "This merchant is having trouble accepting your payment right now by using different payment method OR_BIBED_07")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "OR_BIBED_07", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A word that starts the same is no code.
		assert.Empty(t, googlePaySheetCode("COLOR_BIBED_07 FLOOR_12345_67"))
	})
	t.Run("two lines leading in", func(t *testing.T) {
		// AuthorizeNet/accept-sample-ios#22 under a reader's own line: the code is still
		// the one the quoted sentence names.
		x := explainPaste(t, "I get this error when I try to pay:\n\nMy app was working before for a long time but now I'm getting this error:\n\n\"Error 153, There was an error processing the payment data. Unable to decrypt data.\"")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "153", x.Code)
		// One line in the first person that holds the error stays.
		x = explainPaste(t, "I get this error when I try to pay:\nI'm getting error \"Invalid Merchant Account\" from Adyen:\n")
		assert.NotEmpty(t, x.Message)
	})
	t.Run("iOS's lost connection and an SDK used before it was set up", func(t *testing.T) {
		// stripe-ios passing up NSURLErrorNetworkConnectionLost (batch 253).
		x := explainPaste(t, "The network connection was lost")
		assert.Equal(t, "ECONNRESET", x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		x = explainPaste(t, `Error Domain=NSURLErrorDomain Code=-1005 "The network connection was lost." UserInfo={NSErrorFailingURLKey=https://api.example.com/v1/orders}`)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "a write's outcome is unknown")
		// flutter_paystack's own check, before any request.
		x = explainPaste(t, "Paystack SDK has not been initialized. The SDK has to be initialized before use")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A question is not a failure.
		_, err := Explain([]byte("how do I know the SDK has not been initialized? please help"), Options{})
		assert.Error(t, err)
	})
	t.Run("Stripe's request id and three of its sentences", func(t *testing.T) {
		// liberapay/liberapay.com's issue (batch 255): Stripe's name and its request id.
		x := explainPaste(t, "Stripe error message: `The currency specified (gbp) does not match the currency on the source (eur). A payment can only be created for the same currency as the corresponding source. (request ID: req_PSmPQ85CKvW5kz)`.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "req_PSmPQ85CKvW5kz", x.RequestID)
		x = explainPaste(t, "Stripe said: the charge failed (request ID: req_PSmPQ85CKvW5kz)")
		assert.Equal(t, "stripe", providerOf(x), "its name and its id's form")
		// An id of another form (Anthropic's, OpenAI's) is no sign of Stripe's.
		assert.False(t, stripeRequestForm("req_011CSHoEeqs5C35K2UUqR7Fy"))
		assert.False(t, stripeRequestForm("req_abcdefghijklmn"), "one case only")
		x = explainPaste(t, "Error: request failed (request ID: req_PSmPQ85CKvW5kz)")
		assert.Empty(t, providerOf(x), "the id alone needs another sign")
		x = explainPaste(t, `"Exception - payment_method_configuration cannot be used with Managed Payments, which is enabled by default on your account."`)
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("Stripe's \"Must provide source or customer.\", alone", func(t *testing.T) {
		// stripe/stripe-node#175: the SDK's rejection printed with Stripe's words.
		x := explainPaste(t, "Unhandled rejection Error: Must provide source or customer.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "Error: You must provide a source image or a customer avatar")
		assert.NotEqual(t, "stripe", providerOf(x))
	})
}

// TestFalseClaimsFiftySixthBatch: other companies' real errors that decifra credited to a
// catalogued provider on first contact; each cites where it was published.
func TestFalseClaimsFiftySixthBatch(t *testing.T) {
	t.Run("words beside a code that says other words", func(t *testing.T) {
		// AuthorizeNet/accept-sample-ios#22: Authorize.Net's error 153 ends in Adyen's
		// words for its 174; Adyen's own 153 says other words.
		x := explainPaste(t, "My app was working before for a long time but now I'm getting this error:\n\n\"Error 153, There was an error processing the payment data. Unable to decrypt data.\"\n\nI'm sending the opaqueData in base64 encoding like before.")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "153", x.Code)
		// The same lines joined into one, as a chat or a log flattens them: the number is
		// in the quote, not at the line's start.
		x = explainPaste(t, "My app was working before for a long time but now I'm getting this error: \"Error 153, There was an error processing the payment data. Unable to decrypt data.\" I'm sending the opaqueData in base64 encoding like before.")
		assert.Empty(t, providerOf(x))
		// Adyen's own 174 with its words stays Adyen's.
		x = explainPaste(t, `{"status": 422, "errorCode": "174", "message": "Unable to decrypt data", "errorType": "validation"}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "174", x.Code)
	})
	t.Run("axios's own code in a snippet of its error", func(t *testing.T) {
		// What a Node SDK built on axios prints for any 4xx: ERR_BAD_REQUEST is axios's
		// name for it, not Flux's code of the same spelling.
		x := explainPaste(t, "AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1909:12) {\n  code: 'ERR_BAD_REQUEST'\n}")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, 401, x.HTTPStatus)
		x = explainPaste(t, "{ code: 'ERR_BAD_REQUEST', message: 'Request failed with status code 400' }")
		assert.Empty(t, providerOf(x))
		// Flux's own answer with the code stays Flux's.
		x = explainPaste(t, `{"error": {"code": "ERR_BAD_REQUEST", "message": "amount must be positive"}}`)
		assert.Equal(t, "flux", providerOf(x))
	})
	t.Run("Mercado Libre's validation causes", func(t *testing.T) {
		// https://developers.mercadolivre.com.br/en_us/manage-sales/item-description-2: the
		// marketplace's items API, in Mercado Pago's envelope, with its own causes.
		x := explainPaste(t, `{"message":"Validation error","error":"validation_error","status":400,"cause":[{"department":"items","cause_id":398,"type":"error","code":"item.description.type.invalid","references":["plain_text[12]"],"message":"The description must be in plain text"}]}`)
		assert.Empty(t, providerOf(x))
		assert.Equal(t, 400, x.HTTPStatus)
		// Mercado Pago's own causes stay its own.
		x = explainPaste(t, `{"message":"Invalid users involved","error":"bad_request","status":400,"cause":[{"code":2034,"description":"Invalid users involved","data":null}]}`)
		assert.Equal(t, "mercadopago", providerOf(x))
	})
	t.Run("a list's first error is not OnnixPay's", func(t *testing.T) {
		// https://developers.belvo.com/pt-br/apis/belvoopenapispec/section/introducao/tratamento-de-erros
		x := explainPaste(t, `[{"request_id": "a6e1c493d7a29d91aed4338e6fcf077d", "message": "Este campo é obrigatório.", "code": "required", "field": "link"}]`)
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "required", x.Code)
	})
	t.Run("a status as the code beside a few words", func(t *testing.T) {
		// https://docs.apis-fiserv.com/latam/docs/ecommerce-api-codigos-error
		x := explainPaste(t, `{"clientRequestId": "12345", "responseType": "Unauthorized", "error": {"code": "401", "message": "Invalid API key"}}`)
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "401", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("the review's mends", func(t *testing.T) {
		// PayPal sends 10007's words with 10002 (paypal-soap-10002-no-permission-api-call
		// and three more pastes in the corpus).
		x := explainPaste(t, "Error 10002: You do not have permissions to make this API call")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10002", x.Code)
		// An HTTP status as the code is no other code system.
		x = explainPaste(t, "Estou recebendo o erro:\n\n400 - número do cartão está faltando")
		assert.Equal(t, "pagarme", providerOf(x))
		// Flux's code under its own envelope, printed by axios, stays Flux's.
		x = explainPaste(t, "AxiosError: Request failed with status code 400\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n{\"error\": {\"code\": \"ERR_BAD_REQUEST\", \"message\": \"Field amount must be positive\"}}")
		assert.Equal(t, "flux", providerOf(x))
		// A time of day is no delay; nor is a number no API would ask to wait.
		_, ok := delayInText("Sistema em manutenção programada. Tente novamente após as 6 horas.")
		assert.False(t, ok)
		_, ok = delayInText("Retry after 2562047788015216 hours")
		assert.False(t, ok)
		s, ok := delayInText("Tente novamente após 2 horas")
		assert.True(t, ok)
		assert.Equal(t, 7200, s)
		// Payflow writes RESULT and RESPMSG in capitals; a gateway's respMsg is not it.
		x = explainPaste(t, `{"result": 1, "respMsg": "assinatura inválida"}`)
		assert.NotEqual(t, "paypal", providerOf(x))
	})
}
