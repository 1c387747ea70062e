package decode

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/internal/fixtures"
)

// xmlRender writes values as compact JSON with members in order, so a test can state the
// whole shape a body is read as.
func xmlRender(v any) string {
	switch x := v.(type) {
	case []*object:
		parts := make([]string, len(x))
		for i, o := range x {
			parts[i] = xmlRender(o)
		}
		return strings.Join(parts, "\n")
	case *object:
		parts := make([]string, len(x.members))
		for i, m := range x.members {
			parts[i] = strconv.Quote(m.key) + ":" + xmlRender(m.val)
		}
		return "{" + strings.Join(parts, ",") + "}"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = xmlRender(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case string:
		return strconv.Quote(x)
	case nil:
		return "null"
	}
	return fmt.Sprintf("<unexpected %T>", v)
}

// xmlAt follows a dotted path through the documents: the first step is the document's
// index, then member names and list indexes.
func xmlAt(docs []*object, path string) (any, bool) {
	steps := strings.Split(path, ".")
	i, err := strconv.Atoi(steps[0])
	if err != nil || i >= len(docs) {
		return nil, false
	}
	var v any = docs[i]
	for _, step := range steps[1:] {
		switch x := v.(type) {
		case *object:
			if !x.has(step) {
				return nil, false
			}
			v = x.get(step)
		case []any:
			k, err := strconv.Atoi(step)
			if err != nil || k >= len(x) {
				return nil, false
			}
			v = x[k]
		default:
			return nil, false
		}
	}
	return v, true
}

// xmlSize is how much was built: the bytes of every key and string, plus one per value.
func xmlSize(v any) int {
	switch x := v.(type) {
	case *object:
		n := 1
		for _, m := range x.members {
			n += len(m.key) + xmlSize(m.val)
		}
		return n
	case []any:
		n := 1
		for _, e := range x {
			n += xmlSize(e)
		}
		return n
	case string:
		return 1 + len(x)
	}
	return 1
}

// xmlDepth counts nested objects, the levels maxDepth bounds (a list of repeated
// elements sits on its parent's level).
func xmlDepth(v any) int {
	d := 0
	switch x := v.(type) {
	case *object:
		for _, m := range x.members {
			d = max(d, xmlDepth(m.val))
		}
		return d + 1
	case []any:
		for _, e := range x {
			d = max(d, xmlDepth(e))
		}
	}
	return d
}

// checkXMLInvariants holds for any input: at most maxXMLBodies documents, only the
// model's types, nesting within maxDepth and no more built than the input's size.
func checkXMLInvariants(t *testing.T, in string, docs []*object) int {
	t.Helper()
	require.LessOrEqual(t, len(docs), maxXMLBodies)
	size := 0
	for _, d := range docs {
		require.NotNil(t, d)
		require.NotEmpty(t, d.members)
		require.NotContains(t, xmlRender(d), "<unexpected")
		require.LessOrEqual(t, xmlDepth(d), maxDepth)
		size += xmlSize(d)
	}
	require.LessOrEqual(t, size, 2*len(in)+16, "built more than the input holds")
	return size
}

func xmlRealPaste(t testing.TB, name string) string {
	t.Helper()
	fx, err := fixtures.Read(filepath.Join("testdata", "real", name+".txtar"))
	require.NoError(t, err)
	return string(fx.Input)
}

type xmlCase struct {
	name, reason string
	paste        string         // the real paste (testdata/real) the input is, or is cut from
	input        string         // when set, a variant of the paste; else the paste as it is
	docs         int            // how many documents are read
	shape        string         // when set, the whole result (xmlRender)
	at           map[string]any // path → value
}

func runXMLCases(t *testing.T, cases []xmlCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.input
			if in == "" {
				in = xmlRealPaste(t, tc.paste)
			}
			docs := xmlBodies(in)
			checkXMLInvariants(t, in, docs)
			require.Len(t, docs, tc.docs, "%s\n%s", tc.reason, xmlRender(docs))
			if tc.shape != "" {
				assert.Equal(t, tc.shape, xmlRender(docs), tc.reason)
			}
			for path, want := range tc.at {
				got, ok := xmlAt(docs, path)
				if assert.True(t, ok, "%s: %s missing in\n%s", tc.reason, path, xmlRender(docs)) {
					assert.Equal(t, want, got, "%s: %s", tc.reason, path)
				}
			}
		})
	}
}

