// A lesson step as a link and back (issue 15 §1): the step the learner is
// on, their acts and what the step's checklist reads; opened, it is shown in
// the runner as a visit, its progress beside the learner's own (never
// saved), and `Keep my own work` gives their own back.
import { checkLessonReplay, lessonOf, lessonShare, type LessonShare } from '../core/share/index';
import type { Layer } from '../core/net/index';
import { hasOwnKey } from './savedState';
import { currentLessonStep, freshProgress, lessonsStore, type LessonAct, type LessonProgress } from './lessons';
import { leaveLesson, openLesson } from './lessonsRunner';
import { sharedActs } from './lessonWorld';
import { savedInput, type Opened } from './share';
import { LAYERS, simulatorStore } from './simulator';
import { findLesson } from './myLessons';

/** The lesson step on screen as a shared state; throws when no lesson is open (the Share button shows only in one). */
export function lessonStepShare(): LessonShare {
  const cur = currentLessonStep();
  if (!cur) throw new Error('no lesson is open');
  const { lesson, index, step, progress: p } = cur;
  const sim = simulatorStore.getState();
  const selected = sim.position > 0 ? sim.timeline.log[sim.position - 1]?.seq : undefined;
  return lessonShare({
    lesson,
    step: index,
    acts: sharedActs(p.acts),
    position: sim.position,
    host: sim.selectedHost,
    ...(selected !== undefined && { selected }),
    layers: sim.layers,
    eavesdropper: sim.eavesdropper,
    progress: {
      since: p.since[step.id] ?? 0,
      guesses: p.guesses.filter((g) => g.step === step.id).map(({ index: i, guess, reply }) => ({ index: i, guess, reply })),
      playground: p.playground,
      answers: p.answers,
    },
  });
}

/** Replays a shared lesson step and puts it in the runner; the step (0-based) to show, or why it could not be opened. */
export function openLessonShare(share: LessonShare): ({ ok: true; exact: boolean; message: string; lesson: string; step: number }) | Extract<Opened, { ok: false }> {
  // A built-in lesson, or a whole one of mine (a teacher's lesson the receiver imported too).
  const known = findLesson(share.id);
  const found = lessonOf(share, known ? [known] : []);
  if (!found.ok) return found;
  const lesson = found.value;
  let check: ReturnType<typeof checkLessonReplay>;
  try {
    check = checkLessonReplay(share, lesson);
  } catch {
    // Core answers bad input with replies, not exceptions; this is a bug, but the page must stay.
    return { ok: false, error: { kind: 'invalid', path: 'acts', message: 'The shared lesson step could not be replayed (this is a bug in SMTP Lab: please report the link).' } };
  }
  const index = Math.min(share.step, lesson.steps.length - 1);
  const step = lesson.steps[index]!;
  const acts = check.acts.map((a): LessonAct => ('showMe' in a ? a : { at: a.at, input: savedInput(a.input) }));
  const progress: LessonProgress = {
    ...freshProgress(lesson),
    step: index,
    since: { [step.id]: Math.min(share.progress.since, check.timeline.log.length) },
    guesses: share.progress.guesses.map((g) => ({ step: step.id, ...g })),
    playground: share.progress.playground,
    answers: share.progress.answers,
    acts,
  };
  const message = check.exact ? 'Replayed exactly.' : check.message;
  leaveLesson();
  lessonsStore.getState().visitShared({ id: lesson.id, progress, message, exact: check.exact });
  openLesson(lesson.id, index);
  const sim = simulatorStore.getState();
  sim.seek(share.position);
  simulatorStore.setState({
    selectedHost: hasOwnKey(sim.timeline.world.hosts, share.screen.host) ? share.screen.host : lesson.start.focus,
    layers: Object.fromEntries(LAYERS.map((l) => [l, share.screen.layers.includes(l)])) as Record<Layer, boolean>,
    eavesdropper: share.screen.eavesdropper,
  });
  return { ok: true, exact: check.exact, message, lesson: lesson.id, step: index };
}

/** The shared step let go and the learner's own progress in that lesson opened where they left it; the step (0-based) now shown. */
export function keepOwnProgress(): number | undefined {
  const shared = lessonsStore.getState().shared;
  if (!shared || !findLesson(shared.id)) return undefined;
  leaveLesson();
  const own = lessonsStore.getState().progress[shared.id]?.step ?? 0;
  openLesson(shared.id, own);
  return own;
}
