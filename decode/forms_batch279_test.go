package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSixtySeventhBatch: readers for the real pastes of batch 278 and after that
// decifra read wrong when they were collected.
func TestReadersSixtySeventhBatch(t *testing.T) {
	t.Run("an app's answer that wraps the provider's words under error", func(t *testing.T) {
		// Shaped after decode/testdata/real/stripe-js-dump-replit-5ducks-browser-console-checkout-no-such-price,
		// cut short (the console's other lines): the app's 500 carries Stripe's words.
		x := explainPaste(t, `index.js:1799 Stripe checkout error: Error: 500: {"message":"Failed to create checkout session","error":"No such price: 'price_1RdAvpGfTiCdmxysMQt7i9FF'"}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "resource_missing", x.Code)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		assert.Equal(t, 500, x.HTTPStatus, "the status shown is still the paste's")
		// Words that are not only the provider's do not make its code.
		x = explainPaste(t, `index.js:1799 Stripe checkout error: Error: 500: {"message":"Failed to create checkout session","error":"ENOENT: no such file or directory, open '/app/prices.json'"}`)
		assert.Empty(t, x.Code)
		assert.Equal(t, "check_first", string(x.Retry.Strategy))
		// A logger's record whose error repeats the message with its stack keeps the message.
		x = explainPaste(t, `{"level":"error","message":"Your card was declined.","error":"StripeCardError: Your card was declined.\n    at Function.generate (/app/node_modules/stripe/lib/Error.js:40:16)","timestamp":"2025-04-27 18:46:18"}`)
		assert.Equal(t, "Your card was declined.", x.Message)
	})
	t.Run("an error code named after words about it", func(t *testing.T) {
		// Shaped after decode/testdata/real/paypal-prose-status-wporg-paypal-for-woocommerce-10486-funding-failure,
		// cut short (its bullets' other lines).
		x := explainPaste(t, "There is an error being returned frequently in your plugin from the PayPal API.\nThe error code is deprecated, although they are still allowing it.\nBasically, the error code 10486 means a funding source failure.")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "10486", x.Code)
		// A later use names a code written as one (a review's: "the error code card_declined").
		x = explainPaste(t, "Stripe keeps failing with an error code on checkout. The error code card_declined shows up in the dashboard.")
		assert.Equal(t, "card_declined", x.Code)
		// Words with no code after them name none, and a later short number is another
		// program's (a review's look-alikes).
		for _, paste := range []string{
			"PayPal: the error code is deprecated, and the error code is not shown anywhere.",
			"PayPal API error: the error code is missing. The Windows Update log then says error code 12 on this machine.",
			"Stripe API returned 402; the error code is not helpful. Docker then exits with error code 137.",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Empty(t, x.Code, paste)
			}
		}
	})
	t.Run("Stripe's and its libraries' sentences", func(t *testing.T) {
		for _, paste := range []string{
			// stripe/stripe-ios#788, cut short.
			`I get the error "Error: This application is not authorized to delete this account."`,
		} {
			assert.Equal(t, "stripe", providerOf(explainPaste(t, paste)), paste)
		}
		x := explainPaste(t, `## Error: "Only Stripe Connect platforms can work with other accounts"`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "platform_account_required", x.Code)
		// Shorter words are anyone's.
		for _, paste := range []string{
			"Error: The payment attempt failed. Please try again.",
			"Error: This application is not authorized to access this resource.",
			"Error: The resource ID is invalid.",
			// A review's: Laravel Cashier's words are other apps' for PayPal too, and
			// stripe-php's empty-id check is copied by BambooPayment's SDK: neither is a mark.
			`After paying with PayPal the checkout page says: "The payment attempt failed because additional action is required before it can be completed"`,
			`BambooPayment\Exception\InvalidArgumentException: The resource ID cannot be null or whitespace. in /app/vendor/bamboo-payment/src/Core/AbstractService.php:45`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
	t.Run("PayPal's classic, Orders, SDK and Adaptive Payments sentences", func(t *testing.T) {
		for _, paste := range []string{
			// silvershop's NVP print_r (decode/testdata/real/paypal-php-print_r-silvershop-nvp-order-total-invalid-no-code), cut short.
			"[L_SHORTMESSAGE0] => Transaction refused because of an invalid argument. See additional error messages for details.\n[L_LONGMESSAGE0] => Order total is invalid.",
			`refunding a disputed sale now always returns the following error message: "Request was refused. This transaction already has a chargeback filed"`,
			"Error: `Invoice ID was previously used to refund a capture` occur when partial refund on the same order twice on the same day.",
			`throw new Error("SDK Validation error: 'Must pass vault=true for intent=subscription'" );`,
			"CaptureOrderResult: Error(message=Capture order failed., reason=LSAT upgrade failed while capturing order.)",
			`"Invalid request: None of the fields are specified to identify a receiver"`,
			"The total amount of all payments exceeds the maximum total amount for all payments",
		} {
			assert.Equal(t, "paypal", providerOf(explainPaste(t, paste)), paste)
		}
		// Parts of them are anyone's words.
		for _, paste := range []string{
			"Transaction refused: invalid argument amount",
			// A review's: Magento's own card form and HiPay's table say two of the
			// classic API's long messages too.
			`main.CRITICAL: Magento\Framework\Exception\LocalizedException: Please enter a valid credit card verification number. in /var/www/html/vendor/magento/module-payment/Model/Method/Cc.php:178`,
			"Capture failed: Amount specified exceeds allowable limit.",
			"Error: Invoice ID was previously used.",
			"Capture order failed: upgrade failed while capturing order.",
			"Error: the amount exceeds the maximum total amount allowed",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
	t.Run("Mercado Pago's subscriptions and its browser SDK", func(t *testing.T) {
		for _, paste := range []string{
			`dan un 400 con el mensaje "Preapprovals are not available for this country yet"`,
			"Error: MercadoPago.js - Could not find HTML element for provided id: form-checkout",
			"Uncaught Error: MercadoPago.js - Failed to get payment methods.",
		} {
			assert.Equal(t, "mercadopago", providerOf(explainPaste(t, paste)), paste)
		}
		for _, paste := range []string{
			"Date: 29.08.2017 03:18:12 | access denied - 100: the credentials are required | Exception: none",
			"Error: Checkout.js - Could not find HTML element for provided id: form-checkout",
			// A review's: an app's own file named after it, and a line of its old
			// PrestaShop module's log that is the shop's database, not its API.
			"Error in api/webhook/mercadopago.js - FirebaseError: Missing or insufficient permissions.",
			"Date:  07.06.2018 07:59:57  | SQLSTATE[42S02]: Base table or view not found: 1146 Table ps_orders doesn't exist|  Exception:  ",
			"Subscriptions are not available for this country yet",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
	t.Run("Adyen's 401 message and its SOAP namespace", func(t *testing.T) {
		for _, paste := range []string{
			"401 Unauthorized: HTTP Status Response - Unauthorized (security: 000)",
			`<refusalReason xmlns="http://payment.services.adyen.com">010 Not allowed</refusalReason>`,
		} {
			assert.Equal(t, "adyen", providerOf(explainPaste(t, paste)), paste)
		}
		for _, paste := range []string{
			"An HTTPError is a real HTTP status response - re-raise it: 401 Unauthorized",
			`<refusalReason xmlns="http://payment.services.example.com">010 Not allowed</refusalReason>`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
	t.Run("PagSeguro's libraries, its POS SDK and its checkout page", func(t *testing.T) {
		for _, paste := range []string{
			"Unauthorized: Não foi possível estabelecer uma conexão com o PagSeguro.",
			"Exception.PlugPagException: SV01 - Action não conhecida",
			`"Transação inválida. Sempre inicie transações a partir de sites confiáveis."`,
		} {
			assert.Equal(t, "pagbank", providerOf(explainPaste(t, paste)), paste)
		}
		for _, paste := range []string{
			"Unauthorized: Não foi possível estabelecer uma conexão com o servidor.",
			"Exception.PlugException: SV01 - Action não conhecida",
			`"Transação inválida. Tente novamente."`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
	t.Run("Asaas's and Conekta's sentences", func(t *testing.T) {
		x := explainPaste(t, `{"message":"Você não possui permissão para utilizar este recurso. Entre em contato com seu gerente de contas."}`)
		assert.Equal(t, "asaas", providerOf(x))
		for _, paste := range []string{
			`En en el detalle de la excepción, me menciona que: "The order amount does not match with the sum of charges amounts".`,
			"Error: The company cannot process until risk approval is done.",
		} {
			assert.Equal(t, "conekta", providerOf(explainPaste(t, paste)), paste)
		}
		for _, paste := range []string{
			`{"message":"Você não possui permissão para utilizar este recurso."}`,
			"Error: The order amount does not match the cart total.",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
	t.Run("a Supabase log record's event_message", func(t *testing.T) {
		// Shaped after decode/testdata/real/stripe-json-supabase-event-message-webhook-signature-verification-failed,
		// cut short (the SDK's longer advice inside the message).
		x := explainPaste(t, `{"event_message": "Webhook Signature Verification Failed: {\n  error: \"No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?\"\n}\n"}`)
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A record of no failure is none.
		_, err := Explain([]byte(`{"event_message":"booted (time: 31ms)","id":"a1","timestamp":1700000000000}`), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound)
	})
	t.Run("sentences that were read as no error at all", func(t *testing.T) {
		for paste, provider := range map[string]string{
			"Payer equals Collector":            "mercadopago",
			"Choose payer email or payer phone": "mercadopago",
			"For 'sepa_debit' payments, we currently require your account to have a bank account in one of the following currencies: eur, usd, gbp": "stripe",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, provider, providerOf(x), paste)
			assert.Equal(t, "fix", string(x.Retry.Strategy), paste)
		}
		for _, paste := range []string{"Payer email or phone: choose one", "No puedes pagar ahora",
			// A review's: everyday Argentine Spanish in a split-expenses app.
			`{"ok":false,"error":"No podés pagarte a vos mismo."}`} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
	t.Run("Pagar.me v5's failed order as its SDKs print it, and its gateway's own refusal", func(t *testing.T) {
		// Shaped after decode/testdata/real/pagarme-log-prefixed-replit-fornecedorflow-v5-pix-order-failed-action-forbidden-sem-ambiente,
		// cut short (the order's items, customer and the charge's other members).
		order := func(status, message string) string {
			return `[2026-03-09T18:50:20.515Z] Order result {
  "id": "or_Le2qQZ6fazsz5JMG",
  "code": "order_1773082219490_e3u65",
  "amount": 99700,
  "status": "` + status + `",
  "charges": [
    {
      "id": "ch_08zxjZymFzC3OKVW",
      "code": "order_1773082219490_e3u65",
      "status": "` + status + `",
      "paymentMethod": "pix",
      "lastTransaction": {
        "status": "` + status + `",
        "success": false,
        "id": "tran_3p6Vz75sPuokxrj9",
        "gatewayResponse": {
          "code": "400",
          "errors": [
            {
              "message": "` + message + `"
            }
          ]
        },
        "transactionType": "pix"
      }
    }
  ]
}`
		}
		x := explainPaste(t, order("failed", "action_forbidden |  | Sem ambiente configurado para este tipo de transação."))
		assert.Equal(t, "pagarme", providerOf(x))
		assert.Equal(t, "action_forbidden", x.Code, "the gateway's type, not the order's own code")
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		// A first word Pagar.me does not document is no code, and the order's code never is.
		x = explainPaste(t, order("failed", "something_else |  | Falhou."))
		assert.Equal(t, "pagarme", providerOf(x))
		assert.NotEqual(t, "something_else", x.Code)
		assert.NotEqual(t, "order_1773082219490_e3u65", x.Code)
		// An app's own order whose lastTransaction keeps another provider's error under
		// gatewayResponse is not Pagar.me's (a review's look-alikes).
		for _, paste := range []string{
			`{"orderId":"A-100","status":"failed","lastTransaction":{"provider":"stripe","status":"failed","gatewayResponse":{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds."}}}}`,
			`{"status":"failed","lastTransaction":{"id":"txn_9","status":"failed","gatewayResponse":{}}}`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "pagarme", providerOf(x), paste)
			}
		}
		// An order that was paid is no error.
		_, err := Explain([]byte(strings.ReplaceAll(order("paid", ""), `"success": false`, `"success": true`)), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound)
	})
	t.Run("PayPal's classic card-data sentence", func(t *testing.T) {
		x := explainPaste(t, "This transaction cannot be processed. Please enter a valid credit card number and type")
		assert.Equal(t, "paypal", providerOf(x))
		// Stripe's Firebase extension's log line is no mark: it prints every error after it,
		// Firestore's too (a review's look-alike).
		if x, err := Explain([]byte("❗️[Error]: Checkout session creation failed for doc [x]: 7 PERMISSION_DENIED: Missing or insufficient permissions."), Options{}); err == nil {
			assert.NotEqual(t, "stripe", providerOf(x))
		}
		// Magento's own card form (a review's look-alike): the sentence's second half alone.
		if x, err := Explain([]byte("Please enter a valid credit card verification number."), Options{}); err == nil {
			assert.Nil(t, x.Provider)
		}
	})
	t.Run("PayPal's Smart Payment Buttons' intent check", func(t *testing.T) {
		x := explainPaste(t, "> Expected intent from order api call to be subscription, got capture. Please ensure you are passing intent-capture")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		if x, err := Explain([]byte("Expected intent to be capture, got authorize."), Options{}); err == nil {
			assert.Nil(t, x.Provider)
		}
	})
	t.Run("Openpay's plugins' default notice", func(t *testing.T) {
		for _, paste := range []string{
			"ERROR 1003. La petición no pudo ser procesada.",
			"ERROR 1001. La petición no pudo ser procesada.\nError en la transacción: No se pudo completar tu pago.",
			"Error 1003 La petición no pudo ser procesada. 422 Unprocessable Entity",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, "openpay", providerOf(x), paste)
			assert.Equal(t, "fix", string(x.Retry.Strategy), paste)
		}
		// The sentence without Openpay's code, or beside a code it does not document.
		for _, paste := range []string{
			"La petición no pudo ser procesada por el servidor: Entidad no procesable",
			"ERROR 42. La petición no pudo ser procesada.",
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.Nil(t, x.Provider, paste)
			}
		}
	})
}
