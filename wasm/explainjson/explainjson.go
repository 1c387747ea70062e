// Package explainjson writes decode's Explanation (the JSON contract v1), an array of
// them (decode.ExplainAll's answer) and the NO_ERROR_FOUND body as JSON, byte for byte as
// encoding/json's Marshal writes them, but without encoding/json: its reflection costs
// the page's wasm 0.15 MB after brotli, which the page cannot afford (the budget is
// 0.9 MB). The tests hold the output to encoding/json's for every fixture, for pastes
// with several errors, for a value with every field set, and under fuzzing; a field
// added to the contract fails them until it is written here too.
package explainjson

import (
	"strconv"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/internal/decimal"
	"github.com/decifra/decifra/internal/jsonstr"
)

// Append appends x as JSON to b.
//
// Every literal goes through lit and every keyed value through str, strs or num: the
// builtin append is laid out in place at each of its uses (Go's wasm has no inlining
// limit for it), about 250 bytes a time, where a call is a tenth of that.
func Append(b []byte, x *decode.Explanation) []byte {
	if x == nil {
		return lit(b, "null")
	}
	b = lit(b, `{"provider":`)
	if p := x.Provider; p == nil {
		b = lit(b, "null")
	} else {
		b = str(b, `{"id":`, p.ID)
		b = str(b, `,"name":`, p.Name)
		b = lit(b, `,"confidence":`)
		b = appendFloat(b, p.Confidence)
		b = strs(b, `,"evidence":`, p.Evidence)
		b = lit(b, "}")
	}
	if len(x.Alternatives) > 0 {
		b = lit(b, `,"alternatives":[`)
		for i, a := range x.Alternatives {
			if i > 0 {
				b = lit(b, ",")
			}
			b = str(b, `{"id":`, a.ID)
			b = str(b, `,"name":`, a.Name)
			b = lit(b, `,"confidence":`)
			b = appendFloat(b, a.Confidence)
			b = lit(b, "}")
		}
		b = lit(b, "]")
	}
	b = optString(b, `,"code":`, x.Code)
	if x.HTTPStatus != 0 {
		b = num(b, `,"http_status":`, x.HTTPStatus)
	}
	b = str(b, `,"category":`, string(x.Category))
	b = str(b, `,"title":`, x.Title)
	b = str(b, `,"meaning":`, x.Meaning)
	b = strs(b, `,"fix":`, x.Fix)

	r := &x.Retry
	b = str(b, `,"retry":{"strategy":`, string(r.Strategy))
	if r.AfterSeconds != nil {
		b = num(b, `,"after_seconds":`, *r.AfterSeconds)
	}
	b = str(b, `,"source":`, r.Source)
	b = str(b, `,"advice":`, r.Advice)
	b = optString(b, `,"idempotency":`, r.Idempotency)
	if len(r.Schedule) > 0 {
		b = lit(b, `,"schedule":`)
		b = appendList(b, r.Schedule, appendInt)
	}
	if a := r.Reattempt; a != nil {
		b = appendReattempt(b, a)
	}
	b = lit(b, "}")

	b = optString(b, `,"request_id":`, x.RequestID)
	if len(x.Fields) > 0 {
		b = lit(b, `,"fields":`)
		b = appendList(b, x.Fields, appendField)
	}
	b = optString(b, `,"message":`, x.Message)
	b = optString(b, `,"details":`, x.Details)
	b = optString(b, `,"support":`, x.Support)
	b = optString(b, `,"docs_url":`, x.DocsURL)
	b = optString(b, `,"source":`, x.Source)
	b = str(b, `,"lang":`, string(x.Lang))

	in := &x.Input
	b = str(b, `,"input":{"format":`, string(in.Format))
	b = strs(b, `,"redacted":`, in.Redacted)
	b = optString(b, `,"status_source":`, in.StatusSource)
	if in.Truncated {
		b = lit(b, `,"truncated":true`)
	}
	if in.BytesRead != 0 {
		b = num(b, `,"bytes_read":`, in.BytesRead)
	}
	if len(in.Notes) > 0 {
		b = strs(b, `,"notes":`, in.Notes)
	}
	return lit(b, "}}")
}

// appendField writes one of fields' elements.
func appendField(b []byte, f decode.Field) []byte {
	b = str(b, `{"name":`, f.Name)
	b = strs(b, `,"problems":`, f.Problems)
	return lit(b, "}")
}

// AppendAll appends xs, the explanations of a paste with several errors
// (decode.ExplainAll), as a JSON array to b: as encoding/json writes a
// []*decode.Explanation, nil as null and a nil element as null.
func AppendAll(b []byte, xs []*decode.Explanation) []byte {
	return appendList(b, xs, Append)
}

// AppendError appends the NO_ERROR_FOUND body as JSON to b.
func AppendError(b []byte, e decode.ErrorBody) []byte {
	b = str(b, `{"error":{"code":`, e.Error.Code)
	b = str(b, `,"message":`, e.Error.Message)
	b = optString(b, `,"found":`, e.Error.Found)
	b = optString(b, `,"hint":`, e.Error.Hint)
	return lit(b, "}}")
}

// lit appends a literal.
func lit(b []byte, s string) []byte { return append(b, s...) }

// str writes key (the member's name with its punctuation, as `,"name":`) and s.
func str(b []byte, key, s string) []byte { return appendString(lit(b, key), s) }

// optString writes key and s unless s is empty (omitempty).
func optString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return str(b, key, s)
}

// strs writes key and a list of strings; nil is null, as encoding/json has it.
func strs(b []byte, key string, list []string) []byte {
	return appendList(lit(b, key), list, appendString)
}

// num writes key and n.
func num(b []byte, key string, n int) []byte { return appendInt(lit(b, key), n) }

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// appendList writes a list, each element with appendElem; nil is null, as encoding/json
// has it.
func appendList[T any](b []byte, list []T, appendElem func([]byte, T) []byte) []byte {
	if list == nil {
		return lit(b, "null")
	}
	b = lit(b, "[")
	for i, e := range list {
		if i > 0 {
			b = lit(b, ",")
		}
		b = appendElem(b, e)
	}
	return lit(b, "]")
}

// appendFloat writes a confidence (0 to 1, in hundredths) as encoding/json does. The
// only floats in the contract are confidences; decimal.AppendShort keeps strconv's
// float routines out of the wasm.
func appendFloat(b []byte, f float64) []byte {
	return decimal.AppendShort(b, f)
}

// appendString writes s as a JSON string the way encoding/json does with its default
// HTML escaping.
func appendString(b []byte, s string) []byte { return jsonstr.Append(b, s, true) }

// appendReattempt writes retry.reattempt as encoding/json does: its fields in order, the
// zero ones omitted but source.
func appendReattempt(b []byte, a *catalog.Reattempt) []byte {
	b = lit(b, `,"reattempt":{`)
	for _, f := range [...]struct {
		key string
		n   int
	}{{`"after_hours":`, a.AfterHours}, {`"max_attempts":`, a.MaxAttempts}, {`"within_days":`, a.WithinDays}, {`"max_per_day":`, a.MaxPerDay}} {
		if f.n != 0 {
			b = lit(num(b, f.key, f.n), ",")
		}
	}
	if a.Brand != "" {
		b = lit(str(b, `"brand":`, string(a.Brand)), ",")
	}
	return lit(str(b, `"source":`, a.Source), "}")
}
