package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortyThirdBatch: what batches 199 to 201 of real pastes (SDKs in languages
// the corpus had few of, card gateways' failed answers recorded in libraries' tests,
// Brazilian providers through community libraries) asked for, each beside a look-alike
// that must not trigger it.
func TestReadersFortyThirdBatch(t *testing.T) {
	t.Run("a result code that names a failure in its own structured words", func(t *testing.T) {
		x := explainPaste(t, `{"Data": null, "ResultCode": "PaymentDealer.DoDirectPayment.InvalidAccount", "ResultMessage": "", "Exception": null}`)
		assert.Equal(t, "PaymentDealer.DoDirectPayment.InvalidAccount", x.Code)
		_, err := Explain([]byte(`{"Data": {"IsSuccessful": true}, "ResultCode": "Success", "ResultMessage": "", "Exception": null}`), Options{})
		assert.Error(t, err, "a success")
	})
	t.Run("a processor's member saying the transaction was not approved", func(t *testing.T) {
		x := explainPaste(t, "merchant_id=300200578&trnId=10000123&authCode=&trnApproved=0&messageId=7&messageText=DECLINE&trnOrderNumber=1")
		assert.Equal(t, "", providerOf(x))
		_, err := Explain([]byte("merchant_id=300200578&trnId=10000123&authCode=TEST&trnApproved=1&messageId=1&messageText=Approved&trnOrderNumber=1"), Options{})
		assert.Error(t, err, "approved")
	})
	t.Run("a response code beside a message that says it cannot be done", func(t *testing.T) {
		x := explainPaste(t, "responseCode=65541&responseMessage=Can+not+CANCEL+this+SALE+transaction&responseStatus=2&action=CANCEL&requestID=5aba43ad1481e")
		assert.Equal(t, "65541", x.Code)
		_, err := Explain([]byte("responseCode=0&responseMessage=AUTHCODE%3A123456&responseStatus=0&action=SALE&requestID=5aba43ad1481e"), Options{})
		assert.Error(t, err, "code 0: approved")
	})
	t.Run("Payeezy's declined transaction and its bank's code", func(t *testing.T) {
		x := explainPaste(t, `{"correlation_id":"124.1342365067332","transaction_status":"declined","validation_status":"success","transaction_type":"purchase","bank_resp_code":"302","bank_message":"Insufficient Funds","gateway_resp_code":"00","gateway_message":"Transaction Normal"}`)
		assert.Equal(t, "302", x.Code)
		assert.Equal(t, "124.1342365067332", x.RequestID)
		_, err := Explain([]byte(`{"correlation_id":"124.1","transaction_status":"approved","validation_status":"success","bank_resp_code":"100","bank_message":"Approved","gateway_resp_code":"00"}`), Options{})
		assert.Error(t, err, "approved")
	})
	t.Run("Elixir's map", func(t *testing.T) {
		x := explainPaste(t, `** (CaseClauseError) no case clause matching: %{"error" => %{"code" => "resource_missing", "doc_url" => "https://stripe.com/docs/error-codes/resource-missing", "message" => "No such customer: 'cus_123'", "param" => "customer", "type" => "invalid_request_error"}}`)
		assert.Equal(t, "resource_missing", x.Code)
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("a type in CamelCase that names a failure beside its words", func(t *testing.T) {
		x := explainPaste(t, `{"type": "InsufficientBalance", "detail": "The account has an insufficient balance of 61 to make a payout."}`)
		assert.Equal(t, "InsufficientBalance", x.Code)
		x = explainPaste(t, `{"type": "CreditCard", "detail": "The card number is invalid.", "status": 400}`)
		assert.NotEqual(t, "CreditCard", x.Code, "a kind of thing")
	})
	t.Run("Apigee's policy fault", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"fault\":{\"faultstring\":\"Invalid access token\",\"detail\":{\"errorcode\":\"oauth.v2.InvalidAccessToken\"}}}")
		assert.Equal(t, "oauth.v2.InvalidAccessToken", x.Code)
		assert.Equal(t, "", providerOf(x), "many banks' gateways: no provider")
	})
	t.Run("Rede's Komerci", func(t *testing.T) {
		x := explainPaste(t, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<AUTHORIZATION>\n<CODRET>27</CODRET>\n<MSGRET>Transa%E7%E3o+n%E3o+autorizada</MSGRET>\n</AUTHORIZATION>")
		assert.Equal(t, "27", x.Code)
		assert.Equal(t, "rede", providerOf(x))
		_, err := Explain([]byte("<?xml version=\"1.0\"?>\n<CONFIRMATION><root><codret>0</codret><msgret>CONFIRMACAO+COM+SUCESSO</msgret></root></CONFIRMATION>"), Options{})
		assert.Error(t, err, "codret 0: confirmed")
	})
	t.Run("Pagar.me's first PHP library in a stack trace", func(t *testing.T) {
		x := explainPaste(t, "Fatal error: Uncaught exception 'Exception' with message 'Failed to decode json from response. Response: Array' in /var/www/loja/system/library/PagarMe/lib/Pagarme/Request.php:29\nStack trace:\n#0 /var/www/loja/system/library/PagarMe/lib/Pagarme/Model.php(48): PagarMe_Request->run()\n#1 /var/www/loja/catalog/controller/payment/pagar_me_checkout.php(103): PagarMe_Model::findById('tr_123')\n#2 {main}\n  thrown in /var/www/loja/system/library/PagarMe/lib/Pagarme/Request.php on line 29")
		assert.Equal(t, "pagarme", providerOf(x))
		x = explainPaste(t, "There has been an error processing your request\nInvalid header line detected\n\nTrace:\n#0 /var/www/lib/Zend/Http/Response.php(696): Zend_Http_Response::extractHeaders('HTTP/2 200 ...')\n#1 /var/www/app/code/community/Inovarti/Pagarme/Model/Api.php(206): Inovarti_Pagarme_Model_Api->request('https://api.pag...', Object(Varien_Object))")
		assert.NotEqual(t, "pagarme", providerOf(x), "a shop module's class that holds the library's name")
	})
	t.Run("a JSON error kept whole in a string one member down", func(t *testing.T) {
		x := explainPaste(t, `{"response": {"rmsg": "{\"error\":\"UNAUTHORIZED_USER\",\"error_description\":\"UNAUTHORIZED USER\"}"}}`)
		assert.Equal(t, "UNAUTHORIZED_USER", x.Code)
		_, err := Explain([]byte(`{"response": {"rmsg": "{\"status\":\"OK\",\"id\":\"123\"}"}}`), Options{})
		assert.Error(t, err, "a success kept as a string")
	})
	t.Run("Rapyd's status object", func(t *testing.T) {
		x := explainPaste(t, `{"status":{"error_code":"ERROR_GET_PAYMENT","status":"ERROR","message":"The request tried to retrieve a payment, but the payment was not found.","response_code":"ERROR_GET_PAYMENT","operation_id":"0f3a1e7c-0b1e-4a8e-9d54-0d3b2b6c9a11"},"data":null}`)
		assert.Equal(t, "ERROR_GET_PAYMENT", x.Code)
		assert.Equal(t, "0f3a1e7c-0b1e-4a8e-9d54-0d3b2b6c9a11", x.RequestID)
		_, err := Explain([]byte(`{"status":{"error_code":"","status":"SUCCESS","message":"","response_code":"","operation_id":"0f3a1e7c"},"data":{"id":"payment_1"}}`), Options{})
		assert.Error(t, err, "a success")
	})
}
