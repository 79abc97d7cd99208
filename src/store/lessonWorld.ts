// A lesson's world from the lesson's own acts: the runner's and, replaying
// what a presenter sends, the audience window's (one function, so both
// rebuild the same log). Apart from the runner so the audience holds no
// learner's progress store.
import type { Timeline } from '../core/net/index';
import { type Lesson } from '../core/lessons/index';
import { lessonReplay, sharedInput, type PlacedLessonAct } from '../core/share/index';
import type { LessonAct } from './lessons';
import { toWorldInput } from './simulator';
import type { LessonWorld } from './simulatorAudience';
import { findLesson } from './myLessons';

/** The learner's acts as a link carries them: inputs as core's JSON, `Show me` as it is. */
export function sharedActs(acts: readonly LessonAct[]): PlacedLessonAct[] {
  return acts.map((a) => ('showMe' in a ? a : { at: a.at, input: sharedInput(toWorldInput(a.input)) }));
}

/** The lesson's world: its start, then the learner's acts in order (Show me plays the step's solution where it was asked); core's, so a link replays it byte for byte. */
export function rebuild(lesson: Lesson, acts: readonly LessonAct[]): Timeline {
  return lessonReplay(lesson, sharedActs(acts));
}

/** The lesson by its id, rebuilt; undefined for a lesson this build does not have. */
export const lessonWorld: LessonWorld = (id, from) => {
  const lesson = findLesson(id);
  return lesson && rebuild(lesson, from);
};
