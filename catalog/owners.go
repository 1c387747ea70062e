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
	return codeIndex()[code]
}

var codeIndex = sync.OnceValue(func() map[string][]*Provider {
	m := make(map[string][]*Provider, 4096)
	add := func(code string, p *Provider) {
		if code != "" && !slices.Contains(m[code], p) {
			m[code] = append(m[code], p)
		}
	}
	for _, p := range providers {
		if p.table != "" {
			for line := range strings.SplitSeq(p.table, "\n") {
				code, _, _ := strings.Cut(line, "\x1f")
				add(code, p)
			}
			continue
		}
		for i := range p.entries {
			add(p.entries[i].Code, p)
		}
	}
	return m
})

// tableLines indexes the built-in providers' tables: for each, where in its table the
// lines of each code begin. Built with the owners' index's pass over the same tables,
// the first time a table is searched, so that Lookup, Documents and SaysKeyed read one
// line instead of scanning a table of hundreds (a plain byte loop in WebAssembly).
var tableLines = sync.OnceValue(func() map[*Provider]map[string][]int32 {
	m := make(map[*Provider]map[string][]int32, len(providers))
	for _, p := range providers {
		if p.table == "" {
			continue
		}
		lines := make(map[string][]int32, strings.Count(p.table, "\n"))
		for off := 0; off < len(p.table); {
			line, _, _ := strings.Cut(p.table[off:], "\n")
			code, _, _ := strings.Cut(line, "\x1f")
			lines[code] = append(lines[code], int32(off))
			off += len(line) + 1
		}
		m[p] = lines
	}
	return m
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
