import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { challengeById } from './catalogue/index';
import { distribution, emptyRecord, recordAttempt, type AttemptRecord } from './attempts';

const ch = challengeById('one-data-two-people')!;

describe('a record of attempts', () => {
  it('keeps the best score and the distribution of finished attempts, lowest first', () => {
    let r: AttemptRecord | undefined;
    for (const score of [9, 7, 9, 8]) r = recordAttempt(r, ch, { met: true, score });
    r = recordAttempt(r, ch, { met: false, score: 3 });
    expect(r).toEqual({ challenge: ch.id, revision: 1, finished: 4, abandoned: 1, best: 7, scores: [{ score: 7, count: 1 }, { score: 8, count: 1 }, { score: 9, count: 2 }] });
    expect(distribution(r, ch.par)).toEqual([
      { score: 7, count: 1, share: 0.25, relative: 'at-par' },
      { score: 8, count: 1, share: 0.25, relative: 'over-par' },
      { score: 9, count: 2, share: 0.5, relative: 'over-par' },
    ]);
  });

  it('an attempt that did not meet the goal never becomes the best', () => {
    const r = recordAttempt(undefined, ch, { met: false, score: 0 });
    expect(r.best).toBeUndefined();
    expect(distribution(r, ch.par)).toEqual([]);
  });

  it('starts again for another revision or another challenge, since par may differ', () => {
    const old = recordAttempt(undefined, ch, { met: true, score: 7 });
    expect(recordAttempt(old, { ...ch, revision: 2 }, { met: true, score: 9 })).toEqual({ ...emptyRecord({ ...ch, revision: 2 }), finished: 1, best: 9, scores: [{ score: 9, count: 1 }] });
    expect(recordAttempt(old, challengeById('greylisted')!, { met: false, score: 1 }).challenge).toBe('greylisted');
  });

  it('is plain data: it survives JSON, and its counts always add up', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ met: fc.boolean(), score: fc.nat(500) }), { maxLength: 40 }), (results) => {
        const r = results.reduce<AttemptRecord | undefined>((acc, x) => recordAttempt(acc, ch, x), undefined) ?? emptyRecord(ch);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        expect(r.finished + r.abandoned).toBe(results.length);
        expect(r.scores.reduce((n, s) => n + s.count, 0)).toBe(r.finished);
        const met = results.filter((x) => x.met).map((x) => x.score);
        expect(r.best).toBe(met.length ? Math.min(...met) : undefined);
      }),
    );
  });
});
