// The builder's `Test` (LESSONS.md "The level builder"), the same proof the
// curriculum's own tests give: each step's solution, replayed on the world
// the steps before it left, meets every clause of its check; the bare start
// meets none of the checks that need the learner; and every prediction finds
// its reply within its step. What fails is said in the checklist's words.
import { nextPrediction } from '../predictions';
import { evaluateStep } from '../evaluate';
import { lessonStart } from '../start';
import type { Check } from '../check';
import type { Lesson } from '../types';
import { validateCheck } from '../validate';
import { viewOf } from '../view';
import { replay } from './replay-lesson';

export type StepTest = {
  id: string;
  /** The step's solution meets its check. */
  passes: boolean;
  /** The first clause the solution leaves unmet, and why (or the check's own problem). */
  failing?: string;
  /** What the bare start does to the check: it must fail it, unless the step is an experiment to watch. */
  bare: 'fails' | 'met' | 'watch';
  /** Predictions that found no reply of their server to their command within the step. */
  lostPredictions: string[];
};

export type LessonTest = { ok: boolean; steps: StepTest[] };

function checkProblem(check: Check, path: string): string | undefined {
  if ((check.type === 'all' || check.type === 'then' || check.type === 'any') && check.of.length === 0) return 'No check yet: pin a reply, an event or a message.';
  const p = validateCheck(check, path)[0];
  return p && `The check has a problem: ${p.path} ${p.message}.`;
}

/** Runs the lesson's proof; a step whose check cannot be evaluated fails with the check's problem. */
export function testLesson(lesson: Lesson): LessonTest {
  const problems = lesson.steps.map((s, i) => checkProblem(s.check, `steps[${i}].check`));
  if (problems.some(Boolean)) {
    const steps = lesson.steps.map((s, i): StepTest => ({ id: s.id, passes: false, bare: s.watch ? 'watch' : 'fails', lostPredictions: [], failing: problems[i] ?? 'Not tested: another step’s check has a problem.' }));
    return { ok: false, steps };
  }
  const start = lessonStart(lesson);
  const bareView = viewOf(start);
  const steps = replay(lesson).map(({ step, since, tl, verdict }): StepTest => {
    const unmet = verdict.firstUnmet;
    const bare = step.watch ? 'watch' : evaluateStep(step, bareView, { since: start.world.seq }).met ? 'met' : 'fails';
    const done: number[] = [];
    for (;;) {
      const stop = nextPrediction(tl, since, step, done);
      if (!stop) break;
      done.push(stop.index);
    }
    const lostPredictions = (step.predictions ?? []).flatMap((p, i) => (done.includes(i) ? [] : [`${p.command} at ${p.server}`]));
    return { id: step.id, passes: verdict.met, ...(unmet && { failing: `${unmet.sentence}${unmet.why ? ` — ${unmet.why}` : ''}` }), bare, lostPredictions };
  });
  return { ok: steps.every((s) => s.passes && s.bare !== 'met' && s.lostPredictions.length === 0), steps };
}
