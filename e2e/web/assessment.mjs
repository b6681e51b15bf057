// A proctored assessment as its people meet it, with a real SMTP server
// (maildev, at MAILDEV_API) and the real judge: an interviewer builds an
// assessment of two problems and invites two candidates; each opens the link
// from the email they received (no account). Ada solves a problem and leaves
// the tab for a while — the proctor's Live tab shows it as it happens — then
// opens the test in a second tab, which takes it over. Grace, whose
// computer's clock is five minutes fast, sees the same time left as the
// server, is given more time (her open page shows it at once), loses her
// connection mid-typing and reloads with her code intact.
// The clock runs out: Grace's typed code is graded without her submitting.
// The report lists both, the CSV downloads, a candidate's report replays
// their typing. Every page is audited for accessibility.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { accounts, audit, context, editorText, login, replaceEditor, run, shot, step, until } from './lib.mjs';

const api = process.env.MAILDEV_API;
if (!api) throw new Error('MAILDEV_API is not set: run this through crates/codemint/tests/web.rs');
const ADA = 'ada@example.org';
const GRACE = 'grace@example.org';
const SKEW_MS = 5 * 60_000;

/** An accepted Python solution of a pack problem, as the part a candidate
 * types: the reference program, run and then exited before the stub's own
 * input handling would run. */
function solution(slug) {
  const dir = join('..', 'problems', slug, 'submissions', 'accepted');
  const file = readdirSync(dir).find((f) => f.endsWith('.py'));
  const src = readFileSync(join(dir, file), 'utf8');
  return `import sys as _sys\nexec(compile(${JSON.stringify(src)}, "reference", "exec"), {"__name__": "__main__"})\n_sys.stdout.flush()\n_sys.exit(0)\n`;
}

/** The link in the invitation email `to` received. */
async function emailedLink(to) {
  return until(`the invitation email to ${to}`, async () => {
    const inbox = await (await fetch(api)).json();
    const m = inbox.find((e) => e.subject.includes('You are invited to the assessment') && e.to.some((t) => t.address === to));
    return m?.text.split(/\s+/).find((w) => w.includes('/a/'));
  });
}

/** Seconds in an `m:ss` or `h:mm:ss` clock. */
function seconds(text) {
  return text
    .trim()
    .split(':')
    .map(Number)
    .reduce((a, n) => a * 60 + n, 0);
}

