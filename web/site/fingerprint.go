package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// Immutable is the folder, from the site's root, of the content-hashed copies of the
// page's assets: a name there never changes content, so browsers may keep the file a
// year without asking (Handler and _headers say so for this folder alone).
const Immutable = "static/immutable/"

// AssetsJSON is where Fingerprint writes its mapping, from the site's root: each asset's
// path to its hashed copy's ({"static/decifra.wasm": "static/immutable/decifra.3f9a1c2b.wasm",
// …}), for whatever reads the assets by name (a portal's build may pin the wasm).
const AssetsJSON = "static/assets.json"

// hashed are the page's assets that get content-hashed copies, as globs from the site's
// root, leaves first: a file's references to the files before it are rewritten before
// it is hashed, so that decifra.js's hash covers the wasm's (whose hash covers the names
// of the prose's chunks). Their
// unhashed originals stay where they were, for the embeddable explainer (whose URL and
// imports are stable) and the Worker.
var hashed = []string{
	"static/decifra.wasm",
	"static/wasm_exec.js",
	"static/card.js",
	"static/style.css",
	"static/decifra.js",
	"static/app.js",
}

// TextChunks are the chunks of the catalog's prose the page fetches (catalog.ChunkFile
// names them, by content), as a glob from the site's root.
const TextChunks = Immutable + "decifra-text.*.*.*.bin"

// chunkList is the line of sw.js that Fingerprint replaces by the list of TextChunks.
const chunkList = "  // decifra-text chunks\n"

// rewritten are the files that keep their names and have their references to the
// hashed assets rewritten in place: the page, and the service worker's list of what to
// keep for offline use.
var rewritten = []string{"index.html", "sw.js"}

// Precompressed are the extensions of the precompressed siblings of a file (NAME.br,
// NAME.gz) that ./build.sh site writes and Handler serves, best first.
var Precompressed = []struct{ Ext, Encoding string }{{".br", "br"}, {".gz", "gzip"}}

// Fingerprint gives the page's assets in the site at dir (as ./build.sh site lays it
// out) content-hashed names: it copies each to Immutable with the first 8 hex digits of
// its SHA-256 before its extension (decifra.3f9a1c2b.wasm), rewrites the references to
// them in those copies, in index.html and in sw.js (where it lists the prose's chunks,
// TextChunks, too), and writes the mapping to
// AssetsJSON. A copy whose bytes are its original's takes the original's precompressed
// siblings along; a file rewritten in place loses its own, now stale. It fails when
// index.html still loads a script, stylesheet or wasm from static/ by a name that is not
// hashed: a page asset missing from the list would be neither cached for good nor kept
// offline.
func Fingerprint(dir string) (map[string]string, error) {
	names := map[string]string{} // site path → hashed site path
	for _, glob := range hashed {
		files, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(glob)))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("fingerprint: %s has no %s", dir, glob)
		}
		for _, file := range files {
			name := path.Join("static", filepath.Base(file))
			b, err := os.ReadFile(file)
			if err != nil {
				return nil, err
			}
			out := rewrite(b, name, Immutable+filepath.Base(file), names)
			sum := sha256.Sum256(out)
			ext := path.Ext(name)
			target := Immutable + strings.TrimSuffix(path.Base(name), ext) + "." + hex.EncodeToString(sum[:4]) + ext
			if err := write(dir, target, out); err != nil {
				return nil, err
			}
			if bytes.Equal(out, b) {
				for _, p := range Precompressed {
					if z, err := os.ReadFile(file + p.Ext); err == nil {
						if err := write(dir, target+p.Ext, z); err != nil {
							return nil, err
						}
					}
				}
			}
			names[name] = target
		}
	}
	for _, name := range rewritten {
		file := filepath.Join(dir, filepath.FromSlash(name))
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		out := rewrite(b, name, name, names)
		if bytes.Contains(out, []byte(chunkList)) {
			if out, err = ListChunks(dir, out); err != nil {
				return nil, err
			}
		}
		if bytes.Equal(out, b) {
			continue
		}
		if err := write(dir, name, out); err != nil {
			return nil, err
		}
		for _, p := range Precompressed {
			if err := os.Remove(file + p.Ext); err != nil && !os.IsNotExist(err) {
				return nil, err
			}
		}
		if name == "index.html" {
			if err := checkPageAssets(out); err != nil {
				return nil, err
			}
		}
	}
	j, err := json.MarshalIndent(names, "", "  ")
	if err != nil {
		return nil, err
	}
	return names, write(dir, AssetsJSON, append(j, '\n'))
}

