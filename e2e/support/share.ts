import { expect, type Page } from '@playwright/test';

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
