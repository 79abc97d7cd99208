// From a lesson to a timeline: the default world with the scenario's and
// the lesson's changes, its prelude played; then steps' solutions, played
// the way scenarios play (each input, then until the world is idle).
import { createWorld, startTimeline, type Timeline } from '../net/index';
import { runStep, scenarioById, scenarioSpec, type ScenarioStep, type WorldChanges } from '../scenarios/index';
import type { Lesson } from './types';

function merge(a: WorldChanges, b: WorldChanges): WorldChanges {
  const hosts = (x?: Record<string, object>, y?: Record<string, object>) => {
    const out: Record<string, object> = { ...x };
    for (const [k, v] of Object.entries(y ?? {})) out[k] = { ...out[k], ...v };
    return out;
  };
  return { faults: hosts(a.faults, b.faults), policies: hosts(a.policies, b.policies), records: [...(a.records ?? []), ...(b.records ?? [])], fresh: [...(a.fresh ?? []), ...(b.fresh ?? [])] };
}

/** The world changes a lesson starts from: its scenario's, then its own. */
export function lessonChanges(lesson: Lesson): WorldChanges {
  const scenario = lesson.start.scenario ? scenarioById(lesson.start.scenario) : undefined;
  return merge(scenario?.world ?? {}, lesson.start.world ?? {});
}

export function playSteps(tl: Timeline, steps: readonly ScenarioStep[]): Timeline {
  return steps.reduce(runStep, tl);
}

/** The lesson's world with its prelude played: where the learner begins. */
export function lessonStart(lesson: Lesson): Timeline {
  const tl = startTimeline(createWorld(scenarioSpec(lessonChanges(lesson)), lesson.start.seed ?? 1));
  return playSteps(tl, lesson.start.prelude ?? []);
}

/** The whole lesson solved: every step's solution in order. */
export function lessonSolution(lesson: Lesson): ScenarioStep[] {
  return lesson.steps.flatMap((s) => s.solution);
}
