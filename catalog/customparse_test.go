package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// minimal is the smallest catalog ParseCatalog accepts, with %s where more members go.
const minimal = `{"version": 1, "id": "acme", "name": "Acme", %s"codes": [{"code": "bad_amount", "category": "validation", "title": "Bad amount", "retry": "fix"%s}]}`

func catalogWith(top, code string) []byte {
	if top != "" {
		top += ", "
	}
	if code != "" {
		code = ", " + code
	}
	return fmt.Appendf(nil, minimal, top, code)
}

func TestParseCatalogMinimal(t *testing.T) {
	p, err := ParseCatalog(catalogWith("", ""), "acme.json")
	require.NoError(t, err)
	assert.Equal(t, "acme", p.ID())
	assert.Equal(t, "Acme", p.Name(Portuguese), "a name given once is every language's")
	assert.Equal(t, "acme.json", p.Origin())
	assert.False(t, p.Overrides())
	assert.Nil(t, p.Body())
	e, ok := p.Lookup("bad_amount")
	require.True(t, ok)
	assert.Equal(t, Validation, e.Category)
	assert.Equal(t, Fix, e.Retry)
	assert.Equal(t, "Bad amount", e.Title.In(Spanish), "English is every language's fallback")
	assert.Zero(t, e.Status, "no status: not documented")
}

func TestParseCatalogFull(t *testing.T) {
	data := []byte(`{
  "$schema": "https://decifra.example/static/decifra-catalog.schema.json",
  "version": 1,
  "id": "acme-pix",
  "name": {"en": "Acme Pix", "pt-BR": "Pix da Acme", "es": "Pix de Acme"},
  "masculine": true,
  "hosts": ["api.acme.example", "sandbox.acme.example"],
  "docsUrl": "https://docs.acme.example/errors",
  "idempotencyHeader": "Idempotency-Key",
  "rateLimitHeaders": ["X-RateLimit-Reset"],
  "support": {"en": "Send the request id.", "pt-BR": "Envie o id da requisição."},
  "bodyShape": "{\"error\": {code, message}}",
  "source": "Acme docs",
  "codesInferred": false,
  "retryHeaders": [{"header": "Acme-Retry", "value": "no", "strategy": "none", "when": ["backoff", "wait"], "why": "Acme says no."}],
  "cues": [{"text": "AcmeException", "kind": "sdk_class", "status": 402, "code": "card_declined"}, {"text": "Acme Pix", "kind": "name"}],
  "body": {"code": ["error.code", "code"], "message": "error.message", "requestId": "meta.request_id", "details": "error.details", "envelope": ["error", "meta.request_id"]},
  "codes": [
    {"code": "card_declined", "context": "charges", "status": 402, "category": "business_rule",
     "title": {"en": "Card declined", "pt-BR": "Cartão recusado", "es": "Tarjeta rechazada"},
     "meaning": "The issuer said no.", "fix": ["Ask for another card.", {"en": "Call the bank.", "es": "Llame al banco."}],
     "retry": "none", "retryWhy": "Declines are final.", "idempotency": "Use a new key.", "match": ["declined"], "source": "https://docs.acme.example/errors#card_declined"},
    {"code": "card_declined", "context": "payouts", "category": "upstream", "title": "Payout declined", "retry": "backoff"}
  ]
}`)
	p, err := ParseCatalog(data, "https://portal.acme.example/errors/decifra.json")
	require.NoError(t, err)
	assert.Equal(t, "Pix da Acme", p.Name(Portuguese))
	assert.Equal(t, "do Pix da Acme", p.Of(Portuguese))
	assert.Equal(t, "Acme Pix", p.Name(English))
	assert.Equal(t, []string{"api.acme.example", "sandbox.acme.example"}, p.Hosts())
	h, ok := p.OwnsHost("eu.api.acme.example")
	assert.True(t, ok)
	assert.Equal(t, "api.acme.example", h)
	assert.Equal(t, "Envie o id da requisição.", p.Support().In(Portuguese))
	assert.Equal(t, "Send the request id.", p.Support().In(Spanish))
	assert.Equal(t, []HeaderRule{{Header: "Acme-Retry", Value: "no", Strategy: None, When: []Strategy{Backoff, Wait}, Why: Text{EN: "Acme says no."}}}, p.RetryHeaders())
	assert.Equal(t, []Cue{{Text: "AcmeException", Kind: SDKClass, Status: 402, Code: "card_declined"}, {Text: "Acme Pix", Kind: Name}}, p.Cues())
	assert.Equal(t, &Body{Code: []string{"error.code", "code"}, Message: []string{"error.message"}, RequestID: []string{"meta.request_id"},
		Details: []string{"error.details"}, Envelope: []string{"error", "meta.request_id"}}, p.Body())
	require.Equal(t, 2, p.Len())
	e, ok := p.LookupIn("payouts", "card_declined")
	require.True(t, ok)
	assert.Equal(t, Upstream, e.Category)
	e, _ = p.Lookup("card_declined")
	assert.Equal(t, 402, e.Status)
	assert.Equal(t, []Text{{EN: "Ask for another card."}, {EN: "Call the bank.", ES: "Llame al banco."}}, e.Fix)
	assert.Equal(t, []string{"declined"}, e.Match)
	assert.Equal(t, "Tarjeta rechazada", e.Title.In(Spanish))
}

