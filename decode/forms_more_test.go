package decode

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
)

// The readers added for the third batch of real pastes, each on the line that needs it
// and on look-alikes that must not trigger it.
func TestTextReadersThirdBatch(t *testing.T) {
	t.Run("status after a request line", func(t *testing.T) {
		s, ok := requestLineStatus("i, [2014-11-24] info -- : [braintree] [24/nov/2014 17:53:17 utc] get /customers/42 503")
		assert.True(t, ok)
		assert.Equal(t, 503, s)
		_, ok = requestLineStatus("get /customers/42 200")
		assert.False(t, ok, "a success is no error status")
		_, ok = requestLineStatus("post /v1/charges with 5000 cents")
		assert.False(t, ok, "a number that is no status")
	})
	t.Run("status with a colon before its reason", func(t *testing.T) {
		s, ok := statusInText("Error executing API call (422: Unprocessable Entity): The webhook URL is invalid")
		assert.True(t, ok)
		assert.Equal(t, 422, s)
		s, ok = statusInText(`Error code : 400 with response : {"name":"INSTRUMENT_DECLINED"}`)
		assert.True(t, ok)
		assert.Equal(t, 400, s)
		_, ok = statusInText("Error code: 10486 (PayPal NVP)")
		assert.False(t, ok, "a five-digit code is no status")
	})
	t.Run("status named in quotes", func(t *testing.T) {
		for text, want := range map[string]int{"Retorno: 'Forbidden'": 403, `got "Too Many Requests"`: 429, "status: Bad Gateway\n": 502} {
			s, ok := statusInText(text)
			assert.True(t, ok, text)
			assert.Equal(t, want, s, text)
		}
		_, ok := statusInText("the resource was not found on this server")
		assert.False(t, ok, "an unquoted phrase in prose")
	})
	t.Run("numeric keys", func(t *testing.T) {
		assert.Equal(t, "10000", numericKeyCode(`pagseguro.js:93 Object {10000: "invalid creditcard brand"}`))
		assert.Equal(t, "10003", numericKeyCode(`10003: "O TOKEN WEB é inválido."`))
		assert.Empty(t, numericKeyCode(`2024: a year, not a code`))
		assert.Empty(t, numericKeyCode(`{42: "too short"}`))
	})
	t.Run("code before a dash", func(t *testing.T) {
		assert.Equal(t, "INTERNAL_SERVICE_ERROR", codeInText("INTERNAL_SERVICE_ERROR - System error. Please try again later. (500)"))
		assert.Empty(t, codeInText("HELLO - world"), "an upper-case word without an underscore")
	})
	t.Run("soap faultstring code", func(t *testing.T) {
		assert.Equal(t, "163", faultStringCode("validation 163 Original pspReference required for this operation"))
		assert.Empty(t, faultStringCode("Policy Falsified"))
		assert.Empty(t, faultStringCode("Server was unable to process request. ---> strPAN should be at least 13"))
	})
	t.Run("placeholder ids", func(t *testing.T) {
		for _, id := range []string{"<redacted>", "[FILTERED]", "{{request_id}}", "****", "null", "xxxxxxxx"} {
			assert.True(t, placeholderID(id), id)
		}
		for _, id := range []string{"8815893616598667", "req_abc123", "fff7b1c355b6d", "<b>&amp;"} {
			assert.False(t, placeholderID(id), id)
		}
	})
	t.Run("camel-case joins", func(t *testing.T) {
		assert.True(t, containsCue("occurred in AdyenPaymentGatewaySample.dll", "Adyen", true))
		assert.True(t, containsCue("StripeClient failed", "Stripe", true))
		assert.False(t, containsCue("pinstripes", "stripe", true))
		assert.False(t, containsCue("Stripes", "Stripe", true), "a lower-case letter goes on the word")
	})
	t.Run("a provider's API by name", func(t *testing.T) {
		assert.True(t, namesItsAPI("authentication failed with pagseguro api. check", "pagseguro"))
		assert.True(t, namesItsAPI("erro na api asaas [400]", "asaas"))
		assert.True(t, namesItsAPI("falha na api do pagseguro", "pagseguro"))
		assert.False(t, namesItsAPI("pagseguro module: payment error", "pagseguro"))
	})
	t.Run("words of refusal", func(t *testing.T) {
		for _, msg := range []string{"A chave de API informada não pertence a este ambiente", "Você não possui permissão para utilizar este recurso",
			"You must supply a valid API key", "Operação de Pagamento Falhou."} {
			_, err := Explain([]byte(msg), Options{})
			assert.NoError(t, err, msg)
		}
		_, err := Explain([]byte("hello world"), Options{})
		assert.Error(t, err, "words that report nothing")
	})
	t.Run("html signatures", func(t *testing.T) {
		assert.True(t, isHTML("<!DOCTYPE HTML>\n<html>"))
		assert.True(t, isHTML("junk <TITLE>502</TITLE>"))
		assert.False(t, isHTML("a < b and b > c"))
		assert.Equal(t, "Akamai", htmlServer("Access Denied\n\nYou don't have permission to access \"http://www.paypal.com/\" on this server.\nReference #18.1", nil))
	})
}

// Errors nested deep in a body: found under members that hold errors, not elsewhere.
func TestNestedError(t *testing.T) {
	parse := func(s string) *object { return parseObject(t, s) }
	authnet := parse(`{"messages":{"resultCode":"OK"},"transactionResponse":{"errors":{"error":[{"errorCode":"37","errorText":"The credit card number is invalid."}]}}}`)
	n := nestedError(authnet)
	if assert.NotNil(t, n) {
		assert.Equal(t, "37", genericCode(n))
		assert.Equal(t, "The credit card number is invalid.", nestedMessage(n))
	}
	braintree := parse(`{"errors":{"errorCollections":{"transaction":{"validationErrors":{"base":[{"attribute":"base","code":"91508","message":"Cannot determine payment method."}]}}}}}`)
	if n := nestedError(braintree); assert.NotNil(t, n) {
		assert.Equal(t, "91508", genericCode(n))
	}
	assert.Nil(t, nestedError(parse(`{"data":{"items":[{"code":"A1","message":"ok"}]}}`)), "not under an errors member")
	assert.Nil(t, nestedError(parse(`{"last_payment_error":{"code":"card_declined","message":"declined"}}`)), "a member that only mentions error")
}

// The readers added for the fourth batch of real pastes.
// parseObject reads the JSON object s.
func parseObject(t *testing.T, s string) *object {
	t.Helper()
	res, ok := parseLenient(s, 0)
	assert.True(t, ok)
	o, _ := res.value.(*object)
	return o
}

// explainPaste explains paste with no options, failing the test when it reads no error.
func explainPaste(t *testing.T, paste string) *Explanation {
	t.Helper()
	x, err := Explain([]byte(paste), Options{})
	if !assert.NoError(t, err, paste) {
		return &Explanation{}
	}
	return x
}

// providerOf is the id of the provider credited, "" for none.
func providerOf(x *Explanation) string {
	if x.Provider == nil {
		return ""
	}
	return x.Provider.ID
}

