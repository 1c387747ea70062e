package decode

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersThirtyEighthBatch: what batches 169 to 172 of real pastes (libraries' and
// SDKs' recorded responses, applications' cassettes) asked for, each beside a look-alike
// that must not trigger it.
func TestReadersThirtyEighthBatch(t *testing.T) {
	t.Run("an EBANX card check the acquirer refused", func(t *testing.T) {
		x := explainPaste(t, `{"status":"SUCCESS","payment_type_code":"discover","card_verification":{"transaction_status":{"code":"NOK", "description":"Not accepted"}, "transaction_type":"GHOST AUTHORIZATION"}}`)
		assert.Equal(t, "ebanx", providerOf(x))
		assert.Equal(t, "NOK", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"status":"SUCCESS","payment_type_code":"discover","card_verification":{"transaction_status":{"code":"OK", "description":"Accepted"}, "transaction_type":"GHOST AUTHORIZATION"}}`), Options{})
		assert.Error(t, err, "an accepted card")
	})
	t.Run("PayPal's v1 error named by its information link", func(t *testing.T) {
		x := explainPaste(t, `{'error': 'validation', 'message': 'Invalid request - see details', 'debug_id': 'b8ef6b0aa6329', 'information_link': 'https://developer.paypal.com/webapps/developer/docs/api/#VALIDATION_ERROR'}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "VALIDATION_ERROR", x.Code)
		assert.Equal(t, "b8ef6b0aa6329", x.RequestID)
		x = explainPaste(t, `{"error": "invalid_client", "error_description": "Client Authentication failed", "information_link": "https://developer.paypal.com/docs/api/overview/"}`)
		assert.Equal(t, "invalid_client", x.Code, "a link with no error named in it")
	})
	t.Run("a PayPal payout item's errors object", func(t *testing.T) {
		x := explainPaste(t, `{"payout_item_id": "VHBFGN95AWV82", "transaction_status": "RETURNED", "errors": {"name": "RECEIVER_UNREGISTERED", "message": "Receiver is unregistered", "information_link": "https://developer.paypal.com/docs/api/#RECEIVER_UNREGISTERED"}}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "RECEIVER_UNREGISTERED", x.Code)
	})
	t.Run("Stripe Connect OAuth's own words", func(t *testing.T) {
		x := explainPaste(t, `{"error": "invalid_grant", "error_description": "This authorization code has already been used. All tokens issued with this code have been revoked."}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "invalid_grant", x.Code)
		x = explainPaste(t, `{"error": "invalid_client", "error_description": "No authentication was provided. Send your secret API key using the Authorization header, or as a client_secret POST parameter."}`)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, `{"error": "invalid_grant", "error_description": "The refresh token is invalid."}`)
		assert.Equal(t, "", providerOf(x), "OAuth's envelope alone is anybody's")
	})
	t.Run("Adyen's Payments App API error type", func(t *testing.T) {
		x := explainPaste(t, `{"status": 500, "errorCode": "PA002", "message": "An internal server error occurred.", "errorType": "api"}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "PA002", x.Code)
		x = explainPaste(t, `{"errorCode": "PA002", "errorType": "api"}`)
		assert.Equal(t, "", providerOf(x), "the type alone, without the envelope's status and message")
	})
	t.Run("PagSeguro's errors printed by print_r, the code a number", func(t *testing.T) {
		x := explainPaste(t, "Array\n(\n    [errors] => Array\n        (\n            [error] => Array\n                (\n                    [code] => 13021\n                    [message] => the requested operation does not support the requested transaction because it's status is: ABANDONED\n                )\n\n        )\n\n)\n")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "13021", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		x = explainPaste(t, "Array\n(\n    [errors] => Array\n        (\n            [error] => Array\n                (\n                    [code] => 42\n                    [message] => the cart is empty\n                )\n\n        )\n\n)\n")
		assert.Equal(t, "", providerOf(x), "not five digits")
	})
	t.Run("Adyen's Terminal API answers that failed", func(t *testing.T) {
		nexo := `{"SaleToPOIResponse": {"MessageHeader": {"ProtocolVersion": "3.0", "MessageClass": "Service", "MessageCategory": "Payment", "MessageType": "Response", "ServiceID": "001", "SaleID": "001", "POIID": "MX915-284251016"}, "PaymentResponse": {"Response": {"Result": "%s", %s"AdditionalResponse": "%s"}}}}`
		x := explainPaste(t, fmt.Sprintf(nexo, "Failure", `"ErrorCondition": "UnreachableHost", `, "message=Terminal+is+not+reachable"))
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "UnreachableHost", x.Code)
		assert.Equal(t, "Terminal is not reachable", x.Message)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, fmt.Sprintf(nexo, "Failure", `"ErrorCondition": "Refusal", `, "refusalReason=210+Not+enough+balance&message=Not+enough+balance"))
		assert.Equal(t, "Refusal", x.Code)
		assert.Equal(t, "210 Not enough balance", x.Message, "the refusal reason before the message")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, fmt.Sprintf(nexo, "Failure", `"ErrorCondition": "InProgress", `, "message=In+progress"))
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "another transaction's outcome is not known yet")
		_, err := Explain([]byte(fmt.Sprintf(nexo, "Success", "", "tid=43224580")), Options{})
		assert.Error(t, err, "a payment the terminal approved")
		x = explainPaste(t, `{"SaleToPOIRequest": {"MessageHeader": {"MessageCategory": "Event", "MessageClass": "Event", "MessageType": "Notification"}, "EventNotification": {"EventToNotify": "Reject", "EventDetails": "message=Failed+to+send+message+to+POI"}}}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "Failed to send message to POI", x.Message)
		_, err = Explain([]byte(`{"SaleToPOIRequest": {"MessageHeader": {"MessageCategory": "Event"}, "EventNotification": {"EventToNotify": "Shutdown", "EventDetails": "message=Closing"}}}`), Options{})
		assert.Error(t, err, "an event that rejects nothing")
	})
	t.Run("a review's look-alikes", func(t *testing.T) {
		x := explainPaste(t, "Request failed with status code 512")
		assert.Equal(t, 512, x.HTTPStatus, "a status the text names as one")
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		x = explainPaste(t, "{httpStatus=502 BAD_GATEWAY, message=Payment provider unreachable}")
		assert.Equal(t, 502, x.HTTPStatus, "Spring's HttpStatus printed by Java's Map.toString stays a status")
		x = explainPaste(t, `{"code": 510, "message": "Payout is not pending"}`)
		assert.Equal(t, 0, x.HTTPStatus, "dLocal's payout codes are no statuses")
		x = explainPaste(t, `{"message":"Database transaction is already closed","code":"INTERNAL_ERROR"}`)
		assert.NotEqual(t, "none", string(x.Retry.Strategy), "a database's transaction, not a payment's")
		x = explainPaste(t, `POST https://api.acme-shipping.com/v2/labels returned {"errors":{"name":"INTERNAL_SERVER_ERROR","message":"Server error","information_link":"https://docs.acme-shipping.com/errors"}}`)
		assert.Equal(t, "", providerOf(x), "another API's errors object")
		x = explainPaste(t, `{"SaleToPOIRequest":{"MessageHeader":{},"EventNotification":{"EventToNotify":"Reject","EventDetails":"message=Did+not+receive+a+response+from+the+POI."}}}`)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "the terminal never answered: the outcome is unknown")
		_, ok := statusInText("Error: customers get a 500 points bonus but payment failed")
		assert.False(t, ok, "points, not a status")
	})
	t.Run("an HTTP reason phrase in capitals is anybody's code", func(t *testing.T) {
		x := explainPaste(t, `{ "error_code" : "UNPROCESSABLE_ENTITY", "error_messages" : ["'refunded_amount' may not be null"], "correlation_id" : "123-123-123" }`)
		assert.Equal(t, "", providerOf(x), "Klarna's body, not PayPal's")
		assert.Equal(t, "UNPROCESSABLE_ENTITY", x.Code)
		x = explainPaste(t, `{"name": "UNPROCESSABLE_ENTITY", "message": "The requested action could not be performed, semantically incorrect, or failed business validation.", "debug_id": "90957fca61718"}`)
		assert.Equal(t, "paypal", providerOf(x), "PayPal's own envelope")
	})
	t.Run("an API's own trace header before Cloudflare's ray, in a cassette", func(t *testing.T) {
		x := explainPaste(t, "    response:\n      status:\n        code: 422\n        message: Unprocessable Entity\n      headers:\n        X-Trace-Id:\n          - e12ec7778542b4e3\n        Cf-Ray:\n          - 814f312ebf7a88af-LHR\n      body:\n        encoding: UTF-8\n        string: '{\"errors\":[{\"code\":\"NOT_VALID\",\"message\":\"Please enter the name.\"}]}'\n")
		assert.Equal(t, "e12ec7778542b4e3", x.RequestID)
		x = explainPaste(t, "    response:\n      status:\n        code: 500\n        message: Internal Server Error\n      headers:\n        Cf-Ray:\n          - 814f312ebf7a88af-LHR\n      body:\n        encoding: UTF-8\n        string: '{\"error\":\"boom\"}'\n")
		assert.Equal(t, "814f312ebf7a88af-LHR", x.RequestID, "the ray when nothing names the request better")
	})
}
