import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { playScenario, scenarioById } from '../../core/scenarios/index';
import { transcriptHtml } from '../../core/share/transcript-html';

describe('npm run sim', () => {
  const sim = (...args: string[]) => execFileSync('npx', ['tsx', 'src/node/sim/main.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('--list names each scenario; a scenario plays as JSON lines', () => {
    expect(sim('--list')).toMatch(/^four-mta-journey +The four-MTA journey$/m);
    const a = sim('null-mx', '--json', '--seed', '3');
    const lines = a.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; layer: string });
    expect(lines[0]!.seq).toBe(1);
    expect(lines.some((l) => l.layer === 'dns')).toBe(true);
  }, 30_000);

  it('--html prints the coloured transcript page for the scenario and seed', () => {
    const s = scenarioById('helo-by-hand')!;
    expect(sim('helo-by-hand', '--html', '--seed', '2')).toBe(transcriptHtml({ ...s, seed: 2 }, playScenario(s, 2).log));
  }, 30_000);

  /** How a run that should fail ended: its exit status and what it said on stderr. */
  const failure = (...args: string[]): { status: number | null; stderr: string } => {
    try {
      sim(...args);
    } catch (e) {
      const { status, stderr } = e as { status: number | null; stderr: string };
      return { status, stderr };
    }
    throw new Error(`sim ${args.join(' ')} succeeded`);
  };

  it('refuses a bad option or an unknown scenario with status 2', () => {
    expect(failure('nope')).toMatchObject({ status: 2, stderr: expect.stringMatching(/no scenario "nope"/) });
    expect(failure('--seed', 'x', 'null-mx')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--seed needs a non-negative integer/) });
  }, 30_000);
});
