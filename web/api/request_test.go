package api

import (
	"mime"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParseMediaTypeAsMime: the media types the API meets read as mime.ParseMediaType
// reads them.
func TestParseMediaTypeAsMime(t *testing.T) {
	for _, s := range []string{
		"text/plain", "text/plain; charset=utf-8", "Text/Plain;Charset=UTF-8", "application/json",
		"application/json; charset=\"utf-8\"", "  application/json  ", "text/html;q=0.5", "*/*",
		"application/xhtml+xml", "multipart/form-data; boundary=x", "application/problem+json",
		"text/plain; charset", "text", "", "/plain", "text/", "text/plain; =x", "text/pl ain",
		"text/plain; a=b c", "text/plain;", "text/plain; a=\"b c\"",
	} {
		mediaType, _, err := parseMediaType(s)
		want, _, wantErr := mime.ParseMediaType(s)
		if wantErr != nil {
			assert.NotEmpty(t, err, "%q: mime refuses it (%v)", s, wantErr)
			continue
		}
		assert.Empty(t, err, "%q", s)
		assert.Equal(t, want, mediaType, "%q", s)
	}
}

func TestParseMediaTypeQ(t *testing.T) {
	for s, want := range map[string]float64{
		"text/html": 1, "text/html;q=0.5": 0.5, "text/html; Q=0": 0, "text/html;q=x": 1, "text/html;level=1;q=0.2": 0.2,
	} {
		_, q, err := parseMediaType(s)
		assert.Empty(t, err, s)
		assert.Equal(t, want, q, s)
	}
}

// FuzzQueryValue holds queryValue to net/url's Query().Get.
func FuzzQueryValue(f *testing.F) {
	for _, q := range []string{"format=html", "all=1&format=json", "format=ht%6Dl", "format=a+b", "format=%zz&format=html",
		"format=html;x", "format", "=html", "format=&format=html", "%66ormat=html", ""} {
		f.Add(q, "format")
	}
	f.Fuzz(func(t *testing.T, rawQuery, key string) {
		values, _ := url.ParseQuery(rawQuery)
		assert.Equal(t, values.Get(key), queryValue(rawQuery, key), "%q, key %q", rawQuery, key)
	})
}
