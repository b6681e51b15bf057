#!/usr/bin/env bash
# Submissions end to end: POST /api/v1/submissions → verdict over /ws, for a
# trivial accepted C++ and Python solution on a 10-test problem, many in
# flight, on the embedded default (SQLite) and with the queue on PostgreSQL.
# The same-run baseline is `codemint judge` on the same solution and problem
# (the judge alone, two processes at a time like the server's two workers):
# the ratio is what the HTTP + queue + database pipeline keeps of it.
#
# Usage: bench/submissions.sh [submissions per language=40] [in flight=8]   (needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-40}
inflight=${2:-8}
scripts/install-deps --bench
cargo build --release --bin codemint
[[ -d e2e/node_modules ]] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
bin=$PWD/target/release/codemint
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT

cat > "$work/sol.cpp" <<'EOF'
#include <cstdio>
int main() { long long a, b; if (scanf("%lld %lld", &a, &b) == 2) printf("%lld\n", a + b); }
EOF
cat > "$work/sol.py" <<'EOF'
a, b = map(int, input().split())
print(a + b)
EOF
problem() { # a+b with 2 samples and 8 hidden tests
  python3 - <<'EOF'
import json, random
random.seed(7)
def t(i):
    a, b = random.randint(-10**9, 10**9), random.randint(-10**9, 10**9)
    return {"name": f"{i:02}", "input": f"{a} {b}\n", "answer": f"{a + b}\n"}
print(json.dumps({"slug": "sum-bench", "title": "Sum", "statement": "Print a + b.",
  "difficulty": "easy", "tags": ["math"], "time_limit_ms": 1000, "memory_mb": 256,
  "samples": [t(i) for i in range(2)], "hidden_tests": [t(i) for i in range(2, 10)]}))
EOF
}

run_backend() { # name, extra global args...
  local name=$1; shift
  local data="$work/$name"
  mkdir -p "$data"
  local g=(--data-dir "$data" --log-level warn "$@")
  echo 'bench-password' | $bin "${g[@]}" admin create-user --email bench@example.com \
    --name Bench --role interviewer --password-stdin >/dev/null
  local port=$((20000 + RANDOM % 20000))
  $bin "${g[@]}" serve --bind "127.0.0.1:$port" --workers 2 --pack-dir "$work/none" \
    --submissions-per-minute 1000000 --max-queue-depth 100000 >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
  local base="http://127.0.0.1:$port"
  local token
  token=$(curl -fs "$base/api/v1/auth/login" -H 'content-type: application/json' \
    -d '{"email":"bench@example.com","password":"bench-password"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  problem | curl -fs "$base/api/v1/problems" -H "authorization: Bearer $token" \
    -H 'content-type: application/json' -d @- >/dev/null
  for lang in cpp python; do
    local file="$work/sol.${lang/python/py}"
    # Warm up (compilers, page cache), then measure.
    node bench/submissions.mjs "$base" "$token" sum-bench "$lang" "$file" 4 2 >/dev/null
    local pipe
    pipe=$(node bench/submissions.mjs "$base" "$token" sum-bench "$lang" "$file" "$count" "$inflight")
    # Baseline: the judge alone on the same problem, two at a time.
    local n=$(( count / 2 )) start end
    start=$(date +%s.%N)
    for _ in $(seq 1 $((n / 2))); do
      $bin "${g[@]}" judge --problem sum-bench --lang "$lang" --file "$file" --json >/dev/null &
      local other=$!
      $bin "${g[@]}" judge --problem sum-bench --lang "$lang" --file "$file" --json >/dev/null
      wait "$other"   # not a bare `wait`: the server is a background job too
    done
    end=$(date +%s.%N)
    python3 - "$name" "$pipe" "$n" "$start" "$end" <<'EOF'
import json, sys
name, pipe, n, start, end = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
base = (n // 2 * 2) / (end - start)
print(f"{name:10} {pipe['language']:7} {pipe['per_second']:10.2f} {pipe['p50_ms']:10.1f} {pipe['p99_ms']:10.1f} "
      f"{base:14.2f} {pipe['per_second'] / base:10.2f}   {pipe['verdicts']}")
EOF
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

printf '%-10s %-7s %10s %10s %10s %14s %10s\n' store lang "subm/s" "p50 ms" "p99 ms" "judge alone/s" ratio
run_backend sqlite
pg=${CODEMINT_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}
if command -v psql >/dev/null && psql "$pg" -Atqc 'select 1' >/dev/null 2>&1; then
  schema="bench_$RANDOM$RANDOM"
  psql "$pg" -qc "create schema $schema" >/dev/null
  run_backend postgres --database-url "$pg?options=-c%20search_path%3D$schema"
  psql "$pg" -qc "drop schema $schema cascade" >/dev/null 2>&1
else
  echo "(no PostgreSQL at $pg: the PostgreSQL row is skipped)"
fi
echo "(submissions: $count per language, $inflight in flight, 10 tests each, 2 workers; p50/p99: POST → verdict over /ws)"
