//go:build !textpack

// The round trip reads the built-in tables' prose directly; a textpack build holds none
// until LoadPack, so it runs natively only.

package catalog

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportRoundTrip exports every built-in provider and parses the export back: the
// same codes with the same prose, and the same provider facts.
func TestExportRoundTrip(t *testing.T) {
	total := 0
	for _, p := range Providers() {
		t.Run(p.ID(), func(t *testing.T) {
			data, err := ExportCatalog(p)
			require.NoError(t, err)
			q, err := ParseCatalog(data, p.ID()+".json")
			require.NoError(t, err, "the export of a built-in provider parses")
			assert.True(t, q.Overrides(), "a built-in's export says it overrides")
			assert.Equal(t, p.ID()+".json", q.Origin())
			assert.Equal(t, entries(p), entries(q))
			for _, lang := range Langs {
				assert.Equal(t, p.Name(lang), q.Name(lang), lang)
				assert.Equal(t, p.Support().In(lang), q.Support().In(lang), lang)
				assert.Equal(t, p.Envelope().In(lang), q.Envelope().In(lang), lang)
			}
			assert.Equal(t, p.Of(Portuguese), q.Of(Portuguese), "the article survives")
			assert.Equal(t, p.Hosts(), q.Hosts())
			assert.Equal(t, p.DocsURL(), q.DocsURL())
			assert.Equal(t, p.IdempotencyHeader(), q.IdempotencyHeader())
			assert.Equal(t, p.RateLimitHeaders(), q.RateLimitHeaders())
			assert.Equal(t, p.Source(), q.Source())
			assert.Equal(t, p.CodesInferred(), q.CodesInferred())
			assert.Equal(t, p.RetryHeaders(), q.RetryHeaders())
			assert.Equal(t, p.Cues(), q.Cues())
			assert.Nil(t, q.Body(), "built-in bodies are read by decode, not described")

			again, err := ExportCatalog(q)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again), "export is stable: parse and export again gives the same bytes")
			total += q.Len()
		})
	}
	t.Logf("%d providers, %d codes exported and read back", len(Providers()), total)
}

func TestExportShape(t *testing.T) {
	data, err := ExportCatalog(Stripe)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(data, []byte("{\n  \"$schema\": \""+SchemaURL+"\",\n  \"version\": 1,\n  \"id\": \"stripe\",\n  \"name\": \"Stripe\",")),
		"indent 2, members in the format's order:\n%s", data[:200])
	var doc struct {
		Overrides bool `json:"overrides"`
		Codes     []struct {
			Code  string          `json:"code"`
			Title json.RawMessage `json:"title"`
		} `json:"codes"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	assert.True(t, doc.Overrides)
	require.NotEmpty(t, doc.Codes)
	assert.Equal(t, Stripe.Entry(0).Code, doc.Codes[0].Code, "codes in the catalog's order")
	var title map[string]string
	require.NoError(t, json.Unmarshal(doc.Codes[0].Title, &title), "a text in three languages is an object")
	assert.Equal(t, Stripe.Entry(0).Title.PT, title["pt-BR"])
	assert.NotContains(t, string(data), `\u003c`, "no HTML escaping: a catalog is read by people")
}

func TestExportCustomBody(t *testing.T) {
	p, err := ParseCatalog([]byte(`{"version":1,"id":"acme","name":"Acme","body":{"code":"error.code","envelope":["error.type","error.code"]},
		"codes":[{"code":"x","category":"validation","title":"X","retry":"fix"}]}`), "acme.json")
	require.NoError(t, err)
	data, err := ExportCatalog(p)
	require.NoError(t, err)
	assert.Contains(t, string(data), "\"body\": {\n    \"code\": \"error.code\",\n    \"envelope\": [\n      \"error.type\",")
	assert.NotContains(t, string(data), "overrides", "a new provider overrides nothing")
	q, err := ParseCatalog(data, "again.json")
	require.NoError(t, err)
	assert.Equal(t, p.Body(), q.Body())
}

func TestExportNil(t *testing.T) {
	_, err := ExportCatalog(nil)
	assert.Error(t, err)
}
