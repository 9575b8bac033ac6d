#!/usr/bin/env bash
# The production mix against the API on PostgreSQL: 70% dashboard queries, 25% membership checks, 5% imports
# (bench/load/mix.mjs, autocannon at fixed rates), first for --duration seconds undisturbed (errors, p99 per
# operation, the server's memory every 5 s), then for --restart-duration seconds with a PostgreSQL restart in
# the middle, after which every import the API acknowledged must be in the database.
# Needs a PostgreSQL cluster holding the medium synthetic data (generate --scale medium --seed 42, hashed with the
# benchmark NIK key) in database "bench"; the run works on a copy ("load_mix") and restarts the cluster with pg_ctl.
#   bench/run-load.sh --host 127.0.0.1 --port 55432 --pgdata /tmp/bench-data/pg [--duration 300] [--rate 100]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

host=127.0.0.1 port=5432 pgdata="" duration=300 restart_duration=60 rate=100 rows=10
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --pgdata) pgdata="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --restart-duration) restart_duration="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$pgdata" ] || { echo "usage: $0 --host H --port P --pgdata <cluster data directory> [--duration 300] [--rate 100]" >&2; exit 2; }
[ -d node_modules/autocannon ] || npm ci --no-audit --no-fund >/dev/null

pg_bin="$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | tail -n 1)"
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u "$(stat -c %U "$pgdata")" -- "$@"; else "$@"; fi; }
psql_load() { psql -h "$host" -p "$port" -U postgres -d load_mix -At "$@"; }
connection="Host=$host;Port=$port;Username=postgres;Database=load_mix"
nik_key="$(printf '%s' 'benchmark NIK hashing key, 32 b!' | base64)"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release src/Api -v q -nologo >/dev/null
dotnet build -c Release bench/BpjsTk.Benchmarks -v q -nologo >/dev/null
api="src/Api/bin/Release/net10.0/BpjsTk.Api.dll"
bench="bench/BpjsTk.Benchmarks/bin/Release/net10.0/BpjsTk.Benchmarks.dll"
settings=(Database:Provider=Postgres "ConnectionStrings:Postgres=$connection")

echo "copying the synthetic database to load_mix" >&2
dropdb -h "$host" -p "$port" -U postgres --if-exists load_mix
createdb -h "$host" -p "$port" -U postgres -T bench load_mix
dotnet "$api" migrate "${settings[@]}" >&2
key="$(dotnet "$api" clients add "${settings[@]}" --name "load-mix-$(date +%s)" --organisation Benchmark \
  --scope reports:read membership:check data:write | tail -n 1)"
dotnet "$bench" membership-niks --provider postgres --connection "$connection" --count 5000 > "$work/niks.txt"
psql_load -c 'SELECT "Code" FROM "Offices" ORDER BY "Code"' > "$work/offices.txt"

ASPNETCORE_ENVIRONMENT=Production dotnet "$api" serve --urls http://127.0.0.1:5093 "${settings[@]}" \
  Security:NikHashKey="$nik_key" Security:ChecksPerMinute=1000000000 Database:InitializeOnStart=false \
  Logging:LogLevel:Default=Warning > "$work/api.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null http://127.0.0.1:5093/readyz && break; sleep 0.5; done
curl -sf -o /dev/null http://127.0.0.1:5093/readyz || { echo "the API did not become ready" >&2; cat "$work/api.log" >&2; exit 1; }

# The server's resident memory every 5 s, in MiB.
(while kill -0 "$server" 2>/dev/null; do
  echo "$(date +%s) $(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$server/status")"
  sleep 5
done) > "$work/memory.txt" &
sampler=$!

mix() { # mix <seconds> <run id> <summary file> <acknowledged file> <first import slot>
  node bench/load/mix.mjs --url http://127.0.0.1:5093/graphql --key "$key" --niks "$work/niks.txt" \
    --offices "$work/offices.txt" --duration "$1" --rate "$rate" --rows "$rows" --run "$2" \
    --json "$3" --acknowledged "$4" --first-slot "$5" >/dev/null
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "steady mix: ${duration} s at ${rate} requests/s" >&2
mix "$duration" steady "$work/steady.json" "$work/steady-ack.txt" 0
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "mix with a PostgreSQL restart after $((restart_duration / 3)) s" >&2
mix "$restart_duration" restart "$work/restart.json" "$work/restart-ack.txt" 100000 &
mixer=$!
sleep $((restart_duration / 3))
restart_started=$(date +%s.%N)
as_owner "$pg_bin/pg_ctl" -D "$pgdata" -m fast -w restart >/dev/null
restart_seconds=$(echo "$(date +%s.%N) - $restart_started" | bc)
wait "$mixer"
kill "$sampler" 2>/dev/null || true

psql_load -c "SELECT \"Note\" FROM \"CoverageFigures\" WHERE \"Note\" LIKE 'load restart %' OR \"Note\" LIKE 'load steady %'" | sort > "$work/stored.txt"
sort "$work/steady-ack.txt" "$work/restart-ack.txt" > "$work/acknowledged.txt"
lost=$(comm -23 "$work/acknowledged.txt" "$work/stored.txt" | wc -l)

python3 - "$work" "$rate" "$duration" "$restart_duration" "$restart_seconds" "$lost" "$load_before" "$load_after" <<'PY'
import json, sys
work, rate, duration, restart_duration, restart_seconds, lost, before, after = sys.argv[1:]
steady = json.load(open(f"{work}/steady.json"))
restart = json.load(open(f"{work}/restart.json"))
memory = [int(line.split()[1]) for line in open(f"{work}/memory.txt") if len(line.split()) == 2]
print(f"Steady mix: {duration} s at {rate} requests/s (load average {before} -> {after})\n")
print("| operation | rate | requests | p50 | p99 | max | failed |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for op in steady["operations"]:
    failed = sum(v for k, v in steady["failures"].items() if k.startswith(op["name"] + ":")) + op["errors"] + op["timeouts"]
    print(f"| {op['name']} | {op['targetRate']}/s | {op['requests']:,} | {op['p50']} ms | {op['p99']} ms | {op['max']} ms | {failed} |")
print(f"\nFailures by code: {steady['failures'] or 'none'}")
for key, message in steady.get("firstMessages", {}).items():
    print(f"  first {key}: {message}")
if memory:
    steady_samples = memory[: max(1, int(duration) // 5)]
    first = steady_samples[: max(1, len(steady_samples) // 5)]
    last = steady_samples[-max(1, len(steady_samples) // 5):]
    print(f"Server memory (RSS): first fifth {min(first)}-{max(first)} MiB, last fifth {min(last)}-{max(last)} MiB, peak {max(memory)} MiB")
print(f"\nRestart run: {restart_duration} s, PostgreSQL restarted in {float(restart_seconds):.1f} s; "
      f"acknowledged import rows {steady['acknowledgedRows'] + restart['acknowledgedRows']:,}, lost {lost}; "
      f"failures during the restart: {restart['failures'] or 'none'}")
PY
