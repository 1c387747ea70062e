package decode

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRedact(t *testing.T) {
	cases := []struct {
		name, in, secret, label, reason string
	}{
		{"header line", "X-API-Key: fq_live_abcdef123456\n", "abcdef123456", "X-API-Key", "curl -v request header"},
		{"curl -v prefix", "> Authorization: Bearer abc.def.ghi123456\n", "abc.def.ghi123456", "Authorization", "whole value masked"},
		{"curl -H argument", "curl -H 'X-API-Key: sekr3tvalue99' https://x", "sekr3tvalue99", "X-API-Key", "quoted argument"},
		{"cookie", "Cookie: session=abc123def456; other=1\n", "abc123def456", "Cookie", "cookie line"},
		{"set-cookie", "Set-Cookie: sid=zzz999yyy888; Path=/\n", "zzz999yyy888", "Set-Cookie", "response cookie"},
		{"json member", `{"apiKey": "k_9a8b7c6d5e4f"}`, "k_9a8b7c6d5e4f", "apiKey", "JSON member"},
		{"js dump member", `{ headers: { 'X-API-Key': 'dumpkey123456' } }`, "dumpkey123456", "X-API-Key", "single quotes"},
		{"har header", "{\"name\": \"Authorization\",\n \"value\": \"Basic dXNlcjpwYXNzd29yZA==\"}", "dXNlcjpwYXNzd29yZA==", "Authorization", "HAR name/value pair across lines"},
		{"stripe key anywhere", "using key sk_live_51HxYzAbCdEfGh in prod", "51HxYzAbCdEfGh", "secret key (sk_live_…)", "key-like token"},
		{"jwt anywhere", "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlX2hlcmU", "c2lnbmF0dXJlX2hlcmU", "JSON Web Token", "three-part JWT"},
		{"query string", "GET https://api.x.com/v1?api_key=qs_secret_777&x=1", "qs_secret_777", "api_key", "query parameter"},
		{"access_token member", `{"access_token":"at-123456789","token_type":"bearer"}`, "at-123456789", "access_token", "OAuth response"},
		{"query string in a HAR url", `{"url": "https://api.x.com/v1/pay?token=qsTok3n99&y=2", "method": "GET"}`, "qsTok3n99", "token", "JSON string"},
		{"name=value in a message", `{"description":"invalid client_secret=cs_live_X9y8Z7 in body"}`, "cs_live_X9y8Z7", "client_secret", "stops at the space"},
		{"header in a JSON string", `{"message":"sent Authorization: Bearer zzTopSecret1 twice"}`, "zzTopSecret1", "Authorization", "embedded header"},
		{"card number", `{"card_number":"4111111111111111","holder":"A B"}`, "4111111111111111", "card_number", "PAN"},
		{"cvv as a number", `{"cvv":123,"holder":"A B"}`, "123", "cvv", "bare JSON number"},
		{"cpf", `{"customer":{"cpf":"123.456.789-09"}}`, "123.456.789-09", "cpf", "tax document"},
		{"tax_id", `{"customer":{"tax_id":"12345678909"}}`, "12345678909", "tax_id", "PagBank's name"},
		{"escaped JSON", `{"postData":{"text":"{\"cardNumber\":\"5555444433331111\",\"cvc\":\"321\"}"}}`, "5555444433331111", "cardNumber", "HAR postData"},
		{"form field", "amount=100&card[cvc]=987&card[exp_year]=2030", "987", "cvc", "Stripe-style form body"},
		{"quoted cookie", "Cookie: a=\"b c\"; sid=sessi0nSecret\n", "sessi0nSecret", "Cookie", "a header line runs to its end"},
		{"live key of real length", `{"error":{"message":"Invalid API Key provided: sk_live_51Hx` + strings.Repeat("Ab9", 33) + `","type":"invalid_request_error"}}`, "51HxAb9Ab9", "secret key (sk_live_…)", "a key longer than any name"},
		{"webhook secret", "signing with whsec_" + strings.Repeat("k9", 16) + " now", "k9k9k9k9", "webhook secret (whsec_…)", "32-byte whsec"},
		{"card.number", `{"card":{"number":"5555 6666 7777 8884","exp_month":12}}`, "7777 8884", "card number", "PAN in a number member"},
		{"card[number] form field", "card[number]=4000000000000002&card[exp_year]=2030", "4000000000000002", "card number", "Stripe form body"},
		{"identification.number CPF", `{"payer":{"identification":{"type":"CPF","number":"529.982.247-25"}}}`, "529.982.247-25", "CPF", "Mercado Pago payer"},
		{"document number CNPJ", `{"document":{"number":"11222333000181"}}`, "11222333000181", "CNPJ", "a CNPJ with valid check digits"},
		{"card number in a message", `{"error":{"message":"Your card 4111111111111111 was declined."}}`, "4111111111111111", "card number", "a PAN anywhere"},
		{"grouped card number", "charge failed for card 5555 4444 3333 1111 (expired)", "3333 1111", "card number", "printed in groups"},
		{"escaped quote in the value", `{"password":"pa\"ss-w0rd-tail"}`, "w0rd-tail", "password", "the string ends at its real closing quote"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, names := Redact([]byte(c.in))
			assert.NotContains(t, string(out), c.secret, c.reason)
			assert.Contains(t, string(out), mask, c.reason)
			assert.Contains(t, names, c.label, c.reason)
		})
	}
}

