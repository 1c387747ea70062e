// card.js adds to globalThis.decifra the functions that turn an explanation into DOM:
//
//   decifra.card(x, strings)           → <article>, the explanation card
//   decifra.noErrorCard(err, strings, lang) → <article>, the "couldn't read this" card
//   decifra.markdown(x, strings[, label]) → Markdown for a ticket, label ("2 of 3") first
//   decifra.countdown(card, strings)   → starts a wait card's countdown; returns its stop
//
// strings is the UI text in the explanation's language (index.html carries both). The
// markup is the same as web/card.templ's, element for element; the browser tests compare
// the two. Every string from the paste becomes a text node: nothing here parses HTML.
// The page loads it as a classic script, decifra-explainer.js as a module: it runs alike
// either way.
'use strict';
(() => {
  const SVG = 'http://www.w3.org/2000/svg';

  // el builds an element. Attributes whose value is null, undefined or false are left
  // out. Children are nodes, strings (which become text nodes, never markup) and arrays
  // of them; null, undefined, false, '' and 0 are skipped, so `cond && el(…)` reads well.
  function el(tag, attrs, ...kids) {
    return build(document.createElement(tag), attrs, kids);
  }
  function svgEl(tag, attrs, ...kids) {
    return build(document.createElementNS(SVG, tag), attrs, kids);
  }
  function build(e, attrs, kids) {
    if (attrs) {
      for (const k in attrs) {
        const v = attrs[k];
        if (v !== null && v !== undefined && v !== false) e.setAttribute(k, String(v));
      }
    }
    appendAll(e, kids);
    return e;
  }
  function appendAll(e, kids) {
    for (const k of kids) {
      if (k === null || k === undefined || k === false || k === '' || k === 0) continue;
      if (Array.isArray(k)) appendAll(e, k);
      else if (typeof k === 'string') e.appendChild(document.createTextNode(k));
      else e.appendChild(k);
    }
  }

  // The helpers below are web/card.go's, line for line.
  function fill(s, ...kv) {
    for (let i = 0; i + 1 < kv.length; i += 2) s = s.split('{' + kv[i] + '}').join(String(kv[i + 1]));
    return s;
  }
  const percent = (c) => String(Math.floor(c * 100 + 0.5));
  const confidenceLevel = (c) => (c >= 0.8 ? 'high' : c >= 0.5 ? 'medium' : 'low');
  const seconds = (S, n) => fill(S.seconds, 'n', n);
  const secondsList = (S, schedule) => schedule.map((n) => seconds(S, n)).join(', ');
  const label = (S, prefix, value) => S[prefix + value] || value;
  function roundHalfUp(f) {
    const n = Math.trunc(f);
    return f - n >= 0.5 ? n + 1 : n;
  }
  // reattemptLine is web/ui's Reattempt.
  function reattemptLine(S, r) {
    const h = r.after_hours;
    return fill(r.brand ? S.reattempt : S.reattempt_any, 'n', r.max_attempts, 'days', r.within_days, 'brand', r.brand) +
      (h ? '; ' + fill(S.reattempt_after, 'time', h >= 48 && h % 24 === 0 ? fill(S.days, 'n', h / 24) : fill(S.hours, 'n', h)) : '');
  }
  const TL = {width: 320, height: 52, pad: 14, axisY: 16, labelY: 42, dotR: 5};
  function timelineStops(S, schedule) {
    const total = schedule.reduce((a, n) => a + n, 0);
    if (total <= 0) return [];
    const scale = (TL.width - 2 * TL.pad) / total;
    let at = 0;
    let prevX = TL.pad;
    return schedule.map((n) => {
      at += n;
      const x = roundHalfUp(TL.pad + at * scale);
      const stop = {x, labelX: roundHalfUp((prevX + x) / 2), label: seconds(S, n)};
      prevX = x;
      return stop;
    });
  }

  function card(x, S) {
    const p = x.provider;
    const r = x.retry || {};
    const input = x.input || {};
    const fix = x.fix || [];
    const fields = x.fields || [];
    const redacted = input.redacted || [];
    const notes = input.notes || [];
    return el('article', {'class': 'card', 'data-testid': 'card', 'data-strategy': r.strategy, 'data-category': x.category, 'lang': x.lang},
      el('header', {'class': 'card-head'},
        p
          ? el('p', {'class': 'card-provider'},
            el('span', {'class': 'provider', 'data-testid': 'provider', 'data-provider': p.id}, p.name),
            el('span', {'class': 'confidence confidence-' + confidenceLevel(p.confidence), 'data-testid': 'confidence'},
              fill(S.confidence, 'pct', percent(p.confidence))))
          : el('p', {'class': 'card-provider'},
            el('span', {'class': 'provider provider-unknown', 'data-testid': 'provider', 'data-provider': ''}, S.provider_unknown)),
        el('h2', {'class': 'card-title', 'data-testid': 'title'}, x.title),
        el('dl', {'class': 'facts'},
          x.code && el('div', {'class': 'fact'},
            el('dt', null, S.code),
            el('dd', null, el('code', {'data-testid': 'code'}, x.code))),
          x.http_status && el('div', {'class': 'fact'},
            el('dt', null, S.http_status),
            el('dd', {'data-testid': 'http-status'}, String(x.http_status)),
            input.status_source === 'catalog' && el('dd', {'class': 'fact-note'}, S.status_documented)),
          el('div', {'class': 'fact'},
            el('dt', null, S.category),
            el('dd', {'data-testid': 'category'}, label(S, 'cat_', x.category)))),
        p && p.evidence && p.evidence.length > 0 && el('div', {'class': 'evidence', 'data-testid': 'evidence'},
          el('p', {'class': 'evidence-label'}, S.evidence),
          el('ul', null, p.evidence.map((e) => el('li', null, e)))),
        !p && el('p', {'class': 'evidence-label', 'data-testid': 'evidence'}, S.provider_unknown_note),
        x.alternatives && x.alternatives.length > 0 && el('p', {'class': 'alternatives', 'data-testid': 'alternatives'},
          el('span', null, S.alternatives),
          x.alternatives.map((a) => el('span', {'class': 'alternative'}, (a.name || a.id) + ' ' + percent(a.confidence) + '%')))),
      input.truncated && el('p', {'class': 'callout callout-warning', 'data-testid': 'truncated'}, S.truncated),
      input.bytes_read > 0 && el('p', {'class': 'callout callout-warning', 'data-testid': 'too-large'}, fill(S.too_large, 'n', input.bytes_read)),
      el('section', {'class': 'block block-meaning'},
        el('h3', null, S.meaning),
        el('p', {'data-testid': 'meaning'}, x.meaning),
        x.message && el('figure', {'class': 'quote'},
          el('figcaption', null, S.message),
          el('blockquote', {'data-testid': 'message'}, x.message)),
        x.details && el('figure', {'class': 'quote'},
          el('figcaption', null, S.details),
          el('blockquote', {'data-testid': 'details'}, x.details))),
      fix.length > 0 && el('section', {'class': 'block block-fix'},
        el('h3', null, S.fix),
        el('ol', {'data-testid': 'fix'}, fix.map((step) => el('li', null, step)))),
      fields.length > 0 && el('section', {'class': 'block block-fields'},
        el('h3', null, S.fields),
        el('ul', {'class': 'fields', 'data-testid': 'fields'}, fields.map((f) =>
          el('li', {'class': 'field', 'data-testid': 'field'},
            el('code', {'class': 'field-name'}, f.name),
            el('ul', {'class': 'field-problems'}, (f.problems || []).map((pr) => el('li', null, pr))))))),
      retryBlock(x, S),
      supportBlock(x, S),
      el('footer', {'class': 'card-foot'},
        x.docs_url && el('p', null, el('a', {'href': safeURL(x.docs_url), 'data-testid': 'docs', 'rel': 'noopener noreferrer'}, S.docs)),
        x.source && el('p', {'data-testid': 'source'}, fill(S.source, 'source', x.source)),
        redacted.length > 0 && el('p', {'data-testid': 'redacted'}, fill(S.masked, 'list', redacted.join(', '))),
        el('details', {'class': 'notes', 'data-testid': 'notes'},
          el('summary', null, S.notes),
          el('ul', null,
            el('li', {'data-testid': 'format'}, label(S, 'format_', input.format || '')),
            notes.map((n) => el('li', null, n))))));
  }

  function retryBlock(x, S) {
    const r = x.retry || {};
    const s = r.strategy;
    const wait = s === 'wait' && r.after_seconds !== undefined && r.after_seconds !== null;
    const schedule = r.schedule || [];
    return el('section', {'class': 'block block-retry retry-' + s, 'data-testid': 'retry'},
      el('h3', null, S.retry),
      el('p', {'class': 'strategy'},
        el('span', {'class': 'badge badge-' + s, 'data-testid': 'strategy', 'data-strategy': s}, S['strategy_' + s] || 'strategy_' + s),
        r.source && el('span', {'class': 'retry-source', 'data-testid': 'retry-source'}, fill(S.retry_source, 'source', r.source))),
      r.reattempt && el('p', {'class': 'reattempt', 'data-testid': 'reattempt'}, reattemptLine(S, r.reattempt)),
      wait && el('p', {'class': 'countdown', 'role': 'timer', 'data-testid': 'countdown', 'data-seconds': String(r.after_seconds)},
        el('span', {'class': 'countdown-label'}, S.countdown),
        el('span', {'class': 'countdown-value'}, seconds(S, r.after_seconds))),
      s === 'backoff' && schedule.length > 0 && el('figure', {'class': 'timeline', 'data-testid': 'backoff-timeline'},
        svgEl('svg', {'class': 'timeline-svg', 'viewBox': '0 0 ' + TL.width + ' ' + TL.height, 'role': 'img',
          'aria-label': fill(S.backoff_label, 'list', secondsList(S, schedule))},
        svgEl('line', {'class': 'timeline-axis', 'x1': TL.pad, 'y1': TL.axisY, 'x2': TL.width - TL.pad, 'y2': TL.axisY}),
        svgEl('circle', {'class': 'timeline-fail', 'cx': TL.pad, 'cy': TL.axisY, 'r': TL.dotR}),
        timelineStops(S, schedule).map((st) => [
          svgEl('circle', {'class': 'timeline-try', 'cx': st.x, 'cy': TL.axisY, 'r': TL.dotR}),
          svgEl('text', {'class': 'timeline-gap', 'x': st.labelX, 'y': TL.labelY, 'text-anchor': 'middle'}, st.label),
        ])),
        el('figcaption', null, fill(S.backoff, 'list', secondsList(S, schedule)))),
      s === 'check_first' && el('p', {'class': 'callout callout-danger', 'role': 'note', 'data-testid': 'check-first'},
        el('strong', null, S.check_first_title),
        el('span', null, S.check_first)),
      el('p', {'class': 'advice', 'data-testid': 'advice'}, r.advice),
      r.idempotency && el('p', {'class': 'idempotency', 'data-testid': 'idempotency'},
        el('strong', null, S.idempotency),
        el('span', null, r.idempotency)));
  }

  function supportBlock(x, S) {
    return el('section', {'class': 'block block-support'},
      el('h3', null, S.support),
      x.request_id
        ? el('p', {'class': 'request-id'},
          el('span', {'class': 'request-id-label'}, S.request_id),
          el('code', {'data-testid': 'request-id'}, x.request_id),
          el('button', {'type': 'button', 'class': 'copy', 'data-testid': 'copy-request-id', 'data-copy': x.request_id, 'aria-label': S.copy_request_id}, S.copy))
        : el('p', {'class': 'request-id request-id-none'}, S.no_request_id),
      el('p', {'class': 'support-label'}, S.support_send),
      el('p', {'data-testid': 'support'}, x.support || S.support_default));
  }

  // safeURL keeps http(s) links only, as templ does; the docs URL comes from the catalog,
  // but a link must never run script whatever its source.
  function safeURL(u) {
    return /^https?:\/\//i.test(u) ? u : 'about:invalid#TemplFailedSanitizationURL';
  }

  function noErrorCard(err, S, lang) {
    return el('article', {'class': 'card card-none', 'data-testid': 'no-error', 'lang': lang},
      el('header', {'class': 'card-head'},
        el('h2', {'class': 'card-title', 'data-testid': 'title'}, S.none_title)),
      el('dl', {'class': 'none-facts'},
        el('dt', null, S.none_expected),
        el('dd', {'data-testid': 'expected'}, S.none_expected_text),
        err.found && [el('dt', null, S.none_found), el('dd', {'data-testid': 'found'}, err.found)],
        err.hint && [el('dt', null, S.none_try), el('dd', {'data-testid': 'hint'}, withCode(err.hint))]));
  }

  // withCode turns the `backticked` parts of a hint (a command to run) into code elements;
  // every part stays text.
  function withCode(s) {
    return String(s).split('`').map((part, i) => (i % 2 === 1 ? el('code', null, part) : part));
  }

  // markdown writes the explanation for a ticket or a chat: the headline (led by label,
  // when given), then the sections that matter, codes and ids in code spans.
  function markdown(x, S, label) {
    const r = x.retry || {};
    const code = (s) => '`' + String(s).replace(/`/g, "'") + '`';
    const line = (s) => String(s).replace(/\s*\n\s*/g, ' ');
    const out = [];
    const head = [];
    if (x.provider) head.push(x.provider.name);
    if (x.code) head.push(code(x.code));
    if (x.http_status) head.push('HTTP ' + x.http_status);
    out.push('### ' + (label ? label + ' · ' : '') + line(x.title));
    if (head.length) out.push('', head.join(' · '));
    if (x.provider) out.push('', '_' + fill(S.confidence, 'pct', percent(x.provider.confidence)) + '_: ' + x.provider.evidence.map(line).join('; '));
    out.push('', '**' + S.meaning + '**: ' + line(x.meaning));
    if (x.message) out.push('', '> ' + line(x.message));
    if (x.fix && x.fix.length) {
      out.push('', '**' + S.fix + '**', '');
      x.fix.forEach((f, i) => out.push((i + 1) + '. ' + line(f)));
    }
    if (x.fields && x.fields.length) {
      out.push('', '**' + S.fields + '**', '');
      x.fields.forEach((f) => out.push('- ' + code(f.name) + ': ' + (f.problems || []).map(line).join('; ')));
    }
    let retry = S['strategy_' + r.strategy] || r.strategy;
    if (r.after_seconds !== undefined && r.after_seconds !== null) retry += ' (' + seconds(S, r.after_seconds) + ')';
    if (r.schedule && r.schedule.length) retry += ' (' + secondsList(S, r.schedule) + ')';
    out.push('', '**' + S.retry + '**: ' + retry + '. ' + line(r.advice || ''));
    if (r.idempotency) out.push('', '**' + S.idempotency + '**: ' + line(r.idempotency));
    if (x.request_id) out.push('', '**' + S.request_id + '**: ' + code(x.request_id));
    if (x.input && x.input.redacted && x.input.redacted.length) out.push('', fill(S.masked, 'list', x.input.redacted.join(', ')));
    return out.join('\n') + '\n';
  }

  // countdown runs the countdown of a wait card: the seconds left, then "you can retry
  // now". It returns the function that stops it (a no-op for a card without one).
  function countdown(root, S) {
    const c = root.querySelector('[data-testid="countdown"]');
    if (!c) return () => {};
    const total = Number(c.dataset.seconds);
    const start = performance.now();
    const value = c.querySelector('.countdown-value');
    const labelEl = c.querySelector('.countdown-label');
    c.style.setProperty('--countdown-duration', total + 's');
    c.classList.add('running');
    const tick = () => {
      const left = Math.max(0, Math.ceil(total - (performance.now() - start) / 1000));
      if (left > 0) {
        value.textContent = seconds(S, left);
        return;
      }
      clearInterval(timer);
      labelEl.textContent = S.countdown_done;
      value.textContent = '';
      c.classList.remove('running');
      c.classList.add('done');
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }

  const api = globalThis.decifra;
  if (!api) throw new Error('card.js: load decifra.js first');
  api.card = card;
  api.noErrorCard = noErrorCard;
  api.markdown = markdown;
  api.countdown = countdown;
})();
