package decode

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/fixtures"
)

// update rewrites each fixture's want section with what Explain answers now:
// `go test ./decode -run TestExplainFixtures -update`, then review the diff.
var update = flag.Bool("update", false, "rewrite the fixtures' want sections")

// fixtureNow is the reference time fixtures are explained at, unless they say otherwise.
var fixtureNow = fixtures.Now

// fixture is one txtar case with its options as decode takes them.
type fixture struct {
	fixtures.Fixture
	opts Options
}

func loadFixtures(t testing.TB) []fixture {
	t.Helper()
	all, err := fixtures.Load("testdata/fixtures")
	require.NoError(t, err)
	out := make([]fixture, 0, len(all))
	for _, f := range all {
		out = append(out, fixture{f, Options{Lang: catalog.ParseLang(f.Lang), Now: clockOf(f.Time), Provider: f.Provider}})
	}
	return out
}

// golden is what a fixture's want section holds: the explanation's stable fields (or the
// NO_ERROR_FOUND answer), one line each, lists as JSON.
func golden(x *Explanation, err error) []fixtures.KV {
	var nf *NoErrorFoundError
	if errors.As(err, &nf) {
		return []fixtures.KV{{Key: "error", Value: nf.Body().Error.Code}, {Key: "found", Value: nf.Found}}
	}
	var out []fixtures.KV
	add := func(k, v string) {
		if strings.TrimSpace(v) != v || strings.ContainsAny(v, "\n\r") {
			v = strconv.Quote(v) // one line, and what is there is seen
		}
		if v != "" {
			out = append(out, fixtures.KV{Key: k, Value: v})
		}
	}
	js := func(v []string) string {
		if len(v) == 0 {
			return ""
		}
		b, _ := json.Marshal(v)
		return string(b)
	}
	if x.Provider == nil {
		add("provider", "none")
	} else {
		add("provider", x.Provider.ID)
		add("evidence", js(x.Provider.Evidence))
	}
	add("code", x.Code)
	if x.HTTPStatus != 0 {
		add("http_status", strconv.Itoa(x.HTTPStatus))
	}
	if x.Input.StatusSource == "catalog" {
		add("status_source", x.Input.StatusSource)
	}
	add("category", string(x.Category))
	add("title", x.Title)
	add("strategy", string(x.Retry.Strategy))
	if x.Retry.AfterSeconds != nil {
		add("after_seconds", strconv.Itoa(*x.Retry.AfterSeconds))
	}
	if r := x.Retry.Reattempt; r != nil { // the card networks' limits, without the long source
		add("reattempt", fmt.Sprintf("after_hours=%d max_attempts=%d within_days=%d max_per_day=%d brand=%s",
			r.AfterHours, r.MaxAttempts, r.WithinDays, r.MaxPerDay, r.Brand))
	}
	add("retry_source", x.Retry.Source)
	add("idempotency", x.Retry.Idempotency)
	add("request_id", x.RequestID)
	var fields []string
	for _, f := range x.Fields {
		fields = append(fields, f.Name+": "+strings.Join(f.Problems, " / "))
	}
	add("fields", js(fields))
	if len(x.Fix) > 0 {
		add("fix", x.Fix[0])
	}
	add("format", string(x.Input.Format))
	if x.Input.Truncated {
		add("truncated", "true")
	}
	return out
}

func TestExplainFixtures(t *testing.T) {
	changed := 0
	for _, fx := range loadFixtures(t) {
		t.Run(fx.Name, func(t *testing.T) {
			x, err := Explain(fx.Input, fx.opts)
			if err != nil {
				var nf *NoErrorFoundError
				require.ErrorAs(t, err, &nf, fx.Reason)
				assert.NotEmpty(t, nf.Found)
			}
			got := golden(x, err)
			if *update {
				c, werr := fx.WriteWant(got)
				require.NoError(t, werr)
				if c {
					changed++
				}
			} else {
				assert.Equal(t, fx.Want, got, "%s\n(go test ./decode -run TestExplainFixtures -update rewrites want)", fx.Reason)
			}
			if err == nil {
				out, merr := json.Marshal(x)
				require.NoError(t, merr)
				checkFixture(t, fx, x, string(out))
			}
		})
	}
	if *update {
		t.Logf("%d fixtures rewritten", changed)
	}
}

