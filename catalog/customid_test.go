package catalog

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// validID checks by hand what idPattern says (the schema's pattern).
func TestValidIDIsThePattern(t *testing.T) {
	re := regexp.MustCompile(idPattern)
	for _, id := range []string{"", "a", "ab", "acmepay", "banco-exemplo", "pix2", "Acme", "9pay", "a_b", "a b", "-ab",
		"a23456789012345678901234567890123456789", "a234567890123456789012345678901234567890", "ação", "ab\n"} {
		assert.Equal(t, re.MatchString(id), validID(id), "%q", id)
	}
}

// urlHost takes what url.Parse would as an http(s) URL's host, and refuses the rest.
func TestURLHost(t *testing.T) {
	for s, want := range map[string]string{
		"https://docs.acmepay.example/errors": "docs.acmepay.example",
		"https://API.example.com:8443/x?y#z":  "api.example.com",
		"http://localhost:8080/errors":        "localhost",
		"http://127.0.0.1/":                   "127.0.0.1",
		"https://example.com":                 "example.com",
	} {
		got, ok := urlHost(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, got, s)
	}
	for _, s := range []string{"", "ftp://example.com", "https://", "https://exa mple.com", "https://user@example.com/",
		"https://example.com:port/", "javascript:alert(1)", "https://example.com\n", "//example.com", "https://-bad.com/", "https://nodot/"} {
		_, ok := urlHost(s)
		assert.False(t, ok, "%q", s)
	}
}
