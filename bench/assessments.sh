#!/usr/bin/env bash
# Proctored assessments on one node (the embedded default: SQLite, the
# server's two judge workers), against the SPEC quality bar: "300 candidates
# at once on one node, autosave acknowledged at p99 under 100 ms; 300
# deadlines in the same second all submitted within 10 s". The bar is
# absolute: there is no competitor to run the same load against, so there is
# no same-run baseline or ratio here.
#
# An interviewer builds an assessment (stair-ways and pair-with-sum from the
# bundled pack, Python, 60 minutes) whose window closes at a whole second T
# after the load phase, so every candidate's deadline (start + 60 min capped
# by the close) is T. N candidates are invited in one request (no SMTP: the
# links come back in the answer), start, and claim a session each. Then, for
# `seconds` (bench/assessments-load.mjs, one Node process):
#   - every candidate keeps its /ws and one editor (a real Y.Doc over
#     y-websocket on /yjs/{attempt}:{slug}) and types ~3 characters a second;
#   - autosaves every ~2 s through the API (PUT /attempts/{id}/code/{slug},
#     answered once the code is on disk): the round trip is the autosave
#     acknowledgement, p50/p90/p99/max;
#   - reports an integrity signal every 5-10 s (tab_hidden, window_blur,
#     paste), and the interviewer's /ws (watch_assessment) times each
#     `assessment_signal` from the POST being sent.
# Everyone stops 5 s before T (a last save each, spread over 2 s). From T:
# how long until every attempt has ended (goal <= 10 s) and until the last
# verdict of the 2N autosubmitted programs (correct answers, judged for real
# by the two workers), capped. Also the server's CPU (% of one core) over the
# load phase and over the deadline phase (then also the whole machine's: the
# judged programs run in the sandbox's processes), its RSS (start and end of
# the load phase, peak, end of the run), and the generator's own CPU and
# scheduler lateness, so a saturated generator is visible. Nothing is pinned
# (the judge's programs run beside the server; as in bench/duels.sh).
#
# Needs what the judge's sandbox needs (root, as for bench/submissions.sh).
#
# Usage: bench/assessments.sh [candidates=300] [seconds=60] [cap=600] [setup=30+candidates/20]
#   cap: longest wait after T for the deadline phase, in seconds; setup: the
#   seconds allowed for inviting, starting and connecting everyone before the
#   load phase (T is fixed when the assessment is made; an overrun shortens the
#   load phase and says so).
set -euo pipefail
cd "$(dirname "$0")/.."
candidates=${1:-300}
secs=${2:-60}
cap=${3:-600}
setup=${4:-$((30 + candidates / 20))}
scripts/install-deps --bench
cargo build --release --bin codemint
[[ -d e2e/node_modules ]] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
ulimit -n 65536 2>/dev/null || true

bin=$PWD/target/release/codemint
work=$(mktemp -d)
pid= load=
trap '[[ -n $load ]] && kill $load 2>/dev/null; [[ -n $pid ]] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
g=(--data-dir "$work/data" --log-level warn)
echo 'bench-password' | $bin "${g[@]}" admin create-user --email staff@bench.example \
  --name Staff --role interviewer --password-stdin >/dev/null
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
# The bundled pack (imported on first start) has the two problems. Tokens
# outlive the run (set-up + load + the deadline cap).
$bin "${g[@]}" serve --bind "127.0.0.1:$port" --workers 2 --pack-dir problems \
  --auth-rate-per-minute 100000000 --max-queue-depth 1000000 --access-token-ttl 86400 \
  >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -fs "$base/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
for slug in stair-ways pair-with-sum; do
  for _ in $(seq 1 300); do curl -fs "$base/api/v1/problems/$slug" >/dev/null 2>&1 && break; sleep 0.1; done
