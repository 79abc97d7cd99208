// A lesson step as a shared state (issue 15 §1): the lesson by id and the
// hash of its data, the learner's acts (`Show me` among them), the step and
// what its checklist reads besides the world. The lesson's world is rebuilt
// here for the sender and the receiver alike, so the runner and a link
// agree byte for byte.
import { truncate, type Timeline } from '../net/index';
import { lessonStart, showMe, type Lesson } from '../lessons/index';
import { dataHash, logDigest } from './digest';
import { applyAct, judgeReplay, type ReplayCheck } from './replay';
import { screenOf, type ScreenSnapshot } from './state';
import type { Decoded, LessonShare, SharedInput, SharedLessonAct, SharedStepProgress } from './types';
import { CORE_VERSION, SHARE_FORMAT } from './version';

/** One act on the lesson's world; `Show me` for a step the lesson does not have changes nothing. */
export function applyLessonAct(lesson: Lesson, tl: Timeline, act: SharedLessonAct): Timeline {
  if (!('showMe' in act)) return applyAct(tl, act);
  const step = lesson.steps.find((s) => s.id === act.showMe);
  return step ? showMe(act.at !== undefined && act.at < tl.log.length ? truncate(tl, act.at) : tl, step) : tl;
}

/** A lesson act with the event it followed, as the runner keeps it. */
export type PlacedLessonAct = { at: number; input: SharedInput } | { at: number; showMe: string };

/** The lesson's world: its start, then the acts in order. */
export function lessonReplay(lesson: Lesson, acts: readonly SharedLessonAct[]): Timeline {
  return placedReplay(lesson, acts).timeline;
}

/** The replay, and each act with the event it followed (an act without `at` followed the end of the log). */
function placedReplay(lesson: Lesson, acts: readonly SharedLessonAct[]): { timeline: Timeline; placed: PlacedLessonAct[] } {
  let timeline = lessonStart(lesson);
  const placed = acts.map((a): PlacedLessonAct => {
    const at = a.at ?? timeline.log.length;
    timeline = applyLessonAct(lesson, timeline, a);
    return 'showMe' in a ? { at, showMe: a.showMe } : { at, input: a.input };
  });
  return { timeline, placed };
}

export type LessonSnapshot = ScreenSnapshot & {
  lesson: Lesson;
  step: number;
  /** The runner's acts, each with the event it followed. */
  acts: readonly PlacedLessonAct[];
  position: number;
  progress: SharedStepProgress;
};

/** The shared state of a lesson step, its acts replayed here (an act that joined the end of the log written without its `at`, as `worldShare` does). */
export function lessonShare(s: LessonSnapshot): LessonShare {
  let tl = lessonStart(s.lesson);
  const acts = s.acts.map((a): SharedLessonAct => {
    const act: SharedLessonAct = a.at < tl.log.length ? a : 'showMe' in a ? { showMe: a.showMe } : { input: a.input };
    tl = applyLessonAct(s.lesson, tl, act);
    return act;
  });
  return {
    v: SHARE_FORMAT,
    core: CORE_VERSION,
    kind: 'lesson',
    id: s.lesson.id,
    data: dataHash(s.lesson),
    step: s.step,
    acts,
    position: s.position,
    screen: screenOf(s),
    log: logDigest(tl.log),
    progress: s.progress,
  };
}

/** The lesson a shared step names, among those this build has. */
export function lessonOf(share: LessonShare, lessons: readonly Lesson[]): Decoded<Lesson> {
  const lesson = lessons.find((l) => l.id === share.id);
  if (lesson) return { ok: true, value: lesson };
  return { ok: false, error: { kind: 'unknown-start', id: share.id, message: `The link opens a step of the lesson "${share.id}", which this SMTP Lab does not have (it may come from another version).` } };
}

/** Replays a shared lesson step from the lesson's start and says whether the log is the sender's; with the acts placed, as the runner keeps them. */
export function checkLessonReplay(share: LessonShare, lesson: Lesson): ReplayCheck & { acts: PlacedLessonAct[] } {
  const { timeline, placed } = placedReplay(lesson, share.acts);
  return { ...judgeReplay(share, timeline, dataHash(lesson), `lesson "${share.id}"`), acts: placed };
}
