package api

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
)

func TestCatalogPaths(t *testing.T) {
	tests := []struct {
		setting string
		want    []string
		found   string // a part of the problem's Found; "" when the setting is good
	}{
		{"", nil, ""},
		{"  \n ", nil, ""},
		{"/demo/acmepay.catalog.json", []string{"/demo/acmepay.catalog.json"}, ""},
		{" /a.json, /b.json\n/c.json ,,/a.json", []string{"/a.json", "/b.json", "/c.json"}, ""},
		{"errors/a.json", nil, `"errors/a.json"`},
		{"/a.json,https://example.com/b.json", nil, `"https://example.com/b.json"`},
		{"//example.com/a.json", nil, `"//example.com/a.json"`},
		{"/a.json?v=2", nil, `"/a.json?v=2"`},
		{"/a.json#x", nil, `"/a.json#x"`},
		{"{\"version\": 1}", nil, `"{\"version\":"`},
		{"/1 /2 /3 /4 /5 /6 /7 /8 /9", nil, "9"},
	}
	for _, tt := range tests {
		paths, err := CatalogPaths(tt.setting)
		if tt.found == "" {
			require.Nil(t, err, "%q", tt.setting)
			assert.Equal(t, tt.want, paths, "%q", tt.setting)
			continue
		}
		require.NotNil(t, err, "%q", tt.setting)
		assert.Nil(t, paths)
		assert.Equal(t, CatalogsVar, err.Origin)
		require.Len(t, err.Problems, 1)
		assert.Contains(t, err.Problems[0].Found, tt.found, "%q", tt.setting)
		assert.NotEmpty(t, err.Problems[0].Expected)
	}
	paths, err := CatalogPaths("/1 /2 /3 /4 /5 /6 /7 /8")
	assert.Nil(t, err)
	assert.Len(t, paths, MaxCatalogs)
}

// problemsOf flattens LoadCatalogs' errors: "origin path: expected …, found …" lines.
func problemsOf(errs []*catalog.CatalogError) []string {
	var out []string
	for _, e := range errs {
		for _, p := range e.Problems {
			out = append(out, e.Origin+" "+p.Path+": expected "+p.Expected+", found "+p.Found)
		}
	}
	return out
}

