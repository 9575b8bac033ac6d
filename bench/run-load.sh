#!/usr/bin/env bash
# The production mix against the API on PostgreSQL: 70% dashboard queries, 25% membership checks, 5% imports
# (bench/load/mix.mjs, autocannon at fixed rates), --warmup seconds unmeasured, then --duration seconds undisturbed (errors, p99 per
# operation, the server's memory every 5 s), then for --restart-duration seconds with a PostgreSQL restart in
# the middle, after which every import the API acknowledged must be in the database.
# It is a verdict: one line per operation, and exit status 1 when the steady run had any failed request, an
# operation's p99 passed its bound (--p99-dashboard/--p99-membership/--p99-import, ms), the server's RSS grew by more
# than --max-rss-growth MiB between the steady run's first and last minute, the restart run failed otherwise than
# with 503 DATABASE_UNAVAILABLE, or an acknowledged import row is missing afterwards. Default bounds: docs/benchmarks.md.
# Needs a PostgreSQL cluster holding the medium synthetic data (generate --scale medium --seed 42, hashed with the
# benchmark NIK key) in database "bench"; the run works on a copy made with `createdb -T bench <--database>` (dropped
# first if it exists; default load_mix) and restarts the cluster with pg_ctl.
#   bench/run-load.sh --host 127.0.0.1 --port 55432 --pgdata /tmp/bench-data/pg [--database load_ops] [--duration 300] [--rate 20]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

host=127.0.0.1 port=5432 pgdata="" database=load_mix duration=300 restart_duration=60 warmup=60 rate=20 rows=10
p99_dashboard=1500 p99_membership=2500 p99_import=3000 max_rss_growth=64
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --pgdata) pgdata="$2"; shift 2 ;;
    --database) database="$2"; shift 2 ;;
    --p99-dashboard) p99_dashboard="$2"; shift 2 ;;
    --p99-membership) p99_membership="$2"; shift 2 ;;
    --p99-import) p99_import="$2"; shift 2 ;;
    --max-rss-growth) max_rss_growth="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --restart-duration) restart_duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$pgdata" ] || { echo "usage: $0 --host H --port P --pgdata <cluster data directory> [--database load_mix] [--duration 300] [--rate 20]" >&2; exit 2; }
[ -d node_modules/autocannon ] || npm ci --no-audit --no-fund >/dev/null

pg_bin="$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | tail -n 1)"
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u "$(stat -c %U "$pgdata")" -- "$@"; else "$@"; fi; }
psql_load() { psql -h "$host" -p "$port" -U postgres -d "$database" -At "$@"; }
connection="Host=$host;Port=$port;Username=postgres;Database=$database"
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

echo "copying the synthetic database to $database" >&2
dropdb -h "$host" -p "$port" -U postgres --if-exists "$database"
# createdb -T refuses while another session is connected to bench: retry for a minute.
for attempt in $(seq 1 12); do
  createdb -h "$host" -p "$port" -U postgres -T bench "$database" && break
  [ "$attempt" = 12 ] && exit 1
  sleep 5
done
# Migrating the medium data rewrites the figures table: minutes on a busy machine, past Npgsql's 30 s command timeout.
dotnet "$api" migrate Database:Provider=Postgres "ConnectionStrings:Postgres=$connection;Command Timeout=900" >&2
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

mix() { # mix <seconds> <run id> <summary file> <acknowledged file> <first import slot> <failed requests file>
  node bench/load/mix.mjs --url http://127.0.0.1:5093/graphql --key "$key" --niks "$work/niks.txt" \
    --offices "$work/offices.txt" --duration "$1" --rate "$rate" --rows "$rows" --run "$2" \
    --json "$3" --acknowledged "$4" --first-slot "$5" --failures "$6" >/dev/null
}

# Unmeasured: JIT, connection pools, the document and response caches fill, so the steady run's first minute is warm.
echo "warm-up mix: ${warmup} s" >&2
mix "$warmup" warmup "$work/warmup.json" "$work/warmup-ack.txt" 150000 "$work/warmup-failed.txt"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "steady mix: ${duration} s at ${rate} requests/s" >&2
steady_started=$(date +%s)
mix "$duration" steady "$work/steady.json" "$work/steady-ack.txt" 0 "$work/steady-failed.txt"
steady_ended=$(date +%s)
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "mix with a PostgreSQL restart after $((restart_duration / 3)) s" >&2
mix "$restart_duration" restart "$work/restart.json" "$work/restart-ack.txt" 100000 "$work/restart-failed.txt" &
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

