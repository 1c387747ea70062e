package decode

import (
	"bytes"
	"slices"
	"strings"
)

// mask replaces a secret's value in every output. It is plain ASCII, so a masked JSON
// string stays valid JSON and a masked header line stays a header line.
const mask = "****"

// secretNames are the header and member names whose values are secrets, lower-cased.
var secretNames = []string{
	"authorization", "proxy-authorization", "x-api-key", "api-key", "apikey", "api_key",
	"x-apikey", "x-auth-token", "auth-token", "auth_token", "x-access-token", "access_token",
	"accesstoken", "access-token", "refresh_token", "client_secret", "clientsecret",
	"client-secret", "password", "passwd", "secret", "token", "private_key", "privatekey",
	"cookie", "set-cookie", "x-client-secret", "pix-api-key",
}

// secretNeedles find candidate names cheaply; each hit is widened to the whole name and
// checked against secretNames.
var secretNeedles = []string{"authorization", "api-key", "apikey", "api_key", "auth-token",
	"auth_token", "access", "token", "secret", "passw", "private", "cookie"}

// keyPrefixes are value prefixes that mark a key by itself, wherever it stands.
var keyPrefixes = []struct{ prefix, label string }{
	{"sk_live_", "secret key (sk_live_…)"}, {"sk_test_", "secret key (sk_test_…)"},
	{"rk_live_", "restricted key (rk_live_…)"}, {"rk_test_", "restricted key (rk_test_…)"},
	{"pk_live_", "publishable key (pk_live_…)"}, {"pk_test_", "publishable key (pk_test_…)"},
	{"whsec_", "webhook secret (whsec_…)"}, {"eyj", "JSON Web Token"},
	{"bearer ", "bearer token"}, {"basic ", "basic credentials"},
}

type span struct {
	start, end int
	keep       int // bytes at start of the value kept visible (a key's prefix)
}

// Redact masks the secrets in text: the values of credential headers and members
// (X-API-Key, Authorization, Cookie, access_token …, in header lines, curl -H arguments,
// JSON, HAR and JavaScript dumps) and key-like tokens anywhere (sk_live_…, bearer tokens,
// JSON Web Tokens). It returns the masked text and what was masked, each name once, in
// the order first met. Text with no secret is returned unchanged (same backing array).
func Redact(text []byte) ([]byte, []string) {
	lower := bytes.ToLower(text)
	var spans []span
	var names []string
	add := func(s span, name string) {
		if s.end-s.start <= s.keep {
			return
		}
		spans = append(spans, s)
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	for _, needle := range secretNeedles {
		for off := 0; ; {
			i := bytes.Index(lower[off:], []byte(needle))
			if i < 0 {
				break
			}
			i += off
			off = i + len(needle)
			nameStart, nameEnd := i, i+len(needle)
			for nameStart > 0 && isNameByte(lower[nameStart-1]) {
				nameStart--
			}
			for nameEnd < len(lower) && isNameByte(lower[nameEnd]) {
				nameEnd++
			}
			if nameEnd > off {
				off = nameEnd
			}
			name := string(lower[nameStart:nameEnd])
			if !slices.Contains(secretNames, name) {
				continue
			}
			if s, ok := secretValue(text, nameEnd); ok {
				add(s, string(text[nameStart:nameEnd]))
			}
		}
	}
	for _, kp := range keyPrefixes {
		for off := 0; ; {
			i := bytes.Index(lower[off:], []byte(kp.prefix))
			if i < 0 {
				break
			}
			i += off
			off = i + len(kp.prefix)
			if i > 0 && isTokenByte(lower[i-1]) {
				continue // inside a longer word
			}
			end := off
			for end < len(text) && isTokenByte(text[end]) {
				end++
			}
			keep := len(kp.prefix)
			if kp.prefix == "eyj" {
				// A JSON Web Token has three dot-separated parts; "eyJ" alone is not one.
				if end-i < 20 || bytes.Count(text[i:end], []byte(".")) < 2 {
					continue
				}
				keep = 0
			} else if end-off < 8 {
				continue // too short to be a credential ("basic auth", "bearer token")
			}
			add(span{start: i, end: end, keep: keep}, kp.label)
			off = end
		}
	}
	if len(spans) == 0 {
		return text, nil
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	out := make([]byte, 0, len(text))
	last := 0
	for _, s := range spans {
		if s.start < last { // overlapping: the earlier span already masked this
			if s.end > last {
				last = s.end
			}
			continue
		}
		out = append(out, text[last:s.start+s.keep]...)
		out = append(out, mask...)
		last = s.end
	}
	out = append(out, text[last:]...)
	return out, names
}

func isNameByte(c byte) bool {
	return c == '-' || c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
}

// isTokenByte reports whether c may be part of a key or token value.
func isTokenByte(c byte) bool {
	return c == '-' || c == '_' || c == '.' || c == '+' || c == '/' || c == '=' || c == '~' ||
		(c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// secretValue finds the value that follows a secret name ending at i: `Name: value` (a
// header line, to the end of the line or the closing quote of a curl -H argument),
// `"name": "value"` or `name='value'` (JSON, JavaScript, query strings), and HAR's
// `{"name": "X-API-Key", "value": "…"}`.
func secretValue(text []byte, i int) (span, bool) {
	j := i
	closing := byte(0)
	if j < len(text) && (text[j] == '"' || text[j] == '\'') {
		closing = text[j]
		j++
	}
	j = skipBlanks(text, j)
	if j >= len(text) {
		return span{}, false
	}
	switch text[j] {
	case ':', '=':
		j = skipBlanks(text, j+1)
	case ',':
		// HAR header object: the name's value member follows, maybe on the next line.
		k := skipSpace(text, j+1)
		if !hasPrefixFold(text[k:], `"value"`) {
			return span{}, false
		}
		k = skipSpace(text, k+len(`"value"`))
		if k >= len(text) || text[k] != ':' {
			return span{}, false
		}
		j = skipSpace(text, k+1)
	default:
		return span{}, false
	}
	if j >= len(text) {
		return span{}, false
	}
	if q := text[j]; q == '"' || q == '\'' {
		end := bytes.IndexByte(text[j+1:], q)
		if end < 0 {
			end = len(text) - j - 1
		}
		if end == 0 {
			return span{}, false
		}
		return span{start: j + 1, end: j + 1 + end}, true
	}
	end := j
	for end < len(text) && text[end] != '\n' && text[end] != '\r' && text[end] != '&' &&
		text[end] != ',' && text[end] != '}' && (closing == 0 || text[end] != closing) {
		if closing == 0 && text[end] == '\'' { // end of a curl -H '…' argument
			break
		}
		end++
	}
	for end > j && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	if end == j {
		return span{}, false
	}
	return span{start: j, end: end}, true
}

func skipBlanks(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}
