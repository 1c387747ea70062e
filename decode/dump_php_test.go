package decode

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/internal/fixtures"
)

// phpWant is one member a dump must hold: the dump's index, a dotted path (object keys,
// list indexes) and the value.
type phpWant struct {
	dump int
	path string
	val  any
}

// phpCase is one paste and what phpDumps must read from it.
type phpCase struct {
	name, reason, in string
	dumps            int // how many dumps are read
	want             []phpWant
}

// phpAt walks v along a dotted path of object keys and list indexes.
func phpAt(v any, path string) (any, bool) {
	for _, step := range strings.Split(path, ".") {
		switch x := v.(type) {
		case *object:
			if !x.has(step) {
				return nil, false
			}
			v = x.get(step)
		case []any:
			i, err := strconv.Atoi(step)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func runPHPCases(t *testing.T, cases []phpCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := phpDumps(c.in)
			require.Len(t, got, c.dumps, c.reason)
			for _, w := range c.want {
				v, ok := phpAt(got[w.dump], w.path)
				require.True(t, ok, "%s: dump %d has no %s", c.reason, w.dump, w.path)
				assert.Equal(t, w.val, v, "%s: dump %d %s", c.reason, w.dump, w.path)
			}
		})
	}
}

// TestPHPDumpsPrintR: print_r as people paste it, from the real pastes: one member a line
// or all on one line, stdClass and other objects, nested arrays, private and protected
// properties, pastes that start or stop mid-way, and text around the dump.
func TestPHPDumpsPrintR(t *testing.T) { runPHPCases(t, phpPrintRCases) }

