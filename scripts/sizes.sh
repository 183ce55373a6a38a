#!/usr/bin/env bash
# Prints the release bundle's sizes, raw and gzip -9, for the README and issue notes:
# dist/ (what every portal downloads) and dist/collab/ (the co-authoring build that a page
# with collab-url downloads instead), when it was built. `--brotli` adds brotli (quality
# 11, Node's zlib; ~10 s per wasm file, so the test command leaves it out). `--check` then
# compares the totals with `scripts/bundle-budget` and exits 1 when one is over it.
set -euo pipefail
brotli=""
check=""
for arg in "$@"; do
  case "$arg" in
    --brotli) brotli=1 ;;
    --check) check=1 ;;
  esac
done
budget_file="$(cd "$(dirname "$0")" && pwd)/bundle-budget"
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

# The budget: what a first visit downloads (wasm, every js and css under dist/, not the
# co-authoring build), and the co-authoring build's wasm.
gz() { gzip -9c "$1" | wc -c; }
first=0
while IFS= read -r f; do
  first=$((first + $(gz "$f")))
done < <(find . -path ./collab -prune -o -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) -print)
echo "first visit (wasm + js + css, gzip): $first bytes"
collab=""
if [ -f collab/helhedsplan-web_bg.wasm ]; then
  collab=$(gz collab/helhedsplan-web_bg.wasm)
fi
if [ -n "$check" ]; then
  budget() { grep -E "^$1=" "$budget_file" | cut -d= -f2; }
  over=""
  limit=$(budget first_load_gzip)
  if [ "$first" -gt "$limit" ]; then
    echo "OVER BUDGET: first visit $first bytes gzip > $limit (scripts/bundle-budget)"
    over=1
  else
    echo "within budget: first visit $first <= $limit bytes gzip"
  fi
  if [ -n "$collab" ]; then
    limit=$(budget collab_wasm_gzip)
    if [ "$collab" -gt "$limit" ]; then
      echo "OVER BUDGET: co-authoring wasm $collab bytes gzip > $limit (scripts/bundle-budget)"
      over=1
    else
      echo "within budget: co-authoring wasm $collab <= $limit bytes gzip"
    fi
  fi
  [ -z "$over" ]
fi
