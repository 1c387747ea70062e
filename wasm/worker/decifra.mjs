// decifra.mjs: the Worker's entry, wrangler.toml's main (`./build.sh worker` copies it to
// dist/worker/, next to the glue syumai/workers generates and imports from here).
//
// syumai's own worker.mjs starts a new Go instance for every request, and so every request
// pays for the Go runtime's start-up. This entry starts one instance per isolate, on the
// first request, and keeps it: each request reads its body here and calls the program's
// serve (wasm/worker/main.go) once, synchronously, with plain values. If the program ever
// ends (a panic), the next request starts a new one.
//
// The price: Go sees the env and ctx of the request that started it, through syumai's
// runtime context. decifra uses neither (no bindings, no waitUntil).
import "./wasm_exec.js";
import { createRuntimeContext, loadModule } from "./runtime.mjs";

let program; // Promise of the running program's binding; undefined when none runs

function start(env, ctx) {
  const binding = {};
  const started = loadModule().then(
    (mod) =>
      new Promise((ready, failed) => {
        const go = new Go();
        const instance = new WebAssembly.Instance(mod, {
          ...go.importObject,
          workers: { ready: () => ready(binding) },
        });
        go.run(instance, createRuntimeContext({ env, ctx, binding })).then(
          () => {
            forget(started);
            failed(new Error("decifra's Go program ended before it was ready"));
          },
          (err) => {
            forget(started);
            failed(err);
          },
        );
      }),
  );
  started.catch(() => forget(started));
  return started.then((binding) => loadTexts(env, binding));
}

// loadTexts hands Go the catalog's prose, one pack a language, from the static assets
// (wrangler.toml's ASSETS binding): the tables built into app.wasm hold none, which keeps
// the upload within the plan's limit. Static assets do not count towards it.
const langs = ["en", "pt-BR", "es"];
function loadTexts(env, binding) {
  return Promise.all(
    langs.map(async (lang) => {
      const r = await env.ASSETS.fetch(new Request("https://assets.invalid/static/decifra-text." + lang + ".bin"));
      if (!r.ok) throw new Error("decifra-text." + lang + ".bin: HTTP " + r.status);
      const err = binding.loadText(lang, new Uint8Array(await r.arrayBuffer()));
      if (err) throw new Error(err);
    }),
  ).then(() => binding);
}

function forget(p) {
  if (program === p) program = undefined;
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

async function fetch(req, env, ctx) {
  program ??= start(env, ctx);
  const go = await program;
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
  let headers = "";
  for (const [name, value] of req.headers) headers += name + ": " + value + "\n";
  const [status, answerHeaders, answer] = go.serve(req.method, req.url, headers, body, readError);
  const init = { status, headers: new Headers() };
  for (const line of answerHeaders.split("\n")) {
    const i = line.indexOf(": ");
    if (i > 0) init.headers.append(line.slice(0, i), line.slice(i + 2));
  }
  const noBody = status === 204 || status === 304 || req.method === "HEAD";
  return new Response(noBody ? null : answer, init);
}

export default { fetch };
