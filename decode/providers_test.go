package decode

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
)

// TestEveryProviderHasOneReader: a provider is two files, catalog/<id>.go and its reader
// in decode/<id>.go; a catalogued provider without a reader is never detected, and a
// reader of a provider the catalog does not list is dead code.
func TestEveryProviderHasOneReader(t *testing.T) {
	seen := map[*catalog.Provider]int{}
	for _, r := range readers {
		require.NotNil(t, r.provider, "a reader names no provider")
		require.NotNil(t, r.score, "%s's reader has no score", r.provider.ID())
		seen[r.provider]++
	}
	for _, p := range catalog.Providers() {
		assert.Equal(t, 1, seen[p], "%s: readers", p.ID())
		delete(seen, p)
	}
	for p := range seen {
		t.Errorf("reader of %s, which the catalog does not list", p.ID())
	}
}

// TestExplanationsShareNothing: whatever a caller does to an explanation (the Worker's one
// Go instance serves many requests), the next explanation of the same paste is the same.
func TestExplanationsShareNothing(t *testing.T) {
	for _, fx := range loadFixtures(t) {
		first, err := Explain(fx.Input, fx.opts)
		if err != nil {
			continue
		}
		want, err := json.Marshal(first)
		require.NoError(t, err)
		scribble(reflect.ValueOf(first))
		again, err := Explain(fx.Input, fx.opts)
		require.NoError(t, err)
		got, err := json.Marshal(again)
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(got), "%s: an explanation changed after the caller wrote over the one before", fx.Name)
	}
}

// scribble overwrites every string, number and slice element reachable from v.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Field(i).CanSet() {
				scribble(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.String:
		v.SetString("scribbled")
	case reflect.Int:
		v.SetInt(-1)
	case reflect.Float64:
		v.SetFloat(-1)
	}
}
