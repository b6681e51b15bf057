// "Forgot password?" as a user meets it: the login page's link, the emailed
// link (read from a real SMTP server, maildev, at MAILDEV_API), a new
// password, the notice on the login page, and a link that works once.
import { accounts, audit, context, login, run, step, until } from './lib.mjs';

const api = process.env.MAILDEV_API;
if (!api) throw new Error('MAILDEV_API is not set: run this through crates/codemint/tests/web.rs');
const who = { email: accounts.interviewer.email, password: 'a-brand-new-password' };

async function resetLink() {
  return until('the reset email', async () => {
    const inbox = await (await fetch(api)).json();
    const m = inbox.find((e) => e.subject.includes('Reset your Codemint password') && e.to.some((t) => t.address === who.email));
    return m?.text.split(/\s+/).find((w) => w.includes('/reset-password?token='));
  });
}

await run(async (browser) => {
  const ctx = await context(browser, 'reset');
  const page = await ctx.newPage();

  await step('"Forgot password?" on the login page asks for the address', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText('Enter the email address you signed up with.').waitFor();
    await audit(page, 'forgot-password');
  });

  await step('the request is answered without saying whether the account exists', async () => {
    await page.getByLabel('Email').fill(who.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByTestId('reset-sent').waitFor();
  });

  const link = await step('the emailed link opens the new-password page', async () => {
    const link = await resetLink();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await audit(page, 'reset-password');
    return link;
  });

  await step('a new password leads to the login page, which says what happened', async () => {
    await page.getByLabel('New password').fill(who.password);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByTestId('password-changed').waitFor();
    await audit(page, 'login-after-reset');
  });

  await step('the new password logs in', async () => {
    await login(page, who);
  });

  await step('the link works once', async () => {
    const other = await context(browser, 'again');
    const again = await other.newPage();
    await again.goto(link);
    await again.getByLabel('New password').fill('yet-another-password');
    await again.getByRole('button', { name: 'Set the new password' }).click();
    await again.getByText('the reset link is invalid, expired or used').waitFor();
    await other.close();
  });
});
