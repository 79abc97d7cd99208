import { describe, expect, it } from 'vitest';
import { challengeById, challengeGoal, evaluateCheck, viewOf, challengeStart } from '../core/lessons/index';
import { checklistItems } from './checklist';

describe('checklistItems', () => {
  it('lists a `not` as one item, named by its own sentence, never the clause it refuses', () => {
    const ch = challengeById('mx1-down-no-mail')!;
    const tl = challengeStart(ch);
    const items = checklistItems(evaluateCheck(challengeGoal(ch), viewOf(tl), { since: tl.world.seq }));
    expect(items.map((c) => [c.sentence, c.met])).toEqual([
      ['a new message in /var/mail/bob', false],
      ['without mail', true],
      ['without mailx', true],
    ]);
  });

  it('keeps every leaf of a check without `not`, and nothing for no verdict', () => {
    const ch = challengeById('one-data-two-people')!;
    const tl = challengeStart(ch);
    expect(checklistItems(evaluateCheck(challengeGoal(ch), viewOf(tl), { since: tl.world.seq }))).toHaveLength(3);
    expect(checklistItems(undefined)).toEqual([]);
  });
});
