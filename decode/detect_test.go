package decode

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Look-alikes: codes several providers share go to the right one by envelope and
// language, and errors from elsewhere are not claimed by a seed provider.
func TestLookAlikes(t *testing.T) {
	cases := []struct {
		name, input, provider, code, reason string
	}{
		{"INVALID_DOCUMENT fluxiq", `{"success":false,"error":{"code":"INVALID_DOCUMENT","message":"Invalid document","details":"bad check digits"},"meta":{"request_id":"req_1"}}`,
			"fluxiq", "INVALID_DOCUMENT", "snake-case meta.request_id and English"},
		{"INVALID_DOCUMENT onnixpay", `{"success":false,"error":{"code":"INVALID_DOCUMENT","message":"CPF ou CNPJ inválido","field":"document"},"meta":{"requestId":"req_1","timestamp":"2025-11-14T10:30:00Z","version":"v1"}}`,
			"onnixpay", "INVALID_DOCUMENT", "camel-case meta.requestId, Portuguese, field"},
		{"INVALID_DOCUMENT cashier", `{"type":"about:blank","title":"Bad Request","status":400,"detail":"Document number format is invalid (CPF/CNPJ)","instance":"/api/v1/checkout"}`,
			"cashier", "INVALID_DOCUMENT", "problem body under /api/v1/, code implied by the detail"},
		{"API_KEY_REVOKED fluxiq", `{"success":false,"error":{"code":"API_KEY_REVOKED","message":"This API Key has been revoked","details":"Generate a new key"},"meta":{"request_id":"req_2"}}`,
			"fluxiq", "API_KEY_REVOKED", "FluxiQ envelope"},
		{"API_KEY_REVOKED onnixpay", `{"success":false,"error":{"code":"API_KEY_REVOKED","message":"API Key foi revogada","revokedAt":"2025-11-01T10:00:00Z"},"meta":{"requestId":"req_2","timestamp":"2025-11-14T10:30:00Z","version":"v1"}}`,
			"onnixpay", "API_KEY_REVOKED", "OnnixPay envelope, revokedAt"},
		{"INTERNAL_ERROR fluxiq", `{"success":false,"error":{"code":"INTERNAL_ERROR","message":"Internal server error","details":"An unexpected error occurred. Our team has been notified."},"meta":{"request_id":"req_3"}}`,
			"fluxiq", "INTERNAL_ERROR", "FluxiQ envelope"},
		{"INTERNAL_ERROR onnixpay", `{"success":false,"error":{"code":"INTERNAL_ERROR","message":"Erro interno do servidor","details":"Ocorreu um erro inesperado. Nossa equipe foi notificada.","requestId":"req_abc123"},"meta":{"requestId":"req_abc123","timestamp":"2025-11-14T10:30:00Z","version":"v1"}}`,
			"onnixpay", "INTERNAL_ERROR", "OnnixPay envelope, Portuguese"},
		{"INSUFFICIENT_BALANCE onnixpay", `{"success":false,"error":{"code":"INSUFFICIENT_BALANCE","message":"Saldo insuficiente","availableBalance":50.0},"meta":{"requestId":"r","timestamp":"2025-11-14T10:30:00Z","version":"v1"}}`,
			"onnixpay", "INSUFFICIENT_BALANCE", "OnnixPay envelope"},
		{"INSUFFICIENT_BALANCE cashier", `{"type":"about:blank","title":"Bad Request","status":400,"detail":"Merchant balance is insufficient for payout","instance":"/api/v1/payouts"}`,
			"cashier", "INSUFFICIENT_BALANCE", "problem body, payout detail"},
		{"ERR_INSUFFICIENT_BALANCE flux", `{"error":{"code":"ERR_INSUFFICIENT_BALANCE","message":"This payment method don't have enough balance to perform the payment."}}`,
			"flux", "ERR_INSUFFICIENT_BALANCE", "ERR_ prefix"},
		{"insufficientFunds gsma", `{"errorCategory":"businessRule","errorCode":"insufficientFunds","errorDescription":"no funds"}`,
			"gsma-mm", "insufficientFunds", "GSMA error object"},
		{"stripe card_declined", `{"error":{"code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds.","type":"card_error","doc_url":"https://stripe.com/docs/error-codes/card-declined"}}`,
			"stripe", "card_declined", "Stripe's envelope: type, decline_code, doc_url"},
		{"stripe rate limit", `{"error":{"message":"Too many requests","type":"invalid_request_error","code":"rate_limit"}}`,
			"stripe", "rate_limit", "Stripe's error type and code"},
		{"bacen pix", `{"type":"https://pix.bcb.gov.br/api/v2/error/CobNaoEncontrado","title":"Cobrança não encontrada","status":404,"detail":"Nenhuma cobrança encontrada","correlationId":"c1"}`,
			"bacen-pix", "CobNaoEncontrado", "the Central Bank's problem types are the API Pix's, not Cashier's"},
		{"generic about:blank problem", `{"type":"about:blank","title":"Not Found","status":404,"detail":"No route"}`,
			"", "", "an about:blank problem with no instance or host is nobody's in particular"},
		{"axios own error", `{ message: 'timeout of 5000ms exceeded', name: 'AxiosError', code: 'ECONNABORTED', config: { url: 'https://example.com' } }`,
			"", "ECONNABORTED", "an HTTP client's error is not a provider's"},
		{"axios bad request without data", `{ code: 'ERR_BAD_REQUEST', config: {}, request: {}, response: { status: 400, data: '' } }`,
			"", "ERR_BAD_REQUEST", "axios's ERR_BAD_REQUEST is not Flux's"},
		{"pagbank", `{"error_messages":[{"code":"40002","description":"invalid_parameter","parameter_name":"amount.value"}]}`,
			"pagbank", "40002", "PagBank's error_messages envelope"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x, err := Explain([]byte(c.input), Options{Now: clockOf(time.Now())})
			require.NoError(t, err)
			if c.provider == "" {
				assert.Nil(t, x.Provider, c.reason)
			} else if assert.NotNil(t, x.Provider, c.reason) {
				assert.Equal(t, c.provider, x.Provider.ID, c.reason)
				assert.NotEmpty(t, x.Provider.Evidence)
			}
			assert.Equal(t, c.code, x.Code, c.reason)
		})
	}
}

