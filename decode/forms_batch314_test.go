package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSeventyFirstBatch: readers for the real pastes of batches 314 to 319.
func TestReadersSeventyFirstBatch(t *testing.T) {
	t.Run("a response saved in a Postman collection", func(t *testing.T) {
		// decode/testdata/real/paypal-json-postman-create-managed-account-500-internal-service-error,
		// shortened: its members copied without their braces, the debug id only in a header.
		saved := "\"status\": \"Internal Server Error\",\n\"code\": 500,\n\"_postman_previewlanguage\": \"json\",\n\"header\": [\n  {\"key\": \"Content-Type\", \"value\": \"application/json\"},\n  {\"key\": \"Paypal-Debug-Id\", \"value\": \"7a17851ed9e0b\"}\n],\n\"cookie\": [],\n\"responseTime\": null,\n\"body\": \"{\\n    \\\"name\\\": \\\"INTERNAL_SERVICE_ERROR\\\",\\n    \\\"message\\\": \\\"An internal service error has occurred\\\",\\n    \\\"details\\\": [],\\n    \\\"links\\\": []\\n}\""
		for _, paste := range []string{saved, "{\"name\": \"Create managed account - 500\", \"originalRequest\": {\"method\": \"POST\"},\n" + saved + "}"} {
			x := explainPaste(t, paste)
			assert.Equal(t, "paypal", providerOf(x))
			assert.Equal(t, "INTERNAL_SERVICE_ERROR", x.Code)
			assert.Equal(t, 500, x.HTTPStatus)
			assert.Equal(t, "7a17851ed9e0b", x.RequestID)
		}
		// decode/testdata/real/other-hoopay-json-postman-charge-401-request-timeout, shortened:
		// the saved status is the answer's, not the number in the body's code.
		x := explainPaste(t, "\"status\": \"Unauthorized\",\n\"code\": 401,\n\"_postman_previewlanguage\": \"json\",\n\"header\": [{\"key\": \"Date\", \"value\": \"Thu, 22 Aug 2024 16:23:51 GMT\"}],\n\"cookie\": [],\n\"body\": \"{\\n \\\"errors\\\": [{\\\"uniqueCode\\\": \\\"API:ERROR:422\\\", \\\"message\\\": \\\"Erro: \\\\\\\"Request Timeout\\\\\\\"\\\"}]\\n}\"")
		assert.Equal(t, 401, x.HTTPStatus)
		checkLookAlikes(t, []readerLookAlike{
			// Without Postman's own member, or without a status: no saved response.
			{paste: `{"code": 500, "status": "Internal Server Error", "body": "{\"name\": \"INTERNAL_SERVICE_ERROR\"}"}`},
			{paste: `"_postman_previewlanguage": "json", "code": "abc", "body": "{\"error\": {\"code\": \"x\", \"message\": \"y\"}}"`, code: "x"},
		})
	})
	t.Run("a provider's own names in a transaction's XML, an SDK's module, a Python package's frames; a UUID is no code", func(t *testing.T) {
		// decode/testdata/real/pagbank-xml-prestashop-transaction-status-7-cancellationsource-internal, its first elements.
		x := explainPaste(t, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<transaction>\n  <date>2019-10-21T09:36:29.000-03:00</date>\n  <code>811F20E4-17F3-44C5-A369-32851A10F426</code>\n  <status>7</status>\n  <cancellationSource>INTERNAL</cancellationSource>\n  <creditorFees>\n    <intermediationFeeAmount>0.15</intermediationFeeAmount>\n  </creditorFees>\n</transaction>")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "7", x.Code) // its status; the transaction's <code>, a UUID, names it and is no error code
		// decode/testdata/real/stone-bare-message-react-native-initsdk-failed-resolution-koin, whole.
		x = explainPaste(t, "Could not invoke StonePOS.initSDK\nnull\nFailed resolution of: Lorg/koin/dsl/ModuleKt")
		assert.Equal(t, "stone", providerOf(x))
		// The Python SDK's frames (efipay) point at Efí, short of crediting it on their own.
		x = explainPaste(t, "Traceback (most recent call last):\n  File \"C:\\app\\venv\\Lib\\site-packages\\efipay\\endpoints.py\", line 98, in request\n    raise Exception(response.json())\nException: {\"error\": \"invalid_client\", \"error_description\": \"bad credentials\"}")
		if assert.NotEmpty(t, x.Alternatives) {
			assert.Equal(t, "efi", x.Alternatives[0].ID)
		}
		checkLookAlikes(t, []readerLookAlike{
			{paste: "<transaction><status>7</status><cancelSource>INTERNAL</cancelSource></transaction>"},
			{paste: "Could not invoke StonePositionModule.init\nnull"},
			{paste: "panic: runtime error: index out of range [19] with length 19\n\ngoroutine 1 [running]:\nmain.place(stonePos)"},
			// Another system's XML with a cancellation's source: not PagSeguro's by that alone.
			{paste: "<subscription><cancellationSource>INTERNAL</cancellationSource><error><code>payment_failed</code><message>Card expired</message></error></subscription>", code: "payment_failed"},
			// An error whose code is a word, beside an id written as a UUID.
			{paste: `{"code": "card_declined", "id": "811F20E4-17F3-44C5-A369-32851A10F426", "message": "Declined"}`, code: "card_declined"},
			{paste: `{"errorCode": "811F20E4-17F3-44C5-A369-32851A10F42", "message": "Declined", "status": 402}`, code: "811F20E4-17F3-44C5-A369-32851A10F42", status: 402},
		})
	})
	t.Run("a code and its text on one line", func(t *testing.T) {
		// decode/testdata/real/other-authorize.net-log-prefixed-chatgpt-export-accept-token-e00114-invalid-ots-token, its block.
		x := explainPaste(t, "=== Authorize.Net Response (PURCHASE) ===\nResult Code: ERROR\nMessages:\n  - Code: E00114, Text: Invalid OTS Token.\nTransaction Response Code: null\nTransaction ID: null\n===========================================")
		assert.Equal(t, "E00114", x.Code)
		assert.Equal(t, "Invalid OTS Token.", x.Message)
		checkLookAlikes(t, []readerLookAlike{
			// A sentence after the code, not a member's name: no message is taken from it (the
			// code is read in the text, as before).
			{paste: "Messages:\n  - Code: E00114, then the page reloads: nothing else", code: "E00114"},
			// A word, not a code, and a status after it: nothing to read.
			{paste: "Code: review, Status: pending"},
			{paste: "Code: review, Text: pending approval"},
		})
	})
	t.Run("a saved response's XML, a success's pair skipped", func(t *testing.T) {
		// The review's probes: PagSeguro's v2 XML, a SOAP fault and Authorize.Net's answer
		// under a 200, each saved in a collection, read as before the Postman reader.
		x := explainPaste(t, "\"status\": \"Bad Request\",\n\"code\": 400,\n\"_postman_previewlanguage\": \"xml\",\n\"header\": [],\n\"body\": \"<?xml version=\\\"1.0\\\"?><errors><error><code>53004</code><message>items invalid quantity.</message></error></errors>\"")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "53004", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, `{"name": "auth", "status": "OK", "code": 200, "_postman_previewlanguage": "xml", "header": [], "body": "<ErrorResponse><messages><resultCode>Error</resultCode><message><code>E00007</code><text>User authentication failed due to invalid authentication values.</text></message></messages></ErrorResponse>"}`)
		assert.Equal(t, "E00007", x.Code)
		// Authorize.Net's two calls in one log, the first a success.
		x = explainPaste(t, "=== Authorize.Net Response (AUTH) ===\nResult Code: Ok\nMessages:\n  - Code: I00001, Text: Successful.\n=== Authorize.Net Response (CAPTURE) ===\nResult Code: Error\nMessages:\n  - Code: E00027, Text: The transaction was unsuccessful.")
		assert.Equal(t, "E00027", x.Code)
		assert.Equal(t, "The transaction was unsuccessful.", x.Message)
		checkLookAlikes(t, []readerLookAlike{
			// A success saved first, then the failure: the failure's status.
			{paste: "\"name\": \"ok\",\n\"status\": \"OK\",\n\"code\": 200,\n\"_postman_previewlanguage\": \"json\",\n\"header\": [],\n\"body\": \"{\\\"id\\\": \\\"ch_1\\\", \\\"status\\\": \\\"succeeded\\\"}\"\n},\n{\n\"name\": \"declined\",\n\"status\": \"Payment Required\",\n\"code\": 402,\n\"_postman_previewlanguage\": \"json\",\n\"header\": [{\"key\": \"Request-Id\", \"value\": \"req_Abc123XyZ987\"}, {\"key\": \"Stripe-Version\", \"value\": \"2024-06-20\"}],\n\"body\": \"{\\\"error\\\": {\\\"message\\\": \\\"Your card was declined.\\\", \\\"type\\\": \\\"card_error\\\"}}\"", provider: "stripe", status: 402},
		})
	})
}
