package site

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// builtSite lays out a site as ./build.sh site does before fingerprinting: the page, the
// worker, the assets, with precompressed siblings of some.
func builtSite(t *testing.T, extra map[string]string) string {
	dir := t.TempDir()
	files := map[string]string{
		"index.html": `<link rel="preload" href="static/decifra.wasm" as="fetch"><script src="static/decifra.js"></script>` +
			`<link rel="stylesheet" href="static/style.css"><script src="static/wasm_exec.js" defer></script>` +
			`<script src="static/card.js" defer></script><script src="static/app.js" defer></script>` +
			`<link rel="manifest" href="manifest.webmanifest"><link rel="apple-touch-icon" href="static/icon-192.png">` +
			`<p>static/decifra.js.map and mystatic/app.js stay</p>`,
		"index.html.br":              "stale",
		"sw.js":                      "const ASSETS = [\n  'static/decifra.js',\n  'static/decifra.wasm',\n  // decifra-text chunks\n];",
		"static/decifra.wasm":        "\x00asm wasm",
		"static/decifra.wasm.br":     "br of wasm",
		"static/decifra-text.en.bin": "en",
		"static/decifra-text.es.bin": "es",
		"static/wasm_exec.js":        "go",
		"static/card.js":             "card",
		"static/style.css":           "css",
		"static/decifra.js":          `const files = {wasm: 'decifra.wasm'}; // not decifra.wasm2`,
		"static/immutable/decifra-text.0123456789abcdef.en.0.bin": "en 0",
		"static/immutable/decifra-text.0123456789abcdef.es.0.bin": "es 0",
		"static/decifra.js.br":        "stale for the hashed copy",
		"static/app.js":               "app",
		"static/decifra-explainer.js": "import('./card.js'); fetch('decifra.wasm');",
	}
	for k, v := range extra {
		files[k] = v
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

func read(t *testing.T, dir, name string) string {
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	require.NoError(t, err)
	return string(b)
}

func TestFingerprint(t *testing.T) {
	dir := builtSite(t, nil)
	names, err := Fingerprint(dir)
	require.NoError(t, err)

	wasm := names["static/decifra.wasm"]
	assert.Regexp(t, `^static/immutable/decifra\.[0-9a-f]{8}\.wasm$`, wasm)
	assert.Len(t, names, 6, "the wasm, four scripts and the stylesheet")
	assert.Equal(t, "\x00asm wasm", read(t, dir, wasm))
	assert.Equal(t, "br of wasm", read(t, dir, wasm+".br"), "an unchanged copy takes its original's siblings")

	// decifra.js names the hashed files beside it, and is hashed after them.
	js := read(t, dir, names["static/decifra.js"])
	assert.Contains(t, js, "wasm: '"+strings.TrimPrefix(wasm, Immutable)+"'")
	assert.Contains(t, js, "not decifra.wasm2", "a longer name is another name")
	assert.NoFileExists(t, filepath.Join(dir, names["static/decifra.js"]+".br"), "a rewritten copy gets fresh siblings")

	page := read(t, dir, "index.html")
	for _, name := range []string{"static/decifra.wasm", "static/decifra.js", "static/style.css", "static/wasm_exec.js", "static/card.js", "static/app.js"} {
		assert.Contains(t, page, `"`+names[name]+`"`, name)
	}
	assert.Contains(t, page, `href="static/icon-192.png"`, "what is not hashed keeps its name")
	assert.Contains(t, page, "static/decifra.js.map and mystatic/app.js stay")
	assert.NoFileExists(t, filepath.Join(dir, "index.html.br"), "a stale sibling is removed")
	assert.Equal(t, page, string(Rewrite([]byte(read(t, filepath.Dir(dir), filepath.Base(dir)+"/index.html")), "index.html", names)),
		"Rewrite of a rewritten page changes nothing")
	sw := read(t, dir, "sw.js")
	assert.Contains(t, sw, "'"+wasm+"'")
	// The service worker keeps every chunk of the prose, which are named by content already.
	assert.Contains(t, sw, "\n  'static/immutable/decifra-text.0123456789abcdef.en.0.bin',\n  'static/immutable/decifra-text.0123456789abcdef.es.0.bin',\n];")
	assert.NotContains(t, sw, "decifra-text chunks")

	// The originals stay, for the explainer and the Worker, and so do the whole packs.
	assert.Equal(t, "import('./card.js'); fetch('decifra.wasm');", read(t, dir, "static/decifra-explainer.js"))
	assert.Equal(t, "en", read(t, dir, "static/decifra-text.en.bin"))

	var written map[string]string
	require.NoError(t, json.Unmarshal([]byte(read(t, dir, AssetsJSON)), &written))
	assert.Equal(t, names, written)

	// The same input, the same names: a deploy that changes nothing keeps every cache.
	again, err := Fingerprint(builtSite(t, nil))
	require.NoError(t, err)
	assert.Equal(t, names, again)
	// A change to the wasm changes its name, and decifra.js's, which names it.
	changed, err := Fingerprint(builtSite(t, map[string]string{"static/decifra.wasm": "\x00asm other"}))
	require.NoError(t, err)
	assert.NotEqual(t, names["static/decifra.wasm"], changed["static/decifra.wasm"])
	assert.NotEqual(t, names["static/decifra.js"], changed["static/decifra.js"])
	assert.Equal(t, names["static/app.js"], changed["static/app.js"])
}

// A page that loads an asset with no hashed copy would have it neither cached for good
// nor kept offline: Fingerprint says so.
func TestFingerprintUnhashedAsset(t *testing.T) {
	dir := builtSite(t, map[string]string{
		"index.html":      `<script src="static/decifra.js"></script><script src="static/extra.js"></script>`,
		"static/extra.js": "extra",
	})
	_, err := Fingerprint(dir)
	assert.ErrorContains(t, err, "static/extra.js")
}

// A site with no chunks of prose would leave the page with nothing to show offline, and
// sw.js with a list to fill: Fingerprint says which command writes them.
func TestFingerprintNoChunks(t *testing.T) {
	dir := builtSite(t, nil)
	for _, l := range []string{"en", "es"} {
		require.NoError(t, os.Remove(filepath.Join(dir, "static/immutable/decifra-text.0123456789abcdef."+l+".0.bin")))
	}
	_, err := Fingerprint(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "gen_textpack.go -chunks")
}
