import { test, expect, type Page } from '@playwright/test';
import { withoutMomentPauses } from './support/moments';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import PostalMime from 'postal-mime';
import { startCleanWithClipboard } from './support/share';

// Export, Copy transcript and import (issue 15 §2): the session as one
// .zip whose files match the CLI, the transcript on the clipboard as text
// and coloured HTML, an .eml dropped on the Simulator delivered, and a long
// state shared as a file that opens as the link would.
startCleanWithClipboard('simulator');

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const position = (page: Page) => timeline(page).locator('.position');

async function chooseScenario(page: Page, title: RegExp) {
  const select = page.getByLabel('Scenario');
  const value = await select.locator('option').filter({ hasText: title }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

async function playToEnd(page: Page) {
  await withoutMomentPauses(page);
  await timeline(page).getByLabel('Speed').selectOption('max');
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Step forward' })).toBeDisabled({ timeout: 20_000 });
}

/** Drops files on the Simulator as a person's drag from the desktop does. */
async function drop(page: Page, files: { name: string; type: string; text?: string; base64?: string }[]) {
  const data = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.base64 !== undefined ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : f.text!], f.name, { type: f.type }));
    return dt;
  }, files);
  await page.dispatchEvent('.simulator', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('.simulator', 'drop', { dataTransfer: data });
}

