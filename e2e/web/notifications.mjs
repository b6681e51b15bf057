// The bell: a notification that arrives while the page is open shows on the
// bell at once; the list shows it unread first; marking read clears the
// count. The email setting is a checkbox that stays as chosen.
import { accounts, audit, context, login, run, step, until } from './lib.mjs';

const candidate = { name: 'Casey', email: 'casey@example.com', password: 'casey-password' };

await run(async (browser) => {
  const cctx = await context(browser, 'candidate');
  const page = await cctx.newPage();
  const hctx = await context(browser, 'host');
  const host = await hctx.newPage();

  await step('a new account has its welcome on the bell', async () => {
    await page.goto('/register');
    await page.getByLabel('Name').fill(candidate.name);
    await page.getByLabel('Email').fill(candidate.email);
    await page.getByLabel('Password').fill(candidate.password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByTestId('whoami').waitFor();
    await until('a count of 1', async () => (await page.getByTestId('bell-count').textContent()) === '1');
  });

  await step('an invitation sent while the page is open lights the bell live', async () => {
    await login(host, accounts.interviewer);
    await host.getByRole('link', { name: 'Rooms' }).click();
    await host.getByLabel('Title').fill('Pairing session');
    await host.getByRole('button', { name: 'Create room' }).click();
    await host.waitForURL(/\/rooms\/[A-Za-z0-9_-]{22}$/);
    await host.getByRole('tab', { name: /^People/ }).click();
    await host.getByLabel("Candidate's email").fill(candidate.email);
    await host.getByRole('button', { name: 'Invite', exact: true }).click();
    await host.getByTestId('invite-result').waitFor();
    // No reload: the open page hears it.
    await until('a count of 2', async () => (await page.getByTestId('bell-count').textContent()) === '2');
    await audit(page, 'bell-unread');
  });

  await step('the list shows the invitation first; opening it marks it read', async () => {
    await page.getByTestId('bell').click();
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    const first = page.getByTestId('notifications').locator('li').first();
    await first.getByText('invites you to a room').waitFor();
    await audit(page, 'notifications');
    await first.getByRole('link', { name: 'Open' }).click();
    await page.waitForURL(/\/rooms\//);
    await until('a count of 1', async () => (await page.getByTestId('bell-count').textContent()) === '1');
  });

  await step('"Mark all read" clears the count', async () => {
    await page.getByTestId('bell').click();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByText('All read.').waitFor();
    await until('no count', async () => (await page.getByTestId('bell-count').count()) === 0);
  });

  await step('the email setting is a checkbox that stays as chosen', async () => {
    await page.getByRole('link', { name: 'Email settings' }).click();
    const box = page.getByLabel('Email me when an interviewer invites me to a room');
    await box.waitFor();
    if (!(await box.isChecked())) throw new Error('room invitations should be emailed by default');
    await box.uncheck();
    await page.getByText('Saved.').waitFor();
    await audit(page, 'settings');
    await page.reload();
    await box.waitFor();
    if (await box.isChecked()) throw new Error('the setting did not stay');
  });
});
