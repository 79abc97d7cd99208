// Issue 13 §4, as a student: lessons 2, 5 and 7 finished by typing and
// clicking, predictions right and wrong, a hint, Show me, a reload in the
// middle, one lesson by keyboard alone, and the course list that follows.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('./#/lessons');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
});

const panel = (page: Page) => page.getByRole('region', { name: 'Lesson', exact: true });
const checklist = (page: Page) => page.getByRole('region', { name: 'Checklist' });
const terminal = (page: Page) => page.getByRole('region', { name: 'Terminal' });
const predict = (page: Page) => page.getByRole('group', { name: 'Predict the reply' });

async function fullSpeed(page: Page) {
  await page.getByRole('region', { name: 'Timeline' }).getByLabel('Speed').selectOption('max');
}

async function screen(page: Page) {
  await terminal(page).scrollIntoViewIfNeeded();
  return terminal(page).locator('.xterm-rows');
}

async function typeLines(page: Page, lines: string[], click = true) {
  if (click) await terminal(page).locator('.xterm').click();
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

/** Every clause of the step ticked. */
async function allMet(page: Page) {
  const boxes = checklist(page).getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await expect(box).toHaveAttribute('aria-checked', 'true', { timeout: 15_000 });
}

/** The prediction for `command`'s reply: the reply is not on screen until the guess. */
async function guess(page: Page, code: string, hidden: RegExp) {
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  await expect(await screen(page)).not.toContainText(hidden);
  await predict(page).getByRole('button', { name: code, exact: true }).click();
  await expect(predict(page)).toBeHidden();
  await expect(await screen(page)).toContainText(hidden, { timeout: 15_000 });
}

async function next(page: Page, step: number | 'done', id: string) {
  await panel(page).getByRole('button', { name: step === 'done' ? 'Finish' : 'Next' }).click();
  await expect(page).toHaveURL(new RegExp(`#/lessons/${id}/${step}$`));
}

/** Presses Tab until `target` has the focus (a keyboard user's way there), then the key. */
async function tabTo(page: Page, target: Locator, key = 'Enter') {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return page.keyboard.press(key);
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `/tmp/lessons-ui-shots/e2e-${name}.png` });
}

test('session by hand: typed, one prediction right and one wrong, a hint, a reload in the middle, then done in the list', async ({ page }) => {
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /A session by hand/ }) });
  await expect(item).toContainText('Not started');
  await item.getByRole('link', { name: /A session by hand/ }).click();
  await expect(page).toHaveURL(/#\/lessons\/session-by-hand\/1$/);
  await expect(page.getByRole('heading', { level: 1, name: /A session by hand/ })).toBeVisible();
  // The compose form is withheld: this lesson is typed.
  await expect(page.getByRole('tab', { name: 'Compose' })).toHaveCount(0);
  await fullSpeed(page);
  await expect(checklist(page).getByRole('checkbox')).toHaveAttribute('aria-checked', 'false');

  await panel(page).getByRole('button', { name: /^Hint/ }).click();
  await expect(panel(page).getByRole('region', { name: 'Hints' })).toContainText('telnet mx1.bob.example 25');

  await typeLines(page, ['telnet mx1.bob.example 25']);
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  // Nowhere on screen yet: not in the terminal (guess() looks), not in the timeline's list of events.
  await expect(page.getByRole('list', { name: 'Events' }).getByText(/S: 220/)).toBeHidden();
  await guess(page, '220', /220 mx1\.bob\.example/);
  await expect(page.getByRole('list', { name: 'Events' }).getByText(/S: 220/)).toBeVisible();
  await expect(panel(page)).toContainText('Right.');
  await allMet(page);
  await expect(panel(page).getByText('✓ Solved.')).toBeVisible();

  await next(page, 2, 'session-by-hand');
  await typeLines(page, ['HELO ws.alice.example']);
  await guess(page, '501', /250 mx1\.bob\.example Hello/);
  await expect(panel(page)).toContainText('You said 501.');
  await allMet(page);

  // A reload in the middle: the same step, the same world, the step still solved.
  await page.reload();
  await expect(page).toHaveURL(/#\/lessons\/session-by-hand\/2$/);
  await allMet(page);
  await expect(await screen(page)).toContainText(/250 mx1\.bob\.example Hello/);

  await next(page, 3, 'session-by-hand');
  await typeLines(page, ['MAIL FROM:<alice@alice.example>']);
  await guess(page, '250', /250 2\.1\.0/);
  await typeLines(page, ['RCPT TO:<bob@bob.example>']);
  await guess(page, '250', /250 2\.1\.5/);
  await allMet(page);

  await next(page, 4, 'session-by-hand');
  await typeLines(page, ['DATA']);
  await guess(page, '354', /354 /);
  await typeLines(page, ['From: Alice <alice@alice.example>', 'To: Bob <bob@bob.example>', 'Subject: Typed by hand', '', 'Hello Bob,', '.']);
  await guess(page, '250', /250 2\.0\.0/);
  await allMet(page);

  await next(page, 5, 'session-by-hand');
  await typeLines(page, ['QUIT']);
  await guess(page, '221', /221 /);
  await allMet(page);

  await next(page, 6, 'session-by-hand');
  await page.getByRole('button', { name: 'mailhost.bob.example', exact: true }).click();
  await typeLines(page, ['cat /var/mail/bob']);
  await allMet(page);

  await next(page, 'done', 'session-by-hand');
  await expect(page.getByRole('heading', { name: 'Lesson finished' })).toBeVisible();
  await expect(panel(page)).toContainText(/Predictions right\s*6 of 7/);
  await expect(panel(page)).toContainText(/Hints opened\s*1/);

  await page.getByRole('link', { name: 'All lessons' }).first().click();
  await expect(item).toContainText('Done');
});

