// The SMTP dialogue of every connection, rebuilt from the wire: client lines
// become commands, server bytes become replies through the client's own
// reply reader (so pipelined replies in one segment split again, RFC 2920
// §3), and each reply is paired with the oldest command still waiting, since
// a server answers in order (RFC 5321 §4.1.1). Which client lines are
// commands depends on replies: after DATA's 354 they are content up to the
// lone dot (§4.1.1.4), after a 334 an answer to AUTH (RFC 4954 §4); so lines
// that follow a DATA or AUTH wait, unread, until its reply says which.
// Built one event at a time; a new event copies only its own connection.
import { latin1String } from '../codec/ascii';
import type { WorldEvent } from '../net/index';
import { emptyReader, readReplies, type ReplyReader } from '../smtp/index';
import { AUTH_LINE, CONTENT, GREETING } from './check';

export type DialogueReply = { code: number; enhanced?: string; lines: string[]; text: string };

export type Exchange = {
  /** The connection's id: for grouping only, never matched on. */
  connection: string;
  client: string;
  server: string;
  /** The verb in capitals, or GREETING, CONTENT, AUTH_LINE; '' for a reply nothing asked for. */
  command: string;
  /** The line as sent, without its line ending (CONTENT: the first content line). */
  line: string;
  /** What follows the verb, trimmed. */
  argument: string;
  /** Seq of the event that carried the line (GREETING: the connection's first event). */
  sentAt: number;
  /** Position among the lines of that event, to order pipelined commands. */
  sentSub: number;
  /** CONTENT only: the lines, dot-stuffing undone, and whether the lone dot came. */
  content?: string[];
  ended?: boolean;
  /** CONTENT only: the transaction's envelope, MAIL FROM's path and the RCPT TO paths that got a 2xx (RFC 5321 §3.3). */
  envelope?: { sender: string; recipients: string[] };
  /** The Message-ID (or queue id) the world tagged the content or its reply with, to find the message this content became. */
  messageId?: string;
  reply?: DialogueReply;
  replyAt?: number;
  replySub?: number;
};

type RawLine = { text: string; crlf: boolean; at: number; sub: number; messageId?: string };

export type ConnectionDialogue = {
  id: string;
  client: string;
  server: string;
  exchanges: readonly Exchange[];
  /** Client lines not yet known to be commands, content or AUTH answers. */
  unread: readonly RawLine[];
  mode: 'command' | 'content' | 'auth';
  clientPartial: string;
  reader: ReplyReader;
};

export type Dialogue = { readonly connections: ReadonlyMap<string, ConnectionDialogue>; readonly order: readonly string[] };

export const emptyDialogue: Dialogue = { connections: new Map(), order: [] };

/** Commands whose reply decides how the next client line is read. */
const DECIDING = new Set(['DATA', 'AUTH', AUTH_LINE]);

function opened(id: string, client: string, server: string, at: number): ConnectionDialogue {
  const greeting: Exchange = { connection: id, client, server, command: GREETING, line: '', argument: '', sentAt: at, sentSub: 0 };
  return { id, client, server, exchanges: [greeting], unread: [], mode: 'command', clientPartial: '', reader: emptyReader };
}

function splitLines(partial: string, text: string, at: number, messageId: string | undefined): { lines: RawLine[]; partial: string } {
  const all = partial + text;
  const parts = all.split('\n');
  const rest = parts.pop() ?? '';
  const id = messageId ? { messageId } : {};
  const lines = parts.map((p, sub) => (p.endsWith('\r') ? { text: p.slice(0, -1), crlf: true, at, sub, ...id } : { text: p, crlf: false, at, sub, ...id }));
  // A peer that never sends LF cannot grow this without bound (RFC 5321 §4.5.3.1.4 allows 512 octets a command line).
  return { lines, partial: rest.length > 4096 ? rest.slice(-4096) : rest };
}

const path = (argument: string) => /<([^>]*)>/.exec(argument)?.[1] ?? argument.split(' ')[0] ?? '';

/** The envelope of the transaction the content belongs to: back to its MAIL FROM. */
function envelopeBefore(exchanges: readonly Exchange[]): Exchange['envelope'] {
  const recipients: string[] = [];
  for (let k = exchanges.length - 1; k >= 0; k--) {
    const e = exchanges[k]!;
    if (e.command === 'RCPT' && e.reply && e.reply.code < 300) recipients.unshift(path(e.argument));
    if (e.command === 'MAIL') return { sender: path(e.argument), recipients };
    if (e.command === CONTENT || e.command === 'RSET') break;
  }
  return { sender: '', recipients };
}

