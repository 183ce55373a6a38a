#!/usr/bin/env bash
# Installs what the project needs, and only what is missing. Idempotent; quiet when all is present.
# Needs: rustup/cargo, node/npm, apt (root or sudo). See ../shared/TOOLCHAIN.md for why each flag.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$CARGO_HOME/bin:$PATH"
TRUNK_VERSION=0.22.1
BINARYEN_VERSION=132

say() { printf 'setup: %s\n' "$*"; }

# The wasm-bindgen version the build needs is the one Cargo.lock pins.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes ~9 minutes on 2 cores)"
  cargo install "trunk@$TRUNK_VERSION" --locked --ignore-rust-version --quiet
fi

WB=$(wasm_bindgen_version)
[ -n "$WB" ] || { say "Cargo.lock names no wasm-bindgen; run 'cargo generate-lockfile'"; exit 1; }
if ! grep -q "wasm_bindgen = \"$WB\"" Trunk.toml; then
  say "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen $WB"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WB" ]; then
  say "installing wasm-bindgen-cli $WB"
  # --locked can fail when the lock pins a crate version the registry lacks; retry unlocked.
  cargo install "wasm-bindgen-cli@$WB" --locked --quiet --force \
    || cargo install "wasm-bindgen-cli@$WB" --quiet --force
fi

# wasm-opt from npm's binaryen: Debian's binaryen 108 emits modules that fail to load.
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  npm install -g --silent --no-fund --no-audit --prefix "$CARGO_HOME" "binaryen@$BINARYEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver (apt)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

# e2e node packages from the committed lock file; re-install only when the lock changed.
stamp=e2e/node_modules/.lock-hash
want=$(sha256sum e2e/package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing e2e packages (npm ci)"
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-fund --no-audit)
  echo "$want" > "$stamp"
fi
