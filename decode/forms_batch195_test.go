package decode

import (
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
	t.Run("rejeitado is a failure in Portuguese", func(t *testing.T) {
		x := explainPaste(t, `retorno: "AM04 - Pagamento rejeitado por saldo insuficiente".`)
		require.NotNil(t, x)
		assert.Equal(t, "", providerOf(x))
	})
}