// phpPrintRCases are TestPHPDumpsPrintR's pastes.
var phpPrintRCases = []phpCase{
	{
		name:   "stdClass on one line",
		reason: "one-line values stop at the next ` [key] =>`; codes keep leading zeros, PHP ints become numbers",
		in:     `stdClass Object ( [status] => 403 [errorCode] => 010 [message] => Not allowed [errorType] => security [pspReference] => 8515108358548934 )`,
		dumps:  1,
		want: []phpWant{{0, "status", number("403")}, {0, "errorCode", "010"}, {0, "message", "Not allowed"},
			{0, "errorType", "security"}, {0, "pspReference", number("8515108358548934")}},
	},
	{
		name:   "one line, nested objects",
		reason: "a value ends at ` )` too, and a nested Array ( … ) closes before the outer members go on",
		in:     `stdClass Object ( [timestamp] => 2021-10-30T15:32:48.008-03:00 [status] => 401 [error] => Unauthorized [details] => Array ( [0] => stdClass Object ( [message] => Cannot convert access token to JSON [errorCode] => 391000 ) ) [path] => /charges )`,
		dumps:  1,
		want: []phpWant{{0, "status", number("401")}, {0, "error", "Unauthorized"},
			{0, "details.0.message", "Cannot convert access token to JSON"}, {0, "details.0.errorCode", number("391000")},
			{0, "path", "/charges"}, {0, "timestamp", "2021-10-30T15:32:48.008-03:00"}},
	},
	{
		name:   "one line, list of objects closing at once",
		reason: "`) ) )` closes three levels; a one-line value runs up to the ` )`",
		in:     `stdClass Object ( [errors] => Array ( [0] => stdClass Object ( [code] => woocommerce_api_authentication_error [message] => Firma incorrecta - No coindicen las firmas ) ) )`,
		dumps:  1,
		want: []phpWant{{0, "errors.0.code", "woocommerce_api_authentication_error"},
			{0, "errors.0.message", "Firma incorrecta - No coindicen las firmas"}},
	},
	{
		name:   "one line, message with colons and semicolons",
		reason: "a one-line value holds any text up to the next key",
		in:     `stdClass Object ( [timestamp] => 2018-08-08T20:40:39.598+0000 [status] => 500 [error] => Internal Server Error [exception] => org.springframework.dao.IncorrectResultSizeDataAccessException [message] => result returns more than one elements; nested exception is javax.persistence.NonUniqueResultException: result returns more than one elements [path] => /recurring-payment/boletos )`,
		dumps:  1,
		want: []phpWant{{0, "status", number("500")}, {0, "path", "/recurring-payment/boletos"},
			{0, "message", "result returns more than one elements; nested exception is javax.persistence.NonUniqueResultException: result returns more than one elements"}},
	},
	{
		name:   "stdClass one a line, nested list of objects",
		reason: "an Array whose keys are 0..n-1 is a list; the object in it stays an object",
		in: `stdClass Object
(
    [errors] => Array
        (
            [0] => stdClass Object
                (
                    [code] => invalid_cpfCnpj
                    [description] => O CPF ou CNPJ informado é inválido.
                )

        )

)`,
		dumps: 1,
		want:  []phpWant{{0, "errors.0.code", "invalid_cpfCnpj"}, {0, "errors.0.description", "O CPF ou CNPJ informado é inválido."}},
	},
	{
		name:   "Array one a line",
		reason: "the plain multi-line form",
		in: `Array
(
    [status] => 404
    [message] => Not Found
)`,
		dumps: 1,
		want:  []phpWant{{0, "status", number("404")}, {0, "message", "Not Found"}},
	},
	{
		name:   "empty value",
		reason: "`[cause] => ` is an empty string (print_r's false, null and empty string look alike)",
		in: `Array
(
    [message] => unknown_error
    [error] => bad_request
    [status] => 400
    [cause] => 
)`,
		dumps: 1,
		want:  []phpWant{{0, "message", "unknown_error"}, {0, "status", number("400")}, {0, "cause", ""}},
	},
	{
		name:   "deeply nested lists and objects",
		reason: "lists of arrays inside arrays, values with URLs and full sentences",
		in: `Array
(
    [error] => Array
        (
            [name] => UNPROCESSABLE_ENTITY
            [details] => Array
                (
                    [0] => Array
                        (
                            [issue] => PAYER_CANNOT_PAY
                            [description] => Payer cannot pay for this transaction. Please contact the payer to find other ways to pay for this transaction.
                        )

                )

            [message] => The requested action could not be performed, semantically incorrect, or failed business validation.
            [debug_id] => 14c209db01971
            [links] => Array
                (
                    [0] => Array
                        (
                            [href] => https://developer.paypal.com/docs/api/orders/v2/#error-PAYER_CANNOT_PAY
                            [rel] => information_link
                            [method] => GET
                        )

                )

        )

)`,
		dumps: 1,
		want: []phpWant{{0, "error.name", "UNPROCESSABLE_ENTITY"}, {0, "error.details.0.issue", "PAYER_CANNOT_PAY"},
			{0, "error.debug_id", "14c209db01971"}, {0, "error.links.0.href", "https://developer.paypal.com/docs/api/orders/v2/#error-PAYER_CANNOT_PAY"}},
	},
	{
		name:   "log prefix on the header line",
		reason: "`… DEBUG (7): Array` starts a dump mid-line; 72.0 stays text (PHP prints no float that way)",
		in: `==> payment_paypal_express.log <==
2014-01-31T05:22:42+00:00 DEBUG (7): Array
(
    [url] => https://api-3t.paypal.com/nvp
    [GetExpressCheckoutDetails] => Array
        (
            [TOKEN] => 
            [METHOD] => GetExpressCheckoutDetails
            [VERSION] => 72.0
            [USER] => ****
            [PWD] => ****
            [SIGNATURE] => ****
            [BUTTONSOURCE] => Varien_Cart_EC_AU
        )

    [response] => Array
        (
            [TIMESTAMP] => 2014-01-31T05:22:42Z
            [CORRELATIONID] => 5bcdb0da70494
            [ACK] => Failure
            [VERSION] => 72.0
            [BUILD] => 9285531
            [L_ERRORCODE0] => 10002
            [L_SHORTMESSAGE0] => Security error
            [L_LONGMESSAGE0] => Security header is not valid
            [L_SEVERITYCODE0] => Error
        )

    [__pid] => 1219
)`,
		dumps: 1,
		want: []phpWant{{0, "url", "https://api-3t.paypal.com/nvp"}, {0, "GetExpressCheckoutDetails.TOKEN", ""},
			{0, "response.ACK", "Failure"}, {0, "response.L_ERRORCODE0", number("10002")}, {0, "response.VERSION", "72.0"},
			{0, "response.CORRELATIONID", "5bcdb0da70494"}, {0, "__pid", number("1219")}},
	},
	{
		name:   "WP_Error Object after a log line, empty array",
		reason: "a class's Object header mid-line; an empty Array ( ) is an empty list",
		in: `03-05-2018 @ 11:13:26 - An error occurred while requesting the transaction: WP_Error Object
(
    [errors] => Array
        (
            [http_request_failed] => Array
                (
                    [0] => cURL error 52: Empty reply from server
                )
        )

    [error_data] => Array
        (
        )
)`,
		dumps: 1,
		want:  []phpWant{{0, "errors.http_request_failed.0", "cURL error 52: Empty reply from server"}, {0, "error_data", []any{}}},
	},
	{
		name:   "private properties, paste starts mid-way",
		reason: "`[returnCode:Cielo\\…\\Payment:private]` is the key returnCode; indented `[key] =>` lines are a dump of their own",
		in: `            [returnCode:Cielo\API30\Ecommerce\Payment:private] => 05
            [returnMessage:Cielo\API30\Ecommerce\Payment:private] => Autorizacao negada
            [status:Cielo\API30\Ecommerce\Payment:private] => 3`,
		dumps: 1,
		want:  []phpWant{{0, "returnCode", "05"}, {0, "returnMessage", "Autorizacao negada"}, {0, "status", number("3")}},
	},
	{
		name:   "header cut to rray, JSON string value",
		reason: "a header that lost its first letter still opens the dump; a JSON value is kept as the text the caller parses",
		in: `rray
(
    [error] => {"message":"Faltando escopos necessários."}
    [response] => Forbidden
    [statusCode] => 403
)`,
		dumps: 1,
		want: []phpWant{{0, "error", `{"message":"Faltando escopos necessários."}`}, {0, "response", "Forbidden"},
			{0, "statusCode", number("403")}},
	},
	{
		name:   "starts at a lone (",
		reason: "the header line was not copied; the lone `(` opens the dump",
		in: `(
    [errorType] => security
    [errorCode] => 010
    [message] => Not allowed
    [pspReference] => 8614834610386710
    [status] => 403
)`,
		dumps: 1,
		want:  []phpWant{{0, "errorCode", "010"}, {0, "status", number("403")}, {0, "pspReference", number("8614834610386710")}},
	},
	{
		name:   "lone ( then a list, stray closing parens",
		reason: "a top-level list stays an object keyed \"0\"; the `)` left over after the root closes is ignored",
		in: `(        
        [0] => Array
                        (
                            [code] => 2060
                            [description] => The customer can't be equal to the collector.
                            [data] => 
                        )

                )

        )`,
		dumps: 1,
		want: []phpWant{{0, "0.code", number("2060")}, {0, "0.description", "The customer can't be equal to the collector."},
			{0, "0.data", ""}},
	},
	{
		name:   "value with parentheses and colons",
		reason: "a one-a-line value runs to the end of its line, `(see …)` included",
		in: `(
    [error] => Falha a Criar Cobranca imediata: cURL error 60: SSL certificate problem: unable to get local issuer certificate (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://cdpj.partners.bancointer.com.br/pix/v2/cob/647ffef2-0af6-4388-b692-1efd31e1635
)`,
		dumps: 1,
		want: []phpWant{{0, "error", "Falha a Criar Cobranca imediata: cURL error 60: SSL certificate problem: unable to get local issuer certificate " +
			"(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://cdpj.partners.bancointer.com.br/pix/v2/cob/647ffef2-0af6-4388-b692-1efd31e1635"}},
	},
	{
		name:   "a single member line",
		reason: "one `[0] => text` line is a dump with the member \"0\"",
		in:     `[0] => Operation timed out after 0 milliseconds with 0 out of 0 bytes received`,
		dumps:  1,
		want:   []phpWant{{0, "0", "Operation timed out after 0 milliseconds with 0 out of 0 bytes received"}},
	},
	{
		name:   "indented member whose Array is never closed",
		reason: "a paste cut at both ends keeps what was read; 000000 and 00 stay text, 3.49 is a number",
		in: `    [responseData] => Array
        (
            [ReceiptId] => 52-20170823164249
            [ReferenceNum] => 664071750010010080
            [ResponseCode] => 483
            [ISO] => N7
            [AuthCode] => 000000
            [TransTime] => 12:42:49
            [TransDate] => 2017-08-23
            [TransType] => 00
            [Complete] => true
            [Message] => CALL FOR           * AUTHORIZATION      =
            [TransAmount] => 3.49
            [CardType] => V
            [TransID] => 11-0_119
            [TimedOut] => false
            [Ticket] => null
            [AvsResultCode] => Z
            [ITDResponse] => null
            [CvdResultCode] => 1N
            [IsVisaDebit] => false
        )`,
		dumps: 1,
		want: []phpWant{{0, "responseData.ResponseCode", number("483")}, {0, "responseData.AuthCode", "000000"},
			{0, "responseData.TransType", "00"}, {0, "responseData.TransAmount", number("3.49")},
			{0, "responseData.Message", "CALL FOR           * AUTHORIZATION      ="}, {0, "responseData.Complete", "true"}},
	},
	{
		name:   "ellipsis lines, XML value",
		reason: "`...` lines around a dump are skipped; the value with XML runs to its line's end",
		in: `...
[body] => <?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><errors><error><code>11033</code><message>Item description is required.</message></error></errors>
    [response] => Array
        (
            [code] => 400
            [message] => Bad Request
        )

...`,
		dumps: 1,
		want: []phpWant{{0, "body", `<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><errors><error><code>11033</code><message>Item description is required.</message></error></errors>`},
			{0, "response.code", number("400")}, {0, "response.message", "Bad Request"}},
	},
	{
		name:   "two dumps in a log, one fenced by Markdown",
		reason: "each dump is returned in order; ``` lines inside a dump are skipped",
		in:     "07-11-2014 @ 10:26:31 - Requesting session ID...\n07-11-2014 @ 10:26:33 - PagSeguro session is valid! The return is: SimpleXMLElement Object\n(\n    [id] => 4ee9f69e743e4ed1a9083b1518c0dec0\n)\n\n07-11-2014 @ 10:26:40 - Error while parsing the PagSeguro response: String could not be parsed as XML\n07-11-2014 @ 10:26:40 - An error occurred while generating the PagSeguro direct payment: Array\n(\n    [headers] => Array\n        (\n            [date] => Fri, 11 Jul 2014 13:26:38 GMT\n            [server] => Apache-Coyote/1.1\n            [content-type] => text/plain;charset=ISO-8859-1\n            [content-length] => 9\n            [vary] => Accept-Encoding,User-Agent\n            [connection] => close\n        )\n\n```\n[body] => Forbidden\n[response] => Array\n    (\n        [code] => 403\n        [message] => Forbidden\n    )\n\n[cookies] => Array\n    (\n    )\n\n[filename] => \n```\n\n)",
		dumps:  2,
		want: []phpWant{{0, "id", "4ee9f69e743e4ed1a9083b1518c0dec0"}, {1, "headers.server", "Apache-Coyote/1.1"},
			{1, "body", "Forbidden"}, {1, "response.code", number("403")}, {1, "cookies", []any{}}, {1, "filename", ""}},
	},
	{
		name:   "trailing newline and CRLF",
		reason: "values lose the line's \\r and trailing blanks",
		in:     "Array\r\n(\r\n    [code] => 11013 \r\n    [msg] => Bad\r\n)\r\n",
		dumps:  1,
		want:   []phpWant{{0, "code", number("11013")}, {0, "msg", "Bad"}},
	},
}

