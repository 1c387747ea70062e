package decode

import (
	"encoding/json"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// prefixLines writes prefix before every line of text, as a logger does.
func prefixLines(prefix, text string) string {
	lines := strings.Split(text, "\n")
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return strings.Join(lines, "\n")
}

// What copying does to a paste on its way to decifra: the spaces a web page or a chat
// writes, the time a log writes before each line of a response it printed, the line
// breaks a page loses. Designed probes (not real pastes), each beside a look-alike.
func TestReadersCopiedText(t *testing.T) {
	stripeBody := "{\n  \"error\": {\n    \"code\": \"card_declined\",\n    \"decline_code\": \"insufficient_funds\",\n    \"message\": \"Your card has insufficient funds.\",\n    \"type\": \"card_error\"\n  }\n}"

	t.Run("non-breaking spaces read as spaces", func(t *testing.T) {
		// A forum's &nbsp; indent: JSON allows no U+00A0 between tokens.
		nbsp := strings.ReplaceAll(stripeBody, "  ", "\u00a0 ")
		x := explainPaste(t, nbsp)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		// A narrow, an ideographic and a zero-width space alike.
		x = explainPaste(t, strings.NewReplacer("  ", "\u202f\u3000", "\"code\"", "\"co\u200bde\"").Replace(stripeBody))
		assert.Equal(t, "card_declined", x.Code)
		// Inside a message the space is kept as one ("R$ 5,00" as SpacePag wrote it).
		x = explainPaste(t, `{"message":"Depósito mínimo de R$`+"\u00a0"+`5,00","error":"Forbidden","statusCode":403}`)
		assert.Equal(t, "Depósito mínimo de R$ 5,00", x.Message)
		x = explainPaste(t, `{"message":"“quoted” — a dash","error":"Forbidden","statusCode":403}`)
		assert.Equal(t, "“quoted” — a dash", x.Message, "other punctuation from the same blocks is left alone")
	})

	t.Run("a time of day ends a prefix", func(t *testing.T) {
		// kubectl logs --timestamps, and a CI job's log.
		for _, prefix := range []string{"2024-05-11T20:35:22.123456789Z ", "2024-05-11T20:35:22.1234567Z ", "2024-05-11 20:35:22,123 ", "2024-05-11T20:35:22-03:00 "} {
			x := explainPaste(t, prefixLines(prefix, stripeBody))
			assert.Equal(t, "stripe", providerOf(x), prefix)
			assert.Equal(t, "card_declined", x.Code, prefix)
		}
		// The prefix ends after the time, not inside it nor after a date or a longer number.
		line := "2024-05-11T20:35:22.123456789Z x"
		assert.True(t, prefixEnd(line, strings.Index(line, " x")+1))
		assert.True(t, prefixEnd("20:35:22+0000 x", 14))
		assert.True(t, prefixEnd("2016-09-01 23:33:41,348 23947 x", 30), "and a process's id after it (Odoo's)")
		assert.False(t, prefixEnd("2024-05-11 20:35:22 402 x", 24), "not a status after it")
		assert.False(t, prefixEnd("timeout at 20:35:22 x", 20), "a time in a message")
		assert.False(t, prefixEnd("2024-05-11 x", 11), "a date alone")
		assert.False(t, prefixEnd("ratio 20:35 x", 12), "no seconds")
		assert.False(t, prefixEnd("id 12:34:56:78 x", 15), "more than a time")
	})

	t.Run("a container runtime's stream ends a prefix", func(t *testing.T) {
		x := explainPaste(t, prefixLines("2024-05-11T20:35:22.123456789Z stdout F ", stripeBody))
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		assert.False(t, prefixEnd("the card F is", 12), "a capital F in words")
	})

	t.Run("an HTTP answer under a log's prefix", func(t *testing.T) {
		curl := "HTTP/1.1 402 Payment Required\nContent-Type: application/json\nRequest-Id: req_Jx0bXq2Lk9aZ3Y\n\n" + stripeBody
		x := explainPaste(t, prefixLines("2024-05-11T20:35:22.1234567Z ", curl))
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, 402, x.HTTPStatus)
		assert.Equal(t, "req_Jx0bXq2Lk9aZ3Y", x.RequestID)
		// A log that only names HTTP in its lines stays a log.
		x = explainPaste(t, prefixLines("2024-05-11T20:35:22Z web.1: ", "\"POST /v1/charges HTTP/1.1\" 402\n"+stripeBody))
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, FormatLog, x.Input.Format)
	})

	t.Run("a list printed under a log's prefix", func(t *testing.T) {
		x := explainPaste(t, prefixLines("2024-05-11T20:35:22Z app[web.1]: ", "[\n  {\n    \"Code\": 133,\n    \"Message\": \"Provider is not supported for this Payment Type\"\n  }\n]"))
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, "133", x.Code)
	})

	t.Run("an HTTP answer on one line", func(t *testing.T) {
		x := explainPaste(t, `HTTP/1.1 400 BadRequest Content-Type: application/json [ { "Code": 101, "Message": "MerchantId is required" } ]`)
		assert.Equal(t, "cielo", providerOf(x))
		assert.Equal(t, "101", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		x = explainPaste(t, `HTTP/1.1 400 Bad Request Content-Type: application/xml <?xml version="1.0" encoding="ISO-8859-1"?><errors><error><code>53081</code><message>sender email invalid value.</message></error></errors>`)
		assert.Equal(t, "53081", x.Code)
		assert.Equal(t, 400, x.HTTPStatus)
		// A Link header's address, or a bracket that holds no object, is no body.
		x = explainPaste(t, `HTTP/1.1 503 Service Unavailable Link: <https://status.example.com/> Retry-After: 30 {"message":"down"}`)
		assert.Equal(t, 503, x.HTTPStatus)
		for _, paste := range []string{"HTTP/1.1 503 Service Unavailable Server: nginx Link: <https://status.example.com>", "HTTP/1.1 500 Internal Server Error X-Trace: [7f3a]"} {
			x = explainPaste(t, paste)
			assert.Empty(t, x.Message, paste)
		}
	})

	// What the review found (designed probes, each the shape of a log people paste).
	t.Run("a first line from another source", func(t *testing.T) {
		// Heroku's router line above its app's: the app's prefix, not the time alone.
		x := explainPaste(t, "2024-05-11T20:35:22.100000+00:00 heroku[router]: at=info method=POST path=\"/pagar\" status=400 bytes=0\n"+
			prefixLines("2024-05-11T20:35:23.106666+00:00 app[web.1]: ", "{\n  \"message\": \"Card Token not found\",\n  \"error\": \"bad_request\",\n  \"status\": 400,\n  \"cause\": [\n    {\n      \"code\": 2006,\n      \"description\": \"Card Token not found\"\n    }\n  ]\n}"))
		assert.Equal(t, "2006", x.Code)
		assert.Equal(t, "Card Token not found", x.Message)
	})
	t.Run("a later call's success under the same prefix", func(t *testing.T) {
		x := explainPaste(t, "2024-05-11T20:35:22Z HTTP/1.1 402 Payment Required\n2024-05-11T20:35:22Z\n2024-05-11T20:35:22Z {\"error\":{\"code\":\"card_declined\",\"message\":\"Your card was declined.\",\"type\":\"card_error\"}}\n2024-05-11T20:35:23Z HTTP/1.1 200 OK\n2024-05-11T20:35:23Z\n2024-05-11T20:35:23Z {\"id\":\"cus_1\",\"deleted\":true}")
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, 402, x.HTTPStatus)
		x = explainPaste(t, "2024-05-11 20:35:22 HTTP/1.1 200 OK\n2024-05-11 20:35:23 {\"error\":{\"code\":\"card_declined\",\"message\":\"Your card was declined.\",\"type\":\"card_error\"}}")
		assert.NotEqual(t, 200, x.HTTPStatus, "an earlier line's 200 is not the error's status")
	})
	t.Run("a time inside a repeated message", func(t *testing.T) {
		x := explainPaste(t, "timeout calling api.mercadopago.com at 20:35:22 after 30s\ntimeout calling api.mercadopago.com at 20:36:22 after 30s\n")
		assert.Contains(t, x.Message, "timeout calling")
	})
	t.Run("a tag's bracket above an object is no list", func(t *testing.T) {
		x := explainPaste(t, prefixLines("2024-05-11T20:35:22Z app[web.1]: ", "[ERROR] Gateway answered\n{\n  \"Code\": \"E102\",\n  \"Message\": \"Invalid merchant key\"\n}"))
		assert.Equal(t, "E102", x.Code)
		assert.Empty(t, providerOf(x), "Cielo's shape is a list")
	})
	t.Run("a process's id after the time is no code", func(t *testing.T) {
		x := explainPaste(t, "2016-09-01 23:33:41,348 23947 INFO ema openerp.addons.payment_paypal.controllers.main: Beginning Paypal DPN form_feedback\n2016-09-01 23:33:41,907 23947 WARNING ema openerp.addons.payment_paypal.controllers.main: Paypal: answered INVALID on data verification\n")
		assert.NotEqual(t, "23947", x.Code)
		assert.Contains(t, x.Message, "answered INVALID")
	})

	t.Run("an error's body under a prefix is read as the body", func(t *testing.T) {
		// Another API's list of errors (Vipps's shape): unprefixed it credits no one, and
		// its prefixed lines are not searched for other providers' words or codes.
		vipps := "[\n  {\n    \"errorGroup\": \"Payments\",\n    \"errorCode\": \"44\",\n    \"errorMessage\": \"Refused by issuer because of expired card\",\n    \"contextId\": \"f70b8bf7-c843-4bea-95d9-94725b19895f\"\n  }\n]"
		for _, prefix := range []string{"", "2024-05-11T20:35:22.123456789Z ", "2012-05-11T20:35:22+00:00 app[web.1]: ", "May 11 20:35:22 web01 php-fpm[1234]: "} {
			x := explainPaste(t, prefixLines(prefix, vipps))
			assert.Empty(t, providerOf(x), prefix)
			assert.Equal(t, "44", x.Code, prefix)
		}
		// A note under the body gives its status, prefixed as it is unprefixed.
		x := explainPaste(t, prefixLines("2024-05-11T20:35:22Z ", "{\"paymentResource\":{\"errorName\":\"invalid_client\",\"errorMessage\":\"Client Authentication failed\",\"debugId\":\"f2061d7af437\"}}\nwith status : 422 Unprocessable Entity"))
		assert.Equal(t, 422, x.HTTPStatus)
		assert.Equal(t, "invalid_client", x.Code)
		// A prefix that names a provider is a log's, searched for cues.
		x = explainPaste(t, prefixLines("14/01/2022 17:50:18 PagSeguro.Session[error]: ", `{"timestamp":"2022-01-14T21:50:20.678+0000","status":415,"error":"Unsupported Media Type","message":"Invalid mime type","path":"/v2/sessions"}`))
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, FormatLog, x.Input.Format)
		// Several answers in one log, a success first: the failure is the error.
		x = explainPaste(t, prefixLines("2024-05-11T20:35:22Z ", `{"Success":true,"ErrorCode":"0","Status":"NEW"}`)+"\n"+prefixLines("2024-05-11T20:35:23Z ", `{"Success":false,"ErrorCode":"9999","Message":"Invalid parameters"}`))
		assert.Equal(t, "9999", x.Code)
	})

	t.Run("one line under its time", func(t *testing.T) {
		for paste, code := range map[string]string{
			"2024-05-11T20:35:22.123Z PIX_ALREADY_PAID":                            "PIX_ALREADY_PAID",
			"2024-05-11T20:35:22Z Your card was declined.":                         "card_declined",
			"2012-05-11T20:35:22+00:00 app[web.1]: Your card was declined.":        "card_declined",
			"2024-05-11T20:35:22.123456789Z stdout F PIX_ALREADY_PAID":             "PIX_ALREADY_PAID",
			"2016-09-01 23:33:41,348 23947 ERROR PIX_ALREADY_PAID":                 "PIX_ALREADY_PAID",
			"May 11 20:35:22 web01 app[1234]: PIX_ALREADY_PAID":                    "PIX_ALREADY_PAID",
			"Jun  2 07:46:24 web01 php-fpm[99]: cc_rejected_insufficient_amount\n": "cc_rejected_insufficient_amount",
			"web_1  | PIX_ALREADY_PAID":                                            "PIX_ALREADY_PAID",
			"app-web-1  | 2024-05-11T20:35:22Z Your card was declined.":            "card_declined",
			"2024-05-11T20:35:22.1234567Z ##[error]Your card was declined.":        "card_declined",
			"##[warning]PIX_ALREADY_PAID":                                          "PIX_ALREADY_PAID",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, code, x.Code, paste)
		}
		x := explainPaste(t, "2022-09-07 16:29:05.037 +00:00 [Error] Payment failed: Your card was declined.")
		assert.NotContains(t, x.Message, "+00:00", "a zone written apart is the time's")
		// Spring Boot's level and process id after the time are no error code.
		x = explainPaste(t, "2022-08-16 08:02:05.425 ERROR 22093 --- [nio-8080-exec-1] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception [Request processing failed; nested exception is com.example.GatewayException: The input XML is not valid]")
		assert.NotEqual(t, "22093", x.Code)
		assert.NotContains(t, x.Message, "22093")
		// Look-alikes: a time that is the message's, a bracket that opens the message.
		assert.Zero(t, lineTime("timeout at 20:35:22 PIX_ALREADY_PAID"))
		assert.Zero(t, lineTime("2024-05-11 PIX_ALREADY_PAID"), "a date alone")
		assert.Zero(t, loggerTag("[stripe] Webhook failed: x"), "a bracket that opens the line is the message's")
		assert.Zero(t, loggerTag("Payment failed for order [42]: card declined"), "words before a bracket are a message")
		assert.Zero(t, syslogTime("Mayo 11 20:35:22 x"))
		assert.Zero(t, composeTag("order 1 | x"), "no replica's number glued to the name")
		assert.Zero(t, composeTag("web_1 x | y"), "the bar right after the name's spaces")
		assert.Equal(t, len("app-web-1  | "), composeTag("app-web-1  | x"))
		assert.Equal(t, 16, syslogTime("Dec  1 07:46:24 x"))
	})

	// What the review found (designed probes).
	t.Run("what follows a body under a prefix, and what the prefix says", func(t *testing.T) {
		generic := "{\"error\":\"bad_request\",\"message\":\"invalid parameter amount\",\"status\":400}"
		// An SDK's exception after the body names whose body it is, as the log says.
		x := explainPaste(t, prefixLines("2024-05-11T20:35:22.123456789Z ", generic+"\nMercadoPago\\Exceptions\\MPApiException: Api error. Check response for details\n#0 /app/src/Pay.php(42): MercadoPago\\Client\\Payment\\PaymentClient->create()"))
		assert.Equal(t, "mercadopago", providerOf(x))
		x = explainPaste(t, prefixLines("2012-05-11T20:35:22+00:00 app[web.1]: ", generic+"\nStripe::InvalidRequestError (invalid parameter amount):"))
		assert.Equal(t, "stripe", providerOf(x))
		// A status the prefix gives is the body's when the body gives none.
		x = explainPaste(t, prefixLines("2024-05-11T20:35:22Z [http] 400 | ", `{"message":"invalid parameter amount","error":"bad_request"}`))
		assert.Equal(t, 400, x.HTTPStatus)
		// A logger's own record, the time in the prefix: a log, whose words are read.
		x = explainPaste(t, prefixLines("2024-05-11T20:35:22Z ", `{"level":"error","logger":"mercadopago","msg":"payment failed","status":400,"error":"bad_request","message":"invalid parameter amount"}`))
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, FormatLog, x.Input.Format)
	})

	t.Run("what follows one line's time", func(t *testing.T) {
		// A number after the time is the message's, not a process's id.
		x := explainPaste(t, "2024-05-11 20:35:22 2006 Card Token not found")
		assert.Equal(t, "2006", x.Code)
		assert.Equal(t, "mercadopago", providerOf(x))
		// A bracket after an error's word is no logger's tag.
		assert.Zero(t, loggerTag("Error[card_declined]: Your card was declined."))
	})

	t.Run("a log's level is no error label", func(t *testing.T) {
		// The level in capitals comes first; the code is at the word's next use.
		for _, paste := range []string{
			"2024-01-01 10:00:00 ERROR [main] c.e.PaymentService - Error 53081",
			"10:00:00 ERROR Error 53081",
			"[ERROR] pagseguro: Error 53081",
			// zap's console encoder (tabs), logrus's text formatter, a logger's "ERROR: ".
			"2024-05-11T20:35:22.123Z\tERROR\tpayments/client.go:88\tError 53081 from PagSeguro",
			`time="2024-05-11T20:35:22Z" level=error msg="Error 53081 sender is related to receiver"`,
			"[payments] ERROR: error 53081 sender is related to receiver",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "53081", x.Code, paste)
			assert.Equal(t, "pagbank", providerOf(x), paste)
		}
		// A number right after the word is its code (Openpay's plugins' "ERROR 1003La
		// petición …"), and a small number at its next use is another program's (curl's 28).
		assert.False(t, logLevelAt("ERROR 1003La petición no pudo ser procesada", 0))
		assert.True(t, logLevelAt("x ERROR [main] y", 2))
		assert.False(t, logLevelAt("xERROR y", 1))
		assert.False(t, logLevelAt("ERROR: 10486 This transaction couldn't be completed", 0), "a number after the colon is its code")
		assert.True(t, logLevelAt(`level=error msg="x"`, 6))
		assert.False(t, logLevelAt(`errorlevel=error2`, 11))
		x := explainPaste(t, "2021-10-19T11:45:14+00:00 ERROR Kunne ikke opprette Vipps-betaling 500 cURL error 28: Resolving timed out after 5516 milliseconds")
		assert.Empty(t, x.Alternatives)
		assert.Equal(t, "cURL error 28", x.Code)
	})

	t.Run("a paste that is one JSON string", func(t *testing.T) {
		// A JSON log's viewer copies a member's value with its quotes and escapes.
		lit, err := json.Marshal(stripeBody)
		require.NoError(t, err)
		x := explainPaste(t, string(lit))
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, FormatJSON, x.Input.Format)
		// An array of errors too, which no escaped-object reader finds: Vipps's was read
		// as prose and credited to Rede for its code and words.
		x = explainPaste(t, `"[\n  {\n    \"errorGroup\": \"Payments\",\n    \"errorCode\": \"44\",\n    \"errorMessage\": \"Refused by issuer because of expired card\"\n  }\n]\n"`)
		assert.Nil(t, x.Provider)
		assert.Equal(t, "44", x.Code)
		// A quoted text whose backslashes are no JSON escapes (a PHP namespace, a Windows
		// path) is read as written: "Stripe\Error\InvalidRequest" keeps its class.
		assert.Equal(t, []byte(`"Uncaught exception 'Stripe\Error\InvalidRequest' with message 'Missing \"x\"'"`), stringLiteral([]byte(`"Uncaught exception 'Stripe\Error\InvalidRequest' with message 'Missing \"x\"'"`)))
		// Two quoted strings, or a string with text after it, are no one string.
		assert.Equal(t, `"a\nb" and "c"`, string(stringLiteral([]byte(`"a\nb" and "c"`))))
		assert.Equal(t, `a\nb`, string(stringLiteral([]byte(`"a\\nb"`))), "an escaped backslash is one backslash")
		// What the string held is read as any paste is: in a fence, with Windows' line ends
		// escaped in it too.
		crlf, err := json.Marshal(strings.ReplaceAll("```json\n"+stripeBody+"\n```", "\n", "\r\n"))
		require.NoError(t, err)
		x = explainPaste(t, string(crlf))
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
	})

	t.Run("HTML's escapes undone", func(t *testing.T) {
		// A body copied from a page's source or a log shown in HTML.
		x := explainPaste(t, html.EscapeString(stripeBody))
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "card_declined", x.Code)
		// PHP's HTML error keeps its tags and reads its body (Culqi's, culqi-php#40).
		x = explainPaste(t, "<br />\n<b>Fatal error</b>:  Uncaught Culqi\\Error\\UnhandledError: {&quot;object&quot;:&quot;error&quot;,&quot;type&quot;:&quot;card_error&quot;,&quot;code&quot;:&quot;card_declined&quot;,&quot;merchant_message&quot;:&quot;Error de procesamiento.&quot;} in D:\\xampp\\htdocs\\pagos\\culqi\\lib\\Culqi\\Client.php:54")
		assert.Equal(t, "card_declined", x.Code)
		assert.Equal(t, "Error de procesamiento.", x.Message)
		// A page with quotes of its own is left as written, and one escape is no escaping.
		page := `<p class="x">&lt;b&gt; &quot;</p>`
		assert.Equal(t, page, string(unescapeEntities([]byte(page))))
		assert.Equal(t, "a &amp; b", string(unescapeEntities([]byte("a &amp; b"))))
		assert.Equal(t, "<errors><error>x & 'y'</error></errors>", string(unescapeEntities([]byte("&lt;errors&gt;&lt;error&gt;x &amp; &#39;y&#39;&lt;/error&gt;&lt;/errors&gt;"))))
		// A forum's source indented with &nbsp;.
		x = explainPaste(t, strings.ReplaceAll(html.EscapeString(stripeBody), "  ", "&nbsp;&nbsp;"))
		assert.Equal(t, "card_declined", x.Code)
	})

	t.Run("a tab after a line's time, and Lambda's invocation id", func(t *testing.T) {
		// CloudWatch's and Lambda's lines put a tab after the time.
		x := explainPaste(t, "2024-05-11 20:35:22.123\tCould not find an acquirer account for the provided currency (USD).")
		assert.Equal(t, "adyen", providerOf(x))
		// Lambda's runtime writes its invocation's id and the level, each before a tab:
		// the id is Lambda's, not the provider's request.
		x = explainPaste(t, "2024-05-11T20:35:22.123Z\t6f1c8f1e-2b1a-4c9e-9c3b-1a2b3c4d5e6f\tERROR\tCould not find an acquirer account for the provided currency (USD).")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Empty(t, x.RequestID)
		assert.Equal(t, "Could not find an acquirer account for the provided currency (USD).", x.Message)
		// A tab that follows no time is no prefix's end here.
		assert.Zero(t, lineTime("payment\tCould not find an acquirer account"))
	})

	t.Run("another API's PascalCase list is not Cielo's", func(t *testing.T) {
		// Cielo's codes are numbers of three digits at most, or in its tables: a list of
		// {"Code": "InvalidSubscription"}, "CPF_INVALIDO" or 1001 is another .NET API's.
		for _, paste := range []string{
			"Invoke-RestMethod : [{\"Code\":\"InvalidSubscription\",\"Message\":\"The subscription is not valid.\"}]\nAt line:1 char:1",
			`2024-05-11 20:35:22 ERROR upstream said: [{"Code":"1001","Message":"Invalid merchant"}]`,
			`[{"Code":"CPF_INVALIDO","Message":"CPF do pagador inválido"}]`,
			`[{"Code":"InvalidSubscription","Message":"The subscription is not valid."}]`,
		} {
			assert.Nil(t, explainPaste(t, paste).Provider, paste)
		}
		x := explainPaste(t, `[{"Code": 245, "Message": "Merchant does not have split configuration"}]`)
		assert.Equal(t, "cielo", providerOf(x), "Split's 245, in no table we cite, is still Cielo's")
	})

	t.Run("a provider's words for one code beside another of its codes", func(t *testing.T) {
		// Vipps's code 44 with words e.Rede writes for its 86: e.Rede's 44 says "number:
		// invalid format", so the two are one weak sign, not a claim.
		x := explainPaste(t, `Vipps error: [{"errorGroup": "Payments", "errorCode": "44", "errorMessage": "Refused by issuer because of expired card"}]`)
		assert.Nil(t, x.Provider)
		assert.Equal(t, "44", x.Code)
		// The other code only as part of a UUID, an order's number or an amount is not named.
		for _, other := range []string{`"contextId": "f70b8bf7-c843-4bea-95d9-94725b198b86"`, `"orderId": "1786"`, `"amount": "86.00"`} {
			x = explainPaste(t, `Vipps error: [{"errorGroup": "Payments", "errorCode": "44", "errorMessage": "Refused by issuer because of expired card", `+other+`}]`)
			assert.Nil(t, x.Provider, other)
		}
		assert.True(t, namesNumber("main.ERROR: 901: Invalid", "901"))
		assert.False(t, namesNumber("8b86 1786 86.00 86a", "86"))
		assert.True(t, namesNumber("(86)", "86"))
		// A paste that names both codes keeps both signs (Adyen's Magento log).
		x = explainPaste(t, "[2019-08-09 13:55:50] main.ERROR: 010: Not allowed {\"is_exception\":false} []\n[2019-08-09 13:56:19] main.ERROR: 901: Invalid Merchant Account {\"is_exception\":false} []")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "010", x.Code)
	})
}
