// Proctored assessments on one node, driven by bench/assessments.sh: one
// interviewer's assessment (stair-ways and pair-with-sum, 60 minutes, the
// window closing at a whole second T so every candidate's deadline is T),
// N candidates invited in one request, started and holding a session each.
//
// Load phase (`seconds`, ending 5 s before T): every candidate keeps its
// `/ws` and one editor (a real Y.Doc over y-websocket on
// `/yjs/{attempt}:{slug}`, its session in the query) and types a few
// characters a second into it, autosaves it through the API every ~2 s
// (`PUT /attempts/{id}/code/{slug}`: answered once the code is on disk; the
// round trip is the acknowledgement measured) and reports an integrity
// signal every 5-10 s, which a proctor's `/ws` (`watch_assessment`) must
// receive (measured from the POST being sent). One 20 ms scheduler drives
// every candidate (no per-candidate timers); its lateness is reported so a
// saturated generator shows.
//
// What is typed: each editor starts (set once during set-up) with a correct
// Python answer followed by a `# notes: ` comment line, and the candidate
// types letters and spaces at the end of that line, never a newline. An
// autosave replaces the whole text with the page's copy, so a keystroke still
// in flight over /yjs when the PUT lands can come back twice; it lands at the
// end of the text, inside the comment, and the program stays correct: the
// deadline submits it and the judge gives it a real verdict (AC expected).
//
// Deadline phase: from T, how long until every attempt has ended (the
// earliest of the candidate's `attempt_ended`, the proctor's row turning
// `submitted`, or the report polled every second saying so) and until every
// candidate's two autosubmitted problems have a verdict; capped.
//
// Prints one JSON object on stdout (progress on stderr). Writes
// `<marks>/started`, `<marks>/loaded` and `<marks>/deadline` when the load
// phase starts, when it ends and at T, for the script's CPU and memory
// readings of the server.
//
//   node bench/assessments-load.mjs <base-url> <staff token> <candidates> <load seconds> <setup seconds> <cap seconds> [marks dir]
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(new URL('../e2e/package.json', import.meta.url))
const WebSocket = require('ws')
const Y = require('yjs')
const { WebsocketProvider } = require('y-websocket')

const [base, staff, nArg, loadArg, setupArg, capArg, marks] = process.argv.slice(2)
const N = Number(nArg)
const LOAD_MS = Number(loadArg) * 1000
const SETUP_MS = Number(setupArg) * 1000
const CAP_MS = Number(capArg) * 1000
const wsBase = base.replace(/^http/, 'ws')

const TICK_MS = 20
const QUIET_MS = 5000 // no typing, saving or signals in the last 5 s before T
const STOP_SPREAD_MS = 2000 // candidates stop (final save) over the 2 s before that
const SAVE_EVERY_MS = 2000 // ±25 %
const CHARS_PER_SECOND = 3 // mean; each gap is uniform in [0.3, 1.7] × the mean
const SIGNAL_MIN_MS = 5000
const SIGNAL_MAX_MS = 10000
const DURATION_MINUTES = 60
const MAX_INVITES = 500 // per request (crates/assessments MAX_INVITES)

// The part of each problem's Python stub the candidate writes (the judge
// wraps it with the stub's prefix and suffix); both pass every test.
const SOLUTIONS = {
  'stair-ways': `class Solution:
    def countWays(self, n: int, k: int) -> int:
        mod = 10**9 + 7
        dp = [0] * (n + 1)
        dp[0] = 1
        window = 1  # dp[i-k] + ... + dp[i-1]
        for i in range(1, n + 1):
            dp[i] = window
            window = (window + dp[i]) % mod
            if i >= k:
                window = (window - dp[i - k]) % mod
        return dp[n]
`,
  'pair-with-sum': `def pair_with_sum(nums: List[int], target: int) -> List[int]:
    seen = {}
    for j, x in enumerate(nums):
        i = seen.get(target - x)
        if i is not None:
            return [i + 1, j + 1]
        seen.setdefault(x, j)
    return []
`,
}
const SLUGS = Object.keys(SOLUTIONS)
const NOTES = '# notes: '
const PROSE = 'check n equals zero and k larger than n then the modulo on the running window sum ' +
  'and whether the same index may be used twice for the pair '

