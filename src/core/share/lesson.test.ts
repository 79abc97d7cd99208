import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lessonById, type Lesson } from '../lessons/index';
import { HOSTS } from '../net/index';
import { deflateRaw, inflateRaw } from '../../ui/share/compression';
import { decodeShare, decodeShareJson, encodeShare } from './codec';
import { checkLessonReplay, lessonOf, lessonReplay, lessonShare, type PlacedLessonAct } from './lesson';
import type { LessonShare, SharedInput, SharedStepProgress } from './types';

// A lesson step shared: random sessions of typed lines and `Show me`, some
// given while looking at the past (so the replay branches), on a real lesson.
const LESSON: Lesson = lessonById('session-by-hand')!;

const line = fc.oneof(
  fc.constantFrom('telnet mx1.bob.example 25', 'EHLO ws.alice.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: hi', '.', 'QUIT', 'cat /var/mail/bob', '\x03'),
  fc.string({ maxLength: 20 }),
);
type Planned = { input: SharedInput } | { showMe: string };
const planned: fc.Arbitrary<Planned> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ input: fc.record({ type: fc.constant('shell' as const), host: fc.constantFrom<string>(HOSTS.ws, HOSTS.mx1), line }) }) },
  { weight: 1, arbitrary: fc.record({ showMe: fc.constantFrom(...LESSON.steps.map((s) => s.id), 'no-such-step') }) },
);
const plans = fc.array(fc.record({ act: planned, back: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(20) }) }), { maxLength: 6 });

/** The runner's rule: an act follows the event the learner was looking at, here `back` events before the end. */
function placed(plan: { act: Planned; back: number }[]): PlacedLessonAct[] {
  const out: PlacedLessonAct[] = [];
  for (const p of plan) out.push({ ...p.act, at: Math.max(0, lessonReplay(LESSON, out).log.length - p.back) } as PlacedLessonAct);
  return out;
}

const PROGRESS: SharedStepProgress = { since: 0, guesses: [{ index: 0, guess: 250, reply: 220 }], playground: [], answers: [{ question: 'q', answer: 'a', at: 3 }] };
const LAYERS = { tcp: false, dns: true, smtp: true, delivery: true, ua: true, config: true };

function share(acts: PlacedLessonAct[], lesson = LESSON): LessonShare {
  return lessonShare({ lesson, step: 1, acts, position: 4, host: HOSTS.ws, selected: 4, layers: LAYERS, eavesdropper: false, progress: PROGRESS });
}

async function decoded(hash: string) {
  const out = await decodeShare(hash, inflateRaw);
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

describe('lesson step links', () => {
  it('round-trip: encode → decode → replay gives the same log digest and the same acts, for random sessions', async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const acts = placed(plan);
        const s = share(acts);
        const back = await decoded(await encodeShare(s, deflateRaw));
        expect(back).toEqual(s);
        if (back.kind !== 'lesson') throw new Error('kind changed');
        const check = checkLessonReplay(back, LESSON);
        expect(check.message).toMatch(/^Replayed exactly/);
        expect(check.exact).toBe(true);
        // The acts come back with the event each followed, as the runner keeps them.
        expect(check.acts).toEqual(acts);
        expect(check.timeline.log.length).toBe(lessonReplay(LESSON, acts).log.length);
      }),
      { numRuns: 20 },
    );
  });

  it('carries the lesson, the step, the step’s progress and what was on screen', () => {
    const s = share([{ at: 0, input: { type: 'shell', host: HOSTS.ws, line: 'telnet mx1.bob.example 25' } }]);
    expect(s).toMatchObject({ kind: 'lesson', id: LESSON.id, step: 1, position: 4, progress: PROGRESS, screen: { host: HOSTS.ws, selected: 4, layers: ['dns', 'smtp', 'delivery', 'ua', 'config'], eavesdropper: false } });
    expect(s.data).toMatch(/^[0-9a-f]{16}$/);
    // Joined the end of the log: written without its `at`, which keeps links short.
    expect(s.acts).toEqual([{ input: { type: 'shell', host: HOSTS.ws, line: 'telnet mx1.bob.example 25' } }]);
  });

  it('says which lesson changed when its data did, and where the log first differs', () => {
    const s = share([{ at: 0, input: { type: 'shell', host: HOSTS.ws, line: 'telnet mx1.bob.example 25' } }]);
    const changed: Lesson = { ...LESSON, start: { ...LESSON.start, seed: (LESSON.start.seed ?? 1) + 1 } };
    const check = checkLessonReplay(s, changed);
    expect(check.exact).toBe(false);
    expect(check.message).toMatch(/^Not replayed exactly: the log first differs in event/);
    expect(check.message).toContain('the lesson "session-by-hand" has changed since');
  });

  it('names a lesson this build does not have', () => {
    const s = share([]);
    expect(lessonOf(s, [LESSON])).toEqual({ ok: true, value: LESSON });
    expect(lessonOf({ ...s, id: 'from-the-future' }, [LESSON])).toMatchObject({ ok: false, error: { kind: 'unknown-start', id: 'from-the-future' } });
  });

  it('validates every field: a wrong step, a Show me of the wrong type, no progress, and Show me in a Simulator link', () => {
    const s = share([{ at: 0, showMe: 'connect' }]);
    const bad = (change: Record<string, unknown>) => decodeShareJson(JSON.stringify({ ...s, ...change }));
    expect(decodeShareJson(JSON.stringify(s))).toEqual({ ok: true, value: s });
    expect(bad({ step: -1 })).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'step' } });
    expect(bad({ acts: [{ showMe: 3 }] })).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'acts[0].showMe' } });
    expect(bad({ progress: undefined })).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'progress' } });
    expect(bad({ progress: { ...PROGRESS, guesses: [{ index: 0, guess: 'x', reply: 1 }] } })).toMatchObject({ ok: false, error: { path: 'progress.guesses[0].guess' } });
    expect(bad({ kind: 'simulator', seed: 1 })).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'acts[0].input' } });
  });

  it('tampered and truncated lesson links decode to an error or a valid state, never a throw', async () => {
    const hash = await encodeShare(share([{ at: 0, input: { type: 'shell', host: HOSTS.ws, line: 'telnet mx1.bob.example 25' } }, { at: 5, showMe: 'connect' }]), deflateRaw);
    await fc.assert(
      fc.asyncProperty(fc.nat(hash.length - 1), fc.constantFrom(...'ABCxyz019-_'), fc.boolean(), async (i, c, cut) => {
        const out = await decodeShare(cut ? hash.slice(0, i) : hash.slice(0, i) + c + hash.slice(i + 1), inflateRaw);
        if (!out.ok) expect(out.error.message.length).toBeGreaterThan(10);
        // Whatever decodes replays without a throw: the digest says whether it is the sender's.
        else if (out.value.kind === 'lesson') expect(typeof checkLessonReplay(out.value, LESSON).exact).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});