func TestReadersFourthBatch(t *testing.T) {
	explain := explainPaste
	t.Run("a code of common words names no provider alone", func(t *testing.T) {
		assert.True(t, commonWordsCode("MISSING_REQUIRED_PARAMETER"))
		assert.True(t, commonWordsCode("INTERNAL_SERVER_ERROR"))
		assert.False(t, commonWordsCode("INSTRUMENT_DECLINED"))
		assert.False(t, commonWordsCode("PAYEE_ACCOUNT_RESTRICTED"))
		x := explain(t, "[errors] => Array\n(\n [0] => stdClass Object\n (\n  [category] => INVALID_REQUEST_ERROR\n  [code] => MISSING_REQUIRED_PARAMETER\n  [detail] => Field must be set\n  [field] => card_nonce\n )\n)")
		assert.Empty(t, providerOf(x), "Square's error is not PayPal's")
		assert.Equal(t, "MISSING_REQUIRED_PARAMETER", x.Code)
	})
	t.Run("an SDK's connection exception with cURL's errno", func(t *testing.T) {
		x := explain(t, "PayPalConnectionException {#221 ▼\n  -url: \"https://api.sandbox.paypal.com/v1/oauth2/token\"\n  #message: \"SSL peer handshake failed, the server most likely requires a client certificate to connect\"\n  #code: 35\n  #file: \"/app/vendor/paypal/rest-api-sdk-php/lib/PayPal/Core/PayPalHttpConnection.php\"\n  #line: 122\n")
		assert.Empty(t, providerOf(x), "nothing answered: no provider's error")
	})
	t.Run("a status word in a payment response", func(t *testing.T) {
		x := explain(t, `[2022-09-09T09:41:19+00:00] AdyenLoggerTest.INFO: JSON Response to Adyen:{"pspReference":"...","resultCode":"Error","merchantReference":"...."} [] []`)
		assert.Equal(t, "adyen", providerOf(x))
	})
	t.Run("PayPal's information_link", func(t *testing.T) {
		x := explain(t, `{"name":"PAYMENT_CREATION_ERROR","debug_id":"114986a1306a6","message":"checkout-session not created","information_link":"https://developer.paypal.com/docs/api/#PAYMENT_CREATION_ERROR"}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PAYMENT_CREATION_ERROR", x.Code)
	})
	t.Run("a reason phrase leading an exception's message", func(t *testing.T) {
		x := explain(t, "Mollie.Api.Client.MollieApiException: Unprocessable Entity - Cannot accept both `businessCategory` and `categoryCode` parameters.")
		assert.Equal(t, 422, x.HTTPStatus)
	})
	t.Run("members without braces, one an object", func(t *testing.T) {
		x := explain(t, `"error":{"code":"invalid_value","message":"x"},"status":400`)
		assert.Equal(t, "invalid_value", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
	})
	t.Run("an error about a credential is not the credential", func(t *testing.T) {
		x := explain(t, "Token: Invalid token.")
		assert.Empty(t, x.Input.Redacted)
		masked, names := Redact([]byte("Token: abcdef0123456789\n"))
		assert.Equal(t, "Token: ****\n", string(masked))
		assert.NotEmpty(t, names)
	})
	t.Run("Stripe's request id leading a message", func(t *testing.T) {
		x := explain(t, "Request req_LUEtpFa5SWJj8s: No such price: 'price_1Jk8KjBZlBPWG6ECQXNqcKhR'")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "req_LUEtpFa5SWJj8s", x.RequestID)
	})
}

// The readers added for the fifth batch of real pastes, each on the form that needs it
// and on a look-alike that must not trigger it.
func TestReadersFifthBatch(t *testing.T) {
	t.Run("a logger's JSON record is read as a log", func(t *testing.T) {
		x := explainPaste(t, `{"message": "RETRIEVE STRIPE CUSTOMER ERROR", "lineno": 168, "levelname": "ERROR", "error": "Request req_fF3sb9JkiNGkbd: No such customer: cus_x"}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.False(t, logRecord(parseObject(t, `{"timestamp":"2024-01-01T00:00:00Z","status":500,"error":"Internal Server Error","path":"/pay"}`)),
			"Spring's error body is an API's answer")
	})
	t.Run("a JavaScript error with its stack", func(t *testing.T) {
		x := explainPaste(t, `{"message": "An unknown error occurred", "stack": "Error: An unknown error occurred\n    at Function.generate (/work/node_modules/stripe/lib/Error.js:42:16)\n    at res.toJSON.then.StripeAPIError.message (/work/node_modules/stripe/lib/StripeResource.js:220:35)"}`)
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("Authorize.Net's messages under resultCode Error", func(t *testing.T) {
		x := explainPaste(t, `{"messages":{"resultCode":"Error","message":[{"code":"E00003","text":"The element 'order' is invalid."}]}}`)
		assert.Equal(t, "E00003", x.Code)
		assert.Nil(t, x.Provider)
		_, err := Explain([]byte(`{"messages":{"resultCode":"Ok","message":[{"code":"I00001","text":"Successful."}]}}`), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "resultCode Ok is a success")
	})
	t.Run("Rust's Debug of a struct and of Some", func(t *testing.T) {
		x := explainPaste(t, `SquareErrorResponse { errors: [SquareErrorDetails { category: Some("INVALID_REQUEST_ERROR"), code: Some("BAD_REQUEST"), detail: Some("Bad request.") }] }`)
		assert.Equal(t, "BAD_REQUEST", x.Code)
		assert.Equal(t, "Bad request.", x.Message)
	})
	t.Run("var_export items without keys, cut off", func(t *testing.T) {
		x := explainPaste(t, `'response' => array('responseEnvelope' => array('ack' => 'Failure', 'correlationId' => 'ff9b97cb3df5d'), 'error' => array(array('errorId' => '520003', 'message' => 'Authentication failed. API credentials are incorrect.')`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "520003", x.Code)
		assert.Equal(t, "ff9b97cb3df5d", x.RequestID)
	})
	t.Run("a code leading its message", func(t *testing.T) {
		assert.Equal(t, "81703", codeInText("81703: Credit card type is not accepted by this merchant account."))
		assert.Empty(t, codeInText("2024: the year we moved to the new API"), "a year")
		assert.Empty(t, codeInText("81703: declined"), "a code needs a sentence after it")
	})
	t.Run("the status after a message's last sentence", func(t *testing.T) {
		s, ok := statusInText("INSTRUMENT_DECLINED - Please choose a different method. (400) | PayPal Debug-ID: 96bcb4b90efae")
		assert.True(t, ok)
		assert.Equal(t, 400, s)
		_, ok = statusInText("Receiver is blocked. (53080)")
		assert.False(t, ok, "a five-digit code in brackets")
	})
	t.Run("the status alone on its line", func(t *testing.T) {
		for text, want := range map[string]int{"API Response (raw)\n422\n{\n}": 422, "POST https://apis.bancointer.com.br/boletos\n401\n73 ms": 401} {
			s, ok := statusAloneOnLine(text)
			assert.True(t, ok, text)
			assert.Equal(t, want, s, text)
		}
		_, ok := statusAloneOnLine("items in stock\n500\nleft")
		assert.False(t, ok, "a number with nothing saying it is a status")
	})
	t.Run("curl's connect timeout is not its transfer timeout", func(t *testing.T) {
		x := explainPaste(t, "(Network error [errno 28]: Connection timed out after 30001 milliseconds)")
		assert.Equal(t, catalog.Backoff, x.Retry.Strategy, "nothing was sent")
		x = explainPaste(t, "cURL error 28: Operation timed out after 5000 milliseconds with 0 bytes received")
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy, "the request may have been processed")
	})
	t.Run("a GET in a log's request line", func(t *testing.T) {
		get := `2018-07-31 10:45:04,092 - DEBUG - https://api.mercadopago.com:443 "GET /v1/payments/search HTTP/1.1" 504 52
b'{\n  "status": 504,\n  "message": "Gateway Timeout"\n}\n'`
		assert.Equal(t, catalog.Backoff, explainPaste(t, get).Retry.Strategy, "a read may be sent again")
		post := strings.Replace(get, "GET /v1/payments/search", "POST /v1/payments", 1)
		assert.Equal(t, catalog.CheckFirst, explainPaste(t, post).Retry.Strategy, "a write's outcome is unknown")
	})
	t.Run("an error type in key-value lines", func(t *testing.T) {
		x := explainPaste(t, "Payment Response:\nType: invalid_request_error\nCode: \nMessage: Received unknown parameter: name")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "parameter_unknown", x.Code)
	})
	t.Run("what the words say of a retry", func(t *testing.T) {
		assert.Equal(t, catalog.Backoff, guessStrategy("An internal error has occurred. Please retry your request."))
		assert.Equal(t, catalog.CheckFirst, guessStrategy("Internal error"), "the outcome of a write is unknown")
		assert.Equal(t, catalog.CheckFirst, guessStrategy("MercadoPagoError: Unknown Error"))
		assert.Equal(t, catalog.Fix, guessStrategy("Invalid card number"))
	})
	t.Run("a network failure kept in an SDK's error", func(t *testing.T) {
		x := explainPaste(t, `error: undefined {"raw":{"message":"An error occurred with our connection to Stripe.","detail":{"code":"ECONNRESET"}},"detail":{"code":"ECONNRESET"},"type":"StripeConnectionError"}`)
		assert.Equal(t, "ECONNRESET", x.Code)
		assert.Nil(t, x.Provider, "nothing answered")
		x = explainPaste(t, "WP_Error Object\n(\n    [errors] => Array\n        (\n            [http_request_failed] => Array\n                (\n                    [0] => cURL error 52: Empty reply from server\n                )\n        )\n    [error_data] => Array\n        (\n        )\n)")
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
		assert.Equal(t, "cURL error 52", x.Code)
	})
	t.Run("JSON inside a Python string, its line breaks escaped", func(t *testing.T) {
		x := explainPaste(t, `stripe API request to https://api.stripe.com/v1/charges returned (response code, response body) of (402, '{\n  "error": {\n    "message": "Your card was declined.",\n    "type": "card_error",\n    "code": "card_declined"\n  }\n}\n')`)
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, 402, x.HTTPStatus)
		_, ok := statusInText(`print(a, '{"x": 1}')`)
		assert.False(t, ok, "no status before the body")
	})
	t.Run("SDK marks", func(t *testing.T) {
		assert.Equal(t, "stripe", providerOf(explainPaste(t, "stripe.InvalidRequestError\nInvalidRequestError: No such customer: cus_xxxxxxxxxxxxxx")))
		assert.Equal(t, "pagarme", providerOf(explainPaste(t, "Could not find required constructor arguments for PagarmeApiSDKLib\\Exceptions\\ErrorException: request")))
		assert.Equal(t, "pagbank", providerOf(explainPaste(t, "There was an unexpected error (type=Internal Server Error, status=500).\nInvalid character '=' in \"application/vnd.pagseguro.com.br.v1+json\"")))
	})
}

// The readers added for the sixth batch of real pastes.
func TestReadersSixthBatch(t *testing.T) {
	t.Run("a string util.inspect split with +", func(t *testing.T) {
		x := explainPaste(t, "{\n  message: 'bin_not_found',\n  error: 'bad_request',\n  status: 400,\n  cause: [ { code: 10105, description: 'Bin not found', data: '11-04-2026T02:15:57UTC;67280cc6-5de6-49ad-a13e-d6857e5dc345' } ],\n  stack: '\\n' +\n    '    at create-payment.js'\n}")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "67280cc6-5de6-49ad-a13e-d6857e5dc345", x.RequestID)
		o := parseObject(t, "{a: 'x' +\n   \"y\", b: 2}")
		assert.Equal(t, "xy", o.str("a"))
		assert.Equal(t, "2", scalarText(o.get("b")))
	})
	t.Run("Mercado Pago's causes and a null cause", func(t *testing.T) {
		x := explainPaste(t, `{"error":"non_existent_external_store_id","message":"External store id does not refer any store","status":400,"causes":[]}`)
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, `{ "message": "notificaction_url attribute must be a valid url", "error": "invalid_notification_url", "status": 400, "cause": null }`)
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, `{"message": "Not Found", "error": "not_found", "status": 404}`)
		assert.Empty(t, providerOf(x), "no cause member at all")
	})
	t.Run("var_dump of a code and a message", func(t *testing.T) {
		o := phpScalarPair(`int(53041) string(38) "installment value invalid value: 50.20"`)
		if assert.NotNil(t, o) {
			assert.Equal(t, "53041", genericCode(o))
			assert.Equal(t, "installment value invalid value: 50.20", genericMessage(o))
		}
		assert.Nil(t, phpScalarPair(`int(3) string(99) "too short for its length"`))
	})
	t.Run("HTTP Exception: 401", func(t *testing.T) {
		s, ok := statusInText("- HTTP Exception: 401. 401: HTTP Status Response - Unauthorized")
		assert.True(t, ok)
		assert.Equal(t, 401, s)
	})
	t.Run("a network failure in Monolog's context", func(t *testing.T) {
		x := explainPaste(t, `[2022-05-03 23:19:27] local.ERROR: cURL error 58: could not load PEM client certificate for https://secure.sandbox.api.pagseguro.com/pix/oauth2 {"exception":"[object] (GuzzleHttp\\Exception\\RequestException(code: 0): cURL error 58: could not load PEM client certificate at /app/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:211)"}`)
		assert.Nil(t, x.Provider, "the call to PagSeguro never reached it")
		assert.Equal(t, catalog.Fix, x.Retry.Strategy)
	})
}

