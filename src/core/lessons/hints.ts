// The hint ladder: each rung unlocks after its number of failed attempts or
// its seconds on the step, whichever comes first, and only after the rungs
// above it; a rung with neither is there on request. The last rung is the
// exact input, and `Show me` plays the step's own solution.
import type { Timeline } from '../net/index';
import { playSteps } from './start';
import type { LessonStep } from './types';

/** How many rungs of the ladder the learner may see now. */
export function hintsUnlocked(step: LessonStep, attempts: number, seconds: number): number {
  let n = 0;
  for (const h of step.hints) {
    const byAttempts = h.afterAttempts !== undefined && attempts >= h.afterAttempts;
    const bySeconds = h.afterSeconds !== undefined && seconds >= h.afterSeconds;
    if (!(byAttempts || bySeconds || (h.afterAttempts === undefined && h.afterSeconds === undefined))) break;
    n++;
  }
  return n;
}

/** `Show me`: the step's solution played on the learner's world, from where it stands. */
export function showMe(tl: Timeline, step: LessonStep): Timeline {
  return playSteps(tl, step.solution);
}
