package decode

import (
	"testing"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
)

// TestReadersSeventyThirdBatch: batch 321's pastes (Bradesco's boleto registration, a
// Webpay note, Adyen's TEST detail on a 500, Cielo's PHP SDK failing on an approved sale).
func TestReadersSeventyThirdBatch(t *testing.T) {
	t.Run("Bradesco's boleto registration names Bradesco", func(t *testing.T) {
		for _, paste := range []string{
			// decode/testdata/real/bradesco-bare-message-registro-titulo-ja-cadastrado-69, whole.
			"(ERRO DE CONSISTENCIA:   TITULO JA CADASTRADO (69))",
			// decode/testdata/real/bradesco-json-registro-boleto-cderro-2-erro-generico, whole.
			`"cdErro":"2", "msgErro":"Erro"`,
			// The namespace of its web service, its sandbox's host.
			`<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><ns2:registrarTituloResponse xmlns:ns2="http://ws.registrotitulo.ibpj.web.bradesco.com.br/"><return>{"cdErro":"810", "msgErro":"Erro Certificado"}</return></ns2:registrarTituloResponse></S:Body></S:Envelope>`,
			"url: https://proxy.api.prebanco.com.br/v1/boleto/registrarBoleto\n{ codigo: '6', mensagem: 'DADOS INCONSISTENTES - 0840' }",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "bradesco", providerOf(x), paste)
		}
		// Its registration's body, as JSON and as a Python dict: cdErro is the code, and
		// any but 0 a failure whatever its words; 0 is the registration done.
		for paste, code := range map[string]string{
			`{"cdErro":"810","msgErro":"Erro Certificado / Formatacao dos campos da mensagem invalida [0x00d30003]"}`: "810",
			"{'cdErro': '69', 'msgErro': 'TITULO JA CADASTRADO'}":                                                     "69",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "bradesco", providerOf(x), paste)
			assert.Equal(t, code, x.Code, paste)
		}
		_, err := Explain([]byte(`{"cdErro":"0","msgErro":"REGISTRO EFETUADO COM SUCESSO - CIP CONFIRMADA"}`), Options{})
		assert.Error(t, err, "a registration done is no error")
		// The words in another program's spelling are anyone's; so are the bank's website
		// and a column of an app's own table.
		checkLookAlikes(t, []readerLookAlike{
			{paste: "*** ERRO DE CONSISTENCIA: buffer.contador=3 fora de [0,2] ***"},
			{paste: "Erro de consistencia no retorno do banco de dados: falha ao gravar"},
			{paste: `Refused to frame 'https://www.bradesco.com.br/' because an ancestor violates the following Content Security Policy directive: "frame-ancestors 'self'".`},
			{paste: `ERROR: column "cdErro" does not exist`},
		})
	})
	t.Run("the words a status's number is given are no code", func(t *testing.T) {
		// decode/testdata/real/other-transbank-prose-status-webpay-rest-401-not-authorized-credentials, whole.
		x := explainPaste(t, `El error **401 "Not Authorized"** significa que las credenciales de Webpay (código de comercio o API key) están incorrectas o no están configuradas para el ambiente correcto.`)
		assert.Empty(t, providerOf(x), "PayPal's NOT_AUTHORIZED is not what a 401's words are")
		assert.Empty(t, x.Code)
		assert.Equal(t, 401, x.HTTPStatus)
		// A phrase a person quotes as the error's is still read, and so is one after the
		// status its provider documents it with (PayPal's ORDER_NOT_APPROVED is a 422, its
		// NOT_AUTHORIZED a 403).
		x = explainPaste(t, `I keep receiving the "Not Authorized" error when I call the PayPal API`)
		assert.Equal(t, "NOT_AUTHORIZED", x.Code)
		for paste, code := range map[string]string{
			`PayPal capture returns 422 "Order Not Approved"`:                   "ORDER_NOT_APPROVED",
			`PayPal REST API: 403 "Not Authorized" when refunding a capture`:    "NOT_AUTHORIZED",
			`PayPal me responde 422 "Payer Action Required" al capturar`:        "PAYER_ACTION_REQUIRED",
			`O PayPal responde 403 "Permission Denied" quando tento reembolsar`: "PERMISSION_DENIED",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "paypal", providerOf(x), paste)
			assert.Equal(t, code, x.Code, paste)
		}
	})
	t.Run("a number in a quote is that quote's", func(t *testing.T) {
		// Authorize.Net's number in the quote with the words: not Adyen's.
		x := explainPaste(t, `I'm getting this error: "Error 153, There was an error processing the payment data. Unable to decrypt data." since yesterday`)
		assert.Empty(t, providerOf(x))
		// A number in another quote leaves Stripe's words Stripe's.
		x = explainPaste(t, `I'm getting this error: "Your card was declined." and our wrapper then logs "Error 7001 payment not saved"`)
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("Adyen's TEST detail on a 500 names a cause to change", func(t *testing.T) {
		// decode/testdata/real/adyen-js-dump-web-dropin-boleto-acquirer-no-longer-supported-500, whole.
		paste := "{\n\"message\": Acquirer account 'BoletoBancarioSantander_AdyenTest' is no longer supported [This error message is only provided on TEST, this error will be a 500 Internal Error on LIVE.],\n\"pspReference\": \"QL4WW46DL6ZW8N82\"\n\"status\": 500\n}"
		x := explainPaste(t, paste)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, 500, x.HTTPStatus)
		assert.Equal(t, catalog.Fix, x.Retry.Strategy)
		assert.Contains(t, x.Retry.Source, "test environment")
		// Its words still decide: a timeout in them is a timeout's.
		x = explainPaste(t, `{"status": 500, "message": "Request timed out [This error message is only provided on TEST, this error will be a 500 Internal Error on LIVE.]", "pspReference": "QL4WW46DL6ZW8N82"}`)
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
		// Words of a failure to reach or of an internal one leave the 500 unknown.
		for _, m := range []string{"Could not connect to acquirer", "An unexpected error occurred", "Issuer not reachable"} {
			x = explainPaste(t, `{"status": 500, "message": "`+m+` [This error message is only provided on TEST, this error will be a 500 Internal Error on LIVE.]", "pspReference": "QL4WW46DL6ZW8N82"}`)
			assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy, m)
		}
		// A 500 without the detail is a 500.
		x = explainPaste(t, `{"status": 500, "errorCode": "000", "message": "Acquirer account 'X' is no longer supported", "pspReference": "QL4WW46DL6ZW8N82"}`)
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
	})
	t.Run("Cielo's PHP SDK failing to read an approved sale", func(t *testing.T) {
		// decode/testdata/real/cielo-sdk-exception-php-api30-sale-populate-stdclass-approved-unknown, whole.
		x := explainPaste(t, `PHP Catchable fatal error:  Argument 1 passed to Cielo\\API30\\Ecommerce\\Sale::populate() must be an instance of stdClass.`)
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
		x = explainPaste(t, `PHP Fatal error:  Uncaught TypeError: Cielo\API30\Ecommerce\Sale::populate(): Argument #1 ($data) must be of type stdClass, null given`)
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy, "PHP 8's words")
		// An app's own populate() is the app's bug.
		x = explainPaste(t, `PHP Fatal error:  Uncaught TypeError: Argument 1 passed to App\Entity\Product::populate() must be an instance of stdClass, array given`)
		assert.Equal(t, catalog.Fix, x.Retry.Strategy)
	})
	t.Run("a duplicate submitted or a payment already made is final", func(t *testing.T) {
		// decode/testdata/real/other-authorizenet-bare-message-rcp-arb-e00012-duplicate-subscription, its first sentences.
		x := explainPaste(t, "Error: Error Message: You have submitted a duplicate of Subscription 34933401. A duplicate subscription will not be created.")
		assert.Equal(t, catalog.None, x.Retry.Strategy)
		x = explainPaste(t, `{"code":"R12","message":"Payment already made"}`)
		assert.Equal(t, catalog.None, x.Retry.Strategy)
	})
	t.Run("after a log's level, a status's reason and a year are no code", func(t *testing.T) {
		x := explainPaste(t, "2024-01-01 10:00:00 ERROR [main] c.e.PayClient - Error 500 INTERNAL_SERVER_ERROR from gateway")
		assert.Empty(t, x.Code)
		assert.Equal(t, 500, x.HTTPStatus)
		x = explainPaste(t, "2024-01-01 10:00:00 ERROR [main] c.e.Checkout - Error 2024 is not a valid expiration year")
		assert.Empty(t, x.Code)
	})
}
