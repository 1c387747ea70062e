package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortiethBatch: what batches 181 to 185 of real pastes (Stripe, PayPal, Adyen
// and the Brazilian providers in applications' threads, raw HTTP and XML answers, bare
// text) asked for, each beside a look-alike that must not trigger it.
func TestReadersFortiethBatch(t *testing.T) {
	t.Run("Stripe's resource_missing for more of its objects, and its other words", func(t *testing.T) {
		for _, in := range []string{
			"No such payment_method: tok_1Fo8vTLKMBKc4LBf2cWIwUnj",
			"No such source: 'pm_1Kq2'",
			"No such product: 'prod_NWjs8kKbJWmuuc'",
			"[1.6.40] «Customer does not have a linked source with ID 0» for a new Magento customer (guest)",
			"Your card was declined. Your request was in live mode, but used a known test card.",
		} {
			x := explainPaste(t, in)
			assert.Equal(t, "stripe", providerOf(x), in)
		}
		x := explainPaste(t, "Error: No such product in the catalog: SKU 1234")
		assert.Equal(t, "", providerOf(x), "another shop's words")
	})
	t.Run("a JavaScript error's stack under an app's error member", func(t *testing.T) {
		x := explainPaste(t, `{"error":{"type":"StripeInvalidRequestError","stack":"Error: Invalid integer: \n    at Constructor._Error (/app/node_modules/stripe/lib/Error.js:12:17)\n    at Constructor (/app/node_modules/stripe/lib/utils.js:102:13)"}}`)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, `{"error":{"type":"ValidationError","stack":"Error: Invalid integer: \n    at validate (/app/src/forms.js:12:17)"}}`)
		assert.Equal(t, "", providerOf(x), "an app's own error")
	})
	t.Run("the result page of Adyen's example integrations", func(t *testing.T) {
		x := explainPaste(t, "The payment was refused. Please try a different payment method or card.")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte("The payment was successful."), Options{})
		assert.Error(t, err)
	})
	t.Run("Mercado Pago's preference and card token messages", func(t *testing.T) {
		x := explainPaste(t, "Erro no log:\n'auto_return invalid. back_url.success must be defined'")
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, "Error al procesar el pago:\ndiff_param_bins\n\"Different parameters for the bin\"\nError code: 10103")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "10103", x.Code)
	})
	t.Run("a recorded NVP failure answered with a 200", func(t *testing.T) {
		cassette := "  response:\n    status:\n      code: 200\n      message: OK\n    body:\n      encoding: US-ASCII\n      string: TIMESTAMP=2012%2d04%2d23T04%3a00%3a19Z&CORRELATIONID=50b4f36ae94e&ACK=Failure&VERSION=72%2e0&L_ERRORCODE0=11557&L_SHORTMESSAGE0=Invalid%20profile%20status&L_SEVERITYCODE0=Error\n"
		x := explainPaste(t, cassette)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, 200, x.HTTPStatus)
		assert.Equal(t, "11557", x.Code)
		two := strings.Replace(cassette, "  response:", "  response:\n    status:\n      code: 200\n      message: OK\n  response:", 1)
		x = explainPaste(t, two)
		assert.Equal(t, 0, x.HTTPStatus, "two interactions: which one failed is not known")
	})
}
