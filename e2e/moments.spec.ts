import { test, expect, type Page } from '@playwright/test';

// A scenario's teaching moments (issue 10 §2): marked on the scrubber and in
// the event list; playing stops at each with its caption; the end opens on
// the main moment, never on the last TCP FIN.
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const caption = (page: Page) => timeline(page).locator('.moment-caption');

test.beforeEach(async ({ page }) => {
  await page.goto('./#/simulator');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const select = page.getByLabel('Scenario');
  const value = await select.locator('option').filter({ hasText: 'Greylisting and retry' }).getAttribute('value');
  await select.selectOption(value ?? '');
  await timeline(page).getByLabel('Speed').selectOption('max');
});

test('playing stops at each key moment with its caption, and the end opens on the main moment', async ({ page }) => {
  const play = timeline(page).getByRole('button', { name: 'Play' });
  await expect(timeline(page).getByLabel('Pause at key moments')).toBeChecked();
  await expect(timeline(page).locator('.moment-tick')).not.toHaveCount(0);

  await play.click();
  await expect(caption(page)).toContainText('Main moment: 451 4.7.1: greylisted, the relay will retry');
  await expect(play).toBeVisible();
  // The event list marks the row the world stands on.
  await expect(timeline(page).getByRole('list', { name: 'Events' }).locator('[aria-current="step"]')).toContainText('Key moment');

  const captions = [await caption(page).innerText()];
  for (let i = 0; i < 8; i++) {
    await play.click();
    const before = captions[captions.length - 1]!;
    await expect.poll(async () => { const text = await caption(page).innerText(); return text !== '' && text !== before; }).toBe(true);
    captions.push(await caption(page).innerText());
    if (captions[captions.length - 1] === captions[0]) break;
  }
  // Each moment in the order it happens (the mailbox is written before its 250 reaches the relay), then, at the end, back on the main one.
  expect(captions.slice(1, -1).join('\n')).toMatch(/Five minutes later[\s\S]*Delivered to \/var\/mail\/bob[\s\S]*250 queued as/);
  expect(captions[captions.length - 1]).toBe(captions[0]);
  // Standing on the main moment, not the last event: the inspector shows it, not a FIN.
  await expect(page.getByRole('region', { name: 'Inspector' })).not.toContainText(/\bFIN\b/);
  await expect(timeline(page).getByRole('button', { name: 'Step forward' })).toBeEnabled();
});

test('with Pause at key moments off, it plays to the end, and the choice is remembered', async ({ page }) => {
  await timeline(page).getByLabel('Pause at key moments').uncheck();
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Step forward' })).toBeDisabled({ timeout: 20_000 });
  await page.reload();
  await expect(timeline(page).getByLabel('Pause at key moments')).not.toBeChecked();
});
