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
