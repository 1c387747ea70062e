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
		assert.True(t, payPalDebugIDInWords("debug id: 3aabae6f248c"))
		assert.True(t, payPalDebugIDInWords("- debug id(s): 98b2b9cb765ef"))
		assert.False(t, payPalDebugIDInWords("debug id 12345"), "too short")
		assert.False(t, payPalDebugIDInWords("debug id is 5bd2ad60a3718f0"), "too long")
		assert.False(t, payPalDebugIDInWords("debug identifier 5bd2ad60a3718"))
		assert.False(t, payPalDebugIDInWords("debug id is 1234567890123"), "digits alone are a number")
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
	t.Run("PayPal's v1 DUPLICATE_TRANSACTION in its own words", func(t *testing.T) {
		x := explainPaste(t, "[\n  'name' => 'DUPLICATE_TRANSACTION',\n  'message' => 'Duplicate invoice Id detected.',\n]")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// OnnixPay's own envelope keeps its DUPLICATE_TRANSACTION.
		x = explainPaste(t, `{"success":false,"error":{"code":"DUPLICATE_TRANSACTION","message":"Transação já existe"},"meta":{"requestId":"r1"}}`)
		assert.Equal(t, "onnixpay", providerOf(x))
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
	t.Run("Adyen's 3D Not Authenticated and PayPal's payer action, in words", func(t *testing.T) {
		x := explainPaste(t, `Randomly, the transaction gets declined with refusal code "3D Not Authenticated". The adyen console does not provide details for the pspReference number.`)
		assert.Equal(t, "adyen", providerOf(x))
		x = explainPaste(t, "Payer action required, possibly overcharge. Payer needs to perform the following action before proceeding with payment. Order status changed from Pending payment to Failed.")
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
}
