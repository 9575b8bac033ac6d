#!/usr/bin/env bash
# Single membership checks over HTTP on real Kestrel (loopback), driven by wrk: the API (membership(nik:, purpose:) with
# an API key) against the floor (a minimal ASP.NET endpoint doing the same indexed look-up with ADO.NET), on SQLite and
# PostgreSQL in one run. Needs a synthetic database of each (bpjstk generate --scale medium --seed 42) hashed with the
# benchmark NIK key; writes an API client into each. Prints a Markdown table for docs/benchmarks.md.
#   bench/run-membership-bench.sh --sqlite <file.db> --postgres <connection string> [--duration 20] [--warmup 40] [--connections 16]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

sqlite_file="" postgres="" duration=20 connections=16 warmup=40
while [ $# -gt 0 ]; do
  case "$1" in
    --sqlite) sqlite_file="$2"; shift 2 ;;
    --postgres) postgres="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$sqlite_file" ] && [ -n "$postgres" ] || { echo "usage: $0 --sqlite <file.db> --postgres <connection string>" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

# The key the synthetic data's NIK hashes were made with (bench/BpjsTk.Benchmarks/Generation).
nik_key="$(printf '%s' 'benchmark NIK hashing key, 32 b!' | base64)"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release src/Api -v q -nologo >/dev/null
dotnet build -c Release bench/BpjsTk.Benchmarks -v q -nologo >/dev/null
api="src/Api/bin/Release/net10.0/BpjsTk.Api.dll"
bench="bench/BpjsTk.Benchmarks/bin/Release/net10.0/BpjsTk.Benchmarks.dll"
load() { cut -d' ' -f1-3 /proc/loadavg; }

dotnet "$bench" membership-niks --provider sqlite --connection "Data Source=$sqlite_file" --count 5000 > "$work/niks.txt"
query='{"query":"query($nik: String!) { membership(nik: $nik, purpose: \"KUR-BENCH\") { status category programs paidThrough memberSince } }","variables":{"nik":"%s"}}'
floor_body='{"nik":"%s"}'

wait_for() {
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.5
  done
  echo "server at $1 did not start" >&2
  exit 1
}

# run_wrk <url> <body> [authorization]: a warm-up, then the measured run; prints the RESULT line. On the busy 2-core machine a
# 15-20 s warm-up left the JIT at a quarter of the API's CPU (perf); after 30 s it was about 1%, hence 40 s.
run_wrk() {
  NIKS="$work/niks.txt" BODY="$2" AUTHORIZATION="${3:-}" wrk -t1 -c"$connections" -d"${warmup}s" -s bench/membership-check.lua "$1" >/dev/null
  NIKS="$work/niks.txt" BODY="$2" AUTHORIZATION="${3:-}" wrk -t1 -c"$connections" -d"${duration}s" --latency -s bench/membership-check.lua "$1" | grep '^RESULT'
}

stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

measure() { # measure <provider> <configuration settings...>
  local provider="$1"; shift
  local settings=("$@")
  local key
  key="$(dotnet "$api" clients add "${settings[@]}" --name "bench-$provider-$(date +%s)" --organisation Benchmark --scope membership:check | tail -n 1)"

  ASPNETCORE_ENVIRONMENT=Production dotnet "$api" serve --urls http://127.0.0.1:5091 "${settings[@]}" \
    Security:NikHashKey="$nik_key" Security:ChecksPerMinute=1000000000 Database:InitializeOnStart=false \
    Logging:LogLevel:Default=Warning BananaCakePop:Enabled=false > "$work/api-$provider.log" 2>&1 &
  server=$!
  wait_for http://127.0.0.1:5091/healthz
  local before; before="$(load)"
  local api_result; api_result="$(run_wrk http://127.0.0.1:5091/graphql "$query" "Bearer $key")"
  stop_server
  # The server logs warnings and errors only: show what a failed request met.
  grep -m 5 -E "^(warn|fail|crit)" -A 2 "$work/api-$provider.log" >&2 || true

  local floor_connection
  if [ "$provider" = sqlite ]; then floor_connection="Data Source=$sqlite_file"; else floor_connection="$postgres"; fi
  dotnet "$bench" membership-floor --provider "$provider" --connection "$floor_connection" --urls http://127.0.0.1:5092 --nik-key "$nik_key" > "$work/floor-$provider.log" 2>&1 &
  server=$!
  wait_for http://127.0.0.1:5092/
  local floor_result; floor_result="$(run_wrk http://127.0.0.1:5092/check "$floor_body")"
  stop_server
  local after; after="$(load)"

  echo "$provider API   $api_result" >&2
  echo "$provider floor $floor_result" >&2
  python3 - "$provider" "$api_result" "$floor_result" "$before" "$after" <<'PY'
import sys
provider, api, floor, before, after = sys.argv[1:]
parse = lambda line: dict(part.split("=") for part in line.split()[1:])
a, f = parse(api), parse(floor)
print(f"| {provider} | {float(a['rps']):,.0f} | {float(a['p99_ms']):.1f} ms | {float(f['rps']):,.0f} | {float(f['p99_ms']):.1f} ms "
      f"| {float(a['rps']) / float(f['rps']):.2f}x | {a['failed']} / {f['failed']} | {before} -> {after} |")
PY
}

echo "| database | API checks/s | API p99 | floor checks/s | floor p99 | API / floor | failed (API / floor) | load average before -> after |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
measure sqlite Database:Provider=Sqlite "ConnectionStrings:Sqlite=Data Source=$sqlite_file"
measure postgres Database:Provider=Postgres "ConnectionStrings:Postgres=$postgres"
