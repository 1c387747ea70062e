package decode

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/fixtures"
)

// Real pastes (testdata/real) are copied from public issues, Q&A pages and recorded API
// responses, each citing its URL; their expect section is the right answer judged by a
// person from the provider's documentation. They are scored as the held-out set is: one
// check per expected field (provider, code, http_status, strategy, after_seconds,
// request_id).
const (
	// realScoreFloor and realNoErrorCeiling ratchet: raise the floor and lower the ceiling
	// as the decoder reads more.
	// Each fresh batch is added as it was collected, misses included, so a batch can
	// lower the score and raise the unread count. The unread now: a lone "Payer equals
	// Collector", .NET's "{MercadoPago…BadParamsCause[0]}" and nothing else (JSON escaped
	// twice inside a cut-off XHR dump, CyberSource's MISSING_FIELD, is read since the
	// redactor stops a quoted value at the string it sits in), EBANX's "BP DR 44"
	// typed in prose, a transact.dll
	// page whose "error" is an order held for review, and ZaloPay's returncode -53 with
	// an empty message in a var_export, a PagSeguro "Unauthorized" glued between a URL and
	// the next print_r's "Array" on one line, PayPal NVP's one pair alone
	// ("&L_LONGMESSAGE0=Security%20header%20is%20not%20valid"), TodoPago's answer with
	// every member empty (batch 35), Mercado Pago's "Choose payer email or payer
	// phone" alone (batch 40), and two messages of the Pix SPI (the Central Bank's
	// settlement system, not catalogued) with no error word, one of them mojibake
	// (batch 43); from batches 52 to 54, Aprova Fácil's ResultadoAPC whose only failure
	// is "N?o Autorizado" in mojibake, Authorize.Net's AIM result as print_r with its
	// reason in a response code, and a PayPal IPN postback's page that says only "Fatal
	// Failure"; from batches 55 to 57, Conekta's "The maximum for card payments is 2.00
	// pesos." with no word of failure; from batch 59, a Node logger's OpenSSL "key values
	// mismatch" (a client certificate that is not its key's, before any request) and a
	// Django script's own JSON summary of three calls; from batch 67, Cielo's "ReturnCode
	// igual a 6" told in a sentence and a shopper's "Your card dose not support this type
	// of purchase!", its typo hiding Stripe's words; from batches 77 to 83, a Cielo sale
	// dumped by Node and cut off before its Status, with only "ReturnCode: '003'" and
	// "Transacao inexistente" to go on, Mercado Libre's bare "text_is_null" over "The
	// Attribute {0} is empty", and F5's "Request Rejected" page sent with a 200; from
	// batches 84 to 89, a Supabase log record that keeps Stripe's webhook message under
	// "event_message", Santander's "_message" alone with no word of failure ("… não pode
	// ser posterior a data de hoje"), a Meteor app's page where ePayco's API should have
	// answered, and Mercado Libre's list of field codes alone; from batches 95 to 103,
	// SEFAZ's "cStat 656" told in prose and its cStat as .NET's "key = value" lines,
	// stripe-android's "You did not enter a valid card." alone, and an API Pix refund's
	// message in mojibake with no word of failure; from batch 110, a TodoPago plugin's log
	// of the gateway's answer whose StatusCode is null and whose message is empty; from
	// batch 109, PagSeguro's sandbox page "Página não encontrada" saved with its accents
	// lost to U+FFFD; from batch 108, PagSeguro's 2011 maintenance page logged as its
	// answer, whose title and headings say nothing failed; from batch 115, Ruby's JSON
	// parser's "A JSON text must at least contain two octets!" alone, which an empty body
	// from Mercado Pago made the SDK raise; from batch 120, Mercado Pago's checkout telling
	// the buyer "No podés pagarte a vos mismo" with no word of failure, and a Laravel trace's
	// frame whose arguments hold the SDK's response (a 502 "Bad Gateway" body) four levels
	// down; from batch 134, Stripe's "For 'sepa_debit' payments, we currently require your
	// account to have a bank account in one of the following currencies: …" alone, which
	// says what is needed and no word of failure; from batch 143, Flutterwave's "No Payment
	// Method Available at the moment. Please reach out to support" (taking "please reach
	// out to support" for a failure made success messages that end with it errors); from
	// batch 145, an Adyen webhook item whose success is "true" and whose only failure is
	// PayPal's acquirerErrorCode 10606 in its additionalData; from batch 146, Robokassa's
	// page in Russian, "Магазин не найден" ("shop not found"), with no word decifra reads;
	// from batch 149, the answers of gateways decifra does not catalogue that say they
	// failed only in their own names, Windcave's <Request valid="0"><URI>Invalid Key</URI>
	// and its <Transaction success="0" … responseText="INVALID CARD NUMBER">, Payline's
	// {"result": {"code": "XXXXX", "longMessage": "Undefined index: id"}} (its SDK's own
	// code), and Rede's legacy Komerci <codret>56</codret> with its msgret URL-encoded in
	// Latin-1; from batch 150, a PayPal checkout URL whose code is base64 in its fragment
	// (genericError?code=VU5TVVBQT1JURURfUEFZRUVfQ1VSUkVOQ1k%3D); from batches 151 to
	// 156, a Cielo sale dumped by Node with its statusCode and response empty, Stone's
	// card SDK's TransactionObject dumped with no status at all, a person quoting
	// Authorize.Net's "Your order has been received" (an order held for review, code
	// 252), an access-log line with the DICT's 499 and nothing else, and M-Pesa's STK
	// query answer as a Python dict whose ResponseCode 0 accepts the query and whose
	// ResultCode 1032 says the user cancelled; from batches 157 to 162, the start of a
	// Mercado Pago body cut off inside its message ("message": "Malformed access_token:),
	// a Culqi void answered with its status "N" and its reason only in statusdescription
	// ("10080_Transaction not found from provided tracking ID."), and a PagSeguro
	// notification told in a sentence ("cancellationSource=INTERNAL e status=7"); batches
	// 163 to 174 added none (batch 170's two answers of Adyen's Terminal API are read
	// since batch 173's); from batch 175, a PayPal checkout-components test's mock of an
	// answer that is only {details: [{issue: "DUPLICATE_INVOICE_ID"}]}, no name, no
	// message; batches 176 to 180 added none; from batch 185, a Razorpay error map its
	// reporter wrote in Unicode's mathematical bold italic letters ("𝙋𝙖𝙮𝙢𝙚𝙣𝙩 𝙀𝙧𝙧𝙤𝙧, …"),
	// which no reader takes for words; from batch 190, a sentence quoting TodoPago's XML
	// answer, `<Status>702</Status>`, with no words of failure; batches 191 to 194 added
	// none; from batches 195 to 201 (the Culqi void and Rede's Komerci answer above are
	// read since theirs), ePayco's "La transacción #XXXX se encuentra en proceso de
	// validación." (a pending payment told in a sentence), MIGS's refund answer of
	// vpc_-prefixed pairs (vpc_Message=E5000: …&vpc_TxnResponseCode=7), PayPal's
	// "unilateral paypal payment is deprecated" (no word of failure) and a WooCommerce log
	// whose last line is Cielo's "payment status: 5" (a status number, no word of
	// failure); from batches 202 to 204, QPilot's "Braintree: 2007 - No Account" (a code
	// and two words that say no failure), react-native-payments' "Possible Unhandled
	// Promise Rejection (id: 1) 10" (Google Pay's bare status number) and PayTrace's two
	// tilde-and-bar answers ("ERROR~998. Log in failed.|", "RESPONSE~105. Your TEST
	// transaction was not approved.|"); batches 205 to 207 added none; from batches 208
	// and 209, Borgun's reply kept as a string whose ActionCode 111 no reader takes for a
	// code, ePay's captureResult false beside its epayresponse -1008, eWAY Rapid's
	// ResponseMessage "V6070,V6083" (codes, no words), PayU India's {"status": 0, "msg":
	// "Invalid payuid"} and PayPal's GraphQL DOMESTIC_TRANSACTION_REQUIRED inside a quoted
	// string; and, after a review's mend (a gateway's ResponseCode beside a message needs
	// words of failure), Element Express's 103 with a schema's complaint; from batches 210
	// to 212, a PayPal PHP SDK user's "I always get 'UNKNOWN_ERROR' with the debug id
	// above" (a code its catalogue does not list) and Paystack's "no authorization header
	// found" typed alone (no word of failure); from batch 213, Stripe's "does not currently
	// support users of EU Top-ups like your platform to make transfers …" (no word of
	// failure); from batch 214, gateways' numbers named in prose in Czech, Persian and
	// French with no word decifra reads (ČSOB's resultCode 999, Mellat's "code 24", a SIPS
	// print_r whose response code 17 is one of twenty unnamed fields, ZarinPal's "#-2"
	// after Persian words) and VakıfBank's ResultCode 1105 in a body missing its comma;
	// from batch 217, Viva Wallet's "x-viva-eventId 10096" in a sentence that says the
	// payment went through; from batch 221, a Craft Commerce user's "it only responds _This
	// value must be greater than or equal to 1._" (a validator's rule, no word of failure).
	// From batch 228, PayPal's JS SDK's "Expected intent from order api call to be
	// authorize, got capture. Please ensure you are passing intent=capture to the sdk url."
	// in two repositories (no word of failure), and a print_r of PayPal's name cut before
	// its message; from batch 229, a PayU question quoting "Mandatory param hash is
	// missing" (a help request's words are not an error's). From batch 230, a maintainer's
	// Portuguese sentence that requests "retornem 400" (a pull request's prose, no error
	// printed); from batch 231, WooCommerce PayPal's log of a 200 whose body is "Unable to
	// parse PayPal response body." over a 403 page (the status the log prints is 200, and
	// the page's is in its title alone). From batch 232, Paraguay's SIFEN answering
	// "Lote no encolado para procesamiento" (no word of failure) and its JSON form with
	// every member behind a namespace ("ns2:dCodRes"), and a SUNAT user's question that
	// names code 0127 only in passing; from batch 233, Cecabank's {"codResult": "27"} and
	// nothing else. From batch 235, an OpenCart Cielo module's PHP notices and stack trace
	// around an empty reply (no word of the provider's, only "Trying to get property of
	// non-object"); from batch 237, Plaid's legacy "1105 bad_access_token: This access
	// token appears to be corrupted" and Salt Edge's "Reached login limit (100) in current
	// mode", neither with a word of failure. From batch 245, Lyra's payment page's "Shop
	// 12345 is not using the appropriate payment URL : https://secure.lyra.com" (no word of
	// failure either). From batch 248, Bancard VPOS's answer inside a Ruby %() literal,
	// whose status says success beside a refused response ("N", code 57). From batch 258,
	// a PayPal webhook event kept as a spec fixture (PAYMENT.CAPTURE.DENIED, its capture's
	// status DECLINED): an event, not an error body, with no word of failure; from batch
	// 257, Sicoob's app showing "QR Code expirado, entre em contato com o recebedor" (its
	// "expirado" says as often that a token was renewed). From batch 268, two SUNAT answers
	// that tell a duplicate with no word of failure ("2223 El archivo ya fue presentado
	// anteriormente", "El comprobante fue registrado previamente con otros datos"): "ya
	// fue" says as often that a payment went through; and IDPay's "API Key یافت نشد."
	// (Persian: "not found"), whose words also say "no … found" of what went well ("مغایرتی
	// یافت نشد", no discrepancy found). From batch 271, UnionPay's "重复交易[2010002]" (a
	// duplicate transaction) alone, no word of failure beside it. From batch 272, three
	// answers under a 200 with no word of failure: Ping++'s body "null" to a GET, ČSOB's
	// redirect followed to an HTML page the dump does not show, and Alipay's App SDK
	// result {"memo": "Error Domain=系统繁忙…", "resultStatus": "4000"}. From batch 274,
	// Mollie's 'Non-existent body parameter "payment.issuer" for this API call.' alone, a
	// shop's pop-up quoted in an issue's title with no word of failure. From batch 276,
	// four answers under a 200 or in a recorder's own envelope: Novalnet's nnxml and
	// PAY.ON's (Payunity's) answers with their code in a status member, and two
	// interactions of a .NET recorder's cassette (BoletoSimples) whose status is {"code":
	// "404", "message": "Not Found"} under "response" (Heartland Portico's five SOAP
	// PosResponses whose failure is only a GatewayRspCode in Ver1.0's Header, and Element
	// Express's ExpressResponseCode 103, are read since). 106 of 6,514; 100 of 6,524 after
	// batch 279's marks (Mercado Pago's, Stripe's and PayPal's sentences with no word of
	// failure, a Supabase record's event_message). 101 of 6,534 with batch 280: MoneyHash's
	// transaction.purchase.failed webhook (kept by Lago), its failure only a
	// latest_status {"value": "failed", "code": "7000"} three levels down. 102 of 6,605
	// after batches 281 to 283: a probe log's "devuelve `402 {\"message\":\"Unknown
	// error\",\"error\":null,\"cause\":null}`" (a backticked number before a body is as
	// often a price, an id or a count: no status is taken from it, and the body alone
	// reports no failure). 105 of 6,676 after batches 284 to 290: a sandbox note's
	// "`400 excludes_by_rule`\n(10113)", a PR's "one that says \"Unrecognized access
	// key\"" (anyone's words) and a Cordova plugin's retyped TLS notice; 106 of 6,712
	// after batches 288 to 293: e.Rede's "Cardholder not registered in the issuer\u0027s
	// authentication program." alone (3-D Secure's words, anyone's); 105 after the
	// review's mends (a preapproval's "402 … Unknown error" note is read now). 111 of
	// 6,828 after batches 299 to 313: a Stripe dashboard line copied ("404 API request"),
	// PayPal's checkout page in Chinese, an iugu validation map dumped without its errors
	// key, Banco do Brasil's Pagamentos em Lote answers (their erros lists, a table the
	// catalog does not hold yet) and dLocal's "Amount too low" alone (anyone's words).
	// 111 of 6,916 after batch 323: stripe-ios's recording of a plain-text body under a
	// method, a path and a status on lines of their own; 112 of 6,954 after batch 324:
	// Paymentez's {"transaction": {"status": "failure", "message": "Expired card", …}}, its
	// failure one level down in a gateway decifra does not catalogue. 113 of 7,081 after
	// batches 325 and 326: PagBank's "40007 (\"Refund deadline reached\")" quoted alone in
	// a forum's sentence (a bare number beside anyone's words). 115 after batch 327:
	// PagBank's "must match the pattern [\w-]+" quoted alone (anyone's validator's words)
	// and a request log of PagBank's developer portal whose 500 sits under "status-code".
	// 117 after batch 328: Maya's "[PY0101] Acquirer decline due to high risk." (a
	// bracketed code before words of no failure) and Square's Web Payments SDK's
	// {"message": "the tokenization request is already in process", "type": …}.
	// The floor was lowered to 0.899 when batch 276 took the score to 0.8997 (17,817 of
	// 19,803) and the Worker had no gzip left for the Heartland reader; readers' signals
	// appended through one function (with) paid for it, and it is back at the issue's own
	// bar: 0.901 (17,975 of 19,945 with batches 277 and 278); 0.904 (18,052 of 19,972) with
	// batch 279; 0.903 (18,272 of 20,226) with batches 280 to 283.
	realScoreFloor     = 0.90
	realNoErrorCeiling = 117
)

