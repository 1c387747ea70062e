// decifra.mjs: the Worker's entry, wrangler.toml's main (`./build.sh worker` copies it to
// dist/worker/, beside Go's wasm_exec.js, app.wasm, the catalog's English prose and
// cards.mjs).
//
// One Go program runs per isolate, started by the first request and kept: each request
// reads its body here and calls the program's serve (wasm/worker/main.go) once,
// synchronously, with plain values. What the runtime allows before a request is done at
// module start-up: the runtime compiles app.wasm when it loads the Worker, and the first
// program's instance (its memory, its data) is made here at once. Go's runtime itself
// cannot start until a request comes: it seeds its hash functions from
// crypto.getRandomValues, which Workers refuse outside a handler ("Disallowed operation
// called within global scope"). The first request then starts Go and loads the English
// prose, which is bundled: it needs no fetch. It is bundled compressed with brotli
// (decifra-text.en.bin.br, a fifth smaller than the upload's own gzip makes it, which
// keeps the upload within its 1.5 MB budget), and decompressed once, here at module
// start-up, with node:zlib (wrangler.toml's nodejs_compat): a few milliseconds, before
// any request.
//
// If the program dies (a panic, out of memory), the request it was serving gets a 500
// problem, and the next request starts a new program.
//
// The portal catalogs the Worker is deployed with (wrangler.toml's DECIFRA_CATALOGS:
// paths of its static assets) are fetched through the ASSETS binding when a program
// starts, and parsed by it once, before it serves its first request (loadCatalogs). A
// catalog that cannot be fetched or parsed does not stop the program: Go answers every
// request that needs the catalogs with a 500 problem saying what is wrong.
import "./wasm_exec.js";
import app from "./app.wasm";
import { brotliDecompressSync } from "node:zlib";
import englishTextBrotli from "./decifra-text.en.bin.br";
import * as cards from "./cards.mjs";

// Go's settings, through its environment: past 16 MiB of heap (bodies over a few hundred
// KB), Go collects garbage harder rather than let its heap grow to twice what is live, for
// wasm memory is never given back. The README's Worker section has the figures.
const goEnv = { GOMEMLIMIT: "16MiB" };

// The catalog's English prose, decompressed once per isolate.
const englishText = new Uint8Array(brotliDecompressSync(new Uint8Array(englishTextBrotli)));

let next = instantiate(); // the instance the next program runs in
let program; // Promise of the running program's binding; undefined when none runs
let programs = 0; // programs started in this isolate, for the test-only memory report

function instantiate() {
  const go = new Go();
  return { go, instance: new WebAssembly.Instance(app, go.importObject) };
}

// start runs a program to the point where it waits for requests, with the catalog's
// English prose loaded: English is the language most requests ask for, and the one the
// others fall back to. The other languages' are fetched when a request first needs them.
function start(env) {
  const { go, instance } = next ?? instantiate();
  next = undefined;
  const binding = {
    cards,
    loader: go,
    instance: ++programs,
    memoryBytes: () => instance.exports.mem.buffer.byteLength,
    texts: new Map(), // lang → Promise of its prose loaded
  };
  globalThis.decifraGo = binding;
  go.env = { ...goEnv, MAX_BODY: env.MAX_BODY ?? "", DECIFRA_CATALOGS: catalogsSetting(env.DECIFRA_CATALOGS) };
  // run runs main synchronously until it waits; its promise settles when the program ends.
  const ended = go.run(instance);
  delete globalThis.decifraGo;
  if (!binding.serve) {
    throw new Error(binding.error || "decifra's Go program ended before it was ready");
  }
  const started = Promise.all([
    loadText(env, binding, "en", Promise.resolve(englishText)),
    loadCatalogs(env, binding),
  ]).then(() => binding);
  const forget = () => {
    if (program === started) program = undefined;
  };
  binding.forget = forget;
  ended.then(forget, forget);
  started.catch(forget);
  return started;
}

