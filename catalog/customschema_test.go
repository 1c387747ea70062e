//go:build !textpack

// These tests export the built-in providers, whose prose a textpack build holds only
// after LoadPack: they run natively.

package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The schema (web/static/decifra-catalog.schema.json) and ParseCatalog describe one
// format: these tests hold them to it, with a validator for the subset of JSON Schema
// 2020-12 the schema uses (it fails on any other keyword, so the subset can't drift).

const schemaFile = "../web/static/decifra-catalog.schema.json"

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(schemaFile)
	require.NoError(t, err)
	var s map[string]any
	require.NoError(t, json.Unmarshal(data, &s))
	return s
}

// schemaValidator checks an instance (as encoding/json decodes it, numbers as
// json.Number) against a schema, collecting the JSON pointers that fail.
type schemaValidator struct {
	root     map[string]any
	failures []string
}

func (v *schemaValidator) fail(path, format string, args ...any) {
	v.failures = append(v.failures, path+": "+fmt.Sprintf(format, args...))
}

// valid reports whether x validates against s, without recording failures.
func (v *schemaValidator) valid(x any, s map[string]any) bool {
	sub := &schemaValidator{root: v.root}
	sub.check("", x, s)
	return len(sub.failures) == 0
}

func (v *schemaValidator) check(path string, x any, s map[string]any) {
	for _, k := range slices.Sorted(maps.Keys(s)) {
		kw := s[k]
		switch k {
		case "$schema", "$id", "title", "description", "$defs", "properties":
			// annotations, or read with another keyword
		case "$ref":
			name, ok := strings.CutPrefix(kw.(string), "#/$defs/")
			if !ok {
				v.fail(path, "unsupported $ref %v", kw)
				continue
			}
			def, ok := v.root["$defs"].(map[string]any)[name].(map[string]any)
			if !ok {
				v.fail(path, "no $defs/%s", name)
				continue
			}
			v.check(path, x, def)
		case "type":
			if !hasType(x, kw.(string)) {
				v.fail(path, "want type %v, got %T", kw, x)
			}
		case "const":
			if fmt.Sprint(x) != fmt.Sprint(kw) {
				v.fail(path, "want %v, got %v", kw, x)
			}
		case "enum":
			if !slices.ContainsFunc(kw.([]any), func(e any) bool { return reflect.DeepEqual(e, x) }) {
				v.fail(path, "%v is not in %v", x, kw)
			}
		case "pattern":
			if str, ok := x.(string); ok && !regexp.MustCompile(kw.(string)).MatchString(str) {
				v.fail(path, "%q does not match %s", str, kw)
			}
		case "minLength", "maxLength":
			if str, ok := x.(string); ok {
				n := len([]rune(str))
				if k == "minLength" && n < num(kw) || k == "maxLength" && n > num(kw) {
					v.fail(path, "%s %v, got length %d", k, kw, n)
				}
			}
		case "minimum", "maximum":
			if n, ok := x.(json.Number); ok {
				f, _ := n.Float64()
				if k == "minimum" && f < float64(num(kw)) || k == "maximum" && f > float64(num(kw)) {
					v.fail(path, "%s %v, got %v", k, kw, n)
				}
			}
		case "required":
			if o, ok := x.(map[string]any); ok {
				for _, r := range kw.([]any) {
					if _, ok := o[r.(string)]; !ok {
						v.fail(path, "missing %v", r)
					}
				}
			}
		case "additionalProperties":
			if kw != false {
				v.fail(path, "unsupported additionalProperties %v", kw)
			}
			props, _ := s["properties"].(map[string]any)
			if o, ok := x.(map[string]any); ok {
				for name, val := range o {
					p := pointer(path, name)
					if sub, ok := props[name].(map[string]any); ok {
						v.check(p, val, sub)
					} else {
						v.fail(p, "not allowed")
					}
				}
			}
		case "minProperties":
			if o, ok := x.(map[string]any); ok && len(o) < num(kw) {
				v.fail(path, "minProperties %v", kw)
			}
		case "items":
			if a, ok := x.([]any); ok {
				for i, it := range a {
					v.check(index(path, i), it, kw.(map[string]any))
				}
			}
		case "minItems", "maxItems":
			if a, ok := x.([]any); ok && (k == "minItems" && len(a) < num(kw) || k == "maxItems" && len(a) > num(kw)) {
				v.fail(path, "%s %v, got %d", k, kw, len(a))
			}
		case "uniqueItems":
			if a, ok := x.([]any); ok && kw == true {
				for i := range a {
					for j := range i {
						if reflect.DeepEqual(a[i], a[j]) {
							v.fail(index(path, i), "repeats item %d", j)
						}
					}
				}
			}
		case "allOf":
			for _, sub := range kw.([]any) {
				v.check(path, x, sub.(map[string]any))
			}
		case "oneOf":
			n := 0
			for _, sub := range kw.([]any) {
				if v.valid(x, sub.(map[string]any)) {
					n++
				}
			}
			if n != 1 {
				// say why, from the branch of the instance's type
				for _, sub := range kw.([]any) {
					before := len(v.failures)
					v.check(path, x, sub.(map[string]any))
					if len(v.failures) > before && !strings.Contains(v.failures[before], "want type") {
						break
					}
					v.failures = v.failures[:before]
				}
				v.fail(path, "matches %d of oneOf, want 1", n)
			}
		default:
			v.fail(path, "the test's validator does not know the keyword %q: teach it, or use another", k)
		}
	}
}

func num(kw any) int {
	n, _ := strconv.Atoi(fmt.Sprint(kw))
	return n
}

