package catalog

import (
	"errors"
	"strconv"
	"strings"

	"github.com/decifra/decifra/internal/decimal"
)

// PackSlot stands in a pack for decode's "\x00" slot for a value (the evidence sentences
// of catalog.Said… that take one): NUL ends each text of a pack. A control byte no prose
// holds (gen_textpack refuses a text that does); decode's fillIn fills either, so a pack
// is kept as loaded, with no copy at start-up.
const PackSlot = 0x1a

// Text packs keep the catalog's prose out of the WebAssembly the page, the explainer
// and the Worker download. A build with the textpack tag compiles the generated
// zz_pack_*.go copies of the catalog's tables, in which every Text holds only a
// reference; the prose of each language is in pack files beside the wasm, written by
// gen_textpack.go and loaded with LoadPack before explaining in that language. Native
// builds (the CLI, the tests) compile the tables with their prose and load nothing.
//
// A language's texts come whole (decifra-text.<lang>.bin, for the Worker and the
// explainer) or in chunks of packChunk texts (ChunkFile names them), so that the page
// fetches only what an explanation shows: every text read from a chunk not loaded yet
// is noted (Missing), and the page loads those chunks and explains again.
//
// A pack is a header line, "decifra-text <version> <lang>\n" (a chunk's adds its number:
// "decifra-text <version> <lang> <chunk>\n"), then its texts in reference order, each
// followed by a NUL byte. The version is a hash of every text: a pack from another
// build is refused.

// chunkTable is one loaded chunk of a language's pack: its texts end to end, and where
// each ends.
type chunkTable struct {
	data string
	ends []uint32 // ends[i] is where the chunk's text i ends in data
}

// chunkCount is how many chunks a language's pack has.
const chunkCount = (packLen + packChunk - 1) / max(packChunk, 1)

// packs are the loaded chunks, by language (Langs' order), then by chunk (chunkCount of
// them once the language has any).
var packs [len(Langs)][]chunkTable

// missing are the chunks of the wanted language (ForgetMissing's) texts were asked of
// since the last ForgetMissing (nil when none).
var (
	missing []bool
	wanted  = -1
)

// ErrPack is matched (errors.Is) by LoadPack's errors.
var ErrPack = errors.New("text pack")

// langIndex is lang's place in Langs, or -1.
func langIndex(lang Lang) int {
	for i, l := range Langs {
		if l == lang {
			return i
		}
	}
	return -1
}

// LoadPack makes a language's prose, or one chunk of it, available to a textpack
// build: data is a whole pack (decifra-text.<lang>.bin) or one chunk (ChunkFile). It is
// safe to call again with the same pack; it returns an error wrapping ErrPack for a pack
// of another build, of another language, or malformed. It must not run while another
// goroutine explains.
func LoadPack(lang Lang, data []byte) error {
	i := langIndex(lang)
	if i < 0 {
		return errors.Join(ErrPack, errors.New("no such language: "+string(lang)))
	}
	head, body, ok := strings.Cut(string(data), "\n")
	want := "decifra-text " + packVersion + " " + string(lang)
	first, last := 0, chunkCount-1 // the chunks data holds
	if rest, isChunk := strings.CutPrefix(head, want+" "); isChunk && ok {
		k, err := decimal.Atoi(rest)
		if err != nil || k < 0 || k >= chunkCount {
			return errors.Join(ErrPack, errors.New("no such chunk: "+Quote(rest[:min(len(rest), 20)])))
		}
		first, last = k, k
	} else if !ok || head != want {
		return errors.Join(ErrPack, errors.New("want header "+Quote(want)+", got "+Quote(head[:min(len(head), 80)])))
	}
	loaded := make([]chunkTable, chunkCount)
	off := 0
	for k := first; k <= last; k++ {
		n := min(packChunk, packLen-k*packChunk) // texts in chunk k
		ends := make([]uint32, 0, n)
		start := off
		for len(ends) < n {
			j := strings.IndexByte(body[off:], 0)
			if j < 0 {
				return errors.Join(ErrPack, errors.New("text "+strconv.Itoa(k*packChunk+len(ends)+1)+" is not terminated"))
			}
			off += j + 1
			ends = append(ends, uint32(off-1-start))
		}
		loaded[k] = chunkTable{data: body[start:off], ends: ends}
	}
	if off != len(body) {
		return errors.Join(ErrPack, errors.New("more texts than the "+strconv.Itoa(packLen)+" of this build"))
	}
	if packs[i] == nil {
		packs[i] = make([]chunkTable, chunkCount)
	}
	copy(packs[i][first:last+1], loaded[first:last+1])
	return nil
}

// PackLoaded reports whether all of lang's texts can be read: always in a native build,
// after LoadPack of the whole pack (or of every chunk) in a textpack build.
func PackLoaded(lang Lang) bool {
	i := langIndex(lang)
	if packLen == 0 {
		return true
	}
	if i < 0 {
		return false
	}
	for _, c := range packs[i] {
		if c.ends == nil {
			return false
		}
	}
	return packs[i] != nil
}

