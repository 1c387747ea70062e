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

case "${1:-}" in
  test) test_all ;;
  cli) cli ;;
  generate) generate ;;
  bench) bench ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