func TestLoadCatalogs(t *testing.T) {
	good, err := os.ReadFile(acmepayFile)
	require.NoError(t, err)
	other := bytes.Replace(good, []byte(`"id": "acmepay"`), []byte(`"id": "acme-two"`), 1)
	require.NotEqual(t, good, other)

	t.Run("good", func(t *testing.T) {
		ps, errs := LoadCatalogs([]CatalogFile{{Path: "/a.json", Data: good, Size: len(good)}, {Path: "/b.json", Data: other}})
		require.Empty(t, errs)
		require.Len(t, ps, 2)
		assert.Equal(t, "acmepay", ps[0].ID())
		assert.Equal(t, "/a.json", ps[0].Origin())
		assert.Equal(t, "acme-two", ps[1].ID())
		ps, errs = LoadCatalogs(nil)
		assert.Empty(t, ps)
		assert.Empty(t, errs)
	})

	tests := []struct {
		name  string
		files []CatalogFile
		want  []string // parts of the problems, in order
	}{
		{"not fetched", []CatalogFile{{Path: "/x.json", Err: "HTTP 404: the static assets have no file at that path"}},
			[]string{"/x.json : expected a file of the Worker's static assets", "found HTTP 404"}},
		{"over the cap, unread", []CatalogFile{{Path: "/big.json", Size: catalog.MaxCatalogBytes + 1}},
			[]string{"/big.json : expected a catalog of at most 2097152 bytes (2 MiB), found 2097153 bytes"}},
		{"over the cap, read", []CatalogFile{{Path: "/big.json", Data: make([]byte, catalog.MaxCatalogBytes+10)}},
			[]string{"found 2097162 bytes"}},
		{"over the cap together", []CatalogFile{{Path: "/a.json", Data: good}, {Path: "/pad.json", Size: catalog.MaxCatalogBytes - len(good) + 1, Data: nil, Err: ""}},
			[]string{"/pad.json : expected catalogs of at most 2097152 bytes (2 MiB) in all, found 2097153 bytes with the ones before it"}},
		{"not JSON", []CatalogFile{{Path: "/x.json", Data: []byte("<html>Not Found</html>")}},
			[]string{"/x.json : expected a JSON document, found markup, not JSON"}},
		{"typos", []CatalogFile{{Path: "/x.json", Data: bytes.Replace(good, []byte(`"docsUrl"`), []byte(`"docUrl"`), 1)}},
			[]string{`/x.json /docUrl: expected a member of a catalog`, `found the member "docUrl" (did you mean "docsUrl"?)`}},
		{"the same id twice", []CatalogFile{{Path: "/a.json", Data: good}, {Path: "/b.json", Data: good}},
			[]string{`/b.json /id: expected an id no other catalog in DECIFRA_CATALOGS has`, `found "acmepay", which /a.json has already`}},
		{"a built-in id", []CatalogFile{{Path: "/x.json", Data: bytes.Replace(good, []byte(`"id": "acmepay"`), []byte(`"id": "stripe"`), 1)}},
			[]string{`/x.json /id: expected an id no built-in provider has, or "overrides": true`}},
		{"every file's problems", []CatalogFile{{Path: "/a.json", Err: "HTTP 404"}, {Path: "/b.json", Data: []byte("{}")}},
			[]string{"/a.json", "/b.json /version", "/b.json /id", "/b.json /name", "/b.json /codes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, errs := LoadCatalogs(tt.files)
			assert.Nil(t, ps, "no catalogs when one cannot be used")
			require.NotEmpty(t, errs)
			got := strings.Join(problemsOf(errs), "\n")
			at := 0
			for _, w := range tt.want {
				i := strings.Index(got[at:], w)
				require.GreaterOrEqual(t, i, 0, "%q after byte %d of:\n%s", w, at, got)
				at += i
			}
		})
	}
}