python3 - "$work" "$rate" "$duration" "$restart_duration" "$restart_seconds" "$lost" "$load_before" "$load_after" \
  "$steady_started" "$steady_ended" "$p99_dashboard" "$p99_membership" "$p99_import" "$max_rss_growth" <<'PY'
import json, sys
(work, rate, duration, restart_duration, restart_seconds, lost, before, after,
 steady_started, steady_ended, p99_dashboard, p99_membership, p99_import, max_rss_growth) = sys.argv[1:]
bounds = {"dashboard": int(p99_dashboard), "membership": int(p99_membership), "import": int(p99_import)}
verdicts = []
steady = json.load(open(f"{work}/steady.json"))
restart = json.load(open(f"{work}/restart.json"))
samples = [tuple(map(int, line.split())) for line in open(f"{work}/memory.txt") if len(line.split()) == 2]
print(f"Steady mix: {duration} s at {rate} requests/s (load average {before} -> {after})\n")
print("| operation | rate | requests | p50 | p99 | max | failed |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
lines = []
for op in steady["operations"]:
    name = op["name"]
    answered_badly = sum(v for k, v in steady["failures"].items() if k.startswith(name + ":"))
    failed = answered_badly + op["errors"] + op["timeouts"]
    print(f"| {name} | {op['targetRate']}/s | {op['requests']:,} | {op['p50']} ms | {op['p99']} ms | {op['max']} ms | {failed} |")
    ok = failed == 0 and op["p99"] <= bounds[name] and op["requests"] > 0
    verdicts.append(ok)
    asked = op["targetRate"] * int(duration)
    lines.append(f"{'PASS' if ok else 'FAIL'} {name}: {op['requests']:,} requests ({op['requests'] / asked:.0%} of the {asked:,} asked), {failed} failed ({answered_badly} answered with an error, {op['errors']} socket errors, {op['timeouts']} timeouts), p50 {op['p50']} ms, "
                 f"p99 {op['p99']} ms (bound {bounds[name]:,} ms), max {op['max']} ms")
print(f"\nFailures by code: {steady['failures'] or 'none'}")
for key, message in steady.get("firstMessages", {}).items():
    print(f"  first {key}: {message}")
for line in open(f"{work}/steady-failed.txt").readlines()[:3]:
    print(f"  failed request: {line.strip()}")

started, ended = int(steady_started), int(steady_ended)
first = [mib for at, mib in samples if started <= at < started + 60]
last = [mib for at, mib in samples if ended - 60 <= at < ended]
if first and last:
    growth = max(last) - max(first)
    ok = growth <= int(max_rss_growth)
    verdicts.append(ok)
    lines.append(f"{'PASS' if ok else 'FAIL'} memory: RSS first minute {min(first)}-{max(first)} MiB, last minute "
                 f"{min(last)}-{max(last)} MiB, growth {growth} MiB (limit {max_rss_growth} MiB), peak {max(m for _, m in samples)} MiB")
else:
    verdicts.append(False)
    lines.append("FAIL memory: no RSS samples for the first or the last minute")

# During the restart only the API's own answer to an unreachable database is expected.
unexpected = {k: v for k, v in restart["failures"].items() if not k.endswith(": DATABASE_UNAVAILABLE")}
unexpected_transport = sum(op["errors"] + op["timeouts"] for op in restart["operations"])
ok = not unexpected and unexpected_transport == 0 and int(lost) == 0
verdicts.append(ok)
lines.append(f"{'PASS' if ok else 'FAIL'} restart: PostgreSQL restarted in {float(restart_seconds):.1f} s; acknowledged import rows "
             f"{steady['acknowledgedRows'] + restart['acknowledgedRows']:,}, lost {lost}; failures {restart['failures'] or 'none'}"
             f"{f'; socket errors and timeouts {unexpected_transport}' if unexpected_transport else ''}")
for line in open(f"{work}/restart-failed.txt").readlines():
    if "DATABASE_UNAVAILABLE" not in line:
        print(f"  failed request during the restart: {line.strip()}")
print()
print("\n".join(lines))
sys.exit(0 if all(verdicts) else 1)
PY
