package catalog

import (
	"errors"
	"strconv"
	"strings"
)

// Text packs keep the catalog's prose out of the WebAssembly the page, the explainer
// and the Worker download. A build with the textpack tag compiles the generated
// zz_pack_*.go copies of the catalog's tables, in which every Text holds only a
// reference; the prose of each language is a pack file beside the wasm
// (decifra-text.<lang>.bin, written by gen_textpack.go), loaded with LoadPack before
// explaining in that language. Native builds (the CLI, the tests) compile the tables
// with their prose and load nothing.
//
// A pack is a header line, "decifra-text <version> <lang>\n", then every text of the
// language in reference order, each followed by a NUL byte. The version is a hash of
// every text: a pack from another build is refused.

// packTable is one language's loaded pack: its texts end to end, and where each ends.
type packTable struct {
	data string
	ends []uint32 // ends[i] is where text i+1 ends in data
}

// packs are the loaded packs, by language (Langs' order).
var packs [len(Langs)]packTable

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

// LoadPack makes a language's prose available to a textpack build. It is safe to call
// again with the same pack; it returns an error wrapping ErrPack for a pack of another
// build, of another language, or malformed.
func LoadPack(lang Lang, data []byte) error {
	i := langIndex(lang)
	if i < 0 {
		return errors.Join(ErrPack, errors.New("no such language: "+string(lang)))
	}
	head, body, ok := strings.Cut(string(data), "\n")
	want := "decifra-text " + packVersion + " " + string(lang)
	if !ok || head != want {
		return errors.Join(ErrPack, errors.New("want header "+strconv.Quote(want)+", got "+strconv.Quote(head[:min(len(head), 80)])))
	}
	ends := make([]uint32, 0, packLen)
	for off := 0; off < len(body); {
		j := strings.IndexByte(body[off:], 0)
		if j < 0 {
			return errors.Join(ErrPack, errors.New("text "+strconv.Itoa(len(ends)+1)+" is not terminated"))
		}
		off += j + 1
		ends = append(ends, uint32(off-1))
	}
	if len(ends) != packLen {
		return errors.Join(ErrPack, errors.New("want "+strconv.Itoa(packLen)+" texts, got "+strconv.Itoa(len(ends))))
	}
	packs[i] = packTable{data: body, ends: ends}
	return nil
}

// PackLoaded reports whether lang's texts can be read: always in a native build, after
// LoadPack in a textpack build.
func PackLoaded(lang Lang) bool {
	i := langIndex(lang)
	return packLen == 0 || (i >= 0 && packs[i].ends != nil)
}

// packed returns text ref of lang's pack, falling back to English's; "" when neither is
// loaded.
func packed(lang Lang, ref uint32) string {
	for _, i := range [...]int{langIndex(lang), 0} {
		if i < 0 || packs[i].ends == nil || int(ref) > len(packs[i].ends) {
			continue
		}
		start := uint32(0)
		if ref > 1 {
			start = packs[i].ends[ref-2] + 1
		}
		return packs[i].data[start:packs[i].ends[ref-1]]
	}
	return ""
}

// An entry table is one line an entry: code, context, status, category, strategy, the
// references of title, meaning, retry reason and idempotency advice, the fix steps'
// references (comma-separated), the match phrases (separated by \x1e), the source and
// the English title's SaysKey, separated by \x1f.

// tableIndex is where the line of code (in context, unless context is anyContext)
// starts in table, or -1.
func tableIndex(table, context, code string) int {
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

func tableLookup(table, context, code string) (Entry, bool) {
	i := tableIndex(table, context, code)
	if i < 0 {
		return Entry{}, false
	}
	line, _, _ := strings.Cut(table[i:], "\n")
	return tableEntry(line), true
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
	status, _ := strconv.Atoi(f[2])
	e := Entry{Code: f[0], Context: f[1], Status: status, Category: Category(f[3]), Retry: Strategy(f[4]),
		Title: textRef(f[5]), Meaning: textRef(f[6]), RetryWhy: textRef(f[7]), Idempotency: textRef(f[8]), Source: f[11]}
	for r := range strings.SplitSeq(f[9], ",") {
		if r != "" {
			e.Fix = append(e.Fix, textRef(r))
		}
	}
	if f[10] != "" {
		e.Match = strings.Split(f[10], "\x1e")
	}
	return e
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
	n, _ := strconv.ParseUint(s, 10, 32)
	return Text{ref: uint32(n)}
}