const log = (...a) => console.error('[assessments-load]', ...a)
const mark = (name) => { if (marks) writeFileSync(`${marks}/${name}`, '') }
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)))
const bump = (o, k) => { o[k] = (o[k] ?? 0) + 1 }

class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status }
}

async function api(method, path, token, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new HttpError(res.status, `${method} ${path}: ${res.status} ${text}`)
  return text ? JSON.parse(text) : null
}

async function pool(items, n, f) {
  const out = []
  let i = 0
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) { const k = i++; out[k] = await f(items[k], k) }
  }))
  return out
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const q = (f) => (s.length ? s[Math.min(s.length - 1, Math.floor(f * s.length))] : null)
  return { count: s.length, p50_ms: q(0.5), p90_ms: q(0.9), p99_ms: q(0.99), max_ms: s.length ? s[s.length - 1] : null }
}

const errors = {
  save: {}, // status (or 'network') → count, load phase and final saves
  signal: {},
  ws_closed: 0, // candidate /ws closed before the end
  yjs_disconnects: 0, // editor connections lost during the load phase
  not_synced: 0, // editors that never synced (they do not type)
  session_lost: 0, // attempt_session received: another page took over
  proctor_reconnects: 0,
  deadline_mismatch: 0, // attempts whose deadline is not T
}

// --- Set-up -------------------------------------------------------------------
const setupStart = Date.now()
const T = Math.ceil((setupStart + SETUP_MS + LOAD_MS + QUIET_MS) / 1000) * 1000
if (T - setupStart + 60_000 >= DURATION_MINUTES * 60_000) {
  throw new Error('set-up + load must stay well under the 60-minute duration, or deadlines would differ')
}
const loadStart = T - QUIET_MS - LOAD_MS
const loadEnd = T - QUIET_MS

const assessment = await api('POST', '/assessments', staff, {
  title: `Bench ${N} candidates`,
  instructions: 'Benchmark.',
  problems: SLUGS.map((slug) => ({ slug, points: 50 })),
  duration_minutes: DURATION_MINUTES,
  opens_at: setupStart - 60_000,
  closes_at: T,
  languages: ['python'],
})
const stamp = Date.now()
const emails = Array.from({ length: N }, (_, i) => `c${i}-${stamp}@bench.example`)
const links = new Map()
for (let i = 0; i < N; i += MAX_INVITES) {
  const r = await api('POST', `/assessments/${assessment.id}/invitations`, staff, { emails: emails.slice(i, i + MAX_INVITES) })
  for (const inv of r.items) links.set(inv.email, { inv: inv.id, link: inv.url.slice(inv.url.lastIndexOf('/a/') + 3) })
}
log(`assessment ${assessment.id}: ${links.size} invited, deadline T = ${new Date(T).toISOString()}`)

const cands = await pool(emails, 8, async (email, i) => {
  const { inv, link } = links.get(email)
  const r = await api('POST', `/invitations/${link}/start`, null, {})
  if (r.attempt.deadline !== T) errors.deadline_mismatch += 1
  const slug = SLUGS[i % SLUGS.length] // the problem this candidate types in
  return { i, inv, attempt: r.attempt.id, token: r.token, slug, session: `bench-${i}` }
})
await pool(cands, 8, async (c) => {
  const s = await api('POST', `/attempts/${c.attempt}/sessions`, c.token, { session: c.session })
  c.session = s.session
  // Each editor starts with a correct answer (as if written before the
  // measured stretch): the typed problem with the comment line to type into.
  for (const slug of SLUGS) {
    const code = slug === c.slug ? `${SOLUTIONS[slug]}${NOTES}` : SOLUTIONS[slug]
    await api('PUT', `/attempts/${c.attempt}/code/${slug}`, c.token, { language: 'python', code })
  }
})
log(`${cands.length} attempts started, sessions claimed, code set`)

