package decode

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/internal/fixtures"
)

// dumpRender prints a value compactly, for failure messages and -v.
func dumpRender(v any) string {
	switch x := v.(type) {
	case *object:
		parts := make([]string, len(x.members))
		for i, m := range x.members {
			parts[i] = m.key + ": " + dumpRender(m.val)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = dumpRender(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return fmt.Sprintf("%q", x)
	case number:
		return "#" + string(x)
	case bareword:
		return "~" + string(x)
	case nil:
		return "nil"
	}
	return fmt.Sprint(v)
}

// dumpAt follows a path of member names and list indexes ("error.pspReference",
// "errors.0.code") from o.
func dumpAt(o *object, path string) any {
	var v any = o
	for step := range strings.SplitSeq(path, ".") {
		switch x := v.(type) {
		case *object:
			v = x.get(step)
		case []any:
			i := 0
			if _, err := fmt.Sscan(step, &i); err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// dumpDepth is how many containers deep v goes; dumpCheck walks the whole tree and fails
// on anything that is not the model's (string, number, bool, nil, []any, *object,
// bareword).
func dumpDepth(t testing.TB, v any) int {
	switch x := v.(type) {
	case *object:
		require.NotNil(t, x)
		d := 0
		for _, m := range x.members {
			d = max(d, dumpDepth(t, m.val))
		}
		return d + 1
	case []any:
		d := 0
		for _, e := range x {
			d = max(d, dumpDepth(t, e))
		}
		return d + 1
	case string, number, bool, bareword, nil:
		return 0
	}
	require.Failf(t, "not a model value", "%T", v)
	return 0
}

func dumpCheck(t testing.TB, dumps []*object) {
	require.LessOrEqual(t, len(dumps), maxLangDumps)
	for _, o := range dumps {
		require.NotNil(t, o)
		require.NotEmpty(t, o.members)
		require.LessOrEqual(t, dumpDepth(t, o), maxDepth+1)
	}
}

func dumpPaste(t testing.TB, name string) string {
	fx, err := fixtures.Read("testdata/real/" + name + ".txtar")
	require.NoError(t, err)
	return string(fx.Input)
}

type langDumpCase struct {
	name, reason string
	paste        string         // a real paste's name, read as the input
	in           string         // or the input itself (designed cases)
	n            int            // how many dumps; -1: don't check
	want         map[string]any // "index.path" → value
}

func runLangDumpCases(t *testing.T, cases []langDumpCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := c.in
			if c.paste != "" {
				in = dumpPaste(t, c.paste)
			}
			got := langDumps(in)
			dumpCheck(t, got)
			rendered := make([]string, len(got))
			for i, o := range got {
				rendered[i] = dumpRender(o)
			}
			msg := c.reason + "\n" + strings.Join(rendered, "\n")
			if c.n >= 0 {
				require.Len(t, got, c.n, msg)
			}
			for path, want := range c.want {
				idx, rest, _ := strings.Cut(path, ".")
				i := 0
				_, err := fmt.Sscan(idx, &i)
				require.NoError(t, err)
				require.Less(t, i, len(got), msg)
				assert.Equal(t, want, dumpAt(got[i], rest), "%s\n%s", path, msg)
			}
		})
	}
}

var langDumpRubyCases = []langDumpCase{
	{name: "hash with symbol keys", reason: "the Cielo gem printed the parsed XML error as a Ruby hash",
		paste: "cielo-ruby-inspect-erro-001-xml-invalido", n: 1,
		want: map[string]any{
			"0.erro.codigo":   "001",
			"0.erro.mensagem": "\nO XML informado não é valido:\n- Invalid decimal value: unexpected char '66': '<xml-fragment/>'\n",
		}},
	{name: "hash whose brace was not pasted", reason: "pp output copied from the first pair on; commas join the pairs",
		paste: "mercadopago-ruby-inspect-params-error", n: 1,
		want: map[string]any{
			"0.message":            "Params Error",
			"0.error":              "bad_request",
			"0.status":             number("400"),
			"0.cause.code":         number("1"),
			"0.cause.description":  "Params Error",
			"0.cause.data":         nil,
			"0.cause.missing.path": nil,
		}},
	{name: "object with instance variables and a nested response", reason: "HTTParty's inspect: address dropped, @ dropped, Net::HTTP's status words become its message",
		paste: "moip-ruby-inspect-httparty-401", n: 2,
		want: map[string]any{
			"0.class":                  "HTTParty::Response",
			"0.parsed_response":        nil,
			"0.response.class":         "Net::HTTPUnauthorized",
			"0.response.message":       "401 Unauthorized",
			"0.response.readbody":      true,
			"0.headers.date.0":         "Wed, 27 Jun 2018 00:20:15 GMT",
			"0.headers.content-length": []any{"0"},
			"1.class":                  "Net::HTTPUnauthorized",
		}},
	{name: "objects in a list", reason: "the PayPal merchant SDK's errors, each an object with capitalised instance variables",
		paste: "paypal-ruby-inspect-merchant-sdk-errortype-10002", n: 1,
		want: map[string]any{
			"0.class":        "PayPal::SDK::Merchant::DataTypes::ErrorType",
			"0.ErrorCode":    "10002",
			"0.ShortMessage": "Security error",
			"0.LongMessage":  "Security header is not valid",
			"0.SeverityCode": "Error",
		}},
	{name: "exception", reason: "an exception prints its class and message; the message ends at the '>' that closes it",
		paste: "stripe-ruby-inspect-apierror-503-outage", n: 1,
		want: map[string]any{
			"0.class":   "Stripe::APIError",
			"0.message": "(Status 503) There was an unexpected error processing this request–we've been notified of this issue. We'll update our status page at https://status.stripe.com/ with more information if we're seeing systemic issues.",
		}},
	{name: "exception cut off", reason: "the paste ends inside the message: it runs to the end of the line",
		paste: "stripe-ruby-inspect-carderror-status-402-req", n: 1,
		want: map[string]any{
			"0.class":   "Stripe::CardError",
			"0.message": "(Status 402) (Request req_2mA7jaZ5WJrFRZ) Your card was declined. Your request",
		}},
	{name: "request parameters in a Rails log", reason: "string keys with rockets are a Ruby hash, not JSON",
		paste: "stripe-stack-trace-exception-notifier-ratelimit", n: 1,
		want: map[string]any{"0.controller": "alaveteli_pro/subscriptions", "0.action": "index"}},
	{name: "OpenStruct and Struct", reason: "designed from Ruby's own inspect formats",
		in: `#<OpenStruct code="card_declined", message="Your card was declined."> then #<struct Stripe::Err code=:expired_card, list=[1, nil], ok=true>`, n: 2,
		want: map[string]any{
			"0.class": "OpenStruct", "0.code": "card_declined", "0.message": "Your card was declined.",
			"1.class": "Stripe::Err", "1.code": "expired_card", "1.list": []any{number("1"), nil}, "1.ok": true,
		}},
	{name: "containers cut off at the end of their lines", reason: "designed: a list, a hash and a repr the paste cut off end there; the log lines after them are not their items",
		in: "{:list=>[1, 2\nINFO done\n{:a=>1, :b=>2\nINFO more\nErr(code=1, msg='x'\nINFO last, more", n: 3,
		want: map[string]any{"0.list": []any{number("1"), number("2")}, "1.b": number("2"), "2.msg": "x", "2.args": nil}},
	{name: "objects cut off at the end of their lines", reason: "designed: a nested object cut off must not make its parent read the next line as its own",
		in: "#<A @a=#<B @b=\"x\n#<A @a=1>\nlog line\n#<C @c=2", n: 4,
		want: map[string]any{"0.class": "A", "0.a.b": "x", "0.message": nil, "1.class": "B", "2.a": number("1"), "3.c": number("2")}},
	{name: "hash across lines with nested list and symbols", reason: "designed: pp layout, symbol values, nil, escapes",
		in: "{:code=>:card_declined,\n \"message\"=>\"say \\\"hi\\\"\\u00e9\",\n :nested=>{:list=>[1, 2.5, nil], :ok=>false}}", n: 1,
		want: map[string]any{
			"0.code": "card_declined", "0.message": "say \"hi\"é",
			"0.nested.list": []any{number("1"), number("2.5"), nil}, "0.nested.ok": false,
		}}}

func TestLangDumpsRuby(t *testing.T) { runLangDumpCases(t, langDumpRubyCases) }

var langDumpPythonCases = []langDumpCase{
	{name: "dict repr", reason: "single quotes and nested lists: the lenient JSON parser reads it",
		paste: "iugu-python-repr-invoice-errors", n: 1,
		want: map[string]any{
			"0.errors.total":          []any{"deve ser maior que 1"},
			"0.errors.payer.cpf_cnpj": nil, // a dotted key is one key, not a path
		}},
	{name: "headers and body of an SDK error", reason: "two dicts; the body holds the code",
		paste: "none-python-repr-square-apierror-invalid-email", n: 2,
		want: map[string]any{
			"0.date":           "Mon, 24 Nov 2025 18:19:04 GMT",
			"0.cf-ray":         "9a3ae9957dc1c5aa-IAD",
			"1.errors.0.code":  "INVALID_EMAIL_ADDRESS",
			"1.errors.0.field": "pre_populated_data.buyer_email",
		}},
	{name: "escaped quote", reason: "Python escapes the quote it delimits with",
		paste: "pi-network-python-repr-401-missing-scope", n: 1,
		want: map[string]any{
			"0.error":         "missing_scope",
			"0.error_message": `User hasn't authorized "wallet_address" scope for you to access the public key.`,
		}},
	{name: "\\x escapes of a UTF-8 body", reason: "requests printed UTF-8 bytes as \\xNN: decoded as bytes, they are the Portuguese text",
		paste: "bb-python-httperror-oauth-invalid-request", n: 1,
		want: map[string]any{"0.error": "invalid_request", "0.error_description": "Software cliente não identificado."}},
	{name: "dict after the exception name", reason: "the Adyen Python library prints the response dict after its exception",
		paste: "adyen-sdk-exception-python-unprocessable-901", n: 1,
		want: map[string]any{"0.status": number("422"), "0.errorCode": "901", "0.pspReference": "FAKE_PSP_REFERENCE"}},
	{name: "exception repr with a positional u-string", reason: "Python 2 repr of an exception: its first string argument is the message",
		paste: "stripe-python-repr-carderror-u-string", n: 1,
		want: map[string]any{"0.class": "CardError", "0.message": "Your card was declined.", "0.args": []any{"Your card was declined."}}},
	{name: "keyword repr with bytes holding JSON", reason: "designed: a bytes literal is returned as its decoded text; True/None/nested repr",
		in: `HTTPError(status=401, body=b'{"error": "invalid_client", "x": "\xc3\xa9"}', ok=False, extra=None, resp=<Response [401]>, cause=Timeout('read', code=7))`, n: 2,
		want: map[string]any{
			"0.class": "HTTPError", "0.status": number("401"), "0.body": `{"error": "invalid_client", "x": "é"}`,
			"0.ok": false, "0.extra": nil, "0.resp": "<Response [401]>",
			"0.cause.message": "read", "0.cause.code": number("7"),
			"1.class": "Timeout",
		}},
	{name: "urllib3 message holding reprs", reason: "copied from the designed fixture net-python-connect-timeout: the pool's keywords, then an exception whose first argument is Python's <… object at 0x…>",
		in: `requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='sandbox.asaas.com', port=443): Max retries exceeded with url: /api/v3/payments (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to sandbox.asaas.com timed out. (connect timeout=5)'))`, n: 2,
		want: map[string]any{
			"0.class": "HTTPSConnectionPool", "0.host": "sandbox.asaas.com", "0.port": number("443"),
			"1.class":   "ConnectTimeoutError",
			"1.message": "Connection to sandbox.asaas.com timed out. (connect timeout=5)",
			"1.args.0":  "<urllib3.connection.HTTPSConnection object at 0x7f>",
		}},
	{name: "unicode prefixes in a dict", reason: "designed: Python 2 prints u'' keys and values, which JSON does not know",
		in: `{u'error': u'invalid_grant', u'n': 3, u'deep': {u'ok': True}}`, n: 1,
		want: map[string]any{"0.error": "invalid_grant", "0.n": number("3"), "0.deep.ok": true}}}

func TestLangDumpsPython(t *testing.T) { runLangDumpCases(t, langDumpPythonCases) }

var langDumpJavaCases = []langDumpCase{
	{name: "ApiException around an OpenAPI model", reason: "Adyen's Java library: a toString holding a 'class X {' model and a header map of lists",
		paste: "adyen-java-tostring-apiexception-400-account-holder", n: 2,
		want: map[string]any{
			"0.class":                             "ApiException",
			"0.statusCode":                        number("400"),
			"0.message":                           "HTTP Exception",
			"0.error.class":                       "ApiError",
			"0.error.status":                      number("0"),
			"0.error.errorCode":                   nil,
			"0.error.pspReference":                number("8815893616598667"),
			"0.responseHeaders.pspReference":      []any{number("8815893616598667")},
			"0.responseHeaders.Date":              []any{"Wed, 13 May 2020 09:20:59 GMT"},
			"0.responseHeaders.null":              []any{"HTTP/1.1 400 Bad Request"},
			"0.responseHeaders.Content-Type":      []any{"application/json;charset=UTF-8"},
			"0.responseHeaders.Set-Cookie":        []any{"..."},
			"0.responseHeaders.Transfer-Encoding": []any{"chunked"},
			"1.class":                             "ApiError",
			"1.pspReference":                      number("8815893616598667"),
		}},
	{name: "OkHttp Response", reason: "bare values run to the next ', key=': the URL's own '=' does not end it",
		paste: "amazon-sp-api-java-tostring-okhttp-403", n: 1,
		want: map[string]any{
			"0.class": "Response", "0.protocol": "http/1.1", "0.code": number("403"), "0.message": "Forbidden",
			"0.url": "https://sellingpartnerapi-na.amazon.com/products/pricing/v0/price?MarketplaceId=ATVPDKIKX0DER&ItemType=Asin&Asins=9781338245752",
		}},
	{name: "Lombok exception", reason: "Openpay's Java SDK: a data-class toString with nulls",
		paste: "openpay-java-tostring-service-exception-405", n: 1,
		want: map[string]any{"0.class": "OpenpayServiceException", "0.httpCode": number("405"), "0.errorCode": number("1000"), "0.category": nil, "0.requestId": nil}},
	{name: "Map.toString and a Kotlin data class", reason: "designed from the brief: text values with spaces, nested map, bracketed text kept whole",
		in: "{code=125, message=Some text, nested={a=1}} and ErrorResponse(code=E1, message=Call foo(a=1, b=2) failed, items=[Item(id=1), Item(id=2)])", n: 4,
		want: map[string]any{
			"0.code": number("125"), "0.message": "Some text", "0.nested.a": number("1"),
			"1.class": "ErrorResponse", "1.code": "E1", "1.message": "Call foo(a=1, b=2) failed",
			"1.items.1.id": number("2"), "2.class": "Item",
		}},
	{name: "OpenAPI models cut off", reason: "designed: a nested model cut off gives back the line it could not read, and so does its parent",
		in: "class A {\n    inner: class B {\n        code: 7\nclass C {\n    code: 8\n}\n", n: 3,
		want: map[string]any{"0.class": "A", "0.inner.code": number("7"), "1.class": "B", "2.class": "C", "2.code": number("8")}},
	{name: "OpenAPI model alone", reason: "designed: generated models print one member a line, null as nil, text to the line's end",
		in: "class PaymentError {\n    status: 422\n    errorCode: 901\n    message: Invalid Merchant Account, see docs\n    details: [a, b]\n}\n", n: 1,
		want: map[string]any{"0.class": "PaymentError", "0.status": number("422"), "0.errorCode": number("901"),
			"0.message": "Invalid Merchant Account, see docs", "0.details": []any{"a", "b"}}}}

func TestLangDumpsJava(t *testing.T) { runLangDumpCases(t, langDumpJavaCases) }

var langDumpDotnetCases = []langDumpCase{
	{name: "HttpResponseMessage in the debugger", reason: "Banco Inter's client: braced, headers on one line, each 'Name:' starts one",
		paste: "inter-dotnet-httpresponse-401-token", n: 1,
		want: map[string]any{
			"0.StatusCode":             number("401"),
			"0.ReasonPhrase":           "Unauthorized",
			"0.Version":                number("1.1"),
			"0.Content":                "System.Net.Http.StreamContent",
			"0.Headers.X-Request-Id":   "d9d294c9-4f42-408c-bba2-662c56441d35",
			"0.Headers.X-Ca-Err":       number("201"),
			"0.Headers.Date":           "Thu, 12 Jan 2023 12:41:28 GMT",
			"0.Headers.Content-Type":   "application/json",
			"0.Headers.Content-Length": number("55"),
		}},
	{name: "status and reason only", reason: "the first line of the ToString is enough",
		paste: "bb-dotnet-token-415-unsupported-media-type", n: 1,
		want: map[string]any{"0.StatusCode": number("415"), "0.ReasonPhrase": "Unsupported Media Type"}},
	{name: "headers one a line", reason: "designed from the brief: the ToString as .NET Core writes it",
		in: "Response: StatusCode: 401, ReasonPhrase: 'Unauthorized', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:\n{\n  Date: Tue, 05 Mar 2024 10:00:00 GMT\n  x-request-id: 0f1e2d3c\n  WWW-Authenticate: Bearer error=\"invalid_token\"\n}, Trailing Headers:\n{\n}\nnext line", n: 1,
		want: map[string]any{
			"0.StatusCode": number("401"), "0.Headers.Date": "Tue, 05 Mar 2024 10:00:00 GMT",
			"0.Headers.x-request-id":     "0f1e2d3c",
			"0.Headers.WWW-Authenticate": `Bearer error="invalid_token"`,
		}}}

func TestLangDumpsDotnet(t *testing.T) { runLangDumpCases(t, langDumpDotnetCases) }

// TestLangDumpsNotTheseForms: JSON, JavaScript dumps, PHP and stack frames are read
// elsewhere or are no dump; a Laravel dump looks like a Ruby hash without its commas.
func TestLangDumpsNotTheseForms(t *testing.T) {
	for _, c := range []struct{ name, reason, in string }{
		{"json", "the decoder reads JSON already", `{"error":{"code":"card_declined","message":"x"}}`},
		{"json in a .NET exception", "still ordinary JSON", dumpPaste(t, "paypal-dotnet-aspnet-httpexception-payee-restricted")},
		{"javascript dump", "unquoted keys with ':' are JavaScript's", dumpPaste(t, "conekta-js-dump-422-invalid-charges-amount")},
		{"laravel dd", "PHP's dump has rockets but no commas", dumpPaste(t, "mercadopago-laravel-dd-put-access-token-5")},
		{"php stack trace", "method calls with quoted arguments are lower-case frames", dumpPaste(t, "stripe-stack-trace-php-3ds-declined-req-id")},
		{"java stack trace", "frames name methods, not classes", dumpPaste(t, "adyen-stack-trace-killbill-soapfault-901")},
		{".NET stack trace", "parameters are typed names, not name=value", dumpPaste(t, "pagbank-dotnet-createcheckoutrequest-badrequest")},
		{"python traceback", "code lines call lower-case functions", dumpPaste(t, "stripe-stack-trace-python-nothing-to-invoice")},
		{"php var_export", "single-quoted keys with rockets are PHP's", dumpPaste(t, "pagbank-log-prefixed-prestashop-unauthorized")},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := langDumps(c.in)
			var rendered []string
			for _, o := range got {
				rendered = append(rendered, dumpRender(o))
			}
			assert.Empty(t, got, "%s\n%s", c.reason, strings.Join(rendered, "\n"))
		})
	}
}

