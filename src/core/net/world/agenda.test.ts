import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schedule, takeNext, type Agenda } from './agenda';

describe('agenda', () => {
  it('gives items back by time, then by the order they were scheduled', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), (times) => {
        let agenda: Agenda<number> = [];
        times.forEach((time, order) => {
          agenda = schedule(agenda, { time, order, action: order });
        });
        const out: [number, number][] = [];
        for (let next = takeNext(agenda); next; next = takeNext(next.rest)) out.push([next.item.time, next.item.order]);
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes the agenda it was given', () => {
    const a: Agenda<string> = [{ time: 5, order: 0, action: 'x' }];
    const b = schedule(a, { time: 1, order: 1, action: 'y' });
    expect(a).toHaveLength(1);
    expect(b.map((s) => s.action)).toEqual(['y', 'x']);
    expect(takeNext<string>([])).toBeUndefined();
  });
});
