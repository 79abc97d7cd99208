// A lesson's world from the lesson's own acts: the runner's and, replaying
// what a presenter sends, the audience window's (one function, so both
// rebuild the same log). Apart from the runner so the audience holds no
// learner's progress store.
import { truncate, type Timeline } from '../core/net/index';
import { lessonById, lessonStart, showMe, type Lesson } from '../core/lessons/index';
import type { LessonAct } from './lessons';
import { perform, type LessonWorld } from './simulator';

/** The lesson's world: its start, then the learner's acts in order (Show me plays the step's solution where it was asked). */
export function rebuild(lesson: Lesson, acts: readonly LessonAct[]): Timeline {
  return acts.reduce((tl, a) => {
    if (!('showMe' in a)) return perform(tl, a);
    const step = lesson.steps.find((s) => s.id === a.showMe);
    return step ? showMe(a.at < tl.log.length ? truncate(tl, a.at) : tl, step) : tl;
  }, lessonStart(lesson));
}

/** The lesson by its id, rebuilt; undefined for a lesson this build does not have. */
export const lessonWorld: LessonWorld = (id, from) => {
  const lesson = lessonById(id);
  return lesson && rebuild(lesson, from);
};
