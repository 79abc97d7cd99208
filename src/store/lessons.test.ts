import { describe, expect, it } from 'vitest';
import { LESSONS } from '../core/lessons/index';
import { currentLessonStep, freshProgress, lessonsStore, lessonStatus } from './lessons';
import { droppedStore } from './savedState';

const lesson = LESSONS[1]!;
const merge = (saved: unknown) => lessonsStore.persist.getOptions().merge!(saved, lessonsStore.getState());

describe('lesson progress', () => {
  it('says not started, in progress and done', () => {
    expect(lessonStatus(lesson, undefined)).toBe('not started');
    expect(lessonStatus(lesson, { ...freshProgress(lesson), step: 2 })).toBe('in progress');
    const solved = Object.fromEntries(lesson.steps.map((s, i) => [s.id, i]));
    expect(lessonStatus(lesson, { ...freshProgress(lesson), solved })).toBe('done');
  });

  it('reads back what it saved, and drops a broken lesson alone', () => {
    droppedStore.getState().dismiss();
    const good = { ...freshProgress(lesson), step: 3, acts: [{ at: 4, input: { type: 'shell', host: 'ws.alice.example', line: 'QUIT' } }, { at: 9, showMe: 'helo' }] };
    const out = merge({ progress: { [lesson.id]: good, 'tcp-conversation': { step: 'two' }, 'no-such-lesson': good, __proto__: good } });
    expect(Object.keys(out.progress)).toEqual([lesson.id]);
    expect(out.progress[lesson.id]).toEqual(good);
    expect(droppedStore.getState().dropped).toEqual([{ store: 'lessons', fields: ['tcp-conversation'] }]);
  });

  it('starts a lesson again when its revision changed, and clamps the step', () => {
    expect(merge({ progress: { [lesson.id]: { ...freshProgress(lesson), revision: lesson.revision + 1 } } }).progress).toEqual({});
    expect(merge({ progress: { [lesson.id]: { ...freshProgress(lesson), step: 99 } } }).progress[lesson.id]!.step).toBe(lesson.steps.length - 1);
    expect(merge('nonsense').progress).toEqual({});
  });

  it('tells the presenter the step open now', () => {
    lessonsStore.getState().setCurrent({ id: lesson.id, step: 1 });
    expect(currentLessonStep()?.step.id).toBe(lesson.steps[1]!.id);
    lessonsStore.getState().setCurrent(undefined);
    expect(currentLessonStep()).toBeUndefined();
  });
});