// Candidates' /ws: the attempt's clock, sessions and end.
const endedAt = new Map() // invitation → epoch ms of attempt_ended
let finished = false
function candidateSocket(c) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsBase}/ws?token=${c.token}`)
    ws.on('message', (data) => {
      const ev = JSON.parse(data.toString())
      if (ev.type === 'ready') resolve(ws)
      else if (ev.type === 'attempt_ended' && !endedAt.has(c.inv)) endedAt.set(c.inv, Date.now())
      else if (ev.type === 'attempt_session' && ev.session !== c.session) errors.session_lost += 1
    })
    ws.on('error', reject)
    ws.on('close', () => { if (!finished) errors.ws_closed += 1 })
  })
}
const sockets = await pool(cands, 16, candidateSocket)

// The proctor's /ws: signals (latency) and rows (statuses and verdicts).
const pendingSignals = new Map() // `${invitation}|${kind}|${value}` → performance.now() at send
const proctorLatency = []
const submittedAt = new Map() // invitation → epoch ms first seen ended (any source)
const verdictAt = new Map() // invitation → epoch ms first seen with every problem judged
const seen = (map, inv, at) => { if (!map.has(inv)) map.set(inv, at) }
function noteRow(row, at) {
  if (row.status === 'submitted') seen(submittedAt, row.invitation, at)
  if (row.problems.length && row.problems.every((p) => p.verdict)) seen(verdictAt, row.invitation, at)
}
let proctor
function watch() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsBase}/ws?token=${staff}`)
    ws.on('message', (data) => {
      const now = performance.now()
      const ev = JSON.parse(data.toString())
      if (ev.type === 'assessment_signal') {
        const s = ev.signal
        const key = `${ev.invitation}|${s.kind}|${s.kind === 'paste' ? s.length : s.duration_ms}`
        const sent = pendingSignals.get(key)
        if (sent !== undefined) { proctorLatency.push(now - sent); pendingSignals.delete(key) }
      } else if (ev.type === 'assessment_candidate') {
        noteRow(ev.candidate, Date.now())
      } else if (ev.type === 'ready') {
        ws.send(JSON.stringify({ type: 'watch_assessment', assessment: assessment.id }))
      } else if (ev.type === 'assessment_watching') {
        resolve(ws)
      } else if (ev.type === 'error') {
        reject(new Error(`watch_assessment: ${ev.code}: ${ev.message}`))
      }
    })
    ws.on('error', reject)
    ws.on('close', () => {
      if (finished) return
      errors.proctor_reconnects += 1
      watch().then((w) => { proctor = w }, (e) => log(`proctor cannot reconnect: ${e.message}`))
    })
  })
}
proctor = await watch()

// y-websocket adds a process 'exit' listener per provider.
process.setMaxListeners(0)
// Editors: one per candidate, synced before typing (typing into an unsynced
// copy could put characters ahead of the answer).
let loadPhase = false
for (const c of cands) {
  c.doc = new Y.Doc()
  c.text = c.doc.getText('code')
  c.provider = new WebsocketProvider(`${wsBase}/yjs`, `${c.attempt}:${c.slug}`, c.doc, {
    WebSocketPolyfill: WebSocket, params: { token: c.token, session: c.session }, disableBc: true,
  })
  c.provider.on('status', ({ status }) => { if (status === 'disconnected' && loadPhase) errors.yjs_disconnects += 1 })
}
const syncDeadline = Date.now() + 60_000
while (Date.now() < syncDeadline && cands.some((c) => !c.provider.synced)) await sleep(100)
for (const c of cands) {
  c.synced = c.provider.synced && c.text.toString().startsWith(SOLUTIONS[c.slug])
  if (!c.synced) errors.not_synced += 1
}
const setupSeconds = (Date.now() - setupStart) / 1000
log(`set-up took ${setupSeconds.toFixed(1)} s; ${N - errors.not_synced} editors synced`)
if (Date.now() > loadEnd - 10_000) {
  throw new Error(`set-up took ${setupSeconds.toFixed(1)} s, leaving no load phase: raise the set-up argument (was ${SETUP_MS / 1000} s)`)
}
if (Date.now() > loadStart) {
  log(`WARNING: set-up overran its ${SETUP_MS / 1000} s: the load phase is ${((loadEnd - Date.now()) / 1000).toFixed(1)} s, not ${LOAD_MS / 1000} s (raise the set-up argument)`)
}

