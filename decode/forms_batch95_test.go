package decode

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersTwentyFifthBatch: what batches 95 to 100 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersTwentyFifthBatch(t *testing.T) {
	t.Run("PayPal's token endpoint in its own capitals, and nothing else", func(t *testing.T) {
		x := explainPaste(t, `{"error":"invalid_client","error_description":"Client Authentication failed"}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "invalid_client", x.Code)
		// League's OAuth 2.0 server (Laravel Passport) answers in lower case, with more.
		x = explainPaste(t, `{"error":"invalid_client","error_description":"Client authentication failed","message":"Client authentication failed"}`)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"error":"invalid_client","error_description":"Client authentication failed"}`)
		assert.Equal(t, "", providerOf(x), "the same words in another's capitals")
		x = explainPaste(t, `{"error":"invalid_client","error_description":"Client Authentication failed","message":"Client Authentication failed"}`)
		assert.Equal(t, "", providerOf(x), "PayPal's capitals with a member PayPal does not send")
	})
	t.Run("PayPal's sentence for a missing or wrong token, alone", func(t *testing.T) {
		x := explainPaste(t, "Authentication failed due to invalid authentication credentials or a missing Authorization header.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "AUTHENTICATION_FAILURE", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("stripe-node's webhook check and the SDKs' missing key", func(t *testing.T) {
		x := explainPaste(t, "StripeSignatureVerificationError: Webhook payload must be provided as a string or a Buffer instance representing the _raw_ request body.")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "SignatureVerificationError: Webhook payload must be provided as a string or a Buffer instance representing the _raw_ request body.")
		assert.Equal(t, "", providerOf(x), "a class name without Stripe's is anybody's")
		x = explainPaste(t, `AuthenticationError: No API key provided. (HINT: set your API key using "stripe.api_key = <API-KEY>"). You can generate API keys from the Stripe web interface.`)
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("the Open Payment Platform's result code", func(t *testing.T) {
		x := explainPaste(t, `HTTP/1.1 400 Bad Request

{"id":"8ac7a4a198efa0ab0198f0689ad7227d","paymentType":"PA","result":{"code":"800.100.151","description":"transaction declined (invalid card)"}}`)
		assert.Equal(t, "800.100.151", x.Code)
		assert.Equal(t, "transaction declined (invalid card)", x.Message)
		_, err := Explain([]byte(`{"id":"8ac7a4a198efa0ab0198f0689ad7227d","paymentType":"PA","result":{"code":"000.100.110","description":"Request successfully processed in 'Merchant in Integrator Test Mode'"}}`), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "000.* is a success")
		_, err = Explain([]byte(`{"id":"8ac7a4a198efa0ab0198f0689ad7227d","paymentType":"PA","result":{"code":"800.400.500","description":"Waiting for confirmation of non-instant payment. Denied for now."}}`), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "800.400.5xx is a payment still waiting")
		assert.False(t, oppCode("100.400.500"), "an external risk check still to come")
		assert.False(t, oppCode("800.100"))
		assert.False(t, oppCode("800.10a.151"))
	})
	t.Run("a code in brackets after Code:", func(t *testing.T) {
		x := explainPaste(t, "Heidelpay - Response is NOK. Message: [Address untraceable], Reason: [INSURANCE_ERROR] (40), Code: [400.100.101], Status: [REJECTED_VALIDATION] (70)")
		assert.Equal(t, "400.100.101", x.Code)
		x = explainPaste(t, "Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client\n    at ServerResponse.setHeader (node:_http_outgoing:652:11)")
		assert.NotEqual(t, "ERR_HTTP_HEADERS_SENT", x.Code, "Node's own bracket after Error is no API's code")
		assert.Equal(t, "", providerOf(x))
	})
	t.Run("a numeric resultCode beside its resultMessage", func(t *testing.T) {
		x := explainPaste(t, `{"resultCode":110,"resultMessage":"Invalid parameter merchantId A3507FwVD9"}`)
		assert.Equal(t, "110", x.Code)
		assert.Equal(t, "", providerOf(x), "a number alone names nobody")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"payId":"f5ad5e1c4d0a","resultCode":0,"resultMessage":"OK","paymentStatus":1}`), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "resultCode 0 is a success")
	})
	t.Run("SEFAZ's cStat and xMotivo", func(t *testing.T) {
		x := explainPaste(t, "Array\n(\n    [versao] => 3.10\n    [cStat] => 225\n    [xMotivo] => Rejeição: Falha no Schema XML do lote de NFe\n)")
		assert.Equal(t, "225", x.Code)
		assert.Equal(t, "Rejeição: Falha no Schema XML do lote de NFe", x.Message)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `<retEnviNFe versao="4.00" xmlns="http://www.portalfiscal.inf.br/nfe"><tpAmb>1</tpAmb><cStat>656</cStat><xMotivo>Rejeicao: Consumo indevido</xMotivo></retEnviNFe>`)
		assert.Equal(t, "656", x.Code)
		_, err := Explain([]byte(`<retConsSitNFe versao="4.00"><tpAmb>1</tpAmb><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></retConsSitNFe>`), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "cStat 100 is an invoice authorised")
	})
}

// TestReadersTwentySixthBatch: what batches 95 and 101 to 103 asked for, after the first
// wave's fixes, each beside a look-alike.
func TestReadersTwentySixthBatch(t *testing.T) {
	t.Run("a PayPal order COMPLETED whose capture its processor DECLINED", func(t *testing.T) {
		order := `{"id": "3XB80960XN551094F", "intent": "CAPTURE", "status": "COMPLETED",
 "purchase_units": [{"reference_id": "default", "payments": {"captures": [{"id": "33U97269RT3112322", "status": "%s",
   "links": [{"href": "https://api.sandbox.paypal.com/v2/payments/captures/33U97269RT3112322", "rel": "self", "method": "GET"}],
   "processor_response": {"avs_code": "G", "cvv_code": "P", "response_code": "%s"}}]}}]}`
		x := explainPaste(t, fmt.Sprintf(order, "DECLINED", "5120"))
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "5120", x.Code)
		assert.Equal(t, 0, x.HTTPStatus, "a refusal inside a 201 borrows the entry's words, not its 422")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(fmt.Sprintf(order, "COMPLETED", "0000")), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "a capture that went through")
		retried := strings.Replace(fmt.Sprintf(order, "DECLINED", "5120"), `"processor_response"`, `"processor_response": {"response_code": "5120"}}, {"id": "9AB12345CD6789012", "status": "COMPLETED", "processor_response"`, 1)
		_, err = Explain([]byte(retried), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "declined, then captured on a retry")
	})
	t.Run("a YAML cassette's status with an empty body", func(t *testing.T) {
		x := explainPaste(t, "- request:\n    method: get\n    uri: https://sandbox.asaas.com/api/v3/dunnings\n  response:\n    status:\n      code: 404\n      message: ''\n    headers:\n      X-Amz-Cf-Id:\n      - GYo-sqf5DfZLglPg01pJndSVqF6fufo4HMyNvPZpLTkOoKslPClVsw==\n    body:\n      encoding: UTF-8\n      string: ''\n")
		assert.Equal(t, 404, x.HTTPStatus)
		assert.Equal(t, "asaas", providerOf(x))
		assert.Equal(t, "GYo-sqf5DfZLglPg01pJndSVqF6fufo4HMyNvPZpLTkOoKslPClVsw==", x.RequestID, "CloudFront's id, when the API sends none")
		status, ok := statusInText("  response:\n    status:\n      code: 200\n      message: OK\n")
		assert.False(t, ok, "a success is no failing status: %d", status)
		status, ok = statusInText("  response:\r\n    status:\r\n      code: 422\r\n      message: ''\r\n")
		assert.True(t, ok)
		assert.Equal(t, 422, status, "a cassette saved with CRLF")
	})
	t.Run("CloudFront's id comes after the API's own", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 400 Bad Request\nX-Request-Id: 6cda57a2-1111-4222-8333-944455556666\nX-Amz-Cf-Id: GYo-sqf5DfZLglPg01pJndSVqF6fufo4HMyNvPZpLTkOoKslPClVsw==\n\n{\"errors\":[{\"code\":\"invalid_value\",\"description\":\"O valor informado é inválido.\"}]}")
		assert.Equal(t, "6cda57a2-1111-4222-8333-944455556666", x.RequestID)
		x = explainPaste(t, "HTTP/1.1 400 Bad Request\nX-Amz-Cf-Id: GYo-sqf5DfZLglPg01pJndSVqF6fufo4HMyNvPZpLTkOoKslPClVsw==\n\n{\"message\":\"invalid token\",\"error\":\"bad_request\",\"status\":400,\"cause\":[{\"code\":2006,\"description\":\"Card Token not found\",\"data\":\"11-03-2025T18:20:01UTC;5b1c2d3e-aaaa-bbbb-cccc-0123456789ab\"}]}")
		assert.Equal(t, "5b1c2d3e-aaaa-bbbb-cccc-0123456789ab", x.RequestID, "Mercado Pago's id in cause[].data beats CloudFront's header")
	})
	t.Run("nock's recorded reply", func(t *testing.T) {
		x := explainPaste(t, `nock('https://api.sandbox.paypal.com')
  .post('/v1/payments/authorization/2WD80049VF5042042/void', {})
  .reply(400, {"name":"AUTHORIZATION_CANNOT_BE_VOIDED","message":"Authorization is in captured state and hence cannot be voided.","debug_id":"a04bc2a572ba5"});`)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "AUTHORIZATION_CANNOT_BE_VOIDED", x.Code)
		status, ok := statusInText("const reply = await client.reply(thread, message)")
		assert.False(t, ok, "a reply that names no status: %d", status)
	})
	t.Run("cURL's CA file it could not read is the TLS set-up's, not the SDK's provider's", func(t *testing.T) {
		x := explainPaste(t, "PHP Fatal error:  Uncaught exception 'MercadoPagoException' with message 'Problem with the SSL CA cert (path? access rights?)' in /home/shop/public_html/mercadopago/mercadopago.php:508")
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "TLS_ERROR", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a log context's http_code beside the response it logged", func(t *testing.T) {
		x := explainPaste(t, `[2025-08-05 14:31:32] [ERROR] Erro na autenticação | Context: {"http_code":404,"response":{"nome":"nao_encontrado","mensagem":"Recurso não encontrado"}}`)
		assert.Equal(t, 404, x.HTTPStatus)
		assert.Equal(t, "nao_encontrado", x.Code)
		assert.Equal(t, "paste", x.Input.StatusSource)
		x = explainPaste(t, `[2025-08-05 14:31:32] [ERROR] Erro na autenticação | Context: {"http_code":200,"response":{"nome":"nao_encontrado","mensagem":"Recurso não encontrado"}}`)
		assert.NotEqual(t, 200, x.HTTPStatus, "a success's http_code is no failing call's status")
	})
	t.Run("MPApiException's message without its class", func(t *testing.T) {
		x := explainPaste(t, `POST http://localhost:8080/api/mercadopago/preferences 400 (Bad Request) Error: "Api error. Check response for details"`)
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, `POST http://localhost:8080/api/preferences 400 (Bad Request) Error: "API error, check the response"`)
		assert.Equal(t, "", providerOf(x))
	})
}
