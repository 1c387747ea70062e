package web

import "github.com/decifra/decifra/catalog"

// pageOnly are the UI strings that only the page shows (its header, gallery, share and
// Markdown buttons, the list of a paste's errors, #code= and the catalogs a visitor
// brings); the embeddable explainer gets every other one. Listing these rather than the
// explainer's means a new string of the card reaches the explainer unasked.
var pageOnly = [...]string{
	"page_title", "tagline", "skip", "language", "paste_help", "clear", "examples",
	"examples_help", "share", "share_note", "share_label", "share_copied", "markdown",
	"markdown_copied", "result", "empty", "restored", "share_broken", "footer", "many_errors", "many_count",
	"loading_decoder", "loading_pending", "loading_slow", "load_error_title", "load_error_network",
	"load_error_http", "load_error_not_wasm", "load_error_compile", "load_error_no_wasm",
	"load_error_script", "load_error_cli", "reload",
	"format_code", // a code looked up with no paste: #code=, never in the explainer
	"code_link", "code_unknown_provider", "code_unknown_code", "code_did_you_mean", "code_none_near",
	"catalogs", "catalogs_help", "catalog_pick", "catalog_drop", "catalog_loaded", "catalog_added",
	"catalog_remove", "catalog_removed", "catalog_failed", "catalog_still", "catalog_other_origin",
	"catalog_fetch_failed", "catalog_too_large",
}

// WidgetStrings returns the UI strings of the embeddable explainer
// (web/static/decifra-explainer.js) in lang, as key → text: the card's, the "couldn't
// read this" card's and the paste area's. web/gen writes them, in both languages, to
// web/static/decifra-strings.<lang>.js.
func WidgetStrings(lang catalog.Lang) map[string]string {
	m := Strings(lang)
	for _, k := range pageOnly {
		delete(m, k)
	}
	for _, s := range Samples { // the gallery is the page's
		delete(m, kindKey+s.ID)
	}
	return m
}
