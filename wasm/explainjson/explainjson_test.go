package explainjson

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/internal/fixtures"
)

// fixturePastes are the decoder's fixture inputs: every kind of explanation it makes.
func fixturePastes(t testing.TB) map[string][]byte {
	t.Helper()
	all, err := fixtures.Load("../../decode/testdata/fixtures")
	require.NoError(t, err)
	out := map[string][]byte{}
	for _, f := range all {
		out[f.Name] = f.Input
	}
	return out
}

func marshal(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestAppendMatchesEncodingJSONOnFixtures(t *testing.T) {
	now := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	for name, paste := range fixturePastes(t) {
		for _, lang := range []catalog.Lang{catalog.English, catalog.Portuguese} {
			x, err := decode.Explain(paste, decode.Options{Lang: lang, Now: now})
			if err != nil {
				var nf *decode.NoErrorFoundError
				require.ErrorAs(t, err, &nf)
				assert.Equal(t, marshal(t, nf.Body()), string(AppendError(nil, nf.Body())), name)
				continue
			}
			assert.Equal(t, marshal(t, x), string(Append(nil, x)), "%s (%s)", name, lang)
		}
	}
}

// manyErrors are pastes with several errors, one of each form decode.ExplainAll splits.
var manyErrors = []struct {
	name, paste string
	errors      int
	reason      string
}{
	{"har", harOf(
		`{"success":false,"error":{"code":"INVALID_DUE_DATE","message":"Invalid due date <today>"},"meta":{"request_id":"r1"}}`,
		`{"success":true}`,
		`{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"r2"}}`,
		`{"success":false,"error":{"code":"PCR_UNAVAILABLE","message":"PCR service unavailable"},"meta":{"request_id":"r3"}}`,
	), 3, "each failed entry; the success is skipped"},
	{"log", `10:00:01 WARN status=409 body={"success":false,"error":{"code":"DUPLICATE_BOLETO","message":"Duplicate boleto"}}
10:00:03 ERROR gsma {"errorCategory":"businessRule","errorCode":"insufficientFunds","errorDescription":"no funds \u2028 é"}`,
		2, "each error body of a log excerpt"},
	{"curl -v", "< HTTP/1.1 429 Too Many Requests\n< Retry-After: 5\n<\n{\"title\":\"Too Many Requests\",\"status\":429}\n" +
		"< HTTP/1.1 503 Service Unavailable\n< Retry-After: 9\n<\n{\"title\":\"Down\",\"status\":503}\n",
		2, "each response of a curl -v session"},
}

// harOf is a HAR whose entries answered with bodies, in order: 200 for a body with
// "success":true, else 422.
func harOf(bodies ...string) string {
	var entries []any
	for _, b := range bodies {
		status := 422
		if b == `{"success":true}` {
			status = 200
		}
		entries = append(entries, map[string]any{
			"startedDateTime": "2026-11-02T10:00:00.000Z",
			"request":         map[string]any{"method": "POST", "url": "https://api.pixconnect.com.br/api/v1/central/boletos", "headers": []any{}},
			"response":        map[string]any{"status": status, "headers": []any{}, "content": map[string]any{"text": b}},
		})
	}
	b, err := json.Marshal(map[string]any{"log": map[string]any{"entries": entries}})
	if err != nil {
		panic(err)
	}
	return string(b)
}

func TestAppendAllMatchesEncodingJSON(t *testing.T) {
	now := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	langs := []catalog.Lang{catalog.English, catalog.Portuguese}
	for _, tt := range manyErrors {
		t.Run(tt.name, func(t *testing.T) {
			for _, lang := range langs {
				xs, err := decode.ExplainAll([]byte(tt.paste), decode.Options{Lang: lang, Now: now})
				require.NoError(t, err)
				require.Len(t, xs, tt.errors, tt.reason)
				assert.Equal(t, marshal(t, xs), string(AppendAll(nil, xs)), lang)
			}
		})
	}
	t.Run("fixtures", func(t *testing.T) {
		for name, paste := range fixturePastes(t) {
			for _, lang := range langs {
				xs, err := decode.ExplainAll(paste, decode.Options{Lang: lang, Now: now})
				if err != nil {
					var nf *decode.NoErrorFoundError
					require.ErrorAs(t, err, &nf, name)
					continue // AppendError's answer, as for Explain
				}
				assert.Equal(t, marshal(t, xs), string(AppendAll(nil, xs)), "%s (%s)", name, lang)
			}
		}
	})
	t.Run("edges", func(t *testing.T) {
		for _, xs := range [][]*decode.Explanation{nil, {}, {nil}, {{}, nil, {}}} {
			assert.Equal(t, marshal(t, xs), string(AppendAll(nil, xs)))
		}
		assert.Equal(t, `x[]`, string(AppendAll([]byte("x"), []*decode.Explanation{})), "appends to b")
	})
}

// TestAppendEveryField sets every field of an Explanation, found by reflection, so a
// field added to the contract and not written by Append fails here. Its floats are
// confidences, in hundredths (FuzzAppendFloat covers every one Explain can give).
func TestAppendEveryField(t *testing.T) {
	tests := []struct {
		name, text string
		number     float64
	}{
		{"plain", "plain text", 0.97},
		{"escapes", "<b>&amp;</b> \"q\" \\ \n\r\t\b\f \x00\x1f \u2028\u2029 é 日本", 0.07},
		{"invalid utf-8", "a\xffb\xc3", 0.5},
		{"big", "x", 123456789.125},
		{"zero", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var x decode.Explanation
			fill(reflect.ValueOf(&x).Elem(), tt.text, tt.number)
			assert.Equal(t, marshal(t, &x), string(Append(nil, &x)))
			all := []*decode.Explanation{&x, &x}
			assert.Equal(t, marshal(t, all), string(AppendAll(nil, all)))
			var body decode.ErrorBody
			fill(reflect.ValueOf(&body).Elem(), tt.text, tt.number)
			assert.Equal(t, marshal(t, body), string(AppendError(nil, body)))
		})
	}
	t.Run("zero value", func(t *testing.T) {
		assert.Equal(t, marshal(t, &decode.Explanation{}), string(Append(nil, &decode.Explanation{})))
		assert.Equal(t, "null", string(Append(nil, nil)))
	})
}

// fill sets every field reachable from v: strings to s, numbers from f, every slice to
// two elements, every pointer to a new value.
func fill(v reflect.Value, s string, f float64) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(f*1000) + 7)
	case reflect.Float64:
		v.SetFloat(f)
	case reflect.Bool:
		v.SetBool(s != "")
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), s, f)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), s, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), s, f)
		}
	default:
		panic("fill: add a case for " + v.Kind().String())
	}
}

// FuzzAppendFloat: every confidence Explain can give (a score's 1 - 0.5^(s/1.5), rounded
// to hundredths, as decode's confidence does) is written as encoding/json writes it.
func FuzzAppendFloat(f *testing.F) {
	for _, v := range []float64{0, 1, 0.97, 1e-7, 1e-6, 1e21, 1e20, -3.5, 5e-324} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, score float64) {
		if math.IsNaN(score) || math.IsInf(score, 0) {
			return
		}
		c := math.Round((1-math.Pow(0.5, math.Abs(score)/1.5))*100) / 100
		b, err := json.Marshal(c)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(appendFloat(nil, c)), "score %v", score)
	})
}
