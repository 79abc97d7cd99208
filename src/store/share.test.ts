import { beforeEach, describe, expect, it } from 'vitest';
import { decodeShareJson, shareFileText, type WorldShare } from '../core/share/index';
import { HOSTS } from '../core/net/index';
import { sharedView, simulatorStore, FREE_PLAY } from './simulator';
import { openWorldShare, simulatorShare } from './share';
import { EMPTY_DRAFT } from './simulatorCompose';

const s = () => simulatorStore.getState();

describe('shared Simulator states in the store', () => {
  beforeEach(() => {
    s().keepOwnWork();
    s().loadScenario(FREE_PLAY.id);
  });

  it('opens a shared session exactly (typed lines, a composed message, a seek back) and keeps the own work to go back to', () => {
    s().sendLine('host -t mx bob.example');
    s().compose({ ...EMPTY_DRAFT, subject: 'Shared', body: 'Hi', extraHeaders: 'X-Test: yes' });
    s().seek(s().timeline.log.length);
    s().sendLine('mailq');
    s().seek(3);
    s().toggleLayer('tcp');
    const share = simulatorShare(s());
    const log = s().timeline.log;
    // What the link carries is what was on screen, and it survives JSON.
    const back = decodeShareJson(shareFileText(share));
    expect(back.ok).toBe(true);

    s().loadScenario('four-mta-journey');
    s().stepBy(5);
    const opened = openWorldShare(back.ok ? (back.value as WorldShare) : share);
    expect(opened).toEqual({ ok: true, exact: true, message: 'Replayed exactly.' });
    expect(s().scenarioId).toBe(FREE_PLAY.id);
    expect(s().position).toBe(3);
    expect(s().layers.tcp).toBe(false);
    expect(s().timeline.log.map((e) => e.summary)).toEqual(log.map((e) => e.summary));
    // Sharing the shared view again gives the same state.
    expect(simulatorShare(s()).log).toEqual(share.log);

    s().keepOwnWork();
    expect(s().visiting).toBeUndefined();
    expect(s().scenarioId).toBe('four-mta-journey');
    expect(s().position).toBe(5);
  });

  it('saves the person’s own work, never the shared state, while one is shown', () => {
    s().loadScenario('four-mta-journey');
    s().stepBy(2);
    s().sendLine('whoami');
    const own = s().acts;
    s().loadScenario(FREE_PLAY.id);
    s().sendLine('hostname');
    const share = simulatorShare(s());
    s().loadScenario('four-mta-journey');
    s().stepBy(2);
    s().sendLine('whoami');
    openWorldShare(share);
    s().sendLine('help');
    s().stepBy(1);
    const saved = simulatorStore.persist.getOptions().partialize!(s()) as { scenarioId: string; acts: unknown };
    expect(saved.scenarioId).toBe('four-mta-journey');
    expect(saved.acts).toEqual(own);
    expect(s().visiting?.sandbox.scenarioId).toBe('four-mta-journey');
    expect(s().visiting?.sandbox.acts).toEqual(own);
  });

  it('opens attached to the host the sender was attached to, not the scenario’s own (mx1 rather than ws)', () => {
    s().sendLine('host -t mx bob.example');
    s().selectHost(HOSTS.mx1);
    s().sendLine('hostname');
    const share = simulatorShare(s());
    expect(share.screen.host).toBe(HOSTS.mx1);
    const back = decodeShareJson(shareFileText(share));
    if (!back.ok || back.value.kind !== 'simulator') throw new Error('the shared state did not read back');

    s().loadScenario('four-mta-journey');
    expect(s().selectedHost).not.toBe(HOSTS.mx1);
    expect(openWorldShare(back.value)).toMatchObject({ ok: true, exact: true });
    expect(s().selectedHost).toBe(HOSTS.mx1);
    // The line typed at mx1 replayed at mx1's shell.
    expect(s().timeline.log.filter((e) => e.kind === 'shell-input').map((e) => e.from)).toEqual([HOSTS.ws, HOSTS.mx1]);
    s().keepOwnWork();
    expect(s().selectedHost).not.toBe(HOSTS.mx1);
  });

  it('says which event first differs when the log is not the sender’s', () => {
    s().sendLine('host -t mx bob.example');
    const share = simulatorShare(s());
    const changed: WorldShare = { ...share, log: { ...share.log, digest: '0000000000000000', marks: share.log.marks.map(() => '000000') } };
    const opened = openWorldShare(changed);
    expect(opened.ok && !opened.exact && opened.message).toMatch(/first differs in event/);
    expect(sharedView(s())?.exact).toBe(false);
  });

  it('refuses an unknown scenario without touching the store', () => {
    const share = { ...simulatorShare(s()), id: 'no-such-scenario' };
    const before = s().timeline;
    expect(openWorldShare(share)).toMatchObject({ ok: false, error: { kind: 'unknown-start' } });
    expect(s().timeline).toBe(before);
    expect(s().visiting).toBeUndefined();
    expect(s().selectedHost).toBe(HOSTS.ws);
  });
});
