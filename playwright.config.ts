import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with scripts/e2e.mjs
import { findBrowser, CHROMIUM_ARGS } from './scripts/find-browser.mjs';

const browser = findBrowser() as { path?: string } | undefined;
// scripts/e2e.mjs picks a free port; 4199 when Playwright is run directly.
const PORT = Number(process.env.SMTPLAB_E2E_PORT ?? 4199);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser?.path,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