function command(c: ConnectionDialogue, l: RawLine): Exchange {
  // `s`: a bare CR inside a line (refused by the server, still logged) is text too.
  const m = /^(\S*)\s?(.*)$/s.exec(l.text)!;
  let verb = m[1]!.toUpperCase();
  let argument = m[2]!.trim();
  // MAIL FROM: and RCPT TO: are written as one word with their colon (RFC 5321 §4.1.1.2).
  const colon = /^(FROM|TO):\s*(.*)$/i.exec(argument);
  if ((verb === 'MAIL' || verb === 'RCPT') && colon) argument = colon[2]!.trim();
  if (verb.length > 16) [verb, argument] = ['', l.text];
  return { connection: c.id, client: c.client, server: c.server, command: verb, line: l.text, argument, sentAt: l.at, sentSub: l.sub };
}

/** Reads unread lines as far as the replies so far allow. */
function settle(c: ConnectionDialogue): ConnectionDialogue {
  const exchanges = [...c.exchanges];
  let mode = c.mode;
  let i = 0;
  for (; i < c.unread.length; i++) {
    const l = c.unread[i]!;
    const last = exchanges[exchanges.length - 1];
    if (mode === 'content' && last?.command === CONTENT && !last.ended) {
      const done = l.text === '.' && l.crlf;
      exchanges[exchanges.length - 1] = { ...last, content: done ? last.content! : [...last.content!, l.text.startsWith('.') ? l.text.slice(1) : l.text], ended: done };
      if (done) mode = 'command';
      continue;
    }
    if (mode === 'content') {
      // The 354 has come: this line opens the content.
      const done = l.text === '.' && l.crlf;
      const id = l.messageId ? { messageId: l.messageId } : {};
      exchanges.push({ connection: c.id, client: c.client, server: c.server, command: CONTENT, line: l.text, argument: '', sentAt: l.at, sentSub: l.sub, content: done ? [] : [l.text.startsWith('.') ? l.text.slice(1) : l.text], ended: done, envelope: envelopeBefore(exchanges), ...id });
      if (done) mode = 'command';
      continue;
    }
    if (last && DECIDING.has(last.command) && !last.reply) break;
    if (mode === 'auth') {
      exchanges.push({ connection: c.id, client: c.client, server: c.server, command: AUTH_LINE, line: l.text, argument: l.text, sentAt: l.at, sentSub: l.sub });
      mode = 'command';
    } else exchanges.push(command(c, l));
  }
  return { ...c, exchanges, mode, unread: c.unread.slice(i) };
}

function onServerBytes(c: ConnectionDialogue, bytes: Uint8Array, at: number, messageId: string | undefined): ConnectionDialogue {
  const read = readReplies(c.reader, bytes, true);
  let next: ConnectionDialogue = { ...c, reader: read.reader };
  read.replies.forEach(({ reply }, sub) => {
    const exchanges = [...next.exchanges];
    const k = exchanges.findIndex((e) => !e.reply);
    const r: DialogueReply = { code: reply.code, lines: reply.lines, text: reply.lines.join('\n'), ...(reply.enhanced ? { enhanced: reply.enhanced } : {}) };
    let mode = next.mode;
    if (k < 0) exchanges.push({ connection: c.id, client: c.client, server: c.server, command: '', line: '', argument: '', sentAt: at, sentSub: sub, reply: r, replyAt: at, replySub: sub });
    else {
      const e = exchanges[k]!;
      exchanges[k] = { ...e, reply: r, replyAt: at, replySub: sub, ...(e.command === CONTENT && messageId && !e.messageId ? { messageId } : {}) };
      if (e.command === 'DATA' && reply.code === 354) mode = 'content';
      else if ((e.command === 'AUTH' || e.command === AUTH_LINE) && reply.code === 334) mode = 'auth';
    }
    next = settle({ ...next, exchanges, mode });
  });
  return next;
}

/** The dialogue with one more event. */
export function extendDialogue(d: Dialogue, e: WorldEvent): Dialogue {
  const id = e.connection;
  if (!id) return d;
  let c = d.connections.get(id);
  let order = d.order;
  if (!c) {
    if (e.kind !== 'syn' && !(e.layer === 'smtp' && e.kind === 'segment')) return d;
    c = opened(id, e.from, e.to, e.seq);
    order = [...order, id];
  }
  if (e.layer === 'smtp' && e.kind === 'segment' && e.bytes.length > 0) {
    if (e.from === c.client) {
      const { lines, partial } = splitLines(c.clientPartial, latin1String(e.bytes), e.seq, e.messageId);
      c = settle({ ...c, clientPartial: partial, unread: [...c.unread, ...lines] });
    } else c = onServerBytes(c, e.bytes, e.seq, e.messageId);
  } else if (c === d.connections.get(id)) return d;
  const connections = new Map(d.connections);
  connections.set(id, c);
  return { connections, order };
}

/** Every exchange, connection by connection in the order they opened. */
export function exchanges(d: Dialogue): Exchange[] {
  return d.order.flatMap((id) => d.connections.get(id)?.exchanges ?? []);
}

export function dialogueOf(log: readonly WorldEvent[], upTo = Infinity): Dialogue {
  let d = emptyDialogue;
  for (const e of log) {
    if (e.seq > upTo) break;
    d = extendDialogue(d, e);
  }
  return d;
}
