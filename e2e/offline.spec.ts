// After one visit, SMTP Lab works with the network off (issue 15 §3): the
// service worker has precached every file the build wrote, and each page,
// with its lazy chunks (the Playground, its worker, xterm.js) and the MIME
// samples, loads from that cache.
//
// Playwright's setOffline does not reach a service worker's own fetches
// (microsoft/playwright#2311), so they are routed here too and refused while
// offline: a file missing from the cache then fails the test instead of
// being fetched quietly from the preview server.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

test.use({ serviceWorkers: 'allow' });

const DIST = join(import.meta.dirname, '..', 'dist');
const built = readdirSync(DIST, { withFileTypes: true, recursive: true })
  .filter((d) => d.isFile())
  .map((d) => relative(DIST, join(d.parentPath, d.name)).split(sep).join('/'))
  .filter((f) => f !== 'sw.js' && !f.endsWith('.map'));

const PAGES: { hash: string; shows: (p: Page) => Promise<void> }[] = [
  { hash: '#/simulator', shows: async (p) => void (await expect(p.locator('.xterm').first()).toBeVisible()) },
  { hash: '#/playground', shows: async (p) => void (await expect(p.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible()) },
  { hash: '#/playground/base64', shows: async (p) => void (await expect(p.getByRole('region', { name: 'Output', exact: true })).toHaveText('Username:')) },
  { hash: '#/playground/quoted-printable', shows: async (p) => void (await expect(p.getByRole('heading', { level: 1, name: 'Quoted-printable' })).toBeVisible()) },
  { hash: '#/playground/encoded-words', shows: async (p) => void (await expect(p.getByRole('heading', { level: 1, name: 'Encoded-words' })).toBeVisible()) },
  // The MIME explorer opens a sample from public/samples, parsed in the worker: both must come from the cache.
  { hash: '#/playground/mime', shows: async (p) => void (await expect(p.getByText('Minutes of Monday’s meeting').or(p.getByText("Minutes of Monday's meeting")).first()).toBeVisible()) },
  { hash: '#/playground/received', shows: async (p) => void (await expect(p.getByRole('heading', { level: 1, name: 'Received headers' })).toBeVisible()) },
  { hash: '#/lessons', shows: async (p) => void (await expect(p.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible()) },
];

async function goOffline(context: BrowserContext, state: { offline: boolean }) {
  state.offline = true;
  await context.setOffline(true);
}

test('after one visit, every page loads with the network off', async ({ context, page }) => {
  const state = { offline: false };
  const workerFetches: string[] = [];
  await context.route('**', (route) => {
    if (route.request().serviceWorker()) workerFetches.push(route.request().url());
    return state.offline ? route.abort('internetdisconnected') : route.continue();
  });

  await page.goto('./#/simulator');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  // The route sees the worker's own fetches (else going offline would prove nothing).
  expect(workerFetches.length).toBeGreaterThanOrEqual(built.length);

  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('smtp-lab-'));
    const cache = await caches.open(names[0]!);
    return { names, paths: (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)) };
  });
  expect(cached.names).toHaveLength(1);
  expect(cached.paths.sort()).toEqual([...built].sort());

  await goOffline(context, state);
  for (const { hash, shows } of PAGES) {
    const p = await context.newPage();
    const failed: string[] = [];
    p.on('requestfailed', (r) => failed.push(r.url()));
    await p.goto(`./${hash}`);
    await shows(p);
    expect(failed, `${hash} asked the network for`).toEqual([]);
    await p.close();
  }
});

test('the page is installable: a manifest with icons', async ({ page }) => {
  await page.goto('./#/lessons');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(new URL(href!, page.url()).href)).json()) as { icons: { src: string; sizes: string; purpose: string }[]; start_url: string; display: string };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, new URL(href!, page.url())).href)).ok()).toBe(true);
});

test('a new build is offered as Reload to update, and replaces the cache when taken', async ({ page }) => {
  // The next build, as the browser will see it: the same files under a new
  // version. Written over dist/sw.js for the length of the test (the
  // browser's update check is not seen by Playwright's routes).
  const swPath = join(DIST, 'sw.js');
  const thisBuild = readFileSync(swPath, 'utf8');
  await page.goto('./#/lessons');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('smtp-lab-')));
  const [first] = await cacheNames();
  await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);

  try {
    writeFileSync(swPath, thisBuild.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "next-$1"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
  } finally {
    writeFileSync(swPath, thisBuild);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await expect.poll(cacheNames).toEqual([`smtp-lab-next-${first!.slice('smtp-lab-'.length)}`]);
  await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
});
