// Teaching moments (issue 10 §2): an event of a scenario's log worth
// stopping at, found by a small match over the event's fields, with a
// one-line caption; one of them is the scenario's main moment, where the
// inspector opens at the end. Data only; momentsOf finds them in a log.
import type { Layer, WorldEvent } from '../net/index';

/** Which event: every given field must hold; text fields match as substrings. `nth`: the nth such event (1 when absent). */
export type MomentMatch = {
  layer?: Layer;
  kind?: string;
  from?: string;
  to?: string;
  summary?: string;
  rfc?: string;
  nth?: number;
};

export type Moment = { match: MomentMatch; caption: string; main?: true };

export type MomentAt = { seq: number; caption: string; main: boolean };

export function matches(m: MomentMatch, e: WorldEvent): boolean {
  return (
    (m.layer === undefined || e.layer === m.layer) &&
    (m.kind === undefined || e.kind === m.kind) &&
    (m.from === undefined || e.from === m.from) &&
    (m.to === undefined || e.to === m.to) &&
    (m.summary === undefined || e.summary.includes(m.summary)) &&
    (m.rfc === undefined || e.rfc === m.rfc)
  );
}

/** The scenario's moments found in the log, in log order; a moment whose event is not there (the world went another way) is left out. */
export function momentsOf(s: { moments?: readonly Moment[] }, log: readonly WorldEvent[]): MomentAt[] {
  const found: MomentAt[] = [];
  for (const moment of s.moments ?? []) {
    let left = Math.max(1, Math.floor(moment.match.nth ?? 1));
    const e = log.find((x) => matches(moment.match, x) && --left === 0);
    if (e) found.push({ seq: e.seq, caption: moment.caption, main: moment.main === true });
  }
  return found.sort((a, b) => a.seq - b.seq);
}

/** Where the inspector opens once the scenario has played: its main moment, else its last moment. */
export function mainMomentOf(s: { moments?: readonly Moment[] }, log: readonly WorldEvent[]): MomentAt | undefined {
  const all = momentsOf(s, log);
  return all.find((m) => m.main) ?? all[all.length - 1];
}

export const moment = (match: MomentMatch, caption: string): Moment => ({ match, caption });
export const mainMoment = (match: MomentMatch, caption: string): Moment => ({ match, caption, main: true });
