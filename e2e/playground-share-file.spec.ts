import { test, expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// An .eml picked in the MIME explorer, shared (issue 15 §1): the receiver
// reads the same file, byte for byte (8-bit and binary content included),
// under the same name, beside their own input; a file too big for any
// SMTP Lab to open is refused on the page, and nothing else is shared.

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/playground/mime');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'MIME message' })).toBeVisible();
});

const output = (page: Page) => page.getByRole('region', { name: 'Output', exact: true });
const tree = (page: Page) => page.getByRole('list', { name: 'MIME tree' });
const banner = (page: Page) => page.locator('.shared-banner');
const shareBox = (page: Page) => page.getByRole('group', { name: 'Share' });

/** Bytes a receiver could only get from the file itself: every value, the same on every run. */
function attachment(length: number): Buffer {
  let x = 2463534242;
  return Buffer.from(
    Array.from({ length }, (_, i) => {
      if (i < 256) return i;
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) & 0xff;
    }),
  );
}

/** Written in Latin-1: é, è, û and ÿ are one byte each, 0xE9 0xE8 0xFB 0xFF. */
const TEXT = 'Café crème brûlée, ÿ';

/** A message with an 8-bit UTF-8 Subject (RFC 6532), an 8-bit Latin-1 text part and a binary attachment, as base64. */
function message(data: Buffer): Buffer {
  const head = [
    'From: Alice <alice@alice.example>',
    'To: Bob <bob@bob.example>',
    'Subject: Menü for Friday',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=iso-8859-1',
    'Content-Transfer-Encoding: 8bit',
    '',
    '',
  ].join('\r\n');
  const tail = ['', '--b1', 'Content-Type: application/octet-stream; name="menu data.bin"', 'Content-Disposition: attachment; filename="menu data.bin"', 'Content-Transfer-Encoding: base64', '', ...(data.toString('base64').match(/.{1,76}/g) ?? []), '--b1--', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(TEXT, 'latin1'), Buffer.from(tail, 'utf8')]);
}

async function pick(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel('Open an .eml…').setInputFiles({ name, mimeType: 'message/rfc822', buffer: bytes });
  await expect(page.locator('.pg-loaded')).toContainText(name);
}

/** What a reader of the message sees: its name, its tree, its Subject, the Latin-1 text, the attachment's name and bytes. */
async function expectMessage(page: Page, name: string, data: Buffer) {
  await expect(page.locator('.pg-loaded')).toContainText(name);
  await expect(tree(page).getByRole('button')).toHaveCount(3);
  await expect(tree(page)).toContainText('multipart/mixed');
  await expect(tree(page)).toContainText('iso-8859-1');
  await expect(tree(page).getByRole('button', { name: /application\/octet-stream/ })).toContainText('menu data.bin');
  await expect(page.getByRole('table', { name: 'Headers' })).toContainText('Menü for Friday');
  await tree(page).getByRole('button', { name: /text\/plain/ }).click();
  // Read as Latin-1: the 8-bit bytes arrived as they were sent (through UTF-8 text each would have become U+FFFD).
  await expect(page.getByRole('region', { name: 'Part text' })).toHaveText(TEXT);
  await tree(page).getByRole('button', { name: /application\/octet-stream/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download “/ }).click()]);
  expect(download.suggestedFilename()).toBe('menu data.bin');
  expect(Buffer.compare(readFileSync((await download.path())!), data)).toBe(0);
}

async function fresh(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return context.newPage();
}

/** A receiver with a message of their own pasted in the MIME explorer. */
async function receiver(browser: Browser): Promise<Page> {
  const other = await fresh(browser);
  await other.goto('./#/playground/mime');
  await other.getByRole('button', { name: 'Clear', exact: true }).click();
  await other.getByLabel('Input', { exact: true }).fill('Subject: mine\n\nMy own message.\n');
  await expect(tree(other)).toContainText('text/plain');
  return other;
}

