// What checks read: a view of the timeline up to one event. The SMTP
// dialogue comes from the log alone; mailboxes, shell output and faults are
// read off the world after each event (the shell's output lives only on its
// screen). Built one event at a time, so a runner that evaluates after every
// event pays for that event only; earlier views stay valid (nothing shared
// is changed).
import { parseMessage, type MimePart } from '../mime/index';
import { envelopeOf, parseMbox, seek, type MboxEntry, type Timeline, type World, type WorldEvent } from '../net/index';
import { CONTENT } from './check';
import { prompt } from '../shell/index';
import { emptyDialogue, extendDialogue, type Dialogue, type Exchange } from './dialogue';
import { MAX_SUBJECT } from './pattern';

export type DeliveredPart = { type: string; encoding: string; charset?: string };

/** A message in a mailbox, with what the structural checks compare (never its Message-ID, queue id or dates). */
export type Delivered = {
  host: string;
  user: string;
  /** Seq of the append event. */
  at: number;
  /** Envelope sender, '' for the null path (RFC 5321 §4.5.5). */
  sender: string;
  recipients: string[];
  headers: { name: string; value: string; decoded: string }[];
  /** The raw body (read as UTF-8) and, after it, the decoded text of its text parts: `=E9` and `é` both match. */
  body: string;
  received: number;
  parts: DeliveredPart[];
};

/** A line typed at a shell prompt, with everything the screen showed after it until the next one. */
export type ShellRun = {
  host: string;
  line: string;
  at: number;
  output: string;
};

export type LessonView = {
  /** The last event included (0: none). */
  seq: number;
  log: readonly WorldEvent[];
  /** The world right after `seq`. */
  world: World;
  dialogue: Dialogue;
  messages: readonly Delivered[];
  shell: readonly ShellRun[];
  /** Seq of the last fault switch per host. */
  faultsAt: Readonly<Record<string, number>>;
};

/** Inputs that are not in the event log: what the Playground showed and answers to questions, each after the event it followed. */
export type PlaygroundInput = { explorer: string; charset?: string; direction?: 'decode' | 'encode'; input: string; output: string; at: number };
export type AnswerInput = { question: string; answer: string; at: number };
export type Outside = { playground?: readonly PlaygroundInput[]; answers?: readonly AnswerInput[] };

export function emptyView(start: World, log: readonly WorldEvent[] = []): LessonView {
  return { seq: start.seq, log, world: start, dialogue: emptyDialogue, messages: [], shell: [], faultsAt: {} };
}

function partsOf(p: MimePart, out: DeliveredPart[], depth = 0): void {
  out.push({ type: p.contentType, encoding: p.transferEncoding, ...(p.params.charset ? { charset: p.params.charset.toLowerCase() } : {}) });
  if (depth < 20) for (const c of p.children) partsOf(c, out, depth + 1);
}

function textsOf(p: MimePart, depth = 0): string[] {
  if (p.children.length && depth < 20) return p.children.flatMap((c) => textsOf(c, depth + 1));
  return p.contentType.startsWith('text/') ? [p.text() ?? ''] : [];
}

function address(line: string | undefined): string {
  return /<([^>]*)>/.exec(line ?? '')?.[1] ?? '';
}

/**
 * The envelope the message came with on its last hop: the content this host
 * took (its lone dot sent, not refused) that the world tagged with the
 * delivery's message id (a Message-ID, or for a message without one the
 * connection's id), else the latest such content; without either (no SMTP
 * in the log), what envelopeOf reads back from the log and the mailbox.
 * The delivery comes before the server's 250 reaches the client, so an
 * unanswered content counts.
 */
function envelopeFor(view: LessonView, host: string, e: WorldEvent, entry: MboxEntry): { sender: string; recipients: string[] } {
  let latest: Exchange | undefined;
  for (let i = view.dialogue.order.length - 1; i >= 0; i--) {
    const conn = view.dialogue.connections.get(view.dialogue.order[i]!);
    if (!conn || conn.server !== host) continue;
    for (let k = conn.exchanges.length - 1; k >= 0; k--) {
      const x = conn.exchanges[k]!;
      if (x.command !== CONTENT || !x.envelope || !x.ended || (x.reply && x.reply.code >= 300)) continue;
      if (e.messageId && (x.messageId === e.messageId || x.connection === e.messageId)) return x.envelope;
      if (!latest || x.sentAt > latest.sentAt) latest = x;
    }
  }
  if (latest?.envelope) return latest.envelope;
  const lines = envelopeOf(entry, host, view.log, e.seq);
  return { sender: address(lines.find((l) => /^MAIL FROM/i.test(l))), recipients: lines.filter((l) => /^RCPT TO/i.test(l)).map(address) };
}

