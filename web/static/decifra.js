// decifra.js defines globalThis.decifra, the explainer's JavaScript API, and loads the
// decoder (decifra.wasm, next to this script) at once. The API can be called before the
// wasm has arrived: every call waits for it.
//
//   const x = await decifra.explain(text, {lang: 'pt-BR', now: Date.now(), provider: 'onnixpay'});
//   const xs = await decifra.explainAll(text, {lang: 'pt-BR', now: Date.now()});
//   const {text, redacted} = await decifra.redact(text);
//   await decifra.load('pt-BR'); // the decoder and a language's prose are in
//   const x = await decifra.explainCode('stripe', 'card_declined', {lang: 'es'});
//   if (await decifra.hasCode('stripe', 'card_declined')) …
//   await decifra.addCatalog(json, url); // a portal's catalog; then {catalog: [url]}
//
// provider, optional, is a provider id to favour, as on a provider's own docs
// (decode.Options.Provider). explain resolves with the explanation object (the JSON
// contract v1 of DESIGN.md) of one error: of several, the last failed HAR entry or the
// first error in a log, as decode.Explain picks. explainAll resolves with an array of them, one per error, in the order the paste holds
// them (each failed HAR entry, each response of a curl -v session, each error body of a
// log excerpt; one for a paste with one error). Both reject with an Error named
// NoErrorFoundError (code "NO_ERROR_FOUND", found, hint, body) when the paste holds
// nothing recognisable, and with an Error named DecoderLoadError when the decoder cannot
// load (see loadError). Load wasm_exec.js (Go's loader) too: before this script, or as a
// deferred script after it.
//
// explainCode explains one catalogued code with no paste (the page's #code=provider/code),
// and rejects with an Error named UnknownCodeError (code "UNKNOWN_CODE"; unknown,
// "provider" or "code"; closest, the nearest ids, best first) when the catalog lacks it.
// addCatalog reads a portal's catalog (decifra-catalog.schema.json) and keeps it under
// origin, its URL or file name; it rejects with an Error named CatalogError whose problems
// lists what is wrong, one line each. Every call then consults the catalogs its catalog
// option names (an origin, or a list of them) before the built-in ones.
'use strict';
(() => {
  const script = document.currentScript;
  const base = script ? script.src : document.baseURI;

  // The wasm this script fetches, beside it. ./build.sh site rewrites the name in the copy
  // the page loads to the file's content-hashed name (web/site's Fingerprint), so that
  // browsers keep it for good.
  const files = {wasm: 'decifra.wasm'};
  const wasmURL = new URL(files.wasm, base);
  // The catalog's prose comes apart from the wasm, in chunks named by the wasm
  // (decifra-text.<version>.<lang>.<n>.bin, in static/immutable/: their names change with
  // their content), fetched when an explanation first shows one of their texts.
  const textBase = new URL(/\/immutable\/[^/]*$/.test(new URL(base).pathname) ? './' : 'immutable/', base);

  let attach, fail;
  const attached = new Promise((resolve, reject) => { attach = resolve; fail = reject; });
  attached.catch(() => {}); // told through ready, load and every call
  let wasm = null; // {explain, redact, explainAll, loadText, addCatalog, explainCode, textFiles}, the Go functions, once attached

  // loadError is why the decoder could not load, as an Error named DecoderLoadError whose
  // reason says what to do about it:
  //   no_wasm   the browser has no WebAssembly (too old, or turned off)
  //   network   a download failed: offline, or the connection was cut
  //   http      the server answered status for a file (a broken deploy)
  //   not_wasm  the server sent something else than WebAssembly, of type (a misconfigured host)
  //   compile   the browser could not compile the wasm
  //   script    a script of the page is missing (Go's loader), or the program stopped
  // file is the file that failed, detail the browser's own words.
  function loadError(reason, file, detail, more) {
    const e = new Error('decifra: the decoder could not load (' + reason + '): ' + file + ': ' + detail);
    e.name = 'DecoderLoadError';
    return Object.assign(e, {reason, file, detail: String(detail)}, more);
  }

  const chunks = {}; // file → Promise, settled once the chunk is in the wasm
  const langOf = (tag) => (/^pt\b/i.test(tag) ? 'pt-BR' : /^es\b/i.test(tag) ? 'es' : 'en');
  function chunk(lang, file) {
    chunks[file] ??= fetchOK(new URL(file, textBase)).then((r) => r.arrayBuffer())
      .catch((err) => { throw err.name === 'DecoderLoadError' ? err : loadError('network', file, err.message); })
      .then((buf) => {
        const err = wasm.loadText(lang, new Uint8Array(buf));
        if (err) throw new Error(err);
      });
    chunks[file].catch(() => { delete chunks[file]; }); // the next call tries again
    return chunks[file];
  }

  // fetchOK fetches url, and rejects with a DecoderLoadError unless the answer is 2xx.
  function fetchOK(url) {
    const name = url.pathname.split('/').pop();
    return fetch(url).then((r) => {
      if (!r.ok) throw loadError('http', name, 'HTTP ' + r.status, {status: r.status});
      return r;
    }, (err) => { throw loadError('network', name, err.message); });
  }

  const api = {
    // ready resolves when the decoder has loaded, and rejects with a DecoderLoadError if
    // it cannot load.
    ready: attached.then(() => undefined),

    // load resolves when the decoder and all of lang's prose are in: an explanation in
    // lang then takes no download.
    load(lang = 'en') {
      lang = langOf(String(lang));
      return attached.then(() => Promise.all(wasm.textFiles(lang).split('\n').filter(Boolean)
        .map((file) => chunk(lang, file)))).then(() => undefined);
    },

    explain(text, options) {
      return call('explain', [text], options);
    },

    explainAll(text, options) {
      return call('explainAll', [text], options);
    },

    explainCode(provider, code, options) {
      return call('explainCode', [provider, code], options);
    },

    // hasCode resolves with whether explainCode would explain provider's code: a look-up,
    // with no prose fetched.
    hasCode(provider, code, {catalog = []} = {}) {
      return attached.then(() => !wasm.explainCode(String(provider), String(code), 'en', 0, '', [].concat(catalog).join('\n')).startsWith('{"error"'));
    },

    addCatalog(json, origin) {
      return attached.then(() => {
        const problems = wasm.addCatalog(String(json), String(origin));
        if (problems) throw Object.assign(new Error(problems), {name: 'CatalogError', problems: problems.split('\n')});
      });
    },

    redact(text) {
      return attached.then(() => {
        const [masked, redacted] = wasm.redact(String(text));
        return {text: masked, redacted};
      });
    },

    // _attach is called once by decifra.wasm with its functions.
    _attach(explain, redact, explainAll, loadText, addCatalog, explainCode, textFiles) {
      wasm = {explain, redact, explainAll, loadText, addCatalog, explainCode, textFiles};
      delete api._attach;
      attach();
    },
  };

  // call runs explain, explainAll or explainCode in the wasm, which answers with JSON: the
  // answer, the NO_ERROR_FOUND or UNKNOWN_CODE body, or the chunks of prose the answer
  // needs that are not loaded yet ({needText: [file, …]}), after which it is asked again.
  async function call(name, args, {lang = 'en', now = Date.now(), provider = '', catalog = []} = {}) {
    const ms = now instanceof Date ? now.getTime() : Number(now) || 0;
    lang = langOf(String(lang));
    args = args.map(String);
    await attached;
    for (let round = 0; ; round++) {
      const v = JSON.parse(wasm[name](...args, lang, ms, String(provider), [].concat(catalog).join('\n')));
      if (v.needText && round < 4) {
        await Promise.all(v.needText.map((file) => chunk(lang, file)));
      } else if (v.needText) {
        throw loadError('script', v.needText[0], 'loaded, yet the decoder still asks for it');
      } else if (v.error && v.error.code === 'UNKNOWN_CODE') {
        throw unknownCode(v);
      } else if (v.error && v.error.code) {
        throw noErrorFound(v);
      } else {
        return v;
      }
    }
  }

  // unknownCode: the wasm's message says which is unknown and the closest ids ("no code
  // \"x\" in stripe's catalog; did you mean a, b?").
  function unknownCode(body) {
    const m = body.error.message;
    const near = /; did you mean (.*)\?$/.exec(m);
    return Object.assign(new Error(m), {name: 'UnknownCodeError', code: 'UNKNOWN_CODE', body,
      unknown: /^no provider /.test(m) ? 'provider' : 'code', closest: body.error.closest || (near ? near[1].split(', ') : [])});
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

  // compile fetches and compiles the wasm, streaming: the browser compiles as the bytes
  // arrive. A host that sends the wasm with another type than application/wasm defeats
  // streaming; the bytes are compiled once they have all arrived, if they are
  // WebAssembly at all (a host that answers every path with its index.html sends HTML).
  async function compile() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.compile !== 'function') {
      throw loadError('no_wasm', files.wasm, 'WebAssembly is not defined');
    }
    const r = await fetchOK(wasmURL);
    const type = (r.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
    const failed = (err) => (err instanceof WebAssembly.CompileError ? loadError('compile', files.wasm, err.message)
      : loadError('network', files.wasm, err.message));
    if (type === 'application/wasm' && WebAssembly.compileStreaming) {
      return WebAssembly.compileStreaming(r).catch((err) => { throw failed(err); });
    }
    const bytes = new Uint8Array(await r.arrayBuffer().catch((err) => { throw failed(err); }));
    if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) { // \0asm
      throw loadError('not_wasm', files.wasm, 'Content-Type: ' + (type || 'none'), {type: type || '?'});
    }
    console.warn('decifra: ' + wasmURL.pathname + ' came as ' + (type || 'no type') +
      ', not application/wasm, so it was compiled only once downloaded. Serve .wasm files as application/wasm.');
    return WebAssembly.compile(bytes).catch((err) => { throw failed(err); });
  }

  // The wasm is fetched and compiled at once: index.html runs this script early in <head>,
  // so the browser compiles while it lays the page out. Running it needs Go's loader,
  // wasm_exec.js, which may come later (a deferred script runs before DOMContentLoaded).
  const compiled = compile();
  compiled.catch(fail);
  function run() {
    if (typeof globalThis.Go !== 'function') {
      fail(loadError('script', 'wasm_exec.js', 'Go is not defined: load wasm_exec.js too'));
      return;
    }
    const go = new globalThis.Go();
    compiled
      .then((module) => WebAssembly.instantiate(module, go.importObject)
        .catch((err) => { throw loadError('compile', files.wasm, err.message); }))
      .then((instance) => {
        performance.mark('decifra-instantiated');
        go.run(instance).then(() => fail(loadError('script', files.wasm, 'the program exited')));
      })
      .catch(fail);
  }
  if (typeof globalThis.Go === 'function' || document.readyState !== 'loading') run();
  else document.addEventListener('DOMContentLoaded', run, {once: true});
})();
