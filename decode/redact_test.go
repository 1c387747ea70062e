package decode

import (
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
	} {
		out, names := Redact([]byte(in))
		assert.Equal(t, in, string(out))
		assert.Empty(t, names)
	}
}

func TestRedactKeepsJSONValid(t *testing.T) {
	in := `{"headers":{"Authorization":"Bearer abcdefghijkl","X-API-Key":"zyxwvutsrq"},"error":{"code":"X"}}`
	out, _ := Redact([]byte(in))
	res, ok := parseLenient(string(out), 0)
	assert.True(t, ok)
	assert.False(t, res.truncated)
	assert.False(t, res.lenient, "masking must not break strict JSON")
	assert.Equal(t, 2, strings.Count(string(out), mask))
}