function delivered(view: LessonView, entry: Uint8Array, host: string, user: string, e: WorldEvent): Delivered | undefined {
  const m = parseMbox(entry).entries[0];
  if (!m) return undefined;
  const msg = parseMessage(m.content);
  const parts: DeliveredPart[] = [];
  partsOf(msg.root, parts);
  const raw = new TextDecoder().decode(m.content.subarray(msg.root.bodyStart, Math.min(msg.root.bodyEnd, msg.root.bodyStart + MAX_SUBJECT)));
  return {
    host,
    user,
    at: e.seq,
    ...envelopeFor(view, host, e, m),
    headers: msg.root.headers.map((h) => ({ name: h.name, value: h.value, decoded: h.decoded })),
    body: `${raw}\n${textsOf(msg.root).join('\n')}`.slice(0, 2 * MAX_SUBJECT),
    received: msg.root.headers.filter((h) => h.name.toLowerCase() === 'received').length,
    parts,
  };
}

function newMessages(view: LessonView, e: WorldEvent, world: World): Delivered[] {
  const before = view.world.hosts[e.to]?.mailboxes ?? {};
  const after = world.hosts[e.to]?.mailboxes ?? {};
  const out: Delivered[] = [];
  for (const [user, entries] of Object.entries(after)) {
    for (let k = before[user]?.length ?? 0; k < entries.length; k++) {
      const d = delivered(view, entries[k]!, e.to, user, e);
      if (d) out.push(d);
    }
  }
  return out;
}

function shellRuns(view: LessonView, e: WorldEvent, world: World): readonly ShellRun[] {
  let runs = view.shell;
  if (e.kind === 'shell-input' && view.world.hosts[e.from]?.shell.mode.type === 'prompt') {
    const line = new TextDecoder().decode(e.bytes);
    if (!/^[\x03\x04\x1d]?$/.test(line.trim())) runs = [...runs, { host: e.from, line, at: e.seq, output: '' }];
  }
  for (const [name, host] of Object.entries(world.hosts)) {
    const was = view.world.hosts[name]?.shell;
    if (!was || was === host.shell || was.screen === host.shell.screen) continue;
    const k = runs.findLastIndex((r) => r.host === name);
    if (k < 0) continue;
    const screen = host.shell.screen;
    let delta = screen.startsWith(was.screen) ? screen.slice(was.screen.length) : screen;
    const run = runs[k]!;
    if (run.at === e.seq && delta.startsWith(`${run.line}\n`)) delta = delta.slice(run.line.length + 1);
    const p = prompt(host.shell);
    if (delta.endsWith(p)) delta = delta.slice(0, -p.length);
    if (!delta) continue;
    const output = (run.output + delta).slice(-MAX_SUBJECT);
    runs = [...runs.slice(0, k), { ...run, output }, ...runs.slice(k + 1)];
  }
  return runs;
}

/** The view with one more event and the world right after it. `log` is the log the event belongs to (it may run further). */
export function extendView(view: LessonView, e: WorldEvent, world: World, log: readonly WorldEvent[] = view.log): LessonView {
  const next: LessonView = { ...view, log, dialogue: extendDialogue(view.dialogue, e) };
  return {
    ...next,
    seq: e.seq,
    world,
    messages: e.layer === 'delivery' && e.kind === 'append' ? [...view.messages, ...newMessages(next, e, world)] : view.messages,
    shell: shellRuns(next, e, world),
    faultsAt: e.kind === 'faults' ? { ...view.faultsAt, [e.from]: e.seq } : view.faultsAt,
  };
}

/** The view carried on to event `upTo` of the timeline (all of it by default), replaying from where it stands. */
export function advanceView(view: LessonView, tl: Timeline, upTo = tl.world.seq): LessonView {
  let v = { ...view, log: tl.log };
  for (const e of tl.log) {
    if (e.seq <= v.seq) continue;
    if (e.seq > upTo) break;
    const world = e.seq === tl.world.seq ? tl.world : seek(tl, e.seq, v.world);
    v = extendView(v, e, world, tl.log);
  }
  return v;
}

/** The view of a timeline up to event `upTo` (a seq). */
export function viewOf(tl: Timeline, upTo = tl.world.seq): LessonView {
  return advanceView(emptyView(seek(tl, 0), tl.log), tl, upTo);
}
