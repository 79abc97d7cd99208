#!/usr/bin/env node
// Runs the Playwright suite against the built app, finding a browser first:
// Playwright's own, else the system Chromium, else (as root, with apt) it
// installs Debian's Chromium; otherwise it says exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';
import { freePort } from './preview.mjs';

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('e2e: no Chromium found; installing Debian\'s chromium with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return install.status === 0;
}

let browser = findBrowser();
if (!browser && installWithApt()) browser = findBrowser();
if (!browser) {
  console.error(
    [
      'e2e: no browser for Playwright was found.',
      'Install one, then run the tests again:',
      '  on Debian or Ubuntu:  sudo apt-get install -y chromium',
      '  anywhere else:        npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`e2e: using ${browser.kind === 'playwright' ? "Playwright's own Chromium" : browser.path}`);

// A free port for the preview server, so a dev server or another run on the
// usual port never stops the suite. Playwright's workers inherit it.
const port = process.env.SMTPLAB_E2E_PORT ?? String(await freePort());

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, SMTPLAB_E2E_PORT: port, ...(browser.path ? { SMTPLAB_CHROMIUM: browser.path } : {}) },
});
process.exit(result.status ?? 1);
