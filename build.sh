#!/usr/bin/env bash
# build.sh: every way to build, run, test and measure decifra. Run with no arguments for usage.
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

usage() {
  cat <<'TXT'
usage: ./build.sh COMMAND

  serve          build the static site and serve it on http://127.0.0.1:8080 (PORT overrides)
  test           everything: generated files fresh, vet, Go tests natively, catalog and
                 decode again under GOOS=js in Node, browser and Worker end-to-end tests
  cli            build the CLI to ./decifra
  site           write the deployable static site to dist/site/
  worker         build the Cloudflare Worker to dist/worker/
  dev            run the Worker locally under wrangler dev on http://127.0.0.1:8787
  generate       regenerate templ output (web/*_templ.go, index.html)
  bench          Go benchmarks (decode), 5 runs each, benchstat-ready output
  bench-page     page load and explain timings in headless Chromium against a minimal wasm page
  bench-worker   POST /explain latency under wrangler dev against a minimal JavaScript Worker
TXT
}

wasm_exec_dir() { echo "$(go env GOROOT)/lib/wasm"; }

cli() {
  go build -trimpath -o decifra ./cmd/decifra
  echo "built ./decifra"
}

# check_generated fails when regenerating templ output changes anything committed.
check_generated() {
  generate
  if [ -n "$(git status --porcelain -- '*_templ.go' index.html 2>/dev/null)" ]; then
    git --no-pager diff --stat -- '*_templ.go' index.html
    echo "generated files are stale: run ./build.sh generate and commit the result" >&2
    exit 1
  fi
}

generate() {
  if compgen -G 'web/*.templ' >/dev/null; then
    go tool templ generate -include-version=false -path web
  fi
  go run ./web/gen -o index.html
}

test_go() {
  go vet ./...
  go test -count=1 ./...
  # catalog and decode ship inside the wasm: run their tests there too.
  PATH="$(wasm_exec_dir):$PATH" GOOS=js GOARCH=wasm go test -count=1 ./catalog/... ./decode/...
}

test_all() {
  check_generated
  site    # the browser tests load dist/site
  worker  # the Worker end-to-end tests run dist/worker under wrangler dev
  test_go
}

bench() {
  go test -run='^$' -bench=. -benchmem -count=5 ./decode/
}

# site writes the deployable static site to dist/site/: index.html, the page's wasm with
# Go's loader, and web/static. Any static host serves it (the wasm as application/wasm).
site() {
  rm -rf dist/site
  mkdir -p dist/site/static
  GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o dist/site/static/decifra.wasm ./wasm/page
  cp "$(wasm_exec_dir)/wasm_exec.js" web/static/*.js web/static/*.css dist/site/static/
  cp index.html dist/site/
  echo "wrote dist/site/ (decifra.wasm $(wc -c <dist/site/static/decifra.wasm) bytes)"
}

# serve builds the site and serves it on loopback with the page's security headers.
serve() {
  site
  go build -trimpath -o dist/serve ./cmd/serve
  exec dist/serve -dir dist/site -addr "127.0.0.1:${PORT:-8080}"
}

# bench_page: medians of fresh loads of the page against the floor (a Go wasm that only
# registers a function, wasm/floor), explain + render of a 1 KB paste, and both wasms'
# sizes after brotli -q 11.
bench_page() {
  site
  rm -rf dist/floor
  mkdir -p dist/floor
  GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o dist/floor/floor.wasm ./wasm/floor
  cp "$(wasm_exec_dir)/wasm_exec.js" wasm/floor/index.html wasm/floor/floor.js dist/floor/
  local w
  for w in dist/site/static/decifra.wasm dist/floor/floor.wasm; do
    printf '%-30s %9d bytes %8d bytes brotli -q 11\n' "$w" "$(wc -c <"$w")" "$(brotli -q 11 -c "$w" | wc -c)"
  done
  go test -run='^$' -bench='^BenchmarkPage' -benchtime="${LOADS:-9}x" -count=1 ./web/
}

# worker writes dist/worker/: syumai/workers' glue (workers-assets-gen deletes the folder
# first), decifra's entry decifra.mjs (one Go instance per isolate), and the Go as app.wasm.
worker() {
  go tool workers-assets-gen -mode=go -o dist/worker
  cp wasm/worker/decifra.mjs dist/worker/
  GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o dist/worker/app.wasm ./wasm/worker
  echo "built dist/worker/ (app.wasm $(wc -c <dist/worker/app.wasm) bytes)"
}

# dev serves the page and the API as Cloudflare would, offline and on loopback only.
# WRANGLER_HIDE_BANNER also skips the banner's check of npm for a newer wrangler.
dev() {
  site
  worker
  WRANGLER_SEND_METRICS=false WRANGLER_SEND_ERROR_REPORTS=false CLOUDFLARE_CF_FETCH_ENABLED=false \
    WRANGLER_HIDE_BANNER=true CI=true \
    npx wrangler dev --ip 127.0.0.1 --port 8787 --show-interactive-dev-session=false </dev/null
}

# bench_worker: POST /explain under wrangler dev, decifra's Worker (with both glues) against
# a JavaScript Worker answering fixed JSON, in one run with one load generator.
bench_worker() {
  site
  worker
  go run ./wasm/worker/bench
}

case "${1:-}" in
  test) test_all ;;
  cli) cli ;;
  generate) generate ;;
  bench) bench ;;
  site) site ;;
  serve) serve ;;
  bench-page) bench_page ;;
  worker) worker ;;
  dev) dev ;;
  bench-worker) bench_worker ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
