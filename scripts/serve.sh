#!/usr/bin/env bash
# Sets up what is missing, then serves the editor at http://127.0.0.1:8080 (no backend needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
echo "helhedsplan: serving on http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --release