test('envelope, headers, body: Show me for the Bcc, then by hand; the list says in progress in between', async ({ page }) => {
  await page.goto('./#/lessons/envelope-headers-body/1');
  await fullSpeed(page);
  await panel(page).getByRole('group', { name: /Does she get it/ }).getByRole('button', { name: 'yes' }).click();
  await expect(checklist(page).getByRole('checkbox', { name: 'you predict whether Carol gets it' })).toHaveAttribute('aria-checked', 'true');
  await panel(page).getByRole('button', { name: 'Show me' }).click();
  await allMet(page);

  await page.getByRole('link', { name: 'All lessons' }).click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Envelope, headers, body/ }) });
  await expect(item).toContainText('In progress');
  // Reset progress asks first: No keeps everything.
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(item).toContainText('In progress');
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/#\/lessons\/envelope-headers-body\/1$/);
  await allMet(page);

  await next(page, 2, 'envelope-headers-body');
  await typeLines(page, ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<carol@bob.example>', 'DATA']);
  await typeLines(page, ['From: Alice <alice@alice.example>', 'To: The President <president@whitehouse.example>', 'Subject: Who is this for?', '', 'Hi.', '.'], false);
  await guess(page, '250', /250 2\.0\.0/);
  await typeLines(page, ['QUIT']);
  await allMet(page);
  await next(page, 'done', 'envelope-headers-body');
  await expect(page.getByRole('heading', { name: 'Lesson finished' })).toBeVisible();
  await expect(panel(page)).toContainText(/Show me used\s*1/);

  await page.getByRole('link', { name: 'All lessons' }).first().click();
  await expect(item).toContainText('Done');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(item).toContainText('Not started');
  await page.reload();
  await expect(item).toContainText('Not started');
});

