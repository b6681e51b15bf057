#!/usr/bin/env bash
# Does sending email slow the API? Registration (which queues a welcome
# email when SMTP is set) measured with wrk on the embedded default, once
# without --smtp-url and once with it pointing at a real SMTP server (npm
# maildev), in the same run; then how fast the queue delivers those emails.
# The ratio should be ~1.0: the API only inserts a job row in the same
# transaction, workers do the SMTP.
#
# Usage: bench/notify.sh [seconds per run=10] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
conns=${2:-16}
scripts/install-deps --bench
cargo build --release --bin codemint
if [[ ! -f e2e/node_modules/maildev/dist/bin/maildev.js ]]; then
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
wait_http() { for _ in $(seq 1 300); do curl -fs "$1" >/dev/null 2>&1 && return; sleep 0.1; done; echo "$1 never answered" >&2; exit 1; }

smtp=$((20000 + RANDOM % 10000)); web=$((smtp + 1))
# At the lowest CPU priority: in production the SMTP server is another
# machine; here it shares the two cores with the server under test, and its
# parsing and storing of every message must not be what is measured.
nice -n 19 node e2e/node_modules/maildev/dist/bin/maildev.js --ip 127.0.0.1 --web-ip 127.0.0.1 -s "$smtp" -w "$web" >/dev/null 2>&1 &
pids+=($!)
wait_http "http://127.0.0.1:$web/api/email"

run() { # name extra-flags… -> "rps p99 ok"
  local name=$1; shift
  local port=$((30000 + RANDOM % 10000))
  CODEMINT_LOG_LEVEL=warn ./target/release/codemint serve --data-dir "$work/$name" \
    --bind "127.0.0.1:$port" --auth-rate-per-minute 100000000 "$@" >/dev/null &
  local pid=$!
  pids+=("$pid")
  wait_http "http://127.0.0.1:$port/readyz"
  local out
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency -s bench/register.lua "http://127.0.0.1:$port")
  local rps p99 total bad
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$rps $p99 $((total - ${bad:-0})) $pid"
}

read -r off_rps off_p99 off_ok off_pid < <(run without)
kill "$off_pid"
t0=$(date +%s.%N)
read -r on_rps on_p99 on_ok on_pid < <(run with --smtp-url "smtp://127.0.0.1:$smtp")
# Every account made gets its welcome in maildev: the accounts in the
# database, which include registrations still in flight when wrk stopped
# counting (wrk reports only the ones it saw answered).
sleep 3 # let the registrations wrk left in flight finish
accounts=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from users').fetchone()[0])" "$work/with/codemint.db")
# Welcomed addresses, and welcome messages (a send retried after a timeout
# may arrive twice, with the same Message-ID: at least once, never lost).
welcomes() {
  curl -fs "http://127.0.0.1:$web/api/email" | python3 -c "import json, sys
mails = [m for m in json.load(sys.stdin) if m.get('subject', '').startswith('Welcome')]
print(len({a['address'] for m in mails for a in m.get('to', [])}), len(mails))"
}
count() { welcomes | cut -d' ' -f1; }
for _ in $(seq 1 1200); do
  [[ $(count) -ge $accounts ]] && break
  sleep 0.25
done
t1=$(date +%s.%N)
read -r delivered copies < <(welcomes)
kill "$on_pid" 2>/dev/null || true

printf '\n%-34s %12s %12s\n' "registration (argon2id per request)" "req/s" "p99"
printf '%-34s %12s %12s\n' "without --smtp-url" "$off_rps" "$off_p99"
printf '%-34s %12s %12s\n' "with --smtp-url (maildev)" "$on_rps" "$on_p99"
echo "ratio with/without: $(echo "scale=2; $on_rps / $off_rps" | bc)"
echo "welcome emails: $delivered of $accounts accounts welcomed ($copies messages) ($on_ok registrations answered within the run); $(echo "scale=1; $delivered / ($t1 - $t0)" | bc) emails/s from the first request to the last delivery"
