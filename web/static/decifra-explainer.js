// decifra-explainer.js: the embeddable explainer, an ES module (README: "The embeddable
// explainer"). It defines <decifra-explainer> and globalThis.decifra, and no other
// global. Its files are found next to it, whatever the page's origin; the wasm and
// card.js load on first use, once per page; the UI text of a language, when an element
// first speaks it.
const strings = {}; // lang → {key: text}, filled as languages are first used
const stringsOf = (lang) => strings[lang] ? Promise.resolve(strings[lang])
  : import(`./decifra-strings.${lang}.js`).then((m) => (strings[lang] = m.default));

const here = (name) => new URL(name, import.meta.url);

// Every shadow root adopts this one sheet: a constructed sheet needs nothing of the
// portal's style-src. Without it, an element shows itself unstyled.
const sheet = fetch(here('decifra-explainer.css'))
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error('decifra-explainer.css: ' + r.status))))
  .then((css) => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  });
sheet.catch(() => {});

// Go's loader and program get a scope for a global object: what they define stays in it
// (their decifra is ours, for the wasm's _attach); the rest they read from the page's.
const MINE = new Set(['Go', 'fs', 'process', 'path', 'decifra']);
let wasm = null; // {explain, redact, loadText, addCatalog}, the Go functions
let loading = null;
const packs = {}; // lang → Promise, settled once the language's prose is in the wasm

// pack loads a language's prose into the wasm (the catalog's text comes apart from it,
// decifra-text.<lang>.bin), the first time the language is used.
function pack(lang) {
  packs[lang] ??= Promise.all([fetch(here(`decifra-text.${lang}.bin`))
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`decifra-text.${lang}.bin: HTTP ${r.status}`)))), load()])
    .then(([buf]) => {
      const err = wasm.loadText(lang, new Uint8Array(buf));
      if (err) throw new Error(err);
    });
  packs[lang].catch(() => { delete packs[lang]; });
  return packs[lang];
}

function load() {
  loading ??= Promise.all([import('./wasm_exec.mjs'), import('./card.js')])
    .then(([{defineGo}]) => new Promise((resolve, reject) => {
      const own = {decifra: {_attach: (explain, redact, explainAll, loadText, addCatalog) => resolve(wasm = {explain, redact, loadText, addCatalog})}};
      const go = new (defineGo(new Proxy(own, {get: (o, k) => (k in o || MINE.has(k) ? o[k] : globalThis[k])})))();
      WebAssembly.instantiateStreaming(fetch(here('decifra.wasm')), go.importObject)
        .then(({instance}) => go.run(instance))
        .then(() => reject(new Error('decifra.wasm exited')), reject);
    }))
    .catch((err) => {
      loading = null; // the next call tries again
      throw err;
    });
  return loading;
}

const catalogs = {}; // URL → Promise of the URL once the wasm holds the catalog, or of ''

// catalogOf loads a portal's own catalog (decifra-catalog.schema.json) into the wasm, once
// per URL. A catalog that can't be fetched or read is reported to the portal's author in
// the console, and explanations go on with the built-in catalogs.
function catalogOf(url) {
  url = new URL(url, document.baseURI).href;
  return (catalogs[url] ??= fetch(url)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((json) => load().then(() => {
      const err = wasm.addCatalog(json, url);
      if (err) throw new Error(err);
      return url;
    }))
    .catch((err) => {
      console.error(`decifra: the catalog ${url} was not loaded: ${err.message}`);
      return '';
    }));
}

// The API of the page's decifra.js, loading on first use.
const decifra = {
  strings,
  load: (lang = 'en') => Promise.all([pack(langOf(lang)), stringsOf(langOf(lang))]).then(() => {}),
  explain(text, {lang = 'en', now = Date.now(), provider = '', catalog = []} = {}) {
    const ms = now instanceof Date ? now.getTime() : Number(now) || 0;
    lang = langOf(String(lang));
    return Promise.all([pack(lang), ...[].concat(catalog).filter(Boolean).map(catalogOf)]).then(([, ...urls]) => {
      const v = JSON.parse(wasm.explain(String(text), String(lang), ms, String(provider), urls.join('\n')));
      const e = v.error;
      if (e && e.code) throw Object.assign(new Error(e.message), {name: 'NoErrorFoundError', code: e.code, found: e.found || '', hint: e.hint || '', body: v});
      return v;
    });
  },
  redact: (text) => load().then(() => {
    const [masked, redacted] = wasm.redact(String(text));
    return {text: masked, redacted};
  }),
};
globalThis.decifra = decifra; // before card.js, which adds to it
export {decifra};

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  e.append(...kids); // strings become text nodes
  return e;
}

// langOf is the language decifra speaks for an element (its closest lang attribute) or
// a tag: pt-BR, es or en.
function langOf(e) {
  const tag = typeof e === 'string' ? e : e.closest('[lang]')?.lang || '';
  return /^pt\b/i.test(tag) ? 'pt-BR' : /^es\b/i.test(tag) ? 'es' : 'en';
}

