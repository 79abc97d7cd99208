import { test, expect, type Page } from '@playwright/test';
import { withoutMomentPauses } from './support/moments';
import AxeBuilder from '@axe-core/playwright';

// Presenter mode (issue 14): two pages in one browser context, the
// presenter's window and the audience's, talking over BroadcastChannel.

const position = (page: Page) => page.locator('.scrub-row .position');
const audience = (page: Page) => page.locator('.audience');

async function openSimulator(page: Page, scenario: string) {
  await page.goto('./#/simulator');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Scenario').selectOption(scenario);
}

async function present(page: Page): Promise<Page> {
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const room = await popup;
  await expect(audience(room)).toBeVisible();
  return room;
}

/** What the room sees, as text: the event number, the terminal, the caption or question, the packet's hop. */
async function roomSees(view: Page) {
  const a = audience(view);
  return {
    at: await a.getAttribute('data-position'),
    terminal: await a.getByTestId('room-terminal').innerText(),
    below: await a.locator('.room-caption, .room-prediction').innerText(),
    packet: await a.locator('.packet').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}`)),
  };
}

test.beforeEach(async ({ context }) => {
  // Counts the audience window's writes to the presenter's saved session: there must be none.
  await context.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (location.hash.startsWith('#/present/audience')) (window as unknown as { audienceWrites: number }).audienceWrites = ((window as unknown as { audienceWrites?: number }).audienceWrites ?? 0) + 1;
      return set.call(this, key, value);
    };
  });
});

test('the audience shows what the presenter shows: event, terminal text and packet, never writing the saved session', async ({ page }) => {
  await openSimulator(page, 'helo-by-hand');
  const room = await present(page);
  for (let i = 0; i < 12; i++) await page.keyboard.press('PageDown');
  await expect(position(page)).toHaveText(/^Event 12 of/);
  await expect(audience(room)).toHaveAttribute('data-position', '12');
  const there = await roomSees(room);
  expect(there.terminal).toContain('S: 220 mx1.bob.example');
  expect(there.terminal).toContain('C: HELO ws.alice.example');
  expect(there.packet).toHaveLength(1);
  // The same view drawn from the presenter's own store (the single-tab audience) agrees with the replay.
  await page.keyboard.press('a');
  await expect(audience(page)).toHaveAttribute('data-position', '12');
  expect(await roomSees(page)).toEqual(there);
  await page.keyboard.press('a');
  await expect(page.getByRole('region', { name: 'Presenter' })).toBeVisible();
  expect(await room.evaluate(() => (window as unknown as { audienceWrites?: number }).audienceWrites ?? 0)).toBe(0);
});

test('the projector theme: terminal type at least 28 px at 1280×720, 7:1 contrast (WCAG AAA), nothing to focus', async ({ page }) => {
  await openSimulator(page, 'helo-by-hand');
  const room = await present(page);
  await room.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('region', { name: 'Presenter' }).getByLabel('Predict every reply').check();
  for (let i = 0; i < 9; i++) await page.keyboard.press('PageDown');
  await expect(room.locator('.room-prediction')).toBeVisible();
  const px = await room.getByTestId('room-terminal').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(px).toBeGreaterThanOrEqual(28);
  const contrast = await new AxeBuilder({ page: room }).withRules(['color-contrast-enhanced']).analyze();
  expect(contrast.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  await room.keyboard.press('Tab');
  expect(await room.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
});

test('a prediction pauses both; Reveal shows the reply on both, announced politely', async ({ page }) => {
  await openSimulator(page, 'helo-by-hand');
  const room = await present(page);
  const presenter = page.getByRole('region', { name: 'Presenter' });
  await presenter.getByLabel('Predict every reply').check();
  await withoutMomentPauses(page);
  await page.getByLabel('Speed').selectOption('max');
  await page.getByRole('button', { name: 'Play' }).click();
  // Stopped one event short of the greeting: the room sees S: ??? and four candidates.
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(room.locator('.room-prediction')).toContainText('S: ???');
  await expect(room.locator('.room-candidates li')).toHaveCount(4);
  await expect(room.locator('.room-candidates')).toContainText('220');
  await expect(presenter.getByTestId('presenter-answer')).toContainText('220 mx1.bob.example');
  const stoppedAt = await position(page).innerText();
  await expect(audience(room)).toHaveAttribute('data-position', stoppedAt.match(/Event (\d+)/)![1]!);
  await expect(room.getByTestId('room-terminal')).not.toContainText('S: 220');

  await presenter.getByRole('button', { name: 'Reveal' }).click();
  await expect(room.locator('.room-prediction')).toContainText('S: 220 mx1.bob.example');
  await expect(room.locator('.room-candidates .right')).toContainText('220');
  await expect(room.getByTestId('reveal-announcement')).toContainText('answered 220');
  await expect(page.getByTestId('reveal-announcement')).toContainText('answered 220');
  await expect(room.getByTestId('reveal-announcement')).toHaveAttribute('aria-live', 'polite');
  await expect(room.getByTestId('room-terminal')).toContainText('S: 220 mx1.bob.example');

  // Playing on stops again at the next reply (HELO's 250), on both.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(room.locator('.room-prediction')).toContainText('C: HELO ws.alice.example');
  await expect(room.locator('.room-prediction')).toContainText('S: ???');
  await page.keyboard.press('r');
  await expect(room.locator('.room-prediction')).toContainText('S: 250 mx1.bob.example');
});

test('blackout blanks the audience only; closing and reopening the audience resumes at the presenter’s position', async ({ page }) => {
  await openSimulator(page, 'helo-by-hand');
  let room = await present(page);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(audience(room)).toHaveAttribute('data-position', '5');
  await page.keyboard.press('b');
  await expect(room.getByText('Eyes on the presenter')).toBeVisible();
  await expect(room.getByTestId('room-terminal')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Presenter' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Terminal' })).toBeVisible();
  await page.keyboard.press('b');
  await expect(room.getByTestId('room-terminal')).toBeVisible();

  await room.close();
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText(/^Event 13 of/);
  room = await present(page);
  await expect(audience(room)).toHaveAttribute('data-position', '13');
  await expect(room.getByTestId('room-terminal')).toContainText('C: HELO ws.alice.example');
});

test('no second window: the same tab shows the audience, by keyboard only, and A goes back', async ({ page, context }) => {
  await context.addInitScript(() => {
    window.open = () => null;
  });
  await openSimulator(page, 'helo-by-hand');
  await page.getByRole('button', { name: 'Present', exact: true }).focus();
  await page.keyboard.press('Enter');
  const here = page.getByRole('dialog', { name: /Audience view/ });
  await expect(here).toBeVisible();
  await expect(audience(page)).toHaveAttribute('data-position', '0');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(audience(page)).toHaveAttribute('data-position', '2');
  await page.keyboard.press('+');
  await expect(audience(page)).toHaveAttribute('style', /--room-scale: 1.25/);
  await page.keyboard.press('a');
  await expect(here).toBeHidden();
  const presenter = page.getByRole('region', { name: 'Presenter' });
  await expect(presenter).toBeVisible();
  // Everything in the presenter view is reachable by Tab: from Previous to the last control.
  await presenter.getByRole('button', { name: 'Previous' }).focus();
  const reached = new Set<string>();
  for (let i = 0; i < 12; i++) {
    reached.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent?.trim() || ''));
    await page.keyboard.press('Tab');
  }
  for (const name of ['Previous', 'Next', 'Blackout', 'Smaller audience text', 'Larger audience text', 'Snapshot', 'Audience in this tab']) expect([...reached]).toContain(name);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Escape');
  // S: a snapshot of the position, as a link in the presenter's list.
  await page.locator('body').focus();
  await page.keyboard.press('s');
  await expect(presenter.getByRole('link', { name: 'Event 2' })).toHaveAttribute('href', /#\/s\//);
  await page.keyboard.press('a');
  await expect(here).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(here).toBeHidden();
});
