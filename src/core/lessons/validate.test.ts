import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSONS, lessonById } from './curriculum/index';
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

  it('rejects a mutated lesson, any built-in one, and names the field', () => {
    const mutations: { path: (l: Record<string, any>) => string; apply: (l: Record<string, any>, v: unknown) => void; bad: fc.Arbitrary<unknown> }[] = [
      { path: () => 'title', apply: (l) => delete l.title, bad: fc.constant(undefined) },
      { path: () => 'revision', apply: (l, v) => (l.revision = v), bad: fc.oneof(fc.string(), fc.integer({ max: -1 })) },
      { path: () => 'start.focus', apply: (l, v) => (l.start.focus = v), bad: fc.stringMatching(/^[a-z]{1,8}\.invalid$/) },
      { path: (l) => `steps[${l.steps.length - 1}].hints`, apply: (l) => (l.steps[l.steps.length - 1].hints = [{ text: 'no exact hint' }]), bad: fc.constant(undefined) },
      { path: () => 'steps[0].check.type', apply: (l, v) => (l.steps[0].check = { type: v }), bad: fc.string().filter((t) => !['all', 'any', 'not', 'then', 'reply', 'event', 'fault', 'mbox', 'shell', 'playground', 'answer'].includes(t)) },
      { path: () => 'steps[0].solution[0].type', apply: (l, v) => (l.steps[0].solution = [{ type: v }]), bad: fc.string().filter((t) => !['type', 'input', 'play'].includes(t)) },
    ];
    fc.assert(
      fc.property(fc.nat(LESSONS.length - 1), fc.nat(mutations.length - 1).chain((m) => fc.tuple(fc.constant(mutations[m]!), mutations[m]!.bad)), (i, [mutation, bad]) => {
        const l = JSON.parse(JSON.stringify(LESSONS[i])) as Record<string, any>;
        const path = mutation.path(l);
        mutation.apply(l, bad);
        expect(validateLesson(l).errors.map((e) => e.path)).toContain(path);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a lesson whose solutions would replay for minutes', () => {
    const l = good();
    l.steps[0].solution = Array.from({ length: 60 }, () => ({ type: 'type', host: 'ws.alice.example', lines: Array.from({ length: 180 }, () => 'help') }));
    expect(validateLesson(l).errors).toEqual([{ path: 'steps', message: expect.stringMatching(/^the prelude and solutions type 10,8\d\d lines or inputs; at most 10,000/) }]);
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
