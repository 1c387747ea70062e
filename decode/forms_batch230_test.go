package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadersFiftyFirstBatch: what batches 230 and 231 of real pastes (Brazilian
// providers, API gateways, TLS failures in SDKs) asked for, each beside a look-alike that
// must not trigger it.
func TestReadersFiftyFirstBatch(t *testing.T) {
	t.Run("API Gateway's error type header", func(t *testing.T) {
		// However the header was printed: Swift's dictionary, Go's http.Response, curl -i.
		x := explainPaste(t, "response status code: 403\nresponse headers:\n[\n    x-amzn-requestid : e85253bc-a513-4791-9839-40becec07017\n    x-amzn-errortype : MissingAuthenticationTokenException \n]\n{\"message\":\"Missing Authentication Token\"}")
		assert.Equal(t, "MissingAuthenticationTokenException", x.Code)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "&{403 Forbidden 403 HTTP/2.0 2 0 map[Content-Type:[application/json] X-Amzn-Errortype:[IncompleteSignatureException] X-Amzn-Requestid:[dc0ec45f-8f6f-46d7-9e95-6d9b1f98152d]] {0xc000184480}}")
		assert.Equal(t, "IncompleteSignatureException", x.Code)
		x = explainPaste(t, "HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/\n\n{\"Message\":\"User is not authorized\"}")
		assert.Equal(t, "AccessDeniedException", x.Code, "what follows a colon is left out")
		assert.Equal(t, 403, x.HTTPStatus)
		// A body with its own code keeps it; a header named in words is no header.
		x = explainPaste(t, "HTTP/1.1 400 Bad Request\nx-amzn-ErrorType: ValidationException\n\n{\"error\":{\"code\":\"invalid_amount\",\"message\":\"Amount is invalid\"}}")
		assert.Equal(t, "invalid_amount", x.Code)
		assert.Equal(t, "", amznErrorType("we log the x-amzn-ErrorType header when it is set"))
	})
	t.Run("Guzzle's reason phrase as the server sent it", func(t *testing.T) {
		x := explainPaste(t, "Server error: `PUT https://apitest.vipps.no/ecomm/v2/payments/ord-10/cancel` resulted in a `500 APIM Internal Server Error` response:\n{\"responseInfo\":{\"responseCode\":500,\"responseMessage\":\"Something went wrong, please try again later.\"}")
		assert.Equal(t, 500, x.HTTPStatus)
		assert.Equal(t, "check_first", string(x.Retry.Strategy), "a 500 on a PUT")
		// Only after Guzzle's words: a number with other words after it is no status.
		s, _ := statusWithReason("the order resulted in 500 apim units")
		assert.Equal(t, 0, s)
	})
	t.Run("ASP.NET Web API's error body", func(t *testing.T) {
		x := explainPaste(t, `{"Message":"An error has occurred.","ExceptionMessage":"String was not recognized as a valid Boolean.","ExceptionType":"System.FormatException","StackTrace":"   at System.Boolean.Parse(String value)"}`)
		assert.Equal(t, "An error has occurred.", x.Message)
		assert.Equal(t, "String was not recognized as a valid Boolean.", x.Details)
		assert.Equal(t, "", providerOf(x))
		// A record that only names an exception's message (a logger's context, in any
		// case) is not ASP.NET's error.
		_, err := Explain([]byte(`{"Message":"Order saved","ExceptionMessage":"","ExceptionType":""}`), Options{})
		require.Error(t, err)
	})
	t.Run("Stripe's TLS sentence", func(t *testing.T) {
		x := explainPaste(t, "Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("a SOAP fault's code in words, past its namespace's prefix", func(t *testing.T) {
		x := explainPaste(t, "Fatal error: Uncaught Exception: SOAP Fault: ns1:coe.alreadyAuthenticated El CEE ya posee un TA valido para el acceso al WSN solicitado in /app/Afip.php:230")
		assert.Equal(t, "coe.alreadyAuthenticated", x.Code)
		assert.Equal(t, "coe.notAuthorized", codeInText("Error SOAP: ns1:coe.notAuthorized - Computador no autorizado a acceder al servicio"))
		// A word that is no namespace's prefix stays the code.
		assert.Equal(t, "E00027", codeInText("Authorize.Net error. E00027: The transaction was unsuccessful."))
	})
	t.Run("Spanish words of a rejection", func(t *testing.T) {
		x := explainPaste(t, "Regla: FAK61, Rechazo: Si el valor de AdditionalAccountID es igual a \"2\" y el grupo no es informado.")
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "XML Mal Formado.")
		assert.Equal(t, "", providerOf(x))
		// A line that says nothing failed is still no error.
		_, err := Explain([]byte("Sistema funcionando correctamente"), Options{})
		require.Error(t, err)
	})
	t.Run("a gateway's code beside its own words", func(t *testing.T) {
		x := explainPaste(t, `{"respproc":"FNOR","amount":"0.00","resptext":"Insufficient funds","retref":"005533134378","respstat":"C","respcode":"NU","merchid":"496160873888"}`)
		assert.Equal(t, "NU", x.Code)
		assert.Equal(t, "Insufficient funds", x.Message)
		x = explainPaste(t, `{"transaction_id":"trn_1","action":"sale","response":{"environment":"sandbox","response_type":"D","response_code":"U20","response_desc":"INVALID TRN"}}`)
		assert.Equal(t, "U20", x.Code, "one level down, under response")
		x = explainPaste(t, `{"result":[{"error":{"longText":"INTERNET FAILURE:  Timeout waiting for response across the Internet","primaryCode":9961,"shortText":"INTERNET FAILURE"},"server":{"name":"UTGAPI05CE"}}]}`)
		assert.Equal(t, "9961", x.Code, "in a list's item")
		// The same members saying all went well are no error.
		for _, ok := range []string{`{"respcode":"00","resptext":"Approval","respstat":"A"}`, `{"response":{"response_code":"A01","response_desc":"APPROVED"}}`} {
			_, err := Explain([]byte(ok), Options{})
			assert.Error(t, err, ok)
		}
	})
	t.Run("a code after (Err. or under Markdown's bold", func(t *testing.T) {
		assert.Equal(t, "10016", codeInText("Errores: El numero o fecha del comprobante no se corresponde con el proximo a autorizar. (Err. 10016)"))
		assert.Equal(t, "CFDI33102", codeInText("**CFDI33102 : El resultado de la digestión debe ser igual al resultado de la desencripción del sello.**"))
		// A word that ends in "err." is no label.
		assert.Equal(t, "", codeInText("The transfer. 100 items were refused"))
	})
	t.Run("Payflow's XMLPay answer", func(t *testing.T) {
		x := explainPaste(t, "<XMLPayResponse xmlns='http://www.verisign.com/XMLPay'>\n  <ResponseData>\n    <Vendor>TEST</Vendor>\n    <Partner>verisign</Partner>\n    <TransactionResults>\n      <TransactionResult>\n        <Result>7</Result>\n        <Message>Field format error: Invalid Token</Message>\n      </TransactionResult>\n    </TransactionResults>\n  </ResponseData>\n</XMLPayResponse>")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "7", x.Code)
		// Its <ResponseData> alone, beside its verisign partner.
		x = explainPaste(t, "<ResponseData>\n    <Result>12</Result>\n    <Message>Declined</Message>\n    <Partner>verisign</Partner>\n    <PnRef>VUJN1A6E11D9</PnRef>\n</ResponseData>")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "12", x.Code)
		// A result and a message of another API's are no Payflow's; nor is a result of 0.
		assert.Nil(t, payflowResult(&object{members: []member{{key: "Result", val: "7"}, {key: "Message", val: "Invalid"}}}, "<Response><Result>7</Result></Response>"))
		assert.Nil(t, payflowResult(&object{members: []member{{key: "RESULT", val: "0"}, {key: "RESPMSG", val: "Approved"}, {key: "PNREF", val: "V19A2E5B4C1D"}}}, ""))
	})
	t.Run("TLS failures an SDK wraps", func(t *testing.T) {
		// A connection exception of PayPal's SDK below HTTP is no PayPal error.
		x := explainPaste(t, "PayPal\\Exception\\PayPalConnectionException\n\nUnsupported SSL protocol version")
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "TLS_ERROR", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// Node's names for a certificate it refused.
		x = explainPaste(t, "\"level\": \"error\",\n\"message\": \"  Error: SELF_SIGNED_CERT_IN_CHAIN\n    at SecurePair.<anonymous> (tls.js:1381:32)\n    at SecurePair.emit (events.js:92:17)\"")
		assert.Equal(t, "SELF_SIGNED_CERT_IN_CHAIN", x.Code)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, "Error: unable to get local issuer certificate\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1659:34) {\n  code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'\n}")
		assert.Equal(t, "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", x.Code)
	})
}

