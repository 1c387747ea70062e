package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSixtyEighthBatch: readers for the real pastes of batch 280 and the corpus's
// misses looked at with it.
func TestReadersSixtyEighthBatch(t *testing.T) {
	t.Run("a provider's own snake_case code in prose that names the provider", func(t *testing.T) {
		// decode/testdata/real/stripe-bare-code-tamagui-purchase-api-key-expired, whole.
		x := explainPaste(t, "Trying to purchase pro results in api_key_expired\n\nSeems like the Stripe public API key has expired, so purchases cannot be made.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "api_key_expired", x.Code)
		x = explainPaste(t, "Stripe keeps answering charge_already_refunded when the second refund goes out.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "charge_already_refunded", x.Code)
		// Not a setting, a field or a path, and not without its provider named.
		for _, paste := range []string{
			"Stripe checkout fails: the flag api_key_expired=true is set in our config.",
			"Stripe checkout fails after reading settings.api_key_expired from the store.",
			"PayPal checkout fails and the log says charge_already_refunded for that order.",
			"Stripe checkout fails; see $charge_already_refunded in the handler.",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "charge_already_refunded", x.Code, paste)
				assert.NotEqual(t, "api_key_expired", x.Code, paste)
			}
		}
	})
	t.Run("a brand written in lower case, as a word of its own", func(t *testing.T) {
		// decode/testdata/real/adyen-bare-message-killbill-security-010-not-allowed, whole.
		x := explainPaste(t, `When I have tried to make a payment, adyen returns "security 010 Not allowed" and adyen killbill plugin responses: "RESPONSE_ABOUT_INVALID_REQUEST".`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "010", x.Code)
		// A host's, a path's or a file's part is no name: Akamai's page about PayPal's
		// address, Braintree's client calling its own paypal_hermes endpoint.
		for _, paste := range []string{
			"Access Denied\nYou don't have permission to access \"http://www.paypal.com/cgi-bin/webscr?\" on this server.\nReference #18.ef231c78.1558939287.4b545bca",
			"POST https://api.sandbox.braintreegateway.com/merchants/kcsnqyw983ggxndr/client_api/v1/paypal_hermes/setup_billing_agreement 422 (Unprocessable Entity)\nr.createPayment @ paypal-checkout.min.js:1",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "paypal", providerOf(x), paste)
			}
		}
	})
	t.Run("an orchestrator's answer that names its connector", func(t *testing.T) {
		// Shaped after decode/testdata/real/adyen-json-hyperswitch-ucs-v2-error-24-cvc-declined,
		// cut short (the payment's other members).
		x := explainPaste(t, `{"id": "12345_pay_0197ac52cee5796099a0ae352092a707", "status": "failed", "connector": "adyen", "payment_method_type": "card", "connector_transaction_id": "G4QT66CH8WCFHJ75", "merchant_connector_id": "mca_YUhrsoeHfh0EQJE6Zqut", "error": {"code": "24", "message": "CVC Declined", "unified_code": null}}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "24", x.Code)
		// The orchestrator's own code names no connector's error, nor does a connector
		// member without the orchestrator's other ones.
		for _, paste := range []string{
			`{"id": "pay_1", "status": "failed", "connector": "adyen", "connector_transaction_id": null, "error": {"code": "IR_19", "message": "Invalid request"}}`,
			`{"status": "failed", "connector": "adyen", "error": {"code": "24", "message": "Payment failed"}}`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "adyen", providerOf(x), paste)
			}
		}
	})
}