// xmlRealCases reads every real paste that holds a '<', each as it was published.
var xmlRealCases = []xmlCase{
	{
		name: "mercadopago prestashop16 webpay request logged", paste: "mercadopago-log-prefixed-prestashop16-payments-webpay-callback-url-cant-be-null", docs: 1,
		reason: "batch 320: a product's HTML description (<p>…</p>) inside the logged request's JSON, read as a document that names no error",
	},
	{
		name: "mercadopago prestashop16 pec request logged", paste: "mercadopago-log-prefixed-prestashop16-payments-pec-invalid-payment-method-id", docs: 1,
		reason: "batch 320: a product's HTML description (<p>…</p>) inside the logged request's JSON, read as a document that names no error",
	},
	{
		name: "authorize.net xmlutility e00003 in a log line", paste: "other-authorize.net-log-prefixed-copilot-chat-sdk-xmlutility-e00003-customerprofile-under-payment", docs: 1,
		reason: "batch 315: the SDK's log line quotes Authorize.Net's ErrorResponse it could not read",
		at:     map[string]any{"0.ErrorResponse.messages.message.code": "E00003"},
	},
	{
		name: "stone logcat pinpad init", paste: "stone-log-prefixed-flutter-l400-activation-exceptionininitializererror-positivo-pinpad", docs: 0,
		reason: "batch 317: a Java stack frame's <init> is no markup",
	},
	{
		name: "pagbank opencart 53041 with a stray parenthesis", paste: "pagbank-xml-opencart-53041-installment-value-invalid", docs: 1,
		reason: "batch 319: PagSeguro's errors, a print's ' )' after them",
		at:     map[string]any{"0.errors.error.code": "53041"},
	},
	{
		name: "pagbank prestashop transaction status 7 cut", paste: "pagbank-xml-prestashop-transaction-status-7-cancellationsource-internal", docs: 1,
		reason: "batch 319: PagSeguro's transaction, cut inside the shipping address as published",
		at:     map[string]any{"0.transaction.status": "7", "0.transaction.cancellationSource": "INTERNAL"},
	},
	{
		name: "bacen pix curl -v 500 from pagbank's sandbox", paste: "bacen-pix-raw-http-pagbank-sandbox-put-cob-500-erro-interno", docs: 0,
		reason: "batch 325: curl -v's '< ' before each response header is no markup",
	},
	{
		name: "pagbank woocommerce 53085 in a print_r", paste: "pagbank-php-print_r-woocommerce-direct-payment-53085-payment-method-unavailable", docs: 1,
		reason: "batch 325: PagSeguro's errors as the body of WordPress's response array",
		at:     map[string]any{"0.errors.error.code": "53085"},
	},
	{
		name: "pagbank simplexml start tag expected", paste: "pagbank-stack-trace-laravel-pagseguro-simplexml-internal-server-error-body", docs: 0,
		reason: "batch 325: simplexml's \"'<' not found\" quotes the bracket it missed",
	},
	{
		name: "stripe node stack anonymous frame", paste: "stripe-stack-trace-node-stripe-charge-no-such-token", docs: 0,
		reason: "batch 325: a stack frame's <anonymous> is no markup",
	},
	{
		name: "efi whmcs module's html message in a print_r", paste: "efi-php-print_r-pastebin-whmcs-boleto-incoerencia-dados-cadastrais", docs: 1,
		reason: "batch 326: the Gofas module's own markup around Gerencianet's words, read as a document that names no error",
	},
	{
		name: "vantiv litle auth 110 after curl", paste: "other-vantiv-xml-gist-litle-curl-auth-110-insufficient-funds", docs: 1,
		reason: "batch 326: Litle's authorizationResponse after the curl command that posted it",
		at:     map[string]any{"0.litleOnlineResponse.authorizationResponse.response": "110"},
	},
	{
		name: "paypal merchant sdk ruby inspect", paste: "paypal-ruby-inspect-gist-merchant-sdk-doexpresscheckout-partialsuccess-payment-error", docs: 0,
		reason: "batch 326: Ruby's #<Class …> is no markup",
	},
	{
		name: "stripe node frame through a proxy", paste: "stripe-raw-http-rapidapi-noodlio-proxy-200-no-such-token-live-key", docs: 0,
		reason: "batch 326: a stack frame's <anonymous> inside a relayed JSON string is no markup",
	},
	{
		name: "stripe carderror ruby inspect", paste: "stripe-ruby-inspect-gist-pry-carderror-status-402", docs: 0,
		reason: "batch 326: Ruby's #<Stripe::CardError: …> is no markup",
	},
	{
		name: "stripe setapikey placeholder", paste: "stripe-sdk-exception-devdojo-wave-authenticationexception-no-api-key", docs: 0,
		reason: "batch 326: stripe-php's placeholder <API-KEY> is no markup",
	},
	{
		name: "wechat pay unifiedorder request and sign error in a java log", paste: "other-wechatpay-log-prefixed-community-java-pay-core-unifiedorder-sign-error", docs: 2,
		reason: "batch 327: the request's XML logged, then WeChat Pay's answer",
		at:     map[string]any{"1.xml.return_code": "FAIL"},
	},
	{
		name: "wechat pay node stack anonymous frame", paste: "other-wechatpay-stack-trace-community-node-wechat-pay-businesserror-param-error", docs: 0,
		reason: "batch 327: a stack frame's <anonymous> is no markup",
	},
	{
		name: "wechat pay unifiedorder param error", paste: "other-wechatpay-xml-community-unifiedorder-param-error-appid-openid-mismatch", docs: 1,
		reason: "batch 327: WeChat Pay's v2 answer, blank lines between its elements as the page stored them",
		at:     map[string]any{"0.xml.err_code": "PARAM_ERROR"},
	},
	{
		name: "wechat pay refund hex escaped", paste: "other-wechatpay-xml-community-v2-refund-hex-escaped-cert-expired", docs: 1,
		reason: "batch 327: a logger's [0xe8] escapes of the UTF-8 message inside WeChat Pay's answer",
		at:     map[string]any{"0.xml.return_code": "FAIL"},
	},
	{
		name: "pagbank v2 jbossweb 406 page cut", paste: "pagbank-sdk-exception-community-guzzle-v2-preapprovals-request-406-jbossweb", docs: 0,
		reason: "batch 327: Guzzle cut JBoss Web's page inside its <style>: no document to read",
	},
	{
		name: "inter log prefixed node carne cobranca v3 400 cobranca emitida mesmos dados headers", paste: "inter-log-prefixed-node-carne-cobranca-v3-400-cobranca-emitida-mesmos-dados-headers", docs: 0,
		reason: "batch 278: a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "pagarme log prefixed node v5 create subscription 401 authorization denied", paste: "pagarme-log-prefixed-node-v5-create-subscription-401-authorization-denied", docs: 0,
		reason: "batch 278: a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "paypal stack trace replit adegloba server sdk capture 422 order already captured", paste: "paypal-stack-trace-replit-adegloba-server-sdk-capture-422-order-already-captured", docs: 0,
		reason: "batch 278: a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "paypal stack trace replit adegloba server sdk create order 400 paypal request id required", paste: "paypal-stack-trace-replit-adegloba-server-sdk-create-order-400-paypal-request-id-required", docs: 0,
		reason: "batch 278: a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "paypal stack trace replit adegloba server sdk create order 422 payer cannot pay", paste: "paypal-stack-trace-replit-adegloba-server-sdk-create-order-422-payer-cannot-pay", docs: 0,
		reason: "batch 278: a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "paypal stack trace replit finboost payouts insufficient funds", paste: "paypal-stack-trace-replit-finboost-payouts-insufficient-funds", docs: 0,
		reason: "batch 278: a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "paypal stack trace replit tsu server sdk oauth 401 invalid client", paste: "paypal-stack-trace-replit-tsu-server-sdk-oauth-401-invalid-client", docs: 0,
		reason: "batch 278: a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "other midtrans okhttp 400 gross amount", paste: "other-midtrans-log-prefixed-android-okhttp-400-gross-amount-required", docs: 0,
		reason: "OkHttp's <-- arrows are no markup",
	},
	{
		name: "other tap nshttpurlresponse 401", paste: "other-tap-swift-dump-ios-nshttpurlresponse-init-401", docs: 0,
		reason: "Foundation's <NSHTTPURLResponse: 0x…> description is no markup",
	},
	{
		name: "paypal reporting invalid request redacted", paste: "paypal-log-prefixed-reporting-invalid-request-start-date-not-available", docs: 0,
		reason: "a log's <redacted> placeholder is no markup",
	},
	{
		name: "paypal ruby sdk agreement execute foreman", paste: "paypal-log-prefixed-ruby-sdk-agreement-execute-400-foreman", docs: 0,
		reason: "the reporter's <my-auth-string> placeholder is no markup",
	},
	{
		name: "paypal checkout php sdk patch order fatal error", paste: "paypal-stack-trace-checkout-php-sdk-patch-order-validation-error", docs: 3,
		reason: "PHP's HTML error display: <b>Fatal error</b>, the file and the line in <b>, each its own fragment",
		at:     map[string]any{"0.b": "Fatal error"},
	},
	{
		name: "paypal node sdk agreement cancel 400", paste: "paypal-stack-trace-node-sdk-agreement-cancel-400", docs: 0,
		reason: "a stack frame's <anonymous> is no markup",
	},
	{
		name: "stripe java webhook cli secret no signatures found", paste: "stripe-bare-message-java-webhook-cli-secret-no-signatures-found", docs: 0,
		reason: "placeholders in angle brackets (<Stripe-Signature header>) are no markup",
	},
	{
		name: "stripe gumroad cassette connect platform owned payment method", paste: "stripe-raw-http-gumroad-cassette-connect-platform-owned-payment-method", docs: 0,
		reason: "a cassette's <STRIPE_API_KEY> placeholder is no markup",
	},
	{
		name: "stripe gumroad cassette refund greater than unrefunded", paste: "stripe-raw-http-gumroad-cassette-refund-greater-than-unrefunded", docs: 0,
		reason: "a cassette's <STRIPE_API_KEY> placeholder is no markup",
	},
	{
		name: "stripe gumroad cassette setup intent cancel already canceled", paste: "stripe-raw-http-gumroad-cassette-setup-intent-cancel-already-canceled", docs: 0,
		reason: "a cassette's <STRIPE_API_KEY> placeholder is no markup",
	},
	{
		name: "stripe gumroad cassette too many charges transfer group", paste: "stripe-raw-http-gumroad-cassette-too-many-charges-transfer-group", docs: 0,
		reason: "a cassette's <STRIPE_API_KEY> placeholder is no markup",
	},
	{
		name: "stripe pay cassette subscription swap items and quantity", paste: "stripe-raw-http-pay-cassette-subscription-swap-items-and-quantity", docs: 0,
		reason: "the recorder's <VENDOR_ID> placeholders are no markup",
	},
	{
		name: "network threefold errno 110 connection timed out", paste: "network-stack-trace-threefold-fund-transaction-errno-110-connection-timed-out", docs: 0,
		reason: "a Python traceback's <module> is no markup",
	},
	{
		name: "network nfe api xjust ssl local issuer", paste: "network-xml-nfe-api-xjust-ssl-unable-to-get-local-issuer", docs: 1,
		reason: "an NF-e library's <xJust> holding cURL's words",
		at:     map[string]any{"0.xJust": "Falha no envio da nota: SSL peer certificate or SSH remote key was not OK: SSL certificate problem: unable to get local issuer certificate"},
	},
	{
		name: "other betha nfse gerarnfse e160", paste: "other-betha-xml-nfse-gerarnfse-e160-desacordo-xml-schema", docs: 1,
		reason: "Betha's NFS-e answer: ListaMensagemRetorno's Codigo and Mensagem",
		at:     map[string]any{"0.GerarNfseResposta.ListaMensagemRetorno.MensagemRetorno.Codigo": "E160"},
	},
	{
		name: "other correios calcprecoprazo erro 99", paste: "other-correios-xml-calcprecoprazo-erro-99-maximo-1-codigo-servico", docs: 1,
		reason: "the Correios price web service's cServico with its Erro and MsgErro",
		at:     map[string]any{"0.Servicos.cServico.Erro": "99", "0.Servicos.cServico.MsgErro": "Máximo de 1 código de serviço por consulta."},
	},
	{
		name: "other google 502 page escaped in a string", paste: "other-google-html-tiki-seller-api-502-server-error-try-again-30-seconds", docs: 1,
		reason: "Google's 502 page with its quotes escaped as a JSON string holds them",
		at:     map[string]any{"0.html.head.title": "502 Server Error"},
	},
	{
		name: "other nav online invoice operation failed", paste: "other-nav-online-invoice-xml-tokenexchange-operation-failed", docs: 1,
		reason: "the Hungarian tax office's result: funcCode ERROR with its errorCode",
		at:     map[string]any{"0.result.errorCode": "OPERATION_FAILED"},
	},
	{
		name: "other nginx 413 page in a json string", paste: "other-nginx-json-http-request-action-413-request-entity-too-large", docs: 1,
		reason: "nginx's 413 page",
		at:     map[string]any{"0.html.head.title": "413 Request Entity Too Large"},
	},
	{
		name: "other openresty 413 page", paste: "other-openresty-html-upload-413-request-entity-too-large", docs: 1,
		reason: "OpenResty's 413 page",
		at:     map[string]any{"0.html.head.title": "413 Request Entity Too Large"},
	},
	{
		name: "paypal soap activemerchant fixture one dollar auth 10527", paste: "paypal-soap-activemerchant-fixture-one-dollar-auth-10527-invalid-card", docs: 1,
		reason: "PayPal's SOAP response as Active Merchant's test keeps it, indented inside a heredoc",
		at: map[string]any{
			"0.Envelope.Body.DoDirectPaymentResponse.Errors.ErrorCode": "10527",
			"0.Envelope.Body.DoDirectPaymentResponse.CorrelationID":    "f3ab2d6fc76e4",
		},
	},
	{
		name: "other globalpayments rxp hpp 509 expiry date invalid", paste: "other-globalpayments-bare-message-rxp-hpp-509-expiry-date-invalid", docs: 0,
		reason: "a lone <BR> inside a quoted answer is no document",
	},
	{
		name: "stripe log prefixed python invoice save invalid boolean true", paste: "stripe-log-prefixed-python-invoice-save-invalid-boolean-true", docs: 0,
		reason: "IPython's <ipython-input-…> and <module> are no markup",
	},
	{
		name: "other braintree log prefixed sale 10 usd 422 91564 nonce twice", paste: "other-braintree-log-prefixed-sale-10-usd-422-91564-nonce-twice", docs: 2,
		reason: "the Braintree gem's log: its request's XML, then the api-error-response under the log's prefixes",
	},
	{
		name: "other braintree log prefixed transactions 422 81502 amount required", paste: "other-braintree-log-prefixed-transactions-422-81502-amount-required", docs: 2,
		reason: "the Braintree gem's log: its request's XML, then the api-error-response under the log's prefixes",
	},
	{
		name: "other braintree log prefixed transactions 422 91564 nonce reused", paste: "other-braintree-log-prefixed-transactions-422-91564-nonce-reused", docs: 2,
		reason: "the Braintree gem's log: its request's XML, then the api-error-response under the log's prefixes",
	},
	{
		name: "paypal ruby inspect sdk payout batch user business error duplicate batch", paste: "paypal-ruby-inspect-sdk-payout-batch-user-business-error-duplicate-batch", docs: 0,
		reason: "Ruby's #<PayPal::SDK::…> is no markup",
	},
	{
		name: "stripe sdk exception ruby billing cycle anchor later than natural billing date", paste: "stripe-sdk-exception-ruby-billing-cycle-anchor-later-than-natural-billing-date", docs: 0,
		reason: "the author's <timestamp> placeholder is no markup",
	},
	{
		name: "other aws apigateway python repr bml connect 403 authorization header credential", paste: "other-aws-apigateway-python-repr-bml-connect-403-authorization-header-credential", docs: 0,
		reason: "requests' <Response [403]> is no markup",
	},
	{
		name: "other tap swift dump ios gosell token 403 data missing", paste: "other-tap-swift-dump-ios-gosell-token-403-data-missing", docs: 0,
		reason: "an NSHTTPURLResponse's <NSHTTPURLResponse: 0x…> is no markup",
	},
	{
		name: "stripe log prefixed reaction node refund greater than unrefunded", paste: "stripe-log-prefixed-reaction-node-refund-greater-than-unrefunded", docs: 0,
		reason: "Node's frame IncomingMessage.<anonymous> is no markup",
	},
	{
		name: "other cloudflare html supabase api 522 connection timed out", paste: "other-cloudflare-html-supabase-api-522-connection-timed-out", docs: 1,
		reason: "Cloudflare's 522 page, cut off after its header",
		at:     map[string]any{"0.html.head.title": "hbaqsrvmzjxpyecyyhci.supabase.co | 522: Connection timed out"},
	},
	{
		name: "other cloudflare sdk exception paystack php 400 bad request cloudflare nginx", paste: "other-cloudflare-sdk-exception-paystack-php-400-bad-request-cloudflare-nginx", docs: 1,
		reason: "cloudflare-nginx's 400 page inside the SDK's exception",
		at:     map[string]any{"0.html.head.title": "400 Bad Request"},
	},
	{
		name: "other worldpay html business gateway md5 signature could not be verified", paste: "other-worldpay-html-business-gateway-md5-signature-could-not-be-verified", docs: 1,
		reason: "WorldPay's hosted page's error rows, cut from its table",
		at:     map[string]any{"0.tr.1.td.span.p.ul.li": "The MD5 signature could not be verified."},
	},
	{
		name: "other klarna raw http cassette credit sessions 400 bad value", paste: "other-klarna-raw-http-cassette-credit-sessions-400-bad-value", docs: 0,
		reason: "a '<' in a cassette's filtered value is no markup",
	},
	{
		name: "other klarna raw http cassette payments sessions 401 openresty html", paste: "other-klarna-raw-http-cassette-payments-sessions-401-openresty-html", docs: 1,
		reason: "openresty's page inside a YAML cassette",
		at:     map[string]any{"0.html.head.title": "401 Authorization Required"},
	},
	{
		name: "other paddle raw http cassette payment refund 172 no longer refundable", paste: "other-paddle-raw-http-cassette-payment-refund-172-no-longer-refundable", docs: 0,
		reason: "a '<' in a cassette's filtered value is no markup",
	},
	{
		name: "other paddle raw http cassette payments reschedule 500 cloudflare", paste: "other-paddle-raw-http-cassette-payments-reschedule-500-cloudflare", docs: 0,
		reason: "the cassette stops before its page; a '<' in a header is no markup",
	},
	{
		name: "other braintree raw http cassette client token 401 invalid merchant", paste: "other-braintree-raw-http-cassette-client-token-401-invalid-merchant", docs: 1,
		reason: "the cassette's request body, Braintree's XML, is the one document",
		at:     map[string]any{"0.client-token.version.type": "integer"},
	},
	{
		name: "other braintree raw http cassette transaction sale 422 invalid token binary", paste: "other-braintree-raw-http-cassette-transaction-sale-422-invalid-token-binary", docs: 1,
		reason: "the request's XML is read; the answer is base64 in the cassette",
		at:     map[string]any{"0.transaction.payment-method-token": "sometoken"},
	},
	{
		name: "other financeconnect raw http cassette charge account patch 412 etag mismatch", paste: "other-financeconnect-raw-http-cassette-charge-account-patch-412-etag-mismatch", docs: 1,
		reason: "nginx's page inside a YAML cassette",
		at:     map[string]any{"0.p": "ETag does not match"},
	},
	{
		name: "other financeconnect raw http cassette domains post 409 national identifier in use", paste: "other-financeconnect-raw-http-cassette-domains-post-409-national-identifier-in-use", docs: 1,
		reason: "nginx's page inside a YAML cassette",
		at:     map[string]any{"0.title": "409 Conflict"},
	},
	{
		name: "paypal raw http cassette oauth2 token 401 invalid client", paste: "paypal-raw-http-cassette-oauth2-token-401-invalid-client", docs: 0,
		reason: "a '<' in a cassette's filtered value is no markup",
	},
	{
		name: "other stp soap cassette consulta saldo 500 cuenta no encontrada", paste: "other-stp-soap-cassette-consulta-saldo-500-cuenta-no-encontrada", docs: 1,
		reason: "STP's SOAP fault in a VCR cassette, its faultstring folded over two lines",
		at:     map[string]any{"0.Envelope.Body.Fault.faultcode": "ns0:Server"},
	},
	{
		name: "stone stack trace flutter cannot activate bad token", paste: "stone-stack-trace-flutter-cannot-activate-bad-token", docs: 0,
		reason: "a Dart stack's <asynchronous suspension> is no markup",
	},
	{
		name: "stripe prose status cli listen authorization failed 401 api key expired", paste: "stripe-prose-status-cli-listen-authorization-failed-401-api-key-expired", docs: 0,
		reason: "a key redacted as rk_test_<redacted> is no markup",
	},
	{
		name: "pagbank log prefixed python npi post maintenance html", paste: "pagbank-log-prefixed-python-npi-post-maintenance-html", docs: 1,
		reason: "PagSeguro's maintenance page logged as its answer to a POST",
		at:     map[string]any{"0.html.body.div.1.div.0.h2": "ESTAMOS APERFEIÇOANDO O PAGSEGURO PARA VOCÊ!"},
	},
	{
		name: "other network bare message adyen web paymentinitiation status load failed", paste: "other-network-bare-message-adyen-web-paymentinitiation-status-load-failed", docs: 0,
		reason: "a key redacted as <reducted> is no markup",
	},
	{
		name: "other network stack trace stripe js failed to load stripe js", paste: "other-network-stack-trace-stripe-js-failed-to-load-stripe-js", docs: 0,
		reason: "a stack frame's <anonymous> is no markup",
	},
	{
		name: "other square stack trace web sdk invalidoptionerror ach tokenize", paste: "other-square-stack-trace-web-sdk-invalidoptionerror-ach-tokenize", docs: 0,
		reason: "a stack frame's <anonymous> is no markup",
	},
	{
		name: "stripe stack trace angularjs elements createtoken must provide element", paste: "stripe-stack-trace-angularjs-elements-createtoken-must-provide-element", docs: 0,
		reason: "a stack frame's <anonymous> is no markup",
	},
	{
		name: "stripe stack trace integrationerror elements submit before createpaymentmethod", paste: "stripe-stack-trace-integrationerror-elements-submit-before-createpaymentmethod", docs: 0,
		reason: "a stack frame's <anonymous> is no markup",
	},
	{
		name: "pagbank html sandbox pagina nao encontrada vault note", paste: "pagbank-html-sandbox-pagina-nao-encontrada-vault-note", docs: 1,
		reason: "PagSeguro's sandbox page, its ISO-8859-1 letters already lost to U+FFFD when it was saved",
		at:     map[string]any{"0.html.head.title": "PagSeguro Sandbox - P\uFFFDgina n\uFFFDo encontrada"},
	},
	{
		name: "other appmax stack trace python pix charge 403 forbidden", paste: "other-appmax-stack-trace-python-pix-charge-403-forbidden", docs: 0,
		reason: "Python 3.13's traceback marker ...<3 lines>... is no markup",
	},
	{
		name: "other network dotnet stripe webhook receiver httprequestexception sending", paste: "other-network-dotnet-stripe-webhook-receiver-httprequestexception-sending", docs: 1,
		reason: "ASP.NET Web API's error as XML, its stack trace escaped inside",
		at:     map[string]any{"0.Error.ExceptionType": "System.Net.Http.HttpRequestException", "0.Error.ExceptionMessage": "An error occurred while sending the request."},
	},
	{
		name: "stripe log prefixed go 409 retry invalid character", paste: "stripe-log-prefixed-go-409-retry-invalid-character", docs: 0,
		reason: "Go's quoted '<' and a printed <nil> are no markup",
	},
	{
		name: "stripe sdk exception dotnet orchardcore no api key", paste: "stripe-sdk-exception-dotnet-orchardcore-no-api-key", docs: 0,
		reason: "a placeholder's <API-KEY> in an SDK's hint is no markup",
	},
	{
		name: "other square log prefixed terminal checkout 401 unauthorized cf ray", paste: "other-square-log-prefixed-terminal-checkout-401-unauthorized-cf-ray", docs: 0,
		reason: "a logger's <<<<<<<<<< arrow is no markup",
	},
	{
		name: "googlepay log prefixed flutter pay usercanpay platformexception 10", paste: "googlepay-log-prefixed-flutter-pay-usercanpay-platformexception-10", docs: 0,
		reason: "Dart's <asynchronous suspension> between a stack's frames is no markup",
	},
	{
		name: "payu log prefixed android volley addpayment 502", paste: "payu-log-prefixed-android-volley-addpayment-502", docs: 0,
		reason: "Volley's request=<[ ] https://… NORMAL 1> is no markup",
	},
	{
		name: "stripe json ofn cassette confirm card velocity exceeded", paste: "stripe-json-ofn-cassette-confirm-card-velocity-exceeded", docs: 0,
		reason: "a cassette's filtered <HIDDEN-CLIENT-SECRET> value is no markup",
	},
	{
		name: "stripe json ofn cassette confirm expired card confirm card data", paste: "stripe-json-ofn-cassette-confirm-expired-card-confirm-card-data", docs: 0,
		reason: "a cassette's filtered <HIDDEN-CLIENT-SECRET> value is no markup",
	},
	{
		name: "stripe json pay rails cassette attach generic decline advice code", paste: "stripe-json-pay-rails-cassette-attach-generic-decline-advice-code", docs: 0,
		reason: "VCR's <VENDOR_ID> placeholders inside values are no markup",
	},
	{
		name: "asaas raw http cassette dunnings 404 empty body cloudfront", paste: "asaas-raw-http-cassette-dunnings-404-empty-body-cloudfront", docs: 0,
		reason: "a cassette's <ASAAS_API_KEY> placeholder is no markup",
	},
	{
		name: "asaas raw http cassette subaccounts 404 empty body cloudfront", paste: "asaas-raw-http-cassette-subaccounts-404-empty-body-cloudfront", docs: 0,
		reason: "a cassette's <ASAAS_API_KEY> placeholder is no markup",
	},
	{
		name: "other network sdk exception odoo adyen nameresolutionerror paymentmethods", paste: "other-network-sdk-exception-odoo-adyen-nameresolutionerror-paymentmethods", docs: 0,
		reason: "a Python repr's <urllib3.connection.HTTPSConnection object at …> is no XML",
	},
	{
		name: "other network stack trace odoo adyen gaierror name not known", paste: "other-network-stack-trace-odoo-adyen-gaierror-name-not-known", docs: 0,
		reason: "a Python repr's <urllib3.connection.HTTPSConnection object at …> is no XML",
	},
	{
		name: "stripe sdk exception airbrake carderror declined 402 restclient", paste: "stripe-sdk-exception-airbrake-carderror-declined-402-restclient", docs: 0,
		reason: "a Ruby object's #<…> in an exception line is no XML",
	},
	{
		name: "stripe sdk exception djstripe no api key provided hint", paste: "stripe-sdk-exception-djstripe-no-api-key-provided-hint", docs: 0,
		reason: "a placeholder's <API-KEY> in an SDK's hint is no markup",
	},
	{
		name: "pix dict xml icom arq download cidsetfile notfound", paste: "pix-dict-xml-icom-arq-download-cidsetfile-notfound", docs: 1,
		reason: "an RFC 7807 problem in XML from the Pix network's ICOM",
		at:     map[string]any{"0.problem.type": "https://icom.pi.rsfn.net.br/api/v1/error/notFound"},
	},
	{
		name: "other network stack trace lambda stripe customers list connection error", paste: "other-network-stack-trace-lambda-stripe-customers-list-connection-error", docs: 0,
		reason: "a Node frame's <anonymous> is no XML",
	},
	{
		name: "stripe stack trace firebase functions argument customerid null", paste: "stripe-stack-trace-firebase-functions-argument-customerid-null", docs: 0,
		reason: "a Node frame's <anonymous> is no XML",
	},
	{
		name: "stripe stack trace node customer create card declined", paste: "stripe-stack-trace-node-customer-create-card-declined", docs: 0,
		reason: "a Node frame's <anonymous> is no XML",
	},
	{
		name: "adyen log prefixed android status polling 403 html", paste: "adyen-log-prefixed-android-status-polling-403-html", docs: 1,
		reason: "Tomcat's 403 page inside a Java IOException in logcat",
		at:     map[string]any{"0.html.body.h1": "HTTP Status 403 – Forbidden"},
	},
	{
		name: "other network bare message csob payment init url malformed", paste: "other-network-bare-message-csob-payment-init-url-malformed", docs: 0,
		reason: "a URL's angle brackets in curl's message are no markup",
	},
	{
		name: "other correios soap sigep consultacep autenticacao de null falhou", paste: "other-correios-soap-sigep-consultacep-autenticacao-de-null-falhou", docs: 1,
		reason: "a SOAP fault with its own exception in detail",
		at:     map[string]any{"0.Envelope.Body.Fault.faultstring": "A autenticacao de null falhou!"},
	},
	{
		name: "other correios stack trace php soapfault http not found verificadisponibilidade", paste: "other-correios-stack-trace-php-soapfault-http-not-found-verificadisponibilidade", docs: 0,
		reason: "PHP's stack trace with no markup of an answer",
	},
	{
		name: "other nubank stack trace pynubank nuexception password auth 403", paste: "other-nubank-stack-trace-pynubank-nuexception-password-auth-403", docs: 0,
		reason: "a Python repr's <Response [403]> is no XML",
	},
	{
		name: "other sefaz soap consultaprotocolo4 cstat 302 denegada irregularidade", paste: "other-sefaz-soap-consultaprotocolo4-cstat-302-denegada-irregularidade", docs: 1,
		reason: "a SOAP 1.2 answer with its slashes escaped as JSON writes them",
		at:     map[string]any{"0.Envelope.Body.nfeResultMsg.retConsSitNFe.cStat": "302"},
	},
	{
		name: "other sefaz soap nfeautorizacao4 cstat 215 falha schema", paste: "other-sefaz-soap-nfeautorizacao4-cstat-215-falha-schema", docs: 1,
		reason: "SEFAZ's batch processed, its invoice rejected further down",
		at:     map[string]any{"0.Envelope.Body.nfeResultMsg.retEnviNFe.protNFe.infProt.cStat": "215"},
	},
	{
		name: "other sefaz soap retautorizacao cstat 685 valor aproximado tributos", paste: "other-sefaz-soap-retautorizacao-cstat-685-valor-aproximado-tributos", docs: 1,
		reason: "a SOAP header and body, the rejection in the protocol",
		at:     map[string]any{"0.Envelope.Body.nfeRetAutorizacaoLoteResult.retConsReciNFe.cStat": "104"},
	},
	{
		name: "other sefaz xml nfce cstat 656 consumo indevido aplicativo", paste: "other-sefaz-xml-nfce-cstat-656-consumo-indevido-aplicativo", docs: 1,
		reason: "SEFAZ's answer in one line",
		at:     map[string]any{"0.retEnviNFe.cStat": "656"},
	},
	{
		name: "other sefaz xml retconsrecinfe cstat 215 falha schema", paste: "other-sefaz-xml-retconsrecinfe-cstat-215-falha-schema", docs: 1,
		reason: "SEFAZ's receipt answer, its nRec empty",
		at:     map[string]any{"0.retConsReciNFe.cStat": "215"},
	},
	{
		name: "paypal log prefixed ruby sdk execute empty payment id 500", paste: "paypal-log-prefixed-ruby-sdk-execute-empty-payment-id-500", docs: 0,
		reason: "a Ruby object's #<…> in a log is no XML",
	},
	{
		name: "other mpesa log prefixed okhttp stkpush 400", paste: "other-mpesa-log-prefixed-okhttp-stkpush-400", docs: 0,
		reason: "OkHttp's <-- and --> arrows are no markup",
	},
	{
		name: "paypal dotnet nopcommerce funds could not be captured", paste: "paypal-dotnet-nopcommerce-funds-could-not-be-captured", docs: 0,
		reason: "a .NET frame's <>c__DisplayClass is no XML",
	},
	{
		name: "cielo bare message opencart simplexml utf8 erro 001", paste: "cielo-bare-message-opencart-simplexml-utf8-erro-001", docs: 7,
		reason: "PHP's warnings in HTML, each <b>Warning</b> a document of its own",
	},
	{
		name: "cloudflare json pagbank sandbox customers 403 blocked", paste: "cloudflare-json-pagbank-sandbox-customers-403-blocked", docs: 2,
		reason: "a Markdown report's <details> and <summary>",
	},
	{
		name: "other f5 raw http csob refund 200 request rejected", paste: "other-f5-raw-http-csob-refund-200-request-rejected", docs: 1,
		reason: "F5's rejection page, its support id in the body's text",
		at:     map[string]any{"0.html.head.title": "Request Rejected"},
	},
	{
		name: "other haproxy html barclays transactions 503 no server available", paste: "other-haproxy-html-barclays-transactions-503-no-server-available", docs: 1,
		reason: "HAProxy's 503 page",
		at:     map[string]any{"0.html.body.h1": "503 Service Unavailable"},
	},
	{
		name: "other jboss html barclays account requests 400 syntactically incorrect", paste: "other-jboss-html-barclays-account-requests-400-syntactically-incorrect", docs: 1,
		reason: "JBoss Web's status report",
		at:     map[string]any{"0.html.head.title": "JBWEB000065: HTTP Status 400 -"},
	},
	{
		name: "other jboss html barclays accounts 500 status report", paste: "other-jboss-html-barclays-accounts-500-status-report", docs: 1,
		reason: "JBoss Web's status report",
		at:     map[string]any{"0.html.head.title": "JBWEB000065: HTTP Status 500 -"},
	},
	{
		name: "other jetty html barclays account requests 404 not found", paste: "other-jetty-html-barclays-account-requests-404-not-found", docs: 1,
		reason: "Jetty's error page",
		at:     map[string]any{"0.html.head.title": "Error 404 Not Found"},
	},
	{
		name: "other ogone xml ncresponse 30001001 refused by financial institution", paste: "other-ogone-xml-ncresponse-30001001-refused-by-financial-institution", docs: 1,
		reason: "Ogone's ncresponse, its attributes as members",
		at:     map[string]any{"0.ncresponse.NCERROR": "30001001"},
	},
	{
		name: "other windcave xml pxpay invalid access info", paste: "other-windcave-xml-pxpay-invalid-access-info", docs: 1,
		reason: "PxPay's answer, its attribute as a member",
		at:     map[string]any{"0.Request.ResponseText": "Invalid Access Info"},
	},
	{
		name: "stripe js dump node received unknown parameter name", paste: "stripe-js-dump-node-received-unknown-parameter-name", docs: 0,
		reason: "a Node frame's <anonymous> is no XML",
	},
	{
		name: "stripe sdk exception ruby koudoku no api key provided", paste: "stripe-sdk-exception-ruby-koudoku-no-api-key-provided", docs: 0,
		reason: "a placeholder (<API-KEY>) in a message is no XML",
	},
	{
		name: "other braintree json node customer find unexpected 504", paste: "other-braintree-json-node-customer-find-unexpected-504", docs: 0,
		reason: "<anonymous> frames in a JSON string are no XML",
	},
	{
		name: "other heroku log prefixed okhttp rave charge 503 after 30s", paste: "other-heroku-log-prefixed-okhttp-rave-charge-503-after-30s", docs: 0,
		reason: "an HTML page under OkHttp's logcat prefixes is read once they are peeled, not here",
	},
	{
		name: "other worldpay js dump ios lldb ext 67 threeds verification failed", paste: "other-worldpay-js-dump-ios-lldb-ext-67-threeds-verification-failed", docs: 0,
		reason: "Objective-C's \"<null>\" is no element",
	},
	{
		name: "mercadopago log prefixed console payment methods search 404", paste: "mercadopago-log-prefixed-console-payment-methods-search-404", docs: 0,
		reason: "a console's #<Object> is no XML",
	},
	{
		name: "pagarme stack trace ruby catarse requesterror bank account", paste: "pagarme-stack-trace-ruby-catarse-requesterror-bank-account", docs: 0,
		reason: "Ruby's #<\u2026> inspect is no XML",
	},
	{
		name: "stripe dotnet aspnet error page unknown parameter subscription prorate", paste: "stripe-dotnet-aspnet-error-page-unknown-parameter-subscription-prorate", docs: 0,
		reason: "a .NET generic type (ProcessResponse<T>) is no XML",
	},
	{
		name: "stripe dotnet stripe net unknown parameter default for currency", paste: "stripe-dotnet-stripe-net-unknown-parameter-default-for-currency", docs: 0,
		reason: "a .NET async frame (+<CreateAsync>d__15) is no XML",
	},
	{
		name: "stripe log prefixed stripe go idempotency key in use retry", paste: "stripe-log-prefixed-stripe-go-idempotency-key-in-use-retry", docs: 0,
		reason: "Go's <nil> is no element",
	},
	{
		name: "stone xml sdk android sandbox activation unpr", paste: "stone-xml-sdk-android-sandbox-activation-unpr", docs: 1,
		reason: "the answer's XML document",
		shape:  `{"Rjct":{"RjctRsn":"UNPR","AddtlInf":"A internal server error ocurred getting activation dataset","MsgInErr":""}}`,
	},
	{
		name: "other apache html paypal here sandbox token 500", paste: "other-apache-html-paypal-here-sandbox-token-500", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"html":{"head":{"title":"500 Internal Server Error"},"body":{"h1":"Internal Server Error","p":["The server encountered an internal error or\n    misconfiguration and was unable to complete\n    your request.","Please contact the server administrator,\n     webmaster@paypal.com and inform them of the time the error occurred,\n    and anything you might have done that may have\n    caused the error.","More information about this error may be available\n    in the server error log."]}}}`,
	},
	{
		name: "other iis bare message vivawallet checkout runtime error", paste: "other-iis-bare-message-vivawallet-checkout-runtime-error", docs: 0,
		reason: "ASP.NET's runtime error text names a <customErrors> tag, with no document",
	},
	{
		name: "other klarna log prefixed kp create session 401 html 3175", paste: "other-klarna-log-prefixed-kp-create-session-401-html-3175", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"html":{"head":{"title":"401 Authorization Required"},"body":{"center":{"h1":"401 Authorization Required"}}}}`,
	},
	{
		name: "other nginx log prefixed payu order status complete 502", paste: "other-nginx-log-prefixed-payu-order-status-complete-502", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"html":{"head":{"title":"502 Bad Gateway"},"body":{"bgcolor":"white","center":[{"h1":"502 Bad Gateway"},"nginx"]}}}`,
	},
	{
		name: "other wise raw http quote id should be long 400", paste: "other-wise-raw-http-quote-id-should-be-long-400", docs: 0,
		reason: "curl -v's < response lines are no XML",
	},
	{
		name: "other worldpay php print_r tkn not found 404", paste: "other-worldpay-php-print_r-tkn-not-found-404", docs: 0,
		reason: "placeholders in angle brackets are no elements",
	},
	{
		name: "pagbank java tostring sdk 53037 card token required", paste: "pagbank-java-tostring-sdk-53037-card-token-required", docs: 1,
		reason: "PagSeguro's v2 errors",
		shape:  `{"errors":{"error":{"code":"53037","message":"credit card token is required."}}}`,
	},
	{
		name: "pagbank java tostring sdk directpayment 53035 many required", paste: "pagbank-java-tostring-sdk-directpayment-53035-many-required", docs: 1,
		reason: "PagSeguro's v2 errors",
		shape:  `{"errors":{"error":[{"code":"53035","message":"shipping address country is required."},{"code":"53033","message":"shipping address state is required."},{"code":"53026","message":"shipping address number is required."},{"code":"53031","message":"shipping address city is required."},{"code":"53029","message":"shipping address district is required."},{"code":"53024","message":"shipping address street is required."},{"code":"53022","message":"shipping address postal code is required."},{"code":"53037","message":"credit card token is required."},{"code":"53053","message":"billing address postal code is required."},{"code":"53064","message":"billing address state is required."},{"code":"53060","message":"billing address district is required."},{"code":"53042","message":"credit card holder name is required."},{"code":"53040","message":"installment value is required."},{"code":"53057","message":"billing address number is required."},{"code":"53062","message":"billing address city is required."},{"code":"53066","message":"billing address country is required."},{"code":"53038","message":"installment quantity is required."},{"code":"53055","message":"billing address street is required."},{"code":"53045","message":"credit card holder cpf is required."}]}}`,
	},
	{
		name: "pagbank log prefixed phplib 53012 sender email invalid value", paste: "pagbank-log-prefixed-phplib-53012-sender-email-invalid-value", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":{"code":"53012","message":"sender email invalid value: fulanasouzatestes.gmail.com"}}}`,
	},
	{
		name: "pagbank log prefixed phplib 53018 53017 53046 cpf invalid", paste: "pagbank-log-prefixed-phplib-53018-53017-53046-cpf-invalid", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":[{"code":"53018","message":"sender area code is required."},{"code":"53020","message":"sender phone is required."},{"code":"53017","message":"sender cpf invalid value: 1234567890"},{"code":"53015","message":"sender name invalid value: Fulano"},{"code":"53046","message":"credit card holder cpf invalid value: 1234567890"}]}}`,
	},
	{
		name: "pagbank log prefixed phplib 53020 53018 53149 sender phone ip", paste: "pagbank-log-prefixed-phplib-53020-53018-53149-sender-phone-ip", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":[{"code":"53020","message":"sender phone is required."},{"code":"53018","message":"sender area code is required."},{"code":"53149","message":"sender ip invalid value: ::1"}]}}`,
	},
	{
		name: "pagbank log prefixed phplib 53021 53052 phone mask invalid", paste: "pagbank-log-prefixed-phplib-53021-53052-phone-mask-invalid", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":[{"code":"53021","message":"sender phone invalid value: (11) 95555-5555"},{"code":"53052","message":"credit card holder phone invalid value: (11) 97777-7777"}]}}`,
	},
	{
		name: "pagbank log prefixed phplib 53040 53038 installment required", paste: "pagbank-log-prefixed-phplib-53040-53038-installment-required", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":[{"code":"53040","message":"installment value is required."},{"code":"53038","message":"installment quantity is required."}]}}`,
	},
	{
		name: "pagbank log prefixed phplib 53048 holder birthdate invalid", paste: "pagbank-log-prefixed-phplib-53048-holder-birthdate-invalid", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":{"code":"53048","message":"credit card holder birthdate invalid value: 77/02/1981"}}}`,
	},
	{
		name: "pagbank log prefixed phplib 53140 installment quantity out of range", paste: "pagbank-log-prefixed-phplib-53140-installment-quantity-out-of-range", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":{"code":"53140","message":"installment quantity out of range: 0. The value must be greater than zero."}}}`,
	},
	{
		name: "pagbank log prefixed phplib 53148 no interest installment out of range", paste: "pagbank-log-prefixed-phplib-53148-no-interest-installment-out-of-range", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":{"code":"53148","message":"no interest installment quantity out of range: {0}. The value must be greater than 1."}}}`,
	},
	{
		name: "pagbank log prefixed phplib cancel 56002 invalid status", paste: "pagbank-log-prefixed-phplib-cancel-56002-invalid-status", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":{"code":"56002","message":"invalid transaction status to cancel."}}}`,
	},
	{
		name: "pagbank xml phplib log 53039 installment quantity invalid", paste: "pagbank-xml-phplib-log-53039-installment-quantity-invalid", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		shape:  `{"errors":{"error":{"code":"53039","message":"installment quantity invalid value: 12"}}}`,
	},
	{
		name: "stripe js 402 card declined lf", paste: "stripe-prose-status-stripe-js-402-card-declined-lf", docs: 0,
		reason: "'<' only in the <LF> marks a log wrote for line breaks",
	},
	{
		name: "paypal ruby pry execute 500", paste: "paypal-sdk-exception-ruby-execute-500-empty-payment-id", docs: 0,
		reason: "'<' only in pry's prompt, pry(#<ExecutePaypalPayment>)",
	},
	{
		name: "braintree dotnet down for maintenance", paste: "other-braintree-dotnet-down-for-maintenance", docs: 0,
		reason: "'<' only in .NET's async frames, <GetHttpResponseAsync>d__20",
	},
	{
		name: "vivapayments iis runtime error quoted in markdown", paste: "other-vivapayments-html-iis-runtime-error", docs: 1,
		reason: "ASP.NET's Runtime Error page quoted with Markdown's '> ', its tags and the quote marks mixed",
	},
	{
		name: "pagbank sendername invalid value", paste: "pagbank-xml-sendername-invalid-value", docs: 1,
		reason: "one <message> element of PagSeguro's errors document, pasted alone",
		at:     map[string]any{"0.message": "senderName invalid value: Jos?"},
	},
	{
		name: "bcb spi pacs002 ff08 endtoendid atrasada", paste: "other-bcb-spi-xml-pacs002-ff08-endtoendid-atrasada", docs: 1,
		reason: "an ISO 20022 status reason cut out of the SPI's pacs.002",
		at:     map[string]any{"0.StsRsnInf.Rsn.Cd": "FF08"},
	},
	{
		name: "moip httparty tomcat 401 page in a ruby inspect", paste: "other-moip-ruby-inspect-httparty-tomcat-401-bad-credentials", docs: 1,
		reason: "Tomcat's error page inside HTTParty's inspect, the object's address read as an element",
	},
	{
		name: "braintree php sslcertificate uncaught", paste: "other-network-log-prefixed-braintree-php-sslcertificate-uncaught", docs: 0,
		reason: "'<' only in a frame's argument cut by PHP ('<?xml version=\"...'), no document",
	},
	{
		name: "worldpay magento 401 bibit html", paste: "other-worldpay-log-prefixed-magento-401-bibit-html", docs: 1,
		reason: "Worldpay's (Bibit's) 401 page, its slashes escaped by the log",
		at:     map[string]any{"0.html.head.title": "401: Requires Authentication"},
	},
	{
		name: "pix dict 500 infraction report refund cancelled", paste: "pix-dict-xml-500-infraction-report-refund-cancelled", docs: 1,
		reason: "a DICT problem in XML",
		at:     map[string]any{"0.problem.correlationId": "B2021110510112495016d5b8f4679feb"},
	},
	{
		name: "abrasf nfse message", paste: "other-nfse-xml-sped-nfse-porto-alegre-abrasf-e182-erro-autenticacao", docs: 1,
		reason: "an ABRASF NFS-e answer's MensagemRetorno on one line",
		at:     map[string]any{"0.MensagemRetorno.Codigo": "E182"},
	},
	{
		name: "sefaz protnfe single quotes", paste: "other-sefaz-xml-pynfe-pr-protnfe-975-csrt-obrigatorio", docs: 1,
		reason: "SEFAZ's protNFe, its version in single quotes",
		at:     map[string]any{"0.protNFe.infProt.cStat": "975"},
	},
	{
		name: "sefaz cstat fragment", paste: "other-sefaz-xml-zeus-appteste-cstat-902-valor-liquido-fatura", docs: 1,
		reason: "two elements of SEFAZ's answer, no root around them",
		at:     map[string]any{"0.cStat": "902"},
	},
	{
		name: "pix dict 500 cids events empty signature", paste: "pix-dict-xml-list-cid-events-cpf-500-signature-tag", docs: 1,
		reason: "a DICT problem in XML with an empty ds:Signature",
		at:     map[string]any{"0.problem.correlationId": "F58CC1935F3048DDBA379900F3FFB13A", "0.problem.status": "500"},
	},
	{
		name: "pix dict escaped 500 consulta teste capacidade", paste: "pix-dict-xml-escaped-500-consulta-teste-capacidade", docs: 1,
		reason: "a DICT problem in XML whose quotes a JSON string escaped",
		at:     map[string]any{"0.problem.correlationId": "68AA84E5E65841BEA7FD9BE2ABBC5762"},
	},
	{
		name: "bluebird unhandled rejection", paste: "razorpay-sdk-exception-bluebird-unhandled-rejection-truncated-400", docs: 0,
		reason: "Bluebird's <…> around a cut JSON value, no markup",
	},
	{
		name: "cielo stack trace node banzeh statuscode 400", paste: "cielo-stack-trace-node-banzeh-statuscode-400", docs: 0,
		reason: "'<' only in Node's \"IncomingMessage.<anonymous>\" frame",
	},
	{
		name: "pagbank log prefixed preapproval cancel not found", paste: "pagbank-log-prefixed-preapproval-cancel-not-found", docs: 0,
		reason: "'<' only in the poster's placeholders, email=<meu-email>&token=<meu-token>",
	},
	{
		name: "cloudfront html pagseguro session 504 request could not be satisfied", paste: "cloudfront-html-pagseguro-session-504-request-could-not-be-satisfied", docs: 1,
		reason: "CloudFront's 504 page in upper-case tags, logged by a PagSeguro module",
		at:     map[string]any{"0.HTML.BODY.H1": "504 ERROR"},
	},
	{
		name: "pagbank log prefixed java 53122 sender email sandbox domain", paste: "pagbank-log-prefixed-java-53122-sender-email-sandbox-domain", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		at:     map[string]any{"0.errors.error.code": "53122"},
	},
	{
		name: "pagbank log prefixed java 53142 credit card token invalid", paste: "pagbank-log-prefixed-java-53142-credit-card-token-invalid", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		at:     map[string]any{"0.errors.error.code": "53142"},
	},
	{
		name: "pagbank log prefixed java checkout 11014 senderphone", paste: "pagbank-log-prefixed-java-checkout-11014-senderphone", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		at:     map[string]any{"0.errors.error.code": "11014"},
	},
	{
		name: "pagbank log prefixed java checkout 11143 max installment no interest", paste: "pagbank-log-prefixed-java-checkout-11143-max-installment-no-interest", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		at:     map[string]any{"0.errors.error.code": "11143"},
	},
	{
		name: "pagbank log prefixed php 53044 holder name invalid", paste: "pagbank-log-prefixed-php-53044-holder-name-invalid", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		at:     map[string]any{"0.errors.error.code": "53044"},
	},
	{
		name: "pagbank log prefixed php 53077 item amount required", paste: "pagbank-log-prefixed-php-53077-item-amount-required", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		at:     map[string]any{"0.errors.error.code": "53077"},
	},
	{
		name: "pagbank log prefixed php directpayment 53041 installment", paste: "pagbank-log-prefixed-php-directpayment-53041-installment", docs: 1,
		reason: "PagSeguro's errors document in a log line",
		at:     map[string]any{"0.errors.error.code": "53041"},
	},
	{
		name: "pagbank log prefixed php creditcard multiple errors 53021", paste: "pagbank-log-prefixed-php-creditcard-multiple-errors-53021", docs: 1,
		reason: "PagSeguro's errors document with four errors: a list",
		at:     map[string]any{"0.errors.error.0.code": "53021", "0.errors.error.3.code": "53065"},
	},
	{
		name: "akamai html whatwaf 403", paste: "akamai-html-whatwaf-403-akamaighost-headers", docs: 1,
		reason: "Akamai's Access Denied page after the request's headers in a comment",
		at:     map[string]any{"0.html.head.title": "Access Denied", "0.html.body.h1": "Access Denied"},
	},
	{
		name: "aws okhttp logcat cloudfront waf 403", paste: "aws-log-prefixed-okhttp-logcat-cloudfront-waf-403", docs: 1,
		reason: "CloudFront's error page in upper-case tags, logged by OkHttp",
		at:     map[string]any{"0.HTML.HEAD.TITLE": "ERROR: The request could not be satisfied"},
	},
	{
		name: "aws xml api gateway missing authentication token", paste: "aws-xml-api-gateway-missing-authentication-token", docs: 1,
		reason: "AWS API Gateway's answer in XML: one element named for its exception",
		shape:  `{"MissingAuthenticationTokenException":{"Message":"Missing Authentication Token"}}`,
	},
	{
		name: "cloudflare guzzle 403 just a moment", paste: "cloudflare-sdk-exception-paystack-guzzle-403-just-a-moment", docs: 1,
		reason: "Cloudflare's challenge page, cut by Guzzle's message after its title",
		shape:  `{"html":{"lang":"en-US","head":{"title":"Just a moment..."}}}`,
	},
	{
		name: "cloudflare 400 bad request page", paste: "cloudflare-stack-trace-paystack-php-400-bad-request", docs: 1,
		reason: "nginx's page served by Cloudflare, in a PHP stack trace",
		shape:  `{"html":{"head":{"title":"400 Bad Request"},"body":{"bgcolor":"white","center":[{"h1":"400 Bad Request"},"cloudflare"]}}}`,
	},
	{
		name: "gocardless print_r traceback internal", paste: "gocardless-php-print_r-legacy-api-switched-off", docs: 0,
		reason: "'<' only in a traceback's File \"<internal>\"",
	},
	{
		name: "node fetch anonymous frames", paste: "network-stack-trace-node-fetch-connect-etimedout", docs: 0,
		reason: "'<' only in Node's \"at <anonymous>\" frames",
	},
	{
		name: "tenpay anonymous frames", paste: "wechatpay-stack-trace-tenpay-orderpaid", docs: 0,
		reason: "'<' only in Node's \"at <anonymous>\" frames",
	},
	{
		name: "wise placeholder token", paste: "wise-json-sandbox-invalid-token", docs: 0,
		reason: "'<' only in the poster's placeholder, <your api token>",
	},
	{
		name: "mercadopago log prefixed java httpclient preference 401", paste: "mercadopago-log-prefixed-java-httpclient-preference-401", docs: 0,
		reason: "Apache HttpClient's wire log: '<<' marks the bytes it received, no markup",
	},
	{
		name: "todopago stack trace soap invalid response 503", paste: "todopago-stack-trace-soap-invalid-response-503", docs: 0,
		reason: "a SOAP answer cut off before its end: nothing is read from half a document",
	},
	{
		name: "network stack trace elixir httpoison timeout stripity", paste: "network-stack-trace-elixir-httpoison-timeout-stripity", docs: 0,
		reason: "Elixir's log: '<' only in a process id, #PID<0.217.4>",
	},
	{
		name: "network stack trace python sentry readtimeout odoo stripe proxy", paste: "network-stack-trace-python-sentry-readtimeout-odoo-stripe-proxy", docs: 0,
		reason: "a Python traceback: '<' only in File \"<string>\"",
	},
	{
		name: "stripe sdk exception terminal ios scpprocesspaymenterror 9020", paste: "stripe-sdk-exception-terminal-ios-scpprocesspaymenterror-9020", docs: 0,
		reason: "an iOS error's description, <SCPProcessPaymentError: 0x…; code = 9020; …>: no markup",
	},
	{
		name: "cielo xml 052 token nao encontrado", paste: "cielo-xml-052-token-nao-encontrado", docs: 1,
		reason: "Cielo's erro element; a byte that is not UTF-8 stays as the replacement character",
		shape:  `{"erro":{"id":"7e20fca0-3ac5-4d1d-8689-d52962b2088f","codigo":"052","mensagem":"Token n�o encontrado."}}`,
	},
	{
		name: "other authorizenet html transact 253 held", paste: "other-authorizenet-html-transact-253-held", docs: 1,
		reason: "Authorize.Net's transact.dll page: upper-case tags, the text after the H3 beside it",
		shape:  `{"HTML":{"BODY":{"H3":"The following errors have occurred.","#text":"(253) Your order has been received. Thank you for your business!"}}}`,
	},
	{
		name: "other network ruby inspect errno etimedout authorizenet", paste: "other-network-ruby-inspect-errno-etimedout-authorizenet", docs: 0,
		reason: "Ruby's `#<Errno::ETIMEDOUT:0x…>` is never closed",
	},
	{
		name: "pagbank xml 11024 items invalid quantity", paste: "pagbank-xml-11024-items-invalid-quantity", docs: 1,
		reason: "PagSeguro v2's one error element stays an object",
		shape:  `{"errors":{"error":{"code":"11024","message":"Items invalid quantity."}}}`,
	},
	{
		name: "pagbank xml 17008 preapproval not found", paste: "pagbank-xml-17008-preapproval-not-found", docs: 1,
		reason: "PagSeguro v2's one error element stays an object",
		shape:  `{"errors":{"error":{"code":"17008","message":"pre-approval not found."}}}`,
	},
	{
		name: "pagbank xml 17022 preapproval cancelled", paste: "pagbank-xml-17022-preapproval-cancelled", docs: 1,
		reason: "PagSeguro v2's one error element stays an object",
		shape:  `{"errors":{"error":{"code":"17022","message":"invalid pre-approval status to execute the requested operation. Pre-approval status is CANCELLED_BY_RECEIVER."}}}`,
	},
	{
		name: "stripe java tostring flutter stripeexception declined", paste: "stripe-java-tostring-flutter-stripeexception-declined", docs: 0,
		reason: "Dart's `<asynchronous suspension>` frames are no elements",
	},
	{
		name: "stripe log prefixed card declined 402", paste: "stripe-log-prefixed-card-declined-402", docs: 0,
		reason: "a redacted `<...>` is no element",
	},
	{
		name: "stripe log prefixed flutter no such price", paste: "stripe-log-prefixed-flutter-no-such-price", docs: 0,
		reason: "Dart's `<asynchronous suspension>` frames are no elements",
	},
	{
		name: "adyen java tostring 702 unmapped fields", paste: "adyen-java-tostring-702-unmapped-fields", docs: 0,
		reason: "Java's toString: `class ApiError {` and `<redacted>` are no markup",
	},
	{
		name: "adyen sdk exception python 702", paste: "adyen-sdk-exception-python-702", docs: 0,
		reason: "a placeholder in angle brackets (<unwanted arguments>) is prose",
	},
	{
		name: "other sae fetchurl html 502", paste: "other-sae-fetchurl-html-502", docs: 1,
		reason: "an nginx 502 page behind a PaaS proxy, read whole; its Chinese text stays as written",
		shape:  `{"html":{"head":{"title":"502 Bad Gateway"},"body":{"bgcolor":"white","center":[{"h1":"502 Bad Gateway"},{"a":{"href":"http://www.sinacloud.com/doc/sae/services/fetchurl.html?highlight=fetchurl","#text":"文档"},"#text":"可能被http接口方拒绝，请按照 添加白名单"},"FetchUrl"]}}}`,
	},
	{
		name: "other smartpay soap 163 pspreference required", paste: "other-smartpay-soap-163-pspreference-required", docs: 1,
		reason: "a SOAP 1.1 fault whose faultstring leads with Adyen-style category and code",
		shape:  `{"Envelope":{"Body":{"Fault":{"faultcode":"soap:Server","faultstring":"validation 163 Original pspReference required for this operation"}}}}`,
	},
	{
		name: "other worldpay xml pares parse error", paste: "other-worldpay-xml-pares-parse-error", docs: 1,
		reason: "Worldpay's error element: the code attribute and the text side by side",
		shape:  `{"paymentService":{"version":"1.4","merchantCode":"MERCHANTCODE","reply":{"orderStatus":{"orderCode":"MyUniqueTransactionId!12","error":{"code":"7","#text":"Parse error with PaRes: XML not recognized"}}}}}`,
	},
	{
		name: "pagbank js dump token web invalido", paste: "pagbank-js-dump-token-web-invalido", docs: 0,
		reason: "a Firefox console dump: `<prototype>: Object { … }` is no element",
	},
	{
		name: "pagbank log prefixed holder name required", paste: "pagbank-log-prefixed-holder-name-required", docs: 2,
		reason: "the same body logged twice is read twice",
		shape: `{"errors":{"error":{"code":"53042","message":"credit card holder name is required."}}}
{"errors":{"error":{"code":"53042","message":"credit card holder name is required."}}}`,
	},
	{
		name: "pagbank log prefixed sender hash invalid", paste: "pagbank-log-prefixed-sender-hash-invalid", docs: 1,
		reason: "PagSeguro v2's errors/error after a log prefix",
		shape:  `{"errors":{"error":{"code":"53091","message":"sender hash invalid."}}}`,
	},
	{
		name: "pagbank ruby inspect notification code invalid", paste: "pagbank-ruby-inspect-notification-code-invalid", docs: 0,
		reason: "Ruby's inspect: `#<PagSeguro::…>` is never closed",
	},
	{
		name: "pagbank sdk exception area code placeholder", paste: "pagbank-sdk-exception-area-code-placeholder", docs: 1,
		reason: "two error elements become a list; `{0}` placeholders stay as written",
		shape:  `{"errors":{"error":[{"code":"11013","message":"senderAreaCode invalid value: {0}"},{"code":"11014","message":"senderPhone invalid value: {0}"}]}}`,
	},
	{
		name: "pagbank xml multiple required fields", paste: "pagbank-xml-multiple-required-fields", docs: 1,
		reason: "four error elements become a list, in order",
		shape:  `{"errors":{"error":[{"code":"53018","message":"sender area code is required."},{"code":"53015","message":"sender name invalid value: Guest"},{"code":"53026","message":"shipping address number is required."},{"code":"53034","message":"shipping address state invalid value: Goiás"}]}}`,
	},
	{
		name: "pagbank xml sender name invalid value", paste: "pagbank-xml-sender-name-invalid-value", docs: 1,
		reason: "one error element stays an object",
		shape:  `{"errors":{"error":{"code":"53015","message":"sender name invalid value: Convidado"}}}`,
	},
	{
		name: "paypal log prefixed oauth 403 html", paste: "paypal-log-prefixed-oauth-403-html", docs: 2,
		reason: "a bare <html><body> page, in the log context's message and again in its payload, is read twice",
		shape: `{"html":{"body":"403 Forbidden"}}
{"html":{"body":"403 Forbidden"}}`,
	},
	{
		name: "pix dict xml bad request no message", paste: "pix-dict-xml-bad-request-no-message", docs: 1,
		reason: "a DICT problem document without its root's name: the members alone",
		shape:  `{"type":"https://dict.pi.rsfn.net.br/api/v1/error/BadRequest","title":"Bad  Request","status":"400","detail":"No message available","correlationId":"1E2EC1A138B7409F857A4FC413ADA211"}`,
	},
	{
		name: "pix dict xml forbidden not indirect participant", paste: "pix-dict-xml-forbidden-not-indirect-participant", docs: 1,
		reason: "DICT's problem element with its members",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/Forbidden","title":"Forbidden","status":"403","detail":"Participant is not an indirect participant of the submitter","correlationId":"1e2940807c4b5a4de7de67c2e2f00974"}}`,
	},
	{
		name: "pix dict xml invalid reason", paste: "pix-dict-xml-invalid-reason", docs: 1,
		reason: "DICT's problem element with its members",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/InvalidReason","title":"Bad Request","status":"400","detail":"Invalid reason","correlationId":"B7BEB3347D6D4DD1952DC42A2795256F"}}`,
	},
	{
		name: "pix dict xml version not available", paste: "pix-dict-xml-version-not-available", docs: 1,
		reason: "the members of a problem document, brackets in text kept",
		shape:  `{"type":"https://dict.pi.rsfn.net.br/api/v1/error/BadRequest","title":"Bad Request","status":"400","detail":"Version not available. Available versions: [v1-rc4, v1-rc5]"}`,
	},
	{
		name: "adyen soap refusalReason", paste: "adyen-soap-refusalreason-010-magento", docs: 1,
		reason: "a lone element is a document; its xmlns is a declaration, not data",
		shape:  `{"refusalReason":"010 Not allowed"}`,
	},
	{
		name: "merchantware soap 1.1 fault", paste: "merchantware-soap-fault-strpan-size", docs: 1,
		reason: "prefixes dropped, &gt; decoded, <detail/> is the empty string",
		shape:  `{"Envelope":{"Body":{"Fault":{"faultcode":"soap:Server","faultstring":"Server was unable to process request. ---> strPAN should be at least 13 to at most 19 characters in size.\nParameter name: strPAN","detail":""}}}}`,
	},
	{
		name: "paypal soap fault with header", paste: "paypal-soap-server-internal-error-timeout", docs: 1,
		reason: "xsi:type and xmlns attributes are dropped; id stays a member of Body",
		shape:  `{"Envelope":{"Header":{"Security":"","RequesterCredentials":{"Credentials":{"Username":"","Password":"","Subject":""}}},"Body":{"id":"_0","Fault":{"faultcode":"SOAP-ENV:Server","faultstring":"Internal error","detail":"Timeout processing request"}}}}`,
	},
	{
		name: "authorize.net response", paste: "none-xml-authorizenet-e00027-invalid-card", docs: 1,
		reason: "nested messages, empty elements, and two <userField> become a list",
		at: map[string]any{
			"0.createTransactionResponse.messages.message.code":                            "E00027",
			"0.createTransactionResponse.messages.resultCode":                              "Error",
			"0.createTransactionResponse.transactionResponse.authCode":                     "",
			"0.createTransactionResponse.transactionResponse.errors.error.errorCode":       "6",
			"0.createTransactionResponse.transactionResponse.userFields.userField.1.value": "blue",
		},
	},
	{
		name: "mercadolibre Error with attribute", paste: "none-xml-mercadolibre-payments-internal-error", docs: 1,
		reason: "attributes are members, before the children",
		shape:  `{"Error":{"messageid":"-43649dee:13c72d84559:5f8b","reason":"An internal error has occurred. Please retry your request."}}`,
	},
	{
		name: "worldpay error code attribute and cdata", paste: "none-xml-worldpay-error-5-card-not-recognised", docs: 1,
		reason: "the DOCTYPE is skipped; an element with an attribute and text keeps the text as #text",
		shape:  `{"paymentService":{"version":"1.4","merchantCode":"SPREEDLY","reply":{"error":{"code":"5","#text":"XML failed validation: Invalid payment details : Card number not recognised: 606070******4400"}}}}`,
	},
	{
		name: "worldpay refused issuer response", paste: "none-xml-worldpay-refused-issuer-51", docs: 1,
		reason: "a two-line DOCTYPE is skipped; self-closed elements with attributes are objects",
		at: map[string]any{
			"0.paymentService.reply.orderStatus.orderCode":                       "R50704213207145707",
			"0.paymentService.reply.orderStatus.payment.lastEvent":               "REFUSED",
			"0.paymentService.reply.orderStatus.payment.IssuerResponseCode.code": "51",
			"0.paymentService.reply.orderStatus.payment.amount.value":            "15000",
			"0.paymentService.reply.orderStatus.payment.cardHolderName":          "Test McTest",
		},
	},
	{
		name: "pagseguro body in php print_r", paste: "pagbank-php-print_r-woocommerce-11033", docs: 1,
		reason: "the body follows `[body] => ` on one line; the print_r around it is not XML",
		shape:  `{"errors":{"error":{"code":"11033","message":"Item description is required."}}}`,
	},
	{
		name: "pagseguro two errors after 400-", paste: "pagbank-sdk-exception-laravel-error-on-send-11007", docs: 1,
		reason: "two <error> elements are a list, in order",
		at: map[string]any{
			"0.errors.error.0.code":    "11007",
			"0.errors.error.1.code":    "10044",
			"0.errors.error.1.message": "Invalid value for notification URL : http://127.0.0.1:8000/notificacoes",
		},
	},
	{
		name: "pagseguro body in sdk exception", paste: "pagbank-sdk-exception-php-sdk-53147", docs: 1,
		reason: "the body follows a file path on the same line",
		shape:  `{"errors":{"error":{"code":"53147","message":"no interest installment quantity invalid value: 5.00"}}}`,
	},
	{
		name: "pagseguro body in laravel stack trace", paste: "pagbank-stack-trace-laravel-runtime-11013", docs: 1,
		reason: "the frames after it (`<internal>`) are not bodies; 06 keeps its zero",
		shape:  `{"errors":{"error":{"code":"11013","message":"senderAreaCode invalid value: 06"}}}`,
	},
	{
		name: "pagseguro indented body", paste: "pagbank-xml-prestashop-installment-value", docs: 1,
		reason: "indentation is not text",
		shape:  `{"errors":{"error":{"code":"53041","message":"installment value invalid value: 55.38"}}}`,
	},
	{
		name: "pix dict problem", paste: "pix-dict-xml-entry-limit-exceeded", docs: 1,
		reason: "RFC 7807 as XML; status stays the string the sender wrote",
		at: map[string]any{
			"0.problem.type":          "https://dict.pi.rsfn.net.br/api/v1/error/EntryLimitExceeded",
			"0.problem.status":        "400",
			"0.problem.correlationId": "1B9074F79A9441B0B1C0EFB3DC1E6393",
		},
	},
	{
		name: "pix dict prefixed problem", paste: "pix-dict-xml-forbidden-infraction-report", docs: 1,
		reason: "a:problem and a:type are read by their local names",
		shape:  `{"problem":{"Signature":"","type":"https://dict.pi.rsfn.net.br/api/v1/error/Forbidden","title":"Forbidden","status":"403","detail":"Participant is not allowed to access this resource"}}`,
	},
	{
		name: "pix dict fragment with stray end tag", paste: "pix-dict-xml-fragment-internal-error-create-claim", docs: 1,
		reason: "the paste lost <problem>; its end tag names the root",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/InternalServerError","title":"Internal Server Error","status":"500","detail":"Internal server error. Please contact support for details.","correlationId":"B202104261132190943965fab2d65a52"}}`,
	},
	{
		name: "pix dict fragment without root", paste: "pix-dict-xml-fragment-invalid-reason", docs: 1,
		reason: "sibling elements with no root are one object, a member each",
		shape:  `{"type":"https://dict.pi.rsfn.net.br/api/v1/error/InvalidReason","title":"Bad  Request","status":"400","detail":"Invalid reason","correlationId":"079189C1401F465081836F244E8215D3"}`,
	},
	{
		name: "pix dict problem 500", paste: "pix-dict-xml-internal-server-error-consulta", docs: 1,
		reason: "RFC 7807 as XML",
		at:     map[string]any{"0.problem.type": "https://dict.pi.rsfn.net.br/api/v1/error/InternalServerError", "0.problem.status": "500"},
	},
	{
		name: "apache page escaped in a json string", paste: "apache-html-400-bad-request-escaped", docs: 1,
		reason: "the DOCTYPE is skipped, `\\n` escapes between tags are blank, <br /> is left out",
		at: map[string]any{
			"0.html.head.title": "400 Bad Request",
			"0.html.body.h1":    "Bad Request",
			"0.html.body.p.0":   "Your browser sent a request that this server could not understand.",
		},
	},
	{
		name: "cloudfront page", paste: "cloudfront-html-403-request-blocked", docs: 1,
		reason: "unclosed <META>, <HR>, <BR> do not swallow what follows; body text is #text",
		at: map[string]any{
			"0.HTML.HEAD.TITLE": "ERROR: The request could not be satisfied",
			"0.HTML.BODY.H1":    "403 ERROR",
			"0.HTML.BODY.PRE":   "Generated by cloudfront (CloudFront)\nRequest ID: yaPSSJzUvDS5TF06LGBzHqc43V_VZkPAX8zVdX0KQnW12QD4bAcBbA==",
		},
	},
	{
		name: "nginx page", paste: "nginx-raw-http-502-bad-gateway", docs: 1,
		reason: "the page between markdown fences",
		shape:  `{"html":{"head":{"title":"502 Bad Gateway"},"body":{"bgcolor":"white","center":[{"h1":"502 Bad Gateway"},"nginx/1.4.1"]}}}`,
	},
	{
		name: "akamai page with numeric references", paste: "none-html-akamai-paypal-bad-request-reference", docs: 1,
		reason: "&#32;&#35;&#46; decode to the reference number; <P> closes with </BODY>",
		at:     map[string]any{"0.HTML.BODY.P": "Reference #7.55eb7068.1568863332.44f5696c", "0.HTML.HEAD.TITLE": "Bad Request"},
	},
	{
		name: "apache page", paste: "none-html-pagseguro-apache-400", docs: 1,
		reason: "an HTML error page",
		shape:  `{"html":{"head":{"title":"400 Bad Request"},"body":{"h1":"Bad Request","p":"Your browser sent a request that this server could not understand."}}}`,
	},
	{
		name: "spring whitelabel page", paste: "spring-html-whitelabel-500-no-value-present", docs: 1,
		reason: "three <div> are a list; the one with an id keeps its text as #text",
		at: map[string]any{
			"0.html.body.div.0.id": "created",
			"0.html.body.div.2":    "No value present",
		},
	},
	{
		name: "adyen hpp text with br", paste: "adyen-html-hpp-merchant-signature-not-valid", docs: 0,
		reason: "a lone <br /> in prose carries nothing",
	},
	{
		name: "cielo cdata in prose", paste: "cielo-bare-message-returncode-001-xml-invalido", docs: 0,
		reason: "a CDATA section outside any element is prose",
	},
	{
		name: "cielo xml-fragment in ruby hash", paste: "cielo-ruby-inspect-erro-001-xml-invalido", docs: 0,
		reason: "an empty <xml-fragment/> quoted in a message carries nothing",
	},
	{
		name: "node stack anonymous frames", paste: "mercadopago-stack-trace-nodejs-unknown-error", docs: 0,
		reason: "`Request.<anonymous>` is never closed: a stack frame, not a body",
	},
	{
		name: "ruby inspect of httparty", paste: "moip-ruby-inspect-httparty-401", docs: 0,
		reason: "`#<HTTParty::Response …>` is Ruby's inspect, never closed",
	},
	{
		name: "log line with anonymous frames", paste: "network-log-prefixed-esockettimedout-paypal-donation", docs: 0,
		reason: "a stack on one log line",
	},
	{
		name: "openid arrow", paste: "openid-stack-trace-oprror-invalid-token", docs: 0,
		reason: "`<--` opens no tag",
	},
	{
		name: "log tail with stray end tags", paste: "pagbank-log-prefixed-magento-notification-unauthorized", docs: 0,
		reason: "end tags after prose close nothing",
	},
	{
		name: "magento log arrows", paste: "paypal-php-print_r-magento-log-nvp-10002", docs: 0,
		reason: "`==> file <==` opens no tag",
	},
	{
		name: "ruby inspect of paypal sdk", paste: "paypal-ruby-inspect-merchant-sdk-errortype-10002", docs: 0,
		reason: "`#<PayPal::SDK::…>` is Ruby's inspect, never closed",
	},
	{
		name: "python response repr", paste: "pi-network-python-repr-401-missing-scope", docs: 0,
		reason: "`<Response [401]>` is Python's repr",
	},
	{
		name: "node js dump anonymous", paste: "stripe-js-dump-node-stripeapierror-unknown", docs: 0,
		reason: "`IncomingMessage.<anonymous>` is a stack frame",
	},
	{
		name: "ruby inspect stripe apierror", paste: "stripe-ruby-inspect-apierror-503-outage", docs: 0,
		reason: "`#<Stripe::APIError: …>` is Ruby's inspect",
	},
	{
		name: "ruby inspect cut off", paste: "stripe-ruby-inspect-carderror-status-402-req", docs: 0,
		reason: "`#<Stripe::CardError: …` cut off in its tag",
	},
	{
		name: "airbrake no information", paste: "stripe-stack-trace-airbrake-evercam-carderror", docs: 0,
		reason: "`<no information>` is a placeholder",
	},
	{
		name: "airbrake no information 402", paste: "stripe-stack-trace-airbrake-restclient-402", docs: 0,
		reason: "`<no information>` is a placeholder",
	},
	{
		name: "bradesco pix soap fault", paste: "bradesco-soap-pix-cob-policy-falsified", docs: 1,
		reason: "a gateway's SOAP fault in front of a Pix API: prefixes dropped, detail kept",
		shape:  `{"Envelope":{"Body":{"Fault":{"faultcode":"soapenv:Server","faultstring":"Policy Falsified","faultactor":"https://apipix.net.bradesco.com.br/v2/cob/???????????????????????????","detail":{"policyResult":{"status":"Internal Server Error"}}}}}}`,
	},
	{
		name: "cloudflare 520 page after its headers in a comment", paste: "none-html-cloudflare-520-get-fingerprint", docs: 1,
		reason: "conditional comments and a comment of headers skipped; the title read",
		at:     map[string]any{"0.html.head.title": "mp3fate.ru | 520: Web server is returning an unknown error"},
	},
	{
		name: "cloudflare 524 page", paste: "none-html-cloudflare-524-timeout-occurred", docs: 1,
		reason: "Cloudflare's page: the title names the status",
		at:     map[string]any{"0.html.head.title": "chat.openai.com | 524: A timeout occurred"},
	},
	{
		name: "placeholder in a url", paste: "pagarme-json-card-hash-key-api-key-missing", docs: 0,
		reason: "`<ENC_KEY>` is a placeholder, never closed",
	},
	{
		name: "pagseguro errors", paste: "pagbank-xml-53081-sender-related-to-receiver", docs: 1,
		reason: "PagSeguro's v2 errors: the code keeps its digits as a string",
		shape:  `{"errors":{"error":{"code":"53081","message":"sender is related to receiver."}}}`,
	},
	{
		name: "ruby main frame", paste: "paypal-stack-trace-ruby-servererror-503-debug-id", docs: 0,
		reason: "`<main>` is Ruby's top frame",
	},
	{
		name: "dict problem create claim", paste: "pix-dict-xml-create-claim-500-internal", docs: 1,
		reason: "an RFC 7807 problem in XML",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/InternalServerError","title":"Internal Server Error","status":"500","detail":"Internal server error. Please contact support for details.","correlationId":"629475D485B24658BD62E0151BBBF811"}}`,
	},
	{
		name: "dict problem with signature", paste: "pix-dict-xml-fragment-claim-key-not-found-404", docs: 1,
		reason: "the XML signature's elements stay a member beside the problem's",
		at: map[string]any{
			"0.problem.type":          "https://dict.pi.rsfn.net.br/api/v1/error/ClaimKeyNotFound",
			"0.problem.status":        "404",
			"0.problem.correlationId": "f9d73c535297bc3a1d720d797e6fc10c",
		},
	},
	{
		name: "dict problem after a request", paste: "pix-dict-xml-list-claims-get-500-internal", docs: 1,
		reason: "the request above the answer carries no markup",
		at:     map[string]any{"0.problem.correlationId": "4d130cf65e82ab581fbb9306fb3b6eb3"},
	},
	{
		name: "node anonymous frame in a dump", paste: "stripe-js-dump-node-rate-limit-codecombat", docs: 0,
		reason: "`IncomingMessage.<anonymous>` is a stack frame",
	},
	{
		name: "cloudflare 524 page, another site", paste: "none-html-cloudflare-524-timeout", docs: 1,
		reason: "Cloudflare's page: the title names the status",
		at:     map[string]any{"0.html.head.title": "283892.xyz | 524: A timeout occurred"},
	},
	{
		name: "nginx 502 behind mtls", paste: "none-html-nginx-mtls-502-bad-gateway", docs: 1,
		reason: "nginx's page: two <center> are a list",
		shape:  `{"html":{"head":{"title":"502 Bad Gateway"},"body":{"center":[{"h1":"502 Bad Gateway"},"nginx/1.21.6"]}}}`,
	},
	{
		name: "pagseguro errors from the sdk", paste: "pagbank-xml-sdk-boleto-53091-sender-hash", docs: 1,
		reason: "PagSeguro's v2 errors",
		shape:  `{"errors":{"error":{"code":"53091","message":"sender hash invalid."}}}`,
	},
	{
		name: "dict request then problem", paste: "pix-dict-xml-create-entry-evp-sem-agencia-500", docs: 1,
		reason: "the request sent and the problem received, each a root of the one paste",
		at: map[string]any{
			"0.CreateEntryRequest.Entry.KeyType": "EVP",
			"0.problem.type":                     "https://dict.pi.rsfn.net.br/api/v1/error/InternalServerError",
		},
	},
	{
		name: "airbrake no information payment required", paste: "stripe-stack-trace-airbrake-restclient-payment-required", docs: 0,
		reason: "`<no information>` is a placeholder",
	},
	{
		name: "sentry anonymous", paste: "stripe-stack-trace-sentry-node-ratelimit-lock", docs: 0,
		reason: "`IncomingMessage.<anonymous>` is a stack frame",
	},
	{
		name: "apache 503 page in a json member", paste: "other-apache-json-503-html-body-expense-payout", docs: 1,
		reason: "Apache's 503 page, escaped inside a JSON string",
		at:     map[string]any{"0.html.head.title": "503 Service Temporarily Unavailable"},
	},
	{
		name: "iis 400 page", paste: "other-iis-html-400-request-badly-formed", docs: 1,
		reason: "IIS's page: upper-case tags around lower-case ones",
		shape:  `{"HTML":{"HEAD":{"TITLE":"Bad Request"},"BODY":{"h2":"Bad Request","p":"HTTP Error 400. The request is badly formed."}}}`,
	},
	{
		name: "razorpay unhandled rejection", paste: "other-razorpay-js-dump-unhandled-rejection-400", docs: 0,
		reason: "Bluebird's `(<{…}>, no stack trace)` wraps a cut-off object, no document",
	},
	{
		name: "worldpay refused iso 46", paste: "other-worldpay-xml-refused-46-closed-account", docs: 1,
		reason: "Worldpay's paymentService reply, its DOCTYPE skipped",
		at: map[string]any{
			"0.paymentService.reply.orderStatus.payment.lastEvent":              "REFUSED",
			"0.paymentService.reply.orderStatus.payment.ISO8583ReturnCode.code": "46",
		},
	},
	{
		name: "paypal ruby inspect nvp 10002", paste: "paypal-ruby-inspect-nvp-10002-recurring", docs: 0,
		reason: "Ruby's `#<…>` inspect is no document",
	},
	{
		name: "stripe node error stack", paste: "stripe-json-unknown-error-issuing-approve", docs: 0,
		reason: "`(<anonymous>)` is a stack frame",
	},
	{
		name: "pagseguro 53041 in a magento log", paste: "pagbank-log-prefixed-53041-installment-value", docs: 1,
		reason: "PagSeguro's v2 errors after a log line's prefix",
		shape:  `{"errors":{"error":{"code":"53041","message":"installment value invalid value: 48.63"}}}`,
	},
	{
		name: "dict 415 problem", paste: "pix-dict-xml-415-unsupported-media-type", docs: 1,
		reason: "DICT's problem in XML",
		shape:  `{"type":"https://dict.pi.rsfn.net.br/api/v1/error/BadRequest","title":"Unsupported Media Type","status":"415","detail":"Acceptable Media Types: application/xml"}`,
	},
	{
		name: "mercadopago flutter log 3003", paste: "mercadopago-log-prefixed-flutter-3003-invalid-card-token", docs: 0,
		reason: "a `<` in a log line opens no element",
	},
	{
		name: "node unexpected token html", paste: "other-authorizenet-log-prefixed-node-html-body-unexpected-token", docs: 0,
		reason: "JSON.parse's `Unexpected token <` quotes a page's first byte, no document",
	},
	{
		name: "currencycloud html page cut off in a spring log", paste: "other-currencycloud-log-prefixed-html-instead-of-json-create-payment", docs: 1,
		reason: "the page's head, cut off with `...`, runs to the end of the paste",
		at:     map[string]any{"0.head.head.meta.0.http-equiv": "Content-Type"},
	},
	{
		name: "culqi php fatal error page", paste: "other-culqi-html-php-fatal-card-declined-processing-error", docs: 3,
		reason: "PHP's HTML error: <b> and <br /> fragments, each a root",
		at:     map[string]any{"0.b": "Fatal error"},
	},
	{
		name: "dict signed problem", paste: "pix-dict-xml-problem-invalid-parameters-keytype", docs: 1,
		reason: "the DICT's problem in XML, with its (empty) ds:Signature",
		at: map[string]any{
			"0.problem.correlationId":                 "eb54f147a3b7e5c16959733243602e5a",
			"0.problem.violations.violation.1.reason": "must not be null",
		},
	},
	{
		name: "civicrm stripe br tags", paste: "stripe-log-prefixed-civicrm-no-such-token", docs: 0,
		reason: "`<br />` between a message's lines is no document",
	},
	{
		name: "tomcat 404 page in a json log record", paste: "asaas-json-log-tomcat-404-html-cancel-endpoint", docs: 1,
		reason: "Tomcat's page, escaped in a log record's meta.response",
		at: map[string]any{
			"0.html.head.title": "HTTP Status 404 – Não Encontrado",
		},
	},
	{
		name: "cloudfront 504 in a pagseguro log", paste: "other-aws-html-cloudfront-504-pagseguro-sessions", docs: 1,
		reason: "CloudFront's page, upper-case tags, after a log line's prefix",
		at: map[string]any{
			"0.HTML.BODY.H1": "504 ERROR",
		},
	},
	{
		name: "cloudfront 504 in a java tostring", paste: "other-aws-java-tostring-cloudfront-504-pagseguro-checkout", docs: 1,
		reason: "CloudFront's page inside HttpResponse{responseAsString='…'}",
		at: map[string]any{
			"0.HTML.BODY.H1": "504 ERROR",
		},
	},
	{
		name: "cloudflare page in a markdown report", paste: "other-cloudflare-json-pagbank-sandbox-blocked-403", docs: 2,
		reason: "the report's <details>, then Cloudflare's page escaped in JSON",
		at: map[string]any{
			"1.html.head.title": "Attention Required! | Cloudflare",
		},
	},
	{
		name: "jboss 404 page", paste: "pagbank-html-jboss-404-pagseguro-api-v2-sessions", docs: 1,
		reason: "JBossWeb's error report",
		at: map[string]any{
			"0.html.body.h1": "HTTP Status 404 - /pagseguro-api/v2/sessions",
		},
	},
	{
		name: "pagseguro sandbox page in a log", paste: "pagbank-html-sandbox-nao-foi-possivel-exibir-pagina-transactions-search", docs: 1,
		reason: "PagSeguro's sandbox page after a log line's prefix",
		at: map[string]any{
			"0.html.head.title": "PagSeguro Sandbox - Não foi possível exibir a página",
		},
	},
	{
		name: "pagseguro errors in a java tostring", paste: "pagbank-java-tostring-11150-unauthorized-payment-method-config", docs: 1,
		reason: "PagSeguro's v2 errors inside HttpResponse{responseAsString='…'}",
		at: map[string]any{
			"0.errors.error.code": "11150",
		},
	},
	{
		name: "markdown report with an empty body", paste: "pagbank-json-orders-500-empty-body-card-payment", docs: 1,
		reason: "the report's <details> only",
		at: map[string]any{
			"0.details.summary": "📋 Resposta Completa (JSON)",
		},
	},
	{
		name: "pagseguro errors cut off in a java sdk log", paste: "pagbank-log-prefixed-java-sdk-53029-shipping-address-required", docs: 1,
		reason: "PagSeguro's v2 errors, cut off",
		at: map[string]any{
			"0.errors.error.0.code": "53029",
		},
	},
	{
		name: "pagseguro 13001", paste: "pagbank-xml-13001-invalid-notification-code", docs: 1,
		reason: "PagSeguro's v2 errors",
		at: map[string]any{
			"0.errors.error.code": "13001",
		},
	},
	{
		name: "pagseguro 53152", paste: "pagbank-xml-53152-discount-out-of-range", docs: 1,
		reason: "PagSeguro's v2 errors",
		at: map[string]any{
			"0.errors.error.code": "53152",
		},
	},
	{
		name: "paypal soap 10002", paste: "paypal-soap-10002-no-permission-api-call", docs: 1,
		reason: "PayPal's SOAP response: Body is SOAP's, not a page's",
		at: map[string]any{
			"0.Envelope.Body.DoDirectPaymentResponse.Errors.ErrorCode": "10002",
		},
	},
	{
		name: "paypal soap 10527", paste: "paypal-soap-dodirectpayment-10527-invalid-card", docs: 1,
		reason: "PayPal's SOAP response",
		at: map[string]any{
			"0.Envelope.Body.DoDirectPaymentResponse.CorrelationID": "5dda14853a55d",
		},
	},
	{
		name: "pagseguro errors in a prestashop log", paste: "pagbank-xml-prestashop-boleto-sender-area-code", docs: 1,
		reason: "PagSeguro's v2 errors, five of them",
		at: map[string]any{
			"0.errors.error.1.code": "53118",
		},
	},
	{
		name: "cielo logcat with markup words", paste: "cielo-log-prefixed-android-logcat-119-payment-required", docs: 0,
		reason: "`<<< STRING` in a log line is no element",
	},
	{
		name: "authorize.net error response in an elixir sigil", paste: "other-authorizenet-sdk-exception-elixir-httpoison-card-number-e00003-minlength", docs: 1,
		reason: "Authorize.Net's XML inside HTTPoison's ~s{…}: the sigil's closing brace is no XML",
		at:     map[string]any{"0.ErrorResponse.messages.message.code": "E00003"},
	},
	{
		name: "authorize.net profile response in an elixir sigil", paste: "other-authorizenet-sdk-exception-elixir-httpoison-create-profile-e00041-empty", docs: 1,
		reason: "Authorize.Net's XML inside HTTPoison's ~s{…}",
		at:     map[string]any{"0.createCustomerProfileResponse.messages.message.code": "E00041"},
	},
	{
		name: "authorize.net refund response in an elixir sigil", paste: "other-authorizenet-sdk-exception-elixir-httpoison-refund-exceeds-debit-55", docs: 1,
		reason: "Authorize.Net's XML inside HTTPoison's ~s{…}, its errorCode nested in transactionResponse",
		at: map[string]any{
			"0.createTransactionResponse.messages.message.code":                      "E00027",
			"0.createTransactionResponse.transactionResponse.errors.error.errorCode": "55",
		},
	},
	{
		name: "authorize.net messages fragment", paste: "other-authorizenet-xml-e00003-bankaccount-invalid-child", docs: 1,
		reason: "a <message> fragment of Authorize.Net's XML",
		at: map[string]any{
			"0.code": "E00003",
		},
	},
	{
		name: "pagseguro 53091 in a java sdk log", paste: "pagbank-log-prefixed-java-sdk-53091-sender-hash-invalid", docs: 1,
		reason: "PagSeguro's v2 errors inside responseAsString",
		at: map[string]any{
			"0.errors.error.code": "53091",
		},
	},
	{
		name: "cloudflare 302 page", paste: "other-cloudflare-html-boxbilling-302-invalid-response", docs: 1,
		reason: "a 302 page behind Cloudflare",
		at: map[string]any{
			"0.html.head.title": "302 Found",
		},
	},
	{
		name: "nginx 401 page twice in a klarna log", paste: "other-klarna-log-prefixed-kp-create-session-401-html", docs: 2,
		reason: "the same nginx page logged twice",
		at: map[string]any{
			"1.html.head.title": "401 Authorization Required",
		},
	},
	{
		name: "svea soap fault as text", paste: "other-svea-soap-server-unable-to-read-request", docs: 1,
		reason: "a SOAP envelope whose inner tags the page rendered away",
	},
	{
		name: "pagseguro 13003 from laravel", paste: "pagbank-xml-laravel-getstatus-13003", docs: 1,
		reason: "PagSeguro's v2 errors",
		at: map[string]any{
			"0.errors.error.code": "13003",
		},
	},
	{
		name: "airbrake stack with a card error", paste: "stripe-stack-trace-airbrake-carderror-402", docs: 0,
		reason: "`<` in a Ruby stack is no element",
	},
	{
		name: "pagbank log prefixed 14007 invalid status to refund", paste: "pagbank-log-prefixed-14007-invalid-status-to-refund", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "14007"},
	},
	{
		name: "pagbank log prefixed 53004 items invalid quantity", paste: "pagbank-log-prefixed-53004-items-invalid-quantity", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "53004"},
	},
	{
		name: "pagbank log prefixed 53021 sender phone invalid", paste: "pagbank-log-prefixed-53021-sender-phone-invalid", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "53021"},
	},
	{
		name: "pagbank log prefixed 53044 holder name invalid", paste: "pagbank-log-prefixed-53044-holder-name-invalid", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "53044"},
	},
	{
		name: "pagbank log prefixed 53078 item amount pattern", paste: "pagbank-log-prefixed-53078-item-amount-pattern", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "53078"},
	},
	{
		name: "pagbank log prefixed 53084 invalid receiver", paste: "pagbank-log-prefixed-53084-invalid-receiver", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "53084"},
	},
	{
		name: "pagbank log prefixed java 13001 invalid notification code", paste: "pagbank-log-prefixed-java-13001-invalid-notification-code", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "13001"},
	},
	{
		name: "pagbank log prefixed installment value 53041", paste: "pagbank-log-prefixed-installment-value-53041", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "53041"},
	},
	{
		name: "pagbank log prefixed java card token 53142", paste: "pagbank-log-prefixed-java-card-token-53142", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "53142"},
	},
	{
		name: "pagbank xml card token invalid 17075", paste: "pagbank-xml-card-token-invalid-17075", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "17075"},
	},
	{
		name: "pagbank xml preapproval not found 17008", paste: "pagbank-xml-preapproval-not-found-17008", docs: 1,
		reason: "PagSeguro's v2 errors",
		at:     map[string]any{"0.errors.error.code": "17008"},
	},
	{
		name: "pagbank log prefixed 53011 sender email invalid length", paste: "pagbank-log-prefixed-53011-sender-email-invalid-length", docs: 1,
		reason: "PagSeguro's v2 errors, several",
		at:     map[string]any{"0.errors.error.0.code": "53011"},
	},
	{
		name: "pagbank log prefixed 53034 53065 state invalid", paste: "pagbank-log-prefixed-53034-53065-state-invalid", docs: 1,
		reason: "PagSeguro's v2 errors, several",
		at:     map[string]any{"0.errors.error.0.code": "53034"},
	},
	{
		name: "pagbank log prefixed many required 53118", paste: "pagbank-log-prefixed-many-required-53118", docs: 1,
		reason: "PagSeguro's v2 errors, several",
		at:     map[string]any{"0.errors.error.0.code": "53118"},
	},
	{
		name: "stripe json incorrect cvc customer", paste: "stripe-json-incorrect-cvc-customer", docs: 0,
		reason: "a Stripe body whose strings hold no markup",
	},
	{
		name: "stripe json insufficient funds customer", paste: "stripe-json-insufficient-funds-customer", docs: 0,
		reason: "a Stripe body whose strings hold no markup",
	},
	{
		name: "stripe json lost card decline", paste: "stripe-json-lost-card-decline", docs: 0,
		reason: "a Stripe body whose strings hold no markup",
	},
	{
		name: "stripe json processing error decline", paste: "stripe-json-processing-error-decline", docs: 0,
		reason: "a Stripe body whose strings hold no markup",
	},
	{
		name: "other decidir raw http 402 monto invalido", paste: "other-decidir-raw-http-402-monto-invalido", docs: 0,
		reason: "a `<` in a JSON answer opens no element",
	},
	{
		name: "maxipago transaction response", paste: "other-maxipago-xml-1024-expired-card", docs: 1,
		reason: "maxiPago's transaction-response",
		at:     map[string]any{"0.transaction-response.responseCode": "1024"},
	},
	{
		name: "adyen ruby inspect pry permissionerror invalid checkout api key", paste: "adyen-ruby-inspect-pry-permissionerror-invalid-checkout-api-key", docs: 0,
		reason: "Ruby's #<\u2026> inspect is no XML",
	},
	{
		name: "authorizenet xml logged avs mismatch 27", paste: "authorizenet-xml-logged-avs-mismatch-27", docs: 1,
		reason: "the answer's XML document",
		shape:  `{"createTransactionResponse":{"refId":"NantucketSel-170","messages":{"resultCode":"Ok","message":{"code":"I00001","text":"Successful."}},"transactionResponse":{"responseCode":"2","authCode":"XXXXXX","avsResultCode":"S","cvvResultCode":"","cavvResultCode":"","transId":"XXXXXXXXXX","refTransID":"XXXXXXXXXX","transHash":"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","testRequest":"0","accountNumber":"XXXX7095","accountType":"Visa","errors":{"error":{"errorCode":"27"}}}}}`,
	},
	{
		name: "aws apigateway raw http 503 service unavailable", paste: "aws-apigateway-raw-http-503-service-unavailable", docs: 0,
		reason: "a '<' outside any document",
	},
	{
		name: "cloudflare html 400 bad request paystack", paste: "cloudflare-html-400-bad-request-paystack", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"html":{"head":{"title":"400 Bad Request"},"body":{"center":[{"h1":"400 Bad Request"},"cloudflare"]}}}`,
	},
	{
		name: "cloudfront html 403 request blocked curl", paste: "cloudfront-html-403-request-blocked-curl", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"HTML":{"HEAD":{"TITLE":"ERROR: The request could not be satisfied"},"BODY":{"H1":"403 ERROR","H2":"The request could not be satisfied.","PRE":"Generated by cloudfront (CloudFront)\nRequest ID: LKv1nZoEB-d7dwJ0ZN5aSTtjUX5pf0LX75YLkfh6GywLwbM4SUIXUg==","ADDRESS":"","#text":"Request blocked.\nWe can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner. If you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation."}}}`,
	},
	{
		name: "mercadolibre python httperror 400 oauth token", paste: "mercadolibre-python-httperror-400-oauth-token", docs: 0,
		reason: "Python's <Response [400]> is no XML",
	},
	{
		name: "network sdk exception requests badstatusline balanced", paste: "network-sdk-exception-requests-badstatusline-balanced", docs: 0,
		reason: "Python's <class '\u2026'> is no XML",
	},
	{
		name: "network stack trace python dns paypal ipn", paste: "network-stack-trace-python-dns-paypal-ipn", docs: 0,
		reason: "Python's <\u2026> reprs are no XML",
	},
	{
		name: "nginx raw http 504 gateway timeout axios", paste: "nginx-raw-http-504-gateway-timeout-axios", docs: 1,
		reason: "the proxy's HTML page after the headers",
		shape:  `{"html":{"head":{"title":"504 Gateway Time-out"},"body":{"center":[{"h1":"504 Gateway Time-out"},"nginx/1.18.0 (Ubuntu)"]}}}`,
	},
	{
		name: "pagbank html jboss 500 session safepayparameterfacade", paste: "pagbank-html-jboss-500-session-safepayparameterfacade", docs: 1,
		reason: "an error page's markup, its elements as members",
	},
	{
		name: "pagbank html sandbox nao foi possivel exibir a pagina", paste: "pagbank-html-sandbox-nao-foi-possivel-exibir-a-pagina", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"html":{"lang":"pt-br","head":{"title":"PagSeguro Sandbox - Não foi possível exibir a página"},"body":{"div":{"id":"message","h1":{"a":{"href":"/","title":"PagSeguro Sandbox"}},"div":{"id":"content","div":{"class":"uolMsg uolMsg-large uolMsg-alert","dl":{"dt":"Ops! Houve um problema e não foi possível exibir a página","dd":"Nossa equipe acabou de receber um alerta avisando sobre o ocorrido. Por favor, tente novamente mais tarde."}}},"small":{"a":{"href":"https://pagseguro.uol.com.br/atendimento","title":"PagSeguro - Atendimento","#text":"http://www.pagseguro.com.br/atendimento"},"#text":"Dúvidas? Acesse:"}}}}}`,
	},
	{
		name: "pagbank log prefixed java sdk 11150 paymentmethodconfig", paste: "pagbank-log-prefixed-java-sdk-11150-paymentmethodconfig", docs: 1,
		reason: "the XML answer after a log line's prefix",
		shape:  `{"errors":{"error":{"code":"11150","message":"Unauthorized PaymentMethodConfig: MAX_INSTALLMENTS_LIMIT"}}}`,
	},
	{
		name: "pagbank log prefixed multi errors 53018 53065", paste: "pagbank-log-prefixed-multi-errors-53018-53065", docs: 1,
		reason: "the XML answer after a log line's prefix",
		shape:  `{"errors":{"error":[{"code":"53018","message":"sender area code is required."},{"code":"53020","message":"sender phone is required."},{"code":"53034","message":"shipping address state invalid value: Bahia"},{"code":"53065","message":"billing address state invalid value: Bahia"}]}}`,
	},
	{
		name: "pagbank log prefixed php sdk 53004 items invalid quantity", paste: "pagbank-log-prefixed-php-sdk-53004-items-invalid-quantity", docs: 1,
		reason: "the XML answer after a log line's prefix",
		shape:  `{"errors":{"error":{"code":"53004","message":"items invalid quantity."}}}`,
	},
	{
		name: "pagbank log prefixed xml 53017 sender cpf invalid", paste: "pagbank-log-prefixed-xml-53017-sender-cpf-invalid", docs: 1,
		reason: "the XML answer after a log line's prefix",
		shape:  `{"errors":{"error":{"code":"53017","message":"sender cpf invalid value: 90020110"}}}`,
	},
	{
		name: "pagbank log prefixed xml 53084 invalid receiver", paste: "pagbank-log-prefixed-xml-53084-invalid-receiver", docs: 1,
		reason: "the XML answer after a log line's prefix",
		shape:  `{"errors":{"error":{"code":"53084","message":"invalid receiver: joaoexemplo@gmail.com, verify receiver's account status and if it is a seller's account."}}}`,
	},
	{
		name: "paypal js dump payouts node httperror 404", paste: "paypal-js-dump-payouts-node-httperror-404", docs: 0,
		reason: "Node's <ref *1> and [Object] are no XML",
	},
	{
		name: "pix dict xml 403 forbidden not indirect participant", paste: "pix-dict-xml-403-forbidden-not-indirect-participant", docs: 1,
		reason: "the answer's XML document",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/Forbidden","title":"Forbidden","status":"403","detail":"Participant  is not an indirect participant of the submitter","correlationId":"508FE58C91264D2F8616D3170E95A003"}}`,
	},
	{
		name: "pix dict xml 403 infraction report not allowed", paste: "pix-dict-xml-403-infraction-report-not-allowed", docs: 1,
		reason: "the answer's XML document",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/Forbidden","title":"Forbidden","status":"403","detail":"Participant is not allowed to access this resource","correlationId":"942502906ec43ca5dd74fedb2fcdf4eb"}}`,
	},
	{
		name: "pix dict xml 500 internal server error cid entry", paste: "pix-dict-xml-500-internal-server-error-cid-entry", docs: 1,
		reason: "the answer's XML document",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/InternalServerError","title":"Internal Server Error","status":"500","detail":"Internal server error. Please contact support for details.","correlationId":"06B4D8153A574370815EE959418D870E"}}`,
	},
	{
		name: "stone xml sdk android activation unpr internal error", paste: "stone-xml-sdk-android-activation-unpr-internal-error", docs: 1,
		reason: "the answer's XML document",
		shape:  `{"Document":{"TermnlMgmtRjctn":{"Hdr":{"DwnldTrf":"false","FrmtVrsn":"2.0","CreDtTm":"2017-08-22T19:59:20"},"Rjct":{"RjctRsn":"UNPR","AddtlInf":"A internal server error ocurred getting activation dataset","MsgInErr":""}}}}`,
	},
	{
		name: "stripe html token used more than once", paste: "stripe-html-token-used-more-than-once", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"table":{"tr":[{"th":"Exception","td":"(Status 400) You cannot use a Stripe token more than once: tok_17hjpJGQZpjqHgA4Ib2FrCwN."},{"th":"Last Occurrence","td":"February 23, 2016 12:20:35 -0500"},{"th":"Count","td":"1"}]}}`,
	},
	{
		name: "stripe log prefixed debug invalid api key", paste: "stripe-log-prefixed-debug-invalid-api-key", docs: 0,
		reason: "a '<' in a log line is no XML",
	},
	{
		name: "adyen ruby inspect faraday authenticationerror 401 marketpay", paste: "adyen-ruby-inspect-faraday-authenticationerror-401-marketpay", docs: 0,
		reason: "Ruby's #<\u2026> inspect is no XML",
	},
	{
		name: "adyen soap smartpay authorise refused cvc declined", paste: "adyen-soap-smartpay-authorise-refused-cvc-declined", docs: 1,
		reason: "a SOAP answer: Envelope and Body",
		shape:  `{"Envelope":{"Body":{"authoriseResponse":{"paymentResult":{"additionalData":null,"authCode":null,"dccAmount":null,"dccSignature":null,"fraudResult":null,"issuerUrl":null,"md":null,"paRequest":null,"pspReference":"8814436101583280","refusalReason":"CVC Declined","resultCode":"Refused"}}}}}`,
	},
	{
		name: "azure appgw html 502 bad gateway curl", paste: "azure-appgw-html-502-bad-gateway-curl", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"html":{"head":{"title":"502 Bad Gateway"},"body":{"center":[{"h1":"502 Bad Gateway"},"Microsoft-Azure-Application-Gateway/v2"]}}}`,
	},
	{
		name: "caixa xml sibar x5 usuario nao autorizado", paste: "caixa-xml-sibar-x5-usuario-nao-autorizado", docs: 1,
		reason: "the answer's XML document",
	},
	{
		name: "cloudflare html 522 connection timed out openai apierror", paste: "cloudflare-html-522-connection-timed-out-openai-apierror", docs: 1,
		reason: "an error page's markup, its elements as members",
	},
	{
		name: "iis bare message aspnet runtime error viva web", paste: "iis-bare-message-aspnet-runtime-error-viva-web", docs: 0,
		reason: "an ASP.NET page's text without its markup",
	},
	{
		name: "network stack trace stripe java unknownhost checkout session", paste: "network-stack-trace-stripe-java-unknownhost-checkout-session", docs: 0,
		reason: "a '<' in a stack trace (<anonymous>, <generated>) is no XML",
	},
	{
		name: "pagarme stack trace jest pagarme js must supply valid api key", paste: "pagarme-stack-trace-jest-pagarme-js-must-supply-valid-api-key", docs: 0,
		reason: "a '<' in a stack trace (<anonymous>, <generated>) is no XML",
	},
	{
		name: "pagbank xml magento2 exception 11014 sender phone", paste: "pagbank-xml-magento2-exception-11014-sender-phone", docs: 1,
		reason: "the answer's XML document",
		shape:  `{"errors":{"error":{"code":"11014","message":"senderPhone invalid value: 2134567890"}}}`,
	},
	{
		name: "pagbank xml opencart 53019 53021 area code phone", paste: "pagbank-xml-opencart-53019-53021-area-code-phone", docs: 1,
		reason: "the answer's XML document",
		shape:  `{"error":[{"code":"53019","message":"sender area code invalid value: 2"},{"code":"53021","message":"sender phone invalid value: 199347XX64"}]}`,
	},
	{
		name: "paypal sdk exception airbrake ruby unauthorizedaccess debug id", paste: "paypal-sdk-exception-airbrake-ruby-unauthorizedaccess-debug-id", docs: 0,
		reason: "Ruby's #<\u2026> inspect is no XML",
	},
	{
		name: "paypal stack trace checkoutjs v4 oauth 401 invalid client", paste: "paypal-stack-trace-checkoutjs-v4-oauth-401-invalid-client", docs: 0,
		reason: "a '<' in a stack trace (<anonymous>, <generated>) is no XML",
	},
	{
		name: "stripe html errbit table status 400 amount 50 cents", paste: "stripe-html-errbit-table-status-400-amount-50-cents", docs: 1,
		reason: "an error page's markup, its elements as members",
		shape:  `{"table":{"tr":[{"th":"Exception","td":"(Status 400) Amount must be at least 50 cents"},{"th":"Last Occurrence","td":"August 13, 2015 23:08:15 -0400"},{"th":"Count","td":"3"}]}}`,
	},
	{
		name: "stripe stack trace node expiration year invalid", paste: "stripe-stack-trace-node-expiration-year-invalid", docs: 0,
		reason: "a '<' in a stack trace (<anonymous>, <generated>) is no XML",
	},
	{
		name: "2checkout html sandbox sale 404 not found", paste: "2checkout-html-sandbox-sale-404-not-found", docs: 1,
		reason: "the server's HTML page, its headline a member",
		shape:  `{"html":{"body":{"h1":"404 Not Found"}}}`,
	},
	{
		name: "braintree log prefixed ruby httplog subscription update 404", paste: "braintree-log-prefixed-ruby-httplog-subscription-update-404", docs: 1,
		reason: "the request's XML body that httplog printed, read as a document",
		shape:  `{"subscription":{"payment-method-token":"fake-valid-nonce"}}`,
	},
	{
		name: "braintree stack trace php refund notfound 404 html", paste: "braintree-stack-trace-php-refund-notfound-404-html", docs: 3,
		reason: "PHP's error text in HTML (<br />, <b>): fragments, no answer",
	},
	{
		name: "braintree stack trace python subscription find 405", paste: "braintree-stack-trace-python-subscription-find-405", docs: 0,
		reason: "Python's <…> reprs are no XML",
	},
	{
		name: "moip log prefixed magento2 monolog 403 forbidden html", paste: "moip-log-prefixed-magento2-monolog-403-forbidden-html", docs: 1,
		reason: "nginx's page in a Monolog line",
		shape:  `{"html":{"head":{"title":"403 Forbidden"},"body":{"center":{"h1":"403 Forbidden"}}}}`,
	},
	{
		name: "paypal stack trace django debug local vars 400", paste: "paypal-stack-trace-django-debug-local-vars-400", docs: 0,
		reason: "Django's <Response [400]> and <… object at 0x…> are no XML",
	},
	{
		name: "paypal stack trace node invalid resource id", paste: "paypal-stack-trace-node-invalid-resource-id", docs: 0,
		reason: "a '<' in a stack trace is no XML",
	},
	{
		name: "stripe stack trace node authentication error", paste: "stripe-stack-trace-node-authentication-error", docs: 0,
		reason: "a '<' in a stack trace (<anonymous>) is no XML",
	},
	{
		name: "adyen html ios clientkeys 403 forbidden", paste: "adyen-html-ios-clientkeys-403-forbidden", docs: 1,
		reason: "Tomcat's status page, its footer naming the server",
		at:     map[string]any{"0.html.head.title": "HTTP Status 403 – Forbidden", "0.html.body.h3": "AdyenSE"},
	},
	{
		name: "paypal log prefixed ios console payment creation error", paste: "paypal-log-prefixed-ios-console-payment-creation-error", docs: 0,
		reason: "an Objective-C object's <…: 0x…> in a console line is no XML",
	},
	{
		name: "stripe sdk exception flutter web payment method configuration", paste: "stripe-sdk-exception-flutter-web-payment-method-configuration", docs: 0,
		reason: "a '<' in a Dart exception is no XML",
	},
	{
		name: "pix-dict raw http 400 bad request missing header", paste: "pix-dict-raw-http-400-bad-request-missing-header", docs: 1,
		reason: "DICT's problem+xml after the status line, its signature element empty",
		shape:  `{"problem":{"Signature":"","type":"https://dict.pi.rsfn.net.br/api/v1/error/BadRequest","title":"Bad Request","status":"400","detail":"Missing request header 'PI-RequestingParticipant'"}}`,
	},
	{
		name: "pix-dict xml 400 entry invalid payerid violation", paste: "pix-dict-xml-400-entry-invalid-payerid-violation", docs: 1,
		reason: "DICT's problem with its violations",
		shape:  `{"type":"https://dict.pi.rsfn.net.br/api/v1/error/EntryInvalid","title":"Bad Request","status":"400","detail":"Invalid parameters","correlationId":"F26CDC18036543248DF7382A0F7CD2E1","violations":{"violation":{"reason":"must match \"[0-9a-f]{64}\"","value":"1BDA016399003E7BF6219427F46B9A15FDD303BAA8FBEC1D116E20E6E610B257","property":"payerId"}}}`,
	},
	{
		name: "pix-dict xml 400 invalid reason confirm claim", paste: "pix-dict-xml-400-invalid-reason-confirm-claim", docs: 1,
		reason: "DICT's problem element",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/InvalidReason","title":"Bad Request","status":"400","detail":"Invalid reason","correlationId":"C3EFA3CAC51846AFA690BA07717649B6"}}`,
	},
	{
		name: "pix-dict xml 400 missing header certsubjectdn", paste: "pix-dict-xml-400-missing-header-certsubjectdn", docs: 1,
		reason: "a problem's members pasted without their root",
		shape:  `{"title":"Bad Request","status":"400","detail":"Missing request header PI-CertSubjectDN for method parameter of type AuthenticatedParticipant"}`,
	},
	{
		name: "pix-dict xml 403 forbidden direct participant channel", paste: "pix-dict-xml-403-forbidden-direct-participant-channel", docs: 1,
		reason: "DICT's problem element",
		shape:  `{"problem":{"type":"https://dict.pi.rsfn.net.br/api/v1/error/Forbidden","title":"Forbidden","status":"403","detail":"Participant  is not an indirect participant of the submitter","correlationId":"AA9F1E9AA7DE4F378637F3C5883340DC"}}`,
	},
	{
		name: "cloudflare html 520 bitpay bws utxos", paste: "cloudflare-html-520-bitpay-bws-utxos", docs: 1,
		reason: "Cloudflare's error page, cut after its wrappers",
		at:     map[string]any{"0.html.head.title": "bws.bitpay.com | 520: Web server is returning an unknown error"},
	},
	{
		name: "worldpay raw http error parsing json", paste: "worldpay-raw-http-error-parsing-json", docs: 0,
		reason: "a '<' outside markup",
	},
	{
		name: "worldpay xml could not find payment for order", paste: "worldpay-xml-could-not-find-payment-for-order", docs: 1,
		reason: "Worldpay's paymentService reply, its error's code an attribute beside its text",
		shape:  `{"paymentService":{"version":"1.4","merchantCode":"mymerchantcode","reply":{"orderStatus":{"orderCode":"000001234564-89746545","error":{"code":"5","#text":"Could not find payment for order"}}}}}`,
	},
	{
		name: "braintree ruby logger payment methods 422 xml", paste: "braintree-log-prefixed-ruby-logger-payment-methods-422-xml", docs: 1,
		reason: "Braintree's api-error-response logged a line at a time, each line behind the logger's [Braintree] tag",
		at:     map[string]any{"0.api-error-response.errors.errors.type": "array"},
	},
	{
		name: "iugu node customer create html instead of json", paste: "iugu-js-dump-node-customer-create-invalid-json-html", docs: 1,
		reason: "iugu's HTML error page quoted in a Node error, a terminal's line wraps cutting tags in two",
		at:     map[string]any{"0.html.head.title": "algo\nestá errado..."},
	},
	{
		name: "aprovafacil html invalid license", paste: "other-aprovafacil-html-invalid-license-cobre-bem", docs: 1,
		reason: "Aprova Fácil's HTML page for a broken licence file",
		at:     map[string]any{"0.html.title": "Cobre Bem Tecnologia - Aprova F&aacute;cil"},
	},
	{
		name: "aprovafacil resultadoapc nao autorizado", paste: "other-aprovafacil-xml-resultadoapc-nao-autorizado-30", docs: 1,
		reason: "Aprova Fácil's ResultadoAPC, its refusal in words",
		at:     map[string]any{"0.ResultadoAPC.TransacaoAprovada": "False"},
	},
	{
		name: "authorize.net cassette void e00027", paste: "other-authorizenet-xml-cassette-void-e00027-errorcode-16-not-found", docs: 1,
		reason: "Authorize.Net's createTransactionResponse as a cassette recorded it",
		at:     map[string]any{"0.createTransactionResponse.messages.message.code": "E00027"},
	},
	{
		name: "ideal acquirer error ap9901", paste: "other-ideal-xml-acquirer-error-ap9901-merchantid-not-found", docs: 1,
		reason: "iDEAL's AcquirerErrorRes",
		at:     map[string]any{"0.AcquirerErrorRes.Error.errorCode": "AP9901"},
	},
	{
		name: "maxipago api error processor not found", paste: "other-maxipago-xml-api-error-processor-not-found", docs: 1,
		reason: "maxiPago!'s api-error",
		shape:  `{"api-error":{"errorCode":"1","errorMsg":"processor not found"}}`,
	},
	{
		name: "paypal ipn postback fatal failure", paste: "paypal-bare-message-django-paypal-ipn-invalid-postback-fatal-failure", docs: 1,
		reason: "the IPN postback's answer, a page that says only Fatal Failure",
		shape:  `{"html":{"body":"Fatal Failure"}}`,
	},
	{
		name: "paypal ipn postback apache 400", paste: "paypal-html-django-paypal-ipn-invalid-postback-400-bad-request", docs: 1,
		reason: "Apache's 400 page inside django-paypal's Invalid postback. (…)",
		at:     map[string]any{"0.html.head.title": "400 Bad Request"},
	},
	{
		name: "stripe rails docker compose no api key", paste: "stripe-log-prefixed-docker-compose-rails-no-api-key-provided", docs: 0,
		reason: "'<' only in the message's own <API-KEY> placeholder",
	},
	{
		name: "stripe wasp no such price", paste: "stripe-log-prefixed-wasp-server-no-such-price-prod", docs: 0,
		reason: "'<' only in the id the person cut, 'prod_Qa<the rest>'",
	},
	{
		name: "bcb qr tester status erro interno", paste: "other-bcb-qrtester-bare-code-status-erro-interno-acesso-negado", docs: 0,
		reason: "'<' only in the tester's <Falha na verificação> placeholder",
	},
	{
		name: "bcb spi arq cidsetfile not found", paste: "other-bcb-spi-xml-arq-cidsetfile-not-found", docs: 1,
		reason: "the ICOM's problem element",
		at:     map[string]any{"0.problem.type": "https://icom.pi.rsfn.net.br/api/v1/error/notFound"},
	},
	{
		name: "bcb spi icom 400 invalid header", paste: "other-bcb-spi-xml-icom-400-invalid-header", docs: 1,
		reason: "the ICOM's problem element",
		at:     map[string]any{"0.problem.title": "Um dos cabeçalhos enviados não era esperado"},
	},
	{
		name: "transbank soap invalid return url", paste: "other-transbank-soap-fixture-init-invalid-return-url-304", docs: 1,
		reason: "Webpay's SOAP fault, its code in an escaped comment",
		at:     map[string]any{"0.Envelope.Body.Fault.faultstring": "<!-- Invalid return url(304) -->"},
	},
	{
		name: "transbank soap transaction not found", paste: "other-transbank-soap-fixture-nullify-transaction-not-found-274", docs: 1,
		reason: "Webpay's SOAP fault, its code in an escaped comment",
		at:     map[string]any{"0.Envelope.Body.Fault.faultstring": "<!-- Transaction not found(274) -->"},
	},
	{
		name: "caixa soap boleto schema validation with the author's cuts", paste: "caixa-soap-php-webservice-inclui-boleto-schema-validation-isento", docs: 0,
		reason: "a SOAP answer whose author cut it with [...] and an arrow: no document is whole, and the words are read as text",
	},
	{
		name: "inter node cobranca v2 404", paste: "inter-stack-trace-node-cobranca-v2-404-page-not-found", docs: 0,
		reason: "'<' only in Node's async <anonymous> frames",
	},
	{
		name: "inter node cobranca v3 400 same data", paste: "inter-stack-trace-node-cobranca-v3-400-cobranca-emitida-mesmos-dados", docs: 0,
		reason: "'<' only in Node's async <anonymous> frames",
	},
	{
		name: "inter node oauth 429", paste: "inter-stack-trace-node-oauth-token-429-empty-body", docs: 0,
		reason: "'<' only in Node's async <anonymous> frames",
	},
	{
		name: "icom cids not found", paste: "other-bcb-spi-xml-arq-download-cids-icom-notfound", docs: 1,
		reason: "the SPI's ICOM problem, pretty-printed",
		at:     map[string]any{"0.problem.type": "https://icom.pi.rsfn.net.br/api/v1/error/notFound"},
	},
	{
		name: "icom cids forbidden", paste: "other-bcb-spi-xml-arq-download-cids-indireto-icom-forbidden", docs: 1,
		reason: "the SPI's ICOM problem after a Markdown status line",
		at:     map[string]any{"0.problem.title": "Acesso não permitido"},
	},
	{
		name: "dict cids 403 participant inactive", paste: "pix-dict-xml-consulta-arquivo-cids-403-participant-inactive", docs: 1,
		reason: "a DICT problem whose root the paste leaves out",
		at:     map[string]any{"0.status": "403", "0.correlationId": "44831B7BF0BD45FB8577C425E8FEE9D7"},
	},
	{
		name: "dict cid events 500", paste: "pix-dict-xml-list-cid-events-500-internal-server-error", docs: 1,
		reason: "a DICT problem with its type",
		at:     map[string]any{"0.problem.status": "500"},
	},
	{
		name: "dict sync verification violations", paste: "pix-dict-xml-sync-verification-400-must-not-be-null", docs: 1,
		reason: "a DICT problem with violations and no type",
		at:     map[string]any{"0.problem.violations.violation.reason": "must not be null"},
	},
	{
		name: "omniauth ruby error inspect", paste: "stripe-log-prefixed-heroku-connect-invalid-client", docs: 0,
		reason: "'<' only in OAuth2::Error's inspect, <invalid_client: …>",
	},
	{
		name: "tengine 400 page on mercado pago's host", paste: "mercadopago-html-tengine-400-bad-request-refund-path", docs: 1,
		reason: "Tengine's error page with its table of URL, server and date",
		at:     map[string]any{"0.html.head.title": "400 Bad Request"},
	},
	{
		name: "pagseguro three errors in a magento log", paste: "pagbank-log-prefixed-magento-xml-53118-sender-cpf-required", docs: 1,
		reason: "PagSeguro's errors logged by a Magento module",
		at:     map[string]any{"0.errors.error.0.code": "53118", "0.errors.error.2.code": "53042"},
	},
	{
		name: "pagseguro 11015 sandbox capture", paste: "pagbank-xml-v2-errors-11015-shippingtype-required-fixture", docs: 1,
		reason: "PagSeguro's XML errors, ISO-8859-1 declared",
		at:     map[string]any{"0.errors.error.code": "11015"},
	},
	{
		name: "akamai access denied on paypal", paste: "other-akamai-html-akamai-access-denied-403-with-headers-paypal", docs: 1,
		reason: "Akamai's page, after its headers",
		at:     map[string]any{"0.html.head.title": "Access Denied"},
	},
	{
		name: "curl -v capture 401 no body", paste: "paypal-raw-http-curl-v-capture-401-empty-body", docs: 0,
		reason: "'<' only in curl -v's response lines",
	},
	{
		name: "paypal soap 10412 in xcart log", paste: "paypal-soap-doexpresscheckout-10412-duplicate-invoice-xcart-log", docs: 1,
		reason: "PayPal's SOAP answer logged by X-Cart",
		at:     map[string]any{"0.Envelope.Body.DoExpressCheckoutPaymentResponse.Ack": "Failure"},
	},
	{
		name: "mercadopago node request anonymous frame", paste: "mercadopago-stack-trace-nodejs-sdk-unknown-error-customers-search", docs: 0,
		reason: "'<' only in Node's frame Request.<anonymous>",
	},
	{
		name: "mollie python module frame", paste: "other-mollie-stack-trace-python-v1-unknown-field-currency", docs: 0,
		reason: "'<' only in Python's frame, in <module>",
	},
	{
		name: "pagseguro woocommerce print_r body 53004", paste: "pagbank-php-print-r-woocommerce-53004-items-invalid-quantity", docs: 1,
		reason: "PagSeguro's XML errors as the [body] of a print_r",
		at:     map[string]any{"0.errors.error.code": "53004", "0.errors.error.message": "items invalid quantity."},
	},
	{
		name: "gopay minimal 403 page", paste: "other-gopay-html-login-request-403-forbidden", docs: 1,
		reason: "a page of a title and a text, no <html> element",
		at:     map[string]any{"0.meta.meta.title": "403"},
	},
	{
		name: "klarna nginx 401 page in a log", paste: "other-klarna-log-prefixed-kp-create-session-401-html-amazon-pay", docs: 1,
		reason: "nginx's 401 page logged by the plugin",
		at:     map[string]any{"0.html.head.title": "401 Authorization Required"},
	},
	{
		name: "cielo xml 001 requisicao invalida webservice15", paste: "cielo-xml-001-requisicao-invalida-webservice15", docs: 1,
		reason: "Cielo 1.5's <erro> answer, ISO-8859-1 declared",
		at:     map[string]any{"0.erro.codigo": "001"},
	},
	{
		name: "cielo xml 030 status criada nao permite captura", paste: "cielo-xml-030-status-criada-nao-permite-captura", docs: 1,
		reason: "Cielo 1.5's <erro> with its id attribute",
		at:     map[string]any{"0.erro.codigo": "030", "0.erro.id": "1453295523"},
	},
	{
		name: "cielo xml 042 cancelamento nao efetuado", paste: "cielo-xml-042-cancelamento-nao-efetuado", docs: 1,
		reason: "Cielo 1.5's <erro>, a message with an unclosed [",
		at:     map[string]any{"0.erro.codigo": "042"},
	},
	{
		name: "pagbank xml 12003 permissions required", paste: "pagbank-xml-12003-permissions-required", docs: 1,
		reason: "PagSeguro's v2 <errors> answer from a cassette",
		at:     map[string]any{"0.errors.error.code": "12003"},
	},
	{
		name: "other epayco html python sdk customer update meteor testing sdk page", paste: "other-epayco-html-python-sdk-customer-update-meteor-testing-sdk-page", docs: 1,
		reason: "a Meteor app's page served where the API should answer",
		at:     map[string]any{"0.html.head.title": "Testing sdk"},
	},
	{
		name: "other haproxy stack trace mollie methods 503 no server available", paste: "other-haproxy-stack-trace-mollie-methods-503-no-server-available", docs: 1,
		reason: "HAProxy's 503 page inside Mollie's exception",
		at:     map[string]any{"0.html.body.h1": "503 Service Unavailable"},
	},
	{
		name: "inter log prefixed node cobranca v3 400 codigosolicitacao nao converter", paste: "inter-log-prefixed-node-cobranca-v3-400-codigosolicitacao-nao-converter", docs: 0,
		reason: "'<' only in Node's frame IncomingMessage.<anonymous>",
	},
	{
		name: "mercadopago stack trace nodejs sdk payer id should be integer", paste: "mercadopago-stack-trace-nodejs-sdk-payer-id-should-be-integer", docs: 0,
		reason: "'<' only in Node's frame Object.<anonymous>",
	},
	{
		name: "paypal js dump node payout live authorization error stack", paste: "paypal-js-dump-node-payout-live-authorization-error-stack", docs: 0,
		reason: "'<' only in Node's frame IncomingMessage.<anonymous>",
	},
	{
		name: "other mercadolibre ruby inspect hot items openstruct 502", paste: "other-mercadolibre-ruby-inspect-hot-items-openstruct-502", docs: 0,
		reason: "a Ruby # <OpenStruct …> inspect is no XML",
	},
	{
		name: "other payu ruby inspect activemerchant remote internal error", paste: "other-payu-ruby-inspect-activemerchant-remote-internal-error", docs: 0,
		reason: "a Ruby <#<ActiveMerchant::Billing::Response …>> is no XML",
	},
	{
		name: "other mollie dotnet httprequestexception payment methods 503", paste: "other-mollie-dotnet-httprequestexception-payment-methods-503", docs: 0,
		reason: "a .NET frame's <ProcessHttpResponseMessage>d__ is no XML",
	},
	{
		name: "other network sdk exception braintree php sslcertificate drupal log", paste: "other-network-sdk-exception-braintree-php-sslcertificate-drupal-log", docs: 0,
		reason: "the poster's <snip> in a path is no XML",
	},
	{
		name: "other nginx log prefixed mollie prestashop upstream invalid status 1", paste: "other-nginx-log-prefixed-mollie-prestashop-upstream-invalid-status-1", docs: 0,
		reason: "the poster's <redacted> in nginx's error log is no XML",
	},
	{
		name: "stripe log prefixed python util unknown parameter quantity", paste: "stripe-log-prefixed-python-util-unknown-parameter-quantity", docs: 0,
		reason: "stripe-python's own <...> for elided post data is no XML",
	},
	{
		name: "stripe sdk exception ruby lago customer no payment method with id", paste: "stripe-sdk-exception-ruby-lago-customer-no-payment-method-with-id", docs: 0,
		reason: "the poster's <pm_ID> placeholder is no XML",
	},
	{
		name: "stripe sdk exception ruby rspec ci no api key provided", paste: "stripe-sdk-exception-ruby-rspec-ci-no-api-key-provided", docs: 0,
		reason: "the SDK's <API-KEY> placeholder is no XML",
	},
	{
		name: "other braintree log prefixed ruby client token 401 http basic access denied", paste: "other-braintree-log-prefixed-ruby-client-token-401-http-basic-access-denied", docs: 1,
		reason: "the request's XML that braintree-ruby logs before its 401",
		at:     map[string]any{"0.client-token.version.#text": "2"},
	},
	{
		name: "other braintree log prefixed ruby transaction 81502 amount required", paste: "other-braintree-log-prefixed-ruby-transaction-81502-amount-required", docs: 2,
		reason: "braintree-ruby's log: the request's XML, then the api-error-response",
		at:     map[string]any{"1.api-error-response.errors.transaction.errors.error.code": "81502"},
	},
	{
		name: "other braintree log prefixed ruby transaction 91508 cannot determine payment method", paste: "other-braintree-log-prefixed-ruby-transaction-91508-cannot-determine-payment-method", docs: 2,
		reason: "braintree-ruby's log: the request's XML, then the api-error-response",
		at:     map[string]any{"1.api-error-response.errors.transaction.errors.error.code": "91508"},
	},
	{
		name: "other braintree log prefixed ruby transaction 91557 service fee master merchant", paste: "other-braintree-log-prefixed-ruby-transaction-91557-service-fee-master-merchant", docs: 2,
		reason: "braintree-ruby's log: the request's XML, then the api-error-response",
	},
	{
		name: "other braintree log prefixed ruby transaction 91564 nonce used more than once", paste: "other-braintree-log-prefixed-ruby-transaction-91564-nonce-used-more-than-once", docs: 2,
		reason: "braintree-ruby's log: the request's XML, then the api-error-response",
	},
	{
		name: "other braintree log prefixed ruby transaction gateway rejected duplicate", paste: "other-braintree-log-prefixed-ruby-transaction-gateway-rejected-duplicate", docs: 2,
		reason: "braintree-ruby's log: the request's XML, then the gateway's rejection",
	},
	{
		name: "other braintree log prefixed ruby transaction processor declined 2220", paste: "other-braintree-log-prefixed-ruby-transaction-processor-declined-2220", docs: 2,
		reason: "braintree-ruby's log: the request's XML, then the processor's decline",
	},
	{
		name: "stripe json winston log missing no active card", paste: "stripe-json-winston-log-missing-no-active-card", docs: 0,
		reason: "'<' only in Node's frame IncomingMessage.<anonymous>, inside the logged stack",
	},
	{
		name: "other przelewy24 js dump nextjs incorrect crc value 400", paste: "other-przelewy24-js-dump-nextjs-incorrect-crc-value-400", docs: 0,
		reason: "'<' only in Node's frame Generator.throw (<anonymous>)",
	},
	{
		name: "other tap sdk exception ios nshttpurlresponse charges 400", paste: "other-tap-sdk-exception-ios-nshttpurlresponse-charges-400", docs: 0,
		reason: "an NSHTTPURLResponse's <NSHTTPURLResponse: 0x…> is no XML",
	},
	{
		name: "cielo xml cassette 003 tid nao encontrada consulta", paste: "cielo-xml-cassette-003-tid-nao-encontrada-consulta", docs: 1,
		reason: "Cielo 1.5's <erro> from a recorded cassette",
		at:     map[string]any{"0.erro.codigo": "003"},
	},
	{
		name: "cielo xml cassette 010 nao permitido envio do cartao", paste: "cielo-xml-cassette-010-nao-permitido-envio-do-cartao", docs: 1,
		reason: "Cielo 1.5's <erro> from a recorded cassette",
		at:     map[string]any{"0.erro.codigo": "010"},
	},
	{
		name: "cielo xml cassette 019 url de retorno nao fornecido", paste: "cielo-xml-cassette-019-url-de-retorno-nao-fornecido", docs: 1,
		reason: "Cielo 1.5's <erro> from a recorded cassette",
		at:     map[string]any{"0.erro.codigo": "019"},
	},
	{
		name: "cielo xml cassette 041 transacao ja cancelada", paste: "cielo-xml-cassette-041-transacao-ja-cancelada", docs: 1,
		reason: "Cielo 1.5's <erro> from a recorded cassette",
		at:     map[string]any{"0.erro.codigo": "041"},
	},
	{
		name: "cielo xml cassette 043 valor cancelamento maior que capturado", paste: "cielo-xml-cassette-043-valor-cancelamento-maior-que-capturado", docs: 1,
		reason: "Cielo 1.5's <erro> from a recorded cassette",
		at:     map[string]any{"0.erro.codigo": "043"},
	},
	{
		name: "pagbank log prefixed cakephp payments log 53079 item amount out of range", paste: "pagbank-log-prefixed-cakephp-payments-log-53079-item-amount-out-of-range", docs: 1,
		reason: "PagSeguro's <errors> in an app's log",
		at:     map[string]any{"0.errors.error.code": "53079"},
	},
	{
		name: "pagbank log prefixed cakephp payments log 53150 sender hash required", paste: "pagbank-log-prefixed-cakephp-payments-log-53150-sender-hash-required", docs: 1,
		reason: "PagSeguro's <errors> in an app's log",
		at:     map[string]any{"0.errors.error.code": "53150"},
	},
	{
		name: "pagbank log prefixed directpayment 53078 item amount invalid pattern", paste: "pagbank-log-prefixed-directpayment-53078-item-amount-invalid-pattern", docs: 1,
		reason: "PagSeguro's <errors> in an app's log",
		at:     map[string]any{"0.errors.error.code": "53078"},
	},
	{
		name: "pagbank log prefixed php sdk directpayment 53046 holder cpf invalid", paste: "pagbank-log-prefixed-php-sdk-directpayment-53046-holder-cpf-invalid", docs: 1,
		reason: "PagSeguro's <errors> in an app's log",
		at:     map[string]any{"0.errors.error.code": "53046"},
	},
	{
		name: "pagbank log prefixed php sdk notification 13001 code undefined", paste: "pagbank-log-prefixed-php-sdk-notification-13001-code-undefined", docs: 1,
		reason: "PagSeguro's <errors> in an app's log",
		at:     map[string]any{"0.errors.error.code": "13001"},
	},
	{
		name: "pagbank log prefixed directpayment 53020 53018 53044 sender phone", paste: "pagbank-log-prefixed-directpayment-53020-53018-53044-sender-phone", docs: 1,
		reason: "PagSeguro's <errors> with three <error>s in an app's log",
		at:     map[string]any{"0.errors.error.0.code": "53020"},
	},
	{
		name: "other pi html payments get rails 500 something went wrong", paste: "other-pi-html-payments-get-rails-500-something-went-wrong", docs: 1,
		reason: "Rails' public 500 page, cut by its poster: the title carries the status",
		at:     map[string]any{"0.html.head.title": "We're sorry, but something went wrong (500)"},
	},
	{
		name: "pagbank html tomcat status report preapproval bad arguments", paste: "pagbank-html-tomcat-status-report-preapproval-bad-arguments", docs: 1,
		reason: "a slice of Tomcat's status report: two paragraphs, each a label in <b> and its text",
		at:     map[string]any{"0.p.0.b": "type", "0.p.0.#text": "Status report", "0.p.1.b": "message"},
	},
	{
		name: "other cybersource ruby inspect activemerchant responseerror 500", paste: "other-cybersource-ruby-inspect-activemerchant-responseerror-500", docs: 0,
		reason: "Ruby's #<ActiveMerchant::ResponseError: …> is no markup",
	},
	{
		name: "other payjp stack trace python card numbers directly unsafe", paste: "other-payjp-stack-trace-python-card-numbers-directly-unsafe", docs: 0,
		reason: "a Python traceback's <module> is no markup",
	},
	{
		name: "adyen soap ruby gem fixture billet refused 102 unable to determine variant", paste: "adyen-soap-ruby-gem-fixture-billet-refused-102-unable-to-determine-variant", docs: 1,
		reason: "Adyen's SOAP authoriseResponse, refused, in a Ruby gem's test helper",
		at:     map[string]any{"0.Envelope.Body.authoriseResponse.paymentResult.refusalReason": "102 Unable to determine variant"},
	},
	{
		name: "adyen soap ruby gem test 500 fault illegal argument input string", paste: "adyen-soap-ruby-gem-test-500-fault-illegal-argument-input-string", docs: 1,
		reason: "Adyen's SOAP fault stubbed as a 500's body in a Ruby gem's test",
		at:     map[string]any{"0.Envelope.Body.Fault.faultstring": "Illegal argument. For input string: \"100.0\""},
	},
	{
		name: "adyen soap ruby gem test helper fault validation 101 invalid card number", paste: "adyen-soap-ruby-gem-test-helper-fault-validation-101-invalid-card-number", docs: 1,
		reason: "Adyen's SOAP fault without its envelope, in a Ruby gem's test helper",
		at:     map[string]any{"0.Fault.faultstring": "validation 101 Invalid card number"},
	},
	{
		name: "pagbank xml pagseguro ruby fixture subscription 17075 credit card token invalid", paste: "pagbank-xml-pagseguro-ruby-fixture-subscription-17075-credit-card-token-invalid", docs: 1,
		reason: "PagSeguro's errors document, in its Ruby SDK's fixtures",
		at:     map[string]any{"0.errors.error.code": "17075"},
	},
	{
		name: "pagbank xml pagseguro ruby spec malformed request xml structures must end", paste: "pagbank-xml-pagseguro-ruby-spec-malformed-request-xml-structures-must-end", docs: 1,
		reason: "PagSeguro's errors document whose code is a sentence, in its Ruby SDK's spec",
		at:     map[string]any{"0.errors.error.code": "Malformed request XML: {0}."},
	},
	{
		name: "paypal raw http gumroad cassette refund 422 refund failed insufficient funds", paste: "paypal-raw-http-gumroad-cassette-refund-422-refund-failed-insufficient-funds", docs: 0,
		reason: "a cassette's placeholder, <PAYPAL_PARTNER_MERCHANT_ID>, is no markup",
	},
	{
		name: "stripe json servicebot app error body invalid integer empty amount", paste: "stripe-json-servicebot-app-error-body-invalid-integer-empty-amount", docs: 0,
		reason: "a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "stripe raw http cassette onetimesecret invoices list 400 no such customer param customer", paste: "stripe-raw-http-cassette-onetimesecret-invoices-list-400-no-such-customer-param-customer", docs: 0,
		reason: "a cassette's placeholders, <STRIPE_API_KEY>, are no markup",
	},
	{
		name: "stripe raw http cassette onetimesecret products retrieve 404 no such product", paste: "stripe-raw-http-cassette-onetimesecret-products-retrieve-404-no-such-product", docs: 0,
		reason: "a cassette's placeholders, <STRIPE_API_KEY>, are no markup",
	},
	{
		name: "stripe raw http cassette onetimesecret subscriptions retrieve 404 no such subscription", paste: "stripe-raw-http-cassette-onetimesecret-subscriptions-retrieve-404-no-such-subscription", docs: 0,
		reason: "a cassette's placeholders, <STRIPE_API_KEY>, are no markup",
	},
	{
		name: "stripe stack trace sentry fxa node ratelimit object being accessed", paste: "stripe-stack-trace-sentry-fxa-node-ratelimit-object-being-accessed", docs: 0,
		reason: "a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "other ablator html api v3 404 resource not found", paste: "other-ablator-html-api-v3-404-resource-not-found", docs: 1,
		reason: "a framework's 404 page fragment under the URL that got it",
		at:     map[string]any{"0.h1": "Not Found"},
	},
	{
		name: "other akamai html weather gov points 403 access denied reference", paste: "other-akamai-html-weather-gov-points-403-access-denied-reference", docs: 1,
		reason: "Akamai's Access Denied page",
		at:     map[string]any{"0.HTML.HEAD.TITLE": "Access Denied"},
	},
	{
		name: "other amazon sp api raw http curl verbose 403 access denied exception", paste: "other-amazon-sp-api-raw-http-curl-verbose-403-access-denied-exception", docs: 0,
		reason: "curl -v's '< ' before each header is no markup",
	},
	{
		name: "other amazon sp api raw http fiddler 403 missing authentication token", paste: "other-amazon-sp-api-raw-http-fiddler-403-missing-authentication-token", docs: 1,
		reason: "Amazon's ErrorResponse document in a Fiddler capture",
		at:     map[string]any{"0.ErrorResponse.Error.Code": "MissingAuthenticationToken"},
	},
	{
		name: "other apache html fairchive dataverse api 401 could not verify", paste: "other-apache-html-fairchive-dataverse-api-401-could-not-verify", docs: 1,
		reason: "a paragraph of Apache's 401 page",
	},
	{
		name: "other cenit html rails 404 wrong credentials curl", paste: "other-cenit-html-rails-404-wrong-credentials-curl", docs: 1,
		reason: "Rails' public 404 page",
		at:     map[string]any{"0.html.head.title": "The page you were looking for doesn't exist (404)"},
	},
	{
		name: "other decidir php var_dump origin site id execute payment", paste: "other-decidir-php-var_dump-origin-site-id-execute-payment", docs: 0,
		reason: "a lone <br> before a var_dump is no document",
	},
	{
		name: "other f5 html csob sandbox payment init 403 request rejected", paste: "other-f5-html-csob-sandbox-payment-init-403-request-rejected", docs: 1,
		reason: "F5's Request Rejected page",
		at:     map[string]any{"0.html.head.title": "Request Rejected"},
	},
	{
		name: "other iis html postman post 400 invalid hostname", paste: "other-iis-html-postman-post-400-invalid-hostname", docs: 1,
		reason: "HTTP.sys's Invalid Hostname page",
		at:     map[string]any{"0.HTML.HEAD.TITLE": "Bad Request"},
	},
	{
		name: "other nginx html bepasty rest items upload 413 request entity too large", paste: "other-nginx-html-bepasty-rest-items-upload-413-request-entity-too-large", docs: 1,
		reason: "nginx's 413 page",
		at:     map[string]any{"0.html.head.title": "413 Request Entity Too Large"},
	},
	{
		name: "other rdstation raw http 504 fora do ar upsert contact", paste: "other-rdstation-raw-http-504-fora-do-ar-upsert-contact", docs: 1,
		reason: "RD Station's outage page, cut by the search excerpt",
		at:     map[string]any{"0.html.head.title": "RD Station fora do ar"},
	},
	{
		name: "other todopago bare code getstatus xml status 702", paste: "other-todopago-bare-code-getstatus-xml-status-702", docs: 1,
		reason: "the Status element quoted in a sentence",
		at:     map[string]any{"0.Status": "702"},
	},
	{
		name: "other tomcat html open kilda northbound 500 rest client exception", paste: "other-tomcat-html-open-kilda-northbound-500-rest-client-exception", docs: 1,
		reason: "Tomcat's exception report",
		at:     map[string]any{"0.html.head.title": "HTTP Status 500 – Internal Server Error"},
	},
	{
		name: "other xero js dump node put invoice 400 validation exception", paste: "other-xero-js-dump-node-put-invoice-400-validation-exception", docs: 0,
		reason: "a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "paypal log prefixed totaljs eshop 2021 ack failure no permissions", paste: "paypal-log-prefixed-totaljs-eshop-2021-ack-failure-no-permissions", docs: 0,
		reason: "a Node stack frame's <anonymous> is no markup",
	},
	{
		name: "stripe stack trace rn stripe payments confirmpayment unexpected error saga", paste: "stripe-stack-trace-rn-stripe-payments-confirmpayment-unexpected-error-saga", docs: 0,
		reason: "a generator's <computed> frame is no markup",
	},
	{
		name: "network stack trace flutterwave django getaddrinfo failed", paste: "network-stack-trace-flutterwave-django-getaddrinfo-failed", docs: 0,
		reason: "urllib3's repr, <urllib3.connection.HTTPSConnection …>, is no markup",
	},
	{
		name: "other cybersource bare message soap reject 101 missingfield subscription create", paste: "other-cybersource-bare-message-soap-reject-101-missingfield-subscription-create", docs: 0,
		reason: "a redacted value, <redacted>, is no markup",
	},
	{
		name: "other recurly xml purchase add on is invalid", paste: "other-recurly-xml-purchase-add-on-is-invalid", docs: 1,
		reason: "Recurly's error element",
		at:     map[string]any{"0.error.#text": "is invalid"},
	},
	{
		name: "stripe stack trace ruby rspec no such plan restclient 400", paste: "stripe-stack-trace-ruby-rspec-no-such-plan-restclient-400", docs: 0,
		reason: "RSpec's <top (required)> frames are no markup",
	},
	{
		name: "other network cakephp debug paypal socketexception sslv3 handshake", paste: "other-network-cakephp-debug-paypal-socketexception-sslv3-handshake-api-3t", docs: 3,
		reason: "PHP's html_errors link each warning to its manual page: three <a> elements, each read whole",
		at:     map[string]any{"0.a.href": "http://php.net/function.stream-socket-client", "2.a.#text": "function.stream-socket-client"},
	},
	{
		name: "adyen log prefixed magento2 paymentmethods html 401 tomcat", paste: "adyen-log-prefixed-magento2-paymentmethods-html-401-tomcat", docs: 1,
		reason: "Tomcat's 401 page in a Magento log line, cut at its Message paragraph: read to where it stops",
		at:     map[string]any{"0.html.head.title": "HTTP Status 401 – Unauthorized", "0.html.body.p.0.#text": "Status Report"},
	},
	{
		name: "adyen soap solidus cassette authorise refused cvc declined", paste: "adyen-soap-solidus-cassette-authorise-refused-cvc-declined", docs: 1,
		reason: "the classic SOAP API's refusal inside a cassette, its nil elements empty",
		at:     map[string]any{"0.Envelope.Body.authoriseResponse.paymentResult.refusalReason": "CVC Declined", "0.Envelope.Body.authoriseResponse.paymentResult.resultCode": "Refused"},
	},
	{
		name: "adyen stack trace prestashop web paymentmethodsresponse incorrect type", paste: "adyen-stack-trace-prestashop-web-paymentmethodsresponse-incorrect-type", docs: 0,
		reason: "a PHP type in angle brackets in a trace is no markup",
	},
	{
		name: "pagbank xml react installment value 182", paste: "pagbank-xml-react-installment-value-182", docs: 1,
		reason: "one <message> element of PagSeguro's errors, alone",
		at:     map[string]any{"0.message": "installment value invalid value: 182.00"},
	},
	{
		name: "mercadopago raw http cassette collections search malformed access token", paste: "mercadopago-raw-http-cassette-collections-search-malformed-access-token", docs: 0,
		reason: "the cassette's <CLIENT-ID> placeholder in a token is no XML",
	},
	{
		name: "paypal log prefixed laravel oauth token 406 nginx html", paste: "paypal-log-prefixed-laravel-oauth-token-406-nginx-html", docs: 1,
		reason: "nginx's page after the PayPal SDK's log prefix, on the line that names the status",
		at:     map[string]any{"0.html.head.title": "406 Not Acceptable"},
	},
	{
		name: "paypal log prefixed totaljs eshop ack failure account restricted", paste: "paypal-log-prefixed-totaljs-eshop-ack-failure-account-restricted", docs: 0,
		reason: "Node's frame 'IncomingMessage.<anonymous>' is no markup",
	},
	{
		name: "paypal log prefixed totaljs eshop ack failure security header not valid", paste: "paypal-log-prefixed-totaljs-eshop-ack-failure-security-header-not-valid", docs: 0,
		reason: "Node's frame 'IncomingMessage.<anonymous>' is no markup",
	},
	{
		name: "paypal log prefixed totaljs eshop express checkout ack failure no permissions", paste: "paypal-log-prefixed-totaljs-eshop-express-checkout-ack-failure-no-permissions", docs: 0,
		reason: "Node's frame 'IncomingMessage.<anonymous>' is no markup",
	},
	{
		name: "other garanti html gvp 3d donus isyeri url bulunamiyor", paste: "other-garanti-html-gvp-3d-donus-isyeri-url-bulunamiyor", docs: 1,
		reason: "the tail of Garanti's page, from its meta tag, with PHP's notices after it",
		at:     map[string]any{"0.meta.body.P": "Donus icin isyeri URL bulunamiyor, Karti basan banka sisteminden gelen hatali PARes mesaji veya sistem hatasi"},
	},
	{
		name: "other sberbank php print_r bindings operaciya otklonena client error", paste: "other-sberbank-php-print_r-bindings-operaciya-otklonena-client-error", docs: 0,
		reason: "a lone <br> at the end of a print_r value is no document",
	},
	{
		name: "other wechatpay sdk exception wxjava fail qianming cuowu", paste: "other-wechatpay-sdk-exception-wxjava-fail-qianming-cuowu", docs: 1,
		reason: "WeChat Pay's XML answer inside WxJava's exception",
		at:     map[string]any{"0.xml.return_code": "FAIL", "0.xml.return_msg": "签名错误，请检查后再试"},
	},
	{
		name: "other wechatpay stack trace wxpayexception queryorder qianming cuowu", paste: "other-wechatpay-stack-trace-wxpayexception-queryorder-qianming-cuowu", docs: 1,
		reason: "WeChat Pay's XML answer inside WxPayException's message, over its trace",
		at:     map[string]any{"0.xml.return_code": "FAIL", "0.xml.return_msg": "签名错误，请检查后再试"},
	},
	{
		name: "asaas raw http cassette pay asaas customers 400 invalid name", paste: "asaas-raw-http-cassette-pay-asaas-customers-400-invalid-name", docs: 0,
		reason: "the cassette's <ASAAS_API_KEY> placeholder is no XML",
	},
	{
		name: "other banxico html cassette cep descarga 500 weblogic internal server error", paste: "other-banxico-html-cassette-cep-descarga-500-weblogic-internal-server-error", docs: 1,
		reason: "WebLogic's page in capitals inside a YAML cassette",
		at:     map[string]any{"0.HTML.HEAD.TITLE": "Error 500--Internal Server Error"},
	},
	{
		name: "other stp html cassette speiws 403 forbidden nginx without vpn", paste: "other-stp-html-cassette-speiws-403-forbidden-nginx-without-vpn", docs: 1,
		reason: "nginx's page inside a YAML cassette",
		at:     map[string]any{"0.html.head.title": "403 Forbidden"},
	},
	{
		name: "other cloudflare sdk exception pay with paystack 403 just a moment", paste: "other-cloudflare-sdk-exception-pay-with-paystack-403-just-a-moment", docs: 0,
		reason: "Cloudflare's page broken across lines by the app's printing, its tags cut apart: no document is made up of it",
	},
	{
		name: "other gopay php print_r create payment 500 error code 500", paste: "other-gopay-php-print_r-create-payment-500-error-code-500", docs: 0,
		reason: "a '<' inside a print_r value is no markup",
	},
	{
		name: "paypal php var_dump sale refund 400 transaction refused", paste: "paypal-php-var_dump-sale-refund-400-transaction-refused", docs: 0,
		reason: "a '<' inside a var_dump is no markup",
	},
	{
		name: "other bcb spi log prefixed spi messaging icom 400 problem xml", paste: "other-bcb-spi-log-prefixed-spi-messaging-icom-400-problem-xml", docs: 0,
		reason: "Apache HttpClient's wire log: its \"<<\" marks a response header, no markup",
	},
	{
		name: "other nubank stack trace pynubank card statements 403", paste: "other-nubank-stack-trace-pynubank-card-statements-403", docs: 0,
		reason: "Python's traceback names <module>, no markup",
	},
	{
		name: "other nubank stack trace pynubank nuexception password auth no status", paste: "other-nubank-stack-trace-pynubank-nuexception-password-auth-no-status", docs: 0,
		reason: "Python's traceback names <module>, no markup",
	},
	{
		name: "paypal stack trace js sdk subscription resource not found 391", paste: "paypal-stack-trace-js-sdk-subscription-resource-not-found-391", docs: 0,
		reason: "a JavaScript stack's <anonymous> frames are no markup",
	},
	{
		name: "paypal stack trace medusa initiatepayment after 2 attempts", paste: "paypal-stack-trace-medusa-initiatepayment-after-2-attempts", docs: 0,
		reason: "a JavaScript stack's <anonymous> frames are no markup",
	},
	{
		name: "stripe log prefixed node unhandled rejection no such plan", paste: "stripe-log-prefixed-node-unhandled-rejection-no-such-plan", docs: 0,
		reason: "a JavaScript stack's <anonymous> frames are no markup",
	},
	{
		name: "paypal log prefixed php sdk api 3t oauth2 404 html", paste: "paypal-log-prefixed-php-sdk-api-3t-oauth2-404-html", docs: 1,
		reason: "Apache's 404 page after the PayPal SDK's log line",
		at:     map[string]any{"0.html.head.title": "404 Not Found"},
	},
	{
		name: "stripe stack trace php uncaught invalidrequest customer invalid id", paste: "stripe-stack-trace-php-uncaught-invalidrequest-customer-invalid-id", docs: 1,
		reason: "PHP's HTML error output: its <b>Fatal error</b>",
		at:     map[string]any{"0.b": "Fatal error"},
	},
	{
		name: "paypal ruby inspect activemerchant payflow result 113 sales cap", paste: "paypal-ruby-inspect-activemerchant-payflow-result-113-sales-cap", docs: 0,
		reason: "Ruby's #<\u2026> inspect is no XML",
	},
	{
		name: "paypal ruby inspect activemerchant payflow result 19 original transaction not found", paste: "paypal-ruby-inspect-activemerchant-payflow-result-19-original-transaction-not-found", docs: 0,
		reason: "Ruby's #<\u2026> inspect is no XML",
	},
	{
		name: "stripe ruby inspect carderror do not honor json body comment", paste: "stripe-ruby-inspect-carderror-do-not-honor-json-body-comment", docs: 0,
		reason: "Ruby's #<\u2026> inspect is no XML",
	},
	{
		name: "other cardsave raw http soap statuscode 30 input variable errors orderid", paste: "other-cardsave-raw-http-soap-statuscode-30-input-variable-errors-orderid", docs: 1,
		reason: "CardSave's SOAP answer after its HTTP headers",
		at:     map[string]any{"0.Envelope.Body.CardDetailsTransactionResponse.CardDetailsTransactionResult.StatusCode": "30"},
	},
	{
		name: "other datacash xml amex invalid cv2 status 5", paste: "other-datacash-xml-amex-invalid-cv2-status-5", docs: 1,
		reason: "DataCash's Response with its status and reason",
		at:     map[string]any{"0.Response.reason": "Invalid CV2"},
	},
	{
		name: "other moip xml cxf xmlfault content not allowed in prolog", paste: "other-moip-xml-cxf-xmlfault-content-not-allowed-in-prolog", docs: 1,
		reason: "Apache CXF's XMLFault, its faultstring over two lines",
		at:     map[string]any{"0.XMLFault.faultstring": "javax.xml.stream.XMLStreamException: ParseError at [row,col]:[1,1]\n    Message: Content is not allowed in prolog."},
	},
	{
		name: "other moip xml enviarinstrucaounica falha 102 171 recorded mock", paste: "other-moip-xml-enviarinstrucaounica-falha-102-171-recorded-mock", docs: 1,
		reason: "Moip's two Erro elements, each a code attribute beside its text",
		at:     map[string]any{"0.EnviarInstrucaoUnicaResponse.Resposta.Erro.0.Codigo": "102"},
	},
	{
		name: "other multisafepay raw http xml idealissuers 1005 invalid merchant security code", paste: "other-multisafepay-raw-http-xml-idealissuers-1005-invalid-merchant-security-code", docs: 1,
		reason: "MultiSafepay's result and error after its HTTP headers",
		at:     map[string]any{"0.idealissuers.error.code": "1005"},
	},
	{
		name: "other multisafepay raw http xml redirecttransaction 1001 invalid amount", paste: "other-multisafepay-raw-http-xml-redirecttransaction-1001-invalid-amount", docs: 1,
		reason: "MultiSafepay's result and error after its HTTP headers",
		at:     map[string]any{"0.redirecttransaction.error.description": "Invalid amount"},
	},
	{
		name: "other netbanx xml cctxnresponse 3203 authorization settled or cancelled", paste: "other-netbanx-xml-cctxnresponse-3203-authorization-settled-or-cancelled", docs: 1,
		reason: "Netbanx's decision ERROR with its code",
		at:     map[string]any{"0.ccTxnResponseV1.code": "3203"},
	},
	{
		name: "other securepay raw http securexml 504 invalid merchant", paste: "other-securepay-raw-http-securexml-504-invalid-merchant", docs: 1,
		reason: "SecurePay's Status element after its HTTP headers",
		at:     map[string]any{"0.SecurePayMessage.Status.statusCode": "504"},
	},
	{
		name: "other windcave raw http pxpay request invalid key", paste: "other-windcave-raw-http-pxpay-request-invalid-key", docs: 1,
		reason: "PxPay's Request, its validity an attribute",
		at:     map[string]any{"0.Request.valid": "0"},
	},
	{
		name: "other windcave raw http pxpost createcard qk invalid card number", paste: "other-windcave-raw-http-pxpost-createcard-qk-invalid-card-number", docs: 1,
		reason: "PxPost's Transaction, its result in attributes",
		at:     map[string]any{"0.Txn.Transaction.responseText": "INVALID CARD NUMBER"},
	},
	{
		name: "rede xml komerci confpreauth codret 56 dados invalidos", paste: "rede-xml-komerci-confpreauth-codret-56-dados-invalidos", docs: 1,
		reason: "Komerci's CONFIRMATION with codret and msgret",
		at:     map[string]any{"0.CONFIRMATION.root.codret": "56"},
	},
	{
		name: "other paystack bare message medusa authorization header missing equal sign", paste: "other-paystack-bare-message-medusa-authorization-header-missing-equal-sign", docs: 0,
		reason: "a placeholder in angle brackets, <secret_key>, is no markup",
	}, {
		name: "adyen sdk exception ios clientkeys decodingerror not valid json", paste: "adyen-sdk-exception-ios-clientkeys-decodingerror-not-valid-json", docs: 0,
		reason: "Swift's Optional<Error> in a dump is a generic type, no markup",
	},
	{
		name: "network log prefixed adyen ios polling http load failed 1005", paste: "network-log-prefixed-adyen-ios-polling-http-load-failed-1005", docs: 0,
		reason: "CFNetwork's task id, Task <97A5…>.<3>, is no markup",
	},
	{
		name: "other iyzico java tostring threeds initialize 1000 gecersiz imza", paste: "other-iyzico-java-tostring-threeds-initialize-1000-gecersiz-imza", docs: 0,
		reason: "a Java toString's <null> values are no markup",
	},
	{
		name: "paypal log prefixed totaljs eshop ack failure no permissions api call", paste: "paypal-log-prefixed-totaljs-eshop-ack-failure-no-permissions-api-call", docs: 0,
		reason: "Node's Promise { <pending> } and <anonymous> frames are no markup",
	},
	{
		name: "stripe log prefixed flutter logcat presentpaymentsheet platformexception failed", paste: "stripe-log-prefixed-flutter-logcat-presentpaymentsheet-platformexception-failed", docs: 0,
		reason: "Dart's <asynchronous suspension> lines are no markup",
	},
	{
		name: "stripe log prefixed okhttp open event charge 409 no such token req", paste: "stripe-log-prefixed-okhttp-open-event-charge-409-no-such-token-req", docs: 0,
		reason: "OkHttp's logging arrows, <-- END HTTP, are no markup",
	},
	{
		name: "stripe raw http cassette onetimesecret delete product 400 has user created prices", paste: "stripe-raw-http-cassette-onetimesecret-delete-product-400-has-user-created-prices", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_VERSION>, is no markup",
	},
	{
		name: "stripe raw http cassette onetimesecret prices 401 invalid api key", paste: "stripe-raw-http-cassette-onetimesecret-prices-401-invalid-api-key", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_VERSION>, is no markup",
	},
	{
		name: "stripe stack trace sentry fxa node no such subscription", paste: "stripe-stack-trace-sentry-fxa-node-no-such-subscription", docs: 0,
		reason: "Node's <anonymous> frames, as Sentry prints them, are no markup",
	},
	{
		name: "stripe stack trace sentry fxa werror internal server error invalid request", paste: "stripe-stack-trace-sentry-fxa-werror-internal-server-error-invalid-request", docs: 0,
		reason: "Node's <anonymous> frames, as Sentry prints them, are no markup",
	},
	{
		name: "other braintree raw http cassette gratipay transaction sale 422 gzip do not honor", paste: "other-braintree-raw-http-cassette-gratipay-transaction-sale-422-gzip-do-not-honor", docs: 1,
		reason: "the cassette's request to Braintree, in XML (its answer is gzip)",
		at:     map[string]any{"0.transaction.type": "sale"},
	},
	{
		name: "other braintree raw http cassette tipextra payment methods 422 binary gzip body", paste: "other-braintree-raw-http-cassette-tipextra-payment-methods-422-binary-gzip-body", docs: 1,
		reason: "the cassette's request to Braintree, in XML (its answer is gzip)",
		at:     map[string]any{"0.payment-method.payment-method-nonce": "invalid-nonce"},
	},
	{
		name: "other braintree ruby inspect workshop errorresult 81707 cvv digits", paste: "other-braintree-ruby-inspect-workshop-errorresult-81707-cvv-digits", docs: 0,
		reason: "Ruby's #<Braintree::ErrorResult …> and its errors:<…> are an inspect, no markup",
	},
	{
		name: "other paddle json pay rails cassette transactions 403 forbidden", paste: "other-paddle-json-pay-rails-cassette-transactions-403-forbidden", docs: 0,
		reason: "a cassette's filtered values, <VENDOR_ID> and <VENDOR_AUTH_CODE>, are no markup",
	},
	{
		name: "stripe json pay rails cassette connect customer not on parent 404", paste: "stripe-json-pay-rails-cassette-connect-customer-not-on-parent-404", docs: 0,
		reason: "a cassette's filtered values, <VENDOR_ID> and <VENDOR_AUTH_CODE>, are no markup",
	},
	{
		name: "other quickbooks raw http activemerchant transcript 401 authenticationfailed", paste: "other-quickbooks-raw-http-activemerchant-transcript-401-authenticationfailed", docs: 0,
		reason: "Net::HTTP's debug arrows (<- \"POST …\") are no markup",
	},
	{
		name: "pagbank sdk exception phpsc malformed request xml unexpected element charge", paste: "pagbank-sdk-exception-phpsc-malformed-request-xml-unexpected-element-charge", docs: 0,
		reason: "JAXB's expected elements, <{}address>,<{}item>, named in PagSeguro's message, are no document",
	},
	{
		name: "paypal ruby inspect activemerchant dodirectpayment 10502 invalid data", paste: "paypal-ruby-inspect-activemerchant-dodirectpayment-10502-invalid-data", docs: 0,
		reason: "Ruby's #<ActiveMerchant::Billing::Response …> inside a string is an inspect, no markup",
	},
	{
		name: "pagbank xml phpsc fixture 11004 11005 currency required invalid", paste: "pagbank-xml-phpsc-fixture-11004-11005-currency-required-invalid", docs: 1,
		reason: "PagSeguro's <errors> with two errors, in a PHP test",
		at:     map[string]any{"0.errors.error.1.code": "11005"},
	},
	{
		name: "pagbank xml rspec transparente 53044 holder name invalid", paste: "pagbank-xml-rspec-transparente-53044-holder-name-invalid", docs: 1,
		reason: "PagSeguro's <errors> in an RSpec example",
		at:     map[string]any{"0.errors.error.code": "53044"},
	},
	{
		name: "pagbank xml rspec transparente refund 14006 insufficient balance", paste: "pagbank-xml-rspec-transparente-refund-14006-insufficient-balance", docs: 1,
		reason: "PagSeguro's <errors> for a refund, in an RSpec example",
		at:     map[string]any{"0.errors.error.code": "14006"},
	},
	{
		name: "paypal soap activemerchant bupdate 10201 billing agreement cancelled", paste: "paypal-soap-activemerchant-bupdate-10201-billing-agreement-cancelled", docs: 1,
		reason: "PayPal's SOAP envelope for BAUpdate, in an Active Merchant test",
		at:     map[string]any{"0.Envelope.Body.BAUpdateResponse.Errors.ErrorCode": "10201"},
	},
	{
		name: "paypal soap activemerchant bupdate 11451 billing agreement id not valid", paste: "paypal-soap-activemerchant-bupdate-11451-billing-agreement-id-not-valid", docs: 1,
		reason: "PayPal's SOAP envelope for BAUpdate, in an Active Merchant test",
		at:     map[string]any{"0.Envelope.Body.BAUpdateResponse.Errors.ErrorCode": "11451"},
	},
	{
		name: "inter log prefixed node cobranca v3 400 empty error body", paste: "inter-log-prefixed-node-cobranca-v3-400-empty-error-body", docs: 0,
		reason: "Node's async <anonymous> frames are no markup",
	},
	{
		name: "inter stack trace node sandbox token 400 empty body cobranca v3", paste: "inter-stack-trace-node-sandbox-token-400-empty-body-cobranca-v3", docs: 0,
		reason: "Node's async <anonymous> frames are no markup",
	},
	{
		name: "stripe stack trace flutter example server node no api key", paste: "stripe-stack-trace-flutter-example-server-node-no-api-key", docs: 0,
		reason: "Node's IncomingMessage.<anonymous> frames are no markup",
	},
	{
		name: "stripe stack trace react native example server fpx authentication error", paste: "stripe-stack-trace-react-native-example-server-fpx-authentication-error", docs: 0,
		reason: "Node's IncomingMessage.<anonymous> frames are no markup",
	},
	{
		name: "stripe stack trace nextjs saas starter empty string line items price", paste: "stripe-stack-trace-nextjs-saas-starter-empty-string-line-items-price", docs: 1,
		reason: "Next.js's error overlay quotes the page's JSX (<form action={checkoutAction}>), which reads as a fragment of markup; the error is Stripe's words above it",
	}, {
		name: "other wise raw http flexile cassette accounts 422 not valid account holder name", paste: "other-wise-raw-http-flexile-cassette-accounts-422-not-valid-account-holder-name", docs: 0,
		reason: "a cassette's filtered value, <WISE_PROFILE_ID>, is no markup",
	},
	{
		name: "other wise raw http flexile cassette transfer payments 403 forbidden 2fa rejected", paste: "other-wise-raw-http-flexile-cassette-transfer-payments-403-forbidden-2fa-rejected", docs: 0,
		reason: "a cassette's filtered value, <WISE_PROFILE_ID>, is no markup",
	},
	{
		name: "paypal raw http gumroad cassette create order 400 invalid parameter syntax quantity", paste: "paypal-raw-http-gumroad-cassette-create-order-400-invalid-parameter-syntax-quantity", docs: 0,
		reason: "a cassette's filtered value, <PAYPAL_MERCHANT_EMAIL>, is no markup",
	},
	{
		name: "stripe raw http gumroad cassette accounts 400 account number invalid test mode", paste: "stripe-raw-http-gumroad-cassette-accounts-400-account-number-invalid-test-mode", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_API_KEY>, is no markup",
	},
	{
		name: "stripe raw http gumroad cassette instant payout 400 over 9999 no code", paste: "stripe-raw-http-gumroad-cassette-instant-payout-400-over-9999-no-code", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_API_KEY>, is no markup",
	},
	{
		name: "stripe raw http gumroad cassette payment intent 402 authentication required off session", paste: "stripe-raw-http-gumroad-cassette-payment-intent-402-authentication-required-off-session", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_API_KEY>, is no markup",
	},
	{
		name: "stripe raw http gumroad cassette payment intent 402 india recurring mandate canceled", paste: "stripe-raw-http-gumroad-cassette-payment-intent-402-india-recurring-mandate-canceled", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_API_KEY>, is no markup",
	},
	{
		name: "stripe raw http gumroad cassette payment intent 402 processing error generic decline", paste: "stripe-raw-http-gumroad-cassette-payment-intent-402-processing-error-generic-decline", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_API_KEY>, is no markup",
	},
	{
		name: "stripe raw http gumroad cassette payouts 400 balance insufficient", paste: "stripe-raw-http-gumroad-cassette-payouts-400-balance-insufficient", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_API_KEY>, is no markup",
	},
	{
		name: "stripe raw http gumroad cassette refund 400 charge already refunded", paste: "stripe-raw-http-gumroad-cassette-refund-400-charge-already-refunded", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_API_KEY>, is no markup",
	},
	{
		name: "stripe raw http gumroad cassette refund 400 charge disputed", paste: "stripe-raw-http-gumroad-cassette-refund-400-charge-disputed", docs: 0,
		reason: "a cassette's filtered value, <STRIPE_API_KEY>, is no markup",
	},
	{
		name: "pagbank xml sdk java fixture authorization 11064 redirecturl domain", paste: "pagbank-xml-sdk-java-fixture-authorization-11064-redirecturl-domain", docs: 1,
		reason: "PagSeguro's <errors> written as a Java string concatenation in its SDK's test",
		at:     map[string]any{"0.errors.error.code": "11064"},
	},
	{
		name: "pagbank xml sdk java fixture checkout 11004 currency required", paste: "pagbank-xml-sdk-java-fixture-checkout-11004-currency-required", docs: 1,
		reason: "PagSeguro's <errors> written as a Java string concatenation in its SDK's test",
		at:     map[string]any{"0.errors.error.code": "11004"},
	},
	{
		name: "pagbank xml sdk java fixture direct payment 53070 item id required", paste: "pagbank-xml-sdk-java-fixture-direct-payment-53070-item-id-required", docs: 1,
		reason: "PagSeguro's <errors> written as a Java string concatenation in its SDK's test",
		at:     map[string]any{"0.errors.error.code": "53070"},
	},
	{
		name: "pagbank xml sdk ruby fixture manual charge 17004 item id required", paste: "pagbank-xml-sdk-ruby-fixture-manual-charge-17004-item-id-required", docs: 1,
		reason: "PagSeguro's <errors> in its Ruby SDK's fixture",
		at:     map[string]any{"0.errors.error.code": "17004"},
	},
	{
		name: "pagbank xml sdk ruby fixture plan 11072 preapprovalfinaldate invalid", paste: "pagbank-xml-sdk-ruby-fixture-plan-11072-preapprovalfinaldate-invalid", docs: 1,
		reason: "PagSeguro's <errors> in its Ruby SDK's fixture",
		at:     map[string]any{"0.errors.error.code": "11072"},
	},
	{
		name: "paypal soap activemerchant fixture docapture 11612 fraud management filters", paste: "paypal-soap-activemerchant-fixture-docapture-11612-fraud-management-filters", docs: 1,
		reason: "PayPal's SOAP envelope for DoCapture, in an Active Merchant test",
		at:     map[string]any{"0.Envelope.Body.DoCaptureResponse.Errors.ErrorCode": "11612"},
	},
	{
		name: "paypal soap activemerchant fixture dovoid 10004 transaction id not valid", paste: "paypal-soap-activemerchant-fixture-dovoid-10004-transaction-id-not-valid", docs: 1,
		reason: "PayPal's SOAP envelope for DoVoid, in an Active Merchant test",
		at:     map[string]any{"0.Envelope.Body.DoVoidResponse.Errors.ErrorCode": "10004"},
	},
	{
		name: "other braintree xml java sdk test document upload 84904 malformed file", paste: "other-braintree-xml-java-sdk-test-document-upload-84904-malformed-file", docs: 1,
		reason: "Braintree's api-error-response written as a Java string concatenation in its SDK's test",
		at:     map[string]any{"0.api-error-response.errors.document-upload.errors.error.code": "84904"},
	},
	{
		name: "other braintree xml java sdk test verification processor declined 2000 do not honor", paste: "other-braintree-xml-java-sdk-test-verification-processor-declined-2000-do-not-honor", docs: 1,
		reason: "Braintree's api-error-response with a processor-declined verification, in its SDK's test",
		at:     map[string]any{"0.api-error-response.verification.processor-response-code": "2000"},
	},
	{
		name: "other square json activemerchant pr fixture capture not found transaction id", paste: "other-square-json-activemerchant-pr-fixture-capture-not-found-transaction-id", docs: 0,
		reason: "Ruby's heredoc opener, <<-RESPONSE, is no markup",
	},
	{
		name: "other square json activemerchant pr fixture card declined", paste: "other-square-json-activemerchant-pr-fixture-card-declined", docs: 0,
		reason: "Ruby's heredoc opener, <<-RESPONSE, is no markup",
	},
	{
		name: "conekta stack trace ruby rspec token could not be found", paste: "conekta-stack-trace-ruby-rspec-token-could-not-be-found", docs: 0,
		reason: "RSpec's \"(using ==)\" and a Ruby block's <top (required)> are no markup",
	},
	{
		name: "other akamai log prefixed paypal android sdk 403 access denied logcat", paste: "other-akamai-log-prefixed-paypal-android-sdk-403-access-denied-logcat", docs: 1,
		reason: "Akamai's Access Denied page, each line behind logcat's prefix",
		at:     map[string]any{"0.HTML.BODY.H1": "Access Denied"},
	},
	{
		name: "other authorizenet xml activemerchant e00039 duplicate payment profile", paste: "other-authorizenet-xml-activemerchant-e00039-duplicate-payment-profile", docs: 1,
		reason: "Authorize.Net's XML answer, in an Active Merchant test",
		at:     map[string]any{"0.createCustomerPaymentProfileResponse.messages.message.code": "E00039"},
	},
	{
		name: "other azure frontdoor html static web apps services not available", paste: "other-azure-frontdoor-html-static-web-apps-services-not-available", docs: 1,
		reason: "Azure Front Door's page, its tracking reference after the markup",
		at:     map[string]any{"0.h2": "Our services aren't available right now"},
	},
	{
		name: "other azure json data factory function 502 iis gateway html", paste: "other-azure-json-data-factory-function-502-iis-gateway-html", docs: 1,
		reason: "IIS's 502 page quoted in a Data Factory error's JSON",
		at:     map[string]any{"0.html.head.title": "502 - Web server received an invalid response while acting as a gateway or proxy server."},
	},
	{
		name: "other cloudflare html worldcat cdm export 502 ray id", paste: "other-cloudflare-html-worldcat-cdm-export-502-ray-id", docs: 1,
		reason: "the end of Cloudflare's page, from a div on",
	},
	{
		name: "other cloudflare stack trace guzzle kv bulk put 502 bad gateway", paste: "other-cloudflare-stack-trace-guzzle-kv-bulk-put-502-bad-gateway", docs: 1,
		reason: "the page Guzzle's exception quotes, cut by Guzzle",
		at:     map[string]any{"0.html.head.title": "502 Bad Gateway"},
	},
	{
		name: "other github ruby inspect gisty net http 422", paste: "other-github-ruby-inspect-gisty-net-http-422", docs: 0,
		reason: "Ruby's #<Net::HTTPClientError 422 …> is no markup",
	},
	{
		name: "other iis html satellizer auth live 404 0 detailed error", paste: "other-iis-html-satellizer-auth-live-404-0-detailed-error", docs: 1,
		reason: "IIS's detailed error page",
		at:     map[string]any{"0.html.head.title": "IIS 10.0 Detailed Error - 404.0 - Not Found"},
	},
	{
		name: "other network bare message cielo android sdk hostname in certificate didnt match", paste: "other-network-bare-message-cielo-android-sdk-hostname-in-certificate-didnt-match", docs: 0,
		reason: "a host name in angle brackets is no markup",
	},
	{
		name: "other ngrok html kubefirst atlantis webhook err ngrok 6022", paste: "other-ngrok-html-kubefirst-atlantis-webhook-err-ngrok-6022", docs: 1,
		reason: "ngrok's page, its error in a noscript",
		at:     map[string]any{"0.html.head.noscript": "Before you can serve HTML content, you must sign up for an ngrok account and install your authtoken. (ERR_NGROK_6022)"},
	},
	{
		name: "other ngrok html skyvern webhook err ngrok 8012", paste: "other-ngrok-html-skyvern-webhook-err-ngrok-8012", docs: 1,
		reason: "the noscript line of ngrok's page",
		at:     map[string]any{"0.noscript": "Traffic was successfully tunneled to the ngrok agent, but the agent failed to establish a connection to the upstream web service at localhost:5000. (ERR_NGROK_8012)"},
	},
	{
		name: "other onyx python httperror 422 local chat api", paste: "other-onyx-python-httperror-422-local-chat-api", docs: 0,
		reason: "a Python traceback's <module> is no markup",
	},
	{
		name: "other worldpay xml activemerchant capture exceeds authorised balance 5", paste: "other-worldpay-xml-activemerchant-capture-exceeds-authorised-balance-5", docs: 1,
		reason: "Worldpay's paymentService reply, in an Active Merchant test",
		at:     map[string]any{"0.paymentService.reply.orderStatus.error.code": "5"},
	},
	{
		name: "network log prefixed razorpay orders nameresolutionerror", paste: "network-log-prefixed-razorpay-orders-nameresolutionerror", docs: 0,
		reason: "urllib3's <urllib3.connection.HTTPSConnection object at …> is no markup",
	},
	{
		name: "other cecabank xml activemerchant error 27 formato cvv2 no valido", paste: "other-cecabank-xml-activemerchant-error-27-formato-cvv2-no-valido", docs: 1,
		reason: "Cecabank's TRANSACCION with its ERROR element, in an Active Merchant test",
		at:     map[string]any{"0.TRANSACCION.ERROR.codigo": "27"},
	},
	{
		name: "other cybersource soap activemerchant reject 102 invalid field postalcode", paste: "other-cybersource-soap-activemerchant-reject-102-invalid-field-postalcode", docs: 1,
		reason: "CyberSource's SOAP replyMessage, REJECT with reasonCode 102, in an Active Merchant test",
		at:     map[string]any{"0.Envelope.Body.replyMessage.reasonCode": "102"},
	},
	{
		name: "other elavon xml activemerchant 4025 invalid credentials", paste: "other-elavon-xml-activemerchant-4025-invalid-credentials", docs: 1,
		reason: "Elavon's txn with its errorCode, in an Active Merchant test",
		at:     map[string]any{"0.txn.errorCode": "4025"},
	},
	{
		name: "other epdq xml pay connector capture 50001127 order not authorized", paste: "other-epdq-xml-pay-connector-capture-50001127-order-not-authorized", docs: 1,
		reason: "ePDQ's ncresponse, its error in attributes",
		at:     map[string]any{"0.ncresponse.NCERROR": "50001127"},
	},
	{
		name: "other epdq xml pay connector query status 50001130 unknown orderid", paste: "other-epdq-xml-pay-connector-query-status-50001130-unknown-orderid", docs: 1,
		reason: "ePDQ's ncresponse with its attributes one per line, unindented",
		at:     map[string]any{"0.ncresponse.NCERROR": "50001130"},
	},
	{
		name: "other eway raw http omnipay direct purchase 63 security violation sandbox", paste: "other-eway-raw-http-omnipay-direct-purchase-63-security-violation-sandbox", docs: 1,
		reason: "eWAY's ewayResponse after IIS's 200 headers",
		at:     map[string]any{"0.ewayResponse.ewayTrxnError": "63, Security Violation (Sandbox)"},
	},
	{
		name: "other eway raw http omnipay direct refund already refunded total amount", paste: "other-eway-raw-http-omnipay-direct-refund-already-refunded-total-amount", docs: 1,
		reason: "eWAY's ewayResponse after IIS's 200 headers",
		at:     map[string]any{"0.ewayResponse.ewayTrxnStatus": "False"},
	},
	{
		name: "other haproxy html nav online invoice token exchange 503 no server", paste: "other-haproxy-html-nav-online-invoice-token-exchange-503-no-server", docs: 1,
		reason: "HAProxy's 503 page behind an XML prolog",
	},
	{
		name: "other heartland soap activemerchant creditsale rspcode 02 call", paste: "other-heartland-soap-activemerchant-creditsale-rspcode-02-call", docs: 1,
		reason: "Heartland's PosResponse in SOAP, an element named Ver1.0",
		at:     map[string]any{"0.Envelope.Body.PosResponse.rootUrl": "https://posgateway.cert.secureexchange.net/Hps.Exchange.PosGateway"},
	},
	{
		name: "other hubtel log prefixed receive mobilemoney 403 forbidden html", paste: "other-hubtel-log-prefixed-receive-mobilemoney-403-forbidden-html", docs: 1,
		reason: "nginx's 403 page in a log line",
	},
	{
		name: "other merchantware soap activemerchant preauth invalid card number", paste: "other-merchantware-soap-activemerchant-preauth-invalid-card-number", docs: 1,
		reason: "MerchantWare's SOAP result with its ErrorMessage, in an Active Merchant test",
	},
	{
		name: "other moneris xml activemerchant receipt 481 declined", paste: "other-moneris-xml-activemerchant-receipt-481-declined", docs: 1,
		reason: "Moneris's receipt, in an Active Merchant test",
	},
	{
		name: "other netaxept raw http omnipay register validationexception missing order number", paste: "other-netaxept-raw-http-omnipay-register-validationexception-missing-order-number", docs: 1,
		reason: "Netaxept's Exception after IIS's 200 headers",
		at:     map[string]any{"0.Exception.Error.Message": "Missing parameter: 'Order Number'"},
	},
	{
		name: "other netaxept xml activemerchant genericerror supermerchant submerchant", paste: "other-netaxept-xml-activemerchant-genericerror-supermerchant-submerchant", docs: 1,
		reason: "Netaxept's Exception, in an Active Merchant test",
	},
	{
		name: "other redsys xml activemerchant refund sis0057 retornoxml", paste: "other-redsys-xml-activemerchant-refund-sis0057-retornoxml", docs: 1,
		reason: "Redsys's RETORNOXML as a Ruby string literal, escaped quotes and \\n kept",
		at:     map[string]any{"0.RETORNOXML.CODIGO": "SIS0057"},
	},
	{
		name: "other redsys xml activemerchant void sis0222 retornoxml", paste: "other-redsys-xml-activemerchant-void-sis0222-retornoxml", docs: 1,
		reason: "Redsys's RETORNOXML as a Ruby string literal, escaped quotes and \\n kept",
		at:     map[string]any{"0.RETORNOXML.CODIGO": "SIS0222"},
	},
	{
		name: "other securepay xml activemerchant payment 907 card expired", paste: "other-securepay-xml-activemerchant-payment-907-card-expired", docs: 1,
		reason: "SecurePay's SecurePayMessage, its transaction's responseCode, in an Active Merchant test",
		at:     map[string]any{"0.SecurePayMessage.Payment.TxnList.Txn.responseCode": "907"},
	},
	{
		name: "other usaepay soap activemerchant fault 40459 payment method declined", paste: "other-usaepay-soap-activemerchant-fault-40459-payment-method-declined", docs: 1,
		reason: "USA ePay's SOAP fault, its code in faultstring",
	},
	{
		name: "other wechatpay js dump tenpay mweb unifiedorder invalid request", paste: "other-wechatpay-js-dump-tenpay-mweb-unifiedorder-invalid-request", docs: 0,
		reason: "a Node dump's <anonymous> frames are no markup",
	},
	{
		name: "other wechatpay sdk exception wxjava entpay no auth", paste: "other-wechatpay-sdk-exception-wxjava-entpay-no-auth", docs: 1,
		reason: "WeChat Pay's xml answer under WxJava's exception line",
		at:     map[string]any{"0.xml.err_code": "NO_AUTH"},
	},
	{
		name: "other wechatpay xml profitsharing return param error", paste: "other-wechatpay-xml-profitsharing-return-param-error", docs: 1,
		reason: "WeChat Pay's profit-sharing xml answer",
		at:     map[string]any{"0.xml.error_code": "PARAM_ERROR"},
	},
	{
		name: "other wechatpay xml wxjava entpay retmsg mch id invalid", paste: "other-wechatpay-xml-wxjava-entpay-retmsg-mch-id-invalid", docs: 1,
		reason: "WeChat Pay's sandbox answer: elements with no root",
	},
	{
		name: "other worldpay xml pay connector check credentials 4 security violation", paste: "other-worldpay-xml-pay-connector-check-credentials-4-security-violation", docs: 1,
		reason: "Worldpay's paymentService reply with its error code",
		at:     map[string]any{"0.paymentService.reply.orderStatus.error.code": "4"},
	},
	{
		name: "pagbank xml prestashop getinstallments 53041 fragment", paste: "pagbank-xml-prestashop-getinstallments-53041-fragment", docs: 1,
		reason: "PagSeguro's error element quoted in an issue's words, its sentence after it",
		at:     map[string]any{"0.error.code": "53041"},
	},
	{
		name: "paypal xml activemerchant payflow responsedata result 12 declined", paste: "paypal-xml-activemerchant-payflow-responsedata-result-12-declined", docs: 1,
		reason: "Payflow's ResponseData, in an Active Merchant test",
		at:     map[string]any{"0.ResponseData.Result": "12"},
	},
	{
		name: "other authorize.net raw http omnipay aim refund 54 criteria for credit", paste: "other-authorize.net-raw-http-omnipay-aim-refund-54-criteria-for-credit", docs: 1,
		reason: "Authorize.Net's createTransactionResponse after IIS's 200 headers",
		at:     map[string]any{"0.createTransactionResponse.messages.message.code": "E00027"},
	},
	{
		name: "other ingenico html activemerchant globalcollect payments 502 proxy error", paste: "other-ingenico-html-activemerchant-globalcollect-payments-502-proxy-error", docs: 1,
		reason: "Apache's 502 Proxy Error page in front of GlobalCollect",
		at:     map[string]any{"0.html.head.title": "502 Proxy Error"},
	},
	{
		name: "other ipg soap activemerchant authorize sgs 005003 order already exists", paste: "other-ipg-soap-activemerchant-authorize-sgs-005003-order-already-exists", docs: 1,
		reason: "Fiserv IPG's SOAP fault with its order response in detail",
		at:     map[string]any{"0.Envelope.Body.Fault.faultstring": "ProcessingException"},
	},
	{
		name: "other litle xml activemerchant sale 110 insufficient funds", paste: "other-litle-xml-activemerchant-sale-110-insufficient-funds", docs: 1,
		reason: "Litle's litleOnlineResponse, its saleResponse's response code",
		at:     map[string]any{"0.litleOnlineResponse.saleResponse.response": "110"},
	},
	{
		name: "other telr xml activemerchant void 05 transaction cost or currency not valid", paste: "other-telr-xml-activemerchant-void-05-transaction-cost-or-currency-not-valid", docs: 1,
		reason: "Telr's remote auth answer",
		at:     map[string]any{"0.remote.auth.code": "05"},
	},
	{
		name: "stripe json ofn cassette confirm stolen card 402", paste: "stripe-json-ofn-cassette-confirm-stolen-card-402", docs: 0,
		reason: "a VCR cassette's YAML: its < is a placeholder (<HIDDEN-CLIENT-SECRET>), no markup",
	},
	{
		name: "stripe json pay rails cassette attach no such paymentmethod 404", paste: "stripe-json-pay-rails-cassette-attach-no-such-paymentmethod-404", docs: 0,
		reason: "VCR's filter placeholders (<VENDOR_ID>, <VENDOR_AUTH_CODE>) are no markup",
	},
	{
		name: "stripe json pay rails cassette payment intent below minimum amount", paste: "stripe-json-pay-rails-cassette-payment-intent-below-minimum-amount", docs: 0,
		reason: "VCR's filter placeholders (<VENDOR_ID>, <VENDOR_AUTH_CODE>) are no markup",
	},
	{
		name: "stripe json pay rails cassette subscription no such price 400", paste: "stripe-json-pay-rails-cassette-subscription-no-such-price-400", docs: 0,
		reason: "VCR's filter placeholders (<VENDOR_ID>, <VENDOR_AUTH_CODE>) are no markup",
	},
	{
		name: "cielo xml webservice15 csharp cancel 042 not expected", paste: "cielo-xml-webservice15-csharp-cancel-042-not-expected", docs: 1,
		reason: "Cielo 1.5's erro element, its words mis-decoded as published",
		at:     map[string]any{"0.erro.codigo": "042"},
	},
	{
		name: "rede xml komerci authorize codret 2 transacao negada", paste: "rede-xml-komerci-authorize-codret-2-transacao-negada", docs: 1,
		reason: "Rede's Komerci AUTHORIZATION answer in capitals",
		at:     map[string]any{"0.AUTHORIZATION.CODRET": "2"},
	},
	{
		name: "network js dump paypal node unable to verify leaf signature", paste: "network-js-dump-paypal-node-unable-to-verify-leaf-signature", docs: 0,
		reason: "Node's stack frame <anonymous> is no markup",
	},
	{
		name: "other currencycloud bare message node rates syntaxerror unexpected token", paste: "other-currencycloud-bare-message-node-rates-syntaxerror-unexpected-token", docs: 0,
		reason: "a JSON parser's 'Unexpected token <' quotes no markup",
	},
	{
		name: "stone log prefixed flutter logcat transactionobject action code 1016 declined", paste: "stone-log-prefixed-flutter-logcat-transactionobject-action-code-1016-declined", docs: 0,
		reason: "a kernel log's '<<' is no markup",
	},
	{
		name: "stripe sdk exception flutter stripe payment invalidrequest no such pi request id", paste: "stripe-sdk-exception-flutter-stripe-payment-invalidrequest-no-such-pi-request-id", docs: 0,
		reason: "an id the asker hid as <*My Secret Key*> is no markup",
	},
	{
		name: "stripe sdk exception flutter stripe payment platformexception invalidrequest secret", paste: "stripe-sdk-exception-flutter-stripe-payment-platformexception-invalidrequest-secret", docs: 0,
		reason: "an id the asker hid as <SECRET> is no markup",
	},
	{
		name: "other authorizenet raw http omnipay aim authorize e00027 5 valid amount required", paste: "other-authorizenet-raw-http-omnipay-aim-authorize-e00027-5-valid-amount-required", docs: 1,
		reason: "Authorize.Net's E00027 above the transaction's own error",
		at:     map[string]any{"0.createTransactionResponse.transactionResponse.errors.error.errorCode": "5"},
	},
	{
		name: "other authorizenet raw http omnipay cim e00042 more than 10 payment profiles", paste: "other-authorizenet-raw-http-omnipay-cim-e00042-more-than-10-payment-profiles", docs: 1,
		reason: "Authorize.Net's CIM answer with its error message",
		at:     map[string]any{"0.createCustomerPaymentProfileResponse.messages.message.code": "E00042"},
	},
	{
		name: "other authorizenet xml saleor cassette void 310 already voided", paste: "other-authorizenet-xml-saleor-cassette-void-310-already-voided", docs: 1,
		reason: "Authorize.Net's Ok answer whose transaction message says it was voided before",
		at:     map[string]any{"0.createTransactionResponse.transactionResponse.messages.message.code": "310"},
	},
	{
		name: "other bluesnap raw http omnipay hosted checkout encryption password required", paste: "other-bluesnap-raw-http-omnipay-hosted-checkout-encryption-password-required", docs: 1,
		reason: "BlueSnap's messages with an error-name",
		at:     map[string]any{"0.messages.message.error-name": "ENCRYPTION_PASSWORD_REQUIRED"},
	},
	{
		name: "other bluesnap raw http omnipay refund 14022 invoice already fully refunded", paste: "other-bluesnap-raw-http-omnipay-refund-14022-invoice-already-fully-refunded", docs: 1,
		reason: "BlueSnap's messages with an error-name and a code",
		at:     map[string]any{"0.messages.message.code": "14022"},
	},
	{
		name: "other elementexpress raw http omnipay credit card sale 20 declined", paste: "other-elementexpress-raw-http-omnipay-credit-card-sale-20-declined", docs: 1,
		reason: "Element Express's response code and message pair",
		at:     map[string]any{"0.CreditCardSaleResponse.Response.ExpressResponseCode": "20"},
	},
	{
		name: "other elementexpress raw http omnipay health check 103 credentials expected", paste: "other-elementexpress-raw-http-omnipay-health-check-103-credentials-expected", docs: 1,
		reason: "Element Express's Response inside a Response",
		at:     map[string]any{"0.Response.Response.ExpressResponseCode": "103"},
	},
	{
		name: "other nginx html shopifysharp 504 gateway time out unexpected character", paste: "other-nginx-html-shopifysharp-504-gateway-time-out-unexpected-character", docs: 1,
		reason: "nginx's 504 page",
		at:     map[string]any{"0.html.head.title": "504 Gateway Time-out"},
	},
	{
		name: "other payu xml alu input error duplicate order already paid", paste: "other-payu-xml-alu-input-error-duplicate-order-already-paid", docs: 1,
		reason: "PayU's ALU answer, its status an error's name",
		at:     map[string]any{"0.EPAYMENT.RETURN_CODE": "DUPLICATE_ORDER"},
	},
	{
		name: "other payu xml irn refund 2 invalid order ref", paste: "other-payu-xml-irn-refund-2-invalid-order-ref", docs: 1,
		reason: "PayU's IRN answer: its fields parted by bars in one element",
		at:     map[string]any{"0.EPAYMENT": "alegra5fb3d705f0cf0|2|Invalid ORDER_REF|2020-11-17 19:28:06|e6ce33b0c6dd6825f2bbf18cf073b516"},
	},
	{
		name: "pagbank log prefixed sdk log 53140 installment quantity out of range", paste: "pagbank-log-prefixed-sdk-log-53140-installment-quantity-out-of-range", docs: 1,
		reason: "PagSeguro's errors after a PHP library's log prefix",
		at:     map[string]any{"0.errors.error.code": "53140"},
	},
	{
		name: "pagbank log prefixed sdk log many required fields first 53077", paste: "pagbank-log-prefixed-sdk-log-many-required-fields-first-53077", docs: 1,
		reason: "PagSeguro's errors after a PHP library's log prefix, many of them",
		at:     map[string]any{"0.errors.error.0.code": "53077"},
	},
	{
		name: "stripe raw http cassette exchange customer sources 402 card declined", paste: "stripe-raw-http-cassette-exchange-customer-sources-402-card-declined", docs: 0,
		reason: "VCR's filter placeholder (<STRIPE SECRET KEY>) is no markup",
	},
	{
		name: "stripe raw http cassette exchange customers retrieve 404 no such customer 2015", paste: "stripe-raw-http-cassette-exchange-customers-retrieve-404-no-such-customer-2015", docs: 0,
		reason: "VCR's filter placeholder (<STRIPE SECRET KEY>) is no markup",
	},
	{
		name: "stripe raw http cassette onetimesecret customers retrieve 404 no such customer", paste: "stripe-raw-http-cassette-onetimesecret-customers-retrieve-404-no-such-customer", docs: 0,
		reason: "VCR's filter placeholders (<STRIPE_API_KEY>, <STRIPE_VERSION>) are no markup",
	},
	{
		name: "other borgun soap activemerchant authorization actioncode 111", paste: "other-borgun-soap-activemerchant-authorization-actioncode-111", docs: 1,
		reason: "Borgun's reply kept escaped as a string in its SOAP answer, read as the document it is",
		at:     map[string]any{"0.Envelope.Body.getAuthorizationOutput.getAuthResXml.getAuthorizationReply.ActionCode": "111"},
	},
	{
		name: "other bpoint soap activemerchant purchase responsecode 2 declined", paste: "other-bpoint-soap-activemerchant-purchase-responsecode-2-declined", docs: 1,
		reason: "BPOINT's SOAP answer",
		at:     map[string]any{"0.Envelope.Body.ProcessPaymentResponse.ProcessPaymentResult.ResponseCode": "2"},
	},
	{
		name: "other checkout.com xml activemerchant legacy capture egp00173 currency mismatch", paste: "other-checkout.com-xml-activemerchant-legacy-capture-egp00173-currency-mismatch", docs: 1,
		reason: "Checkout.com's legacy gateway's error",
		at:     map[string]any{"0.response.error_code_tag": "EGP00173"},
	},
	{
		name: "other checkout.com xml activemerchant legacy purchase responsecode 5", paste: "other-checkout.com-xml-activemerchant-legacy-purchase-responsecode-5", docs: 1,
		reason: "Checkout.com's legacy gateway's decline",
		at:     map[string]any{"0.response.responsecode": "5"},
	},
	{
		name: "other epay soap activemerchant capture epayresponse minus1008", paste: "other-epay-soap-activemerchant-capture-epayresponse-minus1008", docs: 1,
		reason: "ePay's SOAP answer",
		at:     map[string]any{"0.Envelope.Body.captureResponse.epayresponse": "-1008"},
	},
	{
		name: "other garanti xml activemerchant gvps 92 reason 0651 declined", paste: "other-garanti-xml-activemerchant-gvps-92-reason-0651-declined", docs: 1,
		reason: "Garanti's GVPS answer",
		at:     map[string]any{"0.GVPSResponse.Transaction.Response.ReasonCode": "0651"},
	},
	{
		name: "other globalpayments xml activemerchant realex credit 502 refund hash", paste: "other-globalpayments-xml-activemerchant-realex-credit-502-refund-hash", docs: 1,
		reason: "Global Payments' (Realex's) answer",
		at:     map[string]any{"0.response.result": "502"},
	},
	{
		name: "other gmo pg raw http ruby cassette alter tran e01 multiple", paste: "other-gmo-pg-raw-http-ruby-cassette-alter-tran-e01-multiple", docs: 0,
		reason: "VCR's filter placeholders (<HOST>, <SHOP_ID>) are no markup",
	},
	{
		name: "other gmo pg raw http ruby cassette exec tran ex1000301 token", paste: "other-gmo-pg-raw-http-ruby-cassette-exec-tran-ex1000301-token", docs: 0,
		reason: "VCR's filter placeholders (<HOST>, <SHOP_ID>) are no markup",
	},
	{
		name: "other hdfc xml activemerchant purchase gw00160 invalid brand", paste: "other-hdfc-xml-activemerchant-purchase-gw00160-invalid-brand", docs: 1,
		reason: "HDFC's sibling elements without a root",
		at:     map[string]any{"0.error_code_tag": "GW00160"},
	},
	{
		name: "other iveri soap activemerchant debit code 4 denied do not honour", paste: "other-iveri-soap-activemerchant-debit-code-4-denied-do-not-honour", docs: 1,
		reason: "iVeri's V_XML kept escaped as a string in its SOAP answer, read as the document it is",
		at:     map[string]any{"0.Envelope.Body.ExecuteResponse.ExecuteResult.V_XML.Transaction.Result.Code": "4"},
	},
	{
		name: "other nuvei xml activemerchant safecharge capture 1163 must contain card", paste: "other-nuvei-xml-activemerchant-safecharge-capture-1163-must-contain-card", docs: 1,
		reason: "SafeCharge's (Nuvei's) answer",
		at:     map[string]any{"0.Response.ExErrCode": "1163"},
	},
	{
		name: "other nuvei xml activemerchant safecharge purchase declined", paste: "other-nuvei-xml-activemerchant-safecharge-purchase-declined", docs: 1,
		reason: "SafeCharge's (Nuvei's) decline",
		at:     map[string]any{"0.Response.Status": "DECLINED"},
	},
	{
		name: "other payex soap activemerchant purchasecc invalidparameter expiredate", paste: "other-payex-soap-activemerchant-purchasecc-invalidparameter-expiredate", docs: 1,
		reason: "PayEx's answer kept escaped as a string in its SOAP answer, read as the document it is",
		at:     map[string]any{"0.Envelope.Body.PurchaseCCResponse.PurchaseCCResult.payex.status.errorCode": "ValidationError_InvalidParameter"},
	},
	{
		name: "other paygate xml activemerchant payxml ecode 9 transaction id digits", paste: "other-paygate-xml-activemerchant-payxml-ecode-9-transaction-id-digits", docs: 1,
		reason: "PayGate's PayXML error in attributes",
		at:     map[string]any{"0.protocol.errorrx.ecode": "9"},
	},
	{
		name: "other worldnet xml activemerchant capture uid minlength schema", paste: "other-worldnet-xml-activemerchant-capture-uid-minlength-schema", docs: 1,
		reason: "WorldNet's ERROR in capitals",
		at:     map[string]any{"0.ERROR.ERRORSTRING": "cvc-minLength-valid: Value '' with length = '0' is not facet-valid with respect to minLength '10' for type 'UID'."},
	},
	{
		name: "other worldnet xml activemerchant store e11 invalid cardexpiry", paste: "other-worldnet-xml-activemerchant-store-e11-invalid-cardexpiry", docs: 1,
		reason: "WorldNet's ERROR in capitals",
		at:     map[string]any{"0.ERROR.ERRORCODE": "E11"},
	},
	{
		name: "other barclays raw http account requests 400 jbweb html", paste: "other-barclays-raw-http-account-requests-400-jbweb-html", docs: 1,
		reason: "JBoss's error page under a request and response log",
		at:     map[string]any{"0.html.body.h1": "JBWEB000065: HTTP Status 400 -"},
	},
	{
		name: "other barclays raw http standing orders 401 oauth security policy handler", paste: "other-barclays-raw-http-standing-orders-401-oauth-security-policy-handler", docs: 0,
		reason: "a logger's \"< Response 401\" and \"> Request\" markers are no markup",
	},
	{
		name: "other nginx html datasift 502 bad gateway", paste: "other-nginx-html-datasift-502-bad-gateway", docs: 1,
		reason: "nginx's 502 page quoted on one line",
		at:     map[string]any{"0.html.head.title": "502 Bad Gateway"},
	},
	{
		name: "paypal json payflow woocommerce 114 cvv2 mismatch 15004", paste: "paypal-json-payflow-woocommerce-114-cvv2-mismatch-15004", docs: 1,
		reason: "WooCommerce's error list kept escaped in its checkout's JSON answer",
		at:     map[string]any{"0.ul.li": "Payment error: 114-CVV2 Mismatch: 15004-This transaction cannot be processed. Please enter a valid Credit Card Verification Number."},
	},
	{
		name: "adyen bare message node hpp merchant signature not valid checkhmac", paste: "adyen-bare-message-node-hpp-merchant-signature-not-valid-checkhmac", docs: 0,
		reason: "a <br /> inside a line of text is no document",
	},
	{
		name: "paypal raw http gumroad cassette capture 422 order not approved request id", paste: "paypal-raw-http-gumroad-cassette-capture-422-order-not-approved-request-id", docs: 0,
		reason: "a cassette's <PAYPAL_PARTNER_MERCHANT_ID> placeholder is no markup",
	},
	{
		name: "paypal soap active merchant dodirectpayment 11610 fraud review warning", paste: "paypal-soap-active-merchant-dodirectpayment-11610-fraud-review-warning", docs: 1,
		reason: "PayPal's SOAP answer with a warning",
		at:     map[string]any{"0.Envelope.Body.DoDirectPaymentResponse.Errors.ErrorCode": "11610"},
	},
	{
		name: "paypal soap active merchant setec two errors 10736 10002", paste: "paypal-soap-active-merchant-setec-two-errors-10736-10002", docs: 1,
		reason: "PayPal's SOAP answer with two errors",
		at:     map[string]any{"0.Envelope.Body.SetExpressCheckoutResponse.Ack": "Failure"},
	},
	{
		name: "network stack trace cielo webservice15 curl no common encryption algorithm", paste: "network-stack-trace-cielo-webservice15-curl-no-common-encryption-algorithm", docs: 0,
		reason: "a request's XML cut to '<?xml version=\"...' in a PHP frame is no document",
	},
	{
		name: "network stack trace mpesa openapi reversal errno 111 port 433", paste: "network-stack-trace-mpesa-openapi-reversal-errno-111-port-433", docs: 0,
		reason: "Python's <urllib3.connection…> reprs are no markup",
	},
	{
		name: "other cloudflare html openhands llm api sorry you have been blocked", paste: "other-cloudflare-html-openhands-llm-api-sorry-you-have-been-blocked", docs: 1,
		reason: "Cloudflare's block page, cut to its content",
		at:     map[string]any{"0.div.0.div.div.0.p.data-translate": "blocked_why_detail"},
	},
	{
		name: "other mpay24 soap acceptpayment external error card expired", paste: "other-mpay24-soap-acceptpayment-external-error-card-expired", docs: 1,
		reason: "mPAY24's SOAP answer, its envelope cut off by the paste",
		at:     map[string]any{"0.AcceptPaymentResponse.errNo": "100"},
	},
	{
		name: "network stack trace paypal node sdk self signed cert in chain", paste: "network-stack-trace-paypal-node-sdk-self-signed-cert-in-chain", docs: 0,
		reason: "Node's SecurePair.<anonymous> frame is no markup",
	},
	{
		name: "other instapago json cancel payment formatexception boolean", paste: "other-instapago-json-node-cancel-payment-formatexception-boolean", docs: 0,
		reason: "a .NET frame's <>c__DisplayClass and <GetExecutor> inside a JSON string are no markup",
	},
	{
		name: "other wechatpay stack trace tenpay xml format error", paste: "other-wechatpay-stack-trace-node-tenpay-xml-format-error", docs: 0,
		reason: "Node's Promise { <pending> } and <anonymous> frames are no markup",
	},
	{
		name: "paypal log woocommerce create order unable to parse 403 forbidden", paste: "paypal-log-prefixed-woocommerce-create-order-unable-to-parse-403-forbidden", docs: 1,
		reason: "the HTML page PayPal's plugin could not parse, inside a print_r of its response",
		at:     map[string]any{"0.html.head.title": "403 - Forbidden"},
	},
	{
		name: "other bluesnap xml activemerchant 14002 incorrect information", paste: "other-bluesnap-xml-activemerchant-14002-incorrect-information-auth-failed", docs: 1,
		reason: "BlueSnap's messages document",
		at:     map[string]any{"0.messages.message.code": "14002"},
	},
	{
		name: "other ixopay xml activemerchant error 2003", paste: "other-ixopay-xml-activemerchant-error-2003-transaction-declined", docs: 1,
		reason: "IXOPAY's result document",
		at:     map[string]any{"0.result.returnType": "ERROR"},
	},
	{
		name: "other sifen soap lote no encolado 0301", paste: "other-sifen-soap-jsifenlib-0301-lote-no-encolado", docs: 1,
		reason: "Paraguay's SIFEN SOAP answer",
		at:     map[string]any{"0.Envelope.Body.rResEnviLoteDe.dCodRes": "0301"},
	},
	{
		name: "paypal payflow xmlpay result 7 invalid token", paste: "paypal-xml-activemerchant-payflow-express-details-result-7-invalid-token", docs: 1,
		reason: "Payflow's XMLPay answer",
		at:     map[string]any{"0.XMLPayResponse.ResponseData.TransactionResults.TransactionResult.Result": "7"},
	},
	{
		name: "stripe pay cassette 401 invalid api key placeholders", paste: "stripe-raw-http-pay-cassette-invoice-401-invalid-api-key", docs: 0,
		reason: "a cassette's own redactions, <STRIPE_PRIVATE_KEY> and <VENDOR_ID>, are no markup",
	},
	{
		name: "other fastly wepay 503 first byte timeout", paste: "other-fastly-html-wepay-checkout-create-503-first-byte-timeout", docs: 1,
		reason: "Varnish's error page in front of WePay's API (its leading '<' lost in the issue)",
		at:     map[string]any{"0.html.head.title": "503 first byte timeout"},
	},
	{
		name: "other network opencart cielo simplexml notice", paste: "other-network-stack-trace-opencart-cielo-simplexml-empty-notice", docs: 4,
		reason: "PHP's HTML notices: <b>Notice</b>, the file and the line in <b>, each its own fragment",
		at:     map[string]any{"0.b": "Notice", "2.b": "410"},
	},
	{
		name: "other saltedge connect session 403 html", paste: "other-saltedge-sdk-exception-firefly-connect-session-403-html", docs: 1,
		reason: "nginx's 403 page where Salt Edge's API should have answered",
		at:     map[string]any{"0.html.head.title": "403 Forbidden"},
	},
	{
		name: "stripe ios no such setupintent placeholder", paste: "stripe-bare-message-ios-confirm-setup-intent-no-such-setupintent", docs: 0,
		reason: "the reporter's <private_client_secret> placeholder is no markup",
	},
	{
		name: "other gocardless firefly 503 uuid placeholder", paste: "other-gocardless-log-prefixed-firefly-details-503-connection-error", docs: 0,
		reason: "the reporter's <uuid> placeholder in a URL is no markup",
	},
	{
		name: "pagbank java assinaturas fixture 11088 11096 11097", paste: "pagbank-xml-fixture-java-assinaturas-11088-11096-11097-preapproval", docs: 1,
		reason: "PagSeguro's v2 errors, three of them",
		shape:  `{"errors":{"error":[{"code":"11088","message":"preApprovalName is required"},{"code":"11096","message":"preApprovalFinalDate must be after preApprovalInitialDate."},{"code":"11097","message":"pre-approval total time less than minimum. Check parameter preApprovalFinalDate."}]}}`,
	},
	{
		name: "pagbank recorrencia fixture card token 30400", paste: "pagbank-xml-fixture-recorrencia-card-token-30400-invalid-creditcard-data", docs: 1,
		reason: "PagSeguro's v2 errors",
		shape:  `{"errors":{"error":{"code":"30400","message":"invalid creditcard data"}}}`,
	},
	{
		name: "pagbank recorrencia fixture plan 11106", paste: "pagbank-xml-fixture-recorrencia-plan-11106-amount-per-payment-invalid", docs: 1,
		reason: "PagSeguro's v2 errors",
		shape:  `{"errors":{"error":{"code":"11106","message":"preApprovalAmountPerPayment invalid value."}}}`,
	},
	{
		name: "paypal totaljs nvp ack failure anonymous frame", paste: "paypal-log-prefixed-totaljs-nvp-ack-failure-no-permissions-api-call", docs: 0,
		reason: "Node's frame IncomingMessage.<anonymous> is no markup",
	},
	{
		name: "other authorize.net activemerchant cim e00104 maintenance", paste: "other-authorize.net-xml-activemerchant-cim-e00104-server-in-maintenance", docs: 1,
		reason: "Authorize.Net's CIM ErrorResponse, two messages",
		shape:  `{"ErrorResponse":{"messages":{"resultCode":"Error","message":[{"code":"E00104","text":"Server in maintenance"},{"code":"E00001","text":"An error occurred during processing. Please try again."}]}}}`,
	},
	{
		name: "other spreedly rspreedly httparty 404 ruby objects", paste: "other-spreedly-ruby-inspect-rspreedly-httparty-404-not-found-invoice", docs: 0,
		reason: "Ruby's #<…> objects and a parser's quoted '<' are no markup",
	},
	{
		name: "stripe spreedly gem store ruby object", paste: "stripe-ruby-inspect-spreedly-gem-store-secret-key-required", docs: 0,
		reason: "Ruby's #<Spreedly::Store …> object is no markup",
	},
	{
		name: "other correios xml correios frete ruby erro 15 comprimento 105cm", paste: "other-correios-xml-correios-frete-ruby-erro-15-comprimento-105cm", docs: 1,
		reason: "Correios's freight answer, Erro and MsgErro",
		shape:  `{"Erro":"-15","MsgErro":"O comprimento nao pode ser maior que 105 cm."}`,
	},
	{
		name: "other maxipago xml activemerchant capture 1024 reference number required", paste: "other-maxipago-xml-activemerchant-capture-1024-reference-number-required", docs: 1,
		reason: "maxiPago!'s transaction-response",
		shape:  `{"transaction-response":{"authCode":"","orderID":"","referenceNum":"","transactionID":"","transactionTimestamp":"1393012277035","responseCode":"1024","responseMessage":"INVALID REQUEST","avsResponseCode":"","cvvResponseCode":"","processorCode":"","processorMessage":"","errorMessage":"Reference Number is a required field."}}`,
	},
	{
		name: "other maxipago xml activemerchant void api error 1 original not found", paste: "other-maxipago-xml-activemerchant-void-api-error-1-original-not-found", docs: 1,
		reason: "maxiPago!'s api-error",
		shape:  `{"api-error":{"errorCode":"1","errorMsg":"Unable to validate, original void transaction not found"}}`,
	},
	{
		name: "other prefeitura sp xml notafiscalsp nfts 1009 assinatura incorreta", paste: "other-prefeitura-sp-xml-notafiscalsp-nfts-1009-assinatura-incorreta", docs: 1,
		reason: "São Paulo's NFTS Erro",
		shape:  `{"Erro":{"Codigo":"1009","Descricao":"Assinatura Digital da NFTS incorreta"}}`,
	},
	{
		name: "other sefaz soap rs recepcaoevento cstat 450 modelo diferente 55", paste: "other-sefaz-soap-rs-recepcaoevento-cstat-450-modelo-diferente-55", docs: 1,
		reason: "SEFAZ RS's event answer in its SOAP envelope",
		shape:  `{"Envelope":{"Header":{"nfeCabecMsg":{"cUF":"43","versaoDados":"1.00"}},"Body":{"nfeRecepcaoEventoResult":{"retEnvEvento":{"versao":"1.00","idLote":"144016135799589","tpAmb":"2","verAplic":"RS201411191410","cOrgao":"43","cStat":"450","xMotivo":"Rejeicao: Modelo da NF-e diferente de 55"}}}}}`,
	},
	{
		name: "other sefaz xml mt nfce retenvinfe cstat 813 qrcode escape cdata", paste: "other-sefaz-xml-mt-nfce-retenvinfe-cstat-813-qrcode-escape-cdata", docs: 1,
		reason: "SEFAZ MT's retEnviNFe with its protocol's rejection",
		shape:  `{"retEnviNFe":{"versao":"4.00","tpAmb":"2","verAplic":"3.00","cStat":"104","xMotivo":"Lote processado","cUF":"51","dhRecbto":"2018-07-26T21:24:11-03:00","nRec":"0","tMed":"0","protNFe":{"versao":"4.00","infProt":{"tpAmb":"2","verAplic":"4.00","chNFe":"511807XXXXXXXXXXXXXX650010000000091000012344","dhRecbto":"2018-07-26T21:24:11-03:00","digVal":"wNmRsXFdJ4aHbR3TbjBGBgm9lOg=","cStat":"813","xMotivo":"Rejeicao: QR-Code com sequencia de escape para o e-comercial. Usar CDATA"}}}}`,
	},
	{
		name: "other sefaz xml sped nfe manifestacao cstat 573 duplicidade evento", paste: "other-sefaz-xml-sped-nfe-manifestacao-cstat-573-duplicidade-evento", docs: 1,
		reason: "SEFAZ's event answer, cStat and xMotivo",
		shape:  `{"cStat":"573","xMotivo":"Rejeicao: Duplicidade de evento","chNFe":"42200511222333000181550010000047911801614997","tpEvento":"210210","xEvento":"Ciencia da Operacao"}`,
	},
	{
		name: "asaas pay-asaas cassette api key placeholder", paste: "asaas-raw-http-cassette-pay-asaas-pix-400-invalid-customer-cpfcnpj-binary", docs: 0,
		reason: "the cassette's <ASAAS_API_KEY> placeholder is no markup",
	},
	{
		name: "other redsys sermepa sis0019 stray closing tags", paste: "other-redsys-bare-message-wc-sermepa-sis0019-error-en-datos-enviados", docs: 0,
		reason: "a page's closing tags quoted after its words (</font></td>) are no document",
	},
	{
		name: "other authorizenet omnipay aim e00114 ots token", paste: "other-authorizenet-raw-http-omnipay-aim-e00114-invalid-ots-token", docs: 1,
		reason: "Authorize.Net's XML answer behind its headers: messages.message's code and text",
		at:     map[string]any{"0.createTransactionResponse.messages.message.code": "E00114", "0.createTransactionResponse.messages.message.text": "Invalid OTS Token."},
	},
	{
		name: "other authorizenet omnipay cim e00039 duplicate", paste: "other-authorizenet-raw-http-omnipay-cim-e00039-duplicate-record-exists", docs: 1,
		reason: "Authorize.Net's CIM answer, its validation string kept as text",
		at:     map[string]any{"0.createCustomerProfileResponse.messages.message.code": "E00039"},
	},
	{
		name: "other authorizenet activemerchant cim e00015", paste: "other-authorizenet-xml-activemerchant-cim-e00015-card-number-length", docs: 1,
		reason: "Authorize.Net's CIM answer with empty lists",
		at:     map[string]any{"0.createCustomerProfileResponse.messages.message.code": "E00015", "0.createCustomerProfileResponse.messages.message.text": "The field length is invalid for Card Number."},
	},
	{
		name: "other authorizenet activemerchant e00155", paste: "other-authorizenet-xml-activemerchant-e00155-processor-no-network-token", docs: 1,
		reason: "Authorize.Net's answer: the message's code and the transaction's own error",
		at:     map[string]any{"0.createTransactionResponse.messages.message.code": "E00155", "0.createTransactionResponse.transactionResponse.errors.error.errorCode": "155"},
	},
	{
		name: "other network authorizenet dotnet tls reset", paste: "other-network-log-prefixed-authorizenet-dotnet-connection-forcibly-closed-tls", docs: 0,
		reason: "a .NET generic type in the log (ServiceBase<TRequest>) is no markup",
	},
	{
		name: "other worldpay pay connector inquiry error 5", paste: "other-worldpay-xml-pay-connector-inquiry-error-5-payment-not-found", docs: 1,
		reason: "Worldpay's paymentService reply: the error's code attribute and its text",
		at:     map[string]any{"0.paymentService.reply.orderStatus.error.code": "5", "0.paymentService.reply.orderStatus.error.#text": "Could not find payment for order"},
	},
	{
		name: "other jsonsimple autopix unexpected character", paste: "other-jsonsimple-log-prefixed-autopix-mpvalidator-unexpected-character", docs: 0,
		reason: "json-simple's \"Unexpected character (<)\" names the character, no markup",
	},
	{
		name: "stripe laravel cashier no api key", paste: "stripe-stack-trace-laravel-cashier-authenticationexception-no-api-key", docs: 0,
		reason: "Stripe's hint \"Stripe::setApiKey(<API-KEY>)\" is a placeholder, no markup",
	},
	{
		name: "other esocial wire consultarloteeventos 748", paste: "other-esocial-log-prefixed-wire-consultarloteeventos-501-748-protocolo-invalido", docs: 1,
		reason: "an HTTP wire log's SOAP answer: eSocial's status and its occurrence",
		at:     map[string]any{"0.Envelope.Body.ConsultarLoteEventosResponse.ConsultarLoteEventosResult.eSocial.retornoProcessamentoLoteEventos.status.cdResposta": "501", "0.Envelope.Body.ConsultarLoteEventosResponse.ConsultarLoteEventosResult.eSocial.retornoProcessamentoLoteEventos.status.ocorrencias.ocorrencia.codigo": "748"},
	},
	{
		name: "other horus soap sistemafault", paste: "other-horus-soap-bndaf-sistemafault-erro-comunicacao-fila", docs: 1,
		reason: "a SOAP 1.1 fault: faultcode and faultstring",
		at:     map[string]any{"0.Envelope.Body.Fault.faultcode": "soap:Server"},
	},
	{
		name: "other sefaz pynfe iis 403", paste: "other-sefaz-html-pynfe-sp-status-servico-iis-403-access-denied", docs: 1,
		reason: "IIS's 403 page: its h2 and h3",
		at:     map[string]any{"0.h2": "403 - Forbidden: Access is denied."},
	},
	{
		name: "other sefaz java nfe rj retinutnfe 239", paste: "other-sefaz-log-prefixed-java-nfe-rj-retinutnfe-239-versao-nao-suportada", docs: 1,
		reason: "SEFAZ's retInutNFe in a log line: cStat and xMotivo",
		at:     map[string]any{"0.retInutNFe.infInut.cStat": "239", "0.retInutNFe.infInut.xMotivo": "Rejeicao: Versao do arquivo XML nao suportada"},
	},
	{
		name: "other sefaz nfephp ms autorizacao 215", paste: "other-sefaz-soap-nfephp-ms-nfeautorizacaolote-215-falha-schema", docs: 1,
		reason: "SEFAZ MS's SOAP answer with retEnviNFe's rejection",
		at:     map[string]any{"0.Envelope.Body.nfeAutorizacaoLoteResult.retEnviNFe.cStat": "215"},
	},
	{
		name: "other sefaz zeus cte distdfe soap12 fault", paste: "other-sefaz-soap-zeus-sp-cte-distdfe-soap12-fault-action-not-recognized", docs: 1,
		reason: "a SOAP 1.2 fault: Code's Value and Reason's Text",
		at:     map[string]any{"0.Envelope.Body.Fault.Code.Value": "soap:Sender"},
	},
	{
		name: "other sefaz java mg retconsstatserv 215", paste: "other-sefaz-xml-nfe-java-mg-retconsstatserv-215-falha-esquema", docs: 1,
		reason: "SEFAZ MG's status answer: cStat and xMotivo",
		at:     map[string]any{"0.retConsStatServ.cStat": "215", "0.retConsStatServ.xMotivo": "Rejeicao: Falha no esquema XML"},
	},
	{
		name: "pagbank go legacy transactions 13005", paste: "pagbank-xml-go-legacy-transactions-13005-initialdate-finaldate", docs: 1,
		reason: "PagSeguro's v2 errors in XML, printed by a Go client",
		at:     map[string]any{"0.errors.error.code": "13005", "0.errors.error.message": "initialDate must be lower than or equal finalDate"},
	},
	{
		name: "stripe flutter payment intent error generic", paste: "stripe-java-tostring-flutter-confirm-payment-intent-failed-unknown", docs: 0,
		reason: "Dart's generic type StripeError<PaymentIntentError> is no markup",
	},
	{
		name: "stripe android 3ds2 options init", paste: "stripe-stack-trace-android-3ds2-invalid-publishable-key-illegalargument", docs: 0,
		reason: "a Java stack frame's <init> is no markup",
	},
	{
		name: "paypal solidus ppcp refund time limit openstruct", paste: "paypal-log-prefixed-solidus-ppcp-refund-time-limit-exceeded", docs: 0,
		reason: "Ruby's #<OpenStruct …> inspections are no markup",
	},
	{
		name: "stripe liberapay india cross border autolink", paste: "stripe-bare-message-liberapay-india-not-enabled-cross-border", docs: 0,
		reason: "a Markdown autolink <https://…> is no markup",
	},
	{
		name: "pagbank java checkout 11010 senderemail", paste: "pagbank-log-prefixed-java-checkout-11010-senderemail-invalid", docs: 1,
		reason: "PagSeguro's errors inside the Java library's HttpResponse{responseAsString='…'}",
		at:     map[string]any{"0.errors.error.code": "11010"},
	},
	{
		name: "pagbank java checkout 11130 config value", paste: "pagbank-log-prefixed-java-checkout-11130-paymentmethodconfigvalue-required", docs: 1,
		reason: "PagSeguro's four errors, a list under errors.error",
		at:     map[string]any{"0.errors.error.0.code": "11130"},
	},
	{
		name: "pagbank java checkout 11164 sendercpf", paste: "pagbank-log-prefixed-java-checkout-11164-sendercpf-invalid", docs: 1,
		reason: "PagSeguro's two errors, a list under errors.error",
		at:     map[string]any{"0.errors.error.0.code": "11164"},
	},
	{
		name: "pagbank java checkout 11195 discount percent", paste: "pagbank-log-prefixed-java-checkout-11195-discount-percent-out-of-range", docs: 1,
		reason: "PagSeguro's errors with a range in their words",
		at:     map[string]any{"0.errors.error.0.code": "11195"},
	},
	{
		name: "pagbank java directpayment 53101", paste: "pagbank-log-prefixed-java-directpayment-53101-payment-mode-invalid", docs: 1,
		reason: "PagSeguro's transparent checkout error in the Java library's log",
		at:     map[string]any{"0.errors.error.code": "53101"},
	},
	{
		name: "other braintree saleor cassette submit for settlement 404", paste: "other-braintree-raw-http-saleor-cassette-submit-for-settlement-404-empty-body", docs: 1,
		reason: "the request's XML body that the cassette recorded",
		at:     map[string]any{"0.transaction.amount": "80.00"},
	},
	{
		name: "other tpisoft bridgepay 110 duplicate", paste: "other-tpisoft-xml-activemerchant-bridgepay-110-duplicate-transaction", docs: 1,
		reason: "Payflow's names (Result, RespMSG) in another gateway's namespace",
		at:     map[string]any{"0.Response.Result": "110"},
	},
	{
		name: "other tpisoft bridgepay 19 original not found", paste: "other-tpisoft-xml-activemerchant-bridgepay-19-original-transaction-not-found", docs: 1,
		reason: "Payflow's names (Result, RespMSG) in another gateway's namespace",
		at:     map[string]any{"0.Response.Result": "19"},
	},
	{
		name: "other tpisoft bridgepay 23 invalid account", paste: "other-tpisoft-xml-activemerchant-bridgepay-23-invalid-account-number", docs: 1,
		reason: "Payflow's names (Result, RespMSG) in another gateway's namespace",
		at:     map[string]any{"0.Response.Result": "23"},
	},
	{
		name: "other globalpayments globaltransport 12 declined", paste: "other-globalpayments-xml-activemerchant-globaltransport-12-declined", docs: 1,
		reason: "Payflow's names (Result, RespMSG) in another gateway's namespace",
		at:     map[string]any{"0.Response.Result": "12"},
	},
	{
		name: "other globalpayments globaltransport 118 capture", paste: "other-globalpayments-xml-activemerchant-globaltransport-118-capture-over-authorized", docs: 1,
		reason: "Payflow's names (Result, RespMSG) in another gateway's namespace",
		at:     map[string]any{"0.Response.Result": "118"},
	},
	{
		name: "other cloudflare dwolla token 500 doctype in a message", paste: "other-cloudflare-bare-message-dwolla-sandbox-token-500-html", docs: 0,
		reason: "node-fetch's \"Unexpected token '<', \"<!DOCTYPE \"...\" quotes the page's first bytes: no document",
	},
	{
		name: "other lhv connect merchant report error", paste: "other-lhv-xml-connect-merchant-report-no-such-user-code", docs: 1,
		reason: "two sibling elements with no root, as the issue quoted them",
		at:     map[string]any{"0.ErrorCode": "errMerchantReport_3", "0.Description": "No such user code in ACQ"},
	},
	{
		name: "other nfse nacional sefin 404 page cut in guzzle's message", paste: "other-nfse-sdk-exception-nfse-nacional-sefin-404-html", docs: 0,
		reason: "Guzzle's message cuts the 404 page after its DOCTYPE: no document",
	},
	{
		name: "other sefaz retConsReciNFe 215", paste: "other-sefaz-xml-wmixvideo-ret-cons-reci-215-falha-esquema", docs: 1,
		reason: "SEFAZ's receipt answer in its namespace, attributes kept",
		at:     map[string]any{"0.retConsReciNFe.cStat": "215", "0.retConsReciNFe.versao": "3.10"},
	},
	{
		name: "other esocial retorno lote 501", paste: "other-esocial-log-prefixed-501-protocolo-invalido", docs: 1,
		reason: "eSocial's answer to a batch query in a log, its occurrence nested",
		at:     map[string]any{"0.eSocial.retornoProcessamentoLoteEventos.status.cdResposta": "501"},
	},
	{
		name: "other sat-mx stack trace 404 page", paste: "other-sat-mx-stack-trace-404-error-no-controlado", docs: 0,
		reason: "a Python traceback's <module> and a dict: no document",
	},
	{
		name: "other sefaz consSit 215 in a SOAP envelope", paste: "other-sefaz-soap-conssit-215-falha-schema-bytes", docs: 1,
		reason: "SEFAZ SP's answer in its SOAP 1.2 envelope, its accents written as escaped bytes",
		at:     map[string]any{"0.Envelope.Body.nfeResultMsg.retConsSitNFe.cStat": "215"},
	},
	{
		name: "other sefaz consultaDest 109 paralisado", paste: "other-sefaz-soap-consultadest-109-paralisado-sem-previsao", docs: 1,
		reason: "a retired service's answer: paralysed, no forecast",
		at:     map[string]any{"0.Envelope.Body.nfeConsultaNFDestResult.retConsNFeDest.cStat": "109"},
	},
	{
		name: "other sefaz inutilizacao 256", paste: "other-sefaz-soap-inutilizacao-256-faixa-ja-inutilizada", docs: 1,
		reason: "the number range already voided, under a header and a body",
		at:     map[string]any{"0.Envelope.Body.nfeInutilizacaoNF2Result.retInutNFe.infInut.cStat": "256"},
	},
	{
		name: "other sefaz retEnviNFe 204 in a stack trace", paste: "other-sefaz-stack-trace-204-duplicidade-nfe", docs: 1,
		reason: "the end of SEFAZ's answer inside a Java exception's message",
		at:     map[string]any{"0.retEnviNFe.protNFe.infProt.cStat": "204"},
	},
	{
		name: "other sefaz nfce 1022 under 104", paste: "other-sefaz-xml-nfce-1022-grupo-ibs-cbs", docs: 1,
		reason: "a batch processed (104) whose note was refused (1022)",
		at:     map[string]any{"0.retEnviNFe.cStat": "104", "0.retEnviNFe.protNFe.infProt.cStat": "1022"},
	},
	{
		name: "other sefaz nfce 878", paste: "other-sefaz-xml-nfce-878-endereco-consulta-diverge", docs: 1,
		reason: "SEFAZ PR's refusal at the batch's level",
		at:     map[string]any{"0.retEnviNFe.cStat": "878"},
	},
	{
		name: "other sifen py 0160", paste: "other-sifen-py-soap-0160-xml-mal-formado", docs: 1,
		reason: "Paraguay's SIFEN answer in a SOAP 1.2 envelope with an empty header",
		at:     map[string]any{"0.Envelope.Body.rRetEnviDe.rProtDe.gResProc.dCodRes": "0160"},
	},
	{
		name: "other nubank pynubank 403 traceback", paste: "other-nubank-stack-trace-pynubank-graphql-403-qrcode", docs: 0,
		reason: "a Python traceback's <module> is no markup",
	},
	{
		name: "other recurly fraud risk check", paste: "other-recurly-xml-fraud-risk-check", docs: 1,
		reason: "Recurly v2's transaction_error: its code and its category",
		at:     map[string]any{"0.transaction_error.error_code": "fraud_risk_check", "0.transaction_error.error_category": "fraud"},
	},
	{
		name: "other wechatpay nginx 400 ssl certificate error", paste: "other-wechatpay-html-weixin-java-pay-demo-refund-400-ssl-certificate-error", docs: 1,
		reason: "WeChat Pay's nginx page under a Chinese label: its title names the certificate",
		at:     map[string]any{"0.html.head.title": "400 The SSL certificate error"},
	},
	{
		name: "other wechatpay wxjava sandbox v3 xml format error", paste: "other-wechatpay-log-prefixed-wxjava-demo-sandbox-v3-native-xml-format-error", docs: 1,
		reason: "WeChat Pay's sandbox answering a v3 call with v2's XML, between a demo's labels and Gson's trace",
		at:     map[string]any{"0.xml.return_code": "FAIL", "0.xml.retcode": "1"},
	},
	{
		name: "other wechatpay thenbsp sign error fatal", paste: "other-wechatpay-stack-trace-thenbsp-unifiedorder-sign-error-fatal", docs: 3,
		reason: "PHP's HTML error display around the exception: <br />, <b> fragments, each a root",
		at:     map[string]any{"0.b": "Fatal error"},
	},
	{
		name: "other csob oneclick request rejected page", paste: "other-csob-log-prefixed-oneclick-process-request-rejected-html", docs: 1,
		reason: "a web application firewall's page logged after a 200: its support ID is the request's",
		at:     map[string]any{"0.html.head.title": "Request Rejected"},
	},
	{
		name: "cielo weblogic bridge 503 in a cassette", paste: "cielo-raw-http-cassette-python-cielo-ecommwsec-503-weblogic-bridge", docs: 1,
		reason: "Cielo's front's WebLogic bridge page, folded by YAML inside a vcrpy cassette",
		at:     map[string]any{"0.HTML.HEAD.TITLE": "Weblogic Bridge Message", "0.HTML.BODY.H2": "Failure of server APACHE bridge:"},
	},
	{
		name: "pagbank ruby gem authorizations 12003", paste: "pagbank-raw-http-cassette-pagseguro-ruby-authorizations-400-12003-permissions-required", docs: 1,
		reason: "PagSeguro's v2 errors folded over the cassette's lines",
		at:     map[string]any{"0.errors.error.code": "12003"},
	},
	{
		name: "network authorizesauce urlopen reset", paste: "network-bare-message-authorizesauce-urlopen-errno-54-reset-sandbox", docs: 0,
		reason: "Python's <urlopen error …> repr is no markup",
	},
	{
		name: "network laravel paystack curl 3", paste: "network-bare-message-laravel-paystack-curl-3-url-malformed", docs: 0,
		reason: "cURL's <url> placeholder in its own message is no markup",
	},
	{
		name: "other orbital profile 841", paste: "other-orbital-xml-activemerchant-profile-841-card-range", docs: 1,
		reason: "Chase Orbital's response elements, quoted without their root, read as one set of members",
		at:     map[string]any{"0.ProcStatus": "841", "0.StatusMsg": "Error validating card/account number range"},
	},
	{
		name: "pix dict xml forbidden inactive participant", paste: "pix-dict-xml-forbidden-inactive-unregistered-participant-sync", docs: 1,
		reason: "the DICT's XML problem, its correlationId beside the RFC 7807 members",
		at:     map[string]any{"0.problem.title": "Forbidden", "0.problem.status": "403", "0.problem.correlationId": "09BA016898544151B9A3899D93C56227"},
	},
	{
		name: "stripe terminal ios confirm 5000", paste: "stripe-sdk-exception-terminal-ios-confirm-offline-5000-unexpected-sdk-error", docs: 0,
		reason: "an Objective-C object's <SCPConfirmPaymentIntentError: 0x…; …> description is no markup",
	},
	{
		name: "cielo webservice 1.1 error handling log 020", paste: "cielo-log-prefixed-webservice-errorhandling-020-status-cancelada-nao-permite-autorizacao", docs: 1,
		reason: "a shop's log of Cielo's error, with the XML it had sent under it",
		at:     map[string]any{"0.requisicao-autorizacao-tid.tid": "100173489808E7091001"},
	},
	{
		name: "cielo webservice 1.1 xml log 030", paste: "cielo-log-prefixed-webservice-xml-log-030-status-cancelada-nao-permite-captura", docs: 1,
		reason: "Cielo's <erro> after the log's RESPOSTA:",
		at:     map[string]any{"0.erro.codigo": "030"},
	},
	{
		name: "caixa sigcb inclui boleto x5", paste: "other-caixa-soap-sigcb-inclui-boleto-x5-bk76-erro-formatacao-mensagem", docs: 1,
		reason: "Caixa's SIBAR answer in a SOAP 1.2 envelope, cut where the issue's excerpt ends",
	},
	{
		name: "other creditcall cardeasexml capture 2101", paste: "other-creditcall-raw-http-omnipay-cardeasexml-capture-2101-cardeasereferenceinvalid", docs: 1,
		reason: "CreditCall's CardEaseXML response under a raw HTTP answer",
	},
	{
		name: "other creditcall cardeasexml refund 2202", paste: "other-creditcall-raw-http-omnipay-cardeasexml-refund-2202-transaction-already-voided", docs: 1,
		reason: "CreditCall's CardEaseXML response under a raw HTTP answer",
	},
	{
		name: "other heartland portico soap fault 500", paste: "other-heartland-raw-http-omnipay-portico-500-soap-fault-paymentmethodkey-guid", docs: 1,
		reason: "Portico's SOAP fault under an HTTP 500",
		at:     map[string]any{"0.Envelope.Body.Fault.faultcode": "soap:Client"},
	},
	{
		name: "other heartland portico authorize 23", paste: "other-heartland-raw-http-omnipay-portico-authorize-23-token-lookup-failed", docs: 1,
		reason: "Portico's PosResponse under a 200: its code is in Ver1.0's Header, GatewayRspCode",
		at:     map[string]any{"0.Envelope.Body.PosResponse.rootUrl": "https://posgateway.cert.secureexchange.net/Hps.Exchange.PosGateway"},
	},
	{
		name: "other heartland portico capture 3", paste: "other-heartland-raw-http-omnipay-portico-capture-3-already-part-of-batch", docs: 1,
		reason: "Portico's PosResponse under a 200",
	},
	{
		name: "other heartland portico recurring 34", paste: "other-heartland-raw-http-omnipay-portico-recurring-34-invalid-paymentmethodkey", docs: 1,
		reason: "Portico's PosResponse under a 200",
	},
	{
		name: "other heartland portico refund 6", paste: "other-heartland-raw-http-omnipay-portico-refund-6-amount-exceeds-settlement", docs: 1,
		reason: "Portico's PosResponse under a 200",
	},
	{
		name: "other heartland portico verify 14", paste: "other-heartland-raw-http-omnipay-portico-verify-14-manually-entered-card-invalid", docs: 1,
		reason: "Portico's PosResponse under a 200",
	},
	{
		name: "other novalnet purchase 0300041", paste: "other-novalnet-raw-http-omnipay-purchase-0300041-incorrect-affiliate-id", docs: 1,
		reason: "Novalnet's nnxml answer under a 200",
		at:     map[string]any{"0.nnxml.transaction_response.status": "0300041"},
	},
	{
		name: "other paydock token not found", paste: "other-paydock-raw-http-omnipay-powerboard-400-token-not-found", docs: 0,
		reason: "a JSON body's markup-like text in a raw HTTP answer is no XML",
	},
	{
		name: "other paydock not 3ds authenticated", paste: "other-paydock-raw-http-omnipay-powerboard-400-unfulfilledcondition-not-3ds-authenticated", docs: 0,
		reason: "a JSON body's markup-like text in a raw HTTP answer is no XML",
	},
	{
		name: "other paydock gateway id empty", paste: "other-paydock-raw-http-omnipay-powerboard-400-validationerror-gateway-id-empty", docs: 0,
		reason: "a JSON body's markup-like text in a raw HTTP answer is no XML",
	},
	{
		name: "other paydock checkout intent amount empty", paste: "other-paydock-raw-http-omnipay-powerboard-checkout-intent-400-amount-should-not-be-empty", docs: 0,
		reason: "a JSON body's markup-like text in a raw HTTP answer is no XML",
	},
	{
		name: "other zuora subscribe transaction failed", paste: "other-zuora-soap-guardian-subscribe-transaction-failed-generic-decline", docs: 1,
		reason: "Zuora's subscribeResponse relaying a gateway's decline",
		at:     map[string]any{"0.Envelope.Body.subscribeResponse.result.Errors.Code": "TRANSACTION_FAILED"},
	},
	{
		name: "other zuora it orders 58560099", paste: "other-zuora-stack-trace-guardian-it-orders-58560099-stripe-generic-decline", docs: 0,
		reason: "a test run's output whose angle brackets are no markup",
	},
	{
		name: "conekta python unknown route", paste: "conekta-stack-trace-python-subscription-update-unknown-route", docs: 0,
		reason: "a Python traceback's <module> is no markup",
	},
	{
		name: "stripe tier debug log", paste: "stripe-log-prefixed-tier-debug-update-schedule-cannot-modify-current-phase-start", docs: 0,
		reason: "stripe-go's debug log's << before each line is no markup",
	},
	{
		name: "other authorize.net xml saleor cassette e00007", paste: "other-authorize.net-xml-saleor-cassette-auth-capture-e00007", docs: 1,
		reason: "Authorize.Net's createTransactionResponse as a recorded cassette holds it",
		at:     map[string]any{"0.createTransactionResponse.messages.message.code": "E00007"},
	},
	{
		name: "paypal magento2 system log nvp 10525", paste: "paypal-log-prefixed-magento2-system-log-nvp-10525-amount-zero-correlation-id", docs: 0,
		reason: "Magento's trace in <pre> is no markup an API sent",
	},
	{
		name: "stripe liberapay 402 debug block", paste: "stripe-log-prefixed-liberapay-402-card-does-not-support-purchase-request-id", docs: 0,
		reason: "an error page's debug block's angle brackets are no markup",
	},
	{
		name: "paypal soap killbill 11607", paste: "paypal-soap-killbill-fixture-doexpresscheckout-11607-duplicate-request", docs: 1,
		reason: "PayPal's SOAP answer with a warning's Errors beside Ack SuccessWithWarning",
		at:     map[string]any{"0.Envelope.Body.DoExpressCheckoutPaymentResponse.CorrelationID": "cfce8071e839"},
	},
	{
		name: "bradesco ruby net http debug registrar titulo", paste: "bradesco-soap-ruby-net-http-debug-registrar-titulo-810-certificado", docs: 1,
		reason: "Net::HTTP's debug output writes the envelope as a Ruby string, its quotes escaped; the namespace's host names Bradesco",
		at:     map[string]any{"0.Envelope.Body.registrarTituloResponse.return": `{\"cdErro\":\"810\", \"msgErro\":\"Erro Certificado / Formatacao dos campos da mensagem invalida [0x00d30003]\"}`},
	},
}

