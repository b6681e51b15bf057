// A room member floods presence (awareness) as issue 13 reported: ~900 KiB
// states, a new client id each time, reconnecting whenever it is cut off.
// A bystander in the same room counts what it receives; the server's RSS is
// read before and after. Run by bench/presence-flood.sh.
//   node bench/presence-flood.mjs BASE ROOM ATTACKER_TOKEN BYSTANDER_TOKEN PID SECONDS
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(resolve('e2e/package.json'));
const WebSocket = require('ws');
const encoding = require('lib0/encoding');

const [base, room, attacker, bystander, pid, seconds] = process.argv.slice(2);
const url = (t) => `${base.replace('http', 'ws')}/yjs/${room}?token=${t}`;
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const state = JSON.stringify({ user: { name: 'x' }, pad: 'x'.repeat(900 << 10) });

let received = 0;
const watcher = new WebSocket(url(bystander));
watcher.on('message', (m) => { received += m.length; });
await new Promise((r) => watcher.on('open', r));
await new Promise((r) => setTimeout(r, 500));
const before = rss();
let sent = 0, closes = 0, id = 1000, peak = before;
const end = Date.now() + Number(seconds) * 1000;
while (Date.now() < end) {
  const ws = new WebSocket(url(attacker));
  await new Promise((r) => { ws.on('open', r); ws.on('error', r); });
  while (ws.readyState === WebSocket.OPEN && Date.now() < end) {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, id++);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, state);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    ws.send(encoding.toUint8Array(e));
    sent += 1;
    await new Promise((r) => setTimeout(r, 50));
    peak = Math.max(peak, rss());
  }
  if (ws.readyState !== WebSocket.OPEN) closes += 1;
  ws.terminate();
}
await new Promise((r) => setTimeout(r, 1000));
console.log(JSON.stringify({
  states_sent: sent, attacker_closed: closes, rss_before_mb: before.toFixed(1),
  rss_peak_mb: peak.toFixed(1), rss_after_mb: rss().toFixed(1),
  bystander_received_kb: (received / 1024).toFixed(1),
}));
watcher.terminate();
process.exit(0);
