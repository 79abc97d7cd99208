// Plays a lesson the way a learner who follows it would: each step's
// solution on the world the earlier steps left, with the step's outside
// inputs (Playground, answers) after its events.
import type { Timeline } from '../../net/index';
import type { ScenarioStep } from '../../scenarios/index';
import { evaluateStep, type Verdict } from '../evaluate';
import { lessonStart, playSteps } from '../start';
import type { Lesson, LessonStep } from '../types';
import { viewOf, type AnswerInput, type PlaygroundInput } from '../view';

export type Played = { step: LessonStep; since: number; tl: Timeline; verdict: Verdict };

export function outsideOf(step: LessonStep, at: number): { playground: PlaygroundInput[]; answers: AnswerInput[] } {
  return { playground: (step.outside?.playground ?? []).map((p) => ({ ...p, at })), answers: (step.outside?.answers ?? []).map((a) => ({ ...a, at })) };
}

/** Each step played with its own solution, or with `instead[step id]` for a wrong attempt. */
export function replay(lesson: Lesson, instead: Record<string, ScenarioStep[]> = {}): Played[] {
  let tl = lessonStart(lesson);
  const out: Played[] = [];
  for (const step of lesson.steps) {
    const since = tl.world.seq;
    const wrong = instead[step.id];
    tl = playSteps(tl, wrong ?? step.solution);
    // The learner answers and uses the Playground as the step asks, even when the attempt in the world is wrong.
    const outside = outsideOf(step, tl.world.seq);
    out.push({ step, since, tl, verdict: evaluateStep(step, viewOf(tl), { since, outside }) });
  }
  return out;
}