// problemsOf parses data and returns its problems, failing when it parses.
func problemsOf(t *testing.T, data []byte) []Problem {
	t.Helper()
	p, err := ParseCatalog(data, "test.json")
	require.Error(t, err)
	assert.Nil(t, p)
	var ce *CatalogError
	require.ErrorAs(t, err, &ce)
	require.NotEmpty(t, ce.Problems)
	assert.Equal(t, "test.json", ce.Origin)
	for _, pr := range ce.Problems {
		assert.NotEmpty(t, pr.Expected)
		assert.NotEmpty(t, pr.Found)
	}
	return ce.Problems
}

// normalized is e with empty slices as nil, since a format with no "fix" member can't say
// whether the table had nil or an empty slice.
func normalized(e Entry) Entry {
	if len(e.Fix) == 0 {
		e.Fix = nil
	}
	if len(e.Match) == 0 {
		e.Match = nil
	}
	return e
}

func entries(p *Provider) []Entry {
	out := make([]Entry, p.Len())
	for i := range out {
		out[i] = normalized(p.Entry(i))
	}
	return out
}

// badCatalog is a catalog ParseCatalog refuses, and why.
type badCatalog struct {
	name, reason string
	data         []byte
	path         string   // the first problem's
	want         []string // in its Expected or Found
	// parserOnly says why the schema can't see this one (it is not JSON, or the rule
	// needs more than one value); "" when the schema refuses it too.
	parserOnly string
}