// The readers added for the seventh batch of real pastes: plugins' logs and SDKs' files.
func TestReadersSeventhBatch(t *testing.T) {
	t.Run("a documented code alone", func(t *testing.T) {
		x := explainPaste(t, "53079")
		assert.Equal(t, "53079", x.Code)
		assert.Equal(t, "pagbank", providerOf(x), "a long number only PagSeguro documents")
		x = explainPaste(t, "53079.")
		assert.Equal(t, "53079", x.Code, "a sentence's full stop")
		x = explainPaste(t, "3034")
		assert.Equal(t, "3034", x.Code)
		assert.Nil(t, x.Provider, "a short number alone credits no provider")
		_, err := Explain([]byte("98765"), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "a number no provider documents")
	})
	t.Run("a code alone that reads as words too, in every reader", func(t *testing.T) {
		// The seeds' providers score their envelopes with the code's membership; with no
		// envelope, their codes count as any provider's code alone.
		for code, want := range map[string]string{"PIX_ALREADY_PAID": "onnixpay", "DUPLICATE_BOLETO": "fluxiq",
			"samePartiesError": "gsma-mm", "EntryCannotBeQueriedForBookTransfer": "pix-dict", "CobPayloadOperacaoInvalida": "bacen-pix",
			"billing_policy_remote_function_unreachable": "stripe"} {
			x := explainPaste(t, code)
			assert.Equal(t, code, x.Code, code)
			assert.Equal(t, want, providerOf(x), code)
			if assert.NotNil(t, x.Provider, code) {
				assert.Contains(t, x.Provider.Evidence, "the code alone: "+code+" is "+x.Provider.Name+"'s")
			}
		}
		x := explainPaste(t, "PIX_ALREADY_PAID")
		assert.Equal(t, catalog.None, x.Retry.Strategy, "the catalog's advice, not a guess from the words")
		x = explainPaste(t, `{"code": "PIX_ALREADY_PAID"}`)
		assert.Equal(t, "onnixpay", providerOf(x), "a small body of any shape with a long code only OnnixPay writes")
		assert.Nil(t, explainPaste(t, `{"code": "PIX_EXPIRED"}`).Provider, "a short one in a small body is anybody's, as every provider's")
		x = explainPaste(t, "errorCode: samePartiesError")
		assert.Equal(t, "samePartiesError", x.Code, "a camel-case code after its label")
		assert.Equal(t, "gsma-mm", providerOf(x))
		assert.Empty(t, explainPaste(t, "Error: 422 Unprocessable Entity").Code, "a status after a label is no code")
		x = explainPaste(t, "MobileMoneyException: quoteHasExpired")
		assert.Equal(t, "quoteHasExpired", x.Code, "a camel-case code that ends the line after a label")
		assert.Equal(t, "gsma-mm", providerOf(x))
		x = explainPaste(t, "Status: rejected\nDetalle: cc_rejected_other_reason")
		assert.Equal(t, "cc_rejected_other_reason", x.Code, "a snake-case code after a label of any language")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "BP-DR-1", explainPaste(t, "Exception: BP-DR-1").Code)
		x = explainPaste(t, "2025-11-14 10:30:00 ERROR payment failed code=amount_too_small")
		assert.Equal(t, "amount_too_small", x.Code, "a log's key=value pair")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Empty(t, explainPaste(t, "2025-11-14 10:30:00 ERROR payment failed code=1").Code, "an exit code")
		assert.NotEqual(t, "not_a_code", explainPaste(t, "ERROR payment failed code=not_a_code").Code, "a code no provider documents")
		assert.NotEqual(t, "BadRequest", explainPaste(t, "PagSeguroServiceException: HttpStatusCode: BadRequest").Code, "a status's name, though DICT documents it")
		// Codes made of words every API uses stay anybody's, in capitals, snake or camel case.
		for _, code := range []string{"DUPLICATE_TRANSACTION", "INSUFFICIENT_PERMISSIONS", "PROVIDER_TIMEOUT", "InvalidCard", "duplicateRequest", "RateLimited"} {
			x := explainPaste(t, code)
			assert.Equal(t, code, x.Code, code)
			assert.Nil(t, x.Provider, code)
			assert.NotEmpty(t, x.Alternatives, code)
		}
		assert.Empty(t, explainPaste(t, "Refused").Code, "a word is no code")
		_, err := Explain([]byte("A1"), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "two characters are anybody's")
	})
	t.Run("Conekta's flat error", func(t *testing.T) {
		x := explainPaste(t, `{"object": "error", "type": null, "message": "Payment method invalid or missing.", "message_to_purchaser": "Tipo de método de pago inválido.", "param": "payment_type", "code": "invalid_payment_type"}`)
		assert.Equal(t, "conekta", providerOf(x))
		assert.Equal(t, "invalid_payment_type", x.Code)
	})
	t.Run("Getnet's antifraud code", func(t *testing.T) {
		x := explainPaste(t, `{"message": "DENY", "name": "CreditServiceError", "status_code": 402, "details": [{"antifraud": {"code": "DENY", "description": "Transacao Negada!"}}]}`)
		assert.Equal(t, "getnet", providerOf(x))
		assert.Equal(t, "DENY", x.Code)
		assert.Equal(t, 402, x.HTTPStatus)
	})
	t.Run("StatusCode is a code only when it is no HTTP status", func(t *testing.T) {
		assert.Equal(t, "98020", genericCode(parseObject(t, `{"StatusCode":98020,"StatusMessage":"El campo CSSTCITY es obligatorio."}`)))
		assert.Empty(t, genericCode(parseObject(t, `{"StatusCode":404,"StatusMessage":"Not Found"}`)))
	})
	t.Run("a link to the error in PayPal's reference", func(t *testing.T) {
		x := explainPaste(t, "Failed to process the payment. [UNPROCESSABLE_ENTITY] The requested action could not be performed. https://developer.paypal.com/docs/api/orders/v2/#error-DUPLICATE_INVOICE_ID PayPalGateway.php:604")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "DUPLICATE_INVOICE_ID", x.Code)
	})
	t.Run("a code of common words with a short message credits no one", func(t *testing.T) {
		x := explainPaste(t, `{'error': 'put error', 'status': 401, 'cause': 'Unauthorized', 'message': '{"code":"unauthorized","message":"invalid access token"}'}`)
		assert.Nil(t, x.Provider)
		assert.Equal(t, 401, x.HTTPStatus)
	})
	t.Run("a CDN's own page logged by a provider's SDK", func(t *testing.T) {
		x := explainPaste(t, `16/04/2020 11:36:59 PagSeguro.br.com.uol.pagseguro.api.checkout.CheckoutsResource[FINE]: Resposta: HttpResponse{responseAsString='<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>504 ERROR</H1><PRE>Generated by cloudfront (CloudFront)Request ID: abc</PRE></BODY></HTML>', status=504}`)
		assert.Nil(t, x.Provider, "CloudFront answered")
		assert.Equal(t, 504, x.HTTPStatus)
	})
	t.Run("a provider's XML inside an SDK's toString", func(t *testing.T) {
		x := explainPaste(t, `PagSeguro.br.com.uol.pagseguro.api.checkout.CheckoutsResource[FINE]: Resposta: HttpResponse{responseAsString='<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><errors><error><code>11150</code><message>Unauthorized PaymentMethodConfig: MAX_INSTALLMENTS_LIMIT</message></error></errors>', status=400}`)
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "11150", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
	})
	t.Run("an error page with no status, after a log line that says error", func(t *testing.T) {
		x := explainPaste(t, "10/12/2019 13:26:13 PagSeguro.Transactions.Search.Reference[error]: <!DOCTYPE html>\n<html><head><title>PagSeguro Sandbox - Não foi possível exibir a página</title><link href=\"https://stc.sandbox.pagseguro.uol.com.br/lib/sandbox/maintenance.css\"></head><body></body></html>")
		assert.Equal(t, "PagSeguro Sandbox - Não foi possível exibir a página", x.Message)
		assert.Equal(t, catalog.Backoff, x.Retry.Strategy, "a page of maintenance")
		_, err := Explain([]byte("<!DOCTYPE html><html><head><title>Welcome</title></head><body>Hello</body></html>"), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "a page that reports nothing")
	})
	t.Run("a log record's response and its status", func(t *testing.T) {
		x := explainPaste(t, `{"time":"2026-02-23 18:56:09","context":"HTTP","message":"Esta cobrança não pode mais ser paga.","meta":{"endpoint":"\/payments\/pay_1\/pixQrCode","code":400,"response":"{\"errors\":[{\"code\":\"invalid_action\",\"description\":\"Esta cobrança não pode mais ser paga.\"}]}"}}`)
		assert.Equal(t, "asaas", providerOf(x))
		assert.Equal(t, "invalid_action", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
	})
	t.Run("the status in Markdown", func(t *testing.T) {
		s, ok := statusInText("- **Endpoint:** `POST /customers`\n- **Status HTTP:** 403\n")
		assert.True(t, ok)
		assert.Equal(t, 403, s)
	})
	t.Run("PayPal's SOAP errors and correlation id", func(t *testing.T) {
		x := explainPaste(t, `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body id="_0"><DoDirectPaymentResponse xmlns="urn:ebay:api:PayPalAPI"><Ack>Failure</Ack><CorrelationID>b874109bfd11</CorrelationID><Errors><ShortMessage>Authentication/Authorization Failed</ShortMessage><LongMessage>You do not have permissions to make this API call</LongMessage><ErrorCode>10002</ErrorCode><SeverityCode>Error</SeverityCode></Errors></DoDirectPaymentResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10002", x.Code)
		assert.Equal(t, "b874109bfd11", x.RequestID)
		assert.Equal(t, "You do not have permissions to make this API call", x.Message)
	})
	t.Run("Ruby's net/http wire log", func(t *testing.T) {
		x := explainPaste(t, "-> \"HTTP/1.1 402 Payment Required\\r\\n\"\n-> \"Request-Id: req_7CqEdcyzeRNGQO\\r\\n\"\nreading 195 bytes...\n-> \"{\\n  \\\"error\\\": {\\n    \\\"message\\\": \\\"Your card was declined.\\\",\\n    \\\"type\\\": \\\"card_error\\\",\\n    \\\"code\\\": \\\"card_declined\\\"\\n  }\\n}\\n\"")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, 402, x.HTTPStatus)
	})
}

// The readers added for the eighth batch of real pastes: Q&A pages and committed logs.
func TestReadersEighthBatch(t *testing.T) {
	t.Run("PayPal's NVP answer under one member, and a warning", func(t *testing.T) {
		x := explainPaste(t, "Array\n(\n[errors] => Array(\n[CORRELATIONID] => 6fc8ed447aeb7\n[ACK] => Failure\n[L_ERRORCODE0] => 10413\n[L_LONGMESSAGE0] => The totals of the cart item amounts do not match order amounts.\n)\n)")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10413", x.Code)
		assert.Equal(t, "6fc8ed447aeb7", x.RequestID)
		assert.True(t, nvpError(parseObject(t, `{"ACK": "SuccessWithWarning", "L_ERRORCODE0": "11452"}`)))
		assert.False(t, nvpError(parseObject(t, `{"ACK": "Success"}`)))
	})
	t.Run("codes in words", func(t *testing.T) {
		assert.Equal(t, "10486", codeInText("This transaction couldn't be completed. Please redirect your customer to PayPal (#10486: This transaction couldn't be completed)."))
		assert.Equal(t, "E00027", codeInText("Authorize.Net error. E00027: A duplicate transaction has been submitted."))
		assert.Equal(t, "conekta.errors.parameter_validation.amount.number_is_not_greater_than",
			codeInText("\"amount\" no es mayor a 0.\n\nconekta.errors.parameter_validation.amount.number_is_not_greater_than\n"))
		assert.Equal(t, "119", codeInText("119: At least one Payment is required"))
		assert.Empty(t, codeInText("404: Not Found on this server"), "a status is no code")
		assert.Equal(t, "RISK_DECLINE", payPalLinkedCode(`information_link="https://developer.paypal.com/webapps/developer/docs/api/#RISK_DECLINE"`))
		assert.Empty(t, payPalLinkedCode("https://developer.paypal.com/docs/#overview"))
	})
	t.Run("quoted pairs", func(t *testing.T) {
		o, ok := formBody("name=\"RISK_DECLINE\"\nmessage=\"Transaction was declined\", information_link=\"https://developer.paypal.com/docs/api/#RISK_DECLINE\"")
		if assert.True(t, ok) {
			assert.Equal(t, "RISK_DECLINE", o.str("name"))
			assert.Equal(t, "Transaction was declined", o.str("message"))
			assert.Equal(t, "https://developer.paypal.com/docs/api/#RISK_DECLINE", o.str("information_link"))
		}
	})
	t.Run("statuses", func(t *testing.T) {
		for text, want := range map[string]int{"504 Gateway Time-out\n\nnginx": 504, `400{"name":"UNAUTHORIZED_PAYMENT"}`: 400} {
			s, ok := statusInText(text)
			assert.True(t, ok, text)
			assert.Equal(t, want, s, text)
		}
		_, ok := statusInText(`order 12400{"name":"x"}`)
		assert.False(t, ok, "digits of a longer number")
	})
	t.Run("what words say of a retry", func(t *testing.T) {
		assert.Equal(t, catalog.Backoff, guessStrategy("Request rate limit exceeded"), "no delay stated")
		assert.Equal(t, catalog.Fix, guessStrategy("Please try again later. Reason: Cannot use a payment_method_nonce more than once."))
		assert.Equal(t, catalog.None, guessStrategy("A duplicate transaction has been submitted."))
	})
	t.Run("PayPal's older details name the error", func(t *testing.T) {
		x := explainPaste(t, `{"name": "BUSINESS_ERROR", "debug_id": "90d7cf2a9d1a1", "message": "Business error", "information_link": "https://developer.paypal.com/webapps/developer/docs/api/#BUSINESS_ERROR", "details": [{"name": "TOKEN_NOT_FOUND", "message": "Not Found: Invalid BA-Token Identifier"}]}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "TOKEN_NOT_FOUND", x.Code)
	})
	t.Run("an API telling its reader to contact support is not someone asking", func(t *testing.T) {
		x := explainPaste(t, "Não foi possível finalizar sua solicitação. Por favor, entre em contato com o suporte Gerencianet.")
		assert.NotEmpty(t, x.Message)
		_, err := Explain([]byte("the payment failed, please help"), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound)
	})
}

