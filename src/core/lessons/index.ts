// Lessons: the course as data over the same world as the sandbox, the check
// language and its evaluator over a view of the timeline, predictions,
// hints, golf scores and the validator for lessons from outside. Not part of
// src/core/index.ts, so that only the Lessons page loads it.
//
// A runner: `tl = lessonStart(lesson)`; a step's `since` is the event the
// step began at (or the `at` of the previous step's verdict, so that work
// typed ahead counts); after each event, `view = advanceView(view, tl, seq)`
// (or `extendView` with the world it already has) and
// `evaluateStep(step, view, { since, outside })`, whose clauses are the
// checklist; before playing on, `nextPrediction(tl, position, step, asked)`
// says where to stop; `hintsUnlocked` and `showMe` drive the hint ladder.
// Challenges (golf over the same check language) are in challenges/index.ts.
export type { Check, Count, Pattern, LeafClause, ReplyClause, EventClause, FaultClause, MboxClause, MessageMatch, PartMatch, ShellClause, PlaygroundClause, AnswerClause } from './check';
export { AUTH_LINE, CHECK_TYPES, CONTENT, GREETING } from './check';
export type { Lesson, LessonStart, LessonStep, Hint, Prediction, Question, MissingFeature } from './types';
export { dialogueOf, exchanges, type Dialogue, type Exchange, type DialogueReply } from './dialogue';
export { advanceView, emptyView, extendView, viewOf, type LessonView, type Delivered, type DeliveredPart, type ShellRun, type Outside, type PlaygroundInput, type AnswerInput } from './view';
export { countMet, evaluateCheck, evaluateStep, messageMismatch, type ClauseVerdict, type Verdict, type EvaluateOptions } from './evaluate';
export { commandText, sentence } from './sentence';
export { matches, patternProblem, regexProblem, MAX_PATTERN, MAX_SUBJECT } from './pattern';
export { shellFailed } from './shell-failure';
export { nextPrediction, predictionRight, replyCandidates, stepScore, PREDICTABLE, REPLIES_BY_COMMAND, type PredictionStop, type StepRecord } from './predictions';
export { hintsUnlocked, showMe } from './hints';
export { bytesOnWire, roundTrips, shellLinesOk, smtpLinesSent } from './scores';
export { validateCheck, validateLesson, MAX_CHECK_DEPTH, type Validated } from './validate';
export type { ValidationError } from './validate-fields';
export { lessonChanges, lessonSolution, lessonStart, playSteps } from './start';
export { LESSONS, lessonById, TOPICS, type TopicId } from './curriculum/index';
export type { Challenge, ScoreKind, ParVerdict, ChallengeResult, AttemptRecord, ValidatedChallenge } from './challenges/index';
export { CHALLENGES, challengeById, challengeGoal, challengeResult, challengeRules, challengeSince, challengeStart, distribution, emptyRecord, parSolution, recordAttempt, scoreHost, scoreOf, scoreText, SCORE_KINDS, SCORE_UNITS, validateChallenge } from './challenges/index';
export * from './builder/index';
