package decode

import (
	"testing"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
)

// TestReadersBatch325: what batches 325 and 326 of real pastes asked for, each beside a
// look-alike that must not trigger it.
func TestReadersBatch325(t *testing.T) {
	t.Run("trying again with a different payment method is no advice to resend", func(t *testing.T) {
		// polarsource/polar#13407: the app's "Please try again with a different payment
		// method" around Stripe's refusal of us_bank_account.
		for _, paste := range []string{
			"The payment failed: The PaymentMethod provided (us_bank_account) is not allowed for this PaymentIntent. Please try again with a different payment method.",
			"Error: El pago fue rechazado. Intenta nuevamente con otro medio de pago.",
			"Erro: pagamento recusado, tente de novo com outra forma de pagamento.",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, catalog.Fix, x.Retry.Strategy, paste)
		}
		// What else the words say still counts: an outage, or trying again later.
		for _, paste := range []string{
			"Error: service unavailable. Please try again with a different payment method.",
			"The payment failed. Please try again later.",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, catalog.Backoff, x.Retry.Strategy, paste)
		}
	})
	t.Run("Meteor's failed [500] is the status", func(t *testing.T) {
		// gist MarceloPrado/dde9d3f8876240c3982f87777071f909: Meteor's HTTP package around
		// Pagar.me v4's refund answer.
		x := explainPaste(t, `Error at PagarMe request { Error: failed [500] {"errors":[{"type":"action_forbidden","parameter_name":null,"message":"Um erro interno aconteceu."}],"url":"/transactions/98301253/refund","method":"post"}`)
		assert.Equal(t, "pagarme", providerOf(x))
		assert.Equal(t, 500, x.HTTPStatus)
		// A test that failed [3 of 10] is no status.
		if x, err := Explain([]byte(`Error: checkout suite failed [3 of 10] {"errors":[{"type":"action_forbidden","parameter_name":null,"message":"x"}]}`), Options{}); err == nil {
			assert.Zero(t, x.HTTPStatus)
		}
	})
	t.Run("Mercado Libre's order_not_found in the shared envelope", func(t *testing.T) {
		// mercadolibre/php-sdk#59: the marketplace's orders API; Mercado Pago's Orders API
		// sends order_not_found under errors[].
		x := explainPaste(t, `{"message":"Oops! Something went wrong...","error":"order_not_found","status":404,"cause":[]}`)
		assert.Nil(t, x.Provider)
		assert.Equal(t, "order_not_found", x.Code)
		assert.Equal(t, 404, x.HTTPStatus)
		// Mercado Pago's own words in the envelope stay its.
		x = explainPaste(t, `{"message":"Payment not found","error":"not_found","status":404,"cause":[{"code":2000,"description":"Payment not found","data":null}]}`)
		assert.Equal(t, "mercadopago", providerOf(x))
	})
	t.Run("Stripe Connect's Standard OAuth refusals", func(t *testing.T) {
		// jackrobertscott/authpack-client-190806#24 and fossasia/open-event-frontend#9202.
		for _, paste := range []string{
			`"Standard OAuth is disabled for this Stripe Connect integration. If you own this integration, you can enable the Standard OAuth flow in the Connect Settings page in your dashboard."`,
			`{"error":{"message":"We've temporarily restricted Standard OAuth for this Stripe integration as a security measure."}}`,
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "stripe", providerOf(x), paste)
			assert.Equal(t, catalog.Fix, x.Retry.Strategy, paste)
		}
		// Another API's OAuth words are not Stripe's.
		x := explainPaste(t, `{"error":"unauthorized_client","error_description":"OAuth is disabled for this client"}`)
		assert.NotEqual(t, "stripe", providerOf(x))
	})
	t.Run("an API gateway's own bare answer in front of a provider's host", func(t *testing.T) {
		// developer.pagbank.com.br/discuss/64624815adb86a0706ce4399: AWS API Gateway's
		// authorizer answers for PagBank's API, whose own errors come in error_messages[].
		x := explainPaste(t, `Client error: POST https://sandbox.api.pagseguro.com/charges/ORDE_8CD55766/cancel resulted in a 401 Unauthorized response: {"message":"Unauthorized"}`)
		assert.Nil(t, x.Provider)
		assert.Equal(t, 401, x.HTTPStatus)
		if assert.NotEmpty(t, x.Alternatives) {
			assert.Equal(t, "pagbank", x.Alternatives[0].ID)
		}
		// PagBank's own answer at the same host, its v2 API's bare "Unauthorized" and a
		// body wrapping a reason phrase stay its.
		for _, paste := range []string{
			`Client error: POST https://sandbox.api.pagseguro.com/charges/ORDE_8CD55766/cancel resulted in a 401 Unauthorized response: {"error_messages":[{"code":"UNAUTHORIZED","description":"Invalid credential. Review AUTHORIZATION header"}]}`,
			"curl -X POST https://ws.pagseguro.uol.com.br/v2/sessions -d \"email=a@b.com&token=0A1B2C3D\"\n\nUnauthorized",
			`{"error_messages":[{"code":"BAD_GATEWAY","description":"Bad Gateway"}]}`,
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "pagbank", providerOf(x), paste)
		}
	})
	t.Run("a reset in OpenSSL's handshake is no certificate problem", func(t *testing.T) {
		// developer.pagbank.com.br/discuss/6294f0291ee15b008e4d39de: the Pix sandbox's
		// mutual TLS reset before any request was sent.
		for _, paste := range []string{
			"OpenSSL SSL_connect: Connection was reset in connection to secure.sandbox.api.pagseguro.com:443",
			"cURL error 35: OpenSSL SSL_connect: Connection reset by peer in connection to auth.api.swedbank.se:443",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "Connection closed during the TLS handshake", x.Title, paste)
			assert.Equal(t, catalog.Backoff, x.Retry.Strategy, paste)
		}
		// cURL's 35 for a TLS version the server refuses is still a fix, and a reset after
		// the handshake, with the request sent, is an unknown outcome.
		x := explainPaste(t, "cURL error 35: error:1407742E:SSL routines:SSL23_GET_SERVER_HELLO:tlsv1 alert protocol version")
		assert.Equal(t, catalog.Fix, x.Retry.Strategy)
		x = explainPaste(t, "cURL error 56: OpenSSL SSL_read: Connection reset by peer, errno 104")
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
	})
	t.Run("PagBank's own Pix error typed under the Central Bank's namespace", func(t *testing.T) {
		// developer.pagbank.com.br's community: the Orders API's Pix error carries a type
		// under pix.bcb.gov.br that the specification does not define, beside error_messages.
		x := explainPaste(t, `{"status": 400, "detail": "Você não possuía chave PIX para este ambiente.", "type": "https://pix.bcb.gov.br/api/v2/error/PagamentoPixNoOrderSemChavePixDefault", "title": "Pagamento Pix no order sem chave Pix default", "error_messages": [{"code": "APIX-20164", "description": "Você não possuía chave PIX para este ambiente."}]}`)
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "APIX-20164", x.Code)
		// A type the specification defines stays the API Pix's, and so does an
		// undocumented one with no error_messages beside it.
		x = explainPaste(t, `{"type": "https://pix.bcb.gov.br/api/v2/error/CobOperacaoInvalida", "title": "Cobrança inválida.", "status": 400, "detail": "A requisição que busca alterar ou criar uma cobrança não respeita o schema.", "error_messages": [{"code": "40002"}]}`)
		assert.Equal(t, "bacen-pix", providerOf(x))
		x = explainPaste(t, `{"type": "https://pix.bcb.gov.br/api/v2/error/PagamentoPixNoOrderSemChavePixDefault", "title": "Pagamento Pix", "status": 400, "detail": "x"}`)
		assert.Equal(t, "bacen-pix", providerOf(x))
	})
	t.Run("a curly quote or another script is no Portuguese", func(t *testing.T) {
		// The Square developer forum: the typeset message's ‘ and ’ were read as accented
		// letters, the paste as Portuguese, and OnnixPay credited.
		x := explainPaste(t, "Error [category=PAYMENT_METHOD_ERROR, code=ADDRESS_VERIFICATION_FAILURE, detail=Authorization error: \u2018ADDRESS_VERIFICATION_FAILURE\u2019, field=null]")
		assert.NotEqual(t, "onnixpay", providerOf(x))
		assert.False(t, looksPortuguese("\u2018ADDRESS_VERIFICATION\u2019 \u2018FAILURE\u2019"))
		assert.False(t, looksPortuguese("签名错误 请检查后再试"))
		// Portuguese's own accents and words still are.
		assert.True(t, looksPortuguese("Transação não autorizada"))
		assert.True(t, looksPortuguese("saldo insuficiente para a cobranca"))
	})
}
