#!/usr/bin/env bash
# The release build a portal deploys, in dist/ (or $HP_DIST):
#   dist/         the editor and the loader helhedsplan.js (docs/embedding.md)
#   dist/collab/  the same editor with co-authoring (cargo feature `collab`); the loader
#                 fetches it instead only for a page that uses collab-url
# Trunk builds one wasm module per run, so these are two runs. Extra arguments go to both
# (e.g. --quiet).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
dist="${HP_DIST:-dist}"
# First: a build empties its own dist folder, so the plain one would remove collab/.
trunk build --release --dist "$dist" "$@"
trunk build --release --features collab --dist "$dist/collab" "$@"
# The loader belongs one folder up; a copy here would look for collab/collab/.
rm -f "$dist/collab/helhedsplan.js"
