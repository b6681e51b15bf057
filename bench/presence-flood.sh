#!/usr/bin/env bash
# Issue 13's presence flood against a fresh `codemint serve` (the debug build
# unless CODEMINT_BIN is set): an admitted observer sends ~900 KiB presence
# states with a new client id each, reconnecting when cut off; prints the
# server's RSS before, at its peak and after, and what a bystander received.
#   bench/presence-flood.sh [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
bin=${CODEMINT_BIN:-target/debug/codemint}
dir=$(mktemp -d); port=$((20000 + RANDOM % 20000)); base="http://127.0.0.1:$port"
"$bin" serve --data-dir "$dir" --bind "127.0.0.1:$port" --workers 0 >"$dir/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done
json() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }
echo 'password123' | "$bin" admin create-user --data-dir "$dir" --email host@example.com \
  --name Host --role interviewer --password-stdin >/dev/null
host=$(curl -s "$base/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"host@example.com","password":"password123"}' | json access_token)
room=$(curl -s "$base/api/v1/rooms" -H "authorization: Bearer $host" -H 'content-type: application/json' -d '{}' | json id)
guest=$(curl -s "$base/api/v1/rooms/$room/guests" -H 'content-type: application/json' -d '{"name":"Flood"}')
token=$(echo "$guest" | json token); member=$(echo "$guest" | sed -E 's/.*"member":"(g:[^"]+)".*/\1/')
curl -s "$base/api/v1/rooms/$room/lobby/$member" -H "authorization: Bearer $host" \
  -H 'content-type: application/json' -d '{"admit":true,"role":"observer"}' >/dev/null
node bench/presence-flood.mjs "$base" "$room" "$token" "$host" "$pid" "$seconds"
