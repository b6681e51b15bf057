// A new user signs up, finds a problem, runs it with custom input, submits a
// wrong and then a right solution and sees live progress and the verdicts; bad
// input in forms is refused with a message; an expired session lands on the
// login page. Each page on the way is audited for accessibility (WCAG A/AA,
// light and dark).
import { audit, context, editorText, replaceEditor, run, shot, step, until } from './lib.mjs';

const SOLUTION = `class Solution:
    def countWays(self, n: int, k: int) -> int:
        mod = 10**9 + 7
        dp = [0] * (n + 1)
        dp[0] = 1
        window = 1
        for i in range(1, n + 1):
            dp[i] = window
            window = (window + dp[i]) % mod
            if i - k >= 0:
                window = (window - dp[i - k]) % mod
        return dp[n]
`;

await run(async (browser) => {
  const ctx = await context(browser, 'user');
  const page = await ctx.newPage();
  const email = `solver-${Date.now()}@example.com`;

  await step('the sign-up form refuses bad input before sending', async () => {
    await page.goto('/register');
    await page.getByLabel('Name').fill('Sol Ver');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('Enter a valid email address.').waitFor();
    await page.getByText('Use at least 8 characters.').waitFor();
    await shot(page, 'register-invalid');
    await audit(page, 'register-invalid');
  });

  await step('sign up', async () => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByTestId('whoami').getByText('Sol Ver').waitFor();
    await page.waitForURL('**/problems');
  });

  await step('a second sign-up with the same email shows the server\'s message', async () => {
    const other = await (await context(browser, 'dup')).newPage();
    await other.goto('/register');
    await other.getByLabel('Name').fill('Someone');
    await other.getByLabel('Email').fill(email);
    await other.getByLabel('Password').fill('another password');
    await other.getByRole('button', { name: 'Sign up' }).click();
    await other.getByRole('alert').waitFor();
    const text = await other.getByRole('alert').innerText();
    if (!/already|exists|taken|registered/i.test(text)) throw new Error(`unexpected message: ${text}`);
    await audit(other, 'register-refused');
    await other.context().close();
  });

  await step('filter the problem list and open a problem', async () => {
    await page.getByLabel('Difficulty').selectOption('easy');
    await page.getByLabel('Search', { exact: true }).fill('stair');
    await page.getByRole('link', { name: 'Stair Ways' }).waitFor();
    await until('the list to filter', async () => (await page.locator('table.list tbody tr').count()) === 1);
    await shot(page, 'problems');
    await audit(page, 'problems-filtered');
    await page.getByRole('link', { name: 'Stair Ways' }).click();
    await page.getByRole('heading', { name: 'Stair Ways' }).waitFor();
    await until('the stub in the editor', async () => (await editorText(page)).includes('def countWays'));
    await audit(page, 'problem');
  });

  await step('run with custom input (Ctrl-Enter) shows the program output', async () => {
    await page.getByLabel('Input', { exact: true }).fill('4 2\n');
    await page.locator('.cm-content').first().click();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('stdout').getByText('0', { exact: true }).waitFor({ timeout: 30_000 });
    await audit(page, 'problem-run');
  });

  await step('submit the stub: a wrong answer, with the failing sample shown', async () => {
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByTestId('submission-result').getByText('WA · Wrong answer').waitFor({ timeout: 60_000 });
    // The failing sample's input, expected and actual output, opened.
    await page.getByTestId('submission-result').locator('details summary').first().click();
    await audit(page, 'problem-wrong-answer');
  });

  await step('submit a right solution: live progress, then Accepted', async () => {
    await replaceEditor(page, SOLUTION);
    await until('the solution in the editor', async () => (await editorText(page)).includes('window = 1'));
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByTestId('progress').waitFor({ timeout: 30_000 }).catch(() => undefined);
    await page.getByTestId('submission-result').getByText('AC · Accepted').waitFor({ timeout: 60_000 });
    await shot(page, 'problem-accepted');
    await audit(page, 'problem-accepted');
  });

  await step('history lists both submissions; the draft survives a reload', async () => {
    await page.getByRole('tab', { name: 'History' }).click();
    await until('two history entries', async () => (await page.locator('.history li').count()) === 2);
    await audit(page, 'problem-history');
    await page.reload();
    await until('the draft', async () => (await editorText(page)).includes('window = 1'));
    await page.goto('/submissions');
    await until('my submissions', async () => (await page.locator('table.list tbody tr').count()) === 2);
    await shot(page, 'submissions');
    await page.locator('table.list tbody tr').first().getByRole('button').click();
    await page.getByRole('heading', { name: /Submission #\d+/ }).waitFor();
    await audit(page, 'submissions');
  });

  await step('an expired session leads to the login page', async () => {
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('codemint.session'));
      s.access = 'e30.eyJleHAiOjF9.x';
      s.refresh = 'revoked';
      localStorage.setItem('codemint.session', JSON.stringify(s));
    });
    await page.goto('/submissions');
    await page.getByText('Your session has expired').waitFor();
    await page.waitForURL(/\/login/);
    await shot(page, 'login-expired');
    await audit(page, 'login-expired');
  });

  await step('a wrong password shows the server\'s message', async () => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').waitFor();
    await audit(page, 'login-refused');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL('**/submissions');
  });
});
