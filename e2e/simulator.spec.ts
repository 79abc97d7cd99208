import { test, expect, type Page } from '@playwright/test';
import { withoutMomentPauses } from './support/moments';
import AxeBuilder from '@axe-core/playwright';

// Each test starts from a clean slate: the simulator keeps its state in
// localStorage, which is exactly what the reload test checks.
test.beforeEach(async ({ page }) => {
  await page.goto('./#/simulator');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
});

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const terminal = (page: Page) => page.getByRole('region', { name: 'Terminal' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const mailboxes = (page: Page) => page.getByRole('tabpanel', { name: 'Mailboxes' });

async function fullSpeed(page: Page) {
  await withoutMomentPauses(page);
  await timeline(page).getByLabel('Speed').selectOption('max');
}

async function chooseScenario(page: Page, title: RegExp) {
  const select = page.getByLabel('Scenario');
  const value = await select.locator('option').filter({ hasText: title }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

/** Waits until playback has reached the last event. */
async function untilEnd(page: Page) {
  await expect(timeline(page).getByRole('button', { name: 'Step forward' })).toBeDisabled({ timeout: 20_000 });
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
}

async function typeLines(page: Page, lines: string[]) {
  await terminal(page).locator('.xterm').click();
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

/** Compose is a tab of the timeline, beside the events. */
async function openCompose(page: Page) {
  await timeline(page).getByRole('tab', { name: 'Compose' }).click();
}

async function openMailbox(page: Page, path: string) {
  await page.getByRole('tab', { name: 'Mailboxes' }).click();
  const box = page.getByRole('list', { name: new RegExp(`^${path} on `) });
  await box.getByRole('button').first().click();
}

/** What the terminal shows. xterm.js stops drawing while scrolled out of view, so look at it first. */
async function screen(page: Page) {
  await terminal(page).scrollIntoViewIfNeeded();
  return terminal(page).locator('.xterm-rows');
}

/** Puts the focus on the page itself, where the timeline's shortcuts listen. */
async function focusPage(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Simulator' }).click();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `/tmp/shots/sim-${name}.png`, fullPage: true });
}

/** Steps back with the keyboard until the inspector shows the event (and, if given, the hop). */
async function stepBackTo(page: Page, text: RegExp, hop?: string) {
  const title = inspector(page).locator('.event-title');
  const from = inspector(page).locator('.event-hop');
  for (let i = 0; i < 300; i++) {
    if (text.test((await title.textContent()) ?? '') && (!hop || (await from.textContent())?.includes(hop))) return;
    await page.keyboard.press('ArrowLeft');
  }
  throw new Error(`never reached ${text}`);
}

const HELO_SESSION = [
  'telnet mailhost.bob.example 25',
  'HELO ws.alice.example',
  'MAIL FROM:<alice@alice.example>',
  'RCPT TO:<bob@bob.example>',
  'DATA',
  'Subject: typed by hand',
  '',
  'Hello Bob, this went in line by line.',
  '.',
  'QUIT',
];

test('a HELO session typed by hand delivers the message to /var/mail/bob', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await fullSpeed(page);
  await typeLines(page, HELO_SESSION);
  await expect(terminal(page)).toContainText('221 2.0.0', { timeout: 20_000 });
  await expect(terminal(page)).toContainText('354 End data');
  await untilEnd(page);
  await shot(page, 'typed-session');
  await openMailbox(page, '/var/mail/bob');
  await expect(mailboxes(page).getByRole('region', { name: 'Body' })).toContainText('this went in line by line');
  await expect(mailboxes(page).getByRole('region', { name: 'Headers' })).toContainText('typed by hand');
  await expect(mailboxes(page).getByRole('region', { name: 'Envelope' })).toContainText('<alice@alice.example>');
  await shot(page, 'mailbox');
});

test('a wrong command gets a 500 and its explanation', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await fullSpeed(page);
  await typeLines(page, ['telnet mailhost.bob.example 25', 'HELO ws.alice.example', 'FOO bar']);
  await expect(terminal(page)).toContainText(/500 5\.5\.2/, { timeout: 20_000 });
  await untilEnd(page);
  await timeline(page).getByRole('button', { name: /S: 500/ }).click();
  await expect(inspector(page).locator('.event-title')).toContainText('500');
  await expect(inspector(page).locator('.explanation')).toContainText(/RFC 5321/);
  await expect(inspector(page).locator('.explanation')).not.toBeEmpty();
  // Coloured as a permanent failure: not the colour of the command above it.
  await screen(page);
  const colour = (text: string) => terminal(page).locator('.xterm-rows span', { hasText: text }).first().evaluate((el) => getComputedStyle(el).color);
  expect(await colour('500 5.5.2')).not.toBe(await colour('FOO bar'));
  await shot(page, 'wrong-command');
});

test('the four-MTA journey: the MX look-up and every hop into /var/mail/bob', async ({ page }) => {
  await chooseScenario(page, /four-MTA journey/);
  await fullSpeed(page);
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await untilEnd(page);
  const layers = timeline(page).getByRole('group', { name: 'Layers' });
  for (const l of ['tcp', 'smtp', 'delivery', 'ua']) await layers.getByLabel(l).uncheck();
  const events = timeline(page).getByRole('list', { name: 'Events' });
  // Only the DNS layer is left in the list.
  await expect(events.locator('.event.layer-dns').first()).toBeVisible();
  await expect(events.locator('.event:not(.layer-dns)')).toHaveCount(0);
  await expect(events.getByRole('button', { name: /MX\? bob\.example/ })).toBeVisible();
  // By keyboard: rows are drawn by slot, and a pointer aimed while the list still scrolls can land on a neighbour.
  await events.getByRole('button', { name: /MX\? bob\.example/ }).focus();
  await page.keyboard.press('Enter');
  await expect(inspector(page)).toContainText('relay.alice.example → ns.example');
  await shot(page, 'four-mta-mx');
  await focusPage(page);
  await page.keyboard.press('End');
  await openMailbox(page, '/var/mail/bob');
  const headers = mailboxes(page).getByRole('region', { name: 'Headers' });
  for (const host of ['mail.alice.example', 'relay.alice.example', 'mx1.bob.example', 'mailhost.bob.example']) {
    await expect(headers.getByRole('cell', { name: host, exact: true }).first()).toBeVisible();
  }
  await expect(headers).toContainText('Lunch on Friday?');
});

test('the scrubber moves the world to any event, and a delivered message opens to its raw source', async ({ page }) => {
  await chooseScenario(page, /four-MTA journey/);
  const scrubber = timeline(page).getByRole('slider', { name: 'Scrubber' });
  const total = Number(await scrubber.getAttribute('max'));
  expect(total).toBeGreaterThan(10);
  await scrubber.fill('5');
  await expect(timeline(page).getByText(`Event 5 of ${total}`)).toBeVisible();
  await expect(scrubber).toHaveAttribute('aria-valuetext', new RegExp(`^Event 5 of ${total}: `));
  await expect(timeline(page).getByRole('list', { name: 'Events' }).locator('[aria-current="step"] .seq')).toHaveText('5');
  await expect(inspector(page).getByRole('article', { name: 'Event 5' })).toBeVisible();
  await scrubber.fill(String(total));
  await expect(timeline(page).getByText(`Event ${total} of ${total}`)).toBeVisible();
  await openMailbox(page, '/var/mail/bob');
  const raw = mailboxes(page).getByRole('button', { name: 'Raw source' });
  await expect(raw).toHaveAttribute('aria-expanded', 'false');
  await raw.click();
  await expect(raw).toHaveAttribute('aria-expanded', 'true');
  await expect(mailboxes(page).locator('.raw-source')).toContainText('Subject: Lunch on Friday?');
});

test('step back to the 354 and forward again: terminal, topology and inspector agree', async ({ page }) => {
  await chooseScenario(page, /typed by hand/);
  await focusPage(page);
  await page.keyboard.press('End');
  await expect(terminal(page)).toContainText('221 2.0.0', { timeout: 10_000 });
  await stepBackTo(page, /354/, 'mx1.bob.example → ws.alice.example');
  await expect(inspector(page).locator('.event-hop')).toContainText('mx1.bob.example → ws.alice.example');
  await expect(page.getByRole('button', { name: 'mx1.bob.example', exact: true })).toHaveClass(/busy/);
  await expect(await screen(page)).toContainText('354 End data');
  await expect(await screen(page)).not.toContainText('queued as');
  const session = inspector(page).getByRole('region', { name: 'SMTP session state on mx1.bob.example' });
  await expect(session.locator('[aria-current="step"]')).toContainText('receiving the message');
  await shot(page, 'at-354');
  // Forward: first the person types the next line at the shell, then it crosses to mx1.
  await page.keyboard.press('ArrowRight');
  await expect(inspector(page).locator('.event-title')).toContainText('From: Alice');
  await expect(await screen(page)).toContainText('From: Alice');
  await page.keyboard.press('ArrowRight');
  await expect(inspector(page).locator('.event-hop')).toContainText('ws.alice.example → mx1.bob.example');
  await expect(session.locator('[aria-current="step"]')).toContainText('receiving the message');
  await expect(page.getByRole('button', { name: 'ws.alice.example', exact: true })).toHaveClass(/busy/);
});

test('the session diagram follows the server: no STARTTLS it did not offer, nothing after QUIT', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await fullSpeed(page);
  // mx1.bob.example offers AUTH but not STARTTLS in free play.
  await typeLines(page, ['telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'QUIT']);
  await expect(terminal(page)).toContainText('221 2.0.0', { timeout: 20_000 });
  await untilEnd(page);
  const session = inspector(page).getByRole('region', { name: 'SMTP session state on mx1.bob.example' });
  // Stepped to with the keyboard: the event list draws only the rows in view, so a click may land on another row.
  await focusPage(page);
  await stepBackTo(page, /S: 221/);
  await expect(session.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(session.locator('[aria-current="step"]')).toHaveText('closed');
  const allowed = session.locator('.allowed code');
  await expect(allowed).toHaveCount(0);
  await expect(session.locator('.allowed')).not.toContainText('Allowed next');
  await stepBackTo(page, /S: 250-mx1\.bob\.example/);
  await expect(session.locator('[aria-current="step"]')).toHaveText(/^greeted/);
  await expect(allowed.filter({ hasText: /^MAIL$/ })).toHaveCount(1);
  await expect(allowed.filter({ hasText: /^AUTH$/ })).toHaveCount(1);
  await expect(allowed.filter({ hasText: /^STARTTLS$/ })).toHaveCount(0);
});

test('typing in a scenario makes it changed by you; Restart scenario brings back the scenario as written', async ({ page }) => {
  await chooseScenario(page, /The four-MTA journey/);
  const picker = page.getByLabel('Scenario');
  const counter = timeline(page).locator('.position');
  await expect(counter).toHaveText(/^Event 0 of \d+$/);
  const start = await counter.textContent();
  await expect(picker.locator('option:checked')).toHaveText('The four-MTA journey');
  await expect(page.getByRole('button', { name: 'Restart scenario' })).toHaveCount(0);
  await typeLines(page, ['hostname']);
  await expect(await screen(page)).toContainText('hostname');
  await expect(picker.locator('option:checked')).toHaveText('The four-MTA journey — changed by you');
  await page.getByRole('button', { name: 'Restart scenario' }).click();
  await expect(picker.locator('option:checked')).toHaveText('The four-MTA journey');
  await expect(page.getByRole('button', { name: 'Restart scenario' })).toHaveCount(0);
  await expect(counter).toHaveText(start ?? '');
  await expect(await screen(page)).not.toContainText('hostname');
});

test('compose with a Bcc: the Bcc is in the envelope, not in the headers', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await fullSpeed(page);
  await openCompose(page);
  await page.getByLabel('To', { exact: true }).fill('bob@bob.example');
  await page.getByLabel('Bcc').fill('carol@bob.example');
  await page.getByLabel('Subject').fill('Blind copy');
  await page.getByLabel('Message').fill('Carol is copied without Bob knowing.');
  await page.getByRole('button', { name: 'Send' }).click();
  await untilEnd(page);
  await openMailbox(page, '/var/mail/carol');
  await expect(mailboxes(page).getByRole('region', { name: 'Envelope' })).toContainText('Delivered-To: <carol@bob.example>');
  const headers = mailboxes(page).getByRole('region', { name: 'Headers' });
  await expect(headers).toContainText('Blind copy');
  await expect(headers).not.toContainText(/^Bcc/im);
  await expect(headers.getByRole('rowheader', { name: /^bcc$/i })).toHaveCount(0);
  // Her own copy names her only where local delivery wrote it (X-Original-To, Delivered-To), never in a header of the sender's.
  const naming = headers.getByRole('row').filter({ hasText: 'carol@bob.example' });
  await expect(naming.getByRole('rowheader')).toHaveText([/^X-Original-To$/i, /^Delivered-To$/i]);
  await shot(page, 'bcc');
});

test('an attachment and an X- header travel in a MIME message', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await fullSpeed(page);
  await openCompose(page);
  await page.getByLabel('Subject').fill('Notes attached');
  await page.getByLabel('Message').fill('See the notes.');
  await page.getByLabel('X- headers').fill('X-Course: Networks 101');
  await page.getByLabel('Attachments').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('SMTP is a push protocol.\n') });
  await expect(page.getByRole('button', { name: 'Remove notes.txt' })).toBeVisible();
  // A file over the limit is named, not silently dropped, and what was attached stays.
  await page.getByLabel('Attachments').setInputFiles({ name: 'big.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(600 * 1024) });
  await expect(page.getByRole('status').filter({ hasText: 'Not attached' })).toHaveText('Not attached, over 512 KB: big.bin.');
  await expect(page.getByRole('button', { name: 'Remove notes.txt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove big.bin' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Send' }).click();
  await untilEnd(page);
  await openMailbox(page, '/var/mail/bob');
  const headers = mailboxes(page).getByRole('region', { name: 'Headers' });
  await expect(headers.getByRole('row', { name: /X-Course/ })).toContainText('Networks 101');
  await expect(headers.getByRole('row', { name: /^Content-Type/ })).toContainText('multipart/mixed');
  await expect(mailboxes(page).getByRole('region', { name: 'Body' })).toContainText('“notes.txt”');
});

test('mx1 down: the relay fails over to mx2 and the mail still arrives', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await fullSpeed(page);
  await page.getByRole('button', { name: 'mx1.bob.example', exact: true }).click();
  await page.getByRole('tab', { name: 'Faults' }).click();
  await page.getByRole('checkbox', { name: /^Down/ }).check();
  await expect(page.getByRole('button', { name: 'mx1.bob.example', exact: true })).toContainText('down');
  await page.getByRole('tab', { name: 'Compose' }).click();
  await page.getByLabel('Subject').fill('Fail-over');
  await page.getByLabel('Message').fill('mx1 is down.');
  await page.getByRole('button', { name: 'Send' }).click();
  await untilEnd(page);
  await shot(page, 'failover');
  await openMailbox(page, '/var/mail/bob');
  const headers = mailboxes(page).getByRole('region', { name: 'Headers' });
  await expect(headers.getByRole('cell', { name: 'mx2.bob.example', exact: true }).first()).toBeVisible();
  await expect(headers.getByRole('cell', { name: 'mx1.bob.example', exact: true })).toHaveCount(0);
});

test('the eavesdropper sees everything in clear and only ciphertext over STARTTLS', async ({ page }) => {
  await chooseScenario(page, /eavesdropper/);
  const layers = timeline(page).getByRole('group', { name: 'Layers' });
  for (const l of ['tcp', 'dns', 'delivery', 'ua']) await layers.getByLabel(l).uncheck();
  const events = timeline(page).getByRole('list', { name: 'Events' });
  await events.getByRole('button', { name: /C: MAIL FROM/ }).first().click();
  const toggle = inspector(page).getByRole('button', { name: 'Eavesdropper' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(inspector(page).getByRole('note', { name: 'What an eavesdropper sees' })).toContainText('sees everything');
  await shot(page, 'eavesdropper-clear');
  // Later in the log the relays speak over STARTTLS: the observer gets ciphertext only.
  await focusPage(page);
  const note = inspector(page).getByRole('note', { name: 'What an eavesdropper sees' });
  test.slow();
  // The TLS stretch is dozens of events long, so looking every fifth step cannot miss it.
  for (let i = 0; i < 60 && !/only ciphertext/.test((await inspector(page).textContent()) ?? ''); i++) {
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
  }
  await expect(note).toContainText('only ciphertext');
  await expect(note).not.toContainText('alice@alice.example');
  await shot(page, 'eavesdropper-tls');
  await focusPage(page);
  await page.keyboard.press('e');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('a reload keeps the scenario, the step, the terminal history and the draft', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await fullSpeed(page);
  await typeLines(page, ['host -t mx bob.example']);
  await expect(terminal(page)).toContainText('mail is handled by', { timeout: 10_000 });
  await untilEnd(page);
  const position = await timeline(page).locator('.position').textContent();
  await openCompose(page);
  await page.getByLabel('Subject').fill('Half-written');
  await page.reload();
  await expect(page.getByLabel('Scenario').locator('option:checked')).toHaveText(/Free play/);
  await expect(timeline(page).locator('.position')).toHaveText(position ?? '');
  await openCompose(page);
  await expect(page.getByLabel('Subject')).toHaveValue('Half-written');
  await expect(terminal(page)).toContainText('host -t mx bob.example');
  await terminal(page).locator('.xterm').click();
  await page.keyboard.press('ArrowUp');
  await expect(await screen(page)).toContainText(/\$ host -t mx bob\.example\s*$/);
});

test('keyboard only: select a host, play, pause, step, switch tabs', async ({ page }) => {
  await chooseScenario(page, /four-MTA journey/);
  const host = page.getByRole('button', { name: 'relay.alice.example', exact: true });
  for (let i = 0; i < 40 && !(await host.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(host).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(host).toHaveAttribute('aria-pressed', 'true');
  await expect(terminal(page)).toContainText('relay.alice.example', { timeout: 10_000 });
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(timeline(page).locator('.position')).toHaveText(/Event 2 of/);
  await page.keyboard.press('ArrowLeft');
  await expect(timeline(page).locator('.position')).toHaveText(/Event 1 of/);
  await page.keyboard.press(' ');
  await expect(timeline(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
  // The event list is one tab stop; up and down move through it, and the focus follows.
  const current = timeline(page).getByRole('list', { name: 'Events' }).locator('[aria-current="step"]');
  const at = Number(/Event (\d+)/.exec((await timeline(page).locator('.position').textContent()) ?? '')?.[1]);
  await current.focus();
  await page.keyboard.press('ArrowDown');
  await expect(timeline(page).locator('.position')).toHaveText(new RegExp(`Event ${at + 1} of`));
  await expect(current).toBeFocused();
  await expect(timeline(page).getByRole('list', { name: 'Events' }).locator('button[tabindex="0"]')).toHaveCount(1);
  // The terminal is no keyboard trap: Tab leaves it.
  await terminal(page).locator('.xterm textarea').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.xterm'))).toBe(false);
  const compose = page.getByRole('tab', { name: 'Compose' });
  await compose.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Mailboxes' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Mailboxes' })).toHaveAttribute('aria-selected', 'true');
});

test('a delivery in the inspector: envelope, headers with the host that added each, body', async ({ page }) => {
  await chooseScenario(page, /four-MTA journey/);
  await focusPage(page);
  await page.keyboard.press('End');
  await stepBackTo(page, /delivered to \/var\/mail\/bob/);
  const view = inspector(page);
  await expect(view.getByRole('region', { name: 'Envelope' })).toContainText('<bob@bob.example>');
  const returnPath = view.getByRole('region', { name: 'Headers' }).getByRole('row', { name: /Return-Path/ });
  await expect(returnPath).toContainText('mailhost.bob.example');
  const subject = view.getByRole('region', { name: 'Headers' }).getByRole('row', { name: /^Subject/ });
  await expect(subject).toContainText('user agent');
  await expect(view.getByRole('region', { name: 'Body' })).toContainText('Lunch on Friday?');
  await shot(page, 'inspector-delivery');
});

test('with reduced motion, packets do not travel: the link and hosts are highlighted', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await chooseScenario(page, /four-MTA journey/);
  await focusPage(page);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.topology .active-path')).toHaveCount(1);
  await expect(page.locator('.topology .packet')).toHaveCount(1);
  // No packet is moving now; CSS transitions (cut to 0.01 ms by reduced motion) may still be
  // finishing their one frame on a loaded machine, so those are waited out.
  const running = (packetsOnly: boolean) =>
    page.evaluate(
      (only) =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && (!only || ((a.effect as KeyframeEffect | null)?.target as Element | null)?.closest('.packet'))).length,
      packetsOnly,
    );
  expect(await running(true)).toBe(0);
  await expect.poll(() => running(false)).toBe(0);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
});

test('a saved session this build cannot replay keeps what it can and says what it dropped, not a blank page', async ({ page }) => {
  await page.evaluate(() =>
    localStorage.setItem('smtp-lab.simulator', JSON.stringify({ state: { scenarioId: 'helo-by-hand', acts: [{ at: 'x', input: null }], position: 5 }, version: 1 })),
  );
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText('simulator (acts)');
  await expect(timeline(page).locator('.position')).toHaveText(/^Event 5 of \d+/);
  await expect(page.getByLabel('Scenario').locator('option:checked')).toHaveText(/typed by hand/);
  await page.evaluate(() => localStorage.setItem('smtp-lab.simulator', JSON.stringify({ state: { scenarioId: 'no-such-scenario', position: 5 }, version: 1 })));
  await page.reload();
  await expect(timeline(page).locator('.position')).toHaveText(/^Event 0 of \d+/);
  await expect(page.getByLabel('Scenario').locator('option:checked')).toHaveText(/four-MTA journey/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await chooseScenario(page, /four-MTA journey/);
    await focusPage(page);
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await expect(await screen(page)).toContainText('alice@ws.alice.example');
    await shot(page, `overview-${colorScheme}`);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test("a mailbox copy shows only its own envelope: Bob's copy never names Carol, the Bcc", async ({ page }) => {
  await chooseScenario(page, /Envelope vs headers/);
  await focusPage(page);
  await page.keyboard.press('End');
  await openMailbox(page, '/var/mail/bob');
  const envelope = mailboxes(page).getByRole('region', { name: 'Envelope' });
  await expect(envelope).toContainText('Return-Path: <alice@alice.example>');
  await expect(envelope).toContainText('Delivered-To: <bob@bob.example>');
  await expect(envelope).not.toContainText('carol');
  await expect(envelope).toContainText('visible only on the wire');
  // A mailbox is listed once, on the host that delivers to it.
  await expect(page.getByRole('list', { name: /^\/var\/mail\/bob on / })).toHaveCount(1);
});

test('Mailboxes lists /var/mail/bob on the mailhost that delivers it, not on the MX that passes it on', async ({ page }) => {
  await chooseScenario(page, /four-MTA journey/);
  await focusPage(page);
  await page.keyboard.press('End');
  await page.getByRole('tab', { name: 'Mailboxes' }).click();
  await expect(page.getByRole('list', { name: '/var/mail/bob on mailhost.bob.example' })).toBeVisible();
  await expect(mailboxes(page).getByText('on mx1.bob.example')).toHaveCount(0);
});