var badCatalogs = []badCatalog{
	{"unknown member with typo", "typos must show, with the member meant",
		catalogWith("", `"titel": "x"`), "/codes/0/titel", []string{`did you mean "title"?`, "a member of a code"}, ""},
	{"snake case for camel case", "the format is camelCase; say so",
		catalogWith(`"docs_url": "https://x.example"`, ""), "/docs_url", []string{`did you mean "docsUrl"?`}, ""},
	{"unknown top-level member, nothing near", "no suggestion when nothing is close",
		catalogWith(`"colour": "red"`, ""), "/colour", []string{`the member "colour"`}, ""},
	{"bad category", "enum values are catalog's",
		[]byte(strings.Replace(string(catalogWith("", "")), `"validation"`, `"auth"`, 1)), "/codes/0/category", []string{"one of authentication, authorization", `the string "auth"`}, ""},
	{"category typo", "did-you-mean on values too",
		[]byte(strings.Replace(string(catalogWith("", "")), `"validation"`, `"valdation"`, 1)), "/codes/0/category", []string{`did you mean "validation"?`}, ""},
	{"bad strategy", "retry is a strategy",
		[]byte(strings.Replace(string(catalogWith("", "")), `"retry": "fix"`, `"retry": "later"`, 1)), "/codes/0/retry", []string{"none, fix, wait, backoff, check_first"}, ""},
	{"status out of range", "HTTP statuses are 100–599",
		catalogWith("", `"status": 600`), "/codes/0/status", []string{"100 to 599", "the number 600"}, ""},
	{"status as a string", "wrong types are problems",
		catalogWith("", `"status": "400"`), "/codes/0/status", []string{"integer", `the string "400"`}, ""},
	{"status not integer", "",
		catalogWith("", `"status": 400.5`), "/codes/0/status", []string{"the number 400.5"}, ""},
	{"missing required", "code, category, title and retry are required",
		[]byte(`{"version":1,"id":"acme","name":"Acme","codes":[{"code":"x"}]}`), "/codes/0/category", []string{"required"}, ""},
	{"empty title", "required texts are not blank",
		[]byte(strings.Replace(string(catalogWith("", "")), `"Bad amount"`, `" "`, 1)), "/codes/0/title", []string{"an empty string"}, ""},
	{"duplicate code", "each code once",
		[]byte(`{"version":1,"id":"acme","name":"Acme","codes":[{"code":"x","category":"validation","title":"X","retry":"fix"},{"code":"x","category":"validation","title":"X","retry":"fix"}]}`),
		"/codes/1/code", []string{"each code once", "/codes/0"}, "uniqueness by one member of an object"},
	{"duplicate member", "encoding/json would keep the last silently",
		catalogWith(`"name": "Other"`, ""), "/name", []string{"each member once"}, "a JSON parser keeps one of a member written twice"},
	{"bad id", "ids are lower-case",
		[]byte(strings.Replace(string(catalogWith("", "")), `"acme"`, `"Acme Pay"`, 1)), "/id", []string{"lower-case letters"}, ""},
	{"built-in id without overrides", "a catalog can't take over a built-in provider silently",
		[]byte(strings.Replace(string(catalogWith("", "")), `"acme"`, `"stripe"`, 1)), "/id", []string{`"overrides": true`, "built-in"}, "the built-in ids are decifra's, not the schema's"},
	{"overrides for a new id", "overrides is for built-in ids",
		catalogWith(`"overrides": true`, ""), "/overrides", []string{"no built-in provider"}, "the built-in ids are decifra's, not the schema's"},
	{"host with scheme", "hosts are host names",
		catalogWith(`"hosts": ["https://api.acme.example/v1"]`, ""), "/hosts/0", []string{"without the scheme"}, ""},
	{"host upper case", "",
		catalogWith(`"hosts": ["API.acme.example"]`, ""), "/hosts/0", []string{"lower case"}, ""},
	{"host without a dot", "",
		catalogWith(`"hosts": ["acme"]`, ""), "/hosts/0", []string{"a host name"}, ""},
	{"hosts not an array", "",
		catalogWith(`"hosts": "api.acme.example"`, ""), "/hosts", []string{"an array of a host name"}, ""},
	{"http docs URL", "URLs are https",
		catalogWith(`"docsUrl": "http://docs.acme.example"`, ""), "/docsUrl", []string{"https URL"}, ""},
	{"javascript URL", "no script URLs",
		catalogWith(`"docsUrl": "javascript:alert(1)"`, ""), "/docsUrl", []string{"https URL"}, ""},
	{"language key", "languages are en, pt-BR and es",
		catalogWith("", `"meaning": {"en": "x", "pt": "y"}`), "/codes/0/meaning/pt", []string{`did you mean "pt-BR"?`}, ""},
	{"text without English", "English is the fallback, so it is required",
		catalogWith("", `"meaning": {"es": "y"}`), "/codes/0/meaning/en", []string{"English", "required"}, ""},
	{"text as a number", "",
		catalogWith("", `"meaning": 3`), "/codes/0/meaning", []string{"a string (English) or an object"}, ""},
	{"escape sequence", "terminal escapes in a text could rewrite what the CLI shows",
		catalogWith("", `"meaning": "red \u001b[31m alert"`), "/codes/0/meaning", []string{"control characters", `'\x1b'`}, ""},
	{"match upper case", "match phrases are matched lower-cased",
		catalogWith("", `"match": ["Declined"]`), "/codes/0/match/0", []string{"lower-case"}, ""},
	{"bad header", "header names are tokens",
		catalogWith(`"idempotencyHeader": "Idempotency Key"`, ""), "/idempotencyHeader", []string{"HTTP header name"}, ""},
	{"bad body path", "",
		catalogWith(`"body": {"code": "error..code"}`, ""), "/body/code", []string{"dotted member path"}, ""},
	{"empty body", "",
		catalogWith(`"body": {}`, ""), "/body", []string{"at least one of"}, ""},
	{"body member typo", "",
		catalogWith(`"body": {"request_id": "meta.request_id"}`, ""), "/body/request_id", []string{`did you mean "requestId"?`}, ""},
	{"bad cue kind", "",
		catalogWith(`"cues": [{"text": "AcmeError", "kind": "class"}]`, ""), "/cues/0/kind", []string{"sdk_class, sdk_path, name"}, ""},
	{"retry header without when", "",
		catalogWith(`"retryHeaders": [{"header": "X-Retry", "value": "no", "strategy": "none", "when": []}]`, ""), "/retryHeaders/0/when", []string{"at least one"}, ""},
	{"version 2", "the format has one version",
		[]byte(strings.Replace(string(catalogWith("", "")), `"version": 1`, `"version": 2`, 1)), "/version", []string{"1, the only version", "the number 2"}, ""},
	{"no version", "",
		[]byte(strings.Replace(string(catalogWith("", "")), `"version": 1, `, ``, 1)), "/version", []string{"required"}, ""},
	{"not an object", "", []byte(`[1, 2]`), "", []string{"a catalog (a JSON object)", "an array"}, ""},
	{"syntax error", "say where",
		[]byte("{\n  \"version\": 1,\n  \"id\": \"acme\",,\n}"), "", []string{"line 3, column"}, "not JSON"},
	{"trailing comma", "",
		[]byte("{\"version\": 1,}"), "", []string{"line 1"}, "not JSON"},
	{"cut off", "", []byte(`{"version": 1, "codes": [`), "", []string{"end of the file"}, "not JSON"},
	{"empty", "", []byte("  \n"), "", []string{"an empty file"}, "not JSON"},
	{"two documents", "", []byte(`{} {}`), "", []string{"more JSON after"}, "not JSON"},
	{"HTML page", "a portal's server answering 404 with a page",
		[]byte("<!doctype html><title>Not found</title>"), "", []string{"an HTML error page"}, "not JSON"},
	{"UTF-16", "", []byte("\xff\xfe{\x00}\x00"), "", []string{"UTF-16"}, "not JSON"},
	{"Latin-1", "", []byte("{\"name\": \"Cart\xe3o\"}"), "", []string{"not UTF-8 at line 1, column 15"}, "not JSON"},
	{"deep", "nesting is bounded", []byte(strings.Repeat("[", 100) + strings.Repeat("]", 100)), "", []string{"nested more than"}, ""},
}

