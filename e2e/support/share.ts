import { expect, test, type Page } from '@playwright/test';

// What the share and lesson tests do alike: type at the terminal, read its
// screen, and take a link from Share as a person would.

export const terminal = (page: Page) => page.getByRole('region', { name: 'Terminal' });

export async function typeLine(page: Page, line: string) {
  await terminal(page).locator('.xterm').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** What the terminal shows. xterm.js stops drawing while scrolled out of view, so look at it first. */
export async function screenText(page: Page): Promise<string> {
  await terminal(page).scrollIntoViewIfNeeded();
  return (await terminal(page).locator('.xterm-rows').innerText()).replace(/\s+$/, '');
}

/** Presses Share and reads the link from the field labelled Link (which ends in its check). */
export async function share(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const box = page.getByRole('group', { name: 'Share' });
  await expect(box.getByRole('status')).toHaveText('Link copied to the clipboard.');
  const link = await box.getByLabel('Link').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toMatch(/#\/s\/1\.[A-Za-z0-9_-]+~[0-9a-f]{8}$/);
  return link;
}

/** Each sharing test starts on a fresh page of `place` with nothing saved and the clipboard allowed (the links are copied there). */
export function startCleanWithClipboard(place: 'lessons' | 'simulator') {
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./#/${place}`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: place === 'lessons' ? 'Lessons' : 'Simulator' })).toBeVisible();
  });
}