func hasType(x any, typ string) bool {
	switch x := x.(type) {
	case map[string]any:
		return typ == "object"
	case []any:
		return typ == "array"
	case string:
		return typ == "string"
	case bool:
		return typ == "boolean"
	case json.Number:
		if typ == "number" {
			return true
		}
		f, err := x.Float64()
		return typ == "integer" && err == nil && f == float64(int64(f))
	}
	return false
}

// schemaFailures validates a document against the schema; nil when it is valid.
func schemaFailures(t *testing.T, schema map[string]any, data []byte) []string {
	t.Helper()
	var x any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	require.NoError(t, dec.Decode(&x))
	v := &schemaValidator{root: schema}
	v.check("", x, schema)
	return v.failures
}

// TestSchemaAcceptsWhatParses: every built-in provider's export, the demo portal's
// catalog and the parser's own full example validate.
func TestSchemaAcceptsWhatParses(t *testing.T) {
	schema := loadSchema(t)
	for _, p := range Providers() {
		data, err := ExportCatalog(p)
		require.NoError(t, err)
		assert.Empty(t, schemaFailures(t, schema, data), p.ID())
	}
	demo, err := os.ReadFile("../web/demo/acmepay.catalog.json")
	require.NoError(t, err)
	_, err = ParseCatalog(demo, "acmepay.catalog.json")
	require.NoError(t, err)
	assert.Empty(t, schemaFailures(t, schema, demo), "the demo catalog")
	assert.Empty(t, schemaFailures(t, schema, syntheticCatalog(3, `"cues":[{"text":"X","kind":"name","status":402}],"retryHeaders":[{"header":"H","value":"v","strategy":"none","when":["wait"],"why":{"en":"w","es":"p"}}],"body":{"code":["a.b","c"],"envelope":"a"},`)))
}

// TestSchemaRefusesWhatDoesNot: the parser's bad catalogs are the schema's, but for those
// whose fault only the parser can see.
func TestSchemaRefusesWhatDoesNot(t *testing.T) {
	schema := loadSchema(t)
	for _, c := range badCatalogs {
		if c.parserOnly != "" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			assert.NotEmpty(t, schemaFailures(t, schema, c.data), "the schema accepts what ParseCatalog refuses: %s", c.data)
		})
	}
}

// TestSchemaVocabulary: the schema names exactly the members and values the parser takes.
func TestSchemaVocabulary(t *testing.T) {
	schema := loadSchema(t)
	defs := schema["$defs"].(map[string]any)
	propsOf := func(s any) []string {
		return slices.Sorted(maps.Keys(s.(map[string]any)["properties"].(map[string]any)))
	}
	textObject := defs["text"].(map[string]any)["oneOf"].([]any)[1]
	for _, c := range []struct {
		name   string
		schema any
		parser []string
	}{
		{"catalog", schema, catalogMembers},
		{"body", schema["properties"].(map[string]any)["body"], bodyMembers},
		{"code", defs["code"], codeMembers},
		{"retryHeader", defs["retryHeader"], retryHeaderMembers},
		{"cue", defs["cue"], cueMembers},
		{"text", textObject, textMembers},
	} {
		assert.Equal(t, slices.Sorted(slices.Values(c.parser)), propsOf(c.schema), c.name)
		assert.Equal(t, false, c.schema.(map[string]any)["additionalProperties"], "%s: unknown members are errors", c.name)
	}
	required := func(s any) []string {
		var out []string
		for _, r := range s.(map[string]any)["required"].([]any) {
			out = append(out, r.(string))
		}
		return out
	}
	assert.Equal(t, catalogRequired, required(schema))
	assert.Equal(t, codeRequired, required(defs["code"]))
	assert.Equal(t, retryHeaderRequired, required(defs["retryHeader"]))
	assert.Equal(t, cueRequired, required(defs["cue"]))
	assert.Equal(t, []string{"en"}, required(textObject))
	enum := func(s any) []string {
		var out []string
		for _, e := range s.(map[string]any)["enum"].([]any) {
			out = append(out, e.(string))
		}
		return out
	}
	var cats, strats []string
	for _, c := range Categories {
		cats = append(cats, string(c))
	}
	for _, s := range Strategies {
		strats = append(strats, string(s))
	}
	assert.Equal(t, cats, enum(defs["category"]))
	assert.Equal(t, strats, enum(defs["strategy"]))
	assert.Equal(t, cueKinds[:], enum(defs["cue"].(map[string]any)["properties"].(map[string]any)["kind"]))
	assert.EqualValues(t, MaxCatalogCodes, schema["properties"].(map[string]any)["codes"].(map[string]any)["maxItems"])
	assert.Equal(t, idPattern, schema["properties"].(map[string]any)["id"].(map[string]any)["pattern"])
	assert.Equal(t, SchemaURL, schema["$id"], "exports point at the schema")
}

// TestSchemaValidatorFails proves the validator can fail: a schema it doesn't know is
// refused, and so is an instance that breaks each keyword.
func TestSchemaValidatorFails(t *testing.T) {
	v := &schemaValidator{root: map[string]any{}}
	v.check("", "x", map[string]any{"format": "uri"})
	assert.NotEmpty(t, v.failures, "unknown keyword")
	schema := loadSchema(t)
	assert.NotEmpty(t, schemaFailures(t, schema, []byte(`{"version":1,"id":"ab","name":"A","codes":[{"code":"x","category":"validation","title":"X","retry":"fix","fix":"one step"}]}`)))
	assert.Empty(t, schemaFailures(t, schema, []byte(`{"version":1,"id":"ab","name":"A","codes":[{"code":"x","category":"validation","title":"X","retry":"fix","fix":["one step"]}]}`)))
}
