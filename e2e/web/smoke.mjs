// The smallest browser scenario: Debian's Chromium (through playwright-core,
// which never downloads a browser) opens the app that `codemint serve` embeds,
// waits for its title, and audits the pages anyone can open without an
// account (WCAG A/AA, light and dark): the problem list, login, sign-up, and
// the first-admin page with and without its token. Run by
// crates/codemint/tests/web.rs with CODEMINT_URL and ARTIFACTS_DIR set.
import { audit, context, run, shot, step } from './lib.mjs';

await run(async (browser) => {
  const page = await (await context(browser, 'visitor')).newPage();

  await step('the app loads', async () => {
    const res = await page.goto('/');
    if (res?.status() !== 200) throw new Error(`GET /: ${res?.status()}`);
    await page.waitForFunction(() => document.title.includes('Codemint'), null, { timeout: 30_000 });
    await shot(page, 'smoke');
  });

  await step('the problem list is accessible', async () => {
    await page.getByRole('heading', { name: 'Problems' }).waitFor();
    await page.locator('table.list tbody tr').first().waitFor();
    await audit(page, 'problems');
  });

  await step('login and sign-up are accessible, with their field messages', async () => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Enter your password.').waitFor();
    await audit(page, 'login');
    await page.goto('/register');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('Use at least 8 characters.').waitFor();
    await audit(page, 'register');
  });

  await step('the first-admin page without a token says where the link is', async () => {
    await page.goto('/setup');
    await page.getByTestId('setup-no-token').getByText('codemint serve').waitFor();
    await audit(page, 'setup-no-token');
  });

  await step('the first-admin page shows the server refusing a wrong token', async () => {
    await page.goto('/setup?token=not-the-token');
    await page.getByRole('heading', { name: 'Create the first admin' }).waitFor();
    await page.getByRole('button', { name: 'Create admin' }).click();
    await page.getByText('Enter a valid email address.').waitFor();
    await page.getByLabel('Name').fill('Ada Admin');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create admin' }).click();
    await page.getByRole('alert').getByText(/setup token/i).waitFor();
    await audit(page, 'setup-refused');
  });
});
