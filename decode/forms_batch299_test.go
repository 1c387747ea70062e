package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSeventiethBatch: readers for the real pastes of batches 299 to 308 (307 too).
func TestReadersSeventiethBatch(t *testing.T) {
	t.Run("PayPal's Node SDK error under an app's own error", func(t *testing.T) {
		// decode/testdata/real/paypal-json-node-sdk-loopback-wrapped-malformed-request, whole
		// (its last line cut as published: a comma before the brace, the outer brace missing).
		x := explainPaste(t, "{\n  \"error\": {\n    \"name\": \"Error\",\n    \"status\": 500,\n    \"message\": \"Response Status : 400\",\n    \"response\": {\n      \"name\": \"MALFORMED_REQUEST\",\n      \"message\": \"Incoming JSON request does not map to API request\",\n      \"information_link\": \"https://developer.paypal.com/webapps/developer/docs/api/#MALFORMED_REQUEST\",\n      \"debug_id\": \"30edea0840e41\",\n      \"httpStatusCode\": 400\n    },\n    \"httpStatusCode\": 400,\n    \"stack\": \"my stack\",\n}")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "MALFORMED_REQUEST", x.Code)
		assert.Equal(t, 400, x.HTTPStatus) // the status PayPal answered, which the SDK's message repeats, not the app's 500
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		assert.Equal(t, "30edea0840e41", x.RequestID)
		checkLookAlikes(t, []readerLookAlike{
			// The app's own error alone: its status stands.
			{paste: `{"error": {"name": "Error", "status": 500, "message": "Something broke"}}`, status: 500},
			// Its message names no status of its own: the first status member stands.
			{paste: `{"error": {"name": "Error", "status": 500, "message": "Something broke", "httpStatusCode": 400}}`, status: 500},
			// An object named like PayPal's, with no debug id or link: not PayPal's.
			{paste: `{"error": {"name": "Error", "status": 500, "message": "Response Status : 400", "response": {"name": "BAD_THING", "details": [{"issue": "X"}]}}}`, status: 500},
		})
	})
	t.Run("Adyen's pspReference response header, and a nested error with a code over one without", func(t *testing.T) {
		// decode/testdata/real/adyen-json-hyperswitch-prism-report-refused-2-advice-24-expiry-incorrect, its error and headers.
		x := explainPaste(t, "Response contents:\n{\n  \"merchantTransactionId\": \"BRLNB6SDF9Q94875\",\n  \"status\": \"FAILURE\",\n  \"error\": {\n    \"issuerDetails\": {\n      \"message\": \"DECLINED Expiry Incorrect\",\n      \"networkDetails\": {\n        \"adviceCode\": \"24\",\n        \"errorMessage\": \"DECLINED Expiry Incorrect\"\n      }\n    },\n    \"connectorDetails\": {\n      \"code\": \"2\",\n      \"message\": \"Refused\",\n      \"reason\": \"Refused\"\n    }\n  },\n  \"statusCode\": 200,\n  \"responseHeaders\": {\n    \"content-type\": \"application/json;charset=UTF-8\",\n    \"date\": \"Tue, 24 Mar 2026 03:26:15 GMT\",\n    \"pspreference\": \"D7VSQRQ2J6HM7L75\"\n  }\n}")
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "2", x.Code)
		assert.Equal(t, "D7VSQRQ2J6HM7L75", x.RequestID)
		// decode/testdata/real/other-xendit-json-hyperswitch-prism-report-capture-409-payment-request-already-failed, its request-id header.
		x = explainPaste(t, `{"error": {"connectorDetails": {"code": "PAYMENT_REQUEST_ALREADY_FAILED", "message": "The payment_request_id provided has already been processed and has failed."}}, "statusCode": 409, "responseHeaders": {"request-id": "69c222da00000000692bf1fb5bbc6c5a"}}`)
		assert.Equal(t, "69c222da00000000692bf1fb5bbc6c5a", x.RequestID)
		assert.Equal(t, "PAYMENT_REQUEST_ALREADY_FAILED", x.Code)
		checkLookAlikes(t, []readerLookAlike{
			// No header of Adyen's: a single digit and "Refused" are anybody's.
			{paste: `{"error": {"connectorDetails": {"code": "2", "message": "Refused"}}, "statusCode": 402, "responseHeaders": {"x-request-id": "abc"}}`, code: "2", status: 402},
			// A nested error with no code is still read when none has one.
			{paste: `{"result": "failed", "error": {"issuerDetails": {"networkDetails": {"adviceCode": "24", "errorMessage": "DECLINED Expiry Incorrect"}}}, "statusCode": 402}`, status: 402},
		})
	})
	t.Run("a provider's name right before its SDK's class, in prose", func(t *testing.T) {
		// decode/testdata/real/stripe-bare-message-gumroad-sentry-card-does-not-support-payouts, whole.
		x := explainPaste(t, "Added handling for the Stripe `InvalidRequestError` with message \"This card doesn't appear to support payouts.\" in `StripeMerchantAccountManager#update_bank_account`.")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		checkLookAlikes(t, []readerLookAlike{
			{paste: "Stripe InvalidRequestError: This card doesn't appear to support payouts.", provider: "stripe"},
			// The class alone is OpenAI's too; the name elsewhere, or before another word.
			{paste: "InvalidRequestError: This model does not exist"},
			{paste: "We moved off Stripe last year. OpenAI InvalidRequestError: This model does not exist"},
			{paste: "Stripe docs say the InvalidRequestError covers it: This model does not exist"},
		})
	})
	t.Run("a status in brackets after an API's host in a Markdown link", func(t *testing.T) {
		// decode/testdata/real/stripe-prose-status-infisical-selfhosted-billing-401, whole.
		x := explainPaste(t, "[https://api.stripe.com:443/](https://api.stripe.com/) [401]\n{\nhttp.method: GET\n}")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, 401, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		checkLookAlikes(t, []readerLookAlike{
			{paste: "[https://api.example.com/v1/orders](https://api.example.com/v1/orders) [404]", status: 404},
			// The bracket on another line than the host: a list's item, not its status.
			{paste: "see [https://api.example.com/docs/reference](https://api.example.com/docs/reference)\n[404] is the page we removed"},
		})
	})
	t.Run("Braintree's answer with PayPal's debug id header is not PayPal's", func(t *testing.T) {
		// decode/testdata/real/other-braintree-json-hyperswitch-prism-report-refund-91506-not-settling-or-settled, its error and headers.
		x := explainPaste(t, "Response contents:\n"+`{"error": {"connectorDetails": {"code": "91506", "message": "Cannot refund or reverse unless the transaction status is SETTLING or SETTLED."}}, "statusCode": 200, "responseHeaders": {"braintree-version": "2016-10-07", "content-type": "application/json", "paypal-debug-id": "794d8f248472f", "set-cookie": "__cf_bm=x; Domain=sandbox.braintree-api.com"}}`)
		assert.Equal(t, "", providerOf(x))
		assert.Equal(t, "91506", x.Code)
		assert.Equal(t, "794d8f248472f", x.RequestID)
		checkLookAlikes(t, []readerLookAlike{
			// PayPal's own answer with its header stays PayPal's.
			{paste: `{"name": "UNPROCESSABLE_ENTITY", "message": "The requested action could not be performed.", "details": [{"issue": "INSTRUMENT_DECLINED"}], "responseHeaders": {"paypal-debug-id": "794d8f248472f"}}`, provider: "paypal", code: "INSTRUMENT_DECLINED", status: 422},
		})
	})
	t.Run("Hyperswitch's connector service keeps the provider's body as a string", func(t *testing.T) {
		// decode/testdata/real/dlocal-json-hyperswitch-prism-pr-bank-debit-mx-se-300-rejected-other-reason, its response.
		x := explainPaste(t, `{"status": "FAILURE", "statusCode": 200, "rawConnectorResponse": {"value": "{\"id\":\"R-413100-***\",\"amount\":100.00,\"currency\":\"MXN\",\"payment_method_id\":\"SE\",\"country\":\"MX\",\"status\":\"REJECTED\",\"status_detail\":\"rejected_other_reason\",\"status_code\":\"300\"}"}}`)
		assert.Equal(t, "dlocal", providerOf(x))
		assert.Equal(t, "300", x.Code)
	})
	t.Run("Stripe's own words with no code around them", func(t *testing.T) {
		// decode/testdata/real/stripe-bare-message-v2board-chinese-log-statement-descriptor-card, whole.
		x := explainPaste(t, "全新安装XiaoV2B，支付方式为alipay，log提示“The statement_descriptor parameter is not supported for the payment_method_type `card`. To continue supporting payment_method_type `card`, please pass in `statement_descriptor_suffix` or remove the `statement_descriptor` parameter altogether.”，添加suffix后，alipay支付方式正常；")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// decode/testdata/real/stripe-log-prefixed-keikakun-japanese-checkout-trial-end-2-days-future, whole.
		x = explainPaste(t, "error_code: None\nerror_message: 'The `trial_end` date has to be at least 2 days in the future.'\nerror_param: subscription_data[trial_end]\nerror_type: invalid_request_error")
		assert.Equal(t, "stripe", providerOf(x))
	})
	t.Run("the review's look-alikes", func(t *testing.T) {
		checkLookAlikes(t, []readerLookAlike{
			// A number in the message that is no status: the first status member stands.
			{paste: `{"error": {"status": 400, "message": "Amount must be at least 500 cents", "statusCode": 500}}`, status: 400},
			{paste: `{"error": {"status": 503, "message": "Service unavailable, retry in 429 seconds", "statusCode": 429}}`, status: 503},
			{paste: `{"error": {"status": 409, "statusCode": 404, "message": "Order 404 already captured"}}`, status: 409},
			{paste: `{"error": {"name": "Error", "status": 500, "message": "Response Status : 400", "httpStatusCode": 400}}`, status: 400},
			// A code in a resource under the error, or an earlier attempt's, is not the error's.
			{paste: `{"error": {"status": 404, "message": "Order not found", "order": {"id": "ord_1", "discount": {"code": "SUMMER10", "description": "Summer sale"}}}}`, status: 404},
			{paste: `{"error":{"status":400,"message":"Country not supported","country":{"code":"BR","text":"Brazil"}}}`, status: 400},
			{paste: `{"error":{"status":402,"message":"Payment required","history":[{"at":"2024-01-01","error":{"code":"insufficient_funds","message":"Insufficient funds"}}]}}`, status: 402},
			{paste: `{"errors":[{"status":"422","title":"Invalid card","detail":"The card was declined","meta":{"processor":{"code":"05","message":"Do not honor"}}}]}`, status: 422},
			// Other libraries' classes after a provider's name, or the name inside a word.
			{paste: `Failed to write Stripe PermissionError: [Errno 13] Permission denied: '/data/exports/payouts.csv'`},
			{paste: `Saving Adyen ValidationError: {'merchant_account': ['This field is required.']}`},
			{paste: `billing worker (Stripe) ok; summarizer crashed with openai RateLimitError: You exceeded your current quota, please check your plan and billing details.`},
			{paste: `Stripe checkout fine, but pinstripe AuthenticationError: invalid credentials for the theme API`},
			{paste: "Stripe AuthenticationError: Invalid API Key provided: sk_test_****1234", provider: "stripe", status: 401},
			// A process id in brackets after a service's name is no status.
			{paste: "INFO starting\npayments.api[412] ERROR Stripe error: No such customer: 'cus_123'", provider: "stripe", code: "resource_missing", status: 404},
			{paste: "Calling the Pagar.me API from our worker, output:\nJan 12 10:00:01 web-1 worker-api[455]: request sent\nPOST https://api.pagar.me/core/v5/orders\n401\n{\"message\": \"Authorization has been denied for this request.\"}", provider: "pagarme", status: 401},
			// Another API's status in a breadcrumb after the provider's success.
			{paste: "POST https://api.stripe.com/v1/payment_intents [200]\nPOST https://api.sendgrid.com/v3/mail/send [401]"},
			// A pspReference header that is another system's id.
			{paste: `{"processor": "stripe", "headers": {"pspReference": "pi_3NxYz"}, "error": {"code": "card_declined", "message": "Your card was declined."}, "statusCode": 402}`, code: "card_declined", status: 402},
		})
	})
	t.Run("PayPal's NVP answer printed as KEY -> value lines", func(t *testing.T) {
		// decode/testdata/real/paypal-bare-message-prestashop-module-nvp-10472-cancelurl-invalid, whole.
		x := explainPaste(t, "Please try to contact the merchant:\nPayPal response:\nTIMESTAMP -> 2013-04-23T01:25:10Z\nL_ERRORCODE0 -> 10472\nL_SHORTMESSAGE0 -> Transaction refused because of an invalid argument. See additional error messages for details.\nL_LONGMESSAGE0 -> CancelURL is invalid.\nL_SEVERITYCODE0 -> Error")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10472", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		checkLookAlikes(t, []readerLookAlike{
			// Arrows in a changelog or a state machine are no members.
			{paste: "order status -> failed\npayment -> retry later"},
		})
	})
	t.Run("a brand in capitals", func(t *testing.T) {
		// decode/testdata/real/openpay-bare-code-woocommerce-error-3005-antifraude, whole.
		x := explainPaste(t, "Error 3005\n\nError #3005 antifraude\nal momento de realizar la compra dentro de la red de la empresa no lo acepta ya que el puerto no lo tenemos habilitado alguien sabe la informacion fija  de los puertos o IP que usar OPENPAY.")
		assert.Equal(t, "openpay", providerOf(x))
		assert.Equal(t, "3005", x.Code)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		checkLookAlikes(t, []readerLookAlike{
			{paste: "PAGSEGURO erro 53044", provider: "pagbank", code: "53044", status: 400},
			// Cielo's name in capitals is Spanish's sky too; a brand inside a longer word is none.
			{paste: "EL CIELO 57"},
			{paste: "Error 3005 in OPENPAYMENTS-GATEWAY", code: "3005"},
		})
	})
	t.Run("providers' own words as marks", func(t *testing.T) {
		checkLookAlikes(t, []readerLookAlike{
			// decode/testdata/real/stripe-bare-message-woocommerce-order-note-sca-authentication-failed-source, whole.
			{paste: "Stripe SCA authentication failed. Reason: The provided source has failed authentication. You can provide source_data or a new source to attempt to fulfill this PaymentIntent again. Order status changed from Pending payment to Failed.", provider: "stripe"},
			// decode/testdata/real/conekta-bare-message-php-order-card-maximum-0-00-mxn, whole.
			{paste: "El máximo para pagos de tarjeta es de $0.00 MXN.", provider: "conekta"},
			// decode/testdata/real/pagarme-bare-message-net-split-rules-need-percentage, whole.
			{paste: "Ele me retorna a exceção \" all split rules need a percentage property \" quando aciona o transaction.save()", provider: "pagarme"},
			// decode/testdata/real/stripe-bare-message-dotnet-transfer-must-provide-destination-or-recipient, whole.
			{paste: "I'm trying to transfer money to Stripe Connect account but getting \"Must provide destination or recipient\". I've take a look at StripeTransferCreateOptions and there is no destination property.", provider: "stripe"},
			// decode/testdata/real/stripe-bare-message-php-managed-account-debit-card-usd-only-currency, whole.
			{paste: "When I pass currency as \"USD\" it says: **\"USD\" is currently the only supported value for the currency parameter. If you will only be charging the card(not transferring to it), you should omit this parameter.**", provider: "stripe"},
			// decode/testdata/real/stripe-bare-message-artsy-exchange-destination-capabilities-transfers-legacy-payments, whole.
			{paste: "Your destination account needs to have at least one of the following capabilities enabled: transfers, legacy_payments", provider: "stripe"},
		})
	})
	t.Run("orchestrators' records", func(t *testing.T) {
		// decode/testdata/real/adyen-json-saleor-app-polly-har-management-me-401-00-401, its response.
		x := explainPaste(t, `"response": {"bodySize": 114, "content": {"mimeType": "application/json", "size": 114, "text": {"errorCode": "00_401", "status": 401, "title": "Unauthorized", "type": "https://docs.adyen.com/errors/unauthorized"}}, "cookies": [], "headers": [{"name": "content-type", "value": "application/json"}], "status": 401, "statusText": "Unauthorized"}`)
		assert.Equal(t, "adyen", providerOf(x))
		assert.Equal(t, "00_401", x.Code)
		assert.Equal(t, 401, x.HTTPStatus)
		// decode/testdata/real/paypal-json-payum-express-get-details-l-errorcode0-10001, shortened.
		x = explainPaste(t, `{"ACK": "Success", "AMT": "30.00", "BUILD": "43715881", "TOKEN": "EC-2BT017830J851420S", "VERSION": "65.1", "PAYERSTATUS": "verified", "L_ERRORCODE0": "10001", "CURRENCYCODE": "EUR"}`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10001", x.Code)
		checkLookAlikes(t, []readerLookAlike{
			// A success whose error list is empty is none.
			{paste: `{"ACK": "Success", "BUILD": "43715881", "TOKEN": "EC-2BT017830J851420S", "L_ERRORCODE0": ""}`},
			// decode/testdata/real/stripe-bare-message-odoo-pos-card-present-currency-usd-not-supported, whole.
			{paste: "Example to reproduce: use a $ database when the stripe is set in euro. It will trigger an error:\nThe card_present source type with currency usd is not supported in ...", provider: "stripe"},
			// decode/testdata/real/stripe-bare-message-openfoodnetwork-source-redirect-slug-invalid, whole.
			{paste: "Authorizing a previously a failed Stripe payment leads displays the error:\n`\"The source_redirect_slug parameter is invalid\"`", provider: "stripe"},
		})
	})
	t.Run("the second review's look-alikes", func(t *testing.T) {
		checkLookAlikes(t, []readerLookAlike{
			// Brands in capitals that are a variable's, a file's, a menu's, a card statement's
			// or a card's magnetic stripe: no claim from a status beside them.
			{paste: "PAYPAL_CLIENT_ID=AbC***\nPAYPAL_SECRET=***\nSTRIPE_SECRET_KEY=sk_test_***\n\nError: Request failed with status code 401\n  at createError (node_modules/axios/lib/core/createError.js:16:15)\n  at createPayPalOrder (src/paypal.js:22)", status: 401},
			{paste: "GET https://cdn.example.com/img/STRIPE_BG.png 404 (Not Found)", status: 404},
			{paste: "FORMAS DE PAGAMENTO: PIX, BOLETO, CARTÃO, MERCADO PAGO\nErro 500 ao finalizar o pedido, alguém sabe?", status: 500},
			{paste: "Customer says the charge shows as PAYPAL *ACMESTORE on the statement; our refund call failed with 404 Not Found", status: 404},
			{paste: "Adyen terminal response: 400 Bad Request\nDISPLAY: SWIPE NOT ALLOWED - USE CHIP. MAG STRIPE DISABLED", provider: "adyen", status: 400},
			{paste: "STRIPE ERROR 402: YOUR CARD WAS DECLINED.", provider: "stripe", code: "card_declined", status: 402},
			// Every Markdown link is looked at, not only the first.
			{paste: "[https://api.stripe.com/v1/customers](https://api.stripe.com/v1/customers) [200]\n[https://api.stripe.com/v1/charges](https://api.stripe.com/v1/charges) [401]", provider: "stripe", status: 401},
			// Arrows between lower-case names are a debug print's, not NVP's members.
			{paste: "request -> POST /v1/charges\nstatus -> 200\ncode -> ok"},
			{paste: "status -> 400\nerror -> bad_request\nmessage -> invalid card_token_id", provider: "mercadopago", code: "3003", status: 400},
			// Another library's class after a provider's name.
			{paste: "PayPal AuthenticationException: Unauthenticated."},
			// An NVP answer whose error code is 0, and a CMS's content.text, are no errors.
			{paste: `{"ACK": "Success", "BUILD": "43715881", "TOKEN": "EC-2BT017830J851420S", "L_ERRORCODE0": "0"}`},
			{paste: `{"content": {"text": {"code": "HERO_BANNER", "message": "Summer sale - 20% off"}}, "status": "published"}`},
			// "code 404" in a message is no status.
			{paste: `{"error": {"status": 422, "message": "Promo code 404 expired", "statusCode": 404}}`, status: 422},
		})
	})
}