// The readers added for the ninth batch: recorded responses and committed logs.
func TestReadersNinthBatch(t *testing.T) {
	t.Run("Stripe's Workbench log link names the request", func(t *testing.T) {
		x := explainPaste(t, `{"error": {"code": "card_declined", "decline_code": "lost_card", "message": "Your card was declined.", "type": "card_error", "request_log_url": "https://dashboard.stripe.com/acct_1/test/workbench/logs?object=req_LqiHwAPEdwtAbe"}}`)
		assert.Equal(t, "req_LqiHwAPEdwtAbe", x.RequestID)
	})
	t.Run("a trace id in meta", func(t *testing.T) {
		x := explainPaste(t, `{"error":{"type":"NOT_FOUND_ERROR","reason":"La entidad solicitada no existe"},"meta":{"trace_id":"f9a18f00e69e61c14bf0abe507d8d110"}}`)
		assert.Equal(t, "f9a18f00e69e61c14bf0abe507d8d110", x.RequestID)
	})
	t.Run("done before: the same request can never succeed", func(t *testing.T) {
		assert.Equal(t, catalog.None, guessStrategy("The payment has already been rollbacked."))
		x := explainPaste(t, `{"type": "error", "code": "duplicate_record", "status": 409, "message": "A duplicate record exists with this external_identifier value"}`)
		assert.Equal(t, catalog.None, x.Retry.Strategy)
		x = explainPaste(t, `{"type": "error", "code": "conflict", "status": 409, "message": "The resource was modified by another request"}`)
		assert.NotEqual(t, catalog.None, x.Retry.Strategy, "a conflict that says nothing was done before")
	})
	t.Run("plugins' and libraries' marks", func(t *testing.T) {
		assert.Equal(t, "pagbank", providerOf(explainPaste(t, "Falha ao obter o token do cartao.\npagseguro.js:93 Object {10000: \"invalid creditcard brand\"}")))
		assert.Equal(t, "pagbank", providerOf(explainPaste(t, "[2018-05-24 17:50:16] main.ERROR: [Uol PagSeguro Module][Payment Error] Invalid document [] []")))
		assert.Equal(t, "adyen", providerOf(explainPaste(t, `[2024-04-14 12:19:53] adyen_payment.ERROR: Unhandled error occurred. | Context data: ({"message":"Required field 'paymentData' is not provided.","type":"Adyen\\Core\\BusinessLogic\\AdyenAPI\\Exceptions\\HttpApiRequestException"})`)))
	})
	t.Run("an error item's id", func(t *testing.T) {
		x := explainPaste(t, `{"id":"not_found","message":"Recurso não encontrado: Path"}`)
		assert.Equal(t, "not_found", x.Code)
		assert.Empty(t, idCode(parseObject(t, `{"id":"cus_9s6XKzkNRiz8i3","message":"created"}`)), "a resource's id")
	})
}

