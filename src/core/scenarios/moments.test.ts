// Issue 10 §2: every scenario's teaching moments are found in its log, for
// any seed, and the terminal of a story told between MTAs is never blank.
import { describe, expect, it } from 'vitest';
import { HOSTS } from '../net/index';
import { mainMomentOf, momentsOf, openScenario, playScenario, SCENARIOS, scenarioById } from './index';

describe('teaching moments', () => {
  for (const s of SCENARIOS) {
    it(`${s.id}: 3–5 one-line moments, one main, each found in the log for every seed`, () => {
      const moments = s.moments ?? [];
      expect(moments.length).toBeGreaterThanOrEqual(3);
      expect(moments.length).toBeLessThanOrEqual(5);
      expect(moments.filter((m) => m.main)).toHaveLength(1);
      for (const m of moments) expect(m.caption).toMatch(/^[^\n]{10,100}$/);
      for (const seed of [1, 7, 42]) {
        const log = playScenario(s, seed).log;
        const found = momentsOf(s, log);
        expect(found.map((f) => f.caption).sort(), `seed ${seed}`).toEqual(moments.map((m) => m.caption).sort());
        expect(new Set(found.map((f) => f.seq)).size, `seed ${seed}: two moments on one event`).toBe(found.length);
        expect(mainMomentOf(s, log)!.caption).toBe(moments.find((m) => m.main)!.caption);
      }
    });
  }

  it('the main moment of MX fail-over is the time-out, not the last FIN', () => {
    const s = scenarioById('mx-failover')!;
    const log = playScenario(s).log;
    const main = mainMomentOf(s, log)!;
    expect(log[main.seq - 1]!.kind).toBe('timeout');
    expect(main.seq).toBeLessThan(log.length);
  });

  it('finds nothing in a log the story did not happen in, and keeps log order', () => {
    const greylisting = scenarioById('greylisting')!;
    expect(momentsOf(scenarioById('null-mx')!, playScenario(scenarioById('helo-by-hand')!).log)).toEqual([]);
    const found = momentsOf(greylisting, playScenario(greylisting).log);
    expect(found.map((f) => f.seq)).toEqual([...found.map((f) => f.seq)].sort((a, b) => a - b));
    expect(momentsOf({ moments: [{ match: { kind: 'compose', nth: -3 }, caption: 'x' }] }, playScenario(greylisting).log)).toHaveLength(1);
    expect(momentsOf({}, [])).toEqual([]);
  });
});

describe('a scenario told between MTAs', () => {
  const between = SCENARIOS.filter((s) => s.terminal);

  it('opens a host on tail -f /var/log/mail.log, an MTA host, the focus but in the landing scenario', () => {
    expect(between.map((s) => s.id).sort()).toEqual(['eavesdropper', 'four-mta-journey', 'greylisting', 'mime-attachments', 'mx-failover', 'null-mx', 'rfc821-server', 'size-limit', 'unknown-user-bounce']);
    for (const s of between) {
      expect(s.terminal!.host, s.id).toBe(s.id === 'four-mta-journey' ? HOSTS.aliceRelay : s.focus);
      const open = openScenario(s);
      expect(open.world.hosts[s.terminal!.host]!.mta, s.id).toBeDefined();
      expect(open.world.hosts[s.terminal!.host]!.shell.mode.type, s.id).toBe('following');
    }
  });

  it('shows the queue, the retry and the delivery as an administrator would', () => {
    const tl = playScenario(scenarioById('greylisting')!);
    const screen = tl.world.hosts[HOSTS.aliceRelay]!.shell.screen;
    expect(screen).toMatch(/^postmaster@relay\.alice\.example:~\$ tail -f \/var\/log\/mail\.log\n/);
    expect(screen).toMatch(/status=deferred \(host mx1\.bob\.example\[198\.51\.100\.25\] said: 451 4\.7\.1[^\n]*\n(.*\n)*.*status=sent/);
  });
});
