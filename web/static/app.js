// app.js runs the page: it explains the paste as it changes, shows the card (or, for a
// paste with several errors, a numbered list of cards), translates the page, loads
// examples, and makes share links and Markdown. The paste area works before the decoder
// has loaded: the result pane says it is loading, and a paste made meanwhile is
// explained once it has; if it cannot load, the pane says why and what to do. It
// defines no globals and makes no request: the decoder is decifra.js's, everything else
// is in index.html, and the service worker it registers (sw.js) once the decoder works
// keeps the page's files for offline use.
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

  const DEBOUNCE_MS = 150;
  const HASH_PREFIX = '#z=';
  const SLOW_MS = 10000; // loading longer than this: say that the connection may be slow
  // CLI is how to get the command-line tool, offered when the decoder cannot load here.
  const CLI = 'go install github.com/decifra/decifra/cmd/decifra@latest';

  let lang = initialLang();
  let S = data.strings[lang];
  let shown = null; // {xs} (one explanation per error) or {err}: what the result pane shows
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
    if (xs && xs.length === 1) {
      result.replaceChildren(api.card(xs[0], S));
      stopCountdown = api.countdown(result, S);
      announce(fill(S.explained, 'title', xs[0].title));
    } else if (xs) {
      const cards = xs.map((x) => api.card(x, S));
      result.replaceChildren(...many(cards));
      const stops = cards.map((c) => api.countdown(c, S));
      stopCountdown = () => stops.forEach((stop) => stop());
      announce(fill(S.many_errors, 'n', xs.length));
    } else {
      result.replaceChildren(api.noErrorCard(what.err, S, lang));
      announce(S.none_title);
    }
    markdownButton.disabled = !xs;
    shareButton.disabled = false;
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
      const xs = await api.explainAll(text, {lang, now: Date.now()});
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
    if (shown) explainNow();
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

  // The card's copy buttons (the request id).
  result.addEventListener('click', async (ev) => {
    const b = ev.target.closest('button[data-copy]');
    if (!b) return;
    const ok = await copy(b.dataset.copy);
    b.textContent = ok ? S.copied : S.copy;
    announce(ok ? S.copied : S.copy_failed);
    setTimeout(() => { b.textContent = S.copy; }, 1500);
  });

  window.addEventListener('hashchange', restoreFromHash);

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
    if (!(await restoreFromHash())) {
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
