package retry

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// benchBody is a 1 KB error body: decode's own 1 KB benchmark body (a FluxiQ validation
// error), padded the same way.
func benchBody() string {
	body := `{"success":false,"error":{"code":"VALIDATION_ERROR","message":"Invalid data in request","details":{"amount_cents":["must be greater than 0"],"due_date":["must be a future date"],"payer_document":["invalid format"],"payer_name":["must not be blank"],"payer_address.zip_code":["must have 8 digits"],"payer_address.state":["must be a two-letter UF"],"instructions":["at most 4 lines"],"fine.percentage":["must be between 0 and 2"],"interest.monthly_percentage":["must be between 0 and 1"],"discount.date":["must be before due_date"]}},"meta":{"request_id":"req_abc123def456"}}`
	for len(body) < 1000 {
		body = strings.Replace(body, `"meta":{`, `"meta":{"padding":"`+strings.Repeat("x", 40)+`",`, 1)
	}
	return body
}

// rewindable is a body the benchmark can hand out again without allocating.
type rewindable struct {
	data string
	off  int
}

func (r *rewindable) Read(p []byte) (int, error) {
	if r.off >= len(r.data) {
		return 0, io.EOF
	}
	n := copy(p, r.data[r.off:])
	r.off += n
	return n, nil
}

func (r *rewindable) Close() error { return nil }

// BenchmarkDecide: a decision on a 1 KB error response (target: at most 1.5× the time of
// BenchmarkBaselineUnmarshal on its body), and on a 2xx (target: no allocation).
func BenchmarkDecide(b *testing.B) {
	req, err := http.NewRequest(http.MethodPost, "https://api.pixconnect.com.br/api/v1/central/boletos", nil)
	if err != nil {
		b.Fatal(err)
	}
	body := &rewindable{data: benchBody()}
	header := http.Header{"Content-Type": {"application/json"}, "Date": {"Mon, 02 Nov 2026 10:00:00 GMT"}, "X-Request-Id": {"req_abc123def456"}}
	resp := &http.Response{StatusCode: 422, Header: header, ContentLength: int64(len(body.data)), Request: req}
	b.Run("1KB_error", func(b *testing.B) {
		b.SetBytes(int64(len(body.data)))
		b.ReportAllocs()
		for b.Loop() {
			body.off, resp.Body = 0, body
			if d := DecideAt(testNow, resp, nil, req); d.Strategy != "fix" {
				b.Fatal(d.Strategy, d.Why)
			}
		}
	})
	ok := &http.Response{StatusCode: 200, Header: header, Body: body, Request: req}
	b.Run("2xx", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if d := Decide(ok, nil, req); d.Retry {
				b.Fatal(d.Why)
			}
		}
	})
}

// BenchmarkBaselineUnmarshal is what BenchmarkDecide/1KB_error is measured against: what
// any client does with an error body, encoding/json reading it into map[string]any.
func BenchmarkBaselineUnmarshal(b *testing.B) {
	data := []byte(benchBody())
	b.Run("1KB_error", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var v map[string]any
			if err := json.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}
