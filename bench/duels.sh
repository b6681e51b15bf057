#!/usr/bin/env bash
# Duels, two measurements.
#
# 1. Matchmaking: a simulation of players with ratings spread like a real
#    site's coming online, queueing, playing and coming back, paired by the
#    server's own matcher (crates/duels/src/matching.rs) in waves, and — on
#    the same arrivals — first come, first served (a lobby without a rating
#    queue). Prints the median and p90 wait and the median rating gap of
#    each, and their ratios. Goal: median wait < 20 s and median gap <= 100
#    with 30 players online.
# 2. 200 concurrent duels (400 players) on one node (the embedded default):
#    every player has its /ws and its own editor (a real Y.Doc over
#    y-websocket, typing a character a second) and submits every ~30 s (a
#    wrong Python answer, judged for real by the server's two workers);
#    prints how long the *opponent* waits for the `duel_progress` that
#    counts a submission (p50/p99, from the POST being sent), and the
#    server's CPU and memory over the run (judging included). Goal: p99
#    under 50 ms.
#
# Usage: bench/duels.sh [online=30] [duels=200] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
online=${1:-30}
duels=${2:-200}
secs=${3:-60}
scripts/install-deps --bench
cargo build --release --bin codemint --example matchmaking -p codemint -p duels
[[ -d e2e/node_modules ]] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error)

echo "== matchmaking"
./target/release/examples/matchmaking "$online" 4 7

echo "== $duels concurrent duels on one node"
bin=$PWD/target/release/codemint
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
g=(--data-dir "$work/data" --log-level warn)
echo 'bench-password' | $bin "${g[@]}" admin create-user --email staff@bench.example \
  --name Staff --role interviewer --password-stdin >/dev/null
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
$bin "${g[@]}" serve --bind "127.0.0.1:$port" --workers 2 --pack-dir "$work/none" \
  --auth-rate-per-minute 100000000 --submissions-per-minute 1000 --max-queue-depth 1000000 \
  >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -fs "$base/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
token=$(curl -fs "$base/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"staff@bench.example","password":"bench-password"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
curl -fs "$base/api/v1/problems" -H "authorization: Bearer $token" -H 'content-type: application/json' \
  -d '{"slug":"duel-bench","title":"Sum","statement":"Print a + b.","difficulty":"easy","tags":["math"],
       "time_limit_ms":1000,"memory_mb":256,"samples":[{"name":"1","input":"1 2\n","answer":"3\n"}],
       "hidden_tests":[{"name":"2","input":"2 2\n","answer":"4\n"}]}' >/dev/null

ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
node bench/duels-load.mjs "$base" duel-bench "$duels" "$secs" "$work/started" >"$work/load.json" &
load=$!
# Measure the server over the play window only (after sign-up and set-up).
while [[ ! -e $work/started ]] && kill -0 $load 2>/dev/null; do sleep 0.2; done
t0=$(ticks); s0=$(date +%s.%N)
rss_start=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
rss_max=$rss_start
while kill -0 $load 2>/dev/null; do
  rss=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
  (( rss > rss_max )) && rss_max=$rss
  sleep 1
done
t1=$(ticks); s1=$(date +%s.%N)
wait $load
cat "$work/load.json"
python3 - "$work/load.json" "$t0" "$t1" "$s0" "$s1" "$hz" "$rss_max" "$rss_start" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
t0, t1, s0, s1, hz, rss = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
rss0 = int(sys.argv[8])
cpu = (t1 - t0) / hz / (s1 - s0) * 100
print(f"{r['duels']} duels, {r['players']} players, {r['seconds']} s: {r['submissions']} submissions "
      f"({r['refused']} refused), progress delivered {r['delivered']}, lost {r['lost']}")
print(f"duel_progress to the opponent: p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, max {r['max_ms']:.1f} ms "
      f"(goal: p99 < 50 ms: {'met' if r['p99_ms'] < 50 else 'NOT met'})")
print(f"server: CPU {cpu:.1f} % of one core over the play window (judging included); RSS "
      f"{rss0 / 1024:.1f} MB when play starts (after {r['players']} sign-ups: argon2id's 19 MiB "
      f"buffers the allocator keeps), peak {rss / 1024:.1f} MB during play: "
      f"+{(rss - rss0) / r['players']:.1f} KiB per player")
PY