const savedMime = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('smtp-lab.playground') ?? '{}').state?.inputs?.mime?.text as string | undefined);

test('a picked .eml with 8-bit bytes and an attachment, shared as a link, opens in a fresh browser as the same file beside the receiver’s own', async ({ page, browser }) => {
  const data = attachment(300);
  const eml = message(data);
  // What the explorer held before the pick must not be what is shared.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.getByLabel('Input', { exact: true }).fill('Subject: typed before the pick\n\nnot this\n');
  await pick(page, 'friday 8bit.eml', eml);
  await expect(tree(page)).toContainText('menu data.bin');
  await expect(page).not.toHaveURL(/in=/);

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(shareBox(page).getByRole('status')).toHaveText('Link copied to the clipboard.');
  const link = await shareBox(page).getByLabel('Link').inputValue();
  expect(link.length).toBeLessThanOrEqual(2000);

  const other = await receiver(browser);
  await other.goto(link);
  await expect(other).toHaveURL(/#\/playground\/mime$/);
  await expect(banner(other)).toContainText('A shared MIME message input, shown beside your own, which is kept unchanged. Shown exactly as it was shared.');
  await expect(other.locator('.pg-loaded')).toContainText(`friday 8bit.eml · ${eml.length < 1024 ? `${eml.length} B` : `${(eml.length / 1024).toFixed(1)} KB`}`);
  await expect(tree(other)).toContainText('menu data.bin');
  await other.screenshot({ path: '/tmp/shots/playground-share-file-1280.png' });
  await expectMessage(other, 'friday 8bit.eml', data);
  expect(await savedMime(other)).toBe('Subject: mine\n\nMy own message.\n');

  // A reload of the tab keeps the shared file on screen.
  await other.reload();
  await expect(banner(other)).toContainText('A shared MIME message input');
  await expectMessage(other, 'friday 8bit.eml', data);

  await other.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(other.getByLabel('Input', { exact: true })).toHaveValue('Subject: mine\n\nMy own message.\n');
  await expect(other.locator('.pg-loaded')).toHaveCount(0);
  await other.context().close();
});

test('a picked .eml too long for a link downloads as .smtplab.json, which Open file in a fresh browser opens as the same file', async ({ page, browser }) => {
  const data = attachment(24_000);
  await pick(page, 'big friday.eml', message(data));
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(shareBox(page).getByRole('status')).toContainText('too long to paste');
  const [download] = await Promise.all([page.waitForEvent('download'), shareBox(page).getByRole('button', { name: 'Download .smtplab.json' }).click()]);
  const json = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(json).file.name).toBe('big friday.eml');

  const other = await receiver(browser);
  await other.getByLabel('Open file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(banner(other)).toContainText('A shared MIME message input');
  await other.setViewportSize({ width: 390, height: 844 });
  await expect(tree(other)).toContainText('menu data.bin');
  await other.screenshot({ path: '/tmp/shots/playground-share-file-390.png' });
  await expectMessage(other, 'big friday.eml', data);
  expect(await savedMime(other)).toBe('Subject: mine\n\nMy own message.\n');
  await other.context().close();
});

test('a picked .eml too big for any SMTP Lab to open is refused on the page, and nothing is shared', async ({ page }) => {
  await pick(page, 'archive.eml', message(attachment(3_200_000)));
  await expect(output(page)).toContainText('multipart/mixed', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(shareBox(page).getByRole('status')).toHaveText(/^Too big to share: written out, this would be 5\.\d MB, and SMTP Lab opens shared states of up to 4\.0 MB\. Nothing was shared\.$/);
  await expect(shareBox(page).getByLabel('Link')).toHaveCount(0);
  await expect(shareBox(page).getByRole('button', { name: 'Download .smtplab.json' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/shots/playground-share-too-big-1280.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots/playground-share-too-big-390.png' });
});