// TestLangDumpsLeavesJSONAlone: no JSON body or JavaScript dump, real or designed, is
// taken for a dump; the decoder reads those already. A Ruby or Python dump that starts
// like JSON is a dump.
func TestLangDumpsLeavesJSONAlone(t *testing.T) {
	for _, dir := range []string{"testdata/real", "testdata/fixtures"} {
		all, err := fixtures.Load(dir)
		require.NoError(t, err)
		for _, fx := range all {
			in := strings.TrimSpace(string(fx.Input))
			form, _ := fixtures.Get(parseHeader(fx.Reason), "form")
			// A Ruby hash with string keys ({"message"=>"…"}) starts like JSON too.
			if form != "json" && form != "js-dump" && (!strings.HasPrefix(in, "{\"") || form == "ruby-inspect" || form == "python-repr") {
				continue
			}
			// A JSON string that holds a Python dict (an app's str() of the API's error:
			// {"error": "{'type': 'https://pix.bcb.gov.br/…', …}"}) is a dump to be read.
			// Nor is typeset JSON (“code”: “USAGE_ERROR”, a forum's curly quotes), read as
			// the words and dumps it holds (a Kotlin ConnectError(code=…) in its debugMessage).
			if strings.Contains(in, `"{'`) || strings.Contains(in, "\u201c") {
				continue
			}
			// A JavaScript object whose keys Node quoted ({ 'Access-Control-Allow-Origin': '*' },
			// a header's name) is a Python dict, letter for letter: one that holds nothing of
			// an error is let be, as the decoder does not take it for the error either.
			got := slices.DeleteFunc(langDumps(in), func(o *object) bool { return !errorLike(o) })
			if len(got) > 0 {
				assert.Empty(t, got, "%s: %s", fx.Name, dumpRender(got[0]))
			}
		}
	}
}

