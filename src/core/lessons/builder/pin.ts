// `Pin` and `Pause here` (LESSONS.md "The level builder"): what the author
// selected in the timeline, turned into data. A reply becomes a `reply`
// clause (server, command, code), a delivery an `mbox` clause (the mailbox
// and the message's envelope sender and Subject), anything else an `event`
// clause; never a queue id, a port or a time, which change between runs.
import type { Timeline } from '../../net/index';
import { REPLIES, replyCatalogue, type ReplyKey, type ReplySpec } from '../../smtp/index';
import type { LeafClause, MboxClause, ReplyClause } from '../check';
import { dialogueOf, exchanges, type Exchange } from '../dialogue';
import { REPLIES_BY_COMMAND } from '../predictions';
import { commandKey } from '../sentence';
import type { Prediction } from '../types';
import { viewOf, type Delivered } from '../view';

/** Commands whose argument tells one exchange from another (RCPT TO which address). */
const ARGUED = new Set(['MAIL', 'RCPT', 'VRFY', 'EXPN']);

/** The exchange whose reply is event `seq` (the first, when one segment carries several pipelined replies). */
export function exchangeAnswered(tl: Timeline, seq: number): Exchange | undefined {
  return exchanges(dialogueOf(tl.log, seq)).find((e) => e.reply && e.replyAt === seq);
}

function replyClause(e: Exchange): ReplyClause {
  const r = e.reply!;
  return {
    type: 'reply',
    server: e.server,
    command: e.command,
    ...(ARGUED.has(e.command) && e.argument && { argument: e.argument }),
    code: r.code,
    ...(r.enhanced && { enhanced: r.enhanced }),
  };
}

function mboxClause(tl: Timeline, seq: number): MboxClause | undefined {
  const m = viewOf(tl, seq).messages.find((x) => x.at === seq);
  return m && messageClause(m);
}

function messageClause(m: Delivered): MboxClause {
  const subject = m.headers.find((h) => h.name.toLowerCase() === 'subject')?.decoded;
  return {
    type: 'mbox',
    host: m.host,
    user: m.user,
    delta: 1,
    message: {
      ...(m.sender && { sender: m.sender }),
      ...(subject && { headers: [{ name: 'Subject', value: subject }] }),
    },
  };
}

/** The clause that pinning event `seq` makes, or undefined when there is no such event. */
export function pinClause(tl: Timeline, seq: number): LeafClause | undefined {
  const e = tl.log[seq - 1];
  if (!e) return undefined;
  const answered = exchangeAnswered(tl, seq);
  if (answered) return replyClause(answered);
  if (e.layer === 'delivery' && e.kind === 'append') return mboxClause(tl, seq);
  return { type: 'event', layer: e.layer, kind: e.kind, from: e.from, to: e.to };
}

/** What a catalogue reply of this command with this code means, and where the RFC says so. */
function why(command: string, code: number, enhanced: string | undefined): string {
  const mine: readonly ReplyKey[] = REPLIES_BY_COMMAND[commandKey(command)] ?? [];
  const fits = (r: ReplySpec) => r.code === code && (enhanced === undefined || r.enhanced === undefined || r.enhanced === enhanced);
  const spec = mine.map((k): ReplySpec => REPLIES[k]).find(fits) ?? replyCatalogue.find(fits);
  return spec ? `${code}: ${spec.meaning} (${spec.rfc})` : `${code}: the server's answer.`;
}

/** `Pause here` on a reply: a prediction before it, its `why` drafted from the reply catalogue; undefined if the event is not a reply. */
export function pausePrediction(tl: Timeline, seq: number): Prediction | undefined {
  const e = exchangeAnswered(tl, seq);
  return e && { server: e.server, command: e.command, why: why(e.command, e.reply!.code, e.reply!.enhanced) };
}

/** `Pin` on a mailbox in the Mailboxes panel: it holds as many messages as it does at event `position`. */
export function pinMailbox(tl: Timeline, position: number, host: string, user: string): MboxClause {
  const count = viewOf(tl, position).messages.filter((m) => m.host === host && m.user === user).length;
  return { type: 'mbox', host, user, count: { exactly: count } };
}

/** `Pin` on message `index` (0-based, oldest first) of a mailbox at event `position`, as pinning its delivery would. */
export function pinMessage(tl: Timeline, position: number, host: string, user: string, index: number): MboxClause | undefined {
  const m = viewOf(tl, position).messages.filter((x) => x.host === host && x.user === user)[index];
  return m && messageClause(m);
}