await run(async (browser) => {
  const staff = await (await context(browser, 'interviewer')).newPage();
  await login(staff, accounts.interviewer);

  await step('the interviewer builds an assessment of two problems from the bank', async () => {
    await staff.getByRole('link', { name: 'Assessments' }).click();
    await staff.getByRole('link', { name: 'New assessment' }).click();
    await staff.getByLabel('Title').fill('Backend screen');
    await staff.getByLabel('Instructions (Markdown)').fill('Solve what you can. **Good luck!**');
    await staff.getByLabel('Duration (minutes)').fill('1');
    for (const [query, title, points] of [
      ['stair', 'Stair Ways', '40'],
      ['pair with', 'Pair With Sum', '60'],
    ]) {
      await staff.getByLabel('Find a problem').fill(query);
      await staff.getByRole('button', { name: 'Search' }).click();
      await staff.getByRole('button', { name: `Add ${title}` }).click();
      await staff.getByLabel(`Points for ${title}`).fill(points);
    }
    await audit(staff, 'assessment-builder');
    await staff.getByRole('button', { name: 'Create assessment' }).click();
    await staff.getByRole('heading', { name: 'Backend screen' }).waitFor();
  });

  await step('two candidates are invited by email', async () => {
    await staff.getByLabel('Emails').fill(`${ADA}\n${GRACE}`);
    await staff.getByRole('button', { name: 'Invite' }).click();
    await staff.getByText('The invitation was emailed.').first().waitFor();
    await until('both rows', async () => (await staff.getByTestId('invitation-row').count()) === 2);
    await audit(staff, 'assessment-candidates');
  });

  await step('the proctor opens the Live tab', async () => {
    await staff.getByRole('tab', { name: 'Live' }).click();
    await staff.getByRole('button', { name: `Show signals of ${ADA}` }).waitFor();
  });

  // Ada: an ordinary laptop.
  const adaCtx = await context(browser, 'ada');
  const ada = await adaCtx.newPage();
  // Grace: her computer's clock is five minutes fast.
  const graceCtx = await context(browser, 'grace');
  await graceCtx.addInitScript((skew) => {
    const RealDate = Date;
    const now = () => RealDate.now() + skew;
    // eslint-disable-next-line no-global-assign
    Date = class extends RealDate {
      constructor(...a) {
        super(...(a.length ? a : [now()]));
      }
      static now() {
        return now();
      }
    };
  }, SKEW_MS);
  // Chromium's offline mode blocks new connections but leaves open
  // WebSockets up: keep hold of them to drop them as a lost network would.
  await graceCtx.addInitScript(() => {
    const Real = WebSocket;
    window.__sockets = [];
    window.WebSocket = class extends Real {
      constructor(...a) {
        super(...a);
        window.__sockets.push(this);
      }
    };
  });
  const grace = await graceCtx.newPage();

  for (const [page, email, name] of [
    [ada, ADA, 'ada'],
    [grace, GRACE, 'grace'],
  ]) {
    await step(`${name} opens the link from her email, reads what is recorded and starts`, async () => {
      await page.goto(await emailedLink(email));
      await page.getByRole('heading', { name: 'What is recorded during the test' }).waitFor();
      await page.getByText('When you paste into the editor').waitFor();
      if (name === 'ada') await audit(page, 'assessment-landing');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByTestId('clock').waitFor();
      await page.getByTestId('saved').first().getByText('Saved').waitFor();
    });
  }

  await step('a clock five minutes fast shows the server\'s time left', async () => {
    const shown = async (page) => seconds(await page.getByTestId('clock').innerText());
    const [a, g] = [await shown(ada), await shown(grace)];
    // Grace started a moment after Ada: her time left is the same or a little more.
    if (!(g >= a - 1 && g <= a + 15 && g <= 60)) throw new Error(`Ada sees ${a} s left, Grace ${g} s`);
    await audit(ada, 'assessment-attempt');
  });

  await step('Ada solves Stair Ways: the real judge accepts it', async () => {
    await replaceEditor(ada, solution('stair-ways'));
    await ada.getByTestId('saved').first().getByText('Saved').waitFor();
    await ada.getByRole('button', { name: 'Submit' }).first().click();
    await ada.getByTestId('verdict').first().getByText(/Accepted|AC/).waitFor({ timeout: 30_000 });
  });

  await step('Ada leaves the tab for two seconds; the proctor sees it live', async () => {
    // Headless Chromium keeps every tab visible, so the browser's side of a
    // tab switch is emulated: the page is hidden, then visible again.
    const visibility = (state) =>
      ada.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
        Object.defineProperty(document, 'hidden', { value: s === 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await visibility('hidden');
    await ada.waitForTimeout(2_000);
    await visibility('visible');
    const row = staff.getByRole('row').filter({ hasText: ADA });
    await row.getByLabel(/Signals: 0 high, 1 medium/).waitFor({ timeout: 5_000 });
    await row.getByText('40/40').waitFor();
    await staff.getByRole('button', { name: `Show signals of ${ADA}` }).click();
    await staff.getByLabel(`Signals of ${ADA}`).getByText(/tab/i).first().waitFor();
    await shot(staff, 'proctor-live');
    await audit(staff, 'assessment-live');
  });

  await step('a second tab takes the test over; the first turns read-only until "Continue here"', async () => {
    const again = await adaCtx.newPage();
    await again.goto(await emailedLink(ADA));
    await again.getByRole('button', { name: 'Resume' }).click();
    await again.getByTestId('clock').waitFor();
    await ada.getByTestId('taken-over').waitFor({ timeout: 5_000 });
    await shot(ada, 'taken-over');
    await ada.getByRole('button', { name: 'Continue here' }).click();
    await again.getByTestId('taken-over').waitFor({ timeout: 5_000 });
    await again.close();
    const row = staff.getByRole('row').filter({ hasText: ADA });
    await row.getByLabel(/Signals: 0 high, [2-9] medium/).waitFor({ timeout: 5_000 });
  });

  await step('the proctor gives Grace 50% more time; her open page shows it at once', async () => {
    const before = seconds(await grace.getByTestId('clock').innerText());
    await staff.getByRole('tab', { name: 'Candidates' }).click();
    await staff.getByLabel(`Extra percent for ${GRACE}`).fill('50');
    await staff.getByRole('button', { name: `Save extra time for ${GRACE}` }).click();
    await grace.getByTestId('time-added').waitFor({ timeout: 2_000 });
    const after = seconds(await grace.getByTestId('clock').innerText());
    if (after < before + 25) throw new Error(`time left went from ${before} s to ${after} s`);
    await staff.getByRole('tab', { name: 'Live' }).click();
  });

  await step('Grace loses her connection mid-typing and her code survives a reload', async () => {
    const code = solution('stair-ways');
    const half = code.indexOf('\n') + 1;
    await replaceEditor(grace, code.slice(0, half));
    await grace.getByTestId('saved').first().getByText('Saved').waitFor();
    await graceCtx.setOffline(true);
    await grace.evaluate(() => window.__sockets.forEach((ws) => ws.close()));
    await grace.keyboard.insertText(code.slice(half));
    await grace.getByText('Reconnecting… your code is kept').first().waitFor();
    await graceCtx.setOffline(false);
    await grace.getByTestId('saved').first().getByText('Saved').waitFor({ timeout: 20_000 });
    await grace.reload();
    await grace.getByTestId('saved').first().getByText('Saved').waitFor();
    await until('the code after the reload', async () => (await editorText(grace)) === code);
    await shot(grace, 'grace-after-reload');
  });

  await step('the clock runs out: both are submitted, Grace\'s typed code is graded', async () => {
    for (const page of [ada, grace]) {
      await page.getByText('Your answers were submitted.').waitFor({ timeout: 100_000 });
    }
    await audit(grace, 'assessment-ended');
    const row = staff.getByRole('row').filter({ hasText: GRACE });
    await row.getByText('40/40').waitFor({ timeout: 30_000 });
  });

  await step('the report shows both, and the CSV downloads', async () => {
    await staff.getByRole('tab', { name: 'Report' }).click();
    const results = staff.getByRole('table', { name: 'Results' });
    await results.getByText(ADA).waitFor();
    await results.getByText(GRACE).waitFor();
    await audit(staff, 'assessment-report');
    const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
    const header = 'email,status,started_at,submitted_at,time_used_secs,total,stair-ways,pair-with-sum,signals_low,signals_medium,signals_high';
    if (csv[0] !== header) throw new Error(`CSV header: ${csv[0]}`);
    for (const email of [ADA, GRACE]) {
      const line = csv.find((l) => l.startsWith(`${email},`));
      if (!line) throw new Error(`no CSV row for ${email}:\n${csv.join('\n')}`);
      const cells = line.split(',');
      if (cells[1] !== 'submitted' || cells[5] !== '40' || cells[6] !== '40') throw new Error(`CSV row: ${line}`);
    }
  });

  await step('a candidate\'s report has her code, signals and a replay of her typing', async () => {
    await staff.getByRole('link', { name: ADA }).click();
    await staff.getByRole('heading', { name: 'Similarity' }).waitFor();
    await staff.getByText('Plagiarism results are not available yet.').waitFor();
    await staff.getByRole('slider', { name: 'Timeline of Stair Ways' }).waitFor();
    await shot(staff, 'candidate-report');
    await audit(staff, 'assessment-candidate');
  });
});
