package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersThirtySeventhBatch: what batches 163 to 168 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersThirtySeventhBatch(t *testing.T) {
	t.Run("Stripe's missing param, not an app's missing parameters", func(t *testing.T) {
		x := explainPaste(t, "Error: Missing required param: amount.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "parameter_missing", x.Code)
		x = explainPaste(t, "[INTER] Bad Request - possible causes:\n[INTER]   - Missing required parameters\n[INTER] Error 400: \n")
		assert.Equal(t, "", providerOf(x), "an app's own list of causes")
	})
	t.Run("Stripe's words in another gateway's envelope", func(t *testing.T) {
		x := explainPaste(t, `{"error":"Payment failed","detail":"Your card's expiration year is invalid."}`)
		assert.Equal(t, "", providerOf(x), "Trexle's answer: Stripe's error member is an object")
		x = explainPaste(t, "ERROR -- omniauth: (stripe_connect) Authentication failure! invalid_credentials: OAuth2::Error, <invalid_client: No such API key: Bearer\n{\n  \"error\": \"invalid_client\",\n  \"error_description\": \"No such API key: Bearer\">")
		assert.Equal(t, "stripe", providerOf(x), "Stripe Connect's OAuth writes its error as a code")
		x = explainPaste(t, `{"level": "error", "timestamp": "2025-04-27 18:46:18", "error": "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'k1' if you meant to execute a different request.", "detail": "charge", "message": "Stripe payment processing error:"}`)
		assert.Equal(t, "stripe", providerOf(x), "a logger's record keeping Stripe's message under error")
	})
	t.Run("a small body whose numeric code is an error status", func(t *testing.T) {
		x := explainPaste(t, `{"code":404,"message":"Order not Found"}`)
		assert.Equal(t, 404, x.HTTPStatus)
		x = explainPaste(t, `{"code":"404","message":"Order not Found"}`)
		assert.Equal(t, 0, x.HTTPStatus, "a code written as a string may be a provider's own")
		x = explainPaste(t, `{"code":515,"message":"Declined"}`)
		assert.Equal(t, 0, x.HTTPStatus, "no server sends a 515")
	})
	t.Run("Banco do Brasil's occurrence id", func(t *testing.T) {
		x := explainPaste(t, `{"erros": [{"codigo": "4769515", "versao": "1", "mensagem": "Não há informações para os dados informados.", "ocorrencia": "CHOM00000062715498140101"}]}`)
		assert.Equal(t, "CHOM00000062715498140101", x.RequestID)
	})
	t.Run("Google Cloud Logging's jsonPayload", func(t *testing.T) {
		x := explainPaste(t, `{"jsonPayload": {"capture": false, "amount": 6999, "error": {"doc_url": "https://stripe.com/docs/error-codes/card-declined", "decline_code": "invalid_amount", "headers": {"request-id": "req_qaM0zK8YX8uJ35"}, "raw": {"statusCode": 402, "advice_code": "try_again_later"`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code, "a decline code comes only with card_declined")
		assert.Equal(t, 402, x.HTTPStatus)
		assert.Equal(t, "req_qaM0zK8YX8uJ35", x.RequestID)
		assert.Equal(t, "wait", string(x.Retry.Strategy), "stripe-node's raw keeps the advice_code")
		_, err := Explain([]byte(`{"jsonPayload": {"message": "order shipped", "orderId": 12}}`), Options{})
		assert.Error(t, err, "a log entry with no error")
	})
	t.Run("a Monolog exception with code 0 names its code in the message", func(t *testing.T) {
		x := explainPaste(t, `request.CRITICAL: Uncaught PHP Exception Swag\PayPal\RestApi\Exception\PayPalApiException: "The error "INTERNAL_SERVER_ERROR" occurred with the following message: An internal server error has occurred." at AbstractClient.php line 192 {"exception":"[object] (Swag\\PayPal\\RestApi\\Exception\\PayPalApiException(code: 0): The error \"INTERNAL_SERVER_ERROR\" occurred with the following message: An internal server error has occurred. at /var/www/custom/plugins/SwagPayPal/src/RestApi/Client/AbstractClient.php:192)"} []`)
		assert.Equal(t, "INTERNAL_SERVER_ERROR", x.Code)
		assert.Equal(t, "paypal", providerOf(x))
		x = explainPaste(t, `[2024-01-01 10:00:00] production.ERROR: boom {"exception":"[object] (RuntimeException(code: 0): The error happened while saving the cart at /var/www/app/Cart.php:12)"} []`)
		assert.Equal(t, "", x.Code, "no code in the words")
	})
	t.Run("a reason phrase cut off at the end of its line", func(t *testing.T) {
		s, ok := statusWithReason("paypal.error: client error: `get https://api-m.paypal.com/v2/checkout/orders/2835128731432205a` resulted in a `404 not foun")
		assert.True(t, ok)
		assert.Equal(t, 404, s)
		_, ok = statusWithReason("we shipped 404 no items today")
		assert.False(t, ok, "too short a start of a phrase")
	})
	t.Run("PayPal's 422 message, and the code its link names", func(t *testing.T) {
		x := explainPaste(t, "Payments.PayPalCommerce error:\nThe requested action could not be performed, semantically incorrect, or failed business validation: Authorization has been previously voided and hence cannot be voided again")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "UNPROCESSABLE_ENTITY", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy), "voided before: a final state")
		x = explainPaste(t, "[UNPROCESSABLE_ENTITY] The requested action could not be performed, semantically incorrect, or failed business validation. https://developer.paypal.com/docs/api/orders/v2/#error-PAYMENT_DENIED")
		assert.Equal(t, "PAYMENT_DENIED", x.Code, "the link's issue is the code")
	})
	t.Run("a duplicate that already exists", func(t *testing.T) {
		x := explainPaste(t, `{"invalidFields": [{"errorCode": 28, "errorDescription": "Account holder already exists with the accountHolderCode: GENERATE_CODE", "fieldType": {"field": "accountHolderCode"}}], "pspReference": "8815813233102537"}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "28", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		assert.Equal(t, "8815813233102537", x.RequestID)
		x = explainPaste(t, `{"invalidFields": [{"errorCode": 1, "errorDescription": "Field 'country' is missing", "fieldType": {"field": "country"}}], "pspReference": "8815813233102538"}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("an ISO 8601 instant in Java's Map.toString", func(t *testing.T) {
		r, ok := parseLenient("{created_date=2018-12-06T20:22:40.000+0000, status=REJECTED, status_code=300}", 0)
		require.True(t, ok)
		o := r.value.(*object)
		assert.Equal(t, "2018-12-06T20:22:40.000+0000", o.get("created_date"))
		assert.Equal(t, "REJECTED", o.get("status"))
	})
}
