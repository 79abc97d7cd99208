import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSONS, TOPICS } from '../curriculum/index';
import { validateLesson } from '../validate';
import { CHALLENGES } from './catalogue/index';
import { validateChallenge } from './validate-challenge';

type Data = Record<string, any>;
const copy = (i: number): Data => JSON.parse(JSON.stringify(CHALLENGES[i]));

/** A way to break a challenge, and the path its error must name. */
type Mutation = { path: string; apply: (c: Data, bad: unknown) => void; bad: fc.Arbitrary<unknown> };

const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
const notCount = fc.oneof(fc.integer({ max: -1 }), fc.double({ noNaN: false }).filter((x) => !Number.isFinite(x)), fc.string(), fc.boolean(), fc.constant(null));
const MUTATIONS: Mutation[] = [
  ...['id', 'title', 'task', 'parNote', 'revision', 'par', 'rules', 'goal', 'start', 'score', 'solution'].map((k): Mutation => ({ path: k, bad: fc.constant(undefined), apply: (c) => delete c[k] })),
  ...['title', 'task', 'parNote'].map((k): Mutation => ({ path: k, bad: notString, apply: (c, v) => (c[k] = v) })),
  { path: 'id', bad: fc.stringMatching(/^[A-Z _.]{1,8}$/), apply: (c, v) => (c.id = v) },
  { path: 'par', bad: notCount, apply: (c, v) => (c.par = v) },
  { path: 'par', bad: fc.double({ min: 0.01, max: 999, noNaN: true }).filter((x) => !Number.isInteger(x)), apply: (c, v) => (c.par = v) },
  { path: 'withinSeconds', bad: notCount, apply: (c, v) => (c.withinSeconds = v) },
  { path: 'rules', bad: fc.oneof(fc.string(), fc.array(fc.integer(), { minLength: 1, maxLength: 3 })), apply: (c, v) => (c.rules = v) },
  { path: 'withheldCommands', bad: fc.oneof(fc.string(), fc.array(fc.integer(), { minLength: 1, maxLength: 3 })), apply: (c, v) => (c.withheldCommands = v) },
  { path: 'topics[0]', bad: fc.oneof(fc.constantFrom('constructor', 'toString', '__proto__'), fc.stringMatching(/^[a-z]{3,12}$/)).filter((t) => !Object.hasOwn(TOPICS, t)), apply: (c, v) => (c.topics = [v]) },
  { path: 'score.kind', bad: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)), apply: (c, v) => (c.score.kind = v) },
  { path: 'score.host', bad: fc.stringMatching(/^[a-z]{1,8}\.invalid$/), apply: (c, v) => (c.score.host = v) },
  { path: 'score', bad: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), apply: (c, v) => (c.score = v) },
  { path: 'start.focus', bad: fc.stringMatching(/^[a-z]{1,8}\.invalid$/), apply: (c, v) => (c.start.focus = v) },
  { path: 'start.opens', bad: fc.string(), apply: (c, v) => (c.start.opens = v) },
  { path: 'goal.type', bad: fc.string().filter((t) => !['all', 'any', 'not', 'then', 'reply', 'event', 'fault', 'mbox', 'shell', 'playground', 'answer'].includes(t)), apply: (c, v) => (c.goal = { type: v }) },
  { path: 'goal.of[0].code', bad: fc.oneof(fc.integer({ min: 600 }), fc.integer({ max: 199 }), fc.string()), apply: (c, v) => (c.goal = { type: 'all', of: [{ type: 'reply', code: v }] }) },
  { path: 'goal.check.summary.text', bad: fc.constantFrom('(a+)+', '(x|xx)*', '(?=a)b', 'a\\1'), apply: (c, v) => (c.goal = { type: 'not', check: { type: 'event', summary: { text: v, regex: true } } }) },
  { path: 'solution[0].type', bad: fc.string().filter((t) => !['type', 'input', 'play'].includes(t)), apply: (c, v) => (c.solution = [{ type: v }]) },
  { path: 'solution[0].lines', bad: fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer(), { minLength: 1, maxLength: 3 })), apply: (c, v) => (c.solution = [{ type: 'type', host: 'ws.alice.example', lines: v }]) },
  { path: 'questions[0].ask', bad: notString, apply: (c, v) => (c.questions = [{ id: 'q', ask: v }]) },
  { path: 'outside.answers[0].question', bad: fc.stringMatching(/^[a-z]{1,8}$/), apply: (c, v) => ((c.questions = []), (c.outside = { answers: [{ question: v, answer: 'x' }] })) },
];

describe('the challenge validator', () => {
  it('accepts every built-in challenge, and the lesson validator every built-in lesson', () => {
    for (const c of CHALLENGES) expect(validateChallenge(c), c.id).toMatchObject({ ok: true, errors: [] });
    for (const l of LESSONS) expect(validateLesson(l), l.id).toMatchObject({ ok: true, errors: [] });
  });

  it('rejects a mutated challenge and names the field', () => {
    fc.assert(
      fc.property(fc.nat(CHALLENGES.length - 1), fc.nat(MUTATIONS.length - 1).chain((m) => fc.tuple(fc.constant(MUTATIONS[m]!), MUTATIONS[m]!.bad)), (i, [mutation, bad]) => {
        const c = copy(i);
        mutation.apply(c, bad);
        const r = validateChallenge(c);
        expect(r.ok, `${mutation.path} = ${JSON.stringify(bad)}`).toBe(false);
        expect(r.errors.map((e) => e.path), `${mutation.path} = ${JSON.stringify(bad)}`).toContain(mutation.path);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the data', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const r = validateChallenge(data);
        expect(r.ok).toBe(false);
        expect(r.errors.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.nat(CHALLENGES.length - 1), fc.constantFrom('goal', 'start', 'score', 'solution', 'questions', 'outside', 'rules', 'par'), fc.anything(), (i, key, value) => {
        const c = copy(i);
        c[key] = value;
        expect(Array.isArray(validateChallenge(c).errors)).toBe(true);
      }),
    );
  });
});
