import { test, expect, type Page } from '@playwright/test';

// From the MIME explorer to the Simulator: a message opened in the
// Playground is handed to Alice's user agent and travels to Bob's mailbox.
test.beforeEach(async ({ page }) => {
  await page.goto('./#/playground/mime');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'MIME message' })).toBeVisible();
});

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const mailboxes = (page: Page) => page.getByRole('tabpanel', { name: 'Mailboxes' });

/** Sends what the explorer shows, lands on the Simulator and plays at full speed to the last event. */
async function sendAndPlay(page: Page) {
  await page.getByRole('button', { name: 'Send through the simulator' }).click();
  await expect(page).toHaveURL(/#\/simulator$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
  await timeline(page).getByLabel('Speed').selectOption('max');
  await expect(timeline(page).getByRole('button', { name: 'Step forward' })).toBeDisabled({ timeout: 20_000 });
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('tab', { name: 'Mailboxes' }).click();
}

async function openMessage(page: Page, path: string, subject: string) {
  const box = page.getByRole('list', { name: new RegExp(`^${path} on `) });
  await box.getByRole('button', { name: new RegExp(subject) }).click();
}

test('a sample sent through the simulator arrives in /var/mail/bob', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Samples' }).getByRole('button', { name: 'Text with a PDF attachment' }).click();
  await expect(page.getByRole('region', { name: 'Output', exact: true })).toContainText('multipart/mixed');
  await sendAndPlay(page);
  await openMessage(page, '/var/mail/bob', "Minutes of Monday's meeting");
  await expect(mailboxes(page).getByRole('region', { name: 'Headers' })).toContainText("Minutes of Monday's meeting");
  await expect(mailboxes(page).getByRole('region', { name: 'Envelope' })).toContainText('Return-Path: <alice@alice.example>');
  await expect(mailboxes(page).getByRole('region', { name: 'Envelope' })).toContainText('Delivered-To: <bob@bob.example>');
  await page.screenshot({ path: '/tmp/shots/playground-send-mailbox.png', fullPage: true });
});

test('a pasted message with a Bcc: the Bcc recipient is in the envelope, not in the delivered headers', async ({ page }) => {
  // The explorer opens on a sample: clear it to paste.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.getByLabel('Input', { exact: true }).fill(
    [
      'From: Alice <alice@alice.example>',
      'To: Bob <bob@bob.example>',
      'Bcc: carol@bob.example',
      'Subject: Quiet copy',
      'Message-ID: <quiet-copy@ws.alice.example>',
      '',
      'Carol is copied without Bob knowing.',
      '',
    ].join('\n'),
  );
  await expect(page.getByRole('region', { name: 'Output', exact: true })).toContainText('text/plain');
  await sendAndPlay(page);
  await openMessage(page, '/var/mail/carol', 'Quiet copy');
  await expect(mailboxes(page).getByRole('region', { name: 'Envelope' })).toContainText('Delivered-To: <carol@bob.example>');
  const headers = mailboxes(page).getByRole('region', { name: 'Headers' });
  await expect(headers).toContainText('Quiet copy');
  await expect(headers.getByRole('rowheader', { name: /^bcc$/i })).toHaveCount(0);
  // Her own copy names her only where local delivery wrote it (X-Original-To, Delivered-To), never in a header of the sender's.
  const naming = headers.getByRole('row').filter({ hasText: 'carol@bob.example' });
  await expect(naming.getByRole('rowheader')).toHaveText([/^X-Original-To$/i, /^Delivered-To$/i]);
  await expect(mailboxes(page).getByRole('region', { name: 'Body' })).toContainText('Carol is copied without Bob knowing.');
});

test('escape sequences in a delivered message are shown in the terminal, not obeyed', async ({ page }) => {
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.getByLabel('Input', { exact: true }).fill(
    [
      'From: Alice <alice@alice.example>',
      'To: Bob <bob@bob.example>',
      'Subject: Escapes',
      '',
      'red:\x1b[31mRED\x1b[0m link:\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07 ask:\x1b[6n',
      '',
    ].join('\n'),
  );
  await expect(page.getByRole('region', { name: 'Output', exact: true })).toContainText('text/plain');
  await sendAndPlay(page);
  await page.getByRole('button', { name: 'mailhost.bob.example', exact: true }).click();
  const terminal = page.getByRole('region', { name: 'Terminal' });
  await terminal.locator('.xterm').click();
  await page.keyboard.type('cat /var/mail/bob');
  await page.keyboard.press('Enter');
  await terminal.scrollIntoViewIfNeeded();
  await expect(terminal.locator('.xterm-rows')).toContainText('red:␛[31mRED␛[0m link:␛]8;;https://evil.example/␇click␛]8;;␇ ask:␛[6n');
  // Had the terminal obeyed ESC [ 6 n, its answer would have been typed at the shell.
  await expect(terminal.locator('.xterm-rows')).not.toContainText('command not found');
});
