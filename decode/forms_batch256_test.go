package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFiftySeventhBatch: what batches 256 to 261 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersFiftySeventhBatch(t *testing.T) {
	t.Run("a failed NVP call that lists no error", func(t *testing.T) {
		// omnipay-paypal's tests/Mock/ExpressVoidFailure.txt: a refused DoVoid, ACK=Failure
		// and no L_ERRORCODE0, under PayPal's own trailer.
		x := explainPaste(t, "HTTP/1.1 200 OK\r\nDate: Fri, 15 Feb 2013 19:19:21 GMT\r\nServer: Apache\r\nContent-Length: 136\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAUTHORIZATIONID=ASDFASDFASDF&TIMESTAMP=2013%2d02%2d15T19%3a19%3a21Z&CORRELATIONID=37b8b9915987c&ACK=Failure&VERSION=85%2e0&BUILD=5060305")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Empty(t, x.Code)
		assert.Equal(t, "37b8b9915987c", x.RequestID)
		// Another API's pairs with an ACK of its own, without PayPal's trailer.
		x = explainPaste(t, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nACK=Failure&MESSAGE=Invalid+merchant&REQUESTID=8842")
		assert.NotEqual(t, "paypal", providerOf(x))
	})
	t.Run("a status with its British reason phrase", func(t *testing.T) {
		// CyberSource/cybersource-rest-samples-node#54.
		x := explainPaste(t, "I am able to call process payment api. However, i received '401 Unauthorised ' response when calling void payment, capture payment, refund payment, retrieve transaction API.")
		assert.Equal(t, 401, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a status after got, with a word of HTTP", func(t *testing.T) {
		// VivaPayments/API#1522.
		x := explainPaste(t, "But we got 401 http code as response.(same thing happens using real card details)")
		assert.Equal(t, 401, x.HTTPStatus)
		// A quantity after got is no status.
		_, err := Explain([]byte("we got 500 orders yesterday"), Options{})
		assert.Error(t, err)
		_, err = Explain([]byte("I forgot 404 things"), Options{})
		assert.Error(t, err)
	})
	t.Run("an answer quoted in a code comment", func(t *testing.T) {
		// GonzaloRamosEngineer/sitio-evolucion-antoniana's src/lib/erroresPago.js: Mercado
		// Pago's envelope as the author saw it, in "//" lines, its cause's code elided.
		x := explainPaste(t, "//     {\"message\":\"...\",\"error\":\"bad_request\",\"status\":400,\n//      \"cause\":[{\"code\":\"...\",\"description\":\"guest_site_mismatch\"}]}")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "bad_request", x.Code, "an ellipsis is no cause code")
		assert.Equal(t, 400, x.HTTPStatus)
		// The run of comments may follow the reporter's words, and sit in a reply's quote.
		nvp := "            // TIMESTAMP=2011%2d11%2d14T08%3a59%3a14Z&CORRELATIONID=1542789ec0c29\n            //  &ACK=Failure&VERSION=72&BUILD=2256005&L_ERRORCODE0=10417\n            // &L_SHORTMESSAGE0=Transaction%20cannot%20complete%2e\n"
		for _, paste := range []string{nvp, "I get this error when I try to pay:\n\n" + nvp, "> " + strings.ReplaceAll(strings.TrimSuffix(nvp, "\n"), "\n", "\n> ")} {
			x = explainPaste(t, paste)
			assert.Equal(t, "paypal", providerOf(x), paste)
			assert.Equal(t, "10417", x.Code, paste)
			assert.Equal(t, "1542789ec0c29", x.RequestID, paste)
		}
		// Comments in two places are code, not a quoted answer: left as they are.
		code := "// charge the card\nconst r = await stripe.charges.create(params)\n// log it\nconsole.log(r)\n"
		assert.Equal(t, code, string(unquote([]byte(code))))
		assert.Equal(t, "{\"a\": 1,\n \"b\": 2}\n", string(unquote([]byte("// {\"a\": 1,\n//  \"b\": 2}\n"))))
	})
	t.Run("a correlation id in a URL's query", func(t *testing.T) {
		// The PagSeguro Java library's log (already in the corpus) names its call's
		// correlationId in the URL it calls.
		x := explainPaste(t, "02/06/2020 19:18:28 JSEHttpClient[INFO]: Executando [POST] em [https://ws.sandbox.pagseguro.uol.com.br/v2/transactions?email=x@example.com&correlationId=948a3c0f-6f10-4c9e-a51d-1f1fd7927e3b]\n02/06/2020 19:18:29 JSEHttpClient[INFO]: Resposta 500 Internal Server Error")
		assert.Equal(t, "948a3c0f-6f10-4c9e-a51d-1f1fd7927e3b", x.RequestID)
		// Another URL's correlationId is the merchant's own (the review's probe).
		x = explainPaste(t, "Redirected to https://checkout.example.com/return?status=failed&correlationid=ABC123\n{\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\", \"message\": \"Your card was declined.\"}}")
		assert.NotEqual(t, "ABC123", x.RequestID)
	})
	t.Run("the review's look-alikes", func(t *testing.T) {
		// eBay's APIs answer with Ack, Build and CorrelationID too; their Build is no number.
		x := explainPaste(t, "<GetItemResponse xmlns=\"urn:ebay:apis:eBLBaseComponents\"><Ack>Failure</Ack><Errors><ShortMessage>Auth token is invalid.</ShortMessage><ErrorCode>931</ErrorCode></Errors><Build>E1271_CORE_API6_19110890_R1</Build><CorrelationID>8f3a2b1c</CorrelationID></GetItemResponse>")
		assert.NotEqual(t, "paypal", providerOf(x))
		x = explainPaste(t, "ACK=Failure&CORRELATIONID=5c1e9f&BUILD=2024.03.1&MESSAGE=Invalid+merchant+key")
		assert.NotEqual(t, "paypal", providerOf(x))
		// A status line in a comment is what a test expected, not the answer.
		x = explainPaste(t, "    // expected:\n    // HTTP/1.1 200 OK\nconst r = await axios.post(url, body)\nAxiosError: Request failed with status code 422\n{\"message\": \"invalid amount\"}")
		assert.Equal(t, 422, x.HTTPStatus)
		// After got, a number before other words is a quantity.
		for _, paste := range []string{"Last week we got 500 in refunds and now every refund fails", "Since launch we got 450 and 30 were declined"} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Zero(t, x.HTTPStatus, paste)
			}
		}
	})
	t.Run("words of a failure, and of an unknown outcome", func(t *testing.T) {
		// TodoPago/SDK-PHP#43: a purchase that could not be processed.
		x := explainPaste(t, "ResultCode 2053 Tu compra no pudo ser procesada. Comunicate con tu vendedor.")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// bacen/pix-api#263: the receiving institution did not answer a Pix payment; and an
		// SDK that could not read the server's answer (gocardless-pro-python#80): whether
		// the write was done is unknown.
		for _, paste := range []string{"\"A instituição de destino não está respondendo\" (com um txid aleatorio)", "gocardless_pro.errors.MalformedResponseError: Malformed response received from server"} {
			x = explainPaste(t, paste)
			assert.Empty(t, providerOf(x), paste)
			assert.Equal(t, "check_first", string(x.Retry.Strategy), paste)
		}
		// A name server that does not answer: the request never left (the review's probes).
		for _, paste := range []string{"DNS server not responding. POST https://api.pagar.me/core/v5/orders could not be sent", "O servidor DNS não está respondendo; não foi possível enviar a cobrança"} {
			x = explainPaste(t, paste)
			assert.Equal(t, "backoff", string(x.Retry.Strategy), paste)
		}
		// A result code of an approval is no error.
		for _, paste := range []string{"ResultCode 0 Aprobada", "Transaction approved. ResultCode 0"} {
			_, err := Explain([]byte(paste), Options{})
			assert.Error(t, err, paste)
		}
	})
}

