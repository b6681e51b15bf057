// 200 concurrent duels (400 players) on one node, driven by bench/duels.sh:
// each player has its `/ws` (join_duel) and its own editor over y-websocket
// (a real Y.Doc, typing a character a second), and submits every ~30 s. For
// each submission it measures how long until the *opponent's* `/ws`
// receives the `duel_progress` counting it. Prints one JSON object.
//
//   node bench/duels-load.mjs <base-url> <slug> <duels> <seconds> [file to create when play starts]
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(new URL('../e2e/package.json', import.meta.url))
const WebSocket = require('ws')
const Y = require('yjs')
const { WebsocketProvider } = require('y-websocket')

const [base, slug, duelsArg, secondsArg, startedFile] = process.argv.slice(2)
const DUELS = Number(duelsArg)
const SECONDS = Number(secondsArg)
const wsBase = base.replace('http', 'ws')

async function api(method, path, token, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`)
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

// Players.
const stamp = Date.now()
const players = await pool([...Array(DUELS * 2).keys()], 8, async (i) => {
  const r = await api('POST', '/auth/register', null, { email: `p${i}-${stamp}@bench.example`, password: 'bench-password', name: `P${i}` })
  return { token: r.access_token, id: r.user.id }
})

// Duels: player 2k challenges, 2k+1 accepts.
const duels = await pool([...Array(DUELS).keys()], 8, async (k) => {
  const a = players[2 * k], b = players[2 * k + 1]
  const d = await api('POST', '/duels', a.token, { problem: slug, duration_secs: 3600 })
  await api('POST', `/duels/${d.id}/join`, b.token, {})
  return { id: d.id, a, b }
})

// Sockets: every player watches their duel; pending[duel][user] = sent times.
const pending = new Map()
const latencies = []
let lost = 0
function connect(p, duel) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsBase}/ws?token=${p.token}`)
    ws.on('open', () => { ws.send(JSON.stringify({ type: 'join_duel', duel })); resolve(ws) })
    ws.on('error', reject)
    ws.on('message', (data) => {
      const ev = JSON.parse(data.toString())
      if (ev.type !== 'duel_progress' || ev.user_id === p.id) return
      // The opponent's attempt number n arrived: it answers their n-th send.
      const sent = pending.get(`${duel}:${ev.user_id}`)
      const t = sent?.get(ev.progress.attempts)
      if (t !== undefined) { latencies.push(performance.now() - t); sent.delete(ev.progress.attempts) }
    })
  })
}
const sockets = []
for (const d of duels) {
  sockets.push(await connect(d.a, d.id), await connect(d.b, d.id))
}

// Wait for the clock to start (5 s countdown).
for (;;) {
  const v = await api('GET', `/duels/${duels[duels.length - 1].id}`, duels[0].a.token)
  if (v.state === 'running') break
  await new Promise((r) => setTimeout(r, 250))
}

// Editors.
const docs = []
for (const d of duels) {
  for (const [seat, p] of [[0, d.a], [1, d.b]]) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(`${wsBase}/yjs`, `${d.id}.${seat}`, doc, { WebSocketPolyfill: WebSocket, params: { token: p.token }, disableBc: true })
    docs.push({ doc, provider, text: doc.getText('code') })
  }
}

const server = { start: Date.now() }
if (startedFile) writeFileSync(startedFile, '')
const timers = []
let attempts = 0
let refused = 0
const end = Date.now() + SECONDS * 1000
for (const d of duels) {
  for (const p of [d.a, d.b]) {
    const key = `${d.id}:${p.id}`
    const sent = new Map()
    pending.set(key, sent)
    let n = 0
    const submit = async () => {
      if (Date.now() > end) return
      n += 1
      sent.set(n, performance.now())
      try {
        await api('POST', `/duels/${d.id}/submissions`, p.token, { language: 'python', code: `print(${n})` })
        attempts += 1
      } catch {
        refused += 1
        sent.delete(n)
        n -= 1
      }
      timers.push(setTimeout(submit, 25000 + Math.random() * 10000))
    }
    timers.push(setTimeout(submit, Math.random() * 30000))
  }
}
const typing = setInterval(() => {
  for (const d of docs) d.text.insert(d.text.length, 'x')
}, 1000)
await new Promise((r) => setTimeout(r, SECONDS * 1000 + 3000))
clearInterval(typing)
timers.forEach(clearTimeout)
for (const [, sent] of pending) lost += sent.size
latencies.sort((x, y) => x - y)
const q = (f) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))] : NaN)
console.log(JSON.stringify({ duels: DUELS, players: DUELS * 2, seconds: SECONDS, submissions: attempts, refused, delivered: latencies.length, lost, p50_ms: q(0.5), p99_ms: q(0.99), max_ms: latencies.at(-1) ?? NaN, since: server.start }))
for (const s of sockets) s.close()
for (const d of docs) { d.provider.destroy(); d.doc.destroy() }
process.exit(0)
