import type { Page } from '@playwright/test';

/**
 * Scenarios pause at their key moments by default (issue 10 §2); a test
 * that plays a whole scenario through to its end switches that off, as a
 * person would with the checkbox beside Speed.
 */
export async function withoutMomentPauses(page: Page): Promise<void> {
  const box = page.getByLabel('Pause at key moments');
  // The checkbox shows with a scenario's moments: let a scenario just chosen draw first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  if (await box.count()) await box.uncheck();
}
