// app.js runs the page: it explains the paste as it changes, shows the card (or, for a
// paste with several errors, a numbered list of cards), translates the page, loads
// examples, and makes share links and Markdown. The paste area works before the decoder
// has loaded: the result pane says it is loading, and a paste made meanwhile is
// explained once it has; if it cannot load, the pane says why and what to do. It
// defines no globals and makes no request: the decoder is decifra.js's, everything else
// is in index.html, and the service worker it registers (sw.js) once the decoder works
// keeps the page's files for offline use. The one exception is a catalog that the
// page's address names (#catalog=URL): fetched from the page's own site, by a URL that
// only the fragment decides, never with anything pasted.
//
// The fragment: #z=… is a share link (the masked paste); #code=provider/code shows that
// catalogued code's explanation with no paste; #catalog=URL loads a portal's catalog
// (decifra-catalog.schema.json) for the visit; #catalog=URL&code=id/code does both. A
// catalog can also be dropped onto the page, or chosen with the file picker.
'use strict';
(() => {
  const api = globalThis.decifra;
  const data = JSON.parse(document.getElementById('decifra-data').textContent);
  const $ = (id) => document.getElementById(id);
  const paste = $('paste');
  const result = $('result');
  const status = $('status');
  const langSelect = $('lang');
  const shareButton = $('share');
  const markdownButton = $('markdown');
  const shareBox = $('share-box');
  const shareURL = $('share-url');
  const catalogFile = $('catalog-file');
  const catalogList = $('catalog-list');
  const catalogProblems = $('catalog-problems');

  const DEBOUNCE_MS = 150;
  const HASH_PREFIX = '#z=';
  const SLOW_MS = 10000; // loading longer than this: say that the connection may be slow
  // CLI is how to get the command-line tool, offered when the decoder cannot load here.
  const CLI = 'go install github.com/decifra/decifra/cmd/decifra@latest';

  let lang = initialLang();
  let S = data.strings[lang];
  let shown = null; // {xs} (one explanation per error), {err}, or {code} (#code=, xs too when known): what the result pane shows
  // catalogs the visitor brought, by origin (the URL or file name the wasm keeps them
  // under): {id, name, n, path}, path being the URL's path for #catalog= links.
  const catalogs = new Map();
  let problems = []; // [{origin, lines}]: the catalogs that could not be loaded, last time
  let seq = 0; // explain calls made; a late answer to an older call is dropped
  let debounce = 0;
  let immediate = false; // the next input event came from a paste: explain at once
  let stopCountdown = () => {};
  let ready = false;
  let failed = null; // the DecoderLoadError, when the decoder could not load
  let slow = false; // loading has taken longer than SLOW_MS
  // renders counts what the result pane has shown (a card, "couldn't read this", the
  // empty state), so that a test can tell when the pane has answered the latest paste.
  let renders = 0;

  function fill(s, ...kv) {
    for (let i = 0; i + 1 < kv.length; i += 2) s = s.split('{' + kv[i] + '}').join(String(kv[i + 1]));
    return s;
  }

  // initialLang: the visitor's earlier choice, else the browser's first language.
  function initialLang() {
    let saved = null;
    try { saved = localStorage.getItem('decifra.lang'); } catch { /* storage may be off */ }
    if (data.strings[saved]) return saved;
    const first = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    return langOf(first);
  }

  // langOf maps a BCP 47 tag to a language decifra speaks: pt-BR, es or en.
  function langOf(tag) {
    if (/^pt(\b|-|_)/i.test(tag)) return 'pt-BR';
    if (/^es(\b|-|_)/i.test(tag)) return 'es';
    return 'en';
  }

  function applyLang() {
    S = data.strings[lang];
    document.documentElement.lang = lang;
    document.title = S.page_title;
    langSelect.value = lang;
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = S[e.dataset.i18n];
    for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = S[e.dataset.i18nPlaceholder];
    const description = document.querySelector('meta[name="description"]');
    if (description) description.content = S.tagline;
  }

  function announce(text) {
    // Clearing first makes a screen reader say the same text twice in a row.
    status.textContent = '';
    requestAnimationFrame(() => { status.textContent = text; });
  }

  function showEmpty() {
    if (!ready) {
      showLoading();
      return;
    }
    shown = null;
    stopCountdown();
    result.dataset.renders = String(++renders);
    result.replaceChildren(element('p', {'class': 'empty'}, S.empty));
    markdownButton.disabled = true;
    shareButton.disabled = true;
    shareBox.hidden = true;
  }

  // showLoading says the decoder is loading, and, once something is pasted, that it will
  // be explained as soon as it has; after SLOW_MS, that the connection may be slow, and
  // that the CLI is another way. When the decoder could not load, it says that instead.
  function showLoading() {
    if (failed) {
      showLoadError(failed);
      return;
    }
    shown = null;
    const pending = paste.value.trim() !== '';
    const p = element('p', {'class': 'empty loading', 'data-testid': 'loading'}, S.loading_decoder);
    if (pending) p.append(element('span', {'class': 'loading-note', 'data-testid': 'loading-pending'}, S.loading_pending));
    if (slow) {
      p.append(element('span', {'class': 'loading-note', 'data-testid': 'loading-slow'}, S.loading_slow),
        element('span', {'class': 'loading-note'}, S.load_error_cli, ' ', element('code', {'data-testid': 'cli'}, CLI)));
    }
    result.replaceChildren(p);
    markdownButton.disabled = true;
    shareButton.disabled = true;
  }

  // showLoadError says, in the result pane, why the decoder could not load and what to
  // do, with the command-line tool as another way: never a blank pane or an endless
  // "loading".
  function showLoadError(err) {
    shown = null;
    stopCountdown();
    result.dataset.renders = String(++renders);
    const reason = err && S['load_error_' + err.reason] ? err.reason : 'network';
    const what = fill(S['load_error_' + reason], 'file', (err && err.file) || 'decifra.wasm',
      'status', (err && err.status) || '?', 'type', (err && err.type) || '?', 'detail', (err && err.detail) || String(err));
    const reload = element('button', {'type': 'button', 'data-testid': 'reload'}, S.reload);
    reload.addEventListener('click', () => location.reload());
    result.replaceChildren(element('div', {'class': 'empty error load-error', 'role': 'alert', 'data-testid': 'load-error', 'data-reason': reason},
      element('p', {'class': 'load-error-title'}, S.load_error_title),
      element('p', {}, what),
      element('p', {}, S.load_error_cli, ' ', element('code', {'data-testid': 'cli'}, CLI)),
      reload));
    markdownButton.disabled = true;
    shareButton.disabled = true;
  }

  // element makes an element with attributes and children: nodes, and strings, which
  // become text nodes (never markup).
  function element(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    e.append(...kids);
    return e;
  }

  function show(what) {
    shown = what;
    stopCountdown();
    result.dataset.renders = String(++renders);
    const xs = what.xs;
    const cards = (xs || []).map((x) => api.card(x, S));
    if (xs && xs.length === 1) {
      result.replaceChildren(cards[0]);
      announce(fill(S.explained, 'title', xs[0].title));
    } else if (xs) {
      result.replaceChildren(...many(cards));
      announce(fill(S.many_errors, 'n', xs.length));
    } else {
      result.replaceChildren(api.noErrorCard(what.err, S, lang));
      announce(S.none_title);
    }
    const stops = cards.map((c) => api.countdown(c, S));
    stopCountdown = () => stops.forEach((stop) => stop());
    markdownButton.disabled = !xs;
    shareButton.disabled = !!what.code; // a code's link is its fragment: the card links to it
    cards.forEach((card, i) => linkCode(card, xs[i], !!what.code));
  }

  // linkCode adds to a card of a catalogued provider+code the link to its fragment
  // (#code=provider/code), once the catalog confirms it has the code (known: it does); a
  // provider's uncatalogued code gets none.
  function linkCode(card, x, known) {
    const p = x.provider;
    if (!p || !x.code) return;
    (known ? Promise.resolve(true) : api.hasCode(p.id, x.code, {catalog: [...catalogs.keys()]})).then((has) => {
      if (has) card.querySelector('[data-testid="code"]').parentElement.after(element('dd', {'class': 'fact-note'},
        element('a', {'class': 'code-link', 'href': codeHref(p.id, x.code), 'data-testid': 'code-link',
          'aria-label': S.code_link + ': ' + p.id + '/' + x.code}, S.code_link)));
    }, () => {});
  }

  // codeHref is the fragment of a catalogued code; a code of a catalog loaded from a
  // URL names the catalog too, so that the link works in another visit.
  function codeHref(provider, code) {
    const enc = (v) => encodeURI(v).replace(/[#&]/g, encodeURIComponent);
    const c = [...catalogs.values()].find((c) => c.id === provider && c.path);
    return '#' + (c ? 'catalog=' + enc(c.path) + '&' : '') + 'code=' + enc(provider + '/' + code);
  }

  // showCode shows the explanation of a catalogued code, id being provider/code, or says
  // that the catalog lacks it and what is closest.
  async function showCode(id) {
    clearTimeout(debounce);
    const mine = ++seq;
    shareBox.hidden = true;
    const cut = id.indexOf('/');
    const provider = (cut < 0 ? id : id.slice(0, cut)).trim().toLowerCase();
    const code = cut < 0 ? '' : id.slice(cut + 1);
    try {
      const x = await api.explainCode(provider, code, {lang, now: Date.now(), catalog: [...catalogs.keys()]});
      if (mine === seq) show({xs: [x], code: id});
    } catch (err) {
      if (mine !== seq) return;
      if (err && err.name === 'UnknownCodeError') showUnknownCode(id, err, provider, code);
      else if (err && err.name === 'DecoderLoadError') showLoadError(err);
      else result.replaceChildren(element('p', {'class': 'empty error'}, S.load_failed));
    }
  }

  // showUnknownCode says which of provider or code the catalog lacks, and links the
  // closest ids; all of it is text.
  function showUnknownCode(id, err, provider, code) {
    shown = {code: id};
    stopCountdown();
    result.dataset.renders = String(++renders);
    const byProvider = err.unknown === 'provider';
    const what = byProvider ? fill(S.code_unknown_provider, 'provider', provider) : fill(S.code_unknown_code, 'provider', provider, 'code', code);
    const near = err.closest.map((c) => {
      const [p, k] = byProvider ? [c, code] : [provider, c];
      return element('li', {}, element('a', {'href': codeHref(p, k), 'data-testid': 'did-you-mean'}, k ? p + '/' + k : p));
    });
    result.replaceChildren(element('div', {'class': 'empty error load-error', 'role': 'alert', 'data-testid': 'unknown-code', 'data-unknown': err.unknown},
      element('p', {'class': 'load-error-title'}, what),
      ...(near.length ? [element('p', {}, S.code_did_you_mean), element('ul', {'class': 'did-you-mean'}, ...near)] : [element('p', {}, S.code_none_near)])));
    markdownButton.disabled = true;
    shareButton.disabled = true;
  }

  // many lays out the cards of a paste with several errors: a heading that counts them,
  // then the cards in an ordered list, each title led by the card's place ("2 of 3") so
  // that moving from heading to heading tells where one is.
  function many(cards) {
    const n = cards.length;
    return [
      element('h2', {'id': 'many-title', 'class': 'many-title', 'data-testid': 'many-title'}, fill(S.many_errors, 'n', n)),
      element('ol', {'class': 'many', 'aria-labelledby': 'many-title', 'data-testid': 'many'}, ...cards.map((card, i) => {
        card.querySelector('.card-title').prepend(
          element('span', {'class': 'many-count', 'data-testid': 'many-count'}, fill(S.many_count, 'i', i + 1, 'n', n)));
        return element('li', {'class': 'many-item'}, card);
      })),
    ];
  }

  // markdown is what "Copy as Markdown" copies: the card's, or for several errors a
  // heading that counts them, then each card's, numbered.
  function markdown(xs) {
    if (xs.length === 1) return api.markdown(xs[0], S);
    const n = xs.length;
    return '## ' + fill(S.many_errors, 'n', n) + '\n\n' +
      xs.map((x, i) => api.markdown(x, S, fill(S.many_count, 'i', i + 1, 'n', n))).join('\n');
  }

  async function explainNow() {
    clearTimeout(debounce);
    const text = paste.value;
    const mine = ++seq;
    shareBox.hidden = true;
    if (!text.trim()) {
      showEmpty();
      return;
    }
    if (!ready) {
      showLoading(); // explained once the decoder has loaded
      return;
    }
    try {
      const xs = await api.explainAll(text, {lang, now: Date.now(), catalog: [...catalogs.keys()]});
      if (mine === seq) show({xs});
    } catch (err) {
      if (mine !== seq) return;
      if (err && err.name === 'NoErrorFoundError') show({err});
      else if (err && err.name === 'DecoderLoadError') showLoadError(err); // another language's prose did not come
      else result.replaceChildren(element('p', {'class': 'empty error'}, S.load_failed));
    }
  }

  function scheduleExplain() {
    clearTimeout(debounce);
    const delay = immediate ? 0 : DEBOUNCE_MS;
    immediate = false;
    debounce = setTimeout(explainNow, delay);
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // No clipboard permission (an insecure origin, an old browser): copy from a
      // selected, off-screen text field instead.
      const t = document.createElement('textarea');
      t.value = text;
      t.setAttribute('readonly', '');
      t.className = 'offscreen';
      document.body.append(t);
      t.select();
      let ok = false;
      try { ok = document.execCommand('copy'); } catch { ok = false; }
      t.remove();
      return ok;
    }
  }

  // Share links carry the masked paste, deflated and base64url-encoded, after the '#':
  // a fragment is never sent to any server.
  async function pack(text) {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  async function unpack(s) {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  }

  async function restoreFromHash() {
    if (!location.hash.startsWith(HASH_PREFIX)) return false;
    try {
      paste.value = await unpack(location.hash.slice(HASH_PREFIX.length));
    } catch {
      // A link cut short by a chat app or mistyped: say so rather than show nothing.
      seq++;
      showEmpty();
      result.replaceChildren(element('p', {'class': 'empty error', 'data-testid': 'share-broken'}, S.share_broken));
      announce(S.share_broken);
      return true;
    }
    await explainNow();
    announce(S.restored);
    return true;
  }

  langSelect.addEventListener('change', () => {
    lang = data.strings[langSelect.value] ? langSelect.value : 'en';
    try { localStorage.setItem('decifra.lang', lang); } catch { /* storage may be off */ }
    applyLang();
    renderCatalogs();
    if (shown && shown.code) showCode(shown.code);
    else if (shown) explainNow();
    else showEmpty();
  });

  paste.addEventListener('paste', () => { immediate = true; });
  paste.addEventListener('input', scheduleExplain);

  $('clear').addEventListener('click', () => {
    paste.value = '';
    status.textContent = ''; // an earlier "copied" no longer applies
    explainNow();
    paste.focus();
  });

  for (const b of document.querySelectorAll('button[data-sample]')) {
    b.addEventListener('click', async () => {
      const sample = data.samples.find((s) => s.id === b.dataset.sample);
      paste.value = sample.text;
      await explainNow();
      const r = result.getBoundingClientRect();
      if (r.top > window.innerHeight || r.bottom < 0) {
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        result.scrollIntoView({behavior: smooth ? 'smooth' : 'auto', block: 'start'});
      }
    });
  }

  shareButton.addEventListener('click', async () => {
    const {text} = await api.redact(paste.value);
    shareURL.value = location.href.split('#')[0] + HASH_PREFIX + await pack(text);
    shareBox.hidden = false;
    const ok = await copy(shareURL.value);
    shareURL.select();
    announce(ok ? S.share_copied : S.copy_failed);
  });

  markdownButton.addEventListener('click', async () => {
    if (!shown || !shown.xs) return;
    const said = await copy(markdown(shown.xs)) ? S.markdown_copied : S.copy_failed;
    announce(said);
    // Seen as well as heard: the button says it for a moment.
    markdownButton.textContent = said;
    setTimeout(() => { markdownButton.textContent = S.markdown; }, 1500);
  });

  // The card's copy buttons (the request id); a link to the code already in the address
  // shows that code again (no hashchange follows).
  result.addEventListener('click', async (ev) => {
    const a = ev.target.closest('a[href^="#"]');
    if (a && a.getAttribute('href') === location.hash) fromHash();
    const b = ev.target.closest('button[data-copy]');
    if (!b) return;
    const ok = await copy(b.dataset.copy);
    b.textContent = ok ? S.copied : S.copy;
    announce(ok ? S.copied : S.copy_failed);
    setTimeout(() => { b.textContent = S.copy; }, 1500);
  });

  // fragment reads #key=value&key=value; values are percent-decoded.
  function fragment() {
    const f = {};
    for (const part of location.hash.slice(1).split('&')) {
      const i = part.indexOf('=');
      if (i < 1) continue;
      try { f[part.slice(0, i)] = decodeURIComponent(part.slice(i + 1)); } catch { f[part.slice(0, i)] = part.slice(i + 1); }
    }
    return f;
  }

  // fromHash acts on the fragment (see the top of this file); false when the result
  // pane is left as it was.
  async function fromHash() {
    if (location.hash.startsWith(HASH_PREFIX)) return restoreFromHash();
    const f = fragment();
    if (f.catalog) {
      problems = [];
      if (await catalogFromURL(f.catalog) && !f.code && (shown?.code || paste.value.trim())) {
        await rerun(); // with the catalog now
        return true;
      }
    }
    if (f.code) await showCode(f.code);
    return Boolean(f.code);
  }

  // catalogFromURL fetches a catalog that #catalog= names. Only from the page's own site:
  // its connect-src is 'self', and a link must not make the page call elsewhere; a
  // catalog from elsewhere can be downloaded and dropped onto the page. The request
  // carries nothing but the URL the fragment gives.
  async function catalogFromURL(value) {
    let url = null;
    try { url = new URL(value, document.baseURI); } catch { /* told below */ }
    if (!url || url.origin !== location.origin) return catalogFailed(value, [fill(S.catalog_other_origin, 'site', location.origin)]);
    url.hash = '';
    if (catalogs.has(url.href)) return false;
    let text;
    try {
      const r = await fetch(url, {mode: 'same-origin', credentials: 'same-origin', cache: 'no-cache'});
      if (!r.ok) throw new Error('HTTP ' + r.status);
      text = await r.text();
    } catch (err) {
      return catalogFailed(url.href, [fill(S.catalog_fetch_failed, 'detail', err.message)]);
    }
    return addCatalog(text, url.href, url.pathname + url.search);
  }

  // addCatalog gives a catalog's JSON to the decoder, under origin, and says whether it
  // took it; path is the URL's path when it came from one. A catalog for the same
  // provider id as one loaded before takes its place.
  async function addCatalog(json, origin, path) {
    try {
      await api.addCatalog(json, origin);
    } catch (err) {
      const lines = (err && err.problems) || [String(err && err.message)];
      return catalogFailed(origin, lines.map((l) => (l.startsWith(origin + ': ') ? l.slice(origin.length + 2) : l)));
    }
    let c = {};
    try { c = JSON.parse(json); } catch { /* the decoder read it: only a comment or so */ }
    const id = String(c.id || '');
    for (const [o, old] of catalogs) if (old.id === id) catalogs.delete(o);
    catalogs.set(origin, {id, name: c.name, n: Array.isArray(c.codes) ? c.codes.length : 0, path});
    renderCatalogs();
    announce(fill(S.catalog_added, 'name', nameOf(catalogs.get(origin))));
    return true;
  }

  const nameOf = (c) => String((c.name && typeof c.name === 'object' ? c.name[lang] || c.name.en || Object.values(c.name)[0] : c.name) || c.id);

  function catalogFailed(origin, lines) {
    problems.push({origin, lines});
    renderCatalogs();
    return false;
  }

  // renderCatalogs lists the catalogs loaded, each with a button that removes it, and
  // the problems of those that could not be: all of it text.
  function renderCatalogs() {
    catalogList.replaceChildren(...[...catalogs].map(([origin, c]) => {
      const remove = element('button', {'type': 'button', 'class': 'quiet', 'data-testid': 'catalog-remove', 'aria-label': S.catalog_remove + ': ' + nameOf(c)}, S.catalog_remove);
      remove.addEventListener('click', () => {
        catalogs.delete(origin);
        renderCatalogs();
        announce(fill(S.catalog_removed, 'name', nameOf(c)));
        rerun();
      });
      return element('li', {'data-testid': 'catalog', 'data-id': c.id},
        element('span', {}, fill(S.catalog_loaded, 'name', nameOf(c), 'id', c.id, 'n', c.n, 'origin', origin)), remove);
    }));
    catalogList.hidden = catalogs.size === 0;
    catalogProblems.replaceChildren(...problems.map((p) => element('div', {'class': 'callout callout-danger catalog-problem', 'data-testid': 'catalog-problem'},
      element('p', {}, element('strong', {}, fill(S.catalog_failed, 'origin', p.origin))),
      element('ul', {}, ...p.lines.map((line) => element('li', {}, line))),
      element('p', {}, S.catalog_still))));
  }

  // rerun explains again what the pane shows, with the catalogs as they are now.
  function rerun() {
    if (shown?.code) return showCode(shown.code);
    if (paste.value.trim()) return explainNow();
  }

  // loadFiles reads dropped or chosen files: each a catalog, but a HAR, a log or a text
  // file, which goes to the paste area to be explained.
  async function loadFiles(files) {
    problems = [];
    renderCatalogs();
    let added = false;
    for (const file of files) {
      const origin = file.name.replace(/\s+/g, ' ');
      if (file.size > 4 << 20) {
        catalogFailed(origin, [fill(S.catalog_too_large, 'n', file.size)]);
        continue;
      }
      const text = await file.text();
      if (/\.(har|txt|log)$/i.test(file.name) || /^\s*\{\s*"log"\s*:/.test(text)) {
        paste.value = text;
        await explainNow();
      } else {
        added = await addCatalog(text, origin, '') || added;
      }
    }
    if (added) await rerun();
  }

  $('catalog-pick').addEventListener('click', () => catalogFile.click());
  catalogFile.addEventListener('change', () => {
    loadFiles([...catalogFile.files]);
    catalogFile.value = '';
  });
  // Dropping files anywhere on the page loads them; text dropped onto the paste area goes
  // in as ever.
  const withFiles = (ev) => ev.dataTransfer && [...ev.dataTransfer.types].includes('Files');
  document.addEventListener('dragover', (ev) => {
    if (!withFiles(ev)) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = 'copy';
    document.body.dataset.drop = S.catalog_drop;
    document.body.classList.add('dropping');
  });
  document.addEventListener('dragleave', (ev) => {
    if (!ev.relatedTarget) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', (ev) => {
    document.body.classList.remove('dropping');
    if (!withFiles(ev)) return;
    ev.preventDefault();
    loadFiles([...ev.dataTransfer.files]); // the decoder is waited for
  });

  window.addEventListener('hashchange', fromHash);

  // registerWorker registers sw.js, which keeps the page's files so that it works
  // offline. Trusted Types are required, and register takes a TrustedScriptURL: the
  // page's one policy (web/site.TrustedTypesPolicy) makes that URL, and no other.
  function registerWorker() {
    if (!('serviceWorker' in navigator)) return;
    const url = new URL('sw.js', document.baseURI).href;
    try {
      const policy = globalThis.trustedTypes && trustedTypes.createPolicy('decifra-sw', {
        createScriptURL: (u) => {
          if (u !== url) throw new TypeError('decifra-sw makes only ' + url);
          return u;
        },
      });
      navigator.serviceWorker.register(policy ? policy.createScriptURL(url) : url).catch(() => {});
    } catch { /* a host's stricter policy: the page works, online only */ }
  }

  // index.html is written in English: the strings need applying only for another language,
  // and applying them anyway would lay the page out a second time while the wasm loads.
  if (lang !== document.documentElement.lang) applyLang();
  if (paste.value.trim()) showLoading(); // the browser restored a paste on reload
  const slowTimer = setTimeout(() => {
    slow = true;
    if (!ready && !failed) showLoading();
  }, SLOW_MS);
  performance.mark('decifra-usable'); // the paste area is read from here on
  // Ready: the decoder runs. The prose an explanation shows comes with it, a few small
  // chunks (decifra.js).
  api.ready.then(async () => {
    ready = true;
    clearTimeout(slowTimer);
    if (!(await fromHash())) {
      if (paste.value.trim()) await explainNow(); // pasted while the decoder was loading
      else showEmpty();
    }
    document.documentElement.dataset.ready = 'true';
    performance.mark('decifra-ready');
    registerWorker();
  }, (err) => {
    failed = err;
    clearTimeout(slowTimer);
    showLoadError(err);
    document.documentElement.dataset.ready = 'failed';
  });
})();
