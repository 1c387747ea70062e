package decode

import (
	"testing"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
)

// TestReadersSeventySecondBatch: a PagSeguro transaction cancelled (status 7 with its
// cancellationSource), Mercado Pago's PrestaShop 1.6 module's log line (batch 320), and
// credentials whose value is a program's word for none.
func TestReadersSeventySecondBatch(t *testing.T) {
	t.Run("a PagSeguro transaction in status 7 says who cancelled it", func(t *testing.T) {
		// decode/testdata/real/pagbank-xml-prestashop-transaction-status-7-cancellationsource-internal, shortened.
		xml := "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<transaction>\n  <code>811F20E4-17F3-44C5-A369-32851A10F426</code>\n  <type>1</type>\n  <status>7</status>\n  <cancellationSource>INTERNAL</cancellationSource>\n  <grossAmount>5.00</grossAmount>\n</transaction>"
		x := explainPaste(t, xml)
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "7", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		assert.Contains(t, x.Title, "INTERNAL")
		assert.Contains(t, x.Meaning, "risk analysis")
		// The same transaction as an SDK's JSON, a PHP dump and key-value lines; EXTERNAL is
		// the financial institution's refusal.
		for _, paste := range []string{
			`{"code":"811F20E4-17F3-44C5-A369-32851A10F426","status":7,"cancellationSource":"EXTERNAL","grossAmount":"5.00"}`,
			"Array\n(\n    [code] => 811F20E4-17F3-44C5-A369-32851A10F426\n    [status] => 7\n    [cancellationSource] => EXTERNAL\n)\n",
			"status: 7\ncancellationSource: EXTERNAL\n",
			`{"transaction":{"status":"7","cancellationSource":"EXTERNAL"}}`,
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "pagbank", providerOf(x), paste)
			assert.Equal(t, "7", x.Code, paste)
			assert.Contains(t, x.Title, "EXTERNAL", paste)
			assert.Equal(t, "none", string(x.Retry.Strategy), paste)
		}
		x, err := Explain([]byte(xml), Options{Lang: catalog.Spanish})
		if assert.NoError(t, err) {
			assert.Contains(t, x.Title, "Transacción cancelada por PagSeguro")
		}
		checkLookAlikes(t, []readerLookAlike{
			// Another status, another source's word, or no source: not PagSeguro's cancelled transaction.
			{paste: `{"code":"811F20E4-17F3-44C5-A369-32851A10F426","status":3,"cancellationSource":"INTERNAL","grossAmount":"5.00"}`},
			{paste: `{"id":"bk_1","status":7,"cancellationSource":"customer"}`},
			{paste: `{"id":"bk_1","status":7,"grossAmount":"5.00"}`},
		})
	})
	t.Run("Mercado Pago's PrestaShop 1.6 module's words", func(t *testing.T) {
		// decode/testdata/real/mercadopago-log-prefixed-prestashop16-payments-transaction-amount-must-be-positive, whole.
		x := explainPaste(t, "Date:  01.09.2017 06:03:17  | An ocurred error in exec transacions REST |  Exception:  transaction_amount must be positive")
		assert.Equal(t, "mercadopago", providerOf(x))
		// Without them, the message alone names nobody.
		checkLookAlikes(t, []readerLookAlike{{paste: "Date:  01.09.2017 06:03:17  | An error occurred |  Exception:  transaction_amount must be positive"}})
	})
	t.Run("Stripe's invalid_request_error with a 401's words is a refused or missing key", func(t *testing.T) {
		for _, c := range []struct{ paste, title string }{
			// decode/testdata/real/stripe-log-prefixed-go-request-error-401-no-key, whole.
			{`[ERROR] Request error from Stripe (status 401): {"status":401,"message":"You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.","type":"invalid_request_error"}`, "No API key sent"},
			{`{"error": {"message": "Invalid API Key provided: sk_test_****Aso0", "type": "invalid_request_error"}}`, "Invalid API key"},
			{"Invalid API Key provided: sk_live_****1234", "Invalid API key"},
		} {
			x := explainPaste(t, c.paste)
			assert.Equal(t, "stripe", providerOf(x), c.paste)
			assert.Equal(t, c.title, x.Title, c.paste)
			assert.Equal(t, catalog.Authentication, x.Category, c.paste)
			assert.Equal(t, 401, x.HTTPStatus, c.paste)
		}
		// Any other words of the type are a request to correct.
		x := explainPaste(t, `{"error": {"message": "Missing required param: amount.", "param": "amount", "type": "invalid_request_error"}}`)
		assert.Equal(t, "Invalid request", x.Title)
		assert.Equal(t, catalog.Validation, x.Category)
	})
	t.Run("a credential that is a program's word for none stays visible", func(t *testing.T) {
		for _, c := range []struct{ in, kept string }{
			{"Authorization: Bearer undefined\n", "Bearer undefined"},
			{`{"access_token":"null","error":"x"}`, `"access_token":"null"`},
			{"curl -H 'X-API-Key: None' https://api.x.com", "X-API-Key: None"},
			{"Malformed access_token: null", "access_token: null"},
		} {
			out, names := Redact([]byte(c.in))
			assert.Contains(t, string(out), c.kept, c.in)
			assert.Empty(t, names, c.in)
		}
		// The rest of the line is still read: a key after the placeholder is masked.
		out, names := Redact([]byte("Date:  29.08.2017 04:20:59  | access_token: null|  key sk_live_51HxYzAbCdEfGh9a8b7c\n"))
		assert.Contains(t, string(out), "access_token: null|")
		assert.NotContains(t, string(out), "51HxYzAbCdEfGh9a8b7c")
		assert.Equal(t, []string{"secret key (sk_live_…)"}, names)
		// Beside a refusal of the credentials, the placeholder is the first thing to fix;
		// beside any other error, or with a real key, nothing is said of it.
		x := explainPaste(t, "curl -i -H 'Authorization: Bearer undefined' https://api.x.com/v1/charges\nHTTP/1.1 401 Unauthorized\n\n{\"message\":\"invalid token\"}")
		if assert.NotEmpty(t, x.Fix) {
			assert.Equal(t, `The paste shows Authorization sent as "undefined": no credential reached the request. Check that the environment variable or setting holding it is set where the code runs, and read before the request is built.`, x.Fix[0])
		}
		for _, paste := range []string{
			"curl -i -H 'Authorization: Bearer tok_9a8b7c6d5e4f3a2b' https://api.x.com/v1/charges\nHTTP/1.1 401 Unauthorized\n\n{\"message\":\"invalid token\"}",
			"curl -i -H 'Authorization: Bearer undefined' https://api.x.com/v1/charges\nHTTP/1.1 422 Unprocessable Entity\n\n{\"message\":\"amount is invalid\"}",
		} {
			x := explainPaste(t, paste)
			for _, step := range x.Fix {
				assert.NotContains(t, step, "no credential reached", paste)
			}
		}
		// A value that only begins like one is a secret.
		for _, in := range []string{"Authorization: Bearer nullify9a8b7c\n", `{"access_token":"undefined_9a8b7c6d"}`, "X-API-Key: none-9a8b7c6d5e\n"} {
			_, names := Redact([]byte(in))
			assert.NotEmpty(t, names, in)
		}
	})
}