func TestXMLBodiesRealPastes(t *testing.T) {
	runXMLCases(t, xmlRealCases)
}

// TestXMLBodiesCoverRealPastes: every real paste with a '<' in it is read as it is by a
// case above, so a new XML paste cannot go unchecked.
func TestXMLBodiesCoverRealPastes(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range xmlRealCases {
		if tc.input == "" {
			covered[tc.paste] = true
		}
	}
	all, err := fixtures.Load("testdata/real")
	require.NoError(t, err)
	for _, fx := range all {
		if strings.Contains(string(fx.Input), "<") {
			assert.True(t, covered[fx.Name], "%s holds markup and no XML case reads it", fx.Name)
		}
	}
}

// pagSeguro11007 is the body of pagbank-sdk-exception-laravel-error-on-send-11007.
const pagSeguro11007 = `Error on send: 400-<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><errors><error><code>11007</code><message>redirectURL invalid value: http://127.0.0.1:8000/obrigado</message></error><error><code>10044</code><message>Invalid value for notification URL : http://127.0.0.1:8000/notificacoes</message></error></errors>`

// soap12Fault is the SOAP 1.2 fault of the W3C's SOAP 1.2 Part 1, section 5.4.9 (no real
// paste holds one yet).
const soap12Fault = `<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
              xmlns:m="http://www.example.org/timeouts"
              xmlns:xml="http://www.w3.org/XML/1998/namespace">
 <env:Body>
  <env:Fault>
   <env:Code>
     <env:Value>env:Sender</env:Value>
     <env:Subcode>
      <env:Value>m:MessageTimeout</env:Value>
     </env:Subcode>
   </env:Code>
   <env:Reason>
     <env:Text xml:lang="en">Sender Timeout</env:Text>
   </env:Reason>
   <env:Detail>
     <m:MaxTime>P5M</m:MaxTime>
   </env:Detail>
  </env:Fault>
 </env:Body>
</env:Envelope>`