func TestReadersTenthBatch(t *testing.T) {
	t.Run("JSON garbled by hand is read as far as it goes", func(t *testing.T) {
		// A line break typed into a key's quotes, a value deleted before pasting, a
		// Markdown link pasted over a value.
		o := parseObject(t, "{\"name\":\"INSTRUMENT_DECLINED\",\"message\":\"declined\",\"\ndebug_id\":\"4a51a45cac9c4\"}")
		assert.Equal(t, "4a51a45cac9c4", o.str("debug_id"))
		o = parseObject(t, `{"name":"UNPROCESSABLE_ENTITY","details":,"debug_id":"x","links":}`)
		assert.Equal(t, "UNPROCESSABLE_ENTITY", o.str("name"))
		assert.True(t, o.has("links"))
		x := explainPaste(t, `{"error": {"code": "parameter_invalid_integer", "doc_url": "https://stripe.com/docs/error-codes/parameter-invalid-integer", "message": "Invalid integer: NaN", "payment_intent": {"id": ["pi_1"](https://dashboard.stripe.com/payments/pi_1), "object": "payment_intent"}}}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "parameter_invalid_integer", x.Code)
		_, ok := parseLenient(`{"a": 1, "b": [x](y)}`, 0)
		assert.False(t, ok, "two members before the garble are not enough to be an answer")
	})
	t.Run("statuses in more words", func(t *testing.T) {
		for paste, want := range map[string]int{
			"Failed to load resource: the server responded with a status of 401 (No Autorizado)": 401,
			"Response[401]: Unauthorized, Duration: 0.901s":                                      401,
			"response-code: 400\ndetails:\n  name: VALIDATION_ERROR":                             400,
			"Acme.HttpClient.HttpClientException : '400: BadRequest, ResponseBody: {}'":          400,
		} {
			s, ok := statusInText(paste)
			assert.True(t, ok, paste)
			assert.Equal(t, want, s, paste)
		}
		_, ok := statusInText("the handler 400: BadRequestHandler failed")
		assert.False(t, ok, "a longer word is no reason phrase")
	})
	t.Run("a code or a line that is a reason phrase gives the status", func(t *testing.T) {
		x := explainPaste(t, `{"errors": [{"category": "AUTHENTICATION_ERROR", "code": "UNAUTHORIZED", "detail": "The Authorization header is malformed."}]}`)
		assert.Equal(t, 401, x.HTTPStatus)
		x = explainPaste(t, `{"errors": [{"code": "NOT_FOUND_PAYER", "detail": "No payer with that id."}]}`)
		assert.Zero(t, x.HTTPStatus, "a code longer than the phrase")
		assert.Equal(t, 401, reasonLine("Whoops, looks like something went wrong.\n\nException in Resource.php line 157:\nUnauthorized\n\nin Resource.php line 157"))
		assert.Zero(t, reasonLine("Exception in Resource.php line 157:\nConflict\n"), "one word that is no status alone")
	})
	t.Run("failures below HTTP in more words", func(t *testing.T) {
		x := explainPaste(t, "Timed out connecting to the API (https://api.example.com). (Network error: Failed to open TCP connection to api.example.com:443 (execution expired))")
		assert.Equal(t, catalog.Backoff, x.Retry.Strategy, "nothing was sent")
		x = explainPaste(t, "ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/accounts (Caused by <class 'httplib.BadStatusLine'>: '')")
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
		x = explainPaste(t, "cURL error 28: Connection timeout after 10001 ms")
		assert.Equal(t, catalog.Backoff, x.Retry.Strategy)
	})
	t.Run("an SDK's connection error that names no step", func(t *testing.T) {
		x := explainPaste(t, "Get account error { Error: An error occurred with our connection to Stripe.\n    at Constructor._Error (/app/node_modules/stripe/lib/Error.js:12:16)\n  type: 'StripeConnectionError',\n  raw: { message: 'An error occurred with our connection to Stripe.' } }")
		assert.Empty(t, providerOf(x), "the network's failure, not Stripe's answer")
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
		x = explainPaste(t, `{"error": {"type": "api_error", "message": "Sorry, something went wrong on our end."}}`)
		assert.Equal(t, "stripe", providerOf(x), "an answer of the API itself")
	})
	t.Run("more members that hold a code, a message, a status", func(t *testing.T) {
		x := explainPaste(t, `{"request_id": "2a16b1e2-18f1-9099-a4e7-db66871be2b9", "error_type": "request_invalid", "error_codes": ["processing_channel_id_required"]}`)
		assert.Equal(t, "processing_channel_id_required", x.Code)
		assert.Equal(t, "2a16b1e2-18f1-9099-a4e7-db66871be2b9", x.RequestID)
		x = explainPaste(t, `{"http_status_code":400,"http_status_message":"Bad Request","internal_message":"Bad format: merchant.id"}`)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Equal(t, "Bad format: merchant.id", x.Message)
		x = explainPaste(t, `{"validationErrors": null, "response": null, "exception": {"errorMsg": "Payment Authorization Failed", "httpStatus": "400", "exception": false, "errorCode": "607"}}`)
		assert.Equal(t, "607", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
	})
	t.Run("Monolog's exception line alone", func(t *testing.T) {
		x := explainPaste(t, `[object] (Acme\\Sdk\\RequestException(code: 504): Unknown status at /var/app/vendor/acme/sdk/src/Request.php:148)`)
		assert.Equal(t, 504, x.HTTPStatus)
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
	})
	t.Run("a form-encoded answer ending a line", func(t *testing.T) {
		x := explainPaste(t, "HTTP Status code 403 received, data message=Not+allowed&errorType=security&status=403&errorCode=010")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "010", x.Code)
		assert.Nil(t, formAtLineEnd("GET /search?page=1&size=20&sort=asc HTTP/1.1 took q=1&r=2&s=3"), "a query string is no answer")
	})
	t.Run("a message that says it was done before", func(t *testing.T) {
		x := explainPaste(t, `{"error": {"code": "payment_intent_unexpected_state", "message": "You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.", "type": "invalid_request_error"}}`)
		assert.Equal(t, catalog.None, x.Retry.Strategy)
		x = explainPaste(t, `{"error": {"code": "payment_intent_unexpected_state", "message": "You cannot modify customer on a PaymentIntent once it already has been set.", "type": "invalid_request_error"}}`)
		assert.NotEqual(t, catalog.None, x.Retry.Strategy)
	})
	t.Run("Mercado Libre's envelope is not Mercado Pago's alone", func(t *testing.T) {
		assert.Empty(t, providerOf(explainPaste(t, `{"message": "forbidden", "error": "forbidden", "status": 403, "cause": []}`)))
		assert.Equal(t, "mercadopago", providerOf(explainPaste(t, `{"message": "invalid parameters", "error": "bad_request", "status": 400, "cause": [{"code": 4037, "description": "Invalid transaction_amount"}]}`)))
		assert.Equal(t, "mercadopago", providerOf(explainPaste(t, "POST https://api.mercadopago.com/v1/payments\n"+`{"message": "forbidden", "error": "forbidden", "status": 403, "cause": []}`)))
	})
	t.Run("a code the provider's reference does not list is still the code", func(t *testing.T) {
		x := explainPaste(t, "PayPal SDK: Request has failed with error: PAYMENT_CREATION_ERROR - There was a problem. (422) | PayPal Debug-ID: d1ea0bf1a981c")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "PAYMENT_CREATION_ERROR", x.Code)
	})
	t.Run("SoapFault's code in brackets", func(t *testing.T) {
		x := explainPaste(t, "PHP Fatal error:  Uncaught SoapFault exception: [wsse:FailedCheck]\nSecurity Data : UsernameToken authentication failed.\n in /var/www/Sale.php:51")
		assert.Equal(t, "wsse:FailedCheck", x.Code)
		assert.NotEqual(t, "soap:Server", findCodeInText("Uncaught SoapFault exception: [soap:Server] validation 174 Unable to decrypt data"), "whose fault it was is no code")
	})
	t.Run("a PHP array's lines without the array", func(t *testing.T) {
		x := explainPaste(t, "\"TIMESTAMP\" => \"2020-04-28T09:48:24Z\"\n      \"CORRELATIONID\" => \"96ca9cf247878\"\n      \"ACK\" => \"Failure\"\n      \"L_ERRORCODE0\" => \"10002\"\n      \"L_SHORTMESSAGE0\" => \"Security error\"")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10002", x.Code)
		assert.Equal(t, "96ca9cf247878", x.RequestID)
		assert.Nil(t, kvBody("$a => 1\n$b => 2"), "PHP code is no answer")
	})
	t.Run("Stripe's and PayPal's own words", func(t *testing.T) {
		assert.Equal(t, "stripe", providerOf(explainPaste(t, "PlatformException(failed, No such payment_intent: 'pi_XXXX', null, null)")))
		assert.Equal(t, "stripe", providerOf(explainPaste(t, "APIError: Sorry! There was an error while talking to one of our backends.")))
		assert.Empty(t, providerOf(explainPaste(t, "Error: ENOENT: No such file or directory: '/tmp/x'")))
		assert.Equal(t, "paypal", providerOf(explainPaste(t, `Response.body={"error":"invalid_client","error_description":"Client Authentication failed"}`)))
	})
}

func TestReadersEleventhBatch(t *testing.T) {
	t.Run("logfmt: Heroku's router", func(t *testing.T) {
		x := explainPaste(t, `2016-01-15T16:13:56.982182+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/" host=example.herokuapp.com request_id=7c9ad137-4e08-4089-8d50-f09d8b7654ab dyno=web.1 connect=2ms service=30000ms status=503 bytes=0`)
		assert.Equal(t, "H12", x.Code)
		assert.Equal(t, 503, x.HTTPStatus)
		assert.Equal(t, "7c9ad137-4e08-4089-8d50-f09d8b7654ab", x.RequestID)
		assert.Nil(t, logfmtBody("level=info msg=started port=8080 env=prod"), "a log line that names no code or status")
	})
	t.Run("a delay on any line of a page told in words", func(t *testing.T) {
		x := explainPaste(t, "502. That's an error.\n\nThe server encountered a temporary error and could not complete your request.\n\nPlease try again in 30 seconds. That's all we know.")
		assert.Equal(t, catalog.Wait, x.Retry.Strategy)
		if assert.NotNil(t, x.Retry.AfterSeconds) {
			assert.Equal(t, 30, *x.Retry.AfterSeconds)
		}
	})
	t.Run("Stripe's look-alike without a message is not Stripe's", func(t *testing.T) {
		x := explainPaste(t, `{"object":"error","type":"card_error","charge_id":"chr_test_1z","code":"card_declined","merchant_message":"Fondos insuficientes.","user_message":"Su tarjeta no tiene fondos suficientes."}`)
		assert.NotEqual(t, "stripe", providerOf(x))
		assert.Equal(t, "Fondos insuficientes.", x.Message)
		x = explainPaste(t, `{"type":"card_error","code":"card_declined","message":"Your card was declined."}`)
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("dumps' member lines without their array or object", func(t *testing.T) {
		x := explainPaste(t, "[L_ERRORCODE0] => 10486\n    [L_SHORTMESSAGE0] => This transaction couldn't be completed.\n    [L_LONGMESSAGE0] => This transaction couldn't be completed. Please redirect your customer to PayPal.\n    [L_SEVERITYCODE0] => Error")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10486", x.Code)
		x = explainPaste(t, "#errorCode: \"resource_missing\"\n  #errorType: \"invalid_request_error\"\n  #message: \"No such plan: 'Gold'\"\n  #code: 400\n  #file: \"/app/vendor/cartalyst/stripe/src/Exception/Handler.php\"")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "resource_missing", x.Code)
		x = explainPaste(t, "D/RetailSDK: POST https://api-m.sandbox.paypal.com/v1/retail/checkouts (9829ms): 500\nE/RetailSDK: \"errMessage\": \"domain: retail, code: 600000, message: An internal server error has occurred., Field=null, Issue=INTERNAL_SERVICE_ERROR, debugId: 4b07fdbf595db\"")
		assert.Equal(t, "4b07fdbf595db", x.RequestID)
	})
	t.Run("SDKs' words printed without their class", func(t *testing.T) {
		assert.Equal(t, "paypal", providerOf(explainPaste(t, "Got Http response code 400 when accessing https://api.sandbox.example.com/v1/payments/payment.")))
		x := explainPaste(t, "No such customer: cus_**********")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, 404, x.HTTPStatus)
		assert.Empty(t, providerOf(explainPaste(t, "Error: No such customer: 42 in the CRM")), "a customer that is no Stripe id")
	})
	t.Run("a code alone on its line, an NSError's code", func(t *testing.T) {
		assert.Equal(t, "DEPLOYMENT_NOT_FOUND", findCodeInText("The deployment could not be found.\n\nDEPLOYMENT_NOT_FOUND\n"))
		assert.Empty(t, findCodeInText("Starting\n\nDONE\n"), "a word in capitals is no code")
		assert.Equal(t, "2", findCodeInText(`Error Domain=com.example.session.error Code=2 "Payment error." UserInfo={NSLocalizedDescription=Payment error.}`))
		assert.NotEqual(t, "TG-6b71", findCodeInText("400 Client Error: Bad Request for url: https://api.example.com/oauth/token?code=TG-6b71&grant_type=authorization_code"))
	})
}

func TestReadersTwelfthBatch(t *testing.T) {
	t.Run("Python's OrderedDict repr", func(t *testing.T) {
		x := explainPaste(t, "PaymentError at /cart/payment/\nOrderedDict([('code', 'amount_too_small'), ('doc_url', 'https://stripe.com/docs/error-codes/amount-too-small'), ('message', 'Amount must be at least €0.50 eur'), ('type', 'invalid_request_error')])")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "amount_too_small", x.Code)
		assert.Empty(t, langDumps("OrderedDict([1, 2, 3])"), "a list that holds no pairs")
	})
	t.Run("a type that names a failure, words of refusal in French", func(t *testing.T) {
		x := explainPaste(t, "{ Message: 'Your authorization do not allow you to access to this information',\nType: 'not_authorized',\nId: '3b54f507-6805-49c4-beef-5e92da838c66#1476384039',\nDate: 1476384040,\nerrors: null }")
		assert.Equal(t, "Your authorization do not allow you to access to this information", x.Message)
		assert.False(t, failureBody(parseObject(t, `{"Message": "Saved", "Type": "card_registration", "Id": "1"}`)), "a type that names no failure")
		explainPaste(t, `2019-11-25 17:44:37 (pid 610) :Pub:ERREUR: set_webhook: Impossible de modifier le endpoint we_1 {"url":"https://example.com/hook","enabled_events":["*"]}`)
	})
	t.Run("an exception class named for its status", func(t *testing.T) {
		for class, want := range map[string]int{"Braintree\\Exception\\Authentication": 401, "CheckoutAuthenticationError": 401,
			"Braintree\\Exception\\Authorization": 403, "com.example.exception.NotFoundException": 404, "Stripe\\Exception\\CardException": 0,
			"java.lang.IllegalStateException": 0} {
			assert.Equal(t, want, classStatus(class), class)
		}
		x := explainPaste(t, "[Tue Mar 18 13:27:11 2025] PHP Fatal error:  Uncaught Braintree\\Exception\\Authentication in /app/vendor/braintree/braintree_php/lib/Braintree/Util.php:60\nStack trace:\n#0 /app/x.php(76): Braintree\\Util::throwStatusCodeException()")
		assert.Equal(t, 401, x.HTTPStatus)
	})
	t.Run("a word that holds an errno name is no failure below HTTP", func(t *testing.T) {
		x := explainPaste(t, "RestClient::ResourceNotFound: 404 Resource Not Found\n  File \"/app/vendor/bundle/ruby/2.3.0/gems/rest-client-1.8.0/lib/restclient/request.rb\", line 41, in execute")
		assert.Equal(t, 404, x.HTTPStatus)
		assert.NotEqual(t, "ENOTFOUND", x.Code)
		_, dns := catalog.TransportFailure("Error: getaddrinfo ENOTFOUND api.example.com")
		assert.True(t, dns)
	})
	t.Run("SDKs' connection exceptions and their words", func(t *testing.T) {
		x := explainPaste(t, "com.stripe.exception.ApiConnectionException: IOException during API request to Stripe (https://api.stripe.com): api.stripe.com Please check your internet connection and try again.\n    at com.stripe.net.HttpURLConnectionClient.request(HttpURLConnectionClient.java:54)")
		assert.Empty(t, providerOf(x), "the network's failure")
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
		x = explainPaste(t, `"Request req_8dU6LDQLrR3k6t: Keys for idempotent requests can only be used with the same parameters they were first used with."`)
		assert.Equal(t, "req_8dU6LDQLrR3k6t", x.RequestID)
		assert.Equal(t, "paypal", providerOf(explainPaste(t, "Failed. Response code = 500. Response message = Internal Server Error. Response debug ID = dddf5378947d2.")))
		assert.Equal(t, "stripe", providerOf(explainPaste(t, "Error: Your card's expiration year is invalid.\n    at Error._Error (/stripe-node/lib/Error.js:12:17)\n    at Function.StripeError.generate (/stripe-node/lib/Error.js:54:14)")))
	})
}

