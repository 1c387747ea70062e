package decode

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersFortyNinthBatch: what batches 221 and 222 of real pastes asked for, each
// beside a look-alike that must not trigger it, and the cheaper reading of hostile
// bodies that came with them.
func TestReadersFortyNinthBatch(t *testing.T) {
	t.Run("Stripe's sentences, whole", func(t *testing.T) {
		x := explainPaste(t, "I am getting an error: You must provide at least one recurring price in `subscription` mode when using prices.")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, `Error is: "We are unable to authenticate your payment method. Please choose a different payment method and try again."`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "payment_intent_authentication_failure", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy), "a new payment method, not the same one later")
		x = explainPaste(t, "[2025-10-07 13:24:17] local.ERROR: This PaymentIntent's amount could not be updated because it has a status of canceled. You may only update the amount of a PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation.")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "You cannot create a charge on a connected account without the card_payments capability enabled.")
		assert.Equal(t, "stripe", providerOf(x))
		// Words that come close are anyone's.
		x = explainPaste(t, "Error: you must provide at least one price when creating the plan.")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "Error: we are unable to process your payment. Please try again.")
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("a Google Cloud log entry whose message holds the API's body", func(t *testing.T) {
		x := explainPaste(t, "{\n  \"insertId\": \"abc\",\n  \"jsonPayload\": {\n    \"L\": \"ERROR\",\n    \"T\": \"2022-05-06T06:22:39.521Z\",\n    \"N\": \"payments\",\n"+
			`    "M": "Request error from Stripe (status 400): {\"code\":\"parameter_invalid_empty\",\"status\":400,\"message\":\"You passed an empty string for 'code'.\",\"request_id\":\"req_5Gx1dG9rELl886\",\"type\":\"invalid_request_error\"}"`+"\n  }\n}")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "parameter_invalid_empty", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "req_5Gx1dG9rELl886", x.RequestID)
		// An entry whose message holds no body is read as the entry it is.
		_, err := Explain([]byte(`{"insertId": "abc", "jsonPayload": {"L": "INFO", "M": "charge created {\"id\": \"ch_1\", \"paid\": true}"}}`), Options{})
		assert.Error(t, err)
	})
	t.Run("a card reported lost or stolen is never tried again; another card is a fix", func(t *testing.T) {
		x := explainPaste(t, `{"object":"error","type":"card_error","code":"card_declined","decline_code":"lost_card","merchant_message":"Tarjeta perdida. La tarjeta fue bloqueada y reportada al banco emisor como una tarjeta perdida."}`)
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "none", string(x.Retry.Strategy))
		x = explainPaste(t, "Error: La operación ha sido denegada por la entidad emisora de tu tarjeta. Contáctate con el banco o intenta nuevamente con otra tarjeta.")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// Trying the same again later stays a backoff.
		x = explainPaste(t, "Error: El servicio no está disponible, intenta nuevamente.")
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
	})
	t.Run("a review's look-alikes", func(t *testing.T) {
		// Another card offered beside an outage or a timeout: the outage or the timeout decides.
		for paste, want := range map[string]string{
			`{"object":"error","type":"card_error","user_message":"El banco emisor de tu tarjeta no responde. Vuelve a realizar el pago en unos minutos o intenta nuevamente con otra tarjeta."}`: "backoff",
			"Error: Tiempo de espera agotado (timeout) al contactar al emisor. Intenta nuevamente con otra tarjeta.":                                                                              "check_first",
			"Error: Service unavailable, please try again with another card later":                                                                                                                "backoff",
			// "lost card" inside other words is no lost card.
			"Error: Lost cardholder session, please try again.":                         "backoff",
			"Error: Terminal lost card reader connection (timeout). Please retry.":      "check_first",
			"Error: Declined. The card has been reported lost or stolen by its issuer.": "none",
		} {
			assert.Equal(t, want, string(explainPaste(t, paste).Retry.Strategy), paste)
		}
		// Words any gateway or app could write about its PaymentIntents or currencies.
		x := explainPaste(t, "Payment failed: Your account currently supports these currencies: NGN, GHS, USD")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "Error: Airwallex returned 400: You can only confirm a PaymentIntent with one of the following statuses: requires_payment_method")
		assert.NotEqual(t, "stripe", providerOf(x))
		x = explainPaste(t, "Error occurred: C [Error]: Invalid currency: tnd. Stripe accounts in US do not support tnd.")
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("an id of the wrong shape, an issuer out of reach, a subscription that can not be created", func(t *testing.T) {
		x := explainPaste(t, "However, occasionally this exception is recorded:\n\n`Invalid checkout.session id: {CHECKOUT_SESSION_ID}`")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, `{"object":"error","type":"card_error","merchant_message":"Emisor no disponible. El banco que emitió la tarjeta no responde."}`)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, "\"Subscription can not be created with credit card payment method because customer dont have a valid card.\"")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// An id a caller names, and a method that is not there, are no such signs.
		x = explainPaste(t, "Error: Invalid session id: abc")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"object":"error","merchant_message":"Método de pago no disponible para este comercio."}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy), "a merchant's setting, not an outage")
	})
	t.Run("an array's error among its first items; a hostile array's tail is not asked about", func(t *testing.T) {
		items := strings.Repeat(`{"a":1},`, 10) + `{"code": 126, "message": "Credit Card Expiration Date is invalid"},` + strings.Repeat(`{"a":1},`, 500)
		x := explainPaste(t, "["+strings.TrimSuffix(items, ",")+"]")
		assert.Equal(t, "126", x.Code)
		// Thousands of small objects are read without a panic, and give a clear answer.
		_, err := Explain(append(append([]byte{'['}, bytes.Repeat([]byte(`{"a":1},`), 5000)...), `{"a":1}]`...), Options{})
		var nf *NoErrorFoundError
		require.ErrorAs(t, err, &nf)
	})
}
