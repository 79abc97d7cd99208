import { describe, expect, it } from 'vitest';
import { simulatorStore } from './simulator';
import { replayActs, type ActsReplay } from './simulatorAudience';

// The audience replays what the presenter sends (acts, as JSON over the
// channel) and must reach the very same log, byte for byte.
const json = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const logText = () => JSON.stringify(simulatorStore.getState().timeline.log.map((e) => [e.seq, e.summary, Array.from(e.bytes)]));

describe('replayActs', () => {
  const s = simulatorStore.getState();
  s.loadScenario('free-play');
  s.sendLine('telnet mx1.bob.example 25');
  s.sendLine('HELO ws.alice.example');
  const presenter = { acts: json(simulatorStore.getState().acts), log: logText(), length: simulatorStore.getState().timeline.log.length };
  const message = (over: Partial<ActsReplay>): ActsReplay => ({ scenarioId: 'free-play', full: true, base: 0, acts: presenter.acts, position: 5, selectedHost: 'ws.alice.example', speed: '1', ...over });

  it('all the acts: the same log, at the presenter’s position', () => {
    simulatorStore.getState().loadScenario('helo-by-hand');
    expect(replayActs(message({}))).toBe(true);
    expect(logText()).toBe(presenter.log);
    expect(simulatorStore.getState().position).toBe(5);
    expect(simulatorStore.getState().playing).toBe(false);
  });

  it('the acts since the last message follow on; a gap is refused so the audience asks for all', () => {
    simulatorStore.getState().loadScenario('free-play');
    expect(replayActs(message({ acts: presenter.acts.slice(0, 1), position: 1 }))).toBe(true);
    expect(replayActs(message({ full: false, base: 1, acts: presenter.acts.slice(1), position: presenter.length }))).toBe(true);
    expect(logText()).toBe(presenter.log);
    expect(replayActs(message({ full: false, base: 7, acts: [] }))).toBe(false);
  });
});
