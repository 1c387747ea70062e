package web

import "github.com/decifra/decifra/catalog"

// Sample is one paste of the page's examples gallery.
type Sample struct {
	// ID names the sample in the page (data-sample) and in tests.
	ID string `json:"id"`
	// Label is the gallery button's text: the provider or the paste's form.
	Label string `json:"label"`
	// Kind says what the sample shows, in a few words, in both languages (the codes are
	// the same in both). The page has it as the UI string "kind_" + ID.
	Kind catalog.Text `json:"-"`
	// Text is the paste, as a developer would copy it.
	Text string `json:"text"`
}

// Samples is the examples gallery: one error from each seed provider, two from beyond the
// seeds, then a `curl -i` paste and a HAR entry. Between them they show every retry strategy, field
// problems, and masked secrets.
var Samples = []Sample{
	{ID: "fluxiq", Label: "FluxiQ", Kind: catalog.Text{EN: "VALIDATION_ERROR · fields", PT: "VALIDATION_ERROR · campos"}, Text: `{
  "success": false,
  "error": {
    "code": "VALIDATION_ERROR",
    "message": "Invalid data in request",
    "details": {
      "amount_cents": ["must be greater than 0"],
      "due_date": ["must be a future date"],
      "payer_document": ["invalid format"]
    }
  },
  "meta": { "request_id": "req_7f3a9c1e5b2d" }
}
`},
	{ID: "onnixpay", Label: "OnnixPay", Kind: catalog.Text{EN: "PIX_ALREADY_PAID · don't retry", PT: "PIX_ALREADY_PAID · não repita"}, Text: `{
  "success": false,
  "error": {
    "code": "PIX_ALREADY_PAID",
    "message": "PIX já foi pago",
    "details": "Esta cobrança foi paga em 2025-11-14T10:30:00Z",
    "pixId": "pix_abc123",
    "paidAt": "2025-11-14T10:30:00Z"
  },
  "meta": { "requestId": "req_pp81d0", "timestamp": "2025-11-14T10:31:12Z", "version": "v1" }
}
`},
	{ID: "flux", Label: "Flux", Kind: catalog.Text{EN: "ERR_NETWORK_TIMEOUT · log line", PT: "ERR_NETWORK_TIMEOUT · linha de log"}, Text: `2026-03-02T14:05:11.482Z ERROR payment.create failed: {"error":{"code":"ERR_NETWORK_TIMEOUT","message":"A timeout has occurred"}}
`},
	{ID: "cashier", Label: "Cashier", Kind: catalog.Text{EN: "409 still processing", PT: "409 ainda em processamento"}, Text: `{
  "type": "about:blank",
  "title": "Conflict",
  "status": 409,
  "detail": "A request with this idempotency key is still processing",
  "instance": "/api/v1/payouts"
}
`},
	{ID: "gsma-mm", Label: "Mobile money (GSMA)", Kind: catalog.Text{EN: "SV_INSUFFICIENT_FUNDS", PT: "SV_INSUFFICIENT_FUNDS"}, Text: `{
  "amount": "10050.00",
  "currency": "BRL",
  "type": "withdrawal",
  "transactionReference": "1005512",
  "transactionStatus": "error",
  "error": {
    "errorCategory": "businessRule",
    "errorCode": "SV_INSUFFICIENT_FUNDS",
    "errorDateTime": "2022-08-30T18:07:37Z",
    "errorDescription": "Insufficient funds",
    "errorParameters": [{ "key": "svOriginalErrorCode", "value": "TRANSACTION_NOT_ENOUGH_FUNDS" }]
  }
}
`},
	{ID: "bacen-pix", Label: "API Pix (Banco Central)", Kind: catalog.Text{EN: "CobOperacaoInvalida · violacoes", PT: "CobOperacaoInvalida · violacoes"}, Text: `{
  "type": "https://pix.bcb.gov.br/api/v2/error/CobOperacaoInvalida",
  "title": "Cobrança inválida.",
  "status": 400,
  "detail": "A requisição que busca alterar ou criar uma cobrança para pagamento imediato não respeita o schema ou está semanticamente errada.",
  "violacoes": [
    { "razao": "O campo cob.valor.original não respeita o schema.", "propriedade": "cob.valor.original" }
  ]
}
`},
	{ID: "stripe", Label: "Stripe", Kind: catalog.Text{EN: "card_declined · insufficient_funds", PT: "card_declined · insufficient_funds"}, Text: `HTTP/1.1 402 Payment Required
Content-Type: application/json
Request-Id: req_Q8v2LmZt4Xw1

{
  "error": {
    "code": "card_declined",
    "decline_code": "insufficient_funds",
    "advice_code": "try_again_later",
    "doc_url": "https://stripe.com/docs/error-codes/card-declined",
    "message": "Your card has insufficient funds.",
    "type": "card_error"
  }
}
`},
	{ID: "curl", Label: "curl -i", Kind: catalog.Text{EN: "429 with Retry-After", PT: "429 com Retry-After"}, Text: `$ curl -i -X POST https://api.pixconnect.com.br/api/v1/central/boletos -H 'X-API-Key: fq_live_9d2c41a7e3b8f605'
HTTP/1.1 429 Too Many Requests
Date: Mon, 02 Nov 2026 10:00:00 GMT
Content-Type: application/json
X-RateLimit-Limit: 100
X-RateLimit-Remaining: 0
Retry-After: 30

{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded","details":"Wait 45 seconds before making new requests"},"meta":{"request_id":"req_abc123def456"}}
`},
	{ID: "har", Label: "HAR", Kind: catalog.Text{EN: "Cashier, base64 body", PT: "Cashier, corpo em base64"}, Text: `{
  "startedDateTime": "2026-11-02T10:00:00.000Z",
  "time": 120,
  "request": {
    "method": "POST",
    "url": "https://cashier.flowpayment.net/api/v1/checkout/cs_1/pay",
    "httpVersion": "HTTP/1.1",
    "headers": [{ "name": "Authorization", "value": "Bearer s3cr3tT0kenValue" }],
    "queryString": [],
    "cookies": [],
    "headersSize": -1,
    "bodySize": 0
  },
  "response": {
    "status": 400,
    "statusText": "Bad Request",
    "httpVersion": "HTTP/1.1",
    "headers": [{ "name": "Content-Type", "value": "application/problem+json" }],
    "cookies": [],
    "content": {
      "size": 147,
      "mimeType": "application/problem+json",
      "text": "eyJ0eXBlIjoiYWJvdXQ6YmxhbmsiLCJ0aXRsZSI6IkNhcmQgRGVjbGluZWQiLCJzdGF0dXMiOjQwMCwiZGV0YWlsIjoiQ2FyZCB3YXMgZGVjbGluZWQgYnkgdGhlIGlzc3VpbmcgYmFuayIsImluc3RhbmNlIjoiL2FwaS92MS9jaGVja291dC9jc18xL3BheSJ9",
      "encoding": "base64"
    },
    "redirectURL": "",
    "headersSize": -1,
    "bodySize": -1
  },
  "cache": {},
  "timings": { "send": 0, "wait": 100, "receive": 20 }
}
`},
}
