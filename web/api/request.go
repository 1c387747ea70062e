package api

import (
	"github.com/decifra/decifra/catalog"
	"strings"

	"github.com/decifra/decifra/internal/decimal"
)

// The readers below do for the API what mime.ParseMediaType and net/url's query parsing
// do, for the little the API reads: both packages pull fmt, and with it reflection, into
// the Worker's wasm.

// parseMediaType reads a media type with its parameters, as in Content-Type and each
// element of Accept (RFC 9110, 8.3.1 and 12.5.1): the type in lower case, and its q
// parameter (1 when absent or unreadable). err, when not empty, says why s is not a media
// type.
func parseMediaType(s string) (mediaType string, q float64, err string) {
	s, params, _ := strings.Cut(s, ";")
	s = strings.ToLower(strings.TrimSpace(s))
	typ, sub, ok := strings.Cut(s, "/")
	switch {
	case s == "":
		return "", 0, "no media type"
	case !isToken(typ) || ok && !isToken(sub):
		return "", 0, "the type or subtype is not a token"
	}
	q = 1
	for params != "" {
		var param string
		param, params, _ = strings.Cut(params, ";")
		if param = strings.TrimSpace(param); param == "" {
			continue
		}
		name, value, ok := strings.Cut(param, "=")
		name = strings.TrimSpace(name)
		switch {
		case !ok || !isToken(name):
			return "", 0, "a parameter with no value: " + catalog.Quote(param)
		case len(value) >= 2 && value[0] == '"' && value[len(value)-1] == '"':
			value = value[1 : len(value)-1]
		case !isToken(value):
			return "", 0, "a parameter value that is neither a token nor quoted: " + catalog.Quote(param)
		}
		if strings.EqualFold(name, "q") {
			if v, ok := decimal.Parse(value); ok {
				q = v
			}
		}
	}
	return s, q, ""
}

// isToken says whether s is an RFC 9110 token (5.6.2): one or more of the visible ASCII
// characters that are not delimiters.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

// queryValue is the first value of key in a URL's raw query, decoded ("+" a space, %XX
// a byte), or "": what net/url's Query().Get gives, which also skips a pair whose
// encoding is broken or that holds a semicolon.
func queryValue(rawQuery, key string) string {
	for rawQuery != "" {
		var pair string
		pair, rawQuery, _ = strings.Cut(rawQuery, "&")
		if pair == "" || strings.Contains(pair, ";") {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		k, ok := unescapeQuery(k)
		if !ok || k != key {
			continue
		}
		if v, ok := unescapeQuery(v); ok {
			return v
		}
	}
	return ""
}

// unescapeQuery decodes one part of a query; ok is false when a % is not followed by two
// hex digits.
func unescapeQuery(s string) (string, bool) {
	if !strings.ContainsAny(s, "%+") {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b = append(b, ' ')
		case '%':
			if i+2 >= len(s) {
				return "", false
			}
			n, err := decimal.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return "", false
			}
			b = append(b, byte(n))
			i += 2
		default:
			b = append(b, c)
		}
	}
	return string(b), true
}
