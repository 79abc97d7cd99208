// A shared state as data: what a link or a `.smtplab.json` file carries.
// Everything here is JSON (bytes as base64), so the same value is the link's
// payload, the file's content and what the presenter's window sends.
import type { Faults } from '../net/index';
import type { Layer } from '../net/index';
import type { AnswerInput, PlaygroundInput } from '../lessons/index';

/** A compose draft as JSON: core's `Draft` with each attachment's bytes as base64. */
export type SharedDraft = {
  from?: string;
  to: string[];
  cc?: string[];
  bcc?: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; /** base64 */ content: string }[];
  headers?: { name: string; value: string }[];
};

/** A world input as JSON: the shapes of core's `WorldInput`. */
export type SharedInput =
  | { type: 'shell'; host: string; line: string; columns?: number }
  | { type: 'compose'; host: string; draft: SharedDraft }
  /** An .eml handed to a user agent, its bytes as base64 (8-bit content survives). */
  | { type: 'submit'; host: string; content: string }
  | { type: 'faults'; host: string; faults: Partial<Faults> };

/**
 * An input and the number of events it followed (the store's `Act`); no
 * `at` when it joined the end of the log, as most acts do, which keeps
 * links short.
 */
export type SharedAct = { at?: number; input: SharedInput };

/** What the Simulator showed: the attached host, the inspector's event, the layers shown, the eavesdropper. */
export type SimulatorScreen = {
  host: string;
  /** The seq of the event open in the inspector. */
  selected?: number;
  layers: Layer[];
  eavesdropper: boolean;
};

/** A fingerprint of the replayed log: its length, its digest, and the digest of each `every`-event prefix, to find where two replays part. */
export type LogDigest = {
  events: number;
  /** FNV-1a 64 of every `eventJson` line, each followed by LF. */
  digest: string;
  every: number;
  /** marks[i]: the first 6 hex digits of the digest of the first (i + 1)·every events. */
  marks: string[];
};

type Versions = {
  /** The link format (version.ts). */
  v: number;
  /** The core that made the log. */
  core: string;
};

/** What a world carries, the Simulator's or a lesson's: the position, what was on screen, and the log replayed. */
type WorldBase = Versions & {
  /** The scenario's or the lesson's id. */
  id: string;
  /** The hash of the scenario's or the lesson's data (`dataHash`). */
  data: string;
  position: number;
  screen: SimulatorScreen;
  log: LogDigest;
};

/** The Simulator: a scenario, the seed, the acts and the log they gave. */
export type WorldShare = WorldBase & {
  kind: 'simulator';
  seed: number;
  acts: SharedAct[];
};

/** `Show me` pressed for a lesson step (by its id): its solution played from the event it followed. */
export type SharedShowMe = { at?: number; showMe: string };
export type SharedLessonAct = SharedAct | SharedShowMe;

/** What the step's checklist and predictions read besides the world. */
export type SharedStepProgress = {
  /** The event the step began at: its checks look from there. */
  since: number;
  /** The step's predictions answered, so none is asked again and playback does not hold before its reply. */
  guesses: { index: number; guess: number; reply: number }[];
  playground: PlaygroundInput[];
  answers: AnswerInput[];
};

/** A lesson step: the lesson (its seed is part of its data), every act since it began, and the step's progress. */
export type LessonShare = WorldBase & {
  kind: 'lesson';
  /** The step shown, 0-based. */
  step: number;
  acts: SharedLessonAct[];
  progress: SharedStepProgress;
};

/** A Playground explorer and what was typed into it. */
export type PlaygroundShare = Versions & {
  kind: 'playground';
  explorer: string;
  input: { text: string; direction: 'decode' | 'encode'; charset: string; wordEncoding: 'B' | 'Q'; sample?: string };
  /** The builder's or the stamp form's fields, where the explorer has one. */
  fields?: Record<string, string>;
  /** A message file open in the MIME explorer, shown in place of `input.text`: its name and its bytes as base64 (8-bit and binary content survive). */
  file?: { name: string; content: string };
};

export type SharedState = WorldShare | LessonShare | PlaygroundShare;

/** Why a link or file could not be opened. Never thrown: returned. */
export type ShareError =
  | { kind: 'not-a-link'; message: string }
  | { kind: 'newer-version'; format: number; message: string }
  | { kind: 'garbage'; message: string }
  | { kind: 'truncated'; message: string }
  | { kind: 'damaged'; message: string }
  | { kind: 'too-big'; limit: number; message: string }
  | { kind: 'invalid'; path: string; message: string }
  | { kind: 'unknown-start'; id: string; message: string };

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: ShareError };
