// A real Yjs client (the npm y-websocket provider) for the Rust integration
// tests. Prints one JSON object per line. <ws-base> may list several servers
// separated by commas: after a disconnect the client moves on to the next, as
// it would behind a load balancer whose node died.
//
//   node yjs-client.mjs <ws-base> <room> <token> type <name>   type "<name><n> " words at
//        random word boundaries every 15 ms until stdin says "stop"; "dump" prints the text
//   node yjs-client.mjs <ws-base> <room> <token> watch         print each word as it arrives
//   node yjs-client.mjs <ws-base> <room> <token> dump          print the synced text, exit
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import readline from 'node:readline'

const [baseList, room, token, mode, name = 'x'] = process.argv.slice(2)
const bases = baseList.split(',')
let current = 0
const doc = new Y.Doc()
const text = doc.getText('code')
const provider = new WebsocketProvider(bases[0] + '/yjs', room, doc, {
  params: { token },
  WebSocketPolyfill: WebSocket,
  maxBackoffTime: 300,
  disableBc: true
})
const say = (o) => process.stdout.write(JSON.stringify(o) + '\n')
provider.on('status', (e) => {
  if (e.status === 'disconnected' && bases.length > 1) {
    current = (current + 1) % bases.length
    provider.serverUrl = bases[current] + '/yjs'
  }
  say({ status: e.status, t: Date.now(), server: current })
})
provider.on('sync', (synced) => say({ synced, t: Date.now() }))
provider.awareness.setLocalStateField('user', { name, color: '#3b82f6' })

if (mode === 'dump') {
  provider.on('sync', (synced) => {
    if (synced) {
      say({ text: text.toString() })
      process.exit(0)
    }
  })
} else if (mode === 'watch') {
  text.observe((event) => {
    const t = Date.now()
    for (const op of event.delta) {
      if (typeof op.insert === 'string') {
        for (const w of op.insert.split(' ').filter(Boolean)) say({ seen: w, t })
      }
    }
  })
} else if (mode === 'type') {
  let n = 0
  let typing = true
  const boundary = () => {
    const s = text.toString()
    const spots = [0]
    for (let i = 0; i < s.length; i++) if (s[i] === ' ') spots.push(i + 1)
    return spots[Math.floor(Math.random() * spots.length)]
  }
  const timer = setInterval(() => {
    if (!typing) return
    const word = `${name}${n++}`
    text.insert(boundary(), word + ' ')
    say({ typed: word, t: Date.now() })
  }, 15)
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line === 'stop') {
      typing = false
      clearInterval(timer)
      say({ stopped: n })
    } else if (line === 'dump') {
      say({ text: text.toString(), connected: provider.wsconnected, synced: provider.synced })
    }
  })
} else {
  console.error('unknown mode ' + mode)
  process.exit(2)
}
