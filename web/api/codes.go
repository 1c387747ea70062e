package api

import (
	"cmp"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/wasm/explainjson"
)

// GET /codes browses the catalog, as `decifra codes --json` does, with the catalogs the
// Worker was deployed with (Server.Catalogs) beside the built-in ones:
//
//	GET /codes                      the providers: [{"id", "name", "codes", "docsUrl", "origin"}]
//	GET /codes/{provider}           its codes: {"id", "name", "docsUrl", "origin", "codes": [{"code",
//	                                "context", "status", "category", "strategy", "title"}]}
//	GET /codes/{provider}/{code}    the explanation of the code (decode.ExplainCode): the JSON
//	                                contract, as POST /explain answers, or its card as HTML
//
// The JSON is what `decifra codes --json` prints, on one line. origin (the catalog's
// asset path) is present for a deployed catalog's provider only; context and status when
// the catalog has them. Path segments are percent-decoded (a code with a space or a "/":
// /codes/itau/Connect%20to%20URL%20filter%20failed). The language comes from ?lang=, else
// Accept-Language. The answers change only with a deploy: they are cacheable (codesCache)
// with a strong ETag, a hash of the answer's bytes, and If-None-Match gets 304.

// codesCache is the Cache-Control of GET /codes's answers: an hour, then revalidated with
// the ETag (a 304 costs the Worker the answer's making, but not its transfer).
const codesCache = "public, max-age=3600"

// codes answers GET and HEAD on /codes and below.
func (s *Server) codes(w Response, r *Request) Response {
	providerID, code, one, detail := codesTarget(r.Path)
	if detail != "" {
		return w.problem(statusBadRequest, detail)
	}
	lang, detail := requestLang(queryValue(r.RawQuery, "lang"), r.Header["accept-language"])
	if detail != "" {
		return w.problem(statusBadRequest, detail)
	}
	format := queryValue(r.RawQuery, "format")
	asHTML := false
	vary := "Accept-Language"
	if one {
		// One code's explanation is a card when asked for, as POST /explain's is.
		if asHTML, detail = answersHTML(format, r.Header["accept"]); detail != "" {
			return w.problem(statusBadRequest, detail)
		}
		vary = "Accept, Accept-Language"
	} else if format != "" && format != "json" {
		return w.problem(statusBadRequest, "format must be json for a list of the catalog, not "+catalog.Quote(format)+
			" (a code's explanation, "+codesPath+"/{provider}/{code}, may be html)")
	}
	if !catalog.PackLoaded(lang) {
		return Response{NeedsProse: lang}
	}

	var body []byte
	contentType := "application/json"
	switch {
	case providerID == "" && !one:
		body = s.list(lang, "", func() []byte { return s.appendProviders(make([]byte, 0, 8192), lang) })
	case !one:
		p := s.provider(providerID)
		if p == nil {
			return w.unknown(&decode.UnknownCodeError{Provider: providerID, Closest: decode.Closest(providerID, s.providerIDs(), 3)})
		}
		body = s.list(lang, p.ID(), func() []byte { return s.appendCodes(make([]byte, 0, 16384), p, lang) })
	default:
		x, err := decode.ExplainCode(providerID, code, decode.Options{Lang: lang, Catalogs: s.Catalogs})
		if err != nil {
			// ExplainCode returns an *UnknownCodeError, never wrapped: a type assertion
			// rather than errors.As, whose reflection the Worker would carry.
			if u, ok := err.(*decode.UnknownCodeError); ok {
				return w.unknown(u)
			}
			return w.problem(statusInternalServerError, "the code could not be explained")
		}
		if !asHTML {
			body = append(explainjson.Append(make([]byte, 0, 4096), x), '\n')
			break
		}
		// The card, as POST /explain renders it; cacheable here.
		card := s.html(w, lang, []*decode.Explanation{x}, nil)
		if card.Status != statusOK {
			return card
		}
		body, contentType = card.Body, card.Get("Content-Type")
	}
	return w.cacheable(r, vary, contentType, body)
}

