import { test, expect, type Browser, type Page } from '@playwright/test';
import { screenText, share, terminal, typeLine } from './support/share';

// Share on a lesson step (issue 15 §1, §4): the link opens the same step in
// a fresh browser, in the runner, with the same terminal and checklist,
// replayed exactly; the learner's own progress there is left alone, and a
// tampered link says so.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/lessons');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
});

const panel = (page: Page) => page.getByRole('region', { name: 'Lesson', exact: true });
const checklist = (page: Page) => page.getByRole('region', { name: 'Checklist' });
const predict = (page: Page) => page.getByRole('group', { name: 'Predict the reply' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

const ticks = (page: Page) => checklist(page).getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => `${b.textContent?.trim()}: ${b.getAttribute('aria-checked')}`));

/** Opens the lesson at a step, the playback at full speed. */
async function openStep(page: Page, step: number) {
  await page.goto(`./#/lessons/session-by-hand/${step}`);
  await expect(panel(page).getByRole('heading', { name: new RegExp(`^Step ${step} of`) })).toBeVisible();
  await timeline(page).getByLabel('Speed').selectOption('max');
}

/** A learner on step 2: connected (the greeting guessed), then HELO typed and its reply guessed. */
async function stepTwo(page: Page) {
  await openStep(page, 1);
  await typeLine(page, 'telnet mx1.bob.example 25');
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  await predict(page).getByRole('button', { name: '220', exact: true }).click();
  await expect(await terminal(page).locator('.xterm-rows')).toContainText('220 ', { timeout: 15_000 });
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/#\/lessons\/session-by-hand\/2$/);
  await typeLine(page, 'HELO ws.alice.example');
  if (await predict(page).isVisible({ timeout: 5_000 }).catch(() => false)) await predict(page).getByRole('button', { name: '250', exact: true }).click();
  await expect(terminal(page).locator('.xterm-rows')).toContainText('250 ', { timeout: 15_000 });
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
}

/** One's own work in the lesson, saved: step 1, `hostname` typed. */
async function ownWork(page: Page) {
  await openStep(page, 1);
  await typeLine(page, 'hostname');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('ws.alice.example');
  const saved = () => page.evaluate(() => JSON.stringify(JSON.parse(localStorage.getItem('smtp-lab.lessons') ?? '{}').state?.progress?.['session-by-hand']?.acts ?? []));
  await expect.poll(saved).toContain('hostname');
  return saved;
}

async function fresh(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('./#/lessons');
  return page;
}

test('a lesson step shared opens in a fresh browser at the same step, with the same terminal and checklist, replayed exactly, and leaves the own progress alone', async ({ page, browser }) => {
  await stepTwo(page);
  const said = await screenText(page);
  const ticked = await ticks(page);
  expect(ticked.length).toBeGreaterThan(0);
  const link = await share(page);
  await expect(page.getByRole('group', { name: 'Share' }).getByLabel('Link')).toBeFocused();

  const other = await fresh(browser);
  const saved = await ownWork(other);
  const own = await saved();
  await other.goto(link);
  await expect(other).toHaveURL(/#\/lessons\/session-by-hand\/2$/);
  await expect(other.getByRole('status').filter({ hasText: 'A shared lesson step' })).toContainText('Replayed exactly.');
  await expect(panel(other).getByRole('heading', { name: /^Step 2 of/ })).toBeVisible();
  expect(await screenText(other)).toBe(said);
  expect(await ticks(other)).toEqual(ticked);
  // What is saved meanwhile is one's own progress, not the link's.
  expect(await saved()).toBe(own);
  await other.screenshot({ path: '/tmp/share-ui-shots/lesson-shared-open.png' });

  await other.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(other).toHaveURL(/#\/lessons\/session-by-hand\/1$/);
  await expect(other.getByRole('status').filter({ hasText: 'A shared lesson step' })).toHaveCount(0);
  await expect(terminal(other).locator('.xterm-rows')).toContainText('ws.alice.example');
  await expect(terminal(other).locator('.xterm-rows')).not.toContainText('HELO');
  expect(await saved()).toBe(own);
  await other.reload();
  await expect(terminal(other).locator('.xterm-rows')).toContainText('ws.alice.example');
  await other.context().close();
});

test('a tampered lesson link says so on the page and leaves the own progress alone', async ({ page, browser }) => {
  await stepTwo(page);
  const link = await share(page);
  const payload = link.slice(link.indexOf('#/s/1.') + 6);
  const middle = Math.floor(payload.length / 2);
  const tampered = `#/s/1.${payload.slice(0, middle)}${payload[middle] === 'A' ? 'B' : 'A'}${payload.slice(middle + 1)}`;

  const other = await fresh(browser);
  const saved = await ownWork(other);
  const own = await saved();
  await other.goto(`./${tampered}`);
  await expect(other.getByRole('alert')).toContainText('This link or file could not be opened.');
  expect(await saved()).toBe(own);
  await openStep(other, 1);
  await expect(terminal(other).locator('.xterm-rows')).toContainText('ws.alice.example');
  await expect(terminal(other).locator('.xterm-rows')).not.toContainText('HELO');
  await other.context().close();
});
