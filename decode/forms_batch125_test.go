package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersThirtyFirstBatch: what batches 125 to 130 of real pastes asked for, each
// beside a look-alike that must not trigger it.
func TestReadersThirtyFirstBatch(t *testing.T) {
	t.Run("STP's (SPEI) answer: a negative id beside descripcionError", func(t *testing.T) {
		x := explainPaste(t, "{\n  resultado: {\n    descripcionError: 'El monto {XXX.0} no es válido', \n    id: -20\n  }\n}")
		assert.Equal(t, "-20", x.Code)
		assert.Equal(t, "El monto {XXX.0} no es válido", x.Message)
		assert.Equal(t, "", providerOf(x))
		x = explainPaste(t, `{"resultado": {"descripcionError": "", "id": 1234}, "error": "timeout"}`)
		assert.NotEqual(t, "1234", x.Code, "a positive id is the order's, not an error's")
	})
	t.Run("Java's Map.toString, which quotes nothing", func(t *testing.T) {
		x := explainPaste(t, "{name=UNKNOWN_ERROR, message=An unknown error has occurred, information_link=https://developer.paypal.com/webapps/developer/docs/api/#UNKNOWN_ERROR, debug_id=2f14aa9749854}")
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "UNKNOWN_ERROR", x.Code)
		assert.Equal(t, "2f14aa9749854", x.RequestID, "an id that starts with digits is a word, not the number 2")
		x = explainPaste(t, "{error={code=resource_missing, doc_url=https://stripe.com/docs/error-codes/resource-missing, message=No such customer: cus_123, param=customer, type=invalid_request_error}}")
		assert.Equal(t, "stripe", providerOf(x))
		assert.Equal(t, "resource_missing", x.Code)
		assert.Equal(t, "No such customer: cus_123", x.Message, "after '=' a colon is part of the words")
		x = explainPaste(t, "{code=PARAM_ERROR, message=参数错误}")
		assert.Equal(t, "PARAM_ERROR", x.Code, "a one-word value is a string")
		x = explainPaste(t, "{status=NOT APPROVED, error_code=PAYMENTS-011, description_detail=CARTAO EXCEDEU O LIMITE PARA PARCELAMENTO [ECOM - 23], message=Erro ao efetuar transação}")
		assert.Equal(t, "PAYMENTS-011", x.Code, "brackets inside the words")
		x = explainPaste(t, "{status=422, errorCode=137, message=Field 'amount' is not valid., errorType=validation}")
		assert.Equal(t, "Field 'amount' is not valid.", x.Message, "quotes inside the words")
		x = explainPaste(t, "{message: Card not found, error: bad_request}")
		assert.Equal(t, "Card not found", x.Message, "Dart's Map.toString, with colons, reads as before")
		x = explainPaste(t, "{ error: { code: 'invalid_amount', amount: 100, currency: 'BRL' } }")
		assert.Equal(t, "invalid_amount", x.Code, "a number followed by a comma is still a number")
	})
	t.Run("a map from codes to messages", func(t *testing.T) {
		x := explainPaste(t, "{53046=credit card holder cpf invalid value: 12345678000195}")
		assert.Equal(t, "pagbank", providerOf(x))
		assert.Equal(t, "53046", x.Code)
		code, _ := codeKeyed(&object{members: []member{{"2023", "ok"}, {"2024", "ok"}}})
		assert.Equal(t, "", code, "values of one word are no messages")
		code, _ = codeKeyed(&object{members: []member{{"53046", "credit card holder cpf invalid"}, {"name", "x y"}}})
		assert.Equal(t, "", code, "every key a code")
	})
	t.Run("a recording's response headers beside the body it wraps", func(t *testing.T) {
		x := explainPaste(t, `[{"request": {"method": "get", "url": "https://api.iugu.com/v1/plans/bla?", "headers": {"X-Request-Id": "req-from-the-client"}}, "response": {"body": "{\"errors\":\"Unauthorized\"}", "headers": {"Content-Type": "application/json", "X-Request-Id": "e6a4f9ac6fa983881d81199e3ca0f8bc"}, "status_code": 401, "type": "ok"}}]`)
		assert.Equal(t, "iugu", providerOf(x))
		assert.Equal(t, 401, x.HTTPStatus)
		assert.Equal(t, "e6a4f9ac6fa983881d81199e3ca0f8bc", x.RequestID, "the response's header, not the request's")
		assert.Nil(t, recordedHeaders(&object{members: []member{{"headers", &object{members: []member{{"X-Request-Id", "abc123"}}}}, {"message", "x"}}}), "headers with no body and status beside them are no recording's")
	})
	t.Run("MundiPagg's Core API, which became Pagar.me's v5", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{\"message\":\"Customer not found.\"}\n\nPOST https://api.mundipagg.com/core/v1/charges")
		assert.Equal(t, "pagarme", providerOf(x))
	})
	t.Run("a JSON logger's record around the API's answer", func(t *testing.T) {
		x := explainPaste(t, `{"level":"error","message":"payment failed","error":{"pspReference":"7924836078655376","refusalReason":"CVC Declined","resultCode":"Refused"},"timestamp":"2024-03-01T10:00:00.000Z"}`)
		assert.Equal(t, "adyen", providerOf(x), "winston's record: what it logged under error is the answer")
		assert.Equal(t, "7924836078655376", x.RequestID)
		x = explainPaste(t, `{"level":"error","message":"payment failed","timestamp":"2024-03-01T10:00:00.000Z","response":{"status":401,"error":"invalid_token","message":"invalid_token","cause":[]}}`)
		assert.Equal(t, 401, x.HTTPStatus, "and under response")
		x = explainPaste(t, `{"error": {"code": "rate_limited", "level": "warning", "message": "Too many requests"}}`)
		assert.Equal(t, "rate_limited", x.Code, "an API's error with a level of its own is no logger's record")
	})
	t.Run("Cloudflare's Ray, not its short-lived Cf-Request-Id", func(t *testing.T) {
		x := explainPaste(t, "HTTP/1.1 500 Internal Server Error\nCf-Request-Id: 02e25340c80000d91958320200000001\nCf-Ray: 597d87e14b25d919-AMS\n\n<html><title>Whoops! Something went wrong.</title></html>")
		assert.Equal(t, "597d87e14b25d919-AMS", x.RequestID)
		x = explainPaste(t, "    headers:\n      Cf-Request-Id:\n      - 02e9038f7d0000bdb9c634a200000001\n      X-Request-Id:\n      - 7cd40b83-2ca8-429f-a0a4-06480df75b36\n      Cf-Ray:\n      - 59883b926bf4bdb9-AMS\n    body:\n      string: '{\"success\":false,\"error\":{\"code\":172,\"message\":\"The payment is no longer refundable.\"}}'\n    status:\n      code: 400\n")
		assert.Equal(t, "7cd40b83-2ca8-429f-a0a4-06480df75b36", x.RequestID, "the API's own id before Cloudflare's")
	})
}
