// decifra.js defines globalThis.decifra, the explainer's JavaScript API, and loads the
// decoder (decifra.wasm, next to this script) at once. The API can be called before the
// wasm has arrived: every call waits for it.
//
//   const x = await decifra.explain(text, {lang: 'pt-BR', now: Date.now(), provider: 'onnixpay'});
//   const xs = await decifra.explainAll(text, {lang: 'pt-BR', now: Date.now()});
//   const {text, redacted} = await decifra.redact(text);
//
// provider, optional, is a provider id to favour, as on a provider's own docs
// (decode.Options.Provider). explain resolves with the explanation object (the JSON
// contract v1 of DESIGN.md) of one error: of several, the last failed HAR entry or the
// first error in a log, as decode.Explain picks. explainAll resolves with an array of them, one per error, in the order the paste holds
// them (each failed HAR entry, each response of a curl -v session, each error body of a
// log excerpt; one for a paste with one error). Both reject with an Error named
// NoErrorFoundError (code "NO_ERROR_FOUND", found, hint, body) when the paste holds
// nothing recognisable. Load wasm_exec.js (Go's loader) too: before this script, or as a
// deferred script after it.
'use strict';
(() => {
  const script = document.currentScript;
  const base = script ? script.src : document.baseURI;
  const wasmURL = new URL('decifra.wasm', base);

  let attach, fail;
  const attached = new Promise((resolve, reject) => { attach = resolve; fail = reject; });
  let wasm = null; // {explain, redact, explainAll, loadText}, the Go functions, once attached

  // The catalog's prose comes apart from the wasm, one pack a language
  // (decifra-text.<lang>.bin), fetched when the language is first used: the visitor's is
  // fetched at once, beside the wasm.
  const texts = {}; // lang → Promise, settled once the pack is in the wasm
  const langOf = (tag) => (/^pt\b/i.test(tag) ? 'pt-BR' : /^es\b/i.test(tag) ? 'es' : 'en');
  function text(lang) {
    texts[lang] ??= Promise.all([fetch(new URL('decifra-text.' + lang + '.bin', base))
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error('decifra-text.' + lang + '.bin: HTTP ' + r.status)))), attached])
      .then(([buf]) => {
        const err = wasm.loadText(lang, new Uint8Array(buf));
        if (err) throw new Error(err);
      });
    texts[lang].catch(() => { delete texts[lang]; }); // the next call tries again
    return texts[lang];
  }
  let saved = null;
  try { saved = localStorage.getItem('decifra.lang'); } catch { /* storage may be off */ }
  text(langOf(saved || (navigator.languages && navigator.languages[0]) || navigator.language || 'en')).catch(() => {});

  const api = {
    // ready resolves when the decoder has loaded, and rejects if it cannot load.
    ready: attached.then(() => undefined),

    explain(text, options) {
      return call('explain', text, options);
    },

    explainAll(text, options) {
      return call('explainAll', text, options);
    },

    redact(text) {
      return attached.then(() => {
        const [masked, redacted] = wasm.redact(String(text));
        return {text: masked, redacted};
      });
    },

    // _attach is called once by decifra.wasm with its functions.
    _attach(explain, redact, explainAll, loadText) {
      wasm = {explain, redact, explainAll, loadText};
      delete api._attach;
      attach();
    },
  };

  // call runs explain or explainAll in the wasm, which answers with JSON: the answer, or
  // the NO_ERROR_FOUND body.
  function call(name, paste, {lang = 'en', now = Date.now(), provider = ''} = {}) {
    const ms = now instanceof Date ? now.getTime() : Number(now) || 0;
    lang = langOf(String(lang));
    return text(lang).then(() => {
      const v = JSON.parse(wasm[name](String(paste), lang, ms, String(provider)));
      if (v.error && v.error.code) throw noErrorFound(v);
      return v;
    });
  }

  function noErrorFound(body) {
    const e = new Error(body.error.message);
    e.name = 'NoErrorFoundError';
    e.code = body.error.code;
    e.found = body.error.found || '';
    e.hint = body.error.hint || '';
    e.body = body;
    return e;
  }

  globalThis.decifra = api;

  // The wasm is fetched and compiled at once: index.html runs this script early in <head>,
  // so the browser compiles while it lays the page out. Running it needs Go's loader,
  // wasm_exec.js, which may come later (a deferred script runs before DOMContentLoaded).
  const compiled = WebAssembly.compileStreaming(fetch(wasmURL));
  compiled.catch(fail);
  function run() {
    if (typeof globalThis.Go !== 'function') {
      fail(new Error('decifra.js: load wasm_exec.js too'));
      return;
    }
    const go = new globalThis.Go();
    compiled
      .then((module) => WebAssembly.instantiate(module, go.importObject))
      .then((instance) => {
        performance.mark('decifra-instantiated');
        go.run(instance).then(() => fail(new Error('decifra.wasm exited')));
      })
      .catch(fail);
  }
  if (typeof globalThis.Go === 'function' || document.readyState !== 'loading') run();
  else document.addEventListener('DOMContentLoaded', run, {once: true});
})();
