#!/usr/bin/env bash
# build.sh: every way to build, run, test and measure decifra. Run with no arguments for usage.
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

usage() {
  cat <<'TXT'
usage: ./build.sh COMMAND [ARGS]

  serve          build the static site and serve it on http://127.0.0.1:8080 (PORT overrides);
                 the embeddable explainer's demo portal is at /demo/
  test           everything (installs Chromium and the npm packages first if missing):
                 generated files fresh, vet, Go tests natively, catalog and
                 decode again under GOOS=js in Node, browser and Worker end-to-end tests
  cli            build the CLI to ./decifra
  site           write the deployable static site to dist/site/
  worker         build the Cloudflare Worker to dist/worker/
  dev            run the Worker locally under wrangler dev on http://127.0.0.1:8787
  generate       regenerate templ output (web/*_templ.go, index.html)
  bench          Go benchmarks (decode), 5 runs each, benchstat-ready output
  bench-page     page load and explain timings in headless Chromium against a minimal wasm page
  bench-worker   the Worker under wrangler dev against a minimal JavaScript Worker: size,
                 cold start, latency, CPU against body size (ARGS: see wasm/worker/bench)
  soak-worker    50,000 mixed requests to one wrangler dev: failures, answers, Go's memory
                 (ARGS: -n, -concurrency, -max-body; see wasm/worker/soak)
  bench-retry    the shared retry table through decifra, go-retryablehttp and failsafe-go (retry/peers)
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
  local out=('*_templ.go' index.html README.md 'web/static/decifra-strings.*.js' web/static/decifra-explainer.css web/static/decifra-retry.js catalog)
  if [ -n "$(git status --porcelain -- "${out[@]}" 2>/dev/null)" ]; then
    git --no-pager diff --stat -- "${out[@]}"
    echo "generated files are stale: run ./build.sh generate and commit the result" >&2
    exit 1
  fi
}

generate() {
  if compgen -G 'web/*.templ' >/dev/null; then
    go tool templ generate -include-version=false -path web
  fi
  go run catalog/gen_textpack.go
  go run ./web/gen -o index.html
  go test -count=1 ./retry -run TestJSRules -update >/dev/null
}

# wasm_opt WASM [PASS...] runs Binaryen's wasm-opt (npm binaryen, pinned in
# package-lock.json) over a wasm in place, the page's and the Worker's: -O1 takes 8 KB off
# the Worker's gzip (the upload's budget is 1.5 MB) and 11 KB off the page's brotli (its
# budget is 1.0 MB to the first explanation), in about 20 s a build, with
# --low-memory-unused: it lets wasm-opt fold a constant into a load's offset, which is
# sound only when nothing reads or writes below address 1024.
# Go's wasm never does: its linker puts data at 12288 and up, wasm_exec.js the arguments
# at 4096, and a nil pointer is caught by an explicit check before any load (the wasm
# compiler's LoweredNilCheck; a wasm load does not fault on 0). -Oz and -Os were larger
# after gzip (1,320 KB against -O1's 1,308 KB; with the flag 1,301 KB against 1,295 KB).
# Arguments after the file are more passes: the Worker's wasm takes a second round of
# -O1, which finds what the first one's changes made foldable (0.2 to 0.6 KB off its
# gzip, for about 15 s more); the page's does not, for it leaves its brotli larger (465
# bytes).
# The flags are internal/wasmbuild's Opt, and the Worker's second -O1 its WorkerPasses:
# they must agree, for the end-to-end tests build the same bytes to check dist/ is fresh.
# It installs the npm packages when they are missing, so `./build.sh serve` needs Node's
# npm as the tests do.
wasm_opt() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund
  fi
  node_modules/.bin/wasm-opt -O1 "${@:2}" --low-memory-unused --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int "$1" -o "$1"
}

# wasm_build PKG OUT builds decifra's WebAssembly: the catalog without its prose (build
# tag textpack; the prose is in decifra-text.<lang>.bin beside it), and decifra's own
# packages without inlining, which costs the page a tenth of its download for no
# measurable gain in a paste's explanation. The text packages of the standard library
# are built without inlining too: 6 KB less gzip for the Worker's upload (its budget is
# 1.5 MB), and no change in CPU beyond the noise of ./build.sh bench-worker. So is the
# runtime's atomic package, whose inlined loads and stores repeat through the runtime:
# 17 KB less raw and 12 KB less gzip, and the Worker's serve() no slower (Node, 112 pastes
# of 1 KB: median 0.357 ms against 0.367). So are internal/stringslite and syscall/js
# (2.7 KB less gzip), and the runtime itself (8.6 KB less gzip; see the README's Worker
# section for its cost in time).
wasm_build() {
  local flags=(-gcflags='github.com/decifra/decifra/...=-l')
  for p in strings bytes strconv internal/strconv slices maps sort time unicode unicode/utf8 internal/bytealg internal/runtime/atomic internal/stringslite syscall/js runtime; do
    flags+=(-gcflags="$p=-l")
  done
  # GOWASM: WebAssembly 2.0's sign-extension and saturating float-to-int instructions
  # (every browser and workerd since 2021) in place of Go's longer sequences.
  # GOEXPERIMENT=nogreenteagc: Go 1.25's garbage collector in place of 1.26's Green Tea,
  # whose gains are in scanning memory from many cores at once (a wasm module has one
  # thread): 46 KB less raw and 13 KB less gzip for the Worker. Go 1.27 is to drop
  # the opt-out; the Worker's size test then says what it costs.
  GOOS=js GOARCH=wasm GOWASM=satconv,signext GOEXPERIMENT=nogreenteagc go build -tags textpack -trimpath -ldflags='-s -w' "${flags[@]}" -o "$2" "$1"
}

# test_go: vet, the unit tests (`go test ./...` needs Go alone), catalog and decode again
# under GOOS=js in Node (they ship inside the wasm), then the end-to-end tests (build tag
# e2e): the page and the explainer in Chromium, the Worker under wrangler dev.
test_go() {
  go vet ./...
  go vet -tags e2e ./...
  go test -count=1 ./...
  go test -count=1 -tags textpack -run '^TestChunk' ./catalog/ # the page's prose, in chunks
  PATH="$(wasm_exec_dir):$PATH" GOOS=js GOARCH=wasm go test -count=1 ./catalog/... ./decode/...
  go test -count=1 -timeout 30m -tags e2e ./web/ ./wasm/worker/ # real browsers and workerd: slow on 2 cores
}

# test_deps installs what the browser and Worker tests need when it is missing: the npm
# packages exactly as package-lock.json pins them, and Debian's Chromium (Playwright's own
# browser download does not work here).
test_deps() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund
  fi
  if ! command -v chromium >/dev/null 2>&1; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ -n "$sudo" ] && ! command -v sudo >/dev/null 2>&1; then
      echo "the browser tests need Debian's Chromium: run 'apt-get install -y chromium' as root" >&2
      exit 1
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
  fi
}

test_all() {
  test_deps
  check_generated
  site    # the browser tests load dist/site
  worker  # the Worker end-to-end tests run dist/worker under wrangler dev
  test_go
}

bench() {
  go test -run='^$' -bench=. -benchmem -count=5 ./decode/
}

# site writes the deployable static site to dist/site/: index.html with its service
# worker and web app manifest, the page's wasm with Go's loader (as a script, and as a
# module for the embeddable explainer), web/static, and the explainer's demo portal in
# demo/. The page's assets get content-hashed copies in static/immutable/, kept for good
# by browsers (web/site/fingerprint; static/assets.json maps the names), and each text
# or wasm file a precompressed .br and .gz beside it. Any static host serves it (the wasm
# as application/wasm; _headers says the rest to Cloudflare, which compresses by itself).
site() {
  need brotli brotli
  rm -rf dist/site
  mkdir -p dist/site/static dist/site/demo
  go run catalog/gen_textpack.go -packs dist/site/static -chunks dist/site/static/immutable
  wasm_build ./wasm/page dist/site/static/decifra.wasm
  wasm_opt dist/site/static/decifra.wasm
  cp "$(wasm_exec_dir)/wasm_exec.js" web/static/* dist/site/static/
  loader_module >dist/site/static/wasm_exec.mjs
  # The scripts' whole-line comments are for their readers in web/static: the page's
  # download goes without them (5 KB of brotli). None of the scripts has a template
  # literal over several lines, where such a line would be text.
  sed -i -E '/^[[:space:]]*\/\//d' dist/site/static/*.js dist/site/static/*.mjs
  cp index.html web/site/{_headers,.assetsignore,sw.js,manifest.webmanifest} dist/site/
  cp -r web/demo/. dist/site/demo/
  precompress dist/site # first, so that a hashed copy takes its original's along
  go run ./web/site/fingerprint dist/site
  precompress dist/site
  echo "wrote dist/site/ (decifra.wasm $(wc -c <dist/site/static/decifra.wasm) bytes, $(wc -c <dist/site/static/decifra.wasm.br) brotli)"
}

# precompress writes NAME.br (brotli -q 11) and NAME.gz (gzip -9) beside each text or
# wasm file under a folder that has none yet, for cmd/serve and any static host that
# serves them by Accept-Encoding (.assetsignore keeps them from Cloudflare).
precompress() {
  local f
  find "$1" -type f \( -name '*.html' -o -name '*.js' -o -name '*.mjs' -o -name '*.css' -o -name '*.wasm' \
    -o -name '*.bin' -o -name '*.json' -o -name '*.webmanifest' \) | while read -r f; do
    [ -e "$f.br" ] || { brotli -q 11 -k "$f" && gzip -9 -kn "$f"; }
  done
}

# need CMD PKG installs Debian's package PKG when the command CMD is missing (apt-get, as
# root or through sudo).
need() {
  command -v "$1" >/dev/null 2>&1 && return
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -n "$sudo" ] && ! command -v sudo >/dev/null 2>&1; then
    echo "$1 is missing: run 'apt-get install -y $2' as root" >&2
    exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2"
}

# loader_module prints Go's wasm_exec.js as an ES module for decifra-explainer.js, which
# must define no globals: the loader, unchanged, runs inside defineGo(scope), whose
# parameter named globalThis takes the place of the real one, so Go, fs, process and path
# land on scope. The one bare fs (its write to the console) is bound to scope's too.
loader_module() {
  echo "// Code generated by ./build.sh site from Go's lib/wasm/wasm_exec.js. DO NOT EDIT."
  echo "export function defineGo(globalThis) {"
  echo "let fs;"
  cat "$(wasm_exec_dir)/wasm_exec.js"
  echo "fs = globalThis.fs;"
  echo "return globalThis.Go;"
  echo "}"
}

# serve builds the site and serves it on loopback with the page's security headers.
serve() {
  site
  go build -trimpath -o dist/serve ./cmd/serve
  exec dist/serve -dir dist/site -addr "127.0.0.1:${PORT:-8080}"
}

# bench_page: medians of page loads against the floor (a Go wasm that only registers a
# function, wasm/floor, in a page of its own) and the shell (the page's own HTML, CSS and
# JavaScript with the floor's wasm in the page's wasm's place), each served as a static
# host would (brotli): cold on the loopback, cold on a 4G-like network, and again in the
# same browser; the first paint against the plain page (index.html without its scripts);
# explain + render of a 1 KB paste; and both wasms' sizes after brotli -q 11.
bench_page() {
  site
  rm -rf dist/floor dist/shell dist/plain
  mkdir -p dist/floor
  wasm_build ./wasm/floor dist/floor/floor.wasm
  cp "$(wasm_exec_dir)/wasm_exec.js" wasm/floor/index.html wasm/floor/floor.js dist/floor/
  precompress dist/floor
  cp -r dist/site dist/shell
  local w z
  w=$(sed -n 's|.*"static/decifra.wasm": "\(.*\)".*|\1|p' dist/site/static/assets.json)
  for z in '' .br .gz; do cp "dist/floor/floor.wasm$z" "dist/shell/$w$z"; done
  cp -r dist/site dist/plain
  rm dist/plain/index.html.*
  sed -i -e 's|<script src="[^"]*"[^>]*></script>||g' -e 's|<link rel="preload"[^>]*>||g' dist/plain/index.html
  precompress dist/plain
  for w in "dist/site/$w" dist/floor/floor.wasm; do
    printf '%-45s %9d bytes %8d bytes brotli -q 11\n' "$w" "$(wc -c <"$w")" "$(wc -c <"$w.br")"
  done
  go test -tags e2e -run='^$' -bench='^BenchmarkPage' -benchtime="${LOADS:-9}x" -count=1 ./web/
}

# worker writes dist/worker/: decifra's entry decifra.mjs (one Go instance per isolate,
# wasm/worker), Go's own loader wasm_exec.js, the Go as app.wasm, the catalog's prose
# (decifra.mjs bundles English's; the others come from dist/site), and what renders the
# HTML cards: cards.mjs with the page's card.js (the UI strings come from dist/site too).
# wrangler bundles them.
worker() {
  need brotli brotli
  rm -rf dist/worker
  mkdir -p dist/worker
  cp wasm/worker/*.mjs "$(wasm_exec_dir)/wasm_exec.js" web/static/card.js dist/worker/
  go run catalog/gen_textpack.go -packs dist/worker
  # The English prose the Worker bundles (wasm/worker/decifra.mjs), compressed better than
  # the upload's gzip does.
  brotli -q 11 -f -o dist/worker/decifra-text.en.bin.br dist/worker/decifra-text.en.bin
  wasm_build ./wasm/worker dist/worker/app.wasm
  wasm_opt dist/worker/app.wasm -O1
  echo "built dist/worker/ (app.wasm $(wc -c <dist/worker/app.wasm) bytes, $(gzip -9c dist/worker/app.wasm | wc -c) gzip)"
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

# bench_worker measures the Worker under wrangler dev against a JavaScript Worker
# answering fixed JSON (wasm/worker/floor); soak_worker sends it a long mixed load. Both
# run on a copy of dist/, so that a rebuild during the run does not disturb them.
bench_worker() {
  site
  worker
  go run ./wasm/worker/bench "$@"
}

soak_worker() {
  site
  worker
  go run ./wasm/worker/soak "$@"
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
  bench-worker) shift; bench_worker "$@" ;;
  soak-worker) shift; soak_worker "$@" ;;
  bench-retry) (cd retry/peers && go test -count=1 -v ./...) ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
