package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSixtyFifthBatch: what batch 274 of real pastes asked for, each beside a
// look-alike that must not trigger it.
func TestReadersSixtyFifthBatch(t *testing.T) {
	t.Run("dLocal's words for its 3003", func(t *testing.T) {
		// activemerchant/active_merchant#4336: a remote test's failure, quoted in prose.
		x := explainPaste(t, `This test fails with the message "Merchant has no authorization to use this API". My hunch is that resolving this would require contact`)
		assert.Equal(t, "dlocal", providerOf(x))
		assert.Equal(t, "3003", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// Another API's refusal in like words is not dLocal's.
		x, err := Explain([]byte(`{"error": "User has no authorization to use this resource"}`), Options{})
		if err == nil {
			assert.Nil(t, x.Provider)
		}
	})
	t.Run("Stripe Terminal's iOS errors name Stripe", func(t *testing.T) {
		// stripe/stripe-terminal-ios#355 and #135: the error's description, and lldb's
		// print of it with its domain.
		for _, paste := range []string{
			"<SCPConfirmPaymentIntentError: 0x132fce940; code = 5000; message = An unexpected SDK error occurred.; requestId = (null); requestError = 0x14689a580; paymentIntent = (null): 0x0>",
			"(SCPProcessPaymentError?) error = 0x0000600000071c80 {\n  baseNSError@0 = domain: \"com.stripe-terminal\" - code: 6000 {\n    _userInfo = 0x0000600001578e20\n  }\n  _declineCode = 0x0000600001b2ff30 \"pin_try_exceeded\"\n}",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "stripe", providerOf(x), paste)
		}
		// Another reader SDK's error of the same shape is nobody's.
		x := explainPaste(t, "<SQRDCheckoutControllerError: 0x2834; code = 5000; message = An unexpected error occurred.; domain = com.squareup.readersdk>")
		assert.Nil(t, x.Provider)
	})
}
