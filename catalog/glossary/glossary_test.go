package glossary

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGlossary: each avoided wording is caught in its language only, and the wording the
// glossary asks for passes; so the catalog's check can fail.
func TestGlossary(t *testing.T) {
	tests := []struct {
		lang   string
		text   string
		bad    bool
		reason string
	}{
		{pt, "Reenvie com o mesmo Idempotency-Key.", true, "Idempotency-Key is feminine in Portuguese"},
		{pt, "Reenvie com a mesma Idempotency-Key.", false, "feminine, as a chave"},
		{pt, "Use um X-Idempotency-Key novo.", true, "any provider's idempotency header"},
		{pt, "o cabeçalho Idempotency-Key", false, "the header, o cabeçalho, is masculine"},
		{pt, "a Idempotency-Key usada", false, "the agreeing participle"},
		{pt, "a Idempotency-Key enviado", true, "the participle agrees: enviada"},
		{es, "Reenvíe con el mismo Idempotency-Key.", false, "masculine in Spanish, as el encabezado"},
		{es, "Reenvíe con la misma Idempotency-Key.", true, "one gender per language"},
		{pt, "Requisições demais", true, "the 429 title has one wording: Muitas requisições"},
		{pt, "Requisições em excesso", true, "the 429 title has one wording"},
		{pt, "Muitas requisições", false, "the 429 title"},
		{pt, "Tente de novo com exponential backoff.", true, "English word order inside Portuguese"},
		{pt, "Tente de novo com backoff exponencial.", false, "the Portuguese wording"},
		{pt, "Wait só se aplica quando um prazo é informado.", true, "the strategy by its English label"},
		{pt, "A estratégia wait só se aplica quando um prazo é informado.", false, "the strategy by its JSON name"},
		{pt, "O ID de merchant enviado não existe.", true, "ID do lojista"},
		{pt, "a merchant account da Adyen", false, "Adyen's product name stays"},
		{pt, "os scopes necessários", true, "escopos"},
		{pt, "requiredScopes lista os escopos", false, "field names stay"},
		{pt, "quais roles a credencial tem", true, "papéis"},
		{pt, "os controles de segurança", false, "roles only as a word"},
		{es, "los roles de la credencial", false, "roles is Spanish"},
		{pt, "Verifique se ele não foi deletado.", true, "excluído"},
		{pt, "Fonte de pagamento recusada", true, "meio de pagamento"},
		{es, "La fuente de pago difiere", true, "medio de pago"},
		{pt, "Reference do pagamento já usada", true, "referência"},
		{pt, "o pspReference do pagamento", false, "a field name"},
		{en, "Resend with the same Idempotency-Key; too many requests.", false, "English has no avoided wordings here"},
	}
	for _, tt := range tests {
		got := Check(tt.lang, tt.text)
		if tt.bad {
			assert.NotEmpty(t, got, "%q: %s", tt.text, tt.reason)
		} else {
			assert.Empty(t, got, "%q: %s", tt.text, tt.reason)
		}
	}
	for _, term := range glossary {
		for i, u := range term.use {
			assert.NotEmpty(t, u, "%s: the wording to use in %s", term.concept, []string{en, pt, es}[i])
		}
	}
}
