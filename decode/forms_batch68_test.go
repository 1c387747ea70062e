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
	t.Run("Dart's Map.toString: strings of several words with no quotes", func(t *testing.T) {
		x := explainPaste(t, "{message: Card not found, error: bad_request, status: 400, cause: [{code: 2010, description: Card not found, data: null}]}")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "2010", x.Code)
		x = explainPaste(t, "I/flutter (20307): ApiException{statusCode: 401, error: invalid_client, errorDescription: Client Authentication failed, apiError: null}")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "invalid_client", x.Code)
		assert.Equal(t, 401, x.HTTPStatus)
		// A colon inside the words is another shape: the words are read as text.
		x = explainPaste(t, "{53046=credit card holder cpf invalid value: 12345678000195}")
		assert.Equal(t, "53046", x.Code)
		// A JavaScript dump's barewords stay what they are: no string of words follows them.
		res, _ := parseLenient("{ data: { errors: [Array] }, status: undefined }", 0)
		o, ok := res.value.(*object)
		assert.True(t, ok)
		_, bare := o.obj("data").get("errors").([]any)
		assert.True(t, bare)
	})
}
