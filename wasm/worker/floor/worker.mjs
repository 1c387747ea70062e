// The floor for `./build.sh bench-worker`: the least a Worker can do for POST /explain.
// It reads the body, as decifra must, and answers a fixed JSON; decifra's latency is
// measured against this one's, in the same run with the same load.
const answer = JSON.stringify({ provider: null, category: "unknown", title: "", meaning: "", fix: [], retry: { strategy: "fix", source: "", advice: "" }, lang: "en", input: { format: "json", redacted: [] } });

export default {
  async fetch(req) {
    await req.arrayBuffer();
    return new Response(answer, { headers: { "Content-Type": "application/json" } });
  },
};
