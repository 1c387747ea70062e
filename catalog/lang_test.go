package catalog

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// everyText calls fn with every Text reachable from v, and a path that names it.
func everyText(path string, v reflect.Value, fn func(path string, t Text)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			everyText(path, v.Elem(), fn)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Text]() {
			fn(path, Text{EN: v.FieldByName("EN").String(), PT: v.FieldByName("PT").String(), ES: v.FieldByName("ES").String()})
			return
		}
		for i := range v.NumField() {
			everyText(path+"."+v.Type().Field(i).Name, v.Field(i), fn)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			name := fmt.Sprint(i)
			if v.Index(i).Type() == reflect.TypeFor[Entry]() {
				name = v.Index(i).FieldByName("Code").String()
			}
			everyText(path+"["+name+"]", v.Index(i), fn)
		}
	}
}

// catalogTexts walks every table of the package: providers, issuer codes, network
// failures, GSMA categories and every HTTP status.
func catalogTexts(fn func(path string, t Text)) {
	for _, p := range providers {
		everyText(p.id, reflect.ValueOf(*p), fn)
	}
	everyText("issuer", reflect.ValueOf(issuerCodes.entries), fn)
	everyText("transport", reflect.ValueOf(transports), fn)
	everyText("gsma-category", reflect.ValueOf(mobileMoneyCategories), fn)
	for s := 100; s <= 599; s++ {
		if info, ok := HTTPStatus(s); ok && info.Status == s {
			everyText(fmt.Sprint("http ", s), reflect.ValueOf(info), fn)
		}
	}
}

// TestEveryTextInEveryLanguage: a Text that says anything says it in every language.
func TestEveryTextInEveryLanguage(t *testing.T) {
	missing := map[Lang]int{}
	catalogTexts(func(path string, x Text) {
		if x.IsZero() || strings.HasSuffix(path, ".localName") {
			return
		}
		for _, l := range Langs {
			if !x.Has(l) {
				missing[l]++
				if missing[l] <= 20 {
					t.Errorf("%s has no %s text", path, l)
				}
			}
		}
	})
	for l, n := range missing {
		t.Errorf("%d texts lack %s", n, l)
	}
}

// TestLanguagesDiffer: a translation that is the English copied (or Spanish copied from
// the Portuguese) is no translation. Short texts (names, codes) may coincide.
func TestLanguagesDiffer(t *testing.T) {
	catalogTexts(func(path string, x Text) {
		if len(x.EN) < 24 {
			return
		}
		assert.NotEqual(t, x.EN, x.PT, "%s: Portuguese is the English", path)
		assert.NotEqual(t, x.EN, x.ES, "%s: Spanish is the English", path)
		assert.NotEqual(t, x.PT, x.ES, "%s: Spanish is the Portuguese", path)
	})
}
