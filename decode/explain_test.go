package decode

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"

	"github.com/decifra/decifra/catalog"
)

// fixtureNow is the reference time fixtures are explained at, unless they say otherwise.
var fixtureNow = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// fixture is one txtar case: the comment is the reason, "input" the paste, "want" lines
// of `key: value`, and optional "options" lines (lang, now, provider).
type fixture struct {
	name, reason string
	input        []byte
	want         map[string]string
	opts         Options
}

func loadFixtures(t testing.TB) []fixture {
	t.Helper()
	paths, err := filepath.Glob("testdata/fixtures/*.txtar")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var out []fixture
	for _, path := range paths {
		ar, err := txtar.ParseFile(path)
		require.NoError(t, err)
		fx := fixture{name: strings.TrimSuffix(filepath.Base(path), ".txtar"), reason: strings.TrimSpace(string(ar.Comment)),
			want: map[string]string{}, opts: Options{Now: fixtureNow}}
		for _, f := range ar.Files {
			switch f.Name {
			case "input":
				fx.input = f.Data
			case "want":
				fx.want = keyValues(t, f.Data)
			case "options":
				o := keyValues(t, f.Data)
				fx.opts.Lang = catalog.ParseLang(o["lang"])
				fx.opts.Provider = o["provider"]
				if o["now"] != "" {
					fx.opts.Now, err = time.Parse(time.RFC3339, o["now"])
					require.NoError(t, err)
				}
			default:
				t.Fatalf("%s: unknown section %q", path, f.Name)
			}
		}
		require.NotNil(t, fx.input, "%s has no input section", path)
		out = append(out, fx)
	}
	return out
}

func keyValues(t testing.TB, b []byte) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		k, v, ok := strings.Cut(line, ":")
		require.True(t, ok, "want line %q is not key: value", line)
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m
}

func TestExplainFixtures(t *testing.T) {
	for _, fx := range loadFixtures(t) {
		t.Run(fx.name, func(t *testing.T) {
			x, err := Explain(fx.input, fx.opts)
			if code := fx.want["error"]; code != "" {
				require.Error(t, err, fx.reason)
				assert.ErrorIs(t, err, ErrNoErrorFound)
				var nf *NoErrorFoundError
				require.ErrorAs(t, err, &nf)
				assert.Equal(t, code, nf.Body().Error.Code)
				assert.NotEmpty(t, nf.Found)
				return
			}
			require.NoError(t, err, fx.reason)
			out, err := json.Marshal(x)
			require.NoError(t, err)
			checkWant(t, fx, x, string(out))
		})
	}
}

func checkWant(t *testing.T, fx fixture, x *Explanation, js string) {
	t.Helper()
	for key, want := range fx.want {
		switch key {
		case "provider":
			if want == "none" {
				assert.Nil(t, x.Provider, "%s: %s", fx.reason, js)
			} else if assert.NotNil(t, x.Provider, "%s: %s", fx.reason, js) {
				assert.Equal(t, want, x.Provider.ID, fx.reason)
			}
		case "code":
			assert.Equal(t, want, x.Code, fx.reason)
		case "http_status":
			assert.Equal(t, want, strconv.Itoa(x.HTTPStatus), fx.reason)
		case "status_source":
			assert.Equal(t, want, x.Input.StatusSource, fx.reason)
		case "strategy":
			assert.Equal(t, want, x.Retry.Strategy, "%s: %s", fx.reason, js)
		case "after_seconds":
			if assert.NotNil(t, x.Retry.AfterSeconds, "%s: %s", fx.reason, js) {
				assert.Equal(t, want, strconv.Itoa(*x.Retry.AfterSeconds), fx.reason)
			}
		case "no_after":
			assert.Nil(t, x.Retry.AfterSeconds, fx.reason)
		case "retry_source":
			assert.Equal(t, want, x.Retry.Source, fx.reason)
		case "request_id":
			assert.Equal(t, want, x.RequestID, fx.reason)
		case "fields":
			var names []string
			for _, f := range x.Fields {
				names = append(names, f.Name)
				assert.NotEmpty(t, f.Problems, "field %s has no problem", f.Name)
			}
			assert.Equal(t, want, strings.Join(names, ", "), fx.reason)
		case "format":
			assert.Equal(t, want, x.Input.Format, fx.reason)
		case "redacted":
			assert.Contains(t, x.Input.Redacted, want, fx.reason)
		case "absent":
			assert.NotContains(t, js, want, "a secret leaked into the output")
		case "evidence_contains":
			if assert.NotNil(t, x.Provider) {
				assert.Contains(t, strings.Join(x.Provider.Evidence, "\n"), want, fx.reason)
			}
		case "fix_contains":
			assert.Contains(t, strings.Join(x.Fix, "\n"), want, fx.reason)
		case "alternative":
			var ids []string
			for _, a := range x.Alternatives {
				ids = append(ids, a.ID)
			}
			assert.Contains(t, ids, want, fx.reason)
		case "field_problem_contains":
			var probs []string
			for _, f := range x.Fields {
				probs = append(probs, f.Problems...)
			}
			assert.Contains(t, strings.Join(probs, "\n"), want, fx.reason)
		case "details_contains":
			assert.Contains(t, x.Details, want, fx.reason)
		case "no_code":
			assert.Empty(t, x.Code, "%s: %s", fx.reason, js)
		case "truncated":
			assert.Equal(t, want == "true", x.Input.Truncated, fx.reason)
		case "lang":
			assert.Equal(t, want, x.Lang, fx.reason)
		default:
			t.Fatalf("unknown want key %q", key)
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
	assert.Contains(t, []string{"none", "fix", "wait", "backoff", "check_first"}, x.Retry.Strategy)
	if x.Provider != nil {
		assert.NotNil(t, catalog.ByID(x.Provider.ID), "provider must be catalogued")
		assert.NotEmpty(t, x.Provider.Evidence)
		assert.Greater(t, x.Provider.Confidence, 0.5)
	}
}

func TestExplainNeverLeaksFixtureSecrets(t *testing.T) {
	secrets := []string{"pk_live_9f8e7d6c5b4a39281706", "abcdef1234567890", "s3cr3tT0kenValue", "7c1d2e3f4a5b6c7d"}
	for _, fx := range loadFixtures(t) {
		x, err := Explain(fx.input, fx.opts)
		if err != nil {
			assert.NotContains(t, err.Error(), "s3cr3t")
			continue
		}
		js, _ := json.Marshal(x)
		for _, s := range secrets {
			assert.NotContains(t, string(js), s, fx.name)
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
	assert.Equal(t, "pt-BR", x.Lang)
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
