import { test, expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { screenText, share, startCleanWithClipboard, terminal, typeLine } from './support/share';

// Share on a lesson step (issue 15 §1, §4): the link opens the same step in
// a fresh browser, in the runner, with the same terminal and checklist,
// replayed exactly; the learner's own progress there is left alone, and a
// tampered link says so. A step too long for a link downloads as a
// .smtplab.json, which Open file or a drop on any lesson opens the same way.
test.describe.configure({ timeout: 90_000 });

startCleanWithClipboard('lessons');

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

/** A line of random letters and digits pasted at the terminal: random text does not compress, so the link passes 2,000 characters. */
async function typeNoise(page: Page, length: number) {
  let x = 2463534242;
  const noise = Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 36).toString(36);
  }).join('');
  await terminal(page).locator('.xterm').click();
  // A paste, as xterm.js takes one from the clipboard: typed key by key, 3,000 characters take a while.
  await terminal(page).locator('textarea').evaluate((area, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, noise);
  await page.keyboard.press('Enter');
}

/** Drops a file on the lesson as a person's drag from the desktop does. */
async function drop(page: Page, name: string, text: string, type = 'application/json') {
  const data = await page.evaluateHandle(([n, t, y]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: y }));
    return dt;
  }, [name, text, type] as const);
  await page.dispatchEvent('.lesson-room', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('.lesson-room', 'drop', { dataTransfer: data });
}

test('a lesson step too long for a link downloads as .smtplab.json, and Open file or a drop in a fresh browser opens it as the link would', async ({ page, browser }) => {
  await openStep(page, 1);
  await typeNoise(page, 3000);
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  const said = await screenText(page);
  expect(said.replace(/\n/g, '')).toContain(': command not found');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const box = page.getByRole('group', { name: 'Share' });
  await expect(box.getByRole('status')).toContainText('too long to paste');
  const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Download .smtplab.json' }).click()]);
  expect(download.suggestedFilename()).toBe('smtp-lab-session-by-hand-step-1.smtplab.json');
  const json = readFileSync((await download.path())!, 'utf8');

  // Open file, in the same lesson at another step.
  const other = await fresh(browser);
  await openStep(other, 2);
  await other.getByLabel('Open file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(other).toHaveURL(/#\/lessons\/session-by-hand\/1$/);
  await expect(other.getByRole('status').filter({ hasText: 'A shared lesson step' })).toContainText('Replayed exactly.');
  await expect(panel(other).getByRole('heading', { name: /^Step 1 of/ })).toBeVisible();
  // The banner above takes a row or two of the terminal's height: the rows shown are the sender's last ones.
  const shown = await screenText(other);
  expect(shown.split('\n').length).toBeGreaterThan(5);
  expect(said.endsWith(shown)).toBe(true);
  await other.context().close();

  // Dropped on another lesson, it opens this one.
  const third = await fresh(browser);
  await third.goto('./#/lessons/tcp-conversation/1');
  await expect(panel(third).getByRole('heading', { name: /^Step 1 of/ })).toBeVisible();
  await drop(third, download.suggestedFilename(), json);
  await expect(third).toHaveURL(/#\/lessons\/session-by-hand\/1$/);
  await expect(third.getByRole('status').filter({ hasText: 'A shared lesson step' })).toContainText('Replayed exactly.');
  expect(await screenText(third)).toBe(shown);

  // A file that is not one: said on the lesson, which stays as it is.
  await drop(third, 'notes.smtplab.json', '{"v":1,"kind":"lesson"');
  await expect(third.getByRole('alert')).toContainText('not JSON');
  await expect(third.getByRole('alert')).toContainText('A shared lesson step');
  // The banner, a line taller, takes another row of the terminal.
  expect(said.endsWith(await screenText(third))).toBe(true);
  await third.context().close();
});

test('a Simulator state dropped on a lesson opens on the Simulator, beside the own work, and the lesson keeps its progress', async ({ page, browser }) => {
  await page.goto('./#/simulator');
  await page.getByLabel('Scenario').selectOption('helo-by-hand');
  const link = await share(page);
  // The file holds the link's JSON.
  const payload = link.slice(link.indexOf('#/s/1.') + 6).replace(/~[0-9a-f]{8}$/, '');
  const json = inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8');

  const other = await fresh(browser);
  await other.goto('./#/simulator');
  const own = await other.getByLabel('Scenario').inputValue();
  expect(own).not.toBe('helo-by-hand');
  const saved = await ownWork(other);
  const before = await saved();
  await drop(other, 'smtp-lab-helo-by-hand.smtplab.json', json);
  await expect(other).toHaveURL(/#\/simulator$/);
  await expect(other.getByRole('status').filter({ hasText: 'A shared session' })).toContainText('Replayed exactly.');
  await expect(other.getByLabel('Scenario')).toHaveValue('helo-by-hand');
  await other.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(other.getByLabel('Scenario')).toHaveValue(own);
  expect(await saved()).toBe(before);
  await other.context().close();
});

test('the summary of a lesson has Share, whose link opens the last step', async ({ page, browser }) => {
  await stepTwo(page);
  await page.goto('./#/lessons/session-by-hand/done');
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible();
  const link = await share(page);
  const other = await fresh(browser);
  await other.goto(link);
  await expect(other.getByRole('status').filter({ hasText: 'A shared lesson step' })).toContainText('Replayed exactly.');
  const last = await panel(other).getByRole('heading', { name: /^Step \d+ of \d+/ }).textContent();
  const [, n, of] = /^Step (\d+) of (\d+)/.exec(last ?? '')!;
  expect(n).toBe(of);
  await expect(terminal(other).locator('.xterm-rows')).toContainText('HELO ws.alice.example');
  await other.context().close();
});

test('an .eml dropped on a lesson that withholds Compose is not sent, and the page says so and why', async ({ page }) => {
  await openStep(page, 1);
  // This lesson is typed: no Compose tab, and Alice's user agent takes no message.
  await expect(page.getByRole('tab', { name: 'Compose' })).toHaveCount(0);
  const position = timeline(page).locator('.transport-block .position');
  const before = await position.textContent();
  const eml = ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', 'Subject: Dropped in', '', 'This one came from the desktop.', ''].join('\r\n');
  await drop(page, 'dropped.eml', eml, 'message/rfc822');
  const alert = page.getByRole('alert').filter({ hasText: 'dropped.eml' });
  await expect(alert).toContainText('dropped.eml was not sent: this lesson withholds Compose');
  await expect(alert).not.toContainText('handed to');
  await expect(page.getByText('handed to Alice’s user agent')).toHaveCount(0);
  // Nothing happened in the world: the log is as long as it was, and the world stands where it stood.
  await expect(position).toHaveText(before!);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});
