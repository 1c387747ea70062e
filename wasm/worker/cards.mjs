// cards.mjs renders the Worker's HTML answers (POST /explain with Accept: text/html or
// ?format=html) with the page's own card.js, which builds a card as DOM: here, a DOM of
// plain objects that writes itself out as HTML. So the Worker carries no HTML templates
// (templ's runtime, with net/http, was a fifth of its wasm), and its cards are the page's,
// element for element; the end-to-end tests compare them with web/card.templ's.
//
// `./build.sh worker` copies card.js from web/static beside this file; wrangler bundles
// it. The UI strings come from the static assets (decifra-strings.<lang>.js, through
// addStrings): English's before a request that may want HTML is served (decifra.mjs's
// uiStrings), the other languages' with their prose (loadText), which every answer in a
// language waits for. That keeps 4.7 KiB of them out of the upload, and a JSON answer
// never waits for them.
import "./cards-dom.mjs";
import "./card.js";

const strings = {};
const { card, noErrorCard } = globalThis.decifra;
delete globalThis.decifra;

// explanations(json) is the cards of a JSON array of explanations, one after another.
export function explanations(json) {
  return JSON.parse(json)
    .map((x) => card(x, strings[x.lang] || strings.en).outerHTML)
    .join("");
}

// noErrorFound(lang, json) is the "couldn't read this" card of a NO_ERROR_FOUND body.
export function noErrorFound(lang, json) {
  return noErrorCard(JSON.parse(json).error, strings[lang] || strings.en, lang).outerHTML;
}

// addStrings(lang, source) takes a language's UI strings from the source of
// decifra-strings.<lang>.js as the page serves it: a module whose default export is one
// JSON object (web/gen writes it so).
export function addStrings(lang, source) {
  strings[lang] = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1));
}
