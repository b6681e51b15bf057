// Submissions end to end, driven by bench/submissions.sh: POST a submission,
// wait for its `submission_finished` over /ws, many at once; prints one JSON
// object. The baseline (judging the same solution with `codemint judge` in
// the same run) is the script's business.
//
//   node bench/submissions.mjs <base-url> <token> <slug> <language> <file> <count> <concurrency>
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(new URL('../e2e/package.json', import.meta.url))
const WebSocket = require('ws')

const [base, token, problem, language, file, count, concurrency] = process.argv.slice(2)
const code = readFileSync(file, 'utf8')
const total = Number(count)
const waiting = new Map() // submission id -> {start, resolve}
const early = new Map() // verdicts that arrived before the POST answered

const ws = new WebSocket(`${base.replace('http', 'ws')}/ws?token=${token}`)
await new Promise((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject) })
ws.on('message', (data) => {
  const ev = JSON.parse(data.toString())
  if (ev.type !== 'submission_finished') return
  const w = waiting.get(ev.id)
  if (w) { waiting.delete(ev.id); w.resolve(ev) } else early.set(ev.id, ev)
})

const one = async () => {
  const start = performance.now()
  const res = await fetch(`${base}/api/v1/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ problem, language, code })
  })
  if (res.status !== 202) throw new Error(`POST answered ${res.status}: ${await res.text()}`)
  const { id } = await res.json()
  const ev = early.get(id) ?? await new Promise((resolve) => waiting.set(id, { resolve }))
  early.delete(id)
  return { ms: performance.now() - start, verdict: ev.verdict }
}

const times = []
const verdicts = {}
let next = 0
const t0 = performance.now()
await Promise.all(Array.from({ length: Number(concurrency) }, async () => {
  while (next < total) {
    next++
    const r = await one()
    times.push(r.ms)
    verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1
  }
}))
const secs = (performance.now() - t0) / 1000
times.sort((a, b) => a - b)
const pct = (p) => times[Math.min(times.length - 1, Math.ceil(times.length * p) - 1)]
console.log(JSON.stringify({
  language, submissions: total, seconds: secs, per_second: total / secs,
  p50_ms: pct(0.5), p99_ms: pct(0.99), verdicts
}))
ws.close()