func TestRedactLeavesOrdinaryTextAlone(t *testing.T) {
	for _, in := range []string{
		`{"success":false,"error":{"code":"INVALID_API_KEY","message":"Invalid or expired API Key","details":"Verify that the key is correct"}}`,
		"Your access token is expired or missing, please authenticate again",
		`{"code":"ERR_UNAUTHORIZED"}`,
		"X-Request-Id: req_123\nIdempotency-Key: 8e03978e-40d5-43e8-bc93-6894a57f9324\n",
		"basic auth failed",
		`{"order":{"number":"12345"},"installments":{"number":3},"boleto":{"number":"23793381286000000000000000000000000000000000000"}}`,
		`{"number":"4111111111111112"}`, // fails Luhn: an id, not a card
		`{"identification":{"number":"11111111111"}}`,
		"psp 8835511210681234 ts 1700000000000 nsu 032416400102",
		"values 2024 11 22 10 00 00 1234 5678",
		`{"amount":4111111111111111.5}`,
	} {
		out, names := Redact([]byte(in))
		assert.Equal(t, in, string(out))
		assert.Empty(t, names)
	}
}

func TestRedactLeavesStructuresAlone(t *testing.T) {
	// A member named like a secret whose value is an array or an object is a field's
	// errors or a container: masking it whole would break the JSON and lose the error.
	for _, in := range []string{
		`{"success":false,"error":{"code":"VALIDATION_ERROR","details":{"password":["too short"],"api_key":["missing"]}}}`,
		`{"errors":[{"field":"document","message":"invalid"}],"document":{"type":"CPF"}}`,
		`{"token":null,"cvv":true,"pan":false}`,
	} {
		out, names := Redact([]byte(in))
		assert.Equal(t, in, string(out))
		assert.Empty(t, names)
	}
}

func TestRedactKeepsJSONValid(t *testing.T) {
	for _, in := range []string{
		`{"headers":{"Authorization":"Bearer abcdefghijkl","X-API-Key":"zyxwvutsrq"},"error":{"code":"X"}}`,
		`{"request":{"url":"https://x.test/p?access_token=abc123def&z=1"},"response":{"content":{"text":"{\"error\":{\"code\":\"40002\"}}"}}}`,
		`{"postData":{"text":"{\"card_number\":\"4111111111111111\",\"cvv\":123,\"cpf\":\"12345678909\"}"}}`,
		`{"cause":[{"code":4050,"data":"token=ff8080a1b2c3;x=1"}],"message":"client_secret=cs_live_X"}`,
		`{"cvc":-1.5e3,"password":"a\\b\"c"}`,
	} {
		out, names := Redact([]byte(in))
		assert.NotEmpty(t, names, in)
		assert.True(t, json.Valid(out), "%s\nmasked to\n%s", in, out)
	}
}

// FuzzRedact: masking never makes valid JSON invalid, and never panics.
func FuzzRedact(f *testing.F) {
	for _, s := range []string{
		`{"apiKey":"k_9a8b7c6d5e4f","password":["x"],"cvv":12}`,
		`{"text":"{\"token\":\"a\\\"b\",\"cpf\":1}"}`,
		`{"url":"https://x/?token=a&cvc=1","m":"Authorization: Bearer abcdefghij"}`,
		`{"name":"X-API-Key","value":"v"}`,
		`["sk_live_abcdefghijkl","eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, _ := Redact([]byte(in))
		if json.Valid([]byte(in)) && !json.Valid(out) {
			t.Fatalf("valid JSON masked to invalid JSON:\n%q\n%q", in, out)
		}
	})
}

func TestRedactKeepsStrictJSON(t *testing.T) {
	in := `{"headers":{"Authorization":"Bearer abcdefghijkl","X-API-Key":"zyxwvutsrq"},"error":{"code":"X"}}`
	out, _ := Redact([]byte(in))
	res, ok := parseLenient(string(out), 0)
	assert.True(t, ok)
	assert.False(t, res.truncated)
	assert.False(t, res.lenient, "masking must not break strict JSON")
	assert.Equal(t, 2, strings.Count(string(out), mask))
}