class Explainer extends HTMLElement {
  static observedAttributes = ['lang', 'provider', 'compact', 'value', 'catalog'];
  #ui = null;
  #seq = 0; // explanations asked for: a late answer to an older one is dropped
  #timer = 0;
  #now = false; // the next input comes from a paste: no debounce
  #stop = () => {}; // stops the card's countdown

  connectedCallback() {
    if (this.#ui) return;
    const ui = this.#ui = {
      paste: el('textarea', {id: 'paste', part: 'paste', rows: 8, spellcheck: 'false', autocomplete: 'off',
        autocapitalize: 'off', 'aria-describedby': 'note', 'data-testid': 'paste'}),
      label: el('label', {class: 'paste-label', part: 'label', for: 'paste'}),
      note: el('p', {id: 'note', class: 'privacy', part: 'note'}),
      status: el('p', {class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'data-testid': 'status'}),
      out: el('div', {class: 'out', part: 'result', 'data-testid': 'result'}),
    };
    ui.input = el('div', {class: 'input', part: 'input'}, ui.label, ui.paste, ui.note);
    const root = el('div', {class: 'root', part: 'root', hidden: ''}, ui.input, ui.status, ui.out);
    const shadow = this.attachShadow({mode: 'open'});
    shadow.append(root);
    sheet.then((s) => { shadow.adoptedStyleSheets = [s]; }, () => {}).then(() => { root.hidden = false; });

    ui.paste.addEventListener('focus', () => pack(langOf(this)).catch(() => {}), {once: true}); // a head start
    ui.paste.addEventListener('paste', () => { this.#now = true; });
    ui.paste.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#explain(), this.#now ? 0 : 150);
      this.#now = false;
    });
    ui.out.addEventListener('click', (ev) => this.#copy(ev.target.closest('button[data-copy]')));
    this.#texts();
    ui.paste.value = this.getAttribute('value') || '';
    this.#explain();
  }

  disconnectedCallback() {
    this.#stop();
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#ui || old === value) return;
    if (name === 'value') this.#ui.paste.value = value || '';
    this.#texts();
    if (name !== 'compact') this.#explain();
  }

  async #texts() {
    const S = await stringsOf(langOf(this));
    const ui = this.#ui;
    ui.label.textContent = S.paste_label;
    ui.paste.placeholder = S.paste_placeholder;
    ui.note.textContent = S.privacy;
    ui.input.hidden = this.hasAttribute('compact');
  }

  async #explain() {
    clearTimeout(this.#timer);
    const text = this.#ui.paste.value;
    const mine = ++this.#seq;
    const lang = langOf(this);
    const S = await stringsOf(lang);
    if (mine !== this.#seq) return;
    if (!text.trim()) return this.#show(S, null);
    if (!wasm) this.#show(S, el('p', {class: 'empty'}, S.loading));
    let x = null;
    let node;
    let said;
    try {
      x = await decifra.explain(text, {lang, provider: this.getAttribute('provider') || '', catalog: this.getAttribute('catalog') || []});
      node = decifra.card(x, S);
      said = S.explained.replace('{title}', () => x.title);
    } catch (err) {
      const none = err.name === 'NoErrorFoundError';
      node = none ? decifra.noErrorCard(err, S, lang) : el('p', {class: 'empty error'}, S.load_failed);
      said = none ? S.none_title : S.load_failed;
    }
    if (mine !== this.#seq) return;
    this.#show(S, node, said);
    if (x) this.dispatchEvent(new CustomEvent('decifra:explained', {detail: x, bubbles: true, composed: true}));
  }

  #show(S, node, said) {
    this.#stop();
    this.#stop = () => {};
    if (node && node.localName === 'article') {
      node.part.add('card');
      node.querySelector('.card-title').part.add('title');
      node.querySelector('.badge')?.part.add('badge');
      this.#stop = decifra.countdown(node, S);
    }
    this.#ui.out.replaceChildren(...(node ? [node] : []));
    if (said) this.#say(said);
  }

  #say(text) {
    this.#ui.status.textContent = ''; // so that the same text twice is said twice
    requestAnimationFrame(() => { this.#ui.status.textContent = text; });
  }

  async #copy(b) {
    if (!b) return;
    const S = await stringsOf(langOf(this));
    const ok = await Promise.resolve().then(() => navigator.clipboard.writeText(b.dataset.copy)).then(() => true, () => false);
    b.textContent = ok ? S.copied : S.copy;
    this.#say(ok ? S.copied : S.copy_failed);
    setTimeout(() => { b.textContent = S.copy; }, 1500);
  }
}

if (!customElements.get('decifra-explainer')) customElements.define('decifra-explainer', Explainer);