// --- Load phase ---------------------------------------------------------------
await sleep(loadStart - Date.now())
const perfAt = (epoch) => performance.now() + (epoch - Date.now())
const L0 = performance.now()
const L1 = perfAt(loadEnd)
const actualLoadMs = L1 - L0
mark('started')
loadPhase = true
const cpu0 = process.cpuUsage()

const saveLatency = []
const finalSaveLatency = []
const signalAck = []
let typed = 0
let saves = 0
let signalsSent = 0
let signalsFailed = 0
const KINDS = ['tab_hidden', 'window_blur', 'paste']
const rand = (a, b) => a + Math.random() * (b - a)
const keyGap = () => (1000 / CHARS_PER_SECOND) * rand(0.3, 1.7)

for (const c of cands) {
  c.nextKey = L0 + rand(0, 1000)
  c.nextSave = L0 + rand(0, SAVE_EVERY_MS)
  c.nextSignal = L0 + rand(0, SIGNAL_MAX_MS)
  c.stopAt = L1 - rand(0, STOP_SPREAD_MS)
  c.stopped = false
  c.saving = null
  c.prose = Math.floor(Math.random() * PROSE.length)
  c.signals = c.i
}

function save(c, final) {
  const run = async () => {
    const code = c.text.toString()
    const sent = performance.now()
    try {
      const res = await fetch(`${base}/api/v1/attempts/${c.attempt}/code/${c.slug}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
        body: JSON.stringify({ language: 'python', code }),
      })
      await res.text()
      const dt = performance.now() - sent
      if (res.ok) {
        saves += 1
        saveLatency.push(dt)
        if (final) finalSaveLatency.push(dt)
      } else {
        bump(errors.save, res.status)
      }
    } catch {
      bump(errors.save, 'network')
    }
  }
  // One save at a time per candidate, like an editor's autosave.
  c.saving = (c.saving ?? Promise.resolve()).then(run)
  return c.saving
}

function signal(c) {
  const kind = KINDS[c.signals++ % KINDS.length]
  // Plausible values, unique among this candidate's pending signals of the
  // kind, so the proctor's event can be matched to its send.
  let value = kind === 'paste' ? Math.floor(rand(1, 400)) : Math.floor(rand(200, 30_000))
  let key
  while (pendingSignals.has(key = `${c.inv}|${kind}|${value}`)) value += 1
  const body = kind === 'paste' ? { kind, length: value } : { kind, duration_ms: value }
  const sent = performance.now()
  pendingSignals.set(key, sent)
  signalsSent += 1
  fetch(`${base}/api/v1/attempts/${c.attempt}/signals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
    body: JSON.stringify(body),
  }).then(async (res) => {
    await res.text()
    if (res.ok) {
      signalAck.push(performance.now() - sent)
    } else {
      pendingSignals.delete(key)
      signalsFailed += 1
      bump(errors.signal, res.status)
    }
  }, () => {
    pendingSignals.delete(key)
    signalsFailed += 1
    bump(errors.signal, 'network')
  })
}

const lag = []
const finalSaves = []
await new Promise((resolve) => {
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    lag.push(Math.max(0, now - last - TICK_MS))
    last = now
    for (const c of cands) {
      if (c.stopped) continue
      if (now >= c.stopAt) {
        c.stopped = true
        finalSaves.push(save(c, true))
        continue
      }
      if (c.synced) {
        // A person types on after a pause rather than in a burst.
        if (now - c.nextKey > 1000) c.nextKey = now
        while (now >= c.nextKey) {
          c.text.insert(c.text.length, PROSE[c.prose++ % PROSE.length])
          typed += 1
          c.nextKey += keyGap()
        }
      }
      if (now >= c.nextSave) {
        save(c, false)
        c.nextSave = now + SAVE_EVERY_MS * rand(0.75, 1.25)
      }
      if (now >= c.nextSignal) {
        signal(c)
        c.nextSignal = now + rand(SIGNAL_MIN_MS, SIGNAL_MAX_MS)
      }
    }
    if (now >= L1) { clearInterval(timer); resolve() }
  }, TICK_MS)
})
const cpu = process.cpuUsage(cpu0)
const generatorCpu = (cpu.user + cpu.system) / 1000 / actualLoadMs * 100
loadPhase = false
mark('loaded')
await Promise.all(finalSaves)
log(`load phase over: ${typed} characters typed, ${saves} saves, ${signalsSent} signals`)