func TestReadersThirteenthBatch(t *testing.T) {
	t.Run("an opaque errorId names the request, a short one is still the code", func(t *testing.T) {
		x := explainPaste(t, `{"status": 502, "body": {"errorId": "5ec27db43ecc9e591f7a51d9cb224cf1", "errors": [{"code": "400540", "message": "AUTHORISATION FAILED FOR REQUEST 5787", "httpStatusCode": 502}]}}`)
		assert.Equal(t, "400540", x.Code)
		assert.Equal(t, "5ec27db43ecc9e591f7a51d9cb224cf1", x.RequestID)
		assert.Equal(t, "520009", genericCode(parseObject(t, `{"errorId": "520009", "message": "Account is restricted"}`)))
		assert.True(t, opaqueID("3b54f507-6805-49c4-beef-5e92da838c66"))
		assert.False(t, opaqueID("deadbeefdeadbeef-x"), "a letter beyond hex")
		assert.False(t, opaqueID("----------------"), "no digit")
	})
	t.Run("customCode and Culqi's type", func(t *testing.T) {
		x := explainPaste(t, `{"httpStatusCode":401,"customCode":"UNAUTHORIZED","message":"No pre-authenticated principal found in request."}`)
		assert.Equal(t, "UNAUTHORIZED", x.Code)
		x = explainPaste(t, `{"object": "error", "type": "authentication_error", "merchant_message": "Tu código de comercio no está habilitado."}`)
		assert.Equal(t, "authentication_error", x.Code)
		assert.Empty(t, providerOf(x), "Culqi is not Stripe")
		x = explainPaste(t, `{"details": [{"code": "conekta.errors.parameter_validation.amount"}], "object": "error", "type": "parameter_validation_error"}`)
		assert.Equal(t, "conekta.errors.parameter_validation.amount", x.Code, "an item's code is more precise than the type")
	})
	t.Run("exception classes named for their status", func(t *testing.T) {
		assert.Equal(t, 404, explainPaste(t, "Result Message:\tBraintree.Exceptions.NotFoundException : Exception of type 'Braintree.Exceptions.NotFoundException' was thrown.").HTTPStatus)
		assert.Equal(t, 404, explainPaste(t, "<b>Fatal error</b>:  Uncaught exception 'Braintree_Exception_NotFound' in /app/Util.php:59").HTTPStatus)
		assert.Equal(t, 401, explainPaste(t, `"Promisepay::Unauthorized: Not authorized. Check your API key."`).HTTPStatus)
		assert.Zero(t, explainPaste(t, "Promisepay::Invalid: amount is not valid").HTTPStatus)
		assert.Equal(t, 401, statusThrown("#0 Order.php(188): OpenPayU_Http::throwHttpStatusException(401, Object(OpenPayU_Result))"))
		assert.Equal(t, 404, statusThrown("#0 Http.php(44): Braintree_Util::throwStatusCodeException(404)"))
		assert.Zero(t, statusThrown("#0 Http.php(44): Braintree_Util::throwStatusCodeException($status)"))
		assert.Zero(t, statusThrown("throwStatusCodeException(200)"), "no error status")
	})
	t.Run("cURL's error numbers however printed", func(t *testing.T) {
		x := explainPaste(t, "cURL error: [60] Peer certificate cannot be authenticated with known CA certificates")
		assert.Equal(t, "cURL error 60", x.Code)
		assert.Equal(t, catalog.Fix, x.Retry.Strategy)
		x = explainPaste(t, "{\ntype: \"error\",\nmessage: \"cURL error 35: Unsupported SSL protocol version (see http://curl.haxx.se/libcurl/c/libcurl-errors.html)\"\n}")
		assert.Equal(t, "cURL error 35", x.Code)
		x = explainPaste(t, "Stripe\\Error\\ApiConnection: Could not connect to Stripe (https://api.stripe.com/v1/plans).\n\n(Network error [errno 7]: Failed to connect to api.stripe.com port 443: Connection refused)")
		assert.Empty(t, providerOf(x), "a failure below HTTP is no one's")
		assert.Equal(t, catalog.Backoff, x.Retry.Strategy)
		x = explainPaste(t, "PHP Fatal error:  Uncaught Stripe\\\\Error\\\\ApiConnection: Unexpected error communicating with Stripe.\n(Network error [errno 55]: Failed sending HTTP POST request) in /app/vendor/stripe/stripe-php/lib/HttpClient/CurlClient.php:317")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, "cURL error 55", x.Code, "the runtime's own name for it")
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
		assert.Equal(t, "cURL error 28: timed out", catalog.CanonicalCurl("cURL error: 28 timed out"))
		assert.Equal(t, "curl error 1234", catalog.CanonicalCurl("curl error 1234"), "already canonical, or no number of cURL's")
		assert.Equal(t, "Error [errno] x", catalog.CanonicalCurl("Error [errno] x"))
	})
	t.Run("an API gateway's own messages", func(t *testing.T) {
		x := explainPaste(t, `{"message":"Missing Authentication Token"}`)
		assert.Equal(t, 403, x.HTTPStatus)
		assert.Empty(t, providerOf(x))
		_, err := Explain([]byte(`{"message":"Payment created"}`), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound)
	})
	t.Run("a browser's copy of an object's properties", func(t *testing.T) {
		x := explainPaste(t, "category\tAUTHENTICATION_ERROR\ncode\t        UNAUTHORIZED\ndetail\tThis request could not be authorized.")
		assert.Equal(t, "UNAUTHORIZED", x.Code)
		assert.Equal(t, 401, x.HTTPStatus)
	})
	t.Run("codes and statuses in a line's words", func(t *testing.T) {
		assert.Equal(t, "PAY-404", explainPaste(t, "Paynl\\Error\\Api: PAY-404 - Resource not Found in vendor/paynl/sdk/src/Api/Api.php:155").Code)
		x := explainPaste(t, "Failed to process the payment. Please try again or contact the shop admin. [UNPROCESSABLE_ENTITY] The requested action could not be performed, semantically incorrect, or failed business validation.")
		assert.Equal(t, 422, x.HTTPStatus)
		assert.Zero(t, bracketedReason("[INFO] [2024-01-01] [NOT_A_PHRASE] done"))
		assert.Equal(t, 401, explainPaste(t, "Stripe: invalid reply received from provider, missing reference. Additional message: Invalid API Key provided: *alse None").HTTPStatus)
		assert.Zero(t, keyStatus("the api key was rotated"))
	})
	t.Run("Stripe's error object alone, one member a line", func(t *testing.T) {
		x := explainPaste(t, "error: {\n  type: \"invalid_request_error\"\n  message: \"Amount must be at least 50 cents\"\n  param: \"amount\"\n}")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "Amount must be at least 50 cents", x.Message)
		o := parseObject(t, "{\n  a: \"1\"\n  b: 2\n  c: true\n}")
		assert.Len(t, o.members, 3)
		_, ok := parseLenient("class ApiError {\n    status: 400\n    errorCode: 702\n    message: Structure of PaymentCompletionDetails\n}", 15)
		assert.False(t, ok, "a garble after members taken line by line: never one object")
	})
	t.Run("an SDK's error printed as JSON names the SDK", func(t *testing.T) {
		x := explainPaste(t, `{"type": "IuguAPIError", "message": "Invalid JSON received from the Iugu API", "raw": {"message": "Invalid JSON received from the Iugu API"}}`)
		assert.Equal(t, "iugu", providerOf(x))
		assert.False(t, sdkErrorBody(parseObject(t, `{"type": "invalid_request_error", "message": "x"}`)))
		assert.False(t, sdkErrorBody(parseObject(t, `{"name": "Validation Error", "message": "x"}`)))
	})
	t.Run("CodeIgniter's log of an SDK's exception", func(t *testing.T) {
		x := explainPaste(t, "ERROR - 2019-09-25 22:35:53 --> Severity: error --> Exception: Unauthorized /home/app/vendor/pagseguro/pagseguro-php-sdk/source/Resources/Responsibility/Http/Methods/Unauthorized.php 62")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, 401, x.HTTPStatus)
	})
	t.Run("Stripe's link to its reference", func(t *testing.T) {
		x := explainPaste(t, "InvalidRequestError at /payments/change/cards/\n\nInvalid source object: must be a dictionary or a non-empty string. See API docs at https://stripe.com/docs'")
		assert.Equal(t, "stripe", providerOf(x))
	})
}

func TestReadersFourteenthBatch(t *testing.T) {
	t.Run("a class cue is the class's whole name", func(t *testing.T) {
		x := explainPaste(t, "%Stripe.APIErrorResponse{\n  code: nil, \n  message: \"US ID numbers must be 9 characters long\", \n  status_code: 400, type: \"invalid_request_error\"\n}")
		assert.NotEqual(t, "api_error", x.Code, "stripe.APIError is another class")
		assert.Equal(t, catalog.Fix, x.Retry.Strategy)
		assert.True(t, containsClass("stripe.apierror: x", "stripe.apierror", true))
		assert.True(t, containsClass("stripe_error_card", "stripe_error", true), "PHP's underscored classes go on")
		assert.False(t, containsClass("stripe.apierrorresponse{", "stripe.apierror", true))
	})
	t.Run("stripe-android's exceptions", func(t *testing.T) {
		x := explainPaste(t, "E/AndroidRuntime: FATAL EXCEPTION: main\n    java.lang.RuntimeException: Request-id: req_yOXXXXXXXXXXXXX\n    com.stripe.android.exception.APIException: Your card was declined.\n        at android.os.Parcel.writeException(Parcel.java:1898)")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "req_yOXXXXXXXXXXXXX", x.RequestID)
	})
	t.Run("Go's TLS handshake timeout, before anything was sent", func(t *testing.T) {
		x := explainPaste(t, "Error verifying the CLI was setup successfully: Get https://api.stripe.com/v1/account: net/http: TLS handshake timeout")
		assert.Empty(t, providerOf(x))
		assert.Equal(t, catalog.Backoff, x.Retry.Strategy)
	})
	t.Run("a Go client's method, URL and status", func(t *testing.T) {
		x := explainPaste(t, "POST https://api.sandbox.paypal.com/v2/checkout/orders: 401 Authentication failed due to invalid authentication credentials or a missing Authorization header.")
		assert.Equal(t, 401, x.HTTPStatus)
		s, _ := requestLineStatus("get https://api.example.com/v1/items 200 ok")
		assert.Zero(t, s, "a success is no error status")
	})
	t.Run("words behind an escaped apostrophe", func(t *testing.T) {
		explainPaste(t, `MercadoPago::exec = collector doesn\'t have me2 active`)
		assert.Equal(t, "doesn't", unescapeQuotes(`doesn\'t`))
	})
	t.Run("a code of five digits, then what it means", func(t *testing.T) {
		x := explainPaste(t, "53091 sender hash invalid.")
		assert.Equal(t, "53091", x.Code)
		assert.Empty(t, findCodeInText("10000 requests served today"), "a quantity, no error word")
		assert.Empty(t, findCodeInText("20231 is the year the invalid thing happened and nobody knew why at all"), "too many words for a code's meaning")
	})
	t.Run("providers' own words and headers", func(t *testing.T) {
		assert.Equal(t, "efi", providerOf(explainPaste(t, `Status:403 Could not authenticate. \nPlease make sure you are using correct credentials and if you are using then in the correct environment.`)))
		assert.Equal(t, "pix-dict", providerOf(explainPaste(t, "<title>Bad Request</title><status>400</status><detail>Missing request header PI-CertSubjectDN for method parameter of type AuthenticatedParticipant</detail>")))
		assert.Empty(t, providerOf(explainPaste(t, `-		e	{"O servidor remoto retornou um erro: (500) Erro Interno do Servidor."}	System.Exception {System.Net.WebException}`)),
			"Portuguese's Internal Server Error is everyone's")
	})
}

