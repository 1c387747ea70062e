package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSixtyFourthBatch: what batch 273 of real pastes asked for, each beside a
// look-alike that must not trigger it.
func TestReadersSixtyFourthBatch(t *testing.T) {
	t.Run("Stripe's own sentences, alone in a paste", func(t *testing.T) {
		// stripe-node#1264, solidus_stripe#56, stripe-dotnet#2429, apigee-edge-drupal#461,
		// stripe-react-native#1228: each is read, and credited to Stripe.
		for _, paste := range []string{
			`A token may not be passed in as a PaymentMethod. Instead, use payment_method_data with type=card and card[token]=tok_xxxx"`,
			"A PaymentIntent object can be canceled when it is in one of these statuses: \nrequires_payment_method, requires_capture, requires_confirmation, requires_action",
			`**"You cannot perform this action on PaymentIntents created by Checkout. (Hint: The feature you are trying to use is deprecated.)"**`,
			"I get the following error on the portal reports : You cannot create a charge with a PaymentMethod. Use the Payment Intents API instead.",
			"Payment confirmation error Invalid payment_method_data[type]: must be one of acss_debit, affirm, afterpay_clearpay, alipay, card, or wechat_pay",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "stripe", providerOf(x), paste)
			if !strings.Contains(paste, "canceled") { // its older words name no status: the card cannot say the intent is final
				assert.Equal(t, "fix", string(x.Retry.Strategy), paste)
			}
		}
		// Another API's words about its own tokens and payment methods are not Stripe's.
		for _, paste := range []string{
			"A token may not be used twice. Request a new one from the tokenization endpoint.",
			"Invalid payment_method: must be one of card, boleto, pix",
			"The order can be canceled when it is in one of these statuses: pending, authorized",
		} {
			x, err := Explain([]byte(paste), Options{})
			if err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
}
