// An admin writes a problem in the editor pages (statement, sample, stub),
// a user solves it; a problem package exported from the API is imported back
// through the page; the admin makes a user an interviewer. Each admin page is
// audited for accessibility (WCAG A/AA, light and dark).
import { accounts, audit, BASE, context, login, replaceEditor, run, shot, step, until, editorText } from './lib.mjs';

await run(async (browser) => {
  const ctx = await context(browser, 'admin');
  const page = await ctx.newPage();
  const slug = `sum-of-two-${Date.now() % 100000}`;

  await step('the admin logs in and the new-problem form refuses an empty title', async () => {
    await login(page, accounts.admin);
    await page.getByRole('link', { name: 'Manage problems' }).click();
    await page.getByRole('link', { name: 'New problem' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('A problem needs a title.').waitFor();
    await audit(page, 'admin-problem-new');
  });

  await step('write a problem with a sample and a Python stub', async () => {
    await page.getByLabel('Title').fill('Sum of Two');
    await page.getByLabel('Slug').fill(slug);
    await page.getByLabel('Statement').fill('# Sum of Two\n\nRead `a` and `b`; print **a + b**.');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('.markdown strong').getByText('a + b').waitFor();
    await audit(page, 'admin-problem-preview');
    await page.getByRole('button', { name: 'Edit' }).click();
    const sample = page.locator('fieldset.test').first();
    await sample.getByLabel('Input').fill('1 2\n');
    await sample.getByLabel('Answer').fill('3\n');
    await page.getByRole('button', { name: 'Add hidden test' }).click();
    const hidden = page.locator('fieldset.test').nth(1);
    await hidden.getByLabel('Input').fill('40 2\n');
    await hidden.getByLabel('Answer').fill('42\n');
    await page.locator('details.stub').first().locator('summary').click();
    await page.locator('details.stub').first().getByLabel('User part').fill('def solve(a, b):\n    return 0\n');
    await page.locator('details.stub').first().getByLabel('Suffix (hidden)').fill('\na, b = map(int, input().split())\nprint(solve(a, b))\n');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved as version 1.').waitFor();
    await page.waitForURL(`**/admin/problems/${slug}`);
    await shot(page, 'problem-editor');
    await audit(page, 'admin-problem-edit');
  });

  await step('the problem is public and solvable', async () => {
    await page.goto(`/problems/${slug}`);
    await page.getByRole('heading', { name: 'Sum of Two' }).waitFor();
    await until('the stub', async () => (await editorText(page)).includes('def solve'));
    await replaceEditor(page, 'def solve(a, b):\n    return a + b\n');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByTestId('submission-result').getByText('AC · Accepted').waitFor({ timeout: 60_000 });
  });

  await step('import a problem package (.zip) through the page', async () => {
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('codemint.session')).access);
    const res = await fetch(`${BASE}/api/v1/problems/stair-ways/package`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`export failed: ${res.status}`);
    const zip = Buffer.from(await res.arrayBuffer());
    await page.goto('/admin/problems');
    await page.locator('input[type=file]').setInputFiles({ name: 'stair-ways.zip', mimeType: 'application/zip', buffer: zip });
    await page.getByText(/Imported: stair-ways updated to version \d+/).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') });
    await page.getByText('Choose a .zip problem package').waitFor();
    await shot(page, 'admin-problems');
    await audit(page, 'admin-problems');
  });

  await step('the admin makes a user an interviewer', async () => {
    const email = `future-interviewer-${Date.now()}@example.com`;
    const res = await fetch(`${BASE}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'long enough password', name: 'Future Interviewer' }),
    });
    if (res.status !== 201) throw new Error(`register: ${res.status}`);
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('Role of Future Interviewer').selectOption('interviewer');
    await page.getByText('saved').waitFor();
    await page.reload();
    if ((await page.getByLabel('Role of Future Interviewer').inputValue()) !== 'interviewer') throw new Error('the role did not stick');
    await shot(page, 'admin-users');
    await audit(page, 'admin-users');
  });

  await step('the dead letters page lists none on a healthy server', async () => {
    await page.getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('heading', { name: 'Dead jobs' }).waitFor();
    await page.getByTestId('no-dead-jobs').waitFor();
    await audit(page, 'admin-jobs');
  });
});
