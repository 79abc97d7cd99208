// Issue 16 §1, as a student: a challenge solved at par and again over par
// by typing, the best and the distribution of one's own attempts, par's
// solution only after finishing, `Try again`, a reload in the middle; a
// withheld command refused as bash refuses it; screenshots of the panel.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

const SHOTS = '/tmp/challenges-ui-shots';

test.beforeEach(async ({ page }) => {
  await page.goto('./#/lessons');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
});

const panel = (page: Page) => page.getByRole('region', { name: 'Challenge', exact: true });
const checklist = (page: Page) => page.getByRole('region', { name: 'Checklist' });
const terminal = (page: Page) => page.getByRole('region', { name: 'Terminal' });
const item = (page: Page, title: RegExp) => page.getByRole('region', { name: 'Challenges' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
const parHeading = (page: Page) => panel(page).getByRole('heading', { name: /^Par solution/ });

async function fullSpeed(page: Page) {
  await page.getByRole('region', { name: 'Timeline' }).getByLabel('Speed').selectOption('max');
}

async function typeLines(page: Page, lines: string[]) {
  await terminal(page).locator('.xterm').click();
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

async function allMet(page: Page) {
  const boxes = checklist(page).getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await expect(box).toHaveAttribute('aria-checked', 'true', { timeout: 15_000 });
}

/** Presses Tab until `target` has the focus, then the key. */
async function tabTo(page: Page, target: Locator, key = 'Enter') {
  for (let i = 0; i < 150; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return page.keyboard.press(key);
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

const start = ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>'];
const end = ['DATA', 'Subject: Lunch', '.', 'QUIT'];

test('one DATA for two: at par with staff, a reload in the middle, then Try again and over par with two RCPTs', async ({ page }) => {
  const one = item(page, /Bob and Carol, one DATA/);
  await expect(page.getByRole('heading', { level: 2, name: 'Challenges' })).toBeVisible();
  await expect(one).toContainText('Not started');
  await expect(one).toContainText('Score: SMTP lines');
  await expect(one).toContainText('Par 7');
  await one.getByRole('link').click();
  await expect(page).toHaveURL(/#\/lessons\/challenges\/one-data-two-people$/);
  await expect(page.getByRole('heading', { level: 1, name: /Bob and Carol, one DATA/ })).toBeVisible();

  // The rules up front; par's number, never its solution.
  await expect(panel(page).getByRole('region', { name: 'Rules' })).toContainText('par is 7 SMTP lines');
  await expect(parHeading(page)).toHaveCount(0);
  await expect(panel(page)).not.toContainText('staff@bob.example');
  await expect(checklist(page).getByRole('checkbox', { name: 'a new message in /var/mail/bob' })).toHaveAttribute('aria-checked', 'false');
  await fullSpeed(page);

  await typeLines(page, start);
  await expect(panel(page)).toContainText('Score so far: 2 SMTP lines');
  await page.reload();
  await expect(panel(page)).toContainText('Score so far: 2 SMTP lines');
  await fullSpeed(page);
  await typeLines(page, ['RCPT TO:<staff@bob.example>', ...end.slice(0, -1)]);
  // The goal is met at the 250 after the dot; QUIT still counts, as for par.
  await allMet(page);
  await expect(panel(page)).toContainText('End your session (QUIT) to finish');
  await expect(parHeading(page)).toHaveCount(0);
  await typeLines(page, ['QUIT']);

  await expect(panel(page).getByRole('heading', { name: 'Finished: at par' })).toBeVisible({ timeout: 15_000 });
  const finished = panel(page).getByRole('region', { name: /^Finished/ });
  await expect(finished).toContainText(/Your score\s*7 SMTP lines/);
  await expect(finished).toContainText(/Your best\s*7 SMTP lines \(at par\)/);
  const attempts = panel(page).getByRole('list', { name: 'Your attempts' }).getByRole('listitem');
  await expect(attempts).toHaveCount(1);
  await expect(attempts.first()).toContainText('7 SMTP lines (at par)1 attempt');
  await expect(parHeading(page)).toHaveText('Par solution (7 SMTP lines)');
  await expect(panel(page).getByRole('region', { name: /^Par solution/ })).toContainText('RCPT TO:<staff@bob.example>');

  await panel(page).getByRole('button', { name: 'Try again' }).click();
  await expect(parHeading(page)).toHaveCount(0);
  await expect(panel(page)).toContainText('Score so far: 0 SMTP lines');
  await expect(checklist(page).getByRole('checkbox', { name: 'a new message in /var/mail/bob' })).toHaveAttribute('aria-checked', 'false');
  await expect(terminal(page).locator('.xterm-rows')).not.toContainText('221');

  await typeLines(page, [...start, 'RCPT TO:<bob@bob.example>', 'RCPT TO:<carol@bob.example>', ...end]);
  await expect(panel(page).getByRole('heading', { name: 'Finished: 1 over par' })).toBeVisible({ timeout: 15_000 });
  await expect(finished).toContainText(/Your score\s*8 SMTP lines/);
  await expect(finished).toContainText(/Your best\s*7 SMTP lines \(at par\)/);
  await expect(attempts).toHaveCount(2);
  await expect(attempts.nth(1)).toContainText('8 SMTP lines (1 over par)1 attempt');
  await expect(parHeading(page)).toBeVisible();

  await panel(page).getByRole('link', { name: 'All challenges' }).click();
  await expect(page).toHaveURL(/#\/lessons\/challenges$/);
  await expect(one).toContainText('Finished, best 7 SMTP lines (at par)');
});

test('mx1 down, mail withheld: refused as bash would, no Compose, solved under par by keyboard alone', async ({ page }) => {
  await page.goto('./#/lessons/challenges/mx1-down-no-mail');
  await expect(panel(page).getByRole('region', { name: 'Rules' })).toContainText('Withheld: mail, mailx');
  await expect(page.getByRole('tab', { name: 'Compose' })).toHaveCount(0);
  await fullSpeed(page);
  await typeLines(page, ['mail -s hi bob@bob.example']);
  await expect(terminal(page).getByText('bash: mail: command not found')).toBeVisible();
  await expect(terminal(page)).toContainText('mail -s hi bob@bob.example is withheld here and was not run.');
  await expect(panel(page)).toContainText('Score so far: 0 shell lines');
  await expect(checklist(page).getByRole('checkbox', { name: 'without mail', exact: true })).toHaveAttribute('aria-checked', 'true');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/refused-1280-light.png` });

  await page.keyboard.press('Tab');
  const textarea = terminal(page).locator('.xterm-helper-textarea');
  await tabTo(page, textarea, 'Home');
  for (const line of ['telnet mx2.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Via the backup', '.', 'QUIT']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await expect(panel(page).getByRole('heading', { name: 'Finished: 1 under par' })).toBeVisible({ timeout: 15_000 });
  await expect(panel(page).getByRole('region', { name: /^Par solution/ })).toContainText('host -t mx bob.example');
  await tabTo(page, panel(page).getByRole('button', { name: 'Try again' }));
  await expect(parHeading(page)).toHaveCount(0);
  await expect(panel(page)).toContainText('Score so far: 0 shell lines');
});

test('a withheld command in a paste is refused, and the unfinished line after it still waits at the prompt', async ({ page }) => {
  await page.goto('./#/lessons/challenges/mx1-down-no-mail');
  await terminal(page).locator('.xterm').click();
  await terminal(page).locator('.xterm-helper-textarea').evaluate((area) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'mail -s hi bob@bob.example\nhost');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(terminal(page).getByText('bash: mail: command not found')).toBeVisible();
  await expect(terminal(page).locator('.xterm-rows')).toContainText(/mail -s hi bob@bob\.example\s*host\s*$/);
  await page.keyboard.type(' -t mx bob.example');
  await page.keyboard.press('Enter');
  await expect(terminal(page).locator('.xterm-rows')).toContainText('bob.example mail is handled by');
});

test('an unknown challenge says so', async ({ page }) => {
  await page.goto('./#/lessons/challenges/no-such-thing');
  await expect(page.getByRole('alert')).toHaveText('There is no challenge “no-such-thing” in this version.');
  await page.goto('./#/lessons/session-by-hand/1');
  await expect(page.getByRole('heading', { level: 1, name: /A session by hand/ })).toBeVisible();
});

test('screenshots: the list and a finished challenge, wide and narrow, light and dark', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/lessons/challenges/one-data-two-people');
  await fullSpeed(page);
  await typeLines(page, [...start, 'RCPT TO:<bob@bob.example>', 'RCPT TO:<carol@bob.example>', ...end]);
  await expect(panel(page).getByRole('heading', { name: 'Finished: 1 over par' })).toBeVisible({ timeout: 15_000 });
  const saved = await page.evaluate(() => localStorage.getItem('smtp-lab.challenges'));
  for (const [w, h] of [[1280, 720], [390, 844]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate((s) => localStorage.setItem('smtp-lab.challenges', s!), saved);
      await page.goto('./#/lessons/challenges');
      await expect(item(page, /Bob and Carol/)).toContainText('Finished, best 8 SMTP lines (1 over par)');
      const list = await new AxeBuilder({ page }).include('#challenges').analyze();
      expect(list.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => x.id)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/list-${w}-${scheme}.png` });
      await page.goto('./#/lessons/challenges/one-data-two-people');
      if (w < 900) await page.getByRole('tab', { name: 'Challenge' }).click();
      await expect(panel(page).getByRole('heading', { name: 'Finished: 1 over par' })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/finished-${w}-${scheme}.png` });
      await panel(page).getByRole('heading', { name: /^Par solution/ }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/par-${w}-${scheme}.png` });
      const results = await new AxeBuilder({ page }).include('.cp').analyze();
      const bad = results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical');
      expect(bad.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
    }
  }
});
