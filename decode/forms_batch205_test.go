package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortyFifthBatch: what batches 205 to 207 of real pastes (Latin American
// providers' and Stripe's, PayPal's and Adyen's errors written down in files committed
// to repositories, Pix through banks) asked for, each beside a look-alike that must not
// trigger it.
func TestReadersFortyFifthBatch(t *testing.T) {
	t.Run("words only one API writes, in a body an app printed with no code", func(t *testing.T) {
		x := explainPaste(t, `{"error": {"message": "No such price: 'price_1SluhgAev6mInEFV'"}}`)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, `{"error": {"message": "No such price in the list"}}`)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"error": {"type": "connector", "connector": "stripe", "message": "No such customer: 'cus_123'"}}`)
		assert.NotEqual(t, "stripe", providerOf(x), "an orchestrator relays the processor's words")
	})
	t.Run("one of PayPal's error details printed alone", func(t *testing.T) {
		x := explainPaste(t, "\"issue\":\"PAYEE_ACCOUNT_RESTRICTED\",\n\"description\":\"The merchant account is restricted.\"")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PAYEE_ACCOUNT_RESTRICTED", x.Code)
		x = explainPaste(t, "I get this error from the API:\n\"issue\":\"PAYEE_ACCOUNT_RESTRICTED\",\n\"description\":\"The merchant account is restricted.\"")
		assert.Equal(t, "PAYEE_ACCOUNT_RESTRICTED", x.Code, "under a line that introduces it")
		_, err := Explain([]byte(`{"issue": "Checkout page is slow", "description": "It takes 10 seconds to load."}`), Options{})
		assert.Error(t, err, "an issue tracker's issue")
	})
	t.Run("a code one provider owns, under a detail's name", func(t *testing.T) {
		x := explainPaste(t, "Status: rejected\nDetalle: cc_rejected_other_reason")
		assert.Equal(t, "cc_rejected_other_reason", x.Code)
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, `{"name": "UNPROCESSABLE_ENTITY", "message": "The requested action could not be performed."}`)
		assert.NotEqual(t, "cc_rejected_other_reason", x.Code)
	})
	t.Run("Checkout's recurring price in a payment session", func(t *testing.T) {
		x := explainPaste(t, "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.")
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("Efí's name without its accent", func(t *testing.T) {
		x := explainPaste(t, "**Problema:** Erro HTTP 404 ao autenticar com a API EFI")
		assert.Equal(t, "efi", providerOf(x))
		assert.Equal(t, 404, x.HTTPStatus)
	})
	t.Run("a status kept in a logged response's statusCode", func(t *testing.T) {
		x := explainPaste(t, `{"level":"error","message":"payment failed","response":{"level":"error","message":"Erro na API","statusCode":400,"data":{"erros":[{"Codigo":"E0006","Descricao":"Ambiente informado diverge do ambiente de recebimento."}]}}}`)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "E0006", x.Code)
	})
}
