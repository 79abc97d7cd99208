// Where "Predict every reply" stops: before each event that brings a server
// reply to a command (the dialogue rebuilt from the wire, lessons/dialogue.ts),
// with the candidates core draws from the reply catalogue for that command.
import type { Timeline } from '../core/net/index';
// Not the lessons index: that would bring the whole curriculum into the Simulator's chunk.
import { dialogueOf, exchanges, type Exchange } from '../core/lessons/dialogue';
import { replyCandidates, REPLIES_BY_COMMAND } from '../core/lessons/predictions';
import { REPLIES } from '../core/smtp/index';
import type { Stage } from './presenter';

export type ReplyStop = {
  exchange: Exchange & { reply: NonNullable<Exchange['reply']> };
  /** Seq of the reply's event: the audience sees the world up to the one before. */
  replyAt: number;
  candidates: number[];
  /** Why the server answers so, and where the RFC says it. */
  why: string;
  rfc: string;
};

// One index a log: the log only grows by new arrays, so its identity is its version.
const indexes = new WeakMap<object, ReadonlyMap<number, ReplyStop>>();

function indexOf(tl: Timeline): ReadonlyMap<number, ReplyStop> {
  const known = indexes.get(tl.log);
  if (known) return known;
  const index = new Map<number, ReplyStop>();
  for (const e of exchanges(dialogueOf(tl.log))) {
    if (!e.reply || e.replyAt === undefined || e.command === '' || index.has(e.replyAt)) continue;
    const exchange = e as ReplyStop['exchange'];
    index.set(e.replyAt, { exchange, replyAt: e.replyAt, candidates: replyCandidates(e.command, e.reply.code), ...whyOf(tl, exchange) });
  }
  indexes.set(tl.log, index);
  return index;
}

/** The catalogue entry for this command with this reply's codes; else the reply event's own explanation. */
function whyOf(tl: Timeline, e: ReplyStop['exchange']): { why: string; rfc: string } {
  const keys = REPLIES_BY_COMMAND[e.command] ?? [];
  const key = keys.find((k) => REPLIES[k].code === e.reply.code && (!e.reply.enhanced || (REPLIES[k] as { enhanced?: string }).enhanced === e.reply.enhanced)) ?? keys.find((k) => REPLIES[k].code === e.reply.code);
  if (key) return { why: REPLIES[key].meaning, rfc: REPLIES[key].rfc };
  const event = tl.log[e.replyAt! - 1];
  return { why: event?.explanation ?? '', rfc: event?.rfc ?? '' };
}

/** The stop the world stands at: the next event is a server's reply. */
export function stopAt(tl: Timeline, position: number): ReplyStop | undefined {
  return indexOf(tl).get(position + 1);
}

/** The next stop after `position`, for the presenter's "coming prediction". */
export function nextStop(tl: Timeline, position: number): ReplyStop | undefined {
  let best: ReplyStop | undefined;
  for (const [at, stop] of indexOf(tl)) if (at > position + 1 && (!best || at < best.replyAt)) best = stop;
  return best;
}

/**
 * Where the room stands in a prediction: `asking` before a reply not yet
 * revealed (the world waits one event short of it), `answered` just after a
 * revealed one. Every reply is asked with `Predict every reply` on; a
 * lesson's own predictions always, with the choices its runner offers.
 */
export type Moment = { kind: 'asking' | 'answered'; stop: ReplyStop } | undefined;

export function momentAt(tl: Timeline, position: number, stage: Pick<Stage, 'predictEvery' | 'revealed' | 'lesson'>): Moment {
  const asked = (stop: ReplyStop | undefined): ReplyStop | undefined => {
    if (!stop) return undefined;
    const lesson = stage.lesson.predictions?.find((q) => q.replyAt === stop.replyAt);
    if (lesson) return { ...stop, candidates: [...lesson.candidates] };
    return stage.predictEvery ? stop : undefined;
  };
  const ahead = asked(stopAt(tl, position));
  if (ahead && !stage.revealed.includes(ahead.replyAt)) return { kind: 'asking', stop: ahead };
  const behind = position > 0 ? asked(stopAt(tl, position - 1)) : undefined;
  if (behind && stage.revealed.includes(behind.replyAt)) return { kind: 'answered', stop: behind };
  return undefined;
}
