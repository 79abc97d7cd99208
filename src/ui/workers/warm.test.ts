import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseToView } from '../../store/playgroundMime';
import { headerFields } from '../../store/headerList';
import { manyFields, runRounds, warmUpRounds } from './warm';

afterEach(() => {
  vi.useRealTimers();
});

describe('the worker’s warm-up', () => {
  it('runs one round a task, so a job waits for one round at most', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    runRounds([0, 1, 2].map((i) => () => ran.push(i)), () => false);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1]);
    vi.runAllTimers();
    expect(ran).toEqual([0, 1, 2]);
  });

  it('stops once a job has come', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    let asked = false;
    runRounds([0, 1, 2, 3].map((i) => () => ran.push(i)), () => asked);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    asked = true;
    vi.runAllTimers();
    expect(ran).toEqual([0, 1]);
  });

  it('has rounds of the usual message and of many header fields, none of which throws', () => {
    const rounds = warmUpRounds();
    expect(rounds.length).toBeGreaterThan(8);
    for (const round of new Set(rounds)) expect(round).not.toThrow();
  });

  it('warms every path a field takes: plain, folded and encoded', () => {
    const fields = headerFields(parseToView(manyFields()).root.headers);
    expect(fields.length).toBe(1000);
    expect(fields.filter((f) => f.decoded.startsWith('déjà vu')).length).toBe(100);
    expect(fields.filter((f) => f.value.endsWith('and a value folded over a second line')).length).toBe(100);
  });
});
