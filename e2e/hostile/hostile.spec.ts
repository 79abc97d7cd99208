// Message content is data (DESIGN.md, Safety). Each hostile message is opened
// in the MIME explorer and every part of it selected; nothing from it may
// run, ask for anything over the network, open a dialog or freeze the tab.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HERE = import.meta.dirname;

type Case = { name: string; file: (dir: string) => string };

const committed = (name: string): Case => ({ name, file: () => join(HERE, name) });

const generated = (name: string, make: () => string | Buffer): Case => ({
  name,
  file: (dir) => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    writeFileSync(path, make());
    return path;
  },
});

/** A hundred multiparts, each inside the last (the parser stops dividing at its depth limit). */
function nested(levels: number): string {
  let body = 'Content-Type: text/html\r\n\r\n<script>window.__pwned="deep";alert("deep")</script>\r\n';
  for (let i = levels; i > 0; i--) {
    body = `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n${body}--n${i}--\r\n`;
  }
  return `From: deep@evil.example\r\nSubject: ${levels} levels\r\nMIME-Version: 1.0\r\n${body}`;
}

function hugeHeaders(): string {
  const long = `X-Huge: ${'<img src=x onerror=alert(1)> '.repeat(80_000)}\r\n`;
  const many = Array.from({ length: 5000 }, (_, i) => `X-Many-${i}: <script>alert(${i})</script>\r\n`).join('');
  return `From: big@evil.example\r\nSubject: huge headers\r\n${long}${many}\r\nbody\r\n`;
}

function fiftyMegabyteLine(): Buffer {
  const head = 'From: big@evil.example\r\nSubject: one 50 MB base64 line\r\nMIME-Version: 1.0\r\nContent-Type: application/octet-stream; name="big.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n';
  const line = Buffer.alloc(50 * 1024 * 1024, 'QUJD');
  return Buffer.concat([Buffer.from(head), line, Buffer.from('\r\n')]);
}

const CASES: Case[] = [
  committed('html-scripts.eml'),
  committed('markup-names.eml'),
  generated('nested-100.eml', () => nested(100)),
  generated('huge-headers.eml', hugeHeaders),
];

/**
 * Records every request for another origin from any frame. Chromium reports
 * CSS images that the CSP refused as requests that then fail with "csp":
 * those never left the page and are struck off.
 */