test('relay and AUTH LOGIN by keyboard alone, through the Playground and back', async ({ page }) => {
  await page.goto('./#/lessons/relay-and-auth/1');
  await expect(checklist(page)).toBeVisible();
  await tabTo(page, page.getByRole('region', { name: 'Timeline' }).getByLabel('Speed'), 'End');
  await tabTo(page, terminal(page).locator('.xterm-helper-textarea'), 'Home');
  await typeLines(page, ['telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'MAIL FROM:<bob@bob.example>', 'RCPT TO:<alice@alice.example>'], false);
  // The prediction takes the focus, so the answer is a Tab or two away.
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  await expect(predict(page).getByRole('button').first()).toBeFocused();
  await tabTo(page, predict(page).getByRole('button', { name: '554' }));
  await allMet(page);
  await shot(page, 'relay-refused');

  await tabTo(page, panel(page).getByRole('button', { name: 'Next' }));
  await expect(page).toHaveURL(/relay-and-auth\/2$/);
  await tabTo(page, terminal(page).locator('.xterm-helper-textarea'), 'Home');
  await typeLines(page, ['RSET', 'AUTH LOGIN'], false);
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  await tabTo(page, predict(page).getByRole('button', { name: '334' }));
  await allMet(page);

  await tabTo(page, panel(page).getByRole('button', { name: 'Next' }));
  await tabTo(page, panel(page).getByRole('link', { name: /Open the Playground/ }));
  await expect(page).toHaveURL(/#\/playground\/base64/);
  const input = page.getByRole('textbox').first();
  await tabTo(page, input, 'Control+a');
  await page.keyboard.type('VXNlcm5hbWU6');
  await expect(page.getByRole('region', { name: 'Output', exact: true })).toHaveText('Username:');
  await page.goBack();
  await expect(page).toHaveURL(/relay-and-auth\/3$/);
  await allMet(page);

  await tabTo(page, panel(page).getByRole('button', { name: 'Next' }));
  await tabTo(page, terminal(page).locator('.xterm-helper-textarea'), 'Home');
  await typeLines(page, ['YWxpY2U='], false);
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  await tabTo(page, predict(page).getByRole('button', { name: '334' }));
  await tabTo(page, terminal(page).locator('.xterm-helper-textarea'), 'Home');
  await typeLines(page, ['d29uZGVybGFuZA=='], false);
  await allMet(page);

  await tabTo(page, panel(page).getByRole('button', { name: 'Next' }));
  await tabTo(page, terminal(page).locator('.xterm-helper-textarea'), 'Home');
  await typeLines(page, ['MAIL FROM:<bob@bob.example>', 'RCPT TO:<alice@alice.example>'], false);
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  await tabTo(page, predict(page).getByRole('button', { name: '250' }));
  await tabTo(page, terminal(page).locator('.xterm-helper-textarea'), 'Home');
  await typeLines(page, ['DATA', 'Subject: Relayed after AUTH', '', 'Relayed.', '.', 'QUIT'], false);
  await allMet(page);
  await tabTo(page, panel(page).getByRole('button', { name: 'Finish' }));
  await expect(page.getByRole('heading', { name: 'Lesson finished' })).toBeVisible();
  await expect(panel(page)).toContainText(/Steps solved\s*5 of 5/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the course list and a prediction have no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const serious = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await serious()).toEqual([]);
    await page.goto('./#/lessons/session-by-hand/1');
    await fullSpeed(page);
    await typeLines(page, ['telnet mx1.bob.example 25']);
    await expect(predict(page)).toBeVisible({ timeout: 15_000 });
    expect(await serious()).toEqual([]);
  });
}

test('a lesson leaves the Simulator sandbox as it was, across a reload', async ({ page }) => {
  await page.goto('./#/simulator');
  await typeLines(page, ['whoami']);
  await expect(await screen(page)).toContainText('alice');
  await page.goto('./#/lessons/session-by-hand/1');
  await fullSpeed(page);
  await typeLines(page, ['telnet mx1.bob.example 25']);
  await expect(predict(page)).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(checklist(page)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Simulator' }).click();
  await expect(await screen(page)).toContainText('whoami');
  await expect(await screen(page)).not.toContainText('telnet');
  await page.reload();
  await expect(await screen(page)).toContainText('whoami');
  await expect(await screen(page)).not.toContainText('telnet');
});

test('on a phone, the question comes to the front when the command has gone out', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/lessons/session-by-hand/1');
  await page.getByRole('tab', { name: 'Terminal' }).click();
  await typeLines(page, ['telnet mx1.bob.example 25']);
  await expect(page.getByRole('tab', { name: 'Lesson' })).toHaveAttribute('aria-selected', 'true', { timeout: 15_000 });
  await expect(predict(page).getByRole('button').first()).toBeFocused();
  await predict(page).getByRole('button', { name: '220' }).click();
  await expect(panel(page)).toContainText('Right.');
});

test('on a phone, a lesson opens on its own panel whatever tab the Simulator was left on', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/simulator');
  const tabs = page.getByRole('tablist', { name: 'Panels' });
  await tabs.getByRole('tab', { name: 'Terminal' }).click();
  await page.goto('./#/lessons/session-by-hand/1');
  await expect(tabs.getByRole('tab', { name: 'Lesson' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page)).toContainText('Your task');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Simulator' }).click();
  await expect(tabs.getByRole('tab', { name: 'Terminal' })).toHaveAttribute('aria-selected', 'true');
});

test('at 1280×720 a lesson shows the whole topology, every host inside its panel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/lessons/session-by-hand/1');
  const drawing = page.getByRole('group', { name: 'Hosts, their networks and the Internet' });
  await expect(drawing).toBeVisible();
  const body = await page.getByRole('region', { name: 'Topology' }).locator('.ws-panel-body').boundingBox();
  const hosts = drawing.locator('[data-host]');
  await expect(hosts).toHaveCount(7);
  for (const host of await hosts.all()) {
    const box = (await host.locator('rect.box').boundingBox())!;
    const name = await host.getAttribute('data-host');
    expect(box.y, `${name} top`).toBeGreaterThanOrEqual(body!.y - 1);
    expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(body!.y + body!.height + 1);
    expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(body!.x + body!.width + 1);
  }
});

test('saved progress that cannot be read is left out and named on the Lessons page, which still works', async ({ page }) => {
  await page.evaluate(() => {
    localStorage.setItem(
      'smtp-lab.lessons',
      JSON.stringify({ state: { progress: { 'session-by-hand': { step: 'three' }, constructor: { step: 1 } } }, version: 1 }),
    );
    localStorage.setItem('smtp-lab.challenges', JSON.stringify({ state: { progress: 7 }, version: 1 }));
  });
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('your lesson progress (session-by-hand)');
  await expect(notice).toContainText('your challenge scores');
  await expect(page.getByRole('heading', { level: 2, name: 'The course' })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
