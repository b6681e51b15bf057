#!/usr/bin/env bash
# Collaboration load: Codemint's /yjs against Hocuspocus 3.4 (with its SQLite
# extension) on the same load in the same run. Each server is started fresh,
# pinned to core 0; the load generator (crates/loadgen: one yrs document and
# one WebSocket per editor, Rust, so it does not measure itself) is pinned to
# core 1 and reports its own CPU. Every editor types `rate` edits/s at a random
# place; latency is from an edit's creation to its arrival at another editor.
#
# SPEC quality bar: 1,000 editors in 250 rooms at 5 edits/s, p99 < 20 ms, and
# ahead of Hocuspocus on latency, throughput, CPU and memory per connection.
#
# Usage: bench/collab.sh [rooms=250] [editors per room=4] [edits/s=5] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
rooms=${1:-250}
per=${2:-4}
rate=${3:-5}
secs=${4:-20}
scripts/install-deps --bench
cargo build --release -p codemint -p loadgen
if [[ ! -d bench/hocuspocus/node_modules/@hocuspocus/server ]]; then
  (cd bench/hocuspocus && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
if [[ ! -f bench/hocuspocus/node_modules/sqlite3/build/Release/node_sqlite3.node ]]; then
  # No prebuilt binary can be downloaded here: build the binding from source.
  (cd bench/hocuspocus/node_modules/sqlite3 && npx --yes node-gyp rebuild --release --nodedir=/usr >/dev/null)
fi
ulimit -n 65536 2>/dev/null || true

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
bin=./target/release/codemint
gen=./target/release/codemint-loadgen
wait_port() { for _ in $(seq 1 300); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.1; done; echo "port $1 never opened" >&2; exit 1; }

# --- Codemint ---------------------------------------------------------------
port=$((20000 + RANDOM % 20000))
echo 'bench-password' | $bin --data-dir "$work/cm" --log-level warn admin create-user \
  --email bench@example.com --name Bench --role interviewer --password-stdin >/dev/null
CODEMINT_LOG_LEVEL=warn TOKIO_WORKER_THREADS=${TOKIO_WORKER_THREADS:-2} taskset -c 0 $bin --data-dir "$work/cm" serve --bind "127.0.0.1:$port" \
  --workers 0 --pack-dir "$work/none" >/dev/null 2>&1 &
cm_pid=$!; pids+=("$cm_pid")
wait_port "$port"
token=$(curl -fs "http://127.0.0.1:$port/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"bench@example.com","password":"bench-password"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
ids=()
for _ in $(seq 1 "$rooms"); do
  ids+=("$(curl -fs "http://127.0.0.1:$port/api/v1/rooms" -H "authorization: Bearer $token" \
    -H 'content-type: application/json' -d '{}' | sed -E 's/.*"id":"([^"]+)".*/\1/')")
done
room_list=$(IFS=,; echo "${ids[*]}")
echo "codemint: $((rooms * per)) editors in $rooms rooms, $rate edits/s each, ${secs}s measured…"
cm=$(taskset -c 1 $gen --protocol y-websocket --url "ws://127.0.0.1:$port/yjs" --rooms "$room_list" \
  --clients-per-room "$per" --rate "$rate" --measure-secs "$secs" --token "$token" --server-pid "$cm_pid")
kill "$cm_pid"; wait "$cm_pid" 2>/dev/null || true

# --- Hocuspocus -------------------------------------------------------------
port=$((20000 + RANDOM % 20000))
taskset -c 0 node bench/hocuspocus/server.mjs "$port" "$work/hocuspocus.sqlite" >/dev/null 2>&1 &
hp_pid=$!; pids+=("$hp_pid")
wait_port "$port"
names=$(seq -f "room%g" 1 "$rooms" | paste -sd, -)
echo "hocuspocus: same load…"
hp=$(taskset -c 1 $gen --protocol hocuspocus --url "ws://127.0.0.1:$port" --rooms "$names" \
  --clients-per-room "$per" --rate "$rate" --measure-secs "$secs" --server-pid "$hp_pid")
kill "$hp_pid"; wait "$hp_pid" 2>/dev/null || true

echo
echo "codemint:   $cm"
echo "hocuspocus: $hp"
python3 - "$cm" "$hp" <<'EOF'
import json, sys
cm, hp = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rows = [
    ("remote update p50 (ms)", "p50_ms", "lower"),
    ("remote update p99 (ms)", "p99_ms", "lower"),
    ("remote update max (ms)", "max_ms", "lower"),
    ("delivered updates/s", "delivered_per_s", "higher"),
    ("server CPU (% of a core)", "server_cpu_pct", "lower"),
    ("server memory (MB, end)", "server_rss_mb", "lower"),
    ("memory per idle connection (KiB)", "server_kb_per_connection", "lower"),
    ("generator CPU (% of a core)", "generator_cpu_pct", "lower"),
]
print(f"\n{'':36} {'codemint':>12} {'hocuspocus':>12} {'codemint ahead by':>18}")
for label, key, better in rows:
    a, b = cm[key], hp[key]
    ratio = (b / a if better == "lower" else a / b) if a and b else float("nan")
    print(f"{label:36} {a:12.2f} {b:12.2f} {ratio:17.2f}x")
print(f"\neditors connected: codemint {cm['connected']}/{cm['clients']}, hocuspocus {hp['connected']}/{hp['clients']}; "
      f"errors: {cm['errors']} / {hp['errors']}")
print(f"quality bar p99 < 20 ms: codemint {cm['p99_ms']:.2f} ms")
EOF
