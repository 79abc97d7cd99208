import { test, expect, type Page } from '@playwright/test';
import { withoutMomentPauses } from './support/moments';

// The mail log as an administrator reads it: a scenario told between MTAs
// opens the relay's terminal on tail -f /var/log/mail.log; Ctrl-C stops it
// and grep reads the log. And a fresh install gets its MTA from apt.
test.beforeEach(async ({ page }) => {
  await page.goto('./#/simulator');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
});

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const terminal = (page: Page) => page.getByRole('region', { name: 'Terminal' });

async function playScenario(page: Page, title: RegExp) {
  const select = page.getByLabel('Scenario');
  const value = await select.locator('option').filter({ hasText: title }).first().getAttribute('value');
  await select.selectOption(value ?? '');
  await withoutMomentPauses(page);
  await timeline(page).getByLabel('Speed').selectOption('max');
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Step forward' })).toBeDisabled({ timeout: 20_000 });
}

async function screen(page: Page) {
  await terminal(page).scrollIntoViewIfNeeded();
  return terminal(page).locator('.xterm-rows');
}

test('greylisting: the relay follows its mail log, the deferral and the retry, then greps it', async ({ page }) => {
  await playScenario(page, /Greylisting and retry/);
  await expect(await screen(page)).toContainText('status=deferred (host mx1.bob.example[198.51.100.25] said: 451 4.7.1');
  await expect(await screen(page)).toContainText(/status=sent \(250 2\.0\.0 Ok: queued as/);
  await terminal(page).locator('.xterm').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.type('grep -c status= /var/log/mail.log');
  await page.keyboard.press('Enter');
  await expect(await screen(page)).toContainText(/\^C\s*postmaster@relay\.alice\.example:~\$ grep -c status= \/var\/log\/mail\.log\s*2\s*postmaster@relay/);
});

test('a fresh install: sudo apt install postfix, then local mail to dave', async ({ page }) => {
  await playScenario(page, /An MTA of your own/);
  // The terminal shows the end of cat /var/mail/dave; the whole copy is in the Mailboxes tab.
  await expect(await screen(page)).toContainText('hello dave');
  await timeline(page).getByRole('tab', { name: 'Mailboxes' }).click();
  await expect(timeline(page).getByRole('tabpanel', { name: 'Mailboxes' })).toContainText('/var/mail/dave');
});