func TestParseCatalogProblems(t *testing.T) {
	for _, c := range badCatalogs {
		t.Run(c.name, func(t *testing.T) {
			ps := problemsOf(t, c.data)
			assert.Equal(t, c.path, ps[0].Path, "%s\n%+v", c.reason, ps)
			got := ps[0].Expected + " | " + ps[0].Found
			for _, w := range c.want {
				assert.Contains(t, got, w, c.reason)
			}
		})
	}
}

func TestParseCatalogEveryProblem(t *testing.T) {
	ps := problemsOf(t, []byte(`{"version":1,"id":"acme","name":"Acme","hosts":["x"],"codes":[
		{"code":"a","category":"nope","title":"A","retry":"fix"},
		{"code":"b","category":"validation","title":"B","retry":"fix","status":99},
		{"code":"c","category":"validation","retry":"fix","titel":"C"}]}`))
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"/hosts/0", "/codes/0/category", "/codes/1/status", "/codes/2/title", "/codes/2/titel"}, paths,
		"every problem, in the document's order (a missing member at its object)")
}

func TestCatalogErrorLines(t *testing.T) {
	_, err := ParseCatalog([]byte(strings.Replace(string(catalogWith("", `"status": 600`)), `"retry": "fix"`, `"retry": "later"`, 1)), "my-api.json")
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	require.Len(t, lines, 2, err.Error())
	assert.Equal(t, "my-api.json: /codes/0/status: expected an HTTP status, an integer from 100 to 599, found the number 600", lines[1])
	assert.Equal(t, `my-api.json: /codes/0/retry: expected a retry strategy: one of none, fix, wait, backoff, check_first, found the string "later"`, lines[0])
	_, err = ParseCatalog([]byte("nope"), "x.json")
	assert.True(t, strings.HasPrefix(err.Error(), "x.json: expected a JSON document, found "), "no pointer for the whole document: %s", err)
}

