package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortyEighthBatch: what this round's reading of the corpus's misses and
// batches 215 to 217 of real pastes asked for, each beside a look-alike that must not
// trigger it.
func TestReadersFortyEighthBatch(t *testing.T) {
	t.Run("Mercado Pago's words in its card token, preference and preapproval errors", func(t *testing.T) {
		x := explainPaste(t, "{\ncode: \"E601\"\ndescription: \"an error occurred doing POST card_token\"\n}")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "E601", x.Code)
		x = explainPaste(t, `Error 502: "invalid type (string) for field: payment_methods.excluded_payment_types"`)
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, "Erro: `sponsor_id should be different than collector_id` (Status 400)")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, 400, x.HTTPStatus)
		// Words that come close are anyone's.
		x = explainPaste(t, "{\ncode: \"E601\"\ndescription: \"an error occurred doing POST /v1/tokens\"\n}")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `Error 400: "invalid type (string) for field: payment_methods"`)
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("its own PrestaShop module's log lines, by the methods named for its APIs", func(t *testing.T) {
		x := explainPaste(t, "[2019-09-12 19:56:02] [ERROR]: API create_custom_payment error: transaction_amount must be positive")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "[2020-04-26 01:12:24] [ERROR]: API get_payment_standard error: Payment not found")
		assert.Equal(t, "mercadopago", providerOf(x))
		// A method any module could name is no sign.
		x = explainPaste(t, "[2019-08-26 18:05:01] [ERROR]: API valid_access_token error: invalid_token")
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("a mark in the message of a body whose code several providers document", func(t *testing.T) {
		x := explainPaste(t, `{"code": "unauthorized", "message": "Unable to acquire requested preference from the resource."}`)
		assert.Equal(t, "mercadopago", providerOf(x))
		// A code another provider alone documents still says whose it is.
		x = explainPaste(t, `{"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "No such customer: 'cus_123'"}}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.NotContains(t, x.Provider.Evidence, "No such customer: ' is written only by Stripe's API", "a code only Stripe documents needs no mark beside it")
	})
	t.Run("an advanced payment refused in its payments", func(t *testing.T) {
		body := `{"id":61834578,"status":"rejected","marketplace":"MP-MKT-1","payments":[{"id":4904316225,"status":"rejected","status_detail":"cc_rejected_bad_filled_other","payment_type_id":"credit_card","payment_method_id":"master","transaction_amount":5.0}],"disbursements":[{"amount":5.0,"collector_id":438055858}]}`
		x := explainPaste(t, "HTTP/1.1 201 Created\nContent-Type: application/json\n\n"+body)
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "cc_rejected_bad_filled_other", x.Code)
		assert.Equal(t, 201, x.HTTPStatus)
		// An approved one is no error; one rejected with nothing refused in it gives no code of Mercado Pago's.
		_, err := Explain([]byte("HTTP/1.1 201 Created\nContent-Type: application/json\n\n"+`{"id":1,"status":"approved","payments":[{"id":2,"status":"approved","status_detail":"accredited"}]}`), Options{})
		assert.Error(t, err)
		x = explainPaste(t, `{"status":"rejected","payments":[{"id":2,"status":"approved","status_detail":"accredited"}]}`)
		assert.NotEqual(t, "accredited", x.Code)
	})
	t.Run("Stripe's sentences and its libraries' words", func(t *testing.T) {
		for _, paste := range []string{
			"Automatic tax calculation in Checkout requires a valid address on the Customer. Add a valid address to the Customer or set either `customer_update[address]` to 'auto'.",
			"Stripe: Argument \"intent\" must be a string, but got: undefined (on API request to `POST /v1/payment_intents/{intent}/cancel`)",
			"> Quantity should not be specified where usage_type is `metered`. Remove quantity from `line_items[0]`",
			"StripeApiException (The `payment_method` parameter supplied pm_1GcLIZF57NEHJIQ52C0rHX4K belongs to the Customer cus_H8cY8keUuLqMKN. Please include the Customer in the `customer` parameter on the PaymentIntent.",
			`Having the 'rak_plan_write' permission would allow this request to continue.\n  thrown","file":"\/home\/u\/public_html\/vendor\/stripe\/stripe-php\/lib\/Exception\/ApiErrorException.php","line":38} SCRIPT_NAME: /plugin/requestSubscription.json.php`,
		} {
			assert.Equal(t, "stripe", providerOf(explainPaste(t, paste)), paste)
		}
		// A path with its slashes escaped by json_encode is the SDK's path still.
		x := explainPaste(t, `[2024-01-01 10:00:00] production.ERROR: Payment failed {"exception":"[object] (Exception(code: 0): Payment failed at \/srv\/app\/vendor\/stripe\/stripe-php\/lib\/ApiRequestor.php:123)"}`)
		if assert.NotEmpty(t, x.Alternatives) {
			assert.Equal(t, "stripe", x.Alternatives[0].ID, "the escaped path points to Stripe")
		}
		x = explainPaste(t, `[2024-01-01 10:00:00] production.ERROR: Payment failed {"exception":"[object] (Exception(code: 0): Payment failed at \/srv\/app\/vendor\/acme\/pay-php\/lib\/ApiRequestor.php:123)"}`)
		assert.Empty(t, x.Alternatives, "another library's path points nowhere")
		// Words near them that are anyone's.
		for _, paste := range []string{
			"Error: Argument \"intent\" must be a string, but got: undefined",
			"Automatic tax calculation failed: the address is not valid",
			"Error: quantity should not be specified for this item",
		} {
			assert.Equal(t, "", providerOf(explainPaste(t, paste)), paste)
		}
	})
	t.Run("a subscription or a charge in a state no request can change", func(t *testing.T) {
		for _, paste := range []string{
			"Stripe::InvalidRequestError: You cannot update a subscription that is `canceled` or `incomplete_expired`.",
			"Stripe::InvalidRequestError: A canceled subscription can only update its cancellation_details.",
			"Stripe::InvalidRequestError: Charge ch_3Ox2aBC4dEfGhIjK has been charged back; cannot issue a refund.",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "stripe", providerOf(x), paste)
			assert.Equal(t, "none", string(x.Retry.Strategy), paste)
		}
		// A token redeemed already wants a new one, not nothing.
		x := explainPaste(t, `connectInternetReader error: {"code": "PAYMENT_ERROR.DECLINED_BY_STRIPE_API", "message": "The Stripe Terminal ConnectionToken has already been redeemed. Please generate a new one using v1/terminal/connection_tokens."}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("an error page's title or a Markdown heading over the message", func(t *testing.T) {
		x := explainPaste(t, "## Error in v3\n\n**Stripe::InvalidRequestError** in **HandleStripeWebhookJob@default**\nA canceled subscription can only update its cancellation_details.\n\n## Stacktrace\n\n    app/jobs/handle_stripe_webhook_job.rb:17 - perform")
		assert.Equal(t, "A canceled subscription can only update its cancellation_details.", x.Message)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// A heading alone still says what failed.
		x = explainPaste(t, "# Erro CPT01-SM75VCWRMWMR no checkout")
		assert.Contains(t, x.Message, "CPT01-SM75VCWRMWMR")
		assert.True(t, markdownHeading("### Error"))
		assert.False(t, markdownHeading("#Error"))
		assert.False(t, markdownHeading("####### seven"))
	})
	t.Run("any API's status and code, written its way", func(t *testing.T) {
		x := explainPaste(t, `{"Code": "400 Bad Request", "Id": "---", "Message": "Consent validation failed. ", "Errors": [{"ErrorCode": "UK.OBIE.Field.Unexpected", "Message": "Consent validation failed because of invalid data. "}]}`)
		assert.Equal(t, "UK.OBIE.Field.Unexpected", x.Code)
		assert.True(t, statusPhrase("503 Service Unavailable"))
		assert.False(t, statusPhrase("400"))
		assert.False(t, statusPhrase("200 OK"))
		assert.False(t, statusPhrase("404 items: 3"))
		x = explainPaste(t, "`App \\ Worldpay \\ Lib \\ WorldpayException (400)\nError parsing json, please check json request`")
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, "  < Response 401\n  ================== Response Body ==================\n  An error occured in OAuth security policy handler")
		assert.Equal(t, 401, x.HTTPStatus)
		// A duration in brackets after an exception is no status.
		x = explainPaste(t, "TimeoutException (5000 ms): the gateway did not answer")
		assert.NotEqual(t, 500, x.HTTPStatus)
	})
	t.Run("a review's look-alikes", func(t *testing.T) {
		// Other companies' SDKs forked from Stripe's, other billing APIs' sentences, apps'
		// own words: no provider, and no final state read into them.
		for _, paste := range []string{
			"Error: Telnyx: Argument \"id\" must be a string, but got: undefined (on API request to `GET /v2/phone_numbers/{id}`)",
			"com.atlan.exception.InvalidRequestException: ATLAN-JAVA-400-020 Invalid null ID found for url path formatting. This can be because your string ID argument to the API method is null, or the ID field in your Atlan object instance is null.",
			`{"error": {"message": "You cannot update a subscription that is paused. Resume it first."}}`,
			"ChargeBee::InvalidRequestError: You cannot update a subscription that is cancelled.",
			`{"error":"Missing customer. Please include the Customer in the request body."}`,
			`{"message":"Resource not accessible by integration. Having the 'contents:write' permission would allow this request to continue."}`,
			"⚠️  Webhook signature verification failed. Paddle-Signature header did not match",
			"Error produced trying to parse async response from https://api.acme.io/v1/jobs/77: Unexpected token <",
			"start_date and end_date are required in the recurring payments scheme of your bank",
		} {
			x, err := Explain([]byte(paste), Options{})
			if err == nil {
				assert.Equal(t, "", providerOf(x), paste)
			}
		}
		x := explainPaste(t, "Error 400: Cannot update a subscription that is scheduled for cancellation. Undo the cancellation first.")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A gift card redeemed is used up; a token redeemed wants a new one.
		x = explainPaste(t, "Error: Gift card GC-4411 has already been redeemed.")
		assert.NotEqual(t, "fix", string(x.Retry.Strategy))
		// Numbers after other exceptions are no HTTP statuses.
		for _, paste := range []string{
			"System.Data.SqlClient.SqlException (515): Cannot insert the value NULL into column 'Id'",
			"System.ComponentModel.Win32Exception (487): Attempt to access invalid address.",
			"Retrying after TimeoutException (500) attempts exhausted",
			"< Response 418 bytes received from the gateway, error in body",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Equal(t, 0, x.HTTPStatus, paste)
			}
		}
		x = explainPaste(t, "GuzzleHttp\\Exception\\ClientException (422): Client error from the gateway")
		assert.Equal(t, 422, x.HTTPStatus)
		// A heading that says what failed is the message; a title's lead-in passes it on.
		x = explainPaste(t, "# Stripe::CardError: Your card was declined.\nexcept stripe.error.CardError as e:\n    print(e)")
		assert.Equal(t, "card_declined", x.Code)
		x = explainPaste(t, "Stripe::CardError in PaymentsController#create\n## Your card was declined.")
		assert.Equal(t, "Your card was declined.", x.Message)
		x = explainPaste(t, "ActionView::Template::Error in Orders#show\nShowing /app/views/orders/show.html.erb where line #12 raised:\nundefined method `amount' for nil:NilClass")
		assert.Contains(t, x.Message, "undefined method")
	})
	t.Run("Adyen's result beside refusal code 0, and its test-only detail", func(t *testing.T) {
		x := explainPaste(t, `{"pspReference": "6222333444555646", "refusalReason": "CANCELLED", "resultCode": "Cancelled", "refusalReasonCode": "0", "merchantReference": "1.1"}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "Cancelled", x.Code)
		// A refusal's own code stays the code.
		x = explainPaste(t, `{"pspReference": "6222333444555646", "refusalReason": "Not enough balance", "resultCode": "Refused", "refusalReasonCode": "12"}`)
		assert.Equal(t, "12", x.Code)
		x = explainPaste(t, "NETWORK_ERROR: Missing payment method details: issuer [This error message is only provided on TEST, this error will be a 500 Internal Error on LIVE.]")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy), "what it would be on LIVE is not what this one is")
	})
	t.Run("more request ids and marks", func(t *testing.T) {
		x := explainPaste(t, "{ status: 400,\n  body: { error: 'invalid_grant', error_description: 'Token invalid' },\n  headers:\n   { date: 'Tue, 10 Mar 2020 10:00:00 GMT',\n     intuit_tid: '6a115e25-544e-489d-9d90-25c4c5c9f466' } }")
		assert.Equal(t, "6a115e25-544e-489d-9d90-25c4c5c9f466", x.RequestID)
		x = explainPaste(t, `{"error":{"code":null,"message":"The account acct_1IOOHePYtRoZR4Rg has been deleted, so we can't complete this action. Please let us know via https://support.stripe.com/contact if you think this was a mistake."}}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "none", string(x.Retry.Strategy))
	})
	t.Run("a code on the first line over its message, one provider's", func(t *testing.T) {
		x := explainPaste(t, "parameter_missing - payment_method\nThe payment_method parameter supplied pm_123 belongs to the Customer cus_456. Please include the Customer in the customer parameter on the PaymentIntent.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "parameter_missing", x.Code)
		// A code several providers document, over anything, is anyone's (a second review's).
		x = explainPaste(t, "not_found - invoice\nThe invoice service could not find it: 404 Not Found")
		assert.NotEqual(t, "not_found", x.Code)
	})
	t.Run("W3C's traceparent among the headers a client says it got", func(t *testing.T) {
		x := explainPaste(t, "[INTER] Response status: 400\n[INTER] Response headers: Headers {\n  traceparent: '00-72555a00aff2919ac0f603dce306a458-14fa70b32ce7602f-00',\n  date: 'Mon, 04 Aug 2025 17:26:11 GMT',\n  'content-length': '0'\n}\n[INTER] Error response body:")
		assert.Equal(t, "00-72555a00aff2919ac0f603dce306a458-14fa70b32ce7602f-00", x.RequestID)
		// The API's own id comes first.
		x = explainPaste(t, `HTTP/1.1 400 Bad Request`+"\n"+`X-Request-Id: 3f1c2a9e-5b7d-4c1e-9a2b-8d7e6f5a4b3c`+"\n\n"+`{"error": "invalid", "traceparent": "00-72555a00aff2919ac0f603dce306a458-14fa70b32ce7602f-00"}`)
		assert.Equal(t, "3f1c2a9e-5b7d-4c1e-9a2b-8d7e6f5a4b3c", x.RequestID)
		// The headers a client sent are not the answer's: a request's, a fetch's under a
		// variable named response, axios's config.
		for _, paste := range []string{
			"[INTER] Request headers: Headers {\n  traceparent: '00-72555a00aff2919ac0f603dce306a458-14fa70b32ce7602f-00'\n}\n[INTER] Response status: 400",
			"const response = await fetch(url, { headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } })\nError: HTTP 500",
			"AxiosError: Request failed with status code 502\n  response: { status: 502, config: { headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } } }",
		} {
			assert.Equal(t, "", explainPaste(t, paste).RequestID, paste)
		}
	})
	t.Run("no bank by a common name, no provider by a class others name too", func(t *testing.T) {
		// A second review's: "Inter API" is inter-service APIs', Google Fonts' Inter's and a
		// football club's; MerchantOrderClient is Stone's and iFood's classes too; DICT any
		// program's word.
		for _, paste := range []string{
			"ERROR gateway: API Inter-service call to billing failed with 503 Service Unavailable",
			"Inter API call to ledger-service timed out: 504 Gateway Timeout",
			"Football-data API Inter Milan fixtures: 429 Too Many Requests",
			"ERROR c.a.o.MerchantOrderClient - call to order-service failed: 503 Service Unavailable",
			"ERROR 500: failed to load DICT table from redis",
			"KeyError: DICT lookup failed with status 404",
		} {
			assert.Equal(t, "", providerOf(explainPaste(t, paste)), paste)
		}
	})
	t.Run("one provider's code in brackets after its message in quotes", func(t *testing.T) {
		x := explainPaste(t, `### Erro: "A chave de API informada não pertence a este ambiente" (invalid_environment)`)
		assert.Equal(t, "asaas", providerOf(x))
		assert.Equal(t, "invalid_environment", x.Code)
		// A sentence's own words in brackets are no code, nor words no provider documents.
		for _, paste := range []string{"Upload failed: the server rejected the file (bad_request)", "Too many requests, slow down please: 429 (rate_limit)", `Erro: "a chave informada não pertence a este ambiente" (ambiente_errado)`} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotContains(t, []string{"bad_request", "rate_limit", "ambiente_errado"}, x.Code, paste)
			}
		}
	})
	t.Run("batch 220's: a numeric ResultCode under a Status that failed", func(t *testing.T) {
		x := explainPaste(t, `{"Id": "13954901", "Status": "FAILED", "PaymentStatus": "CANCELED", "ResultCode": "009199", "ResultMessage": "PSP technical error", "SecureMode": "DEFAULT"}`)
		assert.Equal(t, "009199", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		// A success's ResultCode is no error's.
		assert.Equal(t, "", failedResultCode(&object{members: []member{{key: "Status", val: "SUCCEEDED"}, {key: "ResultCode", val: "000000"}, {key: "ResultMessage", val: "Success"}}}))
		assert.Equal(t, "", failedResultCode(&object{members: []member{{key: "Status", val: "FAILED"}, {key: "ResultCode", val: "000000"}, {key: "ResultMessage", val: "Success"}}}))
	})
}
