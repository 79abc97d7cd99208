import { test, expect, type Page } from '@playwright/test';
import { terminal, typeLine } from './support/share';

// Presenting a lesson (issue 14 §1): two pages in one browser context, the
// presenter's window on a lesson step and the audience's, which rebuilds the
// lesson's world from what the presenter sends.

test.describe.configure({ timeout: 90_000 });

const audience = (page: Page) => page.locator('.audience');
const presenterView = (page: Page) => page.getByRole('region', { name: 'Presenter' });
const predict = (page: Page) => page.getByRole('group', { name: 'Predict the reply' });

/** Step 1 of the session-by-hand lesson from a clean slate, played at full speed. */
async function openLessonStep(page: Page) {
  await page.goto('./#/lessons');
  await page.evaluate(() => localStorage.clear());
  await page.goto('./#/lessons/session-by-hand/1');
  await page.getByRole('region', { name: 'Timeline' }).getByLabel('Speed').selectOption('max');
}

/** Presses Present and returns the audience window it opens. */
async function present(page: Page): Promise<Page> {
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  return popup;
}

test('the audience shows the lesson’s world and task; a lesson’s prediction pauses it, Reveal answers it there', async ({ page }) => {
  await openLessonStep(page);
  const room = await present(page);
  await expect(audience(room)).toBeVisible();
  await expect(room.locator('.room-task')).toContainText('telnet mx1.bob.example 25');

  // The greeting is the step's prediction: both stop before it, the room with S: ??? and the choices.
  await typeLine(page, 'telnet mx1.bob.example 25');
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  const question = room.locator('.room-prediction');
  await expect(question).toBeVisible();
  await expect(question.locator('.room-question')).toContainText('S: ???');
  await expect(question.locator('.room-candidates li')).toHaveCount(4);
  await expect(question.locator('.room-candidates')).toContainText('220');
  await expect(room.getByTestId('room-terminal')).toContainText('S: ???');
  await expect(room.getByTestId('room-terminal')).not.toContainText('220 mx1.bob.example');

  // The room is stopped here already: the presenter is not told to turn stopping on.
  await expect(page.getByTestId('presenter-answer')).toContainText('220 mx1.bob.example');
  await expect(page.getByTestId('presenter-answer')).not.toContainText('turn on Predict every reply');
  await presenterView(page).getByRole('button', { name: 'Reveal' }).click();
  await expect(predict(page)).toBeHidden();
  await expect(question.locator('.room-question')).toContainText('S: 220');
  await expect(question.locator('.right')).toContainText('220');
  await expect(room.getByTestId('room-terminal')).toContainText('S: 220 mx1.bob.example');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('220 mx1.bob.example');

  // What the presenter types next reaches the room's terminal, the same lines.
  await typeLine(page, 'HELO ws.alice.example');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('250 mx1.bob.example', { timeout: 15_000 });
  await expect(room.getByTestId('room-terminal')).toContainText('C: HELO ws.alice.example');
  await expect(room.getByTestId('room-terminal')).toContainText('S: 250 mx1.bob.example');
  await expect(audience(room)).toHaveAttribute('data-position', (await page.locator('.scrub-row .position').innerText()).match(/Event (\d+)/)![1]!);

  // A step with notes: the presenter reads them, the room gets the new task.
  await page.goto('./#/lessons/session-by-hand/3');
  await expect(presenterView(page)).toContainText('Speaker notes');
  await expect(presenterView(page)).toContainText('RCPT TO:<nobody@bob.example>');
  await expect(room.locator('.room-task')).toContainText('Give the sender alice@alice.example');
  await expect(room.getByTestId('room-terminal')).toContainText('C: HELO ws.alice.example');

  // A snapshot in a lesson links the lesson step (not the presenter's sandbox), and it opens there.
  await presenterView(page).getByRole('button', { name: 'Snapshot' }).click();
  const href = await presenterView(page).getByRole('link', { name: /^Event \d+/ }).first().getAttribute('href');
  expect(href).toMatch(/#\/s\/1\./);
  const other = await page.context().newPage();
  await other.goto(href!);
  await expect(other.getByRole('status').filter({ hasText: 'A shared lesson step' })).toContainText('Replayed exactly.');
  await expect(other.getByRole('region', { name: 'Lesson', exact: true }).getByRole('heading', { name: /^Step 3 of/ })).toBeVisible();
});

test('in a lesson, blackout blanks the audience only, and a reopened audience comes back on the lesson at the presenter’s position; it saves nothing', async ({ page }) => {
  await openLessonStep(page);
  let room = await present(page);
  await expect(room.locator('.room-task')).toContainText('telnet mx1.bob.example 25');
  const storedBefore = await room.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

  await page.locator('body').focus();
  await page.keyboard.press('b');
  await expect(room.getByText('Eyes on the presenter')).toBeVisible();
  await expect(room.getByTestId('room-terminal')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).toBeVisible();
  await page.keyboard.press('b');
  await expect(room.getByTestId('room-terminal')).toBeVisible();
  // The audience window only listens: what it holds in storage is what the presenter's window wrote.
  expect(await room.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(storedBefore);

  await room.close();
  await typeLine(page, 'telnet mx1.bob.example 25');
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  room = await present(page);
  await expect(room.locator('.room-task')).toContainText('telnet mx1.bob.example 25');
  await expect(room.locator('.room-prediction .room-question')).toContainText('S: ???');
  await expect(audience(room)).toHaveAttribute('data-position', (await page.locator('.scrub-row .position').innerText()).match(/Event (\d+)/)![1]!);
});

test('screenshots of a lesson presented: the audience at 1280×720 and 1920×1080, and the presenter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLessonStep(page);
  const room = await present(page);
  await typeLine(page, 'telnet mx1.bob.example 25');
  await expect(room.locator('.room-prediction .room-question')).toContainText('S: ???', { timeout: 15_000 });
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await room.setViewportSize(size);
    // Type for the back of the room: the terminal at 28 px or more.
    const px = await room.getByTestId('room-terminal').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(28);
    await room.screenshot({ path: `/tmp/shots/audience-lesson-${size.width}x${size.height}.png` });
  }
  await page.screenshot({ path: '/tmp/shots/presenter-lesson-1280x720.png' });
});
