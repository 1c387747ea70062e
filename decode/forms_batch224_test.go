package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFiftiethBatch: what batches 224 to 227 of real pastes (PayPal's and
// Adyen's sentences, APIs decifra does not catalogue) asked for, each beside a look-alike
// that must not trigger it.
func TestReadersFiftiethBatch(t *testing.T) {
	t.Run("a PayPal debug id in words", func(t *testing.T) {
		x := explainPaste(t, "I tried a live payout but it says insufficient fund error.\nDebug ID 5bd2ad60a3718")
		assert.Equal(t, "5bd2ad60a3718", x.RequestID)
		x = explainPaste(t, "What causes the validation error in the merchant email? It happened in sandbox and my debug id is c9a84d2635339.")
		assert.Equal(t, "c9a84d2635339", x.RequestID)
		x = explainPaste(t, "- PayPal-Debug-ID(s) (from any logs): 299d992febcb6\n\nA batch payout always receives \"Insufficient Funds\".")
		assert.Equal(t, "paypal", providerOf(x), "PayPal's issue form names its debug id")
		assert.Equal(t, "299d992febcb6", x.RequestID)
		// Only PayPal's shape of id is PayPal's: 12 or 13 hexadecimal digits.
		assert.NotEmpty(t, payPalDebugIDInWords("debug id: 3aabae6f248c"))
		assert.NotEmpty(t, payPalDebugIDInWords("- debug id(s): 98b2b9cb765ef"))
		assert.Empty(t, payPalDebugIDInWords("debug id 12345"), "too short")
		assert.Empty(t, payPalDebugIDInWords("debug id is 5bd2ad60a3718f0"), "too long")
		assert.Empty(t, payPalDebugIDInWords("debug identifier 5bd2ad60a3718"))
		assert.Empty(t, payPalDebugIDInWords("debug id is 1234567890123"), "digits alone are a number")
	})
	t.Run("PayPal's name, then one of its issues, in words", func(t *testing.T) {
		x := explainPaste(t, `The error "UNPROCESSABLE_ENTITY" occurred with the following message: The requested action could not be performed, semantically incorrect, or failed business validation. The provided payment source is declined by the processor. Please try again with a different payment source by creating a new order. PAYMENT_SOURCE_DECLINED_BY_PROCESSOR `)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PAYMENT_SOURCE_DECLINED_BY_PROCESSOR", x.Code)
		// A name alone stays the name; a word in capitals PayPal doesn't document is no issue.
		x = explainPaste(t, `The error "UNPROCESSABLE_ENTITY" occurred with the following message: The requested action could not be performed, semantically incorrect, or failed business validation. SEE_LOGS_BELOW`)
		assert.Equal(t, "UNPROCESSABLE_ENTITY", x.Code)
	})
	t.Run("Error #NNNNN in a sentence", func(t *testing.T) {
		x := explainPaste(t, "And some payments go through, others get an error: «Error #10501. Transaction cannot be processed due to an invalid merchant configuration.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10501", x.Code)
		// An HTTP status so written is no code.
		assert.Equal(t, "", findCodeInText("the page shows Error #404. Not found"))
	})
	t.Run("a review's look-alikes", func(t *testing.T) {
		// An issue is taken from the name's own line, before any other status's name.
		x := explainPaste(t, "capture failed: UNPROCESSABLE_ENTITY - The requested action could not be performed, semantically incorrect, or failed business validation.\nretrying capture…\ncapture failed: INTERNAL_SERVER_ERROR - An internal server error has occurred.")
		assert.NotEqual(t, "INTERNAL_SERVER_ERROR", x.Code)
		x = explainPaste(t, "NOT_AUTHORIZED: Authorization failed due to insufficient permissions.\ndebug_id: 8a1f2e3d4c5b6\nI followed the guide for the RATE_LIMIT_REACHED handling but it is not related.")
		assert.Equal(t, "NOT_AUTHORIZED", x.Code)
		assert.NotEqual(t, "backoff", string(x.Retry.Strategy))
		// "Error #NNN." is the last resort, and needs an API's sentence after it.
		x = explainPaste(t, "Error #2001. Mercado Pago status_detail: cc_rejected_insufficient_amount")
		assert.Equal(t, "cc_rejected_insufficient_amount", x.Code)
		if x, err := Explain([]byte("Checkout error. Error #53004. Please try again."), Options{}); err == nil {
			assert.NotEqual(t, "pagbank", providerOf(x))
		}
		// A debug id in words is a request id only in PayPal's shape, after the labels that
		// name one better.
		x = explainPaste(t, "HTTP/1.1 401 Unauthorized\nx-trace-id: 8d7f3a2b1c0e9f8a\n\n{\"error\": \"invalid_token\"}\nDebug ID 2fa1b0c9d8e7f6")
		assert.Equal(t, "8d7f3a2b1c0e9f8a", x.RequestID)
		x = explainPaste(t, "HTTP/1.1 500 Internal Server Error\ncrash report: debug id 3F2A1B0C9D8E7F6A5B4C3D2E1F0A9B8C1\n\n{\"error\": \"internal\"}")
		assert.NotEqual(t, "3F2A1B0C9D8E7F6A5B4C3D2E1F0A9B8C1", x.RequestID)
		// An app's own error record, no stack with it, is no API's error.
		_, err := Explain([]byte(`{"level":"error","message":"Login failed for user admin: invalid password","ip":"10.0.0.1"}`), Options{})
		assert.Error(t, err)
		// OnnixPay keeps DUPLICATE_TRANSACTION, and other gateways' words stay theirs.
		x = explainPaste(t, "AxiosError: Request failed with status code 409\n  data: { success: false, error: { code: \"DUPLICATE_TRANSACTION\", message: \"Transaction already processed\" } }")
		assert.Equal(t, "onnixpay", providerOf(x))
		assert.Equal(t, "none", string(x.Retry.Strategy))
		for _, paste := range []string{"Moka payment failed: 001 - 3D Not authenticated", "[2024-03-01 10:00:00] WARN Duplicate invoice ID detected, generating new one {\"duplicateId\":\"INV-2024-0042\"}"} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Equal(t, "", providerOf(x), paste)
			}
		}
	})
	t.Run("Adyen's unknown error written as 0", func(t *testing.T) {
		x := explainPaste(t, `{"status": 422, "errorCode": "0", "message": "An unknown error occurred", "errorType": "validation"}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "000", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A refusal's 0 is still no refusal.
		x = explainPaste(t, `{"resultCode": "Cancelled", "refusalReason": "CANCELLED", "refusalReasonCode": "0", "pspReference": "8835574120337117"}`)
		assert.NotEqual(t, "000", x.Code)
	})
	t.Run("a logger's error record, its stack cut off", func(t *testing.T) {
		x := explainPaste(t, ` {"level":"error","message":"Insufficient funds in your Stripe balance to refund this amount.","stack":`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A record at the error level that reports nothing failed, or one at a calm level,
		// is no error.
		for _, calm := range []string{`{"level":"error","message":"Server started on port 3000","stack":"x\ny"}`, `{"level":"info","message":"Payment created for order 12","stack":"x\ny"}`} {
			_, err := Explain([]byte(calm), Options{})
			assert.Error(t, err, calm)
		}
	})
	t.Run("PayPal's payer action, in words", func(t *testing.T) {
		x := explainPaste(t, "Payer action required, possibly overcharge. Payer needs to perform the following action before proceeding with payment. Order status changed from Pending payment to Failed.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PAYER_ACTION_REQUIRED", x.Code)
	})
	t.Run("Vercel's error page", func(t *testing.T) {
		x := explainPaste(t, "This Serverless Function has timed out.\n\nYour connection is working correctly.\n\nVercel is working correctly.\n\n504: GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\nID: sin1::xvkft-1702434374787-3c525d8b2102\n")
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, 504, x.HTTPStatus)
		assert.Equal(t, "FUNCTION_INVOCATION_TIMEOUT", x.Code)
		assert.Equal(t, "sin1::xvkft-1702434374787-3c525d8b2102", x.RequestID)
		// A number and a word in capitals that is not its reason, or an ID without Vercel's
		// "::", say nothing.
		s, _ := statusAloneOnLine("Checkout failed\n429: GATEWAY_TIMEOUT\n")
		assert.Equal(t, 0, s)
		assert.Equal(t, "", vercelID("Order failed\nID: 12345\n"))
	})
	t.Run("Apache's 503 phrase, a Portuguese success flag, SEFAZ's rejections", func(t *testing.T) {
		x := explainPaste(t, "Additionally, a 503 Service Temporarily Unavailable error was encountered while trying to use an ErrorDocument to handle the request.")
		assert.Equal(t, 503, x.HTTPStatus)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, `{"sucesso": false, "metodo": "NFSe_Autorizacao", "mensagem": "E1235: Falha no esquema XML do DF-e.", "dataHora": "2026-07-02T16:56:55.035Z"}`)
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"sucesso": true, "metodo": "NFSe_Autorizacao", "mensagem": "Lote recebido."}`), Options{})
		assert.Error(t, err, "a success says so")
		x = explainPaste(t, "Status:395 - Motivo:Rejeição: Endereço do site da UF da Consulta via QRCode diverge do previsto")
		assert.Equal(t, 0, x.HTTPStatus, "395 is SEFAZ's code: HTTP assigns nothing from 309 to 399")
		x = explainPaste(t, "Status: 404 - Not Found")
		assert.Equal(t, 404, x.HTTPStatus)
	})
	t.Run("batch 226: Stripe's Connect and parameter sentences, Monolog's error record", func(t *testing.T) {
		for _, paste := range []string{
			"Unfortunately this isn't working:\n`parameter_unknown: Received unknown parameter: transfer_data[amount])`",
			"I get the following error: `Can only apply an application_fee when the request is made on behalf of another account (using an OAuth key, the Stripe-Account header, or the destination parameter).`",
			"getting below error :- **Cannot create an edit link for the account acct_1J5yEkSFsoSm2lGI, which is not an Express account.**",
			"Message when `customer_email` is passed inside `checkout()`:\n`\"message\": \"You may only specify one of these parameters: customer, customer_email.\",`",
			"{\n\"error\": {\n\"message\": \"No application matches the supplied client identifier\"\n}\n}",
		} {
			assert.Equal(t, "stripe", providerOf(explainPaste(t, paste)), paste)
		}
		// Words near them are anyone's.
		if x, err := Explain([]byte("Error: unknown parameter received: amount"), Options{}); err == nil {
			assert.Equal(t, "", providerOf(x))
		}
		x := explainPaste(t, `{"message":"Could not create Stripe AccountLink: Not a valid URL.","context":{"shopId":2093,"stripeErrorCode":"url_invalid"},"level":400,"level_name":"ERROR","channel":"onboarding","datetime":{"date":"2022-03-16 01:01:46.628158"},"extra":[]}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"message":"Stripe AccountLink created","context":{"shopId":2093},"level":200,"level_name":"INFO","channel":"onboarding","extra":[]}`), Options{})
		assert.Error(t, err, "a record at a calm level is no error")
	})
	t.Run("batches 228 and 229: PayPal's address codes, a PHP dump's debug id, OkHttp's status line", func(t *testing.T) {
		// PayPal's long message holds PagBank's "shipping address state is required": the
		// code beside it says whose it is.
		x := explainPaste(t, "The field Shipping Address State is required (#10729: Shipping Address State Empty)")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10729", x.Code)
		x = explainPaste(t, "53033 shipping address state is required.")
		assert.Equal(t, "pagbank", providerOf(x))
		x = explainPaste(t, "HttpResponse {#642 ▼\n  +statusCode: 200\n  +result: {#650 ▼\n    +\"verification_status\": \"FAILURE\"\n  }\n  +headers: array:11 [▼\n    \"Server\" => \"Apache\"\n    \"paypal-debug-id\" => \"d79e7f9cb3a33\"\n  ]\n}")
		assert.Equal(t, "d79e7f9cb3a33", x.RequestID)
		x = explainPaste(t, "D/OkHttp: <-- 200 https://api.example.com/v1/token (80ms)\nD/OkHttp: <-- 400 https://api.example.com/charge/ (1586ms)\nD/OkHttp: {\"error_messages\":[\"transaction_details.gross_amount is required\"]}")
		assert.Equal(t, 400, x.HTTPStatus)
		// A request arrow with a number that is no status says nothing.
		s, _ := statusInText("D/OkHttp: <-- 200 https://api.example.com/v1/token (80ms)\nvalue <-- 4000 items")
		assert.Equal(t, 0, s)
	})
	t.Run("a second review's look-alikes", func(t *testing.T) {
		// OkHttp's last response line is the answer; an arrow in words is no status line.
		x := explainPaste(t, "D/OkHttp: <-- 429 https://api.mercadopago.com/v1/payments (95ms)\nD/OkHttp: <-- 400 https://api.mercadopago.com/v1/payments (120ms)\nD/OkHttp: {\"message\":\"Invalid card_number_validation\",\"error\":\"bad_request\",\"status\":400,\"cause\":[{\"code\":\"E205\",\"description\":\"invalid expiration_year\"}]}")
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, 0, okHTTPStatus("\"amount\": 500, <-- 500 cents"))
		assert.Equal(t, 401, okHTTPStatus("<-- 401 unauthorized https://api.example.com/v1/x (12ms)"))
		assert.Equal(t, 404, okHTTPStatus("<-- 404 not found https://api.example.com/v1/x (12ms)"), "OkHttp 3 writes the reason phrase, of one word or more")
		// A Monolog record at ERROR that reports nothing failed is an app's own.
		_, err := Explain([]byte(`{"message":"Webhook received","context":{"type":"payment_intent.succeeded","id":"evt_123"},"level":400,"level_name":"ERROR","channel":"stripe","extra":[]}`), Options{})
		assert.Error(t, err)
		// Only Vercel's shape of ID is its request id.
		assert.Equal(t, "", vercelID("No such customer\nID: Stripe::Customer\n"))
		assert.Equal(t, "", vercelID("host\nID: fe80::1ff:fe23:4567:890a\n"))
		assert.Equal(t, "iad1::iad1::abcde-1702434374787-3c525d8b2102", vercelID("504: GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\nID: iad1::iad1::abcde-1702434374787-3c525d8b2102\n"))
		s, _ := statusAloneOnLine("Checkout failed\n500: INTERNAL_SERVER_ERROR\nthen a retry\n")
		assert.Equal(t, 0, s, "Vercel's status line comes before its Code: line")
	})
}
