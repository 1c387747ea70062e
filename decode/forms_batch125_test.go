package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersThirtyFirstBatch: what batches 125 to 127 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersThirtyFirstBatch(t *testing.T) {
	t.Run("STP's (SPEI) answer: a negative id beside descripcionError", func(t *testing.T) {
		x := explainPaste(t, "{\n  resultado: {\n    descripcionError: 'El monto {XXX.0} no es válido', \n    id: -20\n  }\n}")
		assert.Equal(t, "-20", x.Code)
		assert.Equal(t, "El monto {XXX.0} no es válido", x.Message)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"resultado": {"descripcionError": "", "id": 1234}, "error": "timeout"}`)
		assert.NotEqual(t, "1234", x.Code, "a positive id is the order's, not an error's")
	})
}
