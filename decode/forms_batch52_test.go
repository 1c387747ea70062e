package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersNineteenthBatch: what batches 52 to 54 of real pastes asked for, each beside
// a look-alike that must not trigger it.
func TestReadersNineteenthBatch(t *testing.T) {
	t.Run("Docker BuildKit's seconds before each line, and the thrown error above a stack trace", func(t *testing.T) {
		x := explainPaste(t, "22.94 Error occurred prerendering page \"/pricing\". Read more: https://nextjs.org/docs/messages/prerender-error\n"+
			"22.94 Error: Invalid API Key provided: sk_test_******7890\n"+
			"22.94     at n.toJSON.then.j.message (/app/.next/server/chunks/217.js:1:29737)\n"+
			"22.94     at process.processTicksAndRejections (node:internal/process/task_queues:105:5)\n"+
			"23.00  ELIFECYCLE  Command failed with exit code 1.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Contains(t, x.Message, "Invalid API Key provided")
		assert.True(t, buildKitSeconds("22.94"))
		assert.True(t, buildKitSeconds("#12 22.94"))
		assert.False(t, buildKitSeconds("2024.1"), "one decimal: not BuildKit's")
		assert.False(t, buildKitSeconds("#a 22.94"))
		// With no stack trace under them, the first line that says what failed stays the
		// message.
		assert.Equal(t, "Payment failed: card declined", errorLine("Payment failed: card declined\nError: retrying in 5s"))
	})
	t.Run("a provider's long phrase read bare even when it says please", func(t *testing.T) {
		x := explainPaste(t, "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "secret_key_required", x.Code)
		x = explainPaste(t, "Error: You passed an empty string for 'line_items[0][price]'. We assume empty values are an attempt to unset a parameter; however 'line_items[0][price]' cannot be unset.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "parameter_invalid_empty", x.Code)
	})
	t.Run("Mercado Pago's own messages, quoted without their envelope", func(t *testing.T) {
		x := explainPaste(t, "Invalid users involved")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "2034", x.Code)
		x = explainPaste(t, "Invalid transaction_amount (Error 4037)")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "4037", x.Code)
		x = explainPaste(t, "transaction_amount atributte must be numeric")
		assert.Equal(t, "mercadopago", providerOf(x))
		// Words every shop writes are no one's.
		x = explainPaste(t, "Order total is invalid.")
		assert.Nil(t, x.Provider, "PayPal's words for 10401, but without the code anyone's")
	})
	t.Run("an app's answer to its own route is not the API's status", func(t *testing.T) {
		x := explainPaste(t, "[ Server ] POST /operations/generate-stripe-checkout-session 400 806.257 ms - 549\n"+
			"[ Server!] Error: No such price: 'prod_Qa123'\n"+
			"[ Server!]     at StripeError.generate (file:///app/node_modules/stripe/esm/Error.js:7:20)")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "resource_missing", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		s, ok := statusInText("POST https://api.example.com/v1/charges 402 Payment Required")
		assert.True(t, ok, "a client's request line still gives the API's status")
		assert.Equal(t, 402, s)
		_, ok = statusInText("method=GET path=/payment_gateways format=html controller=DonationsController action=payment_gateways status=500 error='boom'")
		assert.False(t, ok, "lograge's status is the app's")
		s, ok = statusInText("request failed: status=503 upstream=payments")
		assert.True(t, ok)
		assert.Equal(t, 503, s)
	})
	t.Run("PayPal's NVP errors joined on one line, under Magento's words", func(t *testing.T) {
		x := explainPaste(t, "An error occurred setting up your cart for PayPal.\n\nError passing cart to PayPal\nFull message\n10401: Order total is invalid., 10426: Item total is invalid., 10427: Shipping total is invalid.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10401", x.Code)
		x = explainPaste(t, "2014-03-17T22:49:29+00:00 ERR (3): \nexception 'Mage_Core_Exception' with message 'PayPal NVP gateway errors: Callback URL is wrong type; you must use the HTTPS (#11813: Callback URL is wrong type). Correlation ID: 66fb4bea7f359. Version: 72.0.' in /home/dev/public_html/app/Mage.php:579")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "66fb4bea7f359", x.RequestID)
	})
	t.Run("Conekta's flat error of the API before v2", func(t *testing.T) {
		x := explainPaste(t, `{"object":"error","type":"resource_not_found","message":"Token 'test_tok_processing_error' could not be found."}`)
		assert.Equal(t, "conekta", providerOf(x))
		assert.Equal(t, "resource_not_found", x.Code, "the type as the paste writes it, explained as v2's resource_not_found_error")
		assert.Contains(t, x.Meaning, "does not exist")
		// Culqi's flat error speaks to the merchant and the user.
		x = explainPaste(t, `{"object":"error","type":"authentication_error","merchant_message":"La llave es inválida","user_message":"Error de autenticación","message":"x"}`)
		assert.NotEqual(t, "conekta", providerOf(x))
		x = explainPaste(t, `{"object":"error","type":"card_error","message":"declined"}`)
		assert.NotEqual(t, "conekta", providerOf(x), "a type Conekta never wrote")
	})
	t.Run("words that say something failed without an error word", func(t *testing.T) {
		for _, paste := range []string{
			`"Field value incorrect. Fields affected: [threeDSRequestorAppURL]"`,
			"Line items están vacíos.",
			"Ooops! Verifique sua conexão com a internet e tente novamente",
			"\"Ups, algo funcionó mal\nCierra e intenta nuevamente.\"",
		} {
			x := explainPaste(t, paste)
			assert.NotEmpty(t, x.Message, paste)
		}
		x := explainPaste(t, "\"Ups, algo funcionó mal\nCierra e intenta nuevamente.\"")
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "try again, in Spanish")
		_, err := Explain([]byte("The cart is ready. Proceed to checkout."), Options{})
		assert.Error(t, err, "nothing failed")
	})
	t.Run("an error's members named as such inside another object, and WHMCS's gateway log", func(t *testing.T) {
		x := explainPaste(t, `{"request":{"result":"0","errorId":"PAY-404","errorMessage":"Service not found"},"merchant":"","service":""}`)
		assert.Equal(t, "PAY-404", x.Code)
		assert.Equal(t, "Service not found", x.Message)
		assert.Nil(t, nestedError(&object{members: []member{{"request", &object{members: []member{{"errorCode", "0"}, {"errorMessage", "OK"}}}}}}),
			"a zero code: the pair is always there")
		x = explainPaste(t, "json => \n    pix_create_request => \n        result => reject\n        response_message => O valor do pix esta abaixo do minimo permitido de R$ 3,00.\n        http_code => 200")
		assert.Equal(t, "O valor do pix esta abaixo do minimo permitido de R$ 3,00.", x.Message)
	})
	t.Run("a toString's fields with no brackets around them", func(t *testing.T) {
		x := explainPaste(t, "category=request, description=Attribute device_session_id is required, httpCode=400, errorCode=1001, requestId=c2dfb4ed-c4f4-46b6-8ed4-3d0c06bd9794, riskData=null")
		assert.Equal(t, "openpay", providerOf(x))
		assert.Equal(t, "1001", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "c2dfb4ed-c4f4-46b6-8ed4-3d0c06bd9794", x.RequestID)
		assert.Equal(t, -1, nextCommaMember("message=a, b and c"), "a comma inside a value")
		assert.Equal(t, 6, nextCommaMember("code=1, status=2"))
	})
	t.Run("a Stripe state error whose message says what the request must change", func(t *testing.T) {
		x := explainPaste(t, "2020-02-27T18:58:49+00:00 ERROR Error: payment_intent_unexpected_state You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.")
		assert.Equal(t, "payment_intent_unexpected_state", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, `{"error":{"code":"payment_intent_unexpected_state","message":"You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.","type":"invalid_request_error"}}`)
		assert.Equal(t, "none", string(x.Retry.Strategy), "a final state stays final")
		x = explainPaste(t, `{"error":{"code":"payment_intent_unexpected_state","message":"The PaymentIntent is in an unexpected state.","type":"invalid_request_error"}}`)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "words that say neither: look it up")
	})
	t.Run("RSpec's failure line, and PayPal's words with a typo", func(t *testing.T) {
		x := explainPaste(t, "# This PaymentIntent's amount could not be updated because it has a status of requires_capture. You may only update the amount of a PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation, requires_action. (Stripe::InvalidRequestError)")
		assert.Equal(t, "stripe", providerOf(x))
		assert.True(t, stackFrame("#0 /var/www/vendor/stripe/stripe-php/lib/ApiRequestor.php(124)"))
		assert.True(t, stackFrame("# ./spec/models/order_spec.rb:12:in `block (2 levels)'"))
		assert.False(t, stackFrame("# This PaymentIntent's amount could not be updated"))
		x = explainPaste(t, "Paypal_express: This transaction couldn't be completed. Please redirect your customer to PayPay.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10486", x.Code)
	})
	t.Run("a provider's phrase of everyone's words names it only when it is the whole message", func(t *testing.T) {
		x := explainPaste(t, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>&lt;!-- Transaction not found(274) --&gt;</faultstring></soap:Fault></soap:Body></soap:Envelope>")
		assert.NotEqual(t, "rede", providerOf(x), "Transbank's fault, in words e.Rede also writes")
		x = explainPaste(t, `"Unauthorized. Contact issuer."`)
		assert.Equal(t, "rede", providerOf(x), "e.Rede's message, whole")
		x = explainPaste(t, "CardError(u'Your card was declined.',)")
		assert.Equal(t, "stripe", providerOf(x))
		assert.True(t, everyonesWords("transaction not found"))
		assert.False(t, everyonesWords("invalid users involved"))
		assert.False(t, everyonesWords("card atributte can't be null"), "a typo the provider keeps")
		assert.False(t, wholeSaying("Transaction not found", "transaction not found"), "three common words: anyone's")
	})
	t.Run("members behind an underscore, a wrapper that names an exception, Markdown around a value", func(t *testing.T) {
		x := explainPaste(t, "{\n  \"_code\": \"0909\",\n  \"_field\": \"payer.state\",\n  \"_message\": \"O campo 'state' permite apenas as siglas dos estados.\"\n}")
		assert.Equal(t, "0909", x.Code)
		assert.Equal(t, "O campo 'state' permite apenas as siglas dos estados.", x.Message)
		x = explainPaste(t, `{"mensagem": "Erro interno do servidor", "detalhes": "Erro ao gerar access token: Forbidden", "tipo": "InvalidOperationException"}`)
		assert.Equal(t, "Erro interno do servidor", x.Message)
		x = explainPaste(t, "Código: **STATUS_ERRO_INTERNO**\nDescrição: **<Falha na verificação>**\nMensagem: **Acesso negado: https://...**")
		assert.Equal(t, "STATUS_ERRO_INTERNO", x.Code)
		x = explainPaste(t, `{"type": "NOT_FOUND", "description": "Subscription plan not found [non-existent]"}`)
		assert.Equal(t, "Subscription plan not found [non-existent]", x.Message)
		_, err := Explain([]byte(`{"type": "subscription_plan", "description": "Gold"}`), Options{})
		assert.Error(t, err, "a type that names no failure")
	})
	t.Run("Windows' connection reset, a code in brackets leading the text, more words of failure", func(t *testing.T) {
		x := explainPaste(t, "System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host")
		assert.Equal(t, "ECONNRESET", x.Code)
		x = explainPaste(t, "[10605] Transaction refused because of an invalid argument. See additional error messages for details.")
		assert.Equal(t, "10605", x.Code)
		assert.Equal(t, "", codeInText("[2024] New year, new prices"), "a year in brackets is no code")
		x = explainPaste(t, "el token no existe")
		assert.Equal(t, "el token no existe", x.Message)
	})
	t.Run("an object that holds little but its error message, Java's empty reply, Spanish for could not", func(t *testing.T) {
		x := explainPaste(t, "    'expired_token': {\n        'error_message': 'The transactions date has passed max time (7 days) to recover the status'\n    },")
		assert.Equal(t, "The transactions date has passed max time (7 days) to recover the status", x.Message)
		assert.Nil(t, nestedError(parseObject(t, `{"result": {"error_message": "", "id": 3}}`)), "an empty message says nothing failed")
		x = explainPaste(t, "HTTP/1.1 header parser received no bytes")
		assert.Equal(t, "ECONNRESET", x.Code)
		x = explainPaste(t, "Integración web checkout\nNo se pudo crear solicitud de pago")
		assert.Equal(t, "No se pudo crear solicitud de pago", x.Message)
	})
	t.Run("a GraphQL error's code and request id in its extensions", func(t *testing.T) {
		x := explainPaste(t, `{"data":{"tokenizeCreditCard":null},"errors":[{"message":"Expiration month is invalid","path":["tokenizeCreditCard"],"locations":[{"line":1,"column":66}],"extensions":{"errorType":"user_error","legacyCode":"81712"}}],"extensions":{"requestId":"de1f7c67-4861-455f-89bb-1d208915f270"}}`)
		assert.Equal(t, "81712", x.Code)
		assert.Equal(t, "de1f7c67-4861-455f-89bb-1d208915f270", x.RequestID)
		assert.Equal(t, "", genericCode(parseObject(t, `{"message":"x","extensions":{"code":"A1"}}`)), "extensions outside a GraphQL error")
	})
	t.Run("Banco Inter's envelope over the API Pix's shape, refused data despite 'tente novamente', IBM's gateway error in a logger's context", func(t *testing.T) {
		x := explainPaste(t, `{"title": "Dados inválidos.", "detail": "Verifique se os dados informados estão de acordo com a documentação disponibilizada e tente novamente.", "timestamp": "2025-08-04T17:22:54.392552682-03:00", "violacoes": [{"razao": "O valor não pode ser nulo", "propriedade": "incluirCobrancaAsync.body.desconto.quantidadeDias", "valor": "null"}]}`)
		assert.Equal(t, "inter", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, `{"type": "https://pix.bcb.gov.br/api/v2/error/CobOperacaoInvalida", "title": "Cobrança inválida.", "status": 400, "detail": "A requisição que busca alterar ou criar uma cobrança para pagamento imediato não respeita o schema ou está semanticamente errada.", "violacoes": [{"razao": "O objeto cob.valor não respeita o schema.", "propriedade": "cob.valor"}]}`)
		assert.Equal(t, "bacen-pix", providerOf(x), "the API Pix's own type")
		x = explainPaste(t, `{"timestamp":"2025-10-31T20:15:39.195Z","level":"warn","service":"payments","message":"Erro ao listar boletos","context":{"error":{"httpCode":"400","httpMessage":"Bad Request","moreInformation":"One or more required API parameters are missing in the API request."},"status":400}}`)
		assert.NotEmpty(t, x.Message)
		_, err := Explain([]byte(`{"level":"info","context":{"result":{"httpCode":"200","httpMessage":"OK","moreInformation":"done"}}}`), Options{})
		assert.Error(t, err, "a success under no error member")
	})
	t.Run("Caixa's upper-case words of failure, accents lost", func(t *testing.T) {
		x := explainPaste(t, "(54) OPERACAO NAO PERMITIDA - HASH DIVERGENTE")
		assert.Contains(t, x.Message, "NAO PERMITIDA")
		x = explainPaste(t, "(X5) TRANSAÇÃO TEMPORARIAMENTE INDISPONÍVEL")
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
	})
}
