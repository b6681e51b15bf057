// The smallest browser scenario: Debian's Chromium (through playwright-core,
// which never downloads a browser) opens the app that `codemint serve` embeds,
// waits for its title and saves a screenshot. Run by crates/codemint/tests/web.rs
// with CODEMINT_URL and ARTIFACTS_DIR set.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const url = process.env.CODEMINT_URL ?? 'http://127.0.0.1:8080';
const artifacts = process.env.ARTIFACTS_DIR ?? 'e2e-artifacts/smoke';
mkdirSync(artifacts, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
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
try {
  const page = await browser.newPage();
  const res = await page.goto(url);
  console.log(`GET ${url}: ${res?.status()}`);
  await page.waitForFunction(() => document.title.includes('Codemint'), null, { timeout: 30_000 });
  console.log(`title: ${await page.title()}`);
  await page.screenshot({ path: join(artifacts, 'smoke.png') });
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
