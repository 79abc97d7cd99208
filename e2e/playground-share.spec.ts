import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { share } from './support/share';

// A Playground explorer shared (issue 15 §1): its link opens beside the
// person's own input, which stays saved until they edit the shared one, and
// `Keep my own work` brings it back; a link too long is a .smtplab.json that
// the Playground's own Open file and drop open the same way, while an .eml
// still goes to the MIME explorer.

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/playground');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
});

const input = (page: Page) => page.getByLabel('Input', { exact: true });
const output = (page: Page) => page.getByRole('region', { name: 'Output', exact: true });
const banner = (page: Page) => page.locator('.shared-banner');
/** What the Playground saved: the person's own inputs (localStorage is written on each change). */
const savedText = (page: Page, explorer: string) =>
  page.evaluate((id) => JSON.parse(localStorage.getItem('smtp-lab.playground') ?? '{}').state?.inputs?.[id]?.text as string | undefined, explorer);

async function fresh(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return context.newPage();
}

/** A teacher's Base64 explorer, encoding a line of their own, as a link. */
async function teachersLink(browser: Browser): Promise<string> {
  const teacher = await fresh(browser);
  await teacher.goto('./#/playground/base64');
  await teacher.getByText('Encode', { exact: true }).click();
  await input(teacher).fill('From the teacher: café');
  await expect(output(teacher)).toContainText('RnJvbSB0aGUgdGVhY2hlcjog');
  const link = await share(teacher);
  await teacher.context().close();
  return link;
}

/** The student's own Base64 input, typed key by key. */
async function typeOwn(page: Page, text: string) {
  await page.goto('./#/playground/base64');
  await input(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await expect(output(page)).toContainText('My own');
  await expect.poll(() => savedText(page, 'base64')).toBe(text);
}

test('a Playground link opened in the same page is shown beside one’s own input, which stays saved (a reload too), and Keep my own work brings it back', async ({ page, browser }) => {
  const link = await teachersLink(browser);
  await typeOwn(page, 'TXkgb3duIHdvcms=');

  await page.goto(link);
  await expect(page).toHaveURL(/#\/playground\/base64/);
  await expect(input(page)).toHaveValue('From the teacher: café');
  await expect(page.getByRole('radio', { name: 'Encode' })).toBeChecked();
  await expect(banner(page)).toHaveRole('status');
  await expect(banner(page)).toContainText('A shared Base64 input, shown beside your own, which is kept unchanged. Shown exactly as it was shared.');
  expect(await savedText(page, 'base64')).toBe('TXkgb3duIHdvcms=');
  const serious = (await new AxeBuilder({ page }).include('.shared-banner').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);

  // A reload while visiting keeps the visit (as the Simulator's link does), and still not the saved input.
  await page.reload();
  await expect(input(page)).toHaveValue('From the teacher: café');
  await expect(banner(page)).toContainText('A shared Base64 input');
  expect(await savedText(page, 'base64')).toBe('TXkgb3duIHdvcms=');

  await page.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(input(page)).toHaveValue('TXkgb3duIHdvcms=');
  await expect(page.getByRole('radio', { name: 'Decode' })).toBeChecked();
  await expect(output(page)).toContainText('My own work');
  await expect(banner(page)).toHaveCount(0);
  await page.reload();
  await expect(input(page)).toHaveValue('TXkgb3duIHdvcms=');
  await expect(banner(page)).toHaveCount(0);
});

test('editing a shared input makes it one’s own, saved, and Back to my earlier input goes back', async ({ page, browser }) => {
  const link = await teachersLink(browser);
  await typeOwn(page, 'TXkgb3duIHdvcms=');
  await page.goto(link);
  await expect(input(page)).toHaveValue('From the teacher: café');
  await expect(banner(page)).toContainText('Editing it makes it yours');

  await input(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await expect(banner(page)).toContainText('You edited the shared Base64 input, so it is yours now and saved, in place of your earlier input.');
  await expect.poll(() => savedText(page, 'base64')).toBe('From the teacher: café!');

  await page.getByRole('button', { name: 'Back to my earlier input' }).click();
  await expect(input(page)).toHaveValue('TXkgb3duIHdvcms=');
  await expect.poll(() => savedText(page, 'base64')).toBe('TXkgb3duIHdvcms=');
  await expect(banner(page)).toHaveCount(0);
});

/** Pseudo-random base64 text (it compresses little), the same on every run. */
function noise(length: number): string {
  let x = 2463534242;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return alphabet[(x >>> 0) % 64];
  }).join('');
}

/** A message too long for a link: a pasted .eml with an attachment of a few kilobytes. */
const LONG_MESSAGE = [
  'From: Alice <alice@alice.example>',
  'To: Bob <bob@bob.example>',
  'Subject: The minutes, with the data',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'The café agreed; the data is attached.',
  '--b1',
  'Content-Type: application/octet-stream; name="data.bin"',
  'Content-Transfer-Encoding: base64',
  '',
  ...(noise(3040).match(/.{1,76}/g) ?? []),
  '--b1--',
  '',
].join('\n');

test('a MIME message too long for a link downloads as .smtplab.json, and Open file on the Playground of a fresh browser opens it as the link would', async ({ page, browser }) => {
  await page.goto('./#/playground/mime');
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await input(page).fill(LONG_MESSAGE);
  await expect(output(page)).toContainText('multipart/mixed');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const box = page.getByRole('group', { name: 'Share' });
  await expect(box.getByRole('status')).toContainText('too long to paste');
  const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Download .smtplab.json' }).click()]);
  expect(download.suggestedFilename()).toBe('smtp-lab-mime.smtplab.json');
  const json = readFileSync((await download.path())!, 'utf8');

  // Picked with Open file on the Playground's overview, in a browser with its own MIME input.
  const other = await fresh(browser);
  await other.goto('./#/playground/mime');
  await other.getByRole('button', { name: 'Clear', exact: true }).click();
  await input(other).fill('Subject: mine\n\nMy own message.\n');
  await other.getByRole('link', { name: 'Overview' }).click();
  await other.getByLabel('Open file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(other).toHaveURL(/#\/playground\/mime/);
  await expect(other.getByRole('heading', { level: 1, name: 'MIME message' })).toBeVisible();
  await expect(input(other)).toHaveValue(LONG_MESSAGE);
  await expect(output(other)).toContainText('multipart/mixed');
  await expect(banner(other)).toContainText('A shared MIME message input');
  await expect.poll(() => savedText(other, 'mime')).toBe('Subject: mine\n\nMy own message.\n');
  await other.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(input(other)).toHaveValue('Subject: mine\n\nMy own message.\n');
  await other.context().close();
});

/** Drops a file on `selector` as a person's drag from the desktop does. */
async function drop(page: Page, selector: string, name: string, text: string, type: string) {
  const data = await page.evaluateHandle(([n, t, y]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: y }));
    return dt;
  }, [name, text, type] as const);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: data });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: data });
}

