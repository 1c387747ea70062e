// floor.js loads floor.wasm the way web/static/decifra.js loads the page's wasm, and marks
// "decifra-ready" when the Go program has registered its function, as app.js does.
'use strict';
globalThis.floor = {
  _attach(fn) {
    globalThis.floor.fn = fn;
    document.documentElement.dataset.ready = 'true';
    performance.mark('decifra-ready');
  },
};
(() => {
  const go = new globalThis.Go();
  WebAssembly.instantiateStreaming(fetch('floor.wasm'), go.importObject)
    .then(({instance}) => {
      performance.mark('decifra-instantiated');
      go.run(instance);
    });
})();
