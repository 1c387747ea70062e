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
// prose, which is bundled: it needs no fetch.
//
// If the program dies (a panic, out of memory), the request it was serving gets a 500
// problem, and the next request starts a new program.
import "./wasm_exec.js";
import app from "./app.wasm";
import englishText from "./decifra-text.en.bin";
import * as cards from "./cards.mjs";

// Go's settings, through its environment: past 16 MiB of heap (bodies over a few hundred
// KB), Go collects garbage harder rather than let its heap grow to twice what is live, for
// wasm memory is never given back. The README's Worker section has the figures.
const goEnv = { GOMEMLIMIT: "16MiB" };

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
  go.env = { ...goEnv, MAX_BODY: env.MAX_BODY ?? "" };
  // run runs main synchronously until it waits; its promise settles when the program ends.
  const ended = go.run(instance);
  delete globalThis.decifraGo;
  if (!binding.serve) {
    throw new Error(binding.error || "decifra's Go program ended before it was ready");
  }
  const started = loadText(env, binding, "en", Promise.resolve(new Uint8Array(englishText))).then(() => binding);
  const forget = () => {
    if (program === started) program = undefined;
  };
  binding.forget = forget;
  ended.then(forget, forget);
  started.catch(forget);
  return started;
}

// fetchText fetches the catalog's prose in lang, decifra-text.<lang>.bin, from the static
// assets (wrangler.toml's ASSETS binding): the tables built into app.wasm hold none, and
// the upload carries English's alone, which keeps it small. Static assets do not count
// towards it.
async function fetchText(env, lang) {
  const r = await env.ASSETS.fetch(new Request("https://assets.invalid/static/decifra-text." + lang + ".bin"));
  if (!r.ok) throw new Error("decifra-text." + lang + ".bin: HTTP " + r.status);
  return new Uint8Array(await r.arrayBuffer());
}

// loadText hands Go the catalog's prose in lang (text: the Promise of its pack, fetched
// here when not given), once per program.
function loadText(env, binding, lang, text) {
  let loaded = binding.texts.get(lang);
  if (!loaded) {
    loaded = (text ?? fetchText(env, lang)).then((pack) => {
      const err = binding.loadText(lang, pack);
      if (err) throw new Error(err);
    });
    binding.texts.set(lang, loaded);
    loaded.catch(() => binding.texts.delete(lang));
  }
  return loaded;
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
