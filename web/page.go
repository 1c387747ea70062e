package web

import "github.com/decifra/decifra/catalog"

// PageData is everything the page's JavaScript needs besides the wasm, written into
// index.html as JSON: the UI strings in both languages and the examples gallery.
type PageData struct {
	Strings map[string]map[string]string `json:"strings"`
	Samples []Sample                     `json:"samples"`
}

// NewPageData gathers the page's data.
func NewPageData() PageData {
	return PageData{
		Strings: map[string]map[string]string{
			string(catalog.English):    Strings(catalog.English),
			string(catalog.Spanish):    Strings(catalog.Spanish),
			string(catalog.Portuguese): Strings(catalog.Portuguese),
		},
		Samples: Samples,
	}
}

// icon is the page's favicon as a data: URL, so the browser asks the server for nothing
// after the page has loaded.
const icon = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%231d4ed8'/%3E%3Ctext x='16' y='23' font-family='system-ui,sans-serif' font-size='20' font-weight='700' text-anchor='middle' fill='white'%3Ed%3C/text%3E%3C/svg%3E"
