// Package web holds what people see: the explanation card and the page shell as templ
// components, the UI text in English and Portuguese, and the page's static assets
// (web/static: the JavaScript that loads the wasm and builds the card, and the CSS), with
// the embeddable explainer, <decifra-explainer> (web/static/decifra-explainer.js, whose
// strings and stylesheet web/gen generates; its demo portal is web/demo).
//
// The card exists twice on purpose. Card renders it on a server (the Worker's
// POST /explain with Accept: text/html); web/static/card.js builds the same markup in the
// browser from the explanation object, because the page's wasm must stay free of templ
// (templ's runtime imports net/http, half a megabyte more to download). The browser tests
// in web/browser assert that both produce the same elements, classes and data-testid
// attributes for the same explanation.
//
// Nothing here builds tables at start-up: the Worker runs this code in a fresh Go
// instance per request.
package web