func TestReadersFifteenthBatch(t *testing.T) {
	t.Run("error members in any case, looked up once each", func(t *testing.T) {
		assert.True(t, errorLike(parseObject(t, `{"ERRORCODE": "E1"}`)))
		assert.False(t, errorLike(parseObject(t, `{"errorCode": null, "a": 1}`)), "a null member says nothing")
		assert.False(t, errorLike(parseObject(t, `{"a": 1}`)))
		assert.False(t, refusedOrCut(parseObject(t, `{"a": 1}`)))
		assert.True(t, refusedOrCut(parseObject(t, `{"resultCode": "Refused", "refusalReason": "CVC Declined"}`)))
	})
	t.Run("a runtime's message beside a more precise step", func(t *testing.T) {
		x := explainPaste(t, "{ Error: An error occurred with our connection to Stripe.\n  raw: \n   { message: 'An error occurred with our connection to Stripe.',\n     detail: \n      { Error: getaddrinfo EAI_AGAIN api.stripe.com:443\n        errno: 'EAI_AGAIN',\n        code: 'EAI_AGAIN',\n        syscall: 'getaddrinfo' } } }")
		assert.Equal(t, "EAI_AGAIN", x.Code)
		assert.Equal(t, catalog.Backoff, x.Retry.Strategy)
	})
	t.Run("print_r's members on one line, and a status in brackets first", func(t *testing.T) {
		x := explainPaste(t, "[error_message] => request_not_allowed [error_code] => FORBIDDEN [status_code] => 403")
		assert.Equal(t, "FORBIDDEN", x.Code)
		assert.Equal(t, 403, x.HTTPStatus)
		var lines []string
		for l := range kvLines("[a] => 1 [b] => x [c]d => 2\nplain line") {
			lines = append(lines, l)
		}
		assert.Equal(t, []string{"[a] => 1 ", "[b] => x [c]d => 2", "plain line"}, lines, "[c]d is no key")
		assert.Equal(t, 401, explainPaste(t, "[401] Erro de Autenticação. confirme se sua autenticação pode realizar a ação desejada").HTTPStatus)
		s, _ := statusInText("[200] ok")
		assert.Zero(t, s)
	})
	t.Run("Paytm's response fields", func(t *testing.T) {
		x := explainPaste(t, " onTransactionResponse: Bundle[{STATUS=TXN_FAILURE, ORDERID=1555497595544, TXNAMOUNT=3.00, RESPCODE=330, BANKTXNID=, CURRENCY=INR, RESPMSG=Invalid checksum}]")
		assert.Equal(t, "330", x.Code)
		assert.Equal(t, "Invalid checksum", x.Message)
		assert.Empty(t, providerOf(x))
	})
}

// TestDecodeBase64 checks decode's own base64 against encoding/base64's StdEncoding, on
// every length of a random payload, with line breaks, and on malformed input.
func TestDecodeBase64(t *testing.T) {
	payload := []byte("\x00\xff{\"error\":{\"code\":\"card_declined\"}}\xfe\x01 ção")
	for n := 0; n <= len(payload); n++ {
		enc := base64.StdEncoding.EncodeToString(payload[:n])
		for _, in := range []string{enc, strings.Join(strings.SplitAfter(enc, "QQ"), "\r\n"), enc + "\n"} {
			got, ok := decodeBase64(in)
			want, err := base64.StdEncoding.DecodeString(in)
			if assert.Equal(t, err == nil, ok, "%q", in) && ok {
				assert.Equal(t, want, got, "%q", in)
			}
		}
	}
	for _, in := range []string{"abc", "ab=c", "a===", "ab==c", "ab==\n==", "ab!d", "=abc", "abcd=", "ab==ab=="} {
		_, err := base64.StdEncoding.DecodeString(in)
		_, ok := decodeBase64(in)
		assert.Equal(t, err == nil, ok, "%q", in)
	}
}

// TestCanonicalCurlKeepsOffsets: the text around cURL's number is cut at offsets found in
// its lowered copy, so a letter whose lower case is longer (İ) must not shift them.
func TestCanonicalCurlKeepsOffsets(t *testing.T) {
	in := strings.Repeat("\u0130", 20) + " cURL error: [60] Peer certificate"
	assert.Equal(t, strings.Repeat("\u0130", 20)+" cURL error 60: Peer certificate", catalog.CanonicalCurl(in))
	assert.Equal(t, "no error here", catalog.CanonicalCurl("no error here"))
}

