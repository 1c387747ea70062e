package decode

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersSixtyFirstBatch: what batch 270 of real pastes asked for, each beside a
// look-alike that must not trigger it.
func TestReadersSixtyFirstBatch(t *testing.T) {
	t.Run("Viva Wallet's EventId is the outcome's code", func(t *testing.T) {
		// VivaPayments/API#1697 and #1205: the old body's ErrorCode (502 "Transaction
		// failed") and the new one's status say only that the call failed; the EventId is
		// the entry of Viva's Event ID table (developer.viva.com/integration-reference/response-codes).
		for paste, code := range map[string]string{
			`{"Emv":null,"Amount":2.04,"StatusId":"E","ErrorCode":502,"ErrorText":"Transaction failed","TimeStamp":"2020-05-23T08:22:56.5458934+03:00","CorrelationId":null,"EventId":10200,"Success":false}`: "10200",
			`{"status":403,"message":"PaymentsPolicyCreditRestriction","eventId":"2105"}`:                      "2105",
			"[status] => 400\n[message] => PaymentsCardHolderAuthenticationInvalidStatus\n[eventId] => 2061\n": "2061",
			// EventId 0 names no event: the ErrorCode is all there is.
			`{"OrderCode":null,"ErrorCode":403,"ErrorText":"API action disabled","TimeStamp":"2020-02-11T11:58:02.91+02:00","CorrelationId":null,"EventId":0,"Success":false}`: "403",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, code, x.Code, paste)
			assert.Nil(t, x.Provider, "Viva Wallet is not catalogued: %s", paste)
		}
		// A logger's EventId (.NET's JSON console) and a webhook's event id beside a word
		// status are no API's code.
		x := explainPaste(t, `{"eventId": 12345, "status": "failed", "message": "Webhook delivery failed"}`)
		assert.NotEqual(t, "12345", x.Code)
		// A review's look-alikes: a record with more to it than Viva's three members keeps
		// its own code, and an id that is no Event ID (a fraction, a 13-digit one) is none.
		for paste, code := range map[string]string{
			`{"eventId":14,"level":"Error","message":"HTTP 400 from gateway","status":400,"error":"invalid_request_error"}`: "invalid_request_error",
			`{"errors":[{"code":"invalid_value","message":"amount"}],"status":400,"message":"x","eventId":77}`:              "invalid_value",
		} {
			x = explainPaste(t, paste)
			assert.Equal(t, code, x.Code, paste)
		}
		for paste, not := range map[string]string{
			`{"eventId": 98765, "status": 500, "message": "Webhook endpoint returned HTTP 500", "attempt": 3}`: "98765",
			`{"ErrorCode":502,"ErrorText":"Transaction failed","EventId":12.5}`:                                "12",
			`{"eventId": 1700000000123, "status": 503, "message": "Service Unavailable"}`:                      "1700000000123",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, not, x.Code, paste)
			}
		}
		if x, err := Explain([]byte(`{"EventId":3,"LogLevel":"Error","Category":"Payments.Checkout","Message":"Payment failed: card declined"}`), Options{}); err == nil {
			assert.NotEqual(t, "3", x.Code)
		}
	})
	t.Run("Viva Wallet's FriendlyMessage says what failed", func(t *testing.T) {
		// VivaPayments/API#1370: the pay button's answer to a live key on the demo host.
		x := explainPaste(t, `{"FriendlyMessage":"Invalid merchant public key"}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		assert.Nil(t, x.Provider)
		// One that says nothing failed is no error.
		_, err := Explain([]byte(`{"FriendlyMessage":"Your payment was completed"}`), Options{})
		require.Error(t, err)
	})
	t.Run("the resolver's own words for EAI_AGAIN are a temporary DNS failure", func(t *testing.T) {
		// razorpay/razorpay-php-testapp#9: "temporary failure in name resolution" is getaddrinfo's
		// EAI_AGAIN (Python's "[Errno -3]" too): nothing was sent and it passes.
		for _, paste := range []string{
			"api.razorpay.com: temporary failure in name resolution.",
			"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.stripe.com', port=443): Max retries exceeded with url: /v1/charges (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "EAI_AGAIN", x.Code, paste)
			assert.Equal(t, "backoff", string(x.Retry.Strategy), paste)
		}
		// A name that does not resolve at all stays a URL or DNS to fix.
		for _, paste := range []string{"getaddrinfo ENOTFOUND api.stripe.com", "[Errno -2] Name or service not known", "java.net.UnknownHostException: api.sandbox.paypal.com"} {
			x := explainPaste(t, paste)
			assert.Equal(t, "fix", string(x.Retry.Strategy), paste)
		}
	})
	t.Run("Apache HttpClient's NoHttpResponseException is a connection closed unanswered", func(t *testing.T) {
		// dromara/payment-spring-boot#87: WeChat Pay's transfer batch POSTed
		// over a connection the server closed without answering: the batch may exist.
		const trace = `org.springframework.web.client.ResourceAccessException: I/O error on %s request for "https://api.mch.weixin.qq.com/v3/payroll-card/transfer-batches": api.mch.weixin.qq.com:443 failed to respond; nested exception is org.apache.http.NoHttpResponseException: api.mch.weixin.qq.com:443 failed to respond`
		x := explainPaste(t, fmt.Sprintf(trace, "POST"))
		assert.Equal(t, "ECONNRESET", x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		// Spring's words name the method: a read may simply be repeated.
		x = explainPaste(t, fmt.Sprintf(trace, "GET"))
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		// A person's "GET request for" names what they did before, not the call that failed.
		x = explainPaste(t, "After a GET request for the order, the capture call failed with java.net.SocketException: Connection reset")
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
	})
}
