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
func Append(b []byte, x *decode.Explanation) []byte {
	if x == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"provider":`...)
	if p := x.Provider; p == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"id":`...)
		b = appendString(b, p.ID)
		b = append(b, `,"name":`...)
		b = appendString(b, p.Name)
		b = append(b, `,"confidence":`...)
		b = appendFloat(b, p.Confidence)
		b = append(b, `,"evidence":`...)
		b = appendStrings(b, p.Evidence)
		b = append(b, '}')
	}
	if len(x.Alternatives) > 0 {
		b = append(b, `,"alternatives":[`...)
		for i, a := range x.Alternatives {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"id":`...)
			b = appendString(b, a.ID)
			b = append(b, `,"name":`...)
			b = appendString(b, a.Name)
			b = append(b, `,"confidence":`...)
			b = appendFloat(b, a.Confidence)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = optString(b, "code", x.Code)
	if x.HTTPStatus != 0 {
		b = append(b, `,"http_status":`...)
		b = strconv.AppendInt(b, int64(x.HTTPStatus), 10)
	}
	b = append(b, `,"category":`...)
	b = appendString(b, string(x.Category))
	b = append(b, `,"title":`...)
	b = appendString(b, x.Title)
	b = append(b, `,"meaning":`...)
	b = appendString(b, x.Meaning)
	b = append(b, `,"fix":`...)
	b = appendStrings(b, x.Fix)

	r := &x.Retry
	b = append(b, `,"retry":{"strategy":`...)
	b = appendString(b, string(r.Strategy))
	if r.AfterSeconds != nil {
		b = append(b, `,"after_seconds":`...)
		b = strconv.AppendInt(b, int64(*r.AfterSeconds), 10)
	}
	b = append(b, `,"source":`...)
	b = appendString(b, r.Source)
	b = append(b, `,"advice":`...)
	b = appendString(b, r.Advice)
	b = optString(b, "idempotency", r.Idempotency)
	if len(r.Schedule) > 0 {
		b = append(b, `,"schedule":[`...)
		for i, n := range r.Schedule {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(n), 10)
		}
		b = append(b, ']')
	}
	if a := r.Reattempt; a != nil {
		b = appendReattempt(b, a)
	}
	b = append(b, '}')

	b = optString(b, "request_id", x.RequestID)
	if len(x.Fields) > 0 {
		b = append(b, `,"fields":[`...)
		for i, f := range x.Fields {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"name":`...)
			b = appendString(b, f.Name)
			b = append(b, `,"problems":`...)
			b = appendStrings(b, f.Problems)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = optString(b, "message", x.Message)
	b = optString(b, "details", x.Details)
	b = optString(b, "support", x.Support)
	b = optString(b, "docs_url", x.DocsURL)
	b = optString(b, "source", x.Source)
	b = append(b, `,"lang":`...)
	b = appendString(b, string(x.Lang))

	in := &x.Input
	b = append(b, `,"input":{"format":`...)
	b = appendString(b, string(in.Format))
	b = append(b, `,"redacted":`...)
	b = appendStrings(b, in.Redacted)
	b = optString(b, "status_source", in.StatusSource)
	if in.Truncated {
		b = append(b, `,"truncated":true`...)
	}
	if in.BytesRead != 0 {
		b = append(b, `,"bytes_read":`...)
		b = strconv.AppendInt(b, int64(in.BytesRead), 10)
	}
	if len(in.Notes) > 0 {
		b = append(b, `,"notes":`...)
		b = appendStrings(b, in.Notes)
	}
	return append(b, "}}"...)
}

// AppendAll appends xs, the explanations of a paste with several errors
// (decode.ExplainAll), as a JSON array to b: as encoding/json writes a
// []*decode.Explanation, nil as null and a nil element as null.
func AppendAll(b []byte, xs []*decode.Explanation) []byte {
	return appendList(b, xs, Append)
}

// AppendError appends the NO_ERROR_FOUND body as JSON to b.
func AppendError(b []byte, e decode.ErrorBody) []byte {
	b = append(b, `{"error":{"code":`...)
	b = appendString(b, e.Error.Code)
	b = append(b, `,"message":`...)
	b = appendString(b, e.Error.Message)
	b = optString(b, "found", e.Error.Found)
	b = optString(b, "hint", e.Error.Hint)
	return append(b, "}}"...)
}

// optString writes ,"key":"s" unless s is empty (omitempty).
func optString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendString(b, s)
}

// appendStrings writes a list of strings; nil is null, as encoding/json has it.
func appendStrings(b []byte, list []string) []byte {
	return appendList(b, list, appendString)
}

// appendList writes a list, each element with appendElem; nil is null, as encoding/json
// has it.
func appendList[T any](b []byte, list []T, appendElem func([]byte, T) []byte) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, e := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendElem(b, e)
	}
	return append(b, ']')
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
	b = append(b, `,"reattempt":{`...)
	for _, f := range [...]struct {
		name string
		n    int
	}{{"after_hours", a.AfterHours}, {"max_attempts", a.MaxAttempts}, {"within_days", a.WithinDays}, {"max_per_day", a.MaxPerDay}} {
		if f.n != 0 {
			b = append(b, '"')
			b = append(b, f.name...)
			b = append(b, `":`...)
			b = strconv.AppendInt(b, int64(f.n), 10)
			b = append(b, ',')
		}
	}
	if a.Brand != "" {
		b = append(b, `"brand":`...)
		b = appendString(b, string(a.Brand))
		b = append(b, ',')
	}
	b = append(b, `"source":`...)
	b = appendString(b, a.Source)
	return append(b, '}')
}
