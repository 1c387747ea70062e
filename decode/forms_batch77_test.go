package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentySecondBatch: what batches 77 to 83 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersTwentySecondBatch(t *testing.T) {
	t.Run("a JAX-RS Response keeps the body in its entity", func(t *testing.T) {
		x := explainPaste(t, `{"entity": {"name": "PERMISSION_DENIED", "message": "No permission for the requested operation", "information_link": "https://developer.paypal.com/docs/api/payments/#errors", "debug_id": "f9a469bdca76c"}, "status": 403}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PERMISSION_DENIED", x.Code)
		assert.Equal(t, 403, x.HTTPStatus)
		assert.Equal(t, "f9a469bdca76c", x.RequestID)
	})
	t.Run("a toString that parts its fields with tabs", func(t *testing.T) {
		x := explainPaste(t, "response-code: 403\tdetails: name: PERMISSION_DENIED\tmessage: No permission for the requested operation\tdetails: null\tdebug-id: 5f470c54f1c35\tinformation-link: https://developer.paypal.com/docs/api/payments/#errors")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PERMISSION_DENIED", x.Code)
		assert.Equal(t, "5f470c54f1c35", x.RequestID)
		// Lines indented with tabs are not a toString's fields.
		var lines []string
		for l := range kvLines("\t\tcode: 5\n\t\tmessage: bad") {
			lines = append(lines, l)
		}
		assert.Contains(t, lines, "code: 5")
	})
	t.Run("Stripe's links into its docs and Dashboard are its own", func(t *testing.T) {
		x := explainPaste(t, "All types provided in payment_method_types are invalid.\nPlease ensure the provided types are activated in your dashboard\n(https://dashboard.stripe.com/account/payments/settings)\nand your account is enabled for any preview features that you are trying to use.")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "Error: This customer has no attached payment source")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "Error: This customer has no attached payment method")
		assert.Equal(t, "", providerOf(x), "another API's words about a customer's payment method")
	})
	t.Run("the status an HTTP client's message names", func(t *testing.T) {
		x := explainPaste(t, `{"error": {"name": "unexpectedError", "type": "unexpectedError", "message": "Unexpected HTTP response: 504"}}`)
		assert.Equal(t, 504, x.HTTPStatus)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		x = explainPaste(t, `onFailure createCharge, errorCode: 403, errorBody: {"errors":[{"fieldname":"charges.source","message":"Invalid source"}]}, throwable: null`)
		assert.Equal(t, 403, x.HTTPStatus)
		x = explainPaste(t, `Tinkoff error: errorCode: 508, message: Invalid card number`)
		assert.NotEqual(t, 508, x.HTTPStatus, "an API's own code named errorCode is no status")
	})
	t.Run("a log prefix ends before a record's code, digits joined by underscores too", func(t *testing.T) {
		line := `[2022-05-03T09:10:48.266938+02:00] adyen_payment.ERROR: 5_202: Invalid PayWithGoogle Token [] {"uid":"0fbff09"}`
		x := explainPaste(t, line+"\n"+line+"\n"+line)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "5_202", x.Code)
		assert.False(t, codeBeforeColon("[x] app.ERROR: _202: y", len("[x] app.ERROR: _202: ")), "an underscore begins no code")
	})
	t.Run("a one-digit code is the provider's only with its own words", func(t *testing.T) {
		xcart := "Payment method: Credit / Debit Card (PayPal)\nbill_output = Array\n(\n    [sessid] => a1b2c3d4e5f60718293a4b5c6d7e8f90\n    [code] => 2\n    [billmes] => Declined (processor error)\n)"
		x := explainPaste(t, xcart)
		assert.Equal(t, "", providerOf(x), "X-Cart's own [code] => 2 is not Payflow's RESULT 2")
		x = explainPaste(t, "Error #1. User authentication failed")
		assert.Equal(t, "paypal", providerOf(x), "Payflow's RESULT 1 with its own words")
		assert.Equal(t, "1", x.Code)
	})
	t.Run("Payflow's RESULT and RESPMSG", func(t *testing.T) {
		x := explainPaste(t, "array (\n  'RESULT' => '1',\n  'RESPMSG' => 'User authentication failed',\n)")
		assert.Equal(t, "paypal", providerOf(x))
	})
	t.Run("a YAML cassette's request id", func(t *testing.T) {
		x := explainPaste(t, "  response:\n    status:\n      code: 400\n    headers:\n      X-Request-Id:\n      - 6cda57a2-a5d4-47c2-9fa0-42b63e6c2467\n    body:\n      string: '{\"error\":\"bad_request\",\"message\":\"Invalid card_token_id\",\"status\":400,\"cause\":[{}]}'")
		assert.Equal(t, "6cda57a2-a5d4-47c2-9fa0-42b63e6c2467", x.RequestID)
		assert.Equal(t, "", requestIDInText("X-Request-Id:\n\nsee below, 12345678 rows"), "a line below that is no list item")
	})
	t.Run("F5's support id", func(t *testing.T) {
		assert.Equal(t, "16395803258936391659", requestIDInText("The requested URL was rejected. Please consult with your administrator.\n\nYour support ID is: 16395803258936391659"))
	})
	t.Run("Alipay's sub_code and its answer's wrapper", func(t *testing.T) {
		x := explainPaste(t, `{"alipay_trade_query_response": {"sub_code": "isv.invalid-app-id", "code": "40002", "sub_msg": "invalid app id", "msg": "Invalid Arguments"}}`)
		assert.Equal(t, "isv.invalid-app-id", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"alipay_trade_pay_response": {"code": "10000", "msg": "Success", "trade_no": "2013"}}`), Options{})
		assert.Error(t, err, "Alipay's success is no error")
		_, err = Explain([]byte(`{"code": "10000", "msg": "Success", "trade_no": "2013"}`), Options{})
		assert.Error(t, err)
	})
	t.Run("a code of digits before ' : ' and its sentence", func(t *testing.T) {
		assert.Equal(t, "5080", codeInText("5080 : Form transaction registration failed."))
		assert.Equal(t, "", codeInText("404 : Not Found here."), "a status is no code")
		assert.Equal(t, "", codeInText("2024 : The year we moved"), "no sentence, no code")
	})
	t.Run("a resource done before is final", func(t *testing.T) {
		for _, m := range []string{"Capture refused. Authorization was already completed.", "Payment has been done already for this cart.", "Payment intent with id pi_123 has succeeded."} {
			assert.NotEmpty(t, saysDone(strings.ToLower(m)), m)
		}
		assert.Empty(t, saysDone("the upload succeeded but the charge failed"))
	})
	t.Run("libcurl's couldn't connect to host", func(t *testing.T) {
		x := explainPaste(t, "X-Cart HTTPS: libcurl error(7): couldn't connect to host")
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
	})
}
