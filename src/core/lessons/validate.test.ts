import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonById } from './curriculum/index';
import { MAX_CHECK_DEPTH, validateCheck, validateLesson } from './validate';

const good = () => JSON.parse(JSON.stringify(lessonById('session-by-hand'))) as Record<string, any>;

describe('the lesson validator', () => {
  it('accepts the built-in lessons', () => {
    expect(validateLesson(good())).toMatchObject({ ok: true, errors: [] });
  });

  it('names the path of every problem', () => {
    const l = good();
    delete l.title;
    l.start.opens = 'sideways';
    l.steps[2].check.of[1].code = 999;
    l.steps[2].check.of[0].text = { text: '(a+)+', regex: true };
    l.steps[3].hints = [{ text: 'no exact hint' }];
    l.steps[4].id = l.steps[0].id;
    const r = validateLesson(l);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.path)).toEqual(['title', 'start.opens', 'steps[2].check.of[0].text.text', 'steps[2].check.of[1].code', 'steps[3].hints', 'steps[4].id']);
    expect(r.errors[4]!.message).toBe('the last hint must be the exact input (exact: true)');
  });

  it('refuses checks nested too deep, so a hostile file cannot exhaust the stack', () => {
    let c: any = { type: 'reply' };
    for (let i = 0; i < MAX_CHECK_DEPTH + 5; i++) c = { type: 'not', check: c };
    expect(validateCheck(c)[0]!.message).toBe(`nested deeper than ${MAX_CHECK_DEPTH}`);
  });

  it('never throws, whatever the data', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const r = validateLesson(data);
        expect(r.ok).toBe(false);
        expect(r.errors.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...good().steps.map((_: unknown, i: number) => i)), fc.constantFrom('check', 'hints', 'solution', 'predictions', 'say'), fc.anything(), (i, key, value) => {
        const l = good();
        l.steps[i][key] = value;
        expect(Array.isArray(validateLesson(l).errors)).toBe(true);
      }),
    );
  });
});