// realCheck is how one paste fared.
type realCheck struct {
	name, form, provider string
	passed, checks       int
	misses               []string
	noError              bool
	falseClaim           string // a provider credited with another company's error
}

func scoreReal(t testing.TB) []realCheck {
	all, err := fixtures.Load("testdata/real")
	require.NoError(t, err)
	var out []realCheck
	for _, fx := range all {
		require.NotEmpty(t, fx.Source(), "%s: a real paste cites its source", fx.Name)
		require.NotEmpty(t, fx.Expect, "%s: a real paste says what the right answer is", fx.Name)
		out = append(out, scoreOne(fx))
	}
	return out
}

// expectedProvider is the provider the paste must be credited to: the sender when
// decifra catalogues it, else none.
func expectedProvider(fx fixtures.Fixture) string {
	p, _ := fixtures.Get(fx.Expect, "provider")
	if !slices.Contains(catalog.IDs(), p) {
		return "none"
	}
	return p
}

func scoreOne(fx fixtures.Fixture) realCheck {
	form, _ := fixtures.Get(parseHeader(fx.Reason), "form")
	c := realCheck{name: fx.Name, form: form, provider: expectedProvider(fx)}
	x, err := Explain(fx.Input, Options{Now: clockOf(fx.Time)})
	got := map[string]string{}
	if err != nil {
		c.noError = true
	} else {
		got["provider"] = "none"
		if x.Provider != nil {
			got["provider"] = x.Provider.ID
			if x.Provider.ID != c.provider {
				c.falseClaim = x.Provider.ID
			}
		}
		got["code"] = x.Code
		if x.HTTPStatus != 0 {
			got["http_status"] = strconv.Itoa(x.HTTPStatus)
		}
		got["strategy"] = string(x.Retry.Strategy)
		if x.Retry.AfterSeconds != nil {
			got["after_seconds"] = strconv.Itoa(*x.Retry.AfterSeconds)
		}
		got["request_id"] = x.RequestID
	}
	for _, kv := range fx.Expect {
		want := kv.Value
		if kv.Key == "provider" {
			want = c.provider
		}
		c.checks++
		if got[kv.Key] == want {
			c.passed++
		} else {
			c.misses = append(c.misses, fmt.Sprintf("%s=%q want %q", kv.Key, got[kv.Key], want))
		}
	}
	return c
}

