package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSeventiethBatch: readers for the real pastes of batches 299 to 302.
func TestReadersSeventiethBatch(t *testing.T) {
	t.Run("PayPal's Node SDK error under an app's own error", func(t *testing.T) {
		// decode/testdata/real/paypal-json-node-sdk-loopback-wrapped-malformed-request, whole
		// (its last line cut as published: a comma before the brace, the outer brace missing).
		x := explainPaste(t, "{\n  \"error\": {\n    \"name\": \"Error\",\n    \"status\": 500,\n    \"message\": \"Response Status : 400\",\n    \"response\": {\n      \"name\": \"MALFORMED_REQUEST\",\n      \"message\": \"Incoming JSON request does not map to API request\",\n      \"information_link\": \"https://developer.paypal.com/webapps/developer/docs/api/#MALFORMED_REQUEST\",\n      \"debug_id\": \"30edea0840e41\",\n      \"httpStatusCode\": 400\n    },\n    \"httpStatusCode\": 400,\n    \"stack\": \"my stack\",\n}")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "MALFORMED_REQUEST", x.Code)
		assert.Equal(t, 400, x.HTTPStatus) // the status PayPal answered, which the SDK's message repeats, not the app's 500
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		assert.Equal(t, "30edea0840e41", x.RequestID)
		checkLookAlikes(t, []readerLookAlike{
			// The app's own error alone: its status stands.
			{paste: `{"error": {"name": "Error", "status": 500, "message": "Something broke"}}`, status: 500},
			// Its message names no status of its own: the first status member stands.
			{paste: `{"error": {"name": "Error", "status": 500, "message": "Something broke", "httpStatusCode": 400}}`, status: 500},
			// An object named like PayPal's, with no debug id or link: not PayPal's.
			{paste: `{"error": {"name": "Error", "status": 500, "message": "Response Status : 400", "response": {"name": "BAD_THING", "details": [{"issue": "X"}]}}}`, status: 500},
		})
	})
	t.Run("Adyen's pspReference response header, and a nested error with a code over one without", func(t *testing.T) {
		// decode/testdata/real/adyen-json-hyperswitch-prism-report-refused-2-advice-24-expiry-incorrect, its error and headers.
		x := explainPaste(t, "Response contents:\n{\n  \"merchantTransactionId\": \"BRLNB6SDF9Q94875\",\n  \"status\": \"FAILURE\",\n  \"error\": {\n    \"issuerDetails\": {\n      \"message\": \"DECLINED Expiry Incorrect\",\n      \"networkDetails\": {\n        \"adviceCode\": \"24\",\n        \"errorMessage\": \"DECLINED Expiry Incorrect\"\n      }\n    },\n    \"connectorDetails\": {\n      \"code\": \"2\",\n      \"message\": \"Refused\",\n      \"reason\": \"Refused\"\n    }\n  },\n  \"statusCode\": 200,\n  \"responseHeaders\": {\n    \"content-type\": \"application/json;charset=UTF-8\",\n    \"date\": \"Tue, 24 Mar 2026 03:26:15 GMT\",\n    \"pspreference\": \"D7VSQRQ2J6HM7L75\"\n  }\n}")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "2", x.Code)
		assert.Equal(t, "D7VSQRQ2J6HM7L75", x.RequestID)
		// decode/testdata/real/other-xendit-json-hyperswitch-prism-report-capture-409-payment-request-already-failed, its request-id header.
		x = explainPaste(t, `{"error": {"connectorDetails": {"code": "PAYMENT_REQUEST_ALREADY_FAILED", "message": "The payment_request_id provided has already been processed and has failed."}}, "statusCode": 409, "responseHeaders": {"request-id": "69c222da00000000692bf1fb5bbc6c5a"}}`)
		assert.Equal(t, "69c222da00000000692bf1fb5bbc6c5a", x.RequestID)
		assert.Equal(t, "PAYMENT_REQUEST_ALREADY_FAILED", x.Code)
		checkLookAlikes(t, []readerLookAlike{
			// No header of Adyen's: a single digit and "Refused" are anybody's.
			{paste: `{"error": {"connectorDetails": {"code": "2", "message": "Refused"}}, "statusCode": 402, "responseHeaders": {"x-request-id": "abc"}}`, code: "2", status: 402},
			// A nested error with no code is still read when none has one.
			{paste: `{"result": "failed", "error": {"issuerDetails": {"networkDetails": {"adviceCode": "24", "errorMessage": "DECLINED Expiry Incorrect"}}}, "statusCode": 402}`, status: 402},
		})
	})
	t.Run("a provider's name right before its SDK's class, in prose", func(t *testing.T) {
		// decode/testdata/real/stripe-bare-message-gumroad-sentry-card-does-not-support-payouts, whole.
		x := explainPaste(t, "Added handling for the Stripe `InvalidRequestError` with message \"This card doesn't appear to support payouts.\" in `StripeMerchantAccountManager#update_bank_account`.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		checkLookAlikes(t, []readerLookAlike{
			{paste: "Stripe InvalidRequestError: This card doesn't appear to support payouts.", provider: "stripe"},
			// The class alone is OpenAI's too; the name elsewhere, or before another word.
			{paste: "InvalidRequestError: This card doesn't appear to support payouts."},
			{paste: "We moved off Stripe last year. OpenAI InvalidRequestError: This model does not exist"},
			{paste: "Stripe docs say the InvalidRequestError covers it: This model does not exist"},
		})
	})
	t.Run("a status in brackets after an API's host in a Markdown link", func(t *testing.T) {
		// decode/testdata/real/stripe-prose-status-infisical-selfhosted-billing-401, whole.
		x := explainPaste(t, "[https://api.stripe.com:443/](https://api.stripe.com/) [401]\n{\nhttp.method: GET\n}")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, 401, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		checkLookAlikes(t, []readerLookAlike{
			{paste: "[https://api.example.com/v1/orders](https://api.example.com/v1/orders) [404]", status: 404},
			// The bracket on another line than the host: a list's item, not its status.
			{paste: "see [https://api.example.com/docs/reference](https://api.example.com/docs/reference)\n[404] is the page we removed"},
		})
	})
}
