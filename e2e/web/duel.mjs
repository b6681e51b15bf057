// Two new players queue for a duel, are matched, see the same countdown, and
// race on the problem; one solves it (the real judge, in the sandbox), both
// see the result and their rating change, and the leaderboard lists them.
// The result and replay pages open for a player. Audited for accessibility.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, audit, context, editorText, login, replaceEditor, run, shot, step, until } from './lib.mjs';

const players = [
  { name: 'Ada', email: 'ada@example.com', password: 'ada-password-1' },
  { name: 'Brendan', email: 'brendan@example.com', password: 'brendan-password-1' },
];

/** An accepted Python solution of the pack's problem `slug`, as the part a
 * player types: the whole reference program, run and then exited before the
 * stub's own input handling would run. */
function winningCode(slug) {
  const dir = join('..', 'problems', slug, 'submissions', 'accepted');
  const file = readdirSync(dir).find((f) => f.endsWith('.py'));
  if (!file) throw new Error(`${slug} has no Python reference solution`);
  const src = readFileSync(join(dir, file), 'utf8');
  return `import sys as _sys\nexec(compile(${JSON.stringify(src)}, "reference", "exec"), {"__name__": "__main__"})\n_sys.stdout.flush()\n_sys.exit(0)\n`;
}

await run(async (browser) => {
  const pages = [];
  for (const p of players) {
    const res = await fetch(`${BASE}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: p.name, email: p.email, password: p.password }),
    });
    if (res.status !== 201) throw new Error(`register ${p.email}: ${res.status}`);
    const page = await (await context(browser, p.name)).newPage();
    await login(page, p);
    pages.push(page);
  }
  const [ada, brendan] = pages;

  await step('both look for an easy opponent and see the wait and window', async () => {
    for (const page of pages) {
      await page.getByRole('link', { name: 'Duels' }).click();
      await page.getByRole('heading', { name: 'Duels', exact: true }).waitFor();
    }
    await ada.getByRole('combobox', { name: 'Difficulty' }).first().selectOption('easy');
    await ada.getByRole('button', { name: 'Find opponent' }).click();
    await ada.getByTestId('queue-status').getByText(/Searching… .* rating 1500 ± \d+/).waitFor();
    await audit(ada, 'duels-searching');
    await brendan.getByRole('combobox', { name: 'Difficulty' }).first().selectOption('easy');
    await brendan.getByRole('button', { name: 'Find opponent' }).click();
  });

  let id;
  await step('they are matched and see the same countdown', async () => {
    for (const page of pages) await page.waitForURL(/\/duels\/[A-Za-z0-9_-]{22}$/, { timeout: 15_000 });
    id = new URL(ada.url()).pathname.split('/').pop();
    if (new URL(brendan.url()).pathname.split('/').pop() !== id) throw new Error('matched into different duels');
    // The countdown lasts five seconds: catch it on both screens.
    const counts = await Promise.all(pages.map((p) => p.getByTestId('countdown').textContent()));
    if (!counts.every((c) => /^[1-5]$|^Go!$/.test(c ?? ''))) throw new Error(`countdowns: ${counts}`);
    await shot(ada, 'countdown');
  });

  let slug;
  await step('the clock starts: statement, own editor with the stub, the opponent\'s bar', async () => {
    for (const page of pages) {
      await page.getByTestId('clock').waitFor({ timeout: 15_000 });
      await page.getByTestId('statement').getByRole('heading').first().waitFor();
      await until('the stub in the editor', async () => (await editorText(page)).trim().length > 0);
      await page.getByTestId('progress-opponent').getByText('online').waitFor();
    }
    slug = await ada.getByTestId('statement').getAttribute('data-slug');
    await audit(brendan, 'duel-arena');
  });

  await step('a wrong submission shows as an attempt on the opponent\'s screen', async () => {
    await brendan.getByRole('button', { name: 'Submit' }).click();
    await brendan.getByTestId('my-verdict').waitFor({ timeout: 60_000 });
    await ada.getByTestId('progress-opponent').getByText(/1 attempt\b/).waitFor();
  });

  await step('Ada solves it; both see the result and the rating change', async () => {
    await replaceEditor(ada, winningCode(slug));
    await ada.getByRole('button', { name: 'Submit' }).click();
    await ada.getByTestId('duel-result').getByText('You won!').waitFor({ timeout: 60_000 });
    await brendan.getByTestId('duel-result').getByText('You lost').waitFor();
    await ada.getByTestId('rating-me').getByText(/\(\+\d+\)/).waitFor();
    await brendan.getByTestId('rating-me').getByText(/\(−\d+\)/).waitFor();
    await shot(brendan, 'result-loser');
    await audit(ada, 'duel-won');
  });

  await step('both solutions side by side, and the replay', async () => {
    await brendan.getByRole('link', { name: 'Both solutions' }).click();
    await brendan.getByRole('heading', { name: /Ada vs Brendan/ }).waitFor();
    await until('both codes', async () => (await editorText(brendan, 0)).includes('reference'));
    await audit(brendan, 'duel-solutions');
    await ada.getByRole('link', { name: 'Replay' }).click();
    await ada.getByTestId('play').waitFor();
    await ada.getByTestId('scrubber').fill(String(Number(await ada.getByTestId('scrubber').getAttribute('max'))));
    await until('the final code in the replay', async () => (await editorText(ada, 0)).includes('reference'));
    await audit(ada, 'duel-replay');
  });

  await step('the leaderboard lists both, winner first; the profile charts the rating', async () => {
    await brendan.goto('/leaderboard');
    const rows = brendan.locator('table.list tbody tr');
    await until('two rated players', async () => (await rows.count()) === 2);
    const first = await rows.nth(0).innerText();
    if (!first.includes('Ada')) throw new Error(`first row: ${first}`);
    await audit(brendan, 'leaderboard');
    await brendan.getByRole('link', { name: 'Brendan' }).click();
    await brendan.getByRole('img', { name: /Rating history/ }).waitFor();
    await audit(brendan, 'profile');
  });
});
