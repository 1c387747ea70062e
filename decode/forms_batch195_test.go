package decode

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersFortySecondBatch: what batches 195 to 198 of real pastes (Pix through banks'
// SDKs, language dumps of Asian wallets' answers, Latin American gateways, XML and
// key=value answers of card gateways) asked for, each beside a look-alike that must not
// trigger it.
func TestReadersFortySecondBatch(t *testing.T) {
	t.Run("a type in capitals that names a failure beside its words", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 422 Unprocessable Entity\n\n{\"errors\":{\"detail\":\"The card reader is offline.\",\"type\":\"READER_OFFLINE\"}}")
		assert.Equal(t, "READER_OFFLINE", x.Code)
		x = explainPaste(t, "HTTP/1.1 400 Bad Request\n\n{\"error\":{\"type\":\"CREDIT_CARD\",\"message\":\"The card number is invalid\"}}")
		assert.NotEqual(t, "CREDIT_CARD", x.Code, "a kind of thing, not a failure")
	})
	t.Run("Python's NameResolutionError is a DNS failure", func(t *testing.T) {
		x := explainPaste(t, `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example-pay.com', port=443): Max retries exceeded with url: /v1/charges (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to resolve 'api.example-pay.com' ([Errno 11001] getaddrinfo failed)"))`)
		assert.Equal(t, "ENOTFOUND", x.Code)
		x = explainPaste(t, "Error: getaddrinfo EAI_AGAIN api.example-pay.com")
		assert.Equal(t, "EAI_AGAIN", x.Code, "a temporary failure stays one")
	})
	t.Run("WeChat Pay's v2 answer: return_code, result_code FAIL, err_code", func(t *testing.T) {
		x := explainPaste(t, `{"return_code":"SUCCESS","return_msg":"OK","result_code":"FAIL","err_code":"ORDERPAID","err_code_des":"该订单已支付"}`)
		assert.Equal(t, "ORDERPAID", x.Code)
		x = explainPaste(t, "Array\n(\n    [return_code] => FAIL\n    [return_msg] => 签名错误\n)\n")
		assert.Equal(t, "", providerOf(x))
		_, err := Explain([]byte(`{"return_code":"SUCCESS","return_msg":"OK","result_code":"SUCCESS","prepay_id":"wx2017033010242291fcfe0db70013231072"}`), Options{})
		assert.Error(t, err, "a prepay id: success")
	})
	t.Run("Alipay's answer beside its signature, and under its Node SDK's info", func(t *testing.T) {
		x := explainPaste(t, `{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"},"sign":"ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE"}`)
		assert.Equal(t, "ACQ.TRADE_NOT_EXIST", x.Code)
		x = explainPaste(t, "{ message: '支付宝签名验证失败',\n  info:\n   { alipay_trade_pay_response:\n      { code: '40004',\n        msg: 'Business Failed',\n        sub_code: 'ACQ.PAYMENT_AUTH_CODE_INVALID',\n        sub_msg: '支付失败，获取顾客账户信息失败' },\n     sign: 'abc' } }")
		assert.Equal(t, "ACQ.PAYMENT_AUTH_CODE_INVALID", x.Code)
		x = explainPaste(t, "{\n  code: '40002',\n  msg: 'Invalid Arguments',\n  subCode: 'isv.invalid-app-id',\n  subMsg: '无效的AppID参数'\n}")
		assert.Equal(t, "isv.invalid-app-id", x.Code, "the Node SDK's camelCase subCode")
		_, err := Explain([]byte(`{"alipay_trade_query_response":{"code":"10000","msg":"Success","trade_status":"TRADE_SUCCESS"},"sign":"abc"}`), Options{})
		assert.Error(t, err, "a paid trade")
		_, err = Explain([]byte(`{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST"},"trade":{"id":1},"sign":"abc"}`), Options{})
		if err == nil {
			x = explainPaste(t, `{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST"},"trade":{"id":1},"sign":"abc"}`)
			assert.NotEqual(t, "ACQ.TRADE_NOT_EXIST", x.Code, "a member beside the answer that is no signature: not Alipay's envelope")
		}
	})
	t.Run("a numeric resultCode other than 0 beside words that say what failed", func(t *testing.T) {
		x := explainPaste(t, `{"resultCode":120,"resultMessage":"Wrong merchant signature"}`)
		assert.Equal(t, "120", x.Code)
		x = explainPaste(t, `{"partnerCode":"MOMO","message":"Bad format request.","resultCode":20,"subErrors":[{"field":"amount","message":"Số tiền không hợp lệ"}]}`)
		assert.Equal(t, "20", x.Code)
		_, err := Explain([]byte(`{"resultCode":0,"resultMessage":"OK","payId":"ff41e5d9"}`), Options{})
		assert.Error(t, err, "resultCode 0 is a success")
	})
	t.Run("a status no HTTP status can be, beside the words for it", func(t *testing.T) {
		x := explainPaste(t, `{"status":2129,"message":"Signature không đúng. Vui lòng kiểm tra lại."}`)
		assert.Equal(t, "2129", x.Code)
		_, err := Explain([]byte(`{"status":1000,"message":"Giao dịch thành công."}`), Options{})
		assert.Error(t, err, "words that say it went well")
	})
	t.Run("a tax document's member whose value says what is wrong is not masked", func(t *testing.T) {
		masked, names := Redact([]byte(`"message":"body.pagador.cpfCnpj: must not be null"`))
		assert.Contains(t, string(masked), "must not be null")
		assert.Empty(t, names)
		masked, _ = Redact([]byte(`"pagador":{"cpfCnpj": "12345678909"}`))
		assert.NotContains(t, string(masked), "12345678909", "a document is masked")
		x := explainPaste(t, `"message":"body.pagador.cpfCnpj: must not be null"`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a code in capitals after error #", func(t *testing.T) {
		x := explainPaste(t, `{"success":false,"error":"Gateway request error #INVALID_CARD: La tarjeta no es válida. NOMESSAGE"}`)
		assert.Equal(t, "INVALID_CARD", x.Code)
		x = explainPaste(t, "2025-03-18T12:35:05+00:00 CRITICAL Uncaught Gateway\\Exception: request error #API:FORBIDDEN: Acceso denegado in /www/app/vendor/gateway/sdk/src/Api.php:85\nAdditional context\n{\n    \"error\": {\n        \"type\": 1,\n        \"file\": \"/www/app/vendor/gateway/sdk/src/Api.php\",\n        \"line\": 85\n    }\n}")
		assert.Equal(t, "API:FORBIDDEN", x.Code, "in a log line above the context it logged")
		assert.Equal(t, "", hashedCode("Order error #1234: the shipping address is missing"), "an order's number")
	})
	t.Run("eWAY's status False beside its error's words", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 200 OK\nContent-Type: text/xml\n\n<ewayResponse><ewayTrxnStatus>False</ewayTrxnStatus><ewayTrxnNumber>1010</ewayTrxnNumber><ewayTrxnError>05, Do Not Honour</ewayTrxnError></ewayResponse>")
		assert.Equal(t, "05", x.Code)
		assert.Equal(t, 200, x.HTTPStatus)
		_, err := Explain([]byte("HTTP/1.1 200 OK\nContent-Type: text/xml\n\n<ewayResponse><ewayTrxnStatus>True</ewayTrxnStatus><ewayTrxnNumber>1010</ewayTrxnNumber><ewayTrxnError>00, Transaction Approved</ewayTrxnError></ewayResponse>"), Options{})
		assert.Error(t, err, "an approval")
	})
	t.Run("Sage Pay's answer lines", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 200 OK\nContent-Type: text/plain\n\nVPSProtocol=3.00\nStatus=MALFORMED\nStatusDetail=3045 : The Currency field is missing.\nVPSTxId={3DF1DA84-0D1B-4C2B-B54B-6F7E3B0F2A11}\n")
		assert.Equal(t, "3045", x.Code)
		assert.Equal(t, "{3DF1DA84-0D1B-4C2B-B54B-6F7E3B0F2A11}", x.RequestID)
		_, err := Explain([]byte("HTTP/1.1 200 OK\nContent-Type: text/plain\n\nVPSProtocol=3.00\nStatus=OK\nStatusDetail=0000 : The Authorisation was Successful.\nVPSTxId={3DF1DA84-0D1B-4C2B-B54B-6F7E3B0F2A11}\n"), Options{})
		assert.Error(t, err, "an authorisation")
		assert.Equal(t, "", gatewayLeadingCode("404: Not Found"), "an HTTP status is no gateway's code")
	})
	t.Run("a SOAP fault's string that begins with its code", func(t *testing.T) {
		x := explainPaste(t, `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>40030: Transaction not found</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`)
		assert.Equal(t, "40030", x.Code)
	})
	t.Run("an ERROR element in capitals", func(t *testing.T) {
		x := explainPaste(t, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<TRANSACCION valor=\"ERROR\" numeroOperacion=\"1\">\n  <ERROR>\n    <codigo>190</codigo>\n    <descripcion><![CDATA[ERROR. Denegada.]]></descripcion>\n  </ERROR>\n</TRANSACCION>")
		assert.Equal(t, "190", x.Code)
	})
	t.Run("Ogone's and ePDQ's NCERROR", func(t *testing.T) {
		x := explainPaste(t, "<?xml version=\"1.0\"?>\n<ncresponse\norderID=\"A1\"\nPAYID=\"\"\nNCSTATUS=\"5\"\nNCERROR=\"50001111\"\nNCERRORPLUS=\"unknown order A1\"\nSTATUS=\"\">\n</ncresponse>")
		assert.Equal(t, "50001111", x.Code)
		ok := &object{members: []member{{"orderID", "A1"}, {"NCERROR", "0"}, {"NCERRORPLUS", "!"}, {"STATUS", "9"}}}
		assert.False(t, failureMembers(ok), "NCERROR 0: captured")
	})
	t.Run("Heartland's RspCode beside its text", func(t *testing.T) {
		x := explainPaste(t, "<PosResponse><Ver1.0><Header><GatewayRspCode>0</GatewayRspCode><GatewayRspMsg>Success</GatewayRspMsg></Header><Transaction><CreditSale><RspCode>05</RspCode><RspText>DECLINE</RspText></CreditSale></Transaction></Ver1.0></PosResponse>")
		assert.Equal(t, "05", x.Code)
		_, err := Explain([]byte("<PosResponse><Ver1.0><Header><GatewayRspCode>0</GatewayRspCode><GatewayRspMsg>Success</GatewayRspMsg></Header><Transaction><CreditSale><RspCode>00</RspCode><RspText>APPROVAL</RspText></CreditSale></Transaction></Ver1.0></PosResponse>"), Options{})
		assert.Error(t, err, "an approval")
	})
	t.Run("a problem under a Python SDK's codigo and descricao", func(t *testing.T) {
		x := explainPaste(t, `{"codigo": 404, "descricao": {"type": "https://pix.bcb.gov.br/api/v2/error/CobNaoEncontrado", "title": "Cobrança não encontrada", "status": 404, "detail": "Não foi encontrada a cobrança com o txid informado."}}`)
		assert.Equal(t, "CobNaoEncontrado", x.Code)
		x = explainPaste(t, `{"codigo": 1, "descricao": "Valor inválido"}`)
		assert.Equal(t, "1", x.Code, "a description in words stays the message")
	})
	t.Run("a state that refuses the operation, told in Portuguese and by Worldpay", func(t *testing.T) {
		x := explainPaste(t, `{"title": "Requisição inválida", "detail": "A cobrança não pode ser cancelada, pois se encontra na situação RECEBIDO", "violacoes": []}`)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		x = explainPaste(t, `{"httpStatusCode":400,"customCode":"BAD_REQUEST","message":"Order: 1 cannot be refunded while in status: REFUNDED - try again later.","description":"Some of request parameters are invalid"}`)
		assert.Equal(t, "none", string(x.Retry.Strategy))
	})
	t.Run("Culqi's older answer: status N and its statusdescription", func(t *testing.T) {
		x := explainPaste(t, `{"statusdescription": "Card already tokenized for same merchant", "checksum": "d8ae", "status": "N", "token": ""}`)
		assert.Equal(t, "none", string(x.Retry.Strategy), "a duplicate")
		_, err := Explain([]byte(`{"statusdescription": "Tokenized", "status": "Y", "token": "tkn_live_1"}`), Options{})
		assert.Error(t, err, "status Y: tokenized")
	})
	t.Run("key=value answer lines with a question under them", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 200 OK\nContent-Type: text/plain\n\nVPSProtocol=3.00\nStatus=INVALID\nStatusDetail=4028 : The RelatedVPSTxId cannot be found.\n\nAny idea what is wrong? Thanks\n")
		assert.Equal(t, "4028", x.Code)
		_, ok := formBody("a=1\nb=2\nsome words\nc=3")
		assert.False(t, ok, "words between pairs: no form body")
	})
	t.Run("Mercado Pago's name as code and settings write it", func(t *testing.T) {
		x := explainPaste(t, "O checkout usa `mercadopago.access_token` de outra aplicação e a API retorna **HTTP 403 - Forbidden**")
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, "The mercadopagoless build returns HTTP 403 - Forbidden from our own API")
		assert.NotEqual(t, "mercadopago", providerOf(x), "inside another word")
	})
	t.Run("a review's look-alikes", func(t *testing.T) {
		// Successes with a status of four or five digits, or a numeric resultCode, and
		// empty error members.
		for _, in := range []string{
			`{"status": 1000, "message": "Operation completed"}`,
			"HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"status\": 2001, \"message\": \"Customer created\"}",
			`{"status": 2024, "message": "Pagamento confirmado"}`,
			`{"data": {"status": 8080, "message": "Request accepted"}}`,
			`{"resultCode": 1, "resultMessage": "Success", "errors": []}`,
			`{"resultCode": 1, "resultMessage": "Authorised", "warnings": [], "errors": []}`,
			`{"resultCode": 9000, "resultMessage": "Payment already confirmed"}`,
			`{"RspCode": "000", "RspText": "Approved"}`,
			`{"RspCode": "11", "RspText": "Approved VIP"}`,
			`{"syncStatus": "False", "message": "Sync paused", "lastError": "none since yesterday"}`,
			`{"status": "N", "statusdescription": "Token generated"}`,
		} {
			_, err := Explain([]byte(in), Options{})
			assert.Error(t, err, in)
		}
		x := explainPaste(t, `{"status": 2129, "message": "Invalid token provided"}`)
		assert.Equal(t, "2129", x.Code, "ok inside token is no success")
		// Order and ticket numbers after "error #" are no codes.
		x = explainPaste(t, "2024-05-01 10:00:00 ERROR checkout error #ORD-88123: Your card was declined. (code: card_declined)")
		assert.Equal(t, "card_declined", x.Code)
		// A SOAP fault whose code says what failed keeps it (after its namespace's prefix,
		// which is only the document's name for the namespace).
		x = explainPaste(t, `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>ns1:InvalidCardNumber</faultcode><faultstring>12345: card number is not valid</faultstring></soap:Fault></soap:Body></soap:Envelope>`)
		assert.Equal(t, "InvalidCardNumber", x.Code)
		// An Error member beside the body's own code and message does not replace them.
		x = explainPaste(t, `{"code": "E001", "message": "Payment failed", "Error": {"detail": "see code"}}`)
		assert.Equal(t, "E001", x.Code)
		// logfmt's pairs on one line, a question under them: the log reader's, not a form's.
		in, err := os.ReadFile("testdata/real/stripe-log-prefixed-python-logging-customers-401-invalid-api-key-masked.txtar")
		require.NoError(t, err)
		paste := string(in[bytes.Index(in, []byte("-- input --\n"))+len("-- input --\n") : bytes.Index(in, []byte("-- expect --"))])
		x = explainPaste(t, paste+"Why is this happening?\n")
		assert.Equal(t, "invalid_request_error", x.Code)
		// Secrets after a rule's words stay masked; a document's rule alone does not.
		for _, in := range []string{
			`"cpf": "deve ser válido: 529.982.247-25"`,
			`"cpf": "is not valid: 529.982.247-25"`,
			`"token": "is not accepted for merchant 8a7b6c5d4e3f2a1b0c9d"`,
			`"password": "Is not my dog 42!"`,
			`"api_key": "should be 32 chars, got a8f7e6d5c4b3a2f1"`,
		} {
			masked, _ := Redact([]byte(in))
			assert.Contains(t, string(masked), mask, in)
		}
		// Sage Pay's detail that begins with a year.
		assert.Equal(t, "", gatewayLeadingCode("2019, the card was refused by the bank"))
		// A state's words about a payer are not a charge's final state.
		x = explainPaste(t, `{"title": "Requisição inválida", "detail": "Pagador inválido: CPF pois se encontra na situação SUSPENSA na Receita Federal", "violacoes": []}`)
		assert.NotEqual(t, "none", string(x.Retry.Strategy))
	})
	t.Run("rejeitado is a failure in Portuguese", func(t *testing.T) {
		x := explainPaste(t, `retorno: "AM04 - Pagamento rejeitado por saldo insuficiente".`)
		require.NotNil(t, x)
		assert.Equal(t, "", providerOf(x))
	})
}
