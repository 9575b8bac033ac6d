#!/usr/bin/env bash
# Runs the engine benchmarks (ours, then graphql-js's right after) and writes the "GraphQL engine" section of docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
artifacts="$(mktemp -d)"
trap 'rm -rf "$artifacts"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

dotnet build -c Release bench/BpjsTk.Benchmarks >/dev/null
[ -d node_modules/graphql ] || npm ci --no-audit --no-fund >/dev/null

before="$(load)"
(cd bench/BpjsTk.Benchmarks/bin/Release/net10.0 && dotnet BpjsTk.Benchmarks.dll engine --artifacts "$artifacts" "$@")
node bench/js/engine-bench.mjs > "$artifacts/js.json"
after="$(load)"

node bench/js/engine-report.mjs "$artifacts/results/BpjsTk.Benchmarks.Engine.EngineBenchmarks-report-full.json" \
  "$artifacts/js.json" docs/benchmarks.md "$before" "$after"