// TestPHPDumpsVarDump: var_dump, one a line or on one line, with the lengths a paste no
// longer matches, object properties with their visibility, and Xdebug's two layouts.
func TestPHPDumpsVarDump(t *testing.T) { runPHPCases(t, phpVarDumpCases) }

// phpVarDumpCases are TestPHPDumpsVarDump's pastes.
var phpVarDumpCases = []phpCase{
	{
		name:   "array one a line",
		reason: "`[\"key\"]=>` then the typed value on the next line",
		in:     "array(3) {\n  [\"code\"]=>\n  string(5) \"11013\"\n  [\"nested\"]=>\n  array(2) {\n    [0]=>\n    int(401)\n    [1]=>\n    bool(false)\n  }\n  [\"none\"]=>\n  NULL\n}\n",
		dumps:  1,
		want: []phpWant{{0, "code", "11013"}, {0, "nested.0", number("401")}, {0, "nested.1", false},
			{0, "none", nil}},
	},
	{
		name:   "object on one line after text",
		reason: "a one-line object(stdClass)#74 dump after the message it carries",
		in: `GTW-008: Token não válido para este ambiente.

object(stdClass)#74 (4) { ["msgs"]=> array(1) { [0]=> string(47) "GTW-008: Token não válido para este ambiente." } ["date"]=> string(19) "2024-11-08T12:56:52" ["method"]=> string(4) "POST" ["path"]=> string(18) "/preco/v1/nacional" } `,
		dumps: 1,
		want: []phpWant{{0, "msgs.0", "GTW-008: Token não válido para este ambiente."}, {0, "date", "2024-11-08T12:56:52"},
			{0, "method", "POST"}, {0, "path", "/preco/v1/nacional"}},
	},
	{
		name:   "nested arrays on one line",
		reason: "`}` closes each level and the outer members go on",
		in:     `array(2) { ["message"]=> string(21) "invalid_request_error" ["data"]=> array(2) { ["error_type"]=> string(21) "invalid_request_error" ["validation_errors"]=> array(1) { [0]=> array(2) { ["code"]=> string(13) "invalid_param" ["param"]=> string(3) "bin" } } } }`,
		dumps:  1,
		want: []phpWant{{0, "message", "invalid_request_error"}, {0, "data.error_type", "invalid_request_error"},
			{0, "data.validation_errors.0.code", "invalid_param"}, {0, "data.validation_errors.0.param", "bin"}},
	},
	{
		name:   "protected properties, a length mojibake broke",
		reason: "string(172) no longer counts the bytes; the value ends at the quote that ends its line, inner quotes kept",
		in: `array(4) {
  ["cep-origem"] => string(8) "91120630"
  ["cep-destino"] => string(8) "95020391"
  ["peso"] => float(1.4)
  [0] => object(PhpSigep\Services\Result)#81 (6) {
    ["isSoapFault":protected] => bool(false)
    ["errorCode":protected] => int(0)
    ["errorMsg":protected] => string(172) "A resposta do Correios não está no formato esperado. Detalhes do problema: "A resposta recebida Ã© um objeto, mas este objeto não possui todos as entradas necessárias.""
    ["result":protected] => array(0) {
    }
    ["soapFault":protected] => NULL
    ["_failIfAtributeNotExiste":protected] => bool(true)
  }
}`,
		dumps: 1,
		want: []phpWant{{0, "cep-origem", "91120630"}, {0, "peso", number("1.4")}, {0, "0.isSoapFault", false},
			{0, "0.errorCode", number("0")},
			{0, "0.errorMsg", `A resposta do Correios não está no formato esperado. Detalhes do problema: "A resposta recebida Ã© um objeto, mas este objeto não possui todos as entradas necessárias."`},
			{0, "0.result", []any{}}, {0, "0.soapFault", nil}, {0, "0._failIfAtributeNotExiste", true}},
	},
	{
		name:   "visibilities on one line",
		reason: "`[\"prop\":protected]` and `[\"x\":\"Foo\":private]` are the keys prop and x; an object stays an object",
		in:     `object(MercadoPago\Resources\Payment)#12 (3) { ["status_detail":protected]=> string(17) "cc_rejected_other" ["x":"Foo":private]=> NULL ["amount"]=> float(10.5) }`,
		dumps:  1,
		want:   []phpWant{{0, "status_detail", "cc_rejected_other"}, {0, "x", nil}, {0, "amount", number("10.5")}},
	},
	{
		name:   "HTML-escaped string",
		reason: "a page escaped the text so string(12) is wrong; the value ends at its closing quote",
		in:     "array(1) {\n  [\"message\"]=>\n  string(12) \"Cart&atilde;o inv&aacute;lido\"\n  [\"code\"]=>\n  int(57)\n}",
		dumps:  1,
		want:   []phpWant{{0, "message", "Cart&atilde;o inv&aacute;lido"}, {0, "code", number("57")}},
	},
	{
		name:   "JSON text in a string",
		reason: "quotes at the ends of the JSON's lines do not end the value when the length is wrong",
		in:     "array(2) {\n  [\"body\"]=>\n  string(99) \"{\n  \"error\": \"invalid_token\"\n}\"\n  [\"status\"]=>\n  int(401)\n}\n",
		dumps:  1,
		want:   []phpWant{{0, "body", "{\n  \"error\": \"invalid_token\"\n}"}, {0, "status", number("401")}},
	},
	{
		name:   "Xdebug CLI with file prefixes",
		reason: "`/path/file.php:12:` lines before each dump; `'key' =>`, `public $key =>` and `class Foo#3 (2) {`",
		in:     "/var/www/html/pay.php:12:\narray(2) {\n  'code' =>\n  string(5) \"11013\"\n  'ok' =>\n  bool(false)\n}\n/var/www/html/pay.php:13:\nclass stdClass#3 (2) {\n  public $status =>\n  int(401)\n  protected $message =>\n  double(1.5)\n}\n",
		dumps:  2,
		want:   []phpWant{{0, "code", "11013"}, {0, "ok", false}, {1, "status", number("401")}, {1, "message", number("1.5")}},
	},
	{
		name:   "Xdebug HTML copied as text",
		reason: "`array (size=6)` and `'key' => string 'v' (length=n)` nest by indentation only",
		in: `array (size=6)
  'request' => 
    array (size=7)
      0 => string 'POST https://api-3t.sandbox.paypal.com/nvp' (length=42)
      1 => string 'Host: api-3t.sandbox.paypal.com' (length=31)
      2 => string 'Accept-Encoding: gzip,deflate' (length=29)
      3 => string 'User-Agent: Mozilla/5.0 (compatible; Windows NT)' (length=48)
      4 => string 'Connection: close' (length=17)
      5 => string 'Content-Type: application/x-www-form-urlencoded' (length=47)
      6 => string 'Content-Length: 375' (length=19)
  'body' => string 'TIMESTAMP=2017%2d04%2d15T08%3a37%3a53Z&CORRELATIONID=8a570142a8d50&ACK=Failure&VERSION=204&BUILD=32305669&L_ERRORCODE0=10002&L_SHORTMESSAGE0=Security%20error&L_LONGMESSAGE0=Security%20header%20is%20not%20valid&L_SEVERITYCODE0=Error' (length=231)
  'headers' => 
    array (size=14)
      0 => string 'HTTP/1.1 200 OK' (length=15)`,
		dumps: 1,
		want: []phpWant{{0, "request.0", "POST https://api-3t.sandbox.paypal.com/nvp"}, {0, "request.6", "Content-Length: 375"},
			{0, "body", "TIMESTAMP=2017%2d04%2d15T08%3a37%3a53Z&CORRELATIONID=8a570142a8d50&ACK=Failure&VERSION=204&BUILD=32305669&L_ERRORCODE0=10002&L_SHORTMESSAGE0=Security%20error&L_LONGMESSAGE0=Security%20header%20is%20not%20valid&L_SEVERITYCODE0=Error"},
			{0, "headers.0", "HTTP/1.1 200 OK"}},
	},
	{
		name:   "Xdebug HTML object, typed scalars",
		reason: "`object(Foo)[3]`, `public 'k' =>`, `int`, `float`, `boolean`, `null`, and `empty` for an empty array",
		in:     "object(Pagarme\\Error)[3]\n  public 'status' => int 422\n  protected 'rate' => float 0.5\n  private 'ok' => boolean false\n  'id' => null\n  'errors' => \n    array (size=0)\n      empty\n",
		dumps:  1,
		want: []phpWant{{0, "status", number("422")}, {0, "rate", number("0.5")}, {0, "ok", false}, {0, "id", nil},
			{0, "errors", []any{}}},
	},
}

