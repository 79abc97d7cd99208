// A challenge ("SMTP golf", LESSONS.md): a goal in the lesson check
// language, a start as a lesson's, rules shown up front, a score measured
// from the log and a par that the tests prove is the score of the
// challenge's own solution, shown only once the goal is met. Data only,
// like a lesson: a file from outside is validated, never run.
import type { ScenarioStep } from '../../scenarios/index';
import type { Check } from '../check';
import type { TopicId } from '../curriculum/topics';
import type { LessonStart, Question } from '../types';
import type { AnswerInput, PlaygroundInput } from '../view';

/** The four golf scores of scores.ts; lower is better for every one. */
export type ScoreKind = 'shell-lines' | 'smtp-lines' | 'round-trips' | 'bytes';

export const SCORE_KINDS: readonly ScoreKind[] = ['shell-lines', 'smtp-lines', 'round-trips', 'bytes'];

export type Challenge = {
  id: string;
  revision: number;
  title: string;
  /** What to achieve, one sentence for the list. */
  task: string;
  /** Met once, anywhere after the start: the challenge is finished. */
  goal: Check;
  start: LessonStart;
  /** What counts and what does not, beyond what the score kind and the withheld lists already say. */
  rules: string[];
  /** Shell commands the learner may not use; the goal should also refuse them (`not` a `shell` clause), so that a shell that lets them through still cannot be beaten with them. */
  withheldCommands?: string[];
  withheldPanels?: string[];
  /** Questions the goal's `answer` clauses ask. */
  questions?: Question[];
  score: {
    kind: ScoreKind;
    /** Whose work is counted: the client host for SMTP scores, the shell's host for shell lines. The start's focus when absent. */
    host?: string;
  };
  par: number;
  /** The goal must be met within this many simulated seconds of the start. */
  withinSeconds?: number;
  /** The par solution: played on the start it meets the goal and scores exactly par. Shown only after finishing. */
  solution: ScenarioStep[];
  /** What the solution does outside the world (answers to the questions, Playground inputs). */
  outside?: { playground?: Omit<PlaygroundInput, 'at'>[]; answers?: Omit<AnswerInput, 'at'>[] };
  /** Shown with the par solution: why it scores what it does, and where a better score may hide. */
  parNote: string;
  topics?: TopicId[];
};

/** Lower than par is under par (a birdie), as in golf. */
export type ParVerdict = 'under-par' | 'at-par' | 'over-par' | 'not-met';