// parseHeader reads the `key: value` lines of a real paste's comment.
func parseHeader(comment string) []fixtures.KV {
	var out []fixtures.KV
	for line := range strings.SplitSeq(comment, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			out = append(out, fixtures.KV{Key: strings.TrimSpace(k), Value: strings.TrimSpace(v)})
		}
	}
	return out
}

// TestRealPastes: no provider is ever credited with another company's error, and the
// score and the "couldn't read this" count hold their ratchets. -v prints the table of
// forms × providers and every miss.
func TestRealPastes(t *testing.T) {
	results := scoreReal(t)
	passed, checks, noError := 0, 0, 0
	type cell struct{ passed, checks int }
	table := map[string]map[string]*cell{}
	for _, c := range results {
		passed += c.passed
		checks += c.checks
		if c.noError {
			noError++
		}
		assert.Empty(t, c.falseClaim, "%s: credited to %s, sent by %s", c.name, c.falseClaim, c.provider)
		if table[c.form] == nil {
			table[c.form] = map[string]*cell{}
		}
		if table[c.form][c.provider] == nil {
			table[c.form][c.provider] = &cell{}
		}
		table[c.form][c.provider].passed += c.passed
		table[c.form][c.provider].checks += c.checks
		if len(c.misses) > 0 {
			t.Logf("%s: %s", c.name, strings.Join(c.misses, "; "))
		}
	}
	score := float64(passed) / float64(checks)
	t.Logf("real pastes: %d, score %.3f (%d/%d checks), couldn't read %d", len(results), score, passed, checks, noError)
	forms := make([]string, 0, len(table))
	for f := range table {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		var cells []string
		for p, c := range table[f] {
			cells = append(cells, fmt.Sprintf("%s %d/%d", p, c.passed, c.checks))
		}
		sort.Strings(cells)
		t.Logf("%-16s %s", f, strings.Join(cells, ", "))
	}
	assert.GreaterOrEqual(t, score, realScoreFloor, "the real-paste score fell")
	assert.LessOrEqual(t, noError, realNoErrorCeiling, "more real pastes read as \"couldn't read this\"")
}
