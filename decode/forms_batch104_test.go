package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentySeventhBatch: what batches 104 to 106 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersTwentySeventhBatch(t *testing.T) {
	t.Run("Stripe's mobile SDKs: the API's code beside their own Failed", func(t *testing.T) {
		x := explainPaste(t, `{"code": "Failed", "declineCode": null, "localizedMessage": "The provided PaymentMethod has failed authentication.", "message": "The provided PaymentMethod has failed authentication.", "stripeErrorCode": "payment_intent_authentication_failure", "type": "invalid_request_error"}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "payment_intent_authentication_failure", x.Code)
		x = explainPaste(t, `{"code": "Failed", "declineCode": "insufficient_funds", "localizedMessage": "Your card has insufficient funds.", "message": "Your card has insufficient funds.", "stripeErrorCode": "card_declined", "type": "card_error"}`)
		assert.Equal(t, "card_declined", x.Code, "as in Stripe's own body, the issuer's reason beside it")
		assert.Contains(t, x.Message, "insufficient funds")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("Stripe's mobile SDKs when the phone never reached the API", func(t *testing.T) {
		x := explainPaste(t, `{"code": "Failed", "declineCode": null, "localizedMessage": "IOException during API request to Stripe (https://api.stripe.com/v1/payment_intents/pi_123/confirm): Unable to resolve host \"api.stripe.com\": No address associated with hostname.", "message": "IOException during API request to Stripe (https://api.stripe.com/v1/payment_intents/pi_123/confirm): Unable to resolve host \"api.stripe.com\": No address associated with hostname.", "stripeErrorCode": null, "type": null}`)
		assert.Equal(t, "", providerOf(x), "a failure below HTTP is no provider's error")
		assert.Equal(t, "fix", string(x.Retry.Strategy), "DNS: the set-up must change")
		x = explainPaste(t, `{"code": "Failed", "declineCode": null, "localizedMessage": "Your card has insufficient funds.", "message": "Your card has insufficient funds.", "stripeErrorCode": null, "type": null}`)
		assert.Equal(t, "stripe", providerOf(x), "the same shape with the API's words is Stripe's")
	})
	t.Run("flutter_stripe's exception as Dart prints it", func(t *testing.T) {
		x := explainPaste(t, "flutter: Error in makePayment: StripeException(error: LocalizedErrorMessage(code: FailureCode.Failed, localizedMessage: `secret` format does not match expected client secret formatting., message: `secret` format does not match expected client secret formatting., stripeErrorCode: null, declineCode: null, type: null))")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "flutter: Error in makePayment: PaymentException(error: LocalizedErrorMessage(code: FailureCode.Failed, localizedMessage: secret format does not match))")
		assert.Equal(t, "", providerOf(x), "another plugin's exception of the same shape")
	})
	t.Run("PayPal's Native Checkout SDKs by their module", func(t *testing.T) {
		x := explainPaste(t, "PayPalCheckout.SDKGeneralErrors error 3")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "3", x.Code)
	})
	t.Run("Flutter's PlatformException: the plugin's code first", func(t *testing.T) {
		x := explainPaste(t, "E/flutter (26185): [ERROR:flutter/lib/ui/ui_dart_state.cc(199)] Unhandled Exception: PlatformException(10, 10: , null, null)\nE/flutter (26185): #0      StandardMethodCodec.decodeEnvelope (package:flutter/src/services/message_codecs.dart:597:7)")
		assert.Equal(t, "10", x.Code)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "I/flutter ( 5789): PlatformException(Error, Error(exception=java.lang.Exception: ERROR), null, null)")
		assert.NotEqual(t, "Error", x.Code, "a plugin that says only Error gives no code")
	})
}
