// Shared pieces of the browser scenarios: Debian's Chromium driven by
// playwright-core (never a downloaded browser), the server's URL and accounts
// from the Rust harness (crates/codemint/tests/web.rs), screenshots saved to
// ARTIFACTS_DIR, and a step logger so a failure says where it happened.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const BASE = process.env.CODEMINT_URL ?? 'http://127.0.0.1:8080';
export const ARTIFACTS = process.env.ARTIFACTS_DIR ?? 'e2e-artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

export const accounts = {
  admin: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
  interviewer: { email: process.env.INTERVIEWER_EMAIL, password: process.env.INTERVIEWER_PASSWORD },
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile with a laptop-sized window, failing on page errors. */
export async function context(browser, name) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 800 }, baseURL: BASE });
  ctx.setDefaultTimeout(20_000);
  ctx.on('page', (page) => watch(page, name));
  return ctx;
}

export const pageErrors = [];
const openPages = [];
function watch(page, name) {
  openPages.push({ page, name });
  page.on("pageerror", (e) => pageErrors.push(`${name}: ${e.stack ?? e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/WebSocket|Failed to load resource/.test(m.text())) pageErrors.push(`${name} console: ${m.text()}`);
  });
  page.on('dialog', (d) => void d.accept());
}

export async function shot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

let stepNo = 0;
export async function step(what, f) {
  stepNo += 1;
  const t0 = Date.now();
  process.stdout.write(`step ${stepNo}: ${what} … `);
  try {
    const r = await f();
    console.log(`ok (${Date.now() - t0} ms)`);
    return r;
  } catch (e) {
    console.log('FAILED');
    throw e;
  }
}

export async function login(page, { email, password }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('whoami').waitFor();
}

/** The text of the page's CodeMirror editor (`n`th on the page). */
export async function editorText(page, n = 0) {
  return page.locator('.cm-content').nth(n).evaluate((el) => {
    const view = el.cmView?.view;
    if (view) return view.state.doc.toString();
    // Without the view: the lines' text minus the remote carets' name labels.
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.cm-ySelectionInfo, .cm-ySelectionCaret, .cm-widgetBuffer').forEach((x) => x.remove());
    return [...copy.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n');
  });
}

/** Replace the editor's text as a user would: select all, then type/paste. */
export async function replaceEditor(page, text) {
  const content = page.locator('.cm-content').first();
  await content.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

export async function until(what, f, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      last = await f();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

export async function run(main) {
  const browser = await launch();
  try {
    await main(browser);
    if (pageErrors.length) throw new Error(`errors in the pages:\n${pageErrors.join('\n')}`);
    console.log('PASS');
  } catch (e) {
    console.error(e);
    if (pageErrors.length) console.error(`errors in the pages:\n${pageErrors.join('\n')}`);
    process.exitCode = 1;
    // What each page showed when it failed.
    for (const [i, { page, name }] of openPages.entries()) {
      if (!page.isClosed()) await page.screenshot({ path: join(ARTIFACTS, `failed-${i}-${name}.png`) }).catch(() => undefined);
    }
  } finally {
    await browser.close();
  }
}
