// cases.mjs runs the shared table (as retry/js_test.go writes it, times already resolved)
// through decifra-retry.js's decide and prints the decisions as JSON, in the table's order.
import { readFileSync } from "node:fs";
import { decide } from "../../../web/static/decifra-retry.js";

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = [];
for (const c of cases) {
  const subject = c.status
    ? new Response(c.body || null, { status: c.status, headers: c.headers ?? [] })
    : new Error(c.error);
  const d = await decide(subject, { method: c.method, url: c.url, headers: c.request, attempt: c.attempt, now: c.now });
  out.push({ name: c.name, ...d });
}
process.stdout.write(JSON.stringify(out));
