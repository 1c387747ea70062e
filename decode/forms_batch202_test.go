package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortyFourthBatch: what batches 202 to 204 of real pastes (forums' and Q&A
// pages, mobile and cross-platform stacks, the uncatalogued quarter: processors' recorded
// answers, TLS failures) asked for, each beside a look-alike that must not trigger it.
func TestReadersFortyFourthBatch(t *testing.T) {
	t.Run("a Stripe charge printed whole after it failed", func(t *testing.T) {
		x := explainPaste(t, `{"id": "ch_1GkzsRBaliC5Ig8c", "object": "charge", "amount": 5065, "captured": false, "failure_code": "card_declined", "failure_message": "Your card has insufficient funds.", "outcome": {"network_status": "declined_by_network", "reason": "insufficient_funds", "type": "issuer_declined"}, "paid": false, "status": "failed"}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		assert.Contains(t, x.Message, "insufficient funds")
		_, err := Explain([]byte(`{"id": "ch_1GkzsRBaliC5Ig8c", "object": "charge", "amount": 5065, "captured": true, "failure_code": null, "failure_message": null, "paid": true, "status": "succeeded"}`), Options{})
		assert.Error(t, err, "a paid charge")
	})
	t.Run("a PaymentIntent canceled after its charge failed", func(t *testing.T) {
		x := explainPaste(t, `{"id": "pi_1GkzsQBaliC5Ig8c", "object": "payment_intent", "last_payment_error": null, "status": "canceled", "charges": {"object": "list", "data": [{"id": "ch_1GkzsRBaliC5Ig8c", "object": "charge", "failure_code": "incorrect_number", "failure_message": "Your card number is incorrect.", "outcome": {"reason": "incorrect_number", "type": "issuer_declined"}, "paid": false, "status": "failed"}]}}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "incorrect_number", x.Code)
		_, err := Explain([]byte(`{"id": "pi_1GkzsQBaliC5Ig8c", "object": "payment_intent", "last_payment_error": null, "status": "succeeded", "charges": {"object": "list", "data": [{"id": "ch_1", "object": "charge", "failure_code": null, "paid": true, "status": "succeeded"}]}}`), Options{})
		assert.Error(t, err, "a PaymentIntent that succeeded")
	})
	t.Run("a webhook event's data printed alone", func(t *testing.T) {
		x := explainPaste(t, `{ "object": { "id": "pi_3P5ktx", "object": "payment_intent", "amount": 29000, "last_payment_error": { "code": "payment_intent_authentication_failure", "doc_url": "https://stripe.com/docs/error-codes/payment-intent-authentication-failure", "message": "The provided PaymentMethod has failed authentication.", "payment_method": { "id": "pm_1P5ktt", "object": "payment_method"`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "payment_intent_authentication_failure", x.Code)
	})
	t.Run("inner lines closed early by the object they sat in", func(t *testing.T) {
		x := explainPaste(t, "            \"status\": \"failed\",\n            \"transfer_group\": null\n          }\n        ],\n        \"has_more\": false\n      },\n      \"last_payment_error\": {\n        \"code\": \"card_declined\",\n        \"decline_code\": \"call_issuer\",\n        \"message\": \"Your card was declined. You can call your bank for details.\",\n")
		assert.Equal(t, "card_declined", x.Code, "the error further down, not the charge's status")
		x = explainPaste(t, "\"returnCode\": \"58\",\n\"returnMessage\": \"Não autorizado\",\n\"brand\": {\"name\": \"Visa\"}")
		assert.Equal(t, "58", x.Code, "members with a code of their own are the body")
	})
	t.Run("a response whose line breaks were lost", func(t *testing.T) {
		x := explainPaste(t, `HTTP/1.1 402 Payment Required Server: nginx Date: Tue, 26 Feb 2013 16:17:02 GMT Content-Type: application/json;charset=utf-8 Cache-Control: no-cache, no-store { "error": { "message": "You must provide an integer value for 'exp_year'.", "type": "card_error", "param": "exp_year" } }`)
		assert.Equal(t, 402, x.HTTPStatus)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Contains(t, x.Message, "exp_year")
	})
	t.Run("Stripe's resource_missing with the id hidden", func(t *testing.T) {
		x := explainPaste(t, "PlatformException (PlatformException(invalidRequest, No such payment_intent: <SECRET>, null))")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "Error: No such payment: 123 (the order was deleted)")
		assert.Equal(t, "", providerOf(x), "payment is anyone's word")
	})
	t.Run("Stripe's own sentences", func(t *testing.T) {
		x := explainPaste(t, `"Your card was declined.  Your request was in test mode, but used a non test (live) card."`)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "Cannot create transfers on behalf of a Standard connected account.")
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("PayPal's Android SDK's logcat tag", func(t *testing.T) {
		body := `request failed with server response:{"error":"invalid_user","error_description":"Invalid user credentials"}`
		x := explainPaste(t, "E/paypal.sdk: request failure with http statusCode:401,exception:Unauthorized\nE/paypal.sdk: "+body)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "invalid_user", x.Code)
		x = explainPaste(t, "E/OkHttp: "+body)
		assert.Equal(t, "", providerOf(x), "an OAuth error is everyone's")
	})
	t.Run("a gateway's response code beside its own message", func(t *testing.T) {
		x := explainPaste(t, "<?xml version=\"1.0\"?>\n<CreditCardSaleResponse xmlns=\"https://transaction.elementexpress.com\"><Response><ExpressResponseCode>20</ExpressResponseCode><ExpressResponseMessage>Declined</ExpressResponseMessage></Response></CreditCardSaleResponse>")
		assert.Equal(t, "20", x.Code)
		_, err := Explain([]byte("<?xml version=\"1.0\"?>\n<CreditCardSaleResponse xmlns=\"https://transaction.elementexpress.com\"><Response><ExpressResponseCode>0</ExpressResponseCode><ExpressResponseMessage>Approved</ExpressResponseMessage></Response></CreditCardSaleResponse>"), Options{})
		assert.Error(t, err, "code 0, approved")
	})
	t.Run("a payment's status that says it failed", func(t *testing.T) {
		x := explainPaste(t, `{"orderCode": "e0bf69e8", "amount": 500, "paymentStatus": "FAILED", "paymentStatusReason": "REFUSED", "environment": "TEST"}`)
		assert.Equal(t, "", providerOf(x))
		_, err := Explain([]byte(`{"orderCode": "e0bf69e8", "amount": 500, "paymentStatus": "SUCCESS", "environment": "TEST"}`), Options{})
		assert.Error(t, err, "a payment that went through")
	})
	t.Run("Authorize.Net's transaction error under E00027", func(t *testing.T) {
		x := explainPaste(t, `<?xml version="1.0" encoding="utf-8"?><createTransactionResponse xmlns="AnetApi/xml/v1/schema/AnetApiSchema.xsd"><messages><resultCode>Error</resultCode><message><code>E00027</code><text>The transaction was unsuccessful.</text></message></messages><transactionResponse><responseCode>3</responseCode><errors><error><errorCode>5</errorCode><errorText>A valid amount is required.</errorText></error></errors></transactionResponse></createTransactionResponse>`)
		assert.Equal(t, "5", x.Code)
		assert.Equal(t, "A valid amount is required.", x.Message)
		x = explainPaste(t, `{"messages": {"resultCode": "Error", "message": [{"code": "E00007", "text": "User authentication failed due to invalid authentication values."}]}}`)
		assert.Equal(t, "E00007", x.Code, "no transaction error: the call's own")
	})
	t.Run("Node's code for a certificate it refused", func(t *testing.T) {
		x := explainPaste(t, "error { Error: unable to verify the first certificate\n    at TLSSocket.onConnectSecure (_tls_wrap.js:1116:38) code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }")
		assert.Equal(t, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", x.Code)
		x = explainPaste(t, "cURL error 60: SSL certificate problem: unable to get local issuer certificate")
		assert.Equal(t, "cURL error 60", x.Code)
	})
	t.Run("words that say whether trying again helps", func(t *testing.T) {
		x := explainPaste(t, `{"error_code":"CHANNEL_UNAVAILABLE","message":"The payment channel requested is currently experiencing unexpected issues."}`)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, `{"error_code":"SERVER_ERROR","message":"An unexpected error occurred, our team has been notified and will troubleshoot the issue."}`)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		x = explainPaste(t, `{"error_code":"ORDER_ERROR","message":"The order with reference 181712758 is already paid."}`)
		assert.Equal(t, "none", string(x.Retry.Strategy))
	})
	t.Run("more names for a code", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 400 Bad Request\nContent-Type: application/xml\n\n<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<messages xmlns=\"http://ws.plimus.com\"><message><error-name>ENCRYPTION_PASSWORD_REQUIRED</error-name><description>Parameter Encryption service failed due to problematic input. Missing Data Protection Key.</description></message></messages>")
		assert.Equal(t, "ENCRYPTION_PASSWORD_REQUIRED", x.Code)
		x = explainPaste(t, "<?xml version=\"1.0\"?>\n<EPAYMENT><STATUS>INPUT_ERROR</STATUS><RETURN_CODE>DUPLICATE_ORDER</RETURN_CODE><RETURN_MESSAGE>The order is already paid.</RETURN_MESSAGE></EPAYMENT>")
		assert.Equal(t, "DUPLICATE_ORDER", x.Code)
		x = explainPaste(t, "<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[签名错误]]></return_msg></xml>")
		assert.NotEqual(t, "FAIL", x.Code, "WeChat Pay's return_code says only that the call failed")
		_, err := Explain([]byte(`{"status": "NO_ERROR", "id": 12}`), Options{})
		assert.Error(t, err, "no error")
	})
}