// TestPHPDumpsVarExport: var_export, including its object forms and a paste that starts
// at a member.
func TestPHPDumpsVarExport(t *testing.T) { runPHPCases(t, phpVarExportCases) }

// phpVarExportCases are TestPHPDumpsVarExport's pastes.
var phpVarExportCases = []phpCase{
	{
		name:   "nested array, NULL, empty array and string",
		reason: "`'key' => \\n  array (` nests; NULL is nil, `array (\\n  )` an empty list",
		in: `array (
  'status' => 404,
  'response' => 
  array (
    'ErrorMessage' => 'Resource 83010701254 not found',
    'ErrorCode' => 'error_resource_not_found',
    'ErrorStatus' => 404,
    'ErrorCause' => 
    array (
    ),
    'ErrorContext' => NULL,
    'ErrorCodeCause' => '',
  ),
)  `,
		dumps: 1,
		want: []phpWant{{0, "status", number("404")}, {0, "response.ErrorCode", "error_resource_not_found"},
			{0, "response.ErrorStatus", number("404")}, {0, "response.ErrorCause", []any{}}, {0, "response.ErrorContext", nil},
			{0, "response.ErrorCodeCause", ""}},
	},
	{
		name:   "two dumps among log lines",
		reason: "quoted numbers stay strings; each dump is read in order",
		in: `User-Agent: WordPress/3.9.1; 
-------- Input vars: ( Tue May 27, 2014 7:24:03 pm UTC ) --------
TRXTYPE[1]=R&ACTION[1]=I&TENDER[1]=P&ORIGPROFILEID[17]=2RG36996852147898928&VERBOSITY[4]=HIGH&USER[10]=MERCHANT01&PARTNER[6]=PayPal&VENDOR[10]=MERCHANT01&PWD[16]=ABCDEFGH12345678
array (
  'TRXTYPE' => 'R',
  'ACTION' => 'I',
  'TENDER' => 'P',
  'ORIGPROFILEID' => '2RG36996852147898928',
  'VERBOSITY' => 'HIGH',
  'USER' => 'MERCHANT01',
  'PARTNER' => 'PayPal',
  'VENDOR' => 'MERCHANT02',
  'PWD' => 'xxxxxxxx/PWD/SIG',
)
-------- Output string/vars: ( Tue May 27, 2014 7:24:03 pm UTC ) --------
RESULT=1&RESPMSG=User authentication failed
array (
  'RESULT' => '1',
  'RESPMSG' => 'User authentication failed',
  '__error' => 'Error #1. User authentication failed.',
)`,
		dumps: 2,
		want:  []phpWant{{0, "TRXTYPE", "R"}, {0, "VENDOR", "MERCHANT02"}, {1, "RESULT", "1"}, {1, "RESPMSG", "User authentication failed"}},
	},
	{
		name:   "starts at a member, all on one line",
		reason: "`'response' => array(…)` opens the dump at its first member; the extra `)` are ignored",
		in:     `'response' => array('TIMESTAMP' => '2016-12-10T16:09:32Z', 'CORRELATIONID' => 'b1867d622585f', 'ACK' => 'Failure', 'VERSION' => '123', 'BUILD' => '000000', 'L_ERRORCODE0' => '10002', 'L_SHORTMESSAGE0' => 'Security error', 'L_LONGMESSAGE0' => 'Security header is not valid', 'L_SEVERITYCODE0' => 'Error'))) `,
		dumps:  1,
		want: []phpWant{{0, "response.L_ERRORCODE0", "10002"}, {0, "response.CORRELATIONID", "b1867d622585f"},
			{0, "response.L_LONGMESSAGE0", "Security header is not valid"}},
	},
	{
		name:   "objects, escapes and literals",
		reason: "`(object) array(`, `\\Foo::__set_state(array(…))` (whose `))` closes one level), true, -1, `\\'`",
		in: "array (\n  'code' => '11013',\n  'list' => \n  array (\n    0 => 'a',\n    1 => 2.5,\n  ),\n  'obj' => \n  (object) array(\n     'ok' => true,\n  ),\n" +
			"  'err' => \n  \\Stripe\\Error::__set_state(array(\n     'code' => -1,\n     'msg' => 'It\\'s C:\\\\tmp',\n  )),\n  'after' => NULL,\n)\n",
		dumps: 1,
		want: []phpWant{{0, "code", "11013"}, {0, "list", []any{"a", number("2.5")}}, {0, "obj.ok", true},
			{0, "err.code", number("-1")}, {0, "err.msg", `It's C:\tmp`}, {0, "after", nil}},
	},
	{
		name:   "stdClass::__set_state at the top",
		reason: "PHP before 7.3 wrote stdClass this way",
		in:     "stdClass::__set_state(array(\n   'status' => 403,\n   'errorCode' => '010',\n   'ok' => false,\n))",
		dumps:  1,
		want:   []phpWant{{0, "status", number("403")}, {0, "errorCode", "010"}, {0, "ok", false}},
	},
}

