// Predict the reply (LESSONS.md, the Kahoot lesson): before a server
// answers a command a step marked, the runner stops, shows the command and
// asks for the code. The stop is found in the timeline itself (the reply's
// event), and the choices come from the reply catalogue for that command,
// so they are replies this engine really gives.
import type { Timeline } from '../net/index';
import { COMMANDS, REPLIES, type ReplyKey } from '../smtp/index';
import { AUTH_LINE, CONTENT, GREETING } from './check';
import { dialogueOf, exchanges, type DialogueReply, type Exchange } from './dialogue';
import { commandKey } from './sentence';
import type { LessonStep, Prediction } from './types';

/** The catalogue replies each command can get, most likely first (RFC 5321 §4.3.2 lists them per command). */
export const REPLIES_BY_COMMAND: Readonly<Record<string, readonly ReplyKey[]>> = {
  [GREETING]: ['greeting', 'busy', 'shutdown'],
  EHLO: ['hello', 'heloSyntax', 'unrecognized', 'heloInvalid', 'heloMismatch'],
  HELO: ['hello', 'heloSyntax', 'heloInvalid', 'heloMismatch'],
  STARTTLS: ['tlsReady', 'tlsActive', 'notImplemented', 'needEhlo'],
  AUTH: ['authChallenge', 'authOk', 'authMechanism', 'authSyntax', 'needEhlo', 'authAlready'],
  [AUTH_LINE]: ['authChallenge', 'authOk', 'authFailed', 'authBadBase64', 'authCancelled'],
  MAIL: ['senderOk', 'needHelo', 'nestedMail', 'mailSyntax', 'sizeTooBig', 'unknownParameter'],
  RCPT: ['recipientOk', 'userUnknown', 'relayDenied', 'needMail', 'tooManyRecipients', 'recipientSyntax'],
  DATA: ['startData', 'needRecipient', 'noValidRecipients'],
  [CONTENT]: ['queued', 'sizeExceeded', 'bareLinefeed', 'localError'],
  RSET: ['reset', 'noArguments'],
  VRFY: ['verified', 'cannotVerify', 'vrfyDisabled', 'notLocal', 'argumentRequired'],
  EXPN: ['expanded', 'cannotExpand', 'expnDisabled', 'notAList'],
  HELP: ['help', 'helpTopic', 'helpUnknown'],
  NOOP: ['ok'],
  QUIT: ['bye'],
};

/** When a command has fewer than four codes of its own, these fill the choices: what any command can get. */
const ANY_COMMAND: readonly ReplyKey[] = ['ok', 'unrecognized', 'notImplemented', 'badSyntax', 'needHelo', 'timeout'];

/** Every command a prediction can be placed before. */
export const PREDICTABLE = [GREETING, CONTENT, AUTH_LINE, ...COMMANDS.map((c) => c.verb)];

/** Four distinct codes, in numeric order, always holding the real one. */
export function replyCandidates(command: string, real: number): number[] {
  const out = [real];
  for (const key of [...(REPLIES_BY_COMMAND[commandKey(command)] ?? []), ...ANY_COMMAND]) {
    const code = REPLIES[key].code;
    if (out.length < 4 && !out.includes(code)) out.push(code);
  }
  for (let code = 250; out.length < 4; code += 1) if (!out.includes(code)) out.push(code);
  return out.sort((a, b) => a - b);
}

export type PredictionStop = {
  /** Which of the step's predictions. */
  index: number;
  prediction: Prediction;
  exchange: Exchange;
  /** Seq of the event that brings the reply: the runner shows the world up to the event before it. */
  replyAt: number;
  reply: DialogueReply;
  candidates: number[];
};

/**
 * The first reply after event `from` that one of the step's predictions is
 * placed before (skipping the predictions in `done`), or undefined.
 */
export function nextPrediction(tl: Timeline, from: number, step: LessonStep, done: readonly number[] = []): PredictionStop | undefined {
  const preds = step.predictions ?? [];
  if (!preds.length) return undefined;
  let best: PredictionStop | undefined;
  for (const e of exchanges(dialogueOf(tl.log))) {
    if (!e.reply || e.replyAt! <= from || (best && e.replyAt! >= best.replyAt)) continue;
    const index = preds.findIndex((p, i) => !done.includes(i) && p.server.toLowerCase() === e.server.toLowerCase() && commandKey(p.command) === e.command);
    if (index < 0) continue;
    best = { index, prediction: preds[index]!, exchange: e, replyAt: e.replyAt!, reply: e.reply, candidates: replyCandidates(e.command, e.reply.code) };
  }
  return best;
}

/** A guess is right when its code is the reply's. */
export function predictionRight(guess: number, stop: Pick<PredictionStop, 'reply'>): boolean {
  return guess === stop.reply.code;
}

export type StepRecord = { solved: boolean; predictionsRight: number; predictionsAsked: number; hintsUsed: number; shownMe: boolean };

/**
 * Points for a step, never below zero and never blocking: 10 for solving it
 * yourself, less 3 a hint and 5 for `Show me`; 2 for each right prediction.
 */
export function stepScore(r: StepRecord): number {
  const solved = r.solved ? Math.max(0, 10 - 3 * r.hintsUsed - (r.shownMe ? 5 : 0)) : 0;
  return solved + 2 * Math.min(r.predictionsRight, r.predictionsAsked);
}
