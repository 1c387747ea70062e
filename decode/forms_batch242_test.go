package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFiftyFifthBatch: what the DICT's own words in the corpus and batches 242 to
// 244 of real pastes asked for, each beside a look-alike that must not trigger it.
func TestReadersFiftyFifthBatch(t *testing.T) {
	t.Run("the DICT's details, alone", func(t *testing.T) {
		x := explainPaste(t, "`Claim type inconsistent.`")
		assert.Equal(t, "pix-dict", providerOf(x))
		assert.Equal(t, "ClaimTypeInconsistent", x.Code)
		x = explainPaste(t, "XML signature does not match digests or certificate")
		assert.Equal(t, "pix-dict", providerOf(x))
		assert.Equal(t, "RequestSignatureInvalid", x.Code)
		x = explainPaste(t, " Current claim status('COMPLETED') does not allow an operation to be made")
		assert.Equal(t, "pix-dict", providerOf(x))
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// Another claim's words are not the DICT's.
		x = explainPaste(t, "Error: the claim type is not supported by this insurer")
		assert.NotEqual(t, "pix-dict", providerOf(x))
	})
	t.Run("calls to the DICT, in Portuguese", func(t *testing.T) {
		x := explainPaste(t, "as chamadas ao Dict estão retornando erro 504")
		assert.Equal(t, "pix-dict", providerOf(x))
		assert.Equal(t, 504, x.HTTPStatus)
		// Python's dict, in Portuguese, is not it.
		x = explainPaste(t, "KeyError: 'amount' ao montar o payload; adicione a chave ao dict antes de enviar. Erro 500")
		assert.NotEqual(t, "pix-dict", providerOf(x))
		// A bank's Pix API telling of its own lookup in the DICT is not the DICT answering.
		x = explainPaste(t, `"Chave Pix não existente no DICT"`)
		assert.NotEqual(t, "pix-dict", providerOf(x))
		x = explainPaste(t, "Erro na consulta ao DICT: chave não encontrada (HTTP 404)")
		assert.NotEqual(t, "pix-dict", providerOf(x), "a PSP's own lookup")
	})
	t.Run("Pagar.me's legacy API's \"<field> está faltando\"", func(t *testing.T) {
		x := explainPaste(t, "Erro ao criar cartão: Número do cartão está faltando\nNome do portador do cartão está faltando\nData de expiração do cartão está faltando")
		assert.Equal(t, "pagarme", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// Any form's missing field is not Pagar.me's: a Zod schema's "Bairro está faltando"
		// (public code), "O campo telefone está faltando".
		x = explainPaste(t, `ZodError: [ { "code": "too_small", "minimum": 3, "type": "string", "message": "Bairro está faltando", "path": [ "bairro" ] } ]`)
		assert.NotEqual(t, "pagarme", providerOf(x))
		x = explainPaste(t, "O campo telefone está faltando no formulário")
		assert.NotEqual(t, "pagarme", providerOf(x))
	})
	t.Run("a 400 whose words say it was done before", func(t *testing.T) {
		// An axios error's response: the status, the headers (the request id) and the body.
		x := explainPaste(t, "AxiosError: Request failed with status code 400\n  response: {\n    status: 400,\n    statusText: 'Bad Request',\n    headers: {\n      'content-type': 'application/json',\n      'paypal-debug-id': '41e159135139c'\n    },\n    config: { headers: { 'x-request-id': 'req-of-the-app-42' } },\n    data: { name: 'WEBHOOK_URL_ALREADY_EXISTS', details: [], message: 'Webhook URL already exists' }\n  }")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "none", string(x.Retry.Strategy))
		assert.Equal(t, "41e159135139c", x.RequestID)
		// Used once already: a new one goes through.
		x = explainPaste(t, "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"message\": \"This token has already been used\"}")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// Something sent already is not something done: wait, then ask again.
		x = explainPaste(t, "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"message\": \"OTP has already been sent. Please wait 60 seconds\"}")
		assert.NotEqual(t, "none", string(x.Retry.Strategy))
		// A 401's words do not make it final.
		x = explainPaste(t, "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\"message\": \"Session already exists for another user\"}")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("PayPal's voided order", func(t *testing.T) {
		x := explainPaste(t, `{"name":"ORDER_VOIDED","message":"Order has been voided","information_link":"https://developer.paypal.com/webapps/developer/docs/api/#ORDER_VOIDED","debug_id":"5267e17ea4def"}`)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		assert.Equal(t, "", saysDone("the order has been void-checked and is open"))
	})
	t.Run("another API's error_messages list is not PagBank's", func(t *testing.T) {
		// Aria's Direct Post handler (its manual's sample print_r).
		x := explainPaste(t, "Array\n(\n[inSessionID] => E6EEMVG6NRWN5QQE76TJ\n[error_messages] => Array\n(\n[0] => Array\n(\n[error_key] => serveryoumustenterccnumber\n[error_code] => 1010\n[error_field] => cc_no\n)\n)\n[errors] => 1\n)")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"error_messages":[{"code":"40002","description":"invalid_parameter","parameter_name":"customer.tax_id"}]}`)
		assert.Equal(t, "pagbank", providerOf(x))
		x = explainPaste(t, `{"error_messages":[{"parameter_name":"amount.value","description":"must be greater than 0"}]}`)
		assert.Equal(t, "pagbank", providerOf(x))
	})
	t.Run("Stripe's payment method type not turned on", func(t *testing.T) {
		x := explainPaste(t, "The payment method type 'pix' is invalid. Please ensure the provided type is activated in your dashboard")
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "ERROR: The payment method type provided: pix is invalid. Please ensure\nthe provided type is activated in your dashboard (https://dashboard.stripe.com/account/payments/settings) and your account\nis enabled for any preview features that you are trying to use.")
		assert.Equal(t, "stripe", providerOf(x))
		// Another dashboard's words are not Stripe's.
		x = explainPaste(t, "Error: the plugin is not activated in your dashboard")
		assert.NotEqual(t, "stripe", providerOf(x))
	})
	t.Run("the API Pix batch's denied charge", func(t *testing.T) {
		x := explainPaste(t, `{"descricao":"Cobranças","criacao":"2020-11-01T20:15:00.358Z","cobsv":[{"txid":"fb2761260e554ad593c7226beb5cb650","status":"CRIADA"},{"txid":"7978c0c97ea847e78e8849634473c1f1","status":"NEGADA","problema":{"type":"https://pix.bcb.gov.br/api/v2/error/CobVOperacaoInvalida","title":"Cobrança inválida.","status":400,"detail":"A requisição que busca alterar ou criar uma cobrança com vencimento não respeita o schema ou está semanticamente errada.","violacoes":[{"razao":"O objeto cobv.devedor não respeita o schema.","propriedade":"cobv.devedor"}]}}]}`)
		assert.Equal(t, "bacen-pix", providerOf(x))
		assert.Equal(t, "CobVOperacaoInvalida", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		// A batch whose charges were all made holds no error.
		assert.Nil(t, deniedInBatch(parseObject(t, `{"cobsv":[{"txid":"fb2761260e554ad593c7226beb5cb650","status":"CRIADA"}]}`)))
	})
	t.Run("a body of one member holding the error", func(t *testing.T) {
		x := explainPaste(t, `{"safeCheckoutResponse": {"status": "invalid_session", "code": "30404", "message": "Session not found", "result": null, "statusMessage": "Not Found", "reasonMessage": "Sessao nao encontrada no armazenamento"}}`)
		assert.Equal(t, "30404", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// An answer of one member that says nothing failed holds no error: Payline's
		// approval as its mocks write it, a result of "Success".
		assert.Nil(t, soleErrorMember(parseObject(t, `{"order": {"id": "ORD-1", "status": "paid", "message": "Order paid"}}`)))
		assert.Nil(t, soleErrorMember(parseObject(t, `{"result":{"code":"00000","shortMessage":"ACCEPTED","longMessage":"Transaction approved"}}`)))
		assert.Nil(t, soleErrorMember(parseObject(t, `{"result":{"code":"0000","message":"Success"}}`)))
		assert.Nil(t, soleErrorMember(parseObject(t, `{"a": 1, "error": {"code": "X1", "message": "failed"}}`)), "more than one member")
	})
}

// TestReadersFiftyFifthBatchOthers: what batches 245 and 246 (apps that take payments,
// orchestrators) asked for of APIs decifra does not catalogue.
func TestReadersFiftyFifthBatchOthers(t *testing.T) {
	t.Run("M-Pesa's ResultCode and ResultDesc", func(t *testing.T) {
		x := explainPaste(t, `{"Result": {"ResultType": 0, "ResultCode": 2001, "ResultDesc": "The initiator information is invalid.", "OriginatorConversationID": "6618-1387084-1", "ConversationID": "AG_20180128_0000650adeb6d1e32571", "TransactionID": "MAS0000000"}}`)
		assert.Equal(t, "2001", x.Code)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"Body":{"stkCallback":{"MerchantRequestID":"40617-17188129-1","CheckoutRequestID":"ws_CO_22062021155116737510","ResultCode":"SFC_IC0003","ResultDesc":"The operator does not exist."}}}`)
		assert.Equal(t, "SFC_IC0003", x.Code)
		// A success is no error.
		c, _ := pairedTextCode(parseObject(t, `{"ResultCode": 0, "ResultDesc": "The service request is processed successfully."}`))
		assert.Equal(t, "", c)
	})
	t.Run("PayPal's JS SDK's log record", func(t *testing.T) {
		x := explainPaste(t, `{err: 'Error: Expected an order id to be passed\n    at ht…m4TZKaZxCzYO742rToZGQqHWjz-&currency=USD:3:15912)', timestamp: '1707505453105', referer: 'www.paypal.com', sdkCorrelationID: 'f625515f3b2f6', sessionID: 'uid_5e87837a48_mtg6nde6mju', …}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "Expected an order id to be passed", sdkLoggedError(parseObject(t, `{"err": "Error: Expected an order id to be passed\n    at x", "sdkCorrelationID": "f625515f3b2f6"}`)))
		// A logger's err without the SDK's correlation id is not it.
		assert.Equal(t, "", sdkLoggedError(parseObject(t, `{"err": "Error: boom", "timestamp": "1707505453105"}`)))
	})
	t.Run("Sage Pay's code in backticks inside a sentence", func(t *testing.T) {
		x := explainPaste(t, "To prevent a `3140 : The DeliveryCountry value is invalid`, I copied them from the billing data, just in case they are missing.")
		assert.Equal(t, "3140", x.Code)
		x = explainPaste(t, "Payment error: the proxy `8080 : The Server Listens On This Port` answered")
		assert.NotEqual(t, "8080", x.Code, "only with words of failure")
	})
	t.Run("a request id in Markdown", func(t *testing.T) {
		assert.Equal(t, "1d0ebeef-8e93-4b12-ae8b-526c3f3656a9", requestIDInText("**x-request-id:** `1d0ebeef-8e93-4b12-ae8b-526c3f3656a9`"))
	})
	t.Run("SEFAZ's duplicidade", func(t *testing.T) {
		assert.Equal(t, "none", string(guessStrategy("Rejeição: Duplicidade de Evento")))
		assert.Equal(t, "fix", string(guessStrategy("Rejeição: Duplicado o código do produto no item")), "a field's value, not the request done twice")
	})
	t.Run("Mastercard Gateway's cause", func(t *testing.T) {
		x := explainPaste(t, `{"error": {"cause": "INVALID_REQUEST", "explanation": "Authenticated entity not authorised to perform operation for target entity"}, "result": "ERROR"}`)
		assert.Equal(t, "INVALID_REQUEST", x.Code)
		assert.Equal(t, "", genericCode(parseObject(t, `{"cause": "INVALID_REQUEST", "message": "x"}`)), "no explanation beside it")
		// Its explanation is the message, and says whether to try again.
		x = explainPaste(t, `{"result":"FAILURE","error":{"cause":"SERVER_BUSY","explanation":"try again later"}}`)
		assert.Equal(t, "SERVER_BUSY", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
	})
}

// TestFalseClaimsFiftyFifthBatch: other companies' errors that a hunt for look-alikes found
// credited to a catalogued provider, each beside the provider's own that must still be
// credited. The bodies are copied from the public pages named.
func TestFalseClaimsFiftyFifthBatch(t *testing.T) {
	claims := []struct{ name, paste, not string }{
		// https://github.com/chatanywhere/GPT_API_free/issues/427
		{"OpenAI's error", `{"error": {"message": "Incorrect API key provided: sk-abc123. You can find your API key at https://platform.openai.com/account/api-keys.", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}`, "stripe"},
		// https://docs.anthropic.com/en/api/errors
		{"Anthropic's error", `{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}`, "stripe"},
		// https://github.com/HELPMEEADICE/doge-code/issues/5
		{"an OpenAI-compatible server's", `{"error":{"message":"Invalid max_tokens value, the valid range of max_tokens is [1, 8192]","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`, "stripe"},
		// https://github.com/atcelen/IDesign/issues/7
		{"OpenAI's Python SDK", `openai.BadRequestError: Error code: 400 - {'error': {'message': "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", 'type': 'invalid_request_error', 'param': None, 'code': None}}`, "stripe"},
		// https://developers.mercadolivre.com.br/pt_ar/erros (the claims API)
		{"Mercado Libre's claims API", `{"message": "Resource not found","error": "business_logic_error","status": 404,"cause": []}`, "mercadopago"},
		{"Mercado Libre's 500", `{"message": "Internal Server Error","error": "internal_server_error","status": 500,"cause": []}`, "mercadopago"},
		// https://focusnfe.com.br/api-documentacao (NFSe erro_autorizacao)
		{"Focus NFe's fiscal error", `{"cnpj_prestador": "07504505000132", "ref": "nfs-2", "status": "erro_autorizacao", "erros": [{"codigo": "E145", "mensagem": "Regime Especial de Tributação ausente/inválido.", "correcao": null}]}`, "bb"},
		// https://github.com/auth0/auth0-authorization-extension/issues/231
		{"Auth0's hapi 401", `{"statusCode":401,"error":"Unauthorized","message":"Invalid token","attributes":{"error":"Invalid token"}}`, "bb"},
		// https://learn.microsoft.com/en-us/graph/api/resources/statusdetails
		{"Microsoft Graph's statusDetails", `{"@odata.type": "#microsoft.graph.statusDetails", "status": "failure", "errorCode": "BoxEntryConflict", "reason": "Message: Box returned an error response with the HTTP status code 409.", "additionalDetails": null, "errorCategory": "NonServiceFailure", "recommendedAction": "Remove the conflicting user."}`, "gsma-mm"},
		// https://github.com/TencentCloud/tencentcloud-sdk-nodejs/issues/76
		{"Tencent Cloud's Node SDK", "TencentCloudSDKHttpException: Request failed with status code 500\n    at /app/node_modules/tencentcloud-sdk-nodejs/tencentcloud/common/abstract_client.js:120:19", "mercadopago"},
		// https://github.com/hashicorp/terraform-provider-google/issues/4108
		{"Google's Go client", "google_sql_database.gcp_sql_database: Creating...\n\nError: Error creating Database: googleapi: got HTTP response code 404 with body: Not Found\n\n  on main.tf line 43, in resource \"google_sql_database\" \"gcp_sql_database\":", "paypal"},
		// https://github.com/cosmos/relayer/issues/1439
		{"the Juno blockchain", "Error says it all: Juno returns HTML instead of JSON.\nfailed to query node status: error in json rpc client, with http response metadata: (Status: 200 OK, Protocol HTTP/1.1). error unmarshalling: invalid character '<' looking for beginning of value", "juno"},
		// https://github.com/nark/WiredSwift/issues/44 (Groq's 401)
		{"Groq's error", `{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}`, "stripe"},
		// https://github.com/skorokithakis/sysaidmin/issues/9
		{"OpenAI's model_not_found", `{'error': {'message': "The requested model 'gpt-4-1106-preview' does not exist.", 'type': 'invalid_request_error', 'param': 'model', 'code': 'model_not_found'}}`, "stripe"},
		// https://github.com/laravel/passport/issues/1248
		{"Laravel Passport's RFC 6749 words", "`League\\OAuth2\\Server\\Exception\\OAuthServerException `\n`Client authentication failed`", "paypal"},
		// Authorize.Net's response reason 15
		{"Authorize.Net's reason 15", "The transaction ID is invalid or not present.", "paypal"},
		// Opayo's body, quoted in an issue
		{"Opayo's 1017", "There's a scenario we need to ignore with Opayo, where we get the response `{\"description\":\"Operation not allowed for this transaction\",\"code\":1017}`", "rede"},
		// A franchise app's and a government app's own exception classes
		{"a class ending in RedeException", "br.com.ellasa.exception.EstouroTamanhoDeRedeException: Estouro do tamanho de rede", "rede"},
		{"a class ending in EfiException", "com.example.UserDefiException: user definition failed", "efi"},
		// Shops' and point-of-sale apps' own refusals of a second refund
		{"a shop's already refunded", "HTTP 400\n{\"error\":\"This sale has already been refunded.\"}", "stripe"},
		{"an app's already refunded", "System.Exception: Cannot refund this ticket run, it has already been refunded.", "stripe"},
		// GovStack's Security building block spec: an OAuth server's 401
		{"an OAuth 401 with a numeric code", `{"code":401,"error":"invalid_token","error_description":"Authorization token is expired"}`, "efi"},
		// A ROS node's request variable
		{"a C++ Request req_", "[ERROR] [1592]: PcdFile::Request req_pcd failed: service call error", "stripe"},
		// https://github.com/openbankingspace/tpp-issues/issues/155
		{"Santander UK's Open Banking", "Santander - Account Requests failing on the 18th of April\n\nAt 6:18AM Today, we had a period where our Account Requests were failing with a 401 status code, and the following error message:\n{\"httpCode\":\"401\",\"httpMessage\":\"Unauthorized\",\"moreInformation\":\"Not registered to plan\"}", "santander"},
	}
	for _, c := range claims {
		x := explainPaste(t, c.paste)
		assert.NotEqual(t, c.not, providerOf(x), c.name)
	}
	own := []struct{ name, paste, is string }{
		{"Stripe's own", `{"error": {"code": "resource_missing", "doc_url": "https://stripe.com/docs/error-codes/resource-missing", "message": "No such customer: 'cus_123'", "param": "customer", "type": "invalid_request_error"}}`, "stripe"},
		{"Stripe's card error with a code it does not document", `{"error": {"code": "card_zzz_unheard_of", "type": "card_error", "message": "Declined."}}`, "stripe"},
		{"Stripe's type alone", `{"error": {"message": "Invalid API Key provided: sk_test_****1234", "type": "invalid_request_error"}}`, "stripe"},
		{"Mercado Pago's own", `{"message":"invalid access token","error":"not_found","status":401,"cause":[]}`, "mercadopago"},
		{"Banco do Brasil's erros", `{"erros":[{"codigo":"4769515","versao":"1","mensagem":"Não há informações para os dados informados.","ocorrencia":"CHOM00000062715498140101"}]}`, "bb"},
		{"Banco do Brasil's gateway", `{"statusCode":401,"error":"Unauthorized","message":"Bad Credentials","attributes":{"error":"Bad Credentials"}}`, "bb"},
		{"PayPal's PHP SDK", "Got Http response code 400 when accessing https://api.sandbox.paypal.com/v1/payments/payment.", "paypal"},
		{"PayPal's PHP SDK in capitals", "GOT HTTP RESPONSE CODE 400", "paypal"},
		{"a bank in Portuguese", "Alguém que já realizou a integração com o Bradesco e poderia dar uma ajuda sobre o erro 403 forbidden?", "bradesco"},
		{"Juno in Portuguese", "Estou recebendo erro 401 da Juno ao gerar boleto", "juno"},
		{"PayPal's invalid_client", "I/flutter (20307): ApiException{statusCode: 401, error: invalid_client, errorDescription: Client Authentication failed, apiError: null}", "paypal"},
		{"Stripe's request prefix, masked", "Stripe\\Exception\\PermissionException: Request req_***: The provided key does not have the required permissions", "stripe"},
		{"Stripe's second refund", "Charge ch_3U3zYY… has already been refunded.", "stripe"},
		{"Rede's own class", "PHP Fatal error:  Uncaught Rede\\Exception\\RedeException: Unsuccessful. Please, contact Rede.", "rede"},
	}
	for _, c := range own {
		x := explainPaste(t, c.paste)
		assert.Equal(t, c.is, providerOf(x), c.name)
	}
}