// TestReadersFiftySeventhBatchLate: what batches 262 to 264 asked for.
func TestReadersFiftySeventhBatchLate(t *testing.T) {
	t.Run("the status in razorpay-php's frame", func(t *testing.T) {
		s, ok := statusInText("#1 /home/x/razorpay-php/src/Request.php(90): Razorpay\\Api\\Request->processError(Array, 400, Object(Requests_Response))")
		assert.True(t, ok)
		assert.Equal(t, 400, s)
		_, ok = statusInText("Request->processError(Array, 400000, Object(Requests_Response))")
		assert.False(t, ok, "a number longer than a status")
	})
	t.Run("Payflow's names in another gateway's XML, read as any API's", func(t *testing.T) {
		// activemerchant's global_transport_test.rb: a capture over the amount authorized.
		x := explainPaste(t, "<Response xmlns=\"GlobalPayments\">\n  <Result>118</Result>\n  <RespMSG>The amount of a Pre-Auth Complete (Capture) must be less than or equal to the original amount authorized. Please retry.</RespMSG>\n</Response>")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "118", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy), "a limit the data broke: \"Please retry\" after it says resend corrected")
		// An approval is no error.
		_, err := Explain([]byte("<Response xmlns=\"GlobalPayments\"><Result>0</Result><RespMSG>Approved</RespMSG></Response>"), Options{})
		assert.Error(t, err)
	})
}

