package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentyFirstBatch: what batches 68 to 72 of real pastes asked for, each beside
// a look-alike that must not trigger it.
func TestReadersTwentyFirstBatch(t *testing.T) {
	t.Run("a provider's code in backticks in an issue's prose", func(t *testing.T) {
		x := explainPaste(t, "When an admin refunds the order, the Stripe API returns `charge_already_refunded` and the gateway adds a note.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "charge_already_refunded", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		assert.Equal(t, "", codeInText("the webhook sets `customer_id` and `transactionResponse` on the order"), "fields in backticks are no one's codes")
	})
}
