// Issue 16 §2–3, as a teacher and a student: a lesson built from scratch in
// the builder (mark start, a typed session, pins, a prediction, Test,
// export), opened from its link in a fresh browser and solved; a lesson file
// imported, a broken one refused by field; a built-in lesson edited while
// the original stays as it was.
import { test, expect, type Page } from '@playwright/test';
import { screenText, startCleanWithClipboard, terminal, typeLine } from './support/share';

test.describe.configure({ timeout: 120_000 });

startCleanWithClipboard('lessons');

const SESSION = ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: Built by hand', '', 'Hello Bob.', '.', 'QUIT'];

const builder = (page: Page) => page.getByRole('region', { name: 'Builder', exact: true });
const events = (page: Page) => page.getByRole('list', { name: 'Events' });

async function fullSpeed(page: Page) {
  await page.getByRole('region', { name: 'Timeline' }).getByLabel('Speed').selectOption('max');
}

async function typeAll(page: Page, lines: readonly string[]) {
  for (const line of lines) await typeLine(page, line);
}

/**
 * Clicks the one event whose row matches (hop and summary), scrolling the
 * virtualized list up from its end until the row is drawn; retried whole,
 * since a row redrawn while the list scrolls is a new element.
 */
async function selectEvent(page: Page, row: RegExp) {
  const found = events(page).getByRole('button').filter({ hasText: row });
  await expect(async () => {
    if ((await found.count()) === 0) await events(page).evaluate((ol) => ol.parentElement!.scrollBy(0, -200));
    await found.click({ timeout: 2_000 });
    await expect(found).toHaveAttribute('aria-current', 'step', { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
}

async function buildLesson(page: Page) {
  await page.getByRole('button', { name: 'New lesson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Lesson builder: New lesson/ })).toBeVisible();
  await fullSpeed(page);
  const b = builder(page);
  await b.getByRole('textbox', { name: 'Title' }).fill('Hand delivery');
  await b.getByRole('textbox', { name: 'Goal (one line for the course list)' }).fill('Deliver a message to Bob by typing SMTP.');
  await b.getByRole('button', { name: 'Mark start' }).click();
  await expect(b.getByRole('status').first()).toContainText('Start marked');
  await b.getByRole('textbox', { name: 'What to read', exact: true }).fill('Talk to Bob’s MX yourself, from the greeting to QUIT.');
  await b.getByRole('textbox', { name: 'What to do (one sentence)' }).fill('Send Bob a message with a session typed by hand.');
  await typeAll(page, SESSION);
  await expect.poll(() => screenText(page)).toMatch(/221 2\.0\.0 Bye/);
  await expect(b.getByRole('list', { name: 'Recorded solution' }).getByRole('listitem')).toHaveCount(SESSION.length);
  await expect(b.getByRole('list', { name: 'Recorded solution' }).getByRole('listitem').first()).toHaveText(`${SESSION[0]} at ws.alice.example`);

  await selectEvent(page, /mx1\.bob\.example → ws\.alice\.example.*S: 250 2\.0\.0 Ok: queued/);
  await b.getByRole('button', { name: 'Pin' }).click();
  await expect(b.getByRole('group', { name: /Clause 1: .*250/ })).toBeVisible();
  // The message in /var/mail/bob, pinned from the Mailboxes panel.
  // At the end of the log, once mx1 has handed it on to mailhost (the Mailboxes show the world at the event selected).
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Go to the end' }).click();
  await timeline.getByRole('tab', { name: 'Mailboxes' }).click();
  await timeline.getByRole('list', { name: /\/var\/mail\/bob on mailhost/ }).getByRole('button', { name: /Built by hand/ }).click();
  await timeline.getByRole('button', { name: 'Pin this message' }).click();
  await timeline.getByRole('tab', { name: 'Events' }).click();
  const mailbox = b.getByRole('group', { name: /Clause 2: / });
  await expect(mailbox.getByLabel('Mailbox of')).toHaveValue('bob');
  await expect(mailbox.getByLabel('Subject contains')).toHaveValue('Built by hand');
  await selectEvent(page, /mx1\.bob\.example → ws\.alice\.example.*S: 250 2\.1\.5/);
  await b.getByRole('button', { name: 'Pause here' }).click();
  await expect(b.getByRole('group', { name: /Before mx1\.bob\.example answers/ })).toBeVisible();

  // The checklist says what is missing until Test passes.
  const lessonChecklist = b.getByRole('region', { name: 'Lesson checklist' });
  await expect(lessonChecklist.getByRole('checkbox', { name: 'A solution that passes' })).toHaveAttribute('aria-checked', 'false');
  await expect(b.getByRole('button', { name: 'Share link' })).toBeDisabled();
  await lessonChecklist.getByRole('button', { name: 'Test' }).click();
  await expect(b.getByRole('status').first()).toHaveText(/Test passed/);
  await expect(b.getByRole('list', { name: 'Test results' })).toContainText('✓ the solution meets every check; ✓ the bare start does not meet it');
  for (const box of await lessonChecklist.getByRole('checkbox').all()) await expect(box).toHaveAttribute('aria-checked', 'true');
}

test('build a lesson from scratch, export it as a link, and solve it in a fresh browser', async ({ page, browser }) => {
  await buildLesson(page);
  const b = builder(page);
  await b.getByRole('button', { name: 'Share link' }).click();
  const link = await b.getByLabel('Link').inputValue();
  expect(link).toMatch(/#\/lessons\/import\/1\.[A-Za-z0-9_-]+~[0-9a-f]{8}$/);
  await expect(b.getByText('Link copied to the clipboard.', { exact: false })).toBeVisible();

  // Nothing is lost on reload: the builder comes back with the pins and the recorded session.
  await page.reload();
  await expect(builder(page).getByRole('group', { name: /Clause 2: / })).toBeVisible();
  await expect(builder(page).getByRole('list', { name: 'Recorded solution' }).getByRole('listitem')).toHaveCount(SESSION.length);

  const student = await (await browser.newContext()).newPage();
  await student.goto(link);
  await expect(student.getByRole('status')).toHaveText('Added “Hand delivery” (1 step) to My lessons.');
  await student.getByRole('link', { name: 'Start the lesson' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'My lesson: Hand delivery' })).toBeVisible();
  await fullSpeed(student);
  await typeAll(student, SESSION.slice(0, 4));
  const predict = student.getByRole('group', { name: 'Predict the reply' });
  await expect(predict).toContainText('RCPT TO:<bob@bob.example>');
  await predict.getByRole('button', { name: '250' }).click();
  await typeAll(student, SESSION.slice(4));
  await expect(student.getByRole('region', { name: 'Lesson', exact: true }).getByText('✓ Solved.')).toBeVisible();
  await student.goto('./#/lessons/mine');
  await expect(student.getByRole('region', { name: 'My lessons' }).getByRole('link', { name: 'Hand delivery', exact: true })).toBeVisible();
  await student.context().close();
});

test('a downloaded lesson file imports in a fresh browser; a broken one is refused by field', async ({ page, browser }) => {
  await buildLesson(page);
  const [download] = await Promise.all([page.waitForEvent('download'), builder(page).getByRole('button', { name: 'Download .json' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^my-lesson.*\.smtplab-lesson\.json$/);
  const path = await download.path();

  const other = await (await browser.newContext()).newPage();
  await other.goto('./#/lessons/mine');
  const mine = other.getByRole('region', { name: 'My lessons' });
  await mine.getByLabel('Import lesson').setInputFiles(path);
  await expect(mine.getByRole('status')).toContainText('Added “Hand delivery” to My lessons.');
  await expect(mine.getByRole('link', { name: 'Hand delivery', exact: true })).toBeVisible();

  const broken = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8'));
  broken.lesson.steps[0].check.of[0].code = 999;
  await mine.getByLabel('Import lesson').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const alert = mine.getByRole('alert');
  await expect(alert).toContainText('broken.json is not a lesson SMTP Lab can open');
  await expect(alert).toContainText('steps[0].check.of[0].code must be a reply code 200–599');
  await expect(mine.getByRole('listitem').filter({ hasText: 'Hand delivery' })).toHaveCount(1);
  await other.context().close();
});

test('editing a built-in lesson changes a copy in My lessons, never the original', async ({ page }) => {
  const course = page.getByRole('region', { name: 'The course' });
  await course.getByRole('listitem').filter({ hasText: 'A session by hand' }).getByRole('button', { name: /^Edit/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lesson builder: A session by hand' })).toBeVisible();
  const b = builder(page);
  await b.getByRole('textbox', { name: 'Title' }).fill('A session by hand, my way');
  await b.getByRole('textbox', { name: 'What to read', exact: true }).fill('My own words for step 1.');
  await expect(page.getByRole('heading', { level: 1, name: 'Lesson builder: A session by hand, my way' })).toBeVisible();

  await page.goto('./#/lessons');
  await expect(course.getByRole('link', { name: /A session by hand$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'My lessons' }).getByRole('link', { name: 'A session by hand, my way', exact: true })).toBeVisible();
  await course.getByRole('link', { name: /A session by hand$/ }).click();
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).toContainText('Connect to Bob’s MX as in the first lesson.');
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).not.toContainText('My own words');
  // The copy is a lesson a learner can take, with the new words.
  await page.goto('./#/lessons/my-session-by-hand/1');
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).toContainText('My own words for step 1.');
  await expect(terminal(page)).toBeVisible();
});

test('a pinned clause edited as a form: Test fails naming it, then passes; steps and hints added and removed; the lesson taken, then deleted', async ({ page }) => {
  await page.getByRole('button', { name: 'New lesson' }).click();
  await fullSpeed(page);
  const b = builder(page);
  await b.getByRole('textbox', { name: 'Title' }).fill('Who speaks first');
  await b.getByRole('textbox', { name: 'Goal (one line for the course list)' }).fill('See that the server greets first.');
  await b.getByRole('button', { name: 'Mark start' }).click();
  await b.getByRole('textbox', { name: 'What to read', exact: true }).fill('Connect and wait.');
  await b.getByRole('textbox', { name: 'What to do (one sentence)' }).fill('telnet mx1.bob.example 25');
  await typeLine(page, 'telnet mx1.bob.example 25');
  await expect.poll(() => screenText(page)).toMatch(/220 mx1/);
  await selectEvent(page, /mx1\.bob\.example → ws\.alice\.example.*S: 220/);
  await b.getByRole('button', { name: 'Pin' }).click();
  await b.getByRole('button', { name: 'Add hint' }).click();
  await b.getByRole('textbox', { name: 'Hint 1' }).fill('The server speaks first.');

  const clause = b.getByRole('group', { name: /Clause 1: / });
  await clause.getByRole('textbox', { name: 'Reply code' }).fill('554');
  await expect(clause).toHaveAccessibleName(/554/);
  await b.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(b.getByRole('list', { name: 'Test results' })).toContainText('✗ the solution fails: mx1.bob.example answers the connection with 554');
  await clause.getByRole('textbox', { name: 'Reply code' }).fill('220');
  await b.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(b.getByRole('status').first()).toHaveText(/Test passed/);

  await b.getByRole('button', { name: 'Add step' }).click();
  await expect(b.getByRole('tab', { name: 'Step 2' })).toHaveAttribute('aria-selected', 'true');
  await b.getByRole('button', { name: 'Remove last step' }).click();
  await expect(b.getByRole('tab')).toHaveCount(1);

  await b.getByRole('link', { name: 'Take it as a learner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My lesson: Who speaks first' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).toContainText('Connect and wait.');

  await page.goto('./#/lessons/mine');
  const mine = page.getByRole('region', { name: 'My lessons' });
  page.once('dialog', (d) => void d.accept());
  await mine.getByRole('button', { name: 'Delete Who speaks first' }).click();
  await expect(mine.getByText('None yet.')).toBeVisible();
});

for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`screenshot at ${size.width}×${size.height}, ${colorScheme}`, () => {
      test.use({ viewport: size, colorScheme });

      test('the builder with a pinned reply', async ({ page }) => {
        const phone = size.width < 900;
        await page.getByRole('button', { name: 'New lesson' }).click();
        if (!phone) await fullSpeed(page);
        if (phone) await page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name: 'Builder' }).click();
        await builder(page).getByRole('textbox', { name: 'Title' }).fill('Who speaks first?');
        await builder(page).getByRole('button', { name: 'Mark start' }).click();
        if (phone) await page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name: 'Terminal' }).click();
        await typeLine(page, 'telnet mx1.bob.example 25');
        await expect.poll(() => screenText(page)).toMatch(/220 mx1/);
        if (phone) await page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name: 'Timeline' }).click();
        await selectEvent(page, /mx1\.bob\.example → ws\.alice\.example.*S: 220/);
        if (phone) await page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name: 'Builder' }).click();
        await builder(page).getByRole('button', { name: 'Pin' }).click();
        await expect(builder(page).getByRole('group', { name: /Clause 1: .*220/ })).toBeVisible();
        const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
        expect(scroll).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `/tmp/shots/builder-${size.width}x${size.height}-${colorScheme}.png` });
      });
    });
  }
}
