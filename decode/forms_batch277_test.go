package decode

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersSixtySixthBatch: readers for the real pastes of batch 276 that decifra could
// not read when they were collected (decode/testdata/real/other-heartland-*).
func TestReadersSixtySixthBatch(t *testing.T) {
	t.Run("Heartland Portico's GatewayRspCode under a 200", func(t *testing.T) {
		// Shaped after hps/omnipay-heartland tests/Mock/AuthorizeFailure.txt, cut short (no
		// HTTP headers, rootUrl or xsi namespace): the gateway's refusal is in the header,
		// the only failure the answer holds.
		const header = `<Header><LicenseId>95878</LicenseId><SiteId>95881</SiteId><DeviceId>2409000</DeviceId><GatewayTxnId>1023522465</GatewayTxnId><GatewayRspCode>%s</GatewayRspCode><GatewayRspMsg>%s</GatewayRspMsg><RspDT>2017-08-07T06:45:59.3367156</RspDT></Header>`
		envelope := func(header, transaction string) string {
			return "HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n\r\n" + `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><PosResponse xmlns="http://Hps.Exchange.PosGateway"><Ver1.0>` + header + transaction + `</Ver1.0></PosResponse></soap:Body></soap:Envelope>`
		}
		x := explainPaste(t, envelope(fmt.Sprintf(header, "23", "Transaction rejected because the lookup on the supplied token failed."), ""))
		assert.Nil(t, x.Provider)
		assert.Equal(t, "23", x.Code)
		assert.Equal(t, 200, x.HTTPStatus)
		assert.Contains(t, x.Message, "lookup on the supplied token failed")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// Its 0 is success: the transaction's own response code is the answer's
		// (activemerchant's hps_test.rb, a CreditSale answered 02 CALL).
		x = explainPaste(t, envelope(fmt.Sprintf(header, "0", "Success"), `<Transaction><CreditSale><RspCode>02</RspCode><RspText>CALL</RspText></CreditSale></Transaction>`))
		assert.Equal(t, "02", x.Code)
		// An approved sale (0 and 00) is no error.
		_, err := Explain([]byte(envelope(fmt.Sprintf(header, "0", "Success"), `<Transaction><CreditSale><RspCode>00</RspCode><RspText>APPROVAL</RspText></CreditSale></Transaction>`)), Options{})
		require.Error(t, err)
	})
	t.Run("Element Express's ExpressResponseCode", func(t *testing.T) {
		// Shaped after zerve/omnipay-elementexpress tests/Mock/HealthCheckFailure.txt (its
		// headers dropped, the message cut short): a HealthCheck without its credentials,
		// answered under a 200.
		const answer = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n" + `<?xml version="1.0"?>
<Response xmlns="https://transaction.elementexpress.com">
  <Response>
    <ExpressResponseCode>%s</ExpressResponseCode>
    <ExpressResponseMessage>%s</ExpressResponseMessage>
  </Response>
</Response>`
		x := explainPaste(t, fmt.Sprintf(answer, "103", "The element 'HealthCheck' in namespace 'https://transaction.elementexpress.com' has incomplete content. List of possible elements expected: 'Credentials'."))
		assert.Nil(t, x.Provider)
		assert.Equal(t, "103", x.Code)
		assert.Equal(t, 200, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// Its 0 is success, and its 5 a partial approval (Express's response table).
		for _, ok := range [][2]string{{"0", "Success"}, {"5", "Partial Approved"}} {
			_, err := Explain([]byte(fmt.Sprintf(answer, ok[0], ok[1])), Options{})
			require.Error(t, err, ok[1])
		}
	})
	t.Run("Wompi's error type", func(t *testing.T) {
		// DaniPB/ride_hailing_app fixtures/vcr_cassettes/post_transaction_failure_response.yml: its
		// code is the error's type, beside the fields' messages or a reason.
		x := explainPaste(t, `HTTP/1.1 422 Unprocessable Entity`+"\r\nContent-Type: application/json\r\n\r\n"+`{"error":{"type":"INPUT_VALIDATION_ERROR","messages":{"reference":["La referencia ya ha sido usada"]}}}`)
		assert.Equal(t, "INPUT_VALIDATION_ERROR", x.Code)
		assert.Equal(t, 422, x.HTTPStatus)
		x = explainPaste(t, `{"error":{"type":"NOT_FOUND_ERROR","reason":"La entidad solicitada no existe"}}`)
		assert.Equal(t, "NOT_FOUND_ERROR", x.Code)
		// A type that names a kind of thing, not an error, is no code.
		x = explainPaste(t, `HTTP/1.1 400 Bad Request`+"\r\n\r\n"+`{"error":{"type":"CARD","message":"brand not accepted"}}`)
		assert.NotEqual(t, "CARD", x.Code)
		x = explainPaste(t, `HTTP/1.1 400 Bad Request`+"\r\n\r\n"+`{"error":{"type":"PAYMENT_SOURCE","message":"invalid"}}`)
		assert.NotEqual(t, "PAYMENT_SOURCE", x.Code)
		// A type that names a kind beside a reason or messages is not the error's code
		// (a review's probes).
		for _, paste := range []string{
			`HTTP/1.1 402 Payment Required` + "\r\n\r\n" + `{"payment":{"status":"DECLINED","type":"CREDIT_CARD","reason":"Insufficient funds"}}`,
			`HTTP/1.1 400 Bad Request` + "\r\n\r\n" + `{"message":"Validation failed","details":[{"type":"FIELD_VALIDATION","reason":"amount must be positive"}]}`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotContains(t, []string{"CREDIT_CARD", "FIELD_VALIDATION"}, x.Code, paste)
			}
		}
	})
	t.Run("batch 277's words: Mercado Pago's users and campaigns APIs, Stripe's empty card number, an old libcurl's connect timeout", func(t *testing.T) {
		// mercadopago/cart-prestashop's and cart-prestashop-7's committed logs.
		for _, paste := range []string{
			"Date:  07.06.2018 07:59:57  | User with id 123 not found on melicloud|  Exception:  ",
			"[2019-09-26 00:07:17] [ERROR]: API get_coupon_discount error: doesn't find a campaign with the given code",
		} {
			assert.Equal(t, "mercadopago", providerOf(explainPaste(t, paste)), paste)
		}
		// The same words without Mercado Libre's cloud are anyone's, and so is a campaign
		// not found in plainer English (a review's probes).
		for _, paste := range []string{
			"Date:  07.06.2018 07:59:57  | User with id 123 not found|  Exception:  ",
			"Coupon error: Cannot find a campaign with the given code",
			"Talon.One: we couldn't find a campaign with the given code",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
		// drastik/com.drastikbydesign.stripe#109: Stripe's message for an empty number.
		x := explainPaste(t, "Payment fails with: Payment Error Response: Error: The card object must have a value for 'number'.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "invalid_number", x.Code)
		// pagseguro/pagseguro-modulo-prestashop's committed PagSeguro.log: libcurl 7.1x's
		// words for a connection never made; nothing was sent.
		x = explainPaste(t, "{2013/12/03 09:21:08} [Error] Exception: CURL can't connect: connect() timed out! ")
		assert.Equal(t, "CONNECT_TIMEOUT", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		// A read that timed out after connecting is still unknown.
		x = explainPaste(t, "cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received")
		assert.NotEqual(t, "CONNECT_TIMEOUT", x.Code)
	})
	t.Run("PayPal's debug id in Node's print of an SDK error's headers", func(t *testing.T) {
		// Shaped after batch 278's paypal-stack-trace-replit-tsu-* (a Replit project's pasted
		// console), cut short: @paypal/paypal-server-sdk's OAuthProviderError as Node prints
		// it, the answer's headers inside it; the request's paypal-request-id, added here,
		// is the client's own id and not the answer's.
		const paste = "OAuthProviderError\n    at new OAuthProviderError (/home/runner/workspace/node_modules/@paypal/paypal-server-sdk/src/errors/oAuthProviderError.ts:24:1) {\n  request: {\n    method: 'POST',\n    url: 'https://api-m.sandbox.paypal.com/v1/oauth2/token',\n    headers: {\n      'paypal-request-id': '0d6e5c1a-3f1b-4b8e-9c55-2f1e7a9b6c01'\n    }\n  },\n  statusCode: 401,\n  headers: {\n    'content-type': 'application/json',\n    'paypal-debug-id': 'f7202117d46dd',\n    pragma: 'no-cache'\n  },\n  body: '{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}'\n}"
		x := explainPaste(t, paste)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "f7202117d46dd", x.RequestID)
		assert.Equal(t, 401, x.HTTPStatus)
	})
	t.Run("Banco Inter's refusal of a second charge with the same data", func(t *testing.T) {
		// Shaped after the corpus's inter-stack-trace-node-cobranca-v3-400-cobranca-emitida-mesmos-dados
		// (an app's log, its own "[INTER]" tag and "Inter API error" words): the charge
		// issued minutes before stands, so this one can never be issued.
		x := explainPaste(t, `[INTER] ❌ Failed to create collection: Error: Inter API error: 400 - {"title":"Requisição inválida","detail":"Não será possível emitir a cobrança. Pois, existe uma cobrança emitida há poucos minutos com os mesmos dados com a situação “a receber” com código de solicitação: 1f06dcf5-1f8d-4de7-8027-cf6d7a3c9f10.","timestamp":"2025-08-12T11:34:12.58098922-03:00"}`)
		assert.Equal(t, "inter", providerOf(x))
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// Another app's words about a charge issued minutes before are nobody's.
		x, err := Explain([]byte(`Error 400: existe uma cobrança emitida há poucos minutos para este cliente`), Options{})
		if err == nil {
			assert.Nil(t, x.Provider)
		}
	})
}
