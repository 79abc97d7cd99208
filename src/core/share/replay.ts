// A shared world replayed: the scenario (or a lesson's start) with the
// seed, then every act as the Simulator applied it (store/simulator.ts): cut
// back to the event it followed when that is in the past, the input, and
// what it causes. Then the log's digest against the one the link carries.
import { base64Decode, base64Encode } from '../codec/base64';
import { input, play, truncate, type Timeline } from '../net/index';
import type { WorldInput } from '../net/index';
import { MAX_EVENTS_PER_STEP, openScenario, runStep } from '../scenarios/build';
import type { Scenario } from '../scenarios/types';
import { compareDigests, dataHash, logDigest } from './digest';
import type { Decoded, SharedAct, SharedInput, WorldShare } from './types';
import { CORE_VERSION } from './version';

/** A shared input as core's: base64 back to bytes. */
export function worldInput(i: SharedInput): WorldInput {
  if (i.type === 'submit') return { type: 'submit', host: i.host, content: base64Decode(i.content).bytes };
  if (i.type !== 'compose') return i;
  const { attachments, ...rest } = i.draft;
  return { type: 'compose', host: i.host, draft: { ...rest, ...(attachments && { attachments: attachments.map((a) => ({ ...a, content: base64Decode(a.content).bytes })) }) } };
}

/** Core's input as JSON: bytes to base64. */
export function sharedInput(i: WorldInput): SharedInput {
  if (i.type === 'submit') return { type: 'submit', host: i.host, content: base64Encode(i.content) };
  if (i.type !== 'compose') return i;
  const { attachments, ...rest } = i.draft;
  return { type: 'compose', host: i.host, draft: { ...rest, ...(attachments && { attachments: attachments.map((a) => ({ ...a, content: base64Encode(a.content) })) }) } };
}

export function applyAct(tl: Timeline, act: SharedAct): Timeline {
  const from = act.at !== undefined && act.at < tl.log.length ? truncate(tl, act.at) : tl;
  return play(input(from, worldInput(act.input)), { maxEvents: MAX_EVENTS_PER_STEP });
}

/** The scenario played with the seed, then the acts. */
export function replay(start: Scenario, seed: number, acts: readonly SharedAct[]): Timeline {
  return acts.reduce(applyAct, start.steps.reduce(runStep, openScenario(start, seed)));
}

/** The scenario a shared Simulator state names, among those this build has. */
export function startOf(share: WorldShare, starts: readonly Scenario[]): Decoded<Scenario> {
  const start = starts.find((s) => s.id === share.id);
  if (start) return { ok: true, value: start };
  return { ok: false, error: { kind: 'unknown-start', id: share.id, message: `The link opens the scenario "${share.id}", which this SMTP Lab does not have (it may come from another version).` } };
}

export type ReplayCheck =
  | { exact: true; timeline: Timeline; message: string }
  | {
      exact: false;
      timeline: Timeline;
      /** The events before `from` are the sender's; the first that differs is at or before `to`. */
      from: number;
      to: number;
      /** Why, as far as the receiver can tell: another core, changed data, or neither. */
      reasons: string[];
      message: string;
    };

/**
 * Whether a replay's log is the sender's, byte for byte, and if not where
 * and why they part. `what`: the scenario or lesson the data hash is of.
 */
export function judgeReplay(share: Pick<WorldShare, 'core' | 'data' | 'log'>, timeline: Timeline, data: string, what: string): ReplayCheck {
  const parting = compareDigests(share.log, logDigest(timeline.log, share.log.every));
  if (parting.same) return { exact: true, timeline, message: `Replayed exactly: ${share.log.events} events, digest ${share.log.digest}.` };
  const reasons: string[] = [];
  if (share.core !== CORE_VERSION) reasons.push(`it was made with SMTP Lab ${share.core}, and this is ${CORE_VERSION}`);
  if (share.data !== data) reasons.push(`the ${what} has changed since`);
  if (reasons.length === 0) reasons.push('the versions and the data agree, so this is a bug in SMTP Lab: please report the link');
  const where = parting.from === parting.to ? `event ${parting.from}` : `events ${parting.from}–${parting.to}`;
  return { exact: false, timeline, ...parting, reasons, message: `Not replayed exactly: the log first differs in ${where}, because ${reasons.join(', and ')}.` };
}

/** Replays a shared Simulator state from its scenario and says whether the log is the sender's. */
export function checkReplay(share: WorldShare, start: Scenario): ReplayCheck {
  return judgeReplay(share, replay(start, share.seed, share.acts), dataHash(start), `scenario "${share.id}"`);
}