func TestParseCatalogPointerEscapes(t *testing.T) {
	ps := problemsOf(t, catalogWith(`"a/b~c": 1`, ""))
	assert.Equal(t, "/a~1b~0c", ps[0].Path, "RFC 6901 escapes")
}

func TestParseCatalogOverrides(t *testing.T) {
	data := []byte(`{"version":1,"id":"stripe","name":"Stripe","overrides":true,"codes":[{"code":"card_declined","category":"business_rule","title":"Declined at Acme's gateway","retry":"fix"}]}`)
	p, err := ParseCatalog(data, "stripe-extra.json")
	require.NoError(t, err)
	assert.True(t, p.Overrides())
	e, ok := p.Lookup("card_declined")
	require.True(t, ok)
	assert.Equal(t, "Declined at Acme's gateway", e.Title.EN)
	builtin, _ := Stripe.Lookup("card_declined")
	assert.NotEqual(t, builtin.Title.EN, e.Title.EN, "the built-in table is untouched")
}

func TestParseCatalogTextStaysText(t *testing.T) {
	hostile := `<img src=x onerror=alert(1)>&amp;<script>alert(2)</script>`
	p, err := ParseCatalog(catalogWith("", `"meaning": "`+strings.ReplaceAll(hostile, `"`, `\"`)+`"`), "x.json")
	require.NoError(t, err)
	e, _ := p.Lookup("bad_amount")
	assert.Equal(t, hostile, e.Meaning.EN, "kept verbatim: escaping is the renderer's job, and no HTML is interpreted here")
}

func TestParseCatalogLimits(t *testing.T) {
	t.Run("bytes", func(t *testing.T) {
		big := catalogWith(`"source": "`+strings.Repeat("x", MaxCatalogBytes)+`"`, "")
		ps := problemsOf(t, big)
		require.Len(t, ps, 1, "one clear problem")
		assert.Contains(t, ps[0].Expected, "at most 2097152 bytes")
	})
	t.Run("codes", func(t *testing.T) {
		ps := problemsOf(t, syntheticCatalog(MaxCatalogCodes+1, `"colour":1,`))
		require.Len(t, ps, 1, "one clear problem, not one per other mistake")
		assert.Equal(t, "/codes", ps[0].Path)
		assert.Equal(t, "at most 5000 codes", ps[0].Expected)
		assert.Equal(t, "5001 codes", ps[0].Found)
	})
	t.Run("at the limit", func(t *testing.T) {
		data := syntheticCatalog(MaxCatalogCodes, "")
		require.LessOrEqual(t, len(data), MaxCatalogBytes)
		p, err := ParseCatalog(data, "big.json")
		require.NoError(t, err)
		assert.Equal(t, MaxCatalogCodes, p.Len())
	})
	t.Run("problems", func(t *testing.T) {
		ps := problemsOf(t, syntheticCatalog(MaxCatalogCodes, "", `"retry":"later"`))
		require.Len(t, ps, maxProblems+1)
		assert.Equal(t, "4000 more, not listed", ps[maxProblems].Found)
	})
}

