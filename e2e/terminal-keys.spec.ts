import { test, expect, type Page } from '@playwright/test';

// The control keys a student reaches for in a terminal: Ctrl-] to leave
// telnet (as its banner says), Ctrl-C to abandon a line, Ctrl-D to end a letter.
test.beforeEach(async ({ page }) => {
  await page.goto('./#/simulator');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
});

const terminal = (page: Page) => page.getByRole('region', { name: 'Terminal' });

/** What the terminal shows; xterm.js draws only while in view. */
async function screen(page: Page) {
  await terminal(page).scrollIntoViewIfNeeded();
  return terminal(page).locator('.xterm-rows');
}

async function typeLine(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

test("Ctrl-] leaves a telnet session, as telnet's banner promises", async ({ page }) => {
  await terminal(page).locator('.xterm').click();
  await typeLine(page, 'telnet mx1.bob.example 25');
  await expect(await screen(page)).toContainText("Escape character is '^]'.");
  await expect(await screen(page)).toContainText('220 mx1.bob.example');
  await page.keyboard.press('Control+]');
  await expect(await screen(page)).toContainText('Connection closed.');
  // Back at the shell: a command runs again.
  await typeLine(page, 'hostname');
  await expect(await screen(page)).toContainText(/Connection closed\.[\s\S]*alice@ws\.alice\.example:~\$ hostname\s*ws\.alice\.example/);
});

test('Ctrl-C abandons a half-typed line and Ctrl-D ends a letter', async ({ page }) => {
  await terminal(page).locator('.xterm').click();
  await page.keyboard.type('this will never run');
  await page.keyboard.press('Control+c');
  await expect(await screen(page)).toContainText('^C');
  await typeLine(page, 'whoami');
  await expect(await screen(page)).toContainText(/whoami\s*alice/);
  await expect(await screen(page)).not.toContainText('command not found');

  await typeLine(page, 'mail -s Hello bob@bob.example');
  await typeLine(page, 'A letter ended with Ctrl-D.');
  await page.keyboard.press('Control+d');
  await expect(await screen(page)).toContainText('EOT');
});

/** A paste as xterm.js takes one from the clipboard. */
async function paste(page: Page, text: string) {
  await terminal(page).locator('.xterm-helper-textarea').evaluate((area, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a paste finishes the line being typed, each of its lines is answered in order, and an unfinished last line waits at the prompt', async ({ page }) => {
  await terminal(page).locator('.xterm').click();
  await page.keyboard.type('who');
  await paste(page, 'ami\nhostname\nhost');
  const rows = await screen(page);
  await expect(rows).toContainText(/:~\$ whoami\s*alice\s*alice@ws\.alice\.example:~\$ hostname\s*ws\.alice\.example\s*alice@ws\.alice\.example:~\$ host\s*$/);
  await typeLine(page, 'name');
  await expect(rows).toContainText(/:~\$ hostname\s*ws\.alice\.example\s*alice@ws\.alice\.example:~\$ hostname\s*ws\.alice\.example\s*alice@ws\.alice\.example:~\$\s*$/);
});
