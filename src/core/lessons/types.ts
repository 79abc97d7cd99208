// A lesson as data (LESSONS.md "Lessons as data"): where it starts, what it
// withholds, and its steps, each with text, a check, predictions, a hint
// ladder and the step's own solution for `Show me`. The engine that runs the
// sandbox and the scenarios runs lessons; a lesson has no code of its own.
import type { ScenarioStep, WorldChanges } from '../scenarios/index';
import type { Check } from './check';
import type { AnswerInput, PlaygroundInput } from './view';

export type LessonStart = {
  /** A scenario whose world the lesson starts from (its changes, not its steps). */
  scenario?: string;
  /** Changes on top of the default world (and the scenario's). */
  world?: WorldChanges;
  /** Played before the learner acts. */
  prelude?: ScenarioStep[];
  seed?: number;
  /** The host whose terminal shows first. */
  focus: string;
  opens: 'simulator' | 'playground';
};

/** A reply to guess before it is shown: the next answer of `server` to `command` (a verb, or GREETING/CONTENT/AUTH_LINE). */
export type Prediction = {
  server: string;
  command: string;
  /** Shown after the guess: why this is the reply. */
  why: string;
};

export type Hint = {
  text: string;
  /** Shown after this many failed attempts, or this many seconds, whichever first. */
  afterAttempts?: number;
  afterSeconds?: number;
  /** The exact input, for the last rung of the ladder. */
  exact?: boolean;
};

/** A question the step asks; its answer is checked by an `answer` clause. */
export type Question = { id: string; ask: string; choices?: string[] };

export type LessonStep = {
  id: string;
  /** What to read, a short paragraph. */
  say: string;
  /** What to do, one sentence. */
  task: string;
  /** Where the step is done when not where the lesson opened: a Playground step (decode the 334 you just got), then back. */
  opens?: 'simulator' | 'playground';
  predictions?: Prediction[];
  questions?: Question[];
  check: Check;
  hints: Hint[];
  /** For the presenter only. */
  notes?: string;
  /** Shown once the check is met. */
  solved: string;
  /** What `Show me` plays on the learner's world; replayed by the tests. */
  solution: ScenarioStep[];
  /** What `Show me` does outside the world: Playground inputs and answers to the step's questions. */
  outside?: { playground?: Omit<PlaygroundInput, 'at'>[]; answers?: Omit<AnswerInput, 'at'>[] };
  /** The step can be met without the learner (an experiment to watch); its check is then not required to fail on the bare start. */
  watch?: boolean;
};

/** A world feature a lesson needs that the engine does not have yet: the lesson is data now, its solution test waits. */
export type MissingFeature = { id: string; what: string };

export type Lesson = {
  id: string;
  revision: number;
  title: string;
  /** One line for the course list. */
  goal: string;
  topics: string[];
  minutes: number;
  start: LessonStart;
  /** Shell commands the learner may not use here (`mail`, `host` …). */
  withheldCommands?: string[];
  /** Panels hidden here ('compose', 'inspector', 'playground' …). */
  withheldPanels?: string[];
  steps: LessonStep[];
  /** Set only while the engine lacks something this lesson uses. */
  needs?: MissingFeature[];
};
