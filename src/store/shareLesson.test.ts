import { beforeEach, describe, expect, it } from 'vitest';
import { lessonsStore } from './lessons';
import { guess, leaveLesson, openLesson, runnerStore } from './lessonsRunner';
import { keepOwnProgress, lessonStepShare, openLessonShare } from './shareLesson';
import { simulatorStore } from './simulator';
import { importLesson } from './myLessons';
import { lessonById } from '../core/lessons/index';

const sim = () => simulatorStore.getState();
const lessons = () => lessonsStore.getState();
function playOut() {
  for (let i = 0; i < 5000 && sim().playing; i++) sim().advance();
}
function type(line: string) {
  sim().sendLine(line);
  playOut();
}
const met = () => runnerStore.getState().verdict?.clauses.map((c) => c.met);

beforeEach(() => {
  leaveLesson();
  lessons().resetProgress();
  sim().loadScenario('free-play');
});

/** A learner's step: connected, the greeting guessed, EHLO sent, looking two events back. */
function sendersStep() {
  openLesson('session-by-hand', 0);
  type('telnet mx1.bob.example 25');
  guess(220);
  playOut();
  type('EHLO ws.alice.example');
  sim().stepBy(-2);
  return { share: lessonStepShare(), log: sim().timeline.log.length, position: sim().position, met: met(), solved: Object.keys(lessons().progress['session-by-hand']!.solved) };
}

describe('lesson step links in the store', () => {
  it('opens the step as the sender saw it, replayed exactly, beside the learner’s own progress, which is never written', () => {
    const sent = sendersStep();
    expect(sent.share).toMatchObject({ kind: 'lesson', id: 'session-by-hand', step: 0, progress: { guesses: [{ index: 0, guess: 220, reply: 220 }] } });
    // Someone else's browser: their own progress in the same lesson, and a sandbox of their own.
    leaveLesson();
    lessons().resetProgress();
    sim().sendLine('whoami');
    const sandbox = sim().timeline;
    openLesson('session-by-hand', 0);
    type('hostname');
    const own = lessons().progress['session-by-hand'];
    leaveLesson();

    const opened = openLessonShare(sent.share);
    expect(opened).toMatchObject({ ok: true, exact: true, message: 'Replayed exactly.', lesson: 'session-by-hand', step: 0 });
    expect(sim().visiting).toMatchObject({ kind: 'lesson', id: 'session-by-hand' });
    expect(sim().timeline.log.length).toBe(sent.log);
    expect(sim().position).toBe(sent.position);
    expect(met()).toEqual(sent.met);
    expect(lessons().shared?.message).toBe('Replayed exactly.');
    // Acting on the shared step writes the link's progress, not one's own, and what is saved is one's own.
    sim().seek(sim().timeline.log.length);
    type('QUIT');
    expect(lessons().progress['session-by-hand']).toBe(own);
    expect(lessons().shared!.progress.acts.length).toBe(sent.share.acts.length + 1);
    expect((lessonsStore.persist.getOptions().partialize!(lessons()) as { progress: unknown }).progress).toEqual({ 'session-by-hand': own });

    expect(keepOwnProgress()).toBe(0);
    expect(lessons().shared).toBeUndefined();
    // Opened again where it was left: the same progress, and its world rebuilt from its own acts.
    expect(lessons().progress['session-by-hand']).toEqual(own);
    expect(own!.acts.map((a) => 'input' in a && a.input.type === 'shell' && a.input.line)).toEqual(['hostname']);
    expect(sim().timeline.log.length).toBeLessThan(sent.log);
    leaveLesson();
    expect(sim().timeline).toBe(sandbox);
  });

  it('says where a changed log differs, and refuses a lesson this build does not have without touching anything', () => {
    const { share } = sendersStep();
    leaveLesson();
    const changed = openLessonShare({ ...share, log: { ...share.log, digest: '0000000000000000', marks: share.log.marks.map(() => '000000') } });
    expect(changed).toMatchObject({ ok: true, exact: false });
    expect(lessons().shared?.message).toMatch(/^Not replayed exactly/);
    leaveLesson();
    const before = sim().timeline;
    expect(openLessonShare({ ...share, id: 'no-such-lesson' })).toMatchObject({ ok: false, error: { kind: 'unknown-start' } });
    expect(sim().timeline).toBe(before);
    expect(lessons().shared).toBeUndefined();
    expect(sim().visiting).toBeUndefined();
  });
});

describe('a lesson link of a lesson of mine', () => {
  it('opens where that lesson is in My lessons too', () => {
    const id = importLesson({ ...lessonById('tcp-conversation')!, id: 'teacher-tcp' });
    openLesson(id, 0);
    type('telnet mx1.bob.example 25');
    const share = lessonStepShare();
    leaveLesson();
    expect(openLessonShare(share)).toMatchObject({ ok: true, exact: true, lesson: id });
  });
});
