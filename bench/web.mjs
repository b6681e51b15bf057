// The web app's weight and speed, measured in Debian's Chromium:
//  - bytes: what the first visit downloads (gzip, as served) for the problem
//    list and for a room page, split into the initial bundle and lazy chunks;
//  - time to interactive of a room page (navigation → the shared editor is
//    connected, synced and takes a keystroke), cold (new profile) and warm
//    (reload), against the same measure for the problem list (no editor) in the
//    same run.
// Run by bench/web.sh, which starts the server and creates the accounts.
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';

const BASE = process.env.CODEMINT_URL;
const RUNS = Number(process.env.RUNS ?? 15);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

async function api(path, token, body) {
  const res = await fetch(`${BASE}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const auth = await api('/api/v1/auth/login', null, { email: process.env.INTERVIEWER_EMAIL, password: process.env.INTERVIEWER_PASSWORD });
const room = await api('/api/v1/rooms', auth.access_token, { title: 'bench' });
const session = JSON.stringify({ user: auth.user, access: auth.access_token, refresh: auth.refresh_token });

async function newPage() {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  await ctx.addInitScript((s) => localStorage.setItem('codemint.session', s), session);
  const page = await ctx.newPage();
  const bytes = { initial: 0, lazy: 0, other: 0 };
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId) ?? '';
    if (!url.startsWith(BASE)) return;
    const path = new URL(url).pathname;
    if (path === '/' || /^\/assets\/index-.*\.(js|css)$/.test(path) || !path.startsWith('/assets') && !path.startsWith('/api') && !path.endsWith('.svg')) bytes.initial += e.encodedDataLength;
    else if (path.startsWith('/assets/')) bytes.lazy += e.encodedDataLength;
    else bytes.other += e.encodedDataLength;
  });
  return { ctx, page, bytes };
}

async function roomInteractive(page) {
  const t0 = Date.now();
  await page.goto(`${BASE}/rooms/${room.id}`);
  await page.getByTestId('connection').getByText('connected', { exact: true }).waitFor({ timeout: 30_000 });
  await page.locator('.cm-content').click();
  await page.keyboard.type('x');
  await page.locator('.cm-line', { hasText: 'x' }).first().waitFor();
  const ms = Date.now() - t0;
  await page.keyboard.press('Backspace');
  return ms;
}

async function listInteractive(page) {
  const t0 = Date.now();
  await page.goto(`${BASE}/problems`);
  await page.locator('table.list tbody tr a').first().waitFor({ timeout: 30_000 });
  return Date.now() - t0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];

const result = { roomCold: [], roomWarm: [], listCold: [], listWarm: [] };
let roomBytes, listBytes;
for (let i = 0; i < RUNS; i++) {
  // Alternate the two pages so drift hits both alike.
  {
    const { ctx, page, bytes } = await newPage();
    result.listCold.push(await listInteractive(page));
    listBytes ??= { ...bytes };
    result.listWarm.push(await listInteractive(page));
    await ctx.close();
  }
  {
    const { ctx, page, bytes } = await newPage();
    result.roomCold.push(await roomInteractive(page));
    roomBytes ??= { ...bytes };
    result.roomWarm.push(await roomInteractive(page));
    await ctx.close();
  }
}
await browser.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`\nbytes over the wire on a first visit (gzip as served; API responses excluded)`);
console.log(`  problem list: initial ${kb(listBytes.initial)}, lazy chunks ${kb(listBytes.lazy)}`);
console.log(`  room page:    initial ${kb(roomBytes.initial)}, lazy chunks ${kb(roomBytes.lazy)} (editor, Yjs, language)`);
console.log(`\ntime to interactive, ${RUNS} runs each, ms (median / p90)`);
const row = (name, xs) => console.log(`  ${name.padEnd(38)} ${String(median(xs)).padStart(6)} / ${String(p90(xs)).padStart(6)}`);
row('problem list, cold (new profile)', result.listCold);
row('problem list, warm (cached)', result.listWarm);
row('room page, cold (editor typable)', result.roomCold);
row('room page, warm (editor typable)', result.roomWarm);
console.log(`\nroom page vs problem list (same run): cold ${(median(result.roomCold) / median(result.listCold)).toFixed(2)}x, warm ${(median(result.roomWarm) / median(result.listWarm)).toFixed(2)}x`);