// staticAsset fetches static/<name> from the static assets (wrangler.toml's ASSETS
// binding), which do not count towards the upload's size; an answer other than 2xx is an
// error naming the file.
async function staticAsset(env, name) {
  const r = await env.ASSETS.fetch(new Request("https://assets.invalid/static/" + name));
  if (!r.ok) throw new Error(name + ": HTTP " + r.status);
  return r;
}

// fetchText fetches the catalog's prose in lang, decifra-text.<lang>.bin: the tables
// built into app.wasm hold none, and the upload carries English's alone, which keeps it
// small.
async function fetchText(env, lang) {
  return new Uint8Array(await (await staticAsset(env, "decifra-text." + lang + ".bin")).arrayBuffer());
}

// fetchStrings gives cards.mjs the UI strings in lang, decifra-strings.<lang>.js: the
// upload carries none.
async function fetchStrings(env, lang) {
  cards.addStrings(lang, await (await staticAsset(env, "decifra-strings." + lang + ".js")).text());
}

// uiStrings gives cards.mjs the UI strings in lang, once per isolate (cards.mjs keeps
// them for the isolate's life, across programs): English's, which the cards of every
// language fall back to, before a request that may want HTML; the others' with their
// prose (loadText). A failed fetch is tried again by the next request.
const uiLoaded = new Map(); // lang → Promise of its strings added
function uiStrings(env, lang) {
  let loaded = uiLoaded.get(lang);
  if (!loaded) {
    loaded = fetchStrings(env, lang);
    uiLoaded.set(lang, loaded);
    loaded.catch(() => uiLoaded.delete(lang));
  }
  return loaded;
}

// loadText hands Go the catalog's prose in lang (text: the Promise of its pack, fetched
// here when not given), once per program, and waits for cards.mjs to have the UI strings
// in lang (uiStrings; English's are asked for before an answer that may be a card). Go asks for a language's prose before it answers anything in it, so
// every card in the language is rendered after both are loaded.
function loadText(env, binding, lang, text) {
  let loaded = binding.texts.get(lang);
  if (!loaded) {
    const ui = lang === "en" ? undefined : uiStrings(env, lang);
    loaded = Promise.all([text ?? fetchText(env, lang), ui]).then(([pack]) => {
      const err = binding.loadText(lang, pack);
      if (err) throw new Error(err);
    });
    binding.texts.set(lang, loaded);
    loaded.catch(() => binding.texts.delete(lang));
  }
  return loaded;
}

// catalogsSetting is DECIFRA_CATALOGS as Go reads it: a string of paths separated by
// commas (wrangler.toml may give a string, or an array of strings).
function catalogsSetting(v) {
  if (v === undefined || v === null) return "";
  return Array.isArray(v) ? v.join(",") : String(v);
}

// loadCatalogs fetches the catalogs of DECIFRA_CATALOGS (binding.catalogPaths, which Go
// read from its environment) from the static assets and hands them to Go, which parses
// them once and keeps them for the program's life.
async function loadCatalogs(env, binding) {
  const paths = binding.catalogPaths;
  if (paths.length === 0) return;
  const files = await Promise.all(paths.map((path) => fetchCatalog(env, path, binding.maxCatalogBytes)));
  binding.loadCatalogs(files);
}

// fetchCatalog fetches one catalog from the static assets, as {path, data, size, error}:
// data is its bytes, or null when it could not be fetched (error says why) or is over
// max bytes (size says how many: Go refuses it by its size, unread). It never throws: a
// failure is the catalog's problem, which Go reports on every request.
async function fetchCatalog(env, path, max) {
  const file = { path, data: null, size: 0, error: "" };
  if (!env.ASSETS) {
    file.error = 'the Worker has no ASSETS binding ([assets] binding = "ASSETS" in wrangler.toml)';
    return file;
  }
  try {
    const r = await env.ASSETS.fetch(new Request("https://assets.invalid" + path));
    const declared = Number(r.headers.get("content-length"));
    if (!r.ok || declared > max) {
      await r.body?.cancel();
      if (r.ok) file.size = declared;
      else if (r.status === 404) file.error = "HTTP 404: the static assets have no file at that path";
      else file.error = "HTTP " + r.status + " from the static assets";
      return file;
    }
    const data = new Uint8Array(await r.arrayBuffer());
    file.size = data.byteLength;
    if (data.byteLength <= max) file.data = data;
  } catch (err) {
    file.error = "fetching it from the static assets failed: " + String(err);
  }
  return file;
}

