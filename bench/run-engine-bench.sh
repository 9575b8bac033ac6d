#!/usr/bin/env bash
# Runs our engine and graphql-js interleaved (bench/js/engine-compare.mjs) and writes the "GraphQL engine" section of
# docs/benchmarks.md. Arguments: [runs=3] [rounds per run=8] [seconds per round=0.25].
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
artifacts="$(mktemp -d)"
trap 'rm -rf "$artifacts"' EXIT

dotnet build -c Release bench/BpjsTk.Benchmarks >/dev/null
[ -d node_modules/graphql ] || npm ci --no-audit --no-fund >/dev/null

dll=bench/BpjsTk.Benchmarks/bin/Release/net10.0/BpjsTk.Benchmarks.dll
node bench/js/engine-compare.mjs "$dll" "${1:-3}" "${2:-8}" "${3:-0.25}" > "$artifacts/compare.json"
runtime="$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print ".NET " v }')"
node bench/js/engine-report.mjs "$artifacts/compare.json" docs/benchmarks.md "$runtime"