done
token=$(curl -fs "$base/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"staff@bench.example","password":"bench-password"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

echo "== $candidates candidates on one node: ${secs} s of load, then $candidates deadlines in the same second"
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# The whole machine's busy time: the judged programs run in the sandbox's
# processes, which the server's own counters do not include.
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
rss() { awk '/VmRSS/{print $2}' "/proc/$pid/status"; }
hz=$(getconf CLK_TCK)
node bench/assessments-load.mjs "$base" "$token" "$candidates" "$secs" "$setup" "$cap" "$work" >"$work/load.json" &
load=$!
# The generator marks the load phase's start and end and the deadline T.
t0= t1= t2= rss0= rss1= rss_max=0
while kill -0 $load 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the server exited; its log:" >&2; tail -n 40 "$work/server.log" >&2; exit 1
  fi
  r=$(rss)
  if [[ -z $t0 && -e $work/started ]]; then t0=$(ticks); s0=$(date +%s.%N); rss0=$r; fi
  [[ -n $t0 ]] && (( r > rss_max )) && rss_max=$r
  if [[ -z $t1 && -e $work/loaded ]]; then t1=$(ticks); s1=$(date +%s.%N); rss1=$r; fi
  if [[ -z $t2 && -e $work/deadline ]]; then t2=$(ticks); c2=$(busy); s2=$(date +%s.%N); fi
  sleep 0.25
done
t3=$(ticks); c3=$(busy); s3=$(date +%s.%N); rss3=$(rss)
if ! wait $load || [[ -z $t0 ]]; then
  load=
  echo "the load generator failed; the server's log:" >&2; tail -n 40 "$work/server.log" >&2; exit 1
fi
load=
# A mark the 0.25 s sampling missed (the generator ended right after it).
[[ -n $t1 ]] || { t1=$t3; s1=$s3; rss1=$rss3; }
[[ -n $t2 ]] || { t2=$t3; c2=$c3; s2=$s3; }
cat "$work/load.json"
python3 - "$work/load.json" "$hz" "$t0" "$t1" "$t2" "$t3" "$s0" "$s1" "$s2" "$s3" "$c2" "$c3" \
  "$rss0" "$rss1" "$rss_max" "$rss3" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
hz = int(sys.argv[2])
t0, t1, t2, t3 = (int(x) for x in sys.argv[3:7])
s0, s1, s2, s3 = (float(x) for x in sys.argv[7:11])
c2, c3 = int(sys.argv[11]), int(sys.argv[12])
rss0, rss1, rss_max, rss3 = (int(x) / 1024 for x in sys.argv[13:17])
n = r["candidates"]
cpu_load = (t1 - t0) / hz / max(s1 - s0, 1e-3) * 100
cpu_deadline = (t3 - t2) / hz / max(s3 - s2, 1e-3) * 100
machine = (c3 - c2) / hz / max(s3 - s2, 1e-3) * 100

def ms(v):
    return "n/a" if v is None else f"{v:.1f} ms"

def met(ok):
    return "met" if ok else "NOT met"

a, f, p, k = r["autosave"], r["final_save"], r["proctor_event"], r["signal_ack"]
print()
print(f"candidates: {n}; load phase {r['load_seconds']:.1f} s (set-up {r['setup_seconds']:.1f} s); "
      f"{r['typed_chars']} characters typed over /yjs ({r['typed_chars'] / max(r['load_seconds'], 1e-3):.0f}/s)")
print(f"autosave acknowledged (PUT sent -> answered, code on disk): p50 {ms(a['p50_ms'])}, p90 {ms(a['p90_ms'])}, "
      f"p99 {ms(a['p99_ms'])}, max {ms(a['max_ms'])} over {a['count']} saves "
      f"(goal: p99 < 100 ms: {met(a['p99_ms'] is not None and a['p99_ms'] < 100)})")
print(f"  of which the last save of each candidate before the deadline: p99 {ms(f['p99_ms'])}, max {ms(f['max_ms'])}")
print(f"proctor event (signal POST sent -> assessment_signal on the interviewer's /ws): p50 {ms(p['p50_ms'])}, "
      f"p90 {ms(p['p90_ms'])}, p99 {ms(p['p99_ms'])}, max {ms(p['max_ms'])}; "
      f"{r['signals_delivered']} of {r['signals_sent']} signals delivered, {r['signals_lost']} lost, "
      f"{r['signals_failed']} refused; signal POST answered p99 {ms(k['p99_ms'])}")
print(f"server over the load phase: CPU {cpu_load:.1f} % of one core; RSS {rss0:.1f} MB at its start, "
      f"{rss1:.1f} MB at its end, peak {rss_max:.1f} MB, {rss3:.1f} MB at the end of the run")
lag = r["generator_lag"]
print(f"generator over the load phase: CPU {r['generator_cpu_pct']:.1f} % of one core, scheduler late by "
      f"p99 {ms(lag['p99_ms'])} (max {ms(lag['max_ms'])}) on a 20 ms tick"
      + ("  <- near a full core: the generator may be what limits" if r['generator_cpu_pct'] > 85 else ""))
errs = {k: v for k, v in r["errors"].items() if v}
print(f"errors: {json.dumps(errs) if errs else 'none'}")
print(f"deadline: all {n} at the same second T ({r['errors']['deadline_mismatch']} attempts with another deadline)")
if r["all_ended_s"] is not None:
    print(f"  all {n} attempts ended after {r['all_ended_s']:.2f} s (median {r['ended_p50_s']:.2f} s) "
          f"(goal: <= 10 s: {met(r['all_ended_s'] <= 10)})")
else:
    last = "" if r["ended_last_s"] is None else f", the last seen after {r['ended_last_s']:.2f} s"
    print(f"  only {r['ended']} of {n} attempts ended within the {r['cap_seconds']:.0f} s cap{last} (goal: <= 10 s: NOT met)")
verdicts = ", ".join(f"{v} {c}" for v, c in sorted(r["verdicts"].items()))
if r["last_verdict_s"] is not None:
    print(f"  last verdict after {r['last_verdict_s']:.1f} s ({2 * n} autosubmitted programs, 2 judge workers; "
          f"verdicts: {verdicts})")
else:
    last = "" if r["judged_last_s"] is None else f", the last seen after {r['judged_last_s']:.1f} s"
    print(f"  only {r['judged']} of {n} candidates fully judged within the {r['cap_seconds']:.0f} s cap{last} "
          f"(verdicts so far: {verdicts})")
print(f"  over the deadline phase: server CPU {cpu_deadline:.1f} % of one core; the machine (judged programs "
      f"included) {machine:.1f} % of one core")
for x in r["not_accepted"]:
    print(f"  not accepted: {x['slug']} {x['verdict']} ({x.get('message') or x.get('error', '')}); "
          f"the code ends {x.get('code_tail', '')[-120:]!r}")
states = ", ".join(f"{s} {c}" for s, c in sorted(r["attempt_states"].items()))
print(f"  attempt states at the end: {states}")
print("(the bar is absolute: no competitor runs this load)")
PY
