// What real and hostile mail showed the Playground got wrong, as a person
// meets it: the charset Auto picks, a header block of 100,000 lines, a file
// name with a right-to-left override, and a base64-encoded message/rfc822.
import { test, expect, type Page } from '@playwright/test';

const input = (page: Page) => page.getByLabel('Input', { exact: true });
const output = (page: Page) => page.getByRole('region', { name: 'Output', exact: true });
const tree = (page: Page) => page.getByRole('list', { name: 'MIME tree' });

async function pasteMessage(page: Page, message: string) {
  await page.goto('./#/playground/mime');
  // A first visit opens a sample: clear it to paste.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await input(page).fill(message);
}

test('quoted-printable reads with Auto: caf=C3=A9 as UTF-8, the seed’s =E9 as Windows-1252, the other reading a click away', async ({ page }) => {
  await page.goto('./#/playground/quoted-printable');
  await expect(page.getByLabel('Charset')).toHaveValue('auto');
  await expect(output(page)).toHaveText('Café crème brûlée');
  await expect(page.getByText('Auto: read as Windows-1252')).toBeVisible();

  await input(page).fill('caf=C3=A9 au lait');
  await expect(output(page)).toHaveText('café au lait');
  await expect(page.getByText('Auto: read as UTF-8 (the bytes are valid UTF-8)')).toBeVisible();
  await page.getByText('Read as Windows-1252').click();
  await expect(page.locator('.pg-other-reading pre')).toHaveText('cafÃ© au lait');
  await page.getByRole('button', { name: 'Use Windows-1252' }).click();
  await expect(page.getByLabel('Charset')).toHaveValue('windows-1252');
  await expect(output(page)).toHaveText('cafÃ© au lait');
});

test('base64 reads with Auto too', async ({ page }) => {
  await page.goto('./#/playground/base64');
  await input(page).fill('Y2Fmw6kgYXUgbGFpdA==');
  await expect(output(page)).toHaveText('café au lait');
  await expect(page.getByText('Auto: read as UTF-8')).toBeVisible();
});

test('a header block of 100,000 lines opens at once, draws only what is in view, and scrolls to the last field', async ({ page }) => {
  // Short fields, so that 100,000 of them stay under the 1 MiB header block limit; near the end, every tenth wraps over lines.
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) lines.push(`X${i.toString(36)}: ${i >= 99_000 && i % 10 === 0 ? 'a long value that wraps '.repeat(6) : i % 10}`);
  const message = `${lines.join('\r\n')}\r\nX-Last-Field: the very end\r\n\r\nbody\r\n`;
  await page.goto('./#/playground/mime');
  await page.getByLabel('Open an .eml…').setInputFiles({ name: 'many-headers.eml', mimeType: 'message/rfc822', buffer: Buffer.from(message) });
  const table = page.getByRole('region', { name: 'Headers, 100,001 fields' });
  await expect(table).toBeVisible({ timeout: 20_000 });
  await expect(table.getByRole('rowheader', { name: 'X0', exact: true })).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeLessThan(200);
  // Scrolled as a person would: the wheel over the table, until the end.
  await table.hover();
  const last = table.getByRole('rowheader', { name: 'X-Last-Field' });
  for (let i = 0; i < 200 && !(await last.isVisible()); i++) {
    await table.evaluate((box) => box.scrollBy(0, box.scrollHeight));
    await page.mouse.wheel(0, 2000);
  }
  await expect(last).toBeVisible();
  await expect(table.getByRole('row', { name: /X-Last-Field the very end/ })).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeLessThan(200);
  // Back up through rows never drawn, counted at a one-line height until they are: what is in view moves with the scroll, without a jump.
  const middleRow = () =>
    table.evaluate((box) => {
      const r = box.getBoundingClientRect();
      const row = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)!.closest('tr')!;
      return { index: row.dataset.index!, y: row.getBoundingClientRect().top };
    });
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (let i = 0; i < 5; i++) {
    const before = await middleRow();
    await table.evaluate((box) => box.scrollBy(0, -100));
    // The rows drawn anew, measured and made up for (a frame after they are drawn): read once nothing moves between frames.
    const row = table.locator(`tr[data-index="${before.index}"]`);
    let y = Number.NaN;
    for (let k = 0; k < 20; k++) {
      await frames();
      const now = await row.evaluate((r) => r.getBoundingClientRect().top);
      if (now === y) break;
      y = now;
    }
    expect(Math.abs(y - before.y - 100)).toBeLessThan(3);
  }
});

test('a file name with a right-to-left override is shown with the override visible, and saves without it', async ({ page }) => {
  const message = [
    'From: a@example.com',
    'Subject: invoice',
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
  await pasteMessage(page, message);
  const node = tree(page).getByRole('button', { name: /application\/octet-stream/ });
  await expect(node).toContainText('invoice⟨U+202E RLO⟩fdp.exe');
  await node.click();
  const save = page.getByRole('button', { name: 'Download “invoicefdp.exe”' });
  await expect(save).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toBe('invoicefdp.exe');
});

test('a base64-encoded message/rfc822 is decoded and its message shown in the tree, with the error kept', async ({ page }) => {
  const inner = 'From: b@example.com\r\nSubject: the forwarded one\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, ça va ?\r\n';
  const encoded = Buffer.from(inner).toString('base64');
  const message = [
    'From: a@example.com',
    'Subject: Fwd',
    'Content-Type: multipart/mixed; boundary=o',
    '',
    '--o',
    'Content-Type: text/plain',
    '',
    'Forwarded below.',
    '--o',
    'Content-Type: message/rfc822',
    'Content-Transfer-Encoding: base64',
    '',
    encoded,
    '--o--',
    '',
  ].join('\r\n');
  await pasteMessage(page, message);
  await expect(page.getByRole('region', { name: 'Errors' })).toContainText('message/rfc822 must not be base64-encoded');
  const child = tree(page).getByRole('button', { name: /part 2\.1/ });
  await expect(child).toContainText('text/plain');
  await child.click();
  await expect(page.getByRole('table').getByRole('cell', { name: 'the forwarded one' }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Part text' })).toHaveText('Bonjour, ça va ?\r\n');
  await expect(page.getByRole('region', { name: 'Raw source', exact: true })).toContainText('Subject: the forwarded one');
});

test('a long run of one bad character is one line in the error list, with its count and range', async ({ page }) => {
  await page.goto('./#/playground/base64');
  await input(page).fill('Q!'.repeat(100_000));
  const errors = page.getByRole('region', { name: 'Errors' });
  await expect(errors.getByRole('heading')).toHaveText('100,000 problems a strict decoder would reject', { timeout: 15_000 });
  await expect(errors.getByRole('listitem')).toHaveCount(1);
  await expect(errors.getByRole('listitem')).toHaveText("at 1–199999 '!' is not in the base64 alphabet (RFC 4648 §4) ×100,000");
});