// checkFixture runs a fixture's hand-written checks and what every explanation must hold.
func checkFixture(t *testing.T, fx fixture, x *Explanation, js string) {
	t.Helper()
	for _, kv := range fx.Check {
		key, want := kv.Key, kv.Value
		switch key {
		case "redacted":
			assert.Contains(t, x.Input.Redacted, want, fx.Reason)
		case "absent":
			assert.NotContains(t, js, want, "a secret leaked into the output")
		case "evidence_contains":
			if assert.NotNil(t, x.Provider) {
				assert.Contains(t, strings.Join(x.Provider.Evidence, "\n"), want, fx.Reason)
			}
		case "fix_contains":
			assert.Contains(t, strings.Join(x.Fix, "\n"), want, fx.Reason)
		case "alternative":
			var ids []string
			for _, a := range x.Alternatives {
				ids = append(ids, a.ID)
			}
			assert.Contains(t, ids, want, fx.Reason)
		case "field_problem_contains":
			var probs []string
			for _, f := range x.Fields {
				probs = append(probs, f.Problems...)
			}
			assert.Contains(t, strings.Join(probs, "\n"), want, fx.Reason)
		case "details_contains":
			assert.Contains(t, x.Details, want, fx.Reason)
		case "no_code":
			assert.Empty(t, x.Code, "%s: %s", fx.Reason, js)
		case "no_after":
			assert.Nil(t, x.Retry.AfterSeconds, fx.Reason)
		case "lang":
			assert.Equal(t, want, string(x.Lang), fx.Reason)
		default:
			t.Fatalf("unknown check %q", key)
		}
	}
	// Every explanation is complete, whatever the case.
	assert.NotEmpty(t, x.Title, "title")
	for _, a := range x.Alternatives {
		assert.NotEmpty(t, a.Name, "alternative %s has no name", a.ID)
	}
	assert.NotContains(t, x.Meaning, " , ", "an empty slot in the meaning")
	assert.NotEmpty(t, x.Meaning, "meaning")
	assert.NotEmpty(t, x.Retry.Advice, "retry advice")
	assert.Contains(t, catalog.Strategies[:], x.Retry.Strategy)
	if x.Provider != nil {
		assert.NotNil(t, catalog.ByID(x.Provider.ID), "provider must be catalogued")
		assert.NotEmpty(t, x.Provider.Evidence)
		assert.Greater(t, x.Provider.Confidence, 0.5)
	}
}

func TestExplainNeverLeaksFixtureSecrets(t *testing.T) {
	secrets := []string{"pk_live_9f8e7d6c5b4a39281706", "abcdef1234567890", "s3cr3tT0kenValue", "7c1d2e3f4a5b6c7d"}
	for _, fx := range loadFixtures(t) {
		x, err := Explain(fx.Input, fx.opts)
		if err != nil {
			assert.NotContains(t, err.Error(), "s3cr3t")
			continue
		}
		js, _ := json.Marshal(x)
		for _, s := range secrets {
			assert.NotContains(t, string(js), s, fx.Name)
		}
	}
}

func TestExplainErrorsAreTyped(t *testing.T) {
	_, err := Explain([]byte("\x00\x01\x02binary"), Options{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrNoErrorFound))
	assert.Contains(t, err.Error(), "binary")
	assert.Contains(t, err.Error(), "expected")
}

