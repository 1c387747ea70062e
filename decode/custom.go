package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/decimal"
)

// A portal's own catalog (catalog.ParseCatalog, Options.Catalogs) becomes a reader like
// the built-in ones: its envelope, hosts and codes are evidence, and its Body paths say
// where the code, message, request id and details are. A catalog that overrides a
// built-in provider (same id, "overrides": true) keeps that provider's reader and puts
// its own codes first.

// readersFor lists the readers of one explanation: the portal's catalogs first, then the
// built-in ones, an overridden provider's reader replaced by the catalog's.
func readersFor(custom []*catalog.Provider) []*reader {
	if len(custom) == 0 {
		return readers[:]
	}
	out := make([]*reader, 0, len(readers)+len(custom))
	replaced := map[*reader]bool{}
	seen := map[string]bool{}
	for _, p := range custom {
		if p == nil || seen[p.ID()] {
			continue
		}
		seen[p.ID()] = true
		var base *reader
		if b := catalog.ByID(p.ID()); b != nil {
			if !p.Overrides() {
				continue // ParseCatalog refuses this; a hand-made Provider cannot slip by
			}
			base = readerOf(b)
			replaced[base] = true
		}
		out = append(out, customReader(p, base))
	}
	for _, r := range readers {
		if !replaced[r] {
			out = append(out, r)
		}
	}
	return out
}

// customReader reads a portal catalog's bodies; base is the built-in reader it overrides,
// nil for a provider decifra does not know.
func customReader(p *catalog.Provider, base *reader) *reader {
	r := &reader{provider: p, custom: true}
	if base != nil {
		r.base = base.provider
	}
	b := p.Body()
	if b == nil {
		b = &catalog.Body{}
	}
	r.score = func(f *facts, c *codeOwners) []signal {
		var sig []signal
		if base != nil {
			sig = base.score(f, c)
		}
		if f.body == nil {
			return sig
		}
		if len(b.Envelope) > 0 && allPaths(f.body, b.Envelope) {
			list := strings.Join(b.Envelope, ", ")
			sig = withf(sig, 2.5, catalog.SaidBodyHasEnvelopeFrom, p, list, p.Origin())
		}
		if code := firstPath(f.body, b.Code); code != "" && p.Documents(code) {
			w := 1.0
			if len(c.providers) <= 1 {
				w = 1.5
			}
			origin := p.Origin()
			sig = withf(sig, w, catalog.SaidCodeCatalog, p, code, origin)
		}
		return sig
	}
	r.read = func(f *facts, _ *catalog.Provider) reading {
		code := firstPath(f.body, b.Code)
		if code == "" {
			code = f.code
		}
		rd := lookup(p, code)
		if rd.k == nil && base != nil {
			if base.read != nil {
				return base.read(f, base.provider)
			}
			return lookup(base.provider, code)
		}
		if rd.k == nil && code == f.code && code != "" {
			if e, ok := matchMessage(p, f.shownStatus, f.message); ok {
				rd = lookup(p, e.Code)
			}
		}
		rd.message = firstPath(f.body, b.Message)
		rd.details = firstPath(f.body, b.Details)
		return rd
	}
	return r
}

// customRequestID is the request id at the credited catalog's RequestID paths, "" when
// the provider is built-in or the body has none there.
func customRequestID(f *facts, p *catalog.Provider) string {
	if p == nil || f.body == nil {
		return ""
	}
	if b := p.Body(); b != nil {
		return idValue(pathValue(f.body, firstPresent(f.body, b.RequestID)))
	}
	return ""
}

// customBody reports whether a body that reads as no error is a portal catalog's error
// body all the same: its envelope members or its code member are there.
func customBody(o *object, custom []*catalog.Provider) bool {
	if o == nil {
		return false
	}
	for _, p := range custom {
		if b := p.Body(); p != nil && b != nil {
			if len(b.Envelope) > 0 && allPaths(o, b.Envelope) || firstPath(o, b.Code) != "" {
				return true
			}
		}
	}
	return false
}

// pathValue follows a dotted path ("error.code", "errors.0.message") from o; nil when a
// step is missing. Member names are matched exactly, then without regard to case.
func pathValue(o *object, path string) any {
	if path == "" {
		return nil
	}
	var v any = o
	for steps, more := path, true; more; {
		var step string
		step, steps, more = strings.Cut(steps, ".")
		switch x := v.(type) {
		case *object:
			if x == nil {
				return nil
			}
			if got := x.get(step); got != nil {
				v = got
			} else {
				v = x.getFold(step)
			}
		case []any:
			i, err := decimal.Atoi(step)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
		if v == nil {
			return nil
		}
	}
	return v
}

// firstPresent is the first of paths present in o, "" when none is.
func firstPresent(o *object, paths []string) string {
	for _, p := range paths {
		if pathValue(o, p) != nil {
			return p
		}
	}
	return ""
}

// firstPath is the text at the first of paths present in o: a string or a number.
func firstPath(o *object, paths []string) string {
	for _, p := range paths {
		if s := strings.TrimSpace(scalarText(pathValue(o, p))); s != "" {
			return s
		}
	}
	return ""
}

// allPaths reports whether every path is present in o.
func allPaths(o *object, paths []string) bool {
	for _, p := range paths {
		if pathValue(o, p) == nil {
			return false
		}
	}
	return true
}