// syntheticCatalog is a catalog of n codes; top goes before "codes", and each code may
// get members of its own.
func syntheticCatalog(n int, top string, code ...string) []byte {
	var b strings.Builder
	b.WriteString(`{"version":1,"id":"synthetic","name":"Synthetic",` + top + `"codes":[`)
	extra := `"retry":"fix"`
	if len(code) > 0 {
		extra = code[0]
	}
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"code":"E%04d","status":422,"category":"validation","title":{"en":"Field %d is invalid","pt-BR":"Campo %d inválido","es":"Campo %d inválido"},"meaning":"The value of field %d breaks a rule.","fix":["Correct field %d."],%s}`, i, i, i, i, i, i, extra)
	}
	b.WriteString("]}")
	return []byte(b.String())
}

func BenchmarkParseCatalog5000(b *testing.B) {
	data := syntheticCatalog(MaxCatalogCodes, "")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseCatalog(data, "big.json"); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzParseCatalog: any input gives a provider or a *CatalogError, never a panic; what
// parses exports and parses again to the same codes.
func FuzzParseCatalog(f *testing.F) {
	f.Add(catalogWith("", ""))
	f.Add(catalogWith(`"body": {"code": "error.code", "envelope": ["error"]}, "hosts": ["api.acme.example"]`, `"fix": ["a", {"en": "b", "es": "c"}], "match": ["x"]`))
	f.Add(syntheticCatalog(3, `"cues":[{"text":"X","kind":"name"}],"retryHeaders":[{"header":"H","value":"v","strategy":"none","when":["wait"]}],`))
	for _, bad := range []string{`{"version":1,}`, `[`, `{"codes":[{"code":1}]}`, "\xff\xfe", `{"id":"stripe"}`, `<html>`} {
		f.Add([]byte(bad))
	}
	for _, p := range []*Provider{Flux} { // a built-in export (none in a textpack build before LoadPack)
		if data, err := ExportCatalog(p); err == nil {
			f.Add(data)
		}
	}
	for _, name := range []string{"../web/demo/acmepay.catalog.json"} {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseCatalog(data, "fuzz.json")
		if err != nil {
			var ce *CatalogError
			if !errors.As(err, &ce) || len(ce.Problems) == 0 || len(ce.Problems) > maxProblems+1 {
				t.Fatalf("error %T with %v", err, err)
			}
			return
		}
		out, err := ExportCatalog(p)
		if err != nil {
			t.Fatal(err)
		}
		q, err := ParseCatalog(out, "again.json")
		if err != nil {
			t.Fatalf("export of a parsed catalog does not parse: %v\n%s", err, out)
		}
		if fmt.Sprint(entries(p)) != fmt.Sprint(entries(q)) {
			t.Fatalf("round trip changed the codes:\n%v\n%v", entries(p), entries(q))
		}
	})
}

// FuzzReadDocument holds the catalog's own JSON reader to encoding/json: the same
// documents are JSON, and they read as the same values.
func FuzzReadDocument(f *testing.F) {
	for _, s := range []string{`{"a":[1,-0.5e+3,true,false,null,"x\u00e9\ud83d\ude00\n"]}`, `"\ud800"`, `"\ud800\u0041"`, `[1,]`, `{"a" 1}`, `01`, `-`, `1.`, `1e`, `"\x"`, "\"a\tb\"", `{"a":1}{}`, ` [ ] `} {
		f.Add([]byte(s))
	}
	f.Add(catalogWith("", ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return // refused before reading (encodingHint)
		}
		root, err := readDocument(data)
		valid := json.Valid(data)
		if err != nil {
			if valid && !strings.Contains(err.Error(), "nested more than") {
				t.Fatalf("valid JSON refused: %v", err)
			}
			return
		}
		if !valid {
			t.Fatalf("invalid JSON accepted: %q", data)
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var want any
		require.NoError(t, dec.Decode(&want))
		assert.Equal(t, want, plain(root))
	})
}

// plain is n as encoding/json decodes into an any with UseNumber.
func plain(n *node) any {
	switch n.kind {
	case 'o':
		m := map[string]any{}
		for _, mem := range n.members {
			m[mem.name] = plain(mem.value)
		}
		return m
	case 'a':
		s := []any{}
		for _, it := range n.items {
			s = append(s, plain(it))
		}
		return s
	case 's':
		return n.text
	case 'n':
		return json.Number(n.text)
	case 'b':
		return n.boolean
	}
	return nil
}

// A catalog overriding a built-in provider lists its own codes first, then the built-in
// ones it does not replace; a built-in provider lists its own.
func TestWithBuiltIn(t *testing.T) {
	data := []byte(`{"version":1,"id":"stripe","name":"Stripe","overrides":true,"codes":[{"code":"card_declined","category":"business_rule","title":"Declined at Acme's gateway","retry":"fix"},{"code":"acme_only","category":"validation","title":"Acme's own","retry":"fix"}]}`)
	p, err := ParseCatalog(data, "stripe-extra.json")
	require.NoError(t, err)
	var codes []string
	for e := range p.WithBuiltIn() {
		codes = append(codes, e.Code)
	}
	assert.Equal(t, []string{"card_declined", "acme_only"}, codes[:2])
	assert.Len(t, codes, Stripe.Len()+1, "every built-in code but the one replaced")
	assert.Equal(t, 1, strings.Count(strings.Join(codes, " ")+" ", "card_declined "), "card_declined once, the catalog's")
	n := 0
	for range Stripe.WithBuiltIn() {
		n++
	}
	assert.Equal(t, Stripe.Len(), n)
}
