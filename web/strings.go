package web

import (
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/web/ui"
)

// T returns the UI string key in lang (see package ui).
func T(lang catalog.Lang, key string) string {
	if key == footerKey {
		return footer(lang)
	}
	for _, s := range Samples {
		if key == kindKey+s.ID {
			return s.Kind.In(lang)
		}
	}
	return ui.T(lang, key)
}

// fill replaces {name} placeholders in s.
func fill(s string, kv ...string) string { return ui.Fill(s, kv...) }

// kindKey + a sample's ID is the UI string of what the sample shows (Sample.Kind).
const kindKey = "kind_"

// footerKey is the page footer's UI string, which lists the catalog's providers.
const footerKey = "footer"

// footer says which providers decifra reads, from the catalog, in lang.
func footer(lang catalog.Lang) string {
	ps := catalog.Providers()
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name(lang)
	}
	list := strings.Join(names, ", ")
	switch lang {
	case catalog.Portuguese:
		return "O decifra lê erros de " + list + ", e o status HTTP e os problem details de qualquer API."
	case catalog.Spanish:
		return "decifra lee errores de " + list + ", y el status HTTP y los problem details de cualquier API."
	}
	return "decifra reads errors from " + list + ", and any API's HTTP status and problem details."
}

// Strings returns every UI string in lang as key → text, for the page's JavaScript.
func Strings(lang catalog.Lang) map[string]string {
	keys := ui.Keys()
	m := make(map[string]string, len(keys)+len(Samples)+1)
	for _, k := range keys {
		m[k] = ui.T(lang, k)
	}
	for _, s := range Samples {
		m[kindKey+s.ID] = s.Kind.In(lang)
	}
	m[footerKey] = footer(lang)
	return m
}