// TestPHPDumpsLaravel: Symfony VarDumper as Laravel's dd() and dump() print it.
func TestPHPDumpsLaravel(t *testing.T) { runPHPCases(t, phpLaravelCases) }

// phpLaravelCases are TestPHPDumpsLaravel's pastes.
var phpLaravelCases = []phpCase{
	{
		name:   "nested arrays with ▼",
		reason: "`array:2 [▼` nests; unquoted numbers are numbers, null is nil",
		in: `array:2 [▼
  "code" => 401
  "body" => array:4 [▼
    "message" => "Must provide your access_token to proceed"
    "error" => "unauthorized"
    "status" => 401
    "cause" => array:1 [▼
      0 => array:3 [▼
        "code" => 5
        "description" => "Must provide your access_token to proceed"
        "data" => null
      ]
    ]
  ]
]`,
		dumps: 1,
		want: []phpWant{{0, "code", number("401")}, {0, "body.message", "Must provide your access_token to proceed"},
			{0, "body.status", number("401")}, {0, "body.cause.0.code", number("5")}, {0, "body.cause.0.data", nil}},
	},
	{
		name:   "quoted numbers stay strings",
		reason: `"10002" is PayPal's string, not a number`,
		in: `array:10 [▼
  "TIMESTAMP" => "2020-09-22T16:06:27Z"
  "CORRELATIONID" => "f6b197edc1dab"
  "ACK" => "Failure"
  "VERSION" => "123"
  "BUILD" => "54906389"
  "L_ERRORCODE0" => "10002"
  "L_SHORTMESSAGE0" => "Security error"
  "L_LONGMESSAGE0" => "Security header is not valid"
  "L_SEVERITYCODE0" => "Error"
  "paypal_link" => null
]`,
		dumps: 1,
		want: []phpWant{{0, "L_ERRORCODE0", "10002"}, {0, "CORRELATIONID", "f6b197edc1dab"}, {0, "ACK", "Failure"},
			{0, "paypal_link", nil}},
	},
	{
		name:   "exception object with a folded member",
		reason: "`Foo {#395 ▼`, `#protected:` keys, and `-trace: {▶}` folded to an empty object",
		in: `PagSeguroException {#395 ▼
  #message: "installment value invalid value: 50.20"
  #code: 53041
  #file: "/home1/infusc21/aguia.infus.inf.br/vendor/artistas/laravel-pagseguro/src/Artistas/PagSeguroClient.php"
  #line: 158
  -trace: {▶}
}`,
		dumps: 1,
		want: []phpWant{{0, "message", "installment value invalid value: 50.20"}, {0, "code", number("53041")},
			{0, "line", number("158")}, {0, "trace", &object{}}},
	},
	{
		name:   "object cut off, no arrow",
		reason: "the paste stops before `}`: what was read is kept",
		in: `Braintree\Exception\Authorization {#2363
  #message: ""
  #code: 0
  #file: "vendor/braintree/braintree_php/lib/Braintree/Util.php"
  #line: 63`,
		dumps: 1,
		want: []phpWant{{0, "message", ""}, {0, "code", number("0")},
			{0, "file", "vendor/braintree/braintree_php/lib/Braintree/Util.php"}, {0, "line", number("63")}},
	},
	{
		name:   "one line with visibility markers and ellipses",
		reason: `+"code": public, #message: protected, -private: private; … is a value the dump cut`,
		in:     `Illuminate\Http\Client\Response {#123 ▼ +"code": 401 #message: "Unauthenticated." -private: …}`,
		dumps:  1,
		want:   []phpWant{{0, "code", number("401")}, {0, "message", "Unauthenticated."}, {0, "private", "…"}},
	},
	{
		name:   "multi-line string, folded array, file comment, dump() caret",
		reason: "`\"\"\"` strings join their lines; `[▶]` is an empty array; `// file.php:42` after the arrow is skipped",
		in: "^ array:4 [▼ // app/Http/Controllers/PayController.php:42\n  \"error\" => \"invalid_grant\"\n  \"body\" => \"\"\"\n" +
			"    {\"error\":\\n\n      \"invalid_grant\"}\n    \"\"\"\n  \"items\" => array:3 [▶]\n  \"empty\" => []\n]\n",
		dumps: 1,
		want: []phpWant{{0, "error", "invalid_grant"}, {0, "body", "{\"error\":\n\"invalid_grant\"}"}, {0, "items", []any{}},
			{0, "empty", []any{}}},
	},
	{
		name:   "no arrow, object inside an array",
		reason: "plain `[` and `{#12` headers, a `…2` line for members left out",
		in:     "array:2 [\n  \"response\" => GuzzleHttp\\Psr7\\Response {#12\n    -statusCode: 402\n    -reasonPhrase: \"Payment Required\"\n    …2\n  }\n  \"ok\" => false\n]",
		dumps:  1,
		want:   []phpWant{{0, "response.statusCode", number("402")}, {0, "response.reasonPhrase", "Payment Required"}, {0, "ok", false}},
	},
}

