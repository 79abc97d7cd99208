import { afterEach, describe, expect, it, vi } from 'vitest';
import { runRounds, warmUpRounds } from './warm';

afterEach(() => {
  vi.useRealTimers();
});

describe('the worker’s warm-up', () => {
  it('runs one round a task, so a job waits for one round at most', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    runRounds([0, 1, 2].map((i) => () => ran.push(i)), () => false);
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
    asked = true;
    vi.runAllTimers();
    expect(ran).toEqual([0, 1]);
  });

  it('has rounds of the usual message and of many header fields, none of which throws', () => {
    const rounds = warmUpRounds();
    expect(rounds.length).toBeGreaterThan(8);
    for (const round of new Set(rounds)) expect(round).not.toThrow();
  });
});