func TestLangDumpsAtMost16(t *testing.T) {
	in := strings.Repeat(`#<Foo code="x"> `, 40)
	got := langDumps(in)
	assert.Len(t, got, maxLangDumps, "a log of dumps yields the first 16")
	nested := strings.Repeat(`Outer(inner=Inner(code=1), `, 30)
	assert.LessOrEqual(t, len(langDumps(nested)), maxLangDumps, "nested instances count too")
}

// TestLangDumpsBounded: a MiB of openings that never close is read in one pass (each
// dump, once started, consumes what it reads) and yields a bounded result: at most 16
// dumps, no deeper than maxDepth. Time is not asserted; the benchmark below shows it is
// linear.
func TestLangDumpsBounded(t *testing.T) {
	for _, junk := range []string{"{a=", "#<Foo ", "class X {", "class X {\n", "Foo(a=", "{'a': ",
		"\"a\" => 1,\n", "StatusCode: 1, ", "{:a=>[", "#<Foo @a=#<Bar ", "[Wed, ", "x, y=", "b'\\x"} {
		t.Run(junk, func(t *testing.T) {
			in := strings.Repeat(junk, (1<<20)/len(junk)+1)
			got := langDumps(in)
			dumpCheck(t, got)
		})
	}
}

func BenchmarkLangDumpsJunk(b *testing.B) {
	for _, size := range []int{1 << 18, 1 << 20, 1 << 22} {
		for _, junk := range []string{"{a=", "#<Foo ", "Foo(a=", "{'a': ", "x, y=", "#<Foo a" + strings.Repeat(" ", 64)} {
			in := strings.Repeat(junk, size/len(junk))
			b.Run(fmt.Sprintf("%q/%d", junk, size), func(b *testing.B) {
				for b.Loop() {
					langDumps(in)
				}
			})
		}
	}
}

