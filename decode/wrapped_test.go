package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWrappedPastes: what people put around a paste (a Markdown fence, a line of their
// own above it, a question under it, a reply's "> ", a code block's indent, Windows' line
// ends) is taken off before it is read, each beside a look-alike that must keep its text.
func TestWrappedPastes(t *testing.T) {
	square := "{\n  \"errors\": [\n    {\n      \"category\": \"AUTHENTICATION_ERROR\",\n      \"code\": \"UNAUTHORIZED\",\n      \"detail\": \"The `Authorization` http header of your request was malformed. For more information, see https://docs.connect.squareup.com/api/connect/v2/. Please report this to developers@squareup.com.\"\n    }\n  ]\n}\n"
	t.Run("a Markdown fence, with or without its info string", func(t *testing.T) {
		plain := explainPaste(t, square)
		for _, fenced := range []string{"```\n" + square + "```\n", "```json\n" + square + "```", "~~~json\n" + square + "~~~\n"} {
			x := explainPaste(t, fenced)
			assert.Equal(t, plain.Code, x.Code)
			assert.Equal(t, providerOf(plain), providerOf(x), "a fence is no evidence of a provider")
			assert.Equal(t, "json", string(x.Input.Format), "the fenced body is read as the JSON it is")
		}
		x := explainPaste(t, "```json\n"+`{"error":{"code":"card_declined","type":"card_error","message":"Your card was declined."}}`+"```")
		assert.Equal(t, "json", string(x.Input.Format), "a closing fence glued to the body")
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, "a ``` b\n", string(unfence([]byte("a ``` b\n``` \n"))), "a line that is a fence alone is dropped, a run inside a line stays")
		assert.False(t, fenced([]byte(`{"error":{"message":"Invalid markdown: `+"```js```"+` not allowed"}}`)), "backticks in a message are no fence")
		x = explainPaste(t, "> ```json\n> {\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\", \"message\": \"Your card was declined.\"}}\n> ```\n")
		assert.Equal(t, "json", string(x.Input.Format), "a fence inside a reply's quote")
		_, err := Explain([]byte("```json\n```"), Options{})
		assert.ErrorContains(t, err, "empty", "a fence around nothing is an empty paste")
		assert.Equal(t, "`code` and ``x``\n", string(unfence([]byte("`code` and ``x``\n"))), "one or two backticks are Markdown's inline code, and stay")
	})
	t.Run("a message is not Portuguese for a host's .com", func(t *testing.T) {
		assert.False(t, looksPortuguese("see https://docs.connect.squareup.com or write to developers@squareup.com"))
		assert.True(t, looksPortuguese("O campo valor é obrigatório"))
	})
	t.Run("a line of the person's own above the paste", func(t *testing.T) {
		for _, lead := range []string{"I get this error when I try to pay:\n\n", "Estou recebendo o seguinte erro ao tentar pagar:\n", "Me sale este error al pagar:\n"} {
			x := explainPaste(t, lead+"parameter_unknown - client_secret\nReceived unknown parameter: client_secret")
			assert.Equal(t, "stripe", providerOf(x), lead)
			assert.Equal(t, "parameter_unknown - client_secret\nReceived unknown parameter: client_secret", x.Message, "the message is what was pasted under the lead-in")
			x = explainPaste(t, lead+`[{"Code":133,"Message":"Provider is not supported for this Payment Type"}]`)
			assert.Equal(t, "json", string(x.Input.Format), "%s: the JSON under it is the paste", lead)
		}
		assert.Equal(t, "Stripe error:\nYour card was declined.", afterLeadIn("Stripe error:\nYour card was declined."), "a label that says whose error it is stays")
		assert.Equal(t, "I get this error:", afterLeadIn("I get this error:"), "a lead-in with nothing under it stays")
	})
	t.Run("a question or thanks under the paste", func(t *testing.T) {
		x := explainPaste(t, "try_again_later\nAny idea what is wrong? Thanks")
		assert.Equal(t, "try_again_later", x.Code)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "ERROR 42", beforeAfterword("ERROR 42\nWhy is the order number taken?"))
		assert.Equal(t, "Why was my card declined?", beforeAfterword("Why was my card declined?"), "a question alone is the paste")
		assert.Equal(t, "Error: {\"a\": [1]}\nwhat is [code]?", beforeAfterword("Error: {\"a\": [1]}\nwhat is [code]?"), "a question that quotes the structure is part of it")
	})
	t.Run("PayPal's NVP answer with a line after it", func(t *testing.T) {
		x := explainPaste(t, "TIMESTAMP=2022%2d11%2d29T03%3a40%3a14Z&CORRELATIONID=63e6dca691d60&ACK=Failure&VERSION=204&BUILD=57888165&L_ERRORCODE0=10411&L_SHORTMESSAGE0=This%20Express%20Checkout%20session%20has%20expired%2e&L_LONGMESSAGE0=This%20Express%20Checkout%20session%20has%20expired%2e&L_SEVERITYCODE0=Error\nAny idea what is wrong? Thanks\n")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10411", x.Code)
		assert.Equal(t, "63e6dca691d60", x.RequestID)
		_, err := Explain([]byte("TIMESTAMP=2022&CORRELATIONID=63e6dca691d60&ACK=Success&VERSION=204\nthanks, it works now"), Options{})
		require.Error(t, err, "a success answer is no error, wherever it stands")
	})
	t.Run("a reply's quote and a code block's indent", func(t *testing.T) {
		x := explainPaste(t, "> HTTP/1.1 402 Payment Required\n> Request-Id: req_8DskZ6vbPbMzT4\n>\n> {\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\", \"message\": \"Your card was declined.\"}}\n")
		assert.Equal(t, 402, x.HTTPStatus)
		assert.Equal(t, "req_8DskZ6vbPbMzT4", x.RequestID)
		assert.Equal(t, "stripe", providerOf(x))
		x = explainPaste(t, "    HTTP/1.1 402 Payment Required\n    Request-Id: req_8DskZ6vbPbMzT4\n\n    {\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\"}}\n")
		assert.Equal(t, 402, x.HTTPStatus)
		assert.Equal(t, "req_8DskZ6vbPbMzT4", x.RequestID)
		assert.Equal(t, "> GET /v1/charges HTTP/1.1\n< HTTP/1.1 402\n", string(unquote([]byte("> GET /v1/charges HTTP/1.1\n< HTTP/1.1 402\n"))), "curl -v's request lines stay")
		assert.Equal(t, "{\n  \"a\": 1\n}", string(dedent([]byte("{\n  \"a\": 1\n}"))), "a body whose first line has no indent stays")
	})
	t.Run("Windows' line ends", func(t *testing.T) {
		x := explainPaste(t, "Pagseguro: Unauthorized\r\n")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, 401, x.HTTPStatus)
	})
	t.Run("JSONP: the body passed to a page's function", func(t *testing.T) {
		x := explainPaste(t, "Payeezy.callback({\n\t\"status\":400,\n\t\"results\":{\"correlation_id\":\"129.7372625410191\",\"Error\":{\"messages\":[{\"code\":\"invalid.tatoken\",\"description\":\"Invalid ta_token provided\"}]}}\n})")
		assert.Equal(t, "json", string(x.Input.Format))
		assert.Equal(t, "129.7372625410191", x.RequestID)
		assert.Equal(t, 0, jsonpStart("object(Foo)#12 (3) {"), "PHP's var_dump is no call")
		assert.Equal(t, 0, jsonpStart("Array\n(\n    [code] => 1\n)"))
	})
	t.Run("a status written under a JSON body", func(t *testing.T) {
		x := explainPaste(t, "{\n  \"code\": \"insufficient_permission\",\n  \"description\": \"A chave de API fornecida não possui permissão para realizar operações de saque via API.\"\n}\n\n**Endpoint:** `POST /api/v3/transfers`\n**Status:** 403 Forbidden")
		assert.Equal(t, 403, x.HTTPStatus)
		x = explainPaste(t, "{\n  \"code\": \"insufficient_permission\",\n  \"description\": \"A chave de API fornecida não possui permissão para realizar operações de saque via API.\"\n}\n\nIt worked after 403 tries")
		assert.Equal(t, 0, x.HTTPStatus, "a number in a sentence is no status")
	})
	t.Run("an orchestrator's error relays its processor's words", func(t *testing.T) {
		x := explainPaste(t, "I get this:\n{\"error\": {\"type\": \"connector\", \"message\": \"incorrect_number: Your card number is incorrect.\", \"code\": \"CE_00\", \"connector\": \"stripe\"}}")
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "CE_00", x.Code)
		x = explainPaste(t, "Error: incorrect_number: Your card number is incorrect.")
		assert.Equal(t, "stripe", providerOf(x), "Stripe's words with no orchestrator around them")
	})
	t.Run("what the first review of these rules found", func(t *testing.T) {
		// The paster's own call above the error is no JSONP answer.
		x := explainPaste(t, "stripe.paymentIntents.create({\"amount\": 20, \"currency\": \"usd\"})\n{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"amount_too_small\", \"message\": \"Amount must be at least $0.50 usd\"}}")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "amount_too_small", x.Code)
		x = explainPaste(t, `ErrorResponse({"code":"card_declined","message":"Your card was declined."})`)
		assert.Equal(t, "stripe", providerOf(x), "a class printing itself is no page's callback")
		// A status under the body: only an error status, only close under it, only when
		// the body has none of its own.
		x = explainPaste(t, "{\"status\":404,\"code\":\"resource_not_found\",\"message\":\"Not found\"}\nline 1\nline 2\nline 3\nline 4\nCompleted 500 Internal Server Error in 12ms")
		assert.Equal(t, 404, x.HTTPStatus)
		x = explainPaste(t, "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"message\":\"Your card was declined.\"}}\nstatus: 200")
		assert.Equal(t, 402, x.HTTPStatus, "a 2xx under the body does not override what the error means")
		// A provider's words that end with a colon are no lead-in.
		x = explainPaste(t, "Structure of CardDetails contains the following unknown fields:\n[checkoutAttemptId]")
		assert.Equal(t, "adyen", providerOf(x))
		for _, s := range []string{"Error: The following fields are required:\namount, currency", "Os seguintes campos são obrigatórios:\nvalor, vencimento", "Los siguientes campos son obligatorios:\nmonto"} {
			_, err := Explain([]byte(s), Options{})
			assert.NoError(t, err, "%q is the error itself", s)
		}
		// The lead-in's status is the body's.
		x = explainPaste(t, "I get HTTP 402 with this response:\n{\"error\":{\"code\":\"card_declined\",\"message\":\"Your card was declined.\"}}")
		assert.Equal(t, 402, x.HTTPStatus)
		x = explainPaste(t, "A API me retorna 422 com esse corpo:\n{\"errors\":[{\"code\":\"invalid_field\",\"description\":\"campo inválido\"}]}")
		assert.Equal(t, 422, x.HTTPStatus)
		// A reply's quote after a blank line, or indented with a tab.
		x = explainPaste(t, "\n> HTTP/1.1 402 Payment Required\n> Request-Id: req_8DskZ6vbPbMzT4\n>\n> {\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\"}}\n")
		assert.Equal(t, 402, x.HTTPStatus)
		assert.Equal(t, "req_8DskZ6vbPbMzT4", x.RequestID)
	})
	t.Run("a code or an id read from words loses a sentence's stop; a structure's value stays", func(t *testing.T) {
		x := explainPaste(t, "processor_declined.")
		assert.Equal(t, "processor_declined", x.Code)
		x = explainPaste(t, `{"success":false,"error":{"code":"RATE_LIMITED","message":"slow down"},"meta":{"request_id":"<b>&amp;"}}`)
		assert.Equal(t, "<b>&amp;", x.RequestID, "what the API sent, to the byte")
		x = explainPaste(t, `{"error":{"code":"E0024.","message":"Invalid"}}`)
		assert.Equal(t, "E0024.", x.Code)
	})
	t.Run("what the second review of these rules found", func(t *testing.T) {
		x := explainPaste(t, "I get 422 from the v2 API with this body:\n{\"message\":\"Validation failed\",\"errors\":[{\"field\":\"amount\",\"code\":\"invalid\"}]}")
		assert.Equal(t, 422, x.HTTPStatus, "a version or a path beside the status is skipped")
		assert.Equal(t, 0, numberStatus("I get 422 and then 500:"), "two statuses: neither")
		x = explainPaste(t, "{\"message\":\"Validation failed\",\"errors\":[{\"field\":\"amount\",\"code\":\"invalid\"}]}\nHTTP 422")
		assert.Equal(t, 422, x.HTTPStatus, "a short note under the body")
		x = explainPaste(t, `{"level":"error","timestamp":"2024-03-01T10:00:00Z","message":"PayPal error INSTRUMENT_DECLINED: The instrument presented was either declined","error":{"config":{"url":"https://api-m.paypal.com/v2/checkout/orders/1/capture"}}}`)
		assert.Equal(t, "paypal", providerOf(x), "a logged client request with no answer in it leaves the record to be read")
		x = explainPaste(t, "    HTTP/1.1 402 Payment Required\n    Request-Id: req_8DskZ6vbPbMzT4\n\u00a0\n    {\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\"}}\n")
		assert.Equal(t, "req_8DskZ6vbPbMzT4", x.RequestID, "a no-break space alone on a line is a blank line")
		code, _ := codeKeyed(&object{members: []member{{"400", "Bad Request"}, {"404", "Not Found"}}})
		assert.Equal(t, "", code, "statuses and their reason phrases")
		code, _ = codeKeyed(&object{members: []member{{"2024", "year is not allowed"}}})
		assert.Equal(t, "", code, "a year")
		_, err := Explain([]byte(`{"resultado": {"descripcionError": "", "id": -1}}`), Options{})
		assert.Error(t, err, "STP's id is a code only beside words")
	})
}
