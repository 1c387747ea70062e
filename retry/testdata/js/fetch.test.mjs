// fetch.test.mjs tests decifra-retry.js's retryingFetch against a loopback server, with
// Node's own fetch (the fetch of browsers and Workers). retry/js_test.go runs it with
// `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { retryingFetch, decide, GiveUp } from "../../../web/static/decifra-retry.js";

// serve answers the n-th request with the n-th reply ([status, headers, body]; the last one
// again after that), remembers each request's body and Idempotency-Key, and closes when
// the test t ends, passed or failed (a server left listening would keep Node running).
async function serve(t, ...replies) {
  const seen = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ body, key: req.headers["idempotency-key"] ?? "" });
      const [status, headers, text] = replies[Math.min(seen.length, replies.length) - 1];
      if (status === 0) return req.socket.destroy(); // hang up after the request was read
      res.writeHead(status, headers);
      res.end(text ?? "");
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = (done) => {
    if (server.listening) server.close(done);
    else done?.();
    server.closeAllConnections(); // the fetch's keep-alive sockets too
  };
  t.after(() => close());
  return { url: `http://127.0.0.1:${server.address().port}/v1/payments`, seen, close };
}

// options record the waits instead of sleeping, and jitter to the ceiling.
function recording() {
  const waits = [];
  return { waits, sleep: async (ms) => { waits.push(ms); }, jitter: (max) => max };
}

test("backs off with a doubling ceiling, then succeeds", async (t) => {
  const s = await serve(t, [503], [503], [200, {}, "{}"]);
  const r = recording();
  const res = await retryingFetch(s.url, {}, r);
  assert.equal(res.status, 200);
  assert.equal(s.seen.length, 3);
  assert.deepEqual(r.waits, [1000, 2000]);
});

test("waits the stated time, and resends the same body", async (t) => {
  const s = await serve(t, [429, { "Retry-After": "7" }], [201, {}, "{}"]);
  const r = recording();
  const res = await retryingFetch(s.url, { method: "POST", body: '{"amount":100}' }, r);
  assert.equal(res.status, 201);
  assert.deepEqual(r.waits, [7000]);
  assert.deepEqual(s.seen.map((x) => x.body), ['{"amount":100}', '{"amount":100}']);
});

test("gives up at once on a wait longer than maxWait", async (t) => {
  const s = await serve(t, [429, { "Retry-After": "120" }, '{"error":"slow down"}']);
  const r = recording();
  await assert.rejects(retryingFetch(s.url, {}, { ...r, maxWait: 30_000 }), (e) => {
    assert.ok(e instanceof GiveUp);
    assert.equal(e.reason, "wait_too_long");
    assert.equal(e.decision.delay, 120_000);
    assert.equal(e.attempts, 1);
    return true;
  });
  assert.deepEqual(r.waits, []);
  assert.equal(s.seen.length, 1);
});

test("never resends a POST without a key whose outcome is unknown; resends one with a key", async (t) => {
  let s = await serve(t, [500, {}, '{"error":{"message":"internal"}}'], [201]);
  const r = recording();
  let res = await retryingFetch(s.url, { method: "POST", body: "{}" }, r);
  assert.equal(res.status, 500, "the response is returned as is");
  assert.equal(s.seen.length, 1);

  s = await serve(t, [500, {}, '{"error":{"message":"internal"}}'], [201]);
  res = await retryingFetch(s.url, { method: "POST", body: "{}", headers: { "Idempotency-Key": "k-42" } }, r);
  assert.equal(res.status, 201);
  assert.deepEqual(s.seen.map((x) => x.key), ["k-42", "k-42"]);
});

test("a hang-up after the request was written is not resent for a POST", async (t) => {
  const s = await serve(t, [0], [201]);
  await assert.rejects(retryingFetch(s.url, { method: "POST", body: "{}" }, recording()), (e) => {
    assert.equal(e.reason, "unsafe");
    assert.equal(e.decision.strategy, "check_first");
    return true;
  });
  assert.equal(s.seen.length, 1);
});

test("a refused connection sent nothing, so even a POST is resent", async (t) => {
  const s = await serve(t, [200]);
  const url = s.url;
  await new Promise((resolve) => s.close(resolve)); // nothing listens there now
  const r = recording();
  await assert.rejects(retryingFetch(url, { method: "POST", body: "{}" }, { ...r, maxAttempts: 3 }), (e) => {
    assert.equal(e.reason, "attempts_exhausted");
    assert.equal(e.attempts, 3);
    assert.ok(e.decision.safeToResend);
    return true;
  });
  assert.equal(r.waits.length, 2);
});

test("an abort during the wait ends the call at once", async (t) => {
  const s = await serve(t, [503, { "Retry-After": "20" }]);
  const controller = new AbortController();
  const start = Date.now();
  const call = retryingFetch(s.url, { signal: controller.signal });
  // Abort once the server has answered, so that the Transport is in its 20 s wait (on a
  // loaded machine the answer may still be on its way: then fetch itself is aborted).
  while (s.seen.length === 0) await new Promise((r) => setTimeout(r, 10));
  setTimeout(() => controller.abort(), 100);
  await assert.rejects(call, (e) => {
    assert.ok(e.reason === "aborted" || e.name === "AbortError", `${e.name}: ${e.message}`);
    return true;
  });
  assert.ok(Date.now() - start < 10_000, "the 20 s wait was cut short");
});

test("decide leaves the body for the caller and costs nothing on a 2xx", async (t) => {
  const res = new Response('{"error":{"code":"rate_limited"}}', { status: 429, headers: { "Retry-After": "3" } });
  const d = await decide(res, { method: "POST" });
  assert.equal(d.strategy, "wait");
  assert.equal(d.delay, 3000);
  assert.equal(await res.text(), '{"error":{"code":"rate_limited"}}');
  const ok = new Response("{}", { status: 200 });
  assert.equal((await decide(ok)).retry, false);
  assert.equal(ok.bodyUsed, false);
});

test("a browser's bare TypeError is an unknown outcome", async (t) => {
  const post = await decide(new TypeError("Failed to fetch"), { method: "POST" });
  assert.equal(post.strategy, "check_first");
  assert.equal(post.retry, false);
  const get = await decide(new TypeError("Failed to fetch"), { method: "GET" });
  assert.equal(get.retry, true);
});