func TestProviderHint(t *testing.T) {
	// A shared code alone is ambiguous; a hint tips it, but never claims alone.
	in := []byte(`{"code":"INVALID_DOCUMENT","message":"Invalid document"}`)
	x, err := Explain(in, Options{})
	require.NoError(t, err)
	assert.Nil(t, x.Provider, "a shared code alone is not enough")

	stripe := []byte(`{"error":{"code":"card_declined","type":"card_error"}}`)
	x, err = Explain(stripe, Options{Provider: "cashier"})
	require.NoError(t, err)
	require.NotNil(t, x.Provider)
	assert.Equal(t, "stripe", x.Provider.ID, "a hint never claims an error nothing supports")

	unknown := []byte(`{"error":{"code":"weird_thing","message":"?"}}`)
	x, err = Explain(unknown, Options{Provider: "stripe"})
	require.NoError(t, err)
	assert.Nil(t, x.Provider, "a hint alone claims nothing")
}

// Envelope families that resemble each other: each member goes to its own provider, and
// a generic member of the family to nobody.
func TestLookAlikeFamilies(t *testing.T) {
	families := []struct {
		family string
		cases  []struct{ input, provider, reason string }
	}{
		{"RFC 7807 problems", []struct{ input, provider, reason string }{
			{`{"type":"about:blank","title":"Gone","status":410,"detail":"Checkout session cs_1 has expired","instance":"/api/v1/checkout/cs_1"}`, "cashier", "about:blank under /api/v1/"},
			{`{"type":"https://pix.bcb.gov.br/api/v2/error/CobVNaoEncontrada","title":"Cobrança não encontrada","status":404,"detail":"x"}`, "bacen-pix", "Central Bank type URL"},
			{`{"type":"https://docs.adyen.com/errors/forbidden","title":"Forbidden","status":403,"detail":"x","errorCode":"00_403"}`, "adyen", "Adyen type URL"},
			{`{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc"}`, "", "RFC 9457's own example: nobody's"},
		}},
		{"a lone error object", []struct{ input, provider, reason string }{
			{`{"error":{"code":"ERR_QR_MALFORMED","message":"QR is malformed"}}`, "flux", "ERR_ prefix"},
			{`{"error":{"code":"incorrect_cvc","message":"Your card's security code is incorrect.","type":"card_error"}}`, "stripe", "Stripe type"},
			{`{"error":{"code":"something_else","message":"Nope"}}`, "", "an unknown code in the same shape"},
		}},
		{"success:false envelopes", []struct{ input, provider, reason string }{
			{`{"success":false,"error":{"code":"NOT_FOUND","message":"Resource not found"},"meta":{"request_id":"r"}}`, "fluxiq", "snake request_id"},
			{`{"success":false,"error":{"code":"RESOURCE_NOT_FOUND","message":"Recurso não encontrado","resourceType":"pix"},"meta":{"requestId":"r","timestamp":"2025-11-14T10:30:00Z","version":"v1"}}`, "onnixpay", "camel requestId"},
			{`{"success":false,"message":"Something failed"}`, "", "success:false alone is nobody's"},
		}},
		{"errors lists", []struct{ input, provider, reason string }{
			{`{"errors":[{"code":"invalid_customer","description":"Cliente inválido"}]}`, "asaas", "errors[{code, description}] alone"},
			{`{"error_messages":[{"code":"40001","description":"required_parameter","parameter_name":"amount"}]}`, "pagbank", "error_messages"},
			{`{"errors":[{"message":"api_key está faltando","parameter_name":"api_key","type":"invalid_parameter"}],"method":"get","url":"/transactions"}`, "pagarme", "legacy Pagar.me"},
			{`{"errors":[{"detail":"must be a positive integer","pointer":"#/age"}],"title":"Invalid input"}`, "", "RFC 9457 errors member"},
		}},
		// Issue 13's look-alikes: Brazilian acquirers that all speak ABECS issuer codes.
		{"Cielo, Rede and ABECS codes", []struct{ input, provider, reason string }{
			{`[{"Code":126,"Message":"Credit Card Expiration Date is invalid"}]`, "cielo", "Cielo API 3.0's list of {Code, Message}"},
			{`{"MerchantOrderId":"2014111703","Payment":{"ReturnCode":"05","ReturnMessage":"Not Authorized","Status":3,"Type":"CreditCard"}}`, "cielo", "a Cielo sale refused: Payment.ReturnCode with Status 3"},
			{`{"returnCode":"42","returnMessage":"Reference: Order number already exists."}`, "rede", "e.Rede's returnCode/returnMessage with its own message"},
			{`{"returnCode":"101","returnMessage":"Unauthorized. Contact issuer."}`, "rede", "e.Rede's refusal"},
			{`{"code":"51","message":"Insufficient funds"}`, "", "an ABECS issuer code in a generic body: no acquirer named"},
		}},
		// Banks' Pix APIs answer the Central Bank's problems: the host says which bank.
		{"Pix banks and the Central Bank", []struct{ input, provider, reason string }{
			{`{"title":"Cobrança inválida.","status":400,"detail":"x","violacoes":[{"razao":"y","propriedade":"cob.valor.original"}]}`, "bacen-pix", "API Pix's problem, no bank named"},
			{"$ curl -i -X PUT https://cdpj.partners.bancointer.com.br/pix/v2/cob/abc123\nHTTP/1.1 400 Bad Request\n\n" + `{"title":"Cobrança inválida.","status":400,"detail":"x","violacoes":[{"razao":"y","propriedade":"cob.valor.original"}]}`, "inter", "the same problem from Banco Inter's host"},
		}},
		{"Efí and Asaas", []struct{ input, provider, reason string }{
			{`{"nome":"valor_invalido","mensagem":"Valor inválido"}`, "efi", "Efí's Pix {nome, mensagem}"},
			{`{"code":3500034,"error":"validation_error","error_description":{"property":"/charge_id","message":"Propriedade obrigatória"}}`, "efi", "Efí's charges API"},
			{`{"errors":[{"code":"invalid_value","description":"O valor informado é inválido"}]}`, "asaas", "Asaas's errors[{code, description}]"},
		}},
		{"message/error/status bodies", []struct{ input, provider, reason string }{
			{`{"message":"invalid access token","error":"unauthorized","status":401,"cause":[]}`, "mercadopago", "cause list"},
			{`{"message":"Unauthorized","error":"unauthorized","status":401}`, "", "Spring-style body without cause: nobody's"},
		}},
	}
	for _, fam := range families {
		for _, c := range fam.cases {
			t.Run(fam.family+"/"+c.reason, func(t *testing.T) {
				x, err := Explain([]byte(c.input), Options{})
				require.NoError(t, err)
				if c.provider == "" {
					assert.Nil(t, x.Provider, c.reason)
					return
				}
				if assert.NotNil(t, x.Provider, c.reason) {
					assert.Equal(t, c.provider, x.Provider.ID, c.reason)
				}
			})
		}
	}
}
