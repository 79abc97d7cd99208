// Where is a Chromium that Playwright can drive? Playwright's own build when
// `npx playwright install` has run, else a system Chromium. Returns undefined
// when there is none; scripts/e2e.mjs decides what to do about that.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findBrowser() {
  if (process.env.SMTPLAB_CHROMIUM && existsSync(process.env.SMTPLAB_CHROMIUM)) {
    return { kind: 'env', path: process.env.SMTPLAB_CHROMIUM };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { kind: 'playwright', path: undefined };
  } catch {
    // Playwright throws when its browser registry has nothing for this host.
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  return system ? { kind: 'system', path: system } : undefined;
}

// Flags for a sandboxed CI box with no network but the package registries:
// without the background-networking ones Chromium keeps dialling out.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
