#!/usr/bin/env bash
# Runs the reporting benchmarks (the five dashboard queries through the API and as direct SQL, on SQLite and
# PostgreSQL) and writes the "Reporting" section of docs/benchmarks.md.
# Data: the medium synthetic data (generate --scale medium --seed 42) in BPJSTK_BENCH_SQLITE and BPJSTK_BENCH_POSTGRES
# (connection strings; defaults: /tmp/bench-data/reporting.db and database "reporting" on 127.0.0.1:55432).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
artifacts="$(mktemp -d)"
trap 'rm -rf "$artifacts"' EXIT

dotnet build -c Release bench/BpjsTk.Benchmarks >/dev/null
(cd bench/BpjsTk.Benchmarks/bin/Release/net10.0 && dotnet BpjsTk.Benchmarks.dll reporting --artifacts "$artifacts" \
  --doc "$root/docs/benchmarks.md" "$@")
