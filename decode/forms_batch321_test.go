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
		// The words in another program's spelling are anyone's.
		checkLookAlikes(t, []readerLookAlike{
			{paste: "*** ERRO DE CONSISTENCIA: buffer.contador=3 fora de [0,2] ***"},
			{paste: "Erro de consistencia no retorno do banco de dados: falha ao gravar"},
		})
	})
	t.Run("the words a status's number is given are no code", func(t *testing.T) {
		// decode/testdata/real/other-transbank-prose-status-webpay-rest-401-not-authorized-credentials, whole.
		x := explainPaste(t, `El error **401 "Not Authorized"** significa que las credenciales de Webpay (código de comercio o API key) están incorrectas o no están configuradas para el ambiente correcto.`)
		assert.Empty(t, providerOf(x), "PayPal's NOT_AUTHORIZED is not what a 401's words are")
		assert.Empty(t, x.Code)
		assert.Equal(t, 401, x.HTTPStatus)
		// A phrase a person quotes as the error's is still read.
		x = explainPaste(t, `I keep receiving the "Not Authorized" error when I call the PayPal API`)
		assert.Equal(t, "NOT_AUTHORIZED", x.Code)
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
		// A 500 without the detail is a 500.
		x = explainPaste(t, `{"status": 500, "errorCode": "000", "message": "Acquirer account 'X' is no longer supported", "pspReference": "QL4WW46DL6ZW8N82"}`)
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
	})
	t.Run("Cielo's PHP SDK failing to read an approved sale", func(t *testing.T) {
		// decode/testdata/real/cielo-sdk-exception-php-api30-sale-populate-stdclass-approved-unknown, whole.
		x := explainPaste(t, `PHP Catchable fatal error:  Argument 1 passed to Cielo\\API30\\Ecommerce\\Sale::populate() must be an instance of stdClass.`)
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
	})
}
