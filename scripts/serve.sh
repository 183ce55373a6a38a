#!/usr/bin/env bash
# Sets up what is missing, then serves the standalone editor at http://127.0.0.1:8080 (no
# backend needed), rebuilding on every change.
#   scripts/serve.sh            the editor as every portal gets it
#   scripts/serve.sh --collab   the co-authoring build (cargo feature `collab`) instead
# Trunk serves one build; to try the embed loader with both (dist/ and dist/collab/), run
# scripts/build.sh and `node examples/server.js` (docs/embedding.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
features=()
if [ "${1:-}" = "--collab" ]; then features=(--features collab); fi
echo "helhedsplan${features:+ (co-authoring build)}: serving on http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --release "${features[@]}"
