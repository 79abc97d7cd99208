import { test, expect, type Page } from '@playwright/test';

// An explorer's own address (`#/playground/<explorer>?in=…`), pasted from a
// teacher's slide, opens beside the person's own input as a shared state
// does (issue 15 §1): their input stays saved, `Keep my own work` brings it
// back. The page writes `?in=` itself as they type, so a reload of its own
// address, or a link to the input they have, shows no banner.

test.beforeEach(async ({ page }) => {
  await page.goto('./#/playground');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
});

const input = (page: Page) => page.getByLabel('Input', { exact: true });
const output = (page: Page) => page.getByRole('region', { name: 'Output', exact: true });
const banner = (page: Page) => page.locator('.shared-banner');
const savedText = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('smtp-lab.playground') ?? '{}').state?.inputs?.base64?.text as string | undefined);

/** The teacher's slide: the Base64 explorer decoding "From the slide". */
const SLIDE = './#/playground/base64?in=RnJvbSB0aGUgc2xpZGU%3D&cs=auto';
const OWN = 'TXkgb3duIHdvcms=';

/** The person's own Base64 input, typed key by key: the page writes it into its address as they type. */
async function typeOwn(page: Page) {
  await page.goto('./#/playground/base64');
  await input(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(OWN);
  await expect(output(page)).toHaveText('My own work');
  await expect.poll(() => savedText(page)).toBe(OWN);
  await expect(page).toHaveURL(/in=TXkgb3duIHdvcms%3D/);
}

test('a different ?in= opened on the page shows beside one’s own input, which stays saved; Keep my own work brings it back, and a reload of the page’s own address shows no banner', async ({ page }) => {
  await typeOwn(page);
  // The page's own address, reloaded: the input as it was, silently.
  await page.reload();
  await expect(input(page)).toHaveValue(OWN);
  await expect(banner(page)).toHaveCount(0);

  await page.goto(SLIDE);
  await expect(input(page)).toHaveValue('RnJvbSB0aGUgc2xpZGU=');
  await expect(output(page)).toHaveText('From the slide');
  await expect(banner(page)).toHaveRole('status');
  await expect(banner(page)).toContainText('A shared Base64 input, shown beside your own, which is kept unchanged. Opened from a link to this explorer.');
  expect(await savedText(page)).toBe(OWN);
  await page.screenshot({ path: '/tmp/shots/playground-link-1280.png' });

  // A reload while it is shown keeps it shown, and still not saved.
  await page.reload();
  await expect(input(page)).toHaveValue('RnJvbSB0aGUgc2xpZGU=');
  await expect(banner(page)).toContainText('Opened from a link to this explorer.');
  expect(await savedText(page)).toBe(OWN);

  await page.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(input(page)).toHaveValue(OWN);
  await expect(output(page)).toHaveText('My own work');
  await expect(banner(page)).toHaveCount(0);
  await expect(page).toHaveURL(/in=TXkgb3duIHdvcms%3D/);
  await page.reload();
  await expect(input(page)).toHaveValue(OWN);
  await expect(banner(page)).toHaveCount(0);
});

test('pasted into a new tab, the link opens beside one’s own too; editing it makes it one’s own', async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await typeOwn(page);
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 390, height: 844 });
  await tab.goto(SLIDE);
  await expect(output(tab)).toHaveText('From the slide');
  await expect(banner(tab)).toContainText('A shared Base64 input');
  expect(await savedText(tab)).toBe(OWN);
  await tab.screenshot({ path: '/tmp/shots/playground-link-390.png' });

  await input(tab).click();
  await tab.keyboard.press('End');
  await tab.keyboard.type('ISE=');
  await expect(banner(tab)).toContainText('You edited the shared Base64 input, so it is yours now and saved');
  await expect.poll(() => savedText(tab)).toBe('RnJvbSB0aGUgc2xpZGU=ISE=');
  await tab.getByRole('button', { name: 'Back to my earlier input' }).click();
  await expect(input(tab)).toHaveValue(OWN);
  await expect.poll(() => savedText(tab)).toBe(OWN);
});

test('a link to the input one has, or one that only changes how it is read, shows no banner', async ({ page }) => {
  await typeOwn(page);
  await page.goto('./#/playground/base64?in=TXkgb3duIHdvcms%3D&cs=iso-8859-1');
  await expect(page.getByLabel('Charset')).toHaveValue('iso-8859-1');
  await expect(banner(page)).toHaveCount(0);
  await page.goto('./#/playground/base64?dir=encode');
  await expect(page.getByRole('radio', { name: 'Encode' })).toBeChecked();
  await expect(banner(page)).toHaveCount(0);
  expect(await savedText(page)).toBe(OWN);
});
