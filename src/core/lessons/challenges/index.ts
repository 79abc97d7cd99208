// Challenges ("SMTP golf", LESSONS.md): a goal in the check language, a
// start, rules, a score from the log and a par its own solution scores. A
// runner: `tl = challengeStart(ch)`, show `challengeRules(ch)` and the
// clauses of `challengeGoal(ch)` (withheld commands added); after each
// event, `challengeResult(ch, tl, outside, view)` ticks `goal.clauses` and, once
// `met`, shows score against par, `recordAttempt` keeps it, and only then
// the par solution (`ch.solution`, `ch.parNote`). `Try again` is
// `challengeStart(ch)` again, after `recordAttempt(record, ch, { met: false, score })`.
export type { Challenge, ScoreKind, ParVerdict } from './types';
export { SCORE_KINDS } from './types';
export { challengeGoal, challengeResult, challengeRules, challengeSince, challengeStart, parSolution, scoreHost, scoreOf, scoreText, SCORE_UNITS, type ChallengeResult } from './result';
export { distribution, emptyRecord, recordAttempt, type AttemptRecord } from './attempts';
export { validateChallenge, type ValidatedChallenge } from './validate-challenge';
export { CHALLENGES, challengeById } from './catalogue/index';
