package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFiftyEighthBatch: what batch 265 of real pastes asked for, each beside a
// look-alike that must not trigger it.
func TestReadersFiftyEighthBatch(t *testing.T) {
	t.Run("an API's message that says what is missing without a word of failure", func(t *testing.T) {
		for _, paste := range []string{
			// mohamederrajy/stripe-front's PAYMENT_METHOD_FIX.md: Stripe's answer to a
			// PaymentIntent in a currency no activated payment method takes.
			"No valid payment method types for this Payment Intent. \nPlease ensure that you have activated payment methods compatible \nwith your chosen currency in your dashboard",
			// shaheryarali98/jtutors's ENABLE_STRIPE_CONNECT.md: Stripe's answer to
			// creating an account before Connect is set up.
			"You can only create new accounts if you've signed up for Connect",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "fix", string(x.Retry.Strategy), paste)
			// Both sentences are Stripe's own (its marks since batch 279: projects
			// everywhere match them in StripeInvalidRequestError's message).
			assert.Equal(t, "stripe", providerOf(x), paste)
		}
		// A validator's all-clear says "no validation", which is no "no valid …".
		_, err := Explain([]byte("All checks passed: no validation issues."), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound)
	})
}
