// Fingerprints for a shared state: the digest of a replayed log, with a mark
// every few events so two replays that part can say where; and the hash of a
// scenario's or lesson's data, so a receiver knows when it changed.
import { eventJson, type WorldEvent } from '../net/index';
import { latin1String } from '../codec/ascii';
import { FNV_START, fnvHex, fnvText, hashText } from './hash';
import type { LogDigest } from './types';

/** At most this many marks: they are random digits, which do not compress, so they are kept few. */
const MAX_MARKS = 4;

/** The spacing that keeps the marks of `events` events at most MAX_MARKS: a power of two, at least 16. */
export function markSpacing(events: number): number {
  let every = 16;
  while (Math.ceil(events / every) > MAX_MARKS) every *= 2;
  return every;
}

/** The digest of a log, every `eventJson` line followed by LF (`npm run sim -- --json` exactly). */
export function logDigest(log: readonly WorldEvent[], every = markSpacing(log.length)): LogDigest {
  let state = FNV_START;
  const marks: string[] = [];
  log.forEach((e, i) => {
    state = fnvText(state, `${eventJson(e)}\n`);
    if ((i + 1) % every === 0) marks.push(fnvHex(state).slice(0, 6));
  });
  return { events: log.length, digest: fnvHex(state), every, marks };
}

/** Where two digests of the same spacing part: the events before `from` agree, and the first difference is at or before `to`. */
export type Parting = { same: true } | { same: false; from: number; to: number };

export function compareDigests(expected: LogDigest, actual: LogDigest): Parting {
  if (expected.digest === actual.digest && expected.events === actual.events) return { same: true };
  const every = expected.every;
  const shared = Math.min(expected.marks.length, actual.marks.length);
  for (let i = 0; i < shared; i++) {
    if (expected.marks[i] !== actual.marks[i]) return { same: false, from: i * every + 1, to: (i + 1) * every };
  }
  const from = shared * every + 1;
  return { same: false, from, to: Math.max(from, Math.min(expected.events, actual.events) + 1) };
}

/**
 * The hash of a scenario's or a lesson's data: its JSON with bytes written
 * as latin1 (as eventJson does), so any edit to it changes the hash.
 */
export function dataHash(value: unknown): string {
  return hashText(JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { bytes: latin1String(v) } : v)));
}