// TestReadersFiftyFirstBatchSecondReview: a second review's look-alikes of the readers
// of batches 232 and 233 (designed pastes, none real), each of which had triggered one.
func TestReadersFiftyFirstBatchSecondReview(t *testing.T) {
	t.Run("an approval whose words only sound like a failure", func(t *testing.T) {
		for _, s := range []string{
			`Adyen notification: {"pspReference":"8815","resultCode":"Authorised","additionalData":{"respcode":"00","resptext":"Approved - AVS not required"}}`,
			`{"respcode":"05","resptext":"Approved (insufficient funds protection enabled)","respstat":"A"}`,
			`{"response":{"response_type":"A","response_code":"A01","response_desc":"Partial approval, insufficient balance covered"}}`,
			`{"cod_estatus":"5000","mensaje":"Solicitud Aceptada; las solicitudes rechazadas anteriormente no cuentan"}`,
			`{"status":"success","data":{"order":{"id":42,"response_code":"200","mensaje":"Pedido creado. El campo telefono no es requerido"}}}`,
			`{"id":1311772470,"status":"approved","status_detail":"accredited","metadata":{"response_code":"07","response_desc":"Approved, insufficient 3DS data"}}`,
		} {
			x, err := Explain([]byte(s), Options{})
			if err != nil {
				continue
			}
			assert.NotEqual(t, "adyen", providerOf(x), s)
			assert.NotContains(t, []string{"00", "05", "A01", "5000", "200", "07"}, x.Code, s)
		}
	})
	t.Run("prose after Err. or Regla:", func(t *testing.T) {
		for _, s := range []string{"Regla: 10 días hábiles para responder. Gracias por su pago.", "Err. 3 items pending approval",
			"Note: see Err. 10016 in the AFIP FAQ; our invoice was authorized fine.", "Regla: R123 aplicada correctamente, sin error."} {
			assert.Equal(t, "", codeInText(s), s)
		}
		// A rule's name of letters and digits is the code.
		assert.Equal(t, "ZE02", codeInText("Regla: ZE02, Rechazo: Valor de la firma inválido."))
		// A success message that says the document is not malformed is no error.
		_, err := Explain([]byte("Factura enviada correctamente. El XML no está mal formado."), Options{})
		assert.Error(t, err)
	})
	t.Run("a question about a rejection", func(t *testing.T) {
		_, err := Explain([]byte("Hola, ¿alguien sabe por qué la DIAN devuelve un rechazo?"), Options{})
		assert.Error(t, err)
	})
}