/** A link's state as the file Download .smtplab.json gives: the JSON inside the link. */
function fileOf(link: string): string {
  const payload = link.slice(link.indexOf('#/s/1.') + 6).split('~')[0]!;
  return inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8');
}

test('on the Playground a dropped .smtplab.json opens the state, even on the MIME explorer’s zone, and an .eml is read in the MIME explorer wherever it is dropped', async ({ page, browser }) => {
  const json = fileOf(await teachersLink(browser));
  const eml = 'From: Carol <carol@bob.example>\nTo: Bob <bob@bob.example>\nSubject: Dropped\n\nHello from a drop.\n';

  // On the MIME explorer's own zone, an .eml is the explorer's, as before.
  await page.goto('./#/playground/mime');
  await drop(page, '.pg-drop', 'zone.eml', eml, 'message/rfc822');
  await expect(page.locator('.pg-loaded')).toContainText('zone.eml');
  await expect(output(page)).toContainText('text/plain');
  await expect(banner(page)).toHaveCount(0);

  // A shared state dropped there is not a message: it opens, beside the own Base64 input.
  await drop(page, '.pg-drop', 'smtp-lab-base64.smtplab.json', json, 'application/json');
  await expect(page).toHaveURL(/#\/playground\/base64/);
  await expect(input(page)).toHaveValue('From the teacher: café');
  await expect(banner(page)).toContainText('A shared Base64 input');
  await page.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(input(page)).toHaveValue('VXNlcm5hbWU6');

  // An .eml dropped anywhere else on the Playground (the Base64 explorer here) is read in the MIME explorer.
  await drop(page, '.pg', 'page.eml', eml, 'message/rfc822');
  await expect(page).toHaveURL(/#\/playground\/mime/);
  await expect(page.locator('.pg-loaded')).toContainText('page.eml');

  // A file that is not a state: said on the page, and nothing changes.
  await drop(page, '.pg', 'notes.smtplab.json', '{"v":1,"kind":"playground"', 'application/json');
  await expect(page.getByRole('alert')).toContainText('This link or file could not be opened.');
  await expect(page.locator('.pg-loaded')).toContainText('page.eml');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
