#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test layer:
#   the co-authoring server's smoke test (that server then runs until the end, for the layers
#   after it), fmt, clippy (host + wasm32, with and without the `collab` feature), native
#   tests (also the shared-document tests of `collab`), browser tests (wasm-bindgen-test in
#   headless Chromium), the release builds (scripts/build.sh: the editor and its co-authoring
#   build), and the Playwright journeys against them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# A CI run is one cold build: incremental caches only cost disk there (2.6 GB).
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi

step() { printf '\n=== %s\n' "$*"; }
started=$(date +%s)
# Every test layer's output also goes to a log, so the run can end with one count.
LOG=$(mktemp)
COLLAB_DIR=$(mktemp -d)
COLLAB_PID=""
# The co-authoring server runs for the whole run and is stopped however the run ends.
cleanup() {
  local status=$?
  if [ "$status" -ne 0 ] && [ -s "$COLLAB_DIR/log" ]; then
    printf '\ncollab server log (it never logs tokens):\n' >&2; cat "$COLLAB_DIR/log" >&2
  fi
  if [ -n "$COLLAB_PID" ]; then kill "$COLLAB_PID" 2>/dev/null || true; wait "$COLLAB_PID" 2>/dev/null || true; fi
  rm -rf "$LOG" "$COLLAB_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The Yjs server (examples/collab-server.js) on 127.0.0.1 and a port the system picks, with a
# fresh token and LevelDB directory. Tests find it through HP_COLLAB_URL and HP_COLLAB_TOKEN.
start_collab_server() {
  HP_COLLAB_TOKEN=$(node -e "process.stdout.write(require('crypto').randomBytes(24).toString('base64url'))")
  HOST=127.0.0.1 PORT=0 YPERSISTENCE="$COLLAB_DIR/rooms" HP_COLLAB_TOKEN="$HP_COLLAB_TOKEN" \
    node examples/collab-server.js >"$COLLAB_DIR/log" 2>&1 &
  COLLAB_PID=$!
  local address=""
  for _ in $(seq 1 100); do
    address=$(sed -n 's/^collab-server: listening on //p' "$COLLAB_DIR/log")
    [ -n "$address" ] && break
    kill -0 "$COLLAB_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$address" ]; then
    cat "$COLLAB_DIR/log" >&2
    echo "the collab server did not start" >&2
    exit 1
  fi
  export HP_COLLAB_URL="ws://$address" HP_COLLAB_TOKEN
  echo "collab server at $HP_COLLAB_URL (pid $COLLAB_PID)"
}

step "co-authoring server: Yjs (y-websocket) with a token check and LevelDB, from Node"
start_collab_server
node --test --test-reporter=tap e2e/node/ 2>&1 | tee -a "$LOG"

step "format"
cargo fmt --check

step "clippy (host)"
cargo clippy --all-targets --quiet -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings
step "clippy (host and wasm32, feature collab)"
cargo clippy --all-targets --features collab --quiet -- -D warnings
cargo clippy --lib --bin helhedsplan-web --features collab --target wasm32-unknown-unknown --quiet -- -D warnings

step "native tests: model, format, plan-tool"
cargo test --quiet 2>&1 | tee -a "$LOG"

step "native tests: the plan as a shared Yjs document (feature collab)"
cargo test --quiet --features collab --lib --test collab_doc --test collab_merge --test collab_repair --test collab_session --test collab_lock --test collab_conflicts 2>&1 | tee -a "$LOG"

step "browser tests: wasm-bindgen-test in headless Chromium"
WASM_BINDGEN_TEST_TIMEOUT=300 cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee -a "$LOG"

step "release build: dist/ and the co-authoring build dist/collab/"
scripts/build.sh --quiet
scripts/sizes.sh --check

step "end-to-end journeys: Playwright on the release build"
(cd e2e && node_modules/.bin/playwright test) 2>&1 | tee -a "$LOG"

step "end-to-end: <helhedsplan-editor> in example portals, with the example server"
(cd e2e && node_modules/.bin/playwright test -c playwright.embed.config.js) 2>&1 | tee -a "$LOG"

# Cargo prints "test result: ok. N passed; M failed"; Playwright prints "  N passed (…)".
# Node's test runner (TAP) ends with "# pass N" and "# fail N".
passed=$(grep -Eo '(ok\. )?[0-9]+ passed|^# pass [0-9]+' "$LOG" | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
failed=$(grep -Eo '[0-9]+ failed|^# fail [0-9]+' "$LOG" | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
printf '\nall test layers passed in %ss\n' "$(( $(date +%s) - started ))"
# CI machines have little disk to spare; say what the build took.
printf 'target/ holds %s\n' "$(du -sh target 2>/dev/null | cut -f1)"
printf 'tests: %s passed, %s failed\n' "${passed:-0}" "${failed:-0}"
