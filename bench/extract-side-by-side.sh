#!/usr/bin/env bash
# Extraction quality and warm speed of Tidings and of Mozilla Readability.js on the same pages,
# one after the other, each pinned to the same single core.
# Usage: bench/extract-side-by-side.sh [PAGES_DIR] [PASSES] [NODE_PASSES]
# (Readability.js is ~40x slower, so it gets fewer passes by default; CORE=n picks the core.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pages="$(cd "${1:-$here/../shared/datasets/readability-test-pages}" && pwd)"
passes="${2:-20}"
node_passes="${3:-3}"
out="$(mktemp -d)"
core="${CORE:-0}"
(cd "$here/bench/readability" && { [ -d node_modules ] || npm ci --no-audit --no-fund >&2; })
echo "== $(date -u +%FT%TZ) Tidings: quality"
"$here/tidings" eval extract --pages "$pages" | tail -1
echo "== Tidings: warm speed (one core)"
taskset -c "$core" "$here/tidings" bench extract --pages "$pages" --passes "$passes" | tail -2
echo "== Readability.js: extraction and warm speed (one core)"
(cd "$here/bench/readability" && taskset -c "$core" node run.mjs --pages "$pages" --out "$out" --passes "$node_passes" | tail -2)
echo "== Readability.js: quality"
"$here/tidings" eval extract --pages "$pages" --predicted "$out" | tail -1
