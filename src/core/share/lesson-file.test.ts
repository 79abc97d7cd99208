import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHALLENGES, LESSONS, lessonById, lessonOfChallenge, lessonStart, testLesson } from '../lessons/index';
import { deflateRaw, inflateRaw } from '../../ui/share/compression';
import { lessonFile, lessonFileText, lessonLink, readLessonFile, readLessonLink, readLessonText, LESSON_LINK_PREFIX } from './lesson-file';

const jsonOf = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, any>;

describe('a lesson as a file or a link', () => {
  it('every built-in lesson, and a challenge made a lesson, reads back equal from its file', () => {
    for (const l of [...LESSONS, lessonOfChallenge(CHALLENGES[0]!, 'my-golf')]) {
      const back = readLessonText(lessonFileText(l));
      expect(back.ok ? back.lesson : back.errors, l.id).toEqual(l);
    }
  });

  it('a link round-trips, and a changed character is refused with a message', async () => {
    const l = lessonById('session-by-hand')!;
    const link = await lessonLink(l, deflateRaw);
    expect(link.startsWith(`${LESSON_LINK_PREFIX}1.`)).toBe(true);
    const back = await readLessonLink(`https://example.org/smtp-lab/${link}`, inflateRaw);
    expect(back.ok && testLesson(back.lesson).ok).toBe(true);
    const cut = await readLessonLink(link.slice(0, -3), inflateRaw);
    expect(cut).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/cut short/) }] });
    const i = link.length - 20;
    const changed = await readLessonLink(link.slice(0, i) + (link[i] === 'A' ? 'B' : 'A') + link.slice(i + 1), inflateRaw);
    expect(changed.ok).toBe(false);
  });

  it('names the wrong field of a solution input, a world change or a newer format', () => {
    const file = jsonOf(lessonFile(lessonById('session-by-hand')!));
    file.lesson.steps[1].solution = [{ type: 'input', input: { type: 'compose', host: 'ws.alice.example', draft: { to: 'bob' } } }];
    file.lesson.start.world = { policies: { 'mx1.bob.example': { relay: { afterAuth: true } } }, records: [{ type: 'MX', name: 'x', ttl: 60 }] };
    const r = readLessonFile(file);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['steps[1].solution[0].input.draft.to', 'start.world.policies.mx1.bob.example.relay.networks', 'start.world.records[0].preference', 'start.world.records[0].exchange']);
    expect(readLessonFile({ ...file, v: 99 })).toMatchObject({ ok: false, errors: [{ path: 'v' }] });
    expect(readLessonText('{"kind":')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/not JSON/) }] });
  });

  it('never throws on anything, and whatever it accepts builds a world', () => {
    const good = jsonOf(lessonFile(lessonById('mx-records')!));
    const keys = ['start', 'steps', 'title', 'withheldCommands'];
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...keys), fc.anything(), (anything, key, value) => {
        expect(readLessonFile(anything).ok).toBe(false);
        const mutated = { ...good, lesson: { ...good.lesson, [key]: value } };
        const r = readLessonFile(mutated);
        if (r.ok) expect(() => lessonStart(r.lesson)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.constantFrom('faults', 'policies', 'records', 'fresh'), fc.anything(), fc.anything(), (key, host, value) => {
        const world = key === 'faults' || key === 'policies' ? { [key]: { 'mx1.bob.example': value, ...(typeof host === 'string' && { [host]: value }) } } : { [key]: value };
        const r = readLessonFile({ ...good, lesson: { ...good.lesson, start: { ...good.lesson.start, world } } });
        if (r.ok) expect(() => lessonStart(r.lesson)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