// ChunkFile is the name of chunk k of lang's pack: decifra-text.<version>.<lang>.<k>.bin.
// The version covers every text, so a name's content never changes.
func ChunkFile(lang Lang, k int) string {
	return "decifra-text." + packVersion + "." + string(lang) + "." + strconv.Itoa(k) + ".bin"
}

// ChunkFiles are the names of every chunk of lang's pack (none in a native build).
func ChunkFiles(lang Lang) []string {
	var out []string
	for k := range chunkCount {
		out = append(out, ChunkFile(lang, k))
	}
	return out
}

// Missing returns the files of the chunks of the wanted language that texts were asked
// of, since the last ForgetMissing, and were not loaded: an answer made meanwhile lacks
// their prose (it fell back to English, or to nothing), and is to be made again once
// they are loaded.
func Missing() []string {
	var out []string
	for k, m := range missing {
		if m && (packs[wanted] == nil || packs[wanted][k].ends == nil) {
			out = append(out, ChunkFile(Langs[wanted], k))
		}
	}
	return out
}

// ForgetMissing starts a new count for Missing, of the chunks of lang, the language of
// the answer to be made: texts read in the other languages (decode joins texts in all
// three) are not shown, and their chunks are not wanted.
func ForgetMissing(lang Lang) { missing, wanted = nil, langIndex(lang) }

// packed returns text ref of lang's pack, falling back to English's; "" when neither is
// loaded. A text of lang's that is not loaded is noted for Missing.
func packed(lang Lang, ref uint32) string {
	if ref == 0 || int(ref) > packLen {
		return ""
	}
	k, n := int(ref-1)/packChunk, int(ref-1)%packChunk
	for j, i := range [...]int{langIndex(lang), 0} {
		if i < 0 {
			continue
		}
		if packs[i] == nil || packs[i][k].ends == nil {
			if j == 0 && i == wanted {
				if missing == nil {
					missing = make([]bool, chunkCount)
				}
				missing[k] = true
			}
			continue
		}
		c := &packs[i][k]
		start := uint32(0)
		if n > 0 {
			start = c.ends[n-1] + 1
		}
		return c.data[start:c.ends[n]]
	}
	return ""
}

// An entry table is one line an entry: code, context, status, category, strategy, the
// references of title, meaning, retry reason and idempotency advice, the fix steps'
// references (comma-separated), the match phrases (separated by \x1e), the source's
// reference and the English title's SaysKey, separated by \x1f.

// tableIndex is where the line of code (in context, unless context is anyContext)
// starts in table, or -1.
func tableIndex(table, context, code string) int {
	if code == "" {
		return -1
	}
	for off := 0; off < len(table); {
		i := strings.Index(table[off:], code+"\x1f")
		if i < 0 {
			return -1
		}
		i += off
		off = i + len(code)
		if i > 0 && table[i-1] != '\n' {
			continue
		}
		if context == anyContext {
			return i
		}
		rest := table[i+len(code)+1:]
		if ctx, _, _ := strings.Cut(rest, "\x1f"); ctx == context {
			return i
		}
	}
	return -1
}

// tableLine is the i-th line of table.
func tableLine(table string, i int) string {
	for ; i > 0; i-- {
		_, table, _ = strings.Cut(table, "\n")
	}
	line, _, _ := strings.Cut(table, "\n")
	return line
}

// tableEntry builds the Entry of one line of a table.
func tableEntry(line string) Entry {
	var f [12]string
	for i := range f {
		f[i], line, _ = strings.Cut(line, "\x1f")
	}
	status, _ := decimal.Atoi(f[2])
	e := Entry{Code: f[0], Context: f[1], Status: status, Category: Category(f[3]), Retry: Strategy(f[4]),
		Title: textRef(f[5]), Meaning: textRef(f[6]), RetryWhy: textRef(f[7]), Idempotency: textRef(f[8]),
		sourceRef: textRef(f[11]).ref}
	for rs, more := f[9], true; more; {
		var r string
		r, rs, more = strings.Cut(rs, ",")
		if r != "" {
			e.Fix = append(e.Fix, textRef(r))
		}
	}
	if f[10] != "" {
		e.Match = strings.Split(f[10], "\x1e")
	}
	return e
}

// sourceText is an entry's citation, kept in the packs like its prose (alike in every
// language): read in the language of the answer being made (ForgetMissing's), else in
// English.
func sourceText(t Text) string {
	if t.ref == 0 {
		return ""
	}
	lang := English
	if wanted >= 0 {
		lang = Langs[wanted]
	}
	return packed(lang, t.ref)
}

// tableSays is the SaysKey of a table line's English title.
func tableSays(line string) string {
	for range 12 {
		_, line, _ = strings.Cut(line, "\x1f")
	}
	return line
}

// textRef is the Text of a reference written in a table; "0" is no text.
func textRef(s string) Text {
	n, _ := decimal.ParseUint(s, 10, 32)
	return Text{ref: uint32(n)}
}
