package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFiftyNinthBatch: what batch 267 of real pastes asked for, each beside a
// look-alike that must not trigger it.
func TestReadersFiftyNinthBatch(t *testing.T) {
	t.Run("Mercado Pago's error member is its code, quoted or not", func(t *testing.T) {
		// sacfiscal/WebTEFMercadoPago#7: the Point API's answer to cancelling a payment
		// intent, and the same body as Java's Map.toString prints it (no quotes).
		for _, paste := range []string{
			`{"message": "Forbidden Error checking device owner","error": "104","status": 403,"cause": []}`,
			`{message=Forbidden Error checking device owner, error=104, status=403, cause=[]}`,
		} {
			x := explainPaste(t, paste)
			if assert.NotNil(t, x.Provider, paste) {
				assert.Equal(t, "mercadopago", x.Provider.ID, paste)
			}
			assert.Equal(t, "104", x.Code, paste)
			assert.Equal(t, 403, x.HTTPStatus, paste)
		}
		// The status again in the error member is no code of its own.
		for _, paste := range []string{
			`{"message": "Not Found", "error": 404, "status": 404, "cause": []}`,
			`{message=Not Found, error=404, status=404, cause=[]}`,
			`{message=Not Found, error=404, status=null, cause=[]}`,
		} {
			x := explainPaste(t, paste)
			assert.Empty(t, x.Code, paste)
			assert.Equal(t, 404, x.HTTPStatus, paste)
		}
	})
}
