import { test, expect, type Browser, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { screenText, share, startCleanWithClipboard, terminal, typeLine } from './support/share';

// Share (issue 15 §1): a link made mid-session opens the same state in a
// fresh browser, replayed exactly; a bad link says so and leaves the
// person's own work alone.
startCleanWithClipboard('simulator');

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const position = (page: Page) => timeline(page).locator('.position');

async function chooseScenario(page: Page, title: RegExp) {
  const select = page.getByLabel('Scenario');
  const value = await select.locator('option').filter({ hasText: title }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

/** A session of one's own, saved: the four-MTA journey, five events in. */
async function ownWork(page: Page) {
  await chooseScenario(page, /four-MTA/);
  for (let i = 0; i < 5; i++) await timeline(page).getByRole('button', { name: 'Step forward' }).click();
  await expect(position(page)).toHaveText(/^Event 5 of/);
}

async function fresh(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  return page;
}

test('a Simulator state shared mid-session opens in a fresh browser at the same event, with the same terminal and inspector, replayed exactly', async ({ page, browser }) => {
  // Two browsers, a typed session and two accessibility scans: more than the default on a busy machine.
  test.setTimeout(60_000);
  await chooseScenario(page, /Free play/);
  await typeLine(page, 'host -t mx bob.example');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('mail is handled by 10 mx1.bob.example');
  await typeLine(page, 'telnet mx1.bob.example 25');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('220 ');
  await typeLine(page, 'EHLO ws.alice.example');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('250 ');
  await timeline(page).getByLabel('Speed').selectOption('max');
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  // Back two events, the TCP layer hidden, the eavesdropper on: all of it is what was on screen.
  await timeline(page).getByRole('button', { name: 'Step back' }).click();
  await timeline(page).getByRole('button', { name: 'Step back' }).click();
  await timeline(page).getByRole('checkbox', { name: 'tcp' }).uncheck();
  await page.getByRole('button', { name: 'Eavesdropper' }).click();
  const where = await position(page).textContent();
  const said = await screenText(page);
  const inspected = await inspector(page).locator('article').innerText();
  const link = await share(page);
  await expect(page.getByRole('group', { name: 'Share' }).getByLabel('Link')).toBeFocused();
  const serious = (await new AxeBuilder({ page }).include('.sim-head').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);

  const other = await fresh(browser, link);
  await expect(other.getByRole('status').filter({ hasText: 'A shared session' })).toContainText('Replayed exactly.');
  await expect(position(other)).toHaveText(where!);
  await expect(inspector(other).locator('article')).toBeVisible();
  expect(await inspector(other).locator('article').innerText()).toBe(inspected);
  expect(await screenText(other)).toBe(said);
  await expect(timeline(other).getByRole('checkbox', { name: 'tcp' })).not.toBeChecked();
  await expect(other.getByRole('button', { name: 'Eavesdropper' })).toHaveAttribute('aria-pressed', 'true');
  const banner = (await new AxeBuilder({ page: other }).include('.shared-banner').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(banner.map((v) => v.id)).toEqual([]);
  await other.screenshot({ path: '/tmp/share-ui-shots/shared-open.png' });
  await other.context().close();
});

test('a shared link opens beside one’s own work, which is saved unchanged and comes back with Keep my own work', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await typeLine(page, 'whoami');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('alice');
  const link = await share(page);
  await page.goto('./#/simulator');
  await ownWork(page);

  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: 'A shared session' })).toContainText('Replayed exactly.');
  await expect(page.getByLabel('Scenario')).toHaveValue('free-play');
  // The store writes to localStorage a moment after each change: what lands there is one's own work.
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('smtp-lab.simulator') ?? '{}').state);
  await expect.poll(async () => [(await saved()).scenarioId, (await saved()).position]).toEqual(['four-mta-journey', 5]);

  await page.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(page.getByLabel('Scenario')).toHaveValue('four-mta-journey');
  await expect(position(page)).toHaveText(/^Event 5 of/);
  await expect(page).toHaveURL(/#\/simulator$/);
  await page.reload();
  await expect(position(page)).toHaveText(/^Event 5 of/);
});

test('tampered, truncated, newer and garbage links say why on the page and leave the saved work alone', async ({ page }) => {
  await chooseScenario(page, /Free play/);
  await typeLine(page, 'hostname');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('ws.alice.example');
  const link = await share(page);
  await page.goto('./#/simulator');
  await ownWork(page);
  const payload = link.slice(link.indexOf('#/s/1.') + 6);
  const middle = Math.floor(payload.length / 2);
  const flipped = payload[middle] === 'A' ? 'B' : 'A';
  const bad = {
    tampered: `#/s/1.${payload.slice(0, middle)}${flipped}${payload.slice(middle + 1)}`,
    truncated: `#/s/1.${payload.slice(0, payload.length - 7)}`,
    newer: `#/s/9.${payload}`,
    garbage: '#/s/1.this is not *base64* at all!',
    // A few kilobytes that inflate to 5 MB: refused once past the 4 MB bound.
    huge: `#/s/1.${deflateRawSync(Buffer.alloc(5_000_000, 32)).toString('base64url')}`,
  };
  for (const [name, hash] of Object.entries(bad)) {
    await page.goto(`./${hash}`);
    const alert = page.getByRole('alert');
    await expect(alert, name).toContainText('This link or file could not be opened.');
    await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
    await expect(page.getByLabel('Scenario')).toHaveValue('four-mta-journey');
    await expect(position(page)).toHaveText(/^Event 5 of/);
    if (name === 'newer') await expect(alert).toContainText('newer SMTP Lab');
    if (name === 'huge') await expect(alert).toContainText('larger than 4 MB');
    if (name === 'truncated') await expect(alert).toContainText(/cut short|damaged/);
  }
  await page.getByRole('button', { name: 'Keep my own work' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Scenario')).toHaveValue('four-mta-journey');
  await expect(position(page)).toHaveText(/^Event 5 of/);
});

test('a Playground explorer shared opens the same explorer with the same input in a fresh browser', async ({ page, browser }) => {
  await page.goto('./#/playground/base64');
  await page.getByText('Encode', { exact: true }).click();
  await page.getByLabel('Input', { exact: true }).fill('Shared from the playground: café');
  const output = page.getByRole('region', { name: 'Output', exact: true });
  await expect(output).toContainText('U2hhcmVk');
  const shown = await output.innerText();
  const link = await share(page);

  const other = await fresh(browser, link);
  await expect(other).toHaveURL(/#\/playground\/base64/);
  await expect(other.getByRole('heading', { level: 1, name: 'Base64' })).toBeVisible();
  await expect(other.getByLabel('Input', { exact: true })).toHaveValue('Shared from the playground: café');
  await expect(other.getByRole('radio', { name: 'Encode' })).toBeChecked();
  await expect(other.getByRole('region', { name: 'Output', exact: true })).toHaveText(shown);
  await other.context().close();
});
