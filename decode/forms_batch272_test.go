package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSixtyThirdBatch: what batch 272 of real pastes asked for, each beside a
// look-alike that must not trigger it.
func TestReadersSixtyThirdBatch(t *testing.T) {
	t.Run("ČSOB's resultCode beside \"not in valid state\"", func(t *testing.T) {
		// csob/paymentgateway: closing or refunding a payment in the wrong state.
		for _, paste := range []string{
			`{"dttm":"20230101120000","signature":"x","payId":"b2b7bd6610b5fCB","resultCode":150,"resultMessage":"Payment not in valid state","paymentStatus":2}`,
			"Response Object ( [payId] => b2b7bd6610b5fCB [dttm] => 20170228092230 [resultCode] => 150 [resultMessage] => Payment not in valid state [paymentStatus] => 7 )",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "150", x.Code, paste)
			assert.Nil(t, x.Provider, paste)
		}
		// ČSOB's success says resultCode 0, "OK": no error.
		_, err := Explain([]byte(`{"dttm":"20230101120000","signature":"x","payId":"b2b7bd6610b5fCB","resultCode":0,"resultMessage":"OK","paymentStatus":2}`), Options{})
		assert.Error(t, err)
	})
	t.Run("Conekta's old type is the code as written", func(t *testing.T) {
		// jtapia/solidus_conekta's cassettes: the API before v2 wrote resource_not_found;
		// it is explained as v2's resource_not_found_error, and named as the paste names it.
		x := explainPaste(t, `{"object":"error","type":"resource_not_found","message":"Token 'test_tok_processing_error' could not be found."}`)
		assert.Equal(t, "conekta", providerOf(x))
		assert.Equal(t, "resource_not_found", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// v2's own name, in the same flat error, stays as it is.
		x = explainPaste(t, `{"object":"error","type":"resource_not_found_error","message":"Token 'tok_test' could not be found."}`)
		assert.Equal(t, "conekta", providerOf(x))
		assert.Equal(t, "resource_not_found_error", x.Code)
	})
}
