package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersThirtyFourthBatch: what batches 145 to 150 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersThirtyFourthBatch(t *testing.T) {
	t.Run("a log of two answers, the first a success with Success capitalised", func(t *testing.T) {
		log := "I/System.out: SDK: === Got server response: {\"Success\":true,\"ErrorCode\":\"0\",\"Status\":\"NEW\",\"PaymentId\":\"930560717\"}\n" +
			"I/System.out: SDK: === Got server response: {\"Success\":false,\"ErrorCode\":\"9999\",\"Message\":\"Неверные параметры.\",\"Details\":\"Поле Token не должно быть пустым.\"}\n"
		x := explainPaste(t, log)
		assert.Equal(t, "9999", x.Code, "the failing answer, not the success before it")
		_, err := Explain([]byte(`{"Success":true,"ErrorCode":"0","Status":"NEW"}`+"\n"+`{"Success":true,"ErrorCode":"0","Status":"CONFIRMED"}`), Options{})
		assert.ErrorContains(t, err, "reports success", "two successes are no error")
		// A review's look-alikes: a payment whose state failed, and a wrapper's Success false
		// around a network failure.
		x = explainPaste(t, `{"Success":true,"ErrorCode":"0","TerminalKey":"1611746DEMO","Status":"REJECTED","PaymentId":"2304882"}`)
		assert.Equal(t, "0", x.Code, "GetState's REJECTED is a failed payment")
		x = explainPaste(t, `{"Success": false, "Message": "Failed to connect to api.example.com port 443: Connection refused", "Data": null, "Errors": null}`)
		assert.Equal(t, "ECONNREFUSED", x.Code)
	})
	t.Run("WordPress's WP_Error as JSON around cURL's failure to connect", func(t *testing.T) {
		x := explainPaste(t, `Response message: {"errors":{"http_request_failed":["cURL error 28: Failed to connect to api.klarna.com port 443: Connection timed out"]},"error_data":[]}`)
		assert.Equal(t, "cURL error 28", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "nothing was sent: the connection never opened")
		x = explainPaste(t, `{"errors":{"amount":["must be greater than 0"]},"error_data":[]}`)
		assert.Equal(t, "", x.Code, "a field's message is no network failure")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		for _, paste := range []string{
			`{"errors":{"base":["Your session timed out. Please start checkout again."]}}`,
			`{"message":"Payment failed","data":{"reason":"Connection reset by issuer"}}`,
			`{"success":false,"message":"Payment failed","errors":["3-D Secure authentication timed out, please try again"]}`,
		} {
			x = explainPaste(t, paste)
			assert.Equal(t, "fix", string(x.Retry.Strategy), "%s: the API's own words, not a network failure", paste)
		}
	})
	t.Run(".NET's kept-alive connection closed by the server", func(t *testing.T) {
		x := explainPaste(t, "ERROR The underlying connection was closed: A connection that was expected to be kept alive was closed by the server.\nException: System.Net.WebException")
		assert.Equal(t, "ECONNRESET", x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "the request may have been processed")
		x = explainPaste(t, "The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.")
		assert.NotEqual(t, "ECONNRESET", x.Code, "a certificate it did not trust: nothing was sent")
	})
	t.Run("Stripe's own words for inactive prices and products and a captured PaymentIntent", func(t *testing.T) {
		for _, paste := range []string{
			"An error occured: The price specified is inactive. This field only accepts active prices.",
			"Error: The product pr_1CDFAAKUxX is marked as inactive, and thus no new subscriptions can be create to any plans of this product.",
			`"This PaymentIntent could not be captured because it has already been captured"`,
		} {
			assert.Equal(t, "stripe", providerOf(explainPaste(t, paste)), paste)
		}
		assert.Equal(t, "", providerOf(explainPaste(t, "Error: the price specified is inactive")), "words any shop may write")
	})
	t.Run("PayPal's v1 refund of a refunded sale", func(t *testing.T) {
		x := explainPaste(t, `Got Http response code 400 when accessing https://api.sandbox.paypal.com/v1/payments/sale/01D13306K5733334L/refund. {"name":"TRANSACTION_ALREADY_REFUNDED","message":"Refund refused. Refund was already issued for transaction.","information_link":"https://developer.paypal.com/docs/api/payments/#errors","debug_id":"577c51fb5a681"}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "TRANSACTION_ALREADY_REFUNDED", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy), "a refunded sale is never refunded twice")
	})
	t.Run("a Node dump whose last member closes it on its line", func(t *testing.T) {
		x := explainPaste(t, "{ [MangoPayError: Unknow error code]\n  name: 'MangoPayError',\n  message: 'Unknow error code',\n  code: '001034' }")
		assert.Equal(t, "001034", x.Code)
		x = explainPaste(t, "{ name: 'ApiError',\n  message: 'Invalid amount',\n  code: 'AMOUNT_INVALID' }")
		assert.Equal(t, "AMOUNT_INVALID", x.Code)
	})
	t.Run("a status before Server Error or status code, after a number that is none", func(t *testing.T) {
		x := explainPaste(t, "Collection.php:219 Request to pay transaction - unsuccessful. [CollectionRequestException] RequestException.php:113 Server error: POST https://example.azure-api.net/collection/v1_0/requesttopay resulted in a 500 Server Error response (500)")
		assert.Equal(t, 500, x.HTTPStatus)
		x = explainPaste(t, "Facing 500 status code when using $collection->getTransaction($transactionId).")
		assert.Equal(t, 500, x.HTTPStatus)
		for _, paste := range []string{
			"Error: the checker ran 12500 status code checks and failed", // the end of a longer number
			"Failed to connect to api.stripe.com port 443 status code 0", // a port, and the status code's own number after
			"Order 512 status code: DECLINED",
			"Charge 1234 amount 450 status code 51 (insufficient funds)",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Equal(t, 0, x.HTTPStatus, paste)
			}
		}
	})
	t.Run(".NET's status name leading an SDK's message", func(t *testing.T) {
		x := explainPaste(t, `BadRequest, category: 1, code: 7: {"code":7,"category":1,"message":"DECLINE","reference":null}`)
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, `BadRequestError: {"code":7,"category":1,"message":"DECLINE"}`)
		assert.NotEqual(t, 400, x.HTTPStatus, "an error class's name, not .NET's status")
		x = explainPaste(t, "Unauthorized, card not authorized by issuer (ReturnCode 57)")
		assert.NotEqual(t, 401, x.HTTPStatus, "a word of its own: the issuer's decline")
	})
	t.Run("PayPal as people write it, and a code after Errors", func(t *testing.T) {
		x := explainPaste(t, "Paypal EC Funding Source Errors 10422 or 10486")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10422", x.Code)
		x = explainPaste(t, "Error: PayPal error 10426 occurs when coupon is applied on the cart page")
		assert.Equal(t, "10426", x.Code, "a code the sentence goes on after")
		x = explainPaste(t, "Error: Retrying, error 1 of 3 failed: connection refused")
		assert.NotEqual(t, "1", x.Code, "a count, not a code")
		for _, paste := range []string{"Import finished. processed: 120, errors: 3 (PayPal)", "Validation failed: errors 2 of 5 fields invalid", "There were errors 10 times today with PayPal"} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Equal(t, "", x.Code, "%s: a count of errors", paste)
			}
		}
	})
	t.Run("Cielo's and Stripe's messages for a code", func(t *testing.T) {
		x := explainPaste(t, "Cartao de Credito - Transaction not available to capture\n\nTenho recebido somente esse erro (codigo 308) quanto tento capturar a venda.")
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, "none", string(x.Retry.Strategy))
		x = explainPaste(t, `same problem here: "Your card does not support this type of purchase."`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_not_supported", x.Code)
		assert.Equal(t, "", providerOf(explainPaste(t, "Error: this type of purchase is not supported by the shop")), "words any shop may write")
	})
}
