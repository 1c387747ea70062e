package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortiethBatch: what batches 181 to 190 of real pastes (Stripe, PayPal, Adyen
// and the Brazilian providers in applications' threads, raw HTTP and XML answers, bare
// text, JavaScript dumps, prefixed logs, SDK exceptions, HTML pages, Spanish-speaking Latin
// America) asked for, each beside a look-alike that must not trigger it.
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
		assert.Equal(t, "paste", x.Input.StatusSource)
		assert.Equal(t, "11557", x.Code)
		two := strings.Replace(cassette, "  response:", "  response:\n    status:\n      code: 200\n      message: OK\n  response:", 1)
		x = explainPaste(t, two)
		// 11557 is catalogued (NVP answers in a 200), so the status may still be the
		// catalog's; it must not be read from either interaction.
		assert.NotEqual(t, "paste", x.Input.StatusSource, "two interactions: which one failed is not known")
	})
	t.Run("F5's firewall page and its support id", func(t *testing.T) {
		page := "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 1643502886961282613<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>"
		x := explainPaste(t, page)
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "1643502886961282613", x.RequestID)
		_, err := Explain([]byte("<html><head><title>Request Received</title></head><body>Thanks.</body></html>"), Options{})
		assert.Error(t, err, "a page that reports nothing failed")
	})
	t.Run("Stripe's lock_timeout cut before its end", func(t *testing.T) {
		x := explainPaste(t, "Request XXX: This object cannot be accessed right now because another API request or Stripe process is currently\nTraceback:\n")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "lock_timeout", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
	})
	t.Run("a generated client's ApiException names the status line in brackets", func(t *testing.T) {
		x := explainPaste(t, `SquareConnect\ApiException [HTTP/2 400] {"errors": [{"code": "VALUE_EMPTY","detail": "Field must not be blank","field": "source_id","category": "INVALID_REQUEST_ERROR"}]}`)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "VALUE_EMPTY", x.Code)
		x = explainPaste(t, `ApiException [HTTP/1.1 404 Not Found] {"errors": [{"code": "NOT_FOUND", "detail": "Card not found"}]}`)
		assert.Equal(t, 404, x.HTTPStatus)
		x = explainPaste(t, `Error [HTTP/2 4000] {"errors": [{"code": "VALUE_EMPTY", "detail": "Field must not be blank"}]}`)
		assert.NotEqual(t, 400, x.HTTPStatus, "a longer number")
	})
	t.Run("a review's look-alikes", func(t *testing.T) {
		// Other programs' "No such …" words, a socket's "bind", Portuguese words that end in
		// "ja", a changelog's lists and an empty error_code are no provider's error.
		for _, in := range []string{
			"TypeError: No such source: 'yahoo'",
			"java.lang.RuntimeException: No such plan: 'paid-large'",
			"[2024-03-01 10:00:00] local.ERROR: No such coupon: 'SUMMER20'",
			"ValueError: No such payment_method: bank_transfer",
			"error: different parameters for the bind socketcall",
		} {
			x, err := Explain([]byte(in), Options{})
			if err == nil {
				assert.Equal(t, "", providerOf(x), in)
			}
		}
		for _, in := range []string{"Erro: token inválido para a loja cadastrada", "Erro: nenhuma loja cadastrada com o ID informado"} {
			x := explainPaste(t, in)
			assert.Equal(t, "fix", string(x.Retry.Strategy), in)
		}
		x := explainPaste(t, "Error: 'PAYEE_ACCOUNT_RESTRICTED The merchant account is restricted.'")
		assert.Equal(t, "PAYEE_ACCOUNT_RESTRICTED", x.Code, "a code that begins the quoted words")
		x = explainPaste(t, "Error: 'card_declined Your card was declined.'")
		assert.Equal(t, "card_declined", x.Code)
		_, err := Explain([]byte(`{"Added":["Support for Pix refunds"],"Fixed":["Card declined errors are now shown"]}`), Options{})
		assert.Error(t, err, "a changelog")
		_, err = Explain([]byte(`{"Your card was declined.":["Seu cartão foi recusado."],"Payment failed":["Falha no pagamento"]}`), Options{})
		assert.Error(t, err, "a translation file")
		x = explainPaste(t, "payout failed: status=FAILED error_code=NONE, message=transfer could not be completed")
		assert.NotEqual(t, "NONE", x.Code)
		x = explainPaste(t, "2024-10-30T08:37:49+00:00 DEBUG POST https://api-m.paypal.com/v1/oauth2/token?grant_type=client_credentials\n2024-10-30T08:37:50+00:00 DEBUG Capturing order 5O190127TN364715T\nRequest failed. WP error message: cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received\n")
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "the capture after the token may have gone through")
	})
	t.Run("Stripe's missing-key sentence copied by another API", func(t *testing.T) {
		x := explainPaste(t, `ERROR:payments.views:Payment failed: {"status_code":401,"error":{"message":"You did not provide an API key. You need to provide your API key in the X-Authorization header (e.g. 'X-Authorization: YOUR_API_KEY').","type":"authentication_error"}}`)
		assert.Equal(t, "", providerOf(x), "Commerce.js names its own header")
		x = explainPaste(t, "Error: You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').")
		assert.Equal(t, "stripe", providerOf(x))
	})
}
