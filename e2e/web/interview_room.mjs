// An interview: the interviewer creates a room; a guest asks to join from the
// link and waits in the lobby; the interviewer admits them; both type at once
// and their editors converge; the candidate's tab switch reaches the
// interviewer's signal feed; private notes never reach the candidate; a run's
// output is shared; the host loads a problem and a submission's verdict reaches
// both; the host ends the room; the replay plays the session back. Each page
// and panel on the way is audited for accessibility (WCAG A/AA, light and dark).
import { accounts, audit, context, editorText, login, run, shot, step, until } from './lib.mjs';

await run(async (browser) => {
  const hostCtx = await context(browser, 'interviewer');
  const host = await hostCtx.newPage();
  const candCtx = await context(browser, 'candidate');
  const cand = await candCtx.newPage();
  let url;

  await step('the interviewer creates a room', async () => {
    await login(host, accounts.interviewer);
    await host.getByRole('link', { name: 'Rooms' }).click();
    await host.getByText('No rooms yet.').waitFor();
    await audit(host, 'rooms-empty');
    await host.getByLabel('Title').fill('Backend interview');
    await host.getByRole('button', { name: 'Create room' }).click();
    await host.waitForURL(/\/rooms\/[A-Za-z0-9_-]{22}$/);
    await host.getByTestId('connection').getByText('connected').waitFor();
    url = host.url();
    await audit(host, 'room-host-alone');
  });

  await step('without email on the server, an invite gives the link to send by hand', async () => {
    await host.getByRole('tab', { name: /^People/ }).click();
    await host.getByLabel("Candidate's email").fill('casey@example.com');
    await host.getByRole('button', { name: 'Invite', exact: true }).click();
    const said = await host.getByTestId('invite-result').textContent();
    if (!said.includes('sends no email') || !said.includes(url)) throw new Error(`invite said: ${said}`);
  });

  await step('a guest opens the link, gives a name and waits in the lobby', async () => {
    await cand.goto(url);
    await cand.getByRole('button', { name: 'Ask to join' }).click();
    await cand.getByText('Enter the name the interviewer will see.').waitFor();
    await audit(cand, 'room-join');
    await cand.getByLabel('Your name').fill('Casey Candidate');
    await cand.getByRole('button', { name: 'Ask to join' }).click();
    await cand.getByTestId('lobby-wait').waitFor();
    await shot(cand, 'lobby-candidate');
    await audit(cand, 'room-lobby-candidate');
  });

  await step('the interviewer sees the request live and admits the guest', async () => {
    await host.getByRole('tab', { name: /People/ }).click();
    await host.getByTestId('lobby-request').getByText('Casey Candidate').waitFor();
    await shot(host, 'lobby-interviewer');
    await audit(host, 'room-lobby-interviewer');
    await host.getByRole('button', { name: 'Admit Casey Candidate', exact: true }).click();
    await host.getByTestId('participants').getByText('Casey Candidate').waitFor();
    await cand.getByTestId('connection').getByText('connected').waitFor();
  });

  await step('both type at the same time and converge', async () => {
    await host.locator('.cm-content').click();
    await cand.locator('.cm-content').click();
    const typeLines = async (page, who) => {
      for (let i = 0; i < 5; i++) await page.keyboard.type(`# ${who} line ${i}\n`, { delay: 5 });
    };
    await Promise.all([typeLines(host, 'interviewer'), typeLines(cand, 'candidate')]);
    const texts = await until('the editors to converge', async () => {
      const [a, b] = await Promise.all([editorText(host), editorText(cand)]);
      return a === b && a.includes('candidate line 4') && a.includes('interviewer line 4') ? a : null;
    });
    for (let i = 0; i < 5; i++) {
      for (const who of ['interviewer', 'candidate']) {
        if (!texts.includes(`# ${who} line ${i}`)) throw new Error(`lost "${who} line ${i}" in:\n${texts}`);
      }
    }
  });

  await step('the candidate switches tabs; the interviewer sees the signal', async () => {
    // Playwright makes every page believe it has focus; turn that off so the
    // tab switch below gives the candidate's page real blur/focus events
    // (headless Chromium has no visibility change between tabs).
    const cdp = await candCtx.newCDPSession(cand);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const other = await candCtx.newPage();
    await other.goto('/problems');
    await other.bringToFront();
    await new Promise((r) => setTimeout(r, 300));
    await cand.bringToFront();
    await other.close();
    await host.getByRole('tab', { name: /Signals/ }).click();
    await host.getByTestId('feed-signal').getByText(/switched away from the tab|left the window/).first().waitFor();
    await shot(host, 'room-signals');
    await audit(host, 'room-signals');
  });

  const secret = `private-note-${Date.now()}`;
  await step('the interviewer writes a private note; chat reaches both', async () => {
    await host.getByRole('tab', { name: 'Notes' }).click();
    await host.getByPlaceholder('Private note (interviewers only)').fill(`${secret}: good pace`);
    await host.getByRole('button', { name: 'Send' }).click();
    await host.getByTestId('feed-note').getByText(secret, { exact: false }).waitFor();
    await audit(host, 'room-notes');
    await cand.getByRole('tab', { name: 'Chat' }).click();
    await cand.getByPlaceholder('Message everyone').fill('hello from the candidate');
    await cand.getByRole('button', { name: 'Send' }).click();
    await host.getByRole('tab', { name: 'Chat' }).click();
    await host.getByTestId('feed-chat').getByText('hello from the candidate').waitFor();
    await audit(host, 'room-chat-interviewer');
    await audit(cand, 'room-chat-candidate');
  });

  await step('a run is shared with everyone', async () => {
    await host.locator('.cm-content').click();
    await host.keyboard.press('Control+End');
    await host.keyboard.type('print(6 * 7)\n');
    await until('the candidate to see the line', async () => (await editorText(cand)).includes('print(6 * 7)'));
    await cand.getByRole('button', { name: 'Run' }).click();
    await host.getByTestId('stdout').getByText('42').waitFor({ timeout: 30_000 });
    await cand.getByTestId('stdout').getByText('42').waitFor({ timeout: 30_000 });
    await shot(host, 'room-interviewer');
    await shot(cand, 'room-candidate');
    await audit(host, 'room-run-interviewer');
    await audit(cand, 'room-run-candidate');
  });

  await step('the candidate never sees notes or signals', async () => {
    const html = await cand.content();
    if (html.includes(secret)) throw new Error('the private note reached the candidate page');
    if ((await cand.getByRole('tab', { name: 'Notes' }).count()) !== 0) throw new Error('the candidate has a Notes tab');
    if ((await cand.getByRole('tab', { name: /Signals/ }).count()) !== 0) throw new Error('the candidate has a Signals tab');
  });

  await step('the host loads a problem; a submission\'s verdict reaches both', async () => {
    await host.getByPlaceholder('Find a problem…').fill('stair');
    await host.getByRole('button', { name: 'Choose problem' }).click();
    await host.getByRole('list', { name: 'Problems to choose from' }).waitFor();
    await audit(host, 'room-problem-picker');
    await host.getByRole('button', { name: 'Stair Ways', exact: true }).click();
    for (const page of [host, cand]) {
      await page.getByRole('complementary', { name: 'Problem' }).getByRole('heading', { name: 'Stair Ways' }).waitFor();
    }
    await until('the stub in both editors', async () => (await editorText(cand)).includes('def countWays') && (await editorText(host)).includes('def countWays'));
    await cand.getByRole('button', { name: 'Submit' }).click();
    for (const page of [host, cand]) {
      await page.getByTestId('room-submission').getByText(/WA · \d+%/).waitFor({ timeout: 60_000 });
    }
    await audit(cand, 'room-submission-candidate');
  });

  await step('the host ends the room; it turns read-only for both', async () => {
    await host.getByRole('button', { name: 'End room' }).click();
    await host.getByText('This room has ended').waitFor();
    await cand.getByText('This room has ended').waitFor();
    const before = await editorText(cand);
    await cand.locator('.cm-content').click();
    await cand.keyboard.type('more');
    await new Promise((r) => setTimeout(r, 300));
    if ((await editorText(cand)) !== before) throw new Error('an ended room still accepted typing');
    await audit(host, 'room-ended-interviewer');
    await audit(cand, 'room-ended-candidate');
  });

  await step('the replay plays the session back', async () => {
    const final = await editorText(host);
    await host.getByRole('link', { name: 'Replay' }).click();
    await host.getByTestId('scrubber').waitFor();
    // At the start the document is empty; playing runs to the final text.
    if ((await editorText(host)) !== '') throw new Error('the replay does not start empty');
    await host.getByLabel('Speed').selectOption('32');
    await host.getByTestId('play').click();
    await until('playback to reach the end', async () => (await editorText(host)) === final, 60_000);
    await host.getByTestId('replay-events').getByText('hello from the candidate', { exact: false }).waitFor();
    await host.getByTestId('replay-events').getByText('the room ended').waitFor();
    await shot(host, 'replay');
    await audit(host, 'replay');
    // Scrub back to the start: empty again.
    const scrubber = host.getByTestId('scrubber');
    await scrubber.focus();
    await host.keyboard.press('Home');
    await until('the start of the session', async () => (await editorText(host)) === '');
  });

  await step('the room list shows the ended room', async () => {
    await host.getByRole('link', { name: 'Rooms' }).click();
    await host.getByRole('link', { name: 'Backend interview' }).waitFor();
    await audit(host, 'rooms');
  });
});
