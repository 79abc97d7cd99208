import { test, expect, type Page } from '@playwright/test';

// The Faults tab as an instructor uses it in front of a class: switch a
// policy on a host, then show what a client meets.
test.beforeEach(async ({ page }) => {
  await page.goto('./#/simulator');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
});

const terminal = (page: Page) => page.getByRole('region', { name: 'Terminal' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

async function faultsOf(page: Page, host: string) {
  await page.getByRole('button', { name: host, exact: true }).click();
  await page.getByRole('tab', { name: 'Faults' }).click();
  return page.getByRole('group', { name: new RegExp(`Faults and policies of ${host.replace(/\./g, '\\.')}`) });
}

/** Types at Alice's workstation, where the terminal is attached after selecting it. */
async function typeAtWorkstation(page: Page, lines: string[]) {
  await page.getByRole('button', { name: 'ws.alice.example', exact: true }).click();
  await terminal(page).locator('.xterm').click();
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

async function screen(page: Page) {
  await terminal(page).scrollIntoViewIfNeeded();
  return terminal(page).locator('.xterm-rows');
}

test('greylisting on mx1: a first RCPT gets 451 4.7.1', async ({ page }) => {
  await (await faultsOf(page, 'mx1.bob.example')).getByRole('checkbox', { name: /^Greylisting/ }).check();
  await expect(page.getByRole('button', { name: 'mx1.bob.example', exact: true })).toContainText(/greylist/i);
  await typeAtWorkstation(page, ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>']);
  await expect(await screen(page)).toContainText('451 4.7.1 <bob@bob.example>: Recipient address rejected: Greylisted');
});

test('VRFY policy switched to 502 on mx1: the terminal shows it', async ({ page }) => {
  await (await faultsOf(page, 'mx1.bob.example')).getByLabel('VRFY and EXPN').selectOption({ label: '502 not implemented' });
  await typeAtWorkstation(page, ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'VRFY bob']);
  await expect(await screen(page)).toContainText('502 5.5.1 VRFY command is disabled');
});

test('relaying refused on relay.alice.example: Alice gets the bounce', async ({ page }) => {
  await timeline(page).getByLabel('Speed').selectOption('max');
  await (await faultsOf(page, 'relay.alice.example')).getByRole('checkbox', { name: /^Refuse relaying/ }).check();
  await page.getByRole('tab', { name: 'Compose' }).click();
  await page.getByLabel('Subject').fill('Will this get through?');
  await page.getByLabel('Message').fill('The relay is told to refuse.');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Step forward' })).toBeDisabled({ timeout: 20_000 });
  await page.getByRole('tab', { name: 'Mailboxes' }).click();
  const alice = page.getByRole('list', { name: /^\/var\/mail\/alice on / });
  await expect(alice).toContainText('Undelivered Mail Returned to Sender');
  await alice.getByRole('button').first().click();
  await expect(page.getByRole('tabpanel', { name: 'Mailboxes' }).getByRole('region', { name: 'Body' })).toContainText('5.7.1');
});
