package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentyEighthBatch: what batches 113 to 116 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersTwentyEighthBatch(t *testing.T) {
	t.Run("Efí's Cobranças with its code quoted", func(t *testing.T) {
		x := explainPaste(t, `{"code": "4600009", "error": "server_error", "error_description": "falha ao gerar link"}`)
		assert.Equal(t, "efi", providerOf(x))
		assert.Equal(t, "4600009", x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "server_error on an unknown code: the outcome is unknown")
		x = explainPaste(t, `{"code": "46000", "error": "server_error", "error_description": "falha ao gerar link"}`)
		assert.Equal(t, "", providerOf(x), "five digits are not Efí's seven")
	})
	t.Run("PayPal's token endpoint by its information_link", func(t *testing.T) {
		x := explainPaste(t, `{"error_description":"client id or secret is null","error":"invalid_client","correlation_id":"88feef2c749e8","information_link":"https://developer.paypal.com/docs/api/#errors"}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "invalid_client", x.Code)
		assert.Equal(t, "88feef2c749e8", x.RequestID)
		x = explainPaste(t, `{"error_description":"client id or secret is null","error":"invalid_client","correlation_id":"88feef2c749e8","information_link":"https://docs.example.com/errors"}`)
		assert.Equal(t, "", providerOf(x), "an OAuth error that links elsewhere")
	})
	t.Run("PayPal's NVP answer as a module lower-cased and listed it", func(t *testing.T) {
		x := explainPaste(t, "RESPONSE FROM PAYPAL:\nstdClass Object\n(\n    [debuglog] => \n    [timestamp] => 2016-10-23T06:24:50Z\n    [correlationid] => 115f130e20f6f\n    [ack] => Failure\n    [version] => 84.0\n    [build] => 26106709\n    [errorcode] => Array\n        (\n            [0] => 10413\n        )\n")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10413", x.Code)
		assert.Equal(t, "115f130e20f6f", x.RequestID)
		x = explainPaste(t, "stdClass Object\n(\n    [ack] => Failure\n    [errorcode] => Array\n        (\n            [0] => 10413\n        )\n)")
		assert.NotEqual(t, "paypal", providerOf(x), "without its correlation id, an ack and a list of codes are anybody's")
	})
	t.Run("Cybersource's Decision Manager: one word of reason, and a 2xx status", func(t *testing.T) {
		x := explainPaste(t, `{"id": "#################", "submitTimeUtc": "2019-07-10T14:46:06Z", "status": "202", "errorInformation": {"reason": "REJECT", "message": "The order has been rejected by Decision Manager"}}`)
		assert.Equal(t, "REJECT", x.Code, "errorInformation is a failure, whatever the status says")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"errorInformation": {"reason": "Rejected", "message": "The order has been rejected"}, "status": 400}`)
		assert.NotEqual(t, "Rejected", x.Code, "a word in lower case is no code")
	})
	t.Run("a typographic apostrophe in a provider's words", func(t *testing.T) {
		x := explainPaste(t, `string(40) "Header X-Idempotency-Key can’t be null"`)
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "4292", x.Code)
		x = explainPaste(t, "Header X-Request-Id can’t be null")
		assert.NotEqual(t, "4292", x.Code, "another header")
	})
	t.Run("stripe-php's resource with no id", func(t *testing.T) {
		x := explainPaste(t, `2020-06-23 17:23:09 [-][-][-][error][enupal\stripe\jobs\SyncOneTimePayments::execute] Sync process failed: Could not determine which URL to request: Stripe\Customer instance has invalid ID: `)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, `Could not determine which URL to request: EasyPost\Shipment instance has invalid ID: `)
		assert.NotEqual(t, "stripe", providerOf(x), "a library built like Stripe's")
	})
	t.Run("PayPal's description of INSTRUMENT_DECLINED, spaced as a library printed it", func(t *testing.T) {
		x := explainPaste(t, "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "INSTRUMENT_DECLINED", x.Code)
	})
	t.Run("a documented code, then its field as a JSON pointer", func(t *testing.T) {
		x := explainPaste(t, "AMOUNT_MISMATCH /purchase_units/@reference_id=='default'/amount/value Should equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "AMOUNT_MISMATCH", x.Code)
		x = explainPaste(t, "WIDGET_TOO_LARGE /items/0/size must be smaller, the request failed")
		assert.NotEqual(t, "WIDGET_TOO_LARGE", x.Code, "a code no provider documents")
	})
	t.Run("Magento's Payflow Pro message names PayPal's gateway", func(t *testing.T) {
		x := explainPaste(t, "The PayPal gateway rejected the request. User authentication failed")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a status told in a sentence", func(t *testing.T) {
		x := explainPaste(t, "Adiciona tentativa de consulta à assinatura após receber um 502 do iugu no momento da criação")
		assert.Equal(t, 502, x.HTTPStatus)
		assert.Equal(t, "iugu", providerOf(x))
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		x = explainPaste(t, "We got a 5000 ms timeout from the payment API")
		assert.Equal(t, 0, x.HTTPStatus, "a longer number is no status")
	})
}

// TestReadersTwentyNinthBatch: what batches 117 to 120 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersTwentyNinthBatch(t *testing.T) {
	t.Run("one of Asaas's errors without its list", func(t *testing.T) {
		x := explainPaste(t, "{\n  \"code\": \"invalid_action\",\n  \"description\": \"O número de celular informado já excedeu o limite de uso.\"\n}")
		assert.Equal(t, "asaas", providerOf(x))
		assert.Equal(t, "invalid_action", x.Code)
		x = explainPaste(t, "{\n  \"code\": \"invalid_object\",\n  \"description\": \"O CPF 00011122233 já está em uso.\"\n}")
		assert.Equal(t, "asaas", providerOf(x), "a field's code in Asaas's way, its words in Portuguese")
		x = explainPaste(t, `{"code": "invalid_object", "description": "The object is invalid."}`)
		assert.NotEqual(t, "asaas", providerOf(x), "the same code in English is anybody's")
		x = explainPaste(t, `{"code": "invalid_action", "description": "O número de celular informado já excedeu o limite de uso.", "status": 400}`)
		assert.NotEqual(t, "asaas", providerOf(x), "a third member is not Asaas's error alone")
	})
	t.Run("PayPal's debugId in a log's JSON cut at its start", func(t *testing.T) {
		x := explainPaste(t, `[2026-01-20T07:04:25.460489+00:00] paypal.ERROR: Requesting PayPal: [07c8fa8c58dfd] POST https://api-m.paypal.com/v2/checkout/orders/XXXXXXXX"method":"POST","target":"https://api-m.paypal.com/v2/checkout/orders/XXXXXXXX","code":429,"debugId":"07c8fa8c58dfd","requestId":null} {"file":"/var/www/custom/plugins/SwagPayPal/src/RestApi/Client/Client.php","line":41,"class":"Swag\\PayPal\\RestApi\\Client\\Client","function":"sendRequest"}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "07c8fa8c58dfd", x.RequestID)
	})
	t.Run("a client library's log names the method as a field", func(t *testing.T) {
		x := explainPaste(t, "message='Request to Stripe api' method=get path=https://api.stripe.com/v1/charges\nUnexpected error communicating with Stripe.  If this problem persists,\nlet us know at support@stripe.com.\n\n(Network error: ReadTimeout: HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out. (read timeout=0.1))")
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "a read that timed out may simply be sent again")
		x = explainPaste(t, "message='Request to Stripe api' method=post path=https://api.stripe.com/v1/charges\n(Network error: ReadTimeout: HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out. (read timeout=80))")
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "a charge's create that timed out may have gone through")
	})
	t.Run("connection failures in a plugin's and .NET's words", func(t *testing.T) {
		x := explainPaste(t, "Error: Could not connect to https://api.conekta.io.")
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "nothing was sent")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "PayPal.Exception.ConnectionException: Invalid HTTP response The underlying connection was closed: An unexpected error occurred on a receive.\n   at PayPal.HttpConnection.Execute(String payLoad, HttpWebRequest httpRequest)")
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "closed while the answer was awaited")
	})
	t.Run("a status told as the answer received", func(t *testing.T) {
		x := explainPaste(t, "ao realizar a chamada de cadastro recebemos a resposta 500 e ao realizar o retry também recebemos o retorno 500 da API")
		assert.Equal(t, 500, x.HTTPStatus)
		x = explainPaste(t, "A resposta 2000 ms depois veio com erro de validação")
		assert.Equal(t, 0, x.HTTPStatus, "a longer number is no status")
	})
}

// TestReadersTwentyNinthBatchLookAlikes: a review's look-alikes of the two batches'
// readers, each of which they once answered wrongly.
func TestReadersTwentyNinthBatchLookAlikes(t *testing.T) {
	t.Run("{code, description} alone is Asaas's only in Portuguese and with a code of its own", func(t *testing.T) {
		for _, in := range []string{`{"code":"404","description":"Não encontrado"}`,
			`{"code":"AMOUNT_MISMATCH","description":"Should equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount."}`,
			`{"code":"invalid_value","description":"Value must be positive"}`} {
			assert.Equal(t, "", providerOf(explainPaste(t, in)), in)
		}
		x := explainPaste(t, "POST https://api.asaas.com/v3/payments\nHTTP/1.1 400\n\n{\"errors\":[{\"code\":\"invalid_foo\",\"description\":\"Campo foo inválido\"}],\"foo\":1}")
		assert.Equal(t, "invalid_foo", x.Code, "its envelope with more beside it still gives errors[0]")
	})
	t.Run("a code before an API's path is no code before a field", func(t *testing.T) {
		for _, in := range []string{"Stripe webhook: UNPROCESSABLE_ENTITY /v1/payment_intents", "INSTRUMENT_DECLINED /v1/payment_intents/pi_123/confirm", "PAYMENT_OVERDUE /api/invoices"} {
			x, err := Explain([]byte(in), Options{})
			if err == nil {
				assert.Equal(t, "", providerOf(x), in)
			}
		}
	})
	t.Run("seven digits in a string are Efí's only in its families", func(t *testing.T) {
		x := explainPaste(t, `{"code":"1234567","error":"invalid_client","error_description":"Client authentication failed"}`)
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("a plugin's 'Could not connect' wraps the failure that says whether anything was sent", func(t *testing.T) {
		for _, in := range []string{"Could not connect to https://api.conekta.io: cURL error 56: Recv failure: Connection reset by peer",
			"Could not connect to https://api.mercadopago.com/v1/payments: Read timed out"} {
			assert.Equal(t, "check_first", string(explainPaste(t, in).Retry.Strategy), in)
		}
	})
	t.Run("a write's method field beats a read's", func(t *testing.T) {
		x := explainPaste(t, "message='Request to Stripe api' method=get path=https://api.stripe.com/v1/customers/cus_123\nmessage='Request to Stripe api' method=post path=https://api.stripe.com/v1/charges\nstripe.error.APIConnectionError: Unexpected error communicating with Stripe. Read timed out. (read timeout=80)")
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
	})
	t.Run("a number after 'received a' that is no status", func(t *testing.T) {
		for _, in := range []string{"POST /v1/charges read timed out after we received a 400 byte header",
			"POST https://api.stripe.com/v1/charges: received a 400 KB response then connection reset by peer",
			"Erro ao criar cobrança: Connection reset by peer. Antes disso recebi um 200 normalmente."} {
			x := explainPaste(t, in)
			assert.Equal(t, "check_first", string(x.Retry.Strategy), in)
			assert.Equal(t, 0, x.HTTPStatus, in)
		}
		x := explainPaste(t, "A resposta 200 chegou. Depois: 502 Bad Gateway")
		assert.Equal(t, 502, x.HTTPStatus)
		x = explainPaste(t, "o retorno 100% ok; HTTP/1.1 402 Payment Required")
		assert.Equal(t, 402, x.HTTPStatus)
	})
	t.Run("one word of reason is a code only when it is Cybersource's REJECT", func(t *testing.T) {
		x := explainPaste(t, `{"status":"error","reason":"ERROR","message":"Something went wrong"}`)
		assert.NotEqual(t, "ERROR", x.Code)
	})
	t.Run(".NET's receive failure with TLS's words is TLS's", func(t *testing.T) {
		x := explainPaste(t, "System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a receive. ---> System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm")
		assert.Equal(t, "TLS_ERROR", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
}

// TestReadersThirtiethBatch: what batches 120 to 124 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersThirtiethBatch(t *testing.T) {
	t.Run("Mercado Pago's policy agent passed on under an app's details", func(t *testing.T) {
		x := explainPaste(t, `{"error": "MercadoPago API error", "status": 403, "details": {"code": "PA_UNAUTHORIZED_RESULT_FROM_POLICIES", "status": 403, "blocked_by": "PolicyAgent", "message": "At least one policy returned UNAUTHORIZED."}}`)
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "PA_UNAUTHORIZED_RESULT_FROM_POLICIES", x.Code)
		x = explainPaste(t, `{"error": "API error", "status": 403, "details": {"code": "PA_UNAUTHORIZED_RESULT_FROM_POLICIES", "status": 403, "blocked_by": "Firewall", "message": "At least one policy returned UNAUTHORIZED."}}`)
		assert.NotEqual(t, "mercadopago", providerOf(x), "another blocker's answer")
		x = explainPaste(t, `MeliException: {"error":"meli error","status":403,"details":{"code":"PA_UNAUTHORIZED_RESULT_FROM_POLICIES","blocked_by":"PolicyAgent","status":403}}`)
		assert.NotEqual(t, "mercadopago", providerOf(x), "Mercado Libre's marketplace has the same agent")
	})
}

func TestReadersThirtiethBatchMore(t *testing.T) {
	t.Run("Adyen's webhook item for a failed event", func(t *testing.T) {
		x := explainPaste(t, `{"live": "true", "notificationItems": [{"NotificationRequestItem": {"amount": {"currency": "EUR", "value": 3100}, "eventCode": "CAPTURE", "merchantAccountCode": "Shop", "merchantReference": "000000686", "originalReference": "MGBB86P45QZMWPG2", "pspReference": "Q4ZKJPMRP57MPPG2", "reason": "Insufficient balance on payment", "success": "false"}}]}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "Q4ZKJPMRP57MPPG2", x.RequestID)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"live": "true", "notificationItems": [{"NotificationRequestItem": {"eventCode": "CAPTURE", "merchantAccountCode": "Shop", "pspReference": "Q4ZKJPMRP57MPPG2", "reason": "", "success": "true"}}]}`), Options{})
		assert.Error(t, err, "a successful event is no error")
	})
	t.Run("a status before ' - {' and the body", func(t *testing.T) {
		x := explainPaste(t, `"warning": "QR Code mock (API falhou: 403 - {\"error_messages\":[{\"code\":\"ACCESS_DENIED\",\"description\":\"whitelist access required. Contact PagSegu...\"}]}"`)
		assert.Equal(t, 403, x.HTTPStatus)
		assert.Equal(t, "pagbank", providerOf(x))
		for _, in := range []string{`Pedido 451 - {"error_messages":[{"code":"ACCESS_DENIED","description":"whitelist access required."}]}`,
			`2026-11-02 09:59:00,503 - {"message":"Internal Server Error"}`} {
			x, err := Explain([]byte(in), Options{})
			if err == nil {
				assert.NotEqual(t, 451, x.HTTPStatus, in)
				assert.NotEqual(t, 503, x.HTTPStatus, "a time's milliseconds are no status")
			}
		}
		_, err := Explain([]byte(`2026-11-02 09:59:00,503 - {"id":"ch_3Nabc","object":"charge","amount":1000,"paid":true,"status":"succeeded"}`), Options{})
		assert.Error(t, err, "a successful charge logged at 09:59:00,503 is no error")
	})
	t.Run("W3C's traceparent header, when the API gives no id of its own", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 400 Bad Request\ncontent-length: 0\ntraceparent: 00-0721f6889f941765e772642dc669f9ae-11fa236049df9523-00\n\n")
		assert.Equal(t, "00-0721f6889f941765e772642dc669f9ae-11fa236049df9523-00", x.RequestID)
		x = explainPaste(t, "HTTP/1.1 422 Unprocessable Entity\nTraceparent: 00-366f713baa631a02958175ee7cb547f6-c1c517307fdcfe99-01\nX-Request-Id: req_abc123\n\n{\"error\": \"invalid\"}")
		assert.Equal(t, "req_abc123", x.RequestID, "the API's own id first")
		x = explainPaste(t, "HTTP/1.1 401 Unauthorized\npspReference: 8816798343562178\ntraceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\n\n{\"status\":401,\"errorCode\":\"000\",\"message\":\"HTTP Status Response - Unauthorized\",\"errorType\":\"security\"}")
		assert.Equal(t, "8816798343562178", x.RequestID, "Adyen's pspReference, even as a header found only in the text")
		x = explainPaste(t, `Asaas request {"method":"POST","headers":{"access_token":"***","traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}} Asaas response 400 {"errors":[{"code":"invalid_value","description":"Valor inválido"}]}`)
		assert.Equal(t, "", x.RequestID, "a logged map may be the request's own headers")
	})
	t.Run("r-martins' Magento module in a trace", func(t *testing.T) {
		x := explainPaste(t, "Falha ao processar retorno XML do PagSeguro.\n\nTrace:\n#0 /home/shop/public_html/app/code/community/RicardoMartins/PagSeguro/controllers/NotificationController.php(34): Mage::throwException('Falha ao proces...')\n#1 {main}")
		assert.Equal(t, "pagbank", providerOf(x))
	})
}
