package decode

import (
	"errors"
	"slices"
	"sort"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// FormatCode is the input form of ExplainCode: a provider id and a code, looked up in the
// catalog with no paste.
const FormatCode Format = "code"

// ErrUnknownCode is what errors.Is finds in ExplainCode's error when the provider or the
// code is not in the catalog.
var ErrUnknownCode = errors.New("not in the catalog")

// UnknownCodeError says which of provider or code the catalog lacks, and the closest ids
// it has ("did you mean").
type UnknownCodeError struct {
	Provider string   // the provider id asked for
	Code     string   // the code asked for; "" when the provider is the one unknown
	Closest  []string // the nearest provider ids (Code == "") or codes, best first
}

func (e *UnknownCodeError) Error() string {
	msg := "no provider " + strconvQuote(e.Provider) + " in the catalog"
	if e.Code != "" {
		msg = "no code " + strconvQuote(e.Code) + " in " + e.Provider + "'s catalog"
	}
	if len(e.Closest) > 0 {
		msg += "; did you mean " + strings.Join(e.Closest, ", ") + "?"
	}
	return msg
}

// Is makes errors.Is(err, ErrUnknownCode) true.
func (e *UnknownCodeError) Is(target error) bool { return target == ErrUnknownCode }

func strconvQuote(s string) string { return "\"" + s + "\"" }

// ExplainCode explains one catalogued code with no paste: what `decifra codes stripe
// card_declined`, the Worker's GET /codes/{provider}/{code} and the page's
// #code=provider/code show. providers are searched first (a portal's own catalogs, see
// Options.Catalogs), then the built-in ones. An unknown provider or code gives an
// *UnknownCodeError with the closest ids.
func ExplainCode(providerID, code string, opts Options) (*Explanation, error) {
	p := providerByID(providerID, opts.Catalogs)
	if p == nil {
		return nil, &UnknownCodeError{Provider: providerID, Closest: Closest(providerID, allIDs(opts.Catalogs), 3)}
	}
	r := lookup(p, code)
	if r.k == nil && p != catalog.ByID(p.ID()) { // a custom catalog for a built-in id
		if b := catalog.ByID(p.ID()); b != nil {
			r = lookup(b, code)
		}
	}
	if r.k == nil {
		if code = strings.TrimSpace(code); code != "" {
			if alt := lookup(p, strings.ToUpper(code)); alt.k != nil {
				r = alt
			} else if alt := lookup(p, strings.ToLower(code)); alt.k != nil {
				r = alt
			}
		}
	}
	if r.k == nil {
		codes := make([]string, 0, p.Len())
		for _, e := range p.AllPhrases() {
			codes = append(codes, e.Code)
		}
		return nil, &UnknownCodeError{Provider: p.ID(), Code: code, Closest: Closest(code, codes, 3)}
	}
	f := &facts{parts: &parts{format: FormatCode}, code: r.code}
	pid := p.ID()
	id := identity{provider: p, score: 10, evidence: withf(nil, 10, catalog.SaidLookedUpCatalog, nil, pid, r.code)}
	kn := &known{provider: p, code: r.code, k: r.k, status: r.k.status, statusFromCatalog: r.k.status != 0}
	a := advise(f, kn, opts.Now)
	return say(supported(opts.Lang), pasteRead{}, f, id, kn, a), nil
}

// providerByID finds a provider among a portal's catalogs first, then the built-in ones.
func providerByID(id string, custom []*catalog.Provider) *catalog.Provider {
	id = strings.ToLower(strings.TrimSpace(id))
	for _, p := range custom {
		if p != nil && p.ID() == id {
			return p
		}
	}
	return catalog.ByID(id)
}

func allIDs(custom []*catalog.Provider) []string {
	ids := catalog.IDs()
	for _, p := range custom {
		if p != nil && !slices.Contains(ids, p.ID()) {
			ids = append(ids, p.ID())
		}
	}
	return ids
}

// Closest returns up to n of candidates nearest to s, best first: those that contain s or
// that s contains, then those within a few edits of it, compared without regard to case.
// It returns none when nothing is near.
func Closest(s string, candidates []string, n int) []string {
	ls := strings.ToLower(strings.TrimSpace(s))
	if ls == "" {
		return nil
	}
	type near struct {
		c string
		d int
	}
	var ns []near
	for _, c := range candidates {
		lc := strings.ToLower(c)
		d := editDistance(ls, lc, 4)
		if ls != "" && len(ls) >= 3 && (strings.Contains(lc, ls) || strings.Contains(ls, lc) && len(lc) >= 3) {
			d = min(d, 1)
		}
		limit := 2
		if len(ls) > 8 {
			limit = 3
		}
		if d <= limit {
			ns = append(ns, near{c, d})
		}
	}
	sort.SliceStable(ns, func(i, j int) bool { return ns[i].d < ns[j].d }) // one sorting routine for every type: the wasm is smaller than with a generic copy per type
	var out []string
	for _, x := range ns {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, x.c) {
			out = append(out, x.c)
		}
	}
	return out
}

// editDistance is the Levenshtein distance of a and b in bytes, or limit+1 when it is
// more than limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
