package decode

import (
	"testing"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
)

// TestReadersSeventySecondBatch: a PagSeguro transaction cancelled (status 7 with its
// cancellationSource), Mercado Pago's PrestaShop 1.6 module's words (batch 320), Stripe's
// refused or missing key, credentials whose value is a program's word for none, and PHP's
// and Ruby's dumps masked.
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
		// Without them, the message alone names nobody; nor does the module's log line: it
		// logs other APIs' codes too, which mean other things in the payments API's table
		// (decode/testdata/real/mercadopago-log-prefixed-prestashop16-invalid-public-key-1001,
		// whose 1001 is no date's format).
		checkLookAlikes(t, []readerLookAlike{
			{paste: "Date:  01.09.2017 06:03:17  | An error occurred |  Exception:  transaction_amount must be positive"},
			{paste: "Date:  29.08.2017 04:20:57  | invalid public_key - 1001: public_key not found|  Exception:  ", code: "1001"},
		})
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
		// A key that is a program's word for none was never set; Commerce.js's copy of the
		// words, about its own header, is not Stripe's.
		x := explainPaste(t, "Invalid API Key provided: undefined")
		assert.Equal(t, "No API key sent", x.Title)
		x = explainPaste(t, `{"status_code":401,"error":{"message":"You did not provide an API key. You need to provide your API key in the X-Authorization header","type":"invalid_request_error"}}`)
		assert.NotEqual(t, "No API key sent", x.Title)
		// Any other words of the type are a request to correct.
		x = explainPaste(t, `{"error": {"message": "Missing required param: amount.", "param": "amount", "type": "invalid_request_error"}}`)
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
		// Only the whole value: with anything after it (a log's next field, a word before
		// it that is no scheme's), it is masked as before.
		for _, in := range []string{
			"token=null|app_secret=abcdef1234567890XYZ", `"api_key":"null|Zq8fKx93LmPq22"`, "password: admin null",
			"X-Api-Key: abc123 undefined\n", "Authorization: null | X-Secret-Key: Zq8fKx93LmPq22\n", `{"cpf":"None|529.982.247-25"}`,
			"Date:  29.08.2017 04:20:59  | access_token: null|  key sk_live_51HxYzAbCdEfGh9a8b7c\n",
		} {
			out, names := Redact([]byte(in))
			assert.NotEmpty(t, names, in)
			for _, secret := range []string{"abcdef1234567890XYZ", "Zq8fKx93LmPq22", "admin", "abc123", "529.982.247-25", "51HxYzAbCdEfGh9a8b7c"} {
				assert.NotContains(t, string(out), secret, in)
			}
		}
		// PHP's and Ruby's dumps mask by the name before "=>" (print_r, var_dump, var_export, a hash).
		out, names := Redact([]byte("Array\n(\n    [access_token] => APP_USR-1234567890123456-052518-0123456789abcdef\n    [password] => Hunter2 pass\n)\n" +
			"array(1) {\n  [\"api_key\"]=>\n  string(20) \"zz9988776655aabbccdd\"\n  [\"cvv\"]=>\n  int(737)\n}\n$x = array('client_secret' => 'cs9988776655');\n{:token => \"tk_9988776655\"}"))
		assert.Equal(t, []string{"access_token", "password", "api_key", "cvv", "client_secret", "token"}, names)
		for _, secret := range []string{"0123456789abcdef", "Hunter2", "zz9988776655", "737", "cs9988776655", "tk_9988776655"} {
			assert.NotContains(t, string(out), secret)
		}
		// A value that only begins like one is a secret.
		for _, in := range []string{"Authorization: Bearer nullify9a8b7c\n", `{"access_token":"undefined_9a8b7c6d"}`, "X-API-Key: none-9a8b7c6d5e\n"} {
			_, names := Redact([]byte(in))
			assert.NotEmpty(t, names, in)
		}
	})
}