// TestReadersFiftyFirstBatchReview: a review's look-alikes of the readers above (designed
// pastes, none real), each of which had triggered one.
func TestReadersFiftyFirstBatchReview(t *testing.T) {
	t.Run("Stripe's TLS sentence quoted in another company's notice", func(t *testing.T) {
		x := explainPaste(t, "Braintree\\Exception\\SSLCertificate: The SSL certificate could not be verified. Just as Stripe no longer supports API requests made with TLS 1.0, Braintree requires TLS 1.2.")
		assert.NotEqual(t, "stripe", providerOf(x))
		x = explainPaste(t, "HTTP/1.1 426 Upgrade Required\n\n{\"status\":426,\"title\":\"Upgrade Required\",\"detail\":\"TLS 1.0 is not supported. (Stripe no longer supports API requests made with TLS 1.0 either.)\"}")
		assert.NotEqual(t, "stripe", providerOf(x))
	})
	t.Run("x-amzn-ErrorType in words, or with no exception's name", func(t *testing.T) {
		assert.Equal(t, "", amznErrorType("<p>Our proxy logs the x-amzn-ErrorType: header for debugging.</p>"))
		assert.Equal(t, "", amznErrorType("x-amzn-ErrorType: http://internal.amazon.com/coral/com.amazon.coral.service/"))
		assert.Equal(t, "", amznErrorType("(we previously saw x-amzn-ErrorType: MissingAuthenticationTokenException from the old endpoint)"))
		assert.Equal(t, "", amznErrorType("X-Debug: previous x-amzn-errortype=ThrottlingException"))
		assert.Equal(t, "UnauthorizedException", amznErrorType(`{"headers": {"x-amzn-ErrorType": "UnauthorizedException"}}`))
		assert.Equal(t, "ThrottlingException", amznErrorType("< HTTP/2 429\n< x-amzn-errortype: ThrottlingException"))
	})
	t.Run("backquotes not Guzzle's", func(t *testing.T) {
		for _, s := range []string{"running the nightly import resulted in a `404 rows skipped` warning", "the refund resulted in a `450 brl` chargeback fee"} {
			n, _ := statusWithReason(s)
			assert.Equal(t, 0, n, s)
		}
	})
	t.Run("an exception named in a logger's record or a success body", func(t *testing.T) {
		for _, s := range []string{
			`{"Timestamp":"2024-05-01T10:00:00Z","Level":"Warning","Message":"Retrying payment sync","ExceptionType":"System.Threading.Tasks.TaskCanceledException","ExceptionMessage":"A task was canceled."}`,
			`{"Success":true,"OrderId":"ord_123","Status":"Captured","ExceptionMessage":"n/a","ExceptionType":"none","Message":"ok","StackTrace":""}`,
		} {
			if x, err := Explain([]byte(s), Options{}); err == nil {
				assert.Empty(t, x.Details, s)
				assert.NotEqual(t, "fix", string(x.Retry.Strategy), s)
			}
		}
	})
}