// readBody reads at most max+1 bytes: enough for Go to tell a body over the cap, and
// never an unbounded amount. A body with a Content-Length (at most max: see fetch) is read
// whole by the runtime, which holds it to that length.
async function readBody(req, max) {
  if (req.body === null) return new Uint8Array(0);
  if (req.headers.has("content-length")) return new Uint8Array(await req.arrayBuffer());
  const reader = req.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      break;
    }
  }
  if (chunks.length === 1) return chunks[0];
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

// failed is the 500 problem for a request the program could not answer. It says nothing
// of the paste, which never leaves the program.
function failed(detail) {
  const problem = { type: "about:blank", title: "Internal Server Error", status: 500, detail };
  return new Response(JSON.stringify(problem) + "\n", {
    status: 500,
    headers: {
      "Content-Type": "application/problem+json",
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

// running is the running program's binding, started if none runs; it throws when the
// program cannot start.
async function running(env) {
  const started = (program ??= start(env));
  try {
    return await started;
  } catch (err) {
    if (program === started) program = undefined;
    throw err;
  }
}

async function fetch(req, env) {
  let go;
  try {
    go = await running(env);
  } catch (err) {
    return failed("decifra's program could not start: " + err.message);
  }
  let body = null;
  let readError = "";
  // A body declared over the cap is left unread: Go answers 413 from Content-Length.
  if (!(Number(req.headers.get("content-length")) > go.maxBody)) {
    try {
      body = await readBody(req, go.maxBody);
    } catch (err) {
      readError = String(err);
    }
  }
  if (go.loader.exited) {
    // Another request ended the program while this one's body was read.
    try {
      go = await running(env);
    } catch (err) {
      return failed("decifra's program could not start: " + err.message);
    }
  }
  let headers = "";
  for (const [name, value] of req.headers) headers += name + ": " + value + "\n";
  const url = new URL(req.url);
  if ((url.search + req.headers.get("accept")).includes("html")) {
    // The answer may be an HTML card (Go's answersHTML asks for "html" in format or
    // Accept: this asks for it anywhere in either), which needs the English UI strings.
    try {
      await uiStrings(env, "en");
    } catch (err) {
      return failed("decifra's UI strings could not be loaded: " + err.message);
    }
  }
  const serve = () => go.serve(req.method, url.pathname, url.search.slice(1), headers, body, readError);
  let answer;
  try {
    answer = serve();
    if (answer?.needsProse) {
      const lang = answer.needsProse;
      try {
        await loadText(env, go, lang);
      } catch (err) {
        return failed("decifra's prose in " + lang + " could not be loaded: " + err.message);
      }
      answer = go.loader.exited ? undefined : serve();
    }
  } catch {
    // A trap in the wasm (memory exhausted) ends the program as a panic does.
    answer = undefined;
  }
  if (answer === undefined || answer.needsProse || go.loader.exited) {
    // The program died serving this request: Go's loader returns undefined from the call
    // it panicked in. The next request starts a new one.
    go.forget();
    return failed("decifra's program stopped while answering; the next request starts it again");
  }
  const [status, answerHeaders, answerBody] = answer;
  const init = { status, headers: new Headers() };
  for (let i = 0; i + 1 < answerHeaders.length; i += 2) init.headers.append(answerHeaders[i], answerHeaders[i + 1]);
  const noBody = status === 204 || status === 304 || req.method === "HEAD";
  return new Response(noBody ? null : answerBody, init);
}

export default { fetch };
