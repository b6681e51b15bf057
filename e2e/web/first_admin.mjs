// A new user's first start: `codemint serve` on an empty data directory prints
// a one-time link; opening it, filling the form and pressing "Create admin"
// must land the new admin signed in. The harness gives this scenario no
// accounts, only SETUP_LINK (the link exactly as printed).
import { audit, context, login, run, shot, step } from './lib.mjs';

const link = process.env.SETUP_LINK;
if (!link) throw new Error('SETUP_LINK is not set: run this through crates/codemint/tests/web.rs');
const admin = { name: 'Ada Admin', email: 'ada@example.com', password: 'first-admin-password' };

async function fill(page, { name, email, password }) {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create admin' }).click();
}

await run(async (browser) => {
  const ctx = await context(browser, 'first-admin');
  const page = await ctx.newPage();

  await step('a link without its token says what to do', async () => {
    await page.goto('/setup');
    await page.getByTestId('setup-no-token').waitFor();
    await audit(page, 'setup-no-token');
  });

  await step('a wrong token is refused in plain words', async () => {
    await page.goto('/setup?token=not-the-printed-token');
    await fill(page, admin);
    await page.getByText('the setup token is invalid, expired or used').waitFor();
    await shot(page, 'wrong-token');
  });

  await step('the printed link opens the setup form', async () => {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Create the first admin' }).waitFor();
    await audit(page, 'setup-form');
  });

  await step('empty fields are named before anything is sent', async () => {
    await page.getByRole('button', { name: 'Create admin' }).click();
    await page.getByText('Tell us what to call you.').waitFor();
    await page.getByText('Enter a valid email address.').waitFor();
    await page.getByText('Use at least 8 characters.').waitFor();
    await audit(page, 'setup-form-errors');
  });

  await step('"Create admin" lands the new admin signed in', async () => {
    await fill(page, admin);
    await page.waitForURL(/\/problems$/);
    const who = await page.getByTestId('whoami').textContent();
    if (!who.includes(admin.name) && !who.includes(admin.email)) throw new Error(`signed in as "${who}"`);
    await page.getByRole('link', { name: 'Users' }).waitFor(); // admins only
    await shot(page, 'signed-in');
  });

  await step('the admin stays signed in after a reload and sees the users page', async () => {
    await page.reload();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByText(admin.email).first().waitFor();
  });

  await step('the link works once', async () => {
    const other = await context(browser, 'someone-else');
    const again = await other.newPage();
    await again.goto(link);
    await fill(again, { ...admin, email: 'mallory@example.com' });
    await again.getByText('the setup token is invalid, expired or used').waitFor();
    await other.close();
  });

  await step('the new admin can log in again with the password chosen', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await login(page, admin);
    await page.getByRole('link', { name: 'Users' }).waitFor();
  });
});
