package decode

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
)

// benchInputs are the sizes issue #2 names: a 1 KB body, a 100 KB HAR and a 3 MB paste.
// Each is valid JSON so the baseline, json.Unmarshal into map[string]any, reads the same
// bytes.
func benchInputs() []struct {
	name string
	in   []byte
} {
	body := `{"success":false,"error":{"code":"VALIDATION_ERROR","message":"Invalid data in request","details":{"amount_cents":["must be greater than 0"],"due_date":["must be a future date"],"payer_document":["invalid format"],"payer_name":["must not be blank"],"payer_address.zip_code":["must have 8 digits"],"payer_address.state":["must be a two-letter UF"],"instructions":["at most 4 lines"],"fine.percentage":["must be between 0 and 2"],"interest.monthly_percentage":["must be between 0 and 1"],"discount.date":["must be before due_date"]}},"meta":{"request_id":"req_abc123def456"}}`
	for len(body) < 1000 {
		body = strings.Replace(body, `"meta":{`, `"meta":{"padding":"`+strings.Repeat("x", 40)+`",`, 1)
	}
	entry := func(i, status int, text string) string {
		e, _ := json.Marshal(map[string]any{
			"startedDateTime": "2026-11-02T10:00:00.000Z", "time": 120,
			"request": map[string]any{"method": "POST", "url": "https://api.pixconnect.com.br/api/v1/central/boletos/" + strconv.Itoa(i),
				"headers": []map[string]string{{"name": "X-API-Key", "value": "fq_live_0123456789abcdef"}, {"name": "Content-Type", "value": "application/json"}}},
			"response": map[string]any{"status": status, "statusText": "", "headers": []map[string]string{{"name": "Retry-After", "value": "12"}},
				"content": map[string]any{"size": len(text), "mimeType": "application/json", "text": text}},
		})
		return string(e)
	}
	har := func(size int) []byte {
		var b strings.Builder
		b.WriteString(`{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[`)
		for i := 0; b.Len() < size; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			status, text := 200, `{"success":true,"data":{"id":"bol_`+strconv.Itoa(i)+`","status":"registered"}}`
			if i%10 == 9 {
				status, text = 429, body
			}
			b.WriteString(entry(i, status, text))
		}
		b.WriteString(`]}}`)
		return []byte(b.String())
	}
	return []struct {
		name string
		in   []byte
	}{
		{"1KB_body", []byte(body)},
		{"100KB_HAR", har(100 << 10)},
		{"3MB_paste", har(3 << 20)},
	}
}

func BenchmarkExplain(b *testing.B) {
	now := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	for _, c := range benchInputs() {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Explain(c.in, Options{Now: clockOf(now)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBaselineUnmarshal is the floor Explain is compared with: encoding/json reading
// the same bytes into map[string]any, and nothing else.
func BenchmarkBaselineUnmarshal(b *testing.B) {
	for _, c := range benchInputs() {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			b.ReportAllocs()
			for b.Loop() {
				var v map[string]any
				if err := json.Unmarshal(c.in, &v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// prefixedLog is a 1 MB Heroku log whose every line carries its prefix, with one error
// near the end: Stripe's JSON body, pretty-printed across prefixed lines.
func prefixedLog() []byte {
	const prefix = "2024-05-11T20:35:22.123456+00:00 app[web.1]: "
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		b.WriteString(prefix + "INFO Started GET \"/orders/" + strconv.Itoa(i) + "\" for 10.0.0.1 at 2024-05-11 20:35:22 +0000\n")
	}
	for _, l := range []string{"ERROR Stripe::CardError (Your card was declined.):", "{", `  "error": {`, `    "code": "card_declined",`,
		`    "decline_code": "insufficient_funds",`, `    "message": "Your card has insufficient funds.",`, `    "type": "card_error"`, "  }", "}"} {
		b.WriteString(prefix + l + "\n")
	}
	b.WriteString(prefix + "INFO Completed 402 Payment Required in 312ms\n")
	return []byte(b.String())
}

// A 1 MB log with one error at its end is read whole: the prefixes peeled off, the body
// found across its lines.
func TestPrefixedLogMegabyte(t *testing.T) {
	x, err := Explain(prefixedLog(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x.Provider == nil || x.Provider.ID != "stripe" || x.Code != "insufficient_funds" && x.Code != "card_declined" {
		t.Fatalf("got provider %+v code %q", x.Provider, x.Code)
	}
}

// BenchmarkExplainPrefixedLog: issue 11's target is under 50 ms natively for 1 MB.
func BenchmarkExplainPrefixedLog(b *testing.B) {
	in := prefixedLog()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Explain(in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExplainHostile: the two shapes of localrun.HostileBodies that cost the Worker
// the most CPU at its 8 KiB default cap, natively (the Worker's figures come from
// ./build.sh bench-worker): a log of short status=500 lines, and a JSON array of small
// objects.
func BenchmarkExplainHostile(b *testing.B) {
	objects := []byte{'['}
	for len(objects)+len(`{"a":1},`)+1 <= 8<<10 {
		objects = append(objects, `{"a":1},`...)
	}
	objects[len(objects)-1] = ']'
	for _, c := range []struct {
		name string
		in   []byte
	}{{"log_lines_8KiB", []byte(strings.Repeat("status=500 x\n", 8<<10/13))}, {"json_array_8KiB", objects}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				Explain(c.in, Options{}) // the log is a 500, the array no error: either answer will do
			}
		})
	}
}