// TestPHPDumpsBadInput: garbage and cut-off dumps yield what could be read, or nothing.
func TestPHPDumpsBadInput(t *testing.T) { runPHPCases(t, phpBadInputCases) }

// phpBadInputCases are TestPHPDumpsBadInput's pastes.
var phpBadInputCases = []phpCase{
	{name: "empty", reason: "nothing pasted", in: "", dumps: 0},
	{name: "JSON", reason: "JSON is not a PHP dump", in: `{"error":{"code":"X","message":"Array (no)"}}`, dumps: 0},
	{name: "garbage", reason: "brackets and arrows that form no dump", in: "garbage [a] => b (x) )))) array( {# ▼ ]]] '", dumps: 0},
	{name: "prose", reason: "the words array and object in a sentence", in: "The Array (sorted) holds an object (see docs) and an array:", dumps: 0},
	{name: "empty Array", reason: "a dump with no members is left out", in: "Array\n(\n)\n", dumps: 0},
	{
		name: "PHP stack trace", reason: "`exec(Array, '3.0.15')` arguments are not dumps",
		in: `Fatal error: Uncaught exception 'MercadoPagoException' with message 'Failed to connect to api.mercadopago.com port 443: Connection timed out' in /home/aabqhwej/public_html/wp-content/plugins/woocommerce-mercadopago/includes/sdk/lib/mercadopago.php:885 Stack trace: #0 /home/aabqhwej/public_html/wp-content/plugins/woocommerce-mercadopago/includes/sdk/lib/mercadopago.php(983): MPRestClient::exec(Array, '3.0.15') #1 /home/aabqhwej/public_html/wp-content/plugins/woocommerce-mercadopago/woocommerce-mercadopago.php(534): MPRestClient::get(Array, '3.0.15') #2 /home/aabqhwej/public_html/wp-content/plugins/woocommerce-mercadopago/woocommerce-mercadopago.php(131): WC_Woo_Mercado_Pago_Module::get_categories() #3 /home/aabqhwej/public_html/wp-content/plugins/woocommerce-mercadopago/woocommerce-mercadopago.php(123): WC_Woo_Mercado_Pago_Module->__construct() #4 [internal function]: WC_Woo_Mercado_Pago_Module::init_mercado_pago_class('') #5 /home/aabqhwej/public_html/wp-includes/class-wp-hook.php(286): call_user_func_array(Array, Array)`, dumps: 0,
	},
	{
		name: "print_r cut inside a nested Array", reason: "the members read before the cut are kept, the open containers closed",
		in:    "Array\n(\n    [status] => 400\n    [cause] => Array\n        (\n            [0] => Array\n                (\n                    [code] => 2067\n                    [descr",
		dumps: 1,
		want:  []phpWant{{0, "status", number("400")}, {0, "cause.0.code", number("2067")}},
	},
	{
		name: "var_dump cut inside a string", reason: "a string the paste ends inside runs to the end",
		in:    "array(2) {\n  [\"code\"]=>\n  int(7)\n  [\"message\"]=>\n  string(40) \"Card decl",
		dumps: 1,
		want:  []phpWant{{0, "code", number("7")}, {0, "message", "Card decl"}},
	},
	{
		name: "var_dump key with no value", reason: "a key the paste ends after is dropped, not read as NULL",
		in:    "array(2) {\n  [\"code\"]=>\n  int(7)\n  [\"message\"]=>\n",
		dumps: 1,
		want:  []phpWant{{0, "code", number("7")}},
	},
	{
		name: "var_export cut mid-way", reason: "an unterminated quote runs to the end",
		in:    "array (\n  'code' => 'E1',\n  'msg' => 'Saldo insufic",
		dumps: 1,
		want:  []phpWant{{0, "code", "E1"}, {0, "msg", "Saldo insufic"}},
	},
	{
		name: "dump after a broken one", reason: "a line that starts another dump ends the cut-off one",
		in:    "Array\n(\n    [a] => 1\n2024-01-01 ERROR again: Array\n(\n    [b] => 2\n)\n",
		dumps: 2,
		want:  []phpWant{{0, "a", number("1")}, {1, "b", number("2")}},
	},
}

