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
}
