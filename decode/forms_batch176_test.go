package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersThirtyNinthBatch: what batches 176 to 180 of real pastes (the infrastructure
// between a developer and an API, network failures, other gateways, Brazilian banks,
// language dumps) asked for, each beside a look-alike that must not trigger it.
func TestReadersThirtyNinthBatch(t *testing.T) {
	t.Run("TLS failures as Java's HttpClient and Ruby's OpenSSL word them", func(t *testing.T) {
		for _, in := range []string{
			"Cielo SDK: hostname in certificate didn't match: <apisandbox.cieloecommerce.cielo.com.br>",
			"SSL_connect returned=1 errno=0 state=SSLv2/v3 read server hello A: unknown protocol",
		} {
			x := explainPaste(t, in)
			assert.Equal(t, "", providerOf(x), in)
			assert.Equal(t, "TLS_ERROR", x.Code, in)
			assert.Equal(t, "fix", string(x.Retry.Strategy), in)
		}
	})
	t.Run("WordPress's WP_Error for a request it could not make, under a gateway's log context", func(t *testing.T) {
		in := "2026-04-15T12:55:32+00:00 Error Stripe API error: GET account; Possible DNS resolution problem for api.stripe.com\nAdditional context\n{\n    \"stripe_version\": \"10.5.3\",\n    \"response\": {\n        \"errors\": {\n            \"http_request_failed\": [\n                \"A valid URL was not provided.\"\n            ]\n        },\n        \"error_data\": []\n    }\n}\n"
		x := explainPaste(t, in)
		assert.Equal(t, "", providerOf(x), "the request never left the server: no provider answered")
		assert.Equal(t, "ENOTFOUND", x.Code)
		x = explainPaste(t, `{"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "No such customer: 'cus_123'"}, "errors": {"http_request_failed": []}}`)
		assert.Equal(t, "stripe", providerOf(x), "Stripe's own answer beside an empty list")
	})
	t.Run("Adyen's PHP library's own connection failure", func(t *testing.T) {
		x := explainPaste(t, "Unexpected error communicating with Adyen.")
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "CONNECTION_ERROR", x.Code)
	})
	t.Run("a connection that failed while only asking for an OAuth token", func(t *testing.T) {
		in := "2024-10-30T08:37:49+00:00 DEBUG POST https://api-m.paypal.com/v1/oauth2/token?grant_type=client_credentials\nRequest failed. WP error message: cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received\n"
		x := explainPaste(t, in)
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "a token moves no money")
		x = explainPaste(t, "2024-10-30T08:37:49+00:00 DEBUG POST https://api-m.paypal.com/v2/checkout/orders\nRequest failed. WP error message: cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received\n")
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "an order's creation may have happened")
	})
	t.Run("Heroku's router timing out a request, in both of its formats", func(t *testing.T) {
		x := explainPaste(t, `at=error code=H12 desc="Request timeout" method=POST path="/webhooks" host=myapp.herokuapp.com request_id=0447825e-543f-42fa-a5b4-d73377ae7710 dyno=web.1 connect=0ms service=30061ms status=503 bytes=0`)
		assert.Equal(t, "H12", x.Code)
		assert.Equal(t, 503, x.HTTPStatus)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "the app may still finish the POST")
		assert.Equal(t, "0447825e-543f-42fa-a5b4-d73377ae7710", x.RequestID)
		old := "2012-01-20T02:10:47+00:00 heroku[router]: Error H12 (Request timeout) -> POST morning-dawn-8986.herokuapp.com/autoprovision/58 dyno=web.1 queue= wait= service=30000ms status=503 bytes=0\n" +
			"2012-01-20T02:10:47+00:00 heroku[router]: Error H12 (Request timeout) -> POST morning-dawn-8986.herokuapp.com/autoprovision/57 dyno=web.1 queue= wait= service=30000ms status=503 bytes=0\n"
		x = explainPaste(t, old)
		assert.Equal(t, "H12", x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		x = explainPaste(t, `at=error code=H10 desc="App crashed" method=POST path="/" host=myapp.herokuapp.com request_id=9bd19aaf-5060-46a1-ad2e-674fcb4b7e25 dyno= connect= service= status=503 bytes=`)
		assert.Equal(t, "H10", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "a crashed app did nothing")
	})
	t.Run("ngrok's own page in front of a webhook", func(t *testing.T) {
		page := "<!DOCTYPE html>\n<html lang=\"en-US\">\n  <head>\n    <meta charset=\"utf-8\">\n    <meta name=\"author\" content=\"ngrok\">\n    <noscript>Before you can serve HTML content, you must sign up for an ngrok account and install your authtoken. (ERR_NGROK_6022)</noscript>\n  </head>\n  <body id=\"ngrok\"></body>\n</html>\n"
		x := explainPaste(t, page)
		assert.Equal(t, "ERR_NGROK_6022", x.Code)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "    <noscript>Traffic was successfully tunneled to the ngrok agent, but the agent failed to establish a connection to the upstream web service at localhost:5000. (ERR_NGROK_8012)</noscript>")
		assert.Equal(t, "ERR_NGROK_8012", x.Code, "a code in brackets before the element's closing tag")
		_, err := Explain([]byte("<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body><p>Tunnel ready (see docs)</p></body></html>\n"), Options{})
		assert.Error(t, err, "a page with no error")
	})
	t.Run("Cloudflare's page cut to its footer, and Azure Front Door's", func(t *testing.T) {
		cf := "<p class=\"mb-6\">Please try again in a few minutes.</p>\n<span class=\"cf-footer-item sm:block sm:mb-1\">Cloudflare Ray ID: <strong class=\"font-semibold\">a01d9c7dfd02cf6c</strong></span>\n<span><a href=\"https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_502&amp;utm_campaign=worldcat.org\">Cloudflare</a></span>\n"
		x := explainPaste(t, cf)
		assert.Equal(t, 502, x.HTTPStatus)
		assert.Equal(t, "a01d9c7dfd02cf6c", x.RequestID)
		fd := "<h2>Our services aren't available right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.</p>0WKZEYgAAAADMF2yZfE7ZTZg4DKn+e7zUQU1TMDRFREdFMTkxNwA2M2I5NDA1NC1jMTQ3LTQwNDItYmM4MC0zNGZiYzEwMGFlOGM="
		x = explainPaste(t, fd)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		assert.Equal(t, "0WKZEYgAAAADMF2yZfE7ZTZg4DKn+e7zUQU1TMDRFREdFMTkxNwA2M2I5NDA1NC1jMTQ3LTQwNDItYmM4MC0zNGZiYzEwMGFlOGM=", x.RequestID)
		x = explainPaste(t, "<h2>Our services aren't available right now</h2><p>Please check back soon.</p>")
		assert.Equal(t, "", x.RequestID, "no reference at its end")
	})
	t.Run("an error object below a webhook event's envelope states the status", func(t *testing.T) {
		x := explainPaste(t, `{"type": "transaction.failed", "resource": "event", "payload": {"error": {"status": "Bad Request", "status_code": 400, "type": "invalid_request_error", "message": "Invalid payment information. Please verify request parameters."}, "resource": "transaction", "status": "failed"}}`)
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, `{"error": {"name": "unexpectedError", "status": 500, "message": "Unexpected HTTP response: 504", "type": "unexpectedError"}}`)
		assert.Equal(t, 504, x.HTTPStatus, "the status the message names comes first")
	})
	t.Run("a validation's errors keyed by field, and nothing else", func(t *testing.T) {
		x := explainPaste(t, `{"cvv":["CVV must be 4 digits for American Express and 3 digits for other card types."], "number":["Credit card number must be 12-19 digits."]}`)
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"tags":["summer sale", "new arrivals"], "notes":["ships in two days"]}`), Options{})
		assert.Error(t, err, "lists of words that say nothing failed")
		assert.NotPanics(t, func() { _, _ = Explain([]byte(`{"": ["this value is invalid"]}`), Options{}) }, "a member with no name")
	})
	t.Run("codes as a Go struct's String and a bearer challenge print them", func(t *testing.T) {
		x := explainPaste(t, "error_code=INVALID, message=is not a valid tx code")
		assert.Equal(t, "INVALID", x.Code)
		x = explainPaste(t, `Bearer error="invalid_token", error_description="The signature key was not found"`)
		assert.Equal(t, "invalid_token", x.Code)
	})
	t.Run("a negative code glued to its sentence", func(t *testing.T) {
		x := explainPaste(t, "Response code: -1General error occurred")
		assert.Equal(t, "-1", x.Code)
	})
	t.Run("a result wrapped in the request's name (PagHiper's)", func(t *testing.T) {
		x := explainPaste(t, `{"status_request": {"result": "reject", "response_message": "notification_id inválida ou expirada", "http_code": 200}}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"status_request": {"result": "success", "response_message": "transação criada", "http_code": 201}}`), Options{})
		assert.Error(t, err, "a request that succeeded")
	})
	t.Run("a Markdown list of bold names", func(t *testing.T) {
		x := explainPaste(t, "- **status:** error\n\n- **message:** Unfortunately, we could not charge you\n\n- **data.code:** FLW_ERR\n")
		assert.Equal(t, "FLW_ERR", x.Code)
	})
	t.Run("words that say an entity could not be processed, and Stripe's OAuth refusing a publishable key", func(t *testing.T) {
		x := explainPaste(t, "request body contains unprocessable entity")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, `"Publishable key sent, but only secret keys can be used"`)
		require.NotNil(t, x.Provider)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "secret_key_required", x.Code)
	})
	t.Run("a failure's name in snake_case beside its sentence", func(t *testing.T) {
		x := explainPaste(t, `{"statusCode":403,"error":"The example.com domain is not verified. Please, add and verify your domain","name":"validation_error"}`)
		assert.Equal(t, "validation_error", x.Code)
		assert.Equal(t, 403, x.HTTPStatus)
		x = explainPaste(t, `{"statusCode":400,"error":"The example.com domain is not verified.","name":"DomainError"}`)
		assert.NotEqual(t, "DomainError", x.Code, "a JavaScript error's class name is no code")
	})
	t.Run("a record the bank already holds", func(t *testing.T) {
		x := explainPaste(t, "Erro ao registrar boleto: (ERRO DE CONSISTENCIA: TITULO JA CADASTRADO (69))")
		assert.Equal(t, "none", string(x.Retry.Strategy))
	})
}