// xmlForgivingCases are what people do to bodies before pasting them, each cut from or
// modelled on a real paste.
var xmlForgivingCases = []xmlCase{
	{
		name: "pagseguro example from the docs", paste: "pagbank-php-print_r-woocommerce-11033", docs: 1,
		reason: "the shape PagSeguro documents, code 53081",
		input:  `<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><errors><error><code>53081</code><message>sender is related to receiver.</message></error></errors>`,
		shape:  `{"errors":{"error":{"code":"53081","message":"sender is related to receiver."}}}`,
	},
	{
		name: "leading zero kept", paste: "adyen-soap-refusalreason-010-magento", docs: 1,
		reason: "numeric text stays the string the sender wrote",
		input:  `<errors><error><code>053081</code></error></errors>`,
		shape:  `{"errors":{"error":{"code":"053081"}}}`,
	},
	{
		name: "soap 1.2 fault", paste: "merchantware-soap-fault-strpan-size", docs: 1,
		reason: "Code/Value and Reason/Text read like 1.1's faultcode; xml:lang is dropped",
		input:  soap12Fault,
		shape:  `{"Envelope":{"Body":{"Fault":{"Code":{"Value":"env:Sender","Subcode":{"Value":"m:MessageTimeout"}},"Reason":{"Text":"Sender Timeout"},"Detail":{"MaxTime":"P5M"}}}}}`,
	},
	{
		name: "fragment without declaration or root", paste: "pagbank-stack-trace-laravel-runtime-11013", docs: 1,
		reason: "people paste the <error> they saw",
		input:  `<error><code>11013</code><message>senderAreaCode invalid value: 06</message></error>`,
		shape:  `{"error":{"code":"11013","message":"senderAreaCode invalid value: 06"}}`,
	},
	{
		name: "cut off in text", paste: "pagbank-sdk-exception-laravel-error-on-send-11007", docs: 1,
		reason: "what is complete is read and what is open is closed",
		input:  pagSeguro11007[:strings.Index(pagSeguro11007, "obrigado")],
		shape:  `{"errors":{"error":{"code":"11007","message":"redirectURL invalid value: http://127.0.0.1:8000/"}}}`,
	},
	{
		name: "cut off in a tag", paste: "pagbank-sdk-exception-laravel-error-on-send-11007", docs: 1,
		reason: "a tag cut before its '>' is opened as far as it goes",
		input:  pagSeguro11007[:strings.Index(pagSeguro11007, "<message>")+5],
		shape:  `{"errors":{"error":{"code":"11007","mess":""}}}`,
	},
	{
		name: "cut off right after the code", paste: "pagbank-sdk-exception-laravel-error-on-send-11007", docs: 1,
		reason: "a declared body counts even before any element closes",
		input:  pagSeguro11007[:strings.Index(pagSeguro11007, "</code>")],
		shape:  `{"errors":{"error":{"code":"11007"}}}`,
	},
	{
		name: "cut off in an attribute", paste: "none-xml-worldpay-error-5-card-not-recognised", docs: 1,
		reason: "an unclosed quote runs to the end of the paste",
		input:  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + `<paymentService version="1.4"><reply><error code="5`,
		shape:  `{"paymentService":{"version":"1.4","reply":{"error":{"code":"5"}}}}`,
	},
	{
		name: "lost head of a list", paste: "pagbank-sdk-exception-laravel-error-on-send-11007", docs: 1,
		reason: "stray end tags name each root the paste cut off, outermost last",
		input:  pagSeguro11007[strings.Index(pagSeguro11007, "<code>11007"):],
		at: map[string]any{
			"0.errors.error.0.code": "11007",
			"0.errors.error.1.code": "10044",
		},
	},
	{
		name: "two bodies in a log", paste: "pagbank-sdk-exception-php-sdk-53147", docs: 2,
		reason: "each body is its own document, in order",
		input: "2016-08-15 DEBUG " + `<?xml version="1.0"?><errors><error><code>53147</code></error></errors>` +
			"\n2016-08-15 DEBUG " + `<?xml version="1.0"?><errors><error><code>11013</code></error></errors>`,
		at: map[string]any{"0.errors.error.code": "53147", "1.errors.error.code": "11013"},
	},
	{
		name: "declarations split documents", paste: "pagbank-sdk-exception-php-sdk-53147", docs: 2,
		reason: "a second <?xml?> starts a second response even with nothing between",
		input:  `<?xml version="1.0"?><errors><error><code>1</code></error></errors><?xml version="1.0"?><errors><error><code>2</code></error></errors>`,
		at:     map[string]any{"0.errors.error.code": "1", "1.errors.error.code": "2"},
	},
	{
		name: "iso-8859-1 declared, utf-8 pasted", paste: "pagbank-stack-trace-laravel-runtime-11013", docs: 1,
		reason: "the text went through a terminal and is read as it is",
		input:  `<?xml version="1.0" encoding="ISO-8859-1"?><errors><error><message>Endereço não informado</message></error></errors>`,
		shape:  `{"errors":{"error":{"message":"Endereço não informado"}}}`,
	},
	{
		name: "references", paste: "merchantware-soap-fault-strpan-size", docs: 1,
		reason: "the five predefined and numeric references decode; &nbsp; and bad numbers stay literal",
		input:  `<faultstring>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#233;&#xE9; &nbsp; &#0; &#xD800; &#99999999999; & x</faultstring>`,
		shape:  `{"faultstring":"a <b> & \"c\" 'd' éé &nbsp; &#0; &#xD800; &#99999999999; & x"}`,
	},
	{
		name: "cdata, comments and instructions", paste: "none-xml-worldpay-error-5-card-not-recognised", docs: 1,
		reason: "CDATA is text, kept raw; comments and instructions are skipped",
		input:  `<error><!-- note --><code><?php echo 1 ?>5</code><![CDATA[a &lt; <b>]]> tail</error>`,
		shape:  `{"error":{"code":"5","#text":"a &lt; <b> tail"}}`,
	},
	{
		name: "doctype with an entity subset", paste: "none-xml-worldpay-refused-issuer-51", docs: 1,
		reason: "the subset is skipped, its entity never substituted",
		input:  "<!DOCTYPE r [\n<!-- ']' -->\n<!ENTITY x \"]>boom\">\n]>\n<r><m>&x;</m></r>",
		shape:  `{"r":{"m":"&x;"}}`,
	},
	{
		name: "xsi nil", paste: "paypal-soap-server-internal-error-timeout", docs: 1,
		reason: "xsi:nil=\"true\" is null, not the empty string",
		input:  `<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><code>1</code><detail xsi:nil="true"/></r>`,
		shape:  `{"r":{"code":"1","detail":null}}`,
	},
	{
		name: "child wins over attribute", paste: "none-xml-mercadolibre-payments-internal-error", docs: 1,
		reason: "an attribute and a child of the same name: the child",
		input:  `<Error code="attr" id="9"><code>child</code></Error>`,
		shape:  `{"Error":{"id":"9","code":"child"}}`,
	},
	{
		name: "xml escaped in a json log line", paste: "none-xml-worldpay-error-5-card-not-recognised", docs: 1,
		reason: `attribute values quoted with \" and \n between tags, as a JSON string holds them`,
		input:  `{"body":"<?xml version=\"1.0\"?>\n<reply>\n  <error code=\"5\">Card number not recognised</error>\n</reply>\n"}`,
		shape:  `{"reply":{"error":{"code":"5","#text":"Card number not recognised"}}}`,
	},
	{
		name: "xml in php json_encode", paste: "pagbank-sdk-exception-laravel-error-on-send-11007", docs: 1,
		reason: `json_encode escapes '/' so end tags read <\/code>`,
		input:  `{"body":"<?xml version=\"1.0\" encoding=\"ISO-8859-1\" standalone=\"yes\"?><errors><error><code>11007<\/code><message>redirectURL invalid value: http:\/\/127.0.0.1:8000\/obrigado<\/message><\/error><\/errors>"}`,
		shape:  `{"errors":{"error":{"code":"11007","message":"redirectURL invalid value: http:\\/\\/127.0.0.1:8000\\/obrigado"}}}`,
	},
	{
		name: "mixed case end tags", paste: "none-html-akamai-paypal-bad-request-reference", docs: 1,
		reason: "HTML pages close <HTML> with </html>",
		input:  `<HTML><BODY><H1>Bad Request</H1></body></html>`,
		shape:  `{"HTML":{"BODY":{"H1":"Bad Request"}}}`,
	},
	{
		name: "mismatched end tag", paste: "pix-dict-xml-entry-limit-exceeded", docs: 1,
		reason: "an end tag closing nothing inside a document is ignored",
		input:  `<problem><status>400</state></status><title>x</title></problem>`,
		shape:  `{"problem":{"status":"400","title":"x"}}`,
	},
}