// list is the list of the catalog in lang (id "") or of one provider's codes (its id),
// made once: a textpack build (the Worker's) reads a provider's entries in time that
// grows with the square of their number (catalog.Provider.Entry finds its line from the
// table's start), 10 ms of CPU in workerd for a provider of 400 codes. They take about
// 0.5 MB a language for every provider, at most, for the Server's life.
func (s *Server) list(lang catalog.Lang, id string, build func() []byte) []byte {
	key := string(lang) + " " + id
	s.listsMu.Lock()
	defer s.listsMu.Unlock()
	b, ok := s.lists[key]
	if !ok {
		if s.lists == nil {
			s.lists = map[string][]byte{}
		}
		b = build()
		s.lists[key] = b
	}
	return b
}

// codesTarget reads a path under /codes: the provider and the code asked for, each
// percent-decoded, and whether it names one code (/codes/{provider}/{code}); everything
// after the provider's segment is the code, so that a code with a "/" needs no escaping.
// "/codes/" and "/codes/stripe/" are the lists. detail, when not empty, is why the path
// cannot be read.
func codesTarget(path string) (providerID, code string, one bool, detail string) {
	rest := strings.TrimPrefix(strings.TrimPrefix(path, codesPath), "/")
	rawProvider, rawCode, _ := strings.Cut(rest, "/")
	var ok bool
	if providerID, ok = unescapePath(rawProvider); ok {
		code, ok = unescapePath(rawCode)
	}
	if !ok {
		return "", "", false, "the path " + catalog.Quote(path) + " has a % that is not followed by two hex digits; " +
			"escape a code's special characters as UTF-8 bytes (%20 for a space, %2F for /)"
	}
	return providerID, code, rawCode != "", ""
}

// unescapePath decodes a URL path's %XX escapes ("+" is itself); ok is false when a %
// is not followed by two hex digits.
func unescapePath(s string) (string, bool) {
	if !strings.Contains(s, "%") {
		return s, true
	}
	return unescapeQuery(strings.ReplaceAll(s, "+", "%2B"))
}

// requestLang is the language of a GET: the lang query parameter (en, pt-BR or es, or a
// tag of theirs: pt, es-MX), else Accept-Language, else English. detail, when not empty,
// is why lang is refused.
func requestLang(query, acceptLanguage string) (catalog.Lang, string) {
	if query == "" {
		return catalog.ParseLang(acceptLanguage), ""
	}
	if l := catalog.ParseLang(query); l != catalog.English || strings.HasPrefix(strings.ToLower(query), "en") {
		return l, ""
	}
	return "", "lang must be en, pt-BR or es, not " + catalog.Quote(query)
}

// unknown answers 404 for a provider or code the catalog lacks, with the closest ids.
func (w Response) unknown(u *decode.UnknownCodeError) Response {
	detail := u.Error()
	if u.Code == "" {
		detail += " (GET " + codesPath + " lists the providers)"
	} else {
		detail += " (GET " + codesPath + "/" + u.Provider + " lists its codes)"
	}
	return w.problemWith(Problem{Type: "about:blank", Title: statusTitle(statusNotFound), Status: statusNotFound,
		Detail: detail, Closest: u.Closest})
}

// cacheable answers body (GET) or its headers alone (HEAD) with a strong ETag, or 304
// when If-None-Match holds that tag.
func (w Response) cacheable(r *Request, vary, contentType string, body []byte) Response {
	tag := etag(body)
	w.set("Vary", vary)
	w.set("Cache-Control", codesCache)
	w.set("ETag", tag)
	w.set("Access-Control-Expose-Headers", "ETag")
	if noneMatch(r.Header["if-none-match"], tag) {
		w.Status = statusNotModified
		return w
	}
	w.set("Content-Type", contentType)
	w.Status = statusOK
	if r.Method != "HEAD" {
		w.Body = body
	}
	return w
}