// TestFalseClaimsFiftySeventhBatch: other companies' real answers that a catalogued
// provider was credited with (the third look-alike hunt, ActiveMerchant's gateway
// fixtures), each beside the provider's own that must stay its.
func TestFalseClaimsFiftySeventhBatch(t *testing.T) {
	t.Run("Payflow's names in another gateway's namespace", func(t *testing.T) {
		// activemerchant's test/unit/gateways/bridge_pay_test.rb (TPISoft's SmartPayments)
		// and global_transport_test.rb (Global Payments): Payflow's fields, codes and words.
		for _, paste := range []string{
			"<Response xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"http://TPISoft.com/SmartPayments/\">\n  <Result>110</Result>\n  <RespMSG>Duplicate Transaction</RespMSG>\n  <Message>Duplicate transaction</Message>\n  <PNRef>837614</PNRef>\n</Response>",
			"<Response xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"http://TPISoft.com/SmartPayments/\">\n  <Result>19</Result>\n  <RespMSG>Original Transaction ID Not Found</RespMSG>\n  <Message>Original PNRef is required.</Message>\n</Response>",
			"<Response xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns=\"GlobalPayments\">\n  <Result>12</Result>\n  <RespMSG>Declined</RespMSG>\n  <Message>DECLINE</Message>\n  <PNRef>3648889</PNRef>\n</Response>",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Empty(t, providerOf(x), paste)
			}
		}
		// PayPal's own XML stays PayPal's: XMLPay's namespace, and its SOAP API's.
		x := explainPaste(t, "<XMLPayResponse xmlns=\"http://www.paypal.com/XMLPay\"><ResponseData><Vendor>acme</Vendor><Partner>verisign</Partner><TransactionResults><TransactionResult><Result>12</Result><Message>Declined</Message><PNRef>V19A2E6A8D1A</PNRef></TransactionResult></TransactionResults></ResponseData></XMLPayResponse>")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Empty(t, foreignNamespace("<Errors xmlns=\"urn:ebay:apis:eBLBaseComponents\"><ErrorCode>10002</ErrorCode></Errors> <a xmlns=\"http://example.com/x\"/>"))
		assert.Equal(t, "GlobalPayments", foreignNamespace("<html xmlns=\"http://www.w3.org/1999/xhtml\"></html><Response xmlns=\"GlobalPayments\">"))
	})
	t.Run("a number and an English sentence that are not its owner's", func(t *testing.T) {
		// activemerchant's netbilling_test.rb: NETbilling's "20111: Invalid credit card
		// number: 123"; PagBank's 20111 is an invalid source account.
		x := explainPaste(t, "20111: Invalid credit card number: 123")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "20111", x.Code)
		// The owner's own words, or words in another language, leave the number its owner's.
		for _, paste := range []string{"11012: senderName invalid value: Caio", "10003: \"O TOKEN WEB é inválido.\""} {
			x = explainPaste(t, paste)
			assert.Equal(t, "pagbank", providerOf(x), paste)
		}
	})
}
