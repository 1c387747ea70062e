// driver.mjs: a headless Chromium for Go tests, driven over standard input and output.
// Each input line is one JSON command {"id", "cmd", "args"}; each output line answers one,
// {"id", "ok", "result"} or {"id", "ok": false, "error"}. The browser lives as long as
// standard input stays open: when the Go test binary exits, the browser goes with it.
//
// It uses Debian's Chromium (Playwright cannot download browsers here) through
// playwright-core, and @axe-core/playwright for accessibility scans. See browser.go.
import {createInterface} from 'node:readline';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';

const executablePath = process.env.DECIFRA_CHROMIUM || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

let browser = null;
const pages = new Map(); // id → {page, context, requests, console, dialogs}
let nextPage = 1;

function send(msg) {
  process.stdout.write(JSON.stringify(msg) + '\n');
}

function need(id) {
  const p = pages.get(id);
  if (!p) throw new Error(`no page ${id}`);
  return p;
}

// fn turns a function's source, sent from Go, into a function Playwright can send on.
function fn(source) {
  // The source comes from the Go tests themselves, never from a page.
  return (0, eval)('(' + source + ')');
}

const commands = {
  async launch() {
    browser = await chromium.launch({executablePath, headless: true, args});
    return {version: browser.version()};
  },

  // newPage opens a page in a fresh context: no cache, no storage, no code cache. Service
  // workers are blocked unless serviceWorkers; persistent gives the context a browser
  // of its own with a profile on disk, as a user's (Chromium checks installability only
  // there), deleted when the page closes.
  async newPage({locale = 'en-US', width = 1280, height = 900, colorScheme = 'light', reducedMotion = 'reduce',
    permissions = ['clipboard-read', 'clipboard-write'], serviceWorkers = false, persistent = false} = {}) {
    const options = {
      locale, viewport: {width, height}, colorScheme, reducedMotion, permissions,
      serviceWorkers: serviceWorkers ? 'allow' : 'block',
    };
    let context, profile = null;
    if (persistent) {
      profile = mkdtempSync(join(tmpdir(), 'decifra-profile-'));
      context = await chromium.launchPersistentContext(profile, {executablePath, headless: true, args, ...options});
    } else {
      context = await browser.newContext(options);
    }
    const page = context.pages()[0] || await context.newPage();
    const rec = {page, context, profile, cdp: null, requests: [], console: [], dialogs: []};
    context.on('request', (r) => rec.requests.push({url: r.url(), method: r.method(), resourceType: r.resourceType()}));
    page.on('console', (m) => rec.console.push({type: m.type(), text: m.text()}));
    page.on('pageerror', (e) => rec.console.push({type: 'pageerror', text: String(e && e.stack || e)}));
    page.on('dialog', (d) => { rec.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    const id = nextPage++;
    pages.set(id, rec);
    return {page: id};
  },

  // cdp sends one Chrome DevTools Protocol command for the page (Network.emulateNetworkConditions,
  // Page.getInstallabilityErrors …) and answers its result.
  async cdp({page, method, params = {}}) {
    const p = need(page);
    p.cdp ??= await p.context.newCDPSession(p.page);
    return p.cdp.send(method, params);
  },

  async closePage({page}) {
    const p = need(page);
    pages.delete(page);
    await p.context.close();
    if (p.profile) rmSync(p.profile, {recursive: true, force: true});
    return null;
  },

  // initScript runs source (a function's source) in every document the page loads,
  // before the document's own scripts.
  async initScript({page, source}) {
    await need(page).page.addInitScript(fn(source));
    return null;
  },

  async goto({page, url, waitUntil = 'load'}) {
    const resp = await need(page).page.goto(url, {waitUntil});
    return {status: resp ? resp.status() : 0, headers: resp ? resp.headers() : {}};
  },

  async fill({page, selector, value}) {
    await need(page).page.fill(selector, value);
    return null;
  },

  async type({page, selector, text, delay = 0}) {
    await need(page).page.locator(selector).pressSequentially(text, {delay});
    return null;
  },

  async click({page, selector}) {
    await need(page).page.click(selector);
    return null;
  },

  async select({page, selector, value}) {
    await need(page).page.selectOption(selector, value);
    return null;
  },

  async press({page, selector, key}) {
    if (selector) await need(page).page.press(selector, key);
    else await need(page).page.keyboard.press(key);
    return null;
  },

  async waitFor({page, selector, state = 'visible', timeout = 30000}) {
    await need(page).page.waitForSelector(selector, {state, timeout});
    return null;
  },

  async waitForFunction({page, source, arg = null, timeout = 30000}) {
    await need(page).page.waitForFunction(fn(source), arg, {timeout});
    return null;
  },

  async text({page, selector}) {
    return need(page).page.textContent(selector);
  },

  async attribute({page, selector, name}) {
    return need(page).page.getAttribute(selector, name);
  },

  // ariaSnapshot is the accessibility tree under selector, as Playwright writes it.
  async ariaSnapshot({page, selector}) {
    return need(page).page.locator(selector).ariaSnapshot();
  },

  async count({page, selector}) {
    return need(page).page.locator(selector).count();
  },

  // evaluate runs a function in the page: its source, and one JSON argument.
  async evaluate({page, source, arg = null}) {
    const v = await need(page).page.evaluate(fn(source), arg);
    return v === undefined ? null : v;
  },

  async screenshot({page, path, fullPage = true, selector = null, clip = null}) {
    const p = need(page).page;
    if (selector) await p.locator(selector).screenshot({path});
    else await p.screenshot({path, fullPage, ...(clip ? {clip} : {})});
    return null;
  },

  async setViewport({page, width, height}) {
    await need(page).page.setViewportSize({width, height});
    return null;
  },

  async emulateMedia({page, colorScheme = null, reducedMotion = null}) {
    const o = {};
    if (colorScheme) o.colorScheme = colorScheme;
    if (reducedMotion) o.reducedMotion = reducedMotion;
    await need(page).page.emulateMedia(o);
    return null;
  },

  // requests returns the requests the page's context made since mark (a count from an
  // earlier call; 0 for all).
  async requests({page, since = 0}) {
    const all = need(page).requests;
    return {mark: all.length, requests: all.slice(since)};
  },

  async console({page}) {
    return need(page).console;
  },

  async dialogs({page}) {
    return need(page).dialogs;
  },

  async axe({page, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], include = null}) {
    let b = new AxeBuilder({page: need(page).page}).withTags(tags);
    if (include) b = b.include(include);
    const r = await b.analyze();
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary})),
    }));
  },
};

async function shutdown() {
  try {
    if (browser) await browser.close();
  } finally {
    process.exit(0);
  }
}

const rl = createInterface({input: process.stdin, crlfDelay: Infinity});
let queue = Promise.resolve();
rl.on('line', (line) => {
  if (!line.trim()) return;
  queue = queue.then(async () => {
    let msg;
    try {
      msg = JSON.parse(line);
    } catch (e) {
      send({id: 0, ok: false, error: 'bad command line: ' + e.message});
      return;
    }
    const run = commands[msg.cmd];
    if (!run) {
      send({id: msg.id, ok: false, error: `unknown command ${msg.cmd}`});
      return;
    }
    try {
      send({id: msg.id, ok: true, result: await run(msg.args || {})});
    } catch (e) {
      send({id: msg.id, ok: false, error: String(e && e.message || e)});
    }
  });
});
rl.on('close', () => { queue.then(shutdown, shutdown); });
