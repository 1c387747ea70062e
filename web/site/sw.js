// sw.js, decifra's service worker: it keeps the page and its assets so that the page
// works with no network after the first visit. It serves files and nothing else: it
// never reads a request's body or stores anything the page computes, and it keeps the
// page under one fixed key, so a share link's paste (after the #) is never stored.
//
// ./build.sh site rewrites ASSETS to the assets' content-hashed names, and lists there
// every chunk of the catalog's prose (web/site's Fingerprint), so each deploy that changes an asset changes this file: the browser then
// installs the new worker, which fetches the new names, takes over, and deletes what the
// old one kept. The page itself is asked of the network first (a deploy is seen at
// once), its kept copy refreshed, and served from the cache when the network fails.
'use strict';

const CACHE = 'decifra';
const PAGE = './';
const ASSETS = [
  'static/decifra.js',
  'static/style.css',
  'static/wasm_exec.js',
  'static/card.js',
  'static/app.js',
  'static/decifra.wasm',
  // decifra-text chunks
];

const IMMUTABLE = 'static/immutable/'; // where the hashed assets are (web/site.Immutable)
const scope = new URL(PAGE, self.location).href;
const page = new URL(PAGE, scope).pathname;
const assets = new Set(ASSETS.map((a) => new URL(a, scope).pathname));

self.addEventListener('install', (event) => {
  // Where the browser supports it (Chromium's static routing), it serves the hashed
  // assets from the cache itself, without waking this worker, and races the network
  // against the worker for the page: a returning visitor waits for neither the worker
  // nor a revalidation. Elsewhere the fetch handler below does the same work.
  if (event.addRoutes) {
    event.waitUntil(event.addRoutes([
      {condition: {urlPattern: new URLPattern({pathname: new URL(IMMUTABLE, scope).pathname + '*'})}, source: {cacheName: CACHE}},
      {condition: {requestMode: 'navigate', urlPattern: new URLPattern({pathname: page})}, source: 'race-network-and-fetch-handler'},
    ]).catch(() => {}));
  }
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const kept = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
    // A hashed name's bytes never change: what is kept already is not fetched again.
    // The page is fetched past the HTTP cache, so that the kept page names these assets.
    await cache.addAll(ASSETS.filter((a) => !kept.has(new URL(a, scope).pathname)));
    await cache.put(PAGE, await fetch(PAGE, {cache: 'no-cache'}));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const r of await cache.keys()) {
      const p = new URL(r.url).pathname;
      if (p !== page && !assets.has(p)) await cache.delete(r);
    }
    for (const name of await caches.keys()) {
      if (name !== CACHE) await caches.delete(name);
    }
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate' && (url.pathname === page || url.pathname === page + 'index.html')) {
    event.respondWith(fromNetwork(event));
  } else if (assets.has(url.pathname)) {
    event.respondWith(caches.match(url.pathname, {cacheName: CACHE}).then((r) => r || fetch(req)));
  }
});

// fromNetwork answers a navigation to the page from the network (the navigation
// preload's request, started while this worker woke up), keeping a good answer under
// the page's fixed key, and from the cache when the network fails.
async function fromNetwork(event) {
  try {
    const r = (await event.preloadResponse) || (await fetch(event.request.url.split('#')[0], {cache: 'no-cache'}));
    if (r.ok) {
      const copy = r.clone();
      event.waitUntil(caches.open(CACHE).then((c) => c.put(PAGE, copy)));
    }
    return r;
  } catch (err) {
    const kept = await caches.match(PAGE, {cacheName: CACHE});
    if (kept) return kept;
    throw err;
  }
}