// TestPHPDumpsReadsEveryRealPaste: every real paste of a PHP form yields at least one dump,
// so a change that stops reading one is noticed.
func TestPHPDumpsReadsEveryRealPaste(t *testing.T) {
	all, err := fixtures.Load("testdata/real")
	require.NoError(t, err)
	n := 0
	for _, fx := range all {
		form, _ := fixtures.Get(parseHeader(fx.Reason), "form")
		if !strings.HasPrefix(form, "php-") && form != "laravel-dd" {
			continue
		}
		n++
		// An array's lines pasted without the array around them are read as key-value
		// lines (kvBody); a var_dump of a string (string(207) "{"code":…}") holds JSON,
		// which is read as JSON, or words ("Header X-Idempotency-Key can’t be null"),
		// which are read as words.
		// A dump quoted in a comment ("> ") or copied through a code view's gutter ("  | ")
		// is read once those marks are off, as decode takes them off.
		in := string(unwrapLine(fx.Input)) // as decode takes off the quotes or backticks around one line
		unmarked, _ := stripPrefixes(in)
		aString := strings.Contains(in, "string(") && !strings.Contains(strings.TrimSpace(in), "\n") // after the file that printed it too: "…Connection.php:139string(94) \"…\""
		// A dump's string that quotes a JSON body whole ("body" => "{"code":"SIGN_ERROR",…",
		// string(255) "{"name":…" under a PHP notice) is read as that JSON.
		quotesJSON := strings.Contains(in, `"{"`)
		// Left as found: Xdebug's var_dump flattened onto one line, as a page shows it
		// without <pre> ("object(stdClass)[16] public 'code' => string '40004' (length=5) …").
		xdebugOneLine := strings.Contains(in, "(length=") && !strings.Contains(strings.TrimSpace(in), "\n")
		assert.True(t, len(phpDumps(in)) > 0 || len(phpDumps(unmarked)) > 0 || kvBody(in) != nil || aString || quotesJSON || xdebugOneLine, "%s (%s)", fx.Name, form)
	}
	assert.GreaterOrEqual(t, n, 31, "the real PHP pastes were found")
}

