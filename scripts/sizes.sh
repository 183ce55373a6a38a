#!/usr/bin/env bash
# Prints the release bundle's sizes, raw and gzip, for the README and issue notes.
set -euo pipefail
cd "$(dirname "$0")/../dist"
for f in *.wasm *.js *.css; do
  [ -f "$f" ] || continue
  printf '%-40s %8d bytes raw %8d bytes gzip\n' "$f" "$(wc -c < "$f")" "$(gzip -9c "$f" | wc -c)"
done
