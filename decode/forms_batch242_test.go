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
	})
	t.Run("Pagar.me's legacy API's \"<field> está faltando\"", func(t *testing.T) {
		x := explainPaste(t, "Erro ao criar cartão: Número do cartão está faltando\nNome do portador do cartão está faltando\nData de expiração do cartão está faltando")
		assert.Equal(t, "pagarme", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		x = explainPaste(t, "bairro está faltando")
		assert.Equal(t, "pagarme", providerOf(x))
		// Any form's missing field is not Pagar.me's.
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
		// An answer of one member that says nothing failed holds no error.
		assert.Nil(t, soleErrorMember(parseObject(t, `{"order": {"id": "ORD-1", "status": "paid", "message": "Order paid"}}`)))
		assert.Nil(t, soleErrorMember(parseObject(t, `{"a": 1, "error": {"code": "X1", "message": "failed"}}`)), "more than one member")
	})
}
