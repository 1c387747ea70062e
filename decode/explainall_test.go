package decode

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExplainAll(t *testing.T) {
	harEntry := func(status int, body string) map[string]any {
		return map[string]any{
			"startedDateTime": "2026-11-02T10:00:00.000Z",
			"request":         map[string]any{"method": "POST", "url": "https://api.pixconnect.com.br/api/v1/central/boletos", "headers": []any{}},
			"response":        map[string]any{"status": status, "headers": []any{}, "content": map[string]any{"text": body}},
		}
	}
	har, err := json.Marshal(map[string]any{"log": map[string]any{"entries": []any{
		harEntry(200, `{"success":true}`),
		harEntry(422, `{"success":false,"error":{"code":"INVALID_DUE_DATE","message":"Invalid due date"},"meta":{"request_id":"r1"}}`),
		harEntry(201, `{"success":true}`),
		harEntry(429, `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"r2"}}`),
		harEntry(503, `{"success":false,"error":{"code":"PCR_UNAVAILABLE","message":"PCR service unavailable"},"meta":{"request_id":"r3"}}`),
	}}})
	require.NoError(t, err)

	cases := []struct {
		name, input string
		codes       []string
		statuses    []int
		reason      string
	}{
		{"har with three failed entries", string(har), []string{"INVALID_DUE_DATE", "RATE_LIMITED", "PCR_UNAVAILABLE"}, []int{422, 429, 503}, "each failed entry, in order; successes skipped"},
		{"log excerpt", `10:00:01 WARN status=409 body={"success":false,"error":{"code":"DUPLICATE_BOLETO","message":"Duplicate boleto"},"meta":{"request_id":"a"}}
10:00:02 INFO boleto created {"success":true,"data":{"id":"b1"}}
10:00:03 ERROR status=500 body={"success":false,"error":{"code":"INTERNAL_ERROR","message":"Internal server error"},"meta":{"request_id":"b"}}
10:00:04 ERROR gsma {"errorCategory":"businessRule","errorCode":"insufficientFunds","errorDescription":"no funds"}`,
			[]string{"DUPLICATE_BOLETO", "INTERNAL_ERROR", "insufficientFunds"}, []int{409, 500, 0}, "each error body, with the status logged before it (the last has none)"},
		{"curl -v session with two requests", `> GET /api/v1/central/boletos/1 HTTP/1.1
> Host: api.pixconnect.com.br
>
< HTTP/1.1 404 Not Found
<
{"success":false,"error":{"code":"BOLETO_NOT_FOUND","message":"Boleto not found"},"meta":{"request_id":"c"}}
> POST /api/v1/central/boletos HTTP/1.1
> Host: api.pixconnect.com.br
>
< HTTP/1.1 429 Too Many Requests
< Retry-After: 7
<
{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"d"}}`,
			[]string{"BOLETO_NOT_FOUND", "RATE_LIMITED"}, []int{404, 429}, "each response of the session"},
		{"one error", `{"error":{"code":"ERR_QR_EXPIRED","message":"QR is expired"}}`, []string{"ERR_QR_EXPIRED"}, []int{0}, "a single error gives one explanation"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			xs, err := ExplainAll([]byte(c.input), Options{Now: clockOf(fixtureNow)})
			require.NoError(t, err)
			var codes []string
			var statuses []int
			for _, x := range xs {
				codes = append(codes, x.Code)
				st := x.HTTPStatus
				if x.Input.StatusSource == "catalog" {
					st = 0
				}
				statuses = append(statuses, st)
			}
			assert.Equal(t, c.codes, codes, c.reason)
			if c.name != "one error" {
				assert.Equal(t, c.statuses, statuses, c.reason)
			}
		})
	}
}

func TestExplainAllCurlSessionKeepsEachRetryAfter(t *testing.T) {
	in := "HTTP/1.1 429 Too Many Requests\nRetry-After: 5\n\n{\"title\":\"Too Many Requests\",\"status\":429}\nHTTP/1.1 429 Too Many Requests\nRetry-After: 9\n\n{\"title\":\"Too Many Requests\",\"status\":429}\n"
	xs, err := ExplainAll([]byte(in), Options{})
	require.NoError(t, err)
	require.Len(t, xs, 2)
	assert.Equal(t, 5, *xs[0].Retry.AfterSeconds)
	assert.Equal(t, 9, *xs[1].Retry.AfterSeconds)
}

func TestExplainAllNothing(t *testing.T) {
	_, err := ExplainAll([]byte("all good here"), Options{})
	assert.ErrorIs(t, err, ErrNoErrorFound)
	_, err = ExplainAll([]byte(`{"log":{"entries":[]}}`), Options{})
	assert.ErrorIs(t, err, ErrNoErrorFound)
}

func TestExplainAllIsBounded(t *testing.T) {
	var b strings.Builder
	for i := range 200 {
		b.WriteString(`line ` + strconv.Itoa(i) + ` {"error":{"code":"ERR_SERVER","message":"Internal Server Error"}}` + "\n")
	}
	xs, err := ExplainAll([]byte(b.String()), Options{})
	require.NoError(t, err)
	assert.Len(t, xs, maxErrors)
}

func TestExplainAllHARKeepsRefusedPayments(t *testing.T) {
	// A refused payment comes back 200; beside a 422 in the same HAR it is still one of the
	// paste's errors, and a plain 200 is not.
	in := `{"log":{"entries":[
{"request":{"method":"POST","url":"https://checkout-test.adyen.com/v71/payments"},"response":{"status":200,"content":{"mimeType":"application/json","text":"{\"pspReference\":\"8835511210681234\",\"refusalReason\":\"CVC Declined\",\"resultCode\":\"Refused\",\"refusalReasonCode\":\"24\"}"}}},
{"request":{"method":"GET","url":"https://checkout-test.adyen.com/v71/paymentMethods"},"response":{"status":200,"content":{"mimeType":"application/json","text":"{\"paymentMethods\":[]}"}}},
{"request":{"method":"POST","url":"https://checkout-test.adyen.com/v71/payments/details"},"response":{"status":422,"content":{"mimeType":"application/json","text":"{\"status\":422,\"errorCode\":\"101\",\"message\":\"Invalid card number\",\"errorType\":\"validation\"}"}}}
]}}`
	xs, err := ExplainAll([]byte(in), Options{})
	require.NoError(t, err)
	var codes []string
	for _, x := range xs {
		codes = append(codes, x.Code)
	}
	assert.Equal(t, []string{"24", "101"}, codes)
}
