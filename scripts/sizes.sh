#!/usr/bin/env bash
# Prints the release bundle's sizes, raw and gzip -9, for the README and issue notes:
# dist/ (what every portal downloads) and dist/collab/ (the co-authoring build that a page
# with collab-url downloads instead), when it was built. `--brotli` adds brotli (quality
# 11, Node's zlib; ~10 s per wasm file, so the test command leaves it out).
set -euo pipefail
brotli=""
if [ "${1:-}" = "--brotli" ]; then brotli=1; fi
cd "$(dirname "$0")/../${HP_DIST:-dist}"
brotli_size() {
  node -e 'const z = require("zlib"); const b = require("fs").readFileSync(process.argv[1]);
    const q = { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } };
    process.stdout.write(String(z.brotliCompressSync(b, q).length))' "$1"
}
for f in *.wasm *.js *.css collab/*.wasm collab/*.js; do
  [ -f "$f" ] || continue
  line=$(printf '%-32s %8d bytes raw %8d bytes gzip' "$f" "$(wc -c < "$f")" "$(gzip -9c "$f" | wc -c)")
  if [ -n "$brotli" ]; then line="$line $(printf '%8d bytes brotli' "$(brotli_size "$f")")"; fi
  echo "$line"
done