func TestXMLBodiesForgiving(t *testing.T) {
	runXMLCases(t, xmlForgivingCases)
}

// TestXMLBodiesAtMost16: a log of many bodies yields the first 16.
func TestXMLBodiesAtMost16(t *testing.T) {
	in := strings.Repeat("ERROR <errors><error><code>11013</code></error></errors>\n", 40)
	docs := xmlBodies(in)
	require.Len(t, docs, maxXMLBodies)
	checkXMLInvariants(t, in, docs)
}

// billionLaughs is the billion-laughs document grown to 1 MiB of entity definitions.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n")
	for i := 1; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, " <!ENTITY lol%d \"%s\">\n", i, strings.Repeat("&lol"+strconv.Itoa(i-1)+";", 10))
	}
	b.WriteString("]>\n<lolz>&lol9;</lolz>")
	return b.String()
}

const xmlMiB = 1 << 20

// xmlBoundedCases are 1 MiB of hostile markup each; inputs are built when the test runs.
var xmlBoundedCases = []struct {
	name, reason string
	input        func() string
	maxSize      int    // bound on xmlSize of the result
	shape        string // when set, the whole result
}{
	{
		name: "billion laughs", reason: "entities are never expanded: the body holds the literal reference",
		input: billionLaughs, maxSize: 64, shape: `{"lolz":"&lol9;"}`,
	},
	{
		name: "nested <a>", reason: "deeper than maxDepth is counted, not built",
		input:   func() string { return `<?xml version="1.0"?><a><code>1</code>` + strings.Repeat("<a>", xmlMiB/3) },
		maxSize: 4 * maxDepth,
	},
	{
		name: "nested and closed", reason: "the end tags of skipped levels are matched by count",
		input: func() string {
			return strings.Repeat("<a>", xmlMiB/7) + "x" + strings.Repeat("</a>", xmlMiB/7) + "<b>y</b>"
		},
		maxSize: 4 * maxDepth,
	},
	{
		name: "stray end tags", reason: "wrapping a lost root is bounded by maxDepth too",
		input:   func() string { return "<code>1</code>" + strings.Repeat("</a>", xmlMiB/4) },
		maxSize: 4 * maxDepth,
	},
	{
		name: "unclosed tags", reason: "each '<' cuts the tag before it; nesting is bounded",
		input:   func() string { return `<?xml version="1.0"?><r><code>1</code>` + strings.Repeat(`<e k="v" `, xmlMiB/9) },
		maxSize: 16 * maxDepth,
	},
	{
		name: "unclosed quote", reason: "an attribute value running to the end is one string",
		input:   func() string { return `<error code="` + strings.Repeat(`5 <a b='`, xmlMiB/8) },
		maxSize: xmlMiB + 64,
	},
	{
		name: "unterminated doctype", reason: "a DOCTYPE that never ends hides the rest",
		input:   func() string { return `<!DOCTYPE x [` + strings.Repeat(`<!ENTITY a "<b>1</b>">`, xmlMiB/22) },
		maxSize: 0,
	},
	{
		name: "unterminated comment and cdata", reason: "each runs to the end",
		input:   func() string { return "<a>1</a><!--" + strings.Repeat("<![CDATA[<b>", xmlMiB/12) },
		maxSize: 8,
	},
	{
		name: "many distinct siblings", reason: "member lookups go through a map once objects grow",
		input:   func() string { return "<r>" + xmlSiblings(xmlMiB/16) + "</r>" },
		maxSize: xmlMiB,
	},
	{
		name: "many void elements", reason: "HTML void elements are left out",
		input: func() string {
			return "<html><body><p>x</p>" + strings.Repeat(`<br clear="all">`, xmlMiB/16) + "</body></html>"
		},
		maxSize: 32,
	},
	{
		name: "many references", reason: "references decode into one buffer",
		input:   func() string { return "<m>" + strings.Repeat("&amp;&#65;&lol;", xmlMiB/15) + "</m>" },
		maxSize: xmlMiB,
	},
	{
		name: "many attributes", reason: "attributes are looked up through a map too",
		input:   func() string { return "<r" + xmlAttributes(xmlMiB/12) + ">x</r>" },
		maxSize: xmlMiB,
	},
}