// ListChunks replaces the line "// decifra-text chunks" in b (sw.js) by the TextChunks in
// the site at dir, one quoted path a line: the service worker keeps them all for offline
// use. Fingerprint does it to sw.js, after Rewrite.
func ListChunks(dir string, b []byte) ([]byte, error) {
	files, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(TextChunks)))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("fingerprint: %s has no %s (go run catalog/gen_textpack.go -chunks)", dir, TextChunks)
	}
	var list bytes.Buffer
	for _, f := range files {
		list.WriteString("  '" + Immutable + filepath.Base(f) + "',\n")
	}
	return bytes.Replace(b, []byte(chunkList), list.Bytes(), 1), nil
}

// Rewrite is what Fingerprint writes in place of a file that keeps its name (name, from
// the site's root: index.html or sw.js), given its source b and the mapping Fingerprint
// returned or wrote to AssetsJSON.
func Rewrite(b []byte, name string, names map[string]string) []byte {
	return rewrite(b, name, name, names)
}

// rewrite replaces, in b (the file at site path from, to be written at site path to),
// each reference to a file of names by one to its hashed copy. A reference is the
// file's path relative to from's folder ("static/decifra.js" in index.html,
// "decifra.wasm" in static/decifra.js), standing alone: not inside a longer name or
// path.
func rewrite(b []byte, from, to string, names map[string]string) []byte {
	for name, target := range names {
		old := []byte(relative(path.Dir(from), name))
		repl := []byte(relative(path.Dir(to), target))
		var out []byte
		rest := b
		for {
			i := bytes.Index(rest, old)
			if i < 0 {
				break
			}
			end := i + len(old)
			before := len(out) + i
			alone := (before == 0 || !pathByte(prevByte(out, rest, i))) && (end == len(rest) || !nameByte(rest[end]))
			out = append(out, rest[:i]...)
			if alone {
				out = append(out, repl...)
			} else {
				out = append(out, old...)
			}
			rest = rest[end:]
		}
		b = append(out, rest...)
	}
	return b
}

// prevByte is the byte before rest[i], which may be the last one already copied to out.
func prevByte(out, rest []byte, i int) byte {
	if i > 0 {
		return rest[i-1]
	}
	return out[len(out)-1]
}

func nameByte(c byte) bool {
	return c == '.' || c == '-' || c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func pathByte(c byte) bool { return c == '/' || nameByte(c) }

// relative is site path name as seen from folder dir ("." for the root).
func relative(dir, name string) string {
	if dir == "." {
		return name
	}
	rel, err := filepath.Rel(filepath.FromSlash(dir), filepath.FromSlash(name))
	if err != nil {
		return name
	}
	return filepath.ToSlash(rel)
}

// pageAsset matches what index.html loads from static/ as it renders: scripts,
// stylesheets, the preloaded wasm.
var pageAsset = regexp.MustCompile(`(?:src|href)="(static/[^"]+\.(?:js|css|wasm))"`)

func checkPageAssets(page []byte) error {
	for _, m := range pageAsset.FindAllSubmatch(page, -1) {
		if !strings.HasPrefix(string(m[1]), Immutable) {
			return fmt.Errorf("fingerprint: index.html loads %s, which has no hashed copy: add it to web/site's list of hashed assets", m[1])
		}
	}
	return nil
}

func write(dir, name string, b []byte) error {
	file := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}