func TestNoErrorFoundInPortuguese(t *testing.T) {
	for _, in := range []string{
		"hello, this is a note about lunch",
		`{"id":"ch_1","status":"paid"}`,
		`{"id":"x","amount":10}`,
		"HTTP/1.1 200 OK\n\n{}",
		"<html><body>hello</body></html>",
		"\x00\x01binary",
		"   ",
	} {
		_, err := Explain([]byte(in), Options{Lang: catalog.Portuguese})
		var nf *NoErrorFoundError
		require.ErrorAs(t, err, &nf, in)
		assert.Equal(t, catalog.Portuguese, nf.Lang)
		for _, s := range []string{nf.Found, nf.Hint, err.Error()} {
			for _, en := range []string{"paste", "with no", "reports success", "members ", "expected", "found", "text "} {
				assert.NotContains(t, s, en, "%q: English in %q", in, s)
			}
		}
		_, err = Explain([]byte(in), Options{})
		require.ErrorAs(t, err, &nf, in)
		assert.Contains(t, err.Error(), "expected")
	}
}

func TestNoErrorFoundAfterTheFirstMiB(t *testing.T) {
	// The error is past what decifra reads: the answer says so rather than only "no error".
	in := strings.Repeat("log line without any error in it\n", MaxInput/32) +
		`{"success":false,"error":{"code":"RATE_LIMITED"}}`
	_, err := Explain([]byte(in), Options{})
	var nf *NoErrorFoundError
	require.ErrorAs(t, err, &nf)
	assert.Contains(t, nf.Hint, "only the first 4 MiB")
	_, err = Explain([]byte(in), Options{Lang: catalog.Portuguese})
	require.ErrorAs(t, err, &nf)
	assert.Contains(t, nf.Hint, "só os primeiros 4 MiB")
}

func TestMain(m *testing.M) {
	os.Exit(m.Run())
}

func TestPortugueseThroughout(t *testing.T) {
	in := []byte("HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n" +
		`{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"r"}}`)
	x, err := Explain(in, Options{Lang: catalog.Portuguese})
	require.NoError(t, err)
	assert.Equal(t, catalog.Portuguese, x.Lang)
	assert.Contains(t, x.Provider.Evidence, "envelope com meta.request_id (snake case)")
	assert.Equal(t, "cabeçalho Retry-After", x.Retry.Source)
	assert.Contains(t, x.Retry.Advice, "Aguarde 30 s")

	x, err = Explain([]byte(`{"type":"about:blank","title":"Gone","status":410,"detail":"Checkout session cs_1 has expired","instance":"/api/v1/checkout/cs_1"}`), Options{Lang: catalog.Portuguese})
	require.NoError(t, err)
	assert.Contains(t, x.Input.Notes[0], "o corpo da Cashier não traz código")
	assert.Contains(t, x.Retry.Source, "referência da Cashier")
}

func TestHARBiggerThanOneMiBIsReadToItsFailedEntry(t *testing.T) {
	// A HAR exported from a browser carries the page's scripts: the failed API call, often
	// the last entry, lies megabytes in.
	script := strings.Repeat("var a=1;", 16000)
	var entries []string
	for i := range 20 {
		entries = append(entries, `{"request":{"method":"GET","url":"https://shop.example/app`+strconv.Itoa(i)+`.js"},"response":{"status":200,"content":{"mimeType":"application/javascript","text":"`+script+`"}}}`)
	}
	entries = append(entries, `{"request":{"method":"POST","url":"https://api.mercadopago.com/v1/payments"},"response":{"status":400,"content":{"mimeType":"application/json","text":"{\"message\":\"Invalid users involved\",\"error\":\"bad_request\",\"status\":400,\"cause\":[{\"code\":4390,\"description\":\"Invalid users involved\"}]}"}}}`)
	in := `{"log":{"version":"1.2","entries":[` + strings.Join(entries, ",") + `]}}`
	require.Greater(t, len(in), 2<<20)
	x, err := Explain([]byte(in), Options{})
	require.NoError(t, err)
	assert.Equal(t, 400, x.HTTPStatus)
	if assert.NotNil(t, x.Provider) {
		assert.Equal(t, "mercadopago", x.Provider.ID)
	}
	assert.Zero(t, x.Input.BytesRead, "read whole")
}
