#!/usr/bin/env bash
# Cluster mode against one node, measured side by side in one run, on this
# machine's PostgreSQL and Redis:
#  1. rooms: the Rust load generator (yrs editors, y-websocket) against one
#     `codemint serve` and against two nodes with each room's editors split
#     across them (half of all deliveries cross Redis); the servers share
#     core 0 in both cases (same CPU budget), the generator has core 1;
#  2. submissions/s with one and with two `codemint worker` processes behind
#     an API-only node (verdicts reach the client over /ws through Redis).
#
# Usage: bench/cluster.sh [rooms=100] [editors per room=4] [edits/s=5] [seconds=15] [submissions=40]
set -euo pipefail
cd "$(dirname "$0")/.."
rooms=${1:-100}; per=${2:-4}; rate=${3:-5}; secs=${4:-15}; subs=${5:-40}
pg=${CODEMINT_BENCH_PG:-postgres://postgres@127.0.0.1:5432}
redis=${CODEMINT_BENCH_REDIS:-redis://127.0.0.1:6379}
scripts/install-deps --bench
cargo build --release -p codemint -p loadgen
[[ -d e2e/node_modules ]] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
ulimit -n 65536 2>/dev/null || true
bin=$PWD/target/release/codemint
gen=$PWD/target/release/codemint-loadgen
work=$(mktemp -d)
pids=(); dbs=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for d in "${dbs[@]}"; do psql "$pg/postgres" -qc "drop database if exists $d" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fresh_db() { # name -> $db (the URL); dropped on exit
  local d="codemint_bench_$1_$$"
  psql "$pg/postgres" -qc "create database $d" >/dev/null
  dbs+=("$d"); db="$pg/$d"
}
wait_ready() { for _ in $(seq 1 300); do curl -fs "$1/readyz" >/dev/null 2>&1 && return; sleep 0.1; done; echo "$1 never became ready:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
serve() { # db, port, extra... -> pid in $last
  local db=$1 port=$2; shift 2
  CODEMINT_LOG_LEVEL=warn TOKIO_WORKER_THREADS=2 taskset -c 0 $bin --data-dir "$work" --database-url "$db" \
    serve --bind "127.0.0.1:$port" --pack-dir "$work/none" --submissions-per-minute 1000000 \
    --runs-per-minute 1000000 --max-queue-depth 100000 "$@" >>"$work/serve.log" 2>&1 &
  last=$!; pids+=("$last")
  wait_ready "http://127.0.0.1:$port"
}
login() { # base db
  echo 'bench-password' | $bin --data-dir "$work" --database-url "$2" --log-level warn admin create-user \
    --email bench@example.com --name Bench --role interviewer --password-stdin >/dev/null 2>&1 || true
  curl -fs "$1/api/v1/auth/login" -H 'content-type: application/json' \
    -d '{"email":"bench@example.com","password":"bench-password"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
make_rooms() { # base token
  local ids=()
  for _ in $(seq 1 "$rooms"); do
    ids+=("$(curl -fs "$1/api/v1/rooms" -H "authorization: Bearer $2" -H 'content-type: application/json' \
      -d '{}' | sed -E 's/.*"id":"([^"]+)".*/\1/')")
  done
  (IFS=,; echo "${ids[*]}")
}

echo "== rooms: $((rooms * per)) editors in $rooms rooms, $rate edits/s each, ${secs}s measured"
fresh_db single; port=$((20000 + RANDOM % 20000))
serve "$db" "$port" --workers 0; single_pid=$last
token=$(login "http://127.0.0.1:$port" "$db")
list=$(make_rooms "http://127.0.0.1:$port" "$token")
one=$(taskset -c 1 $gen --protocol y-websocket --url "ws://127.0.0.1:$port/yjs" --rooms "$list" \
  --clients-per-room "$per" --rate "$rate" --measure-secs "$secs" --token "$token" --server-pid "$single_pid")
kill "$single_pid"

fresh_db cluster; pa=$((20000 + RANDOM % 20000)); pb=$((pa + 1))
serve "$db" "$pa" --workers 0 --redis-url "$redis"; a_pid=$last
serve "$db" "$pb" --workers 0 --redis-url "$redis"; b_pid=$last
token=$(login "http://127.0.0.1:$pa" "$db")
list=$(make_rooms "http://127.0.0.1:$pa" "$token")
two=$(taskset -c 1 $gen --protocol y-websocket --url "ws://127.0.0.1:$pa/yjs,ws://127.0.0.1:$pb/yjs" --rooms "$list" \
  --clients-per-room "$per" --rate "$rate" --measure-secs "$secs" --token "$token" --server-pid "$a_pid,$b_pid")
kill "$a_pid" "$b_pid"

echo "== submissions: $subs Python a+b submissions, 8 in flight, API-only node + separate workers (Redis events)"
cat > "$work/sol.py" <<'PY'
a, b = map(int, input().split())
print(a + b)
PY
problem='{"slug":"sum-bench","title":"Sum","statement":"Print a + b.","difficulty":"easy","time_limit_ms":1000,"memory_mb":256,
  "samples":[{"name":"1","input":"1 2\n","answer":"3\n"}],
  "hidden_tests":[{"name":"2","input":"5 7\n","answer":"12\n"},{"name":"3","input":"-4 4\n","answer":"0\n"},{"name":"4","input":"100 1\n","answer":"101\n"}]}'
declare -A per_workers
for n in 1 2; do
  fresh_db "subs$n"; port=$((20000 + RANDOM % 20000))
  serve "$db" "$port" --workers 0 --redis-url "$redis"; api_pid=$last
  base="http://127.0.0.1:$port"
  token=$(login "$base" "$db")
  curl -fs "$base/api/v1/problems" -H "authorization: Bearer $token" -H 'content-type: application/json' -d "$problem" >/dev/null
  wpids=()
  for _ in $(seq 1 "$n"); do
    CODEMINT_LOG_LEVEL=warn $bin --data-dir "$work" --database-url "$db" --redis-url "$redis" worker --workers 1 >/dev/null 2>&1 &
    wpids+=("$!"); pids+=("$!")
  done
  node bench/submissions.mjs "$base" "$token" sum-bench python "$work/sol.py" 4 2 >/dev/null
  per_workers[$n]=$(node bench/submissions.mjs "$base" "$token" sum-bench python "$work/sol.py" "$subs" 8)
  kill "$api_pid" "${wpids[@]}"
done

python3 - "$one" "$two" "${per_workers[1]}" "${per_workers[2]}" <<'PY'
import json, sys
one, two, w1, w2 = (json.loads(a) for a in sys.argv[1:5])
print(f"\n{'rooms':34} {'one node':>12} {'two nodes':>12} {'two / one':>10}")
for label, key in [("remote update p50 (ms)", "p50_ms"), ("remote update p99 (ms)", "p99_ms"),
                   ("remote update max (ms)", "max_ms"), ("delivered updates/s", "delivered_per_s"),
                   ("server CPU, all nodes (% of a core)", "server_cpu_pct"), ("server memory, all nodes (MB)", "server_rss_mb")]:
    a, b = one[key], two[key]
    print(f"{label:34} {a:12.2f} {b:12.2f} {b / a if a else float('nan'):9.2f}x")
print(f"editors connected: {one['connected']}/{one['clients']} and {two['connected']}/{two['clients']}; errors {one['errors']} / {two['errors']}")
print(f"\n{'submissions':34} {'1 worker':>12} {'2 workers':>12} {'2 / 1':>10}")
for label, key in [("submissions/s", "per_second"), ("POST to verdict p50 (ms)", "p50_ms"), ("POST to verdict p99 (ms)", "p99_ms")]:
    a, b = w1[key], w2[key]
    print(f"{label:34} {a:12.2f} {b:12.2f} {b / a if a else float('nan'):9.2f}x")
PY
