import { test, expect, type Browser, type Page } from '@playwright/test';
import { share } from './support/share';

// A Playground explorer shared (issue 15 §1): its link opens beside the
// person's own input, which stays saved until they edit the shared one, and
// `Keep my own work` brings it back.

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
  await page.screenshot({ path: '/tmp/play15-shots/playground-shared-1280.png' });

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
