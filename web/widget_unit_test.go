package web

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// elementJS are the files of the explainer's own JavaScript: the module and what it
// imports, apart from the wasm and Go's loader.
var elementJS = []string{"decifra-explainer.js", "card.js"}

// The element's JavaScript stays under 10 KB after gzip -9, each file as it is served,
// with its largest language's strings (an element loads only the languages it speaks).
func TestExplainerSize(t *testing.T) {
	total, largest := 0, ""
	for _, lang := range catalog.Langs {
		f := "decifra-strings." + string(lang) + ".js"
		if largest == "" || gzipSize(t, f) > gzipSize(t, largest) {
			largest = f
		}
	}
	for _, f := range append(elementJS, largest) {
		b, err := os.ReadFile(filepath.Join("static", f))
		require.NoError(t, err)
		var z bytes.Buffer
		w, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
		require.NoError(t, err)
		_, err = w.Write(b)
		require.NoError(t, err)
		require.NoError(t, w.Close())
		t.Logf("%-22s %6d bytes, %5d gzip", f, len(b), z.Len())
		total += z.Len()
	}
	t.Logf("%-22s %6s        %5d gzip", "total", "", total)
	assert.Less(t, total, 10*1024)
}

func gzipSize(t *testing.T, f string) int {
	b, err := os.ReadFile(filepath.Join("static", f))
	require.NoError(t, err)
	var z bytes.Buffer
	w, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	require.NoError(t, err)
	_, err = w.Write(b)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return z.Len()
}

// Every UI string the explainer and the card ask for is in decifra-strings.<lang>.js.
func TestExplainerStrings(t *testing.T) {
	have := WidgetStrings(catalog.English)
	for _, lang := range catalog.Langs {
		assert.Equal(t, len(have), len(WidgetStrings(lang)), lang)
	}
	used := regexp.MustCompile(`\bS\.([a-z_]+)`)
	prefixed := regexp.MustCompile(`label\(S, '([a-z_]+)'|S\['([a-z_]+)' \+`)
	for _, f := range []string{"decifra-explainer.js", "card.js"} {
		src, err := os.ReadFile(filepath.Join("static", f))
		require.NoError(t, err)
		for _, m := range used.FindAllSubmatch(src, -1) {
			assert.Contains(t, have, string(m[1]), "%s uses S.%s", f, m[1])
		}
		for _, m := range prefixed.FindAllSubmatch(src, -1) {
			prefix := string(m[1]) + string(m[2])
			n := 0
			for k := range have {
				if strings.HasPrefix(k, prefix) {
					n++
				}
			}
			assert.Positive(t, n, "%s looks up %s… strings", f, prefix)
		}
	}
	for _, k := range pageOnly {
		assert.NotContains(t, have, k)
		assert.NotEqual(t, k, T("en", k), "%s is a page string", k)
	}
}
