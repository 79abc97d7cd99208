import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const input = (page: Page) => page.getByLabel('Input', { exact: true });
const output = (page: Page) => page.getByRole('region', { name: 'Output', exact: true });
const steps = (page: Page) => page.locator('.pg-steps li');

test('the overview links to every explorer at its own URL', async ({ page }) => {
  await page.goto('./#/playground');
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  const explorers = page.getByRole('navigation', { name: 'Explorers' });
  for (const [name, path] of [
    ['Base64', 'base64'],
    ['Quoted-printable', 'quoted-printable'],
    ['Encoded-words', 'encoded-words'],
    ['MIME message', 'mime'],
    ['Received headers', 'received'],
  ]) {
    await explorers.getByRole('link', { name: name!, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/playground/${path}`));
    await expect(page.getByRole('heading', { level: 1, name: name! })).toBeVisible();
  }
});

test('base64: VXNlcm5hbWU6 decodes to Username: in three steps, and a hovered step lights both sides', async ({ page }) => {
  await page.goto('./#/playground/base64');
  await input(page).fill('VXNlcm5hbWU6');
  await expect(page.getByRole('radio', { name: 'Decode' })).toBeChecked();
  await expect(output(page)).toHaveText('Username:');
  await expect(steps(page)).toHaveCount(3);
  await steps(page).first().hover();
  await expect(page.getByTestId('base64-input-input-marks').locator('mark.hl-step')).toHaveText('VXNl');
  await expect(output(page).locator('mark.hl-step')).toHaveText('Use');
  await page.mouse.move(0, 0);
  await steps(page).nth(2).focus();
  await expect(output(page).locator('mark.hl-step')).toHaveText('me:');
});

test('quoted-printable: the seed’s =E9 is é in Latin-1', async ({ page }) => {
  await page.goto('./#/playground/quoted-printable');
  await page.getByLabel('Charset').selectOption('iso-8859-1');
  await input(page).fill('Caf=E9');
  await expect(output(page)).toHaveText('Café');
  const escape = steps(page).filter({ hasText: '=E9' });
  await expect(escape).toHaveCount(1);
  await escape.hover();
  await expect(output(page).locator('mark.hl-step')).toHaveText('é');
});

test('encoded-words: =?UTF-8?B?Q2Fmw6k=?= is Café, and encoding gives a word back', async ({ page }) => {
  await page.goto('./#/playground/encoded-words');
  await input(page).fill('Subject: =?UTF-8?B?Q2Fmw6k=?=');
  await expect(output(page)).toHaveText('Subject: Café');
  await expect(steps(page).filter({ hasText: 'Q2Fmw6k' })).not.toHaveCount(0);
  await page.getByRole('radio', { name: 'Encode' }).check();
  await input(page).fill('Café');
  await expect(output(page)).toHaveText(/^=\?UTF-8\?Q\?Caf=C3=A9\?=$/i);
});

test('errors are shown at their position, and the lenient result is still there', async ({ page }) => {
  await page.goto('./#/playground/base64');
  await input(page).fill('VXNl*cm5h');
  const errors = page.getByRole('region', { name: 'Errors' });
  await expect(errors).toContainText('at 4');
  await expect(page.getByTestId('base64-input-input-marks').locator('mark.hl-error')).toHaveText('*');
  await expect(output(page)).toHaveText('Userna');
});

test('selecting text on one side highlights where it came from on the other', async ({ page }) => {
  await page.goto('./#/playground/base64');
  await input(page).fill('VXNlcm5hbWU6');
  await input(page).focus();
  await input(page).press('Home');
  for (let i = 0; i < 4; i++) await input(page).press('ArrowRight');
  await input(page).press('Shift+ArrowRight');
  await input(page).press('Shift+ArrowRight');
  await expect(output(page).locator('mark.hl-linked')).toHaveText('rna');
  await input(page).blur();
  await output(page).evaluate((el) => {
    const text = el.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 2);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await expect(page.getByTestId('base64-input-input-marks').locator('mark.hl-linked')).toHaveText('VXNl');
});

test('a binary file encodes, decodes back and downloads with the same bytes', async ({ page }) => {
  const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256));
  await page.goto('./#/playground/base64');
  await page.getByRole('radio', { name: 'Encode' }).check();
  await page.getByLabel('Encode a file…').setInputFiles({ name: 'blob.bin', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(output(page)).toContainText(bytes.toString('base64').slice(0, 76));
  const encoded = (await output(page).textContent()) ?? '';
  expect(encoded.replace(/\s/g, '')).toBe(bytes.toString('base64'));
  await page.getByRole('radio', { name: 'Decode' }).check();
  await input(page).fill(encoded);
  await expect(page.getByText('bytes (hex)')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const saved = readFileSync((await download.path())!);
  expect(Buffer.compare(saved, bytes)).toBe(0);
});

test('what you typed survives a reload, and a shared link reproduces the view', async ({ page, context }) => {
  await page.goto('./#/playground/quoted-printable');
  await input(page).fill('cr=E8me br=FBl=E9e');
  await expect(page).toHaveURL(/in=cr%3DE8me/);
  const link = page.url();
  // The page's own address, reloaded: no shared input to announce.
  await page.reload();
  await expect(input(page)).toHaveValue('cr=E8me br=FBl=E9e');
  await expect(page.locator('.shared-banner')).toHaveCount(0);
  const other = await context.browser()!.newContext();
  const fresh = await other.newPage();
  // In another browser the link's input is shown beside that browser's own (the seed), which stays saved.
  await fresh.goto(link.replace(/cs=[^&]*/, 'cs=iso-8859-1'));
  await expect(input(fresh)).toHaveValue('cr=E8me br=FBl=E9e');
  await expect(output(fresh)).toHaveText('crème brûlée');
  await expect(fresh.locator('.shared-banner')).toContainText('A shared Quoted-printable input, shown beside your own');
  await fresh.goto('./#/playground/base64?in=QUJD&dir=encode&cs=utf-8');
  await expect(fresh.getByRole('radio', { name: 'Encode' })).toBeChecked();
  await expect(output(fresh)).toHaveText('UVVKRA==');
  await expect(fresh.locator('.shared-banner')).toContainText('A shared Base64 input, shown beside your own');
  await other.close();
});

const samples = JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as { file: string; title: string }[];

test('every sample opens in one click and its MIME tree can be walked part by part', async ({ page }) => {
  await page.goto('./#/playground/mime');
  const list = page.getByRole('navigation', { name: 'Samples' });
  for (const s of samples) {
    await list.getByRole('button', { name: s.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`sample=${s.file.replace('.', '\\.')}`));
    const nodes = page.getByRole('list', { name: 'MIME tree' }).getByRole('button');
    await expect(nodes.first()).toBeVisible();
    const count = await nodes.count();
    for (let i = 0; i < count; i++) {
      await nodes.nth(i).click();
      await expect(nodes.nth(i)).toHaveAttribute('aria-current', 'true');
      await expect(page.getByRole('region', { name: 'Raw source' }).locator('mark.hl-headers, mark.hl-body').first()).toBeAttached();
    }
  }
});

test('HTML parts render only inside a sandbox with a strict CSP; attachments download', async ({ page }) => {
  await page.goto('./#/playground/mime?sample=alternative-html.eml');
  await page.getByRole('button', { name: /^text\/html/ }).click();
  const frame = page.locator('iframe.pg-html');
  await expect(frame).toHaveAttribute('sandbox', '');
  expect(await frame.getAttribute('srcdoc')).toMatch(/^<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">/);
  await page.goto('./#/playground/mime?sample=multipart-mixed-attachment.eml');
  await page.getByRole('button', { name: /application\/pdf/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download “/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the builder shows the .eml and why each part got its transfer encoding', async ({ page }) => {
  await page.goto('./#/playground/mime');
  await page.getByRole('radio', { name: 'Encode' }).check();
  await page.getByLabel('Subject').fill('Café at noon?');
  await expect(output(page)).toContainText('Subject: =?');
  await page.getByLabel('Attach a file…').setInputFiles({ name: 'menu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 \x00\x01\x02') });
  await expect(output(page)).toContainText('multipart/mixed');
  const table = page.getByRole('table', { name: /Transfer encoding/ });
  await expect(table).toContainText('base64');
  await expect(table).toContainText('quoted-printable');
});

test('received headers: the route first hop first, with delays and clock skew', async ({ page }) => {
  await page.goto('./#/playground/received');
  await page.getByRole('button', { name: 'Load an example' }).click();
  const hops = output(page).locator('li.pg-hop');
  await expect(hops).toHaveCount(4);
  await expect(hops.first()).toContainText('by mail.alice.example');
  await expect(output(page)).toContainText('clock skew');
  await hops.nth(1).hover();
  await expect(page.getByTestId('received-input-input-marks').locator('mark.hl-step')).toContainText('by relay.alice.example');
});

test('received headers, Encode: write a relay’s stamp and prepend it as the relay would', async ({ page }) => {
  await page.goto('./#/playground/received');
  await page.getByRole('radio', { name: 'Encode' }).check();
  await page.getByLabel('By').fill('relay.carol.example');
  await expect(output(page)).toContainText('Received: from mail.alice.example (mail.alice.example [192.0.2.10]) by relay.carol.example with ESMTPS id 4C1D9B20 for <bob@bob.example>; ');
  await page.getByRole('button', { name: /Prepend/ }).click();
  await expect(page.getByRole('radio', { name: 'Decode' })).toBeChecked();
  await expect(output(page).locator('li.pg-hop').last()).toContainText('by relay.carol.example');
});

test('a large input is decoded in the worker, with the steps summarised', async ({ page }) => {
  await page.goto('./#/playground/base64');
  const big = 'QUJD'.repeat(100_000);
  await input(page).fill(big);
  await expect(output(page)).toContainText('ABCABCABC');
  await expect(page.locator('.pg-steps h2')).toContainText('100,000');
  await expect(page.locator('.pg-steps li')).toHaveCount(400);
  await expect(page).not.toHaveURL(/in=/);
});

test('encoded text opens from a file', async ({ page }) => {
  await page.goto('./#/playground/base64');
  await page.getByLabel('Open encoded text…').setInputFiles({ name: 'prompt.b64', mimeType: 'text/plain', buffer: Buffer.from('UGFzc3dvcmQ6\r\n') });
  await expect(input(page)).toHaveValue(/^UGFzc3dvcmQ6/);
  await expect(output(page)).toHaveText('Password:');
});
