import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld, defaultWorldSpec, HOSTS, input, play, startTimeline, type Timeline, type WorldInput } from '../net/index';
import { CHECK_TYPES, CONTENT, type Check } from './check';
import { LESSONS } from './curriculum/index';
import { countMet, evaluateCheck } from './evaluate';
import { advanceView, emptyView, viewOf } from './view';
import { seek } from '../net/index';
import { replay } from './builder/replay-lesson';

const WS = HOSTS.ws;

function timeline(inputs: WorldInput[], seed = 1): Timeline {
  return inputs.reduce((tl, i) => play(input(tl, i), { maxEvents: 5000 }), startTimeline(createWorld(defaultWorldSpec(), seed)));
}

const session = (rcpt: string): WorldInput[] => ['telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', `RCPT TO:<${rcpt}>`, 'DATA', 'Subject: t', '', 'hi', '.', 'QUIT'].map((line) => ({ type: 'shell', host: WS, line }));

describe('the evaluator', () => {
  const tl = timeline(session('bob@bob.example'));
  const view = viewOf(tl);

  it('ticks each clause and names the first unmet one with its nearest event', () => {
    const check: Check = {
      type: 'all',
      of: [
        { type: 'reply', server: HOSTS.mx1, command: 'RCPT', code: 250 },
        { type: 'reply', server: HOSTS.mx1, command: 'RCPT', code: 550, enhanced: '5.1.1' },
        { type: 'mbox', host: HOSTS.mailhost, user: 'bob', count: 1 },
      ],
    };
    const v = evaluateCheck(check, view);
    expect(v.clauses.map((c) => [c.path, c.met])).toEqual([['', false], ['0', true], ['1', false], ['2', true]]);
    expect(v.firstUnmet!.path).toBe('1');
    expect(v.firstUnmet!.sentence).toBe('mx1.bob.example answers RCPT TO with 550 5.1.1');
    expect(v.firstUnmet!.why).toBe(`RCPT TO <bob@bob.example> got 250 2.1.5 at event ${v.firstUnmet!.near}`);
    expect(tl.log[v.firstUnmet!.near! - 1]!.from).toBe(HOSTS.mx1);
  });

  it('then: in order, and on one connection when asked', () => {
    const inOrder: Check = { type: 'then', of: [{ type: 'reply', command: 'MAIL', code: 250 }, { type: 'reply', command: 'DATA', code: 354 }] };
    const reversed: Check = { type: 'then', of: [{ type: 'reply', command: 'DATA', code: 354 }, { type: 'reply', command: 'MAIL', server: HOSTS.mx1, code: 250 }] };
    expect(evaluateCheck(inOrder, view).met).toBe(true);
    expect(evaluateCheck(reversed, view).met).toBe(false);
    // mx1 relays to mailhost on a second connection: MAIL on one, DATA on the other is not "one connection".
    const across: Check = { type: 'then', sameConnection: true, of: [{ type: 'reply', server: HOSTS.mx1, command: 'MAIL', code: 250 }, { type: 'reply', server: HOSTS.mailhost, command: 'DATA', code: 354 }] };
    expect(evaluateCheck({ ...across, sameConnection: false }, view).met).toBe(true);
    expect(evaluateCheck(across, view).met).toBe(false);
  });

  it('not, any, since and delta', () => {
    expect(evaluateCheck({ type: 'not', check: { type: 'reply', code: 550 } }, view).met).toBe(true);
    const v = evaluateCheck({ type: 'not', check: { type: 'reply', command: 'QUIT' } }, view);
    expect(v.firstUnmet!.why).toMatch(/^it did: the server answers QUIT at event \d+$/);
    expect(evaluateCheck({ type: 'any', of: [{ type: 'reply', code: 552 }, { type: 'reply', command: CONTENT, code: 250 }] }, view).met).toBe(true);
    const end = tl.world.seq;
    expect(evaluateCheck({ type: 'reply', command: 'QUIT' }, view, { since: end }).met).toBe(false);
    expect(evaluateCheck({ type: 'mbox', user: 'bob', count: 1 }, view, { since: end }).met).toBe(true);
    expect(evaluateCheck({ type: 'mbox', user: 'bob', delta: 1 }, view, { since: end }).met).toBe(false);
    expect(evaluateCheck({ type: 'mbox', user: 'bob', delta: { exactly: 0 } }, view, { since: end }).met).toBe(true);
  });

  it('reads mailboxes structurally: envelope, headers, Received lines and parts', () => {
    const m = (message: object) => evaluateCheck({ type: 'mbox', host: HOSTS.mailhost, user: 'bob', message }, view).met;
    expect(m({ sender: 'alice@alice.example', recipient: 'bob@bob.example' })).toBe(true);
    expect(m({ recipient: 'carol@bob.example' })).toBe(false);
    expect(m({ present: ['Return-Path', 'Received'], absent: ['Bcc'] })).toBe(true);
    expect(m({ received: { exactly: 2 }, headers: [{ name: 'subject', value: 't' }], body: 'hi' })).toBe(true);
    expect(m({ parts: [{ type: 'text/plain', encoding: '7bit' }] })).toBe(true);
    expect(m({ parts: [{ type: 'multipart/' }] })).toBe(false);
  });

  it('shell clauses see commands, their output, and failure', () => {
    const t2 = timeline([{ type: 'shell', host: WS, line: 'frobnicate' }, { type: 'shell', host: WS, line: 'hostname' }]);
    const v = viewOf(t2);
    expect(evaluateCheck({ type: 'shell', command: 'frobnicate', failed: true, output: 'command not found' }, v).met).toBe(true);
    expect(evaluateCheck({ type: 'shell', command: 'hostname', failed: false, output: WS }, v).met).toBe(true);
    const u = evaluateCheck({ type: 'shell', command: 'whoami' }, v).firstUnmet!;
    expect(u.why).toBe(`the last command was “hostname” at event ${u.near}`);
  });

  it('Playground inputs and answers come from outside the log', () => {
    const outside = { playground: [{ explorer: 'base64', input: 'VXNlcm5hbWU6', output: 'Username:', at: 3 }], answers: [{ question: 'q', answer: '  Carol ', at: 3 }] };
    expect(evaluateCheck({ type: 'playground', explorer: 'base64', output: 'Username:' }, view, { outside }).met).toBe(true);
    expect(evaluateCheck({ type: 'playground', explorer: 'base64', direction: 'encode' }, view, { outside }).met).toBe(false);
    expect(evaluateCheck({ type: 'answer', question: 'q', accept: ['carol'] }, view, { outside }).met).toBe(true);
    expect(evaluateCheck({ type: 'answer', question: 'q', accept: ['bob'] }, view, { outside }).firstUnmet!.why).toBe('“q” was answered “  Carol ”');
  });

  it('counts', () => {
    expect([countMet(undefined, 0), countMet(undefined, 1), countMet(2, 1), countMet(2, 2), countMet({ exactly: 0 }, 0), countMet({ max: 1 }, 0), countMet({ min: 1, max: 2 }, 3)]).toEqual([false, true, false, true, true, true, false]);
  });

  it('an unreadable check is reported, not thrown', () => {
    const v = evaluateCheck({ type: 'reply', code: 99 } as Check, view);
    expect(v.met).toBe(false);
    expect(v.firstUnmet!.why).toBe('code must be a reply code 200–599 or a list of them');
  });

  it('verdicts do not depend on the seed: queue ids, ports and Message-IDs never count', () => {
    for (const lesson of LESSONS.filter((l) => !l.needs)) {
      const a = replay(lesson).map((p) => p.verdict.clauses.map((c) => c.met));
      const b = replay({ ...lesson, start: { ...lesson.start, seed: 99 } }).map((p) => p.verdict.clauses.map((c) => c.met));
      expect(b, lesson.id).toEqual(a);
    }
  });
});

