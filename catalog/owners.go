package catalog

import (
	"slices"
	"strings"
	"sync"
)

// Owners returns the built-in providers that document code, in catalog order; nil when
// none does. Every explanation asks it of the paste's code, so it answers from an index
// of every code, built the first time it is asked (not at start-up: a page or a Worker
// that never explains never pays for it). The slice is shared: callers must not change it.
func Owners(code string) []*Provider {
	if code == "" {
		return nil
	}
	return indexes().owners[code]
}

// tableLines is, for each built-in provider whose entries are a table, where in its
// table the lines of each code begin: Lookup, Documents and SaysKeyed read one line
// instead of scanning a table of hundreds (a plain byte loop in WebAssembly).
func tableLines() map[*Provider]map[string][]int32 { return indexes().lines }

type codeIndexes struct {
	owners map[string][]*Provider           // every built-in code: the providers that document it
	lines  map[*Provider]map[string][]int32 // tableLines
}

// indexes reads every built-in provider's codes once, the first time a code is looked
// up, for both indexes.
var indexes = sync.OnceValue(func() (x codeIndexes) {
	x.owners = make(map[string][]*Provider, 4096)
	x.lines = make(map[*Provider]map[string][]int32, len(providers))
	add := func(code string, p *Provider) {
		if code != "" && !slices.Contains(x.owners[code], p) {
			x.owners[code] = append(x.owners[code], p)
		}
	}
	for _, p := range providers {
		if p.table == "" {
			for i := range p.entries {
				add(p.entries[i].Code, p)
			}
			continue
		}
		lines := make(map[string][]int32, strings.Count(p.table, "\n"))
		for off := 0; off < len(p.table); {
			line, _, _ := strings.Cut(p.table[off:], "\n")
			code, _, _ := strings.Cut(line, "\x1f")
			add(code, p)
			lines[code] = append(lines[code], int32(off))
			off += len(line) + 1
		}
		x.lines[p] = lines
	}
	return x
})

// tableFind returns the line of p's table for code in context (anyContext: the first),
// and whether there is one.
func (p *Provider) tableFind(context, code string) (string, bool) {
	if code == "" {
		return "", false
	}
	index, ok := tableLines()[p]
	if !ok { // a copy of a built-in provider: its table, searched
		i := tableIndex(p.table, context, code)
		if i < 0 {
			return "", false
		}
		line, _, _ := strings.Cut(p.table[i:], "\n")
		return line, true
	}
	for _, off := range index[code] {
		line, _, _ := strings.Cut(p.table[off:], "\n")
		if context == anyContext {
			return line, true
		}
		if _, rest, _ := strings.Cut(line, "\x1f"); strings.HasPrefix(rest, context+"\x1f") {
			return line, true
		}
	}
	return "", false
}

// tableLinesOf yields every line of p's table for code.
func (p *Provider) tableLinesOf(code string) []string {
	var out []string
	if code == "" {
		return nil
	}
	if index, ok := tableLines()[p]; ok {
		for _, off := range index[code] {
			line, _, _ := strings.Cut(p.table[off:], "\n")
			out = append(out, line)
		}
		return out
	}
	for off := 0; ; {
		i := tableIndex(p.table[off:], anyContext, code)
		if i < 0 {
			return out
		}
		line, _, _ := strings.Cut(p.table[off+i:], "\n")
		out = append(out, line)
		off += i + len(line)
	}
}
