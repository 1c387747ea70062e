package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSixtyNinthBatch: readers for the real pastes of batches 284 to 287.
func TestReadersSixtyNinthBatch(t *testing.T) {
	t.Run("a status after a verb with no article before it", func(t *testing.T) {
		// decode/testdata/real/asaas-prose-status-xpe-migration-get-transfers-403-chave-atual, whole.
		x := explainPaste(t, "-- O critério que de fato separaria os dois é o CNPJ do destino. Ele NÃO está\n-- disponível: `GET /transfers` do Asaas responde 403 com a chave atual (ver\n-- scripts/sync-asaas.mjs:177). O que sobra é o nome que o Asaas embute na")
		assert.Equal(t, "asaas", providerOf(x))
		assert.Equal(t, 403, x.HTTPStatus)
		// decode/testdata/real/sicoob-prose-status-finaceiro-401-invalid-client-id-or-secret-header-missing, whole.
		x = explainPaste(t, "Medido: chamada com `Authorization: Bearer` válido e **sem** o cabeçalho `client_id`\nvolta `401 Invalid client id or secret`. São dois mecanismos empilhados — o OAuth do\nrealm e o gateway da Sicoob —, e faltar o segundo produz um erro que **parece** de")
		assert.Equal(t, 401, x.HTTPStatus)
		checkLookAlikes(t, []readerLookAlike{
			{paste: "Stripe returned 401 when I created the charge", provider: "stripe", status: 401},
			{paste: "Mercado Pago responds with 403 when creating a preference", provider: "mercadopago", status: 403},
			{paste: "Mercado Pago me devuelve 400 al crear el pago", provider: "mercadopago", status: 400},
			// The review's look-alikes: a sum, a refund, a count, a page's size, the app's own
			// endpoint, a test's name.
			{paste: "o Asaas deu 500 na cobrança"},
			{paste: "O Mercado Pago devolveu 500 ao cliente ontem."},
			{paste: "Mercado Pago devolvió 500 al cliente."},
			{paste: "A listagem de cobranças do Asaas retorna 500 no máximo por página."},
			{paste: `o relatório de cobranças do Asaas volta "500 linhas" por página`},
			{paste: "A importação retornou 500 erros de validação no Asaas."},
			{paste: "GET /v1/balance returns 500 for available and 0 for pending"},
			{paste: "the search returns 400 to 500 results per page"},
			{paste: "Nuestro bot responde 400 al día."},
			{paste: "the Stripe export gave 500 in credits"},
			{paste: "Our /webhooks/stripe endpoint returns 400 when the signature check fails"},
			// A number that counts something, a verb inside a word, or no status at all.
			{paste: "the Asaas query returns 500 rows"},
			{paste: "o Asaas retornou 404 registros"},
			{paste: "o Asaas deu 500 reais de desconto"},
			{paste: "the Stripe import unreturned 404 rows"},
			{paste: "Stripe returned 200 when I created the charge"},
			{paste: "Adyen capture failed with 422 when the amount is wrong", provider: "adyen", status: 422},
			{paste: "the Adyen import failed 404 times"},
		})
	})
	t.Run("conekta-ruby's exception class", func(t *testing.T) {
		// decode/testdata/real/conekta-sdk-exception-ruby-rails-resourcenotfound-create-card, whole.
		x := explainPaste(t, "Conekta::ResourceNotFoundError in CustomersController#update")
		assert.Equal(t, "conekta", providerOf(x))
		assert.Equal(t, "fix", string(x.Retry.Strategy))
	})
	t.Run("Mercado Pago's Orders API codes, in a note and in its body", func(t *testing.T) {
		// decode/testdata/real/mercadopago-prose-status-tempest-orders-409-idempotency-key-already-used, whole.
		x := explainPaste(t, "**Idempotência (#502).** Mesma `X-Idempotency-Key`, mesmo corpo, duas vezes:\n`201` e `201`, **o mesmo id de order**. Mesma chave com outro corpo (outro\nvalor e outra referência): `409 idempotency_key_already_used`.")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "idempotency_key_already_used", x.Code)
		assert.Equal(t, 409, x.HTTPStatus)
		assert.Equal(t, "fix", string(x.Retry.Strategy))
		checkLookAlikes(t, []readerLookAlike{
			{paste: `{"errors":[{"code":"post_processing_operation_pending","message":"The operation cannot be performed yet"}]}`, provider: "mercadopago", code: "post_processing_operation_pending", status: 409},
			// A status in backticks before a word that no provider documents, or before a
			// code of the app's own, is no code.
			{paste: "O deploy falhou: `404 page_not_here` no nosso CDN."},
			{paste: "A rota respondeu `500 internal` durante o teste de carga.", status: 500},
			// The status and the API's words in the same backticks (shaped after
			// decode/testdata/real/mercadopago-prose-status-tempest-checkout-pro-app-401-live-credentials-code-7).
			{paste: "| `APP_USR-` da vendedora de teste | `401 Unauthorized use of live credentials` (7) | igual |", provider: "mercadopago", status: 401},
			{paste: "a planilha `400 Itens` foi importada sem erro"},
			{paste: "a planilha `400 Itens Novos` foi importada"},
			{paste: "rode `500 Workers` com `-n {x}`"},
		})
	})
	t.Run("reStructuredText's double backticks, and a Markdown list's number after Error:", func(t *testing.T) {
		// decode/testdata/real/mercadopago-prose-status-tempest-orders-refund-409-post-processing-operation-pending, whole.
		x := explainPaste(t, "* refunding an approved ``automatic_async`` order answered ``409``\n  ``post_processing_operation_pending`` in 1 of 10; it refunded on retry.")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, "post_processing_operation_pending", x.Code)
		assert.Equal(t, 409, x.HTTPStatus)
		assert.Equal(t, "backoff", string(x.Retry.Strategy))
		// decode/testdata/real/mercadopago-bare-code-igreja-semear-4020-notification-url-localhost
		// after "Error: ", as TestRealBarePastesWrapped wraps it: the list's 2 is no code.
		x = explainPaste(t, "Error: 2. **Bug: `notification_url` com localhost era rejeitado** (erro 4020). `MercadoPagoGateway::notificationUrl()` agora retorna `null` para host `localhost`.")
		assert.Equal(t, "4020", x.Code)
		checkLookAlikes(t, []readerLookAlike{
			{paste: "Error: 10486. This transaction couldn't be completed.", provider: "paypal", code: "10486", status: 200},
		})
	})
	t.Run("batches 288 to 293: a status before an em dash and a body, two of Stripe's messages", func(t *testing.T) {
		// decode/testdata/real/inter-log-prefixed-pm2-node-cobranca-400-found-violations-cep-invalido, cut short.
		x := explainPaste(t, `[inter] Erro ao regenerar PIX Inter: Error: Inter cobrança falhou: 400 — {"title":"Found violation(s) for the billing","detail":"Invalid billing","violacoes":[{"razao":"O campo cep possui caracteres inválidos.","propriedade":"cep","valor":"00000000"}]}`)
		assert.Equal(t, 400, x.HTTPStatus)
		// decode/testdata/real/stripe-bare-message-charges-sample-3ds2-requires-authentication, whole.
		x = explainPaste(t, "Your card was declined. This transaction requires authentication.")
		assert.Equal(t, "stripe", providerOf(x))
		checkLookAlikes(t, []readerLookAlike{
			// A time's milliseconds or an order's number before the dash is no status.
			{paste: `09:59:00,503 — {"error": "x"}`},
			{paste: `Pedido 451 — {"error": "falhou"}`, code: "", status: 0},
		})
	})
	t.Run("the review's look-alikes", func(t *testing.T) {
		// Mercado Pago's Orders API codes that others send too, and a tie between a code
		// alone and the provider the paste names.
		checkLookAlikes(t, []readerLookAlike{
			{paste: "Pagar.me API error (404): order_not_found", provider: "pagarme", status: 404},
			{paste: "Adyen error: operation_not_supported", provider: "adyen", code: "operation_not_supported"},
			{paste: "PayPal error: user_not_authorized", provider: "paypal", code: "user_not_authorized"},
			{paste: `{"ok":false,"error":"user_not_authorized"}`, code: "user_not_authorized"},
			{paste: "Error: order_not_found", code: "order_not_found"},
			{paste: "Error: refund_in_progress", code: "refund_in_progress"},
			{paste: "Error: resource_locked", code: "resource_locked"},
			// A tally in backticks: its count is no status, and a code's documented status
			// stands.
			{paste: "Importamos `403 Pedidos recusados` da planilha do Asaas."},
			{paste: "Stripe Radar: `402 Declined charges` this week, up from 380."},
			{paste: "O painel mostra `429 Failed jobs` na fila do Sidekiq."},
			{paste: "Top erros do mês no Stripe: `500 card_declined`, `120 expired_card`.", provider: "stripe", code: "card_declined", status: 402},
			// A dash's number after no words of failure, or a number HTTP does not register.
			{paste: `Valor cobrado: 450 — {"id":"pay_123","status":"PENDING"}`},
			{paste: `Tentativas restantes: 429 — {"error":"x"}`, code: "", status: 0},
			{paste: `Falha no pedido: 512 — {"error":"estoque insuficiente"}`},
		})
		// A test's name says what the test expects, not what the API answered.
		if x, err := Explain([]byte("FAIL tests/asaas.test.ts\n  ● Asaas client › returns 404 when the customer does not exist\n\n    expect(received).toBe(expected)\n\n    Expected: 404\n    Received: 500"), Options{}); err == nil {
			assert.NotEqual(t, 404, x.HTTPStatus)
		}
	})
	t.Run("batch 295: a contract test's comment, an arrow, the status and the body", func(t *testing.T) {
		// decode/testdata/real/mercadopago-prose-status-codespar-contract-get-preference-401-invalid-caller-id, whole.
		x := explainPaste(t, "  // sandbox: get_preference for an unknown id → 401 {\"error\":\"invalid_caller_id\"}\n  // (Mercado Pago answers the checkout-preferences endpoint with 401 rather\n  // than 404 for an unknown id under a test account). Still a 4xx contract;")
		assert.Equal(t, "mercadopago", providerOf(x))
		assert.Equal(t, 401, x.HTTPStatus)
		checkLookAlikes(t, []readerLookAlike{
			// The app's own route answering, and a number HTTP does not register.
			{paste: `POST /api/checkout → 500 {"error":"boom"}`},
			{paste: `pedido 7 → 451 {"itens": 3}`},
		})
	})
	t.Run("the second review's look-alikes", func(t *testing.T) {
		checkLookAlikes(t, []readerLookAlike{
			// A count after the verb, whatever word follows it.
			{paste: "The Mercado Pago search returned 500 with status=approved and 12 with status=rejected"},
			{paste: "La búsqueda de Mercado Pago responde 500 después de filtrar por fecha"},
			{paste: "A listagem do Asaas retorna 500 se você passar limit=500"},
			{paste: "Mercado Pago me devolvió 500 - el resto lo retuvo por la comisión"},
			{paste: "The Stripe search returned 500 — all of them test-mode charges"},
			{paste: `the Stripe search returned 500 "succeeded" charges and 3 refunds`},
			{paste: "The Mercado Pago search returned 500 (of 1,240) payments"},
			{paste: "Stripe Sigma returned `500 failed payments` last month"},
			{paste: "Mercado Pago: `404 Not delivered` notifications this month"},
			{paste: "Stripe Radar this week: `429 Request timeouts` and 3 blocks"},
			{paste: `Itens processados: 450 - {"lote":"2024-05-01"}`},
			// The app's own route or call before an arrow and a body.
			{paste: `PUT /api/v2/orders/77 -> 409 {"message":"order locked"}`, status: 409},
			{paste: `cupom aplicado: total 800 → 400 {"mensagem":"desconto de 50% aplicado"}`},
			{paste: "POST /api/checkout returns 500 when the Stripe key is missing"},
			{paste: "My endpoint returns 500 when Stripe sends the checkout.session.completed event"},
			{paste: "Mi servidor responde 500 cuando Mercado Pago envía la notificación IPN"},
			{paste: "it \"returns 402 when the card is declined\" do\n  expect(Stripe::PaymentIntent).to receive(:create)"},
			// Still read: a name inside another word is no "our", "it" ends no verb's line.
			{paste: "After you rotate your secret key, Stripe returns 401 when the old key is used", provider: "stripe", status: 401},
			{paste: "Every hour Asaas returns 429 when we sync the cobranças", provider: "asaas", code: "429", status: 429},
			{paste: "Stripe's card debit returns 402 when declined", provider: "stripe", status: 402},
			{paste: "Creating the webhook, Stripe returned 400 when the url had no https", provider: "stripe", status: 400},
			// PayPal's own codes of an order's and a refund's life stay its own.
			{paste: "Getting REFUND_AMOUNT_EXCEEDED when refunding a capture", provider: "paypal", code: "REFUND_AMOUNT_EXCEEDED", status: 422},
			{paste: "error: TRANSACTION_ALREADY_REFUNDED", provider: "paypal", code: "TRANSACTION_ALREADY_REFUNDED"},
			{paste: "Error: cannot_capture_order", code: "cannot_capture_order"},
		})
	})
}