// TestXMLBodiesBounded: 1 MiB of hostile markup is read in one pass and what is built
// stays within the bounds (no wall-clock assertion: a quadratic scan would time out).
func TestXMLBodiesBounded(t *testing.T) {
	for _, tc := range xmlBoundedCases {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.input()
			require.GreaterOrEqual(t, len(in), xmlMiB*9/10, "the input is about 1 MiB")
			docs := xmlBodies(in)
			size := checkXMLInvariants(t, in, docs)
			assert.LessOrEqual(t, size, tc.maxSize, tc.reason)
			if tc.shape != "" {
				assert.Equal(t, tc.shape, xmlRender(docs), tc.reason)
			}
		})
	}
}

func xmlSiblings(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<e%d>x</e%d>", i, i)
	}
	return b.String()
}

func xmlAttributes(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, ` a%d="v"`, i)
	}
	return b.String()
}

func TestXMLBodiesDepth(t *testing.T) {
	in := `<?xml version="1.0"?>` + strings.Repeat(`<a x="1">`, 200) + "<code>deep</code>" + strings.Repeat("</a>", 200) + "<code>top</code>"
	docs := xmlBodies(in)
	require.Len(t, docs, 1)
	assert.Equal(t, maxDepth, xmlDepth(docs[0]), "elements nest to maxDepth and no further")
	assert.NotContains(t, xmlRender(docs), "deep", "what is deeper is skipped")
	got, ok := xmlAt(docs, "0.code")
	require.True(t, ok, xmlRender(docs))
	assert.Equal(t, "top", got, "after the deep part, the document reads on")
}

