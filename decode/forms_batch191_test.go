package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersFortyFirstBatch: what batches 191 to 194 of real pastes (Q&A pages, billing
// APIs decifra does not catalogue, committed logs and notes) asked for, each beside a
// look-alike that must not trigger it.
func TestReadersFortyFirstBatch(t *testing.T) {
	t.Run("Chargebee's api_error_code", func(t *testing.T) {
		x := explainPaste(t, `{"message":"Sorry, we couldn't find that resource","type":"invalid_request","api_error_code":"resource_not_found","http_status_code":404}`)
		assert.Equal(t, "resource_not_found", x.Code)
		assert.Equal(t, "", providerOf(x), "no catalogued provider's")
	})
	t.Run("a code in capitals that ends a sentence saying the API answered with it", func(t *testing.T) {
		x := explainPaste(t, "Paying with the eWallet OVO payment method always returns API_VALIDATION_ERROR")
		assert.Equal(t, "API_VALIDATION_ERROR", x.Code)
		x = explainPaste(t, "The refund call failed and the docs say it returns ORDER_NOT_FOUND sometimes, then the amount")
		assert.Equal(t, "", x.Code, "not the sentence's end")
	})
	t.Run("Mercado Pago's test-user screen in Portuguese", func(t *testing.T) {
		x := explainPaste(t, "Uma das partes com as quais você está tentando efetuar o pagamento é de teste.")
		assert.Equal(t, "mercadopago", providerOf(x))
	})
	t.Run("an app's event record holding the API's answer", func(t *testing.T) {
		x := explainPaste(t, `{"timestamp":"2026-02-18T13:46:38.678Z","event":"flutterwave.verify.failed","reference":"FLW-15-1771422311275","response":{"status":"error","message":"No transaction was found for this id","data":null}}`)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		_, err := Explain([]byte(`{"timestamp":"2026-02-18T13:46:38.678Z","event":"order.created","response":{"status":"success","message":"Order created","data":{"id":1}}}`), Options{})
		assert.Error(t, err, "an event that reports success")
	})
	t.Run("a status code told as what the answer held", func(t *testing.T) {
		x := explainPaste(t, "The response only contains a status code of 400 and a message of Bad request. Nothing else.")
		assert.Equal(t, 400, x.HTTPStatus)
		_, err := Explain([]byte("We lowered the status code of our health check to 200 and nothing else changed."), Options{})
		assert.Error(t, err, "a success, told in words")
	})
}