// TestPHPDumpsLimits: at most 16 dumps, depth bounded by maxDepth with the deep part
// skipped and what follows it still read.
func TestPHPDumpsLimits(t *testing.T) {
	t.Run("at most 16 dumps", func(t *testing.T) {
		in := strings.Repeat("stdClass Object ( [code] => 1 )\n", 40)
		assert.Len(t, phpDumps(in), phpMaxDumps)
	})
	t.Run("deep nesting is skipped", func(t *testing.T) {
		for _, c := range []struct{ name, open, leaf, close, after string }{
			{"print_r", "Array\n(\n[a] => ", "1\n", ")\n", "[after] => x\n)"},
			{"var_dump", "array(1) {\n[\"a\"]=>\n", "int(1)\n", "}\n", "[\"after\"]=>\nstring(1) \"x\"\n}"},
			{"var_export", "array (\n'a' => ", "1,\n", "),\n", "'after' => 'x',\n)"},
			{"laravel", "array:1 [\n\"a\" => ", "1\n", "]\n", "\"after\" => \"x\"\n]"},
		} {
			t.Run(c.name, func(t *testing.T) {
				// the first open is the root, the other 9,999 nest; the leaf is the innermost value
				in := strings.Repeat(c.open, 10000) + c.leaf + strings.Repeat(c.close, 9999) + c.after
				got := phpDumps(in)
				require.Len(t, got, 1)
				assert.LessOrEqual(t, phpDepth(got[0]), maxDepth)
				assert.Equal(t, "x", got[0].get("after"), "the root's members after the deep part are read")
			})
		}
	})
}

// TestPHPDumpsBoundedOnJunk: a megabyte of would-be headers and keys yields a bounded
// result (the time it takes is linear; the benchmark-free check is that it returns).
func TestPHPDumpsBoundedOnJunk(t *testing.T) {
	for _, unit := range []string{"Array (", "[a] => ", "[a] => \n", "[a] => Array (", "Array\n(\n", "rray\n(\n",
		"array(1) {[\"a\"]=> ", "array (size=1)\n  0 => string 'x\n", "'a' => array(", "array:1 [\n\"a\" => ", "X {#1 ▼\n+a: ",
		"object(A)#1 (1) {", "C::__set_state(array(", " [a [a", "\n(\n[", "string(99999) \"a\" "} {
		t.Run(strings.TrimSpace(unit), func(t *testing.T) {
			in := strings.Repeat(unit, (1<<20)/len(unit))
			got := phpDumps(in)
			phpCheckBounds(t, got)
		})
	}
}

// phpCheckBounds asserts what any input's result keeps to: at most 16 dumps, none empty,
// no deeper than maxDepth, at most phpMaxValues values, only the model's types.
func phpCheckBounds(t *testing.T, dumps []*object) {
	t.Helper()
	require.LessOrEqual(t, len(dumps), phpMaxDumps)
	values := 0
	for _, d := range dumps {
		require.NotNil(t, d)
		require.NotEmpty(t, d.members)
		require.LessOrEqual(t, phpDepth(d), maxDepth)
		values += phpCount(t, d)
	}
	require.LessOrEqual(t, values, phpMaxValues)
}

// phpDepth is how many containers deep v goes.
func phpDepth(v any) int {
	deepest := 0
	switch x := v.(type) {
	case *object:
		for _, m := range x.members {
			deepest = max(deepest, phpDepth(m.val))
		}
	case []any:
		for _, e := range x {
			deepest = max(deepest, phpDepth(e))
		}
	default:
		return 0
	}
	return deepest + 1
}

// phpCount counts the values under v and fails on a type outside the model.
func phpCount(t *testing.T, v any) int {
	n := 0
	switch x := v.(type) {
	case *object:
		for _, m := range x.members {
			n += 1 + phpCount(t, m.val)
		}
	case []any:
		for _, e := range x {
			n += 1 + phpCount(t, e)
		}
	case string, number, bool, nil:
	default:
		require.Failf(t, "type outside the model", "%T", v)
	}
	return n
}

// FuzzPHPDumps: whatever is pasted, phpDumps returns without panicking and within its
// bounds. Seeded with every real paste.
func FuzzPHPDumps(f *testing.F) {
	all, err := fixtures.Load("testdata/real")
	require.NoError(f, err)
	for _, fx := range all {
		f.Add(string(fx.Input))
	}
	for _, seed := range []string{
		"Array\n(\n    [a] => Array\n        (\n",
		"array(1) {\n  [\"a\"]=>\n  string(3) \"a\"b\"\n}",
		"\\Foo::__set_state(array(\n 'a' => \\Bar::__set_state(array(\n)),\n))",
		"array (size=1)\n  'a' => \n    array (size=1)\n      0 => string 'x' (length=1)\n",
		"Foo {#1 ▼\n  +\"a\": \"\"\"\n    x\n  \"\"\"\n  #b: array:1 [▶]\n}",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		phpCheckBounds(t, phpDumps(in))
	})
}
