// Shared pieces of the browser scenarios: Debian's Chromium driven by
// playwright-core (never a downloaded browser), the server's URL and accounts
// from the Rust harness (crates/codemint/tests/web.rs), screenshots saved to
// ARTIFACTS_DIR, a step logger so a failure says where it happened, and an
// accessibility audit (axe-core) of every page a scenario visits.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// axe-core's browser build, evaluated in the page over the DevTools protocol
// rather than added as a <script> (which a Content-Security-Policy could refuse).
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['light', 'dark'];

const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Tell the page the system's theme is `scheme`, and let it react. */
async function emulateScheme(page, scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark');
  await nextFrame(page);
}

/** Show the page in `theme` the way a user's system would (prefers-color-scheme);
 * when a theme chosen with the ☾/☀ button overrides the system's, press it. */
async function showTheme(page, theme) {
  await emulateScheme(page, theme);
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) {
    await page.getByRole('button', { name: `Switch to ${theme} theme` }).click();
  }
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
  // Let React re-render what follows the theme (the editor's) and paint.
  await nextFrame(page);
}

/** One line per offending element: its selector and, for contrast, the colours. */
function describeNode(n) {
  const where = n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' | ');
  const c = n.any.find((x) => x.id === 'color-contrast' || x.id === 'color-contrast-enhanced')?.data;
  if (c?.fgColor) return `${where}: ${c.fgColor} on ${c.bgColor} is ${c.contrastRatio}:1, needs ${c.expectedContrastRatio} (${c.fontSize} ${c.fontWeight})`;
  const why = [...n.any, ...n.all, ...n.none].map((x) => x.message).filter(Boolean)[0];
  return why ? `${where}: ${why}` : where;
}

/**
 * Audit the page against WCAG 2.0/2.1 A and AA (axe-core) in the light and the
 * dark theme, then put the theme back. Throws on any violation, saying for each
 * rule its impact and which elements break it (with the colours for contrast).
 * Saves a screenshot per theme, `<label>-light.png` and `<label>-dark.png`.
 */
export async function audit(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const systemDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const start = await page.evaluate(() => document.documentElement.dataset.theme);
  const failures = [];
  try {
    for (const theme of THEMES) {
      await showTheme(page, theme);
      const violations = await page.evaluate(
        async (tags) =>
          (await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map(
            (v) => ({ id: v.id, impact: v.impact, help: v.help, url: v.helpUrl, nodes: v.nodes.map(({ target, any, all, none }) => ({ target, any, all, none })) }),
          ),
        WCAG_TAGS,
      );
      // Every audited page in both themes, for a reviewer's eyes.
      await shot(page, `${label}-${theme}`);
      for (const v of violations) {
        const nodes = v.nodes.map(describeNode);
        const shown = nodes.slice(0, 30).map((n) => `      ${n}`);
        if (nodes.length > shown.length) shown.push(`      … and ${nodes.length - shown.length} more`);
        failures.push(`  [${theme}] ${v.id} (${v.impact}, ${nodes.length} elements): ${v.help} — ${v.url}\n${shown.join('\n')}`);
      }
    }
  } finally {
    await emulateScheme(page, systemDark ? 'dark' : 'light');
    if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== start) {
      await page.getByRole('button', { name: `Switch to ${start} theme` }).click();
    }
  }
  if (failures.length) throw new Error(`accessibility violations on ${label}:\n${failures.join('\n')}`);
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