const host = fc.constantFrom(...Object.values(HOSTS), 'nowhere.example');
const pattern = fc.oneof(fc.string({ maxLength: 8 }), fc.record({ text: fc.string({ maxLength: 12 }), regex: fc.boolean() }));
const count = fc.oneof(fc.nat(3), fc.record({ min: fc.nat(3), max: fc.nat(3) }, { requiredKeys: [] }), fc.record({ exactly: fc.nat(2) }));
const leaf: fc.Arbitrary<Check> = fc.oneof(
  fc.record({ type: fc.constant('reply' as const), server: host, command: fc.constantFrom('HELO', 'MAIL', 'RCPT', 'DATA', '<content>', '<greeting>', 'QUIT'), code: fc.constantFrom(220, 250, 354, 550, 221), text: pattern, count }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('event' as const), layer: fc.constantFrom('tcp' as const, 'dns' as const, 'smtp' as const), kind: fc.constantFrom('syn', 'segment', 'query', 'append'), from: host, summary: pattern, count }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('fault' as const), host, key: fc.constantFrom('down' as const, 'vrfy' as const, 'greylist' as const) }),
  fc.record({ type: fc.constant('mbox' as const), host, user: fc.constantFrom('bob', 'carol', 'alice'), count, delta: count, message: fc.record({ sender: pattern, body: pattern, received: count, present: fc.array(fc.constantFrom('Subject', 'Bcc')) }, { requiredKeys: [] }) }, { requiredKeys: ['type', 'user'] }),
  fc.record({ type: fc.constant('shell' as const), host, command: pattern, output: pattern, failed: fc.boolean(), count }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('playground' as const), explorer: fc.constantFrom('base64', 'mime'), input: pattern }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('answer' as const), question: fc.constantFrom('q', 'r'), accept: fc.array(fc.string({ maxLength: 4 })) }),
);
const check: fc.Arbitrary<Check> = fc.letrec<{ c: Check }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ type: fc.constantFrom('all' as const, 'any' as const, 'then' as const), of: fc.array(tie('c'), { minLength: 1, maxLength: 3 }), sameConnection: fc.boolean() }),
    fc.record({ type: fc.constant('not' as const), check: tie('c') }),
  ),
})).c;
const worldInput: fc.Arbitrary<WorldInput> = fc.oneof(
  fc.constantFrom('telnet mx1.bob.example 25', 'HELO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'RCPT TO:<x@bob.example>', 'DATA', 'hello', '.', 'QUIT', 'host -a bob.example', 'cat /var/mail/alice', 'mail -s hi bob@bob.example', 'nope').map((line) => ({ type: 'shell' as const, host: WS, line })),
  fc.constant<WorldInput>({ type: 'compose', host: WS, draft: { to: ['bob@bob.example'], subject: 'p', text: 'p\n' } }),
  fc.constantFrom(true, false).map((down) => ({ type: 'faults' as const, host: HOSTS.mx1, faults: { down } })),
);

describe('the evaluator, on random timelines and random checks', () => {
  it('never throws, on valid checks or on any data at all', () => {
    fc.assert(
      fc.property(fc.array(worldInput, { maxLength: 8 }), fc.array(fc.oneof(check, fc.anything() as fc.Arbitrary<Check>), { minLength: 1, maxLength: 5 }), fc.nat(40), (inputs, checks, since) => {
        const view = viewOf(timeline(inputs));
        for (const c of checks) {
          const v = evaluateCheck(c, view, { since });
          expect(v.met).toBe(v.firstUnmet === undefined);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a view built one event at a time gives the verdict of one built at once', () => {
    fc.assert(
      fc.property(fc.array(worldInput, { minLength: 1, maxLength: 8 }), fc.array(check, { minLength: 1, maxLength: 4 }), (inputs, checks) => {
        const tl = timeline(inputs);
        let v = emptyView(seek(tl, 0), tl.log);
        for (let n = 1; n <= tl.world.seq; n++) v = advanceView(v, tl, n);
        const whole = viewOf(tl);
        for (const c of checks) expect(evaluateCheck(c, v)).toEqual(evaluateCheck(c, whole));
      }),
      { numRuns: 30 },
    );
  });

  it('covers every clause type', () => {
    expect(new Set(CHECK_TYPES)).toEqual(new Set(['all', 'any', 'not', 'then', 'reply', 'event', 'fault', 'mbox', 'shell', 'playground', 'answer']));
  });
});
