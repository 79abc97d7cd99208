import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { momentAt, momentStep, momentsShown } from './moments';
import { simulatorStore, type SimulatorState } from './simulator';

const s = () => simulatorStore.getState();

/** Plays as usePlayback does: one advance at a time, applying what the moments ask after each change. */
function playWith(pause: boolean, limit = 10_000): number[] {
  const stops: number[] = [];
  const off = simulatorStore.subscribe((next: SimulatorState, prev: SimulatorState) => {
    const step = momentStep(prev, next, pause);
    if (step?.type === 'pause') {
      stops.push(next.position);
      next.pause();
    } else if (step?.type === 'seek') next.seek(step.to);
  });
  try {
    s().play();
    for (let i = 0; i < limit && s().playing; i++) s().advance();
  } finally {
    off();
  }
  return stops;
}

describe('key moments in the Simulator', () => {
  beforeEach(() => s().loadScenario('greylisting'));
  afterEach(() => s().loadScenario('four-mta-journey'));

  it('finds the scenario’s moments once per log, in order, with one main moment', () => {
    const moments = momentsShown(s());
    expect(moments.length).toBeGreaterThanOrEqual(3);
    expect(momentsShown(s())).toBe(moments);
    expect(moments.map((m) => m.seq)).toEqual([...moments.map((m) => m.seq)].sort((a, b) => a - b));
    expect(moments.filter((m) => m.main)).toHaveLength(1);
  });

  it('playing stops at each moment with its caption, and the end opens on the main moment', () => {
    const moments = momentsShown(s());
    const stops: number[] = [];
    for (let round = 0; round <= moments.length && s().position < s().timeline.log.length; round++) {
      stops.push(...playWith(true));
      if (stops.length > 0) expect(momentAt(s())?.caption).toBeTruthy();
      if (s().position !== stops[stops.length - 1]) break;
    }
    expect(stops).toEqual(moments.map((m) => m.seq).filter((seq) => seq < s().timeline.log.length));
    const main = moments.find((m) => m.main)!;
    expect(s().position).toBe(main.seq);
    expect(s().playing).toBe(false);
  });

  it('with the preference off, plays straight to the last event', () => {
    expect(playWith(false)).toEqual([]);
    expect(s().position).toBe(s().timeline.log.length);
  });

  it('once the person acts, the story is theirs: no moments after their first act, and no seek back', () => {
    s().seek(2);
    s().sendLine('help');
    expect(momentsShown(s()).every((m) => m.seq <= 2)).toBe(true);
    expect(playWith(true)).toEqual([]);
    expect(s().position).toBe(s().timeline.log.length);
  });

  it('a lesson’s world has none', () => {
    expect(momentsShown({ ...s(), visiting: { kind: 'lesson', id: 'x' } as SimulatorState['visiting'] })).toEqual([]);
  });
});