// FuzzLoadCatalogs: whatever the files hold, LoadCatalogs answers catalogs or problems,
// never a panic; and a Server with its problems answers them as a problem.
func FuzzLoadCatalogs(f *testing.F) {
	good, err := os.ReadFile(acmepayFile)
	require.NoError(f, err)
	f.Add(good)
	f.Add([]byte(`{"version": 1, "id": "x-y", "name": "X", "codes": [{"code": "a", "category": "validation", "title": "T", "retry": "fix"}]}`))
	f.Add([]byte(`[1, {"a": "\u0000"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, errs := LoadCatalogs([]CatalogFile{{Path: "/f.json", Data: data}})
		if len(errs) == 0 {
			require.Len(t, ps, 1)
			return
		}
		w := (&Server{CatalogErrors: errs}).Serve(request(http.MethodGet, "/codes"))
		require.Equal(t, http.StatusInternalServerError, w.Status)
		var p Problem
		require.NoError(t, json.Unmarshal(w.Body, &p), string(w.Body))
		require.NotEmpty(t, p.Problems)
	})
}

func TestLoadCatalogsGarbage(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	good, err := os.ReadFile(acmepayFile)
	require.NoError(t, err)
	for i := range 200 {
		data := bytes.Clone(good)
		for range 1 + r.IntN(8) { // a few bytes changed: mostly broken, sometimes not
			data[r.IntN(len(data))] = byte(r.IntN(256))
		}
		assert.NotPanics(t, func() { LoadCatalogs([]CatalogFile{{Path: "/g" + strconv.Itoa(i), Data: data}}) })
	}
}

// TestCatalogErrorsAnswered: with catalogs it cannot use, the Server answers every
// request that would consult them 500, with every problem; preflight, 404 and 405 as ever.
func TestCatalogErrorsAnswered(t *testing.T) {
	_, errs := LoadCatalogs([]CatalogFile{
		{Path: "/errors/a.json", Data: []byte(`{"version": 2, "id": "Acme", "name": "A", "codes": [], "extra": 1}`)},
		{Path: "/errors/b.json", Err: "HTTP 404"},
	})
	require.Len(t, errs, 2)
	s := &Server{CatalogErrors: errs, Cards: templCards{}}
	for _, r := range []*Request{
		post("/explain", "text/plain", rateLimited),
		get("/codes"), get("/codes/stripe"), get("/codes/stripe/card_declined"),
		request(http.MethodHead, "/codes"),
		get("/healthz"),
	} {
		p := problemOf(t, s.Serve(r), http.StatusInternalServerError)
		assert.Contains(t, p.Detail, "/errors/a.json, /errors/b.json", r.Path)
		assert.Contains(t, p.Detail, "DECIFRA_CATALOGS")
		assert.Contains(t, p.Detail, "/errors/a.json: /version: expected 1, the only version of the format, found the number 2")
		assert.Contains(t, p.Detail, "/errors/b.json: expected a file of the Worker's static assets")
		assert.Equal(t, []CatalogProblem{
			{"/errors/a.json", "/version", "1, the only version of the format", "the number 2"},
			{"/errors/a.json", "/id", p.Problems[1].Expected, `the string "Acme"`},
			{"/errors/a.json", "/extra", p.Problems[2].Expected, p.Problems[2].Found},
			{"/errors/b.json", "", "a file of the Worker's static assets ([assets] directory in wrangler.toml)", "HTTP 404"},
		}, p.Problems)
	}
	assert.Equal(t, http.StatusNoContent, s.Serve(request(http.MethodOptions, "/codes")).Status)
	problemOf(t, s.Serve(get("/nothing-here")), http.StatusNotFound)
	problemOf(t, s.Serve(get("/explain")), http.StatusMethodNotAllowed)

	t.Run("many problems", func(t *testing.T) {
		var codes []string
		for i := range 30 {
			codes = append(codes, `{"code": "c`+strconv.Itoa(i)+`", "category": "nope", "title": "T", "retry": "fix"}`)
		}
		_, errs := LoadCatalogs([]CatalogFile{{Path: "/m.json", Data: []byte(`{"version": 1, "id": "m-m", "name": "M", "codes": [` + strings.Join(codes, ",") + `]}`)}})
		p := problemOf(t, (&Server{CatalogErrors: errs}).Serve(get("/codes")), http.StatusInternalServerError)
		assert.Len(t, p.Problems, 30, "every problem in problems")
		assert.Equal(t, maxDetailProblems, strings.Count(p.Detail, "expected a category"), "the first ones in the detail")
		assert.Contains(t, p.Detail, "and 20 more (see problems)")
	})

	t.Run("the setting", func(t *testing.T) {
		_, err := CatalogPaths("errors/a.json")
		p := problemOf(t, (&Server{CatalogErrors: []*catalog.CatalogError{err}}).Serve(get("/codes")), http.StatusInternalServerError)
		assert.Equal(t, CatalogsVar, p.Problems[0].Catalog)
		assert.Contains(t, p.Detail, `found "errors/a.json"`)
	})
}

// TestProblemJSON: the problem writer's JSON is what encoding/json reads back, escapes
// and all.
func TestProblemJSON(t *testing.T) {
	p := Problem{Type: "about:blank", Title: "Not Found", Status: 404, Detail: "a \"quote\", a \\, a\nline, \x01, <b>&, ção, \xff",
		MaxBytes: 7, Closest: []string{"a\"b", "c"},
		Problems: []CatalogProblem{{"/a\".json", "/codes/0", "x", "y\tz"}, {"/b", "", "", ""}}}
	w := Response{}.problemWith(p)
	var got Problem
	require.NoError(t, json.Unmarshal(w.Body, &got), string(w.Body))
	p.Detail = strings.Replace(p.Detail, "\xff", "\ufffd", 1)
	assert.Equal(t, p, got)
	assert.True(t, strings.HasSuffix(string(w.Body), "}\n"))
}
