#!/usr/bin/env bash
# API throughput on the embedded default (SQLite), measured with wrk:
#   GET /api/v1/problems, GET /api/v1/problems/{slug}, and GET /healthz as the
#   same-run baseline (the cost of the HTTP stack alone).
# Prints requests/s, p50/p99 latency and each endpoint's ratio to the baseline.
# SPEC quality bar: >= 20,000 req/s for the problem list and a problem page.
#
# Usage: bench/api.sh [seconds per endpoint, default 10] [connections, default 64]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
conns=${2:-64}
scripts/install-deps --bench

cargo build --release --bin codemint
data=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
CODEMINT_LOG_LEVEL=warn ./target/release/codemint serve --data-dir "$data" --bind "127.0.0.1:$port" >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done
slug=$(curl -fs "http://127.0.0.1:$port/api/v1/problems?per_page=1" | sed -E 's/.*"slug":"([^"]+)".*/\1/')

run() { # name path -> "rps p50 p99"
  local out
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "http://127.0.0.1:$port$2")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99"
}

echo "warming up…"; wrk -t1 -c8 -d2s "http://127.0.0.1:$port/api/v1/problems" >/dev/null
read -r base_rps base_p50 base_p99 < <(run healthz /healthz)
read -r list_rps list_p50 list_p99 < <(run list /api/v1/problems)
read -r page_rps page_p50 page_p99 < <(run page "/api/v1/problems/$slug")

printf '\n%-34s %12s %10s %10s %16s\n' endpoint "req/s" p50 p99 "vs /healthz"
printf '%-34s %12.0f %10s %10s %16s\n' "GET /healthz (baseline)" "$base_rps" "$base_p50" "$base_p99" "1.00"
printf '%-34s %12.0f %10s %10s %16.2f\n' "GET /api/v1/problems" "$list_rps" "$list_p50" "$list_p99" "$(echo "$list_rps / $base_rps" | bc -l)"
printf '%-34s %12.0f %10s %10s %16.2f\n' "GET /api/v1/problems/$slug" "$page_rps" "$page_p50" "$page_p99" "$(echo "$page_rps / $base_rps" | bc -l)"
printf '\nquality bar 20000 req/s: list %.2fx, page %.2fx (2 cores shared by server and wrk, %s connections)\n' \
  "$(echo "$list_rps / 20000" | bc -l)" "$(echo "$page_rps / 20000" | bc -l)" "$conns"
