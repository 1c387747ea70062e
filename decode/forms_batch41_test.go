package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/decifra/decifra/catalog"
)

// TestReadersSeventeenthBatch: what batches 41 to 44 of real pastes asked for, each beside
// a look-alike that must not trigger it.
func TestReadersSeventeenthBatch(t *testing.T) {
	t.Run("Guzzle 3's [curl] N: names cURL's number and the failure", func(t *testing.T) {
		x := explainPaste(t, "In CurlMulti.php line 338:\n\n[curl] 7: Failed to connect to api.stripe.com port 443 after 3035 ms: Connection refused [url] https://api.stripe.com/v1/customers")
		assert.Equal(t, "7", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy), "refused: nothing was sent")
		x = explainPaste(t, "[curl] 28: Operation timed out after 0 milliseconds with 0 out of 0 bytes received [url] https://api-3t.paypal.com/nvp")
		assert.Equal(t, "28", x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		assert.Equal(t, "cURL error 7: Failed", catalog.CanonicalCurl("[curl] 7: Failed"))
		assert.Equal(t, "[curl] the library", catalog.CanonicalCurl("[curl] the library"), "no number, nothing rewritten")
	})
	t.Run("PayPal's body as the .NET and Dart SDKs print it", func(t *testing.T) {
		x := explainPaste(t, `{"Name": "INVALID_RESOURCE_ID", "message": "The requested resource ID was not found","information_link":"https://developer.paypal.com/webapps/developer/docs/api/#INVALID_RESOURCE_ID","debug_id":"881057b3579f"}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "INVALID_RESOURCE_ID", x.Code)
		x = explainPaste(t, "2023-04-09 17:34:15.858: ERROR ApiException{statusCode: 404, error: RESOURCE_NOT_FOUND, errorDescription: The specified resource does not exist., apiError: ApiError{name: RESOURCE_NOT_FOUND, message: The specified resource does not exist., debugId: aac6a6a72220b, informationLink: null, details: [ApiErrorDetails{field: null, value: null, location: null, issue: INVALID_RESOURCE_ID, description: Requested resource ID was not found.}], links: [LinkDescription{href: https://developer.paypal.com/docs/api/v1/billing/subscriptions#RESOURCE_NOT_FOUND, rel: information_link, method: GET, encType: null}]}}")
		assert.Equal(t, "INVALID_RESOURCE_ID", x.Code, "the detail's issue, inside the nested ApiError{…}")
		assert.Equal(t, "aac6a6a72220b", x.RequestID)
		assert.Equal(t, 404, x.HTTPStatus)
	})
	t.Run("PayPal NVP inside a dumped string, and Checkout's own paths", func(t *testing.T) {
		x := explainPaste(t, "protected '_rawResponse' => string 'ACK=Failure&L_ERRORCODE0=81002&L_SHORTMESSAGE0=Unspecified%20Method&L_LONGMESSAGE0=Method%20Specified%20is%20not%20Supported&L_SEVERITYCODE0=Error' (length=146)\n  protected '_success' => boolean false")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "81002", x.Code)
		assert.Nil(t, formAtLineEnd("query 'a=1&b=2&c=3' (length=11)"), "form pairs that report no failure")
		x = explainPaste(t, "/smart/api/payment/PAYID-XXXXLONGNUMBERXXXX: forbidden")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, 403, x.HTTPStatus)
	})
	t.Run("a Node logger's err member, and a Stripe card error logged without its type", func(t *testing.T) {
		x := explainPaste(t, `worker ERROR Error in default`+"\n"+`{"err":{"charge":"ch_3Pq","code":"card_declined","decline_code":"generic_decline"}}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		// Culqi's look-alike speaks to the merchant and the user, and its charge is chr_.
		x = explainPaste(t, `{"err":{"charge_id":"chr_live_x","code":"card_declined","decline_code":"insufficient_funds","merchant_message":"La tarjeta fue rechazada","user_message":"Su tarjeta fue rechazada"}}`)
		assert.NotEqual(t, "stripe", providerOf(x))
	})
	t.Run("Stripe's words for a server error, and Node's source echo above an error", func(t *testing.T) {
		x := explainPaste(t, "Error while talking with one of our backends.  Sorry about that!  We have been notified of the problem.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		x = explainPaste(t, "/app/node_modules/stripe/lib/Error.js:41\n        return new StripeInvalidRequestError(rawStripeError);\n               ^\n\nError: Cannot create the usage record because the subscription has been canceled.\n    at Function.generate (/app/node_modules/stripe/lib/Error.js:41:16)")
		assert.Equal(t, "Cannot create the usage record because the subscription has been canceled.", x.Message)
		assert.Equal(t, "none", string(x.Retry.Strategy), "a cancelled subscription is final")
		assert.True(t, sourceLine("/app/node_modules/stripe/lib/Error.js:41"))
		assert.False(t, sourceLine("Error: see /app/x.js:41"), "words around a path")
		assert.False(t, sourceLine("https://api.stripe.com/v1/charges"), "no line number")
	})
	t.Run("statuses written in words", func(t *testing.T) {
		for text, want := range map[string]int{
			"you get `400` error with message \"Keys for idempotent requests…\"": 400,
			"it fails with a 502 error from the gateway":                         502,
			"https://api.paypal.com/v1/oauth2/token (429 - Too Many Requests)":   429,
			"Adyen checkout payment API returns 422 - Unable to decrypt data":    422,
		} {
			s, ok := statusInText(text)
			assert.True(t, ok, text)
			assert.Equal(t, want, s, text)
		}
		for _, text := range []string{"upgraded from v1.400 error handling", "got 1404 errors in the batch", "the API returned 3 results"} {
			_, ok := statusInText(text)
			assert.False(t, ok, text)
		}
	})
	t.Run("codes in prose: a documented CamelCase code, a code after a sentence, a code alone with its words", func(t *testing.T) {
		x := explainPaste(t, "Só que, se o PSP tenta cadastrar a claim novamente, ele recebe o erro `ClaimAlreadyExistsForKey`.")
		assert.Equal(t, "pix-dict", providerOf(x))
		assert.Equal(t, "ClaimAlreadyExistsForKey", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		assert.Empty(t, codeInText("o sistema lança o erro `NullPointerException` ao salvar"), "a CamelCase word no provider documents")
		assert.Equal(t, "BAD_REQUEST_ERROR", codeInText("There was an error capturing the transaction. BAD_REQUEST_ERROR: The requested URL was not found on the server."))
		assert.Equal(t, "4000", codeInText("4000: Invalid information"))
		assert.Empty(t, codeInText("Line 4000: see the log\nmore text here"), "a number and two words inside a longer text")
		x = explainPaste(t, "Ela retorna o erro 101 (MerchantId is Required) no ambiente de produção quando o CVV não é informado.")
		assert.Equal(t, "cielo", providerOf(x), "the code beside Cielo's own words for it, in brackets")
		assert.Equal(t, "101", x.Code)
	})
	t.Run("problems and reasons written as lines or ISO 20022", func(t *testing.T) {
		x := explainPaste(t, "Type: https://dict.pi.rsfn.net.br/api/v1/error/BadRequest\nTitle: Bad Request\nStatus: 400\nDetail: Invalid parameters")
		assert.Equal(t, "pix-dict", providerOf(x))
		assert.Equal(t, "BadRequest", x.Code)
		assert.Equal(t, "Invalid parameters", x.Message)
		x = explainPaste(t, "<StsRsnInf>\n  <Rsn>\n    <Cd>FF08</Cd>\n  </Rsn>\n  <AddtlInf>A data/hora no identificador está mais de 1h30m atrasada</AddtlInf>\n</StsRsnInf>")
		assert.Equal(t, "FF08", x.Code)
		assert.Contains(t, x.Message, "atrasada")
		assert.Nil(t, iso20022Reason(parseObject(t, `{"StsRsnInf": {"AddtlInf": "no reason code"}}`)))
	})
	t.Run("key-value lines with capitalised and accented keys", func(t *testing.T) {
		x := explainPaste(t, "Erro retornado pela API:\nStatus Code: 400\nError: bad_request\nMessage: Card Token not found\nCódigo: 2006")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "2006", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		_, _, ok := kvLine("Error Message Here is text")
		assert.False(t, ok, "capitalised words with no colon are no key")
		k, _, ok := kvLine("Status Code: 400")
		assert.True(t, ok)
		assert.Equal(t, "StatusCode", k)
	})
	t.Run("a serialised JavaScript error and the runtime's code below it; PayU's status object", func(t *testing.T) {
		x := explainPaste(t, `{"ApiResponse": null, "httpStatusCode": null, "level": "error", "message": "Midtrans API request failed. HTTP response not found, likely connection failure, with message: \"getaddrinfo EAI_AGAIN app.midtrans.com\"", "name": "MidtransError", "rawHttpClientData": {"code": "EAI_AGAIN", "errno": -3001}}`)
		assert.Equal(t, "EAI_AGAIN", x.Code)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		assert.False(t, failureBody(parseObject(t, `{"name": "Alice", "message": "hello"}`)), "a name that is no error's")
		x = explainPaste(t, `PayU error Invalid HTTP response code (400). Response body: {"resId":null,"status":{"statusCode":"ERROR_INCONSISTENT_CURRENCIES","severity":null,"code":null,"statusDesc":"Order and pos currencies are inconsistent"},"orderId":null}.`)
		assert.Equal(t, "ERROR_INCONSISTENT_CURRENCIES", x.Code)
		assert.Equal(t, "Order and pos currencies are inconsistent", x.Message)
		assert.False(t, failureBody(parseObject(t, `{"status":{"statusCode":"SUCCESS","statusDesc":"Request processing successful"}}`)))
	})
	t.Run("a bare message that something is inactive", func(t *testing.T) {
		assert.Equal(t, "Inactive preference", explainPaste(t, "Inactive preference").Message)
		_, err := Explain([]byte("Preference saved"), Options{})
		assert.Error(t, err, "a bare message that says nothing failed")
	})
	t.Run("a Spanish exception word and the Shopware plugin's log channel", func(t *testing.T) {
		x := explainPaste(t, `En el detalle de la excepción, me menciona que: "The order amount does not match with the sum of charges amounts".`)
		assert.Contains(t, x.Message, "does not match")
		x = explainPaste(t, `[2021-01-25 16:08:30] adyen_generic.ERROR: There was an error with the payment method. Result code "Error" in response: Array ( [pspReference] => 4556115909096866 [resultCode] => Error [merchantReference] => 10645 ) [] []`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "4556115909096866", x.RequestID)
		assert.Contains(t, strings.Join(x.Provider.Evidence, " "), "adyen_generic.")
	})
}

// TestReadersEighteenthBatch: what batches 45 to 48 asked for.
func TestReadersEighteenthBatch(t *testing.T) {
	t.Run("a correlation id in words, and a code before ' : '", func(t *testing.T) {
		x := explainPaste(t, "Error: Operation timed out after 0 milliseconds with 0 out of 0 bytes received, correlation id c65b24ae6a16b")
		assert.Equal(t, "c65b24ae6a16b", x.RequestID)
		assert.Empty(t, requestIDInText("the correlation id is missing from the log"), "no id after the words")
		assert.Equal(t, "E00007", codeInText("E00007 : User authentication failed due to invalid authentication values."))
		assert.Empty(t, codeInText("NOTE : read the docs first"), "a word in capitals with no digit")
	})
	t.Run("a name before an en dash; a provider's code glued to its words", func(t *testing.T) {
		x := explainPaste(t, "UNPROCESSABLE_ENTITY – Should equal sum of (unit_amount * quantity) across all items for a given purchase_unit")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "UNPROCESSABLE_ENTITY", x.Code)
		x = explainPaste(t, "An uncaught Exception was encountered\nType: Exception\n\nMessage: 11033Item description is required.11014senderPhone invalid value: 0\n\nFilename: /var/www/app/vendor/pagseguro/pagseguro-php-sdk/source/Resources/Request.php")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "11033", x.Code)
		assert.Empty(t, gluedOwnedCode("Message: 777777Report ready"), "a number no provider documents")
		assert.Empty(t, gluedOwnedCode("Message: 11033 items"), "not glued")
	})
	t.Run("Node's util.inspect of a long string, in pieces joined with +", func(t *testing.T) {
		x := explainPaste(t, "stdout: 'Authorization failed, status=401, body={\\n' +\n    '  \"error\": {\\n' +\n    '    \"code\": \"api_key_expired\",\\n' +\n    '    \"message\": \"Expired API Key provided\",\\n' +\n    '    \"type\": \"invalid_request_error\"\\n' +\n    '  }\\n' +\n    '}\\n',\n  stderr: ''")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "api_key_expired", x.Code)
		_, ok := joinInspectedString("a = 'one' +\nb")
		assert.False(t, ok, "one piece is no joined string")
	})
	t.Run("statuses: a 400 response, (Code: 422), and did not accept", func(t *testing.T) {
		s, ok := statusInText("I receive a 400 response with error code 10105")
		assert.True(t, ok)
		assert.Equal(t, 400, s)
		_, ok = statusInText("a 200 response with the order")
		assert.False(t, ok, "a success before response is no error status")
		assert.Contains(t, explainPaste(t, "payment_method_nonce does not contain a valid payment instrument type.").Message, "valid payment instrument")
		x := explainPaste(t, "The endpoint did not accept the request. (Code: 422)")
		assert.Equal(t, 422, x.HTTPStatus)
		_, ok = statusInText("(code: 53041)")
		assert.False(t, ok, "a code of five digits is no status")
	})
	t.Run("a print_r'd response's code and reason phrase; not authorized; Fehler", func(t *testing.T) {
		s, ok := statusInText("Response: Array\n(\n    [code] => 403\n    [message] => Forbidden\n)")
		assert.True(t, ok)
		assert.Equal(t, 403, s)
		_, ok = statusInText("Array\n(\n    [code] => 404\n    [message] => Payment created\n)")
		assert.False(t, ok, "a code whose words are not its reason phrase")
		x := explainPaste(t, "Este provedor não é autorizado a usar a API PagSeguro")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Contains(t, explainPaste(t, "Bei der Bearbeitung dieser Transaktion ist ein Fehler aufgetreten (Falsche Parameter).").Message, "Falsche Parameter")
	})
	t.Run("Markdown's bold around a key-value line; a quoted response code; an id in backticks; a payment already made", func(t *testing.T) {
		x := explainPaste(t, "**Error Code: TKN_NOT_FOUND**\nHTTP Status: 404\nError Description: Token used with request does not exist, please create a new token")
		assert.Equal(t, "TKN_NOT_FOUND", x.Code)
		assert.Equal(t, 404, x.HTTPStatus)
		assert.Equal(t, "BR0", codeInText(`response code "BR0" and response message "Error from bank"`))
		assert.Empty(t, codeInText("the response code was unexpected"), "no quoted code after the words")
		assert.Equal(t, "3aabae6f248c", requestIDInText("An internal service error has occurred\n\nwith debug_id: `3aabae6f248c`."))
		x = explainPaste(t, `PayPal gateway has rejected request. Payment has already been made for this invoiceID (#10412: Duplicate invoice).`)
		assert.Equal(t, "10412", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy))
	})
	t.Run("PayPal's name leading the message beats a wrapper's own number", func(t *testing.T) {
		x := explainPaste(t, "#message: \"VALIDATION_ERROR: Invalid request. See details.\"\n#code: 1001\n#file: \"vendor/amsgames/laravel-shop-gateway-paypal/src/GatewayPayPal.php\"\n-url: \"https://api.sandbox.paypal.com/v1/payments/payment\"")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "VALIDATION_ERROR", x.Code)
	})
}