// formBodyCases are form-encoded bodies from the real pastes, and what is not one.
var formBodyCases = []struct {
	name, reason, input string
	paste               string // when set, the input is this real paste as it is
	ok                  bool
	shape               string
}{
	{
		name: "paypal nvp", reason: "the body of paypal-php-var_dump-f3-nvp-10002, URL-decoded", ok: true,
		input: `TIMESTAMP=2017%2d04%2d15T08%3a37%3a53Z&CORRELATIONID=8a570142a8d50&ACK=Failure&VERSION=204&BUILD=32305669&L_ERRORCODE0=10002&L_SHORTMESSAGE0=Security%20error&L_LONGMESSAGE0=Security%20header%20is%20not%20valid&L_SEVERITYCODE0=Error`,
		shape: `{"TIMESTAMP":"2017-04-15T08:37:53Z","CORRELATIONID":"8a570142a8d50","ACK":"Failure","VERSION":"204","BUILD":"32305669","L_ERRORCODE0":"10002","L_SHORTMESSAGE0":"Security error","L_LONGMESSAGE0":"Security header is not valid","L_SEVERITYCODE0":"Error"}`,
	},
	{
		name: "paypal nvp with apostrophe", reason: "the body of paypal-raw-http-omnipay-nvp-10486-redirect", ok: true,
		input: "TOKEN=ASDFASDFASDF&SUCCESSPAGEREDIRECTREQUESTED=false&TIMESTAMP=2016%2d09%2d12T14%3a06%3a12Z&CORRELATIONID=31e509fc8f6a8&ACK=Failure&VERSION=119%2e0&BUILD=25037053&L_ERRORCODE0=10486&L_SHORTMESSAGE0=This%20transaction%20couldn%27t%20be%20completed%2e&L_LONGMESSAGE0=This%20transaction%20couldn%27t%20be%20completed%2e%20Please%20redirect%20your%20customer%20to%20PayPal%2e&L_SEVERITYCODE0=Error\n",
		shape: `{"TOKEN":"ASDFASDFASDF","SUCCESSPAGEREDIRECTREQUESTED":"false","TIMESTAMP":"2016-09-12T14:06:12Z","CORRELATIONID":"31e509fc8f6a8","ACK":"Failure","VERSION":"119.0","BUILD":"25037053","L_ERRORCODE0":"10486","L_SHORTMESSAGE0":"This transaction couldn't be completed.","L_LONGMESSAGE0":"This transaction couldn't be completed. Please redirect your customer to PayPal.","L_SEVERITYCODE0":"Error"}`,
	},
	{
		name: "payflow", reason: "the output line of paypal-php-var_export-payflow-user-auth-failed: values sent raw", ok: true,
		input: "RESULT=1&RESPMSG=User authentication failed",
		shape: `{"RESULT":"1","RESPMSG":"User authentication failed"}`,
	},
	{
		name: "adyen hpp", reason: "the result of adyen-json-hpp-paymentresult-010-refused as the HPP form posts it", ok: true,
		input: "paymentResult_resultCode=Refused&paymentResult_refusalReason=010+Not+allowed&paymentResult_pspReference=8814380936587951",
		shape: `{"paymentResult_resultCode":"Refused","paymentResult_refusalReason":"010 Not allowed","paymentResult_pspReference":"8814380936587951"}`,
	},
	{
		name: "one pair per line", reason: "payflow logged a pair a line, with CRLF", ok: true,
		input: "RESULT=1\r\nRESPMSG=User authentication failed\r\n",
		shape: `{"RESULT":"1","RESPMSG":"User authentication failed"}`,
	},
	{
		name: "repeated key", reason: "a repeated key is a list, as for XML", ok: true,
		input: "L_ERRORCODE=10002&L_ERRORCODE=10486",
		shape: `{"L_ERRORCODE":["10002","10486"]}`,
	},
	{
		name: "bad escape kept", reason: "a '%' that starts no escape stays", ok: true,
		input: "RESULT=12&RESPMSG=Declined 100%",
		shape: `{"RESULT":"12","RESPMSG":"Declined 100%"}`,
	},
	{
		name: "one pair", reason: "one pair is prose as often as a body",
		input: "RESULT=1",
	},
	{
		name: "payflow request with length tags", reason: "keys of paypal-php-var_export-payflow-user-auth-failed's request are not words",
		input: "TRXTYPE[1]=R&ACTION[1]=I&TENDER[1]=P",
	},
	{
		name: "url with query", reason: "the path of bacen-pix-js-dump-requisicao-invalida-cobv is not a body",
		input: "/cobv?inicio=2022-04-01T00:00:00Z&fim=2022-04-30T23:59:59Z&cpf=DOC_VALIDO_AQUI&paginacao.paginaAtual=0",
	},
	{
		name: "whole paste", reason: "the payflow paste as a whole has prose lines",
		paste: "paypal-php-var_export-payflow-user-auth-failed",
	},
	{
		name: "json", reason: "JSON is not form-encoded",
		input: `{"paymentResult_resultCode":"Refused","paymentResult_refusalReason":"010 Not allowed"}`,
	},
	{
		name: "empty", reason: "nothing is not a body",
		input: " \n",
	},
	{
		name: "empty key", reason: "=x is not a pair",
		input: "a=1&=2",
	},
}

func TestFormBody(t *testing.T) {
	for _, tc := range formBodyCases {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.input
			if tc.paste != "" {
				in = xmlRealPaste(t, tc.paste)
			}
			o, ok := formBody(in)
			require.Equal(t, tc.ok, ok, tc.reason)
			if ok {
				assert.Equal(t, tc.shape, xmlRender(o), tc.reason)
			} else {
				assert.Nil(t, o)
			}
		})
	}
}

// FuzzXMLBodies: on any input the readers never panic, and keep their bounds.
func FuzzXMLBodies(f *testing.F) {
	all, err := fixtures.Load("testdata/real")
	require.NoError(f, err)
	for _, fx := range all {
		f.Add(string(fx.Input))
	}
	f.Add(soap12Fault)
	f.Add(pagSeguro11007)
	f.Add("<a b=\\\"1\\\"><![CDATA[x]]></a></b></c><!DOCTYPE [<!--'-->]><?xml?>&#x1F600;")
	f.Fuzz(func(t *testing.T, in string) {
		checkXMLInvariants(t, in, xmlBodies(in))
		if o, ok := formBody(in); ok {
			require.NotEmpty(t, o.members)
		}
	})
}