// --- Deadline phase -----------------------------------------------------------
await sleep(T - Date.now())
mark('deadline')
const signalsLost = pendingSignals.size // sent by T - 5 s, never reached the proctor
log('deadline T reached: waiting for every attempt to end and every verdict')
let report = null
let capped = false
for (;;) {
  try {
    report = await api('GET', `/assessments/${assessment.id}/report`, staff)
    const at = Date.now()
    for (const row of report.candidates) noteRow(row, at)
  } catch (e) {
    log(`report: ${e.message}`)
  }
  for (const [inv, at] of endedAt) {
    if (!(submittedAt.get(inv) <= at)) submittedAt.set(inv, at)
  }
  if (submittedAt.size >= N && verdictAt.size >= N) break
  if (Date.now() - T >= CAP_MS) { capped = true; break }
  await sleep(1000)
}
const since = (map) => [...map.values()].map((at) => (at - T) / 1000).sort((a, b) => a - b)
const ended = since(submittedAt)
const judged = since(verdictAt)
const verdicts = {}
for (const row of report?.candidates ?? []) {
  for (const p of row.problems) bump(verdicts, p.verdict ?? 'none')
}
// Anything but AC, explained: the code as submitted and the judge's message.
const notAccepted = []
for (const row of report?.candidates ?? []) {
  for (const p of row.problems) {
    if (!p.verdict || p.verdict === 'AC' || notAccepted.length >= 3) continue
    try {
      const r = await api('GET', `/assessments/${assessment.id}/candidates/${row.invitation}`, staff)
      const prob = r.problems.find((q) => q.slug === p.slug)
      const sub = prob?.submissions?.at(-1)
      const judged = sub ? await api('GET', `/submissions/${sub.id}`, staff).catch(() => null) : null
      const failed = judged?.tests?.find((t) => t.verdict !== 'AC')
      notAccepted.push({
        invitation: row.invitation, slug: p.slug, verdict: p.verdict,
        code_tail: (judged?.code ?? prob?.code ?? '').slice(-300),
        message: (judged?.compile_output || (failed ? JSON.stringify(failed) : '')).slice(0, 500),
      })
    } catch (e) {
      notAccepted.push({ invitation: row.invitation, slug: p.slug, verdict: p.verdict, error: e.message })
    }
  }
}
for (const x of notAccepted) log(`not accepted: ${JSON.stringify(x)}`)
const states = {}
await pool(cands, 8, async (c) => {
  try { bump(states, (await api('GET', `/attempts/${c.attempt}`, c.token)).state) } catch (e) { bump(states, `error ${e.status ?? ''}`.trim()) }
})

finished = true
const median = (xs) => (xs.length ? xs[Math.floor(xs.length / 2)] : null)
console.log(JSON.stringify({
  candidates: N,
  assessment: assessment.id,
  setup_seconds: setupSeconds,
  load_seconds: actualLoadMs / 1000,
  deadline: T,
  typed_chars: typed,
  autosave: stats(saveLatency),
  final_save: stats(finalSaveLatency),
  signals_sent: signalsSent,
  signals_failed: signalsFailed,
  signals_delivered: proctorLatency.length,
  signals_lost: signalsLost,
  proctor_event: stats(proctorLatency),
  signal_ack: stats(signalAck),
  generator_cpu_pct: generatorCpu,
  generator_lag: stats(lag),
  errors,
  ended: ended.length,
  all_ended_s: ended.length >= N ? ended[ended.length - 1] : null,
  ended_p50_s: median(ended),
  ended_last_s: ended.length ? ended[ended.length - 1] : null,
  judged: judged.length,
  last_verdict_s: judged.length >= N ? judged[judged.length - 1] : null,
  judged_last_s: judged.length ? judged[judged.length - 1] : null,
  verdicts,
  not_accepted: notAccepted,
  attempt_states: states,
  capped,
  cap_seconds: CAP_MS / 1000,
}))
for (const s of sockets) s.close()
proctor?.close()
for (const c of cands) { c.provider.destroy(); c.doc.destroy() }
process.exit(0)
