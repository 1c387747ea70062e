package decode

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersThirtySixthBatch: what batches 157 to 162 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersThirtySixthBatch(t *testing.T) {
	t.Run("a long number that only one provider documents, alone in a short text", func(t *testing.T) {
		for paste, want := range map[string]string{
			"Estou tendo problemas com alguns clientes com o erro 53015.": "pagbank",
			"an error code 10486 is shown":                                "paypal",
			"Erro 11035":                                                  "pagbank",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, want, providerOf(x), paste)
		}
		for _, paste := range []string{
			"Error 53015 in line 12 of my script",                     // another system's number
			"MySQL error 20001 when inserting",                        // a database's
			"Exit code 13021",                                         // a program's
			"zip code 10486 is invalid",                               // an address's
			"Error 10000: something went wrong",                       // a round number is anybody's
			"Error 11004 while resolving the host",                    // Windows' WSANO_DATA, not PagSeguro's 11004
			"Falha: erro 11001 ao conectar",                           // Windows' WSAHOST_NOT_FOUND
			"The order 53015 could not be shipped: " + longWords(300), // a long text has room for other numbers
		} {
			assert.Equal(t, "", providerOf(explainPaste(t, paste)), paste)
		}
	})
	t.Run("a status after 'I get a'", func(t *testing.T) {
		x := explainPaste(t, `Sadly, I get a 400 "PAYMENT_STATE_INVALID" exception`)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "paypal", providerOf(x))
		_, ok := statusInText("we forget a 400 here and there")
		assert.False(t, ok, "a word that ends in 'get'")
		_, ok = statusInText("I get a 500 MB file back")
		assert.False(t, ok, "a quantity")
	})
	t.Run("PayPal's name before its information_link, the rest cut off", func(t *testing.T) {
		x := explainPaste(t, `Getting ERROR: Got Http response code 503 when accessing https://api.sandbox.paypal.com/v1/payments/payment. Retried 0 times.{"name":"INTERNAL_SERVICE_ERROR","information_link":"https://api.sandbox.pa`)
		assert.Equal(t, "INTERNAL_SERVICE_ERROR", x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"name":"John Smith","information_link":"https://example.com/about"}`), Options{})
		assert.Error(t, err, "a person's name is not PayPal's error name")
	})
	t.Run("flutter_stripe's exception printed by Dart", func(t *testing.T) {
		x := explainPaste(t, "Unhandled Exception: StripeException(error: LocalizedErrorMessage(code: FailureCode.Failed, localizedMessage: There was an unexpected error -- try again in a few seconds, message: Not a valid URL, stripeErrorCode: url_invalid, declineCode: null, type: invalid_request_error))")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "url_invalid", x.Code, "the API's code, not the SDK's words")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "StripeException(error: LocalizedErrorMessage(code: FailureCode.Failed, localizedMessage: Your card was declined., message: Your card was declined., stripeErrorCode: null, declineCode: null, type: null))")
		assert.Equal(t, "Failed", x.Code, "no API code: the SDK's own, as Dart's enum names it")
		assert.Equal(t, "fix", string(x.Retry.Strategy), "the words say the card was declined")
		x = explainPaste(t, `{"code": "Failed", "declineCode": null, "localizedMessage": "There was an unexpected error -- try again in a few seconds", "message": "There was an unexpected error -- try again in a few seconds", "stripeErrorCode": null, "type": null}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "Failed", x.Code, "the SDK's generic failure")
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "the SDK asks for a retry in a few seconds")
		x = explainPaste(t, "There was an unexpected error -- try again in a few seconds")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Contains(t, x.Provider.Evidence, `"There was an unexpected error -- try again in a few seconds" is written by Stripe's SDK`)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		x = explainPaste(t, `{"error": {"type": "api_error", "message": "Sorry, something went wrong while talking to one of our backends."}}`)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "the API's own 500 stays check_first")
		_, err := Explain([]byte("#0 ResultParser.parse (package:stripe_platform_interface/src/result_parser.dart:16:7)"), Options{})
		assert.Error(t, err, "a Dart stack frame is no object")
	})
	t.Run("Stripe's words that only its API writes", func(t *testing.T) {
		for _, paste := range []string{
			"The client_secret provided does not match the client_secret associated with the PaymentIntent.",
			`But it always failed with error code 404, No such payment_intent: "pi_3Nq2x8Kz9aBcDeFg"`,
			`To investigate : "No such customer cus_xxxx" error when creating a PaymentIntent`,
		} {
			assert.Equal(t, "stripe", providerOf(explainPaste(t, paste)), paste)
		}
		assert.Equal(t, "", providerOf(explainPaste(t, "No such customer in our records: please sign up")))
	})
	t.Run("a Dart map whose message quotes an id after a colon", func(t *testing.T) {
		x := explainPaste(t, "{error: {code: resource_missing, message: No such customer: 'cus_PD6LSQd0tEf6Dh', param: id, type: invalid_request_error}}")
		assert.Equal(t, "resource_missing", x.Code)
		assert.Equal(t, "No such customer: 'cus_PD6LSQd0tEf6Dh'", x.Message)
	})
	t.Run("a Cielo sale that never finished", func(t *testing.T) {
		sale := `{"MerchantOrderId": "67fd978c501c8", "Payment": {"Tid": "0414081732692", "Provider": "Simulado", "Amount": 1000, "Status": %s, "ReturnMessage": %q, "ReturnCode": %q, "PaymentId": "422b1acb-2457-4ade-9c49-a7608c6110f1", "Type": "CreditCard"}}`
		x := explainPaste(t, fmt.Sprintf(sale, "0", "Timeout", "99"))
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, "99", x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "the outcome is not known")
		x = explainPaste(t, fmt.Sprintf(sale, "3", "Not Authorized", "05"))
		assert.Equal(t, "fix", string(x.Retry.Strategy), "a refusal (Status 3) stays one")
		_, err := Explain([]byte(fmt.Sprintf(sale, "0", "", "")), Options{})
		assert.Error(t, err, "a sale just created, with no return code yet")
		_, err = Explain([]byte(fmt.Sprintf(sale, "0", "Operation Successful", "4")), Options{})
		assert.Error(t, err, "an approval's return code")
	})
	t.Run("a status object with the call's code and its errors", func(t *testing.T) {
		x := explainPaste(t, `{"status": {"code": 400, "message": "", "errors": [{"card_token": "This field may not be null."}]}, "data": {}, "count": null}`)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"status": {"code": 200, "message": "OK", "errors": []}, "data": {"id": 7}}`), Options{})
		assert.Error(t, err, "a success")
	})
	t.Run("a numbered list after Error:, the code further on", func(t *testing.T) {
		x := explainPaste(t, `Error: 1. Error message appears: "The PayPal gateway rejected the request. Field format error: 10413-The totals of the cart item amounts do not match order amounts.".`)
		assert.Equal(t, "10413", x.Code)
		assert.Equal(t, "1", explainPaste(t, "Error #1. User authentication failed").Code, "Payflow's RESULT 1, with no other code")
	})
	t.Run("Java's Map.toString of a body with dates, e-mails and street numbers", func(t *testing.T) {
		x := explainPaste(t, "{MerchantOrderId=67fd978c501c8, Customer={Name=John Doe, Email=john.doe@example.com, Birthdate=1980-01-01, Address={Street=123 Main St, ZipCode=12345}}, "+
			"Payment={ExpirationDate=12/2025, ReceivedDate=2025-04-14 20:17:32, Status=0, ReturnMessage=Timeout, ReturnCode=99, Type=CreditCard}}")
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, "99", x.Code)
		r, ok := parseLenient("{a=2025-04-14 20:17:32, b=123 Main St, c=x@y.com, d=12/2025, e=42}", 0)
		require.True(t, ok)
		o := r.value.(*object)
		assert.Equal(t, "2025-04-14 20:17:32", o.get("a"))
		assert.Equal(t, "123 Main St", o.get("b"))
		assert.Equal(t, "x@y.com", o.get("c"))
		assert.Equal(t, "12/2025", o.get("d"))
		assert.Equal(t, number("42"), o.get("e"), "a number stays one")
		r, ok = parseLenient(`{"a": 2025, "b": -3}`, 0)
		require.True(t, ok)
		assert.Equal(t, number("2025"), r.value.(*object).get("a"), "JSON's numbers")
	})
	t.Run("a dispute already closed is a final state", func(t *testing.T) {
		x := explainPaste(t, "(Status 400) (Request req_OagvpePrZlJtTF) This dispute is already closed")
		assert.Equal(t, "none", string(x.Retry.Strategy))
		x = explainPaste(t, "(Status 400) The connection is already closed")
		assert.NotEqual(t, "none", string(x.Retry.Strategy), "a connection, not a payment's thing")
	})
}

// longWords is n bytes of ordinary words.
func longWords(n int) string {
	const w = "the parcel left the warehouse late and the carrier said nothing more about it "
	s := ""
	for len(s) < n {
		s += w
	}
	return s[:n]
}
