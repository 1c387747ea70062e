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
}
