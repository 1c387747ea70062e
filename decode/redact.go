package decode

import (
	"bytes"
	"slices"
	"strings"
)

// mask replaces a secret's value in every output. It is plain ASCII, so a masked JSON
// string stays valid JSON and a masked header line stays a header line.
const mask = "****"

// isSecretName reports whether a lower-cased header or member name holds a secret. A
// switch, not a map: nothing to build at start-up, and the compiler searches it by
// length, then value.
func isSecretName(name string) bool {
	switch name {
	case "authorization", "proxy-authorization", "x-api-key", "api-key", "apikey", "api_key",
		"x-apikey", "x-auth-token", "auth-token", "auth_token", "x-access-token", "access_token",
		"accesstoken", "access-token", "refresh_token", "client_secret", "clientsecret",
		"client-secret", "password", "passwd", "secret", "token", "private_key", "privatekey",
		"cookie", "set-cookie", "x-client-secret", "pix-api-key":
		return true
	}
	return false
}

// keyPrefixes are value prefixes that mark a key by itself, wherever it stands.
var keyPrefixes = [...]struct{ prefix, label string }{
	{"sk_live_", "secret key (sk_live_…)"}, {"sk_test_", "secret key (sk_test_…)"},
	{"rk_live_", "restricted key (rk_live_…)"}, {"rk_test_", "restricted key (rk_test_…)"},
	{"pk_live_", "publishable key (pk_live_…)"}, {"pk_test_", "publishable key (pk_test_…)"},
	{"whsec_", "webhook secret (whsec_…)"},
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
//
// It reads text once, a word at a time (a word is a run of letters, digits, '-' and '_').
func Redact(text []byte) ([]byte, []string) {
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
	var buf [32]byte
	for i := 0; i < len(text); {
		if !isNameByte(lowerByte(text[i])) {
			i++
			continue
		}
		j := i
		for j < len(text) && isNameByte(lowerByte(text[j])) {
			j++
		}
		word := text[i:j]
		if len(word) <= len(buf) && strings.IndexByte("abcprswetxABCPRSWETX", word[0]) >= 0 { // first letters of secret names and key prefixes
			lw := buf[:len(word)]
			for k, c := range word {
				lw[k] = lowerByte(c)
			}
			if len(lw) >= 5 && len(lw) <= 19 && isSecretName(string(lw)) {
				if s, ok := secretValue(text, j); ok {
					add(s, string(word))
					i = max(j, s.end)
					continue
				}
			}
			if sp, label, ok := keyToken(text, i, lw); ok {
				add(sp, label)
				i = sp.end
				continue
			}
		}
		i = j
	}
	if len(spans) == 0 {
		return text, nil
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	out := make([]byte, 0, len(text))
	last := 0
	for _, s := range spans {
		if s.start < last { // overlapping: the earlier span already masked this
			last = max(last, s.end)
			continue
		}
		out = append(out, text[last:s.start+s.keep]...)
		out = append(out, mask...)
		last = s.end
	}
	out = append(out, text[last:]...)
	return out, names
}

// keyToken recognises a credential by its own shape at text[i:], whose first word,
// lower-cased, is lw: a prefixed key (sk_live_…), a JSON Web Token, or the credentials
// after "Bearer " or "Basic ".
func keyToken(text []byte, i int, lw []byte) (span, string, bool) {
	tokenEnd := func(from int) int {
		for from < len(text) && isTokenByte(text[from]) {
			from++
		}
		return from
	}
	switch {
	case len(lw) > 6 && (lw[2] == '_' || lw[5] == '_'): // sk_live_…, whsec_…
		for _, kp := range keyPrefixes {
			if bytes.HasPrefix(lw, []byte(kp.prefix)) {
				if end := tokenEnd(i); end-i-len(kp.prefix) >= 8 {
					return span{start: i, end: end, keep: len(kp.prefix)}, kp.label, true
				}
			}
		}
	case bytes.HasPrefix(lw, []byte("eyj")):
		// A JSON Web Token has three dot-separated parts; "eyJ" alone is not one.
		if end := tokenEnd(i); end-i >= 20 && bytes.Count(text[i:end], []byte(".")) >= 2 {
			return span{start: i, end: end}, "JSON Web Token", true
		}
	case string(lw) == "bearer" || string(lw) == "basic":
		start := i + len(lw)
		if start < len(text) && text[start] == ' ' {
			// Too short to be a credential: "bearer token", "basic auth".
			if end := tokenEnd(start + 1); end-start-1 >= 8 {
				label := "bearer token"
				if string(lw) == "basic" {
					label = "basic credentials"
				}
				return span{start: start + 1, end: end}, label, true
			}
		}
	}
	return span{}, "", false
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// nameBytes marks the bytes of a header or member name: lower-case letters, digits, '-'
// and '_'. A table, because Redact asks for every byte of the paste.
var nameBytes = [256]bool{'-': true, '_': true,
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true,
	'j': true, 'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true,
	's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true}

func isNameByte(c byte) bool { return nameBytes[c] }

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
