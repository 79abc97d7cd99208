// share-link-size: the link for the four-MTA journey followed by a session
// of 12 lines typed at Alice's workstation, in characters; goal ≤ 600 (the
// limit where a link still fits a chat message or a slide's notes). The
// reference is the same state as URI-encoded JSON, the naive link.
// share-replay: opening that link in core (decode, inflate, validate,
// replay, digest) against replaying the same session with no link at all;
// what the link costs over loading the scenario.
// share-open: in the built app, a link to the four-MTA journey (halfway,
// the TCP layer hidden, the eavesdropper on) opened (hash set → the shared
// state on screen, "Replayed exactly") against loading the same scenario
// from the picker (chosen → its first event on screen); goal ≤ 1.5×. And
// the same for the typed session's link, whose replay has 55 more events.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { compareTimes, result, type BenchResult, type Suite } from '../harness';
// @ts-expect-error: a plain .mjs helper shared with scripts/e2e.mjs
import { findBrowser, CHROMIUM_ARGS } from '../../scripts/find-browser.mjs';
// @ts-expect-error: a plain .mjs helper shared with scripts/e2e.mjs
import { withPreview } from '../../scripts/preview.mjs';
import { HOSTS } from '../../src/core/net/index';
import { fourMtaJourney } from '../../src/core/scenarios/journeys';
import { checkReplay, decodeShare, encodeShare, replay, worldShare, type SharedInput, type WorldShare } from '../../src/core/share/index';
import { deflateRaw, inflateRaw } from '../../src/ui/share/compression';

const TYPED = [
  'telnet mx1.bob.example 25',
  'EHLO ws.alice.example',
  'MAIL FROM:<alice@alice.example>',
  'RCPT TO:<bob@bob.example>',
  'DATA',
  'From: Alice <alice@alice.example>',
  'To: Bob <bob@bob.example>',
  'Subject: Typed by hand',
  '',
  'Hello Bob, this one I typed myself.',
  '.',
  'QUIT',
];

/** The store's acts for the session: each typed when the world had played out what the line before caused. */
function session(): WorldShare {
  const acts: { at: number; input: SharedInput }[] = [];
  for (const line of TYPED) acts.push({ at: replay(fourMtaJourney, 1, acts).log.length, input: { type: 'shell', host: HOSTS.ws, line } });
  const end = replay(fourMtaJourney, 1, acts).log.length;
  return worldShare({ start: fourMtaJourney, seed: 1, acts, position: end, host: HOSTS.ws, selected: end, layers: { tcp: true, dns: true, smtp: true, delivery: true, ua: true, config: true }, eavesdropper: false });
}

const ROOT = join(import.meta.dirname, '..', '..');

// Strings, not functions: tsx would wrap a named function in a helper that does not exist in the page.
// A MutationObserver, not a frame loop, so the time ends with the DOM change itself, not at the next frame.
const UNTIL = `(test) => new Promise((resolve) => {
  if (test()) return resolve();
  const seen = new MutationObserver(() => test() && (seen.disconnect(), resolve()));
  seen.observe(document.body, { subtree: true, childList: true, characterData: true });
})`;
/** Picks a scenario as a person does (React reads the change event) and times until its first event is on screen. */
const PICK = `async ([id, shown]) => {
  const until = ${UNTIL};
  const select = document.querySelector('.scenario-picker select');
  const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
  const t0 = performance.now();
  setValue.call(select, id);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => document.querySelector('.transport-block .position')?.textContent === shown);
  return performance.now() - t0;
}`;
/** Opens the link in the running page and times until the shared state is on screen. */
const OPEN = `async (hash) => {
  const until = ${UNTIL};
  const t0 = performance.now();
  location.hash = hash;
  await until(() => document.querySelector('.shared-banner')?.textContent.includes('Replayed exactly'));
  return performance.now() - t0;
}`;
// Each timed act starts from a page at rest: what the act before it changed
// drawn, its frame painted. Otherwise the open pays for the pick before it:
// the picker's change event runs at once, but hashchange is a task queued
// behind that pick's frame (layout, paint, the terminal's redraw), and a
// journey halfway drawn leaves far more of it than free play does.
const SETTLE = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))';
const KEEP_OWN = `async () => {
  document.querySelector('.shared-banner button')?.click();
  await (${UNTIL})(() => !document.querySelector('.shared-banner'));
}`;

/** The best of `rounds` of each, alternating, in one page that has loaded the Simulator's code already. */
async function measureOpen(url: string, hash: string, rounds = 15): Promise<{ ours: number; reference: number }> {
  const found = findBrowser() as { path?: string } | undefined;
  const browser = await chromium.launch({ executablePath: found?.path, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${url}#/simulator`);
    await page.evaluate('localStorage.clear()');
    await page.reload();
    await page.locator('.transport-block .position').waitFor();
    const pick = (id: string, shown: string) => page.evaluate(`(${PICK})(${JSON.stringify([id, shown])})`) as Promise<number>;
    await page.getByLabel('Scenario').selectOption('four-mta-journey');
    await page.locator('.transport-block .position').filter({ hasNotText: 'of 0' }).waitFor();
    const shown = await page.locator('.transport-block .position').textContent();
    let ours = Infinity;
    let reference = Infinity;
    for (let i = 0; i <= rounds; i++) {
      await pick('free-play', 'Event 0 of 0');
      await page.evaluate(SETTLE);
      const a = await pick('four-mta-journey', shown!);
      await page.evaluate(SETTLE);
      const b = (await page.evaluate(`(${OPEN})(${JSON.stringify(hash)})`)) as number;
      await page.evaluate(`(${KEEP_OWN})()`);
      // The first round warms both paths up.
      if (i > 0) [reference, ours] = [Math.min(reference, a), Math.min(ours, b)];
    }
    return { ours, reference };
  } finally {
    await browser.close();
  }
}

export const suite: Suite = {
  name: 'share',
  async run() {
    const state = session();
    const link = await encodeShare(state, deflateRaw);
    const naive = `#/s/${encodeURIComponent(JSON.stringify(state))}`;
    const open = async () => {
      const out = await decodeShare(link, inflateRaw);
      if (!out.ok || out.value.kind !== 'simulator' || !checkReplay(out.value, fourMtaJourney).exact) throw new Error('the link did not replay exactly');
    };
    const times = await compareTimes(open, () => replay(fourMtaJourney, 1, state.acts));
    const out: BenchResult[] = [];
    if (findBrowser()) {
      if (!existsSync(join(ROOT, 'dist', 'index.html'))) spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
      const bare = await encodeShare(worldShare({ start: fourMtaJourney, seed: 1, acts: [], position: 38, host: HOSTS.ws, selected: 38, layers: { tcp: false, dns: true, smtp: true, delivery: true, ua: true, config: true }, eavesdropper: true }), deflateRaw);
      const [scenario, typed] = (await withPreview(ROOT, async (url: string) => [await measureOpen(url, bare), await measureOpen(url, link)])) as { ours: number; reference: number }[];
      out.push(
        result('share-open', 'ms', scenario!.ours, scenario!.reference, 'the scenario from the picker', false, '≤ 1.5× the picker'),
        result('share-open (12 typed lines)', 'ms', typed!.ours, typed!.reference, 'the scenario from the picker', false),
      );
    }
    return [
      ...out,
      result('share-link-size', 'characters', link.length, naive.length, 'URI-encoded JSON', false, '≤ 600'),
      result('share-replay', 'ms', times.ours, times.reference, 'replay without a link', false, '≤ 1.5× the replay'),
    ];
  },
};
