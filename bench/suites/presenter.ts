// Presenter mode (issue 14 §2): the time from a presenter's step to the
// audience window showing it, over 200 steps of the four-MTA scenario: the
// presenter's store changes, the acts and position cross a BroadcastChannel,
// the audience replays and React commits. Goal: within one frame. The same
// run also times a bare message between the two pages, the channel's floor.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { result, type BenchResult, type Suite } from '../harness';
// @ts-expect-error: a plain .mjs helper shared with scripts/e2e.mjs
import { findBrowser, CHROMIUM_ARGS } from '../../scripts/find-browser.mjs';
// @ts-expect-error: a plain .mjs helper shared with scripts/e2e.mjs
import { withPreview } from '../../scripts/preview.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const STEPS = 200;

type Shown = { position: number; sent: number; committed: number; painted: number };
type Sync = { commit: number[]; paint: number[]; bare: number[] };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const worst = (xs: number[]) => Math.max(...xs);

async function measureSync(url: string): Promise<Sync> {
  const found = findBrowser() as { path?: string } | undefined;
  const browser = await chromium.launch({ executablePath: found?.path, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${url}#/simulator`);
    await page.evaluate('localStorage.clear()');
    await page.reload();
    await page.getByLabel('Scenario').selectOption('four-mta-journey');
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const room = await popup;
    await room.locator('.audience[data-position="0"]').waitFor();
    await room.evaluate('window.__presenterShown = []');
    // The scenario has fewer than 200 events: forward to the end, back to the start, and so on.
    const length = Number(/of (\d+)/.exec(await page.locator('.scrub-row .position').innerText())?.[1]);
    let at = 0;
    let by = 1;
    for (let i = 1; i <= STEPS; i++) {
      if (at + by < 0 || at + by > length) by = -by;
      at += by;
      await page.keyboard.press(by > 0 ? 'PageDown' : 'PageUp');
      await room.waitForFunction(`window.__presenterShown.length >= ${i} && window.__presenterShown.at(-1).position === ${at}`);
    }
    const shown = (await room.evaluate('window.__presenterShown')) as Shown[];

    // The floor: one small message from page to page, nothing replayed or drawn.
    await room.evaluate(`(() => { window.__bare = []; const c = new BroadcastChannel('bench-bare'); c.onmessage = (e) => window.__bare.push(performance.timeOrigin + performance.now() - e.data); })()`);
    await page.evaluate(`window.__c = new BroadcastChannel('bench-bare')`);
    for (let i = 1; i <= STEPS; i++) {
      await page.evaluate('window.__c.postMessage(performance.timeOrigin + performance.now())');
      await room.waitForFunction(`window.__bare.length >= ${i}`);
    }
    const bare = (await room.evaluate('window.__bare')) as number[];
    return { commit: shown.map((s) => s.committed - s.sent), paint: shown.map((s) => s.painted - s.sent), bare };
  } finally {
    await browser.close();
  }
}

export const suite: Suite = {
  name: 'presenter',
  async run(): Promise<BenchResult[]> {
    if (!findBrowser()) return [];
    if (!existsSync(join(ROOT, 'dist', 'index.html'))) spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
    const s = (await withPreview(ROOT, measureSync)) as Sync;
    return [
      result('presenter-sync', 'ms', median(s.commit), 16.7, `goal (median of ${s.commit.length} steps)`, false, '≤ 16.7 ms'),
      result('presenter-sync worst', 'ms', worst(s.commit), 16.7, 'goal', false, 'one frame'),
      result('presenter-sync to next frame median', 'ms', median(s.paint), 16.7 * 2, 'goal: the frame after', false, '≤ 33.4 ms'),
      result('presenter-sync median vs a bare message', 'ms', median(s.commit), median(s.bare), 'BroadcastChannel, nothing replayed', false),
    ];
  },
};