async function watch(page: Page, origin: string) {
  const requested = new Set<string>();
  const dialogs: string[] = [];
  const seen = {
    dialogs,
    last: Date.now(),
    get offsite() {
      return [...requested];
    },
  };
  const offsite = (url: string) => !url.startsWith(origin) && !/^(blob|data|about):/.test(url);
  page.on('request', (r) => {
    seen.last = Date.now();
    if (offsite(r.url())) requested.add(r.url());
  });
  page.on('requestfailed', (r) => {
    seen.last = Date.now();
    if (r.failure()?.errorText === 'csp') requested.delete(r.url());
  });
  page.on('requestfinished', () => {
    seen.last = Date.now();
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

type Seen = Awaited<ReturnType<typeof watch>>;

/**
 * Waits until no request has started or ended for half a second (at most
 * five): Playwright's own 'networkidle' can wait for ever on a page that
 * keeps trying.
 */
async function quiet(seen: Seen) {
  const deadline = Date.now() + 5000;
  while (Date.now() - seen.last < 500 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

async function open(page: Page, path: string) {
  await page.goto('./#/playground/mime');
  await page.getByLabel('Open an .eml…').setInputFiles(path);
  await expect(page.getByRole('list', { name: 'MIME tree' })).toBeVisible({ timeout: 20_000 });
}

/**
 * Selects every part in turn; each HTML part's frame is checked (sandboxed,
 * the CSP first), loaded and the network left quiet before the next.
 * Returns how many HTML frames it checked.
 */
async function walk(page: Page, seen: Seen): Promise<number> {
  const nodes = page.getByRole('list', { name: 'MIME tree' }).getByRole('button');
  const count = Math.min(await nodes.count(), 60);
  let frames = 0;
  for (let i = 0; i < count; i++) {
    await nodes.nth(i).click();
    await expect(nodes.nth(i)).toHaveAttribute('aria-current', 'true');
    // The preview renders in the same commit as the selection.
    if ((await page.locator('iframe.pg-html').count()) === 0) continue;
    frames++;
    await expectSandboxed(page.locator('iframe.pg-html'));
    const frame = (await (await page.locator('iframe.pg-html').elementHandle())!.contentFrame())!;
    await expect.poll(() => frame.url()).toBe('about:srcdoc');
    await frame.waitForLoadState('load');
    // Background images, media and fonts may be asked for after the load event.
    seen.last = Date.now();
    await quiet(seen);
  }
  return frames;
}

async function expectSandboxed(frame: Locator) {
  await expect(frame).toHaveAttribute('sandbox', '');
  expect(await frame.getAttribute('srcdoc')).toMatch(/^<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
}

async function assertSafe(page: Page, seen: Seen, origin: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.offsite).toEqual([]);
  for (const frame of page.frames()) {
    // Chromium puts its error page in place of a frame the CSP refused to
    // load (the message's own <iframe src=…>); no request left, as checked above.
    const allowed = frame.parentFrame()?.url() === 'about:srcdoc' ? /^(about:|chrome-error:)/ : new RegExp(`^(${origin}|about:)`);
    expect(frame.url(), 'a frame navigated away').toMatch(allowed);
  }
  expect(new URL(page.url()).origin).toBe(origin);
}

for (const c of CASES) {
  test(`hostile: ${c.name} runs nothing, fetches nothing, opens no dialog`, async ({ page, baseURL }, info) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL!).origin;
    const seen = await watch(page, origin);
    await open(page, c.file(info.outputDir));
    const frames = await walk(page, seen);
    // The message of scripts must have had its HTML checked, or this test proves nothing about it.
    if (c.name === 'html-scripts.eml') expect(frames).toBeGreaterThan(0);
    // Whatever frame is left on the page is sandboxed with the CSP first too.
    for (const frame of await page.locator('iframe').all()) await expectSandboxed(frame);
    await assertSafe(page, seen, origin);
  });
}

test('hostile: decoded names and subjects are shown as text, never as markup', async ({ page }) => {
  await open(page, join(HERE, 'markup-names.eml'));
  await expect(page.getByRole('table', { name: 'Headers' })).toContainText('<script>window.__pwned="subject";alert("subject")</script>');
  await expect(page.getByRole('button', { name: /<img src=x onerror=alert.*>\.html/ })).toBeVisible();
  expect(await page.locator('.pg script, .pg img[onerror], .pg svg[onload]').count()).toBe(0);
  // An SVG is drawn from a data: URL, not a blob: one, whose origin would be this page's if opened in a tab.
  await page.getByRole('list', { name: 'MIME tree' }).getByRole('button', { name: /alert\(2\).*\.svg/ }).click();
  await expect(page.locator('img.pg-image')).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
});

test('hostile: a 50 MB base64 line parses in the worker and the tab stays responsive', async ({ page, baseURL }, info) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const seen = await watch(page, origin);
  mkdirSync(info.outputDir, { recursive: true });
  const path = join(info.outputDir, 'fifty-mb-line.eml');
  writeFileSync(path, fiftyMegabyteLine());
  await page.goto('./#/playground/mime');
  await page.getByLabel('Open an .eml…').setInputFiles(path);
  // While the file is read, parsed and decoded, the page keeps answering.
  let slowest = 0;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    slowest = Math.max(slowest, Date.now() - t0);
    if (await page.getByRole('region', { name: 'Part bytes' }).isVisible()) break;
  }
  await expect(page.getByRole('region', { name: 'Part bytes' })).toContainText('41 42 43 41 42 43');
  expect(slowest, 'the longest wait for a frame while a 50 MB message opens, in ms').toBeLessThan(1000);
  await page.getByRole('link', { name: 'Base64', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Base64' })).toBeVisible({ timeout: 2000 });
  await assertSafe(page, seen, origin);
});
