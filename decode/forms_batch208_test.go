package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortySixthBatch: what batches 208 and 209 of real pastes (processors'
// failed answers recorded in libraries' tests, PayPal's SDKs' issue threads) and a
// helper's review of the two rounds before them asked for, each beside a look-alike that
// must not trigger it.
func TestReadersFortySixthBatch(t *testing.T) {
	noError := func(t *testing.T, paste, why string) {
		t.Helper()
		_, err := Explain([]byte(paste), Options{})
		assert.Error(t, err, why)
	}
	t.Run("gateways that copied Stripe's objects are not Stripe", func(t *testing.T) {
		x := explainPaste(t, `{"object":"charge","id":"chrg_test_5fzc8mrqvxkp4c8zzqd","location":"/charges/chrg_test_5fzc8mrqvxkp4c8zzqd","failure_code":"invalid_security_code","failure_message":"the security code is invalid","paid":false}`)
		assert.Equal(t, "", providerOf(x), "Omise's charge")
		assert.Equal(t, "invalid_security_code", x.Code)
		x = explainPaste(t, `{"id":"ch_fa990a4c10672a93053a774730b0a","object":"charge","currency":"jpy","failure_code":"card_declined","failure_message":"Card declined","paid":false}`)
		assert.NotEqual(t, "stripe", providerOf(x), "PAY.JP's charge id is lower-case hex")
		x = explainPaste(t, `{"error" : {"type" : "card_error", "code" : "card_declined", "message" : "The card was declined for other reason.", "chargeId" : "char_mApucpvVbCJgo7x09Je4n9gC"}}`)
		assert.NotEqual(t, "stripe", providerOf(x), "SecurionPay's chargeId")
		x = explainPaste(t, `{"error": {"message": "The card number is invalid.", "caused_by": "buyer", "param": "number", "type": "card_error", "code": "incorrect_number"}}`)
		assert.NotEqual(t, "stripe", providerOf(x), "WebPay's caused_by")
		x = explainPaste(t, `{"error": {"message": "Your card was declined.", "type": "card_error", "code": "card_declined", "decline_code": "generic_decline", "statusCode": 402, "requestId": "req_AHLKMyCy63J4ID"}}`)
		assert.Equal(t, "stripe", providerOf(x), "what Stripe's own libraries add")
	})
	t.Run("a PaymentIntent that succeeded after a failed charge", func(t *testing.T) {
		noError(t, `{"id":"pi_3NabcDEFghiJKL","object":"payment_intent","status":"succeeded","last_payment_error":null,"charges":{"object":"list","data":[{"id":"ch_3Nabc2XYZabcDEF","object":"charge","paid":true,"status":"succeeded","failure_code":null},{"id":"ch_3Nabc1XYZabcDEF","object":"charge","paid":false,"status":"failed","failure_code":"card_declined"}]}}`, "succeeded")
	})
	t.Run("Efí's name beside API or Pay, not the firmware's", func(t *testing.T) {
		x := explainPaste(t, "Error 404: the EFI System Partition could not be found on /dev/sda1")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "Failed to download EFI capsule firmware: HTTP 503 Service Unavailable")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "Erro HTTP 401 ao chamar a API Efi: credenciais inválidas")
		assert.Equal(t, "efi", providerOf(x))
	})
	t.Run("PayPal's logcat tag, not a file named after it", func(t *testing.T) {
		x := explainPaste(t, "GET https://cdn.myshop.com/assets/vendor/paypal.sdk.min.js net::ERR_ABORTED 404 (Not Found)")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "PAYMENT_CREATION_ERROR - There was a problem setting up this payment. (422).PayPal Debug-ID: 8545af6c8afc3 [live, PayPal iOS SDK 2.12.7]")
		assert.Equal(t, "paypal", providerOf(x))
	})
	t.Run("no address or id prefix in another company's message", func(t *testing.T) {
		x := explainPaste(t, `{"error": {"message": "Request req_a1b2c3d4 failed: upstream timeout, please retry"}}`)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"success": false, "message": "Payout blocked: verify the bank account at https://dashboard.stripe.com/settings/payouts before retrying"}`)
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("a check's or HTTP's response code is not the answer's", func(t *testing.T) {
		noError(t, `{"status": "approved", "authCode": "A1B2C3", "AVSResponseCode": "Y", "AVSResponseMessage": "Street address and 5-digit ZIP match"}`, "an approval with its AVS check")
		noError(t, `{"HttpResponseCode": 201, "HttpResponseMessage": "Created", "id": "abc"}`, "HTTP's")
		noError(t, `{"gatewayResponseCode":"1","gatewayResponseMessage":"Transaction Normal","bankResponseCode":"100","bankResponseMessage":"Approved"}`, "approved")
	})
	t.Run("look-alikes of issues, statuses and error names", func(t *testing.T) {
		noError(t, `{"issue": "PROJ_1234", "description": "Checkout button misaligned on mobile", "assignee": "maria", "status": "open"}`, "an issue tracker's")
		noError(t, `{"status": "WITHOUT_ERROR", "id": 7, "message": "all good"}`, "no error")
		noError(t, `{"paymentStatus":"FAILED","from":"2024-01-01","count":0,"items":[]}`, "a report's filter")
		noError(t, `{"field":"cardNumber","label":"Card number","error-name":"card-number-error","required":true}`, "a form's field")
	})
	t.Run("a webhook delivery's response is the merchant's endpoint's", func(t *testing.T) {
		x := explainPaste(t, `{"id":"evt_1","type":"payment_intent.payment_failed","data":{"object":{"id":"pi_3NabcDEFghiJKL","object":"payment_intent","last_payment_error":{"code":"card_declined","message":"Your card was declined.","type":"card_error"}}},"response":{"statusCode":500,"body":"Internal Server Error"}}`)
		assert.NotEqual(t, 500, x.HTTPStatus)
	})
	t.Run("already paid, and a message that only mentions it", func(t *testing.T) {
		x := explainPaste(t, `{"error":{"code":"PAYMENT_DECLINED","message":"The card was declined. If you have already paid, please contact support."}}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a documented code named in a person's words", func(t *testing.T) {
		x := explainPaste(t, "paypal.payment.create() DUPLICATE_REQUEST_ID")
		assert.Equal(t, "DUPLICATE_REQUEST_ID", x.Code)
		x = explainPaste(t, `We use PayPal Pro and we are having "Credit Card Refused" error for the following debug IDs.`)
		assert.Equal(t, "CREDIT_CARD_REFUSED", x.Code)
		x = explainPaste(t, `{"success": false, "errors": [{"processorResponseCode": "2001", "processorResponseText": "Insufficient Funds"}]}`)
		assert.NotEqual(t, "INSUFFICIENT_FUNDS", x.Code, "a structure's value is no person's quote")
	})
	t.Run("PayPal's REST error with its debug_id cut off", func(t *testing.T) {
		x := explainPaste(t, `{"name":"MALFORMED_REQUEST","message":"Incoming JSON request does not map to API request"}`)
		assert.Equal(t, "MALFORMED_REQUEST", x.Code)
		assert.Equal(t, "paypal", providerOf(x))
		noError(t, `{"name":"ORDER_CREATED","message":"Your order was placed."}`, "an event's name")
	})
	t.Run("a gateway's XML kept as a string in its SOAP answer", func(t *testing.T) {
		x := explainPaste(t, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><PurchaseCCResponse><PurchaseCCResult>&lt;?xml version=\"1.0\" encoding=\"utf-8\" ?&gt;&lt;payex&gt;&lt;status&gt;&lt;code&gt;ValidationError_InvalidParameter&lt;/code&gt;&lt;errorCode&gt;ValidationError_InvalidParameter&lt;/errorCode&gt;&lt;description&gt;Invalid parameter:expireDate&lt;/description&gt;&lt;/status&gt;&lt;/payex&gt;</PurchaseCCResult></PurchaseCCResponse></soap:Body></soap:Envelope>")
		assert.Equal(t, "ValidationError_InvalidParameter", x.Code)
	})
	t.Run("more of the card gateways' codes", func(t *testing.T) {
		x := explainPaste(t, "<?xml version=\"1.0\"?>\n<response><type>error</type><error_code_tag>EGP00173</error_code_tag><error_text>EGP00173-Currency Code mismatch</error_text></response>")
		assert.Equal(t, "EGP00173", x.Code)
		x = explainPaste(t, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response timestamp=\"20190717210119\"><result>502</result><message>Refund Hash not present.</message><orderid>_refund_fd4ea2d1</orderid></response>")
		assert.Equal(t, "502", x.Code)
		noError(t, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response timestamp=\"20190717210119\"><result>00</result><message>[ test system ] Authorised</message><orderid>ord_1</orderid></response>", "Realex's 00")
		x = explainPaste(t, `{"error":"Access Denied","exception":"InvalidAuthentication"}`)
		assert.Equal(t, "InvalidAuthentication", x.Code)
		x = explainPaste(t, "<?xml version=\"1.0\"?>\n<response><result>Not Successful</result><responsecode>5</responsecode></response>")
		assert.Equal(t, "5", x.Code)
	})
}
