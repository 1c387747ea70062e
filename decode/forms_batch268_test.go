package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersSixtiethBatch: what batch 268 of real pastes asked for, each beside a
// look-alike that must not trigger it.
func TestReadersSixtiethBatch(t *testing.T) {
	t.Run("a SOAP fault is an error whatever its words say", func(t *testing.T) {
		// sarriaroman/AFIP-API#1: AFIP's WSAA refusing a certificate, as node-soap printed
		// its fault, and the same fault as XML and as JSON.
		for _, paste := range []string{
			"{ fault:\n   { faultcode: { _: 'ns1:cms.cert.untrusted', header: [Object] },\n     faultstring: 'Certificado no emitido por AC de confianza',\n     detail: { 'ns2:exceptionname': [Object], 'ns3:hostname': [Object] } } }",
			`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault><faultcode xmlns:ns1="http://xml.apache.org/axis/">ns1:cms.cert.untrusted</faultcode><faultstring>Certificado no emitido por AC de confianza</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`,
			`{"fault": {"faultcode": "ns1:cms.cert.untrusted", "faultstring": "Certificado no emitido por AC de confianza"}}`,
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "cms.cert.untrusted", x.Code, "the code after its namespace's prefix: %s", paste)
			assert.Nil(t, x.Provider, paste)
		}
		// SOAP's own Server.<subcode>: the service's code is the subcode.
		x := explainPaste(t, `{"fault": {"faultcode": "soap-env:Client.0160", "faultstring": "XML Mal Formado."}}`)
		assert.Equal(t, "0160", x.Code)
		// Whose fault it was is no code of the service's, and stays as written.
		x = explainPaste(t, `{"fault": {"faultcode": "soap:Server", "faultstring": "Server was unable to process request."}}`)
		assert.Equal(t, "soap:Server", x.Code)
		// SOAP's own kinds, Axis's wrapper of any Java exception and Java's
		// {namespace}Name say only whose fault it was: they stay as written.
		for _, code := range []string{"soap:Sender", "env:MustUnderstand", "soapenv:Server.userException", "{http://schemas.xmlsoap.org/soap/envelope/}Client"} {
			x = explainPaste(t, `{"faultcode": "`+code+`", "faultstring": "Unmarshalling Error: cvc-complex-type.2.4.a"}`)
			assert.Equal(t, code, x.Code)
		}
		// A SOAP answer with no fault, an empty fault member, or an acknowledgement whose
		// fault says nothing failed (faultcode 0, "OK") is no error.
		for _, paste := range []string{
			`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ConsultaResponse><resultado>Certificado emitido por AC de confianza</resultado></ConsultaResponse></soap:Body></soap:Envelope>`,
			`{"fault": {}, "faultstring": "", "resultado": "Certificado emitido por AC de confianza"}`,
			`{"faultcode": "0", "faultstring": "OK", "faultactor": "cmapi.send.message"}`,
			`{"fault": {"faultcode": "0", "faultstring": "OK"}}`,
			`{"transactionId": "T123", "status": "APPROVED", "faultCode": "0", "faultString": "Success"}`,
		} {
			_, err := Explain([]byte(paste), Options{})
			require.ErrorIs(t, err, ErrNoErrorFound, paste)
		}
	})
	t.Run("incorreto in Portuguese is a word of failure", func(t *testing.T) {
		// The São Paulo NFS-e's answer as an Odoo module showed it (Trust-Code/odoo-brasil#161;
		// code 1206, the RPS's signature is wrong).
		x := explainPaste(t, "Mensagem: Assinatura Digital do RPS incorreta")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// "correta" says nothing failed.
		_, err := Explain([]byte("Mensagem: Assinatura Digital do RPS correta"), Options{})
		require.ErrorIs(t, err, ErrNoErrorFound)
	})
	t.Run("Amazon Pay's reasonCode names the failure", func(t *testing.T) {
		// amzn/amazon-pay-api-sdk-php: the answer quoted in an issue, cut off mid-string.
		x := explainPaste(t, "`\"{\"reasonCode\":\"InvalidRequestSignature\",\"message\":\"Unable to verify signature, signing String [AMZN-PAY-RSASSA-`")
		assert.Equal(t, "InvalidRequestSignature", x.Code)
		assert.Nil(t, x.Provider)
		// A reasonCode that names no failure, or Cybersource's number, is no error alone.
		for _, paste := range []string{`{"reasonCode": "Success", "message": "Charge captured"}`, `{"reasonCode": "100", "message": "Successful transaction."}`} {
			_, err := Explain([]byte(paste), Options{})
			require.ErrorIs(t, err, ErrNoErrorFound, paste)
		}
	})
	t.Run("a JSON logger's record keeping the API's body as JSON in a string", func(t *testing.T) {
		// Swish's payout answer (its errors as a JSON list in a string), as a JSON logger
		// records it under error.
		body := `{"location":"","errorMessage":"[{\"errorCode\":\"PA01\",\"errorMessage\":\"Parameter is not correct.\",\"additionalInformation\":null}]"}`
		for _, paste := range []string{body, `{"level":"error","message":"payment failed","error":` + body + `,"timestamp":"2024-03-01T10:00:00.000Z"}`} {
			x := explainPaste(t, paste)
			assert.Equal(t, "PA01", x.Code, paste)
		}
		// A record with a status of its own keeps it: the body it quotes does not replace it.
		x := explainPaste(t, `{"level":"error","message":"Request failed with status code 429","statusCode":429,"error":{"message":"{\"errorCode\":\"RATE\",\"errorMessage\":\"Slow down\",\"additionalInformation\":null}"},"timestamp":"2024-03-01T10:00:00.000Z"}`)
		assert.Equal(t, 429, x.HTTPStatus)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		// A logged error whose message is words, not JSON, is read as before.
		x = explainPaste(t, `{"level":"error","message":"payment failed","error":{"errorCode":"PA02","errorMessage":"Amount is missing. [{\"see\": \"docs\"}]"},"timestamp":"2024-03-01T10:00:00.000Z"}`)
		assert.Equal(t, "PA02", x.Code)
	})
}