func TestReadersSixteenthBatch(t *testing.T) {
	t.Run("JSON whose quotes an editor made curly", func(t *testing.T) {
		x := explainPaste(t, "{“errorMessages”:[{“type”:“ERROR”,“code”:“Invoice-Errors”,“message”:“Invoice Hash Previously Submitted”}]}")
		assert.Equal(t, "Invoice-Errors", x.Code)
		assert.Equal(t, "Invoice Hash Previously Submitted", x.Message)
		assert.Contains(t, strings.Join(x.Input.Notes, " "), "curly quotes")
		// Curly quotes in words only, not before a key's colon: the paste is left as it is.
		assert.False(t, curlyJSON([]byte(`{"message": "the field “amount” is required"}`)))
		assert.False(t, curlyJSON([]byte("”: no opening quote before")))
	})
	t.Run("a shop plugin's phrase beside a code", func(t *testing.T) {
		x := explainPaste(t, "Um erro ocorreu em seu pagamento. Hash de comprador inválido. (53091)")
		if assert.NotNil(t, x.Provider) {
			assert.Equal(t, "pagbank", x.Provider.ID)
			assert.Contains(t, strings.Join(x.Provider.Evidence, " "), "shop plugin")
		}
		assert.Equal(t, "53091", x.Code)
		// The phrase alone is not enough; a long number only PagSeguro documents is.
		x = explainPaste(t, "Hash de comprador inválido. (53091)")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.NotContains(t, strings.Join(x.Provider.Evidence, " "), "shop plugin")
		assert.Nil(t, explainPaste(t, "Um erro ocorreu em seu pagamento. Tente novamente.").Provider)
	})
	t.Run("a Java SDK's toString with dashed keys", func(t *testing.T) {
		x := explainPaste(t, "response-code: 400\ndetails:\n     name: TRANSACTION_REFUSED\n     message: The request was refused.\n     debug-id: ac3f35482f120\n    information-link:https://developer.paypal.com/docs/api/#TRANSACTION_REFUSED")
		assert.Equal(t, "TRANSACTION_REFUSED", x.Code)
		assert.Equal(t, "The request was refused.", x.Message)
		assert.Equal(t, "ac3f35482f120", x.RequestID)
	})
	t.Run("the API's words after axios's own line", func(t *testing.T) {
		x := explainPaste(t, "Error [TransbankError]: Error: Request failed with status code 422\nTransaction has an invalid finished state: aborted\n    at Transaction.commit (/app/node_modules/transbank-sdk/dist/x.js:1:1)")
		assert.Equal(t, "Transaction has an invalid finished state: aborted", x.Message)
		assert.Equal(t, 422, x.HTTPStatus)
		// With nothing after it, axios's line is all there is.
		assert.Contains(t, explainPaste(t, "AxiosError: Request failed with status code 502\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)").Message, "status code 502")
	})
	t.Run("PayPal's name and message with its information link, no debug_id", func(t *testing.T) {
		x := explainPaste(t, `{"name":"AUTHENTICATION_FAILURE","message":"Authentication failed due to invalid authentication credentials or a missing Authorization header.","links":[{"href":"https://developer.paypal.com/docs/api/overview/#error","rel":"information_link"}]}`)
		if assert.NotNil(t, x.Provider) {
			assert.Equal(t, "paypal", x.Provider.ID)
		}
		assert.Equal(t, "AUTHENTICATION_FAILURE", x.Code)
		assert.Equal(t, 401, x.HTTPStatus, "the catalog's status for the code")
		// A name that is a person's, or a class's, is no code.
		assert.Empty(t, explainPaste(t, `{"name":"ValidationError","message":"amount is required"}`).Code)
		x = explainPaste(t, `{"name":"INVALID_REQUEST","message":"Request is not well-formed"}`)
		assert.Equal(t, "INVALID_REQUEST", x.Code)
		assert.Nil(t, x.Provider, "everybody's name, with nothing of PayPal's around it")
	})
	t.Run("PayPal Checkout's own API: ack error and meta.calc", func(t *testing.T) {
		x := explainPaste(t, "Api: /smart/api/order/5KK99168U41353923/capture returned status code: 500 (Corr ID: f28631624b492)\n\n"+`{"ack":"error","message":"Unhandled api error","meta":{"calc":"f28631624b492"}}`)
		if assert.NotNil(t, x.Provider) {
			assert.Equal(t, "paypal", x.Provider.ID)
		}
		assert.Equal(t, "f28631624b492", x.RequestID)
		assert.Equal(t, 500, x.HTTPStatus)
		assert.Equal(t, "f28631624b492", explainPaste(t, "Request failed (Corr ID: f28631624b492) with status 502").RequestID)
		assert.Nil(t, explainPaste(t, `{"ack":"error","message":"Unhandled api error"}`).Provider, "no meta.calc")
	})
	t.Run("a log of several calls gives the failure's status", func(t *testing.T) {
		s, ok := statusInText("Response[200]: OK, Duration: 0.6s\nResponse[404]: Not Found, Duration: 0.5s")
		assert.True(t, ok)
		assert.Equal(t, 404, s)
		s, _ = statusInText("Response[404]: Not Found\nResponse[200]: OK")
		assert.Equal(t, 404, s)
		s, _ = statusInText("status 201 created")
		assert.Equal(t, 201, s)
	})
	t.Run("Ruby's Net::OpenTimeout never opened the connection", func(t *testing.T) {
		x := explainPaste(t, "Net::OpenTimeout: execution expired\n  File \"/usr/local/lib/ruby/2.7.0/net/http.rb\", line 960, in initialize")
		assert.Equal(t, catalog.Backoff, x.Retry.Strategy)
		assert.Nil(t, x.Provider)
	})
	t.Run("a number in brackets before the API's words", func(t *testing.T) {
		x := explainPaste(t, "[2025-11-10 18:26:06] [MercadoPago][preference-error] {\"error\":\"Mercado Pago rechazó la solicitud (401): invalid access token\"}")
		assert.Equal(t, 401, x.HTTPStatus)
		assert.Equal(t, "2002", explainPaste(t, "[2025-11-05 23:02:10] [Flow][error] Flow rechazó la solicitud (2002): The optional parameter is too long").Code)
		// A PHP frame's line and logcat's process id are not codes.
		for _, in := range []string{"#3 /var/www/vendor/guzzlehttp/guzzle/src/Client.php(489): GuzzleHttp\\Client->request()", "E/flutter (20755): Unhandled Exception: invalid card"} {
			_, ok := parenNumberBeforeColon(in)
			assert.False(t, ok, in)
		}
	})
	t.Run("a code and a failing message among many members", func(t *testing.T) {
		x := explainPaste(t, "ReturnRequest\n{ StatusCode: 702,\n  StatusMessage: 'ERROR: Cuenta Inexistente',\n  AuthorizationKey: {},\n  AUTHORIZATIONCODE: {} }")
		assert.Equal(t, "702", x.Code)
		assert.Equal(t, "98014", explainPaste(t, `{"StatusCode":98014,"StatusMessage":"El campo CSPTGRANDTOTALAMOUNT es obligatorio.","URL_Request":"","RequestKey":""}`).Code)
		assert.False(t, failureBody(parseObject(t, `{"StatusCode":-1,"StatusMessage":"Solicitud de Autorizacion Registrada","URL_Request":"https://x","RequestKey":"k"}`)))
		assert.False(t, failureBody(parseObject(t, `{"StatusCode":7,"StatusMessage":"Processed without errors","URL_Request":"https://x","RequestKey":"k"}`)), "a message that says no error")
	})
	t.Run("a client that got no response: status code 0", func(t *testing.T) {
		x := explainPaste(t, "Uncaught exception 'Exception' with message 'Can not call the API, status code 0.' in C:\\xampp\\htdocs\\modules\\mercadopago\\includes\\MPRestCli.php:146")
		assert.Equal(t, catalog.CheckFirst, x.Retry.Strategy)
		assert.Nil(t, x.Provider)
		s, ok := statusInText("Error: Invalid response: 503\nBody: <?xml version=\"1.0\"?>")
		assert.True(t, ok)
		assert.Equal(t, 503, s)
	})
	t.Run("a member named for its API's code", func(t *testing.T) {
		assert.Equal(t, "API_ERROR", genericCode(parseObject(t, `{"payUCode": "API_ERROR", "message": "Invalid request format"}`)))
		assert.Empty(t, genericCode(parseObject(t, `{"currencyCode": "BRL", "authorizationCode": "A1B2C3", "countryCode": "BR"}`)))
		assert.Empty(t, genericCode(nil))
	})
	t.Run("an API's own message that offers help is no one asking for it", func(t *testing.T) {
		for _, in := range []string{
			"You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
			"YOU DID NOT PROVIDE AN API KEY. YOU NEED TO PROVIDE YOUR API KEY IN THE AUTHORIZATION HEADER. SEE HTTPS://STRIPE.COM/DOCS/API#AUTHENTICATION FOR DETAILS, OR WE CAN HELP AT HTTPS://SUPPORT.STRIPE.COM/.",
		} {
			x := explainPaste(t, in)
			if assert.NotNil(t, x.Provider, in) {
				assert.Equal(t, "stripe", x.Provider.ID)
			}
			assert.Equal(t, 401, x.HTTPStatus)
		}
		assert.True(t, asksForHelp("the api key was not provided, can you help me?"))
	})
	t.Run("a log or a body quoted in Markdown", func(t *testing.T) {
		x := explainPaste(t, ">  [Error] Status:404, Messages: [\n>    {\n>      \"code\": \"NOT_FOUND\",\n>      \"detail\": \"Card nonce not found\"\n>    }\n>  ]")
		assert.Equal(t, "NOT_FOUND", x.Code)
		assert.Equal(t, 404, x.HTTPStatus)
		x = explainPaste(t, "> {\n>   \"error\": {\n>     \"code\": \"card_declined\",\n>     \"message\": \"Your card was declined.\"\n>   }\n> }")
		assert.Equal(t, "card_declined", x.Code)
		// curl -v's request lines come with its response lines: not a quote.
		lines := []string{"> POST /v1/charges HTTP/1.1", "> Host: api.stripe.com", "< HTTP/1.1 402 Payment Required"}
		assert.False(t, unquoteLines(lines))
		assert.Equal(t, "> Host: api.stripe.com", lines[1])
	})
	t.Run("an exception named by the element around its message", func(t *testing.T) {
		x := explainPaste(t, "<MissingAuthenticationTokenException>\n  <Message>Missing Authentication Token</Message>\n</MissingAuthenticationTokenException>")
		assert.Equal(t, "MissingAuthenticationTokenException", x.Code)
		assert.Equal(t, 403, x.HTTPStatus)
		assert.Nil(t, exceptionElement(parseObject(t, `{"response": {"message": "ok"}}`)), "a name that says no exception")
	})
	t.Run("Cloudflare's Ray ID in words, and a short body that could not", func(t *testing.T) {
		assert.Equal(t, "6b993ced1a281004", explainPaste(t, "Error 1020 Ray ID: 6b993ced1a281004 • 2021-12-06 23:19:14 UTC\nAccess denied").RequestID)
		assert.True(t, failureBody(parseObject(t, `{"status": 0, "message": "Could not generate hash for this merchant key"}`)))
	})
	t.Run("an HTTP client's error object with the status only in its message", func(t *testing.T) {
		x := explainPaste(t, "{\n  error: {\n    message: 'Request failed with status code 502',\n    name: 'AxiosError',\n    code: 'ERR_BAD_RESPONSE'\n  }\n}")
		assert.Equal(t, 502, x.HTTPStatus)
		assert.Zero(t, explainPaste(t, `{"error": {"message": "the callback got status code 200 but no body", "type": "api_error"}}`).HTTPStatus, "a success status says nothing of the error")
	})
	t.Run("a code, then its provider's own words for it", func(t *testing.T) {
		x := explainPaste(t, "309 Transaction not available to void")
		assert.Equal(t, "309", x.Code)
		if assert.NotNil(t, x.Provider) {
			assert.Equal(t, "cielo", x.Provider.ID)
		}
		assert.Empty(t, findCodeInText("309 apples were sold today"), "words that are no one's message for it")
	})
	t.Run("PagSeguro's PHP library's bracketed codes: the first one", func(t *testing.T) {
		x := explainPaste(t, "{2013/01/30 00:00:04} [Error] PagSeguroPaymentService.Register(PagSeguroPaymentRequest(Reference=I9635)) - error [HTTP 400] - BAD_REQUEST [11112] - shippingCost invalid pattern: 200.  [11014] - senderPhone invalid value: 5550-0123")
		assert.Equal(t, "11112", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		assert.Empty(t, findCodeInText("got [404] - Not Found from the proxy"), "a status in brackets is no code")
	})
	t.Run("a refused operation's ReasonMessage", func(t *testing.T) {
		assert.True(t, failureBody(parseObject(t, `{"Status": 2, "ReasonCode": 7, "ReasonMessage": "Denied", "ReturnCode": "6", "ReturnMessage": "Nao foi possivel cancelar a Transacao"}`)))
		assert.False(t, failureBody(parseObject(t, `{"Status": 10, "ReasonCode": 0, "ReasonMessage": "Successful", "ReturnCode": "9", "ReturnMessage": "Transacao cancelada com sucesso"}`)))
	})
	t.Run("an error thrown in an SDK's file, as Node prints it", func(t *testing.T) {
		lower := "error: ocorre um erro ao fazer a requisição. statuscode: 400\n    at incomingmessage.<anonymous> (/home/max/app/node_modules/cielo/lib/library.js:29:58)\n    at emitnone (events.js:111:20)"
		assert.True(t, thrownIn(lower, "node_modules/cielo/"), "the first frame")
		later := "error: boom\n    at handler (/app/src/index.js:3:1)\n    at incomingmessage.<anonymous> (/app/node_modules/cielo/lib/library.js:29:58)"
		assert.False(t, thrownIn(later, "node_modules/cielo/"), "a later frame only called it")
		assert.True(t, thrownIn("/app/node_modules/cielo/lib/library.js:29\n    throw new error(x)\nerror: x", "node_modules/cielo/"), "Node's line above an uncaught error")
	})
	t.Run("an Adaptive APIs' error without its envelope", func(t *testing.T) {
		x := explainPaste(t, "Array\n(\n    [0] => Array\n        (\n            [Category] => Application\n            [Domain] => PLATFORM\n            [ErrorID] => 520002\n            [Message] => Internal Error\n            [Severity] => Error\n            [Subdomain] => Application\n        )\n\n)")
		if assert.NotNil(t, x.Provider) {
			assert.Equal(t, "paypal", x.Provider.ID)
		}
		assert.Equal(t, "520002", x.Code)
		assert.Equal(t, "2000", genericCode(parseObject(t, `{"status": "processor_declined", "processorResponseCode": "2000", "processorResponseText": "Do Not Honor"}`)))
	})
	t.Run("Dart's and Java's toString with braces", func(t *testing.T) {
		for _, in := range []string{
			"I/flutter (20307): ApiException{statusCode: 401, error: invalid_client, errorDescription: Client Authentication failed, apiError: null}",
			"ApiException{statusCode=401, error=invalid_client, errorDescription=Client Authentication failed, apiError=null}",
		} {
			x := explainPaste(t, in)
			assert.Equal(t, "invalid_client", x.Code, in)
			assert.Equal(t, 401, x.HTTPStatus, in)
			assert.Equal(t, "Client Authentication failed", x.Message, in)
		}
		assert.False(t, dartKeyAt("{ statusCode: 1}", 0), "a space first: Rust's")
		assert.False(t, dartKeyAt("Status: 1", 0), "a capital first: no field")
	})
	t.Run("Akamai's reference in character references", func(t *testing.T) {
		assert.Equal(t, "Reference #7.55eb7068", numericEntities("Reference&#32;&#35;7&#46;55eb7068"))
		assert.Equal(t, "&#1234; &#x2E", numericEntities("&#1234; &#x2E"), "past ASCII, or unterminated: as written")
		assert.Equal(t, "18.5def2e17.1618968337.589c8e7", requestIDInText("<P>Reference&#32;&#35;18&#46;5def2e17&#46;1618968337&#46;589c8e7\n</BODY>"))
	})
	t.Run("a provider's own message with no error word", func(t *testing.T) {
		x := explainPaste(t, `"Structure of CardDetails contains the following unknown fields: [checkoutAttemptId]"`)
		if assert.NotNil(t, x.Provider) {
			assert.Equal(t, "adyen", x.Provider.ID)
		}
		_, err := Explain([]byte("the payment failed, please help"), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound, "someone asking")
	})
	t.Run("Rails' error page title, then the message", func(t *testing.T) {
		x := explainPaste(t, "**Stripe::InvalidRequestError** in **api/payments/payment_intents#failed**\nYou cannot cancel this PaymentIntent because it has a status of succeeded.")
		assert.Equal(t, "You cannot cancel this PaymentIntent because it has a status of succeeded.", x.Message)
		assert.Equal(t, catalog.None, x.Retry.Strategy, "its status refuses the operation")
	})
	t.Run("a Stripe request id standing alone", func(t *testing.T) {
		assert.Equal(t, "req_TRKaOWERd1HreD", stripeRequestToken("{…}\n\nID\nreq_TRKaOWERd1HreD\nTime\n2018/04/25"))
		assert.Empty(t, stripeRequestToken("my_req_TRKaOWERd1HreD and req_short"), "inside a word, or too short")
	})
	t.Run("error lists under errorMessages, error_list, errorDetails", func(t *testing.T) {
		for _, k := range []string{"errorMessages", "error_messages", "errorList", "ErrorDetails", "validationErrors", "erros"} {
			assert.True(t, errorsKey(k), k)
		}
		for _, k := range []string{"warningMessages", "infoMessages", "errorCount", "error_", "errored", "messages"} {
			assert.False(t, errorsKey(k), k)
		}
		assert.False(t, errorLike(parseObject(t, `{"warningMessages": [{"code": "W1", "message": "soon due"}]}`)))
	})
}