// TestLangDumpsReadsEveryRealPasteSafely runs every real paste: the result is well
// formed, and -v lists what each of the language forms yielded.
func TestLangDumpsReadsEveryRealPasteSafely(t *testing.T) {
	all, err := fixtures.Load("testdata/real")
	require.NoError(t, err)
	forms := []string{"form: ruby-inspect", "form: python-repr", "form: java-tostring", "form: dotnet"}
	for _, fx := range all {
		got := langDumps(string(fx.Input))
		dumpCheck(t, got)
		if slices.ContainsFunc(forms, func(f string) bool { return strings.Contains(fx.Reason, f) }) || len(got) > 0 {
			var rendered []string
			for _, o := range got {
				rendered = append(rendered, dumpRender(o))
			}
			t.Logf("%s: %d\n\t%s", fx.Name, len(got), strings.Join(rendered, "\n\t"))
		}
	}
}

// FuzzLangDumps: whatever is pasted, langDumps returns, with at most 16 well-formed dumps.
func FuzzLangDumps(f *testing.F) {
	all, err := fixtures.Load("testdata/real")
	require.NoError(f, err)
	for _, fx := range all {
		f.Add(string(fx.Input))
	}
	for _, s := range []string{"{a=", "#<Foo ", "class X {\n", "b'\\x", "{:a=>", "StatusCode: 1, Headers: {", "#<x:", "\\u{"} {
		f.Add(s)
		f.Add(strings.Repeat(s, 100))
	}
	f.Fuzz(func(t *testing.T, in string) {
		dumpCheck(t, langDumps(in))
	})
}
