#!/usr/bin/env bash
# The web app's bundle size and a room page's time to interactive in Debian's
# Chromium against a release `codemint serve` on localhost (see bench/web.mjs).
#
# Usage: bench/web.sh [runs, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps --e2e
scripts/build-web
(cd e2e && [[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error)
cargo build --release --bin codemint

data=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
bin=./target/release/codemint
pass=bench-interviewer-password
echo "$pass" | CODEMINT_DATA_DIR="$data" $bin admin create-user --email bench@example.com --name Bench --role interviewer --password-stdin >/dev/null
CODEMINT_LOG_LEVEL=warn $bin serve --data-dir "$data" --bind "127.0.0.1:$port" >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done

echo "initial bundle on disk (gzip -9):"
for f in web/dist/assets/index-*.js web/dist/assets/index-*.css; do
  printf '  %-40s %8d bytes, gzip %7d\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done
CODEMINT_URL="http://127.0.0.1:$port" INTERVIEWER_EMAIL=bench@example.com INTERVIEWER_PASSWORD="$pass" \
  RUNS="${1:-15}" node bench/web.mjs