test('Export downloads one .zip of the session: the .eml parses, the mbox splits into the delivered messages, events.jsonl is the CLI’s', async ({ page }) => {
  await chooseScenario(page, /four-MTA/);
  await playToEnd(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toBe('smtp-lab-four-mta-journey.zip');
  const zip = readFileSync((await download.path())!);
  const files = unzipSync(new Uint8Array(zip));
  const text = (name: string) => new TextDecoder().decode(files[`smtp-lab-four-mta-journey/${name}`]);
  const names = Object.keys(files).map((n) => n.replace('smtp-lab-four-mta-journey/', ''));
  expect(names).toEqual(expect.arrayContaining(['README.txt', 'transcript.txt', 'transcript.html', 'events.jsonl', 'session.smtplab.json']));

  const cli = (...args: string[]) => execFileSync('npx', ['tsx', 'src/node/sim/main.ts', 'four-mta-journey', '--seed', '1', ...args], { encoding: 'utf8' });
  expect(text('events.jsonl')).toBe(cli('--json'));
  expect(text('transcript.txt')).toBe(cli());
  expect(text('README.txt')).toMatch(/#\/s\/1\.[A-Za-z0-9_-]+/);

  const emls = names.filter((n) => n.startsWith('messages/') && n.endsWith('.eml'));
  expect(emls.length).toBeGreaterThan(0);
  for (const name of emls) {
    const parsed = await PostalMime.parse(files[`smtp-lab-four-mta-journey/${name}`]!);
    expect(parsed.from?.address).toBe('alice@alice.example');
    expect(parsed.subject).toBeTruthy();
  }
  const boxes = names.filter((n) => n.startsWith('mailboxes/') && n.endsWith('.mbox'));
  expect(boxes).toContain('mailboxes/mailhost.bob.example/bob.mbox');
  const split = boxes.flatMap((b) => text(b).split(/\r?\n(?=From )/).filter((m) => m.startsWith('From ')));
  expect(split.length).toBe(emls.length);
  // Each mbox entry is one of the .eml files, after its From_ line.
  for (const entry of split) {
    const body = entry.slice(entry.indexOf('\n') + 1);
    expect(emls.some((e) => body.startsWith(text(e).slice(0, 200)))).toBe(true);
  }

  // The export opens again: dropped on a Simulator elsewhere in its log, it comes back at the end.
  await timeline(page).getByRole('button', { name: 'Go to the start' }).click();
  await drop(page, [{ name: 'smtp-lab-four-mta-journey.zip', type: 'application/zip', base64: zip.toString('base64') }]);
  await expect(page.getByRole('status').filter({ hasText: 'A shared session' })).toContainText('Replayed exactly.');
  await expect(timeline(page).getByRole('button', { name: 'Step forward' })).toBeDisabled();
});

test('Copy transcript puts the events shown on the clipboard as plain text and as coloured HTML', async ({ page }) => {
  await chooseScenario(page, /four-MTA/);
  await timeline(page).getByRole('checkbox', { name: 'tcp' }).uncheck();
  await page.getByRole('button', { name: 'Copy transcript' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the transcript' })).toBeVisible();
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item!.types, text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
  });
  expect(clip.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
  expect(clip.text).toContain('C: MAIL FROM:<alice@alice.example>');
  expect(clip.text).not.toMatch(/ tcp /);
  expect(clip.html).toMatch(/<pre style="[^"]*">/);
  // The envelope's colour, with the message's characters escaped (Chrome's clipboard rewrites &#60; as &lt;).
  expect(clip.html).toMatch(/<span style="color:#b35900">MAIL FROM:(&#60;|&lt;)alice@alice\.example(&#62;|&gt;) SIZE=\d+<\/span>/);
});

test('an .eml dropped on the Simulator is handed to Alice’s user agent and delivered to Bob', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  const eml = ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', 'Subject: Dropped in', 'Message-ID: <dropped@ws.alice.example>', '', 'This one came from the desktop.', ''].join('\r\n');
  await drop(page, [{ name: 'dropped.eml', type: 'message/rfc822', text: eml }]);
  await expect(page.getByRole('status').filter({ hasText: 'dropped.eml handed to Alice’s user agent.' })).toBeVisible();
  await playToEnd(page);
  await page.getByRole('tab', { name: 'Mailboxes' }).click();
  const box = page.getByRole('list', { name: /^\/var\/mail\/bob on / });
  await expect(box.getByRole('button', { name: /Dropped in/ })).toBeVisible();
});

test('a state too long for a link is offered as .smtplab.json, and dropping that file opens it as the link would', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await timeline(page).getByRole('tab', { name: 'Compose' }).click();
  // Random text does not compress: the link passes 2,000 characters.
  let x = 2463534242;
  const noise = Array.from({ length: 2500 }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 36).toString(36);
  }).join('');
  await page.getByLabel('Subject').fill('Long');
  await page.getByLabel('Message').fill(noise);
  await page.getByRole('button', { name: 'Send' }).click();
  await playToEnd(page);
  await timeline(page).getByRole('button', { name: 'Step back' }).click();
  const where = await position(page).textContent();

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const box = page.getByRole('group', { name: 'Share' });
  await expect(box.getByRole('status')).toContainText('too long to paste');
  await expect(box.getByLabel('Link')).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Download .smtplab.json' }).click()]);
  expect(download.suggestedFilename()).toBe('smtp-lab-free-play.smtplab.json');
  const json = readFileSync((await download.path())!, 'utf8');

  await page.goto('./#/simulator');
  await chooseScenario(page, /four-MTA/);
  await drop(page, [{ name: 'smtp-lab-free-play.smtplab.json', type: 'application/json', text: json }]);
  await expect(page.getByRole('status').filter({ hasText: 'A shared session' })).toContainText('Replayed exactly.');
  await expect(position(page)).toHaveText(where!);
  await expect(page.getByLabel('Scenario')).toHaveValue('free-play');
  await page.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(page.getByLabel('Scenario')).toHaveValue('four-mta-journey');

  // A file that is not one: said on the page, nothing changes.
  await drop(page, [{ name: 'notes.smtplab.json', type: 'application/json', text: '{"v":1,"kind":"simulator"' }]);
  await expect(page.getByRole('alert')).toContainText('not JSON');
  await expect(page.getByLabel('Scenario')).toHaveValue('four-mta-journey');
});

test('a file name with a right-to-left override shows the override visibly in Bob’s mailbox too', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  const eml = [
    'From: Alice <alice@alice.example>',
    'To: Bob <bob@bob.example>',
    'Subject: Invoice attached',
    'Content-Type: multipart/mixed; boundary=b',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'See the attachment.',
    '--b',
    'Content-Type: application/octet-stream',
    "Content-Disposition: attachment; filename*=utf-8''invoice%E2%80%AEfdp.exe",
    'Content-Transfer-Encoding: base64',
    '',
    'TVo=',
    '--b--',
    '',
  ].join('\r\n');
  await drop(page, [{ name: 'invoice.eml', type: 'message/rfc822', text: eml }]);
  await playToEnd(page);
  await page.getByRole('tab', { name: 'Mailboxes' }).click();
  const box = page.getByRole('list', { name: /^\/var\/mail\/bob on / });
  await box.getByRole('button', { name: /Invoice attached/ }).click();
  await expect(page.getByText('“invoice⟨U+202E RLO⟩fdp.exe”')).toBeVisible();
  await expect(page.getByText('invoice\u202Efdp.exe')).toHaveCount(0);
});