// etag is the strong entity tag of an answer: 64 bits of FNV-1a of its bytes, in hex.
// Equal answers get equal tags across isolates and deploys, and any change to the
// catalog, its prose or a deployed catalog that shows in an answer changes its tag.
func etag(body []byte) string {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, c := range body {
		h ^= uint64(c)
		h *= prime
	}
	const hex = "0123456789abcdef"
	var b [18]byte
	b[0], b[17] = '"', '"'
	for i := 16; i >= 1; i-- {
		b[i] = hex[h&0xF]
		h >>= 4
	}
	return string(b[:])
}

// noneMatch says whether an If-None-Match header matches tag: "*", or a list of entity
// tags one of which is tag, compared weakly (RFC 9110, 13.1.2): W/"x" matches "x", for a
// cache (or Cloudflare's compression) may have weakened the tag.
func noneMatch(header, tag string) bool {
	for t := range strings.SplitSeq(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == tag {
			return true
		}
	}
	return false
}

// appendProviders appends GET /codes's answer: the deployed catalogs' providers first,
// as decode consults them, then the built-in ones, where a catalog that overrides a
// built-in provider stands in its place; `decifra codes --json` lists them alike
// (cmd/decifra's providerRows).
func (s *Server) appendProviders(b []byte, lang catalog.Lang) []byte {
	sep := byte('[')
	row := func(p *catalog.Provider, name, docsURL string) {
		b = appendField(append(b, sep), '{', "id", p.ID())
		b = appendField(b, ',', "name", name)
		b = appendInt(b, "codes", countCodes(p))
		b = appendField(b, ',', "docsUrl", docsURL)
		if p.Origin() != "" {
			b = appendField(b, ',', "origin", p.Origin())
		}
		b = append(b, '}')
		sep = ','
	}
	for _, p := range s.Catalogs {
		if catalog.ByID(p.ID()) == nil {
			row(p, p.Name(lang), p.DocsURL())
		}
	}
	for _, p := range catalog.Providers() {
		// A deployed catalog that overrides p lends it its codes, origin and docs.
		c := s.provider(p.ID())
		row(c, p.Name(lang), cmp.Or(c.DocsURL(), p.DocsURL()))
	}
	if sep == '[' {
		b = append(b, '[')
	}
	return append(b, "]\n"...)
}

// provider is the provider GET /codes/{id} lists (id compared in lower case), or nil: a
// deployed catalog's, else the built-in one.
func (s *Server) provider(id string) *catalog.Provider {
	id = strings.ToLower(strings.TrimSpace(id))
	for _, p := range s.Catalogs {
		if p.ID() == id {
			return p
		}
	}
	return catalog.ByID(id)
}

// providerIDs are the ids GET /codes lists, in its order, for "did you mean".
func (s *Server) providerIDs() []string {
	var ids []string
	for _, p := range s.Catalogs {
		if catalog.ByID(p.ID()) == nil {
			ids = append(ids, p.ID())
		}
	}
	return append(ids, catalog.IDs()...)
}

// countCodes is how many codes GET /codes/{id} lists for p.
func countCodes(p *catalog.Provider) int {
	n := 0
	for range p.WithBuiltIn() {
		n++
	}
	return n
}

// appendCodes appends GET /codes/{provider}'s answer for p.
func (s *Server) appendCodes(b []byte, p *catalog.Provider, lang catalog.Lang) []byte {
	b = appendField(b, '{', "id", p.ID())
	b = appendField(b, ',', "name", p.Name(lang))
	b = appendField(b, ',', "docsUrl", p.DocsURL())
	if p.Origin() != "" {
		b = appendField(b, ',', "origin", p.Origin())
	}
	b = append(b, `,"codes":`...)
	sep := byte('[')
	for e := range p.WithBuiltIn() {
		b = appendField(append(b, sep), '{', "code", e.Code)
		sep = ','
		if e.Context != "" {
			b = appendField(b, ',', "context", e.Context)
		}
		if e.Status != 0 {
			b = appendInt(b, "status", e.Status)
		}
		b = appendField(b, ',', "category", string(e.Category))
		b = appendField(b, ',', "strategy", string(e.Retry))
		b = appendField(b, ',', "title", e.Title.In(lang))
		b = append(b, '}')
	}
	if sep == '[' {
		b = append(b, '[')
	}
	return append(b, "]}\n"...)
}
